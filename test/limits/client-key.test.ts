import { describe, expect, it } from "vitest";
import { clientKey, utcDay } from "../../src/limits/client-key";

const secret = "a-test-secret";
const noon = Date.UTC(2026, 10, 22, 12);
const DAY = 24 * 60 * 60 * 1000;

describe("client keys", () => {
  it("are the same for one address all day", async () => {
    const morning = await clientKey("203.0.113.7", secret, Date.UTC(2026, 10, 22, 0, 0, 1));
    const night = await clientKey("203.0.113.7", secret, Date.UTC(2026, 10, 22, 23, 59, 59));
    expect(morning).toBe(night);
  });

  it("differ for one address between two days", async () => {
    expect(await clientKey("203.0.113.7", secret, noon)).not.toBe(await clientKey("203.0.113.7", secret, noon + DAY));
  });

  it("differ between addresses, and between secrets", async () => {
    const key = await clientKey("203.0.113.7", secret, noon);
    expect(await clientKey("203.0.113.8", secret, noon)).not.toBe(key);
    expect(await clientKey("203.0.113.7", "another-secret", noon)).not.toBe(key);
  });

  it("hold nothing of the address", async () => {
    const key = await clientKey("203.0.113.7", secret, noon);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("203");
  });

  it("name the UTC day", () => {
    expect(utcDay(Date.UTC(2026, 0, 2, 23, 59))).toBe("2026-01-02");
  });
});
