import { moderate } from "../../../src/moderation/pipeline";

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
