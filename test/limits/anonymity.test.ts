import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { codeAt } from "../../src/mod/second-factor";
import { jsonPost, postForm, postJson, reflection, request } from "../support/app";
import { createModerator, sessionCookieOf } from "../support/mod";

const ADDRESS = "198.51.100.77";
const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) ClosedDoorAnonymityProbe/1.0";

async function everyValueInTheDatabase(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const dumps: string[] = [];
  for (const { name } of tables) {
    const { results } = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    dumps.push(JSON.stringify(results));
  }
  return dumps.join("\n");
}

describe("the anonymity promise", () => {
  it("keeps no trace of the client's address or User-Agent in any column of any table after posting, flagging, resonating and signing in", async () => {
    const headers = { "CF-Connecting-IP": ADDRESS, "User-Agent": USER_AGENT, "X-Forwarded-For": ADDRESS };
    const published = await postJson("/api/posts", { body: reflection("anonymity"), category: "burnout" }, headers);
    expect(published.status).toBe(201);
    const held = await postJson(
      "/api/posts",
      { body: "Mr. Whitcombe cancelled again and I felt relieved, then guilty.", category: "boundaries" },
      { ...headers, "CF-Connecting-IP": "198.51.100.78", "Idempotency-Key": "probe-key-1" },
    );
    expect(held.status).toBe(202);
    await request("/api/posts", { headers });
    const { post } = await published.json<{ post: { id: string } }>();
    const resonated = await request(`/api/posts/${post.id}/resonates`, { method: "POST", headers });
    expect(resonated.status).toBe(200);
    const flagged = await postJson(`/api/posts/${post.id}/flags`, { reason: "other", note: "just checking" }, headers);
    expect(flagged.status).toBe(202);
    // A first sign-in, enrolment included, from the same client.
    const moderator = await createModerator("moderator", { enrolled: false });
    const password = await request("/api/mod/session", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ username: moderator.username, password: moderator.password }),
    });
    expect(password.status).toBe(202);
    const { enrolment } = await password.json<{ enrolment: { secret: string } }>();
    const signedIn = await request("/api/mod/session/second-factor", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", Cookie: sessionCookieOf(password) },
      body: JSON.stringify({ code: codeAt(enrolment.secret, moderator.username, Date.now()) }),
    });
    expect(signedIn.status).toBe(200);

    const everything = await everyValueInTheDatabase();
    expect(everything.length).toBeGreaterThan(100); // the dump really holds the rows
    expect(everything).toContain("just checking"); // ...including the flag and the resonance
    for (const trace of [
      ADDRESS,
      "198.51.100.78",
      "198.51.100",
      USER_AGENT,
      "ClosedDoorAnonymityProbe",
      "probe-key-1",
    ]) {
      expect(everything).not.toContain(trace);
    }
  });
});

describe("the sign-in limits", () => {
  it("count failures in KV under keyed hashes, never the address or the name typed", async () => {
    const typed = "probe-name-or-a-password-typed-there";
    const headers = { "CF-Connecting-IP": ADDRESS, "User-Agent": USER_AGENT, "Content-Type": "application/json" };
    const failed = await request("/api/mod/session", {
      method: "POST",
      headers,
      body: JSON.stringify({ username: typed, password: "not it" }),
    });
    expect(failed.status).toBe(401);
    const { keys } = await env.SIGN_IN_FAILURES.list();
    expect(keys.length).toBeGreaterThanOrEqual(3); // the failure really was counted
    const values = await Promise.all(keys.map((key) => env.SIGN_IN_FAILURES.get(key.name)));
    const everything = JSON.stringify({ keys, values });
    for (const trace of [ADDRESS, "198.51.100", USER_AGENT, "ClosedDoorAnonymityProbe", typed, "probe-name"]) {
      expect(everything).not.toContain(trace);
    }
  });
});

describe("the reader's country", () => {
  const CRISIS = "I want to end my life and I don't know who else to tell. I spend all day keeping other people alive.";
  const from = { cf: { country: "GB" } };

  it("chooses the crisis lines in flight and is in no row of any table, nor any log, afterwards", async () => {
    const logged = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level));
    const api = await request("/api/posts", {
      ...jsonPost({ body: `${CRISIS} Said through the API.`, category: "burnout" }, { "Idempotency-Key": "gb-probe" }),
      ...from,
    });
    expect(api.status).toBe(202);
    const { moderation } = await api.json<{ moderation: { resources: { country: string }[] } }>();
    expect(moderation.resources[0]?.country).toBe("GB"); // the country really reached the pipeline
    const form = await postForm(
      "/new",
      { body: `${CRISIS} Said through the form.`, category: "burnout", role: "" },
      {},
      from,
    );
    expect(form.status).toBe(202);
    expect(await form.text()).toContain('href="tel:116123"');

    const everything = await everyValueInTheDatabase();
    expect(everything).toContain("Said through the API"); // the dump really holds the posts
    // "GB" on its own, not inside a random id, token or hash.
    expect(everything).not.toMatch(/(^|[^A-Za-z0-9_-])GB($|[^A-Za-z0-9_-])/);
    for (const trace of ["Samaritans", "116 123", "samaritans.org"]) expect(everything).not.toContain(trace);
    const logs = logged.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(" ")));
    for (const line of logs) expect(line).not.toMatch(/\bGB\b|Samaritans/);
    for (const spy of logged) spy.mockRestore();
  });
});
