import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { randomAddress } from "../support/app";
import { signInAttempt as attempt, createModerator, refusalOf } from "../support/mod";

/** Signing in through the API: the same answer and the same work for every failure, and the cookies it gives. */

describe("signing in", () => {
  it("fails closed, with 503, when failures cannot be counted", async () => {
    const moderator = await createModerator();
    const res = await attempt(moderator.username, moderator.password, {
      settings: { SIGN_IN_FAILURES: undefined as unknown as KVNamespace },
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).not.toBeNull();
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("gives the known-device cookie for the two sign-in paths only: Secure, HttpOnly, SameSite=Strict, 90 days", async () => {
    const moderator = await createModerator();
    const res = await attempt(moderator.username, moderator.password);
    const devices = res.headers.getSetCookie().filter((cookie) => cookie.startsWith("__Secure-device="));
    expect(devices.map((cookie) => /Path=([^;]+)/.exec(cookie)?.[1])).toEqual(["/mod/session", "/api/mod/session"]);
    for (const cookie of devices) {
      for (const attribute of ["Secure", "HttpOnly", "SameSite=Strict", `Max-Age=${90 * 24 * 60 * 60}`]) {
        expect(cookie).toContain(attribute);
      }
      expect(cookie).not.toContain("Domain");
    }
  });
});

/** Every row of every table, to see that an attempt wrote nothing. */
async function everyRow(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
  ).all<{ name: string }>();
  const dumps: string[] = [];
  for (const { name } of tables)
    dumps.push(JSON.stringify((await env.DB.prepare(`SELECT * FROM "${name}"`).all()).results));
  return dumps.join("\n");
}

/** The failures counted so far: for each kind of scope, how many scopes and how many entries. */
async function failuresCounted(): Promise<Record<string, { scopes: number; entries: number }>> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.SIGN_IN_FAILURES.list(cursor === undefined ? {} : { cursor });
    names.push(...page.keys.map((key) => key.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor !== undefined);
  const counted: Record<string, { scopes: Set<string>; entries: number }> = {};
  for (const name of names) {
    const [kind = "", scope = ""] = name.split("/");
    counted[kind] ??= { scopes: new Set(), entries: 0 };
    counted[kind].scopes.add(scope);
    counted[kind].entries += 1;
  }
  return Object.fromEntries(
    Object.entries(counted).map(([kind, { scopes, entries }]) => [kind, { scopes: scopes.size, entries }]),
  );
}

function difference(before: Awaited<ReturnType<typeof failuresCounted>>, after: typeof before) {
  return Object.fromEntries(
    Object.entries(after)
      .map(
        ([kind, { scopes, entries }]) =>
          [
            kind,
            { scopes: scopes - (before[kind]?.scopes ?? 0), entries: entries - (before[kind]?.entries ?? 0) },
          ] as const,
      )
      .filter(([, added]) => added.entries !== 0),
  );
}

/** Everything an answer says: status, every header, the body. */
async function answerOf(res: Response): Promise<string> {
  return JSON.stringify({ status: res.status, headers: [...res.headers].sort(), body: await res.text() });
}

describe("a wrong password, an unknown name and a disabled account", () => {
  const TRIES = 20;

  it(`get the same answer, byte for byte, ${TRIES} times each, and do the same work: no row written, the same failures counted`, async () => {
    const [real, disabled] = [await createModerator(), await createModerator()];
    await env.DB.prepare("UPDATE moderators SET disabled = 1 WHERE id = ?").bind(disabled.id).run();
    const cases = {
      "a wrong password": () => attempt(real.username, "not the password"),
      "an unknown name": () => attempt("nobody-by-this-name", "not the password"),
      "a disabled account": () => attempt(disabled.username, disabled.password),
    };
    const answers = new Set<string>();
    const work: Record<string, unknown> = {};
    for (const [name, send] of Object.entries(cases)) {
      const [rowsBefore, failuresBefore] = [await everyRow(), await failuresCounted()];
      for (let i = 0; i < TRIES; i++) answers.add(await answerOf(await send()));
      expect(await everyRow(), `${name} wrote to D1`).toBe(rowsBefore);
      work[name] = difference(failuresBefore, await failuresCounted());
    }
    expect(answers.size).toBe(1);
    expect(JSON.parse([...answers][0] ?? "{}")).toMatchObject({ status: 401 });
    const counted = { scopes: TRIES, entries: TRIES };
    const expected = { address: counted, "account-address": counted, account: { scopes: 1, entries: TRIES } };
    expect(work).toEqual({ "a wrong password": expected, "an unknown name": expected, "a disabled account": expected });
  });

  it("are refused alike once over a limit", async () => {
    const real = await createModerator();
    const refusals: string[] = [];
    for (const username of [real.username, "nobody-at-all"]) {
      const address = randomAddress();
      for (let i = 0; i < 5; i++) expect((await attempt(username, "not the password", { address })).status).toBe(401);
      const { seconds: _, ...said } = await refusalOf(await attempt(username, "not the password", { address }));
      expect(said.status).toBe(429);
      refusals.push(JSON.stringify(said));
    }
    expect(refusals[0]).toBe(refusals[1]);
  });
});
