import { describe, expect, it } from "vitest";
import { characterCount, normalize, normalizeFully } from "../../src/moderation/normalize";
import blns from "../fixtures/blns.json";
import { seeded } from "../support/random";

describe("normalize", () => {
  it.each([
    ["NFKC folds compatibility forms", "ｆｕｌｌｗｉｄｔｈ ﬁle", "fullwidth file"],
    ["drops zero-width spaces inside words", "cli\u200Bent", "client"],
    ["drops zero-width non-joiners and word joiners", "ca\u200Cse\u2060load", "caseload"],
    ["drops the byte-order mark", "\uFEFFhello", "hello"],
    ["drops soft hyphens", "super\u00ADvision", "supervision"],
    ["drops bidirectional overrides", "abc\u202Edef\u202C", "abcdef"],
    ["drops bidirectional isolates and marks", "\u2066a\u2069\u200Eb\u200F", "ab"],
    ["drops control characters", "bell\u0007 and\u0000 null", "bell and null"],
    ["collapses runs of spaces and tabs", "too   many\t\tspaces", "too many spaces"],
    ["turns unicode spaces into plain spaces", "no\u00A0break\u2003em\u3000ideographic", "no break em ideographic"],
    ["trims the ends", "  \n padded \n  ", "padded"],
    ["keeps one blank line between paragraphs", "one\n\n\n\n\ntwo", "one\n\ntwo"],
    ["keeps single line breaks", "line one\nline two", "line one\nline two"],
    ["unifies Windows and old Mac line breaks", "a\r\nb\rc", "a\nb\nc"],
    ["trims spaces around line breaks", "end   \n   start", "end\nstart"],
    ["turns line and paragraph separators into breaks", "a\u2028b\u2029c", "a\nb\nc"],
    ["keeps an emoji zero-width-joiner sequence", "👩\u200D⚕️ here", "👩\u200D⚕️ here"],
    ["drops a joiner between letters", "jo\u200Dhn", "john"],
    ["keeps a variation selector after a pictograph", "❤\uFE0F", "❤\uFE0F"],
    ["drops a variation selector after a letter", "jo\uFE0Fhn", "john"],
    ["drops invisible tag characters", "a\u{E0041}b", "ab"],
  ])("%s", (_, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it("is idempotent", () => {
    const messy = "  ｔｅｓｔ\u200B  \r\n\r\n\r\n  two\u00A0\u00A0words \u202E ";
    expect(normalize(normalize(messy))).toBe(normalize(messy));
  });

  it("takes its quick path for tidy ASCII only when every step agrees", () => {
    // Mostly tidy text, with now and then each thing a step changes.
    const next = seeded(23);
    const pieces = [
      "word",
      "Word.",
      " ",
      " ",
      " ",
      "\n",
      "\n",
      "  ",
      "\t",
      "\r\n",
      "\u00a0",
      "\u200b",
      "é",
      "ﬁ",
      "\u202e",
      "\u0007",
      "\u007f",
      "~",
    ];
    const texts = Array.from({ length: 5000 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(""),
    );
    for (const text of [...texts, ...blns]) expect(normalize(text), JSON.stringify(text)).toBe(normalizeFully(text));
  });
});

describe("characterCount", () => {
  it.each([
    ["plain text", "hello", 5],
    ["an astral emoji counts once", "😀", 1],
    ["accented letters after NFKC count once", normalize("e\u0301"), 1],
    ["empty", "", 0],
  ])("%s", (_, text, count) => {
    expect(characterCount(text)).toBe(count);
  });
});
