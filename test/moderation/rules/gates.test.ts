import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import "../../../src/moderation/pipeline";
import { signals } from "../../../src/moderation/rules/crisis/index";
import { riskKinds } from "../../../src/moderation/rules/crisis/risk";
import {
  alternativesMade,
  gatedRules,
  letterRunsOf,
  type NeededWords,
  spansOf,
} from "../../../src/moderation/rules/rule";
import { WORD_EDGE, withWordEdges } from "../../../src/moderation/rules/word-edges";
import benign from "../../fixtures/moderation-dev/benign.jsonl?raw";
import clinical from "../../fixtures/moderation-dev/clinical.jsonl?raw";
import crisis from "../../fixtures/moderation-dev/crisis.jsonl?raw";
import identifying from "../../fixtures/moderation-dev/identifying.jsonl?raw";
import { naughtyStrings } from "../../support/naughty";
import { seeded } from "../../support/random";
import { ruleInputOf } from "./found";

/**
 * A gate (a word lookup, a short pattern, a sighting) lets a rule skip most
 * posts; it must never hide a match. Every gated rule in src/moderation is
 * registered when its module loads, and each must find exactly what it finds
 * without its gate, on the development corpus, the fresh cases, the naughty
 * strings and generated text made of the pieces the gates look for.
 */

const bodies = (jsonl: string) =>
  jsonl
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { body: string }).body);

// Pieces that open gates, near-misses that almost do, and filler.
const PIECES = [
  ...[
    "@",
    ".",
    " at ",
    " dot ",
    "(at)",
    "[.]",
    "http",
    "www",
    "u/",
    "gmail",
    "hotmail",
    "insta is ",
    "instagram handle is jess.runs ",
    "on insta as jess.runs ",
    "instagram: jess_runs ",
    "venmo ",
    "$",
  ],
  ...["5", "555", "-", "/", "12", "3/14", "9th", "the 23rd", "20240314", "five", "oh", "ninety", "hundred", "94"],
  ...["march", "may", "tuesday", "christmas", "eve", "last ", "fourth of july", "born ", "age ", "is ", "she's "],
  ...["my client ", "named ", "Mr. ", "Dr ", "Sarah", "Keller", "High", "Church", "town of ", "county", "the only "],
  ...["kill", "n1gg", "nigger", "spic", "f4g", "jews should die ", "women", "are vermin", "i'll hurt him", "!!!"],
  ...["she works at ", "he lives in ", "Harmon Logistics", "Dayton, Ohio", "on Elm Street", "aaaaaaaaaaa"],
  ...[" ", " ", " ", "\n", ", ", "and ", "the ", "a ", "xx", "é", "٥", "５", "😀", "'", '"'],
];

function* generated(count: number): Generator<string> {
  const next = seeded(29);
  for (let n = 0; n < count; n++) {
    const length = 1 + Math.floor(next() * 16);
    yield Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
  }
}

// Every fresh case, whatever its label: posts written by people who never saw the gates.
const fresh = Object.values(
  import.meta.glob<string>("../../fixtures/moderation-fresh/*.jsonl", {
    query: "?raw",
    import: "default",
    eager: true,
  }),
);

// The fresh cases grow with every round of held-out writing (14,000 posts by 2026-12-02, 22,200 by 2026-12-03, 52,130
// by 2026-12-06): `npm test` reads at most FRESH_READ_BY_NPM_TEST of them, spread evenly over every set, so its time
// stays in budget as they grow (every fourth, 13,000, made `npm test` take 261 s); `npm run test:full` reads them all.
const FRESH_READ_BY_NPM_TEST = 8000;
const freshBodies = fresh.flatMap(bodies);
const freshStep = Math.ceil(freshBodies.length / FRESH_READ_BY_NPM_TEST);
const freshShare = env.FULL_SUITES === "1" ? freshBodies : freshBodies.filter((_, index) => index % freshStep === 0);

