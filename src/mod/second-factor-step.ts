import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Context } from "hono";
import { appendAudit } from "../audit/queries";
import type { Db } from "../db/client";
import { type ModeratorRole, moderatorSessions, moderators, recoveryCodes } from "../db/schema";
import type { AppEnv } from "../env";
import { rateLimited } from "../limits/limits";
import { sha256Hex } from "../secrets";
import { unauthorized } from "./gate";
import {
  decryptTotpSecret,
  type Enrolment,
  enrolmentOf,
  isRecoveryCode,
  newRecoveryCodes,
  recoveryCodeHash,
  stepOfCode,
  waitAfter,
} from "./second-factor";
import {
  insertSession,
  newSessionToken,
  requestSessionHash,
  SESSION_MAX_MS,
  type SignedIn,
  setSessionCookie,
} from "./sessions";
import { secondFactorDown } from "./sign-in";

/**
 * The second step of signing in, after the password: a session that has passed only the password opens nothing
 * but this step. A moderator with no second factor yet enrols here (the secret shown as a QR code and as text,
 * confirmed with a first code, then ten recovery codes shown once); one who has it gives a code or a recovery
 * code. A right code ends the half-session and starts a new one under a new token; wrong codes in a row make the
 * account wait longer and longer (./second-factor.ts), whoever sends them.
 */

export type PendingSignIn = {
  tokenHash: string;
  moderatorId: string;
  username: string;
  role: ModeratorRole;
  /** The encrypted TOTP secret; set at the password step when there was none. */
  encryptedSecret: string | null;
  enrolled: boolean;
  lastStep: number | null;
  failures: number;
  failedAt: number | null;
};

export type SecondFactorServices = { db: Db; key: string };

export type SecondFactorPassed = { session: SignedIn; sessionToken: string; recoveryCodes?: string[] };

/** The half-session of this token hash, if it is live and its moderator is enabled. */
export async function findPendingSignIn(db: Db, tokenHash: string, now: number): Promise<PendingSignIn | undefined> {
  const [row] = await db
    .select({
      tokenHash: moderatorSessions.tokenHash,
      moderatorId: moderators.id,
      username: moderators.username,
      role: moderators.role,
      encryptedSecret: moderators.secondFactorSecret,
      enrolledAt: moderators.secondFactorEnrolledAt,
      lastStep: moderators.secondFactorLastStep,
      failures: moderators.secondFactorFailures,
      failedAt: moderators.secondFactorFailedAt,
    })
    .from(moderatorSessions)
    .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
    .where(
      and(
        eq(moderatorSessions.tokenHash, tokenHash),
        eq(moderatorSessions.secondFactorPassed, false),
        eq(moderators.disabled, false),
        gt(moderatorSessions.expiresAt, now),
      ),
    );
  if (!row) return undefined;
  const { enrolledAt, ...pending } = row;
  return { ...pending, enrolled: enrolledAt !== null };
}

/** What the moderator's authenticator app is given while they enrol; undefined once enrolled. */
export async function enrolmentFor(key: string, pending: PendingSignIn): Promise<Enrolment | undefined> {
  if (pending.enrolled || !pending.encryptedSecret) return undefined;
  return enrolmentOf(await decryptTotpSecret(key, pending.encryptedSecret), pending.username);
}

/** Checks a code (or a recovery code) for the half-session; on success, the full session that replaces it. */
export async function passSecondFactor(
  { db, key }: SecondFactorServices,
  pending: PendingSignIn,
  typed: string,
  now: number,
): Promise<SecondFactorPassed> {
  const wait = waitAfter(pending.failures, pending.failedAt, now);
  if (wait > 0) {
    throw rateLimited(wait / 1000, "Too many wrong codes in a row on this account. Wait a little, then try again.");
  }
  const spend =
    (await recoveryCodeSpent(db, pending, typed, now)) ?? (await totpCodeSpent(db, key, pending, typed, now));
  const passed = spend && (await startSession(db, pending, spend, now));
  if (passed) return passed;
  await db
    .update(moderators)
    .set({ secondFactorFailures: sql`${moderators.secondFactorFailures} + 1`, secondFactorFailedAt: now })
    .where(eq(moderators.id, pending.moderatorId));
  throw unauthorized(
    pending.enrolled
      ? "That code is not right. Type the six digits your authenticator shows now, or one of your recovery codes."
      : "That code is not right. Type the six digits your authenticator app shows for Closed Door now.",
  );
}

/**
 * Spending what was typed, as one statement run inside the sign-in's batch: marking a recovery code used, or taking
 * a TOTP time step as the last. Triggers (migration 0019) abort the batch when the code was spent meanwhile, so two
 * requests with one code cannot both sign in, and a code seen is never replayed.
 */
type Spend = { statement: ReturnType<typeof spendStatement>; recoveryCode: boolean };

