import { lexicons } from "../lexicons";
import type { MappedText } from "../text";
import {
  gated,
  groupSpansOf,
  inOrigin,
  type Rule,
  type Span,
  spansOf,
  whenAnyWord,
  whenDigits,
  whenSeen,
} from "./rule";

// Top-level domains common enough to name, so "e.g." or "Node.js" are not
// read as web addresses.
const TLD =
  "(?:com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|se|no|dk|fi|ch|at|be|pl|pt|br|mx|in|jp|cn|kr|ru|info|biz|me|ly|app|dev|health|care|life|online|site|xyz|tv|fm|gg|page|blog|email|ee|bio|gd|gl|africa|ng|ke|za|gh|ug|tz|rw|zw|pk|ph|sg|lk|bd|np|ae|qa|eg|cl|ec|uy|cr|gt|jm|tt)";

// The look-behind starts a match only where an address can start: where a
// run of the characters before an "@" starts.
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/g;
// A dot or an "at" written out or defanged: " dot ", ", dot ", "(dot)", "[.]", "{at}", "(at)".
const DOT =
  "(?:\\((?:dot|punkt)\\)|\\[(?:dot|punkt)\\]|\\{dot\\}|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|,? dot,? | punto | ponto | punkt )";
// …and in Spanish and Portuguese: "tiburon.viejo58 arroba gmail punto com".
const AT = "(?:\\(at\\)|\\[at\\]|\\{at\\}|<at>|\\[@\\]|\\(@\\)|,? at,? | arroba )";
// "john at gmail dot com", "john (at) gmail (dot) com", "jo{at}clinic[.]org", "jsmith at brightpath. org". A full stop
// and a space before an ending that is also a word ends a sentence: "Her slot was Tuesday at ten. It's been…".
const SENTENCE_WORD_TLD = "(?:it|at|in|no|be|us|is|so|do|to|am|my|on|as|go)";
const SPELLED_EMAIL = new RegExp(
  `(?<![a-z0-9._%+-])[a-z0-9._%+-]+(?: ?${DOT} ?[a-z0-9_%+-]+)* ?${AT} ?[a-z0-9-]+(?: ?(?:${DOT}|\\.) ?[a-z0-9-]+)*?(?: ?${DOT} ?| ?\\.(?: (?!${SENTENCE_WORD_TLD}\\b))?)${TLD}\\b`,
  "g",
);
// Mail providers, so "jane dot doe at outlook" or "jdoe84 at gmail" is an address without its ".com".
const MAIL_PROVIDERS =
  "(?:gmail|googlemail|yahoo|outlook|hotmail|icloud|aol|proton ?mail|proton|live|msn|comcast|ymail|g mail|hot mail)";
// "tamsin underscore writes": a mailbox's marks spelled out.
const SPELLED_MARK = "(?: (?:underscore|dash|hyphen) )";
// The name before "at" must look like a mailbox: dotted, underscored, with a digit, or after "email is" or "his address
// is", so "she works at yahoo" stays fine; or told as a recipe ("his email is his dog's name plus the year he enlisted,
// at gmail").
const PROVIDER_EMAIL = new RegExp(
  `(?<![a-z0-9._%+-])(?:[a-z0-9%+-]+(?:(?:[._]| ?${DOT} ?|${SPELLED_MARK})[a-z0-9%+-]+)+|[a-z%+-]*\\d[a-z0-9%+-]*)(?:@| ?${AT} ?)${MAIL_PROVIDERS}\\b|\\be-?mail(?: address)? (?:is|was) (?:his|her|their|the) [^.!?\\n]{0,60}?\\b(?:name|names|initials|birthday|year|number|plus)\\b[^.!?\\n]{0,60}?\\bat ${MAIL_PROVIDERS}\\b|\\b(?:e-?mail(?: address)?|address) (?:is|was|:) ?[a-z0-9._%+-]+ ?(?:@|${AT}) ?${MAIL_PROVIDERS}\\b|\\b(?:e-?mailing|e-?mails|e-?mailed|writes|writing|messaging) (?:me |us )?from [a-z0-9._%+-]{3,} ?(?:@|${AT}) ?${MAIL_PROVIDERS}\\b`,
  "g",
);

