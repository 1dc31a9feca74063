import { describe, expect, it } from "vitest";
import { ORIGIN, randomAddress, request, seedPost } from "./support/app";

const resonate = (id: string, headers: Record<string, string>) =>
  request(`/api/posts/${id}/resonates`, {
    method: "POST",
    headers: { "CF-Connecting-IP": randomAddress(), ...headers },
  });

describe("writes to the API from another site", () => {
  it.each<[string, Record<string, string>]>([
    ["a cross-site fetch", { "Sec-Fetch-Site": "cross-site" }],
    ["a same-site subdomain", { "Sec-Fetch-Site": "same-site", Origin: "https://sub.closed-door.test" }],
    ["another Origin, from a browser that does not send Sec-Fetch-Site", { Origin: "https://evil.example" }],
  ])("are refused with 403: %s, and count nothing", async (_, headers) => {
    const post = await seedPost();
    const res = await resonate(post.id, headers);
    expect(res.status).toBe(403);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe("forbidden");
    const shown = await (await request(`/api/posts/${post.id}`)).json<{ post: { resonates: number } }>();
    expect(shown.post.resonates).toBe(0);
  });

  it.each<[string, Record<string, string>]>([
    ["this site's own pages", { "Sec-Fetch-Site": "same-origin", Origin: ORIGIN }],
    ["a no-referrer page of its own (Origin: null)", { "Sec-Fetch-Site": "same-origin", Origin: "null" }],
    ["an API client that is not a browser", {}],
  ])("are taken from %s", async (_, headers) => {
    const post = await seedPost();
    expect((await resonate(post.id, headers)).status).toBe(200);
  });

  it("leave reads alone: another site may still fetch the feed", async () => {
    const res = await request("/api/posts", { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(res.status).toBe(200);
  });
});
