/**
 * Chooses the crisis reading's thresholds on posts it has not seen: for the
 * development corpus and each fresh set from fresh3 on, trains on every other
 * set and scores the held-out one. A post is held when the rules hold it
 * without the reading, when the reading is above `beside` and the rules see a
 * sign of risk in the author's voice, or when the reading alone is above
 * `alone`. Prints, for each pair, the crisis posts held and the clinical and
 * benign posts held. The rules themselves were tuned on these sets, so their
 * share is flattering; the reading's part is not. Run: `npm run model:crisis:thresholds`
 * (a training a set, well over an hour); `-- --folds 5` holds out a fifth of the sets at a
 * time instead (five trainings, a few minutes).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import model from "../src/moderation/lexicons/crisis-model.json";
import { type Case, labelledPosts, scoreOf, train } from "./crisis-training";

const PAIRS = [
  [0, 1],
  [0, 1.25],
  [0, 1.5],
  [0.5, 1.5],
  [-0.5, 1.25],
  [0, 2],
];
const FIRST_HELD_OUT = 3; // fresh1 has no crisis posts, fresh2 too few to choose on.

// The pipeline read with the reading switched off ("rules"), or always true beside a sign ("beside"): which
// posts it holds, by body. Each in its own process, as the pipeline reads the thresholds when it loads.
const mode = process.argv[2];
const foldsAt = process.argv.indexOf("--folds");
const FOLDS = foldsAt >= 0 ? Number(process.argv[foldsAt + 1]) : undefined;
if (mode === "rules" || mode === "beside") {
  model.alone = Number.POSITIVE_INFINITY;
  model.threshold = mode === "rules" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  const { moderate } = await import("../src/moderation/pipeline");
  const held = labelledPosts().filter((post) => moderate(post.body).decision !== "publish");
  console.log(JSON.stringify(held.map((post) => post.body)));
} else {
  chooseThresholds();
}

function chooseThresholds(): void {
  const heldBy = (which: string) =>
    new Set<string>(
      JSON.parse(
        execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), which], {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        }),
      ),
    );
  const [byRules, besideSign] = [heldBy("rules"), heldBy("beside")];

  const posts = labelledPosts().filter((post) => ["crisis", "clinical", "benign"].includes(post.label));
  const sets = [...new Set(posts.map((post) => post.set))].filter(
    (set) => set === "dev" || Number(set.slice(5)) >= FIRST_HELD_OUT,
  );
  // Each set its own group, or the sets dealt into `FOLDS` groups in turn.
  const groupOf = (set: string) => (FOLDS === undefined ? set : String(sets.indexOf(set) % FOLDS));
  const groups = [...new Set(sets.map(groupOf))];
  const scores = new Map<Case, number>(
    groups.flatMap((group) => {
      const reading = train(posts.filter((post) => groupOf(post.set) !== group));
      return posts
        .filter((post) => sets.includes(post.set) && groupOf(post.set) === group)
        .map((post) => [post, scoreOf(reading, post)] as const);
    }),
  );
  const heldOut = [...scores.keys()];
  const count = (labels: string[], held: (post: Case) => boolean) =>
    `${heldOut.filter((post) => labels.includes(post.label) && held(post)).length} of ${heldOut.filter((post) => labels.includes(post.label)).length}`;

  console.log(
    FOLDS === undefined
      ? `held out one at a time: ${sets.join(", ")}\n`
      : `held out in ${FOLDS} groups of sets, in turn: ${sets.join(", ")}\n`,
  );
  console.log(
    `rules alone: crisis ${count(["crisis"], (post) => byRules.has(post.body))}, ` +
      `benign or clinical ${count(["benign", "clinical"], (post) => byRules.has(post.body))}`,
  );
  console.log("beside  alone  crisis held   benign or clinical held");
  for (const [beside = 0, alone = 0] of PAIRS) {
    const held = (post: Case) => {
      const score = scores.get(post) ?? 0;
      return byRules.has(post.body) || (besideSign.has(post.body) && score > beside) || score > alone;
    };
    console.log(
      `${String(beside).padStart(6)}  ${String(alone).padStart(5)}  ${count(["crisis"], held).padEnd(12)}  ${count(["benign", "clinical"], held)}`,
    );
  }
}
