import { type Rule, spansOf, whenDigits } from "./rule";

/**
 * Record, account, license and other ID numbers named as such ("MRN 4471923",
 * "account #55123", "license no. AB-12345"), and ID-shaped tokens
 * ("A12345678"). Bare long numbers are found by the numbers rule.
 */

const ID = String.raw`(?:[a-z]{1,3}-?)?\d[\d-]{2,}\d`;
const ALWAYS_AN_ID = String.raw`\b(?:mrn|npi|acct|ein|tin)\b\s*[:#]?\s*${ID}`;
const NAMED_ID = String.raw`\b(?:medical record|record|chart|case|account|member|policy|license|licence|insurance|claim|passport|employee|student|patient|client|file|badge|reference|ref|social security|group|subscriber)(?:\s*(?:number|no\.?|num|#|id)\s*[:#]?|\s*[:#])\s*${ID}`;

const NAMED = new RegExp(`${ALWAYS_AN_ID}|${NAMED_ID}`, "g");
const ID_SHAPED = /\b[a-z]{1,3}-?\d{5,}\b/g;

export const records: Rule = whenDigits(({ folded }) => [
  ...spansOf(NAMED, folded, "record-number"),
  ...spansOf(ID_SHAPED, folded, "record-number"),
]);
