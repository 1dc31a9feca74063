import { withoutDigitMarks } from "../text";
import { watch } from "../words";
import { gated, inOrigin, type Rule, type RuleInput, type Span, spansOf } from "./rule";

/**
 * Phone, fax and Social Security numbers, spelled-out ZIP codes and long bare
 * numbers, found by reading runs of digit groups: "(555) 123-4567",
 * "555.123.4567", "+44 20 7946 0958", and spelled out or mixed, "five five
 * five, two one two, oh nine eight seven", "nine-one-nine, 555, oh-one-six-six",
 * "five fifty-five, twelve twelve". Counting digits per run, not matching one
 * pattern per format, keeps "31 clients", "$150", "in 2019", "DSM-5" or "7am"
 * out of it. Digits of other scripts are folded to ASCII by `fold`, and marks
 * riding on digits (5̲5̲5̲, 5️⃣) are read past.
 */

// Digits as people say them: one digit a word, a tens or teen word for two.
const UNIT_DIGITS: Record<string, string> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  // …and as a Spanish speaker reads a number out: "tres cero siete, cinco cinco cinco".
  cero: "0",
  uno: "1",
  dos: "2",
  tres: "3",
  cuatro: "4",
  cinco: "5",
  seis: "6",
  siete: "7",
  ocho: "8",
  nueve: "9",
  // …and in Portuguese where it differs: "cinco cinco cinco, zero um oito, nove dois".
  um: "1",
  dois: "2",
  quatro: "4",
  sete: "7",
  oito: "8",
  nove: "9",
  // …and in Italian where it differs: "tre quattro sette, cinque cinque cinque, zero uno nove due".
  due: "2",
  tre: "3",
  quattro: "4",
  cinque: "5",
  sei: "6",
  sette: "7",
  otto: "8",
  // …and in French: "cinq un quatre, cinq cinq cinq, zéro un deux six" (not "sept", September's short name).
  zéro: "0",
  un: "1",
  deux: "2",
  trois: "3",
  quatre: "4",
  cinq: "5",
  huit: "8",
  neuf: "9",
};
const TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

// A digit said more than once: "double oh" (two digits), "triple five" (three).
const REPEATED: Record<string, number> = { double: 2, triple: 3 };

// A spelled piece of a number: "fifty-five" or "fifty five" (two digits), "twelve" (two), "five" (one), "triple five"
// (three).
const SPELLED_PIECE = new RegExp(
  `\\b(?:(?:${TENS.join("|")})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${TEENS.join("|")}|(?:(?:${Object.keys(REPEATED).join("|")})[- ])?(?:${Object.keys(UNIT_DIGITS).join("|")}))\\b`,
  "g",
);
// The gate watches words of plain letters ("zéro" comes with "un", "deux"… in any number it is in).
const SPELLED_WORDS = watch([...Object.keys(UNIT_DIGITS), ...TEENS, ...TENS].filter((word) => /^[a-z]+$/.test(word)));

// What may stand between two groups of one number: up to three of these.
// Tight joiners are what phone formats use; loose ones (a comma, a slash, a
// middle dot, an underscore, a bar) are how people pace a number they read
// out, and only count where a phone or SSN's groups break.
const TIGHT = new Set([..." -.()"].map((joiner) => joiner.charCodeAt(0)));
const LOOSE = new Set([...",/·_|"].map((joiner) => joiner.charCodeAt(0)));

/** A group of digits: figures ("555", "+44", "O1l2") or one spelled piece. */
type Piece = {
  start: number;
  end: number;
  digits: number;
  firstDigit: string;
  spelled: boolean;
  looseBefore: boolean;
  /** After a full stop and a space: the number may have ended with the sentence ("…oh one three six. Five four oh."). */
  sentenceBefore?: boolean;
};

/** A run of joined pieces; past MOST_PIECES only its end is kept, as no identifier is that long. */
type Run = { pieces: Piece[]; end: number; long: boolean };
const MOST_PIECES = 24;

export const numbers: Rule = gated(
  "a digit or a spelled digit",
  (input) => input.words.hasDigit || input.words.hasAny(SPELLED_WORDS),
  (input) => [
    ...numbersIn(input),
    ...spansOf(PHONE_IN_PARTS, input.folded, "phone"),
    ...spansOf(VANITY_PHONE, input.text, "phone"),
  ],
);

