import { watch } from "../words";
import { anyOf, gated, type Rule, spansOf, whenAnyWord } from "./rule";

/**
 * Ages over 89, which HIPAA Safe Harbor asks to be given only as "90 or
 * older": "94-year-old", "aged 92", "turns 100", "94 years young", "her 95th
 * birthday", and a person said to be that old, "my oldest client is 94",
 * "she's ninety-one", "a man who's 93". "90 days", "a limit of 100" or "90% sure" are not ages.
 */

const OVER_89 = "(?:9\\d|1[01]\\d)";
// (not "four hundred", no one's age: "I felt about four hundred years old")
const NINETIES_IN_WORDS =
  "(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a |one )?(?<!\\b(?:two|three|four|five|six|seven|eight|nine|ten|several|few|many) )hundred(?: and \\w+)?)";
const AGE_OVER_89 = `(?:${OVER_89}|${NINETIES_IN_WORDS})`;
const NINETIES_ORDINAL =
  "(?:9\\d(?:st|nd|rd|th)|1[01]\\d(?:st|nd|rd|th)|ninetieth|ninety-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one )?hundredth)";

// Who an age is said of: a pronoun or a person word, then "is", "was" or "'s".
const PERSON =
  "(?:she|he|they|client|patient|pt|member|one|someone|participant|attendee|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|granny|abuela|abuelo|abuelita|abuelito|nonna|nonno|avó|avô|husband|wife|widow|widower|man|woman|lady|gentleman|veteran|aunt|uncle|neighbor|neighbour|resident|(?<!\\bat )(?:referral|intake|admission)|caller|guy|dude|gal|fella|fellow|bloke|gent|person|sister|brother|friend|partner|parishioner|congregant|tenant|retiree|elder|survivor|tutu|kupuna|kuia|kaumatua|nana|nan|lola|lolo|bubbe|bubby|zayde|dadi|nani|halmoni|auntie|aunty)";
// What may follow an age that ends a thought: not a unit ("94 percent", "90 days").
// …or what they are doing at it: "dad is 93 caring for his 60yo son".
const AGE_END =
  "(?=[.,;:!?)]|$| (?:and|but|now|so|this|next|last|in|on|with|who|whose|when|going|today|or|years?|[a-z]{3,}ing)\\b)";

// The years someone was born in who is ninety or more this year, as a pattern: "18\d\d|19[0-2]\d|193[0-6]" in 2026.
const BIRTH_YEARS_OVER_89 = yearsUpTo(new Date().getUTCFullYear() - 90);

function yearsUpTo(last: number): string {
  const decade = Math.floor(last / 10);
  const earlierDecades = decade % 10 === 0 ? "" : `19[0-${(decade % 10) - 1}]\\d|`;
  return `18\\d\\d|${earlierDecades}${decade}[0-${last % 10}]`;
}

const NINETIES = watch(["ninety", "hundred", "ninetieth", "hundredth"]);

