import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { signedIn } from "./gate";
import { SessionSchema, SignInSchema } from "./schemas";
import { clearSessionCookie, type SignedIn } from "./sessions";
import { signInFromRequest, signOut } from "./sign-in";

const signInRoute = createRoute({
  method: "post",
  path: "/api/mod/session",
  tags: ["moderators"],
  summary: "Sign in; sets the __Host-session cookie, and the __Secure-device cookie that marks this browser as known",
  request: { body: { required: true, content: { "application/json": { schema: SignInSchema } } } },
  responses: {
    200: jsonContent(SessionSchema, "Signed in"),
    400: errorResponse("The body is not valid"),
    401: errorResponse("The username or password is not right (the same answer for an unknown user)"),
    403: errorResponse("The request came from another origin"),
    429: errorResponse(
      "Too many failed sign-ins from this address, or on this account from unknown browsers; Retry-After says when to try again",
    ),
    503: errorResponse("The sign-in limits cannot be kept right now"),
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

export const sessionRoutes = createRouter()
  .openapi(signInRoute, async (c) => c.json(toSession(await signInFromRequest(c, c.req.valid("json"))), 200))
  .openapi(sessionRoute, (c) => c.json(toSession(signedIn(c)), 200))
  .openapi(signOutRoute, async (c) => {
    await signOut(c.var.db, signedIn(c));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

function toSession(session: Pick<SignedIn, "moderatorId" | "username" | "role" | "expiresAt">) {
  return {
    moderator: { id: session.moderatorId, username: session.username, role: session.role },
    expiresAt: new Date(session.expiresAt).toISOString(),
  };
}
