import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ModerationReason } from "../../src/moderation/pipeline";
import { type ErrorBody, ORIGIN, postForm, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

const held: ModerationReason[] = [
  { rule: "proper-name", kind: "identifying", action: "hold", message: "held", start: 0, end: 4 },
  { rule: "full-date", kind: "identifying", action: "hold", message: "held", start: 5, end: 9 },
];

function appeal(postId: string, token: string, note: string) {
  return request(`/api/posts/${postId}/appeal`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, Origin: ORIGIN },
    body: JSON.stringify({ note }),
  });
}

async function statusOf(postId: string, token: string) {
  const res = await request(`/api/posts/${postId}/status`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json<{
    appeal: { note: string; decision: string | null; reason: string | null; appealedAt: string } | null;
    edited: { at: string; details: string } | null;
  }>();
}

async function auditActionsOn(postId: string): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT action FROM audit_log WHERE post_id = ? ORDER BY id")
    .bind(postId)
    .all<{ action: string }>();
  return results.map((row) => row.action);
}

describe("appeals", () => {
  it("are made once by the author of a removed post, wait apart in the queue, and restoring grants them", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "removed", removedReason: "Off topic.", removedAt: Date.now() });
    const made = await appeal(post.id, post.deleteToken, "It is about supervision, which the guidelines allow.");
    expect(made.status).toBe(201);
    const { appeal: filed } = await made.json<{ appeal: { appealedAt: string; decision: null } }>();
    expect(filed.decision).toBeNull();
    expect(Date.parse(filed.appealedAt) % 3_600_000).toBe(0); // kept to the hour
    expect((await appeal(post.id, post.deleteToken, "Again, please.")).status).toBe(409);

    const waiting = await mod.call("/api/mod/appeals");
    const { items } = await waiting.json<{ items: { post: { id: string }; appeal: { note: string } }[] }>();
    expect(items.find((item) => item.post.id === post.id)?.appeal.note).toContain("about supervision");
    const page = await (await request("/mod", { headers: { Cookie: mod.cookie } })).text();
    expect(page).toContain("Appeals of removals");
    expect(page).toContain("It is about supervision, which the guidelines allow.");

    const restored = await mod.send("POST", `/api/mod/posts/${post.id}/actions`, {
      action: "restore",
      reason: "You are right, it fits.",
    });
    expect(restored.status).toBe(200);
    expect((await statusOf(post.id, post.deleteToken)).appeal).toMatchObject({
      decision: "granted",
      reason: "You are right, it fits.",
    });
    expect(await auditActionsOn(post.id)).toEqual(["restore"]);
  });

  it("can be upheld with a reason the author reads, audited; removing a held post upholds its appeal too", async () => {
    const mod = await signedInAs();
    const [kept, removed] = [
      await seedPost({ status: "pending", reasons: held, queueRank: 1 }),
      await seedPost({ status: "pending", reasons: held, queueRank: 1 }),
    ];
    for (const post of [kept, removed]) {
      expect((await appeal(post.id, post.deleteToken, "Those are made-up details, not a client's.")).status).toBe(201);
    }
    const queue = await (await request("/mod", { headers: { Cookie: mod.cookie } })).text();
    expect(queue).toContain("The author appealed");
    expect((await mod.send("POST", `/api/mod/posts/${kept.id}/appeal`, { reason: "" })).status).toBe(400);
    expect(
      (await mod.send("POST", `/api/mod/posts/${kept.id}/appeal`, { reason: "The date still dates it." })).status,
    ).toBe(204);
    expect((await statusOf(kept.id, kept.deleteToken)).appeal).toMatchObject({
      decision: "upheld",
      reason: "The date still dates it.",
    });
    expect(await auditActionsOn(kept.id)).toEqual(["uphold-appeal"]);
    expect((await mod.send("POST", `/api/mod/posts/${kept.id}/appeal`, { reason: "Twice." })).status).toBe(404);

    await mod.send("POST", `/api/mod/posts/${removed.id}/actions`, { action: "remove", reason: "It names her." });
    expect((await statusOf(removed.id, removed.deleteToken)).appeal?.decision).toBe("upheld");
  });

  it("are refused for a published post, a wrong token, and a note that names a client", async () => {
    const published = await seedPost();
    expect((await appeal(published.id, published.deleteToken, "Please look again.")).status).toBe(409);
    const removed = await seedPost({ status: "removed", removedAt: Date.now() });
    expect((await appeal(removed.id, "not-the-token", "Please look again.")).status).toBe(404);
    const naming = await appeal(removed.id, removed.deleteToken, "My client Sarah Whitfield said it was fine to post.");
    expect(naming.status).toBe(422);
    expect((await naming.json<ErrorBody & { error: { reasons: unknown[] } }>()).error.reasons.length).toBeGreaterThan(
      0,
    );
    expect((await appeal(removed.id, removed.deleteToken, "It is about my own supervision, no client.")).status).toBe(
      201,
    );
  });

  it("are made and followed on the status page, with no JavaScript, and the page says what a moderator edited", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "pending", reasons: held, queueRank: 1, body: "Jane on 3/14 cried." });
    const status = await postForm("/status", { token: post.deleteToken });
    expect(await status.text()).toContain("Ask a moderator to look again");
    const sent = await postForm("/status/appeal", { token: post.deleteToken, note: "It is not a real name." });
    const page = await sent.text();
    expect(page).toContain("Sent. A moderator will read it");
    expect(page).not.toContain("Ask a moderator to look again");
    const redacted = await mod.send("POST", `/api/mod/posts/${post.id}/actions`, {
      action: "redact",
      body: "A client cried this week.",
    });
    expect(redacted.status).toBe(200);
    const after = await (await postForm("/status", { token: post.deleteToken })).text();
    expect(after).toContain("A moderator edited your post on");
    expect(after).toContain("to take out a name and a date.");
    expect(after).toContain("A moderator agreed and changed the decision.");
    expect((await statusOf(post.id, post.deleteToken)).edited?.details).toBe("a name and a date");
  });
});
