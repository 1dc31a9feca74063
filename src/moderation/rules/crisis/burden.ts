import { I, pattern, type Signal } from "./signal";

/**
 * Burden and hopelessness: others would be better off, relieved; no future
 * the author is in; it "won't be my problem". Strong when it is said of the
 * author's own absence, weak when it is a mood ("I'm just finished").
 */

// A life insurance policy worth more than the author: "the term life policy i took out when she was born is worth a lot
// more than i am right now"
const WORTH_MORE_THAN_ME = String.raw`\b(?:policy|life insurance|payout)\b[^.!?\n]{0,60}\bworth (?:a lot |much |so much |way )?more than i am\b`;

export const burden: Signal = {
  rule: "crisis-burden",
  strength: "strong",
  patterns: [
    pattern(WORTH_MORE_THAN_ME),
    pattern(
      String.raw`\b(?:everyone|everybody|my (?:family|kids|clients|partner|wife|husband|children)|they|people|the world)(?: would| will|'d|'ll)?(?: \w+)? (?:all )?(?:be|are) better off(?: without me| if i (?:was|were|'m) (?:dead|gone|not here)| when i'm gone)`,
    ),
    // "They'd all be lighter if I was gone", "they'd be free of me", "take me out of the equation"
    pattern(
      String.raw`\b(?:lighter|happier|better|easier|freer|free|relieved|fine)\b[^.!?\n]{0,20}\b(?:if i (?:was|were|'m) gone|once i'm gone|when i'm gone|without me(?: around)?)\b`,
    ),
    pattern(
      String.raw`\bfree of me\b|\b(?:take|taking) me out of the equation\b|\ba drain on (?:everyone|everybody|them|my \w+)\b|\bgoing would be a (?:favor|favour|gift|relief)\b|\bthe better outcome for everyone\b`,
    ),
    pattern(
      String.raw`\b(?:no|(?:can't|cannot|can no longer|don't|do not) (?:picture|see|imagine|envision) (?:a|any)) (?:version of the )?future (?:that |where )?i(?:'m| am) (?:in|part of|still here|alive)\b|\b(?:a|any|the) future with me (?:still )?in it\b|\bnothing (?:left|ahead) (?:for|of) me\b`,
    ),
    pattern(String.raw`\b(?:everyone|everybody) (?:will|would|'ll|'d) be better off\.`),
    // "I'd be better off dead", "I'm better off dead".
    pattern(I, String.raw` (?:be )?better off dead\b`),
    pattern(String.raw`\b(?:they|everyone|my family|my kids)(?:'d| would) be relieved\b`),
    // What the family would gain, and going called a gift: "they'd adjust. It would be kinder to let them start adjusting
    // now", "My partner would have the house, the insurance, and his life back… the most generous thing I could do".
    pattern(
      String.raw`\b(?=kinder|kindest|more generous|most generous|the (?:most )?(?:loving|unselfish|selfless) thing)(?<=\b(?:they(?:'d| would|'ll| will) (?:adjust|move on|cope)|(?:his|her|their) (?:life|lives) back|the insurance)\b[^\n]{0,300})(?:kinder|kindest|more generous|most generous|the (?:most )?(?:loving|unselfish|selfless) thing)\b[^.!?\n]{0,40}\b(?:let them (?:start )?(?:adjust\w*|move on|moving on|griev\w*)|i could do|i can do)\b`,
    ),
    // The household's sums done as a case: "the household runs smoother without one more person needing things… the
    // spreadsheet says go".
    pattern(
      String.raw`\b(?:the )?(?:maths|math|sums|numbers|spreadsheet|calculation)\b[^.!?\n]{0,20}\b(?:says|say|said) go(?=\s*[.!;]|\s*$)|\b(?:runs?|would run|run) (?:smoother|better|easier|lighter) without (?:me|one more person)\b`,
    ),
    // A formulation of oneself with nothing on its protective side: "The protective column is empty now."
    pattern(
      String.raw`\b(?:the|my) protective column\b[^.!?\n]{0,15}\b(?:is|are) (?:now )?(?:empty|blank|gone|nothing|zero)\b|\bmy (?:own )?protective (?:factors?|side|list)\b[^.!?\n]{0,15}\b(?:is|are) (?:now )?(?:empty|blank|gone|nothing|zero)\b`,
    ),
    // The sums done of one's absence: "a year of grief and then lighter for the rest of their lives" (not a bereavement:
    // "a year of grieving, and after that it gets easier").
    pattern(
      String.raw`\b(?:a|one|some|a few|two) (?:year|years|months?|weeks?) of (?:grief|grieving|sadness|tears|mourning)\b[^.!?\n]{0,40}\b(?:then|after that)\b[^.!?\n]{0,30}\b(?:(?:lighter|better off|easier|freer|free|relieved|relief)\b[^.!?\n]{0,12}\b(?:for the rest of their lives|for (?:them|everyone|all of them)|for (?:the|my) (?:kids|family|wife|husband|partner|children))\b|(?:they'd|they would|everyone would|everyone'd) be (?:better off|freer|free|fine|lighter|relieved|okay))`,
    ),
    pattern(
      String.raw`\bmy family will get the insurance\b|\bthe (?:life insurance )?policy is the last useful thing\b`,
    ),
    pattern(String.raw`\bwon't be my problem\b[^.!?\n]{0,60}|\bi won't be here to (?:answer|see|deal with)\b`),
    // A burden that will end soon: "I won't be a problem for anyone much longer"
    pattern(
      I,
      String.raw` (?:won't|will not) be (?:a|an) (?:problem|burden|bother|worry|nuisance|drain|weight|trouble) (?:to|for|on) (?:anyone|anybody|them|you|everyone|everybody|my \w+|the \w+)(?: (?:for )?much)? longer\b`,
    ),
    pattern(
      String.raw`\bno (?:reason|point) (?:to|in) (?:go on |keep )?(?:live|living|going on|being alive|staying)\b`,
    ),
    // The same, said as not seeing it, by the author: "I don't really see the point in being alive anymore", "don't see
    // a reason to stick around for the rest" (not "My client can't see the point in living", "the point of living in
    // this city", "of carrying on the tradition", "of sticking around for the party"; not "didn't", a past).
    pattern(
      String.raw`(?:\bi(?: really| just| honestly| still| genuinely| genuinly| truly| actually| literally| seriously)? |(?:^|[.!?]\s+))(?:(?:don't|do not|can't|cannot|no longer) (?:really |even |honestly )?see|(?:struggle|struggling) to see) (?:the|a|any) (?:point|reason) (?:in|of|to|for) `,
      String.raw`(?:(?:being alive|staying alive|existing|waking up|life|living)(?! (?:in|with|together|like|out|on|at|off|apart|alone|here|there|near|abroad|paycheck|wills?|rooms?|situations?|arrangements?|wage|expenses|costs?|space|quarters)\b(?! (?:the )?(?:moment|minute|all)\b))|(?:going on|carrying on|stick(?:ing)? around|stay(?:ing)? around|hang(?:ing)? around|being here)(?=\s*[.!,;]|\s*$| (?:anymore|any more|for the rest|much longer|like this)\b))`,
    ),
    // What the others would gain if the author were gone: "Everyone would get their lives back if I just wasn't in the
    // picture anymore".
    pattern(
      String.raw`\b(?:lives? back|better off|easier|happier|lighter|relieved|free|freer|breathe)\b[^.!?\n]{0,40}\bif i (?:just |simply )?(?:wasn't|weren't|was not|were not) (?:in the picture|here|around|alive|in (?:their|his|her|your) lives?)\b(?! (?:on|for|with|at|in|during) \w)`,
    ),
    // No birthday ahead the author means to see: "It doesn't get better at 63. I'm not planning on seeing 64", "I don't
    // expect to make it to Christmas" (not "I'm not planning on seeing 64 clients a week").
    pattern(
      String.raw`\bi(?:'m| am)? (?:not|don't|do not) (?:planning|plan|expecting|expect|intending|intend) (?:on|to) (?:see|seeing|make it to|making it to|reach|reaching|be around for) (?:\d{2}|[a-z]+ty(?:-[a-z]+)?|(?:next|another) (?:year|birthday|christmas|spring|summer|winter|autumn|fall)|my (?:next )?(?:\w+ )?birthday|christmas|the new year)(?=\s*[.!;]|\s*$|, (?:anyway|honestly)\b)`,
    ),
    // Going counted as what the author can do for the family: "the most useful thing I could do for my family is stop
    // being a line item" (not "is go part-time", "is go grocery shopping").
    pattern(
      String.raw`\b(?:the )?(?:most|best|only|last) (?:useful|helpful|generous|practical|responsible|kind|loving) thing i (?:could|can|would) (?:ever )?do (?:for (?:my|the|our) \w+ |for (?:them|everyone|her|him) )?is (?:to )?(?:stop (?:being|existing|living|breathing)|not (?:be|being) (?:here|around)|disappear|be gone)\b`,
    ),
    // Oneself taken off another's hands for good: "working out how to take myself off her plate for good"
    pattern(
      String.raw`\btake myself (?:off|out of) (?:her|his|their|everyone's|my \w+'s|the) (?:plate|hands|life|lives|way)(?: for good| permanently| once and for all)\b`,
    ),
  ],
};

