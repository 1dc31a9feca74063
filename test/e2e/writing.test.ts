import { describe, expect, inject, it } from "vitest";
import { marker, openPage, screenshot, seriousViolations, sharedBrowser, viewports } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

describe.each(Object.entries(viewports))("an author on %s", (name, viewport) => {
  it("is refused for a phone number, fixes it in place, publishes, then deletes with the token", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    const inaccessible: string[] = [];
    const word = marker();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("link", { name: "Write" }).click();
    await page.waitForURL(/\/new$/);
    inaccessible.push(...(await seriousViolations(page)));

    // The marker closes the sentence: a made-up word right before a verb reads as a name to the guard.
    const draft = `A client left a message at 555-201-7730 and I replayed it all evening, wondering what I missed (${word}).`;
    await page.getByLabel("Your reflection").fill(draft);
    await expect(page.locator("#body-count").textContent()).resolves.toMatch(/^\d+ \/ 2,000 characters$/);
    await page.getByLabel("Category").selectOption("boundaries");
    await page.getByRole("button", { name: "Publish" }).click();

    // Refused: the number is marked, its reason beside it, and the text is back in the box.
    await expect(page.locator("mark.kind-identifying").first().textContent()).resolves.toContain("555-201-7730");
    await expect(page.locator("ol.reasons").textContent()).resolves.toContain("phone");
    await expect(page.getByLabel("Your reflection").inputValue()).resolves.toBe(draft);
    await expect(page.getByLabel("Category").inputValue()).resolves.toBe("boundaries");
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `composer-refused-${name}`);

    const fixed = draft.replace(" at 555-201-7730", "");
    await page.getByLabel("Your reflection").fill(fixed);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("heading", { name: "Published", exact: true }).waitFor();
    const token = await page.getByLabel("Your delete token", { exact: true }).inputValue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The whole token shows, wrapped, on a phone too: nothing of it is scrolled out of its box.
    const tokenBox = page.locator("#delete-token");
    const [shown, whole] = await tokenBox.evaluate((box) => [box.clientWidth, box.scrollWidth]);
    expect(whole).toBeLessThanOrEqual(shown ?? 0);
    inaccessible.push(...(await seriousViolations(page)));
    await screenshot(page, `composer-published-${name}`);

    await page.getByRole("link", { name: "See it" }).click();
    await expect(page.locator("article.post .post-body").textContent()).resolves.toBe(fixed);
    const postUrl = page.url();

    // The bookmarked link: the token rides in the fragment, which the script puts in the form and sends.
    await page.goto(`${baseUrl}/status#token=${token}`);
    await expect(page.locator("h2[data-status]").getAttribute("data-status")).resolves.toBe("published");
    expect(new URL(page.url()).hash).toBe("");
    inaccessible.push(...(await seriousViolations(page)));
    await page.getByLabel("Yes, delete my post for good").check();
    await page.getByRole("button", { name: "Delete for good" }).click();
    await page.getByRole("heading", { name: "Deleted" }).waitFor();
    await screenshot(page, `status-deleted-${name}`);

    // Asked of the server, not the browser's cache (which may keep the page for minutes, as the page says).
    expect((await page.request.get(postUrl)).status()).toBe(404);

    expect(inaccessible).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("sees crisis resources first when a post is held for crisis", async () => {
    const { page, problems, close } = await openPage(browser(), viewport);
    await page.goto(`${baseUrl}/new`);
    await page
      .getByLabel("Your reflection")
      .fill(`I don't want to wake up tomorrow. I'm so tired of holding everyone together. (${marker()})`);
    await page.getByLabel("Category").selectOption("burnout");
    await page.getByRole("button", { name: "Publish" }).click();
    const firstHeading = page.locator("main h1, main h2").first();
    await expect(firstHeading.textContent()).resolves.toBe("You do not have to carry this alone");
    await expect(page.locator(".crisis").textContent()).resolves.toContain("988");
    await page.getByRole("heading", { name: "Your post is held for a moderator" }).waitFor();
    await expect(page.getByLabel("Your delete token", { exact: true }).inputValue()).resolves.toMatch(
      /^[A-Za-z0-9_-]{20,}$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `composer-crisis-${name}`);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("a draft", () => {
  it("is kept in its tab until the board has it: back after a reload, gone once published", async () => {
    const { page, problems, close } = await openPage(browser(), viewports.phone);
    await page.goto(`${baseUrl}/new`);
    const draft = `Half a thought about a long week of intakes, not sent yet (${marker()}).`;
    await page.getByLabel("Your reflection").fill(draft);
    await page.reload();
    await expect(page.getByLabel("Your reflection").inputValue()).resolves.toBe(draft);
    await page.getByText("Your unsent draft is back, from this tab.").waitFor();
    await page.getByLabel("Category").selectOption("burnout");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("heading", { name: "Published", exact: true }).waitFor();
    await page.goto(`${baseUrl}/new`);
    await expect(page.getByLabel("Your reflection").inputValue()).resolves.toBe("");
    expect(problems).toEqual([]);
    await close();
  });

  it("shows that it is being sent, cannot be sent twice, and survives a cut network", async () => {
    const { page, close } = await openPage(browser(), viewports.phone);
    await page.goto(`${baseUrl}/new`);
    const draft = `A draft sent into a dead network, kept for later (${marker()}).`;
    await page.getByLabel("Your reflection").fill(draft);
    await page.getByLabel("Category").selectOption("burnout");
    const button = page.locator("form[data-sending] button[type=submit]");

    // The send is held in the page (a listener after the board's own keeps the form from leaving), so what the
    // button shows while a post is on its way can be read, and a second press counted.
    await page.evaluate(() => {
      const form = document.querySelector("form[data-sending]");
      const page = window as unknown as { sends: number };
      page.sends = 0;
      form?.addEventListener("submit", (event) => {
        page.sends += 1;
        event.preventDefault();
      });
    });
    await button.click();
    const sending = await button.evaluate((pressed: HTMLButtonElement) => ({
      text: pressed.textContent,
      disabled: pressed.disabled,
      busy: pressed.form?.ariaBusy,
    }));
    expect(sending).toEqual({ text: "Publishing…", disabled: true, busy: "true" });
    await button.click({ force: true });
    await expect(page.evaluate(() => (window as unknown as { sends: number }).sends)).resolves.toBe(1);

    // The network is cut as the post is sent: back on the composer, the draft is still there.
    await page.reload();
    await page.route("**/new", (route) =>
      route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
    );
    await page.getByLabel("Category").selectOption("burnout");
    const failed = page.waitForEvent("requestfailed");
    await button.click({ noWaitAfter: true });
    await failed;
    await page.unroute("**/new");
    await page.goto(`${baseUrl}/new`);
    await expect(page.getByLabel("Your reflection").inputValue()).resolves.toBe(draft);
    await close();
  });
});
