import { badCursor, decodeKey, encodeKey, isId } from "../cursor";

/**
 * Search results come newest first, in the index's order. The cursor names the last result by its id alone, not
 * by its place in the index, which would count every post ever written, held ones too; the next page finds that
 * place afresh (search/queries.ts).
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
