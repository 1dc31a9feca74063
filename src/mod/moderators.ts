import { appendAudit } from "../audit/queries";
import type { Db } from "../db/client";
import type { ModeratorRole } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { newId } from "../secrets";
import {
  findModerator,
  insertModerator,
  type PublicModerator,
  resetSecondFactor,
  setDisabled,
  setRole,
} from "./accounts";
import { generatePassword, hashPassword } from "./passwords";

/**
 * What an admin does to moderator accounts, from the API or the admin screen: add one (with a password shown once
 * when none is chosen), disable or enable it, change its role. Each change is one batch with its audit entry. An
 * admin cannot disable or demote their own account, so no admin can lock the board out of its last admin by a
 * slip: another admin has to do it. Nor reset their own second factor: a stolen admin session could otherwise
 * swap the authenticator for the thief's.
 */

export type NewAccount = { username: string; role: ModeratorRole; password?: string | undefined };
export type AccountChange = {
  disabled?: boolean | undefined;
  role?: ModeratorRole | undefined;
  /** Take away the second factor, for a moderator who lost both the authenticator and the recovery codes. */
  resetSecondFactor?: true | undefined;
};

export async function addModerator(
  db: Db,
  adminId: string,
  { username, role, password }: NewAccount,
  now: number,
): Promise<{ moderator: PublicModerator; generatedPassword?: string }> {
  const chosen = password ?? generatePassword();
  const id = newId();
  const [inserted] = await db.batch([
    insertModerator(db, { id, username, role, passwordHash: await hashPassword(chosen), createdAt: now }),
    appendAudit(db, { at: now, moderatorId: adminId, action: "add-moderator", subjectId: id }),
  ]);
  if (inserted.meta.changes === 0) throw new ApiError(409, "conflict", "This username is taken.");
  const moderator = { id, username, role, disabled: false, createdAt: now, secondFactor: false };
  return password ? { moderator } : { moderator, generatedPassword: chosen };
}

export async function changeModerator(
  db: Db,
  adminId: string,
  id: string,
  change: AccountChange,
  now: number,
): Promise<PublicModerator> {
  const moderator = await findModerator(db, id);
  if (!moderator) throw notFound("There is no moderator with this id.");
  const ownChange =
    change.disabled === true || (change.role && change.role !== moderator.role) || change.resetSecondFactor;
  if (id === adminId && ownChange) {
    throw new ApiError(
      409,
      "conflict",
      "You cannot disable your own account, change its role or reset its second factor; ask another admin.",
    );
  }
  const disabled = change.disabled ?? moderator.disabled;
  const role = change.role ?? moderator.role;
  const entry = { at: now, moderatorId: adminId, subjectId: id };
  const statements = [
    ...(disabled !== moderator.disabled
      ? [
          appendAudit(db, { ...entry, action: disabled ? "disable-moderator" : "enable-moderator" }),
          ...setDisabled(db, id, disabled),
        ]
      : []),
    ...(role !== moderator.role
      ? [
          appendAudit(db, { ...entry, action: "change-role", reason: `${moderator.role} to ${role}` }),
          ...setRole(db, id, role),
        ]
      : []),
    ...(change.resetSecondFactor
      ? [appendAudit(db, { ...entry, action: "reset-second-factor" }), ...resetSecondFactor(db, id)]
      : []),
  ];
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  return { ...moderator, disabled, role, secondFactor: moderator.secondFactor && !change.resetSecondFactor };
}
