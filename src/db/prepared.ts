import { fillPlaceholders } from "drizzle-orm";
import type { PreparedQueryConfig, SQLitePreparedQuery } from "drizzle-orm/sqlite-core";
import { createDb, type Db } from "./client";

/**
 * Queries on the read path, built by drizzle once per isolate, with
 * placeholders (`sql.placeholder`) for their values, and run on each
 * request's own D1 session. Building a select (drizzle walking its column
 * and SQL objects) cost about a third of an uncached feed request's CPU, for
 * SQL that is the same every time; what is left per request is binding the
 * values and drizzle's own row mapping.
 */

// The builder's prepare() asks its client for a statement it never runs:
// every query runs on the request's session (run, below).
const builder = createDb({ prepare: () => ({}) } as unknown as D1Database);

export type Built<T extends PreparedQueryConfig> = SQLitePreparedQuery<T>;

/** A query built once per shape (`key`), on first use. */
export function builtOncePer<K extends string, Q>(build: (db: Db, key: K) => Q): (key: K) => Q {
  const built = new Map<K, Q>();
  return (key) => {
    let query = built.get(key);
    if (query === undefined) {
      query = build(builder, key);
      built.set(key, query);
    }
    return query;
  };
}

/** A query of one shape, built on first use. */
export function builtOnce<Q>(build: (db: Db) => Q): () => Q {
  let built: Q | undefined;
  return () => {
    built ??= build(builder);
    return built;
  };
}

/** The SQL and the values of a built query, as D1 is sent them. */
export function statementOf(query: Built<PreparedQueryConfig>, values: Record<string, unknown>) {
  const { sql, params } = query.getQuery();
  return { sql, params: fillPlaceholders(params, values) };
}

/** Every row of a built query, on the request's database, mapped as drizzle maps them. */
export async function allRows<T extends PreparedQueryConfig>(
  db: Db,
  query: Built<T>,
  values: Record<string, unknown> = {},
): Promise<T["all"]> {
  const { sql, params } = statementOf(query, values);
  const rows = await db.$client
    .prepare(sql)
    .bind(...params)
    .raw();
  return query.mapAllResult(rows) as T["all"];
}
