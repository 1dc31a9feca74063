import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { type Post, posts } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { sha256Hex, tokenMatches } from "../secrets";
import { findPost } from "./queries";

/**
 * An author proves a post is theirs with the delete token given when it was
 * written; only the token's hash is stored.
 */

const MISSING_POST_HASH = "0".repeat(64);
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/;

/** The post whose token is presented, by id (the API); 404 for a wrong token or no post alike. */
export async function authorsPost(db: Db, id: string, token: string): Promise<Post> {
  const post = await findPost(db, id);
  // Compare against a stand-in hash when there is no post, so a missing
  // post and a wrong token take the same path and give the same answer.
  const matches = await tokenMatches(token, post?.deleteTokenHash ?? MISSING_POST_HASH);
  if (!post || !matches) throw noSuchPost();
  return post;
}

/** The post a delete token belongs to, from the token alone (the status page). */
export async function postOfToken(db: Db, token: string): Promise<Post> {
  const trimmed = token.trim();
  if (!TOKEN.test(trimmed)) throw noSuchPost();
  const post = await db
    .select()
    .from(posts)
    .where(eq(posts.deleteTokenHash, await sha256Hex(trimmed)))
    .limit(1)
    .get();
  if (!post) throw noSuchPost();
  return post;
}

/** The token of an `Authorization: Bearer <token>` header; 401 without one. */
export function bearerToken(header: string | undefined): string {
  const match = header?.match(/^Bearer +(\S+)$/);
  if (!match?.[1] || !TOKEN.test(match[1])) {
    throw new ApiError(
      401,
      "unauthorized",
      "Send the delete token as 'Authorization: Bearer <token>'.",
      {},
      { "WWW-Authenticate": 'Bearer realm="closed-door"' },
    );
  }
  return match[1];
}

function noSuchPost(): ApiError {
  return notFound("There is no post with this token.");
}
