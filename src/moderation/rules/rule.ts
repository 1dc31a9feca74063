import neededWords from "../lexicons/needed-words.json";
import type { RuleName } from "../policy";
import { type MappedText, spanInOrigin } from "../text";
import { type Words, watch } from "../words";
import { withWordEdges } from "./word-edges";

/** What every rule sees: the normalized text and views of it, computed once. */
export type RuleInput = {
  /** The normalized text: offsets point here. */
  text: string;
  /** Lower case, look-alikes folded; same length as `text`. */
  folded: string;
  /** `folded` with spaced-out characters joined; made on first use. */
  despaced: () => MappedText;
  /** The words of `folded` (letters, digits and apostrophes), for "is this word anywhere?", and whether it has a digit. */
  words: Words;
  /** Facts the caller looked up (the pipeline itself does no I/O). */
  context: ModerationContext;
};

export type ModerationContext = {
  /** A post with the same content hash was stored in the last 24 hours. */
  duplicateOfRecent?: boolean;
  /** The reader's country (`request.cf.country`), for crisis resources; used in flight, never stored. */
  country?: string;
};

/** A rule's finding: which rule, and where in the normalized text. */
export type Span = { rule: RuleName; start: number; end: number };

export type Rule = (input: RuleInput) => Span[];

/** A rule behind a gate, and the same rule without it: a test holds each to the other. */
export type GatedRule = Rule & { readonly ungated: Rule; readonly gate: string };

/** Every gated rule made, in the order their modules loaded: the gate test reads them all. */
export const gatedRules: GatedRule[] = [];

/**
 * A rule run only when `opens` says the text could hold a match. A cheap
 * test (a word lookup, a short pattern) that most posts fail saves the
 * rule's patterns; it must never hide a match, which the gate test checks
 * for every gated rule on the development corpus, the naughty strings and
 * generated text.
 */
export function gated(gate: string, opens: (input: RuleInput) => boolean, rule: Rule): GatedRule {
  return shortcut(gate, (input) => (opens(input) ? rule(input) : []), rule);
}

/** A rule that reads only part of the text (`quick`), registered with the rule that reads it all (`whole`). */
export function shortcut(gate: string, quick: Rule, whole: Rule): GatedRule {
  const made = Object.assign(quick, { ungated: whole, gate });
  gatedRules.push(made);
  return made;
}

/** A rule that runs only when the text has one of `words`. */
export function whenAnyWord(words: readonly string[], rule: Rule): GatedRule {
  const watched = watch(words);
  return gated(`one of ${words.slice(0, 4).join(", ")}…`, (input) => input.words.hasAny(watched), rule);
}

/** A rule that runs only when the text has a digit. */
export function whenDigits(rule: Rule): GatedRule {
  return gated("a digit", (input) => input.words.hasDigit, rule);
}

/** A rule that runs only when `sign` is found in the folded text. */
export function whenSeen(sign: RegExp, rule: Rule): GatedRule {
  return gated(String(sign), (input) => sign.test(input.folded), rule);
}

/** Every match of `pattern` in `text` (which must have the /g flag), as spans; of `alternatives`, as `anyOf` has them. */
export function spansOf(pattern: RegExp | Alternatives, text: string, rule: RuleName): Span[] {
  const spans: Span[] = [];
  eachMatch(pattern, text, (start, end) => spans.push({ rule, start, end }));
  return spans;
}

/**
 * The span of each match's first group, of `pattern` (with the /dg flags): what the words before it point at ("her
 * tiktok is lilbeanwrites", "down Ridgeview Dr").
 */
export function groupSpansOf(pattern: RegExp, text: string, rule: RuleName): Span[] {
  return Array.from(text.matchAll(pattern), (match): Span => {
    const [start, end] = match.indices?.[1] ?? [match.index, match.index];
    return { rule, start, end };
  });
}

/**
 * Calls `visit` with each match of `pattern` (which must have the /g flag) in text order, until it returns false.
 * exec() on the shared pattern, not matchAll(), which copies the pattern on every call; the pipeline is
 * synchronous, so nothing else moves lastIndex, as long as `visit` runs other patterns than this one.
 */
