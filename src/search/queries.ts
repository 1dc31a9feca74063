import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { PublicPost } from "../posts/queries";
import type { SearchPosition } from "./cursor";

export type SearchRequest = { match: string; category?: string; after?: SearchPosition; limit: number };
export type SearchHit = { post: PublicPost; snippet: string; score: number };
export type SearchPage = { hits: SearchHit[]; next: SearchPosition | null };

/** Marks around each matched term in a snippet; normalization strips control characters from every body, so they never occur in one. */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

type Row = PublicPost & { score: number; snippet: string };

/**
 * How many of the newest matching posts are ranked. bm25 scores every match,
 * so ranking all of a common word's matches grows with the board; ranking
 * the newest thousand keeps a search's cost flat however large it grows.
 */
export const SEARCH_CANDIDATES = 1000;

/**
 * One page of published posts matching an FTS5 expression, best first
 * (bm25) among the newest SEARCH_CANDIDATES matches, ties by id,
 * keyset-paged on that pair.
 */
export async function searchPublished(db: Db, request: SearchRequest): Promise<SearchPage> {
  const inCategory = request.category === undefined ? sql`` : sql`AND p.category = ${request.category}`;
  // The rowid of the oldest candidate: FTS5 walks matches newest first without sorting.
  const oldestCandidate = sql`coalesce((
      SELECT f.rowid FROM posts_fts f JOIN posts p ON p.rowid = f.rowid
      WHERE f.posts_fts MATCH ${request.match} AND p.status = 'published' ${inCategory}
      ORDER BY f.rowid DESC LIMIT 1 OFFSET ${SEARCH_CANDIDATES - 1}), 0)`;
  const rows = await db.all<Row>(sql`
    SELECT p.id, p.body, p.category, p.role, p.status, p.resonates, p.created_at AS createdAt,
      bm25(posts_fts) AS score,
      snippet(posts_fts, 0, ${MATCH_START}, ${MATCH_END}, '…', 24) AS snippet
    FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid
    WHERE posts_fts MATCH ${request.match}
      AND posts_fts.rowid >= ${oldestCandidate}
      AND p.status = 'published'
      ${inCategory}
      ${request.after === undefined ? sql`` : sql`AND (bm25(posts_fts), p.id) > (${scoreOf(request.match, request.after)}, ${request.after.id})`}
    ORDER BY score, p.id
    LIMIT ${request.limit + 1}`);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    hits: page.map(({ score, snippet, ...post }) => ({ post, snippet, score })),
    next: rows.length > request.limit && last ? { id: last.id } : null,
  };
}

/**
 * The score of the post a cursor names, read again for the same words: the cursor carries no score. Should that
 * post have left the index since, the list starts again from the best match (posts seen again, never a gap).
 */
function scoreOf(match: string, after: SearchPosition) {
  return sql`coalesce((
      SELECT bm25(posts_fts) FROM posts_fts
      WHERE posts_fts MATCH ${match} AND posts_fts.rowid = (SELECT rowid FROM posts WHERE id = ${after.id})), -1e308)`;
}

/**
 * How many published posts match, counted to SEARCH_CANDIDATES at most (then "1,000 or more"): a count of a common
 * word's every match would grow with the board, as the ranking would.
 */
export async function countMatches(db: Db, match: string, category: string | undefined): Promise<number> {
  const inCategory = category === undefined ? sql`` : sql`AND p.category = ${category}`;
  const [row] = await db.all<{ n: number }>(sql`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM posts_fts f JOIN posts p ON p.rowid = f.rowid
      WHERE f.posts_fts MATCH ${match} AND p.status = 'published' ${inCategory}
      LIMIT ${SEARCH_CANDIDATES})`);
  return row?.n ?? 0;
}
