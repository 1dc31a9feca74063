import { watch } from "../words";
import { type Rule, type Span, spansOf } from "./rule";

/**
 * Dates other than a year: "March 3", "3rd of March 2019", "03/14/2019",
 * "2019-03-14". A date after "born", "DOB" or "birthday" is a date of birth.
 * A month alone, a year alone, "7/10" (a rating) and times are left alone.
 */

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const FULL_MONTH_NOT_MAY = "(?:january|february|march|april|june|july|august|september|october|november|december)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:,? (?:\\d{4}|'\\d{2}))?";

const DATE = new RegExp(
  [
    `\\b${MONTH} (?:the )?${DAY}\\b${YEAR}`,
    `\\b${DAY} (?:of )?${FULL_MONTH_NOT_MAY}\\b${YEAR}`,
    `\\b${DAY} (?:of )?may,? \\d{4}\\b`,
    "\\b(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|[12]\\d|3[01])[/.-](?:\\d{4}|\\d{2})\\b",
    "\\b\\d{4}[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\\d|3[01])\\b",
  ].join("|"),
  "g",
);

const BIRTH = /\b(?:born|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|bday)\b[^.!?\n]{0,20}$/;

const MONTH_WORDS = watch(
  `jan january feb february mar march apr april may jun june jul july aug august sep sept september
  oct october nov november dec december`.split(/\s+/),
);
const NUMERIC_DATE = /\d[/.-]\d/;

// Every date pattern needs a month's name or digits joined by / . or -.
export const dates: Rule = (input) =>
  input.words.hasAny(MONTH_WORDS) || NUMERIC_DATE.test(input.folded) ? datesIn(input.folded) : [];

const datesIn = (folded: string) =>
  spansOf(DATE, folded, "full-date").map(
    (span): Span =>
      BIRTH.test(folded.slice(Math.max(0, span.start - 40), span.start)) ? { ...span, rule: "birth-date" } : span,
  );
