import { beforeApostrophes, withApostrophes } from "../../contractions";
import { type Alternatives, byNeededWords, EACH_ALONE, eachMatch, type Rule, type Span } from "../rule";
import { withWordEdges } from "../word-edges";
import { burden, hopelessness } from "./burden";
import { ABOUT_DYING, DISCLAIMER } from "./humour";
import { intent } from "./intent";
import { method } from "./method";
import { ALONE, BESIDE_A_SIGN, crisisReading } from "./model";
import { plan } from "./plan";
import { farewell, preparation } from "./preparation";
import { riskKinds } from "./risk";
import { selfHarm } from "./self-harm";
import { LONG_PAST, type Signal } from "./signal";
import {
  isAuthorsOwn,
  isNotTheAuthors,
  SOMEONE_ELSE,
  withoutQuestionsAnsweredNo,
  withoutQuotations,
  withoutReportedSpeech,
} from "./voice";

/**
 * The crisis rules: the author, in their own voice, says they are in danger.
 * Every signal is read on every post that has a word it cannot match without
 * (an exact gate, see `byNeededWords`; no gate can hide one). A strong signal
 * holds the post; so do two weak signs (a will and letters to family; a pet
 * given away and a goodbye). Holding is the safe side: a moderator reading
 * a held post costs minutes, a missed crisis can cost a life.
 */

export const signals: Signal[] = [intent, method, plan, farewell, burden, selfHarm, preparation, hopelessness];

// A strong signal's patterns that need no word read as a few, each joined up to about 800 characters of pattern: one
// scan of the text per group, not one per pattern, while the engine compiles small groups much faster than one joined
// pattern of 5,000 characters (the first post of an isolate pays it). A weak signal's stay apart, as two different weak
// signs are what hold a post. Either way a post reads only the patterns it has the needed words of.
const JOINED_SOURCE = 800;

const readers = signals.map((signal) => {
  const sources = signal.patterns.map((pattern) => pattern.source);
  return {
    signal,
    patterns:
      signal.strength === "strong"
        ? [byNeededWords(sources, JOINED_SOURCE)]
        : sources.map((source) => byNeededWords([source], EACH_ALONE)),
  };
});

