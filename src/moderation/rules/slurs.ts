import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  type PhraseBuilder,
  pattern,
  RegExpMatcher,
  resolveConfusablesTransformer,
  resolveLeetSpeakTransformer,
  SyntaxKind,
  type TransformerContainer,
  type TransformerFn,
} from "obscenity";
import { lexicons } from "../lexicons";
import { isAscii, isSpace } from "../text";
import { type GatedRule, type Span, shortcut, spansAt } from "./rule";

/**
 * Slurs. Plain profanity is venting and is allowed, and clinical words (rape,
 * incest, abuse, sex offender, self-harm) are not in the list at all:
 * obscenity's English dataset is narrowed to slurs, and keeps its handling
 * of leetspeak and look-alike letters.
 */

type Slur = { originalWord: string };

// Slurs with no ordinary use: refused.
const REFUSED = new Set([
  "nigger",
  "kike",
  "chink",
  "chingchong",
  "abeed",
  "africoon",
  "arabush",
  "boonga",
  "spic",
  "wetback",
  "gook",
  "raghead",
  "towelhead",
  "beaner",
]);
// Words that are slurs in most uses but are reclaimed, historical or quoted: held for a moderator.
const HELD = new Set(["fag", "dyke", "tranny", "retard", "spastic", "negro"]);

const extraSlur =
  (word: string, whitelist: string[] = []) =>
  (phrase: PhraseBuilder<Slur>) =>
    whitelist.reduce(
      (built, term) => built.addWhitelistedTerm(term),
      phrase.setMetadata({ originalWord: word }).addPattern(pattern`|${word}`),
    );

const slurs = new DataSet<Slur>()
  .addAll(englishDataset)
  .removePhrasesIf(
    (phrase) => !REFUSED.has(phrase.metadata?.originalWord ?? "") && !HELD.has(phrase.metadata?.originalWord ?? ""),
  )
  .addPhrase(extraSlur("spic", ["spice", "spicy", "spick"]))
  .addPhrase(extraSlur("wetback"))
  .addPhrase(extraSlur("gook"))
  .addPhrase(extraSlur("raghead"))
  .addPhrase(extraSlur("towelhead"))
  .addPhrase(extraSlur("beaner", ["beanery"]));

const built = slurs.build();
// Indonesian's "no", spoken, holds the slur's letters without its vowel: "Nggak apa-apa".
const matcher = new RegExpMatcher({
  ...built,
  whitelistedTerms: [...(built.whitelistedTerms ?? []), "nggak", "enggak", "nggk"],
  ...englishRecommendedTransformers,
});

// Outdated clinical terms that contain a slur's letters but are not slurs in use.
const CLINICAL = /^(?:retardation|retarded development)$/;

/**
 * obscenity costs about 0.4 ms on 2,000 characters, most of the pipeline's
 * budget, so it reads only the words around a sighting: the letters of one of
 * its patterns, each written as obscenity would read it (a look-alike or
 * leetspeak, by its own transformers) and repeated any number of times (it
 * collapses repeats). A sighting can only see more than obscenity does,
 * never less: test/moderation/rules/slurs.test.ts holds `slur` to obscenity
 * on the whole text.
 */
export const slur: GatedRule = shortcut(
  "sightings of a slur's letters",
  ({ text }) => windowsAround(sightings(text), text).flatMap(([from, to]) => slursIn(text, from, to)),
  ({ text }) => slursIn(text, 0, text.length),
);

function slursIn(text: string, from: number, to: number): Span[] {
  const window = text.slice(from, to);
  return matcher.getAllMatches(window, true).flatMap((match): Span[] => {
    const word = slurs.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? "";
    const { start, end } = wholeWord(text, from + match.startIndex, from + match.endIndex + 1);
    const whole = text.slice(start, end).toLowerCase();
    if (CLINICAL.test(whole) || isOrdinaryWord(whole, word) || IDIOM.test(text.slice(end, end + 40))) return [];
    if (isInsideAnotherWord(text, start, from + match.startIndex)) return [];
    return [{ rule: REFUSED.has(word) ? "slur" : "slur-ambiguous", start, end }];
  });
}

/**
 * "Spicier", "chinked", "spiccato": an English word that opens with a slur's letters is that word, unless it is the
 * slur, its plural, or the slur joined to another word ("…head").
 */
function isOrdinaryWord(whole: string, slur: string): boolean {
  if (!whole.startsWith(slur) || whole === slur || /^(?:e?s)$/.test(whole.slice(slur.length))) return false;
  const { english } = lexicons();
  const rest = whole.slice(slur.length);
  return english.has(whole) && !(rest.length >= 3 && english.has(rest));
}

