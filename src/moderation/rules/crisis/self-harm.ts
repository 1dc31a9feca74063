import { I, NOT_SELF_HARM, pattern, type Signal } from "./signal";

/**
 * Self-harm, present or resumed: "I started cutting again", "burned myself
 * with the lighter", "dig my nails into my arm until it bleeds", "go home
 * and hurt myself". A client's self-harm is clinical work, not this.
 */

const HARM = `(?:cutting|burning|hurting|harming|scratching|hitting|punching|cut|burn|burned|burnt|hurt|harmed|scratched|scratch|hit|punched)`;

export const selfHarm: Signal = {
  rule: "crisis-self-harm",
  strength: "strong",
  patterns: [
    // Typing while a cut bleeds: "typing this with a tea towel pressed on my arm. it isn't deep. it's deep enough."
    pattern(
      String.raw`\b(?:towel|tea towel|cloth|flannel|tissues?|gauze|paper towels?|sleeve)\b[^.!?\n]{0,20}\bpressed (?:on|to|against|into) my (?:arm|wrist|forearm|leg|thigh|stomach|hip)\b|\bit(?:'s| is) (?:not|n't) deep[.!,;]?\s+(?:but )?it(?:'s| is) deep enough\b|\bit isn't deep[.!,;]?\s+(?:but )?it(?:'s| is) deep enough\b`,
    ),
    pattern(
      I,
      String.raw`(?: (?:started|start|starting|been|keep|kept|began|want to|need to|going to|gonna|wanna))? ${HARM} (?:myself\b|(?:the (?:tops?|backs?|insides?|undersides?) of )?my (?:own )?(?:arm|arms|wrist|wrists|legs?|thighs?|skin|head|stomach|hands?)\b${NOT_SELF_HARM})`,
    ),
    pattern(String.raw`\b(?:go home and|want to|need to|going to|can) hurt myself\b`),
    // Something sharp at hand used until it bled: "i used a paperclip off my desk during a telehealth… til it bled"
    pattern(
      String.raw`\b(?:used|took) (?:a|the|my) (?:paperclip|paper clip|blade|razor|pin|needle|scissors|compass|safety pin|staple)\b[^.!?\n]{0,80}\b(?:until|til|till|'til) it bled\b`,
    ),
    // Something sharp worked at the skin: "picking at my wrists w a paperclip between sessions again"
    pattern(
      String.raw`\b(?:picking|picked|scratching|scratched|digging|dug|carving|carved|scraping|scraped) (?:at |into )?my (?:wrists?|forearms?|arms?|thighs?|legs?|skin|stomach|hips?)\b[^.!?\n]{0,20}\b(?:with|w|using) (?:a |my |the )?(?:paperclip|paper clip|pin|safety pin|needle|blade|razor|scissors|compass|staple|glass|knife|pen knife|key)\b`,
    ),
    // An attempt the night before, said as the sentence's first word: "tried last nite. didnt work obviously."
    pattern(
      String.raw`\btried(?<=(?:^|[.!?]\s{1,3})tried) (?:again )?(?:last (?:night|nite)|yesterday|this (?:weekend|morning)|on (?:friday|saturday|sunday))[.,]? (?:it )?(?:didn't|didnt|did not) work\b`,
    ),
    // Years without it, then begun again: "Six years without cutting and I started again the night before my comps oral"
    // (not "six years without cutting and I started running instead")
    pattern(
      String.raw`\b(?:without|no|free of|clean (?:of|from)) (?:cutting|self-harm(?:ing)?|self harm(?:ing)?|burning myself|hurting myself)\b[^.!?\n]{0,40}\bi (?:(?:started|began|did it) (?:again|back)|went back to it|picked it back up|relapsed)\b`,
    ),
    // A blade or scissors used on oneself: "the safety scissors didn't do anything… got the proper ones and used them on
    // my thigh" (not a cream: "used it on my arms").
    pattern(
      String.raw`\b(?:scissors|blades?|razors?|knife|lighter|compass|sharpener)\b[^\n]{0,160}?\bused (?:it|them) on my (?:thighs?|arms?|wrists?|legs?|skin|stomach|hips?|forearms?)\b|\bused (?:the|a|my) (?:scissors|blade|razor|knife|lighter|compass) on my (?:thighs?|arms?|wrists?|legs?|skin|stomach|hips?|forearms?)\b`,
    ),
    // A sharp point on one's own skin where clothes hide it: "The compass point from my daughter's pencil case, on my thigh
    // where the skirt covers it" (not a client's: "on her thigh").
    pattern(
      String.raw`\b(?:compass(?: point)?|blade|razor|safety pin|pin|needle|scissors|sharpener|lighter)\b[^.!?\n]{0,60}\bon my (?:thighs?|arms?|wrists?|stomach|hips?|legs?|ankles?|skin|forearms?) where (?:the|my|nobody|no one|no-one) (?:skirt|sleeves?|shorts|socks|jeans|trousers|pants|tights|\w+ (?:can't|won't|doesn't|don't) see)\b`,
    ),
    // Years clean of the blade, then the tools opened again: "Eight years clean of the blade. Tonight… I went home and
    // opened the old pencil case" (not a milestone kept: "eight years clean of the blade today, and proud").
    pattern(
      String.raw`\bclean (?:of|from) (?:the blade|cutting|self[- ]harm|razors?|burning)\b(?=[^\n]{0,240}\b(?:opened|got out|took out|found|dug out|brought out) (?:the|my) (?:old )?(?:pencil case|tin|box|kit|blades?|razors?)\b(?! of (?:letters|journals|photos|cards|memories|notes))(?![^.!?\n]{0,40}\b(?:smiled|celebrat\w*|proud|reread)\b))`,
    ),
    pattern(
      String.raw`(?:\b(?:started|starting|began|am|i'm|i've been|i have been)|\b(?:also|and|just|so|i) been) (?:cutting|burning|self[- ]harming) again\b(?<!\b(?:she|he|they|who|client|patient)(?:'d|'s| had| has) (?:started|starting|began|been) (?:cutting|burning|self[- ]harming) again)(?! (?:on|back|down|costs|corners|hours|my)\b)|\bi (?:relapsed (?:into|on) self[- ]harm|self[- ]harm(?:ed)?(?: again)?)\b`,
    ),
    pattern(String.raw`\b(?:the|my) self[- ](?:harm|injury|harming)(?: is| has been)? (?:getting worse|back|again)\b`),
    // Said as a chart note would: "Self-injury resumed. Superficial, for now; escalating." Not a consult about someone
    // ("Quick consult. 15yo. Self-harm resumed.").
    pattern(
      String.raw`\bself(?<=(?:^|[.!?\n]\s{0,3})self)[- ](?:harm|injury|harming|injuring):? (?:has )?(?:resumed|restarted|is back|back|again|escalating)(?=\s*[.,;!]|\s*$)(?<!\b(?:client's|patient's|pt|consult|consultation|\d+ ?yo|year-old)\b[^]{0,80})`,
    ),
    // Marks explained away, then owned: "Told my therapist the scratches were from the cat. They aren't. I'm doing them."
    // (not budget cuts, nor a question's answer: "the intake calls? I'm doing them myself", nor bruises explained: "from
    // roller derby. I did it to myself")
    pattern(
      String.raw`\b(?<!\b(?:budget|funding|pay|staff|staffing|service|job|benefit|program|spending|tax|price|rate) )(?:scratches|cuts|burns|bruises|scabs)\b[^?\n]{0,120}?\bi(?:'m| am)? (?:the one )?(?:doing|do) (?:them|it|that)(?: (?:to )?myself)?(?=\s*[.!,;]|\s*$| (?:myself|on purpose)\b)`,
    ),
    pattern(String.raw`\b(?:dig|digging|dug) my (?:nails|fingernails) into my (?:arm|arms|skin|hands?|legs?)\b`),
    // Resisted, then done: "I tried all of them before I gave up and cut anyway"; blades got and used: "new blades.
    // already used one." (not "the budget was cut anyway")
    pattern(
      String.raw`\b(?:gave|give|giving|caved) (?:up |in )?and (?:cut|burned|burnt|scratched)(?: (?:anyway|again|myself))?(?=\s*[.!,;]|\s*$| (?:and|but|then)\b)|\b(?:gave|give|giving|caved) (?:up |in )?and hurt myself\b|\bi cut anyway\b|(?:^|[.!?\n]\s*|\bi (?:bought|got) )(?:new|more|fresh|a pack of|a box of) (?:razor )?blades\b[^?\n]{0,12}\b(?:already )?used (?:one|two|them|it)\b`,
    ),
    pattern(String.raw`\b(?:burned|burnt|cut) myself with\b`),
    pattern(String.raw`\bi did it again (?:this morning|last night|tonight|today)\b`),
    // Without "I", as people write it: "Cut last night. Deeper than before.", "Cut before my 10am and sat through it." (not
    // after someone's initial: "Hank G. relapsed again")
    pattern(
      String.raw`(?:^|[.!?\n]\s*)(?<!\b[a-z]\.\s{0,3})(?:cut|burned|burnt|hit myself|relapsed|cutting|burning) (?:again|last night|tonight|this morning|today|yesterday|(?:before|after|between) (?:my|the) (?:\d{1,2}(?::\d\d)? ?(?:am|pm)?|sessions?|clients?|shift|group))\b`,
    ),
    // Harm gone back to, and what is done to the body: "Went back to burning after nine years clean", "burn the inside
    // of my arm with the lighter I keep in my coat"
    pattern(
      String.raw`\b(?:went|go|going|gone|been going) back to (?:cutting|burning|self[- ]harming|hurting myself|scratching)\b(?! (?:sage|candles?|incense|wood|the|a|it|them|back|down|off|out|through|corners|calories)\b)|\b(?:burn|burns|burning|cut|cuts|cutting) (?:the (?:inside|back|top) of )?my (?:own )?(?:arms?|forearms?|wrists?|thighs?|skin)\b(?! (?:on|in|while|when|by accident|accidentally|shaving|cooking|gardening)\b)`,
    ),
    // The blade kept for it, and how often: "in my car with the blade I've kept in the glovebox for months", "Self-harm
    // update for nobody: it's daily now."
    pattern(
      String.raw`\bthe (?:blade|razor blade)s? i(?:'ve| have)? (?:kept|keep|hid|hide|stashed|hidden)\b|\bself[- ](?:harm|harming|injury)\b[^.!?\n]{0,40}\b(?:it's|it is) (?:daily|every day|every night|most nights|nightly|constant) now\b`,
    ),
    // The verb with nothing after it, beside a locked door, a blade or being alone: "Locked my office door between clients
    // and cut.", "I cut again." (not "cut the session short", "trim the agenda and I cut")
    pattern(
      String.raw`\b(?:locked|lock|blade|razor|alone|relapsed)\b[^.!?\n]{0,60}\b(?:and|then) cut(?= again\b|\s*[.!;]|\s*$)|\bi (?:cut|burned|burnt) (?:myself )?again\b`,
    ),
    // What is done to the body, by a word that is not a harm's: "I take it out on my forearm", "i do it on my thighs
    // where nobody will see" (not "take it out on my partner", "do it on my phone")
    pattern(
      String.raw`\bi (?:take|took|'ve been taking|have been taking) it out on my (?:own )?(?:forearms?|arms?|wrists?|thighs?|legs?|skin|body|hands?|stomach)\b|\b(?:i|and) (?:do|did|'ve been doing|have been doing) (?:it|them) (?:on|to) my (?:own )?(?:forearms?|arms?|wrists?|thighs?|legs?|skin|hips?|stomach|ribs)\b`,
    ),
    pattern(
      String.raw`\bmy (?:own )?(?:forearms?|arms?|wrists?|thighs?|legs?|skin|hands?)\b[^.!?\n]{0,60}\buntil (?:it|they) (?:breaks?|broke) the skin\b`,
    ),
    // The place and the blade: "on the bathroom floor with a blade at 9" (not a knife: kitchens have them)
    pattern(
      String.raw`\b(?:on the (?:bathroom )?floor|in the (?:bath|bathtub|shower)) with (?:a|the|my) (?:blade|razor(?: blade)?)\b`,
    ),
    // A diary's times: "9pm cut. 9:20 cleaned up."
    pattern(String.raw`(?:^|[.!?\n]\s*)\d{1,2}(?::\d\d)? ?(?:am|pm)? (?:cut|burned|burnt)(?=\s*[.!,;]|\s*$)`),
    // "Cut again last night. Deeper than before." (not a client's: "teen client showed me fresh cuts today… deeper than
    // before", nor a talk that went "deeper than before")
    pattern(
      String.raw`\bdeeper than (?:before|last time|ever)\b(?<=\b(?:cut|cuts|cutting|blade|razor|scratched|burned|burnt)\b[^\n]{0,120})(?<!\b(?:client|teen|kid|patient|pt|she|he|they|her|his|their)\b[^\n]{0,120})`,
    ),
    // Burns by a hot thing held to the skin: "pressing the back of my hand to the kettle after bad calls", "held my wrist
    // against the iron"
    pattern(
      String.raw`\b(?:press|pressing|pressed|hold|holding|held|put|putting)(?: the back of)? my (?:hand|hands|arm|arms|wrist|wrists|forearm|forearms|thigh|thighs|skin|fingers|palm)\b[^.!?\n]{0,12}\b(?:to|against|on) (?:the )?(?:kettle|iron|hob|stove|oven door|radiator|hot pan|lighter|cigarette|candle flame)\b`,
    ),
    // Not eating as a punishment: "eat nothing, because after the morning I had I don't deserve to"
    pattern(
      String.raw`\b(?:eat|eating|ate|eaten) (?:nothing|almost nothing|next to nothing)\b[^.!?\n]{0,60}\b(?:i|because i) (?:don't|do not|didn't) deserve (?:to|it|food)\b`,
    ),
    // "Hit myself till I bruised after supervision.", "the rule is only never where the marks show"
    pattern(
      String.raw`\b(?:hit|punched|scratched|cut|burned|burnt|bit) myself (?:till|until) (?:i|it|they) (?:bruised|bled|blistered|broke the skin)\b`,
    ),
    pattern(String.raw`\bwhere the (?:marks|cuts|scars|bruises|burns) (?:show|won't show|don't show|can't be seen)\b`),
    // As a habit: "Now I cut most nights after I finish my process notes" (not "I cut most days short")
    pattern(
      String.raw`\bi (?:still |now |usually )?(?:cut|burn|scratch myself|hit myself)(?: again)? (?:most|every|each|some|other) (?:nights?|days?|mornings?|evenings?|weekends?)(?=\s*(?:[.!,;]|$)| (?:after|before|when|again|now|still|since)\b)`,
    ),
    // Harm by other means, until it shows: "I run my hands under water that's far too hot until they blister" (not "I
    // practised guitar until my hands blistered": something done to the body itself)
    pattern(
      String.raw`\bi (?:hold|held|run|ran|put|press|pressed|keep|kept|pick|picked|scratch|scratched|dig|dug|rub|rubbed|bite|bit) (?:at )?my (?:own )?(?:hands?|arms?|skin|wrists?|fingers|thighs?|legs?|scalp|nails|lips?|cuticles)\b[^.!?\n]{0,50}\buntil (?:it|they|my \w+|the skin) (?:bleeds?|bled|blisters?|blistered|bruises?|bruised|scabs?|scabbed)\b`,
    ),
    // Heat and blows, done on purpose: "scalding my hands under the hot tap after sessions", "pressing a lit incense stick
    // into your own palm", "pressing the iron against the inside of my upper arm", "I slap myself in the staff washroom,
    // hard, until they are burning", "hitting my thighs with the back of a hairbrush", "I've started biting my forearm
    // again, hard enough to break the skin". Not an accident ("I scalded my hand on the kettle", "I hit my leg on the
    // corner of the desk so hard it bruised"), an idiom ("bang my head against the wall"), a dog's bite, a foam roller.
    // A head hit against something hard until it shows: "hitting my head against the wall until I see spots" (not the idiom
    // "banging my head against the wall until it hurts" over a claim form).
    pattern(
      String.raw`\b(?:hit|hitting|bang|banged|banging|slam|slammed|slamming) my (?:own )?head (?:against|on|into) (?:the |a )?(?:wall|desk|door|floor|mirror|steering wheel)\b[^.!?\n]{0,30}\b(?:until|till) (?:\w+ ){0,3}(?:see (?:spots|stars)|dizzy|bleed(?:s|ing)?|bled|bruised?)\b`,
    ),
    // "ran the tap as hot as it goes and held my hand under it. third night. it helps." (not to wash or for arthritis)
    pattern(
      String.raw`\b(?:ran|run|running|turned|turn) the (?:hot )?(?:tap|water|shower) (?:as hot as it (?:goes|gets|will go|would go)|(?:on |to )?full hot|(?:to )?scalding)\b[^.!?\n]{0,40}\b(?:held|hold|put|kept|keep|stuck) my (?:hands?|arms?|wrists?|fingers|forearms?)\b(?![^.!?\n]{0,60}\b(?:to (?:warm|thaw|defrost|wash|clean|scrub|get|loosen|ease|soothe)|frostbite|numb from the cold|paint|grease|arthritis|stiff|joints|germs)\b)(?=[^\n]{0,80}\b(?:helps|helped|again|every night|(?:second|third|fourth|fifth) night|until it (?:hurt|hurts|burned|burns|blistered)|on purpose)\b)`,
    ),
    pattern(
      String.raw`\b(?:scald|scalds|scalded|scalding) (?:my|your) (?:own )?(?:hands?|arms?|skin|wrists?|fingers|thighs?|legs?|feet|palms?)\b(?! on (?!purpose\b)| by accident)[^.!?\n]{0,50}\b(?:on purpose|until|till|to feel|every (?:night|day|evening|time)|after (?:every|each|sessions?|work)|hotter)\b`,
    ),
    pattern(
      String.raw`\b(?![^.!?\n]{0,80}\b(?:by accident|accidentally|slipped|while ironing)\b)(?:press|presses|pressed|pressing|hold|holds|held|holding) (?:a |the |my )?(?:lit |hot )?(?:iron|lighter|cigarette|match|incense(?: stick)?|curling iron|straighteners)\b[^.!?\n]{0,30}\b(?:into|against|onto|to|on) (?:the (?:inside|back|top) of )?(?:my|your) (?:own )?(?:upper |inner )?(?:palms?|hands?|arms?|forearms?|skin|wrists?|thighs?|legs?|stomach)\b(?![^.!?\n]{0,20}\bto warm)`,
    ),
    pattern(
      String.raw`\b(?:i |and )?(?:slap|slapped|slapping|hit|hitting|punch|punched|punching|smack|smacked|smacking) (?:myself|my (?:own )?(?:face|cheeks|thighs?|legs?|arms?|stomach))\b(?! on (?:the|a)\b| by accident)[^.!?\n]{0,60}\b(?:(?:until|till) (?:\w+ ){0,4}(?:bruise[sd]?|burn(?:s|ed|ing)?|hurt|hurts|red|raw|marks?|sting(?:s|ing)?|bleed(?:s|ing)?)|on purpose|with (?:the (?:back of (?:a|the|my) )?|a |my )?(?:belt|hairbrush|brush|fists?|book|shoe|ruler))\b`,
    ),
    pattern(
      String.raw`(?:^|[.!?\n]\s*|\bi(?:'ve| have|'m| am)? (?:\w+ ){0,2})(?:bit|bite|biting|scratched|scratching|hit|hitting|punched|punching|dug|digging|pinched|pinching) (?:into )?my (?:own )?(?:forearms?|arms?|wrists?|thighs?|legs?|skin|hands?|cheeks|stomach)\b[^.!?\n]{0,40}\bhard enough to (?:break the skin|draw blood|bruise|bleed|leave (?:a )?(?:marks?|bruises?))`,
    ),
    // A sharp thing dug, dragged or carved into the author's own skin, by the author: "I've started digging a paperclip
    // into my forearm under the desk", "Dragged a safety pin across my wrist" (not "My toddler dragged a pen across my
    // arm", nor a knife across a palm "by accident while slicing bagels").
    pattern(
      String.raw`(?:^|[.!?\n]\s*|\bi(?:'ve| have|'m| am)? (?:\w+ ){0,2})(?![^.!?\n]{0,80}\b(?:by accident|accidentally)\b)(?:dig|digs|digging|dug|drag|drags|dragging|dragged|carve|carves|carving|carved|scrape|scrapes|scraping|scraped) (?:a |the |my )?(?:paperclip|paper clip|pen|pin|safety pin|needle|compass|key|keys|staple|pencil|blade|razor|knife|scissors|glass|shard|fork|nail file)\b[^.!?\n]{0,20}\b(?:into|across|along|over|down) (?:the (?:inside|back|top) of )?my (?:own )?(?:upper |inner )?(?:forearms?|arms?|wrists?|thighs?|legs?|skin|hands?|palms?|stomach|hips?)\b`,
    ),
  ],
};
