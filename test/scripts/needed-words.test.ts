import { describe, expect, it } from "vitest";
import neededWords from "../../src/moderation/lexicons/needed-words.json";
import "../../src/moderation/pipeline";
import { choicesNeeded } from "../../scripts/needed-words";
import { neededWordsAsked } from "../../src/moderation/rules/rule";
import { WORD_EDGE } from "../../src/moderation/rules/word-edges";

describe("choicesNeeded", () => {
  it.each([
    [
      "a word between spaces, past optional words before it",
      String.raw`\b(?:(?:the )?(?:\w+ )?bottle (?:lined up|ready))\b`,
      ["bottle"],
    ],
    [
      "the rarer of two words, past an optional ending before a space",
      String.raw`\b(?:kill(?:ing)? myself)\b`,
      ["myself"],
    ],
    [
      "one word of each branch of a group",
      String.raw`\b(?:(?:tore|threw out) (?:my|the) (?:safety|crisis) plan)\b`,
      ["safety", "crisis"],
    ],
    ["a word at the pattern's edge, after a lookbehind", String.raw`\b(?:(?<!\bnot )nobody)\b`, ["nobody"]],
    ["a word before punctuation", String.raw`\bbye\. for good`, ["bye"]],
    ["a word at a word edge written as lookarounds", `\\bgoodbye${WORD_EDGE}`, ["goodbye"]],
    ["a word after a back-reference by name, not its name", String.raw`\b(?<x>\w+) cat \k<x>\b`, ["cat"]],
    ["a word after an escaped code, not the code's letters", String.raw`\u00e9 dog\b`, ["dog"]],
  ])("needs %s", (_, source, words) => {
    expect(choicesNeeded(source)?.[0]).toEqual(words);
  });

  it("gives every choice a match must hold a word of, the rarest first, and none of the words nearly every post has", () => {
    expect(choicesNeeded(String.raw`\b(?:(?:tore|threw out) (?:my|the) (?:safety|crisis) plan)\b`)).toEqual([
      ["safety", "crisis"],
      ["plan"],
      ["tore", "threw"],
    ]);
    expect(choicesNeeded(String.raw`\bi (?:won't|will not) be (?:here|around) (?:much|very) longer\b`)).toEqual([
      ["longer"],
      ["here", "around"],
      ["much", "very"],
    ]);
  });

  it.each([
    ["a word with an optional ending", String.raw`\b(?:bottles?)\b`],
    ["the start of a longer word", String.raw`\bsuicid\w*`],
    ["a word that may run on into letters", String.raw`\bplan[a-z]*`],
    ["a word beside a class that may be a letter", String.raw`\b[^.]bottle\b`],
    ["words in optional groups", String.raw`\b(?:bottle)?(?: ready)?\b`],
    ["a group with a branch that needs nothing", String.raw`\b(?:pills|\w+)\b`],
    ["only words nearly every post has", String.raw`\b(?:the|my) (?:pills|\w+)\b`],
    ["a pattern read without case", String.raw`\bbottle\b`],
  ])("needs nothing sure of %s", (what, source) => {
    expect(choicesNeeded(source, what.includes("without case") ? "gi" : "g")).toBeUndefined();
  });
});

describe("needed-words.json", () => {
  it("holds what each alternative read by its words needs, as the patterns are now (else: npm run needed-words)", () => {
    const asked = [...new Set(neededWordsAsked)];
    const read = Object.fromEntries(
      asked.flatMap((source) => {
        const choices = choicesNeeded(source);
        return choices ? [[source, choices]] : [];
      }),
    );
    expect(asked.length).toBeGreaterThan(1000);
    expect(neededWords.needs).toEqual(read);
  });
});
