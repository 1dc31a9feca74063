import { describe, expect, it } from "vitest";
import { seedPost } from "../support/app";
import { html } from "../support/html";

const HOUR = 60 * 60 * 1000;

describe("GET /p/:id", () => {
  it("renders a published post with its category, role and coarse age", async () => {
    const post = await seedPost({ category: "lessons", role: "social-worker", createdAt: Date.now() - 3 * HOUR });
    const page = await html(`/p/${post.id}`);
    expect(page).toContain(post.body);
    expect(page).toContain("What clients taught me");
    expect(page).toContain("Social worker");
    expect(page).toMatch(/<time datetime="[^"]+T\d\d:00:00\.000Z">[23] hours ago<\/time>/);
  });

  it("shows only the day for a post older than a day", async () => {
    const post = await seedPost({ createdAt: Date.UTC(2026, 0, 15, 13, 47) });
    expect(await html(`/p/${post.id}`)).toContain('<time datetime="2026-01-15">Jan 15, 2026</time>');
  });

  it.each(["pending", "hidden", "removed"] as const)("answers a %s post with a 404 page", async (status) => {
    const post = await seedPost({ status });
    const page = await html(`/p/${post.id}`, 404);
    expect(page).not.toContain(post.body);
  });
});
