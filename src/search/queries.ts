import { type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { objectsTogether } from "../db/together";
import type { PublicPost } from "../posts/queries";
import type { SearchPosition } from "./cursor";
import { alternativesOf, anyWordOf, hasPhrase, isCombined, windowTerms } from "./match";

export type SearchRequest = { match: string; category?: string; after?: SearchPosition; limit: number };
export type SearchHit = { post: PublicPost; snippet: string };
/**
 * `total` (the first page only): how many posts of the window match, and whether older posts within reach may match
 * too (the window was full).
 */
export type SearchPage = { hits: SearchHit[]; next: SearchPosition | null; total?: { count: number; capped: boolean } };

/** Marks around each matched term in a snippet; normalization strips control characters from every body, so they never occur in one. */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

/**
 * How many of the newest posts holding the words a search reads at most (for words that must meet, or a phrase, the
 * newest posts of the rarest of them). A category narrows within them, and the count counts them. However large the
 * board and however common the words, a search reads this many index entries at most, so its cost is flat; a reader
 * of a board that large narrows with more words.
 */
export const SEARCH_WINDOW = 1000;

/**
 * How far back a search reaches: the newest this many posts ever written. Words that are each common but rarely
 * meet make FTS5 read every post that has them all, and with no bound that grew with the board; bounded, it costs
 * what it costs on a board of this size.
 */
export const SEARCH_REACH = 100_000;

type Row = PublicPost & { snippet: string };

/**
 * One page of published posts matching an FTS5 expression, newest first, among the newest SEARCH_WINDOW matches,
 * keyset-paged by the index's row order; with the first page, how many of the window match. Both are read in the
 * request's one round trip (src/db/together.ts).
 *
 * Newest first, not best first: bm25 counts, for every word, each post of the whole board that has it (FTS5 asks
 * for those counts before it can score a single row), so its cost grew with the board: 2 ms for a common word at a
 * million posts, before any row is read. Every result holds every word, and its snippet shows where.
 */
export async function searchPublished(db: Db, request: SearchRequest): Promise<SearchPage> {
  const counted = request.after === undefined;
  if (isCombined(request.match)) {
    // Read oldest first, a combined search's page reads every match of its window anyway, and counts them as it goes;
    // its one row with no post says whether the window was full when nothing matched.
    const rows = await rowsOf<CombinedRow>(db, combinedPageQuery(request), [...PAGE_COLUMNS, "n", "full"]);
    const hits = rows.filter((row) => row.id !== null).map(({ n, full, ...row }) => row);
    const count = rows[0]?.n ?? 0;
    return pageOf(
      hits,
      request.limit,
      counted ? { count, capped: count >= SEARCH_WINDOW || rows[0]?.full === 1 } : undefined,
    );
  }
  const [rows, count] = await Promise.all([
    rowsOf<Row>(db, pageQuery(request), PAGE_COLUMNS),
    counted ? rowsOf<{ n: number }>(db, countQuery(request), ["n"]) : undefined,
  ]);
  const n = count?.[0]?.n ?? 0;
  return pageOf(rows, request.limit, count === undefined ? undefined : { count: n, capped: n >= SEARCH_WINDOW });
}

/** A row of a combined search: a post (or none, when nothing matched), how many matched, and whether the window was full. */
type CombinedRow = Row & { n: number | null; full: number };

/** A page of `limit` hits from rows read one past it (to know whether another page follows). */
function pageOf(rows: Row[], limit: number, total: SearchPage["total"]): SearchPage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    hits: page.map(({ snippet, ...post }) => ({ post, snippet })),
    next: rows.length > limit && last ? { id: last.id } : null,
    ...(total === undefined ? {} : { total }),
  };
}

// The index holds published posts only (migration 0011): a category is the one thing read from posts to narrow.
const inCategory = (category: string | undefined) =>
  category === undefined ? sql`` : sql`AND p.category = ${category}`;

/**
 * The oldest row a search reaches (SEARCH_REACH): each post written takes a larger rowid than any there. Written
 * into the statement, not bound: with the reach a bound value, SQLite did not hand its bound to FTS5, which then read
 * every match of the whole board (5,501 rows against 1,001 for two words and a category at a million posts).
 */
