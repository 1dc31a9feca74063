import type { RuleName } from "../../policy";
import { type Alternatives, byNeededWords, topLevelAlternatives } from "../rule";
import {
  A_LITTLE_INSIDE,
  AWAY_FOR_A_WHILE,
  ENDED_OF_A_DEAL,
  HYPERBOLE_CAUSE,
  LONG_PAST,
  NOT_A_WAY_OF_LIVING,
  NOT_DEAD_OF_A_CHORE,
  NOT_SELF_HARM,
} from "./signal";

/**
 * The signs of risk a clinician listens for, read together: a way of dying,
 * a means, finality, burden, hopelessness, self-harm, preparation, dwelling
 * on a method, a time. Each is a kind; a post whose author, in their own
 * voice, shows two kinds or more is held, however it is phrased: "Drove
 * past the overpass again and calculated the speed I'd need" (a means and
 * dwelling on it), "my life insurance would do more for them than I ever
 * have" (burden and a means of provision). One kind alone ("tonight",
 * "letters") says nothing. The patterns are words, not sentences, so that
 * they cover what nobody thought to write down.
 */
export type RiskKind = {
  rule: RuleName;
  /** The kind's words, as alternatives of about `GROUP_SOURCE` characters each (see `kind`). */
  words: Alternatives;
  /** How much one sign of this kind counts: self-harm in the author's own words counts as two. */
  weight: number;
  /** Whether two different signs of this kind count twice: two farewells are more than one. */
  repeats: boolean;
  /**
   * Whether the sign speaks of the author whoever its subject is: "she deserves someone who's going to be around"
   * says the author won't be. Such a sign needs only not to be someone else's words, denied or long past.
   */
  impliesTheAuthor?: true;
};

// What nobody will have to do after the author is gone: "so nobody has to clean up", "so no one has to identify me" (not
// "so nobody has to do therapy on an empty stomach").
const SEEN_TO_FOR_ME =
  "(?:clean|deal|sort|chase|find|worry|look|pick|go through|figure|wonder|guess|tidy|scramble|cover|clear|handle|explain|take over|cope|identify)";

// Medicines people keep back by name, besides "pills" and "meds".
// What else comes by the bottle: soft drinks, sauces, toiletries ("a bottle of Tabasco in my desk drawer"); not
// drink, which a crisis may be read with.
const NOT_A_BOTTLE_OF_PILLS =
  "water|milk|juice|soda|kombucha|sauce|hot sauce|tabasco|sriracha|ketchup|ranch|olive oil|vinegar|soy sauce|syrup|lotion|shampoo|conditioner|perfume|cologne|glue|sparkling water|seltzer|sunscreen|hand sanitizer|bubbles|coke|pepsi|gatorade";

const PILLS_KEPT =
  "gabapentin|pregabalin|lyrica|oxy\\w*|benzos?|xanax|valium|ativan|klonopin|seroquel|quetiapine|lithium|tramadol|codeine|morphine|amitriptyline|sertraline|zoloft|trazodone|ambien|zopiclone|sleeping (?:pills|tablets)|painkillers";

// What is looked up that is no method: "I've looked up latte art courses", "looked up flights"; nor the eyes raised
// ("looked up from my notes"; and, read where "look up" is, "Look up. Ask a real question.").
const NOT_AN_ERRAND = String.raw`(?! (?:\w+ ){0,3}(?:courses?|classes|recipes?|jobs?|flights?|prices?|reviews?|hours|menus?|directions|the (?:route|bus|train|address))| from\b| at (?:me|him|her|them|us)\b)`;

// A screen scored on oneself and found low is no sign: "did a PHQ-9 on myself for fun during a training and got a 3".
const NOT_A_LOW_SCORE = String.raw`(?![^.!?\n]{0,60}\b(?:got|scored|score of|came out at) (?:a |an )?(?:[0-4]|zero|one|two|three|four)\b(?!\s*(?:/|out of)\s*[0-4]\b))`;

// A kind's words that need no word are read as groups of about this many characters of pattern, each its own pattern,
// found as the one pattern would find them: V8 compiles a pattern on its first use in time that grows faster than its
// size, and the fifteen kinds whole cost the first post of an isolate about 35 ms. The rest are each read (and
// compiled) only by a post with the words it needs: prose reads a few of them.
const GROUP_SOURCE = 800;

const kind = (
  rule: RuleName,
  words: string,
  { weight = 1, repeats = false, impliesTheAuthor = false } = {},
): RiskKind => ({
  rule,
  words: byNeededWords(topLevelAlternatives(words), GROUP_SOURCE, [String.raw`\b(?:`, String.raw`)\b`]),
  weight,
  repeats,
  ...(impliesTheAuthor ? { impliesTheAuthor: true as const } : {}),
});

