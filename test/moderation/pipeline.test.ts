import { describe, expect, it } from "vitest";
import { type ModerationReason, moderate, strongestAction } from "../../src/moderation/pipeline";

const reason = (action: ModerationReason["action"]): ModerationReason => ({
  rule: "test",
  kind: "spam",
  action,
  message: "",
  start: 0,
  end: 1,
});

describe("moderate", () => {
  it("returns the normalized text with the decision", () => {
    const decision = moderate("  A   long week\u200B of notes and more notes.  ");
    expect(decision).toEqual({ text: "A long week of notes and more notes.", decision: "publish", reasons: [] });
  });
});

describe("strongestAction", () => {
  it.each([
    [[], "publish"],
    [["publish"], "publish"],
    [["publish", "hold"], "hold"],
    [["hold", "refuse", "publish"], "refuse"],
    [["refuse", "hold"], "refuse"],
  ] as const)("%j -> %s", (actions, expected) => {
    expect(strongestAction(actions.map(reason))).toBe(expected);
  });
});
