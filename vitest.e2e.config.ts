import { defineConfig } from "vitest/config";

// Browser tests: Node drives Debian's Chromium against `wrangler dev`, which
// test/e2e/server.ts starts on a free port with a fresh local D1 and stops.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./test/e2e/server.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
