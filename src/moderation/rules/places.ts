import { lexicons } from "../lexicons";
import { isSmallTownName, LARGE_PLACES, STATE_ABBREVIATIONS, STATE_NAMES, STATES } from "./geography";
import { COMPILE_ONCE, groupSpansOf, type Rule, type Span, spansOf, whenAnyWord } from "./rule";
import { withWordEdges } from "./word-edges";

/**
 * Workplaces and places smaller than a state tied to someone, after a cue:
 * "she works at Harmon Logistics", "a town called Millbrook", "Dayton,
 * Ohio", "lives on Elm Street". A state or a country is never identifying
 * (HIPAA Safe Harbor allows it). Named institutions by their kind ("Lincoln
 * High") and places without a cue are read by ./proper-nouns.
 */

// A capitalized word, at most 30 letters: bounded, so a run of initials ("A.A.A.…") costs no more than prose.
const PROPER = "[A-Z][\\w'’&-]{0,30}\\.?";
const PLACE_NAME = `((?:the )?${PROPER}(?: (?:of |de |la |& )?${PROPER}){0,3})`;

const SOMEONE =
  "\\b(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Cc]lients?|[Pp]atients?|kids?|teens?|teenagers?|girl|boy|guy|man|woman|students?|veterans?|son|daughter|husband|wife|partner|mom|dad|mother|father|family|couple|boss)\\b";
const TIED = new RegExp(
  `${SOMEONE}[^.!?\\n]{0,40}?\\b(?:works at|works for|worked at|worked for|employed at|employed by|teaches at|attends|attended|goes to|went to|studies at|student at|lives in|lived in|moved to|moved from|grew up in|is from|was from|comes from|came from|transferred to|enrolled at|stationed at) ${PLACE_NAME}`,
  "g",
);
// A business one runs, named then said to be one: "She owns Thimble & Thistle, the yarn shop", "She runs Aunty Lei's
// Shave Ice, the only stand on that stretch" (not "runs IT", "owns
// Teslas", "manages Walmart's regional logistics").
const OWNED_BUSINESS = new RegExp(
  `${SOMEONE}[^.!?\\n]{0,40}?\\b(?:owns|own|runs|run|opened|manages|started) (?:${PLACE_NAME}, (?:the|a|her|his|their) (?:[\\w-]+ ){0,2}?(?:shop|store|bakery|cafe|café|salon|bar|restaurant|gym|studio|diner|boutique|farm|garage|business|bookshop|bookstore|florist|pharmacy|clinic|practice|daycare|stand|stall|truck|cart|kiosk|shack|hut|joint|deli|laundromat|taqueria)\\b|((?:${PROPER} ){1,3}(?:Books|Bakery|Cafe|Café|Salon|Grill|Diner|Boutique|Studio|Florist|Farms?|Market|Shop|Store|Bookshop|Gym|Barbershop|Tacos|Pizza|Kitchen|Shave Ice|Poke|Coffee|Roasters|Brewing|Brewery|Auto|Motors|Hardware|Nails|Spa|Tattoo|Barbers?|Deli|Bagels|Donuts|Creamery|Ice Cream|Seafood|BBQ|Smokehouse|Cantina|Taqueria|Laundromat|Cleaners|Bar)\\b))`,
  "g",
);
// A ranch by its brand, as a valley knows it: "Daughter-in-law on the Rocking Seven", "works for the Lazy S".
const RANCH =
  /\b(?:on|at|from|of|for|runs|owns|with) the ((?:Rocking|Lazy|Bar|Double|Triple|Circle|Flying|Running|Crooked|Broken|Diamond|Quarter Circle|Half Circle|Hashknife|Slash) (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Sixes|Bar|Cross|Star|Heart|Spur|[A-Z](?: Bar)? Ranch|[A-Z][a-z]+ Ranch))\b/g;
const TOWN = new RegExp(
  `\\b(?:town|village|city|county|township|parish|borough|neighborhood|suburb) (?:of|called|named) ${PLACE_NAME}`,
  "g",
);
// A town by its square, which only a town has: "the meat-and-three on the square in Lebanon" (a town, though a country
// has its name).
const ON_THE_SQUARE = new RegExp(`\\bon the (?:town |courthouse |old |main )?square in ${PLACE_NAME}`, "g");
// A street by what is on it, its kind word left off as locals do: "a studio on Telegraph right above a smoke shop".
const ON_A_STREET_ABOVE = new RegExp(
  `\\b(?:on|off) ${PLACE_NAME},? (?:right |just )?(?:above|below|next to|across from|across the street from|behind|beside|upstairs from|downstairs from) (?:a|an|the)\\b`,
  "g",
);
// A town's landmark by its name, where something is: "the chipper across from Mallow train station", "the pub opposite
// Ennis library" (a capital on a word the lists have, which alone says nothing).
const ACROSS_FROM_A_LANDMARK = new RegExp(
  `\\b(?:across from|across the road from|across the street from|opposite|next to|behind|beside) (${PROPER}(?: ${PROPER}){0,2}) (?:train station|railway station|bus station|station|library|post office|garda station|police station|town hall|courthouse|hospital)\\b`,
  "g",
);
// A city's numbered sector, as Indian planned towns are laid out: "she lives in sector 21C faridabad".
const NUMBERED_SECTOR = /\b(?:in|from|near|to) sector[- ]\d{1,3}[a-z]?\b/g;
const CITY_STATE = new RegExp(
  withWordEdges(
    `\\b(${PROPER}(?: ${PROPER})?), ${COMPILE_ONCE}(?:${STATES.join("|")}|${STATE_ABBREVIATIONS.join("|")})\\b`,
  ),
  "g",
);
// The same written in lower case, "her aunt's place in hays, kansas", "in hays kansas": a state spelled out (its letters
// alone are often words: "in", "me", "ok"), after a town the gazetteer has.
const TOWN_STATE_LOWER = new RegExp(
  withWordEdges(
    `\\b([a-z][a-z'-]{1,30}(?: [a-z][a-z'-]{1,30})?),? ${COMPILE_ONCE}(?:${STATES.join("|")}|${STATES.map((state) => state.toLowerCase()).join("|")})\\b`,
  ),
  "g",
);
// "She plays second row for the Hawthorn women's side", "the captain of the Wellington Phoenix academy side": a named
// local team, and a place on it.
const TEAM_ROLES =
  "captain|vice-captain|skipper|goalkeeper|keeper|goalie|striker|quarterback|pitcher|point guard|fly-half|scrum-half|top scorer|star player";
