/**
 * Views of the normalized text that rules match against. Every view maps its
 * positions back to the normalized text, so a reason's offsets always point
 * at what the author sees.
 */

// Letters that look like Latin ones (Cyrillic, Greek, a few IPA) and the
// typographic quotes, folded one code unit to one, so offsets do not move.
const LOOKALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  ɩ: "i",
  ʏ: "y",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201F": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

/**
 * Lower case with look-alike letters and typographic quotes folded, the same
 * length as the input: position i of the fold is position i of the text.
 */
export function fold(text: string): string {
  // "İ" is the one character whose lower case is longer ("i̇"): it is kept as it is, so positions line up.
  const sameLength = text.includes(DOTTED_I) ? text.split(DOTTED_I).map(lowerCase).join(DOTTED_I) : lowerCase(text);
  const folded = sameLength.replace(LOOKALIKE, (ch) => LOOKALIKES[ch] ?? ch);
  return isAscii(folded) ? folded : folded.replace(OTHER_DIGIT, asciiDigit);
}

const DOTTED_I = "\u0130";
const lowerCase = (text: string) => text.toLowerCase();

// A decimal digit of another script in one code unit: Arabic-Indic ٣, Extended
// Arabic-Indic ۳, Devanagari ३, Bengali, Thai and the rest. (Fullwidth and
// mathematical digits are folded by NFKC already.)
const OTHER_DIGIT = /[^\P{Nd}0-9]/gu;

/**
 * The ASCII digit a digit of another script stands for. Unicode gives each
 * script its digits as one run from 0 to 9, so its value is how far it is
 * from the start of its run.
 */
function asciiDigit(digit: string): string {
  // A digit beyond the first 65,536 characters takes two code units: kept, so positions line up.
  if (digit.length !== 1) return digit;
  const code = digit.charCodeAt(0);
  let value = 0;
  while (value < 9 && IS_DIGIT.test(String.fromCharCode(code - value - 1))) value++;
  return String(value);
}

const IS_DIGIT = /^\p{Nd}$/u;

/**
 * The folded text without the marks that can ride on a digit: combining
 * marks (5̲5̲5̲) and the keycap's variation selector and enclosing keycap
 * (5️⃣), so number rules read the digits side by side. `removed` lists
 * where the marks were, as `despace` does for spaces.
 */
export function withoutDigitMarks(folded: string): MappedText {
  if (isAscii(folded)) return { text: folded, removed: [] };
  // Several rules ask for the view of the same text in a row: keep the last one.
  if (lastMarked?.folded === folded) return lastMarked.view;
  const removed: number[] = [];
  const text = folded.replace(DIGIT_MARKS, (marks: string, at: number) => {
    for (let i = 0; i < marks.length; i++) removed.push(at + i);
    return "";
  });
  lastMarked = { folded, view: { text, removed } };
  return lastMarked.view;
}

let lastMarked: { folded: string; view: MappedText } | undefined;

// A run of marks right after a digit (after the digit, so accents on letters stay).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks and the keycap's selector are what is matched, on purpose
const DIGIT_MARKS = /(?<=[0-9])[\p{M}\uFE0F]+/gu;

const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");

/**
 * The folded text with some spaces taken out: `removed` lists, in order, the
 * positions in the normalized text of the spaces that are gone.
 */
export type MappedText = { text: string; removed: number[] };

/**
 * The folded text with the spaces inside spaced-out writing taken out, so
 * `j o h n @ gmail . com` reads `john@gmail.com`: a space goes when both its
 * neighbours are single characters, or one is a lone `@`, `.` or `-`. Spaces
 * between words stay, so prose is not run together.
 */
export function despace(folded: string): MappedText {
  const removed: number[] = [];
  const pieces: string[] = [];
  let from = 0;
  for (let at = folded.indexOf(" "); at !== -1; at = folded.indexOf(" ", at + 1)) {
    if (!joinable(folded, at)) continue;
    removed.push(at);
    pieces.push(folded.slice(from, at));
    from = at + 1;
  }
  if (removed.length === 0) return { text: folded, removed };
  pieces.push(folded.slice(from));
  return { text: pieces.join(""), removed };
}

