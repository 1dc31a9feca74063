import { env } from "cloudflare:test";
import type { ModeratorRole } from "../../src/db/schema";
import { hashPassword } from "../../src/mod/passwords";
import { newId } from "../../src/secrets";
import { type ErrorBody, ORIGIN, randomAddress, request, requestWith } from "./app";

export type TestModerator = { id: string; username: string; password: string; role: ModeratorRole };

let serial = 0;

/** A moderator account written straight into D1, as `npm run mod:create` would. */
export async function createModerator(role: ModeratorRole = "moderator"): Promise<TestModerator> {
  serial += 1;
  const moderator = {
    id: newId(),
    username: `mod${serial}-${newId().slice(0, 4)}`,
    password: `correct horse ${serial}`,
    role,
  };
  await env.DB.prepare("INSERT INTO moderators (id, username, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(moderator.id, moderator.username, role, await hashPassword(moderator.password), Date.now())
    .run();
  return moderator;
}

export function signIn(username: string, password: string, address = randomAddress()): Promise<Response> {
  return request("/api/mod/session", {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": address, Origin: ORIGIN },
    body: JSON.stringify({ username, password }),
  });
}

/** The Cookie header value of a signed-in session. */
export async function sessionCookie(moderator: TestModerator): Promise<string> {
  const res = await signIn(moderator.username, moderator.password);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.get("Set-Cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
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
