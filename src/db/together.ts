/**
 * Reads started together go to D1 together. Every statement a request asks
 * for in one turn of the event loop (the reads of one `Promise.all`: a feed
 * page's posts and its category menu) is sent as one D1 batch, so a page
 * costs one round trip however many reads it makes. A Worker far from the
 * database waits on round trips, not on statements.
 *
 * A batch answers rows as objects by column name, so the reads that come
 * here are those whose columns have distinct names.
 */

type Client = Pick<D1Database, "prepare" | "batch">;
type Waiting = {
  statement: D1PreparedStatement;
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: unknown) => void;
};

const waiting = new WeakMap<Client, Waiting[]>();

/** The rows of `sql`, read in the same round trip as the other reads started in this turn. */
export function readTogether<T = Record<string, unknown>>(
  client: Client,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    let queue = waiting.get(client);
    if (queue === undefined) {
      queue = [];
      waiting.set(client, queue);
      queueMicrotask(() => send(client));
    }
    queue.push({
      statement: client.prepare(sql).bind(...params),
      resolve: resolve as Waiting["resolve"],
      reject,
    });
  });
}

async function send(client: Client): Promise<void> {
  const queue = waiting.get(client) ?? [];
  waiting.delete(client);
  try {
    const [only] = queue;
    const results =
      queue.length === 1 && only
        ? [await only.statement.all()]
        : await client.batch(queue.map((each) => each.statement));
    for (const [index, each] of queue.entries()) {
      each.resolve((results[index]?.results ?? []) as Record<string, unknown>[]);
    }
  } catch (error) {
    for (const each of queue) each.reject(error);
  }
}
