import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, postJson, randomAddress, reflection, request } from "../support/app";

type Created = { post: { id: string; status: string }; deleteToken: string; moderation: { decision: string } };

const postsWithBody = (body: string) =>
  env.DB.prepare("SELECT COUNT(*) AS n FROM posts WHERE body = ?").bind(body).first<number>("n");

describe("POST /api/posts with an Idempotency-Key", () => {
  it("answers a retry with the first answer and stores one post", async () => {
    const body = reflection("retries");
    const headers = { "Idempotency-Key": crypto.randomUUID(), "CF-Connecting-IP": randomAddress() };
    const first = await postJson("/api/posts", { body, category: "burnout" }, headers);
    const retry = await postJson("/api/posts", { body, category: "burnout" }, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    const [a, b] = [await first.json<Created>(), await retry.json<Created>()];
    expect(b).toEqual(a);
    expect(await postsWithBody(body)).toBe(1);
  });

  it("replays a held answer as 202, and its delete token works", async () => {
    const body = "My client Abernathy laughed for the first time in months, and so did I.";
    const headers = { "Idempotency-Key": crypto.randomUUID(), "CF-Connecting-IP": randomAddress() };
    const first = await (await postJson("/api/posts", { body, category: "lessons" }, headers)).json<Created>();
    const retry = await postJson("/api/posts", { body, category: "lessons" }, headers);
    expect(retry.status).toBe(202);
    const replayed = await retry.json<Created>();
    expect(replayed.deleteToken).toBe(first.deleteToken);
    const deleted = await request(`/api/posts/${first.post.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${replayed.deleteToken}` },
    });
    expect(deleted.status).toBe(204);
  });

  it("stores one post when a client's requests with one key race; a retry gets the first answer", async () => {
    const body = reflection("races");
    const headers = { "Idempotency-Key": crypto.randomUUID(), "CF-Connecting-IP": randomAddress() };
    const answers = await Promise.all(
      [1, 2, 3].map(() => postJson("/api/posts", { body, category: "burnout" }, headers)),
    );
    // The first stores the post; the others replay it, or, if they arrived before it was stored, meet the client's
    // one-a-minute limit and are told to try again.
    const statuses = answers.map((res) => res.status);
    expect(statuses.every((status) => status === 201 || status === 429)).toBe(true);
    const stored = await Promise.all(answers.filter((res) => res.status === 201).map((res) => res.json<Created>()));
    const ids = new Set(stored.map((answer) => answer.post.id));
    expect(ids.size).toBe(1);
    expect(await postsWithBody(body)).toBe(1);
    const retry = await postJson("/api/posts", { body, category: "burnout" }, headers);
    expect(retry.status).toBe(201);
    expect((await retry.json<Created>()).post.id).toBe([...ids][0]);
  });

  it("refuses the same key for a different post from the same client with 409", async () => {
    const headers = { "Idempotency-Key": crypto.randomUUID(), "CF-Connecting-IP": randomAddress() };
    await postJson("/api/posts", { body: reflection(), category: "burnout" }, headers);
    const other = await postJson("/api/posts", { body: reflection(), category: "burnout" }, headers);
    expect(other.status).toBe(409);
    expect((await other.json<ErrorBody>()).error.code).toBe("conflict");
  });

  it("does not replay a refusal: nothing was stored, so the retry is judged again", async () => {
    const key = crypto.randomUUID();
    const body = "Her number is 555-201-7788 and she texts me at midnight.";
    expect((await postJson("/api/posts", { body, category: "boundaries" }, { "Idempotency-Key": key })).status).toBe(
      422,
    );
    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM idempotency_records").first<number>("n");
    expect((await postJson("/api/posts", { body, category: "boundaries" }, { "Idempotency-Key": key })).status).toBe(
      422,
    );
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM idempotency_records").first<number>("n")).toBe(count);
  });

  it("takes a key past its 24 hours as new", async () => {
    const key = crypto.randomUUID();
    const first = await postJson("/api/posts", { body: reflection(), category: "burnout" }, { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    await env.DB.prepare("UPDATE idempotency_records SET created_at = created_at - ?")
      .bind(25 * 60 * 60 * 1000)
      .run();
    const later = await postJson("/api/posts", { body: reflection(), category: "burnout" }, { "Idempotency-Key": key });
    expect(later.status).toBe(201);
    expect((await later.json<Created>()).post.id).not.toBe((await first.json<Created>()).post.id);
  });

  it("replays nothing to another client that sends the same key and body: no answer, no token, one post", async () => {
    const body = reflection("borrowed key");
    const key = crypto.randomUUID();
    const first = await (
      await postJson("/api/posts", { body, category: "burnout" }, { "Idempotency-Key": key })
    ).json<Created>();
    const borrowed = await postJson("/api/posts", { body, category: "burnout" }, { "Idempotency-Key": key });
    const text = await borrowed.text();
    expect(text).not.toContain(first.deleteToken);
    expect(text).not.toContain(first.post.id);
    expect(await postsWithBody(body)).toBe(1);
  });

  it("tells another client nothing of a key used with another body: no 409", async () => {
    const key = crypto.randomUUID();
    await postJson("/api/posts", { body: reflection(), category: "burnout" }, { "Idempotency-Key": key });
    const other = await postJson("/api/posts", { body: reflection(), category: "burnout" }, { "Idempotency-Key": key });
    expect(other.status).toBe(201);
  });

  it("forgets the answer, body and all, when the author deletes the post", async () => {
    const body = reflection("deleted then retried");
    const headers = { "Idempotency-Key": crypto.randomUUID(), "CF-Connecting-IP": randomAddress() };
    const first = await (await postJson("/api/posts", { body, category: "burnout" }, headers)).json<Created>();
    const deleted = await request(`/api/posts/${first.post.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${first.deleteToken}` },
    });
    expect(deleted.status).toBe(204);
    const kept = await env.DB.prepare("SELECT COUNT(*) AS n FROM idempotency_records WHERE post_id = ?")
      .bind(first.post.id)
      .first<number>("n");
    expect(kept).toBe(0);
  });

  it("refuses a malformed key", async () => {
    const res = await postJson(
      "/api/posts",
      { body: reflection(), category: "burnout" },
      { "Idempotency-Key": "has spaces" },
    );
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toBe("Idempotency-Key");
  });

  it("is not held up by the one-a-minute limit when retried from the same address", async () => {
    const address = randomAddress();
    const key = crypto.randomUUID();
    const payload = { body: reflection(), category: "burnout" };
    const headers = { "Idempotency-Key": key, "CF-Connecting-IP": address };
    expect((await postJson("/api/posts", payload, headers)).status).toBe(201);
    expect((await postJson("/api/posts", payload, headers)).status).toBe(201);
  });
});
