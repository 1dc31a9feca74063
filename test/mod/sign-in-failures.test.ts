import { describe, expect, it } from "vitest";
import { randomAddress } from "../support/app";
import { signInAttempt as attempt, createModerator, knownDeviceOf, refusalOf } from "../support/mod";

/**
 * The sign-in limits through the app, on the real KV namespace they count failures in: per address, per account from
 * one address, and account-wide with a growing delay that a known browser does not wait for; never a success.
 */

/** A 429 rate_limited answer's Retry-After seconds and message. */
async function refused(res: Response): Promise<{ seconds: number; message: string }> {
  const { status, code, seconds, message } = await refusalOf(res);
  expect({ status, code }).toEqual({ status: 429, code: "rate_limited" });
  return { seconds, message };
}

describe("the sign-in limits", () => {
  it("lets the right password in from a sixth address after five wrong ones from five others", async () => {
    const moderator = await createModerator();
    for (let i = 0; i < 5; i++) expect((await attempt(moderator.username, `wrong ${i}`)).status).toBe(401);
    expect((await attempt(moderator.username, moderator.password)).status).toBe(202);
  });

  it("never counts a successful sign-in: twenty in a row from one address all succeed", async () => {
    const moderator = await createModerator();
    const address = randomAddress();
    for (let i = 0; i < 20; i++) {
      expect((await attempt(moderator.username, moderator.password, { address })).status).toBe(202);
    }
  });

  it("refuses an address after 10 failures whatever the names, even with the right password, and only that address", async () => {
    const moderator = await createModerator();
    const address = randomAddress();
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`, "wrong password", { address })).status).toBe(401);
    const refusal = await refused(await attempt(moderator.username, moderator.password, { address }));
    expect(refusal.seconds).toBeGreaterThan(0);
    expect(refusal.seconds).toBeLessThanOrEqual(15 * 60);
    expect(refusal.message).toMatch(/^Too many failed sign-ins from here\. Try again in \d+ minutes?\.$/);
    expect((await attempt(moderator.username, moderator.password)).status).toBe(202);
  });

  it("refuses an account from one address after 5 failures, even with the right password, and only from there", async () => {
    const moderator = await createModerator();
    const address = randomAddress();
    for (let i = 0; i < 5; i++) expect((await attempt(moderator.username, `wrong ${i}`, { address })).status).toBe(401);
    await refused(await attempt(moderator.username, moderator.password, { address }));
    // Other names from that address, and this name from elsewhere, go on.
    expect((await attempt("someone-else", "wrong password", { address })).status).toBe(401);
    expect((await attempt(moderator.username, moderator.password)).status).toBe(202);
  });

  it("forgets an account's failures from an address once its moderator signs in there", async () => {
    const moderator = await createModerator();
    const address = randomAddress();
    for (const _ of [1, 2]) {
      for (let i = 0; i < 4; i++) expect((await attempt(moderator.username, "typo", { address })).status).toBe(401);
      expect((await attempt(moderator.username, moderator.password, { address })).status).toBe(202);
    }
  });

  // Past 3 failures on the account, waits of an hour doubling: a verdict that no machine's speed can change.
  const accountWide = {
    SIGN_IN_FAILURES_PER_ACCOUNT: "3",
    SIGN_IN_FIRST_DELAY_S: "3600",
    SIGN_IN_MAX_DELAY_S: "86400",
  };

  it("delays an account past its failures from anywhere, longer after each, while a browser that signed in before goes on", async () => {
    const moderator = await createModerator();
    const settings = accountWide;
    const known = await attempt(moderator.username, moderator.password, { settings });
    expect(known.status).toBe(202);
    const device = knownDeviceOf(known);
    for (let i = 0; i < 3; i++)
      expect((await attempt(moderator.username, `guess ${i}`, { settings })).status).toBe(401);

    const first = await refused(await attempt(moderator.username, moderator.password, { settings }));
    expect(first.seconds).toBeGreaterThan(0);
    expect(first.seconds).toBeLessThanOrEqual(3600);
    expect(first.message).toContain("sign in from a browser you have signed in with before");
    // The known browser is not delayed, from any address; its own typo counts like any failure.
    expect((await attempt(moderator.username, moderator.password, { settings, device })).status).toBe(202);
    expect((await attempt(moderator.username, "typo", { settings, device })).status).toBe(401);
    const second = await refused(await attempt(moderator.username, moderator.password, { settings }));
    expect(second.seconds).toBeGreaterThan(3600);
    expect(second.seconds).toBeLessThanOrEqual(7200);
    expect((await attempt(moderator.username, moderator.password, { settings, device })).status).toBe(202);
  });

  it("stops sparing a known browser after as many failures through it as one address may make", async () => {
    const moderator = await createModerator();
    const settings = accountWide;
    const device = knownDeviceOf(await attempt(moderator.username, moderator.password, { settings }));
    for (let i = 0; i < 3; i++)
      expect((await attempt(moderator.username, `guess ${i}`, { settings })).status).toBe(401);
    for (let i = 0; i < 5; i++) {
      expect((await attempt(moderator.username, `stolen ${i}`, { settings, device })).status).toBe(401);
    }
    await refused(await attempt(moderator.username, moderator.password, { settings, device }));
  });

  it("spares a known browser only for the account it signed in to", async () => {
    const [mine, theirs] = [await createModerator(), await createModerator()];
    const settings = accountWide;
    const device = knownDeviceOf(await attempt(mine.username, mine.password, { settings }));
    for (let i = 0; i < 3; i++) expect((await attempt(theirs.username, `guess ${i}`, { settings })).status).toBe(401);
    await refused(await attempt(theirs.username, theirs.password, { settings, device }));
  });
});
