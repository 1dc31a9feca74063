import { encodeBase64Url } from "./base64url";

/**
 * Post ids, delete tokens and the hashes stored in their place. Everything is
 * drawn from the platform's CSPRNG.
 */

// Crockford's base32 in lower case: no i, l, o or u, so an id read aloud or
// copied by hand is not misread.
const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const ID_LENGTH = 12; // 60 random bits

/** A random id (posts, flags): never sequential, so it tells nothing of what came before. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_LENGTH));
  let id = "";
  for (const byte of bytes) id += ID_ALPHABET[byte & 31];
  return id;
}

/** 256 random bits, base64url: long enough that hashing it once with SHA-256 is safe. */
export function newDeleteToken(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Compares a presented token with a stored hash in constant time, so the
 * answer's timing says nothing about how much of the token was right.
 */
export async function tokenMatches(token: string, storedHash: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const presented = encoder.encode(await sha256Hex(token));
  const stored = encoder.encode(storedHash);
  return presented.byteLength === stored.byteLength && crypto.subtle.timingSafeEqual(presented, stored);
}

/** A hash of the body folded for comparison, so trivial edits still count as a duplicate. */
export function contentHash(normalizedBody: string): Promise<string> {
  const folded = normalizedBody.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return sha256Hex(folded);
}
