import { describe, expect, it } from "vitest";
import { crisisRulesIn } from "./held";

describe("preparation and farewell", () => {
  it.each([
    "This is goodbye. Thank you all for the nights this board got me through.",
    "I wrote letters to my family and asked my neighbor if she'd take my dog.",
    "Transferring my clients one by one. Told everyone it's a sabbatical. It's not a sabbatical.",
    "I won't be at our session next week. It wasn't your fault.",
    "Don't bother with the hotline, I know it by heart.",
    "If I don't post again, know that I was grateful. Really.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I updated my professional will this year, like every clinician should.",
    "Gave away my old textbooks to the new grads. Shelf space!",
    "Saying goodbye to a client at termination is the best part of the work.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});
