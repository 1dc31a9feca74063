import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url, encodeBase64UrlText } from "../src/base64url";
import { naughtyStrings } from "./support/naughty";
import { seeded } from "./support/random";

const utf8 = new TextEncoder();

describe("base64url", () => {
  it("encodes text as the base64url of its UTF-8 bytes, ASCII or not (every naughty string)", () => {
    for (const text of [...naughtyStrings, "", '[1,"n",1795000000000,"01JABCDEF"]', "é", "😀", "\u0000\u007f\u0080"]) {
      const encoded = encodeBase64UrlText(text);
      expect(encoded).toBe(encodeBase64Url(utf8.encode(text)));
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(decodeBase64Url(encoded))).toBe(text);
    }
  });

  it("round-trips random bytes at every length up to 300", () => {
    const random = seeded(7);
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
    }
  });

  it("refuses what is not base64url", () => {
    for (const text of ["a+b", "a/b", "ab==", "a b"]) expect(() => decodeBase64Url(text)).toThrow();
  });
});