// A space between two one-character pieces, or beside a lone "@", "." or "-".
// (Written as a scan, not a pattern with look-behinds: this runs on every
// space of text that is spaced out, and a scan costs a fifth as much.)
function joinable(folded: string, space: number): boolean {
  const before = lone(folded, space - 1, -1);
  const after = lone(folded, space + 1, 1);
  return (before && after) || (before && isJoiner(folded, space - 1)) || (after && isJoiner(folded, space + 1));
}

/**
 * Whether position `at` holds one non-space character with a space or the text's edge beyond it; a digit may end its
 * phrase too ("in 1 1 3 6 8, which").
 */
function lone(folded: string, at: number, step: 1 | -1): boolean {
  if (at < 0 || at >= folded.length || isSpace(folded.charCodeAt(at))) return false;
  const beyond = at + step;
  if (beyond < 0 || beyond >= folded.length || isSpace(folded.charCodeAt(beyond))) return true;
  return step === 1 && isDigit(folded.charCodeAt(at)) && ",.;:!?)".includes(folded.charAt(beyond));
}

const isDigit = (unit: number) => unit >= 48 && unit <= 57;

const isJoiner = (folded: string, at: number) => "@.-".includes(folded.charAt(at));

/** JavaScript's `\s`, as a code unit test. */
export function isSpace(unit: number): boolean {
  return (
    unit === 32 ||
    (unit >= 9 && unit <= 13) ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** The position in the normalized text of position `at` of a mapped view. */
function originOf(view: MappedText, at: number): number {
  let position = at;
  for (const space of view.removed) {
    if (space > position) break;
    position++;
  }
  return position;
}

/** The span [start, end) of a match in a mapped view, as offsets into the normalized text. */
export function spanInOrigin(view: MappedText, start: number, end: number): { start: number; end: number } {
  return { start: originOf(view, start), end: originOf(view, end - 1) + 1 };
}

/** Whether every character of `text` is ASCII (most posts): cheaper patterns and no mapping then. */
export const isAscii = (text: string) => !NON_ASCII.test(text);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "anything beyond ASCII"
const NON_ASCII = /[^\u0000-\u007f]/;

// The longest quotation read as one: past it, an unclosed quote mark is taken as an apostrophe or a typo.
const LONGEST_QUOTATION = 600;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const QUOTE_OR_BREAK = /["'\n]/g;

/**
 * The quotations in `text`, as [start, end) ranges with their quote marks:
 * between double quotes, or between single quotes that open after a
 * non-letter and close before one (an apostrophe inside a word, "don't",
 * neither opens nor closes one). One pass, so a text of quote marks costs
 * no more than prose. `text` has its typographic quotes folded to ' and ".
 */
export function quotations(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let [double, single] = [-1, -1];
  // Only quote marks and line breaks change anything: the scan jumps from one to the next.
  QUOTE_OR_BREAK.lastIndex = 0;
  for (let mark = QUOTE_OR_BREAK.exec(text); mark !== null; mark = QUOTE_OR_BREAK.exec(text)) {
    const [unit, at] = [mark[0], mark.index];
    if (double >= 0 && at - double > LONGEST_QUOTATION) double = -1;
    if (single >= 0 && at - single > LONGEST_QUOTATION) single = -1;
    if (unit === "\n") [double, single] = [-1, -1];
    else if (unit === '"') {
      if (double >= 0 && at > double + 1) found.push([double, at + 1]);
      double = double >= 0 ? -1 : at;
    } else if (unit === "'") {
      const [before, after] = [LETTER_OR_DIGIT.test(text.charAt(at - 1)), LETTER_OR_DIGIT.test(text.charAt(at + 1))];
      if (single >= 0 && !after && at > single + 1) {
        found.push([single, at + 1]);
        single = -1;
      } else if (single < 0 && !before && after) single = at;
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
