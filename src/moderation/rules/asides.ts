import { lexicons } from "../lexicons";
import type { Token } from "../words";

/**
 * Names that are not a client's: public figures and characters ("Carl
 * Rogers", "Dr. Melfi"), the author's pets ("my dog Biscuit", "Otis, our
 * office cat"), the titles of books and films ("The Body Keeps the Score"),
 * and names in a sentence about a show or a film. Both name rules leave them
 * alone.
 */

// Words near a name that make it a pet's: "my dog Biscuit", "a corgi named Waffles", "Otis, our office cat".
const PETS = new Set(
  `dog dogs pup puppy cat cats kitten kitty corgi tabby lab retriever poodle terrier beagle pug husky shepherd
  collie doodle bulldog dachshund chihuahua spaniel parrot bird budgie hamster bunny rabbit horse pony fish goldfish
  turtle tortoise lizard gecko snake ferret pig chicken hen goat pet pets cockatiel mutt`.split(/\s+/),
);
const OWNERS = new Set(["my", "our"]);

// Words that make a sentence about a show or a film, whose characters are not clients.
const MEDIA = new Set(
  `rewatching rewatched binge binged series season episode episodes sitcom movie movies film films novel novels
  character characters tv television netflix hbo hulu podcast podcasts memoir actor actress starring`.split(/\s+/),
);

// A title right after one of these is a show or a book: "Watching BoJack Horseman".
const WATCHING = new Set(["watching", "rewatching", "watched", "rewatched", "reading", "reread", "rereading"]);

/** What the aside checks read: the normalized text, its fold and its words. */
export type NameContext = { text: string; folded: string; tokens: readonly Token[] };

/** Whether the name at [start, end) is not a client's: a public figure, a pet, a title, a character. */
export function isAside(context: NameContext, start: number, end: number): boolean {
  const { text, tokens } = context;
  const first = tokens.findIndex((token) => token.start >= start);
  const last = tokens.findIndex((token) => token.start >= end);
  const name = tokens.slice(first, last < 0 ? undefined : last).map((token) => plain(token.word));
  return (
    isPublicFigure(context, name) ||
    isPet(tokens, first, last < 0 ? tokens.length : last) ||
    WATCHING.has(tokens[first - 1]?.word ?? "") ||
    isInTitle(context, start) ||
    isInSentenceAboutMedia(text, tokens, start)
  );
}

const plain = (word: string) => word.replace(/'s?$/, "");

/**
 * A name that includes a public figure or character ("Carl Rogers", "Dr. Sharon Fieldstone"), or one made only of
 * words such a name in the same text has ("Prince Harry… the Harry thing"), or a school of thought ("Jungian").
 */
function isPublicFigure(context: NameContext, name: string[]): boolean {
  const { famous } = lexicons();
  if (
    hasPhraseOf(name, famous) ||
    hasPhraseOf(
      name.map((word) => word.replace(/i?an$/, "")),
      famous,
    )
  )
    return true;
  const famousWords = wordsOfFamousNames(context);
  return name.length > 0 && name.every((word) => famousWords.has(word));
}

/** Every word of the public figures named anywhere in the text. */
function wordsOfFamousNames({ tokens }: NameContext): Set<string> {
  const { famous } = lexicons();
  const words = new Set<string>();
  const plainWords = tokens.map((token) => plain(token.word));
  plainWords.forEach((_, at) => {
    for (let size = 1; size <= 3; size++) {
      const phrase = plainWords.slice(at, at + size);
      if (famous.has(phrase.join(" "))) for (const word of phrase) words.add(word);
    }
  });
  return words;
}

/** Whether any phrase of one to three of the words is in `phrases`. */
export function hasPhraseOf(words: readonly string[], phrases: ReadonlySet<string>): boolean {
  for (let at = 0; at < words.length; at++) {
    for (let size = 1; size <= 3 && at + size <= words.length; size++) {
      if (phrases.has(words.slice(at, at + size).join(" "))) return true;
    }
  }
  return false;
}

/** A pet word within four words before the name, or after it with "my" or "our" ("Pancake (my cat)"). */
function isPet(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens.slice(Math.max(0, first - 4), Math.max(0, first)).map((token) => token.word);
  const after = tokens.slice(last, last + 4).map((token) => token.word);
  return (
    before.some((word) => PETS.has(word)) ||
    (after.some((word) => PETS.has(word)) && after.some((word) => OWNERS.has(word)))
  );
}

/** Inside a title: a known book or film, or double or single quotes around mostly capitalized words. */
function isInTitle({ text, folded }: NameContext, at: number): boolean {
  for (const title of lexicons().titles) {
    for (let found = folded.indexOf(title); found >= 0; found = folded.indexOf(title, found + 1)) {
      if (found <= at && at < found + title.length) return true;
    }
  }
  const quote = quotationAround(text, at);
  if (quote === undefined) return false;
  const words = quote.split(/\s+/).filter(Boolean);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalized >= 2 && capitalized * 2 >= words.length;
}

// A quotation: between double quotes, or single quotes that open after a space and close before one.
const QUOTATION = /"[^"\n]{1,200}"|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu;

function quotationAround(text: string, at: number): string | undefined {
  for (const match of text.matchAll(QUOTATION)) {
    if (match.index > at) return undefined;
    if (at < match.index + match[0].length) return match[0].slice(1, -1);
  }
  return undefined;
}

function isInSentenceAboutMedia(text: string, tokens: readonly Token[], at: number): boolean {
  const [from, to] = sentenceAround(text, at);
  return tokens.some((token) => token.start >= from && token.end <= to && MEDIA.has(token.word));
}

function sentenceAround(text: string, at: number): [number, number] {
  const before = text.slice(0, at).search(/[.!?\n][^.!?\n]*$/);
  const after = text.slice(at).search(/[.!?\n]/);
  return [before + 1, after < 0 ? text.length : at + after];
}
