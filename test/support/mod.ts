import { env } from "cloudflare:test";
import type { ModeratorRole } from "../../src/db/schema";
import { hashPassword } from "../../src/mod/passwords";
import { codeAt, encryptTotpSecret, newTotpSecret } from "../../src/mod/second-factor";
import { newId } from "../../src/secrets";
import { type ErrorBody, ORIGIN, randomAddress, request, requestWith } from "./app";

export type TestModerator = {
  id: string;
  username: string;
  password: string;
  role: ModeratorRole;
  /** The TOTP secret of an enrolled moderator (as their authenticator app holds it); none before enrolment. */
  totpSecret?: string;
};

let serial = 0;

/**
 * A moderator account written straight into D1, as `npm run mod:create` would, and by default with a second
 * factor already enrolled (as after their first sign-in); `{ enrolled: false }` leaves it to the first sign-in.
 */
export async function createModerator(
  role: ModeratorRole = "moderator",
  { enrolled = true } = {},
): Promise<TestModerator> {
  serial += 1;
  const moderator = {
    id: newId(),
    username: `mod${serial}-${newId().slice(0, 4)}`,
    password: `correct horse ${serial}`,
    role,
    ...(enrolled ? { totpSecret: newTotpSecret() } : {}),
  };
  const secret = moderator.totpSecret ? await encryptTotpSecret(env.SECOND_FACTOR_KEY, moderator.totpSecret) : null;
  await env.DB.prepare(
    `INSERT INTO moderators (id, username, role, password_hash, created_at, second_factor_secret, second_factor_enrolled_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      moderator.id,
      moderator.username,
      role,
      await hashPassword(moderator.password),
      Date.now(),
      secret,
      secret ? Date.now() : null,
    )
    .run();
  return moderator;
}

const STEP_MS = 30_000;
const lastStepUsed = new Map<string, number>();

/**
 * The code the moderator's authenticator shows, for a time step not yet used on this account (a code is good
 * once): now, or the next step, which the board also takes. Two sign-ins of one account in one step need it.
 */
export function nextCode(moderator: TestModerator, now = Date.now()): string {
  if (!moderator.totpSecret) throw new Error(`${moderator.username} has no second factor`);
  const last = lastStepUsed.get(moderator.id) ?? Number.NEGATIVE_INFINITY;
  const step = Math.max(Math.floor(now / STEP_MS), last + 1);
  if (step > Math.floor(now / STEP_MS) + 1) throw new Error("more than two sign-ins of one account in 30 seconds");
  lastStepUsed.set(moderator.id, step);
  return codeAt(moderator.totpSecret, moderator.username, step * STEP_MS);
}

/** The second step of signing in, with the cookie the password step gave. */
export function sendSecondFactor(cookie: string, code: string): Promise<Response> {
  return request("/api/mod/session/second-factor", {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, Origin: ORIGIN },
    body: JSON.stringify({ code }),
  });
}

/** The Cookie header value a response set for the session (the half-session after a password, the session after a code). */
export function sessionCookieOf(res: Response): string {
  const cookie = res.headers
    .getSetCookie()
    .find((set) => set.startsWith("__Host-session="))
    ?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

export function signIn(username: string, password: string, address = randomAddress()): Promise<Response> {
  return request("/api/mod/session", {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": address, Origin: ORIGIN },
    body: JSON.stringify({ username, password }),
  });
}

/** The Cookie header value of a signed-in session: the password, then a code from the moderator's authenticator. */
export async function sessionCookie(moderator: TestModerator): Promise<string> {
  const res = await signIn(moderator.username, moderator.password);
  if (res.status !== 202) throw new Error(`sign-in failed: ${res.status}`);
  const passed = await sendSecondFactor(sessionCookieOf(res), nextCode(moderator));
  if (passed.status !== 200) throw new Error(`second factor failed: ${passed.status} ${await passed.text()}`);
  return sessionCookieOf(passed);
}

/** A signed-in moderator (or admin) and a way to call the API as them, from the site's own origin. */
export async function signedInAs(role: ModeratorRole = "moderator") {
  const moderator = await createModerator(role);
  const cookie = await sessionCookie(moderator);
  const call = (path: string, init: RequestInit = {}) =>
    request(path, { ...init, headers: { Cookie: cookie, Origin: ORIGIN, ...(init.headers ?? {}) } });
  const send = (method: string, path: string, body?: unknown) =>
    call(path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { moderator, cookie, call, send };
}

export type Attempt = { address?: string; device?: string; settings?: Partial<Env> };

/**
 * A sign-in through the API straight to the app, from a fresh address unless `address` names one, with a
 * known-device cookie when `device` is given, and with `settings` in place of wrangler.toml's [vars].
 */
export function signInAttempt(username: string, password: string, { address, device, settings = {} }: Attempt = {}) {
  return requestWith(settings, "/api/mod/session", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: ORIGIN,
      "CF-Connecting-IP": address ?? randomAddress(),
      ...(device ? { Cookie: `__Secure-device=${device}` } : {}),
    },
    body: JSON.stringify({ username, password }),
  });
}

/** The known-device cookie a sign-in gave, as the browser sends it back to the API. */
export function knownDeviceOf(res: Response): string {
  const cookie = res.headers.getSetCookie().find((set) => set.includes("Path=/api/mod/session"));
  const value = /^__Secure-device=([^;]+);/.exec(cookie ?? "")?.[1];
  if (!value) throw new Error("no known-device cookie");
  return value;
}

/** What a refusal says: its status, code and message, and Retry-After in seconds. */
export async function refusalOf(res: Response) {
  const { error } = await res.json<ErrorBody>();
  return {
    status: res.status,
    code: error.code,
    message: error.message,
    seconds: Number(res.headers.get("Retry-After")),
  };
}

/** Who the session of this cookie is, as the API says. */
export function whoAmI(cookie: string): Promise<Response> {
  return request("/api/mod/session", { headers: { Cookie: cookie } });
}

/** The audit log's actions by this moderator, oldest first. */
export async function auditActionsOf(moderatorId: string): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT action FROM audit_log WHERE moderator_id = ? ORDER BY id")
    .bind(moderatorId)
    .all<{ action: string }>();
  return results.map((row) => row.action);
}
