import { z } from "@hono/zod-openapi";
import { decodeBase64Url, encodeBase64UrlText } from "./base64url";
import { invalidRequest } from "./errors";

/**
 * The envelope of every keyset cursor (feed, search): a small versioned JSON
 * array in base64url, opaque to clients and checked strictly when it comes
 * back, so a tampered cursor is a 400, never a query error.
 */

const VERSION = 1;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function encodeKey(key: unknown[]): string {
  return encodeBase64UrlText(JSON.stringify([VERSION, ...key]));
}

/** The key inside a cursor, without its version; a 400 for anything that is not one. */
export function decodeKey(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(utf8.decode(decodeBase64Url(cursor)));
    if (Array.isArray(key) && key[0] === VERSION) return key.slice(1);
  } catch {
    // falls through to the same answer as any other bad cursor
  }
  throw badCursor();
}

export function badCursor() {
  return invalidRequest([{ path: "cursor", message: "This cursor is not one this list gave out." }]);
}

export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
export const isId = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 64;

/** How many items a page of any list (feed, search, queue, audit) holds when the client does not say, and at most. */
export const PAGE_DEFAULT_LIMIT = 20;
const PAGE_MAX_LIMIT = 50;

/** The `limit` query parameter of every paged list. */
export const PageLimitSchema = z.coerce.number().int().min(1).max(PAGE_MAX_LIMIT).default(PAGE_DEFAULT_LIMIT);
