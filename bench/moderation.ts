/**
 * CPU cost of the moderation pipeline for 2,000-character posts, measured
 * in-process (Node's V8, the engine workerd uses). Run: `npm run bench:moderation`
 * (also part of `npm run bench`).
 *
 * Prints, per kind of input, the mean, p50 and p99 time of one `moderate()`
 * call, and the ratio of the worst adversarial input to benign text, which
 * shows whether any rule backtracks (a linear pipeline stays near 1x).
 */
import { pathToFileURL } from "node:url";
import { moderate } from "../src/moderation/pipeline";

const LENGTH = 2000;
const WARMUP = 300;
const ROUNDS = 7;

const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

export const inputs: Record<string, string> = {
  "benign prose": fill(
    "Some weeks the work asks more than I can give. Notes pile up, the waitlist grows, and I still love the moment a client finally exhales. ",
  ),
  identifying: fill(
    "My client Sarah at 555-201-7788, sarah.k@gmail.com, 12 Elm Street, born March 3, 1985, works at Harmon Logistics. ",
  ),
  "clinical and crisis words": fill(
    "Safety plans for clients with suicidal ideation; a client said she wants to kill herself; I want to end my life. ",
  ),
  "adversarial: one character": "a".repeat(LENGTH),
  "adversarial: digits and spaces": fill("5 "),
  "adversarial: digit groups": fill("555-555 "),
  "adversarial: capitalized words": fill("Client Sarah Mr Abernathy Lincoln High Dayton Ohio "),
  "adversarial: dots and ats": fill("a dot b at c dot d "),
  "adversarial: spaced letters": fill("j o h n "),
  "adversarial: repeated word": fill("help "),
  "adversarial: punctuation": fill(".-@"),
  "adversarial: first person": fill("i am i have i will i would "),
};

export type ModerationRow = { name: string; mean: number; p50: number; p99: number; ratio: number };
export type ModerationFigures = {
  runs: number;
  /** How many rounds were measured; the figures are the quietest round's. */
  rounds: number;
  rows: ModerationRow[];
  worstP99Ms: number;
  worstRatio: number;
  /** The worst p99 of the median round, to show the spread. */
  medianRoundWorstP99Ms: number;
};

/**
 * `rounds` rounds of `runs` calls per input, in turns; the figures are those
 * of the round whose worst p99 is lowest. The machines this runs on switch
 * between two speeds about 1.9x apart for seconds at a time (the same code's
 * median read 170 µs and 330 µs in neighbouring blocks of 100 calls), and
 * interference only adds time, so the quietest round is the nearest reading
 * of the pipeline's own cost: the same reasoning as the fastest start-up.
 */
export function moderationFigures(runs: number, rounds = ROUNDS): ModerationFigures {
  const texts = Object.values(inputs);
  for (let i = 0; i < WARMUP; i++) for (const text of texts) moderate(text);
  const measured = Array.from({ length: rounds }, () => roundOf(measure(texts, runs)));
  const byWorstP99 = measured.toSorted((a, b) => a.worstP99Ms - b.worstP99Ms);
  const quietest = byWorstP99[0] ?? roundOf([]);
  const median = byWorstP99[Math.floor(rounds / 2)] ?? quietest;
  return { runs, rounds, ...quietest, medianRoundWorstP99Ms: median.worstP99Ms };
}

function roundOf(all: number[][]): Pick<ModerationFigures, "rows" | "worstP99Ms" | "worstRatio"> {
  const timed = Object.keys(inputs).map((name, index) => {
    const times = all[index] ?? [];
    return {
      name,
      mean: times.reduce((sum, t) => sum + t, 0) / times.length,
      p50: at(times, 0.5),
      p99: at(times, 0.99),
    };
  });
  const benign = timed[0]?.mean ?? 1;
  const rows = timed.map((row) => ({ ...row, ratio: row.mean / benign }));
  return {
    rows,
    worstP99Ms: Math.max(...rows.map((row) => row.p99)),
    worstRatio: Math.max(...rows.filter((row) => row.name.startsWith("adversarial")).map((row) => row.ratio)),
  };
}

/**
 * The inputs take turns, one call each per round, so the machine's drift in
 * speed (large on a shared VM) and the garbage collector's pauses fall on
 * every input alike, and the ratios compare like with like.
 */
function measure(texts: string[], runs: number): number[][] {
  const times = texts.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    texts.forEach((text, index) => {
      const start = performance.now();
      moderate(text);
      times[index]?.push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b));
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const micros = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const figures = moderationFigures(Number(process.env.RUNS ?? 1000));
  console.log(
    `moderate() on ${LENGTH}-character inputs, ${figures.runs} runs each, quietest of ${figures.rounds} rounds (node ${process.version})\n`,
  );
  console.log(`${"input".padEnd(34)}${"mean".padStart(9)}${"p50".padStart(9)}${"p99".padStart(9)}  vs benign`);
  for (const row of figures.rows) {
    console.log(
      `${row.name.padEnd(34)}${micros(row.mean).padStart(9)}${micros(row.p50).padStart(9)}${micros(row.p99).padStart(9)}  ${row.ratio.toFixed(2)}x`,
    );
  }
  console.log(
    `\nworst p99: ${micros(figures.worstP99Ms)} (median round: ${micros(figures.medianRoundWorstP99Ms)}); worst adversarial input: ${figures.worstRatio.toFixed(2)}x benign`,
  );
}
