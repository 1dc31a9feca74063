import { lexicons } from "../lexicons";
import quasi from "../lexicons/quasi-identifiers.json";
import { hasPhraseOf } from "./asides";
import { STATE_NAMES } from "./geography";
import { sentenceAround } from "./proper-nouns-text";
import {
  anyOf,
  byNeededWords,
  COMPILE_ONCE,
  EACH_ALONE,
  escaped,
  groupSpansOf,
  type Rule,
  type Span,
  spansOf,
  whenAnyWord,
} from "./rule";

/**
 * Quasi-identifiers: details that name nobody alone but point at one person
 * together, as HIPAA Safe Harbor warns. A public figure's relative ("the
 * sheriff's wife"), the only one of a kind in a place ("the only rabbi
 * within eighty miles"), a tiny community ("a town of 900"), a role in a
 * small place ("the head librarian in our little town"), an event people
 * can look up ("the bus that crashed on the interstate", "went viral"), a
 * fame marker ("won bronze", "a hit song") and a rare condition in a small
 * place. Each is held for a moderator, with a message saying why the
 * combination identifies. The word lists are data: lexicons/quasi-identifiers.json.
 */

const list = (words: string) => `(?:${words.split("|").map(escaped).join("|")})`;

const ROLE = list(quasi["public roles"]);
const RELATIVE = list(quasi.relatives);
const SMALL_PLACE = list(quasi["small places"]);
const WORKER = list(quasi.roles);
const EVENT = list(quasi.events);
// A likeness, not a deed: "I celebrated like I'd won the lottery", "felt as if I'd won an Oscar".
const A_LIKENESS = String.raw`(?:like|if|though) (?:i|we|you|he|she|they)(?:'d|'ve| had| have)?(?: just)?`;
const VEHICLE = list(quasi.vehicles);
const RARE = list(quasi["rare conditions"]);
const ULTRA_RARE = list(quasi["ultra-rare conditions"]);
const FAME = list(quasi["fame markers"]);
const COUNT = String.raw`(?:\d[\d,.]*k?|a (?:few )?(?:hundred|thousand)|(?:a )?few (?:hundred|thousand)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]\w+)? (?:hundred|thousand)|(?:a |one )?hundred|(?:a |one )?thousand)`;
const ABOUT = "(?:(?:only|maybe|about|around|roughly|just|barely|fewer than|less than|under|not even) )?";

// "the sheriff's wife", "the fire chief's son", "our mayor's daughter"
// …and "his father is the lieutenant governor", "the younger brother of a senator"
// Read as separate patterns (anyOf): joined, every "the", "a" or "her" of a post tried all nine, five times the cost.
const PUBLIC_RELATIVE = anyOf([
  String.raw`\b(?:the|our|my|their|a|his|her|[a-z]+'s) (?:[\w-]+ ){0,3}?${ROLE}'s (?:\w+ )?${RELATIVE}\b`,
  // …its "'s" typed as a phone types it: "client is the ohio lt govs stepson"
  String.raw`\b(?:the|our|their|his|her) (?:[\w-]+ ){0,3}?${ROLE}s (?:\w+ )?${RELATIVE}\b`,
  // "His brother plays for the Seahawks": a player's family, whom a whole fan base knows
  String.raw`\b(?:his|her|their|whose|my client's) ${RELATIVE} (?:plays|played|pitches|pitched|coaches|coached|skates|skated) (?:[\w-]+ ){0,2}?for the (?:nfl|nba|mlb|nhl|wnba|mls|nwsl|premier league|(?:[a-z]+ )?[a-z]+s)\b`,
  // "whose little brother is the Bills' backup kicker": a player a whole fan base knows, by the team's name
  String.raw`\b(?:his|her|their|whose|my client's) (?:little |big |older |younger |baby |twin )?${RELATIVE} (?:is|was) (?:the|a) [a-z]+(?:'s|s'|')? (?:backup |starting |third-string |new |star )?(?:kicker|quarterback|qb|punter|pitcher|goalie|goalkeeper|point guard|striker|linebacker|shortstop|catcher|winger|closer|wide receiver|tight end|running back)\b`,
  // "Her mom does the morning weather on one of the Corpus Christi stations": a face a whole area knows
  String.raw`\b(?:his|her|their|whose|my client's) ${RELATIVE} (?:does|reads|presents|hosts|anchors|did|read|presented|hosted|anchored) the (?:[\w'-]+ ){0,2}?(?:weather|news|traffic|sports report|forecast)\b`,
  // …the role said with its place: "the mayor of belfasts kid", "the sheriff of lincoln county's son"
  String.raw`\b(?:the|our|a) ${ROLE} of (?:[a-z]+ ){0,2}?[a-z]+(?:'s|s) (?:\w+ )?${RELATIVE}\b`,
  // …typed without the apostrophe: "the county sheriffs nephew", "a state senators daughter" (not "a lot of pastors kids")
  String.raw`\b(?<!\b(?:as|i'm|i am|i was) )(?:the|our|my|their|a|his|her) (?!lot of |few |couple of |bunch of |number of |lot )(?:[\w-]+ ){0,2}?${ROLE}s (?:\w+ )?${RELATIVE}\b(?! myself)`,
  // …with no article either, one of them doing something or from somewhere: "mayors son keeps showing up high to group",
  // "tribal council members kid from wind river"
  String.raw`\b${ROLE}s (?:son|daughter|wife|husband|kid|boy|girl|brother|sister|stepson|stepdaughter|nephew|niece|mom|mum|dad|mother|father|partner|ex)\b(?= (?:keeps|is|was|has|had|got|gets|came|comes|showed|shows|just|still|told|said|started|won't|wont|doesn't|doesnt|from)\b)`,
  // "her brother is our state's senior senator", "Her dad is one of the two senators from our state"
  // …said with a contraction, which needs its article: "Her dad's the local MP" (not "her son's coach")
  String.raw`\b(?:his|her|their|whose|(?:my )?(?:client|patient)'s) ${RELATIVE}'s (?:the|a|an|our|their) (?:[\w'-]+ ){0,3}?${ROLE}\b`,
  String.raw`\b(?:his|her|their|whose|(?:my )?(?:(?:new )?client|patient|intake|kid|teen|student)'s) ${RELATIVE}(?:, [^,.!?\n]{1,50},)? (?:is|was) (?:one of (?:the |our )?(?:\w+ )?${ROLE}s|(?:(?:the|a|our|their) )?(?:[\w'-]+ ){0,3}?${ROLE})\b`,
  // "His dad is the guy who does the six o'clock news on the local channel"
  String.raw`\b(?:his|her|their|whose|(?:my )?(?:client|patient)'s) ${RELATIVE} (?:is|was) the (?:guy|man|woman|lady|one|person) (?:who|that) (?:does|anchors|presents|hosts|reports|forecasts) the (?:[\w'-]+ ){0,3}?(?:news|weather|show|broadcast|bulletin)\b`,
  // "the sheriff who is also her uncle"
  String.raw`\bthe (?:[\w-]+ )?${ROLE} (?:who|that) (?:is|was) (?:also )?(?:his|her|their|my client's) ${RELATIVE}\b`,
  // "the one who was a city councilman": a public role the client held
  String.raw`\b(?:who|he|she) (?:was|used to be) (?:a|the|our) (?:city |town |county |state )?${ROLE}\b`,
  String.raw`\b${RELATIVE} of (?:the|a|our|their|that) (?:[\w'-]+ ){0,3}?${ROLE}\b`,
  // "the teenage son of one of our state's two US senators"
  String.raw`\b${RELATIVE} of one of (?:our|the|this|my) (?:[\w'-]+ ){0,4}?${ROLE}s?\b`,
  // "his mom anchors the six o'clock news", "whose dad coaches the state university's team"
  String.raw`\b(?:his|her|their|whose) ${RELATIVE} (?:(?:anchors|coaches|runs|owns|leads|chairs|pastors|hosts|manages|presides over|is mayor of|reads|wrote(?! (?:a|the|one) (?:[\w-]+ )?(?:note|letter|poem|essay|text|message|journal|diary|card|list|story)\b)|invented|founded|starred in|played for|sang|directed|built) (?:the|our|a|one)|coaches at)\b`,
  // "the teenage son of the guy who anchors the six o'clock news": the family of one who holds a public role
  String.raw`\b${RELATIVE} of the (?:guy|man|woman|lady|dude|bloke) who (?:anchors|hosts|presents|reads|coaches|pastors|runs|owns|chairs) the\b`,
  // "daughter of a very well known RTÉ presenter": the family of a face a whole country knows
  String.raw`\b${RELATIVE} of (?:a|an|the) (?:very |really |quite )?(?:well[- ]known|famous|household[- ]name) (?:[^\s.,;!?]+ ){0,2}?(?:presenter|broadcaster|newsreader|anchor|actor|actress|singer|politician|footballer|hurler|rugby player|cricketer|player|author|novelist|comedian|journalist|tv chef|chef|musician)\b`,
  // "his uncle is on the tribal council", "her sister is in Congress"
  String.raw`\b${RELATIVE} (?:is|was|sits) (?:on|in|a member of) (?:the )?(?:\w+ )?(?:tribal |city |town |county |school |state )?(?:council|board|congress|senate|legislature|parliament|state house|assembly|knesset|bundestag|dáil|lok sabha|house of commons|house of lords)\b`,
]);

// The client holds a public role: "client is the head football coach at the high school", "pt's our town's mayor",
// "my client anchors the local evening news", "she coaches the varsity team".
// Verbs that say someone holds a public role ("anchors the news"); also the words the rule's gate watches for.
const ROLE_VERBS = ["anchors", "coaches", "pastors", "chairs", "presides", "hosts", "forecasts"];

const PUBLIC_ROLE_HELD = new RegExp(
  [
    String.raw`\b(?:clients?|patients?|pt|who|he|she)(?: is|'s| was| has been| used to be) (?:the|our|our town's|the town's) (?:[\w'-]+ ){0,2}?${ROLE}\b`,
    // "the head football coach at our high school", "the pastor of our church", "the head coach of our university's
    // basketball team": the one holder of a local role
    String.raw`\bthe (?:[\w-]+ ){0,2}?${ROLE} (?:at|of|for|in) (?:our|the town's|our town's) (?:local )?(?:high school|middle school|elementary|school|church|parish|synagogue|mosque|town|village|county|hospital|police department|fire department|(?:(?:university|college|school|town|city)'s )?(?:[\w-]+ )?(?:team|squad)|university|college)\b`,
    // "my 2pm is the mayor of bristol vt": the one holder of a town's office, by the town's name
    String.raw`\b(?:is|was|'s) the (?:mayor|sheriff|police chief|fire chief|superintendent|city manager) of (?!(?:the|a|an|my|our|their|his|her|this|that|some|all|staff)\b)[a-z]{3,}\b`,
    // "is married to our mayor", "a retired judge who sat on the county bench": the holder of a local role, or theirs
    String.raw`\b(?:married to|wife of|husband of|partner of|dating) (?:our|the town's|our town's|the local) (?:[\w-]+ )?${ROLE}\b`,
    String.raw`\b(?:retired |former )?(?:judge|sheriff|mayor|police chief|fire chief|principal|superintendent|senator|congressman|congresswoman|district attorney) who (?:sat on|served on|served as|ran|led|headed) the (?:county|district|state|city|town|local)\b`,
    // "the weather presenter on the local evening news": a face the whole area knows
    String.raw`\bthe (?:[\w-]+ ){0,2}?${ROLE} (?:on|of|at|for) (?:the |our )?local (?:[\w-]+ ){0,2}?(?:news|tv|television|radio|station|channel|paper|bulletin)\b`,
    // "the mayor's chief of staff": the one person on a public figure's staff
    String.raw`\bthe ${ROLE}'s (?:chief of staff|assistant|secretary|aide|driver|campaign manager|press secretary|bodyguard|deputy|scheduler)\b`,
    String.raw`\b(?:client|patient|pt|who|he|she) (?:also |now |still )?(?:${ROLE_VERBS.join("|")})(?: over)? (?:the|our) (?:[\w-]+ ){0,3}?(?:news|team|church|congregation|council|board|show|program|weather|squad)\b`,
    // "He sits on the Otoe-Missouria tribal council": one of a few seats on a small body
    String.raw`\b(?:client|patient|pt|he|she|they)(?: also| now| still)? (?:sits|sat|serves|served|is|was) on (?:the|our|their|his|her) (?:[\w'-]+ ){0,3}?(?:tribal|city|town|county|school|village|band|chapter|parish) (?:council|board|committee)\b`,
    // "He's one of five members on the Hopi Tribal Council": one of a few seats
    String.raw`\b(?:he's|she's|he is|she is|they're|they are|client is|who's|who is|client,|patient,) one of (?:only |just )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:members|seats|delegates|council ?members|councilors|councillors|commissioners|trustees) (?:on|of) (?:the|our|their) (?:[\w'-]+ ){0,3}?(?:council|board|committee|commission)\b`,
  ].join("|"),
  "g",
);

