import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  type PhraseBuilder,
  pattern,
  RegExpMatcher,
} from "obscenity";
import { type Rule, type Span, spansOf, whenAnyWord } from "./rule";

/**
 * Slurs, hate toward a group, and threats toward a person. Plain profanity is
 * venting and is allowed, and clinical words (rape, incest, abuse, sex
 * offender, self-harm) are not in the list at all: obscenity's English
 * dataset is narrowed to slurs, and keeps its handling of leetspeak and
 * look-alike letters.
 */

type Slur = { originalWord: string };

// Slurs with no ordinary use: refused.
const REFUSED = new Set([
  "nigger",
  "kike",
  "chink",
  "chingchong",
  "abeed",
  "africoon",
  "arabush",
  "boonga",
  "spic",
  "wetback",
  "gook",
  "raghead",
  "towelhead",
  "beaner",
]);
// Words that are slurs in most uses but are reclaimed, historical or quoted: held for a moderator.
const HELD = new Set(["fag", "dyke", "tranny", "retard", "spastic", "negro"]);

const extraSlur =
  (word: string, whitelist: string[] = []) =>
  (phrase: PhraseBuilder<Slur>) =>
    whitelist.reduce(
      (built, term) => built.addWhitelistedTerm(term),
      phrase.setMetadata({ originalWord: word }).addPattern(pattern`|${word}`),
    );

const slurs = new DataSet<Slur>()
  .addAll(englishDataset)
  .removePhrasesIf(
    (phrase) => !REFUSED.has(phrase.metadata?.originalWord ?? "") && !HELD.has(phrase.metadata?.originalWord ?? ""),
  )
  .addPhrase(extraSlur("spic", ["spice", "spicy", "spick"]))
  .addPhrase(extraSlur("wetback"))
  .addPhrase(extraSlur("gook"))
  .addPhrase(extraSlur("raghead"))
  .addPhrase(extraSlur("towelhead"))
  .addPhrase(extraSlur("beaner", ["beanery"]));

const matcher = new RegExpMatcher({ ...slurs.build(), ...englishRecommendedTransformers });

// Outdated clinical terms that contain a slur's letters but are not slurs in use.
const CLINICAL = /^(?:retardation|retarded development)$/;

// obscenity costs about 0.4 ms on 2,000 characters, most of the pipeline's
// budget, so it reads only the words near a cheap first sighting: a slur's
// letters, any of them written as leetspeak, each repeated up to four times
// (bounded, so a long run of one letter is read once, not once per letter).
const LEET: Record<string, string> = { a: "a4@", e: "e3", i: "i1!|", o: "o0", s: "s5$", t: "t7", g: "g9" };
const STEMS =
  `nig kike chink ching abeed africoon arabush boong spic wetback gook raghead towelhead beaner fag dyke tranny
  trani retard spast negro`.split(/\s+/);
const sighting = (stem: string) => [...stem].map((letter) => `[${LEET[letter] ?? letter}]{1,4}`).join("[^a-z\\s]?");
const SIGHTING = new RegExp(`${STEMS.map(sighting).join("|")}|\\bab[o0]s?\\b`, "g");
const WINDOW = 24;

export const slur: Rule = ({ text, folded }) => {
  const spans: Span[] = [];
  let checkedUpTo = 0;
  for (const sighting of folded.matchAll(SIGHTING)) {
    const from = Math.max(checkedUpTo, sighting.index - WINDOW);
    const to = Math.min(text.length, sighting.index + sighting[0].length + WINDOW);
    if (to <= from) continue;
    spans.push(...slursIn(text, from, to));
    checkedUpTo = to;
  }
  return spans;
};

function slursIn(text: string, from: number, to: number): Span[] {
  const window = text.slice(from, to);
  return matcher.getAllMatches(window, true).flatMap((match): Span[] => {
    const word = slurs.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? "";
    const { start, end } = wholeWord(text, from + match.startIndex, from + match.endIndex + 1);
    if (CLINICAL.test(text.slice(start, end).toLowerCase())) return [];
    return [{ rule: REFUSED.has(word) ? "slur" : "slur-ambiguous", start, end }];
  });
}

function wholeWord(text: string, start: number, end: number) {
  let [from, to] = [start, end];
  while (from > 0 && /[\p{L}\p{N}@$*]/u.test(text.charAt(from - 1))) from--;
  while (to < text.length && /[\p{L}\p{N}@$*]/u.test(text.charAt(to))) to++;
  return { start: from, end: to };
}

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
const THREAT = new RegExp(
  [
    `${I} (?:(?:going|gonna|want|wanna|about|ready|planning) to |(?:could|might|will|'ll) )?(?:kill|murder|shoot|stab|strangle|choke|punch|beat up|slap|hurt|run over) ${TARGET}\\b`,
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
export const threat: Rule = whenAnyWord(THREAT_WORDS, ({ folded }) => spansOf(THREAT, folded, "threat"));

export const abuse: Rule[] = [slur, hate, threat];
