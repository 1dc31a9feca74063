import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { BOOKMARK_HEADER } from "../../src/db/session";
import { postJson, randomAddress, reflection, request, requestWith, seedPost } from "../support/app";
import { createModerator, signedInAs, signIn } from "../support/mod";

/** The real D1, noting how each request opened its session. */
function recordingSessions() {
  const constraints: string[] = [];
  const DB = {
    withSession: (constraint?: string) => {
      constraints.push(constraint ?? "(none)");
      return env.DB.withSession(constraint);
    },
  } as unknown as D1Database;
  return { DB, constraints };
}

async function constraintOf(path: string, init?: RequestInit): Promise<string | undefined> {
  const { DB, constraints } = recordingSessions();
  await requestWith({ DB }, path, init);
  return constraints[0];
}

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

describe("which reads a replica may serve", () => {
  it("lets public reads start anywhere", async () => {
    const post = await seedPost();
    for (const path of [
      "/",
      "/c/burnout",
      `/p/${post.id}`,
      "/api/posts?sort=top",
      `/api/posts/${post.id}`,
      "/api/categories",
      "/api/search?q=waitlist",
      "/search?q=waitlist",
      "/feed.xml",
      "/c/burnout/feed.xml",
    ]) {
      expect(await constraintOf(path), path).toBe("first-unconstrained");
    }
  });

  it("starts writes, moderators, authors and flag receipts at the primary", async () => {
    const post = await seedPost();
    const { cookie } = await signedInAs("moderator");
    expect(await constraintOf("/api/posts", { method: "POST" })).toBe("first-primary");
    expect(await constraintOf(`/api/posts/${post.id}`, { method: "DELETE" })).toBe("first-primary");
    expect(await constraintOf("/api/mod/queue", { headers: { Cookie: cookie } })).toBe("first-primary");
    expect(await constraintOf("/mod/audit", { headers: { Cookie: cookie } })).toBe("first-primary");
    expect(
      await constraintOf(`/api/posts/${post.id}/status`, { headers: { Authorization: `Bearer ${post.deleteToken}` } }),
    ).toBe("first-primary");
    expect(await constraintOf("/flags/some-receipt")).toBe("first-primary");
  });

  it("starts a public read that carries a write's bookmark from that bookmark, and ignores anything else", async () => {
    const res = await postJson("/api/posts", { body: reflection(), category: "burnout" });
    const bookmark = res.headers.get(BOOKMARK_HEADER) ?? "";
    expect(bookmark).toMatch(BOOKMARK);
    expect(await constraintOf("/api/posts", { headers: { [BOOKMARK_HEADER]: bookmark } })).toBe(bookmark);
    expect(await constraintOf(`/?bookmark=${bookmark}`)).toBe(bookmark);
    expect(await constraintOf("/?bookmark=first-primary")).toBe("first-unconstrained");
    expect(await constraintOf("/api/posts", { headers: { [BOOKMARK_HEADER]: "' OR 1=1" } })).toBe(
      "first-unconstrained",
    );
  });
});

describe("bookmarks", () => {
  it("are given only for a reader's or author's write that took effect", async () => {
    const post = await seedPost();
    const resonated = await request(`/api/posts/${post.id}/resonates`, {
      method: "POST",
      headers: { "CF-Connecting-IP": randomAddress() },
    });
    expect(resonated.headers.get(BOOKMARK_HEADER)).toMatch(BOOKMARK);
    const refused = await postJson("/api/posts", { body: "short", category: "burnout" });
    expect(refused.status).toBe(400);
    expect(refused.headers.get(BOOKMARK_HEADER)).toBeNull();
    expect((await request("/api/posts")).headers.get(BOOKMARK_HEADER)).toBeNull();
  });

  it("are never given to moderator requests, where one would tell a real username's failed sign-in from a made-up one", async () => {
    const moderator = await createModerator();
    const wrong = await signIn(moderator.username, "not the password");
    const unknown = await signIn("nobody-by-this-name", "not the password");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.headers.get(BOOKMARK_HEADER)).toBeNull();
    expect(unknown.headers.get(BOOKMARK_HEADER)).toBeNull();
    expect((await signIn(moderator.username, moderator.password)).headers.get(BOOKMARK_HEADER)).toBeNull();
  });

  it("never come as a cookie: the board sets none on readers", async () => {
    const post = await seedPost();
    const res = await request(`/api/posts/${post.id}/resonates`, {
      method: "POST",
      headers: { "CF-Connecting-IP": randomAddress() },
    });
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("make a read skip the read cache, which another isolate may hold from before the write", async () => {
    const post = await seedPost();
    await request(`/api/posts/${post.id}`);
    expect((await request(`/api/posts/${post.id}`)).headers.get("X-Read-Cache")).toBe("hit");
    const res = await postJson(`/api/posts/${post.id}/resonates`, {});
    const bookmark = res.headers.get(BOOKMARK_HEADER) ?? "";
    const read = await request(`/api/posts/${post.id}`, { headers: { [BOOKMARK_HEADER]: bookmark } });
    expect(read.headers.get("X-Read-Cache")).toBeNull();
    expect((await read.json<{ post: { resonates: number } }>()).post.resonates).toBe(1);
  });
});
