import { lexicons } from "../lexicons";
import type { MappedText } from "../text";
import { groupSpansOf, inOrigin, type Rule, type Span, spansOf, whenAnyWord, whenDigits } from "./rule";

/**
 * Record, account, license, docket and plate numbers: named as such ("MRN
 * 4471923", "med rec # A-2281-0047", "account number is 10-448-2093",
 * "docket 22-DR-1187"), after a license's letters ("LPC 80431", "LMFT 1 1 2
 * 9 4"), after "plate" ("Plate 7KQM291", "plate says BRAVE 1"), "MR#: 0093-4471-B", and
 * ID-shaped tokens ("A12345678", "D4412-7789-0012", "7KQM291", "ABC 1234").
 * Bare long numbers are found by the numbers rule. Clinical codes ("DSM-5",
 * "F41.1", "PHQ-9", "GAD-7", "CPT 90837", "COVID-19") are not IDs.
 */

// An ID after its name: letters and digits in groups joined by "-", "/" or
// ".", with a digit somewhere ("10-448-2093", "A-2281-0047", "22-DR-1187").
// Groups of digits may also be spaced ("C-29 447 813").
// Letters then groups of digits after a space too: "Member ID WXK 448 201 773".
const ID = String.raw`(?=[a-z/.-]*\d|[a-z]{1,4} \d)[a-z0-9]+(?:[-/.][a-z0-9]+| \d{2,})*`;
// Names of records and numbers that always introduce an ID.
const ALWAYS_AN_ID = String.raw`\b(?:mrn|mr(?= ?#)|npi|acct|ein|tin|docket|dkt|nhi)\b\.?\s*[:#]{0,2}\s*(?:no\.?\s*|number\s*)?(?:(?:is|was)\s+(?=[a-z]{0,4}\d))?${ID}`;
// Numbers whose name is only a name with "number" or "#": "Army service number is RA 18 447 302", "DOC# 00871-552", "CDL
// number out loud in session, K07 331 928",
// "serial number: 4471-22" (not "the service was number one", "doc 2 weeks ago").
const NUMBER_NAMES =
  "(?:army|military|navy|air force|marine|marines) service|serial|doc|inmate|offender|prisoner|booking|parole|probation|cdl|dl|driver's license|drivers license|(?:tribal )?enrollment|enrolment|membership|member|student|employee|badge|credential|certificate|permit";
