/**
 * Writes src/moderation/lexicons/needed-words.json: for every alternative a
 * rule reads by the words it needs (`byNeededWords` in
 * src/moderation/rules/rule.ts: the crisis patterns, the newsworthy-event and
 * small-community ones), those words, as scripts/needed-words.ts reads them off
 * its pattern. Run after changing one of those patterns:
 * `npm run needed-words` (a test fails until then).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import "../src/moderation/pipeline";
import { neededWordsAsked } from "../src/moderation/rules/rule";
import { choicesNeeded } from "./needed-words";

const file = path.join(import.meta.dirname, "../src/moderation/lexicons/needed-words.json");
const needs: Record<string, readonly (readonly string[])[]> = {};
for (const source of [...new Set(neededWordsAsked)].sort()) {
  const choices = choicesNeeded(source);
  if (choices) needs[source] = choices;
}
const data = {
  source:
    "scripts/build-needed-words.ts, from the patterns read by their words (byNeededWords in src/moderation/rules/rule.ts)",
  licence: "the project's own",
  needs,
};
writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
console.log(
  `needed-words.json: ${Object.keys(needs).length} of ${new Set(neededWordsAsked).size} alternatives need a word`,
);
