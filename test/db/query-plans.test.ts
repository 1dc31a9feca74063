import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { historyOf, listAudit } from "../../src/audit/queries";
import { findCategory, listCategories } from "../../src/categories/queries";
import { createDb, type Db } from "../../src/db/client";
import { listPublished } from "../../src/feed/queries";
import { fileFlag, findFlag } from "../../src/flags/queries";
import { findSession, touchSession } from "../../src/mod/sessions";
import { authorsPost, postOfToken } from "../../src/posts/author";
import { findRecord } from "../../src/posts/idempotency";
import { findPublishedPost, hasRecentDuplicate } from "../../src/posts/queries";
import { countQueue, listQueue, openFlagsOf } from "../../src/queue/queries";
import { readBoardVersion } from "../../src/read-cache";
import { resonate } from "../../src/resonates/queries";
import { searchPublished } from "../../src/search/queries";
import { seedPost } from "../support/app";
import { createModerator } from "../support/mod";

type Statement = { sql: string; params: unknown[] };

/** The statements one operation sends to D1 (one at a time or in a batch), with their parameters. */
async function statementsOf(operation: (db: Db) => Promise<unknown>): Promise<Statement[]> {
  const sent: Statement[] = [];
  const recording = new Proxy(env.DB, {
    get(d1, property) {
      if (property !== "prepare") return bound(d1, property);
      return (sql: string) => {
        const statement: Statement = { sql, params: [] };
        sent.push(statement);
        const prepared = d1.prepare(sql);
        return new Proxy(prepared, {
          get(target, name) {
            if (name !== "bind") return bound(target, name);
            return (...params: unknown[]) => {
              statement.params = params;
              return target.bind(...params);
            };
          },
        });
      };
    },
  });
  await operation(createDb(recording));
  return sent;
}

function bound<T extends object>(target: T, property: string | symbol): unknown {
  const value = Reflect.get(target, property);
  return typeof value === "function" ? value.bind(target) : value;
}

async function planOf({ sql, params }: Statement): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

/**
 * A step that reads a whole table, or sorts rows an index should have given in order. Reads sent together are each
 * a co-routine of the one statement (src/db/together.ts): its "SCAN (subquery-n)" reads what the co-routine yields.
 */
function costlySteps(plan: string[]): string[] {
  return plan.filter(
    (step) =>
      (/^SCAN /.test(step) && !/USING (COVERING )?INDEX|VIRTUAL TABLE|^SCAN \(subquery-\d+\)$/.test(step)) ||
      /TEMP B-TREE/.test(step),
  );
}

/** The one statement the first page of a combined search in a category sends: it counts its hits as it reads them. */
async function searchStatementOf(match: string): Promise<Statement> {
  const statements = await statementsOf((db) => searchPublished(db, { match, category: "lessons", limit: 20 }));
  expect(statements).toHaveLength(1);
  return statements[0] as Statement;
}

/** FTS5's reads of a plan, by the order its index number names: 192 by rowid descending, 64 ascending, 0 by rowid. */
const fts5Orders = (plan: string[]) =>
  plan
    .filter((step) => step.startsWith("SCAN posts_fts"))
    .map((step) => step.match(/INDEX (\d+):/)?.[1])
    .sort();

const now = Date.now();
const fixture = { postId: "", token: "", pendingId: "", moderatorId: "" };

beforeAll(async () => {
  const post = await seedPost({ category: "lessons", body: "A reflection about the waitlist and the quiet weeks." });
  const pending = await seedPost({ status: "pending" });
  const moderator = await createModerator();
  Object.assign(fixture, {
    postId: post.id,
    token: post.deleteToken,
    pendingId: pending.id,
    moderatorId: moderator.id,
  });
});

const newAfter = { sort: "new" as const, hour: Math.floor(now / 3_600_000), id: "zzzzzzzzzzzz" };
const topAfter = { sort: "top" as const, resonates: 5, hour: Math.floor(now / 3_600_000), id: "zzzzzzzzzzzz" };

