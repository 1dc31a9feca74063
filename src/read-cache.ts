import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Db } from "./db/client";
import { newMeter, serverTiming } from "./db/meter";
import { allRows, builtOnce } from "./db/prepared";
import { boardVersion } from "./db/schema";
import { bookmarkOf, databaseOf } from "./db/session";
import { holdReadsForTask } from "./db/together";
import type { AppEnv } from "./env";
import { settingsOf } from "./settings";

/**
 * The feed and post pages (HTML and JSON) served from this isolate's memory
 * while nothing readers see has changed. Every entry is stored under the
 * board's version, which triggers in D1 bump on every publish, delete, hide,
 * removal, redaction and resonate; an entry of an older version is never served. The
 * version is read from D1 at most once per BOARD_VERSION_CHECK_MS, and at
 * once after any write this isolate handled, so an author or moderator sees
 * their own change on the next request and other isolates' changes arrive
 * within that interval (well inside the pages' public max-age). An entry
 * lives at most READ_CACHE_MS besides (0 turns the cache off).
 *
 * With read replicas, a miss is rendered from the request's D1 session,
 * which may lag the primary: so the miss reads the version in the page's own
 * statement (src/db/together.ts), which is one round trip and one snapshot,
 * and stores the page under the version it was rendered at. A lagging page is
 * then stored under an older version and never served as current. A request
 * that carries a bookmark (its client just wrote) skips the cache: another
 * isolate may not have seen that write's version yet.
 */

export const READ_CACHE_PATHS = ["/", "/c/:slug", "/p/:id", "/api/posts", "/api/posts/:id", "/api/categories"];

// An isolate has 128 MB; the cache keeps to a small part of it.
const MAX_ENTRIES = 2000;
const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
const MAX_BODY_BYTES = 256 * 1024;

type Entry = { version: number; storedAt: number; status: number; headers: Headers; body: ArrayBuffer };

const entries = new Map<string, Entry>();
let totalBytes = 0;
const known = { version: -1, checkedAt: Number.NEGATIVE_INFINITY };

export const readCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  const settings = settingsOf(c.env);
  const maxAge = settings.READ_CACHE_MS;
  if (c.req.method !== "GET" || maxAge === 0 || bookmarkOf(c)) return next();
  const now = Date.now();
  // Should the version not be read, the page is read as if there were no cache, inside the security headers and the
  // error handling every other read goes through.
  const current = await currentVersion(() => databaseOf(c), now, settings.BOARD_VERSION_CHECK_MS).catch(
    () => undefined,
  );
  if (current === undefined) return next();
  const { version, fresh } = current;
  const key = keyOf(c.req.url);
  const entry = entries.get(key);
  if (entry && entry.version === version && now - entry.storedAt < maxAge) {
    entries.delete(key);
    entries.set(key, entry); // most recently used last
    // Headers copied whole from the stored ones: given as pairs, the Response read each in JS, a sixth of a hit's CPU.
    c.res = new Response(entry.body, { status: entry.status, headers: entry.headers });
    if (settings.READ_CACHE_HIT_HEADER === "on") c.res.headers.set("X-Read-Cache", "hit");
    // A hit's own cost: the version read, if one was due (the stored answer's cost was its miss's).
    if (settings.D1_METER === "on") c.res.headers.set("Server-Timing", serverTiming(c.get("d1Meter") ?? newMeter()));
    return;
  }
  const versionRead = fresh ? Promise.resolve(version) : versionWithThePage(databaseOf(c));
  await next();
  const renderedAt = await versionRead;
  if (renderedAt === undefined || !isShared(c.res)) return;
  const body = await c.res.clone().arrayBuffer();
  if (body.byteLength > MAX_BODY_BYTES) return;
  forget(key);
  const headers = new Headers(c.res.headers);
  headers.delete("Server-Timing");
  entries.set(key, { version: renderedAt, storedAt: now, status: c.res.status, headers, body });
  totalBytes += body.byteLength;
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES && totalBytes <= MAX_TOTAL_BYTES) break;
    forget(oldest);
  }
};

// The query parameters each cached page reads, each with the value it is keyed by: undefined for a value the page
// reads as its default ("?sort=anything" is the newest first on the HTML feed). Any other parameter is left out of
// the key: made-up ones ("?x=1", "?sort=a2"…) change nothing on the page, so they are served from the cache and
// evict nothing. A post page reads no parameter.
type KeyedBy = Record<string, (value: string) => string | undefined>;
const asWritten = (value: string) => value;
const API: KeyedBy = { category: asWritten, cursor: asWritten, limit: asWritten, period: asWritten, sort: asWritten };
const FEED_PAGE: KeyedBy = {
  before: asWritten,
  cursor: asWritten,
  // The page reads a number from 2 up; anything else is the first page.
  page: (value) => (/^[1-9]\d{0,5}$/.test(value) && value !== "1" ? value : undefined),
  period: (value) => (value === "week" || value === "month" ? value : undefined),
  sort: (value) => (value === "top" ? value : undefined),
};
const POST_PAGE: KeyedBy = {};

function keyOf(url: string): string {
  // An address with no query is its own key (a request's address comes parsed, and without a fragment).
  if (!url.includes("?")) return url;
  const { origin, pathname, searchParams } = new URL(url);
  const keyedBy = pathname.startsWith("/api/") ? API : pathname.startsWith("/p/") ? POST_PAGE : FEED_PAGE;
  const kept = Object.entries(keyedBy).flatMap(([name, keyed]) =>
    searchParams.getAll(name).flatMap((value): [string, string][] => {
      const key = keyed(value);
      return key === undefined ? [] : [[name, key]];
    }),
  );
  return kept.length === 0 ? `${origin}${pathname}` : `${origin}${pathname}?${new URLSearchParams(kept)}`;
}

function forget(key: string): void {
  totalBytes -= entries.get(key)?.body.byteLength ?? 0;
  entries.delete(key);
}

/** After any write this isolate handles, the next read asks D1 for the version again. */
export const noteWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) known.checkedAt = Number.NEGATIVE_INFINITY;
};

/** The board's version, and whether it was just read through this request's own session. */
async function currentVersion(db: () => Db, now: number, interval: number) {
  if (now - known.checkedAt < interval) return { version: known.version, fresh: false };
  const version = await readBoardVersion(db());
  Object.assign(known, { version, checkedAt: now });
  return { version, fresh: true };
}

/** The board's version, read with the reads the route makes next; undefined if it could not be read (nothing is kept). */
function versionWithThePage(db: Db): Promise<number | undefined> {
  holdReadsForTask(db.$client);
  return readBoardVersion(db).catch(() => undefined);
}

export async function readBoardVersion(db: Db): Promise<number> {
  const [row] = await allRows(db, theBoardVersion());
  return row?.version ?? -1;
}

const theBoardVersion = builtOnce((db) =>
  db.select({ version: boardVersion.version }).from(boardVersion).where(eq(boardVersion.id, 1)).prepare(),
);

/** Only a successful answer any reader may share is kept. */
function isShared(res: Response): boolean {
  return res.status === 200 && (res.headers.get("Cache-Control") ?? "").startsWith("public");
}
