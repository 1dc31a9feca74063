import { describe, expect, it } from "vitest";
import { crisisRulesIn } from "./held";

describe("a plan or a time", () => {
  it.each([
    "I have a plan and a time. I'm not telling anyone which.",
    "I've picked Sunday night. The week won't start again.",
    "I've set a date after my last client of the month.",
    "Plan: yes. Means: yes. Intent: yes. I'd hospitalize a client with these answers.",
    "Once the last report is submitted I'm done.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I have a plan for the weekend: nothing on the calendar.",
    "The client had a plan and the means, so we went to the ER together.",
    "We updated her safety plan and set a follow-up for Thursday.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});
