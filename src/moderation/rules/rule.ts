import type { RuleName } from "../policy";
import { type MappedText, spanInOrigin } from "../text";
import { type Words, watch } from "../words";

/** What every rule sees: the normalized text and views of it, computed once. */
export type RuleInput = {
  /** The normalized text: offsets point here. */
  text: string;
  /** Lower case, look-alikes folded; same length as `text`. */
  folded: string;
  /** `folded` with spaced-out characters joined; made on first use. */
  despaced: () => MappedText;
  /** The words of `folded` (letters, digits and apostrophes), for "is this word anywhere?", and whether it has a digit. */
  words: Words;
  /** Facts the caller looked up (the pipeline itself does no I/O). */
  context: ModerationContext;
};

export type ModerationContext = {
  /** A post with the same content hash was stored in the last 24 hours. */
  duplicateOfRecent?: boolean;
};

/** A rule's finding: which rule, and where in the normalized text. */
export type Span = { rule: RuleName; start: number; end: number };

export type Rule = (input: RuleInput) => Span[];

/**
 * A rule that runs only when the text has one of `words`. Most posts have
 * none of a rule's words, and a word lookup costs far less than a pattern
 * scan: this is what keeps the pipeline fast. Every pattern of the rule must
 * need one of the words.
 */
export function whenAnyWord(words: readonly string[], rule: Rule): Rule {
  const watched = watch(words);
  return (input) => (input.words.hasAny(watched) ? rule(input) : []);
}

/** A rule that runs only when the text has a digit. */
export function whenDigits(rule: Rule): Rule {
  return (input) => (input.words.hasDigit ? rule(input) : []);
}

/** Every match of `pattern` in `text` (which must have the /g flag), as spans. */
export function spansOf(pattern: RegExp, text: string, rule: RuleName): Span[] {
  // exec() on the shared pattern, not matchAll(), which copies the pattern on
  // every call; the pipeline is synchronous, so nothing else moves lastIndex.
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push({ rule, start: match.index, end: match.index + match[0].length });
    if (match[0] === "") pattern.lastIndex++;
  }
  return spans;
}

/** Spans found in a mapped view, with offsets mapped back to the normalized text. */
export function inOrigin(view: MappedText, spans: Span[]): Span[] {
  return view.removed.length === 0
    ? spans
    : spans.map(({ rule, start, end }) => ({ rule, ...spanInOrigin(view, start, end) }));
}

/**
 * The spans `spansOf` would find with the /g twin of `sticky` (a /y pattern),
 * trying it only at `starts` (ascending) instead of at every position: the
 * same spans whenever every position the pattern can match at is one of them.
 */
export function spansAt(sticky: RegExp, text: string, starts: readonly number[], rule: RuleName): Span[] {
  const spans: Span[] = [];
  let searchFrom = 0;
  for (const start of starts) {
    if (start < searchFrom) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    const end = start + match[0].length;
    spans.push({ rule, start, end });
    searchFrom = end === start ? end + 1 : end;
  }
  return spans;
}