// A number spelled in capitals on the keypad, as a business gives it: "555-DEER-MTS", "(555) 555-PETS" (four capitals
// at least: not "12-STEP"; not a toll-free line, which hotlines use: "1-800-273-TALK", "800-656-HOPE").
const VANITY_PHONE =
  /(?<![\w-])(?!(?:1-)?\(?8(?:00|33|44|55|66|77|88)\b)(?:1-)?(?:\(?\d{3}\)?[- ])?\d{3}-(?=(?:[A-Z0-9-]*[A-Z]){4})[A-Z0-9]{2,}(?:-[A-Z0-9]{1,4})*(?![\w-])/g;

// A number given by its ends, each too short alone: "It starts 414-555 and ends 0137".
const PHONE_IN_PARTS =
  /\b(?:starts|begins|started|began)(?: with| in)? \d{3}[-. ]?\d{3}\b[^.!?\n]{0,30}\bend(?:s|ed)?(?: with| in)? \d{4}\b/g;

function numbersIn(input: RuleInput): Span[] {
  const spelled = input.words.hasAny(SPELLED_WORDS);
  const view = withoutDigitMarks(input.folded);
  const text = view.text;
  const spans: Span[] = [];
  const reader = pieceReader(text, spelled);
  let run: Run | undefined;
  for (let piece = reader(0); piece; piece = reader(piece.end)) {
    const joiner = run ? joinerBetween(text, run.end, piece.start) : "none";
    if (run && joiner !== "none") {
      piece.looseBefore = joiner === "loose";
      // A full stop right after the number ends a sentence ("555 867 5309. 45 minutes late"), as one before a word does
      // ("five five five . two one two"); one set apart between figures is figures spaced out ("198 . 51 . 100 . 204").
      const gap = text.slice(run.end, piece.start);
      piece.sentenceBefore = text.startsWith(". ", run.end) || (gap.includes(". ") && isLetter(text, piece.start));
      if (run.pieces.length < MOST_PIECES) run.pieces.push(piece);
      else run.long = true;
      run.end = piece.end;
      continue;
    }
    if (run) classify(run, text, spans);
    run = { pieces: [piece], end: piece.end, long: false };
  }
  if (run) classify(run, text, spans);
  return inOrigin(view, spans).map((span) => ({ ...span, end: pastMarks(input.folded, span.end) }));
}

/** Where the marks riding on the last digit (the keycap of 7️⃣) end. */
function pastMarks(folded: string, end: number): number {
  let past = end;
  while (past < folded.length && MARK.test(folded.charAt(past))) past++;
  return past;
}

// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks and the keycap's selector are what is matched, on purpose
const MARK = /^[\p{M}\uFE0F]$/u;

const THEN = /^,? then,? (?:the )?$/;
const TRAILING = /^ ?(?:\.{2,3}|…) ?$/;

/** Whether `from`..`to` joins two groups of one number, and how. */
function joinerBetween(text: string, from: number, to: number): "tight" | "loose" | "none" {
  // "six oh two, then five five five, then oh one seven one": groups read out one after another.
  if (to - from > 3 && to - from <= 11 && THEN.test(text.slice(from, to))) return "loose";
  // "nine-one-six... five-five-five... two-two-oh-eight": groups left hanging, as a voicemail is written down.
  if (to - from <= 5 && TRAILING.test(text.slice(from, to))) return "loose";
  if (to - from < 1 || to - from > 3) return "none";
  let loose = false;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (LOOSE.has(unit)) loose = true;
    else if (!TIGHT.has(unit)) return "none";
  }
  return loose ? "loose" : "tight";
}

/**
 * Reads the pieces of `text` in order: figures by a scan of code units (a run
 * of a thousand one-digit figures made a thousand pattern matches), spelled
 * pieces by a pattern, only when the text has a spelled digit.
 */
