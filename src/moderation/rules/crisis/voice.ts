import { quotations } from "../../text";
import { eachMatch } from "../rule";

/**
 * The author's own voice: what a crisis signal must be said in. A client's
 * words in quotation marks are reported speech, so they are blanked out
 * (keeping every offset); a sign said after "a client said" or "she told me"
 * is theirs; and a sign denied ("I'm not going to kill myself", "not in
 * danger") is no sign. A denial does not cancel another sign beside it:
 * "I'm not okay and I have the pills ready" is still held.
 */

/**
 * The text with each question the author asks of themselves, or is asked, and answers "no" blanked: "asked myself the same
 * questions. am i thinking of killing myself. no. am i safe. yes." (a screening run on oneself, as a clinician is taught to). A
 * question answered "yes", or not at all, is read as written. The look-behind reads at most three spaces back: the
 * quotations are blanked to spaces before, and a post of them read each whole run again at every position.
 */
export function withoutQuestionsAnsweredNo(spoken: string): string {
  return spoken.replace(QUESTION_ANSWERED_NO, (question) => " ".repeat(question.length));
}
const QUESTION_ANSWERED_NO = new RegExp(
  [
    String.raw`(?<=(?:^|[.!?,:]\s{1,3}))(?:am|do|have|did|would|will|could|was) i\b[^.!?\n]{0,80}[.?](?=\s*(?:no|nope|not really)\b)`,
    // The same question asked by someone else, answered no and said to be true: "My therapist asked whether I've had
    // any thoughts of hurting myself. I said no and it was true." (not "I said no. I lied.", "I said no, which isn't
    // true", "No one has ever asked me that", "it was true until tonight")
    String.raw`\basked(?: me)?(?: the [\w ]{0,20}?questions?)?,? (?:whether|if) i\b[^.!?\n]{0,80}[.?](?=\s*i (?:said|answered) no,? (?:and )?(?:it|that) was (?:true|the truth|honest)(?=\s*[.!]|\s*$| and i\b))`,
  ].join("|"),
  "g",
);

/**
 * The folded text with quotations (someone else's words) blanked to spaces: the same length, so offsets hold. The
 * author quoting themself ("I've been writing 'I want to die' in my journal") is the author's voice, and is kept.
 */
export function withoutQuotations(folded: string): string {
  if (!folded.includes('"') && !folded.includes("'")) return folded;
  let spoken = "";
  let from = 0;
  for (const [start, end] of quotations(folded)) {
    // A quotation inside one already blanked ('…' inside "…") is blanked with it.
    if (end <= from || OWN_WORDS.test(ownWordsBefore(folded, start))) continue;
    spoken += folded.slice(from, Math.max(start, from)) + " ".repeat(end - Math.max(start, from));
    from = end;
  }
  return spoken + folded.slice(from);
}

// The author's own words, right before a quotation: said or written ("i keep writing", "i told myself"), their inner
// voice ("your own head is going '…'"), what they could not say ("didn't have the heart to say '…'"), what they set or
// wrote on a thing ("changed my emergency contact to '…'", "an envelope marked '…'"), the cover they gave ("Said it
// was '…'"), and what they searched for.
const OWN_WORDS = new RegExp(
  [
    String.raw`(?:\bi(?:'ve| have| keep| kept| just| still)?(?: been)? |[.!?\n]\s*)(?:write|writes|writing|written|wrote|type|typed|typing|updated|set|changed|say|said|saying|tell myself|told myself|telling myself|whisper|whispered|whispering|think|thought|thinking)(?: (?:it|this|that|to myself|over and over|again))*(?: (?:in |on |into )?my (?:journal|diary|notes|notebook|planner|phone|margins|out-of-office|away message|status|calendar)(?: [\w-]+){0,3})?`,
    String.raw`\b(?:my|your) (?:own )?(?:head|brain|mind|inner voice)(?: is| was| keeps?| kept)? (?:going|saying|repeating|screaming|whispering|chanting)`,
    String.raw`(?:^|[.!?\n]\s*|\bi )(?:didn't|did not|couldn't|could not|can't|cannot) (?:have the heart to |bring myself to )?(?:say|tell (?:her|him|them|anyone))`,
    String.raw`\b(?:changed|set|updated|renamed) my (?:emergency contact|contact name|next of kin|bio|status|out-of-office)(?: to)?`,
    String.raw`\b(?:envelope|folder|box|file|jar|label)s? (?:marked|labell?ed|that says|saying)`,
    String.raw`(?:^|[.!?\n]\s*|\bi )(?:said|told (?:her|him|them|everyone|people|my \w+|the \w+)) (?:it|that) (?:was|is|'s)`,
    // …what they wanted to say and did not: "what I wanted to say was '…'", "I almost said '…'"
    String.raw`\bwhat i (?:really |actually |so badly )?(?:wanted|want|meant|was dying) to (?:say|tell (?:her|him|them|everyone)|scream|shout)(?: back)? (?:was|is)|\bi (?:almost|nearly) (?:said|told (?:her|him|them))`,
    // …what they searched for: "anyone else google 'most painless way' at 3am"
    String.raw`\b(?:google|googled|googling|search|searched|searching|typed|type|typing)(?: for| in| into (?:google|the search bar|my phone))?`,
    // …said with how it was said between: "and I said, quite calmly, '…'", "I said out loud, '…'"
    String.raw`\bi (?:said|told (?:her|him|them|the group|the room|everyone)|admitted|blurted(?: out)?)(?:,? (?:quite |very |so |really |almost )?[a-z]+ly|,? out loud|,? aloud)+`,
  ]
    .map((source) => String.raw`(?:${source})\s*[:,]?\s*$`)
    .join("|"),
);
const OWN_WORDS_REACH = 48;

