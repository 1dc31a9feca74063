import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Db } from "./db/client";
import { boardVersion } from "./db/schema";
import type { AppEnv } from "./env";

/**
 * The feed and post pages (HTML and JSON) served from this isolate's memory
 * while nothing readers see has changed. Every entry is stored under the
 * board's version, which triggers in D1 bump on every publish, delete, hide,
 * removal and redaction; an entry of an older version is never served. The
 * version is read from D1 at most once per BOARD_VERSION_CHECK_MS, and at
 * once after any write this isolate handled, so an author or moderator sees
 * their own change on the next request and other isolates' changes arrive
 * within that interval (well inside the pages' public max-age). Resonates do
 * not bump the version: an entry lives at most MAX_AGE_MS, so counts are at
 * most that late.
 */

export const READ_CACHE_PATHS = ["/", "/c/:slug", "/p/:id", "/api/posts", "/api/posts/:id", "/api/categories"];

const MAX_ENTRIES = 200;
const MAX_AGE_MS = 30_000;
const MAX_BODY_BYTES = 256 * 1024;

type Entry = { version: number; storedAt: number; status: number; headers: [string, string][]; body: ArrayBuffer };

const entries = new Map<string, Entry>();
const known = { version: -1, checkedAt: Number.NEGATIVE_INFINITY };

export const readCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "GET") return next();
  const now = Date.now();
  const version = await currentVersion(c.var.db, now, checkInterval(c.env));
  const key = c.req.url;
  const entry = entries.get(key);
  if (entry && entry.version === version && now - entry.storedAt < MAX_AGE_MS) {
    entries.delete(key);
    entries.set(key, entry); // most recently used last
    c.res = new Response(entry.body, { status: entry.status, headers: [...entry.headers, ["X-Read-Cache", "hit"]] });
    return;
  }
  await next();
  if (!isShared(c.res)) return;
  const body = await c.res.clone().arrayBuffer();
  if (body.byteLength > MAX_BODY_BYTES) return;
  entries.delete(key);
  entries.set(key, { version, storedAt: now, status: c.res.status, headers: [...c.res.headers], body });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
};

/** After any write this isolate handles, the next read asks D1 for the version again. */
export const noteWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) known.checkedAt = Number.NEGATIVE_INFINITY;
};

async function currentVersion(db: Db, now: number, interval: number): Promise<number> {
  if (now - known.checkedAt < interval) return known.version;
  const [row] = await db.select({ version: boardVersion.version }).from(boardVersion).where(eq(boardVersion.id, 1));
  known.version = row?.version ?? -1;
  known.checkedAt = now;
  return known.version;
}

function checkInterval(env: Env): number {
  const value = Number(env.BOARD_VERSION_CHECK_MS);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

/** Only a successful answer any reader may share is kept. */
function isShared(res: Response): boolean {
  return res.status === 200 && (res.headers.get("Cache-Control") ?? "").startsWith("public");
}
