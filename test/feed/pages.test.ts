import { describe, expect, it } from "vitest";
import { request, seedPost } from "../support/app";
import { html } from "../support/html";

const HOUR = 60 * 60 * 1000;

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

describe("most resonated this week, this month and all time", () => {
  it("offers the three periods under Most resonated and marks the current one", async () => {
    const now = Date.now();
    const recent = await seedPost({ category: "boundaries", resonates: 2, createdAt: now - 2 * 24 * HOUR });
    const old = await seedPost({ category: "boundaries", resonates: 9, createdAt: now - 60 * 24 * HOUR });
    const week = await (await request("/c/boundaries?sort=top&period=week")).text();
    expect(week).toContain('<nav class="sort period" aria-label="Most resonated over">');
    expect(week).toContain('<a href="/c/boundaries?sort=top&amp;period=week" aria-current="page">This week</a>');
    expect(week).toContain(`/p/${recent.id}`);
    expect(week).not.toContain(`/p/${old.id}`);
    const all = await (await request("/c/boundaries?sort=top")).text();
    expect(all).toContain('<a href="/c/boundaries?sort=top" aria-current="page">All time</a>');
    expect(all).toContain(`/p/${old.id}`);
    // Newest has no periods; an unknown one is all time.
    expect(await (await request("/c/boundaries")).text()).not.toContain("Most resonated over");
    expect(await (await request("/c/boundaries?sort=top&period=decade")).text()).toContain(`/p/${old.id}`);
  });
});

describe("the cards of a feed", () => {
  it("each open their post, with a link named by the post's first words", async () => {
    const post = await seedPost({
      category: "self-doubt",
      body: "Some days I wonder whether anything I say in session lands at all, and then a client quotes me.",
    });
    const page = await (await request("/c/self-doubt")).text();
    expect(page).toContain('<article class="post linked" data-category="self-doubt">');
    expect(page).toContain(
      `<a class="post-link" href="/p/${post.id}" aria-label="Open: Some days I wonder whether anything I say&hellip;">Open</a>`,
    );
    // Posts in Latin-1 make a page of Latin-1 alone: one character past it makes the page a two-byte string, which
    // costs the runtime twice as much to send (src/ui/post-card.ts).
    expect(page).not.toMatch(/[\u0100-\uffff]/);
    // A post's own page is not a link to itself.
    const own = await (await request(`/p/${post.id}`)).text();
    expect(own).not.toContain("post linked");
  });
});

describe("a feed's pages", () => {
  it("number each page and link back to newer posts, the same pages as forwards, to the bare first page", async () => {
    const lessons = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        seedPost({ category: "lessons", createdAt: start - (i + 1) * 60_000, body: `Lesson ${i}: listen longer.` }),
      ),
    );
    const idsOn = (page: string) => [...page.matchAll(/href="\/p\/([^"]+)"/g)].map((match) => match[1]);
    const forwards = await followOlder("/c/lessons");
    expect(forwards).toHaveLength(3);
    expect(forwards.map((page) => page.match(/Page (\d+)/)?.[1])).toEqual(["1", "2", "3"]);
    expect(forwards[0]).not.toContain('class="newer"');
    expect(new Set(forwards.flatMap(idsOn))).toEqual(new Set(lessons.map((post) => post.id)));

    const newerOf = (page: string) =>
      page.match(/<a class="newer" rel="prev" href="([^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
    const second = newerOf(forwards[2] ?? "") ?? "";
    expect(second).toMatch(/^\/c\/lessons\?before=[^&]+&page=2$/);
    const back = await html(second);
    expect(idsOn(back)).toEqual(idsOn(forwards[1] ?? ""));
    expect(back).toContain("Page 2");
    expect(newerOf(back)).toBe("/c/lessons");

    // A period goes with the pages, both ways.
    const week = await followOlder("/c/lessons?sort=top&period=week");
    expect(week).toHaveLength(3);
    expect(week[0]).toMatch(/<a class="older" rel="next" href="\/c\/lessons\?sort=top&amp;period=week&amp;cursor=/);
    expect(newerOf(week[2] ?? "")).toMatch(/^\/c\/lessons\?sort=top&period=week&before=[^&]+&page=2$/);

    // Most resonated pages back the same way, through its ties.
    const top = await followOlder("/c/lessons?sort=top");
    const topBack = await html(newerOf(top[2] ?? "") ?? "");
    expect(idsOn(topBack)).toEqual(idsOn(top[1] ?? ""));
    expect(newerOf(topBack)).toBe("/c/lessons?sort=top");
  });
});
