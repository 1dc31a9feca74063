import { COMPILE_ONCE } from "../rule";
import { I, pattern, type Signal } from "./signal";

/**
 * Method and means: the author has, gathers or looks for a way to die ("I've
 * been saving up my prescriptions", "I bought a gun", "been looking up which
 * bridges…", "how many of my sleeping pills would it take"), sometimes
 * dressed as a clinical question ("for me, not a client").
 */

// Common medicines people overdose on, by name, beside the general words.
const DRUGS = `(?:trazodone|amitriptyline|nortriptyline|tylenol|acetaminophen|paracetamol|insulin|lithium|xanax|ativan|klonopin|valium|ambien|seroquel|quetiapine|oxycodone|oxycontin|percocet|vicodin|hydrocodone|fentanyl|morphine|methadone|benzos|opiates|sleeping pills|sleep meds|painkillers)`;
const MEANS = `(?:${DRUGS}|pills|meds|medication|medications|prescriptions?|tablets|antidepressants|opioids|rope|noose|gun|pistol|handgun|rifle|shotgun|firearm|bullets|blades?|razors?|bridges?|overpass|overlook|cliff|ledge|roof|rooftop|the tracks|train tracks|bathroom cabinet|medicine cabinet|the spot|exhaust|carbon monoxide)`;
const GATHER = `(?:bought|buy|buying|got|have|keep|kept|saved|saving|save|stockpiled|stockpiling|hoarded|hoarding|counted|counting|hid|hidden|hiding|stashed|stashing|looked up|looking up|researched|researching|scouted|driven past|drove past|picked out|found|loaded|load|bought myself)`;

// Not someone else's doing, looked back at from the verb: "she then swallowed…", "My client took…" (but "Texted my friend then
// took all my tablets").
const NOT_SOMEONE_ELSES = String.raw`(?<!\b(?:she|he|they|who)(?: (?:then|also|had|has|just|apparently|reportedly))? \w+)(?<!\b(?:client|patient|pt|kid|teen|girl|boy|man|woman|son|daughter|mum|mom|dad|friend)(?:'s)? \w+)`;

// "Not for a client, for our group practice": the question is for someone else after all.
// The case asked about named as the author, after it is put: "The clinician is me.", "I'm the pilot. There isn't a
// client." (not "the client is me and my wife", a couple's intake; nor "asking for a friend. the friend is me", a joke
// about the author's own snacking).
const THE_CASE_IS_ME = String.raw`(?<=(?:^|[.!?]\s{0,3}))(?:the (?:clinician|client|patient|case|therapist|pilot|rider|diver|climber|driver|hunter) (?:is|was|here is|in question is) me|(?:i'm|i am) the (?:clinician|client|patient|case|pilot|rider|diver|climber|driver|hunter) (?:here|in question|asking|in this|in that))(?=\s*[.!]|\s*$)|(?<=(?:^|[.!?]\s{0,3}))(?:i'm|i am) the (?:pilot|rider|diver|climber|driver|hunter|clinician|client|patient)(?=\s*[.!]|\s*$)`;
const NOT_FOR_OTHERS = String.raw`(?!,? (?:but |it's |it is )?for (?:a|an|our|my|the|a friend|work|class|school|training|research)\b)`;

// What asking after a way to die says: "the most lethal", "the low therapeutic index", "walking in on you", "which is the
// worst one", "get it right first time".
const DANGER_ASKED = `(?:most lethal|lethal (?:dose|doses|amount|combination|combo|method|methods|one|ones)|therapeutic index|fatal (?:dose|amount)|overdose on|worst one|least chance of (?:someone|anyone|being)|walk(?:ing|s)? in on (?:you|me)|get it right (?:the )?first time|enough to (?:kill|stop (?:a|my) heart))`;

// A child or a teen the author keeps safe at home.
const KIN_AT_HOME = "(?:son|daughter|kid|kids|teen|teenager|child|children|stepson|stepdaughter)";

// What is saved up that is no medicine: leave, breaks, advice.
const TIME_OFF =
  "pto|vacation|holidays?|annual|leave|sick|days?|time|breaks?|lunch|weekends?|advice|calls?|notes|turn|credits?|points|miles";
// What is taken daily that no one overdoses on by keeping it.
const NOT_MEDICINE =
  "vitamins?(?: [a-z])?|supplements?|fish oil|iron|probiotics?|multivitamins?|protein|creatine|collagen|birth control|the pill";

