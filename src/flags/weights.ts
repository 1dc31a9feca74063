import type { FlagReason } from "../db/schema";
import type { Settings } from "../settings";

/**
 * How much reader flags weigh. A post is hidden when the open flags of
 * distinct readers reach `toHide`. Both counts are configuration
 * (FLAGS_TO_HIDE, IDENTIFYING_FLAGS_TO_HIDE) and are at least two, so one
 * reader can never hide a post alone. Weights are chosen so that either
 * count, or any mix that adds up, reaches the same threshold: with the
 * defaults (3 and 2) an ordinary flag weighs 2, an identifying one 3, and
 * 6 hides.
 */
export type FlagWeights = { ordinary: number; identifying: number; toHide: number };

export function flagWeights(settings: Pick<Settings, "FLAGS_TO_HIDE" | "IDENTIFYING_FLAGS_TO_HIDE">): FlagWeights {
  const ordinaryFlags = settings.FLAGS_TO_HIDE;
  const identifyingFlags = Math.min(settings.IDENTIFYING_FLAGS_TO_HIDE, ordinaryFlags);
  return { ordinary: identifyingFlags, identifying: ordinaryFlags, toHide: ordinaryFlags * identifyingFlags };
}

export function weightOf(reason: FlagReason, weights: FlagWeights): number {
  return reason === "identifying" ? weights.identifying : weights.ordinary;
}
