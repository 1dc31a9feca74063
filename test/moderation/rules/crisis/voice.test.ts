import { describe, expect, it } from "vitest";
import { moderate } from "../../../../src/moderation/pipeline";
import { isAuthorsOwn, withoutQuotations, withoutReportedSpeech } from "../../../../src/moderation/rules/crisis/voice";

const signAt = (folded: string, sign: string) => [folded.indexOf(sign), folded.indexOf(sign) + sign.length] as const;

describe("the author's own voice", () => {
  it("blanks quotations, keeping every offset, and an apostrophe inside a word does not close one", () => {
    const text = `she said 'i don't want to die' and laughed`;
    const spoken = withoutQuotations(text);
    expect(spoken.length).toBe(text.length);
    expect(spoken).not.toContain("die");
  });

  it.each([
    ["an inner voice", "does anyone else nod along while your own head is going 'i'm ending my life soon'?"],
    ["what could not be said", "didn't have the heart to say 'not being alive', so i said resting"],
    ["what was set on a thing", "changed my emergency contact to 'whoever finds me' lmao"],
    ["a label", "left cash in an envelope marked 'funeral' in the drawer"],
    ["a cover given", "wrote every password down for him. said it was 'in case of emergencies.'"],
  ])("keeps the author's own words in quotes: %s", (_, text) => {
    expect(withoutQuotations(text)).toBe(text);
  });

  it.each([
    "my client said 'i'm ending my life soon' and we called the crisis team",
    "she couldn't say 'i want to die' out loud, so she wrote it on the card",
  ])("blanks another's words after the same cues: %j", (text) => {
    expect(withoutQuotations(text)).not.toContain("die");
    expect(withoutQuotations(text)).not.toContain("ending");
  });

  it.each([
    `he said "she told me 'i want to die' twice" and left`,
    `"one 'two' three" and 'four "five" six' then "seven 'eight" nine'`,
  ])("keeps every offset when quotations nest or cross: %j", (text) => {
    const spoken = withoutQuotations(text);
    expect(spoken.length).toBe(text.length);
    // Each character is the text's own at the same place, or blanked.
    expect([...spoken].every((unit, at) => unit === " " || unit === text[at])).toBe(true);
    expect(spoken).toContain(" and ");
    expect(spoken).not.toContain("die");
  });

  it.each([
    ["i keep counting the pills", "counting"],
    ["drove past the overpass again", "overpass"],
    ["does anyone know which bridges have nets. asking for me.", "bridges"],
    ["be kinder to yourselves than i was", "be kinder"],
  ])("hears the author in %j", (folded, sign) => {
    const [at, end] = signAt(folded, sign);
    expect(isAuthorsOwn(folded, at, end)).toBe(true);
  });

  it.each([
    ["a client said she keeps counting the pills", "counting"],
    ["her brother drove past the overpass", "overpass"],
    ["i'm not going to hurt myself", "hurt myself"],
    ["a client of mine hit her head", "hit her head"],
  ])("does not hear the author in %j", (folded, sign) => {
    const [at, end] = signAt(folded, sign);
    expect(isAuthorsOwn(folded, at, end)).toBe(false);
  });
});

describe("what a client is reported to have said, without quotation marks", () => {
  it("is blanked to the end of its clause, keeping every offset", () => {
    const text = "a client says i've been hitting my head off the wall till i black out? i wrote it plainly";
    const spoken = withoutReportedSpeech(text);
    expect(spoken.length).toBe(text.length);
    expect(spoken).not.toContain("hitting");
    expect(spoken).toContain("i wrote it plainly");
  });

  it("stops at the author's turn", () => {
    expect(withoutReportedSpeech("she said i look tired and i nodded, because i have the pills ready")).toContain(
      "and i nodded, because i have the pills ready",
    );
  });

  it("takes the whole post's reading away from a client's words, not a sign of the author's", () => {
    const clients =
      "How much goes in the note when a client says i've been hitting my head off the wall till i black out? I wrote it plainly. Head injury risk, GP referral, safety planning.";
    expect(moderate(clients).decision).toBe("publish");
    expect(moderate(`${clients} And i have the pills ready for myself.`).decision).toBe("hold");
  });
});
