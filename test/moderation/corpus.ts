/**
 * A labelled corpus of posts, written for this project, to measure the
 * moderation pipeline. `label` is what a careful human moderator would want:
 * - identifying, crisis, abuse, spam: the post must not publish as is;
 * - clinical, venting, quote, numbers: ordinary posts that must publish.
 * Every name, number and place below is invented.
 */
export type Label = "identifying" | "crisis" | "abuse" | "spam" | "clinical" | "venting" | "quote" | "numbers";
export type Case = { label: Label; text: string; also?: Label };

const identifying = [
  // email, plain and disguised
  "My client emailed me at marcus.reyes84@gmail.com at 2am asking if I was mad at him.",
  "She signed every message with her work address, dana_k@brightwaterlogistics.com, which felt like a boundary test.",
  "He wrote his email on the intake form as j o h n @ g m a i l . c o m and I laughed despite myself.",
  "Client asked me to send the worksheet to tina dot park at yahoo dot com instead of the portal.",
  "The referral came from lkowalski (at) stmarysfamily (dot) org and I still don't know who that is.",
  // phone and fax
  "A client left a voicemail from 555-201-7788 saying she would not be coming back.",
  "Her mother kept calling the front desk from (312) 555-0198 during sessions.",
  "He texted me from 555.443.2190 on a Sunday and I did not answer until Monday.",
  "His parole officer's fax is 555 301 4422 and every form gets lost anyway.",
  "Client wrote his number as five five five - 0147 on a sticky note and left it on my chair.",
  "International client gave me +44 20 7946 0958 as an emergency contact.",
  "Called the number she gave me, 1-800-555-0135, and it was a pizza place.",
  // web and social
  "My client started a blog about our sessions at www.healingwithtara.net and I found it by accident.",
  "He sent me a link to his band, https://soundcloud.com/dmitri-beats, mid-session.",
  "She kept asking me to follow her on instagram: @lucy.in.recovery, which I obviously won't.",
  "A teen client showed me his TikTok handle @skaterboy_jay and it had his full face on it.",
  "The client's wife runs a page at parentingthroughgrief.org and posts about him constantly.",
  "My client told me to look up his twitter handle is marko_v_1991 and see what people say.",
  // addresses, units, ZIPs
  "Drove past 1428 Elm Street on my way home and realized it's where my client lives.",
  "She gave her address as 77 Harbor View Road, Apt 12, and asked if I ever do home visits.",
  "He lives in apartment 4B above the laundromat and hears everything through the floor.",
  "Her kids go to the school near ZIP code 43085, which narrows it down a lot.",
  "The client's mail kept coming to our office at 200 Lake Shore Dr by mistake.",
  "Her shelter is at PO Box 1170 and she asked me to write letters there.",
  "He's in Columbus, OH 43215 now and wants to do telehealth across state lines.",
  // SSN and record numbers
  "The intake form had her SSN, 123-45-6789, written in the margin by the front desk.",
  "His MRN 4471923 kept getting mixed up with another client's chart.",
  "Insurance denied claim number CLM-20448713 for the third time this month.",
  "The billing office asked for account #558120 before they would release the records.",
  "Client's driver license no. D1234567 was in the file we faxed over by accident.",
  "Member ID W88231907 was wrong on the authorization, so the whole month is unpaid.",
  "I typed his case number 2291-0874 into the wrong portal and nearly had a heart attack.",
  "Patient ID: 00492817 is what they call him in the hospital system, which says a lot.",
  // dates and birth dates
  "My client was born on March 3, 1985, and she is convinced that explains everything.",
  "Her DOB is 07/14/1992 and the insurer keeps typing it as 1929.",
  "On June 12th my client finally told her husband the truth.",
  "The session on 03/22/2024 was the one where he walked out.",
  "His birthday is October 9 and he dreads it every single year.",
  "She relapsed on the 4th of September and called me from the parking lot.",
  "We terminated on 2023-11-30 and she still sends a card every year.",
  // ages over 89
  "My 94-year-old client outlives every friend she has and talks about it with such grace.",
  "A man aged 97 came in because his daughter thought he was lonely. He was.",
  "Working with a ninety-three-year-old widower this year changed how I think about grief.",
  // names in client context
  "My client Sarah finally told her mother no, and then sat in silence for ten minutes.",
  "Mr. Abernathy brought his dog to session again and I didn't have the heart to say no.",
  "Patient Daniel Okafor asked whether I would testify for him at the custody hearing.",
  "A boy named Leo drew me a picture of his dad's car and I had to leave the room after.",
  "Mrs. Delacroix has been coming every Tuesday for six years and I think she's my favorite.",
  "My client, Jordan, said I was the first adult who ever believed him.",
  "Worked with client J.D. for two years and he still won't make eye contact.",
  "Her son Mateo refuses to come to family sessions and she blames herself.",
  "Ms. Huang cancelled again and I am trying not to take it personally.",
  "My patient Eleanor Briggs asked me to write a letter to her landlord.",
  // schools, workplaces, small places
  "She attends Lincoln High and is the only trans kid in her grade.",
  "My client works at Harmon Logistics and his boss is the reason he comes to therapy.",
  "He grew up in Millbrook, a town so small everyone knew about his father.",
  "Her husband teaches at Westfield Academy, so she can't tell anyone at the school.",
  "The client is from a town called Pine Hollow where there is one stoplight and one church.",
  "His daughter goes to Saint Brigid Elementary and gets picked on for his arrest.",
  "She moved to Dayton, Ohio to get away from him and he found her anyway.",
  "The family lives on Maple Avenue and the neighbors have called the police twice.",
  "My client is a nurse at Riverside General Hospital and sees the worst of it daily.",
  "They transferred him to Greenfield Correctional Facility and our sessions ended overnight.",
];

