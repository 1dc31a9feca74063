import { lexicons } from "../lexicons";
import type { Token } from "../words";
import { indexAt, isAside, speaksOfAPet } from "./asides";
import { Headings, HONORIFICS, NICKNAME_SIZES, sentenceAround } from "./proper-nouns-text";
import { gated, groupSpansOf, type Rule, type RuleInput, type Span, spansOf, whenAnyWord } from "./rule";

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

const AFTER_PERSON = new RegExp(`\\b${PERSON}(?:'s)?,? (?:named |called )?["“'‘]?(${NAME}|${INITIALS})`, "dg");
// "my client AT keeps asking": initials in capitals after a person, unless an acronym the safe list knows ("my client's
// OCD").
const INITIALS_AFTER_PERSON = new RegExp(`\\b${PERSON}(?:'s)?,? ([A-Z]{2,3})(?![\\w'’.])`, "dg");
// "Mr. Okafor", "Mrs. K.", and an initial with no dot: "Mrs. K brought me pierogi", "Mr V and his wife"; after a title of work or faith, an initial ("Coach P."), as a name after one is the
// proper-noun rule's to weigh ("Officer Training" is no one).
const HONORIFIC = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Prof|(?:Coach|Pastor|Deacon|Officer|Rabbi)(?=\\.? [A-Z](?:\\.|[\\s,;:!?)]|$)))\\.? (${NAME}|[A-Z](?:\\.(?![A-Za-z])|(?=[\\s,;:!?)]|$)))`,
  "dg",
);
// "named Leo", "goes by \"Tiny\"", "insists everyone call him \"Bubba\"", "the kid everyone calls \"Ghost\"", "the kid the
// whole unit calls Spider", "the fella they call Smokey".
const NAMED = new RegExp(
  `\\b(?:named|name is|name was|goes by|went by|nicknamed|known as|to be called|introduced (?:herself|himself|themselves|themself) as|call(?:s|ed)? (?:him|her|them|me)|calls(?= ["“']| (?!(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)days?\\b)[A-Z])|(?:they|everyone|everybody|people|we|folks) (?:all )?call(?= ["“']| [A-Z]))[ ]["“']?(${NAME})`,
  "dg",
);
// A nickname the text says is one: "Peaches, which is what everyone calls her", "\"Sully\" — that's what he makes
// everyone call him", "Bubba (he insists)", "Spud, as everyone at the depot calls him", "Little Bean (her grandma's name
// for her)", "Smiley (his words, not mine)", "Sarge — his word, twenty years in the Army".
const NICKNAME = new RegExp(
  `(?:^|[^\\p{L}])["'‘“]?(${NAME})["'’”]?,?["'’”]? (?:[—–-] |\\()?(?:(?:(?:which|that)(?:'s| is)|is) what [^.!?\\n]{0,50}?\\b(?:calls?|called|calling) (?:him|her|them)|(?:as )?(?:he|she|they) (?:insists|insisted|prefers|likes to be called)|as (?:everyone|everybody|people|they|we|the [\\w-]+)(?: [\\w ]{0,25}?)? calls? (?:him|her|them)|(?:his|her|their) (?:own )?words?\\b|(?:his|her|their) [\\w'’]+ name for (?:him|her|them)\\b|(?:(?:yes|no|honestly|really),? )?(?:(?:that's|that is|it's|it is) )?(?:genuinely |really |actually |truly |literally )?what [^.!?\\n)]{0,50}?\\b(?:calls?|called|calling) (?:him|her|them)|(?:(?:yes|no|honestly),? )?(?:that's|that is|it's|it is) (?:really |actually |genuinely |truly |legally )?(?:his|her|their) (?:real |actual |legal |given |first |birth )?name|is (?:really |actually |legally )?(?:his|her|their) (?:(?:real|actual|legal|given|first|birth|full) ){0,2}name(?! for\\b)|(?:he|she|they)(?:'s| is| are)\\b[^)]{0,30}\\))`,
  "dgu",
);

// What only a person does, which makes the word before someone: "'Mad Mick' from the footy club has cancelled".
const PERSON_DEEDS =
  "cancell?ed|no-showed|cried|brought|came in|showed up|turned up|walked out|stormed out|relapsed|disclosed";

// A quoted name that opens a sentence and is then someone: "'Tiny' is a 6'5 biker I see for grief and he cried", "'Mad
// Mick' from the footy club has cancelled three times", "\"Smokey\" — the guys at the firehouse gave him that name".
// Not a quoted word that is talked about ("'Ruminating' means nothing to him", "'Attached' by Levine and Heller").
const QUOTED_NICKNAME = new RegExp(
  `(?:^|[.!?]\\s+)["'‘“](${NAME})["'’”](?:,| [—–-]| is (?:a|an|the|my)\\b| from (?:the|my|our)\\b| \\()[^.!?\\n]{0,100}?\\b(?:he|his|him|she|her|who|${PERSON_DEEDS})\\b`,
  "dg",
);

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
  Perhaps Many Most Few Several Anyway Somehow Like Here There Day Day's`.split(/\s+/),
);

const NAMING = ["named", "name", "goes", "went", "nicknamed", "known", "called", "call", "calls", "introduced"];
const NICKNAMING = "call calls called calling insists insisted prefers he she they he's she's they're words name".split(
  " ",
);

// Each pattern is read only when the text has a word it needs: most posts say "client", few say "named".
const afterPerson = whenAnyWord(PEOPLE, (input) => [
  ...candidates(input, AFTER_PERSON, false, true).filter((span) => !isHeadingsStyle(input, span)),
  ...candidates(input, INITIALS_AFTER_PERSON),
]);
const named = whenAnyWord(NAMING, (input) => candidates(input, NAMED, false, true));
const titled = whenAnyWord(HONORIFICS, (input) => candidates(input, HONORIFIC, true));
const nicknamed = whenAnyWord(NICKNAMING, (input) => candidates(input, NICKNAME, false, true));
const quotedNickname = gated(
  "a quotation opening with a capital",
  ({ text }) => /["'‘“][A-Z]/.test(text),
  (input) => candidates(input, QUOTED_NICKNAME, false, true).filter((span) => isNameLike(input.text, span)),
);

/**
 * A quoted word that could be what someone is called ("Tiny", "Tank", "Chief", "Smokey"), not a word talked about: an
 * abstract noun ("'Resilience' is…", "'Boundaries', she said") or one the sentence calls a word ("is a word my
 * supervisor overuses").
 */
function isNameLike(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).toLowerCase().split(" ");
  if (words.some((word) => NICKNAME_SIZES.has(word) || lexicons().firstNames.has(word))) return true;
  return !words.some((word) => ABSTRACT.test(word)) && !CALLED_A_WORD.test(text.slice(span.end, span.end + 40));
}
const ABSTRACT = /(?:ness|ity|ence|ance|ism|tion|sion|ment|ship|ies|work|care)$/;
const CALLED_A_WORD =
  /^["'’”]?,? (?:is|was|are) (?:a|an|the|my) (?:\w+ )?(?:word|term|phrase|concept|buzzword|label|thing)\b/;

// "J.R. relapsed after eleven months", "a consult about A.K.", "a.b.t. has missed three Thursdays": initials stand
// for someone, in capitals or not; "U.S.", "8 A.M.", "e.g." and degrees do not.
// …a surname's "Mc", "Mac" or "O'" kept in them too: "J.McG. cancelled by text".
const DOTTED_INITIALS = /(?<![\w.])[A-Z]\.(?:Mc|Mac|O['’])?[A-Z]\.(?:[A-Z]\.)?(?![\w.])/gi;
const NOT_INITIALS = new Set(
  `U.S. U.K. U.N. E.U. D.C. L.A. N.Y. N.J. N.C. S.C. A.M. P.M. P.S. B.A. B.S. M.A. M.S. M.D. D.O. R.N. N.P. P.A. E.R.
  I.E. E.G. N.B. V.S. C.V. Q.V. W.R.T. O.K. T.V. A.A. N.A. R.I.P. D.O.B. E.T.A. D.B.T. C.B.T. A.D.D. O.C.D. F.B.I. C.I.A. U.S.A. A.K.A. B.C. A.D.`.split(
    /\s+/,
  ),
);
const initials = gated(
  "two initials with dots",
  (input) => /[A-Z]\.(?:Mc|Mac|O['’])?[A-Z]\./i.test(input.text),
  ({ text }) =>
    spansOf(DOTTED_INITIALS, text, "proper-name").filter(
      (span) =>
        !NOT_INITIALS.has(text.slice(span.start, span.end).toUpperCase()) &&
        !/\d ?$/.test(text.slice(Math.max(0, span.start - 2), span.start)) &&
        !isPublicFiguresInitials(text, span) &&
        !isSpelledOutInThePost(text, span),
    ),
);

/**
 * Initials the post spells out in words that name no one (in lower case): "I wrote HV for home visit and H.V. in three
 * places" (not "J.R. for John Ross").
 */
function isSpelledOutInThePost(text: string, span: Span): boolean {
  const letters = text.slice(span.start, span.end).replaceAll(".", "");
  const words = [...letters.toLowerCase()].map((letter) => `${letter}[a-z]+`).join(" ");
  const initials = [...letters].map((letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`).join("\\.?");
  return new RegExp(`\\b${initials}\\.?,? (?:for|=|means|is short for|short for|stands for) ${words}\\b`).test(text);
}

/** Initials before a public figure's surname: "Reading R.D. Laing again", "C.S. Lewis". */
function isPublicFiguresInitials(text: string, span: Span): boolean {
  const initials = text.slice(span.start, span.end).toLowerCase();
  const surname = /^ (\p{Lu}[\p{L}'-]+)/u.exec(text.slice(span.end, span.end + 30))?.[1]?.toLowerCase() ?? "";
  const { famous } = lexicons();
  return famous.has(surname) || famous.has(`${initials} ${surname}`);
}

// "whether J. Two Crows got his bed", "saw R. Lightfoot today", 'filled the referral as "M. Okafor-Reyes, self-pay"':
// an initial and a surname inside a sentence, whatever the surname is as a word. Not a letter that ends a sentence ("went with option B. Then", "Tired with a capital T.
// Going to bed", "Neither did I. Best session"): "I", or a letter after a word that takes one, is no initial.
const INITIAL_AND_SURNAME =
  /(?<=\b([a-z]+),? ["“]?)(?!I\.)[A-Z]\. ([A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?: [A-Z][a-z'’-]+)?)/dg;
const TAKES_A_LETTER = new Set(
  `plan option vitamin type grade part section exhibit appendix figure column row step phase tier level class group
  team wing building floor room unit ward bay gate hall block lot zone track route channel box question item letter
  the a an and or version model size cluster axis schedule form line capital small big little large red green blue
  suite pod bed area door desk station tower court lane bus car seat
  black white bold lowercase uppercase lower upper`.split(/\s+/),
);
const SOMEONE_DOES =
  /^ (?:isn't|is|was|wasn't|has|hasn't|had|said|came|left|called|texted|cancelled|canceled|missed|finally)\b/;
const initialAndSurname = gated(
  "an initial and a capital after it",
  (input) => /[A-Z]\. [A-Z]/.test(input.text),
  (input) =>
    Array.from(input.text.matchAll(INITIAL_AND_SURNAME)).flatMap((match) => {
      const [, before = "", surname = ""] = match;
      // "and T. Ostler isn't on my caseload": after "and", a letter that is someone's, doing something.
      const someones = before === "and" && SOMEONE_DOES.test(input.text.slice(match.index + match[0].length));
      if ((TAKES_A_LETTER.has(before) && !someones) || !isPlausibleName(surname, false)) return [];
      const end = match.index + match[0].length;
      // In quotes an initial and a surname are a record's or a form's, not a title's words.
      return isAside(input, match.index, end, false) ? [] : [{ rule: "proper-name" as const, start: match.index, end }];
    }),
);

// "Sunshine from the Wednesday DBT skills group, and yes that's what everybody calls her": the sentence goes on to say
// its name is what someone is called. The name is its first capitalized word that no list has for anything else.
const CALLED_SO_AFTER =
  /\b(?:that's|thats|that is|which is) what (?:everybody|everyone|we all|they all|people|folks|the (?:whole )?[a-z]+) (?:calls?|called) (?:her|him|them)\b/g;
const CAPITALIZED = /(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu;
// Words that open a sentence before anyone is named: "Honestly, Tank…", "So Bubba…".
const OPENERS = new Set("so and but then today yesterday also well yes okay ok anyway now oh".split(" "));

const calledSoAfter = whenAnyWord(["calls", "call", "called"], ({ text, folded }) =>
  spansOf(CALLED_SO_AFTER, folded, "client-name").flatMap((called) => {
    const [start] = sentenceAround(text, called.start);
    for (const word of text.slice(start, called.start).matchAll(CAPITALIZED)) {
      const written = word[0].replace(/['’]s$/, "");
      const lower = written.toLowerCase();
      if (written === written.toUpperCase() || OPENERS.has(lower) || /ly$/.test(lower) || lexicons().safe.has(lower))
        continue;
      const at = start + word.index;
      return [{ rule: "client-name" as const, start: at, end: at + written.length }];
    }
    return [];
  }),
);

// An Irish surname by its particle, whatever its name is to the lists: "Paddy Ó Briain asked me", "Aoife Ní Bhriain".
const IRISH_SURNAME = /(?:^|[^\p{L}])((?:Ó|Ní|Uí) \p{Lu}[\p{Ll}'’]+)/dgu;
const irishSurname = gated(
  "an Irish surname's particle",
  ({ text }) => /(?:Ó|Ní|Uí) /.test(text),
  ({ text }) => groupSpansOf(IRISH_SURNAME, text, "proper-name"),
);

// "Hank G relapsed again", "saw Dana K today": a first name and a surname's initial without its dot (not "Malcolm X").
// …or with it, inside a sentence: "stop letting Gemma R. run the clock down".
const NAME_AND_INITIAL = /\b(\p{Lu}\p{Ll}[\p{Ll}'’-]+ [A-Z](?:\.(?= \p{Ll}))?)(?![\p{L}\d.'’&-]| \p{Lu})/dgu;
const nameAndInitial = gated(
  "a capital alone after a word",
  ({ text }) => / [A-Z](?![\p{L}\d'’&-])/u.test(text),
  ({ text }) =>
    groupSpansOf(NAME_AND_INITIAL, text, "proper-name").filter(({ start, end }) => {
      const [first = "", letter = ""] = text.slice(start, end).toLowerCase().replace(".", "").split(" ");
      const { firstNames, commonEnglish, safe, famous } = lexicons();
      // A name the safe list has for a character or a place is someone's where an initial and its dot follow: "Moana B.
      // rang in sobbing" (a character has no surname's initial).
      const initialled = text.charAt(end - 1) === ".";
      return (
        letter !== "i" &&
        firstNames.has(first) &&
        !commonEnglish.has(first) &&
        (!safe.has(first) || initialled) &&
        !famous.has(`${first} ${letter}`)
      );
    }),
);

// …and typed in lower case, with its dot: "jess r. is ghosting after 2 yrs weekly".
// (A name's length bounded: a run of letters thousands long is not read again from each of its word edges.)
const NAME_AND_INITIAL_TYPED = /\b([a-z][a-z'’-]{2,24} [a-z]\.)(?= [a-z])/dg;
const nameAndInitialTyped: Rule = ({ text }) =>
  groupSpansOf(NAME_AND_INITIAL_TYPED, text, "proper-name").filter(({ start, end }) => {
    const [first = "", letter = ""] = text.slice(start, end).replace(".", "").split(" ");
    const { firstNames, commonEnglish, safe } = lexicons();
    return letter !== "i" && firstNames.has(first) && !commonEnglish.has(first) && !safe.has(first);
  });

// "Me: how was your week? Marguerite: do you want the honest answer…": a dialogue written out with the author in it,
// each other speaker by their first name.
const SPEAKER = /(?:^|[.!?\n]\s*)(\p{Lu}\p{Ll}[\p{Ll}'’-]*):\s/dgu;
const THE_AUTHOR_SPEAKS = /(?:^|[.!?\n]\s*)(?:Me|I|Therapist|Counsellor|Counselor)\s?:\s/u;
// Only in a dialogue: a list of labels is no one ("Patience: technically present.").
const dialogueSpeakers: Rule = ({ text }) =>
  THE_AUTHOR_SPEAKS.test(text)
    ? groupSpansOf(SPEAKER, text, "proper-name").filter(({ start, end }) => {
        const word = text.slice(start, end).toLowerCase();
        const { firstNames, safe } = lexicons();
        return firstNames.has(word) && !safe.has(word) && !NOT_NAMES.has(text.slice(start, end));
      })
    : [];

// A family by its double-barrelled surname, in the plural: "the Abernathy-Coles cancelled for the third time", "couples
// sesh w the delacroix-hamms" (not "the check-ins", "the in-laws", words both).
const FAMILY_BY_DOUBLE_SURNAME =
  /\bthe ((?:\p{Lu}\p{Ll}{2,}|\p{Ll}{3,})-(?:\p{Lu}\p{Ll}{2,}|\p{Ll}{3,})s)\b(?![-'’])/dgu;
const familyByDoubleSurname: Rule = ({ text }) =>
  groupSpansOf(FAMILY_BY_DOUBLE_SURNAME, text, "proper-name").filter(({ start, end }) => {
    const joined = text.slice(start, end - 1).toLowerCase();
    const { english, surnames, firstNames, safe } = lexicons();
    const parts = joined.split("-");
    const aName = (part: string) => surnames.has(part) || firstNames.has(part) || !english.has(part);
    // The "s" is a plural's, after a name: not a word's own ("the tech-anxious", "the telehealth-across").
    const last = `${parts.at(-1) ?? ""}s`;
    if (english.has(last) && !surnames.has(last.slice(0, -1))) return false;
    return (
      !english.has(joined) &&
      !english.has(`${joined}s`) &&
      !safe.has(joined) &&
      !safe.has(`${joined}s`) &&
      parts.every(aName) &&
      parts.some((part) => !english.has(part))
    );
  });

export const names: Rule = (input) => [
  ...familyByDoubleSurname(input),
  ...initialAndSurname(input),
  ...afterPerson(input),
  ...wordNamedClient(input),
  ...named(input),
  ...calledSoAfter(input),
  ...titled(input),
  ...nicknamed(input),
  ...quotedNickname(input),
  ...initials(input),
  ...irishSurname(input),
  ...nameAndInitial(input),
  ...nameAndInitialTyped(input),
  ...dialogueSpeakers(input),
];

/**
 * The name each match of `pattern` (with the /d flag) captures; with its title when `titled`. After an explicit
 * naming ("named", "to be called"), even a word on the safe list is a name: "he wants to be called Boomer".
 */
function candidates(input: RuleInput, pattern: RegExp, titled = false, explicit = false): Span[] {
  const { text } = input;
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const [name, [start, end] = [0, 0]] = [match[1], match.indices?.[1]];
    // After "client" only a plausible name counts; the author's pet, or a character in a show, is not a client.
    // A quotation in title case may be a book's title, unless the match says it is what a person is called.
    const quotedTitles = !(explicit && SAYS_WHO.test(match[0]));
    // After a title, a word the safe list has for anything but a public figure is a surname: "Mr. Jeong", "Mrs. Garba"
    // (a dish or a word of another language names no one without one); "Dr. Phil" is a public figure by title and name.
    const byTitle = titled && !lexicons().famous.has(match[0].toLowerCase().replaceAll(".", ""));
    // After "client", a first name written as one is the client's though the safe list has it for something else: "My
    // client Ken called twice", "client Jordan" (not an acronym: "client SI", "patient ED").
    const aClientsFirstName = !!name && CLIENT_CUE.test(match[0]) && /^[A-Z][a-z]/.test(name) && isFirstName(name);
    // A public figure's name after "client" is theirs only where it then does what a person does: "My client Ken called
    // twice" (not "My client Oprah moment", "I gave my client Adele lyrics").
    const actsAsAClient = aClientsFirstName && DOES_WHAT_A_PERSON_DOES.test(text.slice(end, end + 80));
    if (!name || !isPlausibleName(name, explicit || byTitle || aClientsFirstName)) continue;
    // "His name was Mr. Whiskers": a title before a name is no name; the name is read with its title, as titles are (not
    // "Deacon (that's his given name…)").
    if (!titled && HONORIFICS.includes(name.toLowerCase()) && /^\.? \p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // "Dr. Google has diagnosed three of my seventh graders": the internet given a title is a joke, not a person.
    if (titled && JOKE_DOCTORS.has(name.toLowerCase())) continue;
    // "My cat sits in on telehealth… Mr. Biscuits has a fan club", "my childhood hamster… His name was Mr. Whiskers", "my
    // dog sits in… her name is Biscuit": a word nobody has as a name, given a title or named, in a post about an animal,
    // is the animal's.
    if ((titled || explicit) && isAPetsName(name) && speaksOfAPetBefore(input.words.tokens, start)) continue;
    // …and so is the same name said again later: "My cat Dr. Pickles is on my chest… Dr. Pickles approves".
    if (titled && isAPetsName(name) && wasAPetsNameBefore(input, match[0], match.index, start - match.index)) continue;
    // "Celebrated with one Dr Pepper": a title that is part of a product's name.
    if (titled && lexicons().products.has(match[0].toLowerCase().replaceAll(".", ""))) continue;
    // "My client Alice Walker told me…": a whole name said to be a client's is theirs, whoever else has it.
    const aClientsWholeName = CLIENT_CUE.test(match[0]) && name.includes(" ");
    // "His little brother calls him Ash Ketchum", "Pennywise, which is what the whole cell block calls him": a name said
    // to be what someone is called is theirs, though a character has it too.
    const saidToBeCalled = explicit && CALLED_SO.test(match[0]);
    if (!aClientsWholeName && !actsAsAClient && !saidToBeCalled && isAside(input, start, end, quotedTitles)) continue;
    spans.push({ rule: "client-name", start: titled ? match.index : start, end });
  }
  return spans;
}

const CLIENT_CUE = /^(?:clients?|patients?)\b(?!['’]s)/i;
const CALLED_SO =
  /\b(?:calls?|called|know|knows|knew|known) (?:him|her|them)\b|\bwhat\b[^.!?\n]{0,50}\bcall(?:s|ed)? (?:him|her|them)\b/i;

/**
 * "My client June called twice", "Our client August relapsed", "Client Christian asked about his meds", "a client named
 * June": a month or a faith word that is also a first name (the names rule's own list passes over them), right after
 * "client" (or set off by commas after it), named, doing what a person does or spoken of as a person. Not "my client May
 * need a referral", "the client June intake", "For my client, June is always hard", "I told my client April was the
 * anniversary of her mother's death".
 */
const CLIENT_WORD_NAME =
  /\b(?:[Cc]lients?|[Pp]atients?)( named| called| goes by|,)? (April|May|June|August|Christian)\b(?!['’-])([^.!?\n]{0,80})/dg;
const DOES_WHAT_A_PERSON_DOES = new RegExp(
  String.raw`^,? (?:(?:just |finally |really |still |never |always )?(?:(?!\w*eed\b)\w+ed|${PERSON_DEEDS}|said|told|asked|called|texted|emailed|left|quit|ran|got|took|came|went|lost|won|wrote|says|asks|tells|calls|texts|keeps|kept|wants|wanted|won't|didn't|doesn't|can't|refuses|refused)\b|who\b|\d{1,2}\b|and (?:her|his) \w+)`,
);
const IS_SPOKEN_OF = /^ (?:is|was|has|had|seems|seemed)\b[^.!?\n]*\b(?:she|he|her|his|him|she's|he's)\b/;
// "I told my client April was…": "client" is told something, and what follows is a clause of its own.
const TOLD_BEFORE =
  /\b(?:told|tell|tells|reminded|remind|reminds|warned|asked|showed|explained to|wrote to) (?:my|our|the|a|this|one) $/i;
const wordNamedClient = whenAnyWord(["april", "may", "june", "august", "christian"], ({ text }) =>
  Array.from(text.matchAll(CLIENT_WORD_NAME)).flatMap((match) => {
    const [start, end] = match.indices?.[2] ?? [0, 0];
    const [, between = "", , after = ""] = match;
    // Set off by commas, a name closes with one: "My client, June, said…" (not "For my client, June is always hard").
    if (between === "," && !after.startsWith(",")) return [];
    const told = TOLD_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index));
    const named = between === " named" || between === " called" || between === " goes by";
    return named || DOES_WHAT_A_PERSON_DOES.test(after) || (!told && IS_SPOKEN_OF.test(after))
      ? [{ rule: "client-name" as const, start, end }]
      : [];
  }),
);

/** What people call their search engine or feed when it diagnoses them: "Dr. Google", "Dr. TikTok". */
const JOKE_DOCTORS = new Set("google internet tiktok youtube wikipedia webmd chatgpt reddit instagram".split(" "));

// How far before a name an animal it may be is spoken of: the sentence or two before.
const PET_BEFORE_NAME = 200;
// (The tokens in reach are found by halving, not by reading them all: a post of a thousand titled names asks a thousand
// times.)
const speaksOfAPetBefore = (tokens: readonly Token[], at: number) =>
  speaksOfAPet(
    tokens.slice(indexAt(tokens, at - PET_BEFORE_NAME), indexAt(tokens, at)).filter((token) => token.end <= at),
  );

/** Whether `said` (a title and a name, the name `offset` into it) was first said before `at` right after a pet. */
function wasAPetsNameBefore(input: RuleInput, said: string, at: number, offset: number): boolean {
  const first = input.text.indexOf(said);
  return first >= 0 && first < at && speaksOfAPetBefore(input.words.tokens, first + offset);
}

/** An ordinary English word that no one has as a first name or a surname: "Biscuits", "Whiskers" (not "Banks"). */
function isAPetsName(name: string): boolean {
  const word = name.toLowerCase();
  const { english, surnames, firstNames } = lexicons();
  return !word.includes(" ") && english.has(word) && !surnames.has(word) && !firstNames.has(word);
}

/** A name's first word is on the first-name list (which holds the common first names too). */
function isFirstName(name: string): boolean {
  return lexicons().firstNames.has(withoutPossessive(name.split(" ")[0] ?? "").toLowerCase());
}

// What says a match is about someone: a person's pronoun, or what only a person does.
const SAYS_WHO = new RegExp(
  String.raw`\b(?:he|his|him|himself|she|her|herself|they|them|themselves|me|who|${PERSON_DEEDS})\b`,
  "i",
);

/**
 * "Reminder To Self: … Clients Have Other People.", "When I Feel Rushed, The Client Feels Rushed.": in a line written
 * in title case, ordinary words after "Client" are capitalized as the line's style, not as a name.
 */
function isHeadingsStyle({ text, words }: RuleInput, span: Span): boolean {
  const { commonEnglish, firstNames } = lexicons();
  const name = text
    .slice(span.start, span.end)
    .split(" ")
    .map((word) => withoutPossessive(word).toLowerCase());
  // Ordinary words only: "My Client Hope Finally Called Her Sister" names Hope.
  if (!name.every((word) => commonEnglish.has(word) && !firstNames.has(word))) return false;
  return words.view(Headings, () => new Headings(text)).holds(span.start);
}

/** Not a word that merely follows "my client" ("Then", "Today"), and no famous clinician's name. */
function isPlausibleName(name: string, explicit: boolean): boolean {
  const space = name.indexOf(" ");
  const first = withoutPossessive(space < 0 ? name : name.slice(0, space));
  // "Father's Day", "Mr. Rogers' Neighborhood": words that name nobody.
  if (NOT_NAMES.has(first)) return false;
  if (isSaidLoudly(name)) return false;
  return explicit || !name.split(" ").every((word) => lexicons().safe.has(withoutPossessive(word).toLowerCase()));
}

/** A small word in capitals, said loudly, is no initials: "a toddler AND a caseload", "My client GOT the job!!" (not
 * "my client ACE", "RAY", nor two letters: "AT", "SO", "DO" are initials as often). */
const isSaidLoudly = (name: string) => SAID_LOUDLY.has(name);
const SAID_LOUDLY = new Set(
  `AND THE NOT BUT YES ARE WAS HAS HAD ITS OUR ALL ANY FOR YOU WHO WHY HOW NOW TOO OFF OUT GOT WON RAN CAN DID SAW MET
  SAT PUT SET LET GET HIT CUT ATE WIN ONE TWO SIX TEN`.split(/\s+/),
);

const withoutPossessive = (word: string) => (word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word);
