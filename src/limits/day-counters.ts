import { CLIENT_DAY_SECONDS } from "./client-key";

/**
 * Day caps (posts a day per client key), counted in KV beside the day's key and gone with it after 48 hours: in D1,
 * two posts of one client would raise one counter row, and D1's history would tie them to each other. A count is
 * read, then written before the post is stored (failing closed); two posts of one client at the same moment may
 * count once, which the one-a-minute limit makes rare. KV has no atomic increment: an exact cap would need a
 * Durable Object, which this stack does not use.
 */

export type CountedAction = "post";

const nameOf = (clientKey: string, action: CountedAction, day: string) => `count/${action}/${day}/${clientKey}`;

export async function usedToday(days: KVNamespace, clientKey: string, action: CountedAction, day: string) {
  return Number((await days.get(nameOf(clientKey, action, day))) ?? 0);
}

/** Counts one more use today, `used` having been read before the use. */
export async function countOneMore(
  days: KVNamespace,
  clientKey: string,
  action: CountedAction,
  day: string,
  used: number,
): Promise<void> {
  await days.put(nameOf(clientKey, action, day), String(used + 1), { expirationTtl: CLIENT_DAY_SECONDS });
}
