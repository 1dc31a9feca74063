import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** "1" in the slower suites (`npm run test:full`): every naughty string, not a sample. */
      FULL_SUITES: string;
    }
  }
}
