import { lexicons } from "../lexicons";
import { quotations } from "../text";
import type { Token, Words } from "../words";

/**
 * Names that are not a client's: public figures and characters ("Carl
 * Rogers", "Dr. Melfi"), the author's pets ("my dog Biscuit", "Otis, our
 * office cat"), the titles of books and films ("The Body Keeps the Score"),
 * and names in a sentence about a show or a film. Both name rules leave them
 * alone.
 */

// Words near a name that make it a pet's: "my dog Biscuit", "a corgi named Waffles", "Otis, our office cat"; or a
// plant's: "my office pothos is named Gerald"; or a thing's: "the Roomba is named Gary" (not a plant, a car, a truck or
// a boat, which name places and workplaces as often: "the Boeing plant in Everett", "his car on Woodward").
const PETS = new Set(
  `dog dogs pup puppy cat cats kitten kitty corgi tabby lab retriever poodle terrier beagle pug husky shepherd
  collie doodle bulldog dachshund chihuahua spaniel parrot bird budgie hamster bunny rabbit horse pony fish goldfish
  turtle tortoise lizard gecko snake ferret pig chicken hen goat pet pets cockatiel mutt grey gray cockatoo macaw
  parakeet conure lovebird canary greyhound whippet labrador lab pitbull rottweiler schnauzer yorkie dalmatian
  kittens puppies kelpie staffie staffy spoodle cavoodle moggy moggie chooks rooster hens chickens
  donkey alpaca leash heeler heelers cattledog sheltie malinois weimaraner vizsla akita shiba samoyed malamute newfie
  doberman basset bloodhound coonhound hound maltese pomeranian havanese frenchie westie scottie cockapoo labradoodle
  goldendoodle bernedoodle maltipoo cavapoo mastiff pointer setter poi siamese ragdoll sphynx calico
  pothos fern succulent cactus monstera bonsai orchid ficus houseplant roomba mannequin teddy plushie stuffie`.split(
    /\s+/,
  ),
);
/** Whether a post speaks of an animal, a plant or a toy anywhere in it (`PETS`). */
export const speaksOfAPet = (tokens: readonly Token[]) => tokens.some((token) => PETS.has(token.word));

// "Hamish the collie", "Biscuit the cat": a name, then "the" and a pet word ending the phrase, not a nickname's
// ("JoJo-the-bird-lady").
const isNamedPet = (folded: string, tokens: readonly Token[], last: number) => {
  const [the, pet, next] = [tokens[last], tokens[last + 1], tokens[last + 2]];
  if (the?.word !== "the" || pet === undefined || !PETS.has(pet.word)) return false;
  // The pet word ends the phrase: "Hamish the collie has", "Biscuit the cat." (not "Denise the goat farmer").
  const ends =
    next === undefined || /^\s*[,.;:!?)]/.test(folded.slice(pet.end, pet.end + 2)) || ENDS_A_PET.test(next.word);
  return folded.charAt(the.start - 1) === " " && folded.charAt(pet.end) !== "-" && ends;
};
const ENDS_A_PET = /^(?:has|had|is|was|does|did|will|would|can|could|and|\w+ed|\w+[^s]s)$/;
const OWNERS = new Set(["my", "our"]);
// Words that make the end put to sleep a pet's (not an anaesthetist's "put Maria to sleep").
const AT_THE_VET = new Set([
  "vet",
  "vets",
  "euthanasia",
  "euthanised",
  "euthanized",
  "paws",
  "kibble",
  "leash",
  "lead",
]);

// Words right before a name that make it a person's: "my new client Max".
const PERSON_BEFORE = new Set(
  "client clients patient patients kid boy girl man woman teen son daughter friend".split(" "),
);
// Whose a name is, said right before it: "my client Jules", "her son Theo" (a character's name has none).
const OWNED_BEFORE = new Set([...PERSON_BEFORE, "my", "our", "her", "his", "their", "your"]);
// What a client does and a pet does not, right after the name: "Max cancelled his session again".
const CLIENT_DEEDS = new Set(
  "cancelled canceled no-showed disclosed relapsed session sessions therapy intake appointment told said".split(" "),
);

