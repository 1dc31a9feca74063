import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { publicOrigin, type SettingVars, settingsOf } from "../src/settings";

describe("settingsOf", () => {
  it("has the defaults wrangler.toml sets, so a missing [vars] entry means what the file says", () => {
    // The test pool sets these three for the tests (vitest.config.ts); every other value is wrangler.toml's.
    const { BOARD_VERSION_CHECK_MS, READ_CACHE_HIT_HEADER, PUBLIC_ORIGIN, ...fromWrangler } = settingsOf(env);
    const { BOARD_VERSION_CHECK_MS: _, READ_CACHE_HIT_HEADER: __, PUBLIC_ORIGIN: ___, ...defaults } = settingsOf({});
    expect(fromWrangler).toEqual(defaults);
    expect(settingsOf({}).BOARD_VERSION_CHECK_MS).toBe(1000);
    expect(settingsOf({}).READ_CACHE_HIT_HEADER).toBe("off");
  });

  it.each([["10abc"], [""], ["  "], ["-1"], ["0"], ["2.5"], ["Infinity"]])(
    "falls back to a count's default for %j instead of failing every request",
    (value) => {
      const vars: SettingVars = { POSTS_PER_DAY: value, SIGN_IN_ACCOUNT_WINDOW_S: value, D1_TIMEOUT_MS: value };
      const settings = settingsOf(vars);
      expect(settings.POSTS_PER_DAY).toBe(10);
      expect(settings.SIGN_IN_ACCOUNT_WINDOW_S).toBe(3600);
      expect(settings.D1_TIMEOUT_MS).toBe(value === "2.5" ? 2.5 : 10_000);
    },
  );

  it("reads a well-formed value, and keeps a window at a minute or more", () => {
    const settings = settingsOf({ POSTS_PER_DAY: " 25 ", READ_CACHE_MS: "0", SIGN_IN_ADDRESS_WINDOW_S: "30" });
    expect(settings.POSTS_PER_DAY).toBe(25);
    expect(settings.READ_CACHE_MS).toBe(0);
    expect(settings.SIGN_IN_ADDRESS_WINDOW_S).toBe(900);
  });

  it("reads a flag count below two as two, so one reader never hides a post, and a malformed one as its default", () => {
    expect(settingsOf({ FLAGS_TO_HIDE: "1", IDENTIFYING_FLAGS_TO_HIDE: "-4" })).toMatchObject({
      FLAGS_TO_HIDE: 2,
      IDENTIFYING_FLAGS_TO_HIDE: 2,
    });
    expect(settingsOf({ FLAGS_TO_HIDE: "abc", IDENTIFYING_FLAGS_TO_HIDE: "" })).toMatchObject({
      FLAGS_TO_HIDE: 3,
      IDENTIFYING_FLAGS_TO_HIDE: 2,
    });
  });

  it("takes only the origin of PUBLIC_ORIGIN, and refuses to build a link without one", () => {
    expect(publicOrigin({ PUBLIC_ORIGIN: "https://board.example/some/path?x=1" })).toBe("https://board.example");
    expect(() => publicOrigin({})).toThrow(/PUBLIC_ORIGIN/);
    expect(() => publicOrigin({ PUBLIC_ORIGIN: "not an address" })).toThrow(/PUBLIC_ORIGIN/);
  });

  it("parses an environment once", () => {
    const vars: SettingVars = { POSTS_PER_DAY: "7" };
    expect(settingsOf(vars)).toBe(settingsOf(vars));
  });
});
