import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { createApp } from "../../src/app";
import { createDb } from "../../src/db/client";
import type { NewPost, Post } from "../../src/db/schema";
import { insertPost } from "../../src/posts/queries";
import { contentHash, newDeleteToken, newId, sha256Hex } from "../../src/secrets";

export const ORIGIN = "https://closed-door.test";

/** A request through the whole worker, as a client would make it. */
export function request(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
}

const app = createApp();

/**
 * A request handed straight to the app, with `bindings` in place of the
 * real ones (a faulty D1, other settings; `{}` for none). Also for the tests
 * that send thousands of requests: the worker's entry (`exports.default`)
 * slows down with every request a test file has sent through it (a cost of
 * the test pool, not of the app: the same requests straight to the app stay
 * flat), so those tests go straight to the same app.
 */
export async function requestWith(bindings: Partial<Env>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * A JSON POST from a client of its own (a fresh CF-Connecting-IP) unless the
 * headers name one, so rate limits only meet the tests that are about them.
 */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return request(path, jsonPost(body, headers));
}

/** The request a JSON POST is: from a client of its own unless the headers name one. */
export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": randomAddress(), ...headers },
    body: JSON.stringify(body),
  };
}

/** A random documentation-range-free IPv4 address, as a client would have. */
export function randomAddress(): string {
  const [a, b, c, d] = crypto.getRandomValues(new Uint8Array(4));
  return `10.${a}.${b}.${(c ?? 0) ^ (d ?? 0)}`;
}

export const db = () => createDb(env.DB);

let serial = 0;

/** A plausible reflection, different every call so no two bodies are alike. */
export function reflection(topic = "the waitlist"): string {
  serial += 1;
  return `Reflection number ${serial} on ${topic}: some weeks the work asks more than I can give, and I keep showing up anyway.`;
}

const PROSE =
  "Notes pile up while the kettle cools, and the afternoon sessions blur into one long conversation about change. ";

/** Ordinary prose of exactly `length` characters, different every call, cut after a whole word ("about chang." reads
 * as a name in lower case) and filled out with dots. */
export function prose(length: number): string {
  serial += 1;
  const text = `${serial} ${PROSE.repeat(Math.ceil(length / PROSE.length) + 1)}`.slice(0, length);
  return text.slice(0, text.lastIndexOf(" ")).padEnd(length, ".");
}

/**
 * Inserts a post straight into D1, bypassing the API, for tests that need
 * many posts or a post in a state the API cannot produce directly.
 */
export async function seedPost(overrides: Partial<NewPost> = {}): Promise<Post & { deleteToken: string }> {
  const deleteToken = newDeleteToken();
  const body = overrides.body ?? reflection();
  const post = await insertPost(db(), {
    id: newId(),
    body,
    category: "burnout",
    role: null,
    status: "published",
    createdAt: Date.now(),
    deleteTokenHash: await sha256Hex(deleteToken),
    contentHash: await contentHash(body),
    ...overrides,
  });
  return { ...post, deleteToken };
}

export type ErrorBody = {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
};

/**
 * A form POST as a browser on this site sends it, from a client of its own unless the headers name one; `init`
 * adds to the request (say `cf: { country }`, as Cloudflare sets it).
 */
export function postForm(
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  init: RequestInit = {},
) {
  return request(path, {
    ...init,
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      "Sec-Fetch-Site": "same-origin",
      "CF-Connecting-IP": randomAddress(),
      ...headers,
    },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}