export const crisis: Rule = ({ folded }) => {
  // Read with the apostrophes people leave out put back ("im", "wont", "theres"); what is found is given back in the
  // author's own offsets.
  const view = withApostrophes(withoutQuotations(folded));
  const spoken = withoutQuestionsAnsweredNo(view.text);
  const found = readers.flatMap(({ signal, patterns }) => signsOf(signal, patterns, spoken));
  // A joke said to be meant: the disclaimer, and dying or a means anywhere in the post, even in quotes.
  if (ABOUT_DYING.test(folded)) found.push(...jokesMeant(spoken));
  // Signs of risk worth two or more together, in the author's own sentences, are read as a strong sign.
  // A goodbye with an ordinary reason given (retiring, moving, a wedding) is no farewell sign, nor is a handover then.
  // Asked only of a post with a farewell, a preparation or a reading alone: most posts never compile its pattern.
  let leaves: boolean | undefined;
  const leavesForAReason = () => {
    leaves ??= isLeavingForAReason(spoken);
    return leaves;
  };
  const risks = risksIn(spoken).filter(
    ({ sign }) => !((sign.rule === "crisis-farewell" || sign.rule === "crisis-preparation") && leavesForAReason()),
  );
  if (riskScore(withTimesBesideASign(risks, spoken), spoken) >= 2) found.push(...risks.map((risk) => risk.sign));
  // What the words miss, the reading may catch: a post that reads as a crisis, beside a sign of risk that is more
  // than a time, a tidy-up or a half sign ("tonight", "the letters", "the relief lasts an hour" say nothing alone).
  const telling = risks.filter(
    ({ kind, sign }) =>
      sign.rule !== "crisis-plan" && sign.rule !== "crisis-preparation" && kindScore(risks, kind, spoken) >= 1,
  );
  const reading = crisisReading(spoken);
  if (telling.length > 0 && reading > BESIDE_A_SIGN) found.push(...risks.map((risk) => risk.sign));
  // A post of a few words that says little but a sign: "i think tonight's the night.", "Done. Bye everyone.", "Four
  // days. I've been counting. Not to a vacation." Too few words for the reading to be sure, so a sign is enough unless
  // the reading leans away from a crisis ("Cried after my last session. Not sad, just full."); a lone time word
  // ("Tonight I finished my notes") is no sign.
  const short = isShort(spoken);
  // The signs of a short post, read as the author's unless denied or reported: read once, by whichever asks first.
  let signsSaidShort: ReturnType<typeof risksIn> | undefined;
  const saidShort = () => {
    signsSaidShort ??= risksIn(spoken, true);
    return signsSaidShort;
  };
  const ordinary = short && ORDINARY_RELUCTANCE.test(spoken);
  if (short && reading > BESIDE_A_SIGN - SHORT_POST_MARGIN) {
    // A time is no sign of its own unless the author says it is theirs: "Another Friday night alone" is a quiet one;
    // nor is a weekend the author would rather not work ("I don't want to be on call this weekend").
    const theirs = ordinary ? risks.filter(({ sign }) => sign.rule !== "crisis-plan") : risks;
    // Nor is a half sign (the week's loose ends, a relief) one alone, nor a day said to be the one ("Saturday's the
    // day!"): only beside another kind.
    const signs = [...theirs, ...saidShort().filter(({ sign }) => sign.rule !== "crisis-plan")].filter(
      ({ kind, sign }) =>
        /\W/.test(spoken.slice(sign.start, sign.end)) &&
        (riskKinds[kind]?.weight ?? 1) >= 1 &&
        !(sign.rule === "crisis-plan" && THE_DAY.test(spoken.slice(sign.start, sign.end))),
    );
    found.push(...signs.map((risk) => risk.sign));
  }
  // "Suicidal" said of nobody else in a post of a few words is the author's state, however the reading leans (it learned
  // "actively suicidal" from clinical posts about clients): "Actively suicidal. Also a therapist. Both true today." Not
  // dying's idioms, which short posts joke with ("where good intentions go to die").
  if (short && !NAMES_SOMEONE_ELSE.test(spoken))
    found.push(...saidShort().flatMap(({ sign }) => (isSuicidal(spoken, sign) ? [sign] : [])));
  // A post that reads as a crisis far beyond any clinical post is held with no sign the rules know:
  // "I've been drinking to the point where I don't care if I wake up." The whole post is what says it; not when the
  // author says outright that it is not one ("I'm not suicidal, I'm just exhausted"), and no sign says otherwise.
  if (
    reading > ALONE &&
    !SAYS_IT_IS_NOT.test(spoken) &&
    !leavesForAReason() &&
    !ordinary &&
    !AN_ATTEMPT_LONG_OVER.test(spoken) &&
    readsAloneAsTheAuthors(spoken)
  )
    found.push(wholePost(spoken));
  const strong = found.filter((sign) => sign.strength === "strong");
  // With an ordinary reason given, a handover, a will and accounts closed are one sign between them, not one each
  // ("Retiring in June. Panel reassigned, will updated."), and so are a last post and a goodbye ("my last post here for a
  // while. Starting at a bigger group practice… Take care of yourselves"); letters to one's children, or "it wasn't your
  // fault", still count on their own.
  const weak = new Set(
    found
      .filter((sign) => sign.strength === "weak")
      .map((sign) =>
        leavesForAReason() &&
        (ARRANGEMENT.test(spoken.slice(sign.start, sign.end)) || GOODBYE.test(spoken.slice(sign.start, sign.end)))
          ? ARRANGEMENT
          : sign.pattern,
      ),
  );
  const held = strong.length > 0 || weak.size >= 2;
  return held
    ? found.map(({ rule, start, end }) => ({
        rule,
        start: beforeApostrophes(view, start),
        end: beforeApostrophes(view, end),
      }))
    : [];
};

