import { watch } from "../words";
import type { Rule, Span } from "./rule";

/**
 * Phone, fax and Social Security numbers, and long bare numbers, found by
 * reading runs of digit groups: "(555) 123-4567", "555.123.4567",
 * "+44 20 7946 0958", and spelled out, "five five five - 0147". Counting
 * digits per run, not matching one pattern per format, keeps "31 clients",
 * "$150", "in 2019", "DSM-5" or "7am" out of it.
 */

const WORD_DIGITS: Record<string, string> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

// A piece of a number: figures, or a digit spelled out. Without a spelled
// digit in the text, only figures can be pieces, read by nextFigure.
const PIECE = /\+?\d+|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g;
// What may stand between two groups of one number: one to three spaces,
// dashes, dots or brackets.
function joins(folded: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!JOINERS.has(folded.charCodeAt(i))) return false;
  return true;
}

const JOINERS = new Set([..." -.()"].map((joiner) => joiner.charCodeAt(0)));

/**
 * A run of digit groups, summed up as it is read: only the facts `classify`
 * needs are kept, so a run of a thousand groups costs no more per group
 * than a phone number does.
 */
type Run = {
  start: number;
  end: number;
  groups: number;
  digits: number;
  /** The digit count after some group was 3, or 5 (the cuts of 123-45-6789). */
  cutAt3: boolean;
  cutAt5: boolean;
  international: boolean;
  firstDigit: string;
};

const DIGIT_WORDS = watch(Object.keys(WORD_DIGITS));

export const numbers: Rule = (input) => {
  const spelled = input.words.hasAny(DIGIT_WORDS);
  if (!input.words.hasDigit && !spelled) return [];
  const { folded } = input;
  const spans: Span[] = [];
  let run: Run | undefined;
  for (let at = 0; ; ) {
    const start = spelled ? nextPiece(folded, at) : nextFigure(folded, at);
    if (start < 0) break;
    const end = spelled ? PIECE.lastIndex : figureEnd(folded, start);
    at = end;
    const lead = folded.charCodeAt(start);
    const international = lead === PLUS;
    // A figure's digits are its characters; only a letter-led piece is a spelled digit.
    const isWord = lead >= LETTER_A;
    const digits = isWord ? 1 : end - start - (international ? 1 : 0);
    if (run && joins(folded, run.end, start)) {
      run.end = end;
      run.groups++;
      run.digits += digits;
      run.cutAt3 ||= run.digits === 3;
      run.cutAt5 ||= run.digits === 5;
      continue;
    }
    if (run) classify(run, folded, spans);
    run = {
      start,
      end,
      groups: 1,
      digits,
      cutAt3: digits === 3,
      cutAt5: digits === 5,
      international,
      firstDigit: isWord
        ? (WORD_DIGITS[folded.slice(start, end)] ?? "")
        : folded.charAt(international ? start + 1 : start),
    };
  }
  if (run) classify(run, folded, spans);
  return spans;
};

/** Where the next piece (figures or a spelled digit) at or after `from` starts, or -1; PIECE.lastIndex is its end. */
function nextPiece(folded: string, from: number): number {
  PIECE.lastIndex = from;
  return PIECE.exec(folded)?.index ?? -1;
}

/**
 * Where the next figure (`\+?\d+`) at or after `from` starts, or -1. Read
 * code unit by code unit: a run of a thousand one-digit figures made a
 * thousand pattern matches.
 */
function nextFigure(folded: string, from: number): number {
  for (let at = from; at < folded.length; at++) {
    if (!isDigit(folded.charCodeAt(at))) continue;
    return at > from && folded.charCodeAt(at - 1) === PLUS ? at - 1 : at;
  }
  return -1;
}

function figureEnd(folded: string, start: number): number {
  let end = folded.charCodeAt(start) === PLUS ? start + 1 : start;
  while (end < folded.length && isDigit(folded.charCodeAt(end))) end++;
  return end;
}

const isDigit = (unit: number) => unit >= 48 && unit <= 57;

const PLUS = "+".charCodeAt(0);
const LETTER_A = "a".charCodeAt(0);

/** Adds the run's span to `spans` when the run is a phone, SSN or record number. */
function classify(run: Run, folded: string, spans: Span[]): void {
  const rule = kindOf(run, folded);
  if (!rule) return;
  const start = folded.charAt(run.start - 1) === "(" ? run.start - 1 : run.start;
  spans.push({ rule, start, end: run.end });
}

function kindOf(run: Run, folded: string): Span["rule"] | undefined {
  const { digits } = run;
  if (digits === 9 && run.cutAt3 && run.cutAt5) return "ssn";
  if (
    (run.international && digits >= 8 && digits <= 15) ||
    digits === 10 ||
    (digits === 11 && run.firstDigit === "1") ||
    (digits === 7 && run.groups > 1 && run.cutAt3)
  ) {
    return "phone";
  }
  if (run.groups === 1 && digits >= 6 && !isAmount(folded, run.start, run.end)) return "record-number";
  return undefined;
}

function isAmount(folded: string, start: number, end: number): boolean {
  const before = folded.charAt(start - 1);
  return (before !== "" && "$€£¥".includes(before)) || /^(?:%| ?percent|k\b)/.test(folded.slice(end, end + 8));
}
