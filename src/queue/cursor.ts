import { badCursor, decodeKey, encodeKey, isCount, isId } from "../cursor";
import type { QueuePosition } from "./queries";

export function encodeQueueCursor(position: QueuePosition): string {
  return encodeKey(["q", position.rank, position.hour, position.id]);
}

export function decodeQueueCursor(cursor: string): QueuePosition {
  const key = decodeKey(cursor);
  if (key.length === 4 && key[0] === "q" && isCount(key[1]) && isCount(key[2]) && isId(key[3])) {
    return { rank: key[1], hour: key[2], id: key[3] };
  }
  throw badCursor();
}