// "To be clear, I'm not suicidal, I'm just exhausted", "I am not in danger.": said plainly, as a sentence or beside
// only a tired state. Not "I tell myself I'm not suicidal…", nor "I'm not suicidal, I just keep thinking…".
const SAYS_IT_IS_NOT = new RegExp(
  [
    String.raw`\b(?:burn(?:ed|t) out|exhausted|knackered|tired|depleted),? (?:but )?not suicidal\b`,
    // "I'm not suicidal.", "I'm not in danger, just raw", "I'm not suicidal, I'm not thinking about hurting myself"
    String.raw`\bi(?:'m| am)(?<!\b(?:tell|told|telling) myself i(?:'m| am))(?: really| honestly| truly)? not (?:suicidal|at risk|in (?:any )?danger|going to (?:kill|hurt) myself)(?:\s*(?:[.!]|$)|,? (?:and )?i(?:'m| am) not (?:thinking about|planning|going to|hopeless|suicidal|at risk|in danger)|,? (?:i'm |i am )?(?:just|only) (?:so |really |very )?(?:tired|exhausted|burn(?:ed|t) out|sad|numb|fried|overwhelmed|depleted|drained|spent|worn out|raw|shaken|heavy|grieving)\b)`,
    // what is kept from is a job left: "the only reason I haven't quit to become a landlord"
    String.raw`\bthe only (?:reason|thing) (?:i haven't|i have not|i've not) (?:quit|left|resigned|retired|walked out|handed in my notice|changed careers)\b`,
    // the other reading named: "Handing in my notice, not checking out of life", "not because I'm at risk"
    "not checking out of life|not because i'?m at risk",
    // hyperbole taken back: "The audit deadline is literally killing me. Not literally."
    String.raw`\b(?:killing me|kill me|want to die|dying)\b[^\n]{0,30}\bnot (?:literally|really)\b(?! (?:joking|kidding))`,
    // the likeness taken back with safety said outright: "I feel like I'm drowning… Not literally, I'm safe, I'm just so
    // tired" (not "Not literally, but I've stopped caring whether I wake up")
    String.raw`\bnot literally,? i(?:'m| am) safe\b(?!,? (?:but|except|though|for now)\b)`,
    // the other reading named: "i dont want to go to work tomorrow. not in a scary way, in a normal tired way"
    String.raw`\bnot in an? (?:scary|worrying|concerning|dark|bad|suicidal|dangerous|alarming|crisis) way\b(?!,? (?:but|though|except)\b)`,
    // "I meant done with the agency"
    "i meant (?:done|finished) with (?:the|my) (?:agency|job|practice|clinic|field|work)",
    // the other reading named: "Tired of this job, not tired of life", "safe, supported, no thoughts of hurting myself"
    String.raw`not tired of (?:life|living|being alive)|\bi want to (?:quit|leave|retire|resign|sleep|rest|stop working)(?: my job| this job)?, not (?:to )?die\b|\b(?:no|not having(?: any)?|no real) (?:thoughts|intention|plans?) of (?:hurting|harming|killing|ending) (?:myself|things|my life)`,
    // a crisis long resolved: "I've been well for a decade", "I'm well, I've been well a long time"
    String.raw`\bi(?:'ve| have) been (?:well|safe|stable|okay|ok) (?:for )?(?:a decade|decades|years|a long time|(?:over |more than )?\w+ years)\b`,
  ].join("|"),
);

