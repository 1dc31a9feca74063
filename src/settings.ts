import { z } from "zod";

/**
 * The board's settings: the `[vars]` of wrangler.toml, read once per
 * environment by one schema. The defaults here are the values wrangler.toml
 * sets (a test holds them equal); a value that is missing or malformed falls
 * back to its default rather than failing every request.
 */

/** A `[vars]` string as a number; a blank or missing one is no number at all. */
const asNumber = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined);

/** A count (posts, attempts, seconds): a whole number of at least `least`. */
const count = (fallback: number, least = 1) => z.preprocess(asNumber, z.number().int().min(least)).catch(fallback);

/** A duration in milliseconds, 0 or more (0 turns the thing it times off, where that means anything). */
const duration = (fallback: number) => z.preprocess(asNumber, z.number().min(0)).catch(fallback);

/** How many flags hide a post: at least two, so one reader never hides a post alone (a smaller count reads as two). */
const flagsToHide = (fallback: number) =>
  z
    .preprocess(asNumber, z.number().int())
    .catch(fallback)
    .transform((flags) => Math.max(2, flags));

/**
 * The board's public origin: what every absolute link starts with. Never the request's Host, which a client
 * chooses: a link built from it could point readers anywhere. Undefined when the setting is not an address.
 */
const origin = z.preprocess((value) => {
  try {
    return new URL(String(value)).origin;
  } catch {
    return undefined;
  }
}, z.string().optional());

export const SettingsSchema = z.object({
  /** Posts a client may send in one UTC day. */
  POSTS_PER_DAY: count(10),
  FLAGS_TO_HIDE: flagsToHide(3),
  IDENTIFYING_FLAGS_TO_HIDE: flagsToHide(2),
  /** How often an isolate asks D1 for the board's version, for the read cache. */
  BOARD_VERSION_CHECK_MS: duration(1000),
  /** How long a cached page may be served at most; 0 turns the read cache off. */
  READ_CACHE_MS: duration(30_000),
  /** Marks each page the read cache served, for the tests only: it would tell a reader someone else just read it. */
  READ_CACHE_HIT_HEADER: z.enum(["on", "off"]).catch("off"),
  /** Counts each request's D1 round trips and rows read, told in Server-Timing (src/db/meter.ts): for the tests and
   * the bench, as it reads each raw() a second time to learn its rows read. */
  D1_METER: z.enum(["on", "off"]).catch("off"),
  SEARCH_ENGINES: z.enum(["index", "noindex"]).catch("noindex"),
  PUBLIC_ORIGIN: origin,
  /** A D1 call that has not answered in this long fails its request; a deadline of 0 would fail every call. */
  D1_TIMEOUT_MS: z.preprocess(asNumber, z.number().positive()).catch(10_000),
  SIGN_IN_FAILURES_PER_ADDRESS: count(10),
  SIGN_IN_FAILURES_PER_ACCOUNT_ADDRESS: count(5),
  /** KV keeps nothing for less than a minute, so no window is shorter. */
  SIGN_IN_ADDRESS_WINDOW_S: count(15 * 60, 60),
  SIGN_IN_FAILURES_PER_ACCOUNT: count(50),
  SIGN_IN_ACCOUNT_WINDOW_S: count(60 * 60, 60),
  SIGN_IN_FIRST_DELAY_S: count(1),
  SIGN_IN_MAX_DELAY_S: count(15 * 60),
});

export type Settings = z.output<typeof SettingsSchema>;

/** The `[vars]` as the environment carries them (strings; any may be missing). */
export type SettingVars = Partial<Record<keyof Settings, string>>;

const parsed = new WeakMap<object, Settings>();

/** The settings of this environment, parsed on first use: the environment object lives as long as the isolate. */
export function settingsOf(vars: SettingVars): Settings {
  let settings = parsed.get(vars);
  if (!settings) {
    settings = SettingsSchema.parse(vars);
    parsed.set(vars, settings);
  }
  return settings;
}

/** The public origin, for a link that cannot be built without it. */
export function publicOrigin(vars: SettingVars): string {
  const origin = settingsOf(vars).PUBLIC_ORIGIN;
  if (origin === undefined) {
    throw new Error("PUBLIC_ORIGIN in [vars] must be the board's address, such as https://closed-door.example");
  }
  return origin;
}