function spendStatement(db: Db, pending: PendingSignIn, change: { step: number } | { codeHash: string; now: number }) {
  return "step" in change
    ? db.update(moderators).set({ secondFactorLastStep: change.step }).where(eq(moderators.id, pending.moderatorId))
    : db
        .update(recoveryCodes)
        .set({ usedAt: change.now })
        .where(and(eq(recoveryCodes.moderatorId, pending.moderatorId), eq(recoveryCodes.codeHash, change.codeHash)));
}

/** The spending of a recovery code, when what was typed is one of this moderator's unused codes. */
async function recoveryCodeSpent(
  db: Db,
  pending: PendingSignIn,
  typed: string,
  now: number,
): Promise<Spend | undefined> {
  if (!pending.enrolled || !isRecoveryCode(typed)) return undefined;
  const codeHash = await recoveryCodeHash(typed);
  const [found] = await db
    .select({ usedAt: recoveryCodes.usedAt })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.moderatorId, pending.moderatorId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    );
  return found ? { statement: spendStatement(db, pending, { codeHash, now }), recoveryCode: true } : undefined;
}

/** The spending of a TOTP code's time step, when the code is right now and its step is later than the last taken. */
async function totpCodeSpent(
  db: Db,
  key: string,
  pending: PendingSignIn,
  typed: string,
  now: number,
): Promise<Spend | undefined> {
  if (!pending.encryptedSecret) return undefined;
  const secret = await decryptTotpSecret(key, pending.encryptedSecret);
  const step = stepOfCode(secret, pending.username, typed, now);
  if (step === undefined || (pending.lastStep !== null && step <= pending.lastStep)) return undefined;
  return { statement: spendStatement(db, pending, { step }), recoveryCode: false };
}

/**
 * Ends the half-session and starts a full one in one batch with the code's spending, the enrolment's recovery codes
 * when enrolling, and the audit entries. Undefined when the code was spent meanwhile by another request (the batch
 * is aborted by a trigger, and nothing of it is kept).
 */
/** The message of migration 0019's triggers. */
const SPENT_MEANWHILE = "second factor code used already";

async function startSession(
  db: Db,
  pending: PendingSignIn,
  spend: Spend,
  now: number,
): Promise<SecondFactorPassed | undefined> {
  const { moderatorId, username, role } = pending;
  const sessionToken = newSessionToken();
  const tokenHash = await sha256Hex(sessionToken);
  const codes = pending.enrolled ? undefined : newRecoveryCodes();
  const enrolment = codes
    ? [
        db.delete(recoveryCodes).where(eq(recoveryCodes.moderatorId, moderatorId)),
        db
          .insert(recoveryCodes)
          .values(
            await Promise.all(codes.map(async (code) => ({ moderatorId, codeHash: await recoveryCodeHash(code) }))),
          ),
        appendAudit(db, { at: now, moderatorId, action: "second-factor-enrolled" }),
      ]
    : [];
  const signIn = db.batch([
    spend.statement,
    db.delete(moderatorSessions).where(eq(moderatorSessions.tokenHash, pending.tokenHash)),
    insertSession(db, tokenHash, moderatorId, now),
    db
      .update(moderators)
      .set({ secondFactorFailures: 0, secondFactorFailedAt: null, ...(codes ? { secondFactorEnrolledAt: now } : {}) })
      .where(eq(moderators.id, moderatorId)),
    ...enrolment,
    ...(spend.recoveryCode ? [appendAudit(db, { at: now, moderatorId, action: "recovery-code-used" })] : []),
    appendAudit(db, { at: now, moderatorId, action: "sign-in" }),
  ]);
  try {
    await signIn;
  } catch (error) {
    if (String((error as Error)?.cause ?? error).includes(SPENT_MEANWHILE)) return undefined;
    throw error;
  }
  return {
    session: { tokenHash, moderatorId, username, role, lastSeenAt: now, expiresAt: now + SESSION_MAX_MS },
    sessionToken,
    ...(codes ? { recoveryCodes: codes } : {}),
  };
}

/** The half-session the request's cookie holds; 401 when there is none (never signed in, or its ten minutes are up). */
export async function pendingSignInOf(db: Db, tokenHash: string | undefined, now: number): Promise<PendingSignIn> {
  const pending = tokenHash ? await findPendingSignIn(db, tokenHash, now) : undefined;
  if (!pending) throw unauthorized("Sign in with your username and password first; the code step lasts ten minutes.");
  return pending;
}

/** The request's half-session and SECOND_FACTOR_KEY, or the refusal: for the pages and the API. */
export async function pendingFromRequest(c: Context<AppEnv>) {
  const key = c.env.SECOND_FACTOR_KEY;
  if (!key) throw secondFactorDown();
  const now = Date.now();
  return { key, now, pending: await pendingSignInOf(c.var.db, await requestSessionHash(c), now) };
}

/** The second step from the API or the page: on a right code, the new session's cookie replaces the half-session's. */
export async function secondFactorFromRequest(c: Context<AppEnv>, code: string): Promise<SecondFactorPassed> {
  const { key, now, pending } = await pendingFromRequest(c);
  const passed = await passSecondFactor({ db: c.var.db, key }, pending, code, now);
  setSessionCookie(c, passed.sessionToken);
  return passed;
}
