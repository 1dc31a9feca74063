import type { Words } from "../words";
import { type Rule, type Span, spansOf } from "./rule";

/** Long runs of one character or of the same words that fill a post, and a repeat of a recent post. */

// Ten of one letter or digit in a row, or fifteen of one other character ("!!!…"); not spaces.
const RUN_OF_ONE = /(\S)\1{9,}/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// How many times in a row a phrase of 1, 2 or 3 words may appear before it is spam.
const PHRASE_LIMITS: Array<[size: number, most: number]> = [
  [1, 4],
  [2, 3],
  [3, 3],
];

// Runs are spam when together they fill half the post, or one goes on long enough to be filler whatever surrounds it.
// A run or two in a post of ordinary sentences is how people write: a client's "no, no, no, no, no, no" quoted, the
// cat's "jjjjjjjjjjj" on the keyboard, "Nooooooooooooo." after a denial letter.
const FILLS_THE_POST = 1 / 2;
const FILLER_LENGTH = 40;

export const repetition: Rule = ({ folded, words }) => {
  const runs = [
    ...spansOf(RUN_OF_ONE, folded, "repetition").filter(
      ({ start, end }) => end - start >= 15 || LETTER_OR_DIGIT.test(folded.charAt(start)),
    ),
    ...repeatedPhrases(words),
  ];
  const filled = runs.reduce((sum, { start, end }) => sum + end - start, 0);
  if (filled >= folded.length * FILLS_THE_POST) return runs;
  return runs.filter(({ start, end }) => end - start >= FILLER_LENGTH);
};

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
