import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";

type Column = { name: string; type: string };

async function columnsOf(table: string): Promise<Column[]> {
  const { results } = await env.DB.prepare(`SELECT name, type FROM pragma_table_info(?)`).bind(table).all<Column>();
  return results;
}

async function tables(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
  ).all<{ name: string }>();
  return results.map((row) => row.name);
}

describe("the D1 schema", () => {
  it("has no column for request metadata in any table", async () => {
    const forbidden =
      /(^|_)(ip|ips|addr|address|user_agent|useragent|ua|agent|cookie|referr?er|headers?|fingerprint)($|_)/i;
    for (const table of await tables()) {
      for (const column of await columnsOf(table)) {
        expect(`${table}.${column.name}`).not.toMatch(forbidden);
      }
    }
  });

  it("stores posts with exactly the columns the spec calls for", async () => {
    expect((await columnsOf("posts")).map((column) => column.name).sort()).toEqual(
      [
        "body",
        "category",
        "content_hash",
        "created_at",
        "delete_token_hash",
        "flag_clearances",
        "id",
        "open_reports",
        "queue_rank",
        "reasons",
        "redacted_at",
        "redacted_details",
        "removed_at",
        "removed_reason",
        "resonates",
        "revision",
        "role",
        "status",
      ].sort(),
    );
  });

  it("has an index for each feed order", async () => {
    const { results } = await env.DB.prepare("SELECT name FROM pragma_index_list('posts')").all<{ name: string }>();
    expect(results.map((row) => row.name)).toEqual(
      expect.arrayContaining(["posts_feed_new", "posts_category_new", "posts_feed_top", "posts_category_top"]),
    );
  });

  it("refuses a status outside the lifecycle", async () => {
    const insert = env.DB.prepare(
      "INSERT INTO posts (id, body, category, status, created_at, delete_token_hash, content_hash) VALUES ('x1', 'b', 'burnout', 'draft', 0, 'h', 'c')",
    );
    await expect(insert.run()).rejects.toThrow(/CHECK constraint/);
  });

  it("refuses a flag with a reason outside the spec's list", async () => {
    const insert = env.DB.prepare(
      "INSERT INTO flags (id, post_id, reader_key, receipt_hash, reason, weight, created_at) VALUES ('f1', NULL, 'k', 'r', 'boring', 2, 0)",
    );
    await expect(insert.run()).rejects.toThrow(/CHECK constraint/);
  });

  it("keeps the audit log append-only", async () => {
    await env.DB.prepare(
      "INSERT INTO moderators (id, username, role, password_hash, created_at) VALUES ('m1', 'auditor', 'admin', 'x', 0)",
    ).run();
    await env.DB.prepare("INSERT INTO audit_log (at, moderator_id, action) VALUES (1, 'm1', 'sign-in')").run();
    await expect(env.DB.prepare("UPDATE audit_log SET action = 'sign-out'").run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
    // Other files of this worker write to the same log: only this test's entry is read.
    expect(await env.DB.prepare("SELECT action FROM audit_log WHERE moderator_id = 'm1'").first("action")).toBe(
      "sign-in",
    );
  });

  it("refuses a post in a category that does not exist", async () => {
    const insert = env.DB.prepare(
      "INSERT INTO posts (id, body, category, status, created_at, delete_token_hash, content_hash) VALUES ('x2', 'b', 'nope', 'published', 0, 'h', 'c')",
    );
    await expect(insert.run()).rejects.toThrow(/FOREIGN KEY/);
  });
});
