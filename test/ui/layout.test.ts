import { describe, expect, it } from "vitest";
import { request } from "../support/app";
import { html } from "../support/html";

describe("every page", () => {
  it("carries a strict Content-Security-Policy and the other security headers", async () => {
    for (const path of ["/", "/new", "/search", "/guidelines", "/status", "/mod"]) {
      const res = await request(path);
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=(\d+)/);
      expect(Number(res.headers.get("Strict-Transport-Security")?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(
        31536000,
      );
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    }
  });

  it("links the stylesheet and script with their current content versions", async () => {
    const page = await html("/guidelines");
    expect(page).toMatch(/<link rel="stylesheet" href="\/styles\.css\?v=[0-9a-f]{12}"/);
    expect(page).toMatch(/<script src="\/app\.js\?v=[0-9a-f]{12}" defer=""><\/script>/);
  });
});

describe("the header", () => {
  it.each([
    ["/", "/"],
    ["/c/burnout", "/"],
    ["/search?q=notes", "/search"],
    ["/guidelines", "/guidelines"],
    ["/new", "/new"],
  ])("marks the section %s is in, and only that one", async (path, section) => {
    const page = await (await request(path)).text();
    const nav = page.slice(page.indexOf('aria-label="Site"'), page.indexOf("</nav>"));
    const marked = [...nav.matchAll(/href="([^"]+)" aria-current="page"/g)].map((match) => match[1]);
    expect(marked).toEqual([section]);
  });

  it("marks no section on a page of none", async () => {
    const page = await (await request("/about")).text();
    expect(page.slice(page.indexOf('aria-label="Site"'), page.indexOf("</nav>"))).not.toContain("aria-current");
  });
});
