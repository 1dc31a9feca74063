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
import { meterOf } from "../src/db/meter";
import { statementOf } from "../src/db/prepared";
import { encodeCursor, type FeedPosition, positionOf } from "../src/feed/cursor";
import { type FeedRequest, feedQuery } from "../src/feed/queries";
import { moderate } from "../src/moderation/pipeline";
import { type Load, type LoadOptions, type Measured, measure, measureInTurns, ratioInTurns } from "./load";
import { type ModerationFigures, moderationBench } from "./moderation";
import { HTML_VS_JSON, type PageBesideItsJson } from "./names";
import { type BenchReport, renderReport, writeSummaries } from "./report";
import { d1PersistOf, databaseId, SEARCH_TERMS, seededCopy, withD1 } from "./seed";
import { appWorker, buildWorker, configuredWorker } from "./worker";
import { searchWorstReads, type WorstReads } from "./worst-reads";

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
async function benchSize(posts: number): Promise<{ results: Record<string, Measured>; worst?: WorstReads }> {
  console.log(`\n${posts.toLocaleString("en")} posts`);
  const { persistDir } = await seededCopy(posts, SCRATCH_DIR);
  const results: Record<string, Measured> = {};
  const run = async (name: string, origin: string, scenario: Load) => {
    if (only && !only.test(name)) return;
    results[name] = { ...(await measure(origin, scenario, load)), d1: await d1Of(origin, scenario) };
    print(name, results[name]);
  };

  const fixture = await fixtureOf(persistDir);
  const served = await serve(persistDir, fixture.deepPosition);
  const costs = new Map<string, Promise<Measured["d1"]>>();
  // What one request costs D1, asked of the origin's metered twin (the second of two, for the read cache's sake).
  const d1Of = (origin: string, scenario: Load) => {
    const metered = served.metered[origin];
    if (!metered || scenario.method === "POST") return Promise.resolve(undefined);
    const path = scenario.path();
    const key = `${metered}${path}`;
    if (!costs.has(key)) costs.set(key, d1CostOf(metered, path));
    return costs.get(key) ?? Promise.resolve(undefined);
  };
  const inTurns = async (a: Named, b: Named, keep: (pair: [Measured, Measured]) => Record<string, Measured>) => {
    const side = ([name, origin, scenario]: Named) => ({ name, origin, load: scenario });
    for (const [name, measured] of Object.entries(keep(await measureInTurns(side(a), side(b), load)))) {
      results[name] = measured;
      print(name, measured);
    }
  };
  const runInTurns = async (a: Named, b: Named): Promise<[Measured, Measured] | undefined> => {
    if (only && !only.test(a[0]) && !only.test(b[0])) return;
    const [costA, costB] = [await d1Of(a[1], a[2]), await d1Of(b[1], b[2])];
    await inTurns(a, b, ([first, second]) => ({ [a[0]]: { ...first, d1: costA }, [b[0]]: { ...second, d1: costB } }));
    const [first, second] = [results[a[0]], results[b[0]]];
    return first && second ? [first, second] : undefined;
  };
  // The bare route beside a read is not a row of its own: its req/s goes with the read's.
  const runBesideCeiling: Run = async (name, origin, scenario) => {
    if (only && !only.test(name)) return;
    const cost = await d1Of(origin, scenario);
    await inTurns(["bare route (ceiling)", origin, CEILING], [name, origin, scenario], ([ceiling, read]) => ({
      [name]: { ...read, ceilingInTurns: ceiling.requestsPerSecond, d1: cost },
    }));
  };
  for (let round = 1; round <= rounds; round++) {
    await measureAll({ run, runInTurns, runBesideCeiling }, served.origins, fixture);
  }
  let worst: WorstReads | undefined;
  const metered = served.metered[served.origins.uncached];
  if (metered && (!only || only.test(WORST_READS))) {
    worst = await searchWorstReads(metered, fixture.postIds, WORST_SECONDS, Math.floor(Math.random() * 2 ** 31));
    for (const { read, tried, slowest, mostRows } of worst.reads) {
      console.log(
        `  worst ${read} of ${tried}: ${slowest.ms.toFixed(1)} ms ${slowest.path}; most rows ${mostRows.rowsRead} ${mostRows.path}`,
      );
    }
  }
  await served.mf.dispose();
  return { results, ...(worst ? { worst } : {}) };
}

type Run = (name: string, origin: string, scenario: Load) => Promise<void>;
type Named = [name: string, origin: string, scenario: Load];

