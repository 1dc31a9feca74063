import { WORD_EDGE } from "../src/moderation/rules/word-edges";

/**
 * The words a pattern cannot match without. "(?:the )?bottle (?:lined up|ready)"
 * matches no text without the word "bottle"; "(?:tore|ripped) up my safety plan"
 * none without "tore" or "ripped", nor without "safety", nor without "plan". A
 * post that lacks every word of one such choice can skip the pattern, which is
 * exact: the gate test holds every pattern read so to the same pattern read
 * everywhere.
 *
 * A needed word is a run of letters a–z written in the pattern with no
 * quantifier on it, which every match must hold, and with something on each
 * side that is not a letter a–z (a space, a `\b`, punctuation, the pattern's
 * start or end where a `\b` stands): so the text holds it as a whole run of
 * letters, which `letterRunsOf` (src/moderation/rules/rule.ts) lists. Anything
 * the reading is unsure of (a quantified group, a class, a back-reference)
 * needs nothing, which only costs a skip, never a match.
 *
 * Reading every crisis pattern so takes longer than a Worker may spend
 * starting, so `npm run needed-words` (scripts/build-needed-words.ts) writes
 * what it reads to src/moderation/lexicons/needed-words.json, which the worker
 * looks each pattern up in; a test fails when the file is not what this reads.
 */

/**
 * Every choice of needed words a pattern has that is rare enough to be worth asking, cheapest first: a post must hold
 * one word of each choice, or the pattern cannot match it. Undefined when none is sure or rare.
 */
export function choicesNeeded(source: string, flags = ""): readonly (readonly string[])[] | undefined {
  if (flags.includes("i")) return undefined;
  const choices = needsOf(parse(source.replaceAll(WORD_EDGE, String.raw`\b`)), false, false).filter(
    (words) => !words.some((word) => FREQUENT.has(word)),
  );
  const distinct = [...new Map(choices.map((words) => [[...words].sort().join(" "), words])).values()];
  return distinct.length === 0 ? undefined : distinct.sort((a, b) => costOf(a) - costOf(b));
}

/** A part of a pattern, with how few times it must occur (`least`) and whether it is repeated or optional at all. */
type Part =
  | { type: "letter"; letter: string; least: number; quantified: boolean }
  // consumes only characters that are not letters a–z (a space, `\s`, `\d`, `[.!?]`, an escaped stop)
  | { type: "other-char"; least: number; quantified: boolean }
  // consumes something that may be a letter (`.`, `\w`, `[^…]`, a back-reference)
  | { type: "any"; least: number; quantified: boolean }
  // `\b`, `^`, `$`: no letter a–z on the side where a word is
  | { type: "edge"; least: number; quantified: boolean }
  // a lookahead or lookbehind: takes no characters, so the parts on either side are neighbours
  | { type: "look"; least: number; quantified: boolean }
  | { type: "group"; branches: Part[][]; least: number; quantified: boolean };

/** A pattern's top-level alternatives, each a sequence of parts. */
function parse(source: string): Part[] {
  const reader = { source, at: 0 };
  const branches = readBranches(reader);
  return [{ type: "group", branches, least: 1, quantified: false }];
}

type Reader = { source: string; at: number };

function readBranches(reader: Reader): Part[][] {
  const branches: Part[][] = [[]];
  while (reader.at < reader.source.length) {
    const char = reader.source.charAt(reader.at);
    if (char === ")") break;
    if (char === "|") {
      reader.at++;
      branches.push([]);
      continue;
    }
    const part = readAtom(reader);
    branches.at(-1)?.push(withQuantifier(reader, part));
  }
  return branches;
}

type Atom = { type: Part["type"]; letter?: string; branches?: Part[][] };

