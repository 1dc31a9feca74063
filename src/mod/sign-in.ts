import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { appendAudit } from "../audit/queries";
import type { Db } from "../db/client";
import { moderators } from "../db/schema";
import type { AppEnv } from "../env";
import { unavailable } from "../errors";
import { limiterDown, requestClientKey } from "../limits/limits";
import { sha256Hex } from "../secrets";
import { findModeratorByUsername } from "./accounts";
import { unauthorized } from "./gate";
import { knownDeviceCookie, knownDeviceId, readKnownDevice, setKnownDevice } from "./known-device";
import { UNMATCHABLE_HASH, verifyPassword } from "./passwords";
import { type Enrolment, encryptTotpSecret, enrolmentOf, newTotpSecret } from "./second-factor";
import {
  deleteSession,
  insertPendingSession,
  newSessionToken,
  PENDING_MS,
  type SignedIn,
  setSessionCookie,
} from "./sessions";
import { countFailure, forgetAccountFailures, refuseOverLimits, signInScopes } from "./sign-in-failures";
import { type SignInLimits, signInLimits } from "./sign-in-limits";

export type Credentials = { username: string; password: string };

export type SignInServices = {
  db: Db;
  failures: KVNamespace;
  secret: string;
  /** SECOND_FACTOR_KEY, which the TOTP secrets are encrypted under. */
  key: string;
  limits: SignInLimits;
};

/** An attempt as the request made it: the client key of the day and any known-device cookie, never the address. */
export type SignInAttempt = Credentials & { clientKey: string; knownDevice?: string; now: number };

/** Past the password: what the second step asks for ("enrol" a first authenticator, or a "code"), and until when. */
export type PasswordPassed = {
  secondFactor: "enrol" | "code";
  pendingToken: string;
  expiresAt: number;
  knownDevice: string;
  /** While enrolling: the new secret, for the authenticator app. */
  enrolment?: Enrolment;
};

/**
 * The first step of signing in: the password. The limits are checked before any password (./sign-in-failures.ts),
 * and only failures count. A wrong password, an unknown name and a disabled account do the same work (one D1 read,
 * one PBKDF2, the same KV writes, no audit entry: a write for real names only would tell them apart by time) and get
 * the same answer. A right password opens only the second step (./second-factor-step.ts), for ten minutes; a
 * moderator with no second factor yet is given a new secret to enrol.
 */
export async function signIn(services: SignInServices, attempt: SignInAttempt): Promise<PasswordPassed> {
  const { db, failures, secret, key, limits } = services;
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
  const enrolled = moderator.secondFactorEnrolledAt !== null;
  const pendingToken = newSessionToken();
  const pending = insertPendingSession(db, await sha256Hex(pendingToken), moderator.id, now);
  // Each first sign-in draws a new secret: one shown on an abandoned enrolment is never the one that counts.
  const newSecret = enrolled ? undefined : newTotpSecret();
  if (!newSecret) await pending;
  else {
    const encrypted = await encryptTotpSecret(key, newSecret);
    await db.batch([
      pending,
      db.update(moderators).set({ secondFactorSecret: encrypted }).where(eq(moderators.id, moderator.id)),
    ]);
  }
  await forgetAccountFailures(failures, scopes);
  return {
    secondFactor: enrolled ? "code" : "enrol",
    pendingToken,
    expiresAt: now + PENDING_MS,
    knownDevice: await knownDeviceCookie(secret, scopes.accountKey, now),
    ...(newSecret ? { enrolment: enrolmentOf(newSecret, moderator.username) } : {}),
  };
}

/** The first step from the API or the sign-in page: what the request holds goes in, the two cookies come out. */
export async function signInFromRequest(c: Context<AppEnv>, credentials: Credentials): Promise<PasswordPassed> {
  const now = Date.now();
  const { SIGN_IN_FAILURES: failures, RATE_LIMIT_SECRET: secret, SECOND_FACTOR_KEY: key } = c.env;
  // Without somewhere to count failures, or a key to hash names with, no limit can be kept: fail closed.
  if (!failures || !secret) throw limiterDown();
  if (!key) throw secondFactorDown();
  const services = { db: c.var.db, failures, secret, key, limits: signInLimits(c.env) };
  const clientKey = await requestClientKey(c, now);
  const passed = await signIn(services, { ...credentials, clientKey, knownDevice: readKnownDevice(c), now });
  setSessionCookie(c, passed.pendingToken);
  setKnownDevice(c, passed.knownDevice);
  return passed;
}

/** 503 when SECOND_FACTOR_KEY is not set: no moderator can be let in on a password alone. */
export const secondFactorDown = () =>
  unavailable("Moderator sign-in is not set up on this board yet (the second-factor key is missing).", 300);

/** Ends the session on the server (not only in the browser) and logs it. */
export async function signOut(db: Db, session: SignedIn): Promise<void> {
  await db.batch([
    deleteSession(db, session.tokenHash),
    appendAudit(db, { at: Date.now(), moderatorId: session.moderatorId, action: "sign-out" }),
  ]);
}