const TEAM = new RegExp(
  `\\b(?:(?:plays|played|playing|coaches|coached|coaching|captains|captained) (?:[\\w-]+ ){0,3}?for|(?:${TEAM_ROLES}) (?:of|for|at)) (?:the )?(${PROPER}(?: ${PROPER})?)(?: (?:academy|women's|men's|girls'|boys'|junior|senior|youth|reserves?|under-\\d+|u\\d+))? (?:side|team|club|squad|XI)\\b`,
  "g",
);
// A club's numbered chapter, where everyone knows its officers: "commander of VFW Post 8817", "Troop 412" (not "post #12 of
// this thread", "the VFW post 5 minutes from my house").
const CHAPTER =
  /\b(?:(?:vfw|legion|amvets|elks|moose|masonic|eagles) (?:post|lodge|aerie)|(?:boy |girl |cub )?scout (?:troop|pack)) (?:no\.? |#)?\d{2,5}\b(?! ?(?:minutes?|mins?|streets?|blocks?|miles?|doors?|km)\b)|\btroop \d{2,4}\b(?! ?(?:minutes?|people|soldiers|men)\b)|\bcommander of (?:the )?[a-z]+ post \d{1,5}\b|\b(?:(?:uaw|ibew|seiu|afscme|ufcw|usw|iuoe|liuna|iatse|ilwu|ila|teamsters|steelworkers|pipefitters|ironworkers|laborers|carpenters|plumbers|union) local|(?:ibew|seiu|ufcw|iatse|ilwu|afscme) (?=\d)|local (?=(?:no\.? |#)?\d{1,5} of the (?:uaw|ibew|seiu|afscme|ufcw|usw|iuoe|liuna|iatse|ilwu|ila|teamsters)\b)) ?(?:no\.? |#)?\d{1,5}\b(?! ?(?:minutes?|mins?|streets?|blocks?|miles?|doors?|km|towns?|hours?|stops?|exits?)\b)/gi;
// "committeeman for UAW Local 1112", "steward at Teamsters Local 299", "an IBEW 46 journeyman", "Local 1112 of the UAW": a
// union's numbered local, as small as a plant (not "the Teamsters local 5 minutes from my house").
// …and a post or lodge by its number alone, capitalized as its members write it: "Post 8149 is his whole life" (not "Post
// 9/11", nor a year: "Post 2020").
const NUMBERED_POST = /\b(?:Post|Lodge|Aerie) (?:No\.? |#)?(?!(?:19|20)\d\d\b)\d{2,5}\b(?![/:.,]\d)/g;
const CHAPTER_WORDS = "post lodge aerie troop pack local ibew seiu ufcw iatse ilwu afscme".split(" ");

// A place named as isiZulu and isiXhosa name places, a small prefix before its capital: "a clinic nurse in uMkhanyakude",
// "kwaMashu" (not a brand's "uHaul": the name after the prefix is no English word; nor "e", which brands use: "eVite").
const PREFIXED_PLACE = /\b(?:u|kwa|ku|ezi|ema|emb)([A-Z][a-z]{4,})\b/g;

function prefixedPlaces(text: string): Span[] {
  const { english, safe } = lexicons();
  const spans: Span[] = [];
  for (const match of text.matchAll(PREFIXED_PLACE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (english.has(name) || safe.has(name)) continue;
    spans.push({ rule: "named-place", start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// A town's own court, house of worship, jail or school, its kind word in lower case: "interpreter at Bronx family court",
// "seva at the Palatine gurdwara". A large city has many schools and hospitals ("a Boston hospital" names none), but its
// court, its jail, a house of worship named by it are one each.
const WORSHIP = "(?:gurdwara|mosque|masjid|temple|mandir|church|synagogue|shul)";
// …and so is its police department: "a 911 dispatcher with Amarillo PD".
const POLICE = "(?:PD|pd|[Pp]olice(?: [Dd]epartment| [Dd]ept\\.?)?|[Ss]heriff's (?:[Oo]ffice|[Dd]epartment))";
const ONE_OF_A_KIND = `(?:court|courthouse|jail|precinct|${WORSHIP}|${POLICE})`;
const IS_ONE_OF_A_KIND = new RegExp(`^${ONE_OF_A_KIND}$`);
const HOUSES_OF_WORSHIP = new RegExp(`^${WORSHIP}$`);
// A town's volunteer fire company or rescue squad is its own, as its school is: "the Volant fire company barbecue".
const ONE_OF_A_TOWN = `(?:${ONE_OF_A_KIND}|hospital|library|high school|middle school|elementary|shelter|food bank|ymca|rec center|(?:volunteer )?fire (?:company|hall|department|dept)|firehall|rescue squad|ambulance corps)`;
const COURT_KINDS =
  "(?:family|juvenile|county|district|municipal|criminal|civil|drug|housing|immigration|general|community|public|city) ";
const LOCAL_INSTITUTION = new RegExp(
  `\\b(?:at|in|from|outside|near|to|into|for|with) (?:the )?(${PROPER}(?: ${PROPER})?) (?:${COURT_KINDS})?(${ONE_OF_A_TOWN})\\b`,
  "g",
);
const DENOMINATIONS = new Set(
  `reform orthodox conservative reconstructionist liberal progressive unitarian episcopal evangelical pentecostal
  apostolic adventist lutheran methodist baptist presbyterian catholic anglican mormon sikh hindu buddhist jain`.split(
    /\s+/,
  ),
);
const INSTITUTION_WORDS =
  "court courthouse jail precinct gurdwara mosque masjid temple mandir church synagogue shul hospital library school elementary shelter bank ymca center fire firehall rescue ambulance pd police sheriff's".split(
    " ",
  );

function localInstitutions(text: string): Span[] {
  const { places, largePlaces } = lexicons();
  const spans: Span[] = [];
  LOCAL_INSTITUTION.lastIndex = 0;
  for (let match = LOCAL_INSTITUTION.exec(text); match !== null; match = LOCAL_INSTITUTION.exec(text)) {
    const [whole, name = "", kind = ""] = match;
    const place = name.toLowerCase();
    const large = largePlaces.has(place) || LARGE_PLACES.has(place);
    // A state's courts are many ("Georgia family court"), and a denomination's temple is no town's ("the Reform temple").
    const worship = HOUSES_OF_WORSHIP.test(kind);
    if (
      !(places.has(place) || large) ||
      GENERIC.has(place) ||
      STATE_NAMES.has(place) ||
      (worship && DENOMINATIONS.has(place))
    )
      continue;
    if (large && !IS_ONE_OF_A_KIND.test(kind)) continue;
    const start = match.index + whole.indexOf(name);
    spans.push({ rule: "named-place", start, end: match.index + whole.length });
  }
  return spans;
}

// A hospital by the short name its town calls it: "the chaplain at Maine Med", "admitted to Tufts Med" (not a
// specialty, "a resident in Family Med", nor "Club Med").
const HOSPITAL_BY_SHORT_NAME =
  /\b(?:at|to|from|in|into|with|of) (?!(?:Family|Internal|Emergency|Sports|General|Integrative|Functional|Preventive|Nuclear|Tropical|Hospital|Palliative|Addiction|Lifestyle|Behavioral|Behavioural|Travel|Club|Pre|Peds|Vet|Aerospace|Space) Med\b)((?:[A-Z][a-z]+ ){1,2}Med)\b(?! (?:school|student|students|list|lists|check|checks|pass|passes|tech|techs|cart|carts|rec|recs)\b)/dg;
// A college's team by its letters, where a walk-on or a captain is one of a few dozen: "a walk-on for the UVM ski team",
// "rows for the UCLA crew team" (not a nation's, "the US ski team", nor one of a thousand Ys, "the YMCA swim team").
const NOT_A_COLLEGE = "US|USA|UK|GB|NZ|UAE|EU|UN|NCAA|NBA|NFL|NHL|MLB|WNBA|MLS|USWNT|USMNT|YMCA|YWCA|JCC|AAU";
// A town's council, board or department, typed in lower case: "pt sits on asheville city council", "a sergeant with
// the yakima police department" (a town the gazetteer has; not "the city council", "chicago city council").
const TOWNS_OFFICE =
  /\b([a-z]{4,}) (?:city council|town council|county council|city commission|county commission|school board|board of ed(?:ucation)?|police department|fire department|parks department)\b/dg;

const COLLEGE_TEAM = new RegExp(
  `\\b(?:for|on|with|joined|made|of|from|in) the (?!(?:${NOT_A_COLLEGE}) )([A-Z]{2,5}) (?:women's |men's |varsity |jv |club )?(?:ski|swim|swimming|dive|diving|track|cross-country|xc|crew|rowing|soccer|football|basketball|hockey|lacrosse|wrestling|volleyball|softball|baseball|tennis|golf|gymnastics|cheer|rugby|fencing|equestrian|rifle|sailing|water polo|climbing|debate|dance) (?:team|squad|program|programme)\\b`,
  "dg",
);

// A hospital by the one name a city knows it by, where a patient goes or comes from: "my referral from the Mater today",
// "admitted to the Rotunda", "sectioned at the Maudsley" (not a unit's word: "admitted to the Ward", "referred from the
// Trust").
const HOSPITAL_BY_ITS_NAME =
  /\b(?:admitted|admission|referred|referral|discharged|discharge|transferred|sectioned|delivered|rushed|taken) (?:\w+ )?(?:to|at|from|in|into|out of) the (\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}+)?)\b/dgu;
const NOT_A_HOSPITALS_OWN_NAME = new Set(
  `Hospital Ward Unit Clinic Centre Center Emergency Trust Board Department Service Services Team Practice Surgery
  Hospice Home Psych Infirmary General Children Women States Army Navy Court Police`.split(/\s+/),
);
// A town's police or fire department, typed in lower case: "another cop from bristol pd referred by the EAP".
const TOWNS_DEPARTMENT =
  /\b(?:from|at|with|for|on|joined|left) ([a-z]{3,}(?: [a-z]{3,})?) (?:pd|fd|police|fire dept)\b/dg;
const isTownsName = (name: string) => {
  const { places, english, commonEnglish } = lexicons();
  return places.has(name) && !english.has(name) && !commonEnglish.has(name) && !STATE_NAMES.has(name);
};
// A lot in a park of homes: "home visit at the back of shady pines trailer park, lot 14".
const LOT_IN_A_PARK =
  /\b(?:trailer park|mobile home park|caravan park|rv park|trailer court),? (?:lot|space|pad|site|unit) #?\d{1,4}\b/g;
// A synagogue by its Hebrew name, in any case: "the rabbi at beth el in washington heights", "bar mitzvah at B'nai
// Israel" (a congregation's name of two words, each from the few such names are made of).
const CONGREGATION_WORDS = ["beth", "bet", "beit", "b'nai", "bnai", "shaarei", "shaare", "kehilat", "kehillat"];
const CONGREGATION_WORDS_MORE = [
  "adath",
  "adas",
  "ahavath",
  "ohev",
  "rodeph",
  "tifereth",
  "anshe",
  "agudath",
  "agudas",
];
const CONGREGATION = new RegExp(
  String.raw`\b(?:${[...CONGREGATION_WORDS, ...CONGREGATION_WORDS_MORE].join("|")}) (?:el|israel|sholom|shalom|torah|emeth|emet|am|jacob|david|tikvah|zion|tzedek|chaim|abraham|elohim|emunah|hillel|yeshurun|achim|chesed|sinai|olam|hamidrash)\b`,
  "gi",
);
// A neighbourhood by the letters its city calls it: "a kid on the LES", "grew up in DTLA".
// Manhattan's sides go with "the" ("on the LES"; not "at LES conferences").
const NEIGHBOURHOOD_BY_LETTERS =
  /\b(?:on|in|from|near|to|off|at) (?:the )?((?<=the )(?:LES|UES|UWS)|FiDi|DTLA|WaHi|NoMa|SoMa|SoDo)\b/dg;

// A transit line's stop, where someone gets on or off: "gets off the Pink Line at 18th", "the Red Line to Alewife", "the
// Green Line stop on Lake" (not "the Red Line at 6am").
const TRANSIT_STOP =
  /\b(?:Red|Blue|Green|Orange|Brown|Pink|Purple|Yellow|Silver|Gold|Expo|Metro|[A-Z]) Line(?: (?:stop|station|platform))? (?:at|to|from|on) ((?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b/dg;

// A parish by its name and what it runs, one congregation's: "Holy Family's youth group removed her as retreat leader".
const PARISH_GROUP =
  /\b((?:[A-Z][a-z]+\.? ){0,3}[A-Z][a-z]+)['’]s (?:youth group|youth ministry|parish|congregation|choir|fish fry|food pantry|ccd|rectory|sunday school|bible study|confirmation class|retreat)\b/dg;

// A bridge or an overpass by its name, where someone sleeps or goes: "the guys who sleep under the Morrison Bridge".
const NAMED_BRIDGE =
  /\b(?:under|beneath|below|by|near|off|to) the ((?:[A-Z][a-z]+ ){1,2}(?:Bridge|Overpass|Viaduct|Underpass|Trestle))\b/dg;

// A school by its name after the year someone is in there: "A junior at Lincoln-Way East asked if she could follow me".
const YEAR_AT_SCHOOL = new RegExp(
  `\\b(?:freshman|sophomore|junior|senior|first-year|second-year|third-year|fourth-year|\\d{1,2}(?:st|nd|rd|th) grader|year \\d{1,2}|grade \\d{1,2}) at ${PLACE_NAME}`,
  "g",
);

// Not the author's own years ("I was a senior at Harvard"), nor a university of thousands ("a sophomore at Ohio State").
function isSomeonesSchool(text: string, span: Span): boolean {
  const name = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return !/\b(?:University|College|State|Tech|Institute)\b/.test(name) && !/\bI(?:'m| am| was)\b[^.!?]*$/.test(before);
}

// A street by its name alone, walked or driven every day: "He walks down Telegraph every morning past the corner".
const WALKED_STREET = new RegExp(
  `\\b(?:walks|walked|walking|drives|drove|driving|bikes|biked|runs|ran) (?:down|up|along) ${PLACE_NAME}(?= (?:every|each|to|past|and|at|near|by)\\b|[.,])`,
  "g",
);

const STREET_NAME = /\b(?:on|off) ((?:[A-Z][a-z]+ ){1,2}(?:Street|Avenue|Road|Lane|Drive|Boulevard|Ave|St))\b/g;

const GENERIC = new Set([
  "the",
  "a",
  "an",
  "my",
  "our",
  "his",
  "her",
  "their",
  "this",
  "that",
  "however",
  "also",
  "so",
  "aa",
  "na",
  "god",
]);

// The author's role before their state, as a post is signed: "Counselor, Kentucky.", "Clinical Psychologist, Ohio".
const SIGNED_AS = new Set(
  `counselor counsellor therapist psychotherapist psychologist psychiatrist clinician trainee intern nurse`
    .split(" ")
    .concat(["social worker", "clinical psychologist", "school counselor", "family therapist", "case manager"]),
);

const HAS_GENERIC = new RegExp(`(?:^| )(?:${[...GENERIC].join("|")})(?: |$)`);

const TIED_WORDS = `works worked employed teaches attends attended goes went studies student lives lived moved grew from
  transferred enrolled stationed`.split(/\s+/);
const RANCH_WORDS =
  "rocking lazy bar double triple circle flying running crooked broken diamond quarter half hashknife slash".split(" ");
const TOWN_WORDS = "town village city county township parish borough neighborhood suburb".split(" ");
const STATE_WORDS = [...STATES.map((state) => state.split(" ")[0] ?? ""), ...STATE_ABBREVIATIONS].map((word) =>
  word.toLowerCase(),
);
const STREET_WORDS = "street avenue road lane drive boulevard ave st".split(" ");
const TEAM_WORDS = [
  ..."plays played playing coaches coached coaching captains captained".split(" "),
  ...TEAM_ROLES.split(/[|\s-]/),
];

export const places: Rule[] = [
  whenAnyWord(TIED_WORDS, ({ text }) => named(text, TIED)),
  whenAnyWord(["owns", "own", "runs", "run", "opened", "manages", "started"], ({ text }) =>
    named(text, OWNED_BUSINESS),
  ),
  whenAnyWord(TOWN_WORDS, ({ text }) => named(text, TOWN)),
  whenAnyWord(["square"], ({ text }) => named(text, ON_THE_SQUARE)),
  whenAnyWord(["sector"], ({ folded }) => spansOf(NUMBERED_SECTOR, folded, "named-place")),
  whenAnyWord(["above", "below", "next", "across", "behind", "beside", "upstairs", "downstairs"], ({ text }) =>
    named(text, ON_A_STREET_ABOVE),
  ),
  whenAnyWord(["across", "opposite", "next", "behind", "beside"], ({ text }) => named(text, ACROSS_FROM_A_LANDMARK)),
  whenAnyWord(RANCH_WORDS, ({ text }) => named(text, RANCH)),
  whenAnyWord(STATE_WORDS, ({ text }) => named(text, CITY_STATE)),
  whenAnyWord(STATE_WORDS, ({ text }) => townsInLowerCase(text)),
  whenAnyWord(STREET_WORDS, ({ text }) => named(text, STREET_NAME)),
  whenAnyWord(TEAM_WORDS, ({ text }) => named(text, TEAM)),
  whenAnyWord(CHAPTER_WORDS, ({ text }) => [
    ...spansOf(CHAPTER, text, "named-place"),
    ...spansOf(NUMBERED_POST, text, "named-place"),
  ]),
  ({ text }) => prefixedPlaces(text),
  whenAnyWord(INSTITUTION_WORDS, ({ text }) => localInstitutions(text)),
  whenAnyWord(["med"], ({ text }) => groupSpansOf(HOSPITAL_BY_SHORT_NAME, text, "named-place")),
  whenAnyWord(["line"], ({ text }) => groupSpansOf(TRANSIT_STOP, text, "named-place")),
  whenAnyWord(["down", "up", "along"], ({ text }) => named(text, WALKED_STREET)),
  whenAnyWord(["freshman", "sophomore", "junior", "senior", "grader", "year", "grade"], ({ text }) =>
    named(text, YEAR_AT_SCHOOL).filter((span) => isSomeonesSchool(text, span)),
  ),
  whenAnyWord(["bridge", "overpass", "viaduct", "underpass", "trestle"], ({ text }) =>
    groupSpansOf(NAMED_BRIDGE, text, "named-place"),
  ),
  whenAnyWord(
    [
      "youth",
      "parish",
      "congregation",
      "choir",
      "fry",
      "pantry",
      "ccd",
      "rectory",
      "sunday",
      "bible",
      "confirmation",
      "retreat",
    ],
    ({ text }) => groupSpansOf(PARISH_GROUP, text, "named-place").filter((span) => !namesNoParish(text, span)),
  ),
  whenAnyWord(
    [
      ...["admitted", "admission", "referred", "referral", "discharged", "discharge", "transferred", "sectioned"],
      ...["delivered", "rushed", "taken"],
    ],
    ({ text }) =>
      groupSpansOf(HOSPITAL_BY_ITS_NAME, text, "named-place").filter(
        ({ start, end }) => !NOT_A_HOSPITALS_OWN_NAME.has(text.slice(start, end).split(" ")[0] ?? ""),
      ),
  ),
  whenAnyWord(["pd", "fd", "police", "fire"], ({ text }) =>
    groupSpansOf(TOWNS_DEPARTMENT, text, "named-place").filter(({ start, end }) => isTownsName(text.slice(start, end))),
  ),
  whenAnyWord(["park", "court"], ({ folded }) => spansOf(LOT_IN_A_PARK, folded, "named-place")),
  whenAnyWord([...CONGREGATION_WORDS, ...CONGREGATION_WORDS_MORE], ({ text }) =>
    spansOf(CONGREGATION, text, "named-place"),
  ),
  whenAnyWord(["les", "ues", "uws", "fidi", "dtla", "wahi", "noma", "soma", "sodo"], ({ text }) =>
    groupSpansOf(NEIGHBOURHOOD_BY_LETTERS, text, "named-place"),
  ),
  whenAnyWord(["team", "squad", "program", "programme"], ({ text }) => groupSpansOf(COLLEGE_TEAM, text, "named-place")),
  whenAnyWord(["council", "commission", "board", "department"], ({ text }) =>
    groupSpansOf(TOWNS_OFFICE, text, "named-place").filter(({ start, end }) => isSmallTownName(text.slice(start, end))),
  ),
  whenAnyWord(
    [
      "prep",
      "high",
      "hs",
      "academy",
      "elementary",
      "baptist",
      "methodist",
      "presbyterian",
      "lutheran",
      "apts",
      "apartments",
      "towers",
      "manor",
      "middle",
      "catholic",
      "school",
      "church",
      "parish",
      "hospital",
      "college",
      "general",
      "fort",
      "ft",
      "fellowship",
      "tabernacle",
      "chapel",
      "assembly",
      "ministries",
      "pentecostal",
      "episcopal",
      "adventist",
    ],
    ({ text }) => typedInstitutions(text),
  ),
];

// Institutions typed in lower case on a phone: "goes to st ignatius prep", "coaches volleyball at wasilla high" (a town
// the gazetteer has, no English word), "pastor at first baptist in lubbock", "lives at riverside apts behind the walmart"
// (not "st patrick's day", "high school", "first baptist churches everywhere", "the apts are cheap").
const TYPED_INSTITUTION =
  /\b(?:st|saint) [a-z]{3,}(?:'?s)? (?:prep|high|academy|elementary|middle|catholic|school|church|parish|hospital|college)\b|\bfirst (?:baptist|methodist|presbyterian|lutheran|congregational|united methodist)(?= (?:in|of|on|over in|out in|down in) [a-z])/g;
const TYPED_HOME =
  /\b(?:lives?|living|lived|moved|stays?|staying) (?:at|in|into|to) (?:the )?((?!(?:the|a|an|my|his|her|their|our|some|those|these|that|this|cheap|senior|subsidi[sz]ed|public|student|nice|crappy|shitty|new|old|small|tiny|big|section|same|other) )(?:[a-z]{3,} ){1,3}(?:apts|apartments|towers|manor|trailer park|mobile home park))\b/dg;
// …and by a name that is a town's or no word's, wherever someone is: "a fam in the brookside apts, bldg c", "behind the
// oak ridge apartments" (not "the senior apts", "the new apartments").
const NAMED_HOME =
  /\b(?:in|at|from|near|behind|outside|by|across from) the ([a-z]{3,}(?: [a-z]{3,})?) (?:apts|apartments|towers|manor)\b/dg;
const isAHomesName = (name: string) => {
  const { english, commonEnglish, places, largePlaces, safe } = lexicons();
  if (largePlaces.has(name) || safe.has(name)) return false;
  if (places.has(name) && !english.has(name)) return true;
  return name.split(" ").some((word) => !english.has(word) && !commonEnglish.has(word) && !safe.has(word));
};
const TOWNS_SCHOOL = /\b([a-z]{4,}) (?:high|hs|elementary|middle(?: school)?|jr high|junior high)\b/dg;
// …and, after where someone is, any name no word list has: "he coaches varsity football at ridgemont high", "qb for
// westfield hs", or a word no one uses every day: "7th grader from hoover middle".
const AT_A_SCHOOL = /\b(?:at|to|attends|from|for)$/;
// An academy by a name no word list has, after where someone is: "coaches jv soccer at hillcrest academy" (not "at police
// academy").
const AT_AN_ACADEMY = /\b(?:at|to|from|attends|attended) ([a-z]{4,}) (?:academy|prep)\b/dg;
// A school's name of two words, after where someone is: "teaches 3rd grade at oak hill elementary", "a junior at
// cedar ridge high" (not "at the local elementary", "at an inner city high", "back at my old middle", "to licensing exam
// prep").
const TWO_WORD_SCHOOL =
  /\b(?:at|to|attends|attended|from) ([a-z]{3,} [a-z]{3,}) (?:high|hs|elementary|middle|academy|prep)\b/dg;
const NOT_A_SCHOOLS_NAME = new Set(
  `the and our my his her their your its this that some any every each another other same new old local public private
  charter magnet catholic christian religious rural urban suburban inner city big small large tiny little nearby
  former current last next junior senior alternative continuation special regular normal good bad best worst different
  whole entire closest nearest county state area neighborhood neighbourhood regional community online virtual boarding
  day night summer school kids kid's son's daughter's one two three both all most many few very really super pretty
  exam test meal course interview lesson board bar record time sugar`.split(/\s+/),
);
// A hospital by its name and "general", in lower case: "works nights in the mercy general ICU", "transferred to mass
// general" (not "the attorney general", "in very general terms").
const GENERAL_HOSPITAL =
  /\b(?:(?:at|to|from|in|into|out of) (?:the )?([a-z]{3,}) general(?= ?[.,;:!?)]| ?$| (?:and|or|for|in|on|since|last|this|today|yesterday|again|after|before|because|bc|until|til|till|when|where|with|w|icu|ICU|er|ER|ed|ED|nicu|NICU|picu|PICU|psych|hospital|ward|floor|campus|emergency|maternity|peds)\b)|([a-z]{3,}) general (?:hospital|icu|ICU|nicu|NICU|picu|PICU|er|ER|ed|ED|psych|ward|campus|maternity|peds|trauma)\b)/dg;
const NOT_A_HOSPITALS_NAME = new Set(
  `the a an my our his her their this that your its very more most quite pretty too so fairly rather less really super
  way attorney surgeon brigadier major postmaster secretary inspector consul solicitor director governor lieutenant
  adjutant quartermaster registrar accountant practitioner`.split(/\s+/),
);
// A church by its name and denomination, in lower case: "the food pantry at grace lutheran", "she goes to bethel
// baptist" (not "raised southern baptist", "from a strict methodist family", "at the lutheran church").
const CHURCH_BY_NAME =
  /\b(?:at|to|from|attends|attended|joined|of) ([a-z]{3,} (?:lutheran|baptist|methodist|presbyterian|episcopal|pentecostal|adventist|fellowship|tabernacle|chapel|assembly|ministries))\b/dg;
const NOT_A_CHURCHS_NAME = new Set(
  `the our my his her their this that your its some any every one very pretty super southern northern devout strict
  lapsed former conservative liberal independent reformed evangelical primitive missionary united american black white
  german swedish norwegian staunch practicing practising good nice big small little local rural whole free old new`.split(
    /\s+/,
  ),
);
// A military base in lower case: "survived the crash at fort campbell", "stationed at ft. hood" (not a city, "fort
// worth", nor "hold the fort").
const FORT = /\b(?:at|to|from|near|in|on|outside|of|off) ((?:fort|ft\.?) [a-z]{3,})\b/dg;
// Read in the text as written: in capitals, the name rules read an institution ("Abbott Elementary" is a show).
const typedInstitutions = (text: string) => {
  const { english, commonEnglish, safe, largePlaces } = lexicons();
  return [
    ...spansOf(TYPED_INSTITUTION, text, "named-place"),
    ...groupSpansOf(TYPED_HOME, text, "named-place"),
    ...groupSpansOf(NAMED_HOME, text, "named-place").filter(({ start, end }) => isAHomesName(text.slice(start, end))),
    ...groupSpansOf(TOWNS_SCHOOL, text, "named-place").filter(({ start, end }) => {
      const town = text.slice(start, end);
      if (commonEnglish.has(town) || safe.has(town)) return false;
      const atASchool = AT_A_SCHOOL.test(text.slice(Math.max(0, start - 8), start - 1));
      // …or a name no word shares after "the": "the kid in the mckinley elementary EBD room"
      const afterThe = text.slice(Math.max(0, start - 4), start) === "the ";
      return english.has(town) ? atASchool : isSmallTownName(town) || atASchool || afterThe;
    }),
    ...groupSpansOf(AT_AN_ACADEMY, text, "named-place").filter(({ start, end }) => {
      const name = text.slice(start, end);
      return !english.has(name) && !commonEnglish.has(name) && !safe.has(name) && !largePlaces.has(name);
    }),
    ...groupSpansOf(TWO_WORD_SCHOOL, text, "named-place").filter(({ start, end }) =>
      text
        .slice(start, end)
        .split(" ")
        .every((word) => !NOT_A_SCHOOLS_NAME.has(word)),
    ),
    ...Array.from(text.matchAll(GENERAL_HOSPITAL)).flatMap((match): Span[] => {
      const [start, end] = match.indices?.[1] ?? match.indices?.[2] ?? [0, 0];
      if (NOT_A_HOSPITALS_NAME.has(text.slice(start, end))) return [];
      return [{ rule: "named-place", start, end: match.index + match[0].length }];
    }),
    ...groupSpansOf(CHURCH_BY_NAME, text, "named-place").filter(
      ({ start, end }) => !NOT_A_CHURCHS_NAME.has(text.slice(start, end).split(" ")[0] ?? ""),
    ),
    ...groupSpansOf(FORT, text, "named-place").filter(({ start, end }) => {
      const name = text.slice(start, end).split(" ").at(-1) ?? "";
      return !largePlaces.has(`fort ${name}`) && !LARGE_PLACES.has(`fort ${name}`);
    }),
  ];
};

// "My parish's youth group", "our church's choir", "God's congregation": no parish named.
const namesNoParish = (text: string, span: Span) =>
  /^(?:My|Our|The|This|That|His|Her|Their|God|Jesus|Christ|Allah|Lord)$/.test(text.slice(span.start, span.end));

const SENTENCE_AFTER_NAME = /(?<!\b(?:St|Mt|Ft|Pt|Ste|Jr|Sr|Dr))\. .*$/;

function named(text: string, pattern: RegExp, whole = false): Span[] {
  const spans: Span[] = [];
  // exec() on the shared pattern, not matchAll(), which copies it on every call.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // A name ends where its sentence does ("moved to Florida. My binder…"), past an abbreviation's dot ("St. Louis").
    const name = (match.slice(1).find((group) => group !== undefined) ?? match[0]).replace(SENTENCE_AFTER_NAME, "");
    if (!isSmallPlace(name, pattern === TIED && !SAID_TO_BE_A_TOWN.test(text.slice(match.index + match[0].length))))
      continue;
    const end = whole ? match.index + match[0].length : match.index + match[0].indexOf(name) + name.length;
    const start = whole ? match.index : end - name.length;
    spans.push({ rule: "named-place", start, end });
  }
  return spans;
}

const LOCATIVES = new Set("in from near outside of to at around by through".split(" "));
const WORD_BEFORE_LOWER = /([a-z]+)\s+$/;
const NO_TOWN_HERE = new Set(
  "spring summer autumn fall winter home hope work school church town time life faith grace".split(" "),
);

/** A town of the gazetteer before a state, in lower case, where a place is said to be: its last two words or its last one. */
function townsInLowerCase(text: string): Span[] {
  const { places } = lexicons();
  const spans: Span[] = [];
  TOWN_STATE_LOWER.lastIndex = 0;
  for (let match = TOWN_STATE_LOWER.exec(text); match !== null; match = TOWN_STATE_LOWER.exec(text)) {
    const words = (match[1] ?? "").split(" ");
    // No season or word of the sort, and where a place is said to be ("in", "from", "near"…): not "in spring,
    // michigan finally thaws", "we talked about hope, texas was…", "at home, texas rules".
    const name = [words.join(" "), words.at(-1) ?? ""].find(
      (each) => places.has(each) && isSmallPlace(each, false) && !NO_TOWN_HERE.has(each),
    );
    if (name === undefined) continue;
    const end = match.index + (match[1] ?? "").length;
    const start = end - name.length;
    const before = WORD_BEFORE_LOWER.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? "";
    if (LOCATIVES.has(before)) spans.push({ rule: "named-place", start, end });
  }
  return spans;
}

/** Whether a name, without its generic words ("the", "my"), names something smaller than a state. */
// A country's name said to be a US town's, by its state or in so many words: "Jordan, Montana", "Peru, the farm town in
// Indiana".
const SAID_TO_BE_A_TOWN = new RegExp(
  `^,? (?:(?:${STATES.join("|")})\\b|(?:the|a) (?:[\\w-]+ ){0,2}(?:town|village|city|hamlet|township|borough)\\b)`,
  "i",
);
// Countries and territories of a few thousand people or fewer, where a place names a family: "from Pitcairn Islands".
const TINY_COUNTRIES = new Set(
  "pitcairn islands|pitcairn|niue|tokelau|norfolk island|christmas island|cocos (keeling) islands|cocos islands|falkland islands|st. helena|saint helena|ascension island|tristan da cunha|montserrat|vatican city|nauru|tuvalu|palau|anguilla|st. barthélemy|st. pierre & miquelon|wallis & futuna|svalbard & jan mayen|svalbard|bouvet island|heard & mcdonald islands|british indian ocean territory|u.s. outlying islands|clipperton island|diego garcia|sark|alderney|cook islands|marshall islands|liechtenstein|san marino|monaco|sint eustatius|saba".split(
    "|",
  ),
);

/**
 * Whether a place named is below state level. `abroad`: where someone moved or comes from, a country or a state abroad
 * is not ("moved to Portugal", "from Oaxaca"); a tiny country is ("from Pitcairn Islands").
 */
function isSmallPlace(name: string, abroad = true): boolean {
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/[.,;:!?]+$/, "");
  const kept = HAS_GENERIC.test(lower)
    ? lower
        .split(" ")
        .filter((word) => !GENERIC.has(word))
        .join(" ")
    : lower;
  // A state or a country, or a word that names no place ("the ED", "the VA"), identifies nobody; after "moved to" or
  // before ", Ohio" even a large city is held.
  const { safe, largePlaces, countries, regionsAbroad } = lexicons();
  return (
    kept !== "" &&
    !LARGE_PLACES.has(kept) &&
    !(abroad && (countries.has(kept) || regionsAbroad.has(kept)) && !TINY_COUNTRIES.has(kept)) &&
    !SIGNED_AS.has(kept) &&
    !(safe.has(kept) && !largePlaces.has(kept))
  );
}
