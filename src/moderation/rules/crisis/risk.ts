import type { RuleName } from "../../policy";
import { withWordEdges } from "../rule";

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
  words: RegExp;
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

const kind = (
  rule: RuleName,
  words: string,
  { weight = 1, repeats = false, impliesTheAuthor = false } = {},
): RiskKind => ({
  rule,
  words: new RegExp(withWordEdges(String.raw`\b(?:${words})\b`), "g"),
  weight,
  repeats,
  ...(impliesTheAuthor ? { impliesTheAuthor: true as const } : {}),
});

export const riskKinds: RiskKind[] = [
  // dying, said outright: enough alone
  kind(
    "crisis-intent",
    String.raw`(?:the )?only (?:thing|reason|one) (?:keeping|that keeps) me (?:alive|here|going)|(?:tore up|ripped up|threw (?:out|away)|deleted|burned) (?:my|the) (?:safety plan|no-harm (?:promise|contract)|no-suicide contract|crisis plan)|(?:safety plan|no-harm (?:promise|contract))\b[^.!?\n]{0,60}\b(?:tore it up|ripped it up|threw it (?:out|away)|deleted it)|kill(?:ing)? myself|(?:end|ending|finish|finishing|stop) (?:my|this) (?:own )?life|take my (?:own )?life|(?:don't|dont|do not) want to (?:wake up(?! (?:early|earlier|at|for|before|in time|so early|this early))|live|be alive|be here)|(?:hoping|hope|wish|wishing|praying) (?:that )?my heart (?:would |had |will |might )?(?:just )?(?:stop|stopped|give out|gave out)|make sure i (?:don't|dont|do not) (?:wake|live)|be dead|wishing i hadn't woken|(?:not|never) (?:wake|waking|woken) up|be buried(?! with)|found my exit|lights off for good|(?:want|wanted|wanting|wish|wished) to die(?! of| on)|i will go\.|(?:i'm|i am) not going to be here|(?:retirement|pension|401k|next year|winter)\b[^\n]{0,100}\bi (?:won't|will not) need (?:one|it|them)(?=\s*[.!]|\s*$)`,
    { weight: 2 },
  ),
  // dying, said of oneself
  kind(
    "crisis-intent",
    String.raw`(?:bullet|gun) (?:in|to|into) my (?:head|mouth|temple|brain)|end (?:it|things|everything) myself|use enough (?:that|to)|my own exit|hope (?:the|my|this) (?:plane|flight|car|bus|train) (?:goes down|crashes|hits)|walk(?:ed|ing)? into traffic|step(?:ped|ping)? (?:off the curb|into traffic|in front of)|(?:out|way out)[^.!?\n]{0,30}\bfeet first|(?:won't|will not|not going to) (?:see|make it to) (?:another|the next|next|my next|eleven|twelve|\d+)\b|(?:actually )?gone through with it|it should(?:'ve| have) been me|dying sounds (?:fine|nice|good|peaceful|like a relief)|(?:don't|dont|do not) want to (?:breathe|be breathing)|(?:just )?go be with (?:him|her|them)|no point (?:in )?waking up|(?:collapse|crash|pass out|fall asleep) and (?:don't|not|never) (?:get|wake) up|make it stop for me|(?:my|the) (?:last )?attempt (?:in \w+ |last \w+ )?didn't work|suicid\w*(?! (?:prevention|training|ceus?|assessments?|risk|screenings?|screeners?|rates?|awareness|research|protocols?|policy|hotline|lifeline|loss|survivors?|bereavement|postvention|webinar|course|module|statistics|data|note from a client))|kill(?:ing)? myself|end(?:ing)? (?:it all|it|my life|things|everything)|take my (?:own )?life|(?:not|never) (?:wake|waking|woken) up|be dead|(?:want|wanted|wanting|wish|wished) (?:to die|to be dead|i (?:hadn't|had not|wasn't|weren't) (?:woken|born|here|alive))|die(?! happy)|dying(?! to (?:know|see|hear|try|get|go|meet|read|watch|tell))|disappear(?:ed|ing)?|not (?:be|being) (?:here|around|alive)|be over|how i'd do it|walk(?:ing|ed)? (?:into|out into) the (?:ocean|sea|lake|river|water|woods)|(?:go to )?sleep and not (?:wake|deal|come back)|wishing i hadn't|want to be alive|my (?:own )?safety plan is|(?:finish|end|stop) (?:my|this) (?:life|all)|make sure i (?:don't|dont|do not) (?:wake|live)|join (?:him|her|them|my \w+) (?:there|soon|in death)|i'll join (?:him|her|them)|(?:want|wanted|wanting|ready|waiting) to join (?:him|her|them|my \w+)|(?:not going to|won't) be here (?:much longer|for long|long)|(?:i )?just want out|want to stop (?:it|everything|living|existing)|until the very end|while i'm still here|be buried(?! with)|gone gone|dis+ap+e+a?re?d?|want to stop it|for good|my exit|going further|next time i won't stop|tried to (?:do it|end it|end things|kill myself)(?= (?:in|last|once|before|twice|years|when|at|after)\b|\s*[.,;!]|$)|(?:thinking about|think about|might|going to|want to|plan to) (?:try(?:ing)?|do(?:ing)?) it again|(?:thinking about|think about) trying again|(?:go|leave|gone) from this world|leave this world|(?:better|best|easier) (?:if )?i (?:go|leave|disappear)\b|the day i go\b|when i go too\b|(?:saying|say|said) it to myself\b[^.!?\n]{0,40}\band meaning it|wanted (?:him|her|them|someone|somebody|it) to finish (?:it|me)|semicolon[^.!?\n]{0,80}\bperiod|(?:died|dead|viewing|casket|grave)\b[^\n]{0,100}\b(?:i'm|i am|i was|i felt) (?:so |a little |kind of )?(?:jealous|envious)(?=\s*[.!]|\s*$| of (?:him|her|them)\b)`,
    { repeats: true },
  ),
  // a means
  kind(
    "crisis-method",
    String.raw`(?:asked for|got|requested|getting) a (?:90|ninety)-day supply|i have the bottle|i have the (?:rope|gun|pills)|(?:a|the) (?:full |whole )?bottle of|leftover (?:\w+ )?(?:pills|meds|morphine|oxy\w*|painkillers)|sleeping pills|(?:my|the|all (?:my|the)|enough) (?:pills|meds|medication|prescriptions|tablets)|morphine|insulin|fentanyl|oxycodone|opioids|overdose|lethal|painless|(?:a|my|the) gun|rope|noose|overpass|bridges?|tides|the ocean|train tracks|the nets|razor|blades?|bought the thing|life insurance|interact the worst|bought what i need|the means|have the means|means in the house|access, a date|search history|methods|(?<!(?:afraid|scared|terrified|fear) of )heights|what the me reports|it's in the (?:house|shed|trunk|car|garage)|looks like an accident|stockpiling|pills|revolver|pistol|firearm|(?:a|the) spot (?:picked|chosen)|spot picked out|the whole (?:prescription|bottle|pack|supply|stash)|my own means|beneficiary|exclusion (?:window|period)|suicide clause|early refills|looks? like (?:a relapse|an accident|natural causes)|over the edge|(?:still have|kept|keeping) (?:what|everything|the things?|the stuff) i (?:bought|got|saved|collected|ordered)|haven't (?:restricted|locked up|gotten rid of|thrown out|given away) (?:anything|any of it|it|them)|(?:lined|lining|line) (?:them|the|my) (?:pill )?(?:bottles|pills) up|cliffs?|rifle|shotgun|handgun|quarry|took everything i had|(?:tried|attempted)\b[^.!?\n]{0,20}\b(?:didn'?t|did not) work|(?:know|found) where (?:he|she|they) keeps? the (?:key|keys|gun|pills)|planning my days around when|bought the stuff|(?:i|i've|i have) (?:own|owned|got|have) (?:the same|a|my own) (?:gun|rifle|pistol|handgun|shotgun)|sample (?:boxes|packs)`,
    { repeats: true },
  ),
  // finality and farewell
  kind(
    "crisis-farewell",
    String.raw`made (?:my )?peace with (?:dying|leaving|going|not being here|my decision|it all ending)|(?:i've|i have) made (?:my|the) decision|(?:feel|feeling|felt) (?:so |very |strangely |oddly )?(?:peaceful|calm) about (?:it|my decision|the decision)|(?:i'm|i am|i'll be) (?:finished|done) with (?:everything|it all|all of it)|that's it for me|the last (?:\w+ )?thing i(?:'ll| will|'m going to| am going to) (?:ever )?do|(?:grateful|glad|relieved|thankful) (?:that )?it's (?:almost|nearly) over|(?:easier|lighter|calmer) (?:when|now that|since|once) (?:you|i) know (?:there's|there is) an end(?: date)?|i won't be (?:here |around )?for (?:much|very) longer|i won't be (?:here|around) (?:much|very) longer|is the (?:day|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday) i'm (?:done|gone)|(?:please )?don't (?:try to |come )?(?:find|look for) me|finally decided(?=[.!])|doesn't matter after (?:next|this|tonight|tomorrow|friday|the)|everything is in order|affairs (?:are )?in order|last loose end|loose ends (?:are )?tied up|nobody inherits|goodbye|last post|this is the last|the last one|my choice|(?:i've|i have|already) decided|not the kind of leaving|if i don't (?:post|come home|come back|make it|wake up)|won't be (?:around|here)|(?:don't|do not) (?:plan|expect) (?:on|to) be(?:ing)? (?:around|here)|not planning to renew|one last|be kinder to yourselves|grateful\. really|take care of (?:each other|yourselves|your clients)|(?:i don't think|not sure) i'll (?:be|stick|stay) (?:around|here)|not planning to (?:renew|continue|be)|that's when i'll do it|i'm done\.|told (?:them|everyone|her|him|people) it(?:'s| is| was) [\w ]{2,30}\. it (?:isn't|wasn't|is not)|won't be posting|not be posting|goodbye everybody|goodbye everyone|i am finish|don't be sad for me|don't be like me|it's been a good run|final lessons|for after|what date to put|i'm going to do it|just do it|that's when i'll do it|have decided?|at peace|end date|(?:once|after) you've decided|that was the last thing\.|the last thing (?:on the list|i wanted to do right)|i can go now(?=\s*[.!]|\s*$)|everything's ready|permanent (?:vacation|sleep|nap)|nobody (?:drags|brings|pulls) me back|never felt (?:calmer|so calm|more at peace|so peaceful|lighter)`,
    { repeats: true },
  ),
  // the author gone, said of someone else: a pet's next owner, the last client to see them
  kind(
    "crisis-farewell",
    "(?:someone|somebody|people|an owner|a family|a home) (?:who's|who is|who will be|who'll be|that's|that will be) (?:going to be )?around|the last (?:one|person) (?:who|to) (?:saw|sees|see|talk(?:ed)? to|spoke to) (?:me|something)|bye (?:everyone|everybody|all|y'all|friends|folks)|(?:they'll|they will|everyone will|you'll|she'll|he'll) understand (?:later|one day|eventually|why)|(?:it's|it is) the last thing(?=\\s*[.!]|\\s*$)|really goodnight|goodnight for good|(?:when|once|after) i'm not (?:around|here) to|won't be back (?:on|here)|anywhere anyone can follow|where (?:no one|nobody) can follow|(?:be )?the ones? (?:to|who) find me|(?:the|my) note (?:will be|'ll be|is) on the|it'll be on the (?:kitchen )?table|(?:i have|i've) made (?:the |my |all the |all my )?arrangements|the kind you leave|nothing (?:on the calendar|booked|planned|scheduled) after|the last thing i (?:was|am|'m) waiting for|everything(?:'s| is) sorted(?=\\s*[.!]|\\s*$)",
    { impliesTheAuthor: true },
  ),
  // a burden, and the others better without the author
  kind(
    "crisis-burden",
    String.raw`(?:i'm|i am|i've become|i feel like) (?:such )?a burden|cost-benefit on myself|(?:came|come) out on the wrong side|if i (?:was|were) gone|once i'm gone|when i'm gone|one less thing to carry|the only thing in the way is me|better off|take myself out|if i (?:weren't|wasn't|were not|was not) here|without me|do more for them|carrying me|out of (?:everyone's|their|your) way|a mercy|would adjust|checks out|managing me|worrying about me|easy for them|easier for them|get all that \w+ back|(?:getting|get) out of the way|(?:he'd|she'd|they'd|would) be free|be free of|a weight (?:he|she|they|everyone)|i'm the thing that's wrong|doing them a favor|than with me|one less|better if i|better (?:like this|this way) for everyone|favou?r by`,
    { repeats: true },
  ),
  // no way forward
  kind(
    "crisis-burden",
    String.raw`left it blank|been blank for|i (?:won't|will not) need (?:one|it|them)(?= long| much longer| anymore| after|\s*[.!]|\s*$)|reasons (?:for|to) (?:living|live)[^.!?\n]{0,40}\b(?:blank|empty|nothing|none)|(?:a|the) future i'm not (?:going to be )?in|future i won't be (?:in|around for|part of)|done waiting for (?:better|it to get better|things to get better|it to pass)|running out the clock|nothing (?:is going to|will ever) get better|no future|no version of|out of (?:ideas|reasons|mine|options)|looking forward to it|stop trying|not trying anymore|(?:no|don't see a) way (?:out|this gets better)|tired forever|keep trying|out of stock|less passive|done pretending|can't picture myself|nothing there|no more way forward|what's the point|nothing works|stopped wanting|going through the motions|(?:not going to|won't) try anymore|tired of trying|(?:tired|sick) of existing|done existing|(?:can't|cannot|don't) see (?:a|any|one|a single) reason to (?:keep|go|live|stay|be|get)|i'm running out(?=\s*[.!]|\s*$)|(?:not|n't) planning on (?:a |the )?next (?:year|month|week|summer|christmas|birthday)|(?:it|that|dying|death|the thought|the idea) (?:doesn't|does not|no longer) scares? me|there (?:won't|will not) be an after(?![\w-])|permanently unavailable`,
    { repeats: true },
  ),
  // harm to oneself
  kind(
    "crisis-self-harm",
    String.raw`(?:self[- ]harm|cutting|burning) urges (?:are|were) back|(?:clean|free) (?:from|of) (?:self[- ]?harm|cutting|burning)\b[^.!?\n]{0,40}\b(?:i |and i )?relapsed|(?:and|then) cut(?= *(?:[.!,;]|$| again| myself))|to the bathroom and (?:cut|burned|hurt myself)|relapsed on (?:the )?(?:burning|cutting|scratching|hitting|self[- ]harm)|(?:slammed|burned|cut|hit|punched|scratched|banged) my (?:\w+ ){0,2}(?:hand|arm|head|fingers|leg|wrist)[^.!?\n]{0,40}\bon purpose|(?:scratched|cut|burned|burnt|hit|punched|banged) my (?:own )?(?:arms?|forearms?|head|wrists?|legs?|thighs?|skin|hands?|stomach|hips?|ankles?)|(?:cut|burned|burnt) (?:myself )?(?:in|at) the (?:staff |work |office )?(?:bathroom|restroom|office|car)|hurt(?:ing)? myself|raw|until (?:it bled|i bled|i saw (?:stars|spots)|i (?:couldn't|could not) see)|(?:hiding|hid|hide|covering|cover) (?:my |the |new |fresh )*(?:self[- ]harm )?(?:cuts|burns)|(?:bruised|bruises|bleeding|burned|burnt|scarred|marked up) from (?:hitting|cutting|burning|punching|scratching|hurting) (?:it|them|myself) (?:every|each|again|on purpose|most)|free of (?:self[- ]harm|cutting|burning)\b[^\n]{0,40}\b(?:broke|lost|ended|reset) (?:it|that|the streak|my streak)|cuts are getting deeper|getting deeper|butterfly strips|knuckles split|with my own head|want to hurt more|long sleeves in (?:july|august|june|summer)|(?:wearing|wore|i wear|i'm wearing) (?:long sleeves|cardigans?|jumpers?|hoodies?) in (?:\d+|thirty|forty)[- ]?degree|new (?:red |fresh )?(?:ones|cuts|marks|burns) (?:under|over|beside|next to) (?:them|the old)|my arms? (?:is|are) a mess|(?:burning|cutting|carving|burned|burnt|carved) myself with (?:a |the )?(?:lighter|cigarette|match(?:es)?|razor|blade|knife|compass|scissors)|(?:burning|cutting|carving) myself(?! (?:on|while|shaving|cooking|making|by accident|accidentally))`,
    { weight: 2 },
  ),
  // putting affairs in order
  kind(
    "crisis-preparation",
    String.raw`(?:if|in case) (?:something|anything) (?:happens|happened|were to happen) to me|prepaid (?:my |for my )?(?:own )?(?:cremation|funeral|burial|plot)|pric(?:ed|ing) out (?:my )?(?:own )?(?:cremation|funeral|burial)|my own (?:funeral|cremation|eulogy|obituary)|wrote my (?:own )?(?:obituary|eulogy)|gave (?:my|our|the) (?:dog|cat|pets?|bird|rabbit|fish) (?:to|away)|cancel(?:led|ed)? (?:all |every )?(?:my )?(?:sessions?|clients?|appointments?) (?:for|after) (?:next|the)\b|scheduled (?:it|a text|an email|the email|the text|the message) to (?:send|go out|turn on)|take care of (?:the|my) (?:cat|dog|kids|plants|fish)|left (?:my|all my) (?:\w+ ){1,3}with (?:my|a|the) (?:nephew|niece|sister|brother|friend|neighbou?r|son|daughter|mom|dad|cousin|coworker|colleague)|giving away|gave away|found (?:a |her |him |them )?(?:good |new |loving |forever )?home for|rehom\w+|transfer plan|transfer notes|closing summaries|on a delay|labeled the keys|left instructions|(?:the|my) letters|wrote (?:the )?letters|mailed them|(?:my|a) will|passwords|closed out|everything is closed|nobody is in an acute|moved my \w+ intakes|license will lapse|so nobody has to|for planning|cleaned the whole|drafted an email|every password|spare key|(?:an|the) envelope|packed (?:his|her|their) (?:food|things)|take my (?:cat|dog|pets?)|decluttering|hand them over|outfit i'll be buried|written letters to|blocked my calendar|deleted (?:my )?(?:instagram|facebook|twitter|linkedin|accounts|profiles?)|took down (?:the|my) (?:practice )?(?:site|website|profile)|(?:got|signed|filed|have) a dnr|organ donor|scheduled (?:an? )?(?:email|text|message|post)\b|for afterwards?\b|(?:close|closes|closing|finish|wrap up|handle|deal with) my (?:charts|notes|practice|accounts|files|affairs|caseload) after\b|so (?:someone|somebody) can (?:close|finish|handle)|giving (?:things|stuff|my things|it all|everything) away|(?:started|begun|beginning) to prepare\b`,
    { repeats: true },
  ),
  // dwelling on a method
  kind(
    "crisis-method",
    String.raw`practi[cs]ed it|(?:most|least) (?:reliable|certain|painless|peaceful|lethal|quickest|surest) way (?:people |someone |to )?(?:actually )?(?:die|dies|go)\b|(?:understand|know|ask(?:ing)?) (?:something |this )?for myself|got (?:further|farther) than (?:before|last time)|(?:most|least) "?(?:peaceful|painless|reliable|certain|lethal)"? (?:method|way to go)|asking as the (?:person|patient|client) this time|not for any clients?|how high (?:the|that|this) (?:[\w-]+ ){0,2}(?:bridge|building|parking (?:structure|garage|deck)|overpass|roof|balcony|tower) is|thinking about the (?:drop|fall|jump)|not a clinical question|(?:for me|asking for myself),? not (?:for )?a client|score myself (?:as )?high|(?:my honest answer|my answer) to (?:phq-?9 )?item 9|how long (?:until|before|does it (?:usually )?take (?:for )?)(?:someone|somebody|a person|me|they)[^.!?\n]{0,30}(?:found|to be found)|picked the (?:bridge|spot|place|overpass|building|parking structure)|not for a (?:risk assessment|case|training|paper)|googling the same (?:things|stuff)|reading about how long it takes|can't stop thinking about the (?:roof|bridge|drop|pills|gun|rope|tracks|overpass|garage)|went up (?:there|to the roof)[^.!?\n]{0,30}\bjust to look|what (?:i|you) (?:was|were|am|are) planning|did my own (?:c-?ssrs|phq-?9|risk assessment|screening|safety assessment)|(?:i|i'd) (?:check|tick) (?:every|all the) (?:box|boxes)|edge of the (?:platform|roof|bridge|cliff|balcony|tracks)|keep looking at (?:it|them)|(?:risk assessment|c-?ssrs|columbia|phq-?9|screening|screener|safety assessment) on myself|(?:sending|send|sent) (?:me|myself) to the (?:ed|er|hospital)|by my own (?:protocol|standards|criteria)|calculated|looked up|look(?:ing)? up|researching|researched|staring at|counted them|there are enough|how easy|how it felt|how much would it take|would it look natural|asking for (?:me|myself|reasons)|not (?:asking )?for a client|can't google|drove past|driving past|the long way home over|doing (?:this|the) math|thought it through|i know exactly why|drive out there|get it over with|in case i (?:ever )?need (?:to know|it)|holding it|hold it|taking it out|(?:it's|that's|this is|the client is) me\b|not so hypothetical|i'm planning for it|asking because|reading it for me|thinking about it ever|which (?:night|day) it will be|just look at them|look at them|keep it next to me|just in case|figuring out how|how to make it quiet|(?:drove|drive|driving|went|go|going|walked) (?:back )?to the (?:spot|place|bridge|overpass) again|picturing it,? step by step|rehears(?:e|ed|ing) it|(?:imagining|imagine|picturing|fantasi[sz]ing about|daydreaming about) my own (?:funeral|death|wake|memorial)|(?:answering|answered|ticking|ticked|checking|checked|scoring|scored) (?:off )?(?:\w+ ){0,3}for myself|looked at the same (?:pages|sites|websites|forums|videos)|doing (?:the )?sums|(?:tidiest|cleanest|neatest|easiest|quietest|kindest|least messy|surest) way (?:to go|out|to do it)|which (?:one|method|way)\b[^.!?\n]{0,40}\b(?:quickest|fastest|surest|most lethal|least painful)|deciding whether (?:to|or not to) (?:drive|jump|go|take|do)|(?:keep|kept) standing (?:in front of|by|at) (?:that|the)|tried it on myself|reading up on how\b(?! to (?:bill|code|write|document|run|use|apply|support|help))|(?:every|each) (?:risk )?factor describes me|i think that about myself|the antidote (?:doesn't|won't|no longer|wouldn't) (?:help|work)`,
  ),
  // the author's own answer to the question they ask clients, whoever asked it: "honest answer is every day"
  kind(
    "crisis-intent",
    String.raw`(?:my |the )?(?:honest|real|true) answer (?:is|was|would be) (?:yes|every day|daily|most days|always|constantly)|(?:and |but )?(?:lately |now |these days )with a plan|tonight's the night|i'?m not (?:really )?(?:moving|travelling|traveling|retiring) anywhere\b|there's no case\b|for good this time|(?:then )?i get to stop\b|next time i'?ll make sure|make sure (?:it works|this time)|by the time\b[^.!?\n]{0,40}\b(?:it'll|it will) be over|signing off (?:permanently|for good|forever)|(?:final|ultimate) discharge|stop waiting (?:this|next|on|by|after)\b|(?:i've|i have) (?:already )?made my plans?\b|nobody left (?:i owe|to owe|who needs)`,
    { impliesTheAuthor: true },
  ),
  // the caseload handed off, said of the clients: "every active client has a warm handoff"
  kind(
    "crisis-preparation",
    String.raw`referred out (?:my |the |our )?(?:whole |entire )?caseload|(?:warm )?hand-?offs? (?:for|to) (?:every|all|each)|every (?:active |single )?client (?:has|got|gets) a (?:warm )?hand-?off|(?:passwords?|master (?:key|password)|logins?)\b[^.!?\n]{0,40}\bfor my (?:sister|brother|partner|wife|husband|mom|mum|dad|mother|father|friend|son|daughter|kids)`,
    { impliesTheAuthor: true },
  ),
  // hiding it, and who will find them: "told her it was allergies. It wasn't", "for whoever finds me"
  kind(
    "crisis-preparation",
    String.raw`told (?:her|him|them|everyone|people|my \w+) it was|(?:she|he|they) (?:doesn't|don't|didn't) know (?:why|it was)|it was goodbye|whoever finds me|(?:will|'ll) find (?:them|it|me|the letters|my body)|nobody will (?:check(?: on me)?|find me|miss me|notice)\b|told myself i was just|whoever gets my (?:office|desk|caseload|clients)|whoever takes over|if anything happens to me|how to not get caught|not get caught this time|sealed (?:them|it|the (?:letters?|envelopes?))|(?:mess|things|it all|everything) afterwards?\b`,
    { impliesTheAuthor: true },
  ),
  // a time
  kind(
    "crisis-plan",
    String.raw`(?:i do|i've got|i have) (?:one|a plan)[^.!?\n]{0,40}\b(?:this|next) (?:weekend|week|friday|month)|date circled|not the kind they mean|(?:set|picked|chose|chosen) a date(?! for)|a plan for when|if i (?:did|do) it (?:on|at|this|next|before|after|over|during)|tonight|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday) night|after my last client|after my last (?:session|appointment|client of the day)|i know (?:where|how) (?:i'll go )?and (?:when|where|how)|on my birthday|once the semester ends|a day on the calendar|that's when i'll do it|after these notes|the right time|the day i've picked|i've picked|picked out|which night|what date|tonight, after|next weekend|this weekend|by spring|have a plan for if|if things don't improve|counting(?: down)?\.? not (?:to|for|toward) (?:a|the|my)|(?:had|have) a (?:whole|full) plan for (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight)|(?:had|have|got) (?:a|my) plan (?:ready|in place|for before)|waiting for a (?:weekend|night|day) when|still (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b|like a countdown|set the date\b|(?:settled|sorted|rehomed|safe|looked after|taken care of) (?:somewhere |\w+ )?before\s*[.!]|just a date\b`,
  ),
];
