/**
 * CPU cost of the moderation pipeline, measured in-process (Node's V8, the
 * engine workerd uses), against the issue's budgets (bench/moderation-budgets.ts).
 * Run: `npm run bench:moderation [-- --seconds 20 --seed n]` (also part of `npm run bench`).
 *
 * First the search for the slowest post (bench/moderation-search.ts), then,
 * per input (the hand-picked ones of bench/moderation-inputs.ts and the
 * slowest found), the mean, p50 and p99 of one `moderate()` call at 2,000
 * characters, its p50 over benign prose's, and its cost per character at
 * 8,000 over that at 2,000 (1 is linear; a rule that rescans shows above it).
 * Last, the first call of a fresh process (bench/moderation-first-call.ts).
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { moderationChecks } from "./moderation-budgets";
import { type FirstCall, firstCall } from "./moderation-first-call";
import { BENIGN, inputAt, inputs, LENGTH, LONG_LENGTH } from "./moderation-inputs";
import { describe, type FoundInput, type SearchResult, searchWorstInput } from "./moderation-search";
import { at, median, micros, timeInTurns, turnsWithin, warmUp } from "./moderation-timing";

const ROUNDS = 7;
/** About how long one round of calls may take: slow inputs get fewer runs, never under MIN_RUNS (whose p99 is near their maximum). */
const ROUND_MS = 4000;
const MIN_RUNS = 20;
export const FOUND = "found: slowest of the search";

/** `ratio` is the p50 over benign prose's p50; `perCharGrowth` the cost per character at 8,000 over 2,000. */
export type ModerationRow = {
  name: string;
  mean: number;
  p50: number;
  p99: number;
  ratio: number;
  perCharGrowth: number;
};
export type ModerationFigures = {
  runs: number;
  /** How many rounds were measured; the figures are the quietest round's. */
  rounds: number;
  rows: ModerationRow[];
  worstP99Ms: number;
  worstRatio: number;
  /** The worst p99 of the median round, to show the spread. */
  medianRoundWorstP99Ms: number;
  search?: Omit<SearchResult, "found"> & { found: Omit<FoundInput, "text">[] };
  firstCall?: FirstCall;
};

type Input = { name: string; text: string; longText?: string };

/**
 * `rounds` rounds of calls per input, in turns; the figures are those of the
 * round whose worst p99 is lowest. The machines this runs on switch between
 * two speeds about 1.9x apart for seconds at a time, and interference only
 * adds time, so the quietest round is the nearest reading of the pipeline's
 * own cost: the same reasoning as the fastest start-up.
 */
export function moderationFigures(maxRuns: number, found?: FoundInput, rounds = ROUNDS): ModerationFigures {
  const all: Input[] = Object.entries(inputs).map(([name, text]) => ({
    name,
    text,
    longText: inputAt(name, LONG_LENGTH),
  }));
  // The search has timed its find at 8,000 characters already (a find can cost a second a call there).
  if (found) all.push({ name: FOUND, text: found.text });
  const texts = all.map((input) => input.text);
  warmUp(texts, 1500, 5);
  const runs = turnsWithin(texts, ROUND_MS, MIN_RUNS, maxRuns);
  const measured = Array.from({ length: rounds }, () => roundOf(all, timeInTurns(texts, runs)));
  const byWorstP99 = measured.toSorted((a, b) => a.worstP99Ms - b.worstP99Ms);
  const quietest = byWorstP99[0] ?? roundOf(all, []);
  const growth = perCharGrowth(all.filter((input) => input.longText !== undefined));
  const rows = quietest.rows.map((row, index) => ({
    ...row,
    perCharGrowth: row.name === FOUND ? (found?.long?.perCharGrowth ?? 0) : (growth[index] ?? 0),
  }));
  const median = byWorstP99[Math.floor(rounds / 2)] ?? quietest;
  return { runs, rounds, ...quietest, rows, medianRoundWorstP99Ms: median.worstP99Ms };
}

function roundOf(all: Input[], times: number[][]): Pick<ModerationFigures, "rows" | "worstP99Ms" | "worstRatio"> {
  const timed = all.map(({ name }, index) => {
    const sorted = times[index] ?? [];
    return {
      name,
      mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
      p50: median(sorted),
      p99: at(sorted, 0.99),
    };
  });
  const benign = timed.find((row) => row.name === BENIGN)?.p50 ?? 1;
  const rows = timed.map((row) => ({ ...row, ratio: row.p50 / benign, perCharGrowth: 0 }));
  return {
    rows,
    worstP99Ms: Math.max(...rows.map((row) => row.p99)),
    worstRatio: Math.max(...rows.map((row) => row.ratio)),
  };
}

/** Every input at 2,000 and at 8,000 characters, in turns: median cost per character, long over short. */
function perCharGrowth(all: Input[]): number[] {
  const texts = [...all.map((input) => input.text), ...all.map((input) => input.longText ?? "")];
  warmUp(texts, 0, 2);
  const medians = timeInTurns(texts, turnsWithin(texts, 4000, 3, 51)).map(median);
  return all.map((_, i) => (medians[i + all.length] ?? 0) / LONG_LENGTH / ((medians[i] ?? 1) / LENGTH));
}

/** The whole moderation bench: the search, the table with its find, and the first call. */
export function moderationBench(searchSeconds: number, seed: number, maxRuns = 1000): ModerationFigures {
  const result = searchWorstInput(searchSeconds, seed);
  const figures = moderationFigures(maxRuns, result.found[0]);
  // The report keeps what describes a find, not its 2,000 and 8,000 characters.
  const found = result.found.map(({ text: _text, long, ...rest }) => ({
    ...rest,
    ...(long ? { long: { ...long, text: "" } } : {}),
  }));
  return { ...figures, search: { ...result, found }, firstCall: firstCall() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, seed: { type: "string" } } });
  const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
  const figures = moderationBench(Number(values.seconds), seed, Number(process.env.RUNS ?? 1000));
  const search = figures.search;
  console.log(`search: ${search?.candidates} posts in ${search?.seconds} s (seed ${seed}); slowest of each island:`);
  for (const found of search?.found ?? []) console.log(`  ${describe(found)}`);
  console.log(
    `\nmoderate() on ${LENGTH}-character inputs, ${figures.runs} runs each, quietest of ${figures.rounds} rounds (node ${process.version})\n`,
  );
  console.log(
    `${"input".padEnd(34)}${"mean".padStart(10)}${"p50".padStart(10)}${"p99".padStart(10)}  p50 vs benign  ${LONG_LENGTH}/${LENGTH} per char`,
  );
  for (const row of figures.rows) {
    console.log(
      `${row.name.padEnd(34)}${micros(row.mean).padStart(10)}${micros(row.p50).padStart(10)}${micros(row.p99).padStart(10)}  ${`${row.ratio.toFixed(2)}x`.padStart(13)}  ${row.perCharGrowth.toFixed(2).padStart(8)}`,
    );
  }
  console.log("\nbudgets:");
  for (const check of moderationChecks(figures)) {
    console.log(`  ${check.met ? "met " : "FAIL"}  ${check.budget}: ${check.measured}`);
  }
}
