import { z } from "zod";
import type { RedactionAttempt } from "./review-card";
import { type ReviewAction, reviewActions } from "./transitions";

/** "?done=approve" after an action: which notice to show (anything else shows none). */
export const DoneQuery = z.object({ done: z.enum(reviewActions).optional().catch(undefined) });

const DONE: Record<ReviewAction, string> = {
  approve: "Approved: the post is published.",
  remove: "Removed. The author sees your reason on their status page.",
  redact: "Redacted and published.",
  restore: "Restored: the post is published again.",
};

/** What came of a moderator's last action, shown above the queue or the post: done, or a problem to fix. */
export type Outcome = { done?: ReviewAction; problem?: string; attempt?: RedactionAttempt };

export function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  if (outcome.problem) {
    return (
      <p class="notice notice-error" role="alert">
        {outcome.problem}
      </p>
    );
  }
  if (outcome.done) {
    return (
      <p class="notice notice-ok" role="status">
        {DONE[outcome.done]}
      </p>
    );
  }
  return null;
}
