import { describe, expect, it } from "vitest";
import { spelledNames } from "../../../src/moderation/rules/spelled-names";
import { foundByRule } from "./found";

const namesIn = (text: string) => foundByRule(spelledNames, text).map(([, words]) => words);

describe("a name spelled to slip past the guard", () => {
  it.each([
    ["letters set apart by dots", "D.e.s.m.o.n.d. came back today after six months away.", "D.e.s.m.o.n.d"],
    [
      "letters set apart by hyphens",
      "if a certain R-h-i-a-n-n-o-n from my Tuesday group is reading this",
      "R-h-i-a-n-n-o-n",
    ],
    [
      "in lower case",
      "My client m-a-d-d-i-s-o-n (spelling it out so it won't show up) talked today.",
      "m-a-d-d-i-s-o-n",
    ],
    ["digits for letters", "Sh0sh4nah finally said the word divorce out loud in session.", "Sh0sh4nah"],
    ["digits and a 1 for an l", "writing her name as L4ur3n so the filter doesn't catch it. A1ex too.", "L4ur3n"],
    ["letters set apart by middle dots", "M·a·r·y·a·m finally left him.", "M·a·r·y·a·m"],
    [
      "letters a space apart (fresh123)",
      "not gonna type her name normally but l e x i finally did the FAFSA",
      "l e x i",
    ],
  ])("finds %s", (_, text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "I said N-O-T in capitals, and the U.S.A. and the U.K. still differ.",
    "He wrote c-a-n-d-y on the whiteboard for the spelling game.",
    "Plan a b c d, all failed, and we went to plan e.",
    "My own session moved from 6pm to 7:15am and I'm a different client at 7:15.",
    "Top 5 tips: the 1st session, the 4th time, a B12 shot, CO2 levels, an mp3, 24/7, 3am.",
    "A self-care check-in: co-regulation, e-mail, T-shirt weather.",
    "Has any1 else tried the Gen4 rollout? The sha1 hash changed and the bay3 beds are full.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of 1443924: letters a space apart in capitals", () => {
  it("leaves a model's steps", () => {
    expect(namesIn("A B C D E model from REBT is still my go-to for intrusive thoughts work.")).toEqual([]);
  });
});
