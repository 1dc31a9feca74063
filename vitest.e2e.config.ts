import { defineConfig } from "vitest/config";

// Browser tests: Node drives Debian's Chromium against `wrangler dev`, which
// test/e2e/server.ts starts on a free port with a fresh local D1 and stops.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./test/e2e/server.ts"],
    // No per-test or per-hook bound: a verdict never depends on how fast this machine is under load
    // (a page once took over 30 s to load beside the accessibility suite). `.ci/run` bounds the whole run.
    testTimeout: 0,
    hookTimeout: 0,
    fileParallelism: false,
  },
});
