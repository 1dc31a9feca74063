import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { signedIn } from "./gate";
import { PasswordPassedSchema, SecondFactorSchema, SessionSchema, SignedInSchema, SignInSchema } from "./schemas";
import { secondFactorFromRequest } from "./second-factor-step";
import { clearSessionCookie, type SignedIn } from "./sessions";
import { type PasswordPassed, signInFromRequest, signOut } from "./sign-in";

const signInRoute = createRoute({
  method: "post",
  path: "/api/mod/session",
  tags: ["moderators"],
  summary:
    "Sign in, first step: the password. Sets a __Host-session cookie that opens only the second step (for ten minutes), and the __Secure-device cookie that marks this browser as known",
  request: { body: { required: true, content: { "application/json": { schema: SignInSchema } } } },
  responses: {
    202: jsonContent(
      PasswordPassedSchema,
      "The password is right: give a code (or enrol) at /api/mod/session/second-factor",
    ),
    400: errorResponse("The body is not valid"),
    401: errorResponse("The username or password is not right (the same answer for an unknown user)"),
    403: errorResponse("The request came from another origin"),
    429: errorResponse(
      "Too many failed sign-ins from this address, or on this account from unknown browsers; Retry-After says when to try again",
    ),
    503: errorResponse("The sign-in limits cannot be kept right now"),
  },
});

const secondFactorRoute = createRoute({
  method: "post",
  path: "/api/mod/session/second-factor",
  tags: ["moderators"],
  summary:
    "Sign in, second step: a code from the authenticator (or a recovery code). Replaces the cookie with the session's own",
  request: { body: { required: true, content: { "application/json": { schema: SecondFactorSchema } } } },
  responses: {
    200: jsonContent(SignedInSchema, "Signed in; at enrolment, with the recovery codes shown this once"),
    400: errorResponse("The body is not valid"),
    401: errorResponse("The code is not right, or the password step was not done in the last ten minutes"),
    403: errorResponse("The request came from another origin"),
    429: errorResponse("Too many wrong codes in a row on this account; Retry-After says when to try again"),
    503: errorResponse("The second-factor key is not set on this board"),
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
  .openapi(signInRoute, async (c) => c.json(toPasswordPassed(await signInFromRequest(c, c.req.valid("json"))), 202))
  .openapi(secondFactorRoute, async (c) => {
    const { session, recoveryCodes } = await secondFactorFromRequest(c, c.req.valid("json").code);
    return c.json({ ...toSession(session), ...(recoveryCodes ? { recoveryCodes } : {}) }, 200);
  })
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

function toPasswordPassed({ secondFactor, expiresAt, enrolment }: PasswordPassed) {
  return {
    secondFactor,
    expiresAt: new Date(expiresAt).toISOString(),
    ...(enrolment ? { enrolment: { secret: enrolment.secret, uri: enrolment.uri } } : {}),
  };
}
