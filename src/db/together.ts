/**
 * Reads started together go to D1 together. Every statement a request asks
 * for in one turn of the event loop (the reads of one `Promise.all`: a feed
 * page's posts and its category menu) is sent as one D1 statement, so a page
 * costs one round trip however many reads it makes. A Worker far from the
 * database waits on round trips, not on statements.
 *
 * The reads go as one compound SELECT (`SELECT 0, * FROM (first) UNION ALL
 * SELECT 1, * FROM (second)…`, each padded with NULLs to the widest), read
 * with `raw()`: D1's client builds an object per row of a batch, a sixth of
 * an uncached page's CPU, and none for `raw()`. Each read's rows come back
 * in its own order: SQLite runs a subquery with a LIMIT as a co-routine that
 * yields them in order, and sorts one without a LIMIT within its part, as the
 * outer query has no ORDER BY or join to make its order moot. SQL itself
 * promises no such order: test/db/together.test.ts holds SQLite to it. More
 * reads, or more values, than one D1 statement may hold go as a batch
 * instead (a month's most resonated reads each of its days).
 */

type Client = Pick<D1Database, "prepare" | "batch">;
/** A read: its SQL (one SELECT), its values, and how many columns it answers. */
type Read = { sql: string; params: unknown[]; width: number };
type Waiting = Read & { resolve: (rows: unknown[][]) => void; reject: (error: unknown) => void };

/** D1 binds at most 100 values to one statement, and joins at most 5 SELECTs into one. */
const MOST_VALUES = 100;
const MOST_PARTS = 5;

const waiting = new WeakMap<Client, Waiting[]>();
const heldForTask = new WeakSet<Client>();

/**
 * The next reads of `client` go together until the current task ends, not just its turn of the event loop: the read
 * cache starts reading the board's version before the route runs, and a route may await its validation before it
 * reads; held, the version is read in the page's own statement.
 */
export function holdReadsForTask(client: Client): void {
  heldForTask.add(client);
}

/**
 * The rows of `sql` (a SELECT of `width` columns), as arrays in the order of its columns, read in the same round
 * trip as the other reads started in this turn.
 */
export function readTogether(client: Client, sql: string, params: unknown[], width: number): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    let queue = waiting.get(client);
    if (queue === undefined) {
      queue = [];
      waiting.set(client, queue);
      if (heldForTask.delete(client)) setTimeout(() => send(client), 0);
      else queueMicrotask(() => send(client));
    }
    queue.push({ sql, params, width, resolve, reject });
  });
}

/** The rows of `sql` as objects with `columns` (its columns' names, in order), read as readTogether reads. */
export async function objectsTogether<T>(
  client: Client,
  sql: string,
  params: unknown[],
  columns: readonly string[],
): Promise<T[]> {
  const rows = await readTogether(client, sql, params, columns.length);
  return rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])) as T);
}

async function send(client: Client): Promise<void> {
  const queue = waiting.get(client) ?? [];
  waiting.delete(client);
  try {
    const answers = await answersOf(client, queue);
    for (const [index, each] of queue.entries()) each.resolve(answers[index] ?? []);
  } catch (error) {
    for (const each of queue) each.reject(error);
  }
}

/** Each read's rows, in the order of `reads`. */
async function answersOf(client: Client, reads: Read[]): Promise<unknown[][][]> {
  const [only] = reads;
  if (reads.length === 1 && only)
    return [
      await client
        .prepare(only.sql)
        .bind(...only.params)
        .raw(),
    ];
  const values = reads.reduce((sum, read) => sum + read.params.length, 0);
  if (reads.length > MOST_PARTS || values > MOST_VALUES) return inABatch(client, reads);
  const widest = Math.max(...reads.map((read) => read.width));
  const parts = reads.map(({ sql, width }, index) => {
    const padding = ", NULL".repeat(widest - width);
    return `SELECT ${index}, *${padding} FROM (${sql})`;
  });
  const rows = await client
    .prepare(parts.join(" UNION ALL "))
    .bind(...reads.flatMap((read) => read.params))
    .raw();
  const answers = reads.map((): unknown[][] => []);
  for (const row of rows) answers[row[0] as number]?.push(row.slice(1, 1 + (reads[row[0] as number]?.width ?? 0)));
  return answers;
}

/** Each read's rows from a D1 batch, which answers objects whose keys keep the order of the statement's columns. */
async function inABatch(client: Client, reads: Read[]): Promise<unknown[][][]> {
  const results = await client.batch(reads.map((read) => client.prepare(read.sql).bind(...read.params)));
  return reads.map((read, index) => {
    const objects = (results[index]?.results ?? []) as Record<string, unknown>[];
    const rows = objects.map((row) => Object.values(row));
    // Two columns of one name come back as one: the read would be misread.
    if (rows.some((row) => row.length !== read.width))
      throw new Error(`a read of ${read.width} columns came back with another number`);
    return rows;
  });
}
