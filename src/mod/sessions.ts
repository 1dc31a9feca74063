import { and, eq, gt } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { encodeBase64Url } from "../base64url";
import type { Db } from "../db/client";
import { type ModeratorRole, moderatorSessions, moderators } from "../db/schema";
import { sha256Hex } from "../secrets";
import { HOUR_MS, MINUTE_MS } from "../time";

/**
 * Moderator sessions: the cookie holds a random 128-bit token, the database
 * only its hash. A session ends after an hour without use, or twelve hours
 * after sign-in however active it is, or at sign-out.
 */

export const SESSION_IDLE_MS = HOUR_MS;
export const SESSION_MAX_MS = 12 * HOUR_MS;
// Each request does not need to write: last use is recorded at most once a minute.
const TOUCH_EVERY_MS = MINUTE_MS;

/** The cookie's name; the `host` prefix makes it `__Host-session` (Secure, Path=/, no Domain). */
const COOKIE = "session";

export type SignedIn = {
  tokenHash: string;
  moderatorId: string;
  username: string;
  role: ModeratorRole;
  lastSeenAt: number;
  expiresAt: number;
};

export function newSessionToken(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

/** A session past both factors: it opens the moderator's routes. */
export function insertSession(db: Db, tokenHash: string, moderatorId: string, now: number) {
  return db.insert(moderatorSessions).values({
    tokenHash,
    moderatorId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + SESSION_MAX_MS,
    secondFactorPassed: true,
  });
}

/** How long the second-factor step may take after the password: long enough to find a phone, not to brute-force. */
export const PENDING_MS = 10 * MINUTE_MS;

/** A session past the password only: it opens nothing but the second-factor step, for ten minutes. */
export function insertPendingSession(db: Db, tokenHash: string, moderatorId: string, now: number) {
  return db.insert(moderatorSessions).values({
    tokenHash,
    moderatorId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + PENDING_MS,
    secondFactorPassed: false,
  });
}

/** The live session of an enabled moderator for this token hash, if there is one. */
export async function findSession(db: Db, tokenHash: string, now: number): Promise<SignedIn | undefined> {
  const [session] = await db
    .select({
      tokenHash: moderatorSessions.tokenHash,
      moderatorId: moderators.id,
      username: moderators.username,
      role: moderators.role,
      lastSeenAt: moderatorSessions.lastSeenAt,
      expiresAt: moderatorSessions.expiresAt,
    })
    .from(moderatorSessions)
    .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
    .where(
      and(
        eq(moderatorSessions.tokenHash, tokenHash),
        eq(moderatorSessions.secondFactorPassed, true),
        eq(moderators.disabled, false),
        gt(moderatorSessions.expiresAt, now),
        gt(moderatorSessions.lastSeenAt, now - SESSION_IDLE_MS),
      ),
    );
  return session;
}

export async function touchSession(db: Db, session: SignedIn, now: number): Promise<void> {
  if (now - session.lastSeenAt < TOUCH_EVERY_MS) return;
  await db.update(moderatorSessions).set({ lastSeenAt: now }).where(eq(moderatorSessions.tokenHash, session.tokenHash));
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.delete(moderatorSessions).where(eq(moderatorSessions.tokenHash, tokenHash));
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, COOKIE, token, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Strict",
    maxAge: SESSION_MAX_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, COOKIE, { prefix: "host", httpOnly: true, sameSite: "Strict", secure: true, path: "/" });
}

/** The hash of the session token the request carries, if any. */
export async function requestSessionHash(c: Context): Promise<string | undefined> {
  const token = getCookie(c, COOKIE, "host");
  return token && /^[A-Za-z0-9_-]{22}$/.test(token) ? sha256Hex(token) : undefined;
}
