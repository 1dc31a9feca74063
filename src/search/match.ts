/**
 * A reader's words turned into an FTS5 query that can never be a syntax
 * error: only runs of letters and digits survive, each one quoted, so
 * operators (AND, NEAR, -, ^, *, :) and parentheses are just text. Two things
 * people expect of a search box are kept: "words in quotes" are a phrase, in
 * that order, and OR in capitals between two terms finds either ("tired OR
 * guilty"); otherwise every term must be there. Stop words are dropped
 * outside quotes. The index stems words (porter), so "denied" finds
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

// A phrase in straight or curly quotes, or a run of anything else.
const PIECE = /["“”]([^"“”]*)["“”]|([^\s"“”]+)/g;

/** The MATCH expression for `query`, or null when nothing searchable is left. */
export function toMatchExpression(query: string): string | null {
  const terms: string[] = [];
  let words = 0;
  for (const [, phrase, bare] of query.normalize("NFKC").matchAll(PIECE)) {
    if (bare === "OR") {
      if (terms.length > 0 && terms.at(-1) !== "OR") terms.push("OR");
      continue;
    }
    const found = (phrase ?? bare ?? "").toLowerCase().match(WORD) ?? [];
    const kept = (phrase === undefined ? found.filter((word) => !STOP_WORDS.has(word)) : found).slice(
      0,
      MAX_WORDS - words,
    );
    words += kept.length;
    if (kept.length > 0) terms.push(...(phrase === undefined ? kept.map(quoted) : [quoted(kept.join(" "))]));
  }
  while (terms.at(-1) === "OR") terms.pop();
  return terms.length === 0 ? null : terms.join(" ");
}

const quoted = (words: string) => `"${words}"`;
