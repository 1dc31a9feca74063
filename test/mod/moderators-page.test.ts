import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { postForm, request } from "../support/app";
import { createModerator, signedInAs, signIn } from "../support/mod";

const page = async (cookie: string, path = "/mod/moderators") =>
  (await request(path, { headers: { Cookie: cookie } })).text();

describe("the admin screen, /mod/moderators", () => {
  it("lists every account with its role, status, last sign-in day and second factor, linked from the admin's nav", async () => {
    const admin = await signedInAs("admin");
    const never = await createModerator("moderator", { enrolled: false });
    const res = await request("/mod/moderators", { headers: { Cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<a href="/mod/moderators">Moderators</a>');
    const row = html.slice(html.indexOf(`<th scope="row">${never.username}</th>`));
    expect(row).toMatch(
      /^<th scope="row">[^<]+<\/th><td>moderator<\/td><td>active<\/td><td>never<\/td><td>not set up yet<\/td>/,
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(html).toContain(
      `<th scope="row">${admin.moderator.username}</th><td>admin</td><td>active</td><td>${today}</td><td>set up</td>`,
    );
    expect(html).toContain("your own account");
  });

  it("is 403 for a moderator who is not an admin, whose pages carry no link to it", async () => {
    const helper = await signedInAs("moderator");
    expect((await request("/mod/moderators", { headers: { Cookie: helper.cookie } })).status).toBe(403);
    expect(await page(helper.cookie, "/mod")).not.toContain("/mod/moderators");
    const sent = await postForm("/mod/moderators", { username: "sneaky" }, { Cookie: helper.cookie });
    expect(sent.status).toBe(403);
  });

  it("adds a moderator and shows their password once, on the answer only; it signs in", async () => {
    const admin = await signedInAs("admin");
    const username = `added-${crypto.randomUUID().slice(0, 8)}`;
    const res = await postForm("/mod/moderators", { username, role: "moderator" }, { Cookie: admin.cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    const password = html.match(/<code class="one-time-password">([^<]+)<\/code>/)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect((await signIn(username, password)).status).toBe(202);
    expect(await page(admin.cookie)).not.toContain(password);
    const again = await postForm("/mod/moderators", { username }, { Cookie: admin.cookie });
    expect(await again.text()).toContain("This username is taken.");
  });

  it("disables, enables and changes roles, each audited, and offers no change to the admin's own account", async () => {
    const admin = await signedInAs("admin");
    const helper = await signedInAs("moderator");
    const change = (name: string, id = helper.moderator.id) =>
      postForm(`/mod/moderators/${id}`, { change: name }, { Cookie: admin.cookie });
    const disabled = await change("disable");
    expect(disabled.status).toBe(303);
    expect(disabled.headers.get("Location")).toBe("/mod/moderators?done=disable");
    expect((await request("/mod", { headers: { Cookie: helper.cookie } })).status).toBe(200);
    expect(await page(helper.cookie, "/mod")).toContain("Moderator sign-in"); // the session ended
    expect(await page(admin.cookie, "/mod/moderators?done=disable")).toContain("Disabled: their sessions have ended");
    await change("enable");
    await change("make-admin");
    const { results } = await env.DB.prepare("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY id")
      .bind(helper.moderator.id)
      .all<{ action: string }>();
    expect(results.map((row) => row.action)).toEqual(["disable-moderator", "enable-moderator", "change-role"]);
    expect(await page(admin.cookie)).not.toContain(`action="/mod/moderators/${admin.moderator.id}"`);
    const own = await change("make-moderator", admin.moderator.id);
    expect(await own.text()).toContain("You cannot disable your own account, change its role or reset");
  });
});
