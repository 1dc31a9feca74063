import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/errors";
import { flaggingServices, flagPost } from "../../src/flags/file";
import { earlierAnswer, postingServices, submitPost } from "../../src/posts/submit";
import { addResonance, resonatingServices } from "../../src/resonates/add";
import { db, reflection, seedPost } from "../support/app";

/**
 * The services behind posting, flagging and resonating take what they need
 * (the deployment's bindings and a client's key), not a request, so they are
 * called here as a job or a script would call them.
 */

const clientNamed = (name: string) => ({ key: `${name}-${crypto.randomUUID()}`, now: Date.now() });
const posting = () => postingServices(env, db());

describe("submitPost, called without a request", () => {
  it("stores a post, and answers a second one from the same client within the minute with 429", async () => {
    const client = clientNamed("author");
    const { status, body } = await submitPost(posting(), client, { body: reflection(), category: "burnout" });
    expect(status).toBe(201);
    const stored = await env.DB.prepare("SELECT status FROM posts WHERE id = ?").bind(body.post.id).first();
    expect(stored).toEqual({ status: "published" });
    const again = submitPost(posting(), client, { body: reflection("the intake forms"), category: "burnout" });
    await expect(again).rejects.toMatchObject({ status: 429, code: "rate_limited" });
  });

  it("keeps the day cap its services name", async () => {
    const capped = { ...posting(), postsPerDay: 0 };
    const refused = submitPost(capped, clientNamed("capped"), { body: reflection(), category: "burnout" });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 429 });
  });

  it("answers a retry with its first answer, and earlierAnswer finds it for that client only", async () => {
    const client = clientNamed("retrying");
    const submission = { body: reflection("a retry"), category: "lessons" };
    const options = { idempotencyKey: crypto.randomUUID() };
    const first = await submitPost(posting(), client, submission, options);
    const replay = await submitPost(posting(), client, submission, options);
    expect(replay.body.post.id).toBe(first.body.post.id);
    expect(replay.body.deleteToken).toBe(first.body.deleteToken);
    expect((await earlierAnswer(posting(), client, submission, options))?.body.post.id).toBe(first.body.post.id);
    expect(await earlierAnswer(posting(), clientNamed("someone else"), submission, options)).toBeNull();
  });
});

describe("flagPost and addResonance, called without a request", () => {
  it("give a receipt once per reader, and count a reader's resonates once", async () => {
    const post = await seedPost();
    const reader = clientNamed("reader");
    const flagging = flaggingServices(env, db());
    const first = await flagPost(flagging, reader, post.id, { reason: "spam", note: null });
    expect(first.receipt).toMatch(/^[\w-]{20,}$/);
    expect((await flagPost(flagging, reader, post.id, { reason: "spam", note: null })).receipt).toBeNull();
    const resonating = resonatingServices(env, db());
    expect(await addResonance(resonating, reader, post.id)).toEqual({ resonates: 1, added: true });
    expect(await addResonance(resonating, reader, post.id)).toEqual({ resonates: 1, added: false });
    expect(await addResonance(resonating, clientNamed("another reader"), post.id)).toEqual({
      resonates: 2,
      added: true,
    });
  });
});