const hotPaths: [string, (db: Db) => Promise<unknown>][] = [
  ["board version", (db) => readBoardVersion(db)],
  ["feed, new", (db) => listPublished(db, { sort: "new", limit: 20 })],
  ["feed, new, deep page", (db) => listPublished(db, { sort: "new", after: newAfter, limit: 20 })],
  ["feed, top", (db) => listPublished(db, { sort: "top", limit: 20 })],
  ["feed, top, deep page", (db) => listPublished(db, { sort: "top", after: topAfter, limit: 20 })],
  ["category feed, new", (db) => listPublished(db, { sort: "new", category: "lessons", limit: 20 })],
  [
    "category feed, new, deep page",
    (db) => listPublished(db, { sort: "new", category: "lessons", after: newAfter, limit: 20 }),
  ],
  ["category feed, top", (db) => listPublished(db, { sort: "top", category: "lessons", limit: 20 })],
  [
    "category feed, top, deep page",
    (db) => listPublished(db, { sort: "top", category: "lessons", after: topAfter, limit: 20 }),
  ],
  ["a published post", (db) => findPublishedPost(db, fixture.postId)],
  ["categories", (db) => listCategories(db)],
  ["one category", (db) => findCategory(db, "lessons")],
  ["duplicate check", (db) => hasRecentDuplicate(db, "0".repeat(64), now - 86_400_000)],
  ["idempotency record", (db) => findRecord(db, "0".repeat(64), now)],
  ["author by id and token", (db) => authorsPost(db, fixture.postId, fixture.token)],
  ["author by token", (db) => postOfToken(db, fixture.token)],
  ["resonate", (db) => resonate(db, fixture.postId, "reader-key", now)],
  [
    "flag",
    (db) =>
      fileFlag(
        db,
        {
          id: "flag00000001",
          postId: fixture.postId,
          readerKey: "reader-key",
          receiptHash: "1".repeat(64),
          reason: "spam",
          note: null,
          createdAt: now,
        },
        { ordinary: 1, identifying: 2, toHide: 3 },
      ),
  ],
  ["flag receipt", (db) => findFlag(db, "1".repeat(64))],
  ["moderator session", (db) => findSession(db, "2".repeat(64), now)],
  [
    "moderator session touched",
    (db) =>
      touchSession(
        db,
        {
          tokenHash: "2".repeat(64),
          moderatorId: fixture.moderatorId,
          username: "m",
          role: "moderator",
          lastSeenAt: 0,
          expiresAt: now,
        },
        now,
      ),
  ],
  ["queue", (db) => listQueue(db, undefined, 20)],
  ["queue, next page", (db) => listQueue(db, { rank: 1, hour: Math.floor(now / 3_600_000), id: "000000000000" }, 20)],
  ["queue count", (db) => countQueue(db)],
  ["queue's open flags", (db) => openFlagsOf(db, [fixture.postId, fixture.pendingId])],
  ["queue's history", (db) => historyOf(db, [fixture.postId, fixture.pendingId])],
  ["audit log, older page", (db) => listAudit(db, {}, 1000, 50)],
  [
    "audit log, one moderator's actions of a week",
    (db) =>
      listAudit(db, { moderator: "river", action: "approve", from: "2026-11-24", to: "2026-12-01" }, undefined, 50),
  ],
];

