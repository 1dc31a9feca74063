import { COMPILE_ONCE } from "../rule";
import {
  A_LITTLE_INSIDE,
  AWAY_FOR_A_WHILE,
  ENDED_OF_A_DEAL,
  HYPERBOLE_CAUSE,
  I,
  LONG_PAST,
  NOT_A_WAY_OF_LIVING,
  NOT_DEAD_OF_A_CHORE,
  pattern,
  type Signal,
} from "./signal";

/**
 * Intent: the author wants to die or to end their life, says so plainly or
 * nearly ("I want it to be over", "I don't plan on being around for it",
 * "I'll be dead by then", "I'm going to take myself out of it").
 */

// "die of embarrassment", "die on this hill" and "dying to know" are idioms; "I want to quit, not die" says the other thing.
const DIE = `(?:(?<!\\bnot (?:to )?)die(?! of ${HYPERBOLE_CAUSE}|${A_LITTLE_INSIDE}| on (?:this|that|the same|every|any) hill\\b)|be dead|end (?:it|things|this|everything)(?: all)?${ENDED_OF_A_DEAL}|end my (?:own )?life|kill myself|not (?:be here|exist|wake up(?! until| till| before)|be around|be alive)|disappear${AWAY_FOR_A_WHILE}(?: forever| for good)?|stop existing|stop living${NOT_A_WAY_OF_LIVING}|go to sleep and (?:never|not) (?:have to )?(?:wake up|come back)|take myself out(?: of (?:it|this|the picture))?|be gone|go through with it)`;

// Wanting, hoping, planning: "I wish I could", "I'd like", "I daydream about", "hoping something".
const LONGING = `(?:planning how to|figuring out how to|want|wanna|wish|wishing|hope|hoping|'d like|would like|daydream(?:ing)? about|fantasi[sz]e about|fantasi[sz]ing about|long for|longing for|pray(?:ing)? (?:for|to)|ready to|going to|gonna|plan(?:ning)? to|decided to|waiting for|think(?:ing)? about)`;
// Not being alive any more, however it is said (not the escape joked of: "I'm going to fake my own death").
const EXIT = `(?:make it stop|(?<!\\bnot (?:to )?)die(?! of ${HYPERBOLE_CAUSE}|${A_LITTLE_INSIDE}| on (?:this|that|the same|every|any) hill\\b)|dying|be dead|(?<!\\b(?:after|before|since|around|surrounding|following) )(?<!\\bfak(?:e|ed|ing) (?:my|our|your|his|her|their) (?:own )?)death(?! of (?:me|us)\\b)|not wake up(?! until| till| before)|never wake up|disappear(?:ing)?${AWAY_FOR_A_WHILE}|not (?:be|being) (?:here|anyone|around|alive)|stop existing|stop being a person|be over|end (?:it|things)${ENDED_OF_A_DEAL}|end my life|take (?:me|them|us) out|takes (?:me|them|us) out|be gone|go away (?:forever|for good)|rest forever|sleep forever|everything to (?:stop|end)|it all to (?:stop|end)|it to (?:stop|end|be over)|crash|not exist)`;

