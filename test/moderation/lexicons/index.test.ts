import { describe, expect, it } from "vitest";
import commonEnglishWords from "../../../src/moderation/lexicons/common-english-words.json";
import commonFirstNames from "../../../src/moderation/lexicons/common-first-names.json";
import englishWords from "../../../src/moderation/lexicons/english-words.json";
import firstNames from "../../../src/moderation/lexicons/first-names.json";
import { lexicons, SortedWords } from "../../../src/moderation/lexicons/index";
import surnames from "../../../src/moderation/lexicons/surnames.json";
import usPlaces from "../../../src/moderation/lexicons/us-places.json";

type List = { separator: string; words: string };
const lists = (): [string, List, { has(word: string): boolean }][] => [
  ["english", englishWords, lexicons().english],
  ["commonEnglish", commonEnglishWords, lexicons().commonEnglish],
  ["firstNames", firstNames, lexicons().firstNames],
  ["commonFirstNames", commonFirstNames, lexicons().commonFirstNames],
  ["surnames", surnames, lexicons().surnames],
  ["places", usPlaces, lexicons().places],
];

describe("a sorted word list read a start of two letters at a time", () => {
  const words = englishWords.words.split(englishWords.separator);

  it.each(lists())("%s is in order, as its runs by start need, with no word twice", (_, list) => {
    const entries = list.words.split(list.separator);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.every((word, at) => at === 0 || (entries[at - 1] as string) < word)).toBe(true);
  });

  it.each(lists())("%s has every word of its list", (_, list, set) => {
    expect(list.words.split(list.separator).every((word) => set.has(word))).toBe(true);
  });

  it("has only the words of its list", () => {
    const english = lexicons().english;
    expect(words.length).toBeGreaterThan(100_000);
    for (const other of ["", "zzzzq", "aardvarkz", "a ", " a", "étuisx", "Aardvark", "qwertyuiop"]) {
      expect(english.has(other), other).toBe(false);
    }
  });

  it("reads the first and last words of a list, and words shorter than a start", () => {
    const list = new SortedWords({ separator: "|", words: "a|apple|apples|banana|cherry|i|in" });
    const found = ["a", "apple", "apples", "banana", "cherry", "i", "in"].map((word) => list.has(word));
    expect(found).toEqual([true, true, true, true, true, true, true]);
    expect(["app", "bananas", "c", "d", "ap", "b"].map((word) => list.has(word))).toEqual(Array(6).fill(false));
  });
});