/** The few words before a quotation; "\n" stands for the text's start, so "^" in OWN_WORDS means only that. */
function ownWordsBefore(folded: string, start: number): string {
  const from = start - OWN_WORDS_REACH;
  return from <= 0 ? `\n${folded.slice(0, start)}` : folded.slice(from, start);
}

// Someone else speaking, earlier in the same sentence: "a client said", "she told me", "he asked if"; or someone
// else's state ("a client has…", "he wanted…") with no "I" after it: "Mom has been gone two years and I want to join
// her" is the author's, and so is what follows "I keep telling clients suicide is…", where the clients are told.
const SOMEONE = String.raw`\b(?:client|clients|patient|patients|pt|pts|she|he|they|kid|teen|teenager|people|trainee|intern|supervisee|son|daughter|mom|dad|partner|husband|wife|colleague|friend|boy|girl|vets|veterans)(?:'s)? (?:\w+ )?(?:i (?:see|treat|work with) )?`;
// Someone as a subject, not told or taught: the lookbehind only where a word starts, where it costs least.
const SOMEONE_AS_SUBJECT = SOMEONE.replace(
  /^\\b/,
  String.raw`\b(?<!\b(?:tell|telling|told|teach|teaching|taught|remind|reminding|reminded) )`,
);
// A client's words given a label before a colon: "client line of the week: i don't see the point", "quote of the day
// from a client: i want it to stop".
const CLIENT_WORDS = String.raw`(?:client|patient|teen|kid|student)(?:'s)?`;
const OF_THE_DAY = String.raw`(?: of the (?:day|week|session|month|year))?`;
const CLIENTS_LINE = String.raw`\b(?:${CLIENT_WORDS} (?:line|quote|words|sentence)${OF_THE_DAY}|(?:line|quote)${OF_THE_DAY} (?:from|by) (?:a |my |one )?(?:\w+ )?${CLIENT_WORDS})`;
// Someone introduced, then what they said after a colon, a word or two before its "I": "one boy said: honestly
// sometimes I think everyone would be better off", "Heard today, from a man in his sixties: I've got a rope in the
// shed", "A teenager in family session today, eyes on the carpet: I just want to not exist", "Client today, near enough
// word for word: I want to die": someone seen, in a session's words (not the author describing themself: "A mother of
// three, a therapist: I have the rope", "From an old man who's had enough:", nor the author's own answer after it: "…: I
// said I'm fine", nor the author speaking before the colon: "If this were a client I'd chart:").
const SOMEONE_INTRODUCED = String.raw`(?:\bheard(?: today| this week| in session)?,? from (?:a|an|one|the|this) (?:[\w-]+ ){0,2}(?:man|woman|lad|guy|teenager|boy|girl|client|patient)\b(?:(?!\b(?:i|i'd|i'm|i'll|i've|my|me)\b)[^.!?\n:]){0,60}|(?:\b(?:a|an|one|the|this|that|my) (?:[\w-]+ ){0,2}|(?:^|[.!?\n]\s*))(?:teenager|teen|boy|girl|client|patient|kid|student|veteran|resident|child|man|woman)\b(?=[^.!?\n:]{0,60}\b(?:today|session|group|intake|word for word|verbatim|in clinic|on the ward|at assessment)\b[^.!?\n:]{0,40}:)(?:(?!\b(?:i|i'd|i'm|i'll|i've|my|me)\b)[^.!?\n:]){0,60})`;
// How far a report reads on: a sentence of ordinary length.
const REPORT_REACH = 240;
const REPORTED = new RegExp(
  String.raw`${SOMEONE}(?:said|says|saying|talk about|talks about|talked about|told (?:me|us)|tells (?:me|us)|asked|asks|wrote|writes|texted|mentioned|described|reported|disclosed|admitted|screamed|yelled|whispered|joked)\b(?![^.!?\n]*\bi (?:was |am |kept |keep |'m )?(?:thinking|thought|felt|realized|realised|wondered|caught myself|said|told (?:her|him|them|you)|answered|replied|admitted)\b)[^.!?\n]*$|${SOMEONE_AS_SUBJECT}(?:wants|wanted|has|had|was|is)\b(?![^.!?\n]*\bi(?:'m|'ve|'d|'ll)?\b)[^.!?\n]*$|${CLIENTS_LINE}:[^.!?\n]*$|${SOMEONE_INTRODUCED}: [^.!?\n]*$`,
);

