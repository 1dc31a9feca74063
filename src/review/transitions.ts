import type { FlagResolution, PostStatus } from "../db/schema";

/**
 * What a moderator may do to a post in each status, as data: from which
 * statuses an action is allowed, where it leads, and how it settles the
 * post's open flags. Anything else is an illegal transition (409).
 */

export const reviewActions = ["approve", "remove", "redact", "restore"] as const;
export type ReviewAction = (typeof reviewActions)[number];

type Transition = {
  from: readonly PostStatus[];
  to: PostStatus;
  settlesFlags: FlagResolution | null;
  /** Taken from published only while readers' reports are open: approving then keeps the post up and dismisses them. */
  fromPublishedOnlyIfReported?: true;
};

export const TRANSITIONS: Record<ReviewAction, Transition> = {
  approve: {
    from: ["pending", "hidden", "published"],
    to: "published",
    settlesFlags: "dismissed",
    fromPublishedOnlyIfReported: true,
  },
  remove: { from: ["pending", "hidden", "published"], to: "removed", settlesFlags: "removed" },
  redact: { from: ["pending", "hidden", "published"], to: "published", settlesFlags: "redacted" },
  restore: { from: ["removed"], to: "published", settlesFlags: null },
};

/** Where a post stands: its status, and how many readers' reports on it are open. */
export type PostState = { status: PostStatus; openReports: number };

/** The status an action leads to from `current`, or null when it may not be taken from there. */
export function transition(action: ReviewAction, current: PostState): Transition | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current.status)) return null;
  if (rule.fromPublishedOnlyIfReported && current.status === "published" && current.openReports === 0) return null;
  return rule;
}
