import { watch } from "../words";
import { type Rule, spansOf } from "./rule";

/** Ages over 89, which HIPAA Safe Harbor asks to be given only as "90 or older". */

const OVER_89 = "(?:9\\d|1[01]\\d)";
const NINETIES_IN_WORDS =
  "(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a |one )?hundred(?: and \\w+)?)";

const NINETIES = watch(["ninety", "hundred"]);

const AGE = new RegExp(
  [
    `\\b${OVER_89}(?:[- ]?years?[- ]?old|[- ]?yrs?[- ]?old|[- ]?y\\/?o\\b|-year-old)`,
    `\\bage[ds]? (?:of )?${OVER_89}\\b`,
    `\\b${NINETIES_IN_WORDS}[- ]years?[- ]old\\b`,
    `\\bturn(?:ed|s|ing)? ${OVER_89}\\b`,
  ].join("|"),
  "g",
);

export const ages: Rule = (input) =>
  input.words.hasDigit || input.words.hasAny(NINETIES) ? spansOf(AGE, input.folded, "age-over-89") : [];
