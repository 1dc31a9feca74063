import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { encodeBase64Url } from "../base64url";
import { hmacSha256 } from "../hmac";
import { DAY_MS } from "../time";

/**
 * The known-device cookie (OWASP's device cookies): given on every successful sign-in, it marks a browser that has
 * signed in to an account before, which the account-wide delay then spares (./sign-in-limits.ts), so that failures
 * from many addresses cannot keep the moderator out. It holds a random device id and the second it was given,
 * signed with HMAC under RATE_LIMIT_SECRET together with the account's name key; nothing about it is stored but the
 * failures made through it, so a stolen cookie stops helping after as many failures as one address is allowed on
 * the account. It travels only with the two sign-in requests (one cookie per path), `__Secure-`, HttpOnly and
 * SameSite=Strict, and lasts 90 days. One browser is known for the last account signed in with it.
 * @see https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies
 */

const COOKIE = "device";
const SIGN_IN_PATHS = ["/mod/session", "/api/mod/session"];
export const KNOWN_DEVICE_MS = 90 * DAY_MS;
const VALUE = /^([A-Za-z0-9_-]{22})\.(\d{1,13})\.([A-Za-z0-9_-]{43})$/;

/** A new cookie value for a browser that has just signed in to the account of `accountKey`. */
export async function knownDeviceCookie(secret: string, accountKey: string, now: number): Promise<string> {
  const deviceId = encodeBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  const given = String(Math.floor(now / 1000));
  return `${deviceId}.${given}.${await signature(secret, accountKey, deviceId, given)}`;
}

/** The device id of a valid, unexpired cookie given for this account; undefined for anything else. */
export async function knownDeviceId(
  secret: string,
  accountKey: string,
  cookie: string | undefined,
  now: number,
): Promise<string | undefined> {
  const [, deviceId, given, presented] = VALUE.exec(cookie ?? "") ?? [];
  if (!deviceId || !given || !presented) return undefined;
  const givenAt = Number(given) * 1000;
  if (givenAt > now + 60_000 || now - givenAt > KNOWN_DEVICE_MS) return undefined;
  const expected = new TextEncoder().encode(await signature(secret, accountKey, deviceId, given));
  const actual = new TextEncoder().encode(presented);
  return crypto.subtle.timingSafeEqual(expected, actual) ? deviceId : undefined;
}

async function signature(secret: string, accountKey: string, deviceId: string, given: string): Promise<string> {
  return encodeBase64Url(await hmacSha256(secret, `closed-door/known-device/${accountKey}/${deviceId}/${given}`));
}

export function readKnownDevice(c: Context): string | undefined {
  return getCookie(c, COOKIE, "secure");
}

export function setKnownDevice(c: Context, value: string): void {
  for (const path of SIGN_IN_PATHS) {
    setCookie(c, COOKIE, value, {
      prefix: "secure",
      path,
      httpOnly: true,
      sameSite: "Strict",
      maxAge: KNOWN_DEVICE_MS / 1000,
    });
  }
}
