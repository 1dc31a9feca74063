import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { ModerationReason } from "../moderation/pipeline";

/**
 * The database schema, the one source of row types.
 *
 * The anonymity promise shapes it: no table holds a client address, a
 * User-Agent, a cookie or any other request metadata.
 */

export const postStatuses = ["published", "pending", "hidden", "removed"] as const;
export type PostStatus = (typeof postStatuses)[number];

export const roles = [
  "psychologist",
  "counselor",
  "social-worker",
  "family-therapist",
  "psychiatrist",
  "trainee",
  "other",
] as const;
export type Role = (typeof roles)[number];

export const categories = sqliteTable("categories", {
  slug: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull(),
  /** Menu order; categories are few and listed in this order everywhere. */
  position: integer().notNull(),
  /**
   * Published posts in this category, kept by triggers (see the category
   * migration) so the menu never counts the posts table.
   */
  postCount: integer().notNull().default(0),
});

export const posts = sqliteTable(
  "posts",
  {
    /** Random, never sequential: an id must not tell how many posts came before. */
    id: text().primaryKey(),
    /** The normalized text, exactly as the moderation pipeline checked it. */
    body: text().notNull(),
    category: text()
      .notNull()
      .references(() => categories.slug),
    role: text({ enum: roles }),
    status: text({ enum: postStatuses }).notNull().default("published"),
    /** Milliseconds since the epoch; only moderators ever see it at this precision. */
    createdAt: integer().notNull(),
    resonates: integer().notNull().default(0),
    /** SHA-256 of the one-time delete token; the token itself is never stored. */
    deleteTokenHash: text().notNull(),
    /** SHA-256 of the body folded for comparison, to find duplicates of recent posts. */
    contentHash: text().notNull(),
    /** Why the moderation pipeline held the post (empty when it published it), for the moderator queue. */
    reasons: text({ mode: "json" }).$type<ModerationReason[]>().notNull().default(sql`'[]'`),
    /** Set by a moderator's removal: shown to the author on the status endpoint. */
    removedReason: text(),
    /** When a moderator removed the post; its body is purged 30 days later. */
    removedAt: integer(),
  },
  (post) => [
    check("posts_status_known", sql`${post.status} IN ('published', 'pending', 'hidden', 'removed')`),
    check("posts_resonates_not_negative", sql`${post.resonates} >= 0`),
    index("posts_feed_new").on(post.status, post.createdAt, post.id),
    index("posts_category_new").on(post.status, post.category, post.createdAt, post.id),
    index("posts_feed_top").on(post.status, post.resonates, post.createdAt, post.id),
    index("posts_category_top").on(post.status, post.category, post.resonates, post.createdAt, post.id),
    index("posts_content_hash").on(post.contentHash, post.createdAt),
  ],
);

/**
 * Day caps (posts a day per client key). The client key is a keyed hash of
 * the address under a key that changes every UTC day: it cannot be turned
 * back into an address, nor linked to the same client's key of another day.
 */
export const dayCounters = sqliteTable(
  "day_counters",
  {
    clientKey: text().notNull(),
    action: text().notNull(),
    /** The UTC day, YYYY-MM-DD. */
    day: text().notNull(),
    count: integer().notNull().default(0),
  },
  (counter) => [
    primaryKey({ columns: [counter.clientKey, counter.action, counter.day] }),
    index("day_counters_day").on(counter.day),
  ],
);

/**
 * The first answer to a POST /api/posts that carried an Idempotency-Key, so
 * a retry gets the same answer and stores nothing twice. Only hashes of the
 * key and the request are kept, and never the delete token (a replay derives
 * it again from the key).
 */
export const idempotencyRecords = sqliteTable(
  "idempotency_records",
  {
    keyHash: text().primaryKey(),
    requestHash: text().notNull(),
    postId: text().notNull(),
    status: integer().notNull(),
    /** The answer as first given, without its delete token. */
    response: text({ mode: "json" }).notNull(),
    createdAt: integer().notNull(),
  },
  (record) => [index("idempotency_records_created").on(record.createdAt)],
);

export type Category = typeof categories.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
