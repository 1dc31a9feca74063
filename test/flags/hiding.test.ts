import { describe, expect, it } from "vitest";
import { postJson, request, seedPost } from "../support/app";

const SECRET_WORD = "Xylophonist";

async function postCount(slug: string): Promise<number> {
  const { categories } = await (await request("/api/categories")).json<{
    categories: { slug: string; postCount: number }[];
  }>();
  return categories.find((category) => category.slug === slug)?.postCount ?? -1;
}

/** Every public surface a published post appears on, as text. */
async function everyPublicSurface(id: string): Promise<Record<string, { status: number; text: string }>> {
  const paths = [
    "/api/posts",
    "/api/posts?sort=top",
    "/api/posts?category=lessons",
    "/api/posts?category=lessons&sort=top",
    `/api/posts/${id}`,
    `/api/search?q=${SECRET_WORD}`,
    `/api/search?q=${SECRET_WORD}&category=lessons`,
    "/",
    "/?sort=top",
    "/c/lessons",
    "/c/lessons?sort=top",
    `/p/${id}`,
    "/feed.xml",
    "/c/lessons/feed.xml",
  ];
  const surfaces: Record<string, { status: number; text: string }> = {};
  for (const path of paths) {
    const res = await request(path);
    surfaces[path] = { status: res.status, text: await res.text() };
  }
  return surfaces;
}

describe("a post hidden by flags", () => {
  it("is gone from every public surface, and from its category's count", async () => {
    const post = await seedPost({
      category: "lessons",
      body: `A ${SECRET_WORD} client taught me that silence can be the whole session.`,
      resonates: 99,
    });
    const before = await everyPublicSurface(post.id);
    for (const [path, surface] of Object.entries(before)) {
      expect.soft(surface.text, `${path} shows the post while it is published`).toContain(SECRET_WORD);
    }
    const countBefore = await postCount("lessons");

    for (let i = 0; i < 3; i++)
      expect((await postJson(`/api/posts/${post.id}/flags`, { reason: "harmful" })).status).toBe(202);

    const after = await everyPublicSurface(post.id);
    for (const [path, surface] of Object.entries(after)) {
      expect.soft(surface.text, `${path} still shows the hidden post`).not.toContain(SECRET_WORD);
      expect.soft(surface.text, `${path} still links the hidden post`).not.toContain(post.id);
    }
    expect(after[`/api/posts/${post.id}`]?.status).toBe(404);
    expect(after[`/p/${post.id}`]?.status).toBe(404);
    expect(await postCount("lessons")).toBe(countBefore - 1);
  });
});
