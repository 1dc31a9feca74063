import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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

export const categories = sqliteTable(
  "categories",
  {
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
  },
  (category) => [uniqueIndex("categories_position").on(category.position)],
);

/** The body a post keeps once its text is purged (removed posts after 30 days): nothing. */
export const PURGED_BODY = "";

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
    /**
     * Milliseconds since the epoch, of the start of the hour it was posted in: a post's exact time, beside a log of
     * when someone reached the board, would tell whose it is. Within an hour, lists order posts by their random ids.
     */
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
    /** When a moderator last edited the post, and what kind of detail they took out ("a name and a place"): told to
     * the author on the status page, never the old text. */
    redactedAt: integer(),
    redactedDetails: text(),
    /**
     * How many times a moderator approved the post after readers' flags hid
     * it; each one raises the flag weight needed to hide it again.
     */
    flagClearances: integer().notNull().default(0),
    /**
     * Where a post in the moderators' queue (held, hidden, or published with
     * open reports) stands: 0 crisis, 1 identifying, 2 anything else (see queue/rank.ts).
     */
    queueRank: integer().notNull().default(2),
    /** How many of its flags are open: kept by triggers on flags (migration 0016). */
    openReports: integer().notNull().default(0),
    /**
     * Whether the post waits for a moderator: held, hidden, or published with an open report (every report is
     * reviewable). A column of its own, so the queue's partial index names one term the planner cannot split.
     */
    inQueue: integer({ mode: "boolean" })
      .notNull()
      .generatedAlwaysAs(sql`status IN ('pending', 'hidden') OR (status = 'published' AND open_reports > 0)`, {
        mode: "virtual",
      }),
    /** The UTC day of `createdAt`: "most resonated this week" reads the top of each day (src/feed/queries.ts). */
    createdDay: integer().notNull().generatedAlwaysAs(sql`created_at / 86400000`, { mode: "virtual" }),
    /** Bumped by every moderator action; an action applies only to the revision it was decided on. */
    revision: integer().notNull().default(0),
  },
  (post) => [
    check("posts_status_known", sql`${post.status} IN ('published', 'pending', 'hidden', 'removed')`),
    check("posts_resonates_not_negative", sql`${post.resonates} >= 0`),
    index("posts_feed_new").on(post.status, post.createdAt, post.id),
    index("posts_category_new").on(post.status, post.category, post.createdAt, post.id),
    index("posts_feed_top").on(post.status, post.resonates, post.createdAt, post.id),
    index("posts_category_top").on(post.status, post.category, post.resonates, post.createdAt, post.id),
    // The top of one day: a week's or a month's most resonated is the top of each of its days, merged.
    index("posts_day_top").on(post.status, post.createdDay, post.resonates, post.createdAt, post.id),
    index("posts_category_day_top").on(
      post.status,
      post.category,
      post.createdDay,
      post.resonates,
      post.createdAt,
      post.id,
    ),
    index("posts_content_hash").on(post.contentHash, post.createdAt),
    // The status page finds an author's post from the delete token alone.
    uniqueIndex("posts_delete_token").on(post.deleteTokenHash),
    // Named as its column: drizzle would write out the generated expression, which the planner splits at its OR.
    index("posts_queue").on(post.queueRank, post.createdAt, post.id).where(sql`"in_queue"`),
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
  // By post too: deleting a post deletes the answer that kept its body.
  (record) => [
    index("idempotency_records_created").on(record.createdAt),
    index("idempotency_records_post").on(record.postId),
  ],
);

/**
 * One "resonates" per reader per post per day. The reader key is scoped to
 * the post and the day (see limits/client-key.ts), so rows cannot be joined
 * across posts or days; they are purged after 48 hours, while the count
 * lives on in posts.resonates (kept by a trigger).
 */
export const resonances = sqliteTable(
  "resonances",
  {
    postId: text()
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    readerKey: text().notNull(),
    createdAt: integer().notNull(),
  },
  (resonance) => [
    primaryKey({ columns: [resonance.postId, resonance.readerKey] }),
    index("resonances_created").on(resonance.createdAt),
  ],
);

export const flagReasons = ["identifying", "harmful", "spam", "off-topic", "other"] as const;
export type FlagReason = (typeof flagReasons)[number];