export const hopelessness: Signal = {
  rule: "crisis-burden",
  strength: "weak",
  patterns: [
    pattern(
      String.raw`\bi(?:'m| am) (?:just |so )?(?:done|finished)(?: with (?:it all|everything|this life|life))?\s*(?:[.!]|$)`,
    ),
    pattern(String.raw`\b(?:tired|exhausted) in a way (?:that )?sleep (?:won't|doesn't|can't) fix\b`),
    pattern(I, String.raw` (?:can't|cannot) (?:do this|keep doing this|go on|keep going) (?:anymore|any longer)\b`),
    pattern(
      String.raw`\b(?:a|such a) burden (?:to|on) (?:everyone|my \w+|them|the people)\b|\bi(?:'m| am) (?:just )?a burden\b`,
    ),
    pattern(String.raw`\bi (?:can't|cannot) (?:see|imagine|picture|envision) (?:a|any) future\b`),
    // "I can't see any version of my life where this lifts"
    pattern(
      String.raw`\b(?:can't|cannot|don't|do not) see (?:any|a) (?:version of (?:my )?(?:life|future)|future|way) (?:where|in which) (?:this|it|things) (?:lifts|gets better|changes|improves|ends|eases)\b`,
    ),
    pattern(String.raw`\bmy boundary with this whole life\b|\bdone negotiating\b`),
    pattern(String.raw`\bi (?:don't|do not|can't) see a way out\b`),
    pattern(String.raw`\bi (?:can't|cannot) do another (?:\w+ )?(?:day|week|month|year|years)\b`),
    pattern(String.raw`\bi(?:'m| am) done hanging\b|\bso tired of being (?:a person|alive|me)\b`),
    // An age said to be enough, as a sentence of its own: "Forty-one is plenty." (not "Forty-one sessions is plenty")
    pattern(
      String.raw`(?:^|[.!?]\s+)(?:\d{2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-[a-z]+)?) (?:years )?(?:is|was) (?:plenty|enough|long enough)(?=\s*[.!]|\s*$)`,
    ),
  ],
};
