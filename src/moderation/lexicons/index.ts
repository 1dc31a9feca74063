/**
 * The lexicons the name and place rules read, as sets of folded words. The
 * data files beside this one say where each list comes from and its licence
 * (README.md); they are built once per isolate, on the first check that
 * needs them, not at start-up, and the long generated lists a few words at a
 * time (`SortedWords`).
 */

import birthRecordNames from "./birth-record-names.json";
import commonEnglishWords from "./common-english-words.json";
import commonFirstNames from "./common-first-names.json";
import countries from "./countries.json";
import englishWords from "./english-words.json";
import firstNames from "./first-names.json";
import otherLanguageWords from "./other-language-words.json";
import regionsAbroad from "./regions-abroad.json";
import safeProperNouns from "./safe-proper-nouns.json";
import surnames from "./surnames.json";
import usPlaces from "./us-places.json";

/** What a rule asks of a word list. */
type WordSet = { has(word: string): boolean };

type Lexicons = {
  /** Ordinary English words, lower case: a capitalized one is usually not a name. */
  english: WordSet;
  /** The commoner English words: a long word one slip from one of these is a typo. */
  commonEnglish: WordSet;
  /** First names in many languages (with the birth records' below), and the ones common in English-speaking countries. */
  firstNames: WordSet;
  /** Rarer first names only the US birth records give, and loan words among them ("chai"): names only in context. */
  birthRecordNames: WordSet;
  commonFirstNames: WordSet;
  surnames: WordSet;
  /** US city and town names, one or more words. */
  places: WordSet;
  /** Country and region names (CLDR). */
  countries: ReadonlySet<string>;
  /** Places that identify nobody: countries, large US cities, large cities elsewhere, states abroad. */
  largePlaces: ReadonlySet<string>;
  /** The states, provinces and regions of other countries (ISO 3166-2's first level): "Oaxaca", "Bayern". */
  regionsAbroad: ReadonlySet<string>;
  /** Words and phrases that name no private person or small place (safe-proper-nouns.json). */
  safe: ReadonlySet<string>;
  /** Products, programs and holidays: a run of capitalized words with one of them names nobody ("Google Meet"). */
  products: ReadonlySet<string>;
  /** Sports teams and clubs: a fan's team names no one, but a client who plays for one is known by its roster. */
  teams: ReadonlySet<string>;
  /** The first word of each public figure's name, to skip the rest of a text's words quickly. */
  famousStarts: ReadonlySet<string>;
  /** Books, films and shows, in lower case, by each of their words. */
  titlesByWord: ReadonlyMap<string, readonly string[]>;
  /** Public figures and characters, by surname or full name: a name that includes one is not a client's. */
  famous: ReadonlySet<string>;
  /** The surnames of public figures by their first name: "irvin" → "yalom", so "Irvin" beside "Yalom" is his. */
  famousSurnamesByFirstName: ReadonlyMap<string, readonly string[]>;
  /** Films, shows, books, songs and games by their titles. */
  mediaTitles: ReadonlySet<string>;
  /** The books, films and shows each character is of: in a post that cites one, the name is the character's. */
  titlesOfCharacter: ReadonlyMap<string, readonly string[]>;
  /**
   * A title's characters called by a title of their own ("dr. melfi", "nurse ratched", "coach beard"): one of them
   * named cites the title as its name would ("Dr. Melfi seeing Tony for six seasons"). Made on first use: few posts ask.
   */
  titledCharactersOf(title: string): readonly string[];
  /** A title's characters, as the table by title lists them ("harry potter" → "hermione", "luna", …). */
  charactersOf(title: string): readonly string[];
  /** The function words of other languages, one set a language, less common English words: "les", "los", "chưa". */
  otherLanguages: readonly ReadonlySet<string>[];
};

type WordList = { separator: string; words: string };
type SafeGroup = { words: string; "names a product"?: boolean; "names a team"?: boolean };

let built: Lexicons | undefined;

