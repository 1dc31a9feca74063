import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type FeedPosition, positionOf } from "../../src/feed/cursor";
import { listPublished } from "../../src/feed/queries";
import type { PublicPost } from "../../src/posts/queries";
import { db, type ErrorBody, request, seedPost } from "../support/app";

type Page = { posts: { id: string; category: string; status: string; resonates: number }[]; nextCursor: string | null };

async function page(query: string): Promise<Page> {
  const res = await request(`/api/posts?${query}`);
  expect(res.status).toBe(200);
  return res.json<Page>();
}

/** Follows nextCursor to the end, calling `between` after each page. */
async function walk(query: string, between: (pageNumber: number) => Promise<void> = async () => {}) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const current = await page(`${query}${cursor ? `&cursor=${cursor}` : ""}`);
    ids.push(...current.posts.map((post) => post.id));
    sizes.push(current.posts.length);
    cursor = current.nextCursor;
    await between(sizes.length);
  } while (cursor);
  return { ids, sizes };
}

const HOUR = 60 * 60 * 1000;

// This file's D1 starts empty; the posts below are all there is.
const start = Date.now() - 100 * HOUR;
const paged = await Promise.all(
  Array.from({ length: 45 }, (_, i) => seedPost({ category: "paperwork", createdAt: start + i * 60_000 })),
);
// Newest first, and ties in time broken by id, as the feed orders them.
const pagedNewestFirst = paged
  .toSorted((a, b) => b.createdAt - a.createdAt || (b.id < a.id ? -1 : 1))
  .map((post) => post.id);

