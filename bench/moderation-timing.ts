/**
 * Timing `moderate()` calls for the moderation bench. Inputs compared with
 * each other are timed in turns (one call of each, round after round), so
 * the drift of a shared machine's speed and the garbage collector's pauses
 * fall on all of them alike and their ratios compare like with like.
 */
import { moderate } from "../src/moderation/pipeline";

/** The value at quantile `q` of an ascending list. */
export const at = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export const median = (sorted: readonly number[]) => at(sorted, 0.5);

/** Milliseconds of one `moderate(text)` call. */
export function timeCall(text: string): number {
  const start = performance.now();
  moderate(text);
  return performance.now() - start;
}

/** `calls` calls of each text, in turns; each text's times in ascending order. */
export function timeInTurns(texts: readonly string[], calls: number): number[][] {
  const times = texts.map((): number[] => []);
  for (let i = 0; i < calls; i++) {
    texts.forEach((text, index) => {
      times[index]?.push(timeCall(text));
    });
  }
  return times.map((list) => list.sort((a, b) => a - b));
}

/**
 * How many turns of these texts fit in `budgetMs`, between `min` and `max`:
 * one call each estimates a turn, so slow inputs get fewer calls and the
 * bench keeps to its time whatever the pipeline costs today.
 */
export function turnsWithin(texts: readonly string[], budgetMs: number, min: number, max: number): number {
  const turnMs = texts.reduce((sum, text) => sum + timeCall(text), 0);
  return Math.max(min, Math.min(max, Math.floor(budgetMs / Math.max(turnMs, 0.001))));
}

/** Calls every text in turns until `ms` have passed and each had `minCalls`: lets the JIT settle first. */
export function warmUp(texts: readonly string[], ms: number, minCalls: number): void {
  const until = performance.now() + ms;
  for (let i = 0; i < minCalls || performance.now() < until; i++) for (const text of texts) moderate(text);
}

export const micros = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
