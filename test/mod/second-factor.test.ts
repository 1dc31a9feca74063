import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { codeAt } from "../../src/mod/second-factor";
import { type ErrorBody, ORIGIN, postForm, request, requestWith } from "../support/app";
import {
  auditActionsOf,
  createModerator,
  nextCode,
  sendSecondFactor,
  sessionCookieOf,
  signedInAs,
  signIn,
  type TestModerator,
  whoAmI,
} from "../support/mod";

type Enrolment = { secret: string; uri: string };
type PasswordPassed = { secondFactor: "enrol" | "code"; expiresAt: string; enrolment?: Enrolment };

async function passwordStep(moderator: TestModerator) {
  const res = await signIn(moderator.username, moderator.password);
  expect(res.status).toBe(202);
  return { cookie: sessionCookieOf(res), body: await res.json<PasswordPassed>() };
}

async function everything(): Promise<string> {
  const tables = ["moderators", "moderator_sessions", "recovery_codes", "audit_log"];
  const rows = await Promise.all(tables.map((table) => env.DB.prepare(`SELECT * FROM ${table}`).all()));
  return JSON.stringify(rows.map((result) => result.results));
}

const setFailures = (moderator: TestModerator, failures: number, failedAt: number) =>
  env.DB.prepare("UPDATE moderators SET second_factor_failures = ?, second_factor_failed_at = ? WHERE id = ?")
    .bind(failures, failedAt, moderator.id)
    .run();

