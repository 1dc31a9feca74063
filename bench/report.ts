/**
 * The benchmark's report: the full results file, and the summary block it
 * keeps current in docs/performance.md (between markers).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type LoadOptions, type Measured, ratioInTurns, TURNS } from "./load";
import type { ModerationFigures } from "./moderation";
import { BUDGETS, type Check, moderationChecks } from "./moderation-budgets";
import { describe } from "./moderation-search";
import { HTML_VS_JSON } from "./names";
import type { WorstReads } from "./worst-reads";

export type BenchReport = {
  date: string;
  load: LoadOptions;
  /** Startup: the fastest of `startups` fresh V8s, and their median. */
  bundle: {
    bytes: number;
    gzipBytes: number;
    startups: number;
    parseMs: number;
    evaluateMs: number;
    medianParseMs: number;
    medianEvaluateMs: number;
  };
  moderation: ModerationFigures;
  sizes: { posts: number; results: Record<string, Measured>; worst?: WorstReads }[];
  /** The uncached feed on the smallest and the largest board, measured in turns with each other. */
  acrossSizes?: { small: number; large: number; results: Record<string, [small: Measured, large: Measured]> };
};

export const BENCH_COMMAND = "npm run bench";
const CEILINGS = ["bare route (ceiling), first", "bare route (ceiling), last"];

// Rows measured in turns (bench/load.ts measureInTurns): with another row
// (†), or with the bare route (‡), whose slices its × ceiling is against.
const IN_TURNS_NOTE = `† measured in turns with its counterpart (${TURNS} alternating slices each), so the pair compares like with like.`;
const CEILING_NOTE = "‡ measured in turns with the bare route: × ceiling is against the ceiling's own slices.";
const scenarioName = (name: string, r: Measured) =>
  r.ceilingInTurns ? `${name} ‡` : r.inTurnsWith ? `${name} †` : name;

/** A scenario's req/s as a share of the ceiling's: the slices beside it when it was measured in turns with it. */
const shareOfCeiling = (r: Measured, ceiling: number) => r.requestsPerSecond / (r.ceilingInTurns ?? ceiling);

/** The bare route's req/s, measured at the start and end of the reads (their mean). */
function ceilingOf(results: Record<string, Measured>): number {
  const measured = CEILINGS.map((name) => results[name]?.requestsPerSecond ?? 0).filter((value) => value > 0);
  return measured.length ? measured.reduce((sum, value) => sum + value, 0) / measured.length : 1;
}