export const method: Signal = {
  rule: "crisis-method",
  strength: "strong",
  patterns: [
    // Medicine taken home from work, a stockpile: "been quietly taking samples from the med room closet and keeping them
    // at home"
    pattern(
      String.raw`\b(?:taking|stealing|pocketing|squirrel(?:l)?ing away|skimming) (?:\w+ )?(?:samples|meds|pills|tablets|doses) (?:from|out of) (?:the |our )?(?:med room|medication room|sample|supply|med|drug)?(?: ?(?:closet|cupboard|cabinet|room|fridge|pharmacy|clinic))\b[^.!?\n]{0,60}\b(?:keeping|hiding|storing|stashing) them (?:at home|in my (?:car|bag|drawer|locker))\b`,
    ),
    // The height a fall needs, asked: "how high does a bridge need to be. dont answer that. actually do" (not "how high
    // does the fence need to be for the dog").
    pattern(
      String.raw`\bhow high (?:does|do|would|should|has) (?:a|the) (?:bridge|building|balcony|roof|parking garage|car park|overpass|drop|fall|ledge) (?:need|have|got) to be\b`,
    ),
    // Found in time, or not: "do most people get found in time or not?", "how long would someone who lives alone have
    // before anybody checked on them?"; the safe's combination known ("keeps his hunting rifle in the basement safe and i
    // know the combo").
    pattern(
      String.raw`\b(?:do|does|would|will) (?:most people|people|someone|they|a person|you) (?:get|be) found in time\b(?! for\b)(?<=\b(?:ligature|overdose|pills|hanging|rope|garage|carbon monoxide|noose|door handle|bleed|bleeding|lethality|lethal)\b[^\n]{0,300})|\bhow long would (?:someone|a person|i|one|you)\b[^.!?\n]{0,40}\bhave before (?:anybody|anyone|someone|somebody) (?:checked|found|noticed|came)\b|\bi know the (?:combo|combination|code)\b(?<=\b(?:rifle|gun|guns|shotgun|pistol|handgun|firearms?|gun safe)\b[^\n]{0,200})`,
    ),
    // Which of what is at home would not fail: "which one doesn't end with you waking up in the ICU… Mine is very full
    // right now"; a device that would do it and be called an error ("a few button presses would do it and everyone would
    // call it a pump error").
    pattern(
      String.raw`\bwhich (?:one|ones|of them)\b[^.!?\n]{0,60}\b(?:doesn't|won't|does not|will not|wouldn't) end (?:with|in) (?:you|me|someone|them) waking up\b|\b(?:would|could) do it and (?:everyone|everybody|they|people) (?:would|will|'d) (?:call it|think it was|rule it) (?:a|an) (?:[\w-]+ )?(?:error|accident|malfunction|mistake|glitch)\b(?<=\b(?:pump|insulin|button|buttons|dose|pills|meds|device|drip|infusion|port|car|gun|rifle|pistol)\b[^\n]{0,200})`,
    ),
    // A survivor benefit asked after, for one's own death: "I need to know before I do anything, because the whole point is
    // that my husband is covered afterwards."
    pattern(
      String.raw`\bthe whole point is that my (?:husband|wife|partner|kids|children|family|daughter|son) (?:is|are|gets?|will be) (?:covered|taken care of|paid|provided for) (?:afterwards|after|after that|once i'm gone)\b(?<=\b(?:before i do anything|ruled|overdose|suicide|death|die|dies|died|dead)\b[^\n]{0,300})`,
    ),
    // The friend asked for who is the author, before a question of danger: "asking for a friend who is also a therapist
    // and also me: if someone had a couple months of their own klonopin saved up would it actually be enough"
    pattern(
      String.raw`\basking for a friend\b[^.!?:\n]{0,60}\b(?:also|it's|is|that's) me\b(?=[^\n]{0,300}\b(?:enough|dose|pills|saved|lethal|fatal|overdose|how (?:much|many))\b)`,
    ),
    // Asking whether a saved supply would do it: "if someone had a couple months of their own klonopin saved up would it
    // actually be enough or would they just wake up in the ICU"
    pattern(
      String.raw`\bwould (?:it|that|they|those|that many) (?:actually |really |even )?be enough\b(?<=\b(?:saved|stockpiled|saving|hoarded|pills|klonopin|benzos?|xanax|ativan|meds|tablets|supply|months? of|bottles?)\b[^\n]{0,200})`,
    ),
    // What was bought, in the trunk, and the trees thought of: "It was forty dollars at the hardware store… it's in my
    // trunk and I keep thinking about the trees behind my building."; the edge walked to and stood at, told to no one.
    pattern(
      String.raw`\b(?:i )?keep (?:thinking about|looking at|picturing) the (?:trees?|beam|rafters?|bridge|overpass|tracks|railway|ledge|roof|cliff)\b(?<=\b(?:bought|rope|hardware store|trunk|retirement plan)\b[^\n]{0,300})|\bwalk (?:up )?to the edge and (?:stand|look|stare)\b(?=[^\n]{0,120}\b(?:haven't|have not|never) told anyone\b)`,
    ),
    // A rope kept where it is at hand: "There's a rope in the trunk now. I keep popping the trunk… to check it's still
    // there" (not a tow rope, a swing, a climbing rope).
    pattern(
      String.raw`\b(?:there'?s|there is|i keep|i've kept|i kept|i put|i've got|i got) (?:a|the) (?:rope|noose)\b(?! (?:swing|ladder|course|bridge|toy|tow))[^.!?\n]{0,20}\b(?:in|under|behind) (?:the|my) (?:trunk|boot|car|garage|closet|wardrobe|shed|drawer|bag|desk)\b(?!,? (?:for|to) )`,
    ),
    // A death to pass as an accident: "i'd rather the kids think it was an accident"
    pattern(
      String.raw`\b(?:i'?d rather|i would rather|i want|i need|i'd prefer) (?:the kids|my kids|them|everyone|people|my family|my wife|my husband|my parents)(?: to)? (?:think|believe|assume) it was an accident\b`,
    ),
    // "I bought a gun", "I've been saving up my prescriptions", "been looking up which bridges"; not done with a client
    // ("I counted the tablets with her" before she handed them over)
    pattern(
      `(?:`,
      I,
      // "been saving" with no one before it is the author's ("Been saving my pills"); "she's been saving her…", "a lad who'd
      // been found on a bridge" are not.
      String.raw`|(?<!\b(?:she|he|they|who|client|pt|patient)(?:'s|'ve|'d| has| have| had) )\bbeen)(?: been)? ${COMPILE_ONCE}${GATHER}(?: up| out| on)?(?: (?:a|the|my|all|all my|enough|some|which|every|of|up|these|those|them|of my))* (?:(?!her |his |their |(?!sleep)\w+ing )\w+ )?${MEANS}\b(?! (?:with|together with) (?:her|him|them|the client|my client|the patient)\b| together\b)`,
    ),
    // A client's method noted for the author's own use: "I was taking notes for me. What she used, how much, why it
    // didn't work."
    pattern(
      String.raw`\b(?:taking|took|writing|wrote|making|made|jotting|jotted) (?:notes|it (?:all )?down)\b[^.!?\n]{0,20}\bfor (?:me|myself)\b[^\n]{0,60}\b(?:what (?:she|he|they) (?:used|took)|how (?:much|many) (?:she|he|they) (?:used|took))\b`,
    ),
    // "take everything in the bathroom cabinet", "the whole bottle of pills" (not "I write down everything", "taking
    // everything in", "building a caseload, which means taking everything, couples, teens")
    pattern(
      String.raw`\b(?:take|swallow|(?<!\b(?:write|wrote|writing|written|jot|jotted|jotting|put|putting|set|note|noted|noting|lay|laid|type|typed|typing|shut|shutting|close|closing|closed|wind|winding|calm|calmed) )down|taking|swallowing) (?:everything|all of it|all the pills|the whole bottle|every pill|all my (?:pills|meds))\b(?!,? (?:couples|clients|referrals|cases|teens|kids|families|that comes|i can get|on board|seriously|personally)\b| in\b(?! (?:the|my|our|his|her|that|this)\b))`,
    ),
    pattern(
      String.raw`\b(?:the|a) (?:whole|full) bottle of (?:my |the )?(?:pills|sleeping pills|meds|tablets|painkillers)`,
    ),
    // Taken already, by the author: "took most of the zopiclone strip about an hour ago", "Swallowed half a packet of my
    // sleepers", "I actually took all my pills" (not "My client took most of the strip", "Took half of her sleeping
    // pills", "I took all my antibiotic tablets", "took most of my vitamin tablets with me", a note's "Took most of a
    // blister pack, then rang her sister"). The look back is from the verb.
    pattern(
      String.raw`\b(?:took|swallowed|downed)${NOT_SOMEONE_ELSES} (?:a handful of|a bunch of|all|all of|most of|half(?: of)?|the rest of|the whole|the entire|too many|every one of)(?: of)? (?:my |the |a |that )?(?!(?:her|his|their|antibiotic|antibiotics|iron|vitamin|vitamins|allergy|hayfever|probiotic|multivitamin|thyroid|blood pressure) )(?:\w+ )?(?:pills|meds|tablets|capsules|sleeping pills|sleepers|painkillers|antidepressants|strip|blister(?: pack)?|(?:bottle|pack|packet|box|tub) of (?:my |the )?(?:\w+ )?(?:pills|meds|tablets|capsules|sleepers|painkillers))\b(?![^.!?\n]{0,40}\b(?:with me|over the (?:fortnight|week|weeks|month|months|year|course|holidays)|as prescribed|like a good patient|on holiday|for the trip)\b|[^.!?\n]{0,60}\bthen (?:rang|called|texted|told|phoned) (?:her|his|their) (?:sister|brother|mum|mom|dad|mother|father|partner|husband|wife|boyfriend|girlfriend)\b)`,
    ),
    // …all of them, said as the British say it, of pills: "Took the lot. All my sleepers." (not the brownies)
    pattern(
      String.raw`\b(?:took|swallowed|downed)${NOT_SOMEONE_ELSES} the lot\b(?=[^\n]{0,60}\b(?:pills|tablets|meds|sleepers|sleeping pills|painkillers)\b)`,
    ),
    // Asking for a method: "how many would it take to not wake up", "what dose would be enough, for me"
    pattern(
      String.raw`\bhow (?:many|much)\b[^.?!\n]{0,60}\b(?:to (?:not wake up|die|be fatal|be lethal|kill (?:me|myself|someone))|would (?:it take|be (?:enough|fatal|lethal)))`,
    ),
    pattern(String.raw`\bwhat (?:dose|amount|quantity)\b[^.?!\n]{0,40}\b(?:enough|lethal|fatal)\b`),
    // A means bought and named only by what it is for: "Bought something today I have no use for except the one thing.
    // Put it in the trunk."
    pattern(
      String.raw`\b(?:bought|got|picked up|ordered)\b[^.!?\n]{0,60}\bno (?:other )?use for\b[^.!?\n]{0,20}\bexcept (?:for )?(?:the )?one thing\b`,
    ),
    // All of one's own medicine at once, or a stock of it saved: "cant stop thinking abt taking all my ambien at once. have
    // like 60 saved up" (not "taking all my PTO at once")
    pattern(
      String.raw`\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing) all (?:of )?my (?!(?:pto|leave|vacation|holiday|holidays|days|time|sick|annual|notes|appointments|sessions|clients|classes|ceus?|courage|energy|strength|stuff|things|breaks?|lunch)\b)[\w-]+(?: [\w-]+)? at once\b`,
    ),
    // The screen's question about means answered yes in the author's head: "every time I ask a client 'do you have access to
    // means' I answer it in my head. yes. hall closet, top shelf."
    pattern(
      String.raw`\bi (?:answer|answered|answering) (?:it|that|them|the question) (?:in my head|for myself|myself|silently)\b[.,:]?\s*(?:and (?:it's |the answer is )?)?yes\b`,
    ),
    // A foot put up on the railing of a height: "twice tonight I've put one foot up on the lower bar"
    pattern(
      String.raw`\b(?:put|putting|had|got) (?:one|a|my) (?:foot|leg) (?:up )?(?:on|over) the (?:lower |bottom |top |middle )?(?:bar|rail|railing|ledge|parapet|edge|wall)\b(?<=\b(?:balcony|railing|roof|bridge|floor|storey|story|ledge|height|drop)\b[^\n]{0,300})`,
    ),
    // One's own script hoarded, and the emergency now: "anyone else hoard their own script 'for emergencies'… pretty sure
    // the emergency is now tbh"
    pattern(
      String.raw`\bthe emergency is (?:now|here|today|tonight)\b(?<=\b(?:script|scripts|meds|pills|prescription|hoard\w*|stockpil\w*|saved)\b[^\n]{0,120})`,
    ),
    // Traffic tempted on purpose: "catch yourself stepping off the curb slow on purpose"
    pattern(
      String.raw`\b(?:stepping|step|stepped|walking|walk|walked|crossing|cross|crossed) (?:off|out|into|onto|across) (?:the )?(?:curb|kerb|road|street|traffic|crosswalk)\b[^.!?\n]{0,30}\bon purpose\b`,
    ),
    // …of one's own medicine: "my brain keeps asking how many of my lamotrigine it would take"
    pattern(
      String.raw`\bhow (?:many|much) of my (?!(?:clients|patients|sessions|hours|days|weeks|notes|cases|students|colleagues|savings|time|money|pto|leave)\b)[\w-]+(?: [\w-]+)? (?:it would|it'd|would it|it will|will it) (?:take|be enough)\b`,
    ),
    pattern(
      String.raw`\b(?:a|the|any) (?:way|method) to (?:do it|die|kill myself|end it|go)\b[^.?!\n]{0,40}(?:wouldn't|would not|won't|that|without)`,
    ),
    pattern(
      String.raw`\b(?:fastest|quickest|painless|least painful|surest|most reliable) (?:ways?|methods?|options?) (?:to (?:die|do it|go|end (?:it|things|my life)|kill myself|not wake up)|out)\b(?! that (?:clients|people|patients|teens|kids)\b)`,
    ),
    pattern(
      String.raw`\b(?:for me|asking for myself|this is for me),? (?:and )?not (?:for )?a (?:client|patient)\b|\bnot for a (?:client|patient)\.? (?:it's )?for me\b`,
    ),
    pattern(
      String.raw`\b(?:reading|researching|looking|googling|googled|searching|searched)(?: it)?(?: about| up| for| into)? (?:what would be (?:fastest|quickest)|what works instead of what prevents|how to die|ways to die|lethal doses?)`,
    ),
    pattern(String.raw`\bi(?:'ve| have) already looked up how to (?:load|use|tie)\b`),
    // The spot picked at the edge: "I've started standing at the edge on my lunch break picking my spot"; the yellow line
    // stood nearer, and the train timed: "standing closer to the yellow line each week, timing it"
    pattern(
      String.raw`\bpicking (?:out )?my spot\b(?<=\b(?:edge|roof|ledge|bridge|parapet|drop|stories|storeys|floors|cliff)\b[^\n]{0,160})|\b(?:standing|stand|stood|stepping|step|stepped) (?:a (?:bit|little) )?(?:closer|nearer) to the (?:yellow line|edge|platform edge|tracks)\b[^.!?\n]{0,60}\btiming (?:it|them|the (?:trains?|express))\b`,
    ),
    // A car aimed at what would end it: "Drove home at like 85 with no seatbelt again… aiming at the trees on the curve"
    pattern(
      String.raw`\baiming (?:at|for) (?:the|a) (?:trees?|wall|pole|barrier|bridge|overpass|median|abutment|pillar)\b(?<=\b(?:drove|drive|driving|car|wheel|speed|mph|seatbelt|swerv\w*)\b[^\n]{0,200})`,
    ),
    // A beam or a hook tried with one's weight: "last week I tested whether it would hold me"
    pattern(
      String.raw`\b(?:tested|testing|checked|checking|tried|trying|thinking about|think about|thought about|wondering|wonder|wondered|measuring) (?:whether|if) (?:it|the [\w-]+|that [\w-]+) (?:would|will|could) (?:hold|take|bear) (?:me|my weight)\b(?<=\b(?:beam|rafters?|hook|rail|railing|banister|bannister|pipe|door|tree|branch|rope|belt|cord|fan|ceiling|light fixture|closet rod|shower rod|load[- ]bearing)\b[^\n]{0,160})`,
    ),
    // What is needed, kept in the car and checked on: "I've had what I need in the boot of the car for weeks now and I
    // check it's still there every morning"
    pattern(
      String.raw`\bwhat i need\b[^.!?\n]{0,40}\b(?:boot|trunk|glove ?box|glovebox|drawer|closet|wardrobe|garage|shed)\b[^.!?\n]{0,60}\bcheck(?:ing)? (?:that )?(?:it's|it is|they're|they are) still there\b`,
    ),
    // A plan kept in the car: "funny how i can talk a kid off a ledge at 2pm and my own plan is sitting in the glovebox"
    pattern(
      String.raw`\bmy (?:own )?plan (?:is|'s) (?:sitting |waiting |still )?in (?:the|my) (?:glove ?box|glovebox|trunk|boot|drawer|closet|nightstand|bag|car)\b`,
    ),
    // A course on lethal means, noted for oneself: "took notes like a good student. not for my clients."
    pattern(
      String.raw`\b(?:lethal means|means restriction|means safety|overdose|suicide methods?)\b[^\n]{0,120}\bnot for (?:my|any|the) (?:clients?|patients?|pts?)(?=\s*[.!]|\s*$)`,
    ),
    // How much of what is at home would do: "about what's in my medicine cabinet and how much of it would actually be
    // enough"; a rope looked at anew: "actually looking at the rope in the garage differently"; one's own assessment
    // scored high: "running my own risk assessment… i keep scoring myself as high"
    pattern(
      String.raw`\bhow (?:much|many) of (?:it|them|those|these) (?:would|will|'d) (?:actually |really )?be enough\b|\blooking at the (?:rope|beam|pills|gun|bridge|tracks|belt)\b[^.!?\n]{0,30}\bdifferently\b|\bmy own (?:risk assessment|c-?ssrs|screen(?:ing|er)?)\b[^.!?\n]{0,80}\bscor(?:e|ing|ed) myself (?:as )?(?:high|imminent)\b`,
    ),
    // What it would take, counted out and kept: "i've been counting out what i'd need and keeping it in the glovebox"
    pattern(
      String.raw`\bcount(?:ing|ed)? out what i(?:'d| would) need\b(?! for\b| to (?:buy|pay|get|cover|bring|pack|order)\b)`,
    ),
    // How long a way of dying takes, looked up: "looking up how long carbon monoxide takes in a closed garage",
    // "Googled how long it takes to bleed out" (not how quickly antidepressants start working)
    pattern(
      String.raw`\b(?:looked|looking|look|googled|googling|searched|searching|read|reading)(?: up)? how (?:long|quickly|fast)\b[^.!?\n]{0,60}\b(?:closed garage|garage|to (?:die|pass out|lose consciousness|bleed out|stop (?:a|my|the) heart|suffocate|drown)|(?:is|be) fatal|(?:is|be) lethal)\b(?![^.!?\n]{0,60}\bfor (?:a|the|my|our) (?:training|client|patient|class|lecture|presentation|module|course|paper|family)\b)`,
    ),
    // A method asked for by whether it fails: "which combination is reliable and doesn't leave you alive in the ICU",
    // "something that doesn't leave me alive and brain damaged" (not "this caseload doesn't leave me alive")
    pattern(
      String.raw`\b(?:doesn't|does not|won't|will not|wouldn't|would not) leave (?:you|me|one|someone) alive\b(?<!\b(?:caseload|job|day|week|shift|work|schedule|ehr|system|agency|paperwork|audit|meeting|inbox|semester|term|rota|boss)\b[^.!?\n]{0,60})`,
    ),
    // Holding the means: "I take it out and just hold it", "I keep counting them" (not someone else doing it: "she held up
    // a pill bottle to the camera and said she'd been counting them")
    pattern(
      String.raw`\b(?:gun|pistol|rifle|rope|noose|pills|blade|razor|bottle)\b(?! of (?:water|milk|juice|soda|kombucha|sauce|hot sauce|lotion|shampoo|glue|sparkling water|sunscreen|hand sanitizer|ketchup)\b)[^.!?\n]{0,80}\b(?<!\b(?:she|he|they)(?:'d|'s| had| has| have| was| were| is| are| keeps| kept)?(?: been)? )(?:hold it|holding it|look at it|stare at it|take it out|took it out|loaded it|load it|counting them|count them|touch it)\b`,
    ),
    pattern(String.raw`\bthe (?:rope|noose) (?:is|was) (?:in|under|behind|up in|down in)\b|\bthere is no tent\b`),
    pattern(
      String.raw`(?<!\b(?:his|her|their|a|the client's|the patient's) )\b(?:garage|car) with the (?:car|engine|motor) running\b|\b(?:car|engine) running in the garage\b`,
    ),
    // The same, said as a list: "Truck, garage, door down, engine running." (not "in the garage, engine running while I
    // grabbed the mail")
    pattern(
      String.raw`\bgarage\b[^.!?\n]{0,30}\b(?:door (?:down|shut|closed)|shut|closed|sealed)\b[^.!?\n]{0,30}\b(?:engine|motor) (?:running|idling|on)\b`,
    ),
    // The means worked out: "reading about which knot holds and how high the beam … needs to be"; a gun loaded where it
    // is kept: "It's in the glovebox and it's loaded.", "Mine's in the nightstand, loaded" after guns are spoken of.
    pattern(
      String.raw`\b(?:which|what) knot (?:holds|works|to use)\b(?=[^\n]{0,120}\b(?:beam|rafter|joist|my weight|hold me|first time)\b)|\bhow high (?:the|a) (?:beam|rafter|rail|railing|joist|branch)\b[^.!?\n]{0,40}\b(?:needs|has) to be\b|\b(?:it's|it is) in (?:the|my) (?:glovebox|glove box|nightstand|bedside drawer|safe|console|truck)\b[^.!?\n]{0,20}\b(?:it's|it is|and it's) loaded\b|\b(?:it's|it is|mine's|mine is) in (?:the|my) (?:glovebox|glove box|nightstand|bedside drawer|safe)\b,? (?:and )?(?:it's |it is )?loaded\b(?! (?:with|up)\b)`,
    ),
    // A car's exhaust made a way, told by its parts: "bought a length of hose… asked was it for the garden… it's not.
    // garage is the right size" (not a hose for the garden, a science project's tubing, a leaky washer in the garage).
    pattern(
      String.raw`\b(?:bought|got|buying|measured|cut)\b[^.!?\n]{0,30}\b(?:hose|hosepipe|tubing)\b(?=[^\n]{0,240}\bgarage\b)(?=[^\n]{0,160}\b(?:it's not|it isn't|not for the garden|fits the (?:exhaust|tailpipe)|garage is sealed|sealed the garage)(?=\s*[.,;!]|\s*$| (?:and|but)\b))`,
    ),
    // A death asked to pass for something else, beside what would tell: "the stuff that doesnt show on a standard tox
    // screen… i need it not to look like a relapse… overdose on the certificate" (not a client's letter, nor a vase: "I
    // need it to look like an accident when I tell my mother-in-law").
    pattern(
      String.raw`\b(?:i )?(?:need|want) (?:it|this) to look like (?:a heart attack|natural causes)\b(?=[^\n]{0,80}\b(?:my age|nobody questions|no one questions)\b)|\bi (?:need|want) (?:it|this) (?:not )?to (?:not )?look like (?:a relapse|an accident|natural causes|a heart attack)\b(?<=\b(?:tox(?:icology)? (?:screen|report|panel)|autopsy|post-?mortem|overdose|certificate|coroner)\b[^\n]{0,200})|\bi (?:need|want) (?:it|this) (?:not )?to (?:not )?look like (?:a relapse|an accident|natural causes|a heart attack)\b(?=[^\n]{0,200}\b(?:tox(?:icology)? (?:screen|report|panel)|autopsy|post-?mortem|overdose|certificate|coroner)\b)`,
    ),
    // Pills set out with the water to take them with: "sitting in the lot w my moms old oxy bottle and a water."
    pattern(
      String.raw`\b(?:oxy|oxycodone|opioids|pills|tablets|sleeping pills)(?: bottle)? and a (?:water|bottle of water|glass of water)(?=\s*[.!,]|\s*$)`,
    ),
    // The means one has, weighed as a dose for one's own body: "It's my cabinet and my weight."
    pattern(
      String.raw`\b(?:it's|it is) my (?:own )?(?:cabinet|medicine cabinet) and my (?:own )?(?:body ?weight|weight)\b`,
    ),
    // A high place kept to hand: "the carpark rooftop saved as a favourite place in the ride app"
    pattern(
      String.raw`\b(?:rooftop|roof|bridge|overpass|cliff|ledge|car ?park roof|viaduct)\b(?! (?:bar|terrace|trail|walk|garden|restaurant|pool|party|cafe|café|deck)\b)[^.!?\n]{0,20}\b(?:saved|pinned|starred|bookmarked) as a favou?rite place\b`,
    ),
    // The literature read for a way, a list of them kept: "ranking instead of restricting. I have a shortlist now."
    pattern(
      String.raw`\b(?:lethality|lethal|methods?)\b[^\n]{0,200}\bi (?:have|'ve got|have got|made|have made|drew up) a short ?list(?: now)?(?=\s*[.!]|\s*$)`,
    ),
    // Thinking about a way, at the place: "slow down in the middle and think about how easy it would be"
    pattern(String.raw`\b(?:think|thinking|thought|wonder|wondering) (?:about )?how easy it would be\b`),
    pattern(
      String.raw`\bmy (?:own )?safety plan is (?:just )?(?:the|a|my)\b[^.!?\n]{0,40}\b(?:bridge|gun|pills|address|roof|overpass)\b`,
    ),
    // Asking how much, how lethal: "what's the lethal threshold for…", "most dangerous in overdose", "what height is reliably fatal"
    pattern(
      String.raw`\b(?<!\b(?:near|non|potentially|medically)[- ])(?:lethal|fatal|deadly|irreversible|dangerous in overdose|least painful|reliably fatal)\b(?! means)[^.!?\n]{0,80}\?`,
    ),
    pattern(
      String.raw`\b(?:what|which|how)\b[^.!?\n]{0,60}\b(?<!\b(?:near|non|potentially|medically)[- ])(?:lethal|fatal|irreversible|most dangerous in overdose|least painful)\b(?![- ]means[- ](?:counsel|restrict|safety|screen|assess|question|conversation|reduc|education|training)| (?:weapons?|force) (?:known|in (?:the|my|our|any|their))\b)`,
    ),
    pattern(String.raw`\b(?:looked|look|looking) up how (?:much|many)\b|\bhow (?:much|many) it would take\b`),
    // Asking with the disclaimer that gives it away: "does a car in a closed garage still do it? Not for a client."
    pattern(
      // The disclaimer first, then a question mark within a few sentences of it, either way: only the disclaimer
      // starts a match, so a text full of question marks costs no more than any other.
      String.raw`(?:\bnot for a (?:client|patient)\b${NOT_FOR_OTHERS}|(?<=(?:^|[.!?]\s{0,3}))not a (?:client|patient)(?=\s*[.!])|(?<=(?:^|[.!?]\s{0,3}))there(?:'s| is|'s not| is not| isn't) (?:no |a )?(?:client|patient)(?=\s*[.!]|\s*$)|\b(?:it|this|that)(?: one)?(?: isn't| is not|'s not) (?:for )?a (?:client|patient)(?=\s*[.!]|\s*$)|${THE_CASE_IS_ME})(?:(?<=\?[^\n]{0,320})|(?=[^\n]{0,300}\?)|(?<=\b(?:does anyone know|anyone know|can anyone tell me|do you know) (?:if|whether|how|what|when)\b[^\n]{0,320})|(?<=\b(?:carbon monoxide|closed garages?|exhaust|tail ?pipe|ligature|noose|overpass|lethal dose|fatal dose)\b[^\n]{0,300}))`,
    ),
    // The disclaimer, then a question of danger without its mark: "Pharmacology question, not for a patient: which
    // combination…" (not "not for a client: what do you all do for your own burnout")
    pattern(
      String.raw`\bnot for a (?:client|patient)\s*[:,;-]+\s*(?:which|what|how|is|does|would|will|can)\b(?=[^.!?\n]{0,160}\b(?:dose|doses|combination|combo|mix|pills|tablets|lethal|fatal|overdose|enough|reliable|alive|die|dying|painless|quickest|fastest|surest)\b)`,
    ),
    // A cover taken back beside a question of danger: "which household methods are the most lethal…? Also it isn't
    // really for a training", "the low therapeutic index… which is the worst one. not for a quiz lol" (not "this is not
    // for a client, it's for a training on lethal means", which keeps its cover).
    pattern(
      String.raw`\b(?:(?:it|this|that)(?: one)?(?: isn't| is not|'s not| wasn't| was not) (?:really|actually|exactly) (?:for|about) (?:a|an|the|my|any) (?:client|patient|training|class|quiz|test|exam|paper|course|workshop|presentation|assignment|project|lecture|module|friend)|not for (?:a|an|the|my) (?:training|class|quiz|test|exam|paper|course|workshop|presentation|assignment|project|lecture|module))\b${NOT_FOR_OTHERS}(?:(?<=\b${DANGER_ASKED}\b[^\n]{0,400})|(?=[^\n]{0,300}\b${DANGER_ASKED}\b))`,
    ),
    // What a means would do, looked up: "My husband's insulin is still in the door of the fridge… I've looked up what it
    // would do more than once"; how long before it cannot be undone: "how long does someone have to be unresponsive
    // before it's not reversible".
    pattern(
      String.raw`\blooked (?:it )?up what (?:it|they|that|those|a (?:full )?(?:vial|pen|bottle|box|month's supply)) (?:would|could|will) do\b(?! to (?:a|an|the|my|our|his|her|their)\b| for\b)(?<=\b(?:insulin|pills|tablets|meds|medication|opioids?|fentanyl|oxy\w*|lithium|tylenol|paracetamol|acetaminophen|gun|rope|antifreeze)\b[^\n]{0,300})`,
    ),
    pattern(
      String.raw`\bhow long\b[^.!?\n]{0,80}\bbefore (?:it's|it is|it becomes|they're|you're|someone is) (?:not |no longer |ir)reversible\b`,
    ),
    // A railing leaned over further each time: "at night I stand on the balcony and lean a little further each time.
    // Last night I climbed onto the chair."
    pattern(
      String.raw`\b(?:lean|leaning|leaned|lent) (?:a (?:little|bit) )?(?:further|farther|more|over) (?:out )?(?:each|every) time\b(?<=\b(?:stand|stood|standing) (?:on|at|by) the (?:balcony|ledge|railing|rail|edge|bridge|roof|parapet|window)\b[^.!?\n]{0,40})|\bclimbed (?:up )?on(?:to)? the (?:chair|railing|ledge|rail|parapet)\b(?<=\b(?:lean|leaning|leaned|lent) (?:a (?:little|bit) )?(?:further|farther|over)\b[^\n]{0,200})`,
    ),
    // A colleague's method asked of, with the same keys and no one there: "what's realistic for someone with keys to the
    // medication room… I'm on nights alone this weekend."
    pattern(
      String.raw`\bwhat(?:'s| is| would be) realistic for someone with (?:keys|access)\b(?=[^\n]{0,200}\bi(?:'m| am) (?:on (?:nights |days |shift )?|working )?alone\b)(?![^\n]{0,200}\b(?:policy|audit|procedure|protocol|risk register)\b)(?<!\b(?:policy|audit|procedure|protocol)\b[^\n]{0,100})`,
    ),
    // Pills saved up, not taken: "every month I put the new ones in the tin with the old ones instead of taking them".
    pattern(
      String.raw`\binstead of taking (?:them|it)(?<=\b(?:script|scripts|prescription|refills?|pills|tablets|meds|medication|capsules)\b[^\n]{0,200})(?<=\b(?:put|putting|keep|keeping|kept|save|saving|saved|stash|stashing|stashed|hid|hiding|hide|add|adding|added|store|storing|stored)\b[^.!?\n]{0,80})`,
    ),
    // The way into water, readied: "There's a lake… I've been filling my coat pockets with stones… leaving them by the
    // door" (not a day at the beach with the kids).
    pattern(
      String.raw`\b(?:fill|filling|filled|weigh|weighing|weighed|load|loading|loaded) (?:down )?my (?:coat |jacket |)pockets with (?:stones|rocks|bricks|weights)\b(?![^\n]{0,300}\b(?:beach|sea glass|shells|the kids|my kids)\b)(?:(?<=\b(?:lake|river|reservoir|into (?:the )?water|drown\w*|quarry)\b[^\n]{0,300})|(?=[^\n]{0,200}\b(?:lake|river|reservoir|into (?:the )?water|drown\w*|quarry|by the door)\b))`,
    ),
    // The means at hand kept from the counseling the author gives others: "Dad still keeps the rifle in the hall closet,
    // unlocked… I haven't said a word to mine. I don't want it moved."
    pattern(
      String.raw`\bi (?:don't|do not|didn't|did not) want (?:it|them)(?<=\b(?:rifle|rifles|gun|guns|pistol|shotgun|handgun|firearm|firearms|revolver|pills|meds|rope)\b[^\n]{0,300}) (?:moved|locked(?: up| away)?|taken|gone|removed|out of the house|anywhere else|touched)(?=\s*[.!,;]|\s*$)`,
    ),
    // Not about a client, before a question of danger: "this one isn't about a client: what's the most dangerous
    // combination of an SSRI and something over the counter?" (not "Not about a client: how do you handle a commute?", "a
    // normal dose of melatonin for my own kid")
    pattern(
      String.raw`\b(?:not|isn't|is not) about (?:a|my|any) (?:client|patient)\b[^\n]{0,200}?\b(?:most dangerous|dangerous dose|lethal|fatal|overdose|painless|enough to|too many|stop (?:a|my) heart|someone my (?:size|weight))\b[^\n]{0,100}\?`,
    ),
    // A dose's outcome asked after "not about a client": "if someone took a full month of their own antidepressant at
    // once, would it actually work, or would they just end up in the ICU?" (not "would it work to batch my notes at once")
    pattern(
      String.raw`\b(?:not|isn't|is not) about (?:a|my|any) (?:client|patient)\b[^\n]{0,200}?\b(?:antidepressants?|pills|meds|medication|tablets|dose|supply|prescription|${DRUGS})\b[^\n]{0,100}?\b(?:would (?:it|that|they) (?:actually )?(?:work|be enough)|end up in (?:the )?(?:icu|er|a&e|hospital))\b[^\n]{0,100}\?`,
    ),
    // A prescription got for one use and kept for another: "She gave me a month's worth. I've no intention of using them
    // to sleep."; a toxicology read against one's own cabinet: "circling the bits that apply to what's in my own
    // bathroom cabinet"
    pattern(
      String.raw`\b(?:no|not any) intention of (?:using|taking) (?:them|it|those|these) (?:to|for) (?:sleep|sleeping|what they're for|what it's for)(?=\s*[.!]|\s*$)|\b(?:toxicology|overdose|lethal)\b[^.!?\n]{0,80}\b(?:what's in|in|from) my own (?:bathroom|medicine|kitchen) (?:cabinet|cupboard|drawer)\b`,
    ),
    // A client's plan heard as one's own: "that's a good plan, that would work for me"
    pattern(
      String.raw`\b(?:that's|that is|it's|it was) a (?:good|solid|clean|workable|perfect) plan\b(?! for)[^.!?\n]{0,40}\b(?:would|could|will) work for me\b`,
    ),
    // Stopping a medicine to save it up: "stopped my antidepressant so I could save them up"
    pattern(
      String.raw`\b(?:stopped|quit|stopped taking|not taking) (?:my |the )?(?:\w+ )?${COMPILE_ONCE}(?:antidepressants?|meds|medications?|pills|prescriptions?|${DRUGS})\b[^.!?\n]{0,60}\b(?:save|saving|stockpile|stockpiling|stash|stashing|collect|collecting|hoard|hoarding) them\b`,
    ),
    // One's own medicine kept instead of taken, whatever its name: "been saving up my adderall and the klonopin for
    // weeks instead of taking them", "quit taking my trazodone in the spring and started keeping it" (not leave or
    // breaks saved: "saving my PTO instead of taking it").
    pattern(
      String.raw`\b(?:saving|saved|keeping|kept|stashing|stashed|hoarding|hoarded|stockpiling|stockpiled|storing|stored|hiding|hid|collecting)(?: up)? (?:my|all my|all of my)\b(?! (?:${TIME_OFF})\b)[^.!?\n]{0,60}\binstead of (?:taking|swallowing) (?:it|them)\b|\b(?:quit|stopped|stop) taking (?:my|the) (?!(?:${TIME_OFF}|${NOT_MEDICINE})\b)[\w-]+\b[^.!?\n]{0,40}\b(?:keeping|saving|stashing|hoarding|storing|collecting) (?:it|them|every (?:pill|tablet|dose|one))\b(?! for (?:my|her|his|their|the|a)\b)`,
    ),
    // A gun sat with and not loaded "yet": "I sit with it after my last telehealth client and I haven't loaded it yet."
    pattern(
      String.raw`\b(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|(?:twelve|twenty|12|20)-?gauge)\b[\s\S]{0,400}?\bi (?:haven't|have not|still haven't) loaded (?:it|him|her|the (?:gun|pistol|rifle|shotgun|revolver|handgun))(?: yet)?(?=\s*[.!]|\s*$)`,
    ),
    // A joke whose punchline is a means: "My retirement plan is the Mississippi River and a quiet weeknight."
    pattern(
      String.raw`\bmy (?:retirement|exit|pension|escape|five-year|5-year|long-term|backup) plan is (?:the |a |that )?(?:[\w-]+ ){0,2}(?:river|bridge|ocean|sea|lake|tracks|train|rope|gun|pills|bottle|cliff|overpass|quarry|interstate)\b(?=\s*[.!,;:]|\s+and\b|\s*$)`,
    ),
    // Parked where one could die, engine off, only looking: "parked down at the boat launch three times this month with
    // the engine off, just looking" (not a lunch by the river: the places are edges, drops and rails).
    pattern(
      String.raw`(?<!\b(?:who|client|patient|she|he|they|dad|mum|mom|wife|husband)\s)\b(?:parked|sat|stood|stopped) (?:down |up |out )?(?:at|on|by|near|under) the (?:boat launch|boat ramp|bridge|overpass|dam|quarry|cliffs?|overlook|tracks|railway line|ledge|edge|pier|jetty|top (?:level|floor|deck))\b[^.!?\n]{0,60}\b(?:with the engine off|engine off|just (?:looking|to look|staring))(?=\s*[.!;]|\s*$| (?:down|over) (?:at|into) the (?:street|drop|water|edge|ground|river|tracks|road|traffic)\b)`,
    ),
    // One round taken to a range alone: "Range tomorrow. Going alone. Only bringing the one round this time."
    pattern(
      String.raw`\b(?:only|just) (?:bringing|taking|packing|need|needing|have|loaded) (?:the )?(?:one|a single|1) (?:round|bullet|shell|cartridge)\b(?! of\b)`,
    ),
    // Part of each script held back into a pile: "Been holding back half my scripts since spring. It's a decent pile now"
    pattern(
      String.raw`\b(?:holding|held|keeping|kept|putting|put|setting|set) back (?:half|some|part|a few|one|two|a couple) (?:of )?(?:my|each|every) (?:scripts?|prescriptions?|pills|meds|tablets|doses|refills?)\b`,
    ),
    // Sat with the means: "ran the bath and sat in it with a razor for an hour"
    pattern(
      String.raw`(?<!\b(?:who|client|patient|she|he|they)\s)\bsat (?:in (?:it|the (?:bath|tub|car|truck|dark|garage))|there|on the (?:floor|bed|edge|bathroom floor)) with (?:a|the|my) (?:razor|blade|knife|gun|rifle|pistol|shotgun|pills|rope|bottle of pills)\b(?! (?:shaving|to shave|and (?:a|an|some))\b)`,
    ),
    // The old joke kept: "My retirement plan was always 'eat my gun at fifty.' … realised I was never joking." (a joke
    // about dying, not "I can't handle a plot right now… I realized I wasn't joking")
    pattern(
      String.raw`\b(?:realis|realiz)(?:ed|e|ing) (?:that )?i (?:was never|was not|wasn't|never was) (?:really )?(?:joking|kidding)\b(?<=\b(?:gun|die|dead|death|kill|suicide|jump|bridge|rope|pills|end it|eat my|retirement plan|cleaning kit)\b[^\n]{0,260})|\beat my (?:gun|pistol|rifle|shotgun)\b`,
    ),
    // Asked which places leave a way down open: "which level of a parking structure is usually left without barriers",
    // "which hotels still have balconies that open"
    pattern(
      String.raw`\b(?:which|what) (?:hotels?|buildings?|floors?|levels?|bridges?|parking (?:structures?|garages?|decks?))\b[^.!?\n]{0,80}\b(?:still (?:have|has) balcon(?:y|ies) that (?:open|opens)(?! (?:onto|to|over|on)\b)|(?:left )?without (?:barriers|railings|fences|nets)|(?:no|any) (?:barriers|railings|nets))\b(?![^\n]{0,80}\b(?:chargers?|tenants|residents|guests|smok\w*|deliveries|trucks|vans|strollers)\b)`,
    ),
    // A gun's safe opened by its code found out: "my partner keeps the handgun in the closet safe. i figured out the code"
    pattern(
      String.raw`\b(?:gun|handgun|rifle|pistol|shotgun|revolver)\b[^\n]{0,120}\bi (?:figured out|worked out|found out|guessed|cracked) the (?:code|combination|pin)\b`,
    ),
    // The cover of a method question taken back: "Writing a training on lethality… There isn't a training." (its words
    // looked for first: a look back of 300 characters at every word edge cost an ordinary post six times its time)
    pattern(
      String.raw`\b(?=there (?:isn't|is no|is not|was no|wasn't) )(?<=\b(?:lethal\w*|overdose|dose|naloxone|narcan|rescue|combinations?|method|means)\b[^\n]{0,300})(?<=\?[^?\n]{0,200})there (?:isn't|is no|is not|was no|wasn't) (?:a|any) (?:training|talk|client|presentation|paper|class|workshop|case)(?=\s*[.!]|\s*$)`,
    ),
    // …or said not to be for the cover after all: "Building a lethality module… Which means have the lowest rescue rate?
    // … It's not really for the module." (its words first, as above)
    pattern(
      String.raw`\b(?=(?:it's|it is|this is|this one's|that's) not (?:really|actually|exactly|entirely|strictly) (?:for|about) )(?<=\b(?:lethal\w*|overdose|dose|rescue|combinations?|method|methods|means)\b[^\n]{0,300})(?<=\?[^?\n]{0,200})(?:it's|it is|this is|this one's|that's) not (?:really|actually|exactly|entirely|strictly) (?:for|about) (?:the|a|my|our|this) (?:module|training|talk|client|patient|presentation|paper|class|workshop|case|refresher|lecture|course|research|study|handout|inservice|in-service|seminar)(?=\s*[.!]|\s*$)`,
    ),
    // Means kept back from where they were to go, and said not to be for work: "restocked it with things that were
    // supposed to go back to the pharmacy. i'm not restocking it for calls." (not "We returned the meds… I'm not
    // restocking it for calls until the audit")
    pattern(
      String.raw`\bi(?:'m| am) not (?:restocking|stocking|keeping|saving|stockpiling|storing|holding onto|hoarding|hiding) (?:it|them|those|these|that|the bag|the kit) for (?:calls|work|clients|patients|the job|shifts|emergencies|the ambulance|the rig)\b(?<=\b(?:supposed to (?:go back|be returned|be wasted|be destroyed|be disposed of)|meant to (?:go back|be returned|be wasted)|should(?:'ve| have) (?:gone back|been returned|been wasted)|(?:didn't|did not|never) (?:return|waste|hand back|hand in)|instead of (?:returning|wasting)|kept back|held onto|pocketed|skimmed|diverted)\b[^\n]{0,400})(?! until\b)`,
    ),
    // The author's own home walked for ligature points, as the work walks a unit: "I found four. I wrote them down." (not
    // for a child come home from hospital)
    pattern(
      String.raw`(?:\b(?:ligature|anchor) points?\b(?=[^\n]{0,300}\b(?:my own|through my|in my|around my) (?:flat|house|home|apartment|place|bedroom|bathroom|garage|room)\b)|\b(?:my own|through my|around my) (?:flat|house|home|apartment|place)\b[^\n]{0,200}\b(?:ligature|anchor) points?\b)(?![^\n]{0,300}\b${KIN_AT_HOME}\b)(?<!\b${KIN_AT_HOME}\b[^\n]{0,300})`,
    ),
    // A dose question about someone just like the author: "how many extra patches before it becomes the end? I'm asking
    // about someone my age and my weight with my prescription", "a woman my height and build, on my exact dose"
    pattern(
      String.raw`\bmy (?:age|weight|height|size|build)\b(?<=\b(?:someone|somebody|a (?:woman|man|person))(?: (?:of|in|with))? my \w+)(?=[^\n]{0,120}\bmy (?:age|weight|height|size|build|exact dose|dose|prescription|meds)\b)|\b(?:on|with) my (?:exact|own|current) (?:dose|prescription)\b(?:(?<=\b(?:lethal|fatal|accidental|tox screen|toxicology|becomes? the end|overdose)\b[^\n]{0,300})|(?=[^\n]{0,300}\b(?:lethal|fatal|accidental|tox screen|toxicology|becomes? the end|overdose)\b))`,
    ),
    // A method's outcome asked before trying it: "is that reliably the end, or do people just wake up in the ER? I'd rather
    // know before I try"; the stash kept against one's own safety plan; the same access a colleague who died had; the
    // sums one was trained to catch in others
    pattern(
      String.raw`\breliably the end\b|\breliably (?:fatal|lethal|final)\b(?=[^.!\n]{0,100}\?)|\b(?:know|find out|ask|check)\b[^.!?\n]{0,20}\bbefore i try(?: it)?(?=\s*[.!?]|\s*$)(?<=\b(?:lethal|fatal|the end|dose|pills|tablets|meds|overdose|enough|alcohol|do it|paracetamol|tylenol|acetaminophen|insulin)\b[^\n]{0,200})|\b(?:kept|keeping|still have|hid|hiding) (?:the|my) stash\b(?<=\bsafety plan\b[^\n]{0,300})|\bi (?:have|'ve got|still have) the same (?:access|means|drugs|meds|keys)\b[^.!?\n]{0,10}\b(?:she|he|they) had\b|\b(?:doing|done|do) the (?:arithmetic|math|maths|calculation|sums)\b[^.!?\n]{0,40}\b(?:trained|taught) to (?:catch|spot|notice|screen for) in (?:other people|others|clients|patients)\b`,
    ),
    // A means looked at again and again: "left the gun case under her bed… i've opened it twice this week just to look",
    // "the only thing in this apartment that feels like an answer"
    pattern(
      String.raw`\b(?:gun|guns|pistol|rifle|shotgun|handgun|gun case|gun safe|pills|bottle|rope|blade|razor)\b[^\n]{0,200}\b(?:opened|open|opening|taken|take|taking|got|get|getting) (?:it|them) (?:out )?(?:\w+ ){0,4}just to (?:look|hold|feel|count)\b|\b(?:it's|it is|that's|this is) the only thing\b[^.!?\n]{0,60}\b(?:feels?|looks?|seems?) like (?:an|the) (?:answer|way out|exit)\b(?<=\b(?:gun|guns|pistol|rifle|shotgun|pills|rope|blade|razor|bridge|bottle)\b[^\n]{0,300})`,
    ),
    // Enough gathered for one time: "refill early at two different places… I only need enough for one time."
    pattern(
      String.raw`\bi (?:only |just )?need enough (?:for|to do it) (?:one time|once|the one time|the last time)\b|\bi (?:\w+ )?refill(?:ing|ed)? (?:it |them )?early at (?:two|three|multiple|different|several|separate) (?:different )?(?:places|pharmacies|chemists|drugstores)\b`,
    ),
    // A means said to be real after a joke: "Joke. Mostly. The rope's real though."
    pattern(String.raw`\bthe (?:rope|noose|pills|gun|blade|razor)(?:'s| is| are) real\b`),
    // Stopping a medicine to die: "stop taking my insulin and see what happens", "I've stopped taking my blood pressure
    // tablets. No point servicing a machine you're about to switch off."
    pattern(
      String.raw`\bstop taking my (?:insulin|meds|medication|heart medication|blood thinners?|${DRUGS})\b[^.!?\n]{0,30}\b(?:see what happens|let it|until|and wait)\b`,
    ),
    pattern(
      String.raw`\bstopped taking my (?:insulin|heart|blood pressure|bp|diabetes|thyroid|seizure|blood thinner|transplant)\w*(?: (?:tablets|pills|meds|medication|medicine))?\b(?![^\n]{0,40}\b(?:doctor|gp|prescriber|psychiatrist|nurse|cardiologist|side effects)\b)[^\n]{0,40}\b(?:no point|what's the point|why bother)\b`,
    ),
  ],
};
