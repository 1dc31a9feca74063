import { describe, expect, it } from "vitest";
import { crisisRulesIn } from "./held";

describe("method and means", () => {
  it.each([
    "I've been stockpiling my sleeping pills in a sock drawer.",
    "Bought a gun last week. I keep taking it out and holding it.",
    "how many of my trazodone would it take to not wake up? asking for me, not a client",
    "What's the lethal dose of amitriptyline for someone my size?",
    "Sat in the garage with the engine running for a while last night.",
    "I keep thinking about how easy it would be on the bridge I drive over.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-method");
  });

  it.each([
    "We talked about lethal means restriction and she agreed to lock up the meds.",
    "Her father bought a gun and I asked about storage, as I always do.",
    "The fastest way to lose a teenager is to lecture them.",
    "I counted my CEUs tonight: twelve more to go.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});
