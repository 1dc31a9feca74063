import type { Context } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { readerKeyFor } from "../limits/client-key";
import { requestClientKey, spendShortLimit } from "../limits/limits";
import { newId, sha256Hex } from "../secrets";
import { startOfHour } from "../time";
import { fileFlag } from "./queries";
import { flagReceipt } from "./receipts";
import type { FlagRequest, FlagView } from "./schemas";
import { flagWeights } from "./weights";

/**
 * A reader's flag, from the API or the post page: the flag limit, the
 * reader's key for this post, the flag (and the hide, if it tips the post
 * over) in one batch, and the receipt that tells the reader what came of it.
 */
export async function flagPost(
  c: Context<AppEnv>,
  postId: string,
  { reason, note }: FlagRequest,
): Promise<{ receipt: string; flag: FlagView }> {
  const now = Date.now();
  const key = await requestClientKey(c, now);
  await spendShortLimit(c.env.FLAG_LIMITER, key, "That is a lot of flags at once. Try again in a minute.");
  const readerKey = await readerKeyFor(key, "flag", postId);
  const receipt = await flagReceipt(c.env.RATE_LIMIT_SECRET, readerKey);
  const flag = await fileFlag(
    c.var.db,
    {
      id: newId(),
      postId,
      readerKey,
      receiptHash: await sha256Hex(receipt),
      reason,
      note: note || null,
      // To the hour, as a reader's resonates are: a reader's flags, milliseconds apart, would tell they were one reader's.
      createdAt: startOfHour(now),
    },
    flagWeights(c.env),
  );
  if (!flag) throw notFound("There is no published post with this id.");
  return { receipt, flag };
}
