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
 *
 * Porter stems inflections, not derivations: "supervisor" and "supervision"
 * keep different stems, as do "therapist" and "therapy". So a bare word is
 * also searched in its related forms (`relatedForms`), each an exact term
 * of the index, which costs a lookup each, as a prefix would not (FTS5
 * merges every term a prefix covers before it can return the first row).
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
    if (kept.length > 0) terms.push(...(phrase === undefined ? kept.map(withRelatedForms) : [quoted(kept.join(" "))]));
  }
  while (terms.at(-1) === "OR") terms.pop();
  // AND spelled out: FTS5 reads two terms side by side as AND, but not a group in parentheses beside a term.
  return terms.length === 0
    ? null
    : terms.reduce((expression, term, at) => {
        if (at === 0) return term;
        return term === "OR" || terms[at - 1] === "OR" ? `${expression} ${term}` : `${expression} AND ${term}`;
      }, "");
}

const quoted = (words: string) => `"${words}"`;

// Every quoted term of a MATCH expression, read from the left (so the text between two terms is never one); a term
// of more than one word is a phrase.
const QUOTED = /"([^"]*)"/g;
const isPhrase = (words: string) => words.includes(" ");

/** Whether a MATCH expression holds a phrase. */
export const hasPhrase = (match: string) =>
  Array.from(match.matchAll(QUOTED), ([, words]) => words ?? "").some(isPhrase);

/**
 * The expression with each phrase read as its words, in any order ('"the notes"' as '("the" AND "notes")'): the
 * posts that hold a phrase are among those that hold its words.
 */
export function phrasesAsWords(match: string): string {
  return match.replace(QUOTED, (term, words: string) =>
    isPhrase(words) ? `(${words.split(" ").map(quoted).join(" AND ")})` : term,
  );
}

/**
 * Whether FTS5 must check posts one by one to find the expression's matches (words that must meet, or a phrase), rather
 * than merge the lists of posts holding each term (one word, its family, or words joined by OR). Read newest first, that
 * check runs on past any lower bound down to the board's first post when the words seldom meet.
 */
export const isCombined = (match: string) => hasPhrase(match) || match.includes(" AND ");

// An operand of a MATCH expression as toMatchExpression writes them: a quoted term, a group in parentheses (never
// nested), or an operator.
const OPERAND = /"[^"]*"|\([^()]*\)|\bAND\b|\bOR\b/g;

/** Any word of the expression: each post that matches holds one, and FTS5 reads them as one list, never post by post. */
export const anyWordOf = (match: string) => [...new Set(phrasesAsWords(match).match(QUOTED))].join(" OR ");

/**
 * The expressions, each a term or terms joined by OR, whose newest posts bound a combined search's window: every
 * post that matches holds one of each (a phrase's words, the words joined by AND), so the window is read back as far
 * as the newest posts of its rarest. With OR among them, any of its words.
 */
export function windowTerms(match: string): string[] {
  const words = phrasesAsWords(match);
  const operands = Array.from(words.matchAll(OPERAND), ([operand]) => operand);
  const terms = operands.filter((operand) => operand !== "AND" && operand !== "OR");
  if (operands.includes("OR")) return [anyWordOf(match)];
  // A phrase's group of words joined by AND is its words, each a term; a word's family (joined by OR) is one.
  return [...new Set(terms.flatMap((term) => (term.includes(" AND ") ? (term.match(QUOTED) ?? []) : [term])))];
}

/**
 * The expression as the alternatives it allows, each the terms a post must all hold: a word, a word's family (one
 * group in parentheses), each word of a phrase. FTS5 reads AND before OR, so '"a" AND "b" OR "c"' is
 * [['"a"', '"b"'], ['"c"']]. A post that holds every term of one alternative matches, unless a phrase is out of order.
 */
export function alternativesOf(match: string): string[][] {
  const alternatives: string[][] = [[]];
  for (const [operand] of match.matchAll(OPERAND)) {
    if (operand === "OR") alternatives.push([]);
    else if (operand !== "AND") alternatives.at(-1)?.push(...termsOf(operand));
  }
  return alternatives.filter((terms) => terms.length > 0);
}

// A quoted phrase is its words; a word, or a group of a word's family, is one term.
const termsOf = (operand: string) =>
  operand.startsWith('"') && isPhrase(operand) ? (phrasesAsWords(operand).match(QUOTED) ?? []) : [operand];

/** A word, or the group of it and its related forms. */
function withRelatedForms(word: string): string {
  const forms = [word, ...relatedForms(word)];
  return forms.length === 1 ? quoted(word) : `(${forms.map(quoted).join(" OR ")})`;
}

/**
 * Families of endings whose words porter stems apart: the one who does it, the doing and the verb (supervisor,
 * supervision, supervise; director, direction; depression, depress), the practitioner and the practice (therapist,
 * therapy; psychologist, psychology). Kept narrow on purpose: "-ct" alone would make "affect" find "affection", and "-er" would make "letter"
 * find "letting". A form nobody wrote costs one lookup that finds nothing.
 */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  ["isor", "ision", "ise", "ize"],
  ["ctor", "ction"],
  ["ssion", "ss"],
  ["apist", "apy"],
  ["logist", "logy"],
  ["iatrist", "iatry"],
];
// "mission" is not of "miss": a root this long at least.
const SHORTEST_ROOT = 4;

/** The other words of `word`'s family, from its plain form ("supervising" is "supervise"); none for most words. */
export function relatedForms(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  for (const base of plainForms(word)) {
    for (const family of FAMILIES) {
      const ending = family.find((each) => base.endsWith(each) && base.length - each.length >= SHORTEST_ROOT);
      if (ending === undefined) continue;
      const root = base.slice(0, -ending.length);
      return family.filter((each) => each !== ending).map((each) => root + each);
    }
  }
  return [];
}

/** The forms `word` may be an inflection of: "therapists" of "therapist", "therapies" of "therapy", "supervised" of "supervise". */
function plainForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  else if (/[^su]s$/.test(word)) forms.push(word.slice(0, -1));
  if (word.endsWith("ed")) forms.push(word.slice(0, -1), word.slice(0, -2));
  if (word.endsWith("ing")) forms.push(`${word.slice(0, -3)}e`, word.slice(0, -3));
  return forms;
}
