/**
 * Instructions per `moderate()` call for each hand-picked input of bench/moderation-inputs.ts,
 * counted by the CPU (`perf stat -e instructions`): unlike time, the count
 * does not move with a shared machine's speed, so two versions of the
 * pipeline compare within a few per cent. Run: `npm run bench:instructions`
 * (needs `perf`, from Debian's linux-perf).
 *
 * Each input runs in two fresh processes, with and without RUNS calls after
 * the same warm-up; the difference over RUNS is one call's count.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { moderate } from "../src/moderation/pipeline";
import { inputs } from "./moderation-inputs";

const WARMUP = 500;
const RUNS = 3000;
const self = fileURLToPath(import.meta.url);

function instructions(name: string, runs: number): number {
  const counted = spawnSync(
    "perf",
    ["stat", "-x,", "-e", "instructions", process.execPath, "--import", "tsx", self, "--run", name, String(runs)],
    { encoding: "utf8" },
  );
  const line = counted.stderr?.split("\n").find((row) => row.includes("instructions")) ?? "";
  const count = Number(line.split(",")[0]);
  if (counted.error || !Number.isFinite(count) || count <= 0) {
    throw new Error(`perf stat counted no instructions (is linux-perf installed?): ${counted.stderr ?? counted.error}`);
  }
  return count;
}

const [flag, name, runs] = process.argv.slice(2);
if (flag === "--run") {
  const text = inputs[name ?? ""] ?? "";
  for (let i = 0; i < WARMUP + Number(runs); i++) moderate(text);
} else {
  console.log(`instructions per moderate() call, ${RUNS} calls after ${WARMUP} of warm-up (perf stat)\n`);
  for (const input of Object.keys(inputs)) {
    const perCall = (instructions(input, RUNS) - instructions(input, 0)) / RUNS;
    console.log(`${input.padEnd(34)}${(perCall / 1e6).toFixed(2).padStart(6)} M`);
  }
}
