import { describe, expect, it } from "vitest";
import { posts } from "../../src/db/schema";
import { findPost } from "../../src/posts/queries";
import { db, postForm, randomAddress, reflection, request, seedPost } from "../support/app";
import { withinOneLimiterWindow } from "../support/limits";

const CRISIS = "I want to end my life and I don't know who else to tell. I spend all day keeping other people alive.";

function compose(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return postForm("/new", { category: "burnout", role: "", idempotencyKey: crypto.randomUUID(), ...fields }, headers);
}

/** The delete token shown on the page after submitting. */
function tokenOn(page: string): string {
  const token = page.match(/id="delete-token"[^>]*>([A-Za-z0-9_-]+)<\/textarea>/)?.[1];
  if (!token) throw new Error("no delete token on the page");
  return token;
}

function postCount(): Promise<number> {
  return db().$count(posts);
}

describe("GET /new", () => {
  it("renders the composer with a label for every control and is never cached", async () => {
    const res = await request("/new");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const page = await res.text();
    for (const id of ["body", "category", "role"]) {
      expect(page).toContain(`<label for="${id}">`);
      expect(page).toContain(`id="${id}"`);
    }
    expect(page).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
    expect(page).toContain('<option value="gratitude">Why I stay</option>');
  });
});

describe("the delete token's bookmarkable link", () => {
  it("carries the token in the fragment only, as a link and as a field to copy", async () => {
    const page = await (await compose({ body: reflection("a post whose link is kept") })).text();
    const token = tokenOn(page);
    expect(page).toContain(`<a href="/status#token=${token}">this link to your post&#39;s status</a>`);
    expect(page).toMatch(
      new RegExp(`id="status-link"[^>]*>https://closed-door\\.test/status#token=${token}</textarea>`),
    );
    expect(page).not.toMatch(new RegExp(`[?&]token=${token}`));
  });
});

