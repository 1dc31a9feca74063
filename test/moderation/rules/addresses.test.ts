import { describe, expect, it } from "vitest";
import { wordsFlaggedBy } from "./found";

describe("ZIP codes", () => {
  it.each([
    ["She lives in 97211. The line", "97211"],
    ["Out of everyone in 59829 she picked me", "59829"],
    ["zip 30310", "zip 30310"],
    ["they moved to 02139 last year", "02139"],
    ["the 60629 area", "60629"],
    ["Portland, OR 97211", "OR 97211"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([words]);
  });

  it.each([
    "I walked 10000 steps in 12000 seconds and paid $12000 in 2019",
    "I bill 90837, and in 90834 sessions, in 96130 testing, in 99213 visits",
    "the odds are 1 in 10000.",
    "12,000 people",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});
