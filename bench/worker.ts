/**
 * The app's worker as the benchmarks serve it: built as `wrangler deploy`
 * would upload it, and served by Miniflare from its own socket.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import type { WorkerOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";

/** Builds the worker into `outDir` (`wrangler deploy --dry-run`); unminified keeps function names for a profile. */
export function buildWorker(outDir: string, { minify }: { minify: boolean }): string {
  rmSync(outDir, { recursive: true, force: true });
  const flags = minify ? [] : ["--no-minify"];
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", ...flags, "--outdir", outDir], { stdio: "ignore" });
  return `${outDir}/index.js`;
}

/** wrangler.toml's worker (without its static assets), as Miniflare options. */
export function configuredWorker() {
  const { assets: _assets, ...options } = unstable_getMiniflareWorkerOptions("wrangler.toml").workerOptions;
  return options;
}

/**
 * The built app as a Miniflare worker named `name`, with its read cache kept
 * for `readCacheMs` (0: off). Requests go straight to its own socket
 * (`unsafeDirectSockets`): Miniflare's entry worker in front, like wrangler
 * dev's proxy, would cost several times a bare route's CPU.
 */
export function appWorker(
  name: string,
  scriptPath: string,
  readCacheMs: string,
  settings: Record<string, string> = {},
): WorkerOptions {
  const options = configuredWorker();
  return {
    ...options,
    name,
    modules: true,
    scriptPath,
    unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }],
    bindings: {
      ...options.bindings,
      RATE_LIMIT_SECRET: "bench-only-rate-limit-secret",
      SECOND_FACTOR_KEY: "bench-only-second-factor-key",
      READ_CACHE_MS: readCacheMs,
      ...settings,
    },
  };
}
