/**
 * Inserts the demo posts into the local D1 when it has no posts yet, through
 * the worker's own moderation pipeline and queries, so demo rows look exactly
 * like posts written through the API. Run by `npm run dev` after the local
 * migrations are applied; `--persist-to DIR` seeds the state wrangler keeps
 * in DIR (as `wrangler dev --persist-to DIR` reads it).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getPlatformProxy } from "wrangler";
import { createDb } from "../src/db/client";
import { posts } from "../src/db/schema";
import { moderate } from "../src/moderation/pipeline";
import { insertPost } from "../src/posts/queries";
import { contentHash, newDeleteToken, newId, sha256Hex } from "../src/secrets";
import { demoPosts } from "./demo-posts";

const HOUR_MS = 60 * 60 * 1000;

const { values } = parseArgs({ options: { "persist-to": { type: "string" } } });
const persistTo = values["persist-to"];
const { env, dispose } = await getPlatformProxy<Env>({ persist: persistTo ? { path: join(persistTo, "v3") } : true });
try {
  const db = createDb(env.DB);
  const existing = await db.$count(posts);
  if (existing > 0) {
    console.log(`Local database has ${existing} posts; demo posts not added.`);
  } else {
    const now = Date.now();
    for (const demo of demoPosts) {
      const moderation = moderate(demo.body);
      if (moderation.decision !== "publish") {
        throw new Error(`A demo post would not publish (${moderation.decision}): ${demo.body.slice(0, 60)}…`);
      }
      await insertPost(db, {
        id: newId(),
        body: moderation.text,
        category: demo.category,
        role: demo.role,
        status: "published",
        // Minutes within the hour are spread so posts of one hour keep an order.
        createdAt: now - demo.hoursAgo * HOUR_MS - Math.floor(Math.random() * HOUR_MS),
        resonates: demo.resonates,
        // Demo posts have no author, so their token is thrown away.
        deleteTokenHash: await sha256Hex(newDeleteToken()),
        contentHash: await contentHash(moderation.text),
      });
    }
    console.log(`Added ${demoPosts.length} demo posts to the local database.`);
  }
} finally {
  await dispose();
}
