/**
 * Chooses the crisis reading's `alone` threshold on posts it has not seen:
 * for each fresh set from fresh3 on, trains on every other set, then counts
 * what the reading alone would add on the held-out set: crisis posts held
 * that the rest of the pipeline misses, and benign or clinical posts held
 * that it publishes. The rest of the pipeline is the shipped one with the
 * reading alone switched off; its reading beside a sign has seen every set.
 * Run: `npm run model:crisis:thresholds`.
 */
import model from "../src/moderation/lexicons/crisis-model.json";
import { labelledPosts, scoreOf, train } from "./crisis-training";

// The rest of the pipeline: the reading alone switched off before the pipeline reads its threshold.
model.alone = Number.POSITIVE_INFINITY;
const { moderate } = await import("../src/moderation/pipeline");

const THRESHOLDS = [15, 20, 25, 30, 35];
const FIRST_HELD_OUT = 3; // fresh1 has no crisis posts, fresh2 too few to choose on.

const posts = labelledPosts();
const sets = [...new Set(posts.map((post) => post.set))].filter((set) => Number(set.slice(5)) >= FIRST_HELD_OUT);
const publishes = new Map(posts.map((post) => [post, moderate(post.body).decision === "publish"]));
// Each post's score under the reading trained without its own set.
const heldOutScore = new Map(
  sets.flatMap((set) => {
    const reading = train(posts.filter((post) => post.set !== set));
    return posts.filter((post) => post.set === set).map((post) => [post, scoreOf(reading, post)] as const);
  }),
);

console.log(`held out one at a time: ${sets.join(", ")}\n`);
console.log("alone  crisis held more  benign or clinical held more");
for (const threshold of THRESHOLDS) {
  const added = (labels: string[]) =>
    [...heldOutScore].filter(([post, score]) => labels.includes(post.label) && publishes.get(post) && score > threshold)
      .length;
  const of = (labels: string[]) => [...heldOutScore.keys()].filter((post) => labels.includes(post.label)).length;
  console.log(
    `${String(threshold).padStart(5)}  ${`${added(["crisis"])} of ${of(["crisis"])}`.padEnd(17)}` +
      `${added(["benign", "clinical"])} of ${of(["benign", "clinical"])}`,
  );
}
