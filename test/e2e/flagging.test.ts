import { describe, expect, inject, it } from "vitest";
import { openPage, screenshot, seriousViolations, sharedBrowser, viewports } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

describe.each(Object.entries(viewports))("a reader on %s", (name, viewport) => {
  it("resonates with a post and reports it, then follows the report by its receipt", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    await page.goto(`${baseUrl}/c/paperwork`);
    await page.locator("article.post a.post-link").first().click();
    await page.waitForURL(/\/p\/[0-9a-z]{12}$/);
    const postUrl = page.url();

    const before = Number((await page.locator(".post-resonates").textContent())?.match(/\d+/)?.[0]);
    await page.getByRole("button", { name: "This resonates with me" }).click();
    await page.getByText("Thank you for saying so.").waitFor();
    const after = Number((await page.locator(".post-resonates").textContent())?.match(/\d+/)?.[0]);
    expect(after).toBe(before + 1);
    // The page after a resonate says so, and does not offer the button again.
    await expect(page.getByRole("button", { name: "This resonates with me" }).count()).resolves.toBe(0);
    // Its address, shared, shows nothing about the sharer: there is no page there to show anyone.
    const shared = await browser().newContext();
    const answer = await shared.request.get(page.url(), { timeout: 0 });
    expect(answer.status()).toBe(404);
    expect(await answer.text()).not.toContain("Thank you");
    await shared.close();

    await page.getByText("Report this post").click();
    await page.getByLabel(/Off-topic/).check();
    await page.getByLabel("A note for the moderators (optional)").fill(`Seems off-topic to me (${name}).`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Send the report" }).click();
    await page.waitForURL(/\/flags\/[A-Za-z0-9_-]{43}$/);
    await expect(page.locator("[data-outcome]").getAttribute("data-outcome")).resolves.toBe("open");
    // The receipt is a whole address (from the board's configured origin), ready to keep; the page leads back to the post.
    const receipt = new URL(await page.getByLabel("Your receipt").inputValue());
    expect(receipt.pathname).toBe(new URL(page.url()).pathname);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `flag-receipt-${name}`);
    await page.getByRole("link", { name: "← Back to the post" }).click();
    await page.waitForURL(postUrl);

    expect(problems).toEqual([]);
    await close();
  });
});
