import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ModerationReason } from "../../src/moderation/pipeline";
import { postJson, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

type Item = {
  post: { id: string; status: string; createdAt: string; reasons: ModerationReason[] };
  flags: { total: number; byReason: Record<string, number>; notes: string[]; since: string | null };
  history: { action: string; moderator: string }[];
};
type Page = { items: Item[]; nextCursor: string | null };

const HOUR = 60 * 60 * 1000;
const reason = (kind: ModerationReason["kind"]): ModerationReason => ({
  rule: kind === "crisis" ? "crisis" : "name",
  kind,
  action: "hold",
  message: "held",
  start: 0,
  end: 4,
});

describe("GET /api/mod/queue", () => {
  it("lists held and hidden posts, crisis first, then identifying, then the rest, older first within each", async () => {
    const mod = await signedInAs();
    const t = Date.now() - 48 * HOUR;
    const otherOld = await seedPost({ status: "hidden", queueRank: 2, createdAt: t });
    const identifyingNew = await seedPost({
      status: "pending",
      reasons: [reason("identifying")],
      queueRank: 1,
      createdAt: t + 3 * HOUR,
    });
    const identifyingOld = await seedPost({
      status: "pending",
      reasons: [reason("identifying")],
      queueRank: 1,
      createdAt: t + HOUR,
    });
    await seedPost({ status: "published", createdAt: t });
    await seedPost({ status: "removed", createdAt: t });
    const crisis = await postJson("/api/posts", {
      body: "Nobody at work knows. I have the pills counted out and I keep looking at them after my last client leaves.",
      category: "burnout",
    });
    expect(crisis.status).toBe(202);
    const crisisId = (await crisis.json<{ post: { id: string } }>()).post.id;

    const res = await mod.call("/api/mod/queue");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const page = await res.json<Page>();
    expect(page.items.map((item) => item.post.id)).toEqual([
      crisisId,
      identifyingOld.id,
      identifyingNew.id,
      otherOld.id,
    ]);
    expect(page.items[0]?.post.reasons.some((each) => each.kind === "crisis")).toBe(true);
    // Moderators see exact times.
    expect(page.items[1]?.post.createdAt).toBe(new Date(t + HOUR).toISOString());
  });

  it("shows each post's open flags by reason with the readers' notes, and its history", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ category: "lessons", createdAt: Date.now() - 400 * 24 * HOUR });
    await postJson(`/api/posts/${post.id}/flags`, { reason: "identifying", note: "names the town" });
    await postJson(`/api/posts/${post.id}/flags`, { reason: "harmful" });
    await postJson(`/api/posts/${post.id}/flags`, { reason: "identifying" });
    const approved = await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" });
    expect(approved.status).toBe(200);
    // Hidden again by four more identifying flags (the weight doubled after the approval).
    for (let i = 0; i < 4; i++) await postJson(`/api/posts/${post.id}/flags`, { reason: "identifying" });

    const page = await (await mod.call("/api/mod/queue?limit=50")).json<Page>();
    const item = page.items.find((each) => each.post.id === post.id);
    expect(item?.post.status).toBe("hidden");
    expect(item?.flags).toEqual({ total: 4, byReason: { identifying: 4 }, notes: [], since: expect.any(String) });
    expect(item?.history).toEqual([expect.objectContaining({ action: "approve", moderator: mod.moderator.username })]);
    // An identifying report puts it with the identifying posts, ahead of the rest.
    const rank = await env.DB.prepare("SELECT queue_rank FROM posts WHERE id = ?").bind(post.id).first("queue_rank");
    expect(rank).toBe(1);
  });

  it("puts a post in the queue at its first report, still published, with the readers' notes and when they began", async () => {
    const mod = await signedInAs();
    const post = await seedPost();
    await postJson(`/api/posts/${post.id}/flags`, { reason: "identifying", note: "names the town" });
    const page = await (await mod.call("/api/mod/queue?limit=50")).json<Page>();
    const reported = page.items.find((item) => item.post.id === post.id);
    expect(reported?.post.status).toBe("published");
    expect(reported?.flags).toMatchObject({ total: 1, byReason: { identifying: 1 }, notes: ["names the town"] });
    // Reports are kept to the hour, so the wait is counted from the hour of the first.
    expect(Date.parse(reported?.flags.since ?? "") % HOUR).toBe(0);
    expect((await request(`/api/posts/${post.id}`)).status).toBe(200); // one report does not hide it
    await postJson(`/api/posts/${post.id}/flags`, { reason: "identifying", note: "and the school" });
    const after = await (await mod.call("/api/mod/queue?limit=50")).json<Page>();
    const item = after.items.find((each) => each.post.id === post.id);
    expect(item?.post.status).toBe("hidden");
    expect(item?.flags).toMatchObject({ total: 2, notes: ["names the town", "and the school"] });
  });

  it("ranks a reported post by its reports: an identifying one ahead of held posts of other kinds", async () => {
    const mod = await signedInAs();
    const held = await seedPost({ status: "pending", queueRank: 2, createdAt: Date.now() - 72 * HOUR });
    const [spam, identifying] = [await seedPost(), await seedPost()];
    await postJson(`/api/posts/${spam.id}/flags`, { reason: "spam" });
    await postJson(`/api/posts/${identifying.id}/flags`, { reason: "identifying" });
    const ids = (await (await mod.call("/api/mod/queue?limit=50")).json<Page>()).items.map((item) => item.post.id);
    expect(ids.indexOf(identifying.id)).toBeLessThan(ids.indexOf(held.id));
    expect(ids).toContain(spam.id);
  });

  it("lets a moderator keep a reported post up, dismissing its reports: it leaves the queue and the receipt says so", async () => {
    const mod = await signedInAs();
    const post = await seedPost();
    const filed = await postJson(`/api/posts/${post.id}/flags`, { reason: "spam" });
    const { receipt } = await filed.json<{ receipt: string }>();
    const kept = await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" });
    expect(kept.status).toBe(200);
    expect((await kept.json<{ post: { status: string } }>()).post.status).toBe("published");
    const ids = (await (await mod.call("/api/mod/queue?limit=50")).json<Page>()).items.map((item) => item.post.id);
    expect(ids).not.toContain(post.id);
    const shown = await (await request(`/api/flags/${receipt}`)).json<{ flag: { outcome: string } }>();
    expect(shown.flag.outcome).toBe("dismissed");
    // With no open report, there is nothing left to approve.
    expect((await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" })).status).toBe(409);
  });

  it("counts a post's open reports as they are filed and settled, whoever settles them", async () => {
    const openReports = (id: string) =>
      env.DB.prepare("SELECT open_reports FROM posts WHERE id = ?").bind(id).first("open_reports");
    const mod = await signedInAs();
    const post = await seedPost();
    await postJson(`/api/posts/${post.id}/flags`, { reason: "spam" });
    await postJson(`/api/posts/${post.id}/flags`, { reason: "off-topic" });
    expect(await openReports(post.id)).toBe(2);
    await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" });
    expect(await openReports(post.id)).toBe(0);
    await postJson(`/api/posts/${post.id}/flags`, { reason: "harmful" });
    expect(await openReports(post.id)).toBe(1);
    const removed = await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "remove", reason: "off" });
    expect(removed.status).toBe(200);
    expect(await openReports(post.id)).toBe(0);
  });

  it("leaves every cached public page as it was when a report does not hide the post", async () => {
    const post = await seedPost();
    await request("/api/posts");
    expect((await request("/api/posts")).headers.get("X-Read-Cache")).toBe("hit");
    await postJson(`/api/posts/${post.id}/flags`, { reason: "spam" });
    expect((await request("/api/posts")).headers.get("X-Read-Cache")).toBe("hit");
  });

  it("pages by keyset through the whole queue without repeats", async () => {
    const mod = await signedInAs();
    for (let i = 0; i < 5; i++)
      await seedPost({ status: "pending", queueRank: i % 3, createdAt: Date.now() - i * HOUR });
    const all = (await (await mod.call("/api/mod/queue?limit=50")).json<Page>()).items.map((item) => item.post.id);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await (
        await mod.call(`/api/mod/queue?limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json<Page>();
      walked.push(...page.items.map((item) => item.post.id));
      cursor = page.nextCursor;
      if (cursor) {
        // The cursor names the last post and its hour, never its exact time.
        const key = JSON.parse(atob(cursor.replaceAll("-", "+").replaceAll("_", "/")));
        expect(key.filter((part: unknown) => typeof part === "number" && part > 10_000_000)).toEqual([]);
      }
    } while (cursor);
    expect(walked).toEqual(all);
  });

  it("refuses a tampered cursor with 400", async () => {
    const mod = await signedInAs();
    expect((await mod.call("/api/mod/queue?cursor=WzEsIm4iLDEsIngiXQ")).status).toBe(400);
  });
});
