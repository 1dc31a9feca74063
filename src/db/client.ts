import { drizzle } from "drizzle-orm/d1";

/**
 * The drizzle instance over one request's D1 session (or, for the cron and
 * scripts, the binding). It is built per request, which costs about a
 * microsecond because it is given no schema: the app uses only drizzle's
 * query builder, never its relational queries, whose schema map would cost
 * tens of µs to build each time.
 */
export function createDb(d1: D1Database | D1DatabaseSession) {
  return drizzle(d1 as D1Database, { casing: "snake_case" });
}

export type Db = ReturnType<typeof createDb>;

/** Whether a failed query broke a UNIQUE or PRIMARY KEY constraint (drizzle wraps D1's error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/UNIQUE constraint failed/.test(cause.message)) return true;
  }
  return false;
}
