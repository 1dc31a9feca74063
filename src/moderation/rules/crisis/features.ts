import { normalize } from "../../normalize";
import { fold } from "../../text";
import { withoutQuotations } from "./voice";

/** What the crisis reading reads of a post: its words and pairs of words, and how much each counts. */
export type CrisisFeatures = { features: Set<string>; each: number };

/** What the crisis reading reads of a post, quotations blanked. */
export function crisisFeatures(raw: string): CrisisFeatures {
  return featuresOf(withoutQuotations(fold(normalize(raw))));
}

/** A word, as the crisis reading reads it. */
export const FEATURE_WORD = /[a-z']+/g;

/** A post of this many words counts each feature once; a shorter one more, up to twice, a longer one less. */
const WORDS_COUNTED_ONCE = 60;

/**
 * How much each feature of a post of `words` words counts in its reading: a long post is read by the mean of its
 * features, a short one (30 words or fewer) by twice their sum. Summed, the many features a long ordinary post about
 * the work shares with crisis posts read as one ("There's a specific kind of loneliness in this job…"): held out by
 * writer, the development corpus's benign posts were held 17 times in 199 so, 8 times length-scaled, with more crisis
 * posts held (scripts/train-crisis-model.ts).
 */
export function eachFeatureCounts(words: number): number {
  return Math.min(2, WORDS_COUNTED_ONCE / Math.max(words, 1));
}

/** The features of text already normalized, folded and without quotations, as the crisis rules have it. */
function featuresOf(spoken: string): CrisisFeatures {
  const words = spoken.match(FEATURE_WORD) ?? [];
  const features = new Set<string>();
  words.forEach((word, at) => {
    features.add(word);
    const next = words[at + 1];
    if (next !== undefined) features.add(`${word} ${next}`);
  });
  return { features, each: eachFeatureCounts(words.length) };
}
