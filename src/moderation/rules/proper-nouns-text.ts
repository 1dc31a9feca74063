import { lexicons } from "../lexicons";

/** How a word is written, for the name and place rules. */

// Words of size or age that make a nickname of a name or a letter: "Big T", "Little J", "Tiny", "Mad Mick".
export const NICKNAME_SIZES = new Set(["big", "little", "lil", "young", "old", "baby", "tiny", "mad"]);

/** Capitalized as a name is: a capital first letter and not all capitals ("Noor", "O'Neil", "DeShawn"; not "CBT"). */
export function isCapitalized(written: string): boolean {
  const first = written.charAt(0);
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  return written.length > 1 && !isAcronym(written);
}

/** Capitals, maybe with a plural or possessive: "CBT", "LPCs", "NAMI's". */
export function isAcronym(written: string): boolean {
  const letters = written.replace(/(?:'s|s)$/, "");
  return letters.length > 1 && letters === letters.toUpperCase();
}

// Contractions and possessives: "I'm", "we're", "Aaliyah's", "James'", "can't".
const ENDING = /'(?:s|m|re|ve|ll|d)?$|(?<=ca)n't$|n't$/;

/** The word without a contraction or possessive ending: "i" for "I'm", "can" for "can't", "did" for "didn't". */
export function plainWord(word: string): string {
  if (!word.includes("'")) return word;
  return word
    .replace(ENDING, (ending) => (ending === "n't" && /can't$|won't$/.test(word) ? "n" : ""))
    .replace(/^won$/, "will");
}

// Small words inside a name: "van der Kolk", "de la Cruz", "bin Laden".
const BETWEEN_NAMES = new Set([
  "van",
  "der",
  "den",
  "von",
  "de",
  "la",
  "le",
  "del",
  "della",
  "da",
  "di",
  "du",
  "bin",
  "al",
]);

export function isWordBetweenNames(written: string): boolean {
  return BETWEEN_NAMES.has(written);
}

// What may stand between a sentence's end and its first word: spaces, quotes, brackets, bullets.
const OPENING = /[\s"'([{*•\-–—]/;

/** Whether the word at `start` begins a sentence (or a line, or a quotation), where anything is capitalized. */
export function isSentenceStart(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && OPENING.test(text.charAt(at))) {
    if (text.charAt(at) === "\n" || text.charAt(at) === '"') return true;
    at--;
  }
  if (at < 0) return true;
  if (text.charAt(at) === ".") return !isAbbreviationBefore(text.slice(Math.max(0, at - 5), at));
  return "!?:;…".includes(text.charAt(at));
}

// A full stop that ends a title or an initial, not a sentence: "Dr. Sharon", "R. Castellanos", "K.L. Brandt". An initial
// is a capital, read without the "i" flag (under which \p{Lu} is any letter, and "please don't." ended in an initial).
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|rev|fr|sgt|lt|capt|det|ofc|hon)$/iu;
const INITIAL_BEFORE = /(?:^|[^\p{L}'’])\p{L}$/u;
const isAbbreviationBefore = (before: string) => TITLE_BEFORE.test(before) || INITIAL_BEFORE.test(before);

/** The sentence around `at`: between the ".", "!", "?" or line breaks around it (the dot of "Dr." or "J." ends none). */
export function sentenceAround(text: string, at: number): [start: number, end: number] {
  let [start, end] = [at, at];
  while (start > 0 && !endsASentence(text, start - 1)) start--;
  while (end < text.length && !endsASentence(text, end)) end++;
  return [start, end];
}

const endsASentence = (text: string, at: number) =>
  "!?\n".includes(text.charAt(at)) ||
  (text.charAt(at) === "." && !isAbbreviationBefore(text.slice(Math.max(0, at - 5), at)));

/**
 * The lines of a text that are headings in title case, as lists and labels are written ("Status Report: Coffee: Empty.
 * Empathy: Running On Reserve."), worked out once per text: a post of a thousand capitalized runs asks for each.
 */
export class Headings {
  readonly #lines: Line[];

  constructor(text: string) {
    this.#lines = linesOf(text);
  }

  /** Whether the line holding `at` is one. */
  holds(at: number): boolean {
    const lines = this.#lines;
    let [low, high] = [0, lines.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lines[middle] as Line).start <= at) low = middle;
      else high = middle - 1;
    }
    return lines[low]?.titleCase ?? false;
  }
}
type Line = { start: number; titleCase: boolean };

function linesOf(text: string): Line[] {
  let start = 0;
  const lines = text.split("\n").map((line) => {
    const shape = shapeOf(line, start);
    start += line.length + 1;
    return shape;
  });
  const filled = lines.filter((line) => !line.blank);
  markListItems(filled);
  markLabelledRuns(filled);
  return lines.map(({ start, titleCase }) => ({ start, titleCase }));
}

type LineShape = ReturnType<typeof shapeOf>;

function shapeOf(line: string, start: number) {
  const words = line.match(LINE_WORD) ?? [];
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_CASE_SHARE * words.length;
  const namesSomeone = opensWithAName(line);
  return {
    start,
    words: words.length,
    capitalized,
    namesSomeone,
    blank: line.trim() === "",
    opensAList: line.trimEnd().endsWith(":"),
    // A heading's shape: a label before a colon ("Status Report:", "Q1 Goals:"), not a sentence of names.
    titleCase:
      (line.includes(":") && words.length >= TITLE_CASE_WORDS && capitalized) ||
      (words.length >= EVERY_WORD_CAPITALIZED && words.every((word) => /^\p{Lu}/u.test(word)) && !namesInside(words)),
    labelled: LABEL.test(line) && words.length >= 2 && capitalized && !namesSomeone,
  };
}

/**
 * A list's items in title case ("Silence Is An Intervention.", "Lunch Happens."), under a line that opens it with a
 * colon; and that line too, when two such items follow it ("New Office Rules, posted on my own door, for me:").
 */
function markListItems(lines: LineShape[]): void {
  let opener: LineShape | undefined;
  let items = 0;
  for (const line of lines) {
    if (opener !== undefined && line.words >= 2 && line.capitalized && !line.namesSomeone) {
      line.titleCase = true;
      if (++items >= 2) opener.titleCase = true;
      continue;
    }
    [opener, items] = line.opensAList ? [line, 0] : [undefined, 0];
  }
}

/** Labelled lines in title case, one after another: "Monday: Hopeful.\nThursday: Running On Toast.\nFriday: A Husk." */
function markLabelledRuns(lines: LineShape[]): void {
  lines.forEach((line, at) => {
    if (line.labelled && (lines[at - 1]?.labelled || lines[at + 1]?.labelled)) line.titleCase = true;
  });
}

/** "Met Jessica Alvarez From Dayton Today…": a first name and a surname, or a town, somewhere in the line. */
function namesInside(words: string[]): boolean {
  const { firstNames, commonEnglish, surnames, places, english } = lexicons();
  const lower = words.map((word) => word.toLowerCase());
  return lower.some(
    (word, at) =>
      (firstNames.has(word) && !commonEnglish.has(word) && surnames.has(lower[at + 1] ?? "")) ||
      (places.has(word) && !english.has(word) && !firstNames.has(word)),
  );
}

/** "Grace Hill Again.", "Jack Brown Twice.": a line that opens with a first name and a surname lists people. */
function opensWithAName(line: string): boolean {
  const [, first = "", second = ""] = FIRST_TWO_WORDS.exec(line) ?? [];
  const { firstNames, commonFirstNames, commonEnglish, surnames } = lexicons();
  const name = first.toLowerCase();
  // "Grace Hill", "Jack Brown"; after a label, any common first name: "Monday: Jordan Cried Again."
  if (firstNames.has(name) && surnames.has(second.toLowerCase())) return true;
  return line.includes(":") && commonFirstNames.has(name) && !commonEnglish.has(name);
}
// "Thursday: Running On Toast.": a label and what it says, on a line of its own.
const LABEL = /^\s*[\p{Lu}][\p{L} ']{0,30}:\s+\S/u;
const FIRST_TWO_WORDS = /^\s*(?:[\p{L} ']{0,30}:\s*)?(\p{L}+)\s+(\p{Lu}\p{L}*)/u;
// Words of three letters or more: "a", "of" and "to" stay lower case in titles.
const LINE_WORD = /\p{L}{3,}/gu;
const TITLE_CASE_WORDS = 6;
const TITLE_CASE_SHARE = 0.6;
// A line whose every word has a capital, this long, is written so for style ("Started Practicum With A Mentor Who Types
// Like This In Every Single Email…", "Rain. Rain. More Rain. Power Out. Generator On…"): its capitals name nothing.
const EVERY_WORD_CAPITALIZED = 12;

/** Titles a surname follows: "Mr. Okafor", "Coach Barrow", "Ms Im". */
export const HONORIFICS: readonly string[] = "mr mrs ms mx miss mister dr prof coach pastor deacon officer rabbi".split(
  " ",
);
