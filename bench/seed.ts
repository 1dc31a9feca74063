/**
 * A local D1 seeded with N posts for the benchmark, kept under bench/.data
 * so each size is seeded once per schema. Migrations are applied by wrangler
 * itself; the posts are generated inside SQLite (a recursive CTE per batch of
 * rows), so a million posts take minutes, with every trigger (category
 * counts, full-text index, board version) firing as it does in production,
 * and the search index then kept as the daily Cron Trigger keeps it.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { createDb } from "../src/db/client";
import { tidySearchIndex } from "../src/search/upkeep";

const BATCH_ROWS = 25_000;
const DATA_DIR = "bench/.data";
/** Posts are 37 seconds apart, newest first: a million reach back about 14 months. */
const SPACING_MS = 37_000;

/** Words the bodies are built from; `waitlist` is in one post in 8, `kettle` in one in 50, `lighthouse` in one in 1,000. */
const TOPICS = [
  "waitlist",
  "supervision",
  "boundaries",
  "paperwork",
  "insurance",
  "silence",
  "termination",
  "referrals",
];
const MOMENTS = Array.from({ length: 50 }, (_, i) => (i === 0 ? "kettle" : `moment${i}`));
const IMAGES = Array.from({ length: 1000 }, (_, i) => (i === 0 ? "lighthouse" : `image${i}`));
const ROLES = ["psychologist", "counselor", "social-worker", "trainee", "other"];

export const SEARCH_TERMS = { common: "waitlist", rare: "kettle" };

export type SeededDatabase = { persistDir: string; posts: number };

/** A fresh copy of a database seeded with `posts` posts (seeding it first if need be). */
export async function seededCopy(posts: number, scratch: string): Promise<SeededDatabase> {
  const source = join(DATA_DIR, `${posts}-${schemaHash()}`);
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(join(source, "ready"))) await seed(source, posts);
  rmSync(scratch, { recursive: true, force: true });
  cpSync(source, scratch, { recursive: true });
  return { persistDir: scratch, posts };
}

/** Where Miniflare keeps D1 inside a directory given to `wrangler --persist-to`. */
export const d1PersistOf = (persistDir: string) => join(persistDir, "v3", "d1");

/** Runs `use` with the D1 kept in a directory given to `wrangler --persist-to`, outside any worker. */
export async function withD1<T>(persistDir: string, use: (db: D1Database) => Promise<T>): Promise<T> {
  const mf = new Miniflare({
    modules: true,
    script: "export default {}",
    d1Databases: { DB: databaseId() },
    d1Persist: d1PersistOf(persistDir),
  });
  try {
    return await use(await mf.getD1Database("DB"));
  } finally {
    await mf.dispose();
  }
}

async function seed(dir: string, posts: number): Promise<void> {
  // A database seeded under older migrations is never read again: free its space (1.7 GB at a million).
  for (const stale of readdirSync(DATA_DIR, { withFileTypes: true })) {
    if (stale.name.startsWith(`${posts}-`)) rmSync(join(DATA_DIR, stale.name), { recursive: true, force: true });
  }
  const started = performance.now();
  execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", dir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "1" },
  });
  await withD1(dir, async (db) => {
    const now = Date.now();
    for (let first = 1; first <= posts; first += BATCH_ROWS) {
      const last = Math.min(posts, first + BATCH_ROWS - 1);
      await db.prepare(INSERT_POSTS).bind(first, last, now, SPACING_MS).run();
      process.stdout.write(`\r  seeding ${posts.toLocaleString("en")} posts: ${last.toLocaleString("en")}`);
    }
    // As the daily Cron Trigger keeps a board's search index: merged into one segment.
    await tidySearchIndex(createDb(db));
  });
  execFileSync("touch", [join(dir, "ready")]);
  console.log(` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** Picks word `index` of a list stored as one SQL string of fixed-width cells. */
function pick(words: string[], index: string): string {
  const width = Math.max(...words.map((word) => word.length)) + 1;
  const cells = words.map((word) => word.padEnd(width)).join("");
  return `rtrim(substr('${cells}', 1 + ${width} * (${index}), ${width}))`;
}

/**
 * Rows ?1..?2; n = 1 is the newest. Ids are n times an odd constant modulo
 * 2^48 in hex: unique, and in no order. Every 200th post is held and every
 * 500th hidden, so the moderators' queue has work too.
 */
const INSERT_POSTS = `
WITH RECURSIVE seq(n) AS (SELECT ?1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?2)
INSERT INTO posts (id, body, category, role, status, created_at, resonates, delete_token_hash, content_hash, queue_rank)
SELECT
  printf('%012x', (n * 181081919) % 281474976710656),
  'Reflection ' || n || ' on the ' || ${pick(TOPICS, "n % 8")} ||
    ': some weeks the work asks more than I can give, and I keep showing up anyway. ' ||
    'Today it was the ' || ${pick(MOMENTS, "n % 50")} || ' again, and the ' || ${pick(IMAGES, "(n / 7) % 1000")} ||
    ' I think of when a session goes quiet. Notes pile up, the afternoon blurs, and still the moment a client exhales makes it worth it.',
  (SELECT slug FROM categories WHERE position = 1 + n % 8),
  CASE WHEN n % 3 = 0 THEN NULL ELSE ${pick(ROLES, "n % 5")} END,
  CASE WHEN n % 200 = 0 THEN 'pending' WHEN n % 500 = 1 THEN 'hidden' ELSE 'published' END,
  ?3 - n * ?4,
  (n * 7919) % 61,
  lower(hex(randomblob(32))),
  lower(hex(randomblob(32))),
  CASE WHEN n % 400 = 0 THEN 1 ELSE 2 END
FROM seq`;

export function databaseId(): string {
  const match = readFileSync("wrangler.toml", "utf8").match(/database_id\s*=\s*"([^"]+)"/);
  if (!match?.[1]) throw new Error("wrangler.toml names no D1 database_id");
  return match[1];
}

/** A seeded database is reused only while the migrations that made it are unchanged. */
function schemaHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync("migrations")
    .filter((name) => name.endsWith(".sql"))
    .sort()) {
    hash.update(file).update(readFileSync(join("migrations", file)));
  }
  hash.update(INSERT_POSTS).update(readFileSync("src/search/upkeep.ts"));
  return hash.digest("hex").slice(0, 12);
}
