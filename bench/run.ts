/**
 * The benchmark: `npm run bench [-- --sizes 1k,100k,1m --seconds 5 --connections 8]`.
 * To look at a few scenarios, `--only "feed JSON, first|raw D1 feed query, first" --rounds 3`
 * runs just those, round after round, and writes nothing.
 *
 * Builds the worker as it deploys (`wrangler deploy --dry-run --outdir`),
 * serves it with Miniflare on 127.0.0.1 (workerd directly, without wrangler
 * dev's proxy) over a local D1 seeded to each size, and drives it with
 * autocannon for a bounded time per scenario. Every figure is read against
 * a bare route of the same worker measured in the same run, since the load
 * generator shares the machine's cores. Writes bench/results/<date>.md and
 * the summary block of docs/performance.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";
import { statementOf } from "../src/db/prepared";
import { encodeCursor, type FeedPosition, positionOf } from "../src/feed/cursor";
import { type FeedRequest, feedQuery } from "../src/feed/queries";
import { moderate } from "../src/moderation/pipeline";
import { type Load, type LoadOptions, type Measured, measure, measureInTurns } from "./load";
import { type ModerationFigures, moderationBench } from "./moderation";
import { type BenchReport, renderReport, writeSummaries } from "./report";
import { d1PersistOf, databaseId, SEARCH_TERMS, seededCopy, withD1 } from "./seed";
import { appWorker, buildWorker, configuredWorker } from "./worker";

const BUILD_DIR = "bench/.build";
const SCRATCH_DIR = "bench/.data/scratch";
const SIZES: Record<string, number> = { "1k": 1_000, "100k": 100_000, "1m": 1_000_000 };

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1k,100k,1m" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "8" },
    only: { type: "string" },
    rounds: { type: "string", default: "1" },
  },
});
const only = values.only === undefined ? undefined : new RegExp(values.only);
const rounds = only ? Math.max(1, Number(values.rounds)) : 1;
const load: LoadOptions = {
  seconds: Number(values.seconds),
  connections: Number(values.connections),
  warmupSeconds: 1,
};
const sizes = (values.sizes ?? "").split(",").map((name) => {
  const posts = SIZES[name.trim().toLowerCase()] ?? Number(name);
  if (!Number.isSafeInteger(posts) || posts < 1) throw new Error(`not a size: ${name}`);
  return posts;
});

/** Every scenario at one size: the ceiling, the app with its read cache, without it, and raw D1. */
async function benchSize(posts: number): Promise<Record<string, Measured>> {
  console.log(`\n${posts.toLocaleString("en")} posts`);
  const { persistDir } = await seededCopy(posts, SCRATCH_DIR);
  const results: Record<string, Measured> = {};
  const run = async (name: string, origin: string, scenario: Load) => {
    if (only && !only.test(name)) return;
    results[name] = await measure(origin, scenario, load);
    print(name, results[name]);
  };

  const fixture = await fixtureOf(persistDir);
  const served = await serve(persistDir, fixture.deepPosition);
  // A pair measured in turns; `keep` says which sides become rows of the results.
  const inTurns = async (a: Named, b: Named, keep: (pair: [Measured, Measured]) => Record<string, Measured>) => {
    const side = ([name, origin, scenario]: Named) => ({ name, origin, load: scenario });
    for (const [name, measured] of Object.entries(keep(await measureInTurns(side(a), side(b), load)))) {
      results[name] = measured;
      print(name, measured);
    }
  };
  const runInTurns = async (a: Named, b: Named) => {
    if (only && !only.test(a[0]) && !only.test(b[0])) return;
    await inTurns(a, b, ([first, second]) => ({ [a[0]]: first, [b[0]]: second }));
  };
  // The bare route beside a read is not a row of its own: its req/s goes with the read's.
  const runBesideCeiling: Run = async (name, origin, scenario) => {
    if (only && !only.test(name)) return;
    await inTurns(["bare route (ceiling)", origin, CEILING], [name, origin, scenario], ([ceiling, read]) => ({
      [name]: { ...read, ceilingInTurns: ceiling.requestsPerSecond },
    }));
  };
  for (let round = 1; round <= rounds; round++) {
    await measureAll({ run, runInTurns, runBesideCeiling }, served.origins, fixture);
  }
  await served.mf.dispose();
  return results;
}

