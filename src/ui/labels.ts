import type { FlagReason, Role } from "../db/schema";
import { DAY_MS, eachOnce, HOUR_MS, hourText, startOfHour } from "../time";

export const roleLabels: Record<Role, string> = {
  psychologist: "Psychologist",
  counselor: "Counselor",
  "social-worker": "Social worker",
  "family-therapist": "Family therapist",
  psychiatrist: "Psychiatrist",
  trainee: "Trainee",
  other: "Practitioner",
};

const dayFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
// Intl's formatting is the costliest part of a post card: each day is formatted once.
const dayTextOf = eachOnce(1024, (day) => dayFormat.format(day * DAY_MS));

/**
 * When a post was written, as coarsely as the anonymity promise asks: to the
 * hour within the last day, to the day before that.
 */
export function describeAge(createdAt: number, now = Date.now()): { text: string; iso: string } {
  const hour = startOfHour(createdAt);
  const hours = Math.floor((now - hour) / HOUR_MS);
  const iso = hourText(createdAt);
  if (hours < 24) {
    const text = hours < 1 ? "within the hour" : hours === 1 ? "an hour ago" : `${hours} hours ago`;
    return { text, iso };
  }
  return { text: dayTextOf(Math.floor(hour / DAY_MS)), iso: iso.slice(0, 10) };
}

export const flagReasonLabels: Record<FlagReason, { label: string; hint: string }> = {
  identifying: { label: "Could identify a client", hint: "A name, place, date or detail that points to someone." },
  harmful: { label: "Harmful or abusive", hint: "Cruel about clients or colleagues, or dangerous." },
  spam: { label: "Spam or advertising", hint: "Selling something, or the same thing over and over." },
  "off-topic": { label: "Off-topic", hint: "Not about the work of therapy." },
  other: { label: "Something else", hint: "Say what in the note." },
};
