import { decodeBase64Url, encodeBase64Url } from "../base64url";
import { invalidRequest } from "../errors";

/**
 * Keyset cursors for the feed. A cursor is the sort key of the last post a
 * reader saw; it is opaque to clients (base64url of a small JSON array) and
 * checked strictly when it comes back, so a tampered cursor is a 400, never
 * a query error.
 */

export const feedSorts = ["new", "top"] as const;
export type FeedSort = (typeof feedSorts)[number];

export type FeedPosition =
  | { sort: "new"; createdAt: number; id: string }
  | { sort: "top"; resonates: number; createdAt: number; id: string };

type SortKey = { resonates: number; createdAt: number; id: string };

const VERSION = 1;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function positionOf(sort: FeedSort, post: SortKey): FeedPosition {
  return sort === "new"
    ? { sort, createdAt: post.createdAt, id: post.id }
    : { sort, resonates: post.resonates, createdAt: post.createdAt, id: post.id };
}

export function encodeCursor(position: FeedPosition): string {
  const key =
    position.sort === "new"
      ? [VERSION, "n", position.createdAt, position.id]
      : [VERSION, "t", position.resonates, position.createdAt, position.id];
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify(key)));
}

export function decodeCursor(cursor: string, sort: FeedSort): FeedPosition {
  const key = parseKey(cursor);
  if (sort === "new" && key.length === 4 && key[1] === "n" && isTime(key[2]) && isId(key[3])) {
    return { sort, createdAt: key[2], id: key[3] };
  }
  if (sort === "top" && key.length === 5 && key[1] === "t" && isCount(key[2]) && isTime(key[3]) && isId(key[4])) {
    return { sort, resonates: key[2], createdAt: key[3], id: key[4] };
  }
  throw badCursor();
}

function parseKey(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(utf8.decode(decodeBase64Url(cursor)));
    if (Array.isArray(key) && key[0] === VERSION) return key;
  } catch {
    // falls through to the same answer as any other bad cursor
  }
  throw badCursor();
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = isCount;
const isId = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= 64;

function badCursor() {
  return invalidRequest([{ path: "cursor", message: "This cursor is not one the feed gave out." }]);
}
