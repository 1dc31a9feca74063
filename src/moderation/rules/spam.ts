import { type Rule, type Span, spansOf } from "./rule";

/** Long runs of one character or of the same words, and a repeat of a recent post. */

const LETTER_RUN = /([\p{L}\p{N}])\1{9,}/gu;
const SYMBOL_RUN = /([^\p{L}\p{N}\s])\1{14,}/gu;
const WORD = /[\p{L}\p{N}']+/gu;

// How many times in a row a phrase of 1, 2 or 3 words may appear before it is spam.
const MOST_REPEATS: Record<number, number> = { 1: 4, 2: 3, 3: 3 };

export const repetition: Rule = ({ folded }) => [
  ...spansOf(LETTER_RUN, folded, "repetition"),
  ...spansOf(SYMBOL_RUN, folded, "repetition"),
  ...repeatedPhrases(folded),
];

export const duplicate: Rule = ({ text, context }) =>
  context.duplicateOfRecent ? [{ rule: "duplicate", start: 0, end: text.length }] : [];

function repeatedPhrases(folded: string): Span[] {
  const words = [...folded.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const spans: Span[] = [];
  for (const [size, most] of Object.entries(MOST_REPEATS).map(([n, m]) => [Number(n), m] as const)) {
    // `streak` counts words equal to the word `size` places before them.
    let streak = 0;
    for (let i = size; i <= words.length; i++) {
      if (i < words.length && words[i]?.word === words[i - size]?.word) {
        streak++;
        continue;
      }
      if (Math.floor(streak / size) + 1 > most) {
        const first = words[i - streak - size];
        const last = words[i - 1];
        if (first && last) spans.push({ rule: "repetition", start: first.start, end: last.end });
      }
      streak = 0;
    }
  }
  return spans;
}
