import { describe, expect, it } from "vitest";
import { segmentsOf } from "../../src/ui/highlighted-text";

const reason = (start: number, end: number) => ({ kind: "identifying" as const, message: "m", start, end });

describe("segmentsOf", () => {
  it("cuts the text at each reason's edges and keeps every character once", () => {
    const text = "call 555-0100 or mail a@b.co today";
    const segments = segmentsOf(text, [reason(5, 13), reason(22, 28)]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((segment) => segment.marks.length > 0).map((segment) => segment.text)).toEqual([
      "555-0100",
      "a@b.co",
    ]);
  });

  it("gives an overlap both reasons, and each part its own", () => {
    const segments = segmentsOf("abcdefghij", [reason(2, 6), reason(4, 8)]);
    expect(segments).toEqual([
      { text: "ab", marks: [] },
      { text: "cd", marks: [0] },
      { text: "ef", marks: [0, 1] },
      { text: "gh", marks: [1] },
      { text: "ij", marks: [] },
    ]);
  });

  it("ignores empty and out-of-range spans rather than failing", () => {
    const segments = segmentsOf("short", [reason(3, 3), reason(2, 99), reason(-4, 1)]);
    expect(segments.map((segment) => segment.text).join("")).toBe("short");
    expect(segments.find((segment) => segment.text === "hort")).toBeUndefined();
  });
});
