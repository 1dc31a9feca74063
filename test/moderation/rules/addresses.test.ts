import { describe, expect, it } from "vitest";
import { found, wordsFlaggedBy } from "./found";

describe("ZIP codes", () => {
  it.each([
    ["She lives in 97211. The line", "97211"],
    ["Out of everyone in 59829 she picked me", "59829"],
    ["zip 30310", "zip 30310"],
    ["they moved to 02139 last year", "02139"],
    ["she moved two streets over into 38652 and", "38652"],
    ["the system still shows 28906 and the zip code is the whole problem", "28906"],
    ["the 60629 area", "60629"],
    ["Portland, OR 97211", "OR 97211"],
    ["rehoused to a flat in LS6 2QD near the park", "LS6 2QD"],
    ["the shelter moved him to T2P 1J9 in the winter", "T2P 1J9"],
    ["she's in postcode 3056 now", "postcode 3056"],
    ["the system thinks he lives in 8 7 9 0 1 and", "8 7 9 0 1"],
    ["Everyone in 49677 knows everyone.", "49677"],
    ["Saw a family last week, 49677, three kids under eight.", "49677"],
    ["she lives out in the 2831 postcode, past the last servo", "2831 postcode"],
    ["a client in 99723 keeps freezing on video", "99723"],
    ["New intake today, 71457, single dad, three kids", "71457"],
    ["Home visit intake today, 59301. No heat.", "59301"],
    ["her postcode, 2-7-7-0, apparently counts as metro", "postcode, 2-7-7-0"],
    ["the zip is 9 4 6 0 9 and", "zip is 9 4 6 0 9"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([words]);
  });

  it.each([
    "I walked 10000 steps in 12000 seconds and paid $12000 in 2019",
    "I bill 90837, and in 90834 sessions, in 96130 testing, in 99213 visits",
    "the odds are 1 in 10000.",
    "we split it into 10000 pieces",
    "We raised 12000 dollars for the clinic; zip it, everyone.",
    "my zip code changed and so did 40000 things",
    "My salary is 65000 a year, and the zip code I work in is expensive",
    "12,000 people",
    "CBT and DBT, the PHQ 9 and GAD 7, and a B12 shot",
    "Rated it 4 out of 5 stars in 2020",
    "rated it 1 2 3 4 5 on the scale, in 2 0 1 9",
    "Billed it as 90837, again.",
    "Steps today, 15000. Word count on the dissertation so far, 40000.",
    "Total mileage for home visits this year, 12000, and no reimbursement.",
    "the clinic saw 12000 clients in 2020 and the 40000 steps challenge goes on",
    "a rise in CO2 and SO2 in the building, and low in B12",
    "Level 4 in ST2 training, then into CT1 next year, and from FY1 to FY2 before that",
    "listening to UB40 in the car, resorted to WD40, a rise in CH4 emissions",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("a ZIP code a record gives", () => {
  it("finds what the intake says", () => {
    expect(wordsFlaggedBy("zip-code", "Intake says 59801 but he swears he's basically camping.")).toEqual(["59801"]);
  });

  it("finds what an address is", () => {
    expect(wordsFlaggedBy("zip-code", "denied AGAIN because his address is 59701 and the plan says")).toEqual([
      "59701",
    ]);
  });

  it.each(["The form says 90837 but I billed 90834.", "The chart says 12000 steps a day."])("leaves %j", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("a dose the record gives is no ZIP", () => {
  it.each(["Her chart says 50000 IU of vitamin D weekly.", "The intake form says 10000 mg, which has to be a typo."])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
    },
  );
});

describe("fresh133's and fresh135's ZIP codes: spaced out before a comma, someone's whole world", () => {
  it.each([
    ["his new address is in 1 1 3 6 8, which counts as a different planet", "1 1 3 6 8"],
    ["Her whole world is 69337 and she's never left it.", "69337"],
  ])("finds %j", (text, zip) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([zip]);
  });

  it("leaves a rating read out alone", () => {
    expect(wordsFlaggedBy("zip-code", "rated it 4 5, then 3.")).toEqual([]);
  });
});

describe("fresh149's and fresh151's kinds: a grid address, a ZIP outside a service polygon", () => {
  it.each([
    "She asked me to swing by her place at 1300 East and 2100 South to grab the signed release.",
    'Denied AGAIN because the transportation vendor says 33142 is "outside the service polygon."',
  ])("finds %j", (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it("leaves a run's distances", () => {
    expect(found("we ran 10 miles north and 5 miles south before session")).toEqual([]);
  });
});

describe("the review of dfdc0af: freeways and wards are no grid address", () => {
  it.each([
    "Took the 405 north and 101 south to see her and lost an hour.",
    "I float between 10 North and 11 South on the unit all week.",
  ])("leaves %j", (text) => {
    expect(found(text).filter(([rule]) => rule === "street-address")).toEqual([]);
  });
});

describe("fresh169's and fresh181's kind: a postcode's district alone, said as where someone is", () => {
  it.each([
    ["Her new tenancy is in LS9, which is exactly where her ex's family live.", "LS9"],
    ["Crisis team won't take him because he's WF1 and their patch stops at the road.", "WF1"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([words]);
  });

  it.each([
    "He's B12 deficient again so the GP is doing injections.",
    "We took the M6 to Manchester and stopped in B&Q.",
    "My registrar is in ST3 training and she's brilliant.",
    "The disc herniation is in L5 and she's in so much pain.",
    "The whole team is in N95 masks again.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("fresh191's kind: a rural route's box", () => {
  it.each([
    "Mailed his letter to RR 1 Box 38 because there's no street address.",
    "Letters keep coming back from HC 64 Box 12.",
  ])("finds it in %j", (text) => {
    expect(wordsFlaggedBy("street-address", text)).not.toEqual([]);
  });
});

describe("fresh193's kind: a postcode district after 'from' or 'it's in'", () => {
  it("finds LS9", () => {
    expect(wordsFlaggedBy("zip-code", "refuge space came up but it's in LS9 and she's FROM LS9.")).toContain("LS9");
  });
});

describe("the review of fresh193's kind: gases and receptors after 'from'", () => {
  it.each(["Panic comes from CO2 hypersensitivity, they say.", "The effect mostly comes from CB1 receptors."])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
    },
  );
});

describe("fresh201's kind: the ZIP code a program covers", () => {
  it("finds it", () => {
    const text = "The county program only covers 33138 and she's on the wrong side of the line by half a block.";
    expect(wordsFlaggedBy("zip-code", text)).toEqual(["33138"]);
  });

  it.each(["My plan covers 90837 but not 90838.", "The grant serves 12500 families a year."])("leaves %j", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("fresh204 and fresh206's kind: five digits where a street address is spoken of", () => {
  it.each([
    ["Intake form, address line: she wrote 11219, crossed it out, and wrote the borough instead.", "11219"],
    ["the form wants a street address and the portal won't take 57770 without a street line.", "57770"],
  ])("finds %j", (text, zip) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([zip]);
  });
});

describe("the review of the sixteenth round's ZIP codes: amounts in a post that speaks of an address", () => {
  it.each([
    "Our EHR makes you enter a street address for every client and the annual license jumped to 12000 this year.",
    "I finally updated my mailing address with the licensing board, and my student loan balance is still 45000 and climbing.",
    "Bought a used Subaru with 60000 on the odometer, now I just need the DMV to accept my new street address.",
    "The insurance portal rejects any claim without an address line and then caps the annual benefit at 10000 per member.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("fresh208's kind: a postcode district of one letter", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("zip-code", "The sanction letter went to the wrong flat in G34 and she never saw it."),
    ).toEqual(["G34"]);
  });
});

describe("the review of the seventeenth round's districts: a language level, a grade", () => {
  it.each([
    "I finally moved to B2 in my Welsh classes, so I can nearly follow my in-laws at dinner.",
    "Got promoted and moved to G7 in the civil service before retraining, and I don't miss it.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
  });
});

describe("the review of the eighteenth round's districts: London's, moved to", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("zip-code", "He moved to E17 after the eviction and the commute is killing him.")).toEqual([
      "E17",
    ]);
  });
});

describe("round 28's ZIP codes: within miles of one, for one, one said not to be in an area", () => {
  it.each([
    ["Six in-network therapists within 30 miles of 59047 and I'm one.", "59047"],
    ["Medicaid transport keeps saying no providers available for 93706 so he doesn't come.", "93706"],
    ["The vendor won't pick him up because 73501 \"isn't in the service area this quarter.\"", "73501"],
  ])("finds it in %j", (text, zip) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([zip]);
  });

  it("leaves a count after for", () => {
    expect(wordsFlaggedBy("zip-code", "We raised money for 20000 meals.")).toEqual([]);
  });
});

describe("round 31's ZIP code: said to be outside a lettered zone", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("zip-code", 'Medicaid cab company says 39206 is "outside zone B." She is eleven minutes away.'),
    ).toEqual(["39206"]);
  });
});

describe("round 37 and 38's postcodes: a district or a sector after its name, a district after 'in'", () => {
  it.each([
    ["new referral, postcode M14 4, single dad, three under five", ["postcode M14 4"]],
    ["postal code K1A, single dad", ["postal code K1A"]],
    ["one client in LS11 gets six sessions, her sister in LS17 gets twenty", ["LS11", "LS17"]],
  ])("finds %j", (text, zips) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual(zips);
  });

  it.each(["the postcode lottery of services strikes again", "in ST3 training this year", "NO2 levels in the city"])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
    },
  );
});

describe("round 53's postcodes: a Canadian postal area where someone is, a district opening a listed case", () => {
  it.each([
    ["I've got a lady in V6A who can't walk to my office without passing the people she used with", "V6A"],
    ["BT12, da in and out of prison, mam housebound, three younger ones.", "BT12"],
  ])("finds it in %j", (text, words) => {
    expect(wordsFlaggedBy("zip-code", text)).toEqual([words]);
  });

  it.each(["we work in B2B sales now", "she is here on an H1B visa", "FY1, then FY2, then specialty training"])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("zip-code", text)).toEqual([]);
    },
  );
});
