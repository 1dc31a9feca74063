/**
 * What one search's statement costs D1 at each size of board, apart from the worker: `npm run bench:search [--
 * --sizes 100k,1m --rounds 5]`. The full bench (`npm run bench`) times searches through the worker, where a few ms of
 * D1 hide under the request's own cost and its noise; this sends the statement `searchPublished` builds straight to a
 * seeded D1 (bench/seed.ts), ten at a time in one batch so the round trip is paid once, and reports the fastest
 * batch's time per statement over that of "SELECT 1", and D1's rows read. The searches are the kinds that once grew
 * with the board: a phrase of common words that never meet, two common words that never meet, words joined by OR, a
 * rare word and a common one, each alone and in a category, and the slowest the full bench has found.
 */
import { parseArgs } from "node:util";
import { createDb } from "../src/db/client";
import { toMatchExpression } from "../src/search/match";
import { searchPublished } from "../src/search/queries";
import { seededCopy, withD1 } from "./seed";

const SIZES: Record<string, number> = { "1k": 1_000, "100k": 100_000, "1m": 1_000_000 };
const BATCH = 10;

/** Each search as a reader types it, and a category or none (words of the seeded board, bench/seed.ts). */
const SEARCHES: [string, string | undefined][] = [
  ["kettle", undefined],
  ["waitlist", undefined],
  ["kettle", "lessons"],
  ['"the the notes"', undefined],
  ['"the the notes"', "burnout"],
  ['"the waitlist"', undefined],
  ["supervision waitlist", undefined],
  ["supervisor waitlist waitlist", "frustration"],
  ["kettle moment7", undefined],
  // The full bench's search for the slowest read found this on 2026-12-03 (`npm run bench -- --sizes 1m --only "worst
  // reads|search"`, not kept in bench/results): 41 ms at a million posts (two topics that never meet, beside a word of
  // every post).
  ["reflection insurance boundaries", "self-doubt"],
  // The most rows it found then: three words, two of them in every post.
  ["weeks waitlist notes", "burnout"],
  // The slowest it found after: a phrase of words that never meet (36 ms through the worker at a million posts).
  ['"insurance weeks waitlist"', undefined],
  // Two words that meet in nearly every post of the window, never in this order.
  ['"waitlist reflection"', undefined],
  ["waitlist boundaries OR kettle", undefined],
];

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "100k,1m" }, rounds: { type: "string", default: "5" } },
});
const rounds = Math.max(1, Number(values.rounds));

for (const name of (values.sizes ?? "").split(",")) {
  const posts = SIZES[name.trim().toLowerCase()] ?? Number(name);
  const { persistDir } = await seededCopy(posts, "bench/.data/scratch-search");
  console.log(`\n${posts.toLocaleString("en")} posts: ms per statement (over SELECT 1), rows read`);
  await withD1(persistDir, async (d1) => {
    const fastest = async (statement: () => D1PreparedStatement) => {
      let best = Number.POSITIVE_INFINITY;
      let rowsRead = 0;
      for (let round = 0; round < rounds; round++) {
        const started = performance.now();
        const results = await d1.batch(Array.from({ length: BATCH }, statement));
        best = Math.min(best, performance.now() - started);
        rowsRead = results[0]?.meta.rows_read ?? 0;
      }
      return { ms: best / BATCH, rowsRead };
    };
    const floor = (await fastest(() => d1.prepare("SELECT 1"))).ms;
    for (const [words, category] of SEARCHES) {
      const statement = await statementOf(d1, words, category);
      const { ms, rowsRead } = await fastest(() => d1.prepare(statement.sql).bind(...statement.params));
      const label = `${words}${category ? ` (in ${category})` : ""}`;
      console.log(
        `  ${label.padEnd(48)} ${(ms - floor).toFixed(2).padStart(7)} ms ${rowsRead.toLocaleString("en").padStart(8)} rows`,
      );
    }
  });
}

/** The one statement a first page of this search sends (its reads go together), caught on its way to D1. */
async function statementOf(d1: D1Database, words: string, category: string | undefined) {
  const sent: { sql: string; params: unknown[] }[] = [];
  const recording = {
    prepare: (sql: string) => ({
      bind: (...params: unknown[]) => {
        sent.push({ sql, params });
        return d1.prepare(sql).bind(...params);
      },
    }),
    batch: d1.batch.bind(d1),
  } as unknown as D1Database;
  await searchPublished(createDb(recording), { match: toMatchExpression(words) ?? "", category, limit: 20 });
  const [statement] = sent;
  if (!statement || sent.length !== 1) throw new Error(`${words}: expected one statement, sent ${sent.length}`);
  return statement;
}
