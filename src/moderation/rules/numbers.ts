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

const PIECE = /\+?\d+|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g;
// What may stand between two groups of one number: one to three spaces,
// dashes, dots or brackets.
function joins(folded: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!" -.()".includes(folded.charAt(i))) return false;
  return true;
}

type Piece = { digits: string; start: number; end: number };

const DIGIT_WORDS = Object.keys(WORD_DIGITS);

export const numbers: Rule = (input) =>
  input.hasDigit || DIGIT_WORDS.some((word) => input.vocabulary.has(word))
    ? runs(input.folded).flatMap((run) => classify(run, input.folded))
    : [];

function runs(folded: string): Piece[][] {
  const all: Piece[][] = [];
  let current: Piece[] = [];
  for (const match of folded.matchAll(PIECE)) {
    const piece = { digits: WORD_DIGITS[match[0]] ?? match[0], start: match.index, end: match.index + match[0].length };
    const previous = current.at(-1);
    if (previous && !joins(folded, previous.end, piece.start)) {
      all.push(current);
      current = [];
    }
    current.push(piece);
  }
  if (current.length > 0) all.push(current);
  return all;
}

function classify(run: Piece[], folded: string): Span[] {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return [];
  const digits = run.map((piece) => piece.digits.replace("+", "")).join("");
  const international = first.digits.startsWith("+");
  const cuts = cumulativeLengths(run);
  const start = folded.charAt(first.start - 1) === "(" ? first.start - 1 : first.start;
  const span = (rule: Span["rule"]): Span[] => [{ rule, start, end: last.end }];

  if (digits.length === 9 && cuts.includes(3) && cuts.includes(5)) return span("ssn");
  if (
    (international && digits.length >= 8 && digits.length <= 15) ||
    digits.length === 10 ||
    (digits.length === 11 && digits.startsWith("1")) ||
    (digits.length === 7 && run.length > 1 && cuts.includes(3))
  ) {
    return span("phone");
  }
  if (run.length === 1 && digits.length >= 6 && !isAmount(folded, first)) return span("record-number");
  return [];
}

function cumulativeLengths(run: Piece[]): number[] {
  let total = 0;
  return run.map((piece) => {
    total += piece.digits.replace("+", "").length;
    return total;
  });
}

function isAmount(folded: string, piece: Piece): boolean {
  return /[$€£¥]$/.test(folded.slice(0, piece.start)) || /^(?:%| ?percent|k\b)/.test(folded.slice(piece.end));
}
