import { lexicons } from "../lexicons";
import { isSmallTownName, STATE_ABBREVIATIONS, STATE_NAMES } from "./geography";
import { COMPILE_ONCE, groupSpansOf, type Rule, type Span, spansOf, whenAnyWord } from "./rule";
import { withWordEdges } from "./word-edges";

/**
 * Places named by their roads and counties, with no trigger word before
 * them: an intersection ("Elm and Fifth", "Broad & Girard", "14th and U", "5th/Cesar Chavez", joined by "and", "&" or "/",
 * "5th & Mission"), a route or an exit ("I-80 near Exit 173", "Route 9",
 * "exit 47 off the Turnpike") and a county ("Loving County", "lemhi county").
 */

const ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";
const STREET = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:${ORDINAL_WORDS})|[a-z][a-z'-]+|[a-z])`;

// Two streets joined by "and" or "&", each capitalized or an ordinal, after "at", "on", "near"…
const INTERSECTION = new RegExp(
  withWordEdges(
    String.raw`\b(corner of|at|on|near|by|off|of|around|from|between) ${COMPILE_ONCE}(${STREET})(?: (and|&|n) |(\/))${COMPILE_ONCE}(${STREET})\b(?! (?:i|we|she|he|they|my|the)\b)`,
  ),
  "gi",
);

// "Route 9", "Highway 12", "I-80", "US-1", "exit 47", "mile marker 102", "the Turnpike", "the Harbor Freeway" (not "a
// wreck on the freeway", which every city has), a bus by its route ("the 6:10 on the 22 bus", "bus 14 from the plant",
// not "the bus 5 days a week")
const ROUTE =
  /\b(?:route|rte|rt|highway|hwy|interstate|state road|state route|county road|county rd|co rd|farm road|exit|mile marker)\.? ?#?\d{1,4}[a-z]?\b|\b(?<!\b(?:fill(?:ed|ing)? out|sign(?:ed)?|fil(?:e|ed)|submit(?:ted)?|complet(?:e|ed)) (?:the |an |a |her |his |their |my )?)(?:i|us|sr|cr|fm)-\d{1,4}\b(?! (?:forms?|and (?:w|i|ds|n)-\d+|paperwork|application|approval|receipt|card)\b)|\bthe (?:number |no\.? |#)?\d{1,3}[a-z]? (?:bus|tram|streetcar)\b(?! (?:changes|rides|trips|stops|routes|journeys|connections))|\b(?:bus|tram|streetcar) (?:route |number |no\.? ?|#) ?\d{1,3}[a-z]?\b|\b(?:bus|tram|streetcar) \d{2,3}[a-z]?\b(?=\s*[.,;!?)]|\s*$| (?:from|into|out|home|line|route|every|each|downtown)\b)|\bthe (?:[a-z]+ )?(?:turnpike|parkway|thruway|beltway|expressway|(?<=\bthe [a-z]+ )freeway)\b/gi;

// "Loving County", "lemhi county", "St. Tammany Parish", "Prince George's County". A name has at most four
// parts joined by ' or -: an unbounded run would be rescanned from each of its parts ("County's's's…").
const COUNTY = /\b((?:st\.? )?[a-z]\w*(?:['-]\w+){0,3}) (?:county|parish|township|borough)\b/gi;

const STREET_NAMES = new Set(
  `main oak elm pine maple cedar walnut chestnut spruce birch willow park lake hill church market broad high front water
  mill river spring center centre union washington lincoln jefferson madison franklin jackson grand state division
  mission valencia broadway bay harbor harbour ocean beach sunset university college school academy mlk`.split(/\s+/),
);

// …and the trees and presidents most towns name a street for: "lives off 4th and magnolia".
const LOWER_CASE_STREETS = new Set(
  `main oak elm pine maple cedar walnut chestnut spruce birch willow broad mill washington lincoln jefferson madison
  franklin jackson division mission valencia broadway mlk magnolia sycamore poplar hickory dogwood locust laurel
  juniper cypress alder aspen hemlock mulberry linden redwood vine adams monroe grant garfield euclid`.split(/\s+/),
);

// "walks her dog down Ridgeview Dr every morning", "lives off Hollister Street": a street by its name, with no number
// (not an idiom: "down Memory Lane", "on Easy Street", nor "Dr" before a name).
const NAMED_STREET =
  /\b(?:down|on|along|off|up|near|past|onto|to|from|at|by) ((?:[A-Z][a-z]+ ){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Terrace|Circle|Trail|Pike))\b(?!\.? [A-Z])/dg;
// The same typed in lower case with the street's short form, as a phone types it: "parks on kingsbridge rd most nights",
// "lives off maple ave" (not "on the rd", "down some rd", "on every st corner", nor an idiom: "easy st", "memory ln").
const NAMED_STREET_TYPED =
  /\b(?:down|on|along|off|near|past|onto) ((?!(?:the|a|an|my|his|her|their|our|your|this|that|same|every|some|one|any|each|no|easy|memory|wall)\b)(?:[a-z]{3,} ){1,2}(?:st|ave|rd|blvd|ln|pkwy)\b\.?)(?! ?\d| corner)/dg;
// A street as Spanish and Portuguese name one, in any case: "calle loíza flooded again", "Rua Augusta"; and as Italian
// and French do, by the words after "via" or "rue" that make it a street's name: "She lives on Via dei Tribunali", "rue
// de la Roquette" (not "via Zoom", "via email").
const STREET_ABROAD =
  /\b(?:(?:calle|avenida|camino|carretera|rua|travessa|avinguda|viale|paseo)\s+(?:(?:de|del|la|los|las|da|do|dos|das|dei|della|degli|delle|di)\s+)?|(?:via|rue)\s+(?:de|del|dei|della|degli|delle|di|du|des|de la|saint|sainte|san|santa)\s+)[\p{L}][\p{L}'’-]{2,}/giu;

const IDIOMS_OF_STREETS = new Set([
  "Memory Lane",
  "Easy Street",
  "Wall Street",
  "Sesame Street",
  "Abbey Road",
  "Penny Lane",
]);

const namedStreets = (text: string) => [
  ...groupSpansOf(NAMED_STREET, text, "named-place").filter(
    (span) => !IDIOMS_OF_STREETS.has(text.slice(span.start, span.end)),
  ),
  ...groupSpansOf(NAMED_STREET_TYPED, text, "named-place"),
];
const STREET_WORDS_ABROAD = "calle avenida camino carretera rua travessa avinguda viale paseo via rue".split(" ");
const streetsAbroad = whenAnyWord(STREET_WORDS_ABROAD, ({ text }) => spansOf(STREET_ABROAD, text, "named-place"));

const countiesIn = whenAnyWord(["county", "parish", "township", "borough"], ({ text }) => counties(text));

// A dropped pin: "44.4012, -100.2871", "44.4012° N, 100.2871° W".
const COORDINATES = /(?<![\d.])-?\d{1,2}\.\d{3,}°?(?: ?[ns])?, ?-?\d{1,3}\.\d{3,}°?(?: ?[ew])?(?![\d.])/gi;

// A Texas farm-to-market road, in capitals as its signs are, where one goes: "out on FM 2004" (not "rm 12", a room, nor
// "RM 150", nor a station: "Tuned to FM 101").
const FARM_TO_MARKET = /\bFM(?<=\b(?:on|off|along|via|down|up|take|took|past|from|onto) FM) \d{3,4}\b(?![.\d])/g;

// A street by its number alone, past any day of a month: "the 4 train stops at 149th", "lives off 103rd" (not a place in
// a race or a ranking: "finished at 112th", nor "the 150th anniversary").
const NUMBERED_STREET =
  /\b(?<!\b(?:finished|finishing|came in|placed|ranked|ranks|ranking|ended up|sits|sat|is|was) )(?:at|on|off|near|past|onto|to|from) ((?:[3-9]\d|[1-9]\d\d)(?:st|nd|rd|th))\b(?!\s*(?:birthday|anniversary|percentile|place|time|session|day|week|year|floor|grade|century|row|minute|attempt|pick|caller|visit|street fair)\b)/dgi;

// "the I-589 went in before the one-year deadline", "her I-765 and I-131": a form of the immigration service where its
// words are near (asylum, USCIS, a work permit), not the interstate of the same number.
const IMMIGRATION_WORDS =
  /\b(?:asylum|uscis|immigration|work permit|ead|green card|visa|parole|petition|adjustment of status|advance parole|biometrics|receipt notice|i-797|deadline|form|forms)\b/i;
const IMMIGRATION_FORM = /^[Ii]-\d{1,3}[A-Z]?$/;
const isAnImmigrationForm = (text: string, span: Span) =>
  IMMIGRATION_FORM.test(text.slice(span.start, span.end)) &&
  IMMIGRATION_WORDS.test(text.slice(Math.max(0, span.start - 120), span.end + 120));

// A New York public school by its number: "She teaches fourth grade at P.S. 189", "goes to IS 61" (after where one is;
// not a console or a suite: "banned from PS5", "moved to MS 365").
const NUMBERED_SCHOOL =
  /\b(?:at|to|from|attends|in) ((?:P\.S\.|PS|I\.S\.|IS|M\.S\.|MS|J\.H\.S\.|JHS) (?!365\b|360\b)\d{1,3})\b/dg;

// A reservation or a reserve by its name, whatever the nation's name is on the safe list: "on the Tulalip reservation",
// "grew up on the Southern Ute Reservation", where someone lives, grew up or works (not a road trip through one, the
// Navajo Nation, larger than some states, a bank, "an Indian reservation" or "Running On Reserve").
const NAMED_RESERVATION =
  /\b((?!(?:Federal|Indian|Navajo|Nature|Army|Marine|Naval|The|On|At|From)\b)\p{Lu}[\p{L}'-]+(?: (?!Indian\b)\p{Lu}[\p{L}'-]+){0,2})(?: Indian)? (?:[Rr]eservation|[Rr]ancheria|[Rr]eserve|[Rr]ez)\b/dgu;
// Where someone lives, grew up or works, in the few words before the reservation's name.
const LIVES_THERE =
  /\b(?:lives?|living|lived|grew up|raised|from|back to|moved to|home to|works?|working|worked|house|home|land|place|trailer|family|is|are) (?:[\w'-]+ ){0,3}(?:(?:the|on the|at the|from the|on|at) )?$/i;

// A milepost where a road is: "on 191 just south of the milepost 38 turnout" (not "around milepost 20 in my first
// marathon").
const MILEPOST =
  /\b(?:milepost|mile post)(?<=\b(?:highway|hwy|route|interstate|road|\d{2,3})\b[^.!?\n]{0,50}(?:milepost|mile post)) \d{1,4}\b|\b(?:milepost|mile post) \d{1,4}(?= (?:turnout|pull-?off|exit|bridge|curve)\b)/g;

// A union local by its number: "He's recording secretary for Local 600".
const UNION_LOCAL = /\bLocal \d{1,4}\b(?! (?:news|tv|channel|station|weather))/g;
// A numbered street with its street word, any number: "an elote cart on 26th Street"; a Place, or a street in lower case,
// after a word that puts someone on it ("sleeps in his car on 3rd street", not "took 2nd Place at the science fair").
const NUMBERED_STREET_WORD =
  /\b\d{1,3}(?:st|nd|rd|th) (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?)(?=[\s,.;:!?)]|$)/g;
const ON_A_NUMBERED_STREET =
  /\b(?:on|off|near|down) (\d{1,3}(?:st|nd|rd|th) (?:Place|Pl\.?|street|avenue|ave|road|boulevard|blvd))(?=[\s,.;:!?)]|$)/dg;
// A school by a student's year at it: "Lane Tech junior, fourth in her class" (a high school's years: not a college or a
// university, nor the author's own, "senior here", nor "New grad").
const STUDENT_OF =
  /\b(?!(?:The|A|An|My|Our|Her|His|Their|This|That|Every|Each)\b)(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})(?<!\b(?:College|University|Institute|State|School)) (?:junior|senior|sophomore|freshman)\b(?! here\b)/dgu;
/** Two words or more, or one no English word, the safe list lacks: a school's name ("Lane Tech"), not "Happy junior". */
const isASchoolsName = (text: string, span: Span) => {
  const { safe, english } = lexicons();
  const name = text.slice(span.start, span.end).toLowerCase();
  return !safe.has(name) && (name.includes(" ") || !english.has(name));
};

// A workplace by its name, after the work done there: "He tends bar at the Sloop three nights a week", "works nights at
// the Kettle", "she's been on the line at the Rouge", "twenty-two years on the line at the Rouge" (not a brand the safe list has: "works at the Hilton"; nor the idiom
// or the phone, "my license is on the line at the Board hearing", "I was on the line at the Pharmacy for an hour").
const WORKS_AT_THE =
  /\b(?:works|worked|working|tends bar|tended bar|bartends|bartended|waits tables|waited tables|cooks|cooked|cleans|cleaned|manages|managed|owns|owned|runs|ran|deals|dealt|on the line(?<=\b(?:(?:[Hh]e|[Ss]he|[Tt]hey)(?:'s| is| was| were| has been| had been| have been| worked| works)|years|decades|shifts|nights) on the line)|on the floor)(?: [\w'-]+){0,3}? at the (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/dgu;

// Someone by the town they are from, as locals say it: "ballard guy, late 50s", "a Tenino girl" (a town the gazetteer
// has that is no English word and no large city; not a name with its word in capitals, "Burna Boy").
const TOWNS_OWN = /\b([A-Za-z][a-z'-]{2,}) (?:guy|lad|lass|girl|boy|kid|lady|man|woman|family|native|local)\b/dg;
const isTownNoWord = (name: string) => isSmallTownName(name) && !lexicons().english.has(name);

// A corner of a street named for someone famous: "the overpass at Cesar Chavez and Mission", "at Martin Luther King and
// 3rd" (a public figure's whole name, which no rule above reads as a street); not two people read or cited ("poems by
// Maya Angelou and Langston Hughes", "group was on Carl Rogers and Gendlin").
const CORNER_OF_A_FAMOUS_NAME =
  /\b(?:corner of|at|near|off) ((?:\p{Lu}[\p{L}'-]+ ){1,2}\p{Lu}[\p{L}'-]+)(?: Jr\.?)? (?:and|&|\/) (?:\p{Lu}[\p{L}'-]+|\d{1,3}(?:st|nd|rd|th))\b(?! \p{Lu})/gu;
const famousCorners = (text: string) =>
  spansOf(CORNER_OF_A_FAMOUS_NAME, text, "named-place").flatMap((span): Span[] => {
    const [before = "", name = ""] = CORNER_NAME.exec(text.slice(span.start, span.end))?.slice(1) ?? [];
    return lexicons().famous.has(name.toLowerCase()) ? [{ ...span, start: span.start + before.length }] : [];
  });
const CORNER_NAME = /^((?:corner of|at|near|off) )((?:\p{Lu}[\p{L}'-]+ ){1,2}\p{Lu}[\p{L}'-]+)/u;

// A shop or a home by the street it stands on, written without "Street": "her family's panadería on Navigation", "the
// WinCo on Overland", "the duplex off Westheimer" (not "the bar on Friday", "the store on Amazon", "the clinic on Medicaid").
const SHOP_ON_A_STREET =
  /\b(?:shop|store|bakery|panader[ií]a|taquer[ií]a|bodega|tienda|diner|caf[eé]|bar|pub|restaurant|salon|barbershop|laundromat|pharmacy|gas station|garage|motel|market|supermarket|grocery|daycare|gym|stand|apartment|apartments|duplex|trailer|complex|WinCo|H-E-B|HEB|Kroger|Walmart|Walgreens|CVS|Target|Whataburger|Sonic|McDonald's) (?:on|off) ((?!(?:Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|Main)\b)\p{Lu}\p{Ll}[\p{L}'-]*(?: \p{Lu}\p{Ll}[\p{L}'-]*)?)\b(?! (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Highway|Hwy)\b)/dgu;
// A street by its direction and a name no word list has, typed in lower case: "the same apt complex on e colfax" (not
// "on west coast time", "on e bay").
const DIRECTION_AND_STREET_TYPED = /\b(?:on|off|near|along|past) ((?:e|w|n|s|east|west|north|south) [a-z]{4,})\b/dg;
// …or by its direction and number, with its kind: "the same apt complex on e 14th st".
const DIRECTION_AND_NUMBERED_STREET_TYPED =
  /\b(?:on|off|near|along|past) ((?:e|w|n|s|east|west|north|south) \d{1,3}(?:st|nd|rd|th) (?:st|street|ave|avenue|rd|road|pl|place|blvd))\b/dg;
const streetsByDirection = (text: string) => [
  ...groupSpansOf(DIRECTION_AND_STREET_TYPED, text, "named-place").filter(({ start, end }) => {
    const name = text.slice(start, end).split(" ")[1] ?? "";
    const { english, safe, firstNames } = lexicons();
    return !english.has(name) && !safe.has(name) && !firstNames.has(name);
  }),
  ...groupSpansOf(DIRECTION_AND_NUMBERED_STREET_TYPED, text, "named-place"),
];
// A chain's branch typed in lower case, by the street it is on: "ran into my thurs client at the kroger on 5th", "the
// walmart off maple ave" (not "the kroger on the corner", no street named).
const CHAIN_ON_A_STREET_TYPED =
  /\bthe ([a-z]+(?: [a-z]+)? (?:on|off) (?:\d{1,3}(?:st|nd|rd|th)|[a-z]+ (?:st|ave|rd|blvd|street|avenue|road|pkwy)))\b/dg;
const chainsOnAStreet = (text: string) =>
  groupSpansOf(CHAIN_ON_A_STREET_TYPED, text, "named-place").filter(({ start, end }) =>
    lexicons().products.has(text.slice(start, end).split(/ (?:on|off) /)[0] ?? ""),
  );
// …and by the town it is in: "a pharmacist at the costco in sandy ut", "the shoprite in cherry hill" (a town the
// gazetteer has and no word list does, or any it has before its state's letters; not "the target in town").
const CHAIN_IN_A_TOWN_TYPED = /\bthe ([a-z]+(?: [a-z]+)? in [a-z]+(?: [a-z]+)?)\b/dg;
const chainsInATown = (text: string) =>
  groupSpansOf(CHAIN_IN_A_TOWN_TYPED, text, "named-place").filter(({ start, end }) => {
    const [chain = "", town = ""] = text.slice(start, end).split(" in ");
    return lexicons().products.has(chain) && isTownTyped(town);
  });
const STATE_LETTERS = new Set(STATE_ABBREVIATIONS.map((letters) => letters.toLowerCase()));
function isTownTyped(words: string): boolean {
  const { places, english, largePlaces } = lexicons();
  const isTown = (name: string) => places.has(name) && !largePlaces.has(name);
  const [first = "", second] = words.split(" ");
  if (second !== undefined && STATE_LETTERS.has(second)) return isTown(first);
  return (isTown(words) && !english.has(words)) || (isTown(first) && !english.has(first));
}
/** No public name, nor a day or a holiday by any of its words ("Ash Wednesday", "Sundays"). */
const isNoPublicName = (name: string) => {
  const { safe, largePlaces, countries } = lexicons();
  const folded = name.toLowerCase();
  const isPublic = (words: string) =>
    safe.has(words) || largePlaces.has(words) || countries.has(words) || STATE_NAMES.has(words);
  return !isPublic(folded) && !folded.split(" ").some((word) => isPublic(word) || isPublic(word.replace(/s$/, "")));
};

// The places this file reads by a word they cannot match without ("reservation", "junior", "Local", "milepost"…), each
// read only by a post with that word: most posts have none, and pay for none of these patterns.
const placesByTheirWord: Rule[] = [
  whenAnyWord(["reservation", "rancheria", "reserve", "rez"], ({ text }) =>
    groupSpansOf(NAMED_RESERVATION, text, "named-place").filter((span) =>
      LIVES_THERE.test(text.slice(Math.max(0, span.start - 60), span.start)),
    ),
  ),
  whenAnyWord(["milepost", "post"], ({ text }) => spansOf(MILEPOST, text, "named-place")),
  whenAnyWord(["local"], ({ text }) => spansOf(UNION_LOCAL, text, "named-place")),
  whenAnyWord(["street", "st", "avenue", "ave", "road", "rd", "place", "pl", "boulevard", "blvd"], ({ text }) => [
    ...spansOf(NUMBERED_STREET_WORD, text, "named-place"),
    ...groupSpansOf(ON_A_NUMBERED_STREET, text, "named-place"),
  ]),
  whenAnyWord(["junior", "senior", "sophomore", "freshman"], ({ text }) =>
    groupSpansOf(STUDENT_OF, text, "named-place").filter((span) => isASchoolsName(text, span)),
  ),
  whenAnyWord(
    ["guy", "lad", "lass", "girl", "boy", "kid", "lady", "man", "woman", "family", "native", "local"],
    ({ text, folded }) =>
      groupSpansOf(TOWNS_OWN, text, "named-place").filter((span) => isTownNoWord(folded.slice(span.start, span.end))),
  ),
  whenAnyWord(
    [
      ..."works worked working tends tended bartends bartended waits waited cooks cooked cleans cleaned".split(" "),
      ..."manages managed owns owned runs ran deals dealt line floor".split(" "),
    ],
    ({ text }) =>
      groupSpansOf(WORKS_AT_THE, text, "named-place").filter((span) =>
        isNoPublicName(text.slice(span.start, span.end)),
      ),
  ),
];

// A highway by its number and direction, as locals call it, where someone lives: "She lives out on 9W past the orchards"
// (its letter in capitals, as a road's is written).
const OUT_ON_A_ROUTE =
  /\b(?:lives?|lived|living|out|house|farm|place|trailer) on (?:old )?\d{1,3}[NSEW]\b(?=\s*[.,;]|\s*$| (?:past|near|by|outside|just|off|north|south|east|west|between|and|with)\b)/g;

// A street by its block, as city people say where they live: "lives on the 1400 block of n kedzie".
const BLOCK_OF_A_STREET =
  /\bthe \d{2,5} block of (?!(?:questions|sessions|hours|time|appointments|slots|minutes|cards|clients|notes|appts|therapy|supervision)\b)(?:[nsew]\.? |north |south |east |west )?[a-z][a-z'-]{1,30}(?: (?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|pl|place))?\b/g;

export const roads: Rule = (input) => [
  ...spansOf(OUT_ON_A_ROUTE, input.text, "named-place"),
  ...spansOf(BLOCK_OF_A_STREET, input.folded, "named-place"),
  ...spansOf(FARM_TO_MARKET, input.text, "named-place"),
  ...spansOf(COORDINATES, input.text, "named-place"),
  ...intersections(input.text),
  ...famousCorners(input.text),
  ...groupSpansOf(NUMBERED_SCHOOL, input.text, "named-place"),
  ...placesByTheirWord.flatMap((rule) => rule(input)),
  ...spansOf(ROUTE, input.text, "named-place").filter((span) => !isAnImmigrationForm(input.text, span)),
  ...groupSpansOf(NUMBERED_STREET, input.text, "named-place"),
  ...namedStreets(input.text),
  ...groupSpansOf(SHOP_ON_A_STREET, input.text, "named-place").filter((span) =>
    isNoPublicName(input.text.slice(span.start, span.end)),
  ),
  ...streetsAbroad(input),
  ...chainsOnAStreet(input.text),
  ...chainsInATown(input.text),
  ...streetsByDirection(input.text),
  ...countiesIn(input),
];

function intersections(text: string): Span[] {
  const spans: Span[] = [];
  INTERSECTION.lastIndex = 0;
  for (let match = INTERSECTION.exec(text); match !== null; match = INTERSECTION.exec(text)) {
    const [whole, before, first = "", spacedJoiner, slash, second = ""] = match;
    const joiner = spacedJoiner ?? slash;
    // After "corner of", any two names are streets: "corner of MLK and Pine", "corner of birchwood and sandpiper" (not
    // "one corner of it and watch what you do").
    if (
      ((before?.toLowerCase() === "corner of" && isNamed(first) && isNamed(second)) ||
        isCorner(first, joiner, second)) &&
      // …not a title the safe list has: "like on Law & Order?"
      !lexicons().safe.has(`${first} ${joiner} ${second}`.toLowerCase())
    ) {
      spans.push(spanOfGroups(match.index, whole, first, second));
    }
    INTERSECTION.lastIndex = match.index + whole.indexOf(first) + 1;
  }
  return spans;
}

/** Whether two names joined by "and", "&" or "/" are streets: an ordinal, a street's usual name, or "&" between capitals. */
function isCorner(first: string, joiner: string | undefined, second: string): boolean {
  const [a, b] = [first, second];
  // "5th/6th grade", "3rd/4th": two ordinals with a slash are a range.
  if (joiner === "/" && isOrdinal(a) && isOrdinal(b)) return false;
  // Beside an ordinal a capitalized word is a street, a large city's name too ("38th & Chicago", "5th and Mission"), but
  // not a day, a holiday or a product, which the products list names ("the 3rd and Monday's meeting", "1st and Easter",
  // "3rd and Zoom", "2nd and Mondays").
  const capitalized = (street: string) => {
    const word = street.toLowerCase().replace(/['’]s$/, "");
    const { products } = lexicons();
    return /^\p{Lu}/u.test(street) && !products.has(word) && !products.has(word.replace(/s$/, ""));
  };
  if ((isOrdinal(a) && capitalized(b)) || (capitalized(a) && isOrdinal(b))) return true;
  // …and a street's usual name in lower case: "the bus shelter at 82nd and division" (not a word that is a place of its
  // own: "between 1st and school drop-off").
  if ((isOrdinal(a) && LOWER_CASE_STREETS.has(b)) || (LOWER_CASE_STREETS.has(a) && isOrdinal(b))) return true;
  // A capital the safe list has is no street, unless streets are usually so named and joined by "&": "on MLK & Cedar"
  // (not "a documentary on Lincoln and Washington").
  // …nor beside a street's usual name that is safe of itself: "at Broad and Erie", "Main and Jefferson".
  const plainStreet = (street: string) => isStreetName(street) && !lexicons().safe.has(street.toLowerCase());
  const besidePlainStreet = (street: string) => (street === a ? plainStreet(b) : plainStreet(a));
  // …and a leader's name that names a street in most towns ("the duplex by MLK and Dauphin").
  const isCapital = (street: string) =>
    capitalized(street) &&
    (!lexicons().safe.has(street.toLowerCase()) ||
      (joiner === "&" && isStreetName(street)) ||
      besidePlainStreet(street) ||
      STREETS_IN_EVERY_TOWN.has(street.toLowerCase()));
  if (!isCapital(a) && !isOrdinal(a)) return false;
  if (!isCapital(b) && !isOrdinal(b)) return false;
  return isOrdinal(a) || isOrdinal(b) || isStreetName(a) || isStreetName(b) || joiner === "&";
}

const STREETS_IN_EVERY_TOWN = new Set(["mlk"]);
const ORDINAL = new RegExp(`^(?:\\d|(?:${ORDINAL_WORDS})$)`, "i");
const isOrdinal = (street: string) => ORDINAL.test(street);
const isStreetName = (street: string) => STREET_NAMES.has(street.toLowerCase());
/** Any word a street may be named, not a pronoun or a small word ("one corner of it and watch"). */
const isNamed = (street: string) => !NOT_STREETS.has(street.toLowerCase());
const NOT_STREETS = new Set(
  "it its them this that these those what which who him her me us you something anything everything nothing one all".split(
    " ",
  ),
);

function spanOfGroups(index: number, whole: string, first: string, second: string): Span {
  const start = index + whole.indexOf(first);
  return { rule: "named-place", start, end: index + whole.lastIndexOf(second) + second.length };
}

// Words before "county" that do not name one: "the county", "a rural county".
const NOT_A_COUNTY =
  /^(?:the|a|an|our|my|his|her|their|this|that|every|each|one|next|neighboring|neighbouring|rural|small|whole|entire|same|other|home|local|poor|rich|big|tiny|red|blue|dry|another|any|which|what|whose|adjacent|nearby|different|wrong|right|your|all|most|whatever|whichever|some|many|no|both|from|in|into|to|coastal|collar|cow|farm|swing|border|suburban|urban|poorest|richest|largest|smallest|biggest)$/i;

const WHERE_ONE_IS = /\b(?:in|from|near|outside|across|through|to)\s$/i;

function counties(text: string): Span[] {
  return spansOf(COUNTY, text, "named-place").filter(({ start, end }) => {
    const name = text.slice(start, end).split(" ")[0] ?? "";
    if (NOT_A_COUNTY.test(name)) return false;
    // A capitalized name, or a word no dictionary has ("lemhi county"), or any word but a kind of county where one
    // lives or goes ("out in glades county"; not "in farm county", "transferred in from county"); not "every county".
    return (
      /^\p{Lu}/u.test(name) ||
      !lexicons().english.has(name.toLowerCase()) ||
      WHERE_ONE_IS.test(text.slice(Math.max(0, start - 8), start))
    );
  });
}
