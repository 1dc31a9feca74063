import { beforeAll, describe, expect, inject, it } from "vitest";
import { marker, openPage, screenshot, seriousViolations, sharedBrowser, submitPost, viewports } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
/** A word only the search test's post has, so its count is known. */
const searchWord = marker();

beforeAll(async () => {
  const { status } = await submitPost(
    baseUrl,
    `Search test note ${searchWord}: group supervision was the best hour of the week.`,
    "lessons",
  );
  expect(status).toBe(201);
  // More posts than one feed page holds, whatever the demo set's size.
  for (let i = 0; i < 21; i++) {
    const { status } = await submitPost(
      baseUrl,
      `Reading test note ${marker()}: the waitlist grew again this week.`,
      "paperwork",
    );
    expect(status).toBe(201);
  }
});

describe.each(Object.entries(viewports))("a reader on %s", (name, viewport) => {
  it("pages through the feed, opens a category and a post", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    const inaccessible: string[] = [];
    await page.goto(`${baseUrl}/`);
    const firstPage = await page
      .locator("article.post a.post-link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(firstPage.length).toBe(20);
    await expect(page.locator("link[rel=stylesheet]").count()).resolves.toBe(1);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)"); // the stylesheet was served and applied
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `feed-${name}`);
    // The first post starts on the first screen, under the header, the introduction and the categories, on a phone
    // too (the categories once filled it); once the introduction is hidden, it starts in the screen's top half.
    const firstPostTop = async () => (await page.locator("article.post").first().boundingBox())?.y ?? viewport.height;
    expect(await firstPostTop()).toBeLessThan(viewport.height * 0.75);
    await page.getByRole("button", { name: "Got it, hide this" }).click();
    expect(await firstPostTop()).toBeLessThan(viewport.height / 2);
    await page.reload();
    await expect(page.locator("[data-intro]").count()).resolves.toBe(0);

    await page.getByRole("link", { name: "Older posts" }).click();
    await page.waitForURL(/\?cursor=/);
    const secondPage = await page
      .locator("article.post a.post-link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    await page.getByRole("navigation", { name: "Pages" }).getByText("Page 2").waitFor();
    await page.getByRole("link", { name: "Newer posts" }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.search === "");
    const backAgain = await page
      .locator("article.post a.post-link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(backAgain).toEqual(firstPage);
    await page.getByRole("link", { name: "Older posts" }).click();

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
    inaccessible.push(...(await seriousViolations(page)));

    // The whole card opens its post, not only its link: a click in the middle of its text lands on the link's box.
    const text = await page.locator("article.post .post-body").first().boundingBox();
    if (!text) throw new Error("no card text on the page");
    await page.mouse.click(text.x + text.width / 2, text.y + text.height / 2);
    await page.waitForURL(/\/p\/[0-9a-z]{12}$/);
    await expect(page.locator("article.post .post-body").textContent()).resolves.toMatch(/.{20,}/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width); // nothing overflows sideways
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `post-${name}`);

    expect(inaccessible).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("searches a word in another of its forms, sees the count and the feed's cards, and reads the guidelines", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    const inaccessible: string[] = [];
    await page.goto(`${baseUrl}/`);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await expect(
      page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).getAttribute("aria-current"),
    ).resolves.toBe("page");
    // "supervisor" finds the post that says "supervision", which porter stems apart.
    await page.getByLabel("Words to find").fill(`supervisor ${searchWord}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=supervisor/);
    await expect(page.locator(".result-count").textContent()).resolves.toBe("1 post matches");
    const cards = page.locator(".results article.post.linked");
    await expect(cards.count()).resolves.toBe(1);
    await expect(cards.locator("mark").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["supervision", searchWord]),
    );
    await expect(cards.locator(".post-resonates").textContent()).resolves.toBe("0 people resonate");
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `search-${name}`);

    // Either word, with OR; and the card opens the post, as a feed card does.
    await page.getByLabel("Words to find").fill(`${searchWord} OR ${marker()}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(new RegExp(`q=${searchWord}`));
    await expect(cards.count()).resolves.toBe(1);
    const text = await cards.locator(".post-body").boundingBox();
    if (!text) throw new Error("no result text on the page");
    await page.mouse.click(text.x + text.width / 2, text.y + text.height / 2);
    await page.waitForURL(/\/p\/[0-9a-z]{12}$/);
    await expect(page.locator("article.post .post-body").textContent()).resolves.toContain("group supervision");

    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Guidelines" }).click();
    await page.getByRole("heading", { name: "How to de-identify a story" }).waitFor();
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `guidelines-${name}`);

    expect(inaccessible).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
