import { and, eq, isNull, sql } from "drizzle-orm";
import { detailsOf } from "../appeals/details";
import { decideAppeal } from "../appeals/queries";
import { appendAudit } from "../audit/queries";
import { type Db, isUniqueViolation } from "../db/client";
import { flags, type Post, PURGED_BODY, posts } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { resolveFlags } from "../flags/queries";
import { type ModerationReason, moderate } from "../moderation/pipeline";
import { findPost } from "../posts/queries";
import { contentHash, sha256Hex } from "../secrets";
import { endClaim, refuseIfClaimedByAnother } from "./claims";
import { type ReviewAction, transition } from "./transitions";

export type Decision = {
  action: ReviewAction;
  reason?: string;
  body?: string;
  revision?: number;
};

type PostChange = Partial<
  Pick<
    Post,
    "status" | "body" | "contentHash" | "reasons" | "removedReason" | "removedAt" | "redactedAt" | "redactedDetails"
  >
>;

/** Finds the post, applies the decision, and returns the post as it now is. */
export async function decideOn(db: Db, postId: string, decision: Decision, moderatorId: string): Promise<Post> {
  const post = await findPost(db, postId);
  if (!post) throw notFound("There is no post with this id.");
  await applyDecision(db, post, decision, moderatorId, Date.now());
  const updated = await findPost(db, postId);
  if (!updated) throw notFound("The post was deleted by its author meanwhile.");
  return updated;
}

/**
 * Applies a moderator's decision to a post, as one batch: the audit entry,
 * the post's new state and the settling of its flags. The audit entry
 * claims the post's next revision, which is unique per post, so when two
 * moderators act on the same revision at once the second batch fails whole
 * and is answered 409: one valid final state, one entry per effective action. A post another moderator has
 * claimed is refused with 409 too (./claims.ts); acting ends any claim on it.
 */
export async function applyDecision(db: Db, post: Post, decision: Decision, moderatorId: string, now: number) {
  const rule = transition(decision.action, post);
  if (!rule) throw illegal(`A ${post.status} post cannot be ${pastTense(decision.action)}.`);
  if (decision.revision !== undefined && decision.revision !== post.revision) throw changedMeanwhile();
  await refuseIfClaimedByAnother(db, post.id, moderatorId, now);
  const change = await changeFor(decision, post, now);
  const revision = post.revision + 1;
  try {
    await db.batch([
      appendAudit(db, {
        at: now,
        moderatorId,
        action: decision.action,
        postId: post.id,
        postRevision: revision,
        reason: decision.reason || null,
        oldBodyHash: decision.action === "redact" ? await sha256Hex(post.body) : null,
      }),
      db
        .update(posts)
        .set({
          ...change,
          status: rule.to,
          revision,
          // Approving a post readers flagged raises the weight needed to hide it again.
          flagClearances:
            decision.action === "approve"
              ? sql`${posts.flagClearances} + EXISTS (SELECT 1 FROM ${flags} WHERE ${flags.postId} = ${posts.id} AND ${isNull(flags.resolution)})`
              : undefined,
        })
        .where(and(eq(posts.id, post.id), eq(posts.revision, post.revision))),
      ...(rule.settlesFlags ? [resolveFlags(db, post.id, rule.settlesFlags, now)] : []),
      // Acted on, the post needs no one's claim any more; an appeal waiting on it is answered by the action.
      endClaim(db, post.id),
      decideAppeal(db, post.id, decision.action === "remove" ? "upheld" : "granted", decision.reason ?? null, now),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw changedMeanwhile();
    throw error;
  }
}

async function changeFor(decision: Decision, post: Post, now: number): Promise<PostChange> {
  switch (decision.action) {
    case "remove":
      return { removedReason: decision.reason ?? null, removedAt: now };
    case "restore":
      if (post.body === PURGED_BODY)
        throw illegal("This post's text was purged after its removal; it cannot come back.");
      return { removedReason: null, removedAt: null };
    case "redact":
      return { ...(await redaction(decision.body ?? "")), redactedAt: now, redactedDetails: detailsOf(post.reasons) };
    case "approve":
      return {};
  }
}

/** A redacted body goes through the whole pipeline again; only a body it would publish replaces the old one. */
async function redaction(body: string): Promise<PostChange> {
  const { text, decision, reasons } = moderate(body, { duplicateOfRecent: false });
  if (decision !== "publish") throw new RedactionRefused(reasons);
  return { body: text, contentHash: await contentHash(text), reasons };
}

/** 422 `refused`: a moderator's redaction the pipeline would not publish, with its reasons to fix in place. */
export class RedactionRefused extends ApiError {
  constructor(readonly reasons: ModerationReason[]) {
    super(422, "refused", "The redacted text still has something the board cannot publish.", { reasons });
  }
}

function illegal(message: string): ApiError {
  return new ApiError(409, "conflict", message);
}

function changedMeanwhile(): ApiError {
  return illegal("The post changed while you were looking at it. Reload it and decide again.");
}

function pastTense(action: ReviewAction): string {
  return { approve: "approved", remove: "removed", redact: "redacted", restore: "restored" }[action];
}
