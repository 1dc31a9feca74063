/**
 * A reader's words turned into an FTS5 query that can never be a syntax
 * error: only runs of letters and digits survive, each one quoted, so
 * quotes, operators (AND, NEAR, -, ^, *, :) and parentheses are just text.
 * Stop words are dropped. The index stems words (porter), so "denied" finds
 * "deny" and "denies"; prefixes are not offered, because a stemmed index
 * cannot match a half-typed word reliably ("authoriz" is not a stem).
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 12;

// The commonest English words, which match nearly every post and only slow the query.
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by for from has have he her his i if in into is it its me my no not of on or " +
    "our she so than that the their them then there they this to was we were what when which who will with you your"
  ).split(" "),
);

/** The MATCH expression for `query`, or null when nothing searchable is left. */
export function toMatchExpression(query: string): string | null {
  const words = (query.normalize("NFKC").toLowerCase().match(WORD) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"`).join(" ");
}
