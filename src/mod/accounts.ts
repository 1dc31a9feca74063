import { and, asc, eq, isNotNull, max } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  auditLog,
  type Moderator,
  type ModeratorRole,
  moderatorSessions,
  moderators,
  recoveryCodes,
} from "../db/schema";

export type PublicModerator = Pick<Moderator, "id" | "username" | "role" | "disabled" | "createdAt"> & {
  /** Whether a second factor is enrolled: never the secret itself. */
  secondFactor: boolean;
};

const publicColumns = {
  id: moderators.id,
  username: moderators.username,
  role: moderators.role,
  disabled: moderators.disabled,
  createdAt: moderators.createdAt,
  secondFactor: isNotNull(moderators.secondFactorEnrolledAt).mapWith(Boolean),
};

export function findModeratorByUsername(db: Db, username: string): Promise<Moderator | undefined> {
  return db.select().from(moderators).where(eq(moderators.username, username)).limit(1).get();
}

export async function findModerator(db: Db, id: string): Promise<PublicModerator | undefined> {
  const [row] = await db.select(publicColumns).from(moderators).where(eq(moderators.id, id));
  return row;
}

/** An account as an admin sees it: with when it last signed in (null if never), from the audit log. */
export type ModeratorActivity = PublicModerator & { lastSignInAt: number | null };

export function listModerators(db: Db): Promise<ModeratorActivity[]> {
  return db
    .select({ ...publicColumns, lastSignInAt: max(auditLog.at) })
    .from(moderators)
    .leftJoin(auditLog, and(eq(auditLog.moderatorId, moderators.id), eq(auditLog.action, "sign-in")))
    .groupBy(moderators.id)
    .orderBy(asc(moderators.username));
}

export type NewModerator = {
  id: string;
  username: string;
  role: ModeratorRole;
  passwordHash: string;
  createdAt: number;
};

export function insertModerator(db: Db, moderator: NewModerator) {
  return db.insert(moderators).values(moderator).onConflictDoNothing();
}

/** The statements that disable or enable an account; disabling also ends its sessions. */
export function setDisabled(db: Db, id: string, disabled: boolean) {
  const update = db.update(moderators).set({ disabled }).where(eq(moderators.id, id));
  return disabled ? [update, db.delete(moderatorSessions).where(eq(moderatorSessions.moderatorId, id))] : [update];
}

/** The statements that change an account's role; a role change takes effect on the account's next request. */
export function setRole(db: Db, id: string, role: ModeratorRole) {
  return [db.update(moderators).set({ role }).where(eq(moderators.id, id))];
}

/**
 * The statements that take away an account's second factor: its secret, its recovery codes and its sessions. At
 * its next sign-in the moderator enrols a new authenticator, as at the first.
 */
export function resetSecondFactor(db: Db, id: string) {
  return [
    db
      .update(moderators)
      .set({
        secondFactorSecret: null,
        secondFactorEnrolledAt: null,
        secondFactorLastStep: null,
        secondFactorFailures: 0,
        secondFactorFailedAt: null,
      })
      .where(eq(moderators.id, id)),
    db.delete(recoveryCodes).where(eq(recoveryCodes.moderatorId, id)),
    db.delete(moderatorSessions).where(eq(moderatorSessions.moderatorId, id)),
  ];
}
