import { describe, expect, it } from "vitest";
import { toMatchExpression } from "../../src/search/match";

describe("toMatchExpression", () => {
  it("quotes each word, in lower case", () => {
    expect(toMatchExpression("Burnout waitlist")).toBe('"burnout" "waitlist"');
  });

  it.each([
    ['"unbalanced quote', '"unbalanced" "quote"'],
    ["NEAR(burnout waitlist, 3)", '"near" "burnout" "waitlist" "3"'],
    ["burnout AND NOT -paperwork ^notes*", '"burnout" "paperwork" "notes"'],
    ["body:insurance", '"body" "insurance"'],
    ["caf\u00e9 na\u00efve", '"café" "naïve"'],
    ["ﬁnally", '"finally"'],
  ])("turns %j into plain words", (query, expected) => {
    expect(toMatchExpression(query)).toBe(expected);
  });

  it.each([
    ["tired OR guilty", '"tired" OR "guilty"'],
    ["OR tired OR OR guilty OR", '"tired" OR "guilty"'],
    ["tired or guilty", '"tired" "guilty"'],
    ['"the body keeps the score" insurance', '"the body keeps the score" "insurance"'],
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
    expect(toMatchExpression(words)?.split(" ")).toHaveLength(12);
  });
});
