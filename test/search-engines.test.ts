import { describe, expect, it } from "vitest";
import { request, requestWith, seedPost } from "./support/app";

describe("search engines", () => {
  it("are kept out by default: robots.txt disallows everything", async () => {
    const res = await request("/robots.txt");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("User-agent: *\nDisallow: /\n");
  });

  it.each(["/", "/api/posts", "/guidelines"])(
    "are told noindex by %s, in a header and on pages in a meta tag",
    async (path) => {
      const res = await request(path);
      expect(res.headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
      if (res.headers.get("Content-Type")?.startsWith("text/html")) {
        expect(await res.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
      }
    },
  );

  it("says noindex on a post's own page, which a client could otherwise find", async () => {
    const post = await seedPost();
    const res = await request(`/p/${post.id}`);
    expect(res.headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    expect(await res.text()).toContain('name="robots"');
  });

  it('let in when SEARCH_ENGINES is "index": no header, no meta tag, only the moderator pages disallowed', async () => {
    const settings = { SEARCH_ENGINES: "index" };
    const page = await requestWith(settings, "/");
    expect(page.headers.get("X-Robots-Tag")).toBeNull();
    expect(await page.text()).not.toContain('name="robots"');
    expect(await (await requestWith(settings, "/robots.txt")).text()).toBe(
      "User-agent: *\nDisallow: /mod\nDisallow: /api/mod\n",
    );
  });
});
