import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/moderation/normalize";
import type { RuleInput } from "../../../src/moderation/rules/rule";
import { slur } from "../../../src/moderation/rules/slurs";
import { fold } from "../../../src/moderation/text";
import blns from "../../fixtures/blns.json";
import { seeded } from "../../support/random";
import { corpus } from "../corpus";

const WORDS = [
  "nigger",
  "nigga",
  "ngger",
  "nig",
  "nigs",
  "kike",
  "chink",
  "chingchong",
  "abeed",
  "abbeed",
  "africoon",
  "arabush",
  "boonga",
  "spic",
  "spice",
  "wetback",
  "gook",
  "raghead",
  "towelhead",
  "beaner",
  "beanery",
  "fag",
  "fggot",
  "faggot",
  "dyke",
  "van dyke",
  "tranny",
  "retard",
  "retardation",
  "spastic",
  "negro",
  "montenegro",
  "snigger",
];
const PROSE = ["the", "client", "said", "a", "session", "i", "was", "called", "Montenegro", "spicy", "eggs", "bigger"];
// Ways a letter is disguised: obscenity's leetspeak, look-alikes, accents, case, repeats, separators.
const DISGUISES: Record<string, string[]> = {
  a: ["@", "4", "а", "à", "A"],
  e: ["3", "é", "е", "E"],
  g: ["6", "9", "G"],
  i: ["1", "!", "|", "ì", "і", "I"],
  o: ["0", "ø", "о", "O"],
  s: ["$", "5", "S"],
  t: ["7", "T"],
  c: ["(", "с"],
  k: ["K", "к"],
};
const SEPARATORS = [".", "-", "*", "_", " ", "'", "\u200b"];

function disguised(word: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return [...word]
    .map((letter) => {
      let written = next() < 0.3 ? pick(DISGUISES[letter] ?? [letter]) : letter;
      if (next() < 0.15) written = written.repeat(2 + Math.floor(next() * 4));
      if (next() < 0.08) written += pick(SEPARATORS);
      return written;
    })
    .join("");
}

/** Sentences around disguised slurs and near-misses, some glued to their neighbours. */
function* generated(count: number): Generator<string> {
  const next = seeded(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    const length = 1 + Math.floor(next() * 12);
    for (let i = 0; i < length; i++) {
      const word = next() < 0.4 ? disguised(pick(WORDS), next) : pick(PROSE);
      words.push(word, next() < 0.1 ? "" : next() < 0.5 ? " " : pick([", ", ". ", "\n", "  "]));
    }
    yield words.join("");
  }
}

const inputOf = (text: string) => ({ text, folded: fold(text) }) as RuleInput;
/** obscenity on the whole text: what the sighting must always agree with. */
const slursReadInFull = (text: string) => slur.ungated(inputOf(text));

describe("slur", () => {
  it("finds what obscenity finds on the whole text, in 5,000 generated texts", () => {
    let withSlurs = 0;
    for (const raw of generated(5000)) {
      const text = normalize(raw);
      const inFull = slursReadInFull(text);
      if (inFull.length > 0) withSlurs++;
      expect(slur(inputOf(text)), JSON.stringify(text)).toEqual(inFull);
    }
    // The generated texts exercise both sides: many slurs found, many texts clean.
    expect(withSlurs).toBeGreaterThan(1000);
    expect(withSlurs).toBeLessThan(4900);
  });

  it("finds what obscenity finds in every naughty string and every corpus post", () => {
    for (const raw of [...blns, ...corpus.map((entry) => entry.text)]) {
      const text = normalize(raw);
      expect(slur(inputOf(text)), JSON.stringify(text)).toEqual(slursReadInFull(text));
    }
  });

  it.each([
    "my caseload gets spicier every december",
    "the glasses chinked at the retirement party",
    "she played the cello spiccato",
    "a chink in the armour of my calm",
    "one chink of light through the blinds",
  ])("passes over an ordinary word or idiom that opens with a slur's letters: %j", (text) => {
    expect(slur(inputOf(text))).toEqual([]);
  });

  it.each([
    ["those spics", "spics"],
    ["you chink", "chink"],
    ["a niggerhead joke", "niggerhead"],
    ["sp1cier", "sp1cier"],
  ])("still refuses the slur, its plural, a compound of it and a disguise: %j", (text, word) => {
    expect(slur(inputOf(text)).map(({ start, end }) => text.slice(start, end))).toEqual([word]);
  });

  it("reads a slur far into a long text, and a slur inside a long run of letters", () => {
    const text = `${"a quiet session. ".repeat(100)}then he said n1gg3r and left`;
    expect(slur(inputOf(text))).toEqual([
      { rule: "slur", start: text.indexOf("n1gg3r"), end: text.indexOf(" and left") },
    ]);
    // A word longer than the window reaches: the window is cut inside it, and the slur is still found, as the whole word.
    const glued = `he said ${"x".repeat(200)}nigger${"x".repeat(200)} and left`;
    expect(slur(inputOf(glued))).toEqual([{ rule: "slur", start: 8, end: glued.indexOf(" and left") }]);
    expect(slur(inputOf(glued))).toEqual(slursReadInFull(glued));
    expect(slur(inputOf("x".repeat(3000)))).toEqual([]);
  });
});

describe("fresh229's kind: Tagalog's 'ngg' inside a word", () => {
  it.each([
    "My Lola used to say 'ang hindi marunong lumingon sa pinanggalingan ay hindi makararating sa paroroonan'.",
    "hanggang bukas na lang, pagod na ako",
  ])("leaves %j", (text) => {
    expect(slur(inputOf(text))).toEqual([]);
  });

  it("still refuses the slur without its vowel, standing alone", () => {
    expect(
      slur(inputOf("he called him ngga and left")).map(({ start, end }) =>
        "he called him ngga and left".slice(start, end),
      ),
    ).toEqual(["ngga"]);
  });
});

describe("the review of the twenty-first round's slurs: a word glued before the slur, Indonesian's no", () => {
  it.each([
    ["a dumbngga", "dumbngga"],
    ["a lilngga", "lilngga"],
  ])("refuses %j", (text, word) => {
    expect(slur(inputOf(text)).map(({ start, end }) => text.slice(start, end))).toEqual([word]);
  });

  it("leaves Indonesian's no", () => {
    expect(slur(inputOf("Nggak apa-apa, kadang kita juga perlu istirahat."))).toEqual([]);
  });
});
