import { COMPILE_ONCE } from "../rule";
import { I, pattern, type Signal } from "./signal";

/**
 * Preparation and farewell. Strong: goodbye said outright, help refused,
 * "where I'm going", "I won't be coming back". Weak, and holding a post only
 * beside another sign: letters written to family, a will updated, a pet or
 * a library given away, a caseload handed off, accounts closed.
 */

const PEOPLE = `(?:everyone|everybody|my (?:family|kids|children|wife|husband|partner|mom|mother|dad|father|sister|brother|parents|son|daughter|clients|friends|therapist|practice partner)|each of my|the people i love)`;

// Affairs put in order, and said to be for no good reason: "quietly update their will and their beneficiary forms this
// month and not for any good reason"
const IN_ORDER_FOR_NO_REASON = String.raw`\b(?:will|beneficiar\w*|life insurance|power of attorney)\b[^.!?\n]{0,60}\bnot for (?:any|a) good reason\b`;

export const farewell: Signal = {
  rule: "crisis-farewell",
  strength: "strong",
  patterns: [
    // A goodbye to the board itself: "Checking out early… It was nice knowing some of you."
    pattern(String.raw`\bit was nice knowing (?:you|some of you|all of you|y'all|everyone|you all)(?=\s*[.!]|\s*$)`),
    // The service's music chosen by the one it will be for: "already picked the day and made the playlist for the service"
    // (not a grandmother's: "made the playlist for the service at my grandmother's church")
    pattern(
      String.raw`\b(?:made|making|picked|chose|chosen|finished|planned|planning) (?:the|a) (?:playlist|songs|music|readings|hymns) (?:for my (?:service|funeral|memorial)\b|for the (?:service|funeral|memorial)(?=\s*[.!]|\s*$)(?<=\b(?:picked|chose|chosen|set) the (?:day|date)\b[^\n]{0,80}))`,
    ),
    pattern(String.raw`\bthis is (?:my )?goodbye\b`),
    pattern(IN_ORDER_FOR_NO_REASON),
    // A pet's care written out and left for someone, "for after": "put it in an envelope on the fridge with his name on
    // it, for after"
    pattern(String.raw`\bwith (?:his|her|their|my \w+'s) name on it,? for after\b`),
    // Letters written, sealed and put away: "I've written the letters in Arabic so my parents can read them… They're
    // sealed and in the drawer."
    pattern(
      String.raw`\b(?:written|wrote|finished) (?:the|my) letters\b(?=[^\n]{0,200}\b(?:in the drawer|in a drawer|for after|to be opened)\b)(?![^\n]{0,200}\b(?:recommendation|reference|cover|application|client|clients|complaint|appeal|insurance|board)\b)`,
    ),
    // Goodbyes said to people who do not know they are goodbyes: "have you ever said goodbye to people without them
    // knowing it", "I've been saying my goodbyes, quietly, without anyone realizing"
    pattern(
      String.raw`\b(?:said|saying|say) (?:my )?goodbyes? (?:to (?:people|ppl|everyone|friends|family|them|my [\w-]+)(?: [\w-]+)?)?,?(?: quietly,?)? without (?:them|anyone|anybody|people|they|him|her|any of them) (?:knowing|realizing|realising|noticing)\b`,
    ),
    // A handover or a will said not to be for the ordinary reason: "pre-writing termination letters to every client on
    // my caseload. not because I'm leaving the practice."
    pattern(
      String.raw`\b(?:termination letters|goodbye letters|handover notes|transfer(?:ring|red)? (?:my )?(?:caseload|clients)|updat(?:ed|ing) my will|(?:re)?hom(?:ed|ing) (?:my|the) (?:dog|cat|pets?))\b[^\n]{0,80}\bnot because i(?:'m| am) (?:leaving|retiring|moving|quitting|closing|sick|ill|going anywhere)\b`,
    ),
    // A reason given for going, then taken back: "terminated w all my clients this month saying im relocating. im not
    // relocating"
    pattern(
      String.raw`\b(?:saying|telling (?:everyone|them|people|my clients|clients)|told (?:everyone|them|people|my clients|clients)) (?:that )?i(?:'m| am) (relocating|moving|retiring|leaving|going on leave|taking a break|changing careers)\b[.,;]?\s+i(?:'m| am) not(?: really| actually)? \1\b`,
    ),
    // One's own obituary written, not as an exercise nor long ago: "drafted my own obit on my lunch break. weirdly easier
    // than a tx plan" (not "we wrote our own obituaries in the workshop", "I wrote my own eulogy once, in a very dark
    // year")
    pattern(
      String.raw`\b(?:drafted|drafting|wrote|written|writing|finished) my own (?:obit|obituary|eulogy)\b(?!,? (?:once|years ago|back then|back in)\b)(?![^\n]{0,100}\b(?:exercise|workshop|training|class|assignment|prompt|course|retreat|activity)\b)`,
    ),
    // A note to be read after: "a note to my parents… I just want it to be clear when they read it after"
    pattern(
      String.raw`\bwhen (?:they|she|he|you|my (?:parents|kids|family|wife|husband|partner|mum|mom|dad|sister|brother)) (?:read|reads|find|finds|open|opens) it after(?:wards)?\b`,
    ),
    // A caseload handed over for a leave said not to be one: "set up transfers for my whole caseload for a 'sabbatical'.
    // there is no sabbatical"; a family's money after one's death reckoned: "my kids would get the pension"
    pattern(
      String.raw`\bthere(?:'s| is) no (?:sabbatical|leave|trip|vacation|holiday|new job|move)\b(?=\s*[.!]|\s*$)(?<=\b(?:transfers?|transferr\w*|caseload|handover|handed over|clients|notice|referr\w*)\b[^\n]{0,120})|\b(?:my )?(?:kids|children|family|wife|husband|partner|son|daughter) would (?:get|have) the (?:pension|insurance|life insurance|payout|policy|death benefit|house)\b`,
    ),
    // A note told by what it is, not its name: "That's also where the note is now, the one people find"
    pattern(
      String.raw`\b(?:note|letter)\b[^.!?\n]{0,40}\bthe (?:one|kind) (?:that )?(?:people|they|someone|somebody|families|you) (?:find|leave|leave behind)\b`,
    ),
    // Being found, wished for at the end: "sitting in the lot… just wanted someone to know i was here"
    pattern(String.raw`\bjust (?:wanted|want) (?:someone|somebody|anyone) to know (?:i was|i'm|i am) here\b`),
    // A letter that clears its reader of what comes: "Whatever you hear about me afterwards, none of it is yours."
    pattern(
      String.raw`\bwhatever (?:you|they|anyone) (?:hear|hears|find out|finds out|learn|learns|read|reads) about me (?:afterwards|after)\b[^.!?\n]{0,40}\b(?:none of (?:it|this|that)|(?:it|that|this)(?: is|'s) not|it isn't|it wasn't) (?:is |was )?(?:yours|your fault|on you|about you)\b`,
    ),
    pattern(
      // Not the goodbye letters a therapist writes to clients at the end of their work together, nor one someone else
      // writes ("whose client wrote a goodbye letter", "asked me to help him write a goodbye letter", "…and had written
      // goodbye notes to his children"), nor one said not
      // to be the author's ("I wrote a goodbye letter last night. Not mine. A letter to a client who died").
      String.raw`\b(?<!\b(?:she|he|they|him|her|them|client|patient|man|woman|son|daughter|intern|trainee|supervisee|teen|kid)(?:'d| had| has| have)?(?: already)? )(?:wrote|written|writing|write|left) (?:a |my |the )?(?:goodbye|suicide) (?:letters?|notes?)\b(?! to (?:my |the |all my |each of my |our )?(?:clients|patients|caseload|team|colleagues|staff|students|supervisees|groups?)\b| to (?:his|her|their) (?:children|kids|family|wife|husband|partner|mother|father|parents|sons|daughters|mum|mom|dad)\b)(?![^.!?\n]{0,60}[.!?]\s+not (?:mine|for me|my own)\b)`,
    ),
    pattern(
      String.raw`\b(?:i'll|i will|let me) be honest one last time\b|\bone last (?:time|post|thank you)\b[^.!?\n]{0,40}\b(?:goodbye|i'm going|end)`,
    ),
    // A note left for the family to find: "Addressed to my kids. Leaving it on the kitchen table tomorrow before they
    // wake up."
    pattern(
      String.raw`\bleav(?:e|ing) (?:it|the (?:note|letter|envelope)) (?:on|by) the (?:kitchen )?(?:table|counter|bed|pillow|nightstand)\b[^.!?\n]{0,40}\bbefore (?:they|she|he|anyone|everyone|the kids) (?:wake|wakes|gets? up|get home|gets home)\b`,
    ),
    // How long before one is found: "how long before a welfare check usually gets sent… how much time I'd have"
    pattern(
      String.raw`\bhow much time i(?:'d| would) have\b(?:(?<=\b(?:welfare check|found|finds?|notices?|anyone|someone|somebody|missing)\b[^\n]{0,200})|(?= (?:before|until) (?:anyone|someone|somebody|they|people|my \w+) (?:notice|noticed|notices|found|find|finds|came|come|checked|check)))|\bwelfare check\b[^\n]{0,80}\bif (?:somebody|someone|a person|i) stops? answering\b`,
    ),
    // The dead one is joining: "four guys from my platoon have gone by their own hand… I'm going to be number five"
    pattern(
      String.raw`\b(?:own hand|killed themselves|took their (?:own )?lives|suicides?|ate their guns?)\b[^\n]{0,300}?\bi(?:'m| am) (?:going to|gonna) be (?:number|#) ?\w+\b|\bcatching up with (?:them|the guys|my (?:brothers|buddies|friends|unit))(?=\s*[.!]|\s*$)`,
    ),
    // Nothing to stay for after a last duty: "Staying for my brother's wedding. After that, nothing left to stay for."
    pattern(String.raw`\bnothing (?:left )?to stay (?:for|around for)(?=\s*[.!]|\s*$)`),
    pattern(String.raw`\bi(?:'m| am) sorry it wasn't enough\b`),
    // Meeting one's maker soon: "My higher power and I are meeting in person soon, ha. Date's in my planner."
    pattern(
      String.raw`\b(?:my higher power|god|my maker|the lord|jesus) and i (?:are|will be|'re) meeting\b|\bmeet(?:ing)? my maker (?:soon|this (?:week|month|year)|before|on)\b|\b(?:meeting|meet|see|seeing) (?:god|my maker|my higher power|jesus|the lord|saint peter|st\.? peter) (?:in person|face to face)\b`,
    ),
    // The note named as left for them: "the last square is the note i'm leaving on the kitchen table"
    pattern(
      String.raw`\bthe (?:last )?note i(?:'m| am| will be|'ll be) leaving (?:on|by) the (?:kitchen )?(?:table|counter|bed|pillow|nightstand)\b(?! for (?:the|my|our) (?:dog|cat|pet|house|baby|plant)[- ]?sitter| for the cleaner)`,
    ),
    // A professional will, and a note sorry it will be used soon: "she'll have to use it a lot sooner than either of us
    // planned" (not an emergency fund used sooner than planned: the will, its custodian or a sealed note come first).
    pattern(
      String.raw`\b(?:professional will|my will|executor|custodian|sealed envelope|separate note|letters?)\b[^\n]{0,300}?\b(?:use|need|read|open|act on|carry out) (?:it|them|this|that)\b[^.!?\n]{0,20}\b(?:a lot |much |far |way |so much )?sooner than (?:either of us|any of us|anyone|we|she|he|they|everyone|you) (?:planned|expected|thought|imagined|hoped)\b`,
    ),
    // A caseload ended without their knowing: "Terminated a whole caseload without one of them knowing."
    pattern(
      String.raw`\b(?:terminated|ended|closed out|said goodbye to|wrapped up) (?:a |my |the )?(?:whole |entire )?caseload\b[^.!?\n]{0,40}\bwithout (?:one|any|a single one|a single client) of them (?:knowing|noticing|realizing|realising)(?=\s*[.!,;]|\s*$)`,
    ),
    // A life policy's suicide clause asked of one's own: "do term life policies still pay if the death is ruled self
    // inflicted once youre past the contestability period? mine crossed two years back"
    pattern(
      String.raw`\b(?:self[- ]?inflicted|suicide|contestab\w+|exclusion period)\b[^\n]{0,160}?\b(?:mine|my (?:own )?(?:policy|coverage|term life|life insurance)) (?:crossed|passed|is past|was past|ended|ran out|expired|lapsed|is over|cleared|went past|hit)\b`,
    ),
    // …or its clause read for the month it stops applying: "The self-inflicted clause stops applying in the spring."
    pattern(
      String.raw`\b(?:self[- ]?inflicted|suicide) (?:clause|exclusion|provision)\b[^.!?\n]{0,40}\b(?:stops? applying|expires?|runs? out|lapses?|ends|is up)\b(?<=\bmy (?:[\w-]+ ){0,2}(?:policy|insurance|coverage)\b[^\n]{0,300})`,
    ),
    // The one bill still paid is the one that pays out: "The only policy I'm keeping current is the one with my
    // daughter's name on it as beneficiary."
    pattern(
      String.raw`\bthe only (?:policy|premium|insurance|bill|thing) i(?:'m| am) (?:keeping|paying|renewing)\b(?=[^\n]{0,120}\b(?:beneficiar\w*|life insurance|payout|pays out)\b)`,
    ),
    // Memberships let go after things are given away: "Gave my good wetsuit to the kid from the shop… and let the club
    // membership lapse."
    pattern(
      String.raw`\blet (?:my|the) (?:[\w-]+ ){0,2}(?:membership|memberships|licen[cs]e|registration|subscriptions?|policy|cover) lapse\b(?<=\b(?:gave|giving|given) (?:away )?my\b[^\n]{0,300})`,
    ),
    // The note kept ready: "has the note saved in the drafts of their EHR" (a starter pack that is the author's)
    pattern(String.raw`\b(?:the|a|my) note (?:saved|sitting|waiting|ready) in (?:the |my |their )?drafts\b`),
    pattern(String.raw`\b(?:please )?don't (?:bother with|reply with|send me|post) (?:the |any )?hotlines?\b`),
    // "Not telling anyone where I'm going" (not after a week off booked: "I've booked the first week of July off and I'm
    // not telling anyone where I'm going")
    pattern(
      String.raw`\bwhere i(?:'m| am) going\b(?<!\b(?:booked|booking|vacation|holiday|holidays|week off|weeks off|days off|time off|trip|annual leave|getaway)\b[^\n]{0,120})(?! (?:on (?:vacation|holiday)|for (?:the|a) (?:week|weekend|holiday)))`,
    ),
    // A leave said to be more: "He thinks I'm taking leave. I'm taking more than that."
    pattern(
      String.raw`\b(?:leave|a break|time off|vacation|holiday|sabbatical)\b[^\n]{0,30}[.!;]\s*i(?:'m| am) (?:taking|going) (?:more than that|further than that|for good)\b`,
    ),
    // The end said, then its ordinary reading taken away: "I'm finishing up. Not the job." (not "Not the job, just this
    // week of notes")
    pattern(
      String.raw`\bi(?:'m| am) (?:finishing|wrapping|winding) (?:up|things up|it all up)[.!,;]?\s+(?:and )?(?:it's )?not (?:just )?(?:the|my) (?:job|work|practice|career|caseload|notes|placement|contract)\b(?![,;]? (?:just|only|but)\b)`,
    ),
    pattern(String.raw`\bi won't be (?:coming back|back|at our (?:next )?session|there (?:for|at|next))\b`),
    pattern(String.raw`\bi(?:'m| am) leaving,? and not (?:the|just the) (?:practice|job|field|profession)\b`),
    pattern(String.raw`\b(?:a|my) one[- ]way trip\b|\btrip with no return\b|\bno return ticket\b`),
    pattern(String.raw`\bnot going to need any of (?:it|this|them) after\b`),
    pattern(String.raw`\bthere (?:won't|will not|isn't going to) be an after(?![\w-])`),
    pattern(String.raw`\bsorry to (?:whoever|whomever|anyone who|the person who) (?:has to|will|finds|sees|reads)\b`),
    pattern(
      String.raw`\bbefore i go\b[^.!?\n]{0,30}\b(?:letters?|goodbye|say|true thing)\b|\b(?:say a true thing|said|say|saying|written|wrote|told)\b[^.!?\n]{0,30}\bbefore i go\b(?! (?:on|to|home|back|into|in|out|for|away)\b)`,
    ),
  ],
};

