import { asciiTable } from "./text";

/**
 * The words of the folded text (letters, digits and apostrophes), read in one
 * pass without making a string of any of them: where each starts and ends, a
 * hash of each, and which watched words are among them. Rules ask "is this
 * word anywhere?" far more often than they read words, and a post's few
 * hundred word strings and their set cost a third of a benign post's check.
 */

/** A word a rule asks about: lower case letters, digits and apostrophes, as the folded text has them. */
const WATCHABLE = /^[a-z0-9']+$/;

// Every watched word, by its index; and a hash table of them, by the hash of their letters.
const watched: string[] = [];
const indexOf = new Map<string, number>();
let table = { mask: 0, hashes: new Int32Array(1), entries: new Int32Array(1), size: -1 };

/** Words a rule asks about, as `Words.hasAny` looks them up: their indexes among every watched word. */
export type Watched = { readonly indexes: readonly number[] };

/** Registers words a rule will ask about; called when the rule's module loads. */
export function watch(words: readonly string[]): Watched {
  const indexes = words.map((word) => {
    if (!WATCHABLE.test(word)) throw new Error(`"${word}" is not one word of the folded text`);
    const known = indexOf.get(word);
    if (known !== undefined) return known;
    indexOf.set(word, watched.push(word) - 1);
    return watched.length - 1;
  });
  return { indexes };
}

/** FNV-1a over UTF-16 code units: one step, so the scan and the table hash alike. */
const step = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x01000193);
const FNV_START = 0x811c9dc5 | 0;

function hashOf(word: string): number {
  let hash = FNV_START;
  for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
  return hash;
}

/** The table of watched words, rebuilt when a module has watched more since. */
function watchedTable() {
  if (table.size === watched.length) return table;
  let slots = 16;
  while (slots < watched.length * 4) slots *= 2;
  const built = {
    mask: slots - 1,
    hashes: new Int32Array(slots),
    entries: new Int32Array(slots),
    size: watched.length,
  };
  watched.forEach((word, index) => {
    const hash = hashOf(word);
    let slot = hash & built.mask;
    while (built.entries[slot] !== 0) slot = (slot + 1) & built.mask;
    built.hashes[slot] = hash;
    built.entries[slot] = index + 1;
  });
  table = built;
  return table;
}

// ASCII code units that belong to words: a-z, A-Z (which folding leaves none of), 0-9 and the apostrophe.
const ASCII_WORD_UNIT = asciiTable("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'");
// Beyond ASCII, one code point (one or two code units) that is a letter or a number.
const WORD_CHARACTER = /[\p{L}\p{N}]/uy;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

export class Words {
  /** How many words there are. */
  readonly count: number;
  /** Whether the text has an ASCII digit (what `\d` matches). */
  readonly hasDigit: boolean;
  // Per word i: where it starts and ends in the folded text, and the hash of its letters.
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #hashes: Int32Array;
  /** By watched word's index, 1 when it is one of the words. */
  readonly #present: Uint8Array;

  constructor(readonly folded: string) {
    // One loop over local variables: this runs on every character of every post.
    const room = (folded.length >> 1) + 1;
    // One buffer for the three: allocating a typed array costs about a microsecond.
    const buffer = new Int32Array(room * 3);
    const [starts, ends, hashes] = [
      buffer.subarray(0, room),
      buffer.subarray(room, 2 * room),
      buffer.subarray(2 * room),
    ];
    const { mask, hashes: watchedHashes, entries } = watchedTable();
    const present = new Uint8Array(watched.length);
    let [count, hasDigit] = [0, false];
    let hash = FNV_START;
    let start = -1;
    for (let at = 0; at <= folded.length; ) {
      const unit = at < folded.length ? folded.charCodeAt(at) : 32;
      let width = 0;
      if (unit < 128) width = ASCII_WORD_UNIT[unit] ?? 0;
      else width = widthOfWordCharacter(folded, at);
      if (unit >= DIGIT_0 && unit <= DIGIT_9) hasDigit = true;
      if (width > 0) {
        if (start < 0) {
          start = at;
          hash = FNV_START;
        }
        hash = step(hash, unit);
        if (width === 2) hash = step(hash, folded.charCodeAt(at + 1));
        at += width;
        continue;
      }
      if (start >= 0) {
        starts[count] = start;
        ends[count] = at;
        hashes[count++] = hash;
        for (let slot = hash & mask; entries[slot] !== 0; slot = (slot + 1) & mask) {
          if (watchedHashes[slot] !== hash) continue;
          const index = (entries[slot] ?? 0) - 1;
          const word = watched[index] ?? "";
          if (word.length === at - start && folded.startsWith(word, start)) present[index] = 1;
        }
        start = -1;
      }
      at += unit >= 0xd800 && isPairStart(folded, at) ? 2 : 1;
    }
    this.count = count;
    this.hasDigit = hasDigit;
    [this.#starts, this.#ends, this.#hashes, this.#present] = [starts, ends, hashes, present];
  }

  /** Whether any of the watched words is one of the words. */
  hasAny(watchedWords: Watched): boolean {
    return watchedWords.indexes.some((index) => this.#present[index] === 1);
  }

  /** Where word i starts in the folded text. */
  start(i: number): number {
    return this.#starts[i] ?? 0;
  }

  /** Where word i ends in the folded text. */
  end(i: number): number {
    return this.#ends[i] ?? 0;
  }

  /** Whether words i and j are the same word. */
  same(i: number, j: number): boolean {
    const [from, to, other] = [this.start(i), this.end(i), this.start(j)];
    if (this.#hashes[i] !== this.#hashes[j] || to - from !== this.end(j) - other) return false;
    for (let k = 0; k < to - from; k++) {
      if (this.folded.charCodeAt(from + k) !== this.folded.charCodeAt(other + k)) return false;
    }
    return true;
  }
}

/** Whether a surrogate pair (one character, two code units) starts at `at`. */
function isPairStart(folded: string, at: number): boolean {
  const [unit, next] = [folded.charCodeAt(at), folded.charCodeAt(at + 1)];
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** How many code units the letter or number at `at` takes (a character beyond ASCII), or 0. */
function widthOfWordCharacter(folded: string, at: number): number {
  WORD_CHARACTER.lastIndex = at;
  return WORD_CHARACTER.test(folded) ? WORD_CHARACTER.lastIndex - at : 0;
}
