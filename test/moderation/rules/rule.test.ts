import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { choicesNeeded } from "../../../scripts/needed-words";
import {
  alternativesMade,
  byNeededWords,
  letterRunsOf,
  neededWordsAsked,
  spansOf,
  topLevelAlternatives,
} from "../../../src/moderation/rules/rule";
import { WORD_EDGE } from "../../../src/moderation/rules/word-edges";

describe("topLevelAlternatives", () => {
  it("splits only at the top level, past groups, classes and escapes", () => {
    expect(topLevelAlternatives(String.raw`a|(?:b|c)|[|x]|d\|e|f`)).toEqual([
      "a",
      "(?:b|c)",
      "[|x]",
      String.raw`d\|e`,
      "f",
    ]);
  });
});

describe("byNeededWords", () => {
  // The registries other test files read list the rules' own alternatives: what these tests make is taken out again.
  let registered = [0, 0];
  beforeEach(() => {
    registered = [alternativesMade.length, neededWordsAsked.length];
  });
  afterEach(() => {
    alternativesMade.length = registered[0] ?? 0;
    neededWordsAsked.length = registered[1] ?? 0;
  });
  const words = ["last (?:coffee|commute)", "goodbye", "good(?:bye)? all", "(?:one|two) days", "\\w+ days?"];
  const edges = [String.raw`\b(?:`, String.raw`)\b`] as [string, string];
  // What scripts/needed-words.ts reads off each, as the worker finds it in needed-words.json.
  const neededBy = (alternatives: string[]) =>
    new Map(
      alternatives.flatMap((alternative) => {
        const choices = choicesNeeded(`${edges[0]}${alternative}${edges[1]}`);
        return choices ? [[`${edges[0]}${alternative}${edges[1]}`, choices] as const] : [];
      }),
    );

  it("keeps each alternative that needs words apart, with its words, after the rest in groups of the size asked", () => {
    const made = byNeededWords([...words, "\\w+ weeks?", "\\w+ months?"], 34, edges, neededBy(words));
    expect(made.alternatives.map((pattern) => pattern.source.replaceAll(WORD_EDGE, "\\b"))).toEqual([
      String.raw`\b(?:\w+ days?|\w+ weeks?|\w+ months?)\b`,
      String.raw`\b(?:last (?:coffee|commute))\b`,
      String.raw`\b(?:goodbye)\b`,
      String.raw`\b(?:good(?:bye)? all)\b`,
      String.raw`\b(?:(?:one|two) days)\b`,
    ]);
    // Every choice, one word of each: "coffee" or "commute", and "last".
    expect(made.needs).toEqual([undefined, [["coffee", "commute"], ["last"]], [["goodbye"]], [["all"]], [["days"]]]);
  });

  it("finds as the whole alternation does, where it has the words and where it has none", () => {
    const made = byNeededWords(words.slice(0, 4), 12, edges, neededBy(words));
    const whole = new RegExp(String.raw`\b(?:${words.slice(0, 4).join("|")})\b`, "g");
    for (const text of ["last coffee, goodbye all, good all, two days, last commute", "last night, good times", ""]) {
      expect(spansOf(made, text, "crisis-farewell")).toEqual(spansOf(whole, text, "crisis-farewell"));
    }
    expect(spansOf(made, "last coffee, goodbye all, good all, two days", "crisis-farewell").length).toBe(4);
  });

  it("skips a group when the text lacks every word of one of its choices, without reading it", () => {
    const made = byNeededWords(["bottle (?:lined up|ready)"], 100, edges, neededBy(["bottle (?:lined up|ready)"]));
    const read = vi.spyOn(made.alternatives[0] as RegExp, "exec");
    expect(spansOf(made, "the bottles ready", "crisis-method")).toEqual([]);
    // "bottle" alone is not enough: every match also holds "lined" or "ready".
    expect(spansOf(made, "the bottle is empty", "crisis-method")).toEqual([]);
    expect(read).not.toHaveBeenCalled();
    expect(spansOf(made, "the bottle ready", "crisis-method")).toEqual([{ rule: "crisis-method", start: 4, end: 16 }]);
    expect(read).toHaveBeenCalled();
  });

  it("lists as asked of needed-words.json only the alternatives looked up there, not those given their own words", () => {
    byNeededWords(["kettle (?:on|boiled)"], 100, edges, neededBy(["kettle (?:on|boiled)"]));
    expect(neededWordsAsked).not.toContain(String.raw`\b(?:kettle (?:on|boiled))\b`);
    byNeededWords(["kettle (?:on|boiled)"], 100, edges);
    expect(neededWordsAsked).toContain(String.raw`\b(?:kettle (?:on|boiled))\b`);
  });
});

describe("letterRunsOf", () => {
  it("lists each run of letters a–z whole, split at apostrophes, digits, capitals and other scripts", () => {
    expect([...letterRunsOf("nobody's 2bottle ébottle pills-ready")]).toEqual([
      "nobody",
      "s",
      "bottle",
      "pills",
      "ready",
    ]);
  });
});
