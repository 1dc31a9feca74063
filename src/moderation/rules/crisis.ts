import { type Rule, spansOf, whenAnyWord } from "./rule";

/**
 * First-person suicidal intent, plans, means and self-harm: the author may be
 * in crisis. Describing clinical work ("a client with suicidal ideation",
 * "lost a client to suicide") is not first person, and a client's words in
 * quotation marks are reported speech, so neither is matched.
 */

const I = "\\bi(?:'m| am|'ve| have|'ll| will|'d| would| was| just| really| still| honestly| kind of| sometimes)*";

// "suicide" followed by one of these is about the work, not the author.
const NOT_CLINICAL =
  "(?! (?:prevention|risk|assessment|screening|training|rates?|awareness|protocols?|safety|research|statistics|loss|survivors?))";

const PATTERNS = [
  // intent
  `\\b(?:kill(?:ing)?|hang(?:ing)?|shoot(?:ing)?|off(?:ing)?) myself\\b`,
  `\\b(?:end(?:ing)?|take|taking) my (?:own )?life\\b`,
  `${I} (?:want|wanna|wanted|plan|planning|going|gonna|intend|ready|decided|need)(?: to)? (?:die|end it(?: all)?|end things|not (?:be here|exist|wake up)|disappear (?:forever|for good)|be dead)\\b`,
  `${I} (?:wish|wished) (?:i (?:was|were) dead|i (?:could|would) (?:die|not wake up)|i (?:had )?never (?:been born|woken up))`,
  `${I} (?:don't|do not|no longer|can't|cannot) (?:want to|see a reason to|bear to|keep) (?:live|living|be alive|go on|wake up|exist)\\b`,
  `\\b(?:everyone|everybody|my family|the world|they|people) (?:would be|'d be|is|are) better off (?:without me|if i (?:was|were) (?:dead|gone))`,
  `${I} (?:would be|'d be) better off dead\\b`,
  `\\bno (?:reason|point) (?:to|in) (?:go on |keep )?(?:live|living|going on|being alive)\\b`,
  `${I}(?: (?:feel|feeling|felt|been|am|was|getting|become|became))*(?: (?:really|so|very|pretty|actively|passively|kind of|a bit))? (?:suicidal|thinking about (?:suicide${NOT_CLINICAL}|killing myself|ending it))\\b`,
  `\\bmy (?:own )?(?:suicidal (?:thoughts|ideation|feelings|urges|plan)|suicide (?:plan|note|attempt)|goodbye (?:note|letter)s?)\\b`,
  `${I} (?:(?:been )?having|had) (?:suicidal (?:thoughts|ideation|urges)|thoughts (?:of|about) (?:suicide|killing myself|dying|ending it))`,
  // plans and means
  `${I} (?:have|got|'ve got|bought|saved|stockpiled|counted|hidden|hid)(?: (?:the|my|enough|all the|all my))? (?:pills|meds|tablets|rope|gun|razor|razors|blades?) (?:counted|saved|stockpiled|ready|lined up|hidden|stashed|picked out)`,
  `\\b(?:pills|meds|tablets) (?:are )?(?:all )?counted out\\b`,
  `${I} (?:bought|got|have|found|tied) (?:a |the |some )?(?:rope|noose)\\b`,
  `\\b(?:i )?(?:took|swallowed) (?:a handful of|a bunch of|all|too many|the whole bottle of)(?: of)? (?:my |the )?(?:pills|meds|tablets|sleeping pills|antidepressants)\\b`,
  `${I} (?:(?:going|gonna|want|plan) to )?(?:jump off|overdose|od)\\b`,
  `${I} (?:wrote|written|have written) (?:a|my) (?:suicide|goodbye) (?:note|letter)`,
  // self-harm
  `${I} (?:started|start|starting|been|keep|kept|began|am|'m)? ?(?:cutting|burning|hurting|harming|scratching|hitting) (?:myself|again)\\b`,
  `${I} (?:cut|burned|burnt|hurt|harmed|scratched) myself\\b`,
  `${I} (?:relapsed (?:into|on) self[- ]harm|self[- ]harm(?:ed)?(?: again)?)\\b`,
];

const CRISIS = new RegExp(PATTERNS.join("|"), "g");

// Every pattern above needs one of these words.
const CRISIS_WORDS =
  `myself life die dead end exist wake disappear born woken live living alive go going better suicidal
  suicide killing ending goodbye dying pills meds tablets rope gun razor razors blade blades noose antidepressants jump
  overdose od cutting burning hurting harming scratching hitting harm`.split(/\s+/);

export const crisis: Rule = whenAnyWord(CRISIS_WORDS, ({ folded }) => {
  const spans = spansOf(CRISIS, folded, "crisis");
  // Quotations are looked for only when there is something they could excuse.
  const quoted = spans.length > 0 ? quotedRanges(folded) : [];
  return spans.filter((span) => !quoted.some(([from, to]) => span.start >= from && span.end <= to));
});

/** Ranges inside quotation marks: a client's words, reported. */
function quotedRanges(folded: string): Array<[number, number]> {
  return Array.from(folded.matchAll(QUOTATION), (match) => [match.index, match.index + match[0].length]);
}

const QUOTATION = /"[^"\n]{1,400}"/g;
