import { describe, expect, it } from "vitest";
import { seedPost } from "../support/app";
import { html } from "../support/html";

describe("GET /search", () => {
  it("shows the form alone without a query", async () => {
    const page = await html("/search");
    expect(page).toContain('<label for="q">');
    expect(page).not.toContain('id="results-title"');
  });

  it("finds published posts, marks the matched words, and escapes the query", async () => {
    const post = await seedPost({ body: "The lighthouse keeper metaphor finally made sense to me this week." });
    const page = await html(`/search?q=${encodeURIComponent('lighthouse "<>')}`);
    expect(page).toContain(`href="/p/${post.id}"`);
    expect(page).toContain("<mark>lighthouse</mark>");
    expect(page).toContain('value="lighthouse &quot;&lt;&gt;"');
  });

  it("escapes what the author wrote in a result's excerpt, marks and all", async () => {
    await seedPost({ body: 'The <b>harbour</b> & "tide" metaphor held up all week in group.' });
    const page = await html("/search?q=harbour");
    expect(page).toContain("&lt;b&gt;<mark>harbour</mark>&lt;/b&gt; &amp; &quot;tide&quot;");
    expect(page).not.toContain("<b>harbour");
  });

  it("gives each result its post's coarse age, as the feed does", async () => {
    await seedPost({
      body: "The orchard metaphor kept coming back all week.",
      createdAt: Date.UTC(2026, 0, 15, 13, 47),
    });
    const page = await html(`/search?q=orchard`);
    expect(page).toContain('<time datetime="2026-01-15">Jan 15, 2026</time>');
  });

  it("never fails on search syntax or only stop words", async () => {
    for (const q of ['"', "AND OR NOT", "*", "the of and", "NEAR(a b)", "^col:x"]) {
      await html(`/search?q=${encodeURIComponent(q)}`);
    }
  });
});
