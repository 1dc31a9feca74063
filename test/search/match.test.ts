import { describe, expect, it } from "vitest";
import { alternativesOf, hasPhrase, phrasesAsWords, relatedForms, toMatchExpression } from "../../src/search/match";

describe("toMatchExpression", () => {
  it("quotes each word, in lower case", () => {
    expect(toMatchExpression("Burnout waitlist")).toBe('"burnout" AND "waitlist"');
  });

  it.each([
    ['"unbalanced quote', '"unbalanced" AND "quote"'],
    ["NEAR(burnout waitlist, 3)", '"near" AND "burnout" AND "waitlist" AND "3"'],
    ["burnout AND NOT -paperwork ^notes*", '"burnout" AND "paperwork" AND "notes"'],
    ["body:insurance", '"body" AND "insurance"'],
    ["caf\u00e9 na\u00efve", '"café" AND "naïve"'],
    ["ﬁnally", '"finally"'],
  ])("turns %j into plain words", (query, expected) => {
    expect(toMatchExpression(query)).toBe(expected);
  });

  it.each([
    ["tired OR guilty", '"tired" OR "guilty"'],
    ["OR tired OR OR burnout OR", '"tired" OR "burnout"'],
    ["tired or guilty", '"tired" AND "guilty"'],
    ['"the body keeps the score" notes', '"the body keeps the score" AND "notes"'],
    ["“countertransference dream” OR nightmare", '"countertransference dream" OR "nightmare"'],
    ['"" OR ""', null],
  ])("keeps phrases in quotes and OR in capitals: %j", (query, expected) => {
    expect(toMatchExpression(query)).toBe(expected);
  });

  it.each(["the and of", '"" () * : ^ -', "   ", "!!!", "to be or not to be"])(
    "has nothing to search for in %j",
    (query) => {
      expect(toMatchExpression(query)).toBeNull();
    },
  );

  it("keeps at most twelve words", () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    expect(toMatchExpression(words)?.split(" AND ")).toHaveLength(12);
  });

  it.each([
    ["supervisor", ["supervision", "supervise", "supervize"]],
    ["supervision", ["supervisor", "supervise", "supervize"]],
    ["supervised", ["supervisor", "supervision", "supervize"]],
    ["supervising", ["supervisor", "supervision", "supervize"]],
    ["supervisors", ["supervision", "supervise", "supervize"]],
    ["director", ["direction"]],
    ["depressed", ["depression"]],
    ["discussion", ["discuss"]],
    ["therapist", ["therapy"]],
    ["therapists", ["therapy"]],
    ["therapy", ["therapist"]],
    ["therapies", ["therapist"]],
    ["psychologist", ["psychology"]],
  ])("searches %j in its family too: %j", (word, forms) => {
    expect(relatedForms(word)).toEqual(forms);
    expect(toMatchExpression(word)).toBe(`(${[word, ...forms].map((form) => `"${form}"`).join(" OR ")})`);
  });

  it.each(["mission", "letter", "affect", "notes", "analysis", "being", "artist", "café", "burnout", "guilty", "hmo"])(
    "leaves %j alone: its root is too short or it has no family ending",
    (word) => {
      expect(relatedForms(word)).toEqual([]);
    },
  );
});

describe("a phrase's words", () => {
  it.each([
    ['"the body keeps the score" notes', '("the" AND "body" AND "keeps" AND "the" AND "score") AND "notes"'],
    ["“countertransference dream” OR nightmare", '("countertransference" AND "dream") OR "nightmare"'],
    [
      '"came back denied" supervisor',
      '("came" AND "back" AND "denied") AND ("supervisor" OR "supervision" OR "supervise" OR "supervize")',
    ],
  ])("reads each phrase of %j as its words, and leaves the rest", (query, expected) => {
    const match = toMatchExpression(query) ?? "";
    expect(hasPhrase(match)).toBe(true);
    expect(phrasesAsWords(match)).toBe(expected);
  });

  it.each(["supervisor OR therapist", "burnout waitlist", '"burnout"'])(
    "finds no phrase in %j, though quoted words sit side by side",
    (query) => {
      const match = toMatchExpression(query) ?? "";
      expect(hasPhrase(match)).toBe(false);
      expect(phrasesAsWords(match)).toBe(match);
    },
  );
});

describe("the alternatives of an expression", () => {
  it.each<[string, string[][]]>([
    ["burnout waitlist", [['"burnout"', '"waitlist"']]],
    ["burnout waitlist OR kettle", [['"burnout"', '"waitlist"'], ['"kettle"']]],
    ["tired OR guilty OR numb", [['"tired"'], ['"guilty"'], ['"numb"']]],
    ['"the notes" kettle', [['"the"', '"notes"', '"kettle"']]],
    ["supervisor waitlist", [['("supervisor" OR "supervision" OR "supervise" OR "supervize")', '"waitlist"']]],
  ])("reads %j as each set of terms a post must all hold (AND before OR, a family one term)", (query, expected) => {
    expect(alternativesOf(toMatchExpression(query) ?? "")).toEqual(expected);
  });
});
