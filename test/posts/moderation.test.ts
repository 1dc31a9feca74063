import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findPost } from "../../src/posts/queries";
import { db, postJson, reflection, request } from "../support/app";

type Reason = { rule: string; kind: string; action: string; message: string; start: number; end: number };
type Answer = {
  post: { id: string; status: string; body: string };
  deleteToken: string;
  moderation: { decision: string; reasons: Reason[]; resources?: { name: string; url: string }[] };
};
type Refusal = { error: { code: string; message: string; reasons: Reason[] } };

const postCount = () => env.DB.prepare("SELECT COUNT(*) AS n FROM posts").first<number>("n");

describe("POST /api/posts through the moderation pipeline", () => {
  it("refuses a phone number with 422, the words by offsets, and stores nothing", async () => {
    const before = await postCount();
    const body = "A client left a voicemail asking me to call back at 555-867-5309 after hours.";
    const res = await postJson("/api/posts", { body, category: "boundaries" });
    expect(res.status).toBe(422);
    const { error } = await res.json<Refusal>();
    expect(error.code).toBe("refused");
    expect(error.reasons).toHaveLength(1);
    const [reason] = error.reasons;
    expect(reason).toMatchObject({ rule: "phone", kind: "identifying", action: "refuse" });
    expect(body.slice(reason?.start, reason?.end)).toBe("555-867-5309");
    expect(reason?.message).toMatch(/phone or fax number.*identify a client/);
    expect(await postCount()).toBe(before);
  });

  it("gives offsets into the normalized text the author sees", async () => {
    const res = await postJson("/api/posts", {
      body: "  Honestly   my\u200B client emailed  me from jane.doe@example.org again.",
      category: "boundaries",
    });
    const { error } = await res.json<Refusal>();
    const normalized = "Honestly my client emailed me from jane.doe@example.org again.";
    const email = error.reasons.find((reason) => reason.rule === "email");
    expect(normalized.slice(email?.start, email?.end)).toBe("jane.doe@example.org");
  });

  it("holds a name in client context with 202, stored as pending with its reasons", async () => {
    const res = await postJson("/api/posts", {
      body: "My client Abernathy finally said the thing we had circled for months. I held my breath.",
      category: "lessons",
    });
    expect(res.status).toBe(202);
    const answer = await res.json<Answer>();
    expect(answer.post.status).toBe("pending");
    expect(answer.deleteToken).toEqual(expect.any(String));
    expect(answer.moderation.decision).toBe("hold");
    expect(answer.moderation.reasons.map((reason) => reason.rule)).toEqual(["client-name"]);
    expect(answer.moderation.resources).toBeUndefined();

    const row = await findPost(db(), answer.post.id);
    expect(row?.status).toBe("pending");
    expect(row?.reasons).toEqual(answer.moderation.reasons);
  });

  it("keeps a held post out of the feed, its page and the counts", async () => {
    const res = await postJson("/api/posts", {
      body: "Mr. Whitcombe brought his dog to session again and I did not have the heart to say no.",
      category: "boundaries",
    });
    const { post } = await res.json<Answer>();
    expect((await request(`/api/posts/${post.id}`)).status).toBe(404);
    expect((await request(`/p/${post.id}`)).status).toBe(404);
    const feed = await (await request("/api/posts?category=boundaries&limit=50")).json<{ posts: { id: string }[] }>();
    expect(feed.posts.map((each) => each.id)).not.toContain(post.id);
  });

  it("holds first-person crisis and answers with crisis resources", async () => {
    const res = await postJson("/api/posts", {
      body: "Nobody at work knows. I have the pills counted out and I keep looking at them after my last client leaves.",
      category: "burnout",
    });
    expect(res.status).toBe(202);
    const { moderation, post } = await res.json<Answer>();
    expect(post.status).toBe("pending");
    expect(moderation.reasons.some((reason) => reason.kind === "crisis")).toBe(true);
    expect(moderation.resources?.map((resource) => resource.url)).toEqual([
      "https://988lifeline.org",
      "https://findahelpline.com",
    ]);
    expect(moderation.resources?.[0]?.name).toContain("988");
  });

  it("publishes clinical talk about suicide and plain profanity", async () => {
    for (const body of [
      "Wrote three safety plans today for clients with suicidal ideation. Heavy, but that is the work.",
      "This fucking paperwork is going to outlive me. Four authorizations before lunch.",
    ]) {
      const res = await postJson("/api/posts", { body, category: "paperwork" });
      expect(res.status).toBe(201);
      expect((await res.json<Answer>()).moderation).toEqual({ decision: "publish", reasons: [] });
    }
  });

  it("refuses a duplicate of a post from the last 24 hours, however it is spaced or cased", async () => {
    const body = reflection("duplicates");
    expect((await postJson("/api/posts", { body, category: "frustration" })).status).toBe(201);
    const again = await postJson("/api/posts", { body: `  ${body.toUpperCase()}!! `, category: "gratitude" });
    expect(again.status).toBe(422);
    const { error } = await again.json<Refusal>();
    expect(error.reasons.map((reason) => reason.rule)).toEqual(["duplicate"]);
  });

  it("says nothing of a held post with the same words: a duplicate is only ever of a published post", async () => {
    const body = "My client Abernathy finally said the thing out loud today. I held it together until the car.";
    expect((await postJson("/api/posts", { body, category: "lessons" })).status).toBe(202);
    const again = await postJson("/api/posts", { body, category: "lessons" });
    expect(again.status).toBe(202);
    expect(JSON.stringify(await again.json())).not.toContain("duplicate");
  });

  it("publishes the same text again once the first is more than a day old", async () => {
    const body = reflection("old duplicates");
    const first = await (await postJson("/api/posts", { body, category: "frustration" })).json<Answer>();
    await env.DB.prepare("UPDATE posts SET created_at = created_at - ? WHERE id = ?")
      .bind(25 * 60 * 60 * 1000, first.post.id)
      .run();
    expect((await postJson("/api/posts", { body, category: "frustration" })).status).toBe(201);
  });

  it("refuses a refused-and-held mix as refused: the strongest action wins", async () => {
    const res = await postJson("/api/posts", {
      body: "My client Sarah gave me her number, 555-0147, and I had to explain why I can't text.",
      category: "boundaries",
    });
    expect(res.status).toBe(422);
    const { error } = await res.json<Refusal>();
    expect(error.reasons.map((reason) => [reason.rule, reason.action])).toEqual([
      ["client-name", "hold"],
      ["phone", "refuse"],
    ]);
  });
});
