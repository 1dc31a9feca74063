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

/**
 * `make`, remembering its answer for each of the last `kept` keys or so: a page's posts share a few hours and days,
 * and formatting a date per post was a twentieth of an uncached feed request's CPU.
 */
export function eachOnce<V>(kept: number, make: (key: number) => V): (key: number) => V {
  const made = new Map<number, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= kept) made.clear();
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

const hourTextOf = eachOnce(1024, (hour) => new Date(hour * HOUR_MS).toISOString());

/** `toHour` as ISO 8601 text, the form the API and feeds give. */
export function hourText(epochMs: number): string {
  return hourTextOf(Math.floor(epochMs / HOUR_MS));
}
