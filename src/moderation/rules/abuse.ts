import { type Rule, spansOf, whenAnyWord } from "./rule";
import { slur } from "./slurs";

/**
 * Slurs (./slurs), hate toward a group, and threats toward a person.
 */

const GROUP =
  "(?:jews?|muslims?|gays?|lesbians?|blacks?|black people|whites?|white people|immigrants?|mexicans?|arabs?|asians?|trans (?:people|women|men|folks)|transgender people|women|men|christians?|hindus?|latinos?|refugees?|homosexuals?|queers?)";
const HATE = new RegExp(
  [
    `\\b${GROUP} (?:should|must|deserve to|need to|ought to) (?:all )?(?:die|be killed|be shot|burn|be gassed|be exterminated|be wiped out|be deported|rot)\\b`,
    `\\b${GROUP} (?:are|is) (?:all )?(?:vermin|animals|subhuman|sub-human|parasites|a disease|cockroaches|rats|filth|scum|inferior|an abomination|a plague)\\b`,
    `\\b(?:kill|gas|exterminate|wipe out|deport|shoot) (?:all|every|the) ${GROUP}\\b`,
    `\\bi (?:hate|despise) (?:all )?${GROUP}\\b`,
  ].join("|"),
  "g",
);

const I = "\\bi(?:'m| am|'ll| will|'d| would| could| might| swear i'll| swear i will)*";
const TARGET =
  "(?:him|her|them|you|that (?:man|woman|guy|bitch|bastard|asshole|idiot|jerk)|my (?:boss|supervisor|manager|director|client|coworker|co-worker|colleague|ex|husband|wife|partner|neighbor|landlord))";
// Killing with kindness, or with a joke, is no threat: "I am going to kill them with kindness".
const NOT_AN_IDIOM =
  "(?! with (?:kindness|love|compassion|politeness|niceness|a smile|my smile|questions|paperwork|boundaries|validation)\\b| off\\b)";
const THREAT = new RegExp(
  [
    `${I} (?:(?:going|gonna|want|wanna|about|ready|planning) to |(?:could|might|will|'ll) )?(?:kill|murder|shoot|stab|strangle|choke|punch|beat up|slap|hurt|run over) ${TARGET}\\b${NOT_AN_IDIOM}`,
    `\\b(?:someone|somebody) (?:should|needs to|ought to) (?:kill|shoot|stab|hurt|beat up|run over) (?:him|her|them|that \\w+)\\b`,
    `\\bi know where (?:he|she|they|you) lives?\\b`,
  ].join("|"),
  "g",
);

const GROUP_WORDS = `jews jew muslims muslim gays gay lesbians lesbian blacks black whites white immigrants immigrant
  mexicans mexican arabs arab asians asian trans transgender women men christians christian hindus hindu latinos latino
  refugees refugee homosexuals homosexual queers queer`.split(/\s+/);
const THREAT_WORDS = "kill murder shoot stab strangle choke punch beat slap hurt run lives live".split(" ");

export const hate: Rule = whenAnyWord(GROUP_WORDS, ({ folded }) => spansOf(HATE, folded, "hate"));
// Someone else's threat, quoted or reported, is what a client lives with, not the author's: "her husband said 'if you
// leave, I'll kill you'" (a lethality indicator in domestic-violence work), "My client said I'm going to kill him". The
// author's own stays one: "I told him 'I will kill you'", "I texted my ex: 'I'm going to hurt you.'"
export const threat: Rule = whenAnyWord(THREAT_WORDS, ({ folded }) =>
  spansOf(THREAT, folded, "threat").filter(
    (span) =>
      !SAID_BY_SOMEONE_ELSE.test(folded.slice(Math.max(0, span.start - 60), span.start)) &&
      !SAID_FONDLY.test(folded.slice(span.end, span.end + 80)) &&
      !OVER_ONE_MORE.test(folded.slice(Math.max(0, span.start - 60), span.start)) &&
      !ASKED_OR_FEARED.test(folded.slice(Math.max(0, span.start - 20), span.start)),
  ),
);
// …nor a hurt the author asks about or fears having done: "lying here wondering if i hurt her", "worried that i hurt him".
const ASKED_OR_FEARED = /\b(?:if|whether|worried|worry|afraid|scared|fear|feared)(?: that)? $/;
// …nor one said fondly in the next breath: "I'm going to kill my supervisor. Lovingly.", "I will kill them. (I won't.",
// "I will kill them. With kindness. Probably.",
// nor a killing over one more of something: "I'm going to kill my supervisor if she says 'trust the process' one more time".
const SAID_FONDLY =
  /^[.,!]?\s*(?:\(?(?:lovingly|affectionately|fondly|figuratively|metaphorically|jk|kidding|just kidding|not really|not literally|with (?:kindness|love|compassion))\b|\(?i (?:won't|wont|will not)\b)|^[^.!?\n]{0,60}\bone more (?:time|person|email|form|thing)\b/;
// "If one more person tells me self-care is a bubble bath I will kill them."
const OVER_ONE_MORE = /\bif one more \w+[^.!?\n]{0,100}$/;
const SAID_BY_SOMEONE_ELSE =
  /\b(?:he|she|they|client|patient|husband|wife|partner|boyfriend|girlfriend|ex|dad|mom|mum|father|mother|son|daughter|brother|sister|kid|teen|someone|(?:his|her|their|my client's|the client's) \w+)(?: \w+)? (?:said|says|told (?:her|him|them|me|us)|texted|yelled|screamed|shouted|threatened|wrote|messaged|keeps saying)(?: to (?:her|him|them|me))?,?:? (?:that )?["'“‘]?(?:(?:(?!\bi\b)[^"'“”‘’.!?\n]){0,40}[,:] )?$/;

export const abuse: Rule[] = [slur, hate, threat];
