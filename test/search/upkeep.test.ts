import { createScheduledController, env } from "cloudflare:test";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import worker from "../../src/index";
import { tidySearchIndex } from "../../src/search/upkeep";
import { db, request } from "../support/app";

const segments = async () =>
  (await env.DB.prepare("SELECT count(DISTINCT segid) AS n FROM posts_fts_idx").first<{ n: number }>())?.n ?? 0;

/**
 * FTS5's automerge setting: 0 leaves each batch of new posts a segment of its own, as a busy day's posts may be, whatever
 * segments the files before this one left (they share its D1); 4 is FTS5's default.
 */
const automerge = (segments: 0 | 4) =>
  env.DB.prepare(`INSERT INTO posts_fts (posts_fts, rank) VALUES ('automerge', ${segments})`).run();

/**
 * Six batches of published posts, each written in its own statement: with automerge off, six segments at least. The
 * index is first made one segment, whatever the files before this one left: FTS5 merges a level of 16 segments
 * whatever automerge says ("crisismerge"), so six more on top of ten left behind came out as one.
 */
let batches = 0;
async function postInBatches() {
  await env.DB.prepare("INSERT INTO posts_fts (posts_fts) VALUES ('optimize')").run();
  for (let batch = batches; batch < batches + 6; batch++) {
    await env.DB.prepare(
      `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
       INSERT INTO posts (id, body, category, status, created_at, delete_token_hash, content_hash)
       SELECT printf('up%d%07d', ?1, n),
         'A heron at the pond, batch ' || ?1 || ', post ' || n || CASE WHEN n % 50 = 0 THEN ', and an egret' ELSE '' END || '.',
         'lessons', 'published', ?1 * 1000 + n, lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
    )
      .bind(batch)
      .run();
  }
  batches += 6;
}

const found = async (words: string) =>
  (await request(`/api/search?q=${encodeURIComponent(words)}&limit=50`)).json<{
    results: { post: { id: string } }[];
    total: unknown;
  }>();

describe("the search index's upkeep", () => {
  beforeAll(() => automerge(0));
  afterAll(() => automerge(4));
  beforeEach(postInBatches);

  it("merges the index's segments into one, finding the same posts, then has nothing to do", async () => {
    expect(await segments()).toBeGreaterThan(1);
    const before = await Promise.all(["heron", "heron egret", '"an egret"'].map(found));
    const tidied = await tidySearchIndex(db());
    expect(tidied).toEqual({ steps: expect.any(Number), segments: 1 });
    expect(tidied.steps).toBeGreaterThan(0);
    expect(await segments()).toBe(1);
    await env.DB.prepare("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')").run();
    expect(await Promise.all(["heron", "heron egret", '"an egret"'].map(found))).toEqual(before);
    expect(await tidySearchIndex(db())).toEqual({ steps: 0, segments: 1 });
  });

  it("takes no more steps than it is given, and leaves the rest for the next day", async () => {
    const left = await segments();
    expect(left).toBeGreaterThan(1);
    expect(await tidySearchIndex(db(), 0)).toEqual({ steps: 0, segments: left });
  });

  it("runs with the daily Cron Trigger", async () => {
    expect(await segments()).toBeGreaterThan(1);
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "17 3 * * *" }), env);
    expect(await segments()).toBe(1);
  });
});
