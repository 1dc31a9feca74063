/**
 * Normalization, the first step of the moderation pipeline. The normalized
 * text is what the rules check, what is stored and what readers see, so an
 * author is shown exactly the text that was judged.
 */

// Invisible characters that change nothing a reader sees but can split a word
// to slip past a filter: zero-width spaces and joiners, word joiners, soft
// hyphens, fillers, the byte-order mark and the invisible tag characters.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is listed on its own, on purpose
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B\u200C\u2060-\u2064\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;

// Bidirectional controls can make text display in an order other than the
// order it is stored and checked in.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

// A zero-width joiner is kept only inside an emoji sequence (👩‍⚕️), and a
// variation selector only after a pictograph (❤️); anywhere else they hide
// inside words.
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const STRAY_VARIATION_SELECTOR = /(?<![\p{Extended_Pictographic}0-9#*])[\uFE00-\uFE0F]/gu;

// Control characters other than line feed and tab (which the white-space
// step handles).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// A run of spaces, or any other horizontal space; a lone plain space (the
// common case) is left as it is rather than replaced by itself.
const HORIZONTAL_SPACE = /[\t\p{Zs}]{2,}|[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the line breaks to unify
const LINE_BREAK = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;

/**
 * NFKC, invisible and bidirectional controls dropped, white space collapsed:
 * runs of spaces become one space, lines are trimmed, and at most one blank
 * line separates paragraphs, so paragraphs survive but padding does not.
 */
export function normalize(text: string): string {
  // Most posts are printable ASCII, single-spaced, with tidy line breaks: no
  // step but the trim changes them, and one scan says so.
  return UNTIDY.test(text) ? normalizeFully(text) : text.trim();
}

// Anything one of the steps below would change, but for the ends of the text.
const UNTIDY = /[^\u0020-\u007e\n]| {2}| \n|\n |\n\n\n/;

/** Every step of `normalize`, whatever the text: what the quick path must always agree with. */
export function normalizeFully(text: string): string {
  return text
    .normalize("NFKC")
    .replace(LINE_BREAK, "\n")
    .replace(INVISIBLE, "")
    .replace(BIDI_CONTROLS, "")
    .replace(STRAY_JOINER, "")
    .replace(STRAY_VARIATION_SELECTOR, "")
    .replace(CONTROLS, "")
    .replace(HORIZONTAL_SPACE, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Length as a person counts it: code points, so an emoji counts once, not twice. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
