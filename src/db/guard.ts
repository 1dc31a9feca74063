import type { D1Meter } from "./meter";

/**
 * D1 behind a deadline: every call that reaches the database either answers
 * within `timeoutMs` or fails with a `DatabaseFailure`, and every error D1
 * raises becomes one too (D1's own error kept as its cause). The error
 * handler turns a `DatabaseFailure` into 503 `unavailable` with Retry-After,
 * so a client learns to try again, never sees a driver message, and a request
 * never hangs on a database that stopped answering.
 *
 * A timed-out write may still complete later; every multi-table write is one
 * batch (all or nothing), and an Idempotency-Key makes the retry of a post safe.
 */

export class DatabaseFailure extends Error {
  override name = "DatabaseFailure";
}

/** The D1 error somewhere in `error`'s causes, when it came from the database. */
export function databaseFailureIn(error: unknown): DatabaseFailure | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof DatabaseFailure) return cause;
  }
  return undefined;
}

// The statements this guard handed out, and D1's own behind each: a batch
// must be given D1's statements.
const originals = new WeakMap<D1PreparedStatement, D1PreparedStatement>();

export function guardDatabase(d1: D1DatabaseSession, timeoutMs: number, meter?: D1Meter): D1DatabaseSession {
  const within = <T>(work: () => Promise<T>) => {
    if (meter) meter.roundTrips += 1;
    return deadline(work, timeoutMs);
  };
  // With no meter (production), every call is D1's own, with nothing added on the way.
  const read = <R extends { meta: { rows_read?: number } }>(result: R) => {
    if (meter) meter.rowsRead += result.meta.rows_read ?? 0;
    return result;
  };
  const counted = <R extends { meta: { rows_read?: number } }>(answer: Promise<R>) =>
    meter ? answer.then(read) : answer;
  // raw() and first() answer no meta: on a meter, the same statement is read once more, by all(), for its rows read.
  const metered = <T>(statement: D1PreparedStatement, work: () => Promise<T>) =>
    meter ? statement.all().then(read).then(work) : work();
  const guard = (statement: D1PreparedStatement): D1PreparedStatement => {
    const guarded = {
      bind: (...values: unknown[]) => guard(statement.bind(...values)),
      first: (column?: string) =>
        within(() => metered(statement, () => (column === undefined ? statement.first() : statement.first(column)))),
      all: () => within(() => counted(statement.all())),
      run: () => within(() => counted(statement.run())),
      raw: (options?: { columnNames?: boolean }) =>
        within(() =>
          metered(statement, () => (options?.columnNames ? statement.raw({ columnNames: true }) : statement.raw())),
        ),
    } as unknown as D1PreparedStatement;
    originals.set(guarded, statement);
    return guarded;
  };
  return {
    prepare: (query: string) => guard(d1.prepare(query)),
    batch: (statements: D1PreparedStatement[]) =>
      within(() => {
        const answer = d1.batch(statements.map((statement) => originals.get(statement) ?? statement));
        return meter ? answer.then((results) => results.map(read)) : answer;
      }),
    getBookmark: () => d1.getBookmark(),
  } as D1DatabaseSession;
}

async function deadline<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseFailure(`D1 did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work(), timeout]);
  } catch (error) {
    throw error instanceof DatabaseFailure
      ? error
      : new DatabaseFailure(error instanceof Error ? error.message : "D1 failed", { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
