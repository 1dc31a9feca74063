import type { Context } from "hono";
import { appendAudit } from "../audit/queries";
import type { Db } from "../db/client";
import type { AppEnv } from "../env";
import { limiterDown, requestClientKey } from "../limits/limits";
import { sha256Hex } from "../secrets";
import { findModeratorByUsername } from "./accounts";
import { unauthorized } from "./gate";
import { knownDeviceCookie, knownDeviceId, readKnownDevice, setKnownDevice } from "./known-device";
import { UNMATCHABLE_HASH, verifyPassword } from "./passwords";
import {
  deleteSession,
  insertSession,
  newSessionToken,
  SESSION_MAX_MS,
  type SignedIn,
  setSessionCookie,
} from "./sessions";
import { countFailure, forgetAccountFailures, refuseOverLimits, signInScopes } from "./sign-in-failures";
import { type SignInLimits, signInLimits } from "./sign-in-limits";

export type Credentials = { username: string; password: string };

export type SignInServices = { db: Db; failures: KVNamespace; secret: string; limits: SignInLimits };

/** An attempt as the request made it: the client key of the day and any known-device cookie, never the address. */
export type SignInAttempt = Credentials & { clientKey: string; knownDevice?: string; now: number };

export type SignedInWith = { session: SignedIn; sessionToken: string; knownDevice: string };

/**
 * Signs a moderator in. The limits are checked before any password (./sign-in-failures.ts), and only failures
 * count. A wrong password, an unknown name and a disabled account do the same work (one D1 read, one PBKDF2, the
 * same KV writes, no audit entry: a write for real names only would tell them apart by time) and get the same
 * answer.
 */
export async function signIn(services: SignInServices, attempt: SignInAttempt): Promise<SignedInWith> {
  const { db, failures, secret, limits } = services;
  const { now } = attempt;
  const name = attempt.username.trim().toLowerCase();
  const scopes = await signInScopes(secret, attempt.clientKey, name);
  const deviceId = await knownDeviceId(secret, scopes.accountKey, attempt.knownDevice, now);
  await refuseOverLimits(failures, scopes, deviceId, limits, now);

  const moderator = await findModeratorByUsername(db, name);
  const matches = await verifyPassword(attempt.password, moderator?.passwordHash ?? UNMATCHABLE_HASH);
  if (!moderator || !matches || moderator.disabled) {
    await countFailure(failures, scopes, deviceId, limits, now);
    throw unauthorized("The username or password is not right.");
  }
  const sessionToken = newSessionToken();
  const tokenHash = await sha256Hex(sessionToken);
  await db.batch([
    insertSession(db, tokenHash, moderator.id, now),
    appendAudit(db, { at: now, moderatorId: moderator.id, action: "sign-in" }),
  ]);
  await forgetAccountFailures(failures, scopes);
  const { id: moderatorId, username, role } = moderator;
  return {
    session: { tokenHash, moderatorId, username, role, lastSeenAt: now, expiresAt: now + SESSION_MAX_MS },
    sessionToken,
    knownDevice: await knownDeviceCookie(secret, scopes.accountKey, now),
  };
}

/** Signs in from the API or the sign-in page: what the request holds goes in, the two cookies come out. */
export async function signInFromRequest(c: Context<AppEnv>, credentials: Credentials): Promise<SignedIn> {
  const now = Date.now();
  const { SIGN_IN_FAILURES: failures, RATE_LIMIT_SECRET: secret } = c.env;
  // Without somewhere to count failures, or a key to hash names with, no limit can be kept: fail closed.
  if (!failures || !secret) throw limiterDown();
  const services = { db: c.var.db, failures, secret, limits: signInLimits(c.env) };
  const clientKey = await requestClientKey(c, now);
  const signedIn = await signIn(services, { ...credentials, clientKey, knownDevice: readKnownDevice(c), now });
  setSessionCookie(c, signedIn.sessionToken);
  setKnownDevice(c, signedIn.knownDevice);
  return signedIn.session;
}

/** Ends the session on the server (not only in the browser) and logs it. */
export async function signOut(db: Db, session: SignedIn): Promise<void> {
  await db.batch([
    deleteSession(db, session.tokenHash),
    appendAudit(db, { at: Date.now(), moderatorId: session.moderatorId, action: "sign-out" }),
  ]);
}
