import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ModerationReason } from "../../src/moderation/pipeline";
import { type ErrorBody, postForm, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

const held: ModerationReason[] = [
  { rule: "name", kind: "identifying", action: "hold", message: "held", start: 0, end: 4 },
];

const heldPost = () => seedPost({ status: "pending", reasons: held, queueRank: 1 });

async function claimRows(postId: string) {
  const { results } = await env.DB.prepare("SELECT moderator_id FROM claims WHERE post_id = ?").bind(postId).all();
  return results;
}

describe("claims", () => {
  it("keep a post to one moderator: the other sees who and until when, and cannot act on it meanwhile", async () => {
    const [alice, bob] = [await signedInAs(), await signedInAs()];
    const post = await heldPost();
    const claimed = await alice.send("POST", `/api/mod/posts/${post.id}/claim`);
    expect(claimed.status).toBe(200);
    const { claim } = await claimed.json<{ claim: { moderator: string; until: string } }>();
    expect(claim.moderator).toBe(alice.moderator.username);
    expect(Date.parse(claim.until) - Date.now()).toBeGreaterThan(14 * 60_000);

    const taken = await bob.send("POST", `/api/mod/posts/${post.id}/claim`);
    expect(taken.status).toBe(409);
    expect((await taken.json<ErrorBody>()).error.message).toContain(
      `${alice.moderator.username} is working on this post`,
    );
    const acted = await bob.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" });
    expect(acted.status).toBe(409);

    const queue = await bob.call("/api/mod/queue?limit=50");
    const { items } = await queue.json<{ items: { post: { id: string }; claim: { moderator: string } | null }[] }>();
    expect(items.find((item) => item.post.id === post.id)?.claim?.moderator).toBe(alice.moderator.username);

    // Renewing one's own claim is fine; acting ends it.
    expect((await alice.send("POST", `/api/mod/posts/${post.id}/claim`)).status).toBe(200);
    expect((await alice.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" })).status).toBe(200);
    expect(await claimRows(post.id)).toEqual([]);
  });

  it("run out by themselves after fifteen minutes, and can be let go", async () => {
    const [alice, bob] = [await signedInAs(), await signedInAs()];
    const post = await heldPost();
    await alice.send("POST", `/api/mod/posts/${post.id}/claim`);
    await env.DB.prepare("UPDATE claims SET expires_at = ? WHERE post_id = ?")
      .bind(Date.now() - 1, post.id)
      .run();
    expect((await bob.send("POST", `/api/mod/posts/${post.id}/claim`)).status).toBe(200);
    // Letting go of someone else's claim leaves it.
    expect((await alice.send("DELETE", `/api/mod/posts/${post.id}/claim`)).status).toBe(204);
    expect(await claimRows(post.id)).toEqual([{ moderator_id: bob.moderator.id }]);
    expect((await bob.send("DELETE", `/api/mod/posts/${post.id}/claim`)).status).toBe(204);
    expect(await claimRows(post.id)).toEqual([]);
    expect((await alice.send("POST", `/api/mod/posts/${post.id}/claim`)).status).toBe(200);
  });

  it("show on the queue's page: one's own with a way to let go, another's with no actions offered", async () => {
    const [alice, bob] = [await signedInAs(), await signedInAs()];
    const post = await heldPost();
    const claimed = await postForm(`/mod/posts/${post.id}/claim`, { claim: "take" }, { Cookie: alice.cookie });
    expect(claimed.status).toBe(303);
    expect(claimed.headers.get("Location")).toBe(`/mod#post-${post.id}`);
    const card = async (cookie: string) => {
      const html = await (await request("/mod", { headers: { Cookie: cookie } })).text();
      return html.slice(html.indexOf(`id="post-${post.id}"`)).split("</article>")[0] ?? "";
    };
    const own = await card(alice.cookie);
    expect(own).toContain("You are working on this post until");
    expect(own).toContain("Let it go");
    expect(own).toContain("Approve and publish");
    const theirs = await card(bob.cookie);
    expect(theirs).toContain(`<strong>${alice.moderator.username}</strong> is working on this post until`);
    expect(theirs).not.toContain("Approve and publish");
    const refused = await postForm(`/mod/posts/${post.id}/claim`, { claim: "take" }, { Cookie: bob.cookie });
    expect(refused.status).toBe(200);
    expect(await refused.text()).toContain("Leave it to them, or wait until then.");
    const released = await postForm(`/mod/posts/${post.id}/claim`, { claim: "release" }, { Cookie: alice.cookie });
    expect(released.status).toBe(303);
    expect(await card(bob.cookie)).toContain("Claim it for 15 minutes");
  });
});