const crisis = [
  "I want to end my life and I don't know who else to tell. I spend all day keeping other people alive.",
  "I have the pills counted out. I haven't told my own therapist.",
  "I started cutting again after ten years. I teach clients coping skills by day.",
  "Some nights I think everyone would be better off without me, including my clients.",
  "I've been having suicidal thoughts for months and I'm still seeing eight clients a day.",
  "I don't want to wake up tomorrow. I'm so tired of holding everyone together.",
  "I keep thinking about how I would kill myself, and then I go to work and do safety plans.",
  "Honestly I wish I were dead. Writing it here because I can't say it anywhere else.",
  "I'm suicidal and I'm a therapist and I don't know what to do with that.",
  "I wrote a goodbye letter to my kids last night and put it in my desk drawer.",
  "I hurt myself again last night. The burns are under my sleeves during sessions.",
  "There's no reason to go on living. The job took everything and gave nothing back.",
  "I've been thinking about suicide every day since my divorce, and I still show up for clients.",
  "I want to die. I'm saying it plainly because I never let myself say it.",
  "I'm going to take my own life this weekend, I think. I just wanted someone to know.",
  "I bought a rope. I don't know why I'm telling strangers.",
];

const abuse = [
  "Honestly those immigrants should all be deported, every one of them in my caseload.",
  "Some of my clients are such retards about paperwork, I can't stand it.",
  "He called the intake worker a n1gg3r and we still had to see him.",
  "I'm going to punch my supervisor if she schedules one more Friday meeting.",
  "I swear I will hurt him if he yells at the front desk again.",
  "Muslims are vermin and I don't care who reads this.",
  "Someone should shoot him for what he did to that kid.",
  "That tranny in group keeps derailing everything.",
  "I could strangle my supervisor for the way she talked to me today.",
  "I know where he lives and one day he will regret it.",
];

const spam = [
  "Buy now buy now buy now buy now buy now, best therapy notes templates in town!",
  "helppppppppppppppppppp meeeeeeeeeeeeeee",
  "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! best deal on CEUs !!!!!!!!!!!!!!!!!!!!!!!!",
  "therapy therapy therapy therapy therapy therapy therapy therapy",
  "no no no no no no no no no no no no no no no no",
];

