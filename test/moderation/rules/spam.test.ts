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
  ])("finds %s", (_, text, words) => {
    expect(repeated(text)).toContain(words);
  });

  it.each([
    ["nine of one letter", `s${"o".repeat(9)} tired`],
    ["fourteen of one symbol", "why!!!!!!!!!!!!!!"],
    ["a run of spaces", "a          b"],
    ["one word four times", "no no no no, I said"],
    ["a phrase three times", "one more time, one more time, one more time"],
  ])("leaves %s alone", (_, text) => {
    expect(repeated(text)).toEqual([]);
  });
});
