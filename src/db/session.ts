import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { settingsOf } from "../settings";
import { createDb, type Db } from "./client";
import { guardDatabase } from "./guard";
import { newMeter, serverTiming } from "./meter";

/**
 * Every request reads and writes D1 through one session (the D1 Sessions
 * API), so a deployment with read replication stays consistent:
 *
 * - Public reads (feeds, posts, categories, search, Atom, guidelines) may be
 *   served by the nearest replica: `first-unconstrained`.
 * - Everything else starts at the primary (`first-primary`): writes, every
 *   moderator request, and an author's or reader's look at what they did
 *   (the status page, a flag receipt). So a moderator or author always reads
 *   their own write.
 * - A reader's or author's write that succeeded answers with its bookmark:
 *   in the `X-D1-Bookmark` header, and in the `bookmark` parameter of the
 *   page it redirects to (the board sets no cookies on readers). A public
 *   read that carries one starts from it, so the page a reader lands on
 *   after resonating already holds their resonate, even on a replica.
 *
 * The bookmark names a point in the database's history, nothing about the
 * client: it is never stored or logged.
 */

export const BOOKMARK_HEADER = "X-D1-Bookmark";
const BOOKMARK_PARAMETER = "bookmark";

// The public reads a replica may serve (GET and HEAD only).
const REPLICA_READS = [
  /^\/$/,
  /^\/c\/[^/]+$/,
  /^\/p\/[^/]+$/,
  /^\/api\/posts$/,
  /^\/api\/posts\/[^/]+$/,
  /^\/api\/categories$/,
  /^\/(?:api\/)?search$/,
  /^\/(?:c\/[^/]+\/)?feed\.xml$/,
  /^\/guidelines$/,
  /^\/new$/,
];

const MODERATOR = /^\/(?:api\/)?mod(?:\/|$)/;

// D1 bookmarks look like 00000000-0000000d-00000000-<32 hex>; anything else is ignored.
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

/**
 * The request's database: its D1 session behind the deadline, opened on
 * first use, so a read the cache answers from memory never opens one.
 */
export function databaseOf(c: Context<AppEnv>): Db {
  const opened = c.get("db") as Db | undefined;
  if (opened) return opened;
  const session = c.env.DB.withSession(constraintFor(c));
  const settings = settingsOf(c.env);
  const meter = settings.D1_METER === "on" ? newMeter() : undefined;
  const db = createDb(guardDatabase(session, settings.D1_TIMEOUT_MS, meter));
  c.set("d1Session", session);
  if (meter) c.set("d1Meter", meter);
  c.set("db", db);
  return db;
}

export const databaseSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  databaseOf(c);
  await next();
  const meter = c.get("d1Meter");
  if (meter) c.header("Server-Timing", serverTiming(meter));
  const session = c.get("d1Session");
  // Only a reader's or author's write that took effect has something to read
  // back from a replica. A moderator's every request starts at the primary,
  // and a bookmark there would tell a failed sign-in that wrote an audit
  // entry (a real username) from one that wrote nothing.
  if (isRead(c.req.method) || c.res.status >= 400 || MODERATOR.test(c.req.path)) return;
  const bookmark = session?.getBookmark();
  if (!bookmark) return;
  c.header(BOOKMARK_HEADER, bookmark);
  const location = c.res.headers.get("Location");
  if (location?.startsWith("/") && !location.startsWith("//")) c.header("Location", withBookmark(location, bookmark));
};

/** A redirect to a public page a replica may serve carries the bookmark; others start at the primary anyway. */
function withBookmark(location: string, bookmark: string): string {
  const url = new URL(location, "https://board.invalid");
  if (!REPLICA_READS.some((path) => path.test(url.pathname))) return location;
  url.searchParams.set(BOOKMARK_PARAMETER, bookmark);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The bookmark a request carries, when it is one D1 could have given. */
export function bookmarkOf(c: Context<AppEnv>): string | undefined {
  const bookmark = c.req.header(BOOKMARK_HEADER) ?? c.req.query(BOOKMARK_PARAMETER);
  return bookmark !== undefined && BOOKMARK.test(bookmark) ? bookmark : undefined;
}

function constraintFor(c: Context<AppEnv>): string {
  const publicRead =
    isRead(c.req.method) &&
    c.req.header("Authorization") === undefined &&
    REPLICA_READS.some((path) => path.test(c.req.path));
  return publicRead ? (bookmarkOf(c) ?? "first-unconstrained") : "first-primary";
}

const isRead = (method: string) => method === "GET" || method === "HEAD";
