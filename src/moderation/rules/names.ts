import { type Rule, type Span, whenAnyWord } from "./rule";

/**
 * Personal names in a client context: "my client Sarah", "patient Daniel
 * Okafor", "Mr. Abernathy", "a boy named Leo", "client J.D.". A capitalized
 * word elsewhere is not a name to this rule: names of famous clinicians
 * ("Carl Rogers") and ordinary capitalized words pass.
 */

const PEOPLE = [
  "client",
  "clients",
  "patient",
  "patients",
  "kid",
  "kiddo",
  "teen",
  "teenager",
  "adolescent",
  "boy",
  "girl",
  "man",
  "woman",
  "guy",
  "lady",
  "son",
  "daughter",
  "husband",
  "wife",
  "partner",
  "boyfriend",
  "girlfriend",
  "fiance",
  "fiancee",
  "mom",
  "mother",
  "dad",
  "father",
  "brother",
  "sister",
  "grandmother",
  "grandfather",
  "grandma",
  "grandpa",
  "student",
  "veteran",
  "counselee",
  "child",
  "toddler",
  "baby",
  "resident",
  "inmate",
  "supervisee",
];

const NAME = "[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?";
const INITIALS = "[A-Z]\\.(?: ?[A-Z]\\.)?(?![A-Za-z])";
const CAPITALIZED_OR_NOT = (word: string) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`;
const PERSON = `(?:${PEOPLE.map(CAPITALIZED_OR_NOT).join("|")})`;

const AFTER_PERSON = new RegExp(`\\b${PERSON}(?:'s)?,? (?:named |called )?(${NAME}|${INITIALS})`, "g");
const HONORIFIC = new RegExp(`\\b(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Prof)\\.? (${NAME})`, "g");
const NAMED = new RegExp(`\\b(?:named|name is|name was|goes by|went by) (${NAME})`, "g");

// Capitalized words that follow "my client" without being a name.
const NOT_NAMES = new Set(
  `I I'm I've I'd I'll A An The This That These Those He She They We You It His Her Their Our My Your Its But And So Or
  Then When While After Before Because Though Although If As At In On Of For To From With Without Today Yesterday
  Tomorrow Tonight Now Later Last Next Every Each Some All Both Who What Why How Where Which Yes No Not Just Also Still
  Even Again Once Later Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Christmas Thanksgiving Easter Halloween God Jesus Lord Zoom Teams
  Medicaid Medicare English Spanish Black White Asian Latino Latina Latinx Hispanic Jewish Muslim Christian Catholic
  American Canadian Mexican Dad Mom Mum Grandma Grandpa Thank Thanks Please Sorry Hello Hi Ok Okay Wow Oh Mostly Usually
  Sometimes Often Honestly Really Actually Basically Mainly Especially Obviously Apparently Clearly Probably Maybe
  Perhaps Many Most Few Several Anyway Somehow Like Here There`.split(/\s+/),
);

// Clinicians and authors people quote. A quote from Carl Rogers is welcome.
const FAMOUS = new Set(
  `Rogers Yalom Freud Jung Adler Beck Ellis Linehan Winnicott Bowlby Frankl Maslow Perls Satir Minuchin Gottman
  Erikson Erickson Horney Klein Kohut Kernberg Fromm Bandura Skinner Pavlov Seligman Siegel Porges Herman Miller
  Rollnick Hayes Shapiro Kabat-Zinn Levine Brown Neff Germer Johnson Schwartz Bowen Haley Kübler-Ross Lerner Kolk
  Phil Seuss Spock Ruth Who Perry Hanson Hendrix Tatkin Wolpe Glasser Berne Kernberg Laing Sullivan Reich Lacan Piaget
  Vygotsky Ainsworth Main Fonagy Bateman Greenberg Mitchell Stern Tronick Stolorow Ogden Bion Fairbairn Mahler`.split(
    /\s+/,
  ),
);

const HONORIFICS = ["mr", "mrs", "ms", "mx", "miss", "mister", "dr", "prof"];
const NAMING = ["named", "name", "goes", "went"];

// Each pattern is read only when the text has a word it needs: most posts say "client", few say "named".
const afterPerson = whenAnyWord(PEOPLE, ({ text }) => candidates(text, AFTER_PERSON));
const named = whenAnyWord(NAMING, ({ text }) => candidates(text, NAMED));
const titled = whenAnyWord(HONORIFICS, ({ text }) => candidates(text, HONORIFIC, true));

export const names: Rule = (input) => [...afterPerson(input), ...named(input), ...titled(input)];

function candidates(text: string, pattern: RegExp, titled = false): Span[] {
  const spans: Span[] = [];
  // exec() on the shared pattern, not matchAll(), which copies it on every call.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const name = match[1];
    if (!name) continue;
    if (!isPlausibleName(name)) continue;
    // After a title the name is the point; after "client" only a plausible name counts.
    const end = match.index + match[0].length;
    spans.push({ rule: "client-name", start: titled ? match.index : end - name.length, end });
  }
  return spans;
}

/** Not a word that merely follows "my client" ("Then", "Today"), and no famous clinician's name. */
function isPlausibleName(name: string): boolean {
  const space = name.indexOf(" ");
  const first = withoutPossessive(space < 0 ? name : name.slice(0, space));
  if (NOT_NAMES.has(first) || FAMOUS.has(first)) return false;
  return space < 0 || !FAMOUS.has(withoutPossessive(name.slice(space + 1)));
}

const withoutPossessive = (word: string) => (word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word);