// What a client does right after a name, and what makes a public figure's name a client's all the same: "came in today",
// "no-showed", "Alice Wong cancelled again", "Anthony Ramos, 17, told me", "Luke Grimes, the farmhand I see on
// Thursdays", "Mandy Moore came in after the miscarriage", "Jim Chee is a client of mine", "came back after three
// months", "missed his third session" (not "Biden came in for criticism", "came in second", "came back": a public
// figure's news).
const A_CLIENTS_DEED_AFTER =
  /^(?: (?:came|comes|coming) in (?:today|again|late|early|this (?:morning|afternoon|evening|week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|after|crying|shaking|furious|angry|upset|high|drunk|sober|limping|bruised)\b| (?:cancell?ed|no-show(?:ed|s)|relapsed|disclosed|showed up|finally (?:talked|told|said|opened)|keeps (?:showing up|coming in|calling|texting|asking)(?! in my (?:head|mind|dreams|thoughts|feed)))\b| from (?:the|my|our) (?:[\w-]+ ){0,2}(?:group|church|school|unit|team|class|shelter|program|programme)\b| (?:teaches|plays|races|coaches|works|worked|quarterbacked|played|wrestles|swims|runs)\b[^.!?\n]{0,40}\b(?:the|our) (?:middle school|high school|community college|county|local|elementary|junior high)\b|, (?:a|an) (?:[\w'-]+ ){0,3}(?:at|in|on|from) (?:the|our|my) (?:[\w-]+ ){0,2}(?:shipyard|plant|mill|mine|school|hospital|church|farm|ranch|store|shop|yard|base|depot|warehouse|factory|rig)\b|,? \d{1,2}(?:,| and\b| years old\b)|, (?:a|an|the|my|our) (?:[\w'-]+ ){0,6}?(?:i see|i'm seeing|i work with|i've been seeing|on my caseload|of mine)\b|, my (?:client|patient|\w+day|\d{1,2}(?::\d\d)? ?(?:am|pm)?)\b|, (?:a|an) \d{1,3}-year-old\b| is (?:a|my|our) (?:new )?(?:client|patient)(?: of mine)?\b| came back (?:after|to (?:therapy|session|group|see me))\b| missed (?:his|her|their) (?:\w+ )?(?:session|appointment)\b)/;
// …or right before it: "Worked with Diane Lane today", "a teen I see, Jamie Tartt" (not "whenever I see Brené Brown").
const A_SESSION_WITH_BEFORE =
  /\b(?:(?:worked with|working with|a session with|session with|sessions with|met with|saw|seeing|(?<!\b(?:whenever|when|if|every time|each time) )i see|intake (?:for|with)|had (?:a session|an intake|an appointment) with)\s|(?:i see|i'm seeing|on my caseload|my client|a client|my patient),\s)$/;
// How far around a name its client's deed is read.
const DEED_REACH = 80;
const BEFORE_REACH = 30;
/** Whether the text around the name at [start, end) treats it as a client's (read in lower case). */
export const isSeenAsAClient = (text: string, start: number, end: number) =>
  A_CLIENTS_DEED_AFTER.test(text.slice(end, end + DEED_REACH).toLowerCase()) ||
  A_SESSION_WITH_BEFORE.test(text.slice(Math.max(0, start - BEFORE_REACH), start).toLowerCase());

// Words that make a sentence about a show or a film, whose characters are not clients.
const MEDIA = new Set(
  `rewatching rewatched binge binged series season episode episodes sitcom movie movies film films novel novels
  character characters tv television netflix hbo hulu podcast podcasts memoir actor actress starring`.split(/\s+/),
);

// What follows "films" when it is what someone does: "she films every meal", "films herself".
const FILMS_A_THING = new Set("basically every everything herself himself themselves it them her him me us".split(" "));

const SHOWS_SEASON = /^(?:\d+|one|two|three|four|five|six|seven|finale|premiere|opener|of)$/;

// A title right after one of these is a show or a book: "Watching BoJack Horseman".
const WATCHING = new Set(["watching", "rewatching", "watched", "rewatched", "reading", "reread", "rereading"]);

// Someone watched doing something, or whose family is watched, is a person, not a show: "Watched Declan finally laugh",
// "watching Maya struggle", "watching Faith's dad walk out".
const DOING =
  /^(?:finally|slowly|actually|really|just|laugh|cry|smile|try|learn|struggle|walk|realise|realize|grow|fall|fight|leave|work|play|talk|open|light|get|make|take|\w+ing|mom|mum|dad|mother|father|parents|sister|brother|husband|wife|son|daughter|kids|family)$/;

// What someone wrote or has on file is theirs, not a book's: "Reread Nusrat's intake tonight", "reading Dana's poems",
// "reading Dmitri's discharge summary".
const THEIR_PAPERS_AFTER =
  /^(?:['’]s)? (?:\w+ )?(?:intake|chart|notes?|file|emails?|letters?|texts?|messages?|journal|diary|poems?|essay|homework|worksheets?|assessment|paperwork|reports?|records?|summary|summaries|referral|eval|evaluation)\b/;

// A session missed, right after a name: "Merveille didn't come Tuesday… pretending to watch TV" is a client, whatever
// the sentence says of TV.
const MISSED = new Set(["didn't", "never", "hasn't", "wouldn't", "won't"]);
const SESSION_DEEDS = new Set(["come", "show", "answer", "call", "text", "turn"]);
const isAMissedSession = (tokens: readonly Token[], last: number) =>
  MISSED.has(tokens[last]?.word ?? "") && SESSION_DEEDS.has(tokens[last + 1]?.word ?? "");

type Range = [start: number, end: number];

/** What the asides of one text are, worked out once, on the first name found in it. */
class Asides {
  readonly #tokens: readonly Token[];
  readonly #folded: string;
  /** Each name given a pet where it stands, by the token it is first given at. */
  readonly #petsNamed = new Map<string, number>();
  /** Every word of the public figures named in the text ("Prince Harry… the Harry thing"). */
  readonly famousWords = new Set<string>();
  /** Quotations whose words are mostly capitalized, as titles are. */
  readonly titles: Range[] = [];
  /** Sentences that talk about a show or a film. */
  readonly aboutMedia: Range[] = [];

  constructor(text: string, folded: string, tokens: readonly Token[]) {
    this.#tokens = tokens;
    this.#folded = folded;
    const words = tokens.map((token) => plain(token.word));
    // Where each pet is first named, read once: a text of a thousand "Mr J" asks for it a thousand times.
    words.forEach((word, at) => {
      // "Margaret is my cat" says it of the name itself: every mention is the pet's, the ones before it too.
      if (isSaidToBeAPet(tokens, at)) this.#petsNamed.set(word, -1);
      else if (!this.#petsNamed.has(word) && isPetNamedHere(folded, tokens, at)) this.#petsNamed.set(word, at);
    });
    const { famous, famousStarts, firstNames, surnames } = lexicons();
    words.forEach((word, at) => {
      if (!famousStarts.has(word)) return;
      // A one-word public figure many people share a name with ("Anna", "Brown") names no one again by that name alone.
      const fromSize = firstNames.has(word) || surnames.has(word) ? 2 : 1;
      for (let size = fromSize; size <= 3 && at + size <= words.length; size++) {
        const phrase = words.slice(at, at + size);
        if (famous.has(phrase.join(" "))) for (const word of phrase) this.famousWords.add(word);
      }
    });
    for (const [start, end] of quotations(folded)) {
      if (isTitleCase(text.slice(start, end))) this.titles.push([start, end]);
    }
    tokens.forEach((token, at) => {
      if (!MEDIA.has(token.word) || within(this.aboutMedia, token.start)) return;
      // "films basically every meal she eats": a verb, not a film.
      const next = tokens[at + 1];
      if (token.word === "films" && next && next.start === token.end + 1 && FILMS_A_THING.has(next.word)) return;
      // "after a rough season" is a team's, "his final season" a player's; "season two", "the season finale" a show's.
      if (token.word === "season" && !SHOWS_SEASON.test(tokens[at + 1]?.word ?? "")) return;
      // "small town counselling, episode 47: went to the fete in Akaroa": the author's own running series, a heading.
      if (token.word === "episode" && next && /^\d+$/.test(next.word) && text.charAt(next.end) === ":") return;
      this.aboutMedia.push(sentenceAround(text, token.start));
    });
  }

  /** Whether the name at [start, end) is not a client's; a title-case quotation only when `quotedTitles`. */
  has(start: number, end: number, quotedTitles: boolean, ofAPerson: boolean): boolean {
    const tokens = this.#tokens;
    const first = indexAt(tokens, start);
    const last = indexAt(tokens, end);
    const name = tokens.slice(first, last).map((token) => plain(token.word));
    // "Judith Herman's Trauma and Recovery": the run may start after the public figure's first name (not after a title:
    // "Dr. Sharon Lee", "King Charles Street").
    const before = tokens[first - 1];
    const fromTheWordBefore =
      before !== undefined && /^\p{Lu}/u.test(before.written) && isGivenNameBefore(plain(before.word))
        ? [plain(before.word), ...name]
        : [];
    // "Burnout by Emily and Amelia Nagoski": two public figures who share a surname, written once (not "Sarah and Brené
    // Brown": Sarah Brown is no one on the list).
    const [and, given, surname] = [tokens[last], tokens[last + 1], tokens[last + 2]];
    const { famous } = lexicons();
    const sharesTheirSurname =
      name.length === 1 &&
      and?.word === "and" &&
      given !== undefined &&
      surname !== undefined &&
      famous.has(`${plain(given.word)} ${plain(surname.word)}`) &&
      famous.has(`${name[0]} ${plain(surname.word)}`);
    // "Had to put my old girl Tilly to sleep": a pet, by what is done for one at the end.
    const putToSleep =
      tokens[last]?.word === "to" &&
      tokens[last + 1]?.word === "sleep" &&
      tokens.slice(Math.max(0, first - 4), first).some((token) => token.word === "put") &&
      tokens
        .slice(Math.max(0, first - 12), last + 14)
        .some((token) => PETS.has(token.word) || AT_THE_VET.has(token.word));
    // "Trudeau came in today, still furious", "Matt Damon came in today": a public figure's name, doing what a client
    // does, is a client's (not "Biden came in for criticism").
    const aClientsDeed = isSeenAsAClient(this.#folded, start, end);
    return (
      (isPublicFigure(name) && !aClientsDeed) ||
      sharesTheirSurname ||
      putToSleep ||
      hasPhraseOf(fromTheWordBefore, lexicons().famous, 2) ||
      (name.length > 0 && !aClientsDeed && name.every((word) => this.famousWords.has(word))) ||
      isPet(this.#folded, tokens, first, last) ||
      this.#namedAPetBefore(name, first) ||
      this.#namedACharacterBefore(name, first) ||
      (WATCHING.has(tokens[first - 1]?.word ?? "") &&
        !DOING.test(tokens[last]?.word ?? "") &&
        !THEIR_PAPERS_AFTER.test(this.#folded.slice(end, end + 30))) ||
      isCulturalReference(this.#folded, start, end) ||
      (quotedTitles && within(this.titles, start)) ||
      this.#inKnownTitle(name, start) ||
      (ofAPerson && within(this.aboutMedia, start) && !isAMissedSession(tokens, last))
    );
  }

  /**
   * A one-word name the text gave a pet earlier, mentioned again: "My cat Gordon is sixteen… Gordon hates the vet",
   * "Our rooster Gerald… Thanks, Gerald." Not where the same name is now someone's: "My dog Max is sick. Also my new
   * client Max…".
   */
  #namedAPetBefore(name: string[], first: number): boolean {
    const tokens = this.#tokens;
    if (name.length !== 1 || PERSON_BEFORE.has(tokens[first - 1]?.word ?? "")) return false;
    if (tokens.slice(first + 1, first + 5).some((token) => CLIENT_DEEDS.has(token.word))) return false;
    const named = this.#petsNamed.get(name[0] ?? "");
    return named !== undefined && named < first;
  }

  /**
   * A one-word name first met in a sentence about a show, said again later: "Rewatching The Good Place and Chidi's
   * agonising is far too real… My partner now says 'Chidi, you're doing it again'." Not a client's: "my client Chidi",
   * "Chidi cancelled".
   */
  #namedACharacterBefore(name: string[], first: number): boolean {
    const tokens = this.#tokens;
    const [word] = name;
    if (name.length !== 1 || word === undefined || PERSON_BEFORE.has(tokens[first - 1]?.word ?? "")) return false;
    if (tokens.slice(first + 1, first + 5).some((token) => CLIENT_DEEDS.has(token.word))) return false;
    const met = this.#charactersMet().get(word);
    return met !== undefined && met < first;
  }

  #characters: Map<string, number> | undefined;

  /**
   * Where each name was first met as a character: after a word about a show in its own sentence, with no one's person
   * word before it and no client's deed after it. One pass over the text, made on the first name asked about.
   */
  #charactersMet(): Map<string, number> {
    if (this.#characters !== undefined) return this.#characters;
    const characters = new Map<string, number>();
    const tokens = this.#tokens;
    let sentence: Range | undefined;
    let mediaSaid = false;
    tokens.forEach((token, at) => {
      if (sentence === undefined || token.start >= sentence[1]) {
        sentence = this.aboutMedia.find(([start, end]) => start <= token.start && token.start < end);
        mediaSaid = false;
      }
      if (sentence === undefined || token.start < sentence[0]) return;
      const word = plain(token.word);
      if (
        mediaSaid &&
        /^\p{Lu}/u.test(token.written) &&
        !characters.has(word) &&
        !OWNED_BEFORE.has(tokens[at - 1]?.word ?? "") &&
        !tokens.slice(at + 1, at + 5).some((next) => CLIENT_DEEDS.has(next.word))
      )
        characters.set(word, at);
      if (MEDIA.has(token.word)) mediaSaid = true;
    });
    this.#characters = characters;
    return characters;
  }

  /** Whether a book, film or show the name is a word of is written around `start`: "The Body Keeps the Score". */
  #inKnownTitle(name: string[], start: number): boolean {
    const { titlesByWord } = lexicons();
    return name.some((word) =>
      // Only the title's own length around the name is read: a word many titles have ("love", "house") would read the
      // rest of the text once for each of them.
      (titlesByWord.get(word) ?? []).some((title) => {
        const from = Math.max(0, start - title.length + 1);
        const found = this.#folded.slice(from, start + title.length).indexOf(title);
        return found >= 0 && from + found <= start;
      }),
    );
  }
}

/**
 * Whether the name at [start, end) of the text is not a client's: a public figure, a pet, a title, a character. A
 * quotation in title case is read as a title unless the caller knows better (`quotedTitles` false: "'Big Mike', as he
 * insists I call him" quotes a nickname). A sentence about a show excuses a person's name (a character's), not a town's
 * (`ofAPerson` false): "can't hear a monitor alarm on TV" leaves "Elmhurst night-shift nurse" a place.
 */
export function isAside(
  input: { text: string; folded: string; words: Words },
  start: number,
  end: number,
  quotedTitles = true,
  ofAPerson = true,
): boolean {
  const { text, folded, words } = input;
  return words.view(Asides, () => new Asides(text, folded, words.tokens)).has(start, end, quotedTitles, ofAPerson);
}

const plain = (word: string) => word.replace(/'s?$/, "");

/**
 * A name that includes a public figure or character ("Carl Rogers"), or a school of thought ("Jungian"); not a first name
 * no public figure has before a surname one has ("Bronwen Ellis-Pryce", "Sarah Brown": "Ellis" and "Brown" are theorists).
 */
// What is named for someone: "Mickelson Trail", "Chavez Park", "King Elementary".
export const NAMED_FOR_SOMEONE = new Set(
  `trail street avenue road park bridge lake river field stadium library memorial square boulevard way drive lane plaza
  hall center centre school high elementary middle academy college hospital sound bay island county falls creek
  mountain valley harbor harbour beach springs ridge hill point port canyon airport`.split(/\s+/),
);

function isPublicFigure(name: string[]): boolean {
  const { famous, firstNames, surnames } = lexicons();
  const first = name[0] ?? "";
  // A place named for someone ("Mickelson Trail", "Lincoln High Lynx") is a place, not the person.
  if (name.slice(1).some((word) => NAMED_FOR_SOMEONE.has(word))) return false;
  // Someone's own first name: only a public figure's whole name counts, not a surname alone ("Rosalind Achebe" is
  // someone else than Chinua Achebe).
  const ownFirstName = name.length >= 2 && firstNames.has(first);
  const shortest = ownFirstName ? 2 : 1;
  // "Carl Brown", "Anna Klein": a first name, even one some public figure or character has, before a surname many
  // people have, is someone's own name; "Carl Rogers", "Brené Brown" are on the list whole. Alone, only a name no one
  // else is given counts ("Sigmund Freud").
  const alone = ownFirstName ? (word: string) => !surnames.has(word) && !firstNames.has(word) : undefined;
  return (
    hasPhraseOf(name, famous, shortest, alone) ||
    hasPhraseOf(
      name.map((word) => word.replace(/i?ans?$/, "")),
      famous,
      shortest,
      alone,
    )
  );
}

/** A first name, not a title a public figure's name may follow ("Dr. Sharon", "Lady Gaga", "King Charles"). */
const isGivenNameBefore = (word: string) => lexicons().firstNames.has(word) && !TITLES_BEFORE_A_NAME.has(word);
const TITLES_BEFORE_A_NAME = new Set(
  "dr mr mrs ms mx miss mister prof sir dame lady lord king queen prince princess pope saint st father sister brother rev reverend".split(
    " ",
  ),
);

/**
 * Whether any phrase of `shortest` (one, unless told) to three of the words is in `phrases`; a single word only where
 * `counts` says so, when given.
 */
export function hasPhraseOf(
  words: readonly string[],
  phrases: ReadonlySet<string>,
  shortest = 1,
  counts?: (word: string) => boolean,
): boolean {
  for (let at = 0; at < words.length; at++) {
    for (let size = shortest; size <= 3 && at + size <= words.length; size++) {
      const phrase = words.slice(at, at + size).join(" ");
      if (phrases.has(phrase) && (size > 1 || counts === undefined || counts(phrase))) return true;
    }
  }
  return false;
}

/**
 * A pet word within four words before the name, or after it with "my" or "our" ("Pancake (my cat)"); or, for a name
 * given, a pet word earlier in the clause: "adopted two kittens and, being insufferable, named them Sigmund and Carl".
 */
function isPet(folded: string, tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens.slice(Math.max(0, first - 4), first).map((token) => token.word);
  const after = tokens.slice(last, last + 4).map((token) => token.word);
  // "named them Sigmund (and Carl)", "named Biscuit", "called it Waffles", right before the name; not "she called
  // Deshawn, her neighbour", nor "they named the new baby Aaliyah".
  const naming = before.findIndex((word) => NAMING.has(word));
  const said = before.slice(naming + 1).filter((word) => !NAMED_AS.has(word) && !PETS.has(word));
  const named =
    naming >= 0 &&
    (before[naming] === "named" || NAMED_AS.has(before[naming + 1] ?? "")) &&
    (said.length === 0 || (said.length === 2 && said[1] === "and"));
  const earlier = named ? tokens.slice(Math.max(0, first - NAMED_PET_REACH), first).map((token) => token.word) : [];
  // A place's name is no pet's: "lost both dogs when Caney Creek came up" (but "the dog went mental when Archie came home"),
  // nor is a name where something is: "the Greyhound station in Yakima".
  if (PLACE_KINDS.has(tokens[last - 1]?.word ?? "") || PLACE_KINDS.has(tokens[last]?.word ?? "")) return false;
  if (WHERE.has(tokens[first - 1]?.word ?? "")) return false;
  return (
    before.some((word, at) => PETS.has(word) || (word === "russell" && before[at - 1] === "jack")) ||
    earlier.some((word) => PETS.has(word)) ||
    isNamedPet(folded, tokens, last) ||
    (after.some((word) => PETS.has(word)) && after.some((word) => OWNERS.has(word)))
  );
}
/**
 * A name given a pet right where it stands: "rooster Gerald", "a corgi named Waffles", "Hamish the collie", "two kittens…
 * named them Sigmund".
 */
function isPetNamedHere(folded: string, tokens: readonly Token[], at: number): boolean {
  // Read for every word of a text with a name in it: no array or closure made per word.
  const twoBefore = tokens[at - 2]?.word ?? "";
  const before = tokens[at - 1]?.word ?? "";
  return (
    PETS.has(before) ||
    (PETS.has(twoBefore) && NAMING.has(before)) ||
    (NAMING.has(twoBefore) && NAMED_AS.has(before) && isPet(folded, tokens, at, at + 1)) ||
    isNamedPet(folded, tokens, at + 1)
  );
}

/** "Margaret is my cat", "Otis was our office dog": the name, then what it is. */
function isSaidToBeAPet(tokens: readonly Token[], at: number): boolean {
  const [is, whose, pet, orPet] = [tokens[at + 1], tokens[at + 2], tokens[at + 3], tokens[at + 4]];
  return (
    (is?.word === "is" || is?.word === "was") &&
    OWNERS.has(whose?.word ?? "") &&
    (PETS.has(pet?.word ?? "") || PETS.has(orPet?.word ?? ""))
  );
}

const WHERE = new Set("in at from near outside across into".split(" "));
const PLACE_KINDS = new Set(
  "creek river lake road street avenue county park hill mountain valley bay beach island falls springs ridge harbor harbour".split(
    " ",
  ),
);
// How far before "named them" a pet word may be.
const NAMED_PET_REACH = 12;
const NAMED_AS = new Set(["them", "it", "him", "her"]);
const NAMING = new Set(["named", "called"]);

/**
 * A quotation whose words are mostly capitalized, as titles are, and mostly English words: "Mind Over Mood",
 * "Love's Executioner"; not a name in quotes, "'Desmond Achterberg'".
 */
function isTitleCase(quotation: string): boolean {
  const words = quotation.slice(1, -1).split(/\s+/).filter(Boolean);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word));
  const { english } = lexicons();
  const ordinary = capitalized.filter((word) => english.has(word.toLowerCase().replace(/[^\p{L}']|'s$/gu, "")));
  return capitalized.length >= 2 && capitalized.length * 2 >= words.length && ordinary.length * 2 >= capitalized.length;
}

// Someone named as a reference, not as a client: "Keanu Reeves energy", "what would Dolly Parton do", "compared
// her ex to Kanye", "Mary Oliver's 'wild and precious life'".
const REFERENCE_BEFORE =
  /\b(?:what would|channell?ing|compared (?:\w+ ){1,2}to|the (?:next|new)|a (?:real|total|young)|very) $/;
const REFERENCE_AFTER = /^(?:'s)? (?:energy|vibes|mode|moment|style|level)\b/;

function isCulturalReference(folded: string, start: number, end: number): boolean {
  return (
    REFERENCE_BEFORE.test(folded.slice(Math.max(0, start - 24), start)) ||
    REFERENCE_AFTER.test(folded.slice(end, end + 12))
  );
}

/** The sentence around `at`: from just after the last ".", "!", "?" or line break before it to the next one. */
function sentenceAround(text: string, at: number): Range {
  let [start, end] = [at, at];
  while (start > 0 && !".!?\n".includes(text.charAt(start - 1))) start--;
  while (end < text.length && !".!?\n".includes(text.charAt(end))) end++;
  return [start, end];
}

const within = (ranges: Range[], at: number) => ranges.some(([start, end]) => start <= at && at < end);

/** The index of the first token that starts at or after `at` (binary search: tokens are in order). */
export function indexAt(tokens: readonly Token[], at: number): number {
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
