/** Durations in milliseconds, as Date.now() counts. */
export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The UTC day of `epochMs`, "2026-12-01": a day key's name, and an account's last sign-in as an admin sees it. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The start of a UTC day written "2026-12-01", in milliseconds. */
export function startOfUtcDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The hour a post was written in: as precise as anyone but a moderator sees. */
export function toHour(epochMs: number): Date {
  return new Date(Math.floor(epochMs / HOUR_MS) * HOUR_MS);
}

/** The start of the hour of `epochMs`, in milliseconds: the finest time a reader's action is stored at. */
export function startOfHour(epochMs: number): number {
  return Math.floor(epochMs / HOUR_MS) * HOUR_MS;
}

// A page's posts share a few hours, and formatting a Date per post was a
// twentieth of an uncached feed request's CPU: each hour is formatted once.
const hourTexts = new Map<number, string>();
const HOUR_TEXTS_KEPT = 1024;

/** `toHour` as ISO 8601 text, the form the API and feeds give. */
export function hourText(epochMs: number): string {
  const hour = Math.floor(epochMs / HOUR_MS);
  let text = hourTexts.get(hour);
  if (text === undefined) {
    if (hourTexts.size >= HOUR_TEXTS_KEPT) hourTexts.clear();
    text = new Date(hour * HOUR_MS).toISOString();
    hourTexts.set(hour, text);
  }
  return text;
}
