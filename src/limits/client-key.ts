import { encodeBase64Url } from "../base64url";
import { hmacSha256 } from "../hmac";
import { DAY_MS, utcDay } from "../time";

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

export async function clientKey(address: string, days: KVNamespace, now: number): Promise<string> {
  const key = await dayKey(days, utcDay(now), now);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(address));
  return encodeBase64Url(new Uint8Array(mac));
}

// The day's key as this isolate last read it. A key read from KV is kept for the day; one this isolate had to make
// (the day had none yet) is read again after a minute, by when KV shows every isolate the one that won.
const dayKeys = new Map<string, { key: Promise<CryptoKey>; recheckAt: number }>();
const RECHECK_MADE_KEY_MS = 60_000;

function dayKey(days: KVNamespace, day: string, now: number): Promise<CryptoKey> {
  const kept = dayKeys.get(day);
  if (kept && now < kept.recheckAt) return kept.key;
  const read = readOrMakeDayKey(days, day).then(({ key, made }) => {
    if (made) dayKeys.set(day, { key: Promise.resolve(key), recheckAt: now + RECHECK_MADE_KEY_MS });
    return key;
  });
  dayKeys.clear(); // a day's key is never needed again once the day is over
  dayKeys.set(day, { key: read, recheckAt: Number.POSITIVE_INFINITY });
  // A failed read is not kept: the next request tries again.
  read.catch(() => dayKeys.delete(day));
  return read;
}

/**
 * The day's key from KV, or a new one when the day has none yet. The daily cron makes the next days' keys ahead
 * (`prepareDayKeys`), so a request seldom has to; when isolates do race at a day's start, the last written wins
 * within a minute for all of them.
 */
async function readOrMakeDayKey(days: KVNamespace, day: string): Promise<{ key: CryptoKey; made: boolean }> {
  const name = `day-key/${day}`;
  let material = await days.get(name, "arrayBuffer");
  const made = material === null;
  if (material === null) {
    material = crypto.getRandomValues(new Uint8Array(32)).buffer as ArrayBuffer;
    await days.put(name, material, { expiration: dayKeyExpiry(day) });
  }
  const key = await crypto.subtle.importKey("raw", material, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return { key, made };
}

/**
 * When a day's key is gone: 48 hours after the day began, whenever it was made (seconds since the epoch), and at
 * least a minute from now, the soonest KV expires anything.
 */
function dayKeyExpiry(day: string): number {
  return Math.max(Date.parse(`${day}T00:00:00Z`) / 1000 + CLIENT_DAY_SECONDS, Math.ceil(Date.now() / 1000) + 60);
}

/** Makes today's and tomorrow's keys if they are not there yet (the daily cron), so requests only read them. */
export async function prepareDayKeys(days: KVNamespace, now: number): Promise<void> {
  for (const day of [utcDay(now), utcDay(now + DAY_MS)]) {
    const name = `day-key/${day}`;
    if ((await days.get(name)) === null) {
      const material = crypto.getRandomValues(new Uint8Array(32));
      await days.put(name, material, { expiration: dayKeyExpiry(day) });
    }
  }
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
