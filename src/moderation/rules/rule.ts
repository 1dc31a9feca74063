import type { RuleName } from "../policy";
import { type MappedText, spanInOrigin } from "../text";

/** What every rule sees: the normalized text and views of it, computed once. */
export type RuleInput = {
  /** The normalized text: offsets point here. */
  text: string;
  /** Lower case, look-alikes folded; same length as `text`. */
  folded: string;
  /** `folded` with spaced-out characters joined. */
  despaced: MappedText;
  /** Ranges of `text` inside quotation marks. */
  quoted: Array<[number, number]>;
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

/** Every match of `pattern` in `text` (which must have the /g flag), as spans. */
export function spansOf(pattern: RegExp, text: string, rule: RuleName, group = 0): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const found = match[group];
    if (found === undefined) continue;
    const start = match.index + (group === 0 ? 0 : match[0].indexOf(found));
    spans.push({ rule, start, end: start + found.length });
  }
  return spans;
}

/** Like `spansOf`, over a mapped view, with offsets mapped back to the normalized text. */
export function mappedSpansOf(pattern: RegExp, view: MappedText, rule: RuleName): Span[] {
  return spansOf(pattern, view.text, rule).map((span) => ({ rule, ...spanInOrigin(view, span.start, span.end) }));
}
