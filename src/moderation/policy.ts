/**
 * The moderation policy, as data: what each rule is about, what it does, and
 * what the author is told. Like Discourse's watched words, a policy change is
 * a one-line edit here: set `action` to "refuse", "hold" or "publish" (which
 * turns the rule off).
 */
import type { ModerationAction } from "./actions";

export const kinds = ["identifying", "crisis", "abuse", "spam"] as const;
export type Kind = (typeof kinds)[number];

/**
 * A rule's policy: its kind, what it does, what the author is told, and for an identifying rule the neutral
 * words that replace what it found in the de-identified version offered to the author.
 */
export type Policy = { kind: Kind; action: ModerationAction; message: string; replacement?: string };

// What an author in crisis reads: the same for every way of saying it.
const CRISIS = `It sounds like you might be going through something really painful. You deserve support too, and the people at the lines above are there right now. A moderator will read your post before it appears.`;

const CONFIDENTIAL = "Remove anything that could identify a client.";

const policyByRule = {
  // identifying: the HIPAA Safe Harbor identifiers
  email: {
    kind: "identifying",
    replacement: "their email",
    action: "refuse",
    message: `This looks like an email address. ${CONFIDENTIAL}`,
  },
  phone: {
    kind: "identifying",
    replacement: "their number",
    action: "refuse",
    message: `This looks like a phone or fax number. ${CONFIDENTIAL}`,
  },
  url: {
    kind: "identifying",
    replacement: "a website",
    action: "refuse",
    message: `This looks like a link or web address. Remove links: they can identify people and are not allowed here.`,
  },
  handle: {
    kind: "identifying",
    replacement: "their account",
    action: "refuse",
    message: `This looks like a social media handle. ${CONFIDENTIAL}`,
  },
  // A word of plain letters after a platform ("her insta is lilbeanwrites"): a handle, or slang no list has yet.
  "possible-handle": {
    kind: "identifying",
    replacement: "their account",
    action: "hold",
    message: `This may be a social media handle. If it is someone's account, take it out and say "their account". A moderator will check.`,
  },
  "ip-address": {
    kind: "identifying",
    replacement: "an address",
    action: "refuse",
    message: `This looks like an IP address. ${CONFIDENTIAL}`,
  },
  "street-address": {
    kind: "identifying",
    replacement: "their street",
    action: "refuse",
    message: `This looks like a street address. ${CONFIDENTIAL}`,
  },
  "unit-number": {
    kind: "identifying",
    replacement: "their apartment",
    action: "refuse",
    message: `This looks like an apartment or unit number. ${CONFIDENTIAL}`,
  },
  "zip-code": {
    kind: "identifying",
    replacement: "their area",
    action: "refuse",
    message: `This looks like a ZIP code. ${CONFIDENTIAL}`,
  },
  ssn: {
    kind: "identifying",
    replacement: "their number",
    action: "refuse",
    message: `This looks like a Social Security number. ${CONFIDENTIAL}`,
  },
  "record-number": {
    kind: "identifying",
    replacement: "their record number",
    action: "refuse",
    message: `This looks like a record, account, license or ID number. ${CONFIDENTIAL}`,
  },
  "birth-date": {
    kind: "identifying",
    replacement: "their birthday",
    action: "refuse",
    message: `This looks like a date of birth. ${CONFIDENTIAL} A year alone is fine.`,
  },
  "full-date": {
    kind: "identifying",
    replacement: "one day",
    action: "hold",
    message: `This looks like a specific date. Dates can identify a client; keep to the year or say "recently".`,
  },
  "encoded-text": {
    kind: "identifying",
    replacement: "a code",
    action: "hold",
    message: `This long code could be a link, key or ID in disguise. A moderator will look at it before it appears.`,
  },
  "age-over-89": {
    kind: "identifying",
    replacement: "in their nineties",
    action: "hold",
    message: `Ages over 89 can identify someone. Say "over 90" or "in their nineties" instead.`,
  },
  "client-name": {
    kind: "identifying",
    replacement: "a client",
    action: "hold",
    message: `This looks like a person's name. Use no names or initials; say "a client" instead.`,
  },
  "proper-name": {
    kind: "identifying",
    replacement: "a client",
    action: "hold",
    message: `This may be a person's name. If it is a client or someone in a client's life, take it out and say "a client" or "their sister". A public figure is fine: a moderator will check.`,
  },
  "named-place": {
    kind: "identifying",
    replacement: "a local place",
    action: "hold",
    message: `This names a town, neighbourhood, school, workplace or other place smaller than a state. Together with the rest it can identify someone: describe it generally, like "a small town" or "a local high school".`,
  },
  // identifying in combination: quasi-identifiers
  "public-relative": {
    kind: "identifying",
    replacement: "someone in a known family",
    action: "hold",
    message: `Being the relative of a public figure (a mayor, a sheriff, a coach) points at one family. Leave out whose relative they are.`,
  },
  "only-one": {
    kind: "identifying",
    replacement: "a professional in a small community",
    action: "hold",
    message: `Being the only one of a kind in a place, or a known role in a small one, can identify someone. Say "a professional in a small community" instead.`,
  },
  "small-community": {
    kind: "identifying",
    replacement: "a small community",
    action: "hold",
    message: `In a community this small, the other details of a post can point at one person. Say "a small community" without its size.`,
  },
  newsworthy: {
    kind: "identifying",
    replacement: "a hard event",
    action: "hold",
    message: `An event people can look up (a crash, a fire, a shooting, a viral video) or something that made a person known (a medal, a hit song, a TV show) can identify someone. Leave it out or keep it general.`,
  },
  "rare-condition": {
    kind: "identifying",
    replacement: "a rare condition",
    action: "hold",
    message: `A rare condition in a small place or group can identify the person who has it. Say "a rare condition" or leave out the place.`,
  },
  // crisis: a therapist in crisis gets help, not silence
  "crisis-intent": { kind: "crisis", action: "hold", message: CRISIS },
  "crisis-method": { kind: "crisis", action: "hold", message: CRISIS },
  "crisis-plan": { kind: "crisis", action: "hold", message: CRISIS },
  "crisis-farewell": { kind: "crisis", action: "hold", message: CRISIS },
  "crisis-preparation": { kind: "crisis", action: "hold", message: CRISIS },
  "crisis-burden": { kind: "crisis", action: "hold", message: CRISIS },
  "crisis-self-harm": { kind: "crisis", action: "hold", message: CRISIS },

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