/**
 * "hanggang", "mangga", "pinanggalingan": Tagalog's "ngg" inside a word is the slur's letters with its vowel left out,
 * which the slur's pattern allows; inside another word, after a vowel of it, it is that word's (not a word glued before
 * the slur: "dumbngga").
 */
function isInsideAnotherWord(text: string, wordStart: number, matchStart: number): boolean {
  return wordStart < matchStart && /^[aeiou]ngg/i.test(text.slice(matchStart - 1, matchStart + 3));
}

// "A chink in the armour", "a chink of light": the word's own idioms.
const IDIOM =
  /^s? (?:in (?:(?:the|his|her|their|my|our|your|its|that|this|every|an?) )?(?:[\w-]+ )?armou?r|of (?:day)?light)\b/i;

function wholeWord(text: string, start: number, end: number) {
  let [from, to] = [start, end];
  while (from > 0 && /[\p{L}\p{N}@$*]/u.test(text.charAt(from - 1))) from--;
  while (to < text.length && /[\p{L}\p{N}@$*]/u.test(text.charAt(to))) to++;
  return { start: from, end: to };
}

/** The letters of every pattern, each optional part taken and left out: "n[i]gger" is "ngger" and "nigger". */
function lettersOf(nodes: (typeof built.blacklistedTerms)[number]["pattern"]["nodes"]): string[] {
  return nodes.reduce<string[]>(
    (prefixes, node) => {
      if (node.kind === SyntaxKind.Literal)
        return prefixes.map((prefix) => prefix + String.fromCharCode(...node.chars));
      if (node.kind === SyntaxKind.Optional && node.childNode.kind === SyntaxKind.Literal) {
        const chars = String.fromCharCode(...node.childNode.chars);
        return prefixes.flatMap((prefix) => [prefix, prefix + chars]);
      }
      // A wildcard: a sighting of the letters on one side of it stands for the pattern.
      return prefixes.map((prefix) => `${prefix} `);
    },
    [""],
  );
}

/** Without the stems that contain a shorter stem: a sighting of the shorter one finds them too. */
function minimal(stems: string[]): string[] {
  const unique = [...new Set(stems)].filter((stem) => stem.length > 0);
  return unique.filter((stem) => !unique.some((other) => other !== stem && stem.includes(other)));
}

const STEMS = minimal(
  built.blacklistedTerms.flatMap((term) =>
    lettersOf(term.pattern.nodes).map((letters) => letters.split(" ").reduce((a, b) => (b.length > a.length ? b : a))),
  ),
);

const confusable = transformOf(resolveConfusablesTransformer());
const leetspeak = transformOf(resolveLeetSpeakTransformer());

function transformOf(container: TransformerContainer): TransformerFn {
  if (!("transform" in container)) throw new Error("expected one of obscenity's simple transformers");
  return container.transform;
}

/** The lower-case letter obscenity reads a code point as, or undefined. */
function letterOf(codePoint: number): string | undefined {
  const read = leetspeak(confusable(codePoint) ?? codePoint) ?? codePoint;
  const letter = String.fromCharCode(read).toLowerCase();
  return read < 128 && letter >= "a" && letter <= "z" ? letter : undefined;
}

// Every ASCII character that reads as each letter: "s" is [sS$5].
const ASCII_READINGS = new Map<string, string[]>();
for (let code = 0; code < 128; code++) {
  const letter = letterOf(code);
  if (letter) ASCII_READINGS.set(letter, [...(ASCII_READINGS.get(letter) ?? []), String.fromCharCode(code)]);
}
const readingsOf = (letter: string) =>
  `[${(ASCII_READINGS.get(letter) ?? [letter]).map((char) => char.replace(/[\\\]^-]/, "\\$&")).join("")}]`;

/**
 * The stems as one pattern, read only where a stem opens (see `sightings`):
 * each letter in any of its readings, as often as the stem has it or more
 * ("gook" is g+ o{2,} k+). Stems are grouped by their first letter, and a
 * group starts only where a run of that letter starts.
 */
function sightingOf(stems: string[]): RegExp {
  const firsts = [...new Set(stems.map((stem) => stem.charAt(0)))];
  const groups = firsts.map((first) => {
    const rests = stems.filter((stem) => stem.startsWith(first)).map((stem) => runsOf(stem.slice(1), first));
    return `(?<!${readingsOf(first)})${readingsOf(first)}+(?:${rests.join("|")})`;
  });
  return new RegExp(groups.join("|"), "y");
}

