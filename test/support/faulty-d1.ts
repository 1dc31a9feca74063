import { env } from "cloudflare:test";

/**
 * The real local D1 with a fault put in its way, for the tests of what the
 * board does when the database fails: nothing here stands in for D1, the
 * statements that are let through run on it as usual.
 *
 * - "throw": every call whose SQL `matches` fails as D1 fails, with a D1_ERROR.
 * - "hang": every call whose SQL `matches` never answers.
 * - "fail-last-in-batch": every batch runs on D1 with its last statement
 *   replaced by one that fails inside D1 (after the others have run).
 */
export type Fault = "throw" | "hang" | "fail-last-in-batch";

type Wrapped = D1PreparedStatement & { sql: string; original: D1PreparedStatement };

export function faultyD1(real: D1Database, fault: Fault, matches: (sql: string) => boolean = () => true): D1Database {
  const session = (d1: D1Database | D1DatabaseSession): D1DatabaseSession => {
    const failing = <T>(sql: string, work: () => Promise<T>): Promise<T> => {
      if (fault === "fail-last-in-batch" || !matches(sql)) return work();
      if (fault === "hang") return new Promise<T>(() => {});
      return Promise.reject(new Error(`D1_ERROR: injected fault: SQLITE_IOERR`));
    };
    const wrap = (statement: D1PreparedStatement, sql: string): Wrapped =>
      ({
        sql,
        original: statement,
        bind: (...values: unknown[]) => wrap(statement.bind(...values), sql),
        first: (column?: string) => failing(sql, () => (column ? statement.first(column) : statement.first())),
        all: () => failing(sql, () => statement.all()),
        run: () => failing(sql, () => statement.run()),
        raw: (options?: { columnNames?: boolean }) =>
          failing(sql, () => (options?.columnNames ? statement.raw({ columnNames: true }) : statement.raw())),
      }) as unknown as Wrapped;
    return {
      prepare: (sql: string) => wrap(d1.prepare(sql), sql),
      batch: async (statements: D1PreparedStatement[]) => {
        const wrapped = statements as Wrapped[];
        const originals = wrapped.map((statement) => statement.original ?? statement);
        if (fault === "fail-last-in-batch") {
          return d1.batch([...originals.slice(0, -1), d1.prepare("SELECT * FROM forced_failure_no_such_table")]);
        }
        const sql = wrapped.map((statement) => statement.sql).join(";\n");
        return failing(sql, () => d1.batch(originals));
      },
      getBookmark: () => ("getBookmark" in d1 ? d1.getBookmark() : null),
    } as unknown as D1DatabaseSession;
  };
  return {
    ...session(real),
    withSession: (constraint?: string) => session(real.withSession(constraint)),
  } as unknown as D1Database;
}

/** Every row of every table the app owns (but those `ignoring`), to show that a failed write left nothing behind. */
export async function everyRow(ignoring: string[] = []): Promise<Record<string, unknown[]>> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const rows: Record<string, unknown[]> = {};
  for (const { name } of tables.filter((table) => !ignoring.includes(table.name)))
    rows[name] = (await env.DB.prepare(`SELECT * FROM "${name}"`).all()).results;
  return rows;
}
