import { describe, expect, it } from "vitest";
import { ORIGIN, randomAddress, reflection } from "../support/app";
import { shapeOf } from "../support/html";
import { expectHandled, forEachInChunks, LONG, naughtyStrings, postJsonTo, send } from "../support/naughty";

/**
 * The Big List of Naughty Strings (test/fixtures) in everything a client
 * sends that is not stored: search queries, cursors, ids in paths and header
 * values. Never a 5xx; every API 4xx in the one error shape; and a page that
 * shows the string back (the search box) has the elements it always has.
 * This file's D1 holds no posts, so every page's shape is fixed.
 */

/** The shape each status of a page has, learned from the first answer of that status. */
function pageShapes() {
  const shapes = new Map<number, string[]>();
  return async (res: Response, what: string) => {
    expect(res.status, what).toBeLessThan(500);
    const shape = await shapeOf(await res.text());
    const known = shapes.get(res.status);
    if (known) expect(shape, what).toEqual(known);
    else shapes.set(res.status, shape);
  };
}

const query = (text: string) => encodeURIComponent(text);

describe("naughty strings in what is read", () => {
  it("as a search query", LONG, async () => {
    // The search page's shapes: nothing searched yet (or nothing searchable),
    // no matches, and a query that is too long.
    const shapes = new Set<string>();
    for (const q of ["", "zzqq", "x".repeat(201)]) {
      shapes.add(JSON.stringify(await shapeOf(await (await send(`/search?q=${q}`)).text())));
    }
    expect(shapes.size).toBeGreaterThanOrEqual(2);
    await forEachInChunks(naughtyStrings, async (text, index) => {
      await expectHandled(await send(`/api/search?q=${query(text)}`), `api #${index}`);
      const res = await send(`/search?q=${query(text)}`);
      expect(res.status).toBeLessThan(500);
      const shape = JSON.stringify(await shapeOf(await res.text()));
      expect(shapes.has(shape), `page #${index}: ${JSON.stringify(text)}: ${shape}`).toBe(true);
    });
  });

  it("as a cursor", LONG, async () => {
    const feed = pageShapes();
    await forEachInChunks(naughtyStrings, async (text, index) => {
      for (const path of ["/api/posts", "/api/search?q=notes&"]) {
        const separator = path.endsWith("&") ? "" : "?";
        await expectHandled(await send(`${path}${separator}cursor=${query(text)}`), `${path} #${index}`);
      }
      await feed(await send(`/?cursor=${query(text)}`), `page #${index}`);
    });
  });

  it("as an id or slug in a path", LONG, async () => {
    const post = pageShapes();
    const category = pageShapes();
    await forEachInChunks(naughtyStrings, async (text, index) => {
      const id = query(text);
      for (const path of [`/api/posts/${id}`, `/api/posts/${id}/status`, `/api/flags/${id}`]) {
        await expectHandled(await send(path), `${path} #${index}`);
      }
      await expectHandled(await postJsonTo(`/api/posts/${id}/resonates`, {}), `resonate #${index}`);
      await post(await send(`/p/${id}`), `post page #${index}`);
      await category(await send(`/c/${id}`), `category page #${index}`);
    });
  });

  it("as a header value", LONG, async () => {
    const sendable = naughtyStrings.filter((text) => {
      try {
        new Headers({ "X-Test": text });
        return true;
      } catch {
        return false; // not a valid header value: no client can send it
      }
    });
    expect(sendable.length).toBeGreaterThan(100);
    await forEachInChunks(sendable, async (text, index) => {
      const post = await postJsonTo(
        "/api/posts",
        { body: reflection("naughty headers"), category: "burnout" },
        { "Idempotency-Key": text, "CF-Connecting-IP": text || randomAddress(), "X-D1-Bookmark": text },
      );
      await expectHandled(post, `post #${index}`);
      const status = await send("/api/posts/abc/status", { headers: { Authorization: `Bearer ${text}` } });
      await expectHandled(status, `status #${index}`);
      const queue = await send("/api/mod/queue", { headers: { Cookie: `__Host-session=${text}`, Origin: ORIGIN } });
      await expectHandled(queue, `queue #${index}`);
      const read = await send("/api/posts", { headers: { "X-D1-Bookmark": text, "Accept-Language": text } });
      await expectHandled(read, `read #${index}`);
    });
  });
});
