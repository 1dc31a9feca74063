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

const limiterDown = () => unavailable("This is paused for a moment. Please try again shortly.", 30);

/**
 * The requesting client's key for today. Without the day's key (KV unbound or
 * failing) the board cannot limit anyone, so it fails closed.
 */
export async function requestClientKey(c: Context<AppEnv>, now: number): Promise<string> {
  const days = c.env.CLIENT_DAYS;
  if (!days) throw limiterDown();
  // In production Cloudflare sets CF-Connecting-IP; it is read here and nowhere else.
  const address = addressKey(c.req.header("CF-Connecting-IP"));
  try {
    return await clientKey(address, days, now);
  } catch {
    throw limiterDown();
  }
}

/** Counts one more post today for this client key, `used` having been read before; 503 when KV fails. */
export async function countPostToday(days: KVNamespace, key: string, day: string, used: number): Promise<void> {
  try {
    await countOneMore(days, key, "post", day, used);
  } catch {
    throw limiterDown();
  }
}

/** Today's posts from this client key, from KV; 503 when KV fails, as the limits fail closed. */
export async function postsToday(days: KVNamespace, key: string, day: string): Promise<number> {
  try {
    return await usedToday(days, key, "post", day);
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

export function postsPerDay(env: Env): number {
  const configured = Number.parseInt(env.POSTS_PER_DAY ?? "", 10);
  return Number.isFinite(configured) && configured > 0 ? configured : 10;
}