describe("POST /new", () => {
  it("publishes and shows the delete token once, which then opens the author's status", async () => {
    const res = await compose({ body: reflection("a published form post") });
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const page = await res.text();
    expect(page).toContain("Save your delete token now");
    const token = tokenOn(page);
    const id = page.match(/href="\/p\/([0-9a-z]+)"/)?.[1] ?? "";
    expect((await findPost(db(), id))?.status).toBe("published");
    const status = await request(`/api/posts/${id}/status`, { headers: { Authorization: `Bearer ${token}` } });
    expect(status.status).toBe(200);
  });

  it("refuses a phone number, stores nothing, and shows the text again with the number marked and explained", async () => {
    const before = await postCount();
    const body = "A client left a voicemail at 555-201-7730 and I listened to it four times before calling back.";
    const res = await compose({ body, category: "boundaries" });
    // A form shown again with what to change is a good page (200); the API answers 422.
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(await postCount()).toBe(before);
    expect(page).toMatch(/<mark class="kind-identifying"[^>]*>555-201-7730<sup/);
    expect(page).toContain("This looks like a phone or fax number.");
    expect(page).toContain(`>${body}</textarea>`);
    expect(page).toMatch(/<option value="boundaries" selected="">/);
  });

  it("holds a crisis post and shows the crisis resources before anything else", async () => {
    // Unique, and no random digits: a UUID can hold a digit run the pipeline reads as an identifier.
    const res = await compose({ body: `${CRISIS} ${reflection("a hard night")}` });
    expect(res.status).toBe(202);
    const page = await res.text();
    const crisisAt = page.indexOf('class="crisis"');
    expect(crisisAt).toBeGreaterThan(0);
    expect(crisisAt).toBeLessThan(page.indexOf("Your post is held for a moderator"));
    expect(page).toContain("988");
    expect(page).toMatch(/<mark class="kind-crisis"/);
    tokenOn(page);
  });

  it("keeps what was typed when it is too short, and says why next to the field", async () => {
    const res = await compose({ body: "Too short." });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(">Too short.</textarea>");
    expect(page).toMatch(/id="body-issue">Write at least 20 characters\./);
    expect(page).toContain('aria-invalid="true"');
  });

  it("asks for a category in the author's words when none was chosen", async () => {
    const res = await compose({ body: "A long enough reflection about the week.", category: "" });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('id="category-issue">Choose a category for your reflection.</p>');
    expect(page).not.toContain("slug");
    expect(page).not.toContain("&#39;burnout&#39;");
  });

  it("answers a resubmitted form with the first answer and stores one post", async () => {
    const fields = { body: reflection("a resubmitted form"), idempotencyKey: crypto.randomUUID() };
    const address = randomAddress();
    const first = await compose(fields, { "CF-Connecting-IP": address });
    const second = await compose(fields, { "CF-Connecting-IP": address });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(tokenOn(await second.text())).toBe(tokenOn(await first.text()));
  });

  it("keeps the text when the minute's limit is reached, with Retry-After", async () => {
    // A fresh address each try: the two posts must fall in one window of the limiter's minute.
    const { first, body, res } = await withinOneLimiterWindow(async () => {
      const address = randomAddress();
      const first = await compose({ body: reflection("first") }, { "CF-Connecting-IP": address });
      const body = reflection("second, too soon");
      return { first, body, res: await compose({ body }, { "CF-Connecting-IP": address }) };
    });
    expect(first.status).toBe(201);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const page = await res.text();
    expect(page).toContain(`>${body}</textarea>`);
    expect(page).toContain("One post a minute");
  });

  it("refuses a form sent from another site", async () => {
    const before = await postCount();
    const res = await compose(
      { body: reflection("forged") },
      { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    );
    expect(res.status).toBe(403);
    expect(await postCount()).toBe(before);
  });

  it("escapes what the author wrote when showing it back", async () => {
    const res = await compose({ body: `<img src=x onerror=alert(1)> <script>alert(2)</script> call 555-201-7730` });
    const page = await res.text();
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("<script>alert");
  });
});

describe("the status page", () => {
  it("shows a held post's reasons from the token alone, and deletes it only when confirmed", async () => {
    const post = await seedPost({
      status: "pending",
      body: "We met on March 3, 2024 and nothing has been the same since then, honestly.",
      reasons: [
        {
          rule: "full-date",
          kind: "identifying",
          action: "hold",
          message: "This looks like a specific date.",
          start: 10,
          end: 23,
        },
      ],
    });
    const shown = await postForm("/status", { token: ` ${post.deleteToken} ` });
    expect(shown.status).toBe(200);
    expect(shown.headers.get("Cache-Control")).toBe("no-store");
    const page = await shown.text();
    expect(page).toContain('data-status="pending"');
    expect(page).toMatch(/<mark class="kind-identifying"[^>]*>March 3, 2024<sup/);

    const unconfirmed = await postForm("/status/delete", { token: post.deleteToken });
    expect(await unconfirmed.text()).toContain("Tick the box to confirm");
    expect(await findPost(db(), post.id)).toBeDefined();

    const deleted = await postForm("/status/delete", { token: post.deleteToken, confirm: "yes" });
    expect(deleted.status).toBe(200);
    expect(await deleted.text()).toContain("Your post is gone for good");
    expect(await findPost(db(), post.id)).toBeUndefined();
  });

  it("shows a removed post's reason", async () => {
    const post = await seedPost({ status: "removed", removedReason: "It named a school." });
    const page = await (await postForm("/status", { token: post.deleteToken })).text();
    expect(page).toContain("Removed by a moderator");
    expect(page).toContain("<q>It named a school.</q>");
  });

  it("answers an unknown or malformed token with the form again, saying so", async () => {
    for (const token of ["", "x".repeat(43), "not a token!"]) {
      const res = await postForm("/status", { token });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("No post has this token.");
    }
  });
});
