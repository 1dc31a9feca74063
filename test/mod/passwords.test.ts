import { describe, expect, it } from "vitest";
import { hashPassword, PBKDF2_ITERATIONS, UNMATCHABLE_HASH, verifyPassword } from "../../src/mod/passwords";

describe("moderator passwords", () => {
  it("uses PBKDF2-SHA-256 with 100,000 iterations, the most production Workers allow", async () => {
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    const [scheme, iterations, salt, hash] = (await hashPassword("a long passphrase")).split("$");
    expect(scheme).toBe("pbkdf2-sha256");
    expect(iterations).toBe("100000");
    expect(salt).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 bits
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
  });

  it("salts each hash, so the same password never hashes the same twice", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("verifies the right password and no other", async () => {
    const stored = await hashPassword("the right one");
    expect(await verifyPassword("the right one", stored)).toBe(true);
    expect(await verifyPassword("the right one ", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it.each(["", "plain", "md5$1$a$b", "pbkdf2-sha256$abc$AAAA$AAAA", "pbkdf2-sha256$100000$!!$??", UNMATCHABLE_HASH])(
    "matches nothing against a malformed or stand-in hash (%j)",
    async (stored) => {
      expect(await verifyPassword("anything", stored)).toBe(false);
    },
  );
});
