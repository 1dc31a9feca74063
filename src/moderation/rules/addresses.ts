import { STATE_ABBREVIATIONS, STATES } from "./geography";
import { type Rule, spansOf, whenDigits } from "./rule";

/** Street addresses, P.O. boxes, apartment and suite numbers, and ZIP codes. */

const SUFFIX =
  "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Pike|Row)";
// Capitalized words or ordinals between the house number and the suffix,
// so "3 blocks down the road" is not an address but "12 Elm St" is.
const STREET = new RegExp(`\\b\\d{1,6}(?: (?:[A-Z][\\w.'-]*|\\d+(?:st|nd|rd|th))){1,4} ${SUFFIX}\\b\\.?`, "g");
const PO_BOX = /\bp\.? ?o\.? box \d+\b/g;
const UNIT = /\b(?:apt|apartment|suite|ste)\.? ?#? ?\d+[a-z]?\b/g;

const ZIP_PLUS_FOUR = /\b\d{5}-\d{4}\b/g;
const NAMED_ZIP = /\b(?:zip|zip ?code|postal code|postcode)\s*:?\s*\d{5}\b/g;
const STATE_ZIP = new RegExp(`\\b(?:${STATES.join("|")}|${STATE_ABBREVIATIONS.join("|")}),? \\d{5}\\b`, "g");

export const addresses: Rule = whenDigits(({ text, folded }) => [
  ...spansOf(STREET, text, "street-address"),
  ...spansOf(PO_BOX, folded, "street-address"),
  ...spansOf(UNIT, folded, "unit-number"),
  ...spansOf(ZIP_PLUS_FOUR, folded, "zip-code"),
  ...spansOf(NAMED_ZIP, folded, "zip-code"),
  ...spansOf(STATE_ZIP, text, "zip-code"),
]);
