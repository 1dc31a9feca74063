import { HOUR_MS } from "../time";

/**
 * How long a held post has waited for a moderator, coarsely: counted in
 * clock hours from the hour it was written in (the precision the board
 * shows anyone), so "waiting 3 hours" may mean a little over two.
 */
export function waitingFor(createdAt: number, now: number): string {
  const hours = Math.max(0, Math.floor(now / HOUR_MS) - Math.floor(createdAt / HOUR_MS));
  if (hours === 0) return "waiting less than an hour";
  if (hours === 1) return "waiting 1 hour";
  if (hours < 48) return `waiting ${hours} hours`;
  return `waiting ${Math.floor(hours / 24)} days`;
}