describe("enrolling a second factor at the first sign-in", () => {
  it("gives a new secret after the password, opens nothing until a code confirms it, then shows ten recovery codes once", async () => {
    const moderator = await createModerator("moderator", { enrolled: false });
    const { cookie, body } = await passwordStep(moderator);
    expect(body.secondFactor).toBe("enrol");
    const secret = body.enrolment?.secret ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.enrolment?.uri).toBe(
      `otpauth://totp/Closed%20Door:${moderator.username}?issuer=Closed%20Door&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    // The half-session opens nothing but the second step.
    expect((await whoAmI(cookie)).status).toBe(401);
    expect((await request("/api/mod/queue", { headers: { Cookie: cookie } })).status).toBe(401);
    // The secret is kept only encrypted.
    expect(await everything()).not.toContain(secret);

    expect((await sendSecondFactor(cookie, "000000")).status).toBe(401);
    const res = await sendSecondFactor(cookie, codeAt(secret, moderator.username, Date.now()));
    expect(res.status).toBe(200);
    const { recoveryCodes } = await res.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    const stored = await everything();
    for (const code of recoveryCodes) expect(stored).not.toContain(code.replaceAll("-", ""));

    // A new cookie for the session: the half-session's token opens nothing.
    const session = sessionCookieOf(res);
    expect(session).not.toBe(cookie);
    expect((await whoAmI(session)).status).toBe(200);
    expect((await whoAmI(cookie)).status).toBe(401);
    expect(await auditActionsOf(moderator.id)).toEqual(["second-factor-enrolled", "sign-in"]);

    // From now on, a code is asked for, and no secret is given again.
    const again = await passwordStep(moderator);
    expect(again.body).toEqual({ secondFactor: "code", expiresAt: again.body.expiresAt });
  });

  it("draws a new secret at each first sign-in until one is confirmed", async () => {
    const moderator = await createModerator("moderator", { enrolled: false });
    const first = await passwordStep(moderator);
    const second = await passwordStep(moderator);
    expect(second.body.enrolment?.secret).not.toBe(first.body.enrolment?.secret);
    const stale = codeAt(first.body.enrolment?.secret ?? "", moderator.username, Date.now());
    const fresh = codeAt(second.body.enrolment?.secret ?? "", moderator.username, Date.now());
    if (stale !== fresh) expect((await sendSecondFactor(second.cookie, stale)).status).toBe(401);
    expect((await sendSecondFactor(second.cookie, fresh)).status).toBe(200);
  });
});

describe("signing in with a second factor", () => {
  it("takes a code once: the same code again is refused, a later step's code is taken", async () => {
    const moderator = await createModerator();
    const now = Date.now();
    const code = codeAt(moderator.totpSecret ?? "", moderator.username, now);
    expect((await sendSecondFactor((await passwordStep(moderator)).cookie, code)).status).toBe(200);
    const replay = await sendSecondFactor((await passwordStep(moderator)).cookie, code);
    expect(replay.status).toBe(401);
    expect((await replay.json<ErrorBody>()).error.message).toContain("That code is not right.");
    const later = codeAt(moderator.totpSecret ?? "", moderator.username, now + 30_000);
    expect((await sendSecondFactor((await passwordStep(moderator)).cookie, later)).status).toBe(200);
  });

  it("takes each recovery code once, audited, spaces, dashes and case aside", async () => {
    const moderator = await createModerator("moderator", { enrolled: false });
    const { cookie, body } = await passwordStep(moderator);
    const enrolled = await sendSecondFactor(
      cookie,
      codeAt(body.enrolment?.secret ?? "", moderator.username, Date.now()),
    );
    const { recoveryCodes } = await enrolled.json<{ recoveryCodes: string[] }>();
    const [code = ""] = recoveryCodes;
    const typed = ` ${code.replaceAll("-", " ").toUpperCase()} `;
    const used = await sendSecondFactor((await passwordStep(moderator)).cookie, typed);
    expect(used.status).toBe(200);
    expect((await whoAmI(sessionCookieOf(used))).status).toBe(200);
    expect((await sendSecondFactor((await passwordStep(moderator)).cookie, code)).status).toBe(401);
    expect(await auditActionsOf(moderator.id)).toEqual([
      "second-factor-enrolled",
      "sign-in",
      "recovery-code-used",
      "sign-in",
    ]);
  });

  it("makes the account wait after five wrong codes in a row, longer after each, and forgets them after a right one", async () => {
    const moderator = await createModerator();
    const { cookie } = await passwordStep(moderator);
    for (let i = 0; i < 5; i++) expect((await sendSecondFactor(cookie, "000000")).status).toBe(401);
    const waiting = await sendSecondFactor(cookie, nextCode(moderator));
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers.get("Retry-After"))).toBeGreaterThan(50);
    expect(Number(waiting.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    // Each wrong code past five doubles the wait: the eighth waits four minutes.
    await setFailures(moderator, 7, Date.now());
    const longer = await sendSecondFactor(cookie, "000000");
    expect(Number(longer.headers.get("Retry-After"))).toBeGreaterThan(230);
    // Once the wait is over, a right code signs in and the count starts again.
    await setFailures(moderator, 7, Date.now() - 5 * 60_000);
    expect((await sendSecondFactor(cookie, nextCode(moderator))).status).toBe(200);
    const row = await env.DB.prepare("SELECT second_factor_failures AS failures FROM moderators WHERE id = ?")
      .bind(moderator.id)
      .first<{ failures: number }>();
    expect(row?.failures).toBe(0);
  });

  it("ends the code step ten minutes after the password, and for a disabled account at once", async () => {
    const moderator = await createModerator();
    const late = await passwordStep(moderator);
    await env.DB.prepare("UPDATE moderator_sessions SET expires_at = ? WHERE moderator_id = ?")
      .bind(Date.now() - 1, moderator.id)
      .run();
    const refused = await sendSecondFactor(late.cookie, nextCode(moderator));
    expect(refused.status).toBe(401);
    expect((await refused.json<ErrorBody>()).error.message).toContain("Sign in with your username and password first");

    const other = await createModerator();
    const { cookie } = await passwordStep(other);
    await env.DB.prepare("UPDATE moderators SET disabled = 1 WHERE id = ?").bind(other.id).run();
    expect((await sendSecondFactor(cookie, nextCode(other))).status).toBe(401);
  });

  it("refuses every sign-in with 503 when the second-factor key is not set, rather than let a password alone in", async () => {
    const moderator = await createModerator();
    const res = await requestWith({ SECOND_FACTOR_KEY: "" }, "/api/mod/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: ORIGIN, "CF-Connecting-IP": "203.0.113.77" },
      body: JSON.stringify({ username: moderator.username, password: moderator.password }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });
});

describe("an admin resetting a second factor", () => {
  it("takes away the secret, the recovery codes and the sessions, audited; the moderator enrols again", async () => {
    const admin = await signedInAs("admin");
    const helper = await signedInAs("moderator");
    const reset = await admin.send("PATCH", `/api/mod/moderators/${helper.moderator.id}`, { resetSecondFactor: true });
    expect(reset.status).toBe(200);
    expect((await reset.json<{ moderator: { secondFactor: boolean } }>()).moderator.secondFactor).toBe(false);
    expect((await whoAmI(helper.cookie)).status).toBe(401);
    const { body } = await passwordStep(helper.moderator);
    expect(body.secondFactor).toBe("enrol");
    const { results } = await env.DB.prepare("SELECT action FROM audit_log WHERE subject_id = ?")
      .bind(helper.moderator.id)
      .all<{ action: string }>();
    expect(results.map((row) => row.action)).toEqual(["reset-second-factor"]);
  });

  it("is refused for the admin's own account, from the API and the admin screen", async () => {
    const admin = await signedInAs("admin");
    const own = await admin.send("PATCH", `/api/mod/moderators/${admin.moderator.id}`, { resetSecondFactor: true });
    expect(own.status).toBe(409);
    const helper = await createModerator();
    const html = await (await request("/mod/moderators", { headers: { Cookie: admin.cookie } })).text();
    expect(html).toContain(`Reset ${helper.username}&#39;s second factor`);
    const done = await postForm(
      `/mod/moderators/${helper.id}`,
      { change: "reset-second-factor" },
      { Cookie: admin.cookie },
    );
    expect(done.headers.get("Location")).toBe("/mod/moderators?done=reset-second-factor");
  });
});

