import type { RuleName } from "../../policy";
import { withWordEdges } from "../word-edges";

/**
 * One way an author says they are in danger: its rule name, how sure a match
 * is, and its patterns over the folded text. A strong signal holds the post
 * alone; weak ones (a will, a goodbye, a burden) hold it together, because a
 * moderator reading a held post costs minutes and a missed crisis can cost a life.
 */
export type Signal = { rule: RuleName; strength: "strong" | "weak"; patterns: RegExp[] };

/**
 * The author speaking: "i", "i'm", "i've", "i'll", "i'd", with a few words that may follow. It takes the contraction
 * with it, so what a pattern says after I starts after the contraction: " going to", not " 'm going to" (which never
 * matched "i'm going to": test/moderation/rules/crisis/signals.test.ts reads every pattern for it).
 */
export const I = String.raw`\bi(?:'m| am|'ve| have|'ll| will|'d| would| do| just| really| still| honestly| already| finally| think| kind of| sometimes| keep| kept)*`;

/** A pattern over the folded text, from pieces joined without a separator. */
export const pattern = (...pieces: string[]) => new RegExp(withWordEdges(pieces.join("")), "g");

/**
 * After "I cut my hand", "hit my head": an accident, not harm ("on the cupboard", "on a tin", "chopping onions", "by
 * accident"; not "on the wall", "on bad nights"), and the one idiom, "scratched my head" over something puzzling.
 * Written after the body part.
 */
export const NOT_SELF_HARM = String.raw`(?<!scratch\w* my (?:own )?head)(?! on (?:a|an|the|my|our|some) (?:\w+ )?(?:cupboard|cabinet|shelf|corner|car door|door|doorframe|door frame|table|desk|counter|glass|knife|tin|can|stove|oven|grater|mandoline|edge|hinge|branch|fence|nail|staple)s?\b| (?:chopping|slicing|cooking|opening|shaving|gardening|playing)\b|[^.!?\n]{0,30}\b(?:by accident|accidentally)\b)`;

/** What one "dies of" in hyperbole: "I'm going to die of embarrassment", "die of frostbite in my own counselling room". */
export const HYPERBOLE_CAUSE = `(?:embarrassment|shame|laughter|boredom|cringe|happiness|cuteness|jealousy|envy|joy|frostbite|heatstroke|(?:the )?heat|(?:the )?cold|exhaustion|stress|paperwork|admin|old age|curiosity|hunger|thirst)`;

// "I wanted to die a little at how much I sounded like my old supervisor", "I die inside every time": the idiom of a
// small shame, said of what causes it (not "I want to die a little at a time", "die inside the next month").
export const A_LITTLE_INSIDE = String.raw`(?: a little| inside| a little inside) (?:at how|at the thought|when|whenever|every time|each time|because)\b`;

/**
 * A time long past and said to be over: "at twenty and I'm well now, two decades on", "at nineteen. I'm 47 now". Written after "was suicidal";
 * without the word that it is over, or with a word that it came back in the 300 characters after ("…I'm fine now. Or
 * I was until this spring. The thoughts are back"), it may be now (read no further: each mention would read the rest
 * of the post again).
 */
export const LONG_PAST = String.raw`(?:at (?:\d{1,2}|[a-z]+teen|twenty|thirty|forty)|in (?:my (?:teens|twenties|training)|high school|college|grad school))\b(?:[^.!?\n]{0,40}|[^.!?\n]{0,10}[.!?;]\s{1,3}[^.!?\n]{0,40}?)\b(?:(?:i'm|i am) (?:well|fine|okay|ok|safe)|well now|recovered|decades? (?:on|ago|later)|years ago|(?:i'm|i am) (?:\d{2}|[a-z]+ty(?:-[a-z]+)?) now)\b(?![^\n]{0,300}\b(?:back|again|returned|returning|until|now with)\b)`;

/**
 * Going away for a while, not going: "disappear to a cabin", "into a cottage", "for a week", or "disappear. Not die,
 * just vanish from the building". Written after "disappear".
 */
export const AWAY_FOR_A_WHILE = String.raw`(?! (?:to|into) (?:a|an|the|my|some)\b|[.,]? (?:like,? )?to (?:a|an|the|my|some)\b| for (?:a|the) (?:week|weekend|day|few days|while|bit|month|night)\b|[.,;:]? (?:but )?not (?:to )?die\b)`;

// A contract ended well: "I want to end it cleanly without burning bridges", "end things with the agency" (not "end it
// cleanly", "end things early", "end it with my husband away": those may be the author's end).
export const ENDED_OF_A_DEAL = String.raw`(?! (?:amicably|professionally|cleanly,? without burning (?:any )?bridges|with (?:the|this|that|our) (?:\w+ )?(?:agency|provider|company|landlord|practice|insurer|panel|contract|job))\b)`;

/** Living stopped as a way of life, not a life: "stop living in fear", "paycheck to paycheck", "on autopilot". Written after "living". */
export const NOT_A_WAY_OF_LIVING = String.raw`(?! (?:in fear|paycheck|out of (?:a|my) (?:suitcase|car|bag)|for (?:others|other people|approval|everyone else|the weekend)|a lie|in the past|like a (?:robot|zombie)|on autopilot)\b)`;

/** "I will be dead by the end of hold music": a chore that goes on, not a death. Written after "be dead". */
export const NOT_DEAD_OF_A_CHORE = String.raw`(?! by the end of (?:the |this |that |my |our )?(?:[\w-]+ ){0,2}(?:music|call|meeting|shift|training|webinar|queue|form|audit|inspection|hold)\b)`;