function pieceReader(text: string, spelled: boolean): (from: number) => Piece | undefined {
  // The next figure and spelled piece found so far, kept while still ahead, so each stretch is read once.
  // null: none left after the last read (so a text with no more figures is not scanned again on every call).
  let figure: Piece | null | undefined;
  let word: RegExpExecArray | null | undefined;
  return (from) => {
    if (figure === undefined || (figure !== null && figure.start < from)) figure = nextFigure(text, from) ?? null;
    if (spelled && (word === undefined || (word !== null && word.index < from))) {
      SPELLED_PIECE.lastIndex = from;
      word = SPELLED_PIECE.exec(text);
    }
    if (word && (!figure || word.index < figure.start)) return spelledPiece(word);
    return figure ?? undefined;
  };
}

function spelledPiece(word: RegExpExecArray): Piece {
  const [said = "", then = ""] = word[0].split(/[- ]/);
  const times = REPEATED[said];
  const head = times === undefined ? said : then;
  const unitDigit = UNIT_DIGITS[head];
  return {
    start: word.index,
    end: word.index + word[0].length,
    digits: times ?? (unitDigit === undefined ? 2 : 1),
    firstDigit: unitDigit ?? (TEENS.includes(head) ? "1" : String(TENS.indexOf(head) + 2)),
    spelled: true,
    looseBefore: false,
  };
}

/**
 * The next figure at or after `from`: `+` and digits, where a letter O, l or
 * I inside a group of digits stands for 0 or 1 ("555-O1l2"), but not in a
 * word ("10lbs", "2pm" give "10" and "2").
 */
const WIDEST = 16;

function nextFigure(text: string, from: number): Piece | undefined {
  let at = from;
  while (at < text.length && !isDigit(text.charCodeAt(at))) at++;
  if (at >= text.length) return undefined;
  let [start, end] = [at, at];
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  // Letters read as digits ("O" for 0, "l" for 1) widen a figure by at most WIDEST characters a side: a run of
  // thousands of them ("0li0li…") is no number, and reading it whole for every figure in it would cost its square.
  let [wideStart, wideEnd] = [start, end];
  while (wideStart > from && start - wideStart < WIDEST && DIGIT_LETTERS.includes(text.charAt(wideStart - 1))) {
    wideStart--;
  }
  while (wideEnd < text.length && wideEnd - end < WIDEST && isDigitLike(text.charAt(wideEnd))) wideEnd++;
  const wide = text.slice(wideStart, wideEnd);
  if ((wideStart < start || wideEnd > end) && !isLetter(text, wideStart - 1) && !isLetter(text, wideEnd)) {
    const digits = countDigits(wide);
    if (digits >= 2 && digits * 2 >= wide.length) [start, end] = [wideStart, wideEnd];
  }
  if (start > from && text.charAt(start - 1) === "+") start--;
  const international = text.charAt(start) === "+";
  return {
    start,
    end,
    digits: end - start - (international ? 1 : 0),
    firstDigit: text
      .charAt(international ? start + 1 : start)
      .replace("o", "0")
      .replace(/[il]/, "1"),
    spelled: false,
    looseBefore: false,
  };
}

const DIGIT_LETTERS = "oil";
const isDigit = (unit: number) => unit >= 48 && unit <= 57;
const isDigitLike = (ch: string) => ch !== "" && (isDigit(ch.charCodeAt(0)) || DIGIT_LETTERS.includes(ch));
const isLetter = (text: string, at: number) => /[a-z]/.test(text.charAt(at));
const countDigits = (piece: string) => piece.replace(/\D/g, "").length;