// "the only pediatric dentist in our county", "the only rabbi within eighty miles", "our town's only veterinarian"
const ONLY_ONE = new RegExp(
  [
    String.raw`\bthe (?:only|sole|lone) (?!(?:thing|things|time|times|reason|reasons|way|ways|part|place|day|one thing|kind|kinds|sort|sorts|type|types|object|objects|item|items)\b)(?:[\w-]+ ){0,9}?[\w-]+ (?:in|on|at|within|for|of|out of|around|across|north of|south of|east of|west of|between here and) (?:(?:our|the|this|my|his|her|their|a|that|\d+|[a-z]+) )?(?:(?:little|small|tiny|whole|entire|rural) )?(?:[\w-]+ )?(?:${SMALL_PLACE}|(?:end|part|corner|side|half) of the (?:state|county|valley|island|province)|(?:[\w-]+ ){0,4}?(?:miles|hours|counties)|(?:[\w-]+ ){0,2}?(?:department|squad|crew|unit|congregation|platoon|battalion|force|area|region))\b`,
    // "Montana's only female brand inspector under thirty-five", "Vermont's sole licensed falconer": a state has many
    // people, but one holder of a role in it is one person (not "Montana's only national park").
    String.raw`\b(?:${[...STATE_NAMES].join("|")})'s (?:only|sole|lone) (?:(?:[\w-]+ ){0,3}?(?!(?:governor|senator|judge|justice|mayor|representative|congressman|congresswoman)\b)(?:${WORKER}|inspector|interpreter|translator|falconer|trapper|[a-z]+(?:ist|ian|eon))|(?:[\w-]+ ){0,2}?(?:female|male|woman|man|black|deaf|blind|licensed|certified|openly gay|trans|sikh|muslim|jewish|hmong|native|indigenous|latina|latino|asian) (?:[\w-]+ ){0,3}?(?!(?:governor|senator|judge|justice|mayor|representative)\b)[a-z]+(?:er|or|eer|ier|ain|ooper|master))\b`,
    // …and "the only female commercial diver in Tasmania", "the only peds neurosurgeon in wyoming": the same said after,
    // of a state or a country's own state
    String.raw`\bthe (?:only|sole|lone) (?:[\w-]+ ){0,2}?(?!(?:governor|senator|judge|justice|mayor|representative|premier)\b)(?:${WORKER}|[a-z]+(?:ist|ian|eon)) in (?:${[...STATE_NAMES].join("|")}|tasmania|queensland|victoria|new south wales|nsw|south australia|western australia|the northern territory|ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|the yukon|nunavut)\b`,
    String.raw`\bthe (?:only|sole|lone) (?:[\w-]+ ){0,2}?(?:female|male|woman|black|deaf|blind|openly gay|trans|sikh|muslim|jewish|hmong|native|indigenous|latina|latino|asian) (?:[\w-]+ ){0,3}?(?!(?:governor|senator|judge|justice|mayor|representative|premier)\b)[a-z]+(?:er|or|eer|ier|ain|ooper|master|ist|ian) in (?:${[...STATE_NAMES].join("|")}|tasmania|queensland|victoria|new south wales|nsw|south australia|western australia|the northern territory|the act|ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|pei|the yukon|nunavut|scotland|wales|northern ireland)\b`,
    // "the only ASL interpreter in the whole UP": one holder of a role in a whole region, whatever it is called (not the
    // world's: "the only therapist in the whole world who…")
    String.raw`\bthe (?:only|sole|lone) (?:[\w-]+ ){0,2}?(?:${WORKER}|[a-z]+(?:ist|ian|eon)) in the (?:whole|entire) (?!(?:world|universe|planet|galaxy|internet|building|office|room|group|team)\b)[a-z][\w.]*`,
    // "only black head coach in the conference": one of a few people of a kind in a role, among a league's or a
    // district's
    String.raw`\b(?:the )?only (?:female|male|woman|black|deaf|blind|openly gay|trans|sikh|muslim|jewish|hmong|native|indigenous|latina|latino|asian) (?:[\w-]+ ){0,2}?(?:${WORKER}|[a-z]+(?:er|or|ist|ian)) (?:in|on|at) (?:the|our|this|his|her|their) (?:whole |entire )?(?:conference|league|division|district|county|diocese|presbytery|circuit|region)\b`,
    // "the imam of the one little mosque in our county": the one place of its kind in a small place
    String.raw`\bthe one (?:little |small |tiny )?(?:mosque|masjid|church|synagogue|shul|temple|gurdwara|school|clinic|pharmacy|diner|bar|pub|gas station|store|shop|library|restaurant|cafe|grocery store) (?:in|on|for) (?:(?:our|the|this|my) )?(?:whole |entire )?(?:${SMALL_PLACE})\b`,
    // "one of the last female lighthouse keepers in Ireland": one of the few left of a trade in a whole country
    String.raw`\bone of the (?:last|only|few) (?:remaining )?(?:(?:female|male|women|black|deaf|blind|licensed|working) )?(?:[\w-]+ ){0,2}?[a-z]+(?:ers|ors|ists|ians|keepers|smiths|wrights|men|women|masters|pilots|divers) (?:left )?(?:in|on) (?:the )?(?:ireland|northern ireland|scotland|wales|england|uk|britain|canada|australia|new zealand|nz|country|state|island|${[...STATE_NAMES].join("|")})\b`,
    // "we have exactly one female firefighter in the county": one holder of a role in a small place, said as had
    String.raw`\b(?:we have|we've got|we got|they have|there's|there is) (?:exactly |only |just )?one (?:(?:female|male|woman|black|deaf|blind|openly gay|trans|native|indigenous) )?(?:[\w-]+ )?${WORKER} (?:in|for|on) (?:the|our|this) (?:whole |entire )?(?:county|town|village|valley|island|parish|district|state|region|province|reservation|rez|tribe|nation)\b`,
    // "only d1 recruit our high school has ever had": the one of a kind a school or a town has had
    String.raw`\bonly (?:[\w-]+ ){0,3}?(?:recruit|student|athlete|player|kid|graduate|grad|scholar|olympian) (?:our|the|this|his|her|their) (?:high school|school|town|county|village|district) (?:has )?ever (?:had|produced|sent)\b`,
    // "the only GP for about eighty kilometres in any direction": one for a distance around
    String.raw`\bthe (?:only|sole|lone) (?:[\w-]+ ){0,3}?[\w-]+ (?:for|within|in) (?:about |around |nearly |over |some |roughly )?(?:\d+|[a-z]+(?:[- ][a-z]+)?) (?:miles|kilometres|kilometers|km|mi|klicks)\b`,
    // "the only set of triplets in the junior class": a family there is one of
    String.raw`\bthe only (?:set of )?(?:twins|triplets|quadruplets|quads)\b`,
    // "the only barista at the only coffee shop"
    String.raw`\bthe only (?:[\w-]+ ){0,3}?[\w-]+ (?:at|in) the only\b`,
    String.raw`\b(?:our|the|this|my|a) (?:little |small |tiny )?(?:${SMALL_PLACE})'s (?:only|one|sole|lone) [\w-]+(?: [\w-]+)?`,
    // "Only Deaf family in the county", "only veterinarian for sixty miles", at a sentence's start
    String.raw`(?:^|[.!?\n]\s*)only (?:[\w-]+ ){0,3}?[\w-]+ (?:in|on|at|within|for|of) (?:(?:our|the|this|my|a|that|\d+|[a-z]+) )?(?:[\w-]+ ){0,2}?(?:${SMALL_PLACE}|miles|counties)\b`,
    // "the one Sikh family in the whole county"
    String.raw`\bthe one (?:[\w-]+ ){0,3}?(?:family|person|kid|child|woman|man|doctor|nurse|teacher|pastor|lawyer|officer|vet|teen|teenager|student|boy|girl|client) (?:in|on|at|for) (?:the|our|this|a) (?:whole |entire )?(?:${SMALL_PLACE}|school(?: board| district)?|district|parish)\b`,
    // "There's one girl in our whole school district with…" (not "one kid in the school who finds my office")
    // …and "There's exactly one Deaf family on the island"
    String.raw`\bthere(?:'s| is) (?:exactly |only |just )?one (?:[\w-]+ ){0,3}?(?:family|person|kid|child|woman|man|teen|teenager|student|boy|girl|client) (?:in|on|at|for) (?:the|our|this|a|that) (?:(?:whole|entire) (?:${SMALL_PLACE}|school(?: district)?|district|parish)|school district|district|parish|island|village|hamlet|reservation|rez|valley|colony|holler|hollow)\b`,
    // "one of the two hmong families in our whole county", "1 of maybe 3 in the state", "one of a handful of kids on that
    // side of the rez": one of so few in a place (not "one
    // of the two counselors in our building")
    String.raw`\b(?:one|1) of (?:the |only |just )?(?:two|three|four|a few|a handful of|[2-5]) (?:[\w-]+ ){0,3}?(?:families|kids|children|students|people|women|men|girls|boys|teens|clients|patients) (?:in|on|at) (?:the|our|this|a|that) (?:whole |entire )?(?:side of (?:the|our) )?(?:${SMALL_PLACE}|school district|district|parish|island|valley|reservation|rez)\b|\b(?:one|1) of (?:maybe |like |only |about |just )?(?:two|three|a few|a handful|[2-5]) (?:in|on) (?:the|our|this) (?:whole |entire )?(?:state|county|country|${SMALL_PLACE})\b`,
    // "the only Marshallese student we've ever had"
    String.raw`\bthe only (?:[\w-]+ ){0,3}?(?:student|kid|child|client|family|person|woman|man|girl|boy|patient|member|employee) (?:we've|we have|i've|i have|they've|the school has) ever (?:had|seen|met)\b`,
    // "there's one pediatric dentist in our valley"
    String.raw`\bthere(?:'s| is) (?:only |just )?one (?:[\w-]+ ){0,3}?${WORKER} (?:in|for|within|on) (?:our|the|this|a) (?:(?:little|small|tiny|whole) )?(?:${SMALL_PLACE})\b`,
    // "Our town has exactly one pharmacist", "the village has just the one GP" (not a ratio: "Our school has one counselor
    // for 900 kids and it's me")
    String.raw`\b(?:our|the|this|my|his|her|their) (?:(?:little|small|tiny|whole) )?(?:${SMALL_PLACE}) (?:has|had) (?:(?:exactly |only |just )?(?:one|a single)|just the one) (?:[\w-]+ ){0,2}?${WORKER}\b(?! for (?:every |each |about |over |nearly |almost )?[\d,]+)`,
  ].join("|"),
  "g",
);

