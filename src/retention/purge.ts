import { and, eq, isNotNull, lt, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { dayCounters, idempotencyRecords, posts } from "../db/schema";
import { utcDay } from "../limits/client-key";
import { DAY_MS, HOUR_MS } from "../time";

/**
 * The daily purge (a Cron Trigger): what is no longer needed is deleted.
 * Day counters and idempotency records go after 48 hours; a removed post's
 * body goes 30 days after its removal (the row stays, so the author's status
 * page can still say it was removed and why).
 */

export const COUNTERS_KEPT_MS = 48 * HOUR_MS;
export const IDEMPOTENCY_KEPT_MS = 48 * HOUR_MS;
export const REMOVED_BODY_KEPT_MS = 30 * DAY_MS;
export const PURGED_BODY = "";

export type Purged = { dayCounters: number; idempotencyRecords: number; removedBodies: number };

export async function purge(db: Db, now: number): Promise<Purged> {
  const [counters, records, bodies] = await db.batch([
    // A day's counter is last written before that day ends: keep it 48 hours past then.
    db.delete(dayCounters).where(lt(dayCounters.day, utcDay(now - COUNTERS_KEPT_MS))),
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
  ]);
  return {
    dayCounters: counters.meta.changes,
    idempotencyRecords: records.meta.changes,
    removedBodies: bodies.meta.changes,
  };
}
