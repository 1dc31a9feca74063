import { isSpace } from "../text";
import type { Rule, Span } from "./rule";

/** Long runs of one character or of the same words, and a repeat of a recent post. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
  const spans: Span[] = [];
  let start = 0;
  for (let i = 1; i <= folded.length; i++) {
    if (i < folded.length && folded.charCodeAt(i) === folded.charCodeAt(start)) continue;
    const length = i - start;
    if (length >= 10 && !isSpace(folded.charCodeAt(start))) {
      if (length >= 15 || LETTER_OR_DIGIT.test(folded.charAt(start))) spans.push({ rule: "repetition", start, end: i });
    }
    start = i;
  }
  return spans;
}

export const duplicate: Rule = ({ text, context }) =>
  context.duplicateOfRecent ? [{ rule: "duplicate", start: 0, end: text.length }] : [];

function repeatedPhrases(words: string[], starts: number[]): Span[] {
  return repeatedRuns(words).flatMap(([first, last]) => {
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
