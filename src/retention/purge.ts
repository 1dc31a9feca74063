import { and, eq, isNotNull, lt, lte, ne, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { flags, idempotencyRecords, moderatorSessions, PURGED_BODY, posts, resonances } from "../db/schema";
import { SESSION_IDLE_MS } from "../mod/sessions";
import { DAY_MS, HOUR_MS } from "../time";

/**
 * The daily purge (a Cron Trigger): what is no longer needed is deleted.
 * Day counters, idempotency records, resonances and the reader keys on
 * flags go after 48 hours (by then the keys have rotated and stop nothing);
 * a removed post's body goes 30 days after its removal (the row stays, so
 * the author's status page can still say it was removed and why), and a
 * settled flag 30 days after it was settled; a moderator session as soon as
 * it has expired.
 */

export const IDEMPOTENCY_KEPT_MS = 48 * HOUR_MS;
export const REMOVED_BODY_KEPT_MS = 30 * DAY_MS;
export const READER_KEYS_KEPT_MS = 48 * HOUR_MS;
export const SETTLED_FLAGS_KEPT_MS = 30 * DAY_MS;

export type Purged = {
  idempotencyRecords: number;
  removedBodies: number;
  resonances: number;
  flagReaderKeys: number;
  settledFlags: number;
  expiredSessions: number;
};

export async function purge(db: Db, now: number): Promise<Purged> {
  // Day counters and the day's key are in KV, where they expire by themselves (limits/client-key.ts).
  const [records, bodies, resonated, readerKeys, settled, sessions] = await db.batch([
    db.delete(idempotencyRecords).where(lt(idempotencyRecords.createdAt, now - IDEMPOTENCY_KEPT_MS)),
    db
      .update(posts)
      .set({ body: PURGED_BODY })
      .where(
        and(
          eq(posts.status, "removed"),
          isNotNull(posts.removedAt),
          lt(posts.removedAt, now - REMOVED_BODY_KEPT_MS),
          ne(posts.body, PURGED_BODY),
        ),
      ),
    db.delete(resonances).where(lt(resonances.createdAt, now - READER_KEYS_KEPT_MS)),
    db
      .update(flags)
      .set({ readerKey: null })
      .where(and(isNotNull(flags.readerKey), lt(flags.createdAt, now - READER_KEYS_KEPT_MS))),
    db.delete(flags).where(lt(flags.resolvedAt, now - SETTLED_FLAGS_KEPT_MS)),
    db
      .delete(moderatorSessions)
      .where(or(lte(moderatorSessions.expiresAt, now), lte(moderatorSessions.lastSeenAt, now - SESSION_IDLE_MS))),
  ]);
  return {
    idempotencyRecords: records.meta.changes,
    removedBodies: bodies.meta.changes,
    resonances: resonated.meta.changes,
    flagReaderKeys: readerKeys.meta.changes,
    settledFlags: settled.meta.changes,
    expiredSessions: sessions.meta.changes,
  };
}