/** The letters after a stem's first, as runs of readings; a repeat of the first letter is already read. */
function runsOf(rest: string, first: string): string {
  const runs = rest.match(/(.)\1*/g) ?? [];
  return runs
    .map((run, index) => {
      const letter = run.charAt(0);
      const least = index === 0 && letter === first ? run.length - 1 : run.length;
      if (least === 0) return "";
      return `${readingsOf(letter)}${least === 1 ? "+" : `{${least},}`}`;
    })
    .join("");
}

const SIGHTING = sightingOf(STEMS);

// The letter (0 for "a" to 25 for "z") each ASCII character reads as, or -1.
const LETTER_OF_CODE = new Int8Array(128).fill(-1);
for (const [letter, characters] of ASCII_READINGS) {
  for (const character of characters) LETTER_OF_CODE[character.charCodeAt(0)] = letter.charCodeAt(0) - 97;
}

/** Three letters, one number: how a stem opens, and how the scan asks. */
const openingKey = (first: number, second: number, third: number) => (first * 26 + second) * 26 + third;

// The first three runs of letters of every stem ("nig" for "nigger", "gok" for "gook"), by openingKey.
const OPENINGS = new Uint8Array(26 * 26 * 26);
for (const stem of STEMS) {
  const [first, second, third] = (stem.match(/(.)\1*/g) ?? []).map((run) => run.charCodeAt(0) - 97);
  if (first === undefined || second === undefined || third === undefined) {
    throw new Error(`the sighting needs three runs of letters in every stem, and "${stem}" has fewer`);
  }
  OPENINGS[openingKey(first, second, third)] = 1;
}

// One character beyond ASCII, a whole code point (both halves of a surrogate pair).
const NON_ASCII_CHARACTER = /[^\p{ASCII}]/gu;
const readings = new Map<string, string>();

/**
 * The text with each character beyond ASCII that obscenity reads as a letter
 * written as that letter, as many code units long as the character (a letter
 * repeated is read as once), so positions do not move.
 */
function asLetters(text: string): string {
  if (isAscii(text)) return text;
  return text.replace(NON_ASCII_CHARACTER, (character) => {
    let read = readings.get(character);
    if (read === undefined) {
      const letter = letterOf(character.codePointAt(0) ?? 0);
      read = letter ? letter.repeat(character.length) : character;
      readings.set(character, read);
    }
    return read;
  });
}

/** Where a pattern's letters are seen in the text, in text order. */
const sightings = (text: string): Span[] => {
  const read = asLetters(text);
  return spansAt(SIGHTING, read, openings(read), "slur");
};

/**
 * Where a run of letters starts that, with the two runs after it, opens a
 * stem: the only places a sighting can start. A match of the pattern opens
 * with the first three runs of letters of its stem, so the text is read
 * once, run by run, and the pattern is tried only there: most text opens
 * none (a pattern scanned along the text cost more than the rest of this rule).
 */
function openings(read: string): number[] {
  const starts: number[] = [];
  // The letters of the last two runs, and where each starts.
  let [older, newer, olderStart, newerStart] = [-1, -1, 0, 0];
  for (let at = 0; at < read.length; at++) {
    const code = read.charCodeAt(at);
    const letter = code < 128 ? (LETTER_OF_CODE[code] ?? -1) : -1;
    if (letter === newer) continue;
    if (letter >= 0 && older >= 0 && OPENINGS[openingKey(older, newer, letter)] === 1) starts.push(olderStart);
    older = letter < 0 ? -1 : newer;
    olderStart = newerStart;
    newer = letter;
    newerStart = at;
  }
  return starts;
}

const REACH = 24;
const WORD_REACH = 32;

/**
 * The stretches of text obscenity reads: each sighting with REACH characters
 * either side, widened to the edges of the words there (by at most WORD_REACH
 * more), overlapping stretches merged.
 */
function windowsAround(found: Span[], text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const { start, end } of found) {
    const from = wordEdge(text, Math.max(0, start - REACH), -1);
    const to = wordEdge(text, Math.min(text.length, end + REACH), 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function wordEdge(text: string, at: number, step: 1 | -1): number {
  let edge = at;
  for (let moved = 0; moved < WORD_REACH; moved++) {
    const beyond = step < 0 ? edge - 1 : edge;
    if (beyond < 0 || beyond >= text.length || isSpace(text.charCodeAt(beyond))) break;
    edge += step;
  }
  return edge;
}
