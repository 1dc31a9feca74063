import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { postForm, randomAddress, request } from "../support/app";
import { createModerator, signedInAs } from "../support/mod";

describe("GET /mod", () => {
  it("shows the sign-in form to someone without a session, never cached", async () => {
    const res = await request("/mod");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const page = await res.text();
    expect(page).toContain('<label for="username">');
    expect(page).toContain('<label for="password">');
    expect(page).not.toContain("Sign out");
  });
});

describe("POST /mod/session", () => {
  it("signs in with the right password and sets the __Host- cookie", async () => {
    const moderator = await createModerator();
    const res = await postForm("/mod/session", { username: moderator.username, password: moderator.password });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/mod/second-factor");
    expect(res.headers.get("Set-Cookie")).toMatch(
      /^__Host-session=[A-Za-z0-9_-]{22};.*HttpOnly.*Secure.*SameSite=Strict/,
    );
  });

  it("answers a wrong password, an unknown user and a disabled account with the same page, byte for byte", async () => {
    const [moderator, disabled] = [await createModerator(), await createModerator()];
    await env.DB.prepare("UPDATE moderators SET disabled = 1 WHERE id = ?").bind(disabled.id).run();
    const answers = [
      await postForm("/mod/session", { username: moderator.username, password: "nope" }),
      await postForm("/mod/session", { username: "nobody-here", password: "nope" }),
      await postForm("/mod/session", { username: disabled.username, password: disabled.password }),
    ];
    const pages = await Promise.all(
      answers.map(async (res) =>
        JSON.stringify({ status: res.status, headers: [...res.headers], body: await res.text() }),
      ),
    );
    expect(new Set(pages).size).toBe(1);
    expect(answers[0]?.status).toBe(200);
    expect(pages[0]).toContain("The username or password is not right.");
    expect(answers[0]?.headers.get("Set-Cookie")).toBeNull();
  });

  it("says when to try again once an address is over the limit, keeping the form", async () => {
    const moderator = await createModerator();
    const from = { "CF-Connecting-IP": randomAddress() };
    for (let i = 0; i < 5; i++) {
      expect(
        (await postForm("/mod/session", { username: moderator.username, password: `nope ${i}` }, from)).status,
      ).toBe(200);
    }
    const res = await postForm("/mod/session", { username: moderator.username, password: moderator.password }, from);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    const page = await res.text();
    expect(page).toMatch(/role="alert">\s*Too many failed sign-ins from here\. Try again in 1[45] minutes\./);
    expect(page).toContain('<form method="post" action="/mod/session"');
  });
});

describe("POST /mod/sign-out", () => {
  it("ends the session on the server: the old cookie opens nothing afterwards", async () => {
    const { cookie } = await signedInAs();
    const res = await postForm("/mod/sign-out", {}, { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("Set-Cookie")).toMatch(/^__Host-session=;/);
    expect((await request("/mod/audit", { headers: { Cookie: cookie } })).status).toBe(401);
    expect(await (await request("/mod", { headers: { Cookie: cookie } })).text()).toContain('<label for="password">');
  });
});
