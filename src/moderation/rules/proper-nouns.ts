import { lexicons } from "../lexicons";
import type { Token } from "../words";
import { hasPhraseOf, isAside, isSeenAsAClient, NAMED_FOR_SOMEONE } from "./asides";
import { isSmallTownName, LARGE_PLACES, STATE_NAMES } from "./geography";
import { OtherLanguagePhrases } from "./other-languages";
import {
  Headings,
  HONORIFICS,
  isAcronym,
  isCapitalized,
  isSentenceStart,
  isWordBetweenNames,
  NICKNAME_SIZES,
  plainWord,
  sentenceAround,
} from "./proper-nouns-text";
import { escaped, type Rule, type RuleInput, type Span } from "./rule";

/**
 * Names of people and places written without a cue word: "Brandon Keller
 * no-showed again", "Marisol, twelve sessions in…", "Aaliyah's school
 * counselor", "told ashley today", "the boat repair place in Ballard",
 * "Little Haiti". A capitalized word that is neither an English word nor on
 * a safe list (theorists, tools, insurers, months, states, countries, large
 * cities…) is read as a name; so is a known first name in lower case, a name
 * that is also a word ("Will", "Faith") where it is used as one, and a run of
 * capitalized words inside a sentence. The author's pets and the characters
 * of books and shows are left alone. Held for a moderator, never refused:
 * the guard holds when it is unsure.
 */

// Verbs right after a sentence's first word that make a word-like name a name: "Will keeps asking", "Chase texted".
const VERBS_AFTER_NAME = new Set(
  `said told asked brought came went got made took sent wrote left ran sat stood thought felt found gave kept knew
  heard saw met paid put quit showed spoke began broke fell forgot hid held hit hung lost meant rode rang sang sold
  slept spent stole swore taught threw understood woke won wore cried tried texted emailed called walked keeps says
  wants asks tells thinks knows feels looks comes goes gets makes takes texts calls shows brings missed cancelled
  canceled rescheduled relapsed disclosed passed signed fingerspelled logged messaged
  sends writes works lives loves hates cries laughs sits talks walks runs needs tries started stopped punched
  did drew drove ate bought chose caught grew flew built drank shook wept tore corrected rang phoned admitted mentioned
  insisted explained laughed smiled nodded shrugged sobbed whispered confessed apologised apologized
  shld shd wld cld wud cud shud rolls`.split(/\s+/),
);

// Pronouns and determiners that some name lists carry ("My", "Mine", "Any"), and a noun or two ("the email server went down"):
// never a name at a sentence's start.
const NOT_NAMES = new Set(
  `my mine any had even far else way man his her its our ours their yours who all some him them you everyone someone
  nobody everybody somebody anyone mom dad mum mama papa grandma grandpa nana nan nanna gran granny grandad sis bro kid kids
  baby honey babe server one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
  hundred`.split(/\s+/),
);

// "Will didn't show", "Grace won't call back".
const NEGATED_AUXILIARIES = new Set(
  "didn't doesn't won't can't isn't wasn't hasn't hadn't wouldn't couldn't".split(" "),
);
/**
 * "Faith isn't always resistance", "Hope isn't a feeling you wait for", "Hope can't be rushed": what a virtue is not,
 * with no "she" or "his" after it to make it someone ("Grace isn't always on time, but she has never missed a session",
 * "Grace can't be reached").
 */
function isSaidOfAThing(word: string, following: readonly Token[]): boolean {
  const [verb, after, then] = following;
  if (!VIRTUES.has(word)) return false;
  const isNot = (verb?.word === "isn't" || verb?.word === "wasn't") && SAID_OF_A_THING.has(after?.word ?? "");
  const cannotBe =
    CANNOT.has(verb?.word ?? "") &&
    after?.word === "be" &&
    DONE_TO_A_THING.has(then?.word ?? "") &&
    following[3]?.word !== "to";
  return (isNot || cannotBe) && !following.some((token) => PRONOUNS.has(token.word) || PERSON_WORDS.has(token.word));
}
const CANNOT = new Set(["can't", "cannot", "won't"]);
// What is said of a virtue, not of a person ("Joy can't be scheduled before five", "can't be taught to drive" are
// someone).
const DONE_TO_A_THING = new Set(
  "rushed forced hurried faked bought manufactured demanded willed taught borrowed".split(" "),
);
// Words that make the clause about someone: "Faith wasn't the first client to walk out", "Grace isn't a talker".
const PERSON_WORDS = new Set(
  "client clients session sessions therapy talker intake appointment group herself himself they them".split(" "),
);
const VIRTUES = new Set(
  "faith hope love trust patience joy grace mercy charity honor honour harmony peace serenity".split(" "),
);
const SAID_OF_A_THING = new Set("a an always just about only never something everything enough the what".split(" "));

/**
 * A word in -s whose stem takes -ing ("ships": shipping; "texts": texting): a verb, so "Autumn ships out" reads
 * as a person. A plural noun has no such form ("Grace periods": no "perioding").
 */
function isVerbInThirdPerson(word: string): boolean {
  // "does" is an auxiliary, which a virtue takes as well as a person: "grace does not come with extra slots".
  if (!/^[a-z]{3,}s$/.test(word) || word.endsWith("ss") || word === "does") return false;
  const { english } = lexicons();
  const stem = word.endsWith("es") && english.has(word.slice(0, -2)) ? word.slice(0, -2) : word.slice(0, -1);
  if (!english.has(stem)) return false;
  return [`${stem}ing`, `${stem}${stem.at(-1)}ing`, `${stem.slice(0, -1)}ing`].some((form) => english.has(form));
}

/**
 * "Wisly apologizes for his English": a word no list has (one slip from "wisely", so read as a typo of it) doing what
 * a person does, then spoken of as one.
 */
function isNoWordDoingThings(word: string, following: readonly Token[]): boolean {
  const [verb] = following;
  if (verb === undefined || !isVerbInThirdPerson(verb.word)) return false;
  // Only a typo's look-alike: not an English word, a British spelling ("Neighbour holds…") or one derived.
  if (lexicons().english.has(word) || isSafe(word) || isBritishSpelling(word) || isDerivedWord(word)) return false;
  return following.slice(1, SPOKEN_OF_WITHIN).some((token) => PERSON_PRONOUNS.has(token.word));
}

/**
 * "Tank cried today. All six foot five of him…": an ordinary word opening a sentence, doing what only a person does,
 * then spoken of as one, is someone's nickname (not "Mom cried", "Everyone laughed", "Baby cried all night").
 */
function isWordDoingWhatOnlyAPersonDoes(text: string, token: Token, following: readonly Token[]): boolean {
  const word = plainWord(token.word);
  const [verb] = following;
  // Set off from what follows, a word is said of something else: "Fourteen, said in a whisper".
  if (/^[,;:.]/.test(text.slice(token.end, token.end + 1)) || isNumberWord(word)) return false;
  if (verb === undefined) return false;
  if (!ONLY_A_PERSON.has(verb.word)) return false;
  // Nor a word that is someone already or says who ("Everyone", "She", "Colleague"), a plural ("Parents said he…"), an
  // adverb in -ly ("Finally told…") or a role by its suffix ("Coworker", "Mentor", "Supervisee").
  if (NOT_SOMEONE.has(word) || NOT_NICKNAMES.has(word) || NOT_A_NICKNAME.test(word)) return false;
  return following.slice(1, NICKNAME_SPOKEN_OF_WITHIN).some((token) => PRONOUNS.has(token.word));
}
// A nickname's sentence may run on before its "he": "Tiny asked if we could do the breathing exercise with the lights
// off because he…".
const NICKNAME_SPOKEN_OF_WITHIN = 16;
const ONLY_A_PERSON = new Set(
  "cried sobbed wept apologized apologised texted emailed messaged whispered confessed admitted relapsed shrugged asked said told".split(
    " ",
  ),
);
// Words that open a sentence doing what a person does without being anyone's nickname: pronouns ("She said…"), a note's
// adverbs ("Then asked her…"), whole groups ("Family asked me…"), the author's own people ("Mom cried") and roles and
// institutions ("Colleague asked…", "Probation called him").
const NOT_NICKNAMES = new Set(
  `i you he she it we they this that these those who which what there here one ya y'all mine yours ours theirs hers
  family staff team group class crew board committee panel clinic agency office cohort couple household child also
  then instead still next again today yesterday tonight once anyway later soon now first afterwards meanwhile so and
  but just even only never always often sometimes eventually apparently honestly basically ex colleague roommate
  flatmate housemate surgeon doctor doc principal stepdad stepmom stepmum stepfather stepmother chaplain intern
  cousin ma pa aunt auntie aunty uncle niece nephew grandson granddaughter grandchild friend bestie mate spouse
  fiance fiancee landlord judge cop medic midwife doula tutor classmate teammate coach pastor priest vicar rabbi imam
  deacon nun monk gp psych boyfriend girlfriend bf gf hubby wifey twin baby kid probation paramedic vet sheriff
  attorney registrar stepson stepdaughter eldest youngest oldest middle pharmacy security police dispatch ambulance
  fire admin reception court school work cps mom mum dad mother father grandma grandpa granny nan nana gran toddler
  son daughter husband wife partner sister brother teen supervisor boss teacher nurse therapist management leadership
  research science insurance billing intake supervision life almost barely nearly practically literally actually
  suddenly basically kinda sorta`.split(/\s+/),
);
const NOT_A_NICKNAME = /[^s]s$|ly$|ing$|(?:er|or|ee|ist|ian|ant|ent|ess|ive|our)$/;

const POSSESSIVE_AFTER_AND = /^ (?:her|his|their) /;
const COMPOUND_AFTER = /^-\p{Ll}/u;
// "Faith-based", "Trauma-informed", "Hope-focused", "Court-ordered": a word before one of these makes an adjective,
// not a name.
const COMPOUND_ADJECTIVE =
  /^-(?:based|informed|focused|led|centred|centered|oriented|friendly|related|specific|driven|sensitive|affirming|ordered|mandated|appointed|funded|approved|referred)\b/;
// "Rose-coloured", "Hope-filled": an English word before one of these makes an adjective ("a Marcus-shaped hole" names
// Marcus).
const COMPOUND_OF_A_WORD = /^-(?:coloured|colored|tinted|filled|shaped|scented)\b/;

/** A prefix joined by a hyphen to a word in lower case, or any word joined to an adjective's second half. */
function isCompoundStart(text: string, token: Token): boolean {
  const after = text.slice(token.end, token.end + 14);
  return (
    (PREFIXES.has(token.word) && COMPOUND_AFTER.test(after)) ||
    COMPOUND_ADJECTIVE.test(after) ||
    (COMPOUND_OF_A_WORD.test(after) && lexicons().english.has(token.word)) ||
    isWordJoinedToAWord(token, after)
  );
}

/**
 * "Dot-phrases for mental status": an everyday word joined by a hyphen to a word no first name shares is one word of
 * two (not "Jo-anne", "Mary-beth", two names).
 */
function isWordJoinedToAWord(token: Token, after: string): boolean {
  // Not a place's words joined ("Bird-in-Hand"): two words, the second a word of its own.
  const second = /^-(\p{Ll}{4,})(?![\p{L}-])/u.exec(after)?.[1];
  if (second === undefined) return false;
  const { commonEnglish, english, firstNames } = lexicons();
  return commonEnglish.has(token.word) && english.has(second) && !firstNames.has(second);
}
/**
 * "Kia ora", "te reo", "taha wairua", "Stations of the Cross": a word inside a safe phrase of two to four words; one of
 * three or four only where it is the whole name, no capital just outside it ("up in Top of the Hill" has "of the Hill").
 */
function isInSafePhrase(text: string, tokens: readonly Token[], i: number): boolean {
  const { safe } = lexicons();
  const word = plainWord((tokens[i] as Token).word);
  const capitalized = (token: Token | undefined) =>
    token !== undefined && /^\p{Lu}/u.test(token.written) && !isSentenceStart(text, token.start);
  for (let size = 2; size <= MOST_WORDS_OF_A_SAFE_PHRASE; size++) {
    for (let from = Math.max(0, i - size + 1); from <= i && from + size <= tokens.length; from++) {
      if (size > 2 && (capitalized(tokens[from - 1]) || capitalized(tokens[from + size]))) continue;
      const phrase = tokens.slice(from, from + size).map((token, at) => (from + at === i ? word : token.word));
      if (safe.has(phrase.join(" "))) return true;
    }
  }
  return false;
}
const MOST_WORDS_OF_A_SAFE_PHRASE = 4;

const PREFIXES = new Set(
  "co ex non pre re self anti post semi multi mid sub over under inter de un well half neo".split(" "),
);

// Plurals that read as verbs in -s ("tear": "tearing"), after a word that is also a name: "Happy tears.", "Happy days".
const NOT_VERBS_IN_S = new Set("tears days hours vibes thoughts feels endings skies".split(" "));

// What a season's greeting wishes, after "Happy", "Merry" or "Joyous".
const GREETED = new Set(["holidays", "hols", "holiday", "festivities"]);

// More names than any post holds; past them the rest of a text is not read for names.
const MOST_NAMES = 40;

// Words in -ed that describe rather than tell what someone did: "Bone tired".
const ADJECTIVES_IN_ED = new Set("tired scared excited worried bored married interested exhausted relieved".split(" "));
// Words in -ed that are no deed done: "the client may need a referral".
const NOT_PAST_IN_ED = new Set(
  "need needs feed seed speed breed bleed proceed succeed exceed indeed red bed shed".split(" "),
);
const isDeedInEd = (word: string) => word.endsWith("ed") && !ADJECTIVES_IN_ED.has(word) && !NOT_PAST_IN_ED.has(word);

// An acronym made a verb or a noun, or more than one: "they're PCSing in the spring", "got TDYed", "the CBTers", "the ROIs".
const ACRONYM_MADE_A_WORD = /^[A-Z]{2,5}(?:s|ing|ed|'d|er|ers)$/;

// A medicine by its generic name's ending: "Levothyroxine, pill organiser, phone alarm", "Metoprolol again" (the medicines
// list has the common ones; no first name ends so).
const MEDICINE_ENDING =
  /(?:oxine|pril|olol|statin|prazole|sartan|dipine|cillin|mycin|cycline|floxacin|tidine|triptan|gliptin|glutide|lukast|parin|xaban|umab|ximab|zumab|tinib|afil|dronate|semide|thiazide|profen|coxib|zepam|zolam|oxetine|pramine|triptyline|apine|peridone|idone|azine|fenac)$/;
const isMedicine = (token: Token) => {
  const word = plainWord(token.word);
  return word.length >= 8 && MEDICINE_ENDING.test(word) && !lexicons().firstNames.has(word);
};

// What a storm is called before its name: the name after one is the storm's, wherever the post says it again.
const STORM_KINDS = ["hurricane", "typhoon", "cyclone", "superstorm", "tropical storm"];
const STORM_WORDS = new Set(STORM_KINDS.flatMap((kind) => kind.split(" ")));
const A_STORM_KIND = new RegExp(`\\b(?:${STORM_KINDS.join("|")}) `);
// The name written with its capital ("Hurricane Ian"; not "lived in Hurricane my whole life", a town in Utah), after
// its kind in either case.
const STORM_NAMED = new RegExp(
  `\\b(?:${STORM_KINDS.map((kind) => kind.replace(/\b[a-z]/g, (letter) => `[${letter.toUpperCase()}${letter}]`)).join("|")}) (\\p{Lu}\\p{Ll}+)\\b`,
  "gu",
);

/** The names the post gives storms ("Hurricane Andrew"), each once; most posts name none, and pay one scan. */
function stormsNamedIn(folded: string, text: string): ReadonlySet<string> {
  // (A town the gazetteer has whole is no storm: "drives in from Hurricane Mills".)
  const named = A_STORM_KIND.test(folded)
    ? Array.from(text.matchAll(STORM_NAMED)).filter((match) => !lexicons().places.has(match[0].toLowerCase()))
    : [];
  const landed = A_LANDFALL.test(folded) ? Array.from(text.matchAll(STORM_LANDED)) : [];
  if (named.length + landed.length === 0) return NO_STORMS;
  return new Set([...named, ...landed].map((match) => (match[1] ?? "").toLowerCase()));
}
// A storm by what it did, told as a time: "I was sixteen when Katrina hit", "The year Harvey flooded everything" (not
// "when Katrina hit me", "when Delfina hit bottom", a person).
const A_LANDFALL = /\b(?:hit|made landfall|came ashore|came through|tore through|flooded|struck)\b/;
const STORM_LANDED =
  /\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]he (?:year|week|night|day|summer|fall|autumn|month)) (\p{Lu}\p{Ll}+) (?:hit|made landfall|came ashore|came through|tore through|flooded|struck)\b(?! (?:me|him|her|them|us|you|my|his|their|our|your|bottom|rock|a|an|the|it|send|back|out|on|up)\b)/gu;
const NO_STORMS: ReadonlySet<string> = new Set();

/** A span of only a storm's words and the name the post gives it: "Hurricane Ian". */
const isAStorm = (folded: string, span: Span, storms: ReadonlySet<string>) =>
  storms.size > 0 &&
  folded
    .slice(span.start, span.end)
    .split(/\s+/)
    .every((word) => storms.has(word) || STORM_WORDS.has(word));

// A time zone, in a post about time zones: "My calendar's in Central, half my clients are in Mountain".
const TIME_ZONES = new Set("central eastern mountain pacific atlantic".split(" "));
const isTimeZone = (token: Token, folded: string) => TIME_ZONES.has(token.word) && /\btime[- ]?zones?\b/.test(folded);

export const properNouns: Rule = (input) => {
  typoChecksLeft = MOST_TYPO_CHECKS;
  const { text, words } = input;
  const tokens = words.tokens;
  const spans: Span[] = [];
  const storms = stormsNamedIn(input.folded, text);
  // Where each surname is first seen, read once a post by whichever name asks first.
  const surnamesSeen = () => input.words.view(SurnamesSeen, () => new SurnamesSeen(text));
  // A post with this many names is held for a moderator already: a text of six hundred "İi" is not read name by name.
  for (let i = 0; i < tokens.length && spans.length < MOST_NAMES; ) {
    const token = tokens[i] as Token;
    // A storm's name, after "Hurricane" and again alone: "Hurricane Ian took the roof, and Ian took her nerve".
    if (storms.has(token.word) || (STORM_WORDS.has(token.word) && storms.has(tokens[i + 1]?.word ?? ""))) {
      i++;
      continue;
    }
    // An acronym made a verb or a noun names no one: "they're PCSing in the spring" (nor is it part of a name: see
    // capitalizedRun).
    if (ACRONYM_MADE_A_WORD.test(token.written)) {
      i++;
      continue;
    }
    // Two capitals in a row (a word in capitals, or initials): rare, so the checks behind them cost prose nothing.
    if (
      isUpperCase(token.written.charAt(1)) &&
      (isShoutedName(token, tokens[i + 1]) ||
        isInitialsAsSubject(text, tokens, i) ||
        isCalledInitials(text, tokens, i) ||
        isInitialsOfSomeone(tokens, i))
    ) {
      spans.push(spanOf("proper-name", [token]));
      i++;
      continue;
    }
    if (!isCapitalized(token.written)) {
      if (isLowercaseName(text, tokens, i, surnamesSeen)) {
        // A double name is one: "stanley-jean".
        const size = COMPOUND_AFTER.test(text.slice(token.end, token.end + 2)) && isDoubleName(text, tokens, i) ? 2 : 1;
        const name = spanOf("proper-name", tokens.slice(i, i + size));
        // "good will hunting rewatch… love u sean but no": a character of a title the post cites, in lower case too.
        if (!isInOtherLanguage(input, i) && !isCharacterOfATitleNamed(input, name)) spans.push(name);
        i += size;
        continue;
      } else if (isLowercasePlace(text, tokens, i) || isNamedForASaint(text, tokens, i, 1))
        spans.push(spanOf("named-place", [token]));
      else {
        const size = lowercaseTownOfWords(tokens, i);
        if (size > 0) {
          spans.push(spanOf("named-place", tokens.slice(i, i + size)));
          i += size;
          continue;
        }
      }
      i++;
      continue;
    }
    // A contraction typed without its apostrophe ("Im", "Didnt") names no one, but after a title ("Coach Cant").
    if (token.word.length !== token.written.length && !(i > 0 && isNameGoingOn(tokens[i - 1] as Token))) {
      i++;
      continue;
    }
    if (isLetterNickname(text, tokens, i)) {
      spans.push(spanOf("proper-name", tokens.slice(i, i + 2)));
      i += 2;
      continue;
    }
    const run = capitalizedRun(text, tokens, i);
    if (isNamedForASaint(text, tokens, i, run.consumed)) {
      spans.push(spanOf("named-place", run));
      i += run.consumed;
      continue;
    }
    // "Co-leading", "Ex-wife", "Non-billable": a prefix joined by a hyphen to a word in lower case starts a compound
    // word, not a name ("Jo-anne" is a name: only prefixes are passed over).
    if (
      run.length === 1 &&
      (isCompoundStart(text, token) ||
        isInSafePhrase(text, tokens, i) ||
        isMedicine(token) ||
        isTimeZone(token, input.folded) ||
        // "called a client 'a bit of a Karen'": a first name used as a kind of person
        isCapitalizedNameForAKind(text, token))
    ) {
      i += run.consumed;
      continue;
    }
    if (
      isSafeAsWritten(text, run) ||
      isTitleWithoutItsThe(text, tokens, i, run.consumed) ||
      isAuthorsOfAWork(text, run)
    ) {
      i += run.consumed;
      continue;
    }
    // An institution keeps a public figure's name ("Lincoln High"); any other name may be an aside (a pet, a title).
    const institution = institutionIn(
      run,
      run.map((word) => plainWord(word.word)),
      text,
    );
    // A run is inside one line: whether that line is a heading in title case is asked once for it.
    const inHeading = input.words.view(Headings, () => new Headings(text)).holds((run[0] as Token).start);
    const following = followingPastAnAside(text, tokens, i + run.consumed);
    // "Alice Walker, my 3pm, no-showed again": set off as the author's client, a name is theirs, whoever else has it.
    // So is a public figure's name given to a client: "Had a client today named Will Smith".
    const theAuthorsClient =
      (text.slice((run.at(-1) as Token).end, following[0]?.start) === ", " && isTheAuthorsClient(following)) ||
      (isClientNamed(text, run[0] as Token) && isPublicFiguresName(run));
    const found = withoutTheAuthor(
      text,
      institution ??
        inRun(text, tokens[i - 1], run, following, inHeading, surnamesSeen) ??
        (theAuthorsClient && isPublicFiguresName(run) ? spanOf("proper-name", run) : undefined),
    );
    if (
      found &&
      !isAStorm(input.folded, found, storms) &&
      !(run.length === 1 && found.rule === "proper-name" && isInOtherLanguage(input, i)) &&
      !isLanguageOfAPlace(run) &&
      !isCompoundOfWords(text.slice(found.start, found.end)) &&
      !isStateByItsName(text, found) &&
      !isLargePlacesAirport(text.slice(found.start, found.end)) &&
      !isMovedBetweenLargePlaces(text, found) &&
      !isPaintColour(text.slice(found.start, found.end)) &&
      !isNationalBody(text.slice(found.start, found.end)) &&
      !isGodAsked(text, found) &&
      !isVirtueAmongVirtues(text, found, following) &&
      (institution ||
        theAuthorsClient ||
        (!isAside(input, found.start, found.end, true, !isTownOnly(text, found)) &&
          !isCharacterOfATitleNamed(input, found)))
    )
      spans.push(found);
    i += run.consumed;
  }
  return spans;
};