// A link, also defanged ("hxxps://", "https[:]//", "www[.]"), as people share them to slip past filters.
const URL = /\b(?:h(?:tt|xx|\*\*)ps?(?::|\[:\])\/\/|www(?:\.|\[\.\]|\(\.\)))[^\s<>"]+[^\s<>".,;:!?)]/g;
// Likewise where a run of label characters before a dot starts.
const DOMAIN = new RegExp(
  `(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+${TLD}\\b(?:/[^\\s<>"]*[^\\s<>".,;:!?)])?`,
  "g",
);
// "example dot com", "example[.]com", "bit(.)ly/x". A label is at most 63 characters (as DNS has it), so a long run of
// letters and hyphens ("-a-a-a-a…") is not read again from each of its word edges.
const SPELLED_DOMAIN = new RegExp(`\\b[a-z0-9-]{2,63} ?${DOT} ?${TLD}\\b(?:/[^\\s<>"]*[^\\s<>".,;:!?)])?`, "g");

// Crisis resources may be named, and tools whose name is their address
// (telehealth platforms therapists use); they are the only addresses allowed.
const ALLOWED_DOMAINS = new Set(["988lifeline.org", "findahelpline.com", "doxy.me", "vsee.me"]);

// "@everyone", "@here", "@channel": a chat's mention of all its members, nobody's handle.
const HANDLE =
  /(?<![\w.@/])@(?!(?:everyone|here|channel|all|team|room)(?![\w@.]|\.\w))[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@])/g;
const PLATFORM =
  "(?:instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|linkedin|reddit|youtube|discord|telegram|whatsapp|threads|bluesky|twitch)";
