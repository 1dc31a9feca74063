import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_DEFAULT_LIMIT } from "../../src/cursor";
import { type D1Meter, meterOf, newMeter, serverTiming } from "../../src/db/meter";
import { LISTED_SPAN, SEARCH_REACH, SEARCH_WINDOW } from "../../src/search/queries";
import { requestWith } from "../support/app";

/** Every read reaches D1 (no read cache), and D1's cost is told in Server-Timing. */
const UNCACHED = { D1_METER: "on", READ_CACHE_MS: "0" };

async function costOf(path: string, bindings: Partial<Env> = UNCACHED): Promise<D1Meter> {
  const res = await requestWith(bindings, path);
  expect(res.status, path).toBe(200);
  const meter = meterOf(res.headers.get("Server-Timing"));
  if (!meter) throw new Error(`${path} told no D1 cost`);
  return meter;
}

/** `count` more published posts, spread over the categories, a minute apart and older than those already there. */
async function addPosts(count: number) {
  const oldest = await env.DB.prepare("SELECT coalesce(min(created_at), ?) AS at FROM posts").bind(Date.now()).first<{
    at: number;
  }>();
  await env.DB.prepare(
    `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?1)
     INSERT INTO posts (id, body, category, status, created_at, resonates, delete_token_hash, content_hash)
     SELECT lower(hex(randomblob(6))),
       'Another week of the waitlist, post ' || n || CASE WHEN n % 10 = 0 THEN ', and the kettle' ELSE '' END || '.',
       (SELECT slug FROM categories WHERE position = 1 + n % 8), 'published', ?2 - n * 60000, n % 37,
       lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
  )
    .bind(count, oldest?.at ?? Date.now())
    .run();
}

describe("the D1 meter", () => {
  it("reads back from its own Server-Timing value", () => {
    const meter = { ...newMeter(), roundTrips: 2, rowsRead: 41 };
    expect(meterOf(serverTiming(meter))).toEqual(meter);
    expect(meterOf(null)).toBeUndefined();
  });

  it("is off unless the setting turns it on", async () => {
    const res = await requestWith({ READ_CACHE_MS: "0" }, "/api/posts");
    expect(res.headers.get("Server-Timing")).toBeNull();
  });
});

// A page of the feed reads its page (and one row more, to know whether another follows), the category menu and a
// few rows to find where a cursor points; search reads at most its window of the index, whatever the board's size.
const PAGE = PAGE_DEFAULT_LIMIT + 1;
const CATEGORIES = 8;
const FEW = 4;
const PHRASE_BOOKKEEPING = 16;
const periodBudget = (days: number) => (days + 1) * (1 + 4 * PAGE);
const budgets: Record<string, number> = {
  "/api/posts": PAGE + FEW,
  "/": PAGE + CATEGORIES + FEW,
  "/c/burnout": PAGE + CATEGORIES + FEW,
  "/?sort=top": PAGE + CATEGORIES + FEW,
  "/c/burnout?sort=top": PAGE + CATEGORIES + FEW,
  "/feed.xml": 50 + 1 + CATEGORIES + FEW,
  // A period's most resonated reads its days (and the day it started in), the top page of each from the day's index,
  // then those posts, which pass through SQLite's sorter to be merged (written and read back, rows read both times):
  // four times (days + 1) pages, whatever the board's size. Measured: 1 + 4 x PAGE for each day that fills a page.
  "/?sort=top&period=week": periodBudget(7) + CATEGORIES + FEW,
  "/c/burnout?sort=top&period=month": periodBudget(30) + CATEGORIES + FEW,
  "/api/posts?sort=top&period=week": periodBudget(7) + FEW,
  "/api/categories": CATEGORIES,
  "/new": CATEGORIES,
};
// A search of one word reads its window in the index three times (where it starts, the page, the count), and looks each
// match up in posts at most twice (the page's category and the count's). A search of words that must meet, or a
// phrase, reads each word's window to find where its own starts, then its hits in that window (for a category, their
// posts), sorts and counts them (SQLite's sorter and the count's buffer are rows read too) and finds each post of its
// page again for its snippet; words read as lists of a window that spans LISTED_SPAN posts at most (or the board, when
// smaller) read each list once and look each post up once. However large the board.
const searchBudget = (words: number, posts = 0) =>
  (words + 5) * SEARCH_WINDOW +
  (words > 1 ? 2 * words * Math.min(LISTED_SPAN, posts) : 0) +
  2 * PAGE +
  CATEGORIES +
  FEW;
const searches: [string, number][] = [
  ["/api/search?q=waitlist", 1],
  ["/api/search?q=kettle", 1],
  ["/search?q=waitlist", 1],
  ["/search?q=kettle&category=lessons", 1],
  [`/api/search?q=${encodeURIComponent('"of the waitlist"')}`, 3],
  [`/search?q=${encodeURIComponent('"and the kettle"')}&category=lessons`, 3],
  ["/api/search?q=waitlist%20kettle&category=burnout", 2],
  ["/api/search?q=week%20waitlist", 2],
  ["/search?q=week%20waitlist%20another&category=burnout", 3],
];

describe.each([200, 2_000, 5_000])("reads on a board of %i posts", (size) => {
  beforeAll(async () => {
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM posts").first<{ n: number }>()) ?? { n: 0 };
    await addPosts(size - n);
  });

  it.each(Object.entries(budgets))("%s: one round trip, within its budget of rows", async (path, budget) => {
    const cost = await costOf(path);
    expect(cost.roundTrips).toBe(1);
    expect(cost.rowsRead).toBeLessThanOrEqual(budget);
  });

  it("a deep page of the feed and a post's page: one round trip each, within budget", async () => {
    const first = await requestWith(UNCACHED, "/api/posts");
    const { posts, nextCursor } = await first.json<{ posts: { id: string }[]; nextCursor: string }>();
    for (const [path, budget] of [
      [`/api/posts?cursor=${nextCursor}`, PAGE + FEW],
      [`/?cursor=${nextCursor}&page=2`, PAGE + CATEGORIES + FEW],
      [`/p/${posts[0]?.id}`, 1 + CATEGORIES],
      [`/api/posts/${posts[0]?.id}`, 1],
    ] as const) {
      const cost = await costOf(path);
      expect(cost.roundTrips, path).toBe(1);
      expect(cost.rowsRead, path).toBeLessThanOrEqual(budget);
    }
  });

  it.each(searches)("%s: one round trip, and rows bounded whatever the board's size", async (path, words) => {
    const cost = await costOf(path);
    expect(cost.roundTrips).toBe(1);
    expect(cost.rowsRead).toBeLessThanOrEqual(searchBudget(words, size));
  });

  it("answers a page the read cache holds without D1", async () => {
    // The first read checks the board's version (this file writes to D1 behind the app's back), and is stored.
    await costOf("/?sort=top", { D1_METER: "on", BOARD_VERSION_CHECK_MS: "0" });
    expect((await costOf("/?sort=top", { D1_METER: "on", BOARD_VERSION_CHECK_MS: "60000" })).roundTrips).toBe(0);
  });
});

describe("words that must meet, in a window wider than LISTED_SPAN", () => {
  it("are checked by FTS5 alone: no word's list is read", async () => {
    // Two thousand posts that hold both words, each written LISTED_SPAN / 500 rowids after the last: the window of
    // the newest thousand spans more than LISTED_SPAN posts.
    const last = await env.DB.prepare("SELECT coalesce(max(rowid), 0) AS at FROM posts").first<{ at: number }>();
    await env.DB.prepare(
      `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 2000)
       INSERT INTO posts (rowid, id, body, category, status, created_at, delete_token_hash, content_hash)
       SELECT ?1 + ?2 * n, printf('wide%08d', n), 'A heron and an egret at the pond, post ' || n || '.', 'lessons',
         'published', ?3 + n, lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
    )
      .bind(last?.at ?? 0, LISTED_SPAN / 500, Date.now())
      .run();
    for (const [path, words] of [
      ["/api/search?q=heron%20egret", 2],
      [`/api/search?q=${encodeURIComponent('"heron and an egret"')}`, 4],
    ] as const) {
      const cost = await costOf(path);
      expect(cost.roundTrips, path).toBe(1);
      // Read as lists, the two words' windows would be two thousand rows more, and their lookups a thousand (10,101
      // rows for the words, against 7,101).
      expect(cost.rowsRead, path).toBeLessThan(searchBudget(words) + SEARCH_WINDOW);
    }
  });
});

