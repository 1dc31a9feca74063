import { describe, expect, it } from "vitest";
import { wordsFlaggedBy } from "./found";

describe("ages over 89", () => {
  it.each([
    ["My oldest client is 94 and she", "my oldest client is 94"],
    ["She's ninety-one and she told me", "she's ninety-one"],
    ["the cribbage guy, ninety-six, widower, plays with me", "guy, ninety-six,"],
    ["Started seeing a man who's ninety-three, by video.", "man who's ninety-three"],
    ["a woman who was 95 when we met", "woman who was 95"],
    ["new pt is 96 and sharper than me", "pt is 96"],
    ["she will be 101 in March", "will be 101"],
    ["My associate's newest referral is 96 and came in because", "referral is 96"],
    ["at 94 years young she", "94 years young"],
    ["aged 92, she", "aged 92"],
    ["Seeing a man of ninety-one whose wife has dementia.", "man of ninety-one"],
    ["she turns 100 next week", "turns 100"],
    ["a 97-year-old widow", "97-year-old"],
    ["for her 95th birthday", "95th birthday"],
    ["my client just turned 91.", "client just turned 91"],
    ["At ninety-three she's decided to learn to swim.", "at ninety-three she"],
    ["At 90 he's the oldest person I've done EMDR with.", "at 90 he"],
    ["My favourite person on the list is ninety-six and has opinions.", "is ninety-six"],
    ["The woman I saw at the care home was ninety-six.", "woman i saw at the care home was ninety-six"],
    ["At 94, he finally told his daughter.", "at 94, he"],
    ["Happy 95th to the sharpest woman on my caseload.", "happy 95th to the"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("age-over-89", text).map((flagged) => flagged.toLowerCase())).toEqual([words]);
  });

  it.each([
    "Waiting 90 days for an insurance payment",
    "Late summer, ninety-five, and the AC is broken again.",
    "a woman of 94 percent certainty is rare",
    "a character limit of 100 per field",
    "she is 90% sure, he was 95 pounds, the score is 94",
    "I'm 52 and my client is 19",
    "he is 90 minutes late",
    "My friend is 90 minutes away.",
    "Her DES score at intake was 94, and now it's under 30.",
    "Heart rate at admission was 96.",
    "At 90 minutes she was still talking.",
    "The fidelity score is ninety, and the audit is over.",
    "Happy 100th episode to my favourite podcast. Happy 100th to our Thursday consult group!",
    "The heat index was ninety-five and my session fee is a hundred and fifty.",
    "The waitlist is at 90, they said.",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("age-over-89", text)).toEqual([]);
  });
});

describe("fresh123's kind: the oldest, said with more words before the age", () => {
  it("finds the age", () => {
    expect(
      wordsFlaggedBy("age-over-89", "my oldest client in the recovery program is 94, been sober for years"),
    ).toEqual(["my oldest client in the recovery program is 94"]);
  });

  it("leaves a count that is no age", () => {
    expect(wordsFlaggedBy("age-over-89", "My oldest client file from the old system is 90 pages long.")).toEqual([]);
  });
});

describe("the review of 1443924: the oldest of things", () => {
  it("leaves a building's age", () => {
    expect(
      wordsFlaggedBy("age-over-89", "Our oldest building on campus was 110 when they finally condemned it."),
    ).toEqual([]);
  });
});

describe("the review of 2499a7d: the oldest in the world", () => {
  it("leaves a record", () => {
    expect(
      wordsFlaggedBy(
        "age-over-89",
        "The oldest person in the world is 116 and she says the secret is minding your own business.",
      ),
    ).toEqual([]);
  });
});

describe("an age over 89 said in Spanish (fresh133)", () => {
  it("finds it said of someone", () => {
    expect(wordsFlaggedBy("age-over-89", "She's noventa y tres, she told me twice, proud.")).toEqual([
      "She's noventa y tres",
    ]);
  });

  it("leaves an age under 90 alone", () => {
    expect(wordsFlaggedBy("age-over-89", "She's ochenta y tres, she told me twice.")).toEqual([]);
  });
});

describe("an age over 89 in Spanish, said as Spanish says it (the review of 45f6648)", () => {
  it.each([
    ["Mi abuela tiene noventa y cuatro años y vive sola.", "tiene noventa y cuatro años"],
    ["Her abuela is noventa y dos and still makes tamales.", "abuela is noventa y dos"],
  ])("finds %j", (text, age) => {
    expect(wordsFlaggedBy("age-over-89", text)).toEqual([age]);
  });
});

