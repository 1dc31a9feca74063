import { describe, expect, it } from "vitest";
import { moderate } from "../../../src/moderation/pipeline";
import { seeded } from "../../support/random";
import { found, wordsFlaggedBy } from "./found";

describe("phone, SSN and long numbers", () => {
  it.each([
    ["call 555-201-7788 now", "phone", "555-201-7788"],
    ["from (312) 555-0198 again", "phone", "(312) 555-0198"],
    ["555.443.2190", "phone", "555.443.2190"],
    ["fax 555 301 4422", "phone", "555 301 4422"],
    ["her mobile, 07700 900123, on a sticky note", "phone", "07700 900123"],
    ["ring the office on 020 7946 0555", "phone", "020 7946 0555"],
    ["five five five - 0147", "phone", "five five five - 0147"],
    ["Five Five Five, no: five five five one two one two", "phone", "five five five one two one two"],
    ["+44 20 7946 0958", "phone", "+44 20 7946 0958"],
    ["1-800-555-0135", "phone", "1-800-555-0135"],
    ["5551234567", "phone", "5551234567"],
    ["555-0147", "phone", "555-0147"],
    ["SSN 123-45-6789", "ssn", "123-45-6789"],
    ["987 65 4320", "ssn", "987 65 4320"],
    ["record 44719231 was wrong", "record-number", "record 44719231"],
    ["44719231 was the record", "record-number", "44719231"],
    ["spaced out: 5 5 5 2 0 1 7 7 8 8.", "phone", "5 5 5 2 0 1 7 7 8 8"],
    ["+1 555 201 7788", "phone", "+1 555 201 7788"],
  ])("finds %j", (text, rule, words) => {
    expect(found(text)).toEqual([[rule, words]]);
  });

  it.each([
    "31 clients this week",
    "$150 a session, $1,500 a month, $84,000 in loans",
    "in 2019, and in 2020-2021",
    "from 1999 to 2004",
    "DSM-5, ICD-10, F41.1 and F43.23",
    "up at 7am, 9 to 5, then 5:30 to 7",
    "PHQ-9 went from 21 to 8",
    "CPT 90837 and 90834",
    "rated 9/10, then 10/10",
    "14,000 sessions over 10 years",
    "a 12-week group of 8 members",
    "a $300000 budget, up 12%",
    "earning 150000k, or 250000 percent more",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("record numbers", () => {
  it.each([
    ["His MRN 4471923 again", "MRN 4471923"],
    ["claim number CLM-20448713", "claim number CLM-20448713"],
    ["account #558120", "account #558120"],
    ["license no. D1234567", "license no. D1234567"],
    ["Member ID W88231907", "Member ID W88231907"],
    ["case number 2291-0874", "case number 2291-0874"],
    ["Patient ID: 00492817", "Patient ID: 00492817"],
  ])("finds %j", (text, words) => {
    expect(found(text).map(([, flagged]) => flagged)).toContain(words);
  });
});

describe("long runs of digit groups", () => {
  it("reads a thousand groups as one run, not as a phone number", () => {
    const text = "5 ".repeat(1000).trim();
    const rules = found(text).map(([rule]) => rule);
    expect(rules).not.toContain("phone");
    expect(rules).not.toContain("ssn");
    expect(rules).not.toContain("record-number");
  });

  it("still finds a phone number right after a long run is broken", () => {
    expect(wordsFlaggedBy("phone", `${"1 ".repeat(40)}and then 555-201-7788`)).toEqual(["555-201-7788"]);
  });
});

describe("reading figures", () => {
  // With a digit spelled out anywhere, pieces are read by a pattern; without one, by a scan of
  // code units. " x zero" at the end adds a spelled digit that joins nothing before it, so the
  // two readings of the same text must find the same numbers. A run's spam depends on the post's length, not on how
  // numbers are read, so it is left out.
  const spans = (text: string) =>
    moderate(text)
      .reasons.filter(({ rule }) => rule !== "repetition")
      .map(({ rule, start, end }) => [rule, start, end]);

  it("finds the same numbers by scan as by pattern on 5,000 generated texts", () => {
    const next = seeded(41);
    const units = ["5", "55", "555", "1234", "+", "+1", " ", "  ", "-", ".", "(", ")", "a", "$", "%", "k", "\n"];
    let flagged = 0;
    for (let n = 0; n < 5000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 16) },
        () => units[Math.floor(next() * units.length)],
      ).join("");
      const scanned = spans(text);
      flagged += scanned.length;
      expect(scanned, JSON.stringify(text)).toEqual(
        spans(`${text} x zero`).filter(([, start]) => Number(start) < text.length),
      );
    }
    expect(flagged).toBeGreaterThan(500);
  });
});

describe("numbers read out, paced or in other scripts", () => {
  it.each([
    ["five five five, two one two, oh nine eight seven", "phone", "five five five, two one two, oh nine eight seven"],
    [
      "from six one seven, five five five, zero one four two and",
      "phone",
      "six one seven, five five five, zero one four two",
    ],
    ['"call me at nine-one-nine, 555, oh-one-six-six"', "phone", "nine-one-nine, 555, oh-one-six-six"],
    [
      "area code six oh two, then five five five, then oh one seven one",
      "phone",
      "six oh two, then five five five, then oh one seven one",
    ],
    [
      "voicemail: oh one six one, four nine six, oh oh one seven.",
      "phone",
      "oh one six one, four nine six, oh oh one seven",
    ],
    [
      "her number on my whiteboard: oh four one two, five five five, three eight one.",
      "phone",
      "oh four one two, five five five, three eight one",
    ],
    ["Faxed to (919) 555 0187 three times", "phone", "(919) 555 0187"],
    [
      "read the SSN back: six three one, two two, four oh eight five.",
      "ssn",
      "six three one, two two, four oh eight five",
    ],
    ["555/201/7788", "phone", "555/201/7788"],
    ["555·201·7788", "phone", "555·201·7788"],
    ["555_201_7788", "phone", "555_201_7788"],
    ["555-O1l2", "phone", "555-O1l2"],
    ["five fifty-five, twelve twelve", "phone", "five fifty-five, twelve twelve"],
    ["\u0665\u0665\u0665-\u0660\u0661\u0662\u0663", "phone", "\u0665\u0665\u0665-\u0660\u0661\u0662\u0663"],
    ["\u06F5\u06F5\u06F5 \u06F0\u06F1\u06F2\u06F3", "phone", "\u06F5\u06F5\u06F5 \u06F0\u06F1\u06F2\u06F3"],
    ["\u096B\u096B\u096B-\u0966\u0967\u0968\u0969", "phone", "\u096B\u096B\u096B-\u0966\u0967\u0968\u0969"],
    [
      "5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3-0\uFE0F\u20E31\uFE0F\u20E34\uFE0F\u20E37\uFE0F\u20E3 ok",
      "phone",
      "5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3-0\uFE0F\u20E31\uFE0F\u20E34\uFE0F\u20E37\uFE0F\u20E3",
    ],
    [
      "5\u03325\u03325\u0332 2\u03320\u03321\u0332 7\u03327\u03328\u03328\u0332",
      "phone",
      "5\u03325\u03325\u0332 2\u03320\u03321\u0332 7\u03327\u03328\u03328\u0332",
    ],
    ["zip three oh three one oh and", "zip-code", "three oh three one oh"],
    [
      "his number, two oh six, triple five, oh one five nine, on the voicemail",
      "phone",
      "two oh six, triple five, oh one five nine",
    ],
    ["987654321 / 4471 0092 8813", "record-number", "987654321"],
    ["card 4471 0092 8813 0012", "record-number", "4471 0092 8813 0012"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toEqual([words]);
  });

  it.each([
    "rated 9/10, then 10/10, 24/7, 50/50",
    "scores 12, 15, 18, 21, 19 and ages 3, 4, 5, 6, 7, 8, 9, 10",
    "one, two, three, four, five, six, seven",
    "scores of 0, 12, 45, 50 and 100 this term",
    "We did five sessions, then twelve, then three more, then 2019, then 2020.",
    "twenty twenty-four was hard, nineteen ninety-five too",
    "10lbs and 2pm and 555 pills",
    "in 2019, 2020, 2021 and 2022",
    "from 2019 2020 2021 to 2022",
    "Oh, it took twelve, maybe fifteen sessions",
    "a double espresso, triple five-star reviews, a double shift",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a number written down from a voicemail", () => {
  it.each([
    [
      "groups left hanging",
      "call me back on nine-one-six... five-five-five... two-two-oh-eight, not the home one.",
      "nine-one-six... five-five-five... two-two-oh-eight",
    ],
    [
      "a number, then more digits",
      "keeps calling from five five five, zero one nine three... four four oh one, leaving voicemails",
      // read whole since every digit is said aloud (ten to thirteen of them are a number read out)
      "five five five, zero one nine three... four four oh one",
    ],
  ])("finds %s", (_, text, number) => {
    expect(wordsFlaggedBy("phone", text)).toContain(number);
  });

  it("leaves a countdown", () => {
    expect(found("we counted 3... 2... 1... and the fire drill started")).toEqual([]);
  });
});

describe("fresh108's numbers: a number read out, then read out again after a full stop", () => {
  it.each([
    ['he spelled the number out slowly: "five four oh, five five five, oh one three six. Five four oh."', "phone"],
    ["five five five. two oh one. seven seven eight eight", "phone"],
    ["Call 555. 201. 7788 now", "phone"],
  ])("finds %j", (text, rule) => {
    expect(found(text).map(([name]) => name)).toContain(rule);
  });

  it("leaves counts said in sentences", () => {
    expect(found("I have five sessions. Two cancelled. Three showed.")).toEqual([]);
  });
});

describe("the reviews of 92bc7fe and 5b5e5bc: numbers said across full stops, and counts", () => {
  it.each([
    "My client read out her cell: Five. Five. Five. Oh. One. Two. Three. Four. Five. Six. I wrote it down.",
    "My client's number is Nine. One. Nine. Five. Five. Five. Oh. One. Eight. Seven.",
    "My client's number is 555 867 5309. 45 minutes late again today.",
    "Her card number is 4471 0092 8813 5521. 3 charges bounced.",
    "Call her at 919-555-0187. 919-555-0187 is the only number she has.",
  ])("refuses %j", (text) => {
    expect(moderate(text).decision).toBe("refuse");
  });

  it.each([
    "Her number is four fifteen. Five fifty-five. Twelve thirty-four. 5 times she called today.",
    "five five five . two one two . oh nine eight seven . five five five . two one two . oh nine eight seven",
    "She texted from 617-555-0142. 3 sessions and she still won't say who it is.",
  ])("refuses %j too", (text) => {
    expect(moderate(text).decision).toBe("refuse");
  });

  it.each([
    "Ten. Nine. Eight. Seven. Six. Five. Four. Three. Two. One. Session over.",
    "One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten. I counted breaths with her.",
    "I saw five clients. Two cancelled. Three showed. Four tomorrow.",
  ])("publishes %j", (text) => {
    expect(moderate(text).decision).toBe("publish");
  });
});

describe("fresh117's and fresh119's numbers: a ZIP code spelled where a place goes, a number given by its ends", () => {
  it.each([
    [
      "zip-code",
      "She lives in nine eight three two six and the van stops at the county line.",
      "nine eight three two six",
    ],
    ["zip-code", "The pharmacy won't go to four eight two zero five after dark.", "four eight two zero five"],
    ["phone", "It starts 414-555 and ends 0137, and I know it's the shelter.", "starts 414-555 and ends 0137"],
  ])("finds %s in %j", (rule, text, words) => {
    expect(wordsFlaggedBy(rule, text)).toContain(words);
  });

  it.each(["Counted down in five four three two one and jumped."])("leaves %j", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("the review of 5c4b843: a conference code, a number read out in other groups", () => {
  it("leaves a code dialled", () => {
    expect(wordsFlaggedBy("zip-code", "Dial in to seven three four one two for the group call.")).toEqual([]);
  });

  it("finds a number read out, ten digits or more", () => {
    expect(
      wordsFlaggedBy(
        "phone",
        "her nan's number: oh seven seven double-oh, five five five, oh one four two. it's in the file.",
      ),
    ).not.toEqual([]);
  });
});

describe("a number spelled on the keypad (fresh125)", () => {
  it.each([
    ["his taxidermy shop line spells out 555-DEER-MTS and he put it on the intake", "555-DEER-MTS"],
    ["the groomer's line is (555) 555-PETS and he gave it as his own", "(555) 555-PETS"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("phone", text)).toEqual([words]);
  });

  it.each(["He's on step four of a 12-STEP program.", "Week 3 of the 10-WEEK group."])("leaves %j", (text) => {
    expect(wordsFlaggedBy("phone", text)).toEqual([]);
  });
});

describe("the review of 1443924 and fresh127: a toll-free hotline is no one's number; a number after a figure and a comma", () => {
  it.each([
    "Old Lifeline number was 1-800-273-TALK, now it's 988. Update your safety plan templates.",
    "SAMHSA's helpline is 1-800-662-HELP and it's free and confidential.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("phone", text)).toEqual([]);
  });

  it("finds a social security number after 'page one,'", () => {
    expect(
      wordsFlaggedBy("ssn", "his whole social is across the top of page one, 923-41-0087, and he set it down"),
    ).toEqual(["923-41-0087"]);
  });
});

describe("a number read out in Spanish (fresh133)", () => {
  it("finds a phone number said digit by digit", () => {
    expect(
      wordsFlaggedBy("phone", "she read it slow: 'tres cero siete, cinco cinco cinco, cero uno, cuatro ocho,'"),
    ).toEqual(["tres cero siete, cinco cinco cinco, cero uno, cuatro ocho"]);
  });

  it.each(["the score was dos a uno", "We had tres leches cake at the party."])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("digits counted out are no number (the review of 45f6648)", () => {
  it.each([
    "Her grandma taught her to count uno dos tres cuatro cinco seis siete ocho nueve, and now she does it when anxious.",
    "She counts one two three four five six seven eight nine under her breath before she speaks.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("scores given one by one after what they are (the review of 45f6648)", () => {
  it.each(["Her PHQ-9 item scores were 3 3 2 3 1 2 0 3 3.", "Sleep hours this week: 6 5 7 4 8 6 5."])(
    "leaves %j alone",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it("still finds a number read out digit by digit after 'call me at'", () => {
    expect(wordsFlaggedBy("phone", "call me at 5 5 5 1 2 3 4 tonight")).toEqual(["5 5 5 1 2 3 4"]);
  });
});

describe("fresh169's kind: seven digits or more said aloud after the number is named", () => {
  it("finds a home number read out in doubles and pairs", () => {
    const text = `she gave me the home number the way her father taught her, "double five five, zero one, double two, four seven"`;
    expect(wordsFlaggedBy("phone", text)).toEqual(["double five five, zero one, double two, four seven"]);
  });

  it.each([
    "the number of sessions: five, three, two, one, four, six, two this year",
    "my number of clients went five, six, seven, eight, nine, ten, eleven this year",
  ])("leaves a count named 'number of' alone: %j", (text) => {
    expect(wordsFlaggedBy("phone", text)).toEqual([]);
  });
});

describe("fresh179's kind: 'her new number' read out", () => {
  it("finds it", () => {
    const text =
      "she read her new number out loud instead of texting it, zero six, five five five, zero two, eight one, because";
    expect(wordsFlaggedBy("phone", text)).toEqual(["zero six, five five five, zero two, eight one"]);
  });
});

describe("fresh201's kind: a number said in pairs", () => {
  it("finds it", () => {
    const text =
      "he said it the way his family says numbers, in pairs: two eight, one five, five five, oh one, six two.";
    expect(wordsFlaggedBy("phone", text)).toEqual(["two eight, one five, five five, oh one, six two"]);
  });

  it("leaves scores listed one by one", () => {
    expect(found("item scores were three, three, two, three, one, four, two, two, three, one.")).toEqual([]);
  });
});

describe("fresh235's kind: a number read out in Italian", () => {
  it("finds a phone number said digit by digit", () => {
    expect(
      wordsFlaggedBy(
        "phone",
        "she wrote it in words: tre quattro sette, cinque cinque cinque, zero uno nove due. her sister.",
      ),
    ).toEqual(["tre quattro sette, cinque cinque cinque, zero uno nove due"]);
  });
});

describe("fresh251's kinds: a Jamaican TRN in groups or read out", () => {
  it("finds a TRN in groups after its name", () => {
    expect(
      wordsFlaggedBy("record-number", "I transposed two digits of her TRN on the form: 112-845-309, my handwriting."),
    ).toEqual(["112-845-309"]);
  });

  it("finds nine digits read out in threes off her card", () => {
    expect(
      wordsFlaggedBy(
        "record-number",
        "she stands there reading the nine digits off her card, one one seven, two zero four, five five eight, and still nothing.",
      ),
    ).toEqual(["one one seven, two zero four, five five eight"]);
  });
});
