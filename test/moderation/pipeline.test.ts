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

// Posts a reviewer wrote against 4d8770a and 938aa22 (a number across full stops, a title before a public figure's
// name, a client's whole name, "die a little" in earnest), decided by the whole pipeline.
describe("the review of 4d8770a and 938aa22", () => {
  it.each([
    "My supervisee Dr. Sharon Lee thinks I'm too soft on clients.",
    "Dr. Phil Ramirez, my client's cardiologist, called me about her.",
    "King Charles Street is where she grew up.",
    "My client Alice Walker told me her husband left.",
    "Alice Walker, my 3pm, no-showed again.",
    "Kathy Steele came in today and cried.",
    "My client Carl Rogers is a retired plumber.",
    "My client uses they/them. They overdosed on Christmas Eve and I found out from a voicemail.",
    "I'm going to die inside the next month if nothing changes, and part of me wants that.",
    "I hope to die inside this year. I'm tired.",
    "Every day I hope to die a little sooner.",
    "I'd like to die a little at a time, quietly, so nobody notices.",
    "Some days I want to die a little, some days completely. Today is completely.",
    "five four oh, five five five, oh one three six. Five four oh.",
    "She left her number on my voicemail: nine one nine. Five five five. Oh one. Eight seven.",
    "Her ex's number is five five five. Oh one. Nine three. She wants me to call him.",
    "Client's number is five five five two. Oh one. Seven seven eight eight.",
    "Her cell is nine one nine. Five five. Five oh one eight seven.",
    "His social is one two three. Four five six. Seven eight nine.",
    "Her social: one two three. Four five. Six seven. Eight nine.",
    "five five five. two oh one. seven seven eight eight",
    "Call 555. 201. 7788 now",
  ])("holds %j", (text) => {
    expect(moderate(text).decision).not.toBe("publish");
  });

  it.each([
    "I wanted to die a little at how much I sounded like my old supervisor.",
    "Abraham Lincoln struggled with melancholy and still led.",
    "Flemish was her grandmother's language.",
    "Judith Herman's Trauma and Recovery should be on every clinician's shelf.",
    "I saw five clients. Two cancelled. Three showed. Four tomorrow.",
  ])("publishes %j", (text) => {
    expect(moderate(text).decision).toBe("publish");
  });
});

// fresh110 and fresh111's kinds, decided by the whole pipeline: each rule's table says the rest.
describe("fresh110 and fresh111's kinds", () => {
  it.each([
    "Transportation vendor says 38126 is outside their service area, so my client takes two buses.",
    "She's the only woman running her own crab boat out of our harbor, and everybody on the docks has an opinion.",
    "A new client was working the night shift when the fertilizer plant downriver exploded.",
    "He's one of the teenagers who pulled kids out of the water when the footbridge collapsed at the county fair.",
    "Recorded a voice memo for each of my kids' birthdays for the next ten years. I'm not doing better, I'm finishing.",
    "Asked a colleague to be the emergency contact for my practice. Showed her the password manager. It's not an accident I'm planning for.",
    "I've been surviving mine for a long while and I've decided I'm finished, and I've made my peace with it.",
    "The last day of school is the 6th and I've decided the 7th is my day.",
  ])("holds %j", (text) => {
    expect(moderate(text).decision).not.toBe("publish");
  });

  it.each([
    "daily check-ins through our on-call line. She's okay tonight.",
    "I've sent more grieving clients the clip of Stephen Colbert talking about loss than any handout.",
  ])("publishes %j", (text) => {
    expect(moderate(text).decision).toBe("publish");
  });
});

// Posts reviewers wrote against 35c40bd and 6b4507b: "I've decided" and "take everything I have" in earnest, numbers
// said across full stops, vehicles and places named after people; and the ordinary posts the new signs held.
describe("the reviews of 35c40bd and 6b4507b", () => {
  it.each([
    "My client with OCD did her first exposure today and I was genuinely proud of her. I've decided it's not worth it. Anyway, back to charting.",
    "My client with OCD did her first exposure today and I was proud of her. I've decided this is the last winter.",
    "Did a family session on a teen's school refusal and a CBT-I intake, then wrote a treatment plan. I've decided my husband and the kids are better off. Going to do my billing now.",
    "Rough week of sessions and a licensing board complaint. I'm going to take everything I have in the cabinet tonight. My notes are done.",
    "Spread my refills across three pharmacies so no one would catch it.",
    "Refilled early at a different pharmacy so nobody would flag it.",
    "A school bus slid off the bridge last winter with her son on it.",
    "A tour bus rolled over on the interstate and my client was the only survivor.",
    "He is the only Black firefighter across town and everyone knows him.",
    "Her brother jumped from the George Washington Bridge in March.",
    "Her dad fishes in Prince William Sound.",
    "my client double-texted me at 2am, so this morning i re-called dawn and set up an extra session.",
    "i video-called summer and she was in her car outside her ex's apartment.",
    "My client left her number as nine one nine. Five five five. Oh one three six. Two rings and it went to voicemail.",
    "Her number is five five five. Oh one three six. Oh well, I called anyway.",
    "Nine one nine. Five five five. Oh one three six. Ten minutes later she called from it.",
    "She whispered it twice. Five five five. Oh one three six. Five five five. Oh one three six.",
    "She gave me her number, nine one nine, five five five. Oh one three six. Oh, and a voicemail too.",
    "The number she gave me was eight six seven. Five three oh nine. Oh, Jenny.",
  ])("holds %j", (text) => {
    expect(moderate(text).decision).not.toBe("publish");
  });

  it.each([
    "Showed my husband the password manager tonight. Adulting.",
    "I'm not doing better, I'm finishing grad school. Different thing.",
    "Mine is the only group practice I know of that docks clinicians' pay for client no-shows.",
    "I was stuck at work when the elevator broke and walked down eleven flights.",
    "I was at work when the dam broke, so to speak, and cried in my car.",
    "My client's Taylor Swift phase is going strong.",
    "Ten. Nine. Eight. Seven. Six. Five. Four. Three. Two. One. We counted down together.",
    "daily check-ins through our on-call line. She's okay tonight.",
  ])("publishes %j", (text) => {
    expect(moderate(text).decision).toBe("publish");
  });
});
