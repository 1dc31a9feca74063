import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type ErrorBody, ORIGIN, request } from "../support/app";
import { createModerator, signedInAs, signIn } from "../support/mod";

type Added = { moderator: { id: string; username: string; role: string; disabled: boolean }; password?: string };

describe("moderator accounts", () => {
  it("lets an admin add a moderator with a generated password, shown once, that signs in", async () => {
    const admin = await signedInAs("admin");
    const res = await admin.send("POST", "/api/mod/moderators", { username: "  New.Helper  " });
    expect(res.status).toBe(201);
    const added = await res.json<Added>();
    expect(added.moderator).toMatchObject({ username: "new.helper", role: "moderator", disabled: false });
    expect(added.password).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await signIn("new.helper", added.password ?? "")).status).toBe(202);
    const stored = await env.DB.prepare("SELECT password_hash FROM moderators WHERE id = ?")
      .bind(added.moderator.id)
      .first<string>("password_hash");
    expect(stored).not.toContain(added.password);
    const listed = await (await admin.call("/api/mod/moderators")).json<{ moderators: { username: string }[] }>();
    expect(listed.moderators.map((each) => each.username)).toContain("new.helper");
  });

  it("takes a chosen password and role, and does not echo the password", async () => {
    const admin = await signedInAs("admin");
    const res = await admin.send("POST", "/api/mod/moderators", {
      username: "second-admin",
      role: "admin",
      password: "a chosen passphrase",
    });
    expect(res.status).toBe(201);
    const added = await res.json<Added>();
    expect(added.password).toBeUndefined();
    expect(added.moderator.role).toBe("admin");
    expect((await signIn("second-admin", "a chosen passphrase")).status).toBe(202);
  });

  it.each([
    ["a taken username", { username: "dup-name" }, 409],
    ["a short password", { username: "short-pass", password: "short" }, 400],
    ["a bad username", { username: "no spaces allowed" }, 400],
    ["an unknown role", { username: "role-less", role: "owner" }, 400],
  ])("refuses %s", async (_, body, status) => {
    const admin = await signedInAs("admin");
    if (status === 409) await admin.send("POST", "/api/mod/moderators", body);
    const res = await admin.send("POST", "/api/mod/moderators", body);
    expect(res.status).toBe(status);
  });

  it("disables a moderator, ending their session at once, and enables them again", async () => {
    const admin = await signedInAs("admin");
    const helper = await signedInAs("moderator");
    expect((await helper.call("/api/mod/queue")).status).toBe(200);

    const disabled = await admin.send("PATCH", `/api/mod/moderators/${helper.moderator.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await disabled.json<Added>()).moderator.disabled).toBe(true);
    expect((await helper.call("/api/mod/queue")).status).toBe(401);
    expect((await signIn(helper.moderator.username, helper.moderator.password)).status).toBe(401);

    await admin.send("PATCH", `/api/mod/moderators/${helper.moderator.id}`, { disabled: false });
    expect((await signIn(helper.moderator.username, helper.moderator.password)).status).toBe(202);

    const { results } = await env.DB.prepare("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY id")
      .bind(helper.moderator.id)
      .all<{ action: string }>();
    expect(results.map((row) => row.action)).toEqual(["disable-moderator", "enable-moderator"]);
  });

  it("does not let an admin disable their own account", async () => {
    const admin = await signedInAs("admin");
    const res = await admin.send("PATCH", `/api/mod/moderators/${admin.moderator.id}`, { disabled: true });
    expect(res.status).toBe(409);
    expect((await res.json<ErrorBody>()).error.code).toBe("conflict");
  });

  it("changes a moderator's role, in effect on their next request and audited with from and to", async () => {
    const admin = await signedInAs("admin");
    const helper = await signedInAs("moderator");
    expect((await helper.call("/api/mod/moderators")).status).toBe(403);
    const promoted = await admin.send("PATCH", `/api/mod/moderators/${helper.moderator.id}`, { role: "admin" });
    expect(promoted.status).toBe(200);
    expect((await promoted.json<{ moderator: { role: string } }>()).moderator.role).toBe("admin");
    expect((await helper.call("/api/mod/moderators")).status).toBe(200);
    await admin.send("PATCH", `/api/mod/moderators/${helper.moderator.id}`, { role: "moderator" });
    expect((await helper.call("/api/mod/moderators")).status).toBe(403);
    const { results } = await env.DB.prepare("SELECT action, reason FROM audit_log WHERE subject_id = ? ORDER BY id")
      .bind(helper.moderator.id)
      .all<{ action: string; reason: string }>();
    expect(results).toEqual([
      { action: "change-role", reason: "moderator to admin" },
      { action: "change-role", reason: "admin to moderator" },
    ]);
  });

  it("does not let an admin change their own role, and refuses a change that names nothing", async () => {
    const admin = await signedInAs("admin");
    const own = await admin.send("PATCH", `/api/mod/moderators/${admin.moderator.id}`, { role: "moderator" });
    expect(own.status).toBe(409);
    expect((await admin.send("PATCH", `/api/mod/moderators/${admin.moderator.id}`, {})).status).toBe(400);
  });

  it("lists each account's last sign-in day, null before the first", async () => {
    const admin = await signedInAs("admin");
    const never = await createModerator();
    const list = await (await admin.call("/api/mod/moderators")).json<{
      moderators: { id: string; lastSignInDay: string | null }[];
    }>();
    const today = new Date().toISOString().slice(0, 10);
    expect(list.moderators.find((each) => each.id === admin.moderator.id)?.lastSignInDay).toBe(today);
    expect(list.moderators.find((each) => each.id === never.id)?.lastSignInDay).toBeNull();
  });

  it("answers 404 for an unknown account", async () => {
    const admin = await signedInAs("admin");
    expect((await admin.send("PATCH", "/api/mod/moderators/nobody", { disabled: true })).status).toBe(404);
  });

  it("is not open to a plain moderator", async () => {
    const helper = await signedInAs("moderator");
    const res = await request("/api/mod/moderators", {
      method: "POST",
      headers: { Cookie: helper.cookie, Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({ username: "sneaky" }),
    });
    expect(res.status).toBe(403);
  });
});
