import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CLIENT_DAY_SECONDS, clientKey, prepareDayKeys } from "../../src/limits/client-key";
import { utcDay } from "../../src/time";

const noon = Date.UTC(2026, 10, 22, 12);
const DAY = 24 * 60 * 60 * 1000;
const days = () => env.CLIENT_DAYS;

describe("client keys", () => {
  it("are the same for one address all day", async () => {
    const morning = await clientKey("203.0.113.7", days(), Date.UTC(2026, 10, 22, 0, 0, 1));
    const night = await clientKey("203.0.113.7", days(), Date.UTC(2026, 10, 22, 23, 59, 59));
    expect(morning).toBe(night);
  });

  it("differ for one address between two days", async () => {
    expect(await clientKey("203.0.113.7", days(), noon)).not.toBe(await clientKey("203.0.113.7", days(), noon + DAY));
  });

  it("differ between addresses", async () => {
    const key = await clientKey("203.0.113.7", days(), noon);
    expect(await clientKey("203.0.113.8", days(), noon)).not.toBe(key);
  });

  it("hold nothing of the address", async () => {
    const key = await clientKey("203.0.113.7", days(), noon);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("203");
  });

  it("come from a random key of the day kept in KV, not from any secret, made once a day", async () => {
    const day = Date.UTC(2031, 4, 6, 9);
    await clientKey("203.0.113.7", days(), day);
    const kept = await days().getWithMetadata(`day-key/${utcDay(day)}`, "arrayBuffer");
    expect(kept.value?.byteLength).toBe(32);
    // Another day's key is another random key: no two days share bytes.
    await clientKey("203.0.113.7", days(), day + DAY);
    const next = await days().get(`day-key/${utcDay(day + DAY)}`, "arrayBuffer");
    expect(new Uint8Array(next ?? new ArrayBuffer(0))).not.toEqual(new Uint8Array(kept.value ?? new ArrayBuffer(0)));
    // It expires: KV is told to forget it 48 hours after its day began.
    const listed = await days().list({ prefix: `day-key/${utcDay(day)}` });
    expect(listed.keys[0]?.expiration).toBe(Date.UTC(2031, 4, 6) / 1000 + CLIENT_DAY_SECONDS);
  });

  it("are made a day ahead by the daily cron, so requests only read them", async () => {
    const at = Date.UTC(2032, 1, 3, 3, 17);
    await prepareDayKeys(days(), at);
    expect(await days().get(`day-key/${utcDay(at)}`, "arrayBuffer")).not.toBeNull();
    const tomorrow = await days().get(`day-key/${utcDay(at + DAY)}`, "arrayBuffer");
    expect(tomorrow?.byteLength).toBe(32);
    // Made once: the next run leaves it as it is.
    await prepareDayKeys(days(), at + 60_000);
    const again = await days().get(`day-key/${utcDay(at + DAY)}`, "arrayBuffer");
    expect(new Uint8Array(again ?? new ArrayBuffer(0))).toEqual(new Uint8Array(tomorrow ?? new ArrayBuffer(0)));
  });

  it("name the UTC day", () => {
    expect(utcDay(Date.UTC(2026, 0, 2, 23, 59))).toBe("2026-01-02");
  });
});
