import { beforeAll, describe, expect, inject, it } from "vitest";
import { onAFreshPage, screenshot, seriousViolations, sharedBrowser, submitPost, viewports } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
let postPath: string;

beforeAll(async () => {
  const { post } = await submitPost(baseUrl, "An accessibility walk needs a post of its own to open.", "lessons");
  postPath = `/p/${post.id}`;
});

const PAGES = [
  "/",
  "/?sort=top",
  "/?sort=top&period=week",
  "/c/burnout",
  "/new",
  "/search",
  "/search?q=notes",
  "/search?q=supervisor",
  "/guidelines",
  "/about",
  "/privacy",
  "/feeds",
  "/status",
  "/mod",
  "/no-such-page",
];

// The smallest phone the board is made for, besides the flows' 375 px.
const SIZES = { ...viewports, "small phone": { width: 360, height: 740 } };

/** A page's screenshot name: "search-q-notes" for "/search?q=notes", "board" for "/". */
const shotName = (path: string) => path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "board";

// Every page is saved as a screenshot in each theme and size (test-results/pages/), to be looked at by a person.
describe.each(["light", "dark"] as const)("every page in %s mode", (colorScheme) => {
  it.each(Object.entries(SIZES))(
    "has no serious or critical accessibility violation on %s, text at AAA contrast",
    async (_, viewport) => {
      const violations: string[] = [];
      for (const path of [...PAGES, postPath]) {
        const what = `${path} at ${viewport.width} px in ${colorScheme} mode`;
        const found = await onAFreshPage(browser(), viewport, what, async (page) => {
          await page.emulateMedia({ colorScheme });
          await page.goto(`${baseUrl}${path}`);
          const name = path === postPath ? "post" : shotName(path);
          await screenshot(page, `pages/${name}-${viewport.width}-${colorScheme}`);
          const serious = (await seriousViolations(page)).map((violation) => `${path}: ${violation}`);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          return width > viewport.width
            ? [...serious, `${path}: ${width} px wide in a ${viewport.width} px viewport`]
            : serious;
        });
        violations.push(...found);
      }
      expect(violations).toEqual([]);
    },
  );
});