// Written right after a checklist item's first words: they open a sentence or a list's item (read back only where the
// words are, not at every character).
const AT_A_SENTENCE_START = String.raw`(?<=(?:^|[.!?\n;,]\s{0,3})(?:my |the )?(?:life )?\w+)`;

export const preparation: Signal = {
  rule: "crisis-preparation",
  strength: "weak",
  patterns: [
    // Things signed over and beneficiaries set: "Signed the truck title over to my brother, updated the beneficiary on
    // everything"; gear given away with a cover story ("Told him I'm downsizing", "Told her spring cleaning").
    pattern(
      String.raw`\bsigned (?:the|my) (?:truck|car|house|boat|bike|land|property) (?:title|deed|papers)s? over to\b|\bupdated (?:the|my) beneficiar(?:y|ies) on (?:everything|all of it|every (?:account|policy))\b`,
    ),
    pattern(
      String.raw`\btold (?:him|her|them|everyone|my \w+) (?:i'm |i am |it's |it was )?(?:downsizing|decluttering|spring cleaning|clearing out|having a clear-out)(?=\s*[.!,]|\s*$)`,
    ),
    // A future foreclosed and a date kept: "I'm not planning on needing one. Date's circled."
    pattern(String.raw`\bnot planning on needing (?:one|another|it|any)\b`),
    pattern(String.raw`\bdate(?:'s| is) circled(?=\s*[.!]|\s*$)`),
    // The same sum done night after night: "I've been doing the same sum every night for a month."
    pattern(
      String.raw`\b(?:doing|running|done|do) the same (?:sum|sums|math|maths|calculation|numbers) every (?:night|day|morning)\b`,
    ),
    // What a death would pay: "The policy clears the mortgage", "The policy pays out more than the practice has ever netted."
    pattern(
      String.raw`\b(?:the|my) (?:life )?(?:policy|insurance|payout) (?:would |will )?(?:clears?|pays? off|covers?) (?:the|our|my) (?:mortgage|house|debts?|loans?)\b|\b(?:the|my) (?:life )?(?:policy|insurance) (?:would |will )?pays? out more than\b`,
    ),
    // Oneself as the last thing to see to: "The only thing left on my list is me."
    pattern(
      String.raw`\b(?:the )?only (?:thing|item|one|task|job) left (?:on (?:my|the) (?:list|to-do list|todo list)|to (?:do|sort|tidy|handle|deal with|cross off))(?: now)? is me(?=\s*[.!;]|\s*$)`,
    ),
    pattern(
      I,
      `(?: been)? (?:writ(?:ten|ing|e)|wrote) (?:(?:goodbye )?letters?|goodbye notes?|notes?|to) (?:to |for )?${COMPILE_ONCE}${PEOPLE}`,
    ),
    pattern(
      String.raw`\bthe letters are in\b|\bwrote letters to everyone\b|\bwriting letters\.? (?:one )?(?:for|to) my\b`,
    ),
    pattern(
      String.raw`\b(?:it's|it is) not (?:a break|restructuring|a vacation|retirement|a sabbatical)\b|\bnot because i'm (?:retiring|moving|leaving the field|burned out)\b`,
    ),
    pattern(
      String.raw`\b(?:closed|cancelled|canceled) (?:out )?(?:my|all my) (?:credit cards|accounts|subscriptions)\b|\bpasswords in an envelope\b|\bmy passwords (?:to|for|with)\b`,
    ),
    pattern(
      String.raw`\btying up (?:all )?(?:the |my )?loose ends\b|\bgetting my affairs in order\b|\bput my affairs in order\b|\b(?:arranged|sorted|settled) (?:all )?my affairs\b`,
    ),
    pattern(String.raw`\bgave (?:away )?my (?:dog|cat|pets?|bird) to\b`),
    pattern(
      String.raw`\b(?:be|is|are) (?:okay|ok|fine|taken care of|looked after) after\b(?! (?:the|my|this|that|a|work|school|surgery|lunch|dinner)\b)`,
    ),
    pattern(String.raw`\b(?:termination|goodbye) letters to (?:every|all my|each)\b`),
    pattern(String.raw`\b(?:this is )?my (?:last|final) (?:post|note|message)\b|\bfinal note\b`),
    pattern(String.raw`\bgoodbye[.!]?\s*$|\bgoodbye, [a-z ]{3,20}\.`),
    pattern(String.raw`\bthank you before i go\b`),
    pattern(String.raw`\bi(?:'m| am) at peace with (?:this|it|my decision|the decision)\b`),
    pattern(String.raw`\b(?:wrote|written|updated|finished|made|signed) my (?:actual |last )?will\b`),
    pattern(
      String.raw`\b(?:asked|found|arranged for) (?:someone|a friend|my (?:neighbor|neighbour|sister|brother|friend)|her|him|them)(?: if (?:she|he|they)(?:'d| would))? (?:to )?take (?:my|the) (?:dog|cat|pets?|bird|kids)\b`,
    ),
    pattern(String.raw`\brehom(?:ed|ing) (?:my|the|our) (?:dog|cat|pets?|dogs|cats|bird|rabbit)\b`),
    // A caseload closed to none: "Brought my caseload down to zero over six weeks, very professionally."
    pattern(String.raw`\b(?:my )?caseload (?:is )?(?:down )?to (?:zero|nothing|none|nobody)\b`),
    // Away given as the reason, to those who would look: "told the practice its travel", "told her I'm travelling for work".
    pattern(
      String.raw`\btold (?:the practice|work|the office|my (?:boss|supervisor|practice|partner|sister|brother|family|mum|mom)|everyone|them|her|him) (?:that )?(?:it's|its|it is|i'm|im|i am|i'll be|ill be) (?:travel|travell?ing|a trip|on (?:a )?(?:trip|vacation|holiday)|away|visiting)\b`,
    ),
    // Nobody to find the author for a while: "house empty 7 days… nobody will check for a while".
    pattern(
      String.raw`\bnobody (?:will|would|'ll|is going to) (?:check|check on me|notice|come looking|come by|miss me)\b[^.!?\n]{0,12}\b(?:for a while|for days|for a week|for weeks|until)\b`,
    ),
    pattern(
      String.raw`\b(?:gave|giving|given) away my\b|\b(?:gave|giving|given) (?:all )?my (?:things|stuff|belongings) away\b`,
    ),
    // Good things handed on to whoever comes next, and a goodbye with no return: "already gave my good boots and my coffee
    // maker to the new guy. see yall never"
    pattern(
      String.raw`\b(?:gave|giving|given) (?:all )?my (?:good|best|favou?rite|nicest|warmest) (?:[\w'-]+ ){1,5}?to (?:the new (?:guy|girl|hire|one|kid)|a (?:colleague|coworker|co-worker))\b(?![^.!?\n]{0,40}\b(?:since|because|as) )(?![^\n]{0,120}\b(?:moving|moved|retiring|relocating|downsizing|leaving for)\b)`,
    ),
    pattern(String.raw`\bsee (?:y'?all|you all|ya|you|everyone) never\b`),
    // Things one loves asked to be taken in: "Somebody please adopt my plants lol. no really."
    pattern(
      String.raw`\b(?:somebody|someone|anyone|can (?:somebody|someone|anyone)) (?:please )?(?:adopt|take|take in|look after|water|feed) my (?:plants|cat|cats|dog|dogs|fish|pets?|bird|rabbit)\b`,
    ),
    // Alone with the means: "rifle in the wardrobe… cartridges in the drawer… He's on the double shift tomorrow."
    pattern(
      String.raw`\b(?:he's|she's|they're|he is|she is|they are|he'll be|she'll be) (?:on|at|away|out|gone)\b[^.!?\n]{0,30}\b(?:tomorrow|tonight|this weekend|all weekend|overnight)\b(?<=\b(?:rifle|gun|shotgun|pistol|cartridges|ammo|pills|insulin|rope)\b[^\n]{0,400})`,
    ),
    pattern(
      String.raw`\b(?:opened|unlocked) the (?:drawer|safe|gun safe|cabinet|case|lockbox) and (?:left|leave) it open\b`,
    ),
    // A goodbye recorded for the people one leaves: "I just wanted them to hear my voice one last time saying it wasn't
    // them" (not "one last time before my leave").
    pattern(
      String.raw`\b(?:hear|see|hug|hold) (?:my voice|me|my face|them|him|her) one (?:last|final) time\b(?! (?:before|at|this|next|until|till)\b)`,
    ),
    pattern(
      String.raw`\b(?:saying|say|tell|telling|told) (?:them |him |her |you )?(?:that )?it (?:wasn't|was not|isn't|is not) (?:them|you|their fault|your fault)\b`,
    ),
    // Things of one's own given out, and to whom: "gave my DSM and all my Yalom to the first years… gave my plants to the
    // neighbour… to people who'll still be using them next year".
    pattern(
      String.raw`\b(?:gave|giving|given) (?:all )?my (?:[\w'-]+ ){0,5}?(?:books|textbooks|plants|records|guitar|clothes|coat|coats|jacket|things|stuff|tools|paintings|jewelry|jewellery|watch|ring|games|collection|furniture|vinyl)\b(?: [\w'-]+){0,6}? to\b`,
    ),
    pattern(
      String.raw`\b(?:people|someone|somebody|folks|others|a home) (?:who|that)(?:'ll| will) (?:still be (?:using|needing|reading|wearing|playing|here|around)|(?:still )?(?:use|need|wear|read) (?:them|it))\b`,
    ),
    pattern(
      String.raw`\b(?:quietly )?(?:transferring|transferred|handing off|handed off|referring out) (?:all )?my (?:clients|caseload)\b`,
    ),
    pattern(
      String.raw`\b(?:left|wrote down|gave her|gave him) (?:my |the )?passwords\b|\bclosed (?:out )?(?:my|all my) (?:accounts|bank accounts)\b`,
    ),
    pattern(String.raw`\b(?:scheduled|set up) an email to (?:go out|be sent)\b`),
    pattern(String.raw`\bcleaned out my (?:office|desk)\b|\btook the photos down\b`),
    pattern(
      String.raw`\bpaid off (?:the|my) (?:credit card|debts?|loans?)\b[^.!?\n]{0,80}|\breturned every library book\b`,
    ),
    pattern(String.raw`\bi(?:'ve| have)? made (?:my )?peace with it\b`),
    pattern(String.raw`\bgetting organized because\b`),
    pattern(String.raw`\btake care of (?:each other|yourselves|your clients and yourselves)\b`),
    pattern(String.raw`\bit wasn't your fault\b`),
    // Instructions left for after: "it explains where the files are and who to call"
    pattern(
      String.raw`\b(?:explain(?:s|ing)?|says|saying|told \w+|a note about) where (?:the|my) (?:\w+ )?(?:files|passwords|keys|documents|papers|will|accounts) (?:are|is)\b`,
    ),
    pattern(String.raw`\b(?:leave|leaving) (?:a|any) mess\b|\bso nobody has to clean up after me\b`),
    // Secrecy about why: "I'm asking for a very specific reason", "doesn't know why I gave it to her"
    pattern(String.raw`\bi(?:'m| am) asking for a (?:very )?(?:specific|particular) reason\b`),
    pattern(String.raw`\b(?:doesn't|does not|don't|do not) know why i (?:gave|asked|left|wrote|handed)\b`),
    pattern(String.raw`\b(?:written|wrote|updated|finished) my professional will\b`),
    // Said as a checklist, each its own sign: "Beneficiaries updated. Panel reassigned indefinitely. Letters written."
    // (not an office's chores: "Passwords changed. Notes done.")
    pattern(
      String.raw`\b(?:my |the )?(?:beneficiary|beneficiaries|will|life insurance|affairs|accounts)${AT_A_SENTENCE_START} (?:all )?(?:updated|signed|sorted|written|finalized|finalised|in order|closed)\b(?=\s*[.,;!]|\s*$)`,
    ),
    pattern(
      String.raw`\b(?:my |the )?(?:panel|caseload|clients|patients|practice)${AT_A_SENTENCE_START} (?:all )?(?:reassigned|transferred|handed (?:off|over)|referred out)(?: indefinitely| permanently| for good)?\b(?=\s*[.,;!]|\s*$)`,
    ),
    pattern(
      String.raw`\b(?:the |my )?(?:letters|goodbyes)${AT_A_SENTENCE_START} (?:are |have been )?(?:all )?(?:written|done|sealed)\b(?=\s*[.,;!]|\s*$)`,
    ),
    // Left with the papers for after: "Letters are written. Sealed. In the drawer with the insurance papers."
    pattern(
      String.raw`\b(?:with|beside|next to|on top of) (?:the|my) (?:life )?(?:insurance|will|policy) (?:papers|documents|policy|forms|folder)\b`,
    ),
    // Absence foreseen: "I'm not going to be there", "the only thing that's made me hesitate"
    pattern(String.raw`\bi(?:'m| am) not going to be (?:there|here|around)\b`),
    pattern(
      String.raw`\b(?:only thing|one thing) (?:that's |that has |that )?(?:made|making|keeping|kept) me (?:hesitate|stay|hold on|wait|pause)\b`,
    ),
  ],
};
