import { pattern } from "./signal";

/**
 * Dark humour that carries intent: a joke about death, pills or a bridge,
 * then "not joking as much as I'd like", "might mean it", "kidding. Unless?", "working on that this weekend haha",
 * "I'm unsubscribing from life… lol jk. (not jk)", "the joke isn't totally a joke".
 * The disclaimer says the joke is meant, so beside any word of dying or of
 * a means (even inside the quoted joke) it holds the post.
 */

export const DISCLAIMER = pattern(
  String.raw`\b(?:not|n't) (?:joking|kidding) (?:as much as|entirely|completely|really)\b|\bmight mean it\b|\bkidding[.!]?,? (?:mostly|sort of|unless)\b|\bunless\?|\bhalf[- ]joking\b|\bonly half kidding\b|\bonly (?:kind|sort) of (?:joking|kidding)\b|\bjoking[.!]?,? (?:mostly|sort of|unless)\b|\bwasn't (?:really )?a joke\b|\b(?:not|n't) (?:really |totally |entirely |completely )?(?:joking|kidding) (?:anymore|any more)\b|\bi'?m not really (?:joking|kidding)\b|\bi mean it (?:today|this time|tonight)\b|\bnot the (?:funny|joking) way\b|\b(?:don't|do not) (?:really )?know if it'?s (?:a joke|joking)\b|\bexcept i actually (?:googled|looked (?:it )?up|searched|researched|did|bought|read)\b|\b(?:the )?joke (?:isn't|is not|wasn't|was not) (?:totally|entirely|completely|fully|really|all|quite|exactly|just) a joke\b|\bit's not a joke\b|\bnot (?:a joke|joking|kidding) (?:btw|tbh|fyi|though|honestly)\b|\bjk\W{1,4}not jk\b|\blol\W{1,3}no,? really\.|\bworking on (?:that|it)\b[^.!?\n]{0,20}(?:\bhaha|\blol|\blmao|\bthis weekend|\bnext week)\b`,
);

// (A death faked is an escape, not a dying: "I'm going to fake my own death and open a sandwich shop in Vermont".)
export const ABOUT_DYING =
  /\b(?:die|dying|dead|(?<!\bfak(?:e|ed|ing) (?:my|his|her|their|our) (?:own )?)death|suicide|kill myself|end it|(?:a|the|my) way out\b[^.!?\n]{0,40}\bforever|(?:you'll|you will|they'll|they will|y'all will|you'd) (?:need|have) to replace me|pills|bottle|bridge|gun|rope|overdose|the void|permanently|kms|painless|grand finale|one[- ]way|won't be here|not be here|(?:plan|expect) (?:on|to) be(?:ing)? around|goodbye|last day|funeral|don't come home|come back|river|lake|ocean|ledge|noose|tracks|overpass|parking (?:garage|structure|deck)|car park|multi-storey|roof|(?:unsubscrib\w*|log(?:ging|ged)? off|resign\w*|opt(?:ing|ed)? out|check(?:ing|ed)? out|quit\w*|retir\w*) (?:from|of) (?:life|living|existence|being alive))\b|💀/u;
