import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { dayCounters } from "../db/schema";

export type CountedAction = "post";

export async function usedToday(db: Db, clientKey: string, action: CountedAction, day: string): Promise<number> {
  const [row] = await db
    .select({ count: dayCounters.count })
    .from(dayCounters)
    .where(and(eq(dayCounters.clientKey, clientKey), eq(dayCounters.action, action), eq(dayCounters.day, day)));
  return row?.count ?? 0;
}

/** The statement that counts one more use today; batched with the write it counts. */
export function countOneMore(db: Db, clientKey: string, action: CountedAction, day: string) {
  return db
    .insert(dayCounters)
    .values({ clientKey, action, day, count: 1 })
    .onConflictDoUpdate({
      target: [dayCounters.clientKey, dayCounters.action, dayCounters.day],
      set: { count: sql`${dayCounters.count} + 1` },
    });
}