export const intent: Signal = {
  rule: "crisis-intent",
  strength: "strong",
  patterns: [
    // Close to it, said outright: "im so close to ending it" (not "so close to ending it with him", a relationship).
    pattern(
      String.raw`\bi(?:'m| am) (?:so |really |this |very |getting )?close to (?:ending (?:it|my life|things|everything)|killing myself|doing it)\b(?! (?:with|w) (?:him|her|them|my)\b)`,
    ),
    // Those who tried, envied, and one's own backing out: "kinda jealous of my pts who attempted… i keep chickening out"
    pattern(
      String.raw`\bjealous of (?:my |the |those |our )?(?:pts|patients|clients|people|ones|folks) who (?:attempted|died|went thr(?:ough|u) with it|killed themselves|succeeded)\b[^\n]{0,120}\bi keep (?:chickening|backing|bottling|wimping) out\b`,
    ),
    // Following one who died by suicide: "Lost a client to suicide over the winter and I keep thinking I should follow
    // him" (not "follow him up", "follow her lead").
    pattern(
      String.raw`\b(?:suicide|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life)\b[^\n]{0,120}\bi (?:keep thinking|think|feel like|wonder if) i (?:should|could|might|want to) follow (?:him|her|them)\b(?! (?:up|on|through|around|into|out|to|home|back|along|in|down|over)\b| (?:lead|example)\b)`,
    ),
    // A plan denied to one's own therapist, then owned: "Said passive, no plan. There is a plan. There's a date."
    // (the sign read in the author's own sentence, after the one told to the therapist)
    pattern(
      String.raw`\bthere(?:'s| is) (?:a|one)(?: plan)?\.(?<=\bno plan\.\s{1,3}there(?:'s| is) (?:a|one)(?: plan)?\.)(?:\s+there(?:'s| is) a date\.)?`,
    ),
    // Oneself last in a list of things not renewed: "I am not renewing my license this spring. Or my lease. Or me 😂"
    pattern(
      String.raw`\b(?:not renewing|won't renew|won't be renewing|not going to renew)\b[^\n]{0,80}?[.;]\s+(?:or|and) (?:me|myself)\b(?=\s*[.!(]|\s*$|\s*[^\s\w,;?])`,
    ),
    // Leaving everything, not the job: "I've already worked out how I'm leaving all of it. Not the job. All of it.",
    // "Checking out early. Not from the conference, from the whole thing."
    pattern(
      String.raw`\bnot (?:just )?the job\.\s+all of it\b|\bnot from the (?:conference|job|meeting|shift|week|practice|agency|training)\b[,;]? (?:but )?from the whole thing\b`,
    ),
    // Ending oneself called a kindness to others: "the kindest thing I could do for all of them is stop being a cost, stop
    // existing", "the best thing I can do for my kids is disappear".
    pattern(
      String.raw`\b(?:kindest|best|most loving|most useful|only decent|right) thing i (?:could|can|would) do for (?:\w+ ){0,3}?is (?:to )?(?:(?:stop being|be) [\w\s-]{1,30}?,? )?(?:stop existing|not exist|die|disappear|not be here|not be around|be gone|go away for good|end it|remove myself)\b`,
    ),
    // Going through with it, waited for: "I need to know how bad the fallout would be before I go through with it."
    pattern(String.raw`\bbefore i (?:go|finally go) through with (?:it|this)(?=\s*[.!]|\s*$)`),
    // Joining the dead, said lightly beside a grief ("you can skip all five stages if you just go and join them. lol", "My
    // brother died in March and sometimes I think I should just go and be with him.")
    pattern(
      String.raw`\b(?:if (?:you|i) (?:just )?|i'?ll (?:just )?|i (?:want|need) to |might as well |i could (?:just )?|i should (?:just )?)go (?:and )?(?:join|be with) (?:them|him|her)\b(?! (?:at|in|for|when|while|after|before|tonight|tomorrow|this)\b)(?<=\b(?:died|dead|death|grave|ashes|funeral|grief|grieving|stages|widow\w*|buried|lost (?:him|her|them))\b[^\n]{0,300})`,
    ),
    // In the ground beside the dead, soon: "I'll be lying next to him properly, in the ground… I'm making sure that's
    // sooner rather than later."
    pattern(
      String.raw`\b(?:in the ground|buried (?:beside|next to|with) (?:him|her|them))\b[^.!?\n]{0,120}\bsooner rather than later\b`,
    ),
    pattern(
      // Not the idiom: "shooting myself in the foot".
      String.raw`\b(?:kill|killing|hang|hanging|shoot|shooting|off|offing|drown|drowning|poison|poisoning|overdose on|od on|finish|finishing) myself\b(?! in the foot)`,
    ),
    pattern(String.raw`\b(?:end|ending|take|taking) my (?:own )?life\b`),
    // Not wanting to live on, said formally: "now I do not want to continue living", "I no longer wish to go on living"
    pattern(
      I,
      String.raw` (?:do not|don't|dont|no longer|not) (?:want|wish) to (?:continue|go on|keep|carry on)(?: on)? (?:living|being alive|existing)(?=\s*[.!,;]|\s*$| (?:anymore|any more)\b)`,
    ),
    pattern(
      I,
      ` (?:want|wanna|wanted|need|plan|planning|intend|decided|choose|chose|going|gonna|ready|about) (?:to )?`,
      COMPILE_ONCE,
      DIE,
      String.raw`\b`,
    ),
    pattern(
      I,
      ` (?:wish|wished) i (?:was|were) dead|`,
      I,
      ` (?:wish|wished) i (?:could|would) (?:just )?(?:die|disappear|not wake up)|`,
      I,
      ` (?:wish|wished) i(?: had)? never (?:been born|woken up)`,
    ),
    // A wish to be dead, said of oneself (a screen's first question): "I wish I wasn't alive", "part of me wishes I didn't
    // exist", "I hope I don't wake up", "I wish a bus would hit me", "I wouldn't care if I died", "I'm so tired of
    // living", "tired of waking up". The author's own wish ("My ex probably wishes I wasn't alive" is not); not a
    // morning's complaint ("hope I don't wake up tomorrow with a migraine", "tired of waking up to forty emails", "woke
    // up disappointed it's Monday"), nor the idiom ("I don't care if I die on this hill", "if I die poor").
    pattern(
      String.raw`(?:\bi(?: really| still| sometimes| often| just| honestly| kind of| keep)?|\bpart of me|\bsome days i|\bsometimes i) (?:wish|wishes|wished|wishing|keep wishing)`,
      String.raw` (?:that )?i(?:'d| had| was| were)? (?:(?:wasn't|weren't|was not|were not) alive|(?<=\bi (?:was|were) )dead(?! (?:wrong|right|serious|tired|last|set|even|on|certain|sure|centre|center|ahead|end)\b)|(?:didn't|did not) exist(?! (?:on|at|to|for) )|(?:never|not) (?:been born|existed))\b`,
      // "Keep wishing I was dead.", "find myself wishing I were dead"
      String.raw`|(?:^|[.!?\n]\s*|\bfind myself |\bkeep )wishing (?:that )?i (?:was|were) dead\b(?! (?:wrong|right|serious|tired|last|set|even|on|certain|sure|centre|center|ahead|end)\b)`,
      String.raw`|\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?i (?:just )?(?:don't|do not|won't|will not|never|wouldn't|didn't) wake up(?: (?:tomorrow|in the morning|one (?:day|morning)|some (?:day|morning)|this time|again))?(?=\s*[.!;]|\s*$|, and (?:tonight|now|lately|these days)\b)`,
      String.raw`|(?:\bi (?:\w+ )?|\bpart of me |\bsometimes i )(?:wish|wishes|hope|pray|keep wishing|keep hoping|keep praying|wished|hoped)(?:ing)? (?:that )?(?:a|the|some) (?:bus|car|truck|lorry|train|plane) (?:would |will |'d |might )?(?:just )?(?:(?:hit|hits|run over|runs over) me|runs? me over|knocks? me (?:down|over))\b`,
      // an accident hoped for on the author's own way: "I keep hoping the car goes off the road on the way in"
      String.raw`|\bi (?:\w+ )?(?:wish|hope|pray|keep wishing|keep hoping|keep praying)(?:ing)? (?:that )?(?:the|my|this) (?:car|bus|plane|flight|train) (?:would |will |might |just )?(?:goes? off the road|comes? off the road|leaves? the road|crash(?:es)?|goes? down|flips?|skids? off)(?=\s*[.!,;]|\s*$| (?:on the way|one (?:day|morning)|with me)\b)`,
      String.raw`|\bi (?:wouldn't|would not) do it myself\b[^.!?\n]{0,30}\bi (?:just )?(?:wouldn't|would not) (?:mind|care)\b`,
      String.raw`|\bi (?:honestly |really |genuinely |truly )?(?:wouldn't|would not|don't|do not) (?:really )?(?:care|mind) if i (?:died|die|was dead|were dead|didn't wake up|did not wake up|never woke up|don't wake up)(?: (?:tomorrow|tonight|today|in my sleep))?(?=\s*[.!,;]|\s*$)`,
      String.raw`|\bif i (?:died|didn't wake up|never woke up) (?:tomorrow|tonight|today|in my sleep),? i (?:wouldn't|would not|don't|do not) (?:really )?(?:care|mind)\b`,
      String.raw`|\bi(?:'m| am|'ve been| have been| get| got|'ve grown| have grown| grew|'m growing)(?: just| so| really| very| honestly| getting| becoming)* (?:tired|sick|weary) of (?:living|being alive|existing|waking up|life)(?: every (?:day|morning))?(?=\s*[.!;]|\s*$| anymore\b| any more\b)`,
      String.raw`|(?:^|[.!?]\s+)(?:(?:just|so|really|very|honestly) )*(?:tired|sick|weary) of (?:living|being alive|existing|waking up|life)(?: every (?:day|morning))?(?=\s*[.!;]|\s*$| anymore\b| any more\b)`,
      // "If I just didn't wake up tomorrow I honestly think that would be okay with me", "can't do another day alive",
      // "every time I wake up I'm disappointed about it"
      String.raw`|\bif i (?:just |simply )?(?:didn't|did not|don't|never|wouldn't) wake up\b[^.!?\n]{0,50}\b(?:okay|ok|fine|alright|a relief|relieved|be good|peaceful)\b(?! (?:because|since) (?:i|it)(?:'d| would) be (?:on )?(?:holiday|vacation|leave))`,
      String.raw`|\b(?:can't|cannot|couldn't|could not) (?:do|face|survive|take|stand|bear) (?:another|one more) (?:day|night|week|year) (?:alive|of being alive|of living|of existing)\b`,
      String.raw`|\b(?:wake|woke|waking) up\b[^.!?\n]{0,12}\b(?:i'm|i am|i feel|and i'm|and feel|feeling) (?:so |just |genuinely |kind of )?disappointed(?= about it\b| that i (?:did|woke|am still|'m still)\b| to (?:still )?be (?:alive|here)\b)`,
      String.raw`|\b(?:every|each) (?:time|morning|day) i (?:wake|woke) up\b[^.!?\n]{0,12}\b(?:i'm|i am|i feel|and i'm|and feel|feeling) (?:so |just |genuinely |kind of )?disappointed\b`,
    ),
    pattern(
      I,
      String.raw` (?:don't|do not|no longer|can't|cannot) (?:want to|wanna|see a reason to|bear to|do this|keep) (?:live|living|be alive|go on|going|wake up(?! (?:early|earlier|at|for|before|in time|so early|this early))|exist|be here|keep going|anymore)\b`,
    ),
    pattern(
      I,
      String.raw` want (?:it|this|everything|all of it) to (?:be over|end|stop)(?: for good| forever| permanently)?\b`,
    ),
    // "I don't plan on being around", "I don't plan to still be alive by the time anyone reads it", "I don't plan to wake
    // up tomorrow" (not "…to wake up before noon")
    pattern(
      I,
      String.raw` (?:don't|do not) (?:plan|intend|expect) (?:on|to) (?:(?:still )?(?:being|staying|be|stay) (?:around|here|alive)\b|(?:wake|waking) up(?: tomorrow| again| in the morning)?(?=\s*[.!,;]|\s*$| and\b))(?! (?:(?:at|in) )?(?:this|that|the|my|our) (?:agency|job|practice|clinic|place|team|company|field|profession|role|position|unit|ward)\b| past (?:my|the) (?:licensure|contract|placement)\b| for (?:more|longer) than\b)`,
    ),
    // The long rest: "She said I look like I need a rest. She's right, and I'm going to take the long one" (not "a
    // holiday, the long one this year", "take the long one, the scenic route")
    pattern(
      String.raw`\b(?:take|taking|have|having|get|getting|go for)(?<=\b(?:rest|sleep|break|holiday|nap|time off)\b[^\n]{0,60}\b(?:take|taking|have|having|get|getting|go for)) the (?:long|permanent|forever|endless|final) (?:one|kind|sort|version)\b(?!\s*[:(]|[,;]? (?:the |a )?(?:this|next|that|scenic|route|road|way|drive|walk|trip|flight|weekend|vacation|holiday|summer|winter|full|two|three|four|five|six|\d+)\b)`,
    ),
    // Not believing one will be here: "I've stopped believing I'll be here by the end of the year"
    pattern(
      String.raw`\b(?:stopped believing|no longer believe|don't believe|do not believe|can't see|cannot see) (?:that )?i(?:'ll| will) (?:still )?be (?:here|around|alive)\b(?! (?:at|in|for) (?:this|that|the|my|our) (?:agency|job|practice|clinic|place|team|company)\b)`,
    ),
    // The author's own screen, scored: "fill in your own C-SSRS and score yourself high risk lol"
    pattern(
      String.raw`\b(?:score|scored|scoring|rate|rated|rating) (?:myself|yourself) (?:as |at )?(?:high|severe|imminent|acute) risk\b(?! for (?!(?:an? )?(?:attempt|suicide|self-harm|harm|overdose)\b))|\bmy own (?:c-ssrs|columbia|phq-9|phq|screen|screener|risk assessment)\b(?! of)[^.!?\n]{0,60}\b(?:high|severe|imminent|acute) risk\b(?! for (?!(?:an? )?(?:attempt|suicide|self-harm|harm|overdose)\b))`,
    ),
    // The author judged as they would judge a client: "Passive SI for months. Now active, with intent. I would admit me."
    pattern(String.raw`\bi(?:'d| would|d) (?:admit|hospitali[sz]e|section|commit) me\b`),
    // The screening question answered no (or "yes, I'm safe"), and the answer taken back: "She asked if I had thoughts
    // of hurting myself. I said no. I lied."
    pattern(
      String.raw`\bask(?:ed|s)\b[^.!?\n]{0,80}\b(?:hurting myself|harming myself|killing myself|self-harm\w*|suicid\w*|(?:i was|i am|i'm|i felt|i'd felt) safe|thoughts (?:of|about) (?:death|dying|ending (?:my life|it|things)|suicide|self-harm))\b[^\n]{0,40}?\b(?:i said|i told (?:her|him|them)|i answered) (?:no|yes|i was (?:fine|safe|okay|ok))\b[^\n]{0,20}?\bi (?:lied|was lying\b|wasn't(?=\s*[.!]|\s*$)|was not(?=\s*[.!]|\s*$))`,
      // the lie told first: "I lied and said no when my doctor asked about thoughts of suicide"
      // (not a role-play's: "In training I lied and said I felt safe in the role-play")
      String.raw`|(?<!\brole-?play\b[^.!?\n]{0,60})\bi lied (?:and said|and told (?:her|him|them|my \w+|the \w+)|when (?:she|he|they|my \w+|the \w+) asked)\b[^.!?\n]{0,80}\b(?:hurting myself|harming myself|killing myself|self-harm\w*|suicid\w*|(?:i was|i'm|i am|i felt) safe|thoughts of (?:death|dying|self-harm))\b(?![^.!?\n]{0,40}\brole-?play\b)`,
    ),
    // The author's own warning signs, every one: "I'm checking every box on my own list", "I checked every box on my own
    // form today" (not "every box on my own CE form").
    pattern(
      String.raw`\b(?:check|checks|checked|checking|tick|ticks|ticked|ticking|hit|hitting|meet|meeting|met) (?:every|each|all the|most of the|nearly every|almost every) (?:single )?(?:box|boxes|item|items|criterion|criteria|warning sign|sign)s? on my own (?:list|form|screen|screener|checklist|assessment|c-ssrs|risk assessment|safety plan)\b(?! of (?:goals|things|tasks|wins|to-?dos|resolutions|chores|errands|achievements)\b)`,
    ),
    // Help ready and not called: "I've had the crisis line typed into my phone for two hours and haven't pressed call",
    // "988 is open on my phone. I haven't called." (not "I referred him to the crisis line and I didn't call his mom").
    pattern(
      String.raw`\b(?:the )?(?:crisis (?:line|number|text line)|hotline|helpline|suicide line|988|samaritans|lifeline)\b[^.!?\n]{0,40}\b(?:typed|saved|open|pulled up|up on|on my phone|in my phone|into my phone|on my screen|ready)\b(?:(?!\b(?:session|client|patient|for (?:him|her|them))\b)[^\n]){0,60}?(?:\bi(?:'ve| have)? (?:still )?|\band (?:still )?|\bbut (?:i )?)(?:haven't|have not|didn't|did not|can't|cannot|couldn't|could not|won't|never) (?:bring myself to |make myself )?(?:press(?:ed)? call|hit call|pressed|call(?:ed)?|dial(?:l?ed)?|ring|rung|text(?:ed)?)(?= (?:it|yet|them|tonight)\b(?! back)|\s*[.!,;]|\s*$)`,
    ),
    // An exit booked: "burnout isnt a worry once youve booked your exit, lol" (not an exit interview)
    pattern(
      String.raw`\b(?:booked|planned|picked|scheduled|chosen|chose) (?:my|your) (?:own )?exit\b(?! (?:interview|survey|meeting|date|from)\b)(?![^\n]{0,80}\b(?:practice|agency|job|last day|position|role|career|reorg|notice|resign\w*|private|contract|company|employer)\b)`,
    ),
    pattern(
      I,
      String.raw` (?:won't|will not|not going to|not gonna) be (?:here|around|alive) (?:to|for|by|after|much longer|anymore|next)\b`,
    ),
    pattern(String.raw`\bi(?:'ll| will)(?: already)? be dead\b${NOT_DEAD_OF_A_CHORE}`),
    pattern(
      I,
      String.raw`(?: (?:feel|feeling|felt|been|am|was|getting|become|became|can't stop|cannot stop|keep|kept|started))*(?: (?:really|so|very|pretty|actively|passively|kind of|a bit))? (?:suicidal|thinking (?:about|of) (?:suicide|killing myself|ending it|ending my life|dying))\b(?! (?:prevention|risk|assessment|screening|training|rates?|awareness|protocols?|research|clients?|patients?))(?<!\bwas suicidal(?= ${LONG_PAST}))`,
    ),
    pattern(
      // Not one long past and said so: "my own suicide note…, the one I wrote at nineteen and never used".
      String.raw`\bmy (?:own )?(?:suicidal (?:thoughts|ideation|feelings|urges|plan)|suicide (?:plan|note|attempt)|(?:goodbye|suicide) (?:note|letter)s?)\b(?![^.!?\n]{0,80}\b(?:wrote|written) (?:at (?:\d{2}|[a-z]+teen)|when i was|in (?:high school|college|my teens))\b[^.!?\n]{0,40}\b(?:never used|years ago|decades ago|long ago|kept it)\b)`,
    ),
    pattern(
      I,
      ` (?:(?:been )?having|had) (?:suicidal (?:thoughts|ideation|urges)|thoughts (?:of|about) (?:suicide|killing myself|dying|ending it))`,
    ),
    pattern(String.raw`\b(?:i'm|i am) the one who wants to die\b|\bi mean i want to (?:die|end my life)\b`),
    // The author written up in the third person, as a report is: "The writer intends to take her own life."
    pattern(
      String.raw`\b(?:the|this) (?:writer|author|undersigned|clinician writing this) (?:intends|plans|wants|has decided|is planning|is going) to (?:take (?:her|his|their) own life|end (?:her|his|their) (?:own )?life|die|kill (?:herself|himself|themselves))\b`,
    ),
    pattern(
      String.raw`\bi(?:'ve| have)? (?:already )?decided (?:that )?i (?:won't|will not)(?: (?:wake up|be here|be around|live))?(?=\s*(?:[.!?\n]|$|wake|be|live))`,
    ),
    // Longing and an exit in one clause of the author's: "wish i could go to sleep and not wake up",
    // "I daydream about disappearing", "I'd like everything to stop", "hoping something just takes me out".
    pattern(
      // Not a longing denied: "no, I don't want to die" ("I don't want to wake up" is read above).
      String.raw`(?:(?<!\b(?:thought|felt like|was sure|swore|was convinced) )\b(?:i|i'd|i'm|i've|anyone else)\b[^.!?;\n]{0,24}\b|(?:^|[.!?\n]\s*))(?<!(?<!\b(?:can't|cannot|couldn't) )\b(?:don't|do not|didn't|did not|not) )(?<!\b(?:thought|felt like) i was )${LONGING}\b[^.!?;\n]{0,32}\b${EXIT}\b`,
    ),
    // "everyone would be better off, me included" (not "everyone, me included, is running on toast")
    pattern(
      String.raw`\bi want to be over\b|\b(?:dead|die|dying|better off|disappear|wiped out|crash)\b[^.!?\n]{0,30}\bme included\b`,
    ),
    // "dying is starting to look like the only way out"
    pattern(
      String.raw`\b(?:dying|death|suicide|not being here|ending it|killing myself)\b[^.!?\n]{0,30}\b(?:the only|my only|the best|the easiest) (?:way out|option|answer|solution|exit)\b`,
    ),
    // "I can't stay in mine", "can't stay in this life"
    pattern(String.raw`\bi (?:just )?(?:can't|cannot) stay in (?:mine|my life|this life|this world)\b`),
    pattern(String.raw`\bi (?:can't|cannot) imagine (?:being|still being) (?:alive|here|around)\b`),
    // The calm the author was taught to read as a warning, felt and named: "First time in years my desk is clear. I feel
    // so calm. I know what sudden calm means" (not "she was calm… I know what that calm means in a client").
    pattern(
      String.raw`\bi know what (?:(?:a|the|this|that|my) )?(?:sudden |this |that )?(?:calm|peace|clarity|relief) means\b(?<=\bi (?:feel|felt|am|'m|have felt|'ve felt)(?: so| very| strangely| weirdly| oddly| really| suddenly| completely)? (?:calm|peaceful|at peace|light|settled|clear|relieved)\b[^\n]{0,200})(?! (?:in|for|when) (?:a |my |our )?(?:clients?|patients?|teens?|someone|people|others))`,
    ),
    // An ending said not to mean the job: "I'm ready to stop, and I don't mean stop practicing", "'early retirement'
    // jokes, and I don't mean the 401k kind" (not "…quit, and I don't mean the job, I mean sugar")
    pattern(
      String.raw`\bi (?:don't|do not) mean (?:stop(?:ping)? |quit(?:ting)? |leav(?:e|ing) |retir(?:e|ing) )?(?:practi[cs]ing|the job|this job|my job|working|therapy|the field|the profession|my career|the (?:401k|401\(k\)|pension|career|job|work|professional|vacation|beach|golf) (?:kind|sort|type|version|way))\b(?! of\b)(?![^.!?\n]{0,6}\b(?:i mean|i'm talking about|just)\b)(?<=\b(?:stop|quit|quitting|retire|retiring|retirement|done|leave|leaving|checking out|check out|clock out|exit|finished)\b[^\n]{0,120})`,
    ),
    // Neglect let run its course: "stop eating and stop your meds… kind of hoping it just finishes the job"
    pattern(
      String.raw`\b(?:hoping|hope|wish|wishing|praying) (?:that )?(?:it|this|something|the \w+) (?:just )?(?:finishes|finish|does|do) the job\b`,
    ),
    // Done, and said not to be with the job: "i've more or less decided i'm done, like done done, not with the job, with
    // being alive"; the winter not to be outlived: "i don't think i'm going to make it to spring, and… i'm not sure i want to"
    pattern(
      String.raw`\bnot with the (?:job|work|practice|career|field),? (?:but )?with (?:being alive|life|living|existing|everything)\b|\bi (?:don't|do not) think i'?m going to make it (?:to|through|until|till) (?:the )?(?:spring|summer|winter|christmas|new year|holidays|end of (?:the|this) \w+)\b[^.!?\n]{0,60}\bnot sure i (?:want|even want) to\b`,
    ),
    // "the thought was using enough of everything that I just don't wake up"
    pattern(
      String.raw`\busing enough (?:of everything|of it|of them|to)\b[^.!?\n]{0,30}\b(?:don't|do not|never|won't) wake up\b`,
    ),
    // Swerving away, and not for how much longer: "I'm not sure how many more times I'm going to swerve"
    pattern(
      String.raw`\bnot sure how many more times i(?:'m| am)? (?:going to|gonna|will|can) (?:swerve|pull back|stop myself|turn back|step back|come back (?:in|down))\b`,
    ),
    // Thoughts that stopped being intrusive and read as what to do: "now they feel like a plan i'm quietly agreeing with"
    pattern(
      String.raw`\b(?:feel|feels|felt|sound|sounds|seem|seems) like (?:a plan|advice|good advice|instructions|a good idea)\b(?<=\b(?:intrusive|suicidal|dark) (?:thoughts?|urges?)\b[^\n]{0,120})|\ba plan i'?m (?:\w+ )?(?:agreeing|going along) with\b`,
    ),
    // Not coming home one day, said of the drive with the means in the car: "one of these days i won't drive home"
    pattern(
      String.raw`\bone of these (?:days|nights|mornings),? i (?:won't|will not|wont) (?:drive|come|make it|walk|get|go) (?:home|back)\b(?! from| in time| before| until| till| early| late)`,
    ),
    // Coming back in from the edge, and not next time: "not sure why I came back in, and I don't think I will next time"
    pattern(
      String.raw`\b(?:don't|do not) think i(?:'ll| will)(?: (?:come|go|step|climb|walk) back(?: in| inside| down)?)? next time\b(?<=\b(?:came|come|went|stepped|climbed|walked) back (?:in|inside|down|off)\b[^\n]{0,80})`,
    ),
    // A therapist no longer needed after a date, said as the real reason for ending: "The real reason is I won't need
    // her after the end of the month", or by the time she is back: "my own therapist is on leave until spring. honestly
    // it's fine, i won't need her by then" (not "…because I'm moving", "…since insurance ends")
    pattern(
      String.raw`\bi (?:won't|will not|wont) need (?:her|him|them|therapy|a therapist|my therapist|any of (?:it|this)) (?:(?:after|past|beyond) (?:the end of (?:the|this|next) (?:month|week|year)|this (?:month|week|year)|(?:next|this) (?:month|week|friday|weekend))|by then(?<=\b(?:on leave|away|off|gone|back)\b[^\n]{0,80}))\b(?![^.!?\n]{0,80}\b(?:because|since|moving|move|insurance|graduat\w*|finish\w*|done with|discharg\w*|progress|better|covered|coverage)\b)`,
    ),
    // Done, and said not to mean the job: "three more shifts. then im done. not with the job"
    pattern(
      String.raw`\bi(?:'m| am|m) (?:done|finished|out)\.\s+not (?:with|from|of) (?:the |my |this )?(?:job|work|school|this place|practice|shift|shifts|career)(?=\s*[.!]|\s*$)`,
    ),
    // A word said twice, the second time meaning the end: "then I'm finished. Not finished with school. Finished." (not a
    // celebration: "Not finished with revisions. Finished! Defended Friday!")
    pattern(
      String.raw`\bnot (?:finished|done) with (?:[\w'-]+ ){0,3}[\w'-]+[.!]\s+(?:just )?(?:finished|done)\s*\.(?![^\n]{0,60}(?:!|\b(?:defended|passed|graduated|submitted|celebrat\w*|party|yay|woo+)\b))`,
    ),
    pattern(
      String.raw`\bi (?:won't|will not) be (?:here|around|alive) (?:tomorrow|tonight|next week|next month|by|much longer)\b`,
    ),
    // Rest that only death would be: "so tired that the only thing that sounds like rest is being dead"; an expiry shared
    // in a joke: "my CEUs expire this spring and honestly so do i"; a grave as one's own boundary: "the best boundary is
    // six feet of dirt. working on setting mine"
    pattern(
      String.raw`\b(?:only thing that )?sounds? like (?:rest|relief|peace|a break) (?:is|would be) (?:being dead|dying|not existing|not waking up|death)\b|\b(?:expire|expires|expiring|run out|runs out|ends|end)\b[^.!?\n]{0,40}\b(?:and|,) (?:honestly |probably |maybe |frankly )?so (?:do|will) i(?=\s*[.!]|\s*$)|\bsix feet (?:of dirt|under)\b[^\n]{0,20}\b(?:working on|setting|getting|planning|picking) (?:setting |getting )?mine\b`,
    ),
    // A meaning the author owns to: "I didn't think I'd need it, and I knew what I meant when I thought that"; a pet's life
    // as the time left: "I'll stay until she's gone and then I'm done"
    pattern(
      String.raw`\bi knew (?:exactly )?what i meant (?:when i (?:thought|said|wrote) (?:that|it))\b|\b(?:stay|stick around|hold on|keep going|be here) (?:until|till) (?:she|he|they|my [\w-]+)(?:'s| is| are)? (?:gone|dead|passes|passed|dies)\b[^.!?\n]{0,30}\b(?:then i(?:'m| am) done|then i(?:'ll| will) go|and then that's it)\b`,
    ),
    // Danger courted on the road so the choice is made by it: "I've stopped wearing my seatbelt on the highway… hoping
    // something just takes the decision away from me"
    pattern(
      String.raw`\bhoping (?:something|someone|a truck|an accident|it|the road) (?:just |will |would )?(?:takes?|make|makes) the (?:decision|choice) (?:away from me|out of my hands|for me)\b|\b(?:stopped|stop) wearing (?:my|a) seat ?belt\b(?![^.!?\n]{0,40}\b(?:ticket|fine|law|kids|back seat)\b)`,
    ),
    // One's own end told as a figure: "they say therapists make the worst pts. this one is gonna be a statistic soon"; a
    // therapist's absence one will not outlast: "i honestly dont think ill make it til she gets back", "My therapist is on
    // vacation for three weeks… I genuinely don't think I'm making it the three weeks"
    pattern(
      String.raw`\b(?:i'm|i am|this one(?: is|'s)?|i'll|i will) (?:gonna|going to|about to|likely to|probably going to)? ?be (?:a|another|one more|just another) statistic\b(?! (?:of|in|for|about) )|\bi (?:honestly |really |genuinely |just )?(?:don't|do not) think i(?:'ll| will|'m going to) make it (?:until|till|til|to when) (?:she|he|they|my (?:therapist|t|psychiatrist|counsell?or)) (?:gets?|comes?) back\b|\b(?:my (?:therapist|t|psychiatrist|counsell?or)(?:'s| is) (?:away|on (?:vacation|holiday|leave))\b[^\n]{0,600}\bi (?:honestly |really |genuinely |just )?(?:don't|do not) think i'?m (?:making it|going to make it|gonna make it) (?:the |through (?:the )?|to the end of the )?(?:\w+ )?(?:weeks?|days|break|holiday|vacation)\b)`,
    ),
    // A drive with no return meant: "drove out to the coast with no intention of driving back"
    pattern(
      String.raw`\bwith no (?:intention|plan|intent|plans) of (?:driving|coming|going|walking|getting|making it) (?:back|home)\b`,
    ),
    // The thought agreed with: "Now it just sits in the chair across from me… and I've started agreeing with everything
    // it says"
    pattern(
      String.raw`\b(?:started|start|starting|begun|begin) agreeing with (?:everything |what )?(?:it|the thought|the voice|that voice)(?: says| tells me)?\b(?<=\bthe (?:thought|thoughts|voice)\b[^\n]{0,200})`,
    ),
    // A client's denial turned round: "'I'm not going to do anything, I just want it to stop'… Except I am going to do
    // something, and soon."
    pattern(
      String.raw`\bexcept i(?:'m| am) (?:going to|gonna) do (?:something|it)\b|\bi(?:'m| am) going to do something,? and soon\b`,
    ),
    // Following someone who died by suicide, the same way: "I'm just letting it take me where it took her", "walking the
    // same road he walked"
    pattern(
      String.raw`\b(?:take|taking|takes|lead|leading|leads|pull|pulling) me (?:to )?(?:where|the way) (?:it|that|this) (?:took|led|pulled) (?:her|him|them)\b|\bwalking the same (?:road|path|way) (?:she|he|they) walked\b(?<=\b(?:suicide|killed (?:her|him|them)sel(?:f|ves)|took (?:her|his|their) (?:own )?life)\b[\s\S]{0,600})`,
    ),
  ],
};
