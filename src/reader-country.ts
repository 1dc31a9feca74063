import type { Context } from "hono";

/**
 * The reader's country as Cloudflare saw it (`request.cf.country`, ISO 3166-1
 * alpha-2), for choosing crisis lines. Read by request handlers and passed on
 * as an argument; never stored, logged, put in a cache key or a header.
 * Undefined locally and in tests that do not set `cf`.
 */
export function readerCountry(c: Context): string | undefined {
  const cf = c.req.raw.cf as IncomingRequestCfProperties | undefined;
  return typeof cf?.country === "string" ? cf.country : undefined;
}