/** Adds the run's span to `spans` when the run, or the run without a stray piece at an end, is an identifier. */
function classify(run: Run, text: string, spans: Span[]): void {
  const { pieces } = run;
  // No identifier has fewer than five digits (a ZIP code has five): most runs ("1/2", "3-4 sessions") end here.
  if (run.long || pieces.reduce((sum, piece) => sum + piece.digits, 0) < 5) return;
  // Said across full stops, a number may be paced by them ("five five five. two oh one. seven seven eight eight"), one
  // sentence's ("…oh one three six. Five four oh." says it twice), or counted down ("Ten. Nine. Eight…", no number).
  const sentences = pieces.some((piece) => piece.sentenceBefore) ? partsBySentence(pieces) : undefined;
  if (sentences !== undefined) {
    classifySentences(run, sentences, text, spans);
    return;
  }
  const last = pieces.length - 1;
  // A stray piece at an end: "(919) 555 0187 three times", "oh, five five five…".
  const strayFirst = last > 0 && (pieces[1]?.looseBefore || pieces[0]?.spelled !== pieces[1]?.spelled);
  const strayLast = last > 0 && (pieces[last]?.looseBefore || pieces[last]?.spelled !== pieces[last - 1]?.spelled);
  const trials: Array<[number, number]> = [[0, last]];
  if (strayFirst) trials.push([1, last]);
  if (strayLast) trials.push([0, last - 1]);
  if (strayFirst && strayLast && last > 1) trials.push([1, last - 1]);
  for (const [from, to] of trials) {
    if (found(pieces.slice(from, to + 1), text, spans)) return;
  }
  // Not one number read out: each stretch between commas or slashes, or two or three of them together, may still be
  // one ("five five five, zero one nine three... four four oh one": a number, then more digits).
  if (pieces.some((piece) => piece.looseBefore)) {
    const bounds = [0, ...pieces.flatMap((piece, at) => (piece.looseBefore ? [at] : [])), pieces.length];
    let from = 0;
    while (from < bounds.length - 1) {
      let to = Math.min(bounds.length - 1, from + STRETCHES_TOGETHER);
      // A stretch of fewer than five digits is no identifier: "1/2, 3/4" is read no further.
      while (to > from && !foundIfLongEnough(pieces.slice(bounds[from], bounds[to]), text, spans)) to--;
      from = Math.max(to, from + 1);
    }
  }
}

/**
 * A run with full stops inside: read whole, as the stops were before (unless each piece is a sentence of its own, as a
 * countdown is), then with the stops as a comma's pacing, then each sentence's part alone.
 */
function classifySentences(run: Run, sentences: Piece[][], text: string, spans: Span[]): void {
  const before = spans.length;
  const read = (pieces: Piece[]) => classify({ pieces, end: run.end, long: false }, text, spans);
  const unmarked = (piece: Piece, paced: boolean): Piece => ({
    ...piece,
    looseBefore: piece.looseBefore || (paced && piece.sentenceBefore === true),
    sentenceBefore: false,
  });
  if (!isACount(sentences, text)) read(run.pieces.map((piece) => unmarked(piece, false)));
  if (spans.length === before) read(run.pieces.map((piece, at) => unmarked(piece, at > 0)));
  if (spans.length === before) for (const part of sentences) read(part);
}

/** "Ten. Nine. Eight…", "One. Two. Three…": one number a sentence, each one more or one less than the last. */
function isACount(sentences: Piece[][], text: string): boolean {
  if (sentences.length < 3 || sentences.some((part) => part.length > 1)) return false;
  return isCounted(
    sentences.map((part) => part[0] as Piece),
    text,
  );
}

/** What a piece says: a figure's value, a spelled number's ("forty-five" is 45); NaN for what is no one number. */
function numberSaid(piece: Piece, text: string): number {
  const said = text.slice(piece.start, piece.end);
  if (!piece.spelled) return Number(said);
  const [first = "", second = ""] = said.split(/[- ]/);
  if (TEENS.includes(first)) return 10 + TEENS.indexOf(first);
  if (TENS.includes(first)) return 10 * (TENS.indexOf(first) + 2) + Number(UNIT_DIGITS[second] ?? 0);
  return Number(UNIT_DIGITS[first] ?? Number.NaN);
}

/** The pieces split where a full stop ended a sentence between them; the first piece of each part starts afresh. */
function partsBySentence(pieces: Piece[]): Piece[][] {
  const parts: Piece[][] = [];
  for (const piece of pieces) {
    if (piece.sentenceBefore || parts.length === 0)
      parts.push([{ ...piece, looseBefore: false, sentenceBefore: false }]);
    else parts.at(-1)?.push(piece);
  }
  return parts;
}

// How many stretches between commas or slashes are read as one number at most.
const STRETCHES_TOGETHER = 3;

