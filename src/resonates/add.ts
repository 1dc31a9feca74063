import type { Context } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { readerKeyFor } from "../limits/client-key";
import { requestClientKey, spendShortLimit } from "../limits/limits";
import { startOfHour } from "../time";
import { resonate } from "./queries";

/** A reader's "resonates", from the API or the post page; returns the post's count. */
export async function addResonance(c: Context<AppEnv>, postId: string): Promise<number> {
  const now = Date.now();
  const key = await requestClientKey(c, now);
  await spendShortLimit(c.env.RESONATE_LIMITER, key, "That is a lot of resonating at once. Try again in a minute.");
  // Stored to the hour: a reader's resonates, milliseconds apart, would tell they were one reader's.
  const resonates = await resonate(c.var.db, postId, await readerKeyFor(key, "resonate", postId), startOfHour(now));
  if (resonates === null) throw notFound("There is no published post with this id.");
  return resonates;
}
