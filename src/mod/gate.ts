import type { Context, MiddlewareHandler } from "hono";
import { cacheControl } from "../cache-control";
import { isCrossOrigin, isWrite } from "../cross-site";
import type { ModeratorRole } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { findSession, requestSessionHash, type SignedIn, touchSession } from "./sessions";

/**
 * The one gate in front of every moderator route (/api/mod/* and /mod/*):
 * nothing there is ever cached; a state-changing request from another
 * origin is refused (JSON included, not only forms); and every route but
 * signing in needs a live session (401), of a role that may use it (403).
 * It is mounted by path, so a moderator route added later is guarded
 * without anyone remembering to guard it.
 */

export const MODERATOR_PATHS = ["/api/mod/*", "/mod/*"] as const;

/** Routes reachable without a session: the sign-in form and signing in, its second step included. */
const SIGN_IN_ROUTES = new Set([
  "POST /api/mod/session",
  "POST /api/mod/session/second-factor",
  "GET /mod",
  "POST /mod/session",
  "GET /mod/second-factor",
  "POST /mod/second-factor",
]);

/** Path prefixes only admins may use. */
const ADMIN_PATHS = ["/api/mod/moderators", "/mod/moderators"];

export const moderatorGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header("Cache-Control", cacheControl.private);
  if (isWrite(c) && isCrossOrigin(c)) {
    throw new ApiError(403, "forbidden", "Moderator changes must come from this site's own pages.");
  }
  const session = await currentSession(c);
  if (session) c.set("moderator", session);
  if (!SIGN_IN_ROUTES.has(`${c.req.method} ${c.req.path.replace(/\/$/, "") || "/"}`)) {
    if (!session) throw unauthorized();
    if (!mayUse(session.role, c.req.path)) {
      throw new ApiError(403, "forbidden", "Only an admin may do this.");
    }
  }
  await next();
  c.header("Cache-Control", cacheControl.private);
};

/** The signed-in moderator; only for routes behind the gate. */
export function signedIn(c: Context<AppEnv>): SignedIn {
  const moderator = c.get("moderator");
  if (!moderator) throw unauthorized();
  return moderator;
}

export function unauthorized(message = "Sign in as a moderator first."): ApiError {
  return new ApiError(401, "unauthorized", message);
}

function mayUse(role: ModeratorRole, path: string): boolean {
  return role === "admin" || !ADMIN_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

async function currentSession(c: Context<AppEnv>): Promise<SignedIn | undefined> {
  const tokenHash = await requestSessionHash(c);
  if (!tokenHash) return undefined;
  const now = Date.now();
  const session = await findSession(c.var.db, tokenHash, now);
  if (session) await touchSession(c.var.db, session, now);
  return session;
}