/** Adds the stretch's span when it holds five digits or more and makes an identifier; says whether it did. */
const foundIfLongEnough = (stretch: Piece[], text: string, spans: Span[]) =>
  stretch.reduce((sum, piece) => sum + piece.digits, 0) >= 5 && found(stretch, text, spans);

/** Adds the pieces' span to `spans` when they make an identifier; says whether they did. */
function found(group: Piece[], text: string, spans: Span[]): boolean {
  const rule = kindOf(group, text);
  if (!rule) return false;
  const first = group[0] as Piece;
  const start = text.charAt(first.start - 1) === "(" ? first.start - 1 : first.start;
  spans.push({ rule, start, end: (group[group.length - 1] as Piece).end });
  return true;
}

function kindOf(pieces: Piece[], text: string): Span["rule"] | undefined {
  const first = pieces[0] as Piece;
  if (isScoresListed(pieces, text)) return undefined;
  let digits = 0;
  const cuts = new Set<number>();
  const looseCuts: number[] = [];
  for (const piece of pieces) {
    if (digits > 0) cuts.add(digits);
    // A pause before the first piece is none of the number's: "page 1, 923-41-0087" read from its second piece.
    if (piece.looseBefore && digits > 0) looseCuts.push(digits);
    digits += piece.digits;
  }
  // Read-out pacing (commas, slashes) must fall where the format's groups break.
  const pacedAt = (...allowed: number[]) => looseCuts.every((cut) => allowed.includes(cut));
  // Not the digits counted out one by one, up or down ("uno dos tres cuatro cinco seis siete ocho nueve"), unless a
  // social security number is named before them.
  const counted = isCounted(pieces, text) && !SSN_NAMED.test(text.slice(Math.max(0, first.start - 30), first.start));
  if (digits === 9 && cuts.has(3) && cuts.has(5) && pacedAt(3, 5) && !counted) return "ssn";
  // Nine digits read out in threes off a card or an ID: "reading the nine digits off her card, one one seven, two zero
  // four, five five eight" (a Jamaican TRN, a Canadian SIN).
  if (
    digits === 9 &&
    pieces.every((piece) => piece.spelled) &&
    cuts.has(3) &&
    cuts.has(6) &&
    pacedAt(3, 6) &&
    !counted &&
    AN_ID_READ_OUT.test(text.slice(Math.max(0, first.start - 80), first.start))
  )
    return "record-number";
  // Seven digits or more said aloud after the number is named: "the home number the way her father taught her, 'double
  // five five, zero one, double two, four seven'".
  if (
    pieces.length >= 3 &&
    digits >= 7 &&
    digits <= 13 &&
    pieces.every((piece) => piece.spelled) &&
    PHONE_NAMED.test(text.slice(Math.max(0, first.start - 80), first.start)) &&
    !isCounted(pieces, text)
  )
    return "phone";
  // Ten to thirteen digits all said aloud, whatever the pacing: "oh seven seven double-oh, five five five, oh one four
  // two" is a number read out, though not in its country's groups; so is one said in pairs ("two eight, one five, five
  // five, oh one, six two").
  if (
    pieces.length >= 3 &&
    digits >= 10 &&
    digits <= 13 &&
    pieces.every((piece) => piece.spelled) &&
    (looseCuts.length <= 3 || pacedAt(2, 4, 6, 8, 10, 12)) &&
    !isCounted(pieces, text)
  )
    return "phone";
  const international = text.charAt(first.start) === "+";
  if (
    (international && digits >= 8 && digits <= 15 && looseCuts.length === 0) ||
    (digits === 10 && pacedAt(3, 6)) ||
    (digits === 11 && first.firstDigit === "1" && pacedAt(1, 4, 7)) ||
    // A national number with its trunk 0, in groups ("07700 900555", "020 7946 0555"), or read out and paced where its
    // country's groups break: in the UK 5-3-3, 4-3-4 ("oh one six one, four nine six, oh oh one seven") or 3-4-4; in
    // Australia 4-3-3 ("oh four one two, five five five, three eight one") or 2-4-4.
    (digits === 11 &&
      first.firstDigit === "0" &&
      pieces.length > 1 &&
      (pacedAt(5, 8) || pacedAt(4, 7) || pacedAt(3, 7))) ||
    (digits === 10 && first.firstDigit === "0" && pieces.length > 1 && (pacedAt(4, 7) || pacedAt(2, 6))) ||
    (digits === 7 && pieces.length > 1 && cuts.has(3) && pacedAt(3)) ||
    // …or read out as much of the world reads a local number, 3-2-2: "cinco cinco cinco, zero um, nove quatro".
    (digits === 7 && pieces.every((piece) => piece.spelled) && cuts.has(3) && cuts.has(5) && pacedAt(3, 5))
  ) {
    return "phone";
  }
  if (digits === 5 && ZIP_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start))) return "zip-code";
  if (digits === 5 && isSpelledZipOfAPlace(pieces, text)) return "zip-code";
  if (isReadOutDigitByDigit(pieces, text)) return digits === 5 ? "zip-code" : "record-number";
  if (isCardLike(pieces, digits, text) || isInGroups(pieces, digits, text)) return "record-number";
  if (pieces.length === 1 && digits >= 6 && !isAmount(text, first.start, first.end)) return "record-number";
  return undefined;
}