function readAtom(reader: Reader): Atom {
  const { source } = reader;
  const char = source.charAt(reader.at);
  if (char === "(") {
    const opening = sticky(GROUP_OPENING, reader)?.[0] ?? "(";
    const branches = readBranches(reader);
    reader.at++; // ")"
    const look = /^\(\?<?[=!]$/.test(opening);
    return look ? { type: "look" } : { type: "group", branches };
  }
  if (char === "[") return readClass(reader);
  if (char === "\\") return readEscape(reader);
  reader.at++;
  if (char === "^" || char === "$") return { type: "edge" };
  if (char === ".") return { type: "any" };
  if (/[a-z]/.test(char)) return { type: "letter", letter: char };
  // A capital under no /i, a digit, a space, punctuation or any other script: not a letter a–z.
  return { type: "other-char" };
}

const GROUP_OPENING = /\((?:\?(?::|<?[=!]|<[A-Za-z_$][\w$]*>))?/y;

function readEscape(reader: Reader): Atom {
  // The whole escape: a back-reference by name or number, a property, a code (\u{…}, \uXXXX, \xXX, \cX), or one character.
  const written = sticky(ESCAPE, reader)?.[0] ?? "";
  const escaped = written.charAt(1);
  if (written === String.raw`\b`) return { type: "edge" };
  if (written === String.raw`\B`) return { type: "look" };
  if (written.length === 2 && "sdnrtfvW".includes(escaped)) return { type: "other-char" };
  // \w, \S, \D, a property, a code, a back-reference and any other letter or digit escaped: anything.
  if (/[A-Za-z0-9]/.test(escaped)) return { type: "any" };
  return { type: "other-char" };
}
const ESCAPE =
  /\\(?:k<[^>]*>|[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[1-9][0-9]*|[\s\S])/y;

function readClass(reader: Reader): Atom {
  const { source } = reader;
  let at = reader.at + 1;
  if (source.charAt(at) === "]") at++;
  while (at < source.length && source.charAt(at) !== "]") at += source.charAt(at) === "\\" ? 2 : 1;
  const inside = source.slice(reader.at + 1, at);
  reader.at = at + 1;
  // Only a plain list of characters none of which is a letter (no negation, range, \w, \S, \D, \p or escape of a code).
  const plain = !inside.startsWith("^") && !/[a-zA-Z]|\\[^sdnrtfv.!?,;:'"()[\]{}\-/|*+^$\\ ]|.-./.test(inside);
  return { type: plain ? "other-char" : "any" };
}

function withQuantifier(reader: Reader, atom: Atom): Part {
  const part = atom as Part;
  const next = reader.source.charAt(reader.at);
  if (next !== "?" && next !== "*" && next !== "+" && next !== "{") return Object.assign(part, UNQUANTIFIED);
  const quantifier = sticky(QUANTIFIER, reader);
  if (quantifier === null) return Object.assign(part, UNQUANTIFIED);
  const least = quantifier[0].startsWith("+") ? 1 : Number(quantifier[1] ?? 0);
  return Object.assign(part, { least, quantified: true });
}
const UNQUANTIFIED = { least: 1, quantified: false } as const;
const QUANTIFIER = /(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/y;

/** The match of `pattern` (a /y pattern) where the reader is, read past. */
function sticky(pattern: RegExp, reader: Reader): RegExpExecArray | null {
  pattern.lastIndex = reader.at;
  const match = pattern.exec(reader.source);
  if (match !== null) reader.at += match[0].length;
  return match;
}

/**
 * The choices of needed words of a sequence of parts, each a list of words one of which every match holds.
 * `boundedBefore` and `boundedAfter`: whether what comes before and after the sequence is sure not to be a letter.
 */
function needsOf(parts: Part[], boundedBefore: boolean, boundedAfter: boolean): string[][] {
  const needs: string[][] = [];
  const bounded = (at: number, step: 1 | -1, outside: boolean) => {
    const side = sideOf(parts, at + step, step);
    return side === "bound" || (side === "empty or bound" && outside);
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    if (part.type === "letter" && !part.quantified) {
      let end = i;
      let word = "";
      for (; end < parts.length; end++) {
        const next = parts[end] as Part;
        if (next.type !== "letter" || next.quantified) break;
        word += next.letter;
      }
      if (bounded(i, -1, boundedBefore) && bounded(end - 1, 1, boundedAfter)) needs.push([word]);
      i = end - 1;
    } else if (part.type === "group" && !part.quantified) {
      const [before, after] = [bounded(i, -1, boundedBefore), bounded(i, 1, boundedAfter)];
      // A group of one branch ("\\b(?:…)\\b" around a pattern) needs all its branch needs.
      if (part.branches.length === 1) {
        needs.push(...needsOf(part.branches[0] as Part[], before, after));
        continue;
      }
      const each = part.branches.map((branch) => cheapest(needsOf(branch, before, after)));
      if (each.every((words) => words !== undefined)) needs.push([...new Set(each.flat() as string[])]);
    }
  }
  return needs;
}

/**
 * What the first character taken by `parts` from `from` on is (read towards the end with `step` 1, after a word; towards
 * the start with -1, before it): never a letter ("bound"), maybe a letter ("open"), or nothing or never a letter
 * ("empty or bound", when what lies beyond decides).
 */
type Side = "bound" | "open" | "empty or bound";
function sideOf(parts: Part[], from: number, step: 1 | -1): Side {
  for (let at = from; at >= 0 && at < parts.length; at += step) {
    const side = sideOfPart(parts[at] as Part, step);
    if (side !== "empty or bound") return side;
  }
  return "empty or bound";
}

function sideOfPart(part: Part, step: 1 | -1): Side {
  switch (part.type) {
    case "look":
      return "empty or bound";
    case "edge":
    case "other-char":
      return part.least >= 1 ? "bound" : "empty or bound";
    case "letter":
    case "any":
      return "open";
    case "group": {
      const sides = part.branches.map((branch) => sideOf(branch, step === 1 ? 0 : branch.length - 1, step));
      if (sides.includes("open")) return "open";
      return sides.every((side) => side === "bound") && part.least >= 1 ? "bound" : "empty or bound";
    }
  }
}

/** The choice least likely to be in a post: few words, none of the most frequent, long ones. */
function cheapest(choices: string[][]): string[] | undefined {
  let best: string[] | undefined;
  let lowest = Number.POSITIVE_INFINITY;
  for (const words of choices) {
    const cost = costOf(words);
    if (cost < lowest) [best, lowest] = [words, cost];
  }
  return best;
}

/** How likely a choice of words is to be in a post: a frequent word counts 1, a long one little. */
const costOf = (words: readonly string[]) =>
  words.reduce((sum, word) => sum + (FREQUENT.has(word) ? 1 : 1 / (word.length * word.length)), 0);

// Words nearly every post has: a choice of them saves nothing.
const FREQUENT = new Set(
  "a an and are as at be been but by can could did do don for from get go going got had has have he her him his how i if in into is it its just like ll m me my no not now of on one or our out s she so some t that the their them then there they this to up was we what when which who will with would you your ve re d".split(
    " ",
  ),
);
