/**
 * Contractions written without their apostrophe, put back: "im", "wont be here for it", "theres no version of next year
 * with me in it", "hunter didnt show". People type fast, and the rules read "i'm", "won't", "there's", "didn't". The
 * tokenizer puts back only words that are no other word ("were", "well", "shed", "wed" stay); for the crisis rules,
 * `withApostrophes` also puts back "ill", "id" and "its" where the words around make the contraction plain.
 */
const HEADS_BY_ENDING: Array<[string, string]> = [
  ["m", "i"],
  ["ve", "i we you they could would should must"],
  ["t", "don doesn didn can won isn aren wasn weren haven hasn hadn couldn wouldn shouldn mustn ain"],
  ["s", "there that what who where here how she he"],
  ["re", "you they"],
  ["ll", "you they it that"],
  ["d", "you they"],
];

/** Each contraction as written without its apostrophe ("didnt"), and with it ("didn't"). */
export const CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  HEADS_BY_ENDING.flatMap(([ending, heads]) =>
    heads.split(" ").map((head): [string, string] => [`${head}${ending}`, `${head}'${ending}`]),
  ),
);

// Three that are words of their own too ("ill", "id", "its"), put back only where the contraction is plain from the word
// after and the one before: "ill do it the weekend after", "id admit me", "its been 3 years" (not "felt ill today", "my
// id badge", "its own pace").
const IN_CONTEXT: Record<string, string> = { ill: "i'll", id: "i'd", its: "it's" };
const ILL = String.raw`ill(?<!\b(?:was|am|is|are|be|been|being|feel|feels|feeling|felt|fell|mentally|terminally|very|so|really|seriously|chronically|critically|gravely|too|as|an|and|of) ill)(?= (?:be|do|go|just|never|have|make|take|find|miss|see|try|stop|end|kill|leave|write|call|get|probably|finally|still|always|die|need|not|wait|tell|say|sleep|let|put|give|hand|pick|drive|walk|jump|hang|overdose|swallow)\b)`;
const ID = String.raw`id(?<!\b(?:my|the|an|your|his|her|their|our|photo|student|valid|ego|and|with|staff|badge|user|caller) id)(?= (?:rather|be|have|never|like|love|do|go|say|just|probably|admit|kill|give|take|want|need|better|already|hospitali[sz]e|been|thought|planned|decided|section)\b)`;
const ITS = String.raw`its(?= (?:been|not|just|a|an|the|time|over|ok|okay|fine|all|getting|going|so|too|like|almost|nearly|only|really|hard|easier|better|worse|my|me|what|because|happening|done|gonna|never|always|true|real|that|no)\b)`;
const WITHOUT_APOSTROPHE = new RegExp(
  String.raw`\b(?:${[...CONTRACTIONS.keys()].join("|")})\b|\b(?:${ILL}|${ID}|${ITS})`,
  "g",
);

/** `spoken` with each contraction's apostrophe back, and where each one went in, in order. */
export type WithApostrophes = { text: string; added: number[] };

export function withApostrophes(spoken: string): WithApostrophes {
  const added: number[] = [];
  const text = spoken.replace(WITHOUT_APOSTROPHE, (word: string, at: number) => {
    const restored = CONTRACTIONS.get(word) ?? IN_CONTEXT[word] ?? word;
    // Each apostrophe is counted where it lands in the restored text: the word's start, the ones before, its head.
    added.push(at + added.length + restored.indexOf("'"));
    return restored;
  });
  return { text, added };
}

/** An offset in the restored text, as an offset in the text before it. */
export function beforeApostrophes(view: WithApostrophes, at: number): number {
  let inserted = 0;
  for (const position of view.added) {
    if (position >= at) break;
    inserted++;
  }
  return at - inserted;
}