// A goodbye with an ordinary reason, which the reading alone cannot tell from a farewell: "This'll be my last post
// here. I retire from practice on Friday", "I won't be here next week, off to my sister's wedding", "I won't be around
// from July: three-month sabbatical", "I won't be at this
// agency much longer", "my last night shift before the rotation changes". Not a cover story
// ("They think I'm retiring early", "Told them I'm moving overseas").
const LEAVES_FOR_A_REASON = new RegExp(
  withWordEdges(
    String.raw`(?<!\b(?:think|thinks|thought|told|told (?:my |our |the )?\w+|asked if|asked whether|say|says|said|assume|assumes|not because) )\b(?:i(?:'m| am)? (?:retiring|retire|mov(?:e|ing) (?:to|into|across|back|away|house|abroad|overseas|cities|states|offices?|buildings|practices)|relocating|emigrating|starting a new (?:job|role|position)|starting (?:at|with) (?:a|the|my) (?:new |bigger |smaller |different )?(?:job|group practice|practice|agency|clinic|hospital|position|role|program)|changing careers|going on (?:leave|vacation|holiday|maternity leave|paternity leave|sabbatical))|(?<!\b(?:think|thinks|thought|told \w+|say|says|said|assume|assumes) (?:i'm |i am |i was )?)(?<!\bnot |n't )(?:heading|going) (?:off )?on (?:parental |maternity |paternity |annual |study |long service )?leave|off to (?:my |a |the )?(?:\w+(?:'s)? )?(?:wedding|holiday|vacation|honeymoon|conference|retreat)|(?:contract|placement|internship|residency|rotation|rota|shift pattern) (?:ends|changes)|(?:won't|will not) be (?:at|with) (?:this|the|my) (?:agency|job|practice|clinic|trust|company|service|team|ward|unit) (?:much longer|for long|after)|goodbye to (?:my|the) (?:internship|placement|practicum|residency|rotation|training)\b|finished my (?:placement|internship|practicum|rotation|residency|contract)|retrain(?:ing)? as|digital detox|(?:social media|app) break|break from (?:all )?(?:social media|screens|this board|the board|online)|(?:leaving|left) to (?:start|open|join|take up) (?:a|my|the)|(?:maternity|paternity|parental) leave (?:starts|begins)|baby(?:'s| is)? due|(?:going|go|moving|move) in-house)\b|(?:^|[.!?\n]\s*)(?:(?:retiring|relocating) (?:at|in|on|after|next|this|from)\b|starting (?:at|with) (?:a|the|my) (?:new |bigger |smaller |different )?(?:job|group practice|practice|agency|clinic|hospital|position|role|program)\b)|first (?:real )?(?:vacation|holiday|trip|break|leave|time off) (?:in|since)\b|(?:i(?:'m| am) not coming back (?:till|until)|i(?:'ll| will) be back (?:on|by)) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week)\b(?!,? (?:if|or)\b)|(?:one|two|three|four|five|six|nine|ten|twelve|eighteen|\d{1,2})[- ](?:month|week|year) (?:sabbatical|secondment|study leave|career break)\b|before the (?:conference|trip|vacation|holiday|retreat)\b|for the (?:house ?sitter|dog ?walker|pet ?sitter)\b`,
  ),
  "g",
);

/**
 * A reason given for leaving (LEAVES_FOR_A_REASON) that is not what others were told or think ("They all think I'm
 * burned out and going on leave") nor taken back ("I'm not coming back from this leave"): those are cover stories.
 */
function isLeavingForAReason(spoken: string): boolean {
  // A reason given then taken back, in the leave's own words: "There's no coming back from this leave."
  if (REASON_DENIED.test(spoken)) return false;
  for (const match of spoken.matchAll(LEAVES_FOR_A_REASON)) {
    // The sentence so far, read no further back than a sentence goes: a post of a thousand reasons costs as prose.
    const before = spoken.slice(Math.max(0, match.index - COVER_STORY_REACH), match.index);
    const sentence = before.slice(Math.max(...SENTENCE_ENDS.map((end) => before.lastIndexOf(end))) + 1);
    if (!COVER_STORY.test(sentence)) return true;
  }
  return false;
}
const COVER_STORY_REACH = 120;
const SENTENCE_ENDS = [".", "!", "?", "\n"];
// What others were told or think: "Told the front desk I'm going on leave", "They all think I'm burned out and going on
// leave".
const COVER_STORY =
  /\b(?:think|thinks|thought|assume|assumes|assumed|believe|believes|believed|(?:told|telling) (?:them|everyone|people|(?:the|my|our) (?:\w+ )?\w+))\b/;
