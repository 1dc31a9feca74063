import type { Db } from "../db/client";
import { notFound } from "../errors";
import { readerKeyFor } from "../limits/client-key";
import { type Client, spendShortLimit } from "../limits/limits";
import { startOfHour } from "../time";
import { resonate } from "./queries";

/** What resonating needs of the deployment: the database and the resonate limiter. */
export type ResonatingServices = { db: Db; limiter: RateLimit };

export function resonatingServices(env: Env, db: Db): ResonatingServices {
  return { db, limiter: env.RESONATE_LIMITER };
}

/** A reader's "resonates", from the API or the post page: the post's count, and whether this one was added now. */
export async function addResonance(
  { db, limiter }: ResonatingServices,
  { key, now }: Client,
  postId: string,
): Promise<{ resonates: number; added: boolean }> {
  await spendShortLimit(limiter, key, "That is a lot of resonating at once. Try again in a minute.");
  // Stored to the hour: a reader's resonates, milliseconds apart, would tell they were one reader's.
  const counted = await resonate(db, postId, await readerKeyFor(key, "resonate", postId), startOfHour(now));
  if (counted === null) throw notFound("There is no published post with this id.");
  return counted;
}
