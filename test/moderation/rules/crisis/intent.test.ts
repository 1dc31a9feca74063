import { describe, expect, it } from "vitest";
import { crisisRulesIn } from "./held";

describe("intent", () => {
  it.each([
    "I want to die and I can't say it to anyone at work.",
    "Honestly I'm going to end my life before the audit.",
    "i wish i could go to sleep and never wake up",
    "I daydream about disappearing for good.",
    "I'd like it all to stop. Me included.",
    "I don't plan on being around for the renewal.",
    "Dying is starting to look like the only way out.",
    "I can't imagine being alive next spring.",
    "Kidding. Unless? The pills are right there.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-intent");
  });

  it.each([
    "I wanted to die of embarrassment when I called her by the wrong name.",
    "A client told me she wants to die, and we made a safety plan.",
    '"I want to die," she said, then asked for water.',
    "I'm not suicidal, just tired. Going to bed early.",
    "This is the hill I will die on: notes are not therapy.",
    "I'm dying to know who designed this portal.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});
