import { describe, expect, it } from "vitest";
import { postForm, randomAddress, request, seedPost } from "../support/app";
import { html } from "../support/html";

describe("POST /p/:id/flag and the receipt page", () => {
  it("files the report and sends the reader to a receipt page that follows its outcome", async () => {
    const post = await seedPost();
    const res = await postForm(`/p/${post.id}/flag`, { reason: "identifying", note: "It names the school." });
    expect(res.status).toBe(303);
    const receipt = res.headers.get("Location") ?? "";
    expect(receipt).toMatch(/^\/flags\/[A-Za-z0-9_-]{43}$/);
    const open = await request(receipt);
    expect(open.headers.get("Cache-Control")).toBe("no-store");
    const page = await open.text();
    expect(page).toContain('data-outcome="open"');
    expect(page).toContain("could identify a client");
    // The receipt is given whole, from the board's own address, ready to bookmark.
    expect(page).toContain(`value="https://closed-door.test${receipt}"`);
    expect(page).toContain(`<a href="https://closed-door.test${receipt}">`);
    expect(page).toContain(`<a href="/p/${post.id}">← Back to the post</a>`);

    // A second reader tips two identifying flags over: the post hides, and the receipt says so, with no way back to a
    // post nobody can read now.
    await postForm(`/p/${post.id}/flag`, { reason: "identifying" });
    const hidden = await (await request(receipt)).text();
    expect(hidden).toContain('data-outcome="hidden"');
    expect(hidden).not.toContain(`href="/p/${post.id}"`);
    expect(hidden).toContain('<a href="/">← Back to the board</a>');
  });

  it("tells a reader who reports a post twice that the first report stands, and gives no second receipt", async () => {
    const post = await seedPost();
    const address = randomAddress();
    const first = await postForm(`/p/${post.id}/flag`, { reason: "spam" }, { "CF-Connecting-IP": address });
    expect(first.status).toBe(303);
    const again = await postForm(`/p/${post.id}/flag`, { reason: "harmful" }, { "CF-Connecting-IP": address });
    expect(again.status).toBe(200);
    expect(again.headers.get("Location")).toBeNull();
    const page = await again.text();
    expect(page).toContain("You have reported this post already");
    expect(page).toContain(`<a href="/p/${post.id}">← Back to the post</a>`);
    expect(page).not.toMatch(/\/flags\/[A-Za-z0-9_-]{43}/);
  });

  it("refuses a report without a known reason, and a receipt that is not one", async () => {
    const post = await seedPost();
    expect((await postForm(`/p/${post.id}/flag`, { reason: "boring" })).status).toBe(400);
    await html("/flags/not-a-receipt", 404);
    await html(`/flags/${"A".repeat(43)}`, 404);
  });

  it("offers the flag form with a labelled choice for every reason", async () => {
    const post = await seedPost();
    const page = await html(`/p/${post.id}`);
    expect(page).toContain(`action="/p/${post.id}/flag"`);
    expect(page.match(/<input type="radio" name="reason"/g)).toHaveLength(5);
    expect(page).toContain('<label for="flag-note">');
  });
});
