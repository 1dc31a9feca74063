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

export const names: Rule = whenAnyWord([...PEOPLE, ...HONORIFICS, ...NAMING], ({ text }) => [
  ...candidates(text, AFTER_PERSON),
  ...candidates(text, NAMED),
  ...candidates(text, HONORIFIC, true),
]);

function candidates(text: string, pattern: RegExp, titled = false): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (!name) continue;
    const words = name.split(" ").map((word) => word.replace(/['’]s$/, ""));
    const first = words[0] ?? "";
    if (NOT_NAMES.has(first)) continue;
    if (words.some((word) => FAMOUS.has(word))) continue;
    // After a title the name is the point; after "client" only a plausible name counts.
    const start = titled ? match.index : match.index + match[0].length - name.length;
    spans.push({ rule: "client-name", start, end: match.index + match[0].length });
  }
  return spans;
}
