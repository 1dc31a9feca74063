import { normalize } from "../../../src/moderation/normalize";
import { moderate } from "../../../src/moderation/pipeline";
import type { Rule, RuleInput } from "../../../src/moderation/rules/rule";
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
  const input = ruleInputOf(text);
  return rule(input).map((span) => [span.rule, input.text.slice(span.start, span.end)]);
}

/** What every rule reads, made from raw text as the pipeline makes it. */
export function ruleInputOf(raw: string): RuleInput {
  const text = normalize(raw);
  const folded = fold(text);
  return { text, folded, words: new Words(folded, text), despaced: () => despace(folded), context: {} };
}
