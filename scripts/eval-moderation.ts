/**
 * Scores the moderation pipeline on the development corpus written by others
 * (test/fixtures/moderation-dev): per file and per `kind` tag, how many cases
 * get the right outcome, then every miss. Run: `npm run eval:moderation`
 * (`-- --misses` lists the misses; `-- --fresh` scores test/fixtures/moderation-fresh, cases a
 * helper wrote without reading the rules; `-- --file other.jsonl` scores any file of the same shape).
 */
import { readdirSync, readFileSync } from "node:fs";
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

const fixtures = path.join(import.meta.dirname, "../test/fixtures");
const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const other = args.indexOf("--file");
const freshFolder = path.join(fixtures, "moderation-fresh");
const fresh = readdirSync(freshFolder)
  .filter((file) => file.endsWith(".jsonl"))
  .map((file) => path.join(freshFolder, file));
const files = other >= 0 ? [args[other + 1] ?? ""] : args.includes("--fresh") ? fresh : undefined;

const corpus = files === undefined ? devCorpus() : casesOf(files);

function devCorpus() {
  const read = (label: DevLabel) => readFileSync(path.join(fixtures, `moderation-dev/${label}.jsonl`), "utf8");
  return parseDevCorpus(Object.fromEntries(devLabels.map((label) => [label, read(label)])) as Record<DevLabel, string>);
}

/** Files of the same shape, each case scored by its own label. */
function casesOf(paths: string[]) {
  const cases = parseDevCorpus({ identifying: "", benign: "", crisis: "", clinical: "" });
  for (const line of paths.flatMap((file) => readFileSync(file, "utf8").split("\n"))) {
    if (line.trim() === "") continue;
    const item = JSON.parse(line) as DevCase;
    cases[item.label].push(item);
  }
  return cases;
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
for (const label of devLabels) {
  if (score.byLabel[label].total > 0) console.log(`  ${line(wording[label], score.byLabel[label])}`);
}
