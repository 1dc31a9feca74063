/**
 * Where a request's CPU goes inside workerd: `npm run bench:profile [-- --path /api/posts?limit=20
 * --seconds 5 --posts 1000 --cached]`.
 *
 * Builds the worker as it deploys but unminified (so functions keep their
 * names), serves it with Miniflare on 127.0.0.1 over a seeded local D1 with
 * the read cache off (unless --cached), drives the path with autocannon, and
 * records a CPU profile of the worker's isolate through workerd's inspector.
 * Prints the functions that took the most time, with and without their
 * callees, and writes the profile for Chrome DevTools (Performance, "Load
 * profile"). This is how the row mapping, the hour's formatting and the
 * cursor's encoder were found to cost a fifth of an uncached feed request.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Miniflare } from "miniflare";
import { d1PersistOf, seededCopy } from "./seed";
import { appWorker, buildWorker } from "./worker";

const BUILD_DIR = "bench/.build-profile";
const PROFILE_DIR = "bench/.profiles";
const INSPECTOR_PORT = 9229;

const { values } = parseArgs({
  options: {
    path: { type: "string", default: "/api/posts?limit=20" },
    seconds: { type: "string", default: "5" },
    posts: { type: "string", default: "1000" },
    cached: { type: "boolean", default: false },
    top: { type: "string", default: "30" },
  },
});

type Frame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

if (typeof WebSocket === "undefined")
  throw new Error("run through npm run bench:profile (node --experimental-websocket)");

const script = buildWorker(BUILD_DIR, { minify: false });
const { persistDir } = await seededCopy(Number(values.posts), "bench/.data/scratch-profile");
const mf = new Miniflare({
  host: "127.0.0.1",
  port: 0,
  inspectorPort: INSPECTOR_PORT,
  d1Persist: d1PersistOf(persistDir),
  workers: [appWorker("profiled", script, values.cached ? "30000" : "0")],
});
try {
  await mf.ready;
  const url = `${(await mf.unsafeGetDirectURL("profiled")).origin}${values.path}`;
  const inspector = await inspectorOf("profiled");
  const load = (seconds: number) => autocannon({ url, connections: 8, duration: seconds });
  await load(1);
  await inspector.send("Profiler.enable");
  await inspector.send("Profiler.setSamplingInterval", { interval: 50 });
  await inspector.send("Profiler.start");
  const result = await load(Number(values.seconds));
  const { profile } = (await inspector.send("Profiler.stop")) as { profile: Profile };
  inspector.close();
  mkdirSync(PROFILE_DIR, { recursive: true });
  const file = `${PROFILE_DIR}/${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  console.log(
    `${values.path}: ${Math.round(result.requests.average)} req/s, ${result.non2xx} not 2xx; profile in ${file}\n`,
  );
  console.log("total %  self %  function");
  for (const row of heaviest(profile, Number(values.top))) console.log(row);
} finally {
  await mf.dispose();
}

/** The worker's isolate, through workerd's inspector: send a method, await its result. */
async function inspectorOf(worker: string) {
  const targets = (await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json`)).json()) as {
    title: string;
    webSocketDebuggerUrl: string;
  }[];
  const target = targets.find((candidate) => candidate.title.endsWith(`:${worker}`));
  if (!target) throw new Error(`no inspector target for ${worker}`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve) => socket.addEventListener("open", resolve, { once: true }));
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  let last = 0;
  return {
    send: (method: string, params: object = {}) =>
      new Promise<unknown>((resolve) => {
        pending.set(++last, resolve);
        socket.send(JSON.stringify({ id: last, method, params }));
      }),
    close: () => socket.close(),
  };
}

/** The functions with the most time, counting their callees (total) and not (self), as lines. */
function heaviest(profile: Profile, count: number): string[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const name = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
    `${functionName || "(anonymous)"} ${url.split("/").at(-1) ?? ""}:${lineNumber + 1}`;
  const [total, self] = [new Map<string, number>(), new Map<string, number>()];
  let all = 0;
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    all += time;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const node = nodes.get(at);
      if (!node) break;
      const key = name(node);
      if (at === id) self.set(key, (self.get(key) ?? 0) + time);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + time);
      seen.add(key);
    }
  });
  const share = (time: number) => ((100 * time) / all).toFixed(1).padStart(7);
  return [...total]
    .filter(([key]) => !key.startsWith("(root)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, time]) => `${share(time)} ${share(self.get(key) ?? 0)}  ${key}`);
}
