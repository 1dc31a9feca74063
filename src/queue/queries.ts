import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type FlagReason, flags, type Post, posts } from "../db/schema";
import { filterTerms, type QueueFilters } from "./filters";

/** Where the last post a moderator saw stands: its rank, the hour it was posted (never the exact time) and its id. */
export type QueuePosition = { rank: number; hour: number; id: string };

const HOUR_MS = 3_600_000;

// Held and hidden posts, and published ones with an open report: every report is reviewable.
// Must match the partial index posts_queue for SQLite to use it. likely()
// tells the planner, which has no table statistics, that the term alone
// narrows little, and every page (the first too) is a range of the queue's
// index: so SQLite reads the index in order instead of searching a status
// index and sorting.
const inQueue = sql`likely(${posts.inQueue})`;
const QUEUE_START: QueuePosition = { rank: -1, hour: -1, id: "" };

/** Held, hidden and reported posts, most severe first, older first within a rank; keyset-paged; filtered. */
export async function listQueue(
  db: Db,
  after: QueuePosition = QUEUE_START,
  limit: number,
  filters: QueueFilters = {},
  now = Date.now(),
) {
  const rows = await db
    .select()
    .from(posts)
    .where(
      and(
        inQueue,
        sql`(${posts.queueRank}, ${posts.createdAt}, ${posts.id}) > (${after.rank}, ${createdAtOf(after)}, ${after.id})`,
        filterTerms(filters, now),
      ),
    )
    .orderBy(asc(posts.queueRank), asc(posts.createdAt), asc(posts.id))
    .limit(limit + 1);
  const page: Post[] = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    posts: page,
    next:
      rows.length > limit && last
        ? { rank: last.queueRank, hour: Math.floor(last.createdAt / HOUR_MS), id: last.id }
        : null,
  };
}

/** The exact time of the post a cursor names, read from the post; its hour's start should it be gone (a post or two
 * seen again, never a gap). */
function createdAtOf(after: QueuePosition) {
  return sql`coalesce((SELECT seen.created_at FROM posts AS seen WHERE seen.id = ${after.id}), ${after.hour * HOUR_MS})`;
}

/** `since`: the hour of the oldest open report, from which a reported post has waited (null with none). */
export type OpenFlags = {
  total: number;
  byReason: Partial<Record<FlagReason, number>>;
  notes: string[];
  since: number | null;
};

/** Each post's open flags: how many, by reason, and the readers' notes. */
export async function openFlagsOf(db: Db, postIds: string[]): Promise<Map<string, OpenFlags>> {
  const summary = new Map<string, OpenFlags>(
    postIds.map((id) => [id, { total: 0, byReason: {}, notes: [], since: null }]),
  );
  if (postIds.length === 0) return summary;
  // A post stops taking flags once hidden, so its open flags are few: read them all, oldest first.
  const open = await db
    .select({ postId: flags.postId, reason: flags.reason, note: flags.note, createdAt: flags.createdAt })
    .from(flags)
    .where(and(inArray(flags.postId, postIds), isNull(flags.resolution)))
    .orderBy(asc(flags.postId), asc(flags.createdAt));
  for (const flag of open) {
    const entry = flag.postId ? summary.get(flag.postId) : undefined;
    if (!entry) continue;
    entry.byReason[flag.reason] = (entry.byReason[flag.reason] ?? 0) + 1;
    entry.total += 1;
    entry.since ??= flag.createdAt;
    if (flag.note) entry.notes.push(flag.note);
  }
  return summary;
}

/** How many posts wait in the queue, by rank (0 crisis, 1 identifying, 2 the rest): read from the queue's index. */
export async function countQueue(db: Db): Promise<Record<number, number>> {
  const rows = await db
    .select({ rank: posts.queueRank, waiting: sql<number>`count(*)` })
    .from(posts)
    .where(inQueue)
    .groupBy(posts.queueRank);
  return Object.fromEntries(rows.map((row) => [row.rank, row.waiting]));
}
