import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { purge } from "../../src/retention/purge";
import { db, seedPost } from "../support/app";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 22, 3, 17);

async function insertRecord(keyHash: string, createdAt: number) {
  await env.DB.prepare(
    "INSERT INTO idempotency_records (key_hash, request_hash, post_id, status, response, created_at) VALUES (?, 'r', 'p', 201, '{}', ?)",
  )
    .bind(keyHash, createdAt)
    .run();
}

async function insertResonance(postId: string, readerKey: string, createdAt: number) {
  await env.DB.prepare("INSERT INTO resonances (post_id, reader_key, created_at) VALUES (?, ?, ?)")
    .bind(postId, readerKey, createdAt)
    .run();
}

async function insertFlag(id: string, postId: string, createdAt: number, resolvedAt: number | null) {
  await env.DB.prepare(
    `INSERT INTO flags (id, post_id, reader_key, receipt_hash, reason, weight, created_at, resolution, resolved_at)
     VALUES (?, ?, ?, ?, 'spam', 2, ?, ?, ?)`,
  )
    .bind(id, postId, `reader-${id}`, `receipt-${id}`, createdAt, resolvedAt === null ? null : "dismissed", resolvedAt)
    .run();
}

async function insertSession(tokenHash: string, lastSeenAt: number, expiresAt: number) {
  await env.DB.prepare(
    "INSERT OR IGNORE INTO moderators (id, username, role, password_hash, created_at) VALUES ('m', 'purger', 'moderator', 'x', 0)",
  ).run();
  await env.DB.prepare(
    "INSERT INTO moderator_sessions (token_hash, moderator_id, created_at, last_seen_at, expires_at) VALUES (?, 'm', 0, ?, ?)",
  )
    .bind(tokenHash, lastSeenAt, expiresAt)
    .run();
}

const column = async (sql: string) => (await env.DB.prepare(sql).all<Record<string, unknown>>()).results;

describe("the daily purge", () => {
  it("deletes exactly what is past its time, and nothing else", async () => {
    await insertRecord("old", now - 49 * HOUR);
    await insertRecord("recent", now - 47 * HOUR);
    const longRemoved = await seedPost({
      status: "removed",
      removedAt: now - 31 * DAY,
      removedReason: "names a school",
    });
    const recentlyRemoved = await seedPost({ status: "removed", removedAt: now - 29 * DAY });
    const published = await seedPost({ createdAt: now - 400 * DAY });
    await insertResonance(published.id, "old", now - 49 * HOUR);
    await insertResonance(published.id, "recent", now - 47 * HOUR);
    await insertFlag("open-old", published.id, now - 60 * DAY, null);
    await insertFlag("settled-long-ago", published.id, now - 40 * DAY, now - 31 * DAY);
    await insertFlag("settled-lately", published.id, now - 40 * DAY, now - 29 * DAY);
    await insertFlag("fresh", published.id, now - HOUR, null);
    await insertSession("live", now - 10 * 60_000, now + HOUR);
    await insertSession("idle", now - 61 * 60_000, now + HOUR);
    await insertSession("past-its-end", now - 60_000, now - 1);

    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "17 3 * * *" }), env);
    // The same run makes the next day's key ahead, so that day's requests only read it.
    expect(await env.CLIENT_DAYS.get("day-key/2026-11-23", "arrayBuffer")).not.toBeNull();

    expect((await column("SELECT key_hash FROM idempotency_records")).map((row) => row.key_hash)).toEqual(["recent"]);
    const bodies = await column("SELECT id, body, removed_reason, status FROM posts");
    const byId = new Map(bodies.map((row) => [row.id, row]));
    expect(byId.get(longRemoved.id)).toMatchObject({ body: "", status: "removed", removed_reason: "names a school" });
    expect(byId.get(recentlyRemoved.id)?.body).toBe(recentlyRemoved.body);
    expect(byId.get(published.id)?.body).toBe(published.body);
    expect((await column("SELECT reader_key FROM resonances")).map((row) => row.reader_key)).toEqual(["recent"]);
    expect(await column("SELECT id, reader_key FROM flags ORDER BY id")).toEqual([
      { id: "fresh", reader_key: "reader-fresh" },
      { id: "open-old", reader_key: null },
      { id: "settled-lately", reader_key: null },
    ]);
    expect((await column("SELECT token_hash FROM moderator_sessions")).map((row) => row.token_hash)).toEqual(["live"]);
  });

  it("is safe to run twice", async () => {
    await insertRecord("twice", now - 49 * HOUR);
    const first = await purge(db(), now);
    expect(first.idempotencyRecords).toBe(1);
    expect(await purge(db(), now)).toEqual({
      idempotencyRecords: 0,
      removedBodies: 0,
      resonances: 0,
      flagReaderKeys: 0,
      settledFlags: 0,
      expiredSessions: 0,
    });
  });
});
