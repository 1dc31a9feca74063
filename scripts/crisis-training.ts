/**
 * What the crisis reading learns from, and how: the labelled posts of
 * test/fixtures (development corpus and fresh cases, each with the set it
 * came from) and a Bernoulli naive Bayes over their features. Shared by
 * `npm run model:crisis` (which writes the model) and
 * `npm run model:crisis:thresholds` (which chooses its thresholds on held-out sets).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { crisisFeatures } from "../src/moderation/rules/crisis/features";

export type Case = { body: string; label: string; set: string };
export type Reading = { prior: number; weights: Map<string, number> };

const fixtures = path.join(import.meta.dirname, "../test/fixtures");

/** Every labelled post; `set` is "dev" or the fresh set's name ("fresh7"). */
export function labelledPosts(): Case[] {
  return ["moderation-dev", "moderation-fresh"].flatMap((folder) =>
    readdirSync(path.join(fixtures, folder))
      .filter((file) => file.endsWith(".jsonl"))
      .flatMap((file) =>
        readFileSync(path.join(fixtures, folder, file), "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => ({ ...(JSON.parse(line) as Case), set: folder === "moderation-dev" ? "dev" : setOf(file) })),
      ),
  );
}

const setOf = (file: string) => file.split("-")[0] ?? file;

// A feature seen in fewer than three posts says more about one writer than about crisis.
const LEAST_SEEN = 3;
const features = new Map<string, Set<string>>();
const featuresOfPost = (post: Case) =>
  features.get(post.body) ?? features.set(post.body, crisisFeatures(post.body)).get(post.body) ?? new Set();

/** Crisis posts against every clinical and benign post: each feature's log-likelihood ratio. */
export function train(posts: Case[]): Reading {
  const crisis = posts.filter((post) => post.label === "crisis");
  const others = posts.filter((post) => post.label === "clinical" || post.label === "benign");
  const counts = (items: Case[]) => {
    const seen = new Map<string, number>();
    for (const item of items)
      for (const feature of featuresOfPost(item)) seen.set(feature, (seen.get(feature) ?? 0) + 1);
    return seen;
  };
  const [inCrisis, inOthers] = [counts(crisis), counts(others)];
  const weights = new Map<string, number>();
  for (const feature of new Set([...inCrisis.keys(), ...inOthers.keys()])) {
    const [a, b] = [inCrisis.get(feature) ?? 0, inOthers.get(feature) ?? 0];
    if (a + b < LEAST_SEEN) continue;
    const weight = Math.log((a + 0.5) / (crisis.length + 1) / ((b + 0.5) / (others.length + 1)));
    if (Math.abs(weight) >= 0.05) weights.set(feature, Number(weight.toFixed(2)));
  }
  return { prior: Math.log(crisis.length / others.length), weights };
}

/** A post's score under a reading. */
export function scoreOf(reading: Reading, post: Case): number {
  let score = reading.prior;
  for (const feature of featuresOfPost(post)) score += reading.weights.get(feature) ?? 0;
  return score;
}
