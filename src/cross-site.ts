import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "./errors";

/**
 * Writes come only from this site's own pages or from clients that are not browsers: another website must not make
 * its visitors resonate, flag or post (a cross-site form is refused by hono's csrf check; this refuses the JSON
 * API's writes the same way).
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isWrite(c: Context): boolean {
  return !SAFE_METHODS.has(c.req.method);
}

/**
 * A browser names where a request comes from in Sec-Fetch-Site, and that is
 * taken as it is; without it, in Origin. (With Referrer-Policy: no-referrer
 * a browser sends `Origin: null` even for its own forms, so Origin decides
 * only for clients that do not send Sec-Fetch-Site.) A client that sends
 * neither is not a browser, and cannot carry a victim's cookie or address.
 */
export function isCrossOrigin(c: Context): boolean {
  const site = c.req.header("Sec-Fetch-Site");
  if (site !== undefined) return site !== "same-origin" && site !== "none";
  const origin = c.req.header("Origin");
  return origin !== undefined && origin !== new URL(c.req.url).origin;
}

export const refuseCrossSiteWrites: MiddlewareHandler = async (c, next) => {
  if (isWrite(c) && isCrossOrigin(c)) {
    throw new ApiError(403, "forbidden", "Changes must come from this site's own pages or from an API client.");
  }
  await next();
};
