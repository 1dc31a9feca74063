import type { FlagReason } from "../db/schema";

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

export function flagWeights(env: Pick<Env, "FLAGS_TO_HIDE" | "IDENTIFYING_FLAGS_TO_HIDE">): FlagWeights {
  const ordinaryFlags = atLeastTwo(env.FLAGS_TO_HIDE, 3);
  const identifyingFlags = Math.min(atLeastTwo(env.IDENTIFYING_FLAGS_TO_HIDE, 2), ordinaryFlags);
  return { ordinary: identifyingFlags, identifying: ordinaryFlags, toHide: ordinaryFlags * identifyingFlags };
}

export function weightOf(reason: FlagReason, weights: FlagWeights): number {
  return reason === "identifying" ? weights.identifying : weights.ordinary;
}

function atLeastTwo(configured: string | undefined, fallback: number): number {
  const count = Number.parseInt(configured ?? "", 10);
  return Number.isSafeInteger(count) ? Math.max(2, count) : fallback;
}