/**
 * `spoken` with what someone else is reported to have said in the first person, without quotation marks, blanked as
 * quotations are, to the end of its clause: "a client says i've been hitting my head off the wall", "He said yes, i've
 * got the tablets". The reading weighs first-person words as the author's; these are a client's. Said to the author
 * without a comma, by anyone but a client, the "I" is the author's own ("My wife told me I don't care whether I wake
 * up"). Not past a comma or an "and" ("Client said I just want it to stop and I nodded, because I've been planning…").
 */
export function withoutReportedSpeech(spoken: string): string {
  return spoken.replace(
    REPORTED_SPEECH,
    (said, direct?: string, fromAClient?: string, labelled?: string, introduced?: string) => {
      const speech = direct ?? fromAClient ?? labelled ?? introduced ?? "";
      return said.slice(0, -speech.length) + " ".repeat(speech.length);
    },
  );
}
// …or whoever it is said by who is sat with: "safety planning w someone who says i wont do it bc of my cat".
const CLIENT = String.raw`\b(?:(?:client|patient|pt|caller|teen|kid|student)(?:'s)? (?:\w+ )?|(?:someone|somebody) who (?:\w+ )?)`;
const SPEECH = String.raw`(i\b[^.!?\n,;:]{0,${REPORT_REACH}}?)(?=[.!?\n,;:]| (?:and|but|because|so|while|when) |$)`;
const SPEECH_AFTER_A_COLON = String.raw`((?:[a-z]+,? ){0,3}?i\b(?! (?:said|told|answered|replied|thought)\b)[^.!?\n]{0,${REPORT_REACH}}?)(?=[.!?\n]|$)`;
const REPORTED_SPEECH = new RegExp(
  `${SOMEONE}(?:said|says|told (?:me|us)|tells (?:me|us))(?:,? (?:yes|no))?[,:] ${SPEECH}|${CLIENT}(?:said|says|told (?:me|us)|tells (?:me|us)) ${SPEECH}|${CLIENTS_LINE}: ${SPEECH}|${SOMEONE_INTRODUCED}: ${SPEECH_AFTER_A_COLON}`,
  "g",
);

