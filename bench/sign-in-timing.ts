/**
 * How long a failed moderator sign-in takes for a real username (wrong password), an unknown one and a disabled
 * account: `npm run bench:sign-in [-- --tries 40 --seconds 120]`. The three should not be told apart; the tests prove
 * they do the same work (test/mod/sign-in.test.ts), this shows the time it takes.
 *
 * Builds the worker as it deploys, serves it with Miniflare on 127.0.0.1 only over a fresh local D1 (migrations
 * applied by wrangler) and in-memory KV, and sends the three kinds of attempt in turns, each from an address of its
 * own so the per-address limits never answer instead. The account-wide limit is raised for the run (to its most,
 * 900), so that every attempt reaches the password check. Stops after `--tries` rounds or `--seconds`, whichever comes first.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Miniflare } from "miniflare";
import { hashPassword } from "../src/mod/passwords";
import { d1PersistOf } from "./seed";
import { appWorker, buildWorker } from "./worker";

const { values } = parseArgs({
  options: { tries: { type: "string", default: "40" }, seconds: { type: "string", default: "120" } },
});
const tries = Math.max(1, Number(values.tries));
const deadline = performance.now() + Math.max(1, Number(values.seconds)) * 1000;
const WARMUP = 3;

const work = mkdtempSync(join(tmpdir(), "sign-in-timing-"));
try {
  execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", work], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "1" },
  });
  const script = buildWorker(join(work, "build"), { minify: true });
  const worker = appWorker("app", script, "0");
  const mf = new Miniflare({
    host: "127.0.0.1",
    port: 0,
    d1Persist: d1PersistOf(work),
    workers: [
      {
        ...worker,
        // The build is outside the project: its modules are named from its own directory.
        modulesRoot: join(work, "build"),
        bindings: { ...worker.bindings, SIGN_IN_FAILURES_PER_ACCOUNT: "900" },
      },
    ],
  });
  try {
    await mf.ready;
    const origin = (await mf.unsafeGetDirectURL("app")).origin;
    const db = await mf.getD1Database("DB");
    const insert =
      "INSERT INTO moderators (id, username, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?)";
    await db
      .prepare(insert)
      .bind("bench-real", "bench-real", "moderator", await hashPassword("right password 1"), Date.now(), 0)
      .run();
    await db
      .prepare(insert)
      .bind("bench-off", "bench-off", "moderator", await hashPassword("right password 2"), Date.now(), 1)
      .run();

    const kinds = {
      "real username, wrong password": { username: "bench-real", password: "not the password" },
      "unknown username": { username: "nobody-by-this-name", password: "not the password" },
      "disabled account, right password": { username: "bench-off", password: "right password 2" },
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
    let address = 0;
    const attempt = async (credentials: { username: string; password: string }) => {
      address += 1;
      const started = performance.now();
      const res = await fetch(`${origin}/api/mod/session`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "CF-Connecting-IP": `10.9.${address >> 8}.${address & 255}`,
        },
        body: JSON.stringify(credentials),
      });
      await res.arrayBuffer();
      if (res.status !== 401) throw new Error(`expected 401, got ${res.status}`);
      return performance.now() - started;
    };
    for (let round = 0; round < WARMUP + tries && performance.now() < deadline; round++) {
      // In turns, and each round in another order, so that drift in the machine's speed falls on all three alike.
      const order = Object.entries(kinds);
      for (let i = 0; i < round % order.length; i++) order.push(order.shift() as (typeof order)[number]);
      for (const [kind, credentials] of order) {
        const ms = await attempt(credentials);
        if (round >= WARMUP) times[kind]?.push(ms);
      }
    }
    console.log(`sign-in timing: ${times[Object.keys(kinds)[0] ?? ""]?.length ?? 0} tries of each, ms`);
    for (const [kind, measured] of Object.entries(times)) {
      console.log(
        `  ${kind.padEnd(34)} median ${quantile(measured, 0.5).toFixed(1).padStart(6)}   p90 ${quantile(measured, 0.9).toFixed(1).padStart(6)}`,
      );
    }
  } finally {
    await mf.dispose();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