type Runs = {
  run: Run;
  runInTurns: (a: Named, b: Named) => Promise<[Measured, Measured] | undefined>;
  runBesideCeiling: Run;
};

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
  // Each uncached page against its JSON, in turns: the budget asks a page to cost at most 1.25× its JSON.
  const pages = pagesBesideTheirJson(fixture);
  for (const { page: which, html, json } of HTML_VS_JSON) {
    const { page, itsJson } = pages[which];
    const [pageCost, jsonCost] = (await runInTurns([html, uncached, page], [json, uncached, itsJson])) ?? [];
    if (pageCost && jsonCost)
      console.log(`    page over its JSON, median of turns: ${ratioInTurns(pageCost, jsonCost).ratio.toFixed(2)}×`);
  }
  for (const [name, scenario] of Object.entries(searchScenarios())) await run(name, cached, scenario);
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
/** The search for each public read's slowest input (bench/worst-reads.ts), and how long it looks at each size. */
const WORST_READS = "worst reads";
const WORST_SECONDS = 20;
const ACROSS_SIZES_READS = ["feed JSON, first page", "feed JSON, deep page"];

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
  for (const name of [...ACROSS_SIZES_READS, ...Object.keys(searchScenarios())]) {
    const side = (board: typeof first, posts: number) => {
      const scenario = { ...readScenarios(board.fixture), ...searchScenarios() }[name];
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

/** Search for a rare and a common word (bench/seed.ts): never cached, whichever worker serves it. */
function searchScenarios(): Record<string, Load> {
  return {
    "search, rare word": { path: () => `/api/search?q=${SEARCH_TERMS.rare}` },
    "search, common word": { path: () => `/api/search?q=${SEARCH_TERMS.common}` },
  };
}

/** One GET of `path` on a worker with the D1 meter on, twice (a cached page's second costs what a hit does). */
async function d1CostOf(meteredOrigin: string, path: string): Promise<Measured["d1"]> {
  let cost: Measured["d1"];
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${meteredOrigin}${path}`);
    await res.arrayBuffer();
    cost = meterOf(res.headers.get("Server-Timing"));
  }
  return cost;
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
    "feed JSON, top this week": { path: () => "/api/posts?sort=top&period=week" },
    "feed HTML, top this month": { path: () => "/?sort=top&period=month" },
  };
}

/** Each page of HTML_VS_JSON and its JSON: a feed's first page, a post (the same one both ways), a search. */
function pagesBesideTheirJson(fixture: Fixture): Record<PageBesideItsJson, { page: Load; itsJson: Load }> {
  let [nextPage, nextJson] = [0, 0];
  const postAt = (at: number) => fixture.postIds[at % fixture.postIds.length];
  return {
    "feed, first page": { page: { path: () => "/" }, itsJson: { path: () => "/api/posts" } },
    "a post": {
      page: { path: () => `/p/${postAt(nextPage++)}` },
      itsJson: { path: () => `/api/posts/${postAt(nextJson++)}` },
    },
    "search, a rare word": {
      page: { path: () => `/search?q=${SEARCH_TERMS.rare}` },
      itsJson: { path: () => `/api/search?q=${SEARCH_TERMS.rare}` },
    },
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

type Served = {
  mf: Miniflare;
  origins: { cached: string; uncached: string; raw: string };
  /** The metered twin of the cached and the uncached origin. */
  metered: Record<string, string>;
};

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
      // The same two with the D1 meter on (src/db/meter.ts), asked once per scenario what a request costs D1.
      appWorker("metered-cached", script, "30000", { D1_METER: "on" }),
      appWorker("metered-uncached", script, "0", { D1_METER: "on" }),
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
  const [cached, uncached] = [await origin("cached"), await origin("uncached")];
  return {
    mf,
    origins: { cached, uncached, raw: await origin("raw") },
    metered: { [cached]: await origin("metered-cached"), [uncached]: await origin("metered-uncached") },
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
  // With --only, the moderation bench (a minute) runs only when asked for by name.
  const moderation: ModerationFigures | undefined =
    !only || only.test("moderation") ? moderationBench(20, Math.floor(Math.random() * 2 ** 31)) : undefined;
  if (moderation)
    console.log(
      `moderation: worst p99 ${moderation.worstP99Ms.toFixed(3)} ms (median round ${moderation.medianRoundWorstP99Ms.toFixed(3)}), worst input ${moderation.worstRatio.toFixed(2)}x benign at the median; first call ${moderation.firstCall?.firstMs.toFixed(1)} ms`,
    );

  const report: Omit<BenchReport, "moderation"> & { moderation?: ModerationFigures } = {
    date: new Date().toISOString().slice(0, 10),
    load,
    bundle,
    ...(moderation ? { moderation } : {}),
    sizes: [],
  };
  for (const posts of sizes) report.sizes.push({ posts, ...(await benchSize(posts)) });
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  if (small !== large && (!only || only.test(ACROSS_SIZES)))
    report.acrossSizes = await latencyAcrossSizes(small, large);
  rmSync(SCRATCH_DIR, { recursive: true, force: true });
  if (only || !report.moderation) return console.log("\n--only: nothing written");

  const file = `bench/results/${report.date}.md`;
  mkdirSync("bench/results", { recursive: true });
  const complete: BenchReport = { ...report, moderation: report.moderation };

  writeFileSync(file, renderReport(complete));
  writeSummaries(complete, file);
  console.log(`\nwrote ${file} and docs/performance.md`);
}

await main();
