import { describe, expect, it } from "vitest";
import { crisisRulesIn } from "./held";

describe("burden and hopelessness", () => {
  it.each([
    "My family would honestly be better off without me.",
    "They'd all be lighter if I was gone.",
    "Take me out of the equation and everything balances.",
    "There's no version of the future that I'm in.",
    "Everyone keeps carrying me. The kindest thing would be to take myself out of everyone's way.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-burden");
  });

  it.each([
    "Clients are better off with a rested therapist, so I'm taking Friday off.",
    "I'm done with notes for the day.",
    "Some weeks I feel like a burden on my supervisor, so I bring coffee.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});
