import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { seriousViolations } from "./browser";

/**
 * Signing in through the pages as a moderator would, with an authenticator computed here: at the first sign-in the
 * secret is read off the enrolment page (as a phone would scan it) and kept for the sign-ins after.
 */

const STEP_MS = 30_000;
const secrets = new Map<string, string>();
const lastStep = new Map<string, number>();

export type Account = { username: string; password: string };

/** Signs in and lands on the queue; returns any accessibility problems of the second-factor pages. */
export async function signInThroughPages(page: Page, baseUrl: string, account: Account): Promise<string[]> {
  const inaccessible: string[] = [];
  await page.goto(`${baseUrl}/mod`);
  await page.getByLabel("Username").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/mod\/second-factor$/);
  await page.locator("main h1").waitFor();
  inaccessible.push(...(await seriousViolations(page)));
  if (await page.getByRole("heading", { name: "Set up your second factor" }).isVisible()) {
    await page.locator(".qr-code svg").waitFor();
    const secret = ((await page.locator("code.one-time-password").textContent()) ?? "").replaceAll(" ", "");
    secrets.set(account.username, secret);
    await page.getByLabel("Then type the six digits the app shows").fill(codeFor(account.username));
    await page.getByRole("button", { name: "Confirm and sign in" }).click();
    await page.getByRole("heading", { name: "Your recovery codes" }).waitFor();
    await expect(page.locator(".recovery-codes li").count()).resolves.toBe(10);
    inaccessible.push(...(await seriousViolations(page)));
    await page.getByRole("link", { name: "I have kept them: go to the queue" }).click();
  } else {
    await page.getByLabel("Code, or a recovery code").fill(codeFor(account.username));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await page.waitForURL(/\/mod$/);
  await page.getByRole("heading", { name: "Queue", exact: true }).waitFor();
  return inaccessible;
}

/** The code of a time step not used yet on this account (a code is good once): this step's, or the next one's. */
function codeFor(username: string): string {
  const secret = secrets.get(username);
  if (!secret) throw new Error(`${username} has not enrolled in this run`);
  const now = Date.now();
  const step = Math.max(Math.floor(now / STEP_MS), (lastStep.get(username) ?? 0) + 1);
  if (step > Math.floor(now / STEP_MS) + 1) throw new Error(`${username} signed in more than twice in 30 seconds`);
  lastStep.set(username, step);
  // What any authenticator app shows: RFC 6238 with SHA-1, six digits, thirty seconds.
  return new TOTP({ secret: Secret.fromBase32(secret), period: STEP_MS / 1000 }).generate({
    timestamp: step * STEP_MS,
  });
}
