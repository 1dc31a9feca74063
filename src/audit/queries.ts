import { and, desc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { type AuditAction, auditLog, moderators } from "../db/schema";
import { DAY_MS, startOfUtcDay } from "../time";

export type NewAuditEntry = {
  at: number;
  moderatorId: string;
  action: AuditAction;
  postId?: string | null;
  postRevision?: number | null;
  subjectId?: string | null;
  reason?: string | null;
  oldBodyHash?: string | null;
};

/** The statement that appends an entry; batched with the action it records. */
export function appendAudit(db: Db, entry: NewAuditEntry) {
  return db.insert(auditLog).values(entry);
}

const actor = alias(moderators, "actor");
const subject = alias(moderators, "subject");

const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  moderator: actor.username,
  action: auditLog.action,
  postId: auditLog.postId,
  subject: subject.username,
  reason: auditLog.reason,
  oldBodyHash: auditLog.oldBodyHash,
};

export type AuditRow = {
  id: number;
  at: number;
  moderator: string;
  action: AuditAction;
  postId: string | null;
  subject: string | null;
  reason: string | null;
  oldBodyHash: string | null;
};

function entries(db: Db, where: SQL | undefined) {
  return db
    .select(entryColumns)
    .from(auditLog)
    .innerJoin(actor, eq(actor.id, auditLog.moderatorId))
    .leftJoin(subject, eq(subject.id, auditLog.subjectId))
    .where(where);
}

/** Which entries to list: by whom (a username), which action, and the days (UTC, "2026-12-01") from and to. */
export type AuditFilter = { moderator?: string; action?: AuditAction; from?: string; to?: string };

/** The log newest first, keyset-paged by id, narrowed by `filter`. */
export async function listAudit(db: Db, filter: AuditFilter, before: number | undefined, limit: number) {
  const where = and(
    before === undefined ? undefined : lt(auditLog.id, before),
    filter.moderator === undefined ? undefined : eq(actor.username, filter.moderator),
    filter.action === undefined ? undefined : eq(auditLog.action, filter.action),
    filter.from === undefined ? undefined : gte(auditLog.at, startOfUtcDay(filter.from)),
    filter.to === undefined ? undefined : lt(auditLog.at, startOfUtcDay(filter.to) + DAY_MS),
  );
  const rows = await entries(db, where)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page: AuditRow[] = rows.slice(0, limit);
  return { entries: page, next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/** Each post's history, oldest first. */
export async function historyOf(db: Db, postIds: string[]): Promise<Map<string, AuditRow[]>> {
  const history = new Map<string, AuditRow[]>(postIds.map((id) => [id, []]));
  if (postIds.length === 0) return history;
  // By post first, so the index (post_id, id) gives the order without a sort.
  const rows = await entries(db, inArray(auditLog.postId, postIds)).orderBy(auditLog.postId, auditLog.id);
  for (const row of rows) if (row.postId) history.get(row.postId)?.push(row);
  return history;
}