/** How a moderator's action (or the author's deletion) settled a flag. */
export const flagResolutions = ["dismissed", "removed", "redacted"] as const;
export type FlagResolution = (typeof flagResolutions)[number];

/**
 * A reader's report of a post. The reader key (scoped to the post and the
 * day, blanked after 48 hours) only stops one reader from flagging a post
 * twice; the receipt, of which only a hash is kept, lets the reader ask what
 * became of the report.
 */
export const flags = sqliteTable(
  "flags",
  {
    id: text().primaryKey(),
    /** Null once the author deleted the post. */
    postId: text().references(() => posts.id, { onDelete: "set null" }),
    readerKey: text(),
    receiptHash: text().notNull(),
    reason: text({ enum: flagReasons }).notNull(),
    /** The reader's optional note, for moderators only. */
    note: text(),
    /** What the flag counts towards hiding the post, fixed when it was made. */
    weight: integer().notNull(),
    createdAt: integer().notNull(),
    /** Null while the flag is open. */
    resolution: text({ enum: flagResolutions }),
    resolvedAt: integer(),
  },
  (flag) => [
    check("flags_reason_known", sql`${flag.reason} IN ('identifying', 'harmful', 'spam', 'off-topic', 'other')`),
    check(
      "flags_resolution_known",
      sql`${flag.resolution} IS NULL OR ${flag.resolution} IN ('dismissed', 'removed', 'redacted')`,
    ),
    check("flags_weight_positive", sql`${flag.weight} > 0`),
    uniqueIndex("flags_receipt").on(flag.receiptHash),
    uniqueIndex("flags_post_reader").on(flag.postId, flag.readerKey),
    // Also lists a post's open flags oldest first without sorting (the queue).
    index("flags_post_open").on(flag.postId, flag.resolution, flag.createdAt),
    index("flags_created").on(flag.createdAt),
    index("flags_resolved").on(flag.resolvedAt),
  ],
);

export const moderatorRoles = ["moderator", "admin"] as const;
export type ModeratorRole = (typeof moderatorRoles)[number];

/** Moderator accounts. The password is kept only as a salted PBKDF2 hash (see mod/passwords.ts). */
export const moderators = sqliteTable(
  "moderators",
  {
    id: text().primaryKey(),
    /** Lower case; unique. */
    username: text().notNull(),
    role: text({ enum: moderatorRoles }).notNull(),
    passwordHash: text().notNull(),
    disabled: integer({ mode: "boolean" }).notNull().default(false),
    createdAt: integer().notNull(),
    /**
     * The TOTP secret of the second factor, encrypted with AES-GCM under the SECOND_FACTOR_KEY secret (see
     * mod/second-factor.ts); set at the password step of a first sign-in, kept once enrolled.
     */
    secondFactorSecret: text(),
    /** When the second factor was confirmed with a code; null while it is not enrolled. */
    secondFactorEnrolledAt: integer(),
    /** The last TOTP time step accepted: a code is good once, never replayed. */
    secondFactorLastStep: integer(),
    /** Wrong codes in a row, and when the last was: each one past five waits longer (see mod/second-factor.ts). */
    secondFactorFailures: integer().notNull().default(0),
    secondFactorFailedAt: integer(),
  },
  (moderator) => [
    uniqueIndex("moderators_username").on(moderator.username),
    check("moderators_role_known", sql`${moderator.role} IN ('moderator', 'admin')`),
  ],
);

/** A signed-in moderator's session: only the hash of the cookie's token is kept. */
export const moderatorSessions = sqliteTable(
  "moderator_sessions",
  {
    tokenHash: text().primaryKey(),
    moderatorId: text()
      .notNull()
      .references(() => moderators.id, { onDelete: "cascade" }),
    createdAt: integer().notNull(),
    lastSeenAt: integer().notNull(),
    /** The absolute end of the session, however active it is. */
    expiresAt: integer().notNull(),
    /** False between the password and the second factor: such a session opens only the second-factor step. */
    secondFactorPassed: integer({ mode: "boolean" }).notNull().default(false),
  },
  (session) => [
    index("moderator_sessions_moderator").on(session.moderatorId),
    index("moderator_sessions_expires").on(session.expiresAt),
    index("moderator_sessions_seen").on(session.lastSeenAt),
  ],
);

