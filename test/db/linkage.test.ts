import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { jsonPost, randomAddress, reflection, requestWith } from "../support/app";

/**
 * The promise, checked on D1 itself: with its whole history and all of the app's secrets, D1 ties no post to an
 * address and no two posts to each other. Client A posts twice, client B once between them; every row and value
 * each post writes is recorded, and nothing may be written by both of A's posts and not by B's.
 */

// D1's own tables, and the full-text index's, which hold only what the posts' bodies hold.
const SKIPPED = /^(?:sqlite_|_cf_|d1_|posts_fts)/;

type Written = { rows: Set<string>; values: Set<string> };

async function tables(): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{
    name: string;
  }>();
  return results.map((row) => row.name).filter((name) => !SKIPPED.test(name));
}

/** Every row of every table, as `table#rowid` to the row's JSON. */
async function snapshot(): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const table of await tables()) {
    const { results } = await env.DB.prepare(`SELECT rowid AS "#", * FROM "${table}"`).all<Record<string, unknown>>();
    for (const { "#": rowid, ...row } of results) rows.set(`${table}#${rowid}`, JSON.stringify(row));
  }
  return rows;
}

/** The rows a step added or changed, and every value in them, as `column=value`. */
function writtenBetween(before: Map<string, string>, after: Map<string, string>): Written {
  const written: Written = { rows: new Set(), values: new Set() };
  for (const [row, json] of after) {
    if (before.get(row) === json) continue;
    written.rows.add(row);
    const was = JSON.parse(before.get(row) ?? "{}");
    for (const [column, value] of Object.entries(JSON.parse(json))) {
      if (was[column] !== value) written.values.add(`${column}=${value}`);
    }
  }
  return written;
}

async function step(post: () => Promise<Response>): Promise<Written> {
  const before = await snapshot();
  expect((await post()).status).toBe(201);
  return writtenBetween(before, await snapshot());
}

// One client posts twice here, which the one-a-minute limiter would refuse: the posts go through the resonates'
// limiter (a real binding, 30 a minute) instead, as what D1 keeps, not the limit, is what this checks.
const postFrom = (address: string, category: string) => () =>
  requestWith(
    { POST_LIMITER: env.RESONATE_LIMITER },
    "/api/posts",
    jsonPost({ body: reflection(category), category }, { "CF-Connecting-IP": address }),
  );

describe("what D1 keeps of who posted", () => {
  it("ties no two posts of one client to each other: nothing is written by both and not by another client", async () => {
    const [a, b] = [randomAddress(), randomAddress()];
    const first = await step(postFrom(a, "burnout"));
    const other = await step(postFrom(b, "gratitude"));
    const second = await step(postFrom(a, "lessons"));
    const shared = <T>(x: Set<T>, y: Set<T>, not: Set<T>) => [...x].filter((item) => y.has(item) && !not.has(item));
    expect(shared(first.rows, second.rows, other.rows)).toEqual([]);
    expect(shared(first.values, second.values, other.values)).toEqual([]);
    // Each post is kept to its hour: beside a log of when someone reached the board, a millisecond would name it.
    const times = await env.DB.prepare("SELECT created_at AS at FROM posts").all<{ at: number }>();
    expect(times.results.every((row) => row.at % 3_600_000 === 0)).toBe(true);
    // And no address is anywhere.
    const rows = [...(await snapshot()).values()];
    expect(rows.some((json) => json.includes(a) || json.includes(b))).toBe(false);
  });
});