// "the night-shift charge nurse at our county hospital": a role at the one local institution
const ISLE_AND_VALLEY_WORDS = ["island", "valley", "hamlet", "township", "holler", "hollow"];
const ROLE_AT_LOCAL_INSTITUTION = new RegExp(
  [
    String.raw`\b${WORKER}s? (?:[\w-]+ ){0,6}?(?:at|in|for|of) (?:our|the|their|his|her) (?:county|town|village|local|community|tribal) (?:hospital|clinic|school|jail|library|police department|fire department|church|paper|newspaper|bank|pharmacy|courthouse)\b`,
    // "the town vet", "the village's only doctor": the one holder of a role in a small place
    String.raw`\bthe (?:town|village|island)(?:'s)? (?:only )?${WORKER}\b`,
    // "The harbormaster in our town", "the locksmith of our village": the one holder of a role a small place has one of
    String.raw`\bthe (?:${WORKER}|[a-z]+(?:master|mistress|smith|keeper)) (?:in|of) (?:our|this|my|their|his|her) (?:town|village|island|valley|hamlet|township|holler|hollow)\b`,
  ].join("|"),
  "g",
);

// What makes someone in a sentence one the author sees at work: "is now my client", "is on my caseload", "came in".
const SEEN_BY_THE_AUTHOR =
  "(?:client|patient|caseload|session|intake|referral|therapy|came in|coming in|seeing me|sees me|my office|my waiting room)";

// "The band director at my kid's school is now my client": the one holder of a role where the author's own child goes,
// seen (not the author's own complaint: "The principal at my kid's school sent another email about nits")
const ROLE_AT_MY_CHILDS_SCHOOL = new RegExp(
  String.raw`\bthe (?:[\w-]+ ){0,2}?(?:${WORKER}|director|headteacher|head teacher|custodian|janitor|secretary|bus driver|crossing guard|lunch lady) (?:at|of) (?:my|our) (?:kid's|kids'|son's|daughter's|child's|children's|kids) (?:school|daycare|preschool|nursery|kindergarten)\b(?=[^.!?\n]{0,60}\b${SEEN_BY_THE_AUTHOR}\b)`,
  "g",
);

// The long lists below are patterns kept apart (each its own scan), each read only by a post with a word it cannot
// match without (`byNeededWords`).
// "a town of 3,000", "village of maybe 300", "island of about 400 people", "population 900", "fewer than a hundred people in"
const SMALL_COMMUNITY = byNeededWords(
  [
    String.raw`\b(?:town|village|island|community|county|hamlet|township|reservation|parish|city|valley)(?: of| with) ${ABOUT}${COUNT}(?! million)(?: (?:people|residents|souls|folks))?\b`,
    String.raw`\bpopulation(?: of)?:? ${ABOUT}${COUNT}(?! million)\b`,
    // "There are maybe forty Tlingit speakers left and my client is one of them": one of a language's last few speakers,
    // said of someone (not "thirty bluetooth speakers left", "about 2,000 Lakota speakers")
    String.raw`\b${ABOUT}(?:\d{1,3}|a (?:few )?dozen|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]\w+)?)(?: fluent| first-language| native| elder)? [a-zà-ÿ'-]+ speakers (?:left|remaining|alive)\b(?! (?:in the|in my) (?:bin|box|closet|room|office|store))(?=[^\n]{0,120}\b(?:client|she|he|her|him|they|them)\b)`,
    // "remote work camp, sixty guys", "an intentional community of maybe forty people", "a kehilla of maybe four hundred
    // families"
    String.raw`\b(?:camp|settlement|commune|colony|compound|crew|rig|station|outpost|community|congregation|kehilla|kehillah|shul|clan|kibbutz)(?:,| of) ${ABOUT}(?:${COUNT}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:guys|people|men|women|workers|residents|souls|families|members|households|homes|houses)\b`,
    // "the spaghetti dinner fundraiser for his surgery": a town's fundraiser for someone, which everyone there knows of
    String.raw`\b(?:fundraiser|gofundme|go fund me|benefit dinner|benefit concert|spaghetti dinner|fish fry|pancake breakfast|bake sale|raffle|meal train) (?:[\w-]+ ){0,2}?for (?:his|her|their) (?:surgery|treatment|transplant|chemo|medical bills|hospital bills|funeral|recovery|wheelchair|prosthetic|rehab)\b`,
    // "15yo from the amish settlement outside berne": a plain people's settlement by the town it is near
    String.raw`\b(?:amish|mennonite|hutterite|old order|old colony|flds|doukhobor) (?:settlement|community|colony|compound|enclave|church district) (?:just )?(?:outside|near|by|north of|south of|east of|west of|outside of) [a-z]{3,}`,
    // "there are what, thirty-some people in the colony he grew up in": a count of the people of a colony or a village
    String.raw`\b${ABOUT}(?:${COUNT}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-some|-odd|ish)? (?:people|souls|families|members|households) (?:in|on) (?:the|his|her|their|that|our) (?:colony|settlement|commune|compound|kibbutz|moshav|village|hamlet|island)\b`,
    // "our town is 4,000 people", "the whole office is four people", "a district of 140 students"
    String.raw`\b(?:town|village|island|community|county|reservation|office|department|unit|staff|district|school|practice|team) (?:is|has|of) ${ABOUT}(?:${COUNT}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty) (?:people|residents|souls|folks|students|employees|staff|members|kids|families)\b(?! (?:long|deep)\b)`,
    String.raw`\b${ABOUT}${COUNT} (?:people|residents|souls) (?:in|on|live in) (?:the|our|this|my|his|her|their|a|that)? ?${COMPILE_ONCE}(?:${SMALL_PLACE}|[A-Z]\w+)`,
    // "one of maybe forty year-round residents on the island", "forty full-time residents of the island"
    String.raw`\b${ABOUT}(?:${COUNT}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?) (?:year-round|permanent|full-time) (?:residents|people|souls) (?:in|on|of) (?:the|our|this|that) (?:island|village|hamlet|key|peninsula|settlement|reservation|rez)\b`,
    // "We're a college of under 900 students": a college small enough that its student body president is one person (not
    // "any school of 500 pupils will have…")
    String.raw`\b(?:we're|we are|our|my|his|her|their|it's|it is)(?: (?:a|an|only|just|tiny|small|little))* (?:college|university|academy|seminary) (?:of|with|has) ${ABOUT}(?:[1-9]\d{0,2}|1[,.]?\d{3}|a few hundred|(?:two|three|four|five|six|seven|eight|nine) hundred) (?:students|undergrads|undergraduates|pupils|kids)\b`,
    // "One-room school, eleven kids": a school so small that its teacher is one person everyone knows
    String.raw`\bone-room (?:school|schoolhouse)\b`,
    // "one of maybe forty people who live on the island year-round"
    String.raw`\b${ABOUT}(?:${COUNT}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:people|residents|souls|families) (?:who|that) (?:live|lives|stay|stays|winter) (?:on|in) (?:the|our|this|that) (?:${SMALL_PLACE})\b`,
    // "a one-high-school town", "our one-stoplight town": a town so small it has one of everything
    String.raw`\b(?:a|an|our|my|the|her|his|their) (?:tiny |little |small )?one[- ](?:stoplight|stop-light|traffic[- ]light|high[- ]school|school|church|gas[- ]station|horse|store|bar|doctor)[- ]town\b`,
    // "a town with one pub and one vet"
    String.raw`\b(?:a|our|the|his|her|their) (?:tiny |little |small )?(?:town|village|hamlet|settlement|island) with (?:only |just )?one (?:pub|shop|store|school|doctor|vet|church|bar|diner|gas station|petrol station|stoplight|road)\b`,
  ],
  EACH_ALONE,
);

// "the head librarian in our little town", "the vet in a tiny village"
const ROLE_IN_SMALL_PLACE = new RegExp(
  String.raw`\b(?:${WORKER}|minister|vicar|rector|curate|publican|constable|garda)s? (?:in|of|for|at|on) (?:our|the|this|a|their|his|her|my) (?:little|small|tiny|rural|wee) (?:town|village|community|island|county|valley|parish)\b`,
  "g",
);

// "the bus that crashed on the interstate", "the day of the shooting", "the ridge fire", "went viral"
// A site a town has one of, and its disaster: "the grain elevator blew up", "the dam broke".
const SITE_GONE = String.raw`(?:elevator|plant|mill|factory|refinery|mine|dam|bridge|footbridge|walkway|grandstand|bleachers|tower|barn|rig|silo|depot|pipeline)(?: (?:downriver|upriver|downtown|outside town|nearby))? (?:exploded|blew up|went up|collapsed|broke|gave way|caught fire|burned down|caved in)\b`;