// A second account, named like a platform: "her finsta is leahs.other.side".
const SECOND_ACCOUNTS = ["finsta", "rinsta", "spam account", "alt account", "second account"];
const SECOND_ACCOUNT = `(?:${SECOND_ACCOUNTS.join("|")})`;
const PLATFORM_HANDLE = new RegExp(
  `\\b${PLATFORM}(?: ?: ?| (?:handle|account|username|user ?name|id)(?: is)? ?:? ?)@?[a-z0-9_.]{3,30}\\b`,
  "g",
);
// Platforms where money is sent to a handle.
const PAYMENT = "(?:venmo|cash ?app|paypal|zelle)";
// A handle after its platform without an "@": "her insta is jess.runs.far",
// "on tiktok as dancing_queen", "venmo me at jay-r", "cashapp $jessruns".
// After "is" or "at" the name must look like a handle (a dot, an underscore
// or a digit inside), so "her insta is private" stays fine, and so does "off
// WhatsApp at last." (its full stop is no dot inside); "as" is cue enough.
const HANDLE_CHARS = "[a-z0-9][a-z0-9_.-]{1,28}[a-z0-9_]";
const NAMED_HANDLE = new RegExp(
  [
    `\\b(?:${PLATFORM}|${PAYMENT}|${SECOND_ACCOUNT})(?: (?:handle|account|name|username|page|profile))?(?: (?:is|was|at|me at|@)|:) (?=[a-z0-9_.-]*(?:[._][a-z0-9_]|\\d))${HANDLE_CHARS}\\b`,
    `\\b(?:on|from) (?:${PLATFORM}|${SECOND_ACCOUNT}) (?:as|under) ["'“‘]?@?${HANDLE_CHARS}\\b`,
    // "sent her snap x.xmidnightrose.x": someone's platform, then what looks like a handle, no "is" between
    `\\b(?:her|his|their|my) (?:${PLATFORM}|${SECOND_ACCOUNT}) (?=[a-z0-9_.-]*(?:[._][a-z0-9_]|\\d))${HANDLE_CHARS}\\b`,
    `\\b${PAYMENT}(?: me)?(?: at)? \\$[a-z][a-z0-9_-]{2,19}\\b`,
  ].join("|"),
  "g",
);
// "the handle is lunaskye.vibes", "his gamer tag is xxdarkwolfkingxx": a handle named as one (not the verb: "what they
// can't handle is feeling afraid").
const CALLED_HANDLE = new RegExp(
  // "tag" and "account" are ordinary words too ("the account is minus $300"): after them the name must look like a
  // handle, as after a platform.
  `\\b(?:(?<!\\b(?:can|can't|cannot|could|couldn't|to|will|won't|would|wouldn't|they|we|you|i|she|he) )(?:handle|username|user name|gamertag|gamer tag|screen ?name|display name)(?: on (?:the |her |his |their |a )?[a-z ]{2,30}?)? (?:is|was|:) ["'“‘]?@?|(?:tag|account) (?:is|was|:) @?(?=[a-z0-9_.-]*(?:[._][a-z0-9_]|\\d)))${HANDLE_CHARS}\\b`,
  "g",
);
// "his Xbox gamertag, xXGrimLanternXx, so I could check his stats": a gamer's name set off after its kind, written as
// such names are (a digit, an underscore, a dot, or a capital inside: not "his username, obviously").
const GAMER_NAME =
  /\b(?:[Gg]amer ?tag|[Uu]ser ?name|[Ss]creen ?name|PSN(?: ID)?|BattleTag|Riot ID|Steam name|Epic name),? ["'“]?((?=[A-Za-z0-9_.-]*(?:\d|_|\.[A-Za-z]|[a-z][A-Z]))[A-Za-z0-9][A-Za-z0-9_.-]{2,29})\b/dg;
// A name given after its kind, a few words on, written as such names are (letters, then a digit): "his gamer tag so i can
// see his builds - xXPyroKingXx99", "pick usernames and one of mine chose marissaquinlan1987".
const NAME_OF_ITS_KIND =
  /\b(?:[Uu]ser ?names?|[Hh]andles?|[Gg]amer ?tags?|[Ss]creen ?names?)\b[^.!?\n]{0,60}?\b((?=[A-Za-z0-9_.]*\d)(?=[A-Za-z0-9_.]*[A-Za-z]{4})[A-Za-z][A-Za-z0-9_.]{4,29})\b/dg;
// "still follows her on insta, rickyv_official": a word joined by an underscore is written as a handle, whatever precedes it.
const UNDERSCORED = /(?<![\w@.-])[a-z][a-z0-9]*_[a-z0-9][a-z0-9_]*(?![\w@-])/g;
// …and a dotted name that ends in one, as handles end: "d.moraless_ on there" (a dot or a digit before it: not a word
// and an underscore alone).
const ENDS_UNDERSCORED = /(?<![\w@./-])[a-z][a-z0-9]*[.\d][a-z0-9.]*_(?![\w@-])/g;
// A dotted name ending in digits, as app IDs are written: "slid her ID across anyway — sunny.k555 —" (not a file's
// extension or a version: "notes.v2", "fig.3").
const DOTTED_ID = /(?<![\w@./-])[a-z][a-z0-9_]{2,}\.[a-z]{1,3}\d{3,}(?![\w@.-]*[\w@-])/g;
// …and three parts or more between dots, two with letters, one with a digit, as handles and app IDs are spelled out:
// "she's u.r.bfflol22", "the ID the daughter uses, tum.bkk.1992" (not a version, "v1.2.3", nor "e.g." or "a.m.").
const DOTTED_HANDLE = /(?<![\w@./-])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2,}(?![\w@.-]*[\w@-])/g;
// Not a figure, a section or a version by its number ("fig.2.3a", "sec.4.1b"), nor a file by its kind after its last dot
// ("notes.final.v2.docx", `FILE_EXTENSION`).
const isDottedHandle = (found: string) =>
  /\d/.test(found) &&
  found.split(".").filter((part) => /[a-z]/.test(part)).length >= 2 &&
  !NUMBERED_PART.test(found) &&
  !FILE_EXTENSION.test(found.slice(found.lastIndexOf(".")));
