import { encodeBase64Url } from "../base64url";
import { hmacSha256 } from "../hmac";
import { failingClosed, rateLimited } from "../limits/limits";
import { newId } from "../secrets";
import { failuresRead, inWords, type RecentFailures, type SignInLimits, waitBeforeAttempt } from "./sign-in-limits";

/**
 * Failed sign-ins, kept in KV (`SIGN_IN_FAILURES`) as one entry per failure per scope, named
 * `<scope>/<time, newest first>-<random>` and expiring with the scope's window. An entry per failure rather than a
 * counter: KV has no atomic increment, so failures at the same moment written as "count + 1" would overwrite each
 * other, while separate entries all count; and as names sort newest first, one short `list` tells both how many
 * recent failures a scope has and when the last was. Scopes are keyed hashes, never an address or a typed name: the
 * client key of the day (itself a keyed hash of the address, see src/limits/client-key.ts) and the typed name under
 * RATE_LIMIT_SECRET, so KV never holds a guessable hash of what someone typed (a password in the name field).
 */

export type SignInScopes = {
  /** The typed name's key: also what a known-device cookie is bound to. */
  accountKey: string;
  address: string;
  accountAddress: string;
  account: string;
};

export async function signInScopes(secret: string, clientKey: string, typedName: string): Promise<SignInScopes> {
  const accountKey = encodeBase64Url(await hmacSha256(secret, `closed-door/sign-in/name/${typedName}`));
  const [address, accountAddress] = await Promise.all([
    hmacSha256(clientKey, "closed-door/sign-in/address"),
    hmacSha256(clientKey, `closed-door/sign-in/account/${accountKey}`),
  ]);
  return {
    accountKey,
    address: `address/${encodeBase64Url(address)}`,
    accountAddress: `account-address/${encodeBase64Url(accountAddress)}`,
    account: `account/${accountKey}`,
  };
}

type Counted = { scope: string; windowS: number; read: number };

/** Each scope an attempt is counted in, with its window and how many of its newest failures decide; a known device adds one. */
function countedScopes(
  scopes: SignInScopes,
  deviceId: string | undefined,
  limits: SignInLimits,
): Record<keyof RecentFailures, Counted | undefined> {
  const reads = failuresRead(limits);
  return {
    address: { scope: scopes.address, windowS: limits.addressWindowS, read: reads.address },
    accountAddress: { scope: scopes.accountAddress, windowS: limits.addressWindowS, read: reads.accountAddress },
    account: { scope: scopes.account, windowS: limits.accountWindowS, read: reads.account },
    device:
      deviceId === undefined
        ? undefined
        : { scope: `device/${deviceId}`, windowS: limits.addressWindowS, read: reads.device },
  };
}

/**
 * Refuses with 429 and Retry-After while any limit holds, before a password is checked. The same reads for every
 * attempt, whatever was typed; a known device (`deviceId`) adds one.
 */
export async function refuseOverLimits(
  failures: KVNamespace,
  scopes: SignInScopes,
  deviceId: string | undefined,
  limits: SignInLimits,
  now: number,
): Promise<void> {
  const counted = countedScopes(scopes, deviceId, limits);
  const recent = (each: Counted | undefined) => each && recentFailures(failures, each, now);
  const [address = [], accountAddress = [], account = [], device] = await failingClosed(
    Promise.all([
      recent(counted.address),
      recent(counted.accountAddress),
      recent(counted.account),
      recent(counted.device),
    ]),
  );
  const wait = waitBeforeAttempt({ address, accountAddress, account, device } satisfies RecentFailures, limits, now);
  if (wait.seconds <= 0) return;
  const message =
    wait.on === "account"
      ? `This account has had many failed sign-ins lately. Try again in ${inWords(wait.seconds)}, or sign in from a browser you have signed in with before.`
      : `Too many failed sign-ins from here. Try again in ${inWords(wait.seconds)}.`;
  throw rateLimited(wait.seconds, message);
}

/** Counts one failure in every scope of the attempt: the same writes whether or not the name is an account's. */
export async function countFailure(
  failures: KVNamespace,
  scopes: SignInScopes,
  deviceId: string | undefined,
  limits: SignInLimits,
  now: number,
): Promise<void> {
  const counted = Object.values(countedScopes(scopes, deviceId, limits)).filter((each) => each !== undefined);
  await failingClosed(
    Promise.all(
      counted.map(({ scope, windowS }) => failures.put(entryName(scope, now), "", { expirationTtl: windowS })),
    ),
  );
}

/**
 * Forgets an account's failures from this address once its moderator signs in there. Best effort: the sign-in has
 * happened, and failures left behind only count until they expire.
 */
export async function forgetAccountFailures(failures: KVNamespace, scopes: SignInScopes): Promise<void> {
  try {
    const { keys } = await failures.list({ prefix: `${scopes.accountAddress}/` });
    await Promise.all(keys.map((key) => failures.delete(key.name)));
  } catch {
    // kept until they expire
  }
}

// Times as 13 digits counting down, so that a scope's names sort newest first (until the year 2286).
const LAST_TIME = 10 ** 13 - 1;
const TIME_DIGITS = 13;

function entryName(scope: string, at: number): string {
  return `${scope}/${String(LAST_TIME - at).padStart(TIME_DIGITS, "0")}-${newId()}`;
}

/** A scope's failures within its window, newest first, at most as many as decide. */
async function recentFailures(
  failures: KVNamespace,
  { scope, windowS, read }: Counted,
  now: number,
): Promise<number[]> {
  const prefix = `${scope}/`;
  const { keys } = await failures.list({ prefix, limit: read });
  const since = now - windowS * 1000;
  return keys
    .map((key) => LAST_TIME - Number(key.name.slice(prefix.length, prefix.length + TIME_DIGITS)))
    .filter((at) => at > since);
}
