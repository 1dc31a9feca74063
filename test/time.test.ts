import { describe, expect, it } from "vitest";
import { eachOnce, HOUR_MS, hourText, toHour } from "../src/time";
import { seeded } from "./support/random";

describe("the hour a post shows", () => {
  it("is the start of the hour it was written in, in UTC", () => {
    expect(hourText(Date.UTC(2026, 10, 23, 7, 59, 59, 999))).toBe("2026-11-23T07:00:00.000Z");
    expect(hourText(Date.UTC(2026, 10, 23, 8))).toBe("2026-11-23T08:00:00.000Z");
    expect(hourText(0)).toBe("1970-01-01T00:00:00.000Z");
  });

  it("reads as toHour does for thousands of times, more hours than it keeps formatted", () => {
    const random = seeded(11);
    const start = Date.UTC(2025, 0, 1);
    for (let i = 0; i < 5_000; i++) {
      const time = start + Math.floor(random() * 3_000 * HOUR_MS);
      expect(hourText(time)).toBe(toHour(time).toISOString());
    }
  });
});

describe("eachOnce", () => {
  it("makes each key's value once, and forgets them all once it holds as many as it keeps", () => {
    const made: number[] = [];
    const double = eachOnce(2, (key) => {
      made.push(key);
      return key * 2;
    });
    expect([double(1), double(1), double(2), double(1)]).toEqual([2, 2, 4, 2]);
    expect(made).toEqual([1, 2]);
    double(3);
    double(1);
    expect(made).toEqual([1, 2, 3, 1]);
  });
});
