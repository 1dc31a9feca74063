import { env } from "cloudflare:test";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { databaseSession } from "../src/db/session";
import type { AppEnv } from "../src/env";
import { noteWrites, readCache } from "../src/read-cache";
import { postJson, randomAddress, reflection, request, requestWith, seedPost } from "./support/app";
import { faultyD1 } from "./support/faulty-d1";
import { signedInAs } from "./support/mod";

type Seeded = Awaited<ReturnType<typeof seedPost>>;

/** Every cached surface a post of "lessons" appears on. */
const surfacesOf = (id: string) => [
  "/",
  "/api/posts",
  "/c/lessons",
  "/api/posts?category=lessons",
  `/p/${id}`,
  `/api/posts/${id}`,
];

async function read(path: string) {
  const res = await request(path);
  return { status: res.status, hit: res.headers.get("X-Read-Cache") === "hit", text: await res.text() };
}

/** Reads every path twice, so each is in the cache, and checks the second read came from it. */
async function warm(paths: string[]) {
  for (const path of paths) {
    await read(path);
    expect((await read(path)).hit, `${path} is served from the cache`).toBe(true);
  }
}

async function boardVersion(): Promise<number> {
  return (await env.DB.prepare("SELECT version FROM board_version WHERE id = 1").first<number>("version")) ?? -1;
}

async function moderate(post: Seeded, body: Record<string, string>) {
  const mod = await signedInAs();
  const res = await mod.send("POST", `/api/mod/posts/${post.id}/actions`, body);
  expect(res.status).toBe(200);
}