/**
 * An account or card number in groups: "4471 0092 8813", "4412-7789-0012";
 * 12 to 19 digits in groups of three or more, not a list of years.
 */
function isCardLike(pieces: Piece[], digits: number, text: string): boolean {
  return (
    digits >= 12 &&
    digits <= 19 &&
    pieces.every((piece) => !piece.spelled && !piece.looseBefore && piece.digits >= 3) &&
    !pieces.every((piece) => YEAR.test(text.slice(piece.start, piece.end)))
  );
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * An ID or licence in groups of figures of its own country's shape: "900214-10-5531" (a Malaysian IC), "31 884 207" (a
 * driver's licence). Eight digits or more in three groups or with a long one (not times or scores in pairs, "10.30
 * 11.45"), at most one of them a year ("2019-2024" is a span).
 */
function isInGroups(pieces: Piece[], digits: number, text: string): boolean {
  const years = pieces.filter((piece) => YEAR.test(text.slice(piece.start, piece.end))).length;
  const first = pieces[0] as Piece;
  // Groups all of one size are a list of values ("scores went 120 130 140", "I rolled 180-210-195") unless an ID is
  // named just before them ("Número de utente 287 555 104").
  const evenGroups = pieces.every((piece) => piece.digits === first.digits);
  const idNamed = () => AN_ID_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start));
  return (
    digits >= 8 &&
    digits <= 19 &&
    pieces.every((piece) => !piece.spelled && !piece.looseBefore) &&
    pieces.some((piece) => piece.digits >= 3) &&
    // Three groups, a long one, or an ID named before them: not two times of day ("shift 1900-0700"), but "her licence,
    // number 0897 4421".
    (pieces.length >= 3 || pieces.some((piece) => piece.digits >= 5) || idNamed()) &&
    years <= 1 &&
    // Not a date, a year and two short groups ("2024-02-19", "03.02.2025"), which the date rules hold.
    !(years === 1 && pieces.length === 3 && pieces.every((piece) => piece.digits <= 2 || piece.digits === 4)) &&
    (!evenGroups || idNamed()) &&
    // A ZIP+4 is the address rules' to name: "12345-6789".
    !(pieces.length === 2 && first.digits === 5 && pieces[1]?.digits === 4)
  );
}
const AN_ID_READ_OUT = /\b(?:card|trn|sin|ssn|id|number|digits|licen[cs]e|passport)\b/;
const AN_ID_BEFORE =
  /\b(?:id|ic|nric|number|no|nº|n°|card|licen[cs]e|cdl|dl|permit|passport|utente|dni|nie|nif|cpf|curp|aadhaar|ssn|sin|trn|tin|nis|nhs|medicare|medicaid|member|policy|account|acct|case|file|claim|ref|reference|record|mrn)\b[^.!?\n]{0,25}$/;

/**
 * "lives in nine eight three two six", "won't go to four eight two zero five after dark": five digits spelled one by
 * one where a place goes (not a countdown: "in five four three two one").
 */
