/**
 * The hand-picked inputs of the moderation bench: each a short unit repeated
 * to a length, so the same input can be measured at 2,000 characters (the
 * budget's length) and at 8,000 (to show the cost grows linearly). "benign
 * prose" is the yardstick every ratio is read against.
 */
import { readFileSync } from "node:fs";

/** The budget's length of a post. */
export const LENGTH = 2000;
/** The longer length that shows whether cost per character stays flat. */
export const LONG_LENGTH = 8000;

/** The development corpus's benign posts, joined by blank lines. */
function ordinaryPosts(): string {
  const lines = readFileSync(new URL("../test/fixtures/moderation-dev/benign.jsonl", import.meta.url), "utf8");
  return lines
    .trim()
    .split("\n")
    .map((line) => (JSON.parse(line) as { body: string }).body)
    .join("\n\n");
}

/** `unit` repeated and cut to `length` characters. */
export const fill = (unit: string, length = LENGTH) =>
  unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);

export const BENIGN = "benign prose";

const units: Record<string, string> = {
  [BENIGN]:
    "Some weeks the work asks more than I can give. Notes pile up, the waitlist grows, and I still love the moment a client finally exhales. ",
  identifying:
    "My client Sarah at 555-201-7788, sarah.k@gmail.com, 12 Elm Street, born March 3, 1985, works at Harmon Logistics. ",
  "clinical and crisis words":
    "Safety plans for clients with suicidal ideation; a client said she wants to kill herself; I want to end my life. ",
  "adversarial: one character": "a",
  "adversarial: digits and spaces": "5 ",
  "adversarial: digit groups": "555-555 ",
  "adversarial: capitalized words": "Client Sarah Mr Abernathy Lincoln High Dayton Ohio ",
  "adversarial: dots and ats": "a dot b at c dot d ",
  "adversarial: spaced letters": "j o h n ",
  "adversarial: repeated word": "help ",
  "adversarial: punctuation": ".-@",
  "adversarial: first person": "i am i have i will i would ",
  // Shapes the number, date and record rules once read in more than linear time (moved here from the rules' tests,
  // where a wall-clock limit had no place).
  "adversarial: paced spelled digits": "five, 5/oh-fifty-five 5\u0332 5\uFE0F\u20E3 o1l ",
  "adversarial: date-shaped": "on 1/the 1st may the on the 21.ii.last christmas ",
  "adversarial: ID-shaped": "a-1 plate 1 lpc 1 ABC 1 1a1 case # 1-",
  // The search's find of 2026-12-01: a spelled dot, then letters joined by dashes, read again from each word edge.
  "adversarial: spelled dot, dashed letters": "[.] —Ａ—Ａ—Ａ—Ａ—Ａ—Ａ—Ａ—Ａ",
  // The search's find of 2026-12-03: a fraction folded to digits before a capitalized word, four hundred capitalized
  // runs in 2,000 characters, each read by the name, place and institution rules (46× prose while the title-case check
  // read the whole line for each run; 2.15× since, on 8c8babe).
  "adversarial: capitals after a digit": "½High",
  // The search's find of 2026-12-03: each "Mr J" a name asked whether it was a pet named before, read back to the
  // text's start (43x prose at 8,000 characters); pets named are now read once per text.
  "adversarial: titles and initials": "Mr J ",
  // The search's find of 2026-12-04 (seed 203590566): "myself" opened a crisis pattern that looked 240 characters behind
  // from every position of the text (8.1× prose, 12 ms at 2,000 characters); it now looks behind from its first word.
  "adversarial: myself among halves": "½½'s½½St.½½½½½½½½½½½½½½½½½½½½½½½½½5 »½½½½½½½½½½½’ ½½½½½½½County½½’myself -",
  // Posts as people write them, not one sentence repeated: the development corpus's ordinary posts, one after
  // another. Real prose has more capitalized words, names of theorists and sentences than the yardstick; this input
  // says what a post costs in practice (about four times the yardstick on 2026-12-04).
  "ordinary posts (development corpus)": ordinaryPosts(),
};

/** A hand-picked input at `length` characters. */
export const inputAt = (name: string, length: number) => fill(units[name] ?? "", length);

/** The hand-picked inputs at 2,000 characters, by name ("benign prose" first). */
export const inputs: Record<string, string> = Object.fromEntries(
  Object.keys(units).map((name) => [name, inputAt(name, LENGTH)]),
);
