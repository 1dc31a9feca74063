import { env } from "cloudflare:test";
import { expect } from "vitest";
import naughty from "../fixtures/blns.json";
import { type ErrorBody, jsonPost, requestWith } from "./app";

const all = naughty as string[];

/**
 * The Big List of Naughty Strings (test/fixtures/blns.json, MIT): all 515 inputs in the slower suites
 * (`npm run test:full`, which CI runs), every fourth of them in `npm test`, which must stay quick.
 */
export const naughtyStrings = env.FULL_SUITES === "1" ? all : all.filter((_, index) => index % 4 === 0);

/** Each test sends every string at least once: seconds to minutes, not the default 5 s. */
export const LONG = { timeout: 240_000 };

const IN_CHUNKS = 25;

/** Runs `work` on every item, 25 at a time (concurrently within a chunk). */
export async function forEachInChunks<T>(items: T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let from = 0; from < items.length; from += IN_CHUNKS) {
    await Promise.all(items.slice(from, from + IN_CHUNKS).map((item, i) => work(item, from + i)));
  }
}

// Thousands of requests: straight to the app (see requestWith).
export const send = (path: string, init?: RequestInit) => requestWith({}, path, init);

/** A JSON POST straight to the app, from a client of its own unless the headers name one. */
export const postJsonTo = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(path, jsonPost(body, headers));

/** Never a 5xx; a 4xx must be the spec's error shape. */
export async function expectHandled(res: Response, what: string): Promise<void> {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) {
    const body = await res.json<ErrorBody>();
    expect(typeof body.error?.code, what).toBe("string");
    expect(typeof body.error?.message, what).toBe("string");
  }
}