/**
 * A run opened by the author ("I'm Deaf", "I'm Catholic", "I'm Naumburg with a box of pastels"): what follows is the
 * author's, so it is a name only if it is no word: "I'm Sarah's therapist" keeps "Sarah's".
 */
function withoutTheAuthor(text: string, found: Span | undefined): Span | undefined {
  if (found === undefined) return undefined;
  const author = /^I['’](?:m|ve|d|ll) /.exec(text.slice(found.start, found.end));
  if (author === null) return found;
  const rest = { ...found, start: found.start + author[0].length };
  const { english, safe, famous } = lexicons();
  const words = text.slice(rest.start, rest.end).toLowerCase();
  return english.has(words) || safe.has(words) || famous.has(words) ? undefined : rest;
}

/**
 * A virtue capitalized in a post that capitalizes another, as a list of what the author lacks: "Patience, Grace, Mercy,
 * Hope. My whole vocabulary on a Friday", "Hope is a discipline. Faith too. Joy shows up about once a week"; not one who
 * is spoken to or of ("Hope, Grace and Faith came in together and she told me…").
 */
function isVirtueAmongVirtues(text: string, found: Span, following: readonly Token[]): boolean {
  const word = plainWord(text.slice(found.start, found.end).toLowerCase());
  if (found.rule !== "proper-name" || !VIRTUES.has(word)) return false;
  const others = new Set(
    Array.from(text.matchAll(CAPITALIZED_VIRTUE), (match) => (match[0] as string).toLowerCase()).filter(
      (virtue) => virtue !== word,
    ),
  );
  const next = following.slice(0, 4);
  return others.size > 0 && !isSpokenOfIn(next) && !next.some((token) => VERBS_AFTER_NAME.has(token.word));
}
// The virtues a post may list beside one another, capitalized: those that are also names, and a few that are not.
const CAPITALIZED_VIRTUE = new RegExp(
  `\\b(?:${[...VIRTUES, "honesty", "courage", "gratitude"].map((word) => word[0]?.toUpperCase() + word.slice(1)).join("|")})\\b`,
  "g",
);

/** A state with the word that says it is the state, not its city: "New York State", "Washington State". */
function isStateByItsName(text: string, found: Span): boolean {
  const name = text.slice(Math.max(0, found.start - 4), found.end).toLowerCase();
  const state = /^(?:(new )|.{0,4}?)(.+) state$/.exec(name);
  return state !== null && STATE_NAMES.has(`${state[1] ?? ""}${state[2]}`);
}

// God by a name few people are given, asked or thanked as people are: "every night I ask Allah not to wake me up" (not
// "Jesus", "Krishna", which many are).
const DIVINE_NAMES = new Set(["allah", "god", "hashem", "jah", "yahweh", "jehovah", "waheguru"]);
const PRAYED_TO =
  /\b(?:pray\w*|ask(?:s|ed|ing)?|thank\w*|prais\w*|bless\w*|trust\w*|faith|mosque|church|synagogue|rasta\w*|inshallah|haram|halal|dua|quran|bible)\b[^.!?\n]{0,40}$/i;
const isGodAsked = (text: string, found: Span) =>
  DIVINE_NAMES.has(text.slice(found.start, found.end).toLowerCase()) &&
  PRAYED_TO.test(text.slice(Math.max(0, found.start - 60), found.start));

/** A nation's own body, which names no one's town: "the Scottish Government", "Church of Scotland", "Welsh Ambulance Service". */
function isNationalBody(name: string): boolean {
  const { countries, safe, largePlaces } = lexicons();
  const [, people, , country] = NATIONAL_BODY.exec(name) ?? [];
  const word = (people ?? country ?? "").toLowerCase();
  // A nation or its people, not a city ("Toledo Assembly" is a plant).
  return word !== "" && (countries.has(word) || (safe.has(word) && !largePlaces.has(word)));
}
const NATIONAL_BODY =
  /^(?:(\p{Lu}\p{Ll}+) (Government|Parliament|Assembly|Executive|Police|Ambulance Service|Fire and Rescue Service|Prison Service|Courts|Football Association|Rugby Union|Health Service|Water|Rail)|(?:Church|Bank|National Library|National Museum) of (\p{Lu}\p{Ll}+))$/u;

/** A paint's colour, named for its maker as paints are: "Payne's Grey", "Hooker's Green" (not "Sarah's Grey cat"). */
const isPaintColour = (name: string) =>
  PAINT_COLOUR.test(name) && !lexicons().commonFirstNames.has(name.slice(0, name.search(/['’]/)).toLowerCase());
const PAINT_COLOUR =
  /^\p{Lu}[\p{L}-]*['’]s (?:Grey|Gray|Green|Blue|Red|Brown|Yellow|White|Black|Violet|Umber|Sienna|Ochre|Crimson|Rose|Pink)$/u;

/**
 * Common words joined by a hyphen, each capitalized as a title is: "the Self-Care module", "Check-In" (not "Billy-Ray",
 * two first names, nor "Mary-Kate").
 */
function isCompoundOfWords(written: string): boolean {
  const { commonEnglish, firstNames, surnames } = lexicons();
  const parts = written.toLowerCase().split("-");
  return (
    parts.length === 2 &&
    /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(written) &&
    parts.every((part) => commonEnglish.has(part) && !surnames.has(part)) &&
    !parts.every((part) => firstNames.has(part))
  );
}

/**
 * A language as a place speaks it: "Parisian French", "Cairene Arabic", "Jamaican Patois" (a name list may carry the
 * place's people as a surname: "Parisian").
 */
function isLanguageOfAPlace(run: readonly Token[]): boolean {
  const [people, language] = run.map((token) => plainWord(token.word));
  if (run.length !== 2 || people === undefined || !LANGUAGES.has(language ?? "")) return false;
  const { countries, largePlaces, safe } = lexicons();
  const ending = peopleEndingOf(people);
  // A state or a country as it is ("Louisiana French"), a people the safe list has ("Cajun French"), a city only by
  // its people's word ("Parisian", not "Austin French", someone's name).
  if (STATE_NAMES.has(people) || countries.has(people) || (safe.has(people) && !largePlaces.has(people))) return true;
  if (ending === undefined) return false;
  const stem = people.slice(0, -ending.length);
  return PLACE_FROM_STEM.some(
    (end) => countries.has(stem + end) || largePlaces.has(stem + end) || STATE_NAMES.has(stem + end),
  );
}
const LANGUAGES = new Set(
  "english french spanish portuguese creole kreyol arabic mandarin cantonese chinese german italian dutch patois".split(
    " ",
  ),
);

/** A word of a sentence in another language: "Laissez les bons temps rouler" (other-languages.ts). */
const isInOtherLanguage = ({ text, words }: RuleInput, i: number) =>
  words.view(OtherLanguagePhrases, () => new OtherLanguagePhrases(text, words.tokens)).holds(i);

/**
 * A place the gazetteer has and no name list does ("Elmhurst", "Wapakoneta"): a sentence about a show ("can't hear the
 * alarm on TV") excuses a character's name in it, not such a town. A run in title case ("Capital Letters") may be a
 * show's, and so may a town that is also a name.
 */
function isTownOnly(text: string, found: Span): boolean {
  if (found.rule !== "named-place") return false;
  const place = text.slice(found.start, found.end).toLowerCase();
  const { places, firstNames, surnames } = lexicons();
  return places.has(place) && !firstNames.has(place) && !surnames.has(place);
}

// How many words after a capitalized run are read to tell whether its first word is someone (isSpokenOfAsAPerson).
const FOLLOWING_READ = 10;

/**
 * "Rewatching In Treatment, the scenes with Gina, his supervisor", "the scene from Inside Out where Sadness sits with
 * Bing Bong", "Dr. Melfi in The Sopranos is the most realistic TV therapist. The scene where she chooses not to tell
 * Tony…": a name that is a character of a title the post cites, in quotes, after watching, reading or a scene, or
 * written in title case (`isTitleWrittenAsOne`); not in a sentence that makes the name a client's ("Rewatching Shrinking.
 * Paul is my new client."), nor where the title is no title ("Paul is in treatment").
 */
function isCharacterOfATitleNamed({ text, folded, words }: RuleInput, span: Span): boolean {
  if (span.rule !== "proper-name") return false;
  const name = plainWord(folded.slice(span.start, span.end));
  const titles = lexicons().titlesOfCharacter.get(name);
  if (titles === undefined) return false;
  // Whatever the post cites, a name called a client or speaking to the author is someone the author sees: "Client
  // Hermione, thirteen, in a Harry Potter shirt", "This Is Us… yesterday Randall told me he'd stopped eating".
  if (A_CLIENT_BEFORE.test(folded.slice(Math.max(0, span.start - 16), span.start))) return false;
  if (TALKS_TO_THE_AUTHOR.test(folded.slice(span.end, span.end + 40))) return false;
  // Whether the post cites one of its titles is asked once a post; most do not, and need no sentence read.
  const cited = words.view(CitedTitles, () => new CitedTitles(text, folded));
  const titlesCited = titles.filter(
    (title) => cited.has(title) || isAnotherCharacterNamed(text, folded, name, title, span),
  );
  if (titlesCited.length === 0) return false;
  const [start, end] = sentenceAround(folded, span.start);
  const sentence = folded.slice(start, end);
  // Cited in the name's own sentence, the title makes it a character ("…every time Tony walks in is just every intake
  // I've done"); cited elsewhere, only where the sentence does not make the name a client's.
  // A client named after the character, in a sentence that says so before it or right after it ("my 3pm Tony", "Tony, a
  // new client,"); not a role the character is given later on ("Tony is the ultimate 'my wife made me' client", "Sean
  // would be reported for grabbing the client").
  const at = span.start - start;
  const saysAClient =
    A_CLIENTS.test(sentence.slice(0, at)) ||
    A_CLIENT_SET_OFF.test(sentence.slice(span.end - start, span.end - start + 30));
  return titlesCited.some((title) => sentence.includes(title)) || !saysAClient;
}
/**
 * Two characters of one title, each named with a capital, name the title between them: "Hermione would be a terrible
 * therapist… Luna though? Luna gets it."
 */
function isAnotherCharacterNamed(text: string, folded: string, name: string, title: string, span: Span): boolean {
  // Not scripture's: its names are everyone's ("St. Mary Magdalene", "Paul and John").
  if (title === SCRIPTURE) return false;
  return lexicons()
    .charactersOf(title)
    .some((other) => {
      if (other === name) return false;
      for (let at = folded.indexOf(other); at !== -1; at = folded.indexOf(other, at + 1)) {
        // Elsewhere than the name itself: "Jamie Tartt" is one character, not two.
        const elsewhere = at + other.length <= span.start || at >= span.end;
        const whole = !/\p{L}/u.test(folded.charAt(at - 1)) && !/\p{L}/u.test(folded.charAt(at + other.length));
        if (elsewhere && whole && isCapitalized(text.slice(at, at + other.length))) return true;
      }
      return false;
    });
}

const A_CLIENT_SET_OFF =
  /^(?:'s)?,? (?:is )?(?:a|an|my|our|one of my) (?:new |former |old |current )?(?:client|patient|intake)\b/;
const A_CLIENT_BEFORE = /\b(?:client|patient|my \d{1,2}(?::\d\d)? ?(?:am|pm))[,:]? $/;
const TALKS_TO_THE_AUTHOR =
  /^(?:'s mom|'s mum|'s dad)?(?: \w+){0,2}? (?:told|tells|texted|texts|emailed|called|asked|showed|messaged) me\b|^ (?:came|comes) in\b|^ (?:cancell?ed|no-showed|rescheduled)\b/;
// What makes a name in its sentence someone the author sees: "Paul is my new client", "my 3pm", "Jim cancelled again".
const A_CLIENTS =
  /\b(?:client|clients|patient|patients|caseload|intake|cancell?ed|no-showed|rescheduled|his mom|her mom|his mum|her mum|my \d{1,2}(?::\d\d)? ?(?:am|pm))\b/;

/**
 * "Clare's Law", "the Harvard Trauma Questionnaire", "the Power and Control Wheel", "the Duluth Model", "the Refugee
 * Convention", "the National Domestic Violence Hotline", "Domestic Violence Awareness Month": a law, an instrument, a
 * model or a country's body, named by what it is (a foundation or a hotline only when national).
 */
function isANamedInstrument(plain: readonly string[], run: readonly Token[], before: Token | undefined): boolean {
  const kind = plain.at(-1) ?? "";
  if (plain.length < 2) return false;
  // A law by someone's name or with its article ("Megan's Law", "the Mental Health Act"), not a law school ("a 3L at
  // Gonzaga Law").
  // Not a law behind which someone is ("the mother behind Kaylee's Law").
  if (kind === "law" || kind === "act")
    return before?.word !== "behind" && (run[0]?.word.endsWith("'s") === true || before?.word === "the");
  // An instrument or a model by its own name ("the Duluth Model"), not by someone's ("Maria's Model UN team").
  if (INSTRUMENTS.has(kind)) return !run.some((token) => token.word.endsWith("'s"));
  if (DAYS_KEPT.has(kind)) return plain.some((word) => NATIONAL.has(word) || OBSERVED.has(word));
  return NATIONAL_BODIES.has(kind) && plain.some((word) => NATIONAL.has(word));
}
const DAYS_KEPT = new Set(["month", "week", "day"]);
// What a month or a day is kept for: "Domestic Violence Awareness Month", "Trans Day of Visibility".
const OBSERVED = new Set("awareness prevention history pride visibility remembrance".split(" "));
const INSTRUMENTS = new Set(
  "law act questionnaire inventory scale checklist model wheel protocol convention treaty charter directive framework".split(
    " ",
  ),
);
const NATIONAL_BODIES = new Set(
  "hotline helpline foundation commission coalition network alliance association institute council service".split(" "),
);
const NATIONAL = new Set(
  "national federal international royal canadian american australian british irish european world global un".split(" "),
);

/**
 * "a teacher at St. Brigid's", "the choir at St Columba's": a saint's name in the possessive is a parish, a school or a
 * hospital, though the saint is a public figure (not "St. Patrick's Day", "St. Jude's prayer").
 */
// "the end of Abbey Road": a street a title is named for.
const STREET_KINDS = new Set("road street lane avenue drive boulevard way".split(" "));
// "Paddy's Day", "Mother's Day": a day named for someone, no one's own.
const A_DAYS_NAME = /^(?:day|eve|night|week|weekend|month)\b/;

function isNamedForASaint(text: string, tokens: readonly Token[], i: number, size: number): boolean {
  const [first, before] = [tokens[i] as Token, tokens[i - 1]];
  const afterASaint =
    (size >= 2 && SAINT.has(plainWord(first.word))) ||
    (before !== undefined &&
      SAINT.has(before.word) &&
      // "St. Brigid's", "Saint Brigid's", "St. Mary's Law" (not "is a saint. She's")
      (text.slice(before.end, first.start) === " " ||
        (before.word === "st" && text.slice(before.end, first.start) === ". ")));
  if (!afterASaint) return false;
  // The saint's own day, prayer or medal is no place, whether the run goes on to it or not ("St. Patrick's Day").
  const possessive = tokens.slice(i, i + size).findIndex((token) => token.word.endsWith("'s"));
  const ownAfter = possessive >= 0 ? i + possessive + 1 : i + size;
  if (SAINTS_OWN.has(tokens[ownAfter]?.word ?? "")) return false;
  // "sings in the choir at St. Monica", "works nights at St Luke": where someone is, even without the possessive.
  const saint = size >= 2 ? i : i - 1;
  return possessive >= 0 || AT_A_SAINTS.has(tokens[saint - 1]?.word ?? "");
}
const AT_A_SAINTS = new Set("at in from near outside behind".split(" "));
const SAINT = new Set(["st", "saint", "ste", "sainte"]);
const SAINTS_OWN = new Set("day eve feast night novena prayer prayers medal medals cross fire dance".split(" "));

/** Which titles a text cites, each looked for once per text: a post of a thousand names asks for each. */
class CitedTitles {
  readonly #text: string;
  readonly #folded: string;
  readonly #known = new Map<string, boolean>();

  constructor(text: string, folded: string) {
    this.#text = text;
    this.#folded = folded;
  }

  has(title: string): boolean {
    let cited = this.#known.get(title);
    if (cited === undefined) {
      cited = this.#isCited(title);
      this.#known.set(title, cited);
    }
    return cited;
  }

  #isCited(title: string): boolean {
    const [text, folded] = [this.#text, this.#folded];
    if (title === SCRIPTURE) return SCRIPTURE_CITED.test(text) || VERSE_CITED.test(folded);
    for (let at = folded.indexOf(title); at !== -1; at = folded.indexOf(title, at + 1)) {
      const end = at + title.length;
      if (isCitedTitle(text, at, end) || isTitleWrittenAsOne(text, at, end)) return true;
    }
    // A character called by a title of their own cites the title as its name does: "Dr. Melfi seeing Tony".
    return lexicons()
      .titledCharactersOf(title)
      .some((name) => this.#isNamed(name));
  }

  /** Whether a character's name ("dr. melfi") is written in capitals, its title's full stop there or not. */
  #isNamed(name: string): boolean {
    const [title = "", ...rest] = name.replace(".", "").split(" ");
    const written = new RegExp(String.raw`(?<![\p{L}])${title}\.? ${escaped(rest.join(" "))}(?![\p{L}])`, "gu");
    for (const found of this.#folded.matchAll(written))
      if (isInTitleCase(this.#text.slice(found.index, found.index + found[0].length))) return true;
    return false;
  }
}

/**
 * A title written in title case as a whole word ("The Sopranos", "In Treatment"); one of a single word only inside a
 * sentence, where its capital is its own ("Lucy's booth in Peanuts").
 */
function isTitleWrittenAsOne(text: string, start: number, end: number): boolean {
  if (/\p{L}/u.test(text.charAt(start - 1)) || /\p{L}/u.test(text.charAt(end))) return false;
  const title = text.slice(start, end);
  return (
    isInTitleCase(title) &&
    /^\p{Lu}/u.test(title) &&
    (title.includes(" ") || !isSentenceStart(text, start) || isNothingButATitle(title.toLowerCase()))
  );
}

/** A one-word title that is no common word and no name ("Bluey"): cited even where a sentence opens with it. */
function isNothingButATitle(title: string): boolean {
  const { commonEnglish, firstNames, surnames } = lexicons();
  return !commonEnglish.has(title) && !firstNames.has(title) && !surnames.has(title);
}

/** Quoted as a title (the quote closing right after it), or capitalized after watching, reading or a scene. */
function isCitedTitle(text: string, start: number, end: number): boolean {
  if (/[a-z]/i.test(text.charAt(start - 1)) || /[a-z]/i.test(text.charAt(end))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const quoted = QUOTE_BEFORE.test(before) && /^[”"'’*_]/.test(text.slice(end, end + 1));
  if (quoted || (/^\p{Lu}/u.test(text.charAt(start)) && CITED_BEFORE.test(before))) return true;
  // A title of words in lower case, watched or read: "good will hunting rewatch", "rewatching the sopranos".
  const words = text.slice(start, end).includes(" ");
  return words && (CITED_BEFORE.test(before) || CITED_AFTER.test(text.slice(end, end + 20)));
}
const QUOTE_BEFORE = /["“'‘*_]$/;
const CITED_AFTER =
  /^ (?:rewatch\w*|re-watch\w*|rerun|marathon|binge\w*|season|episode|finale|ending|scene|quote|soundtrack|sequel|trailer|reboot)\b/i;

const CITED_BEFORE =
  /\b(?:watch\w*|rewatch\w*|binge\w*|read|reading|reread\w*|re-read\w*|show|series|film|movie|episode|season|scenes?|book|novel|character|characters)(?: (?:from|of|in|on|the|through|all of|again))* $/i;

// "I", "I've", "I'm": the author, not a word of a name.
const SUBJECT_I = /^I(?:['’](?:m|ve|d|ll))?$/;

/** The capitalized words from `from` on that read as one name: joined by a space or a hyphen, or by "van der", "de la"… */
/** A title or a first name, after which a capitalized word is a surname whatever else it is: "Ms Im", "Dana Im". */
function isNameGoingOn(token: Token): boolean {
  const word = plainWord(token.word);
  return TITLES.has(word) || HONORIFICS.includes(word) || lexicons().firstNames.has(word);
}

function capitalizedRun(text: string, tokens: readonly Token[], from: number): Token[] & { consumed: number } {
  const run = Object.assign([tokens[from] as Token], { consumed: 0 });
  let end = from + 1;
  for (let next = tokens[end]; next !== undefined; next = tokens[end]) {
    const between = text.slice((tokens[end - 1] as Token).end, next.start);
    if (between !== " " && between !== "-") break;
    // A contraction typed without its apostrophe is the subject of what follows: "On Mondays Im useless until noon"; not
    // a surname after a title or a first name ("Ms Im", "Dana Im").
    if (next.word.length !== next.written.length && !isNameGoingOn(run.at(-1) as Token)) break;
    // An acronym made a word is no part of a name: "They're PCSing in the spring".
    if (ACRONYM_MADE_A_WORD.test(next.written)) break;
    // "I" joins a run, so a heading such as "Things I Said Today" reads as one long title.
    if (isCapitalized(next.written) || next.written === "I") {
      run.push(next);
    } else if (
      next.word === "of" &&
      INSTITUTION_KINDS.has(plainWord(run.at(-1)?.word ?? "")) &&
      namesGoOn(tokens, end + 1)
    ) {
      // "University of Somewhere", "Church of the Nazarene": an institution's name goes on after "of".
    } else if (next.word === "or" && isPlaceWithOr(run, tokens[end + 1])) {
      // "Truth or Consequences": a town whose name has "or" in it.
    } else if (!isWordBetweenNames(next.written) || !namesGoOn(tokens, end + 1)) {
      break;
    }
    end++;
  }
  // "Tuesdays I write notes", "in Germany I sent the form", "on Fridays I've started": an "I" that ends a run is the
  // subject of what follows.
  while (run.length > 1 && SUBJECT_I.test(run.at(-1)?.written ?? "")) {
    run.pop();
    end--;
  }
  run.consumed = end - from;
  return run;
}

/**
 * "Jun-Rey keeps saying it's fine", "Mary-Kate": two first names joined by a hyphen are one person's, though one half is
 * also a month or a product ("Jun"); not a public figure's ("Jean-Paul" before "Sartre" is a longer run).
 */
function isHyphenedGivenName(text: string, run: readonly Token[], plain: readonly string[]): boolean {
  const [first, second] = run;
  if (run.length !== 2 || first === undefined || second === undefined || text.slice(first.end, second.start) !== "-")
    return false;
  const { firstNames, famous, places, products, largePlaces } = lexicons();
  if (!plain.every((word) => firstNames.has(word)) || plain.every((word) => isSafe(word))) return false;
  // Not a public figure, a city or a named thing: "Kübler-Ross", "Winston-Salem", "Myers-Briggs".
  const named = [plain.join("-"), plain.join(" ")];
  return !named.some(
    (phrase) =>
      famous.has(phrase) || places.has(phrase) || largePlaces.has(phrase) || products.has(phrase) || isSafe(phrase),
  );
}

const CHAPTER_AND_VERSE = /^ \d{1,3}:\d{1,3}\b/;
// Scripture is cited by its name in capitals or by a verse: "Mark 6:31: 'Come away by yourselves…' Jesus told the
// disciples to take a break" (its figures are listed under the title "scripture").
const SCRIPTURE = "scripture";
const SCRIPTURE_CITED =
  /\b(?:the (?:Bible|Gospels?|Torah|Qur'?an|Koran|Old Testament|New Testament|Psalms|Gita|Ramayana|Mahabharata)|Scripture|Bhagavad Gita)\b/;
// The books a verse is quoted from by name (not a client and a time: "Jamal 10:30").
const BOOKS_OF_SCRIPTURE = new Set(
  `genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles ezra nehemiah esther job
  psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations ezekiel daniel hosea joel amos obadiah jonah micah
  nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john acts romans corinthians galatians
  ephesians philippians colossians thessalonians timothy titus philemon hebrews james peter jude revelation surah`.split(
    /\s+/,
  ),
);

const VERSE_CITED = new RegExp(String.raw`\b(?:${[...BOOKS_OF_SCRIPTURE].join("|")}) \d{1,3}:\d{1,3}\b`);

/** Whether the run, "or" and the capitalized word after it are a place the gazetteer knows ("Truth or Consequences"). */
function isPlaceWithOr(run: readonly Token[], after: Token | undefined): boolean {
  if (after === undefined || !isCapitalized(after.written)) return false;
  return lexicons().places.has(`${run.map((token) => token.word).join(" ")} or ${plainWord(after.word)}`);
}

/**
 * "Switched the whole practice from paper intake forms to Jane", "Migrated from TheraNest to Jane": an app named
 * without its "app" (the products list has "jane app"), where a practice moves its work to it or from it, or uses it.
 */
function isAppSwitchedTo(text: string, token: Token): boolean {
  if (!lexicons().products.has(`${plainWord(token.word)} app`)) return false;
  const [start, end] = sentenceAround(text, token.start);
  const before = text.slice(Math.max(start, token.start - 80), token.start);
  return SWITCHED_TO.test(before) && PRACTICE_SOFTWARE.test(text.slice(start, end));
}
// What a practice runs on: the sentence says so, or names the software it leaves ("from SimplePractice to Jane").
const PRACTICE_SOFTWARE =
  /\b(?:practice|clinic|scheduling|intake|forms?|ehr|emr|software|notes|billing|system|platform|simplepractice|theranest|therapynotes|paper)\b/i;
// …or where someone swears by it or uses it: "A friend swears by TherapyNotes, another by Jane."
const SWITCHED_TO =
  /\b(?:(?:switch|switched|switching|migrat\w*|mov(?:e|ed|ing)|chang(?:e|ed|ing)|transition\w*)\b[^.!?\n]{0,60}\b(?:to|from|onto)|(?:swears?|swore|sworn) by\b[^.!?\n]{0,60}\bby|(?:uses|using|tried|trying|prefers?|preferred|recommends?|recommended|pays? for|paying for)(?: [^.!?\n]{0,60}\b(?:or|and))?)\s+$/i;

/** Whether, after small words such as "van der", a capitalized word follows. */
function namesGoOn(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (tokens[at] !== undefined && isWordBetweenNames((tokens[at] as Token).written)) at++;
  return isCapitalized(tokens[at]?.written ?? "");
}

/** What a run of capitalized words names, if anything private. */
function inRun(
  text: string,
  before: Token | undefined,
  run: Token[],
  following: Token[],
  inHeading: boolean,
  surnamesSeen: () => SurnamesSeen,
): Span | undefined {
  const after = following[0];
  if (run.length === 1 && isContraction((run[0] as Token).word)) return undefined;
  const plain = run.map((token) => plainWord(token.word));
  if (isPartOfCode(text, (run[0] as Token).start, (run.at(-1) as Token).end)) return undefined;
  // "quoting Psalm 34:18 or Isaiah 40:31": a book of scripture by its chapter and verse.
  if (
    BOOKS_OF_SCRIPTURE.has(plainWord((run.at(-1) as Token).word)) &&
    CHAPTER_AND_VERSE.test(text.slice((run.at(-1) as Token).end, (run.at(-1) as Token).end + 10))
  )
    return undefined;
  if (isAuthorOfTitle(text, before) || isAuthorOfAModel(text, run)) return undefined;
  if (isANamedInstrument(plain, run, before)) return undefined;
  if (run.length === 1 && isAppSwitchedTo(text, run[0] as Token)) return undefined;
  if (isTeamFollowed(text, run, plain)) return undefined;
  if (isTitleOfAFranchise(run, before, after)) return undefined;
  if (run.length === 1 && isFirstNameOfOneCited(surnamesSeen, (run[0] as Token).start, plain[0] as string))
    return undefined;
  if (
    !(run.at(-1) as Token).word.endsWith("'s") &&
    MEASURED_BEFORE.test(text.slice(Math.max(0, (run[0] as Token).start - 20), (run[0] as Token).start))
  )
    return undefined;
  // "with Obi, nineteen, first-year apprentice": a first name and the person's age, set off by commas.
  if (run.length === 1 && isFirstNameAged(text, run[0] as Token, following)) return spanOf("proper-name", run);
  // "Posy, the ten-year-old who wouldn't say a word": set off as a child of an age, a word is someone's name ("Today,
  // the ten-year-old…" is a time, "Biscuit, my 12-year-old beagle" a pet).
  if (run.length === 1 && isSetOffWithAnAge(text, run[0] as Token)) return spanOf("proper-name", run);
  const atSentenceStart = before === undefined || isSentenceStart(text, (run[0] as Token).start);
  // A name that is also a place, a month or a holiday names nobody, but not before what only a person does:
  // "Brooklyn told me", "June brought her grandson" (a month alone is a name then, though months are products).
  // So does one spoken of as a person: "Dallas spent the whole session on his brother's funeral".
  const firstActsAsName =
    atSentenceStart &&
    (actsAsName(text, run[0] as Token, following) ||
      (run.length === 1 && isFirstNameSpokenOf(text, run[0] as Token, following)));
  if (run.length === 1 && firstActsAsName) return spanOf("proper-name", run);
  if (run.length === 1 && atSentenceStart && isAddressedByName(text, run[0] as Token, after))
    return spanOf("proper-name", run);
  // "Spud from my Wednesday recovery group brought in his chip": one of the author's group, doing something, is someone.
  if (run.length === 1 && isOneOfTheAuthorsGroup(plain[0] as string, following)) return spanOf("proper-name", run);
  // "watching Faith's dad walk out", "Summer's mom": whose relatives they are makes a first name a name anywhere.
  if (run.length === 1 && isNamedByARelative(run[0] as Token, after, following[1])) return spanOf("proper-name", run);
  // "Had Genesis and her abuela today": a first name, then someone's relative who came with them.
  if (run.length <= 2 && isSeenWithTheirKin(run.at(-1) as Token, following)) return spanOf("proper-name", run);
  if (run.length === 1 && isNamedByTheirCase(run[0] as Token, following)) return spanOf("proper-name", run);
  if (isHyphenedGivenName(text, run, plain)) return spanOf("proper-name", run);
  const phrases = phrasesOf(plain);
  // "Google Meet", "Blue Cross", "New Year's Eve": a product, a program, a holiday; but not a branch of a chain told by
  // where it is ("the Tesco Extra by the ring road", "the Piggly Wiggly on the highway", "the Kroger warehouse"), a
  // town's dealer ("Oakfield Toyota"), nor a school's team ("the Lincoln High Lynx").
  const { products } = lexicons();
  const product = phrases.find((phrase) => products.has(phrase.text));
  if (product) {
    if (isBranchOfAChain(text, before, run, following)) return spanOf("named-place", run);
    // "Hollis's Patreon", "Dana's Etsy": someone's own, by their name.
    const owner = run[product.at - 1];
    if (
      owner?.word.endsWith("'s") &&
      product.at === 1 &&
      !A_DAYS_NAME.test(product.text) &&
      !isSafe(plain[0] ?? "") &&
      isPlainFirstName(plain[0] ?? "")
    )
      return spanOf("proper-name", run.slice(0, 1));
    const schoolsTeam = product.at > 0 && SCHOOLS.has(plain[product.at - 1] ?? "");
    // "Riverside General Hospital": a show's title that is an institution's kind, after a name of its own.
    const institution = product.at > 0 && INSTITUTION_KINDS.has(product.text.split(" ").at(-1) ?? "");
    // "Feel Good Yoga": a title a business is named for, then its kind.
    const namedForATitle =
      product.at === 0 &&
      plain.length === product.size + 1 &&
      (INSTITUTION_KINDS.has(plain.at(-1) ?? "") || STREET_KINDS.has(plain.at(-1) ?? ""));
    // "They live at the end of Abbey Road": a title that is a street's name, where someone is.
    const aStreet =
      STREET_KINDS.has(plain.at(-1) ?? "") &&
      ["on", "at", "off", "of", "down", "up", "near"].includes(before?.word ?? "");
    if (schoolsTeam || institution || namedForATitle || aStreet) return spanOf("named-place", run);
    // "Kaiser Santa Clara": a chain's or a system's site, by the town after its name.
    const townAfter =
      ["at", "in", "from", "near", "to"].includes(before?.word ?? "") &&
      isTown(plain.slice(product.at + product.size).join(" "));
    if (townAfter) return spanOf("named-place", run);
    if (!(product.at > 0 && isTownAt(plain, product.at - 1))) return undefined;
  }
  // "Trudeau came in today, still furious", "Matt Damon came in today": a public figure's name, doing what a client
  // does, is a client's.
  const famousName = lexicons().famous.has(plain.join(" "));
  const end = (run.at(-1) as Token).end;
  if (famousName && isSeenAsAClient(text, (run[0] as Token).start, end)) return spanOf("proper-name", run);
  const safe = safeWords(phrases, plain);
  const place = placeIn(text, run, phrases, safe, inHeading);
  if (place) return place;
  const open = plain.map((word, at) => !safe[at] && !isAcronym((run[at] as Token).written) && word !== "");
  // "Coach Barrow", "Officer Young", "Deacon Price": after a title, a name is one though it is a word too ("Officer
  // Training" is no one).
  const titled = plain.findIndex(
    (word, at) => TITLES.has(word) && open[at + 1] === true && isNameOrWord(plain[at + 1]),
  );
  if (titled >= 0) return spanOf("proper-name", run.slice(titled));
  let from = 0;
  if (atSentenceStart) {
    // A sentence's first word is capitalized anyway: it says something only if it is no ordinary word.
    const first = plain[0] as string;
    if (
      (open[0] &&
        (isUnknown(first) ||
          (run.length > 1 && isName(first)) ||
          (run.length === 1 && isFirstNameAndInitial(text, run[0] as Token, after)))) ||
      firstActsAsName ||
      (run.length === 1 && open[0] && isNoWordDoingThings(first, following)) ||
      (run.length === 1 && open[0] && isWordDoingWhatOnlyAPersonDoes(text, run[0] as Token, following))
    ) {
      return spanOf("proper-name", run);
    }
    from = 1;
  }
  const words = plain.slice(from);
  // "working with Summer on her eating disorder", "told Hope": after a word that takes a person, a first name is
  // one, though it is also a season, a month or a virtue.
  if (
    from === 0 &&
    words.length === 1 &&
    TAKES_A_PERSON.has(before?.word ?? "") &&
    isFirstName(words[0]) &&
    !isSaidOfAPeople(words[0] as string, following)
  ) {
    return spanOf("proper-name", run);
  }
  // "trying to get Blessing moved out of the class": inside a sentence, a word written with a capital that a name list
  // has, doing something, is someone, though it is a word too (not "when Santa came", a figure of the season).
  // …and after a word that opens the sentence before it: "Honestly Destiny is the hardest working kid".
  const openedBefore =
    from === 1 && run.length === 2 && (plain[0]?.endsWith("ly") || SAID_BEFORE_WHO.has(plain[0] ?? ""));
  if (
    (from === 0 || openedBefore) &&
    words.length === 1 &&
    isFirstName(words[0]) &&
    !isSafe(words[0] as string) &&
    !(
      FIGURES.has(words[0] as string) ||
      (SEASONS.has(words[0] as string) && SEASON_DEEDS.has(following[0]?.word ?? ""))
    ) &&
    !POSSESSIVE_PRONOUNS.has(words[0] as string) &&
    !DETERMINERS.has(before?.word ?? "") &&
    (actsAsSubject(following, 0, true) || isSaidToBeSomeone(following))
  ) {
    return spanOf("proper-name", run.slice(from));
  }
  // "Peanut showed up with a fresh haircut… Eight months ago Peanut wouldn't look at me": an ordinary word written with
  // a capital inside a sentence, doing something, that also opens another sentence, is someone's nickname.
  if (from === 0 && words.length === 1 && isNicknameSpokenOfAgain(text, run[0] as Token, following)) {
    return spanOf("proper-name", run);
  }
  const rest = words.filter((_, at) => open[at + from]);
  // "I tell the Case Manager when…": a job's title, whatever its words are on a name list.
  if (rest.length === 0 || (words.length > 1 && isJobTitle(words)) || isADepartment(text, run, words)) return undefined;
  // In a heading written in title case ("Things I Am Keeping: My Sense Of Humour. Sunday Walks."), capitals are its
  // style: only a word no list has may be a name there.
  // Someone's person after a possessive ("Giota's form teacher", not "Worden's four tasks").
  const possessive =
    (run.at(-1) as Token).word.endsWith("'s") && following.slice(0, 2).some((token) => RELATIVES.has(token.word));
  const last = rest.length - 1;
  if (rest.some((word, at) => isUnknown(word, possessive && at === last) || (!inHeading && isWordlikeName(word))))
    return spanOf("proper-name", run.slice(from));
  if (inHeading) return undefined;
  // Two or three capitalized ordinary words inside a sentence name something ("Little Haiti", "Sweet Hollow",
  // "Black Lotus"); a longer run is a title or a heading ("Things I Said Today That I Regret").
  const named =
    words.length > 1 &&
    words.length <= 3 &&
    !words.some(isNumberWord) &&
    !isLabel(text, before, run) &&
    !isSaidWithCapitals(text, before, words) &&
    !isJobTitle(words) &&
    // A name opens with a word of its own, not "For" or "On": "Enthusiasm For The EHR: gone", "Working On It."
    !LINKING_WORDS.has(words[0] as string);
  // "the Grizzlies", "the Lakers": one capitalized plural after "the" is a team or a group's name.
  const team = words.length === 1 && before?.word === "the" && /[^s]s$/.test(plainWord(run.at(-1)?.word ?? ""));
  return named || team ? spanOf("named-place", run.slice(from)) : undefined;
}

const LINKING_WORDS = new Set("for of on in to at and or but with from by as it is into onto upon".split(" "));

/**
 * "Marguerite, I got the postcard from the coast.": a first name that is no common word, set off to open what is said
 * to them ("Honestly, I…", "Honey, you…" are not).
 */
function isAddressedByName(text: string, token: Token, after: Token | undefined): boolean {
  const word = plainWord(token.word);
  return (
    after !== undefined &&
    text.slice(token.end, after.start) === ", " &&
    SAID_TO.has(after.word) &&
    lexicons().firstNames.has(word) &&
    !lexicons().commonEnglish.has(word) &&
    !isSafe(word)
  );
}
const SAID_TO = new Set("i i've i'm i'd i'll you you're you've we thank thanks sorry if".split(" "));

/**
 * Ordinary words capitalized as a job's title name a role, not a place: "The Clinical Director sent an email", "every
 * Front Desk Coordinator, Billing Specialist and Office Manager". Not with a name, a place or an institution in it: "The
 * Lubbock Clinic Director", "Her Hays Probation Officer", "Jennifer Alvarez Program Manager".
 */
function isJobTitle(words: string[]): boolean {
  const last = words.at(-1) as string;
  const title = PLURAL_TITLES.has(last) ? last.slice(0, -1) : last;
  return JOB_TITLES.has(title) && words.slice(0, -1).every(isOrdinaryInATitle);
}

/**
 * "the Director of Clinical Operations", "Head of Quality Improvement": what a job's title is of is a department,
 * in ordinary words.
 */
function isADepartment(text: string, run: Token[], words: string[]): boolean {
  const of = TITLE_OF.exec(text.slice(Math.max(0, (run[0] as Token).start - 40), (run[0] as Token).start));
  return of !== null && JOB_TITLES.has((of[1] as string).toLowerCase()) && words.every((word) => DEPARTMENTS.has(word));
}
// A department's words, every one of them: "Clinical Operations", "Quality Improvement", "Behavioral Health" (not "Mercy
// Health", nor anything of "Services": an agency's name, "Community Recovery Services").
const DEPARTMENTS = new Set(
  `operations quality improvement care health development nursing education training programs
  programmes compliance finance admissions intake outreach research therapy therapies medicine psychology psychiatry
  wellbeing wellness engagement safety standards practice governance strategy people culture experience affairs
  resources relations support innovation informatics records billing access integration partnerships clinical
  behavioral behavioural mental medical social work family youth adult child children adolescent residential
  outpatient inpatient crisis emergency recovery substance addiction counseling counselling community peer patient
  client member human professional`.split(/\s+/),
);
const TITLE_OF = /\b([A-Za-z]+?)s? (?:of|for) (?:the )?$/;

/** A common word, or a word no name list has; never a place (but a rank: "Deputy") or an institution's kind. */
function isOrdinaryInATitle(word: string): boolean {
  const { places, english, commonEnglish, firstNames, surnames } = lexicons();
  const named = firstNames.has(word) || surnames.has(word);
  return (
    english.has(word) &&
    (commonEnglish.has(word) || !named) &&
    (!places.has(word) || RANKS.has(word)) &&
    !INSTITUTION_KINDS.has(word)
  );
}
// Ranks some town is also called after.
const RANKS = new Set(
  "deputy assistant associate senior junior acting interim vice executive chief lead head principal staff".split(" "),
);
// Titles said of many ("Peer Support Specialists"), not a firm's name ("Lighthouse Partners", "Cornerstone Counselors").
const PLURAL_TITLES = new Set(
  "specialists coordinators managers supervisors officers workers navigators technicians aides assistants interns trainees".split(
    " ",
  ),
);
const JOB_TITLES = new Set(
  `director manager coordinator specialist supervisor officer administrator assistant associate lead chief head
  executive president consultant liaison navigator advocate analyst intern trainee receptionist secretary clinician
  therapist counselor counsellor worker nurse practitioner psychologist psychiatrist technician aide partner owner
  chair dean registrar scheduler biller coder auditor trainer mentor facilitator`.split(/\s+/),
);

/**
 * Ordinary words capitalized for weight name no place: a deed ("everyone wants to Do Things", "Clients who Feel Seen"),
 * or what is given someone ("she gave me The Look").
 */
function isSaidWithCapitals(text: string, before: Token | undefined, words: string[]): boolean {
  if (before === undefined) return false;
  if (DEEDS_SAID_WITH_CAPITALS.has(words[0] as string)) return BEFORE_A_DEED.has(before.word);
  if (!GIVEN_TO.has(before.word)) return false;
  const twoBefore = (
    WORD_BEFORE.exec(text.slice(Math.max(0, before.start - 20), before.start))?.[1] ?? ""
  ).toLowerCase();
  return GIVING.has(twoBefore) || (SHOWING.has(twoBefore) && words[0] === "the");
}
const WORD_BEFORE = /([A-Za-z]+)\s+$/;
// A deed after what takes one ("wants to Do Things", "Clients who Feel Seen", "I finally Get It"); not a place or a
// group whose name starts with a verb ("works at Feel Good Yoga", "started Find Your Voice").
const DEEDS_SAID_WITH_CAPITALS = new Set("do get make take be have go say keep let feel find".split(" "));
const BEFORE_A_DEED = new Set(
  "to will would can could should must might who you i we they just finally really".split(" "),
);
// Not a place told to someone: "She told me Sweet Hollow is the only place she felt safe".
const GIVEN_TO = new Set(["me", "us", "him", "them", "her"]);
const GIVING = new Set("gave give gives giving given got get gets shot flashed threw".split(" "));
// Shown or sent, only "The" something: "She showed me The Look" (not "He showed me Sweet Hollow on a map").
const SHOWING = new Set("showed show sent send taught teach handed hand".split(" "));

/**
 * Ordinary words capitalized as a form's label or a list's heading name nothing: "the box labeled Diagnosis Code",
 * "Best Moments This Week:".
 */
function isLabel(text: string, before: Token | undefined, run: Token[]): boolean {
  const opensItsSentence = before === undefined || isSentenceStart(text, (run[0] as Token).start);
  return LABELED.has(before?.word ?? "") || (opensItsSentence && text.charAt((run.at(-1) as Token).end) === ":");
}
const LABELED = new Set(["labeled", "labelled", "titled", "headed", "heading", "header", "section"]);

/**
 * "Stoltenberg and Delworth's developmental model", "Hawkins and Shohet's seven-eyed model", "Karpman's Drama Triangle",
 * "Prochaska and DiClemente's stages of change": a framework named after its authors names no client. Only after
 * surnames no first-name list has: a client's own view or thing is said the same way ("Keisha's framework for dating",
 * "Marcus's Tesla Model Y", "Xiomara's internal model of relationships"), so "Bernard's Discrimination Model" is held.
 */
function isAuthorOfAModel(text: string, run: Token[]): boolean {
  const owner = run.find((token) => token.word.endsWith("'s")) ?? (run.at(-1) as Token);
  const model = MODEL_AFTER.exec(text.slice(owner.end, owner.end + 90));
  if (model === null || (model[1] === undefined && !owner.word.endsWith("'s"))) return false;
  const authors = [plainWord(owner.word), ...(model[1] ? [plainWord(model[1].replace(/^.* /, "").toLowerCase())] : [])];
  if (authors.some(isGivenName)) return false;
  const [, , kind = "", noun = ""] = model;
  if (kind === "") return FRAMEWORKS_ALONE.has(noun.toLowerCase());
  return noun.toLowerCase() === "model" || /^ \p{Lu}/u.test(kind);
}
// Past the name: another author's ("and Delworth's"), up to three words of the framework's kind, then what it is.
const MODEL_AFTER =
  /^(,? (?:and|&) \p{Lu}[\p{L}-]*['’]s)?((?: (?:\p{Lu}[\p{L}-]*|\p{Ll}+-\p{Ll}+|\p{Ll}+(?:al|ic|ive|ed)|one|two|three|four|five|six|seven|eight)){0,3}) ([Mm]odel|[Ff]ramework|[Pp]aradigm|[Tt]axonomy|[Tt]ypology|[Hh]ierarchy|[Ss]tages|[Cc]ycle|[Tt]riangle|[Tt]heory|[Cc]hecklist|[Ii]nventory|(?:[Ww]ork|[Rr]esearch|[Ww]riting) on(?! (?:herself|himself|themselves|itself|her|him|them|it|that|this|my|his|their|our|the|a|an)\b))\b/u;
// …alone, with no word of its kind before it: "Pargament's work on religious coping", "Hare's checklist".
const FRAMEWORKS_ALONE = new Set([
  "framework",
  "paradigm",
  "taxonomy",
  "typology",
  "hierarchy",
  "stages",
  "checklist",
  "inventory",
  "work on",
  "research on",
  "writing on",
]);
const isGivenName = (word: string) => {
  const { firstNames, birthRecordNames } = lexicons();
  return firstNames.has(word) || birthRecordNames.has(word);
};

/**
 * '"Burnout" by Emily and Amelia Nagoski', "*Attached* by Amir Levine": after a title in quotes, capitalized as titles
 * are, "by" names its authors. Not words someone said ('I was told "Stay" by Marcus').
 */
function isAuthorOfTitle(text: string, before: Token | undefined): boolean {
  if (before?.word !== "by") return false;
  const from = Math.max(0, before.start - 80);
  const title = QUOTED_TITLE_BEFORE.exec(text.slice(from, before.start));
  // The pattern's ^ is the post's start only when nothing was cut off before it.
  if (title !== null && title[1] === undefined && from > 0) return false;
  return (
    title !== null &&
    !SAID.test(title[1] ?? "") &&
    isInTitleCase(title[2] ?? "") &&
    !MADE_BY_SOMEONE_CLOSE.test(text.slice(from, before.start))
  );
}
// A work tied to a client or their family is theirs, whoever is named after it: 'Her son's song "Mama Don't Cry" by …',
// 'A client gave me her chapbook "Can't Go Home" by …'.
const MADE_BY_SOMEONE_CLOSE =
  /\b(?:her|his|their|client|client's|patient's|son's|daughter's|mom's|mum's|dad's|husband's|wife's|partner's|brother's|sister's)\b/;
// A quoted title of up to sixty characters, opening the post or after a word (not after a colon: 'told: "You Are
// Worthless"'), and that word; an apostrophe inside a word is the title's own ('"Brother, I'm Dying" by …').
const QUOTED_TITLE_BEFORE = /(?:^|(\w+)\s+)["“'‘*_](\p{Lu}(?:[^"”'’*_\n]|(?<=\p{L})['’](?=\p{L})){0,60})["”'’*_]\s*$/u;
/** Every word of four letters or more capitalized, as titles are ("Burnout", "The Body Keeps the Score"). */
const isInTitleCase = (title: string) => (title.match(/\p{L}{4,}/gu) ?? []).every((word) => /^\p{Lu}/u.test(word));
const SAID =
  /^(?:told|said|says|say|asked|called|texted|wrote|writes|yelled|screamed|whispered|shouted|labeled|labelled|named|nickname|nicknamed|dubbed|titled|sent|sends|signed|note|poem|message)$/i;

/** "Big T came in today", "Little J's mum": a nickname of a size or an age and a capital letter. */
function isLetterNickname(text: string, tokens: readonly Token[], i: number): boolean {
  const [size, letter] = [tokens[i] as Token, tokens[i + 1]];
  if (!NICKNAME_SIZES.has(size.word) || letter === undefined || text.slice(size.end, letter.start) !== " ")
    return false;
  // "the Big C", "a Big O" name a thing.
  if (ARTICLES.has(tokens[i - 1]?.word ?? "")) return false;
  return /^\p{Lu}(?:['’]s)?$/u.test(letter.written) && !/^[.\w]/.test(text.charAt(letter.end));
}
const ARTICLES = new Set(["the", "a", "an"]);

// Titles a person is called by at work, in church or in uniform (family words are left out: "Mom Guilt" is no one).
const TITLES = new Set(
  "coach pastor deacon officer judge rev reverend fr sgt sergeant lt det detective ofc rabbi imam bishop".split(" "),
);

function isNamedByARelative(token: Token, after: Token | undefined, afterNext: Token | undefined): boolean {
  // "Destiny's new boyfriend", "Summer's little brother"
  const relative = KIN_ADJECTIVES.has(after?.word ?? "") ? afterNext : after;
  return (
    token.word.endsWith("'s") && RELATIVES.has(relative?.word ?? "") && lexicons().firstNames.has(plainWord(token.word))
  );
}
function isSeenWithTheirKin(token: Token, following: readonly Token[]): boolean {
  const [and, whose, kin] = following;
  return (
    and?.word === "and" &&
    THEIRS_AFTER_AND.has(whose?.word ?? "") &&
    RELATIVES.has(kin?.word ?? "") &&
    isPlainFirstName(plainWord(token.word))
  );
}
const THEIRS_AFTER_AND = new Set(["her", "his", "their"]);
const KIN_ADJECTIVES = new Set("new old older younger little big baby twin late ex".split(" "));

/**
 * "Summer's placement fell through on the same day her front tooth came out": a first name's case, then spoken of as
 * a person (not "summer's placement list is out").
 */
function isNamedByTheirCase(token: Token, following: readonly Token[]): boolean {
  return (
    token.word.endsWith("'s") &&
    CASE_THINGS.has(following[0]?.word ?? "") &&
    lexicons().firstNames.has(plainWord(token.word)) &&
    !TIMES.has(plainWord(token.word)) &&
    isSpokenOfIn(following.slice(1))
  );
}
const TIMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december christmas easter thanksgiving halloween`.split(/\s+/),
);
// What is a person's own, not a day's or an office's ("Tuesday's hearing", "May's referral list").
const CASE_THINGS = new Set(
  "placement caseworker foster iep diagnosis meds medication probation parole adoption therapist psychiatrist".split(
    " ",
  ),
);

/** "Jasmine R.", "Will T.": a first name and the initial of a surname, though the name is also a word. */
function isFirstNameAndInitial(text: string, first: Token, initial: Token | undefined): boolean {
  if (initial === undefined || text.slice(first.end, initial.start) !== " ") return false;
  return /^\p{Lu}$/u.test(initial.written) && text.charAt(initial.end) === "." && isFirstName(plainWord(first.word));
}

/**
 * "if DEREK cancels again": a first name in capitals is still a name, though capitals usually mean an acronym. Of
 * four letters or more: most acronyms are three ("ROI", "ADA").
 */
// What an agency or a body in capitals is followed by, which a name in capitals is not: "the annual OSHA module".
const AN_AGENCYS_THINGS = new Set(
  `module modules training trainings rules regulation regulations form forms guidelines certification requirements
  standards compliance report audit card cards course courses guidance violation violations inspection inspector fine
  fines act law laws grant grants funding office member members conference refresher poster posters log logs`.split(
    /\s+/,
  ),
);

function isShoutedName(token: Token, next: Token | undefined): boolean {
  const word = plainWord(token.word);
  if (word.length < 4 || !isAcronym(token.written) || AN_AGENCYS_THINGS.has(next?.word ?? "")) return false;
  return isFirstName(word) && !lexicons().english.has(word) && !isSafe(word);
}

const isUpperCase = (unit: string) => unit !== unit.toLowerCase();

/**
 * "JT keeps showing up high", "RB and I had a breakthrough": two or three capitals that open a sentence and do what a
 * person does are initials.
 */
function isInitialsAsSubject(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!/^\p{Lu}{2,3}$/u.test(token.written) || !isSentenceStart(text, token.start)) return false;
  const word = plainWord(token.word);
  if (isSafe(word) || lexicons().english.has(word)) return false;
  const next = tokens[i + 1]?.word ?? "";
  // "RB and I had a breakthrough": someone the author sits beside.
  const withTheAuthor = next === "and" && tokens[i + 2]?.word === "i";
  // "TLB, if you're reading this": someone the post is written to.
  return (
    PERSON_VERBS.has(next) || VERBS_AFTER_NAME.has(next) || withTheAuthor || isAddressed(tokens[i + 1], tokens[i + 2])
  );
}

/** "…, if you're reading this", "…, if you are somehow on this board": the word before is who the post is written to. */
const isAddressed = (next: Token | undefined, after: Token | undefined) =>
  next?.word === "if" && (after?.word === "you" || after?.word === "you're");

/**
 * "RJ's discharge summary is overdue", "JT's mum called": two or three capitals whose notes, family or sessions they
 * are stand for a person. Not an acronym the safe list knows ("the NHS's budget", "the GP's letter").
 */
function isInitialsOfSomeone(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!/^\p{Lu}{2,3}['’]s$/u.test(token.written)) return false;
  const word = plainWord(token.word);
  return !isSafe(word) && !lexicons().english.has(word) && SOMEONES.has(tokens[i + 1]?.word ?? "");
}
const JOINED_TO_A_NAME = /^ (?:&|and) ([a-z]+)\b/;
const SOMEONES = new Set(
  `discharge session sessions mum mom dad mother father parents wife husband partner kids son daughter sister brother
  therapist teacher birthday funeral family foster carer caseworker`.split(/\s+/),
);

/**
 * "my 10am, initials DLW": capitals the post itself calls initials; "my 4pm, RT, reminds me of my brother": capitals
 * set off by commas after an appointment or a client.
 */
function isCalledInitials(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  if (!/^\p{Lu}{2,4}$/u.test(token.written) || before === undefined) return false;
  if (INITIALS_CUE.has(before.word)) return true;
  const between = text.slice(before.end, token.start);
  // "my 4pm, RT, reminds me", "my 2pm (TK) says"
  const setOff =
    (between === ", " && text.charAt(token.end) === ",") || (between === " (" && text.charAt(token.end) === ")");
  return setOff && APPOSITION_CUE.has(before.word);
}
const INITIALS_CUE = new Set(["initials", "initialed", "initial"]);
const APPOSITION_CUE = new Set(["am", "pm", "client", "patient", "pt", "intake", "supervisee"]);

/** A phrase of one to three consecutive words of a run, from word `at`. */
type Phrase = { at: number; size: number; text: string };

/** Every phrase of one to three words of the run, longest first, each made once. */
function phrasesOf(plain: string[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (let size = Math.min(3, plain.length); size >= 1; size--) {
    for (let at = 0; at + size <= plain.length; at++)
      phrases.push({ at, size, text: plain.slice(at, at + size).join(" ") });
  }
  return phrases;
}

/**
 * Which words are safe, alone or in a safe phrase ("New York", "Blue Cross"). A public figure's name is not safe
 * before a place's kind ("Mickelson Trail"): it names the place named for them.
 */
function safeWords(phrases: Phrase[], plain: string[]): boolean[] {
  const safe = new Array<boolean>(plain.length).fill(false);
  const { famous } = lexicons();
  for (const { at, size, text } of phrases) {
    if (!isSafe(text)) continue;
    const next = plain[at + size] ?? "";
    if (famous.has(text) && NAMED_FOR_SOMEONE.has(next) && !INSTITUTION_KINDS.has(next)) continue;
    safe.fill(true, at, at + size);
  }
  return safe;
}

/** "Had a client today named Will Smith": a client given a name, whoever else has it. */
const isClientNamed = (text: string, first: Token) =>
  /\b(?:client|patient|kid|boy|girl|man|woman|teen|guy|lady)\b[^.!?\n]{0,20}\b(?:named|called)\s$/i.test(
    text.slice(Math.max(0, first.start - 40), first.start),
  ) && !/^[\p{L}'’. -]*? as\b/u.test(text.slice(first.end, first.end + 40));

/** A public figure's whole name, of two words or more: "Alice Walker". */
const isPublicFiguresName = (run: Token[]) =>
  run.length > 1 && lexicons().famous.has(run.map((token) => plainWord(token.word)).join(" "));

/** "the Tesco Extra by the ring road": a chain's branch, told by where it stands. */
function isBranchOfAChain(text: string, before: Token | undefined, run: Token[], following: Token[]): boolean {
  if (before?.word !== "the") return false;
  const [where, the] = [following[0]?.word ?? "", following[1]?.word ?? ""];
  const end = (run.at(-1) as Token).end;
  const place = following[2]?.word ?? "";
  if (FACILITIES.has(where)) return true;
  return (
    BRANCH_LOCATORS.has(where) &&
    ((the === "the" && ROADSIDE.has(place)) ||
      /^ (?:on|by|at|near|off) (?:no\.? ?)?\d/i.test(text.slice(end, end + 12)))
  );
}
const BRANCH_LOCATORS = new Set("on by near off opposite behind beside".split(" "));
// What a school is called by, before its team's name: "the Lincoln High Lynx".
const SCHOOLS = new Set("high elementary middle prep academy school college university".split(" "));
// A chain's site where people work: "the Kroger warehouse", "the Tyson plant".
const FACILITIES = new Set(
  "warehouse plant depot factory hub mill yard distribution franchise branch outlet".split(" "),
);
// Where a chain's branch stands: "by the ring road", "on the highway", "near the square" (not "on the way in", nor "the
// Starbucks on the corner", a corner of nowhere named).
const ROADSIDE = new Set(
  "ring road highway interstate bypass strip square mall freeway turnpike pike parkway motorway boulevard avenue main high edge outskirts north south east west old new county state river lake beach plaza courthouse church market park school hospital bridge harbor harbour".split(
    " ",
  ),
);

/** A US town of one word or more, not a large city, a word or a name. */
function isTown(words: string): boolean {
  const { places, english, largePlaces } = lexicons();
  return (
    words !== "" &&
    places.has(words) &&
    !largePlaces.has(words) &&
    !english.has(words) &&
    !isBritishSpelling(words) &&
    !INSTITUTION_KINDS.has(words) &&
    !isName(words)
  );
}

/** A US town at `at` among the words, not a word or a name too. */
function isTownAt(plain: string[], at: number): boolean {
  const word = plain[at] ?? "";
  const { places, english } = lexicons();
  return places.has(word) && !english.has(word) && !isName(word);
}

/** A US town or city (not a large one) among the run's phrases. */
function placeIn(text: string, run: Token[], phrases: Phrase[], safe: boolean[], inHeading: boolean): Span | undefined {
  const { places, english } = lexicons();
  for (const { at, size, text: name } of phrases) {
    if (!places.has(name) || safe[at]) continue;
    // A one-word place that is also a word or a name ("Hope", "Temple") counts only after "in", "from"…
    // (In a heading in title case, such a word is only capitalized: "Empathy: Running On Reserve.")
    if (
      size === 1 &&
      (english.has(name) || isName(name)) &&
      (inHeading || !afterLocative(text, (run[at] as Token).start))
    )
      continue;
    // "Taylor Swift" is a person, though Taylor is a town.
    if (size === 1 && run.length > 1 && isName(name)) continue;
    return spanOf("named-place", run.slice(at, at + size));
  }
  return undefined;
}

const NUMBER_WORDS = new Set("one two three four five six seven eight nine ten first second third last".split(" "));
const isNumberWord = (word: string) => NUMBER_WORDS.has(word);

// A file, a domain, a hashtag or a path: "Node.js", "#Grateful", "r/Therapists" (the contact rules read links).
const isPartOfCode = (text: string, start: number, end: number) =>
  /^\.\p{L}/u.test(text.slice(end, end + 2)) || /[.@#/_\\]$/.test(text.slice(Math.max(0, start - 1), start));

// The last word of a named institution: "Lincoln High", "Mercy General", "Harmon Logistics", "St. Jude's Hospital".
const INSTITUTION_KINDS = new Set(
  `high elementary middle prep academy school college university institute church chapel cathedral parish temple
  synagogue mosque ministries hospital clinic general medical behavioral center centre towers tower apartments
  plaza mall diner cafe café bakery bar grill tavern pub restaurant tacos pizza market grocery foods store shop
  salon barbershop gym fitness plant mill mine factory warehouse depot refinery farms farm ranch logistics industries manufacturing motors
  construction corp corporation inc llc company co bank credit union insurance realty properties dental pediatrics
  baptist methodist lutheran catholic episcopal presbyterian pentecostal adventist tabernacle fellowship assembly
  orthodox congregation ministries mission shelter pantry ymca ywca yoga studio studios pilates spa nails boutique
  outfitters supply supplies hardware tackle lumber nursery kennels kennel tires cleaners saloon lodge motel
  wildcats tigers bulldogs eagles hawks lions panthers bears warriors knights raiders rangers cardinals mustangs
  spartans trojans vikings falcons cougars jaguars hornets`.split(/\s+/),
);

/**
 * "Skibbereen District Court", "Lee County Courthouse": a court by its town's name (not "Family Court", "the Supreme
 * Court", a court by its kind alone).
 */
function isTownsCourt(plain: readonly string[]): boolean {
  return (plain.at(-1) === "court" || plain.at(-1) === "courthouse") && !COURTS_BY_KIND.has(plain[0] ?? "");
}
const COURTS_BY_KIND = new Set(
  `family district circuit county supreme crown high magistrates magistrates' magistrate's juvenile youth drug
  housing small claims federal state superior appeals appellate probate sheriff sheriff's children's coroner's coroners
  employment civil criminal traffic municipal city tax food the a`.split(/\s+/),
);

/** A run of two or more words ending in an institution's kind ("Lincoln High"), whatever its other words are. */
function institutionIn(run: Token[], plain: string[], text: string): Span | undefined {
  // "I'm Catholic", "I'm Orthodox": the author saying what they are, not an institution's name.
  if (plain[0] === "i") return institutionIn(run.slice(1), plain.slice(1), text);
  if (isNamedMemorial(run, plain, text)) return spanOf("named-place", run);
  if (
    run.length < 2 ||
    !(
      INSTITUTION_KINDS.has(plain.at(-1) ?? "") ||
      INSTITUTION_KINDS.has(plain[0] ?? "") ||
      isKindOfAPlace(run, plain, text) ||
      isTownsCourt(plain)
    )
  ) {
    return undefined;
  }
  // "Blue Cross", "Google Meet", "The Body Keeps the Score" name products, not places; "Southern Baptist" is a faith.
  return hasPhraseOf(plain, lexicons().products) || isSafe(plain.join(" ")) ? undefined : spanOf("named-place", run);
}

/**
 * "Islamic Center of Greater Toledo", "First Baptist Church of Hammond": an institution's kind inside the name, then
 * "of" and where it is.
 */
function isKindOfAPlace(run: Token[], plain: string[], text: string): boolean {
  // Where it is must be a town the gazetteer has, not a word, a country or a nation's ("the Church of England", "the
  // Temple of Doom", "the School of Rock", "the National Institute of Mental Health").
  const where = plain.at(-1) ?? "";
  const { places, english } = lexicons();
  // A metro area is always a town's ("of Greater Toledo"), whatever else its name is.
  const town = places.has(where) && (plain.at(-2) === "greater" || !(english.has(where) || isSafe(where)));
  if (!town) return false;
  return run.some(
    (token, at) =>
      at > 0 &&
      at < run.length - 1 &&
      INSTITUTION_KINDS.has(plain[at] ?? "") &&
      / of $/i.test(text.slice(token.end, token.end + 4)),
  );
}

/**
 * "Charlton Memorial", "Baptist Memorial", "Good Samaritan Memorial": a hospital, by two or three words ending in
 * "Memorial" with no "the" before them. Not a nation's memorial ("the Lincoln Memorial", "Kennedy Memorial" for a
 * president's), nor the holiday ("Happy Memorial weekend", "After Memorial Day").
 */
function isNamedMemorial(run: Token[], plain: string[], text: string): boolean {
  const first = plain[0] ?? "";
  if (plain.length < 2 || plain.length > 3 || plain.at(-1) !== "memorial") return false;
  if (NATIONAL_MEMORIALS.has(first) || lexicons().famous.has(first) || NO_HOSPITALS_FIRST_WORD.has(first)) return false;
  const [start, end] = [(run[0] as Token).start, (run.at(-1) as Token).end];
  return (
    !/\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start)) && !A_MEMORIAL_DAY.test(text.slice(end, end + 10))
  );
}
// Words before "Memorial" that make it the holiday or a nation's ("Happy Memorial", "After Memorial", "The Lincoln…").
const NO_HOSPITALS_FIRST_WORD = new Set(
  "the happy over after before since on this last next until every during by".split(" "),
);
const A_MEMORIAL_DAY = /^ (?:day|weekend|service|quilt|wall|park|fund)\b/i;

// The memorials of a nation's capital, named for presidents the name lists also have.
const NATIONAL_MEMORIALS = new Set("lincoln jefferson washington roosevelt kennedy".split(" "));

const LOCATIVE = /\b(?:in|from|near|outside|to|at|of|around|through|past|beyond)\s$/i;
const afterLocative = (text: string, start: number) => LOCATIVE.test(text.slice(Math.max(0, start - 9), start));

/**
 * A title the safe list has with "The", cited without it after an article: "a Body Keeps the Score quote", "an Ordinary
 * People rewatch".
 */
function isTitleWithoutItsThe(text: string, tokens: readonly Token[], i: number, size: number): boolean {
  if (
    !/\b(?:an?|that|this|every|my|another)\s$/i.test(
      text.slice(Math.max(0, (tokens[i] as Token).start - 8), (tokens[i] as Token).start),
    )
  )
    return false;
  for (let end = i + size - 1; end < Math.min(tokens.length, i + size + TITLE_WORDS_AFTER); end++) {
    const phrase = text.slice((tokens[i] as Token).start, (tokens[end] as Token).end).toLowerCase();
    if (lexicons().safe.has(`the ${phrase}`)) return true;
  }
  return false;
}
const TITLE_WORDS_AFTER = 3;

/**
 * One end of a move whose other end is a state or a country: "Moved my practice from Queensland to Victoria" (Victoria
 * is a first name too), "from Victoria to New South Wales".
 */
function isMovedBetweenLargePlaces(text: string, span: Span): boolean {
  const before = FROM_A_PLACE_TO.exec(text.slice(Math.max(0, span.start - MOVE_REACH), span.start))?.[1];
  const after = /\bfrom $/i.test(text.slice(Math.max(0, span.start - 5), span.start))
    ? TO_A_PLACE.exec(text.slice(span.end, span.end + MOVE_REACH))?.[1]
    : undefined;
  const place = before ?? after;
  return place !== undefined && isLargePlace(place.toLowerCase());
}
const FROM_A_PLACE_TO = /\bfrom (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) to $/u;
const TO_A_PLACE = /^ to (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u;
const MOVE_REACH = 40;
const isLargePlace = (place: string) =>
  lexicons().largePlaces.has(place) || LARGE_PLACES.has(place) || lexicons().regionsAbroad.has(place) || isSafe(place);

/** Authors before their work: "the Jordan and McIntosh book open on my lap", "the Linehan manual". */
function isAuthorsOfAWork(text: string, run: readonly Token[]): boolean {
  const [start, end] = [(run[0] as Token).start, (run.at(-1) as Token).end];
  if (!/\bthe (?:\p{Lu}[\p{L}'’-]+ (?:and|&) )?$/u.test(text.slice(Math.max(0, start - 30), start))) return false;
  return A_WORK_AFTER.test(text.slice(end, end + 40));
}
const A_WORK_AFTER =
  /^(?: (?:and|&) \p{Lu}[\p{L}'’-]+)? (?:book|paper|article|chapter|study|model|text|textbook|manual|workbook|protocol|scale|inventory|framework)\b/u;

/** A large place's airport, which names no one's town: "Got to Dublin Airport for my first holiday in two years". */
function isLargePlacesAirport(name: string): boolean {
  const place = /^(.+?) (?:International )?Airport$/.exec(name)?.[1]?.toLowerCase();
  return place !== undefined && (lexicons().largePlaces.has(place) || LARGE_PLACES.has(place));
}

/**
 * A name the safe list has whole, as written: with its "of" ("the College of Psychologists of Ontario", a run of
 * "College" and "Psychologists"; "the Board of Behavioral Sciences", a run after "Board of"), or of three words or more
 * ("Mental Health Care Plan").
 */
function isSafeAsWritten(text: string, run: readonly Token[]): boolean {
  const [start, end] = [(run[0] as Token).start, (run.at(-1) as Token).end];
  const written = text.slice(start, end).toLowerCase();
  // (Three words or more, or with "of" or "&": a public figure's two are read as a client's where the post says so.)
  const long = run.length >= 3 || (run.length > 1 && (written.includes(" of ") || written.includes(" & ")));
  if (long && isSafe(written) && !lexicons().famous.has(written)) return true;
  // A chain's name the safe list has with its "'s": "Had a cheeky Nando's after ward rounds" (not "Nando's mum rang").
  if (run.length === 1 && written.endsWith("'s") && lexicons().safe.has(written))
    return !RELATIVES.has(/^\s+(\w+)/.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? "");
  // …or with a capitalized word before it that the run left out: "Mental Health Care Plan admin is the bane…"
  const word = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, start - NAME_BEFORE_OF_REACH), start))?.[1];
  if (word !== undefined && isSafe(`${word.toLowerCase()} ${written}`)) return true;
  const before = NAME_AND_OF_BEFORE.exec(text.slice(Math.max(0, start - NAME_BEFORE_OF_REACH), start))?.[1];
  return before !== undefined && isSafe(`${before.toLowerCase()} of ${written}`);
}
const CAPITALIZED_BEFORE = /(\p{Lu}[\p{L}'’-]*) $/u;
const NAME_AND_OF_BEFORE = /(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) of $/u;
const NAME_BEFORE_OF_REACH = 40;

/** Safe as written or in the singular ("Mondays", "Fridays"). */
function isSafe(phrase: string): boolean {
  const { safe } = lexicons();
  const singular = phrase.endsWith("s") ? phrase.slice(0, -1) : phrase;
  return safe.has(phrase) || STATE_NAMES.has(phrase) || safe.has(singular) || isPeopleOfAPlace(singular);
}

/**
 * A people's or a language's name made from a country's or a state's: "Kenyan", "Nigerian", "Texan", "Nepali". Who
 * comes from a whole country names no one. Not a word the name lists have ("Roman", "Parisi"; the birth records also
 * give "Kenyan"), nor one made from a city.
 */
function isPeopleOfAPlace(word: string): boolean {
  // The ending first: most words have none of them, and isSafe asks of every word of a capitalized run. A large city's
  // people too: "Parisian French", "Houstonians".
  const ending = peopleEndingOf(word);
  if (ending === undefined) return false;
  const { countries, firstNames, birthRecordNames, surnames, largePlaces } = lexicons();
  const stem = word.slice(0, -ending.length);
  const ofAPlace = PLACE_FROM_STEM.some((end) => countries.has(stem + end) || STATE_NAMES.has(stem + end));
  const ofALargePlace = PLACE_FROM_STEM.some((end) => largePlaces.has(stem + end));
  return (ofAPlace || ofALargePlace) && !((firstNames.has(word) && !birthRecordNames.has(word)) || surnames.has(word));
}
// What a place's name ends in that its people's name drops: "Kenya" (Kenyan), "Texas" (Texan), "Nepal" (Nepali).
const PLACE_FROM_STEM = ["", "a", "e", "o", "y", "as"];
const PEOPLE_ENDINGS = ["ian", "ean", "an", "ese", "ish", "i"];

/** The first of PEOPLE_ENDINGS that `word` ends in after a stem of three letters or more; a loop, not a closure per word. */
function peopleEndingOf(word: string): string | undefined {
  for (const suffix of PEOPLE_ENDINGS) if (word.endsWith(suffix) && word.length > suffix.length + 2) return suffix;
  return undefined;
}

/** Neither an English word, nor safe, nor a number: most likely a name. */
function isUnknown(word: string, possessive = false): boolean {
  if (word.length < 2 || lexicons().english.has(word) || isSafe(word) || /\d/.test(word)) return false;
  if (isBritishSpelling(word)) return false;
  // "Sooooo", "Ughhhh": a letter held for emphasis is no name.
  if (/(\p{L})\1\1/u.test(word)) return false;
  if (isName(word)) return true;
  // "Rehoming", "Decluttering", "Rebooked", "Programme", "Bouldering": an English word with a prefix or an ending,
  // or spelled the British way.
  if (isDerivedWord(word)) return false;
  // "Egyptian", "Jungian", "Balinese": adjectives made from places and people.
  // "Becuase", "Thier", "Definately": a long word one slip from an English word is a typo, not a name; but no one slips
  // into a possessive with a capital before someone's person ("Giota's form teacher", not "iota").
  return !isAdjectiveOfAName(word) && (possessive || !isTypo(word));
}

// "Won't", "They'll", "Should've": a contraction of an English word names nobody; "Dmitri'll" still names Dmitri.
const CONTRACTION = /(?:'ll|'re|'ve|'d|'m)$/;

function isContraction(word: string): boolean {
  return word.endsWith("n't") || (CONTRACTION.test(word) && lexicons().english.has(word.replace(CONTRACTION, "")));
}

// A text of hundreds of different unknown words is gibberish, not typos: past this many checks in one text, a
// word is taken as unknown (held, at worst), so such a text costs no more than prose. Results are kept per word.
const MOST_TYPO_CHECKS = 24;
let typoChecksLeft = MOST_TYPO_CHECKS;
const typos = new Map<string, boolean>();

const PREFIXED =
  /^(?:re|de|un|pre|non|mis|over|under|co|self|auto|multi|inter|micro|tele|cyber|super|hyper)-?([a-z]{4,})$/;

/** An English word with a prefix ("rehoming", "destigmatizing"), or a British "-mme" or "practise". */
function isDerivedWord(word: string): boolean {
  const { english } = lexicons();
  const stem = PREFIXED.exec(word)?.[1];
  if (stem !== undefined && english.has(stem)) return true;
  if (isInflected(word)) return true;
  if (isCompound(word)) return true;
  return english.has(word.replace(/mme$/, "m").replace(/^practis/, "practic"));
}

/**
 * "Woodturning", "Leatherwork", "Freediving", "Fangirled", "Dramatherapy", "Sandtray": an English word and an activity
 * written as one (a verb with its ending, a craft, a therapy and its tray). Not any two words: places are made so
 * ("Fishtown", "Harborview", "Ravensbrook").
 */
function isCompound(word: string): boolean {
  // Each cut looks up both parts, whose cost grows with their length: a run of letters longer than any two words
  // ("SpringfieldSpringfield…", two thousand letters) is no compound, and is not cut two thousand ways.
  if (word.length > LONGEST_COMPOUND || !ACTIVITY_ENDING.test(word)) return false;
  const { english } = lexicons();
  for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART - 1; cut++) {
    const [first, second] = [word.slice(0, cut), word.slice(cut)];
    if (english.has(first) && ((english.has(second) && ACTIVITY_ENDING.test(second)) || isInflected(second)))
      return true;
  }
  return false;
}
const SHORTEST_PART = 3;
const LONGEST_COMPOUND = 40;
const ACTIVITY_ENDING = /(?:ing|ed|work|craft|making|therapy|therapist|tray)$/;

const INFLECTION = /^([a-z]{3,}?)(?:ing|ed)$/;

/** "Bouldering", "Journaled": an English word with an ending the word lists lack ("boulder", "journal"). */
function isInflected(word: string): boolean {
  const { english } = lexicons();
  const stem = INFLECTION.exec(word)?.[1];
  if (stem === undefined) return false;
  const undoubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return english.has(stem) || english.has(`${stem}e`) || english.has(undoubled);
}

/**
 * "Hospitalising", "colour", "behaviours": the British spelling of an English word is no name; nor is a verb made
 * from a noun in "-y" that the word lists lack ("Pathologise", "pathologizing": "pathology").
 */
function isBritishSpelling(word: string): boolean {
  const { english } = lexicons();
  const american = word.replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1").replace(/our(s|ed|ing|ful|ite)?$/, "or$1");
  const noun = /^([a-z]{5,})i[sz](?:e|ed|es|ing)$/.exec(word)?.[1];
  return (american !== word && english.has(american)) || (noun !== undefined && english.has(`${noun}y`));
}

/** Whether a word of five to twenty letters is a common English word with two letters swapped, one left out or one extra. */
function isTypo(word: string): boolean {
  if (word.length < 5 || word.length > 20) return false;
  // The budget counts every word checked in this text, kept or not, so the answer depends on the text alone.
  if (typoChecksLeft-- <= 0) return false;
  const known = typos.get(word);
  if (known !== undefined) return known;
  if (typos.size > 10_000) typos.clear();
  const typo = isOneSlipFromCommon(word);
  typos.set(word, typo);
  return typo;
}

function isOneSlipFromCommon(word: string): boolean {
  const { commonEnglish: english } = lexicons();
  for (let at = 0; at < word.length; at++) {
    const swapped = word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    // An "i" after a whole word is a name's ending more often than a slip: "Rangi" is no "rang" (an "e" or an "o" is as
    // often a brand's or a place's, which stay published: "Deere", "Porto").
    const endsInAnI = at === word.length - 1 && word.charAt(at) === "i";
    if ((!endsInAnI && english.has(word.slice(0, at) + word.slice(at + 1))) || english.has(swapped)) return true;
    for (const letter of LETTERS) if (english.has(word.slice(0, at) + letter + word.slice(at))) return true;
  }
  return false;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish|ic)$/;

/**
 * "Jungian", "Balinese", "Carnatic", "Spanish": an adjective made from a name, a place or a word. In "-ish" only from a
 * word the lists know ("Kurdish", "Swedish") or English blended ("Taglish"): a name may merely end so ("Mehwish told
 * her father…").
 */
function isAdjectiveOfAName(word: string): boolean {
  const ending = ADJECTIVE_ENDING.exec(word)?.[0];
  if (ending === undefined) return false;
  if (ending !== "ish" || word.endsWith("glish")) return true;
  const { english, safe, places, countries } = lexicons();
  const stem = word.slice(0, -ending.length);
  return ["", "e", "a", "y"].some((end) => {
    const known = stem + end;
    return english.has(known) || safe.has(known) || places.has(known) || countries.has(known);
  });
}

/** A first name, a surname, or no common English word: "Young", "Wells", "Barrow"; not "Training". */
function isNameOrWord(word: string | undefined): boolean {
  const { firstNames, surnames, commonEnglish } = lexicons();
  return word !== undefined && (firstNames.has(word) || surnames.has(word) || !commonEnglish.has(word));
}

function isName(word: string): boolean {
  const { firstNames, surnames, english } = lexicons();
  return (firstNames.has(word) || surnames.has(word)) && !english.has(word) && !isSafe(word);
}

/** A common first name that is also an English word: "Will", "Faith", "Hunter". */
function isWordlikeName(word: string): boolean {
  const { commonFirstNames, english } = lexicons();
  return word.length > 2 && commonFirstNames.has(word) && english.has(word) && !isSafe(word);
}

/**
 * Whether a first name that is also a word, first in its sentence, is used as a name: a verb in the past or third
 * person after it ("Will keeps asking", "Chase texted"), "and her…" ("Faith and her sister"), "and I", "has been" and a verb
 * in -ing ("Rusty has been coming in"), or a possessive before a relative ("Destiny's foster mom"). A name that is
 * also a large place or a month ("Dallas", "June") counts only before what a person does: "Brooklyn told me".
 */
/** "Dawn was breaking when I finished", "Dawn came way too early": the time of day (not "Dawn came in for her intake"). */
function isDaybreak(word: string, following: readonly Token[]): boolean {
  if (word !== "dawn" && word !== "dusk") return false;
  const [first, second] = following.map((token) => token.word);
  const verb = first === "was" || first === "is" ? second : first;
  const then = first === "was" || first === "is" ? following[2]?.word : second;
  return DAYBREAK_VERBS.has(verb ?? "") && !GOING_SOMEWHERE.has(then ?? "");
}
const DAYBREAK_VERBS = new Set("breaking broke came comes coming rose rising crept creeping arrived".split(" "));
const GOING_SOMEWHERE = new Set("in into to for back by with over home up down out and every each on".split(" "));

function actsAsName(text: string, token: Token, following: readonly Token[]): boolean {
  const word = plainWord(token.word);
  const { commonFirstNames, english } = lexicons();
  if (!isPlainFirstName(word) || isDaybreak(word, following)) return false;
  const next = following[0];
  if (token.word.endsWith("'s")) {
    return RELATIVES.has(next?.word ?? "") || (!isSafe(word) && isWordlikeName(word)) || isInAPersonsState(following);
  }
  if (next === undefined || isCapitalized(next.written)) return false;
  // "Pat, who I see for anger": a relative clause of "who" is about a person; so is one set off with it ("Marguerite, the
  // retired letter carrier who swore…").
  if (text.slice(token.end, next.start) === ", " && (next.word === "who" || isSomeoneWho(text, following))) return true;
  // "Hope, my Tuesday 3pm, finally got a flat": a name set off as one of the author's clients.
  if (text.slice(token.end, next.start) === ", " && isTheAuthorsClient(following)) return true;
  // "Marguerite, my retired ICU nurse who knits", "Obi, nineteen, first-year apprentice": a name no word shares, set off
  // by what the author says of the person.
  if (
    text.slice(token.end, next.start) === ", " &&
    !lexicons().commonEnglish.has(word) &&
    !OATHS.has(word) &&
    isSaidOfSomeone(text, following)
  )
    return true;
  // "Hope finally stopped apologising… she asked me to": what someone did, past an adverb, when a "she" or "he" follows
  // (not "Patience finally paid off with that family", nor "Hope really matters, she taught me").
  const pastAnAdverb = isAdverbOfADeed(next.word) && isSpokenOfIn(following.slice(2));
  // "Journey finally told me the reason she quit", "Dawn finally said the word out loud": what only a person does,
  // past an adverb, needs no "she" after it.
  const adverbThenSaid = isAdverbOfADeed(next.word) && PERSON_VERBS.has(following[1]?.word ?? "");
  if (isSafe(word)) return PERSON_VERBS.has(next.word) || adverbThenSaid || bringsSomeoneOfTheirs(following);
  // A word in -ed or -s after it may be a participle or a plural ("Long healed", "Happy tears"): only after a name
  // common enough to be meant as one, or one that is no English word.
  // "Happy holidays", "Happy hols": a season's greeting, though "holidays" may be a verb ("she holidays in Spain").
  if (GREETED.has(next.word) || NOT_VERBS_IN_S.has(next.word)) return false;
  const meantAsName = commonFirstNames.has(word) || !english.has(word);
  // "Ivy no-showed again": a deed in two pieces.
  const noShow = next.word === "no" && following[1]?.word.startsWith("show") === true;
  const verb = pastAnAdverb || noShow || adverbThenSaid ? (following[1]?.word ?? next.word) : next.word;
  return (
    VERBS_AFTER_NAME.has(verb) ||
    // "Faith isn't always resistance", "Hope isn't a feeling you wait for": what a thing is not, not what someone did.
    (NEGATED_AUXILIARIES.has(next.word) && !isSaidOfAThing(word, following)) ||
    (meantAsName && isDeedInEd(verb)) ||
    // Past an adverb, only a deed done ("Hope finally stopped"), not what a thing does ("Hope really matters").
    (meantAsName && isVerbInThirdPerson(next.word)) ||
    isProgressive(following) ||
    isInAPersonsState(following) ||
    isSaidToBeSomeone(following) ||
    (next.word === "and" && POSSESSIVE_AFTER_AND.test(text.slice(next.end, next.end + 7))) ||
    // "Autumn and I finally cracked it": someone the author sits beside, as "RB and I" is.
    (next.word === "and" && following[1]?.written === "I") ||
    // "Dawn, if you are somehow on this board": someone the post is written to.
    (text.slice(token.end, next.start) === ", " && isAddressed(next, following[1]))
  );
}

/** An adverb before what someone did: "finally", "really", and those not in -ly ("Rowan still texts me"). */
const isAdverbOfADeed = (word: string) =>
  (word.endsWith("ly") && !NOT_ADVERBS_IN_LY.has(word)) || ADVERBS_NOT_IN_LY.has(word);
const ADVERBS_NOT_IN_LY = new Set("still just always never also even often sometimes already".split(" "));

// Words in -ly that are no adverb of a deed: "Hope only goes so far", "Grace early on", "Joy family-style".
const NOT_ADVERBS_IN_LY = new Set([
  "only",
  "early",
  "family",
  "holy",
  "likely",
  "lonely",
  "lovely",
  "ugly",
  "daily",
  "weekly",
]);

/** "the retired letter carrier who…", "a woman whose…": a few words set off after a name, then "who" of them. */
function isSomeoneWho(text: string, following: readonly Token[]): boolean {
  const [first] = following;
  if (first === undefined || !ARTICLES.has(first.word)) return false;
  const who = following
    .slice(1, SOMEONE_WHO_WITHIN + 1)
    .find((token) => token.word === "who" || token.word === "whose");
  return who !== undefined && !/[.!?;:,]/.test(text.slice(first.end, who.start));
}
const SOMEONE_WHO_WITHIN = 5;

/**
 * "Spud from my Wednesday recovery group brought in his one-year chip": "from" the author's group, class or caseload,
 * then what a person does, spoken of as one (not "Feedback from my team was harsh", "Support from my team helped").
 */
function isOneOfTheAuthorsGroup(word: string, following: readonly Token[]): boolean {
  // Not who or how many ("Nobody from my team showed up", "Half from our cohort passed"), nor a person unnamed ("Guy
  // from my DUI group called"), nor a plural ("Staff", "Parents from my group said").
  if (NOT_SOMEONE.has(word) || /[^s]s$/.test(word)) return false;
  if (following[0]?.word !== "from") return false;
  const from = OURS.has(following[1]?.word ?? "") ? 2 : 1;
  const at = following.findIndex((each, index) => index >= from && index <= 5 && GROUPS.has(each.word));
  const verb = following[at + 1]?.word ?? "";
  // Then spoken of as a person: "…brought in his one-year chip" (not "Support from my team helped a lot").
  const spokenOf = isSpokenOfIn(following.slice(at + 2));
  // …or a first name that speaks: "Bill from my Monday veterans group said…" (not "Feedback from my group said…"), or a
  // word too rare to be a thing's that does what a person does: "Bubba from my Thursday night DUI class stood up".
  const speaks =
    (SPEECH_VERBS.has(verb) && lexicons().firstNames.has(word)) ||
    (!lexicons().commonEnglish.has(word) && VERBS_AFTER_NAME.has(verb));
  // …or a word no dictionary has, whatever comes after: "Bunty from the Wednesday men's group (yes, that's what
  // everyone calls him)".
  const noWord = !lexicons().english.has(word) && !isSafe(word);
  return at >= from && ((VERBS_AFTER_NAME.has(verb) && (spokenOf || speaks)) || noWord);
}
const SPEECH_VERBS = new Set(
  "said says asked asks told tells shared shares wrote writes texted joked admitted".split(" "),
);
const OURS = new Set(["my", "our", "the"]);
const NOT_SOMEONE = new Set(
  `everyone everybody nobody someone somebody anyone anybody one half most some all many few none each both several
  staff people folks whoever another other others noone guy girl lady man woman kid dude bloke fella gal lad lass
  person client patient member`.split(/\s+/),
);
const GROUPS = new Set(
  "group class caseload cohort program programme unit ward practice clinic team session sessions list meeting meetings".split(
    " ",
  ),
);

/**
 * "Summer's been sober ninety days", "Summer has been sober": "been" and a state only a person is in makes the word
 * before it someone's name ("Summer's been brutal" is the season's).
 */
function isInAPersonsState(following: readonly Token[]): boolean {
  // "Summer's doing so much better since she quit", "Summer is doing better since she…": how someone is getting on.
  const now = following[0]?.word === "is" || following[0]?.word === "was" ? following.slice(1) : following;
  if (GETTING_ON.has(now[0]?.word ?? "") && isSpokenOfIn(now.slice(1))) return true;
  const rest = following[0]?.word === "has" || following[0]?.word === "had" ? following.slice(1) : following;
  const [been, state] = rest;
  if (been?.word !== "been") return false;
  // "June's been doing so much better since she stopped working doubles": how someone has been getting on, when a
  // "she" or "he" follows (not "June's been doing my head in").
  return PERSONS_STATES.has(state?.word ?? "") || (GETTING_ON.has(state?.word ?? "") && isSpokenOfIn(rest.slice(2)));
}
/**
 * "Destiny is the hardest working kid on my caseload", "Harmony was a sweet girl": said to be a person, the noun that
 * heads what follows "is the…" (not "Summer is the best time for kids", "Hope is a thing with feathers").
 */
function isSaidToBeSomeone(following: readonly Token[]): boolean {
  const [is, article] = following;
  if (!(is?.word === "is" || is?.word === "was") || !ARTICLES_OF_SOMEONE.has(article?.word ?? "")) return false;
  for (const token of following.slice(2, 6)) {
    if (PERSON_NOUNS.has(token.word)) return true;
    if (LINKING_WORDS.has(token.word)) return false;
  }
  return false;
}
const ARTICLES_OF_SOMEONE = new Set(["the", "a", "an", "my", "our", "such"]);
const PERSON_NOUNS = new Set(
  "kid kiddo girl boy teen teenager client patient woman man guy person student child baby mom mother dad father sister brother wife husband".split(
    " ",
  ),
);
const GETTING_ON = new Set("doing feeling struggling coping managing sleeping eating drinking using".split(" "));
const PERSONS_STATES = new Set(
  "sober clean pregnant married engaged divorced widowed hospitalized hospitalised admitted discharged arrested suspended expelled sectioned suicidal homeless".split(
    " ",
  ),
);

/** A first name first in its sentence, then spoken of as a person (`isSpokenOfAsAPerson`). */
function isFirstNameSpokenOf(text: string, token: Token, following: readonly Token[]): boolean {
  const word = plainWord(token.word);
  if (token.word.endsWith("'s") || !isPlainFirstName(word)) return false;
  return isSpokenOfAsAPerson(text, following) || isGivenAnAge(text, following, word);
}

/** A first name of three letters or more that no pronoun or family word shares ("My", "Mom" are on some lists). */
const isPlainFirstName = (word: string) => word.length >= 3 && !NOT_NAMES.has(word) && lexicons().firstNames.has(word);

/**
 * "june is 16 and sharper than half my grad cohort", "Summer turned 14 last week": the words after a first name give
 * its age, so it is someone's ("June is 30 days" gives a length).
 */
function isGivenAnAge(text: string, following: readonly Token[], name = ""): boolean {
  const [verb, age] = following;
  if (verb === undefined || age === undefined) return false;
  // "Hope was 34 and terrified", but not a month's count: "April was 31. May was 40."
  if (!AGE_VERBS.has(verb.word) && !(verb.word === "was" && !MONTHS.has(name))) return false;
  const years = Number(age.word);
  return years >= 1 && years < 100 && AFTER_AN_AGE.test(text.slice(age.end, age.end + 8));
}
const AGE_VERBS = new Set(["is", "turns", "turned"]);
const MONTHS = new Set(
  "january february march april may june july august september october november december".split(" "),
);
const AFTER_AN_AGE = /^(?:\s*(?:$|[.,;!?—–-]\s)|[.,;!?]$| (?:and|now|today|next|last|this|but|years?|yo)\b)/;

/**
 * A verb after the name (maybe after an adverb in -ly), then "his", "she", "he" or a possessive "her" in the same
 * clause before anyone else is named: "Hope had her best session yet", "Austin keeps bringing his mom's ashes", "Rain
 * came in today and finally talked about her brother's suicide". A virtue, a season or a city is "it"; nor is "her"
 * an object here ("Hope kept her going", "Faith got her through rehab": the client is someone else).
 */
function isSpokenOfAsAPerson(text: string, following: readonly Token[]): boolean {
  const verbAt = following[0]?.word.endsWith("ly") ? 1 : 0;
  const verb = following[verbAt]?.word ?? "";
  // What people do ("called", "brought", "dumped", "skipped"), not what shapes them ("Summer ruined his sleep schedule").
  // "Will is on his fourth clinician", "Hope was at her mother's": where someone is, not what a virtue is ("Faith is his
  // whole life", "Faith is at the center of his recovery", "Hope is on her side now").
  const [where, whose, what] = following.slice(verbAt + 1, verbAt + 4).map((token) => token.word);
  const whereSomeoneIs =
    BEING.has(verb) &&
    WHERE_SOMEONE_IS.has(where ?? "") &&
    (whose === "his" || whose === "her") &&
    (ORDINALS.has(what ?? "") || PERSONS_PLACES.has(what ?? "") || /(?:'s|est)$/.test(what ?? ""));
  const doneBySomeone =
    VERBS_AFTER_NAME.has(verb) || AUXILIARIES.has(verb) || /^[a-z]{3,}ed$/.test(verb) || whereSomeoneIs;
  if (!doneBySomeone || DONE_TO_SOMEONE.has(verb)) return false;
  for (let at = verbAt + 1; at < following.length; at++) {
    const [before, token] = [following[at - 1] as Token, following[at] as Token];
    if (CLAUSE_ENDS.test(text.slice(before.end, token.start))) return false;
    if (RELATIVES.has(token.word) || SOMEONE_ELSE_NAMED.has(token.word)) return false;
    if (PERSON_PRONOUNS.has(token.word)) return true;
    // A possessive "her" has what is hers after it; at the end of the words read, it may be an object.
    const after = following[at + 1]?.word;
    if (token.word === "her") return after !== undefined && !NOT_AFTER_POSSESSIVE_HER.test(after);
  }
  return false;
}
const AUXILIARIES = new Set(["had", "has", "does"]);
const BEING = new Set(["is", "was", "isn't", "wasn't"]);
const WHERE_SOMEONE_IS = new Set(["on", "at", "off"]);
// "on his fourth clinician", "at her mother's": a count, someone's place or state (not "on her side", "at his core").
const ORDINALS = new Set("first second third fourth fifth sixth seventh eighth ninth tenth last next".split(" "));
// "off his meds", "on her way to rehab", "on his phone", "at her lowest" (a superlative, above)
const PERSONS_PLACES = new Set("meds medication medications way phone knees feet own".split(" "));
// Verbs a season, a city or a virtue does to a person: "Vienna shaped his theory", "Dallas changed her".
const DONE_TO_SOMEONE = new Set(
  "shaped ruined changed saved wrecked destroyed transformed defined marked scarred haunted followed raised".split(" "),
);
const PERSON_PRONOUNS = new Set(["his", "she", "he"]);
const CLAUSE_ENDS = /[.!?;:\n]/;
// Someone else the pronoun could be: "Faith helped my client through her divorce".
const SOMEONE_ELSE_NAMED = new Set("client clients patient kid girl boy woman man someone".split(" "));
// After an object "her": "kept her going", "got her through", "gave her a reason".
const NOT_AFTER_POSSESSIVE_HER =
  /^(?:a|an|the|to|up|out|back|away|through|in|on|off|alive|safe|sane|here|there|going|and|or|with|from|when|that|[a-z]+ing)$/;

function isFirstNameAged(text: string, token: Token, following: readonly Token[]): boolean {
  const next = following[0];
  if (next === undefined || text.slice(token.end, next.start) !== ", ") return false;
  // A first name, or a word no list has that is no activity or product ("Pilates, 45, then notes").
  const word = plainWord(token.word);
  const nameLike = isFirstName(word) || (isUnknown(word) && !isSafe(word));
  return nameLike && next.word !== "my" && isSaidOfSomeone(text, following);
}

function isSetOffWithAnAge(text: string, token: Token): boolean {
  const word = plainWord(token.word);
  if (isSafe(word) || word.endsWith("ly") || SAID_BEFORE_WHO.has(word)) return false;
  return AN_AGE_SET_OFF.test(text.slice(token.end, token.end + 40));
}
// Words that open a sentence before what happened, not who: "Today, the ten-year-old…", "Update, the 9-year-old…".
const SAID_BEFORE_WHO = new Set(
  "today yesterday tomorrow tonight again also then meanwhile anyway instead later earlier now still so and but yet plus besides otherwise first next last update reminder note ok okay well yes no".split(
    " ",
  ),
);
const AN_AGE_SET_OFF =
  /^, (?:the|a) (?:[\w-]+ )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[- ](?:year|yr)[- ]old(?= who\b| whose\b|,|\.)/i;

/** "my …" (the author's someone) or an age set off by commas ("nineteen,", "34,") after a name. */
function isSaidOfSomeone(text: string, following: readonly Token[]): boolean {
  const [first] = following;
  if (first === undefined) return false;
  // Not the author's own family or pets: "Carl, my husband, thinks I work too much."
  // …with an age or a word before what they are: "Gus, my twelve-year-old beagle", "Lou, my old cat".
  if (first.word === "my")
    return !following.slice(1, 6).some((token) => RELATIVES.has(token.word) || OWN_PETS.has(token.word));
  return (/^\d{1,2}$/.test(first.word) || AGE_WORDS.test(first.word)) && text.charAt(first.end) === ",";
}
// "Christ, my back hurts": an oath, not someone.
const OATHS = new Set("christ jesus god lord gosh jeez geez blimey crikey".split(" "));
const OWN_PETS = new Set(
  "dog cat puppy pup kitten rabbit bunny horse pony beagle lab labrador retriever terrier poodle mutt pug corgi husky hamster parrot tabby chihuahua dachshund collie greyhound boxer goldfish tortoise turtle".split(
    " ",
  ),
);
const AGE_WORDS =
  /^(?:(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-\w+)?)$/;

/** "my 3pm", "my Tuesday 3pm", "my new client", "my intake": the words after a name set off by a comma. */
function isTheAuthorsClient(following: readonly Token[]): boolean {
  // "Tony, a new client, came in furious": set off as a client, whosever.
  if (A_ONE.has(following[0]?.word ?? ""))
    return following.slice(1, 3).some((token) => CLIENT_WORDS.has(token.word) || token.word === "intake");
  if (following[0]?.word !== "my") return false;
  // "Wade, my long-haul trucker who only does telehealth": someone of the author's, then what they do.
  if (following.slice(2, 5).some((token) => token.word === "who")) return true;
  return following.slice(1, 3).some((token) => APPOSITION_CUE.has(token.word) || APPOINTMENT.test(token.word));
}
const A_ONE = new Set(["a", "an"]);
// An hour ("3" of "3pm", "10:30") or a weekday: an appointment's slot.
const APPOINTMENT = /^(?:\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

// What only a person does: after a name that is also a place or a month, these make it the person's.
const PERSON_VERBS = new Set(
  `told said asked texted emailed called cried laughed screamed yelled admitted disclosed confided apologized cancelled
  canceled rescheduled`.split(/\s+/),
);

// A month does not bring its grandson: "June brought her grandson", "May took his daughter", "Brooklyn got her licence".
const DONE_WITH_SOMEONE = new Set("brought took drove walked dragged got lost found missed".split(" "));
const THEIRS = new Set("her his their".split(" "));

function bringsSomeoneOfTheirs(following: readonly Token[]): boolean {
  return DONE_WITH_SOMEONE.has(following[0]?.word ?? "") && THEIRS.has(following[1]?.word ?? "");
}

// The people a possessive name is followed by: "Destiny's foster mom", "Autumn's ex".
const RELATIVES = new Set(
  `mom mum mother dad father parents ex sister brother husband wife boyfriend girlfriend kids son daughter foster stepdad
  stepmom stepfather stepmother grandma grandmother grandpa grandfather teacher caseworker therapist boss partner
  family aunt uncle cousin fiance fiancee baby parole probation officer lawyer attorney doctor pediatrician
  coach manager landlord roommate abuela abuelo tia tio auntie aunty nana granny grandparents`.split(/\s+/),
);

/** "has been coming in", "was crying": a progressive after the name, so it is someone doing something. */
function isProgressive(following: readonly Token[]): boolean {
  const [first, second, third] = following.map((token) => token.word);
  if ((first === "has" || first === "had") && second === "been") return /^[a-z]{3,}ing$/.test(third ?? "");
  return (first === "is" || first === "was") && /^[a-z]{3,}ing$/.test(second ?? "") && second !== "nothing";
}

/**
 * A name written in lower case: a known first name that is no English word ("told ashley today", "jordan i swear"),
 * a first name right after "told", "asked"… ("i told grace i'd look"), or a word no list has that acts as a
 * sentence's subject ("devontae finally brought his dad").
 */
/** Whether the word at `i` and the one after its hyphen are two first names, one person's, told or doing something. */
function isDoubleName(text: string, tokens: readonly Token[], i: number): boolean {
  const { firstNames, english } = lexicons();
  const [first, second] = [tokens[i] as Token, tokens[i + 1]];
  if (second === undefined || second.start !== first.end + 1 || !firstNames.has(plainWord(second.word))) return false;
  return (
    firstNames.has(first.word) &&
    !english.has(`${first.word}-${plainWord(second.word)}`) &&
    (ADDRESSING.has(tokens[i - 1]?.word ?? "") ||
      CLIENT_WORDS.has(tokens[i - 1]?.word ?? "") ||
      actsAsSubject(tokens, i + 2) ||
      text.slice(second.end, second.end + 2) === "'s")
  );
}

/**
 * A word after the first name at `i`, in lower case, that a surname list has or no list does, among English words:
 * "call back priyanka sethuraman re: the letter" (not a sentence of another language no list has: "kal phir se",
 * "Waheguru mehar karega").
 */
function isLowercaseSurname(text: string, tokens: readonly Token[], i: number): boolean {
  const [first, next] = [tokens[i] as Token, tokens[i + 1]];
  if (next === undefined || text.slice(first.end, next.start) !== " " || next.written !== next.word) return false;
  const word = next.word;
  const { surnames, english } = lexicons();
  const isEnglish = (token: Token | undefined) => token === undefined || english.has(token.word);
  return (
    word.length >= 6 &&
    /^[a-z]+$/.test(word) &&
    !english.has(word) &&
    (surnames.has(word) || isUnknown(word)) &&
    isEnglish(tokens[i - 1]) &&
    // …or a surname of two joined by a hyphen: "maria gonzalez-ortiz".
    (isEnglish(tokens[i + 2]) || text.charAt(next.end) === "-")
  );
}

const A_CITYS = new Set(
  "traffic weather heat humidity rent prices suburbs metro area summers winters drivers time".split(" "),
);

/**
 * A public figure's name in lower case: a surname no one has as a first name ("rogers"; not "ellis", whom a client may
 * be), or the word with the one before or after it ("carl rogers").
 */
function isFamousInLowerCase(tokens: readonly Token[], i: number): boolean {
  const { famous, firstNames } = lexicons();
  const [before, word, after] = [tokens[i - 1]?.word, (tokens[i] as Token).word, tokens[i + 1]?.word ?? ""];
  // …a possessive typed without its apostrophe too: "marsha linehans memoir".
  const afterOwn = after.endsWith("s") ? after.slice(0, -1) : after;
  return (
    (famous.has(word) && !firstNames.has(word)) ||
    // …or one the safe list has too, saying what they taught: "rogers said unconditional positive regard".
    (famous.has(word) && lexicons().safe.has(word) && TAUGHT.has(after)) ||
    famous.has(`${word} ${after}`) ||
    famous.has(`${word} ${afterOwn}`) ||
    famous.has(`${before} ${word}`)
  );
}

const TAUGHT = new Set("said says wrote writes taught teaches argued argues called calls coined believed".split(" "));

const FAMILY_BY_SURNAME = new Set("kid kids family twins boy boys girl girls household brothers sisters".split(" "));
// "nguyen fam finally agreed": a family, by whatever surname it has (a first name too).
const A_FAMILY = new Set(["fam", "family", "household", "clan"]);

/** A surname that is no English word, first name, safe word or large place: "kowalski" (not "young", "london"). */
const isSurnameOnly = (word: string) => isFamilysSurname(word) && !lexicons().firstNames.has(word);

/** A surname that is no English word, safe word or large place, a first name or not: "nguyen" in "the nguyens". */
function isFamilysSurname(word: string): boolean {
  const { surnames, english, safe, largePlaces } = lexicons();
  return word.length > 3 && surnames.has(word) && !english.has(word) && !safe.has(word) && !largePlaces.has(word);
}

const LOWERCASE_TITLES = new Set("mr mrs ms mx miss mister dr prof coach pastor deacon rabbi".split(" "));

/** A name or a word no list has, that no English word, safe word or public figure ("dr seuss", "dr phil") shares. */
function isSurnameAfterATitle(title: string, word: string): boolean {
  const { english, commonEnglish, safe, famous, surnames, firstNames } = lexicons();
  if (word.length < 3 || !/^[a-z][a-z'-]*$/.test(word) || english.has(word) || commonEnglish.has(word)) return false;
  if (safe.has(word) || famous.has(`${title} ${word}`)) return false;
  return surnames.has(word) || firstNames.has(word) || isUnknown(word);
}

/**
 * "fatimas", "imanis": a first name and an "s", no word itself, as a phone types a possessive ("Fatima's"); not a word
 * or a name in its own right ("lucas", "paris", "adams" is a surname: a name all the same).
 */
function isPossessiveTypedWithoutApostrophe(word: string, next: string): boolean {
  if (word.length < 5 || !word.endsWith("s")) return false;
  const name = word.slice(0, -1);
  const { firstNames, birthRecordNames, english, commonEnglish, safe } = lexicons();
  return (
    firstNames.has(name) &&
    // A name only the birth records give, only before who in the family is meant: "braydens dad screamed".
    (!birthRecordNames.has(name) || RELATIVES.has(next)) &&
    !english.has(name) &&
    !commonEnglish.has(name) &&
    !english.has(word) &&
    !firstNames.has(word) &&
    !safe.has(word) &&
    !safe.has(name)
  );
}

function isLowercaseName(text: string, tokens: readonly Token[], i: number, surnamesSeen: () => SurnamesSeen): boolean {
  const token = tokens[i] as Token;
  const word = plainWord(token.word);
  const { firstNames, birthRecordNames, english, safe, largePlaces } = lexicons();
  const before = tokens[i - 1]?.word ?? "";
  // "婷婷 writes her name in characters", "my client 민준 said": a word in a script without capitals, where a person is.
  if (
    CASELESS.test(token.word) &&
    [...token.word].length >= 2 &&
    (CLIENT_WORDS.has(before) ||
      ADDRESSING.has(before) ||
      CASELESS_NAMED.has(before) ||
      (WRITTEN.has(before) &&
        CASELESS.test(tokens[i + 1]?.word ?? "") &&
        A_NAME_NEARBY.test(text.slice(Math.max(0, token.start - 60), token.end + 60))) ||
      CASELESS_NAME_DOES.has(tokens[i + 1]?.word ?? ""))
  )
    return true;
  // "sess w ms okafor", "mr abernathy sr wants to sit in": a surname typed in lower case after a title typed so.
  if (LOWERCASE_TITLES.has(before) && tokens[i - 1]?.written === before && isSurnameAfterATitle(before, word))
    return true;
  // "She asked 'will this make him stop?'": a modal that is also a name, asking of someone, is the question's.
  if (
    MODAL_NAMES.has(word) &&
    ASKED_OF.has(tokens[i + 1]?.word ?? "") &&
    (isSentenceStart(text, token.start) || QUOTES.includes(text.charAt(token.start - 1)))
  )
    return false;
  // Most words are neither a first name, nor possessive, nor followed by a verb: a few lookups say so.
  const possessiveTyped = isPossessiveTypedWithoutApostrophe(word, tokens[i + 1]?.word ?? "");
  // "kowalski kid threw a chair", "the kowalski twins": a surname no word or first name shares, before who in the family
  // is meant.
  const familyBySurname =
    (FAMILY_BY_SURNAME.has(tokens[i + 1]?.word ?? "") && isSurnameOnly(word)) ||
    (A_FAMILY.has(tokens[i + 1]?.word ?? "") && isFamilysSurname(word) && !lexicons().commonFirstNames.has(word)) ||
    // "kowalskis again.": a family by its surname in the plural, opening a sentence typed in lower case
    (isSentenceStart(text, token.start) &&
      word.endsWith("s") &&
      isSurnameOnly(word.slice(0, -1)) &&
      !lexicons().english.has(word)) ||
    // "the ramirez twins": after "the", a name only the birth records give is a family's too
    (before === "the" &&
      FAMILY_BY_SURNAME.has(tokens[i + 1]?.word ?? "") &&
      lexicons().birthRecordNames.has(word) &&
      !lexicons().commonFirstNames.has(word) &&
      !lexicons().english.has(word)) ||
    // "a thank u card from the nguyens": a family by its surname in the plural
    (before === "the" && word.endsWith("s") && isFamilysSurname(word.slice(0, -1)) && !lexicons().english.has(word)) ||
    // …or in "-es": "the ruizes cancelled fam therapy"
    (before === "the" && word.endsWith("es") && isFamilysSurname(word.slice(0, -2)) && !lexicons().english.has(word));
  if (familyBySurname) return true;
  // "finished the tx plan for abernathy, the dad not the son": a surname no word or first name shares, then who in the
  // family is meant.
  if (isSurnameOnly(word) && WHICH_OF_THE_FAMILY.test(text.slice(token.end, token.end + 30))) return true;
  // "chidi & faith are why i stay": a name no word, place or safe word shares, joined to another first name
  const joined = JOINED_TO_A_NAME.exec(text.slice(token.end, token.end + 24))?.[1];
  if (
    joined !== undefined &&
    firstNames.has(word) &&
    !english.has(word) &&
    lexicons().commonFirstNames.has(joined) &&
    ![word, joined].some((name) => safe.has(name) || largePlaces.has(name) || LARGE_PLACES.has(name))
  )
    return true;
  if (
    !firstNames.has(word) &&
    !token.word.endsWith("'s") &&
    !possessiveTyped &&
    !actsAsSubject(tokens, i + 1) &&
    !ADDRESSING.has(before) &&
    !GREETINGS.has(before) &&
    tokens[i + 1]?.word !== "who"
  )
    return false;
  // "bo and his wife did a full repair attempt": a name of two letters, opening a sentence with their own people.
  if (word.length === 2 && isSentenceStart(text, token.start) && isTwoLetterName(word) && isWithTheirPeople(tokens, i))
    return true;
  if (word.length < 3 || token.written !== token.word || NOT_NAMES.has(word)) return false;
  // "evidenced by what, karen? (not a real karen, the auditor in my head)", "every kyle I've met": a name that is no
  // word, used as a kind of person, is that kind wherever the post says it.
  if (!english.has(word) && isNameForAKind(text, word)) return false;
  // A public figure in lower case, whole or by a surname no first name shares: "carl rogers would be horrified", "yalom
  // would say"; and a large city before what it has: "atlanta traffic made me late".
  if (isFamousInLowerCase(tokens, i) || (largePlaces.has(word) && A_CITYS.has(tokens[i + 1]?.word ?? ""))) return false;
  // …and the first name of one the post has cited by surname: "Freud would have a field day… thanks sigmund".
  if (isFirstNameOfOneCited(surnamesSeen, token.start, word)) return false;
  // A word no name list has, in quotes in lower case, is a word talked about: "explained what 'rizz' meant" (not
  // "told 'ashley' I'd see her").
  // So is an English word a name list has too: "something I would have called 'minor'".
  if (
    (!firstNames.has(word) || english.has(word)) &&
    QUOTES.includes(text.charAt(token.start - 1)) &&
    QUOTES.includes(text.charAt(token.end))
  )
    return false;
  // …and so is one of a few such words quoted: "whether they feel 'jagnyacha kantala', fed up of living".
  if (!firstNames.has(word) && isInALowercaseQuotation(text, token)) return false;
  // An ordinary word after words in quotes is what they name: "her 'people I can tell' page has her grandma" (not said
  // after what was said: "'I'm fine,' hope said").
  if (english.has(word) && isNamedByAQuote(text, token.start) && THINGS_DO.has(tokens[i + 1]?.word ?? "")) return false;
  // What something would be called is a word for it: "felt something I'd call grace", "what you'd call hope".
  if (before === "call" && WOULD.has(tokens[i - 2]?.word ?? "") && THINGS.has(tokens[i - 3]?.word ?? "")) return false;
  // What something is called is a word for it: "Clinically, I believe this is called hope."
  if (before === "called" && IS.has(tokens[i - 2]?.word ?? "")) return false;
  // Two first names joined are one, where a person is meant: "told stanley-jean we'd start", "marie-claire texted" (not
  // "will-power", "billy-goat").
  if (COMPOUND_AFTER.test(text.slice(token.end, token.end + 2)) && isDoubleName(text, tokens, i)) return true;
  // The first half of a compound is no name: "meta-analysis", "co-lead", "neo-Freudians"; nor a word after a letter and
  // a hyphen: "that little T-rex", "x-ray".
  if (COMPOUND_AFTER.test(text.slice(token.end, token.end + 2))) return false;
  if (/(?:^|[^\p{L}])\p{L}-$/u.test(text.slice(Math.max(0, token.start - 3), token.start))) return false;
  // A species by its genus's initial: "the T. rex", "E. coli", "H. pylori".
  if (/(?:^|[^\p{L}])\p{Lu}\. $/u.test(text.slice(Math.max(0, token.start - 4), token.start))) return false;
  if (PREFIXES.has(word) && text.charAt(token.end) === "-") return false;
  // A contraction ("can't", "won't") is no name; a possessive may be ("nkechi's").
  if (token.word.includes("'") && !token.word.endsWith("'s")) return false;
  // "my client wren texted the clinic line": a first name right after "client" or "patient", doing something, is the
  // client's, whatever else the word means; not a deed that name lists carry ("a client read 'Attached'"), nor a noun
  // that makes a compound of "client" ("my client base grew", "patient care"). A modal before a bare verb is no deed:
  // "the client may need", "will come" (`actsAsSubject` reads a verb in the past or third person).
  if (firstNames.has(word) && CLIENT_WORDS.has(before) && !NOT_A_CLIENTS_NAME.has(word) && actsAsSubject(tokens, i + 1))
    return true;
  // "ran into her husband ray at a gas station": a first name right after someone's relative, then where or who they
  // are (not "her husband will", "his son grace-filled").
  if (
    lexicons().commonFirstNames.has(word) &&
    RELATIVES.has(before) &&
    WHOSE_RELATIVE.has(tokens[i - 2]?.word ?? "") &&
    !MODALS.has(word) &&
    AFTER_A_NAME_SET_BESIDE.has(tokens[i + 1]?.word ?? ".")
  )
    return true;
  // "boo texted the after-hours line four times… i know the nickname is from her nan": a nickname in lower case.
  if (
    isSentenceStart(text, token.start) &&
    isWordDoingWhatOnlyAPersonDoes(text, token, tokens.slice(i + 1, i + 1 + NICKNAME_SPOKEN_OF_WITHIN))
  )
    return true;
  // A post written all in lower case: "hope came in crying again" reads as "Hope came in crying again", and so does
  // one opened by a word said first ("so summer finally called back").
  const following = tokens.slice(i + 1, i + 4);
  if (isSentenceStart(text, token.start) && actsAsName(text, token, following)) return true;
  // After openers, only what a person does: "so summer finally called back" (not "but summer came early").
  if (opensAfterOpeners(text, tokens, i) && actsAsName(text, token, following) && saysOrCalls(following)) return true;
  if (isSentenceStart(text, token.start) && isGivenAnAge(text, tokens.slice(i + 1, i + 3), word)) return true;
  // A name that is also a word, in lower case, where a person is meant and then spoken of: "grace finally got her
  // licence back", "river's mum rang", "sat with faith while she read", "breakthrough with sunny today, he admitted".
  if (isWordlikeName(word) && isLowercaseWordName(text, tokens, i)) return true;
  // "otto is the sweetest man and his ocd…": a first name no common word shares, opening a sentence that says what
  // kind of person they are.
  if (
    isSentenceStart(text, token.start) &&
    firstNames.has(word) &&
    !lexicons().commonEnglish.has(word) &&
    !safe.has(word) &&
    A_KIND_OF_PERSON.test(text.slice(token.end, token.end + KIND_OF_PERSON_CHARS))
  )
    return true;
  // "marguerite please stop bringing me tomatoes": a first name no common word shares, opening what is asked of them.
  if (isSentenceStart(text, token.start) && isAskedOf(tokens[i + 1]) && !lexicons().commonEnglish.has(word)) {
    if (firstNames.has(word) && !safe.has(word)) return true;
  }
  // "ngozi and her husband did the thing again", "marguerite from the tuesday grief group": a first name no common word
  // shares, with their own people or from the group they come to.
  // Not a role after a determiner: "the imam and his wife", "her new beau and his kids".
  const [before1, before2] = [tokens[i - 1]?.word ?? "", tokens[i - 2]?.word ?? ""];
  const aRole =
    DETERMINERS.has(before1) ||
    before1 === "her" ||
    ((DETERMINERS.has(before2) || before2 === "her") && ROLE_ADJECTIVES.has(before1));
  if (
    firstNames.has(word) &&
    !lexicons().commonEnglish.has(word) &&
    !safe.has(word) &&
    !aRole &&
    isWithTheirPeople(tokens, i)
  )
    return true;
  // "big mike from tues group relapsed": a first name made a nickname, with their group or doing something.
  // Not a word the size is said of ("tiny win", "little boy"), unless with their group.
  if (
    NICKNAMED_BY_SIZE.has(before) &&
    firstNames.has(word) &&
    !safe.has(word) &&
    !SIZED_NOUNS.has(word) &&
    (isWithTheirPeople(tokens, i) || (!lexicons().commonEnglish.has(word) && actsAsSubject(tokens, i + 1, true)))
  )
    return true;
  // "ok marguerite you win", "marguerite you absolute legend": a first name no common word shares, greeted or opening
  // the sentence, then spoken to.
  if (
    (GREETINGS.has(before) || isSentenceStart(text, token.start)) &&
    firstNames.has(word) &&
    !lexicons().commonEnglish.has(word) &&
    !safe.has(word) &&
    !ASSISTANTS.has(word) &&
    SAID_TO_AFTER.has(tokens[i + 1]?.word ?? "")
  )
    return true;
  // A country in lower case is more likely a name ("jordan") than a place: places are capitalized; but where one
  // travels to or from, it is the place ("flying to denver next wk", "back from jordan"; not "handed it to austin").
  // …and so is a great lake: "yeeting my laptop into lake erie".
  const safeHere = safe.has(word) && (!largePlaces.has(word) || isTravelledTo(tokens, i) || before === "lake");
  if (safeHere) return false;
  if (isInSafePhrase(text, tokens, i)) return false;
  // A name only the birth records give may be a loan word ("chai", "zen"): read as one no list has, below.
  const recordedOnly = birthRecordNames.has(word);
  // "spent an hour today with marguerite who apologized eleven times": a first name no common word shares, sat with,
  // then "who".
  if (
    firstNames.has(word) &&
    !lexicons().commonEnglish.has(word) &&
    !safe.has(word) &&
    (before === "with" || before === "w") &&
    tokens[i + 1]?.word === "who"
  )
    return true;
  // "sat through a whole session of bronwyn explaining why her sister is the problem": the one a session was of, doing
  // something.
  if (
    firstNames.has(word) &&
    !english.has(word) &&
    before === "of" &&
    TIME_SPENT_WITH.has(tokens[i - 2]?.word ?? "") &&
    /^[a-z]{3,}ing$/.test(tokens[i + 1]?.word ?? "")
  )
    return true;
  if (firstNames.has(word) && !english.has(word) && !recordedOnly) return true;
  // "fatimas interpreter didnt show", "rosalinds ex showed up": a possessive typed on a phone, without its apostrophe.
  if (possessiveTyped && tokens[i + 1] !== undefined) return true;
  // A first name and a surname in lower case are someone, wherever they stand: "call back priyanka sethuraman re: the
  // letter".
  if (firstNames.has(word) && !english.has(word) && isLowercaseSurname(text, tokens, i)) return true;
  // After a word that takes a person, a first name is one (not after a compound's second half: "our on-call line"; nor
  // a way of reaching someone that the word names: "a crisis text line", "the call list").
  const previous = tokens[i - 1];
  const inACompound =
    (previous !== undefined && text.slice(previous.start - 3, previous.start).toLowerCase() === "on-") ||
    WAYS_OF_REACHING.has(word);
  if (firstNames.has(word) && ADDRESSING.has(before) && !FUNCTION_WORDS.has(word) && !inACompound) return true;
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || !(isUnknown(word) || recordedOnly)) return false;
  // A word no list has that ends as derived words do is a thing, not a name: "onboarding took three weeks".
  if (DERIVED_ENDING.test(word)) return false;
  // …and so is a word and "-er" for who does or is it: "a high schooler told me", "the overthinkers".
  const doer = /^([a-z]{3,}?)e?rs?$/.exec(word)?.[1];
  if (doer !== undefined && english.has(doer)) return false;
  // After an article or a possessive, a word no list has is a thing: "the waitlist feels endless".
  if (DETERMINERS.has(before)) return false;
  // …and after a modal denied, a verb: "something you can't unsee" (not a question's subject: "why doesn't kwame call").
  if (DENIED_MODALS.has(before) && !QUESTION_WORDS.has(tokens[i - 2]?.word ?? "")) return false;
  // "devontae finally brought", "nkechi's drawings": a word no list has, used as someone; "had to tell rosalba i'm
  // cutting down", "okay priyanka.", "thanks nkemdirim.": told something, or spoken to (an office told in lower case,
  // "told centrelink twice", is held too: the guard holds when it is unsure).
  return (
    token.word.endsWith("'s") ||
    actsAsSubject(tokens, i + 1, firstNames.has(word) && !isSomeonesThing(tokens, i) && !ASSISTANTS.has(word)) ||
    ADDRESSING.has(before) ||
    isSpokenTo(text, tokens, i) ||
    // "shoutout to thabo who finally did the exposure homework"
    tokens[i + 1]?.word === "who" ||
    // "why does brenner always roll in 15 late": the subject of a question, after its auxiliary
    (QUESTION_AUXILIARIES.has(before) && QUESTION_WORDS.has(tokens[i - 2]?.word ?? "")) ||
    // "new kid on my caseload is jaxxon": someone new, introduced by a word no list has (a people's is on the safe list:
    // "my new client is romani")
    NEWLY_INTRODUCED.test(text.slice(Math.max(0, token.start - 60), token.start).toLowerCase())
  );
}
// "is the sweetest man", "was such a good kid": what kind of person someone is.
const A_KIND_OF_PERSON =
  /^ (?:is|was|'s) (?:the|a|an|such a|such an|my|our) (?:[a-z]+ ){0,2}(?:man|woman|guy|lady|kid|boy|girl|person|soul|human|dude|gentleman|teen|client|grandma|grandpa)\b/;
const KIND_OF_PERSON_CHARS = 60;
/** A first name of two letters that no word list has: "bo", "jo", "ty" (not "ma", "pa"). */
const isTwoLetterName = (word: string) =>
  lexicons().firstNames.has(word) && !lexicons().english.has(word) && !lexicons().commonEnglish.has(word);
const WHICH_OF_THE_FAMILY =
  /^,? the (?:dad|mom|mum|son|daughter|father|mother|wife|husband|brother|sister|older one|younger one|eldest|youngest)\b/;
// What a stretch of time is "of" when someone fills it: "a whole session of bronwyn explaining".
const TIME_SPENT_WITH = new Set("session sesh hour hours minutes afternoon morning evening week".split(" "));
const DENIED_MODALS = new Set(
  "can't cannot cant won't wont wouldn't wouldnt couldn't couldnt shouldn't shouldnt mustn't".split(" "),
);
// The auxiliaries a question puts before its subject: "why does brenner always…", "how did okafor…".
const QUESTION_AUXILIARIES = new Set("does did do doesnt didnt will can should would could".split(" "));
const QUESTION_WORDS = new Set("why how when where what whenever".split(" "));
// "big mike", "lil j": a size a nickname is made with; not what a size is said of ("tiny win", "little boy").
const NICKNAMED_BY_SIZE = new Set(["big", "lil", "little", "tiny"]);
const SIZED_NOUNS = new Set("boy boys girl girls guy man woman lady kid baby bit win one".split(" "));
// "her new beau", "the old imam": a role after a determiner and one of these.
const ROLE_ADJECTIVES = new Set("new old young former current ex latest last".split(" "));

/** "… and her husband", "… from the tuesday grief group": the word at `i` is followed by its people or its group. */
function isWithTheirPeople(tokens: readonly Token[], i: number): boolean {
  const [next, whose, who] = [tokens[i + 1]?.word, tokens[i + 2]?.word ?? "", tokens[i + 3]?.word ?? ""];
  // "and" typed as "n" on a phone: "dont book abdi n his uncle the same morning"
  if (next === "and" || next === "with" || next === "n")
    return (THEIRS.has(whose) || whose === "the") && RELATIVES.has(who);
  return next === "from" && tokens.slice(i + 2, i + 9).some((token) => GROUPS_COME_TO.has(token.word));
}
const GROUPS_COME_TO = new Set(
  "group circle class team choir congregation ward unit program programme meeting".split(" "),
);

/**
 * Whether the token is inside a quotation of a few words, all in lower case: a phrase of another language, quoted
 * ("jagnyacha kantala"). Not a sentence someone says ("'tell aroha i'm sorry'"), nor words between two apostrophes of
 * contractions ("can't tell aroha … i'm").
 */
function isInALowercaseQuotation(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - QUOTED_PHRASE_CHARS), token.start);
  const after = text.slice(token.end, token.end + QUOTED_PHRASE_CHARS);
  const opening = OPENING_QUOTE.exec(before);
  const closing = CLOSING_QUOTE.exec(after);
  if (!opening || !closing) return false;
  const phrase = `${opening[1]}${token.word}${after.slice(0, closing.index)}`;
  return LOWERCASE_PHRASE.test(phrase) && !SAID_IN_IT.test(phrase);
}
const QUOTED_PHRASE_CHARS = 40;
// A quote mark that opens a quotation (none between it and the word) and one that closes it: each beside a space or
// punctuation, not inside a word as an apostrophe is.
const OPENING_QUOTE = /(?:^|[\s(])["'‘“]([a-z -]*)$/;
const CLOSING_QUOTE = /["'’”](?=$|[\s.,;:!?)])/;
const LOWERCASE_PHRASE = /^[a-z -]+$/;
const SAID_IN_IT = /\b(?:i|me|my|you|tell|told|say|said|sorry|love|miss)\b/;

// Someone new said to be a word no list has: "new kid on my caseload is jaxxon", "my latest referral is tayvion".
const NEWLY_INTRODUCED =
  /\b(?:new|newest|latest|next|first|youngest|oldest) (?:kid|client|patient|referral|intake|boy|girl|student|resident)\b(?: [a-z']+){0,3} is $/;

/**
 * "she moved to decorah", "drives in from waukon": a town the gazetteer has and no word list does, in lower case where
 * a place is said to be. Not a state, a country or a large city, which identify nobody ("i grew up in ohio").
 */
function isLowercasePlace(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word ?? "";
  const token = tokens[i] as Token;
  // A part of a compound is no town: "moved to stanley-brown safety plans".
  if (text.charAt(token.end) === "-" || text.charAt(token.start - 1) === "-") return false;
  // After "to", only where one goes: "moved to decorah" (not "a chance to armour them up").
  if (!PLACE_BEFORE.has(before) && !(before === "to" && GOES.has(tokens[i - 2]?.word ?? ""))) return false;
  const word = token.word;
  // Where someone lives, grew up or moved, a word no list has is the place: "lives in manningham", "grew up in govan".
  if (isWhereSomeoneLives(tokens, i) && isNoListsWord(word)) return true;
  // A town after a workplace or a school, or a side of one: "the GM plant in lordstown", "the amazon warehouse in kent"
  // (a town that is a word too, but not an everyday one), "the east side of flint".
  const [kind, direction] = [tokens[i - 2]?.word ?? "", tokens[i - 3]?.word ?? ""];
  if (before === "in" && INSTITUTION_KINDS.has(kind) && (isNoListsWord(word) || isUncommonTown(word))) return true;
  if (before === "of" && SIDES.has(kind) && DIRECTIONS.has(direction) && isSmallTownName(word) && !SITES.has(word))
    return true;
  // A town of three letters only where one travels from: "she drives in from ajo" (not "a letter from ada").
  return (
    (word.length > 3 || (word.length === 3 && isTravelledFrom(tokens, i))) &&
    !lexicons().english.has(word) &&
    isSmallTownName(word)
  );
}

const SIDES = new Set(["side", "end"]);
const DIRECTIONS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]);
// What has a side that is no town, though the gazetteer has a town of its name: "the east side of campus".
const SITES = new Set(
  "town city county state campus building house street road river lake park hospital unit ward floor office island".split(
    " ",
  ),
);
const isUncommonTown = (word: string) => isSmallTownName(word) && !lexicons().commonEnglish.has(word);

/** "drives in from …", "came from …": the word at `i` is where someone travels from. */
function isTravelledFrom(tokens: readonly Token[], i: number): boolean {
  const [before, verb, verbBefore] = [tokens[i - 1]?.word, tokens[i - 2]?.word ?? "", tokens[i - 3]?.word ?? ""];
  return before === "from" && (GOES.has(verb) || (verb === "in" && GOES.has(verbBefore)));
}

/**
 * "lives in west hempstead", "drives in from new hyde park", "the hospital in grand junction": a town of two or three
 * words the gazetteer has, in lower case where someone lives or travels from or an institution is; how many words it
 * has, or 0. Not a large place ("moved to new york").
 */
function lowercaseTownOfWords(tokens: readonly Token[], i: number): number {
  // …or where one works: "a night nurse at mercy in cedar rapids"
  const institutionIn =
    tokens[i - 1]?.word === "in" && (INSTITUTION_KINDS.has(tokens[i - 2]?.word ?? "") || tokens[i - 3]?.word === "at");
  if (!isTravelledFrom(tokens, i) && !institutionIn && !isWhereSomeoneLives(tokens, i)) return 0;
  for (const size of [3, 2]) {
    const words = tokens.slice(i, i + size);
    if (words.length < size || words.some((token) => isCapitalized(token.written))) continue;
    const phrase = words.map((token) => token.word).join(" ");
    if (isSmallTownName(phrase)) return size;
    // …or a neighbourhood by its kind, where someone lives: "lives in cedar heights right by the water tower"
    if (size === 2 && isWhereSomeoneLives(tokens, i) && isNeighbourhoodsName(words.map((token) => token.word)))
      return size;
  }
  return 0;
}
const NEIGHBOURHOOD_KINDS = new Set(
  "heights hills park village estates gardens terrace acres meadows woods ridge grove springs manor commons crossing landing shores pines oaks".split(
    " ",
  ),
);
/** "cedar heights", "maple grove": a word no article or size, then a neighbourhood's kind. */
const isNeighbourhoodsName = ([name = "", kind = ""]: readonly string[]) =>
  NEIGHBOURHOOD_KINDS.has(kind) && /^[a-z]{3,}$/.test(name) && !NOT_A_NEIGHBOURHOODS_NAME.has(name);
const NOT_A_NEIGHBOURHOODS_NAME = new Set(
  `the and our his her their your its this that some any every each another other same new old nice quiet nearby
  public senior student trailer mobile low high rich poor gated fancy cheap whole entire big small little local rural
  suburban national state county city town`.split(/\s+/),
);
const PLACE_BEFORE = new Set("in from near outside around of".split(" "));
const LIVES = new Set("lives live living lived raised born moved moving based stays staying".split(" "));
const GREW = new Set("grew grow growing".split(" "));

/** "lives in …", "grew up in …", "moved to …": the word at `i` is where someone lives. */
function isWhereSomeoneLives(tokens: readonly Token[], i: number): boolean {
  const [before, verb, verbBefore] = [tokens[i - 1]?.word, tokens[i - 2]?.word ?? "", tokens[i - 3]?.word ?? ""];
  if (before !== "in" && before !== "to" && before !== "from") return false;
  return LIVES.has(verb) || (verb === "up" && GREW.has(verbBefore));
}

/** Four letters or more, on no list of words, names, places or safe words. */
function isNoListsWord(word: string): boolean {
  const { english, safe, largePlaces, firstNames } = lexicons();
  return (
    /^[a-z]{4,}$/.test(word) &&
    !english.has(word) &&
    !safe.has(word) &&
    !largePlaces.has(word) &&
    !LARGE_PLACES.has(word) &&
    !firstNames.has(word) &&
    !isDerivedWord(word) &&
    !isBritishSpelling(word)
  );
}
const GOES = new Set(
  "moved move moving moves went go going goes drove drive driving drives came come coming flew fly relocated back way trip headed heading commutes commute commuting min mins minutes hour hours hrs miles".split(
    " ",
  ),
);

/** A verb of speech or of an appointment next, past an adverb in -ly: "called", "finally called", "tells". */
function saysOrCalls(following: readonly Token[]): boolean {
  const verb = following[0]?.word.endsWith("ly") ? following[1]?.word : following[0]?.word;
  return PERSON_VERBS.has(verb ?? "") || SPEAKING.has(verb ?? "");
}
const SPEAKING = new Set("says tells asks texts calls emails".split(" "));

/** "so summer…", "so apparently destiny…": after one or two openers that start the sentence (not "pro and con lists"). */
function opensAfterOpeners(text: string, tokens: readonly Token[], i: number): boolean {
  for (let at = i - 1; at >= Math.max(0, i - 2); at--) {
    const opener = tokens[at] as Token;
    if (!OPENERS.has(opener.word)) return false;
    if (isSentenceStart(text, opener.start)) return true;
  }
  return false;
}

/** "please" or "thank you" right after a name: what is asked of the one named. */
const isAskedOf = (next: Token | undefined) =>
  next?.word === "please" || next?.word === "thank" || next?.word === "thanks";

/** "okay priyanka.", "hey marisol, it's been a year": a word after a greeting, set off as the one greeted. */
function isSpokenTo(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return GREETINGS.has(tokens[i - 1]?.word ?? "") && /^[.,!?]/.test(text.slice(token.end, token.end + 1));
}
// Voice assistants are greeted by name too: "hey siri i need a new job".
const ASSISTANTS = new Set(["siri", "alexa", "cortana", "google", "bixby"]);
const SAID_TO_AFTER = new Set("you you're you've you'll i i'm i'll i've".split(" "));
const GREETINGS = new Set("okay ok oh hey hi hello dear look listen sorry thanks bye goodbye".split(" "));

function isLowercaseWordName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1]?.word ?? "";
  // "river's mum rang": the same reading as a capitalized name's (isNamedByARelative).
  if (token.word.endsWith("'s")) return isNamedByARelative(token, tokens[i + 1], tokens[i + 2]);
  const spokenOf = isSpokenOfIn(tokens.slice(i + 1));
  if (!spokenOf) return false;
  const opens = isSentenceStart(text, token.start) || OPENERS.has(tokens[i - 1]?.word ?? "");
  if (opens) return actsAsSubject(tokens, i + 1) || SUBJECT_VERBS.has(next);
  // "what rose said about her ex", "because will told me his…": what someone said, reported.
  if (SAYING.has(next) && REPORTING.has(tokens[i - 1]?.word ?? "")) return true;
  // "wept with joy when I found out. She sent…", "shaking with rage": a feeling, not the person spoken of after it.
  if (tokens[i - 1]?.word === "with" && FEELS_WITH.has(tokens[i - 2]?.word ?? "")) return false;
  // "an older man with early dementia", "a mum with young twins": a word that is mostly an adjective, before a noun.
  if (ADJECTIVES_NAMED.has(token.word) && lexicons().commonEnglish.has(next) && !NOT_BEFORE_A_NOUN.has(next))
    return false;
  return TAKES_A_PERSON.has(tokens[i - 1]?.word ?? "") && !NOT_AFTER_A_NAME.has(next);
}
/** Whether the post uses `word` as a kind of person: "a karen", "such a chad", "every kyle" (not "classic lars"). */
function isNameForAKind(text: string, word: string): boolean {
  if (kindsOfPerson?.text !== text) kindsOfPerson = { text, words: wordsAfterAKind(text) };
  return kindsOfPerson.words.has(word) || kindsOfPerson.words.has(`${word}s`);
}
/** "a bit of a Karen", "such a Chad", "every Kyle": capitalized, only after words that make a kind of a first name. */
function isCapitalizedNameForAKind(text: string, token: Token): boolean {
  if (!lexicons().firstNames.has(token.word) || lexicons().english.has(token.word)) return false;
  return A_KIND_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start));
}
const A_KIND_BEFORE = /\b(?:a bit of an?|such an?|an? (?:real|total|typical|classic|right|proper)|every|another) $/i;
// The words of one text said as a kind, listed once: each lower-case name asks, and a post may have hundreds.
let kindsOfPerson: { text: string; words: ReadonlySet<string> } | undefined;
const AFTER_A_KIND = /\b(?:an?|every|another|such an?) (?:real |total |typical |absolute )?([a-z]+)\b/g;
const wordsAfterAKind = (text: string) =>
  new Set(Array.from(text.toLowerCase().matchAll(AFTER_A_KIND), (match) => match[1] ?? ""));

const ADJECTIVES_NAMED = new Set(
  "early young rich sunny happy merry little late royal noble brave grand free".split(" "),
);
// Words after which such a word is no adjective: "laughed with sunny about her ex", "sat with young while she cried".
const NOT_BEFORE_A_NOUN = new Set(
  `about after again and as at because before but by for from in into is of on or over since so than that the then to
  today tonight until when while who with was has had`.split(/\s+/),
);
// What one does with a feeling, not with someone: "wept with joy", "filled with hope", "glowing with pride" (not "cried
// with grace after her mum's funeral", "laughed with rose").
const FEELS_WITH = new Set(
  `wept weep weeping shaking shook trembling trembled filled full glowing glowed beaming beamed bursting overflowing lit
  radiating brimming`.split(/\s+/),
);
const SAYING = new Set("said says told asked texted wrote emailed".split(" "));
const REPORTING = new Set("what that because when until how".split(" "));
// How near a "she" or "his" must follow for a word to be read as the person it speaks of.
const SPOKEN_OF_WITHIN = 10;
const PRONOUNS = new Set("she her hers he him his she's he's she'd he'd she'll he'll".split(" "));
/** A "she" or "his" among the first words of `tokens`: what they say is of a person. */
const isSpokenOfIn = (tokens: readonly Token[]) =>
  tokens.slice(0, SPOKEN_OF_WITHIN).some((each) => PRONOUNS.has(each.word));
const IS = new Set("is was be been being it's that's what's are were".split(" "));
// Words a lower-case post opens a sentence with before a name: "so summer finally called back", "apparently destiny
// tells her friends" (not "think": "i used to think grace meant getting it right").
const OPENERS = new Set("so and but then apparently anyway honestly also".split(" "));
// What a person at a sentence's start does, besides the verbs in -ed and -s: "grace won't look at me" ("hope is…" is
// left alone: it opens too many sentences about hope).
const SUBJECT_VERBS = new Set("won't didn't can't couldn't wouldn't got".split(" "));
// After "with", a word that goes on as a phrase is no name: "with faith in her", "with grace and humour".
const NOT_AFTER_A_NAME = new Set("in of and that for to is as or".split(" "));

// Prepositions and verbs that name lists also carry ("Per", "Amid", "Said"): "called per policy", "a phone call said
// twelve" name no one.
const FUNCTION_WORDS = new Set("per amid via upon con ad versus said see can may".split(" "));

// Derived words, and adverbs misspelled ("i have definately typed").
const DERIVED_ENDING = /(?:ing|tion|sion|ment|ness|ship|ity|ism|ly)$/;

// Words that come before a thing, never before a first name ("that" is left out: "said that devontae…").
const DETERMINERS = new Set("the a an this these those every each our your their its my his no any some".split(" "));

/** What "text", "call" or "email" before it makes a thing, not someone told: "a crisis text line", "the call log". */
const WAYS_OF_REACHING = new Set(
  "line lines list lists thread threads log logs chain chains queue button history centre center board tree".split(" "),
);

// Verbs whose object is a person: a first name right after one is used as a name.
const ADDRESSING = new Set(
  `told tell tells telling asked ask asks texted text emailed email called call saw see sees met meet hugged thanked
  reminded remind warned promised messaged message paged`.split(/\s+/),
);

/**
 * "I follow the Mariners", "rooting for the Seattle Seahawks": a team followed is no one's, when it is named as teams
 * are, a plural (after a large city): not a family ("following the Hendersons"), nor a case ("the Lopez case").
 */
function isTeamFollowed(text: string, run: readonly Token[], plain: readonly string[]): boolean {
  const start = (run[0] as Token).start;
  const before = text.slice(Math.max(0, start - 30), start);
  const atAGame = WATCHES_A_TEAM.test(before) && AT_A_GAME.test(text.slice((run.at(-1) as Token).end));
  if (!FOLLOWS_A_TEAM.test(before) && !atAGame) return false;
  const { english, largePlaces, surnames } = lexicons();
  const last = plain.at(-1) ?? "";
  return (
    last.endsWith("s") &&
    !surnames.has(last.slice(0, -1)) &&
    plain.slice(0, -1).every((word) => largePlaces.has(word) || english.has(word))
  );
}
/**
 * A public figure's first name after the post has named them by surname (`before` is the text before it): "Reading Yalom
 * again… Pretty sure Irvin never did a session with a 14-year-old", "Linehan's radical acceptance… Thanks, Marsha" (not
 * a client who has the name before the surname is cited: "Marsha came in and talked about Linehan's skills").
 */
function isFirstNameOfOneCited(surnamesSeen: () => SurnamesSeen, at: number, first: string): boolean {
  // A surname of three letters or fewer ("Park Hang-seo"'s "seo") is part of too many other names to tell.
  const surnames = lexicons()
    .famousSurnamesByFirstName.get(first)
    ?.filter((surname) => surname.length > 3);
  return surnames?.some((surname) => surnamesSeen().firstAt(surname) < at) === true;
}

/**
 * Where each surname is first seen as a word in a text, asked once a text however many names it has: a post of a
 * thousand "Dr."s reads the text once per surname, not once per "Dr.".
 */
class SurnamesSeen {
  readonly #lower: string;
  readonly #first = new Map<string, number>();

  constructor(text: string) {
    this.#lower = text.toLowerCase();
  }

  firstAt(surname: string): number {
    const known = this.#first.get(surname);
    if (known !== undefined) return known;
    const lower = this.#lower;
    let found = Number.POSITIVE_INFINITY;
    for (let at = lower.indexOf(surname); at >= 0; at = lower.indexOf(surname, at + 1)) {
      if (!/[\p{L}'’-]/u.test(lower.charAt(at - 1)) && !/[\p{L}-]/u.test(lower.charAt(at + surname.length))) {
        found = at;
        break;
      }
    }
    this.#first.set(surname, found);
    return found;
  }
}

// A thing sold by its size or served by the cup is a product, not a person: "a 40 oz Stanley", "the 64GB iPhone", "a
// mug of Milo", "a can of Monster" (not whose it is: "a cup of Sarah's tea").
const MEASURED_BEFORE =
  /\b\d+(?:\.\d+)?[- ]?(?:oz|ounce|fl oz|ml|liter|litre|lb|gallon|quart|qt|pint|inch|cm|mm|gb|tb)\.? $|\b(?:a|one|two|three|another|my|the) (?:mug|cup|bottle|can|pint|glass|bag|box|tin|jar|packet|bar|bowl|shot|carton|tub|pack|sleeve) of $/i;

/**
 * A film's, a singer's or a brand's name before what it made: "numbers the drafts like Rocky sequels", "a Rambo montage",
 * "the Barbie movie", "the Eras tour", "a Stanley tumbler". A person has no sequels; their own things are said with "'s"
 * ("Ellie's movies").
 */
function isTitleOfAFranchise(run: readonly Token[], before: Token | undefined, after: Token | undefined): boolean {
  if ((run.at(-1) as Token).word.endsWith("'s") || after === undefined) return false;
  const made = plainWord(after.word);
  return FRANCHISE_WORDS.has(made) || (made === "tour" && before?.word === "the");
}
const FRANCHISE_WORDS = new Set(
  "sequel sequels prequel prequels movie movies trilogy montage remake reboot soundtrack saga fandom fanfic musical tumbler tumblers thermos".split(
    " ",
  ),
);
const FOLLOWS_A_TEAM =
  /\b(?:follow|follows|following|root for|rooting for|cheer for|cheering for|(?:a )?(?:big |huge |lifelong )?fans? of) the $/i;
// …or watched at a game, or opening a sentence about one: "Watched the Leafs lose again with my dad", "The Boks won and I
// was useless at my 8am" (not "Watching the Okafors try to co-parent").
const WATCHES_A_TEAM = /\bwatch(?:ed|ing)? the $|(?:^|[.!?]\s+)the $/i;
const AT_A_GAME =
  /^\s+(?:lose|lost|losing|win|won|winning|play|played|playing|beat|draw|drew|tie|tied|choke|choked|blow|blew)\b/i;
const THINGS = new Set("something what it that this which".split(" "));
const WOULD = new Set("i'd you'd we'd they'd would might could".split(" "));
const QUOTES = "'\"‘’“”";
const CLIENT_WORDS = new Set(["client", "patient"]);
const NOT_A_CLIENTS_NAME = new Set(
  `read saw said rose won led met ran sat lay bore wore base case care file list load page art work portal record chart
  group hours safety data contact notes intake session population`.split(/\s+/),
);
// Words after which a first name is a person: the verbs that take one, and "with".
/** Whether a word written with a capital inside a sentence is a nickname: it acts, and it opens another sentence too. */
function isNicknameSpokenOfAgain(text: string, token: Token, following: readonly Token[]): boolean {
  const word = plainWord(token.word);
  if (!lexicons().english.has(word) || isSafe(word) || lexicons().products.has(word) || NOT_NICKNAMES.has(word))
    return false;
  // Feelings and voices spoken of as characters, as narrative therapy does: "Grief comes back every Sunday night".
  if (STATES_OF_MIND.has(word) || /(?:ness|ity|ment|sion|tion)$/.test(word)) return false;
  if (!actsAsSubject(following, 0, true) && !NEGATED_DEEDS.has(following[0]?.word ?? "")) return false;
  const written = token.written.replace(/['’]s$/, "");
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
    if (at !== token.start && isSentenceStart(text, at) && !/\w/.test(text.charAt(at + written.length))) return true;
  }
  return false;
}
const STATES_OF_MIND = new Set(
  `grief anxiety shame panic fear anger rage trauma depression motivation critic hope joy guilt sadness worry dread
  loneliness despair doubt envy jealousy numbness burnout ocd adhd perfectionism rain snow`.split(/\s+/),
);
const NEGATED_DEEDS = new Set("wouldn't won't can't couldn't didn't doesn't isn't wasn't hasn't hadn't".split(" "));

/** After a possessive or a pet's kind, a word is someone's thing or animal: "her dad's porsche", "our dog ziggy". */
function isSomeonesThing(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word ?? "";
  return before.endsWith("'s") || PET_KINDS.has(before);
}
const PET_KINDS = new Set("dog dogs cat cats puppy kitten pup rabbit bunny hamster horse pony parrot".split(" "));

/** Whether the word is where one travels: "flying to denver", "back from jordan", "visiting boston". */
function isTravelledTo(tokens: readonly Token[], i: number): boolean {
  const [before, verb] = [tokens[i - 1]?.word ?? "", tokens[i - 2]?.word ?? ""];
  if (before === "in") return verb !== "" && !IN_SOMEONE.has(verb);
  // "moved chicago to denver", "moving from ohio to denver": from one large place to another.
  const travels =
    TRAVELS.has(tokens[i - 3]?.word ?? "") ||
    (tokens[i - 3]?.word === "from" && TRAVELS.has(tokens[i - 4]?.word ?? ""));
  const fromAPlace = (lexicons().largePlaces.has(verb) || LARGE_PLACES.has(verb)) && travels;
  return before === "visiting" || ((before === "to" || before === "from") && (TRAVELS.has(verb) || fromAPlace));
}
// Before "in", words that make what follows someone: "so much of myself in madison", "believed in dallas".
const IN_SOMEONE = new Set(
  "myself yourself himself herself themselves me him her them us believed believe believes trust trusted faith confidence see saw sees seen interested".split(
    " ",
  ),
);
const TRAVELS = new Set(
  `fly flying flew flown drive driving drove travel travelling traveling travelled traveled trip move moving moved
  relocate relocating relocated back headed heading going went road flight flights train bus`.split(/\s+/),
);

const POSSESSIVE_PRONOUNS = new Set("mine yours ours theirs hers his".split(" "));

const MODAL_NAMES = new Set(["will", "may"]);
const ASKED_OF = new Set("this that it he she they you i we there the my your his her our their".split(" "));

/** Figures of a season or a saying, not anyone's name: "when Santa came", "then Karma stepped in". */
const FIGURES = new Set("santa karma".split(" "));
// "By the time Autumn arrived": a season that comes or goes (not "Summer texted me a photo").
const SEASONS = new Set("autumn summer winter spring".split(" "));
const SEASON_DEEDS = new Set("arrived came ended began started rolled returned hit".split(" "));

// …"w" as a phone types "with": "working w wade, hes funny".
const WHOSE_RELATIVE = new Set("her his their client's patient's".split(" "));
const MODALS = new Set("will may can must might shall".split(" "));
// What follows a name set beside a relative: where they were, who they are, a pause ("her husband ray at a gas station").
const AFTER_A_NAME_SET_BESIDE = new Set("at in on from who whom . , and".split(" "));
const TAKES_A_PERSON = new Set([...ADDRESSING, "with", "w", "gave", "give"]);

/** "working with Amish and Mennonite clients": a people's or a faith's word before whom it describes, not a name. */
function isSaidOfAPeople(word: string, following: readonly Token[]): boolean {
  return isSafe(word) && following.slice(0, 3).some((token) => PEOPLE_DESCRIBED.has(token.word));
}
const PEOPLE_DESCRIBED = new Set(
  "clients patients families kids children youth teens people folks men women students communities congregations parents".split(
    " ",
  ),
);

const isFirstName = (word: string | undefined) => word !== undefined && lexicons().firstNames.has(word);

/** Whether the words from `next` on are a verb in the past or third person, maybe after an adverb: "finally brought". */
/** Whether words in quotes, opened after an article or a possessive, end just before `at`. */
function isNamedByAQuote(text: string, at: number): boolean {
  return MODIFIER_IN_QUOTES.test(text.slice(Math.max(0, at - 80), at));
}
// Han, kana, Hangul, Arabic, Hebrew, Devanagari, Thai…: letters with no upper or lower case.
const CASELESS = /^\p{Lo}+(?:'s)?$/u;
// A name signed or given in its own script: "She signs every form as رخسانہ", "named 婷婷".
const CASELESS_NAMED = new Set("as named called signs signed spelled spells".split(" "));
// …or written or read out as two words of it, a given name and a family name: "he wrote كريم الخطيب", "the name box
// just said מיכל אבוטבול".
const WRITTEN = new Set("said says wrote writes read reads".split(" "));
// …where a name is spoken of (not a blessing or a greeting said in its own script: "She said الحمد لله").
const A_NAME_NEARBY = /\bnames?\b/i;
// What a person does, not a word or a concept ("面子 shaped how he talked", "한 came up again").
const CASELESS_NAME_DOES = new Set(
  "said says asked asks told tells wrote writes texted texts called calls cried cancelled canceled cancels laughed smiled".split(
    " ",
  ),
);
// What a thing does after its quoted name ("page has her grandma"), not a person ("grace got the house").
const THINGS_DO = new Set(
  "has had is was lists listed shows showed includes included says said covers contains".split(" "),
);
// Three words or more in quotes say what a thing is for ("her 'people I can tell' page"); two may be what someone is
// called ("her 'other mom' joy").
const MODIFIER_IN_QUOTES =
  /\b(?:the|a|an|her|his|their|my|our|your|this|that) ['‘"“][^'‘’"“”\s]+(?: [^'‘’"“”\s]+){2,}\p{L}?['’"”] $/iu;

function actsAsSubject(tokens: readonly Token[], next: number, pastAdverbs = false): boolean {
  const adverb = tokens[next]?.word ?? "";
  const skip = adverb.endsWith("ly") || (pastAdverbs && ADVERBS_BEFORE_A_DEED.has(adverb));
  const after = skip ? tokens[next + 1] : tokens[next];
  return after !== undefined && (VERBS_AFTER_NAME.has(after.word) || isDeedInEd(after.word));
}

// Words between someone and what they did: "kavya just laughed", "he still texts".
const ADVERBS_BEFORE_A_DEED = new Set(
  "just still never always also even then again already often sometimes once".split(" "),
);

/**
 * The words after a run, read past an aside set off by dashes or brackets right after it: "Tank — six foot five,
 * gentlest man I have ever met — asked if he could hug me" is Tank asking.
 */
function followingPastAnAside(text: string, tokens: readonly Token[], next: number): Token[] {
  const from = tokens[next - 1]?.end ?? 0;
  const opening = ASIDE_OPENS.exec(text.slice(from, from + 4));
  const mark = opening && (opening[1] ?? opening[2] ?? "");
  const close = mark ? text.slice(from, from + ASIDE_LONGEST).indexOf(ASIDE_CLOSES[mark] ?? "", 2) : null;
  if (!opening || close === null || close < 0 || text.slice(from, from + close).includes("\n")) {
    return tokens.slice(next, next + FOLLOWING_READ);
  }
  const after = tokens.findIndex((token, at) => at >= next && token.start > from + close);
  return after < 0 ? [] : tokens.slice(after, after + FOLLOWING_READ + NICKNAME_SPOKEN_OF_WITHIN);
}
const ASIDE_OPENS = /^ ?(?:([—–]|--) |(\())/;
const ASIDE_CLOSES: Record<string, string> = { "—": " —", "–": " –", "--": " --", "(": ")" };
const ASIDE_LONGEST = 160;

function spanOf(rule: "proper-name" | "named-place", run: Token[]): Span {
  return { rule, start: (run[0] as Token).start, end: (run.at(-1) as Token).end };
}
