import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { posts } from "../../src/db/schema";
import { findPost } from "../../src/posts/queries";
import { db, postForm, randomAddress } from "../support/app";
import { formOf } from "../support/html";
import { withinOneLimiterWindow } from "../support/limits";

const CRISIS = "I want to end my life and I don't know who else to tell.";

/** Submits a post through the composer; the page after it, and the held post's id. */
async function held(body: string, headers: Record<string, string> = {}) {
  const fields = { body, category: "frustration", role: "", idempotencyKey: crypto.randomUUID() };
  const res = await postForm("/new", fields, headers);
  expect(res.status).toBe(202);
  const page = await res.text();
  const token = page.match(/id="delete-token"[^>]*>([A-Za-z0-9_-]+)<\/textarea>/)?.[1] ?? "";
  const post = await db().select().from(posts).where(eq(posts.body, body)).get();
  return { page, token, id: post?.id ?? "" };
}

function newPostOn(page: string): string {
  return page.match(/href="\/p\/([0-9a-z]+)"/)?.[1] ?? "";
}

describe("the page after a held post", () => {
  it("offers the de-identified version, sent with the delete token to withdraw the held post", async () => {
    const { page, token } = await held("Brandon Keller no-showed again and I am so tired of this week");
    expect(page).toContain("waits for a moderator");
    const { action, fields } = await formOf(page, "section.suggestion form");
    expect(action).toBe("/status/replace");
    expect(fields).toMatchObject({
      body: "A client no-showed again and I am so tired of this week",
      token,
      category: "frustration",
      role: "",
    });
  });

  it("offers nothing for a crisis hold", async () => {
    const { page } = await held(`${CRISIS} Brandon Keller no-showed again.`);
    expect(page).toContain('class="crisis"');
    expect(page).not.toContain('class="review suggestion"');
    expect(page).not.toContain("/status/replace");
  });
});

describe("POST /status/replace", () => {
  it("deletes the held post and publishes the new version, once even when sent twice", async () => {
    const first = await held("Brandon Keller cancelled again and honestly I am relieved, which tells me something.");
    const { fields } = await formOf(first.page, "section.suggestion form");
    const address = randomAddress();
    const res = await postForm("/status/replace", fields, { "CF-Connecting-IP": address });
    expect(res.status).toBe(201);
    const page = await res.text();
    expect(page).toContain("Your reflection is on the board.");
    expect(await findPost(db(), first.id)).toBeUndefined();
    const replacement = await findPost(db(), newPostOn(page));
    expect(replacement).toMatchObject({ status: "published", category: "frustration" });
    expect(replacement?.body).toMatch(/^A client cancelled again/);

    const again = await postForm("/status/replace", fields, { "CF-Connecting-IP": address });
    expect(again.status).toBe(201);
    expect(newPostOn(await again.text())).toBe(replacement?.id);
  });

  it("shows the new version's own hold", async () => {
    const first = await held("Brandon Keller rescheduled twice today and I still have three notes left to write.");
    const { fields } = await formOf(first.page, "section.suggestion form");
    const res = await postForm("/status/replace", { ...fields, body: "Linda Alvarez rescheduled twice today, ugh." });
    expect(res.status).toBe(202);
    expect(await res.text()).toContain("Your post is held for a moderator");
    expect(await findPost(db(), first.id)).toBeUndefined();
  });

  it("keeps the held post, and the author's edit, when the version cannot be sent", async () => {
    const first = await held("Brandon Keller forgot his homework again and I pretended not to mind at all.");
    const { fields } = await formOf(first.page, "section.suggestion form");
    const res = await postForm("/status/replace", { ...fields, body: "Too short." });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Write at least 20 characters.");
    expect((await formOf(page, "section.suggestion form")).fields.body).toBe("Too short.");
    expect((await findPost(db(), first.id))?.status).toBe("pending");
  });

  it("keeps the held post within the minute's limit, so the same form works a minute later", async () => {
    // A fresh address and post each try: the post and its replacement must fall in one window of the limiter's minute.
    let tries = 0;
    const { first, fields, res } = await withinOneLimiterWindow(async () => {
      const address = randomAddress();
      tries++;
      const first = await held(`Brandon Keller asked about my weekend and I froze, try ${tries}.`, {
        "CF-Connecting-IP": address,
      });
      const { fields } = await formOf(first.page, "section.suggestion form");
      return { first, fields, res: await postForm("/status/replace", fields, { "CF-Connecting-IP": address }) };
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const page = await res.text();
    expect(page).toContain("One post a minute");
    expect((await formOf(page, "section.suggestion form")).fields).toEqual(fields);
    expect((await findPost(db(), first.id))?.status).toBe("pending");
  });

  it("withdraws the held post and shows the composer when the version is refused", async () => {
    const first = await held("Brandon Keller brought cookies again and I did not know what to do with them.");
    const { fields } = await formOf(first.page, "section.suggestion form");
    const body = "A client brought cookies again; call 555-201-7788 if you know what to do with them.";
    const res = await postForm("/status/replace", { ...fields, body });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Your held post was withdrawn");
    expect(page).toMatch(/<mark class="kind-identifying"[^>]*>555-201-7788<sup/);
    expect((await formOf(page, "section.suggestion form")).action).toBe("/new");
    expect(await findPost(db(), first.id)).toBeUndefined();
  });

  it("replaces nothing without the held post's token", async () => {
    const res = await postForm("/status/replace", {
      token: "x".repeat(43),
      body: "A client no-showed again and I am so tired of this week",
      category: "frustration",
      role: "",
      idempotencyKey: crypto.randomUUID(),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("No post has this token.");
  });
});
