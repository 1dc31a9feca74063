import { createRoute } from "@hono/zod-openapi";
import { appendAudit } from "../audit/queries";
import type { Db } from "../db/client";
import { requestClientKey, spendShortLimit } from "../limits/limits";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { sha256Hex } from "../secrets";
import { findModeratorByUsername } from "./accounts";
import { signedIn, unauthorized } from "./gate";
import { UNMATCHABLE_HASH, verifyPassword } from "./passwords";
import { SessionSchema, SignInSchema } from "./schemas";
import {
  clearSessionCookie,
  deleteSession,
  insertSession,
  newSessionToken,
  SESSION_MAX_MS,
  type SignedIn,
  setSessionCookie,
} from "./sessions";

const signInRoute = createRoute({
  method: "post",
  path: "/api/mod/session",
  tags: ["moderators"],
  summary: "Sign in; sets the __Host-session cookie",
  request: { body: { required: true, content: { "application/json": { schema: SignInSchema } } } },
  responses: {
    200: jsonContent(SessionSchema, "Signed in"),
    400: errorResponse("The body is not valid"),
    401: errorResponse("The username or password is not right (the same answer for an unknown user)"),
    403: errorResponse("The request came from another origin"),
    429: errorResponse("Too many attempts from this address or for this account; Retry-After says when to try again"),
    503: errorResponse("The rate limiter is unavailable"),
  },
});

const sessionRoute = createRoute({
  method: "get",
  path: "/api/mod/session",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Who is signed in",
  responses: { 200: jsonContent(SessionSchema, "The session"), 401: errorResponse("Not signed in") },
});

const signOutRoute = createRoute({
  method: "delete",
  path: "/api/mod/session",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Sign out: the session ends on the server, not only in the browser",
  responses: {
    204: { description: "Signed out" },
    401: errorResponse("Not signed in"),
    403: errorResponse("The request came from another origin"),
  },
});

const TOO_MANY = "Too many sign-in attempts. Wait a minute and try again.";

export const sessionRoutes = createRouter()
  .openapi(signInRoute, async (c) => {
    const { username, password } = c.req.valid("json");
    const now = Date.now();
    const name = username.trim().toLowerCase();
    const client = await requestClientKey(c, now);
    // Every attempt counts, per address and per account, before any password is checked.
    await spendShortLimit(c.env.SIGN_IN_LIMITER, `client/${client}`, TOO_MANY);
    await spendShortLimit(c.env.SIGN_IN_LIMITER, `account/${await sha256Hex(name)}`, TOO_MANY);

    const db = c.var.db;
    const moderator = await findModeratorByUsername(db, name);
    // An unknown user costs one PBKDF2 like a known one, so timing tells nothing.
    const matches = await verifyPassword(password, moderator?.passwordHash ?? UNMATCHABLE_HASH);
    if (!moderator || !matches || moderator.disabled) {
      if (moderator) await appendAudit(db, { at: now, moderatorId: moderator.id, action: "sign-in-failed" });
      throw unauthorized("The username or password is not right.");
    }
    const token = newSessionToken();
    await db.batch([
      insertSession(db, await sha256Hex(token), moderator.id, now),
      appendAudit(db, { at: now, moderatorId: moderator.id, action: "sign-in" }),
    ]);
    setSessionCookie(c, token);
    return c.json(
      toSession({
        moderatorId: moderator.id,
        username: moderator.username,
        role: moderator.role,
        expiresAt: now + SESSION_MAX_MS,
      }),
      200,
    );
  })
  .openapi(sessionRoute, (c) => c.json(toSession(signedIn(c)), 200))
  .openapi(signOutRoute, async (c) => {
    const session = signedIn(c);
    await signOut(c.var.db, session, Date.now());
    clearSessionCookie(c);
    return c.body(null, 204);
  });

function signOut(db: Db, session: SignedIn, now: number) {
  return db.batch([
    deleteSession(db, session.tokenHash),
    appendAudit(db, { at: now, moderatorId: session.moderatorId, action: "sign-out" }),
  ]);
}

function toSession(session: Pick<SignedIn, "moderatorId" | "username" | "role" | "expiresAt">) {
  return {
    moderator: { id: session.moderatorId, username: session.username, role: session.role },
    expiresAt: new Date(session.expiresAt).toISOString(),
  };
}
