import { lexicons } from "../lexicons";
import type { Token } from "../words";

/**
 * Stretches of a post written in another language: "Laissez les bons temps rouler", "Ăn cơm chưa?", "Día de los
 * Muertos". Their words are that language's, not names, though some are on the name lists ("Les", "Bon"), and the first
 * is capitalized as any sentence's first word is. A stretch is three words or more in a row inside a sentence, each a
 * function word of one language (other-language-words.json) or no English word, with two of that language's function
 * words, or one and two words that are no English word. The name rules pass over its words in lower case, but not
 * a first name or a surname that is no word of the language ("rafa, sé que nunca…"), and over its capitalized first
 * word only where it is one of the language's function words ("Juan de la Cruz", "Yesenia se fue", "Tepito es mi
 * casa" keep their names and places).
 */
export class OtherLanguagePhrases {
  readonly #passedOver = new Set<number>();

  constructor(text: string, tokens: readonly Token[]) {
    const { english, otherLanguages } = lexicons();
    // A contraction typed without its apostrophe is English, though "im" is German's: "email from fernandos po im gonna".
    const isEnglish = tokens.map((token) => english.has(token.word) || token.word.length !== token.written.length);
    for (const words of otherLanguages) {
      for (const [from, to] of stretchesIn(text, tokens, isEnglish, words)) this.#passOver(tokens, from, to, words);
    }
  }

  /** Whether the word at `index` is one of a stretch in another language that the name rules pass over. */
  holds(index: number): boolean {
    return this.#passedOver.has(index);
  }

  #passOver(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>) {
    const { firstNames, surnames } = lexicons();
    const inLowerCase = (token: Token) => token.written === token.written.toLowerCase();
    // A name stays one, in a sentence of any language ("Yesenia se fue", "rafa, sé que…"), unless the language's own
    // word is spelled the same ("les", "bon").
    const isWordOfTheLanguage = (token: Token) =>
      words.has(token.word) || !(firstNames.has(token.word) || surnames.has(token.word));
    for (let at = from; at < to; at++) {
      const token = tokens[at] as Token;
      if (inLowerCase(token) && isWordOfTheLanguage(token)) this.#passedOver.add(at);
    }
    // The first word, capitalized, only where it is the language's own ("Les", not "Laissez"): a place or a name no
    // list has opens a sentence as often ("Tepito es mi casa", "Rodeline ne veut plus venir").
    const first = tokens[from] as Token;
    if (tokens.slice(from + 1, to).every(inLowerCase) && words.has(first.word)) this.#passedOver.add(from);
  }
}

/** How few words a stretch has. */
const SHORTEST = 3;
/** A word of another language: a vowel, and three letters or a letter English has not ("ăn"; not "bc", "ppl"). */
const LIKE_A_WORD = /^(?=.*[aeiouyà-ÿăâêôơưạ-ỹ])(?:.{3,}|.*[^\p{ASCII}].*)$/u;
/** What ends a sentence or a quotation between two words. */
const BREAK = /[.!?;:()"“”\n]/;

/**
 * Each stretch [from, to) of the tokens in the language whose function words are `words`; `isEnglish` says which are
 * English words.
 */
function stretchesIn(
  text: string,
  tokens: readonly Token[],
  isEnglish: readonly boolean[],
  words: ReadonlySet<string>,
): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let [from, functionWords, otherWords] = [0, 0, 0];
  const close = (to: number) => {
    const enough = functionWords >= 2 || (functionWords === 1 && otherWords >= 2);
    if (to - from >= SHORTEST && enough) stretches.push([from, to]);
  };
  tokens.forEach((token, at) => {
    const isFunctionWord = words.has(token.word);
    const fits = isFunctionWord || (!isEnglish[at] && LIKE_A_WORD.test(token.word));
    const broken = at > 0 && BREAK.test(text.slice((tokens[at - 1] as Token).end, token.start));
    if (!fits || broken) {
      close(at);
      [from, functionWords, otherWords] = fits ? [at, 0, 0] : [at + 1, 0, 0];
    }
    if (fits) {
      if (isFunctionWord) functionWords++;
      else otherWords++;
    }
  });
  close(tokens.length);
  return stretches;
}
