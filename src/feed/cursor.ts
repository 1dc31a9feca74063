import { badCursor, decodeKey, encodeKey, isCount, isId } from "../cursor";
import { DAY_MS } from "../time";

/**
 * Keyset cursors for the feed: where the last post a reader saw stands. A cursor carries that post's random id and
 * the hour it was posted, never its exact time: paging one post at a time must not give every post's time to the
 * millisecond (the board promises the hour). The query reads the exact time from the post itself (feed/queries.ts).
 */

export const feedSorts = ["new", "top"] as const;
export type FeedSort = (typeof feedSorts)[number];

/** How far back "most resonated" looks: the last seven days, the last thirty, or all time. */
export const feedPeriods = ["all", "month", "week"] as const;
export type FeedPeriod = (typeof feedPeriods)[number];
export const PERIOD_MS: Record<Exclude<FeedPeriod, "all">, number> = { week: 7 * DAY_MS, month: 30 * DAY_MS };

/** The earliest time a post may have to count in the period, or undefined for all time. */
export function sinceOf(period: FeedPeriod, now: number): number | undefined {
  // To the hour, so every request of an hour asks the same thing (and the read cache can answer it).
  return period === "all" ? undefined : Math.floor((now - PERIOD_MS[period]) / HOUR_MS) * HOUR_MS;
}

export type FeedPosition =
  | { sort: "new"; hour: number; id: string }
  | { sort: "top"; resonates: number; hour: number; id: string };

type SortKey = { resonates: number; createdAt: number; id: string };

export const HOUR_MS = 3_600_000;

export function positionOf(sort: FeedSort, post: SortKey): FeedPosition {
  const hour = Math.floor(post.createdAt / HOUR_MS);
  return sort === "new" ? { sort, hour, id: post.id } : { sort, resonates: post.resonates, hour, id: post.id };
}

export function encodeCursor(position: FeedPosition): string {
  return encodeKey(
    position.sort === "new" ? ["n", position.hour, position.id] : ["t", position.resonates, position.hour, position.id],
  );
}

export function decodeCursor(cursor: string, sort: FeedSort): FeedPosition {
  const key = decodeKey(cursor);
  if (sort === "new" && key.length === 3 && key[0] === "n" && isCount(key[1]) && isId(key[2])) {
    return { sort, hour: key[1], id: key[2] };
  }
  if (sort === "top" && key.length === 4 && key[0] === "t" && isCount(key[1]) && isCount(key[2]) && isId(key[3])) {
    return { sort, resonates: key[1], hour: key[2], id: key[3] };
  }
  throw badCursor();
}
