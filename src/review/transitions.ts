import type { FlagResolution, PostStatus } from "../db/schema";

/**
 * What a moderator may do to a post in each status, as data: from which
 * statuses an action is allowed, where it leads, and how it settles the
 * post's open flags. Anything else is an illegal transition (409).
 */

export const reviewActions = ["approve", "remove", "redact", "restore"] as const;
export type ReviewAction = (typeof reviewActions)[number];

type Transition = { from: readonly PostStatus[]; to: PostStatus; settlesFlags: FlagResolution | null };

export const TRANSITIONS: Record<ReviewAction, Transition> = {
  approve: { from: ["pending", "hidden"], to: "published", settlesFlags: "dismissed" },
  remove: { from: ["pending", "hidden", "published"], to: "removed", settlesFlags: "removed" },
  redact: { from: ["pending", "hidden", "published"], to: "published", settlesFlags: "redacted" },
  restore: { from: ["removed"], to: "published", settlesFlags: null },
};

/** The status an action leads to from `current`, or null when it may not be taken from there. */
export function transition(action: ReviewAction, current: PostStatus): Transition | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(current) ? rule : null;
}