describe("EXPLAIN QUERY PLAN of every query on a hot path", () => {
  for (const [name, operation] of hotPaths) {
    it(`${name}: every step uses an index`, async () => {
      const statements = await statementsOf(operation);
      expect(statements.length, "the operation sent a query").toBeGreaterThan(0);
      for (const statement of statements) {
        const plan = await planOf(statement);
        expect(costlySteps(plan), `${statement.sql}\n${plan.join("\n")}`).toEqual([]);
      }
    });
  }

  // A period's most resonated: the top of each day, never the period's every post.
  const periodPages: [string, (db: Db) => Promise<unknown>][] = [
    ["feed, top this week", (db) => listPublished(db, { sort: "top", since: now - 7 * 86_400_000, limit: 20 })],
    [
      "feed, top this week, deep page",
      (db) => listPublished(db, { sort: "top", since: now - 7 * 86_400_000, after: topAfter, limit: 20 }),
    ],
    [
      "feed, top this week, newer page",
      (db) => listPublished(db, { sort: "top", since: now - 7 * 86_400_000, before: topAfter, limit: 20 }),
    ],
    [
      "category feed, top this month",
      (db) => listPublished(db, { sort: "top", category: "lessons", since: now - 30 * 86_400_000, limit: 20 }),
    ],
  ];
  for (const [name, operation] of periodPages) {
    it(`${name}: reads each day's top from its index, and sorts only those`, async () => {
      const statements = await statementsOf(operation);
      expect(statements).toHaveLength(1);
      const plan = await planOf(statements[0] as Statement);
      // Each day of the period, then that day's top page from the day's index, then each of those posts by rowid.
      expect(plan[0]).toMatch(/^SCAN days VIRTUAL TABLE/);
      expect(
        plan.some((step) =>
          /^SEARCH posts USING INDEX posts_(category_)?day_top \(status=\? AND (category=\? AND )?created_day=\?/.test(
            step,
          ),
        ),
      ).toBe(true);
      expect(plan).toContain("SEARCH posts USING INTEGER PRIMARY KEY (rowid=?)");
      // The one sort: of those (days + 1) pages, to merge them.
      expect(costlySteps(plan)).toEqual(["USE TEMP B-TREE FOR ORDER BY"]);
    });
  }

  it("the audit log's first page walks the log's rowid B-tree from its newest end, stopping at the page's limit", async () => {
    const statements = await statementsOf((db) => listAudit(db, {}, undefined, 50));
    expect(statements).toHaveLength(1);
    const statement = statements[0] as Statement;
    expect(statement.sql).toMatch(/order by "audit_log"."id" desc limit \?$/);
    // SQLite names a walk of the table's own (rowid) order a SCAN; with the LIMIT it reads one page.
    expect(costlySteps(await planOf(statement))).toEqual(["SCAN audit_log"]);
  });

  it("search reads posts through the full-text index, newest first, and sorts nothing", async () => {
    const statements = await statementsOf((db) =>
      searchPublished(db, { match: '"waitlist"', category: "lessons", limit: 20 }),
    );
    // The page and its count, sent together as one statement.
    expect(statements).toHaveLength(1);
    for (const statement of statements) {
      const plan = await planOf(statement);
      expect(plan.some((step) => /^SCAN (posts_fts|w|\(subquery)/.test(step))).toBe(true);
      // Driven by the index, a category is a lookup by rowid of each match, never a walk of the category's posts.
      expect(plan.some((step) => /^SEARCH p USING INTEGER PRIMARY KEY/.test(step))).toBe(true);
      expect(plan.some((step) => /INDEX posts_category|INDEX posts_feed/.test(step))).toBe(false);
      // "SCAN w" walks the count's window: at most SEARCH_WINDOW rows, already read from the index in order.
      expect(costlySteps(plan).filter((step) => step !== "SCAN w")).toEqual([]);
    }
  });

  it("a combined search reads each word's window newest first, and its matches oldest first from there", async () => {
    const statement = await searchStatementOf('"the waitlist" AND "kettle"');
    // Newest first: the window of each word ("the", "waitlist", "kettle"), a list FTS5 stops reading at its thousandth
    // post, then the posts of the two rarest in the window; oldest first, the phrase and the word together, from where
    // those two first meet up to the newest post (read newest first, FTS5 checked them post by post down to the board's
    // first: 380 ms at a million posts); by rowid, each post of the page, for its snippet.
    expect(fts5Orders(await planOf(statement))).toEqual(["0", ...Array(5).fill("192"), "64"]);
    const expressions = statement.params.filter((value): value is string => typeof value === "string");
    expect(expressions).toEqual(
      expect.arrayContaining(['"the"', '"waitlist"', '"kettle"', '"the waitlist" AND "kettle"']),
    );
  });

  it("a search of words that must meet reads each word's window newest first, as lists met in SQL", async () => {
    const plan = await planOf(await searchStatementOf('"waitlist" AND "kettle"'));
    // Newest first: where each word's window starts, then each word's posts in the window, a list FTS5 stops reading
    // there; oldest first, the words together, read only when the window spans more than LISTED_SPAN posts; by rowid,
    // each post of the page, for its snippet. FTS5 is never asked for the words together newest first.
    expect(fts5Orders(plan)).toEqual(["0", ...Array(4).fill("192"), "64"]);
    // Met in SQL: the first word's list walked, each post looked up in the others' lists, built once.
    expect(plan).toEqual(expect.arrayContaining(["SCAN w0", "MATERIALIZE w1", "SCAN w1"]));
    expect(plan.some((step) => step.startsWith("LIST SUBQUERY"))).toBe(true);
  });
});
