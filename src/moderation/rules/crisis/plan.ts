import { I, pattern, type Signal } from "./signal";

/**
 * A plan or a time: "I have a plan and a time", "I've set a date", "after my
 * last client on Friday… and not come back down", "once the report is
 * submitted I'm done", a self-assessment answered yes ("Plan: yes").
 */

// Said of a plan's part that is decided: "chosen", "sorted".
const SETTLED = "(?:chosen|picked|decided|sorted|settled|set)";

export const plan: Signal = {
  rule: "crisis-plan",
  strength: "strong",
  patterns: [
    // The author's own score on the screen they give: "Asking as someone who runs C-SSRS screens all day and would score
    // themself a 5 today."
    pattern(
      String.raw`\bwould score (?:myself|themself|themselves|me) (?:a|an) (?:[3-6]|three|four|five|six)\b(?: today| right now| tonight)?(?<=\b(?:c-?ssrs|columbia|screen|screens|phq|asq)\b[^\n]{0,200})`,
    ),
    // The author's own answers on the screen they give: "doing a C-SSRS with a client while my own answers would've been
    // yes yes yes"
    pattern(
      String.raw`\bmy (?:own )?answers (?:would(?:'ve| have)? been|were|are|would be) (?:all )?yes\b(?<=\b(?:c-?ssrs|columbia|screen|screens|screening|phq|asq|risk assessment)\b[^\n]{0,200})`,
    ),
    // What to use known, and when not yet: "i know what i'd use", "i haven't decided exactly when, but i know i'm wrapping
    // things up"
    pattern(
      String.raw`\bi (?:already )?know (?:exactly )?what i(?:'d| would) use\b(?=\s*[.!;,\n]|\s*$| and | if | when )|\bi (?:haven't|have not) (?:decided|picked|chosen) (?:exactly |yet )?when\b[^.!?\n]{0,40}\b(?:wrapping (?:things|it all|everything) up|getting (?:things|my affairs|everything) in order|tying up (?:the )?loose ends)\b`,
    ),
    // A date kept only in the author's head: "i've got a date circled on the calendar in my head and i'm calm about it"
    pattern(String.raw`\ba (?:date|day) (?:circled|marked|picked) (?:on (?:the|a|my) calendar )?in my head\b`),
    // A countdown kept secret: "Countdown app on my phone. Not saying what it's counting down to. 12 days."
    pattern(
      String.raw`\bnot (?:saying|telling (?:anyone|you|anybody)|going to say) what (?:it's|it is|i'm|i am) counting down (?:to|for)\b`,
    ),
    // A time chosen around others' year: "I'm just waiting for the kids to finish the school year so it doesn't wreck
    // their grades"
    pattern(
      String.raw`\bso (?:it|this|that) (?:doesn't|does not|won't|wouldn't|will not|would not) (?:wreck|ruin|mess up|spoil|land on|fall on|affect) (?:their|his|her|the kids'|my kids'|my (?:son|daughter)'s) (?:grades|exams|finals|wedding|christmas|holidays|birthday|graduation|school year|semester)\b(?<=\bwait(?:ing)? (?:for|until|till)\b[^\n]{0,120})`,
    ),
    // The only thing left is the nerve: "All that's left is a night when I'm brave enough.", "All I need now is the courage
    // on the right night." (not "…brave enough to tell my boss I'm quitting"); a countdown handed in as
    // something else ("the 'wellness goals' sheet i handed in was actually a countdown. 6 days.")
    pattern(
      String.raw`\ball (?:that'?s left|i need(?: now)?|that remains|it takes now) is (?:(?:a|the) (?:night|day|moment|evening|time) (?:when |that )?i'?m (?:brave|strong|drunk|calm) enough|the (?:courage|nerve|guts)(?: on the right (?:night|day))?)(?=\s*[.!]|\s*$)|\b(?:was|is|it's) (?:actually|secretly|really) a countdown\b`,
    ),
    // Replaced by morning: "you lot are going to need a new pharmacist by morning"; one's death certificate preferred to
    // a verdict: "I'd rather the lawyers close the file with my death certificate"
    pattern(
      String.raw`\b(?:going to|gonna|will|'ll) need a new (?:pharmacist|nurse|doctor|therapist|counsell?or|clinician|lead|supervisor|medic|resident|attending|colleague|coach|teacher|social worker|psychologist|psychiatrist|receptionist|intern|paramedic|chaplain) by (?:morning|tomorrow|monday|tonight|the weekend)\b(?![^.!?\n]{0,60}\b(?:notice|quit\w*|resign\w*|leaving|retir\w*|vacation|holiday|trip|maine)\b)|\b(?:i'd|i would) rather\b[^.!?\n]{0,60}\bmy (?:own )?death certificate\b`,
    ),
    // A death written into the calendar: "I've written my own ending into the calendar for that morning"; one's own
    // going tied to someone's: "When she goes, I'm going too."
    pattern(
      String.raw`\b(?:written|wrote|pencil(?:l)?ed|put|scheduled|marked|booked) my (?:own )?(?:ending|end|exit|death|last day|last morning)\b(?! (?:interview|survey|strategy|plan|ramp|date|of|at|before|doula|cafe|café|positive|row|seat)\b)|\bwhen (?:she|he|they|mum|mom|dad|my (?:wife|husband|partner|mother|father|mum|mom|dad)) (?:goes|dies|passes|is gone)\b[^.!?\n]{0,10}\bi(?:'m| am| will|'ll) (?:going|go) (?:too|with (?:her|him|them))\b(?![^.!?\n]{0,60}\b(?:flights?|flying|trip|vacation|holiday|booked|tickets?|concert|party|conference|shopping|store|gym|class|drive|airport)\b)`,
    ),
    // A future renewed that the author says they will not use: "I renewed my licence for two years… I won't be using
    // the second year."
    pattern(
      String.raw`\bi (?:won't|will not|wont) (?:be )?(?:using|need(?:ing)?|around for|here for|see(?:ing)?) (?:the|a|my) (?:second|next|rest of the|last|other) (?:year|years|half|term|part|renewal)\b(?![^.!?\n]{0,60}\b(?:retir\w*|leaving|moving|switching|quitting|changing)\b)`,
    ),
    // The mind made up, only whom to tell left: "I've made up my mind. I'm only deciding whether I owe anybody an
    // explanation first."
    pattern(
      String.raw`\bwhether i owe (?:anyone|anybody|everyone) an explanation (?:first|before)\b|\b(?:decides?|decided) (?:she's|he's|they're|i'm|she is|he is|i am) (?:finished|done)\b(?=[^\n]{0,200}\b(?:i've|i have) made up my mind\b)`,
    ),
    // Passive wishes turned to working out how: "For a year it was 'I wouldn't mind not waking up.' This month it's become
    // working out how.", "this month it turned into actually working out how and when"
    pattern(
      String.raw`\b(?:this (?:month|week|year)|lately|these days) it(?:'s| has)? (?:become|turned into|moved (?:on )?to|shifted to) (?:actually )?(?:working out|figuring out|planning|thinking through) how(?: and when)?(?=\s*[.!,]|\s*$| which\b)`,
    ),
    pattern(
      I,
      String.raw` (?:have|got) (?:a|the same) (?:plan|date|time(?: of day)?)(?: and (?:a|the) (?:time|date|means|way|place))?(?=\s*(?:[.!;,\n]|$| and | for when\b))`,
      // …not one for a career given at once: "I have a plan and a date. Giving notice Friday… opening my own practice"
      String.raw`(?![^\n]{0,120}\b(?:giving notice|give notice|gave notice|opening my own|starting my own|my own practice|new job|retir\w+|resign\w*|quitting my job|the wedding|the move)\b)`,
    ),
    pattern(
      I,
      String.raw` (?:actually )?(?:set|picked|picked out|chosen|chose|decided on|settled on|know) (?:a|the) (?:date|day|night|time|weekend|way|spot|place)\b(?! (?:for|of) (?:the|my|our|a) (?:meeting|session|party|trip|appointment|wedding)| to (?:visit|see|go away|travel|fly|drive up|move|celebrate|get married|meet)\b)`,
    ),
    pattern(String.raw`\b(?:plan|means|intent|timeline): yes\b`),
    // Kept for a time the author will choose: "they're on the shelf, they're for later, when I decide"
    pattern(String.raw`\bfor later,? when i (?:decide|choose|'m ready|am ready)\b|\bfor when i (?:decide|choose)\b`),
    // The screening question answered yes after all: "Lied to my therapist when she asked about SI. Said no. It's a yes,
    // with a plan"
    pattern(
      String.raw`\b(?:it's|it is|it was|it's been|it has been|answer(?:'s| is| was)) (?:really |actually )?(?:a )?yes,? (?:and )?with (?:a plan|a when|a how|a date)\b`,
    ),
    pattern(String.raw`\b(?:got|have|i've got) the (?:date|day|time), the (?:place|spot|way|method)\b`),
    // The three questions of a risk assessment, answered of oneself: "I know where, I know how, and I roughly know when".
    pattern(
      String.raw`\bi (?:\w+ )?know (?:where|how|when),? (?:and )?(?:i (?:\w+ )?know )?(?:where|how|when)\b(?:,? (?:and )?(?:i (?:\w+ )?know )?(?:where|how|when)\b)?(?=\s*[.,;!]|\s*$)`,
    ),
    // Two of the plan's particulars known, and nothing said of them: "I know which evening, which room, and the order
    // I'll do things in" (not "I know what day and what time the audit is")
    pattern(
      String.raw`\bi (?:\w+ )?know (?:which|what) (?:day|evening|night|morning|date|room|bridge|place|spot|way|method|time)\b,? (?:and )?(?:(?:which|what) (?:day|evening|night|morning|date|room|bridge|place|spot|way|method|time)|where|when|how)\b(?=\s*[.,;!]|\s*$)`,
    ),
    pattern(
      String.raw`\b(?:and|to) not (?:come|drive|walk|fly) back(?: down| home| up)?\b|, (?:don't|do not|never) come back\b`,
    ),
    pattern(String.raw`\bi(?:'ll| will) do it (?:the|on|after|when|before|this|tonight|tomorrow)\b[^.!?\n]{0,60}`),
    pattern(String.raw`\bi(?:'ve| have)? already decided i(?:'ll| will)\b`),
    pattern(
      String.raw`\b(?:once|after|when) [^.!?\n]{3,60}(?:submitted|done|over|finished|closed),? i(?:'m| am) (?:done|gone|out)\b`,
    ),
    pattern(String.raw`\bi just need to get through [^.!?\n]{1,40} and then i can (?:stop|go|rest|be done)\b`),
    pattern(String.raw`\bi(?:'m| am) going (?:tonight|tomorrow|this weekend)\b`),
    pattern(String.raw`\bplanning my (?:own )?(?:death|suicide|exit)\b`),
    // A plan's parts said settled, two in a row, the method among them: "Method chosen, night chosen, and I've been
    // getting ready" (not "Date chosen, time set: the away day is on").
    pattern(
      String.raw`\b(?:the )?method ${SETTLED}[,;] (?:and )?(?:the )?(?:night|day|date|place|spot|time|note|letters?) (?:${SETTLED}|written)\b|\b(?:the )?(?:night|day|date|place|spot|time) ${SETTLED}[,;] (?:and )?(?:the )?method ${SETTLED}\b`,
    ),
    // "It" set for when no one will be there: "I've set it for the night my wife is away at her conference" (not "set it
    // for the day my supervisor is back", nor a surprise "planned for the evening my partner is at work").
    pattern(
      String.raw`\bi(?:'ve| have)? (?:set|timed) it for (?:the|a) (?:night|day|weekend|week|morning|evening|afternoon) (?:when |that )?(?:my \w+|she|he|they|everyone|everybody|nobody|no one|the kids|the house)(?:'s|'re| is| are| will be|'ll be)? (?:away|gone|out of town|on (?:a|her|his|their) (?:trip|holiday|vacation)|empty)\b`,
    ),
    // A time chosen: "I've decided on the 30th", "I've picked Sunday night", "my plan is the end of the semester" (not a
    // career's: "My plan is to keep going until seventy")
    pattern(
      String.raw`\bi(?:'ve| have)? (?:decided on|picked|chosen|settled on|set) (?:the )?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|(?:this|next) (?:week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|end of|weekend|night|date|day)\b`,
    ),
    pattern(
      String.raw`\bmy plan is (?:the|to(?! (?:keep (?:going|working|practi[cs]ing|seeing)|retire|work|go part-time|take on|stay|finish|start|cut (?:back|down)|see how|get|do more|try|learn|move|hire|raise|open|build|add|drop|slow down)\b)|after|for|on|this|next|tonight|when)\b`,
    ),
    // "My plan has a date now": a plan with its day
    // A day named as good as any, the sentence ending there: "I'm done trying. Sunday's as good a day as any."
    pattern(
      String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|today)(?:'s| is) as good a (?:day|night|time) as any(?=\s*[.!]|\s*$)`,
    ),
    pattern(String.raw`\bmy plan (?:now )?has a (?:date|day|time)\b`),
    // A screening's last item answered for oneself, the lie and the truth: "i scored item 9 as a zero. it's a three."; and
    // what it says "now comes with a date".
    pattern(
      String.raw`\bi (?:scored|answered|put|marked|ticked|rated|gave) item (?:9|nine) (?:as )?(?:a )?(?:zero|0|no)\b[.!,;]?\s+(?:but )?(?:it's|it is|it was|really|truthfully|honestly)(?: really| actually)?,? (?:a )?(?:two|three|2|3|yes)(?=\s*[.!,;]|\s*$)|\b(?:now )?it (?:comes|came) with a date\b`,
    ),
    // The last said to be the author's own: "like it was our last session, because for me it was" (not the last of a
    // year or a placement: nothing follows "was").
    pattern(
      String.raw`\blast\b[^.!?\n]{0,100}\b(?:because|'cause|cause|cos|since|and) (?:for me|to me|on my end),? it (?:really )?(?:was|is|will be)(?=\s*[.!]|\s*$)`,
    ),
    pattern(String.raw`\bi(?:'m| am) going to do it (?:after|before|on|this|next|tonight|tomorrow|when|once)\b`),
    pattern(
      String.raw`\bgave myself (?:\w+ ){0,2}(?:days|weeks|months|a week|a month)\b[^.!?\n]{0,80}\b(?:that's it|then i'm done|it's over|i'm out)\b`,
    ),
    pattern(String.raw`\bi(?:'ve| have) thought about it (?:enough|long enough)\b`),
    pattern(String.raw`\b(?:got|have) it all planned(?: out)?\b`),
    // "I've got it planned for when nobody expects to hear from me", "plan's still the plan, thursday night", "the date's
    // circled and the stuff is bought"
    pattern(
      String.raw`\b(?:got|have) it planned for when (?:nobody|no one) (?:expects|will|would|is going to|'ll) (?:to )?(?:\w+ )?(?:hear|check|notice|miss|look|find)\b|\bplan(?:'s| is) still the plan\b,? (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|this weekend)\b|\bdate(?:'s| is) (?:circled|set|picked|chosen|marked)\b[^\n]{0,60}\b(?:stuff|it|everything)(?:'s| is) (?:bought|ready|here|sorted)\b`,
    ),
    // Letters timed to go out once the author is gone: "Scheduled them all to send on Friday morning, after."
    pattern(
      String.raw`\b(?:scheduled|set|timed|queued)\b[^.!?\n]{0,40}\bto (?:send|go out|post|publish|be sent)\b[^.!?\n]{0,40}, after\.`,
    ),
    // A day chosen and an age said to be enough: "Picked my birthday. Tidy. Forty-one is plenty."
    pattern(
      String.raw`\b(?:picked|chose|chosen|set) (?:my|the) (?:birthday|date|day)\b[^\n]{0,120}\b(?:\d{2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-[a-z]+)?) (?:years )?(?:is|was) (?:plenty|enough|long enough)(?=\s*[.!]|\s*$)`,
    ),
    pattern(
      String.raw`\bthis is my last (?:week|day|night|post|session)\b[^\n]{0,60}\b(?:anywhere|at all|alive|on earth|for good)\b`,
    ),
  ],
};
