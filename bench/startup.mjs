// Startup cost of the built worker, in a fresh V8 (run by bench/run.ts with
// --experimental-vm-modules): parse and compile, then the module's top-level
// code (building the app's routes and schemas), as Workers does at startup.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const code = readFileSync(process.argv[2], "utf8");
const start = performance.now();
const module = new vm.SourceTextModule(code, { identifier: "worker.js" });
const parsed = performance.now();
await module.link(() => {
  throw new Error("the built worker imports nothing");
});
await module.evaluate();
const evaluated = performance.now();
console.log(JSON.stringify({ parseMs: parsed - start, evaluateMs: evaluated - parsed }));
