import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

const connect = (d1: D1Database | D1DatabaseSession) => drizzle(d1 as D1Database, { schema, casing: "snake_case" });

export type Db = ReturnType<typeof connect>;

// Building drizzle's view of the schema costs tens of µs: once per binding
// (the same object for every request of an isolate), not once per request.
const connected = new WeakMap<D1Database | D1DatabaseSession, Db>();

/** The drizzle instance over a D1 binding (or, later, a D1 session). */
export function createDb(d1: D1Database | D1DatabaseSession): Db {
  let db = connected.get(d1);
  if (!db) {
    db = connect(d1);
    connected.set(d1, db);
  }
  return db;
}

/** Whether a failed query broke a UNIQUE or PRIMARY KEY constraint (drizzle wraps D1's error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/UNIQUE constraint failed/.test(cause.message)) return true;
  }
  return false;
}
