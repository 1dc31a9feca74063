import { decodeBase64Url, encodeBase64Url } from "../base64url";

/**
 * Moderator passwords: PBKDF2-SHA-256 with a per-user 128-bit salt and
 * 100,000 iterations, the most Cloudflare Workers allow in production. The
 * stored form names its parameters, so they can be raised later without
 * breaking existing hashes: `pbkdf2-sha256$<iterations>$<salt>$<hash>`.
 */

export const PBKDF2_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const SCHEME = "pbkdf2-sha256";

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, PBKDF2_ITERATIONS);
  return [SCHEME, PBKDF2_ITERATIONS, encodeBase64Url(salt), encodeBase64Url(hash)].join("$");
}

/** Whether `password` matches `stored`, compared in constant time; false for anything malformed. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split("$");
  const rounds = Number(iterations);
  if (scheme !== SCHEME || !Number.isSafeInteger(rounds) || rounds < 1 || !salt || !hash) return false;
  let expected: Uint8Array;
  try {
    expected = decodeBase64Url(hash);
    const actual = await derive(password, decodeBase64Url(salt), rounds);
    return actual.byteLength === expected.byteLength && crypto.subtle.timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/**
 * A hash no password matches, checked when the username is unknown so that
 * an unknown user costs the same time as a wrong password.
 */
export const UNMATCHABLE_HASH = `${SCHEME}$${PBKDF2_ITERATIONS}$${"A".repeat(22)}$${"A".repeat(43)}`;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** A password for a new account when none is given: 128 random bits, base64url. */
export function generatePassword(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}
