import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, ORIGIN, randomAddress, reflection, request, seedPost } from "../support/app";

/**
 * Bodies no honest client sends: bytes that are not UTF-8, 10 MB, a stream
 * with no Content-Length, deep nesting, an array, duplicate keys. Each gets
 * a 4xx in the error shape (or, for duplicate keys, one defined reading),
 * never a 5xx, and nothing is stored.
 */

const encoder = new TextEncoder();
const MB = 1024 * 1024;

/** A POST of raw bytes or a stream, from a client of its own. */
function send(path: string, body: BodyInit, type = "application/json", headers: Record<string, string> = {}) {
  return request(path, {
    method: "POST",
    headers: { "Content-Type": type, "CF-Connecting-IP": randomAddress(), Origin: ORIGIN, ...headers },
    body,
    // A stream body must say it is one (the fetch standard's half-duplex).
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body sent in chunks with no Content-Length (chunked transfer encoding). */
function chunked(parts: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const part = parts.shift();
      if (part) controller.enqueue(part);
      else controller.close();
    },
  });
}

const postCount = async () => (await env.DB.prepare("SELECT count(*) AS n FROM posts").first<number>("n")) ?? 0;

async function expectRefused(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  const { error } = await res.json<ErrorBody>();
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
}

describe("hostile request bodies", () => {
  it("refuses bytes that are not UTF-8 instead of storing U+FFFD in their place", async () => {
    const post = await seedPost();
    const before = await postCount();
    const prefix = encoder.encode(`{"body":"${reflection()} `);
    const bytes = new Uint8Array([...prefix, 0xff, 0xfe, 0xc3, 0x28, ...encoder.encode('","category":"burnout"}')]);
    await expectRefused(await send("/api/posts", bytes), 400, "invalid_request");
    const note = new Uint8Array([...encoder.encode('{"reason":"other","note":"'), 0xed, 0xa0, 0x80, 0x22, 0x7d]);
    await expectRefused(await send(`/api/posts/${post.id}/flags`, note), 400, "invalid_request");
    // A form's percent-escapes can spell the same bytes.
    const form = await send(
      "/new",
      `body=${encodeURIComponent(reflection())}%FF%FE&category=burnout`,
      "application/x-www-form-urlencoded",
      {
        "Sec-Fetch-Site": "same-origin",
      },
    );
    expect(form.status).toBe(400);
    expect(await form.text()).toContain("not valid UTF-8");
    expect(await postCount()).toBe(before);
  });

  it("still takes a valid UTF-8 post, with a byte-order mark or without", async () => {
    const body = JSON.stringify({ body: `${reflection()} ünïcødé ✓ 👩‍⚕️`, category: "burnout" });
    expect((await send("/api/posts", encoder.encode(body))).status).toBe(201);
    const withBom = JSON.stringify({ body: reflection(), category: "burnout" });
    expect((await send("/api/posts", new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(withBom)]))).status).toBe(201);
  });

  it("answers 10 MB with 413, whether it says its length or streams it", async () => {
    const before = await postCount();
    const huge = `{"body":"${"x".repeat(10 * MB)}","category":"burnout"}`;
    await expectRefused(await send("/api/posts", huge), 413, "payload_too_large");
    const parts = [
      encoder.encode('{"body":"'),
      ...Array.from({ length: 160 }, () => encoder.encode("y".repeat(64 * 1024))),
    ];
    await expectRefused(await send("/api/posts", chunked(parts)), 413, "payload_too_large");
    expect(await postCount()).toBe(before);
  });

  it("reads a small body sent in chunks with no Content-Length like any other", async () => {
    const json = JSON.stringify({ body: reflection("chunks"), category: "burnout" });
    const parts = [json.slice(0, 7), json.slice(7, 40), json.slice(40)].map((part) => encoder.encode(part));
    const res = await send("/api/posts", chunked(parts));
    expect(res.status).toBe(201);
  });

  it("refuses deeply nested JSON, a JSON array and JSON that is not an object", async () => {
    const before = await postCount();
    const nested = `{"body":${"[".repeat(30_000)}${"]".repeat(30_000)},"category":"burnout"}`;
    await expectRefused(await send("/api/posts", nested), 400, "invalid_request");
    const deepObject = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    await expectRefused(await send("/api/posts", deepObject), 400, "invalid_request");
    for (const value of ["[]", `["${reflection()}","burnout"]`, "null", "42", '"a string"', "true"]) {
      await expectRefused(await send("/api/posts", value), 400, "invalid_request");
    }
    await expectRefused(
      await send("/api/posts", `{"__proto__":{"admin":true},"body":"${reflection()}","category":"burnout"}`),
      400,
      "invalid_request",
    );
    expect(await postCount()).toBe(before);
  });

  it("reads duplicate keys one defined way (the last wins, as JSON.parse does) and stores what it answers", async () => {
    const first = reflection("the first key");
    const last = reflection("the last key");
    const res = await send(
      "/api/posts",
      `{"body":"${first}","category":"gratitude","body":"${last}","category":"burnout"}`,
    );
    expect(res.status).toBe(201);
    const { post } = await res.json<{ post: { id: string; body: string; category: string } }>();
    expect(post).toMatchObject({ body: last, category: "burnout" });
    const row = await env.DB.prepare("SELECT body, category FROM posts WHERE id = ?").bind(post.id).first();
    expect(row).toEqual({ body: last, category: "burnout" });
  });
});