// A denial right before the sign: "not", "never", "won't"…, with at most "going to", "want to" or the like between;
// or a habit left behind: "used to write goodbye letters", "five years since I last hurt myself"; or thoughts had none
// of: "I'm not having any thoughts of ending things"; or one more wished not: "not a wish to die or to hurt myself".
const DENIED =
  /\bnot an? (?:wish|desire|urge|plan|intention) to \w+ or(?: to)?$|\b(?:no|not having any|not having|don't have any|haven't had any) (?:thoughts?|intention|intent|plans?|urges?|desire) (?:to|of|about)$|\b(?:not|never|no longer|don't|didn't|won't|wouldn't|can't|isn't|wasn't|used to|years since i last|a year since i last|(?:\d+|ten|twelve|fifteen|twenty|thirty|many|several)(?:-plus| or so)? years since(?: i)?)(?: (?:going|gonna|want|wanting|trying|planning|about|ever|really|actually|thinking|automatically|necessarily|always))?(?: to| of| about)?$/;
// A wish said not to be one: "It's exhaustion and sadness, not a wish to die" (not "This is not a suicide note").
const NOT_A = /\bnot an? $/;
const A_WISH = /^(?:wish|desire|urge|want)\b/;
// A wish denied and then made one: "Is it not a wish to die if you'd welcome the car that hits you?"
const GOES_ON = /^\s*(?:if|when|but|unless|—|-|,? it's|,? it is)/;
// A denial is at most 34 characters ("a year since i last thinking about"): a few more keep the character before it.
const DENIAL_REACH = 40;

// The words taken back right after the sign: "When I say 'I want to disappear' I mean to a cabin", "I can't do this
// anymore. By 'this' I mean the new scheduling software.", "…keeping me alive is fear of my colleagues' notes. Kidding.
// I'm fine, genuinely", "I'll set myself on fire. (I won't.)". Not "Not the practice one. The other one.", which means the
// dark reading.
const SAID_OTHERWISE =
  /^['"]?(?:[^.!?\n]{0,12}?(?:[.!?,;:]\s*|\s)(?:by\s+(?:['"]?(?:this|that|it)['"]?\s*)?i mean|i mean (?:to|into|a|an|from|on|this job|the job|my job|work|the work)\b|not (?:from life|the (?:dark|other) (?:thing|kind|way)|in (?:a|the|that) (?:dark|bad|scary|suicidal|literal) way|literally)|\(i (?:won't|wouldn't)[.)]|(?:the|my|this|that) [^.!?\n]{0,40}, i mean(?=\s*[.!,])|not (?:for )?anything dramatic|nothing dramatic)|^['"]\s*about (?:the|my|this|that|our) (?!future|life|living|myself|world)|[^.!?\n]{0,120}[.!?]\s*(?:kidding|joking|jk)[.!,]? (?:i'm|i am) (?:fine|okay|ok|good|safe))/;

