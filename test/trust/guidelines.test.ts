import { describe, expect, it } from "vitest";
import { html } from "../support/html";

describe("GET /guidelines", () => {
  it("covers what not to post, a before-and-after example, and crisis resources", async () => {
    const page = await html("/guidelines");
    expect(page).toContain("Never post");
    expect(page).toContain("How to de-identify a story");
    expect(page).toContain('class="example-before"');
    expect(page).toContain("988");
  });
});
