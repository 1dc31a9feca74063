import { badCursor, decodeKey, encodeKey, isId } from "../cursor";

/** Search results are ranked by bm25 score (lower is better), ties by id; the cursor is the last result's pair. */
export type SearchPosition = { score: number; id: string };

export function encodeSearchCursor(position: SearchPosition): string {
  return encodeKey(["s", position.score, position.id]);
}

export function decodeSearchCursor(cursor: string): SearchPosition {
  const key = decodeKey(cursor);
  if (key.length === 3 && key[0] === "s" && typeof key[1] === "number" && Number.isFinite(key[1]) && isId(key[2])) {
    return { score: key[1], id: key[2] };
  }
  throw badCursor();
}
