import { normalize } from "../../../src/moderation/normalize";
import { moderate } from "../../../src/moderation/pipeline";
import type { Rule } from "../../../src/moderation/rules/rule";
import { despace, fold } from "../../../src/moderation/text";
import { Words } from "../../../src/moderation/words";

/** What the pipeline flagged in `text`, as [rule, the exact words] pairs in text order. */
export function found(text: string): Array<[string, string]> {
  const { text: normalized, reasons } = moderate(text);
  return reasons.map((reason) => [reason.rule, normalized.slice(reason.start, reason.end)]);
}

/** The words flagged by one rule. */
export function wordsFlaggedBy(rule: string, text: string): string[] {
  return found(text)
    .filter(([name]) => name === rule)
    .map(([, words]) => words);
}

/** What one rule alone finds in `text`, as [rule, the exact words] pairs: before the pipeline keeps one reason per place. */
export function foundByRule(rule: Rule, text: string): Array<[string, string]> {
  const normalized = normalize(text);
  const folded = fold(normalized);
  const input = {
    text: normalized,
    folded,
    words: new Words(folded, normalized),
    despaced: () => despace(folded),
    context: {},
  };
  return rule(input).map((span) => [span.rule, normalized.slice(span.start, span.end)]);
}
