import { describe, expect, it } from "vitest";
import { KNOWN_DEVICE_MS, knownDeviceCookie, knownDeviceId } from "../../src/mod/known-device";

const SECRET = "test-only-secret";
const ACCOUNT = "account-key-of-river";
const NOW = Date.UTC(2026, 4, 1, 12);

describe("the known-device cookie", () => {
  it("is a random device id, the second it was given and a signature, and proves itself for its account", async () => {
    const cookie = await knownDeviceCookie(SECRET, ACCOUNT, NOW);
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{22}\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(await knownDeviceId(SECRET, ACCOUNT, cookie, NOW + 1000)).toBe(cookie.split(".")[0]);
    expect(await knownDeviceCookie(SECRET, ACCOUNT, NOW)).not.toBe(cookie);
  });

  it("proves nothing for another account, under another secret, or once changed", async () => {
    const cookie = await knownDeviceCookie(SECRET, ACCOUNT, NOW);
    const [id, given, signature] = cookie.split(".") as [string, string, string];
    const other = await knownDeviceCookie(SECRET, ACCOUNT, NOW);
    expect(await knownDeviceId(SECRET, "account-key-of-someone-else", cookie, NOW)).toBeUndefined();
    expect(await knownDeviceId("another-secret", ACCOUNT, cookie, NOW)).toBeUndefined();
    for (const changed of [
      `${other.split(".")[0]}.${given}.${signature}`, // another device's id
      `${id}.${Number(given) + 1}.${signature}`, // given later
      `${id}.${given}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
      `${cookie}.`,
      "",
      "not a cookie",
    ]) {
      expect(await knownDeviceId(SECRET, ACCOUNT, changed, NOW)).toBeUndefined();
    }
    expect(await knownDeviceId(SECRET, ACCOUNT, undefined, NOW)).toBeUndefined();
  });

  it("lasts 90 days, and is not taken from the future", async () => {
    const cookie = await knownDeviceCookie(SECRET, ACCOUNT, NOW);
    expect(KNOWN_DEVICE_MS).toBe(90 * 24 * 60 * 60 * 1000);
    expect(await knownDeviceId(SECRET, ACCOUNT, cookie, NOW + KNOWN_DEVICE_MS - 1000)).toBeDefined();
    expect(await knownDeviceId(SECRET, ACCOUNT, cookie, NOW + KNOWN_DEVICE_MS + 1000)).toBeUndefined();
    expect(await knownDeviceId(SECRET, ACCOUNT, cookie, NOW - 5 * 60 * 1000)).toBeUndefined();
  });
});
