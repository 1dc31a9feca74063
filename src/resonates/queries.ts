import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { posts, resonances } from "../db/schema";

/**
 * Adds the reader's "resonates" to a published post, once: a repeat changes
 * nothing. The count is kept by a trigger in the same statement, so
 * concurrent readers never lose one. Returns the post's count, or null when
 * no published post has this id.
 */
export async function resonate(db: Db, postId: string, readerKey: string, now: number): Promise<number | null> {
  const published = and(eq(posts.id, postId), eq(posts.status, "published"));
  const [, counted] = await db.batch([
    db
      .insert(resonances)
      .select(
        db
          .select({
            postId: posts.id,
            readerKey: sql<string>`${readerKey}`.as("reader_key"),
            createdAt: sql<number>`${now}`.as("created_at"),
          })
          .from(posts)
          .where(published),
      )
      .onConflictDoNothing(),
    db.select({ resonates: posts.resonates }).from(posts).where(published),
  ]);
  return counted[0]?.resonates ?? null;
}
