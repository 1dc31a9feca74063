import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";
import { decodeBase64Url, encodeBase64Url } from "../base64url";
import { newId, sha256Hex } from "../secrets";
import { MINUTE_MS } from "../time";

/**
 * The second factor: a TOTP code (RFC 6238: SHA-1, six digits, thirty seconds, as every authenticator app reads
 * it) from a secret made at the first sign-in, or one of ten one-use recovery codes. The secret is kept encrypted
 * (AES-GCM, under a key derived from the SECOND_FACTOR_KEY secret), so a copy of the database alone cannot make
 * codes; recovery codes are kept only as hashes.
 */

const ISSUER = "Closed Door";
const PERIOD_S = 30;
/** A code of the step before or after is taken too: a phone's clock a little off still works. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes in a row that cost nothing; each one after waits twice as long, up to an hour. */
export const FREE_FAILURES = 5;
const MAX_WAIT_MS = 60 * MINUTE_MS;

/** A new secret, in base32 as authenticator apps type it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, username: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, secret: Secret.fromBase32(secret), period: PERIOD_S });
}

/** What an authenticator app is given: the secret, the otpauth:// address, and the same as a QR code (SVG). */
export type Enrolment = { secret: string; uri: string; qrSvg: string };

export function enrolmentOf(secret: string, username: string): Enrolment {
  const uri = totpOf(secret, username).toString();
  return { secret, uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

/** The time step a code belongs to, when it is right at `now`; undefined when it is not. */
export function stepOfCode(secret: string, username: string, code: string, now: number): number | undefined {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totpOf(secret, username).validate({ token, timestamp: now, window: WINDOW });
  return delta === null ? undefined : Math.floor(now / 1000 / PERIOD_S) + delta;
}

/** The code an authenticator shows at `now`: for scripts and tests that enrol as a person would. */
export function codeAt(secret: string, username: string, now: number): string {
  return totpOf(secret, username).generate({ timestamp: now });
}

/** Ten recovery codes as shown once to the moderator: twelve characters of Crockford base32 in three groups. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => newId().replace(/(.{4})(?=.)/g, "$1-"));
}

/** A recovery code as typed, without what does not matter: case, spaces and dashes. */
const plainCode = (typed: string) => typed.toLowerCase().replace(/[\s-]+/g, "");

/** Whether what was typed is shaped as a recovery code rather than a six-digit code. */
export function isRecoveryCode(typed: string): boolean {
  return /^[0-9a-z]{12}$/.test(plainCode(typed));
}

/** A recovery code's hash, as kept. */
export function recoveryCodeHash(code: string): Promise<string> {
  return sha256Hex(`recovery:${plainCode(code)}`);
}

/** How long a moderator must wait before the next code is read, after `failures` wrong ones in a row. */
export function waitAfter(failures: number, lastFailedAt: number | null, now: number): number {
  if (failures < FREE_FAILURES || lastFailedAt === null) return 0;
  const wait = Math.min(MAX_WAIT_MS, MINUTE_MS * 2 ** (failures - FREE_FAILURES));
  return Math.max(0, lastFailedAt + wait - now);
}

const keys = new Map<string, Promise<CryptoKey>>();

/** The AES-GCM key derived from the Worker secret, made once per isolate. */
function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(`closed-door second factor:${secret}`))
      .then((raw) => crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]));
    keys.set(secret, key);
  }
  return key;
}

/** The TOTP secret encrypted for D1: base64url of a random 96-bit IV and the ciphertext. */
export async function encryptTotpSecret(key: string, totpSecret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    await keyOf(key),
    new TextEncoder().encode(totpSecret),
  );
  const both = new Uint8Array(iv.byteLength + sealed.byteLength);
  both.set(iv);
  both.set(new Uint8Array(sealed), iv.byteLength);
  return encodeBase64Url(both);
}

export async function decryptTotpSecret(key: string, stored: string): Promise<string> {
  const both = decodeBase64Url(stored);
  const opened = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: both.slice(0, 12) },
    await keyOf(key),
    both.slice(12),
  );
  return new TextDecoder().decode(opened);
}
