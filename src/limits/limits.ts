import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError, unavailable } from "../errors";
import { addressKey } from "./address";
import { clientKey } from "./client-key";
import { countOneMore, usedToday } from "./day-counters";

/**
 * Abuse control: short windows through the Workers Rate Limiting bindings
 * (configured in wrangler.toml), day caps through D1 counters. Everything is
 * keyed by the client key, never by the address.
 */

/** The period of every short-window binding in wrangler.toml, in seconds. */
export const SHORT_WINDOW_SECONDS = 60;

export function rateLimited(retryAfterSeconds: number, message: string): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError(429, "rate_limited", message, { retryAfter: seconds }, { "Retry-After": String(seconds) });
}

/** 503: a limit cannot be kept right now (KV or a limiter failing), so nothing is let through. */
export const limiterDown = () => unavailable("This is paused for a moment. Please try again shortly.", 30);

/** Who is asking, as the limits know them (today's client key, never the address), and when. */
export type Client = { key: string; now: number };

/** The request's client, for a service that limits or keys what it writes by client. */
export async function requestClient(c: Context<AppEnv>): Promise<Client> {
  const now = Date.now();
  return { key: await requestClientKey(c, now), now };
}

/**
 * The requesting client's key for today. Without the day's key (KV unbound or
 * failing) the board cannot limit anyone, so it fails closed.
 */
export async function requestClientKey(c: Context<AppEnv>, now: number): Promise<string> {
  const days = c.env.CLIENT_DAYS;
  if (!days) throw limiterDown();
  // In production Cloudflare sets CF-Connecting-IP; it is read here and nowhere else.
  return failingClosed(clientKey(addressKey(c.req.header("CF-Connecting-IP")), days, now));
}

/** Counts one more post today for this client key, `used` having been read before; 503 when KV fails. */
export function countPostToday(days: KVNamespace, key: string, day: string, used: number): Promise<void> {
  return failingClosed(countOneMore(days, key, "post", day, used));
}

/** Today's posts from this client key, from KV; 503 when KV fails. */
export function postsToday(days: KVNamespace, key: string, day: string): Promise<number> {
  return failingClosed(usedToday(days, key, "post", day));
}

/** What the limits read or write in KV, or 503 when KV fails: a limit that cannot be kept refuses, never waves through. */
export async function failingClosed<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch {
    throw limiterDown();
  }
}

/** Counts one use against a short-window binding; 429 over the limit, 503 when the limiter fails. */
export async function spendShortLimit(limiter: RateLimit, key: string, message: string): Promise<void> {
  let outcome: RateLimitOutcome;
  try {
    outcome = await limiter.limit({ key });
  } catch {
    throw limiterDown();
  }
  if (!outcome.success) throw rateLimited(SHORT_WINDOW_SECONDS, message);
}

/** Seconds until the next UTC midnight, when day caps start again. */
export function secondsUntilTomorrow(now: number): number {
  const tomorrow = new Date(now);
  tomorrow.setUTCHours(24, 0, 0, 0);
  return (tomorrow.getTime() - now) / 1000;
}
