import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, ORIGIN, randomAddress, reflection, request, requestWith, seedPost } from "../support/app";
import { everyRow, faultyD1 } from "../support/faulty-d1";

const LEAKS = ["SELECT", "INSERT", "D1_", "SQLITE", "injected", "    at ", ".ts:", "Error:", "stack"];

const throwing = () => ({ DB: faultyD1(env.DB, "throw") });
const hanging = () => ({ DB: faultyD1(env.DB, "hang"), D1_TIMEOUT_MS: "50" });

const newPost = (): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json", "CF-Connecting-IP": randomAddress() },
  body: JSON.stringify({ body: reflection(), category: "burnout" }),
});

async function expectUnavailableJson(res: Response): Promise<void> {
  expect(res.status).toBe(503);
  expect(res.headers.get("Retry-After")).toBe("5");
  expect(res.headers.get("Cache-Control")).toContain("no-store");
  const text = await res.text();
  const { error } = JSON.parse(text) as ErrorBody;
  expect(error.code).toBe("unavailable");
  for (const leak of LEAKS) expect(text).not.toContain(leak);
}

describe("when D1 throws", () => {
  it("answers reads and writes of the API with 503 unavailable and Retry-After, without details", async () => {
    const post = await seedPost();
    for (const [path, init] of [
      ["/api/posts?limit=3", undefined],
      [`/api/posts/${post.id}`, undefined],
      ["/api/search?q=waitlist", undefined],
      ["/api/posts", newPost()],
      [`/api/posts/${post.id}/resonates`, { method: "POST", headers: { "CF-Connecting-IP": randomAddress() } }],
    ] as const) {
      await expectUnavailableJson(await requestWith(throwing(), path, init));
    }
  });

  it("answers pages with a friendly error page and Retry-After, without details", async () => {
    const post = await seedPost();
    for (const path of ["/", `/p/${post.id}`, "/search?q=notes"]) {
      const res = await requestWith(throwing(), path);
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toBe("5");
      const page = await res.text();
      expect(page).toContain("Closed Door is resting");
      expect(page).toContain("please try again in a few seconds");
      for (const leak of LEAKS) expect(page).not.toContain(leak);
    }
  });

  it("stores nothing of a post it could not finish, and the next request works", async () => {
    const before = await everyRow();
    await expectUnavailableJson(await requestWith(throwing(), "/api/posts", newPost()));
    expect(await everyRow()).toEqual(before);
    expect((await request("/api/posts", newPost())).status).toBe(201);
  });
});

describe("when D1 does not answer", () => {
  it("gives up after D1_TIMEOUT_MS with 503 unavailable, for the API and for pages", async () => {
    await expectUnavailableJson(await requestWith(hanging(), "/api/posts?limit=4"));
    await expectUnavailableJson(await requestWith(hanging(), "/api/posts", newPost()));
    const page = await requestWith(hanging(), "/c/burnout");
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("Closed Door is resting");
  });

  it("lets only the statements that hang fail: a feed that never touches them still answers", async () => {
    const res = await requestWith(
      { DB: faultyD1(env.DB, "hang", (sql) => sql.includes("posts_fts")), D1_TIMEOUT_MS: "50" },
      "/api/posts?limit=2",
    );
    expect(res.status).toBe(200);
    const search = await requestWith(
      { DB: faultyD1(env.DB, "hang", (sql) => sql.includes("posts_fts")), D1_TIMEOUT_MS: "50" },
      "/api/search?q=kettle",
    );
    expect(search.status).toBe(503);
  });

  it("answers the next request normally", async () => {
    await requestWith(hanging(), "/api/posts?limit=5");
    const res = await request("/api/posts?limit=5", { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(200);
  });
});

describe("when D1 itself breaks", () => {
  it("fails the same way (a table gone), not with a 500", async () => {
    // D1 broken on purpose, and mended after: the test files of a worker share it.
    await env.DB.exec("ALTER TABLE categories RENAME TO categories_gone");
    try {
      await expectUnavailableJson(await request("/api/categories"));
    } finally {
      await env.DB.exec("ALTER TABLE categories_gone RENAME TO categories");
    }
  });
});
