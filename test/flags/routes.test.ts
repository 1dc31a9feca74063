import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { resolveFlags } from "../../src/flags/queries";
import { db, type ErrorBody, postJson, randomAddress, request, seedPost } from "../support/app";
import { withinOneLimiterWindow } from "../support/limits";

type Receipt = {
  receipt: string | null;
  flag: { reason: string; outcome: string; message: string; resolvedAt: string | null };
};

function flag(id: string, body: unknown, address = randomAddress()): Promise<Response> {
  return postJson(`/api/posts/${id}/flags`, body, { "CF-Connecting-IP": address });
}

async function statusOf(id: string): Promise<string | undefined> {
  const row = await env.DB.prepare("SELECT status FROM posts WHERE id = ?").bind(id).first<{ status: string }>();
  return row?.status;
}

async function outcomeOf(receipt: string): Promise<string> {
  const res = await request(`/api/flags/${receipt}`);
  expect(res.status).toBe(200);
  return (await res.json<{ flag: { outcome: string } }>()).flag.outcome;
}

async function flagsOn(id: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM flags WHERE post_id = ?").bind(id).first<{ n: number }>();
  return row?.n ?? 0;
}

describe("POST /api/posts/:id/flags", () => {
  it("stores the flag to the hour, never the millisecond", async () => {
    const post = await seedPost();
    expect((await flag(post.id, { reason: "spam" })).status).toBe(202);
    const stored = await env.DB.prepare("SELECT created_at AS at FROM flags WHERE post_id = ?")
      .bind(post.id)
      .first<{ at: number }>();
    expect((stored?.at ?? 1) % 3_600_000).toBe(0);
  });

  it("takes a flag with a reason and a note and answers 202 with a receipt", async () => {
    const post = await seedPost();
    const res = await flag(post.id, { reason: "harmful", note: "  This reads   as a threat.  " });
    expect(res.status).toBe(202);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = await res.json<Receipt>();
    expect(body.receipt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.flag).toMatchObject({ reason: "harmful", outcome: "open", resolvedAt: null, postId: post.id });
    const row = await env.DB.prepare("SELECT note, weight FROM flags WHERE post_id = ?").bind(post.id).first();
    expect(row).toEqual({ note: "This reads as a threat.", weight: 2 });
    expect(await outcomeOf(body.receipt ?? "")).toBe("open");
  });

  it.each([
    ["an unknown reason", { reason: "boring" }],
    ["no reason", { note: "no reason given" }],
    ["a note over 500 characters", { reason: "other", note: "x".repeat(501) }],
    ["an unknown field", { reason: "spam", severity: 5 }],
  ])("refuses %s with 400", async (_, body) => {
    const post = await seedPost();
    const res = await flag(post.id, body);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.code).toBe("invalid_request");
    expect(await flagsOn(post.id)).toBe(0);
  });

  it.each(["pending", "hidden", "removed"] as const)("answers 404 for a %s post", async (status) => {
    const post = await seedPost({ status });
    expect((await flag(post.id, { reason: "spam" })).status).toBe(404);
  });

  it("withstands a flag storm from one reader: one flag, its receipt given once, the post stays up", async () => {
    const { post, answers } = await withinOneLimiterWindow(async () => {
      const post = await seedPost();
      const reader = randomAddress();
      const answers: Response[] = [];
      for (let i = 0; i < 12; i++) {
        answers.push(await flag(post.id, { reason: i % 2 ? "identifying" : "harmful" }, reader));
      }
      return { post, answers };
    });
    const taken = answers.slice(0, 10);
    expect(taken.every((res) => res.status === 202)).toBe(true);
    const receipts = await Promise.all(taken.map(async (res) => (await res.json<Receipt>()).receipt));
    // The first answer holds the receipt; every later one says the reader had reported the post already.
    expect(receipts[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(receipts.slice(1).every((receipt) => receipt === null)).toBe(true);
    expect((await request(`/api/flags/${receipts[0]}`)).status).toBe(200);
    // Over 10 a minute the reader is told to slow down.
    expect(answers.slice(10).map((res) => res.status)).toEqual([429, 429]);
    expect(Number(answers[10]?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await flagsOn(post.id)).toBe(1);
    expect(await statusOf(post.id)).toBe("published");
    // Another reader is not held up by the first one's limit.
    expect((await flag(post.id, { reason: "spam" })).status).toBe(202);
  });

  it("hides a post when three distinct readers flag it", async () => {
    const post = await seedPost();
    const receipts: string[] = [];
    for (const reason of ["harmful", "spam"]) {
      receipts.push((await (await flag(post.id, { reason })).json<Receipt>()).receipt ?? "");
      expect(await statusOf(post.id)).toBe("published");
    }
    const third = await (await flag(post.id, { reason: "off-topic" })).json<Receipt>();
    expect(third.flag.outcome).toBe("hidden");
    expect(await statusOf(post.id)).toBe("hidden");
    for (const receipt of receipts) expect(await outcomeOf(receipt)).toBe("hidden");
  });

  it("hides a post when two distinct readers flag it as identifying", async () => {
    const post = await seedPost();
    await flag(post.id, { reason: "identifying" });
    expect(await statusOf(post.id)).toBe("published");
    await flag(post.id, { reason: "identifying" });
    expect(await statusOf(post.id)).toBe("hidden");
  });

  it("adds up mixed reasons: one identifying and one ordinary flag are not enough, one more is", async () => {
    const post = await seedPost();
    await flag(post.id, { reason: "identifying" });
    await flag(post.id, { reason: "other" });
    expect(await statusOf(post.id)).toBe("published");
    await flag(post.id, { reason: "other" });
    expect(await statusOf(post.id)).toBe("hidden");
  });

  it("keeps a concurrent crowd's flags exact: each reader once, the post hidden once", async () => {
    const post = await seedPost();
    const answers = await Promise.all(Array.from({ length: 8 }, () => flag(post.id, { reason: "harmful" })));
    expect(answers.map((res) => res.status).filter((status) => status !== 202 && status !== 404)).toEqual([]);
    expect(await statusOf(post.id)).toBe("hidden");
    // Readers who came after the post was hidden found no published post to flag.
    expect(await flagsOn(post.id)).toBe(answers.filter((res) => res.status === 202).length);
  });

  it("needs more weight to hide again a post a moderator approved after flags", async () => {
    const post = await seedPost({ flagClearances: 1 });
    for (let i = 0; i < 5; i++) await flag(post.id, { reason: "harmful" });
    expect(await statusOf(post.id)).toBe("published");
    await flag(post.id, { reason: "harmful" });
    expect(await statusOf(post.id)).toBe("hidden");
  });

  it("counts only open flags towards hiding", async () => {
    const post = await seedPost();
    await flag(post.id, { reason: "identifying" });
    await resolveFlags(db(), post.id, "dismissed", Date.now());
    await flag(post.id, { reason: "identifying" });
    expect(await statusOf(post.id)).toBe("published");
  });
});

describe("GET /api/flags/:receipt", () => {
  async function receiptFor(postId: string): Promise<string> {
    return (await (await flag(postId, { reason: "identifying" })).json<Receipt>()).receipt ?? "";
  }

  it.each(["dismissed", "removed", "redacted"] as const)("reports a flag settled as %s", async (resolution) => {
    const post = await seedPost();
    const receipt = await receiptFor(post.id);
    await resolveFlags(db(), post.id, resolution, Date.now());
    const res = await request(`/api/flags/${receipt}`);
    const body = await res.json<Receipt>();
    expect(body.flag.outcome).toBe(resolution);
    expect(body.flag.resolvedAt).toMatch(/:00:00\.000Z$/);
    expect(body.flag.message.length).toBeGreaterThan(10);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("reports the post removed once its author deleted it", async () => {
    const post = await seedPost();
    const receipt = await receiptFor(post.id);
    const deleted = await request(`/api/posts/${post.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${post.deleteToken}` },
    });
    expect(deleted.status).toBe(204);
    expect(await outcomeOf(receipt)).toBe("removed");
  });

  it("answers 404 for a well-formed receipt no flag has, and 400 for a malformed one", async () => {
    expect((await request(`/api/flags/${"A".repeat(43)}`)).status).toBe(404);
    const malformed = await request("/api/flags/not-a-receipt");
    expect(malformed.status).toBe(400);
    expect((await malformed.json<ErrorBody>()).error.code).toBe("invalid_request");
  });
});