describe("GET /api/posts", () => {
  it("pages 45 posts 20 at a time, complete, in order, no duplicate or gap", async () => {
    const { ids, sizes } = await walk("category=paperwork&limit=20");
    expect(sizes).toEqual([20, 20, 5]);
    expect(ids).toEqual(pagedNewestFirst);
  });

  it("stays complete when new posts arrive between pages", async () => {
    // With OFFSET paging, each arrival would push a seen post onto the next
    // page and show it twice; a keyset cursor resumes after the last post seen.
    const { ids } = await walk("category=paperwork&limit=20", async () => {
      await seedPost({ category: "paperwork", createdAt: Date.now() });
      await seedPost({ category: "paperwork", createdAt: Date.now() });
    });
    expect(ids).toEqual(pagedNewestFirst);
  });

  it("keeps ties in time in a stable order", async () => {
    const at = start - 10 * HOUR;
    const tied = await Promise.all(
      Array.from({ length: 7 }, () => seedPost({ category: "boundaries", createdAt: at })),
    );
    const { ids } = await walk("category=boundaries&limit=3");
    expect(ids).toEqual(
      tied
        .map((post) => post.id)
        .sort()
        .reverse(),
    );
  });

  it("never leaks another category into a category feed", async () => {
    await seedPost({ category: "gratitude" });
    await seedPost({ category: "lessons" });
    const current = await page("category=gratitude&limit=50");
    expect(current.posts.length).toBeGreaterThan(0);
    expect(current.posts.every((post) => post.category === "gratitude")).toBe(true);
  });

  it("shows only published posts", async () => {
    const hiddenOnes = await Promise.all(
      (["pending", "hidden", "removed"] as const).map((status) => seedPost({ status, category: "self-doubt" })),
    );
    const visible = await seedPost({ category: "self-doubt" });
    const { ids } = await walk("category=self-doubt&limit=50");
    expect(ids).toEqual([visible.id]);
    for (const post of hiddenOnes) expect(ids).not.toContain(post.id);
  });

  it("defaults to 20 newest posts across all categories", async () => {
    const current = await page("");
    expect(current.posts).toHaveLength(20);
    expect(current.nextCursor).toEqual(expect.any(String));
  });

  it("orders by resonates for sort=top, ties by recency", async () => {
    const at = start - 20 * HOUR;
    const low = await seedPost({ category: "own-therapy", resonates: 1, createdAt: at });
    const highOld = await seedPost({ category: "own-therapy", resonates: 9, createdAt: at });
    const highNew = await seedPost({ category: "own-therapy", resonates: 9, createdAt: at + HOUR });
    const { ids, sizes } = await walk("category=own-therapy&sort=top&limit=1");
    expect(ids).toEqual([highNew.id, highOld.id, low.id]);
    expect(sizes).toEqual([1, 1, 1]);
  });

  it("narrows sort=top to the last week or month, paging within it, and refuses another period", async () => {
    const now = Date.now();
    const day = 24 * HOUR;
    const [week, month, older] = [
      await seedPost({ category: "gratitude", resonates: 3, createdAt: now - 2 * day }),
      await seedPost({ category: "gratitude", resonates: 5, createdAt: now - 20 * day }),
      await seedPost({ category: "gratitude", resonates: 8, createdAt: now - 90 * day }),
    ];
    // Other tests of this file post in this category too: only these three are followed.
    const mine = async (query: string) =>
      (await walk(`category=gratitude&${query}`)).ids.filter((id) => [week.id, month.id, older.id].includes(id));
    expect(await mine("sort=top&period=week&limit=1")).toEqual([week.id]);
    expect(await mine("sort=top&period=month&limit=1")).toEqual([month.id, week.id]);
    expect(await mine("sort=top&limit=1")).toEqual([older.id, month.id, week.id]);
    // Newest is newest: a period narrows "most resonated" only.
    expect(await mine("sort=new&period=week")).toEqual([week.id, month.id, older.id]);
    expect((await request("/api/posts?sort=top&period=year")).status).toBe(400);
  });

  it("merges the top of each day of a week into the week's order, paging both ways without a gap", async () => {
    const now = Date.now();
    // Spread over nine days (two outside the week), resonates repeating so that ties cross days.
    const seeded = [];
    for (let i = 0; i < 40; i++) {
      seeded.push(
        await seedPost({
          category: "self-doubt",
          resonates: (i * 7) % 5,
          createdAt: now - ((i * 5) % 9) * 24 * HOUR - i * 1000,
        }),
      );
    }
    const since = Math.floor((now - 7 * 24 * HOUR) / HOUR) * HOUR;
    const expected = seeded
      .filter((post) => post.createdAt >= since)
      .sort((a, b) => b.resonates - a.resonates || b.createdAt - a.createdAt || (b.id > a.id ? 1 : -1))
      .map((post) => post.id);
    const { ids, sizes } = await walk("category=self-doubt&sort=top&period=week&limit=6");
    // Other tests of this file post in this category too: the week holds these, in this order, among them.
    expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
    expect(sizes.slice(0, -1).every((size) => size === 6)).toBe(true);
    // Back with the newer pages' cursor (the first post of each page), each page before it comes back whole.
    const request = { sort: "top" as const, category: "self-doubt", since, limit: 6 };
    const pages: PublicPost[][] = [];
    let after: FeedPosition | undefined;
    do {
      const current = await listPublished(db(), { ...request, after });
      pages.push(current.posts);
      after = current.next ?? undefined;
    } while (after);
    expect(pages.flat().map((post) => post.id)).toEqual(ids);
    for (let at = pages.length - 1; at > 0; at--) {
      const first = pages[at]?.[0];
      if (!first) throw new Error("an empty page");
      const newer = await listPublished(db(), { ...request, before: positionOf("top", first) });
      expect(newer.posts.map((post) => post.id)).toEqual(pages[at - 1]?.map((post) => post.id));
    }
  });

  it("pages the whole board by sort=top through many ties, complete and without duplicates", async () => {
    const everything = await walk("sort=new&limit=50");
    const { ids } = await walk("sort=top&limit=7");
    expect(ids).toHaveLength(everything.ids.length);
    expect(new Set(ids)).toEqual(new Set(everything.ids));
    const resonates = (
      await Promise.all(
        ids.map(async (id) => (await request(`/api/posts/${id}`)).json<{ post: { resonates: number } }>()),
      )
    ).map((body) => body.post.resonates);
    expect(resonates).toEqual(resonates.toSorted((a, b) => b - a));
  });

  it("answers an empty page with no cursor for a category with no posts", async () => {
    expect(await page("category=frustration")).toEqual({ posts: [], nextCursor: null });
  });

  it("answers 404 for an unknown category", async () => {
    const res = await request("/api/posts?category=astrology");
    expect(res.status).toBe(404);
    expect((await res.json<ErrorBody>()).error.code).toBe("not_found");
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=51", "limit"],
    ["limit=2.5", "limit"],
    ["limit=ten", "limit"],
    ["sort=old", "sort"],
    ["category=NOT%20A%20SLUG", "category"],
    ["cursor=not-a-cursor", "cursor"],
    ["unexpected=1", "unexpected"],
  ])("refuses %s with the issue's path", async (query, path) => {
    const res = await request(`/api/posts?${query}`);
    expect(res.status).toBe(400);
    const { error } = await res.json<ErrorBody>();
    expect(error.code).toBe("invalid_request");
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
  });

  it("gives out cursors that carry the hour of the last post, never its exact time", async () => {
    for (const sort of ["new", "top"]) {
      const first = await page(`sort=${sort}&limit=1`);
      const key = JSON.parse(atob((first.nextCursor ?? "").replaceAll("-", "+").replaceAll("_", "/")));
      const stored = await env.DB.prepare("SELECT created_at AS createdAt FROM posts WHERE id = ?")
        .bind(first.posts[0]?.id)
        .first<{ createdAt: number }>();
      expect(key).toContain(Math.floor((stored?.createdAt ?? 0) / HOUR));
      expect(key).not.toContain(stored?.createdAt);
      // No number in it is a time finer than the hour (milliseconds since 1970 are in the trillions).
      expect(key.filter((part: unknown) => typeof part === "number" && part > 10_000_000)).toEqual([]);
    }
  });

  it("pages on past a post that was deleted after its cursor was given out, without a gap", async () => {
    const at = start - 20 * HOUR;
    const posts = await Promise.all(
      Array.from({ length: 5 }, (_, i) => seedPost({ category: "own-therapy", createdAt: at + i * 60_000 })),
    );
    const first = await page("category=own-therapy&limit=2");
    const last = first.posts.at(-1)?.id ?? "";
    const token = posts.find((post) => post.id === last)?.deleteToken ?? "";
    const deleted = await request(`/api/posts/${last}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(deleted.status).toBe(204);
    const rest = await page(`category=own-therapy&limit=10&cursor=${first.nextCursor}`);
    const seen = new Set([...first.posts, ...rest.posts].map((post) => post.id));
    expect(posts.every((post) => post.id === last || seen.has(post.id))).toBe(true);
  });

  it("refuses a cursor of one sort used with the other", async () => {
    const { nextCursor } = await page("sort=top&limit=1");
    const res = await request(`/api/posts?sort=new&cursor=${nextCursor}`);
    expect(res.status).toBe(400);
  });
});
