import { sql } from "drizzle-orm";
import type { Db } from "../db/client";

/**
 * The search index's daily upkeep (the Cron Trigger, beside the retention purge). FTS5 writes each batch of new posts
 * as a segment of its own and merges them only a few at a time, and a search looks each of its words up in every
 * segment: a combined search finds each post of its page again for its snippet, a lookup per word per segment. On the
 * bench's board of a million posts (nine segments), merged into one, a page of 21 posts' snippets of three words cost
 * 0.5 ms instead of 8 to 11.
 *
 * FTS5's 'merge' with a negative count levels every segment, then merges about that many pages: a statement of a few
 * hundred milliseconds at a million posts, well within D1's limit for one. Steps follow, each followed by a count of
 * the segments left, until one is left, at most MAX_STEPS a day; what is left waits for the next day. A day's new
 * segments are merged with the whole index, so each day rewrites it (about 37,000 pages at a million posts, which took
 * 16 steps on the bench's board): rows written that D1 bills, for lookups that cost a tenth. An index of more than 40
 * such steps (some 90,000 pages, two million posts or so) would need more than a day gives, or a merge of the new
 * segments alone.
 */
export const MERGE_PAGES = 2000;
export const MAX_STEPS = 40;

/** How many merge steps ran, and how many segments the index was left in. */
export type Tidied = { steps: number; segments: number };

export async function tidySearchIndex(db: Db, maxSteps = MAX_STEPS): Promise<Tidied> {
  let segments = await segmentCount(db);
  let steps = 0;
  while (segments > 1 && steps < maxSteps) {
    await db.run(MERGE_STEP);
    segments = await segmentCount(db);
    steps++;
  }
  return { steps, segments };
}

// The count written into the statement, not bound: D1 binds a number as a real, and FTS5 takes its settings' values
// as integers only (a bound 'automerge' is refused).
const MERGE_STEP = sql.raw(`INSERT INTO posts_fts (posts_fts, rank) VALUES ('merge', ${-MERGE_PAGES})`);

// One row of the index's directory per page of each segment that starts a new term: a few thousand at a million posts.
const SEGMENTS = sql`SELECT count(DISTINCT segid) AS n FROM posts_fts_idx`;

async function segmentCount(db: Db): Promise<number> {
  return (await db.get<{ n: number }>(SEGMENTS))?.n ?? 0;
}
