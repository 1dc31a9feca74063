import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/secrets";
import { type ErrorBody, postJson, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

type ModPost = {
  id: string;
  status: string;
  body: string;
  removedReason: string | null;
  revision: number;
  flagClearances: number;
};

async function act(as: Awaited<ReturnType<typeof signedInAs>>, id: string, body: unknown) {
  return as.send("POST", `/api/mod/posts/${id}/actions`, body);
}

async function auditOf(postId: string) {
  const { results } = await env.DB.prepare(
    "SELECT action, reason, old_body_hash, post_revision FROM audit_log WHERE post_id = ? ORDER BY id",
  )
    .bind(postId)
    .all<{ action: string; reason: string | null; old_body_hash: string | null; post_revision: number }>();
  return results;
}

async function flagTwice(id: string): Promise<string[]> {
  const receipts: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await postJson(`/api/posts/${id}/flags`, { reason: "identifying" });
    receipts.push((await res.json<{ receipt: string }>()).receipt);
  }
  return receipts;
}

function fail(): never {
  throw new Error("no moderator");
}

async function outcome(receipt: string): Promise<string> {
  return (await (await request(`/api/flags/${receipt}`)).json<{ flag: { outcome: string } }>()).flag.outcome;
}

describe("POST /api/mod/posts/:id/actions", () => {
  it("approves a held post: published, public, audited", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "pending" });
    const res = await act(mod, post.id, { action: "approve", reason: "a pseudonym, not a client" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect((await res.json<{ post: ModPost }>()).post).toMatchObject({ status: "published", revision: 1 });
    expect((await request(`/api/posts/${post.id}`)).status).toBe(200);
    expect(await auditOf(post.id)).toEqual([
      { action: "approve", reason: "a pseudonym, not a client", old_body_hash: null, post_revision: 1 },
    ]);
  });

  it("approves a flag-hidden post: flags dismissed, and hiding it again takes more", async () => {
    const mod = await signedInAs();
    const post = await seedPost();
    const receipts = await flagTwice(post.id);
    expect(await outcome(receipts[0] ?? "")).toBe("hidden");
    const res = await act(mod, post.id, { action: "approve" });
    expect((await res.json<{ post: ModPost }>()).post).toMatchObject({ status: "published", flagClearances: 1 });
    for (const receipt of receipts) expect(await outcome(receipt)).toBe("dismissed");
    await flagTwice(post.id);
    expect((await request(`/api/posts/${post.id}`)).status).toBe(200); // two new identifying flags no longer hide it
  });

  it("removes a post with a reason its author sees on the status endpoint", async () => {
    const mod = await signedInAs();
    const post = await seedPost();
    const receipts = await flagTwice(post.id);
    const res = await act(mod, post.id, { action: "remove", reason: "Names the client's employer." });
    expect((await res.json<{ post: ModPost }>()).post.status).toBe("removed");
    const status = await request(`/api/posts/${post.id}/status`, {
      headers: { Authorization: `Bearer ${post.deleteToken}` },
    });
    expect(await status.json()).toMatchObject({
      post: { status: "removed" },
      removal: { reason: "Names the client's employer." },
    });
    expect(await outcome(receipts[0] ?? "")).toBe("removed");
    const removedAt = await env.DB.prepare("SELECT removed_at FROM posts WHERE id = ?")
      .bind(post.id)
      .first("removed_at");
    expect(removedAt).toEqual(expect.any(Number));
  });

  it("refuses a removal without a reason", async () => {
    const mod = await signedInAs();
    const post = await seedPost();
    const res = await act(mod, post.id, { action: "remove" });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toBe("reason");
  });

  it("redacts a post: the new body passes the pipeline, the log keeps only a hash of the old one", async () => {
    const mod = await signedInAs();
    const original = "My client at the Maple Street bakery told me she finally quit; I cried after the session.";
    const post = await seedPost({ body: original });
    const receipts = await flagTwice(post.id);
    const redacted = "My client told me she finally quit her job; I cried after the session.";
    const res = await act(mod, post.id, { action: "redact", body: redacted, reason: "named a workplace" });
    expect(res.status).toBe(200);
    expect((await res.json<{ post: ModPost }>()).post).toMatchObject({ status: "published", body: redacted });
    const [entry] = await auditOf(post.id);
    expect(entry).toMatchObject({ action: "redact", old_body_hash: await sha256Hex(original) });
    const everything = JSON.stringify(await env.DB.prepare("SELECT * FROM audit_log").all());
    expect(everything).not.toContain("Maple Street");
    const search = await (await request("/api/search?q=bakery")).json<{ results: unknown[] }>();
    expect(search.results).toHaveLength(0);
    for (const receipt of receipts) expect(await outcome(receipt)).toBe("redacted");
  });

  it("refuses a redacted body that still identifies someone, and changes nothing", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "pending" });
    const res = await act(mod, post.id, {
      action: "redact",
      body: "Call her at 555-867-5309 if you want to know how the story ends, honestly.",
    });
    expect(res.status).toBe(422);
    const body = await res.json<ErrorBody & { error: { reasons: { rule: string }[] } }>();
    expect(body.error.code).toBe("refused");
    expect(body.error.reasons.map((reason) => reason.rule)).toContain("phone");
    const row = await env.DB.prepare("SELECT status, body, revision FROM posts WHERE id = ?").bind(post.id).first();
    expect(row).toEqual({ status: "pending", body: post.body, revision: 0 });
    expect(await auditOf(post.id)).toEqual([]);
  });

  it("refuses a redaction the pipeline would only hold", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "hidden" });
    const res = await act(mod, post.id, {
      action: "redact",
      body: "Mr. Whitcombe brought his dog to session again and I did not have the heart to say no.",
    });
    expect(res.status).toBe(422);
  });

  it("restores a removed post", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "removed", removedReason: "mistake", removedAt: Date.now() });
    const res = await act(mod, post.id, { action: "restore", reason: "removed by mistake" });
    expect((await res.json<{ post: ModPost }>()).post).toMatchObject({ status: "published", removedReason: null });
    expect((await request(`/api/posts/${post.id}`)).status).toBe(200);
  });

  it("cannot restore a post whose text was purged", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "removed", body: "", removedAt: Date.now() - 40 * 86_400_000 });
    expect((await act(mod, post.id, { action: "restore" })).status).toBe(409);
  });

  it.each([
    ["approve", "published"],
    ["approve", "removed"],
    ["restore", "pending"],
    ["restore", "published"],
    ["remove", "removed"],
    ["redact", "removed"],
  ] as const)("answers %s of a %s post with 409", async (action, status) => {
    const mod = await signedInAs();
    const post = await seedPost({ status });
    const res = await act(mod, post.id, {
      action,
      ...(action === "remove" ? { reason: "x" } : {}),
      ...(action === "redact" ? { body: "A perfectly ordinary reflection about a long week." } : {}),
    });
    expect(res.status).toBe(409);
    expect((await res.json<ErrorBody>()).error.code).toBe("conflict");
  });

  it("answers 409 when the post changed since the revision the moderator saw", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "pending", revision: 3 });
    expect((await act(mod, post.id, { action: "approve", revision: 2 })).status).toBe(409);
    expect((await act(mod, post.id, { action: "approve", revision: 3 })).status).toBe(200);
  });

  it("answers 404 for an unknown post", async () => {
    const mod = await signedInAs();
    expect((await act(mod, "nosuchpost00", { action: "approve" })).status).toBe(404);
  });

  it("leaves one valid state and one audit entry per effective action when 20 moderators act at once", async () => {
    const mods = await Promise.all(Array.from({ length: 4 }, () => signedInAs()));
    const moderatorFor = (i: number) => mods[i % mods.length] ?? mods[0] ?? fail();
    const post = await seedPost({ status: "pending" });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        act(moderatorFor(i), post.id, i % 2 ? { action: "approve" } : { action: "remove", reason: `race ${i}` }),
      ),
    );
    const statuses = answers.map((res) => res.status);
    const effective = statuses.filter((status) => status === 200).length;
    expect(effective).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((status) => status !== 200).every((status) => status === 409)).toBe(true);
    const entries = await auditOf(post.id);
    expect(entries).toHaveLength(effective);
    expect(entries.map((entry) => entry.post_revision)).toEqual(entries.map((_, i) => i + 1));
    const row = await env.DB.prepare("SELECT status, revision FROM posts WHERE id = ?")
      .bind(post.id)
      .first<{ status: string; revision: number }>();
    expect(row?.revision).toBe(effective);
    expect(row?.status).toBe(entries.at(-1)?.action === "approve" ? "published" : "removed");
  });

  it("lets exactly one of 20 moderators deciding on the same revision win", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "hidden" });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        act(mod, post.id, i % 2 ? { action: "approve", revision: 0 } : { action: "remove", reason: "x", revision: 0 }),
      ),
    );
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    expect(answers.filter((res) => res.status === 409)).toHaveLength(19);
    expect(await auditOf(post.id)).toHaveLength(1);
  });
});