const clinical = [
  "Wrote three safety plans today for clients with suicidal ideation. Heavy, but that is the work.",
  "Lost a client to suicide last year and I still check the news on Mondays.",
  "A client disclosed childhood rape for the first time today. I held steady until she left.",
  "Working with incest survivors has changed how I listen to silence.",
  "My caseload is half sex offender treatment and people are shocked I find it meaningful.",
  "Self-harm assessments take up most of my intake appointments lately.",
  "A teen asked me whether cutting makes her a bad person. We talked for an hour.",
  "I spent the morning on a suicide risk assessment and the afternoon on a custody evaluation.",
  "Domestic abuse cases are the ones I carry home with me.",
  "My client said she wants to kill herself, and we built a plan together. She's safe tonight.",
  "Suicide prevention training was actually useful this year, which surprised me.",
  "The hardest part of trauma work is when a client describes the abuse in a flat voice.",
  "Every week someone tells me they feel like a burden. I never get used to hearing it.",
  'My client told me "I want to die" and then asked if I would still see her next week.',
  "I asked directly about suicidal thoughts, like we're trained to, and she laughed with relief.",
  "Postpartum depression is so underdiagnosed. Three new moms this month alone.",
  "Eating disorder work requires a patience I didn't know I had.",
  "A veteran described combat flashbacks today and I had to ground myself afterwards.",
  "We used EMDR for a car accident memory and his whole face changed.",
  "Substance use relapse is part of recovery, and I keep reminding my clients and myself.",
  "A client with borderline personality disorder taught me more about attachment than any textbook.",
  "Grief after an overdose death is its own kind of grief. We talked about that today.",
  "Mandatory reporting for child abuse never gets easier, even when it's clearly right.",
  "Chronic suicidality is exhausting for the client and for the clinician, and nobody talks about it.",
  "I screened four clients for self-harm this week and all four were honest with me.",
  "Psychosis used to scare me as a trainee. Now I find it one of the most human presentations.",
  "Sexual assault survivors deserve therapists who don't flinch. I'm working on it.",
  "My client relapsed and felt so much shame. We started with the shame.",
  "A safety plan is only as good as the relationship it's written in.",
  "Working in hospice means talking about death all day, and somehow it makes me lighter.",
];

const venting = [
  "This fucking paperwork is going to outlive me. Four authorizations before lunch.",
  "Insurance denied the claim again. I am so goddamn tired of explaining medical necessity.",
  "Shit day. Three no-shows and a supervisor who thinks productivity is a personality.",
  "Why the hell does the EHR log me out every eleven minutes?",
  'I said "fuck" out loud in my car after that session and it felt great.',
  "Our clinic director cares more about billing codes than people and it pisses me off.",
  "Back-to-back sessions with no bathroom break. Whoever designed this schedule hates bladders.",
  "Damn, some weeks I feel like a human sponge that no one ever wrings out.",
  "The waitlist is bullshit and everyone knows it, but nobody will hire.",
  "I cried in the supply closet today. Then I went back and did two more intakes.",
  "Telehealth froze mid-sentence during the most important moment of the session. Of course.",
  "I am so sick of being told to do more with less.",
  "Crap coffee, crap parking, beautiful clients. That's community mental health.",
  "Nobody warned me how lonely private practice is. I talk to my plants between sessions.",
  "My own therapist cancelled on me today and I was unreasonably upset.",
  "The new documentation requirements are a joke. Ten more minutes per note, no extra pay.",
  "I hate the sound of the fax machine. I hate that we still have a fax machine.",
  "Some days I want to quit and open a bakery. Today was one of them.",
  "I feel like a fraud when clients thank me. I barely know what I'm doing.",
  "Burned out, underpaid, and still in love with this work. What a mess.",
  "My supervisor rescheduled supervision for the fourth time. Cool. Very cool.",
  "Trying not to resent the clients who cancel last minute. Mostly failing.",
  "Am I the only one who rehearses difficult conversations in the shower?",
  "Holy hell, the audit was brutal. Every note, every signature, every date.",
  "I want to scream into a pillow after these custody evaluations.",
];

