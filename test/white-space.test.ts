import { describe, expect, it } from "vitest";
import { isSpace } from "../src/white-space";

describe("isSpace", () => {
  it("agrees with the pattern \\s on every UTF-16 code unit", () => {
    const disagreements = Array.from({ length: 0x10000 }, (_, unit) => unit).filter(
      (unit) => isSpace(unit) !== /\s/.test(String.fromCharCode(unit)),
    );
    expect(disagreements).toEqual([]);
  });
});
