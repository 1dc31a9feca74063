import { describe, expect, it } from "vitest";
import { repetition } from "../../../src/moderation/rules/spam";
import { fold } from "../../../src/moderation/text";
import blns from "../../fixtures/blns.json";
import { seeded } from "../../support/random";

// The definition the rule's scan implements: ten or more of one code unit
// other than a space, of which a run of symbols needs fifteen.
const RUN = /(\S)\1{9,}/g;
const reference = (folded: string) =>
  Array.from(folded.matchAll(RUN), (match) => ({ start: match.index, end: match.index + match[0].length })).filter(
    (run) => run.end - run.start >= 15 || /[\p{L}\p{N}]/u.test(folded.charAt(run.start)),
  );

// Deterministic strings made of runs of every length, of letters, symbols and spaces.
function* generated(count: number): Generator<string> {
  const units = ["a", "b", "!", " ", "5", "é", "\n", "~"];
  const random = seeded(3);
  const next = (below: number) => Math.floor(random() * below);
  for (let n = 0; n < count; n++) {
    let text = "";
    const pieces = 1 + next(8);
    for (let i = 0; i < pieces; i++) text += (units[next(units.length)] ?? "a").repeat(1 + next(20));
    yield text;
  }
}

const runsIn = (folded: string) =>
  repetition({ folded, words: [], wordStarts: () => [] } as never).map(({ start, end }) => ({ start, end }));

describe("runs of one character", () => {
  it("agrees with its definition as a pattern on 5,000 generated strings and every naughty string", () => {
    let found = 0;
    for (const folded of [...generated(5000), ...blns.map(fold)]) {
      const expected = reference(folded);
      found += expected.length;
      expect(runsIn(folded), JSON.stringify(folded)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