export function renderReport(report: BenchReport): string {
  const lines = [
    `# Benchmark, ${report.date}`,
    "",
    `\`${BENCH_COMMAND}\` on ${machine()}: the built worker under Miniflare (workerd) on 127.0.0.1, autocannon in the same process with ${report.load.connections} connections for ${report.load.seconds} s per scenario after a ${report.load.warmupSeconds} s warm-up. The load generator shares the cores, so only ratios within one run count. CPU is workerd's whole CPU time per request, local D1 included (on Cloudflare, D1 runs elsewhere).`,
    "",
    "## Budgets",
    "",
    ...checksTable(report),
    "",
    ...acrossSizesSection(report),
    "## Bundle and startup",
    "",
    `- Built worker: ${kib(report.bundle.bytes)}, ${kib(report.bundle.gzipBytes)} gzipped.`,
    `- Startup in a fresh V8 (fastest of ${report.bundle.startups}; median in brackets): parse and compile ${report.bundle.parseMs.toFixed(1)} ms (${report.bundle.medianParseMs.toFixed(1)}); top-level code ${report.bundle.evaluateMs.toFixed(1)} ms (${report.bundle.medianEvaluateMs.toFixed(1)}).`,
    "",
    ...moderationSection(report.moderation),
  ];
  for (const { posts, results, worst } of report.sizes) {
    const ceiling = ceilingOf(results);
    lines.push(
      "",
      `## ${posts.toLocaleString("en")} posts`,
      "",
      "| scenario | req/s | × ceiling | mean ms | p50 ms | p99 ms | CPU µs/req | D1 round trips | rows read | non-2xx |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...Object.entries(results).map(
        ([name, r]) =>
          `| ${scenarioName(name, r)} | ${r.requestsPerSecond.toFixed(0)} | ${shareOfCeiling(r, ceiling).toFixed(3)} | ${r.mean.toFixed(2)} | ${r.p50} | ${r.p99} | ${r.cpuMicros.toFixed(0)} | ${d1Cells(r)} | ${r.non2xx + r.errors} |`,
      ),
      "",
      IN_TURNS_NOTE,
      "",
      CEILING_NOTE,
      ...worstReadsSection(worst),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The budgets, each against this run's figures. */
function checks(report: BenchReport): Check[] {
  const out: Check[] = [
    // The numbers (bench/moderation-budgets.ts): 1.5 MiB gzip and 100 ms of top-level
    // start-up code, where this report used to read 250 KiB and 50 ms of script parse.
    {
      budget: "Bundle ≤ 1.5 MiB gzipped",
      measured: kib(report.bundle.gzipBytes),
      met: report.bundle.gzipBytes <= BUDGETS.bundleGzipBytes,
    },
    {
      budget: `Top-level start-up code ≤ ${BUDGETS.startupMs} ms`,
      measured: `${report.bundle.evaluateMs.toFixed(1)} ms, fastest of ${report.bundle.startups} (median ${report.bundle.medianEvaluateMs.toFixed(1)} ms; + ${report.bundle.parseMs.toFixed(1)} ms script parse)`,
      met: report.bundle.evaluateMs <= BUDGETS.startupMs,
    },
    ...moderationChecks(report.moderation),
  ];
  for (const { posts, results } of report.sizes) {
    const ceiling = ceilingOf(results);
    const share = Math.min(
      ...["feed JSON, first page, cached", "feed HTML, first page, cached"].map((name) => {
        const r = results[name];
        return r ? shareOfCeiling(r, ceiling) : 0;
      }),
    );
    out.push({
      budget: `Cached feed ≥ 50% of the ceiling (${count(posts)} posts)`,
      measured: `${pct(share)} (slower of JSON and HTML, each in turns with the bare route)`,
      met: share >= 0.5,
    });
    for (const pair of HTML_VS_JSON) {
      const [page, json] = [results[pair.html], results[pair.json]];
      if (!page || !json) continue;
      const [overall, inTurns] = [page.cpuMicros / Math.max(json.cpuMicros, 1), ratioInTurns(page, json)];
      out.push({
        budget: `Uncached HTML page ≤ 1.25× its JSON, CPU per request: ${pair.page} (${count(posts)} posts, in turns)`,
        measured: `${overall.toFixed(2)}× (${page.cpuMicros.toFixed(0)} µs vs ${json.cpuMicros.toFixed(0)} µs); median of ${inTurns.turns} turns ${inTurns.ratio.toFixed(2)}×`,
        // Both the whole run's ratio and the median turn's: the median alone would pass a page that a slow stretch hid.
        met: overall <= 1.25 && inTurns.ratio <= 1.25,
      });
    }
    const reads = Object.entries(results).filter(([, r]) => r.d1 !== undefined);
    const uncachedTrips = reads
      .filter(([name]) => !name.endsWith(", cached"))
      .map(([name, r]) => [name, r.d1?.roundTrips] as const);
    const cachedTrips = reads
      .filter(([name]) => name.endsWith(", cached"))
      .map(([name, r]) => [name, r.d1?.roundTrips] as const);
    const offBudget = [
      ...uncachedTrips.filter(([, trips]) => trips !== 1),
      ...cachedTrips.filter(([, trips]) => trips !== 0),
    ];
    out.push({
      budget: `Every public read one D1 round trip uncached, none cached (${count(posts)} posts)`,
      measured:
        offBudget.length === 0
          ? `${uncachedTrips.length} uncached reads at 1, ${cachedTrips.length} cached at 0`
          : offBudget.map(([name, trips]) => `${name}: ${trips}`).join("; "),
      met: offBudget.length === 0 && reads.length > 0,
    });
    const uncached = results["feed JSON, first page, uncached"]?.requestsPerSecond ?? 0;
    const raw = results["raw D1 feed query, first page"]?.requestsPerSecond ?? 1;
    out.push({
      budget: `Uncached feed within 20% of a raw D1 query (${count(posts)} posts)`,
      measured: `${pct(uncached / raw)} of raw (JSON, first page)`,
      met: uncached >= 0.8 * raw,
    });
  }
  const across = report.acrossSizes;
  for (const [name, [smallRun, largeRun]] of Object.entries(across?.results ?? {})) {
    const [small, large] = [smallRun.mean, largeRun.mean];
    if (name.startsWith("search")) {
      const [cpuSmall, cpuLarge] = [smallRun.cpuMicros, largeRun.cpuMicros];
      out.push(
        {
          budget: `Search CPU at ${count(across?.large ?? 0)} posts within 1.5× of ${count(across?.small ?? 0)} (${name}, in turns)`,
          measured: `${cpuLarge.toFixed(0)} µs vs ${cpuSmall.toFixed(0)} µs (${(cpuLarge / Math.max(cpuSmall, 1)).toFixed(2)}×)`,
          met: cpuLarge <= 1.5 * cpuSmall,
        },
        {
          budget: `Search ≤ 5 ms CPU per request at ${count(across?.large ?? 0)} posts (${name})`,
          measured: `${(cpuLarge / 1000).toFixed(2)} ms`,
          met: cpuLarge <= 5000,
        },
      );
      continue;
    }
    out.push({
      budget: `Feed latency at ${count(across?.large ?? 0)} posts within 1.1× of ${count(across?.small ?? 0)} (${name}, mean, in turns)`,
      measured: `${large.toFixed(2)} ms vs ${small.toFixed(2)} ms (${(large / Math.max(small, 0.001)).toFixed(2)}×)`,
      met: large <= 1.1 * small,
    });
  }
  return out;
}

/** The moderation table, hand-picked inputs and the search's find, and what the search found. */
function moderationSection(m: ModerationFigures): string[] {
  const search = m.search;
  return [
    `## Moderation pipeline (2,000-character inputs, ${m.runs} runs each, in-process, quietest of ${m.rounds} rounds)`,
    "",
    "| input | mean | p50 | p99 | p50 vs benign | per character, 8,000 vs 2,000 |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...m.rows.map(
      (row) =>
        `| ${row.name} | ${ms(row.mean)} | ${ms(row.p50)} | ${ms(row.p99)} | ${row.ratio.toFixed(2)}× | ${row.perCharGrowth.toFixed(2)}× |`,
    ),
    "",
    ...(search
      ? [
          `The search for the slowest post (bench/moderation-search.ts) tried ${search.candidates} posts in ${search.seconds} s (seed ${search.seed}); the slowest of each island:`,
          "",
          ...search.found.map((found) => `- ${describe(found).replaceAll("\n    ", "; ")}`),
          "",
        ]
      : []),
  ];
}

/** What the search for each public read's slowest input found (bench/worst-reads.ts). */
function worstReadsSection(worst: WorstReads | undefined): string[] {
  if (!worst) return [];
  return [
    "",
    `The slowest input found for each public read, sending random parameters to the uncached worker for ${worst.seconds} s (seed ${worst.seed}); time is the faster of two requests, wall clock, D1 included:`,
    "",
    "| read | inputs tried | slowest input | ms | rows read | most rows read by |  rows |",
    "| --- | ---: | --- | ---: | ---: | --- | ---: |",
    ...worst.reads.map(
      ({ read, tried, slowest, mostRows }) =>
        `| ${read} | ${tried} | \`${slowest.path}\` | ${slowest.ms.toFixed(1)} | ${slowest.rowsRead.toLocaleString("en")} | \`${mostRows.path}\` | ${mostRows.rowsRead.toLocaleString("en")} |`,
    ),
  ];
}

/** The feed on the smallest and the largest board, served side by side and measured in turns. */
function acrossSizesSection(report: BenchReport): string[] {
  const across = report.acrossSizes;
  if (!across) return [];
  return [
    `## Across sizes: ${count(across.small)} vs ${count(across.large)} posts`,
    "",
    `The uncached feed and search on both boards at once, measured in turns (${TURNS} alternating slices each), so the machine's drift between sizes does not read as a cost of size.`,
    "",
    "| scenario | posts | req/s | mean ms | p50 ms | p99 ms | CPU µs/req |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...Object.entries(across.results).flatMap(([name, pair]) =>
      pair.map(
        (r, index) =>
          `| ${name} | ${count(index === 0 ? across.small : across.large)} | ${r.requestsPerSecond.toFixed(0)} | ${r.mean.toFixed(2)} | ${r.p50} | ${r.p99} | ${r.cpuMicros.toFixed(0)} |`,
      ),
    ),
    "",
  ];
}

