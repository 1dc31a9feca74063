import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, postJson, reflection, request, seedPost } from "../support/app";

type Status = {
  post: { id: string; status: string; body: string };
  reasons: { rule: string }[];
  removal: { reason: string | null } | null;
};

const statusOf = (id: string, token?: string) =>
  request(`/api/posts/${id}/status`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe("GET /api/posts/:id/status", () => {
  it("shows the author a published post", async () => {
    const created = await (await postJson("/api/posts", { body: reflection(), category: "burnout" })).json<{
      post: { id: string };
      deleteToken: string;
    }>();
    const res = await statusOf(created.post.id, created.deleteToken);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const status = await res.json<Status>();
    expect(status).toMatchObject({ post: { id: created.post.id, status: "published" }, reasons: [], removal: null });
  });

  it("shows a held post with the reasons it was held", async () => {
    const created = await (
      await postJson("/api/posts", {
        body: "Mr. Whitcombe brought flowers and I did not know what to do.",
        category: "boundaries",
      })
    ).json<{ post: { id: string }; deleteToken: string }>();
    const status = await (await statusOf(created.post.id, created.deleteToken)).json<Status>();
    expect(status.post.status).toBe("pending");
    expect(status.reasons.map((reason) => reason.rule)).toEqual(["client-name"]);
  });

  it("shows a removed post with the moderator's reason", async () => {
    const post = await seedPost({
      status: "removed",
      removedReason: "It names a client's workplace.",
      removedAt: Date.now(),
    });
    const status = await (await statusOf(post.id, post.deleteToken)).json<Status>();
    expect(status.post.status).toBe("removed");
    expect(status.removal).toEqual({ reason: "It names a client's workplace." });
  });

  it("shows a hidden post as hidden", async () => {
    const post = await seedPost({ status: "hidden" });
    expect((await (await statusOf(post.id, post.deleteToken)).json<Status>()).post.status).toBe("hidden");
  });

  it("answers a wrong token and a missing post alike, and no token with 401", async () => {
    const post = await seedPost();
    const other = await seedPost();
    const wrong = await statusOf(post.id, other.deleteToken);
    const missing = await statusOf("zzzzzzzzzzzz", post.deleteToken);
    expect([wrong.status, missing.status]).toEqual([404, 404]);
    expect(await wrong.json<ErrorBody>()).toEqual(await missing.json<ErrorBody>());
    expect((await statusOf(post.id)).status).toBe(401);
  });

  it("gives the time only to the hour", async () => {
    const post = await seedPost({ createdAt: Date.UTC(2026, 5, 1, 14, 37, 12) });
    const status = await (await statusOf(post.id, post.deleteToken)).json<{ post: { createdAt: string } }>();
    expect(status.post.createdAt).toBe("2026-06-01T14:00:00.000Z");
    expect(await env.DB.prepare("SELECT created_at FROM posts WHERE id = ?").bind(post.id).first("created_at")).toBe(
      Date.UTC(2026, 5, 1, 14, 37, 12),
    );
  });
});