const NUMBERED_PART = /^(?:fig|figs|eq|no|vol|ch|chap|sec|para|art|pp?|v|ver|rev|tab|app)\./;
// A payment address with no domain after its "@", as UPI writes one: "came in over UPI from faizan.m55@okexample" (a
// dot, an underscore or a digit before it; an email's domain has a dot and is the email rule's).
const PAYMENT_ADDRESS =
  /(?<![\w.@/-])(?=[a-z0-9._-]*[._\d])[a-z0-9][a-z0-9._-]{2,}@[a-z][a-z0-9]{1,15}(?![\w@-]|\.[a-z])/g;
// …and a first name, a dot and a year: "tyler.2009" (not "report.2024").
const NAME_DOT_YEAR = /(?<![\w@./-])[a-z]{3,}\.(?:19|20)\d\d(?![\w@.-]*[\w@-])/g;
// A file's name, not a person's handle: called a file just before ("a spreadsheet called 'final_final_v3'"); a
// version alone is no sign ("messages her from darkangel_v2").
const FILE_CALLED =
  /\b(?:spreadsheet|file|document|doc|folder|template|sheet|deck|slides|workbook|tab)s? (?:called|named|titled|saved as)\W{0,2}$/;
const isFileName = (folded: string, span: Span) =>
  FILE_CALLED.test(folded.slice(Math.max(0, span.start - 40), span.start)) ||
  FILE_EXTENSION.test(folded.slice(span.end, span.end + 6)) ||
  isVersioned(folded.slice(span.start, span.end));
// …or written with its kind after a dot: "FINAL_v7_REALLYFINAL_useThis.docx", "thesis_final_v2.pdf".
const FILE_EXTENSION =
  /^\.(?:docx?|pdf|xlsx?|pptx?|txt|csv|odt|rtf|pages|key|jpe?g|png|gif|heic|mp[34]|mov|zip|sav|r|py)\b/;
// "CV_final_FINAL_v3", "notes_draft2": every part a file's version or kind, one of them a version (not "darkangel_v2").
const isVersioned = (word: string) => {
  const parts = word.split("_");
  return parts.every((part) => FILE_PART.test(part)) && parts.some((part) => VERSION_PART.test(part));
};
const VERSION_PART = /^(?:v\d+|final|draft\d*|copy\d*|rev\d*|revised|edited|updated)$/;
const FILE_PART =
  /^(?:v\d+|\d+|final|draft\d*|copy\d*|rev\d*|revised|edited|updated|new|old|clean|fixed|cv|resume|notes?|template|report|letter|summary|plan|form|intake|invoice|budget|schedule|slides|deck|handout|doc|file|ver\d*)$/;

// "is xXdarkangelXx on discord", "posts as lil.moth_22 on tiktok": a word before its platform that is shaped as a
// handle (a digit, an underscore or dot inside, or capitals inside the word, as the author wrote it).
const HANDLE_BEFORE_PLATFORM = new RegExp(`(?<![\\w@.-])${HANDLE_CHARS}(?= on ${PLATFORM}\\b)`, "g");
const HANDLE_SHAPED = /[_.\d]|\p{Ll}\p{Lu}/u;

