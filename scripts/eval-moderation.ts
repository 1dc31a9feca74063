/**
 * Scores the moderation pipeline on the development corpus written by others
 * (test/fixtures/moderation-dev): per file and per `kind` tag, how many cases
 * get the right outcome, then every miss. Run: `npm run eval:moderation`
 * (`-- --misses` lists the misses; `-- --file other.jsonl` scores another file).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { moderate } from "../src/moderation/pipeline";
import {
  type DevCase,
  type DevLabel,
  devLabels,
  parseDevCorpus,
  scoreDevCorpus,
  share,
} from "../test/moderation/dev-corpus";

const folder = path.join(import.meta.dirname, "../test/fixtures/moderation-dev");
const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const other = args.indexOf("--file");

const files = Object.fromEntries(
  devLabels.map((label) => [label, readFileSync(path.join(folder, `${label}.jsonl`), "utf8")]),
) as Record<DevLabel, string>;
const corpus = parseDevCorpus(files);
if (other >= 0) {
  // Another file of the same shape (fresh cases written by someone else): each case scored by its own label.
  const extra = parseDevCorpus({ identifying: "", benign: "", crisis: "", clinical: "" });
  for (const line of readFileSync(args[other + 1] ?? "", "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const item = JSON.parse(line) as DevCase;
    extra[item.label].push(item);
  }
  Object.assign(corpus, extra);
}

const score = scoreDevCorpus(corpus, (text) => moderate(text));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const line = (name: string, s: { right: number; total: number }) =>
  `${name.padEnd(34)} ${String(s.right).padStart(4)} / ${String(s.total).padEnd(4)} ${percent(share(s)).padStart(6)}`;

if (showMisses) {
  for (const { item, decision } of score.misses) {
    const why = decision.reasons.map((r) => `${r.rule}:"${decision.text.slice(r.start, r.end)}"`).join(", ");
    console.log(`MISS ${item.label}/${item.kind} -> ${decision.decision} ${why}\n  ${item.body.replace(/\n/g, " ")}\n`);
  }
}
console.log("by kind (right / cases):");
for (const kind of [...score.byKind].sort((a, b) => a.label.localeCompare(b.label) || a.kind.localeCompare(b.kind))) {
  console.log(`  ${line(`${kind.label}/${kind.kind}`, kind)}`);
}
console.log("by file:");
const wording: Record<DevLabel, string> = {
  identifying: "identifying stopped",
  benign: "benign published",
  crisis: "crisis held with help",
  clinical: "clinical published",
};
for (const label of devLabels) console.log(`  ${line(wording[label], score.byLabel[label])}`);