// A reason taken back, or said to be a cover: "that's the story anyway", "or that's the version they get", "officially",
// "I'm telling everyone I'm retiring".
const REASON_DENIED =
  /\b(?:no|not) coming back from (?:this|that|the|my) (?:leave|sabbatical|break|trip|holiday)\b|\b(?:it's|it is) not (?:really )?a (?:sabbatical|leave)(?=\s*[.!])|\b(?:it isn't|it's not|there isn't|there is no|there's no) (?:a |any |really a )?(?:sabbatical|leave|trip|holiday|vacation|new job|move)(?=\s*[.!])|\bi won't be going on (?:leave|sabbatical|holiday|vacation)\b|\b(?:that's|that is) the (?:story|version|cover|official story|line)\b|\bor (?:that's|so) (?:the|what) (?:story|version|they|i tell)\b|\bofficially\b|\b(?:ends|end|finishes|runs out|is up|expires) anyway\b|\bthe story (?:at work )?is\b|\bas far as (?:anyone|they|everyone|work) knows?\b|\bi(?:'m| am) telling (?:everyone|people|them|work|my \w+)\b|\bif (?:anyone|anybody) asks\b|\bis what i(?:'ve)? told\b/;
// The arrangements a reason for leaving explains: a handover, a will, accounts.
const ARRANGEMENT =
  /\b(?:will|beneficiar\w*|caseload|panel|clients|patients|practice|accounts?|transferr\w*|handing off|handed off|referring out)\b/;
const GOODBYE =
  /\b(?:last post|take care|goodbye|bye|farewell|signing off|miss (?:you|this place)|look after each other|whoever gets my desk)\b/;

// A short post that only does not want to do a day's work or go somewhere: "I don't want to go to the staff party", "I
// really don't want to go in tomorrow", "don't want to check the rota". The reading weighs "I", "don't" and "want" as
// crisis posts use them; what is not wanted here is ordinary, unless for ever ("go back to work. Or anywhere, ever.").
const ORDINARY_RELUCTANCE = new RegExp(
  withWordEdges(
    String.raw`\b(?:don't|do not) (?:really |even )?want to (?:go (?:in|back|out|to (?:work|the|my|group|clinic|church|that))|be on call|be the adult|do (?:my |the |any )?(?:notes|paperwork|admin|this report|intake)|write (?:my |the |this )?(?:notes|report|letter)|answer (?:my |the |any )?(?:emails?|phone|calls)|check (?:my |the )?(?:rota|emails?|inbox|voicemail|schedule)|talk to anyone|think tonight|get up early)\b(?![^.!?\n]*\b(?:ever|anymore|any more|again|for good|forever)\b)`,
  ),
);

const isSuicidal = (spoken: string, sign: Sign) =>
  sign.rule === "crisis-intent" && spoken.slice(sign.start, sign.end).includes("suicid");

// Anyone a short post could be about but the author: someone else (as the voice checks read them), the reader, or a
// training or a caseload it is the topic of.
const NAMES_SOMEONE_ELSE = new RegExp(
  String.raw`${SOMEONE_ELSE.source}|\b(?:you|your|we|our|someone|everyone|students|caseload|group|training|module|course|workshop|webinar|lecture|assessment|screening|protocol|prevention)\b`,
);

// A post this short is read by its signs, unless the reading leans away from a crisis by more than the margin.
const SHORT_POST_WORDS = 12;
const SHORT_POST_MARGIN = 0.2;

function isShort(spoken: string): boolean {
  // Twelve words fit in well under 200 characters: a longer post is not counted word by word.
  return spoken.length < 200 && (spoken.match(/[a-z']+/g)?.length ?? 0) <= SHORT_POST_WORDS;
}

/**
 * Whether the post still reads as a crisis without what others are reported to have said in their own first person ("a
 * client says i've been hitting my head off the wall", "He said yes, i've got the tablets"): that "i" is not the
 * author's. Asked only of a post that reads as one with it, so it can only take a reading away, never add one (a post
 * shortened so can read higher).
 */
function readsAloneAsTheAuthors(spoken: string): boolean {
  const withoutReports = withoutReportedSpeech(spoken);
  return withoutReports === spoken || crisisReading(withoutReports) > ALONE;
}

function wholePost(spoken: string): Sign {
  return { rule: "crisis-intent", start: 0, end: spoken.length, strength: "strong", pattern: THE_WHOLE_POST };
}
// A joke someone else half meant: "'I'll just drive into a tree.' Said half-joking in the waiting room… She admitted it
// wasn't entirely a joke." (the author's: "I said it half-joking").
const A_JOKE_REPORTED =
  /(?:\b(?:she|he|they|client|patient|partner|husband|wife|son|daughter)(?: later| then| finally| eventually)? (?:admitted|said|told me|insisted|swore|claimed|added|says|admits)\b|(?:^[\s"“”']*|[.!?]["”']?\s+)said)[^.!?\n]*$/;
const isSaidOfAnother = (spoken: string, at: number) => A_JOKE_REPORTED.test(spoken.slice(Math.max(0, at - 120), at));

// A sign's pattern tells weak signs apart; the reading's sign is strong, so this one is only its name.
const THE_WHOLE_POST = /[\s\S]*/;

function jokesMeant(spoken: string): Sign[] {
  const authors = Array.from(spoken.matchAll(DISCLAIMER)).filter((match) => !isSaidOfAnother(spoken, match.index));
  return authors.map((match) => ({
    rule: "crisis-intent" as const,
    start: match.index,
    end: match.index + match[0].length,
    strength: "strong" as const,
    pattern: DISCLAIMER,
  }));
}

/**
 * A bare time ("tonight", "this weekend") counts beside a sign of another kind only near it: in a long post written at
 * night, "Supervision group tonight…" and a name "I had to look up on the drive home" ten sentences on are no plan.
 */
function withTimesBesideASign(risks: Array<{ kind: number; sign: Sign }>, spoken: string) {
  return risks.filter(
    ({ kind, sign }) =>
      !(sign.rule === "crisis-plan" && BARE_TIME.test(spoken.slice(sign.start, sign.end))) ||
      risks.some(
        (other) =>
          other.kind !== kind &&
          other.sign.rule !== "crisis-plan" &&
          !SIGNING_OFF.test(spoken.slice(other.sign.start, other.sign.end)) &&
          Math.abs(other.sign.start - sign.start) <= TIME_REACH,
      ),
  );
}
// …nor beside a goodnight, which says the same night: "tonight i'm making toast… goodnight, board."
const SIGNING_OFF = /^good ?night\b/;
const BARE_TIME =
  /^(?:tonight|tomorrow|this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday))$/;
const TIME_REACH = 300;

/** Each kind's signs, counted once (twice when the kind repeats and two different signs are seen), by weight. */
function riskScore(risks: Array<{ kind: number; sign: Sign }>, spoken: string): number {
  return riskKinds.reduce((score, _, index) => score + kindScore(risks, index, spoken), 0);
}

/** One kind's part of the score: two half signs of a kind that repeats make one ("the same spot", "the relief"). */
function kindScore(risks: Array<{ kind: number; sign: Sign }>, index: number, spoken: string): number {
  const kind = riskKinds[index];
  if (kind === undefined) return 0;
  // Different words, not the same word twice (nor two words that happen to be as long: "self-injury, resumed", "i
  // still did it again").
  const seen = new Set(
    risks.filter((risk) => risk.kind === index).map(({ sign }) => spoken.slice(sign.start, sign.end)),
  );
  return Math.min(seen.size, kind.repeats ? 2 : 1) * kind.weight;
}

// Enough signs of one kind to count it, and to show the author where: a thousand repeats of one word say no more.
// Nor are more than so many of one kind's matches asked whose voice they are in: each asks of its sentence, and a
// post of "want to die" said a hundred and fifty times cost eight times prose.
const MOST_SIGNS = 8;
const MOST_TRIED = 40;

/**
 * The signs of risk in the author's voice. In a post too short to name anyone else (`short`), a sign is the author's
 * unless it is denied or reported: "tonight's the night" has no "I" to find.
 */
function risksIn(spoken: string, short = false): Array<{ kind: number; sign: Sign }> {
  return riskKinds.flatMap(({ rule, words, impliesTheAuthor }, kind) =>
    matchesKept(
      words,
      spoken,
      (start, end) =>
        impliesTheAuthor || short
          ? !isNotTheAuthors(spoken, start, end)
          : // A time said short ("Another Friday night alone.") is nobody's plan, unless it is said to be the one
            // ("tuesday's the day.").
            isAuthorsOwn(spoken, start, end, rule !== "crisis-plan" || THE_DAY.test(spoken.slice(start, end))) &&
            !NOT_MINE.test(spoken.slice(end, end + 16)) &&
            !isToldAsLongOver(spoken, start, end),
      MOST_SIGNS,
      MOST_TRIED,
    ).map(([start, end]) => ({
      kind,
      sign: { rule, start, end, strength: "strong" as const, pattern: words },
    })),
  );
}

// "I tried to end my life at nineteen. I'm 47 now", "I thought about dying every day… That was six years ago and I've
// been well since": a time the author tells as long over (not "…I'm 47 now and I think this time I will get it right").
const TRIED_TO = /\b(?:tried|attempted) to $/;
const SAID_LONG_OVER = new RegExp(`^ ${LONG_PAST}`);
const OVER_SINCE =
  /^[^\n]{0,300}?\b(?:that|this|it) was (?:\w+ ){0,2}(?:years|decades) ago\b[^.!?\n]{0,40}\b(?:i(?:'ve| have) been (?:well|fine|okay|ok|safe|stable)|i'm (?:well|fine|okay|safe)|recovered)\b/;
// …unless a new try is told after it.
const TRIED_AGAIN =
  /\b(?:this time|next time|try again|trying again|get it right|finish (?:it|the job)|i will|i'll|i'm going to|going to|gonna|tonight|soon|want to|nothing has changed|tired|but now|until)\b/;
function isToldAsLongOver(spoken: string, start: number, end: number): boolean {
  const after = spoken.slice(end, end + 500);
  const over = TRIED_TO.test(spoken.slice(Math.max(0, start - 14), start))
    ? SAID_LONG_OVER.exec(after)
    : isToldInThePast(spoken, start)
      ? OVER_SINCE.exec(after)
      : null;
  return over !== null && !TRIED_AGAIN.test(after.slice(over.index + over[0].length));
}
// The sign's own sentence tells a time gone ("I went through a stretch where I thought about dying"), not now ("I want
// to kill myself. … That was eight years ago").
const TOLD_IN_THE_PAST = /\b(?:went through|thought about|used to|back then|at the time|had been|was|were)\b[^.!?\n]*$/;
const isToldInThePast = (spoken: string, start: number) =>
  TOLD_IN_THE_PAST.test(
    spoken
      .slice(Math.max(0, start - 200), start)
      .split(/[.!?\n]/)
      .at(-1) ?? "",
  );
// …which the reading, alone, takes for now: it learned "end my life" from posts in the present.
const AN_ATTEMPT_LONG_OVER = new RegExp(
  String.raw`\b(?:tried|attempted) to (?:end (?:my life|it all|it|things)|kill myself|take my (?:own )?life) ${LONG_PAST}(?![^\n]{0,400}${TRIED_AGAIN.source})`,
);

const THE_DAY = /^(?:\w+day|tomorrow)(?:'s| is) the (?:day|night)$| is when$/;

// "I keep thinking about suicide. Not mine. His.": the author says whose it is.
const NOT_MINE = /^[.,;:!]?\s*not (?:mine|my own)\b/;

type Sign = Span & { strength: Signal["strength"]; pattern: RegExp | Alternatives };

function signsOf(signal: Signal, patterns: Alternatives[], spoken: string): Sign[] {
  const signs: Sign[] = [];
  for (const pattern of patterns) {
    const room = MOST_SIGNS - signs.length;
    const found = matchesKept(
      pattern,
      spoken,
      (start, end) =>
        !isNotTheAuthors(spoken, start, end) &&
        !NOT_MINE.test(spoken.slice(end, end + 16)) &&
        !isToldAsLongOver(spoken, start, end),
      room,
      MOST_TRIED,
    );
    for (const [start, end] of found) signs.push({ rule: signal.rule, start, end, strength: signal.strength, pattern });
  }
  return signs;
}

/** The first `most` matches of `pattern` (with the /g flag) that `keep` keeps, of the first `tried` it finds. */
function matchesKept(
  pattern: RegExp | Alternatives,
  spoken: string,
  keep: (start: number, end: number) => boolean,
  most: number,
  tried: number,
): Array<[number, number]> {
  const kept: Array<[number, number]> = [];
  let left = tried;
  eachMatch(pattern, spoken, (start, end) => {
    if (kept.length >= most || left-- <= 0) return false;
    if (keep(start, end)) kept.push([start, end]);
    return kept.length < most;
  });
  return kept;
}
