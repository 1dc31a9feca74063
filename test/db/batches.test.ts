import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { codeAt } from "../../src/mod/second-factor";
import { ORIGIN, postJson, randomAddress, reflection, requestWith, seedPost } from "../support/app";
import { everyRow, faultyD1 } from "../support/faulty-d1";
import { createModerator, sessionCookieOf, signedInAs, signIn } from "../support/mod";

/**
 * Every write that touches more than one table is one D1 batch: here each
 * runs with the batch's last statement failing inside D1, after the others
 * have run, and nothing of it may remain. Then the same write, with D1 as
 * it is, goes through.
 */

const failingLast = () => ({ DB: faultyD1(env.DB, "fail-last-in-batch") });
// The moderator gate notes a session's last use on every request, outside any batch.
const WITHOUT_LAST_SEEN = ["moderator_sessions"];

async function expectAllOrNothing(
  path: string,
  init: () => RequestInit,
  succeeded: number,
  ignoring: string[] = [],
): Promise<void> {
  const before = await everyRow(ignoring);
  const failed = await requestWith(failingLast(), path, init());
  expect(failed.status).toBe(503);
  expect(await everyRow(ignoring)).toEqual(before);
  const retried = await requestWith({}, path, init());
  expect(retried.status).toBe(succeeded);
  expect(await everyRow(ignoring)).not.toEqual(before);
}

const json =
  (body: unknown, headers: Record<string, string> = {}) =>
  (): RequestInit => ({
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": randomAddress(), ...headers },
    body: JSON.stringify(body),
  });

describe("all or nothing", () => {
  it("a post, its idempotency record and its day counter", async () => {
    const body = { body: reflection(), category: "burnout" };
    await expectAllOrNothing("/api/posts", json(body, { "Idempotency-Key": crypto.randomUUID() }), 201);
  });

  it("a resonate and the post's count", async () => {
    const post = await seedPost();
    await expectAllOrNothing(`/api/posts/${post.id}/resonates`, json(undefined), 200);
  });

  it("a flag and the hiding of the post it tips over", async () => {
    const post = await seedPost();
    expect((await postJson(`/api/posts/${post.id}/flags`, { reason: "identifying" })).status).toBe(202);
    await expectAllOrNothing(`/api/posts/${post.id}/flags`, json({ reason: "identifying" }), 202);
    const [row] = (await everyRow()).posts?.filter((p) => (p as { id: string }).id === post.id) ?? [];
    expect((row as { status: string }).status).toBe("hidden");
  });

  it("an author's delete and the settling of the post's flags", async () => {
    const post = await seedPost();
    await postJson(`/api/posts/${post.id}/flags`, { reason: "spam" });
    await expectAllOrNothing(
      `/api/posts/${post.id}`,
      () => ({ method: "DELETE", headers: { Authorization: `Bearer ${post.deleteToken}` } }),
      204,
    );
  });

  it.each(["approve", "remove", "redact"] as const)(
    "a moderator's %s, its audit entry and the settled flags",
    async (action) => {
      const post = await seedPost({ status: "hidden" });
      await postJson(`/api/posts/${post.id}/flags`, { reason: "other" });
      const { cookie } = await signedInAs("moderator");
      const decision = {
        action,
        reason: "Reviewed.",
        ...(action === "redact" ? { body: `${post.body} (edited by a moderator)` } : {}),
      };
      await expectAllOrNothing(
        `/api/mod/posts/${post.id}/actions`,
        json(decision, { Cookie: cookie, Origin: ORIGIN }),
        200,
        WITHOUT_LAST_SEEN,
      );
    },
  );

  it("a first sign-in's half-session and its new second-factor secret", async () => {
    const moderator = await createModerator("moderator", { enrolled: false });
    await expectAllOrNothing(
      "/api/mod/session",
      json({ username: moderator.username, password: moderator.password }, { Origin: ORIGIN }),
      202,
    );
  });

  it("an enrolment: the code's step, the session, the recovery codes and the audit entries", async () => {
    const moderator = await createModerator("moderator", { enrolled: false });
    const password = await signIn(moderator.username, moderator.password);
    const { enrolment } = await password.json<{ enrolment: { secret: string } }>();
    const cookie = sessionCookieOf(password);
    const code = () => codeAt(enrolment.secret, moderator.username, Date.now());
    await expectAllOrNothing(
      "/api/mod/session/second-factor",
      json({ code: code() }, { Cookie: cookie, Origin: ORIGIN }),
      200,
    );
  });

  it("disabling a moderator and ending their sessions", async () => {
    const { cookie } = await signedInAs("admin");
    const target = await signedInAs("moderator");
    await expectAllOrNothing(
      `/api/mod/moderators/${target.moderator.id}`,
      () => ({
        method: "PATCH",
        headers: { "Content-Type": "application/json", Cookie: cookie, Origin: ORIGIN },
        body: JSON.stringify({ disabled: true }),
      }),
      200,
      [],
    );
  });
});
