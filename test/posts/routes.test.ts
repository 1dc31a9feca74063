import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findPost } from "../../src/posts/queries";
import { sha256Hex } from "../../src/secrets";
import { db, type ErrorBody, postJson, prose, reflection, request, seedPost } from "../support/app";

type Created = {
  post: { id: string; body: string; category: string; role: string | null; status: string; createdAt: string };
  deleteToken: string;
  moderation: { decision: string; reasons: unknown[] };
};

async function expectInvalid(res: Response, path: string) {
  expect(res.status).toBe(400);
  const { error } = await res.json<ErrorBody>();
  expect(error.code).toBe("invalid_request");
  expect(error.issues?.map((issue) => issue.path)).toContain(path);
  for (const issue of error.issues ?? []) expect(issue.message).toEqual(expect.any(String));
}

describe("POST /api/posts", () => {
  it("publishes a valid reflection with a one-time delete token", async () => {
    const body = reflection("paperwork");
    const res = await postJson("/api/posts", { body, category: "paperwork", role: "counselor" });
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const created = await res.json<Created>();
    expect(created.post).toMatchObject({ body, category: "paperwork", role: "counselor", status: "published" });
    expect(created.post.id).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/);
    expect(created.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.moderation).toEqual({ decision: "publish", reasons: [] });
  });

  it("gives the time only to the hour", async () => {
    const res = await postJson("/api/posts", { body: reflection(), category: "burnout" });
    const { post } = await res.json<Created>();
    expect(post.createdAt).toMatch(/T\d\d:00:00\.000Z$/);
    expect(Date.now() - Date.parse(post.createdAt)).toBeLessThan(60 * 60 * 1000 + 1000);
  });

  it("stores the token's hash, never the token", async () => {
    const res = await postJson("/api/posts", { body: reflection(), category: "burnout" });
    const { post, deleteToken } = await res.json<Created>();
    const row = await findPost(db(), post.id);
    expect(row?.deleteTokenHash).toBe(await sha256Hex(deleteToken));
    const everything = JSON.stringify(await env.DB.prepare("SELECT * FROM posts").all());
    expect(everything).not.toContain(deleteToken);
  });

  it("stores and answers the normalized text", async () => {
    const res = await postJson("/api/posts", {
      body: "  Some\u200B days   the\u202E notes\n\n\n\nwin, and some days I do.  ",
      category: "paperwork",
    });
    expect(res.status).toBe(201);
    const { post } = await res.json<Created>();
    expect(post.body).toBe("Some days the notes\n\nwin, and some days I do.");
    expect((await findPost(db(), post.id))?.body).toBe(post.body);
  });

  it("accepts no role, and a null role", async () => {
    for (const role of [undefined, null]) {
      const res = await postJson("/api/posts", { body: reflection(), category: "lessons", role });
      expect(res.status).toBe(201);
      expect((await res.json<Created>()).post.role).toBeNull();
    }
  });

  it("counts length after normalization, in characters", async () => {
    const padded = `short${"\u200B".repeat(40)}${" ".repeat(40)}text`;
    await expectInvalid(await postJson("/api/posts", { body: padded, category: "burnout" }), "body");
    const emoji = `${"😮‍💨🫠🥱🙃😶".repeat(1)}${prose(16)}`; // 3 + 1 + 1 + 1 + 1 code points + 16 = 23 characters
    expect((await postJson("/api/posts", { body: emoji, category: "burnout" })).status).toBe(201);
  });

  it.each([
    ["19 characters", prose(19), 400],
    ["20 characters", prose(20), 201],
    ["2,000 characters", prose(2000), 201],
    ["2,001 characters", prose(2001), 400],
  ])("enforces the length bounds: %s", async (_, body, status) => {
    const res = await postJson("/api/posts", { body, category: "frustration" });
    expect(res.status).toBe(status);
    if (status === 400) await expectInvalid(res, "body");
  });

  it.each([
    ["a missing body", { category: "burnout" }, "body"],
    ["a body that is not text", { body: 42, category: "burnout" }, "body"],
    ["a missing category", { body: "x".repeat(30) }, "category"],
    ["a malformed category", { body: "x".repeat(30), category: "Burn Out!" }, "category"],
    ["an unknown role", { body: "x".repeat(30), category: "burnout", role: "wizard" }, "role"],
    ["an unknown field", { body: "x".repeat(30), category: "burnout", mood: "tired" }, "mood"],
  ])("refuses %s with the issue's path", async (_, payload, path) => {
    await expectInvalid(await postJson("/api/posts", payload), path);
  });

  it("refuses an unknown category", async () => {
    await expectInvalid(await postJson("/api/posts", { body: reflection(), category: "astrology" }), "category");
  });

  it("refuses malformed JSON", async () => {
    const res = await request("/api/posts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"body": "unterminated',
    });
    await expectInvalid(res, "");
  });

  it.each([
    ["form data", "application/x-www-form-urlencoded", "body=hello&category=burnout"],
    ["plain text", "text/plain", JSON.stringify({ body: "x".repeat(30), category: "burnout" })],
  ])("refuses %s as the wrong content type", async (_, type, payload) => {
    const res = await request("/api/posts", { method: "POST", headers: { "Content-Type": type }, body: payload });
    await expectInvalid(res, "");
  });

  it("refuses a JSON array instead of an object", async () => {
    await expectInvalid(await postJson("/api/posts", [reflection(), "burnout"]), "");
  });

  it("answers an oversized body with 413", async () => {
    const res = await postJson("/api/posts", { body: "x".repeat(200_000), category: "burnout" });
    expect(res.status).toBe(413);
    expect((await res.json<ErrorBody>()).error.code).toBe("payload_too_large");
  });

  it("stores nothing when it refuses", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM posts").first<number>("n");
    await postJson("/api/posts", { body: "too short", category: "burnout" });
    await postJson("/api/posts", { body: reflection(), category: "astrology" });
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM posts").first<number>("n")).toBe(before);
  });
});

