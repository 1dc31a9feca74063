import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, postJson, reflection, request } from "./support/app";

// This file breaks its own D1 (each test file has its own) to see how the
// app answers when the database fails underneath it.
describe("when the database fails", () => {
  it("answers a 500 in the error shape, without SQL or a stack trace", async () => {
    await env.DB.exec("DROP TABLE posts");
    const responses = [
      await request("/api/posts"),
      await postJson("/api/posts", { body: reflection(), category: "burnout" }),
    ];
    for (const res of responses) {
      expect(res.status).toBe(500);
      const text = await res.text();
      const { error } = JSON.parse(text) as ErrorBody;
      expect(error.code).toBe("internal");
      for (const leak of ["posts", "SELECT", "INSERT", "D1_", "SQLITE", "at ", ".ts", "Error:"]) {
        expect(text).not.toContain(leak);
      }
    }
  });

  it("answers pages with an HTML error page, without details", async () => {
    const res = await request("/");
    expect(res.status).toBe(500);
    const page = await res.text();
    expect(page).toContain("Something went wrong");
    expect(page).not.toMatch(/SQL|no such table|D1_|\.ts:/);
  });
});
