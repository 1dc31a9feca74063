import { describe, expect, it } from "vitest";
import { contentHash, newDeleteToken, newId, sha256Hex, tokenMatches } from "../src/secrets";

describe("post ids", () => {
  it("are 12 characters of lower-case Crockford base32, and do not repeat", () => {
    const ids = Array.from({ length: 5000 }, newId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("are not sequential: ids made one after another are in no order", () => {
    const ids = Array.from({ length: 100 }, newId);
    expect(ids.toSorted()).not.toEqual(ids);
    expect(ids.toSorted().reverse()).not.toEqual(ids);
  });
});

describe("delete tokens", () => {
  it("carry 256 bits as base64url", () => {
    const token = newDeleteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newDeleteToken()).not.toBe(token);
  });

  it("match their own hash and nothing else", async () => {
    const token = newDeleteToken();
    const hash = await sha256Hex(token);
    expect(await tokenMatches(token, hash)).toBe(true);
    expect(await tokenMatches(newDeleteToken(), hash)).toBe(false);
    expect(await tokenMatches(token, hash.slice(0, 10))).toBe(false);
    expect(await tokenMatches(token, "")).toBe(false);
  });
});

describe("content hashes", () => {
  it("match bodies that differ only in case, spacing and punctuation", async () => {
    const original = await contentHash("Notes, notes, and more notes. Always notes!");
    expect(await contentHash("notes notes and more notes always notes")).toBe(original);
    expect(await contentHash("Notes, notes, and more forms. Always notes!")).not.toBe(original);
  });

  it("is a SHA-256 hex digest", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