/**
 * A moderator's claim on a post in the queue, so two moderators do not work on one post at once: seen by the
 * others, ended by the claimant's action or release, and expiring by itself (see review/claims.ts).
 */
export const claims = sqliteTable("claims", {
  postId: text()
    .primaryKey()
    .references(() => posts.id, { onDelete: "cascade" }),
  moderatorId: text()
    .notNull()
    .references(() => moderators.id, { onDelete: "cascade" }),
  expiresAt: integer().notNull(),
});

export const appealDecisions = ["upheld", "granted"] as const;
export type AppealDecision = (typeof appealDecisions)[number];

/**
 * An author's appeal of a hold or a removal, made once per post with the delete token and a short note that went
 * through the moderation pipeline. The time is kept to the hour, as a post's own is shown. The moderator's decision
 * and reason reach the author's status page; who decided is in the audit log.
 */
export const appeals = sqliteTable(
  "appeals",
  {
    postId: text()
      .primaryKey()
      .references(() => posts.id, { onDelete: "cascade" }),
    note: text().notNull(),
    /** The hour the appeal was made. */
    appealedAt: integer().notNull(),
    /** Null while it waits for a moderator. */
    decision: text({ enum: appealDecisions }),
    decidedAt: integer(),
    /** The moderator's reason, for the author. */
    reason: text(),
  },
  (appeal) => [
    check("appeals_decision_known", sql`${appeal.decision} IS NULL OR ${appeal.decision} IN ('upheld', 'granted')`),
  ],
);

/** A moderator's one-use recovery codes, for when the authenticator is lost: only their hashes. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    moderatorId: text()
      .notNull()
      .references(() => moderators.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    /** Null until the code is used; a used code is kept so the count of those left is known. */
    usedAt: integer(),
  },
  (code) => [primaryKey({ columns: [code.moderatorId, code.codeHash] })],
);

export const auditActions = [
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "approve",
  "remove",
  "redact",
  "restore",
  "add-moderator",
  "disable-moderator",
  "enable-moderator",
  "change-role",
  "second-factor-enrolled",
  "recovery-code-used",
  "reset-second-factor",
  "uphold-appeal",
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * Every moderator action and sign-in, append-only (triggers in the migration
 * refuse UPDATE and DELETE). A redaction keeps a hash of the old body, never
 * the body itself.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer().notNull(),
    moderatorId: text()
      .notNull()
      .references(() => moderators.id),
    action: text({ enum: auditActions }).notNull(),
    /** The post acted on; no foreign key, so the entry outlives the post. */
    postId: text(),
    /**
     * The post's revision this action created. Unique per post, so of two
     * moderators acting on the same revision at once only one succeeds.
     */
    postRevision: integer(),
    /** The moderator account acted on, for account changes. */
    subjectId: text(),
    reason: text(),
    /** For a redaction: SHA-256 of the body it replaced. */
    oldBodyHash: text(),
  },
  (entry) => [
    index("audit_log_post").on(entry.postId, entry.id),
    // The log filtered by who acted, newest first.
    index("audit_log_moderator").on(entry.moderatorId, entry.id),
    uniqueIndex("audit_log_post_revision").on(entry.postId, entry.postRevision),
    check(
      "audit_log_action_known",
      // Built from the list above, so an action added there is known here (a CHECK changes only by a rebuild).
      sql`${entry.action} IN (${sql.raw(auditActions.map((action) => `'${action}'`).join(", "))})`,
    ),
  ],
);

export type Category = typeof categories.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
export type Flag = typeof flags.$inferSelect;
export type Moderator = typeof moderators.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * One row: a number bumped (by triggers on posts) whenever what readers see
 * changes: a post is published, leaves the board, its text changes or it
 * gets a resonate. Read pages are cached under it (src/read-cache.ts).
 */
export const boardVersion = sqliteTable(
  "board_version",
  {
    id: integer().primaryKey(),
    version: integer().notNull().default(0),
  },
  (row) => [check("board_version_one_row", sql`${row.id} = 1`)],
);
