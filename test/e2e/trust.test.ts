import { describe, expect, inject, it } from "vitest";
import { openPage, seriousViolations, sharedBrowser, viewports } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

describe.each(Object.entries(viewports))("a first-time visitor on %s", (_, viewport) => {
  it("finds who runs the board and what it keeps, from every page's footer", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    await page.goto(`${baseUrl}/`);
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: "About" }).click();
    await page.getByRole("heading", { name: "Two promises" }).waitFor();
    await page.getByRole("heading", { name: "Who moderates, and how" }).waitFor();

    await footer.getByRole("link", { name: "Privacy" }).click();
    await page.getByRole("heading", { name: "Never kept" }).waitFor();
    await page.getByRole("heading", { name: "Kept, and for how long" }).waitFor();
    await page.getByRole("heading", { name: "What someone with our data could learn" }).waitFor();

    await footer.getByRole("link", { name: "Follow in a feed reader" }).click();
    await page.getByRole("heading", { name: "Follow the board in a feed reader" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("is given a crisis line to call or text, and the directory, as links on every page", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    for (const path of ["/", "/new", "/guidelines"]) {
      await page.goto(`${baseUrl}${path}`);
      const line = page.locator("[data-crisis-line]");
      await expect(line.locator('a[href="tel:988"]').count()).resolves.toBe(1);
      await expect(line.locator('a[href="sms:988"]').count()).resolves.toBe(1);
      await expect(line.locator('a[href="https://findahelpline.com"]').count()).resolves.toBe(1);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("reads the most resonated posts of this week, this month or all time, and the header marks where it is", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    await page.goto(`${baseUrl}/`);
    const site = page.getByRole("navigation", { name: "Site" });
    await expect(site.getByRole("link", { name: "Board" }).getAttribute("aria-current")).resolves.toBe("page");
    await page.getByRole("navigation", { name: "Order" }).getByRole("link", { name: "Most resonated" }).click();
    const periods = page.getByRole("navigation", { name: "Most resonated over" });
    await expect(periods.getByRole("link", { name: "All time" }).getAttribute("aria-current")).resolves.toBe("page");
    for (const [label, period] of [
      ["This week", "week"],
      ["This month", "month"],
    ] as const) {
      await periods.getByRole("link", { name: label }).click();
      await page.waitForURL((url) => url.searchParams.get("period") === period);
      await expect(periods.getByRole("link", { name: label }).getAttribute("aria-current")).resolves.toBe("page");
    }
    await site.getByRole("link", { name: "Guidelines" }).click();
    await page.waitForURL(/\/guidelines$/);
    await expect(site.getByRole("link", { name: "Guidelines" }).getAttribute("aria-current")).resolves.toBe("page");
    await expect(site.getByRole("link", { name: "Board" }).getAttribute("aria-current")).resolves.toBeNull();
    expect(problems).toEqual([]);
    await close();
  });
});

describe("a search engine", () => {
  it("is asked to index nothing: robots.txt, the header and the page's own tag", async () => {
    const { page, close } = await openPage(browser(), viewports.desktop);
    const robots = await page.request.get(`${baseUrl}/robots.txt`);
    expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/$/m);
    for (const path of ["/", "/search?q=notes", "/about"]) {
      const answer = await page.goto(`${baseUrl}${path}`);
      expect(answer?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
      await expect(page.locator('meta[name="robots"]').getAttribute("content")).resolves.toBe("noindex, nofollow");
    }
    await close();
  });
});
