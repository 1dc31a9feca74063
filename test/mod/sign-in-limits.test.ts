import { describe, expect, it } from "vitest";
import {
  failuresRead,
  inWords,
  type RecentFailures,
  type SignInLimits,
  signInLimits,
  waitBeforeAttempt,
} from "../../src/mod/sign-in-limits";

const NOW = Date.UTC(2026, 4, 1, 12);
const S = 1000;
const DEFAULTS = signInLimits({});

/** `n` failures, the newest `newestAgoS` seconds ago and each before it a second earlier. */
const failures = (n: number, newestAgoS = 0) => Array.from({ length: n }, (_, i) => NOW - (newestAgoS + i) * S);
const none: RecentFailures = { address: [], accountAddress: [], account: [] };

describe("signInLimits", () => {
  it("defaults to 10 failures an address and 5 an account from one address in 15 minutes, 50 an account in an hour, then 1 s doubling to 15 minutes", () => {
    expect(DEFAULTS).toEqual({
      perAddress: 10,
      perAccountAddress: 5,
      addressWindowS: 900,
      perAccount: 50,
      accountWindowS: 3600,
      firstDelayS: 1,
      maxDelayS: 900,
    });
  });

  it.each([
    ["a setting of its own", { SIGN_IN_FAILURES_PER_ACCOUNT: "200" }, { perAccount: 200 }],
    ["not a number: the default", { SIGN_IN_FAILURES_PER_ADDRESS: "ten" }, { perAddress: 10 }],
    ["zero: the default", { SIGN_IN_FAILURES_PER_ACCOUNT_ADDRESS: "0" }, { perAccountAddress: 5 }],
    ["a fraction: the default", { SIGN_IN_FIRST_DELAY_S: "0.5" }, { firstDelayS: 1 }],
    ["a window under KV's shortest expiry: the default", { SIGN_IN_ADDRESS_WINDOW_S: "30" }, { addressWindowS: 900 }],
    ["a window of a minute", { SIGN_IN_ACCOUNT_WINDOW_S: "60" }, { accountWindowS: 60 }],
    ["more failures than one KV list reads: 900", { SIGN_IN_FAILURES_PER_ACCOUNT: "1000000" }, { perAccount: 900 }],
  ])("reads [vars] with %s", (_, vars, expected) => {
    expect(signInLimits(vars)).toEqual({ ...DEFAULTS, ...expected });
  });
});

describe("waitBeforeAttempt", () => {
  const cases: [string, RecentFailures, { seconds: number; on: "address" | "account" }][] = [
    ["nothing failed", none, { seconds: 0, on: "address" }],
    ["9 failures from the address", { ...none, address: failures(9) }, { seconds: 0, on: "address" }],
    // The 10th newest failure leaves the 15-minute window 900 s after it happened.
    ["10 failures from the address", { ...none, address: failures(10) }, { seconds: 891, on: "address" }],
    ["10, the oldest leaving the window", { ...none, address: failures(10, 891) }, { seconds: 0, on: "address" }],
    ["4 for the account from the address", { ...none, accountAddress: failures(4) }, { seconds: 0, on: "address" }],
    ["5 for the account from the address", { ...none, accountAddress: failures(5) }, { seconds: 896, on: "address" }],
    ["49 on the account", { ...none, account: failures(49) }, { seconds: 0, on: "address" }],
    ["50 on the account: 1 s after the last", { ...none, account: failures(50) }, { seconds: 1, on: "account" }],
    ["51: 2 s", { ...none, account: failures(51) }, { seconds: 2, on: "account" }],
    ["54: 16 s", { ...none, account: failures(54) }, { seconds: 16, on: "account" }],
    ["54, the last 10 s ago: 6 s", { ...none, account: failures(54, 10) }, { seconds: 6, on: "account" }],
    ["60: at most 15 minutes", { ...none, account: failures(60) }, { seconds: 900, on: "account" }],
    ["60, but from a known device", { ...none, account: failures(60), device: [] }, { seconds: 0, on: "address" }],
    [
      "a known device that failed 5 times itself",
      { ...none, account: failures(60), device: failures(5) },
      { seconds: 900, on: "account" },
    ],
    [
      "a known device still meets the address limit",
      { ...none, accountAddress: failures(5), account: failures(60), device: [] },
      { seconds: 896, on: "address" },
    ],
  ];

  it.each(cases)("waits as it should after %s", (_, recent, expected) => {
    expect(waitBeforeAttempt(recent, DEFAULTS, NOW)).toEqual(expected);
  });

  it("reads no more failures than can change the answer", () => {
    // 50 to reach the delay, 10 doublings from 1 s to reach 15 minutes, and one more.
    expect(failuresRead(DEFAULTS)).toEqual({ address: 10, accountAddress: 5, account: 61, device: 5 });
    const limits: SignInLimits = { ...DEFAULTS, firstDelayS: 900 };
    expect(failuresRead(limits).account).toBe(51);
    // Never more than one KV list gives, whatever the settings.
    const most = signInLimits({
      SIGN_IN_FAILURES_PER_ACCOUNT: "900",
      SIGN_IN_MAX_DELAY_S: `${Number.MAX_SAFE_INTEGER}`,
    });
    expect(failuresRead(most).account).toBe(900 + 53 + 1);
  });
});

describe("inWords", () => {
  it.each([
    [0.2, "1 second"],
    [1, "1 second"],
    [30, "30 seconds"],
    [59.5, "1 minute"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
  ])("says %s seconds as %j", (seconds, words) => {
    expect(inWords(seconds)).toBe(words);
  });
});
