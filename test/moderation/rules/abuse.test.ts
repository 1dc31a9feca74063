import { describe, expect, it } from "vitest";
import { found, wordsFlaggedBy } from "./found";

describe("abuse", () => {
  it.each([
    ["he called me a n1gg3r", "slur", "n1gg3r"],
    ["a dirty k1ke", "slur", "k1ke"],
    ["a sp1c and", "slur", "sp1c"],
    ["that f@ggot", "slur-ambiguous", "f@ggot"],
    ["such a retard", "slur-ambiguous", "retard"],
    // Written in ways an earlier sighting (up to four repeats, "9" for "g", ASCII only) let through.
    ["he called me a ni66er", "slur", "ni66er"],
    ["a dykkkkkke", "slur-ambiguous", "dykkkkkke"],
    ["a nìgger", "slur", "nìgger"],
    ["that kіkе", "slur", "kіkе"],
    ["Muslims are vermin", "hate", "muslims are vermin"],
    ["immigrants should all be deported", "hate", "immigrants should all be deported"],
    ["I'm going to punch my supervisor", "threat", "i'm going to punch my supervisor"],
    ["someone should shoot him", "threat", "someone should shoot him"],
    ["I know where he lives", "threat", "i know where he lives"],
    // The author's own threat, quoted, is still one.
    ['I told him "I will kill you if you touch her again" and I meant it.', "threat", "i will kill you"],
    ['I texted my ex: "I know where you live and I\'m going to hurt you."', "threat", "i'm going to hurt you"],
  ])("finds %j", (text, rule, words) => {
    expect(found(text).map(([name, flagged]) => [name, flagged.toLowerCase()])).toContainEqual([rule, words]);
  });

  it.each([
    "this fucking paperwork",
    "shit day, damn insurer, what the hell",
    "a client disclosed rape and incest",
    "sex offender treatment is my specialty",
    "domestic abuse and self-harm assessments",
    "spicy food and a spicy week",
    "mental retardation was the old diagnosis",
    "I could kill for a day off",
    "the therapist who hurt them was reported",
    "black coffee, white noise",
    "a conspicuous raccoon",
    // Someone else's threat, quoted or reported, is a client's danger told, not the author's threat.
    "Client told me her husband said 'if you leave, I'll kill you and then myself.' In DV work that's a lethality indicator.",
    "My client said I'm going to kill him if he shows up again.",
  ])("publishes %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("spam", () => {
  it.each([
    ["heeeeeeeeeeelp", "eeeeeeeeeee"],
    ["!!!!!!!!!!!!!!!!!!", "!!!!!!!!!!!!!!!!!!"],
    ["help help help help help", "help help help help help"],
    ["buy now buy now buy now buy now", "buy now buy now buy now buy now"],
    ["aaaaaaaaaa", "aaaaaaaaaa"],
    ["ends in zzzzzzzzzzzz", "zzzzzzzzzzzz"],
    ["~~~~~~~~~~~~~~~ then", "~~~~~~~~~~~~~~~"],
    ["año año año año año", "año año año año año"],
    ["I said: ñoño, ñoño, ñoño, ñoño, ñoño.", "ñoño, ñoño, ñoño, ñoño, ñoño"],
  ])("refuses %j", (text, words) => {
    expect(found(text)).toEqual([["repetition", words]]);
  });

  it.each([
    "Sooooo tired",
    "no no no no",
    "notes, notes, and more notes",
    "wait... what?!",
    "very very very tired",
    "aaaaaaaaa",
    "~~~~~~~~~~~~~~",
    "a          b",
  ])("publishes %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("killing with kindness", () => {
  it("is no threat", () => {
    expect(
      found("If one more person asks, I am going to kill them with kindness, by which I mean a long answer."),
    ).toEqual([]);
  });

  it("while killing with one's hands is", () => {
    expect(found("I am going to kill him with my bare hands.").map(([rule]) => rule)).toContain("threat");
  });
});

describe("a threat taken back fondly in the next breath", () => {
  it("is no threat", () => {
    expect(
      found("I'm going to kill my supervisor. Lovingly. She's right, as usual.").map(([rule]) => rule),
    ).not.toContain("threat");
  });

  it("while one left standing is", () => {
    expect(found("I'm going to kill my supervisor.").map(([rule]) => rule)).toContain("threat");
  });
});

describe("round 35's kind: a killing over one more of something, or taken back at once", () => {
  it.each([
    "I'm going to kill my supervisor if she says 'trust the process' one more time.",
    "If one more person tells me self-care is a bubble bath I will kill them. (I won't. I'll take the bubble bath.)",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("threat", text)).toEqual([]);
  });

  it("still holds a threat with a condition", () => {
    expect(wordsFlaggedBy("threat", "If he touches her again I will kill him.")).toEqual(["I will kill him"]);
  });
});

describe("round 39's kind: a killing taken back after a full stop, over one more of something said at length", () => {
  it("leaves it", () => {
    const text =
      "If one more manager tells me to 'prioritise self-care' while adding three new cases to my list I will kill them. With kindness. Probably.";
    expect(wordsFlaggedBy("threat", text)).toEqual([]);
  });
});

describe("a hurt the author asks about or fears having done", () => {
  it("is no threat", () => {
    expect(
      wordsFlaggedBy("threat", "now i'm lying here wondering if i hurt her. maybe she just didn't think it was funny"),
    ).toEqual([]);
  });

  it("leaves a threat after a condition", () => {
    expect(wordsFlaggedBy("threat", "if she says that again i'll hurt her")).toEqual(["i'll hurt her"]);
  });
});
