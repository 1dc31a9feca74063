import { appendAudit } from "../audit/queries";
import type { Resource } from "../crisis-lines";
import type { Db } from "../db/client";
import type { Post } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { type ModerationReason, moderate } from "../moderation/pipeline";
import { HOUR_MS } from "../time";
import { type Appeal, decideAppeal, findAppeal, insertAppeal } from "./queries";

/**
 * Appeals: with the delete token, the author of a held, hidden or removed post asks a moderator once to look again,
 * in a short note the pipeline reads as it reads a post (a note that names a client is refused with what to
 * change, as a post is). The appeal waits in the queue until a moderator acts on the post (publishing or restoring
 * it grants the appeal, removing it upholds the decision) or upholds the decision without changing the post.
 */

export const APPEAL_NOTE_MAX = 500;
export const APPEALABLE: ReadonlySet<Post["status"]> = new Set(["pending", "hidden", "removed"]);

export async function fileAppeal(db: Db, post: Post, note: string, now: number): Promise<Appeal> {
  if (!APPEALABLE.has(post.status)) {
    throw new ApiError(409, "conflict", "Only a held, hidden or removed post can be appealed.");
  }
  const read = moderate(note, { duplicateOfRecent: false });
  if (read.decision !== "publish") throw new AppealNoteRefused(read.reasons, read.resources);
  // Kept to the hour, as a post's own time is shown: the exact minute would say when its author was here.
  const filed = await insertAppeal(db, { postId: post.id, note: read.text, appealedAt: hourOf(now) });
  if (filed.meta.changes === 0) throw new ApiError(409, "conflict", "This post was appealed before; each post once.");
  const appeal = await findAppeal(db, post.id);
  if (!appeal) throw notFound("The post was deleted meanwhile.");
  return appeal;
}

/** A moderator keeps the decision as it is: the appeal is answered with their reason, and audited. */
export async function upholdAppeal(db: Db, postId: string, moderatorId: string, reason: string, now: number) {
  const appeal = await findAppeal(db, postId);
  if (!appeal || appeal.decision !== null) throw notFound("This post has no appeal waiting.");
  await db.batch([
    decideAppeal(db, postId, "upheld", reason, now),
    appendAudit(db, { at: now, moderatorId, action: "uphold-appeal", postId, reason }),
  ]);
}

/** 422 `refused`: a note the board would not publish, with its reasons to fix (and crisis lines when it is a crisis). */
export class AppealNoteRefused extends ApiError {
  constructor(
    readonly reasons: ModerationReason[],
    readonly resources: Resource[] | undefined,
  ) {
    super(422, "refused", "The note has something the board cannot keep; change the marked parts.", {
      reasons,
      ...(resources ? { resources } : {}),
    });
  }
}

const hourOf = (now: number) => Math.floor(now / HOUR_MS) * HOUR_MS;