const NEWSWORTHY_EVENT = byNeededWords(
  [
    // (not a wish said of a commute: "she wouldn't mind if her commuter train derailed")
    String.raw`\b${VEHICLE}s? (?:that |which )?(?:crashed|capsized|derailed|sank|exploded|flipped|went off the|went into the|plunged|collided|overturned)\b(?<!\bif (?:[\w-]+ ){1,4}(?:crashed|capsized|derailed|sank|exploded|flipped|collided|overturned))`,
    // "the school bus that slid off the county bridge", "her son's truck went through the ice": someone else's (not "my
    // car slid off the road this morning", a commute; "a car slid off in front of me" is held, at a moderator's cost)
    String.raw`\b(?:the|a|her|his|their|that|[a-z]+'s) (?:[\w-]+ )?${VEHICLE}s? (?:that |which )?(?:slid off|skidded off|rolled over|rolled off|went over the|went through the ice|caught fire)\b`,
    // "was on the platform that caught fire off Aberdeen": an offshore platform's disaster (not "the platform crashed", an
    // app's)
    String.raw`\bthe (?:oil |gas |drilling |offshore )?platform (?:that |which )?(?:caught fire|exploded|blew up|sank|went down)\b`,
    // "she was the 911 dispatcher on shift for the plainfield warehouse fire": one who worked an event by its place
    String.raw`\b(?:dispatcher|firefighter|fireman|medic|paramedic|emt|first responder|officer|cop|deputy|trooper|nurse|doctor|surgeon) (?:on shift |on duty |on scene |on call |working )?(?:for|at|during|on) the (?:[\w-]+ ){1,3}(?:fire|shooting|crash|explosion|collapse|flood|derailment|pileup|pile-up|stabbing|bombing)\b`,
    // "the teacher who was shot at the middle school last fall"
    String.raw`\b(?:was|were|got|been) (?:shot|stabbed|killed|kidnapped|abducted|attacked|murdered|trapped) (?:at|in|on|outside|near) (?:the|a) [\w -]{2,40}?(?:last|this past|earlier this|in) (?:spring|summer|fall|autumn|winter|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)\b`,
    String.raw`\bthe (?:day|night|week|morning|afternoon|evening) (?:of|after|before) the (?:\w+ )?${COMPILE_ONCE}${EVENT}\b`,
    String.raw`\bthe (?:[\w-]+ )?${EVENT} (?:at|on|in|near|outside) (?:the )?${COMPILE_ONCE}(?:${SMALL_PLACE}|interstate|highway|mall|plant|factory|warehouse|rec center|middle school|high school|elementary|school|church|synagogue|mosque|concert|festival|parade|club|bar|store|walmart|target)`,
    String.raw`\bin the [a-z]+ (?:fire|flood|tornado|crash|shooting)\b`,
    // "the fire that displaced all those families last winter, the one on the news for a week"
    String.raw`\bthe one (?:that was |that's |everyone saw )?(?:on|all over) the (?:local |evening |national )?news\b`,
    // "the one that made the Omaha news", "made the local paper"
    String.raw`\bmade the (?:[\w-]+ ){1,2}(?:news|papers?|headlines)\b`,
    // "the music festival where the stage collapsed", "the concert where someone opened fire": a gathering known by
    // what happened at it (not "the game where the team collapsed", "the wedding when the DJ's speaker exploded")
    String.raw`\bthe (?:[\w-]+ ){0,2}?(?:festival|concert|gig|match|game|parade|rally|fair|carnival|wedding|funeral|party|prom|graduation|service|vigil|protest|march) (?:where|when|at which) (?:[^.!?\n]{0,40}?\b(?:opened fire|was shot|were shot|was stabbed|were stabbed|were crushed|was crushed|stampeded|was bombed|was attacked|were attacked)|the (?:stage|roof|stand|stands|grandstand|bridge|building|tent|marquee|balcony|floor|ceiling|scaffolding) (?:collapsed|caved in|gave way|fell in|caught fire|burned down|burnt down))\b`,
    // "that bus crash in March": one event, placed in time
    String.raw`\b(?:the|that) (?:[\w-]+ )?${EVENT}\b(?: [^.!?\n]{0,30}?)? (?:in|on|last|this past) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b`,
    // "the bank robbery on Main last spring": one event, placed in time
    String.raw`\bthe (?:[\w-]+ ){0,3}?${EVENT}\b[^.!?\n]{0,40}\b(?:(?:last|this past|earlier this) (?:spring|summer|fall|autumn|winter|week|month|year|weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|a couple(?: of)?|a few|two|three) (?:days|weeks|months) (?:back|ago)|back in (?:the )?(?:spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december))\b`,
    // "the crash that killed three teenagers, the one that was in every paper for weeks": news everyone read
    String.raw`\b(?:in|on|all over|made) (?:every|all the|the front (?:page|pages) of the) (?:paper|papers|newspapers?|front pages?|news channels?|local papers?)\b`,
    // "the granddaughter of the man whose name is on our county courthouse": a family a building is named for
    String.raw`\b(?:whose|(?:his|her|their) family's) (?:family )?name is on (?:the|our|that|a) (?:[\w-]+ ){0,2}(?:courthouse|building|library|hospital|school|stadium|arena|bridge|wing|hall|center|centre|park)\b`,
    // "won the state lottery", "the mom from the viral grocery store meltdown video": news anyone can look up (not a
    // likeness: "celebrated like I'd won the lottery")
    String.raw`\b(?<!\b${A_LIKENESS} )won (?:the|a) (?:[\w-]+ ){0,2}(?:lottery|jackpot|powerball|mega millions)\b`,
    // "was on the last series of that baking show", "she's on that dating show": a face from the television (not "she's
    // on the last season of that show", which she is watching)
    String.raw`\b(?:was|were|been|went|appeared|competed|featured|starred) (?:on|in) (?:the|a|that|this) (?:(?:last|latest|first|recent|new|next) )?(?:series|season) of (?:that|the|a|this) (?:[\w'-]+ ){0,3}(?:show|programme|program)\b|\b(?:was|were|been|went|appeared|competed|featured|starred|is|she's|he's|they're) on (?:that|the|a|this) (?:[\w-]+ )?(?:baking|cooking|dating|talent|singing|quiz|reality|makeover|property|game) (?:show|programme|program|competition)\b`,
    // "this year's valedictorian", "the homecoming queen": a title one student holds
    String.raw`\b(?:this year's|last year's|the|our|a) (?:valedictorian|salutatorian|homecoming (?:queen|king)|prom (?:queen|king)|class president|student body president|head girl|head boy)\b`,
    // "You all saw the video", "half of you have seen the clip": a video the readers saw, so they know who it is
    String.raw`\b(?:you all|y'all|all of you|most of you|half of you|everyone here|everybody here|you've all|you guys all)(?: have| probably| definitely| likely| already)?(?: have)? (?:saw|seen|watched) (?:the|that|this) (?:video|clip|footage|tiktok|reel|livestream|news story|story)\b(?![^.!?\n]{0,60}\b(?:training|orientation|webinar|course|module|in-?service|workshop|conference|class|lecture|seminar|induction|onboarding)\b)`,
    // "billboard of his face at the airport", "made the pro surf tour at sixteen": a face and a rank a place knows
    // "a bloke who earned one Wallabies cap back in '97": a national side's caps are printed with names
    String.raw`\b(?:earned|won|picked up|earning|winning) (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|a single|a few|a handful of) (?:[\w-]+ )?caps?\b(?! (?:of|off|on)\b)`,
    String.raw`\b(?:billboards?|murals?|posters?|banners?|cardboard cutouts?) of (?:his|her|their) face\b|\bmade (?:the )?(?:pro|professional) (?:[\w-]+ )?(?:tour|circuit|league|ranks)\b`,
    // "She was inside Club Q that night", "he survived Pulse": one of the few people at an attack the country knows
    String.raw`\b(?:inside|at|in|survived|survivor of|survivors of|was at|were at|there at) (?:the )?(?:club q|pulse(?: nightclub)?|sandy hook(?: elementary)?|columbine(?: high)?|marjory stoneman douglas|robb elementary|tree of life(?: synagogue)?|mother emanuel|route 91|highland park parade|tops (?:supermarket|market)|king soopers|borderline bar|the bataclan|manchester arena|parkland)\b(?=[^.!?\n]{0,40}\b(?:that (?:night|day|morning)|when|during|the shooting|the attack)\b)`,
    // "A client of mine made the finale of the drag competition show", "My Tuesday 6pm is the Deaf lead from that streaming
    // show", "you'd know his face": someone the country has seen, who the author sees (not a celebrity talked about)
    String.raw`(?:\b(?:made|reached|was in|got to) the (?:finale|final|finals|semi-?finals?|top (?:three|five|ten|\d+)) of (?:the|that|a) (?:[\w-]+ ){0,3}(?:show|competition|series|programme|program)\b|\bis the (?:[\w-]+ ){0,2}?(?:lead|star|host|judge|winner|contestant) (?:from|of|on|in) (?:that|the) (?:[\w-]+ ){0,2}?(?:show|series|film|movie|programme|sitcom|drama)\b|\b(?:you'd|you would|you'll|you might|everyone would|you'd all) (?:know|recogni[sz]e) (?:his|her|their) (?:face|name|voice)\b)(?<=\b(?:client|clients|patient|caseload|of mine|my (?:\w+day|\d{1,2}(?::\d\d)? ?(?:am|pm)?|new one))\b[^\n]{0,200})`,
    // "the one every local channel ran for a week", "was working a register at the walmart in el paso that day in 2019":
    // someone the news was about, or one who was there on a day a country remembers by its year
    String.raw`\b(?:the one|the kid|the girl|the boy|the man|the woman|the family|who|whom) (?:that )?(?:every|all the|each) local (?:channel|station|news|paper|outlet)s? (?:ran|covered|aired|carried|picked up|had)\b`,
    // "the one that was on every local channel for a week", "the paper ran his picture, the city gave him a plaque", "the
    // one who got the viral … clip"
    String.raw`\b(?:was|were) on every local (?:channel|station|news|paper)\b|\bthe (?:local )?(?:paper|news|station) ran (?:his|her|their) (?:picture|photo|story|name|face)\b|\bthe (?:city|town|county|mayor) gave (?:him|her|them) (?:a|an|the) (?:plaque|award|medal|key to the city|commendation)\b|\b(?:the one|the guy|the girl|the woman|the man|the kid) (?:who|that) (?:got|had|made|did|was in|is in) the viral\b`,
    String.raw`(?<!\b(?:i|we) )\b(?:was|were) (?:working|shopping|there|inside|at|in)\b[^.!?\n]{0,80}\bthat (?:day|night|morning) in (?:19|20)\d\d\b`,
    // "one of the evening anchors on KSL, his face is on billboards": a face a whole area sees
    String.raw`\b(?:is|was|as) (?:one of the |an? |the )?(?:evening|morning|nightly|weekend|news|sports|weather|noon|late) (?:anchors?|presenters?|reporters?|meteorologists?|newsreaders?) (?:on|at|for) (?:(?!wnba\b)[kw][a-z]{2,3}|channel \d+)\b|\b(?:his|her|their) face (?:is |was |'s )?(?:on|all over) (?:the )?(?:billboards?|buses|the side of (?:a |the )?bus(?:es)?)\b`,
    // "My Tuesday 4pm does weekend weather on one of the Spokane stations": a face an area sees each week
    String.raw`\b(?:does|reads|presents|hosts|anchors|did|read|presented|hosted|anchored|forecasts) (?:the )?(?:weekend |morning |evening |nightly |local |overnight )?(?:weather|news|traffic|sports)(?: report| desk| segment)? (?:on|for) (?:one of )?(?:the|a|our|channel|their) (?:[\w'-]+ ){0,2}?(?:stations?|channels?|affiliates?|news)\b`,
    // "He was on last season of one of those baking competition shows": a contestant a country watched, by the show's kind
    String.raw`\b(?:was|were|been|appeared|went|competed) on (?:this|last|that|the (?:first|second|third|latest|last)) season of (?:one of )?(?:those|that|a|the) (?:[\w-]+ ){0,3}(?:show|shows|competition|competitions|series)\b`,
    // "You'd know her voice if you listen to morning radio around Tulsa": a voice or a face an area knows, said so of the
    // one the post is about
    String.raw`\b(?:you'd|you would|you might|you'll|everyone would|everybody would) (?:know|recogni[sz]e) (?:his|her|their) (?:face|name|voice|laugh) if you (?:ever )?(?:listen|listened|watch|watched|live|lived|grew up|drive|drove|follow|followed|read)\b`,
    // "One of mine won six nights running on Jeopardy!": a champion a country watched
    String.raw`(?:\b(?:won|champion|contestant|competed|appeared|went on|was on|were on|made it|sent home|eliminated|voted off)\b[^.!?\n]{0,40}?\b|\b(?:was|were|been|went|appeared|competed) )on (?:jeopardy|wheel of fortune|survivor|american idol|the voice|america's got talent|britain's got talent|the bachelor(?:ette)?|big brother|the price is right|family feud|love island|top chef|(?:the great british )?bake off|masterchef|shark tank|dancing with the stars|strictly|the apprentice|who wants to be a millionaire|the chase|pointless|countdown|mastermind|university challenge|drag race)\b(?! (?:duty|shift|call|rota|watch|patrol|night|nights)\b)`,
    // "the lifeguard from the news, the girl who pulled three kids out of the reservoir": someone the news was about
    String.raw`\bthe (?:[\w-]+ )?(?:guy|girl|woman|man|kid|boy|lady|teen|teenager|lifeguard|hero|survivor|nurse|teacher|officer|firefighter|driver|family|mom|mum|dad|mother|father|student|coach|pastor|couple|kids|one) from (?:the (?:local )?(?:news|papers?|headlines|front page|viral video)|that (?:video|clip|news story))\b|\bthe (?:morning|evening|local|national|breakfast) (?:shows|news|channels|stations|papers) ran (?:it|the clip|the story|the video|her|him)\b`,
    // "He ran the 400 for Ghana at the Commonwealth Games", "fought for Haiti in judo at the last Olympics": one of a
    // country's few at the great games
    String.raw`\b(?:ran|swam|competed|played|boxed|rowed|fought|jumped|threw|cycled|skated|skied|raced|wrestled|sang|danced|dived|lifted)\b[^.!?\n]{0,20}\b(?:for|representing) [a-z]+(?: [a-z]+)? (?:in [a-z]+ )?(?:at|in) the (?:last |next |recent |\d{4} |[a-z]+ )?(?:commonwealth games|olympics|olympic games|paralympics|paralympic games|deaflympics|special olympics|world championships|world cup|asian games|pan am games|pan american games|african games|eurovision)\b`,
    // "rides on the Professional Bull Riders tour", "placed second in saddle bronc at the Pendleton Round-Up": a name on
    // a circuit's standings
    String.raw`\b(?:rides|rode|competes|competed|races|raced|plays|played|fights|fought) (?:on|in|for) the (?:professional|pro) (?:[\w-]+ ){0,3}(?:tour|circuit|league)\b|\bplaced (?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) (?:in|at)\b[^.!?\n]{0,40}\bat the\b`,
    // "You might've seen the quinceañera clip where… It made the rounds on every app for a month. That's her."
    String.raw`\byou (?:might|may|probably|all|would)(?:'ve| have)? (?:seen|watched) (?:the|that) (?:[^\s.!?]+ ){0,3}?(?:video|clip|tiktok|reel|meme)\b(?=[^\n]{0,300}\b(?:that's|that was|that is) (?:her|him|them|my client)(?=\s*[.!]|\s*$|,? (?:my client|on my|in my|she's|he's|they're)\b))`,
    // "the fire that led the Scottish news for a week": an event the whole news was
    String.raw`\b(?:led|topped|dominated) (?:the|every) (?:[\w-]+ ){0,2}?(?:news|headlines|bulletins?|front pages?|papers)\b(?:(?<=\b(?:she|he|they|client|patient|her|his|their)\b[^\n]{0,150})|(?=[^\n]{0,150}\b(?:she|he|they|him|client|patient)\b))`,
    // "the one the council gave the bravery award to on the news", "was on Love Island a few series back", "was on this
    // season of Survivor Greece"
    String.raw`\b(?:bravery|gallantry|hero|heroism|courage) (?:award|medal)\b(?=[^.!?\n]{0,60}\b(?:news|paper|papers|telly|tv)\b)|\b(?:was|were|been|appeared|went) on (?:(?:this|last|that|the (?:first|second|third|latest|last)) season of )?(?:mafs|the block|my kitchen rules|mkr|love island|big brother|the bachelor(?:ette)?|survivor|masterchef|the voice|(?:the )?x factor|(?:the )?great british bake ?off|bake off|strictly|the apprentice|american idol|britain's got talent|america's got talent|married at first sight|too hot to handle|the traitors|gogglebox)\b(?! (?:duty|marathon|repeat|watch|night|forums?|tonight|again)\b)(?<=\b(?:she|he|they|who|client|patient|someone)\b[^.!?\n]{0,60})`,
    // "one of the kids on the youth trip that got caught in the slot canyon flash flood": the one disaster a group met
    String.raw`\b(?:trip|bus|hike|group|crew|class|camp|team|party)(?<=\b(?:she|he|they|client|one of)\b[^.!?\n]{0,60}(?:trip|bus|hike|group|crew|class|camp|team|party)) (?:that|which) (?:got|was|were) (?:caught|swept|trapped|stranded) (?:in|by|away by) (?:the|a|that) (?:[\w-]+ ){0,3}?(?:flood|flash flood|avalanche|storm|fire|wildfire|landslide|rockfall|blizzard|riptide|rip)\b`,
    // "She was on that survival show where they drop you alone in the wilderness": a contestant, said of someone
    String.raw`\b(?:she|he|they|client|patient)(?:'s| is| was| were| has been| had been) on (?:that|a|the) (?:[\w-]+ ){0,3}?(?:reality )?(?:show|series|competition)\b(?= (?:where|that|about|with)\b)`,
    // "the woman from the grocery store meltdown video that went around": a video everyone saw
    String.raw`\b(?:from|in|with) (?:the|that) (?:[\w-]+ ){0,4}?(?:video|clip|tiktok|post) (?:that|which) went (?:around|viral|everywhere)\b`,
    // "pulled out of the mine shaft after four days", "reporters are still ringing her school"
    String.raw`\bpulled (?:out|alive) (?:of|from) (?:the|a) (?:[\w-]+ )?(?:mine|shaft|well|rubble|river|sea|water|wreck|building|flood)\b`,
    String.raw`\breporters? (?:are |were |keep )?(?:still )?(?:ringing|calling|phoning|camped|door-?stepping)\b`,
    // "the last fluent speaker of her language in the valley": one of one
    String.raw`\b(?:the )?last (?:fluent |native |living )?speakers? of\b`,
    // "the one the local paper ran for a week", "the TV crews still call her", "one of the hostages in the bank siege",
    // "the woman who found the body in the canal": a story the press ran, and the people in it
    String.raw`\bthe one (?:that )?the (?:local )?(?:paper|papers|newspaper|news|press|tv|media) (?:ran|covered|carried|splashed)\b|\b(?:paper|papers|newspaper|news|press|tv|media) (?:ran|covered|carried) (?:it|her|him|them|the story) for (?:a week|weeks|days|months)\b`,
    String.raw`\b(?:tv|news|camera) crews? (?:still |keep |kept )?(?:call|calling|ring|ringing|camped|outside|turned up|showed up)\b`,
    String.raw`\bhostages? (?:in|at|from|during) the\b`,
    // "one of the two survivors of the boating accident on the lake", "working during the supermarket siege", "the
    // media are still camped outside her house"
    // …and one who "survived the grain elevator explosion", "the one involved in the shooting", "1 of 3 who made it out
    // of the plant explosion" (not one car's or house's:
    // "survived the car crash that killed his cousin")
    String.raw`\b(?:survivors? (?:of|from)|survived|involved in|(?:made it|got|walked|crawled|was pulled|were pulled) out of|escaped|lived through) the (?!(?:car|house|kitchen|apartment|bike|motorcycle|truck|same|first|last) )(?:[\w-]+ ){0,3}?(?:accident|crash|fire|shooting|attack|flood|collapse|explosion|sinking|derailment|massacre)\b`,
    String.raw`\bduring the (?:[\w-]+ ){0,2}?(?:siege|shooting|robbery|hold-?up|hostage|stabbing|bombing|riot)\b`,
    // "a new client came in after the derailment": the one a place had, named by what it was
    String.raw`\b(?:since|after|before|during) the (?!(?:[\w-]+ )?(?:family|emotional|shuttle|reactor) )(?:[\w-]+ ){0,2}?(?:derailment|explosion|chemical spill|mass shooting|school shooting|bridge collapse|dam failure|mine collapse|manhunt|stampede|hostage situation|hostage crisis)\b(?! of\b)`,
    String.raw`\b(?:media|press|reporters|journalists|cameras|news vans) (?:are |were |have been )?(?:still )?camped\b`,
    // "the kid who hit the walk-off in the state semifinal": the play the whole town saw
    String.raw`\bthe (?:kid|boy|girl|one|guy|player) who (?:hit|scored|kicked|threw|made|sank) the (?:walk-off|game-winning|winning|last-second|buzzer-beating)\b`,
    // "who was in every campus paper for a month", "the one the news called a hero for a week": a story everyone read
    String.raw`\b(?:was|were|been|is|are) (?:in|on) every (?:[\w-]+ )?(?:paper|newspaper|news site|news channel|newscast|front page)\b`,
    String.raw`\b(?:news|papers?|newspapers?|media|press|reporters) (?:called|dubbed|hailed) (?:him|her|them) (?:a |the )?hero\b`,
    String.raw`\bfound (?:the|a) body (?:in|on|at|near|by) the\b`,
    // "county dairy princess in 2009", "fronts the local band that headlined the county fair": a title the town gave
    String.raw`\b(?:county|state|homecoming|rodeo|dairy|beauty|carnival|harvest) (?:queen|princess|king)\b`,
    String.raw`\b(?:fronts|front|lead singer (?:of|in)|sings in) (?:the|a) local band\b|\bheadlined the (?:county|state|local|town) (?:fair|festival|show)\b`,
    // "the girl who went missing at the county show", "it made the paper": a story the town knows
    String.raw`\b(?:girl|boy|child|kid|daughter|son|woman|man|teen|teenager|toddler|student|sister|brother) who (?:went|was reported|had gone) missing\b`,
    // "the girl who found the missing toddler", "helped find the missing hiker": the one who found a missing person
    String.raw`\b(?:found|helped find|rescued|spotted) (?:the|that|a) missing (?:toddler|child|kid|boy|girl|teen|teenager|hiker|man|woman|baby|student|hunter|swimmer)\b`,
    String.raw`\b(?:it|that|which|this|she|he|they) (?:made|ended up in) the (?:local )?(?:paper|papers|news|front page|headlines)\b`,
    // "the only Deaf Black woman ever elected to our city council"
    String.raw`\bthe only (?:[\w-]+ ){0,4}?(?:ever )?elected to (?:our|the) (?:city|town|county|school|parish|village) (?:council|board)\b`,
    // "the families whose trailers went when the creek came up last July": a flood a place remembers by its month
    String.raw`\b(?:creek|river|bayou|levee) (?:came up|rose|flooded|broke|burst|overtopped)\b[^.!?\n]{0,20}\b(?:last|this past|in) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b`,
    // "the local paper wants an interview": a story the press is after
    String.raw`\b(?:local |the )?(?:paper|papers|newspaper|news|tv station|press|reporters?) (?:wants?|wanted|asked for|keeps? asking for|requested) (?:an |the )?interview\b`,
    // "her geneticist published a case report about her": a condition so rare it is in print
    String.raw`\b(?:case report|case study|paper|article) (?:about|on) (?:her|him|them|my client)\b`,
    // "won the 2019 state spelling bee": a title with a winner's name on record
    String.raw`\bwon (?:the )?(?:\d{4} )?(?:state|national|regional|county|district|world) (?:[\w-]+ ){0,2}?(?:bee|championship|title|pageant|tournament|finals?|meet|competition)\b`,
    String.raw`\b(?:from|in|of) (?:the|that) viral (?:[\w'"-]+ ){0,4}?(?:video|clip|tiktok|post|photo|meme)\b`,
    // "He runs the phở stall that blew up on TikTok last month": a place or a person a platform made known, said of
    // someone the author sees (not "a trend that blew up on TikTok" with no one in it)
    String.raw`\b(?:blew up|went viral|took off|trended|trending|went big|famous) on (?:tiktok|instagram|insta|youtube|facebook|twitter|reddit|x)\b(?:(?<=\b(?:she|he|they|her|his|their|client|patient)\b[^.!?\n]{0,120})|(?=[^.!?\n]{0,120}\b(?:she|he|they|him|her|his|their|client|patient)\b))`,
    String.raw`\b(?:news|newspaper) (?:story|stories|article|report|segment|coverage) (?:about|on) the\b`,
    // "the teacher who tackled the shooter": the one person in a story everyone read
    String.raw`\b(?:tackled|stopped|disarmed|confronted|survived|witnessed|hid from|talked down) the (?:shooter|gunman|attacker|bomber|robber|hijacker|intruder)\b`,
    // "the teacher who stopped the knife attack at the school", "the pilot in last year's light aircraft crash"
    String.raw`\b(?:stopped|foiled|prevented|survived|witnessed) the (?:[\w-]+ )?(?:attack|shooting|stabbing|robbery|hijacking|bombing|siege)\b`,
    String.raw`\b(?:pilot|driver|captain|conductor|sole survivor|only survivor|survivor|hero|gunman|shooter) (?:in|of) (?:the|that|last year's|this year's|last month's) (?:[\w-]+ ){0,3}?(?:crash|fire|shooting|attack|wreck|accident|derailment|sinking|siege|collapse)\b`,
    // "the widow from the ferry accident on lake champlain": who an accident left, by where it happened
    String.raw`\bthe (?:widow|widower|survivor|mother|father|mom|mum|dad|wife|husband|son|daughter|family|parents|sister|brother|driver) (?:from|of) the (?:[\w-]+ ){0,2}?(?:accident|crash|fire|shooting|explosion|collapse|sinking|derailment|flood|stabbing|wreck|drowning|capsizing)s? (?:on|in|at|near|off|outside) (?!(?:the|a|an|my|his|her|their|our|tv|television|the news)\b)[a-z]{3,}`,
    // "He calls in to the morning programme on Power 102 nearly every day": a voice a whole island hears
    String.raw`\b(?:calls|called|phones|phoned|rings|rang) in to (?:the |a )?(?:[\w'-]+ ){0,3}(?:programme|program|radio show|call-in show|talk show)\b(?:(?<=\b(?:he|she|they|client|my client)\b[^.!?\n]{0,40})|(?=[^.!?\n]{0,80}\b(?:he|she|they|his|her)\b))`,
    // "AIR 1 in JEE this year and she told me…": a national exam's top ranks are printed with names
    String.raw`\b(?:air|all india rank) [1-9]\d{0,1}\b(?= in (?:jee|neet|upsc|cat|gate|clat|the (?:jee|neet|exam|boards))\b)|\btopped the (?:state|national|board|district|cbse|icse) (?:boards?|exams?|merit list|results?)\b`,
    // "She was in the bleachers when the gym roof came down during the regional tournament": there when a building fell
    String.raw`\b(?:in|on|at|under) the (?:bleachers|stands|grandstand|crowd|gym|stadium|arena|mall|sanctuary|auditorium|pews|garage|building|bridge) when the (?:[\w-]+ ){0,3}?(?:roof|ceiling|floor|balcony|stage|bleachers|grandstand|building|wall|structure|garage|deck|bridge|walkway|tower|stands) (?:came down|collapsed|caved in|fell in|gave way)\b`,
    // "on shift the night the grain elevator blew up outside town": a time told by the one disaster a town had
    String.raw`\bthe (?:night|day|morning|afternoon|evening|week) (?:that )?the (?:[\w-]+ ){0,2}?${SITE_GONE}`,
    // "on the late shift when the grain elevator exploded"
    String.raw`\bon (?:the )?(?:[\w-]+ )?shift when the (?:[\w-]+ ){0,2}?${SITE_GONE}`,
    // "was working the night shift when the fertilizer plant downriver exploded", "when the footbridge collapsed at the
    // county fair": a time told by the one disaster a place had
    String.raw`\b(?:working|on shift|on duty) (?:the [\w-]+ shift )?when the (?:[\w-]+ ){0,2}?(?:plant|mill|factory|refinery|mine|dam|bridge|footbridge|silo|rig|pipeline)(?: (?:downriver|upriver|downtown|nearby))? (?:exploded|blew up|caught fire|burned down|collapsed)\b`,
    String.raw`\bwhen the (?:[\w-]+ ){0,2}?${SITE_GONE} (?:at|during) the (?:county |state |town |school )?(?:fair|festival|game|concert|parade|rodeo)\b`,
    // "one of the four guys who got out when the grain elevator exploded": out of the one disaster a town had
    String.raw`\b(?:got out|made it out|survived|escaped|was pulled out) (?:alive )?when the (?:[\w-]+ ){0,3}(?:exploded|collapsed|caught fire|burned down|blew up|flooded|went down|caved in)\b`,
    // "a passenger on the ferry that ran aground off the point": aboard the one vehicle a disaster happened to
    // "was on the ferry that ran aground off the island in the storm"
    String.raw`\b(?:was|were|been) (?:on|aboard) the (?:[\w-]+ ){0,2}?(?:ferry|bus|train|plane|boat|ship|flight|tour bus|school bus) that (?:ran aground|sank|capsized|crashed|derailed|caught fire|went down)\b`,
    String.raw`\b(?:passenger|survivor|crew member|deckhand|driver|pilot|captain|conductor) (?:on|in|of|aboard) the (?:[\w-]+ ){0,2}?(?:ferry|bus|train|plane|boat|ship|flight|tour bus|school bus|van|helicopter) that (?:ran aground|sank|capsized|crashed|derailed|went down|caught fire|went off the road|flipped|overturned|collided)\b`,
    // a win on a show the country watched: "She won that big baking competition show last season", "The guy who won
    // Jeopardy four nights running"
    String.raw`\bwon (?:on )?(?:that |the |a |this )?(?:big |famous |national |tv |television )?(?:(?!(?:office|work|staff|team|holiday|christmas|school|class|church|family|pub|company|camp|grade)\b)[\w-]+ ){0,2}?(?:competition|quiz|reality|cooking|baking|singing|dance|dancing) (?:show|series)\b`,
    String.raw`\b(?:won|champion on|winner on|winner of) (?:jeopardy|masterchef|(?:the )?(?:great british )?bake ?off|wheel of fortune|american idol|who wants to be a millionaire|the apprentice|family feud|the price is right|survivor|love island)\b`,
    // a following counted, someone's: "my 17yo has like 300k followers on tiktok", "he has 40,000 subscribers on youtube"
    // (not "a few followers", a newsletter's "20,000 subscribers", "my practice Instagram has 1,200 followers", nor "another
    // TikTok therapist with 2M followers")
    String.raw`\b(?:she|he|they|client|patient|kid|teen|\d{1,2} ?yo|\d{1,2}-year-old|son|daughter|boy|girl)(?:'s)? (?:has|had|have|got|gets)(?: like| about| over| almost| nearly| around)? (?:\d[\d,.]*\s?(?:k|m|thousand|million)|\d{1,3},\d{3}|\d{4,})\+? (?:followers\b|subscribers on (?:youtube|twitch|tiktok|instagram|insta|ig|snapchat|substack|patreon)\b)`,
    // a title held, by someone seen: "a two-time world champion bull rider is on my video caseload" (not Usain Bolt, nor "my
    // cat is the reigning world champion of sulking")
    String.raw`(?<!\b(?:poster|photo|picture|print|painting|portrait|cutout) of (?:a |the )?)\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-time (?:[\w-]+ ){0,3}?champion|(?:reigning |former )?(?:world|national) champion)\b(?=[^.!?\n]{0,80}\b${SEEN_BY_THE_AUTHOR}\b)`,
    // a rank in a sport: "She's ranked top three in the country for 400m hurdles at 16"; a professional's child: "the
    // daughter of a former NHL goalie"
    String.raw`\b(?:she|he|they|(?:my|our|a) (?:client|kid|teen|son|daughter|boy|girl))(?:'s| is| was| are)? (?:\w+ )?ranked (?:top (?:\w+|\d+)|number (?:\w+|\d+)|#\d+|first|second|third) in the (?:country|state|province|nation|world)\b|\b(?:she's|he's|she is|he is|client is|they're) the (?:son|daughter|kid|child) of a (?:former |retired )?(?:nhl|nba|nfl|mlb|wnba|mls|afl|nrl|premier league|pro|professional) (?:goalie|player|quarterback|pitcher|footballer|star)\b`,
    // a place at the top of a sport: "made Olympic trials last summer", "made the national team" (not "competed at the
    // Olympics", said of a public figure, nor "made the Olympics my whole personality")
    String.raw`\b(?:made|qualified for) (?:the )?(?:olympic trials|olympic team|paralympic team|national team|world championships|commonwealth games)\b`,
    // the papers' name for them: "The local paper called him 'the miracle kid.'"
    String.raw`\b(?:the )?(?:local |town |county )?(?:paper|papers|newspaper|tv station|headlines?) (?:called|named|dubbed|nicknamed) (?:him|her|them|the (?:boy|girl|kid|family))\b`,
  ],
  EACH_ALONE,
);