type Run = (name: string, origin: string, scenario: Load) => Promise<void>;
type Named = [name: string, origin: string, scenario: Load];

type Runs = { run: Run; runInTurns: (a: Named, b: Named) => Promise<void>; runBesideCeiling: Run };

/** The bare route of the same worker: the ceiling every read is measured against. */
const CEILING: Load = { path: () => "/healthz" };

async function measureAll(
  { run, runInTurns, runBesideCeiling }: Runs,
  origins: Served["origins"],
  fixture: Fixture,
): Promise<void> {
  const { cached, uncached, raw } = origins;
  const reads = readScenarios(fixture);
  await run("bare route (ceiling), first", cached, CEILING);
  // Each cached read in turns with the bare route: its share of the ceiling is what the budget asks.
  for (const [name, scenario] of Object.entries(reads)) await runBesideCeiling(`${name}, cached`, cached, scenario);
  // The uncached JSON feed and its raw-D1 counterpart in turns, so drift on a shared machine touches both alike.
  const baselines: Record<string, [string, string]> = {
    "feed JSON, first page": ["raw D1 feed query, first page", "/"],
    "feed JSON, deep page": ["raw D1 feed query, deep page", "/deep"],
  };
  for (const [name, scenario] of Object.entries(reads)) {
    const baseline = baselines[name];
    if (baseline)
      await runInTurns([`${name}, uncached`, uncached, scenario], [baseline[0], raw, { path: () => baseline[1] }]);
    else await run(`${name}, uncached`, uncached, scenario);
  }
  await run("search, rare word", cached, { path: () => `/api/search?q=${SEARCH_TERMS.rare}` });
  await run("search, common word", cached, { path: () => `/api/search?q=${SEARCH_TERMS.common}` });
  await run("bare route (ceiling), last", cached, CEILING);
  // Writes last: every published post bumps the board version, emptying the read cache.
  await run("resonate", cached, resonateScenario(fixture.postIds));
  await run("POST /api/posts", cached, postScenario());
}

function print(name: string, r: Measured): void {
  const besideCeiling = r.ceilingInTurns ? `  (bare route beside it: ${r.ceilingInTurns.toFixed(0)} req/s)` : "";
  console.log(
    `  ${name.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${r.cpuMicros.toFixed(0)} µs CPU${r.non2xx + r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ""}${besideCeiling}`,
  );
}

const ACROSS_SIZES = "feed latency across sizes";

/**
 * The uncached feed (first page and a deep page) on the smallest and the
 * largest board, both served at once and measured in turns: the budget
 * compares sizes, and sizes measured minutes apart on a drifting machine
 * would compare the machine.
 */
async function latencyAcrossSizes(small: number, large: number) {
  console.log(`\n${ACROSS_SIZES}: ${small.toLocaleString("en")} vs ${large.toLocaleString("en")} posts, in turns`);
  const boards = await Promise.all(
    [small, large].map(async (posts, index) => {
      const { persistDir } = await seededCopy(posts, `${SCRATCH_DIR}/${index === 0 ? "small" : "large"}`);
      const fixture = await fixtureOf(persistDir);
      return { fixture, served: await serve(persistDir, fixture.deepPosition) };
    }),
  );
  const [first, second] = boards;
  if (!first || !second) throw new Error("two boards were not served");
  const results: Record<string, [Measured, Measured]> = {};
  for (const name of ["feed JSON, first page", "feed JSON, deep page"]) {
    const side = (board: typeof first, posts: number) => {
      const scenario = readScenarios(board.fixture)[name];
      if (!scenario) throw new Error(`no read scenario named ${name}`);
      return { name: `${name}, ${posts} posts`, origin: board.served.origins.uncached, load: scenario };
    };
    const pair = await measureInTurns(side(first, small), side(second, large), load);
    results[name] = pair;
    print(`${name}, ${small} posts`, pair[0]);
    print(`${name}, ${large} posts`, pair[1]);
  }
  for (const { served } of boards) await served.mf.dispose();
  return { small, large, results };
}