export function eachMatch(
  pattern: RegExp | Alternatives,
  text: string,
  visit: (start: number, end: number) => unknown,
): void {
  if (!(pattern instanceof RegExp)) {
    for (const [start, end] of matchesOf(pattern, text)) if (visit(start, end) === false) return;
    return;
  }
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (visit(match.index, match.index + match[0].length) === false) return;
    if (match[0] === "") pattern.lastIndex++;
  }
}

/**
 * An empty lookahead: it always holds, so a pattern means the same with it. V8 compiles the part of a pattern that
 * follows a choice (an alternation, an optional group) once for each way into it, up to ten times, unless a
 * lookaround stands between them. Written before a long alternation that comes after other choices
 * (`(?:at|in) (?:the )?${COMPILE_ONCE}(?:town|village|…)`), it makes the pattern's first use, which the first post an
 * isolate checks pays for, several times cheaper. Only deep in a pattern: matching cannot look past it, which costs
 * where a pattern gets that far on most text.
 */
export const COMPILE_ONCE = "(?=)";

/**
 * Patterns that read as the one pattern `a|b|c` of their alternatives, kept apart: V8 compiles a pattern on its
 * first use, in time that grows faster than its size, and a post's first check pays for it. Apart, they cost a
 * third as much then and as much after (each scan skips quickly to where its own alternative can start).
 */
export type Alternatives = {
  readonly alternatives: readonly RegExp[];
  /** For each alternative, the words it needs (`byNeededWords`): a text that lacks them skips it. */
  readonly needs?: readonly (NeededWords | undefined)[];
};

/**
 * The words a pattern needs, as choices: every match holds one word of each choice ("bottle", and "lined" or "ready",
 * for "bottle (?:lined up|ready)"). A text that lacks every word of a choice cannot match.
 */
export type NeededWords = readonly (readonly string[])[];

/** Whether the runs of letters of a text hold a word of each choice `needs` gives. */
const holds = (runs: ReadonlySet<string>, needs: NeededWords) =>
  needs.every((choice) => choice.some((word) => runs.has(word)));

/** Every set of alternatives made, in the order their modules loaded: a test holds each to its one pattern. */
export const alternativesMade: Alternatives[] = [];

/** A word or phrase of a word list written into a pattern as itself: "b.j." matches only "b.j.". */
export const escaped = (word: string) => word.replace(/[.*+?^${}()[\]\\]/g, "\\$&");

/** `sources` as alternatives, each with `flags` (which must include "g"), and with the words each needs if known. */
export function anyOf(sources: readonly string[], flags = "g", needs?: Alternatives["needs"]): Alternatives {
  // Under /u, `\w` is not ASCII alone with /i, so WORD_EDGE is only written where `\b` means it.
  const written = (source: string) => (flags.includes("u") ? source : withWordEdges(source));
  const made = { alternatives: sources.map((source) => new RegExp(written(source), flags)), ...(needs && { needs }) };
  alternativesMade.push(made);
  return made;
}

/**
 * Alternatives (pattern sources over the folded text, each written `before` and `after`) as alternatives read only by
 * the posts that could match them: an alternative that needs words ("bottle", and "lined" or "ready") is a pattern of
 * its own, read only when the post has a word of each of its choices; the rest are grouped `most` characters of
 * pattern at a time and always read. Most posts have few of the words, so most alternatives are never read, nor
 * compiled (joined in groups, one alternative's words made a post read them all: a third more time). The groups that
 * need nothing come first: where two alternatives match at the same place, one of those is found before one that
 * needs a word.
 */
export function byNeededWords(
  alternatives: readonly string[],
  most: number,
  [before, after] = ["", ""],
  needed: ReadonlyMap<string, NeededWords> = NEEDED_WORDS,
): Alternatives {
  const each = alternatives.map((alternative) => {
    const source = `${before}${alternative}${after}`;
    if (needed === NEEDED_WORDS) neededWordsAsked.push(source);
    return { alternative, needs: needed.get(source) };
  });
  const always = inGroups(
    each.filter(({ needs }) => needs === undefined).map(({ alternative }) => alternative),
    most,
  );
  const needing = each.filter(({ needs }) => needs !== undefined);
  return anyOf(
    [...always, ...needing.map(({ alternative }) => alternative)].map((source) => `${before}${source}${after}`),
    "g",
    [...always.map(() => undefined), ...needing.map(({ needs }) => needs)],
  );
}

