import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/secrets";
import { type ErrorBody, ORIGIN, request } from "../support/app";
import {
  auditActionsOf,
  createModerator,
  nextCode,
  sendSecondFactor,
  sessionCookie,
  sessionCookieOf,
  signIn,
  whoAmI,
} from "../support/mod";

const HOUR = 60 * 60 * 1000;

describe("POST /api/mod/session", () => {
  it("signs in with a __Host- cookie that is Secure, HttpOnly and SameSite=Strict, storing only its hash", async () => {
    const moderator = await createModerator();
    const password = await signIn(moderator.username.toUpperCase(), moderator.password);
    expect(password.status).toBe(202);
    expect(await password.json()).toMatchObject({ secondFactor: "code" });
    const res = await sendSecondFactor(sessionCookieOf(password), nextCode(moderator));
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = await res.json<{ moderator: { username: string; role: string } }>();
    expect(body.moderator).toMatchObject({ username: moderator.username, role: "moderator" });

    const setCookie = res.headers.getSetCookie()[0] ?? "";
    expect(setCookie).toMatch(/^__Host-session=[A-Za-z0-9_-]{22};/);
    for (const attribute of ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"]) expect(setCookie).toContain(attribute);
    expect(setCookie).not.toContain("Domain");

    const token = setCookie.split(";")[0]?.split("=")[1] ?? "";
    const stored = await env.DB.prepare("SELECT token_hash FROM moderator_sessions WHERE moderator_id = ?")
      .bind(moderator.id)
      .first<string>("token_hash");
    expect(stored).toBe(await sha256Hex(token));
    expect(JSON.stringify(await env.DB.prepare("SELECT * FROM moderator_sessions").all())).not.toContain(token);
    expect(await auditActionsOf(moderator.id)).toEqual(["sign-in"]);
  });

  it("answers an unknown user exactly as a wrong password", async () => {
    const moderator = await createModerator();
    const wrong = await signIn(moderator.username, "not the password");
    const unknown = await signIn("nobody-here", "not the password");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json<ErrorBody>()).toEqual(await unknown.json<ErrorBody>());
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    // A failure writes no audit entry: one for real names only would tell them apart by time.
    expect(await auditActionsOf(moderator.id)).toEqual([]);
  });

  it("refuses a disabled account with the same answer", async () => {
    const moderator = await createModerator();
    await env.DB.prepare("UPDATE moderators SET disabled = 1 WHERE id = ?").bind(moderator.id).run();
    const res = await signIn(moderator.username, moderator.password);
    expect(res.status).toBe(401);
    expect((await res.json<ErrorBody>()).error.message).toBe("The username or password is not right.");
  });

  it("refuses a sign-in posted from another origin", async () => {
    const moderator = await createModerator();
    const res = await request("/api/mod/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      body: JSON.stringify({ username: moderator.username, password: moderator.password }),
    });
    expect(res.status).toBe(403);
  });
});

describe("a session", () => {
  it("tells who is signed in", async () => {
    const moderator = await createModerator("admin");
    const res = await whoAmI(await sessionCookie(moderator));
    expect(res.status).toBe(200);
    expect((await res.json<{ moderator: { role: string } }>()).moderator.role).toBe("admin");
  });

  it("ends on the server at sign-out, so the old cookie no longer works", async () => {
    const moderator = await createModerator();
    const cookie = await sessionCookie(moderator);
    const out = await request("/api/mod/session", { method: "DELETE", headers: { Cookie: cookie, Origin: ORIGIN } });
    expect(out.status).toBe(204);
    expect(out.headers.get("Set-Cookie")).toMatch(/^__Host-session=;.*Max-Age=0/);
    expect((await whoAmI(cookie)).status).toBe(401);
    expect(await auditActionsOf(moderator.id)).toEqual(["sign-in", "sign-out"]);
  });

  it("expires after an hour unused", async () => {
    const moderator = await createModerator();
    const cookie = await sessionCookie(moderator);
    await env.DB.prepare("UPDATE moderator_sessions SET last_seen_at = ? WHERE moderator_id = ?")
      .bind(Date.now() - 59 * 60 * 1000, moderator.id)
      .run();
    expect((await whoAmI(cookie)).status).toBe(200); // ...and this use renews it
    await env.DB.prepare("UPDATE moderator_sessions SET last_seen_at = ? WHERE moderator_id = ?")
      .bind(Date.now() - HOUR - 1000, moderator.id)
      .run();
    expect((await whoAmI(cookie)).status).toBe(401);
  });

  it("renews its idle time when used", async () => {
    const moderator = await createModerator();
    const cookie = await sessionCookie(moderator);
    const longAgo = Date.now() - 30 * 60 * 1000;
    await env.DB.prepare("UPDATE moderator_sessions SET last_seen_at = ? WHERE moderator_id = ?")
      .bind(longAgo, moderator.id)
      .run();
    await whoAmI(cookie);
    const seen = await env.DB.prepare("SELECT last_seen_at FROM moderator_sessions WHERE moderator_id = ?")
      .bind(moderator.id)
      .first<number>("last_seen_at");
    expect(seen).toBeGreaterThan(longAgo);
  });

  it("expires twelve hours after sign-in however active", async () => {
    const moderator = await createModerator();
    const cookie = await sessionCookie(moderator);
    await env.DB.prepare("UPDATE moderator_sessions SET expires_at = ? WHERE moderator_id = ?")
      .bind(Date.now() - 1, moderator.id)
      .run();
    expect((await whoAmI(cookie)).status).toBe(401);
  });

  it("answers a forged or malformed cookie with 401", async () => {
    expect((await whoAmI("__Host-session=AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(401);
    expect((await whoAmI("__Host-session=' OR 1=1 --")).status).toBe(401);
    expect((await whoAmI("session=AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(401);
  });
});
