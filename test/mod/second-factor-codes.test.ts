import { describe, expect, it } from "vitest";
import {
  codeAt,
  decryptTotpSecret,
  encryptTotpSecret,
  isRecoveryCode,
  newTotpSecret,
  recoveryCodeHash,
  stepOfCode,
  waitAfter,
} from "../../src/mod/second-factor";

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("are those of RFC 6238 (the last six digits of its SHA-1 test vectors)", () => {
    expect(codeAt(RFC_SECRET, "any", 59_000)).toBe("287082");
    expect(codeAt(RFC_SECRET, "any", 1_111_111_109_000)).toBe("081804");
    expect(codeAt(RFC_SECRET, "any", 1_234_567_890_000)).toBe("005924");
  });

  it("are taken one step early or late, no further, with the step they belong to", () => {
    const now = 1_234_567_890_000;
    const step = Math.floor(now / 30_000);
    expect(stepOfCode(RFC_SECRET, "any", codeAt(RFC_SECRET, "any", now), now)).toBe(step);
    expect(stepOfCode(RFC_SECRET, "any", codeAt(RFC_SECRET, "any", now - 30_000), now)).toBe(step - 1);
    expect(stepOfCode(RFC_SECRET, "any", codeAt(RFC_SECRET, "any", now + 30_000), now)).toBe(step + 1);
    expect(stepOfCode(RFC_SECRET, "any", codeAt(RFC_SECRET, "any", now + 90_000), now)).toBeUndefined();
    expect(stepOfCode(RFC_SECRET, "any", "005 924", now)).toBe(step);
    expect(stepOfCode(RFC_SECRET, "any", "00592", now)).toBeUndefined();
  });
});

describe("the kept secret", () => {
  it("is encrypted, differently each time, and opens only with its key", async () => {
    const secret = newTotpSecret();
    const [once, twice] = [await encryptTotpSecret("key one", secret), await encryptTotpSecret("key one", secret)];
    expect(once).not.toContain(secret);
    expect(once).not.toBe(twice);
    expect(await decryptTotpSecret("key one", once)).toBe(secret);
    await expect(decryptTotpSecret("key two", once)).rejects.toThrow();
  });
});

describe("recovery codes and waiting", () => {
  it("tells a recovery code from a six-digit code, and hashes it the same however it is typed", async () => {
    expect(isRecoveryCode("abcd-efgh-jkmn")).toBe(true);
    expect(isRecoveryCode("ABCD EFGH JKMN")).toBe(true);
    expect(isRecoveryCode("123456")).toBe(false);
    expect(await recoveryCodeHash("ABCD EFGH-JKMN")).toBe(await recoveryCodeHash("abcd-efgh-jkmn"));
  });

  it("waits nothing for five wrong codes, then a minute, doubling to an hour at most", () => {
    const at = 1_000_000;
    expect(waitAfter(4, at, at)).toBe(0);
    expect(waitAfter(5, at, at)).toBe(60_000);
    expect(waitAfter(6, at, at + 60_000)).toBe(60_000);
    expect(waitAfter(30, at, at)).toBe(3_600_000);
    expect(waitAfter(5, at, at + 60_000)).toBe(0);
  });
});
