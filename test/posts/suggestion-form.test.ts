import { describe, expect, it } from "vitest";
import { findPost } from "../../src/posts/queries";
import { db, postForm } from "../support/app";
import { formOf } from "../support/html";

const REFUSED = "A client left a voicemail at 555-201-7788 and I listened to it four times before calling back.";
const SUGGESTED = "A client left a voicemail at their number and I listened to it four times before calling back.";

function compose(fields: Record<string, string>) {
  return postForm("/new", {
    category: "boundaries",
    role: "counselor",
    idempotencyKey: crypto.randomUUID(),
    ...fields,
  });
}

describe("the composer after a refusal", () => {
  it("offers the de-identified version in a form of its own, pre-filled and editable", async () => {
    const res = await compose({ body: REFUSED });
    expect(res.status).toBe(200);
    const page = await res.text();
    const suggestion = await formOf(page, "section.suggestion form");
    expect(suggestion.action).toBe("/new");
    expect(suggestion.fields).toMatchObject({ body: SUGGESTED, category: "boundaries", role: "counselor" });
    const draft = await formOf(page, "form.composer");
    expect(suggestion.fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(suggestion.fields.idempotencyKey).not.toBe(draft.fields.idempotencyKey);
    // The author's own text stays in the composer, below the offer.
    expect(draft.fields.body).toBe(REFUSED);
    expect(page.indexOf('id="suggestion"')).toBeLessThan(page.indexOf('id="body"'));
    expect(page).toContain('<label for="suggestion">');
    expect(page).toContain('aria-describedby="suggestion-hint suggestion-count"');
    expect(page).toContain("Send this version");
  });

  it("publishes the suggested version when its form is sent", async () => {
    const page = await (await compose({ body: `${REFUSED} Twice.` })).text();
    const { fields } = await formOf(page, "section.suggestion form");
    const res = await postForm("/new", fields);
    expect(res.status).toBe(201);
    const published = await res.text();
    const id = published.match(/href="\/p\/([0-9a-z]+)"/)?.[1] ?? "";
    const post = await findPost(db(), id);
    expect(post).toMatchObject({ status: "published", body: `${SUGGESTED} Twice.`, role: "counselor" });
  });

  it("offers nothing to a person in crisis", async () => {
    const body = "I want to end my life and I don't know who else to tell. Call me at 555-201-7788 tonight please.";
    const page = await (await compose({ body })).text();
    expect(page).toContain('class="crisis"');
    expect(page).not.toContain('class="review suggestion"');
    expect(page).not.toContain("Send this version");
  });
});
