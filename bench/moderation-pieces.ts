/**
 * The pieces the worst-input search (bench/moderation-search.ts) builds
 * posts from: between them they open every rule family of the pipeline
 * (contact details, numbers and records, dates, names, places, asides,
 * crisis, abuse, spam) and every step of normalizing and reading words, so
 * the search can stumble on an input that makes any one of them backtrack
 * or rescan. Nothing here is a known slow input; the search must find those.
 */

const SEPARATORS = [" ", "-", ".", "/", ",", "·", "_", "(", ")"];

const families: Record<string, readonly string[]> = {
  spaces: [" ", " ", " ", " ", "  ", "\n", "\n\n", "\t"],
  letters: ["a", "b", "x", "A", "B", "J", "Q", "i", "I"],
  capitalized: ["Sarah", "Miller", "Mr", "Mr.", "Dr.", "Ms", "St.", "Client", "Lincoln", "Abernathy", "O'Neil"],
  places: ["Dayton", "Ohio", "High", "School", "Street", "Elm", "Avenue", "Springfield", "County", "Lake"],
  initials: ["A.", "J.", "M.", "A.B.", "J. R."],
  dots: [".", "..", "...", "!", "?", ";", ":"],
  at: ["@", "at", "(at)", "[at]", "@gmail", "sarah.k@"],
  digits: ["5", "55", "555", "1985", "12", "0", "7788", "201", "19", "100000"],
  separators: SEPARATORS,
  groups: SEPARATORS.map((separator) => `555${separator}201`),
  spelled: ["five", "seven", "zero", "oh", "twenty", "hundred"],
  months: ["March", "Mar", "may", "June", "Dec.", "Monday", "Tue", "weekend"],
  ordinals: ["9th", "1st", "3rd", "22nd", "the 4th"],
  words: ["the", "only", "town of", "city of", "in", "my", "of", "high", "born", "age", "aged", "years old", "client"],
  quotes: ['"', "'", "“", "”", "‘", "’", "«", "»"],
  possessive: ["'s", "’s", "s'", "n't"],
  hyphens: ["-", "–", "—", "-year-old"],
  emoji: ["😀", "👍🏽", "❤️", "🏳️‍🌈"],
  nonAscii: ["é", "ß", "Ж", "ü", "İ", "ﬁ", "Ａ", "٥", "５", "²", "½"],
  keycap: ["5️⃣", "#️⃣"],
  combining: ["e\u0301", "\u0301", "\u0308\u0308", "a\u200d", "\u200b"],
  repeated: ["aaaa", "!!!!", "....", "----", "5555"],
  urls: ["http", "https://", "www.", ".com", "[.]", "(dot)", "dot", "/", "example", ".org/x?y=1"],
  long: ["internationalization", "abcdefghijklmnopqrstuvwxyzabcdefghij", "Supercalifragilistic"],
  firstNames: ["sarah", "john", "maria", "ahmed", "li"],
  crisis: ["kill", "myself", "suicide", "end my life", "want to die", "hurt"],
  abuse: ["idiot", "hate", "stupid", "f*ck", "b1tch"],
};

/** Every piece, with its family: the search draws a family, then a piece of it, so big families do not crowd out small ones. */
export const FAMILIES = Object.entries(families);

/** Every piece once, for the search's first sweep. */
export const ALL_PIECES = [...new Set(FAMILIES.flatMap(([, pieces]) => pieces))];

/** A random piece, by `random` (a number in [0, 1)). */
export function randomPiece(random: () => number): string {
  const [, pieces] = FAMILIES[Math.floor(random() * FAMILIES.length)] ?? ["", [" "]];
  return pieces[Math.floor(random() * pieces.length)] ?? " ";
}
