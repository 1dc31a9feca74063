/**
 * Reads started together go to D1 together. Every statement a request asks
 * for in one turn of the event loop (the reads of one `Promise.all`: a feed
 * page's posts and its category menu) is sent as one D1 batch, so a page
 * costs one round trip however many reads it makes. A Worker far from the
 * database waits on round trips, not on statements. A read alone is sent
 * alone, as `raw()`: D1's client builds no object per row for it.
 */

type Client = Pick<D1Database, "prepare" | "batch">;
/** Rows as arrays, in the order of the statement's columns, and the columns' names. */
export type RawRows = { columns: string[]; rows: unknown[][] };
type Waiting = { statement: D1PreparedStatement; resolve: (rows: RawRows) => void; reject: (error: unknown) => void };

const waiting = new WeakMap<Client, Waiting[]>();

/** The rows of `sql`, read in the same round trip as the other reads started in this turn. */
export function readTogether(client: Client, sql: string, params: unknown[]): Promise<RawRows> {
  return new Promise((resolve, reject) => {
    let queue = waiting.get(client);
    if (queue === undefined) {
      queue = [];
      waiting.set(client, queue);
      queueMicrotask(() => send(client));
    }
    queue.push({ statement: client.prepare(sql).bind(...params), resolve, reject });
  });
}

/** The rows of `sql` as objects by column name, read as readTogether reads. */
export async function objectsTogether<T>(client: Client, sql: string, params: unknown[]): Promise<T[]> {
  const { columns, rows } = await readTogether(client, sql, params);
  return rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])) as T);
}

async function send(client: Client): Promise<void> {
  const queue = waiting.get(client) ?? [];
  waiting.delete(client);
  try {
    const [only] = queue;
    if (queue.length === 1 && only) {
      const [columns = [], ...rows] = await only.statement.raw({ columnNames: true });
      only.resolve({ columns: columns as string[], rows });
      return;
    }
    // A batch answers objects, whose keys keep the order of the statement's columns.
    const results = await client.batch(queue.map((each) => each.statement));
    for (const [index, each] of queue.entries()) {
      const objects = (results[index]?.results ?? []) as Record<string, unknown>[];
      each.resolve({ columns: Object.keys(objects[0] ?? {}), rows: objects.map((row) => Object.values(row)) });
    }
  } catch (error) {
    for (const each of queue) each.reject(error);
  }
}
