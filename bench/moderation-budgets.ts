/**
 * The budgets, in one place for `npm run bench:moderation` and the
 * full report (bench/report.ts). These replace the older thresholds the
 * report used (bundle under 250 KiB gzip, script parse under 50 ms,
 * moderation p99 ≤ 0.3 ms and adversarial mean ≤ 3× benign): the issue now
 * sets the numbers below.
 */
import type { ModerationFigures } from "./moderation";
import { LENGTH, LONG_LENGTH } from "./moderation-inputs";

export const BUDGETS = {
  bundleGzipBytes: 1.5 * 1024 * 1024,
  /** Top-level start-up code of the built worker (bench/startup.mjs's `evaluateMs`). */
  startupMs: 100,
  /** The first `moderate()` of a fresh process, which builds the lexicons. */
  firstCallMs: 100,
  /** Every input's median over benign prose's, at 2,000 characters. */
  medianRatio: 3,
  /** Every input's p99, strictly under. */
  p99Ms: 1,
  /** Cost per character at 8,000 characters over cost per character at 2,000. */
  perCharGrowth: 1.5,
};

export type Check = { budget: string; measured: string; met: boolean };

const ms = (value: number) => `${value.toFixed(3)} ms`;

/** Each moderation budget against the figures: the hand-picked inputs and the search's worst alike. */
export function moderationChecks(m: ModerationFigures): Check[] {
  const worst = <K extends "ratio" | "p99" | "perCharGrowth">(key: K) =>
    m.rows.reduce((a, b) => ((b[key] ?? 0) > (a?.[key] ?? 0) ? b : a), m.rows[0]);
  const byRatio = worst("ratio");
  const byP99 = worst("p99");
  const byGrowth = worst("perCharGrowth");
  const checks: Check[] = [
    {
      budget: `Moderation median ≤ ${BUDGETS.medianRatio}× benign prose at ${count(LENGTH)} characters, every input`,
      measured: `worst ${byRatio?.ratio.toFixed(2)}× (${byRatio?.name})`,
      met: (byRatio?.ratio ?? 0) <= BUDGETS.medianRatio,
    },
    {
      budget: `Moderation p99 < ${BUDGETS.p99Ms} ms at ${count(LENGTH)} characters, every input`,
      measured: `worst ${ms(byP99?.p99 ?? 0)} (${byP99?.name}), quietest of ${m.rounds} rounds (median round ${ms(m.medianRoundWorstP99Ms)})`,
      met: (byP99?.p99 ?? 0) < BUDGETS.p99Ms,
    },
    {
      budget: `Moderation cost per character at ${count(LONG_LENGTH)} ≤ ${BUDGETS.perCharGrowth}× that at ${count(LENGTH)}, every input`,
      measured: `worst ${(byGrowth?.perCharGrowth ?? 0).toFixed(2)}× (${byGrowth?.name})`,
      met: (byGrowth?.perCharGrowth ?? 0) <= BUDGETS.perCharGrowth,
    },
  ];
  if (m.firstCall)
    checks.push({
      budget: `First moderate() of a fresh process (builds the lexicons) ≤ ${BUDGETS.firstCallMs} ms`,
      measured: `${m.firstCall.firstMs.toFixed(1)} ms, fastest of ${m.firstCall.processes} (median ${m.firstCall.medianFirstMs.toFixed(1)} ms; the second call ${m.firstCall.secondMs.toFixed(1)} ms)`,
      met: m.firstCall.firstMs <= BUDGETS.firstCallMs,
    });
  return checks;
}

const count = (n: number) => n.toLocaleString("en");
