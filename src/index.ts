import { createApp } from "./app";
import { createDb } from "./db/client";
import { prepareDayKeys } from "./limits/client-key";
import { purge } from "./retention/purge";
import { tidySearchIndex } from "./search/upkeep";

const app = createApp();

export default {
  fetch: app.fetch,
  /** The daily Cron Trigger of wrangler.toml: the retention purge, the search index's upkeep, and the next days' keys made ahead. */
  async scheduled(controller, env) {
    const purged = await purge(createDb(env.DB), controller.scheduledTime);
    console.log("retention purge", JSON.stringify(purged));
    await prepareDayKeys(env.CLIENT_DAYS, controller.scheduledTime);
    // Last: the longest step, and the one that can wait a day if it fails.
    console.log("search index upkeep", JSON.stringify(await tidySearchIndex(createDb(env.DB))));
  },
} satisfies ExportedHandler<Env>;