describe("the read cache", () => {
  it("serves a repeated read of every feed and post surface from memory, unchanged", async () => {
    const post = await seedPost({ category: "lessons" });
    for (const path of [...surfacesOf(post.id), "/?sort=top", "/api/categories"]) {
      const first = await read(path);
      const second = await read(path);
      expect(first.hit, path).toBe(false);
      expect(second.hit, path).toBe(true);
      expect(second, path).toEqual({ ...first, hit: true });
    }
  });

  it("serves a hit with every header its miss had: the security headers and the search engines' (set inside it)", async () => {
    const post = await seedPost({ category: "lessons" });
    for (const path of ["/", `/p/${post.id}`, "/api/posts"]) {
      const miss = await request(path);
      const hit = await request(path);
      const headersOf = (res: Response) =>
        [...res.headers].filter(([name]) => !["x-read-cache", "server-timing", "date"].includes(name));
      expect(miss.headers.get("X-Read-Cache"), path).toBeNull();
      expect(hit.headers.get("X-Read-Cache"), path).toBe("hit");
      expect(headersOf(hit), path).toEqual(headersOf(miss));
      for (const name of [
        "Content-Security-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "X-Robots-Tag",
      ])
        expect(hit.headers.get(name), `${path} ${name}`).toBeTruthy();
    }
  });

  it("reads the page as if there were no cache when the board's version cannot be read: an error page keeps its headers", async () => {
    // Only the version read fails: the page is read and served, with the security headers set inside the cache.
    const versionFails = faultyD1(env.DB, "throw", (sql) => sql.includes("board_version"));
    const res = await requestWith({ DB: versionFails, BOARD_VERSION_CHECK_MS: "0" }, "/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toBeTruthy();
    // Every read fails: the error page, with the same headers.
    const allFail = await requestWith({ DB: faultyD1(env.DB, "throw"), BOARD_VERSION_CHECK_MS: "0" }, "/");
    expect(allFail.status).toBeGreaterThanOrEqual(500);
    expect(allFail.headers.get("Content-Security-Policy")).toBeTruthy();
  });

  it("keeps different query strings apart", async () => {
    await seedPost({ category: "lessons" });
    await warm(["/api/posts?limit=1"]);
    expect((await read("/api/posts?limit=2")).hit).toBe(false);
  });

  it("never keeps an answer that is private or not a success", async () => {
    const post = await seedPost({ category: "lessons" });
    await warm([`/p/${post.id}`]);
    // A "?resonated" from a shared address is the plain page: the thanks is only ever the resonate's own answer.
    expect((await read(`/p/${post.id}?resonated`)).hit).toBe(true);
    for (const path of ["/p/zzzzzzzzzzzz", "/api/posts/zzzzzzzzzzzz", "/c/no-such-category"]) {
      await read(path);
      expect((await read(path)).hit, path).toBe(false);
    }
  });

  it("does not serve HEAD or writes from it", async () => {
    const post = await seedPost({ category: "lessons" });
    await warm([`/api/posts/${post.id}`]);
    const head = await request(`/api/posts/${post.id}`, { method: "HEAD" });
    expect(head.headers.get("X-Read-Cache")).toBeNull();
  });

  const changes: [string, (post: Seeded) => Promise<void>, (text: string, post: Seeded, path: string) => void][] = [
    [
      "a new post is published",
      async () => {
        const res = await postJson("/api/posts", { body: `${reflection()} Freshly published.`, category: "lessons" });
        expect(res.status).toBe(201);
      },
      (text, post, path) => {
        if (!path.includes(post.id)) expect(text).toContain("Freshly published.");
      },
    ],
    [
      "its author deletes it",
      async (post) => {
        const res = await request(`/api/posts/${post.id}`, {
          method: "DELETE",
          headers: { Authorization: `Bearer ${post.deleteToken}` },
        });
        expect(res.status).toBe(204);
      },
      (text, post) => expect(text).not.toContain(post.body),
    ],
    [
      "readers' flags hide it",
      async (post) => {
        for (let i = 0; i < 3; i++)
          expect((await postJson(`/api/posts/${post.id}/flags`, { reason: "harmful" })).status).toBe(202);
      },
      (text, post) => expect(text).not.toContain(post.body),
    ],
    [
      "a moderator removes it",
      (post) => moderate(post, { action: "remove", reason: "names a client" }),
      (text, post) => expect(text).not.toContain(post.body),
    ],
    [
      "a moderator redacts it",
      (post) =>
        moderate(post, { action: "redact", body: "A redacted reflection about a hard week.", reason: "a name" }),
      (text, post) => {
        expect(text).not.toContain(post.body);
        expect(text).toContain("A redacted reflection about a hard week.");
      },
    ],
  ];

  for (const [change, write, check] of changes) {
    it(`is not served once ${change}`, async () => {
      const post = await seedPost({ category: "lessons" });
      const paths = surfacesOf(post.id);
      await warm(paths);
      await write(post);
      for (const path of paths) {
        const after = await read(path);
        expect(after.hit, `${path} after ${change}`).toBe(false);
        if (after.status === 200) check(after.text, post, path);
      }
    });
  }

  it("is not served once a moderator approves a held post", async () => {
    const held = await seedPost({ category: "lessons", status: "pending" });
    await warm(["/", "/api/posts"]);
    await moderate(held, { action: "approve" });
    const after = await read("/api/posts");
    expect(after.hit).toBe(false);
    expect(after.text).toContain(held.id);
  });

  it("is not served once a reader resonates, so the count a reader sees includes their own", async () => {
    const post = await seedPost({ category: "lessons" });
    await warm([`/api/posts/${post.id}`]);
    const version = await boardVersion();
    const res = await request(`/api/posts/${post.id}/resonates`, {
      method: "POST",
      headers: { "CF-Connecting-IP": randomAddress() },
    });
    expect(res.status).toBe(200);
    expect(await boardVersion()).toBe(version + 1);
    const after = await read(`/api/posts/${post.id}`);
    expect(after.hit).toBe(false);
    expect(JSON.parse(after.text).post.resonates).toBe(1);
  });

  it("keeps its pages when a held post arrives, which readers do not see", async () => {
    await seedPost({ category: "lessons" });
    const version = await boardVersion();
    await seedPost({ category: "lessons", status: "pending" });
    expect(await boardVersion()).toBe(version);
  });
});

describe("the read cache's settings", () => {
  /** The cache alone in front of one public page that counts how often it is rendered. */
  function pageBehindCache(settings: Partial<Env>) {
    let renders = 0;
    const app = new Hono<AppEnv>();
    app.use(databaseSession);
    app.use(noteWrites);
    app.use("/page", readCache);
    app.get("/page", (c) => {
      renders += 1;
      c.header("Cache-Control", "public, max-age=30");
      return c.text(`render ${renders}`);
    });
    app.post("/write", (c) => c.text("written"));
    const call = async (path: string, method = "GET") => {
      const res = await app.request(path, { method }, { ...env, ...settings });
      return { hit: res.headers.get("X-Read-Cache") === "hit", text: await res.text() };
    };
    return { call, renders: () => renders };
  }

  it("reads the board's version at most once per BOARD_VERSION_CHECK_MS, and at once after a write", async () => {
    const { call, renders } = pageBehindCache({ BOARD_VERSION_CHECK_MS: "60000" });
    await call("/write", "POST");
    expect(await call("/page")).toEqual({ hit: false, text: "render 1" });
    await bumpBoardVersion();
    // Another isolate's write: not seen until the interval passes.
    expect(await call("/page")).toEqual({ hit: true, text: "render 1" });
    await call("/write", "POST");
    expect(await call("/page")).toEqual({ hit: false, text: "render 2" });
    expect(renders()).toBe(2);
  });

  it("stores a miss under the version its own session saw, so a page from a lagging replica is never served as current", async () => {
    const { call, renders } = pageBehindCache({ BOARD_VERSION_CHECK_MS: "60000" });
    await call("/write", "POST");
    expect(await call("/page?cursor=warm-the-version")).toEqual({ hit: false, text: "render 1" }); // the isolate knows version V
    // The next request's session reads a replica one version behind (V - 1):
    // its page is older than the board, though the isolate's version is V.
    await moveBoardVersion(-1);
    expect(await call("/page?cursor=from-a-replica")).toEqual({ hit: false, text: "render 2" });
    await moveBoardVersion(+1); // the replica catches up
    // Stored under V - 1, that page is never served as version V's.
    expect(await call("/page?cursor=from-a-replica")).toEqual({ hit: false, text: "render 3" });
    expect(await call("/page?cursor=from-a-replica")).toEqual({ hit: true, text: "render 3" });
    expect(renders()).toBe(3);
  });

  it("says nothing of what it served unless READ_CACHE_HIT_HEADER is on, as it never is in production", async () => {
    const { call, renders } = pageBehindCache({ READ_CACHE_HIT_HEADER: "off" });
    await call("/page?cursor=unmarked");
    // Served from the cache (rendered once), and not marked as such.
    expect(await call("/page?cursor=unmarked")).toEqual({ hit: false, text: "render 1" });
    expect(renders()).toBe(1);
  });

  it("keys a page by the parameters it reads: made-up ones neither miss nor evict", async () => {
    const { call, renders } = pageBehindCache({});
    await call("/page?cursor=k&sort=top");
    expect(await call("/page?cursor=k&sort=top&utm=1")).toEqual({ hit: true, text: "render 1" });
    expect(await call("/page?x=2&sort=top&cursor=k")).toEqual({ hit: true, text: "render 1" });
    expect(await call("/page?cursor=k&sort=new")).toEqual({ hit: false, text: "render 2" });
    // A sort the page reads as its default is the default's entry.
    expect(await call("/page?cursor=k&sort=a2")).toEqual({ hit: true, text: "render 2" });
    expect(renders()).toBe(2);
  });

  it("is off when READ_CACHE_MS is 0", async () => {
    const { call, renders } = pageBehindCache({ READ_CACHE_MS: "0" });
    await call("/page");
    expect(await call("/page")).toEqual({ hit: false, text: "render 2" });
    expect(renders()).toBe(2);
  });
});

const moveBoardVersion = (by: number) =>
  env.DB.prepare("UPDATE board_version SET version = version + ? WHERE id = 1").bind(by).run();
const bumpBoardVersion = () => moveBoardVersion(1);
