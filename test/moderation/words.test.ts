import { describe, expect, it } from "vitest";
import { fold } from "../../src/moderation/text";
import { Words, watch } from "../../src/moderation/words";
import blns from "../fixtures/blns.json";
import { seeded } from "../support/random";

// What Words reads in one pass, as patterns: words are runs of letters, digits and apostrophes.
const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|\p{N}+/gu;

function* generated(count: number): Generator<string> {
  const pieces = [
    "a",
    "b",
    "5",
    "one",
    "o'",
    " ",
    " ",
    "@",
    ".",
    "-",
    "\n",
    "é",
    "ß",
    "😀",
    "𝐀",
    "\ud800",
    "ab",
    "司",
    "_",
  ];
  const next = seeded(19);
  for (let n = 0; n < count; n++) {
    yield Array.from({ length: n % 24 }, () => pieces[Math.floor(next() * pieces.length)]).join("");
  }
}

const texts = [...generated(5000), ...blns.map(fold), "o'neil o o'", "5 5 5 55 5"];

describe("Words", () => {
  it("reads the words a pattern does, where it does, in generated and naughty strings", () => {
    for (const folded of texts) {
      const words = new Words(folded);
      const read = Array.from({ length: words.count }, (_, i) => [
        words.start(i),
        folded.slice(words.start(i), words.end(i)),
      ]);
      expect(read, JSON.stringify(folded)).toEqual(Array.from(folded.matchAll(WORD), (m) => [m.index, m[0]]));
      expect(words.end(words.count - 1)).toBe(
        words.count > 0 ? (read.at(-1)?.[0] as number) + String(read.at(-1)?.[1]).length : 0,
      );
      expect(words.hasDigit).toBe(/\d/.test(folded));
    }
  });

  it("reads a contraction typed without its apostrophe as the contraction, where the author typed it", () => {
    const words = new Words("hunter didnt show, its fine");
    expect(words.tokens.map((token) => token.word)).toEqual(["hunter", "didn't", "show", "its", "fine"]);
    expect(words.tokens[1]).toMatchObject({ start: 7, end: 12, written: "didnt" });
    expect([words.has("didnt"), words.has("didn't")]).toEqual([true, true]);
  });

  it("says a watched word is there when it is one of the words, a possessive's word, or an ASCII run in one", () => {
    const watched = ["a", "b", "one", "ab", "5", "55", "ba", "help"].map((word) => [word, watch([word])] as const);
    for (const folded of texts) {
      const words = new Words(folded);
      const present = new Set(
        (folded.match(WORD) ?? []).flatMap((word) => [
          word,
          word.replace(/'s$/, ""),
          ...(word.match(/[a-z0-9]+/g) ?? []),
        ]),
      );
      for (const [word, list] of watched)
        expect(words.hasAny(list), `${word} in ${JSON.stringify(folded)}`).toBe(present.has(word));
    }
  });

  it("tells the same word from a different one", () => {
    const words = new Words("help help helper help's help");
    expect([words.same(0, 1), words.same(0, 2), words.same(0, 3), words.same(0, 4)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(words.hasAny(watch(["help"]))).toBe(true);
  });

  it("will not watch what cannot be one word of the folded text", () => {
    expect(() => watch(["two words"])).toThrow();
    expect(() => watch(["Capital"])).toThrow();
  });
});
