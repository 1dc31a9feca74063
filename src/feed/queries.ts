import { and, desc, eq, gte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { allRows, builtOncePer } from "../db/prepared";
import { posts } from "../db/schema";
import { type PublicPost, publicColumns } from "../posts/queries";
import { type FeedPosition, type FeedSort, HOUR_MS, positionOf } from "./cursor";

export type FeedRequest = {
  sort: FeedSort;
  category?: string;
  /** Only posts written since then (most resonated this week or month). */
  since?: number | undefined;
  after?: FeedPosition;
  limit: number;
};

export type FeedPage = { posts: PublicPost[]; next: FeedPosition | null };

/**
 * One page of published posts by keyset: every page is one index range scan,
 * however deep, and posts published while a reader pages never cause a
 * duplicate or a gap.
 */
export async function listPublished(db: Db, request: FeedRequest): Promise<FeedPage> {
  const { query, values } = feedQuery(request);
  const rows: PublicPost[] = await allRows(db, query, values);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return { posts: page, next: rows.length > request.limit && last ? positionOf(request.sort, last) : null };
}

/** The one query behind a feed page (one more row than the page, to know whether another follows), and its values. */
export function feedQuery(request: FeedRequest) {
  const shape: FeedShape = `${request.sort}${request.category === undefined ? "" : "-category"}${request.since === undefined ? "" : "-since"}${request.after ? "-after" : ""}`;
  const after = request.after;
  return {
    query: builtFeedQuery(shape),
    values: {
      category: request.category,
      since: request.since,
      limit: request.limit + 1,
      // The last hour's last millisecond, should the post the cursor names be gone: a post or two seen again, never
      // a gap.
      hourEnd: after && (after.hour + 1) * HOUR_MS - 1,
      id: after?.id,
      resonates: after?.sort === "top" ? after.resonates : undefined,
    },
  };
}

type FeedShape = `${FeedSort}${"" | "-category"}${"" | "-since"}${"" | "-after"}`;

const builtFeedQuery = builtOncePer((db, shape: FeedShape) => {
  const sort: FeedSort = shape.startsWith("top") ? "top" : "new";
  return db
    .select(publicColumns)
    .from(posts)
    .where(
      and(
        eq(posts.status, "published"),
        shape.includes("-category") ? eq(posts.category, sql.placeholder("category")) : undefined,
        shape.includes("-since") ? gte(posts.createdAt, sql.placeholder("since")) : undefined,
        shape.includes("-after") ? after(sort) : undefined,
      ),
    )
    .orderBy(...order(sort))
    .limit(sql.placeholder("limit"))
    .prepare();
});

/** Past the post the cursor names, at the exact time read from that post: the cursor itself carries only the hour. */
function after(sort: FeedSort): SQL {
  const [hourEnd, id, resonates] = ["hourEnd", "id", "resonates"].map((name) => sql.placeholder(name));
  const createdAt = sql`coalesce((SELECT seen.created_at FROM posts AS seen WHERE seen.id = ${id}), ${hourEnd})`;
  return sort === "new"
    ? sql`(${posts.createdAt}, ${posts.id}) < (${createdAt}, ${id})`
    : sql`(${posts.resonates}, ${posts.createdAt}, ${posts.id}) < (${resonates}, ${createdAt}, ${id})`;
}

function order(sort: FeedSort): SQL[] {
  const recency = [desc(posts.createdAt), desc(posts.id)];
  return sort === "new" ? recency : [desc(posts.resonates), ...recency];
}
