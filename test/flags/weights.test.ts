import { describe, expect, it } from "vitest";
import { flagWeights, weightOf } from "../../src/flags/weights";
import { settingsOf } from "../../src/settings";

const configured = (ordinary: string, identifying: string) =>
  flagWeights(settingsOf({ FLAGS_TO_HIDE: ordinary, IDENTIFYING_FLAGS_TO_HIDE: identifying }));

describe("flag weights", () => {
  it("by default hides at three ordinary flags or two identifying ones", () => {
    const weights = configured("3", "2");
    expect(3 * weightOf("spam", weights)).toBe(weights.toHide);
    expect(2 * weightOf("identifying", weights)).toBe(weights.toHide);
    expect(2 * weightOf("harmful", weights)).toBeLessThan(weights.toHide);
  });

  it.each([
    ["1", "1"],
    ["0", "-4"],
    ["abc", ""],
    ["5", "9"],
    ["2", "2"],
  ])("never lets one flag hide a post (FLAGS_TO_HIDE=%s, IDENTIFYING_FLAGS_TO_HIDE=%s)", (ordinary, identifying) => {
    const weights = configured(ordinary, identifying);
    expect(weights.identifying).toBeLessThan(weights.toHide);
    expect(weights.ordinary).toBeLessThan(weights.toHide);
    expect(weights.identifying).toBeGreaterThanOrEqual(weights.ordinary);
  });
});