const AGE = anyOf(
  [
    `\\b${AGE_OVER_89}(?:[- ]?years?[- ]?(?:old|young)|[- ]?yrs?[- ]?old|[- ]?y\\/?o\\b|-year-old)`,
    `\\bage[ds]? (?:of )?${AGE_OVER_89}\\b`,
    // "one of my folks, 94 and sharp as a tack": one of the author's people, then their age set off (a person's own word
    // is read below: "the cribbage guy, ninety-six, widower")
    `\\b(?:folks|ladies|gents|regulars|people), ${AGE_OVER_89}\\b${AGE_END}`,
    // "a man of ninety-one", "a woman of 94": a person described by the age
    `\\b(?:man|woman|lady|gentleman|widow|widower|person|client|patient|veteran|grandmother|grandfather) of ${AGE_OVER_89}\\b${AGE_END}`,
    `\\b(?:turn(?:ed|s|ing)?|became|becomes|reached|hit|will be|'ll be|is going to be) ${AGE_OVER_89}\\b${AGE_END}`,
    `\\b${NINETIES_ORDINAL} birthday\\b`,
    // "At ninety-three she's decided to learn to swim", "At 94, he finally told": the age someone does something at
    // (not "at 90, they said")
    `\\bat ${AGE_OVER_89},? (?:she|he)\\b`,
    // "Happy 101st to my favourite tuesday 2pm", "Happy 95th to the sharpest woman on my caseload" (not "to our group")
    `\\bhappy ${NINETIES_ORDINAL},? to (?:my|the)\\b`,
    // "she's ninety-one", "a man who's ninety-three"
    // …and typed without the apostrophe: "a client whos 94 and sharper than all of us"
    `\\b${PERSON}(?: there| here)?(?:(?: who| that)?(?:'s| is| was| just turned)| whos| thats)(?: (?:now|only|almost|nearly|about))? ${AGE_OVER_89}\\b${AGE_END}`,
    // "my favourite person on the list is ninety-six and has opinions", "The woman I saw was ninety-six": an age spelled
    // out, said of someone when in the past (not "the heat index was ninety-five")
    `\\b(?:is|turned|turns) ninety-(?:one|two|three|four|five|six|seven|eight|nine)\\b${AGE_END}`,
    `\\b(?:person|woman|man|lady|gentleman|resident|client|patient|regular)\\b[^.!?\\n]{0,30}\\bwas ninety-(?:one|two|three|four|five|six|seven|eight|nine)\\b${AGE_END}`,
    // "Ninety-four and just learning to say 'I'm angry'", "96, sharp as anything": a sentence that opens with the age
    // (not a number that goes on: "One hundred and twelve." after a session's count)
    `(?:^|[.!?]\\s+)${AGE_OVER_89}(?: years old)?(?:,| and(?! (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b)| now| this)(?=\\s)`,
    // "Gogo is 93.", "Bà nội is 96 and her grandson brings her": a sentence that opens with someone, by whatever word the
    // author calls them, and their age (not "It is 95 out", "Today is 90 degrees")
    `(?:^|[.!?]\\s+)(?!(?:it|it's|this|that|today|tonight|tomorrow|there|here|the|a|an|my|our|his|her|their|which|what|who|everything|nothing|rent|room|page|route|highway|chapter|score|temp|new|old|oldest|young)\\b)[^\\s.!?,;:]+(?: [^\\s.!?,;:]+)? is (?:now |only |almost |nearly )?${AGE_OVER_89}\\b${AGE_END}(?! (?:degrees|percent|minutes|days|miles|mph)\\b)`,
    // "ninety in December": an age reached on a coming date
    `\\b${NINETIES_IN_WORDS} (?:in|this|next|come) (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|spring|summer|fall|autumn|winter|week|month|year)\\w*\\b`,
    // "hes 97, sharp as a tack": typed without the apostrophe
    `\\b(?:hes|shes|theyre) (?:now |only |almost |nearly |about )?${AGE_OVER_89}\\b${AGE_END}`,
    // "A woman I see, born in 1929, came to therapy", "she was born in 1931": a birth year that makes someone over 89
    // this year (not a figure's: "Carl Rogers was born in 1902")
    `\\bborn(?<=(?:(?<!\\bmy (?:[\\w-]+ )?(?:grandmother|grandfather|grandma|grandpa|granny|nan|gran|nana|mother|father|mom|mum|dad|aunt|uncle)), |\\b(?:she|he|who|they|client|patient|man|woman|lady|gentleman|resident|veteran)(?: was| were)? )born) (?:in )?(?:${BIRTH_YEARS_OVER_89})\\b(?!s)`,
    // "One of the residents is 96 and heckles": one of a group the author sees, and their age
    `\\bone of (?:my|our|the|his|her) (?:[\\w'-]+ )?(?:residents|clients|patients|members|ladies|gentlemen|men|women|veterans|regulars|folks|elders|grandparents|parishioners|congregants|tenants|attendees|participants|widows|survivors|neighbors|neighbours|retirees)(?: [\\w'-]+){0,4} (?:is|was|just turned|turns) ${AGE_OVER_89}\\b${AGE_END}`,
    // "my oldest is 103", "my oldest client turned 97"
    `\\b(?:my|our|the) oldest(?: \\w+)? (?:is|was|just turned|turns) ${AGE_OVER_89}\\b${AGE_END}`,
    // …with more words when a person is meant (not "our oldest building on campus was 110")
    `\\b(?:my|our|the) oldest (?:client|patient|resident|member|lady|gentleman|attendee|participant|congregant|parishioner|veteran|regular)(?! (?:in|on) (?:the )?(?:world|record|history|country)\\b)(?: [\\w'-]+){1,5} (?:is|was|just turned|turns) ${AGE_OVER_89}\\b${AGE_END}`,
    // "oldest tutu on my caseload is 97": the oldest one the author sees, whatever the word for them
    `\\boldest(?: [\\w'-]+){1,3} (?:on|in) (?:my|our|the) (?:caseload|list|roster|panel|books|group|unit|ward|practice|program|programme|census) (?:is|was|just turned|turns) ${AGE_OVER_89}\\b${AGE_END}`,
    // "Retired nurse, 97, fired her therapists", "the cribbage guy, ninety-six, widower": an age between commas after a
    // person
    `\\b(?:${PERSON}|nurse|teacher|veteran|farmer|doctor|pastor|widow|widower|retiree|survivor|grandmother|great-grandmother|[a-z]+er), ${OVER_89},`,
    `\\b(?:${PERSON}|guy|gal|fellow|nurse|teacher|farmer|doctor|pastor|retiree|survivor|great-grandmother), ${NINETIES_IN_WORDS},`,
    // "the man i see, ninety-one and still sharp as anything": an age set off after whom the author sees
    `\\b(?:${PERSON}|guy|gal|fellow) (?:i|we) (?:see|saw|visit|visited|work with|worked with|counsel|treat)(?: every \\w+| weekly| monthly)?, ${AGE_OVER_89}(?:,| and\\b)`,
  ],
  "gm",
);