describe("GET /api/posts/:id", () => {
  it("answers a published post", async () => {
    const seeded = await seedPost({ category: "gratitude", role: "trainee", resonates: 3 });
    const res = await request(`/api/posts/${seeded.id}`);
    expect(res.status).toBe(200);
    const { post } = await res.json<{ post: Record<string, unknown> }>();
    expect(post).toEqual({
      id: seeded.id,
      body: seeded.body,
      category: "gratitude",
      role: "trainee",
      status: "published",
      resonates: 3,
      createdAt: expect.stringMatching(/:00:00\.000Z$/),
    });
  });

  it.each(["pending", "hidden", "removed"] as const)("answers 404 for a %s post", async (status) => {
    const seeded = await seedPost({ status });
    const res = await request(`/api/posts/${seeded.id}`);
    expect(res.status).toBe(404);
    expect((await res.json<ErrorBody>()).error.code).toBe("not_found");
  });

  it("answers 404 for an unknown id", async () => {
    expect((await request("/api/posts/zzzzzzzzzzzz")).status).toBe(404);
  });
});

describe("DELETE /api/posts/:id", () => {
  const del = (id: string, token?: string) =>
    request(`/api/posts/${id}`, {
      method: "DELETE",
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

  it("deletes with the right token, for good", async () => {
    const seeded = await seedPost();
    const res = await del(seeded.id, seeded.deleteToken);
    expect(res.status).toBe(204);
    expect(await findPost(db(), seeded.id)).toBeUndefined();
    expect((await del(seeded.id, seeded.deleteToken)).status).toBe(404);
  });

  it("deletes a post that is not public, too", async () => {
    const seeded = await seedPost({ status: "pending" });
    expect((await del(seeded.id, seeded.deleteToken)).status).toBe(204);
  });

  it("answers a wrong token and a missing post the same way", async () => {
    const seeded = await seedPost();
    const other = await seedPost();
    const wrong = await del(seeded.id, other.deleteToken);
    const missing = await del("zzzzzzzzzzzz", seeded.deleteToken);
    expect(wrong.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await wrong.json()).toEqual(await missing.json());
    expect(await findPost(db(), seeded.id)).toBeDefined();
  });

  it("asks for a token when none is sent", async () => {
    const seeded = await seedPost();
    const attempts: Record<string, string>[] = [{}, { Authorization: "Basic abc" }, { Authorization: "Bearer " }];
    for (const headers of attempts) {
      const res = await request(`/api/posts/${seeded.id}`, { method: "DELETE", headers });
      expect(res.status).toBe(401);
      expect((await res.json<ErrorBody>()).error.code).toBe("unauthorized");
    }
    expect(await findPost(db(), seeded.id)).toBeDefined();
  });

  it("takes a deleted post out of the feed, its page and the counts", async () => {
    const created = await postJson("/api/posts", { body: reflection(), category: "own-therapy" });
    const { post, deleteToken } = await created.json<Created>();
    const count = async () => {
      const res = await request("/api/categories");
      const { categories } = await res.json<{ categories: { slug: string; postCount: number }[] }>();
      return categories.find((category) => category.slug === "own-therapy")?.postCount;
    };
    const feedIds = async () => {
      const res = await request("/api/posts?category=own-therapy&limit=50");
      return (await res.json<{ posts: { id: string }[] }>()).posts.map((each) => each.id);
    };
    const before = await count();
    expect(await feedIds()).toContain(post.id);

    expect((await del(post.id, deleteToken)).status).toBe(204);
    expect(await feedIds()).not.toContain(post.id);
    expect(await count()).toBe((before ?? 0) - 1);
    expect((await request(`/p/${post.id}`)).status).toBe(404);
    expect((await request(`/api/posts/${post.id}`)).status).toBe(404);
  });
});
