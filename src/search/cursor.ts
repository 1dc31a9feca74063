import { badCursor, decodeKey, encodeKey, isId } from "../cursor";

/**
 * Search results are ranked by bm25 score (lower is better), ties by id. The cursor names the last result by its id
 * alone: a score in a public cursor tells something of every post the index scored, and the next page reads the
 * result's score afresh (search/queries.ts).
 */
export type SearchPosition = { id: string };

export function encodeSearchCursor(position: SearchPosition): string {
  return encodeKey(["s", position.id]);
}

export function decodeSearchCursor(cursor: string): SearchPosition {
  const key = decodeKey(cursor);
  if (key.length === 2 && key[0] === "s" && isId(key[1])) return { id: key[1] };
  throw badCursor();
}
