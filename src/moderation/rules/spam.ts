import { type Rule, type Span, spansOf } from "./rule";

/** Long runs of one character or of the same words, and a repeat of a recent post. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Ten or more of one character other than a space; a backreference finds
// them in one native scan.
const RUN = /(\S)\1{9,}/g;

// How many times in a row a phrase of 1, 2 or 3 words may appear before it is spam.
const PHRASE_LIMITS: Array<[size: number, most: number]> = [
  [1, 4],
  [2, 3],
  [3, 3],
];

export const repetition: Rule = ({ folded, words, wordStarts }) => [
  ...runs(folded),
  ...repeatedPhrases(words, wordStarts),
];

/** Ten of one letter or digit in a row, or fifteen of one symbol ("!!!…"). */
function runs(folded: string): Span[] {
  return spansOf(RUN, folded, "repetition").filter(
    (span) => span.end - span.start >= 15 || LETTER_OR_DIGIT.test(folded.charAt(span.start)),
  );
}

export const duplicate: Rule = ({ text, context }) =>
  context.duplicateOfRecent ? [{ rule: "duplicate", start: 0, end: text.length }] : [];

function repeatedPhrases(words: string[], startsOf: () => number[]): Span[] {
  const found = repeatedRuns(words);
  // Where the words start is worked out only when there is a run to point at.
  const starts = found.length > 0 ? startsOf() : [];
  return found.flatMap(([first, last]) => {
    const [from, to, lastWord] = [starts[first], starts[last], words[last]];
    return from !== undefined && to !== undefined && lastWord !== undefined
      ? [{ rule: "repetition" as const, start: from, end: to + lastWord.length }]
      : [];
  });
}

/** [first word, last word] of each run of a 1-, 2- or 3-word phrase repeated too often. */
function repeatedRuns(words: string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const [size, most] of PHRASE_LIMITS) {
    // `streak` counts words equal to the word `size` places before them.
    let streak = 0;
    for (let i = size; i <= words.length; i++) {
      if (i < words.length && words[i] === words[i - size]) {
        streak++;
        continue;
      }
      if (Math.floor(streak / size) + 1 > most) runs.push([i - streak - size, i - 1]);
      streak = 0;
    }
  }
  return runs;
}
