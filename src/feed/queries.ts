import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { posts } from "../db/schema";
import { type PublicPost, publicColumns } from "../posts/queries";
import { type FeedPosition, type FeedSort, positionOf } from "./cursor";

export type FeedRequest = {
  sort: FeedSort;
  category?: string;
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
  const rows = await feedQuery(db, request);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return { posts: page, next: rows.length > request.limit && last ? positionOf(request.sort, last) : null };
}

/** The one query behind a feed page (one more row than the page, to know whether another follows). */
export function feedQuery(db: Db, request: FeedRequest) {
  return db
    .select(publicColumns)
    .from(posts)
    .where(and(eq(posts.status, "published"), categoryIs(request.category), after(request.after)))
    .orderBy(...order(request.sort))
    .limit(request.limit + 1);
}

function categoryIs(category: string | undefined): SQL | undefined {
  return category === undefined ? undefined : eq(posts.category, category);
}

function after(position: FeedPosition | undefined): SQL | undefined {
  if (!position) return undefined;
  return position.sort === "new"
    ? sql`(${posts.createdAt}, ${posts.id}) < (${position.createdAt}, ${position.id})`
    : sql`(${posts.resonates}, ${posts.createdAt}, ${posts.id}) < (${position.resonates}, ${position.createdAt}, ${position.id})`;
}

function order(sort: FeedSort): SQL[] {
  const recency = [desc(posts.createdAt), desc(posts.id)];
  return sort === "new" ? recency : [desc(posts.resonates), ...recency];
}