/** The lexicons, built on first use. */
export function lexicons(): Lexicons {
  built ??= build();
  return built;
}

const entries = (list: WordList) => list.words.split(list.separator);

/** A word on either list. */
const eitherOf = (one: WordSet, other: WordSet): WordSet => ({ has: (word) => one.has(word) || other.has(word) });

const POSSESSIVE = /'s(?= |$)/;
const POSSESSIVE_AT_END = /'s$/;
const SHOPS = "brands, shops and chains";
const POSSESSIVES = /'s(?= |$)/g;

function build(): Lexicons {
  const birthRecords = new SortedWords(birthRecordNames);
  const groups: Record<string, SafeGroup> = safeProperNouns.groups;
  // The tokenizer splits a hyphenated name ("Martín-Baró", "Kabat-Zinn") and reads no "&" ("Law & Order", "Barnes &
  // Noble"): an entry with either is its words too. The name rules read a possessive's word without its "'s": a
  // name of two words or more with one at its end ("Trader Joe's") is its words without it too (not "McDonald's", whose
  // word is a surname alone); and so is one with it inside, but a shop's ("the Lord's Prayer", "Children's Aid"; a
  // worker "at Commander's Palace" is read as at a workplace).
  const wordsOf = (group: SafeGroup | undefined, isShops: boolean) =>
    (group?.words.split("|") ?? []).flatMap((entry) => {
      const forms =
        entry.includes("-") || entry.includes(" & ")
          ? [entry, entry.replaceAll("-", " ").replaceAll(" & ", " ")]
          : [entry];
      const possessive = isShops ? POSSESSIVE_AT_END : POSSESSIVE;
      return entry.includes(" ") && possessive.test(entry)
        ? [...forms, ...forms.map((form) => form.replace(POSSESSIVES, ""))]
        : forms;
    });
  // Each group's words, split once: the first submission of an isolate pays for this.
  const words = new Map(Object.entries(groups).map(([name, group]) => [name, wordsOf(group, name === SHOPS)]));
  const wordsIn = (name: string) => words.get(name) ?? [];
  const countryNames = entries(countries);
  const regionNames = entries(regionsAbroad);
  const largePlaces = [
    ...countryNames,
    ...usPlaces.large.split(usPlaces.separator),
    ...regionNames,
    ...wordsIn("large cities outside the US"),
  ];
  const famous = wordsIn("famous people and characters (a name that includes one of these is a public figure)");
  return {
    english: new SortedWords(englishWords),
    commonEnglish: new SortedWords(commonEnglishWords),
    firstNames: eitherOf(new SortedWords(firstNames), birthRecords),
    birthRecordNames: birthRecords,
    commonFirstNames: new SortedWords(commonFirstNames),
    surnames: new SortedWords(surnames),
    places: new SortedWords(usPlaces),
    countries: new Set(countryNames),
    largePlaces: new Set(largePlaces),
    regionsAbroad: new Set(regionNames),
    safe: new Set([...[...words.values()].flat(), ...largePlaces]),
    products: new Set(
      Object.entries(groups).flatMap(([name, group]) => (group["names a product"] ? wordsIn(name) : [])),
    ),
    teams: new Set(Object.entries(groups).flatMap(([name, group]) => (group["names a team"] ? wordsIn(name) : []))),
    titlesByWord: byWord(safeProperNouns.titles.words.split("|")),
    famousStarts: new Set(famous.map((name) => name.split(" ")[0] ?? "")),
    famous: new Set(famous),
    famousSurnamesByFirstName: surnamesByFirstName(famous),
    mediaTitles: new Set(wordsIn("films, shows, books, songs and games (a title names no one)")),
    titlesOfCharacter: titlesOfCharacter(safeProperNouns.characters["by title"]),
    titledCharactersOf: (title) => {
      titledCharacters ??= titledCharactersByTitle(safeProperNouns.characters["by title"]);
      return titledCharacters.get(title) ?? [];
    },
    charactersOf: (title) =>
      (safeProperNouns.characters["by title"] as Record<string, string>)[title]?.split("|") ?? [],
    otherLanguages: Object.values(otherLanguageWords.languages).map(
      (words) => new Set(words.split(otherLanguageWords.separator)),
    ),
  };
}

