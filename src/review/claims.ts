import { and, eq, gt, inArray, lte, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { claims, moderators } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { findPost } from "../posts/queries";
import { MINUTE_MS } from "../time";

/**
 * Claims: a moderator takes a post in the queue for fifteen minutes, so two do not work on one post at once. The
 * others see who has it and until when, and cannot act on it meanwhile; the claim ends when its moderator acts or
 * lets it go, or by itself when the fifteen minutes are up (a moderator who walks away blocks no one for long).
 */

export const CLAIM_MS = 15 * MINUTE_MS;

export type Claim = { moderatorId: string; username: string; expiresAt: number };

/** Takes the post, or renews one's own claim on it; 409 while another moderator's claim lasts. */
export async function claimPost(db: Db, postId: string, moderatorId: string, now: number): Promise<Claim> {
  if (!(await findPost(db, postId))) throw notFound("There is no post with this id. Its author may have deleted it.");
  await db
    .insert(claims)
    .values({ postId, moderatorId, expiresAt: now + CLAIM_MS })
    .onConflictDoUpdate({
      target: claims.postId,
      set: { moderatorId, expiresAt: now + CLAIM_MS },
      // Only a claim of one's own, or one that has run out, is taken over.
      setWhere: or(eq(claims.moderatorId, moderatorId), lte(claims.expiresAt, now)),
    });
  // Whoever holds it now: this moderator, or the one whose claim the insert left alone.
  const held = (await claimsOf(db, [postId], now)).get(postId);
  if (!held) throw notFound("There is no post with this id. Its author may have deleted it.");
  if (held.moderatorId !== moderatorId) throw claimedByAnother(held);
  return held;
}

/** Lets one's own claim go; another moderator's is left alone. */
export async function releaseClaim(db: Db, postId: string, moderatorId: string): Promise<void> {
  await db.delete(claims).where(and(eq(claims.postId, postId), eq(claims.moderatorId, moderatorId)));
}

/** The live claims on these posts, by post. */
export async function claimsOf(db: Db, postIds: string[], now: number): Promise<Map<string, Claim>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .select({
      postId: claims.postId,
      moderatorId: claims.moderatorId,
      username: moderators.username,
      expiresAt: claims.expiresAt,
    })
    .from(claims)
    .innerJoin(moderators, eq(moderators.id, claims.moderatorId))
    .where(and(inArray(claims.postId, postIds), gt(claims.expiresAt, now)));
  return new Map(rows.map(({ postId, ...claim }) => [postId, claim]));
}

/** 409 unless the post is unclaimed, or claimed by this moderator: checked before a moderator acts on it. */
export async function refuseIfClaimedByAnother(db: Db, postId: string, moderatorId: string, now: number) {
  const held = (await claimsOf(db, [postId], now)).get(postId);
  if (held && held.moderatorId !== moderatorId) throw claimedByAnother(held);
}

/** The statement that ends any claim on the post, run in the batch of the action that settles it. */
export function endClaim(db: Db, postId: string) {
  return db.delete(claims).where(eq(claims.postId, postId));
}

function claimedByAnother(claim: Claim): ApiError {
  const until = new Date(claim.expiresAt).toISOString().slice(11, 16);
  return new ApiError(
    409,
    "conflict",
    `${claim.username} is working on this post until ${until} UTC. Leave it to them, or wait until then.`,
    { claimedBy: claim.username, until: new Date(claim.expiresAt).toISOString() },
  );
}