/**
 * The words each alternative needs, as scripts/needed-words.ts reads them off its pattern, written to a file by
 * `npm run needed-words`: reading them here would cost a Worker's start more than its budget. An alternative the file
 * lacks (a pattern changed since) needs nothing, and is read by every post; a test fails until the file is written again.
 */
const NEEDED_WORDS: ReadonlyMap<string, NeededWords> = new Map(Object.entries(neededWords.needs));

/**
 * Every alternative `byNeededWords` looked up in needed-words.json, as it looks it up: the file's test and its script
 * read them all. Alternatives given with words of their own (a test's) are not the file's, so not listed.
 */
export const neededWordsAsked: string[] = [];

/** `byNeededWords`'s `most` that keeps every alternative its own pattern: each read by itself, as `anyOf` reads them. */
export const EACH_ALONE = 0;

/** Alternatives joined, in order, with "|" into groups of up to `most` characters. */
function inGroups(alternatives: string[], most: number): string[] {
  const groups: string[][] = [];
  let size = Number.POSITIVE_INFINITY;
  for (const alternative of alternatives) {
    const group = groups.at(-1);
    if (group === undefined || size + alternative.length + 1 > most) {
      groups.push([alternative]);
      size = alternative.length;
      continue;
    }
    group.push(alternative);
    size += alternative.length + 1;
  }
  return groups.map((group) => group.join("|"));
}

/** A long alternation's top-level alternatives: "a|(?:b|c)|[|]|d" has three before "d", not five. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let [depth, inClass, from] = [0, false, 0];
  for (let at = 0; at < source.length; at++) {
    const char = source.charAt(at);
    if (char === "\\") at++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      alternatives.push(source.slice(from, at));
      from = at + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/**
 * Each match, as [start, end], in text order, as the one pattern would find them: the leftmost match of any
 * alternative, the earlier alternative first where two start at one place, then on from its end.
 */
function* matchesOf({ alternatives: patterns, needs }: Alternatives, text: string): Generator<[number, number]> {
  const runs = needs && letterRunsOfLast(text);
  const next = patterns.map((alternative, i) => {
    const words = needs?.[i];
    const read = words === undefined || (runs !== undefined && holds(runs, words));
    return read ? firstFrom(alternative, text, 0) : null;
  });
  for (;;) {
    let first = -1;
    next.forEach((match, i) => {
      if (match !== null && (first < 0 || match.index < (next[first]?.index ?? 0))) first = i;
    });
    const match = next[first];
    if (match === undefined || match === null) return;
    const [start, end] = [match.index, match.index + match[0].length];
    yield [start, end];
    const from = end === start ? end + 1 : end;
    next.forEach((found, i) => {
      if (found !== null && found.index < from) next[i] = firstFrom(patterns[i] as RegExp, text, from);
    });
  }
}

/** The runs of letters a–z in `text`, each whole: what the words an alternative needs are looked up in. */
export function letterRunsOf(text: string): ReadonlySet<string> {
  return new Set(text.match(LETTER_RUN));
}
const LETTER_RUN = /[a-z]+/g;

// The crisis rules read one text with a score of alternations: its runs of letters are listed once.
let lastRuns: { text: string; runs: ReadonlySet<string> } | undefined;
function letterRunsOfLast(text: string): ReadonlySet<string> {
  if (lastRuns?.text !== text) lastRuns = { text, runs: letterRunsOf(text) };
  return lastRuns.runs;
}

function firstFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** Spans found in a mapped view, with offsets mapped back to the normalized text. */
export function inOrigin(view: MappedText, spans: Span[]): Span[] {
  return view.removed.length === 0
    ? spans
    : spans.map(({ rule, start, end }) => ({ rule, ...spanInOrigin(view, start, end) }));
}

/**
 * The spans `spansOf` would find with the /g twin of `sticky` (a /y pattern),
 * trying it only at `starts` (ascending) instead of at every position: the
 * same spans whenever every position the pattern can match at is one of them.
 */
export function spansAt(sticky: RegExp, text: string, starts: readonly number[], rule: RuleName): Span[] {
  const spans: Span[] = [];
  let searchFrom = 0;
  for (const start of starts) {
    if (start < searchFrom) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    const end = start + match[0].length;
    spans.push({ rule, start, end });
    searchFrom = end === start ? end + 1 : end;
  }
  return spans;
}
