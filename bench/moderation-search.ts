/**
 * The search for the slowest post: hand-picked inputs only show the costs
 * someone thought of, so this evolves 2,000-character posts from pieces
 * that open every rule (bench/moderation-pieces.ts) toward the slowest one.
 * Run alone: `npx tsx bench/moderation-search.ts [--seconds 20] [--seed n]`;
 * `npm run bench:moderation` runs it first and adds what it finds to the table.
 *
 * A post is a prefix and a unit repeated to the length: one long random unit
 * is ordinary mixed text, a short one is a run ("A." after "high ") of the
 * kind that makes a rule rescan. Each generation keeps the slowest posts and
 * mutates them (replace, insert, delete or repeat a piece; make a window of
 * the unit the new unit, so a slow stretch fills the post). Cost is the
 * median of a few calls over benign prose's median in the same generation,
 * so the machine's drift does not pick the winner.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { BENIGN, inputAt, inputs, LENGTH, LONG_LENGTH } from "./moderation-inputs";
import { ALL_PIECES, randomPiece } from "./moderation-pieces";
import { median, micros, timeCall, timeInTurns, turnsWithin, warmUp } from "./moderation-timing";
import { generator } from "./random";

type Genome = { prefix: string[]; unit: string[] };
type Scored = { genome: Genome; text: string; ratio: number };

/** The slowest post found, re-timed in turns with benign prose at 2,000 and 8,000 characters. */
export type FoundInput = {
  /** The first 200 characters, and the repeated unit when the post is one ("" when it is not). */
  sample: string;
  prefix: string;
  unit: string;
  text: string;
  /** Median over benign prose's, at 2,000 characters. */
  ratio: number;
  /** The slowest only: the same pattern at 8,000 characters, its ratio there and its cost per character over that at 2,000 (1 is linear). */
  long?: { text: string; ratio: number; perCharGrowth: number };
};
export type SearchResult = { seconds: number; seed: number; candidates: number; found: FoundInput[] };

const ISLANDS = 4;
const POPULATION = 8;
const PARENTS = 3;
const CHILDREN = 6;
const CALLS = 3;
/** How many of the slowest single pieces the sweep pairs with each other. */
const SWEPT = 14;

export const textOf = ({ prefix, unit }: Genome, length: number) => {
  const head = prefix.join("");
  const body = unit.join("") || " ";
  return (head + body.repeat(Math.ceil(Math.max(0, length - head.length) / body.length))).slice(0, length);
};

/**
 * A sweep of every piece as a run seeds four islands that evolve apart (a single population soon becomes one family
 * and stops exploring); a child sometimes takes a stretch of a parent from
 * another island, so slow features found apart can meet.
 */
export function searchWorstInput(seconds: number, seed: number): SearchResult {
  const random = generator(seed);
  const int = (n: number) => Math.floor(random() * n);
  const piece = () => randomPiece(random) + (random() < 0.5 ? " " : "");
  const pieces = (count: number) => Array.from({ length: count }, piece);
  const fresh = (): Genome => {
    const kind = int(4);
    if (kind === 0) return { prefix: [], unit: pieces(400) };
    if (kind === 3) return { prefix: [], unit: Array.from({ length: 3 + int(10) }, () => `${randomPiece(random)} `) };
    return { prefix: pieces(int(4)), unit: pieces(kind === 1 ? 1 + int(4) : 5 + int(25)) };
  };
  const prose = inputAt(BENIGN, LENGTH);
  let proseMs = 1;
  let candidates = 0;
  const score = (genome: Genome): Scored => {
    const text = textOf(genome, LENGTH);
    // One untimed call; a post already many times prose's cost needs no more than one timed call.
    const calls = timeCall(text) > 10 * proseMs ? 1 : CALLS;
    candidates++;
    const times = Array.from({ length: calls }, () => timeCall(text)).sort((a, b) => a - b);
    return { genome, text, ratio: median(times) / proseMs };
  };
  const slowestFirst = (a: Scored, b: Scored) => b.ratio - a.ratio;

  // Every rule compiled first: a cold rule would make the first posts that reach it look slow.
  warmUp(Object.values(inputs), 1000, 20);
  const deadline = performance.now() + seconds * 1000;
  proseMs = median(timeInTurns([prose], 9)[0] ?? []);
  // First a sweep: every piece alone, repeated to fill the post, after a random piece or none;
  // then every pair of the slowest, since identifiers cost most side by side.
  const singles = ALL_PIECES.flatMap((p) => [p, `${p} `])
    .map((p) => score({ prefix: pieces(int(2)), unit: [p] }))
    .sort(slowestFirst)
    .slice(0, SWEPT);
  const units = singles.map((s) => s.genome.unit[0] ?? " ");
  const pairs = units.flatMap((a) => units.map((b) => score({ prefix: [], unit: [a, " ", b, " "] })));
  const sweep = [...singles, ...pairs].sort(slowestFirst);
  // Each island starts from its own share of the slowest runs, and fresh posts.
  let islands = Array.from({ length: ISLANDS }, (_, i) =>
    [
      ...sweep.filter((_, rank) => rank % ISLANDS === i).slice(0, POPULATION / 2),
      ...Array.from({ length: POPULATION / 2 }, () => score(fresh())),
    ].sort(slowestFirst),
  );
  while (performance.now() < deadline) {
    proseMs = median(timeInTurns([prose], 5)[0] ?? []);
    islands = islands.map((island) => {
      if (performance.now() > deadline) return island;
      // The parents are timed again and keep their lower reading: a lucky slow reading must not rule an island.
      const parents = island.slice(0, PARENTS).map((s) => ({ ...s, ratio: Math.min(s.ratio, score(s.genome).ratio) }));
      const children: Scored[] = [];
      while (children.length < CHILDREN && performance.now() < deadline) {
        const parent = parents[int(int(PARENTS) + 1)]?.genome ?? fresh();
        const other = islands[int(ISLANDS)]?.[int(PARENTS)]?.genome;
        const child = random() < 0.2 && other ? crossover(parent, other, random) : copy(parent);
        for (let n = 1 + int(3); n > 0; n--) mutate(child, random, piece);
        children.push(score(child));
      }
      return [...parents, ...children, score(fresh())].sort(slowestFirst).slice(0, POPULATION);
    });
  }
  const found = retime(
    islands.map((island) => island[0]?.genome).filter((genome): genome is Genome => genome !== undefined),
    prose,
  );
  return { seconds, seed, candidates, found };
}