const reachStart = sql.raw(`(SELECT coalesce(max(rowid), 0) - ${SEARCH_REACH} FROM posts)`);

/**
 * The oldest index row of the window: the SEARCH_WINDOW-th newest match of `match` within reach, or the reach's
 * start. One lower bound, as FTS5 seeks to one: given the reach's too, it read from the reach (or further) and
 * skipped the window's (999,009 rows read at a million posts when the window held none of a category).
 */
const windowStart = (match: string) => sql`coalesce((
  SELECT rowid FROM posts_fts WHERE posts_fts MATCH ${match} AND rowid > ${reachStart}
  ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_WINDOW - 1}), ${reachStart} + 1)`;

/** The page query's columns, in the order it selects them. */
const PAGE_COLUMNS = ["id", "body", "category", "role", "status", "resonates", "createdAt", "snippet"] as const;
const PAGE_SELECT = sql`p.id, p.body, p.category, p.role, p.status, p.resonates, p.created_at AS createdAt,
      snippet(posts_fts, 0, ${MATCH_START}, ${MATCH_END}, '…', 24) AS snippet`;

// Past the post the cursor names, in index order; should it have left the index, the list starts again (posts seen
// again, never a gap).
const pastCursor = (after: SearchPosition | undefined) =>
  after === undefined
    ? sql``
    : sql`AND posts_fts.rowid < coalesce((SELECT rowid FROM posts WHERE id = ${after.id}), 9223372036854775807)`;

function pageQuery({ match, category, after, limit }: SearchRequest): SQL {
  // CROSS JOIN keeps SQLite reading the index first: driven from posts, a category's search read the whole category.
  return sql`
    SELECT ${PAGE_SELECT}
    FROM posts_fts CROSS JOIN posts p ON p.rowid = posts_fts.rowid
    WHERE posts_fts MATCH ${match} AND posts_fts.rowid >= ${windowStart(match)} ${pastCursor(after)} ${inCategory(category)}
    ORDER BY posts_fts.rowid DESC
    LIMIT ${limit + 1}`;
}

/** The newest row a search can find (each post written takes a larger rowid than any there), and the oldest. */
const newest = sql.raw("(SELECT coalesce(max(rowid), 0) FROM posts)");
const oldest = sql.raw("(SELECT coalesce(min(rowid), 0) FROM posts)");

/**
 * How many posts a combined search's window may span for the search to read each word's posts there as a list, rather
 * than ask FTS5 for the words together: no list holds more posts than the window spans, so none reads more rows than
 * this, however its posts are spread. Twenty windows: the rarest word is in 1 post in 20 or more.
 */
export const LISTED_SPAN = 20 * SEARCH_WINDOW;

/**
 * A combined search (words that must meet, a phrase), as CTEs: its window (`start`: the newest SEARCH_WINDOW posts of
 * its rarest word, or with OR of any of its words, found as the oldest of each word's own window), then its `hits` in
 * that window.
 *
 * FTS5 checks words together post by post, and finds its first match from the board's first post (or, newest first,
 * from its newest down) before it seeks to any bound: for two common words that never meet, a walk of both their lists
 * over the whole board (10.7 ms at a million posts, 3.4 ms at 100,000). So when the window spans LISTED_SPAN posts or
 * fewer (`listed`), each word's posts in the window are read as a list instead, newest first (a list FTS5 stops reading
 * at the window's start), and met in SQL (`met`: the posts holding every word of one alternative), which costs what the
 * window holds whatever the board's size. A window that spans more is that of a rarest word in fewer than 1 post in
 * 20, whose walk costs less (for two words that never meet at a million posts, `sqlite3` on the bench's board: 0.9 ms
 * in 1 post in 50 each, 5 ms in 1 in 8). Then FTS5 checks them together from the window's start, as before. Each list
 * or check not needed reads the expression '""', which FTS5 answers at once with no row.
 */
function combinedHits(request: SearchRequest): SQL {
  return hasPhrase(request.match) ? phraseHits(request) : wordHits(request);
}

