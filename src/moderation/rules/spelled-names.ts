import { lexicons } from "../lexicons/index";
import { type Span, whenSeen } from "./rule";

/**
 * A name spelled to slip past the guard: its letters set apart ("R-h-i-a-n-n-o-n", "D.e.s.m.o.n.d.", "l e x i") or some of them
 * written as digits ("Sh0sh4nah", "A1ex"). Read back, a first name the lexicons know, and no English word (a word
 * spelled out letter by letter, "N-O-T", is emphasis), is held as a name.
 */

// A Latin letter of the folded text, accented or not: a pattern of Unicode classes cost ten times as much on a long post.
const LETTER = "[a-zà-öø-ÿ]";
// What sets a spelled name's letters apart: a dot, a middle dot, a hyphen, an asterisk or an underscore.
const APART = "[.·*_-]";
// Three letters or more, each set apart from the next by one mark; or four or more, each a space apart ("l e x i").
const SET_APART = new RegExp(
  `(?<!${LETTER}|[0-9])(?:(?:${LETTER}${APART}){2,}|(?:${LETTER} ){3,})${LETTER}(?!${LETTER}|[0-9])`,
  "g",
);
// A word of four characters or more that starts and ends with a letter, letters with digits (or @, $) standing in for
// some of them inside (not a time, "7:15am", an ordinal, "4th", nor a model or a version, "Gen4", "sha1", "any1").
const DIGITS_FOR_LETTERS = new RegExp(
  `(?<![a-z0-9@$:])[a-z](?=[a-z0-9@$]*[013457@$])[a-z013457@$]{2,}[a-z](?!${LETTER}|[0-9])`,
  "g",
);
// Either shape, cheaply: most posts have neither, and are read no further.
const EITHER = new RegExp(
  `[a-z][013457@$]|[013457@$][a-z]|${LETTER}${APART}${LETTER}${APART}${LETTER}|(?<!${LETTER})${LETTER} ${LETTER} ${LETTER} ${LETTER}(?!${LETTER})`,
);

const APART_ALL = new RegExp(`${APART}| `, "g");
// Digits (and signs) read as the letters they stand for; "1" is read both ways, below.
const LETTER_FOR: Record<string, string> = {
  "0": "o",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

export const spelledNames = whenSeen(EITHER, ({ folded, text }) => {
  const spans: Span[] = [];
  for (const match of folded.matchAll(SET_APART)) {
    // Letters a space apart in capitals are initials or a model's steps, not a name hidden: "the A B C D E model".
    if (isSpacedCapitals(text, match)) continue;
    if (isHiddenName(match[0].replace(APART_ALL, ""))) spans.push(spanOf(match));
  }
  for (const match of folded.matchAll(DIGITS_FOR_LETTERS)) {
    const read = match[0].replace(/[03457@$]/g, (digit) => LETTER_FOR[digit] ?? digit);
    // "1" stands for "i" ("Em1ly") or "l" ("A1ex").
    if (isHiddenName(read.replaceAll("1", "i")) || isHiddenName(read.replaceAll("1", "l"))) spans.push(spanOf(match));
  }
  return spans;
});

function isSpacedCapitals(text: string, match: RegExpMatchArray): boolean {
  const written = text.slice(match.index ?? 0, (match.index ?? 0) + match[0].length);
  return written.includes(" ") && written === written.toUpperCase();
}

function isHiddenName(word: string): boolean {
  const { firstNames, english } = lexicons();
  return word.length >= 4 && firstNames.has(word) && !english.has(word);
}

const spanOf = (match: RegExpExecArray | RegExpMatchArray): Span => ({
  rule: "proper-name",
  start: match.index ?? 0,
  end: (match.index ?? 0) + match[0].length,
});
