import model from "../../lexicons/crisis-model.json";
import { featuresOf } from "./features";

/**
 * The crisis reading: how much a post reads like the crisis posts of the
 * fixtures rather than their clinical and benign posts (a naive Bayes score,
 * trained by scripts/train-crisis-model.ts). It finds what the rules have no
 * words for. Beside a sign of risk in the author's own voice a lower score
 * holds a post; alone, only a score so high that a clinical post full of the
 * same words does not reach it (see ./index).
 */

let weights: ReadonlyMap<string, number> | undefined;

/** The weights, read on first use. */
function weightsOf(): ReadonlyMap<string, number> {
  weights ??= new Map(
    model.weights.split("|").map((entry) => {
      const at = entry.lastIndexOf("=");
      return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
    }),
  );
  return weights;
}

/** How the text, normalized, folded and without quotations, reads: above `model.threshold` beside a sign of risk,
 * above `model.alone` by itself, it reads as a crisis post. */
export function crisisReading(spoken: string): number {
  const known = weightsOf();
  let score = model.prior;
  for (const feature of featuresOf(spoken)) score += known.get(feature) ?? 0;
  return score;
}

export const BESIDE_A_SIGN = model.threshold;
export const ALONE = model.alone;
