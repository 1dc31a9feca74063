import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, openPage, screenshot, viewports } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(viewports))("a reader on %s", (name, viewport) => {
  it("reads the feed, opens a category and a post, without a console error", async () => {
    const { page, problems } = await openPage(browser, viewport);
    await page.goto(`${baseUrl}/`);
    await expect(page.locator("article.post").count()).resolves.toBeGreaterThanOrEqual(16);
    await expect(page.locator("link[rel=stylesheet]").count()).resolves.toBe(1);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)"); // the stylesheet was served and applied
    await screenshot(page, `feed-${name}`);

    await page
      .getByRole("navigation", { name: "Categories" })
      .getByRole("link", { name: /^Why I stay/ })
      .click();
    await page.waitForURL(/\/c\/gratitude$/);
    await expect(page.locator("h1#feed-title").textContent()).resolves.toBe("Why I stay");
    const categories = await page
      .locator("article.post")
      .evaluateAll((posts) => posts.map((post) => post.getAttribute("data-category")));
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(["gratitude"]));

    await page.locator("article.post a.post-link").first().click();
    await page.waitForURL(/\/p\/[0-9a-z]{12}$/);
    await expect(page.locator("article.post .post-body").textContent()).resolves.toMatch(/\S{20,}|.{20,}/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width); // nothing overflows sideways
    await screenshot(page, `post-${name}`);

    expect(problems).toEqual([]);
    await page.close();
  });
});