// Someone seen on a show the titles list has: "I'd watched her on Love Island", "recognised a new client from Indian
// Idol", "my client who was on Love Island last year" (not "was on Zoom": a title, not a tool).
const ON_A_SHOW =
  /\b(?:(?:she|he|they|who|client|patient) (?:was|were|has been|had been|appeared|competed|starred|featured) on|(?:watched|seen|saw|recogni[sz]ed|recogni[sz]e) (?:her|him|them|a (?:new )?client|my (?:new )?client|the client)(?: [\w-]+){0,3} (?:on|from)) ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/dgu;
const seenOnAShow = (text: string) =>
  groupSpansOf(ON_A_SHOW, text, "newsworthy").filter(({ start, end }) =>
    lexicons().mediaTitles.has(text.slice(start, end).toLowerCase()),
  );

const FAMOUS_FOR = new RegExp(String.raw`\b${FAME}s?\b`, "g");
// A fame marker said of a whole kind, not of someone: "every wellness influencer", "any youtuber". Not where it is seen
// ("a cookbook on every airport shelf"), nor what someone won ("won every gold medal there is").
const ANY_OF_A_KIND =
  /(?<!\b(?:on|in|across|onto|at|won|win|wins|winning|took|swept|holds|held) )\b(?:every|any|each|no)(?: [a-z-]+)? $/;
