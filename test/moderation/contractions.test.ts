import { describe, expect, it } from "vitest";
import { beforeApostrophes, withApostrophes } from "../../src/moderation/contractions";

describe("contractions written without their apostrophe", () => {
  it.each([
    ["im so tired", "i'm so tired"],
    ["wont be here for it", "won't be here for it"],
    [
      "theres no version of next year with me in it. ive checked",
      "there's no version of next year with me in it. i've checked",
    ],
    ["i dont know, youre right, theyd be fine", "i don't know, you're right, they'd be fine"],
  ])("puts back %j", (text, restored) => {
    expect(withApostrophes(text).text).toBe(restored);
  });

  it.each([
    ["ill do it the weekend after", "i'll do it the weekend after"],
    ["id admit me", "i'd admit me"],
    ["its been 3 years", "it's been 3 years"],
  ])("puts back a word of its own where the contraction is plain: %j", (text, restored) => {
    expect(withApostrophes(text).text).toBe(restored);
  });

  it.each([
    "its own pace",
    "i felt ill be it as it may",
    "we were there",
    "well then",
    "the shed",
    "we wed in june",
    "my id badge",
  ])("leaves words of their own: %j", (text) => {
    expect(withApostrophes(text).text).toBe(text);
  });

  it("gives each offset back in the text as written", () => {
    const written = "im sure theres no way. wont";
    const view = withApostrophes(written);
    for (const word of ["sure", "no way", "wont"]) {
      const restored = word === "wont" ? "won't" : word;
      const at = view.text.indexOf(restored);
      expect(written.slice(beforeApostrophes(view, at), beforeApostrophes(view, at + restored.length))).toBe(word);
    }
  });
});
