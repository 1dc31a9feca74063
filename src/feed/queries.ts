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
 * The most resonated of a period: the top of each UTC day in it (an index range each, `posts_day_top`), read in one
 * round trip (src/db/together.ts) and merged. Read from the top of all time and kept when recent, a quiet week
 * of a large board meant reading deep into its history; this reads (days + 1) pages at most.
 */
async function topOfEachDay(db: Db, request: FeedRequest, since: number): Promise<PublicPost[]> {
  const days = Array.from(
    { length: Math.floor(Date.now() / DAY_MS) - Math.floor(since / DAY_MS) + 1 },
    (_, at) => Math.floor(since / DAY_MS) + at,
  );
  const perDay = await Promise.all(days.map((day) => rowsOf(db, request, day)));
  const order = request.before ? 1 : -1;
  return perDay
    .flat()
    .sort(
      (a, b) =>
        order * (a.resonates - b.resonates || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    )
    .slice(0, request.limit + 1);
}

/** The rows of a feed page's query (of one day's, with `day`). */
function rowsOf(db: Db, request: FeedRequest, day?: number): Promise<PublicPost[]> {
  const { query, values } = feedQuery(request, day);
  return allRows(db, query, values);
}

/**
 * The one query behind a feed page (one more row than the page, to know whether another follows), and its values;
 * with `day`, the same of that UTC day alone.
 */
export function feedQuery(request: FeedRequest, day?: number) {
  const from = request.before ? "-before" : request.after ? "-after" : "";
  const shape: FeedShape = `${request.sort}${request.category === undefined ? "" : "-category"}${request.since === undefined ? "" : "-since"}${day === undefined ? "" : "-day"}${from}`;
  const after = request.before ?? request.after;
  return {
    query: builtFeedQuery(shape),
    values: {
      category: request.category,
      since: request.since,
      day,
      limit: request.limit + 1,
      // The last hour's last millisecond (its first, going back), should the post the cursor names be gone: a post or
      // two seen again, never a gap.
      hourEnd: after && (request.before ? after.hour * HOUR_MS : (after.hour + 1) * HOUR_MS - 1),
      id: after?.id,
      resonates: after?.sort === "top" ? after.resonates : undefined,
    },
  };
}

type FeedShape = `${FeedSort}${"" | "-category"}${"" | "-since"}${"" | "-day"}${"" | "-after" | "-before"}`;

const builtFeedQuery = builtOncePer((db, shape: FeedShape) => {
  const sort: FeedSort = shape.startsWith("top") ? "top" : "new";
  return db
    .select(publicColumns)
    .from(posts)
    .where(
      and(
        eq(posts.status, "published"),
        shape.includes("-category") ? eq(posts.category, sql.placeholder("category")) : undefined,
        shape.includes("-since") ? since(shape.includes("-day")) : undefined,
        shape.includes("-day") ? eq(posts.createdDay, sql.placeholder("day")) : undefined,
        shape.includes("-after") ? after(sort) : undefined,
        shape.includes("-before") ? before(sort) : undefined,
      ),
    )
    .orderBy(...order(sort, shape.includes("-before")))
    .limit(sql.placeholder("limit"))
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
