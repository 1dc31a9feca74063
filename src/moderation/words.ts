import { CONTRACTIONS } from "./contractions";

/**
 * The one tokenizer every rule reads: the words of the text (runs of letters
 * with apostrophes inside them, "don't", "O'Neil", "Aaliyah's"; or runs of
 * digits), each with where it is, its folded form (lower
 * case, look-alikes folded, a contraction's missing apostrophe put back:
 * "didnt" is "didn't") and whether the author capitalized it. Rules ask
 * "is this word anywhere?" (`hasAny`) to skip work, and the name and place
 * rules read the words in order.
 */

/** A word a rule asks about: lower case letters, digits and apostrophes, as the folded text has them. */
const WATCHABLE = /^[a-z0-9']+$/;

// Letters and marks, or digits; the ASCII ones tried first, as a text with any character beyond Latin-1 is read a
// third faster so (the classes match the same characters either way).
const LETTER = String.raw`(?:[a-z]|[\p{L}\p{M}])`;
const WORD = new RegExp(String.raw`${LETTER}+(?:'${LETTER}+)*|(?:[0-9]|\p{N})+`, "gu");

/** Words a rule asks about, checked once when its module loads. */
export type Watched = readonly string[];

/** Checks the words a rule will ask about: each must be one word of the folded text. */
export function watch(words: readonly string[]): Watched {
  for (const word of words) {
    if (!WATCHABLE.test(word)) throw new Error(`"${word}" is not one word of the folded text`);
  }
  return words;
}

export type Token = {
  /** Where the word starts and ends in the normalized text (and the folded one: they have the same length). */
  start: number;
  end: number;
  /** The word as folded: lower case, look-alike letters folded, a contraction's apostrophe back ("didnt" is "didn't"). */
  word: string;
  /** The word as the author wrote it. */
  written: string;
};

const PLAIN_ASCII = /^[a-z0-9]*$/;
const ASCII_RUN = /[a-z0-9]+/g;

export class Words {
  /** Every word, in order. */
  readonly tokens: readonly Token[];
  /** Whether the text has an ASCII digit (what `\d` matches). */
  readonly hasDigit: boolean;
  readonly #present: ReadonlySet<string>;
  readonly #views = new Map<object, unknown>();

  /** `text` is the normalized text and `folded` its fold, of the same length. */
  constructor(folded: string, text: string = folded) {
    const tokens: Token[] = [];
    // exec() on the shared pattern, not matchAll(), which copies the pattern on every call.
    WORD.lastIndex = 0;
    for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
      const [word, start] = [match[0], match.index];
      const end = start + word.length;
      tokens.push({ start, end, word: CONTRACTIONS.get(word) ?? word, written: text.slice(start, end) });
    }
    this.tokens = tokens;
    // A possessive counts as its word too ("father's" is "father" to a rule that asks), and so does each run of
    // ASCII letters in a word with others ("éinsta" holds "insta"), as the rules' patterns, ASCII-minded, read it.
    const present = new Set<string>();
    for (const { word, start, end } of this.tokens) {
      // The word as the patterns over the folded text read it, too: "didnt" as well as "didn't".
      if (end - start !== word.length) present.add(folded.slice(start, end));
      present.add(word);
      if (PLAIN_ASCII.test(word)) continue;
      present.add(word.replace(/'s$/, ""));
      for (const run of word.match(ASCII_RUN) ?? []) present.add(run);
    }
    this.#present = present;
    this.hasDigit = /\d/.test(folded);
  }

  /** How many words there are. */
  get count(): number {
    return this.tokens.length;
  }

  /** Whether any of the watched words is one of the words. */
  hasAny(watched: Watched): boolean {
    return watched.some((word) => this.#present.has(word));
  }

  /** Whether `word` (folded) is one of the words. */
  has(word: string): boolean {
    return this.#present.has(word);
  }

  /** Where word i starts in the text. */
  start(i: number): number {
    return this.tokens[i]?.start ?? 0;
  }

  /** Where word i ends in the text. */
  end(i: number): number {
    return this.tokens[i]?.end ?? 0;
  }

  /**
   * What `make` works out from this text, made once, on first use, by whichever rule asks first (the asides that
   * both name rules read). It lives as long as these words, so nothing of one post outlives its moderation.
   */
  view<T>(key: object, make: () => T): T {
    if (!this.#views.has(key)) this.#views.set(key, make());
    return this.#views.get(key) as T;
  }

  /** Whether words i and j are the same word. */
  same(i: number, j: number): boolean {
    return this.tokens[i]?.word === this.tokens[j]?.word;
  }
}
