import { describe, expect, it } from "vitest";
import { crisisRulesIn } from "./held";

describe("self-harm", () => {
  it.each([
    "I started cutting again after fifteen years.",
    "Burned myself with the lighter after a hard session.",
    "Cut last night. Deeper than before.",
    "I dig my nails into my arm until it bleeds when a claim is denied.",
    "scratched my arms raw in the staff bathroom between sessions",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-self-harm");
  });

  it.each([
    "A teenage client showed me fresh cuts and we talked about wound care.",
    "My caseload is mostly adolescents who self-harm.",
    "I've been cutting back on evening sessions.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});