// Posts that open the rarest gates and sets, which a share of the fresh cases may not hold.
const rareSightings = [
  "teen i see goes to st ignatius prep and the pressure at that place is insane",
  "kid i see lives at riverside apts behind the walmart on 3rd",
  "she coaches girls volleyball at wasilla high and a players parent is threatening her",
  "she lives in sector 21C faridabad, three lanes from the park.",
  "She gets off the Pink Line at 18th every night after her shift.",
  "She's a walk-on for the UVM ski team and lives on ramen.",
  "She's married to the head football coach at the big high school here.",
  "Holy Family's youth group quietly removed her as retreat leader after she came out.",
  "He tells me about the guys who sleep under the Morrison Bridge.",
  "A junior at Lincoln-Way East asked if she could follow me on Spotify.",
  "She asked whether I had a plan. I do have a plan.",
  "He walks down Telegraph every morning past the corner where his brother got jumped.",
  "Her new place is a studio on Telegraph right above a smoke shop, and she has the only key.",
  "Sunshine from the Wednesday DBT skills group, and yes that's what everybody calls her, taught the room.",
  "She owns the meat-and-three on the square in Lebanon, the one with the line for chess pie.",
  "Post 8149 is his whole life. Commander, bartender, the guy who fixes the ice machine.",
  "He's cooked the chicken for the Volant fire company barbecue since his dad stopped.",
  "He's the first from his colony to ever see a counselor.",
  "Born in '31, she reminds me every session.",
  "her sister's number, in words: tre quattro sette, cinque cinque cinque, zero uno nove due.",
  "He runs the phở stall that blew up on TikTok last month, and he hates it.",
  "Relapsed. The blade came back out on Sunday.",
  "The pharmacy needs her date of birth: nine, twelve, nineteen eighty-one.",
  "He plays for the Riverside Rovers side and everyone in town knows him.",
  "she spent the summer at her aunts place in hays, kansas",
  "My client June called twice today.",
  "The band director at my kid's school is now my client.",
  "He's the commander of VFW Post 8817 and he keeps asking me how to get his guys to come in.",
  "She's the only interpreter at Bronx family court and she carries every case home.",
  "The first lady of the biggest church in town sits in my office every week.",
  "One of the only female crew chiefs in the 101st's aviation brigade walked in today.",
  "She's noventa y tres, she told me twice, proud.",
  "Her son was picked up el doce de diciembre; DEROS is 14NOV.",
  "calle loíza flooded again and her unit is gone.",
  "She owns Thimble & Thistle, the yarn shop, and is exhausted.",
  "I drafted my own psychological autopsy. Who speaks at the funeral? Just asking in advance.",
  "Daughter-in-law on the Rocking Seven, and she's the one who talks.",
  "She got jumped walking home from Columbus Pride in 2022.",
  "Mashujaa Day is the day her brother didn't come home from the protest.",
  "homecoming at her church is the first Sunday in August this year.",
  "She manages the only Dollar General in Hindman, so everyone comes through her line.",
  "He pulled the girl out of the creek in that story that ran on WYMT for a week.",
  "Tidy. Forty-one is plenty.",
  "Today I opened the drawer and left it open.",
  "The weekend weather guy on WTMJ is on my caseload.",
  "He lives on the Tulalip reservation and works at the casino.",
  "He's recording secretary for Local 600 and meets me before the hall opens.",
  "client's son is the backup QB for the Packers and she gets anxious on game days.",
  "Her iban is gb82 west 1234 5698 7654 32, she read it out.",
  "Parked next to a truck with a tag that said DAWGMOM.",
  "Paddy Ó Briain asked me today if I ever think about him outside of sessions.",
  "client plays for the durham bulls and his anxiety is thru the roof",
  "Hank G relapsed again and I had to check myself.",
  "He's a Marine back home and the only one from his fire team still alive.",
  // …and ones the share of the fresh cases `npm test` reads may leave out.
  "born in 1931 so hes 94 and still drives himself to every appt in a buick. legend",
  "She was born on leap day and told me she's technically turning 4 this year.",
  "Oncology chaplain at Maine Med told me she's out of words and wants to learn to sit without them.",
  "Tuscaloosa kid cancelled again. Third week running.",
  "Signing off for good, and not just from the board. Thank you all for the company on the night shifts.",
  "After that I'm not signing another contract, and I'm not planning on needing one. Date's circled.",
  "Couple I'm seeing run the chipper across from Mallow train station and they argue in Cantonese.",
  "pt sits on asheville city council, walking on eggshells every session w confidentiality",
  "one of my blokes was on the platform that caught fire off Aberdeen in the spring",
  "guy was 1 of 3 who made it out of the plant explosion in the spring.",
  "one of the two hmong families in our whole county, and 1 of maybe 3 in the state.",
  "She's married to one of Montana's two US senators and the amount she can't say is staggering.",
  "lately i've been thinking i'll go the same way he did, i've even driven past the place.",
  "Posted the spare key through my neighbour's door. Switched my phone off after this. Sorry.",
  "the note i've been drafting in my head during sessions, the one i'm going to leave.",
  "she came in on the twenty-first, the day after the eviction notice went up on her door",
  "it happened the Tuesday before last, the 9th, right around 3:40.",
  "I've stopped making plans for after that.",
  "he coaches jv soccer at hillcrest academy and told me some stuff i now have to report.",
  "she was the 911 dispatcher on shift for the plainfield warehouse fire and cant stop replaying it.",
  "one of my ppl is the mayor of belfasts kid. small town ME.",
  "she is literally the only peds neurosurgeon in wyoming and her burnout is scaring me.",
  "Lost a client to suicide over the winter and I keep thinking I should follow him.",
  "Said passive, no plan. There is a plan. There's a date.",
  "how high does a bridge need to be. dont answer that. actually do",
  "been quietly taking samples from the med room closet and keeping them at home.",
  "im so close to ending it",
  "kinda jealous of my pts who attempted. i keep chickening out",
  "one of a handful of kids on that side of the rez with it.",
  "whose dad's trial starts the 22nd, the one she's testifying in",
  "on Valentine's Day, which is also the day his wife died",
  "I wrote the date on the inside cover of his folder, 11/14, like a birthday.",
  "my referral from the Mater today was a 19 yo lad",
  "the rabbi at beth el in washington heights wants 8pm appts only",
  "new client is the only large animal vet in grand marais.",
  "had to call cps on a fam in the brookside apts, bldg c by the pool.",
  "15yo from the amish settlement outside berne",
  "the spaghetti dinner fundraiser for his surgery",
  "walking into the reservoir with my pockets full of rocks, and I've started checking how cold the water is",
  "I've started unbuckling my seatbelt before that curve to see if I'll do it.",
  "you won't have to worry about me being a disappointment much longer",
  "sitting there with a blade in your bag for later",
  "I haven't been able to picture myself still alive next year for a while now.",
  "she asked the screening questions and I said no to all of them, which was a lie",
  "I was going to pretend it's for a client psychoed thing but it isn't, it's for me",
  "I filled in my own handout quietly at the back. Where, when, what with.",
  "if it came back bad I'd quietly decline treatment and let it take me",
  "the pills in the drawer are for when i'm ready.",
  "I don't trust myself with the pills anymore.",
  "a kid on the LES who skates everywhere",
  "working w the widow from the ferry accident on lake champlain",
  'she introduced herself as "Princess Aurelia" and I believe her',
  "I have prescribing privileges and a plan, which is a really terrible combination.",
  "they'd all manage fine, honestly better, once I'm not in the picture anymore.",
  "Boxing Day just gone, her dad put his fist through the telly.",
  "Got a bloke who earned one Wallabies cap back in '97.",
  "sitting with the imam of the one little mosque in our county",
  "one of my folks, 94 and sharp as a tack",
  "showed my partner where the will is just in case. they laughed. i didnt",
  "client is the ohio lt govs stepson",
  "my 2pm is the mayor of bristol vt and she cries every sesh",
  "firefighter at Station 12 in Tulsa, caught a really bad call",
  "The newest one is the first one that doesn't feel like a draft. The letter, I mean.",
  "PO #2309-0412 lapsed because the clerk's office never received the renewal.",
  "she lives in apt #4B over the laundromat",
  "his discord is grimveil#4419 and he wants me to add him",
  "J.McG. cancelled by text at 7:58 for an 8 o'clock.",
  "He's a Church of Scotland minister in a wee village in Fife.",
  "daughter of a very well known RTÉ presenter is on my list now",
  "the teenage son of the guy who anchors the six o'clock news",
  "started scratching again w a paperclip under the table in team mtg.",
  "another cop from bristol pd referred by the EAP.",
  "home visit at the back of shady pines trailer park, lot 14.",
  "the family from the mayfield tornado came back after 6 wks off.",
];

