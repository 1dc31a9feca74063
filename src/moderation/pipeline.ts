import { crisisResourcesFor, type Resource } from "../crisis-lines";
import { type ModerationAction, stronger } from "./actions";
import { deidentify } from "./deidentify";
import { normalize } from "./normalize";
import { type Kind, policy } from "./policy";
import { abuse } from "./rules/abuse";
import { crisis } from "./rules/crisis/index";
import { identifying } from "./rules/identifying";
import type { ModerationContext, Rule, RuleInput, Span } from "./rules/rule";
import { duplicate, repetition } from "./rules/spam";
import { despace, fold, type MappedText } from "./text";
import { Words } from "./words";

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
  /** The text with each identifying span replaced by neutral words, to offer the author; absent when there is none. */
  suggestion?: string;
};

const RULES: Rule[] = [...identifying, crisis, ...abuse, repetition, duplicate];

export function moderate(input: string, context: ModerationContext = {}): ModerationDecision {
  const text = normalize(input);
  const folded = fold(text);
  let despaced: MappedText | undefined;
  const words = new Words(folded, text);
  const ruleInput: RuleInput = {
    text,
    folded,
    despaced: () => {
      despaced ??= despace(folded);
      return despaced;
    },
    words,
    context,
  };
  const spans = RULES.flatMap((rule) => rule(ruleInput));
  const reasons = reasonsFor(spans);
  const decision = strongestAction(reasons);
  const inCrisis = reasons.some((reason) => reason.kind === "crisis");
  // Never show a person in crisis how to get past the filter: no de-identified version on a crisis hold.
  const suggestion = decision === "publish" || inCrisis ? undefined : deidentify(text, spans);
  return {
    text,
    decision,
    reasons,
    ...(inCrisis ? { resources: crisisResourcesFor(context.country) } : {}),
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

export function strongestAction(reasons: readonly Pick<ModerationReason, "action">[]): ModerationAction {
  return reasons.reduce<ModerationAction>((strongest, reason) => stronger(strongest, reason.action), "publish");
}

/**
 * The spans as reasons, in text order, without a span that an earlier span
 * of the same kind already covers (a phone number inside a longer record
 * number is said once). A rule set to "publish" is switched off: it neither
 * decides nor explains.
 */
function reasonsFor(spans: Span[]): ModerationReason[] {
  const reasons: ModerationReason[] = [];
  const coveredTo: Partial<Record<Kind, number>> = {};
  for (const span of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const { kind, action, message } = policy[span.rule];
    if ((coveredTo[kind] ?? -1) >= span.end) continue;
    coveredTo[kind] = span.end;
    if (action !== "publish")
      reasons.push({ rule: span.rule, kind, action, message, start: span.start, end: span.end });
  }
  return reasons;
}
