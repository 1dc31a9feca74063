import { applyD1Migrations, env } from "cloudflare:test";

// The migrations, applied once per worker: the test files a worker runs share its D1 and KV (a fresh workerd per
// file cost three quarters of the suite's time). Each file starts from no posts, reports or sessions and no counted
// sign-in failures; what else is kept (moderators, the audit log, the day's keys) belongs to random ids and
// addresses no other file asks about. The day's keys stay: an isolate holds the key it read, and a key that
// changed under it mid-file would split one client in two.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await env.DB.batch(
  ["flags", "resonances", "idempotency_records", "posts", "moderator_sessions"].map((table) =>
    env.DB.prepare(`DELETE FROM ${table}`),
  ),
);
// A version no earlier file's cached page was rendered under, so the read cache serves nothing of theirs.
await env.DB.prepare("UPDATE board_version SET version = ?")
  .bind(Math.floor(Math.random() * 2 ** 40))
  .run();
for (let list = await env.SIGN_IN_FAILURES.list(); ; list = await env.SIGN_IN_FAILURES.list({ cursor: list.cursor })) {
  await Promise.all(list.keys.map((key) => env.SIGN_IN_FAILURES.delete(key.name)));
  if (list.list_complete) break;
}
