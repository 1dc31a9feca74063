import type { ModerationReason } from "../moderation/pipeline";

/**
 * What kind of detail a moderator's edit took out, in words an author reads ("a name and a date"), from the reasons
 * the post was held for. Never the text itself.
 */

const DETAIL_OF_RULE: Record<string, string> = {
  "client-name": "a name",
  "proper-name": "a name",
  "named-place": "a place",
  "street-address": "an address",
  "unit-number": "an address",
  "zip-code": "an address",
  "birth-date": "a date",
  "full-date": "a date",
  email: "contact details",
  phone: "contact details",
  url: "contact details",
  handle: "contact details",
  "ip-address": "contact details",
  ssn: "an identifying number",
  "record-number": "an identifying number",
  "encoded-text": "an identifying number",
};

/** The kinds of detail among the reasons, once each, joined as a sentence says them; a general phrase with none known. */
export function detailsOf(reasons: readonly Pick<ModerationReason, "rule" | "kind">[]): string {
  const kinds = [
    ...new Set(
      reasons
        .filter((reason) => reason.kind === "identifying")
        .map((reason) => DETAIL_OF_RULE[reason.rule] ?? "a detail that could identify someone"),
    ),
  ];
  if (kinds.length === 0) return "details that could identify someone";
  if (kinds.length === 1) return kinds[0] as string;
  return `${kinds.slice(0, -1).join(", ")} and ${kinds.at(-1)}`;
}
