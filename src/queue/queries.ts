import { and, asc, count, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type FlagReason, flags, type Post, posts } from "../db/schema";

export type QueuePosition = { rank: number; createdAt: number; id: string };

// Must match the partial index posts_queue for SQLite to use it.
const inQueue = sql`${posts.status} IN ('pending', 'hidden')`;

/** Held and hidden posts, most severe first, older first within a rank; keyset-paged. */
export async function listQueue(db: Db, after: QueuePosition | undefined, limit: number) {
  const rows = await db
    .select()
    .from(posts)
    .where(
      and(
        inQueue,
        after &&
          sql`(${posts.queueRank}, ${posts.createdAt}, ${posts.id}) > (${after.rank}, ${after.createdAt}, ${after.id})`,
      ),
    )
    .orderBy(asc(posts.queueRank), asc(posts.createdAt), asc(posts.id))
    .limit(limit + 1);
  const page: Post[] = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    posts: page,
    next: rows.length > limit && last ? { rank: last.queueRank, createdAt: last.createdAt, id: last.id } : null,
  };
}

export type OpenFlags = { total: number; byReason: Partial<Record<FlagReason, number>>; notes: string[] };

/** Each post's open flags: how many, by reason, and the readers' notes. */
export async function openFlagsOf(db: Db, postIds: string[]): Promise<Map<string, OpenFlags>> {
  const summary = new Map<string, OpenFlags>(postIds.map((id) => [id, { total: 0, byReason: {}, notes: [] }]));
  if (postIds.length === 0) return summary;
  const open = and(inArray(flags.postId, postIds), isNull(flags.resolution));
  const [counts, notes] = await db.batch([
    db
      .select({ postId: flags.postId, reason: flags.reason, count: count() })
      .from(flags)
      .where(open)
      .groupBy(flags.postId, flags.reason),
    db
      .select({ postId: flags.postId, note: flags.note })
      .from(flags)
      .where(and(open, sql`${flags.note} IS NOT NULL AND ${flags.note} <> ''`))
      .orderBy(asc(flags.createdAt)),
  ]);
  for (const row of counts) {
    const entry = row.postId ? summary.get(row.postId) : undefined;
    if (!entry) continue;
    entry.byReason[row.reason] = row.count;
    entry.total += row.count;
  }
  for (const row of notes) if (row.postId && row.note) summary.get(row.postId)?.notes.push(row.note);
  return summary;
}
