import { I, pattern, type Signal } from "./signal";

/**
 * Method and means: the author has, gathers or looks for a way to die ("I've
 * been saving up my prescriptions", "I bought a gun", "been looking up which
 * bridges…", "how many of my sleeping pills would it take"), sometimes
 * dressed as a clinical question ("for me, not a client").
 */

const MEANS = String.raw`(?:pills|meds|medication|medications|prescriptions?|tablets|sleeping pills|antidepressants|opioids|insulin|rope|noose|gun|pistol|handgun|rifle|shotgun|firearm|bullets|blades?|razors?|bridges?|overpass|overlook|cliff|ledge|roof|rooftop|the tracks|train tracks|bathroom cabinet|medicine cabinet|the spot|exhaust|carbon monoxide)`;
const GATHER = String.raw`(?:bought|buy|buying|got|have|'ve got|keep|kept|saved|saving|save|stockpiled|stockpiling|hoarded|hoarding|counted|counting|hid|hidden|hiding|stashed|stashing|looked up|looking up|researched|researching|scouted|driven past|drove past|picked out|found|loaded|load|bought myself)`;

export const method: Signal = {
  rule: "crisis-method",
  strength: "strong",
  patterns: [
    // "I bought a gun", "I've been saving up my prescriptions", "been looking up which bridges"
    pattern(String.raw`(?:`, I, String.raw`|\bbeen)(?: been)? ${GATHER}(?: up| out| on)?(?: (?:a|the|my|all|all my|enough|some|which|every|of|up|these|those|them|of my))* (?:\w+ )?${MEANS}\b`),
    // "take everything in the bathroom cabinet", "the whole bottle of pills"
    pattern(String.raw`\b(?:take|swallow|down|taking|swallowing) (?:everything|all of it|all the pills|the whole bottle|every pill|all my (?:pills|meds))\b`),
    pattern(String.raw`\b(?:the|a) (?:whole|full) bottle of (?:my |the )?(?:pills|sleeping pills|meds|tablets|painkillers)`),
    pattern(String.raw`\b(?:i )?(?:took|swallowed) (?:a handful of|a bunch of|all|too many|the whole bottle of)(?: of)? (?:my |the )?(?:pills|meds|tablets|sleeping pills|antidepressants)\b`),
    // Asking for a method: "how many would it take to not wake up", "what dose would be enough, for me"
    pattern(String.raw`\bhow (?:many|much)\b[^.?!\n]{0,60}\b(?:to (?:not wake up|die|be fatal|be lethal|kill (?:me|myself|someone))|would (?:it take|be (?:enough|fatal|lethal)))`),
    pattern(String.raw`\bwhat (?:dose|amount|quantity)\b[^.?!\n]{0,40}\b(?:enough|lethal|fatal)\b`),
    pattern(String.raw`\b(?:a|the|any) (?:way|method) to (?:do it|die|kill myself|end it|go)\b[^.?!\n]{0,40}(?:wouldn't|would not|won't|that|without)`),
    pattern(String.raw`\b(?:fastest|quickest|painless|least painful|surest|most reliable) (?:way|method|option) (?:to (?:die|do it|go|end (?:it|things|my life)|kill myself|not wake up)|out)\b`),
    pattern(String.raw`\b(?:for me|asking for myself|this is for me),? (?:and )?not (?:for )?a (?:client|patient)\b|\bnot for a (?:client|patient)\.? (?:it's )?for me\b`),
    pattern(String.raw`\b(?:reading|researching|looking)(?: it)?(?: about| up| for| into)? (?:what would be (?:fastest|quickest)|what works instead of what prevents|how to die|ways to die|lethal doses?)`),
    pattern(String.raw`\bi(?:'ve| have) already looked up how to (?:load|use|tie)\b`),
  ],
};
