import { describe, expect, it } from "vitest";
import { findPost } from "../../src/posts/queries";
import { db, postForm, randomAddress, request, seedPost } from "../support/app";

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
