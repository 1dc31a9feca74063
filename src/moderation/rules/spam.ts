import { isSpace } from "../text";
import type { Words } from "../words";
import type { Rule, Span } from "./rule";

/** Long runs of one character or of the same words, and a repeat of a recent post. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SHORTEST_RUN = 10;
const STRIDE = SHORTEST_RUN / 2;

// How many times in a row a phrase of 1, 2 or 3 words may appear before it is spam.
const PHRASE_LIMITS: Array<[size: number, most: number]> = [
  [1, 4],
  [2, 3],
  [3, 3],
];

export const repetition: Rule = ({ folded, words }) => [...runs(folded), ...repeatedPhrases(words)];

/** Ten of one letter or digit in a row, or fifteen of one symbol ("!!!…"). */
function runs(folded: string): Span[] {
  const spans: Span[] = [];
  // A run of ten covers two positions five apart that are both multiples of
  // five, so only every fifth position is read until two of them agree.
  for (let at = 0; at + STRIDE < folded.length; at += STRIDE) {
    const unit = folded.charCodeAt(at);
    if (unit !== folded.charCodeAt(at + STRIDE) || isSpace(unit)) continue;
    let [start, end] = [at, at + 1];
    while (start > 0 && folded.charCodeAt(start - 1) === unit) start--;
    while (end < folded.length && folded.charCodeAt(end) === unit) end++;
    if (end - start < SHORTEST_RUN) continue;
    if (end - start >= 15 || LETTER_OR_DIGIT.test(folded.charAt(start))) spans.push({ rule: "repetition", start, end });
    // Read on from the first multiple of five at or after the run's end.
    at = Math.ceil(end / STRIDE) * STRIDE - STRIDE;
  }
  return spans;
}

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
