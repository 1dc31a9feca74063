import { inspectRoutes } from "hono/dev";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { type ErrorBody, request, seedPost } from "./support/app";

describe("the app", () => {
  it("answers an unknown API route with a JSON 404", async () => {
    const res = await request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await res.json<ErrorBody>()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  it("answers a liveness check without touching the database", async () => {
    const res = await request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  it("answers an unknown page with an HTML 404", async () => {
    const res = await request("/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Nothing is here");
  });

  it.each(["/", "/api/categories", "/api/nothing"])("sets security headers on %s", async (path) => {
    const res = await request(path);
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=(\d+)/);
    expect(Number(res.headers.get("Strict-Transport-Security")?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("gives every public read a Cache-Control suited to it, and never a cookie", async () => {
    const post = await seedPost();
    const expected: Record<string, RegExp> = {
      "/api/categories": /^public, max-age=\d+$/,
      "/api/posts": /^public, max-age=[1-9]\d?$/,
      "/api/posts?sort=top": /^public, max-age=[1-9]\d?$/,
      [`/api/posts/${post.id}`]: /^public, max-age=[1-9]\d{2,}$/,
      "/api/search?q=waitlist": /^public, max-age=[1-9]\d?$/,
      "/api/openapi.json": /^public, max-age=\d+$/,
      "/": /^public, max-age=[1-9]\d?$/,
      "/c/burnout": /^public, max-age=[1-9]\d?$/,
      [`/p/${post.id}`]: /^public, max-age=[1-9]\d{2,}$/,
      "/feed.xml": /^public, max-age=\d+$/,
      "/c/burnout/feed.xml": /^public, max-age=\d+$/,
      "/api/posts/nosuchpost00": /^no-store$/,
      "/p/nosuchpost00": /^no-store$/,
    };
    for (const [path, policy] of Object.entries(expected)) {
      const res = await request(path);
      expect.soft(res.headers.get("Cache-Control"), path).toMatch(policy);
      expect.soft(res.headers.get("Set-Cookie"), path).toBeNull();
    }
  });

  it("publishes an OpenAPI 3.1 document with every API route of the app", async () => {
    const res = await request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = inspectRoutes(createApp())
      .filter((route) => !route.isMiddleware && route.path.startsWith("/api/") && route.path !== "/api/openapi.json")
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    expect(served.length).toBeGreaterThan(4);
    expect(documented.sort()).toEqual([...new Set(served)].sort());
  });

  it("documents on every route the 503 a database failure gives, and the bookmark of a reader's write", async () => {
    type Operation = { parameters?: { name: string }[]; responses: Record<string, { headers?: object }> };
    const doc = await (await request("/api/openapi.json")).json<{ paths: Record<string, Record<string, Operation>> }>();
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.responses["503"], `${method} ${path}`).toBeDefined();
        if (path.startsWith("/api/mod/")) continue;
        if (method === "get") {
          expect(
            operation.parameters?.map((parameter) => parameter.name),
            path,
          ).toContain("X-D1-Bookmark");
        } else {
          const success = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
          for (const [, response] of success)
            expect(response.headers, `${method} ${path}`).toHaveProperty("X-D1-Bookmark");
        }
      }
    }
    expect(doc.paths["/api/posts"]?.post?.responses["201"]?.headers).toHaveProperty("X-D1-Bookmark");
  });
});
