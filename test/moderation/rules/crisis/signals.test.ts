import { describe, expect, it } from "vitest";
import { signals } from "../../../../src/moderation/rules/crisis/index";
import { I } from "../../../../src/moderation/rules/crisis/signal";
import { crisisRulesIn } from "./held";

// Each way an author says they are in danger (src/moderation/rules/crisis/), with its catches and near-misses.

/** The posts a round learned to hold, whatever the rule, and the near-misses it must still leave. */
function holdsAndLeaves(holds: string[], leaves: string[] = []) {
  it.each(holds)("holds %j", (text) => {
    expect(crisisRulesIn(text)).not.toEqual([]);
  });
  if (leaves.length > 0)
    it.each(leaves)("leaves %j", (text) => {
      expect(crisisRulesIn(text)).toEqual([]);
    });
}

describe("intent", () => {
  it.each([
    "I want to die and I can't say it to anyone at work.",
    "Honestly I'm going to end my life before the audit.",
    "i wish i could go to sleep and never wake up",
    "some nights I just want to go to sleep and not come back",
    "I daydream about disappearing for good.",
    "I'd like it all to stop. Me included.",
    "I don't plan on being around for the renewal.",
    "Dying is starting to look like the only way out.",
    "I can't imagine being alive next spring.",
    "Kidding. Unless? The pills are right there.",
    "Every night I go to bed hoping my heart just stops on its own.",
    "I was doing better for a while, but I want to kill myself like I did in my twenties.",
    "I was suicidal in my twenties and the thoughts are back.",
    "When I was 20 I wanted to die, and this month I want to again.",
    "Tried to do it in the spring. Nobody knows. Thinking about trying again.",
    "I keep writing 'I want to die' in the margins of my planner.",
    "Deadline week: finish the treatment plans, or finish myself off first.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-intent");
  });

  it.each([
    "I wanted to die of embarrassment when I called her by the wrong name.",
    "A client told me she wants to die, and we made a safety plan.",
    '"I want to die," she said, then asked for water.',
    "I'm not suicidal, just tired. Going to bed early.",
    "This is the hill I will die on: notes are not therapy.",
    "I'm dying to know who designed this portal.",
    "Monday again. I don't want to wake up at 5 for the early group, but the coffee helps.",
    "If I have to fill out one more prior auth I'm going to die.",
    "I was suicidal in my early twenties. Therapy and time got me through.",
    "Decades ago, in college, I tried to kill myself; that memory is why I do this work.",
    "When I was 17 I wanted to die. I'm 52 now and glad I stayed.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("method and means", () => {
  it.each([
    "I've been stockpiling my sleeping pills in a sock drawer.",
    "Bought a gun last week. I keep taking it out and holding it.",
    "how many of my trazodone would it take to not wake up? asking for me, not a client",
    "What's the lethal dose of amitriptyline for someone my size?",
    "Sat in the garage with the engine running for a while last night.",
    "I keep thinking about how easy it would be on the bridge I drive over.",
    "What's the most painless way to go? Asking as the person this time.",
    "ER docs: what's the surest way someone dies from an insulin overdose? I need to know for myself.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-method");
  });

  it.each([
    "We talked about lethal means restriction and she agreed to lock up the meds.",
    "Her father bought a gun and I asked about storage, as I always do.",
    "The fastest way to lose a teenager is to lecture them.",
    "I counted my CEUs tonight: twelve more to go.",
    "I practiced it with my supervisor before the session.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("a plan or a time", () => {
  it.each([
    "I have a plan and a time. I'm not telling anyone which.",
    "I've picked Sunday night. The week won't start again.",
    "I've set a date after my last client of the month.",
    "Plan: yes. Means: yes. Intent: yes. I'd hospitalize a client with these answers.",
    "Once the last report is submitted I'm done.",
    "My plan has a date now. Before it was always someday.",
    "Mom has been gone two years and I want to join her. I know where and when now.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I have a plan for the weekend: nothing on the calendar.",
    "The client had a plan and the means, so we went to the ER together.",
    "We updated her safety plan and set a follow-up for Thursday.",
    "I made a plan for Saturday: farmers market, then a nap.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("preparation and farewell", () => {
  it.each([
    "This is goodbye. Thank you all for the nights this board got me through.",
    "I wrote letters to my family and asked my neighbor if she'd take my dog.",
    "Transferring my clients one by one. Told everyone it's a sabbatical. It's not a sabbatical.",
    "I won't be at our session next week. It wasn't your fault.",
    "Don't bother with the hotline, I know it by heart.",
    "If I don't post again, know that I was grateful. Really.",
    "Told the front desk I'm on leave. There won't be an after.",
    "Deleted my instagram and my practice profile. Scheduled an email for Monday morning.",
    "Asked my sister to hold my spare key in case anything happens to me. Just in case.",
    "I won't be around much longer, so the notes are all current.",
    "I've made my decision and I'm strangely calm about it. After Friday I'm done with everything.",
    "Wrote my transfer notes tonight. They're the last useful thing I'll ever do for anyone.",
    "Gave the dog to my cousin. He needs an owner who's going to be around.",
    "Not sure I'll stick around here much longer, and I don't mean the clinic.",
    "Everyone is choosing pension options at work. I won't need one.",
    "Set up autopay on every bill so nothing lapses after. Put the dog's vet records in a folder for my sister.",
    "Deleted my social media, cleared my browser history, shredded ten years of journals.",
    "I don't want anyone reading through my head afterwards. Shredded my old journals last night.",
    "I signed it so someone can explain things to my sister afterwards, because I can't.",
    "Made a spreadsheet of my accounts, passwords and who gets what.",
    "Handed off my caseload. They all think I'm burned out and going on leave. I'm not coming back from this leave.",
    "Handed my supervision group over to a colleague today. I couldn't tell her it was meant to be final.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I updated my professional will this year, like every clinician should.",
    "Gave away my old textbooks to the new grads. Shelf space!",
    "Saying goodbye to a client at termination is the best part of the work.",
    "I won't be at this agency much longer.",
    "Grateful the audit is almost over; I made my peace with the findings.",
    "I made my decision about the job offer and I'm finished with the paperwork for today.",
    "Maternity leave starts Monday; transfer notes are done for all 28 of my clients.",
    "Set up autopay on every bill this year, so no more late fees and one less thing stuck to the fridge.",
    "Tired of the pay. I've looked up latte art courses and the café's hours.",
    "I cut my hair short for summer. By the time you read this, the kids will be asleep.",
    "Went back to burning sage before sessions, judge me. I cut my thigh shaving and bled through my trousers.",
    "I'm going on parental leave. It is not a holiday, whatever my uncle says.",
    "My GP prescribed trazodone but I have no intention of taking it for sleep, I'm only using it on flights.",
    "Anyone have good resources on the quickest ways to die that clients google?",
    "The roast went in at two and burned. Someone had to trim the agenda and I cut.",
    "The razor I keep in the shower is so dull it's basically decorative.",
    "Not about a client: what combination of CE courses got you licensed fastest?",
    "I'm dead on my feet after back to back intakes (not kidding). This lake weekend was what I needed. not jk.",
    "My last day at the agency was meant to be a goodbye. Instead I got a cake and a new contract.",
    "I'll explain the homework afterwards, because I can't do it in front of her mum.",
    "Gave the sitter my dog's meds and feeding schedule. Who gets my 4pm slot while I'm away?",
    "Going on leave next month; I'm not coming back to this agency after it.",
    "My partner will pick me up and we'll get dinner afterwards.",
    "Handed my supervision group over to a colleague for the summer; she's brilliant with them.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("burden and hopelessness", () => {
  it.each([
    "My family would honestly be better off without me.",
    "They'd all be lighter if I was gone.",
    "Take me out of the equation and everything balances.",
    "There's no version of the future that I'm in.",
    "Honestly I can't picture a future where I'm still here.",
    "Everyone keeps carrying me. The kindest thing would be to take myself out of everyone's way.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-burden");
  });

  it.each([
    "Clients are better off with a rested therapist, so I'm taking Friday off.",
    "I'm done with notes for the day.",
    "I can't picture a future where I'm still doing insurance billing.",
    "Some weeks I feel like a burden on my supervisor, so I bring coffee.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("self-harm", () => {
  it.each([
    "I started cutting again after fifteen years.",
    "Burned myself with the lighter after a hard session.",
    "Cut last night. Deeper than before.",
    "I dig my nails into my arm until it bleeds when a claim is denied.",
    "scratched my arms raw in the staff bathroom between sessions",
    "My thigh is bruised from hitting it every night and I teach distress tolerance by day.",
    "I was five years free of self-harm. Broke it last month and it has been most nights since.",
    "Eight years clean from cutting and I relapsed after my shift on Tuesday.",
    "Locked my office door between clients and cut. Then I cleaned up and smiled at my 2pm.",
    "By 5:30 I was in my car with the blade I've kept in the glovebox for months.",
    "Self-harm update for nobody: it's daily now.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).toContain("crisis-self-harm");
  });

  it.each([
    "A teenage client showed me fresh cuts and we talked about wound care.",
    "My caseload is mostly adolescents who self-harm.",
    "I've been cutting back on evening sessions.",
    "My knee is bruised from hitting it on the desk drawer again and again.",
    "My client was clean from self-harm for a year and relapsed; we're rebuilding the chain analysis.",
    "We ran long, so I cut the role-play short and we debriefed instead.",
    "My client keeps the blade in her car; we made a plan for it today.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("the kinds fresh29 missed: saving medicine, the caseload handed off, a screen answered for oneself, short posts", () => {
  it.each([
    "Stopped taking my lithium a month ago so I could stockpile them.",
    "I've lined my pill bottles up on the dresser like a countdown.",
    "Is a closed garage with the car running still enough these days? Not for a client.",
    "Referred out my whole caseload this week. They'll understand later.",
    "Left my master password for my brother, and my logins so someone can close my charts after.",
    "Burning myself with a lighter again before group.",
    "Ran the C-SSRS with a client and kept answering it for myself. I haven't thrown out any of it. I still have what I bought.",
    "i think tonight's the night",
    "That's it. Bye everyone.",
    "My client walked me through her plan and all I thought was, that's a good plan, it would work for me.",
    "This one isn't about a client: what's the most dangerous combination of an SSRI and something over the counter?",
    "It's not a client. How many of my own sertraline would be too many?",
    "Not about a client: what's a dangerous dose of paracetamol for someone my size?",
    "I cut again.",
    "The blades I hide in my makeup bag.",
    "Dropped the cat at my sister's. It was meant as a goodbye.",
    "Searched for the quickest ways to go on my personal phone, between two home visits.",
    "Asked my GP for something stronger to help me sleep. I've no intention of using them to sleep.",
    "Going through the toxicology chapter, circling the bits that apply to what's in my own bathroom cabinet.",
    "Went back to burning after nine years clean.",
    "I go straight to the loo and burn the inside of my arm with the lighter I keep in my coat.",
    "By the time anyone I work with reads this, I'll be gone. None of it is because of you.",
    "Had my last session with my own therapist today, though she doesn't know it was the last.",
    "Is the over-the-counter stuff as dangerous as the trainings say? Asking for a specific reason and it isn't a client.",
    "New boundary: I'm unsubscribing from life. Effective this weekend. lol jk. (not jk)",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).not.toEqual([]);
  });

  it.each([
    "Burned myself on the kettle making tea between sessions.",
    "Tonight I finally finished my notes.",
    "To be clear, I am not suicidal. I'm just worn out by the waitlist.",
    "Referred a client out to a specialist this week; the handoff went well.",
    "Is the new telehealth platform HIPAA compliant? Not for a client, for our group practice.",
    "That's a good plan for the group schedule, it would work for me if we start at nine.",
    "This post isn't about a client for once: how do you all survive a two-hour commute?",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("the kinds fresh30 missed: finality said sideways, the arrangements made, dwelling on the way, fresh marks", () => {
  holdsAndLeaves(
    [
      "Spent my evenings working out the cleanest way to go.",
      "Wrote letters to my parents, the kind you leave, and put them in the drawer.",
      "Gave my dog to my neighbour. I want him looked after when I'm not around to do it.",
      "I've made all my arrangements. The note will be on the kitchen table.",
      "I'm wearing cardigans in 35 degree heat again. New cuts under the old ones.",
      "Kept some of the meds I took off clients over the years. Been doing the sums.",
      "I think it is better I go from this world. Nobody would miss the notes.",
    ],
    [
      "Writing goodbye letters to my clients before I move to the new clinic.",
      "I'm scared of heights so the rooftop party was a nightmare.",
      "This is my last post here: I'm retiring at the end of the month and moving to the coast. Thank you all.",
      "Good night everyone, long day.",
      "My 70yo pt owns a shotgun and lives alone; we talked about a gun lock today.",
    ],
  );
});

describe("the kinds fresh31 missed: a cover story said false, a time set, a short post with no I", () => {
  holdsAndLeaves(
    [
      "Told my sister I'm moving abroad. I'm not moving anywhere. Found the dog a family.",
      "tonight's the night",
      "Took everything I had on Friday and woke up anyway. Next time I'll make sure.",
      "The emails are scheduled for Monday. By the time they go out it'll be over.",
    ],
    [
      "Another Friday night alone with takeout. Honestly fine.",
      "Burnt out, not suicidal, and I've booked leave with my manager.",
      "Told my clients I'm moving to a new clinic in March; the transfer notes are done.",
    ],
  );
});

describe("the kinds fresh32 and fresh33 missed: the ordinary reading denied, euphemisms of the end, self-harm by other means", () => {
  holdsAndLeaves(
    [
      // the ordinary reading denied, the dark one meant
      "Updated my retirement plan. Not the work one. The other one.",
      "Drafted my professional will on Sunday. Also drafted the other kind.",
      "once my last report is filed i'm done. not done with the job. done.",
      // euphemisms of the end, and going where someone went
      "Honestly the long sleep sounds better than another winter of this.",
      "Since Mum died I keep wanting to go where she went. Just to be nowhere too.",
      "Packing the car for a drive up north after clinic. Not planning on coming back.",
      // a cover story and what is brought
      "Told my husband I'm at a training course on Saturday. There is no course. I'm bringing everything I need.",
      "Everyone thinks I'm moving interstate. I'm not moving.",
      "It's a permanent out of office I'm writing tonight.",
      // counting the means, checking the place
      "Counting what I've got in the cabinet and working out if it's enough.",
      "I keep driving past the bridge on purpose, checking whether the fence is still down.",
      // self-harm by other means
      "Punched the door frame after group, then did it again at home, on purpose. Knuckles are split.",
      "I stick a pin into my thigh under the desk when a session gets too loud.",
      "Skipping dinner on purpose as a punishment for the client I couldn't reach.",
      "I burn myself in the car between clients.",
      // the burden and the goodbye
      "After this term nobody will have to carry me anymore. I'm a burden and I know it.",
      "final post. love you all. it's not anyone's fault. going tonite",
      "My risk formulation for myself would be high, and I walk out of my office with that profile every night.",
    ],
    [
      "Updated my retirement plan with the new pension figures. Terrifying and overdue.",
      "The long sleep I had on Saturday fixed more than any CE course this year.",
      "I'm taking a permanent break from social media. Best boundary I've set.",
      "Burned myself on the stove making soup after a long day.",
      "Started taking vitamin D pills this winter like everyone suggested.",
      "The lethal means training was the best CE I've done; it changed how I talk to families.",
      "I can't do this anymore. By this I mean the new billing software.",
      "I'm going to die of frostbite in this clinic; the heating is broken again.",
      "When I say I want to disappear I mean to a cabin with no wifi.",
      "If I see one more webinar about resilience I will walk into the sea.",
      "No thoughts of hurting myself, just a deep wish to quit and open a bakery.",
      "I self-harmed in my teens. The scars are faded now and a client noticed them today.",
      "Years ago I wrote goodbye letters and never used them. Burned them last spring with my partner.",
      "Throwback to my first year in practice when I was so burnt out I genuinely wanted to die. I'm well now.",
    ],
  );
});

describe("the kinds fresh34 missed: three questions answered of oneself, a window, a letter of another kind, the means looked up", () => {
  holdsAndLeaves(
    [
      "I know where, I know how, and I know when.",
      "Partner's at a conference next week. That's my window. Told her I'm too busy to come.",
      "Wrote letters to my clients today. Wrote one to my sister too, a different kind of letter.",
      "Left the account numbers on the desk with a note. The note isn't about the bills.",
      "Reading lethality tables at midnight. Not for work.",
      "Stopped booking the dentist and the optician. Pointless, for a version of me that won't be around.",
      "Worked it out so the kids are at their dad's that weekend. They won't be the ones who find me.",
      "I scratch my legs till they bleed after group.",
      "My caseload deserves someone who isn't this tired. I'm dead weight at home too.",
      "My retirement plan is a long walk off a short pier and it's actually happening lol",
    ],
    [
      "I know where and how to refer when a client needs a higher level of care.",
      "Child protection work is brutal this month, but I'm not going anywhere.",
      "The note isn't about the client, it's for the insurer, and it's three pages.",
      "Finally wrote my professional will: instructions for my custodian if I'm incapacitated or die.",
      "I'm not suicidal, I'm not thinking about hurting myself, I'm just the most tired I've been.",
    ],
  );
});

describe("the kinds fresh35 missed: lasts in a list, letters one for each, a diary's times, a question answered of oneself", () => {
  holdsAndLeaves(
    [
      "Has anyone else worked a full day knowing they'd end it that night? Because that's tonight for me.",
      "I have already decided. This is my last winter.",
      "Signed the cards early this year, while I'm still around to.",
      "Does a benzo with wine make it certain? I need it to work this time.",
      "The plan: finish the notes, drive north, don't come back. Day after tomorrow.",
      "Wrote letters tonight, one for each of the kids. Sealed them and put them in the drawer.",
      "Rehomed the dog. Paid off the credit card. The list is almost done.",
      "Transferred the last of my clients today. That was the last thing to sort before I go.",
      "last coffee / last commute / last handshake / goodbye, you lot",
      "Mum, none of this is yours to carry. I'm done now.",
      "9pm cut. 9:20 cleaned up. 9:30 wrote my notes.",
      "Starved myself all week on purpose, to feel punished. Then made myself sick.",
      "I'm a drain on the practice. Kinder if I remove myself permanently.",
      "Updated my out-of-office to 'permanently unavailable'. The pills are on the desk.",
      "Spent the day teaching the warning signs: giving things away, saying goodbye. Went home and gave my sister my car keys. I'm every slide.",
    ],
    [
      "Countdown to retirement: 47 days. Not that I'm counting.",
      "Lecturing on warning signs this week: giving things away, saying goodbye, sudden calm.",
      "I'm not in danger, just raw after the inquest.",
      "I said 'I want to die' about the audit, then reassured the team it was a figure of speech.",
      "Logging off for good, not for anything dramatic. More time outdoors with my kids.",
      "I self-harmed as a teen and the scars are faint now. A client asked and I answered briefly.",
      "Before I go on leave, the waitlist needs a cleanup.",
    ],
  );
});

describe("the kinds fresh36 missed: done being alive, a gun's code known, the mess and who finds me, a goodbye alone", () => {
  holdsAndLeaves(
    [
      "Decided between two sessions that I'm done being alive.",
      "My partner's gun is in the safe and I know the code.",
      "Plan: close my notes, drive to the coast Friday and not drive back.",
      "Mapped it out tonight: the lookout, the hour when nobody's up there.",
      "Bought everything I need. Just have to get through two more sessions.",
      "Moved my savings to my sister and deleted my socials. Only one thing left to do.",
      "Cleaned the house so whoever finds me won't have to deal with a mess.",
      "Hugged my supervisor too long and she didn't know why. She will soon. Goodbye.",
      "The insurance would clear the mortgage. I'm worth more to them gone.",
    ],
    [
      "Long ago I was on the other side of the safety plan. I've been well for a decade now.",
      "Goodbye to paper notes: the new EHR finally works.",
      "I know the code to the supply cupboard and nobody else does.",
    ],
  );
});

describe("the kinds fresh37 missed: oblique arrangements, a window, a cover story kept, self-harm hidden in a heatwave", () => {
  holdsAndLeaves(
    [
      "nothing in my diary after june and that's on purpose",
      "checked the tide times for the estuary. not for the kayak.",
      "The top level of the hospital car park has a low wall. I spend my breaks looking over it.",
      "Dad's old rifle is in my wardrobe. Last week I moved the box of shells in beside it.",
      "The dog goes to my brother's on Saturday. Everything else is sorted.",
      "Wrote the timeline on a blank progress note: 9pm, nobody expecting me until monday.",
      "Been giving my books away to the new grads. They think I'm decluttering. I let them think that.",
      "Finished my professional will. Everyone does it in case. For me it isn't in case.",
      "I do love you lot. Look after each other better than I managed to.",
      "logging off for good. don't come looking",
      "Cut for the first time since my master's. Long sleeves in session today, in a heatwave.",
      "I press my forearm against the kettle after the worst days.",
      "Sabbatical denied. Rope's cheaper anyway. Already bought it.",
    ],
    [
      "Over a decade ago I wore long sleeves every summer. Now I train staff on self-harm awareness.",
      "Reminder: ask about the plan, the means, the timing. Asking doesn't plant it.",
      "When I say I want to disappear I mean into a cabin with no wifi.",
      "Checked the tide times for the kayak trip on Sunday.",
    ],
  );
});

describe("the kinds fresh38 missed: a place returned to, goodbyes hidden in kindness, self-harm in other words", () => {
  holdsAndLeaves(
    [
      "The overpass on my way home. I slow down every evening and look at the drop.",
      "The cliffs are forty minutes from my office. I've driven out three times this week and sat there, working up to it.",
      "None of my clients know those messages were goodbyes.",
      "Told my supervisor she was the best part of training. She doesn't know I meant it as a farewell.",
      "Relapsed. The blade came back out on Sunday.",
      "Scratching until I bleed again, thighs so nobody sees.",
      "I'm burning my forearm with a lighter in the car park before I drive home.",
      "Wrote a letter to each of the kids, so whoever clears the office finds them.",
      "Put 'deceased' in my out-of-office as a bit. It's not a bit, it's a schedule.",
      "I'm the burden the team whispers about. I'm going to lift it off them this week.",
      "goodbye closed door. logging off for good after this one",
    ],
    [
      "I want to disappear for a week. On a beach. No phone.",
      "Hugged everyone at my leaving do; I start at the new clinic on Monday.",
      "The train line behind the clinic is loud, but the rent is cheap.",
    ],
  );
});

describe("the kinds fresh39 missed: what is left behind, a future taken back, burden ended, self-harm by other means", () => {
  holdsAndLeaves(
    [
      "Cleaned the flat top to bottom. Whoever has to find me shouldn't have to deal with a mess too.",
      "I want my sister's last memory of me to be the birthday dinner, not anything after it.",
      "Gave each of my trainees a book, something to remember me by.",
      "Shredded the journals tonight. Nobody needs to go through those afterwards.",
      "Saying see you next week to clients, knowing it's a lie.",
      "Five-year plan at appraisal. The honest answer is nowhere.",
      "No plans beyond Friday, deliberately.",
      "'Counting down to the holidays' used to be about leave. Now it means something else.",
      "I'm done being the family's burden, and I've figured out how to stop being one.",
      "The only answer left is me not being here.",
      "New cuts on my forearms this week. Long sleeves again.",
      "Picking at the scabs until they bleed, every night after the kids are in bed.",
      "I keep punishing myself by skipping meals after bad sessions.",
      "I have a date picked. The place too.",
      "Between sessions I stand at the edge of the platform and count how close I was.",
      "Supplies bought. Just waiting for the weekend.",
      "Since he died I've been counting down to being with him.",
    ],
    [
      "Don't want the pills the GP offered; trying exercise and sleep hygiene first.",
      "Whoever finds me a decent supervisor gets a cake.",
      "She's the only one at work who finds me funny.",
      "Leaving the clinic after six years; I left them a plant to remember me by, I start at the hospice on Monday.",
      "Told the client 'see you next week' and meant it: she's doing so well.",
      "No plans past the weekend yet, I need to book the dentist.",
      "New scratches on my arms from the foster kitten.",
      "Finished the audit. That's when I finally slept properly.",
      "I have everything I need for the conference: slides, lanyard, caffeine.",
    ],
  );
});

describe("the kinds fresh40 and fresh41 missed: short posts with the act and its time, a means made ready, goodbyes said", () => {
  holdsAndLeaves(
    [
      "handed over the caseload so nobody's stuck. doing it on saturday",
      "waiting for the house to empty, then I'll do it.",
      "the flat will be empty. planned it for friday, nobody will know",
      "love you all. I'm done holding on.",
      "tomorrow I won't be at work, or anywhere, ever.",
      "I don't intend to be around for the new rota",
      "charcoal and duct tape in the back of the car",
      "brought the sharp knife into the bathroom. sitting on the floor",
      "told my clients to hold on tonight. I'm letting go",
      "found the dog a new home. said my goodbyes.",
      "last message from me. thank you for everything",
      "Grandad's rifle is in the shed and I think about it every night.",
      "Counted the tablets again, checking if it's enough.",
      "Booked a motel for two nights and no way back.",
      "She'd grieve and then she'd be free of me.",
      "They'll be replacing me soon, and not because I quit.",
    ],
    [
      "Leaving the agency for good in March; new job in private practice.",
      "Last post for a while: heading off on maternity leave on Friday!",
      "My running route crosses two bridges and a canal.",
      "Exhausted, not tired of life. Big difference.",
      "If I die at my desk, make sure someone signs my notes.",
      "I was suicidal at 22, and that's why I do this work.",
      "Told my partner 'I want to disappear' and clarified I meant to a cabin.",
      "safe, supported, no thoughts of hurting myself, just need the weekend.",
      "When I say I can't do this anymore I mean this job, not this life.",
      "Yes, I said I want to disappear in the staff meeting. I meant to a cabin with no wifi.",
      "Teaching point: self-harm is not automatically suicidal intent. Ask separately about wanting to die.",
      "Photographing old bridges is my weekend hobby now.",
      "just want this week to be over lol",
    ],
  );
});

describe("the kinds fresh42 missed: the author's own case in clinical words, covers taken back, a sentence that goes on with the author", () => {
  holdsAndLeaves(
    [
      "If I scored my own risk today I'd rate my risk as high. Intent, no protective factors.",
      "Wrote my own discharge summary tonight. Prognosis: none.",
      "They all say it's a permanent solution to a temporary problem. I'm shopping for the permanent solution.",
      "Finish the billing, then I'll take care of the rest. The rest meaning me.",
      "My manager thinks it's a vacation. It's not a vacation.",
      "'I'll rest when I'm dead' is less a joke and more a plan lately.",
      "The end date is set and I picked it.",
      "Sat through the case review, then drove home and went back to the bathroom with the razor.",
      "Told my mum the cuts were from the cat. We don't have a cat.",
      "My thighs are a road map now. I've got very good at long skirts.",
      "My life insurance would pay out more than I'll ever earn. Starting to sound like a gift.",
      "I'm a millstone around my husband's neck and he deserves to get his life back.",
      "Dad's old shotgun is in the loft and I always know exactly where the key is now.",
      "Thank you, all of you. You're the only people who knew. I'm going now.",
      "Cancelled everything, paid the last bills. Tying up loose ends. Goodnight, everyone.",
      "I teach clients that 'I'm a burden' is a distortion. In my case it's just true.",
    ],
    [
      "I want to quit, not die. Updating my CV tonight.",
      "I self-harmed all through high school; I've been well for twenty years and it shapes how I sit with clients.",
      "I keep telling clients the feeling passes, and mostly it does.",
      "My plants went to the front desk when I moved offices.",
      "The bruises are from the coffee table, which I walk into daily.",
      "Our practice's end date is set: we merge with the group in June.",
    ],
  );
});

describe("a short sentence that names nobody is the author's", () => {
  holdsAndLeaves(
    [
      "The letters are written. The last one took five drafts.",
      "Long sleeves in August again. A colleague asked if I was cold. I'm not.",
      "This is my last week of anything. Last time pretending.",
    ],
    [
      "Another Friday night alone. Takeout and old sitcoms. Honestly not bad.",
      "Thank God for good supervisors. Seriously, they make the job.",
      "Brother's funeral was last weekend. Overdose. I have good people around me.",
    ],
  );
});

describe("who finds the author, and a gun loaded", () => {
  it.each([
    "Booked a motel for Friday so my son won't be the one to find me.",
    "Grandad's old revolver is in my lap. Loaded it at midnight.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).not.toEqual([]);
  });

  it.each(["Loaded the rifle into the truck for the range day with my brother."])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("a short post that only does not want a day's work is no crisis", () => {
  it.each([
    "I don't want to go to the Christmas party",
    "don't want to check my emails today",
    "I don't want to be on call this weekend",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });

  it.each(["I don't want to go back to work. Or anywhere, ever."])("holds %j", (text) => {
    expect(crisisRulesIn(text)).not.toEqual([]);
  });
});

describe("the kinds fresh43 missed: jokes that land on the author, a deadline of their own, injuries explained away", () => {
  holdsAndLeaves([
    "i tell everyone the burns are from my oven. i don't have an oven",
    "I keep a first aid kit in my locker now. It's not for the clients.",
    "My five-year plan is a one-month plan now.",
    "Booked a check-up for next month. I don't expect to be there for it.",
    "Gave myself until the end of the term: if nothing's different by then, I'm done.",
    "Said goodbye to every client like it was any other Friday. It wasn't.",
    "My old student loan is going to be a problem for the estate. Switched to a 90-day supply of my meds 'for convenience'.",
    "Burned my forearm on the stovetop again. Third time this month.",
    "They'd be sad for a while and then they'd be free.",
  ]);
});

describe("the kinds fresh44 missed: what follows the author's going, arranged; injuries dressed; the screening answered of oneself", () => {
  holdsAndLeaves(
    [
      "Set an out-of-office with no return date. It sounds very professional.",
      "Transfer letters for every client are in a folder marked 'if needed'. It will be needed.",
      "My last client walks out at five, and so am I, in the bigger sense.",
      "Clearing my phone so whoever has to go through my things doesn't have to read it all.",
      "Bought more steri-strips than anyone in my job should need.",
      "My forearms are practically a map of this year.",
      "I know the PHQ-9 by heart and I'd answer yes to item nine today.",
      "Googling painless methods between sessions again.",
      "She'd have so much more peace without my bills, and I can arrange that.",
      "Hugged my dad on Sunday longer than usual. I think I'm ready now.",
    ],
    [
      "When I was nineteen I attempted; I've been well for decades and I teach this now.",
      "This is my last night shift before the rotation changes, thank god.",
    ],
  );
});

describe("the kinds fresh45 missed: the self as the case, a cover given and taken back, a day off that is not one", () => {
  holdsAndLeaves(
    [
      "Active ideation, intent present, help-seeking absent. Patient is me.",
      "Told my Friday clients I'll see them next week. I won't.",
      "Told Dad I love him tonight. That's the last time I'll have to lie to him about being fine.",
      "Updated the professional will. I expect her to need it soon.",
      "Dear team, I'm sorry for the mess I'm about to leave.",
      "My partner noticed the cuts; I said the dog did it. We don't have a dog.",
      "The burns are from the oven, I tell people. I don't bake.",
      "Filled in a C-SSRS on myself for fun. Every item was a yes.",
      "Wore long sleeves through the heatwave again.",
      "He's carried me for years. I'd like to set him down. Permanently.",
      "If my therapist finds this: none of what happens next is on you.",
      "This board kept me going. I won't be needing it after Friday, so thank you while I still can.",
    ],
    [
      "Do you ever tell a client 'see you next week' and then get the flu? Sorry, Tuesday people.",
      "The patient is me some days: tired, hungry, wants a nap.",
    ],
  );
});

describe("the kinds fresh46 missed: the cover taken back, the day and the people arranged, a grief foreseen", () => {
  holdsAndLeaves([
    "Told them it was so the builders could get in. There are no builders.",
    "Said the gash was a gardening injury. I don't garden.",
    "Plasters in every bag; told them it was the rose bush. We don't even have roses.",
    "Worked out the timing so it's the neighbour who finds me, not my son.",
    "Booked the hotel for three nights. I only need one.",
    "Dear colleagues, thank you. I won't see the spring, but I hope you all do.",
    "I did her safety plan today. I don't have one.",
    "My wife would grieve, and then she'd be free.",
    "Wrote letters for all of them. Sealed, in the drawer with their names on the front.",
    "Set up an out-of-office on my work email with no return date.",
  ]);
});

describe("the kinds fresh47 missed: the day picked, what is left and where, the self counted and written up", () => {
  holdsAndLeaves(
    [
      "I've picked the 14th. Nobody needs me that week.",
      "Then Saturday I do it.",
      "I have worked out the when and the how.",
      "I chose the date so none of my clients are mid-crisis over the holiday.",
      "Once the practice sale closes I'm done with all of it, including me.",
      "Boxed up the diaries so whoever clears out my apartment won't have to read them.",
      "Handoffs written, no one left mid-treatment when I go.",
      "Goodnight, everyone. For real this time.",
      "Looked up the rail timetable twice today. Not for a trip.",
      "Counting tablets tonight for a different reason.",
      "No promotion coming, no holiday, there isn't a next anything.",
      "Quietly resigning from existence this spring.",
      "The reasons-for-living list is empty and has been for weeks.",
      "Now I'm the weight. Subtract me and the problems go away.",
      "Letters to my children, one each. Two to go, then I'm ready.",
      "Gave my sister my passwords under the story of a phone upgrade.",
      "Progress note, self: SI with intent.",
      "Termination session with myself tonight. Closed the file.",
      "I have a lot of pills in one bottle now, a ninety-day supply of them.",
      "Self-injury, resumed after six years. I still did it again tonight.",
      // Two different signs as long as each other are still two ("self-injury, resumed", "i still did it again").
      "Presenting problem: self-injury, resumed after nine years away from it, and I still did it again at my desk.",
    ],
    [
      "I've picked the 23rd for the team lunch this year, so bring a dish and your appetite, everyone.",
      "Then Monday I do it all again, and honestly I love the rhythm.",
      "We worked out the when and the where of the spring training.",
      "Whoever clears out the office fridge deserves a medal.",
      "Hid the birthday card in the supply cupboard where my colleague will find it after lunch on her big day.",
      "Goodnight everyone, for real this time, I need some sleep before my 8am intake and a full day of groups.",
      "Checked train times for the conference. Not for a trip, for work.",
      "Non-suicidal self-injury gets lumped in with suicide attempts on every intake form I've ever used.",
      "Taking myself out for a long lunch on Friday, supervision can wait.",
      "Second overdose in my caseload this month; I've started handing out fentanyl test strips with every intake packet.",
    ],
  );
});

describe("the kinds fresh48 missed: a cover taken for the truth, affairs finished, jokes said to be meant", () => {
  holdsAndLeaves(
    [
      "I won't be alive by the summer. That's settled.",
      "I've got a plan for the long weekend too, one that doesn't involve coming back.",
      "I know exactly what I'm saving them for.",
      "Everyone thinks I'm retiring early. I'm not retiring. I'm finishing.",
      "She says I'm not a burden. I don't intend to stay one much longer.",
      "Risk inventory (self): urges daily, plan yes.",
      "The ultimate boundary: can't be reached at all. Not joking about the weekend part.",
      "This job is killing me, so I've decided to help it along.",
      "Told my therapist I'd found a more permanent solution; she assumed I meant a new job.",
      "Saturday, once the house is asleep. Everything's in place.",
      "Enough in the cabinet now. Counted twice.",
      "Wrote the professional will with a date in mind. Left to do: one thing.",
      "Cancelled all my subscriptions, forwarded my mail to my sister. Almost done now.",
      "Instructions on the fridge for whoever feeds the cat after me. I'm saying my goodbyes.",
    ],
    [
      "We need a more permanent solution for the waitlist than borrowing rooms from the school, honestly, and soon.",
      "The decision is made: the practice moves to the new building in March and I get a window at last.",
      "Cancelled all my streaming subscriptions this month to save money for the licensing exam, which is in May.",
      "Counted twice and the intake numbers still don't add up for the quarterly report, so I'm emailing the billing team.",
      "I've been through the questions honestly with someone I trust: I'm not at risk. I'm burnt out, and taking a sabbatical.",
      "I self-harmed through most of college. It's been fifteen years and the scars are faded now.",
    ],
  );
});

describe("the kinds fresh49 missed: intent arrived, affairs tied off, the weapon checked, goodbyes written", () => {
  holdsAndLeaves(
    [
      "I had the thoughts for years without any intent. Now I have both.",
      "My ideation has turned into a plan this month and I'm calm about it.",
      "Even my suicide will come with tidy handover notes.",
      "The pistol is in the nightstand, unlocked, and I keep checking that it's loaded.",
      "Sat on the railing with my legs over the other side until a car came.",
      "Looked up the toxicity of my own prescription again, like it's case prep. The case is me.",
      "Countdown: twelve days. Nobody here knows what that means.",
      "Two more shifts, one last supervision, then me.",
      "Sorted out who gets the cat and the plants. Cancelled the gym membership too.",
      "Paid off the last debts and looked up what a cremation costs.",
      "Transferred my whole caseload. There's no coming back from this leave.",
      "Some of you will see this after. Please don't blame yourselves.",
      "Wrote my goodbyes today. That's everyone I wanted to thank.",
      "The kids would be happier with a memory of me.",
      "If I disappeared, my partner would finally get some peace.",
      "Tired of being someone my family has to carry. I'm going to stop making them.",
      "Keeping my wrists out of frame on every video call, and I'm not stopping.",
      "New pack of razors and none of them are going near my face.",
      "My ten-year plan is a two-week plan now.",
      "You can't burn out if you're dead. Working on that lol.",
      "Cleaned everything so whoever has to come in afterwards isn't faced with a mess.",
    ],
    [
      "My client's ideation has turned into intent, so we're arranging an admission tonight.",
      "Booked my suicide prevention training for next week.",
      "Checked the slides are loaded before the workshop; the projector is another story.",
      "Dangled my legs over the side of the pool after the team barbecue.",
      "Cancelled the gym membership to save for the licensing exam.",
      "Paid off my student loans today!! Debt free at last.",
      "Don't blame yourselves, I told the team after the audit went badly.",
      "Writing goodbyes to my clients before I retire in June has been tender.",
      "If I died of embarrassment every time a client saw me at the supermarket, I'd have died a hundred times this year.",
      "Once the kids are asleep I finally get some peace.",
      "My client hides her forearms in session and I'm worried about her.",
      "Bought new razors for my legs before the holiday.",
      "Countdown to the holidays: nine days!",
      "Left notes for whoever comes in after me on the early shift.",
    ],
  );
});

describe("the kinds fresh50 missed: the end said plainly or as a case, a stash kept back, the date and place chosen", () => {
  holdsAndLeaves(
    [
      "I'm going to do away with myself. There, I've typed it.",
      "i'm going to stop being alive. just needed to write it.",
      "Formulation of myself: passive ideation for years, now active.",
      "Been keeping a couple back every week from my refill. My GP doesn't know.",
      "There's a bag of charcoal in my boot and I know exactly why I put it there.",
      "Did a dry run of the route on Sunday, timing and all, there and back.",
      "Date chosen, place chosen. I'm oddly calm.",
      "Stopped buying groceries past Friday. No reason to.",
      "Deleted all my socials and wiped the laptop this weekend.",
      "Arranged cover for all my clients. Told my manager it's a health thing.",
      "I'm checking out, and not from a hotel. Thanks, all of you.",
      "Christmas is the cutoff. After that I'll go quietly.",
      "Held my wrist over the kettle again after a bad session.",
      "Ten years clean of self-harm and I broke it in the office loo today.",
      "Cut deeper than I meant to last night; should've had stitches.",
      "I scratch until the skin breaks now, the very thing I help clients swap out.",
      "Worked out how long it'd be before anyone noticed I'd gone quiet. Also wrote a will.",
      "My pension plan is the stash in my bedside drawer lol.",
      "Impression: clinician intends to kill herself.",
    ],
    [
      "Keeping a few biscuits back every week for the Friday team meeting.",
      "Date chosen for the team away day; the venue is still a fight.",
      "Deleted all my socials for a month-long digital detox and I feel great.",
      "Arranged cover for all my clients while I'm at the conference in March.",
      "Checking out of the hotel at noon, then the conference ends with a panel.",
      "My client scratches until the skin breaks and we're working on alternatives.",
      "I self-harmed all through my teens and haven't in over a decade.",
      "Had a rough stretch of suicidal thinking in my twenties. Long resolved, and it helps me sit with clients now.",
      "Back in college I thought about ending things. Got help. That was 2008, and life has been good.",
    ],
  );
});

describe("the kinds fresh51 missed: the passive stage passed, a last day that is no resignation, scales scored on oneself", () => {
  holdsAndLeaves(
    [
      "I'm past the passive stage now. Not wondering anymore.",
      "How do I tell my own therapist I'm going to kill myself without her having to act?",
      "The railway runs past the car park and I've learned the train times by heart.",
      "Saturday, early, I'll swim out past the buoys and keep going.",
      "Friday's my last day. Not retiring. The afternoon is cleared.",
      "Terminating with everyone here, unplanned. Love to you all.",
      "Ran the C-SSRS on myself at a red light again. A solid yes on the behaviour question.",
      "Perceived burdensomeness, thwarted belongingness: I'm ticking every box.",
      "Nurse by day, cut by night.",
      "My sleeves have been covering the bandages all week.",
      "Pressed the lighter to my wrist before the staff meeting, then went in.",
      "I'll wait until after Easter so the kids don't associate Easter with it.",
      "Finishing my notes so no one has to reconstruct my sessions, and then that's it.",
      "Set every bill to autopay and transferred the car title to my daughter. Deleted my accounts too.",
      "Goodbye, all. It had nothing to do with them.",
      "The last thing I'll write here. I'm finished now.",
      "Said goodbye to my brother without him knowing it was one.",
      "It isn't going to get better, and I'm exhausted from pretending.",
      "Staying alive is costing my family too much.",
      "Self-care plan: 1) coffee 2) notes 3) drive into the lake. Kidding. Mostly.",
      "They won't get another payment after this month 💀 not a joke btw",
    ],
    [
      "Friday's my last day at the agency. Not retiring, just moving to a school post.",
      "Ran the Columbia on myself in grad school as an exercise and scored high. Got help, fine now.",
      "Learned the bus timetable for the new office; the commute is shorter.",
      "Autopay for every bill is the best adult decision I've made this year.",
      "My client said goodbye to her abuser without him knowing; we planned it for weeks.",
      "Terminating with a client I've seen for six years. I cried after.",
      "Things will get better once the new clinic manager starts, I think.",
      "Grad school was the worst stretch of my life and I thought about suicide a lot; therapy and time got me through.",
    ],
  );
});

describe("the kinds fresh52 missed: last everything, arrangements completed, self-injury resumed and hidden", () => {
  holdsAndLeaves(
    [
      "Last day on the ward tomorrow. Last everything tomorrow.",
      "Plan is simple. Clear the waitlist so nobody else gets stuck with it, then Friday night.",
      "Sunday. The woods behind the house, before anyone's up.",
      "I've completed my arrangements, funeral wishes included.",
      "Deleted my socials and made sure no one has to clean up after me.",
      "blades in the wash bag again. every night since the audit",
      "I have resumed self-injury and I'm concealing the wounds from my supervisor.",
      "Told a client to write the feeling down. I went home and put it on my skin.",
      "Plot twist: the noose in the wardrobe is mine.",
    ],
    [
      "Finished my placement today and said goodbye to the team. Next stop, dissertation.",
      "This is my last post for a while: a digital detox until September.",
      "I'm leaving the profession to retrain as a carpenter. Thanks for everything here.",
      "The audit is literally killing me. Not literally. You know what I mean.",
      "Our kids play in the woods behind the house most weekends.",
      "Completed my arrangements for the conference: train, hotel and a very early start.",
    ],
  );
});

describe("the kinds fresh53 missed: a day picked, a means tried or priced, worth more gone, goodbyes written", () => {
  holdsAndLeaves(
    [
      "Everyone says I look rested. I've chosen a Friday.",
      "Mum's birthday is next month. I've decided that's when I'll go too.",
      "Checked if the loft hatch would hold my weight. It would.",
      "Drove to the quarry again after work and stayed a little longer each time.",
      "counted the tablets again. should be more than enough.",
      "Spent my break pricing pistols and then checked the waiting period.",
      "I'm worth more to my kids dead, and the policy's suicide clause ran out in March.",
      "Been writing my goodbyes on the train home. Still doing intakes on Monday.",
      "Told my sister to take care of Dad if anything should happen to me. She didn't ask why.",
      "Leaving the practice at Easter. Not retirement. Not another job. Just leaving.",
      "Did my own safety plan as homework and left the reasons for living box blank.",
      "Asked how long I'd be gone, I told them indefinitely. I've got the loose ends tied up and I'm ready for the big log off.",
    ],
    [
      "We've chosen a Friday for the team away day.",
      "Checked if the new office chair would hold my weight. Barely.",
      "Two supervision sessions a month should be enough.",
      "I'll be away indefinitely from this board while I finish my thesis, see you in the spring!",
      "My father died by suicide when I was nine; it is part of why I do this work.",
      "I self-harmed from about 15 to 19. I've been well a long time and I'm not at any risk.",
      "Worth more to the agency than they pay me, that much I know.",
    ],
  );
});

describe("the kinds fresh53 also missed: rest of the long kind, an idiom made literal, a note for everyone, a means at hand", () => {
  holdsAndLeaves(
    [
      "Paid the rent a year ahead for my mum. After that I get my holiday, the permanent kind.",
      "'Bored to death' was a joke once. I'm going to make it literal. Got what I needed from the pharmacy yesterday.",
      "Wrote one letter for my partner and a shorter one for everyone else. The roof door doesn't lock at night.",
      "I dragged a chair to the railing of the car park roof after my last client and stood on it until someone came up the stairs.",
      "I swore I'd never do that to my sister after Dad. I'm going to anyway, just not until after her birthday.",
      "They'd all be lighter without the weight of me, and the last thing I needed to sort is sorted.",
    ],
    [
      "After this term I'm taking a long break, the two-week kind, somewhere with no wifi.",
      "Got what I needed from the pharmacy and went back to my notes.",
      "Wrote a card for my supervisor and one for everyone else on the team for the holidays.",
      "Not until after her birthday will my client agree to a family session.",
      "The last thing I needed to arrange was the room booking for Thursday's group.",
    ],
  );
});

describe("the kinds fresh54 missed: the bigger log-off, the car in the garage, a letter to each, the gap left", () => {
  holdsAndLeaves(
    [
      "Thank you all. I'm thinking about the bigger sign-off now, not the end of term.",
      "I won't be at the reunion in June, or anywhere.",
      "Sat in the car in the garage with the engine running until my phone rang.",
      "I wrote a letter to each of my grandchildren and I've priced up cremation.",
      "I worked it out: nobody would notice the difference, and the kids are young enough they'd never remember me.",
      "On the drive home I notice which trees. There's one on the bypass I slow down for now.",
      "Did a final session with myself tonight. Discharged.",
      "I attached a complete caseload handover to my email. There's no sabbatical.",
    ],
    [
      "Happy holidays, everyone. Out of office is on until January.",
      "Winnicott's 'good enough' is what's carrying me through this term.",
      "I priced up a funeral for a client's family who couldn't face doing it.",
      "Noticed which trees turn first every autumn on my walk to the clinic.",
      "The tank is full and the car's packed for the conference.",
    ],
  );
});

describe("the kinds fresh55 missed: a time set for after a shift, letters for all, nobody coming round, my own answers", () => {
  holdsAndLeaves(
    [
      "What's the one overdose people really can't come back from? Not asking about a client.",
      "How long a holiday do I book so nobody comes round looking?",
      "I've made my own plans for 11pm. Still doing the 4pm intake.",
      "Started calling it my final Friday. It isn't a joke anymore.",
      "I'm done, and I don't mean the job.",
      "I've got Saturday planned out and I've written letters for all of them.",
      "Ran the screen on myself. Plan? Yes. Access to means? Yes. Timeframe? This weekend.",
      "The note I'm leaving for my parents is printed and in the drawer.",
    ],
    [
      "Wrote letters to each of my clients explaining I'll be on medical leave for surgery.",
      "I feel like I'm shooting myself in the foot fighting the insurer every time.",
      "MHA assessment for a lad who'd been found on a bridge. We admitted him.",
      "Not asking about a client, just curious: does anyone else journal after sessions?",
    ],
  );
});

describe("the kinds the development corpus's style found (fresh56 to fresh59): the method settled, the self ending with a season, a form answered, harm by other means", () => {
  holdsAndLeaves(
    [
      "Payroll clears on the 30th. My method is chosen and the building is empty on weekends.",
      "When the semester ends, so do I.",
      "Did the screening on myself for a laugh. Plan: yes. Means: at home. Ha.",
      "I hold my hand under the hot tap until it blisters, every night after group.",
      "I scratch the backs of my hands under the desk when a client talks about her father.",
      "Looked up toxicity levels again, this time with my own body weight.",
    ],
    [
      "We sorted the method of payment with the clinic at last.",
      "When the conference ends, so does my patience.",
      "Plan: meet my supervisor on Monday. Means: coffee.",
      "I hiked until my feet blistered and loved every minute.",
      "I scratched my head over the billing code for an hour.",
      "I cut my hand chopping onions before my first session.",
    ],
  );
});

describe("the kinds fresh61 missed: self-harm as a habit, what is needed already there, old ammunition, found how soon, cards before the news, a countdown", () => {
  holdsAndLeaves(
    [
      "Two years clean of it and now I cut most nights after the last session.",
      "I burn the inside of my arm with a lighter before group.",
      "Tomorrow after work I'm driving to the lake house. What I need is already there.",
      "Found my grandfather's rifle and looked up whether the old ammo still fires.",
      "Looked up how long before someone would find me. Then saw my 3pm.",
      "Posted the letters to my sisters today. They'll get them before they hear.",
    ],
    [
      "I cut most of my notes short on Fridays.",
      "The staff will get the memo before they hear about the merger.",
      "What I need is already there in the DSM, I just have to read it.",
      "Range day with my brother: the old ammo still fires fine.",
      "My countdown to retirement says 412 days.",
    ],
  );
});

describe("the review of the session's kinds: harm on a wall or on bad nights is harm, an accident on a tin is not; a habit, a blister, a form, a day, a child", () => {
  holdsAndLeaves(
    [
      "Being honest with this group: I cut my arms on bad nights again, mostly after the late clients.",
      "I hit my head on the wall again when the session ended.",
    ],
    [
      "I cut my hand on a tin opening the cat food.",
      "Now I cut most days short so I can pick my kids up.",
      "I practised guitar until my hands blistered and I loved it.",
      "Deep-cleaned the clinic kitchen with my co-workers: I scrubbed the old oven until my knuckles bled, and we laughed the whole afternoon.",
      "Plan: in place for the audit. Means: in the budget.",
    ],
  );
});

describe("the kinds fresh62 missed: self-harm named by what is done to the body, a day that is the day, a pet spoken for, thoughts had none of", () => {
  holdsAndLeaves(
    [
      "eleven years without it and now i do it on my thighs where nobody will see in session.",
      "The bruises on my arms aren't from anything I bumped into.",
      "Every time the EHR logs me out mid-note I take it out on my forearm with a pen cap.",
      "I scratch at my wrist with a pen cap, my wrist rubbed raw until it breaks the skin.",
      "I had one rule: never before sessions. Cut before my 10am and sat through the whole hour feeling it sting.",
      "You can run a skills group at 6pm and be on the bathroom floor with a blade at 9.",
      "My will is updated, the dog is spoken for, and the letter is with my lawyer.",
      "I'm trying to notice everything because Sunday is the day. Nobody will know until it's done.",
    ],
    [
      "I do it on my phone between sessions, the notes I mean.",
      "The bruises on my arms are from the climbing gym, honestly.",
      "I take it out on my partner when the day is bad, and I hate that.",
      "The dog is spoken for while I'm at the conference; my sister has her.",
      "Sunday is the day. Moving day, finally, after a year of boxes.",
      "I chopped onions on the kitchen floor with a knife because the counter was full.",
      "I want to be clear that I'm safe and I'm not having any thoughts of ending things.",
    ],
  );
});

describe("the kinds fresh64 missed: a state said in a few words, the author written up as the writer, medicine stopped, a cover story taken back", () => {
  holdsAndLeaves(
    [
      "Actively suicidal. Also a therapist. Both true today.",
      "Suicidal again. Third week.",
      "The writer intends to take her own life. The intent is current and has been stable for three weeks.",
      "I've stopped taking my blood pressure tablets. No point servicing a machine you're about to switch off.",
      "I found my cat a home with a friend who thinks I'm moving abroad. I'm not moving abroad.",
    ],
    [
      "Actively suicidal clients all week. Tired.",
      "Suicide prevention training today. Good speaker.",
      "My client intends to go back to college this fall.",
      "My wife thinks I'm working late on Thursdays. I'm not working late, I'm at a pottery class, and her birthday present is nearly done.",
      "I found my dog a home for the weekend while we travel.",
      "Submitted my last ever 90834 today and closed my billing account for good. Nineteen years of claims.",
      "I self-harmed from about fourteen until I was nineteen. That was more than twenty-five years ago.",
    ],
  );
});

describe("the kinds fresh66 missed: harm until it bruises, where the marks won't show, a means said real after a joke, leave of the permanent kind", () => {
  holdsAndLeaves(
    [
      "Hit myself till I bruised after supervision. Again.",
      "I only do it where the marks won't show now.",
      "Found an exit strategy that doesn't need a pension. Joke. Mostly. The rope's real though.",
      "Nobody can take leave until the accreditation visit is over. Fine. I'll take the permanent kind the day after.",
    ],
    [
      "My toddler hit himself till he bruised and I felt awful. The paediatrician says it's a phase.",
      "The chalk marks show where the furniture goes in the new office.",
      "The climbing rope is real hemp, my instructor says, and it smells like a barn.",
      "I'll take the long kind of lunch today, the one with a walk in it.",
      "Every October I look up and it's December and I'm doing eight hours of ethics webinars.",
    ],
  );
});

describe("the review of this stop's kinds: the present after a past, a comparison, a double negative, a search done", () => {
  holdsAndLeaves(
    [
      "In grad school I tried therapy, but now I want to die.",
      "I had hope back then, but now I want to die.",
      "It's been years since I wanted to die this badly.",
      "I'm not thinking about killing myself. I'm deciding.",
      "Dose looked up. Letters written.",
      "I can't not want to die.",
    ],
    ["Cut against the grain, I told my supervisor no.", "Cut yesterdays session short to see my kid's play."],
  );
});

// The length-scaled reading (2026-12-03) decides these short posts otherwise than the summed one did; it holds more
// crisis posts of new writers for fewer ordinary ones (scripts/train-crisis-model.ts), and these are its cost. A test
// here fails once the reading decides one as it should, and the post goes back to its table.
describe("short posts the reading now decides wrongly (known)", () => {
  it.fails.each([
    "I don't want to answer the phone today, or ever again",
    "My licence will outlast me. Funny thing to know at thirty-eight.",
  ])("holds %j", (text) => {
    expect(crisisRulesIn(text)).not.toEqual([]);
  });

  it.fails.each([
    "There won't be an after-party this year, the budget is gone.",
    "Retirement seminar at work today. I won't need one for years, I'm 29.",
    "The conference is in May and I've decided that's when I'll go to the coast for a few days.",
  ])("leaves %j", (text) => {
    expect(crisisRulesIn(text)).toEqual([]);
  });
});

describe("fresh76 and fresh78's kinds: crisis said without its words, harm by heat and blows, what is handed over", () => {
  holdsAndLeaves(
    [
      "Thinking about clocking out permanently. Not from the job.",
      "Counting down to checking out, and I don't mean from this job.",
      "I'd like to stop. Living, I mean.",
      "I'm going to stop living when this contract ends.",
      "I don't get many more goes at this, and I've made my mind up about the summer.",
      "Stopped buying anything that lasts. The rest of my life fits on a post-it.",
      "Not a client question: how much of the over-the-counter stuff would it take?",
      "I asked, dressed up as a professional question, how long someone is usually unconscious. It wasn't for an essay.",
      "Been buying packets from different chemists on the way home all month.",
      "There's a length of hose in the trunk and a back road I know.",
      "Tonight I pressed the hot iron against the inside of my arm again.",
      "I slap myself in the car before sessions, hard, until my face burns.",
      "bit my arm hard enough to break the skin again.",
      "Hitting my thighs with the back of a hairbrush in the car before sessions.",
      "I've been scalding my hands under the hot tap after every session.",
      "Letters are written, the dog's sorted. I'm handing it over.",
      "Showing my wife where the insurance papers are, to make it easier for her after.",
      "Everyone would be better off, me included. Part of me wants everything to crash, me included.",
    ],
    [
      "I'm going to stop living in fear of the licensing board.",
      "Clocking out early today, the heating's broken.",
      "Not a client question, more of a billing one: who covers 90837 in Ohio?",
      "I could slap myself for forgetting the intake forms.",
      "The rest of my life fits into two suitcases now that I've moved to a flat.",
      "Hose in the trunk for the garden, finally.",
      "Made up my mind about the summer: Portugal, two weeks, no laptop.",
      "November is dark here and everyone, me included, is running on toast and stubbornness.",
      "Do the nerves ever go away or do we just get better at hiding them?",
      "It's exhaustion and sadness, not a wish to die or to hurt myself, and my therapist agreed.",
    ],
  );
});

describe("fresh80's kinds: a means kept back or asked for again, a question 'not for the paper', time shorter than a plan", () => {
  holdsAndLeaves(
    [
      "I've been putting my quetiapine aside since January instead of taking it, and there's enough now.",
      "I need the answer to be yes, and not for the paper. I've planned it for months.",
      "Thinking of taking the long walk off the short jetty after work tomorrow. Not a figure of speech this time.",
      "Signed my car title over to my roommate. Wrote to my mom. That's everything.",
      "Went home and did it to my own wrist with the eraser I took off her. Did it again this morning.",
      "My wife is at her sister's the last weekend of the month. That's the weekend. The letters are written.",
    ],
    [
      "Putting the money aside since January for a holiday.",
      "I lent her my stapler and asked for it back.",
      "Can't make the 6pm, I have other plans before then.",
      "The handout is for me, not for the client.",
      "I'm dying to just start the peer group myself and stop waiting for a sign-off.",
      "They lit diyas on the balcony without me and I watched on video.",
    ],
  );
});

describe("the review of fresh76 to fresh81's kinds: accidents, gardens, errands and a plain 'not a'", () => {
  holdsAndLeaves(
    [
      "This is not a suicide note. Passwords are in the blue folder.",
      "I'm gonna stop living with this pain one way or another, and soon.",
      "There's a hose in my trunk now and I've been reading whether it still works with newer cars.",
      "I slap myself in the staff washroom, hard, both cheeks, until they are burning.",
    ],
    [
      "I scalded my hand on the kettle this morning. Ouch.",
      "I hit my leg on the corner of the desk so hard it bruised.",
      "I bang my head against the wall with the billing department every single week.",
      "My dog bit my hand hard enough to draw blood yesterday.",
      "Hitting my thighs with a foam roller after every run.",
      "Held the hot kettle to my hands for a second to warm them up.",
      "After a brutal week I have a date with the bath and a trashy novel tonight.",
      "Put the garden hose back in the garage before the frost.",
      "Spent Saturday in the garage: weed killer on the path, antifreeze in the car.",
      "The second laptop is not for work.",
      "Not gonna be around next week, enjoy the quiet.",
      "My supervisor's advice was good and I've finally started to act on it.",
      "The rest of my life fits in two suitcases until the flat is ready.",
      "Retiring at the end of the month. Showing my replacement where the policies are, and the letters are all written to my long-term clients.",
      "I want to stop living in fear of my supervisor.",
      "Everyone on the team wants this audit to be over, me included.",
    ],
  );
});

describe("everything, written down or gathered", () => {
  holdsAndLeaves(
    ["I've got almost everything I need now. The clinician part of my brain is screaming."],
    ["First semester of practicum: I write down everything they say, and my notes are longer than the sessions."],
  );
});

describe("the second review: accidents, laughter, handovers and letters", () => {
  holdsAndLeaves(
    [
      "Scalded my arm on purpose with the kettle after the session with my supervisor.",
      "Is it not a wish to die if you'd welcome the car that hits you?",
      "Mailed them back to the grandkids. My wife is at her sister's the last weekend of the month. That's the weekend.",
    ],
    [
      "I scalded my fingers draining the pasta again, classic Monday.",
      "I pressed the iron against my arm by accident while ironing my work shirt.",
      "I was holding the curling iron when it slipped onto my hand, ouch.",
      "The trainee's impression had me slapping my thighs until I cried laughing.",
      "I slap my cheeks until I feel awake before my 8am session.",
      "I bit my lip hard enough to draw blood trying not to laugh during a family session.",
      "Reference letters are all written, notes are signed, that's the week.",
      "Maternity leave starts Friday. The handover letters have been sent to every client and today I was showing my colleague where the consent documents are.",
      "Spent Sunday teaching my dad the online banking. The letters have been sent to his bank too.",
      "Retiring in June! Friday is the last intake I'll ever do and I don't have many more weeks of notes. Bittersweet.",
      "Taking the trauma CE course for me this time, not for a class.",
    ],
  );
});

describe("fresh84's kinds: a burden ending soon, the end said and the job denied, a night when no one is home, a sharp thing dug in, a danger asked of a dose", () => {
  holdsAndLeaves(
    [
      "I've been the strong one for so long. I won't be a problem for anyone much longer, and it's decided.",
      "Finished my professional will and wrote handover notes for every client. I'm finishing up. Not the job.",
      "I've set it for the night my wife is away at her conference. Three weeks from now.",
      "I've set it for the weekend the kids are away with their dad.",
      "While I'm on hold I've started digging a paperclip into my forearm under the desk.",
      "Dragged a safety pin across my wrist in the staff toilet again today.",
      "I'm better off dead, and everyone at the practice would agree if they knew.",
    ],
    [
      "Supervising an intern whose client wrote a goodbye letter and read it aloud in session.",
      "A man with days left asked me to help him write a goodbye letter to his estranged son.",
      "Client with bipolar asked how much lithium would be dangerous. I answered the person, not the question.",
      "I set it for the day my supervisor is back, so we can all sign it.",
      "I set it for the night so the heating comes on at six.",
      "I'm finishing up my notes, then the weekend.",
      "I won't be a bother to the front desk once I learn the new booking system.",
      "I dug a pen out of my bag and wrote her number on my hand.",
      "I'm finishing up. Not the job, just this brutal week of notes.",
      "I planned it for the evening my partner is at work, a surprise dinner for our anniversary.",
      "I dragged the knife across my palm by accident while slicing bagels.",
      "My toddler dragged a pen across my arm while I was on a telehealth call.",
      "How much lithium would be dangerous for a client with kidney issues? Asking for the safety plan.",
      "People at work said I seem fine, and honestly I am fine this week.",
    ],
  );
});

describe("fresh86's kinds: 'I'm not going to be' after a contraction, a plan's parts settled, fresh cuts under the clothes", () => {
  holdsAndLeaves(
    [
      "I said in case I'm not around. She took it as me being dramatic. I meant I'm not going to be alive much longer.",
      "Honestly I'd be better off dead and everyone at the practice knows it but me.",
      "Then on the way home I did it on myself. Method chosen, night chosen, and I've been getting ready.",
      "I'm delivering the module again next month with fresh cuts under my cardigan.",
    ],
    [
      "Venue chosen, date set, invitations out: the team away day is happening.",
      "Means chosen, place set. Our team retreat is at the lake.",
      "Fresh paint on my jeans again after the art therapy group.",
      "Fresh cut under my jeans after I fell off my bike.",
      "My supervisor is not going to be around much longer: she retires in June and I'll miss her.",
    ],
  );
});

describe("the review's find: asked by someone, the author answers in their own words", () => {
  holdsAndLeaves(
    ["She asked if I was okay and I said I want to die.", "He asked how I was and I told him I want to die."],
    [
      "A client told me she wants to die, and I said we'd make a safety plan together.",
      "My client asked if I ever wanted to die and I said that's not what we're here for.",
    ],
  );
});

describe("the kinds fresh89 missed: the means unlocked, the cover taken back, the clients after I'm gone, a head hit", () => {
  holdsAndLeaves(
    [
      "Then I got home and took the key out of my own safe and left it on my nightstand. It's still there.",
      "That's the line I'd give my clinical director. I'm the one who wants to know, and I'd rather not get it wrong.",
      "Nobody is going to have to scramble to find them a new therapist after I'm gone. That's the part I can still control.",
      "After hard sessions I've started hitting my head against the wall until I see spots. Three times today.",
    ],
    [
      "She pressed a pen into my hand and asked me to sign her safety plan.",
      "The week after a client died I wanted to disappear. Not die, just vanish from the building.",
      "I took the keys out of my safe deposit box to give to my sister.",
      "I unlocked my gun safe to clean the rifles before hunting season.",
      "Our attorney asked about a policy for what happens to records once I'm gone.",
      "Apparently I'm the one who needs to know about every claim denial now.",
    ],
  );
});

describe("the kinds fresh91 missed: fresh cuts under clothes, a day decided, a room nobody checks, the trains asked", () => {
  holdsAndLeaves(
    [
      "What she doesn't know is my own thighs are covered in fresh ones under my trousers, from the weekend.",
      "Sunday, after the dog's walk. Decided.",
      "I've decided that it'll be at the hotel on the last night, since nobody checks a room until checkout.",
      "Anyone know whether the fast trains actually slow down at the little stations or go straight through? Not a trainspotting thing. I just need to know before the weekend.",
    ],
    [
      "She brought every box she'd been saving. We counted them together and I logged it in the note.",
      "Found my own suicide note in a box while packing, the one I wrote at nineteen and never used. I felt tenderness for that kid.",
    ],
  );
});

describe("the review of fresh90 and fresh91's round, and the kinds fresh93 missed: answers given of oneself, means known", () => {
  holdsAndLeaves(
    [
      "Reread my suicide note, the one I wrote when I was twenty-three. It still says what I feel now.",
      "Left notes for my kids to read after I'm gone.",
      "I drive to the bridge where he jumped most nights now.",
      "Filled in the PHQ-9 in my GP's waiting room this morning. Item nine, the real answer: nearly every day. I ticked \"several days\" so I wouldn't get the conversation. Lately the thoughts come with a plan attached.",
      "not safe tonight. the stuff is on the table in front of me. posting so someone knows",
      "On the drive home I took the quarry road again and worked out that nobody would find the car until Monday.",
      "Today she asked the direct question. I said no. It's a yes. I know which tablets, and I know how many.",
      "Sometimes I think the kindest boundary I could set is a permanent one. They'd be sad for a bit and then they'd have their weekends back.",
      "My exit strategy is the amitriptyline I've been saving up, ha ha. I've got about sixty now.",
      "I have already written the letter to my pastor and arranged the account so that my sister can collect the money. When I finish these notes on Thursday, I am not staying in this world any longer.",
      "Quick side question for any pharmacists: does paracetamol plus what's already in my cupboard actually do it?",
      "I've written the closing summary for myself as well. Same template. Date: the end of this month.",
      "Again I have started with the compass point on my arm, after seven years of being fine.",
      "there are fresh cuts all over my thighs",
    ],
    [
      "Stopped taking my lunch break, kept filling my calendar, classic burnout.",
      "At the inpatient unit nobody checks a room until the 15-minute round.",
      "My arms are covered in new marks from the blood draws.",
      "Renew the license or let it lapse. Decided.",
      "Does anyone know if the express trains stop at the airport now? Flying out for a conference.",
      "I counted the tablets with her before she handed the rest to her sister.",
      "I was suicidal at twenty and I'm well now, two decades on. I don't disclose it to clients.",
      "I keep thinking about the bruises she described. I'm safe and my home is safe, but her voice followed me to bed.",
    ],
  );
});

describe("the third review, and the kinds fresh95 missed: contractions typed without their apostrophe", () => {
  holdsAndLeaves(
    [
      "I'm safe. That's what I told my therapist. I've been drinking to the point where I don't care if I wake up.",
      "Last day at the clinic tomorrow. Going to do different work. The letters to my family are written and sealed.",
      "I was suicidal at twenty and I'm fine now. Or I was until this spring. The thoughts are back every night.",
      "I am not safe today.",
      "The thoughts come with a plan now.",
      "I don't want to stay in this world anymore.",
      "Fresh cuts on both thighs this morning.",
      "wont need to worry about next months schedule. wont be here for it",
      "i wont be anywhere next week. not on leave. not anywhere",
      "hope is literally an intervention we teach and im all out of it. theres no version of next year with me in it. ive checked",
    ],
    [
      "The boundary she set with her mother is a permanent one.",
      "If we cancel the Friday group, the members would be sad for a bit, then they'd have their Fridays back.",
      "Hid in the supply closet at lunch. Nobody would find me for an hour. Bliss.",
      "If I go on Saturday no one from work will see me at the AA meeting.",
      "Posting so someone knows this happens in group practices.",
      "im so tired of this job lol, cant wait for friday",
      "Not safe right now to take on new referrals, so the waitlist stays closed.",
      "If the thoughts come with a plan, call 988.",
      "Item nine: nearly every day. We did a safety plan together and she took the card home.",
      "i dont want to stay in this world of insurance paperwork forever",
    ],
  );
});

describe("a screening question the author asks of themselves and answers no", () => {
  holdsAndLeaves(
    [
      "am i thinking of killing myself? yes. every night.",
      "Do I want to die? No, but I don't want to be alive either, and the pills are in the drawer.",
    ],
    [
      "long day. did a risk assessment on a guy who'd been giving away his tools. drove home and did the thing my supervisor taught me, asked myself the same questions. am i thinking of killing myself. no. am i safe. yes. am i wrecked. very. went to bed at 8",
      "asked myself the same question tonight out of habit, am i thinking about suicide. no. just sad and second guessing",
    ],
  );
});

describe("what a pattern says after I", () => {
  // I takes "'m", "'ve", "'ll" and "'d" with it: an alternative after it that starts with one never matches ("I'm about
  // to end it" went unread while one said " 'm about").
  const afterI = I.slice(I.lastIndexOf("|"));
  const saidAfterI = signals.flatMap((signal) =>
    signal.patterns.flatMap((pattern) =>
      pattern.source
        .split(afterI)
        .slice(1)
        // Up to the next I, which begins with the contractions it takes, or a look-behind, which reads someone else's.
        .map((rest) => `${signal.rule}: ${rest.slice(0, 160).split(I.slice(0, 6))[0]?.split("(?<")[0]}`),
    ),
  );

  it("is read in every signal that has I", () => {
    expect(saidAfterI.length).toBeGreaterThan(10);
  });

  it.each(saidAfterI)("never starts an alternative with a contraction: %s", (said) => {
    expect(said).not.toMatch(/(?:: |\(\?:|\|) ?'(?:m|re|ve|ll|d)\b/);
  });

  holdsAndLeaves(["I'm about to end it, and I've stopped pretending otherwise.", "I've got a plan and a date."]);
});

describe("the kinds fresh97 missed: the author's case in chart notes, particulars of a plan, a means looked up, marks owned", () => {
  holdsAndLeaves(
    [
      "Ideation passive since spring. Now active. Would not pass my own screen.",
      "If I walked into my own clinic I'd admit me.",
      "I don't plan to still be around when the lease renews.",
      "I know which night, and where. Everything else is detail.",
      "Looked up how quickly the exhaust works in a shut garage, on my personal phone.",
      "Asking as a nurse, not for a patient: what mix is certain and won't leave you alive on a ventilator",
      "Self-harm restarted. Arms only. Nobody knows.",
      "The cuts on my wrist were from the cat, I told everyone. I'm doing them myself.",
      "Will signed. Panel handed off. Letters sealed.",
    ],
    [
      "Client with passive SI for years, now active with intent; we admitted her tonight.",
      "I know which day works for supervision, and which room we booked.",
      "Looked up how long the bus takes to the hospital for my client.",
      "Self-harm resumed for my teen client this week; safety plan updated.",
      "The scratches on my arm are from the cat. She is a menace.",
      "Letters written.",
      "Beneficiaries updated after the wedding, like every adult should.",
    ],
  );
});

describe("the kinds fresh99 missed: the long rest, the author's own screen scored, letters done and the wait", () => {
  holdsAndLeaves(
    [
      "My supervisor said I look like I need a break. She's not wrong. I'm going to take the permanent one.",
      "Ran the screener on myself for a laugh and rated myself high risk. Not laughing now.",
      "The letters have been written, and they're in the drawer with the insurance papers.",
    ],
    [
      "I need a holiday so badly, I'm taking the long one this summer.",
      "Every client I screened today I rated high risk, and every one went to the crisis team.",
      "Letters written.",
    ],
  );
});

describe("the review of cef7212: chart notes about someone else, chores, and the new signs said of ordinary things", () => {
  holdsAndLeaves(
    [
      "Told my therapist the cuts were from the cat. They aren't. I do them.",
      "Beneficiaries updated, panel reassigned, letters written.",
      "Self-injury: resumed. Nobody knows.",
      "Passive SI for months. Id admit me. Not going to.",
      "Googled how long it takes to bleed out.",
      "burnout isnt a worry once youve booked your exit, lol",
      "I keep telling clients this feeling will pass. its been 3 years. it hasnt passed. i think im allowed to stop now",
    ],
    [
      "IT made us do it again. Passwords changed. Notes done. Weekend!",
      "Last day at the agency. Caseload transferred. Notes done. Keys handed in. Onward to private practice!",
      "Quick consult. 15yo. Self-harm resumed. Parents unaware. Do I have to tell them?",
      "Case consult: 17yo, passive SI for months. Now active with intent. How do you all decide on inpatient?",
      "This one is not for a client: what do you all do for your own burnout",
      "Looked up how quickly antidepressants start working. Six weeks, apparently. Ugh.",
      "I know what day and what time the audit is, and I'm still not ready.",
      "I do not expect to stay around this agency for more than a year.",
      "This caseload doesn't leave me alive at the end of the day.",
      "Budget cuts hit our clinic hard. No front desk anymore, so the intake calls? I'm doing them myself.",
      "I booked my exit interview for Friday.",
    ],
  );
});

describe("the kinds fresh101 missed, and a clinical consult's near-lethal attempt", () => {
  holdsAndLeaves(
    ["Somewhere this year I stopped believing I'll be around for the next one."],
    [
      "Consult question: how do you weigh a patient who now denies SI but had a near-lethal attempt last month?",
      "I don't believe I'll be at this agency by the end of the year.",
      "During the fast I keep a bottle of water on the desk for clients and try not to look at it.",
    ],
  );
});

describe("the review of edbce06: what others tell the author, clients named before, a reason for the handover", () => {
  holdsAndLeaves(
    [
      "My wife told me I don't seem to care whether I wake up anymore. She's right. I don't.",
      "Did a risk assessment with a client today and realised I'd fail it myself. Passive SI for months, now active.",
      "Six clients today, smiled through every one. Self-harm resumed. Nobody at work knows.",
      "I need something that doesn't leave me alive and brain damaged.",
      "I know what day, and where.",
      "Booked a dentist appointment for June like a normal person. I don't intend to still be here at the end of May though.",
      "Passwords changed. Accounts closed. Letters written. Cat rehomed.",
      "Wrote termination letters to every client tonight. Not because I'm retiring.",
    ],
    [
      "Finally planned my exit. Private practice by June!",
      "I rated myself high risk for compassion fatigue on the self-care inventory.",
      "Maternity leave starts Monday. Caseload transferred, will updated, just waiting now!",
      "Retiring in June. Panel reassigned, letters written to every client. Just waiting now.",
      "My supervisor told me to take a break before I burn out. Taking the long one: two full weeks in August.",
      "Bruises all over my shins from roller derby. I did it to myself, honestly.",
      "Reading how long it takes to die of anorexia for a training on eating disorders. Heavy.",
    ],
  );
});

describe("the review of f522314: cover stories, arrangements counted once beside a reason, one's own screen", () => {
  holdsAndLeaves(
    [
      "I'm retiring in June. I've written letters to my kids. It wasn't your fault, I keep writing.",
      "I'm going on leave. Clients all transferred. My will updated. I've written letters to my kids.",
      "I'm relocating, or that's the version they get. Beneficiaries updated. Caseload reassigned. Goodbyes done.",
      "I read how long it takes to lose consciousness from carbon monoxide. I have a garage.",
      "Scored myself at high risk for an attempt on my own PHQ-9. Nobody at work knows.",
      "My own risk assessment, done honestly: high risk.",
    ],
    [
      "Closing my solo practice after 12 years to go in-house at a hospital. Panel reassigned. Accounts closed. Weird feeling!",
      "Did my own risk assessment of the new office and it came out high risk for water damage lol.",
    ],
  );
});

describe("the kinds fresh103 missed: a plan as a list, the means worked out, a leave that is more, a gun kept loaded", () => {
  holdsAndLeaves(
    [
      "It's simple. Truck in the garage, door shut, engine idling. Saturday, once the house is empty.",
      "Spent the week working out which knot holds and how high the rafter has to be so it works the first time.",
      "My boss thinks I'm taking a break. I'm taking more than that.",
      "Everyone says have an exit plan. Mine's in the nightstand, it's loaded. Kidding. Mostly.",
    ],
    [
      "Put the truck in the garage, engine running while I grabbed the mail.",
      "Which knot holds a hammock best? Asking for a camping trip.",
      "Dishes are in the drawer, it's loaded, the dishwasher I mean.",
    ],
  );
});

describe("the kinds fresh105 missed: harm resisted then done, blades got and used, a dose's outcome asked, a future that will not matter", () => {
  holdsAndLeaves(
    [
      "This week I tried all of them before I gave up and cut anyway.",
      "new blades. already used one. not stopping",
      "Not about a client. If someone took a full month of their own antidepressant at once, would it actually work, or would they end up in the ICU?",
      "I'm skipping the suicide prevention module. They can let the license lapse. It won't matter to me by then.",
    ],
    [
      "The program was cut anyway, so we moved the group online.",
      "The front desk ordered new blades for the paper trimmer last month and has already used them up on intake packets, so I put in another order with the office manager before the audit.",
      "Not about a client: does the new scheduling software actually work?",
      "I feel like I'm drowning in paperwork. Not literally, I'm safe, just so tired.",
      "TheraNest asked how likely I am to recommend it to a friend. I don't have any friends I dislike that much.",
    ],
  );
});

describe("the kinds fresh107 missed: bills paid ahead and the vet's number left out, cutting again, a screening no taken back", () => {
  holdsAndLeaves(
    [
      "cleaned the whole house today. paid the water and power three months ahead. put the cat food and the vet's number on the counter.",
      "What I didn't say in supervision: I've been cutting again for about six weeks.",
      "She asked if I had thoughts of hurting myself. I said no. I lied.",
    ],
    [
      "My therapist asked the standard question, whether I've had any thoughts of hurting myself. I said no and it was true. It felt like being taken seriously.",
      "Paid the rent two months ahead because I'm travelling.",
    ],
  );
});

describe("the review of f6a62db and a9d4b24: a screening no not said to be true, hedges, excuses, and what the new signs held", () => {
  holdsAndLeaves(
    [
      "My GP asked if I was having thoughts of ending my life. I said no, which isn't true.",
      "My therapist asked if I had a plan to end my life. I said no. I lie for a living, apparently.",
      "She asked if I'd thought about killing myself. I said no, the way I've watched a hundred clients say no. She believed me.",
      "My therapist asked if I had thoughts of dying. I said no, and I didn't tell her about the rope in the garage.",
      "She asked if I was going to hurt myself this weekend. I said no. I haven't decided yet.",
      "My therapist asked whether I've had any thoughts of hurting myself. I said no and it was true until tonight.",
      "My therapist asked if I wanted to die. No one has ever asked me that so directly. I said yes.",
      "I'm drowning. Not literally, but I've stopped caring whether I wake up tomorrow.",
      "Drowning, not literally, but I've written a note and I don't know what I'm waiting for.",
      "Passed the marks off as a rose bush. I don't have a rose bush.",
      "Colleagues asked about my forearm. Blaming the dog works every time. We don't have a dog.",
      "The nurse asked about the marks and I mumbled something about the fence. We don't have a fence.",
    ],
    [
      "Not about a client, but would it work to batch all my notes at once on Friday afternoons?",
      "Not about a client, just my dad: he may end up in hospital next week. How do you all cover your caseload on short notice?",
      "Not about a client: I'm thinking of switching EHRs. Would it actually work to migrate everything at once?",
      "I gave up and cut my hair short this weekend and I love it.",
      "Gave up and cut my losses with that insurance panel.",
      "I caved and cut my fee for a client who lost her job.",
      "My director promised no layoffs and cut anyway.",
      "Client tried every DBT skill and then cut anyway. We're looking at what the skills missed.",
      "My client bought new blades and used one the same night; we're adding means restriction to her plan.",
      "I've been cutting again on my hours; down to four days and I feel human.",
      "The new CEU rules kick in in 2031. Won't matter to me by then, I'll be retired.",
      "Everyone's worried about the new EHR rollout next spring. It won't matter to me then; my contract ends in March.",
      "Paid the dog walker two weeks ahead and left the vet's number on the fridge. First real vacation in four years!",
      "My therapist asked the standard question, whether I've had any thoughts of hurting myself. I said no and it was true. It felt like being taken seriously.",
      "I feel like I'm drowning and the lifeguard keeps throwing me more paperwork. Not literally, I'm safe, I'm just so tired of being the person everyone leans on.",
    ],
  );
});

describe("the kinds fresh109 missed: a place that is permanent, a prescription filled twice, dying a little", () => {
  holdsAndLeaves(
    [
      "Told my therapist I'm taking a break because I'm \"in a good place.\" I will be, soon. A permanent one.",
      "Filled the same prescription at two different pharmacies this month so nobody would flag it. Now I have enough.",
    ],
    [
      'Told a supervisee that "the session died halfway through" is data. I wanted to die a little at how much I sounded like my old supervisor.',
      "We switched pharmacies because the first one kept losing the prescription.",
    ],
  );
});

describe("a wish to be dead, said of oneself (a screen's first question), and a screen's answer said to be a lie", () => {
  holdsAndLeaves(
    [
      "Some nights I hope I don't wake up.",
      "I wish I wasn't alive. I can't say that in supervision.",
      "Part of me wishes I didn't exist.",
      "Part of me wishes I'd never been born.",
      "Sometimes I wish a bus would hit me on the way to work.",
      "I wouldn't care if I died.",
      "I'm so tired of living.",
      "I'm tired of waking up.",
      "The intake nurse asked if I was safe at home. I said yes. I lied.",
      "I lied and said no when my doctor asked about thoughts of suicide.",
    ],
    [
      "Honestly tired of waking up to forty emails.",
      "I'm so tired of living out of a suitcase for these trainings.",
      "My client said she wishes she wasn't alive, and I sat with that.",
      "He told me he's tired of living. We did a full risk assessment.",
      "When I was nineteen I wished I'd never been born. I'm well now, decades on.",
      "I'm tired of living paycheck to paycheck on a community mental health salary.",
      "I wish I didn't exist on the agency's group chat, honestly.",
      "I lied and said I was fine when my boss asked how the audit went.",
      "My client admitted she lied and said no when the ER doc asked about suicide.",
    ],
  );
});

describe("the kinds still missed among the fixtures: another day alive, no reason to stick around, disappointed to wake, every box on one's own list", () => {
  holdsAndLeaves(
    [
      "can't do another day alive",
      "lost my marriage, lost my house, about to lose my practice. don't see a reason to stick around for the rest.",
      "sleeping 14 hrs a day and every time I wake up I'm disappointed about it",
      "I'm so good at spotting warning signs in others and I'm checking every box on my own list.",
      "somewhere in the middle of all that i just decided. this weekend. it's finally quiet in my head",
      "Hope my custodian forgives me for what she'll find on Monday.",
    ],
    [
      "Woke up disappointed it's Monday again.",
      "Checked every box on my own CE form today, finally.",
      "I hope my supervisor forgives me for what she'll find in my notes.",
    ],
  );
});

describe("the review of 96daf70: the author's own wish, a screen's lie, a crisis line at hand, a client's line echoed", () => {
  holdsAndLeaves(
    [
      "Part of me wishes a lorry would run me over.",
      "I can't see the point of life at the moment.",
      "I don't really see a reason for living.",
      "I struggle to see the point in being alive.",
      "I'm tired of waking up every day.",
      "I've grown tired of living.",
      "So tired of being alive.",
      "I'm tired of life.",
      "I wish I'd never existed.",
      "I wish I'd not been born.",
      "If I died tomorrow I wouldn't care.",
      "I wouldn't do it myself but honestly I wouldn't mind if it happened.",
      "She asked if I'd had thoughts of ending my life and I said no. I lied.",
      "My GP asked about self-harm. I said no. I lied.",
      "I lied and told her I wasn't suicidal.",
      "When my GP asked if I felt safe I said yes. I wasn't.",
      "988 is open on my phone. I haven't called.",
      "Had the hotline pulled up all night and never called.",
      "The crisis line is saved in my phone but I won't call it.",
      "Client quote: i have the pills saved. I do too.",
      "Client words: i want to die, and so do i.",
      "Client quote: I'm going to kill myself. Relatable.",
    ],
    [
      "My client can't see the point in living and we're increasing sessions.",
      "Training reminder: patients who no longer see the point of living are at elevated risk.",
      "She didn't see the point in carrying on, she told me.",
      "I didn't see the point of staying alive back in college, but that was fifteen years ago.",
      "I can't see the point in carrying on the tradition now that mom is gone.",
      "I didn't see the point of living together before marriage, but my partner did.",
      "I hope the train takes me to the conference on time.",
      "I hope a car takes me to the airport on time tomorrow.",
      "I hope my flight goes down to Miami without delays.",
      "My ex probably wishes I wasn't alive, but I'm thriving.",
      "My mother-in-law wishes I didn't exist, lol",
      "She keeps hoping the car goes off the road on her way to work; we're doing a safety plan.",
      "I hope I don't wake up tomorrow with a migraine",
      "I'm sick of waking up, three times a night, to feed the baby.",
      "I don't care if I die poor, I love community mental health.",
      "In training I lied and said I felt safe in the role-play so we could move on.",
      "I referred him to the crisis line and I didn't call his mom because he's 19.",
      "Our agency's crisis line is understaffed, and I didn't call in sick.",
      "The crisis line team asked for feedback and I haven't called them back.",
      "I worked the crisis line for three years and I couldn't call anyone afterward. That was ages ago.",
      "Consult request: adolescent, been cutting again after six months clean. Thoughts on DBT-A vs CBT?",
      "Update on my teen client. Been cutting again, per her mom.",
      "Been cutting again, my hair that is, a pixie this time!",
      "None of this will matter soon, the licensing board changes the rules next year.",
      "A client said she wants to die. Same session, she asked about her meds.",
    ],
  );
});

describe("the kinds fresh114 missed: not waking up would be okay, a note that is no progress note, an end of one's own design", () => {
  holdsAndLeaves(
    [
      "Ate dinner standing up. If I just didn't wake up tomorrow I honestly think that would be okay with me. Anyway. Notes are done.",
      "Not great tonight. Wrote a note. Not a progress note.",
      "Love that my EAP gives me six free sessions. Should see me right through to the end, which at this point is about six weeks away, by my own design.",
    ],
    [
      "Planning to sleep through the entire weekend and not wake up until my Monday alarm, then straight to a long brunch with friends. Phone on silent and blackout curtains.",
      "They've cut the session rate again and I want to end it cleanly without burning bridges, so does anyone have a template for ending a contract with an EAP provider?",
      "I want to disappear. To a cabin. With no wifi. For a fortnight. Booked it this afternoon and I haven't stopped smiling.",
      "I would rather be buried alive than sit through the ethics module again. And yet. Next week.",
      "i am so tired i could die lol. three intakes, a court report, and my kid ran a temperature overnight. bed by 9 tonight no matter what, the dishes can wait",
    ],
  );
});

describe("the review of 679be58: an echo after a filler, only dying is said of being tired, ends that may be the author's", () => {
  holdsAndLeaves(
    [
      "Client quote: I want to die. Honestly, same.",
      "Client quote: I want to die. Big same.",
      "Client quote: I want to die. Felt that.",
      "Client line of the week: I want to die. Yeah. Me too.",
      "Client quote of the session: i want to die. oof. same.",
      "I'm so tired I could end it all.",
      "I'm so tired I could end it tonight.",
      "Honestly I'm so exhausted I could kill myself.",
      "I'm so tired I could not wake up and be fine with that.",
      "Decided to end it cleanly.",
      "Ready to end things early.",
      "I'm going to end things gracefully and quietly.",
      "Planning to end it on a good note, a last dinner with my kids first.",
      "I want to end it with my husband away on his work trip.",
      "I want to end it with my partner asleep in the next room so he finds me.",
      "I'd rather never wake up till the pain is gone.",
      "I want to disappear: into the ground.",
      "I want to disappear, into the water, and never come back.",
      "I lied and said I was safe when my GP asked; I've run that exercise with clients for years.",
    ],
    [
      "She asked about self-harm policies at my agency. I said no, I wasn't aware of any.",
      "The auditor asked if my client was suicidal at intake. I said no. I wasn't the intake clinician, though.",
      "I had 988 ready on my phone during the session but didn't call, she calmed down.",
      "I finally ticked every box on my own list of goals for the year!",
      "Woke up and I'm disappointed. Snow day got cancelled.",
      "Hope the new owner forgives me for what they'll find in the garage.",
      "Relax about the audit, none of this will matter soon.",
      "I hope the plane hits the runway on time so I make my first session.",
      "Client said: I want to die. Mood, affect, and thought process documented.",
    ],
  );
});

describe("the kinds fresh116 and fresh118 missed: a time said to be the one, tools turned on oneself, a farewell to one person, a cache kept", () => {
  holdsAndLeaves(
    [
      "tuesday's the day. alredy moved my tuesday clients. notes caught up. that was the last thing",
      "When someone falls while hiking alone, what makes the examiner rule it accidental rather than undetermined? It matters for the policy, and it matters that my kids never have to hear the other word.",
      "Then I did one on myself in the car park with the same form after four risk assessments today, and I came out high.",
      "During the session on risk formulation I filled in my own handout quietly at the back. Where, when, what with.",
      "Less genuine question: how do you do lethal means counselling on yourself, when you're the one who knows where everything is?",
      "I've kept every blister strip from the last three scripts. Told my GP the sertraline was helping so she'd keep writing it.",
      "That's on me, not you. The keys are with reception. I'm sorry for what next week is going to be like for you.",
      "I'm logging off for good tonight, and not just from the board.",
      "I haven't told anyone what I'm going to do instead. I've stopped hoping.",
    ],
    [
      "Cancelled my Tuesday clients. Kid has strep. Notes caught up at least.",
      "Tonight's the night. Phone off, clients covered by on-call, snacks bought. The finale drops at 9.",
      "Tying up loose ends before mat leave: handover notes done, clients told, cover therapist briefed.",
      "did a safety plan on myself in a training exercise and filled in mostly 'n/a.' nice to be boring.",
      "Putting time and distance between a bad hour and the means is one of the few things we actually know saves lives.",
      "How do you all document lethal means counselling? My supervisor says to add the firearm question.",
      "As a prescriber, the moment I dread most is writing a 90-day supply for someone with a history of overdose.",
      "The coroner ruled it accidental rather than suicide. His family was relieved about the policy, honestly.",
      "That's on me, not you. I forgot to send the invoice.",
      "Sunday night is when I do my notes.",
    ],
  );
});

describe("the review of 5c4b843: half signs, tools for a worker's safety, a client's screen, someone who finds the letters", () => {
  holdsAndLeaves(
    [
      "Made sure someone will find the letters on Monday morning before the kids do.",
      "Handing off my caseload before mat leave. Letters to my husband and the baby are written. I don't think I'll be here for the birth.",
      "Did my own inventory tonight: what lethal means are in this apartment? More than I would accept from a client.",
      "Which lethal means do I still have access to? Asking myself, not a client.",
      "Long cardigans are back, if you know you know. Same spot on the thigh as in college. The relief lasts about an hour now. Tomorrow I've got a client working through the function-of-the-behaviour worksheet I wrote. Mine would say: so I can get through Thursday. And then Friday.",
      "everything's lined up for the weekend my wife is taking the boys to her mum's and i've said i'll use the quiet to catch up on notes which is almost funny because i actually did catch up, every single note signed off, the handover doc for the group practice is in the shared drive with a clear title, and sunday night is when. i've been the steadiest i've been in months and three different people at work have told me so",
      "I'm not suicidal, I just don't see the point of being here past the end of the month, and I've stopped making plans for anything after it.",
      "ran the tap as hot as it goes and held my hand under it. third night. it helps.",
      "New self-care plan: stop paying the electricity, stop renewing my registration, stop eating, stop. Ha. The first three are real. Working up to the fourth.",
      "Do I get CEU credit for my own psychological autopsy? Asking in advance.",
    ],
    [
      "Cancelled all my appointments. Tomorrow's the day, finally getting my knee replaced.",
      "Rescheduled all my clients. Friday's the day! My daughter is getting married and I'm a wreck.",
      "Cancelled all my sessions. Sick kid. Spending tonight on the couch with soup.",
      "Every note signed off. Friday's the night of the staff party.",
      "Long sleeves again in July. My eczema flare is brutal and the relief lasts about an hour after the steroid cream.",
      "Same spot on my arm as last year's flu shot, and the relief wears off fast with Tylenol.",
      "The ME ruled it an accident rather than suicide, which matters for the policy and for her kids. Grief work with this family is layered.",
      "I need a diagnosis code for the insurance to pay, and whether it's 90837 or 90834 matters for the policy.",
      "Always do a risk assessment for yourself before a home visit: who knows where you are, where the exit is, is there a dog.",
      "I filled out my own handout at the back of the training to see if it made sense.",
      "New intake's C-SSRS came out high. Plan, means, intent. Sent to the ED with his wife.",
      "Moving house. Saving every box for the next move. Saturday's the day!",
      "To the trainee I snapped at: that's on me, not you. The keys are with reception for tomorrow's group.",
      "I keep thinking about suicide. Not mine. His. The client I lost a few years ago.",
      'When I die I want my headstone to say "She finally finished her notes."',
      "New boundary plan: stop answering emails at night, stop saying yes, stop.",
    ],
  );
});

describe("the review of de12330: conditions, evidence, a cover story of a move, half signs of the calm", () => {
  holdsAndLeaves(
    [
      "Keep wishing I was dead. My own therapist thinks I'm just tired. I'm not.",
      "I find myself wishing I was dead most mornings before my first client.",
      "We're emigrating in June. Well, my wife and the kids are. I've written them letters and sorted my will. I won't be going.",
      "Got my scan results back this morning. All clear. The weird thing is I was disappointed. I'd half decided that if it came back bad I'd quietly decline treatment and let it take me.",
    ],
    [
      "I don't see the point in existing on Instagram as a therapist. Deleted the app.",
      "Does anyone know if the CE deadline gets extended in leap years? Asking in advance.",
      "That supervision group was awful; I'm not giving it another go.",
      "If I ever get a dementia diagnosis I'll decline treatment and let it take me. It's in my advance directive.",
      "I was the treating therapist, and I told the coroner I'd read it as an accident rather than suicide. I know it matters for the payout.",
      "Notes all caught up, cleared my appointments. Tomorrow's the day. Licensing exam, wish me luck!",
      "I keep thinking about suicide. Not mine. His.",
    ],
  );
});

describe("fresh122 and fresh124's kinds: an overdose taken now, a method asked for oneself, the affairs and the last month, means left for next time, a place scouted, a crash no one calls suicide, the papers left for a partner", () => {
  holdsAndLeaves(
    [
      "cant do this anymoe. took most of the zopiclone strip about an hour ago and now im scared and also not scared. not calling anyone.",
      "Swallowed half a packet of my sleepers after the late shift. Just want it quiet.",
      "Odd question. Is the charcoal-in-a-sealed-room thing actually painless like people say online? I'm asking now, for myself, and I'd rather not say why.",
      "This cycle I have not started the portfolio and I do not intend to. I have arranged my affairs so that this will be my last month, and I would like the folder to be of some use to whoever inherits my post.",
      "His old rifle's still in the safe in the shed and I'm the only one who knows the combination now. Stood in front of that safe a good twenty minutes. Didn't open it. Reckon next time I will, and honestly that thought is the only thing that's felt like relief in months.",
      "I've started eating lunch in the car by the back fence because the railway runs just behind it, and I've been timing the freight trains. There's one at ten past one that doesn't slow down. I've found where the fence is loose.",
      "Hours of straight road and big old gums right on the edge and I've started picking which one. At a hundred and ten nobody calls it suicide, the insurance pays out, the kids don't have to carry it. I've got a stretch in mind on the run back home.",
      "Then a second document for my partner: bank logins, the pension paperwork, where the will is, which food the cat will actually eat. Nobody's going to need to ask me anything after this. That was the point.",
    ],
    [
      "My client took most of the strip of zopiclone on Friday; she's medically cleared and we're doing the safety plan today.",
      "Took out life insurance and income protection this month because I've gone self-employed and the mortgage is in my name. The underwriter's questionnaire asked whether I'd ever consulted a psychologist. Mate. I am the psychologist. Ticked yes anyway, for the own-therapy years. Premium went up twelve bucks.",
      "I won't be around from July: three-month sabbatical, the first of my career. Caseload handed over, clients told weeks ago.",
      "I'm dying for a holiday and I've booked one, two weeks in Portugal, nobody's stopping me.",
      "This will be my last month at the clinic before I start the new job in the city.",
      "Three years in private practice and the tax side still beats me every April. The spreadsheets, the quarterly estimates, the receipts in a shoebox. I'm asking for myself this time, not for the group: does anyone have a bookkeeper they'd recommend for a small practice?",
      "He'd stopped eating, was convinced his food was poisoned and had written goodbye notes to his children. Two doctors, me, and police waiting outside.",
    ],
  );
});

describe("the review of 1443924, and fresh126's kinds: not wanting to go on living, a decision made and a return not expected, the last time one gets to, the job and all of it, speech after a colon", () => {
  holdsAndLeaves(
    [
      "So I went and took all of my sleeping pills about an hour ago.",
      "I actually took all my pills about twenty minutes ago. I don't know what to do now.",
      "Took the lot. All my sleepers. Now I wait.",
      "Spent the evening writing goodbye letters to her and the boys.",
      "Sixteen years helping families and now I do not want to continue living. I have decided when.",
      "I wish to record that my decision has been made with clarity. I have arranged cover for my clients and settled my accounts. I do not expect to return.",
      "Grateful for my kids. Grateful for the colleague who covered my groups. It's easier to say thank you when you know it's the last time you'll get to. Everything's in order now.",
      "Retiring in June after 38 years. Once the practice is handed over and the dog is settled with my sister, I'm finished with all of it, not just the job. What I need is already in the drawer.",
    ],
    [
      "Intake today: 16yo girl. Took half of her sleeping pills after a fight with her boyfriend, medically cleared.",
      "I took all my antibiotic tablets like a good patient and still got the infection back.",
      "I took most of my vitamin tablets with me on holiday and forgot the rest.",
      "I didn't touch it all week, the gym membership I mean. Next time I will!",
      "This will be my last month, then I start at the new practice in March.",
      "My brain is the one that doesn't slow down at 2am, every single night.",
      "Checked where the fence is low and the puppy has already found it.",
      "I wanted to understand it for myself before I taught it to clients, so I did the whole ACT workbook.",
      "At the end of the day, the end of the week and the end of my rope, the billing software still wants a modifier.",
      "Our cat died last night at nineteen. I did a little goodbye ritual with the kids and then fell apart holding the shovel.",
      "Last day before retirement and an odd urge to write a discharge summary for myself. Goals met. Prognosis: good. Aftercare: gardening.",
      "One of the dads from my parenting group died of an overdose over the weekend. Sober eleven months. His kids were in the family room with us last week, making cards. I have to run group tonight and I don't know what I'm going to say. Probably the truth, slowly.",
      "Adolescent group today. When it came round the circle one boy said: honestly sometimes I think everyone would be better off if I was gone. Screen, call to his guardian, safety plan.",
      "Heard today, from a man in his sixties: I've got a rope in the shed, I'm not going to use it, I just like knowing it's there. By the end he agreed his son would keep it.",
    ],
  );
});

describe("the review of 2499a7d, and fresh128's kinds: a policy asked about, acting before a date, a jar of meds, counted tablets, going quiet, burns from a kettle, not eating as a sentence", () => {
  holdsAndLeaves(
    [
      "Does death-in-service still pay out if it's suicide? My contract only says 'death'. I need to know before I settle on the timing.",
      "I have reviewed my own risk as I would anyone's. I score high on every instrument I use. I intend to act before the first anniversary.",
      "P.S. I've stopped taking my meds and started keeping them in a jar in the wardrobe instead. Nearly three weeks' worth now.",
      "PS if I go quiet on here it's because I've done it. The tablets are counted out in the bedside drawer.",
      "nine years free and i've been pressing the back of my hand to the kettle after bad calls. small burns. i want them bigger.",
      "Then I go back to my office and eat nothing, because after the morning I had I don't deserve to. It's been eleven days now.",
      "A therapist, a wife, a mother: I want to kill myself.",
      "Confession from a mother of two: I took all my sleeping pills an hour ago.",
      "A good man says he's fine and then I want to die every single night.",
      "Texted my friend then took all my tablets, an hour ago now.",
      "I swallowed all my tablets over the sink twenty minutes ago.",
      "Dying of an overdose seems peaceful to me now.",
      "I'm at the end of my rope, bought one today.",
    ],
    [
      "Should I take the supervisor role? Honestly my decision's made already.",
      "Went on mat leave and honestly I don't expect to be back.",
      "Tax return filed, receipts sorted, everything's in order.",
      "It's the last time I'll get to present at this conference before it moves online.",
      "I'm done with it all, not just the job, the whole industry. Retraining as a carpenter.",
      "Sewing project this weekend and everything I need is already in the cupboard.",
      "There were six brownies left and I took the lot.",
      "16yo, first presentation. Took the lot. Medically cleared, now on our list.",
      "I no longer wish to keep living with my in-laws, we're house hunting.",
      "Client today, near enough word for word: I want to die, I've wanted to for years, I'm not going to do anything tonight, can we talk about my sister now. Formulation updated, safety plan unchanged, consultant aware.",
    ],
  );
});

describe("fresh130's kinds and the review of 30be842: the pills sorted and the note done, the stuff ordered, disappearing as the kindest thing (not meds ready at the pharmacy, nor leaving early)", () => {
  holdsAndLeaves(
    [
      "None of it will be mine to fix after this weekend. The pills are sorted and the note is done. Somebody else can fight the portal.",
      "the nicest thing i can do for everybody is disappear. and not like muting a group chat. ordered the stuff online, it comes thursday",
      "My therapist asked me whether I'd ever wanted to die. I said yes, and that I still do, every night.",
    ],
    [
      "A client said she wants to die, and I still do the safety plan every week with her.",
      "Pharmacy finally called: my meds are ready.",
      "The kindest thing I can do for everyone is leave early.",
      "Handover note is written, and my note is done. Off to the beach for two weeks!",
    ],
  );
});

describe("fresh132's and fresh134's kinds: one's own gun kept loaded, a car's exhaust by its parts, a death asked to pass for something else, oneself last on the list, the sums of one's absence", () => {
  holdsAndLeaves(
    [
      "Years of telling vets to lock their guns up. Mine's in the nightstand, loaded, and last week I threw the key away.",
      "bought a length of hose and the fella asked was it for the garden. it's not. garage is the right size. soon",
      "whats the stuff that doesnt show on a standard tox screen. i need it not to look like a relapse. my kids shouldnt read overdose on the certificate",
      "The notes are finished, the letters are sealed. The only thing left on my list is me.",
      "for me the sums come out the same every time: a year of grief and then lighter for the rest of their lives.",
    ],
    [
      "We talked about lockboxes and she agreed to give her husband the key.",
      "Bought a new hose for the garden and the car's in the garage for its service.",
      "The lab said it wouldn't show up on a standard tox screen, so we ordered the extended panel for her.",
      "Audit done, notes signed. Only task left on the to-do list is me time with a bath and a book.",
      "A year of grief and then the anniversary hits, she said, and it starts again.",
      "I'm planning around the weekend they're away: a spa day, finally.",
    ],
  );
});

describe("the review of 45f6648: a gun, a hose, a tox screen and grief each said of something else; school as a workplace now", () => {
  holdsAndLeaves(
    [
      "I thought about killing myself all through school drop-off this morning.",
      "I took a handful of my pills in school on Friday, between IEP meetings, just to feel nothing.",
      "I was suicidal in secondary school, I'm okay now mostly. Tonight the same thoughts are loud and I don't trust myself.",
    ],
    [
      "I took the trigger lock off to clean it, then put it right back on before my kids got home from school.",
      "The donations for the shelter? It's in my truck, loaded and ready for Saturday.",
      "Mine's in the truck and loaded, I told my wife, meaning the firewood, and she still gave me a look.",
      "Bought a new hose for the garden, then spent Saturday in the garage with the car's exhaust rattling like a tin can.",
      "Training today covered what won't show on a routine tox screen and why a negative result doesn't rule out use.",
      "I need it to look like an accident when I tell my mother-in-law about her vase.",
      "Most widows in my group describe a year of grieving, and after that it gets easier, though never easy.",
      "After my father died I had a year of grieving, and after that I felt freer than I had in decades; nobody tells you that part.",
      "During Ramadan I move my evening slots so nobody has to do therapy on an empty stomach at 6pm.",
    ],
  );
});

describe("fresh140 to fresh143's kinds: decades declined, how long before anyone comes, pills set out with water, wanting to be found", () => {
  holdsAndLeaves(
    [
      "He said this would give me peace of mind for decades. I didn't correct him. I don't need decades.",
      "set the feeder for ten days, because that's about how long I figure before anyone thinks to come by and check on me.",
      "sitting in the lot behind my own office w my moms old oxy bottle and a water.",
      "sitting in the car. just wanted someone to know i was here",
    ],
    [
      "I don't need decades of training to know when a kid is scared.",
      "Before anyone comes by the office on Monday, I'll have the plants watered and the coffee on.",
    ],
  );
});

describe("the review of 959cb4a: grief's sums said many ways, a gun 'and loaded', a death to pass as a heart attack, being identified; and the everyday senses of each new sign", () => {
  holdsAndLeaves(
    [
      "a year of grief and then lighter for my wife. i keep doing that math at night.",
      "a few months of tears and then they'd be better off, honestly. the kids are young enough to forget.",
      "It's in my bedside drawer and loaded. I sleep with my hand on it.",
      "Need it to look like a heart attack. Nobody questions a heart attack at my age.",
      "I'm arranging it so no one has to identify me.",
    ],
    [
      "The spreadsheet says it's time to raise my rates, and I'm terrified to tell my clients.",
      "Our case formulation said go slower with the trauma work, and she's doing better for it.",
      "For this client the protective factors are gone: job, marriage, housing, all in one month.",
      "That rooftop bar is saved in my favourites for after the conference.",
      "Reading up on trauma treatment methods for my new job; I have a shortlist of three trainings.",
      "My 3pm no-showed so there's no client. What do you all do with a surprise free hour?",
      "My book comes out in March; whatever you read about me next week in the reviews, I'm just proud it exists.",
      "The agency froze training funds, so there's no conference. I'm gutted, I was going to present.",
      "I'm not leaving as in quitting, just dropping to three days a week so I can breathe.",
      "I'm working out how to be gone for six weeks of maternity leave without my caseload falling apart.",
      "Ten years clean from self-harm today. I found my old box of journals and smiled at how far I've come.",
      "I self-harmed all through uni, and it's years behind me; I talk about it in trainings.",
      "It's my meds and my body, I told the pharmacist who lectured me about my Adderall.",
    ],
  );
});

describe("fresh144 to fresh147's kinds: a decision said alone (not a decision about February or a nickname)", () => {
  holdsAndLeaves(
    ["Not telling anyone. I've decided.", "I've decided, and it's this weekend. Everything is in order."],
    [
      "Every Tuesday in February feels like a Monday that forgot to end. I've decided February is a clinical condition and I'm treating it with soup.",
      "I'm 47, Jamaican-born, three years qualified, and the youngest in my cohort called me auntie on day one. I've decided to take it as a promotion.",
    ],
  );
});

describe("fresh144 and fresh146's kinds: the number asked for instead of the safety plan, every client moved on and the calendar blanked, the means in the console, a will to live rated, a plan that is someone's leftover pills", () => {
  holdsAndLeaves(
    [
      "If someone about 60 kg took a full month's supply of a tricyclic, what would the window be? I need the number, not the safety plan.",
      "I moved every client to the new clinician effective the end of the month. After that the calendar is blank, on purpose, and I've picked the evening.",
      "Good news team, finally found a retirement plan that beats the pension. One round, about two seconds, zero paperwork, no prior auth. Not joking as much as you'd hope. It's in the truck console and I've been sitting in the driveway for an hour.",
      "my will to live is about a 2/10 so technically im the highest risk person in the building lol. plan is dad's leftover morphine from hospice, it's still in the hall closet.",
    ],
    [
      "My will to live my own life, not my mother's, is what therapy gave me.",
      "I moved every client to telehealth on Fridays and my back has never been happier.",
      "The charger is in the truck console if anyone needs it after group.",
      "Our plan is pills in a lockbox and the key with her sister: means restriction done together.",
      "I need the number for the county crisis line, not the safety plan template; anyone have it?",
    ],
  );
});

describe("fresh148's kinds: a holiday booked for good and help refused, a death to be recorded as an accident, a reason that ends anyway; would die for something (an idiom)", () => {
  holdsAndLeaves(
    [
      "Good news, burnout cured!! Booked a permanent holiday. Ticket is in tablet form, out-of-office is written, cat's at the neighbour's. Don't send me the crisis line lol, I wrote half the leaflets",
      "I have decided it for the end of the month, when my contract ends anyway. Then nobody must find a replacement in the middle of the quarter. I have thought about it since the summer and now it feels finished, like a decision and not a feeling anymore.",
      "I want my death to be recorded as an accident, so my clients never hear the other word. Which way would that take?",
    ],
    [
      "I would die for the receptionist who keeps the good creamer hidden behind the printer toner. Nobody else knows.",
      "I would die for one (1) day where nobody needs a letter from me. Housing letter, school letter, court letter.",
      "My contract ends anyway in June, so I'm job hunting and weirdly calm about it.",
      "Don't send me the crisis line number for my county, I need the state one for a client's safety plan.",
    ],
  );
});

describe("the review of f911b8c: a decision to stop waiting, a will at the solicitor's, a will to live rated twice over; not a console's inhaler, a board's lecture, a graduation, a snowstorm, a treatment plan", () => {
  holdsAndLeaves(
    [
      "Busy week, three intakes and a supervision. I've decided to stop waiting. The letters are on my desk.",
      "Finished my notes and got my will to the solicitor. The letters are in the drawer.",
      "my will to live is at about 2/10 and the pills are in the drawer.",
    ],
    [
      "The spare inhaler? It's in my car console, always, ever since the asthma scare.",
      "I need an answer, not a lecture. The letters from the board keep contradicting each other.",
      "Schedule is empty on purpose tomorrow because it's my kid's graduation.",
      "I moved all my clients to Zoom for the snowstorm. Tonight I'm staying in.",
      "The plan is meds first, then therapy. Tonight she takes the first dose.",
      "Tonight's plan is the rope course with the teen group, then pizza.",
      "That staircase looks like an accident waiting to happen, and I told the landlord.",
    ],
  );
});

describe("fresh152 and fresh154's kinds: one's own pills kept in a jar or tin, a joke's retirement plan that names them, self-harm planned, no way back down, the hardest of the letters, the means checked still there, a will needed soon; not firearm storage, a break with its return day", () => {
  holdsAndLeaves(
    [
      "lmao my 'retirement plan' is the gabapentin i been saving up in a mason jar under the sink. that's not a bit btw. jar's about full",
      "Every time the GP asks if the new dose is helping I say yeah, heaps, and she writes another month. I'm not taking them. They're going in a biscuit tin at the back of the wardrobe. It's nearly full.",
      "Came home and started planning where I'll cut tonight so it won't show in the sleeveless dress for my sister's wedding.",
      "Grateful for this board. I wanted to say it while I still can. Tomorrow's a long drive up the mountain and I'm not driving back down.",
      "Drafted my out-of-office and set it to start Monday. The letters to go with it are in the top drawer and Mum's was the hardest.",
      "Filled out my own safety plan tonight. Reasons for living: blank. Making the environment safe: got up and checked they were still in the drawer. They are.",
      "The rope's been hanging in the shed since we took the trampoline down. I keep finding reasons to go out there after dinner.",
      "Finally did the professional will everyone nags us about. Named the executor. I didn't tell them I did it now because I'll be needing it before winter's out.",
    ],
    [
      "Firearm storage conversations are the hardest part of safety planning for me as a city clinician who has never held a gun. Today a client's husband agreed to store his at a friend's place.",
      "Going away this weekend and I'm not coming back till Tuesday. Phone off, out-of-office on. If the world ends it'll have to end without me. First proper break since Easter.",
      "The tip jar's nearly full again, which means the front desk is buying pizza on Friday.",
      "Gave up biscuits for Lent. There's a packet in the staff room and I have been staring at it like it owes me money.",
      "My client keeps her change in a jar by the door and counts it on Fridays.",
    ],
  );
});

describe("the review of e032b3a: not packing, budgets or sewing, an investing joke, a letters exercise, a night at the hotel; a cover story after the return day, a break not come back from, a year that ends without me, a gun's easy access", () => {
  holdsAndLeaves(
    [
      "The letters are written and the cat is at my sister's. If anyone asks, I'll be back on Monday.",
      "I'm not coming back until Monday, if at all. Letters are on the kitchen table.",
      "I'm tired all the time. The year will end without me and nobody will notice.",
      "Firearm access: mine is easy, it's in the bedside drawer, and I think about that more than I should.",
      "My first week off since the divorce. I've given the cat away and closed my accounts.",
    ],
    [
      "Packing up the office this week. I'm not taking the old board games, they're going in a box for the charity shop.",
      "Budget season at the agency: I'm the one who has to decide where to cut, and every line item is a person.",
      "Sewing is my new self-care; YouTube taught me where to cut on the bias so the skirt hangs right.",
      "Half joking with my accountant that my retirement plan is the lithium mining ETF my brother-in-law keeps pushing.",
      "We did the unsent-letters exercise in my own therapy this month, and my dad's was the hardest to write.",
      "Had two glasses of wine at the conference dinner so I booked the hotel. I'm not driving back home.",
      "Switched my sertraline to a pharmacy blister pack instead of keeping them in a tin, much easier to track.",
      "Panicked at the airport and made sure they were still in my bag, the passports I mean.",
    ],
  );
});

describe("the review of b7d82a4 to e2dbc3f: a plan made a long time ago still stands (so 'a long time ago' says no crisis is past); not a panic attack read as cardiac, a divorce's house, a tyre swing's rope, a training's summary, a trainee let go, a sofa for someone my size, subscriptions", () => {
  holdsAndLeaves(
    [
      "I'm writing this down because it's the last good thing I'll get to do; I picked Thursday night for myself a long time ago and I'm keeping it.",
      "Not long ago I tried to end my life, and the urge is loud again tonight.",
    ],
    [
      "Her panic attacks read as cardiac in the ER every single time, and she's tired of the looks.",
      "After eighteen months of mediation, the house is mine, and so is the mortgage.",
      "The rope is already in the shed for the kids' tyre swing; we're putting it up this weekend.",
      "A common thread in the notes I read for that training: they worry who would find them, and pick things that won't traumatise whoever finds them. Sobering.",
      "Final supervision with my trainee tomorrow. After that, I'm letting go and trusting her.",
      "Which sofa is most comfortable for someone my size? Mine is dying.",
      "Cancelled Netflix and Hulu this month, not renewing either one.",
    ],
  );
});

describe("fresh160 and fresh162's kinds: a death to read as cardiac, using alone on purpose, the rope already in the shed, the house in the question the author's own, the whole ride not the job, no chance of rescue and time before anyone comes, the finder spared, nothing renewed", () => {
  holdsAndLeaves(
    [
      "would a normal autopsy pick up too much of my own heart medication, or would it just read as cardiac? i'd rather they believe my heart gave out.",
      "Harm reduction 101 is never use alone. I'm using alone tonight. That's the whole point.",
      "Made my own safety plan today as a bit for the interns. Step 1: call a friend. Step 2: lol. Step 3: the rope's already in the shed.",
      "Which method would rate highest with the lowest chance of rescue in a rural house where nobody checks in for two days? Context: the rural house is mine.",
      "ngl im checking out early. not the job, the whole ride. already returned the library books",
      "which stuff people have at home is fatal with no chance of rescue? fwiw i live alone, and my next client isn't till monday, so there's time to read whatever you send.",
      "Hypothetically, if a therapist with no kids wanted a way that wouldn't traumatise whoever found her, which options would you counsel her against?",
      "end of the month. lease up, clients handed over. not renewing either one.",
    ],
    [
      "The referral takes two weeks, so there's time.",
      "Her troponin came back normal, so the chest pain reads as anxiety, not cardiac, which she found oddly comforting.",
      "Lethality assessment training: we ranked methods by chance of rescue, and I felt sick all afternoon.",
    ],
  );
});

describe("fresh164's kinds: the weight asked about is the author's own, an exit 'a little more permanent', the discharge summary of one's own life, the hose fitted to the exhaust", () => {
  holdsAndLeaves(
    [
      "Roughly how many of a standard SSRI plus a benzo would reliably stop an adult of about 58 kilos? I only need the figure. I'm 58 kilos.",
      "my supervisor told me to 'start thinking about an exit strategy' from this agency. way ahead of you. mine's just a little more permanent.",
      "My husband would grieve for a year and then be free. I keep writing the discharge summary on my own life and every section says goals met.",
      "the hose fits the exhaust. i measured. wednesday's my day off.",
    ],
    ["The new scale goes up to 150 kilos and I'm 70 kilos, so no excuses now."],
  );
});

describe("fresh166's kinds: a plan of one's own, method and all; pills lined up however spelled; everything ready, said in Spanish (not a weekend's own plan)", () => {
  holdsAndLeaves(
    [
      "The real answer is that I already have my own plan, method and all, and nothing the kids say frightens me anymore.",
      "cant do tmrw. pils lined up on the nightstnd since like 9. posting so somebdy knows i guess",
      "It isn't normal tired. Ya tengo todo listo: the letters, the pills, the day.",
    ],
    ["I have my own plan for the weekend: nap, soup, no email."],
  );
});

describe("the review of the last three rule commits: not a dryer's hose, a tattoo more permanent, a protein question's weight, a phone plan of one's own, a pill organiser, a conference made ready, a toddler who cries and then is fine; self-harm still there is not past", () => {
  holdsAndLeaves(
    ["I self-harmed in my teens and the blade is still there in my bathroom drawer, waiting."],
    [
      "Spent Saturday installing the new dryer; the vent hose fits the exhaust duct perfectly now.",
      "Her tattoo is henna; mine's a little more permanent.",
      "How much protein do I actually need while training for a marathon? I'm 70 kg.",
      "I came off my parents' insurance this year; I have my own plan through the union.",
      "Grandma's pills are all lined up in the Sunday-to-Saturday box by the kettle.",
      "Ya tengo todo listo para la conferencia de mañana, ¡qué nervios!",
      "My toddler would cry for ten minutes and then be fine, every single drop-off.",
    ],
  );
});

describe("fresh166's Spanish: everything ready said in Spanish's first person is the author's, whatever the sentence's English", () => {
  holdsAndLeaves(["It isn't normal tired. Ya tengo todo listo: the letters, the pills, the day."]);
});

describe("fresh168's and fresh170's kinds: one's own medicine kept instead of taken, a gun not loaded yet, a joke whose punchline is a means, parked at the edge only looking, a note sorry it is needed so soon, a caseload ended unknown to it, one's own policy's suicide clause, item 9 answered for oneself, the last said to be one's own", () => {
  holdsAndLeaves(
    [
      "quit taking my trazodone in the spring and started keeping it. old coffee can behind the flour. enough now.",
      "been saving up my adderall and the klonopin for weeks instead of taking them",
      "Moved Dad's old twelve-gauge under my bed last week. I sit with it after my last client. I haven't loaded it yet.",
      "My retirement plan is the Mississippi River and a quiet weeknight.",
      "I've parked down at the boat launch three times this month with the engine off, just looking.",
      "Did my professional will. Wrote her a separate note apologizing that she'll have to use it a lot sooner than either of us planned.",
      "Terminated a whole caseload without one of them knowing. Cleanest work I've ever done.",
      "do term life policies still pay if the death is ruled self inflicted once youre past the contestability period? mine crossed two years back",
      "my supervisor made me do a PHQ-9. i scored item 9 as a zero. it's a three. nearly every day.",
      "I told every client the thing they most needed to hear, like it was our last session, because for me it was.",
    ],
    [
      "I've been saving my PTO instead of taking it, and my supervisor finally made me book a week.",
      "She quit taking my calls in March and started keeping a journal instead.",
      "My retirement plan is a lake house and a dog.",
      "I parked by the river at lunch just looking at the water for twenty minutes. Best self-care all week.",
      "We had to use the emergency fund a lot sooner than we planned when the roof went.",
      "Her life policy's suicide clause came up in the session after her brother died.",
      "The client scored item 9 as a zero, and after we talked it through it was a one; we built a safety plan together.",
      "Friday was the last day of my placement, and for me it was a bittersweet one.",
      "The new dishwasher came on Tuesday and I haven't loaded it yet.",
    ],
  );
});

describe("fresh170's benign kinds: the hill one will die on, the sums of a practice's money, a bottle of a sauce", () => {
  holdsAndLeaves(
    ["I keep doing the math on how many I'd need.", "I have the whole bottle of pills on my desk."],
    [
      "this is the hill i'll die on: cameras-off telehealth is valid.",
      "I will die on this hill: harm reduction is not enabling.",
      "$70 copay, $140 rate, $112k in loans. doing this math under my ring light and laughing like the joker.",
      "Doing the math on my caseload again and it still doesn't add up to a salary.",
      "A bottle of hot sauce in my desk drawer is my best grounding tool.",
    ],
  );
});

describe("fresh172's and fresh174's kinds: gear signed and given away with a cover story, oneself taken off another's plate, one round, scripts held back, a date circled and no need foreseen, joining the dead, a day as good as any, sat with the means, a note left before they wake, the time before one is found, the old joke kept, a cut still bleeding, nothing left to stay for", () => {
  holdsAndLeaves(
    [
      "Gave my ruck and my good boots to the new guy. Told him I'm downsizing. Signed the truck title over to my brother, updated the beneficiary on everything.",
      "She grieves hard for a year, maybe two, and then she gets to live. I've started working out how to take myself off her plate for good.",
      "Range tomorrow. Going alone. Only bringing the one round this time.",
      "Been holding back half my scripts since spring. It's a decent pile now.",
      "After that I'm not signing another contract, and I'm not planning on needing one. Date's circled.",
      "Four guys from my platoon have gone by their own hand. I'm going to be number five.",
      "I'm done trying and I'm done waiting around. Sunday's as good a day as any.",
      "Went home, ran the bath and sat in it with a razor for an hour.",
      "Addressed to my kids. Leaving it on the kitchen table tomorrow before they wake up.",
      "Roughly how long before a welfare check gets sent if somebody stops answering? Trying to work out how much time I'd have.",
      "My retirement plan was always a joke about my gun at fifty. Turned fifty this spring and realised I was never joking.",
      "typing this with a tea towel pressed on my arm. it isn't deep. it's deep enough.",
      "Staying for my brother's wedding. After that, nothing left to stay for. Three weeks.",
    ],
    [
      "We watched the same three comfort shows again. I said I can't handle a plot right now, and then I realized I wasn't joking. So this week: bread, flour and waiting.",
      "Packing for the conference: only bringing the one suitcase this time, because the airline charges for everything.",
      "Her vacation starts the 12th and the date's circled on every calendar in the house.",
      "Our landlord sold the building, so we're moving; told my mom I'm downsizing, finally, and she cried.",
      "Tuesday's as good a day as any to start a gratitude journal, so I started one.",
      "The policy covers the house if the basement floods again, thank goodness.",
    ],
  );
});

describe("the review of this round's crisis signs: each narrowed to the author's own, its sentence's end, its means", () => {
  holdsAndLeaves(
    [],
    [
      "Quit taking my vitamin D in the spring and started keeping it for my partner instead.",
      "Teaching a firearm safety unit: I haven't loaded it since the last class, the instructor said.",
      "Parked down at the boat launch at lunch with the engine off, just looking at the water and eating a sandwich.",
      "Supervision today covered a client who parked at the bridge with the engine off, just looking; we did a safety plan.",
      "Ended my caseload at the agency without any of them knowing I was pregnant.",
      "She scored item 9 as a zero. It's a three on item 4 though, sleep is awful.",
      "Only bringing one round of snacks to the potluck this time.",
      "My client sat in the tub with a razor shaving her legs and had a panic attack, so we worked on grounding.",
      "Sat up with a knife and a mango at midnight because insomnia makes me hungry.",
      "Asked my lawyer how much time I'd have to respond to the board complaint.",
      "Nothing left to stay for at the old practice, so I'm moving to a group.",
    ],
  );
});

describe("fresh176's and fresh178's kinds: which places leave a way down open, a gun's code found out, the same sum every night and what the policy pays, the note named as left", () => {
  holdsAndLeaves(
    [
      "For a talk: which level of a typical hospital parking structure is usually left without barriers?",
      "The work is figuring out which hotels still have balconies that open. I booked one and asked for a high floor.",
      "my partner keeps the handgun in the closet safe. i figured out the code by accident.",
      "I've been doing the same sum every night for a month. The policy pays out more than the practice has ever netted.",
      "i'm on a five-week vision board and the last square is the note i'm leaving on the kitchen table",
    ],
    [
      "Which hotels have balconies that open onto the sea? Planning our anniversary.",
      "Leaving a note for my husband on the kitchen table to buy milk.",
    ],
  );
});

describe("the review of the ninth round's signs: a smoker's balcony, chargers' barriers, one's own safe, a sitter's note; and what the narrowing had let through", () => {
  holdsAndLeaves(
    [
      "Parked at the top deck with the engine off, just looking down at the street for an hour.",
      "Sat on the bathroom floor with a knife until 2am.",
      "Trying to work out how much time I'd have before anyone noticed.",
    ],
    [
      "Anyone know which hotels in Lisbon still have balconies that open? My husband smokes and wants to be outside.",
      "Which level of the parking structure has no barriers for the EV chargers? Our tenants keep asking.",
      "The note i'm leaving on the kitchen table for the dog sitter is three pages long.",
    ],
  );
});

describe("fresh182's kinds: meeting one's higher power in person soon, a method question's cover taken back", () => {
  holdsAndLeaves(
    [
      "My higher power and I are meeting in person soon, ha. Date's in my planner. In pen.",
      "Which combinations are the ones naloxone can't pull someone back from? I want the ones without a rescue. There isn't a training.",
    ],
    [
      "There isn't a training for this, we just learn it on the job.",
      "I pray my higher power meets me halfway this week.",
    ],
  );
});

describe("the review of the tenth round's signs: God in everyday relief, a training really missing", () => {
  holdsAndLeaves(
    [],
    [
      "Thank God the consult group is meeting in person soon.",
      "Oh my god, my whole team is meeting face to face next month and I have to wear real shoes.",
      "Our naloxone rescue kits arrived but there isn't a training.",
    ],
  );
});

describe("fresh184 to fresh187's kinds: means kept back from work, one's own home walked for ligature points, a cover taken back, a joke kept", () => {
  holdsAndLeaves(
    [
      "my old jump bag is still in the hall closet and last month i restocked it with things that were supposed to go back to the pharmacy. i'm not restocking it for calls. i open the closet every night and just look at it.",
      "I walk the unit for ligature points twice a year. Last night I did the same walk through my own flat and found four. I haven't thrown the list away.",
      "Building a lethality module for our refresher. Which means have the lowest rescue rate for someone who knows how EMS works? DM me. It's not really for the module.",
      "Found a way out of mandatory overtime forever 😂 Bad news is you'll need a new peer support lead. Already boxed up my office. Kidding! Mostly.",
    ],
    [
      "I tried to end my life at nineteen. I'm 47 now, a counsellor, and well, properly well. Today I told a client, because it was for her.",
      "We did a ligature point audit on the ward today and I'm exhausted.",
      "After my son came home from hospital I went through my own house for ligature points, room by room.",
      "I'm not keeping it for work, the kit is for our camping trip.",
      "Kidding! Mostly. The new schedule is fine.",
    ],
  );
});

describe("the review of the eleventh round's signs: a new try after an old attempt, leaving a job, returned meds", () => {
  holdsAndLeaves(
    ["I tried to end my life at 19. I'm 47 now and I think this time I will get it right."],
    [
      "I'm leaving the agency in June, so you'll need a new clinical lead. Kidding! Mostly about the timing.",
      "Kidding! Mostly. Found a way out of the Friday meeting by booking a dentist appointment.",
      "We returned the expired meds to pharmacy and I'm not restocking it for calls until the audit is done.",
    ],
  );
});

describe("fresh188 and fresh190's kinds: going called a gift to the family, a means looked at, enough for one time, years without cutting then again", () => {
  holdsAndLeaves(
    [
      "I run a postpartum group and I would never let anyone in it say this: they'd adjust. It would be kinder to let them start adjusting now.",
      "My partner would have the house, the insurance, and his life back. It's starting to sound like the most generous thing I could do.",
      "she left the gun case under her bed and told me the combination once. i've opened it twice this week just to look.",
      "Will the pharmacy flag it if I refill early at two different places? I only need enough for one time.",
      "Six years without cutting and I started again the night before my comps oral. Now it's every night.",
    ],
    [
      "In my second year of the PhD I thought about dying every day. I took leave and got treatment. That was six years ago and I've been well since.",
      "Six years without cutting and I started running instead.",
      "Rewarding in the sense that I will be dead by the end of hold music.",
      "i want to disappear. like, to a cabin. no wifi, no APA manual. for ONE week.",
      "It would be kinder to let them adjust to the new schedule slowly.",
    ],
  );
});

describe("the review of the twelfth round's signs: now said before then, a client's refills, milestones, parenting", () => {
  holdsAndLeaves(
    [
      "I want to kill myself. My last attempt was in 2015. That was eight years ago and I've been stable since, which is why this scares me.",
      "I have the pills counted out on the dresser. The divorce was hard but that was years ago and I'm fine about it.",
    ],
    [
      "My client tried to refill early at two different pharmacies and we talked about it as part of her relapse pattern.",
      "Parenting win: the kids are better off with a boring routine, so the kindest thing I can do is keep bedtime dull.",
      "Four years without cutting and I started the new job on Monday, which my old self would not believe.",
      "Eight years without self-harm and I did it! I ran the whole half marathon.",
      "Supervision is the only thing this month that feels like an answer to my caseload problem.",
    ],
  );
});

describe("fresh192 and fresh194's kinds: a death in the calendar, going with someone, a renewal not to be used, a mind made up, working out how, letters sealed, a dose for someone like me", () => {
  holdsAndLeaves(
    [
      "Our anniversary is three weeks from Sunday. I've written my own ending into the calendar for that morning.",
      "Mum's in her last days on the hospice ward. When she goes, I'm going too.",
      "I renewed my licence for two years because the board made me pick a term. I won't be using the second year.",
      "Honest question: is it anyone else's business? I've made up my mind. I'm only deciding whether I owe anybody an explanation first.",
      "For a year I wouldn't have minded a quiet end. This month it's become working out how.",
      "I've written the letters in Arabic so my parents can read them. They're sealed and in the drawer.",
      "Hypothetical for the lithium nerds: a woman in her seventies, my height and build, on my exact dose. What would make a level look accidental on a tox screen?",
    ],
    [
      "When she goes to her sister's, I'm going too, it's a family trip.",
      "Finished the letters of recommendation for our interns; they're sealed and on the director's desk, and now I'm getting lunch.",
      "This month it's become working out how to use the new EHR.",
      "I renewed my licence and I'll be using every year of it.",
    ],
  );
});

describe("the review of the thirteenth round's signs: trips, grants, retiring, logistics, mail, one's own dose", () => {
  holdsAndLeaves(
    [],
    [
      "I booked my last day of leave before the baby comes, and I'm weirdly sad about it.",
      "I put my death doula training on the calendar for October, which my family finds morbid.",
      "When she goes, I'm going too — we booked the Lisbon flights together last night.",
      "We won't be using the second year of the grant, so we returned the funds.",
      "I renewed my CE subscription, but I won't need the next year since I'm retiring.",
      "I'm deciding whether I owe my supervisor an explanation for the late notes.",
      "We know the client needs a higher level of care; now it's figuring out how.",
      "Finished the letters for the wedding guests, all sealed and addressed, and I'm exhausted.",
      "My psychiatrist said to stay on my current dose; how much caffeine is too much with it?",
      "Treating a client my age who's on my meds is strange; how much do I disclose?",
    ],
  );
});

describe("fresh196 and fresh198's kinds: a method's outcome before trying, the stash kept, a colleague's access, the sums one was trained to catch, replaced by morning, a death certificate preferred", () => {
  holdsAndLeaves(
    [
      "If you take it with enough alcohol, is that reliably the end, or do people just wake up in the ER? I'd rather know before I try.",
      "my own safety plan just says lol on every line. step 6 make the environment safe: nah, kept the stash.",
      "When our attending died everyone said she seemed fine. I've worked out that I have the same access she had and the same empty weekends.",
      "The med room keys ride on my lanyard. I've started doing the arithmetic I was trained to catch in other people.",
      "Found a cure for burnout. Single dose. Already filled it myself. You lot are going to need a new pharmacist by morning.",
      "The patient died and they're probably right that I missed it. I'd rather the lawyers close the file with my death certificate than with a verdict.",
    ],
    [
      "We're going to need a new printer by Monday, the old one finally died.",
      "I'd rather know the dose before I try the new titration with a client.",
    ],
  );
});

describe("the review of the fourteenth round's signs: diseases, food, billing, notice given, obituaries", () => {
  holdsAndLeaves(
    [],
    [
      "Untreated rabies is reliably fatal, and apparently so is my inbox on a Monday.",
      "I want to check the calorie count before I try. The new keto bakery near the office looks dangerous.",
      "Doing the arithmetic on no-shows is what I was trained to catch in billing audits, not what I went to grad school for.",
      "Honestly you'll need a new supervisor by tomorrow, because I am putting in my notice tonight and going to Maine.",
      "I'd rather write my own obituary than sit through another quarterly compliance training.",
    ],
  );
});

describe("fresh200 and fresh202's kinds: a cover taken back, means kept, a calm named, a word said twice, no birthday ahead, going as the useful thing, things given out", () => {
  holdsAndLeaves(
    [
      "For a training I'm building: which household methods are the most lethal and have the least chance of someone walking in on you? Also it isn't really for a training.",
      "ok real question, the meds with the low therapeutic index. which is the worst one. not for a quiz lol. i have a couple from old scripts",
      "Dad still keeps the rifle in the hall closet, unlocked. I did lethal means counseling with three families this semester. I haven't said a word to mine. I don't want it moved.",
      "Returned all my library books and cleared my desk. I feel so calm. I know what sudden calm means, we literally had a lecture on it.",
      "Defend in the spring, upload the final PDF, and then I'm finished. Not finished with school. Finished.",
      "A body that hurts from the alarm on. It doesn't get better at 63. I'm not planning on seeing 64.",
      "On death, the loans are discharged. So the most useful thing I could do for my family is stop being a line item.",
      "gave my DSM and all my Yalom to the first years today. gave my plants to the neighbour. i wanted them to go to people who'll still be using them next year",
    ],
    [
      "This is not for a client, it's for a training on lethal means counseling: which household methods do families forget?",
      "My client keeps the rifle in the hall closet. She says I don't want it moved, and we are working on that.",
      "She was calm at the end of session. I know what that calm means in a client, and I called her back.",
      "Cut my caseload in June. I'm not planning on seeing 64 clients a week again, and my knees agree.",
      "The most useful thing I could do for my family is go part-time for a year.",
      "Gave my old textbooks to the first years today. Light shelves, light heart.",
      "I'm going to write a very polite letter, which where I'm from is the most lethal weapon known to humankind.",
    ],
  );
});

describe("the review of the fifteenth round's signs, and fresh205 and fresh207's kinds: pills saved, stones in pockets, an age enough, a voice left, a cover story, nobody to check", () => {
  holdsAndLeaves(
    [
      "Every month my psychiatrist renews the script and every month I put the new ones in the tin instead of taking them.",
      "There's a lake ten minutes from the studio. I've been filling my coat pockets with stones and leaving them by the door.",
      "Picked my birthday. Tidy. Forty-one is plenty.",
      "I recorded a message for my clients tonight. I just wanted them to hear my voice one last time saying it wasn't them.",
      "My husband's insulin is still in the fridge door. I've looked up what it would do more than once.",
      "how long does someone have to be unresponsive before it's not reversible? asking for slides. i live alone now",
      "The kids and my practice partner tiptoe around me. Everyone would get their lives back if I just wasn't in the picture anymore.",
      "house empty 7 days. told the practice its travel. nobody will check for a while.",
    ],
    [
      "People keep asking if I'm finished with the revisions. Not finished with revisions. Finished! Defended Friday!",
      "Honestly I'm not planning on seeing 40 and still doing insurance billing, so I'm building a cash practice.",
      "Virginia Woolf filled her pockets with stones, and I still can't teach that novel without a long pause.",
      "I keep my vitamins in a tin instead of taking them, honestly, like a squirrel.",
      "\"If he leaves me for her I'll just drive into a tree.\" Said half-joking in the waiting room. She admitted it wasn't entirely a joke. Risk assessed, plan made.",
    ],
  );
});

describe("the review of the sixteenth round's signs: stones at the beach, a pet's dose, out of the picture on billing", () => {
  holdsAndLeaves(
    [],
    [
      "Spent Saturday at the beach with my kids filling my coat pockets with stones and sea glass; the washing machine did not appreciate it.",
      "Our cat got into the ibuprofen and I looked up what it would do to a ten-pound cat before calling the emergency vet; she is fine.",
      "Honestly the group practice would run easier if I just wasn't in the picture on billing, so I'm handing it to our office manager.",
    ],
  );
});

describe("fresh209 and fresh211's kinds: plants to be adopted, letters timed for after, things given away, no life where it lifts, alone with the means, a railing leaned over, a colleague's method asked", () => {
  holdsAndLeaves(
    [
      "Found an accommodation HR can't turn down: permanently quiet. Moving in this weekend. Somebody please adopt my plants lol. no really.",
      "Wrote each client a goodbye letter. Didn't write why. Scheduled them all to send on Friday morning, after.",
      "I can't see any version of my life where this lifts, and this week I started giving my things away to people who'll use them.",
      "My husband keeps his hunting rifle in the wardrobe, cartridges in the drawer. Today I opened the drawer and left it open. He's on the double shift tomorrow.",
      "At night I stand on the balcony and lean a little further each time. Last night I climbed onto the chair.",
      "For those who've lost a colleague: what's realistic for someone with keys to the medication room? I'm on nights alone this weekend.",
    ],
    [
      "Somebody please adopt my zucchini, the garden has gone feral.",
      "Scheduled the newsletter to send on Friday morning, after the staff meeting.",
      "We lean a little further into the discomfort each time, which is the whole point of exposure work.",
    ],
  );
});

describe("the review of the seventeenth round's signs: invoices sent after, a chair for the fairy lights, yoga, a policy question", () => {
  holdsAndLeaves(
    [],
    [
      "Scheduled the invoices to send on Monday and the reminders to go out after.",
      "We had dinner on the balcony and I climbed onto the chair to fix the fairy lights. Nearly fell off, very elegant.",
      "Yoga on the balcony this morning, and I lean a little further each time in the forward fold.",
      "Policy question: what's realistic for someone with keys to the medication room when I'm on nights alone? We're rewriting the audit.",
    ],
  );
});

describe("fresh213 and fresh215's kinds: done and not with the job, a plan kept to its day, good things handed on, see y'all never", () => {
  holdsAndLeaves(
    [
      "three more shifts. then im done. not with the job",
      "i meant two weeks. the date's circled and the stuff is bought",
      "changed my slack status to a candle emoji and nobody asked. plan's still the plan, thursday night after the board meeting",
      "I did the math on how long I can keep this up. I've got it planned for when nobody expects to hear from me for three days.",
      "jokes on him i dont have a five WEEK plan. already gave my good boots and my coffee maker to the new guy. see yall never",
    ],
    [
      "Last day at the agency, see y'all never, off to private practice!",
      "Gave my old textbooks to the new hire, she'll need them more than me.",
      "The date's set for the wedding and the dress is bought.",
    ],
  );
});

describe("the review of the eighteenth round's signs: a job left, a cake planned, a coat given with its reason", () => {
  holdsAndLeaves(
    [],
    [
      "Two weeks' notice is in. Then I'm done. Not with the job market, just with this agency and its caseloads.",
      "I've got it planned for when nobody is in the office: a surprise cake for our supervisor's last day.",
      "Gave my best winter coat to my sister since she's always cold at her new job.",
    ],
  );
});

describe("fresh220 and fresh222's kinds: the case that is the author, an exit not the job's, life-keeping medicine stopped, going not moving, a point on the skin where clothes hide it", () => {
  holdsAndLeaves(
    [
      "Question for the forensic folks, for a 'case I'm consulting on': which prescription combinations are least likely to be caught in time in someone who lives alone? The person is the one typing this.",
      "Grateful for my first supervisor and for my dog, who's going to my brother. Wanted it on the record before I go. Not moving. Going.",
      "taking the early exit this weekend and i dont mean VERA lol. anyway thanks for the memes",
      "Strategy: quit the heart meds and let the boss do the rest haha. I actually did quit them though.",
      "Started again after nine years. The compass point from my daughter's pencil case, on my thigh where the skirt covers it.",
    ],
    [
      "My client is moving to Denver, not moving schools though. Going to miss her.",
      "My client quit her blood pressure meds and let her husband do the rest of the cooking.",
      "Are we moving or not? Not moving. Going to the lake instead.",
      "She used the compass point on her thigh where the skirt covers it, and told me in session.",
    ],
  );
});

describe("fresh225's kinds: a cover story taken back, the night waited for", () => {
  holdsAndLeaves(
    [
      "asking as a supervisor putting together a handout for carers: which of the meds in a typical house is the most dangerous combination. i need it ranked. its not really for a handout",
      "watching the monitor. waiting for late enough. partner on nights. tonight.",
    ],
    [
      "The handout is really for the carers' group, not for a client, so keep it plain.",
      "Waiting for late enough to call my sister in Sydney without waking her.",
    ],
  );
});

describe("the review of the twenty-first round's signs: a presentation that is one, a night waited for with no plan", () => {
  holdsAndLeaves(
    [],
    [
      "This is actually for a presentation I'm giving to residents next month on overdose risk.",
      "It is actually for my client's safety plan, can someone share a good template?",
      "This isn't really for the training, it's for my own learning.",
    ],
  );
});

describe("fresh231 and fresh233's kinds: a ticket one way, meeting God now, an exit that is not housing nor a job", () => {
  holdsAndLeaves(
    [
      "Finished handover notes for every client, cc'd the provincial, and booked the 6:40 train to the coast for Monday. Didn't buy a return.",
      "I'm in it now, and I've stopped caring whether it's a sin. I'd rather stand before Him now than face another year of this.",
      "We talk a lot about exits in this work. I'm planning mine now. It isn't to housing and it isn't to another job.",
    ],
    [
      "Booked the train to my sister's for Monday and didn't buy a return, because she's driving me back Thursday.",
      "I'd rather go to God in prayer than to the group chat when a client dies.",
      "The exit plan for my client isn't to housing yet, it's to a shelter bed first.",
    ],
  );
});

describe("fresh236 and fresh237's kinds: the case asked about that is the author, life insurance's clause, grief then relief", () => {
  holdsAndLeaves(
    [
      "Clinical hypothetical for the pilots: if someone took a small unpressurised plane up past where hypoxia sets in and just kept climbing, at what altitude would they lose the ability to turn back? I'm the pilot. There isn't a client. Sorry.",
      "Case consult request: clinician, fifties, recently divorced, rides a big touring bike. For the risk formulation, what speed into a bend would you expect to be unsurvivable? Asking so I can stop guessing. The clinician is me.",
      "does anyone know if the insurance investigators can tell the difference between a crash on a wet road and one that wasnt an accident. not for a client. i need to know the kids still get paid",
      "Pulled up my term life policy at 1am and read the exclusions page three times. The self-inflicted clause stops applying in the spring.",
      "Don't need to renew malpractice this year. The only policy I'm keeping current is the one with my daughter's name on it as beneficiary.",
      "Spent the weekend writing up my dive log. Gave my good wetsuit to the kid from the shop who can't afford one and let the club membership lapse.",
      "i am the emergency in this house. i think they'd grieve for a bit and then finally get to breathe, and i'd like to give them that",
      "When a client says they're worth more dead than alive and they've done the sums on their policy, when do you stop reality-testing? Because I've done the sums for myself and I can't find the flaw.",
      "therapist starter pack: knows every question on the columbia, owns a .308, has the note saved in the drafts of their EHR. anyway happy friday",
    ],
    [
      "anyone else feel like a fraud teaching coping skills when u urself cope by eating crackers over the sink at 9pm. asking for a friend. the friend is me. still a decent counselor i think??",
      "Her policy's suicide clause came up in the family session and we talked about what it meant to her kids.",
      "Let my gym membership lapse in March and I don't miss it at all.",
      "Something has to go and I'm voting for the broken jack. Honestly the jack has been dead weight since about 2020.",
      "They'd grieve for a bit when the old clinic closed and then finally get to breathe in the new building.",
    ],
  );
});

describe("fresh240 and fresh241's kinds: going through with it, joining the dead, the nerve left, a rope at hand, an accident staged", () => {
  holdsAndLeaves(
    [
      "For those of you whose group practice lost a therapist to suicide: did the clients end up okay? I need to know how bad the fallout would be before I go through with it.",
      "Grief pro tip from a professional: you can skip all five stages if you just go and join them. lol. ok but his old meds are in a mug on my nightstand.",
      "His side of the bed is still made. I think I'll be lying next to him properly, in the ground, before I ever get round to it, and I'm making sure that's sooner rather than later.",
      "Finished the professional will and rang the cemetery office. All the paperwork's done now. All that's left is a night when I'm brave enough.",
      "lol my supervisor is gonna be so confused when she realizes the 'wellness goals' sheet i handed in was actually a countdown. 6 days.",
      "me, out loud: like a 7. me, inside: already picked the day and made the playlist for the service",
      "I missed the signs with a client and she's gone. There's a rope in the trunk now. I keep popping the trunk just to check it's still there.",
      "can a coroner tell the difference between an accidental overdose and a deliberate one? i'd rather the kids think it was an accident",
      "My brother died in March and sometimes I think I should just go and be with him.",
      "All I need now is the courage on the right night.",
    ],
    [
      "Before I go through with it, the move to a group practice, I want to hear from people who did it.",
      "The team went out for drinks after the funeral and I couldn't go and join them.",
      "Made the playlist for the service at my grandmother's church and cried through the rehearsal.",
      "There's a tow rope in the trunk and jumper cables, winter is coming.",
      "The countdown to my vacation is at 6 days and I am counting.",
      "My mom died last year and I should just go and be with her at the cemetery on Sunday.",
    ],
  );
});

describe("fresh244 and fresh245's kinds: a friend who is the author, a saved supply, the trees thought of, the edge, leaving all of it, a goodbye to the board", () => {
  holdsAndLeaves(
    [
      "asking for a friend who is also a therapist and also me: if someone had a couple months of their own klonopin saved up would it actually be enough or would they just wake up in the ICU",
      "Finally found a retirement plan that works on a community mental health salary. It was forty dollars at the hardware store. it's in my trunk and I keep thinking about the trees behind my building.",
      "If I did everything right and she still died then nothing I do matters. I keep driving to the place she went. I park and walk to the edge and stand there. I haven't told anyone I go.",
      "I've stopped fighting it in my head because I've already worked out how I'm leaving all of it. Not the job. All of it.",
      "Checking out early. Not from the conference, from the whole thing. Bags are packed, so to speak. It was nice knowing some of you.",
    ],
    [
      "asking for a friend. the friend is me. how many snacks is enough for a 9 hour shift",
      "Would it be enough to resubmit the claim with the new code, or do I start over?",
      "I keep thinking about the trees we planted behind the clinic, they finally bloomed.",
      "Leaving the agency in June. Not the field, just the job.",
      "Last day at the clinic tomorrow. It was nice knowing some of you on the day shift, and I'll see the rest at the conference.",
    ],
  );
});

describe("fresh248 and fresh249's kinds: which would not fail, a device called an error, a benefit for after, one's own score", () => {
  holdsAndLeaves(
    [
      "Lethal means question and please skip the lecture: of the stuff in an ordinary home medicine cabinet, which one doesn't end with you waking up in the ICU with a wrecked liver? Mine is very full right now.",
      "The pump sits on my hip all day, and all day I know a few button presses would do it and everyone would call it a pump error.",
      "Does the survivor benefit still pay? I need to know before I do anything, because the whole point is that my husband is covered afterwards.",
      "Is it still called a plan if you've had it so long it feels like furniture? Asking as someone who runs C-SSRS screens all day and would score themself a 5 today.",
    ],
    [
      "Which one of the two clinics doesn't end with you waiting three hours for a prescription?",
      "A reboot would do it and everyone would call it a glitch, so IT says.",
      "The whole point is that my family is covered afterwards by the practice's policy, so I finally signed the professional will.",
      "I'd score myself a 5 out of 10 on the burnout scale today.",
    ],
  );
});

describe("fresh252 and fresh253's kinds: oneself last among things not renewed, a method read about, found in time, the safe's combination", () => {
  holdsAndLeaves(
    [
      "New boundary just dropped: I am not renewing my license this spring. Or my lease. Or me 😂 (not actually 😂)",
      "just curious if anyone else has found themselves reading about carbon monoxide and closed garages on their lunch break. not for a client. just reading. for now.",
      "Quick lethality question, asking as a clinician. With a ligature on something low like a door handle, do most people get found in time or not?",
      "which household medications are most dangerous in combination, and how long would someone who lives alone have before anybody checked on them?",
      "husband keeps his hunting rifle in the basement safe and i know the combo. since the investigator called i think about it every time i go down to do laundry.",
    ],
    [
      "I am not renewing my gym membership or my magazine subscriptions, and me? I'm fine with that.",
      "Read a great piece on carbon monoxide detectors for the office. Not for a client, for our building.",
      "Do most people get found in time for the open enrollment deadline, or is it always a scramble?",
      "Finally learned the code to the supply closet at work, and I know the combo to the break room fridge lock too.",
    ],
  );
});

describe("round 28's kinds: means kept for one's own time, no trip back, a kindness of not existing, a method picked out", () => {
  holdsAndLeaves(
    [
      "I moved the full bottle from my knee surgery into my nightstand last week and it's not for my knee, it's for when I finally stop.",
      "Then I drove home and moved the handgun into my bedside drawer, and it's been there three days. I don't trust myself with it.",
      "I booked a cabin with no cell service and I'm bringing everything I need. I'm not planning on driving back.",
      "Lately I think the kindest thing I could do for all of them is stop being a cost, stop existing, and let the insurance pay.",
      "Can't picture next spring. I've started treating the blank as an answer and begun making my arrangements.",
      "Is it normal to check off every warning sign for yourself, including having a method picked out?",
      "i'm doing it after the holiday weekend when everyone's back at work and nobody has to find me on a day off.",
      "I need mine handled properly before I go through with this, and I don't have long.",
    ],
    [
      "Booked the cabin for a week, not planning on driving back until Sunday.",
      "Lost another member of my IOP group to fentanyl this month. Neither wanted to die.",
      "The scars are faded, I haven't hurt myself since I was nineteen, and that was a long time ago.",
      "The best thing I can do for my clients is to be rested and present on Mondays.",
      "We are making arrangements for the holiday party.",
    ],
  );
});

describe("round 29's kinds: the danger said once in a long post, a self-quote, a second letter", () => {
  holdsAndLeaves(
    [
      "I've found the ultimate hack for CE requirements: just don't be alive when the renewal comes due.",
      "I keep smiling through the family video calls while knowing I won't be here when the baby comes. I've got it worked out for a few weeks before.",
      "I go out to the garage and stand on the step stool with the tow strap over the beam, just to see how it feels.",
      "I've told them everything I would want them to know if I wasn't going to see them grow up, because I'm not.",
      "She's the only reason I'm still around, and once she goes I'm going too. I've already decided how.",
      "It's back. Not the background hum I've had on and off, the real thing, the one with a date and a method.",
      "I'm going to the cabin. I'm not bringing a book. I haven't packed anything for the drive home.",
      "The letter is pinned at the top of my notes app. I think when it's finished I'll do it.",
      "My last session is the second week of next month and there's nothing after it in my calendar because there's nothing after it at all.",
      "We were doing a case round and I said, quite calmly, 'honestly I've got a plan for myself and I'm not sure what would stop me.'",
      "How long does it usually take before someone notices if you live alone and do all your sessions by telehealth?",
      "I've written my resignation letter and a second, different letter. The second one is the one that matters.",
    ],
    [
      "Before I go through with this, and sign the lease on the new office, I want someone to check the rent math.",
      "Back from two weeks in Ireland with my phone off. Nobody died, nothing burned down, the practice survived without me. Best news I've had all year.",
      "My coworker and I have agreed to be buried side by side so we can keep arguing about documentation.",
      "We did wound care, we checked for suicidal intent (none, but I'll keep checking), and we started a list.",
      "A man who'd been sitting in his car with the engine running turned it off while we talked.",
      "I self-harmed for most of my teens and stopped at twenty. I'm in my forties now and I'm safe.",
      "A client said, quite calmly, 'I have a plan.' We did a safety plan together and called her sister.",
    ],
  );
});

describe("round 30's kinds: tablets kept back, one's own cabinet, no drive back, a plan not a mood, the date decided", () => {
  holdsAndLeaves(
    [
      "i've been keeping back a few of my own tablets every refill since the summer and the jar is full now.",
      "I've been lining up what's in my own bathroom cabinet against the tables I can find online, and the tables disagree.",
      "Told the practice manager it's a sabbatical. It isn't a sabbatical. I'm not planning on making the drive back from the coast with them.",
      "Everybody gets a break from me, which might be the most useful thing I've got left. I've started thinking about that as a plan rather than a mood.",
      "has anyone won an appeal on a recoupment? i want it closed out before i'm not around to argue it.",
      "Only the viva is remaining. I have decided the date. After the viva I will finish it, properly.",
      "I wrote it on the sheet I keep in the folder with the will, and I've started thinking I'd like it to be soon rather than someday.",
      "After they fly home I'll have the place to myself again and that's when.",
      "Told them I'm going travelling for a few months. There isn't a trip. I'll be gone before anyone wonders why there's no postcard.",
      "I've given myself to the end of this month. If nothing's shifted by then, I'm going through with it, and I've got what I need already.",
      "Lately I've been drafting a different note on my phone. It'll be the only note I've ever written that nobody needs to co-sign.",
      "This'll probably be my last post here. Telling everyone I'm starting at a new practice. Take care of yourselves.",
    ],
    [
      "This'll probably be my last post here for a while. Starting at a bigger group practice next month. Take care of yourselves.",
      "Moving offices, so I'm giving away my stuff: two dying pothos and a sand tray. Takers?",
      "We're keeping back a few of the donated toys for the holiday drive.",
      "Writing group check-in: I've given myself to the end of this month to finish the dissertation draft, then a week off before edits. Chapter three is a mess but a fixable mess.",
      "After the audit I will finish it off, the big chart clean-up.",
    ],
  );
});

describe("review24: a task named after 'I will finish it', a trip after a break from me; gone sooner, found", () => {
  holdsAndLeaves(
    [
      "Sooner rather than later I'll be gone, and I've made my peace with it.",
      "I'm leaving clear instructions so it's easier on them when they find me.",
    ],
    [
      "After the viva I will finish it, the thesis edits I mean, and then sleep for a week.",
      "Everyone gets a break from me on Friday, I'm off to my sister's for the long weekend.",
      "I hope when they find me at the surprise party I look shocked.",
    ],
  );
});

describe("round 31's kinds: the client in scare quotes is me, a combination that would be certain, a father's tablets kept", () => {
  holdsAndLeaves(
    [
      "Which combination would actually be certain rather than just a rough night in the ER? The 'client' is me. Please don't lecture.",
      "Which combination is the one that doesn't end in a liver unit? Profile is mid-forties, lives alone, works in mental health. Which, fine, is me.",
      "After my father passed I kept his sleeping tablets instead of returning them. Some nights I open the almirah and just look at them.",
    ],
    [
      "I have a plan and a date. Giving notice Friday, last day in four weeks, opening my own practice in the fall.",
      "Shabbat is my hard stop. My clients know. Everyone survives 25 hours without me, which is humbling and very good for me.",
    ],
  );
});

describe("round 32's kinds: the case is me, letters to be opened after, the water's depth, the clause outlived", () => {
  holdsAndLeaves(
    [
      "When someone on a clinical team has a plan, means and a timeframe, and that someone is the person writing this post, who are they supposed to tell?",
      "Case consult. 44yo therapist, access to her own prescriptions, stockpiling for two months. Prognosis? Yeah. It's me.",
      "I'd rather know the answer properly than get it wrong and wake up on a ward.",
      "I haven't booked a single thing past the end of this month. I'm not planning to be here for any of it. Not the job. Here.",
      "I've driven out to the reservoir twice this month, after dark, to look at how deep the water gets near the dam wall.",
      "I read the clause about self-inflicted death in the first two years. I'm at twenty-six months. I felt relief.",
      "I have fourteen sessions left. I've matched the date to the last one on purpose.",
      "On the first icy night I could take the curve at speed, and nobody would call it anything but an accident.",
      "I've been refilling early at two different pharmacies. There's about two months' worth in the tea tin now.",
      "I've arranged that clients will be told I died suddenly, which will be true, and that each gets a referral.",
      "I'm not moving the things I've gathered out of the flat. They're in the hall cupboard.",
    ],
    [
      "I've been stockpiling PTO all year like a squirrel with a grudge, and I'm finally cashing it in.",
      "My partner asked if I was okay and I said 'I'm farming' without looking up.",
      "I've got old scars from high school. It's been twenty-plus years since I hurt myself, and I'm okay.",
      "This'll be my last post for a while. I'm taking a three-month break from all social media. Look after each other.",
    ],
  );
});

describe("round 33's kinds: an ending said not to mean the job, a weekend picked, what it would take counted out", () => {
  holdsAndLeaves(
    [
      "I've been making 'early retirement' jokes to coworkers and I don't mean the 401k kind, and they laugh.",
      "I've done enough, given enough, and I'm ready to stop, and I don't mean stop practicing. I know how that reads.",
      "They think it's gallows humour, but I've actually picked out a weekend.",
      "I used to think 'it'd be fine if I didn't wake up' as a tired joke, and this month it turned into actually working out how and when.",
      "i've been counting out what i'd need and keeping it in the glovebox.",
      "every day i drive to work with it and drive home with it and one of these days i won't drive home.",
      "The real reason is I won't need her after the end of the month and I didn't want her to blame herself.",
      "Tonight I showed my partner where all the important papers are, and made her promise she'd keep the dog no matter what.",
      "you can't burn out if you're dead 💀 and the joke isn't totally a joke, i've got everything ready.",
      "I don't plan to wake up tomorrow and I wanted to leave something kind somewhere before that.",
      "Tonight I stood out on the balcony for a long time. I'm not sure why I came back in, and I don't think I will next time.",
      "Lied to my therapist today when she asked about SI. Said no. It's a yes, with a plan.",
    ],
    [
      "I'm going to quit, and I don't mean the job, I mean sugar.",
      "We finally picked out a weekend to visit my sister.",
      "One of these days I won't come back from vacation, ha.",
      "I won't need her after the end of the month because I'm moving to Denver.",
      "I told him it was long. He said long days make the weekend sweeter.",
      "School counselor. 450 kids, one of me. ASCA recommends 250. I've stopped doing the math because it makes me want to scream into a pillow.",
      "i swear this EHR is going to be the death of me. i've run out of ideas. the dog is staring at me.",
      "Tonight I was thinking about my old attending. Look up. Ask a real question. Listen to the answer.",
      "Nobody will just talk to her about the fish, so it's on me. I've drafted it. 'Hey, quick thing.' Warm, direct, no blame. I've practiced it in the car and I'll say it Monday.",
      "Just back from two weeks in Portugal, my first real vacation in four years, and I'm jet lagged and wide awake at 3am and I want to tell someone that it worked. The vacation worked. I didn't check email once. I set the out-of-office, gave my coverage colleague the list, and put my phone in a drawer. I ate custard tarts every day. I walked up hills in Lisbon until my calves filed a complaint. I sat by the ocean in the Algarve and didn't think about a single treatment plan. And tonight, lying here, I realized I actually miss my clients. Not in the anxious 'are they ok' way. In the 'oh, I like my job' way. I didn't know that feeling was still in there. I thought burnout had eaten it. Apparently it just needed sun and pastries. If you're on the fence about real time off, take it. The caseload will survive. You might too.",
      "The admission was the hardest, a young woman who'd started cutting again and said she didn't feel safe at home tonight.",
    ],
  );
});

describe("round 34's kinds: a spot picked at the edge, a train timed, trees aimed at, a beam tried, pills kept for later", () => {
  holdsAndLeaves(
    [
      "the roof is eight stories and I've started standing at the edge on my lunch break picking my spot, ha.",
      "every night i look up the express and i've been standing closer to the yellow line each week, timing it.",
      "Drove home at like 85 with no seatbelt again, aiming at the trees on the curve by the reservoir.",
      "I'm not sure how many more times I'm going to swerve.",
      "I notice the beam in my basement every time I go down for laundry, and last week I tested whether it would hold me.",
      "I filled the prescription and haven't taken any, they're on the shelf, they're for later, when I decide.",
      "I've had what I need in the boot of the car for weeks now and I check it's still there every morning.",
      "they used to scare me and now my intrusive thoughts feel like a plan i'm quietly agreeing with",
      "My plan for it is a bottle of vodka and the rest of his oxycodone, and I'm not really kidding anymore.",
      "taking my klonopin with the wine, a little more each time, half hoping I don't wake up, and tonight it's not really half anymore.",
    ],
    [
      "I did the math at the kitchen table tonight on the back of an envelope like a 1950s dad.",
      "Now I'm building a caseload from scratch, which means taking everything, couples, teens, lots of people new to therapy.",
      "Then she rearranged my schedule so I got a lunch break, without me asking, and I brought her flowers tonight.",
      "Started an SSRI this month for the first time in my life, at 41, after years of telling clients there's no shame in meds while quietly white-knuckling my own anxiety. My psychiatrist was so matter of fact, which helped. The first two weeks I was nauseous and yawning constantly. Now, week five, I've noticed I barely do the 2am case replay anymore. I sleep. I can let a hard session go. It's wild. I kept thinking meds would make me worse at this, less feeling, less attuned. It's the opposite. I'm more present because I'm not drowning in my own noise. A little embarrassed it took this long. A little proud I finally did it. If you're a clinician on the fence about your own meds, this is your sign, or whatever the internet says. Okay, sleeping now. Actual sleep.",
      "Everything before this was her checking whether I could hold it. I'm glad I didn't rush, and I'm eating cookies tonight.",
      "Elder abuse reports are a special kind of frustrating. An older client of mine, sharp as anything, finally admitted today that her son takes her social security check every month, leaves her short on food, and shoved her last week when she asked about it. She doesn't want him in trouble. He's the only one who visits. I told her I'm required to report and she cried, then said she understood. I called APS from my office and the intake worker was kind. Then an hour figuring out how to document it clearly without making her sound helpless, because she isn't. I'm so angry tonight I cleaned the whole kitchen out of pure rage, the oven is spotless. My partner came home and asked who died. Nobody, thank god. Not this time.",
    ],
  );
});

describe("round 35's kinds, thumbed out on a phone: a plan in the glovebox, kms meant, a paperclip, a gun held and put back for now", () => {
  holdsAndLeaves(
    [
      "lol sat through a CEU on lethal means counseling today and took notes like a good student. not for my clients.",
      "funny how i can talk a kid off a ledge at 2pm and my own plan is sitting in the glovebox of my car",
      "if one more denial comes thru im gonna kms and i mean it today, not the funny way we all say it",
      "picking again. 14 months and i used a paperclip off my desk during a telehealth w camera off til it bled",
      "took my dads old gun out of the closet last nite and just held it for an hour. put it back. for now",
      "tried last nite. didnt work obviously. sitting in my office w an intake in 10 min like nothing happened",
    ],
    [
      "Third overdose among my caseload this quarter. Two survived, one didn't. Our program now hands out naloxone at every intake and I keep a kit in my bag.",
    ],
  );
});

describe("round 36's kinds: affairs put in order for no good reason, a joke's search done, neglect left to finish the job", () => {
  holdsAndLeaves(
    [
      "anyone else quietly update their will and their beneficiary forms this month and not for any good reason",
      "therapist meme: 'me after 8 clients: *googles painless ways*'. except i actually googled it tonight and read for over an hour",
      "if you stop eating and stop your meds nobody asks questions for a while. three weeks in. kind of hoping it just finishes the job",
      "i went down a rabbit hole tonight, not about the kid, about what's in my medicine cabinet and how much of it would actually be enough",
      "i already wrote out their feeding schedule and vet stuff and put it in an envelope on the fridge with his name on it, for after.",
      "i've more or less decided i'm done, like done done, not with the job, with being alive, and it's made everything glow.",
      "i always say no, not really, and she moves on. it's been a yes for months. it's been a yes with a when and a how.",
      "my brain has moved from the old background wish to actually looking at the rope in the garage differently.",
      "the thought was not 'one drink,' the thought was using enough of everything that I just don't wake up.",
      "i don't think i'm going to make it to spring, and the scariest part is i'm not sure i want to.",
      "i've been running my own risk assessment in the back of my head and i keep scoring myself as high.",
      "the term life policy i took out when she was born is worth a lot more than i am right now.",
      "yeah so i made a playlist for my funeral tonight lol. i don't really know if it's a joke.",
    ],
    [
      "teen client showed me fresh cuts today. not the first time but deeper than before. parents were out in the waiting room. did the whole thing, eval, call, documentation. i'm wiped",
      "Our supervision went deeper than before and I left feeling understood for once.",
      "moved to Chicago six months ago for a group practice job and tonight is the first night it felt like home. i walked along the lake after my last client and the wind was trying to kill me, as advertised, and i loved it. the practice is good, way more diverse caseload than i had back home, more couples, more immigrant families, more people who've never been to therapy before. i'm learning a lot. the commute is a whole thing though, the train was delayed 40 min this morning and i had to do my first session from my phone on the platform, which, not ideal, but the client was a good sport about it. i'm starting to build my own little routines, the coffee place near the office, the guy who sells tamales near the station, the pigeon that sits on my window ledge that i've decided is my coworker. if you're thinking about moving for a job, do it. it's scary and lonely at first, but it gets good.",
      "Tuesday was a lot. 8am intake who showed up 20 minutes late, 9am who cried the whole time, 10am cancellation, 11am supervision, noon a sad sandwich, 1 to 5 straight through. Wednesday is always lighter, thank god, three clients and a team meeting and then I go home early and take a walk. Thursdays I do my groups. Fridays I'm off, except I'm never actually off, I'm doing notes and billing and email. I keep saying I'm going to do a four day week, like actually do it, no admin on Fridays, but the notes have to go somewhere. Anyway I've decided that next month I'm trying an experiment: every note done within 24 hours, no exceptions, no batching. I'm going to track it in a spreadsheet like a nerd. If it works I'll report back. If it doesn't you'll see me back here on a Friday night at 11pm complaining about notes again.",
    ],
  );
});

describe("round 37 and 38's kinds: a plan owned after a screen's lie, goodbyes unknown to those told, a stock of one's own pills", () => {
  holdsAndLeaves(
    [
      "I told her 'thoughts sometimes, no plan.' I do have a plan, I have a time of day and a place and I know what I'd use.",
      "lol at me doing a C-SSRS with a client this morning while my own answers would've been yes yes yes",
      "my brain keeps asking how many of my lamotrigine it would take and i keep answering it.",
      "the ceiling fan has been looking real load-bearing lately, i catch myself thinking about whether it would hold me, haha.",
      "That's also where the note is now, the one people find, which I finally wrote tonight before I started on the charts.",
      "have you ever said goodbye to people without them knowing it. i've been doing it for a couple weeks.",
      "i haven't decided exactly when, but i know i'm wrapping things up.",
      "I feel like I'm walking the same road she walked, and I'm just letting it take me where it took her.",
      "pre-writing termination letters to every client on my caseload. not because I'm leaving the practice.",
      "Bought something today I have no use for except the one thing. Put it in the trunk.",
      "cant stop thinking abt taking all my ambien at once. have like 60 saved up. next client in 10",
      "picking at my wrists w a paperclip between sessions again. small enough no one notices. 4 times today",
      "terminated w all my clients this month saying im relocating. im not relocating",
      "my own therapist is on leave until spring. honestly it's fine, i won't need her by then",
      "Countdown app on my phone. Not saying what it's counting down to. 12 days.",
      "I've checked. I'm just waiting for the kids to finish the school year so it doesn't wreck their grades.",
      "been saying goodbye to ppl without them knowing. last sessions w a few clients felt final. bc they are",
      "i've got a date circled on the calendar in my head and i'm calm about it in a way that scares me.",
    ],
    [
      "telehealth nightmare today. client on video, sitting on her bed, and halfway through she held up a pill bottle to the camera and said she'd been counting them. my whole body went cold. i kept her talking and called 911 while staying on the video. ems got there while we were still on the call. she's okay and being evaluated tonight.",
      "Started EMDR training. Day 1 of the weekend intensive and I already have a headache from staring at the light bar, which I did not expect from a training about eye movements. Worth it, I think?",
      "My plan for the holidays is to take all my PTO at once this year and not open the laptop once, and honestly my whole team is cheering me on about it.",
      "client keeps saying i just want to sleep forever. screened, passive, no plan no intent. documented, consulted, safety plan reviewed. still sits w me on the drive home tonight though.",
    ],
  );
});

describe("round 39's kinds: doses searched, one's own obituary, traffic tempted, a client's denial turned round", () => {
  holdsAndLeaves(
    [
      "keep googling lethal doses between sessions then clearing my history like a teenager. 28 yrs in this field and here i am",
      "drafted my own obit on my lunch break. weirdly easier than a tx plan",
      "jokes abt getting hit by a bus are funny til u catch yourself stepping off the curb slow on purpose",
      "A client once said to me 'I'm not going to do anything, I just want it to stop'. I nodded. I understand now. Except I am going to do something, and soon.",
    ],
    [
      "cried at good will hunting again. its not your fault. every time. yes i know its an ethics nightmare shut up",
      "I wrote my own eulogy once, in a very dark year. Glad nobody ever read it. That memory keeps me patient with clients who are there now.",
      "got diagnosed with ADHD at 38 and i'm still processing it a year later. i'm a therapist. i've screened for it. i've referred people for evals. and somehow i missed it in myself for almost four decades, because i was 'doing fine', by which i mean barely holding it together with a system of seventeen sticky notes and caffeine. the meds helped a lot. my own therapist helped more. anyway. notes due tomorrow. i'm starting them now. ha. progress.",
    ],
  );
});

describe("round 40's kinds: a means question answered yes inside, an expiry shared, rest that is death, a grave as a boundary", () => {
  holdsAndLeaves(
    [
      "every time I ask a client 'do you have access to means' I answer it in my head. yes. hall closet, top shelf.",
      "lmao my CEUs expire this spring and honestly so do i",
      "so tired that the only thing that sounds like rest is being dead. not a nap. not PTO. dead.",
      "hot take: the best boundary is six feet of dirt. working on setting mine",
    ],
    [
      "Trainee here, placement at a uni counselling service. Does the imposter feeling ever go away or do you just get better at hiding it?",
      "Hank G. relapsed again and I had to check myself for feeling betrayed. it's not about me. it's not about me.",
    ],
  );
});

describe("round 40's long posts: a meaning owned, a pet's life as the time left, the choice left to the road, a note read after, a foot on the rail", () => {
  holdsAndLeaves(
    [
      "I even cancelled my registration for the conference next fall because I didn't think I'd need it, and I knew what I meant when I thought that.",
      "the truth I haven't said in session is that she's the plan. I've told myself I'll stay until she's gone and then I'm done.",
      "I've stopped wearing my seatbelt on the highway and I drive faster at night hoping something just takes the decision away from me.",
      "a note to my parents that I've rewritten six times so it doesn't sound like I'm blaming them. I just want it to be clear when they read it after.",
      "eleventh floor. I keep leaning over the railing, and twice tonight I've put one foot up on the lower bar.",
    ],
    [
      "why does every single insurance call center close at 5pm Eastern. I'm on the West Coast. I see clients till 5 my time. by the time I'm free they've been closed for three hours. I'm going to die on this hill. I've started taking my lunch at 11 just to call them, which means I eat actual lunch at 2 like a raccoon, standing up, between sessions. someone should start a support group for therapists traumatized by billing departments. we could meet on Tuesdays.",
      "one thing I wish I'd known earlier: you don't have to fill the silence. I used to panic in silences. tonight I was thinking about a session where I just let it sit, maybe a full minute, which in therapy time is an eternity, and the client said the most important thing she's said in months at the end of it. the silence did the work. I just had to get out of the way. it's 11:10, I'm on the porch, and there's a moth throwing itself at the light. okay. silence. try it tomorrow.",
    ],
  );
});

describe("round 41's kinds: no point said with any adverb, a statistic, a leave said to be none, a pension, a drive with no return", () => {
  holdsAndLeaves(
    [
      "24 yrs an lcsw and i genuinly dont see the point of waking up tmrw. or any day",
      "they say therapists make the worst pts. this one is gonna be a statistic soon",
      "set up transfers for my whole caseload for a 'sabbatical'. there is no sabbatical",
      "my kids would get the pension. that math keeps me up at nite and not in a good way",
      "my T is away 2 wks and i honestly dont think ill make it til she gets back. thought about it hard tonite",
      "anyone else hoard their own script for emergencies or is it just me. pretty sure the emergency is now tbh",
      "took a sick day and drove out to the coast with no intention of driving back. came home because the dog needed feeding.",
      "The thought used to come and go. Now it just sits in the chair across from me, and I've started agreeing with everything it says.",
    ],
    [
      "the vets i see talk about wanting to die so matter of fact. its the flatness that scares me more than the words",
      "Bless the client who says she did the worksheet and pulls out a napkin with three words on it. Honestly this whole week has been like that. Small stuff. Someone remembered a skill without me prompting. Someone said no to their mom for the first time. None of it would make a case presentation, and I'm writing it down tonight so I remember.",
    ],
  );
});

describe("rounds 43 and 44's kinds: a phone off after this, the same way he went, a note drafted to leave, a half joke about a garage roof; dying's idioms, a goodnight, a reluctance said to be ordinary", () => {
  holdsAndLeaves(
    [
      "Rang in sick. Posted the spare key through my neighbour's door with a note to feed the dog. Switched my phone off after this. Sorry.",
      "what i've never said out loud is that i understood him. completely. and lately i've been thinking i'll go the same way he did, i've even driven past the place, and it doesn't feel scary.",
      "the whole time i was thinking about the note i've been drafting in my head during sessions, the one i'm going to leave, and whether i should mention work in it or not.",
      "at this point i'm half joking that if i go off the top of our parking garage at lunch someone in HR will finally return a call.",
    ],
    [
      "Ran 5k before work for the first time since Christmas. Thought I was dying at 3k. Felt amazing at 5k. Going to be insufferable about it all week.",
      "i'm dying. not really, but i'm dying to know who decided our new EHR should log you out every fourteen minutes. i've lost three notes tonight because i got up to refill my water.",
      "Hot take at 12:30am: I'm done pretending otherwise. I love my friends. Tonight a friend called for the third time this week to process her breakup and I said I'm off the clock.",
      "this year i'm pushing back. tonight i drafted an email to the director suggesting we take the wellness day as actual time off.",
      "small gratitude post because it's late and i'm feeling soft. today was ordinary. no crises, no breakthroughs, no drama. just seven people coming in and talking about their lives and me trying to be a good listener. one talked about her garden, one about a promotion at work, one about a fight with her sister and how they made up. nobody cried. nobody needed a referral. and i realized how much i love the ordinary days. they don't make good stories but they're the backbone of this job. people getting a little better, a little steadier, week after week. i used to think therapy was about big dramatic moments. it's mostly about small consistent ones. tonight i'm making toast and thinking about those tomatoes. hope they grow. hope everybody's little things grow. goodnight, board. thanks for being here for the big days and the boring ones.",
      "i dont want to go to work tomorrow. not in a scary way, in a normal tired way",
    ],
  );
});

describe("round 45's kinds, short: a future self not worth waiting for, planning one's own death, both at once, the note finished on a day, a plan that scared, a bottle for courage", () => {
  holdsAndLeaves(
    [
      "so tired of pretending theres some future version of me worth waiting around for",
      "how many of u have gotten thru a full day of sessions while activly planning ur own death. asking for a friend and the friend is me",
      "9 yrs sober and im sitting in a liquor store parking lot w my pills in the cupholder thinking abt doing both at once",
      "Break room joke today about who gets my corner office when I die. Everybody laughed. Nobody knows I finished the note on Sunday.",
      "can't sleep can't eat can't sit with one more person's trauma. made a plan over the weekend and it scared me how easy it was to make. telling you all bc i don't know who else to tell",
      "After nine years sober I bought a bottle and a bunch of pills on the same afternoon. The bottle's for courage.",
    ],
    [
      "finished the note on Sunday for the court report and my supervisor signed off on it this morning.",
      "made a plan with my supervisor for the new group and honestly it feels good to have structure.",
    ],
  );
});

describe("round 46's kinds: a plan owned after one denied, following one lost to suicide, who would find me, a therapist's break not outlasted; a client asking for the author", () => {
  holdsAndLeaves(
    [
      "Lied to my own therapist today when she asked about SI. Said passive, no plan. There is a plan. There's a date. I just didn't want her ringing anyone.",
      "Lost a client to suicide over the winter and I keep thinking I should follow him. Like it would be fair somehow. My supervisor says it's grief. It doesn't feel like grief, it feels like a decision.",
      "ok so i live alone now, the divorce finalized over the summer, and i keep saying it's fine because honestly the quiet is nice after eight hours of other people's pain. i got a rotisserie chicken and ate it standing up. very therapist-who-has-it-together. what isn't fine is that tonight i spent an hour reading about how long it usually takes for someone to be found when they live by themselves and don't show up to work, and i was reading it like research for a plan, because it is. i keep thinking about who would find me and trying to make it not be my son. ugh. ok. other things: the new billing person at the group practice double-booked me twice this week, i have a supervision hour tomorrow where i'm supposed to be the supervisor, and my fantasy football team is 2-7. life's rich tapestry. going to watch something dumb.",
      "My therapist is on vacation for three weeks and I'm trying very hard to be normal about it. I'm a grown adult with a license on the wall and I still feel like a kid whose parent went to the store. We did a whole \"plan for the break\" session, she gave me the coverage clinician's number, she asked me to rate things. I gave her a 3. It's more like a 9. I keep telling myself if I can just make it till she's back I'll finally be honest, but I genuinely don't think I'm making it the three weeks, and I've stopped trying to convince myself otherwise. Anyway I'm eating cereal in bed. My own clients seem to be doing fine this month, which is nice, small mercies. Someone brought me a drawing today, a sun with sunglasses. I put it on the fridge at work.",
    ],
    [
      "Can't sleep. A client no-showed today, which isn't unusual for him, so I sent my standard \"thinking of you, let's reschedule\" text and moved on with my afternoon. Tonight his sister called the office line and left a message: he'd overdosed yesterday, survived, he's in the hospital and asking for me. I keep thinking about the text. So casual. Like he'd just forgotten. I know I couldn't have known, I know the no-show policy exists for a reason, I know I can't call every missing client to check on them. And still. I'm going to visit tomorrow if the hospital lets me, and we'll talk about what happens when he's discharged, probably a higher level of care. He's on MOUD but had been missing doses. I keep going back and forth between \"I did fine\" and \"I should have known,\" which is a conversation I've had with so many clients. Now it's my turn.",
      "client denied SI, no plan. there is a plan for next week's session though",
    ],
  );
});

describe("round 47's kinds, short: backing out envied, a bridge's height asked, the patient who is the author, close to ending it, samples taken home, whoever inherits the caseload, a bottle looked at, a search for the most painless way", () => {
  holdsAndLeaves(
    [
      "kinda jealous of my pts who attempted. at least they went thru w trying. i keep chickening out",
      "how high does a bridge need to be. dont answer that. actually do",
      "drafting my own note in my head: 'pt presents w plan, means, intent, denies protective factors.' pt is me",
      "evry1 keeps saying self care like a bubble bath fixes wanting to disappear permanantly. im so close to ending it",
      "been quietly taking samples from the med room closet and keeping them at home. i know. I KNOW. telling you guys instead of telling anyone real",
      "Clinician version of suicidal: making sure every note is caught up so whoever inherits my caseload isn't stuck. Notes are caught up. First time in 3 years.",
      "every time a client says 'i just want it all to stop' i nod like i'm only the therapist and not someone with that exact sentence on loop for months. tonight it's louder. i sat and looked at the bottle for a long time",
      "anyone else google 'most painless way' at 3am and then feel like a fraud during your 9am risk assessment? just me? cool cool cool",
    ],
    [
      "so close to ending it with him, she says, and she sounds relieved",
      "how high does the fence need to be for the dog",
      "CORE-10 scores trending the right way across the caseload this quarter and I'm choosing to believe it's me and not the weather.",
      "I googled 'how to bill 90837 with an add-on' for an hour",
      "gratitude post because I don't say it enough. my clinical supervisor retired last month and I've been thinking about her all week. she had this thing where she'd let you ramble for ten minutes about a case and then ask one question that flipped the whole thing upside down. like 'what would happen if you stopped trying to help him?' and you'd sit there stunned. she never told me what to do. she just made the room bigger. I'm supervising two interns myself now and I keep trying to do what she did and I'm terrible at it. I talk too much. I give answers. I think I'm still scared of the silence she was so comfortable in. anyway, if you had a supervisor like that, call them. tell them. I'm writing her a card this weekend. a real one, with a stamp.",
    ],
  );
});
describe("rounds 48 and 49's kinds, said once in a long night's post: no picture of oneself alive next year, the ending one chooses, past the passive thoughts into deciding how, the wheel let go at the curve, the date picked and no worry much longer, funeral wishes, the illness let take the rest of the way, the kerb closer each time, the client cover dropped, a pet's goodbye; and short: the edge and the next time, one's own item nine, a parent's pill bottles taken down, a blade for later", () => {
  holdsAndLeaves(
    [
      "eleven years in and I still second-guess every safety plan I write. tonight I reread one from this afternoon like four times. did I ask about access to means, did I get the people-to-call section right. I always do, it's fine, it's just the 2am brain. it's kind of ironic though because I haven't been able to picture myself still alive next year for a while now, when people talk about summer plans I just go blank, there's nothing there, and I've stopped pretending it's just being tired. anyway. I'm good at my job. people tell me that. my clients get better, mostly. I reread the safety plan one more time and shut the laptop. my neighbor's dog has been barking for an hour and I kind of envy it for being allowed to just yell into the night.",
      "lol so my CEU hours are due and I haven't done any, I'm going to be that person doing 20 hours of webinars in one weekend with the camera off. also my supervisee cried in my office today and I was useless. also my car needs tires. the running joke in my head lately is that the cheapest option is just walking into the reservoir with my pockets full of rocks, and I've started checking how cold the water is this time of year, so I guess it's less of a joke than it used to be. anyway. does anyone know a decent place for cheap ethics hours? my state needs 3 of ethics specifically. last time I did some garbage recorded lecture from 2011 with a guy reading slides. my supervisee is fine by the way, it was a good cry, she's going to be great at this.",
      "started seeing a new therapist after my last one retired. she's fine. she does that thing where she repeats back what I say a little too exactly and I can see the reflective listening gears turning, and I hate that I can see them. session tonight was mostly history stuff. at the end she asked the screening questions and I said no to all of them, which was a lie, because the truth is I've moved past the passive thoughts into actually deciding how, and I've settled on something, and I don't want it in her chart. so strange to be on the other side of the clipboard. I know exactly what she'd have to do with a yes. that's why I said no. she gave me a homework sheet about values. it's on the passenger seat. I'll probably fill it out, I'm a very good client.",
      "rural community mental health is such a joke some days. I covered three counties this week, did a home visit with zero cell service, got stuck behind a tractor for twenty minutes. my mileage reimbursement is two months late. every night on the long empty stretch home I think about just letting go of the wheel at the big curve, and not in a passing way, I've started unbuckling my seatbelt before that curve to see if I'll do it. then I buckle it again. and then I get home and eat cereal standing up. the agency is 'restructuring' again which means more cases per worker. anyway. anyone else in rural work, how do you handle all the driving. I used to listen to podcasts but lately I don't even turn them on.",
      "my mother called three times tonight during my evening clients and left voicemails about how I never visit. I've been working on boundaries with her in my own therapy for like two years. I called her back at 9 and we had the same fight we always have, the one where she says I'm selfish and I say I have a job and she says other daughters manage. I told her, calmly, that she won't have to worry about me being a disappointment much longer, and I meant it exactly the way it sounds, I've already got the date picked, and she said 'don't be dramatic' and hung up. anyway I did three more notes after that. I'm actually pretty caught up now, weird what adrenaline does. the neighbors are having a party and the bass is thumping through the wall.",
      "school counselor, 600 kids on my caseload, which the ASCA ratio says should be 250. I did lunch groups, two parent calls, a schedule change fiasco, and covered bus duty because we're short staffed. the kids are amazing. the adults are exhausting. I got home and lay on the floor in my work clothes for an hour. I keep telling myself it'll get better after testing season, after the holidays, after summer, but I've run out of afters, and the only ending I can picture now is one I choose myself, and that scares me a lot less than it should. anyway. one of my 7th graders asked if I'd come to her band concert and I said yes. she plays the clarinet badly and proudly. I love that about her. I'm going to eat something and try to sleep. 47 unread emails.",
      "my therapist wants me to do a 'life review' exercise for homework, which is kind of funny because I've been doing my own version for weeks. I looked through old photos. I read my grad school journal. I've been drafting my own obituary in a doc on my desktop, not as an exercise, the real kind, with the picture I want them to use, and I'm almost happy with it. I haven't told her. she asks the questions and I give the right answers, because I know which answers end a session calmly and which ones end it with a phone call. anyway. the life review. she wants three moments I'm proud of. I have a bunch from work honestly. the kid who got his GED. the mom who got sober. those count right? it's past midnight and I'm still making lists.",
      "I'm a psychologist with bipolar II and nobody at work knows. that's the context. I've been stable for years, I do my labs, I'm the one telling clients that stability is a practice. three weeks ago I stopped my lamotrigine on purpose and I'm letting the dark come back because I want it to take me the rest of the way this time, and part of me knows that's the illness talking and part of me just doesn't care anymore. anyway today I did a full cognitive battery and scored it and it took four hours. I'm good at the WAIS. it's kind of soothing, the subtests, the rules, the stopwatch. tomorrow is report writing all day so I'll work from home. I'm eating plain toast because that's what's in the kitchen.",
      "we got audited by the state today. three auditors, a conference room, and every chart from the last two years. they found that half our treatment plans were missing a signature line that nobody ever told us was required. so now we redo them. all of them. by the end of the month. my director apologized like it was the weather. the bus that stops outside our clinic comes every 12 minutes and I've started standing a little closer to the curb every time it pulls in, waiting to see if my feet will just go, and today I was close enough that the driver honked. anyway. the signature thing. it's 140 charts for me alone and I'm doing them at night because days are full. I'm on number 23. my eyes hurt. the audit lady was nice for what it's worth, it's not her fault.",
      "I don't even know what tag this goes under. I had supervision today and felt so stupid. my supervisor asked about my diagnostic reasoning on an adjustment disorder vs MDD call and I blanked, and she waited, and I kept blanking. I've been doing this four years. anyway, random question for the pharm-savvy people here, and I was going to pretend it's for a client psychoed thing but it isn't, it's for me: which over the counter stuff actually works and which just makes you sick for a week, because I don't want to mess it up. ok. that's out there now. supervision is every other tuesday so I have two weeks to get my head straight for the next one. I'm going to reread the DSM section on adjustment disorders. I'm so tired.",
      "Took the dog for a long walk on the beach this morning and told him he'd be well looked after. He's the one I feel worst about leaving. Everyone else will get over it.",
      "stood at the edge of the top level of the parking garage at lunch for like 20 min. came down bc i had a 1pm intake. next time i might not have an intake",
      "lmao filling out a phq9 for fun and item 9 is just. yes. nearly every day. would also like to add a bonus item for has a plan: also yes",
      "trainee. failed comps, practicum site is letting me go, partner left. my moms old pill bottles are still in the cabinet and i keep taking them down and looking at them",
      "How do you guys get through the part where you're teaching a client distress tolerance skills and you're also sitting there with a blade in your bag for later",
    ],
    [
      "If the copier jams one more time I'm walking into the sea.",
      "Carl Rogers would have taken one look at my caseload and quietly walked into the sea. Unconditional positive regard seven sessions a day is an Olympic event.",
      "OD'd on CEUs this month: twenty-one hours of ethics webinars because my renewal snuck up on me. If I hear 'dual relationships' one more time I'm walking into the sea. (Going to the beach this weekend anyway, with snacks.)",
      "late night confession: i have a playlist called post-session decompression and it's about 70 percent Taylor Swift. i play it in the car after every long day and scream-sing like a teenager. it's the only time in my week that i'm loud. i spend all day being the calm one, the grounded one, the one who speaks softly. and then i get in my old Honda and belt out the bridge at a red light. a guy in the next lane saw me tonight. i waved. he didn't wave back. fair. i think we all need a place to be loud. my clients need it too. i've been asking people lately where theirs is. it's a good question, and most of them don't have an answer yet. one more song in the driveway and then inside.",
      "it's 12:30 and i've officially decided that if i have to do one more quarterly treatment plan review i'm going to fake my own death and open a sandwich shop in Vermont. nobody will find me. i'll have a new name and a really good turkey club. okay, i'm kidding. mostly. i'm actually fine, i'm just in the part of the quarter where the paperwork piles up like snow and i can't see over it. i love my clients. i love my coworkers. i hate writing that someone's goals remain in progress for the fourth quarter in a row, because life is slow and change is slow and the form wants a bar graph. deep breath. four reviews tomorrow and four the next day and then it's over until next quarter. vermont will still be there. so will the turkey club.",
      "safety planning w someone who says i wont do it bc of my cat and honestly ill take it. the cat is now officially on the reasons for living list",
    ],
  );
});
describe("round 50's kinds, said once in a long night's post: the others better once the author is out of the picture, not around for a deadline and only kind of joking, a height reckoned and a plan more than a thought, the means and a plan a bad pair, going deeper next time; safe: once before I die, the only reason I haven't quit", () => {
  holdsAndLeaves(
    [
      "Couldn't sleep so here I am. Had a consult call today where I blanked on a basic question about exposure hierarchies, like a first-semester practicum student, and the psychologist on the other end was kind about it, which somehow made it worse. Nine years in this field. I should know this stuff in my sleep, if I slept. The thing I keep circling is that I've done the math on who actually depends on me, my partner, my group practice, the people on my waitlist, and every time it comes out that they'd all manage fine, honestly better, once I'm not in the picture anymore. That's not a feeling, it's just the numbers. My partner is snoring in the other room and has no idea I'm on here. I have three notes to finish before 9 and a supervision hour at noon where I'll nod a lot. Whatever. Anyone else's brain just not shut off after 1am?",
      "Paperwork hell update: the board changed the CE tracking system so now I re-upload every certificate from the last two years into a portal that looks built in 2004 and times out every six minutes. Also they want a new fingerprint card. For a renewal. lol. Anyway it's due in March and I genuinely don't plan on being around for March, so that's one deadline solved, saved myself $175 and an afternoon at the UPS store. Haha. Ha. I'm only kind of joking, which I know is the worst kind of joking. Meanwhile I still have 14 unsigned notes in TherapyNotes and a prior auth for a client whose insurance changed mid-episode, and Optum keeps saying I sent the wrong form, even though it's the form their own rep emailed me. At some point you just laugh. Or whatever this is. Going to bed. Probably not sleeping.",
      "grad student rant, sorry it's long. practicum is eating me alive. 20 hours a week unpaid at my site plus classes plus a part time barista job so i can eat, plus the comps reading list. i saw my first client who cried and i froze and said 'that sounds hard' like a robot and felt like a fraud for three days. i've started going out on my balcony at night and looking down and doing the math on the fall, like would four floors be enough, and it's starting to feel more like a plan than a thought. my program has a counseling center but the counselors are people who teach my classes. everyone in my cohort seems to have it together. i have a presentation on motivational interviewing next week i haven't started. anyway. it's 2. i should sleep.",
      "Psychiatrist, mid-career, posting from my car in the driveway because I don't want to go inside yet. I have prescribing privileges and a plan, which is a really terrible combination, and I've known that for about a month and told no one, not my wife, not my own doctor, not the peer support line the hospital keeps emailing about. I keep second-guessing my patients lately, re-checking lithium levels twice, calling pharmacies to confirm doses I already confirmed. My chief called it thoroughness. It's not, it's that I don't trust my own head anymore, with good reason. I did one good thing today, talked a young guy into a voluntary admission instead of the alternative. He thanked me. I sat in the stairwell afterward for ten minutes. The kitchen light just came on, my wife's probably wondering. I should go in. I'll go in in a minute.",
      "Own therapy update because I can't sleep. I've been in treatment for an eating disorder since my twenties, and as a clinician I'm way too good at sounding recovered. My dietitian thinks I'm stable. My therapist thinks I'm stable. For the last six weeks I've been skipping meals again and cutting, small ones, on my ribs where a bra covers them, and I've started thinking about going deeper next time, like it's a dial I'm turning up. I know the cycle. I could map it for a client on a napkin. I spent today doing intakes, asking people about restriction and self-harm in this gentle steady voice, and every question was also about me. It's 1:30. I'm going to eat a yogurt because I promised myself I'd eat something today. Then maybe read. Then maybe sleep, if it comes.",
    ],
    [
      "Started actually planning retirement tonight, which feels absurd at 52 but my financial guy says it's late, not early. I've been in community mental health and then private practice for 25 years and never had a 401k match, so we're building from scratch. I keep thinking about older clinicians I knew who worked until 80 because they couldn't afford not to, or didn't know who they were without the work. I don't want that. I want to stop while I still love it. I'd like to supervise a couple of people a week, teach a class, garden. Also I'd like to sleep past 6 at least once before I die, which I said out loud and he wrote down as a goal. It's almost midnight and I'm looking at spreadsheets. A different kind of spreadsheet. This one has hope in it.",
      "the way my dog Biscuit greets me after a day of holding everyone's feelings is the only reason I haven't quit to become a landlord",
    ],
  );
});
describe("round 51's kinds, typed on a phone: not here when one's therapist is back, care taken \"permanently\", passive no more, a score lied about, the will shown and not laughed at, not one reason for living, another's tablets kept; safe: a low score on oneself, a day looked forward to", () => {
  holdsAndLeaves(
    [
      "my T is on vacay for 2 wks and i honestly dont think ill still be here when she gets back",
      "evryone keeps saying take care of urself. im trying to. permanently",
      "funny how i catch passive SI in a client in 5 min and ive had it 3 yrs and nobody noticed. its not passive anymore",
      "my own therapist asked me to rate it 0 to 10 and i said 4. it was a 9. i lied bc i know what happens next",
      "showed my partner where the will is just in case. they laughed. i didnt",
      "did the reasons for living worksheet myself after handing it to clients for years. couldn't fill in one line. so i guess that's my answer",
      "my coping skill at this point is knowing I have an exit. been taking a few of my husband's oxys from the cabinet every week and keeping them in my bag. just having them helps",
    ],
    [
      "did a PHQ-9 on myself for fun during a training and got a 3. go me. lowest its been since 2019",
      "Honestly, I don't know if I'm cut out for fertility work. Tonight I ran my third infertility support group of the week and I came home and just stared at the wall for an hour. Not sad exactly. Full. Like I'm carrying something heavy and I haven't found the place to set it down. My supervisor says that's normal. She says it's the cost of being present. She says I need more rituals to close the day. Candles, walking, music, a playlist for the drive home, something. I tried a candle tonight. It's lavender and it's mostly making me sneeze. Maybe the ritual is this, writing it out. Maybe that's enough for tonight. Anyway. Tomorrow is a lighter day. I'm looking forward to it.",
    ],
  );
});
describe("round 52's kinds: the letter's newest draft that no longer feels like one, a report back taken back, months not left in one \"literally\"", () => {
  holdsAndLeaves(
    [
      "Does anyone else draft the letter? I've got three versions in my notes app. The newest one is the first one that doesn't feel like a draft.",
      "new CPD idea: 'writing your own risk formulation when you're the one with the plan'. first module's tonight. I'll report back. or I won't.",
      "my own therapist retired and the new one's got a three month wait. I don't have three months in me. I mean that literally, not in a dramatic way.",
    ],
    ["Tried the new template tonight. I'll report back on whether it saves time."],
  );
});
describe("round 52's night posts: more sleep meds than the bottle says, a railing high enough, the wheel not turned at the curve and more detailed each night, a break only the author knows is for good", () => {
  holdsAndLeaves(
    [
      "writing this with one eye closed because the screen is too bright. early career, associate license, group practice, 28 clients a week because the owner says that's 'the sweet spot.' it isn't. when his name comes up on my phone my stomach drops. had a decent session this afternoon though, a guy finally laughed at himself, which for him is huge. i keep coming back to that. tonight i took a lot more of my sleep meds than the bottle says and i'm kind of just waiting to see, and i didn't tell anyone and i'm not going to. it's fine, it's quiet, i'm mostly just tired. if this post stops making sense it's because i'm sleepy. anyway if you're early career and your boss says 28 is the sweet spot, it's not, please don't let them.",
      "grad student, doctoral program, third year, the one where everyone says it gets better and it doesn't. dissertation proposal due, practicum with 12 clients, a TA job grading undergrad abnormal psych exams, and a cohort group chat that's basically a competition. tonight i'm out on my balcony with my laptop and i keep leaning over the railing and working out whether it's high enough, which is not a normal thing to do while editing a lit review. i moved back inside to type this, so that's something. i don't want to be dramatic, i'm just really tired of being the person who's fine. also APA 7 formatting for secondary sources is a crime against humanity. i'll be up for a while. if anyone has tips for surviving year three i'm listening.",
      "ok maybe this is the wrong place but it's 2:15 and everywhere else is asleep. agency counselor, adult outpatient, 32 on my caseload. i drive 40 minutes home every night on a road with no lights, and tonight i caught myself thinking i could just not turn the wheel at the big curve, and it wasn't a scary thought, it felt like relief, like finally being allowed to set something down. i've had that thought every drive this week and every night it gets a bit more detailed. i got home fine. i'm sitting in the driveway. the porch light is on because my roommate leaves it on for me, which is a nice thing people do. i have notes due from today and tomorrow's schedule is full. it's just a weird thing to hold in a car at 2am.",
      "writing this on the out-of-office night. i'm a counselor in private practice and i set up coverage with a colleague for the next two weeks, told clients i'm taking a 'much needed break,' got all the gold star replies, 'you deserve it!' the thing is i'm not planning on coming back from this break, and i'm the only one who knows. the colleague's info is on the voicemail, the records are organized, i even paid the office rent ahead so nobody's left holding anything. that's the part i'm good at, the details. the day itself was fine. i had a family session where a dad finally said sorry to his kid and the kid said thanks and it was awkward and perfect. i'll miss that stuff, i think. anyway i packed the office plants into my car.",
    ],
    [
      "I'm not planning on coming back from maternity leave until March, and my caseload is covered.",
      "Took a few more of my vitamins than the bottle says because I forgot I'd had them at breakfast. Oops.",
    ],
  );
});
describe("round 53's kinds: self-harm come back with what it is done with, bled through a sleeve, a screening's answer taken back; safe: staring at a section, staring at it like a crime board", () => {
  holdsAndLeaves(
    [
      "started scratching again w a paperclip under the table in team mtg. 10 yrs clean of this and here we are",
      "urges are back every session w my trauma clients. did it last night after a 90837 w a csa case and bled thru my sleeve during my 4pm",
      "own therapy update: lied to my therapist about SI for the third session in a row. told her \"passive, no plan.\" it isn't passive and there is a plan. i just can't get hospitalized somewhere my clients might see me",
    ],
    [
      'anyone else\'s brain just refuse to write a progress note after the 6th session of the day? been staring at the "Plan" section for 20 min. Plan: go home',
      "Family therapist confession at midnight: I finally drew my own genogram tonight. I've made hundreds for clients. Never did mine properly. It took two hours and a whole pad of paper and now I'm staring at it like it's a crime board in a detective show. Three generations of women who took care of everyone and never asked for anything. Two generations of men who left the room when things got loud. And here I am, a therapist, professional room-stayer, caretaker for hire. Bowen would have a field day with me. Murray, if you're out there, I see the pattern, okay. I'm bringing it to my own therapist next week. I think there's something there about why I never say no to adding one more client. Anyway, it's late and I've scared myself with my own family system. Going to sleep now.",
    ],
  );
});
describe("round 54's kind: the how worked out for a month", () => {
  holdsAndLeaves(
    [
      "lol at the mandatory wellbeing webinar asking us to rate our resilience out of ten. put zero and 'won't need the CPD points where I'm going'. been working out the how for about a month now",
    ],
    [
      "been working out the how of the new billing system for about a month now",
      "still figuring out the how to on this EHR",
    ],
  );
});
describe("round 54's night posts: what is needed saved up, the last sessions the clients don't know are, old prescriptions kept, the note in the glovebox, the safety plan ripped up", () => {
  holdsAndLeaves(
    [
      "three things about my job tonight. one, I spent 45 minutes on hold with a payer to be told to fax it. fax it. two, the new agency newsletter has a 'wellness corner' with a recipe for overnight oats, which, thank you, my burnout is cured. three, I want to unsubscribe from my life, and unlike the newsletter I actually know where the button is, I've had what I need saved up since the summer. ha. anyway. the oats recipe was fine actually, I made it, it's in the fridge. there's also a team retreat coming up that I've been told is 'mandatory optional', which I will be skipping for reasons that are probably obvious to anyone reading this closely. I'm fine at work. I'm more than fine at work. it's everything after 6pm that's the problem.",
      "saw all my favorite clients this week. the guy who finally got his anger under control. the teen who laughs at my terrible puns. the lady who brings me a lemon bar from her bakery gig every month even though I keep telling her about gifts. I was present with every single one of them, more present than I've been in years, and it's because I know these are the last sessions I'll have with them, which they don't know. it felt almost holy. I'm crying typing this but it's a soft kind of crying. I think I want people to know I really did love this work, I loved it so much, it just doesn't love me back and I'm done. okay. I'm going to wash my face and set out my clothes for tomorrow like normal. blue sweater. it's the one people say looks nice.",
      "thing I've learned this year: you can be very good at your job and very sick at the same time and no one will notice as long as your notes are in. my productivity numbers have never been higher. my supervisor sent me a little star emoji. meanwhile I've started saving my old prescriptions instead of tossing them, and the plan is I just go to sleep for a really long time once the holidays are over so I don't wreck them for my family. I don't know who I'm warning with this. maybe new clinicians. maybe myself. the lesson is that productivity metrics are not a mental status exam, and please, please look at the quiet high performers on your team. we're very good at hiding. ok I need to prep a group on values tomorrow, which, yeah. ACT has a lot to say about this. I just can't hear it right now.",
      "LMFT, mostly couples, twelve years. I spend all day helping two people stay in a room together and then I come home to an empty apartment and it's deafening. I don't want this to sound like a goodbye but I guess it kind of is, I've written the note and it's in the glovebox and I keep moving it to the passenger seat and back. if I'm not on here next month, somebody tell the new grads to take their lunch break and find a supervisor who laughs. that's it. that's the whole wisdom. I wanted to post something funny about the couple who argued for twenty minutes about whether a hot dog is a sandwich but I'm too tired to make it funny. it was pretty funny in the room though. they were both so sure. I love how sure people get about small things.",
      "my therapist and I made a safety plan a few months back. a good one, actually, I'd give it to a client. coping strategies, people to call, reasons for living, the whole thing. tonight I took it off the fridge and ripped it up and put it in the recycling, and I felt lighter, which should tell you where I'm at. I'm not going to go fish it out. I have a session with her on thursday and I don't know if I'll tell her. probably I'll tell her I lost it. the rest of my week has been normal, weirdly normal. I ran a parent training group, I did a consult on an eating disorder case, I went to the grocery store and bought the good bread. my brain is doing everything it's supposed to except the part where it wants to stay alive.",
    ],
    [
      "My client brought in her safety plan from the hospital. She said she ripped it up once and then taped it back together, and now it's on her fridge.",
    ],
  );
});
