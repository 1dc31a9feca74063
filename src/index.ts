import { createApp } from "./app";
import { createDb } from "./db/client";
import { purge } from "./retention/purge";

const app = createApp();

export default {
  fetch: app.fetch,
  /** The daily Cron Trigger of wrangler.toml: the retention purge. */
  async scheduled(controller, env) {
    const purged = await purge(createDb(env.DB), controller.scheduledTime);
    console.log("retention purge", JSON.stringify(purged));
  },
} satisfies ExportedHandler<Env>;
