import { encodeBase64Url } from "../base64url";
import { hmacSha256 } from "../hmac";

/**
 * The client key: HMAC-SHA-256 of the client address under a key derived
 * from RATE_LIMIT_SECRET and the current UTC day. It is all that abuse
 * control ever keeps. Without the secret it cannot be turned back into an
 * address, and because the key changes at midnight UTC, a client's key of
 * one day cannot be linked to its key of the next.
 */

const encoder = new TextEncoder();
const dayKeys = new Map<string, Promise<CryptoKey>>();

/** The UTC day of `now`, as YYYY-MM-DD. */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export async function clientKey(address: string, secret: string, now: number): Promise<string> {
  const key = await dayKey(secret, utcDay(now));
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(address));
  return encodeBase64Url(new Uint8Array(mac));
}

/** The day's HMAC key, HMAC(secret, "closed-door/client-key/" + day), kept for the day in this isolate. */
function dayKey(secret: string, day: string): Promise<CryptoKey> {
  const cacheKey = `${day}\u0000${secret}`;
  let key = dayKeys.get(cacheKey);
  if (!key) {
    key = deriveDayKey(secret, day);
    dayKeys.clear(); // a day's key is never needed again once the day is over
    dayKeys.set(cacheKey, key);
  }
  return key;
}

async function deriveDayKey(secret: string, day: string): Promise<CryptoKey> {
  const material = await hmacSha256(secret, `closed-door/client-key/${day}`);
  return crypto.subtle.importKey("raw", material, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/**
 * A reader's key for one post: HMAC of the day's client key and the post.
 * What is stored against a post (a resonance, a flag) is keyed by this, so
 * rows about different posts cannot be joined to one reader even within the
 * day, nor to the day counters.
 */
export async function readerKeyFor(clientKey: string, purpose: "resonate" | "flag", postId: string): Promise<string> {
  return encodeBase64Url(await hmacSha256(clientKey, `closed-door/${purpose}/${postId}`));
}