const copy = (genome: Genome): Genome => ({ prefix: [...genome.prefix], unit: [...genome.unit] });

/** A's prefix, and a stretch of A's unit followed by a stretch of B's. */
function crossover(a: Genome, b: Genome, random: () => number): Genome {
  const stretch = (unit: string[]) => {
    const start = Math.floor(random() * unit.length);
    return unit.slice(start, start + 1 + Math.floor(random() * 12));
  };
  return { prefix: [...a.prefix], unit: [...stretch(a.unit), ...stretch(b.unit)] };
}

function mutate(genome: Genome, random: () => number, piece: () => string): void {
  const int = (n: number) => Math.floor(random() * n);
  const part = genome.prefix.length > 0 && random() < 0.3 ? genome.prefix : genome.unit;
  const i = int(part.length);
  const choice = int(6);
  if (choice === 0) part[i] = piece();
  else if (choice === 1) part.splice(int(part.length + 1), 0, piece());
  else if (choice === 2 && part.length > 1) part.splice(i, 1);
  else if (choice === 3) part.splice(i, 0, ...Array.from({ length: 1 + int(8) }, () => part[i] ?? piece()));
  else if (choice === 4 && genome.unit.length > 4) {
    // A window of the unit becomes the unit: a slow stretch of mixed text, repeated to fill the post.
    const start = int(genome.unit.length - 1);
    const window = genome.unit.slice(start, start + 1 + int(6));
    genome.prefix = [...genome.prefix, ...genome.unit.slice(Math.max(0, start - 2), start)].slice(-6);
    genome.unit = window;
  } else if (choice === 5 && genome.prefix.length > 0) genome.prefix.pop();
  else part[i] = piece();
}

/**
 * Each island's slowest and benign prose, timed in turns, slowest first;
 * then the slowest at 2,000 and 8,000 characters and prose at 8,000, in turns. Calls
 * fit a few seconds, never under three: a find can cost a hundred ms a call.
 */
function retime(bests: Genome[], prose: string): FoundInput[] {
  const texts = [prose, ...bests.map((genome) => textOf(genome, LENGTH))];
  warmUp(texts, 0, 1);
  const [proseMs = 1, ...medians] = timeInTurns(texts, turnsWithin(texts, 3000, 3, 15)).map(median);
  const found = bests
    .map((genome, i) => foundOf(genome, (medians[i] ?? 0) / proseMs))
    .sort((a, b) => b.ratio - a.ratio);
  const [worst] = found;
  if (!worst) return found;
  const longText = textOf(worst.genome, LONG_LENGTH);
  const pair = [worst.text, inputAt(BENIGN, LONG_LENGTH), longText];
  warmUp(pair, 0, 1);
  const [f2 = 1, p8 = 1, f8 = 0] = timeInTurns(pair, turnsWithin(pair, 4000, 3, 9)).map(median);
  worst.long = { text: longText, ratio: f8 / p8, perCharGrowth: f8 / LONG_LENGTH / (f2 / LENGTH) };
  return found.map(({ genome: _genome, ...rest }) => rest);
}

function foundOf(genome: Genome, ratio: number): FoundInput & { genome: Genome } {
  const text = textOf(genome, LENGTH);
  const unit = genome.unit.join("");
  const repeats = unit.length * 2 <= LENGTH;
  const prefix = repeats ? genome.prefix.join("") : "";
  return { genome, sample: text.slice(0, 200), prefix, unit: repeats ? unit : "", text, ratio };
}

/** One found post, as the bench prints it. */
export function describe(found: Omit<FoundInput, "text">): string {
  const shape = found.unit
    ? `prefix ${JSON.stringify(found.prefix)}, then ${JSON.stringify(found.unit)} repeated`
    : "no repeating unit";
  const long = found.long
    ? `, ${found.long.ratio.toFixed(1)}× at ${LONG_LENGTH}; cost per character ${LONG_LENGTH} vs ${LENGTH}: ${found.long.perCharGrowth.toFixed(2)}`
    : "";
  return `${shape}\n    starts ${JSON.stringify(found.sample)}\n    ${found.ratio.toFixed(1)}× prose at ${LENGTH} characters${long}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, seed: { type: "string" } } });
  const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
  const result = searchWorstInput(Number(values.seconds), seed);
  console.log(`searched ${result.candidates} posts in ${result.seconds} s (seed ${seed}); slowest:`);
  for (const found of result.found) console.log(`  ${describe(found)}`);
  const worst = result.found[0];
  if (worst)
    console.log(`\nworst at ${LENGTH} characters: median ${micros(median(timeInTurns([worst.text], 5)[0] ?? []))}`);
}