function checksTable(report: BenchReport): string[] {
  return [
    "| budget | measured | met |",
    "| --- | --- | --- |",
    ...checks(report).map((check) => `| ${check.budget} | ${check.measured} | ${check.met ? "yes" : "**no**"} |`),
  ];
}

/** The block between `<!-- bench:start -->` and `<!-- bench:end -->` in docs/performance.md. */
export function writeSummaries(report: BenchReport, resultsFile: string): void {
  const largest = report.sizes.at(-1);
  const summary = [...checksTable(report)];
  if (largest) {
    const ceiling = ceilingOf(largest.results);
    summary.push(
      "",
      `At ${count(largest.posts)} posts:`,
      "",
      "| scenario | req/s | × ceiling | p50 ms | p99 ms | CPU µs/req | D1 round trips | rows read |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...Object.entries(largest.results).map(
        ([name, r]) =>
          `| ${scenarioName(name, r)} | ${r.requestsPerSecond.toFixed(0)} | ${shareOfCeiling(r, ceiling).toFixed(3)} | ${r.p50} | ${r.p99} | ${r.cpuMicros.toFixed(0)} | ${d1Cells(r)} |`,
      ),
      "",
      IN_TURNS_NOTE,
      "",
      CEILING_NOTE,
      ...worstReadsSection(largest.worst),
    );
  }
  // The link is relative to docs/, where the block stands.
  const block = [
    `Last run: ${report.date}, \`${BENCH_COMMAND}\` (full results: [${resultsFile}](../${resultsFile})).`,
    "",
    ...summary,
  ].join("\n");
  replaceBlock("docs/performance.md", block);
}

function replaceBlock(file: string, content: string): void {
  const text = readFileSync(file, "utf8");
  const block = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (!block.test(text)) throw new Error(`${file} has no <!-- bench:start --> … <!-- bench:end --> block`);
  writeFileSync(file, text.replace(block, `<!-- bench:start -->\n${content}\n<!-- bench:end -->`));
}

/** A scenario's D1 round trips and rows read per request, as two cells; blank for one not metered (writes, raw D1). */
const d1Cells = (r: Measured) => (r.d1 ? `${r.d1.roundTrips} | ${r.d1.rowsRead.toLocaleString("en")}` : " | ");

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => value.toFixed(3);
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const count = (posts: number) => posts.toLocaleString("en");

function machine(): string {
  try {
    const cpus = readFileSync("/proc/cpuinfo", "utf8").match(/^processor/gm)?.length ?? 0;
    return `${cpus} cores, Node ${process.version}`;
  } catch {
    return `Node ${process.version}`;
  }
}
