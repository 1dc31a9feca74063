import type { Words } from "../words";
import { type Rule, type Span, spansOf } from "./rule";

/** Long runs of one character or of the same words, and a repeat of a recent post. */

// Ten of one letter or digit in a row, or fifteen of one other character ("!!!…"); not spaces.
const RUN_OF_ONE = /(\S)\1{9,}/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// How many times in a row a phrase of 1, 2 or 3 words may appear before it is spam.
const PHRASE_LIMITS: Array<[size: number, most: number]> = [
  [1, 4],
  [2, 3],
  [3, 3],
];

export const repetition: Rule = ({ folded, words }) => [
  ...spansOf(RUN_OF_ONE, folded, "repetition").filter(
    ({ start, end }) => end - start >= 15 || LETTER_OR_DIGIT.test(folded.charAt(start)),
  ),
  ...repeatedPhrases(words),
];

export const duplicate: Rule = ({ text, context }) =>
  context.duplicateOfRecent ? [{ rule: "duplicate", start: 0, end: text.length }] : [];

function repeatedPhrases(words: Words): Span[] {
  return repeatedRuns(words).map(([first, last]) => ({
    rule: "repetition" as const,
    start: words.start(first),
    end: words.end(last),
  }));
}

/** [first word, last word] of each run of a 1-, 2- or 3-word phrase repeated too often. */
function repeatedRuns(words: Words): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const [size, most] of PHRASE_LIMITS) {
    // `streak` counts words equal to the word `size` places before them.
    let streak = 0;
    for (let i = size; i <= words.count; i++) {
      if (i < words.count && words.same(i, i - size)) {
        streak++;
        continue;
      }
      if (Math.floor(streak / size) + 1 > most) runs.push([i - streak - size, i - 1]);
      streak = 0;
    }
  }
  return runs;
}
