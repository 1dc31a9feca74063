import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { type AppealDecision, appeals, type Post, posts } from "../db/schema";

export type Appeal = typeof appeals.$inferSelect;

export function findAppeal(db: Db, postId: string): Promise<Appeal | undefined> {
  return db.select().from(appeals).where(eq(appeals.postId, postId)).get();
}

/** Each post's appeal, by post. */
export async function appealsOf(db: Db, postIds: string[]): Promise<Map<string, Appeal>> {
  if (postIds.length === 0) return new Map();
  const rows = await db.select().from(appeals).where(inArray(appeals.postId, postIds));
  return new Map(rows.map((row) => [row.postId, row]));
}

/** The statement that files an appeal; it changes nothing when the post was appealed before (one each). */
export function insertAppeal(db: Db, appeal: Pick<Appeal, "postId" | "note" | "appealedAt">) {
  return db.insert(appeals).values(appeal).onConflictDoNothing();
}

/** The statement that decides a post's open appeal, if it has one. */
export function decideAppeal(db: Db, postId: string, decision: AppealDecision, reason: string | null, now: number) {
  return db
    .update(appeals)
    .set({ decision, reason, decidedAt: now })
    .where(and(eq(appeals.postId, postId), isNull(appeals.decision)));
}

/** Appeals of removals are few: one list, no pages. */
export const APPEALS_SHOWN = 50;

/** Removed posts whose authors appealed and wait: the queue lists them apart, as a removed post is not in the queue. */
export function appealedRemovals(db: Db, limit: number): Promise<Post[]> {
  return db
    .select({ post: posts })
    .from(appeals)
    .innerJoin(posts, eq(posts.id, appeals.postId))
    .where(and(isNull(appeals.decision), eq(posts.status, "removed")))
    .orderBy(asc(appeals.appealedAt), asc(posts.id))
    .limit(limit)
    .then((rows) => rows.map((row) => row.post));
}
