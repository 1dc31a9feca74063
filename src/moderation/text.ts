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
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charAt(i);
    const lower = unit.toLowerCase();
    const plain = lower.length === 1 ? lower : unit;
    folded += LOOKALIKES[plain] ?? plain;
  }
  return folded;
}

/** A derived string and, for each of its positions, the position in the normalized text. */
export type MappedText = { text: string; origin: number[] };

/**
 * The folded text with the spaces inside spaced-out writing taken out, so
 * `j o h n @ gmail . com` reads `john@gmail.com`: a space goes when both its
 * neighbours are single characters, or one is a lone `@`, `.` or `-`. Spaces
 * between words stay, so prose is not run together.
 */
export function despace(folded: string): MappedText {
  const origin: number[] = [];
  let text = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charAt(i);
    if (ch === " " && joinsAcross(folded, i)) continue;
    text += ch;
    origin.push(i);
  }
  return { text, origin };
}

function joinsAcross(folded: string, space: number): boolean {
  const before = loneCharacter(folded, space - 1, -1);
  const after = loneCharacter(folded, space + 1, 1);
  return (before !== null && after !== null) || JOINING.has(before ?? "") || JOINING.has(after ?? "");
}

const JOINING = new Set(["@", ".", "-"]);

/** The character at i when the piece it ends (direction -1) or starts (+1) is one character long. */
function loneCharacter(text: string, i: number, direction: 1 | -1): string | null {
  const ch = text.charAt(i);
  if (ch === "" || /\s/.test(ch)) return null;
  const beyond = text.charAt(i + direction);
  return beyond === "" || /\s/.test(beyond) ? ch : null;
}

/** The span [start, end) of a match in a mapped view, as offsets into the normalized text. */
export function spanInOrigin(view: MappedText, start: number, end: number): { start: number; end: number } {
  const first = view.origin[start] ?? 0;
  const last = view.origin[end - 1] ?? first;
  return { start: first, end: last + 1 };
}

/** Ranges inside quotation marks: reported speech, which some rules read differently. */
export function quotedRanges(folded: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const quote = /"[^"\n]{1,400}"/g;
  for (const match of folded.matchAll(quote)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

export function isInside(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([from, to]) => start >= from && end <= to);
}