const TITLES_OF_FIGURES = new Set(
  "dr mr mrs ms miss st saint sir dame lady lord king queen prince princess uncle aunt auntie captain president general".split(
    " ",
  ),
);

/** Each public figure's surname under their first name, for those named by both. */
function surnamesByFirstName(famous: readonly string[]): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const name of famous) {
    const words = name.split(" ");
    const [first = "", last = ""] = [words[0], words.at(-1)];
    // A title is no first name: "Dr. Phil", "St. Francis".
    if (words.length < 2 || TITLES_OF_FIGURES.has(first.replace(/\.$/, ""))) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), last]);
  }
  return byFirst;
}

const TITLES_OF_CHARACTERS =
  /^(?:dr|mr|mrs|ms|miss|nurse|coach|professor|sister|uncle|aunt|father|mother|captain|colonel|commander|agent|officer|detective|principal|judge|lady|lord|sir|king|queen|prince|princess)\.? \S/;

let titledCharacters: Map<string, string[]> | undefined;

/** Each title's characters called by a title of their own, from the table of characters by title. */
function titledCharactersByTitle(byTitle: Record<string, string>): Map<string, string[]> {
  return new Map(
    Object.entries(byTitle).map(([title, names]) => [
      title,
      names.split("|").filter((name) => TITLES_OF_CHARACTERS.test(name)),
    ]),
  );
}

/** Each character's titles, from the table of characters by title. */
function titlesOfCharacter(byTitle: Record<string, string>): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const [title, names] of Object.entries(byTitle)) {
    for (const name of names.split("|")) titles.set(name, [...(titles.get(name) ?? []), title]);
  }
  return titles;
}

/** How many first letters a `SortedWords` reads its words by. */
const START = 2;

/**
 * A sorted word list as a set, read one start (the first two letters) at a time, on the first lookup of a word with
 * that start: the first post an isolate checks reads the few dozen starts its words have, not all 115,737 English
 * words or 20,596 first names. The words with one start are one run of a sorted list (scripts/build-lexicons.ts
 * writes every generated list sorted); an entry may be a phrase ("new york") if the separator is not a space. The
 * words read so far are one set, so a word found costs one lookup, as in a set of the whole list.
 */
export class SortedWords implements WordSet {
  readonly #list: string;
  readonly #separator: string;
  readonly #read = new Set<string>();
  readonly #startsRead = new Set<string>();

  constructor({ words, separator }: WordList) {
    this.#list = words;
    this.#separator = separator;
  }

  has(word: string): boolean {
    if (this.#read.has(word)) return true;
    const start = word.slice(0, START);
    if (this.#startsRead.has(start)) return false;
    this.#startsRead.add(start);
    for (const entry of this.#startingWith(start)) this.#read.add(entry);
    return this.#read.has(word);
  }

  #startingWith(start: string): string[] {
    const [list, separator] = [this.#list, this.#separator];
    const found = list.startsWith(start) ? 0 : list.indexOf(separator + start);
    const words: string[] = [];
    if (start === "" || found < 0) return words;
    for (let at = found === 0 ? 0 : found + separator.length; at < list.length; ) {
      const end = list.indexOf(separator, at);
      const word = list.slice(at, end < 0 ? list.length : end);
      if (!word.startsWith(start)) break;
      words.push(word);
      at = end < 0 ? list.length : end + separator.length;
    }
    return words;
  }
}

/** Each phrase under every one of its words. */
function byWord(phrases: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const phrase of phrases) {
    for (const word of phrase.split(/[^\p{L}\p{N}']+/u)) map.set(word, [...(map.get(word) ?? []), phrase]);
  }
  return map;
}