describe("fresh187's kind: the oldest one on a caseload, whatever the word for them", () => {
  it.each([
    ["oldest tutu on my caseload is 97 and she corrects my pronunciation", "oldest tutu on my caseload is 97"],
    ["my tutu is 94 and still surfs", "tutu is 94"],
  ])("finds the age in %j", (text, words) => {
    expect(wordsFlaggedBy("age-over-89", text)).toContain(words);
  });

  it("leaves a building's age", () => {
    expect(wordsFlaggedBy("age-over-89", "the oldest building on our campus is 110")).toEqual([]);
  });
});

describe("fresh234's and fresh197's kinds: an age after the word for someone, a birth year's last two digits", () => {
  it.each([
    ["Gogo is 93. She walked in with her cane.", "Gogo is 93"],
    ["Bà nội is 96 and her grandson brings her to every family session.", "Bà nội is 96"],
    ["Born in '31, she reminds me every session.", "Born in '31"],
  ])("finds the age in %j", (text, age) => {
    expect(wordsFlaggedBy("age-over-89", text)).toEqual([age]);
  });

  it.each([
    "It is 95 out and the AC is broken.",
    "Today is 90 degrees and my office has no window.",
    "Born in '05, she is the youngest on my caseload.",
    "Route 66 is 93 miles from here.",
    "She wrote that down. I felt about four hundred years old.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("age-over-89", text)).toEqual([]);
  });
});

describe("round 28's kind: one of a group the author sees, and their age", () => {
  it("finds one of the residents who is 96", () => {
    expect(
      wordsFlaggedBy("age-over-89", "One of the residents is 96 and has been coming to my group for a year."),
    ).toEqual(["One of the residents is 96"]);
  });

  it("leaves a share of one of the clients' work", () => {
    expect(wordsFlaggedBy("age-over-89", "One of my clients is 90 percent done with her thesis.")).toEqual([]);
  });
});

describe("round 30's kinds: an age typed without its apostrophe, a birth year over 89", () => {
  it.each([
    ["hes 97, sharp as a tack, mad as a hornet at his kids.", "hes 97"],
    ["A woman I see, born in 1929, came to therapy because her daughter made her.", "born in 1929"],
  ])("finds it in %j", (text, words) => {
    expect(wordsFlaggedBy("age-over-89", text)).toEqual([words]);
  });

  it.each(["My mom was born in 1952 and still runs every morning.", "The house was built in the 1920s boom."])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("age-over-89", text)).toEqual([]);
    },
  );
});

describe("review24: the author's own grandmother's birth year", () => {
  it("is left", () => {
    expect(wordsFlaggedBy("age-over-89", "My grandmother, born in 1930, taught me to make bread.")).toEqual([]);
  });
});

describe("round 32's kind: someone there who is over 89", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("age-over-89", "There's a woman there who's ninety-six and still does the crossword in pen."),
    ).toEqual(["woman there who's ninety-six"]);
  });
});

describe("round 33's kind: one of a group, a few words on, is over 89", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("age-over-89", "One of the women on my caseload is 96 and sharper than me on my best day."),
    ).toEqual(["One of the women on my caseload is 96"]);
  });
});

describe("round 39's kind: an age set off after whom the author sees", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("age-over-89", "today the man i see, ninety-one and still sharp as anything, asked me to help"),
    ).toEqual(["man i see, ninety-one and"]);
  });
});

describe("round 43's kind: an age over 89 said of a dude or a bloke", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("age-over-89", "my dude is 91 and asked me to help him write his own obit")).toEqual([
      "dude is 91",
    ]);
  });

  it("leaves a percentage", () => {
    expect(wordsFlaggedBy("age-over-89", "dude is 95% sure the audit is coming")).toEqual([]);
  });
});

describe("round 46's kind: an age after 'whos', typed without its apostrophe", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("age-over-89", "who else has a client whos 94 and sharper than all of us")).toEqual([
      "client whos 94",
    ]);
  });
});

describe("round 51's kind: someone, then an age set off", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("age-over-89", "one of my folks, 94 and sharp as a tack, told me today")).toEqual([
      "folks, 94",
    ]);
  });

  it("leaves a share", () => {
    expect(wordsFlaggedBy("age-over-89", "of my clients, 95 percent are women")).toEqual([]);
  });
});

describe("round 54's kind: an age, then what someone does at it", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("age-over-89", "dad is 93 caring for his 60yo son w schizophrenia")).toEqual(["dad is 93"]);
  });
});
