import { describe, expect, it } from "vitest";
import type { PublicPost } from "../../src/posts/queries";
import { PostCard } from "../../src/ui/post-card";

const post = {
  id: "abc123",
  body: `He said "<b>enough</b>" & left. Then the room went quiet, as rooms do, for a while.`,
  category: "boundaries",
  role: "counselor",
  resonates: 1,
  createdAt: Date.UTC(2026, 0, 15, 13, 47),
} as PublicPost;
const now = Date.UTC(2026, 5, 1);

describe("PostCard", () => {
  it("escapes the body, the category's name and the link's name", () => {
    const card = String(PostCard({ post, categoryName: "Bounds & <limits>", now }));
    expect(card).toContain("He said &quot;&lt;b&gt;enough&lt;/b&gt;&quot; &amp; left.");
    expect(card).toContain(">Bounds &amp; &lt;limits&gt;</a>");
    expect(card).toContain(
      'aria-label="Open: He said &quot;&lt;b&gt;enough&lt;/b&gt;&quot; &amp; left. Then the room&hellip;"',
    );
    expect(card).not.toContain("<b>");
  });

  it.each([
    ["one two three four five six seven eight", "one two three four five six seven eight"],
    ["one two three four five six seven eight nine", "one two three four five six seven eight&hellip;"],
    ["  one\ttwo\n\nthree\u00a0four\u3000five  ", "one two three four five"],
    ["one\u200btwo three", "one\u200btwo three"],
    ["   ", ""],
  ])("names its link by the post's first eight words, parted by one space (%j)", (body, opening) => {
    const card = String(PostCard({ post: { ...post, body }, categoryName: "Boundaries", now }));
    expect(card).toContain(`aria-label="Open: ${opening}"`);
  });

  it("links the card to its post in a feed, and not on the post's own page", () => {
    expect(String(PostCard({ post, categoryName: "Boundaries", now }))).toContain('href="/p/abc123"');
    expect(String(PostCard({ post, categoryName: "Boundaries", now, link: false }))).not.toContain("/p/abc123");
  });

  it("says how many resonate, in the singular for one", () => {
    expect(String(PostCard({ post, categoryName: "Boundaries", now }))).toContain("1 person resonates");
    expect(String(PostCard({ post: { ...post, resonates: 3 }, categoryName: "B", now }))).toContain(
      "3 people resonate",
    );
  });
});
