/**
 * The before-and-after check behind every change to the moderation rules: `dump` writes the decision on every
 * fixture post (the development corpus and every fresh set) to a file; `diff` lists the posts whose outcome changed
 * between two dumps, better or worse by their label, and counts them. A change that puts some posts right and others
 * wrong shows both. Run:
 *   npx tsx scripts/moderation-decisions.ts dump before.json
 *   (change the rules)
 *   npx tsx scripts/moderation-decisions.ts dump after.json
 *   npx tsx scripts/moderation-decisions.ts diff before.json after.json
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { moderate } from "../src/moderation/pipeline";
import { type DevCase, isRight } from "../test/moderation/dev-corpus";

type Decision = { right: boolean; decision: string; label: string; kind: string; body: string };

const fixtures = path.join(import.meta.dirname, "../test/fixtures");

function dump(out: string) {
  const decisions: Record<string, Decision> = {};
  for (const folder of ["moderation-dev", "moderation-fresh"]) {
    for (const file of readdirSync(path.join(fixtures, folder)).filter((name) => name.endsWith(".jsonl"))) {
      const lines = readFileSync(path.join(fixtures, folder, file), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "");
      lines.forEach((line, at) => {
        const item = JSON.parse(line) as DevCase;
        const decision = moderate(item.body);
        decisions[`${folder}/${file}:${at + 1}`] = {
          right: isRight(item.label, decision),
          decision: decision.decision,
          label: item.label,
          kind: item.kind,
          body: item.body,
        };
      });
    }
  }
  writeFileSync(out, JSON.stringify(decisions));
  const right = Object.values(decisions).filter((each) => each.right).length;
  console.log(`${Object.keys(decisions).length} posts, ${right} right: ${out}`);
}

function diff(beforeFile: string, afterFile: string) {
  const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, Decision>;
  const [before, after] = [read(beforeFile), read(afterFile)];
  let [better, worse] = [0, 0];
  for (const [key, now] of Object.entries(after)) {
    const then = before[key];
    if (then === undefined || then.right === now.right) continue;
    if (now.right) better++;
    else worse++;
    const body = now.body.replace(/\s+/g, " ").slice(0, 140);
    console.log(
      `${now.right ? "BETTER" : "WORSE "} ${key} ${now.label}/${now.kind} ${then.decision} -> ${now.decision} | ${body}`,
    );
  }
  console.log(`${better} better, ${worse} worse (posts in both dumps only)`);
}

const [command, first = "", second = ""] = process.argv.slice(2);
if (command === "dump" && first) dump(first);
else if (command === "diff" && first && second) diff(first, second);
else console.error("usage: moderation-decisions.ts dump <out.json> | diff <before.json> <after.json>");