/** Words that must meet, with OR among them or not: met in SQL when listed, else checked by FTS5. */
function wordHits({ match, after }: SearchRequest): SQL {
  // Each list is a CTE, and the lists are met by lookups in one SELECT: D1 allows five SELECTs in a compound at most.
  const alternatives = alternativesOf(match).map((terms) => [...new Set(terms)]);
  const [only] = alternatives.length === 1 ? alternatives : [];
  // One alternative is met from its first word's list; several, from the list of posts holding any word.
  const driver = only?.[0] ?? anyWordOf(match);
  const terms = [...new Set([driver, ...alternatives.flat()])];
  const listOf = (term: string) => sql.raw(`w${terms.indexOf(term)}`);
  const lists = terms.map((term) => sql`${listOf(term)}(r) AS MATERIALIZED (${listed(term, after)})`);
  const holdsAll = (each: string[]) =>
    sql`(1 ${sql.join(
      each.filter((term) => term !== only?.[0]).map((term) => sql`AND r IN ${listOf(term)}`),
      sql` `,
    )})`;
  return sql`start(at, listed) AS MATERIALIZED (SELECT at, ${isListed} FROM (SELECT ${oldestStart(match)} AS at)),
    ${sql.join(lists, sql`, `)},
    met(r) AS (SELECT r FROM ${listOf(driver)} WHERE ${sql.join(alternatives.map(holdsAll), sql` OR `)}),
    hits(rowid) AS (SELECT rowid FROM (${checkedByFts5(after, sql`iif(listed, ${NOTHING}, ${match})`)})
      UNION ALL SELECT r FROM met)`;
}

/**
 * A phrase, whose words' order only FTS5 knows: FTS5 checks it from the window's start, but when listed, only if the
 * two rarest of its words (by where each one's window starts) meet in the window, and no further back than where they
 * first do. FTS5 finds a phrase's first match by walking from the board's first post to the first that holds all its
 * words: a phrase of words that never meet ('"insurance weeks waitlist"': 36 ms at a million posts) walked the whole
 * board, as words that must meet did. Listed only when the second rarest is no more than PAIRED_WITHIN times as common
 * as the rarest: a common word's list costs more than FTS5's check of words that meet at once ('"the waitlist"': 8.8
 * ms with the lists at a million posts, 3.3 without). So a phrase whose two rarest words meet but never with a third
 * still walks; meeting every close word's list was tried and cost more than it saved (14.6 ms for '"insurance weeks
 * waitlist"', 9.3 for '"the the notes"'). With OR, a phrase is checked from the window's start as before.
 */
const PAIRED_WITHIN = 4;

function phraseHits({ match, after }: SearchRequest): SQL {
  const terms = windowTerms(match);
  if (terms.length < 2 || alternativesOf(match).length > 1) {
    return sql`start(at) AS MATERIALIZED (SELECT ${oldestStart(match)}),
      hits(rowid) AS (${checkedByFts5(after, sql`${match}`)})`;
  }
  // Each word with where its window starts: VALUES, not a compound of SELECTs, which D1 limits to five.
  const starts = sql.join(
    terms.map((term) => sql`(${term}, ${windowStart(term)})`),
    sql`, `,
  );
  // How many posts a word's window spans, from its start or the board's first post.
  const spans = (start: SQL) => sql`(${newest} - max(${start}, ${oldest}))`;
  const rarest = (rank: number) => sql`(SELECT term FROM starts ORDER BY at LIMIT 1 OFFSET ${rank})`;
  return sql`starts(term, at) AS MATERIALIZED (VALUES ${starts}),
    start(at, listed) AS MATERIALIZED (SELECT at, ${isListed} AND ${spans(sql`next`)} >= ${spans(sql`at`)} / ${PAIRED_WITHIN}
      FROM (SELECT min(at) AS at, (SELECT at FROM starts ORDER BY at LIMIT 1 OFFSET 1) AS next FROM starts)),
    p0(r) AS MATERIALIZED (${listed(rarest(0), after)}),
    p1(r) AS MATERIALIZED (${listed(rarest(1), after)}),
    met(r) AS (SELECT r FROM p0 WHERE r IN p1),
    hits(rowid) AS (${checkedByFts5(
      after,
      sql`iif(listed AND NOT EXISTS (SELECT 1 FROM met), ${NOTHING}, ${match})`,
      sql`iif(listed, (SELECT coalesce(min(r), at) FROM met), at)`,
    )})`;
}

