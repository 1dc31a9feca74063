import { describe, expect, it } from "vitest";
import { request } from "../support/app";

async function html(path: string, status = 200): Promise<string> {
  const res = await request(path);
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
  return res.text();
}

describe("GET /guidelines", () => {
  it("covers what not to post, a before-and-after example, and crisis resources", async () => {
    const page = await html("/guidelines");
    expect(page).toContain("Never post");
    expect(page).toContain("How to de-identify a story");
    expect(page).toContain('class="example-before"');
    expect(page).toContain("988");
  });
});
