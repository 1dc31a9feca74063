import { badCursor } from "../cursor";

/** The audit cursor is the last entry's id: entries are only ever appended, so ids are a stable order. */
export function entryId(cursor: string): number {
  const id = Number(cursor);
  if (!/^[1-9]\d{0,15}$/.test(cursor) || !Number.isSafeInteger(id)) throw badCursor();
  return id;
}
