import { describe, expect, it } from "vitest";
import { isAuthorsOwn, withoutQuotations } from "../../../../src/moderation/rules/crisis/voice";

const signAt = (folded: string, sign: string) => [folded.indexOf(sign), folded.indexOf(sign) + sign.length] as const;

describe("the author's own voice", () => {
  it("blanks quotations, keeping every offset, and an apostrophe inside a word does not close one", () => {
    const text = `she said 'i don't want to die' and laughed`;
    const spoken = withoutQuotations(text);
    expect(spoken.length).toBe(text.length);
    expect(spoken).not.toContain("die");
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
