import { badCursor, decodeKey, encodeKey, isCount, isId } from "../cursor";

/**
 * Keyset cursors for the feed: the sort key of the last post a reader saw.
 */

export const feedSorts = ["new", "top"] as const;
export type FeedSort = (typeof feedSorts)[number];

export type FeedPosition =
  | { sort: "new"; createdAt: number; id: string }
  | { sort: "top"; resonates: number; createdAt: number; id: string };

type SortKey = { resonates: number; createdAt: number; id: string };

export function positionOf(sort: FeedSort, post: SortKey): FeedPosition {
  return sort === "new"
    ? { sort, createdAt: post.createdAt, id: post.id }
    : { sort, resonates: post.resonates, createdAt: post.createdAt, id: post.id };
}

export function encodeCursor(position: FeedPosition): string {
  return encodeKey(
    position.sort === "new"
      ? ["n", position.createdAt, position.id]
      : ["t", position.resonates, position.createdAt, position.id],
  );
}

export function decodeCursor(cursor: string, sort: FeedSort): FeedPosition {
  const key = decodeKey(cursor);
  if (sort === "new" && key.length === 3 && key[0] === "n" && isCount(key[1]) && isId(key[2])) {
    return { sort, createdAt: key[1], id: key[2] };
  }
  if (sort === "top" && key.length === 4 && key[0] === "t" && isCount(key[1]) && isCount(key[2]) && isId(key[3])) {
    return { sort, resonates: key[1], createdAt: key[2], id: key[3] };
  }
  throw badCursor();
}
