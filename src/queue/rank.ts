import type { Kind } from "../moderation/policy";

/**
 * A held or hidden post's place in the moderators' queue, most severe first:
 * someone in crisis, then a client who could be identified, then the rest.
 */
export const QUEUE_RANK = { crisis: 0, identifying: 1, other: 2 } as const;

export function queueRankOf(reasons: readonly { kind: Kind }[]): number {
  if (reasons.some((reason) => reason.kind === "crisis")) return QUEUE_RANK.crisis;
  if (reasons.some((reason) => reason.kind === "identifying")) return QUEUE_RANK.identifying;
  return QUEUE_RANK.other;
}
