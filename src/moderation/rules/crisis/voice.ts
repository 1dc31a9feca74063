/**
 * The author's own voice: what a crisis signal must be said in. A client's
 * words in quotation marks are reported speech, so they are blanked out
 * (keeping every offset); a sign said after "a client said" or "she told me"
 * is theirs; and a sign denied ("I'm not going to kill myself", "not in
 * danger") is no sign. A denial does not cancel another sign beside it:
 * "I'm not okay and I have the pills ready" is still held.
 */

// Double quotes, or single quotes that open after a space and close before one: someone else's words.
// (An apostrophe inside a word, "don't", does not close a single quote.)
const QUOTATION = /"[^"\n]{1,600}"|(?<![\p{L}\p{N}])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,600}'(?![\p{L}\p{N}])/gu;

/** The folded text with quotations blanked to spaces: the same length, so offsets hold. */
export function withoutQuotations(folded: string): string {
  return folded.includes('"') || folded.includes("'")
    ? folded.replace(QUOTATION, (quotation) => " ".repeat(quotation.length))
    : folded;
}

// Someone else speaking, earlier in the same sentence: "a client said", "she told me", "he asked if".
const REPORTED =
  /\b(?:client|clients|patient|patients|she|he|they|kid|teen|teenager|someone|somebody|people|trainee|intern|supervisee|son|daughter|mom|dad|partner|husband|wife|colleague|friend)(?:'s)? (?:\w+ )?(?:said|says|told (?:me|us)|tells (?:me|us)|asked|asks|wrote|writes|texted|mentioned|described|reported|disclosed|admitted|screamed|yelled|whispered|joked|wants|wanted|has|had|was|is)\b[^.!?\n]*$/;

// A denial right before the sign: "not", "never", "won't"…, with at most "going to", "want to" or the like between.
const DENIED =
  /\b(?:not|never|no longer|don't|didn't|won't|wouldn't|can't|isn't|wasn't)(?: (?:going|gonna|want|wanting|trying|planning|about|ever|really|actually|thinking))?(?: to| of| about)?\s*$/;

/** Whether the sign at [start, end) is said by someone else, or denied, in its sentence. */
export function isNotTheAuthors(folded: string, start: number): boolean {
  const sentence = sentenceBefore(folded, start);
  return REPORTED.test(sentence) || DENIED.test(sentence);
}

/** The text of the sentence from its start up to `at`. */
function sentenceBefore(folded: string, at: number): string {
  let start = at;
  while (start > 0 && !".!?\n".includes(folded.charAt(start - 1))) start--;
  return folded.slice(start, at);
}
