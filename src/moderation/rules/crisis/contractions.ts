/**
 * Contractions written without their apostrophe, put back: "im", "wont be here for it", "theres no version of next year
 * with me in it". People in distress type fast, and the crisis rules read "i'm", "won't", "there's". Only words that are
 * no other word are restored ("its", "ill", "were", "well", "shed", "wed" and "id" are words of their own).
 */
const CONTRACTION =
  /\b(?:(i)(m|ve)|(don|doesn|didn|can|won|isn|aren|wasn|weren|haven|hasn|hadn|couldn|wouldn|shouldn|mustn|ain)(t)|(there|that|what|who|where|here|how|she|he)(s)|(you|they)(re|ve|ll)|(we)(ve)|(you|they)(d)|(could|would|should|must)(ve)|(it|that)(ll))\b/g;

/** `spoken` with each contraction's apostrophe back, and where each one went in, in order. */
export type WithApostrophes = { text: string; added: number[] };

export function withApostrophes(spoken: string): WithApostrophes {
  const added: number[] = [];
  const text = spoken.replace(CONTRACTION, (word: string, ...groups: unknown[]) => {
    const at = groups.find((group): group is number => typeof group === "number") ?? 0;
    const head = (groups.slice(0, -2).find((group, index) => index % 2 === 0 && typeof group === "string") ??
      "") as string;
    // Each apostrophe is counted where it lands in the restored text: the word's start, the ones before, its head.
    added.push(at + added.length + head.length);
    return `${head}'${word.slice(head.length)}`;
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