// …and a simile: "ran between the office computer and my phone like a game show contestant".
const LIKENESS = new RegExp(String.raw`\b${A_LIKENESS} $|\blike (?:a|an|some) $`);
// What plays on the radio is no one on it: "a song she'd once mentioned came on the radio", "you don't turn on the radio".
const PLAYED =
  /\b(?:song|songs|music|tune|track|album|playlist)\b[^.!?\n]{0,40}$|\b(?:turn|turns|turned|switch|switched|played|plays|playing|heard|hear) $|(?<!\b(?:who|he|she|they|dad|mom|mum|father|mother|husband|wife|brother|sister|son|daughter|uncle|aunt) )\b(?:came|comes|come|coming) $/;
// A show's character on the radio is no one the author sees: "Watched Frasier reruns after a rough day. Him giving
// advice to strangers on the radio…"
const A_SHOW_WATCHED = /\b(?:watch\w*|rewatch\w*|reruns?|binge\w*|episodes?|sitcom)\b/;
// What something is said not to be: "it's a hotel ballroom, not the Oscars".
const NOT_THAT = /\bnot (?:the |a |an |exactly |quite )?$/;
// Records worked on are no hit song: "before I started on the charts", "caught up on the charts" (a chart is a record).
const CHARTING =
  /\b(?:start|started|starting|work|works|worked|working|get|got|getting|catch up|caught up|catching up|behind|sign off|signed off|finish|finished|go|went|going|sat|sitting|stay|stayed) $/;
// "therapist influencers", "the contestants": a kind of many, not one of them (not "her parents are influencers").
const isAKindOfMany = (folded: string, span: Span) =>
  /\b(?:influencers|contestants|youtubers|tiktokers|streamers)$/.test(folded.slice(span.start, span.end)) &&
  !/\b(?:are|were|be|been|being|became|become|becoming|one of (?:the|those|these))(?: [a-z-]+)? $/.test(
    folded.slice(Math.max(0, span.start - 30), span.start),
  );
