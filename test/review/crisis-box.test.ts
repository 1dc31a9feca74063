import { describe, expect, it } from "vitest";
import type { ModerationReason } from "../../src/moderation/pipeline";
import { request, seedPost } from "../support/app";
import { textsOf } from "../support/html";
import { signedInAs } from "../support/mod";

const HOUR = 60 * 60 * 1000;

const reason = (kind: ModerationReason["kind"]): ModerationReason => ({
  rule: kind === "crisis" ? "crisis-intent" : "client-name",
  kind,
  action: "hold",
  message: "held",
  start: 0,
  end: 4,
});

function page(cookie: string, path: string) {
  return request(path, { headers: { Cookie: cookie }, cf: { country: "GB" } });
}

describe("crisis holds on the moderators' pages", () => {
  it("puts a crisis hold before an older hold of another kind, each with how long it has waited", async () => {
    const { cookie } = await signedInAs();
    const now = Date.now();
    const older = await seedPost({
      status: "pending",
      reasons: [reason("identifying")],
      queueRank: 1,
      createdAt: now - 5 * HOUR,
    });
    const crisis = await seedPost({
      status: "pending",
      reasons: [reason("crisis")],
      queueRank: 0,
      createdAt: now - 3 * HOUR,
    });
    const queue = await (await page(cookie, "/mod")).text();
    const crisisAt = queue.indexOf(`id="post-${crisis.id}"`);
    expect(crisisAt).toBeGreaterThan(0);
    expect(crisisAt).toBeLessThan(queue.indexOf(`id="post-${older.id}"`));
    const crisisCard = queue.slice(crisisAt, queue.indexOf(`id="post-${older.id}"`));
    expect(crisisCard).toContain('<span class="waiting">waiting 3 hours</span>');
    expect(queue.slice(queue.indexOf(`id="post-${older.id}"`))).toContain("waiting 5 hours");
  });

  it("shows on a crisis hold's review page what its author was shown, and says the country is not known", async () => {
    const { cookie } = await signedInAs();
    const crisis = await seedPost({ status: "pending", reasons: [reason("crisis")], queueRank: 0 });
    const review = await (await page(cookie, `/mod/posts/${crisis.id}`)).text();
    const [note] = await textsOf(review, ".author-shown p");
    expect(note).toContain("their own country's line if the board knew their country, otherwise the US 988 line");
    expect(note).toContain("Their country is never stored");
    const start = review.indexOf("What the author was shown");
    const box = review.slice(start, review.indexOf("</section>", start));
    // The default list, whatever the moderator's own country.
    expect(box).toContain('href="tel:988"');
    expect(box).toContain('href="https://findahelpline.com"');
    expect(box).not.toContain('href="tel:116123"');
  });

  it("shows no such box for a hold of another kind", async () => {
    const { cookie } = await signedInAs();
    const held = await seedPost({ status: "pending", reasons: [reason("identifying")], queueRank: 1 });
    const review = await (await page(cookie, `/mod/posts/${held.id}`)).text();
    expect(review).not.toContain("What the author was shown");
  });
});
