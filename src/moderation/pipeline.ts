import { type ModerationAction, stronger } from "./actions";
import { normalize } from "./normalize";
import { type Kind, policy } from "./policy";
import { crisisResources, type Resource } from "./resources";
import { abuse } from "./rules/abuse";
import { crisis } from "./rules/crisis";
import { identifying } from "./rules/identifying";
import type { ModerationContext, Rule, RuleInput, Span } from "./rules/rule";
import { duplicate, repetition } from "./rules/spam";
import { despace, fold, type MappedText, wordStartsOf, wordsOf } from "./text";

/**
 * The moderation pipeline: text in, decision out, no I/O. It runs on every
 * submission and on every moderator redaction. Facts that need the database
 * (is this a duplicate?) are looked up by the caller and passed in.
 */

export type { ModerationAction, ModerationContext };

export type ModerationReason = {
  rule: string;
  kind: Kind;
  action: ModerationAction;
  message: string;
  /** Offsets into the normalized text, in UTF-16 code units, as JavaScript slices them. */
  start: number;
  end: number;
};

export type ModerationDecision = {
  /** The normalized text: what was checked, and what is stored if it is kept. */
  text: string;
  decision: ModerationAction;
  reasons: ModerationReason[];
  /** Crisis resources, when a reason is of the crisis kind. */
  resources?: Resource[];
};

const RULES: Rule[] = [...identifying, crisis, ...abuse, repetition, duplicate];

export function moderate(input: string, context: ModerationContext = {}): ModerationDecision {
  const text = normalize(input);
  const folded = fold(text);
  let despaced: MappedText | undefined;
  let wordStarts: number[] | undefined;
  const words = wordsOf(folded);
  const ruleInput: RuleInput = {
    text,
    folded,
    despaced: () => {
      despaced ??= despace(folded);
      return despaced;
    },
    words,
    wordStarts: () => {
      wordStarts ??= wordStartsOf(folded, words);
      return wordStarts;
    },
    vocabulary: new Set(words),
    hasDigit: /\d/.test(folded),
    context,
  };
  const reasons = distinct(RULES.flatMap((rule) => rule(ruleInput))).flatMap(toReason);
  const decision = strongestAction(reasons);
  const inCrisis = reasons.some((reason) => reason.kind === "crisis");
  return { text, decision, reasons, ...(inCrisis ? { resources: crisisResources } : {}) };
}

export function strongestAction(reasons: readonly Pick<ModerationReason, "action">[]): ModerationAction {
  return reasons.reduce<ModerationAction>((strongest, reason) => stronger(strongest, reason.action), "publish");
}

function toReason(span: Span): ModerationReason[] {
  const { kind, action, message } = policy[span.rule];
  // A rule set to "publish" is switched off: it neither decides nor explains.
  return action === "publish" ? [] : [{ rule: span.rule, kind, action, message, start: span.start, end: span.end }];
}

/**
 * In text order, without a span that an earlier span of the same kind
 * already covers (a phone number inside a longer record number is said once).
 */
function distinct(spans: Span[]): Span[] {
  const sorted = spans.toSorted((a, b) => a.start - b.start || b.end - a.end);
  const coveredTo = new Map<Kind, number>();
  return sorted.filter((span) => {
    const kind = policy[span.rule].kind;
    if ((coveredTo.get(kind) ?? -1) >= span.end) return false;
    coveredTo.set(kind, Math.max(coveredTo.get(kind) ?? -1, span.end));
    return true;
  });
}
