import { describe, expect, it } from "vitest";
import { moderate } from "../../../src/moderation/pipeline";
import { found, wordsFlaggedBy } from "./found";

describe("addresses", () => {
  it.each([
    ["lives at 1428 Elm Street now", "street-address", "1428 Elm Street"],
    ["77 Harbor View Road, she said", "street-address", "77 Harbor View Road"],
    ["42 W 57th St.", "street-address", "42 W 57th St."],
    ["write to PO Box 1170", "street-address", "po box 1170"],
    ["in apartment 4B upstairs", "unit-number", "apartment 4B"],
    ["Suite 200", "unit-number", "Suite 200"],
    ["ZIP code 43085", "zip-code", "ZIP code 43085"],
    ["Columbus, OH 43215", "zip-code", "OH 43215"],
    ["12345-6789", "zip-code", "12345-6789"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text).map((w) => w.toLowerCase())).toEqual([words.toLowerCase()]);
  });

  it.each(["I walked 3 blocks down the road", "2 hours on the road", "room 4 was cold", "unit 5 of the workbook"])(
    "leaves %j alone",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("dates and ages", () => {
  it.each([
    ["On June 12th she called", "full-date", "June 12th"],
    ["March 3, 1985 was the day", "full-date", "March 3, 1985"],
    ["the 4th of September", "full-date", "4th of September"],
    ["seen 03/22/2024", "full-date", "03/22/2024"],
    ["ended 2023-11-30", "full-date", "2023-11-30"],
    ["born on March 3, 1985", "birth-date", "March 3, 1985"],
    ["DOB 07/14/1992", "birth-date", "07/14/1992"],
    ["his birthday is October 9", "birth-date", "October 9"],
    ["a 94-year-old client", "age-over-89", "94-year-old"],
    ["aged 97", "age-over-89", "aged 97"],
    ["ninety-three-year-old widower", "age-over-89", "ninety-three-year-old"],
    ["she turned 101 in spring", "age-over-89", "turned 101"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text).map((w) => w.toLowerCase())).toEqual([words.toLowerCase()]);
  });

  it.each([
    "back in 2019",
    "last March was hard",
    "in March 2020 we went remote",
    "rated 7/10",
    "an 89-year-old is fine to mention",
    "in her nineties",
    "34 years old, eight years in",
    "you may 3D print anything",
    "sessions at 9:30 and 10:45",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("names in client context", () => {
  it.each([
    ["my client Sarah told me", "Sarah"],
    ["Patient Daniel Okafor asked", "Daniel Okafor"],
    ["Mr. Abernathy came in", "Mr. Abernathy"],
    ["Mrs Delacroix again", "Mrs Delacroix"],
    ["a boy named Leo drew", "Leo"],
    ["my client, Jordan, said", "Jordan"],
    ["client J.D. again", "J.D."],
    ["her son Mateo refuses", "Mateo"],
    ["the kid's name is Brayden", "Brayden"],
    ['the teen who goes by "Ziggy" skipped again', "Ziggy"],
    ['his cousins call him "Moose" and he hates it', "Moose"],
    ['"Bean" is what her brother calls her', "Bean"],
    ["the boy the whole ward calls Rocket was back", "Rocket"],
    ["my client JB keeps asking about my kids", "JB"],
    ['my client "Boots" got picked up again', "Boots"],
    ["sessions with Mr. K. are getting intense", "Mr. K."],
    ["Mrs. K brought me pierogi again", "Mrs. K"],
    ["Mr V and his wife both asked me to take sides", "Mr V"],
    ["The fella they call Smokey down at the rink talked today.", "Smokey"],
    ["Spud, as everyone at the depot calls him, is opening up.", "Spud"],
    ["Little Bean (her grandma's name for her) won't speak at school.", "Little Bean"],
    ["Smiley (his words, not mine) did his homework.", "Smiley"],
    ["Sarge — his word, twenty years in the Army and he won't answer to anything else — showed up early.", "Sarge"],
    ["Worried about Coach P. He has skipped two sessions.", "Coach P."],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("client-name", text)).toEqual([words]);
  });

  it.each([
    ["K.T. finally said it out loud", "K.T."],
    ["a quick consult about R.M.: she stopped eating", "R.M."],
    ["a.b.t. has missed three Thursdays running now", "a.b.t."],
    ["spoke to j.r.'s sister about the relapse", "j.r."],
  ])("finds initials in %j", (text, words) => {
    expect(wordsFlaggedBy("proper-name", text)).toEqual([words]);
  });

  it.each([
    "We moved to the U.S. in 2010",
    "see you at 8 A.M. sharp",
    "R.I.P. to my printer",
    "we start at 9 a.m., e.g. before the groups",
    "n.b. the rota changed",
  ])("reads no initials in %j", (text) => {
    expect(wordsFlaggedBy("proper-name", text)).toEqual([]);
  });

  it.each([
    "my client I saw today",
    "my client Monday was better",
    "a client The next day called",
    "my client. Then another",
    "Carl Rogers said it best",
    "Dr. Linehan's skills work",
    "as Dr. Yalom wrote",
    "my clients, Mostly teens, are tired",
    "Dr. Seuss was right about places",
    "she calls Monday the worst day of the week",
    "my client's OCD is flaring again",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("client-name", text)).toEqual([]);
  });
});

describe("named places", () => {
  it.each([
    ["She attends Lincoln High and", "Lincoln High"],
    ["He works at Harmon Logistics now", "Harmon Logistics"],
    ["he grew up in Millbrook and", "Millbrook"],
    ["a town called Pine Hollow", "Pine Hollow"],
    ["moved to Dayton, Ohio", "Dayton"],
    ["She plays second row for the Hawthorn women's side", "Hawthorn"],
    ["the top scorer for the Auckland City women's team started with me", "Auckland City"],
    ["lives on Maple Avenue", "Maple Avenue"],
    ["a nurse at Riverside General Hospital", "Riverside General Hospital"],
    ["at the University of Somewhere", "University of Somewhere"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(words);
  });

  it.each([
    "She moved to Texas last year",
    "He is from Canada",
    "they went to Europe",
    "I grew up in a small town",
    "he goes to AA every week",
    "a local high school",
    "However, Texas is big",
    "I was captain of the debate team in school",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("fresh133's and fresh135's kinds: a town's own court or house of worship, a state's only holder of a role, a story everyone read", () => {
  it.each([
    ["Only Yoruba interpreter at Bronx family court, and she carries it.", "named-place", "Bronx family court"],
    ["she does seva at the Palatine gurdwara every Sunday", "named-place", "Palatine gurdwara"],
    ["Montana's only female brand inspector walked in today", "only-one", "Montana's only female brand inspector"],
    ["She's the one who was in every campus paper for a month.", "newsworthy", "was in every campus paper"],
    ["the one the news called him a hero for a week", "newsworthy", "news called him a hero"],
    ["after the G train derailment he stopped riding", "newsworthy", "after the G train derailment"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toContain(words);
  });

  it.each([
    "she had her surgery at a Boston hospital",
    "we went to the Catholic church for the funeral",
    "Montana's only national park was busy",
    "I sat in the Boston public library all afternoon",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the review of 45f6648: a state's courts and officials, a denomination's temple, a family blow-up", () => {
  it.each([
    "She's been fighting in Georgia family court for three years over custody.",
    "We went to a bar mitzvah at the Reform temple and I cried at the speeches.",
    "Texas's only female governor in decades still comes up in my client's family arguments.",
    "Michigan's only pro soccer team lost again and my Monday clients are grumpy.",
    "Ever since the whole family explosion at Thanksgiving, my client has been sleeping at her sister's.",
    "For a lot of grieving clients, Christmas is the anniversary of their loss, not a celebration.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh140 to fresh143's kinds: a Spanish street, an A-number and a CPF, a mayor in Spanish, the play the town saw, a child removed on a holiday, a birthday that is a holiday", () => {
  it.each([
    ["calle loíza flooded again. her ground floor unit, third time.", "named-place", "calle loíza"],
    ["He had his A-number, A 219 555 804, written inside his wallet.", "record-number", "A 219 555 804"],
    [
      "She read her CPF out loud at intake, 438.571.206-14, because she thought we'd need it.",
      "record-number",
      "438.571.206-14",
    ],
    ["The alcalde's nephew is on my caseload.", "public-relative", "The alcalde's nephew"],
    [
      "the kid who hit the walk-off in the state semifinal sleeps in my office",
      "newsworthy",
      "the kid who hit the walk-off",
    ],
    [
      "Worst part of this year: removing two siblings on Christmas Eve.",
      "full-date",
      "removing two siblings on Christmas Eve",
    ],
    ["Her birthday's Valentine's Day, which somehow makes it worse.", "full-date", "Her birthday's Valentine's Day"],
    ["drove 45 min to pikeville for a hearing for one of my kids", "named-place", "pikeville"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toContain(words);
  });

  it.each([
    "Client with early-stage Alzheimer's is grieving the diagnosis before anything else.",
    "He's started hitting her since the Parkinson's diagnosis, and she's covering for him.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the review of 959cb4a: a town in a sentence about TV, a state's only holder of a role, a client named will, a street named like a song", () => {
  it.each([
    "Elmhurst night-shift nurse, and she still can't hear a monitor alarm on TV without leaving the room.",
    "Wyoming's only female saddle maker is my client and she asked me not to tell anyone.",
    "i told will he could bring his mom next week if he wants",
    "she lives off penny ln near the school and walks past her ex's house daily",
    "She volunteers at the Reform public library every Saturday and knows every patron by name.",
    "Tribunal is 17.11 at 10am and she can't stop shaking.",
    "Thanksgiving, November 24, is when she found him in the garage.",
  ])("holds %j", (text) => {
    expect(found(text)).not.toEqual([]);
  });

  it.each([
    "He's obsessed with Kurosawa films, the older ones especially.",
    "Grief showed up in session today, and she finally let herself cry for her mother.",
    "Her husband runs IT for a hospital and is never home.",
    "My son plays in the 3rd division of the youth soccer league and the parents are unhinged.",
    "My water broke in March, three weeks early, and I still think about that night.",
    "9/11 is the anniversary that still wrecks him every September.",
    "the conference in austin was great but i'm wiped and my monday is full",
    "She got her diagnosis at the Mayo Clinic after years of being dismissed.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh152 to fresh155's kinds: digits read out one word each, a plate spelled a character at a time, a union's local, an institution named for its kind and place, a feast's morning and a kin's death on the way from one", () => {
  it.each([
    [
      "insurance bounced the claim because his address says four eight two one two and the card still has the old one",
      "zip-code",
      "four eight two one two",
    ],
    [
      "juvie case is twenty-four JV zero zero three one eight, the hearing got moved again",
      "zip-code",
      "zero zero three one eight",
    ],
    [
      "Parked outside my office every Thursday, Ohio plate J K L 4 4 7 1, and I think it's the only quiet place she has.",
      "record-number",
      "plate J K L 4 4 7 1",
    ],
    ["Committeeman for UAW Local 1112 and he can't be seen going to the EAP.", "named-place", "UAW Local 1112"],
    [
      "She teaches Saturday Qur'an class at the Islamic Center of Greater Toledo and has to be the calm auntie there.",
      "named-place",
      "Islamic Center of Greater Toledo",
    ],
    ["On Pączki Day he stood in the bakery line at six, sober eleven months.", "full-date", "On Pączki Day he"],
    [
      "Eid morning her brother got picked up in the masjid parking lot in front of everybody.",
      "full-date",
      "Eid morning her brother got picked",
    ],
    [
      "Her brother was killed in a wreck driving home from Tết at the temple two years ago.",
      "full-date",
      "Her brother was killed in a wreck driving home from Tết",
    ],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toContain(words);
  });

  it.each([
    "Dial in to seven three four one two for the group call.",
    "We breathed through five four three two one together and she laughed at the end.",
    "The local 5 minute drive is the only reason I still go to that gym.",
    "Christmas morning my kids opened presents and I cried in the kitchen.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the review of e032b3a: scores listed a comma apart, binary, pi, sounds; a union local by distance; national bodies and churches; a family's habit on a feast", () => {
  it.each([
    ["She says 'seven oh one two nine' like a prayer. It's the only zip code she's lived in.", "zip-code"],
    ["He's a steward in Local 1112 of the UAW and everyone on the floor knows it.", "named-place"],
    ["He's an IBEW 46 journeyman and the hall talks.", "named-place"],
    ["Early on Christmas morning, her brother was arrested in front of all the kids.", "full-date"],
    ["Pancake Day, her dad walked out, and she's been waiting for him since.", "full-date"],
    ["Her father collapsed during Eid prayers at the mosque.", "full-date"],
  ])("finds %j", (text, rule) => {
    expect(wordsFlaggedBy(rule, text)).not.toEqual([]);
  });

  it.each([
    "Her PHQ-9 item scores came back three, three, two, three, one, two, zero, three, three.",
    "SUDS during the exposure went eight, seven, five, four, two, which is the curve you hope for.",
    "My client's a programmer and talks in binary jokes, one zero one zero one.",
    "Pi day in the adolescent group: one kid recited three one four one five nine two six.",
    "She kept going um, oh, um, um, oh before every answer.",
    "The Teamsters local 5 minutes from my house hosts a grief group on Thursdays.",
    "The Church of England safeguarding report made my client very angry.",
    "The National Institute of Mental Health put out a funding call for suicide prevention research.",
    "The Temple of Doom was the first scary movie I ever saw.",
    "The salad plate is a 9 x 9 and the dinner plate a 12, I'm oddly proud of my new crockery.",
    "Christmas Eve his mum goes to midnight mass every year and he goes with her.",
    "On Fat Tuesday she always makes paczki for the whole block.",
    "He crashed at his cousin's over Christmas and slept till noon.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh157's kinds: a permit card then its number, a link-in-bio address, a birth year ninety years back", () => {
  it.each([
    ["He put his CFEC permit card on the table, S03T 60412, and said it was who he is.", "record-number"],
    ["Her sister set up linktr.ee/justicefornayeli and now the link is in every comment section.", "url"],
    ["He was born in 1931 and says he's outlived two wives and the whole cannery.", "age-over-89"],
  ])("finds %j", (text, rule) => {
    expect(wordsFlaggedBy(rule, text)).not.toEqual([]);
  });

  it.each([
    "My mother was born in 1950 and still drives to every one of my talks.",
    "The insurance card on the fridge, 2024 edition, is the only one she has.",
    "Carl Rogers was born in 1902 and I still think about unconditional positive regard daily.",
    "I wrote a tiny backup.sh script so my notes sync every night.",
    "Halloween '78 is the film I watch every October.",
    "Tuesday's 4.15 is my hardest slot of the week.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh161 and fresh163's kinds: a feast with a year written short, this year's feast as the day of someone's event, Liberation Day, a birthday given as a day and month", () => {
  it.each([
    ["Christmas Eve '88, that's her birthday, and she has never had one of her own.", "full-date"],
    ["Juneteenth this year was the day her brother came home after eleven years inside.", "full-date"],
    ["Liberation Day, when she was eleven, her uncle showed up drunk to the parade.", "full-date"],
    ["She told me her birthday's 02/07, same as my mum's, and she caught the flinch.", "full-date"],
  ])("finds %j", (text, rule) => {
    expect(wordsFlaggedBy(rule, text)).not.toEqual([]);
  });
});

describe("fresh165 and fresh167's kinds: an Eircode, a carte soleil, a dossier's number, St. Stephen's Day as the day of someone's event, a French age in the nineties", () => {
  it.each([
    ["the appointment letter went to H91 K2X7 months after he'd moved out.", "zip-code"],
    ["carte soleil LAPM 6802 1147. typed LAMP.", "record-number"],
    ["DPJ dossier 24-0317-E has had four intervenants in eight months.", "record-number"],
    ["St. Stephen's Day is when her brother crashed the car.", "full-date"],
    ["Quatre-vingt-onze ans, sharp as a tack, and she told me she started therapy.", "age-over-89"],
  ])("finds %j", (text, rule) => {
    expect(wordsFlaggedBy(rule, text)).not.toEqual([]);
  });

  it.each([
    "The Y10 TEXT tool is what our school uses, and the A12 ROAD signs are confusing.",
    "Rereading Cent ans de solitude in French for the first time.",
    "The whole dossier took 2 weeks to assemble.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the review of the last three rule commits: not masks, forms or years after capitals; not a habit on a feast", () => {
  it.each([
    "We are all wearing the 3M N95 1860 masks again in the group room.",
    "Just got my P60 2024 from the agency, so tax season begins.",
    "The ASWB 2023 2024 pass rate data came out and it is grim.",
    "A reading of 10500 is in the range they flagged for follow-up.",
    "Christmas is when his mom seemed happiest, the one time of year she relaxed.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a character's name said to be what someone is called", () => {
  it("holds it", () => {
    expect(
      moderate("His little brother calls him Ash Ketchum, and he hasn't spoken at school since September.").decision,
    ).not.toBe("publish");
  });
});

describe("round 28's places: a hospital's short name, a college team, a town's police, a neighbourhood's letters", () => {
  it.each([
    ["The oncology chaplain at Maine Med asked me to sit with her.", "Maine Med"],
    ["She's a walk-on for the UVM ski team.", "UVM"],
    ["A 911 dispatcher with Amarillo PD told me she hears the end of people's worst day.", "Amarillo PD"],
    ["telehealth w a kid on the LES whose family shares a one bedroom.", "LES"],
    ["One of my teens lives in Overtown with her aunt and takes two buses.", "Overtown"],
  ])("finds the place in %j", (text, words) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(words);
  });

  it.each([
    "She did her residency in Family Med and hates nights.",
    "He made the US ski team at nineteen.",
    "I coached for the YMCA swim team years ago.",
    "I called the police in a panic.",
    "Licensed in Michigan, living in Ohio, seeing clients who moved to Florida. My binder is three inches thick.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("round 28 and 29's places: a couple's shop, a transit stop, a parish's group", () => {
  it.each([
    ["There's a couple I see who own Three Crows Books, the secondhand place.", "Three Crows Books"],
    ["She gets off the Pink Line at 18th every night after her shift.", "18th"],
    ["I pick her up at the Green Line stop on Lake every Thursday after group.", "Lake"],
    ["Holy Family's youth group quietly removed her as retreat leader after she came out.", "Holy Family"],
  ])("finds the place in %j", (text, words) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(words);
  });

  it.each([
    "The Red Line at 6am was the worst part of my internship.",
    "The lines at LES conferences are always too long.",
    "My church's youth group is the best thing in my week.",
    "God's congregation is everyone, my grandmother used to say.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("round 30's place: a bridge by its name, where someone sleeps", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("named-place", "He tells me about the guys who sleep under the Morrison Bridge.")).toEqual([
      "Morrison Bridge",
    ]);
  });

  it("leaves one driven over on holiday", () => {
    expect(wordsFlaggedBy("named-place", "We drove over the Golden Gate Bridge on vacation.")).toEqual([]);
  });
});

describe("round 31's places: a school after the year someone is in", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("named-place", "A junior at Lincoln-Way East asked if she could follow me on Spotify."),
    ).toEqual(["Lincoln-Way East"]);
  });
});

describe("round 32's place: a street walked by its name alone", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy(
        "named-place",
        "He walks down Telegraph every morning past the corner where his brother got jumped.",
      ),
    ).toEqual(["Telegraph"]);
  });
});

describe("round 34's places: institutions typed in lower case on a phone, an intersection joined by n", () => {
  it.each([
    ["teen i see goes to st ignatius prep and the pressure at that place is insane", "st ignatius prep"],
    ["she coaches girls volleyball at wasilla high and a players parent is threatening her", "wasilla"],
    ["pastor at first baptist in lubbock is terrified the congregation finds out", "first baptist"],
    ["kid i see lives at riverside apts behind the walmart on 3rd", "riverside apts"],
    ["client moved into the oxford house at 5th n maple last wk, doing ok so far", "5th n maple"],
  ])("finds the place in %j", (text, words) => {
    expect(wordsFlaggedBy("named-place", text)).toContain(words);
  });

  it.each([
    "I went to high school in Ohio and hated every minute.",
    "Every school counselor I know has watched Abbott Elementary and yelled at the screen.",
    "she lives in the apartments by the school, which is all I'll say",
    "he moved into senior apartments last year and loves the bingo",
    "first baptist churches everywhere have the same carpet",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("named-place", text)).toEqual([]);
  });
});

describe("round 34's dates: a weekday and its ordinal, a day and month said to be a day, holidays of other countries", () => {
  it.each([
    ["Wed 9th, 7.40pm, he rang the after-hours line from the hospital car park.", "Wed 9th"],
    ["14/11 was the anniversary of her son's death and she came in anyway.", "14/11"],
    [
      "Paddy's Day, two years sober, and she went into town 'just to see the parade'.",
      "Paddy's Day, two years sober, and she went",
    ],
    [
      "The Tuesday before Waitangi Day he walked out of his job at the freezing works.",
      "The Tuesday before Waitangi Day he walked",
    ],
    ["Canada Day long weekend is when she finally left him.", "Canada Day long weekend is when she "],
    ["Melbourne Cup day is when her brother crashed the car.", "Melbourne Cup day is when her brother crashed"],
  ])("finds the date in %j", (text, words) => {
    expect(wordsFlaggedBy("full-date", text)).toContain(words);
  });

  it.each([
    "15/10 was the vibe at the party, honestly.",
    "I sat 1st chair in band for three years.",
    "Christmas, and I burned the ham.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("full-date", text)).toEqual([]);
  });
});

describe("round 35's kinds: someone's day by the holiday before it, an event on a holiday, leap day, a county road, a school", () => {
  it.each([
    ["He started showing up drunk the weekend after Thanksgiving, right after his dad's funeral.", "full-date"],
    ["She first came in the Monday after Easter, after the miscarriage, and we're coming up on a year.", "full-date"],
    ["Since the overdose on the Fourth of July he's been sober six months.", "full-date"],
    ["She was born on leap day and told me she's technically turning 4 this year.", "birth-date"],
    ["kid lives in the trailer park off county rd 12 behind the dollar general", "named-place"],
    ["he coaches varsity football at ridgemont high and the boosters are eating him alive", "named-place"],
  ])("holds %j", (text, rule) => {
    expect(found(text).map(([name]) => name)).toContain(rule);
  });
});

describe("round 36's dates: a day of the month said to be the day of something, what befell someone on a holiday", () => {
  it.each([
    ["I've been dreading the 14th all month because that's the day she has her custody hearing.", "the 14th"],
    [
      "A woman I've seen for three years miscarried on Mother's Day. The actual day.",
      "woman I've seen for three years miscarried on Mother's Day",
    ],
  ])("finds the date in %j", (text, words) => {
    expect(wordsFlaggedBy("full-date", text)).toContain(words);
  });
});
