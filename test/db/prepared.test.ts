import { env } from "cloudflare:test";
import { eq, sql } from "drizzle-orm";
import type { PreparedQueryConfig } from "drizzle-orm/sqlite-core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { allRows, type Built, builtOnce, rowReaderOf, statementOf } from "../../src/db/prepared";
import { categories, posts } from "../../src/db/schema";
import { feedQuery } from "../../src/feed/queries";
import type { ModerationReason } from "../../src/moderation/pipeline";
import { db, seedPost } from "../support/app";

/** The rows D1 gives a built query, as arrays, the way allRows reads them. */
async function rawRows(query: Built<PreparedQueryConfig>, values: Record<string, unknown> = {}) {
  const { sql, params } = statementOf(query, values);
  return env.DB.prepare(sql)
    .bind(...params)
    .raw();
}

const withReasons = builtOnce((db) =>
  db
    .select({ id: posts.id, reasons: posts.reasons, removedReason: posts.removedReason, role: posts.role })
    .from(posts)
    .where(eq(posts.id, sql.placeholder("id")))
    .prepare(),
);
const joined = builtOnce((db) =>
  db.select().from(posts).leftJoin(categories, eq(categories.slug, posts.category)).limit(5).prepare(),
);
const computed = builtOnce((db) =>
  db
    .select({ id: posts.id, length: sql<number>`length(${posts.body})` })
    .from(posts)
    .limit(5)
    .prepare(),
);

const REASON: ModerationReason = {
  rule: "names",
  kind: "identifying",
  action: "hold",
  message: "This looks like a client's name.",
  start: 0,
  end: 4,
};

describe("rows of built queries", () => {
  let removedId = "";
  beforeAll(async () => {
    await seedPost({ role: "counselor", resonates: 3 });
    await seedPost({ role: null });
    const removed = await seedPost({
      status: "removed",
      removedReason: "named a client",
      reasons: [REASON],
    });
    removedId = removed.id;
  });

  it.each([
    ["the feed, newest first", feedQuery({ sort: "new", limit: 20 })],
    ["the feed, top", feedQuery({ sort: "top", limit: 20 })],
    [
      "a category, after a post",
      feedQuery({
        sort: "new",
        category: "burnout",
        limit: 20,
        after: { sort: "new", hour: Math.floor(Date.now() / 3_600_000) + 1, id: "~" },
      }),
    ],
    ["a joined select (drizzle's own mapping)", { query: joined(), values: {} }],
    ["a computed column (drizzle's own mapping)", { query: computed(), values: {} }],
  ])("reads %s as drizzle maps it", async (_name, { query, values }) => {
    const rows = await rawRows(query, values);
    expect(rows.length).toBeGreaterThan(0);
    expect(rowReaderOf(query)(rows)).toEqual(query.mapAllResult(rows));
  });

  it.each([
    ["the feed", feedQuery({ sort: "new", limit: 20 }), false],
    ["a joined select", { query: joined(), values: {} }, true],
  ] as const)("reads %s through drizzle's own mapping only when it must", async (_name, { query, values }, general) => {
    // Were drizzle to rename the property the reader is worked out from, every
    // query would fall back to the general mapping: right, but slow.
    const mapAllResult = vi.spyOn(query, "mapAllResult");
    try {
      rowReaderOf(query)(await rawRows(query, values));
      expect(mapAllResult).toHaveBeenCalledTimes(general ? 1 : 0);
    } finally {
      mapAllResult.mockRestore();
    }
  });

  it("decodes each column as drizzle does: JSON text, and nulls", async () => {
    const [row] = await allRows(db(), withReasons(), { id: removedId });
    expect(row).toEqual({
      id: removedId,
      reasons: [REASON],
      removedReason: "named a client",
      role: null,
    });
    expect(Object.keys(row ?? {})).toEqual(["id", "reasons", "removedReason", "role"]);
  });
});
