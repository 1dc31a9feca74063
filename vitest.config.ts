import os from "node:os";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  // The same migrations wrangler applies, applied to each worker's D1.
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        main: "./src/index.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            RATE_LIMIT_SECRET: "test-only-rate-limit-secret",
            SECOND_FACTOR_KEY: "test-only-second-factor-key",
            // Tests write to D1 directly too: every read checks the board's version.
            BOARD_VERSION_CHECK_MS: "0",
            // Tests see which reads the cache served; production never says.
            READ_CACHE_HIT_HEADER: "on",
            PUBLIC_ORIGIN: "https://closed-door.test",
            // `npm run test:full` (CI's slower suites) sends every naughty string, `npm test` a quarter of them.
            FULL_SUITES: process.env.FULL_SUITES ?? "",
          },
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.{ts,tsx}"],
      exclude: ["test/e2e/**"],
      setupFiles: ["./test/apply-migrations.ts"],
      // A verdict never depends on this machine's speed: under the whole suite, 200 posts at once can
      // outlast vitest's 5 s default. The bound only stops a test that hangs; timing is for `npm run bench`.
      testTimeout: 240_000,
      // One workerd per core, each running its share of the files one after another on one D1 and KV: a fresh
      // workerd per file (vitest's isolation) cost three quarters of the suite's time (204 s against 63 s here).
      // test/apply-migrations.ts starts each file from no posts and empty KV; a file that breaks D1 on purpose mends it.
      isolate: false,
      maxWorkers: os.availableParallelism(),
      hookTimeout: 240_000,
      // test/ui/asset-versions.test.ts reads public/styles.css raw; vitest blanks CSS it does not include.
      css: { include: [/public\/.*\.css/] },
      // obscenity ships an ESM wrapper around CommonJS that workerd's module
      // loader cannot unwrap; pre-bundling it gives the same module wrangler's bundle does.
      // Every test file's worker loads the app, and with it hono, zod and drizzle: pre-bundled, each is a few
      // modules rather than hundreds fetched one by one, which cut the suite from 208 s to 170 s here.
      deps: {
        optimizer: {
          ssr: {
            enabled: true,
            include: [
              "obscenity",
              // CommonJS too.
              "ipaddr.js",
              "@hono/zod-openapi",
              "zod",
              "drizzle-orm",
              "drizzle-orm/d1",
              "drizzle-orm/sqlite-core",
              "drizzle-zod",
              "hono",
              "hono/body-limit",
              "hono/cookie",
              "hono/csrf",
              "hono/dev",
              "hono/etag",
              "hono/html",
              "hono/http-exception",
              "hono/jsx",
              "hono/jsx/jsx-runtime",
              "hono/jsx/jsx-dev-runtime",
              "hono/secure-headers",
              "hono/utils/html",
              "hono/utils/http-status",
            ],
          },
        },
      },
    },
  };
});
