import { type SettingVars, settingsOf } from "../settings";

/**
 * Moderator sign-in limits, counted in failures only (a successful sign-in never counts), so that nobody can lock a
 * moderator out by failing on purpose:
 * - per address: failures from one client key, whatever names were typed;
 * - per account and address: failures for one typed name from one client key;
 * - per account: failures for one typed name from anywhere, at a much higher threshold, past which each further
 *   attempt waits a delay that doubles with every failure. A browser that has signed in to the account before (the
 *   known-device cookie, ./known-device.ts) does not wait, so guessing from many addresses slows down without keeping
 *   the moderator out.
 * Each scope is the typed name, whether or not an account has it, so a real and an unknown name meet the same limits.
 * Pure: the failures are read from KV by ./sign-in-failures.ts.
 * @see https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies
 */

export type SignInLimits = {
  /** Failures allowed from one address in the address window. */
  perAddress: number;
  /** Failures allowed for one account from one address in the address window. */
  perAccountAddress: number;
  addressWindowS: number;
  /** Failures on one account, from anywhere in the account window, before each attempt waits. */
  perAccount: number;
  accountWindowS: number;
  /** The wait after the first failure past `perAccount`; it doubles with each further one, up to `maxDelayS`. */
  firstDelayS: number;
  maxDelayS: number;
};

/**
 * One KV `list` reads at most 1,000 names: no threshold may need more. 900 leaves room for the doublings (at most 54,
 * from 1 s to the largest whole number of seconds).
 */
const MOST_FAILURES = 900;

/** The limits of the `[vars]` (src/settings.ts), each threshold kept within what one KV list can read. */
export function signInLimits(vars: SettingVars): SignInLimits {
  const settings = settingsOf(vars);
  return {
    perAddress: Math.min(MOST_FAILURES, settings.SIGN_IN_FAILURES_PER_ADDRESS),
    perAccountAddress: Math.min(MOST_FAILURES, settings.SIGN_IN_FAILURES_PER_ACCOUNT_ADDRESS),
    addressWindowS: settings.SIGN_IN_ADDRESS_WINDOW_S,
    perAccount: Math.min(MOST_FAILURES, settings.SIGN_IN_FAILURES_PER_ACCOUNT),
    accountWindowS: settings.SIGN_IN_ACCOUNT_WINDOW_S,
    firstDelayS: settings.SIGN_IN_FIRST_DELAY_S,
    maxDelayS: settings.SIGN_IN_MAX_DELAY_S,
  };
}

/** The times of recent failures in each scope (ms), newest first; `device` only for a valid known-device cookie. */
export type RecentFailures = {
  address: number[];
  accountAddress: number[];
  account: number[];
  device?: number[];
};

/** How many of a scope's newest failures decide: past these, more change nothing. */
export function failuresRead(limits: SignInLimits): Required<Record<keyof RecentFailures, number>> {
  const doublings = Math.max(0, Math.ceil(Math.log2(limits.maxDelayS / limits.firstDelayS)));
  return {
    address: limits.perAddress,
    accountAddress: limits.perAccountAddress,
    account: limits.perAccount + doublings + 1,
    device: limits.perAccountAddress,
  };
}

export type Wait = { seconds: number; on: "address" | "account" };

/** How long this attempt must wait before its password is checked; 0 seconds when it need not. */
export function waitBeforeAttempt(recent: RecentFailures, limits: SignInLimits, now: number): Wait {
  const windowMs = limits.addressWindowS * 1000;
  const address = Math.max(
    windowWait(recent.address, limits.perAddress, windowMs, now),
    windowWait(recent.accountAddress, limits.perAccountAddress, windowMs, now),
  );
  // A known device is trusted until it has failed as often as one address may for the account.
  const knownDevice = recent.device !== undefined && recent.device.length < limits.perAccountAddress;
  const account = knownDevice ? 0 : accountWait(recent.account, limits, now);
  return account > address ? { seconds: account, on: "account" } : { seconds: address, on: "address" };
}

/** A window allows `allowed` failures: once reached, the oldest of them must leave the window. */
function windowWait(newestFirst: number[], allowed: number, windowMs: number, now: number): number {
  const oldestCounted = newestFirst[allowed - 1];
  return oldestCounted === undefined ? 0 : Math.max(0, oldestCounted + windowMs - now) / 1000;
}

/** Past the account's threshold, each attempt waits after the last failure: the first delay, doubled per failure. */
function accountWait(newestFirst: number[], limits: SignInLimits, now: number): number {
  const past = newestFirst.length - limits.perAccount;
  const last = newestFirst[0];
  if (past < 0 || last === undefined) return 0;
  const delayS = Math.min(limits.maxDelayS, limits.firstDelayS * 2 ** past);
  return Math.max(0, last + delayS * 1000 - now) / 1000;
}

/** "30 seconds", "1 minute", "15 minutes": when to come back, for people. */
export function inWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? "1 second" : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
