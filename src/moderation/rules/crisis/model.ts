import model from "../../lexicons/crisis-model.json";
import { featuresOf } from "./features";

/**
 * The crisis reading: how much a post reads like the crisis posts of the
 * fixtures rather than their clinical and benign posts (a naive Bayes score,
 * trained by scripts/train-crisis-model.ts). It finds what the rules have no
 * words for; it holds a post only beside a sign of risk in the author's own
 * voice (see ./index), so a clinical post full of the same words is left alone.
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

/** Whether the text, normalized, folded and without quotations, reads as a crisis post. */
export function readsAsCrisis(spoken: string): boolean {
  const known = weightsOf();
  let score = model.prior;
  for (const feature of featuresOf(spoken)) score += known.get(feature) ?? 0;
  return score > model.threshold;
}
