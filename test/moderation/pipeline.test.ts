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

// Posts a reviewer wrote against 205d54b and a9d4b24, decided by the whole pipeline: each rule's own tests say why.
describe("the review of 205d54b and a9d4b24", () => {
  it.each([
    "She texted me at 2 a.m. Hope was back in the ER and her mom wouldn't pick up.",
    "My client (a.k.a. Birdie to her friends) no-showed again.",
    "Will is off his meds again and nobody can reach him.",
    "Hope is on her way to rehab for the third time.",
    "Hope is at her lowest since the custody hearing.",
    "Jaylen is in his final season before he ages out of foster care.",
    "It's Rosa's first season without her husband on the boat.",
    "Our intake was 91 when she started.",
    "The referral is 94, lives alone.",
    "The school bus slid off the county bridge last winter and her son was on it.",
    "Her son's truck went through the ice on the lake and he didn't make it.",
    "The ferry caught fire off the island and she lost her husband.",
    "Her son was driving home on Christmas Eve when the other car hit him.",
    "My client's daughter was coming back on New Year's Eve when the crash happened.",
    "what grace says about her dad makes my stomach drop.",
    "Her twins were born on the Fourth of July.",
    "Her son drowned at the lake on the Fourth of July.",
    "Anna Brown told me her husband left.",
    "Esther Brown cried the whole session.",
    "He asked me to call and I didn't. Rowan still texts me every night about his wife.",
  ])("holds %j", (text) => {
    expect(moderate(text).decision).not.toBe("publish");
  });

  it.each([
    "Judith Herman's Trauma and Recovery should be on every clinician's shelf.",
    "Sylvia Plath's Bell Jar was assigned reading in my training and I still think about it.",
    "Toni Morrison's Beloved wrecked me for a week.",
    "Audre Lorde said self-care is self-preservation and I think about that daily.",
    "Half my clients said they binged on Halloween candy.",
    "Fourth of July fireworks are rough for a lot of trauma survivors.",
    "Her DES score at intake was 94, and now it's under 30.",
    "My car slid off the road on black ice this morning and I was forty minutes late.",
    "Hope is on her side now, for the first time in a year.",
    "Faith is at his core, and he's scared therapy will take it away.",
    "Obon is when I miss my grandmother most.",
    "Respeto is huge in my family and it shapes how I work.",
  ])("publishes %j", (text) => {
    expect(moderate(text).decision).toBe("publish");
  });
});
