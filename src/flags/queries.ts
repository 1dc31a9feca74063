import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type FlagReason, type FlagResolution, flags, posts } from "../db/schema";
import { QUEUE_RANK } from "../queue/rank";
import { startOfHour } from "../time";
import type { FlagView } from "./schemas";
import { type FlagWeights, weightOf } from "./weights";

/** A reader's flag as it is filed: the row's columns but its weight (from the reason) and its settling (none yet). */
export type NewFlag = Required<Omit<typeof flags.$inferInsert, "weight" | "resolution" | "resolvedAt">> & {
  postId: string;
  readerKey: string;
};

const flagView = {
  reason: flags.reason,
  resolution: flags.resolution,
  createdAt: flags.createdAt,
  resolvedAt: flags.resolvedAt,
  postId: posts.id,
  postStatus: posts.status,
};

/**
 * Files a reader's flag on a published post, which puts the post in the
 * moderators' queue (an identifying report ahead of others), and hides the post when the
 * open flags of distinct readers reach the weight needed, in one batch. A
 * reader's second flag on the post changes nothing. Returns the reader's
 * flag (new or earlier), or undefined when no published post has this id
 * and the reader never flagged it.
 */
export async function fileFlag(
  db: Db,
  flag: NewFlag,
  weights: FlagWeights,
): Promise<(FlagView & { receiptHash: string }) | undefined> {
  const openWeight = sql`(SELECT coalesce(sum(${flags.weight}), 0) FROM ${flags} WHERE ${flags.postId} = ${posts.id} AND ${flags.resolution} IS NULL)`;
  const [, , , found] = await db.batch([
    db
      .insert(flags)
      .select(
        db
          .select({
            id: sql<string>`${flag.id}`.as("id"),
            postId: posts.id,
            readerKey: sql<string>`${flag.readerKey}`.as("reader_key"),
            receiptHash: sql<string>`${flag.receiptHash}`.as("receipt_hash"),
            reason: sql<FlagReason>`${flag.reason}`.as("reason"),
            note: sql<string | null>`${flag.note}`.as("note"),
            weight: sql<number>`${weightOf(flag.reason, weights)}`.as("weight"),
            createdAt: sql<number>`${flag.createdAt}`.as("created_at"),
            resolution: sql<null>`NULL`.as("resolution"),
            resolvedAt: sql<null>`NULL`.as("resolved_at"),
          })
          .from(posts)
          .where(and(eq(posts.id, flag.postId), eq(posts.status, "published"))),
      )
      .onConflictDoNothing(),
    // Its place in the queue (the flag's trigger counted the report): an identifying report goes ahead of others.
    // Only the rank is set, so the board's version, and every cached page, stays as it is.
    db
      .update(posts)
      .set({
        queueRank: sql`min(${posts.queueRank}, CASE WHEN EXISTS (SELECT 1 FROM ${flags} WHERE ${flags.postId} = ${posts.id} AND ${flags.resolution} IS NULL AND ${flags.reason} = 'identifying') THEN ${QUEUE_RANK.identifying} ELSE ${QUEUE_RANK.other} END)`,
      })
      .where(and(eq(posts.id, flag.postId), eq(posts.status, "published"))),
    db
      .update(posts)
      .set({ status: "hidden" })
      .where(
        and(
          eq(posts.id, flag.postId),
          eq(posts.status, "published"),
          // Each approval after flags hid the post raises the weight needed to hide it again by as much
          // (test/flags/routes.test.ts, "needs more weight to hide again…").
          sql`${openWeight} >= ${weights.toHide} * (1 + ${posts.flagClearances})`,
        ),
      ),
    db
      .select({ ...flagView, receiptHash: flags.receiptHash })
      .from(flags)
      .leftJoin(posts, eq(posts.id, flags.postId))
      .where(and(eq(flags.postId, flag.postId), eq(flags.readerKey, flag.readerKey))),
  ]);
  return found[0];
}

export async function findFlag(db: Db, receiptHash: string): Promise<FlagView | undefined> {
  const [flag] = await db
    .select(flagView)
    .from(flags)
    .leftJoin(posts, eq(posts.id, flags.postId))
    .where(eq(flags.receiptHash, receiptHash));
  return flag;
}

/** The statement that settles a post's open flags; batched with the action that settles them. */
export function resolveFlags(db: Db, postId: string, resolution: FlagResolution, now: number) {
  return (
    db
      .update(flags)
      // To the hour: when an author deletes a post, the flags' time is the delete's, and a log of that request would
      // otherwise name them.
      .set({ resolution, resolvedAt: startOfHour(now) })
      .where(and(eq(flags.postId, postId), isNull(flags.resolution)))
  );
}
