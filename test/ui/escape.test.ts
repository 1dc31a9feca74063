import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/ui/escape";

describe("escapeHtml", () => {
  it("escapes the five characters HTML reads as markup, in text and in attributes", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("leaves text without them as it is", () => {
    expect(escapeHtml("A quiet week: notes done, kettle on.")).toBe("A quiet week: notes done, kettle on.");
  });
});
