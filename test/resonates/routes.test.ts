import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, randomAddress, request, seedPost } from "../support/app";
import { withinOneLimiterWindow } from "../support/limits";

function resonate(id: string, address = randomAddress()): Promise<Response> {
  return request(`/api/posts/${id}/resonates`, { method: "POST", headers: { "CF-Connecting-IP": address } });
}

describe("POST /api/posts/:id/resonates", () => {
  it("stores the resonate to the hour, never the millisecond", async () => {
    const post = await seedPost();
    expect((await resonate(post.id)).status).toBe(200);
    const stored = await env.DB.prepare("SELECT created_at AS at FROM resonances WHERE post_id = ?")
      .bind(post.id)
      .first<{ at: number }>();
    expect((stored?.at ?? 1) % 3_600_000).toBe(0);
  });

  it("counts one per reader and answers a repeat with the unchanged count", async () => {
    const post = await seedPost();
    const reader = randomAddress();
    const first = await resonate(post.id, reader);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ resonates: 1 });
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    expect(await (await resonate(post.id, reader)).json()).toEqual({ resonates: 1 });
    expect(await (await resonate(post.id)).json()).toEqual({ resonates: 2 });
    const shown = await (await request(`/api/posts/${post.id}`)).json<{ post: { resonates: number } }>();
    expect(shown.post.resonates).toBe(2);
  });

  it("lets the same reader resonate with different posts", async () => {
    const [one, two] = [await seedPost(), await seedPost()];
    const reader = randomAddress();
    expect(await (await resonate(one.id, reader)).json()).toEqual({ resonates: 1 });
    expect(await (await resonate(two.id, reader)).json()).toEqual({ resonates: 1 });
  });

  it.each(["pending", "hidden", "removed"] as const)("answers 404 for a %s post and counts nothing", async (status) => {
    const post = await seedPost({ status });
    const res = await resonate(post.id);
    expect(res.status).toBe(404);
    expect((await res.json<ErrorBody>()).error.code).toBe("not_found");
  });

  it("answers 404 for a post that does not exist", async () => {
    expect((await resonate("nosuchpost00")).status).toBe(404);
  });

  it("keeps the count exact under concurrent readers", async () => {
    const post = await seedPost();
    // Fifty readers for certain: random addresses may, rarely, give two readers one address (this test failed once in
    // CI with 49 distinct counts; the cause was not found, and this is the one way found for a reader to count twice).
    const readers = Array.from({ length: 50 }, (_, at) => `10.250.${Math.floor(Math.random() * 256)}.${at}`);
    const answers = await Promise.all(readers.map((reader) => resonate(post.id, reader)));
    expect(answers.every((res) => res.status === 200)).toBe(true);
    const counts = await Promise.all(answers.map((res) => res.json<{ resonates: number }>()));
    expect(new Set(counts.map((count) => count.resonates)).size).toBe(50);
    const shown = await (await request(`/api/posts/${post.id}`)).json<{ post: { resonates: number } }>();
    expect(shown.post.resonates).toBe(50);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM resonances WHERE post_id = ?")
      .bind(post.id)
      .first<{ n: number }>();
    expect(stored?.n).toBe(50);
  });

  it("limits one reader to 30 a minute, with Retry-After, and counts nothing over it", async () => {
    const { posts, answers } = await withinOneLimiterWindow(async () => {
      const reader = randomAddress();
      const posts = await Promise.all(Array.from({ length: 31 }, () => seedPost()));
      const answers: Response[] = [];
      for (const post of posts) answers.push(await resonate(post.id, reader));
      return { posts, answers };
    });
    expect(answers.slice(0, 30).every((res) => res.status === 200)).toBe(true);
    const over = answers[30];
    expect(over?.status).toBe(429);
    expect(Number(over?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await over?.json<ErrorBody>())?.error.code).toBe("rate_limited");
    const last = await (await request(`/api/posts/${posts[30]?.id}`)).json<{ post: { resonates: number } }>();
    expect(last.post.resonates).toBe(0);
    // Another reader is not held up by the first one's limit.
    expect((await resonate(posts[30]?.id ?? "")).status).toBe(200);
  });
});
