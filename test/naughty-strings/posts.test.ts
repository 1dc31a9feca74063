import { env } from "cloudflare:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/moderation/normalize";
import { ORIGIN, seedPost } from "../support/app";
import { shapeOf, textsOf } from "../support/html";
import { signedInAs } from "../support/mod";
import { expectHandled, forEachInChunks, LONG, naughtyStrings, postJsonTo, send } from "../support/naughty";

/**
 * The Big List of Naughty Strings (test/fixtures) in everything a reader or
 * author sends that is stored: post bodies, categories, roles and flag
 * notes. Never a 5xx; every 4xx in the one error shape; what is stored comes
 * back unchanged; and wherever it is shown, it stays text.
 */

/** The author's status page, reached as the form on /status reaches it. */
async function statusPage(token: string): Promise<string> {
  const res = await send("/status", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" },
    body: new URLSearchParams({ token }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

/** A page without the numbers that tie marked words to their reasons, so a post's text reads whole. */
const withoutReasonNumbers = (html: string) => html.replace(/<sup class="reason-ref">[\d,]*<\/sup>/g, "");

// Long enough to be a post, and plain enough that the rules leave it be.
const framed = (text: string) => `Something a colleague said stayed with me, so here it is: ${text} — that is all.`;

type Stored = { id: string; input: string; status: number; token: string };
type QueuePage = { items: { post: { id: string }; flags: { notes: string[] } }[]; nextCursor: string | null };
type FeedPage = { nextCursor: string | null };
const PLAIN = "A plain reflection about the waitlist and the weather.";

describe("naughty strings as post bodies", () => {
  const stored: Stored[] = [];

  it(
    "answers every one, as sent and inside a post, without a 5xx, and stores exactly what it accepts",
    LONG,
    async () => {
      await forEachInChunks(naughtyStrings, async (text, index) => {
        for (const body of [text, framed(text)]) {
          const res = await postJsonTo("/api/posts", { body, category: "burnout" });
          await expectHandled(res.clone(), `#${index}: ${JSON.stringify(body)}`);
          if (res.status === 201 || res.status === 202) {
            const { post, deleteToken } = await res.json<{ post: { id: string }; deleteToken: string }>();
            stored.push({ id: post.id, input: body, status: res.status, token: deleteToken });
          }
        }
      });
      // Nearly all of them are ordinary text inside a post; a few are refused (links, long runs).
      expect(stored.length).toBeGreaterThan(naughtyStrings.length * 0.8);
      const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM posts").first<{ n: number }>()) ?? { n: 0 };
      expect(n).toBe(stored.length);
    },
  );

  it("gives back exactly what it stored: the normalized text, unchanged", LONG, async () => {
    await forEachInChunks(stored, async ({ id, input, token }) => {
      const row = await env.DB.prepare("SELECT body FROM posts WHERE id = ?").bind(id).first<{ body: string }>();
      expect(row?.body).toBe(normalize(input));
      const res = await send(`/api/posts/${id}/status`, { headers: { Authorization: `Bearer ${token}` } });
      expect((await res.json<{ post: { body: string } }>()).post.body).toBe(row?.body);
    });
  });

  it("shows it on the post page as text: the page's elements are those of any post", LONG, async () => {
    const plain = await seedPost({ body: PLAIN });
    const shape = await shapeOf(await (await send(`/p/${plain.id}`)).text());
    await forEachInChunks(
      stored.filter((post) => post.status === 201),
      async ({ id, input }) => {
        const html = await (await send(`/p/${id}`)).text();
        expect(await shapeOf(html), input).toEqual(shape);
        expect(await textsOf(html, ".post-body")).toEqual([normalize(input)]);
      },
    );
  });

  it("shows it in the feed and in the moderators' queue as text", LONG, async () => {
    const bodies = new Set([PLAIN, ...stored.map((post) => normalize(post.input))]);
    let cursor: string | null = null;
    for (let page = 0; page < 3; page++) {
      const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
      const texts = await textsOf(await (await send(`/c/burnout${query}`)).text(), ".post-body");
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(bodies.has(text), text).toBe(true);
      const feed: FeedPage = await (
        await send(`/api/posts?category=burnout${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)
      ).json<FeedPage>();
      cursor = feed.nextCursor;
    }
    const mod = await signedInAs("moderator");
    const queue = await (await send("/mod", { headers: { Cookie: mod.cookie } })).text();
    const held = await textsOf(withoutReasonNumbers(queue), ".post-body");
    expect(held.length).toBeGreaterThan(0);
    for (const text of held) expect(bodies.has(text), text).toBe(true);
  });

  it(
    "shows it as text in search results, on the author's status page and the moderator's review page",
    LONG,
    async () => {
      const mod = await signedInAs("moderator");
      // What these pages are made of when they show plain posts: any element or
      // attribute a naughty string brought in would be new.
      const plain = await seedPost({ body: `${PLAIN} A colleague said so.`, status: "pending" });
      // A held post whose reasons are marked in its text.
      const res = await postJsonTo("/api/posts", {
        body: `${PLAIN} A colleague's son attends Lincoln High.`,
        category: "burnout",
      });
      expect(res.status).toBe(202);
      const held = await res.json<{ post: { id: string }; deleteToken: string }>();
      const known = new Set<string>();
      for (const html of [
        await (await send("/search?q=colleague")).text(),
        await statusPage(plain.deleteToken),
        await statusPage(held.deleteToken),
        await (await send(`/mod/posts/${plain.id}`, { headers: { Cookie: mod.cookie } })).text(),
        await (await send(`/mod/posts/${held.post.id}`, { headers: { Cookie: mod.cookie } })).text(),
      ]) {
        for (const element of await shapeOf(html)) known.add(element);
      }
      const foreign = async (html: string) => (await shapeOf(html)).filter((element) => !known.has(element));
      for (let page = 0, cursor = ""; page < 5; page++) {
        const res = await send(`/search?q=colleague${cursor}`);
        expect(await foreign(await res.text())).toEqual([]);
        const next = (await (await send(`/api/search?q=colleague${cursor}`)).json<FeedPage>()).nextCursor;
        if (!next) break;
        cursor = `&cursor=${encodeURIComponent(next)}`;
      }
      await forEachInChunks(stored, async ({ id, input, token }) => {
        const status = await statusPage(token);
        const review = await (await send(`/mod/posts/${id}`, { headers: { Cookie: mod.cookie } })).text();
        for (const html of [status, review]) {
          expect(await foreign(html), input).toEqual([]);
          // Held posts' text is marked where its reasons point, and numbered: the text is the rest.
          expect(await textsOf(withoutReasonNumbers(html), ".post-body"), input).toEqual([normalize(input)]);
        }
      });
    },
  );

  it("puts it in valid Atom, each entry's content exactly the post", LONG, async () => {
    const xml = await (await send("/c/burnout/feed.xml")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parser = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      trimValues: false,
      htmlEntities: true,
      textNodeName: "#text",
      isArray: (name) => name === "entry",
    });
    const entries = (parser.parse(xml) as { feed: { entry: { content: string | { "#text": string } }[] } }).feed.entry;
    const bodies = new Set([PLAIN, ...stored.map((post) => normalize(post.input))]);
    expect(entries.length).toBeGreaterThan(0);
    for (const { content } of entries) {
      const text = typeof content === "string" ? content : content["#text"];
      expect(bodies.has(text), text).toBe(true);
    }
  });
});

describe("naughty strings as category, role and flag", () => {
  it("answers a category or role it does not know with 400, never a 5xx", LONG, async () => {
    await forEachInChunks(naughtyStrings, async (text, index) => {
      const category = await postJsonTo("/api/posts", { body: framed("a category test"), category: text });
      await expectHandled(category.clone(), `category #${index}`);
      expect(category.status, `category #${index}`).toBe(400);
      const role = await postJsonTo("/api/posts", { body: framed("a role test"), category: "burnout", role: text });
      await expectHandled(role.clone(), `role #${index}`);
      expect(role.status, `role #${index}`).toBe(400);
    });
  });

  it(
    "takes any of them as a flag's note, gives the moderators exactly that, and refuses them as a reason",
    LONG,
    async () => {
      const filed: { postId: string; note: string }[] = [];
      await forEachInChunks(naughtyStrings, async (text, index) => {
        // A post of its own per note: three readers' flags would hide a shared one.
        const post = await seedPost();
        const asReason = await postJsonTo(`/api/posts/${post.id}/flags`, { reason: text });
        await expectHandled(asReason.clone(), `reason #${index}`);
        expect(asReason.status).toBe(400);
        const res = await postJsonTo(`/api/posts/${post.id}/flags`, { reason: "other", note: text });
        await expectHandled(res.clone(), `note #${index}`);
        expect(res.status, `note #${index}`).toBe(202);
        filed.push({ postId: post.id, note: normalize(text) });
      });
      // Held for review, so the queue shows them with their notes.
      await env.DB.prepare("UPDATE posts SET status = 'hidden' WHERE status = 'published'").run();
      const mod = await signedInAs("moderator");
      const notesOf = new Map<string, string[]>();
      let cursor: string | null = null;
      do {
        const page: QueuePage = await (
          await send(`/api/mod/queue?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, {
            headers: { Cookie: mod.cookie, Origin: ORIGIN },
          })
        ).json<QueuePage>();
        for (const item of page.items) notesOf.set(item.post.id, item.flags.notes);
        cursor = page.nextCursor;
      } while (cursor);
      for (const { postId, note } of filed) expect(notesOf.get(postId), note).toEqual(note === "" ? [] : [note]);
    },
  );
});