const texts = [
  ...[identifying, benign, crisis, clinical].flatMap(bodies),
  ...freshShare,
  ...rareSightings,
  ...naughtyStrings,
  ...generated(3000),
];

describe("gates", () => {
  it("are on every rule that skips text: word lookups, digits, sightings", () => {
    expect(gatedRules.length).toBeGreaterThanOrEqual(25);
  });

  it.each(gatedRules.map((rule) => [rule.gate, rule] as const))(
    "behind %s, find what the rule finds without the gate",
    (_, rule) => {
      let opened = 0;
      for (const text of texts) {
        const input = ruleInputOf(text);
        const found = rule(input);
        expect(found, JSON.stringify(text)).toEqual(rule.ungated(input));
        if (found.length > 0) opened++;
      }
      // Each gate opens on some text, so the comparison is not of empty lists alone.
      expect(opened).toBeGreaterThan(0);
    },
  );
});

// Alternatives kept apart, so a post's first check compiles them faster, must find what their one pattern finds.
describe("alternatives kept apart", () => {
  const joined = ({ alternatives }: (typeof alternativesMade)[number]) =>
    new RegExp(alternatives.map((pattern) => pattern.source).join("|"), alternatives[0]?.flags);

  it("are the long patterns of dates, ages, quasi-identifiers and crisis signs", () => {
    expect(alternativesMade.length).toBeGreaterThanOrEqual(60);
  });

  it.each(alternativesMade.map((made, i) => [i, made] as const))(
    "set %i finds what its one pattern finds",
    (_, made) => {
      const whole = joined(made);
      let [found, opened] = [0, 0];
      for (const text of texts) {
        const { folded } = ruleInputOf(text);
        const spans = spansOf(made, folded, "full-date");
        expect(spans, JSON.stringify(text)).toEqual(spansOf(whole, folded, "full-date"));
        found += spans.length;
        const runs = letterRunsOf(folded);
        const holds = (needs: NeededWords) => needs.every((choice) => choice.some((word) => runs.has(word)));
        if (made.needs?.some((needs) => needs !== undefined && holds(needs))) opened++;
      }
      // Compared where the set finds something; a set whose every pattern needs words (a weak sign's), which nothing
      // here may say, where the words one of them needs are.
      const eachNeeds = made.needs?.every((needs) => needs !== undefined) ?? false;
      expect(eachNeeds ? found + opened : found).toBeGreaterThan(0);
    },
  );

  it("take the earlier alternative where two start at one place, and go on after a match", () => {
    const made = { alternatives: ["ab", "abc", "bcd", "x*"].map((source) => new RegExp(source, "g")) };
    for (const text of ["abcd", "zabcdx", "bcdab", "", "xxabc"]) {
      expect(spansOf(made, text, "full-date")).toEqual(spansOf(joined(made), text, "full-date"));
    }
  });
});

