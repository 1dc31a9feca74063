import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { request, seedPost } from "../support/app";

type Entry = {
  id: string;
  title: string;
  updated: string;
  published: string;
  link: { "@href": string }[];
  category: { "@term": string };
  content: { "#text": string; "@type": string };
};
type Feed = {
  feed: {
    "@xmlns": string;
    id: string;
    title: string;
    updated: string;
    author: { name: string };
    link: { "@rel": string; "@href": string }[];
    entry?: Entry[];
  };
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  alwaysCreateTextNode: false,
  parseTagValue: false,
  isArray: (name) => name === "entry" || name === "link",
  trimValues: false,
  // Numeric character references (&#39;) are XML; decode them as any feed reader does.
  htmlEntities: true,
});

async function atom(path: string): Promise<{ res: Response; xml: string; feed: Feed["feed"] }> {
  const res = await request(path);
  expect(res.status).toBe(200);
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return { res, xml, feed: (parser.parse(xml) as Feed).feed };
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/;
const base = Date.UTC(2026, 10, 1);

describe("Atom feeds", () => {
  const gratitude: string[] = [];
  let tricky = "";

  beforeAll(async () => {
    for (let i = 0; i < 55; i++) {
      gratitude.push((await seedPost({ category: "gratitude", createdAt: base + i * 3_600_000 })).id);
    }
    tricky = (
      await seedPost({
        category: "frustration",
        body: "Tags like <script>alert(\"x\")</script> & ampersands, 'quotes' and \uFFFE a non-character.",
        createdAt: base + 100 * 3_600_000,
      })
    ).id;
  });

  it("serves the newest 50 published posts as valid Atom", async () => {
    const { res, feed } = await atom("/feed.xml");
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.author.name).toBe("Closed Door");
    expect(feed.link.map((link) => link["@rel"]).sort()).toEqual(["alternate", "self"]);
    const entries = feed.entry ?? [];
    expect(entries).toHaveLength(50);
    expect(entries[0]?.id).toBe(`https://closed-door.test/p/${tricky}`);
    expect(feed.updated).toBe(entries[0]?.updated);
    for (const entry of entries) {
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link[0]?.["@href"]).toBe(entry.id);
      expect(entry.content["@type"]).toBe("text");
      expect(entry.title.length).toBeGreaterThan(0);
    }
    const times = entries.map((entry) => entry.updated);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("builds every link from PUBLIC_ORIGIN, whatever Host the request names", async () => {
    const res = await exports.default.fetch(new Request("https://evil.example/feed.xml"));
    const xml = await res.text();
    expect(xml).not.toContain("evil.example");
    expect(xml).toContain("https://closed-door.test/p/");
  });

  it("escapes what posts say and drops what XML cannot carry", async () => {
    const { xml, feed } = await atom("/c/frustration/feed.xml");
    expect(xml).not.toContain("<script>");
    expect(feed.entry?.[0]?.content["#text"]).toBe(
      "Tags like <script>alert(\"x\")</script> & ampersands, 'quotes' and  a non-character.",
    );
  });

  it("serves a category's feed with that category's posts only", async () => {
    const { feed } = await atom("/c/gratitude/feed.xml");
    expect(feed.title).toBe("Closed Door: Why I stay");
    const entries = feed.entry ?? [];
    expect(entries).toHaveLength(50);
    expect(entries.every((entry) => entry.category["@term"] === "gratitude")).toBe(true);
    expect(entries.map((entry) => entry.id.split("/p/")[1])).toEqual(gratitude.slice(5).reverse());
  });

  it("answers a conditional GET with 304 until something changes", async () => {
    const { res } = await atom("/c/paperwork/feed.xml");
    const tag = res.headers.get("ETag");
    expect(tag).toBeTruthy();
    const again = await request("/c/paperwork/feed.xml", { headers: { "If-None-Match": tag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await seedPost({ category: "paperwork" });
    const changed = await request("/c/paperwork/feed.xml", { headers: { "If-None-Match": tag ?? "" } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(tag);
  });

  it("leaves out a hidden post", async () => {
    const post = await seedPost({ category: "own-therapy" });
    expect((await atom("/c/own-therapy/feed.xml")).feed.entry).toHaveLength(1);
    await env.DB.prepare("UPDATE posts SET status = 'hidden' WHERE id = ?").bind(post.id).run();
    expect((await atom("/c/own-therapy/feed.xml")).feed.entry).toBeUndefined();
  });

  it("answers 404 for an unknown category", async () => {
    expect((await request("/c/nope/feed.xml")).status).toBe(404);
  });
});

describe("the page on following the board, /feeds", () => {
  it("gives every feed's whole address from PUBLIC_ORIGIN, and every page's footer links to it", async () => {
    const res = await request("/feeds");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain("<code>https://closed-door.test/feed.xml</code>");
    const { results } = await env.DB.prepare("SELECT slug FROM categories").all<{ slug: string }>();
    expect(results.length).toBeGreaterThan(0);
    for (const { slug } of results) expect(page).toContain(`<code>https://closed-door.test/c/${slug}/feed.xml</code>`);
    const board = await (await request("/")).text();
    expect(board).toContain('<a href="/feeds">Follow in a feed reader</a>');
    // The footer sends no reader to raw JSON: the API document is linked from /about, for developers.
    expect(board).not.toContain('href="/api/openapi.json"');
    expect(await (await request("/about")).text()).toContain('href="/api/openapi.json"');
  });
});