// The window spans from its start, or from the board's first post when the board is younger than its reach.
const isListed = sql`${newest} - max(at, ${oldest}) <= ${LISTED_SPAN}`;

/** A word's posts in the window, newest first, when the search is listed. */
const listed = (term: string | SQL, after: SearchPosition | undefined) => sql`SELECT rowid FROM posts_fts
  WHERE posts_fts MATCH (SELECT iif(listed, ${term}, ${NOTHING}) FROM start) AND rowid >= (SELECT at FROM start)
    ${pastCursor(after)} ORDER BY rowid DESC`;

/** What FTS5 finds of `expression` from the window's start (or `from`), oldest first. */
const checkedByFts5 = (after: SearchPosition | undefined, expression: SQL, from: SQL = sql`at`) => sql`SELECT rowid
  FROM posts_fts
  WHERE posts_fts MATCH (SELECT ${expression} FROM start) AND rowid >= (SELECT ${from} FROM start) ${pastCursor(after)}
  ORDER BY rowid ASC LIMIT ${SEARCH_WINDOW}`;

/** The oldest start of the expression's window terms' windows: the window's start. */
function oldestStart(match: string): SQL {
  const starts = windowTerms(match).map(windowStart);
  return starts.length === 1 ? (starts[0] ?? sql`0`) : sql`min(${sql.join(starts, sql`, `)})`;
}

/** An expression FTS5 reads as no term at all, and answers with no row. */
const NOTHING = '""';

/**
 * A combined search's hits in its window, oldest first (at most SEARCH_WINDOW: every hit holds the window's rarest
 * word, or with OR one of its words), in its category.
 */
function hitsOldestFirst({ category }: SearchRequest): SQL {
  const hits = sql`(SELECT rowid FROM hits ORDER BY rowid ASC LIMIT ${SEARCH_WINDOW}) AS h`;
  return category === undefined ? hits : sql`${hits} CROSS JOIN posts p ON p.rowid = h.rowid ${inCategory(category)}`;
}

/**
 * The page of a combined search, with how many matched (`n`) and whether its window was full (`full`: its rarest
 * word has older posts within reach, which may match too). The window's start is found once; the one row with no post
 * still tells `full` when nothing matched.
 */
function combinedPageQuery(request: SearchRequest): SQL {
  // The snippet is read of the page's posts only, each found again in the index by its rowid and marked where any of
  // its words are (a lookup FTS5 reads as lists).
  const page = sql`SELECT ${PAGE_SELECT}, page.n, page.rowid AS at
    FROM (SELECT h.rowid, count(*) OVER () AS n FROM ${hitsOldestFirst(request)} ORDER BY h.rowid DESC LIMIT ${request.limit + 1}) AS page
      CROSS JOIN posts_fts ON posts_fts.rowid = page.rowid CROSS JOIN posts p ON p.rowid = page.rowid
    WHERE posts_fts MATCH ${anyWordOf(request.match)}`;
  return sql`WITH ${combinedHits(request)}
    SELECT pg.id, pg.body, pg.category, pg.role, pg.status, pg.resonates, pg.createdAt, pg.snippet, pg.n,
      (SELECT at FROM start) > ${reachStart} + 1 AS full
    FROM (SELECT 1) LEFT JOIN (${page}) AS pg ON 1
    ORDER BY pg.at DESC`;
}

function countQuery({ match, category }: SearchRequest): SQL {
  const window = sql`SELECT rowid FROM posts_fts WHERE posts_fts MATCH ${match} AND rowid > ${reachStart}
    ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW}`;
  return category === undefined
    ? sql`SELECT count(*) AS n FROM (${window})`
    : sql`SELECT count(*) AS n FROM (${window}) AS w CROSS JOIN posts p ON p.rowid = w.rowid WHERE 1 ${inCategory(category)}`;
}

const dialect = new SQLiteAsyncDialect();

/** The rows of a query selecting `columns`, read in the request's round trip. */
function rowsOf<T>(db: Db, query: SQL, columns: readonly string[]): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return objectsTogether<T>(db.$client, text, params, columns);
}
