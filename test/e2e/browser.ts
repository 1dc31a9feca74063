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
      // Shared memory in a file under /tmp, not /dev/shm: a container's /dev/shm is often 64 MB, which a full-page
      // screenshot can outgrow, and a renderer that crashes there leaves Playwright's capture waiting for ever.
      "--disable-dev-shm-usage",
    ],
  });
}

/** How long a file waits for its Chromium to close (it takes well under a second). */
const CLOSE_GIVEN_UP_MS = 60_000;

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    // Closing is not part of any verdict: a Chromium that will not close is left to end with the run, not waited on.
    if (!browser) return;
    const bound = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GIVEN_UP_MS).unref());
    const closed = browser.close().then(() => "closed");
    if ((await Promise.race([closed, bound])) !== "closed")
      console.warn("Chromium did not close; left to end with the run");
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
  page.on("crash", () => {
    problems.push(`the page crashed at ${page.url()}`);
    console.warn(`the page crashed at ${page.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

/** How often a step still waiting says so. */
const STALL_REPORT_MS = 60_000;

/**
 * Waits for a browser step as long as it takes, saying each minute that it is still waiting and for what: a run
 * that stalls shows in the CI log where it stalled (a CI run once hung for 20 minutes in the accessibility walk and
 * said nothing). The verdict is the step's own; `.ci/run` bounds the run as a whole.
 */
export async function watched<T>(what: string, step: Promise<T>): Promise<T> {
  const started = Date.now();
  const report = setInterval(() => {
    console.warn(`still waiting after ${Math.round((Date.now() - started) / 1000)} s: ${what}`);
  }, STALL_REPORT_MS);
  try {
    return await step;
  } finally {
    clearInterval(report);
  }
}

/** How long one page's visit may stand still before it is tried once more (a visit takes well under two seconds). */
const STALLED_AFTER_MS = 180_000;
const STALLED = Symbol("stalled");

/**
 * Does `visit` on a page of its own, and closes it. A visit that stands still for three minutes (one that takes well
 * under two seconds: a renderer or a capture that never answers) is said so in the log and done once more, from the
 * start, on a fresh page; the second try waits as long as it takes. So a stall the run cannot explain costs minutes,
 * not the whole run, and the verdict is still the visit's own.
 */
export async function onAFreshPage<T>(
  browser: Browser,
  viewport: Viewport,
  what: string,
  visit: (page: Page) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { page, close } = await openPage(browser, viewport);
    const visited = visit(page);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<typeof STALLED>((resolve) => {
      if (attempt === 1) timer = setTimeout(() => resolve(STALLED), STALLED_AFTER_MS);
    });
    try {
      const outcome = await watched(what, Promise.race([visited, stalled]));
      if (outcome !== STALLED) return outcome as T;
      console.warn(`${what}: stood still for ${STALLED_AFTER_MS / 1000} s; once more on a fresh page`);
      visited.catch(() => undefined);
    } finally {
      clearTimeout(timer);
      await Promise.race([close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  }
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

/**
 * A screenshot is for a person to look at, never part of a verdict: one that has not come in this long (it takes
 * well under a second) is given up with a line in the log, so a capture that never ends (Playwright's can wait on a
 * crashed or stalled renderer for ever) cannot hang the run.
 */
const SCREENSHOT_GIVEN_UP_MS = 120_000;

/** A full-page screenshot in `test-results/` (or a folder of it, as `name` says), for a person to look at. */
export async function screenshot(page: Page, name: string) {
  const path = `test-results/${name}.png`;
  await mkdir(dirname(path), { recursive: true });
  await page
    .screenshot({ path, fullPage: true, timeout: SCREENSHOT_GIVEN_UP_MS })
    .catch((error: Error) => console.warn(`screenshot ${name} not saved: ${error.message.split("\n")[0]}`));
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
  const check = page.evaluate(async () => {
    type Run = (options: object) => Promise<{ violations: AxeViolation[] }>;
    const axe = (globalThis as unknown as { axe: { run: Run } }).axe;
    return (await axe.run({ rules: { "color-contrast-enhanced": { enabled: true } } })).violations;
  });
  const violations = await watched(`axe-core on ${page.url()}`, check);
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((n) => n.target))})`);
}
