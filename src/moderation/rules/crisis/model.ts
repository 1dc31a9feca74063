import model from "../../lexicons/crisis-model.json";
import { eachFeatureCounts, FEATURE_WORD } from "./features";

/**
 * The crisis reading: how much a post reads like the crisis posts of the
 * fixtures rather than their clinical and benign posts (a logistic regression's
 * log-odds, trained by scripts/train-crisis-model.ts). It finds what the rules have no
 * words for. Beside a sign of risk in the author's own voice a lower score
 * holds a post; alone, only a score so high that a clinical post full of the
 * same words does not reach it (see ./index).
 */

/** A known feature's weight; one object per feature, so a post's features are counted once by identity. */
type Weight = { readonly value: number };
type Weights = { words: ReadonlyMap<string, Weight>; pairs: ReadonlyMap<string, ReadonlyMap<string, Weight>> };

let weights: Weights | undefined;

/** The weights, read on first use: a word's, and a pair's by its first word then its second. */
function weightsOf(): Weights {
  if (weights) return weights;
  const words = new Map<string, Weight>();
  const pairs = new Map<string, Map<string, Weight>>();
  // Plain statements, not a destructured pair or a chain of `??`: the first post of an isolate runs this loop of
  // 4,000 entries before the engine has optimized it, at nearly twice the cost.
  for (const entry of model.weights.split("|")) {
    const at = entry.lastIndexOf("=");
    const feature = entry.slice(0, at);
    const weight = { value: Number(entry.slice(at + 1)) };
    const space = feature.indexOf(" ");
    if (space < 0) {
      words.set(feature, weight);
      continue;
    }
    const first = feature.slice(0, space);
    let seconds = pairs.get(first);
    if (seconds === undefined) {
      seconds = new Map();
      pairs.set(first, seconds);
    }
    seconds.set(feature.slice(space + 1), weight);
  }
  weights = { words, pairs };
  return weights;
}

/** How the text, normalized, folded and without quotations, reads: above `model.threshold` beside a sign of risk,
 * above `model.alone` by itself, it reads as a crisis post. The features are those of `crisisFeatures`, each counted
 * once and as much as the post's length says (`eachFeatureCounts`), looked up without building the pair's string. */
export function crisisReading(spoken: string): number {
  const { words, pairs } = weightsOf();
  const counted = new Set<Weight>();
  const tokens = spoken.match(FEATURE_WORD) ?? [];
  let sum = 0;
  const add = (weight: Weight | undefined) => {
    if (weight === undefined || counted.has(weight)) return;
    counted.add(weight);
    sum += weight.value;
  };
  tokens.forEach((token, at) => {
    add(words.get(token));
    const next = tokens[at + 1];
    if (next !== undefined) add(pairs.get(token)?.get(next));
  });
  return model.prior + eachFeatureCounts(tokens.length) * sum;
}

export const BESIDE_A_SIGN = model.threshold;
export const ALONE = model.alone;
