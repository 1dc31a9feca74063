import { describe, expect, it } from "vitest";
import { anyOf, groupedAlternatives, spansOf } from "../../../src/moderation/rules/rule";

describe("groupedAlternatives", () => {
  it("splits only at the top level, past groups, classes and escapes", () => {
    expect(groupedAlternatives(String.raw`a|(?:b|c)|[|x]|d\|e|f`, 1)).toEqual([
      "a",
      "(?:b|c)",
      "[|x]",
      String.raw`d\|e`,
      "f",
    ]);
  });

  it("joins alternatives into groups of at most the size asked, and one alone when it is longer", () => {
    expect(groupedAlternatives("aa|bb|cc|dddddd|e", 5)).toEqual(["aa|bb", "cc", "dddddd", "e"]);
  });

  it("finds as the whole alternation does, when its groups are read as alternatives", () => {
    const words = "last (?:coffee|commute)|goodbye|good(?:bye)? all|(?:one|two) days";
    const text = "last coffee, goodbye all, good all, two days, last commute";
    const whole = new RegExp(String.raw`\b(?:${words})\b`, "g");
    const grouped = anyOf(groupedAlternatives(words, 12).map((group) => String.raw`\b(?:${group})\b`));
    expect(spansOf(grouped, text, "crisis-farewell")).toEqual(spansOf(whole, text, "crisis-farewell"));
    expect(spansOf(grouped, text, "crisis-farewell").length).toBe(5);
  });
});
