import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("GET /api/categories", () => {
  it("lists the spec's eight categories in menu order", async () => {
    const res = await exports.default.fetch("https://closed-door.test/api/categories");
    expect(res.status).toBe(200);
    const { categories } = await res.json<{ categories: { slug: string; postCount: number }[] }>();
    expect(categories.map((c) => c.slug)).toEqual([
      "frustration",
      "burnout",
      "self-doubt",
      "lessons",
      "own-therapy",
      "boundaries",
      "paperwork",
      "gratitude",
    ]);
  });
});
