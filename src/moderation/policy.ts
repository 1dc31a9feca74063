/**
 * The moderation policy, as data: what each rule is about, what it does, and
 * what the author is told. Like Discourse's watched words, a policy change is
 * a one-line edit here: set `action` to "refuse", "hold" or "publish" (which
 * turns the rule off).
 */
import type { ModerationAction } from "./actions";

export const kinds = ["identifying", "crisis", "abuse", "spam"] as const;
export type Kind = (typeof kinds)[number];

export type Policy = { kind: Kind; action: ModerationAction; message: string };

const CONFIDENTIAL = "Remove anything that could identify a client.";

const policyByRule = {
  // identifying: the HIPAA Safe Harbor identifiers
  email: { kind: "identifying", action: "refuse", message: `This looks like an email address. ${CONFIDENTIAL}` },
  phone: { kind: "identifying", action: "refuse", message: `This looks like a phone or fax number. ${CONFIDENTIAL}` },
  url: {
    kind: "identifying",
    action: "refuse",
    message: `This looks like a link or web address. Remove links: they can identify people and are not allowed here.`,
  },
  handle: { kind: "identifying", action: "refuse", message: `This looks like a social media handle. ${CONFIDENTIAL}` },
  "ip-address": { kind: "identifying", action: "refuse", message: `This looks like an IP address. ${CONFIDENTIAL}` },
  "street-address": {
    kind: "identifying",
    action: "refuse",
    message: `This looks like a street address. ${CONFIDENTIAL}`,
  },
  "unit-number": {
    kind: "identifying",
    action: "refuse",
    message: `This looks like an apartment or unit number. ${CONFIDENTIAL}`,
  },
  "zip-code": { kind: "identifying", action: "refuse", message: `This looks like a ZIP code. ${CONFIDENTIAL}` },
  ssn: { kind: "identifying", action: "refuse", message: `This looks like a Social Security number. ${CONFIDENTIAL}` },
  "record-number": {
    kind: "identifying",
    action: "refuse",
    message: `This looks like a record, account, license or ID number. ${CONFIDENTIAL}`,
  },
  "birth-date": {
    kind: "identifying",
    action: "refuse",
    message: `This looks like a date of birth. ${CONFIDENTIAL} A year alone is fine.`,
  },
  "full-date": {
    kind: "identifying",
    action: "hold",
    message: `This looks like a specific date. Dates can identify a client; keep to the year or say "recently".`,
  },
  "age-over-89": {
    kind: "identifying",
    action: "hold",
    message: `Ages over 89 can identify someone. Say "over 90" or "in their nineties" instead.`,
  },
  "client-name": {
    kind: "identifying",
    action: "hold",
    message: `This looks like a person's name. Use no names or initials; say "a client" instead.`,
  },
  "named-place": {
    kind: "identifying",
    action: "hold",
    message: `This names a school, workplace or place tied to someone. Describe it generally, like "a local high school".`,
  },
  // crisis: a therapist in crisis gets help, not silence
  crisis: {
    kind: "crisis",
    action: "hold",
    message: `It sounds like you might be going through something really painful. You deserve support too: the resources below are there right now. A moderator will read your post before it appears.`,
  },
  // abuse: plain profanity is venting and is allowed
  slur: {
    kind: "abuse",
    action: "refuse",
    message: "This word is a slur. Slurs are not allowed here, even in venting.",
  },
  "slur-ambiguous": {
    kind: "abuse",
    action: "hold",
    message: "This word is often used as a slur. A moderator will look at how it is used.",
  },
  hate: {
    kind: "abuse",
    action: "hold",
    message: "This reads as hostile toward a group of people. A moderator will look at it.",
  },
  threat: {
    kind: "abuse",
    action: "hold",
    message: "This reads as a threat toward a person. A moderator will look at it before it appears.",
  },
  // spam
  repetition: {
    kind: "spam",
    action: "refuse",
    message: "This repeats the same characters or words many times. Please write it out plainly.",
  },
  duplicate: { kind: "spam", action: "refuse", message: "This is the same as a post from the last 24 hours." },
} satisfies Record<string, Policy>;

export type RuleName = keyof typeof policyByRule;
export const policy: Record<RuleName, Policy> = policyByRule;
