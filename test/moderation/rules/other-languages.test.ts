import { describe, expect, it } from "vitest";
import { OtherLanguagePhrases } from "../../../src/moderation/rules/other-languages";
import { ruleInputOf, wordsFlaggedBy } from "./found";

/** The words of `text` the name rules pass over as another language's. */
const passedOver = (text: string) => {
  const { text: normalized, words } = ruleInputOf(text);
  const phrases = new OtherLanguagePhrases(normalized, words.tokens);
  return words.tokens.flatMap((token, at) => (phrases.holds(at) ? [token.written] : []));
};

describe("stretches written in another language", () => {
  it.each([
    // Its capitalized first word only where it is one of the language's own: "Laissez" may be a name as far as it knows.
    ["Laissez les bons temps rouler, except on Mondays.", ["les", "bons"]],
    ['"Ăn cơm chưa?" Have you eaten yet?', ["cơm", "chưa"]],
    ["Les enfants sont partis en vacances.", ["Les", "enfants", "sont", "partis", "en", "vacances"]],
    ["for Día de los Muertos with photos", ["de", "los"]],
  ])("passes over the words of %j", (text, words) => {
    expect(passedOver(text)).toEqual(words);
  });

  it.each([
    // A name with its particles is a name, its capitals kept.
    ["Juan de la Cruz came in late again.", ["de", "la"]],
    // English with one foreign word is English.
    ["My abuela made tamales for the whole group.", []],
  ])("keeps the names of %j", (text, words) => {
    expect(passedOver(text)).toEqual(words);
  });

  it("leaves the lower-case words of a sentence in French, and still finds a town named in one in Spanish", () => {
    expect(
      wordsFlaggedBy("proper-name", "Older folks call everybody cher. Laissez les bons temps rouler."),
    ).not.toContain("les");
    expect(wordsFlaggedBy("named-place", "Ella vive con su abuela en Pharr y trabaja en la tienda.")).toEqual([
      "Pharr",
    ]);
    expect(wordsFlaggedBy("proper-name", "Juan de la Cruz came in late again.")).toEqual(["Juan de la Cruz"]);
  });
});
