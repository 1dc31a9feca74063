import { STATE_ABBREVIATIONS, STATES } from "./geography";
import { COMPILE_ONCE, inOrigin, type Rule, type Span, spansOf, whenDigits } from "./rule";
import { withWordEdges } from "./word-edges";

/** Street addresses, P.O. boxes, apartment and suite numbers, and ZIP codes. */

const SUFFIX =
  "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Pike|Row)";
// Capitalized words or ordinals between the house number and the suffix,
// so "3 blocks down the road" is not an address but "12 Elm St" is.
const STREET = new RegExp(
  withWordEdges(`\\b\\d{1,6}(?: (?:[A-Z][\\w.'-]*|\\d+(?:st|nd|rd|th))){1,4} ${COMPILE_ONCE}${SUFFIX}\\b\\.?`),
  "g",
);
// A grid address, as Utah's and other Western towns give them: "at 1300 East and 2100 South", "400 S 200 W" (streets
// a hundred or ten apart; not freeways, "the 405 north and 101 south", nor wards, "10 North and 11 South").
const GRID_ADDRESS =
  /\b[1-9]\d{1,3}0 (?:east|west|north|south|[ewns]\.?)(?:,? (?:and|&))? [1-9]\d{1,3}0 (?:east|west|north|south|[ewns])\b/g;
const PO_BOX = /\bp\.? ?o\.? box \d+\b/g;
// A rural route's box, where there is no street: "RR 1 Box 38", "HC 64 Box 1290".
const RURAL_ROUTE_BOX = /\b(?:rr|r\.r\.|rural route|hc|star route)\s*#?\s*\d{1,3},?\s*box\s*#?\s*\d{1,5}\b/g;
const UNIT = /\b(?:apt|apartment|suite|ste)\.? ?#? ?\d+[a-z]?\b/g;

const ZIP_PLUS_FOUR = /\b\d{5}-\d{4}\b/g;
// A ZIP code, or another country's postal code of four to six digits, after its name, however its digits are set
// apart: "postcode 2770", "her postcode, 2-7-7-0", "zip is 9 4 6 0 9".
const NAMED_ZIP =
  /\b(?:zip|zip ?code|postal code|post ?code|pin ?code|eircode)(?:\s*[:,]\s*|\s+)(?:(?:is|was)\s+)?\d(?:[- .]?\d){3,5}\b|\b\d{4,6} (?:postcode|post code|postal code|pin code)\b/g;
// A postcode's district or sector after its name, in any case: "postcode M14 4", "postal code K1A", "post code ls11".
const NAMED_POSTCODE_DISTRICT =
  /\b(?:postcode|post code|postal code)(?: (?:is|was|area|district|sector))?[:,]? ?[a-z]{1,2}\d[a-z\d]?(?: \d(?![a-z\d]))?\b/g;
// Postal codes of the UK ("M14 5TQ", "SW1A 1AA") and Canada ("V5K 0A1"), in capitals as written: their shape is
// theirs alone, so no cue word is needed.
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g;
// A postcode's district alone, said as where someone is: "her new tenancy is in LS9", "she's BD3 and the service only
// covers BD7", "one client in LS11 gets six sessions". Two-letter areas only, and not those that are grades, codes or
// levels too (a training's ST3, a CT scan's CT2, a foundation year's FY1, PE2): a one-letter area is read as a vitamin, a
// spine, a motorway or a mask ("B12", "L5", "M6", "N95").
const UK_DISTRICT =
  /(?<=\b(?:he's|she's|they're|[Ii]n|IN|moved to|covers|cover|only covers|[Ff]rom|FROM)\s)(?!ST|CT|FY|PE|CO|CB|NO|SO|NH|CH)(?:AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|GL|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IP|IV|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)\d{1,2}[A-Z]?\b(?!['’]s\b)/g;