// "Said 'I want to disappear' to my husband and clarified I meant to a cabin": read only where "i meant" is.
const CLARIFIED =
  /^['"]?[^.!?\n]{0,80}?\b(?:clarified|explained|added|said) (?:that )?i meant (?:to|into|a|an|from|on|the)\b|^['"]?[^.!?\n]{0,40}[.!?]\s*i meant (?:to|into|a|an|from|on)\b/;
const isSaidOtherwise = (after: string) =>
  SAID_OTHERWISE.test(after) || (after.includes("i meant") && CLARIFIED.test(after));

// Signs listed as what to watch for or ask about, not had: "Lecturing on warning signs this week: giving things away,
// saying goodbye", "ask about the plan, the means, the timing".
const LISTED_AS_SIGNS =
  /\b(?:warning signs|risk factors|red flags|signs to (?:watch|look) for|signs of risk)\b[^.!?\n]*:[^.!?\n]*$|\bask(?:ing)? (?:separately |directly |also )?(?:them |clients |people |every client )?about\b[^.!?\n]*$/;

// A chore made hyperbole: "if I have to sit through one more all-staff I'm going to die".
const ONE_MORE_CHORE =
  /\bif i (?:(?:have to|gotta|need to|must) )?(?:sit through|attend|do|write|read|hear|listen to|fill out|redo|go to|answer|see|get|deal with) (?:one more|another|a single|any more)\b[^.!?\n]*$/;

// A death at work imagined to make a point: "If I die at my desk please make sure the notes are signed first".
const DIES_AT_WORK =
  /^\s*(?:at my desk|at work|in (?:session|the office|this meeting|the staff meeting|my chair)|on the job|mid-session)\b/;
const IF_I = /\bif i (?:\w+ )?$/;
// A feeling too big, said as dying of it: "i am so tired i could die lol", "so embarrassed I could have died".
const SO_TIRED_I_COULD =
  /\bso (?:\w+ )?(?:tired|bored|hungry|embarrassed|happy|full|cold|hot|sleepy|exhausted|knackered|stressed|annoyed|angry|mad|frustrated|excited|relieved|proud) (?:that )?i could (?:have )?$/;
const SO_TIRED_REACH = 48;
// Only dying is said so: "so tired I could end it all" is no idiom.
const DYING_OF_IT = /^(?:have )?died?$/;

// The author's own crisis, long past and said so: "I was suicidal in my early 20s", "I used to be suicidal as a teen",
// "I haven't hurt myself since I was nineteen",
// "Years ago, in my twenties, I had suicidal thoughts", "When I was 19 I wanted to die". The past tense right before
// the sign or opening it, and a time long gone after the sign, or opening its sentence.
const IN_THE_PAST =
  /(?:^|\bi |\band |\bthen )(?:\w+ly )?(?:was|had|had been|haven't|have not|used to|ran|did|scored|wanted|tried|attempted|felt|thought about|struggled with|(?!need\b)[a-z-]{2,}ed|wrote|made|gave|took|cut|burnt|wore|hid|kept|spent|went)\b/;
// How far before and into the sign the past tense is looked for: "i was suicidal", "i had been cutting again", "and
// thought about ending things", a sentence that opens "Had a rough stretch of suicidal thinking".
const PAST_REACH = 24;
// Someone else's words, then the author's own "me too": "Client quote: I'm going to kill myself. Relatable.", "Client
// words: i want to die, and so do i."
const ECHOED =
  /^[^.!?\n]{0,60}?(?:[.!?,;:]\s*|\s(?:and|but)\s)(?:(?:honestly|tbh|lol|yeah|yep|oof|ugh|big|and|but|also|same)[.,!]?\s+){0,3}(?:me too|i do too|so do i|so am i|same here|same|relatable|mood|that's me|same for me|i feel that|felt that|me as well|i do as well|i have too|so have i)(?=\s*[.!?]|\s*$)/;

// A time of it gone through, right before the sign: "I went through a stretch of wanting to die", "had a bad patch of".
const A_STRETCH_GONE_THROUGH =
  /\b(?:went through|had|hit) (?:a|an) (?:\w+ )?(?:stretch|period|phase|spell|patch|bout|episode|time) of $/;
const STRETCH_REACH = 48;
const LONG_AGO =
  /^[^.!?\n]{0,40}?\b(?:in my (?:early |mid |late )?(?:teens|twenties|20s|thirties|30s)|(?:years|decades|(?:over |more than )?a decade) ago|(?:in|all through|through|during|for) (?:most of |all of |much of )?(?:my )?(?:college|university|uni|grad school|high school|secondary school|middle school|junior high|sixth form|undergrad|residency|teens|teenage years|twenties|adolescence)|back in (?:college|university|uni|grad school|high school|secondary school|middle school|sixth form|school|my (?:teens|twenties|training|student days))|long (?:since )?resolved|(?:grad school|college|university|uni|high school|med school|residency|training) was\b|as a (?:teen|teenager|kid|child)|when i was (?:younger|a teen|a teenager|a kid|a student|an intern|a trainee|in (?:college|school|training|grad school)|\d+|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:-\w+)?)|at (?:age )?(?:1\d|2\d)(?![:\d]| ?(?:am|pm|o'clock))|as a student|from (?:about |around |age |the age of )?(?:1\d|2\d|[5-9]) (?:to|until|till) (?:about |around )?\d{1,2}\b|from (?:about |around |age )?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen) (?:to|until|till) (?:i was |about |around )?(?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?)\b|(?<!\b(?:first|again)\b[^.!?\n]{0,30})since i was (?:\d+|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|a teen(?:ager)?|a kid|in (?:college|school|high school|grad school))|throwback to|(?:in )?my (?:first|second|third) year (?:in|of) (?:practice|training|grad school)|(?:that|this) was (?:over |more than |about |nearly )?\w+ (?:years|decades) ago)\b(?![^.!?\n]*\b(?:again|right now|now again|and now i|lately|these days|this (?:week|month|year)|today|tonight|back|still|currently)\b)(?![^\n]{0,200}\b(?:tonight|again|lately|these days|right now)\b[^.!?\n]{0,60}\b(?:thoughts?|urges?|suicidal|die|kill|hurt|cut|cutting|loud|trust myself|not fine)\b)/;

/**
 * Whether the sign at [start, end) is said by someone else, denied, listed as a sign to watch for, made hyperbole or
 * long past, in its sentence; or taken back right after it.
 */
export function isNotTheAuthors(folded: string, start: number, end = start): boolean {
  const sentence = sentenceBefore(folded, start);
  // Only the end of the sentence can hold a denial: read there, not at every character of it.
  return (
    (REPORTED.test(sentence) && !ECHOED.test(folded.slice(end, end + REACH))) ||
    DENIED.test(sentence.trimEnd().slice(-DENIAL_REACH)) ||
    (NOT_A.test(sentence) && A_WISH.test(folded.slice(start, end)) && !GOES_ON.test(folded.slice(end, end + 12))) ||
    ONE_MORE_CHORE.test(sentence) ||
    (SO_TIRED_I_COULD.test(sentence.slice(-SO_TIRED_REACH)) && DYING_OF_IT.test(folded.slice(start, end))) ||
    (IF_I.test(sentence) && DIES_AT_WORK.test(folded.slice(end, end + 40))) ||
    LISTED_AS_SIGNS.test(sentence) ||
    isSaidOtherwise(folded.slice(end, end + REACH)) ||
    ((IN_THE_PAST.test(sentence.slice(-PAST_REACH) + folded.slice(start, Math.min(end, start + PAST_REACH))) ||
      A_STRETCH_GONE_THROUGH.test(sentence.slice(-STRETCH_REACH))) &&
      (LONG_AGO.test(folded.slice(end, end + REACH)) || LONG_AGO.test(sentence + folded.slice(start, end + REACH))))
  );
}

/** The text of the sentence from its start up to `at`. */
function sentenceBefore(folded: string, at: number): string {
  return folded.slice(sentenceStart(folded, at), at);
}

// The author: "I", "I'm", "me", "my", "myself".
// Not "the ME" (the medical examiner, folded to lower case) where it rules or reports: "The ME ruled it an accident"
// (but "the me at 3am has a plan" is the author).
const ME = String.raw`(?<!\bthe )me|(?<=\bthe )me(?! (?:ruled|rules|said|says|found|finds|determined|concluded|listed|called|report|reports|office)\b)`;
const AUTHOR = new RegExp(String.raw`\b(?:i|i'm|i've|i'd|i'll|${ME}|my|myself|(?<!of )mine)\b`, "g");
const AUTHOR_SPEAKING = /\b(?:i|i'm|i've|i'd|i'll)\b/g;
const AUTHOR_ANYWHERE = new RegExp(String.raw`\b(?:i|i'm|i've|i'd|i'll|${ME}|my|myself)\b`);
// Someone else: then a sign after them, with no "I" between, may be theirs ("a client who took her life", "Lost two
// of my group to fentanyl. Neither wanted to die.").
export const SOMEONE_ELSE =
  /\b(?:she|he|they|her|his|their|them|him|client|clients|patient|patients|pt|pts|kid|kids|teen|teens|people|person|(?<=\b(?:for|of) )(?:someone|somebody)|trainee|intern|supervisee|son|daughter|family|colleague|colleagues|friend|mom|dad|brother|sister|husband|wife|partner|man|woman|boy|girl|student|veteran|parents?|neither)(?:'s)?\b/g;
// A sentence that opens with a verb has the author as its subject: "Drove past the overpass again", "Been staring at it",
// after a word said first too ("lmao filling out a phq9 for fun").
const OPENS_WITH_A_VERB =
  /^\s*(?:(?:lol|lmao|ok|okay|so|ugh|welp|honestly|also|and|anyway)\W+)?(?:\w+ed|\w+ing|been|just|bought|drove|hit|cut|sat|took|gave|wrote|went|thought|kept|left|made|found|told|felt|spent|got|put|paid|sold|sent|set|wore)\b/;
const SOMEONE_IN_SENTENCE = new RegExp(SOMEONE_ELSE.source);
// As many words as an elliptical statement has: "Letters for both kids are written." is seven.
const SHORT_SENTENCE_WORDS = 8;
const SHORT_SENTENCE_CHARS = 80;
const isShortSentence = (sentence: string) =>
  sentence.length <= SHORT_SENTENCE_CHARS && (sentence.match(/[a-z']+/g)?.length ?? 0) <= SHORT_SENTENCE_WORDS;

// Verbs chained on with no subject of their own: ", then went home", "and went back".
const CHAINED = /(?:,? (?:and )?then|,? and) (?:\w+ed|went|got|took|cut|sat|hid|came|ran|drove|kept)\b[^,;]*$/;
// A sentence that asks, or bids the reader: "does anyone know…", "Please take care of your clients", "Be kinder to yourselves".
const ASKS_OR_BIDS =
  /^\s*(?:does anyone|anyone know|is there|what's|what is|how (?:much|many|long)|please|be|take|tell|don't|remember|thank you|thanks)\b/;

/**
 * Whether the sign at [at, end) is the author's: not said by someone else, not denied, and either the author is
 * named in its clause after anyone else, or the sentence opens with a verb, as "I" left out does, or (`saidShort`)
 * it is a short sentence that names nobody at all ("Date's picked.", "Letters for both kids are written.").
 */
export function isAuthorsOwn(folded: string, at: number, end: number, saidShort = true): boolean {
  if (isNotTheAuthors(folded, at, end)) return false;
  const clauseStart = clauseBefore(folded, at);
  const before = folded.slice(clauseStart, end);
  const lastAuthor = lastIndexOf(AUTHOR, before);
  const lastOther = lastIndexOf(SOMEONE_ELSE, folded.slice(clauseStart, at));
  if (lastAuthor >= 0) return lastAuthor > lastOther;
  // "Kept a client on track today, then went home and went back to the bathroom with the blade": a sentence the
  // author opens with a verb goes on with them, past anyone named, while its verbs go on without a subject.
  const sentenceOpening = folded.slice(sentenceStart(folded, at), at);
  if (
    lastOther >= 0 &&
    OPENS_WITH_A_VERB.test(sentenceOpening) &&
    CHAINED.test(folded.slice(clauseStart + lastOther, at))
  )
    return true;
  if (lastOther >= 0) return false;
  // "Three clients dead this year across my caseload: one suicide, one overdose": what follows a colon is told of
  // whoever is named before it, unless the author speaks after them ("If this were a client I'd chart: …").
  const opening = sentenceStart(folded, at);
  if (folded.charAt(clauseStart - 1) === ":") {
    const beforeColon = folded.slice(opening, clauseStart);
    if (lastIndexOf(SOMEONE_ELSE, beforeColon) > lastIndexOf(AUTHOR_SPEAKING, beforeColon)) return false;
  }
  // No "I" before it: the author's when "I" follows in the sentence, or the sentence opens with a verb, asks a
  // question or bids the reader.
  const sentence = folded.slice(opening, sentenceEnd(folded, at) + 1);
  return (
    AUTHOR_ANYWHERE.test(sentence) ||
    OPENS_WITH_A_VERB.test(sentence) ||
    // "Date's picked.", "Letters for both kids are written.": a short sentence that names nobody is the author's.
    // A sign of one word ("overdose", "suicide") says nothing of whose it is.
    (saidShort &&
      folded.slice(at, end).includes(" ") &&
      isShortSentence(sentence) &&
      !SOMEONE_IN_SENTENCE.test(sentence)) ||
    ASKS_OR_BIDS.test(sentence) ||
    sentence.trimEnd().endsWith("?")
  );
}

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  eachMatch(pattern, text, (start) => {
    last = start;
  });
  return last;
}

// How far back a clause or a sentence is read: a run-on "sentence" of a thousand words reads no further, so
// each sign costs the same however the text is punctuated.
const REACH = 240;

/** Where the clause around `at` starts: after a sentence's end, a ";", ":" or a line break. */
function clauseBefore(folded: string, at: number): number {
  return Math.max(at - REACH, markBefore(marksOf(folded).clauses, at) + 1);
}

function sentenceEnd(folded: string, at: number): number {
  const { sentences } = marksOf(folded);
  const next = sentences[indexAfter(sentences, at - 1)] ?? folded.length;
  return Math.min(at + REACH, next);
}

function sentenceStart(folded: string, at: number): number {
  return Math.max(at - REACH, markBefore(marksOf(folded).sentences, at) + 1);
}

// Where sentences and clauses end in the last text read: worked out once per text, then found by halving.
let marks = { text: "", sentences: [] as number[], clauses: [] as number[] };

function marksOf(folded: string) {
  if (marks.text === folded) return marks;
  const sentences: number[] = [];
  const clauses: number[] = [];
  for (let at = 0; at < folded.length; at++) {
    const unit = folded.charAt(at);
    if (".!?\n".includes(unit)) sentences.push(at);
    if (".!?\n;:".includes(unit)) clauses.push(at);
  }
  marks = { text: folded, sentences, clauses };
  return marks;
}

/** The last mark before `at`, or -1. */
function markBefore(list: number[], at: number): number {
  const index = indexAfter(list, at - 1) - 1;
  return list[index] ?? -1;
}

/** The index of the first mark after `at`. */
function indexAfter(list: number[], at: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