type Fixture = { deepCursor: string; deepPosition: FeedPosition; categoryDeepCursor: string; postIds: string[] };

function readScenarios(fixture: Fixture): Record<string, Load> {
  let next = 0;
  const postPath = () => `/p/${fixture.postIds[next++ % fixture.postIds.length]}`;
  return {
    "feed JSON, first page": { path: () => "/api/posts" },
    "feed JSON, deep page": { path: () => `/api/posts?cursor=${fixture.deepCursor}` },
    "feed HTML, first page": { path: () => "/" },
    "feed HTML, deep page": { path: () => `/?cursor=${fixture.deepCursor}` },
    "category HTML, deep page": { path: () => `/c/lessons?cursor=${fixture.categoryDeepCursor}` },
    "post page": { path: postPath },
  };
}

/** Deep keyset positions halfway down the board and a category, and 200 posts spread over the board. */
function fixtureOf(persistDir: string): Promise<Fixture> {
  return withD1(persistDir, fixtureIn);
}

async function fixtureIn(d1: D1Database): Promise<Fixture> {
  const published =
    (await d1.prepare("SELECT count(*) AS n FROM posts WHERE status = 'published'").first<number>("n")) ?? 0;
  const at = (where: string, offset: number) =>
    d1
      .prepare(
        `SELECT created_at AS createdAt, id FROM posts WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?`,
      )
      .bind(offset)
      .first<{ createdAt: number; id: string }>();
  const deep = await at("status = 'published'", Math.floor(published / 2));
  const categoryDeep = await at("status = 'published' AND category = 'lessons'", Math.floor(published / 16));
  if (!deep || !categoryDeep) throw new Error("the seeded board is empty");
  const { results } = await d1
    .prepare("SELECT id FROM posts WHERE status = 'published' AND rowid % ? = 0 LIMIT 200")
    .bind(Math.max(1, Math.floor(published / 200)))
    .all<{ id: string }>();
  const deepPosition = positionOf("new", { ...deep, resonates: 0 });
  return {
    deepPosition,
    deepCursor: encodeCursor(deepPosition),
    categoryDeepCursor: encodeCursor(positionOf("new", { ...categoryDeep, resonates: 0 })),
    postIds: results.map((row) => row.id),
  };
}

let client = 0;
/** A different client address for every write, as many readers and authors would have. */
const nextClient = () => {
  client += 1;
  return { "CF-Connecting-IP": `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}` };
};

function resonateScenario(postIds: string[]): Load {
  let next = 0;
  return {
    method: "POST",
    path: () => `/api/posts/${postIds[next++ % postIds.length]}/resonates`,
    headers: nextClient,
  };
}

const SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "du"];
/** Post number n, one the pipeline publishes (its number spelled in syllables: digits would read as identifiers). */
function benchPost(n: number): string {
  const word = [...String(n)].map((digit) => SYLLABLES[Number(digit)]).join("");
  return `Some weeks the waitlist feels endless, and I still look forward to the afternoon sessions (${word}).`;
}

function postScenario(): Load {
  let written = 0;
  return {
    method: "POST",
    path: () => "/api/posts",
    headers: () => ({ ...nextClient(), "Content-Type": "application/json" }),
    body: () => JSON.stringify({ body: benchPost(++written), category: "burnout" }),
  };
}

type Served = { mf: Miniflare; origins: { cached: string; uncached: string; raw: string } };

/**
 * One workerd running the built worker twice (with its read cache and
 * without) and the raw-D1 baseline, all over the same local D1, each on its
 * own socket (see appWorker).
 */