function isSpelledZipOfAPlace(pieces: Piece[], text: string): boolean {
  const first = pieces[0] as Piece;
  if (pieces.length !== 5 || !pieces.every((piece) => piece.spelled && piece.digits === 1)) return false;
  return !isCounted(pieces, text) && WHERE_A_PLACE_GOES.test(text.slice(Math.max(0, first.start - 12), first.start));
}
/**
 * Five digits or more said one word each and run together, as a ZIP code or a record's number is read out: "his
 * address says four eight two one two", "she says 'seven oh one two nine' like a prayer", "oh-eight-seven-oh-one". Not
 * scores, ratings or counts, which are listed a comma apart ("item scores came back three, three, two, three, one"), nor
 * a count down or up, nor "um" and "oh" said as sounds, nor binary's ones and zeros, nor pi, nor a code keyed in.
 */
function isReadOutDigitByDigit(pieces: Piece[], text: string): boolean {
  if (pieces.length < 5 || !pieces.every((piece) => piece.spelled && piece.digits === 1)) return false;
  if (pieces.some((piece, at) => at > 0 && piece.looseBefore)) return false;
  const said = new Set(pieces.map((piece) => text.slice(piece.start, piece.end)));
  const first = pieces[0] as Piece;
  const read = pieces.map((piece) => numberSaid(piece, text)).join("");
  return (
    said.size > 1 &&
    !/^[01]+$/.test(read) &&
    !FAMOUS_DIGITS.test(read) &&
    !said.has("um") &&
    !isCounted(pieces, text) &&
    !KEYED_IN_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))
  );
}
// Digits everyone knows, read out: pi's, and a TV show's ZIP code.
const FAMOUS_DIGITS = /^(?:31415|90210$)/;
// A code keyed in, which names no one: "Dial in to seven three four one two for the group call", "the pin is…".
const KEYED_IN_BEFORE =
  /\b(?:dial(?:led|ing)?(?: in)?(?: to)?|code|pin|passcode|password|extension|ext|meeting id|press|enter|type)\b[^.!?\n]{0,8}$/;
/** "five four three two one", "one two three…": each number one more than the last, or each one less. */
function isCounted(pieces: Piece[], text: string): boolean {
  const said = pieces.map((piece) => numberSaid(piece, text));
  const step = (said[1] ?? Number.NaN) - (said[0] ?? Number.NaN);
  return Math.abs(step) === 1 && said.every((value, at) => at === 0 || value - (said[at - 1] as number) === step);
}
// Where a place goes: "lives in", "go to" (not "dial in to", "text it to").
const WHERE_A_PLACE_GOES =
  /\b(?:in|into|from|near|around|outside|out of|(?:go|goes|going|went|drive|drives|deliver|delivers|moved|move|moving|back) to)\s$/;

/**
 * Scores or ratings given one by one after what they are: "PHQ-9 item scores were 3 3 2 3 1 2 0 3 3", "sleep hours this
 * week: 6 5 7 4 8 6 5" (not a number read out after "call me at").
 */
function isScoresListed(pieces: Piece[], text: string): boolean {
  const first = pieces[0] as Piece;
  return (
    pieces.every((piece) => piece.digits === 1 && !piece.spelled) &&
    SCORES_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))
  );
}
const SCORES_BEFORE =
  /\b(?:scores?|items?|ratings?|rated|hours|mood|moods|phq-?9?|gad-?7?|suds|sleep|days|nights|this week|each day|per day)\b[^.!?\n\d]{0,20}$/;

const SSN_NAMED = /\b(?:social|ssn|security|sin)\b/;
// A telephone named before its digits: "her number", "the home number", "his cell".
const PHONE_NAMED =
  /\b(?:(?:phone|home|cell|mobile|work|landline|whatsapp|contact|her|his|their|my)(?: new| old| real| own| other)? number(?! of)|phone|cell|mobile|landline|whatsapp)\b/;

// "zip 30310", "zip code is three oh three one oh", "postal code: 97211".
const ZIP_BEFORE = /\b(?:zip|zip ?code|postal code|postcode)(?: (?:is|was|of))?[:,]? ?$/;

function isAmount(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  return (before !== "" && "$€£¥".includes(before)) || /^(?:%| ?percent|k\b)/.test(text.slice(end, end + 8));
}
