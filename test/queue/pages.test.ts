import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findPost } from "../../src/posts/queries";
import { db, postForm, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

const PHONE_REASON = {
  rule: "phone",
  kind: "identifying" as const,
  action: "refuse" as const,
  message: "This looks like a phone or fax number.",
};

function act(cookie: string, postId: string, fields: Record<string, string>) {
  return postForm(`/mod/posts/${postId}/actions`, { returnTo: "queue", ...fields }, { Cookie: cookie });
}

describe("the queue page", () => {
  it("marks each reason in the post text and lists the readers' reports", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost({
      status: "pending",
      queueRank: 1,
      body: "Call me at 555-201-7730 any evening after the kids are asleep, please.",
      reasons: [{ ...PHONE_REASON, start: 11, end: 23 }],
    });
    const page = await (await request("/mod", { headers: { Cookie: cookie } })).text();
    expect(page).toContain(`id="post-${post.id}"`);
    expect(page).toMatch(/<mark class="kind-identifying"[^>]*>555-201-7730<sup/);
    expect(page).toContain("This looks like a phone or fax number.");
    expect(page).toContain(`action="/mod/posts/${post.id}/actions"`);
    expect(page).toContain("Sign out");
  });

  it("shows a post readers reported but did not hide, with how long the report has waited and a way to keep it up", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost();
    await postForm(`/p/${post.id}/flag`, { reason: "identifying", note: "names the school" });
    const page = await (await request("/mod", { headers: { Cookie: cookie } })).text();
    const card = page.slice(page.indexOf(`id="post-${post.id}"`));
    expect(card).toContain("Reported by readers, still published");
    expect(card).toMatch(/waiting (less than an hour|1 hour)/);
    expect(card).toContain("names the school");
    expect(card).toContain("Keep it published and dismiss the reports");
    const kept = await act(cookie, post.id, { action: "approve", revision: "0" });
    expect(kept.status).toBe(303);
    expect((await findPost(db(), post.id))?.openReports).toBe(0);
    const after = await (await request("/mod", { headers: { Cookie: cookie } })).text();
    expect(after).not.toContain(`id="post-${post.id}"`);
  });

  it("counts what waits, crisis first, and gives a crisis hold guidance and no easy publish", async () => {
    const { cookie } = await signedInAs();
    const crisis = await seedPost({
      status: "pending",
      category: "own-therapy",
      queueRank: 0,
      reasons: [{ rule: "crisis-intent", kind: "crisis", action: "hold", message: "held", start: 0, end: 4 }],
    });
    await seedPost({ status: "pending", queueRank: 1, reasons: [{ ...PHONE_REASON, start: 0, end: 4 }] });
    const page = await (await request("/mod", { headers: { Cookie: cookie } })).text();
    // Every post this file left in the queue counts too: the figures are D1's own.
    const { results } = await env.DB.prepare(
      "SELECT queue_rank AS rank, count(*) AS n FROM posts WHERE in_queue GROUP BY queue_rank ORDER BY queue_rank",
    ).all<{ rank: number; n: number }>();
    const total = results.reduce((sum, row) => sum + row.n, 0);
    const names = ["crisis", "identifying", "other"];
    const byKind = results.map((row) => `${row.n} ${names[row.rank]}`).join(", ");
    expect(results[0]?.rank).toBe(0);
    expect(page).toContain(`<strong>${total} waiting</strong>: ${byKind}`);
    const from = page.indexOf(`id="post-${crisis.id}"`);
    const card = page.slice(from, page.indexOf("</article>", from));
    expect(card).toContain("Before you act: its author may be in danger");
    expect(card).toContain("Therapists in therapy"); // the category's name, not its slug
    expect(card).toContain('class="button secondary">Publish: the danger is not the author&#39;s own</button>');
    expect(card).not.toContain("Approve and publish");
  });

  it("badges a post by where it stands: no queue badge once it is reviewed", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost({ status: "pending", queueRank: 1, reasons: [{ ...PHONE_REASON, start: 0, end: 4 }] });
    const before = await (await request(`/mod/posts/${post.id}`, { headers: { Cookie: cookie } })).text();
    expect(before).toContain('<span class="badge rank-1">Identifying</span>');
    await act(cookie, post.id, { action: "approve", revision: "0", returnTo: "post" });
    const after = await (await request(`/mod/posts/${post.id}`, { headers: { Cookie: cookie } })).text();
    expect(after).not.toContain("rank-1");
    expect(after).toContain('<span class="badge">Reviewed</span>');
  });

  it("approves from the queue: back to the queue with a notice, and the post is published", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost({ status: "pending" });
    const res = await act(cookie, post.id, { action: "approve", revision: "0" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/mod?done=approve");
    expect((await findPost(db(), post.id))?.status).toBe("published");
    const page = await (await request("/mod?done=approve", { headers: { Cookie: cookie } })).text();
    expect(page).toContain("Approved: the post is published.");
  });

  it("redacts, and shows a redaction that still identifies someone again with what fails marked", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost({
      status: "pending",
      body: "Her number is 555-201-7730 and I keep thinking about calling.",
    });
    const refused = await act(cookie, post.id, {
      action: "redact",
      body: "Her number is 555-201-7731 and I keep thinking about calling.",
    });
    expect(refused.status).toBe(200);
    const page = await refused.text();
    expect(page).toMatch(/<mark class="kind-identifying"[^>]*>555-201-7731<sup/);
    expect(page).toContain(">Her number is 555-201-7731 and I keep thinking about calling.</textarea>");
    expect((await findPost(db(), post.id))?.body).toContain("555-201-7730");

    const redacted = await act(cookie, post.id, {
      action: "redact",
      body: "A client gave me her number and I keep thinking about calling.",
      returnTo: "post",
    });
    expect(redacted.status).toBe(303);
    expect(redacted.headers.get("Location")).toBe(`/mod/posts/${post.id}?done=redact`);
    const after = await findPost(db(), post.id);
    expect(after?.status).toBe("published");
    expect(after?.body).toBe("A client gave me her number and I keep thinking about calling.");
  });

  it("needs a reason to remove, then removes; the post page offers restore and the audit log lists both", async () => {
    const { cookie, moderator } = await signedInAs();
    const post = await seedPost({ status: "hidden" });
    const missing = await act(cookie, post.id, { action: "remove" });
    expect(missing.status).toBe(200);
    expect(await missing.text()).toContain("Say why the post is removed");

    const template = "It could identify a client or someone else.";
    const form = await (await request(`/mod/posts/${post.id}`, { headers: { Cookie: cookie } })).text();
    expect(form).toContain(`<option value="${template}">${template}</option>`);
    const removed = await act(cookie, post.id, { action: "remove", template, reason: "Names a clinic." });
    expect(removed.status).toBe(303);
    const stored = await env.DB.prepare("SELECT removed_reason FROM posts WHERE id = ?").bind(post.id).first();
    expect(stored).toEqual({ removed_reason: `${template} Names a clinic.` });
    const postPage = await (await request(`/mod/posts/${post.id}`, { headers: { Cookie: cookie } })).text();
    expect(postPage).toContain('name="action" value="restore"');
    expect(postPage).not.toContain('name="action" value="approve"');

    const restored = await postForm(
      `/mod/posts/${post.id}/actions`,
      { action: "restore", returnTo: "post" },
      { Cookie: cookie },
    );
    expect(restored.status).toBe(303);
    const audit = await (await request("/mod/audit", { headers: { Cookie: cookie } })).text();
    expect(audit).toContain("Names a clinic.");
    expect(audit).toContain(`href="/mod/posts/${post.id}"`);
    expect(audit).toContain(moderator.username);
    // In the log's rows, not the filter's list of actions: newest first.
    const rows = audit.slice(audit.indexOf("<tbody>"));
    expect(rows.indexOf("<td>restore</td>")).toBeGreaterThan(-1);
    expect(rows.indexOf("<td>restore</td>")).toBeLessThan(rows.indexOf("<td>remove</td>"));
  });

  it("answers an action on a post that changed meanwhile with 409, leaving it as it is", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost({ status: "pending", revision: 3 });
    const res = await act(cookie, post.id, { action: "approve", revision: "2" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("The post changed while you were looking at it.");
    expect((await findPost(db(), post.id))?.status).toBe("pending");
  });

  it("refuses an action form sent from another site", async () => {
    const { cookie } = await signedInAs();
    const post = await seedPost({ status: "pending" });
    const res = await postForm(
      `/mod/posts/${post.id}/actions`,
      { action: "approve" },
      { Cookie: cookie, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    );
    expect(res.status).toBe(403);
    expect((await findPost(db(), post.id))?.status).toBe("pending");
  });
});