// A Discord or game tag: "grimveil#4419".
const NUMBERED_TAG = /(?<![\w#])[a-z0-9_.]{2,32}#\d{4}\b/g;
// A Reddit user: "u/throwaway_nightshift_dad" ("r/" names a community, not a person).
const REDDIT_USER = /(?<![\w/])\/?u\/[a-z0-9_-]{3,30}\b/g;

// Also defanged, as one is shared to slip past a filter: "203[.]0[.]113[.]57", "10(.)0(.)0(.)1", "98 dot 114 dot 22 dot 7".
const IP_ADDRESS =
  /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)| \. | dot )){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
// An IPv6 address: groups of hex digits and colons, with at least one "::" or seven colons, and a digit.
const IP_V6 = /(?<![\w:])(?=[0-9a-f:]*\d)(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?::[0-9a-f]{1,4})*(?![\w:])/g;
// A map position: "41.7712, -88.1503", as shared pins and location posts give them.
const COORDINATES = /(?<![\w.-])-?\d{1,2}\.\d{3,7},\s?-?\d{1,3}\.\d{3,7}(?![\w.])/g;

// Cheap sightings that gate the costlier patterns: most posts have none.
const SPELLED_AT = new RegExp(AT);
const SPELLED_DOT = new RegExp(DOT);

const MAIL_PROVIDER_GATE = new RegExp(`\\b${MAIL_PROVIDERS}\\b`);

const emails = whenSeen(/@/, ({ despaced }) => emailsInView(despaced()));
// "chat at 988lifeline.org", "look at findahelpline.com": a plain word before a spoken "at" is prose, not a mailbox.
// Spaced out too: "m e h m e t 7 7 [at] g m a i l [dot] c o m".
const spelledEmails = whenSeen(SPELLED_AT, ({ folded, despaced }) => {
  const view = SPACED_OUT.test(folded) ? despaced() : { text: folded, removed: [] };
  return inOrigin(
    view,
    spansOf(SPELLED_EMAIL, view.text, "email").filter((span) => !isWordAtSite(view.text.slice(span.start, span.end))),
  );
});

function isWordAtSite(found: string): boolean {
  const [before] = found.split(/,? at,? /);
  return before !== undefined && before !== found && lexicons().english.has(before);
}
const providerEmails = whenSeen(MAIL_PROVIDER_GATE, ({ folded }) =>
  spansOf(PROVIDER_EMAIL, folded, "email").filter(
    (span) => !UNDERSCORE_AS_A_VERB.test(folded.slice(span.start, span.end)),
  ),
);
// "underscore" the verb, not the mark: "shows kids who underscore how at live concerts…".
const UNDERSCORE_AS_A_VERB = /\b(?:\w+ )?(?:underscore|dash|hyphen) (?:how|what|why|that|the|this|my|our|a|an|it)\b/;

export const email: Rule = (input) => [...emails(input), ...spelledEmails(input), ...providerEmails(input)];

const emailsInView = (view: MappedText) => inOrigin(view, spansOf(EMAIL, view.text, "email"));

// Spaced-out writing near a dot ("gmail . com", "g m a i l.com"): only then
// is the de-spaced view worth making for domains.
const SPACED_OUT = / \.|(?:^|\s)\S \S(?:\s|$)/;

// A letter or digit, a dot, a letter: a domain cannot be written without one
// (spaced-out writing is joined first), and prose puts a space after its full stops.
const DOTTED = /[a-z0-9]\.[a-z]/;

// "a red dot in the chart": a spoken dot before a word that is also a domain ending is prose.
const WORD_AFTER_DOT = / dot (?:in|it|at|me|us|no|be|care|life|page|online|site|email|blog|health)$/;
const LINK_GATE = /h(?:tt|xx|\*\*)p|www/;

// A domain needs a dot; only then is spaced-out writing worth joining.
// Joined, the writing beside a domain may hide it ("'get it' - mybrokenwings.blog" reads "'getit'-mybrokenwings.blog"):
// a domain the text shows as written is found too.
const domains = whenSeen(/\./, ({ folded, despaced }) => {
  const written = DOTTED.test(folded) ? spansOf(DOMAIN, folded, "url") : [];
  const view = SPACED_OUT.test(folded) ? despaced() : undefined;
  const joined = view && DOTTED.test(view.text) ? inOrigin(view, spansOf(DOMAIN, view.text, "url")) : [];
  const found = [
    ...joined,
    ...[
      ...written,
      ...spansOf(ANY_HOST_WITH_A_NUMBERED_PATH, folded, "url").filter(
        (span) => !written.some((other) => overlaps(span, other)),
      ),
    ].filter((span) => !joined.some((other) => overlaps(span, other))),
  ];
  return found.filter((span) => !ALLOWED_DOMAINS.has(folded.slice(span.start, span.end).replace(/\s/g, "")));
});
// A host of any ending with a path that numbers someone: "clinicportal.example/pt/jharmon1990" (a name and a birth year
// in a portal's link; not "notes.docx/pdf", which has no digit).
const ANY_HOST_WITH_A_NUMBERED_PATH =
  /(?<![@\w.-])[a-z0-9-]{3,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,24}\/[\w\-./%~?=&]{0,200}?\d[\w\-/%~?=&]{0,200}/g;
const overlaps = (one: Span, other: Span) => one.start < other.end && other.start < one.end;
// A "DOT" in capitals after a state's capitalized name is its transport department, not a spelled dot: "the Colorado DOT
// app says the pass is closed" (not "janedoe DOT com").
const AN_AGENCY_DOT = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? DOT /u;
const spelledDomains = whenSeen(SPELLED_DOT, ({ text, folded }) =>
  spansOf(SPELLED_DOMAIN, folded, "url").filter(
    (span) =>
      !WORD_AFTER_DOT.test(folded.slice(span.start, span.end)) && !AN_AGENCY_DOT.test(text.slice(span.start, span.end)),
  ),
);
const links = whenSeen(LINK_GATE, ({ folded }) => spansOf(URL, folded, "url"));

export const url: Rule = (input) => [...links(input), ...domains(input), ...spelledDomains(input)];

const PLATFORM_WORDS = PLATFORM.slice(3, -1).split("|");
const PAYMENT_WORDS = ["venmo", "cash", "cashapp", "paypal", "zelle"];
const SECOND_ACCOUNT_WORDS = [...new Set(SECOND_ACCOUNTS.map((name) => name.split(" ").at(-1) ?? name))];

const atHandles = whenSeen(/@/, ({ folded }) => spansOf(HANDLE, folded, "handle"));
const platformHandles = whenAnyWord(PLATFORM_WORDS, ({ folded }) => spansOf(PLATFORM_HANDLE, folded, "handle"));
const namedHandles = whenAnyWord([...PLATFORM_WORDS, ...PAYMENT_WORDS, ...SECOND_ACCOUNT_WORDS], ({ folded }) =>
  spansOf(NAMED_HANDLE, folded, "handle"),
);
// "her TikTok is lilbeanwrites.": after "is", a name of plain letters that ends what is said of the platform may be a
// handle when it is no English word, or slang no list has ("his tiktok is brainrot."): held, not refused. A word that
// goes on is said of it ("her insta is lowkey a cry for help"), as are "her insta is private" and "his snap is gone".
const PLATFORM_IS_WORD = new RegExp(
  `\\b(?:${PLATFORM}|${PAYMENT})(?: (?:handle|account|name|username|page|profile))? (?:is|was) ([a-z]{4,30})(?=\\s*(?:[.,;:!?()]|$)|\\s(?:and|but|so|if|on|btw|lol|where|with|which|that|who)\\b)`,
  "dg",
);
const handlesOfPlainLetters = whenAnyWord([...PLATFORM_WORDS, ...PAYMENT_WORDS], ({ folded }) =>
  groupSpansOf(PLATFORM_IS_WORD, folded, "possible-handle").filter(
    (span) => !lexicons().english.has(folded.slice(span.start, span.end)),
  ),
);
const redditUsers = whenSeen(/u\//, ({ folded }) => spansOf(REDDIT_USER, folded, "handle"));

const numberedTags = whenSeen(/#\d/, ({ folded }) => spansOf(NUMBERED_TAG, folded, "handle"));

// A cashtag names a payment account with no word before it: "sent $20 from $jaybirdpays". An amount starts with a digit.
const CASHTAG = /(?<![\w$])\$[a-z][a-z0-9_-]{2,19}\b/g;
const cashtags = whenSeen(/\$[a-z]/, ({ folded }) => spansOf(CASHTAG, folded, "handle"));

// A handle's shape (a digit, a dot, an underscore, camelCase) refuses; words run together only hold, as a community or a
// kind of creator is written the same way ("found bookstagram on Instagram", "follows mukbangers on YouTube").
const handlesBeforePlatform = whenAnyWord(PLATFORM_WORDS, ({ text, folded }) =>
  spansOf(HANDLE_BEFORE_PLATFORM, folded, "handle").flatMap((span): Span[] => {
    if (HANDLE_SHAPED.test(text.slice(span.start, span.end).replace(/^[A-Z]/, ""))) return [span];
    return isRunTogether(folded, span) ? [{ ...span, rule: "possible-handle" }] : [];
  }),
);

/**
 * Words run together as a handle is, no dictionary's word, after a word that puts someone behind an account: "the
 * person behind bronxbornbipolar on TikTok", "she runs sadgirlsupperclub on Instagram" (not "psychoeducation on TikTok").
 */
function isRunTogether(folded: string, span: Span): boolean {
  const word = folded.slice(span.start, span.end);
  if (word.length < RUN_TOGETHER_LENGTH || !/^[a-z]+$/.test(word) || lexicons().english.has(word)) return false;
  return BEHIND_AN_ACCOUNT.test(folded.slice(Math.max(0, span.start - 20), span.start));
}
const RUN_TOGETHER_LENGTH = 8;
const BEHIND_AN_ACCOUNT =
  /\b(?:behind|runs|run|ran|called|named|as|account|username|handle|follows|follow|followed|found)\s+$/;

export const handle: Rule = (input) => [
  ...atHandles(input),
  ...platformHandles(input),
  ...namedHandles(input),
  ...handlesOfPlainLetters(input),
  ...redditUsers(input),
  ...spansOf(CALLED_HANDLE, input.folded, "handle"),
  ...groupSpansOf(NAME_OF_ITS_KIND, input.text, "handle"),
  ...groupSpansOf(GAMER_NAME, input.text, "handle").filter(
    (span) => !lexicons().safe.has(input.folded.slice(span.start, span.end)),
  ),
  ...spansOf(UNDERSCORED, input.folded, "handle").filter((span) => !isFileName(input.folded, span)),
  ...spansOf(ENDS_UNDERSCORED, input.folded, "handle"),
  ...spansOf(DOTTED_ID, input.folded, "handle").filter((span) => !isFileName(input.folded, span)),
  ...spansOf(PAYMENT_ADDRESS, input.folded, "handle"),
  ...spansOf(DOTTED_HANDLE, input.folded, "handle").filter(
    (span) => isDottedHandle(input.folded.slice(span.start, span.end)) && !isFileName(input.folded, span),
  ),
  ...spansOf(NAME_DOT_YEAR, input.folded, "handle").filter((span) =>
    lexicons().firstNames.has(input.folded.slice(span.start, span.end).split(".")[0] ?? ""),
  ),
  ...numberedTags(input),
  ...cashtags(input),
  ...handlesBeforePlatform(input),
];

export const ipAddress: Rule = whenDigits(({ folded }): Span[] => [
  ...spansOf(IP_ADDRESS, folded, "ip-address"),
  ...spansOf(IP_V6, folded, "ip-address").filter((span) => isIpV6(folded.slice(span.start, span.end))),
  ...spansOf(COORDINATES, folded, "street-address"),
]);

/** Eight groups, or fewer with one "::": "2001:db8::8a2e:370:7334"; not a time ("10:30:15") or a ratio. */
function isIpV6(found: string): boolean {
  const groups = found.split(":").length;
  return (found.includes("::") && groups >= 3) || groups === 8;
}

// A long token of letters and digits with no spaces, as base64, hex or a
// key looks: 24 or more characters with at least three digits and three
// letters. It may hide a link or an ID; a moderator reads it.
const ENCODED = /(?<![a-z0-9+/=_-])[a-z0-9+/_-]{24,}={0,2}(?![a-z0-9+/=_-])/g;

const LONG_TOKEN = /[a-z0-9+/_-]{24}/;

export const encodedText: Rule = gated(
  "a digit and a long token",
  (input) => input.words.hasDigit && LONG_TOKEN.test(input.folded),
  ({ folded }) =>
    spansOf(ENCODED, folded, "encoded-text").filter((span) => {
      const token = folded.slice(span.start, span.end);
      return (token.match(/\d/g)?.length ?? 0) >= 3 && (token.match(/[a-z]/g)?.length ?? 0) >= 3;
    }),
);