async function serve(persistDir: string, deep: FeedPosition): Promise<Served> {
  const script = `${BUILD_DIR}/index.js`;
  const statement = (request: FeedRequest) => {
    const { query, values } = feedQuery(request);
    return JSON.stringify(statementOf(query, values));
  };
  const mf = new Miniflare({
    host: "127.0.0.1",
    port: 0,
    d1Persist: d1PersistOf(persistDir),
    workers: [
      appWorker("cached", script, "30000"),
      appWorker("uncached", script, "0"),
      {
        unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }],
        name: "raw",
        modules: true,
        scriptPath: "bench/raw-feed.js",
        compatibilityDate: configuredWorker().compatibilityDate,
        d1Databases: { DB: databaseId() },
        bindings: {
          FIRST_PAGE: statement({ sort: "new", limit: 20 }),
          DEEP_PAGE: statement({ sort: "new", after: deep, limit: 20 }),
        },
      },
    ],
  });
  await mf.ready;
  const origin = async (name: string) => (await mf.unsafeGetDirectURL(name)).origin;
  return {
    mf,
    origins: { cached: await origin("cached"), uncached: await origin("uncached"), raw: await origin("raw") },
  };
}

type Bundle = BenchReport["bundle"];

const STARTUPS = 9;

/** The worker as `wrangler deploy` would upload it, its gzip size, and its startup cost in fresh V8s. */
function build(): Bundle {
  for (const n of [1, 90, 12345]) {
    if (moderate(benchPost(n)).decision !== "publish") throw new Error("the benchmark's posts would not publish");
  }
  const code = readFileSync(buildWorker(BUILD_DIR, { minify: true }));
  const startups = Array.from(
    { length: STARTUPS },
    () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ["--experimental-vm-modules", "--no-warnings", "bench/startup.mjs", `${BUILD_DIR}/index.js`],
          {
            encoding: "utf8",
          },
        ),
      ) as { parseMs: number; evaluateMs: number },
  );
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  // Interference from the rest of a shared machine only ever adds time, so
  // the budget reads the fastest start; the median shows the spread.
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    startups: STARTUPS,
    parseMs: Math.min(...startups.map((s) => s.parseMs)),
    evaluateMs: Math.min(...startups.map((s) => s.evaluateMs)),
    medianParseMs: median(startups.map((s) => s.parseMs)),
    medianEvaluateMs: median(startups.map((s) => s.evaluateMs)),
  };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main() {
  const bundle = build();
  console.log(
    `bundle: ${kib(bundle.bytes)} (${kib(bundle.gzipBytes)} gzip); startup: parse ${bundle.parseMs.toFixed(1)} ms, top level ${bundle.evaluateMs.toFixed(1)} ms`,
  );
  // The whole moderation bench, the search for the slowest post included (bench/moderation.ts).
  const moderation: ModerationFigures = moderationBench(20, Math.floor(Math.random() * 2 ** 31));
  console.log(
    `moderation: worst p99 ${moderation.worstP99Ms.toFixed(3)} ms (median round ${moderation.medianRoundWorstP99Ms.toFixed(3)}), worst input ${moderation.worstRatio.toFixed(2)}x benign at the median; first call ${moderation.firstCall?.firstMs.toFixed(1)} ms`,
  );

  const report: BenchReport = { date: new Date().toISOString().slice(0, 10), load, bundle, moderation, sizes: [] };
  for (const posts of sizes) report.sizes.push({ posts, results: await benchSize(posts) });
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  if (small !== large && (!only || only.test(ACROSS_SIZES)))
    report.acrossSizes = await latencyAcrossSizes(small, large);
  rmSync(SCRATCH_DIR, { recursive: true, force: true });
  if (only) return console.log("\n--only: nothing written");

  const file = `bench/results/${report.date}.md`;
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(file, renderReport(report));
  writeSummaries(report, file);
  console.log(`\nwrote ${file} and docs/performance.md`);
}

await main();
