import { normalize } from "../../normalize";
import { fold } from "../../text";
import { withoutQuotations } from "./voice";

/** What the crisis reading reads of a post: its words and pairs of words, quotations blanked. */
export function crisisFeatures(raw: string): Set<string> {
  return featuresOf(withoutQuotations(fold(normalize(raw))));
}

/** A word, as the crisis reading reads it. */
export const FEATURE_WORD = /[a-z']+/g;

/** The features of text already normalized, folded and without quotations, as the crisis rules have it. */
function featuresOf(spoken: string): Set<string> {
  const words = spoken.match(FEATURE_WORD) ?? [];
  const features = new Set<string>();
  words.forEach((word, at) => {
    features.add(word);
    const next = words[at + 1];
    if (next !== undefined) features.add(`${word} ${next}`);
  });
  return features;
}
