import { inspectRoutes } from "hono/dev";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { type ErrorBody, ORIGIN, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

type Route = { method: string; path: string };

const routes: Route[] = inspectRoutes(createApp())
  .filter((route) => !route.isMiddleware && route.method !== "ALL")
  .map(({ method, path }) => ({ method, path }));

const isModerator = (route: Route) => route.path === "/mod" || /^\/(api\/)?mod\//.test(route.path);
const SIGN_IN = [
  "POST /api/mod/session",
  "POST /api/mod/session/second-factor",
  "GET /mod",
  "POST /mod/session",
  "GET /mod/second-factor",
  "POST /mod/second-factor",
];
const ADMIN_ONLY = /^\/(api\/)?mod\/moderators(\/|$)/;
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const guarded = routes.filter((route) => isModerator(route) && !SIGN_IN.includes(`${route.method} ${route.path}`));
const concrete = (path: string) => path.replace(/:[a-zA-Z]+/g, "abcdefghjkmn");

function call(route: Route, headers: Record<string, string> = {}): Promise<Response> {
  return request(concrete(route.path), {
    method: route.method,
    headers: { "Content-Type": "application/json", Origin: ORIGIN, ...headers },
    body: UNSAFE.has(route.method) ? "{}" : undefined,
  });
}

describe("the moderator gate", () => {
  it("knows the moderator routes of the app", () => {
    expect(guarded.length).toBeGreaterThanOrEqual(8);
  });

  it("leaves no state-changing route outside the gate except the public ones the spec names", () => {
    const publicWrites = routes
      .filter((route) => UNSAFE.has(route.method) && !isModerator(route))
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(publicWrites).toEqual(
      [
        "POST /api/posts",
        "DELETE /api/posts/:id",
        "POST /api/posts/:id/resonates",
        "POST /api/posts/:id/flags",
        // an author's appeal, with the delete token
        "POST /api/posts/:id/appeal",
        // the same, as pages' forms
        "POST /new",
        "POST /status",
        "POST /status/delete",
        "POST /status/replace",
        "POST /status/appeal",
        "POST /p/:id/resonate",
        "POST /p/:id/flag",
      ].sort(),
    );
  });

  it.each(guarded.map((route) => [`${route.method} ${route.path}`, route] as const))(
    "answers %s with 401 and no-store without a session",
    async (_, route) => {
      const res = await call(route);
      expect(res.status).toBe(401);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      if (route.path.startsWith("/api/")) expect((await res.json<ErrorBody>()).error.code).toBe("unauthorized");
    },
  );

  it("answers every admin route with 403 for a moderator", async () => {
    const { cookie } = await signedInAs("moderator");
    const adminRoutes = guarded.filter((route) => ADMIN_ONLY.test(route.path));
    expect(adminRoutes.length).toBeGreaterThanOrEqual(3);
    for (const route of adminRoutes) {
      const res = await call(route, { Cookie: cookie });
      expect.soft(res.status, `${route.method} ${route.path}`).toBe(403);
    }
  });

  it("refuses every state-changing moderator request from another origin, JSON included", async () => {
    const { cookie } = await signedInAs("admin");
    const writes = routes.filter((route) => isModerator(route) && UNSAFE.has(route.method));
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const route of writes) {
      const crossOrigin: Record<string, string>[] = [
        { Origin: "https://evil.example" },
        { "Sec-Fetch-Site": "cross-site" },
        { "Sec-Fetch-Site": "same-site", Origin: "https://sub.closed-door.test" },
      ];
      for (const headers of crossOrigin) {
        const res = await call(route, { Cookie: cookie, ...headers });
        expect.soft(res.status, `${route.method} ${route.path} with ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });

  it("lets a same-origin request through", async () => {
    const { call: asAdmin } = await signedInAs("admin");
    expect((await asAdmin("/api/mod/queue", { headers: { "Sec-Fetch-Site": "same-origin" } })).status).toBe(200);
  });

  it("takes Sec-Fetch-Site over the `Origin: null` a no-referrer page's own form sends", async () => {
    const { call } = await signedInAs();
    const post = await seedPost({ status: "pending" });
    const res = await call(`/api/mod/posts/${post.id}/actions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "null", "Sec-Fetch-Site": "same-origin" },
      body: JSON.stringify({ action: "approve" }),
    });
    expect(res.status).toBe(200);
    const forged = await call(`/api/mod/posts/${post.id}/actions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "null" },
      body: JSON.stringify({ action: "remove", reason: "forged" }),
    });
    expect(forged.status).toBe(403);
  });
});
