import { I, pattern, type Signal } from "./signal";

/**
 * Burden and hopelessness: others would be better off, relieved; no future
 * the author is in; it "won't be my problem". Strong when it is said of the
 * author's own absence, weak when it is a mood ("I'm just finished").
 */

export const burden: Signal = {
  rule: "crisis-burden",
  strength: "strong",
  patterns: [
    pattern(String.raw`\b(?:everyone|everybody|my (?:family|kids|clients|partner|wife|husband|children)|they|people|the world)(?: would| will|'d|'ll)? (?:all )?(?:be|are) better off(?: without me| if i (?:was|were|'m) (?:dead|gone|not here)| when i'm gone)`),
    pattern(String.raw`\b(?:everyone|everybody) (?:will|would|'ll|'d) be better off\.`),
    pattern(I, String.raw` (?:would be|'d be) better off dead\b`),
    pattern(String.raw`\b(?:they|everyone|my family|my kids)(?:'d| would) be relieved\b`),
    pattern(String.raw`\bmy family will get the insurance\b|\bthe (?:life insurance )?policy is the last useful thing\b`),
    pattern(String.raw`\bno future (?:that )?i(?:'m| am) (?:in|part of)\b`),
    pattern(String.raw`\bwon't be my problem\b[^.!?\n]{0,60}|\bi won't be here to (?:answer|see|deal with)\b`),
    pattern(String.raw`\bno (?:reason|point) (?:to|in) (?:go on |keep )?(?:live|living|going on|being alive|staying)\b`),
  ],
};

export const hopelessness: Signal = {
  rule: "crisis-burden",
  strength: "weak",
  patterns: [
    pattern(String.raw`\bi(?:'m| am) (?:just |so )?(?:done|finished)(?: with (?:it all|everything|this life|life))?\s*(?:[.!]|$)`),
    pattern(String.raw`\b(?:tired|exhausted) in a way (?:that )?sleep (?:won't|doesn't|can't) fix\b`),
    pattern(I, String.raw` (?:can't|cannot) (?:do this|keep doing this|go on|keep going) (?:anymore|any longer)\b`),
    pattern(String.raw`\b(?:a|such a) burden (?:to|on) (?:everyone|my \w+|them|the people)\b|\bi(?:'m| am) (?:just )?a burden\b`),
    pattern(String.raw`\bi (?:can't|cannot) (?:see|imagine) (?:a|any) future\b`),
    pattern(String.raw`\bmy boundary with this whole life\b|\bdone negotiating\b`),
  ],
};
