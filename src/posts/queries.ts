import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { allRows, builtOnce } from "../db/prepared";
import { idempotencyRecords, type NewPost, type Post, posts } from "../db/schema";
import { resolveFlags } from "../flags/queries";

/** The columns anyone may see; never the token or content hashes. */
export const publicColumns = {
  id: posts.id,
  body: posts.body,
  category: posts.category,
  role: posts.role,
  status: posts.status,
  resonates: posts.resonates,
  createdAt: posts.createdAt,
};

export type PublicPost = Pick<Post, keyof typeof publicColumns>;

export async function insertPost(db: Db, post: NewPost): Promise<Post> {
  const [row] = await db.insert(posts).values(post).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export function findPost(db: Db, id: string): Promise<Post | undefined> {
  return db.select().from(posts).where(eq(posts.id, id)).limit(1).get();
}

export async function findPublishedPost(db: Db, id: string): Promise<PublicPost | undefined> {
  const [row] = await allRows(db, publishedPost(), { id });
  return row;
}

// The post page's query, built once (src/db/prepared.ts).
const publishedPost = builtOnce((db) =>
  db
    .select(publicColumns)
    .from(posts)
    .where(and(eq(posts.id, sql.placeholder("id")), eq(posts.status, "published")))
    .prepare(),
);

/** Deletes a post for good, with the idempotency record that kept its first answer; its open flags are settled as
 * removed, so their receipts say so. */
export async function deletePost(db: Db, id: string, now: number): Promise<void> {
  await db.batch(deletePostStatements(db, id, now));
}

/** `deletePost` as statements, for a batch that does more (replacing a held post). */
export function deletePostStatements(db: Db, id: string, now: number) {
  return [
    resolveFlags(db, id, "removed", now),
    db.delete(idempotencyRecords).where(eq(idempotencyRecords.postId, id)),
    db.delete(posts).where(eq(posts.id, id)),
  ] as const;
}

/**
 * Whether a published post with this content hash was stored since `since` (ms). Only published ones: a refusal
 * that said "duplicate" of a held, hidden or removed post would tell anyone who guessed its words that it exists.
 */
export async function hasRecentDuplicate(db: Db, contentHash: string, since: number): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.contentHash, contentHash), gte(posts.createdAt, since), eq(posts.status, "published")))
    .limit(1);
  return row !== undefined;
}
