import { describe, expect, it } from "vitest";
import { despace, fold, isSpace, spanInOrigin, withoutDigitMarks } from "../../src/moderation/text";
import blns from "../fixtures/blns.json";
import { seeded } from "../support/random";

// The definition despace() implements as a scan: a space between two
// one-character pieces (the second may be a digit that ends its phrase: "3 6 8, which"), or beside a lone "@", "."
// or "-".
const JOINABLE_SPACE = /(?<=(?:^|\s)\S) (?=\S(?:\s|$)|\d[,.;:!?)])|(?<=(?:^|\s)[@.-]) | (?=[@.-](?:\s|$))/g;
const reference = (folded: string) => ({
  text: folded.replace(JOINABLE_SPACE, ""),
  removed: Array.from(folded.matchAll(JOINABLE_SPACE), (match) => match.index),
});

// Deterministic strings over the characters that matter to the rule.
function* generated(count: number): Generator<string> {
  const alphabet = ["a", "b", "5", " ", " ", " ", "@", ".", "-", "\n", "\u00a0", "é", "😀", "ab"];
  const random = seeded(7);
  for (let n = 0; n < count; n++) {
    let text = "";
    const length = n % 24;
    for (let i = 0; i < length; i++) {
      text += alphabet[Math.floor(random() * alphabet.length)];
    }
    yield text;
  }
}

describe("despace", () => {
  it("joins spaced-out writing and keeps the spaces between words", () => {
    expect(despace("j o h n @ gmail . com").text).toBe("john@gmail.com");
    expect(despace("call me at 5 5 5 0 1 4 7").text).toBe("call me at 5550147");
    expect(despace("a client said so").text).toBe("a client said so");
  });

  it("agrees with its definition as a pattern on 5,000 generated strings and every naughty string", () => {
    for (const text of [...generated(5000), ...blns.map(fold)]) {
      expect(despace(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it("maps a match in the joined view back to the normalized text", () => {
    const view = despace("mail j o h n @ x . io now");
    const start = view.text.indexOf("john");
    const end = view.text.indexOf(" now");
    expect(spanInOrigin(view, start, end)).toEqual({ start: 5, end: 21 });
  });
});

describe("fold", () => {
  it("keeps every position where it was", () => {
    for (const text of blns) expect(fold(text).length).toBe(text.length);
    expect(fold("Ѕarаh “quoted” — ΑΒΕ")).toBe('sarah "quoted" - abe');
    expect(fold("İstanbul")).toHaveLength("İstanbul".length);
  });
});

describe("digits of other scripts", () => {
  it("folds them one code unit to one", () => {
    expect(fold("\u0665\u0665\u0665 \u06F0\u06F1 \u096B\u0966 \u0E51")).toBe("555 01 50 1");
  });

  it("reads past the marks on digits, keeping where they were", () => {
    const view = withoutDigitMarks(fold("5\uFE0F\u20E3 and 5\u0332x"));
    expect(view.text).toBe("5 and 5x");
    expect(spanInOrigin(view, 6, 7)).toEqual({ start: 8, end: 9 });
  });
});

describe("isSpace", () => {
  it("agrees with the pattern \\s on every UTF-16 code unit", () => {
    const disagreements = Array.from({ length: 0x10000 }, (_, unit) => unit).filter(
      (unit) => isSpace(unit) !== /\s/.test(String.fromCharCode(unit)),
    );
    expect(disagreements).toEqual([]);
  });
});
