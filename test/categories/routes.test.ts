import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { request, seedPost } from "../support/app";

type Categories = { categories: { slug: string; name: string; description: string; postCount: number }[] };

async function counts(): Promise<Record<string, number>> {
  const res = await request("/api/categories");
  expect(res.status).toBe(200);
  const { categories } = await res.json<Categories>();
  return Object.fromEntries(categories.map((category) => [category.slug, category.postCount]));
}

describe("GET /api/categories", () => {
  it("lists the spec's eight categories in menu order, with names and descriptions", async () => {
    const res = await request("/api/categories");
    const { categories } = await res.json<Categories>();
    expect(categories.map((category) => category.slug)).toEqual([
      "frustration",
      "burnout",
      "self-doubt",
      "lessons",
      "own-therapy",
      "boundaries",
      "paperwork",
      "gratitude",
    ]);
    expect(categories[0]).toMatchObject({ name: "Frustration and anger", description: expect.any(String) });
    expect(categories.find((category) => category.slug === "gratitude")?.name).toBe("Why I stay");
  });

  it("counts published posts only", async () => {
    const before = await counts();
    await seedPost({ category: "lessons" });
    await seedPost({ category: "lessons" });
    await seedPost({ category: "lessons", status: "pending" });
    await seedPost({ category: "lessons", status: "hidden" });
    const after = await counts();
    expect(after.lessons).toBe((before.lessons ?? 0) + 2);
    expect(after.burnout).toBe(before.burnout);
  });

  it("follows a post through status changes, moves and deletion", async () => {
    const post = await seedPost({ category: "boundaries", status: "pending" });
    const base = (await counts()).boundaries ?? 0;
    const setStatus = (status: string) =>
      env.DB.prepare("UPDATE posts SET status = ? WHERE id = ?").bind(status, post.id).run();

    await setStatus("published");
    expect((await counts()).boundaries).toBe(base + 1);
    await setStatus("hidden");
    expect((await counts()).boundaries).toBe(base);
    await setStatus("published");
    await env.DB.prepare("UPDATE posts SET category = 'gratitude' WHERE id = ?").bind(post.id).run();
    const moved = await counts();
    expect(moved.boundaries).toBe(base);
    await env.DB.prepare("DELETE FROM posts WHERE id = ?").bind(post.id).run();
    expect((await counts()).gratitude).toBe((moved.gratitude ?? 0) - 1);
  });
});
