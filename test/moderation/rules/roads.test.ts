import { describe, expect, it } from "vitest";
import { found, wordsFlaggedBy } from "./found";

describe("intersections, routes and counties", () => {
  it.each([
    ["She lives above the laundromat at Elm and Fifth.", "Elm and Fifth"],
    ["He got picked up at Broad & Girard at 2am.", "Broad & Girard"],
    ["She sells flowers at 14th and U every weekend.", "14th and U"],
    ["the kid sleeps at 5th & Mission when he can", "5th & Mission"],
    ["the pileup on I-80 near Exit 173", "I-80"],
    ["He drives in from exit 47 off the Turnpike.", "exit 47"],
    ["just off Route 9 by the gas station", "Route 9"],
    ["fewer than a hundred people in Loving County", "Loving County"],
    ["what happened at the lemhi county fairgrounds", "lemhi county"],
    ["a deputy in Prince George's County", "George's County"],
    ["the Wilkes-Barre-Scranton township", "Wilkes-Barre-Scranton township"],
    ["She lives at the corner of MLK and Pine.", "MLK and Pine"],
    ["the bus stop on the corner of oak and 5th", "oak and 5th"],
    ["the blue house on the corner of birchwood and sandpiper", "birchwood and sandpiper"],
    ["a cop outside the gas station at 38th & Chicago", "38th & Chicago"],
    ["back under the overpass at 5th/Cesar Chavez most nights", "5th/Cesar"],
    ["my client lives near 5th and Market.", "5th and Market"],
    ["He got picked up at 3rd and Pacific last night.", "3rd and Pacific"],
  ])("finds %j", (text, place) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(place);
  });

  it.each([
    "I'm stuck between Aetna and Cigna again.",
    "Between Freud and Jung I pick neither.",
    "the county says she isn't eligible",
    "every county has a crisis line",
    "first and second sessions are the hardest",
    "They hand you one corner of it and watch what you do.",
    "I'll see you at 3rd and Monday's meeting too.",
    "I teach the group at 5th/6th grade level on Mondays.",
    "Booked solid from 1st and Easter is a write-off; I'm on 3rd and Zoom is down again.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a street named without a number (fresh94)", () => {
  it.each([
    ["she walks her dog down Ridgeview Dr every morning", "Ridgeview Dr"],
    ["he lives off Hollister Street now", "Hollister Street"],
  ])("finds %j", (text, words) => {
    expect(found(text).map(([, flagged]) => flagged)).toContain(words);
  });

  it.each(["took a trip down Memory Lane with an old supervisor", "I went to see Dr Jones on Monday"])(
    "leaves %j to other rules",
    (text) => {
      expect(wordsFlaggedBy("named-place", text)).toEqual([]);
    },
  );
});

describe("an ordinal and a street's usual name in lower case (fresh117)", () => {
  it("finds the corner", () => {
    expect(wordsFlaggedBy("named-place", "took me to the bus shelter at 82nd and division at 1am")).toEqual([
      "82nd and division",
    ]);
  });

  it.each(["I'm on my 2nd and final coffee.", "at 3rd and long we punted"])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("an ordinal beside a word that is a place of its own (the review of 5c4b843)", () => {
  it("leaves a time between", () => {
    expect(wordsFlaggedBy("named-place", "Between 1st and school drop-off she has a panic attack every day.")).toEqual(
      [],
    );
  });
});

describe("fresh123 and fresh125's kinds: a farm-to-market road, a bus by its route, a street named as streets often are", () => {
  it.each([
    ["Home hospice visit out on FM 2004 today.", "FM 2004"],
    ["He rides the 6:10 on the 22 bus from the transit center.", "the 22 bus"],
    ["She takes bus 14 every morning and knows every driver.", "bus 14"],
    ["ran into my client buying scratchers at the Speedway on MLK & Cedar", "MLK & Cedar"],
  ])("finds %j", (text, place) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(place);
  });

  it.each([
    "The bus 20 minutes late again, so I did the session from the stop.",
    "Two buses and a train to get to placement.",
    "His mum listens to 98.7 FM all day in the waiting room.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("the review of 1443924: a room, a currency, a bus taken so many days, two presidents; fresh127's dropped pin", () => {
  it("finds a dropped pin", () => {
    expect(
      wordsFlaggedBy("named-place", "Found it at 44.4012° N, 100.2871° W, past the burned-out church."),
    ).not.toEqual([]);
  });

  it.each([
    "Session fees at our centre start from RM 150 for students.",
    "Group has moved to rm 12 on Thursdays because the heating died.",
    "I take the bus 5 days a week and honestly it's where I decompress.",
    "Caught the school bus 7:15 every morning as a kid.",
    "The 3 bus changes to get to my Friday clinic are killing me.",
    "Our teen group watched a documentary on Lincoln and Washington and it turned into a session on fathers.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("the review of 2499a7d: a station on the dial, a bus for so many minutes, a thread's post", () => {
  it.each([
    "Tuned to FM 101 in the car and cried at a song, normal Tuesday.",
    "I'm on the bus 40 to 50 minutes each way, which is where I do my notes.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });

  it.each([
    "I wrote about burnout in post #12 of this thread, so scroll up.",
    "The VFW post 5 minutes from my house has a great peer support group.",
  ])("leaves %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a street typed in lower case with its short form (fresh135)", () => {
  it.each([
    ["she parks on kingsbridge rd near the armory most nights", "kingsbridge rd"],
    ["lives off maple ave now", "maple ave"],
  ])("finds %j", (text, street) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([street]);
  });

  it("leaves the road itself alone", () => {
    expect(found("she's on the rd again, back and forth all week")).toEqual([]);
  });
});

describe("streets in lower case the review of 45f6648 found: no street named", () => {
  it.each([
    "We're not exactly living on easy st since the practice went cash-only.",
    "Took a trip down memory ln with my old supervisor over coffee today.",
    "There's a vape shop on every st corner now and my teen clients notice.",
    "She got lost driving down some rd in the middle of nowhere and called me.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh151's kind: a county in lower case where someone is", () => {
  it.each(["out in glades county there's like one stoplight", "she grew up in orange county and hates it"])(
    "finds %j",
    (text) => {
      expect(wordsFlaggedBy("named-place", text)).not.toEqual([]);
    },
  );

  it.each(["she moved to another county last spring", "clients in rural county settings need transport"])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("named-place", text)).toEqual([]);
    },
  );
});

describe("the review of dfdc0af: a kind of county, or whose, is none", () => {
  it.each([
    "She moved back in from county last month and the jail nurse never called.",
    "Everyone in your county knows where the clinic is.",
    "I grew up in farm county where nobody talks about feelings.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("fresh171's kinds: a street by its number alone, a corner beside a street's usual name", () => {
  it.each([
    ["the 4 train stops at 149th and thats where she gets off", "149th"],
    ["she lives off 103rd near the park", "103rd"],
    ["She works the register at the Walgreens at Broad and Erie.", "Broad and Erie"],
    ["He lives near Main and Jefferson.", "Main and Jefferson"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([words]);
  });

  it.each([
    "She finished at 112th in the marathon and cried at the line.",
    "We went to the town's 150th anniversary picnic.",
    "a documentary on Lincoln and Washington",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("fresh174's kind: a form, not an interstate", () => {
  it.each(["I filled out the I-9 twice.", "her I-9 and W-2 are in the drawer", "The I-94 form expired."])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("named-place", text)).toEqual([]);
    },
  );

  it("still finds the interstate", () => {
    expect(wordsFlaggedBy("named-place", "He drives I-95 every day to see me.")).toEqual(["I-95"]);
  });
});

describe("the review of the forms: an interstate after 'her' is still one", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("named-place", "Her I-80 commute from the ranch is seventy minutes each way.")).toEqual([
      "I-80",
    ]);
  });
});

describe("fresh192's kind: an immigration form of an interstate's number", () => {
  it("leaves the forms", () => {
    expect(wordsFlaggedBy("named-place", "Filed the I-485, I-765 and I-131 together with the asylum receipt.")).toEqual(
      [],
    );
  });

  it("holds the interstate", () => {
    expect(wordsFlaggedBy("named-place", "He crashed on I-485 near Charlotte last week.")).toContain("I-485");
  });
});

describe("fresh201's kind: a shop or a home by its street's name alone", () => {
  it.each([
    ["Her family's panadería on Navigation is where she goes to cry.", "Navigation"],
    ["We met at the WinCo on Overland after his shift.", "Overland"],
  ])("holds %j", (text, street) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(street);
  });

  it.each([
    "The bar on Friday was loud and I left early.",
    "I ordered the planner from the store on Amazon.",
    "The pharmacy on Main never has her meds in stock.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("the corner of a street named for someone famous", () => {
  it("holds it", () => {
    expect(
      wordsFlaggedBy("named-place", "He sleeps near the overpass at Cesar Chavez and Mission most nights."),
    ).toEqual(["Cesar Chavez and Mission"]);
  });

  it("leaves two authors read together", () => {
    expect(found("We read Carl Rogers and Yalom in class this week.")).toEqual([]);
  });
});

describe("the review of the fifteenth round's streets: days, holidays, people cited together", () => {
  it.each([
    "The bakery on Sundays has the best pan dulce in town, so that's my self-care now.",
    "Nobody expects to run into their therapist at the bar on Ash Wednesday, yet here we both were.",
    "Group tonight was on Carl Rogers and Gendlin, and the trainees actually put their phones down.",
    "We read poems by Maya Angelou and Langston Hughes to close out the grief group.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });

  it("holds a stand by its street", () => {
    expect(wordsFlaggedBy("named-place", "Her abuela's tamale stand on Airline is where she does homework.")).toEqual([
      "Airline",
    ]);
  });

  it("holds a public school by its number", () => {
    expect(
      wordsFlaggedBy("named-place", "She teaches fourth grade at P.S. 189 and every parent has her cell."),
    ).toEqual(["P.S. 189"]);
  });
});

describe("the review of the sixteenth round's places: a console, a suite, a reservation by its name", () => {
  it.each([
    "My son got banned from PS5 for a week after yelling at his little sister during Fortnite.",
    "We moved all our notes to MS 365 last year and the search still can't find anything.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });

  it.each([
    ["He lives on the Tulalip reservation and works at the casino there.", "Tulalip"],
    ["He grew up on the Southern Ute reservation and still dances every spring.", "Southern Ute"],
  ])("holds %j", (text, place) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([place]);
  });
});

describe("fresh210's kind: a milepost", () => {
  it("holds it", () => {
    expect(
      wordsFlaggedBy("named-place", "The crash was just south of the milepost 38 turnout and he still pulls over."),
    ).toEqual(["milepost 38"]);
  });
});

describe("the review of the seventeenth round's places: a marathon's milepost, a reservation driven through", () => {
  it.each([
    "Hit the wall around milepost 20 in my first marathon, exactly like everyone warned me.",
    "Our road trip went through the Wind River Reservation and the kids loved the powwow.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("fresh214's kinds: a workplace by its name, someone by their town", () => {
  it.each([
    ["He tends bar at the Sloop three nights a week and the regulars use him as their therapist.", "Sloop"],
    ["ballard guy, late 50s, sold the family boat last spring and has been lost ever since.", "ballard"],
  ])("holds %j", (text, place) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([place]);
  });

  it.each([
    "My cousin works at the Hilton downtown and gets me a discount.",
    "nice guy, late 50s, fixed our boiler in ten minutes.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("the review of the eighteenth round's places: a family's house on a reservation", () => {
  it("holds it", () => {
    expect(
      wordsFlaggedBy("named-place", "Her aunt's house is on the Wind River Reservation, so she's there every summer."),
    ).toEqual(["Wind River"]);
  });
});

describe("fresh216's kinds: a union local, a numbered street with its word, a school by a student's year, a plant's line", () => {
  it.each([
    ["He's recording secretary for Local 600 and can't be seen walking in.", "Local 600"],
    ["He runs an elote cart on 26th Street on weekends.", "26th Street"],
    ["Lane Tech junior, fourth in her class, told me fourth is failure with good PR.", "Lane Tech"],
    ["Twenty-two years on the line at the Rouge and the noise lives in his body now.", "Rouge"],
  ])("holds %j", (text, place) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([place]);
  });

  it.each([
    "The Local 5 news did a piece on burnout and got half of it wrong.",
    "Lane Tech senior here, asking for advice about grad programs.",
    "My Tuesday senior group is the best hour of my week.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("the review of the nineteenth round's streets and workplaces", () => {
  it("finds a numbered street in lower case after a word that puts someone on it", () => {
    expect(wordsFlaggedBy("named-place", "He sleeps in his car on 3rd street behind the laundromat.")).toEqual([
      "3rd street",
    ]);
  });

  it.each([
    "My kid took 2nd Place at the science fair and I cried in the parking lot, in a good way.",
    "I feel like my license is on the line at the Board hearing next month and I cannot sleep.",
    "I was on the line at the Pharmacy for an hour trying to sort out my own refill.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("fresh242's kind: a leader's street beside another", () => {
  it("finds MLK and a street beside it", () => {
    expect(
      wordsFlaggedBy("named-place", "Home visit at the duplex by MLK and Dauphin, grandma asleep on the couch."),
    ).toEqual(["MLK and Dauphin"]);
  });

  it("leaves MLK beside a president", () => {
    expect(wordsFlaggedBy("named-place", "We watched a documentary on MLK and Lincoln last night.")).toEqual([]);
  });
});

describe("round 37 and 38's streets: a leader's street in lower case, a street abroad by its particle", () => {
  it.each([
    ["client lives right at mlk and 5th and the shooting last wk was outside his window", "mlk and 5th"],
    ["She lives on Via dei Tribunali over a pizzeria.", "Via dei Tribunali"],
  ])("finds the street in %j", (text, street) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([street]);
  });

  it.each(["sent the forms via email to the team", "Via Zoom she told me everything"])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("round 41's streets typed on a phone: a chain by the street it is on, a street by its direction", () => {
  it.each([
    ["ran into my thurs client at the kroger on 5th and she introduced me to her husband", "kroger on 5th"],
    ["3rd client this month from the same apt complex on e colfax. somethings going on over there", "e colfax"],
  ])("finds %j", (text, street) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([street]);
  });

  it.each(["she's always on west coast time", "selling old textbooks on e bay", "the bus on 5th was late"])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("named-place", text)).toEqual([]);
    },
  );
});

describe("round 45's road: a highway by its number and direction, where someone lives", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("named-place", "She lives out on 9W past the orchards and has no car right now.")).toEqual([
      "out on 9W",
    ]);
  });

  it("leaves a run's distance", () => {
    expect(wordsFlaggedBy("named-place", "I was out on 5K runs all week and my knees know it.")).toEqual([]);
  });
});

describe("round 46's road: a street by its block", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("named-place", "one of my kids lives on the 1400 block of n kedzie and hears gunshots"),
    ).toEqual(["the 1400 block of n kedzie"]);
  });

  it("leaves a block of questions", () => {
    expect(wordsFlaggedBy("named-place", "the 3000 block of questions on the exam nearly broke me")).toEqual([]);
  });
});

describe("round 50's road: an ordinal and a tree's street, in lower case", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("named-place", "client lives off 4th and magnolia and says the guys on that corner know her"),
    ).toEqual(["4th and magnolia"]);
  });

  it("leaves a down in football", () => {
    expect(wordsFlaggedBy("named-place", "it was 4th and long and i was screaming at the tv")).toEqual([]);
  });
});

describe("round 51's road: the freeway every city has", () => {
  it("leaves it", () => {
    expect(wordsFlaggedBy("named-place", "it took an hour forty because of a wreck on the freeway")).toEqual([]);
  });

  it("still finds a freeway by its name", () => {
    expect(wordsFlaggedBy("named-place", "she lives right off the harbor freeway")).toEqual(["the harbor freeway"]);
  });
});