describe("the second step's pages", () => {
  it("enrols with the QR code and the secret on the page, then shows the recovery codes once", async () => {
    const moderator = await createModerator("moderator", { enrolled: false });
    const password = await postForm("/mod/session", { username: moderator.username, password: moderator.password });
    expect(password.headers.get("Location")).toBe("/mod/second-factor");
    const cookie = sessionCookieOf(password);
    const html = await (await request("/mod/second-factor", { headers: { Cookie: cookie } })).text();
    expect(html).toContain('class="qr-code"');
    const secret = (html.match(/<code class="one-time-password">([A-Z2-7 ]+)<\/code>/)?.[1] ?? "").replaceAll(" ", "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const wrong = await postForm("/mod/second-factor", { code: "000000" }, { Cookie: cookie });
    expect(wrong.status).toBe(200);
    const wrongPage = await wrong.text();
    expect(wrongPage).toContain("That code is not right.");
    expect(wrongPage).toContain(secret.replace(/(.{4})(?=.)/g, "$1 "));

    const right = await postForm(
      "/mod/second-factor",
      { code: codeAt(secret, moderator.username, Date.now()) },
      { Cookie: cookie },
    );
    expect(right.status).toBe(200);
    const codes = (await right.text()).match(/<li><code>[0-9a-z-]{14}<\/code><\/li>/g) ?? [];
    expect(codes).toHaveLength(10);
    expect((await request("/mod", { headers: { Cookie: sessionCookieOf(right) } })).status).toBe(200);
  });

  it("asks an enrolled moderator for a code, and sends anyone without a half-session back to the password", async () => {
    const moderator = await createModerator();
    const password = await postForm("/mod/session", { username: moderator.username, password: moderator.password });
    const cookie = sessionCookieOf(password);
    const html = await (await request("/mod/second-factor", { headers: { Cookie: cookie } })).text();
    expect(html).toContain("Code, or a recovery code");
    expect(html).not.toContain('class="qr-code"');
    const signedIn = await postForm("/mod/second-factor", { code: nextCode(moderator) }, { Cookie: cookie });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("Location")).toBe("/mod");

    const nobody = await request("/mod/second-factor", { redirect: "manual" });
    expect(nobody.status).toBe(303);
    expect(nobody.headers.get("Location")).toBe("/mod");
  });
});