// …and a district of the areas named by one letter (Birmingham, London's, Glasgow, Liverpool, Manchester, Sheffield),
// only where someone lives: "the wrong flat in G34", "lives in E17" (not "is in L5", a vertebra, "in N95 masks", nor
// "moved to B2", a language level or a grade).
const UK_ONE_LETTER_DISTRICT =
  /(?<=\b(?:lives in|live in|living in|flat in|house in|home in|estate in|scheme in|block in)\s)(?!B12\b|B6\b)[BEGLMNSW]\d{1,2}[A-Z]?\b(?!['’]s\b| masks?\b)/g;
// …and one of London's, moved to: "He moved to E17 after the eviction" (not "moved to B2 in my Welsh classes").
const MOVED_TO_LONDON = /(?<=\bmoved to\s)[ENW]\d{1,2}[A-Z]?\b(?! (?:in|at|on) (?:my|the|our|her|his|their)\b)/g;
const CANADIAN_POSTAL_CODE = /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/g;
// …and its first three characters, where someone is: "I've got a lady in V6A" (not "in B2B sales", "on an H1B").
const CANADIAN_FSA =
  /(?<=\b(?:in|from|lives in|moved to|moving to)\s)(?!B2B|P2P|C2C|M2M|H1B|H2A|H2B|G2G)[ABCEGHJ-NPRSTVXY]\d[A-Z]\b(?! ?\d)/g;
// A district opening a sentence and set off, as a caseload is listed: "BT12, da in and out of prison, mam housebound".
const UK_DISTRICT_OPENING =
  /(?<=(?:^|[.!?\n])\s*)(?:BT|LS|BD|BS|CF|EH|NE|SR|HU|DN|WF|HD|HX|BB|OL|BL|WN|PR|LA|CA)\d{1,2}(?=,)/g;
// …and Ireland's Eircode, a routing key then four characters with letters and digits among them: "H91 K2X7", "F28
// P6W3" (not "N95 1860" masks or "P60 2024" forms).
const EIRCODE =
  /\b(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) ?(?=[ACDEFHKNPRTVWXY]*\d)(?=\d*[ACDEFHKNPRTVWXY])[0-9ACDEFHKNPRTVWXY]{4}\b/g;
// A bare ZIP code where a place would go: "she lives in 97211", "everyone in
// 59829", "the 30310 area". Not a count ("in 10000 steps"), money ("$12000")
// or a billing code: CPT codes (90837, 96130, 99213) are tens of thousands.
// A word in -s after the number that is a verb, not a count: "everyone in 49677 knows everyone", "a client in 99723 keeps
// freezing". A number set off by commas is one too, after an intake or a visit, or with more said of someone after it:
// "Home visit intake today, 59301.", "Saw a family last week, 49677, three kids" (not a count: "Steps today, 15000.",
// "Total mileage this year, 12000, and no reimbursement"). And what a record says the number is: "Intake says 59801",
// "his address is 59701".
const PLACE_VERBS =
  "keeps|gets|says|seems|looks|goes|comes|makes|takes|knows|feels|wants|needs|means|sounds|tends|votes";
const PLACE_ZIP = new RegExp(
  String.raw`\b(?:(?:lives?|living|lived|moved|grew up|everyone|everybody|people|families|kids|homes?|house|from|near|around|outside|out of|covers|covered|serves|served|miles?|mi|km|minutes|radius) (?:in|into|to|of|from|near|around)? ?|(?:whole )?world (?:is|was) |(?<=\b(?:in|into|to|from|near|for) ))(\d{5})\b(?![,.]?\d| ?(?:%|k\b|[a-z]+s\b(?<!\b(?:is|was|has|does|this|his|hers|theirs|as|us|yes|${PLACE_VERBS})\b)))|\b(\d{5}) (?:area|zip|neighbou?rhood|zip code)\b|\b(\d{5}) ["“]?(?:is|isn't|is not|was|wasn't|was not) ["“]?(?:outside|inside|within|out of|part of|in(?= (?:the|their|our) (?:service|coverage|catchment|delivery|transport|pickup) area)) (?:their|the|our|my|his|her) (?:(?:urban|rural|local|county|city) )?(?:(?:service|coverage|catchment|delivery|transport|pickup) )?(?:area|zone|radius|range|network|district|polygon|boundary|map)\b|\b(\d{5}) ["“]?(?:is|isn't|is not|was|wasn't|was not) ["“]?(?:outside|inside|within|out of|in) zone [a-z0-9]\b|(?<=\b(?:intake|referral|visit|client|address|lives|home)(?: today| yesterday| this week)?, )(\d{5})(?=[,.;](?:\s|$))|(?<=\w, )(\d{5})(?=, (?!and\b|but\b|which\b|so\b|or\b))|(?<=\b(?:intake|referral|address|chart|file|form|paperwork|face sheet|records?|the system) (?:form )?(?:says|said|lists|listed|has|had|shows|showed|reads|read|puts|put|is|was) )(\d{5})\b(?![,.]?\d| ?(?:%|k\b|[a-z]+s\b|mg\b|mcg\b|iu\b|ml\b|units?\b|a (?:year|month|week|day)\b))`,
  "g",
);
// CPT codes for psychotherapy, testing, behavior analysis and visits, which therapists cite.
const CPT_RANGES: Array<[number, number]> = [
  [90785, 90899],
  [96105, 96171],
  [97151, 97158],
  [99201, 99499],
];
const isCptCode = (code: number) => CPT_RANGES.some(([low, high]) => code >= low && code <= high);
const STATE_ZIP = new RegExp(`\\b(?:${STATES.join("|")}|${STATE_ABBREVIATIONS.join("|")}),? \\d{5}\\b`, "g");

// Five digits spaced out ("lives in 8 7 9 0 1"): the ZIP is read with the spaces taken out.
const SPACED_DIGITS = /\b\d \d \d \d \d\b/;

export const addresses: Rule = whenDigits(({ text, folded, despaced }) => [
  ...spansOf(STREET, text, "street-address"),
  ...spansOf(PO_BOX, folded, "street-address"),
  ...spansOf(RURAL_ROUTE_BOX, folded, "street-address"),
  ...spansOf(GRID_ADDRESS, folded, "street-address"),
  ...spansOf(UNIT, folded, "unit-number"),
  ...spansOf(ZIP_PLUS_FOUR, folded, "zip-code"),
  ...spansOf(NAMED_ZIP, folded, "zip-code"),
  ...spansOf(NAMED_POSTCODE_DISTRICT, folded, "zip-code"),
  ...spansOf(STATE_ZIP, text, "zip-code"),
  ...spansOf(UK_POSTCODE, text, "zip-code"),
  ...spansOf(CANADIAN_FSA, text, "zip-code"),
  ...spansOf(UK_DISTRICT_OPENING, text, "zip-code"),
  ...spansOf(UK_DISTRICT, text, "zip-code"),
  ...spansOf(UK_ONE_LETTER_DISTRICT, text, "zip-code"),
  ...spansOf(MOVED_TO_LONDON, text, "zip-code"),
  ...spansOf(CANADIAN_POSTAL_CODE, text, "zip-code"),
  ...spansOf(EIRCODE, text, "zip-code"),
  ...placeZipsIn(folded),
  ...(SPACED_DIGITS.test(folded) ? inOrigin(despaced(), placeZipsIn(despaced().text)) : []),
]);

function placeZipsIn(folded: string): Span[] {
  const spans: Span[] = [];
  PLACE_ZIP.lastIndex = 0;
  for (let match = PLACE_ZIP.exec(folded); match !== null; match = PLACE_ZIP.exec(folded)) {
    const zip = match.slice(1).find((group) => group !== undefined) ?? "";
    const start = match.index + match[0].indexOf(zip);
    // "1 in 10000" is odds, not a place; nor is a round thousand ("moved from 40000 a year to half that").
    if (isCptCode(Number(zip)) || zip.endsWith("000") || /\d (?:in|out of) $/.test(folded.slice(start - 10, start)))
      continue;
    spans.push({ rule: "zip-code", start, end: start + 5 });
  }
  // A post that speaks of ZIP codes ("the system still shows 28906… The zip code is the whole problem"): any five
  // digits standing alone in it may be one; and so may five digits beside a street address spoken of.
  const zipsSpokenOf = ZIP_SPOKEN_OF.test(folded);
  const addresses = Array.from(folded.matchAll(ADDRESS_SPOKEN_OF), (match) => match.index);
  if (zipsSpokenOf || addresses.length > 0) {
    for (const match of folded.matchAll(FIVE_DIGITS)) {
      const start = match.index;
      const besideAnAddress = addresses.some((at) => Math.abs(at - start) <= ADDRESS_REACH);
      if (isCptCode(Number(match[0])) || spans.some((span) => span.start === start)) continue;
      if (zipsSpokenOf || besideAnAddress) spans.push({ rule: "zip-code", start, end: start + 5 });
    }
  }
  return spans;
}

const ZIP_SPOKEN_OF = /\bzip ?codes?\b|\bzips?\b(?! (?:it|up|line|tie|lock|file|drive|through|past|along))/;
// A street address spoken of makes five digits beside it a ZIP code ("address line: she wrote 11219", "won't take 57770
// without a street line"), not any amount elsewhere in the post ("my mailing address… my loan balance is 45000").
const ADDRESS_SPOKEN_OF = /\b(?:street address|address line|street line|mailing address)\b/g;
const ADDRESS_REACH = 50;
// Five digits alone: not part of a longer number, an amount ("$12000", "12,000", "12000k", "65000 a year"), a share
// or a count ("12000 dollars").
const FIVE_DIGITS =
  /(?<![\d$.,#-])\d{5}(?![\d%-]|[,.]\d|\s?k\b| (?:a|an|per) (?:year|month|week|day|hour|session)\b| per\b| this (?:year|month|week)\b| miles\b| on the odometer| and climbing| [a-z]+s\b(?<!\b(?:is|was|has|does|this|his|hers|theirs|as|us|yes)\b))/g;
