import { describe, expect, it } from "vitest";
import { seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

type Entry = {
  id: number;
  at: string;
  moderator: string;
  action: string;
  postId: string | null;
  reason: string | null;
};
type Page = { entries: Entry[]; nextCursor: string | null };

describe("GET /api/mod/audit", () => {
  it("lists every action and sign-in, newest first, with who, what, which post, when and why", async () => {
    const mod = await signedInAs();
    const post = await seedPost({ status: "pending" });
    await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve", reason: "fine as it is" });
    const res = await mod.call("/api/mod/audit");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const { entries } = await res.json<Page>();
    expect(entries.slice(0, 2)).toEqual([
      expect.objectContaining({
        action: "approve",
        postId: post.id,
        reason: "fine as it is",
        moderator: mod.moderator.username,
      }),
      expect.objectContaining({ action: "sign-in", postId: null, moderator: mod.moderator.username }),
    ]);
    expect(Date.parse(entries[0]?.at ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("pages newest first by keyset", async () => {
    const mod = await signedInAs();
    for (let i = 0; i < 3; i++) await signedInAs();
    const all = (await (await mod.call("/api/mod/audit?limit=50")).json<Page>()).entries.map((entry) => entry.id);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const first = await (await mod.call("/api/mod/audit?limit=2")).json<Page>();
    const second = await (await mod.call(`/api/mod/audit?limit=2&cursor=${first.nextCursor}`)).json<Page>();
    expect([...first.entries, ...second.entries].map((entry) => entry.id)).toEqual(all.slice(0, 4));
  });

  it.each(["abc", "0", "-1", "1e3", "99999999999999999999"])("refuses the cursor %j with 400", async (cursor) => {
    const mod = await signedInAs();
    expect((await mod.call(`/api/mod/audit?cursor=${cursor}`)).status).toBe(400);
  });
});

describe("the audit log's filters", () => {
  it("narrows the log by moderator, action and days, in the API and on the page", async () => {
    const mod = await signedInAs();
    const other = await signedInAs();
    const post = await seedPost({ status: "pending" });
    await mod.send("POST", `/api/mod/posts/${post.id}/actions`, { action: "approve" });
    const today = new Date().toISOString().slice(0, 10);
    const mine = await (
      await mod.call(
        `/api/mod/audit?limit=50&moderator=${mod.moderator.username}&action=approve&from=${today}&to=${today}`,
      )
    ).json<Page>();
    expect(mine.entries.map((entry) => [entry.moderator, entry.action, entry.postId])).toEqual([
      [mod.moderator.username, "approve", post.id],
    ]);
    const theirs = await (await mod.call(`/api/mod/audit?limit=50&moderator=${other.moderator.username}`)).json<Page>();
    expect(theirs.entries.map((entry) => entry.action)).toEqual(["sign-in"]);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const before = await (await mod.call(`/api/mod/audit?limit=50&to=${yesterday}`)).json<Page>();
    expect(before.entries.filter((entry) => entry.postId === post.id)).toEqual([]);
    expect((await mod.call("/api/mod/audit?from=2026-13-45")).status).toBe(400);

    const page = await (
      await mod.call(`/mod/audit?moderator=${mod.moderator.username}&action=approve&from=&to=`)
    ).text();
    expect(page).toContain(`<option value="${mod.moderator.username}" selected="">`);
    expect(page).toContain(`<a href="/mod/posts/${post.id}">`);
    expect(page).not.toContain("<td>sign-in</td>");
  });
});
