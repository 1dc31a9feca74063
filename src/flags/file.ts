import type { Db } from "../db/client";
import { notFound } from "../errors";
import { readerKeyFor } from "../limits/client-key";
import { type Client, spendShortLimit } from "../limits/limits";
import { newId, sha256Hex } from "../secrets";
import { settingsOf } from "../settings";
import { startOfHour } from "../time";
import { fileFlag } from "./queries";
import { newFlagReceipt } from "./receipts";
import type { FlagRequest, FlagView } from "./schemas";
import { type FlagWeights, flagWeights } from "./weights";

/** What flagging needs of the deployment: the database, the flag limiter, and how much weight hides a post. */
export type FlaggingServices = { db: Db; limiter: RateLimit; weights: FlagWeights };

export function flaggingServices(env: Env, db: Db): FlaggingServices {
  return { db, limiter: env.FLAG_LIMITER, weights: flagWeights(settingsOf(env)) };
}

/**
 * A reader's flag, from the API or the post page: the flag limit, the
 * reader's key for this post, the flag (and the hide, if it tips the post
 * over) in one batch, and the receipt that tells the reader what came of it: null when the reader had flagged
 * the post already, as that flag's receipt was given once, then.
 */
export async function flagPost(
  { db, limiter, weights }: FlaggingServices,
  { key, now }: Client,
  postId: string,
  { reason, note }: FlagRequest,
): Promise<{ receipt: string | null; flag: FlagView }> {
  await spendShortLimit(limiter, key, "That is a lot of flags at once. Try again in a minute.");
  const readerKey = await readerKeyFor(key, "flag", postId);
  const receipt = newFlagReceipt();
  const receiptHash = await sha256Hex(receipt);
  const filed = await fileFlag(
    db,
    {
      id: newId(),
      postId,
      readerKey,
      receiptHash,
      reason,
      note: note || null,
      // To the hour, as a reader's resonates are: a reader's flags, milliseconds apart, would tell they were one reader's.
      createdAt: startOfHour(now),
    },
    weights,
  );
  if (!filed) throw notFound("There is no published post with this id.");
  const { receiptHash: kept, ...flag } = filed;
  // A reader who flagged the post before keeps the receipt given then: this one was never stored.
  return { receipt: kept === receiptHash ? receipt : null, flag };
}
