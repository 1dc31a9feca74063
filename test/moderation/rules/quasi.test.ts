import { describe, expect, it } from "vitest";
import { quasiIdentifiers } from "../../../src/moderation/rules/quasi";
import { foundByRule } from "./found";

const rulesIn = (text: string) => quasiIdentifiers.flatMap((rule) => foundByRule(rule, text).map(([name]) => name));

describe("quasi-identifiers", () => {
  it.each([
    ["public-relative", "The mayor's son is on my caseload."],
    ["public-relative", "Seeing the sheriff's wife is a whole thing."],
    ["public-relative", "She's the wife of the new Archbishop, so discretion is everything."],
    ["public-relative", "the police chief's daughter started with me this week"],
    ["public-relative", "The middle school principal's son has started seeing me."],
    ["newsworthy", "She was one of the hostages in the pharmacy siege back in March."],
    ["newsworthy", "He was driving the truck in that pileup, the one that was in every paper for a month."],
    ["public-relative", "She's the daughter of our local MP and tests whether I'm impressed."],
    ["newsworthy", "He was the teacher who stopped the knife attack at the school this spring."],
    ["newsworthy", "Seeing the man who found a body by the reservoir, the one the news ran for days."],
    ["newsworthy", "Camera crews still ring her about the flood rescue."],
    ["newsworthy", "He's one of the hostages at the post office last year."],
    ["public-relative", "My client's mum is the headteacher at the grammar school."],
    ["newsworthy", "His family's name is on the new hospital wing downtown."],
    ["newsworthy", "He is one of the survivors of the mine collapse two winters ago."],
    ["newsworthy", "She was a finalist on that dance show everyone watched."],
    ["public-relative", "Seeing the daughter of one of our county's three judges."],
    ["only-one", "The only twins in the sixth grade are both on my caseload."],
    ["newsworthy", "She was on shift during the bank hold-up and hasn't slept since."],
    ["newsworthy", "Reporters are still camped at the end of his road."],
    ["small-community", "He's the GP in a village with one pub and one shop."],
    ["newsworthy", "She won the big regional lottery and lost every friend."],
    ["only-one", "She's the one Deaf student in our whole school district."],
    ["only-one", "Seeing the head coach of our college's rugby team for anger."],
    ["only-one", "The assistant coach for our town's hockey squad is on my caseload."],
    ["rare-condition", "A syndrome with three known cases in the state, and she lives in our small town."],
    ["newsworthy", "Her son is the boy who went missing at the fair last spring."],
    ["only-one", "One of my clients is married to our mayor."],
    ["only-one", "A retired judge who sat on the county bench for years is on my caseload."],
    ["newsworthy", "She was county dairy princess in 2009 and now the OCD is relentless."],
    ["newsworthy", "He fronts the local band that headlined the county fair."],
    ["newsworthy", "She's the only Deaf woman ever elected to our town council."],
    ["newsworthy", "He came out to his congregation and it ended up in the papers."],
    ["newsworthy", "A dad whose quads were born at our hospital in May; it made the paper."],
    ["rare-condition", "Her disorder has maybe a dozen documented cases worldwide; our little village knows it."],
    ["newsworthy", "Her husband was the pilot in last year's light aircraft crash near the coast."],
    ["small-community", "One of maybe forty people who live on the island year-round."],
    ["small-community", "One-room school, nine kids, and the teacher is on my caseload."],
    ["public-relative", "Client's dad is head coach of the state netball team."],
    ["newsworthy", "The boy who was pulled out of the mine shaft after four days is on my caseload."],
    ["newsworthy", "Reporters are still ringing her school about it."],
    ["newsworthy", "She is the last fluent speaker of her language in the valley."],
    ["newsworthy", "The local paper wants an interview and we spent the hour on saying no."],
    ["newsworthy", "She was in the rescue video that went everywhere, the one on the ladder."],
    ["newsworthy", "He survived the warehouse fire on the east side in January."],
    ["only-one", "How do you do therapy with the only pediatric dentist in our county?"],
    ["only-one", "When you're the only rabbi within eighty miles, you drive far for therapy."],
    ["only-one", "I'm the only child psychologist in our county, so everyone knows who I am."],
    ["only-one", "Our town's only veterinarian sat in my office and cried."],
    ["only-one", "She's the only woman working as a game warden on our end of the state."],
    ["only-one", "There's one boy in our whole school district with that syndrome."],
    ["only-one", "The head librarian in our little town is on my caseload."],
    ["small-community", "She is a firefighter in a town of 3,000 and hates the locker room."],
    ["small-community", "island of about 400 people, one ferry a day"],
    ["small-community", "a village of a few hundred where everyone knows everyone"],
    ["newsworthy", "One of my clients was on the bus that crashed on the interstate."],
    ["newsworthy", "She was working at the store the day of the shooting."],
    ["newsworthy", "The kid who went viral for the graduation speech is seeing me."],
    ["newsworthy", "She won bronze and nobody asks her anything else."],
    ["newsworthy", "His band had a single that went top 40 in the nineties."],
    ["newsworthy", "He lost his house in the Camp Fire."],
    ["newsworthy", "she was a cashier at the store during the robbery last saturday"],
    ["newsworthy", "he won the powerball and now nobody in his family speaks to him"],
    ["newsworthy", "he's the dad from that viral airport fight clip"],
    ["only-one", "my client is the police chief here and cannot be seen at my office"],
    ["only-one", "pt coaches the varsity basketball team, and the pressure is eating him"],
    ["only-one", "one of my clients is the police chief in a county nobody can find on a map"],
    ["only-one", "I see the governor's press secretary and she lives on her phone"],
    ["newsworthy", "her car went into the river last spring and it was all over the local news"],
    ["newsworthy", "he is the guard who disarmed the gunman at the mall"],
    ["only-one", "she's the only Black officer in the county sheriff's department"],
    ["only-one", "the village pharmacist told me she can't sleep"],
    ["public-relative", "I see the nephew of our county's sheriff on Tuesdays"],
    ["newsworthy", "she won the 2021 national chess championship at fourteen"],
    ["public-relative", "her husband is a hockey player's brother and the tabloids know it"],
    ["newsworthy", "my client, a former Olympic diver, is drinking again"],
    ["only-one", "the principal of our middle school sees me on Thursdays"],
    ["only-one", "the sole female firefighter on the county force told me about the hazing"],
    ["only-one", "she's the only pharmacist at the only drugstore for forty miles"],
    ["newsworthy", "he was last year's valedictorian and now he can't get out of bed"],
    ["newsworthy", "she's the daughter from the parking lot video that went around last week"],
    ["public-relative", "he's the son of that rapper who got arrested at the airport"],
    ["public-relative", "her brother sits on the Millbrook town council"],
    ["small-community", "a nurse in a one-stoplight town gets no privacy at all"],
    ["rare-condition", "There's one family on the island with a kid who has Prader-Willi."],
    ["rare-condition", "He's the only kid at his middle school with progeria."],
    ["only-one", "The breakfast presenter on our local radio station is a new client."],
    ["only-one", "Seeing the newsreader on the local tv bulletin for panic attacks."],
    ["newsworthy", "The girl who found the missing toddler in the cornfield is on my caseload."],
    ["newsworthy", "She ended up on every morning show after the storm."],
    ["newsworthy", "A new client was a passenger on the ferry that ran aground off the point."],
    ["newsworthy", "His dad is a TV chef with a cookbook on every airport shelf."],
    ["newsworthy", "She was runner-up on that televised baking competition two seasons ago."],
    ["newsworthy", "He was one of the four guys who got out when the grain elevator exploded."],
    ["newsworthy", "My new client was the other finalist on that baking show last year."],
    ["newsworthy", "He's won every gold medal there is in his sport and he's my client now."],
    ["only-one", "Our town has exactly one pharmacist and she's on my caseload."],
    ["only-one", "Our town has one pharmacist and she's my client."],
    ["newsworthy", "One of my new referrals was on the ferry that ran aground in the storm last winter."],
    ["newsworthy", "Three of my intakes were in the mall the afternoon of the stabbing."],
    ["only-one", "She's the only vet between here and the county line."],
    ["newsworthy", "Her uncle won the lottery last year and the whole family fell apart."],
    ["newsworthy", "something like 14 million views after she won the lottery on live TV"],
  ])("finds a %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "There's one kid in the school who always finds my office at lunch.",
    "If I see one more viral video about trauma I'll scream.",
    "A presenter on national radio called therapy a racket this morning.",
    "Mass shootings make my anxious clients worse every time.",
    "a client with ALS taught me about patience",
    "I was the only therapist at the conference who didn't present.",
    "my mom's cooking is the only thing that helps",
    "The fire alarm went off mid-session.",
    "a city of 8 million and I still feel alone",
    "she is a coach at heart, and it shows in session",
    "the coffee machine is the only thing in this building that works",
    "my supervisor coaches me through the hard cases",
    "I'm the only one on my team who likes doing intakes.",
    "Tired of being the only person on the team who reads the emails.",
    "I feel like the only one in the office who fills in the rota.",
    "I coach our team on Sundays and it keeps me sane.",
    "A disorder with thousands of known cases, and nothing rare about it in our town.",
    "My keys went missing again and I was late for my first client.",
    "I'm married to a teacher and we never talk shop at dinner.",
    "The judge who sat on my licensing panel was kind.",
    "My top 10 list of documentation shortcuts, by request.",
    "Every paper I read on trauma-focused CBT says the same thing.",
    "The siege mentality on our team is exhausting.",
    "My MP replied to my letter about waitlists.",
    "Panic attacks stopped the session twice this week.",
    "Rural cuts again; the local paper ran a story and the union is involved.",
    "The TV in the waiting room is stuck on the news channel.",
    "Survivors of suicide loss groups meet on Tuesdays.",
    "During the session she finally cried.",
    "Porges did not develop polyvagal theory so that every wellness influencer could sell mugs.",
    "I watched the morning show while eating; any youtuber would do better.",
    "The ferry was late again, so I took the bus that goes past the clinic.",
    "The competition for grant money is brutal this year.",
    "We binge a baking competition show every Friday.",
    "Kaiser finally paid me and I celebrated like I'd won the lottery.",
    "Hit one clay all afternoon and danced as if I'd won gold.",
    "The clinic has exactly one working printer.",
    "I was on the ferry that ran late again, so I missed my first client.",
    "Our school has one counselor for 900 kids and it's me.",
  ])("leaves %j alone", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("on the radio", () => {
  it.each([
    "Her dad was on the radio every morning for twenty years.",
    "Her mom does the traffic reports on the radio.",
  ])("finds someone on it: %j", (text) => {
    expect(rulesIn(text)).toContain("newsworthy");
  });

  it.each([
    "A song she'd once mentioned came on the radio at a red light.",
    "You don't turn on the radio after the last session; you sit in the car park.",
  ])("leaves what plays on it: %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("a public figure's relative, said as people say it", () => {
  it.each([
    "A new client mentioned that her brother is our state's senior senator.",
    "Her dad is one of the two senators from our state.",
    "His dad coaches at Alabama. Like, the Alabama.",
    // The possessive typed without its apostrophe
    "the fire chiefs daughter started with me in march",
    "Client is a state senators daughter.",
  ])("finds %j", (text) => {
    expect(rulesIn(text)).toContain("public-relative");
  });

  it("leaves a relative with an ordinary job", () => {
    expect(rulesIn("Her brother is one of the nurses on my unit.")).toEqual([]);
  });
});

describe("the second review: a relative on the radio, a fan, a hobby", () => {
  it("finds a father who comes on the radio", () => {
    expect(rulesIn("Her dad comes on the radio every morning at seven and she can't escape his voice.")).toContain(
      "newsworthy",
    );
  });

  it.each([
    "Her husband is a huge Chiefs fan and Sunday sessions are impossible.",
    "His brother coaches for fun on weekends.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh85's kinds: a public role of another country's, a gathering known by what happened at it, a face from the television, the only one in a place said with one more word", () => {
  it.each([
    ["public-relative", "The chief magistrate's son turned up for his first appointment in sunglasses."],
    ["public-relative", "Seeing the barangay captain's wife means her husband's staff drop by."],
    ["public-relative", "The sarpanch's daughter is on my caseload now."],
    ["newsworthy", "Two of my referrals were at the music festival where the stage collapsed last summer."],
    ["newsworthy", "One of my clients was on the last series of that baking show and people still stop her."],
    ["newsworthy", "She's on that dating show now, so we moved to telehealth."],
    ["only-one", "She's from the only Tamil family in our little prairie town."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "She was the elder of the two sisters and carried everything.",
    "We watched the festival where the fireworks were late and still loved it.",
    "I binged the last series of that baking show over the weekend.",
    "I was on the phone to the insurer for an hour.",
    "The game where the team collapsed in the second half was the only thing he talked about.",
    "The party where the cake collapsed is family legend now.",
    "She's on the last season of that show and binge-watches it between sessions.",
    "The only thing in our little prairie town that opens late is the gas station.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh92's kinds: a time told by the one disaster a town had, a fame said of a public figure named", () => {
  it.each([
    ["newsworthy", "One of my clients was on shift the night the grain elevator blew up outside town last spring."],
    ["newsworthy", "He hasn't slept right since the week the old mill burned down."],
    ["newsworthy", "My client is an Olympian and people recognize her everywhere."],
    ["newsworthy", "My client is an Olympian like Michael Phelps and people stare."],
    ["newsworthy", "She was on the late shift when the grain elevator exploded."],
    ["newsworthy", "The morning the dam broke, she was at home with the kids."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "The day the printer blew up was the day I stopped caring about the audit.",
    "The night the group blew up at each other, I learned more than in a year of training.",
    "The week the office warehouse flooded, we ran sessions from the library.",
    "When Michael Phelps talked about his depression, the most decorated Olympian ever made it easier for me to say it.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh98's kinds: an event that made a town's news, a settlement counted in households", () => {
  it.each([
    ["he was pulled out of the silo, the one that made the Tulsa news", "newsworthy"],
    ["a settlement of about thirty households where everyone knows", "small-community"],
    ["she lived through the warehouse fire, the one on the news for a week", "newsworthy"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "Evening sessions made sense on paper. In my body, less so.",
    "I work with a lot of pastors kids these days.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh102's kinds: the one holder of a role in a town, a vehicle that slid off", () => {
  it.each([
    ["The harbormaster in our town started with my newest clinician.", "only-one"],
    ["The locksmith of our village came in for the first time.", "only-one"],
    ["one of the kids on the school bus that slid off the county bridge", "newsworthy"],
    ["the truck that went through the ice on the reservoir", "newsworthy"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "the therapists in our town are all burned out",
    "the weather in our town is awful this week",
    "My car slid off the road on black ice this morning and I was forty minutes late.",
    "My car caught fire on the highway last year.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh108's kinds: the only one a county has, said at length; the event a town had; a delegate's daughter", () => {
  it.each([
    ["I've been seeing the only home-health nurse who still drives the mountain routes in the county.", "only-one"],
    ["A new client came in after the derailment.", "newsworthy"],
    ["One of my clients is the daughter of our state delegate.", "public-relative"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "After the explosion of paperwork this month I need a nap.",
    "The only thing in the county I miss is the diner.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh115's kinds: the year-round residents of a small place", () => {
  it.each([
    ["She's one of maybe forty year-round residents on the island and the ferry guy knows.", "small-community"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each(["There were forty people in the room for the training."])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of 679be58: residents counted in words, people in a room", () => {
  it.each([["She's one of maybe forty full-time residents of the island.", "small-community"]])(
    "finds %j",
    (text, rule) => {
      expect(rulesIn(text)).toContain(rule);
    },
  );

  it.each([
    "We had twenty people in the class for the DBT training today.",
    "Fifty people in the office got the flu this week.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh117's and fresh119's kinds: a show won, the papers' name for a child, a relative who reads the news", () => {
  it.each([
    ["She won that big baking competition show last season and now strangers stop her.", "newsworthy"],
    ["The guy who won Jeopardy four nights running last season is on my caseload.", "newsworthy"],
    ['The local paper called him "the miracle kid." He\'s eleven.', "newsworthy"],
    ["His dad is the guy who does the six o'clock news on the local channel.", "public-relative"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each(["I won the office game show at the holiday party."])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of 5c4b843: a school's talent show, a station that calls a worker in, the news read at home", () => {
  it.each([
    "She won the sixth grade talent show last week and actually smiled in session.",
    "He won the game show at the company picnic and would not stop talking about it.",
    "Our union won the voice vote on the new contract, finally.",
    "The station called him in on his day off again and he snapped at his kids.",
    "Her partner is the one who reads the news every morning and then spirals all day.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh123's kinds: a following counted, a place at the top of a sport, a small college, a role at the author's child's school", () => {
  it.each([
    ["my 17yo has like 300k followers on tiktok for her makeup tutorials", "newsworthy"],
    ["he has 40,000 subscribers on youtube and his teachers know it", "newsworthy"],
    ["D1 swimmer, made Olympic trials last summer, and he told me", "newsworthy"],
    ["We're a college of under 900 students. I pass her in the dining hall every day.", "small-community"],
    ["The band director at my kid's school is now my client.", "only-one"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "My colleague has a podcast, a book deal and a newsletter with 20,000 subscribers.",
    "I have 12 followers and one of them is my mum.",
    "Our university has 40,000 students and one counseling center.",
    "The teachers at my kid's school are great this year.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of 1443924 and fresh127's kinds", () => {
  it.each([["A two-time world champion bull rider is on my video caseload.", "newsworthy"]])(
    "finds %j",
    (text, rule) => {
      expect(rulesIn(text)).toContain(rule);
    },
  );

  it.each([
    "The principal at my kid's school sent another email about nits. Third one this term.",
    "Research says any school of 500 pupils will have a handful of kids self-harming at any time.",
    "Another TikTok therapist with 2M followers telling my clients every mood swing is bipolar.",
    "My practice Instagram has 1,200 followers and I still have no idea what to post.",
    "Simone Biles competed at the Olympics with the twisties and I've used her story with so many clients.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of 2499a7d: champions nobody sees", () => {
  it.each([
    "Usain Bolt, an eight-time world champion, talked about anxiety in a podcast and my teen clients loved it.",
    "My cat is the reigning world champion of sulking.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh131's kinds: a rank in a sport, a professional's child, a provincial MEC's son, a condition of a handful", () => {
  it.each([
    ["She's ranked top three in the country for 400m hurdles at 16.", "newsworthy"],
    ["She's the daughter of a former NHL goalie and every coach knows it.", "newsworthy"],
    ["New adolescent referral and his father is a provincial MEC.", "public-relative"],
    ["I have the only kid in the Yukon with alternating hemiplegia of childhood on my caseload.", "rare-condition"],
  ])("finds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("the review of 30be842: a rank of a thing, a child's wish", () => {
  it.each([
    "Our clinic was ranked top three in the country for patient satisfaction and nobody got a raise.",
    "Every kid on my caseload wants to be the son of a pro player, not the son of a plumber.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh151's kind: the voice of a band", () => {
  it("holds a lead singer", () => {
    expect(
      rulesIn("He was the lead singer of a konpa band every wedding danced to, and now he cannot sing."),
    ).toContain("newsworthy");
  });

  it.each([
    "We had a number one rule in group: no advice unless someone asks for it.",
    "My toddler client had a number one accident in the playroom and was mortified.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });

  it("leaves singing in a choir", () => {
    expect(rulesIn("She sang in the church choir as a kid and hums when she's anxious.")).toEqual([]);
  });
});

describe("fresh171's kind: a council's or a union's president", () => {
  it.each([
    "Kid I see on Thursdays is the council president's grandson, and every presser makes him quieter.",
    "Her dad is the borough president and she hates the photo ops.",
  ])("holds %j", (text) => {
    expect(rulesIn(text)).toContain("public-relative");
  });

  it("leaves a president of nothing local", () => {
    expect(rulesIn("The president's speech last night was all anyone talked about in group.")).toEqual([]);
  });
});

describe("fresh163's and fresh169's kind: someone seen on a show the titles list has", () => {
  it.each([
    "Realised halfway through the assessment that I'd watched her on Love Island.",
    "Had to tell my supervisor I recognised a new client from Indian Idol.",
    "My client who was on Love Island last year is finding the trolling unbearable.",
  ])("holds %j", (text) => {
    expect(rulesIn(text)).toContain("newsworthy");
  });

  it.each(["She was on Zoom all day.", "We watched Love Island together as a family, guilty pleasure."])(
    "leaves %j",
    (text) => {
      expect(rulesIn(text)).toEqual([]);
    },
  );
});

describe("fresh177's kind: a many-time champion of a longer title, in the author's waiting room", () => {
  it("holds it", () => {
    expect(
      rulesIn("Two-time world all-around champion, and when he walks into my waiting room people stare."),
    ).toContain("newsworthy");
  });
});

describe("fresh181's kind: a relative's public role with a contraction", () => {
  it("holds it", () => {
    expect(rulesIn("Her dad's the local MP and she can't have a bad day in the Co-op.")).toContain("public-relative");
  });
});

describe("the review of the contraction: a relative's own role, not their possession", () => {
  it.each(["Her son's coach benched him again.", "Her dad's chief complaint is his knee."])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh185 and fresh187's kinds: a religious leader's relative, a video the readers saw, a face on a billboard, a pro tour", () => {
  it.each([
    ["public-relative", "The rosh yeshiva's granddaughter asked me today if you can love someone and fear them."],
    ["public-relative", "The rebbetzin's son is on my caseload now."],
    ["newsworthy", "She swam a line out to the capsized tour boat. You all saw the video."],
    ["newsworthy", "There's a billboard of his face at the airport and he hates it."],
    ["newsworthy", "Made the pro surf tour at sixteen and now he sits in my office picking at his nails."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "Half of you will have seen a video like this one in training.",
    "We all watched the training video on de-escalation twice.",
    "You all saw the video from the de-escalation training, right? I still think the trainer missed the point.",
    "The chaplain at our hospital led the debrief after the shooting and did it well.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh189 and fresh191's kinds: at an attack the country knows, a face the country has seen", () => {
  it.each([
    ["newsworthy", "She was inside Club Q that night. Physically fine."],
    ["newsworthy", "My Tuesday 6pm is the Deaf lead from that streaming show everyone's bingeing."],
    ["newsworthy", "A client of mine made the finale of the drag competition show a few seasons back."],
    ["newsworthy", "My Thursday four o'clock is a saddle bronc rider. If you watch the NFR you'd know his face."],
    ["newsworthy", "The story hour at the library that got the bomb threat last spring — the reader was my client."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it("leaves the place talked of", () => {
    expect(rulesIn("We talked about Club Q and what it meant for the community.")).toEqual([]);
  });
});

describe("the review of fresh189's kinds: a celebrity talked about", () => {
  it.each([
    "My favorite baker made the finale of the cooking show and I cried like it was my own kid.",
    "Pedro Pascal is the lead from that zombie show and I will not be taking questions.",
    "Dolly Parton walked into the bookstore and honestly you'd know her voice anywhere.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the great games, a league's manager, an alert placed in time", () => {
  it.each([
    ["newsworthy", "He ran the 400 for Ghana at the Commonwealth Games and now teaches PE."],
    ["newsworthy", "One of the kids in my group is the little boy from the Amber Alert a couple weeks back."],
    ["newsworthy", "Client is married to a Premier League manager and the tabloids know."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it("leaves the games watched", () => {
    expect(rulesIn("I watched the Commonwealth Games all week.")).toEqual([]);
  });
});

describe("the review of the thirteenth round: a circuit's standings", () => {
  it.each([
    ["newsworthy", "He rides on the Professional Bull Riders tour and everyone knows about his crash."],
    ["newsworthy", "She swam for the US at the Deaflympics in 2022."],
    ["newsworthy", "He placed second in saddle bronc at the Pendleton Round-Up and his sponsor dropped him."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("fresh199's kinds: the only shop of its kind in a town named, a local station's story", () => {
  it.each([
    ["only-one", "She manages the only Dollar General in Hindman, so everyone comes through her line."],
    ["newsworthy", "He pulled the girl out of the creek in that story that ran on WYMT for a week."],
  ])("finds %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it("leaves the only one in a large city", () => {
    expect(rulesIn("The only Ethiopian place in Chicago I trust closed.")).toEqual([]);
  });
});

describe("the review of the fourteenth round: public media, ordinary capitalized words", () => {
  it.each([
    "There was a great segment that aired on WGBH about EMDR and now every client wants it.",
    "I'm the only Spanish speaker in Group supervision, so I get all the bilingual referrals.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh201 and fresh203's kinds: a team played for, the great games, a parent on the local news, a clip the reader has seen", () => {
  it.each([
    ["named-place", "Plays double seconds for Renegades, has since he was eleven."],
    ["named-place", "He closes games for the Corpus Christi Hooks and he's terrified the front office finds out."],
    ["newsworthy", "She fought for Haiti in judo at the last Olympics, lost in the first round."],
    ["public-relative", "Her mom does the morning weather on one of the local stations."],
    ["newsworthy", "You might've seen the quinceañera clip where they dropped her in the waltz. That's her."],
    ["only-one", "She's the only woman tuning pans in all of Speyside, and the men stand over her shoulder."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "I play piano for Sunday service and it's the best hour of my week.",
    "She sings for Jesus every Sunday and means every word.",
    "My mom does the morning crossword before anyone else is up.",
    "You might've seen the clip of the cat on the piano. Made my week.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of the fifteenth round's teams and clips, and fresh204 and fresh206's seats and speakers", () => {
  it.each([
    "Every week my grandmother said she sings for the Lord, not for the congregation.",
    "He plays piano for Mass every Sunday and still calls himself not a morning person.",
    "My nephew says he plays Minecraft for YouTube now, which is apparently a career.",
    "You might've seen the clip of Simone Biles on the beam in Paris. That's her at her best.",
    "You might have seen the meme of the screaming goat going around. That's him, my inner supervisor, every Monday.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });

  it.each([
    ["only-one", "He sits on the Otoe-Missouria tribal council and wants his prescription kept quiet."],
    ["public-relative", "Her father sits in the Knesset and every time he's on the evening news she cancels."],
    [
      "public-relative",
      "When your new intake's grandfather is a Navajo Nation Council delegate, confidential is a nice word.",
    ],
    ["public-relative", "Rosebud's tribal president's granddaughter is on my caseload."],
    ["small-community", "There are maybe forty Tlingit speakers left and my client is one of them."],
    [
      "small-community",
      "Familial dysautonomia, in a kehilla of maybe four hundred families upstate, means everyone knows.",
    ],
    ["newsworthy", "He fought for Haiti in judo at the Tokyo Olympics and now he can barely leave his apartment."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("the review of the sixteenth round's communities and seats", () => {
  it.each([
    "There are maybe thirty bluetooth speakers left in the donation bin if anyone's group needs one.",
    "There are about 2,000 Lakota speakers left by some counts, and I'm learning the basics from an app to be a better ally.",
    "I play clarinet in a community band of about sixty members every Thursday and it's the best self-care I have.",
    "Our church of about 3000 members is hosting a mental health Sunday and asked me to speak.",
    "Our former clinical director, who sits on the school board now, pushed through a better counselor-to-student ratio.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });

  it.each([
    ["only-one", "He's one of five members on the Hopi Tribal Council and drives to another county for sessions."],
    [
      "only-one",
      "He's the chapter's council delegate to the Navajo Nation Council and is up for reelection this fall.",
    ],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("fresh208 and fresh210's kinds: the news led, a bravery award, a reality show, a group caught by a flood", () => {
  it.each([
    [
      "newsworthy",
      "She was on the top floor the night the block went up, the fire that led the Scottish news for a week.",
    ],
    ["newsworthy", "He's the one the council gave the bravery award to on the news, and he hasn't slept right since."],
    ["newsworthy", "Someone I'm working with was on Love Island a few series back and the taxi drivers still ask."],
    ["newsworthy", "She was one of the kids on the youth trip that got caught in the slot canyon flash flood."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "I binged Love Island with my sister and regret nothing.",
    "The flood led to a week of cancelled sessions, but everyone was fine.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of the seventeenth round's quasi-identifiers: news watched, a show watched, the author's own team and board", () => {
  it.each([
    "The floods led the evening news for a week and I couldn't stop doomscrolling.",
    "Covid dominated the headlines for two years and our waitlist tripled.",
    "I was on Strictly duty all weekend, meaning I watched it with my mum and ate biscuits.",
    "Our staff team that got caught in the blizzard on the way back from the away day slept in the minibus.",
    "I'm one of twelve trustees on the board of our local charity and the meetings are endless.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh214's kinds: a player's brother, a survival show, a position on a town's team", () => {
  it.each([
    ["public-relative", "His brother plays for the Seahawks. That's the whole problem."],
    ["newsworthy", "She was on that survival show where they drop you alone in the wilderness."],
    ["named-place", "Starting point guard for the Bethel girls, the whole region knows her free throw percentage."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "My brother plays for a pub league on Tuesdays.",
    "I binge that survival show where they drop you alone in the wilderness.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of the eighteenth round's quasi-identifiers", () => {
  it.each([
    "Her son plays in the mornings before school, and she's worried he never gets to rest.",
    "His dad played guitar in the 90s and he still has the records.",
    "She's on a program that covers her meds now, which took three months of appeals.",
    "Felt like the captain of the Titanic in group today, steering into an iceberg of silence.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });

  it.each([
    ["only-one", "My client, one of five members on the Hopi Tribal Council, is worried about my waiting room."],
    [
      "newsworthy",
      "The bus crash that killed four teenagers in our county led the news for a week. One survived; I see him now.",
    ],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("fresh216's kind: a local station's face on the caseload", () => {
  it("holds it", () => {
    expect(rulesIn("The weekend weather guy on WTMJ is on my caseload and people yell at him about snow.")).toContain(
      "newsworthy",
    );
  });

  it("leaves a station named without a face", () => {
    expect(rulesIn("WTMJ ran a piece on school counselors and it was fine.")).toEqual([]);
  });
});

describe("the review of the nineteenth round's faces on local TV, and fresh220 to fresh223's kinds", () => {
  it.each([
    ["newsworthy", "The weatherman on KSTP is my client now and his anxiety is off the charts."],
    ["newsworthy", "The morning anchor at WGN is on my caseload and fights with her producer constantly."],
    ["public-relative", "The county supervisor's nephew is on my caseload and her office keeps calling."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "The sports reporter on WNBA games said something about athlete mental health that stuck with me.",
    "She said, hand on the door, that she wouldn't mind if her commuter train derailed.",
    "My clinical supervisor's nephew is starting grad school.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh220 to fresh223's kind: a team, however well known, with someone the post is about on its roster", () => {
  it.each([
    "client's son is the backup QB for the Packers and she gets so anxious on game days she can't work",
    "one of the Grizzlies' bench guys is doing telehealth with me from hotel rooms.",
    "He was cut from the Whitecaps academy at sixteen and he's twenty-four now.",
    "She plays wing attack for the Thunderbirds and asked me to come to a home game.",
  ])("holds %j", (text) => {
    expect(rulesIn(text)).toContain("named-place");
  });

  it.each([
    "The Packers' backup QB can't throw and I yelled at the TV.",
    "Go Dawgs, I guess, and also I need better boundaries.",
    "I was a walk-on for the Gators in college, and she still teases me.",
  ])("leaves a fan's team: %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("the review of the twentieth round's teams and faces: a fan's talk, a forecast", () => {
  it.each([
    "He signed with the Chiefs as a free agent, according to every sports podcast my teenager forces on me.",
    "Watched the Lakers bench blow a twelve-point lead and my husband went to bed in protest.",
    "The morning anchor on KARE said it would snow and it did not snow.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).not.toContain("named-place");
    expect(rulesIn(text)).not.toContain("newsworthy");
  });
});

describe("the twentieth round's youth side, its age group two words to the tokenizer", () => {
  it("holds a youth team with a kid on it", () => {
    expect(
      rulesIn("Parents on the Anchorage North Stars U14 team are now a group chat about whose kid 'needs therapy.'"),
    ).toContain("named-place");
  });
});

describe("fresh230 to fresh235's kinds: a platform's fame, a colony's count and first, a daddy's office, a season", () => {
  it.each([
    ["newsworthy", "He runs the phở stall that blew up on TikTok last month, the one where the grandpa ladles broth."],
    [
      "small-community",
      "New client left a Hutterite colony, there are what, thirty-some people in the colony he grew up in.",
    ],
    ["only-one", "He's from one of the colonies up north and he's the first from his colony to ever see a counselor."],
    ["public-relative", "Her daddy's the state senator whose face is on every billboard from here to the river."],
    [
      "newsworthy",
      "Client who was on this season of Survivor Greece, yes, the one who got voted off for hiding the rice.",
    ],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "A breathing trend blew up on TikTok last month and now every teen wants box breathing.",
    "I was the first in my family to go to college and my mom still brags.",
    "Her daddy's the one who taught her to fish.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("fresh238 and fresh239's kinds: a national rank, a building that fell, one family on the island, a panhandle", () => {
  it.each([
    ["newsworthy", "AIR 1 in JEE this year and she told me she hasn't opened a book since the result."],
    ["newsworthy", "She was in the bleachers when the gym roof came down during the regional tournament."],
    ["only-one", "There's exactly one Deaf family on the island and every member ends up with me eventually."],
    ["only-one", "She's the only large-animal vet for the whole panhandle."],
    ["only-one", "There's exactly one Sikh family on that whole island and she's their daughter."],
    ["newsworthy", "He was in the mall when the parking structure collapsed last spring."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("fresh243's kinds: an Australian member's daughter, a reality show by its letters", () => {
  it.each([
    ["public-relative", "The local member's daughter is on my books and every session ends with her asking."],
    ["newsworthy", "He was on MAFS a couple of seasons back, and strangers still quote his vows."],
  ])("%s: %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("fresh251's kind: a caller a whole island hears", () => {
  it("holds a client who calls in to a radio programme", () => {
    expect(
      rulesIn("He calls in to the morning programme on Power 102 nearly every day and now I hear our sessions on air."),
    ).toContain("newsworthy");
  });
});

describe("round 28's kinds: married to a public role, a voice an area knows, the only kind of thing", () => {
  it.each([
    ["She's married to the head football coach at the big high school here.", "public-relative"],
    ["You'd know her voice if you listen to morning radio around Tulsa.", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "Honestly I am married to the job.",
    "Petty rebellion is the only kind of change management that works in this building.",
    "It's the only object in my office that's reliably full.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("round 28 and 29's kinds: a champion, the news, a day a country remembers, one for miles around", () => {
  it.each([
    ["One of mine won six nights running on Jeopardy! last spring.", "newsworthy"],
    ["She was the one who got sent home on Family Feud and still laughs about it.", "newsworthy"],
    ["Today the lifeguard from the news, the girl who pulled three kids out of the reservoir, came in.", "newsworthy"],
    ["He's the kid who pulled his brother out of the ice, the one every local channel ran for a week.", "newsworthy"],
    ["one of my new ppl was working a register at the walmart in el paso that day in 2019.", "newsworthy"],
    ["kid who got out of the ice rink roof collapse last winter keeps drawing the scoreboard.", "newsworthy"],
    ["My new couple is a local family court judge's son and his wife.", "public-relative"],
    ["Telehealth client is the only GP for about eighty kilometres in any direction.", "only-one"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "I watched Jeopardy last night and lost badly.",
    "I heard it from the news this morning.",
    "I was in London that day in 2012 and it was raining.",
    "Fast Car came on the radio on my drive home and I had to pull over.",
    "I've written to the health minister and the local paper ran a story about our cuts.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("round 30's kinds: a face an area sees, the attorney general's son", () => {
  it.each([
    ["My Tuesday 4pm does weekend weather on one of the Spokane stations.", "newsworthy"],
    ["A man I see is one of the evening anchors on KSL, his face is on billboards.", "newsworthy"],
    ["I've got a young man whose father is the sitting state attorney general.", "public-relative"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it("leaves the weather watched", () => {
    expect(rulesIn("I watch the weather on the local channel every night.")).toEqual([]);
  });
});

describe("review24: every local channel ran something, not someone", () => {
  it("leaves a weather warning", () => {
    expect(rulesIn("Every local channel ran the weather warning all day and still nobody cancelled.")).toEqual([]);
  });
});

describe("round 31's kinds: a contestant by the show's kind, a TD's daughter", () => {
  it.each([
    [
      "He was on last season of one of those baking competition shows and half my waiting room recognised him.",
      "newsworthy",
    ],
    [
      "Her dad's a sitting TD for the constituency and every barman in the county reports back to him.",
      "public-relative",
    ],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("round 32's kinds: on every local channel, the paper's picture, from that video, a mayor's daughter set off", () => {
  it.each([
    [
      "One of mine was the teller at the credit union that got held up, the one that was on every local channel.",
      "newsworthy",
    ],
    ["He pulled the family out of the river. The paper ran his picture, the city gave him a plaque.", "newsworthy"],
    ["She's the bus driver from that video, the clip the morning shows ran for a week.", "newsworthy"],
    ["She's the one who got the viral clip from the dating show, and strangers still shout it at her.", "newsworthy"],
    ["I've started seeing someone whose mother, I realised in the second session, is our mayor.", "public-relative"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("round 33's kinds: a robbery that ran on the evening news; a genre watched is no one on it", () => {
  it("holds the event that ran on the evening news", () => {
    expect(
      rulesIn("She was the cashier when the armed robbery happened, the one that ran on the evening news for days."),
    ).toContain("newsworthy");
  });

  it.each([
    "My partner says I do the same thing with reality TV. Attachment styles of the contestants, family systems of the cast.",
    "Doomscrolling therapist influencers at 1am is bad for me and I keep doing it.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });

  it.each([
    "Her parents are influencers and she hates being filmed.",
    "She was one of the contestants on that baking show.",
    "She was on reality TV two seasons ago.",
  ])("still holds %j", (text) => {
    expect(rulesIn(text)).toContain("newsworthy");
  });
});

describe("round 34's kind: a public role's relative typed with no article and no apostrophe", () => {
  it("holds it", () => {
    expect(rulesIn("mayors son keeps showing up high to group. everybody in this town knows him")).toContain(
      "public-relative",
    );
  });

  it("leaves a kind of many", () => {
    expect(rulesIn("pastors kids are the worst, everyone knows that")).toEqual([]);
  });
});

describe("round 35's kind: a relative who plays for a team everyone knows", () => {
  it("holds it", () => {
    expect(rulesIn("Working with a guy whose little brother is the Bills' backup kicker.")).toContain(
      "public-relative",
    );
  });
});

describe("round 38's kinds: a team typed in lower case, charts worked on", () => {
  it("holds a team someone plays for, typed in lower case", () => {
    expect(rulesIn("client plays for the durham bulls and his anxiety is thru the roof")).toContain("named-place");
  });

  it.each([
    "he plays for fun on weekends",
    "she played for the win and lost",
    "Caught up on every note tonight, then I started on the charts.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("round 39's kinds: a coach for a team, a player by any subject, survivors from an event; a fame said not to be", () => {
  it.each([
    "My client is an assistant coach for the Bears and I have to pretend I don't watch the games.",
    "someone i've been seeing for a few months plays for the Quad City River Bandits.",
    "Had a session today with one of the survivors from the warehouse fire in Oakland.",
  ])("holds %j", (text) => {
    expect(rulesIn(text).length).toBeGreaterThan(0);
  });

  it.each([
    "then i remind myself it's a hotel ballroom, not the Oscars.",
    "Watched Frasier reruns after a rough day. Him giving advice to strangers on the radio is every therapist's fantasy.",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("round 40's kinds: one who survived an event, or was involved in it; not a car's crash", () => {
  it.each([
    "guy who survived the grain elevator explosion is finally sleeping more than 3 hrs a night",
    "deputy from our county, the one involved in the shooting, finally agreed to come in",
  ])("holds %j", (text) => {
    expect(rulesIn(text)).toContain("newsworthy");
  });

  it("leaves a car crash survived", () => {
    expect(rulesIn("Client survived the car crash that killed his cousin.")).toEqual([]);
  });
});

describe("round 41's kinds: a public role's kid from somewhere, a reality show by its name, the one left of a unit", () => {
  it.each([
    ["tribal council members kid from wind river, every1 there knows every1s business", "public-relative"],
    ["guy i see was on survivor like 4 seasons back and the whole waiting rm recognized him", "newsworthy"],
    ["He's a Marine back home and the only one from his fire team still alive.", "only-one"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "The waitlist at my practice is 40 people long and every referral call breaks my heart a little more.",
    "she's the only one in her family who went to college",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("rounds 43 and 44's kinds: a team by a position, one of so few, an office few hold, who made it out", () => {
  it.each([
    ["pt is married to a starting pitcher for the rockies, not saying which one lol", "named-place"],
    ["ex nfl guy on my caseload, played 4 seasons for the bengals, cte symptoms and total denial", "named-place"],
    ["one of the two hmong families in our whole county, grandma doesnt speak english", "only-one"],
    [
      "teen w lipodystrophy in our little rural district, 1 of maybe 3 in the state. parents want a school plan",
      "only-one",
    ],
    [
      "She's married to one of Montana's two US senators and the amount she can't say is staggering.",
      "public-relative",
    ],
    ["guy was 1 of 3 who made it out of the plant explosion in the spring", "newsworthy"],
    ["one of my blokes was on the platform that caught fire off Aberdeen in the spring", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "she's married to a pastor and they both volunteer at the food bank",
    "I'm one of three therapists in the county who takes Medicaid and I'm drowning",
    "one of the two counselors in our building quit and now it's just me",
    "the platform crashed mid-session again and I lost the whole note",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe("round 45's kind: the only one of a kind and a role in a state or a country's own", () => {
  it("holds it", () => {
    expect(rulesIn("My 3pm is the only female commercial diver in Tasmania.")).toContain("only-one");
  });

  it("leaves a state's park", () => {
    expect(rulesIn("the only national park in Ohio is gorgeous in October")).toEqual([]);
  });
});

describe("round 46's kinds: a role by its place's name, the only specialist in a state, who worked an event", () => {
  it.each([
    ["one of my ppl is the mayor of belfasts kid. small town ME", "public-relative"],
    ["she is literally the only peds neurosurgeon in wyoming and her burnout is scaring me", "only-one"],
    ["she was the 911 dispatcher on shift for the plainfield warehouse fire and cant stop replaying it", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe("round 47's kind: one of a handful on a side of the rez", () => {
  it("holds it", () => {
    expect(
      rulesIn("Her son has Navajo neurohepatopathy, one of a handful of kids on that side of the rez with it."),
    ).toContain("only-one");
  });
});
describe("rounds 48 and 49's kinds: the only one in a town typed in lower case or in a whole region, one of a kind in a conference, a plain people's settlement, a town's fundraiser, married to a team's", () => {
  it.each([
    ["new client is the only large animal vet in grand marais. the whole town knows by lunch", "only-one"],
    ["client is the only ASL interpreter in the whole UP and has to interpret at her own hearing", "only-one"],
    ["head football coach at a d3 school in iowa, only black head coach in the conference", "only-one"],
    ["15yo from the amish settlement outside berne, first time shes talked abt any of it", "small-community"],
    [
      "the boy everyone in our valley knows about because of the spaghetti dinner fundraiser for his surgery",
      "small-community",
    ],
    ["new intake is married to one of the Oilers' d-men and doesn't want anyone to know", "public-relative"],
    ["one of mine is the morning weather guy on KETV and he's the sweetest human", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "i'm the only therapist in the whole world who hates coffee",
    "the only ones in my cohort who passed the exam first time",
    "she's married to one of the firm's partners",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});
describe("round 50's kind: who an accident left, by where it happened; safe: a simile", () => {
  it("holds the widow of a named accident", () => {
    expect(rulesIn("working w the widow from the ferry accident on lake champlain, media still calling her")).toContain(
      "newsworthy",
    );
  });

  it("leaves a simile", () => {
    expect(rulesIn("I ran between the office computer and my phone like a game show contestant.")).toEqual([]);
  });
});
describe("round 51's kinds: a national side's cap, the one place of its kind in a county, a face on the billboards", () => {
  it.each([
    [
      "Got a bloke who earned one Wallabies cap back in '97 and has spent every year since being 'that guy'.",
      "newsworthy",
    ],
    ["sitting with the imam of the one little mosque in our county while he tried to explain", "only-one"],
    ["the one with his face on the billboards along the freeway", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it("leaves a cap one wears", () => {
    expect(rulesIn("he earned a cap of shame for forgetting the snacks")).toEqual([]);
  });
});
describe("round 52's kinds: a public role's relative typed without its apostrophe, a town's office by the town's name, the only specialist in a whole region, a fire station by its number in a town", () => {
  it.each([
    ["client is the ohio lt govs stepson and i could hear the security guy", "public-relative"],
    ["my 2pm is the mayor of bristol vt and she cries every sesh", "only-one"],
    ["the only peds cardiologist in the whole UP is seeing me for panic attacks", "only-one"],
    ["firefighter at Station 12 in Tulsa, caught a really bad call a while back", "named-place"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each(["my cat is the mayor of this street", "she works at station 5 in the mall"])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});
describe("round 53's kinds: one of the last of a trade in a country, a minister in a wee village, a famous presenter's family, a news anchor's son, a scandal all over the paper", () => {
  it.each([
    ["New client is one of the last female lighthouse keepers in Ireland", "only-one"],
    ["He's a Church of Scotland minister in a wee village in Fife and he told me today", "only-one"],
    ["daughter of a very well known RTÉ presenter is on my list now", "public-relative"],
    ["the teenage son of the guy who anchors the six o'clock news on our channel 7", "public-relative"],
    ["the assistant coach who got fired after the hazing thing, the one that was all over the Tribune", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "one of the few people in the world who likes doing intakes",
    "tell them their kid wrote a suicide note in her journal",
  ])("leaves %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});
describe("round 54's kinds: one of a role had in a county, the only recruit a school has had, a disaster by its town", () => {
  it.each([
    ["we have exactly one female firefighter in the county and she just self referred", "only-one"],
    ["only d1 recruit our high school has ever had. everyone in town knows him", "only-one"],
    ["the family from the mayfield tornado came back after 6 wks off", "newsworthy"],
  ])("holds %j", (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each(["the chicago fire was a long time ago", "we have one therapist in the practice who does EMDR"])(
    "leaves %j",
    (text) => {
      expect(rulesIn(text)).toEqual([]);
    },
  );
});
