import type { Context } from "hono";
import { appendAudit } from "../audit/queries";
import type { AppEnv } from "../env";
import { requestClientKey, spendShortLimit } from "../limits/limits";
import { sha256Hex } from "../secrets";
import { findModeratorByUsername } from "./accounts";
import { unauthorized } from "./gate";
import { UNMATCHABLE_HASH, verifyPassword } from "./passwords";
import {
  clearSessionCookie,
  deleteSession,
  insertSession,
  newSessionToken,
  SESSION_MAX_MS,
  type SignedIn,
  setSessionCookie,
} from "./sessions";

const TOO_MANY = "Too many sign-in attempts. Wait a minute and try again.";

export type Credentials = { username: string; password: string };

/**
 * Signs a moderator in, from the API or the sign-in page: every attempt is
 * counted per address and per account before any password is checked, an
 * unknown user costs one PBKDF2 like a known one, and the answer to a wrong
 * password, an unknown user and a disabled account is the same.
 */
export async function signIn(c: Context<AppEnv>, { username, password }: Credentials): Promise<SignedIn> {
  const now = Date.now();
  const name = username.trim().toLowerCase();
  const client = await requestClientKey(c, now);
  await spendShortLimit(c.env.SIGN_IN_LIMITER, `client/${client}`, TOO_MANY);
  await spendShortLimit(c.env.SIGN_IN_LIMITER, `account/${await sha256Hex(name)}`, TOO_MANY);

  const db = c.var.db;
  const moderator = await findModeratorByUsername(db, name);
  const matches = await verifyPassword(password, moderator?.passwordHash ?? UNMATCHABLE_HASH);
  if (!moderator || !matches || moderator.disabled) {
    if (moderator) await appendAudit(db, { at: now, moderatorId: moderator.id, action: "sign-in-failed" });
    throw unauthorized("The username or password is not right.");
  }
  const token = newSessionToken();
  const tokenHash = await sha256Hex(token);
  await db.batch([
    insertSession(db, tokenHash, moderator.id, now),
    appendAudit(db, { at: now, moderatorId: moderator.id, action: "sign-in" }),
  ]);
  setSessionCookie(c, token);
  return {
    tokenHash,
    moderatorId: moderator.id,
    username: moderator.username,
    role: moderator.role,
    lastSeenAt: now,
    expiresAt: now + SESSION_MAX_MS,
  };
}

/** Ends the session on the server (not only in the browser) and logs it. */
export async function signOut(c: Context<AppEnv>, session: SignedIn): Promise<void> {
  const db = c.var.db;
  await db.batch([
    deleteSession(db, session.tokenHash),
    appendAudit(db, { at: Date.now(), moderatorId: session.moderatorId, action: "sign-out" }),
  ]);
  clearSessionCookie(c);
}