describe("a search whose window holds none of its category", () => {
  it("reads its window and stops there, however many older posts of the category hold the words", async () => {
    // Older posts of every category say "waitlist"; the newest SEARCH_WINDOW that do are all of one category.
    await addPosts(3_000);
    await env.DB.prepare(
      `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?1)
       INSERT INTO posts (id, body, category, status, created_at, delete_token_hash, content_hash)
       SELECT lower(hex(randomblob(6))), 'The waitlist again, note ' || n || '.', 'burnout', 'published', ?2 + n,
         lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
    )
      .bind(SEARCH_WINDOW, Date.now())
      .run();
    const res = await requestWith(UNCACHED, "/api/search?q=waitlist&category=frustration");
    expect(await res.json()).toMatchObject({ results: [], total: { count: 0, capped: false } });
    const cost = meterOf(res.headers.get("Server-Timing"));
    expect(cost?.roundTrips).toBe(1);
    expect(cost?.rowsRead).toBeLessThanOrEqual(searchBudget(1));
  });
});

describe("a search on a board grown past its reach", () => {
  it("reads nothing of the posts out of reach, whatever words, phrase or category it asks for", async () => {
    // One post written SEARCH_REACH posts after the newest here (its rowid says so): every post that holds the words
    // is out of reach, and a search that read them would read thousands of rows.
    await env.DB.prepare(
      `INSERT INTO posts (rowid, id, body, category, status, created_at, delete_token_hash, content_hash)
       SELECT max(rowid) + ?, 'later0000000', 'A much later post.', 'lessons', 'published', ?, 'h', 'c' FROM posts`,
    )
      .bind(SEARCH_REACH, Date.now())
      .run();
    for (const path of [
      "/api/search?q=waitlist",
      "/api/search?q=waitlist&category=frustration",
      `/api/search?q=${encodeURIComponent('"week of the waitlist"')}`,
      `/search?q=${encodeURIComponent('"the kettle"')}&category=burnout`,
    ]) {
      const cost = await costOf(path);
      expect(cost.roundTrips, path).toBe(1);
      // And a phrase's bookkeeping: its words read back with where each one's window starts, to find its two rarest,
      // and those two's posts in the window (here, the one post within reach).
      expect(cost.rowsRead, path).toBeLessThanOrEqual(PAGE + CATEGORIES + FEW + PHRASE_BOOKKEEPING);
    }
  });
});

describe("a page the read cache does not hold", () => {
  it("is one round trip: the board's version is read with the page, in its statement", async () => {
    await addPosts(100);
    const CACHED = { D1_METER: "on", READ_CACHE_MS: "60000" };
    // The version was just checked (this isolate knows it), and the page is not held: it must be read and stored.
    await costOf("/api/categories", { ...CACHED, BOARD_VERSION_CHECK_MS: "0" });
    for (const path of ["/c/paperwork?sort=top", "/api/posts?category=paperwork&limit=7", "/?sort=top&period=week"]) {
      const miss = await costOf(path, { ...CACHED, BOARD_VERSION_CHECK_MS: "60000" });
      expect(miss.roundTrips, path).toBe(1);
    }
    // Stored under the version it was read at, the page is then served from memory.
    const hit = await costOf("/c/paperwork?sort=top", { ...CACHED, BOARD_VERSION_CHECK_MS: "60000" });
    expect(hit.roundTrips).toBe(0);
  });
});
