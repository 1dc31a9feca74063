import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { posts, resonances } from "../db/schema";

/**
 * Adds the reader's "resonates" to a published post, once: a repeat changes
 * nothing. The count is kept by a trigger in the same statement, so
 * concurrent readers never lose one. Returns the post's count and whether
 * this reader's was added now (false for a repeat), or null when no
 * published post has this id.
 */
export async function resonate(
  db: Db,
  postId: string,
  readerKey: string,
  now: number,
): Promise<{ resonates: number; added: boolean } | null> {
  const published = and(eq(posts.id, postId), eq(posts.status, "published"));
  const [inserted, counted] = await db.batch([
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
  const row = counted[0];
  return row ? { resonates: row.resonates, added: inserted.meta.changes > 0 } : null;
}
