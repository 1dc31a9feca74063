import { encodeBase64Url } from "../base64url";
import { hmacSha256 } from "../hmac";

/**
 * The client key: HMAC-SHA-256 of the client's address (normalized, see ./address) under the day's key. It is all
 * that abuse control ever keeps. The day's key is 32 random bytes made on the day's first request and kept in KV for
 * 48 hours, never in D1 and never derived from a secret: once it expires nobody, not even someone holding every
 * secret and D1's whole history, can turn a client key back into an address, and a client's key of one day cannot
 * be linked to its key of the next.
 */

const encoder = new TextEncoder();

/** How long a day's key, and what is counted under it, is kept: past the day, a day more for the day's last writes. */
export const CLIENT_DAY_SECONDS = 48 * 60 * 60;

/** The UTC day of `now`, as YYYY-MM-DD. */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export async function clientKey(address: string, days: KVNamespace, now: number): Promise<string> {
  const key = await dayKey(days, utcDay(now));
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(address));
  return encodeBase64Url(new Uint8Array(mac));
}

// The day's key, kept in this isolate for the day; a day's key is never needed again once the day is over.
const dayKeys = new Map<string, Promise<CryptoKey>>();

function dayKey(days: KVNamespace, day: string): Promise<CryptoKey> {
  let key = dayKeys.get(day);
  if (!key) {
    key = readOrMakeDayKey(days, day);
    // A failed read is not kept: the next request tries again.
    key.catch(() => dayKeys.delete(day));
    dayKeys.clear();
    dayKeys.set(day, key);
  }
  return key;
}

/**
 * The day's key from KV, or a new one when the day has none yet. Isolates that start the same day at the same
 * moment may each make one before they see the other's: the last written wins for everyone after, so a client is
 * at worst counted under two keys for the first minutes of a day.
 */
async function readOrMakeDayKey(days: KVNamespace, day: string): Promise<CryptoKey> {
  const name = `day-key/${day}`;
  let material = await days.get(name, "arrayBuffer");
  if (material === null) {
    material = crypto.getRandomValues(new Uint8Array(32)).buffer as ArrayBuffer;
    await days.put(name, material, { expirationTtl: CLIENT_DAY_SECONDS });
  }
  return crypto.subtle.importKey("raw", material, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/**
 * A reader's key for one post: HMAC of the day's client key and the post.
 * What is stored against a post (a resonance, a flag) is keyed by this, so
 * rows about different posts cannot be joined to one reader even within the
 * day.
 */
export async function readerKeyFor(clientKey: string, purpose: "resonate" | "flag", postId: string): Promise<string> {
  return encodeBase64Url(await hmacSha256(clientKey, `closed-door/${purpose}/${postId}`));
}