const quote = [
  '"The curious paradox is that when I accept myself just as I am, then I can change." Carl Rogers, on my screen all week.',
  "Yalom wrote that it's the relationship that heals. Some days it's the only thing I believe.",
  '"Between stimulus and response there is a space." Frankl kept me going this week.',
  "Thinking about Winnicott's good-enough mother and wondering if I'm a good-enough therapist.",
  "Dr. Linehan's idea of radical acceptance is saving me this week, not my clients. Me.",
  "As Rogers said, the good life is a process, not a state of being. I needed that today.",
  "Jung said we cannot change anything unless we accept it. Accepting my caseload, slowly.",
  "Re-reading Judith Herman on trauma and recovery and feeling understood as a clinician.",
  '"What is most personal is most universal." Carl Rogers, and it\'s true in every session.',
  "Brene Brown says vulnerability is the birthplace of connection. My clients teach me that daily.",
  "Irvin Yalom's Gift of Therapy is on my nightstand again. Every chapter is a gentle correction.",
  "Kabat-Zinn: you can't stop the waves, but you can learn to surf. I'm learning, badly.",
];

const numbers = [
  "31 clients this week and I still found time to eat lunch twice.",
  "$150 a session and the insurer reimburses $62. Do the math.",
  "I've been doing this since 2019 and it still surprises me.",
  "DSM-5 criteria aside, what she needed was someone to listen.",
  "Up at 7am, first client at 8, notes until 9pm. Repeat.",
  "Rated my own stress a 9/10 today and then helped someone else with theirs.",
  "Ten years, 14,000 sessions, and I still get nervous before intakes.",
  "My caseload went from 22 to 35 in one quarter with no raise.",
  "A 50-minute hour is a lie we all agree to.",
  "PHQ-9 scores dropped from 21 to 8 over six months. I did a little dance.",
  "CPT 90837 gets denied more than 90834 and nobody can tell me why.",
  "I owe $84,000 in student loans for the privilege of doing this work.",
  "Only 3 of my 12 groups filled this quarter, and the budget meeting is Friday.",
  "Worked 60 hours this week. Billed 28 of them.",
  "In 2020 I switched to telehealth and never fully went back.",
  "It took 6 calls and 2 faxes to get one prior authorization.",
  "My license renewal needs 36 CEUs by the end of the year.",
  "The clinic raised the copay to $40 and three clients dropped out.",
  "Age 34, eight years in, and I'm already thinking about retirement.",
  "Seeing clients from 9 to 5, then supervision 5:30 to 7. I'm cooked.",
  "Covered 4 shifts for a colleague on leave, 2 of them overnight crisis line.",
  "The F41.1 diagnosis got denied but F43.23 went through. Insurance logic.",
  "In my 40s, twelve years in practice, and I still cry at graduations.",
  "A 12-week DBT skills group, 8 members, 1 very tired facilitator.",
  "My first client at 7:45 and my last at 6:15, with 20 minutes for lunch.",
];

const labelled = (label: Label, texts: string[]): Case[] => texts.map((text) => ({ label, text }));

export const corpus: Case[] = [
  ...labelled("identifying", identifying),
  ...labelled("crisis", crisis),
  ...labelled("abuse", abuse),
  ...labelled("spam", spam),
  // A link is spam and an identifier at once; the url rule reports it as identifying.
  { label: "spam", also: "identifying", text: "Great CEU deals at cheapceus.biz, click before midnight for half off!" },
  ...labelled("clinical", clinical),
  ...labelled("venting", venting),
  ...labelled("quote", quote),
  ...labelled("numbers", numbers),
];
