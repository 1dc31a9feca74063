import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { type Moderator, type ModeratorRole, moderatorSessions, moderators } from "../db/schema";

export type PublicModerator = Pick<Moderator, "id" | "username" | "role" | "disabled" | "createdAt">;

const publicColumns = {
  id: moderators.id,
  username: moderators.username,
  role: moderators.role,
  disabled: moderators.disabled,
  createdAt: moderators.createdAt,
};

export function findModeratorByUsername(db: Db, username: string): Promise<Moderator | undefined> {
  return db.select().from(moderators).where(eq(moderators.username, username)).limit(1).get();
}

export async function findModerator(db: Db, id: string): Promise<PublicModerator | undefined> {
  const [row] = await db.select(publicColumns).from(moderators).where(eq(moderators.id, id));
  return row;
}

export function listModerators(db: Db): Promise<PublicModerator[]> {
  return db.select(publicColumns).from(moderators).orderBy(asc(moderators.username));
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