// A book known by its fame, read: "how many of the things I know came from one bestseller I read at twenty-six".
const READ_AFTER =
  /^s? (?:i|we|you) (?:read|'d read|had read|bought|picked up|devoured|skimmed)\b|^s? (?:list|lists|shelf|table)\b/;
const famousIn = (folded: string) =>
  spansOf(FAMOUS_FOR, folded, "newsworthy").filter((span) => {
    const before = folded.slice(Math.max(0, span.start - 30), span.start);
    const played =
      folded.startsWith("on the radio", span.start) &&
      (PLAYED.test(folded.slice(Math.max(0, span.start - 60), span.start)) ||
        A_SHOW_WATCHED.test(folded.slice(Math.max(0, span.start - 200), span.start)));
    const read = READ_AFTER.test(folded.slice(span.end, span.end + 30));
    const charting = folded.startsWith("on the charts", span.start) && CHARTING.test(before);
    return (
      !charting &&
      !NOT_THAT.test(before) &&
      !ANY_OF_A_KIND.test(before) &&
      !LIKENESS.test(before) &&
      !played &&
      !read &&
      !isAKindOfMany(folded, span) &&
      !isSaidOfAPublicFigure(folded, span)
    );
  });

/**
 * "When Michael Phelps talked about his depression… the most decorated Olympian ever": the fame of one named, in a
 * sentence with no client in it nor a likeness ("My client is an Olympian like Michael Phelps").
 */
function isSaidOfAPublicFigure(folded: string, span: Span): boolean {
  const [start, end] = sentenceAround(folded, span.start);
  const sentence = folded.slice(start, end);
  if (SOMEONE_BESIDE.test(sentence)) return false;
  const words = sentence.match(/[a-z']+/g) ?? [];
  const { famous } = lexicons();
  return words.some((word, at) => famous.has(`${word} ${words[at + 1]}`));
}

const SOMEONE_BESIDE = /\b(?:client|patient|pt|like|trained with|teammates?|alongside|competed with)\b/;

const RARE_CONDITION = new RegExp(
  [
    String.raw`\b(?:${RARE}|(?:condition|disease|disorder|syndrome) so rare|(?:wrote|published) a case report about)(?![\w-])`,
    // "a genetic disorder with maybe four known cases in the country": a condition counted in cases
    String.raw`\b(?:condition|disease|disorder|syndrome)\b[^.!?\n]{0,30}\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a handful of|a few|\d{1,3}) (?:known|documented|diagnosed|reported|recorded) (?:cases|people|patients|families)\b`,
  ].join("|"),
  "g",
);
// A place small enough, or a group few enough, that a rare condition in it points at one person.
const SMALL_PLACE_NEARBY = new RegExp(
  String.raw`\b(?:the only|only (?:kid|one|child|person|family)|one of (?:the )?(?:only|few|oldest|youngest)|everyone (?:at|in|knows)|${SMALL_PLACE})\b`,
);
// A condition so rare that naming it points at a handful of people anywhere.
const ULTRA_RARE_CONDITION = new RegExp(String.raw`\b${ULTRA_RARE}(?![\w-])`, "g");

// "Youngest person ever elected to her town council": first of a town's councillors in some way; "the first from his
// colony to ever see a counselor": the first of a small people to do something.
const FIRST_ELECTED =
  /\b(?:youngest|oldest|first) (?:[\w-]+ ){0,3}?(?:ever )?elected to (?:her|his|their|our|the|this|that) (?:city|town|county|school|parish|village|tribal) (?:council|board)\b|\bthe first (?:one |person |kid |woman |man )?(?:from|in|out of) (?:his|her|their|the) (?:colony|village|kibbutz|moshav|reserve|reservation|rez|pueblo|settlement|hamlet|tribe|band|island) (?:to|who) (?:ever )?/g;
// "The first lady of the biggest church in town": the pastor's wife, whom the whole congregation knows.
const FIRST_LADY =
  /\bthe first lady of (?:the |our |his |their |that )(?:[\w-]+ ){1,3}?(?:church|congregation|parish|temple|ministry)\b/g;
// "crew chiefs in the 101st's aviation brigade": a unit by its number, where everyone knows everyone.
const NUMBERED_UNIT =
  /\b(?:in|with|from|joined) the \d{1,3}(?:st|nd|rd|th)(?:'s)? (?:[\w-]+ )?(?:brigade|battalion|regiment|squadron|platoon)\b(?! of\b)|\b(?:at|from|out of|works|worked|working) (?:fire )?(?:station|engine|ladder|truck|company|precinct|firehouse) \d{1,3}\b(?=[^.!?\n]{0,30}\bin (?!(?:the|a|an|my|our|his|her|their)\b)[a-z]{3,})/g;
// …and a fire station or a precinct by its number in a town named: "firefighter at Station 12 in Tulsa".
const UNIT_WORDS =
  "brigade battalion regiment squadron platoon station engine ladder truck company precinct firehouse".split(" ");

// The words each pattern cannot do without: a rule runs only where one of them is.
// Small words leave the gate ("chief of police" keeps "chief" and "police"): a gate that opens on "of" opens on
// every post. Every entry of the lists has a word that is not one of these.
const SMALL_WORDS = new Set(["of", "the", "in", "on", "at", "a", "an", "and", "to", "for", "by"]);
const wordsOf = (list: string) => [
  ...new Set(list.split(/[^a-z]+/).filter((word) => word.length > 1 && !SMALL_WORDS.has(word))),
];

// A disaster by the town it struck, typed in lower case: "the family from the mayfield tornado" (a town the gazetteer has
// and no word list does, not a large city: "the chicago fire" is history).
const A_TOWNS_DISASTER =
  /\bthe ([a-z]{3,}(?: [a-z]{3,})?) (?:tornado|tornadoes|flood|floods|wildfire|fire|shooting|explosion|derailment|bombing|mudslide|landslide|bus crash|plane crash)\b/dg;
const DISASTER_WORDS =
  "tornado tornadoes flood floods wildfire fire shooting explosion derailment bombing mudslide landslide crash".split(
    " ",
  );
// "She manages the only Dollar General in Hindman", "the only woman tuning pans in all of Speyside": the one shop of its kind in a town named (not in a large city).
const ONLY_ONE_IN_A_TOWN =
  /\bthe only (?:[\w'-]+ ){1,3}(?:in|at)(?: all of)? ((?!The\b|A\b|My\b|Our\b|This\b)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b/dgu;
const isSmallTown = (name: string) => {
  const { largePlaces, safe, places, english } = lexicons();
  const folded = name.toLowerCase();
  // A town the gazetteer has or a word no dictionary does ("in Hindman", not "in Residency", "in Group supervision").
  return (
    (places.has(folded) || !english.has(folded)) &&
    !largePlaces.has(folded) &&
    !safe.has(folded) &&
    !STATE_NAMES.has(folded)
  );
};
// …typed in lower case: "the only large animal vet in grand marais" (a town the gazetteer has, of one word or two).
const ONLY_ONE_IN_A_TOWN_TYPED = /\bthe only (?:[\w'-]+ ){1,3}(?:in|at)(?: all of)? ([a-z]+(?: [a-z]+)?)\b/dg;
const isTownTypedInLowerCase = (words: string) => {
  const { places, largePlaces, english, safe } = lexicons();
  const [first = "", second] = words.split(" ");
  const isTown = (name: string) =>
    places.has(name) && !english.has(name) && !largePlaces.has(name) && !safe.has(name) && !STATE_NAMES.has(name);
  return (second !== undefined && isTown(words)) || isTown(first);
};
// "The weekend weather guy on WTMJ is on my caseload", "the weatherman on KSTP", "the morning anchor at WGN": a local
// station's face, by its call letters (not a league's, "the WNBA"), in a sentence with someone the author sees (not
// "The morning anchor on KARE said it would snow").
const FACE_ON_LOCAL_TV =
  /\b(?:(?:weather|news|sports|morning|evening|weekend|traffic)(?: [\w-]+){0,2} (?:guy|girl|man|woman|lady|anchor|host|reporter|presenter|dj|forecaster)|weatherman|weathergirl|weatherwoman|newsman|anchorman|anchorwoman) (?:on|at|from|for) (?!WWE|WTF|WNBA)[KW][A-Z]{2,3}\b/g;
// "that story that ran on WYMT for a week": a local station's story, by its call letters.
// (someone in it: "the one who pulled the girl out… in that story", not "the segment that aired on WGBH about EMDR")
const ON_LOCAL_TV =
  /\b(?:in|from|of) (?:that|the) (?:story|segment|piece|report|clip) (?:that|which) (?:ran|aired) on (?!WWE|WTF)[KW][A-Z]{2,3}\b(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|him|her|them|client|who)\b[^\n]{0,160})/g;

// A team, however well known, with someone the post is about on its roster: "client's son is the backup QB for the
// Packers", "one of the Grizzlies' bench guys is doing telehealth with me", "cut from the Whitecaps academy at sixteen".
// A club's youth side has no public players, so anyone on it will do ("he", "her son"); a first team's roster is news,
// so only someone the author sees ("client's son", "with me"), not a fan's talk ("He signed with the Chiefs, according
// to every sports podcast", "Watched the Lakers bench… my husband went to bed").
const YOUTH_ROSTER_WORDS = "academy reserves youth juniors walk scholarship tryout tryouts cut".split(" ");
// "U14", "U-17", and the Dutch "O19" (onder 19).
const AGE_GROUPS = ["[uo]-?1[2-9]", "[uo]-?2[13]"];
const FIRST_TEAM_WORDS = [
  ..."bench roster squad backup starting starter rookie qb quarterback drafted waived goalie keeper pitcher".split(" "),
  ..."signed traded plays play played".split(" "),
];
const ON_A_YOUTH_SIDE = new RegExp(
  String.raw`\b(?:academy|reserves|youth (?:team|side|squad)|juniors|walk-on|scholarship|tryouts?|cut (?:from|by)|${AGE_GROUPS.join("|")})\b`,
);
const ON_A_FIRST_TEAM =
  /\b(?:bench|roster|squad|backup|starting|starter|rookie|qb|quarterback|drafted|waived|goalie|keeper|pitcher|signed (?:with|by)|traded (?:to|by|from)|(?:plays?|played) for)\b/;
const SOMEONE = /\b(?:he|she|his|her|him|client|client's|patient|son|daughter|kid|nephew|niece)\b/;
/** Someone the author sees, in a sentence: a client, a client's family, or a session with the author. */
const SOMEONE_THE_AUTHOR_SEES =
  /\b(?:clients?|client's|patients?|patient's|caseload|intake|one of mine|one of my (?:folks|people|guys|kids|ladies)|sessions?|telehealth|therapy|referr\w+|(?:with|sees|saw|see|texted|told|tells) me|my office|(?:my|the) \d{1,2}(?::\d\d)? ?(?:am|pm)|(?:his|her|their) (?:son|daughter|kid|brother|sister|husband|wife|dad|father|mom|mother|nephew|niece|boyfriend|girlfriend))\b/;
const A_CAPITALIZED_RUN = /\b\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}/gu;

/** The sentence a span stands in, from the folded text. */
function sentenceOf(folded: string, span: Span): string {
  const [start, end] = sentenceAround(folded, span.start);
  return folded.slice(start, end);
}

function teamsWithSomeoneOnThem(text: string, folded: string): Span[] {
  const { teams } = lexicons();
  const withoutPossessive = (span: Span): Span => ({
    ...span,
    end: span.end - (/['’]s?$/.exec(text.slice(span.start, span.end))?.[0].length ?? 0),
  });
  return spansOf(A_CAPITALIZED_RUN, text, "named-place")
    .map(withoutPossessive)
    .filter((span) => {
      // "Persebaya's U-17 side": the club is named before its own.
      const words = folded
        .slice(span.start, span.end)
        .split(" ")
        .map((word) => word.replace(/['’]s$/, ""));
      if (!hasPhraseOf(words, teams)) return false;
      const sentence = sentenceOf(folded, span);
      if (/\bi (?:was|am|played|play)\b/.test(sentence)) return false;
      return (
        (ON_A_YOUTH_SIDE.test(sentence) && SOMEONE.test(sentence)) ||
        (ON_A_FIRST_TEAM.test(sentence) && SOMEONE_THE_AUTHOR_SEES.test(sentence))
      );
    });
}

// Someone known by whom they married, where a town knows the one they married: "She's married to the head football coach
// at the big high school here", "engaged to the county sheriff" (not "married to the job").
// …and one of a few, or an office few hold: "married to one of Montana's two US senators", "married to a US senator";
// or one of a team's: "married to one of the Oilers' d-men".
const MARRIED_TO_A_ROLE = new RegExp(
  String.raw`\b(?:married to|engaged to|divorced from|separated from|dating) (?:(?:the|our|their|this) (?:[\w-]+ ){0,3}?${ROLE}\b(?!'s)|one of (?:the |our |[\w-]+'s )?(?:two|three|four|five|few|\d) (?:[\w.-]+ ){0,2}?${ROLE}s\b|an? (?:us |u\.s\. |sitting |current |state )?(?:senator|congressman|congresswoman|governor|mayor)\b|one of (?:the )?[\w-]+(?:'s|')? (?:players|d-men|defencemen|defensemen|forwards|centres|centers|wingers|goalies|goaltenders|pitchers|catchers|quarterbacks|linemen|linebackers|starters|strikers|midfielders|defenders|props|rookies|assistant coaches|cheerleaders)\b)`,
  "g",
);

// The words a lower-case team is typed after (see PLAYS_FOR_TYPED).
const PLAYS_FOR_WORDS = [
  "plays",
  "played",
  "play",
  "playing",
  "pitches",
  "pitched",
  "skates",
  "skated",
  "pitcher",
  "catcher",
  "quarterback",
  "qb",
  "shortstop",
  "goalie",
  "linebacker",
  "striker",
  "winger",
];

export const quasiIdentifiers: Rule[] = [
  whenAnyWord(wordsOf(quasi.relatives), ({ folded }) => spansOf(PUBLIC_RELATIVE, folded, "public-relative")),
  whenAnyWord(["married", "engaged", "divorced", "separated", "dating"], ({ folded }) =>
    spansOf(MARRIED_TO_A_ROLE, folded, "public-relative"),
  ),
  whenAnyWord([...wordsOf(quasi["public roles"]), ...ROLE_VERBS], ({ folded }) =>
    spansOf(PUBLIC_ROLE_HELD, folded, "only-one"),
  ),
  whenAnyWord(["only", "one", "1", "sole", "lone"], ({ folded }) =>
    spansOf(ONLY_ONE, folded, "only-one").filter((span) => !isTheAuthorAmongOthers(folded, span)),
  ),
  whenAnyWord(["only"], ({ text }) => [
    ...groupSpansOf(ONLY_ONE_IN_A_TOWN, text, "only-one").filter((span) =>
      isSmallTown(text.slice(span.start, span.end)),
    ),
    ...groupSpansOf(ONLY_ONE_IN_A_TOWN_TYPED, text, "only-one").filter((span) =>
      isTownTypedInLowerCase(text.slice(span.start, span.end)),
    ),
  ]),
  whenAnyWord(["ran", "aired"], ({ text }) => spansOf(ON_LOCAL_TV, text, "newsworthy")),
  whenAnyWord(DISASTER_WORDS, ({ folded }) =>
    groupSpansOf(A_TOWNS_DISASTER, folded, "newsworthy").filter(({ start, end }) => {
      const { places, english, commonEnglish, largePlaces } = lexicons();
      const town = folded.slice(start, end);
      return places.has(town) && !english.has(town) && !commonEnglish.has(town) && !largePlaces.has(town);
    }),
  ),
  whenAnyWord(
    [
      ...["guy", "girl", "man", "woman", "lady", "anchor", "host", "reporter", "presenter", "dj", "forecaster"],
      ...["weatherman", "weathergirl", "weatherwoman", "newsman", "anchorman", "anchorwoman"],
    ],
    ({ text, folded }) =>
      spansOf(FACE_ON_LOCAL_TV, text, "newsworthy").filter((span) =>
        SOMEONE_THE_AUTHOR_SEES.test(sentenceOf(folded, span)),
      ),
  ),
  whenAnyWord(["little", "small", "tiny", "rural", "wee"], ({ folded }) =>
    spansOf(ROLE_IN_SMALL_PLACE, folded, "only-one"),
  ),
  // (every place word of its patterns: "the island's only dentist" was found by the pattern and missed by the gate)
  whenAnyWord(["county", "town", "village", "local", "community", "tribal", ...ISLE_AND_VALLEY_WORDS], ({ folded }) =>
    spansOf(ROLE_AT_LOCAL_INSTITUTION, folded, "only-one"),
  ),
  whenAnyWord(["school", "daycare", "preschool", "nursery", "kindergarten"], ({ folded }) =>
    spansOf(ROLE_AT_MY_CHILDS_SCHOOL, folded, "only-one"),
  ),
  // An age group is two words to the tokenizer ("U14" is "u", "14"): "u" opens it, and "o" the Dutch one ("O19").
  whenAnyWord([...YOUTH_ROSTER_WORDS, "u", "o", "under", ...FIRST_TEAM_WORDS], ({ text, folded }) =>
    teamsWithSomeoneOnThem(text, folded),
  ),
  whenAnyWord(PLAYS_FOR_WORDS, ({ text }) => teamsTypedInLowerCase(text)),
  whenAnyWord(["elected", "first"], ({ folded }) => spansOf(FIRST_ELECTED, folded, "only-one")),
  whenAnyWord(["only", "sole", "last"], ({ folded }) => spansOf(SOLE_SURVIVOR, folded, "only-one")),
  whenAnyWord(["lady"], ({ folded }) => spansOf(FIRST_LADY, folded, "public-relative")),
  whenAnyWord(UNIT_WORDS, ({ folded }) => spansOf(NUMBERED_UNIT, folded, "named-place")),
  ({ folded }) => spansOf(SMALL_COMMUNITY, folded, "small-community"),
  ({ text, folded }) => [
    ...eventsIn(text, folded),
    ...famousIn(folded),
    ...seenOnAShow(text),
    ...[...groupSpansOf(PLAYS_FOR, text, "named-place"), ...groupSpansOf(POSITION_FOR, text, "named-place")].filter(
      (span) => !isPublicName(text.slice(span.start, span.end)),
    ),
  ],
  ({ folded }) => [
    ...(SMALL_PLACE_NEARBY.test(folded) ? spansOf(RARE_CONDITION, folded, "rare-condition") : []),
    ...spansOf(ULTRA_RARE_CONDITION, folded, "rare-condition"),
  ],
];

// "I'm the only one on my team who likes intakes", "tired of being the only person on the team who reads the emails":
// the author among colleagues, no role that names them.
const AUTHOR_THE_ONLY_ONE = /\b(?:i'm|i am|i was|i've been|me|being|feel like)\s*$/;
const NO_ROLE = /^the only (?:one|person) /;

function isTheAuthorAmongOthers(folded: string, span: Span): boolean {
  return (
    NO_ROLE.test(folded.slice(span.start, span.start + 16)) && AUTHOR_THE_ONLY_ONE.test(folded.slice(0, span.start))
  );
}

// A named team someone plays for, whose roster anyone can read (the team, as a workplace is a place): "Plays double seconds for Renegades", "He closes games
// for the Corpus Christi Hooks", "he plays for the Cowboys" (not "plays for time", "sings for the Lord", "plays piano for
// Mass", nor a brand the safe list has: "plays Minecraft for YouTube").
// A position on a named team, its roster public: "Starting point guard for the Bethel girls".
const POSITION_FOR =
  /\b(?:(?:assistant |head |strength and conditioning |goalkeeping |defensive |offensive |position )?coach|trainer|physio|equipment manager|scout|point guard|shooting guard|quarterback|goalie|goalkeeper|keeper|pitcher|catcher|striker|midfielder|linebacker|long snapper|kicker|setter|libero|shortstop|winger|fly-half|hooker) (?:for|on|of) (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/dgu;
const PLAYS_FOR =
  /(?:^|[.!?]\s+|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Cc]lient|[Pp]atient|[Ww]ho|[a-z']{1,20})(?: still| also| now| used to)? )(?:[Pp]lays|[Pp]layed|[Pp]lay|[Pp]itches|[Pp]itched|[Cc]loses|[Cc]losed|[Cc]atches|[Kk]icks|[Bb]owls|[Ss]kates|[Ww]restles|[Rr]ows|[Rr]aces|[Dd]rums|[Ss]ings|[Dd]ances|[Ss]wims|[Rr]uns)(?: [\w-]+){0,3}? for (?:the )?((?!(?:God|Jesus|Christ|Lord|Mass|Church|Team USA|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})/dgu;

// The one left of a group a war or a disaster took: "the only one from his fire team still alive", "the sole survivor of
// her unit".
const GROUP_LOST = "(?:fire team|unit|squad|platoon|crew|company|battalion|convoy|patrol|class|team|family|boat|car)";
const SOLE_SURVIVOR = new RegExp(
  String.raw`\bthe sole survivor (?:from|of|in) (?:his|her|their) ${GROUP_LOST}\b|\bthe (?:only one|only guy|only man|only woman|only person|last one) (?:from|of|in) (?:his|her|their) ${GROUP_LOST}\b[^.!?\n]{0,20}\b(?:still alive|left alive|alive|who (?:made it|survived|lived|came home)|to (?:survive|make it|come home))`,
  "g",
);

// The same typed in lower case: "client plays for the durham bulls", "he pitched for the rockies", "married to a
// starting pitcher for the rockies", "played 4 seasons for the bengals": up to three words after "for", the team's word among them (not "plays for time"; "i
// play for the heat of the moment" is held, and rare).
const PLAYS_FOR_TYPED = new RegExp(
  String.raw`\b(?:${PLAYS_FOR_WORDS.join("|")}) (?:[a-z0-9-]+ ){0,2}?for (?:the )?([a-z]+(?: [a-z]+){0,2})`,
  "dg",
);

function teamsTypedInLowerCase(text: string): Span[] {
  const { teams } = lexicons();
  return Array.from(text.matchAll(PLAYS_FOR_TYPED)).flatMap((match): Span[] => {
    const [start] = match.indices?.[1] ?? [0];
    const words = (match[1] ?? "").split(" ");
    const last = words.findIndex((word) => teams.has(word));
    if (last < 0) return [];
    const name = words.slice(0, last + 1).join(" ");
    return [{ rule: "named-place", start, end: start + name.length }];
  });
}

/**
 * A name the safe list has whole, or with a product's word in it ("YouTube"): a brand, a church, a holiday. Not a team,
 * however well known: whoever plays for one is on its roster ("plays wing attack for the Thunderbirds", "long snapper
 * for the BYU Cougars").
 */
function isPublicName(name: string): boolean {
  const { safe, products, teams } = lexicons();
  const folded = name.toLowerCase();
  if (teams.has(folded) || teams.has(folded.split(" ").at(-1) ?? "")) return false;
  return safe.has(folded) || folded.split(" ").some((word) => products.has(word));
}

/** Newsworthy events, read on the folded text but with the author's capitals for a named place ("the fire at Oak Ridge"). */
function eventsIn(text: string, folded: string): Span[] {
  return spansOf(NEWSWORTHY_EVENT, folded, "newsworthy").concat(
    text === folded ? [] : spansOf(NAMED_EVENT, text, "newsworthy"),
  );
}

// "the Camp Fire", "the Tubbs Fire": a capitalized event is a named one.
const NAMED_EVENT = /\bthe (?:[A-Z][\w'-]+ ){1,3}(?:Fire|Flood|Shooting|Massacre|Bombing|Tornado|Hurricane|Crash)\b/g;
