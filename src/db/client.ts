import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** One drizzle instance per request, over the D1 binding (or, later, a D1 session). */
export function createDb(d1: D1Database | D1DatabaseSession) {
  return drizzle(d1 as D1Database, { schema, casing: "snake_case" });
}

export type Db = ReturnType<typeof createDb>;

/** Whether a failed query broke a UNIQUE or PRIMARY KEY constraint (drizzle wraps D1's error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/UNIQUE constraint failed/.test(cause.message)) return true;
  }
  return false;
}
