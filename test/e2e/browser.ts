import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 812 },
} as const;

export type Viewport = { width: number; height: number };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // No timeouts of Playwright's own (30 s by default): a test's verdict must not depend on this machine's
    // speed under load. `.ci/run` bounds the browser run as a whole, so a hang still ends.
    timeout: 0,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not running");
    return browser;
  };
}

/**
 * A page in a fresh context (its own cookies) that records every console
 * error (CSP violations are reported there) and every uncaught exception,
 * so a test can assert there were none. Each page is a client of its own:
 * local dev passes CF-Connecting-IP through, so rate limits meet each test
 * separately, as they would meet separate people.
 */
export async function openPage(browser: Browser, viewport: Viewport) {
  const context = await browser.newContext({ viewport });
  // As for launch: no default timeouts on navigation, waits or clicks; the run as a whole is bounded.
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  await context.setExtraHTTPHeaders({ "CF-Connecting-IP": randomAddress() });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems, close: () => context.close() };
}

/**
 * A word of random letters to find a test's own post by: digits would look like identifiers, and any letters at all
 * can spell what the filter holds ("…nggab…" once did, about one marker in ten thousand). These eight spell nothing
 * it holds in 200,000 tries, and ten of them make a billion markers.
 */
const MARKER_LETTERS = "hjkqvwxz";

export function marker(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) =>
    MARKER_LETTERS.charAt(byte % MARKER_LETTERS.length),
  ).join("");
}

/** A post sent through the API, as a client of its own, for tests that need posts to exist. */
export async function submitPost(baseUrl: string, body: string, category: string) {
  const res = await fetch(`${baseUrl}/api/posts`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": randomAddress() },
    body: JSON.stringify({ body, category }),
  });
  const answer = (await res.json()) as { post: { id: string; status: string }; deleteToken: string };
  return { status: res.status, post: answer.post, deleteToken: answer.deleteToken };
}

function randomAddress(): string {
  const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
}

/** A full-page screenshot in `test-results/` (or a folder of it, as `name` says), for a person to look at. */
export async function screenshot(page: Page, name: string) {
  const path = `test-results/${name}.png`;
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Runs axe-core inside the page (evaluated through the DevTools protocol, so
 * the page's CSP needs no exception) and returns the serious and critical
 * violations, each as "rule: help (where)". Its default rules are WCAG AA;
 * text contrast is held to AAA too (`color-contrast-enhanced`, 7:1), which
 * axe leaves off unless asked.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    type Run = (options: object) => Promise<{ violations: AxeViolation[] }>;
    const axe = (globalThis as unknown as { axe: { run: Run } }).axe;
    return (await axe.run({ rules: { "color-contrast-enhanced": { enabled: true } } })).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((n) => n.target))})`);
}