const NAMED_BY_NUMBER = String.raw`\b(?:${NUMBER_NAMES}) ?(?:number|no\.?|#)\s*[:#,]?(?:\s*(?:is|was|of))?\s*${ID}`;
const RECORD_NAMES = [
  "medical record",
  "med rec",
  "med record",
  "record",
  "chart",
  "case",
  "account",
  "member",
  "policy",
  "license",
  "licence",
  "insurance",
  "claim",
  "passport",
  "employee",
  "student",
  "patient",
  "client",
  "file",
  // a Quebec youth-protection or court file: "DPJ dossier 24-0317-E"
  "dossier",
  "badge",
  "reference",
  "participant",
  "ndis",
  "nhs",
  // Scotland's CHI, Ireland's PPS (New Zealand's NHI is always an ID: "His NHI is ZXB4127")
  "chi",
  "pps",
  "ref",
  "social security",
  "group",
  "subscriber",
  "routing",
  "inmate",
  "booking",
  "warrant",
  "court",
  "cause",
  "permit",
  "certificate",
  "registration",
  "vin",
  "medicaid",
  "medicare",
  "va",
  "ssi",
  "ebt",
  "tricare",
  // a tribe's census number, a Certificate of Indian Blood's; a commercial driver's licence by its letters
  "census",
  "cib",
  "cdl",
  // an immigration case's number: "A-Number 215-555-804", "alien number", "uscis number"
  "a-number",
  "a number",
  "alien number",
  "alien registration number",
  "uscis",
  "id",
  // Spanish-speaking countries' case files and identity numbers: "DIF expediente 2219/2024", "su cédula"
  "expediente",
  "folio",
  "cedula",
  "cédula",
  "curp",
  "rfc",
  "nss",
  "dni",
  "nie",
  // a protective order's number ("PO #2309-0412"), a game's friend code ("Steam friend code 428 117 906")
  "protective order",
  "restraining order",
  "order of protection",
  "friend code",
  "player id",
  "steam id",
  "discord id",
  "user id",
];
// "account number is 10-448-2093", "med rec # A-2281-0047", "case: 2291-0874", "court file FC/2231/KM", "whose case,
// DHS 8831-QF, has had five caseworkers" (not "in my case, the 2023-24 year").
const NAMED_ID = String.raw`\b(?:${RECORD_NAMES.join("|")})(?:\s*(?:number|no\.?|num|#|id)\s*[:#,]?(?:\s*(?:is|was|of))?|\s*[:#]|(?= [a-z]{0,2}\d| (?!(?:mid|pre|post|late|early)-)[a-z]{1,4}[/-]\d)|,?(?= (?!(?:the|a|an|my|our|his|her|its|their|this|that|in|on|of|for|and|but|or|from|to|at|by|was|is|every|each|about|since|until|till|after|before|around)\b)[a-z]{2,5} \d{3,}-[a-z0-9]{1,6}\b))\s*${ID}`;
// The number named, then given a few words on, set off: "her old chart number on it, 88-40217-C", "his DOC# on every page
// of the eval: 00871-552" (four digits at least, so
// "account number on it, 3 times" is none, nor a span of years: "group number on the insurance, 2023-24").
const NAMED_THEN_GIVEN = String.raw`\b(?:${RECORD_NAMES.join("|")}|${NUMBER_NAMES}) ?(?:number|no\.?|num|#|id|card)(?: [a-z']+){1,7}\s*[,:–—]\s*(?=(?:[a-z/.-]*\d){4}|[a-z]{1,3}\d{2,}(?: \d{3})+\b|[a-z]{0,4}\d[a-z0-9]{1,5} \d{4,}\b)(?!(?:19|20)\d\d[-/](?:\d\d|(?:19|20)\d\d)\b)${ID}`;
const NAMED = new RegExp(`${ALWAYS_AN_ID}|${NAMED_BY_NUMBER}|${NAMED_ID}|${NAMED_THEN_GIVEN}`, "g");
// A bank account by its IBAN as it is printed, country letters and check digits, then groups of four: "DE44 5001 0517
// 5407 3249 31" (not a part's code run together, "CF289XBKT3N7M2P41").
const IBAN = /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,3})?\b/g;
// The same typed in lower case, with two groups of four digits at least ("gb82 west 1234 5698 7654 32", not "cs50 easy
// ones once more").
const IBAN_LOWER =
  /\b[a-z]{2}\d{2}(?=(?: [a-z0-9]{4})*? \d{4}(?: [a-z0-9]{4})*? \d{4}\b)(?: [a-z0-9]{4}){3,7}(?: [a-z0-9]{1,3})?\b/g;
