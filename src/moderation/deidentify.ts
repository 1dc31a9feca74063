import { policy, type RuleName } from "./policy";

/**
 * The de-identified version of a post offered to its author: each span an
 * identifying rule found, replaced by its policy's neutral words ("Brandon
 * Keller no-showed again" → "A client no-showed again"). Pure, like the rest
 * of the pipeline; the author accepts, edits and sends it through again.
 */

export type FoundSpan = { rule: RuleName; start: number; end: number };

/** The text with every replaceable span replaced, or undefined when no span has a replacement. */
export function deidentify(text: string, spans: readonly FoundSpan[]): string | undefined {
  const replaceable = merged(spans.filter((span) => policy[span.rule].replacement !== undefined));
  if (replaceable.length === 0) return undefined;
  let result = "";
  let from = 0;
  for (const span of replaceable) {
    result += text.slice(from, span.start) + replacementFor(text, span);
    from = span.end;
  }
  return result + text.slice(from);
}

/** Spans in text order, overlapping ones joined; the joined span keeps the replacement of the one that starts first. */
function merged(spans: FoundSpan[]): FoundSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: FoundSpan[] = [];
  for (const span of sorted) {
    const last = result.at(-1);
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else result.push({ ...span });
  }
  return result;
}

/** The neutral words, capitalized at the start of a sentence and possessive where the name was ("Aaliyah's"). */
function replacementFor(text: string, span: FoundSpan): string {
  let words = policy[span.rule].replacement ?? "";
  if (/['’]s$/.test(text.slice(span.start, span.end))) words += "'s";
  const before = text.slice(0, span.start).trimEnd();
  const startsSentence = before === "" || /[.!?:\n"]$/.test(before);
  return startsSentence ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}