// A final `\b` is written as the lookarounds it means, which V8 compiles faster: the patterns must find what they did.
describe("a final word edge written out", () => {
  // Each pattern with the words it needs, if known: a text without them can match neither it nor its `\b` twin.
  const written = [
    ...alternativesMade.flatMap(({ alternatives, needs }) =>
      alternatives.map((pattern, i) => ({ pattern, needs: needs?.[i] })),
    ),
    ...signals.flatMap(({ patterns }) => patterns.map((pattern) => ({ pattern, needs: undefined }))),
  ].filter(({ pattern }) => pattern.source.endsWith(WORD_EDGE));

  it("is in most crisis patterns and the long alternatives", () => {
    expect(written.length).toBeGreaterThan(80);
  });

  it("finds what the pattern with \\b finds, on every text", () => {
    // Each pattern read where it could match, as the rules read it: `npm test` reads a quarter of the texts,
    // `npm run test:full` all.
    const sample = env.FULL_SUITES === "1" ? texts : texts.filter((_, index) => index % 4 === 0);
    const read = sample.map((text) => {
      const { folded } = ruleInputOf(text);
      return { folded, runs: letterRunsOf(folded) };
    });
    const holds = (runs: ReadonlySet<string>, needs: NeededWords) =>
      needs.every((choice) => choice.some((word) => runs.has(word)));
    let found = 0;
    for (const { pattern, needs } of written) {
      const withB = new RegExp(`${pattern.source.slice(0, -WORD_EDGE.length)}\\b`, pattern.flags);
      for (const { folded, runs } of read) {
        if (needs !== undefined && !holds(runs, needs)) continue;
        const spans = spansOf(pattern, folded, "crisis-intent");
        expect(spans, pattern.source).toEqual(spansOf(withB, folded, "crisis-intent"));
        found += spans.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it("is written only for a final \\b, not an escaped backslash before a b", () => {
    expect(withWordEdges(String.raw`(?:a|b)\b`)).toBe(`(?:a|b)${WORD_EDGE}`);
    expect(withWordEdges(String.raw`a\\b`)).toBe(String.raw`a\\b`);
    expect(withWordEdges(String.raw`\ba`)).toBe(String.raw`\ba`);
  });
});

// `\b` written in a template literal that is not String.raw is a backspace, which the pattern then requires: it matches
// nothing a post holds, and no test of a catch notices when other patterns catch the same post.
describe("patterns as compiled", () => {
  it("hold no control character", () => {
    const compiled = [
      ...alternativesMade.flatMap(({ alternatives }) => alternatives),
      ...signals.flatMap(({ patterns }) => patterns),
      ...riskKinds.flatMap(({ words }) => words.alternatives),
    ];
    expect(compiled.length).toBeGreaterThan(100);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    const control = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;
    expect(compiled.filter((pattern) => control.test(pattern.source)).map((pattern) => pattern.source)).toEqual([]);
  });
});

// A lookbehind that opens a pattern is tried at every position of the text before anything else can fail: one reaching
// 400 characters back made benign prose 2.8 times dearer (docs/performance.md). Read after what the pattern matches, it
// is tried only where that matched.
describe("no long pattern opens with a far-reaching lookbehind", () => {
  /** The lookbehind a pattern opens with (past word edges and non-capturing groups), or undefined. */
  const openingLookbehind = (source: string): string | undefined => {
    const at = /^(?:\\b|\(\?:)*\(\?<=/.exec(source)?.[0].length;
    if (at === undefined) return undefined;
    let depth = 1;
    for (let i = at; i < source.length; i++) {
      const char = source[i];
      if (char === "\\") i++;
      else if (char === "[") while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      else if (char === "(") depth++;
      else if (char === ")" && --depth === 0) return source.slice(at, i);
    }
    return undefined;
  };
  const reachesFar = (lookbehind: string) =>
    Array.from(lookbehind.matchAll(/\{\d*,(\d+)\}/g)).some((range) => Number(range[1]) >= 50);

  it("finds one written so", () => {
    expect(openingLookbehind(String.raw`\b(?:(?<=\b(?:gun|pills)\b[^\n]{0,200})just to hold it`)).toBe(
      String.raw`\b(?:gun|pills)\b[^\n]{0,200}`,
    );
  });

  it("holds for every pattern kept apart", () => {
    const sources = alternativesMade.flatMap(({ alternatives }) => alternatives.map((pattern) => pattern.source));
    expect(sources.length).toBeGreaterThan(0);
    expect(
      sources.filter((source) => {
        const lookbehind = openingLookbehind(source);
        return lookbehind !== undefined && reachesFar(lookbehind);
      }),
    ).toEqual([]);
  });
});