// A docket by its year, a court's letters and its number: "Juvenile docket 24 JD 01173", "case 22 cr 4410" (the letters
// in capitals or a court's own, not a word between two counts: "in case 10 or 200", "file 40 of 120", "case 30 min 1500").
const DOCKET_SPACED =
  /\b(?:[Dd]ocket|[Cc]ase|[Ff]ile)(?: [Nn]umber| [Nn]o\.?| #)?:? ((?:19|20)?\d{2} (?:[A-Z]{1,4}|cr|cv|jd|jv|ju|fam|dr|cf|mj|sc|dv|tr) \d{3,7})\b/dg;
// A case's reference given as what it is: "The Reporter's reference is 24/0418/JH" (four digits at least, and letters or a
// slash: not "the page reference is 112-118").
const REFERENCE_IS =
  /\b(?:reference|ref)(?: number| no\.?)? is:? ((?=[a-z/.-]*\d)(?=[a-z0-9.-]*[a-z/])[a-z0-9][a-z0-9/.-]{5,}[a-z0-9])/dg;

// License letters (counseling, social work, psychology, nursing, medicine),
// with a state's or a level's letters after a dash ("LCSW-C", "LPC-A"), then
// the license's number, its digits possibly spaced out.
const LICENSES = "lpc|lpcc|lcpc|lpc-s|lmft|lcsw|licsw|lisw|lmsw|lsw|lmhc|lcmhc|lcat|lcdc|ladc|psy|rn|pmhnp|md";
const LICENSE_NUMBER = new RegExp(
  String.raw`\b(?:${LICENSES})(?:-[a-z]{1,2})?\s*(?:#|no\.?|number)?\s*:?\s*(?:[a-z]{1,2}-?)?\d(?:[ -]?\d){3,}\b`,
  "g",
);

// A number named, its digits spaced out one by one: "MRN 0 0 7 3 9 1 4 6", "case number 2 2 4 7 1".
const SPACED_DIGITS = /\b\d \d \d \d\b/;

function spacedNamed(view: MappedText): Span[] {
  return inOrigin(
    view,
    spansOf(NAMED, view.text, "record-number").filter((span) => digitsIn(view.text, span) >= 4),
  );
}

// A police officer's shield number, which names one officer: "Shield 55219 said his own first name today" (not a
// "Blue Shield" plan's year).
const SHIELD = /(?<!\bblue )\bshield (?:#|no\.? )?\d{4,6}\b/g;

// "Plate 7KQM291", "plates: 4-ABC-123", "vanity plate says BRAVE 1", "the same vanity plate, NOTSAD2", "tag number XYZ123",
// "his rego, YLK-72B" (Australia's word for it).
const PLATE =
  /\b(?:plates?|rego|tag (?:number|no\.?|#)|tag(?= (?:that )?(?:says|said|reads|read)\b))(?: (?:number|no\.?|#|says|said|reads|read|is|was|of|that))*[:,]? ?([a-z0-9]{1,8}(?:[ -](?=[a-z]*\d)[a-z0-9]{1,7}|(?<=\d[a-z0-9]*)[ -](?!(?:of|and|the|for|is|was|in|on|at|to|per|or|as)\b)[a-z]{2,4})?)\b/g;
// …and spelled out a character at a time: "Ohio plate J K L 4 4 7 1", "plate number 7 K Q M 2 9 1".
const PLATE_SPACED =
  /\b(?:plates?|rego|tag (?:number|no\.?|#))(?: (?:number|no\.?|#|says|said|reads|read|is|was|of))*[:,]? ?((?:[a-z0-9] ){3,7}[a-z0-9])\b/g;
// …and before it: "the pickup with the CAPNJOZ plate", "her 4KQM291 plates", "the 'HPY MOM' vanity plate".
const PLATE_BEFORE =
  /\b(?:the|a|that|this|his|her|their|whose) (?:([a-z0-9]{4,8})|['"‘“]([a-z0-9][a-z0-9 -]{1,8}[a-z0-9])['"’”]) (?:vanity |custom |personali[sz]ed )?plates?\b/dg;

// The last digits of a number that names one person: "her SSN ends in 4471", "last four of his social: 2209",
// "Medicaid ID ending 5551", "Medicaid ID ending 44-7719-B".
const LAST_DIGITS =
  /\b(?:ssn|social(?: security)?(?: number| #)?|card|account|(?:member |medicaid |medicare |patient |client |policy |chart )?id)(?: number)? (?:ends|ending|ended)(?: in| with)? (?:\d{4}\b|\d[\dA-Za-z]*(?:-[\dA-Za-z]+)+)|\blast (?:four|4)(?: digits)? of (?:her|his|their|the|my client's) (?:ssn|social(?: security)?(?: number)?|card|account)(?: (?:is|are|was|were))?:? ?\d{4}\b|\b(?:client's|her|his|their) last (?:four|4)(?: digits)?,? (?:is |are |was )?\d{4}\b/g;

// A number masked but for its last digits, as cards and statements print them: "xxx-xx-6621", "***-**-1234",
// "XXXX XXXX XXXX 4471", "••••6621". The digits left are what names the person (not "the word xxx 1000 times").
const MASKED = /(?<![\w*#•])(?:[x*#•]{2,4}(?:[- ][x*#•]{2,4})+[- ]|[x*#•]{4,16}[- ]?)\d{4}\b/g;

// A British number plate, two letters, two digits, three letters: "grey corsa wv17kxl outside my office", "WV17 KXL".
const UK_PLATE = /\b[a-z]{2}\d{2} ?[a-z]{3}\b/g;

// A British National Insurance number, two letters, six digits in pairs or threes, a letter: "QQ 12 34 56 C",
// "QQ 123 456 C", "AB123456D".
const NI_NUMBER = /\b[A-Z]{2} ?(?:\d{2} ?\d{2} ?\d{2}|\d{3} \d{3}) ?[A-D]\b/g;

// A licence or permit by its letters in capitals, then digits in dashed groups: "his Wyoming CDL, 108-422-719", "his
// saltwater products license, SPL 90-4417" (six digits at least; not a phone's or a span of years).
const CAPITALS_THEN_DASHED = /\b[A-Z]{2,4},? \d{1,4}(?:-\d{2,4}){1,3}\b/g;

// Letters then digits in one token: "A12345678", "W88231907".
const ID_SHAPED = /\b[a-z]{1,3}-?\d{5,}\b/g;
// Letters, or letters and digits, then groups of digits: "D4412-7789-0012", "CLM-2044-8713", "W2X-884-19033".
const GROUPED_ID = /\b(?=\d?[a-z])[a-z\d]{1,4}-?\d{2,}(?:-\d{2,})+\b/g;
// A Dominican cédula: three digits, seven, one: "402-5550173-8".
const DOMINICAN_CEDULA = /\b\d{3}-\d{7}-\d\b/g;
// An alien registration number, "A 219 555 804", "A-219-555-804"; a Brazilian CPF, "438.571.206-14".
const A_NUMBER = /\bA[- ]?\d{3}[- ]?\d{3}[- ]?\d{3}\b/g;
const CPF = /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g;
// Digits, a letter or a few, then digits, joined by dashes: "4471-B-0223", "22-CR-1047".
const LETTERS_BETWEEN_DIGITS = /\b\d{2,}-[A-Z]{1,3}-\d{3,}\b/g;
// …or at either end of two groups of digits or more: "pt 44-1187-B progress notes", "B-2291-0417" (not a phone's word:
// "1-800-FLOWERS", nor a road's: "I-95").
const LETTERS_BESIDE_DIGITS = /\b(?:\d{2,6}-){1,3}\d{2,6}-[A-Z]{1,2}\b|\b[A-Z]{1,2}-\d{2,6}(?:-\d{2,6}){1,3}\b/g;
// A code in capitals, a space, then three groups of digits or more: a licence by its state, "WY 104-227-339". Not a
// phone's or a social security number's shape, which their own rules name ("SSN 123-45-6789").
const CODE_THEN_GROUPS = /\b[A-Z]{1,3} \d{2,4}(?:-\d{2,4}){2,}\b/g;
const PHONE_OR_SSN_SHAPE = / \d{3}-(?:\d{3}|\d{2})-\d{4}$/;
// Capital letters and digits mixed, as plates and IDs are: "7KQM291", "4ABC123", "X7R2K9".
// A protective order's number where a court is spoken of: "PO #2309-0412 lapsed because the clerk's office never
// received the renewal" (not a purchase order's: "the agency cut a PO #4471 for the stipend").
const PROTECTIVE_ORDER = /\bpo ?#\s*\d[\d-]*\b/g;
const A_COURT =
  /\b(?:clerk|court|courtroom|judge|hearing|protective|restraining|renewal|served|violat\w*|abuser|petition)\b/;
// A vehicle identification number: seventeen letters and digits, never I, O or Q ("1FTFW1E54KFA55219"), where a
// vehicle is spoken of (not a toner cartridge's or a licence key's code).
const VIN = /\b(?=[A-HJ-NPR-Z]*\d)(?=\d*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/g;
const A_VEHICLE =
  /\b(?:VIN|vin number|vehicle|truck|pickup|car|van|suv|title|registration|salvage|adjuster|dealership|motorcycle|sedan|hatchback|corolla|camry|civic|accord|altima|f-150|silverado|jeep|honda|toyota|ford|chevy|nissan|hyundai|kia)\b/i;
// A plate written as plates are, letters and digits in two groups, where a vehicle is spoken of: "grey Corolla, K82 NRT".
// Set off as a plate is shown, after a comma, a colon or "reads", not a model and its trim ("RAV4 XLE", "V6 AWD").
const PLATE_SHAPED =
  /\b(?=[A-Z]*\d)(?=\d*[A-Z])(?<=(?:[,:(“"]|\b(?:reads|says|said|number|tag|tags|plate|plates)) ?)[A-Z0-9]{2,4}[ -](?=[0-9]*[A-Z])[A-Z0-9]{3,4}\b/g;
// Three groups of three digits after a SIN's name (in French, someone's NAS; not a storage box's), as a Canadian SIN is written ("Her SIN is on the pay
// stub, 046 555 219"; a phone number has four at its end; not "scores went 120 130 140", "is it a sin…").
const THREE_THREES = /\b\d{3}([ -])\d{3}\1\d{3}\b(?![ -]\d)/g;
const SIN_SAID =
  /\bSIN\b|\b(?:his|her|their|son|sa|le|mon|ma|my client's) NAS\b|\b(?:[Ss]ocial [Ii]nsurance|[Ii]nsurance [Nn]umber|assurance sociale)\b/;
const MIXED_CAPS = /\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,16}\b/g;
// A Quebec health card (carte soleil): four letters, then eight digits in fours: "LAPM 6802 1147".
const QUEBEC_HEALTH_CARD = /\b[A-Z]{4} (?!(?:19|20)\d\d (?:19|20)\d\d\b)\d{4} \d{4}\b/g;
// An Italian codice fiscale spaced out as it is read, surname and name letters, birth date and place codes: "bnc grl
// 02e14 h501t" (written whole, "BNCGRL02E14H501T", it is capitals and digits mixed).
const CODICE_FISCALE_SPACED = /\b[a-z]{3} [a-z]{3} \d{2}[a-z]\d{2} [a-z]\d{3}[a-z]\b/g;
// A file or a case by its number and year after "n." as Italian, Spanish and French courts and hospitals write it:
// "cartella n. 2024/08817", "proc. n. 1147/2023 VG", "court file is no. 2291/2024" (not a fraction: "n. 1/2").
const NUMBER_OVER_YEAR = /\b(?:n|no|nº|n°|nr|núm|num)\.? ?(?:\d{1,6}\/(?:19|20)\d\d|(?:19|20)\d\d\/\d{3,6})\b/g;
// …and "of" its year, as Indian and British courts and police number a case: "FIR No. 0555 of 2024", "Case No. 214 of
// 2023".
const NUMBER_OF_YEAR =
  /\b(?:fir|case|crime|suit|petition|complaint|claim|appeal|file)\.? (?:no\.?|number|#) ?\d{1,6} of (?:19|20)\d\d\b/g;
// A reference in four or more parts between slashes, capitals and digits, as police and courts number a report:
// "LP/B/1183/IX/2024/SPKT" (not a list of acronyms, "CBT/DBT/ACT/EMDR", which has no digit, nor a date, no capital)…
const SLASHED_REFERENCE = /\b(?=[A-Z\d/]*\d)(?=[\d/]*[A-Z])[A-Z\d]{1,8}(?:\/[A-Z\d]{1,8}){3,}\b/g;
// A case reference of three parts, a service's letters, a year and a number, after "ref" or "case": "case ref
// CAMHS/22/04817".
const CASE_REF_SLASHED =
  /\b(?:ref|reference|case|file)\b\.?(?: (?:no|number|ref)\.?)?:? ?[A-Z]{2,8}\/\d{2,4}\/\d{3,8}\b/g;
// …where it is someone's report or case (not a body's own document: "the CE certificate is APA/CE/2024/07", "policy doc
// HR/POL/12/2023").
const A_CASE = String.raw`\b(?:report|case|police|court|complaint|fir|ob|docket|claim|charge|file)\b`;
const SOMEONES = String.raw`\b(?:her|his|their|she|he|client's|client)\b`;
const A_CASE_OF_SOMEONE = new RegExp(`${SOMEONES}[^\\n]*${A_CASE}|${A_CASE}[^\\n]*${SOMEONES}`);
// A plate as much of Asia writes it, a region's letters, digits, then letters, where a vehicle is spoken of: "B 4417
// KJT outside the karaoke place… Yes his car."
const LETTERS_DIGITS_LETTERS = /\b[A-Z]{1,2} \d{1,4} [A-Z]{2,3}\b/g;
// …and as Australia and New Zealand write one, letters then digits and a letter: "kept a log: CHR 93K, silver Corolla";
// set off as a plate is shown, not a part's model ("an ABC 12X filter").
const LETTERS_THEN_DIGITS_LETTER =
  /(?<=[:,(“"] ?|\b(?:plate|plates|rego|reads|says)\b ?)\b[A-Z]{2,3}[ -]?\d{2,3}[A-Z]{1,2}\b/g;
// Two or three capital letters, a space or dash, four digits: "ABC 1234", "KQ-2910" (not a word shouted before a count:
// "FINISHED MY 3000 SUPERVISED HOURS").
const LETTERS_DIGITS = /\b[A-Z]{2,3}[ -]\d{4}\b/g;
const SHOUTED_WORDS = new Set(
  "MY IN OF AT TO ON BY IS IT AN OR SO NO UP THE AND FOR ALL OUR HIS HER ARE WAS GOT HIT DID NOT YES OVER".split(" "),
);
const isAShoutedWord = (text: string, span: Span) =>
  SHOUTED_WORDS.has(text.slice(span.start, span.end).split(/[ -]/)[0] ?? "");

// A government form by its number, which everyone files: "DD-2807-1", "SF-86", "DS-2019".
const GOVERNMENT_FORM = /^(?:DD|SF|DS|DA|VA|PS|SSA|CMS|OPM|DHS)[ -]/;
// …not on a badge, a card or a plate: "His badge said PS 3390".
const A_BADGES = /\b(?:badge|id|plate|number|unit|car|license|licence|card|tag)\b[^.!?\n]{0,15}$/i;
const isGovernmentForm = (text: string, span: Span) =>
  GOVERNMENT_FORM.test(text.slice(span.start, span.end)) &&
  !A_BADGES.test(text.slice(Math.max(0, span.start - 30), span.start));

// Clinical codes and instruments that look like IDs: "PHQ 9", "CPT 9083", "ICD 10".
const CODE_PREFIXES = new Set([
  ..."cpt dsm icd phq gad pcl bdi bai gaf ace mmpi mmse moca asq cssrs sud mat hcpcs covid sars ptsd adhd".split(" "),
  ..."page pg room rm ste apt unit route rt hwy exit flight gate ch ext".split(" "),
]);
// A course by its department and three or four digits: "The course is PSY 7420", "I teach COUN 6100" (not a license's
// five: "PsyD, PSY 31207").
const COURSE = /^(?:psy|psyc|coun|cnsl|socw|cpsy|educ|nurs|stat|anth|phil|hist) ?\d{3,4}$/;
// …said of a course (not "her supervisor's license is PSY 8821", an older license's four digits).
const A_COURSE =
  /\b(?:course|courses|class|classes|seminar|section|syllabus|lecture|taught|teach|teaching|semester|enrolled|students|credits?)\b/;

const plates = whenAnyWord(["plate", "plates", "tag", "rego"], ({ text, folded }) => platesIn(text, folded));

export const records: Rule = (input) => [...numberedRecords(input), ...plates(input)];

const numberedRecords = whenDigits(({ text, folded, despaced }) =>
  [
    ...spansOf(NAMED, folded, "record-number").filter((span) => digitsIn(folded, span) >= 4),
    ...groupSpansOf(REFERENCE_IS, folded, "record-number").filter((span) => digitsIn(folded, span) >= 4),
    ...spansOf(IBAN, text, "record-number"),
    ...spansOf(IBAN_LOWER, text, "record-number"),
    ...groupSpansOf(DOCKET_SPACED, text, "record-number"),
    ...(SPACED_DIGITS.test(folded) ? spacedNamed(despaced()) : []),
    ...spansOf(SHIELD, folded, "record-number"),
    ...spansOf(LICENSE_NUMBER, folded, "record-number"),
    ...spansOf(LAST_DIGITS, folded, "record-number"),
    ...spansOf(MASKED, folded, "record-number"),
    ...spansOf(ID_SHAPED, folded, "record-number"),
    ...spansOf(UK_PLATE, folded, "record-number"),
    ...spansOf(GROUPED_ID, folded, "record-number").filter((span) => digitsIn(folded, span) >= 6),
    ...spansOf(MIXED_CAPS, text, "record-number").filter((span) => isMixed(text.slice(span.start, span.end))),
    ...spansOf(LETTERS_DIGITS, text, "record-number").filter(
      (span) => !isGovernmentForm(text, span) && !isAShoutedWord(text, span),
    ),
    ...spansOf(QUEBEC_HEALTH_CARD, text, "record-number"),
    ...spansOf(LETTERS_BETWEEN_DIGITS, text, "record-number"),
    ...spansOf(LETTERS_BESIDE_DIGITS, text, "record-number"),
    ...spansOf(SLASHED_REFERENCE, text, "record-number").filter((span) =>
      A_CASE_OF_SOMEONE.test(folded.slice(Math.max(0, span.start - 120), span.end + 120)),
    ),
    ...spansOf(CASE_REF_SLASHED, text, "record-number"),
    ...spansOf(CODICE_FISCALE_SPACED, folded, "record-number"),
    ...spansOf(NUMBER_OVER_YEAR, folded, "record-number").filter((span) => digitsIn(folded, span) >= 6),
    ...spansOf(NUMBER_OF_YEAR, folded, "record-number"),
    ...spansOf(A_NUMBER, text, "record-number"),
    ...spansOf(CPF, text, "record-number"),
    ...spansOf(DOMINICAN_CEDULA, text, "record-number"),
    ...spansOf(PROTECTIVE_ORDER, folded, "record-number").filter((span) =>
      A_COURT.test(folded.slice(Math.max(0, span.start - 200), span.end + 200)),
    ),
    ...[...spansOf(VIN, text, "record-number"), ...spansOf(PLATE_SHAPED, text, "record-number")].filter((span) =>
      A_VEHICLE.test(text.slice(Math.max(0, span.start - 160), span.start)),
    ),
    ...[
      ...spansOf(LETTERS_DIGITS_LETTERS, text, "record-number"),
      ...spansOf(LETTERS_THEN_DIGITS_LETTER, text, "record-number"),
    ].filter((span) => A_VEHICLE.test(text.slice(Math.max(0, span.start - 160), span.end + 160))),
    ...spansOf(THREE_THREES, text, "record-number").filter((span) =>
      SIN_SAID.test(text.slice(Math.max(0, span.start - 120), span.start)),
    ),
    ...spansOf(NI_NUMBER, text, "record-number"),
    ...spansOf(CAPITALS_THEN_DASHED, text, "record-number").filter(
      (span) =>
        digitsIn(folded, span) >= 6 &&
        !PHONE_OR_SSN_SHAPE.test(text.slice(span.start, span.end)) &&
        !/(?:19|20)\d\d-(?:19|20)?\d\d$/.test(text.slice(span.start, span.end)) &&
        !isARange(text.slice(span.start, span.end)),
    ),
    ...spansOf(CODE_THEN_GROUPS, text, "record-number").filter(
      (span) => !PHONE_OR_SSN_SHAPE.test(text.slice(span.start, span.end)),
    ),
  ].filter((span) => !isClinicalCode(folded, span) && !endsInYear(folded, span)),
);

/** "LPC 2019", "CBT 2024": letters then a year are a date, not an ID. */
const endsInYear = (folded: string, span: Span) =>
  /(?:^|[^\d-])(?:19|20)\d\d$/.test(folded.slice(span.start, span.end)) && digitsIn(folded, span) === 4;

/**
 * Plates beside "plate": with a digit, or written in capitals as vanity plates are ("plate GRIEFNT", "the CAPNJOZ
 * plate", not "the BLUE plate special"), so "my plate is full" and "the dinner plate" are not one.
 */
function platesIn(text: string, folded: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [PLATE, PLATE_SPACED, PLATE_BEFORE]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
      // The plate is the first group, or (before "plate", in quotes) the second.
      const group = match[1] === undefined && match[2] !== undefined ? 2 : 1;
      const [start, end] = match.indices?.[group] ?? [
        match.index + match[0].length - (match[group] ?? "").length,
        match.index + match[0].length,
      ];
      const plate = (match[group] ?? "").replace(/[ -]/g, "");
      const written = text.slice(start, end).replace(/[ -]/g, "");
      const before = pattern === PLATE_BEFORE;
      // Before "plate", a number is a plate's only mixed with letters (not "the 45lb plates", "the 2019 plates", "a
      // 9x13 plate"), and capitals only as a vanity plate's: five letters at least and no word, brand or acronym ("the
      // BLUE plate special", "the IKEA plates", "the USDA plate handout"); after "plate says", either.
      // Spelled out a character at a time, letters and three digits at least: not a plate's size ("the dinner plate is a
      // 9 x 9") nor a lab's plates ("plate 1 2 3 4").
      const spaced = pattern === PLATE_SPACED;
      const numbered =
        /\d/.test(plate) &&
        (!before || (/[a-z]/.test(plate) && !MEASURE_OR_ORDINAL.test(plate))) &&
        (!spaced || ((plate.match(/\d/g)?.length ?? 0) >= 3 && /[a-z]/.test(plate)));
      const named = before ? /^[A-Z]{5,}$/.test(written) && !isAWord(plate) : /[A-Z]{4}/.test(written);
      // A tag that says a word is a label's ("the price tag said SALE"); a vanity plate's letters are no word ("a tag that
      // said DAWGMOM").
      const aTagsWord = match[0].startsWith("tag ") && !/^tag (?:number|no|#)/.test(match[0]) && isAWord(plate);
      const vanity = written === written.toUpperCase() && named && !aTagsWord;
      if ((numbered || vanity) && plate.length >= 4)
        spans.push({ rule: "record-number", start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

// "the 45lb plates", "a 9x13 plate", "her 1950s plates", "the 10th plate": sizes, decades and ordinals, not plates.
const MEASURE_OR_ORDINAL = /^\d+(?:x\d+|lbs?|kg|g|oz|in|cm|mm|s|th|st|nd|rd)$/;
/** "IQ 110-120", "LSAT 160-165", "SB 2024-117": a range of scores, or a year's numbering, not one number. */
function isARange(written: string): boolean {
  const groups = written.match(/\d+/g) ?? [];
  if (groups.length !== 2) return false;
  const [low = "", high = ""] = groups;
  return (low.length === high.length && Number(high) > Number(low)) || /^(?:19|20)\d\d$/.test(low);
}
const isAWord = (word: string) => lexicons().english.has(word) || lexicons().safe.has(word);

const digitsIn = (folded: string, span: Span) => folded.slice(span.start, span.end).replace(/\D/g, "").length;

/**
 * Letters and digits interleaved ("7KQM291"), not a word with a number on the end ("COVID19", "MP3"), nor the queer
 * community's letters with two-spirit's "2S" among them ("LGBTQIA2S", "2SLGBTQI").
 */
const isMixed = (token: string) =>
  /\d[A-Z]+\d|[A-Z]\d+[A-Z]/.test(token) && !/^(?:19|20)\d\d[A-Z]{1,2}$/.test(token) && !/LGBT/.test(token);

function isClinicalCode(folded: string, span: Span): boolean {
  const token = folded.slice(span.start, span.end);
  const prefix = /^[a-z]+/.exec(token)?.[0];
  return (
    (prefix !== undefined && CODE_PREFIXES.has(prefix) && !/\d[a-z]/.test(token)) ||
    (COURSE.test(token) && A_COURSE.test(folded.slice(Math.max(0, span.start - 60), span.end + 60)))
  );
}