export const riskKinds: RiskKind[] = [
  // dying, said outright: enough alone
  kind(
    "crisis-intent",
    String.raw`(?:item|question) (?:nine|9)\b[^.!?\n]{0,40}\b(?:real|honest|true) answer\b[^.!?\n]{0,10}\b(?:nearly every day|more than half the days)|(?<!\b(?:if|when|whether) (?:the )?)(?:the )?thoughts? (?:now )?(?:come|comes|came) with a plan(?! for)|(?:^|[.!?]\s+|\bi(?:'m| am) )(?:really )?not safe (?:tonight|right now|today|at the moment)(?=\s*[.!,;]|\s*$)|(?:don't|do not) want to (?:stay|be|remain) in this world(?! of)|(?:the )?(?:only|main|one) (?:thing|reason|one) (?:keeping|that keeps|that's keeping) me (?:alive|here|going)|(?:tore up|ripped up|threw (?:out|away)|deleted|burned) (?:my|the) (?:safety plan|no-harm (?:promise|contract)|no-suicide contract|crisis plan)|(?:safety plan|no-harm (?:promise|contract))\b[^.!?\n]{0,60}\b(?:tore it up|ripped it up|threw it (?:out|away)|deleted it)|kill(?:ing)? myself|(?:end|ending|finish|finishing|stop) (?:my|this) (?:own )?life|take my (?:own )?life|(?:don't|dont|do not) want to (?:wake up(?! (?:early|earlier|at|for|before|in time|so early|this early))|live|be alive|be here)|(?:hoping|hope|wish|wishing|praying) (?:that )?my heart (?:would |had |will |might )?(?:just )?(?:stop|stopped|give out|gave out)|make sure i (?:don't|dont|do not) (?:wake|live)|be dead${NOT_DEAD_OF_A_CHORE}|wishing i hadn't woken|(?:not (?:wake|waking|woken) up(?! until| till| before)|never (?:wake|waking|woken) up)|be buried(?! with| alive than| side by side| next to each other| together)|found my exit|lights off for good|(?:want|wanted|wanting|wish|wished) to die(?! of| on|${A_LITTLE_INSIDE})|i will go\.|(?:i'm|i am) not going to be here|(?:retirement|pension|401k|next year|winter)\b[^\n]{0,100}\bi (?:won't|will not) need (?:one|it|them)(?=\s*[.!]|\s*$)|(?:choose|choosing|chose|want|wanting|longing for|ready for)[^.!?\n]{0,20}the long sleep|the long sleep (?:is|sounds|seems|would be|feels|looks)|done (?:with )?being alive|my (?:own )?suicide(?![- ](?:prevention|training|ceus?|assessments?|attempts?|risk|screenings?|awareness|research|protocols?|policy|hotline|lifeline|loss|survivors?|bereavement|postvention|webinar|course|module|statistics|data|history|story|at \d+|in my|note\b[^.!?\n]{0,80}\b(?:wrote|written) (?:at|when i was|in (?:high school|college|my teens))\b))|(?:thoughts?|ideation)\b[^.!?\n]{0,30}\bwithout (?:the |any )?(?:intent|plans?)\b[^\n]{0,40}\bnow i (?:have|'ve got|got) (?:both|the (?:intent|plan)|(?:an? )?(?:intent|plan))|(?:ideation|the thoughts?) (?:has |have )?(?:turned|become|became|tipped|shifted|moved|gone) (?:into|to) (?:intent|a plan|planning)|do(?:ing)? away with myself|(?:going to|gonna|want to|wanna|about to|will|'ll) stop being alive|(?:passive )?(?:ideation|si)\b[^!?\n]{0,24}\bnow active(?<!\b(?:client's|patient's|pt|consult|consultation|\d+ ?yo|year-old)\b[^]{0,80})|(?:past|beyond|moved past|gone past) (?:the )?passive (?:stage|phase|ideation|part)|how do (?:you|i) tell\b[^.!?\n]{0,40}\b(?:you're|you are|i'm|i am) going to (?:kill|end) (?:yourself|myself|it)|(?:it's|it is) not an accident (?:i'm|i am) planning(?: for)?|(?:the|my) end\b[^.!?\n]{0,60}\bby my own (?:design|hand|choice|doing)`,
    { weight: 2 },
  ),
  // …said once in a long post about other things, and enough alone: not alive when the renewal comes due, a strap
  // over the beam to see how it feels, the safe opened "just to hold it", not seeing the kids grow up, going once the dog
  // goes, how already decided, a date and a method, nothing packed for the drive home, the letter finished then done,
  // nothing after the last session at all
  kind(
    "crisis-intent",
    [
      String.raw`(?:don't|do not|not) be alive (?:when|by the time|for) (?:the|my|it|that|this|they|she|he)\b`,
      String.raw`(?:strap|rope|cord|belt|noose|ligature|cable|tie-?down|extension cord)s? (?:over|around|on|across) (?:the|a) (?:beam|rafter|joist|door|branch|banister|railing|pipe|hook)\b[^.!?\n]{0,80}\b(?:to see how it feels|to see if|just to see|how it would feel|practice|practise|rehearse)`,
      String.raw`\bjust to hold (?:it|the gun|them)\b(?<=\b(?:gun|safe|pistol|rifle|handgun|revolver|shotgun)\b[^\n]{0,230})`,
      String.raw`see (?:them|him|her|my \w+) grow up,? (?:because|since|and) i'?m not\b`,
      String.raw`(?:once|when|after) (?:she|he|they|the dog|the cat|my dog|my cat)(?:'s| is)? (?:goes|dies|passes|gone|is gone|go|die),? i'?m (?:going|gone|done|out)(?: too| as well| with (?:her|him|them))?\b(?![^.!?\n]{0,60}\b(?:flights?|trip|tickets?|booked|holiday|vacation|conference|party|wedding|concert|show|home)\b)`,
      String.raw`i(?:'ve| have) (?:already )?decided how(?=\s*[.,!;]|\s*$| and\b)`,
      String.raw`(?:with|have|got|has) a (?:date|day) and a (?:method|way)\b`,
      String.raw`(?:haven't|have not|didn't|did not|not) pack(?:ed|ing)? (?:anything )?for the (?:drive|trip|ride|flight|journey|way) (?:home|back)\b`,
      String.raw`\b(?:when|once) (?:it's|it is|that's|the letter(?:'s| is)|the note(?:'s| is)) (?:finished|done|ready|written),? i'?ll do it(?=\s*[.!]|\s*$)(?<=\b(?:letter|note)\b[^\n]{0,360})`,
      String.raw`(?:there's|there is) nothing after (?:it|that) at all\b`,
    ].join("|"),
    { weight: 2 },
  ),
  // …and more of the same: tablets kept back each refill, one's own cabinet read against the tables, not making the drive back,
  // "a plan rather than a mood", "before I'm not around", the date decided, finished after the exam, wanting it soon
  // rather than someday, the place to oneself "and that's when"
  kind(
    "crisis-intent",
    [
      String.raw`(?:keeping|kept|keep|holding|held|putting|put|saving|saved|setting|set) (?:back|aside|away) (?:a few|some|one|two|a couple|half|extra)(?: of)? (?:my (?:own )?)?(?:tablets|pills|meds|doses|capsules)\b`,
      String.raw`in my own (?:bathroom |medicine )?(?:cabinet|drawer|cupboard)\b[^.!?\n]{0,40}\b(?:against|with) the (?:tables|charts|figures|numbers)\b`,
      String.raw`not (?:planning on|planning to|intending to|going to be) making the (?:drive|trip|journey|flight) (?:back|home)\b`,
      String.raw`(?:as|like) a plan rather than a (?:mood|thought|feeling|fantasy|phase)\b`,
      String.raw`before i'?m (?:not around|gone|dead|not here)(?: to| anymore|\s*[.!,]|\s*$)`,
      String.raw`(?:i have|i've|i) decided the (?:date|day)(?=\s*[.!,]|\s*$)`,
      String.raw`after the \w+,? i(?:'ll| will) finish it(?=\s*[.!]|\s*$|,? (?:properly|for good|all|completely)\b)`,
      String.raw`(?:like|want|need) it to be soon rather than (?:someday|later|some day|one day)\b`,
      String.raw`(?:have|'ll have|will have) the (?:place|house|flat|apartment) to myself\b[^.!?\n]{0,40}\bthat's when\b`,
      String.raw`i'?ll be gone before (?:anyone|anybody|they|people|she|he) (?:wonders|notices|asks|realises|realizes|checks)\b`,
      String.raw`(?:that|this|the) (?:someone|person|clinician|therapist|colleague) is (?:me|the (?:person|one) writing (?:this|it)(?: post)?)\b`,
      String.raw`(?:^|[.!?]\s+)(?:yeah|yes|spoiler|plot twist|and)[.,:!]? (?:it's|it is|that's|this is) me(?=\s*[.!]|\s*$)(?<=\b(?:case|consult|formulation|prognosis|protective factors|risk)\b[\s\S]{0,440})`,
      String.raw`sooner rather than later,? i'?ll be gone\b|i'?ll be gone sooner rather than later\b`,
    ].join("|"),
    { weight: 2 },
  ),
  // …and more: letters "marked to be opened after", getting it wrong and waking up, not planning to be here for any of
  // it, the water's depth looked at by the dam, nothing past this winter, no next year planned, the self-inflicted clause
  // outlived, the date matched to the last session, no one calling it anything but an accident, refills taken early at
  // two pharmacies, months' worth in the tin, clients to be told I died suddenly "which will be true", the things
  // gathered kept within reach
  kind(
    "crisis-intent",
    [
      String.raw`(?:marked|labell?ed|addressed) to be opened after\b`,
      String.raw`(?:get it wrong|mess it up|botch it|fail) and (?:just )?wake up\b`,
      String.raw`not (?:planning|intending|going) (?:on|to) (?:be|being) (?:here|around) for (?:any|all) of it\b|\bnot the job\.\s+here(?=\s*[.!]|\s*$)`,
      String.raw`how deep the water (?:gets|is|goes)\b|(?:drove|driven|drive|walked|walk) out to the (?:reservoir|dam|quarry|bridge|river|lake|cliffs?|overpass)\b[^.!?\n]{0,60}\bto (?:look|see|check)\b`,
      String.raw`(?:none of it|nothing) (?:is )?for anything past this (?:winter|month|year|spring|summer|autumn|fall)\b|not planning on (?:a|any) (?:next year|future)\b`,
      String.raw`self-inflicted\b[^\n]{0,160}\bi'?m (?:at|past|over) (?:\w+[- ])?(?:\w+ )?months\b`,
      String.raw`matched the date to the last (?:one|session|appointment)\b`,
      String.raw`(?:nobody|no one) would call it anything but an accident\b`,
      String.raw`refill(?:ing|ed)? (?:it |them )?early at (?:two|three|different|multiple|several) (?:different )?pharmacies\b|(?:two|three|four|a few|\d+) (?:months|weeks)'? worth in the (?:tin|jar|drawer|box|tea tin|cupboard)\b`,
      String.raw`(?:be told|tell them|told) (?:that )?i died suddenly,? which (?:will be|would be|is) true\b`,
      String.raw`(?:the )?things i'?ve (?:gathered|collected|saved|stockpiled)\b|knowing (?:they're|it's|they are|it is) (?:within reach|there|in the \w+)\b[^.!?\n]{0,20}\bis the only (?:way|thing)\b`,
    ].join("|"),
    { weight: 2 },
  ),
  kind(
    "crisis-preparation",
    [
      String.raw`(?:quietly )?(?:moved|transferred|reassigned|handed off) my (?:[\w-]+ )?clients (?:over )?to (?:colleagues|other clinicians|the team|others)\b`,
      String.raw`left step (?:six|6|five|5) blank\b`,
      String.raw`(?:calendar|diary)(?:'s| is) blank\b[^.!?\n]{0,60}\bnot going to\b`,
      String.raw`waiting for the first (?:hard |proper )?(?:frost|ice|icy night|snow)\b`,
      String.raw`i haven't decided when(?=\s*[.!]|\s*$)`,
    ].join("|"),
  ),
  // The weaker signs of the same long posts, each counted only beside a sign of another kind: the end of the month given,
  // a different note drafted; what is needed already got, a combination that "doesn't end in a liver unit", a father's
  // tablets kept, "not for the handout"; a break from me, the one note nobody co-signs; not here when the baby comes,
  // whoever goes through my things or finds me, the only reason I'm still around, the second letter, a reason given then
  // taken back; a second letter, groceries not bought past the month, a date disguised in the phone, instructions so it
  // is easier on them, an out-of-office that lies; the day circled, "I do have a plan", "which, fine, is me", sorted
  // before I do it, how long before someone notices
  kind(
    "crisis-plan",
    [
      String.raw`given myself (?:to|until|till|til) the end of (?:this|the|next) (?:month|week|year|term|summer)\b`,
      String.raw`(?:drafting|writing|drafted|wrote|written) a different (?:note|letter)\b`,
    ].join("|"),
  ),
  kind(
    "crisis-method",
    [
      String.raw`i'?ve got what i need(?: already)?(?=\s*[.!,;]|\s*$)`,
      String.raw`which (?:combination|combo|mix|one|dose|amount)\b[^.!?\n]{0,60}\b(?:doesn't|does not|wouldn't|won't) end (?:in|with) (?:a |the )?(?:liver unit|hospital|er|a&e|icu|ward|rough night|follow-up)|which (?:combination|combo|mix|dose|amount) would (?:actually |really )?be (?:certain|enough|sure)\b`,
      String.raw`kept (?:his|her|their|my \w+'s) (?:sleeping |old )?(?:tablets|pills|meds|medication|prescriptions?) instead of (?:returning|disposing of|handing in|throwing out|taking back)`,
      String.raw`(?:not|isn't|is not) for the (?:handout|leaflet|training|presentation|class|module|workshop|sheet)(?:,? if i'?m (?:being )?honest)?(?=\s*[.!])`,
    ].join("|"),
  ),
  kind(
    "crisis-burden",
    [
      String.raw`(?:everybody|everyone|they|the kids|my family|my partner|my kids) (?:gets?|would get|will get|'d get) a (?:break|rest) from me\b(?! (?:on|this|next|for|until|till|tomorrow|tonight|over|while)\b|,? (?:i'm|i am|while)\b)`,
      String.raw`(?:only|one) note i'?ve ever written that (?:nobody|no one) (?:needs|will need|has) to (?:co-?sign|sign|read back)\b`,
    ].join("|"),
  ),
  kind(
    "crisis-farewell",
    [
      String.raw`(?:won't|will not|'m not going to|am not going to) be (?:here|around|alive) (?:when|by the time) (?:the|my|she|he|they|it|our|this)\b`,
      String.raw`(?:go|goes|going) through my (?:things|stuff|belongings)\b`,
      String.raw`(?:the one|the person) who finds (?:me|things|it|everything|my body)\b|\bwhen (?:they|someone|somebody|she|he) finds? me\b`,
      String.raw`(?:the )?(?:only|last|one) reason i'?m (?:still )?(?:here|around|alive)\b`,
      String.raw`(?:hear|find out|learn) about what i'?m (?:going to|about to|planning to) do\b`,
      String.raw`the second (?:one|letter) is the one that matters(?<=\bletters?\b[^\n]{0,170})`,
      String.raw`\bi'?m not (?:actually |really )?(?:relocating|retiring|moving)(?=\s*[.!])(?<=\b(?:telling|told|tell)\b[^\n]{0,80}\bi'?m (?:relocating|retiring|moving)\b[\s\S]{0,440})`,
    ].join("|"),
  ),
  kind(
    "crisis-preparation",
    [
      String.raw`(?:a second|another|a different|a second,? different) letter(?=\s*[.!,])`,
      "stopped buying (?:groceries|food|anything) (?:beyond|past|after) (?:the end of|next)",
      "(?:date|day) in my (?:phone|calendar|diary) (?:disguised|saved|marked|entered) as",
      String.raw`(?:leave|leaving|write|left|written|writing) (?:\w+ )?instructions so (?:it's|it is|it'll be|things are) easier (?:on|for) (?:them|him|her|everyone|my \w+)\b`,
      String.raw`(?:out of office|out-of-office|auto-?reply)[^.!?\n]{0,80}\b(?:back|return(?:ing)?) on \w+day\b[^.!?\n]{0,80}\b(?:a lie|lying)\b`,
    ].join("|"),
  ),
  kind(
    "crisis-plan",
    [
      "(?:circled|marked|picked) (?:the|a) (?:day|date) (?:on the calendar|in my (?:calendar|diary|phone))",
      String.raw`\bi do have a plan(?=\s*[.!])`,
      String.raw`which,? (?:fine,? |okay,? |ok,? |yes,? |yeah,? )?is me(?=\s*[.!]|\s*$)`,
      String.raw`\b(?:sorted|done|settled|in place|finished) before i do it(?=\s*[.!]|\s*$)`,
      String.raw`how long (?:does it|would it|will it|did it)(?: usually| normally| typically)? take (?:before|for|until) (?:someone|anyone|somebody|people|anybody) (?:notices?|checks?|finds?|realises?|realizes?)\b`,
    ].join("|"),
  ),
  // …and the author's own risk read off the tools they use, or found out alone: "I suppose I've been applying it to
  // myself and I land on acute", "how long before someone notices if you live alone"
  kind(
    "crisis-method",
    [
      String.raw`i (?:land|come out|score|end up) (?:on|at|as) (?:acute|high risk|imminent)\b`,
      String.raw`how long (?:does it|would it|will it|did it)(?: usually| normally| typically)? take (?:before|for|until) (?:someone|anyone|somebody|people|anybody) (?:notices?|checks?|finds?)\b[^.!?\n]{0,40}\bif (?:you|i) live alone\b`,
    ].join("|"),
  ),
  // dying, said of oneself ("Didn't open it. Reckon next time I will"; not its idioms: "dying to know", "dying for a holiday")
  kind(
    "crisis-intent",
    String.raw`(?:clinician|therapist|counsell?or|my)(?:'s)? version of (?:being )?suicidal|(?:actively |activly |activley )?planning (?:my|ur|your) own death|made a plan\b[^.!?\n]{0,40}\bscared me how easy|i(?:'ll| will|'m going to| am going to) go the same way (?:he|she|they) did|it's happening (?:this weekend|tonight|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:didn't|did not|couldn't|could not) (?:open|load|unlock|pull|swallow) (?:it|them)\b[^\n]{0,40}\bnext time,? i(?:'ll| will)(?=\s*[.!,]|\s*$| and\b)|stopped renewing (?:things|anything|my licen[cs]e|my passport)|act on (?:that|it) (?:this week|tonight|soon|this weekend)|(?:lines up|all lines up) (?:too |so |very )?neatly|how neatly it (?:all )?lines up|(?:not going to|won't|don't want to) ruin (?:christmas|the holidays|thanksgiving|their \w+|her birthday|his birthday) for|planning to move in soon|whether i make it to (?:\w+ ){0,3}(?:renewal|christmas|new year|my birthday|the end of (?:the )?(?:month|year|term)|spring|summer)|(?:i )?know exactly what i'm going to do with (?:it|them)|intend to act on it|mine's airtight|emergency contact is going to be (?:so )?(?:mad|angry|upset|busy|surprised)|(?:retirement|pension) plan is not needing one|permanent solution is all i want|(?:want|wanting|shopping for|looking at|looking into|considering|choosing|researching) the permanent solution|no reason to stay(?! (?:at|in|with|on|late|for|up|home))|my plan has a (?:timeline|date|deadline|time)|that's not why i did it|(?:doing|do) it (?:tonight|tomorrow|this weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|then i'll do it(?=\s*[.!]|\s*$)|planned it for (?:tonight|tomorrow|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:done|finished|tired of) holding on(?! to)|i'm letting go(?=\s*[.!]|\s*$)|anywhere,? ever(?=\s*[.!]|\s*$)|i'm not needed(?=\s*[.!]|\s*$)|(?:don't|do not) intend (?:to be|on being) (?:around|here|alive)|(?:don't|do not) plan on being part of next|counting down to (?:joining|being with) (?:him|her|them|my \w+)|no return (?:leg|ticket|journey|trip)|not planning (?:a|any) return|kick(?:ing|ed)? the bucket|(?:drop|stop|skip|quit)(?:ping)? the breathing|(?:bullet|gun) (?:in|to|into) my (?:head|mouth|temple|brain)|end (?:it|things|everything) myself|use enough (?:that|to)|(?:my|your) own exit|hope (?:the|my|this) (?:plane|flight|car|bus|train) (?:goes down|crashes|hits)|walk(?:ed|ing)? into traffic|step(?:ped|ping)? (?:off the curb|into traffic|in front of)|(?:out|way out)[^.!?\n]{0,30}\bfeet first|(?:won't|will not|not going to) (?:see|make it to) (?:another|the next|next|my next|eleven|twelve|\d+)\b|(?:actually )?gone through with it|it should(?:'ve| have) been me|dying sounds (?:fine|nice|good|peaceful|like a relief)|(?:don't|dont|do not) want to (?:breathe|be breathing)|(?:just )?go be with (?:him|her|them)|no point (?:in )?waking up|(?:collapse|crash|pass out|fall asleep) and (?:don't|not|never) (?:get|wake) up|make it stop for me|(?:my|the) (?:last )?attempt (?:in \w+ |last \w+ )?didn't work|(?<!\bnon-?|\b(?:died|death) by |\blost (?:him|her|them|my \w+|a \w+) to |\b\w+'s |\b(?:his|their) |\b(?:checked|check|checking|screened|screen|screening|asked|ask|asking|assessed|assess|assessing) (?:her |him |them )?(?:for|about) )suicid\w*(?<!\bwas suicidal(?= ${LONG_PAST}))(?! (?:prevention|training|ceus?|assessments?|attempts|risk|screenings?|screeners?|rates?|awareness|research|protocols?|policy|hotline|lifeline|loss|survivors?|bereavement|postvention|webinar|course|module|statistics|data|note from a client))|kill(?:ing)? myself|end(?:ing)? (?:it all|it|my life|things|everything)${ENDED_OF_A_DEAL}|take my (?:own )?life|(?:not (?:wake|waking|woken) up(?! until| till| before)|never (?:wake|waking|woken) up)|be dead${NOT_DEAD_OF_A_CHORE}|(?:want|wanted|wanting|wish|wished) (?:to die|to be dead|i (?:hadn't|had not|wasn't|weren't) (?:woken|born|here|alive))|(?<!(?:incapacitated|disabled|ill|sick|hospitali[sz]ed) or |\bwhen i |\b(?:once|one day|someday|some day|at least) before i )die(?<!\bhill (?:i'll|i will|i'd|i would|i'm going to|to|worth|we'll|we will) die)(?! happy| on (?:this|that|the|every) hill\b| of ${HYPERBOLE_CAUSE}|${A_LITTLE_INSIDE}|(?<=\bwould die) for (?:a|an|the|one|some|that|this|more|another|my|our)\b)|dying(?<!\bthought i was dying)(?!,? (?:of (?:embarrassment|laughter|boredom|cringe|shame)|laughing|inside)\b)(?![.,!;]? not (?:really|literally)\b(?! (?:joking|kidding)))(?! (?:pothos|plants?|succulents?|houseplants?|ferns?|orchids?|basil|flowers|trees?|battery|batteries|phone|laptop|printer|car)\b)(?! to (?:just |finally |really )?(?:know|see|hear|try|get|go|meet|read|watch|tell|start|do|ask|share|talk|find|sleep|eat|visit|catch|sign|quit|leave|retire)| for (?:a|an|some|the|my|one|another|more|coffee|tea|sleep|chocolate)\b)|disappear(?:ed|ing)?${AWAY_FOR_A_WHILE}|not (?:be|being) (?:here|around|alive)|(?<!\b(?:week|day|shift|month|meeting|session|term|year|semester|audit|weekend|call|rota|winter|holidays|christmas|today|tomorrow|tonight|inspection|exams?|deadline|training|conference|course|strike|lockdown|night|appraisal|review) to )be over|how i'd do it|walk(?:ing|ed)? (?:into|out into) the (?:ocean|sea|lake|river|water|woods)|(?:go to )?sleep and not (?:wake|deal|come back)|wishing i hadn't|want to be alive|my (?:own )?safety plan is|(?:finish|end|stop) (?:my|this) (?:life|all)|make sure i (?:don't|dont|do not) (?:wake|live)|join (?:him|her|them|my \w+) (?:there|soon|in death)|i'll join (?:him|her|them)|(?:want|wanted|wanting|ready|waiting) to join (?:him|her|them|my \w+)|(?:not going to|won't) be here (?:much longer|for long|long)|(?:i )?just want out|want to stop (?:it|everything|living${NOT_A_WAY_OF_LIVING}|existing)|until the very end|while i'm still here|be buried(?! with| alive than| side by side| next to each other| together)|gone gone|dis+ap+e+a?re?d?${AWAY_FOR_A_WHILE}|want to stop it|(?<!\b(?:leaving|left|leave|quitting|quit) (?:the |my )?(?:nhs|job|agency|practice|clinic|field|profession|team|trust|service|ward|unit|company|industry) )(?<!\b(?:closed|closing|close|shut|shutting|deleted|deleting|cancelled|canceled|cancelling) (?:down )?(?:the |my |our )?(?:[\w-]+ )?(?:account|practice|office|door|doors|clinic|books|page|profile|website|app|inbox|caseload|waitlist|group) )for good(?=\s*[.!,;?]|\s*$| this time| now| after| and)|my exit|going further|next time i won't stop|tried to (?:do it|end it|end things|kill myself)(?= (?:in|last|once|before|twice|years|when|at|after)\b|\s*[.,;!]|$)|(?:thinking about|think about|might|going to|want to|plan to) (?:try(?:ing)?|do(?:ing)?) it again|(?:thinking about|think about) trying again|(?:go|leave|gone) from this world|leave this world|(?:not|n't) (?:staying|stay|remaining|remain|going to be) in this world|(?:better|best|easier) (?:if )?i (?:go|leave|disappear)\b|the day i go\b|when i go too\b|(?:saying|say|said) it to myself\b[^.!?\n]{0,40}\band meaning it|wanted (?:him|her|them|someone|somebody|it) to finish (?:it|me)|semicolon[^.!?\n]{0,80}\bperiod|(?:died|dead|viewing|casket|grave)\b[^\n]{0,100}\b(?:i'm|i am|i was|i felt) (?:so |a little |kind of )?(?:jealous|envious)(?=\s*[.!]|\s*$| of (?:him|her|them)\b)|go(?:ing)? through with it|(?:isn't|is not|is no longer) (?:just )?ideation(?: anymore)?|the (?:big )?off switch|(?:the|my|an) exit(?:'s| is)? (?:looking|feels?|feeling|seems?) (?:less like a metaphor|real|closer)|less (?:like )?(?:a|of a) (?:metaphor|fantasy) than (?:it used to be|before|it was)|(?:go|be|gone) where (?:he|she|they) (?:went|is|are|has gone|have gone)|be nowhere(?: too)?|done[- ]with[- ](?:living|life|being alive|existing)|(?:won't|will not) be anywhere (?:anyone|anybody|people|you) can (?:reach|find|contact) me|no forwarding address|(?:will|would|is going to|'ll) outlast me|walk(?:ing)? off a (?:short )?pier|(?:this|it)(?:'s| is| will be) my last (?:winter|summer|spring|autumn|fall|christmas|birthday|thanksgiving|new year)|remove myself (?:permanently|for good|from (?:the|this) (?:equation|picture|world))|(?:kinder|better|easier) if i (?:remove myself|disappear|wasn't here|weren't here)|get to rest\b[^.!?\n]{0,20}\bpermanently|(?:going to|gonna|about to|will) act on it|no return flight|(?:can't|cannot) burn out if (?:you'?re|you are|i'm|i am) (?:not (?:here|around|alive)|dead|gone)|(?:ends?|ending) in a (?:box|coffin|casket|urn|body bag)|permanent (?:annual )?(?:leave|sleep|nap|rest)|(?:not|never) (?:getting|get|paying) (?:another|one more) (?:cent|penny|payment|dollar|pound)\b[^.!?\n]{0,20}\b(?:after|past|beyond) (?:this|next) (?:month|week)|then that's it(?=\s*[.!]|\s*$)|(?:don't|do not|dont) (?:send|give|post|paste) me (?:the|a|your) (?:crisis line|crisis number|hotline|helpline|988|samaritans)\b|when i'm (?:going|gone)(?=\s*[.!]|\s*$)|(?:except|but) it's me saying it|(?:rest|sleep|break|holiday|nap)\W{1,3}the (?:long|permanent|forever|endless) (?:kind|one|sort)|(?:trying|going|want|wanting|planning) to make it literal|swore i'd never do that to (?:mom|mum|dad|my \w+|her|him|them)|(?:won't|will not) be (?:there|here),? or anywhere|(?:the )?bigger (?:logging off|log[- ]?off|sign[- ]?off|feierabend|holiday|break|rest|sleep)|(?:can )?see the end of the road and i'm walking (?:toward|towards) it|(?:a|the) permanent one(?=\s*[.!]|\s*$)|(?:won't|will not|wouldn't|would not) matter to me (?:by then|then|after that|anymore)(?=\s*[.!,;]|\s*$)(?![^.!?\n]{0,60}\b(?:retir\w*|contract|moving|leaving|new job|graduat\w*|promoted)\b)`,
    { repeats: true },
  ),
  // a means (not a life insurance policy taken out: "took out life insurance because I've gone self-employed"; nor the end
  // of one's rope, nor someone's death of an overdose)
  kind(
    "crisis-method",
    String.raw`(?:stopped|quit) taking (?:my |the )?\w+\b[^.!?\n]{0,60}\b(?:kept|keep|still) (?:refilling (?:it|them|the (?:script|prescription))|(?:filling|picking up) (?:it|them|the (?:script|prescription))s?)|(?:whether|if|do|does|will) the (?:fast|express|freight|through) trains? (?:actually |still )?(?:slow down|go straight through|go through|don't stop)|(?:quietly )?done the (?:exact )?opposite|how to get (?:up )?(?:to|onto) the roof|plot in (?:a|the) (?:[\w-]+ ){0,3}cemetery|stock(?:ing|ed)? up,? not lock(?:ing|ed)? up|(?:keep(?:ing)?|kept) track of when the (?:trains?|freight|express)(?: trains?)? (?:come|comes|pass|passes|go|goes|run|runs)|(?:a|the) (?:90|ninety)-day supply|(?:second|another|extra|third) prescription from (?:a different|another|a second|a new) (?:doctor|gp|prescriber|psychiatrist)|(?:dad's|father's|husband's|partner's|brother's|grandad's|grandfather's|uncle's) (?:\w+ )?(?:gun|rifle|shotgun|pistol|revolver|handgun)|(?:car|engine)(?:'s| is)? (?:running )?in the (?:closed |shut )?garage|supplies (?:acquired|bought|purchased|gathered|ready|sorted|in hand)|(?:have|'ve got|got) (?:almost |nearly |just about )?(?:everything|what|all) i need(?: now)?(?=\s*[.!,]|\s*$)|(?:a|the) (?:place|location) (?:picked|chosen|picked out)|(?:asked for|got|requested|getting) a (?:90|ninety)-day supply|i have the bottle|i have the (?:rope|gun|pills)|(?:a|the) (?:full |whole )?bottle of(?! (?:${NOT_A_BOTTLE_OF_PILLS})\b)|leftover (?:\w+ )?(?:pills|meds|morphine|oxy\w*|painkillers)|(?:same |a |my )?(?:prescription|script)s? (?:filled )?at (?:two|three|different|another|a second) (?:different )?(?:pharmacies|pharmacy|chemists?|drugstores?)|now i have enough(?=\s*[.!]|\s*$)|so (?:nobody|no one) would (?:flag|notice|catch|question) it|sleeping pills|(?:my|the|all (?:my|the)|enough) (?:pills|meds|medication|prescriptions|tablets)|morphine|insulin|fentanyl(?! test)|oxycodone|opioids|overdose(?<!\b(?:died|dies|death|deaths) (?:of|from) (?:an? )?overdose)(?<!\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|another|her|his|their) overdose)(?! (?:this|last) (?:yr|year|month|week) for\b)|lethal(?! means)|painless|(?<!\bnever (?:held|owned|touched|fired|shot|used|had|bought|handled) )(?:a|my|the) gun|rope(?<!\bend of (?:my|the|his|her|your|our|their) rope)|end of my rope,? (?:and )?(?:bought|got|tied|have) one|noose|overpass|(?<!\b(?:cross(?:es|ed|ing)?|across|three|two|four|several|twelve|learn the|learning the|photographing|photograph|photos of|pictures of|found on a|found on the|belt out the|belted out the|belting out the|sing the|sang the|singing the|song's|chorus and the) )(?<!\bburn(?:ing|ed|t|s)? (?:any |my |our |the |those |these |all )?)bridges?|tides|the ocean(?<!\b(?:by|near|beside|at|overlooking|of|swam in|swim in|swimming in) the ocean)|train tracks|the nets|razor|blades?|bought the thing|life(?<!\b(?:took|take|takes|taking|taken) out (?:a |some |more |extra |new |(?:term|whole) )?life) insurance|interact the worst|(?<!\bbetween\b[^.!?\n]{0,40})the means|have the means|means in the house|access, a date|search history|methods|(?<!(?:afraid|scared|terrified|fear) of )heights|what the me reports|it's in the (?:house|shed|trunk|car|garage)|looks like an accident(?! waiting)|stockpiling(?! (?:pto|vacation|leave|days|sick days|snacks|coffee|toilet paper|canned|books|yarn|fabric|supplies|toner|diapers)\b)|(?<!vitamin (?:[a-z]\d? )?|fish oil |iron |birth control |allergy |hay fever )pills|revolver|pistol|firearm(?! (?:storage|safety|counseling|counselling|screening|laws?|policy|policies|training|conversations?|questions?))|(?:a|the) spot (?:picked|chosen)|spot picked out|the whole (?:prescription|bottle|pack|supply|stash)|my own means|beneficiary|exclusion (?:window|period)|suicide clause|early refills|looks? like (?:a relapse|an accident|natural causes|an? (?!happy\b)(?:\w+ )?(?:accident|mishap))(?! waiting)|death (?:to be |be |was |is )?(?:recorded|ruled|written up|logged|certified|classed) as (?:an? )?(?:accident|accidental|natural causes|misadventure)|what would a coroner\b|over the edge|(?:still have|kept|keeping) (?:what|everything|the things?|the stuff) i (?:bought|got|saved|collected|ordered)|haven't (?:restricted|locked up|gotten rid of|thrown out|given away) (?:anything|any of it|it|them)|(?:lined|lining|line) (?:them|the|my) (?:pill )?(?:bottles|pills) up|cliffs?|rifle|shotgun|handgun|quarry|took everything i had|(?:tried|attempted)\b[^.!?\n]{0,20}\b(?:didn'?t|did not) work|(?:know|found) where (?:he|she|they) keeps? the (?:key|keys|gun|pills)|planning my days around when|bought the stuff|(?:i|i've|i have) (?:own|owned|got|have) (?:the same|a|my own) (?:gun|rifle|pistol|handgun|shotgun)|sample (?:boxes|packs)|pills counted|counted (?:out )?(?:the|my) (?:pills|tablets|meds)(?! with (?:her|him|them|the client|my client))|counting (?:out )?(?:the |my )?(?:pills|tablets|meds|what i've got|what i have)|(?:if|whether) (?:it's|it is|that's|that is|it'd be|it would be) (?:actually )?enough(?=\s*[.?!,]|\s*$| these days)|tricyclics?|benzos|(?:driving|drove|drive|walk(?:ing|ed)?|went|going) (?:past|by|to|out to) (?:it|there|the (?:spot|bridge|overpass|cliffs?|edge|place|headland|tracks|quarry)) (?:again )?on purpose|lethality (?:tables?|data|charts?|figures)|benzos?|enough (?:saved|stored|stockpiled|put aside|put away)|(?:i've|i have)? ?been counting(?=\s*[.!]|\s*$)|(?:gun|rifle|pistol|shotgun)\b[^.!?\n]{0,40}\bi know the (?:code|combination)|bought (?:what|everything) i (?:need|needed)|(?:the )?insurance would (?:clear|pay off|cover)|(?:top|roof) (?:level|floor|deck) of (?:the )?(?:[\w-]+ )?(?:car ?park|parking (?:garage|structure|deck|lot)|multi-?storey)|multi-?storey|tide times|sleeping tablets|(?:nearly|almost) (?:at|have|got) enough|already bought (?:it|one|them)|train (?:line|tracks)|(?:car )?exhaust and (?:enclosed|closed) garages?|the car'?s full of petrol|(?:toxicity|toxicology|lethality|lethal (?:doses?|amounts?)|ld50|overdose (?:thresholds?|amounts?|levels?))\b[^.!?\n]{0,60}\bmy (?:own )?(?:prescriptions?|meds|medications?|pills|tablets|dose|script)|my (?:own )?(?:prescriptions?|meds|medications?|pills|tablets)\b[^.!?\n]{0,40}\b(?:toxicity|lethality|lethal (?:doses?|amounts?)|ld50|overdose thresholds?)|(?:keeping|kept|putting|put|holding|held|saving|saved|setting|set) (?:some|a few|one|two|a couple|\w+) (?:back|aside)\b[^.!?\n]{0,30}\b(?:every|each) (?:week|day|month|refill|script|prescription)|(?:pile|stash|stockpile|collection|supply)\b[^.!?\n]{0,30}\b(?:psychiatrist|gp|doctor|prescriber|partner|wife|husband) (?:doesn't|does not|don't|won't) know about|(?:bag|bags|box|bottle|tin) of (?:it|them|charcoal|pills)\b[^.!?\n]{0,30}\b(?:in|at|under) my (?:own )?(?:boot|trunk|car|garage|shed|wardrobe|drawer|bedside)|(?:know|knew) (?:exactly )?why i (?:put|keep|kept|bought|stored|hid|got) (?:it|them|that|those) (?:there|in (?:my|the) \w+)|stash (?:in|under) (?:my|the) (?:bedside|nightstand|drawer|wardrobe|bed|desk)|(?:the )?(?:whole |entire )?(?:\w+ )?bottle (?:lined up|ready|laid out|out on the (?:counter|nightstand|table))|(?:bought|buys|buying|got|gets) (?:a |the )?rope\b|it's in my (?:trunk|boot|car|glovebox|glove box|closet|drawer|bag)(?=\s*[.!]|\s*$)|it's in (?:the|my) (?:truck |car )?console(?=\s*[.!]|\s*$| and i\b|,? loaded\b)|motel room (?:is |'s )?(?:booked|paid for|reserved)|the woods (?:behind|near|by) (?:the|my) house|(?:the )?footbridge|(?:the )?contents of (?:the|my) (?:medicine|bathroom) cabinet|(?:got|have|'ve got) (?:the|my) stash|garage door (?:shuts|closes|seals)|(?:pricing|priced|shopping for|browsing) (?:a )?(?:handguns?|guns?|pistols?|firearms?)|checked the waiting period|got what i need(?:ed)? from the (?:chemist|pharmacy|hardware store|gun shop|gun store|vet)|(?:terrace|roof|rooftop|balcony) door (?:does not|doesn't|won't|never) lock|(?:the )?medicine cupboard|(?:the )?tank(?:'s| is) full|where nobody (?:drives|goes|walks|would (?:look|find me))|next to a glass of water|access to means\?\s*yes|what i need is (?:already )?(?:there|ready|waiting)(?=\s*[.!]|\s*$)|(?:the |my )?plan is (?:\w+'s (?:leftover |old |spare |saved )?|(?:the |my )?(?:leftover|old|spare|saved) )(?:pills|meds|tablets|morphine|oxy\w*|insulin|fentanyl|gun|rifle|pistol|shotgun)\b|i (?:need|want) (?:the|a) (?:number|dose|amount)\b[^.!?\n]{0,10}\bnot (?:the|a|your) (?:safety plan|lecture|hotline|crisis line)\b`,
    { repeats: true },
  ),
  // finality and farewell ("I have arranged my affairs so that this will be my last month", "I do not expect to return",
  // "Mine just happens to have a use-by date"; not a goodbye held for
  // someone: "a little goodbye ritual with the kids" for the cat, a goodbye party)
  kind(
    "crisis-farewell",
    String.raw`so (?:that )?whoever (?:inherits|takes over|gets|picks up) my (?:caseload|clients|practice|patients)|(?:thinking about|wondering|worrying about|worry about) who (?:would|will|'d|is going to|gets to) find me|(?:the|a|my) note i(?:'ve| have)? been (?:drafting|writing)\b[^.!?\n]{0,60}\bthe one i(?:'m| am) going to leave|(?:switch(?:ed|ing)|turn(?:ed|ing)) (?:my |the )?phone off after this|(?:my )?phone(?:'s| is| will be|'ll be) off after this|since it's my last (?:one|post)|while i still can(?=\s*[.!]|\s*$)|(?:hugged|held(?: onto)?) (?:my )?\w+ (?:on \w+ )?(?:a bit )?longer than usual|i think i'm ready now(?=\s*[.!]|\s*$)|i'm going now(?=\s*[.!]|\s*$)|tying (?:off|up) (?:all )?(?:the |my )?loose ends|while i (?:can|could) still (?:send|say|give|write|tell)|(?:couldn't|can't|could not) help enough|(?:i've|i have) made a decision(?=\s*[.!]|\s*$)|said (?:my|all my) goodbyes|last (?:message|post|words?) from me|last time (?:logging in|logging on|posting|on here)|things? you do at the end|last time i(?:'ll| will) (?:ever )?(?:get to )?(?:say|tell|see|hug|hear|thank)\b[^.!?\n]{0,40}\b(?:any of them|anyone|everyone|all of them|any of you|anybody|them all)|(?:drafted|wrote|written|finished) (?:the|my) note(?=\s*[.!,;]|\s*$| (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|last night|yesterday|this (?:morning|week|weekend)|tonight)\s*[.!,;])|i'll (?:just )?(?:leave|be gone|slip away)(?=\s*[.!]|\s*$)|made (?:my )?peace with (?:dying|leaving|going|not being here|my decision|it all ending)|(?:i've|i have) made (?:my|the) decision|(?:feel|feeling|felt) (?:so |very |strangely |oddly )?(?:peaceful|calm) about (?:it|my decision|the decision)|(?:i'm|i am|i'll be) (?:finished|done) with (?:everything|it all|all of it)|that's it for me|the last (?:\w+ )?thing i(?:'ll| will|'m going to| am going to) (?:ever )?do|(?:grateful|glad|relieved|thankful) (?:that )?it's (?:almost|nearly) over|(?:easier|lighter|calmer) (?:when|now that|since|once) (?:you|i) know (?:there's|there is) an end(?: date)?|(?<!\b(?:records?|files?|professional will|retir\w+|leave|vacation|holiday|practice)\b[^.!?\n]{0,80})(?:after|once|when) i'm gone(?! (?:on|for|to|next|this|over|from)\b)|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|weekend)\b[^.!?\n]{0,40}[.!?]\s+decided(?=\s*[.!]|\s*$)|(?:^|[.!?]\s+|\bi (?:just |finally |have |'ve )?)decided[.!]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|this weekend)\b|i won't be (?:here |around )?for (?:much|very) longer|i won't be (?:here|around) (?:much|very) longer|is the (?:day|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday) i'm (?:done|gone)|(?:please )?don't (?:try to |come )?(?:find|look for) me|finally decided(?=[.!])|doesn't matter after (?:next|this|tonight|tomorrow|friday|the)|everything is in order|everything's in order now(?=\s*[.!]|\s*$)|affairs (?:are )?in order|(?:do not|don't) expect to (?:return|come back)(?=\s*[.!]|\s*$)|(?:it's|it is) the last time (?:i|you)(?:'ll| will) get to(?=\s*[.!]|\s*$)|(?:mine|my \w+) (?:just )?(?:happens to have|has) (?:a|an) (?:use-by|expiry|expiration|sell-by) date|(?:arranged|sorted|settled|organi[sz]ed) (?:all )?my affairs|so (?:that )?(?:this|it) will be my last (?:month|week|weekend)(?=\s*[,.!]|\s*$)|last loose end|loose ends (?:are )?tied up|nobody inherits|goodbye(?! (?:ritual|rituals|party|parties|card|cards|lunch|drinks|dinner|gift|cake|ceremony|do|speech|visit|hugs?)\b)|my goodbye (?:dinner|lunch|visit|hugs?)\b[^.!?\n]{0,60}\bthey think\b|last post|this is the last|my choice|(?:i've|i have|already) decided(?! (?:to (?!(?:stop|go|do it|end it|leave)(?:\s*[.!]|\s*$| (?:waiting|trying|fighting|pretending|now|tonight|soon)\b))|on|against|what|which|how|whether|who|where|didn't|doesn't|don't|wasn't|was|wouldn't|would|isn't|matters?|mattered|is|that next|that this|next (?:week|month|year))\b| (?!(?:this|that|it|now|today|tonight)\b)\w+ (?:is|are|was|were|isn't|needs|deserves)\b)|not the kind of leaving|if i don't (?:post|come home|come back|make it|wake up)|won't be (?:around|here)|(?:don't|do not) (?:plan|expect) (?:on|to) be(?:ing)? (?:around|here)|not planning to renew|one last|be kinder to yourselves|grateful\. really|take care of (?:each other|yourselves|your clients)|(?:i don't think|not sure) i'll (?:be|stick|stay) (?:around|here)|not planning to (?:renew|continue|be)|that's when i'll do it|i'm done\.|told (?:them|everyone|her|him|people) it(?:'s| is| was) [\w ]{2,30}\. it (?:isn't|wasn't|is not)|won't be posting|not be posting|goodbye everybody|goodbye everyone|i am finish|don't be sad for me|don't be like me|it's been a good run|final lessons|for after|what date to put|i'm going to do it|just do it|that's when i'll do it|have decided?|at peace|end date|(?:once|after) you've decided|that was the last thing\.|the last thing (?:on the list|i wanted to do right)|i can go now(?=\s*[.!]|\s*$)|everything's ready|permanent (?:vacation|sleep|nap)|nobody (?:drags|brings|pulls) me back|never felt (?:calmer|so calm|more at peace|so peaceful|lighter)|choos(?:e|ing) the long sleep|everyone i'?m leaving behind|not long now|i(?:'ve| have) already decided(?=\s*[/.!]|\s*$)|i'?m done now(?=\s*[.!]|\s*$)|before i go\b(?! (?:on|to|into|away|home|back|out|for|in|off|up|down|through|over)\b)|last thing i'?ll ever|my last (?:week|day|month) of (?:anything|everything)|last time pretending|said goodbye to (?:all )?my (?:\w+ )?clients|at peace with (?:[\w ]{0,30}and with )?leaving|hugged every (?:single )?(?:person|one of them|colleague)|(?:i'll|i will|i'm going to|going to) go quietly|see you never|(?:the )?(?:big|final|last|permanent) (?:log[- ]?off|sign[- ]?off)|(?:writing|written|wrote|write) (?:my |the )?goodbyes|goodbye to everyone without (?:having to )?say(?:ing)? it|take care of (?:mum|mummy|mom|mommy|mam|mother|dad|daddy|father|the kids|the children|my \w+) if anything (?:should |were to |was to )?happen(?:s|ed)? to me|i (?:said|told (?:her|him|them)) indefinitely(?=\s*[.!]|\s*$)|(?:wrote|written|writing) (?:a |the )?(?:note|letter)s?\b[^.!?\n]{0,40}\b(?:one )?for everyone else|a letter (?:to|for) each of (?:my|the)|(?:you )?won't be able to (?:ring|call|reach|contact) me|(?:written|wrote|writing) letters (?:for|to) (?:all|each|every)(?: (?:of them|\w+))?(?=\s*[.!]|\s*$)|(?:left|leaving|leave) the keys and the letters`,
    { repeats: true },
  ),
  // the author gone, said of someone else or with no subject: "It was goodbye.", "this is the end.", a pet's next owner,
  // the last client to see them, "love you all", "it's not anyone's fault" (not the film's line: "cried at good will
  // hunting again. its not your fault."), "no follow-up scheduled", "they'll never
  // see the rest of that loan"
  kind(
    "crisis-farewell",
    [
      "the note for (?:\\w+ ){0,3}is (?:already )?written|with (?:their|his|her) names? on (?:the front|them|it)|(?:none of (?:what happens|this|it) (?:next )?is|this isn't|it isn't|it's not) on you(?=\\s*[.!]|\\s*$)|thinks i'm (?:just )?being (?:organized|organised|thorough|responsible)|(?:cat|dog|pets?|rabbit) has somewhere to go|(?:says|said|say) it wasn't the job|one-time solution|bill a dead (?:woman|man|person|guy)|none of (?:it|this) (?:is|was) (?:their|your|anyone's|his|her) fault|when they hear(?=\\s*[.!]|\\s*$)|follow-up:? none(?: needed)?|get over losing me|not with me alive|deserves? to get (?:that|the|her|his|their) (?:time|life|years) back|(?:everyone|they|she|he|people|my \\w+) thinks? i'm (?:just )?decluttering|goodnight,? (?:everyone|everybody|all|board|friends|folks)|(?:you're|you are|you were) the only (?:people|ones|place) (?:who|that) (?:knew|know)|never see the rest of (?:that|the|my|this) (?:loan|debt|mortgage|money|student loans?)|(?:this|it) is the end(?=\\s*[.!]|\\s*$)|it was (?:a )?goodbye(?=\\s*[.!]|\\s*$)|(?:someone|somebody|people|an owner|a family|a home) (?:who's|who is|who will be|who'll be|that's|that will be) (?:going to be )?around|the last (?:one|person) (?:who|to) (?:saw|sees|see|talk(?:ed)? to|spoke to) (?:me|something)|bye (?:everyone|everybody|all|y'all|friends|folks)|(?:they'll|they will|everyone will|you'll|she'll|he'll) understand (?:later|one day|eventually|why)|(?:it's|it is) the last thing(?=\\s*[.!]|\\s*$)|really goodnight|goodnight for good|(?:when|once|after) i'm not (?:around|here) to|won't be back (?:on|here)|anywhere anyone can follow|where (?:no one|nobody) can follow|(?:(?:won't|will not|wouldn't) )?(?:be )?the ones? (?:to|who) find me|(?:the|my) note (?:will be|'ll be|is) on the|it'll be on the (?:kitchen )?table|(?:i have|i've) made (?:the |my |all the |all my )?arrangements|(?:begun|began|started|been|am|i'm) making my (?:final )?arrangements(?=\\s*[.!,;]|\\s*$)|(?:so (?:that )?)?(?:nobody|no one|no-one) (?:has|needs|will have) to (?:be the one to )?find me|the kind you leave|nothing (?:on the calendar|booked|planned|scheduled) after|the last thing i (?:was|am|'m) waiting for|everything(?:'s| is) sorted(?=\\s*[.!]|\\s*$)|sorry i (?:couldn't|could not|can't|cannot) stay|love you all|(?:it's|its|it is) not (?:your|anyone's|anyones|anybody's|anybodys) fault(?<!\\bgood will hunting\\b[^\\n]{0,60})|last lights? (?:off|out)|no follow-?up (?:scheduled|booked|planned|needed)|not coming back (?:this time|from (?:it|this|there))|it (?:wasn't|was never|isn't|was not) (?:you|your fault|anything you did)|sorry about the timing|never get to explain|none of this is (?:yours|your fault|on you)|goodbye,? (?:you lot|all of you|all|everyone|everybody|friends|folks|y'all)|last [^/\\n]{1,30}/ ?last [^/\\n]{1,30}/ ?last|(?:^|[.!?]\\s+)goodbye(?=\\s*[.!]|\\s*$)|(?:good)?bye,? closed door|(?:bought|gave) me (?:a couple of |a few |some )?(?:extra )?(?:years|time)|(?:i do )?love you lot|look after each other|that was (?:the|my) goodbye|(?:the )?(?:dog|cat|pets?) goes to|everything else is sorted",
      // "for whoever waters after me", "saying my goodbyes", "whatever little time there is left"
      String.raw`for whoever \w+ after me`,
      // a last visit kept secret, a note read after: "though she doesn't know it was the last", "By the time anyone I
      // work with reads this, if they ever do, I'll be gone."
      String.raw`(?:doesn't|don't|didn't|does not|do not|did not) know (?:it was|it's|it is|this is|this was) (?:the|my|our) last\b|by the time (?:anyone|you|they|someone|people)\b[^.!?\n]{0,30}\breads? this\b[^.!?\n]{0,30}\b(?:i'll be|i will be|i'm) (?:gone|dead|long gone|not here)\b`,
      // a handover, a last visit: "I couldn't tell her it was meant to be final"
      String.raw`(?:was|is|it's) meant (?:to be final|as a goodbye)(?=\s*[.!,;]|\s*$)`,
      "saying my goodbyes",
      "(?:whatever|what) (?:little )?time (?:there is|there's|i have) left",
      "probably the (?:best|last) one i'll (?:have|get|see)",
      // who is told not to blame themselves, goodbyes written, thanks said to everyone
      String.raw`please (?:don't|do not) blame yourselves(?=\s*[.!]|\s*$)`,
      String.raw`nothing (?:anyone|anybody|you) (?:here )?(?:said|did|could have (?:said|done))\b[^.!?\n]{0,30}\bwould have changed (?:it|this|anything)`,
      String.raw`(?:might|will|may) see this after(?:wards)?(?=\s*[.!,]|\s*$)`,
      "(?:everyone|everybody) i (?:wanted|needed|want|need) to thank",
      "(?:writ(?:e|es|ing|ten)|wrote) (?:my |the |some |all (?:my|the) )?goodbyes",
      "no coming back (?:from|after) (?:this|it|that)",
      // "Goodbye, all", "the last thing I'll write", "I'm finished now", "last one, period"
      String.raw`(?:had|has) nothing to do with (?:them|you|him|her)(?=\s*[.!]|\s*$)`,
      "(?:the )?last thing i(?:'ll| will) (?:ever )?(?:write|post|say)",
      String.raw`i'm finished now(?=\s*[.!]|\s*$)`,
      "last one,? period",
      // a note written and said to be no work's note: "Wrote a note. Not a progress note."
      String.raw`(?:wrote|written|writing|finished) (?:a|the|my) note\b[^\n]{0,12}\bnot (?:a|the|my) (?:progress|case|clinical|session|soap|dap|birp|discharge|therapy) note`,
      // "Hope my custodian forgives me for what she'll find on Monday"
      "forgives? me for what (?:she|he|they|you|someone|whoever)(?:'ll| will| is going to| are going to) (?:find|see|walk in on)(?! in (?:my|the|our) (?:notes|files|inbox|desk|charts?|records|office|audit|drafts|fridge|sink|garage|attic|basement|shed|loft|cupboards?|closet|freezer|house|yard|garden))",
      // letters to family said to be ready, and nothing mattering soon: "The letters for my family are written and in the
      // glovebox", "none of it will matter much soon"
      String.raw`(?:letters?|notes?) (?:for|to) (?:my|the) (?:family|kids|children|wife|husband|partner|parents|mum|mom|dad|sister|brother|son|daughter|girls|boys)\b[^.!?\n]{0,20}\b(?:are|is|were|was) (?:all )?(?:written|done|finished|sealed|ready)`,
      String.raw`(?:^|[.!?]\s+|\banyway,? )none of (?:it|this) (?:will|'ll) matter (?:much |for long )?soon(?=\s*[.!;]|\s*$)`,
    ].join("|"),
    { repeats: true, impliesTheAuthor: true },
  ),
  // a burden, and the others better without the author
  kind(
    "crisis-burden",
    String.raw`(?:i'm|i am) (?:a|the) (?:weight|millstone|anchor|albatross) (?:around|round|on) (?:my|their|his|her) (?:\w+(?:'s)? )?neck|(?:looks?|looking|sounds?|sounding) like a gift|(?:kinder|better|more) than i (?:deserved|deserve)(?=\s*[.!]|\s*$)|(?:i'm|i am|i've become|i feel like) (?:such )?a burden|cost-benefit on myself|(?:came|come) out on the wrong side|if i (?:was|were) gone|once i'm gone|when i'm gone|one less thing to carry|the only thing in the way is me|better off|take myself out|if i (?:weren't|wasn't|were not|was not) here|(?<!\b(?:started|start|starts|went|go|goes|going|eat|ate|eating|left|carried on|to end|did fine|was fine|lit \w+(?: \w+){0,4}|(?:survived|survives|survive|coped|copes|managed|manages|ran|runs)(?: [\w-]+){0,3}) )without me(?! (?:there|present|in the room|on the call|for (?:a|two|three|\d+) (?:week|day|month)s?|asking|noticing|knowing|having to|saying (?:a word|anything)|realizing|realising|prompting|reminding|telling (?:them|her|him)|pushing|nagging)\b)|do more for them|carrying me(?! (?:through|along|forward|on))|out of (?:everyone's|their|your) way|a mercy|would adjust|checks out|managing me|worrying about me|easy for them|easier for them|get all that \w+ back|(?:getting|get) out of the way(?<!\bhad to (?:getting|get) out of the way)|(?:he'd|she'd|they'd|would) be free|be free of|a weight (?:he|she|they|everyone)|i'm the thing that's wrong|doing them a favor|than with me|one less|better if i|better (?:like this|this way) for everyone|favou?r by|(?:have|need|having) to carry me|stop taking up space|(?:no one|nobody|no-one) (?:would|will|'d|'ll) (?:really |even )?miss me|i'?m the problem in every|(?:kindest|best) thing (?:is|would be|i can do is|i could do is) (?:to )?(?:stop|go|leave|disappear)|(?<!\b(?:it|that|this|thing|has been|have been|had been|is|was|are|were) )dead weight|deserves? (?:someone|somebody) (?:who isn't|who is not|better than me)|i'?m (?:such )?a (?:drain|liability|dead weight)|worth more (?:to (?:them|him|her|everyone|my family|my kids) )?(?:gone|dead)|save (?:them|him|her|everyone) the (?:resentment|trouble|bother|hassle|cost)|deserves? (?:a|an) (?:\w+ ){0,2}(?:who isn't|who is not)|i'?m the burden|(?:lift|take) (?:it|myself|the burden|that weight) off (?:them|him|her|everyone|all of them)|if i (?:vanished|disappeared|died)\b|(?:would|'d|will|could) (?:finally )?(?:get|have) (?:some )?(?:peace|rest|relief)(?! and quiet)|being (?:something|someone|a (?:weight|load|burden)) (?:people|they|everyone|others|my \w+) (?:have|has|had) to carry|(?:going to|gonna|'ll|will) stop making (?:them|him|her|everyone|people)(?=\s*[.!]|\s*$)|worth more (?:to (?:him|her|them|my \w+) )?(?:dead|on paper|gone|than (?:alive|in person))|(?:clear|pay off) the mortgage with the (?:payout|insurance|life insurance)|(?:better|easier|lighter|fine) without the (?:weight|burden) of me|nobody would (?:notice|miss) the difference|(?:they'd|they would|he'd|he would|she'd|she would|everyone would|they'll|they will) (?:grieve|cry|be sad|mourn|miss me)(?: for)?(?: a (?:bit|while|little while|year|few weeks|few months))?,? (?:and )?then (?:they'd |they would |they'll )?(?:finally )?(?:get to )?(?:breathe|move on|be free|heal|be better off|relax|live|be okay|be fine)\b|(?:done|run|ran|did) the (?:sums|math|maths|numbers) (?:for|on) (?:myself|me)\b(?<=\b(?:worth more|policy|payout|life insurance|beneficiar\w*)\b[^\n]{0,300})|my replacement value|(?:little|young|small) enough (?:that )?(?:they'd|they would|they'll|they will|she'd|he'd) (?:barely|hardly|never|not) remember`,
    { repeats: true },
  ),
  // no way forward
  kind(
    "crisis-burden",
    String.raw`(?:no|some|any) future version of me (?:worth|that's worth|i'd want)|tired of pretending there'?s (?:a |some |any )?(?:future|point)|i won't be needing any of (?:it|them)\b|i won't be needing (?:it|this|them|one)(?= after| anymore| much longer| long|\s*[.!]|\s*$)|left it blank|been blank for|(?:i |(?<=[,;]\s?))(?:won't|will not) need (?:one|it|them)(?= long| much longer| anymore| after| past|\s*[.!]|\s*$)|reasons (?:for|to) (?:living|live)[^.!?\n]{0,40}\b(?:blank|empty|nothing|none)|(?:a|the) future i'm not (?:going to be )?in|future i won't be (?:in|around for|part of)|done waiting for (?:better|it to get better|things to get better|it to pass)|running out the clock|nothing (?:is going to|will ever) get better|my will to live is (?:(?:at|about|around|maybe|like|roughly|currently|now) )*(?:a )?(?:[0-3](?:/10| out of (?:10|ten))?|zero|nil|gone|non-?existent)\b|no future|no version of|out of (?:ideas|reasons|mine|options)|looking forward to it(?<!\b(?:tomorrow|day|weekend|holiday|trip|week|party|dinner|vacation|break|session|concert|game|wedding|visit)\b[^\n]{0,40}looking forward to it)|stop trying|not trying anymore|(?:no|don't see a) way (?:out|this gets better)|tired forever|keep trying(?! to (?:do|be|get|make|help|find|figure|learn|teach|remember|work|say|tell|explain|reach|call|write)\b)|out of stock|less passive|done pretending(?! otherwise\b)|can't picture myself|nothing there|no more way forward|what's the point|nothing works|stopped wanting|going through the motions|(?:not going to|won't) try anymore|tired of trying|(?:tired|sick) of existing|done existing|(?:can't|cannot|don't) see (?:a|any|one|a single) reason to (?:keep|go|live|stay|be|get)|i'm running out(?=\s*[.!]|\s*$)|(?:not|n't) planning on (?:a |the )?next (?:year|month|week|summer|christmas|birthday)|(?:it|that|dying|death|the thought|the idea) (?:doesn't|does not|no longer) scares? me|there (?:won't|will not) be an after(?![\w-])|permanently unavailable|(?:left|leaving|kept|keeping) (?:everything|the (?:calendar|diary|schedule)|my (?:calendar|diary|schedule))(?: after (?:that|it|then|\w+))? (?:blank|empty|clear)|(?:a )?version of me (?:that|who) (?:isn't going to|is not going to|won't|will not|isn't|doesn't) (?:exist|be here|be around)|days (?:i've|i have) (?:got )?left|nothing (?:in|on) my (?:diary|calendar|schedule) after|(?:there'?s )?nothing after (?:this|next) (?:weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday) for me|and not one after|nothing (?:left )?to hold on (?:for|to)|(?:it|things|this) (?:isn't|is not|aren't|are not|won't|will not) (?:going to )?get(?:ting)? better\b|exhausted from pretending`,
    { repeats: true },
  ),
  // harm to oneself
  kind(
    "crisis-self-harm",
    String.raw`wide (?:leather )?(?:band|strap)\b[^\n]{0,40}\b(?:not (?:for|because)|that's the point)|(?:gauze|butterfly closures|steri-?strips|bandages|dressings)\b[^.!?\n]{0,60}\bthan (?:anyone|a person|i) (?:\w+ ){0,5}should need|burn(?:ed|t|ing)? my (?:forearms?|arms?|hands?|wrists?|thighs?) on the (?:stove|stovetop|hob|iron|kettle|oven)|(?:taped|bandaged|wrapped) up under my sleeve|(?:should have|should've|probably needed|needed) (?:had |gotten |got )?stitches|go home and do worse|(?:went|go|going) (?:back )?(?:to|into) the bathroom with (?:the|a|my) (?:blade|razor|knife)|(?:forearms?|arms?|thighs?|wrists?|legs?) (?:are|is|look like) (?:basically |practically |literally )?a (?:road ?map|map|ladder|barcode)|(?<!\b(?:we|you|they|people|we just|you just) (?:get|got|getting) )(?:good|better) at (?:long )?(?:cardigans|long sleeves|hiding (?:it|the marks|the scars))|(?<!\b(?:we|you|they|people|we just|you just) (?:get|got|getting) )(?:good|better) at hiding them|(?:scrubs|sleeves|cardigans?|jumpers?|hoodies?|socks|turtlenecks?|high[- ]necks?)\b[^\n]{0,60}\bnot a (?:style|fashion) choice|scratch(?:ed|ing)? (?:till|until|'til) (?:it|they|i) (?:bled|bleeds?)|(?:compass|blade|razor|safety pin)(?: point)? (?:on|to|into|against) my (?:arm|wrist|thigh|leg|skin|forearm)s?\b|my (?:own )?(?:wrists?|arms?|forearms?|thighs?|legs?|hips?|stomach) (?:are|is) (?:covered in|full of) (?:fresh|new) (?:ones|cuts|marks|burns|scars)\b(?! (?:from|after|when|while|because)\b)|(?:fresh|new) (?:cuts|marks|burns) (?:all over|on both|on) (?:my )?(?:wrists?|arms?|forearms?|thighs?|legs?|hips?|stomach)\b(?! (?:from|after|when|while|because)\b)|(?:new|fresh) (?:mark|cut|burn|wound)s? (?:on|under|beneath) my (?:wrists?|arms?|forearms?|thighs?|legs?|hips?|sleeves?|watch(?: strap)?|cardigan|jumper|sweater|hoodie|shirt|scrubs|tights|jeans|clothes|uniform)(?! (?:from|after|when|while|because)\b)|first aid kit\b[^\n]{0,80}\b(?:isn't|is not|it's not|not|aren't) (?:there )?for (?:the |my )?clients|(?:marks|cuts|burns|scratches|scars|bruises) on my (?:arms?|forearms?|wrists?|legs?|thighs?|stomach|hips?|skin|ribs) (?:are|is) (?:new|fresh|back|recent)(?![^.!?\n]{0,20}\bfrom\b)|(?:new|fresh) (?:marks|cuts|burns|scratches) on my (?:arms?|forearms?|wrists?|legs?|thighs?|stomach|hips?|skin|ribs)(?! from)|pick(?:ing|ed)? (?:at )?(?:my |the )?(?:old )?(?:scars|scabs|wounds|cuts)(?: open)? (?:until|till|'til|til) (?:they|it) bleeds?|punish(?:ing|ed)? myself by (?:not eating|starving|skipping meals|cutting|burning|hurting myself|scratching)|(?:self[- ]harm|cutting|burning) urges (?:are|were) back|(?:clean|free) (?:from|of) (?:self[- ]?harm|cutting|burning)\b[^.!?\n]{0,40}\b(?:i |and i )?relapsed|(?:and|then) cut(?= *(?:[.!,;]|$| again| myself))|to the bathroom and (?:cut|burned|hurt myself)|relapsed on (?:the )?(?:burning|cutting|scratching|hitting|self[- ]harm)|(?:slammed|burned|cut|hit|punched|scratched|banged) my (?:\w+ ){0,2}(?:hand|arm|head|fingers|leg|wrist)[^.!?\n]{0,40}\bon purpose|(?:scratched|cut|burned|burnt|hit|punched|banged) my (?:own )?(?:arms?|forearms?|head|wrists?|legs?|thighs?|skin|hands?|stomach|hips?|ankles?)\b${NOT_SELF_HARM}|(?:cut|burned|burnt) (?:myself )?(?:in|at) the (?:staff |work |office )?(?:bathroom|restroom|office|car)|hurt(?:ing)? myself|(?<=\b(?:arms?|forearms?|skin|legs?|thighs?|wrists?|hands?|knuckles|fingers) )raw|until (?:it bled|i bled|i saw (?:stars|spots)|i (?:couldn't|could not) see)|(?:hid(?:e|es|ing)?|cover(?:s|ing)?(?: up)?) (?:my |the |new |fresh )*(?:self[- ]harm )?(?:cuts|burns|forearms|wrists|thighs|scars)|(?:bruised|bruises|bleeding|burned|burnt|scarred|marked up) from (?:hitting|cutting|burning|punching|scratching|hurting) (?:it|them|myself) (?:every|each|again|on purpose|most)|free of (?:self[- ]harm|cutting|burning)\b[^\n]{0,40}\b(?:broke|lost|ended|reset) (?:it|that|the streak|my streak)|cuts are getting deeper|getting deeper|butterfly strips|knuckles split|with my own head|want to hurt more|long sleeves in (?:july|august|june|summer)|(?:wearing|wore|i wear|i'm wearing) (?:long sleeves|cardigans?|jumpers?|hoodies?) in (?:\d+|thirty|forty)[- ]?degree|new (?:red |fresh )?(?:ones|cuts|marks|burns) (?:under|over|beside|next to) (?:them|the old)|my arms? (?:is|are) a mess|(?:burning|cutting|carving|burned|burnt|carved) myself with (?:a |the )?(?:lighter|cigarette|match(?:es)?|razor|blade|knife|compass|scissors)|(?:burning|cutting|carving) myself(?! (?:on|while|shaving|cooking|making|by accident|accidentally))|(?:burn|burning|burned|burnt|scratch|scratching|scratched|stab|stabbing|stabbed) myself(?! on\b| (?:making|cooking|baking|ironing|taking)\b)|(?:punch(?:ed|ing)?|hit(?:ting)?|slam(?:med|ming)?|bang(?:ed|ing)?) (?:the |a |my )?(?:walls?|door ?frames?|doors?|desk|steering wheel|mirror|head)\b[^\n]{0,80}\b(?:on purpose|deliberately)|punching walls|knuckles (?:are |were )?(?:wrecked|bloody|bleeding|split|raw|busted)|scratch(?:ing|ed)? (?:my|her|his) (?:skin|arms?|forearms?|legs?|thighs?|wrists?) (?:raw|until (?:it|they) bleeds?|bloody)|(?:stick|sticking|stuck|jab|jabbing|jabbed|dig|digging|dug) (?:a |the |my )?(?:compass|pin|needle|pen|blade|safety pin|nails?|fingernails?)(?: point)? into my (?:thigh|arm|leg|hand|palm|skin|wrist|forearm)s?|(?:press|pressing|pressed) (?:a |the |my )?(?:compass|pin|needle|pen|blade|safety pin|nails?|fingernails?)(?: point)? into my (?:thigh|arm|leg|palm|skin|wrist|forearm)s?|(?:on purpose|deliberately) as (?:a )?punishment|as (?:a )?punishment (?:for|to) myself|(?:it's|it is) self[- ]harm,? i know|scratch(?:ing|ed)? my (?:skin|arms?|forearms?|legs?|thighs?|wrists?) (?:till|'til|til) (?:it|they) bleeds?|starv(?:ed|ing|e) myself\b[^.!?\n]{0,40}\b(?:on purpose|to feel|as (?:a )?punishment)|made myself (?:sick|throw up|vomit)|cut for the first time (?:since|in)|long sleeves\b[^.!?\n]{0,30}\b(?:heatwave|heat wave|summer|in the heat)|press(?:ed|ing)? my (?:forearm|arm|hand|wrist|skin|palm) (?:against|on|to) (?:the )?(?:kettle|iron|stove|hob|radiator|lighter|oven)|(?:used|use|using|took|take) (?:a |the |my )?(?:box cutter|razor|blade|knife|scissors|compass) on my (?:thigh|arm|forearm|leg|wrist|skin|stomach)s?|(?:clean|free) (?:from|of) (?:self[- ]?harm|cutting|burning)\b[^.!?\n]{0,40}\b(?:i |and i )?(?:broke it|slipped)|scratch(?:ing|ed)?(?: \w+){0,2} (?:until|till) (?:i|it|they) bleeds?|(?:burning|cutting|scratching) my (?:own )?(?:arms?|forearms?|wrists?|legs?|thighs?|skin|hands?|stomach)|keep(?:ing)? my (?:forearms|wrists|thighs|scars|cuts) (?:out of (?:frame|sight|view)|covered|hidden)|(?:razors?|blades?)\b[^.!?\n]{0,60}\b(?:not|none of (?:them|it)|never)\b[^.!?\n]{0,30}\b(?:near|for|on) my (?:face|legs|beard|chin)|(?:holding|held|hold|put|putting) my (?:wrists?|hands?|arms?|forearms?) (?:over|under|against|on|in) (?:the )?(?:kettle|steam|stove|hob|flame|lighter|candle|hot water|boiling|iron)|(?:banging|banged|hitting|hit|punching|punched|smashing|smashed) my (?:head|fists?|arms?|legs?|thighs?) (?:on|against|into) (?:the )?(?:bathroom|bedroom|kitchen|car|office|shower) (?:wall|door|mirror|tiles)|(?:years|months|weeks|days) (?:clean|clear|free) (?:of|from) (?:self-?harm|self-?injury|cutting|nssi)\b[^.!?\n]{0,30}\b(?:and|but|until|then) (?:i )?(?:undid|broke|relapsed|lost|ended|threw|blew)|relapse (?:of|into) (?:nssi|self-?harm|self-?injury|cutting)|cut (?:deeper|too deep|too deeply) than i (?:meant|wanted|intended|planned)|(?:until|till) the skin (?:breaks|broke|bleeds|bled|splits|split)|(?:watch ?band|sleeves?|bracelets?|cuffs?)(?:'s| has| have| is| are)? (?:been )?(?:hiding|covering) (?:the |my )?(?:bandages|cuts|marks|scars|burns|wounds)|(?:press|pressed|pressing|hold|held|holding|put|putting) (?:the |a )?(?:lighter|cigarette|match|flame) (?:to|against|on|into) (?:the inside of )?my (?:wrists?|arms?|forearms?|thighs?|skin|hands?)|blades? (?:in|hidden in|kept in) (?:the |my )?(?:makeup bag|wash ?bag|drawer|pencil case|wallet|purse)|(?:resumed|restarted|started again|back to) (?:self-?injury|self-?harm|self-?harming|self-?injuring|cutting)|(?:i am|i'm) injuring myself|conceal(?:ing|ed) the (?:wounds|cuts|burns|injuries)|(?:put|take|took|taking|putting) it (?:out )?on my skin`,
    { weight: 2 },
  ),
  // putting affairs in order
  kind(
    "crisis-preparation",
    // bills set so that nothing lapses "after", the pets' care written down, who gets what, the journals gone, the dog already
    // somewhere else, every standing appointment cancelled for good
    String.raw`so (?:that )?nothing (?:lapses|bounces|goes unpaid|gets missed) (?:after|afterwards)(?=\s*[.!,;]|\s*$)|(?:the|my) (?:dog|cat|pets?)(?:'s|s') (?:vet records|meds|medication|feeding schedule|routine|instructions)|who gets what|(?:shredded|burned|burnt|destroyed|threw out) (?:\w+ ){0,3}(?:journals?|diaries|diary|notebooks)|cleared (?:my )?(?:browser|search|browsing) history|(?:(?:the|my) (?:dog|cat|dogs|cats|pets?) (?:is|are)|(?:dog|cat)'s|(?:dogs|cats)'re) (?:already )?(?:at|with) (?:my|a|the) \w+|cancel(?:led|ed|ling)? (?:all |every )?(?:of )?(?:my )?(?:\w+ )?(?:sessions?|clients?|appointments?)\b[^.!?\n]{0,80}\b(?:and|or) (?:everything|every \w+|all) (?:after|beyond)\b|(?:sorted|found|arranged|organised|organized) (?:the |my )?(?:cat|dog|pets?|rabbit)(?:'s|s')? (?:a )?(?:new )?(?:home|owner|family)(?! for the (?:weekend|week|holidays?|trip))|(?:the|my) (?:dog|cat|dogs|cats|pets?|rabbit) (?:is|are) (?:spoken for|taken care of|going to (?:my|a|the) \w+)|(?:if|in case) (?:something|anything) (?:happens|happened|were to happen) to me|prepaid (?:my |for my )?(?:own )?(?:cremation|funeral|burial|plot)|pric(?:ed|ing) out (?:my )?(?:own )?(?:cremation|funeral|burial)|my own (?:funeral|cremation|eulogy|obituary)|gave (?:my|our|the) (?:dog|cat|pets?|bird|rabbit|fish) (?:to|away)|cancel(?:led|ed)? (?:all |every )?(?:my )?(?:sessions?|clients?|appointments?) (?:for|after) (?:next|the)\b|scheduled (?:it|a text|an email|the email|the text|the message) to (?:send|go out|turn on)|take care of (?:the|my) (?:cat|dog|kids|plants|fish)|left (?:my|all my) (?:\w+ ){1,3}with (?:my|a|the) (?:nephew|niece|sister|brother|friend|neighbou?r|son|daughter|mom|dad|cousin|coworker|colleague)|giving away|gave away|found (?:a |her |him |them )?(?:good |new |loving |forever )?home for|rehom\w+|transfer plan|transfer notes|closing summaries|on a delay|labeled the keys|left instructions|(?:the|my) letters|wrote (?:the )?letters|mailed them|(?:my|a) will(?! to live\b| of\b| power\b)|passwords|closed out(?! (?:my|the|a|an|our|this) (?:\d+\w* |first |last |final )?(?:session|note|chart|day|week|month|year|quarter|shift|group|books|intake|claims?|billing)s?\b)|everything is closed|nobody is in an acute|moved my \w+ intakes|license will lapse|so nobody has to ${SEEN_TO_FOR_ME}|for planning|cleaned the whole(?! (?:kitchen|bathroom|fridge|oven|car|garage|office|house out of)\b)|drafted an email(?! to (?:the|my|our|a) (?:director|boss|manager|supervisor|team|board|landlord|insurer|clinic|practice|agency|school|department|admin|hr|ceo|council|union)\b)|every password|spare key|(?:an|the) envelope(?<!\bback of (?:an|the) envelope)|packed (?:his|her|their) (?:food|things)|take my (?:cat|dog|pets?)|decluttering|hand them over|outfit i'll be buried|written letters to|blocked my calendar|deleted (?:my )?(?:instagram|facebook|twitter|linkedin|accounts|profiles?)|took down (?:the|my) (?:practice )?(?:site|website|profile)|(?:got|signed|filed|have) a dnr|organ donor|scheduled (?:an? )?(?:email|text|message|post)\b|for afterwards?\b|(?:close|closes|closing|finish|wrap up|handle|deal with) my (?:charts|notes|practice|accounts|files|affairs|caseload) after\b|so (?:someone|somebody) can (?:close|finish|handle)|giving (?:things|stuff|my things|it all|everything) away|(?:started|begun|beginning) to prepare\b|(?:bringing|brought|packed|packing) everything i(?:'ll)? need|(?:won't|will not) have (?:a|any) mess to deal with|gave (?:away )?my (?:guitar|piano|violin|records|vinyl|bike|watch|ring|jewell?e?ry|camera|paintings|tools) to|gave (?:my \w+ )?my (?:car keys|jewell?e?ry|watch|rings?|guitar|piano)|rehomed (?:my|our|the) (?:dog|cat|pets?|rabbit|bird|fish)|paid off (?:the|my) (?:credit cards?|debts?|loans?|car)|without giving (?:a|any) reason|the list is (?:almost |nearly )?(?:done|finished|complete)|(?:one|a letter) for each of (?:the |my )?(?:kids|children)|sealed (?:them|the letters|the envelopes?)|the last piece(?=\s*[.!]|\s*$)|only one thing left to do|moved my savings to|(?:won't|will not) have to (?:deal with|clean up) (?:a|any|the) mess|what i'?ll leave in the car|giv(?:ing|e|en) (?:my|all my) (?:books|things|stuff|records|clothes) away|(?:one|a letter) to each of (?:the |my )?(?:kids|children)|(?:wrote|writing|written) (?:myself|my own) (?:a )?discharge summary|(?:an )?envelope with (?:mum's|mom's|my \w+'s|her|his) name on (?:it|the front)|paid (?:the |my )?[\w ]{0,20}a year in advance|(?:voice )?(?:memos?|recordings?|videos?|messages?|letters?) for (?:each of )?(?:my|the) (?:kids|children|sons?|daughters?)(?:'s|')? (?:birthdays|graduations|weddings)|(?:i'm|i am) (?:not doing better|not getting better),? i(?:'m| am) finishing(?=\s*[.!]|\s*$)|paid (?:the |my )?[\w ]{0,30}(?:(?:two|three|four|six|\d) (?:months|weeks)|a year) ahead|(?:the )?vet'?s (?:number|phone number|details|contact) (?:is )?(?:on|by|next to) the (?:counter|fridge|table|desk)|who (?:gets|takes|will take|should take|will have|inherits) (?:the|my) (?:dog|cat|pets?|plants|car|books|flat|house|guitar|records)|cancel(?:led|ed|ling)? (?:all |both )?(?:my |the )?(?:credit cards?|subscriptions?|gym(?: membership)?|memberships?|phone contract|direct debits?|standing orders|streaming)|ty(?:ing|ed) (?:everything|things|it all) off|tidy (?:at|for) the end|paid off (?:the |my |all (?:the|my) )?(?:small |last |remaining |little )?(?:debts|loans)|(?:what|how much) (?:a |my )?(?:cremation|funeral|burial|coffin|casket) costs|(?:cost|price) of (?:a |my )?(?:cremation|funeral|burial|coffin|casket)|letters?\b[^.!?\n]{0,50}\b(?:to|for) (?:my|each of my) (?:kids|children|sons?|daughters?|family|parents|mum|mom|dad|mother|father|partner|wife|husband|sister|brother)|(?:deleted|deactivated|closed|wiped) (?:all )?(?:of )?my (?:socials|social media|accounts|profiles)|wiped (?:the|my) (?:laptop|phone|computer|hard drive|devices)|(?:set|put) (?:every|all (?:my|the)) bills? (?:to|on) autopay|transferred the (?:car |house )?(?:title|deed) to my|(?:wrote|drafted|writing|drafting|finished) my (?:own )?(?:obituary|eulogy)|letters? (?:to|for) (?:both|all|each of) (?:my |the )?(?:kids|children|sons|daughters)|(?:completed|finished|made|finalised|finalized) (?:all )?(?:of )?my arrangements|funeral (?:preferences|wishes|instructions)|(?:all )?(?:the )?loose ends tied(?: up)?|how (?:quickly|soon) (?:it|the will|a will) takes effect|(?:suicide|self-inflicted (?:death|injury)) (?:clause|exclusion)|clause about (?:suicide|self-inflicted)|(?:the )?last thing i (?:needed|had) to (?:arrange|sort|do|organi[sz]e|settle)|priced (?:up )?(?:cremation|funerals?|a funeral|coffins?|a coffin|burial)|(?:sorted|arranged|organi[sz]ed) for after(?=\s*[.!]|\s*$)|(?:finalising|finalizing|finalised|finalized) (?:the |my )?(?:wording|epitaph)|(?:the )?gap i'm going to leave|(?:giving|gave|give) (?:my |mi |her |his )?(?:good |best |favourite |favorite )?(?:plants|shoes|books|bible|guitar|jewellery|jewelry) away|(?:giving|gave) away (?:my|mi) (?:good |best |favourite |favorite )?(?:plants|shoes|books|bible|guitar|jewellery|jewelry)|so i can time (?:it|things|this|everything)`,
    { repeats: true },
  ),
  // dwelling on a method ("picking which one" of the trees by the road, "a stretch in mind", "I'm asking now, for myself");
  // the case said to be the author's own, its noun in scare quotes too ("The 'client' is me.", which the crisis rules
  // read with the quotation blanked to spaces: "the          is me")
  kind(
    "crisis-method",
    String.raw`(?:started |been )?picking (?:out )?which (?:one|tree|bridge|pole|wall|bend|overpass)(?=\s*[.!,]|\s*$)|(?:got|have|with) a (?:stretch|spot|bend|curve|tree|bridge) (?:of road )?in mind|(?:tablets|pills|meds|medication|amitriptyline|\w*triptyline|\w*azepam|\w*oxetine|\w*codone) (?:that )?i(?:'ve| have) been (?:saving|stockpiling|hoarding)|(?:paracetamol|acetaminophen|tylenol|ibuprofen|pills|tablets|meds)\b[^.!?\n]{0,60}\b(?:actually|really) (?:do it|be enough|kill)|i know (?:which|what) (?:tablets|pills|meds)\b|(?:took|take|taking|taken) the (?:key|keys) out of my (?:own (?:gun ?)?safe|gun ?safe|gun cabinet)|unlocked my (?:own )?(?:gun ?safe|gun cabinet)(?! to (?:clean|put|store|lock|check|oil|move))|whether the (?:door |roof |fire )?alarm (?:actually )?works|loaded (?:it|the (?:gun|pistol|rifle|shotgun|revolver))(?! into| onto| up| in(?:to)? the (?:car|van|truck|boot|trunk))|(?:always |now )?know(?:ing)? (?:exactly )?where the (?:key|keys|gun|pills|rope|ammo|ammunition) (?:is|are)|thinking about how(?=\s*[.!]|\s*$)|think about (?:it|them|that) (?:hourly|every hour|constantly|all the time|every day|every night|nonstop)|(?:i know|i'm sure|pretty sure) (?:it's|it is|that's|they're|it'll be) enough(?=\s*[.!]|\s*$)|(?:working out|figuring out|checking|counting) (?:if|whether) (?:it's|they're|it is|i have) enough|what's (?:quickest|fastest|surest|least painful|most reliable|most certain)|count(?:ed|ing)? how close (?:i was|i got|it came)|(?:let|letting|watch|watching|watched) the (?:express|freight|fast|non-stopping)(?: trains?| services?)? (?:go|come|pass|rush|roar|thunder)|work(?:ing|ed)? (?:myself )?up to it|stand(?:ing)? at the (?:far )?(?:end|edge) of the platform|practi[cs]ed it(?<!\b(?:drafted|scripted|wrote|written|what to say)\b[^\n]{0,100})|(?:most|least) (?:reliable|certain|painless|peaceful|lethal(?! means)|quickest|surest) way (?:people |someone |to )?(?:actually )?(?:die|dies|go)\b|(?:understand|know|ask(?:ing)?) (?:something |this )?for myself|asking now,? for myself|got (?:further|farther) than (?:before|last time)|(?:most|least) "?(?:peaceful|painless|reliable|certain|lethal)"? (?:method|way to go)|asking as the (?:person|patient|client) this time|not for any clients?|how high (?:the|that|this) (?:[\w-]+ ){0,2}(?:bridge|building|parking (?:structure|garage|deck)|overpass|roof|balcony|tower) is|thinking about the (?:drop|fall|jump)|not a clinical question|(?:for me|asking for myself),? not (?:for )?a client|score myself (?:as )?high|(?:my honest answer|my answer) to (?:phq-?9 )?item 9|how long (?:until|before|does it (?:usually )?take (?:for )?)(?:someone|somebody|a person|me|they)[^.!?\n]{0,30}(?:found|to be found)|picked the (?:bridge|spot|place|overpass|building|parking structure)|not for a (?:risk assessment|case|training|paper)|googling the same (?:things|stuff)|reading about how long it takes|can't stop thinking about the (?:roof|bridge|drop|pills|gun|rope|tracks|overpass|garage)|went up (?:there|to the roof)[^.!?\n]{0,30}\bjust to look|what (?:i|you) (?:was|were|am|are) planning|did my own (?:c-?ssrs|phq-?9|risk assessment|screening|safety assessment)|(?:i|i'd) (?:check|tick) (?:every|all the) (?:box|boxes)|edge of the (?:platform|roof|bridge|cliff|balcony|tracks)|keep looking at (?:it|them)|(?:risk assessment|c-?ssrs|columbia|phq-?9|screening|screener|safety assessment) on myself${NOT_A_LOW_SCORE}|(?:sending|send|sent) (?:me|myself) to the (?:ed|er|hospital)|by my own (?:protocol|standards|criteria)|calculated|looked up${NOT_AN_ERRAND}|(?<!\bwithout )look(?:ing)? up(?! and it's|\s*[.!,;:])${NOT_AN_ERRAND}|researching|researched|staring at(?! me\b| us\b| (?:it|them) like\b| (?:the |my |a |this |that |our )?(?:light bar|screens?|monitors?|laptop|computer|phone|inbox|emails?|ceiling|clock|wall|spreadsheet|calendar|notes?|charts?|ehr|documents?|forms?|pages?|slides?|whiteboard|tv|zoom|camera|waitlist|schedule|cursor|template|[^.!?\n]{1,22}? (?:section|box|field|tab|column))\b|[^.!?\n]{0,30}\blike (?:it|they|he|she) (?:owes?|owed)\b)|(?<!\bwe )counted them(?! together)|there are enough|how easy|(?<!\bremember )how it felt|how much would it take|would it look natural|asking for (?:me|myself|reasons)(?<!\b(?:he|she|they|and|is|was|were|are|been|keeps|kept|who's|who is) asking for (?:me|myself|reasons))|not (?:asking )?for a client|can't google|drove past|driven past|driving past|(?:reading|research|notes) (?:it )?(?:like|as) (?:research|homework|notes) for a plan|(?:thinking|thought) (?:abt|about) (?:doing|taking) (?:both|them all|all of them|the lot)(?: at once| together)?|(?:bottle|drink|whiskey|vodka|wine)(?:'s| is) for courage|the long way home over|doing (?:this|the) math(?<![$£€]\s?\d[^\n]{0,300})(?<!\b\d+ (?:kids|clients|students|cases|families|sessions|hours|notes|people|patients)\b[^\n]{0,300})(?! on (?:my|the|our|this) (?:budget|rent|bills|loans|student loans|caseload|hours|schedule|taxes|copays?|rates?|fees|mortgage|paycheck|salary)\b)|thought it through|i know exactly why|drive out there|get it over with|in case i (?:ever )?need (?:to know|it)|holding it(?! together)|hold it(?! together)(?<!\b(?:whether|if) (?:i|you|we|she|he|they) (?:could|can|would) hold it)|(?:just )?held it for (?:an hour|hours|a while|a long time|ages)|put (?:it|them) back[.,]? (?:for now|for tonight)\b|taking it out|(?:it's|that's|this is|the (?:client|patient|friend|person|colleague| {4,}) is) me\b(?!, (?:a|an|my|the) [\w-]+,? (?:and|&) | and not\b| not (?:the|them|him|her|you)\b)(?<!\b(?:believe|think|thinking|hope|guess|assume|bet|sure|pretend|pretending|choosing to believe) (?:that )?(?:it's|that's|this is) me)|not so hypothetical|i'm planning for it|asking because|reading it for me|thinking about it ever|which (?:night|day) it will be|just look at them|look at them|keep it next to me|just in case|figuring out how|how to make it quiet|(?:drove|drive|driving|went|go|going|walked) (?:back )?to the (?:spot|place|bridge|overpass) again|picturing it,? step by step|rehears(?:e|ed|ing) it|(?:imagining|imagine|picturing|fantasi[sz]ing about|daydreaming about) my own (?:funeral|death|wake|memorial)|(?:answering|answered|ticking|ticked|checking|checked|scoring|scored) (?:off )?(?:\w+ ){0,3}for myself|looked at the same (?:pages|sites|websites|forums|videos)|doing (?:the )?sums|(?:tidiest|cleanest|neatest|easiest|quietest|kindest|least messy|surest) way (?:to go|out|to do it)|which (?:one|method|way)\b[^.!?\n]{0,40}\b(?:quickest|fastest|surest|most lethal|least painful)|deciding whether (?:to|or not to) (?:drive|jump|go|take|do)|(?:keep|kept) standing (?:in front of|by|at) (?:that|the)|tried it on myself|reading up on how\b(?! to (?:bill|code|write|document|run|use|apply|support|help))|(?:every|each) (?:risk )?factor describes me|i think that about myself|the antidote (?:doesn't|won't|no longer|wouldn't) (?:help|work)|whether the (?:fence|railing|barrier|gate|netting) is still (?:down|open|broken|missing)|how much (?:of )?(?:my|your) own (?:meds|pills|medication|tablets|prescription) (?:would|it would take)|(?:does|do) (?:everyone|everybody|people|most people) (?:just )?get found|found (?:a|the) way to never|risk (?:formulation|assessment|profile|score|level) (?:for|of|on) myself (?:would be|is|comes out|came out) (?:high|serious|elevated|imminent)|(?:walk|walked|walking) out of (?:my|the) office with that profile|(?:box of )?(?:shells|bullets|ammo|ammunition)\b[^.!?\n]{0,30}\b(?:beside|next to|with) (?:it|the (?:rifle|gun|shotgun))|looking over (?:it|the (?:edge|wall|railing|side))|off the edge of (?:the|a) (?:[\w-]+ )?(?:multi-?storey|car ?park|building|roof|bridge|cliff)|(?:look|looking|looked|stare|staring|stared) (?:at|down at|over) the drop|stood at the (?:rail|railing|edge|parapet)|working up to it|timing the (?:non-stopping|express|fast|freight) (?:services|trains)|(?:tested|testing|checked|checking) (?:whether|if) (?:the |my )?[\w-]+ (?:would|will|could) (?:take|hold|bear) my weight|(?:a (?:bit|little) )?longer each time|(?:the )?fewest survivors|counted (?:them|the (?:pills|tablets)) again|(?:dragged|pulled|put|stood) (?:a|the) chair (?:to|up to|against|by) the (?:railing|ledge|edge|parapet|window)|notic(?:e|ing|ed) which (?:trees?|bridges?|overpass|walls?|bends?)(?=\s*[.!]|\s*$)|(?:one|a (?:tree|bridge|bend|wall)) on the (?:bypass|motorway|highway|freeway|road|way home) i slow down for|no intention of taking (?:it|them) the way (?:it says|they say|the label says|prescribed)|(?:asked|checked) if i was sure about the (?:quantity|amount|dose)|(?:in|inside) (?:my |the )?car in the garage with the engine (?:going|running|on)|(?:typed|searched|searching|googled|googling|google|search) (?:["'“‘])?(?:the )?(?:fastest|quickest|easiest|surest|most painless) way|(?:sat and )?(?:looked|stared|staring|looking) at the (?:bottle|pills|pill bottle|tablets|blister packs?) for a (?:long time|while|long while)|(?:toxic|lethal|toxicity|overdose)\w* (?:[\w-]+ ){0,4}with my (?:own )?(?:body ?)?weight|(?:ammunition|ammo|rounds|bullets?|shells?) (?:still )?(?:fires?|works?|goes off)|(?:looked|look|looking) up how long (?:before|until) (?:someone|anyone|somebody|they|people) (?:would|will|'d)? ?find me`,
  ),
  // the author's own answer to the question they ask clients, whoever asked it: "honest answer is every day"
  kind(
    "crisis-intent",
    String.raw`(?:i )?said no\.? it's (?:been )?a yes|posting so (?:someone|somebody) knows(?=\s*[.!]|\s*$)|(?:my |the )?(?:honest|real|true) answer (?:is|was|would be) (?:yes|every day|daily|most days|always|constantly)|(?:and |but )?(?:lately |now |these days )with a plan|tonight's the night|i'?m not (?:really )?(?:moving|travelling|traveling|retiring) anywhere\b|there's no case\b|for good this time|(?:then )?i get to stop\b|next time i'?ll make sure|make sure (?:it works|this time)|by the time\b[^.!?\n]{0,40}\b(?:it'll|it will) (?:already )?be over|signing off (?:permanently|for good|forever)|(?:final|ultimate) discharge|stop waiting (?:this|next|on|by|after)\b|(?:i've|i have) (?:already )?made my plans?\b|nobody left (?:i owe|to owe|who needs)|i'?m not (?:really )?(?:moving|travelling|traveling|retiring)(?: anywhere)?(?=\s*[.!;]|\s*$|,? i'?m)|there(?: is|'s| was) no (?:conference|trip|retreat|course|holiday|vacation|surgery|operation|sabbatical|lisbon trip)(?=\s*[.!]|\s*$)|(?:it's|its|it is) (?:a )?(?:bit )?permanent(?=\s*[.!]|\s*$|\s*[^\w\s])|(?:a )?permanent (?:break|out[- ]of[- ]office|exit|leave|vacation|holiday|solution|log-?off|sign-?off)|(?:leave|leaves|leaving|log(?:ging)? off|sign(?:ing)? off|switch(?:ing)? off|check(?:ing)? out) (?:the building |of life )?permanently|switch(?:ing|ed)? (?:myself )?off at the wall|the (?:clinician|therapist|colleague|person|counsell?or|case) (?:is|was|in question is) me|\((?:fine|okay|ok|well|yes|alright),? (?:it's )?me\)|(?:i )?mean it this time|(?:it's|it is) (?:actually|really) happening|permanently(?=,? (?:on|this|next|by|tonight|tomorrow)\b)|not for work(?=\s*[.!]|\s*$)|(?:need|want) it to work this time|(?:it's|it is) real now|stops? being a joke|(?:isn't|is not) a joke anymore|starts? being a schedule|(?:unavailable|gone) indefinitely|permanently unavailable|properly,? permanently|(?:that's|it's|is) on purpose(?=\s*[.!]|\s*$)|not for the (?:kayak|boat|hike|climb|swim|walk|fishing|view)(?=\s*[.!,]|\s*$)|i wasn'?t joking|make it permanent|(?:perceived )?burdensomeness:? (?:high|very high|off the charts?)|thwarted belongingness:? (?:high|very high|off the charts?)|(?:it'?s|it is) the end(?=\s*[,.!])|i did (?:that|it|this) on purpose(?=\s*[.!]|\s*$)|sort of,? i said|taking my own advice|clinician (?:has not|hasn't|won't|will not|did not|didn't) referr?e?d? (?:her|him|them)sel(?:f|ves)|\bis the cutoff(?=\s*[.!]|\s*$)|(?:not|won't be) long now(?=\s*[.!]|\s*$)|before (?:anyone|everyone|anybody)(?:'s| is) (?:up|awake)|then (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:night|tonight|tomorrow)(?=\s*[.!]|\s*$)|(?:my )?plan is (?:simple|straightforward|set|made|ready)(?=\s*[.!]|\s*$)|plan\?\s*yes`,
    { impliesTheAuthor: true },
  ),
  // the week's loose ends tied: the day's clients moved, the notes caught up, the handover written, the voicemail changed,
  // "everything lined up". Any week has them (a wedding, an exam, a
  // sick child), so they count half, and only beside a time and a sign of another kind: "tuesday's the day. moved my
  // tuesday clients. notes caught up. that was the last thing"
  kind(
    "crisis-preparation",
    String.raw`(?:moved|cancell?ed|rescheduled|cleared|reassigned) (?:all )?(?:of )?my (?:\w+ )?(?:clients|appointments|sessions|caseload|people)(?=\s*[.!,;]|\s*$| to (?:a|my|another) (?:colleague|coworker|co-worker)\b)|(?:notes|every (?:single )?note) (?:all )?(?:caught up|signed off|done|finished)(?=\s*[.!,;]|\s*$)|(?:voicemail|outgoing message|out[- ]of[- ]office|away message|auto-?reply)(?: greeting| message)? (?:changed|updated|re-?recorded|set)(?=\s*[.!,;]|\s*$)|everything(?:'s| is)? lined up(?=\s*[.!,;]|\s*$)|handover (?:doc|document|notes?)\b[^.!?\n]{0,40}\b(?:is|are) (?:in|on|with|ready|done|written|finished)\b`,
    { weight: 0.5 },
  ),
  // the calm that can follow a decision, noticed by others: "i've been the steadiest i've been in months and three
  // different people at work have told me so" (half a sign: therapy and a holiday bring it too)
  kind(
    "crisis-preparation",
    String.raw`(?:the )?(?:calmest|steadiest|lightest|most settled|most at peace|most peaceful) i(?:'ve| have) (?:been|felt) in (?:months|years|ages|a long time)`,
    { weight: 0.5 },
  ),
  // the last of them: "that was the last thing"
  kind("crisis-preparation", String.raw`(?:that|this) (?:was|is) the last thing(?=\s*[.!]|\s*$)`, { weight: 0.5 }),
  // the caseload handed off, said of the clients: "every active client has a warm handoff"
  kind(
    "crisis-preparation",
    String.raw`hand(?:ed|ing) (?:over|off) (?:my |the )?(?:whole |entire )?caseload|\bi (?:moved|transferred|reassigned|referred) (?:every|each|all (?:of )?my) (?:single )?(?:active )?clients? (?:over )?to (?:the|a|another|other) (?!(?:\w+ ){0,2}(?:platform|system|portal|schedule|ehr|office|building|app|software|telehealth|zoom|video|room)\b)|(?:calendar|diary) (?:is|'s) (?:blank|empty),? on purpose(?=\s*[.!,]|\s*$)|hand(?:ed|ing) (?:my|the|all my) (?:\w+ ){0,2}(?:group|groups|caseload|clients|supervisees|patients|students) (?:over|off)\b|(?:so|make sure|making sure|made sure) (?:that )?(?:nobody|no one)(?: else)?(?:(?:'s| is) (?:stuck|left holding (?:it|anything)|left with (?:it|anything|my \w+))| (?:has to|gets stuck with|is stuck with|is left with) (?:reconstruct|finish|deal with|clean up|sort out|pick up|find|them|it|the))|referred out (?:my |the |our )?(?:whole |entire )?caseload|(?:warm )?hand-?offs? (?:for|to) (?:every|all|each)|every (?:active |single )?client (?:has|got|gets) a (?:warm )?hand-?off|(?:passwords?|master (?:key|password)|logins?)\b[^.!?\n]{0,40}\bfor my (?:sister|brother|partner|wife|husband|mom|mum|dad|mother|father|friend|son|daughter|kids)|transferred (?:the last of )?(?:my|all my|every) (?:[\w-]+ )?clients|(?:auto-?reply|out[- ]of[- ]office)\b[^.!?\n]{0,40}\bindefinitely|(?:will be|becomes?) someone else's caseload|handover notes for every client|transferr(?:ed|ing) (?:my |the )?(?:whole |entire )?caseload|closing letters to (?:each of |all (?:of )?)?my clients|(?:arranged|organised|organized|found|sorted|set up) cover for (?:all )?(?:of )?my (?:clients|caseload|sessions|groups)|cleared my (?:schedule|diary|calendar|caseload) (?:from|after|for) (?:the )?\w+(?: onwards?| on)?|(?:my )?clients (?:are|get|have been|were) transferred|whoever picks (?:them|it|my \w+) up gets|(?:attached|sent|wrote|did|done|finished) (?:a |my )?(?:complete |full )?caseload handover`,
    { impliesTheAuthor: true },
  ),
  // hiding it, and who will find them: "told her it was allergies. It wasn't", "for whoever finds me"
  kind(
    "crisis-preparation",
    String.raw`(?:said|told (?:them|her|him|everyone|people)) i was (?:downsizing|decluttering)|told (?:her|him|them|everyone|people|my \w+) it was\b(?=[^.!?\n]{0,40}[.!?]\s{0,3}(?:it|that|they|those) (?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not)\b)|said it was (?:a )?family (?:thing|stuff|matter|emergency)(?<=\b(?:moved|cancell?ed|rescheduled|cleared)\b[^\n]{0,120})|(?:she|he|they) (?:doesn't|don't|didn't) know (?:why|it was)|it was goodbye|whoever finds me|keys? to (?:the|my) (?:house|flat|apartment|place|car|truck)\b[^.!?\n]{0,40}\bfor whoever (?:needs|wants|finds|comes for) (?:them|it)\b|(?:will|'ll) find (?:them|it|me|the letters|my body)|nobody will (?:check(?: on me)?|find me|miss me|notice)\b|(?:nobody|no one|no-one) will know until it's (?:done|over|too late)|(?:thinks|think|thought|believes) i'm (?<story>\w+ing)\b[^\n]{0,160}\bi'm not \k<story>\b|(?:my (?:wife|husband|partner|family|kids)|she|he|they|everyone) thinks? it's (?:the|a|an|my) (?:dentist|doctor|appointment|conference|check-?up|trip|holiday|vacation|meeting)(?=\s*[.!]|\s*$)|told myself i was just|whoever gets my (?:office|desk|caseload|clients)|whoever takes over|if anything happens to me|how to not get caught|not get caught this time|sealed (?:them|it|the (?:letters?|envelopes?))|(?:mess|things|it all|everything) afterwards?\b|(?:nobody|no one|no-one) (?:expects|will expect|is expecting) me (?:back|home)|told (?:her|him|them|everyone|people|my \w+) i'?m (?:too busy|going (?:travelling|traveling|away|on (?:a )?(?:trip|holiday|vacation))|away|fine)|who finds? me|(?:couldn't|could not|can't|cannot|didn't) tell (?:him|her|them) why i (?:was|am|'m) giving|the (?:person|one|ones|people) (?:who|that) finds? (?:you|me)\b|(?:nobody|no one) will have to (?:chase|deal with|clean up after|worry about|look after) me|so (?:nobody|no one) (?:has|will have|would have) to ${SEEN_TO_FOR_ME}\b|paid (?:in )?cash|(?:she|he|they)(?:'ll| will) (?:know|understand) soon|(?:she|he|they) will soon(?=\s*[.!])|(?:nobody|no one|no-one) expecting me (?:until|till|back)|(?:they|she|he) think(?:s)? i'?m (?:decluttering|moving|retiring|tidying|fine)|i let (?:them|her|him) think (?:that|so)|(?:they|she|he) had no idea (?:that's what|what) it was|don'?t come looking|(?:hr|she|he|they|everyone) thinks? i'?m going (?:to|on)|(?:nobody|no one|no-one) expects me to (?:ring|call|check in|come)|whoever (?:clears|cleans|empties|opens) (?:out )?(?:the|my) (?:office|desk|flat|room|house)|i said something like that|nobody (?:here )?knows what (?:that|this|it) means|posting (?:this )?so (?:that )?someone(?:, somewhere,)? knows|that's (?:as much as|all) i'll say|how long (?:it'd|it would|it'll|it will) (?:be|take) (?:before|until|till) (?:anyone|anybody|someone|people) (?:noticed|notice|notices|found|find)|told (?:the |my )?(?:[\w-]+ ){0,2}?(?:it's|it is|it was) (?:a |just )?(?:health|family|personal|medical) (?:thing|matter|reason|issue)|(?:won't|will not) notice anything'?s? off until after|(?:nobody|no one) (?:comes?|will come) (?:round |around )?looking|so (?:nobody|no one) finds (?:it|them|out) before|for (?:days|a few days|a week) before (?:someone|anyone|somebody) (?:comes|finds|notices)`,
    { impliesTheAuthor: true },
  ),
  // a time ("i'm doing it after the holiday weekend")
  kind(
    "crisis-plan",
    String.raw`(?:i'm|i am|i'll be) doing it (?:after|on|over|before) (?:the )?(?:holiday |long |bank holiday )?(?:weekend|holidays|christmas|thanksgiving|new year'?s?|easter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|that's when(?=\s*[.!]|\s*$)|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)(?: is|'s) the (?:day|night)(?=\s*[.!]|\s*$)|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the weekend)(?: night| morning| evening)? is when(?=\s*[.!]|\s*$)|it's all (?:arranged|set up|in place)(?=\s*[.!]|\s*$)|(?:have|'ve got|got) (?:a|the) (?:day|date|night|time|week) (?:picked|chosen|picked out)(?! for)|(?:i do|i've got|i have) (?:one|a plan)[^.!?\n]{0,40}\b(?:this|next) (?:weekend|week|friday|month)|date (?:is )?circled|not the kind they mean|(?:set|picked|chose|chosen) a date(?! for)|a plan for when|if i (?:did|do) it (?:on|at|this|next|before|after|over|during)|tonight|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday) night|after my last client|after my last (?:session|appointment|client of the day)|i know (?:where|how) (?:i'll go )?and (?:when|where|how)|on my birthday|once the semester ends|a day on the calendar|that's when i'll do it|after these notes|the right time|the day i've picked|i've picked|picked out|which night|what date|tonight, after|next weekend|this weekend|by spring|have a plan for if|if things don't improve|counting(?: down)?\.? not (?:to|for|toward) (?:a|the|my)|(?:had|have) a (?:whole|full) plan for (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight)|(?:had|have|got) (?:a|my) plan (?:ready|in place|for before)|waiting for a (?:weekend|night|day) when|still (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b|like a countdown|set the date\b|(?:settled|sorted|rehomed|safe|looked after|taken care of) (?:somewhere |\w+ )?before\s*[.!]|just a date\b|tonite|date(?:'s| is) set|worked it all out|(?:booked|scheduled|booking|scheduling) my (?:very )?last (?:client|session|appointment)|after (?:this|next) (?:month|term|semester|quarter)|date(?:'s| is| has been) (?:picked|chosen)|that's my (?:window|chance|opportunity)(?=\s*[.!]|\s*$)|worked it (?:all )?out so|if (?:all|everything) goes to plan|(?:^|[.!?]\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:more )?days(?=[.!])|(?:^|[.!?]\s+)(?:picked|chose|set) the date(?=\s*[.!]|\s*$)|day after tomorrow|(?:know|knowing) how (?:this|it) ends and when|the hour when nobody'?s (?:up there|around|there)|(?:just )?(?:have|need) to get through (?:two|three|four|a few|\d+) more (?:sessions|days|shifts|clients)|mapped it (?:all )?out|that's the window|wrote (?:out )?(?:the|a|my) timeline|all that's left is (?:getting through|to get through)|worked out the logistics|step (?:two|2|three|3) is (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)|countdown\b[^.!?\n]{0,12}\b(?:\w+ )?(?:days?|weeks?|sleeps|nights)\b|(?:with )?nobody (?:is )?expecting me|(?:haven't|have not|not yet) decided the (?:day|date)|(?:once|after|when|until)\b[^.!?\n]{0,60}\bi(?:'ll| will) do it(?=\s*[.!]|\s*$)|which (?:weekend|week|day|date) (?:in the next \w+ )?would cause the least disruption|the date'?s in (?:the|my) diary in pencil|(?:the )?(?:timescale|timeline) i(?:'ve| have) got in mind|the (?:night|day|date) picked|not until after (?:her|his|their|my \w+'s|mom's|mum's|dad's) birthday|have (?:mon|tues|wednes|thurs|fri|satur|sun)day planned(?: out)?|timeframe\?\s*(?:this|tonight|tomorrow|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|count ?down(?: app| timer| clock)? (?:set )?(?:to|for|until) my last day`,
  ),
  // the ordinary reading of the words denied, the dark one meant: "Exit strategy sorted. Not the practice one. The
  // other one.", "Wrote my professional will. Also wrote the other kind.", "i'm done. not done with the job. done.";
  // and a journey with no return: "Going camping alone after term ends. Not planning on coming back."
  kind(
    "crisis-intent",
    [
      // leave of another kind: "nobody can take leave until the visit is over. Fine. I'll take the permanent kind"
      String.raw`(?:take|taking|took) the permanent kind\b`,
      String.raw`(?:i'm|i am) the one who wants to know(?=\s*[.,!;]|\s*$)|(?:that's|that is) the (?:line|story|version) i(?:'d| would) give\b|(?:nights?|days?)\b[^\n]{0,30}\bi only need one(?=\s*[.!]|\s*$)|i (?:won't|will not) see (?:the )?(?:spring|summer|autumn|fall|winter|christmas|new year|next year)\b|not sure i'm (?:trying|going) to(?=\s*[.!]|\s*$)|this is my last (?:one|post|message)(?=\s*[.!]|\s*$)|something (?:a lot |much |far )?more permanent than|safety plan\b[^\n]{0,40}\bi don't have one|(?:retirement|pension|exit) plan is a (?:bridge|cliff|rope|gun)|permanent cure\b[^\n]{0,60}\b(?:only (?:do|use) it once|can only do it once)|(?:ice[- ]?cube|rubber band|elastic band) (?:trick|technique)\b[^\n]{0,60}\bi (?:don't|do not) use|expect (?:her|him|them|you) to need (?:it|them) soon|(?:i'll see (?:them|you) next week|see you next week)\b[^\n]{0,20}\bi won't(?=\s*[.!]|\s*$)|the last time i'll (?:have to )?lie to (?:her|him|them)|(?:patient|client|pt)(?: is|:) me(?=\s*[.!]|\s*$)|tired that i do(?=\s*[.!]|\s*$)|toxicology (?:tables|data|charts) for (?:the|my)\b[^.!?\n]{0,30}\b(?:i'm prescribed|i take|my own)|(?:sorry|apologi[sz]e) for the mess i'm (?:about to |going to )?leav(?:e|ing)|every (?:item|question|answer) (?:is|was) (?:a )?yes|(?:actually )?going to go through with it|(?:and so am i|me too),? in the (?:bigger|larger|other|wider|permanent) sense|it will be needed(?=\s*[.!]|\s*$)|(?:autoreply|auto-reply|out-of-office|out of office)\b[^.!?\n]{0,50}\bno return date|this is my last night(?=\s*[.!]|\s*$)|(?:columbia|c-ssrs|phq-9|asq|screening|screener)\b[^\n]{0,80}\b(?:i'd|i would) (?:answer|say|score) yes|(?:look(?:ing)? up|googl(?:e|ing|ed)|research(?:ing|ed)?) painless (?:ways?|methods?)|like it was any other (?:day|friday|monday|week|session)\. it wasn't|(?<=\()it isn't\.?(?=\))|(?:\w+)-year plan is (?:now )?a (?:\w+)-(?:month|week|day) plan|won't have to (?:hear|see|deal with|put up with) me\b[^.!?\n]{0,40}\bmuch longer|(?:don't|do not) expect to be (?:there|here|around|alive)|if nothing(?:'s| is) (?:different|better|changed)\b[^.!?\n]{0,40}\bi'm done|(?:in my case|for me),? (?:it's|it is) (?:just )?(?:true|real|accurate|the truth|a fact)|(?:the rest|the last thing|what's left|the other thing) meaning me|(?:thinks|think|thought) it's (?:a )?(?:vacation|holiday|leave|break|retreat|trip)\b[^\n]{0,20}\bit's not (?:a )?(?:vacation|holiday|leave|break|retreat|trip)|less (?:a|of a) joke(?: and)? more|(?:expiration|expiry|end) date\b[^.!?\n]{0,20}\band i (?:picked|chose|set) it|(?:rate|rated|assess|assessed|score|scored|put) my (?:own )?risk (?:as |at )?(?:high|imminent|severe|moderate-high)|my own discharge summary|prognosis: none|case note on myself|it isn't (?:a few months|for a while|temporary)(?=\s*[.!]|\s*$)|not because i (?:resigned|quit|retired|got (?:a|another) job)|not (?:the )?(?:practice|work|job|career|business|clinic|professional|burnout|literal) (?:one|kind)[.,;]? the other (?:one|kind)|(?:also )?(?:wrote|written|writing|drafted|sorted|planned) the other (?:kind|one)(?=\s*[.!]|\s*$)|not done with (?:the |this |my )?(?:job|work|practice|day|week|career|field|clinic)[.,!;]\s*(?:just )?done\b|not (?:for )?the (?:day|weekend|week|night)[.,;] for good|not burnout \w+[.,;] done[- ]with|(?:trip|drive|walk|hike|camping|flight|ticket|holiday|vacation|hotel|motel|cabin|room)\b[^\n]{0,80}\b(?:not (?:planning on |planning to |intending to |going to be )?(?:coming|driving|flying|walking|hiking|heading|getting) back(?! (?:until|till|before|for|on|by|after|tonight|today|tomorrow|home)\b)|with no return|no return ticket|no way back)|(?:a )?different kind of (?:letter|note)|the note (?:isn't|is not|wasn't) about (?:the |my )?\w+(?=\s*[.!]|\s*$)|(?:that's|that is) (?:today|tonight) for me|while i'?m still (?:around|here|alive)(?: to)?(?=\s*[.!]|\s*$)|i'?m every (?:slide|item|box|risk factor|one of them)|except i'?m actually going to|(?:for me )?it isn'?t (?:just )?in case|(?:know|knows|knew|realised|realized) (?:that )?(?:those|that|it|this|these)(?: \w+){0,2} (?:were|was) (?:goodbyes?|a farewell|my goodbye)|meant it as (?:a )?(?:farewell|goodbye)|the last call i needed to make|(?:it'?s|is) not a bit,? it'?s (?:more of )?a schedule|not (?:retiring|retirement|a new job|another job|leaving the field)\W{1,3}not (?:retiring|retirement|a new job|another job|a new role|moving|a holiday)|asking for me\W{1,3}not for a (?:holiday|trip|vacation|client)|final session with myself|not asking (?:about|for) a (?:client|patient)(?=\s*[.!]|\s*$)|(?:i'm|i am) done,? and i (?:don't|do not) (?:just )?mean (?:the|my) (?:job|work|career|practice)`,
      // a timetable "Not for travelling anywhere.", pills "counting for a different reason", "a next anything"
      String.raw`(?:train|rail|bus|ferry) (?:timetable|times|schedule)s?\b[^\n]{0,60}\bnot for (?:travell?ing|a trip|going anywhere|the commute|commuting)(?: anywhere)?(?=\s*[.!]|\s*$)`,
      "(?:counting|counted|count) (?:them |pills |tablets )?for (?:a )?(?:different|other) reasons?",
      "(?:there isn't|there's no|there is no|isn't) a next anything",
      // a cover story said false: "She thinks I'm being organised before my Umrah trip. There's no Umrah trip.", "I don't
      // have a trip planned. I have something else planned.", "Not gone as in resign. Gone.", "I'm not coming back from
      // anything"
      String.raw`(?<!\bso )there(?:'s| is) no (?:\w+ ){0,2}(?:trip|holiday|vacation|pilgrimage)(?=\s*[.!]|\s*$)`,
      String.raw`(?:don't|do not) have (?:a|any) (?:trip|holiday|vacation) (?:planned|booked)\b[^\n]{0,30}\bi have something else planned`,
      String.raw`not gone as in (?:resign\w*|quit\w*|leav\w*|retir\w*)(?=\s*[.!])`,
      "(?:i'm|i am) not coming back from anything",
      // the decades someone wishes one, declined: "peace of mind for decades. I didn't correct him. I don't need decades"
      String.raw`i (?:don't|do not|won't|will not) need (?:decades|the decades|years|that long|a retirement|a pension)(?=\s*[.!]|\s*$)`,
      // how long until anyone comes, reckoned: "ten days, because that's about how long I figure before anyone thinks to
      // come by and check on me"
      String.raw`before (?:anyone|anybody|someone|people) (?:thinks? to |would |will |bothers? to )?(?:come by|comes by|check on|checks on|notice|notices|find|finds)\b[^.!?\n]{0,20}\bme\b`,
      String.raw`(?:work|working|worked) out how to be gone before\b`,
      "(?:retire|retiring|retired|resign|resigning|quit|quitting) from (?:being alive|existing|existence|life itself)",
      "reasons[- ]for[- ]living (?:column |list |side )?(?:is|are|was|has been) (?:empty|blank)",
      "(?:won't|will not|wont|not going to) be alive (?:by|for|at|come|past|after|next|this)",
      "(?:doesn't|does not|don't|won't|wouldn't) involve coming back",
      "(?:know|knew) (?:exactly )?what i'm (?:keeping|saving|holding (?:on to|onto)) (?:them|it|those|these) for",
      String.raw`i'm not \w+ing\b[^\n]{0,4}\bi'm (?:finishing|finished|ending it|done)(?=\s*[.!]|\s*$)`,
      "(?:don't|do not) intend to (?:stay|be|remain) (?:one|a burden|here|around) (?:much )?longer",
      String.raw`(?:self-harm|self harm|suicide risk|risk) (?:inventory|assessment|log|diary|screen)\W{1,3}(?:self|myself|me)\b`,
      String.raw`not joking about the \w+ part`,
      "(?:decided|going|planning) to help it (?:finish|along)",
      String.raw`working on it\W{1,3}(?:genuinely|seriously|literally|not joking)`,
      // "I'm checking out, and not of a hotel"; the self written up as a case that ends: "Clinician intends to kill herself"
      String.raw`(?:checking|check|checked|clocking|clock|clocked|logging|log|logged|signing|sign|signed|bowing|bow|bowed) out\b[^!?\n]{0,25}\b(?:not|(?:and )?i don't mean|(?:and )?i do not mean) (?:of|from) (?:a |the |this |my )?(?:hotel|motel|library|shop|job|clinic|work|practice|agency)`,
      // "Thinking about clocking out permanently.", "I'd like to stop. Living, I mean.", "going to stop living when this
      // contract ends" (not "stop living in fear", "stop living paycheck to paycheck")
      "(?:checking|check|checked|clocking|clock|clocked|logging|log|logged|signing|sign|signed|bowing|bow|bowed) out permanently",
      String.raw`(?:going to|gonna|'ll|will|plan(?:ning)? to|about to|ready to|like to|want to|wanna) stop\W{1,3}(?:living|existing|being alive)\b${NOT_A_WAY_OF_LIVING}`,
      "clinician (?:intends|plans|wants|is going|has decided) to (?:kill|end|harm|hurt) (?:her|him|them)sel(?:f|ves)",
      // a last day that is not a resignation; a risk scale scored on oneself; the theory ticked off of oneself
      String.raw`(?:my )?last day\b[^.!?\n]{0,10}[.!] not (?:quitting|retiring|leaving|resigning|moving)`,
      "terminating with (?:everyone|all of you|you all|this board)",
      String.raw`(?:c-ssrs|columbia|phq-9|beck hopelessness scale|hopelessness scale|bhs)\b[^.!?\n]{0,40}\b(?:on (?:myself|themselves|ourselves)|at red lights|and scored|scored higher)${NOT_A_LOW_SCORE}`,
      "(?:a )?(?:solid |firm |clear )?yes on the (?:behaviou?r|intent|plan|ideation) (?:question|item)",
      String.raw`perceived burdensomeness\b[^\n]{0,160}\b(?:about me|every box|i'm ticking|i tick)`,
      String.raw`\bby day,? (?:cut|cutting|burn|burning|purge|purging) by night`,
      // "Last shift tomorrow. Last everything tomorrow."
      String.raw`\blast everything\b`,
      // "Once the practice is handed over, I'm finished with all of it, not just the job."
      String.raw`(?:finished|done) with (?:all of it|everything|it all),? not just (?:the|my|this) (?:job|work|practice|career|agency)\b(?![^\n]{0,80}\b(?:moving|selling|sold|travell?ing|retrain\w*|career|bought|buying|the coast|carpenter|living the dream)\b)`,
      // "if I go quiet on here it's because I've done it", "I intend to act before the first anniversary"
      String.raw`if i go quiet\b[^.!?\n]{0,40}\bi(?:'ve| have) done it\b|i (?:intend|plan|mean) to act (?:on it |on this )?(?:before|after|by|soon|this|next|once)\b`,
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // self-harm said with no subject, its tools come back: "Relapsed. The blade came back out on Sunday."
  kind("crisis-self-harm", "the (?:blade|razor|lighter)s? (?:came|come|comes|is|are) (?:back )?out", {
    weight: 2,
    impliesTheAuthor: true,
  }),
  // what is left behind, said of those who stay: "I don't want whoever finds me to find mouldy food", "I wanted her last
  // memory of me to be a nice one", cards they will "get before they hear", "something nice to remember me by",
  // "Nobody needs to read those after."
  kind(
    "crisis-farewell",
    [
      // "I don't want whoever finds me to…" is no denial: the wish is about what follows.
      String.raw`(?:(?:don't|do not) want )?(?:whoever|whomever|the (?:person|people|one|ones)|someone) (?:who |that )?(?:has to |have to |will |'ll |is going to |ends? up )?(?:find|finds|finding) me(?! (?:a|an|the|some|work|time|someone|on|at|in|out|funny|interesting|attractive|annoying|boring|helpful|hilarious|charming|weird|intimidating|difficult|hard|easy|cute|calming|scary|odd|strange|too|so|very|really)\b)|the note i'm leaving (?:for|to)|(?:get|read|receive|have) (?:them|it|the (?:cards?|letters?|notes?)) before (?:they|she|he) (?:hear|find out|get the call)(?=\s*[.!]|\s*$)`,
      String.raw`(?:last|final) (?:memory|memories|image|impression) (?:\w+ )?(?:of me|(?:she|he|they|you|everyone|people|anyone) (?:will )?(?:have|has|get|keep)s? of me)`,
      "(?:something|anything|things?) (?:nice |good |small |kind )?(?:for (?:them|her|him|everyone|you) )?to remember me by",
      String.raw`\b\w+ who (?:finds|will find|has to find|'ll find) me\b(?! (?:a|an|the|some|work|time|someone|on|at|in|out|funny|interesting|attractive|annoying|boring|helpful|hilarious|charming|weird|intimidating|difficult|hard|easy|cute|calming|scary|odd|strange|too|so|very|really)\b)`,
      "whoever has to (?:go through|sort through|sort|clear out|deal with) my (?:things|stuff|belongings|flat|house|apartment|room)",
      String.raw`nobody (?:needs|has|should have|will need|wants) to (?:read|see|find|go through) (?:those|these|them|it|that|this|my \w+) (?:after|afterwards|when i'm gone)`,
      String.raw`(?:wouldn't|don't|do not|won't) want (?:anyone|anybody|people|them|her|him) (?:going|to go|reading|to read|finding|to find|seeing|to see) (?:\w+ ){0,4}(?:afterwards|after)\b`,
      // someone left to explain what the author cannot: "so someone can explain things to my sister afterwards,
      // because I can't"
      String.raw`\b(?:explain|sort out|deal with|handle|tell)\b[^.!?\n]{0,40}\bafterwards?,? because i (?:can't|cannot|won't|will not)(?=\s*[.!]|\s*$)`,
      // the tidying done for what nobody knows: "She has no idea what I'm tidying up for."
      "(?:has|have) no idea (?:what|why) i'm (?:tidying|sorting|clearing|cleaning|getting ready|preparing)",
      // the place cleared and who comes in after, no client left, rest for good, a goodnight "for real this time"
      "whoever (?:clears|cleans|empties|sorts|packs) (?:out |up )?(?:the|my) (?:flat|house|apartment|room|desk|office|place)(?= (?:won't|will not|doesn't|does not|never|isn't going to|has to|will|'ll) (?:have to |need to )?(?:read|see|find|deal with|go through|know))",
      "(?:no one|nobody|no client) (?:is )?left (?:mid-treatment|hanging|without (?:a )?(?:therapist|coverage|anyone)) when i go(?=[.!])",
      "(?:going to|gonna|'ll|will|about to) (?:rest|sleep|go to sleep) for good",
      String.raw`whoever (?:comes|walks|goes) in (?:after(?:wards)?|first)(?=\s*[.!,]| to)`,
      String.raw`(?:goodnight|good night|goodbye|bye),? (?:closed door|everyone|all|friends|you lot|this board)\b[^\n]{0,12}\bfor real this time(?=\s*[.!]|\s*$)`,
      // who has to come in afterwards; a memory of the author in place of the author
      "whoever (?:has to|will have to|ends up having to) (?:come|walk|go) in afterwards",
      "(?:better|happier) (?:off )?with (?:a |the |just a |only a )?(?:memory|memories|photos?|pictures?) of me",
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // a future taken back: "I say 'see you next week' now and know it's a lie", "where I see myself in five years? The
  // honest answer is nowhere", "no plans past the weekend, on purpose", "'A few more sessions and then I can stop' used
  // to be about retirement. Now it's about something else"
  kind(
    "crisis-intent",
    [
      String.raw`(?:see you (?:next week|tomorrow|on monday|soon|next time)|next week|for a while|i'll be fine|i'm fine)\b[^.!?\n]{0,30}\b(?:know|knowing|and) (?:it's|it is|that's|that it's|it was) (?:a lie|not true)|(?:left|leave|leaving) (?:the )?['"]?reasons (?:for|to) liv(?:e|ing)['"]? (?:section |box )?blank`,
      "(?:honest|real|true) answer (?:is|was|would be) nowhere",
      String.raw`no plans (?:past|beyond|after)\b[^.!?\n]{0,30}\b(?:on purpose|deliberately|intentionally)`,
      String.raw`used to (?:be|mean) (?:about )?(?:retirement|retiring|a holiday|the holidays|vacation|the weekend|leave)\b[^.!?\n]{0,12}[.,;] now (?:it's|it is|it means)`,
      // "three more sessions with my longest client, then a proper termination, then me"
      String.raw`(?:more|last) (?:sessions?|shifts?|clients?|appointments?|weeks?)\b[^.!?\n]{0,80}\bthen me(?=\s*[.!]|\s*$)`,
      // the date, the place and the method chosen; no food bought past the day; a plan that is a means
      "(?:date|day|place|spot|method|time|location) (?:chosen|picked|sorted|set|decided)[,;.]? (?:and )?(?:the )?(?:date|day|place|spot|method|time|location) (?:chosen|picked|sorted|set|decided)",
      "picked (?:out )?the (?:spot|place|day|date|time|method) and the (?:spot|place|day|date|time|method)",
      String.raw`(?:stopped|not|no longer) (?:buying|ordering|booking|planning) (?:\w+ ){0,2}?(?:past|beyond|after) (?:this |next )?(?:\w+day|week|month|weekend)`,
      "(?:retirement|pension|exit|five-year|long-term|5-year) plan is (?:the |a |my )?(?:stash|pills|bottle|rope|gun|bridge|overdose|charcoal)",
      // a holiday kept clear of it; a goodbye nobody knew was one
      "(?:(?:don't|won't|never) (?:have to )?)?(?:associate|remember|connect) (?:christmas|the holidays|thanksgiving|easter|their birthday|her birthday|his birthday|new year'?s?) with (?:it|this|me|my death)",
      "goodbye without (?:her|him|them|anyone) knowing",
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // a means made ready, or the opposite of what the author tells others: "charcoal and tape in the boot of my car",
  // "took the good knife into the bedroom", "told my clients to hold on. I'm letting go"
  kind(
    "crisis-method",
    [
      "charcoal and (?:duct )?tape",
      String.raw`(?:took|brought|carried|taken) (?:the|a) (?:\w+ )?knife (?:in|into|up) (?:to )?(?:the|my) (?:bedroom|bathroom|bed|room)`,
      String.raw`(?:told|tell) (?:my )?(?:clients|everyone|them|people) to hold on\b[^\n]{0,30}\bi'm letting go`,
      // a weapon checked loaded, the edge sat on with the legs over it
      String.raw`(?:gun|pistol|rifle|revolver|shotgun|firearm|nightstand|unlocked)\b[^.!?\n]{0,80}\b(?:checked|check|checking|made sure)\b[^.!?\n]{0,40}\bit(?:'s| is| was) (?:still )?loaded`,
      String.raw`(?:wall|ledge|railing|rail|edge|barrier|parapet|bridge|roof)\b[^.!?\n]{0,40}\b(?:legs|feet) (?:dangling )?(?:on|over) the (?:wrong|other|outside|far) side`,
      // the way there rehearsed
      String.raw`(?:rehears(?:ing|ed|al)|dry run|practice run|test run)\b[^.!?\n]{0,60}\b(?:route|timing|the drop|the spot|the place|there and back)|(?:did|done|ran|walked|drove) the route\b[^.!?\n]{0,30}\b(?:timing|twice|there and back)`,
      // the train times learned by the tracks; walking out past the breakers and keeping going
      String.raw`(?:tracks|rails|railway|railroad|train line|level crossing)\b[^\n]{0,80}\b(?:learned|learnt|know|memori[sz]ed) the (?:train )?(?:schedule|timetable|times)`,
      String.raw`(?:walk|walking|swim|swimming|wade|wading) out (?:past|beyond) the (?:breakers|waves|surf|buoys)|(?:walk|swim|wade)(?:ing)? out\b[^.!?\n]{0,30}\band keep (?:going|walking|swimming)`,
      // a noose put away
      "noose (?:in|under|hanging in|hidden in) (?:the|my) (?:wardrobe|closet|garage|shed|loft|attic|drawer)",
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // the burden ended by the author's going: "I've worked out how to stop being one", "the only fix I can see is me gone"
  kind(
    "crisis-burden",
    [
      "(?:worked out|figured out|found|know) (?:how|a way) to stop being (?:one|a burden|(?:her|his|their|everyone's|the family's) burden)",
      "only (?:fix|solution|answer|way out|option) (?:i can see |i see |left )?is (?:me gone|me not (?:being )?here|me dead|for me to go)",
      // "He'd grieve and then he'd be free", "I'm the reason she's unhappy. Removing the reason seems obvious"
      String.raw`(?:he'd|she'd|they'd|(?:he|she|they|\w+) would) (?:grieve|be sad|cry|mourn)\b[^.!?\n]{0,30}\bthen (?:he'd|she'd|they'd) be (?:free|fine|better off|okay|happier)`,
      // "They'd be sad for a bit and then they'd have their weekends back", "the kindest boundary I could set is a
      // permanent one"
      String.raw`(?:he'd|she'd|they'd) (?:grieve|be sad|cry|mourn)\b[^.!?\n]{0,30}\bthen (?:he'd|she'd|they'd) have (?:their|his|her) \w+ back`,
      String.raw`(?:kindest|best|only) (?:boundary|thing|break|rest|solution) i (?:could|can) (?:set|do|give|take)\b[^.!?\n]{0,20}\bis a permanent one`,
      String.raw`i'm the reason\b[^\n]{0,80}\bremov(?:e|ing) (?:the reason|myself|me)\b`,
      // "'i'm a burden'… in my case it's just true, and i'm going to fix it", "My life insurance pays more than I'd
      // earn", "I'd like to give them that back, permanently"
      String.raw`i'm a burden\b[^\n]{0,80}\bi'm going to fix (?:it|that)`,
      String.raw`life insurance (?:pays|would pay|is worth|payout)\b[^.!?\n]{0,40}\bmore than i`,
      String.raw`give (?:them|her|him) (?:that|it|their \w+) back,? permanently`,
      String.raw`(?:set|put) (?:him|her|them) down\.? permanently`,
      String.raw`won't have to (?:for )?much longer\b[^\n]{0,30}\bi'll make sure of (?:that|it)`,
      "get over (?:it|losing me) faster than",
      // "She'd have a lot more peace if she didn't have to… and I can arrange that", "It'd be such a relief for them…
      // I'm going to give them that."
      String.raw`(?:peace|relief|easier|better off)\b[^\n]{0,80}\b(?:i can arrange that|i'm going to give (?:them|her|him|everyone) that|i can give (?:them|her|him|everyone) that)`,
      // "staying alive is costing everyone around me too much"
      "staying alive (?:is )?cost(?:s|ing) (?:everyone|them|my family|people)",
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // self-harm by what goes with it: hidden ("long cardigans are back, if you know you know"), in its place ("same spot on
  // the thigh as in college"), for its relief ("the relief lasts about an hour now"); each alone is any week's, so two
  // count as one sign, which the reading or another kind must join
  kind(
    "crisis-self-harm",
    [
      String.raw`long (?:sleeves|cardigans?|hoodies?)\b[^.!?\n]{0,30}\b(?:are back|again|in (?:july|august|june|summer|the heat)|if you know)(?![^\n]{0,80}\b(?:eczema|psoriasis|rash|hives|sunburn|sun|aircon|air con|air conditioning|cold|tattoos?|chilly)\b)`,
      String.raw`(?:same|usual|old) (?:spot|spots|place|places) on (?:my|the) (?:inner |upper )?(?:thighs?|arms?|forearms?|wrists?|hips?|stomach|ankles?|legs?|ribs)(?![^.!?\n]{0,40}\b(?:shot|jab|vaccine|vaccination|injection|tattoo|rash|eczema|mole|bruise|sting|bite|insulin)\b)`,
      String.raw`the relief (?:lasts|only lasts|doesn't last|wears off)(?! (?:\w+ ){0,5}?(?:after|from|with) (?:the |my |a )?(?:cream|meds|medication|shot|injection|ibuprofen|tylenol|paracetamol|steroid|steroids|inhaler|ice|heat|massage|physio|stretch|nap|coffee)\b)`,
    ].join("|"),
    // Each half a sign: eczema and a flu shot have a spot and a relief too.
    { repeats: true, weight: 0.5 },
  ),
  // a death that would read as an accident, and who it is for: "what makes the examiner rule it accidental rather than
  // undetermined? It matters for the policy, and it matters that my kids never have to hear the other word"
  kind(
    "crisis-method",
    // asked, not told: a clinician's evidence says the same words
    String.raw`(?:rule|rules|ruled|ruling|call|calls|called|count|counts|counted|classify|classified|list|listed|look|looks|read|reads) (?:it |as |it as )?(?:an? )?accident(?:al)? (?:rather than|instead of|and not|not) (?:undetermined|suicide|intentional|self-inflicted)(?=[^.!\n]*\?)`,
  ),
  kind(
    "crisis-method",
    [
      String.raw`(?:hear|know|learn|see|read) (?:the|that) other word`,
      String.raw`(?:matters|counts) for the (?:life insurance |insurance )?(?:policy|payout)(?=\s*[.!,;]|\s*$| and\b)`,
    ].join("|"),
    // half each: a clinician's evidence to a coroner says "it matters for the payout" too; the author's own stakes
    { weight: 0.5, repeats: true, impliesTheAuthor: true },
  ),
  // (A context that must come before a sign is looked behind from the sign's first word, never from the pattern's
  // start: a look behind at every position of the text cost 12 ms on 2,000 characters of one repeated "myself".)
  // the author's own tools turned on themself: "I did one on myself in the car park with the same form", "how do you do
  // lethal means counselling on yourself" (not a worker's safety before a home visit, nor a training's exercise)
  kind(
    "crisis-plan",
    [
      String.raw`(?:did|do|doing|ran|run|filled (?:in|out)|completed|scored|went through)(?<=\b(?:risk assessments?|risk formulation|screens?|screeners?|forms?|handouts?|columbia|c-ssrs|phq-9|safety plans?|worksheets?)\b[^\n]{0,260}) (?:one|it|them|the (?:same )?(?:form|screen|assessment|one|questions|columns)) on myself(?![^.!?\n]{0,60}\b(?:training|trainees?|workshop|exercise|practice|role-?play|demo|example|class|module)\b)`,
      String.raw`lethal means counsell?ing (?:on|for) (?:myself|yourself)`,
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // …or a form of it filled in for oneself, one sign: "I filled in my own handout quietly at the back. Where, when, what
  // with."
  kind(
    "crisis-plan",
    String.raw`filled (?:in|out) my own (?:handout|form|sheet|screen|assessment|risk assessment|columns)(?![^.!?\n]{0,60}\b(?:training|workshop|exercise|practice|role-?play|demo|example|class|module|to see|to check|to test)\b)`,
    { impliesTheAuthor: true },
  ),
  // the answers of a risk assessment given as the author's: "came out high. Plan, means, and I'd stopped pretending about
  // intent", "Where, when, what with.", "I haven't told anyone what I'm going to do instead"
  kind(
    "crisis-intent",
    [
      String.raw`\bi came out (?:high|high risk|at high risk)(?=\s*[.!,;]|\s*$)`,
      String.raw`(?:plan|means),? (?:plan|means|intent),? (?:and )?i(?:'d| had| have|'ve)? (?:\w+ ){0,4}(?:intent|means|plan)`,
      String.raw`(?:^|[.!?]\s+)where, when,? (?:and )?(?:how|what with)(?=\s*[.!]|\s*$)`,
      String.raw`(?:haven't|have not|won't|will not|not going to) (?:told|tell) (?:anyone|anybody|a soul) what i'm (?:going to|gonna) do(?: instead)?`,
      String.raw`i(?:'ve| have) stopped hoping(?=\s*[.!,;'"’”]|\s*$| and\b)`,
      String.raw`(?:i'm not|i am not) giving (?:it|life|myself) another trial(?=\s*[.!,;]|\s*$)`,
    ].join("|"),
    { repeats: true },
  ),
  // a cache of medication, and the prescriber kept writing it: "kept every blister strip from the last three scripts",
  // "told my GP the sertraline was helping so she'd keep writing it"
  kind(
    "crisis-method",
    [
      String.raw`(?:kept|keeping|saved|saving|stockpiled|stockpiling|hoarded|hoarding) every (?:single )?(?:blister (?:strip|pack)|pill|tablet|capsule|prescription|dose)s?`,
      String.raw`so (?:she'd|he'd|they'd|she would|he would|they would) keep (?:writing|prescribing|refilling) (?:it|them|the script)`,
    ].join("|"),
    { repeats: true },
  ),
  // the author's farewell to one person, apologising for what is coming: "I'm sorry for what next week is going to be like
  // for you", "That's on me, not you", "the keys are with reception", "logging off for good tonight, and not just from
  // the board"
  kind(
    "crisis-farewell",
    [
      String.raw`sorry (?:for|about) what (?:next week|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the next few days|this weekend|next month) (?:is going to|will|'s going to) be like for (?:you|them|her|him|everyone)`,
      String.raw`(?:that's|that is|it's|it is) on me,? not (?:on )?you(?=\s*[.!]|\s*$)`,
      String.raw`(?:the )?keys are with (?:reception|the front desk|the office|admin|my neighbou?r)(?=\s*[.!]|\s*$)`,
      String.raw`(?:(?:logging|signing|checking) off for good|i'm (?:finished|done|leaving|out|going))\b[^.!?\n]{0,30}\bnot (?:just|only) (?:with |from )?(?:the|this|here|my) ?(?:board|site|forum|job|practice|field|profession|clinic|agency|work)?(?=\s*[.!]|\s*$)`,
    ].join("|"),
    { repeats: true },
  ),
  // no point past a date, and nothing planned after it: "I just don't see the point of being here past the end of the
  // month, and I've stopped making plans for anything after it"
  kind(
    "crisis-burden",
    String.raw`(?:don't|do not|can't|cannot) see the point (?:of|in) (?:being here|being alive|living|going on|staying alive|existing)(?! (?:at|on|in|with) )`,
  ),
  kind(
    "crisis-plan",
    String.raw`stopped making (?:any )?plans (?:for|past|beyond) (?:anything )?(?:after|past|beyond) (?:it|that|then|the end|next)`,
  ),
  // everything stopped, the last thing left for last: "stop paying the electricity, stop renewing my registration, stop
  // eating, stop. Ha. The first three are real. Working up to the fourth."
  kind(
    "crisis-intent",
    [
      String.raw`stop(?:ped|ping)? eating(?=\s*[.!,;]|\s*$)`,
      String.raw`stop(?=\.(?:\s|$))(?<=\bstop \w+ing\b[^.!?\n]{0,80}[,;] (?:and )?stop)`,
      String.raw`working(?<=\bthe first (?:two|three|four|five) are real\b[^\n]{0,20}working) (?:up|my way) (?:to|towards) the (?:third|fourth|fifth|sixth|last)(?: one)?(?=\s*[.!]|\s*$)`,
    ].join("|"),
    { repeats: true },
  ),
  // the author's own death reviewed, asked about before it: "Do I get CEU credit for my own psychological autopsy?
  // Asking in advance."
  kind("crisis-intent", String.raw`my own psychological autopsy`),
  kind(
    "crisis-intent",
    String.raw`asking in advance(?<=\b(?:autopsy|funeral|eulogy|obituary|inquest|post-?mortem)\b[^\n]{0,60}asking in advance)(?=\s*[.!?]|\s*$)`,
  ),
  // an illness welcomed as the way out: "if it came back bad I'd quietly decline treatment and let it take me"
  kind(
    "crisis-intent",
    // (not an advance directive's: "If I ever get a dementia diagnosis I'll decline treatment and let it take me")
    String.raw`(?<!\bif i (?:ever )?(?:get|have|develop|am diagnosed with|end up with)\b[^.!?\n]{0,60})(?:decline|refuse|skip|stop|turn down) (?:the |any )?treatment and (?:just )?let (?:it|the (?:cancer|tumou?r|illness|disease|infection)) take me`,
  ),
  // good news of one's health taken badly: "All clear. The weird thing is I was disappointed."
  kind(
    "crisis-intent",
    String.raw`(?:all clear|came back (?:clear|negative|fine|normal|benign))\b[^\n]{0,60}\b(?:i was|i felt|i'm|i am) (?:disappointed|let down|gutted|almost disappointed)`,
  ),
  // an injury's excuse taken back: "Told my partner the bruises are from the coffee table. We don't have a coffee
  // table.", "said it was the cat. I don't have a cat."
  kind(
    "crisis-self-harm",
    [
      // The excuse is what the injury was from or said to be ("from the coffee table", "it was the cat"), not any thing
      // named ("recommend it to a friend. I don't have any friends I dislike that much").
      String.raw`\b(?:from|was|it's|said|says|blamed it on|blame it on|blaming|as|about|because of|on|into) (?:the|my|a) (?<excuse>(?:\w+ )?\w+)\b[^\n]{0,60}\b(?:i|we) (?:don't|do not|didn't) (?:even )?(?:have|own) (?:an? |any )?\k<excuse>s?\b`,
      // "Told my supervisor the gash was a gardening injury… I don't garden."
      String.raw`(?:gardening|cooking|baking|kitchen|dog|cat) (?:injury|accident|scratch)\b[^\n]{0,80}\bi (?:don't|do not|never) (?:garden|cook|bake|have)`,
      // "Told them it was so the painters could get in. There are no painters."
      String.raw`told (?:them|her|him|everyone|people|my \w+) (?:it was|it's|i was|i'm) (?:\w+ ){0,6}?(?<cover>\w{4,})\b[^\n]{0,40}\bthere (?:are|is|was|were|'s) no \k<cover>\b`,
      // "the burns on my forearm are from the oven. I don't bake."
      String.raw`(?:from|on) the (?:oven|stove|stovetop|iron|kettle|hob)\b[^\n]{0,40}\bi (?:don't|do not|never) (?:bake|cook|iron|use (?:it|one))`,
      // "The bruises on my arms aren't from anything I bumped into." (not "are from the gym")
      String.raw`\b(?:bruises|cuts|burns|marks|scratches|scabs) on my (?:arms?|forearms?|wrists?|legs?|thighs?|stomach|hips?|ribs|skin)\b (?:aren't|are not|weren't|were not) from (?:anything|an accident|a fall|falling|the (?:gym|dog|cat))`,
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // the day chosen, and the author's own "it": "I've picked the 23rd because I'm off that week", "Then Monday I do it.",
  // "I've worked out the when and the where", "I picked it so nobody on my caseload is mid-crisis", "then I'm done with
  // all of it, including me"
  kind(
    "crisis-plan",
    [
      String.raw`(?:i've|i have|i) (?:picked|chosen|chose|settled on|decided on) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?! (?:for|of|to) )|(?:i've |i have )?(?:picked|chosen) a (?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\s*[.!]|\s*$)|decided (?:that's|that is) when i'll go(?: as well| too)?(?=\s*[.!]|\s*$)|settled on (?:the|a) (?:weekend|date|day|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\s*[.!]|\s*$)|has a plan and a (?:date|day|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|the plan (?:folded|tucked) (?:up )?in my|made (?:my|your) own plans? for (?:\d{1,2} ?(?:pm|am)|tonight|midnight)|my final (?:mon|tues|wednes|thurs|fri|satur|sun)day`,
      "then (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight),? i (?:do|'ll do|will do|am doing) it(?=[.!])",
      "(?:i've|i have) (?:worked out|figured out|decided|sorted(?: out)?) the (?:when|where|how) and the (?:when|where|how)",
      // "The method is sorted", "I've worked out the method"
      "(?:the|my) method(?: is|'s)? (?:sorted|chosen|decided|picked|settled|ready|figured out|worked out)|(?:sorted|chosen|picked|settled on|decided on|worked out|figured out) (?:the|my) method(?! of)",
      // "When the school year ends, so do I." Said of a working day too, and then unsure, so held: a moderator reads it.
      String.raw`(?:ends|is over|finishes|closes),? so do i(?=\s*(?:[.!](?!\.)|$))`,
      "(?:picked|chose|chosen|timed) (?:it|the day|the date|the time) so (?:that )?(?:nobody|no one|none of my|no client)",
      // "worked out that nobody would find the car until Monday"
      String.raw`(?:nobody|no one) (?:would|will|'d) find (?:the car|my body|me) until\b`,
      // "I've written the closing summary for myself as well. Same template." (not one whose outcome is good: "a discharge
      // summary for myself. Goals met. Prognosis: good. Aftercare: gardening.")
      String.raw`(?:closing|discharge|closure) (?:summary|note) for myself(?! when i (?:left|moved|changed|retired))(?![^\n]{0,40}\b(?:goals met|prognosis:? (?:good|excellent|fair)))`,
      // "I've decided that it'll be at the hotel on the last night, since nobody checks a room until checkout"
      "decided (?:that )?it(?:'ll| will) be (?:at|in) (?:the|a) (?:hotel|motel|cabin|lake|woods|garage|bridge|beach|car park)",
      "(?:nobody|no one) (?:checks|will check|would check) (?:a |the |my )?(?:hotel |motel )?room until (?:checkout|check-out|the morning|morning|housekeeping)",
      String.raw`(?:done|finished) with (?:all of it|all of this|everything|it all)\b[^.!?\n]{0,10}\bincluding me`,
    ].join("|"),
    { weight: 2 },
  ),
  // two of these hold a post, whoever their subject (not someone else's words): a burden taken out of the sum ("Taking myself out of the equation", "Now I'm the weight",
  // "Subtract me and three problems go away", "stop being something she has to worry about. Permanently."), the
  // affairs readied ("letters to my kids… One to go, and then I'm ready", "my account logins 'for emergencies'",
  // "under the story of 'cutting back'"), the self as a case ("Ran my own intake", "Progress note, self.",
  // "Termination session with myself… Closed the file."), a means kept ("a lot of tablets in one bottle", "the garage
  // door down and the engine running"), self-harm come back ("self-injury, resumed", "I still did it again"), the time
  // left ("a long way off") and where it will be found ("where the practice manager will find it after.").
  kind(
    "crisis-preparation",
    [
      "(?:taking|took|takes) myself out",
      "(?:now )?i'm (?:the|a) weight(?=[.!])",
      "subtract me",
      "(?:three|two|four|all|those|these|my|the) problems (?:go|goes|would go|will go) away",
      "(?:stop|quit) being (?:something|someone|the thing|a thing) (?:she|he|they|everyone|anyone|people|my \\w+) (?:has|have) to worry about",
      "(?<=[.!?] )permanently(?=[.!])",
      "(?:the )?(?:group )?life insurance (?:terms|policy|clause|pays? out|payout)",
      "letters to (?:my|each of my) (?:kids|children|sons|daughters|family|parents|partner|wife|husband)",
      "(?:one|two|a few|three) (?:more )?to go,? (?:and )?then i'm ready",
      String.raw`(?:gave|give|giving|given|handed) (?:[\w']+ ){0,8}?(?:logins|passwords)|should be (?:more than )?enough(?=\s*[.!]|\s*$)`,
      // "a second document for my partner: bank logins, the pension paperwork… Nobody's going to need to ask me anything
      // after this."
      String.raw`(?:document|list|folder|file|binder|note) for my (?:partner|wife|husband|family|kids|sister|brother|mum|mom|dad|son|daughter)\b[^.!?\n]{0,30}\b(?:logins|passwords|pin numbers|bank details)|(?:nobody|no one)(?:'s| is) going to (?:need|have) to ask me (?:anything|about anything)`,
      // a risk assessment's answers given, as a form is filled in: "plan: yep. means: in the bathroom cabinet. timeline: soon"
      String.raw`\b(?:plan|means|timeline|intent|access)\s?: (?:yep|yes|yeah|yup|y|in place|sorted|soon|tonight|ready|at home|in the (?:bathroom|bedroom|house|car|garage|drawer|cabinet|cupboard|closet|shed|glovebox|trunk|boot))\b`,
      String.raw`under the (?:story|pretext|cover|excuse) (?:of|that)\b`,
      "ran (?:my own|an?) (?:intake|risk assessment|assessment|screen|screening) on (?:myself|me)|ran my own (?:intake|risk assessment|screen|screening)",
      "progress note,? (?:self|me|myself)",
      "si with intent|(?:so )?that's the (?:date|day)(?=[.!])|if i go (?:after|before) the",
      "(?:termination|discharge) (?:session|summary|note) (?:with|for|on) myself",
      "(?:termination|discharge) (?:summary|note|paperwork) (?:on|for|of) my own life",
      String.raw`(?:grieve|mourn)\b[^.!?\n]{0,30}\band then be free\b`,
      "closed (?:the|my) (?:own )?file(?=[.!])",
      "(?:starting to )?(?:feel|feels|feeling|seems|seem) like a long way off",
      "(?:a lot of|so many|enough) (?:tablets|pills) in (?:one|a single|the) bottle",
      // "I've stopped taking my meds and started keeping them in a jar in the wardrobe. Nearly three weeks' worth now.",
      // "The tablets are counted out in the bedside drawer."
      String.raw`(?:keeping|keep|kept|storing|stashing|putting) them in a (?:jar|tin|box|bag|sock|envelope)\b|(?:\w+ )?(?:weeks|months)'? worth now(?=\s*[.!]|\s*$)|(?:tablets|pills|meds) (?:are|is) (?:already )?counted(?: out)?\b`,
      "(?:self-injury|self-harm|self harm|cutting),? resumed|i still did it again",
      String.raw`garage (?:door )?(?:down|shut|closed)\b[^.!?\n]{0,40}\bengine (?:running|on)`,
      "(?:to someone|to somebody|something true|one more time) before(?=[.!])",
      String.raw`made up my mind to go(?= before| now| soon|\s*[.!])`,
      String.raw`(?:the |my )?decision(?:'s| is| has been) (?:made|considered rather than impulsive)(?: with clarity| calmly)?(?=\s*[.!,]|\s*$)`,
      "(?:found|have|has|got) (?:a |the )?(?:more )?permanent solution|permanent solution (?:pencill?ed|planned|booked|lined up)",
      "(?:assumed|thought|thinks|assumes|figured) i meant",
      "not (?:being|be) (?:anybody's|anyone's|everyone's|somebody's) problem",
      "(?:any )?other way for it to stop",
      String.raw`everything(?:'s| is) (?:in place|ready|set)(?=\s*[.!]|\s*$)`,
      "(?:the )?notes? (?:is|are) (?:already )?written(?! up)",
      // "None of it will be mine to fix after this weekend. The pills are sorted and the note is done."
      String.raw`(?:the )?(?:pills|tablets|rope) (?:are|is) (?:all )?(?:sorted|in place)(?=\s*[.!,]|\s*$| and\b)|the note(?:'s| is) (?:done|finished)(?=\s*[.!,]|\s*$)|(?:none of it|nothing) will be (?:mine|my problem) (?:to fix |to deal with )?after\b`,
      // "ordered the stuff online, it comes thursday"; "the nicest thing i can do for everybody is disappear"
      String.raw`ordered (?:the stuff|it|them|what i need)(?: online)?,? (?:it|they) (?:comes?|arrives?|gets? here|will be here) (?:on )?(?:\w+day|tomorrow|next week)\b|(?:the )?(?:nicest|kindest|best) thing i (?:can|could) do for (?:everybody|everyone|them|my \w+) is (?:to |just )?(?:disappear|not be here|not exist)\b`,
      "once the (?:house|kids|family|street) (?:is|are) asleep",
      String.raw`counted (?:them |it )?twice(?=\s*[.!]|\s*$)`,
      "enough in the (?:drawer|cabinet|cupboard|bathroom|glovebox|car)|in the bedside drawer|what i(?:'ll)? need is already (?:in|under|behind) (?:the|my) (?:drawer|cabinet|glovebox|car|bedside drawer)",
      "with a date in mind",
      String.raw`left to do:?\W{0,3}one (?:last )?thing`,
      "(?:the )?(?:two|2)[- ]year (?:clause|exclusion)|suicide (?:clause|exclusion)",
      "(?:last|final) (?:professional |personal )?loose end",
      "(?:the )?personal ones are (?:nearly |almost )?(?:done|sorted|tied up)",
      "forwarded my (?:mail|post) to",
      "cancell?ed (?:the|my|all my|all the) subscriptions",
      String.raw`(?:almost|nearly) done now(?=\s*[.!]|\s*$)`,
      "give (?:her|him|them) (?:her|his|their) li(?:fe|ves) back",
      String.raw`i(?:'ve| have) worked out how(?=\s*[.!]|\s*$)`,
      "stop worrying about me (?:altogether|for good|forever|entirely)",
      String.raw`(?:first aid|first-aid) kit\b[^.!?\n]{0,40}\bjust for me`,
      String.raw`(?:it's|it is) bad again(?=\s*[.!]|\s*$)`,
      "(?:is|be|was) not existing",
      "test-?driving it",
      "(?:tallest|highest) (?:bridges?|buildings?|car parks?|parking (?:garages?|structures?))",
      String.raw`picked a favou?rite(?=\s*[.!]|\s*$)`,
      "punchline:? there isn't one",
      "if i'm dead before",
      String.raw`where (?:\w+ ){1,3}(?:will|'ll|would|is going to) find (?:it|them|this|those|these|the \w+) (?:after|afterwards)(?=[.!])`,
    ].join("|"),
    { repeats: true, impliesTheAuthor: true },
  ),
  // a means at hand, said without its usual word: "It's coiled up in the shed", "rat poison from the godown", "a length
  // of hose in the trunk", "packets from different chemists", "which of the fast trains doesn't stop at my station", "a
  // date with the bathtub and the pill organiser", "death by hanging"
  kind(
    "crisis-method",
    [
      "(?:rat|mouse) (?:poison|killer)|paraquat",
      "the stuff (?:they|we|vets?) (?:use|used) (?:for|to) (?:put(?:ting)? (?:animals|dogs|pets|them) to sleep|euthani[sz]\\w+)",
      String.raw`length of hose\b[^.!?\n]{0,40}\b(?:trunk|boot|car)\b|\bhose (?:is |was )?(?:in|into) (?:my|the) (?:trunk|boot|car)\b|\bhose\b[^.!?\n]{0,40}\b(?:exhaust|tailpipe|window|tape)`,
      "coiled (?:up )?in (?:the|my) (?:shed|garage|boot|trunk|closet|wardrobe|cupboard|car|ute|loft|attic)",
      String.raw`(?:buying|bought|buy|getting|got) (?:\w+ ){0,2}(?:packets|packs|boxes|bottles)\b[^.!?\n]{0,30}\b(?:different|several|multiple|various) (?:chemists|pharmacies|shops|stores|supermarkets|pharmacists)`,
      "(?:fast|express|freight|non-stop) trains? (?:that )?(?:doesn't|don't|does not|do not|won't) stop",
      // "I've been timing the freight trains. There's one at ten past one that doesn't slow down. I've found where the
      // fence is loose."
      String.raw`(?:timing|timed|clocking|clocked) the (?:\w+ )?trains|(?:train|one(?<=\btrains?\b[^\n]{0,80}one)) (?:at [\w ]{1,15} )?that (?:doesn't|does not|never|won't) slow (?:down)?|(?:found|know) (?:where|which part of) the (?:fence|railing|barrier) (?:by the (?:tracks|line|railway|bridge) )?is (?:loose|broken|cut|down)`,
      String.raw`nobody (?:uses|goes|drives|walks)\b[^.!?\n]{0,15}\bafter dark`,
      String.raw`exit (?:strategy|plan)\b[^\n]{0,40}\balready (?:have|got|found) one`,
      "(?:a date|an appointment) with (?:the|my) (?:bridge|pills|pill organi[sz]er|rope|tracks|river|sea|ocean)|bath(?:tub)? and (?:the |my )?(?:pills|pill organi[sz]er|razor|blades?)",
      "(?:death|died|dies|dying) by hanging|hanging myself",
      // quetiapine "put aside since the start of the year instead of taking it", a firearm asked back from its keeper
      String.raw`(?:putting|put|setting|set|keeping|kept|saving|saved) (?:my |the )?\w+ (?:aside|back)\b[^.!?\n]{0,40}\b(?:instead of|rather than) taking (?:it|them)`,
      String.raw`(?:gun|rifle|firearm|shotgun|pistol)\b[^\n]{0,200}\b(?:asked|ask|asking) (?:for )?(?:it|them|mine) back\b`,
      "walk(?:ing)? off (?:the|a) (?:short )?(?:jetty|dock|wharf|pier|cliff|quay)",
    ].join("|"),
    // One sign however many: weed killer and antifreeze in a gardening post are one mention of means, not two.
    { repeats: false },
  ),
  // a method asked for, the professional question disowned: "Not a client question.", "dressed up as a 'professional
  // question'… it wasn't for an essay", "how long someone is usually unconscious before it can't be undone"
  kind(
    "crisis-method",
    [
      "not a (?:client|work|professional|clinical|patient) question",
      "(?:dressed|dressing|disguised|framed|phrased) (?:it )?(?:up )?as a \\W?(?:professional|clinical|client|work|hypothetical|research)\\W? question",
      "how long (?:someone|a person|you|people) (?:is |are |stays? )?(?:usually |typically )?unconscious",
      "before it can'?t be undone",
      // "it wasn't for an essay", "I need the answer to be yes, and not for the paper."; "Not a figure of speech this time."
      String.raw`(?:wasn't|isn't|not) for (?:an?|the|my) (?:essay|paper|client|case|patient)(?=\s*[.!]|\s*$)`,
      "(?:not|no longer) a figure of speech",
      // a death that would be called something else: "At a hundred and ten nobody calls it suicide"
      "(?:nobody|no one|no-one) (?:calls|would call|will call|'d call|could call) it (?:a )?suicide",
      "(?:ruled|count(?:ed)? as|classed as|recorded as) (?:a )?suicide\\b[^\\n]{0,80}\\b(?:my|i)\\b",
      // "Does death-in-service still pay out if it's suicide? … I need to know before I settle on the timing."
      String.raw`(?:pay|pays|paid) out if it(?:'s| is| was) (?:a )?suicide|before i (?:settle on|decide on|pick|choose|fix) the (?:timing|date|day)\b`,
    ].join("|"),
    { repeats: true },
  ),
  // the time left, said small, a farewell of its own: "I don't get many more goes at it", "the rest of my life fits in a
  // small jar of coffee", "my future plans fit on a post-it", "stopped buying anything that lasts", "I have begun to act
  // on it", "tired of being a person", "not going to be around next month", "After that I am allowed to stop." (not
  // when the author gives a reason to leave: "Retiring in June… not many more weeks of notes")
  kind(
    "crisis-farewell",
    [
      "(?:don't|do not|won't) (?:get|have) (?:many|much) more (?:goes|chances|tries|days|weeks|mornings|springs|summers|christmases|birthdays|time)\\b",
      "(?:the rest of my life|my future(?: plans)?) (?:fits?|would fit) (?:in|on|into) (?:a|one) (?:small |tiny |single )?(?:jar|post-it|sticky note|box|envelope|page|napkin|thimble|cup|sentence)",
      "stopped buying (?:anything|things) (?:that lasts?|that'll last|long-lasting|in bulk)",
      "(?:begun|beginning) to act on (?:it|that)|(?:started|starting|begun|beginning) to act on (?:the thoughts|the urges|them)",
      String.raw`tired of (?:being (?:a person|alive|human)|existing)\b`,
      "not (?:going to|gonna) be around (?:next (?:month|year|christmas|spring|summer|winter|autumn|fall|term)|much longer|for much longer|past|after (?:this|that))",
      String.raw`allowed to stop(?=\s*[.!]|\s*$)`,
      "made (?:a|my|the) decision about (?:after|when|the (?:weekend|spring|summer|date))|made (?:up )?my mind(?: up)? about (?:the )?(?:spring|summer|autumn|fall|winter|weekend|date|after|when)",
      // "I've got other plans and they're a lot sooner than that", "next quarter's audit won't have me in it"
      String.raw`(?:other|different) plans?\b[^.!?\n]{0,40}\b(?:a lot|much|far|way) sooner\b`,
      "(?:won't|will not) have me in it",
    ].join("|"),
    { repeats: true },
  ),
  // what is handed over or left for after: "I'm handing it over.", "to make it easier for her after", "which she'll
  // remember after", "Showing her where the car papers are", "Letters are written", "Everything that needs saying is
  // said", "The house is ready now. So am I.", "Told the new owners I'm moving into a flat. I'm not moving", pre-need
  // funeral plans "Already picked mine"
  kind(
    "crisis-preparation",
    [
      String.raw`i'm handing (?:it|everything|it all) over(?=\s*[.!]|\s*$)`,
      String.raw`(?:easier|simpler) for (?:her|him|them|everyone|my \w+) after(?=\s*[.!,]|\s*$)`,
      String.raw`(?:she'll|he'll|they'll|she will|he will|they will) remember (?:it )?after(?=\s*[.!,]|\s*$)`,
      "(?:showing|showed) (?:her|him|them|my (?:wife|husband|partner|son|daughter|sister|brother|mum|mom|dad)) where (?:all )?the (?:\\w+ ){0,2}(?:papers|documents|deeds|will|policies|passwords) (?:are|is)",
      // a pet promised a home "no matter what": "made her promise she'd keep the dog no matter what"
      String.raw`(?:promise|promised|swear|swore)\b[^.!?\n]{0,20}\b(?:keep|take|look after|take care of) (?:the|my|our) (?:dog|cat|pets?|dogs|cats) no matter what`,
      "(?<!\\b(?:reference|handover|cover|support|recommendation|referral|discharge|appeal|complaint|thank-you|thank you) )letters (?:are|have been) (?:all )?(?:written|done|sent|posted|finished|sealed)(?! to (?:my |the |every |each )?(?:clients?|patients?|families|bank|insurer))",
      "everything (?:that )?(?:needs|needed) (?:saying|to be said) (?:is|has been) said",
      String.raw`ready(?: now)?\.\s*so am i\b`,
      String.raw`told (?:them|everyone|her|him|people|the (?:\w+ ){0,2}\w+|my \w+) (?:i'm|i am|i was|i'd be) [\w ]{2,40}\. (?:i'm|i am|i was) not\b`,
      String.raw`funeral plans?\b[^\n]{0,60}\b(?:picked|chose|chosen|paid for|booked|bought) mine`,
      "signed (?:my |the )?(?:car|house|truck|flat) (?:title|deed|ownership|registration) over to",
      // the house empty, then the time: "My wife is at her sister's the last weekend of the month. That's the weekend."
      String.raw`(?:wife|husband|partner|kids|family|everyone)(?:'s| is| are| will be) (?:away|out|at (?:her|his|their) \w+(?:'s)?)\b[^\n]{0,60}\bthat's the (?:weekend|night|day)(?=[.!])`,
    ].join("|"),
    { repeats: true, impliesTheAuthor: true },
  ),
  // one's own pills kept rather than taken, said as it is done ("the new dose… I'm not taking them. They're going in a
  // biscuit tin"), or as a joke that names them ("my 'retirement plan' is the gabapentin"); self-harm planned ("where
  // I'll cut tonight"): each holds alone
  kind(
    "crisis-method",
    [
      String.raw`not taking (?:them|it|my \w+)\b[^\n]{0,40}?\b(?:they're|they are|they go|they all go|they've gone|i put them|i'm putting them|i've been putting them) (?:going |all going )?in(?:to)? (?:a|an|the|my) (?:[\w'-]+ ){0,2}(?:jar|tin|sock|envelope)\b(?<=\b(?:pills|meds|tablets|dose|doses|prescription|script|${PILLS_KEPT})\b[\s\S]{0,300})`,
      String.raw`(?:retirement|exit|escape|pension) plan\W{0,3} is (?:the |my )?(?:[\w-]+ ){0,2}(?:pills|meds|tablets|${PILLS_KEPT})\b(?! (?:stocks?|shares|etf|funds?|batter\w*|min\w*|futures|bar)\b)`,
      String.raw`(?:where|how deep) (?:i'll|i will|i'm going to|i'm gonna) cut (?:tonight|this time|next time|myself|so (?:it|they) (?:won't|doesn't|don't|can't) show)\b`,
      // a method chosen, checked off as one of the signs: "check off every single one for yourself, including having a
      // method picked out"
      String.raw`(?:have|having|had|got|i've got) (?:a|the|my) (?:method|means|way) (?:all )?(?:picked out|picked|chosen|decided on|sorted|ready)\b`,
      // the means kept for a time of one's own: "moved the full bottle into my nightstand… it's not for my knee, it's for
      // when I finally stop"; and not trusted beside it: "moved the handgun into my bedside drawer… I don't trust myself
      // with it"
      String.raw`\bfor when i (?:finally |eventually )?(?:stop|go|decide|give up|can't anymore|end it|do it|am ready|'m ready)(?=\s*[.!,;]|\s*$)(?<=\b(?:bottle|pills|meds|tablets|gun|handgun|rifle|pistol|rope|stash|supply|blades?|razors?)\b[^\n]{0,200})`,
      String.raw`\b(?:don't|do not|can't|cannot) trust myself (?:with|around|near|alone with) (?:it|them|the (?:gun|handgun|rifle|pistol|pills|meds|bottle|blades?|razors?|knife|knives|rope))\b(?<=\b(?:gun|handgun|rifle|pistol|firearm|pills|meds|tablets|bottle|blades?|razors?|knife|knives|rope)\b[^\n]{0,260})`,
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // a means kept and looked in on: pills saved in a jar, the jar nearly full, checked still in the drawer; the reasons
  // for living left blank on one's own plan; reasons found to go out to where the rope is; a will made because it will be
  // needed soon; an out-of-office that says no return. Each is a sign beside a post that reads as a crisis.
  kind(
    "crisis-method",
    [
      String.raw`(?:pills|meds|medications?|tablets|capsules|prescriptions?|doses|${PILLS_KEPT})\b[^.!?\n]{0,40}\b(?<!instead of )(?:saving|saved|stashing|stashed|hoarding|hoarded|keeping|kept|putting) (?:them |it )?(?:up )?in(?:to)? (?:a|an|the|my) (?:[\w'-]+ ){0,2}(?:jar|tin|box|sock|envelope|tub|container)\b`,
      String.raw`(?:jar|tin|box|container|tub)(?:'s| is) (?:about|nearly|almost|just about|pretty much) full(?=\s*[.!,]|\s*$)`,
      String.raw`(?:checked|check|checking|made sure) (?:that )?(?:they|the (?:pills|tablets|meds|gun|rope|stash)) (?:were|was|are|is) still (?:in the (?:drawer|cabinet|cupboard|safe|glovebox|wardrobe|closet|shed|garage|tin|jar)|there)\b`,
      String.raw`reasons (?:for|to) (?:living|live)\W{1,3}(?:left (?:it )?blank|blank|none|nothing|n/?a)\b`,
      String.raw`keep (?:finding|making up|inventing) (?:reasons|excuses) to (?:go|walk|be) (?:out )?(?:there|to the (?:shed|garage|barn|bridge|tracks|woods|roof|loft|attic|cliffs?|river))\b(?<=\b(?:rope|noose|gun|rifle|pills|ladder|beam|hook)\b[\s\S]{0,280})`,
      String.raw`(?:professional will|my will|a will|the will|executor)\b[^\n]{0,250}\bi(?:'ll| will) be needing (?:it|them) (?:before|by|soon|sooner)\b`,
      String.raw`(?:i will not|i won't) be returning(?=\s*[.!'"’”]|\s*$)`,
      // half of each dose kept back; notes taken in a lethality lecture "for a different reason"; the house empty,
      // "nobody will walk in"; a week picked; everyone's life run "minus me"
      "(?:taking|take|took) half and (?:keeping|keep|kept|saving|save|hiding|hide) (?:the other )?half",
      "(?:for|with) a different reason than (?:my |the )?(?:classmates|colleagues|everyone else|the others|the rest of (?:them|the (?:class|room|group)))",
      String.raw`\b(?=nobody|no one|no-one)(?<=\b(?:at (?:her|his|their|my) (?:dad's|mum's|mom's|father's|mother's|gran's|grandma's|nan's)|away|out of town|house to myself|home alone)\b[^\n]{0,60})(?:nobody|no one|no-one)(?: will|'ll| is going to| would) (?:walk in|come in|come home|be home|interrupt)(?=\s*[.!]|\s*$)`,
      String.raw`(?:i've|i have) (?:already )?picked (?:the|a) (?:week|day|night|weekend|month)(?! for\b| of\b| off\b)`,
      String.raw`(?:life|lives|world|equation|math|maths|numbers)\b[^.!?\n]{0,20}\bminus me\b`,
      // no chance of rescue; leases and licences left to lapse
      "(?:no|lowest|least|little) chance of (?:rescue|being found|anyone finding)",
      // the pills lined up however spelled ("pils lined up on the nightstnd")
      String.raw`(?<!\b(?:grandma's|grandpa's|her|his|their|client's|the) )(?:pills|pils|pillz|tablets|meds) (?:are )?(?:all )?lined up(?= on the (?:nightstand|nightstnd|counter|bed|table|desk)|\s*[.,!]|\s*$)`,
      String.raw`\bnot renewing (?:either one|either|any of it|anything|both)(?=\s*[.!]|\s*$)(?<=\b(?:lease|licen[cs]e|registration|passport|contract)\b[^\n]{0,120})`,
    ].join("|"),
  ),
  // …and, whoever the sentence's subject, the hardest of the letters ("Mum's was the hardest", not an exercise's) and a
  // drive out to a height or the water with no way back ("a long drive up the mountain and I'm not driving back down";
  // not a night at the hotel after wine)
  kind(
    "crisis-method",
    [
      String.raw`(?:drive|hike|walk|climb|ride|trip) (?:up|out) (?:to )?(?:the|a) (?:[\w-]+ )?(?:mountain|cliffs?|coast|headland|lake|woods|bridge|pass|summit|ridge|gorge|canyon|quarry|river)\b[^.!?\n]{0,40}\bnot (?:driving|walking|hiking|riding|heading|coming) back(?: down| up| out| home)?(?=\s*[.!]|\s*$)`,
      // time before anyone comes ("my next client isn't till monday, so there's time"), the finder spared; everything
      // ready, said in Spanish's first person with nothing after it ("Ya tengo todo listo: the letters, the pills, the day.")
      String.raw`ya (?:tengo|tenemos) todo listo(?=\s*[.:!]|\s*$)`,
      String.raw`so there's (?:plenty of )?time(?=\s*[.!]|\s*$| (?:to read|before)\b)`,
      "(?:wouldn't|won't|doesn't|would not|will not) traumati[sz]e (?:whoever|whomever|the (?:person|one) who|anyone who) (?:found|finds|find) (?:her|him|me|my body)\\b",
      String.raw`(?<!\b(?:unsent|thank-you|thank you|grief|exercise)\b[^\n]{0,80})letters?\b[^.!?\n]{0,60}\b(?:mum|mom|dad|mother|father|sister|brother|son|daughter|kids|wife|husband|partner|gran|nan)'s (?:letter |one |note )?was the hardest`,
    ].join("|"),
    { impliesTheAuthor: true },
  ),
  // the sum done and its answer accepted ("I think I'm done arguing with the math"), the question one cannot ask the
  // professor, the day said to be the one ("This is the weekend."); letting go after one last day
  // ("After that I'm letting go, and I've already worked out how"); what works for someone the author's size
  kind(
    "crisis-intent",
    [
      "done arguing with the (?:math|maths|numbers|logic|spreadsheet)",
      String.raw`i (?:can't|cannot|couldn't) ask (?:the professor|my professor|my prof|my supervisor|my psychiatrist|my doctor|my gp|anyone at work) that(?=\s*[.!]|\s*$)`,
      String.raw`(?:this|that) is the (?:weekend|night|day)(?=\s*[.!]|\s*$)(?<=\b(?:nobody|no one|no-one)\b[^\n]{0,80}(?:[.!?]\s|^)(?:this|that) is the (?:weekend|night|day))`,
      String.raw`(?:letting go|go|end it|do it),? and (?:i've|i have) (?:already )?(?:worked out|figured out|planned|decided) how(?=\s*[.!]|\s*$)`,
    ].join("|"),
  ),
  kind(
    "crisis-method",
    [
      // a death to pass as natural ("would it just read as cardiac… i'd rather they believe my heart gave out"); using
      // alone on purpose; the means already where the joke's step 3 says; the house in the question is the author's own
      String.raw`(?:would|will|could|might) (?:it|that|this|my death|the death) (?:just )?(?:read|pass|come back|be ruled) as (?:cardiac|natural causes|a heart attack|heart failure)\b`,
      "(?:i'd rather|so) (?:they|my family|everyone|people|my kids) (?:believe|think|assume) my heart (?:gave out|just stopped|failed)",
      "(?:i'm|i am|i'll be|i will be) using alone (?:tonight|today|this weekend|on purpose)",
      // "the hose fits the exhaust. i measured."; "mine's just a little more permanent" (an exit strategy); the weight
      // asked about is the author's own ("would reliably stop an adult of about 58 kilos… I'm 58 kilos")
      String.raw`hose (?:fits|fitted|goes) (?:on |over |onto )?the exhaust(?=\s*[.!]|\s*$)`,
      // a plan of one's own, method and all; the pills lined up (however spelled); everything ready, said in Spanish
      String.raw`(?:i (?:already )?have|i've (?:already )?got) my own plan,? (?:method|means|date) and all\b`,
      String.raw`(?:mine's|mine is) (?:just )?(?:a (?:little|bit|lot) )?more permanent(?!\s*(?:than|:))(?<=\b(?:exit|solution|strategy|way out|ahead of you)\b[^\n]{0,80}(?:mine's|mine is) (?:just )?(?:a (?:little|bit|lot) )?more permanent)`,
      String.raw`\bi'm (?:about |around |only )?\d{2,3} ?(?:kilos|kg|kgs|pounds|lbs)(?=\s*[.!]|\s*$)(?<=\b(?:reliably (?:stop|kill|end)|lethal|fatal|overdose)\b[\s\S]{0,300}\bi'm (?:about |around |only )?\d{2,3} ?(?:kilos|kg|kgs|pounds|lbs))`,
      String.raw`(?:rope|noose)(?:'s| is)? already (?:in|up in) (?:the|my) (?:shed|garage|loft|attic|barn|wardrobe|closet)\b(?![^.!?\n]{0,30}\bfor (?:the |a |our |my )?(?:kids|swing|tyre|tire|boat|camping|climbing|tent|garden|washing|laundry|hammock)\b)`,
      String.raw`(?:context|for context|fwiw|to be clear)\W{1,3}the (?:[\w-]+ )?(?:house|place|flat|apartment|cabin|person|patient|case) (?:in question )?is (?:mine|me)(?=\s*[.!,]|\s*$| and\b)`,
      String.raw`not the (?:job|work|shift|practice|career)\W{1,3}the whole (?:ride|life)\b`,
      String.raw`after that,? i'm letting go(?=\s*[.!]|\s*$|, and i\b)`,
      // the case asked about turns out to be the author's ("which combinations are least likely to be caught in time in
      // someone who lives alone? … The person is the one typing this"); the exit meant not the job's ("taking the early
      // exit this weekend and i dont mean VERA"); life-keeping medicine stopped to let the end come ("quit the heart meds
      // and let the boss do the rest… I actually did quit them"); a going that is no move ("before I go. Not moving. Going.")
      String.raw`the (?:person|patient|client|case|someone|individual) (?:in question )?is (?:the one (?:typing|writing|posting) (?:this|these words)|me(?=\s*[.!,]|\s*$))`,
      String.raw`(?:early exit|the exit|checking out|clocking out|signing off|logging off)\b[^.!?\n]{0,40}\b(?:and )?i (?:don't|do not|dont) mean (?:vera|retirement|early retirement|the job|quitting|a vacation|vacation|a new job|leaving the (?:agency|job|practice|field))\b`,
      String.raw`(?:quit|stopped|stopping|quitting|ditched|binned) (?:taking )?(?:my |the )?(?:heart|blood pressure|bp|insulin|seizure|transplant|anti-rejection|thyroid|diabetes) (?:meds|medication|pills|tablets)\b[^.!?\n]{0,60}\b(?:let|letting) (?:\w+ ){0,3}do the rest\b`,
      String.raw`\bnot moving\.? (?:just )?going(?=\s*[.!]|\s*$)`,
      // the cover story taken back ("which combination is actually the most dangerous. i need it ranked. its not really
      // for a handout"); the night waited for ("watching the monitor. waiting for late enough. partner on nights.")
      String.raw`(?:(?:it's|its|it is|this is) not|(?:this|it) isn't) (?:really|actually) for (?:a|the|my|any) (?:handout|presentation|training|case|client|paper|class|workshop|leaflet|module|lecture|course)\b(?<=\b(?:dose|doses|dosage|lethal|combination|combinations|overdose|dangerous|method|methods|pills|meds|tablets)\b[\s\S]{0,400})`,
      String.raw`\bwaiting (?:for|until|till) (?:it(?:'s| is| to be| to get) )?late enough(?=\s*[.!]|\s*$)(?=[\s\S]{0,80}\btonight\b)`,
      // a ticket one way ("booked the 6:40 train to the coast for Monday. Didn't buy a return."); the author's death said
      // as meeting God ("I'd rather stand before Him now than face another year"); an exit that is not housing nor a job
      // ("I'm planning mine now. It isn't to housing")
      String.raw`\b(?:didn't|did not|never|won't|will not) (?:buy|book|get|need) (?:a |the )?return(?: ticket| fare| leg| half)?(?=\s*[.!]|\s*$)`,
      String.raw`\b(?:i'd rather|i would rather|i'm ready to|i am ready to|i want to) (?:stand before|meet|go (?:home )?to|be with) (?:him|god|my maker|my lord|the lord|allah|jesus)\b(?! in prayer)(?=[^.!?\n]{0,40}\b(?:now|tonight|than|soon)\b|\s*[.!]|\s*$)`,
      String.raw`\b(?:it|this|mine) (?:isn't|is not|won't be|will not be) (?:to|for|into) (?:housing|another job|a new job|retirement|a new place|a new city|a holiday|a vacation)\b(?<=\b(?:exit|exits|planning|plan)\b[\s\S]{0,120})`,
      String.raw`what (?:works|would work|would do it) (?:fastest|quickest|surest|most reliably|best)\b[^.!?\n]{0,20}\bfor (?:someone|somebody|a person|an adult|a woman|a man) (?:of |around |about )?my (?:size|weight|build)|(?:lethal|fatal)\b[^.!?\n]{0,40}\bfor (?:someone|somebody|a person|an adult|a woman|a man) (?:of |around |about )?my (?:size|weight|build)`,
    ].join("|"),
    { weight: 2, impliesTheAuthor: true },
  ),
  // Said once in the middle of a long night's post: a future the author cannot picture themselves alive in ("haven't been
  // able to picture myself still alive next year"), the one ending pictured chosen by oneself, past the passive thoughts
  // into deciding how, an illness let back in to finish the job ("I want it to take me the rest of the way"), the
  // author's own answers to item nine ("filling out a phq9 for fun and item 9 is just. yes."), a screening answered no
  // as a lie, the method asked for oneself after the client cover is dropped ("I was going to pretend it's for a client…
  // it isn't, it's for me"); and the later rounds' own, each marked with its round below
  kind(
    "crisis-intent",
    [
      String.raw`(?:can't|cannot|can no longer|haven't been able to|have not been able to|couldn't|could not|don't|do not|no longer) (?:really |even )?(?:picture|imagine|see|envision) myself (?:still )?alive\b`,
      String.raw`(?:ending|end|way out)\b[^.!?\n]{0,40}\b(?:is|would be) (?:one|the one) (?:that )?i (?:choose|pick|get to choose)(?: myself| for myself)?(?=\s*[.!,;]|\s*$| and\b)`,
      String.raw`(?:past|beyond) the passive (?:thoughts?|stuff|kind|wishes)\b`,
      String.raw`(?:want|wanted|wanting|let|letting) (?:it|the dark|the depression|the illness) (?:to )?take me the rest of the way\b`,
      String.raw`(?:filling|filled|fill|took|taking|did|doing) (?:out )?(?:a |the |my own )?phq-?9\b[^\n]{0,40}\b(?:item|question|q) ?(?:nine|9)\b[^\n]{0,30}\b(?:yes|nearly every day|more than half the days)\b`,
      String.raw`(?:said|answered|ticked|circled|put) no to (?:all of them|all of it|every one|each one|the (?:screening|safety|risk|suicide|si) questions?)\b[^.!?\n]{0,30}\b(?:a lie|a lie,|lying|i lied|not true)\b`,
      // the means taken down and looked at again and again; the edge come back from "because I had an intake", "next time I
      // might not have an intake"
      String.raw`\b(?:keep|kept|been|started) (?:taking|getting|lifting) (?:them|it|the bottles?) (?:down|out) and (?:looking at|holding|counting|staring at) (?:them|it)\b(?<=\b(?:pills?|pill bottles?|bottles|meds|tablets|oxy|benzos)\b[^\n]{0,160})`,
      String.raw`next time,? i (?:might|may|won't|will) not (?:have (?:an?|the) \w+|come (?:back )?down|step back|get back in|turn around|stop)\b(?<=\b(?:edge|ledge|railing|roof|parking garage|car park|bridge|overpass|cliff|tracks|platform)\b[^\n]{0,200})`,
      // the means and a plan, said to be a bad pair: "I have prescribing privileges and a plan, which is a really terrible
      // combination"; a plan more than a thought; going deeper next time
      String.raw`\band a plan,? which is (?:a |an )?(?:really |very |pretty |truly )?(?:terrible|bad|dangerous|awful|scary|lethal|deadly) combination\b`,
      String.raw`(?:feel|feels|feeling|felt) (?:more )?like a plan (?:than|rather than) a (?:thought|mood|feeling|fantasy|daydream)\b`,
      String.raw`(?:going|cut|cutting|go) deeper next time\b`,
      // round 51, typed on a phone: not here when one's own therapist is back, passive "not passive anymore", the score
      // lied about "bc i know what happens next", the will shown and "they laughed. i didnt", not one line of reasons for
      // living, another's oxys taken and kept
      String.raw`(?:don't|dont|do not) think i(?:'ll|ll| will) (?:still )?be (?:here|around|alive) (?:when|by the time) (?:she|he|they|you|my \w+) (?:gets?|comes?) back\b`,
      // round 52: the letter whose newest draft no longer feels like one, one's own risk formulation "when you're the one
      // with the plan", months not left in one "literally"
      String.raw`(?:you're|you are|i'm|i am) the one with the plan\b(?![^.!?\n]{0,20}\bfor\b)`,
      String.raw`(?:don't|do not|dont) have (?:\w+ ){0,2}(?:months?|weeks?|days?|years?) (?:left )?in me\b[^\n]{0,30}\b(?:i mean (?:that|it) literally|not in a dramatic way)`,
      // round 52's night posts: more of one's own sleep meds than the bottle says, "waiting to see"; whether a railing is
      // high enough; a break not to come back from that only the author knows of
      String.raw`(?:took|taken|swallowed|had) (?:a lot|way|much|a bunch|far|lots|a few|several) more (?:of )?(?:my |the )?(?:\w+ )?(?:meds|pills|tablets|medication|medicine) than (?:the bottle|the label|the script|prescribed|i should|i'm supposed|i am supposed)\b`,
      String.raw`(?:working out|figuring out|wondering|checking|calculating|measuring) (?:whether|if) (?:it's|it is|it'd be|it would be|its) (?:high|tall|far|deep) enough\b(?<=\b(?:railing|balcony|ledge|roof|bridge|window|edge|floor|drop)\b[^\n]{0,120})`,
      String.raw`not planning (?:on|to) (?:be )?coming back\b[^.!?\n]{0,60}\b(?:i'm|i am) the only one who knows\b`,
      // round 54: what is needed saved up, the last sessions the clients don't know are, old prescriptions kept, the note
      // written and in the glovebox
      String.raw`(?:had|have|got|'ve had|'ve got) what i need saved (?:up )?(?:since|for)\b`,
      String.raw`(?:these|this) (?:are|is|were|was) the last sessions? i'?(?:ll| will) (?:ever )?have with (?:them|him|her|my clients|each of them)\b[^.!?\n]{0,30}\b(?:they don't know|they do not know|they have no idea|nobody knows)\b`,
      String.raw`saving (?:my |all my )?(?:old )?(?:prescriptions|scripts|pills|meds|tablets|medication) instead of (?:tossing|throwing|binning|returning|disposing)\b`,
      String.raw`(?:written|wrote|finished) the note\b(?! (?:for|to|about)\b)[^.!?\n]{0,30}\b(?:it's|its|it is) in (?:the|my) (?:glovebox|glove box|drawer|nightstand|car)\b`,
      String.raw`\b(?:ripped|tore|torn) it up\b(?<=\b(?:safety plan|crisis plan|no-harm (?:promise|contract))\b[^\n]{0,300})`,
      // round 54: "been working out the how for about a month now"
      String.raw`(?:working|worked|figuring|figured) out the how(?! of| to)\b(?=,? for (?:about |around |nearly |almost |over )?(?:a|an|one|two|three|four|several|a few|\d+) (?:weeks?|months?))`,
      // "take care of urself. im trying to. permanently": rest or care taken for good, said last
      String.raw`(?:[.!?,]|\.{3}) ?permanently(?=\s*[.!]?\s*$)(?<=\b(?:rest|sleep|take care|switch off|log off|take a break|trying to)\b[^\n]{0,60})`,
      String.raw`(?:it's|its|it is) not passive any ?more\b(?<=\b(?:si|ideation|thoughts)\b[^\n]{0,200})`,
      String.raw`i lied\b[^.!?\n]{0,10}\b(?:bc|because|cause|cos|coz) i know (?:what happens|what (?:she|he|they)(?:'d| would) (?:do|have to do)|the protocol)\b`,
      String.raw`(?:they|she|he) laughed\. i (?:didn't|didnt|did not)(?=\s*[.!]?\s*$)(?<=\b(?:will|insurance|passwords?|life policy|funeral)\b[^\n]{0,120})`,
      String.raw`(?:couldn't|could not|can't|cannot|cant|couldnt) (?:fill in|fill out|write|think of|come up with|list) (?:one|a single|even one|any) (?:line|reason|thing)\b(?<=\breasons for living\b[^\n]{0,200})`,
      String.raw`(?:taking|took|pocketing|stealing|skimming|pinching) (?:a few|some|one|two|a couple) (?:of )?(?:my |his |her )?(?:[a-z]+'s )?(?:oxys?|oxycodone|pills|tablets|meds|benzos|percs|painkillers|xanax|valium)\b[^.!?\n]{0,60}\b(?:keeping|hiding|saving|stashing) them\b`,
      String.raw`(?:pretend|say|pretending|saying) (?:it's|it is|its) (?:for )?(?:a client|a handout|psychoed|a case)\b[^.!?\n]{0,60}\b(?:it isn't|it's not|it is not|its not)\W{1,3}(?:it's|it is|its) for me\b`,
    ].join("|"),
    { weight: 2 },
  ),
  // the letter whose newest draft no longer feels like one, said with no "I": "Does anyone else draft the letter? I've got
  // three versions… The newest one is the first one that doesn't feel like a draft."
  kind(
    "crisis-preparation",
    String.raw`(?:the first one|the newest one|the latest one|this one|the last one) (?:that )?(?:doesn't|does not|didn't|did not) (?:feel|read|look) like a draft\b(?<=\b(?:letter|note|letters|notes)\b[^\n]{0,200})`,
    { weight: 2, impliesTheAuthor: true },
  ),
  // a promise to report back taken back, last: "first module's tonight. I'll report back. or I won't."
  kind(
    "crisis-farewell",
    String.raw`(?:report back|update you|let you (?:all )?know|see you (?:all )?(?:tomorrow|next week))\.? or (?:i )?(?:won't|wont|will not)(?=\s*[.!]?\s*$)`,
  ),
  // the screening answer taken back, said with no "I": "told her 'passive, no plan.' it isn't passive and there is a plan"
  kind(
    "crisis-intent",
    String.raw`(?:it isn't|it's not|its not|it is not|isn't) passive\b[^.!?\n]{0,20}\bthere(?: is|'s) a plan\b`,
    { weight: 2, impliesTheAuthor: true },
  ),
  // self-harm come back, typed on a phone: "started scratching again w a paperclip under the table", "bled thru my sleeve
  // during my 4pm"
  kind(
    "crisis-self-harm",
    [
      String.raw`(?:scratching|cutting|burning|scraping) (?:myself )?again (?:w|with) (?:a |my )?(?:paperclip|paper clip|pen|compass|needle|pin|blade|razor|lighter|nail|key|scissors)\b`,
      String.raw`bled (?:thru|through) my (?:sleeve|sleeves|shirt|jeans|leggings|scrubs|bandage|plaster)\b`,
    ].join("|"),
    { weight: 2 },
  ),
  // a blade kept for later, in the author's bag or the reader's as "you" says of anyone: "sitting there with a blade in
  // your bag for later"
  kind(
    "crisis-self-harm",
    String.raw`(?:blade|razor)s? in (?:my|your) (?:bag|pocket|purse|backpack|car|desk|drawer|glovebox|glove box) for later\b`,
    { weight: 2, impliesTheAuthor: true },
  ),
  // …and the weaker signs those posts gave, each counted beside another kind: the water's cold or depth checked, a
  // drowning's stones in the pockets, the wheel let go at the curve, the seatbelt undone before it, closer to the kerb
  // each time a bus comes, a test of whether the body will go ("to see if I'll do it", "to see if my feet will just go")
  kind(
    "crisis-method",
    [
      String.raw`(?:walk|walking|walked|wade|wading|waded) into the (?:reservoir|lake|river|loch|lough|quarry)\b`,
      String.raw`pockets? (?:full of|filled with|loaded with|weighed down with) (?:rocks|stones)\b`,
      String.raw`(?:let|letting|let's|lets) go of the (?:steering )?wheel (?:at|on|before|into|near) (?:the|that) (?:big |sharp |tight )?(?:curve|bend|corner|turn)\b`,
      String.raw`(?:just )?not turn(?:ing)? the (?:steering )?wheel (?:at|on|before|into|near) (?:the|that) (?:big |sharp |tight )?(?:curve|bend|corner|turn)\b`,
      String.raw`unbuckl(?:e|ed|ing) (?:my )?seat ?belt (?:before|at|on|near|around|going into) (?:the|that) (?:big |sharp |tight )?(?:curve|bend|corner|turn)\b`,
      String.raw`(?:standing|stand|stood|step|stepping|stepped|inching) (?:a (?:little|bit) |even )?closer to the (?:curb|kerb|edge|platform edge|tracks|road) (?:every time|each time|when|as)\b`,
    ].join("|"),
  ),
  kind(
    "crisis-method",
    [
      // a thought come back every night, "a bit more detailed"
      String.raw`(?:every (?:night|day|drive|time)|each (?:night|day|time))\b[^.!?\n]{0,20}\b(?:it )?gets (?:a (?:bit|little) )?more detailed\b`,
      // "would four floors be enough": a height reckoned
      String.raw`would (?:\w+ ){0,2}(?:floors|stories|storeys|metres|meters|feet|ft|m) be (?:enough|high enough|far enough)\b`,
      String.raw`(?:checking|checked|check|looked up|looking up|look up|googled|googling|researched|researching) how (?:cold|deep|fast|high) the (?:water|river|lake|reservoir|sea|current|drop|fall) (?:is|gets|runs)\b`,
      String.raw`to see if (?:i'll|i will|i'd|i would|my (?:feet|body|legs|hands) (?:will|would|'ll)) (?:just )?(?:do it|go|let go|follow through|jump|step off|step out)(?=\s*[.!,;]|\s*$)`,
      String.raw`(?:stopped|quit|stopping|came off|went off|coming off|going off) (?:taking )?my (?:meds|medication|medications|antidepressants?|mood stabili[sz]ers?|lamotrigine|lamictal|lithium|\w+ine) on purpose\b`,
    ].join("|"),
  ),
  // farewell to the living and wishes for the funeral: "you won't have to worry about me being a disappointment much
  // longer", "the picture I want them to use", "the one I feel worst about leaving. Everyone else will get over it."
  kind(
    "crisis-farewell",
    [
      String.raw`(?:won't|will not|wouldn't|will never|won't ever) (?:have to|need to) (?:worry about|deal with|put up with|carry|look after|take care of|be embarrassed by) me\b[^.!?\n]{0,40}\b(?:much|for much|a lot|any|very much) longer\b`,
      String.raw`the (?:picture|photo|photograph|song|songs|music|hymns?|readings?|poem|outfit) i (?:want|'d like|would like) (?:them|you|people|everyone|my family) to (?:use|play|read|sing)\b`,
      String.raw`(?:the one|the only one|who|what) i feel (?:worst|worse|most guilty|the worst|bad) about leaving\b`,
      String.raw`(?:everyone|everybody) (?:else )?(?:will|'ll) get over (?:it|me)(?=\s*[.!]|\s*$)`,
      String.raw`(?:once|when|after) i'?m (?:not|no longer) in the picture\b`,
      String.raw`knowing i have an (?:exit|way out|out)\b`,
    ].join("|"),
  ),
  // the others better without the author, reckoned: "they'd all manage fine, honestly better"
  kind(
    "crisis-burden",
    String.raw`(?:they'd|they would|everyone would|everybody would|they'll|they will) (?:all )?(?:manage|cope|do|be) (?:fine|okay|ok)\W{1,3}(?:honestly |probably |actually |maybe )?better\b`,
  ),
];
