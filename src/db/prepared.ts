import { Column, fillPlaceholders, is } from "drizzle-orm";
import type { PreparedQueryConfig, SQLitePreparedQuery } from "drizzle-orm/sqlite-core";
import { createDb, type Db } from "./client";
import { readTogether } from "./together";

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

/**
 * Every row of a built select, on the request's database, mapped as drizzle maps them, read together with the
 * request's other reads of the same turn (./together.ts): one round trip for them all.
 */
export async function allRows<T extends PreparedQueryConfig>(
  db: Db,
  query: Built<T>,
  values: Record<string, unknown> = {},
): Promise<T["all"]> {
  const { sql, params } = statementOf(query, values);
  // A select is read together; anything else with fields (an insert's returning) alone, as a subquery cannot hold it.
  const width = sql.startsWith("select ") ? fieldsOf(query)?.length : undefined;
  const rows =
    width === undefined
      ? await db.$client
          .prepare(sql)
          .bind(...params)
          .raw()
      : await readTogether(db.$client, sql, params, width);
  return rowReaderOf(query)(rows) as T["all"];
}

type RowReader = (rows: unknown[][]) => unknown[];
const rowReaders = new WeakMap<Built<PreparedQueryConfig>, RowReader>();

/**
 * drizzle's row mapping, worked out once per built query. drizzle's own
 * (`mapAllResult`) asks of every value of every row what kind of field it
 * came from and walks its path: a tenth of an uncached feed request's CPU.
 * For a select of plain columns the answer is the same every time, so each
 * value just goes through its column's own decoding; any other select keeps
 * drizzle's mapping.
 */
export function rowReaderOf(query: Built<PreparedQueryConfig>): RowReader {
  let reader = rowReaders.get(query);
  if (reader === undefined) {
    reader = columnReader(query) ?? ((rows) => query.mapAllResult(rows) as unknown[]);
    rowReaders.set(query, reader);
  }
  return reader;
}

// drizzle keeps a prepared select's fields, in the order of its SQL's columns,
// on a property its types do not show.
type OrderedFields = { path: string[]; field: unknown }[];

/** A select's fields, one per column of its SQL. */
const fieldsOf = (query: Built<PreparedQueryConfig>) => (query as unknown as { fields?: OrderedFields }).fields;

/** The fields of a select of plain columns of one table, in the order of its SQL: their names and columns. */
function plainColumnsOf(query: Built<PreparedQueryConfig>): { names: string[]; columns: Column[] } | undefined {
  // A field with a longer path is a joined table's, which drizzle may null whole.
  const fields = fieldsOf(query);
  if (!fields?.every(({ path, field }) => path.length === 1 && is(field, Column))) return undefined;
  return { names: fields.map(({ path }) => path[0] as string), columns: fields.map(({ field }) => field as Column) };
}

function columnReader(query: Built<PreparedQueryConfig>): RowReader | undefined {
  const plain = plainColumnsOf(query);
  if (!plain) return undefined;
  const { names, columns } = plain;
  return (rows) =>
    rows.map((row) => {
      const mapped: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const value = row[i];
        mapped[names[i] as string] = value === null ? null : (columns[i] as Column).mapFromDriverValue(value);
      }
      return mapped;
    });
}
