import { describe, expect, it } from "vitest";
import { findPost } from "../../src/posts/queries";
import { db, postForm, randomAddress, request, seedPost } from "../support/app";

const HOUR = 60 * 60 * 1000;

async function html(path: string, status = 200): Promise<string> {
  const res = await request(path);
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
  return res.text();
}

/** The hrefs of "older posts" links, followed to the end. */
async function followOlder(path: string): Promise<string[]> {
  const pages: string[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await html(next);
    pages.push(page);
    next = page.match(/<a class="older" rel="next" href="([^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
  }
  return pages;
}

const start = Date.now() - 50 * HOUR;
const gratitude = await Promise.all(
  Array.from({ length: 25 }, (_, i) =>
    seedPost({ category: "gratitude", createdAt: start + i * 60_000, body: `Gratitude note ${i}: a good day.` }),
  ),
);

describe("GET /", () => {
  it("renders a complete HTML document with the category menu and counts", async () => {
    const page = await html("/");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/href="\/c\/gratitude"[^>]*>Why I stay <span class="count">25<\/span>/);
    expect(page).toContain('href="/c/burnout"');
  });

  it("pages through every post with 'older posts' links driven by the cursor", async () => {
    const pages = await followOlder("/");
    expect(pages).toHaveLength(2);
    const seen = pages.flatMap((page) => [...page.matchAll(/href="\/p\/([^"]+)"/g)].map((match) => match[1]));
    expect(seen.sort()).toEqual(gratitude.map((post) => post.id).sort());
  });

  it("escapes what authors wrote", async () => {
    const post = await seedPost({ body: `<script>alert("x")</script> & <img src=x onerror=alert(1)>` });
    const page = await html(`/p/${post.id}`);
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x");
  });

  it("answers a tampered cursor with an HTML error page", async () => {
    const page = await html("/?cursor=tampered", 400);
    expect(page).toContain("That link is not quite right");
  });
});

describe("GET /c/:slug", () => {
  it("shows only the category's posts, with its name", async () => {
    const other = await seedPost({ category: "paperwork", body: "A paperwork post that must not leak." });
    const page = await html("/c/gratitude");
    expect(page).toContain('<h1 id="feed-title">Why I stay</h1>');
    expect(page).not.toContain(other.id);
    expect(page).toMatch(/href="\/c\/gratitude"[^>]*aria-current="page"/);
  });

  it("links the category's Atom feed as well as the board's", async () => {
    const page = await html("/c/gratitude");
    expect(page).toContain('type="application/atom+xml" title="Closed Door" href="/feed.xml"');
    expect(page).toContain('href="/c/gratitude/feed.xml"');
  });

  it("keeps the category in its 'older posts' link", async () => {
    const pages = await followOlder("/c/gratitude");
    expect(pages.length).toBeGreaterThan(1);
    const newest = gratitude.at(-1);
    expect(pages[0]).toContain(`/p/${newest?.id}`);
  });

  it("answers an unknown category with a 404 page", async () => {
    expect(await html("/c/astrology", 404)).toContain("Nothing is here");
  });
});

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

describe("POST /p/:id/resonate", () => {
  it("counts the reader once, thanks them in its own answer, and says so when they resonate again", async () => {
    const post = await seedPost();
    const address = randomAddress();
    const first = await postForm(`/p/${post.id}/resonate`, {}, { "CF-Connecting-IP": address });
    expect(first.status).toBe(200);
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const thanked = await first.text();
    expect(thanked).toContain("Thank you for saying so.");
    expect(thanked).toContain("1 person resonates");
    const again = await (await postForm(`/p/${post.id}/resonate`, {}, { "CF-Connecting-IP": address })).text();
    expect(again).toContain("You had already said this one resonates with you; it counts once.");
    expect((await findPost(db(), post.id))?.resonates).toBe(1);
    // No address carries the thanks: a shared "?resonated" link shows the plain page to anyone else.
    const shared = await (await request(`/p/${post.id}?resonated`)).text();
    expect(shared).not.toContain("Thank you");
    expect(shared).toContain("This resonates with me");
  });

  it("answers a post that is not public with a 404 page", async () => {
    const post = await seedPost({ status: "pending" });
    expect((await postForm(`/p/${post.id}/resonate`, {})).status).toBe(404);
  });
});

describe("POST /p/:id/flag and the receipt page", () => {
  it("files the report and sends the reader to a receipt page that follows its outcome", async () => {
    const post = await seedPost();
    const res = await postForm(`/p/${post.id}/flag`, { reason: "identifying", note: "It names the school." });
    expect(res.status).toBe(303);
    const receipt = res.headers.get("Location") ?? "";
    expect(receipt).toMatch(/^\/flags\/[A-Za-z0-9_-]{43}$/);
    const open = await request(receipt);
    expect(open.headers.get("Cache-Control")).toBe("no-store");
    const page = await open.text();
    expect(page).toContain('data-outcome="open"');
    expect(page).toContain("could identify a client");
    // The receipt is given whole, from the board's own address, ready to bookmark.
    expect(page).toContain(`value="https://closed-door.test${receipt}"`);
    expect(page).toContain(`<a href="https://closed-door.test${receipt}">`);

    // A second reader tips two identifying flags over: the post hides, and the receipt says so.
    await postForm(`/p/${post.id}/flag`, { reason: "identifying" });
    expect(await (await request(receipt)).text()).toContain('data-outcome="hidden"');
  });

  it("tells a reader who reports a post twice that the first report stands, and gives no second receipt", async () => {
    const post = await seedPost();
    const address = randomAddress();
    const first = await postForm(`/p/${post.id}/flag`, { reason: "spam" }, { "CF-Connecting-IP": address });
    expect(first.status).toBe(303);
    const again = await postForm(`/p/${post.id}/flag`, { reason: "harmful" }, { "CF-Connecting-IP": address });
    expect(again.status).toBe(200);
    expect(again.headers.get("Location")).toBeNull();
    const page = await again.text();
    expect(page).toContain("You have reported this post already");
    expect(page).not.toMatch(/\/flags\/[A-Za-z0-9_-]{43}/);
  });

  it("refuses a report without a known reason, and a receipt that is not one", async () => {
    const post = await seedPost();
    expect((await postForm(`/p/${post.id}/flag`, { reason: "boring" })).status).toBe(400);
    await html("/flags/not-a-receipt", 404);
    await html(`/flags/${"A".repeat(43)}`, 404);
  });

  it("offers the flag form with a labelled choice for every reason", async () => {
    const post = await seedPost();
    const page = await html(`/p/${post.id}`);
    expect(page).toContain(`action="/p/${post.id}/flag"`);
    expect(page.match(/<input type="radio" name="reason"/g)).toHaveLength(5);
    expect(page).toContain('<label for="flag-note">');
  });
});

describe("GET /search", () => {
  it("shows the form alone without a query", async () => {
    const page = await html("/search");
    expect(page).toContain('<label for="q">');
    expect(page).not.toContain('id="results-title"');
  });

  it("finds published posts, marks the matched words, and escapes the query", async () => {
    const post = await seedPost({ body: "The lighthouse keeper metaphor finally made sense to me this week." });
    const page = await html(`/search?q=${encodeURIComponent('lighthouse "<>')}`);
    expect(page).toContain(`href="/p/${post.id}"`);
    expect(page).toContain("<mark>lighthouse</mark>");
    expect(page).toContain('value="lighthouse &quot;&lt;&gt;"');
  });

  it("gives each result its post's coarse age, as the feed does", async () => {
    await seedPost({
      body: "The orchard metaphor kept coming back all week.",
      createdAt: Date.UTC(2026, 0, 15, 13, 47),
    });
    const page = await html(`/search?q=orchard`);
    expect(page).toContain('<time datetime="2026-01-15">Jan 15, 2026</time>');
  });

  it("never fails on search syntax or only stop words", async () => {
    for (const q of ['"', "AND OR NOT", "*", "the of and", "NEAR(a b)", "^col:x"]) {
      await html(`/search?q=${encodeURIComponent(q)}`);
    }
  });
});

describe("GET /guidelines", () => {
  it("covers what not to post, a before-and-after example, and crisis resources", async () => {
    const page = await html("/guidelines");
    expect(page).toContain("Never post");
    expect(page).toContain("How to de-identify a story");
    expect(page).toContain('class="example-before"');
    expect(page).toContain("988");
  });
});

describe("every page", () => {
  it("carries a strict Content-Security-Policy and the other security headers", async () => {
    for (const path of ["/", "/new", "/search", "/guidelines", "/status", "/mod"]) {
      const res = await request(path);
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=(\d+)/);
      expect(Number(res.headers.get("Strict-Transport-Security")?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(
        31536000,
      );
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    }
  });

  it("links the stylesheet and script with their current content versions", async () => {
    const page = await html("/guidelines");
    expect(page).toMatch(/<link rel="stylesheet" href="\/styles\.css\?v=[0-9a-f]{12}"/);
    expect(page).toMatch(/<script src="\/app\.js\?v=[0-9a-f]{12}" defer=""><\/script>/);
  });
});

describe("the header", () => {
  it.each([
    ["/", "/"],
    ["/c/burnout", "/"],
    ["/search?q=notes", "/search"],
    ["/guidelines", "/guidelines"],
    ["/new", "/new"],
  ])("marks the section %s is in, and only that one", async (path, section) => {
    const page = await (await request(path)).text();
    const nav = page.slice(page.indexOf('aria-label="Site"'), page.indexOf("</nav>"));
    const marked = [...nav.matchAll(/href="([^"]+)" aria-current="page"/g)].map((match) => match[1]);
    expect(marked).toEqual([section]);
  });

  it("marks no section on a page of none", async () => {
    const page = await (await request("/about")).text();
    expect(page.slice(page.indexOf('aria-label="Site"'), page.indexOf("</nav>"))).not.toContain("aria-current");
  });
});

describe("the introduction for a first-time visitor", () => {
  it("leads the board's front page only, closes without a script, and is hidden for good by one", async () => {
    const front = await (await request("/")).text();
    expect(front).toMatch(/<details class="intro" open="" data-intro="true">/);
    expect(front).toContain("<summary>What is Closed Door?</summary>");
    // The button works only with the script, which unhides it; without it the box still closes.
    expect(front).toMatch(/<button type="button" class="button secondary" data-dismiss-intro="true" hidden="">/);
    for (const path of ["/c/burnout", "/?sort=top&cursor=x", "/search", "/guidelines"]) {
      expect(await (await request(path)).text(), path).not.toContain("data-intro");
    }
  });
});
