import { and, eq, gte, lt } from "drizzle-orm";
import { encodeBase64Url } from "../base64url";
import type { Db } from "../db/client";
import { idempotencyRecords } from "../db/schema";
import { invalidRequest } from "../errors";
import { hmacSha256 } from "../hmac";
import { sha256Hex } from "../secrets";
import { DAY_MS } from "../time";

/**
 * Idempotency-Key on POST /api/posts: a retry with the same key within 24
 * hours, from the same client, gets the first answer, and nothing is stored
 * twice (the key's hash is the record's primary key, written in the same batch
 * as the post). The hash takes in the client's key of the day, so a key seen
 * or guessed by anyone else replays nothing, hands out no delete token and
 * tells nothing of whether it was used.
 */

export const IDEMPOTENCY_WINDOW_MS = DAY_MS;

export type Idempotency = { keyHash: string; requestHash: string };

const KEY = /^[\x21-\x7e]{1,255}$/;

export async function readIdempotency(
  header: string | undefined,
  request: unknown,
  clientKey: string,
): Promise<Idempotency | null> {
  if (header === undefined) return null;
  if (!KEY.test(header)) {
    throw invalidRequest([
      { path: "Idempotency-Key", message: "Use 1 to 255 visible ASCII characters, such as a UUID." },
    ]);
  }
  return {
    keyHash: await sha256Hex(`idempotency/${clientKey}/${header}`),
    requestHash: await sha256Hex(JSON.stringify(request)),
  };
}

export async function findRecord(db: Db, keyHash: string, now: number) {
  const [record] = await db
    .select()
    .from(idempotencyRecords)
    .where(
      and(eq(idempotencyRecords.keyHash, keyHash), gte(idempotencyRecords.createdAt, now - IDEMPOTENCY_WINDOW_MS)),
    );
  return record;
}

/**
 * The statements that keep an answer: a stale record of the same key (past
 * the window, not yet purged) goes first. A live one makes the insert fail,
 * and with it the whole batch, so a concurrent duplicate stores nothing.
 */
export function recordAnswer(db: Db, values: typeof idempotencyRecords.$inferInsert) {
  return [
    db
      .delete(idempotencyRecords)
      .where(
        and(
          eq(idempotencyRecords.keyHash, values.keyHash),
          lt(idempotencyRecords.createdAt, values.createdAt - IDEMPOTENCY_WINDOW_MS),
        ),
      ),
    db.insert(idempotencyRecords).values(values),
  ] as const;
}

/**
 * The delete token of an idempotent submission is derived, not stored:
 * HMAC(secret, key hash and post id), so a replay can give it again.
 */
export async function derivedDeleteToken(secret: string, keyHash: string, postId: string): Promise<string> {
  return encodeBase64Url(await hmacSha256(secret, `closed-door/delete-token/${keyHash}/${postId}`));
}
