import { and, asc, desc, eq, gte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { allRows, builtOncePer } from "../db/prepared";
import { posts } from "../db/schema";
import { type PublicPost, publicColumns } from "../posts/queries";
import { DAY_MS } from "../time";
import { type FeedPosition, type FeedSort, HOUR_MS, positionOf } from "./cursor";

export type FeedRequest = {
  sort: FeedSort;
  category?: string;
  /** Only posts written since then (most resonated this week or month). */
  since?: number | undefined;
  after?: FeedPosition;
  /** Going back: the posts just newer than this one (a page's "newer" link). */
  before?: FeedPosition | undefined;
  limit: number;
};

/** `next`: where the older posts continue; `previous`: where the newer ones do, when there are any. */
export type FeedPage = { posts: PublicPost[]; next: FeedPosition | null; previous: FeedPosition | null };

/**
 * One page of published posts by keyset: every page is one index range scan,
 * however deep, and posts published while a reader pages never cause a
 * duplicate or a gap.
 */
export async function listPublished(db: Db, request: FeedRequest): Promise<FeedPage> {
  const rows = await (request.sort === "top" && request.since !== undefined
    ? topOfEachDay(db, request, request.since)
    : rowsOf(db, request));
  const { sort, limit, after, before } = request;
  const more = rows.length > limit;
  // Going back, the rows come nearest first (oldest first): the page is shown newest first, as any other.
  const page = before ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const [first, last] = [page.at(0), page.at(-1)];
  const olderFollow = before ? page.length > 0 : more;
  const newerFollow = before ? more : after !== undefined && page.length > 0;
  return {
    posts: page,
    next: olderFollow && last ? positionOf(sort, last) : null,
    previous: newerFollow && first ? positionOf(sort, first) : null,
  };
}

/**
 * The most resonated of a period: the top of each UTC day in it (an index range each, `posts_day_top`), merged in
 * one statement, which answers the page alone. Read from the top of all time and kept when recent, a quiet week of a
 * large board meant reading deep into its history; this reads (days + 1) pages of the index at most, and sorts only
 * those. Each day read apart, with the days merged here, sent every one of those rows to the worker: a month's page
 * cost 7 ms of CPU at a million posts.
 */
function topOfEachDay(db: Db, request: FeedRequest, since: number): Promise<PublicPost[]> {
  const first = Math.floor(since / DAY_MS);
  const days = Array.from({ length: Math.floor(Date.now() / DAY_MS) - first + 1 }, (_, at) => first + at);
  return rowsOf(db, request, JSON.stringify(days));
}

/** The rows of a feed page's query (of the top of each day of `days`, a JSON array of UTC days, with it). */
function rowsOf(db: Db, request: FeedRequest, days?: string): Promise<PublicPost[]> {
  const { query, values } = feedQuery(request, days);
  return allRows(db, query, values);
}

/**
 * The one query behind a feed page (one more row than the page, to know whether another follows), and its values;
 * with `days`, the same of the top of each of those UTC days.
 */
export function feedQuery(request: FeedRequest, days?: string) {
  const from = request.before ? "-before" : request.after ? "-after" : "";
  const shape: FeedShape = `${request.sort}${request.category === undefined ? "" : "-category"}${request.since === undefined ? "" : "-since"}${days === undefined ? "" : "-days"}${from}`;
  const after = request.before ?? request.after;
  return {
    query: builtFeedQuery(shape),
    values: {
      category: request.category,
      since: request.since,
      days,
      limit: request.limit + 1,
      // The last hour's last millisecond (its first, going back), should the post the cursor names be gone: a post or
      // two seen again, never a gap.
      hourEnd: after && (request.before ? after.hour * HOUR_MS : (after.hour + 1) * HOUR_MS - 1),
      id: after?.id,
      resonates: after?.sort === "top" ? after.resonates : undefined,
    },
  };
}

type FeedShape = `${FeedSort}${"" | "-category"}${"" | "-since"}${"" | "-days"}${"" | "-after" | "-before"}`;

const builtFeedQuery = builtOncePer((db, shape: FeedShape) => {
  const sort: FeedSort = shape.startsWith("top") ? "top" : "new";
  const byDay = shape.includes("-days");
  const newestFirst = order(sort, shape.includes("-before"));
  const limit = sql.placeholder("limit");
  const where = and(
    eq(posts.status, "published"),
    shape.includes("-category") ? eq(posts.category, sql.placeholder("category")) : undefined,
    shape.includes("-since") ? since(byDay) : undefined,
    // Each day of the period, as json_each reads the array of them (`days`, below).
    byDay ? eq(posts.createdDay, sql`days.value`) : undefined,
    shape.includes("-after") ? after(sort) : undefined,
    shape.includes("-before") ? before(sort) : undefined,
  );
  if (!byDay)
    return db
      .select(publicColumns)
      .from(posts)
      .where(where)
      .orderBy(...newestFirst)
      .limit(limit)
      .prepare();
  // The top of one day: within the subquery, "posts" is the day's own read of the table, not the page's.
  const topOfTheDay = db
    .select({ rowid: sql`${posts}.rowid` })
    .from(posts)
    .where(where)
    .orderBy(...newestFirst)
    .limit(limit);
  return db
    .select(publicColumns)
    .from(sql`json_each(${sql.placeholder("days")}) AS days`)
    .innerJoin(posts, sql`${posts}.rowid IN ${topOfTheDay}`)
    .orderBy(...newestFirst)
    .limit(limit)
    .prepare();
});

/**
 * Written since the period began. Within one day the "+" keeps SQLite from reading the time's index
 * (`posts_feed_new`, every post of the period) instead of the day's, which gives the day's top in order.
 */
function since(withinADay: boolean): SQL {
  const start = sql.placeholder("since");
  return withinADay ? sql`+${posts.createdAt} >= ${start}` : gte(posts.createdAt, start);
}

/** Past the post the cursor names, at the exact time read from that post: the cursor itself carries only the hour. */
function after(sort: FeedSort): SQL {
  const [hourEnd, id, resonates] = ["hourEnd", "id", "resonates"].map((name) => sql.placeholder(name));
  const createdAt = sql`coalesce((SELECT seen.created_at FROM posts AS seen WHERE seen.id = ${id}), ${hourEnd})`;
  return sort === "new"
    ? sql`(${posts.createdAt}, ${posts.id}) < (${createdAt}, ${id})`
    : sql`(${posts.resonates}, ${posts.createdAt}, ${posts.id}) < (${resonates}, ${createdAt}, ${id})`;
}

/** Before the post the cursor names: the newer posts, read nearest first. */
function before(sort: FeedSort): SQL {
  const [hourStart, id, resonates] = ["hourEnd", "id", "resonates"].map((name) => sql.placeholder(name));
  const createdAt = sql`coalesce((SELECT seen.created_at FROM posts AS seen WHERE seen.id = ${id}), ${hourStart})`;
  return sort === "new"
    ? sql`(${posts.createdAt}, ${posts.id}) > (${createdAt}, ${id})`
    : sql`(${posts.resonates}, ${posts.createdAt}, ${posts.id}) > (${resonates}, ${createdAt}, ${id})`;
}

/** The feed's order, newest (or most resonated) first; reversed to read back from a cursor. */
function order(sort: FeedSort, backwards = false): SQL[] {
  const by = (column: Parameters<typeof desc>[0]) => (backwards ? asc(column) : desc(column));
  const recency = [by(posts.createdAt), by(posts.id)];
  return sort === "new" ? recency : [by(posts.resonates), ...recency];
}
