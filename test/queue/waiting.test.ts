import { describe, expect, it } from "vitest";
import { waitingFor } from "../../src/queue/waiting";
import { HOUR_MS } from "../../src/time";

const NOW = Date.UTC(2026, 4, 12, 15, 20);

describe("waitingFor", () => {
  it.each([
    [0, "waiting less than an hour"],
    [15 * 60 * 1000, "waiting less than an hour"],
    [HOUR_MS, "waiting 1 hour"],
    [3 * HOUR_MS, "waiting 3 hours"],
    [47 * HOUR_MS, "waiting 47 hours"],
    [48 * HOUR_MS, "waiting 2 days"],
    [10 * 24 * HOUR_MS + 5 * HOUR_MS, "waiting 10 days"],
    [-HOUR_MS, "waiting less than an hour"],
  ])("says %d ms ago is %j", (ago, text) => {
    expect(waitingFor(NOW - ago, NOW)).toBe(text);
  });

  it("counts clock hours, never finer: within one hour every time reads the same", () => {
    const hour = Date.UTC(2026, 4, 12, 12);
    expect(waitingFor(hour, NOW)).toBe(waitingFor(hour + HOUR_MS - 1, NOW));
  });
});
