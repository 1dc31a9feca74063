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

    const before = Number((await page.locator(".post-resonates").textContent())?.match(/\d+/)?.[0]);
    await page.getByRole("button", { name: "This resonates with me" }).click();
    await page.getByText("Thank you for saying so.").waitFor();
    const after = Number((await page.locator(".post-resonates").textContent())?.match(/\d+/)?.[0]);
    expect(after).toBe(before + 1);

    await page.getByText("Report this post").click();
    await page.getByLabel(/Off-topic/).check();
    await page.getByLabel("A note for the moderators (optional)").fill(`Seems off-topic to me (${name}).`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Send the report" }).click();
    await page.waitForURL(/\/flags\/[A-Za-z0-9_-]{43}$/);
    await expect(page.locator("[data-outcome]").getAttribute("data-outcome")).resolves.toBe("open");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `flag-receipt-${name}`);

    expect(problems).toEqual([]);
    await close();
  });
});
