import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { marker, openPage, screenshot, seriousViolations, sharedBrowser, submitPost, viewports } from "./browser";
import { signInThroughPages } from "./sign-in";

const baseUrl = inject("baseUrl");
const moderator = inject("moderator");
const browser = sharedBrowser();

/** A post the pipeline holds for a date. */
async function heldPost(word: string): Promise<string> {
  // The marker closes the sentence: a made-up word right before a verb reads as a name to the guard.
  const body = `On March 3, 2024 a client finally said what she came for, and I nearly missed it (${word}).`;
  const { status, post } = await submitPost(baseUrl, body, "lessons");
  expect(status).toBe(202);
  return post.id;
}

function reviewItem(page: Page, postId: string) {
  return page.locator(`#post-${postId}`);
}

describe.each(Object.entries(viewports))("a moderator on %s", (name, viewport) => {
  it("signs in, approves one held post, redacts another, and sees both in the audit log", async () => {
    const stamp = marker();
    const [toApprove, toRedact] = [await heldPost(`approve ${stamp}`), await heldPost(`redact ${stamp}`)];
    const { page, problems, close } = await openPage(browser(), viewport);
    const inaccessible: string[] = [];

    await page.goto(`${baseUrl}/mod`);
    inaccessible.push(...(await seriousViolations(page)));
    // The first viewport's sign-in enrols the second factor; the second's signs in with a code.
    inaccessible.push(...(await signInThroughPages(page, baseUrl, moderator)));

    const approving = reviewItem(page, toApprove);
    await expect(approving.locator("mark").first().textContent()).resolves.toContain("March 3, 2024");
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `mod-queue-${name}`);
    await approving.getByRole("button", { name: "Approve and publish" }).click();
    await page.getByText("Approved: the post is published.").waitFor();
    await expect(reviewItem(page, toApprove).count()).resolves.toBe(0);

    const redacting = reviewItem(page, toRedact);
    await redacting.getByText("Redact", { exact: true }).click();
    const redacted = `This spring a client finally said what she came for, and I nearly missed it (redact ${stamp}).`;
    await redacting.getByLabel("The post with identifying details edited out").fill(redacted);
    await redacting.getByRole("button", { name: "Publish the redacted text" }).click();
    await page.getByText("Redacted and published.").waitFor();

    await page.getByRole("link", { name: "Audit log" }).click();
    const log = (await page.locator("table.audit tbody").textContent()) ?? "";
    expect(log).toContain("approve");
    expect(log).toContain("redact");
    expect(log).toContain(moderator.username);
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `mod-audit-${name}`);

    await page.goto(`${baseUrl}/p/${toRedact}`);
    await expect(page.locator("article.post .post-body").textContent()).resolves.toBe(redacted);

    await page.goto(`${baseUrl}/mod`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Password").waitFor();

    expect(inaccessible).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each(Object.entries(viewports))("an admin on %s", (name, viewport) => {
  it("adds a moderator who signs in and enrols; resets their second factor, and disables them", async () => {
    const admin = inject("admin");
    const { page, problems, close } = await openPage(browser(), viewport);
    const inaccessible = await signInThroughPages(page, baseUrl, admin);
    await page.getByRole("link", { name: "Moderators", exact: true }).click();
    await page.getByRole("heading", { name: "Moderators", level: 1 }).waitFor();
    inaccessible.push(...(await seriousViolations(page)));

    const username = `new-${marker().toLowerCase()}`.slice(0, 32);
    await page.getByLabel("Username").fill(username);
    await page.getByRole("button", { name: "Add, with a password shown once" }).click();
    const password = (await page.locator("code.one-time-password").textContent()) ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `mod-moderators-${name}`);

    // The new moderator signs in, in their own browser, and enrols an authenticator.
    const theirs = await openPage(browser(), viewport);
    inaccessible.push(...(await signInThroughPages(theirs.page, baseUrl, { username, password })));
    await page.reload();
    const row = page.getByRole("row", { name: new RegExp(`^${username} `) });
    await row.getByRole("cell", { name: "set up", exact: true }).waitFor();
    await page.getByRole("button", { name: `Reset ${username}'s second factor` }).click();
    await page.getByText("Their second factor is reset").waitFor();
    await theirs.page.reload();
    await theirs.page.getByLabel("Password").waitFor();
    expect(theirs.problems).toEqual([]);
    await theirs.close();

    await page.getByRole("button", { name: `Disable ${username}` }).click();
    await page.getByText("Disabled: their sessions have ended").waitFor();
    await expect(page.locator("body").textContent()).resolves.not.toContain(password);
    await page.getByRole("button", { name: "Sign out" }).click();

    expect(inaccessible).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each(Object.entries(viewports))("an author and a moderator on %s", (name, viewport) => {
  it("appeals a hold; the moderator filters the queue, claims the post, keeps the decision, and finds it in the log", async () => {
    const reviewer = inject("reviewer");
    const stamp = marker();
    const body = `On March 3, 2024 a client finally said what she came for, and I nearly missed it (${stamp}).`;
    const { post, deleteToken } = await submitPost(baseUrl, body, "lessons");
    const inaccessible: string[] = [];

    const author = await openPage(browser(), viewport);
    await author.page.goto(`${baseUrl}/status`);
    await author.page.getByLabel("Delete token").fill(deleteToken);
    await author.page.getByRole("button", { name: "Show my post" }).click();
    await author.page.waitForURL(/\/status$/);
    await author.page.getByLabel("Why a moderator should look again").fill("The date is invented for the story.");
    await author.page.getByRole("button", { name: "Send the appeal" }).click();
    await author.page.waitForURL(/\/status\/appeal$/);
    await author.page.getByText("Sent. A moderator will read it").waitFor();
    inaccessible.push(...(await seriousViolations(author.page)));

    const { page, problems, close } = await openPage(browser(), viewport);
    inaccessible.push(...(await signInThroughPages(page, baseUrl, reviewer)));
    await page.getByLabel("Kind").selectOption("identifying");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/kind=identifying/);
    const card = reviewItem(page, post.id);
    await card.getByText("The author appealed").waitFor();
    await card.getByRole("button", { name: "Claim it for 15 minutes" }).click();
    await page.waitForURL((url) => url.hash === `#post-${post.id}`);
    await reviewItem(page, post.id).getByText("You are working on this post until").waitFor();
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `mod-claim-appeal-${name}`);
    const claimed = reviewItem(page, post.id);
    await claimed.getByLabel("To keep the decision, your reason (the author reads it)").fill("The full date dates it.");
    await claimed.getByRole("button", { name: "Keep the decision" }).click();
    await page.waitForURL((url) => url.pathname === "/mod" && url.hash === "");

    await page.getByRole("link", { name: "Audit log" }).click();
    await page.getByLabel("Action").selectOption("uphold-appeal");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/action=uphold-appeal/);
    const log = (await page.locator("table.audit tbody").textContent()) ?? "";
    expect(log).toContain("uphold-appeal");
    expect(log).toContain(reviewer.username);
    expect(log).not.toContain("sign-in");
    inaccessible.push(...(await seriousViolations(page)));

    await author.page.reload();
    await author.page.goto(`${baseUrl}/status`);
    await author.page.getByLabel("Delete token").fill(deleteToken);
    await author.page.getByRole("button", { name: "Show my post" }).click();
    await author.page.waitForURL(/\/status$/);
    await author.page.getByText("A moderator looked again and kept the decision.").waitFor();
    await author.page.getByText("The full date dates it.").waitFor();

    expect(inaccessible).toEqual([]);
    expect(problems).toEqual([]);
    expect(author.problems).toEqual([]);
    await author.close();
    await close();
  });
});
