import { normalize } from "./normalize";

/**
 * The moderation pipeline: text in, decision out, no I/O. It runs on every
 * submission and, later, on every moderator redaction.
 *
 * For now it normalizes and publishes; the confidentiality, crisis, abuse and
 * spam rules plug in as producers of `ModerationReason`s, and the decision is
 * the strongest action among them.
 */

export const moderationActions = ["publish", "hold", "refuse"] as const;
export type ModerationAction = (typeof moderationActions)[number];

export type ModerationReason = {
  rule: string;
  kind: string;
  action: ModerationAction;
  message: string;
  /** Offsets into the normalized text, in UTF-16 code units as JavaScript slices. */
  start: number;
  end: number;
};

export type ModerationDecision = {
  /** The normalized text: what was checked, and what is stored if it is kept. */
  text: string;
  decision: ModerationAction;
  reasons: ModerationReason[];
};

const strength: Record<ModerationAction, number> = { publish: 0, hold: 1, refuse: 2 };

export function strongestAction(reasons: readonly ModerationReason[]): ModerationAction {
  return reasons.reduce<ModerationAction>(
    (strongest, reason) => (strength[reason.action] > strength[strongest] ? reason.action : strongest),
    "publish",
  );
}

export function moderate(input: string): ModerationDecision {
  const text = normalize(input);
  const reasons: ModerationReason[] = [];
  return { text, decision: strongestAction(reasons), reasons };
}
