/**
 * Why the pipeline decided what it did for a post, as a moderator reading the crisis rules would ask: the decision
 * and its reasons, the crisis reading's score, and every sign of risk and crisis signal found, with whether the
 * voice checks read it as the author's own or as someone else's (quoted, reported, denied, long past). For reading
 * a set's misses by kind. Run: `npx tsx scripts/moderation-why.ts "a post" ["another post"…]`, or `-` to read one
 * post a line from standard input.
 */
import { readFileSync } from "node:fs";
import { normalize } from "../src/moderation/normalize";
import { moderate } from "../src/moderation/pipeline";
import { signals } from "../src/moderation/rules/crisis/index";
import { crisisReading } from "../src/moderation/rules/crisis/model";
import { riskKinds } from "../src/moderation/rules/crisis/risk";
import { isAuthorsOwn, isNotTheAuthors, withoutQuotations } from "../src/moderation/rules/crisis/voice";
import { eachMatch } from "../src/moderation/rules/rule";
import { fold } from "../src/moderation/text";

const args = process.argv.slice(2);
const posts =
  args[0] === "-"
    ? readFileSync(0, "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
    : args;

for (const post of posts) {
  const decision = moderate(post);
  const spoken = withoutQuotations(fold(normalize(post)));
  const reasons = decision.reasons.map((reason) => `${reason.rule}:"${decision.text.slice(reason.start, reason.end)}"`);
  console.log(
    `== ${decision.decision} [${reasons.join(", ")}] reading=${crisisReading(spoken).toFixed(3)}\n   ${post}`,
  );
  riskKinds.forEach((kind, index) => {
    eachMatch(kind.words, spoken, (start, end) => {
      const voice = `own=${isAuthorsOwn(spoken, start, end)} notTheirs=${isNotTheAuthors(spoken, start, end)}`;
      console.log(`   risk#${index} ${kind.rule} weight ${kind.weight} "${spoken.slice(start, end)}" ${voice}`);
      return true;
    });
  });
  for (const signal of signals) {
    for (const pattern of signal.patterns) {
      eachMatch(pattern, spoken, (start, end) => {
        const notTheirs = isNotTheAuthors(spoken, start, end);
        console.log(`   signal ${signal.rule}/${signal.strength} "${spoken.slice(start, end)}" notTheirs=${notTheirs}`);
        return true;
      });
    }
  }
}
