import { describe, expect, it } from "vitest";
import { moderate } from "../../src/moderation/pipeline";

describe("the de-identified suggestion", () => {
  it.each([
    ["Brandon Keller no-showed again. Third week.", "A client no-showed again. Third week."],
    [
      "Spent lunch with Aaliyah's school counselor. Call me at 555-201-7788.",
      "Spent lunch with a client's school counselor. Call me at their number.",
    ],
    ["The sheriff's wife parks around the block.", "Someone in a known family parks around the block."],
  ])("replaces each identifying span in %j with neutral words", (text, suggestion) => {
    expect(moderate(text).suggestion).toBe(suggestion);
  });

  it("is itself published when every flag was an identifier", () => {
    const suggestion = moderate("Marisol, twelve sessions in, still checks the door twice before she sits.").suggestion;
    expect(suggestion).toBeDefined();
    expect(moderate(suggestion ?? "").decision).toBe("publish");
  });

  it("is absent when the post is published or only held for another reason", () => {
    expect(moderate("Some weeks the work asks more than I can give.").suggestion).toBeUndefined();
    expect(moderate("I want to kill myself and I have the pills ready.").suggestion).toBeUndefined();
  });

  it("is never offered on a crisis hold, even beside an identifier", () => {
    const decision = moderate("I want to kill myself and I have the pills ready. Brandon Keller no-showed again.");
    expect(decision.reasons.map((reason) => reason.kind)).toEqual(expect.arrayContaining(["crisis", "identifying"]));
    expect(decision.suggestion).toBeUndefined();
  });
});
