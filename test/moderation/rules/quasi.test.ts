import { describe, expect, it } from "vitest";
import { quasiIdentifiers } from "../../../src/moderation/rules/quasi";
import { foundByRule } from "./found";

const rulesIn = (text: string) => quasiIdentifiers.flatMap((rule) => foundByRule(rule, text).map(([name]) => name));

describe("quasi-identifiers", () => {
  it.each([
    ["public-relative", "The mayor's son is on my caseload."],
    ["public-relative", "Seeing the sheriff's wife is a whole thing."],
    ["public-relative", "the police chief's daughter started with me this week"],
    ["public-relative", "The middle school principal's son has started seeing me."],
    ["newsworthy", "She was one of the hostages in the pharmacy siege back in March."],
    ["newsworthy", "He was driving the truck in that pileup, the one that was in every paper for a month."],
    ["public-relative", "She's the daughter of our local MP and tests whether I'm impressed."],
    ["newsworthy", "He was the teacher who stopped the knife attack at the school this spring."],
    ["newsworthy", "Her husband was the pilot in last year's light aircraft crash near the coast."],
    ["small-community", "One of maybe forty people who live on the island year-round."],
    ["small-community", "One-room school, nine kids, and the teacher is on my caseload."],
    ["newsworthy", "The local paper wants an interview and we spent the hour on saying no."],
    ["newsworthy", "She was in the rescue video that went everywhere, the one on the ladder."],
    ["newsworthy", "He survived the warehouse fire on the east side in January."],
    ["only-one", "How do you do therapy with the only pediatric dentist in our county?"],
    ["only-one", "When you're the only rabbi within eighty miles, you drive far for therapy."],
    ["only-one", "I'm the only child psychologist in our county, so everyone knows who I am."],
    ["only-one", "Our town's only veterinarian sat in my office and cried."],
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
  ])("finds a %s in %j", (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    "If I see one more viral video about trauma I'll scream.",
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
    "My top 10 list of documentation shortcuts, by request.",
    "Every paper I read on trauma-focused CBT says the same thing.",
    "The siege mentality on our team is exhausting.",
    "My MP replied to my letter about waitlists.",
    "Panic attacks stopped the session twice this week.",
  ])("leaves %j alone", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});
