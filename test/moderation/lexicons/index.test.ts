import { describe, expect, it } from "vitest";
import englishWords from "../../../src/moderation/lexicons/english-words.json";
import { lexicons, SortedWords } from "../../../src/moderation/lexicons/index";

describe("a sorted word list read one first letter at a time", () => {
  const words = englishWords.words.split(englishWords.separator);

  it("is read from a list in order, as its runs by first letter need", () => {
    expect(words.length).toBeGreaterThan(100_000);
    expect(words.every((word, at) => at === 0 || (words[at - 1] as string) < word)).toBe(true);
  });

  it("has every word of the list, and only those", () => {
    const english = lexicons().english;
    expect(words.every((word) => english.has(word))).toBe(true);
    for (const other of ["", "zzzzq", "aardvarkz", "a ", " a", "étuisx", "Aardvark", "qwertyuiop"]) {
      expect(english.has(other), other).toBe(false);
    }
  });

  it("reads the first and last words of a list and a one-letter list", () => {
    const list = new SortedWords({ separator: "|", words: "apple|apples|banana|cherry" });
    expect(["apple", "apples", "banana", "cherry"].map((word) => list.has(word))).toEqual([true, true, true, true]);
    expect(["app", "bananas", "c", "d"].map((word) => list.has(word))).toEqual([false, false, false, false]);
  });
});