const agesInEnglish: Rule = gated(
  "a digit or a spelled ninety or hundred",
  (input) => input.words.hasDigit || input.words.hasAny(NINETIES),
  ({ folded }) => spansOf(AGE, folded, "age-over-89"),
);

// The same said in Spanish, a pattern of its own read only where Spanish says ninety or a hundred: "She's noventa y
// tres", "Mi abuela tiene noventa y cuatro años".
const IN_SPANISH = "(?:noventa(?: y (?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien(?:to \\w+)?)";
const AGE_IN_SPANISH = new RegExp(
  `\\b${PERSON}(?: who| that)?(?:'s| is| was| just turned)(?: (?:now|only|almost|nearly|about))? ${IN_SPANISH}\\b${AGE_END}|\\btiene ${IN_SPANISH} años\\b`,
  "g",
);
const agesInSpanish = whenAnyWord(["noventa", "cien", "ciento"], ({ folded }) =>
  spansOf(AGE_IN_SPANISH, folded, "age-over-89"),
);

// …and in French, the nineties said with the years after them: "Quatre-vingt-onze ans, sharp as a tack".
const AGE_IN_FRENCH =
  /(?<!\blived to )\bquatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf) ans\b/g;
const agesInFrench = whenAnyWord(["quatre"], ({ folded }) => spansOf(AGE_IN_FRENCH, folded, "age-over-89"));

// A birth year ninety years back or more says an age over 89: "He was born in 1931 and has outlived two wives" (of someone
// the post is about, not "Carl Rogers was born in 1902"). The year is read against the year the post is written in.
// So does a sentence that opens with the year, its century left off as people say it: "Born in '31, she reminds me
// every session" (a year past this one's two digits is last century's).
const BORN_IN = new RegExp(
  `(?:\\b${PERSON}(?: who)? (?:was|were|'s|is) |(?:^|[.!?]\\s+))born in (?:1[89]\\d\\d|'\\d\\d)\\b`,
  "gm",
);
const oldestBirthYear = () => new Date().getUTCFullYear() - 90;

const bornOver89: Rule = whenAnyWord(["born"], ({ folded }) =>
  spansOf(BORN_IN, folded, "age-over-89").filter(
    (span) => yearSaid(folded.slice(span.start, span.end).split(" ").at(-1) ?? "") <= oldestBirthYear(),
  ),
);

/** "1931" is 1931; "'31" is 1931 and "'05" is 2005, as this century has not reached 31. */
function yearSaid(said: string): number {
  if (!said.startsWith("'")) return Number(said);
  const twoDigits = Number(said.slice(1));
  const thisYear = new Date().getUTCFullYear();
  const century = thisYear - (thisYear % 100);
  return twoDigits > thisYear % 100 ? century - 100 + twoDigits : century + twoDigits;
}

export const ages: Rule = (input) => [
  ...agesInEnglish(input),
  ...agesInSpanish(input),
  ...agesInFrench(input),
  ...bornOver89(input),
];
