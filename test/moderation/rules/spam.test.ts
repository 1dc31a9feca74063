import { describe, expect, it } from "vitest";
import { repetition } from "../../../src/moderation/rules/spam";
import { foundByRule } from "./found";

const repeated = (text: string) => foundByRule(repetition, text).map(([, words]) => words);

describe("repetition", () => {
  it.each([
    ["ten of one letter", `s${"o".repeat(10)} tired`, "o".repeat(10)],
    ["ten of one digit", "call 5555555555 now", "5555555555"],
    ["fifteen of one symbol", "why!!!!!!!!!!!!!!!", "!!!!!!!!!!!!!!!"],
    ["one word five times", "help help help help help me", "help help help help help"],
    ["two words four times", "go away go away go away go away now", "go away go away go away go away"],
    [
      "short runs that together fill the post",
      "BEST DEAL!!!!!!!!!!!!!!!! buy now buy now buy now buy now. Sign up sign up sign up sign up.",
      "buy now buy now buy now buy now",
    ],
    [
      "filler in a longer post",
      `Notes are due and I am tired of all of it. ${"a".repeat(45)} The end of the week cannot come soon enough for me.`,
      "a".repeat(45),
    ],
  ])("finds %s", (_, text, words) => {
    expect(repeated(text)).toContain(words);
  });

  it.each([
    ["nine of one letter", `s${"o".repeat(9)} tired`],
    ["fourteen of one symbol", "why!!!!!!!!!!!!!!"],
    ["a run of spaces", "a          b"],
    ["one word four times", "no no no no, I said"],
    ["a phrase three times", "one more time, one more time, one more time"],
    [
      "a client's words quoted in a post of sentences",
      'I watched a client who has been stable for two years sigh and say "no, no, no, no, no, no" before I finished the first question.',
    ],
    ["one cry in a short post", "Got the denial letter. Nooooooooooooo."],
    [
      "the cat on the keyboard, once",
      'My cat sat on the keyboard during evening notes. Tonight\'s notes included "jjjjjjjjjjj." Honestly, accurate.',
    ],
  ])("leaves %s alone", (_, text) => {
    expect(repeated(text)).toEqual([]);
  });
});
