import { describe, expect, it } from "vitest";
import { moderate } from "../../../src/moderation/pipeline";
import { properNouns } from "../../../src/moderation/rules/proper-nouns";
import { found, foundByRule } from "./found";

/** The words the name and place rules flag in `text`. */
const namesIn = (text: string) =>
  found(text)
    .filter(([rule]) => ["proper-name", "client-name", "named-place"].includes(rule))
    .map(([, words]) => words);

describe("names without a cue word", () => {
  it.each([
    ["a full name, alone", "Brandon Keller no-showed again. Third week.", "Brandon Keller"],
    ["a name in apposition", "Still thinking about Lorenzo, the retired firefighter.", "Lorenzo"],
    ["a name the sentence opens with", "Thandiwe cancelled by email with three apologies.", "Thandiwe"],
    ["a name addressed", "To Delphine: the drawing is framed in my kitchen.", "Delphine"],
    ["a name watched doing something", "Watched Oisin finally open up about the divorce.", "Oisin"],
    ["a word-name beside the author", "Summer and I finally named the shame underneath it.", "Summer"],
    ["initials whose mum they are", "TK's mum rang to cancel again.", "TK's"],
    ["initials the post is written to", "MJR, if you're reading this, I'm proud of you.", "MJR"],
    ["a name the post is written to", "Heather, if you are reading this, the answer is still no.", "Heather"],
    ["initials in brackets after an appointment", "my 3pm (JL) cried for the first time today", "JL"],
    ["a word-name whose dad is watched", "It hurt, watching Hope's dad leave the room.", "Hope's"],
    ["a lower-case word-name spoken of after", "grace finally moved out and her sister helped.", "grace"],
    ["a lower-case word-name after with", "long hour with faith today, she cried twice", "faith"],
    ["a possessive", "Spent lunch on the phone with Aaliyah's school counselor.", "Aaliyah's"],
    ["an initial and a surname", "Does anyone know if R. Castellanos got transferred?", "R. Castellanos"],
    ["a title that is not Mr or Mrs", "Pastor Greene said he has not told his congregation.", "Pastor Greene"],
    ["a name in lower case", "told ashley today that i'd be on leave for a month", "ashley"],
    ["a lower-case name as the subject", "cant believe devontae finally brought his dad", "devontae"],
    ["a lower-case name after told", "i told grace i'd look into the sliding scale", "grace"],
    ["a name that is also a word, with a verb", "Will keeps asking me if he is a bad person.", "Will"],
    ["a name that is also a word, and her", "Faith and her sister got into it in my waiting room.", "Faith"],
    ["a word-like name opening a post in lower case", "grace came in furious at her ex today", "grace"],
    ["a season as a name, after with", "Two years of sessions with Autumn and she finally laughed.", "Autumn"],
    ["a virtue as a name, after told", "I told Joy her mother was not my client.", "Joy"],
    ["a first name and an initial", "Heather M. asked me to stop taking notes.", "Heather"],
    ["initials beside the author", "KT and I finally named the shame underneath the anger.", "KT"],
    ["capitals the post calls initials", "my 3pm, initials MRW, brought her sister this time", "MRW"],
    ["initials set off by commas after an appointment", "my 4pm, RT, reminds me so much of my brother", "RT"],
    ["a word-like name that misses a session", "Precious missed her third appointment in a row.", "Precious"],
    ["a place name that gets what is hers", "Brooklyn got her licence back and drove herself in.", "Brooklyn"],
    ["initials that pass a test", "AB passed her driving test after two years of exposure work.", "AB"],
    ["a name that is also a large city, before what a person does", "Houston cried through the whole hour.", "Houston"],
    ["a word-like name and a progressive", "Hunter has been sleeping in his car again.", "Hunter"],
    ["a possessive before a relative", "Harmony's stepdad called my office twice.", "Harmony's"],
    ["a name in capitals", "swear to god if BRANDON reschedules again", "BRANDON"],
    ["initials opening a sentence", "RJ texted me at midnight again.", "RJ"],
    ["a name in apposition with who", "Sue, who I see for panic, finally drove on the highway.", "Sue"],
    ["a possessive before someone in the person's life", "Rose's probation officer wants my notes.", "Rose's"],
    ["a name that is also a word, lower case, before told", "charity told me her landlord is evicting her", "charity"],
    ["an institution whose name starts with New", "Her aunt runs the food line at New Hope Pantry.", "New Hope Pantry"],
    [
      "a name that is also a word, inside a sentence",
      "I think you did a bad thing, Hunter, and you know it.",
      "Hunter",
    ],
    ["a name from another language", "Oksana talks about the shelling the way others talk about traffic.", "Oksana"],
    ["a nickname the text calls one", "Peaches, which is what everyone at the shelter calls her, asked me.", "Peaches"],
    ["a nickname in quotes", '"Sully" — that\'s what he makes everyone call him — told me.', "Sully"],
    [
      "a nickname the person insists on",
      "Big Mike, as he insists I call him, cried for the first time today.",
      "Big Mike",
    ],
    ["a month that acts as a person", "April took her son out of school for the session.", "April"],
    ["a word-name set off as an appointment", "Hope, my Tuesday 3pm, finally got a flat of her own.", "Hope"],
    ["a name set off as a client", "Grace, my new client, brought her mother along.", "Grace"],
    ["a word after a coach's title", "Coach Barrow called me about the team again.", "Coach Barrow"],
    ["a word after an officer's title", "I told Officer Young the family had moved.", "Officer Young"],
    ["a nickname of a size and a letter", "Big T came in today, still at war with his landlord.", "Big T"],
    ["a letter nickname's family", "Little J's mum rang to cancel.", "Little J's"],
    ["a name after words she was told", 'I was told "Stay" by Marcus after the session.', "Marcus"],
    ["a name after a nickname given", 'She got the nickname "Bean" by Tanya at school.', "Tanya"],
    ["a name as a folder's label", "The folder labeled Marcus Reyes is still on my desk.", "Marcus Reyes"],
    ["a lower-case name before a past tense", "lupita did her first exposure today. went in alone.", "lupita"],
    ["a name that opens what is said to them", "Marguerite, I got the postcard from the coast.", "Marguerite"],
    ["a character's name where the title is no title", "Paul is in treatment for the first time.", "Paul"],
    ["a name after a pet that is not the pet", "Her dog attacked Marcus last week. Marcus is still shaken.", "Marcus"],
    ["a character's name in a sentence without the title", "Rewatching Shrinking. Paul is my new client.", "Paul"],
    ["a name after a quotation that is no title", '"The office feels like a cage," Kevin told me.', "Kevin"],
    ["a name after words said in title case", 'I was told: "You Are Worthless" by Marcus, every day.', "Marcus"],
    ["a name after a poem's title", 'Her poem titled "Drowning" by Kayla Brandt won the contest.', "Kayla Brandt"],
    [
      "a name in a sentence of names",
      "Drove Hunter and Destiny to Sweet Hollow on Friday with their Grandma.",
      "Hunter",
    ],
    ["a surname of a head of government, alone", "Trudeau came in today, still furious at her sister.", "Trudeau"],
    [
      "a name in a line in title case",
      "Things I Learned From Maria Gonzalez This Week In Group",
      "I Learned From Maria Gonzalez This Week In Group",
    ],
    [
      "a name set off by what the author says of the person",
      "Marguerite, my retired ICU nurse who knits, told me.",
      "Marguerite",
    ],
    ["a name and an age set off by commas", "I keep missing it with Tomas, nineteen, first-year apprentice.", "Tomas"],
    ["a lower-case name before who", "shoutout to thabo who finally did the exposure homework", "thabo"],
    ["a word-like name and does his", "Will does his homework now, every week.", "Will"],
    ["a quoted nickname that walked out", "'Tiny' (six foot five, of course) walked out of group again.", "Tiny"],
    [
      "a town with or in its name",
      "He says everybody in Truth or Consequences knows his business.",
      "Truth or Consequences",
    ],
    [
      "names listed under a line that opens a list",
      "My no-shows this week:\nGrace Hill Again.\nJack Brown Twice.",
      "Hill Again",
    ],
    [
      "a client named in a title-case line",
      "Weekly Wins: My Client Hope Finally Called Her Sister After Two Years.",
      "Hope Finally",
    ],
    ["a name that is also an app's, in custody", "Her custody moved from her dad to Jane, her aunt, in March.", "Jane"],
    [
      "a character's name doing what a client does",
      "Some days this job is The Office. Jim cancelled again today.",
      "Jim",
    ],
    [
      "a name in a list a title-case heading opens",
      "People I Saw This Week, In No Particular Order:\nBrandon Okafor Again.\nThe Twins.",
      "Brandon Okafor Again",
    ],
    [
      "a character's name said to be a client, after the show",
      "Watched The Sopranos last night. Tony, my new client, reminds me of him.",
      "Tony",
    ],
    ["a name that is also an app's, referred to", "Referred him to Jane, my colleague down the hall.", "Jane"],
    [
      "a town with or in its name",
      "He says everybody in Truth or Consequences knows his business.",
      "Truth or Consequences",
    ],
    ["a surname that is a composer's", "My client Emily Bach relapsed after eleven months.", "Emily Bach"],
    ["a word-like name that dumped someone", "Summer dumped his girlfriend by text.", "Summer"],
    ["a lower-case name told about something", "had to tell nkemdirim about the fee increase", "nkemdirim"],
    ["a quoted nickname that is a word", "'Tank' from the gym cancelled again.", "Tank"],
    [
      "a nickname of someone called them",
      "Pickle (honestly what the whole ward calls them) came back today.",
      "Pickle",
    ],
    ["a word-like name and an age in the past", "Hope was 34 and terrified of her own kids.", "Hope"],
    ["a word-like name spoken of as a person", "Hope had her best session yet, she talked for once.", "Hope"],
    ["a word-like name after an adverb", "Frank finally called his daughter back.", "Frank"],
    ["a large city as a person, and his", "Dallas spent the whole session on his brother's funeral.", "Dallas"],
    ["a word-like name given an age", "june is 16 and sharper than half my grad cohort.", "june"],
    ["a word-like name turning an age", "Summer turned 14 last week and asked for a cake.", "Summer"],
    ["a lower-case name no list has, after tell", "had to tell rosalba i'm cutting down to three days", "rosalba"],
    ["a lower-case name no list has, greeted", "okay priyanka. we have talked about the 1am emails.", "priyanka"],
    ["a nickname in quotes that is someone", "'Tiny' is a 6'5 biker I see for grief and he cried.", "Tiny"],
    ["a quoted nickname from a club", "'Mad Bear' from the footy club has cancelled three times.", "Mad Bear"],
    [
      "a nickname in brackets",
      "Bubba (yes, that is genuinely what everyone calls him) wants a family session.",
      "Bubba",
    ],
    ["a nickname that is really a name", "Sunny (yes, that's really his name) finally laughed in session.", "Sunny"],
    ["a nickname a relative uses", "Lulu (what her nan calls her) drew her feelings monster.", "Lulu"],
    ["a name in a quotation she says", "'Just call me Sunny,' she said at intake.", "Sunny"],
  ])("finds %s", (_, text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    ["theorists and authors", "Rereading Carl Rogers on a Sunday morning."],
    ["a founder of a school by full name", "Michael White and Monica McGoldrick both changed how I ask questions."],
    ["a comma after a word that is no name", "Honestly, my Tuesday 3pm was the best session all week."],
    ["an illness called by a size and a letter", "Beat the Big C last year and back at work now."],
    ["a title before a safe word", "Officer Training is on Thursday for the new crisis team."],
    ["a season's greeting", "Out of office until January. Happy holidays, everyone."],
    ["a title before a word with a dot", "Officer Training. Thursday, for the new crisis team."],
    ["a theorist's school", "My own therapist is a Jungian and she asked about my dreams."],
    ["a name with van der", "Bessel van der Kolk gets quoted so much in my field."],
    ["a public figure named twice", "Prince Harry talked about EMDR and I got calls about the Harry thing."],
    ["characters in a show", "Rewatching The Sopranos and Dr. Melfi is the most relatable therapist on television."],
    ["a show after watching", "Watching BoJack Horseman after a long day of clients was a mistake."],
    ["a pet named before", "My dog Biscuit is the real therapist in my house."],
    ["a pet named after", "Otis, our office cat, has strong opinions about sand tray work."],
    ["a pet named with named", "I've been replaced by a corgi named Waffles and I'm okay with it."],
    ["a quoted title", 'Reading "Love\'s Executioner" as a new therapist was a mistake.'],
    ["a book's authors after its title", 'Somebody handed me "Burnout" by Emily and Amelia Nagoski last winter.'],
    ["a book's authors after its title, opening the post", '"Burnout" by Emily and Amelia Nagoski taught me a lot.'],
    ["a character named beside a doctor", "Rewatching The Sopranos and Dr. Melfi's face every time Tony walks in."],
    ["authors of a book therapists recommend", "I keep outsourcing my job to Amir Levine and Rachel Heller."],
    ["practice software", "Moved intake to Calendly, and I still wrestle Office Ally by hand."],
    ["a form's label", "The only box anyone reads is the one labeled Diagnosis Code."],
    ["a list's heading", "Best Moments This Week: a teenager laughed at my joke."],
    ["characters of a show watched", "Rewatching In Treatment, the scenes with Gina, his supervisor, get me."],
    ["characters of a film's scene", "The scene from Inside Out where Sadness sits with Bing Bong and Joy tries."],
    [
      "a status report in title case",
      "Status Report: Coffee: Empty. Notes: Behind. Empathy: Running On Reserve. Plan: Sleep.",
    ],
    ["a plant named", "My office pothos is named Gerald and he's taken over the bookshelf."],
    ["a procedure of attachment research", "I've taught the Strange Situation to forty grad students."],
    ["a title of address", "Ma'am, that kitten is in distress."],
    ["a head of government", "When Jacinda Ardern resigned I read her words four times."],
    ["a prayer and a hospital department", "She went to A&E for stitches. I sat in my car saying the Our Father."],
    ["a condition opening a sentence", "Perimenopause plus a full caseload is a fun combination."],
    ["a weekday before I've", "After my last client on Fridays I've started playing his old records."],
    [
      "a list in title case",
      "Things I Am Keeping: My Sense Of Humour. My Own Therapist. Sunday Walks. The Old Team Chat.",
    ],
    ["a known title without quotes", "Practice book club is doing The Body Keeps the Score and it got heated."],
    ["tools and insurers", "SimplePractice went down, then Google Meet crashed, and Aetna clawed back payments."],
    ["months, weekdays, holidays", "Mondays I see eight people. By Friday I'm a shell. Every January is hard."],
    ["states, countries and large cities", "I trained in Boston, moved to Texas, and spent two weeks in Portugal."],
    ["contractions and acronyms", "I'm sure LPCs and MFTs can bill Medicare now. We're thrilled."],
    ["a word held for emphasis", "Sooooo tired today."],
    ["a heading in title case", "Things I Said Today That I Regret: totally."],
    ["a word that is also a name, as a word", "Hope is a practice, not a feeling."],
    ["a virtue that keeps a client going", "Patience finally paid off with that family."],
    ["a city that the author loves", "Chicago broke my heart and I moved home."],
    ["a month's length", "June is 30 days long and every one of them is booked."],
    [
      "the items of a list a title-case heading opens",
      "Things My First Year Taught Me, In No Particular Order:\nSilence Is An Intervention.\nEat Before Group.",
    ],
    ["a quoted word talked about", "'Ruminating' means nothing to him, so we say 'chewing' instead."],
    ["a quoted book before its authors", "'Attached' by Levine and Heller is the one she swears by."],
    [
      "a client before ordinary words in a heading",
      "Today's Lesson, Brought To You By My Nerves: When I Feel Rushed, The Client Feels Rushed.",
    ],
    ["degrees and a festival", "I have an MPhil and a waiting list. During Navratri I stop seeing clients at five."],
    [
      "characters of a show the post cites, in the next sentence",
      "Dr. Melfi in The Sopranos is the most realistic TV therapist. The scene where she doesn't tell Tony is perfect.",
    ],
    [
      "a character beside a word for a client, in the title's sentence",
      "Rewatching The Sopranos and Tony walks in like every intake I've done.",
    ],
    [
      "a compound adjective opening a sentence",
      "Court-mandated client today. Court-ordered couples work should not exist.",
    ],
    ["a verb that name lists carry", "Bupa approved twelve, then a phone call said ten was right."],
    ["a bear of the books", "Paddington would make a decent therapist. A hard stare when needed."],
    ["a game", "My week at a glance looks like a game of Tetris I'm losing."],
    ["a royal title of address", "Thank you, Your Royal Highness."],
    ["an everyday word the lists lack", "This heatwave is killing me and the office aircon died in solidarity."],
    ["a character of a strip written as its title", "The best clinical model ever built is Lucy's booth in Peanuts."],
    [
      "a list under a line that opens it",
      "New Office Rules, posted on my own door, for me:\nLunch Happens.\nPhone Goes In The Drawer.\nNo Emails After Dinner.",
    ],
    ["the author's husband set off by a comma", "Carl, my husband, thinks I work too much."],
    ["a virtue with an auxiliary", "i've been told to triage with grace. grace does not come with extra slots"],
    ["a composer", "The phone line plays the same four bars of Vivaldi on a loop."],
    ["a verb that name lists carry", "Bupa approved twelve, then a phone call said ten was right."],
    ["a bear of the books", "Paddington would make a decent therapist. A hard stare when needed."],
    ["a game", "My week at a glance looks like a game of Tetris I'm losing."],
    ["a royal title of address", "Thank you, Your Royal Highness."],
    ["an everyday word the lists lack", "This heatwave is killing me and the office aircon died in solidarity."],
    ["a character of a strip written as its title", "The best clinical model ever built is Lucy's booth in Peanuts."],
    [
      "a list under a line that opens it",
      "New Office Rules, posted on my own door, for me:\nLunch Happens.\nPhone Goes In The Drawer.\nNo Emails After Dinner.",
    ],
    ["labelled lines in title case", "Monday: Hopeful.\nThursday: Running On Toast.\nSunday: Dread, Lightly Toasted."],
    [
      "insurers of other countries",
      "Sun Life wants it on every receipt, Manulife in a box, Canada Life and Irish Life Health too.",
    ],
    ["a compound with neo", "The neo-Freudians get skipped in most programmes now."],
    ["a curse on its own", "The system logged me out and ate the lot. Arse."],
    ["an activity and a count set off by commas", "Did my usual: Pilates, 45, then notes until midnight."],
    ["an oath before my", "Christ, my back hurts after six sessions in that chair."],
    ["what a season does to someone", "Summer ruined his sleep schedule again. Vienna shaped his whole theory."],
    ["months given counts", "Intakes by month. April was 31. May was 40."],
    ["a quoted word talked about, with she", "'Resilience' is a word my supervisor overuses and she knows it."],
    ["happy tears", "Cried when my long-term client terminated today. Happy tears mostly."],
    ["an app named without its app", "Switched the whole practice from paper intake forms to Jane this year."],
    ["an app named without its app", "My mother sends me WhatsApp forwards about mindfulness every morning."],
    ["a lower-case word before a verb that is no name", "the waitlist is 80 people deep"],
    ["the first half of a compound", "the new meta-analysis on brief contact is out"],
    ["a grandmother", "Bought a pill organiser and I feel like my nan."],
    ["a preposition after a verb of calling", "Parents were called per policy and she was furious."],
    ["an unlisted word after an article, before a verb", "Some weeks the waitlist feels endless."],
    ["an unlisted word after a possessive, before a verb", "my chromebook crashed again"],
    ["code and domains", "Node.js and Vue.js are not names."],
    ["clinical shorthand opening a sentence", "Pt was calm today. Dispo home. Endo agreed."],
    ["an adjective before a participle", "Long healed, but the body remembers."],
    ["the board's own name", "Thank you for existing, Closed Door."],
    ["a large city as a place", "Houston has the worst traffic and the best tacos."],
    ["an acronym of three capitals", "The ROI went to the wrong fax again."],
    ["shorthand in capitals opening a sentence", "PD came fast. OT said the splint can wait."],
    ["a character a child dressed as", "The six-year-old came as Batman and refused to take off the cape."],
    ["slang opening a sentence", "Lowkey proud of my notes this week."],
    ["an English word with a prefix", "Rehoming the rabbits was hard. Decluttering the office was harder."],
    ["a British spelling", "Programme funding got cut again."],
    ["a province and a brand", "Moved from Ontario last year. Peloton at 5am keeps me sane."],
    ["a holiday that starts with New", "New Year's Eve shifts are the worst."],
    ["a contraction opening a sentence", "Didn't renew my license. Won't need to. They'll manage."],
    ["a hyphenated prefix opening a sentence", "Co-facilitating a group with a new hire. Re-reading my notes."],
    ["a month that brings weather", "June brought its usual heat and half my clients cancelled."],
    ["a derived word no list has", "The new platform was fine; onboarding took three weeks."],
    ["an English word with an ending no list has", "Journaled before work. Bouldering after. Both help."],
    ["a word joined to an adjective's second half", "Faith-based practice is its own world. Trauma-informed too."],
    ["a prefix joined without a hyphen", "Autoresponder says I reply within two working days."],
    [
      "greetings and slang of other Englishes",
      "Howzit from a tired counsellor. Yaar, the review ran long. Chur for the walk.",
    ],
    ["a family therapist and a language", "Epston and White still hold up. Did supervision in Welsh today."],
    [
      "a weekday or a country before the pronoun I",
      "Mondays I see six, Tuesdays I write notes. In Germany I got paid.",
    ],
  ])("leaves %s alone", (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("reads a name with a contraction as the name", () => {
    expect(namesIn("Told the mom that Dmitri'll need a new referral.").length).toBeGreaterThan(0);
  });
});

describe("places without a trigger word", () => {
  it.each([
    [
      "a place before a colon in a sentence",
      "Her family lives out at Copper Hollow: the trailer park.",
      "Copper Hollow",
    ],
    ["a town that is a tool's name too", "She moved to Pacifica last spring and hates it.", "Pacifica"],
    ["a town", "There is a kid who rides with her grandma from Clewiston every other week.", "Clewiston"],
    ["a town of two words", "nobody in Red Lodge would believe he is in therapy", "Red Lodge"],
    ["a neighbourhood", "The boat repair place in Ballard is his.", "Ballard"],
    [
      "a neighbourhood named by ordinary words",
      "The family I see in Little Haiti got an eviction notice.",
      "Little Haiti",
    ],
    ["a business", "She does fine-line work at Black Lotus.", "Black Lotus"],
    ["an institution by its kind", "He was inpatient at Riverside Behavioral last spring.", "Riverside Behavioral"],
    ["a school", "She is a senior at Lincoln High this year.", "Lincoln High"],
    ["a team", "He plays left tackle for the Central Wildcats.", "Central Wildcats"],
    ["a neighbourhood made of two words", "The Fishtown mom with the twins is back.", "Fishtown"],
  ])("finds %s", (_, text, place) => {
    expect(namesIn(text)).toContain(place);
  });

  it.each([
    ["a large city", "I moved to Chicago for grad school."],
    ["a large city in a sign-off", "Long day, three intakes. CPN, Leicester"],
    ["a show watched", "Watched Succession again with my partner."],
    ["an acronym's letter", "The GP's referral finally came through."],
    ["a virtue in lower case", "hope is all she has left, she told me"],
    ["a public service announcement", "PSA: if you're in solo practice, write a professional will."],
    ["a test named for its maker", "My Rorschach is coffee rings on progress notes."],
    [
      "a theorist by his first name",
      "Yalom says fellow traveler. Respectfully, Irv, my fellow travelers owe me copays.",
    ],
    ["a hobby written as one word", "Woodcarving on Sundays keeps me sane."],
    ["a role before the state, as a post is signed", "Long week, good week. Counselor, Kentucky."],
    ["a phrase after with", "i try to meet her with grace and patience"],
    ["a state pair", "Ohio to Pennsylvania is twenty minutes in my car."],
    ["a one-word town that is also a word, without in or from", "Hope is what I have left."],
    ["a named program", "The Counseling Compact can't come fast enough."],
  ])("leaves %s alone", (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("a text of hundreds of names", () => {
  it("is read for its first forty, and stopped all the same", () => {
    const text = "Zorvak met Quillon. ".repeat(60);
    expect(foundByRule(properNouns, text).length).toBe(40);
    expect(moderate(text).decision).not.toBe("publish");
  });
});

describe("fresh77 and fresh79's kinds: names the US birth records know, and words that only look like names", () => {
  it.each([
    ["a lower-case name a word list lacks, as the subject", "rashida finally brought her sister to group", "rashida"],
    ["a lower-case name spoken to", "hey aoife, you don't need to bring me a present", "aoife"],
    [
      "a name with a relative after an adjective",
      "Destiny's new boyfriend drives her to every appointment.",
      "Destiny's",
    ],
    ["a name with a little brother", "Summer's little brother came to the session too.", "Summer's"],
  ])("finds %s", (_, text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    ["a lamp after an article", "Lit a diya on the windowsill for everyone I sit with."],
    ["a quality after very", "plant babies with the neighbour, fridge emptied. very zen, very calm."],
    ["a language's name", "Learning te reo Māori on my lunch breaks with an app."],
    ["a greeting", "Kia ora. Long-time lurker, first post."],
    ["a compound adjective", "Rose-coloured glasses off, door still open."],
    ["what a virtue is not", "Faith isn't always resistance. Sometimes it's the map."],
    ["a feeling defined", "Hope isn't a feeling you wait for, it's a thing you practise."],
    ["a breed before a pet's name", "My Jack Russell, Boetie, barks at the postman mid-session."],
    ["pets named after theorists", "I adopted two kittens and named them Sigmund and Carl."],
    ["a font", "Optum denied a reauth because the form was 'illegible.' It was typed. In Arial."],
  ])("leaves %s", (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh80 and fresh81's look-alikes: peoples, countries' parts, pets named before their kind", () => {
  it.each([
    ["a people named from its country", "Trained in Kenya, and the people in front of me are Kenyan."],
    ["a country named by its first part", "I spend the year in a small room in Trinidad."],
    ["a pet named, then its kind", "Hamish the collie has been my unofficial co-worker since lockdown."],
    ["a rooster", "Our rooster Gerald started crowing at 4:40 this morning."],
    ["a dog on a leash", "Came home and clipped the leash on Otis and walked."],
    ["a currency", "Sliding scale goes from KSh 1,500 to KSh 6,000."],
  ])("leaves %s", (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["a name that looks like a people's", "Brian told me he quit the program.", "Brian"],
    ["a nickname with the before a pet word", "JoJo-the-bird-lady has been coming to my group for six months.", "JoJo"],
  ])("still finds %s", (_, text, name) => {
    expect(namesIn(text)).toContain(name);
  });
});

describe("a client who shares a theorist's surname", () => {
  it.each([
    ["a common surname", "Sarah Brown cancelled again today.", "Sarah Brown"],
    ["a double-barrelled one", "Bronwen Ellis-Pryce rang about her medication review.", "Bronwen Ellis-Pryce"],
  ])("finds %s", (_, text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    "Reading Brené Brown again on shame.",
    "Albert Ellis would have hated my session.",
    "Marsha Linehan changed the field.",
    "The Stanley-Brown template is my favourite tool.",
  ])("leaves the public figure: %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of fresh76 to fresh81's kinds: names the new exceptions must not let through", () => {
  it.each([
    ["a name that is a virtue, then she", "Grace isn't always on time, but she has never missed a session.", "Grace"],
    ["a name shaped into a hole", "There's a Marcus-shaped hole in group since he moved away.", "Marcus"],
    [
      "someone phoned, after a dog",
      "Her dog got out at 2am and she called Deshawn, her neighbour, to help.",
      "Deshawn",
    ],
    [
      "a name with a breed in it",
      "Met with Jack Russell Thompson today, he is drinking again.",
      "Jack Russell Thompson",
    ],
    ["a name after the, in lower case", "the keisha situation blew up again in group today.", "keisha"],
  ])("finds %s", (_, text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    ["a greeting", "Mazel tov to everyone in my cohort who passed."],
    ["a grandmother in Tagalog", "Back then counselling meant a priest or your lola."],
    ["a loan word", "trying to stay zen about the audit, failing."],
  ])("leaves %s", (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("a pet named once, named again", () => {
  it.each([
    "Our rooster Gerald started crowing at 4:40 this morning. Thanks, Gerald. You're the only supervisor I don't resent.",
    "I adopted two kittens and named them Sigmund and Carl. Sigmund is convinced every closed door hides something.",
    "Hamish the collie sighs at minute forty. Hamish is usually right.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["a client of the same name", "My dog Max is sick. Also my new client Max cancelled again.", "Max"],
    [
      "a place after a pet word",
      "The therapy dog is Biscuit, the corgi from the Oakdale library program, and half of Oakdale knows them.",
      "Oakdale",
    ],
  ])("still finds %s", (_, text, name) => {
    expect(namesIn(text).join(" ")).toContain(name);
  });
});

describe("the second review: names the look-alike rules must still find", () => {
  it.each([
    ["a name that ends like a people's", "Saw Roman for intake today, he's 15.", "Roman"],
    ["a surname that ends like one", "The Parisi family came in for their first session.", "Parisi"],
    ["a name, the and a job", "Denise the goat farmer came back after six months away.", "Denise"],
    [
      "a baby named in a house with pets",
      "Her foster family has three dogs and a cat, and they named the new baby Aaliyah.",
      "Aaliyah",
    ],
    [
      "a name after an idiom's animal",
      "The black sheep of the family, Tyler is the only one who still visits his dad.",
      "Tyler",
    ],
    ["a virtue's name and a client", "Faith wasn't the first client to walk out on me this month.", "Faith"],
    ["a virtue's name and a session", "Joy isn't always on time to session but we make it work.", "Joy"],
  ])("finds %s", (_, text, name) => {
    expect(namesIn(text).join(" ")).toContain(name);
  });

  it.each([
    ["a state's people", "Texan clients are my favourite."],
    ["a drink after with", "Getting through the afternoon with chai."],
  ])("leaves %s", (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh84 and fresh85's kinds: what the author is, thanks in another language", () => {
  it.each([
    "Working through Lent with two grief groups. I'm Catholic, I'm allowed to negotiate with myself on this.",
    "I'm Orthodox, so the fast started early this year.",
    "Took three calls and a very patient lady at the hotline. Salamat po, whoever you are.",
    "Asante sana to the interpreter who stayed an extra hour.",
    "Hope only goes so far when the waitlist is eleven months.",
    "Hope really matters in this work, and she taught me that.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["She goes to St Mary's Catholic every week and the priest knows her.", "St Mary's Catholic"],
    ["Ayo finally said the thing he came in to say.", "Ayo"],
    ["Hope finally stopped apologising before every sentence. She wrote the zero on her hand.", "Hope"],
  ])("still finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });
});

describe("fresh88's kinds: a word-name set off as someone, in a person's state, after client in lower case", () => {
  it.each([
    ["Big win today: Marguerite, the retired letter carrier who swore she'd never cry, cried.", "Marguerite"],
    ["Summer's been sober ninety days and brought me the chip.", "Summer's"],
    ["Summer has been sober ninety days, and she wants a cake.", "Summer"],
    ["my client wren texted the clinic line at 2am again", "wren"],
    ["my client will called the clinic twice", "will"],
    ["told 'ashley' I'd see her next week", "ashley"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Hope, the thing with feathers, is overrated.",
    "Grace, the kind that nobody earns, is what I try to offer.",
    "Summer's been brutal this year.",
    'A client read "Attached" over the weekend and came back having diagnosed everyone.',
    "I nearly died laughing when a teenager explained what 'rizz' meant.",
    "The client may need a referral before the next review.",
    "Every client will need a release signed before we talk to the school.",
    "Patient care suffered when the unit was short-staffed.",
    "My client base grew after I started taking Medicaid.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh90's kinds: a team the author follows, what something would be called, shorthand", () => {
  it.each([
    "I follow the Mariners, which is good training for this job.",
    "We're lifelong fans of the Seahawks, for our sins.",
    "Sat in the back and felt something I'd call grace if I were writing a treatment note.",
    "Tech is a co-therapist now and it's terrible at its job.",
    "i have definately typed some version of that line a thousand times",
    "Hope cant be rushed, and neither can grief.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["My client plays for the Mariners and the scouts call him daily.", "Mariners"],
    ["i called grace and she picked up on the first ring", "grace"],
    ["i'd call grace tomorrow but she moved her session", "grace"],
    ["We were following the Hendersons through three placements.", "Hendersons"],
    ["I follow the Lopez case closely.", "Lopez"],
    ["We watched the Hendersons fight in the lobby.", "Hendersons"],
    ["Watching the Okafors try to co-parent in my office is exhausting.", "Okafors"],
    ["Ivy no-showed again, and I'm trying not to make it mean something.", "Ivy"],
    ["Hope finally told me she was leaving the program.", "Hope"],
  ])("still finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });
});

describe("the kinds fresh96 missed: words typed without apostrophes, towns in lower case, capitals for weight", () => {
  it.each([
    ["Marisol didnt come back after the holidays", "Marisol"],
    ["Declan wasnt ready to talk about it", "Declan"],
    ["my client's family moved to ottumwa in the fall", "ottumwa"],
    ["she grew up outside waukon and hates the cold", "waukon"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "i replay sessions in the car and think of everything i shouldve said",
    "the insurer hasnt paid since march and the biller wouldve quit by now",
    "my supervisor gave me The Look when I said self-care was a bath",
    "after a long winter everyone wants to Get Outside again",
    "there was no chance to armour up before the first session",
    "we moved to the city for my training and stayed",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("initials after a person, and a common word said loudly", () => {
  it("finds initials", () => {
    expect(namesIn("my client JT keeps asking to switch days")).toContain("JT");
  });

  it("leaves a common word in capitals", () => {
    expect(namesIn("a newborn AND a full caseload this year")).toEqual([]);
  });
});

describe("fresh98's names: an initial and a surname that is a word, a nickname the crew has called him", () => {
  it.each([
    ["does anyone know whether R. Little Bear got a bed yet", "R. Little Bear"],
    ["Spud, which is what the whole shift has called him for years, came in early", "Spud"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Not burned out, just Tired with a capital T. Going to bed at 8.",
    "She wore short sleeves. Neither of us said a word, and neither did I. Best session of the year.",
    "Warning signs: a storm cloud and a red X. Coping: a dog.",
    "We went with plan B. Then the storm hit.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of cef7212: states in lower case, compounds, contractions in capitals, places told and places that start with a verb", () => {
  it.each([
    ["She told me Sweet Hollow is the only place she has ever felt safe.", "Sweet Hollow"],
    ["She works the front counter at Feel Good Yoga and everyone knows her.", "Feel Good Yoga"],
    ["My client ACE relapsed.", "ACE"],
    ["Joy can't be scheduled before five because of work.", "Joy"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "i grew up in ohio and still miss it.",
    "we finally moved to stanley-brown safety plans at our clinic.",
    "On Mondays Im useless until noon.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh100's kinds: a quoted title with an apostrophe in it, before its author", () => {
  it.each([
    'Finished "Don\'t Call Us Dead" by Danez Smith on the bus and had to sit for a minute.',
    'Rereading "The Year We\'re Having" by Ada Okonkwo-Baptiste for the third time.',
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of edbce06: a surname that is a contraction, capitals for weight, shouted verbs, letters that end a sentence", () => {
  it.each([
    ["Her teacher, Ms Im, is worried.", "Ms Im"],
    ["Coach Cant from the middle school called me about him.", "Coach Cant"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "She showed me The Look and I knew.",
    "Clients who Feel Seen come back.",
    "Hope can't be taught.",
    "My client GOT the job!!",
    "Group meets in suite B. Parking is terrible.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of f522314: a work tied to a client, a group that starts with a verb, a place shown on a map", () => {
  it.each([
    ["Her son's song \"Mama Don't Cry\" by Jaylen Carter has two thousand plays.", "Jaylen Carter"],
    ["She started Find Your Voice, a peer support group for widows in our county.", "Find Your Voice"],
    ["He showed me Sweet Hollow on a map, the trailer park where he grew up.", "Sweet Hollow"],
    ["My client AM has been coming for two years.", "AM"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });
});

describe("fresh102's kinds: a model named after its authors, a name before a quotation, a word-name where someone is, a team's season", () => {
  it.each([
    ['Intern asked whether her client Grayson "counts as a mandated report yet."', "Grayson"],
    ["Will is on his fourth clinician at our practice.", "Will"],
    ["Hope was at her mother's when it happened.", "Hope"],
    ["Hope is on her third placement this year.", "Hope"],
    ["The starting goalie for the Kalamazoo Wings got referred to us after a rough season.", "Kalamazoo Wings"],
    ["Jake's theory is that his boss hates him.", "Jake's"],
    ["Dana's medical model of her pain is all she talks about.", "Dana's"],
    ["Maria's Model UN team won state.", "Maria's Model"],
    ["Started using Bernard's Discrimination Model with my newest supervisee.", "Bernard's Discrimination Model"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Stoltenberg and Delworth's developmental model says level one supervisees need structure.",
    "Prochaska and DiClemente's stages of change are on my wall.",
    "Karpman's Drama Triangle came up in supervision again.",
    "Faith is at the center of his recovery.",
    "Hope is his reason to get up.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh104's kinds: a word-name whose words are reported, a lower-case name asked of", () => {
  it.each([
    ["i keep thinking about what rose said about her ex.", "rose"],
    ["marguerite please stop bringing me tomatoes, i'm out of counter space.", "marguerite"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each(["daisy please stop blooming in the office plant", "hope please holds up", "thank you please stop"])(
    "leaves %j",
    (text) => {
      expect(namesIn(text)).toEqual([]);
    },
  );
});

describe("fresh100's kinds: languages, dishes and theorists of the board's other communities", () => {
  it.each([
    "Tagalog. Ilocano. Cebuano. Some of my kids move through five registers before lunch.",
    "Tuesday: Injera my neighbor taught me to make badly. Wednesday: Pupusas at a potluck.",
    "Paulo Freire said education is never neutral and I think therapy isn't either.",
    "I show Chimamanda Ngozi Adichie's talk about the danger of a single story in every training.",
    "Diwali week. Ate too much mithai and called my mother twice.",
    "Neighbour holds the ammunition for him now.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["Aroha told me that in her family you don't say the name of someone who has died.", "Aroha"],
    ["my client Paz cancelled again.", "Paz"],
    ["Wisly apologizes for his English. It beats my Kreyòl.", "Wisly"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });
});

describe("the review of a929c1e: public figures' first names, safe words after a title, a client's own model, where a virtue is", () => {
  it.each([
    ["Jessica Brown told me her husband checks her phone every night.", "Jessica Brown"],
    ["Carl Brown cancelled again.", "Carl Brown"],
    ["Sharon Brown is my client.", "Sharon Brown"],
    ["Mr. Jeong told me his son left.", "Mr. Jeong"],
    ["Marcus's Tesla Model Y got repossessed.", "Marcus's Tesla Model"],
    ["Keisha's framework for dating is wild.", "Keisha's"],
    ["Devon and Xiomara's co-parenting model is falling apart.", "Xiomara's"],
    ["My client Mark Williams cancelled.", "Mark Williams"],
    ["Dolma said her mother-in-law locked her out.", "Dolma"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Hope is on her side now, for the first time in a year.",
    "Faith is at his core, and he's scared therapy will take it away.",
    "Dr. Phil energy today.",
    "Judith Herman's Trauma and Recovery should be on every clinician's shelf.",
    "Carl Jung would have a field day with my dreams this week.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh106's kinds: a word-name past an adverb, a child set off by an age, an initial in a record", () => {
  it.each([
    ['Dawn finally said the word "divorce" out loud and then asked about her tomatoes.', "Dawn"],
    ["Posy, the ten-year-old who wouldn't say one word to me, ran the hour today.", "Posy"],
    ['Intake auto-filled the referral as "M. Okafor-Reyes, self-pay" when she has Medicaid.', "M. Okafor-Reyes"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Biscuit, my 12-year-old beagle, retired this year as our office therapy dog.",
    "Today, the ten-year-old group ran long.",
    "Got my license renewed and paid the fee. Feels like filing taxes but with more guilt. See you in two years.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh108's kinds: a name that ends as adjectives do, a name set off as the author's someone who…", () => {
  it.each([
    ["Mehwish told her father she's not going to medical school.", "Mehwish"],
    ["Wade, my long-haul trucker who only does telehealth from truck stops, froze again.", "Wade"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Kurdish is her first language and she code-switches mid-sentence.",
    "Taglish all day in group, and nobody grades it.",
    "Every February the whole caseload slumps. Gray skies, bills from the holidays.",
    'Reread Garry Landreth\'s "Play Therapy: The Art of the Relationship" on my lunch breaks.',
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh113's kinds: one of the author's group, a word-name getting on, a town in lower case, titles and tools", () => {
  it.each([
    ["Spud from my Wednesday recovery group brought in his one-year chip.", "Spud"],
    ["June's been doing so much better since she stopped working doubles.", "June's"],
    ["the summer she spent at her aunts place in hays, kansas and i had to put my pen down", "hays"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Everyone from my cohort passed the exam.",
    "Guy from my DUI group called to say one year sober.",
    "Parents from my group said it was fine.",
    "June's been doing my head in, it's so hot.",
    "anyway, kansas was flat and boring",
    "The Clinical Director sent an all-staff email about Wellness Wednesday.",
    "Shout out to every Front Desk Coordinator, Billing Specialist and Office Manager.",
    "Intake is the GAD-7, a MoCA for anyone over sixty and the AUDIT.",
    "Parents filled out the Conners and the Vanderbilt, teacher did the BASC.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of 96daf70: one of a group spoken of as a person, a job title with a place in it, towns in lower case", () => {
  it.each([
    ["Spud from the Wednesday recovery group brought in his chip.", "Spud"],
    ["Spud from my Wednesday night recovery meeting brought in his chip.", "Spud"],
    ["The Lubbock Clinic Director sent my client's file back.", "Lubbock Clinic Director"],
    ["Her Hays Probation Officer and I disagree.", "Hays Probation Officer"],
    ["her aunt's place in hays kansas is where she goes.", "hays"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "Support from my team helped a lot this week.",
    "Input from our team changed the treatment plan.",
    "Laughter from my group filled the hallway.",
    "in spring, michigan finally thaws and my caseload with it",
    "we talked about hope, texas was where she lost it.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh115's kinds: a job title on a name list, brands and characters, what something is called", () => {
  it.each([["My client Ken called twice.", "Ken"]])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "I tell the Case Manager when her referral letter was excellent.",
    "Costco rotisserie chicken for dinner, a Trader Joe's salad bag on the fourth.",
    "Own therapy today was mostly me explaining the Enneagram to my therapist.",
    "Thanos as an ex-husband works surprisingly well.",
    "Self-care update: bought a plant. Killed the plant. Clinically, I believe this is called hope.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of 679be58: a name before a job title, acronyms after client, months and states that say things", () => {
  it.each([
    ["I called Brenda Kowalski Director of Nursing at her facility about the discharge.", "Brenda Kowalski Director"],
    ["Her mom is the Nguyen Office Manager.", "Nguyen Office Manager"],
    ["she drove through hays, kansas on the way to her mom's.", "hays"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "How do you all document client SI between sessions?",
    "Patient ED presentations have doubled since the pandemic.",
    "Anyone have a good worksheet for client GAD?",
    "Do you bill client ABA hours separately?",
    "I love running patient MI groups.",
    "but summer came early this year and the waitlist exploded.",
    "honestly hope kept me going through licensure.",
    "then dawn broke and i was still charting.",
    "also patience wore thin by friday.",
    "June stayed busy for me, lots of intakes.",
    "December stayed quiet on my caseload.",
    "Virginia says the new counseling compact starts in July.",
    "Florida tells us we need a new jurisprudence exam.",
    "Advice from my consultation group helped a lot when she pointed out my countertransference.",
    "Mail from the clinic arrived late; he forwarded it.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("a month or a faith word that is a first name, after client, doing what a person does", () => {
  it.each([
    ["My client June called twice today.", "June"],
    ["my client April is doing better since she moved.", "April"],
    ["Client Christian asked about his meds.", "Christian"],
    ["Our client August relapsed.", "August"],
  ])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it.each([
    "My client May need a referral.",
    "The client June intake was rescheduled.",
    "my client may finally be ready, she said.",
    "Client Christian values matter to him.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("a month that is a first name, set off after client", () => {
  it.each([["My client, June, said she was done.", "June"]])("finds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });
});

describe("the review of 98009ea: a client's month-name named, kept on, set off; a month as a time; a public figure as a reference", () => {
  it.each([
    "My client June called twice today.",
    "Our client August relapsed.",
    "Client Christian asked about his meds.",
    "My client, June, said she was done.",
    "My client Ken called twice.",
    "A client named June called me today.",
    "A patient named Christian came into the ER.",
    "My new client goes by April.",
    "My client June keeps cancelling.",
    "Client April wants to quit therapy.",
    "Client June, who is 34, finally opened up.",
    "Client Christian, 19, disclosed SI today.",
    "My client June and her husband came in together.",
    "My client May is pregnant and she is scared.",
    "Client May brought her son to session.",
    "Client May no-showed again.",
    "My client May says she wants to stop.",
    "my client April is doing better since she moved.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "For my client, June is always hard because her son died then.",
    "For this client, April has always been hard since her dad died.",
    "For my client, August marked two years sober.",
    "For my client, May marked a year since her sister died.",
    "For the client, June ended with a hospitalization.",
    "For one client, August brought back memories of the fire.",
    "I told my client April was the anniversary of her mother's death.",
    "I reminded my client June is her anniversary month.",
    "We stayed patient, June arrived, and the referral finally came through.",
    "For my client, Christian is a word that hurts; she grew up in a cult.",
    "My client, Christian raised but now atheist, talked about guilt.",
    "My client, Christian married to a Muslim, feels torn at holidays.",
    "I gave my client Adele lyrics to journal on.",
    "My client Oprah moment today: she finally got it.",
    "My client Beyonce energy today was unmatched.",
    "My client Keanu energy is strong.",
    "I showed my client Barbie and we talked about Ken.",
    "Client Ken doll joke made her cry.",
    "I told my client Ken and Barbie is a bad model for marriage.",
    "My client Moana reference made me cry.",
    "I read my client Rumi at the end of session.",
    "My client Lincoln quote about grief helped.",
    "My client May need a referral.",
    "Patient May be discharged tomorrow.",
    "The client June intake was rescheduled.",
    "my client load in August was heavy.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the kinds fresh117 and fresh119 missed: a nickname doing what a person does, a name by its case, scripts without capitals", () => {
  it.each([
    "Tank cried today. All six foot five of him, folded into my little chair.",
    "Tank — six foot five, works the door at a bar on weekends, gentlest man I have ever met — asked if he could hug me.",
    "Tiny (six foot five, all beard) asked if he could bring his dog.",
    'Bill from my Monday veterans group said "I don\'t need you to understand it."',
    "Summer's placement fell through on the same day her front tooth came out.",
    "ok marguerite you win, i'll read the book.",
    "婷婷 writes her name in characters in the intake box.",
    "My client 婷婷 said hi.",
    "she drives in from ajo every other week",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "Mom cried today. All of her worry came out.",
    'Coworker asked how I\'m holding up. I said "structurally, no." She laughed.',
    "Mentor asked me to take over her caseload when she retires next year.",
    "Family asked me whether their father is planning something. He has been giving away his things.",
    "Supervisee asked whether she should break confidentiality.",
    "Finally told my therapist I'm a therapist. She said 'I know.'",
    "She said it in the same voice she uses to tell me about lunch.",
    "Feedback from my supervision group said I talk too fast.",
    "Summer's placement list is out and we have three trainees starting.",
    "Safety planning is mostly drawings. Her 'people I can tell' page has her grandma and a cat.",
    "I learned 谢谢 from a client.",
    "The Deputy Director replied-all 'Noted.' The Clinical Supervisor replied-all.",
    "Peer Support Specialists are the most underpaid geniuses in our building.",
    "Our new Director of Clinical Operations sent an email.",
    'The Lead Psychologist replied-all with "unable to attend."',
    "Enthusiasm For The EHR: gone.",
    "Sunshine Health denied the claim, Molina denied the appeal.",
    "Pulitzer material.",
    "Kohut would be right. Upvote me anyway.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    "The owner of Bellwether Hardware, the one with the green awning, is on our waitlist.",
    "Her Hays Probation Officer called.",
    "Her husband, a vet, lives in Dayton.",
  ])("still holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });
});

describe("the review of 5c4b843: note-style sentences, roles, times, assistants, concepts, firms and departments", () => {
  it.each([
    'Her "other mom" joy picked her up from session today.',
    "My client is an analyst at Lighthouse Partners and the layoffs are coming.",
    "My client is the director of Mercy Health and everyone in the region knows her.",
    "His ex, the one who got custody, moved to Chicago with the kids.",
    "Nobel came in with her mom and wouldn't speak.",
    "marguerite you absolute legend. ninety days.",
    "Tiny — six foot five, obviously — asked if we could do the breathing exercise with the lights off because he was shy.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "Also asked him about his drinking and he got defensive.",
    "Then asked her if she felt safe at home and she went quiet.",
    "Anyway — long story — said no to the promotion and she was relieved.",
    "Colleague asked if she should report it and I said yes.",
    "Surgeon told him he might not walk again.",
    "psych resident here. attending asked me to do the SAFE-T protocol on a pt who's been stockpiling his meds.",
    '"I cut so I have something to take care of." Fourteen, said in a whisper. She picked a succulent first.',
    "Tuesday's hearing got moved and she's furious.",
    "May's referral list is out and she's on it.",
    "oh jesus i forgot to write my notes again",
    "hey siri i need a new job",
    "面子 shaped how he talked about the shame, and we spent the session on it.",
    "Had to put my old girl Tilly to sleep this morning. Fourteen years of dog.",
    "My therapist assigned me Burnout by Emily and Amelia Nagoski.",
    "Dawn was breaking when I finished last night's notes.",
    "Safe messaging is so hard to hold in a room full of fifteen-year-olds.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of de12330: roles and services, a dawn that comes, a name after a quoted phrase, an anaesthetist", () => {
  it.each([
    'The "can do no wrong" grace got the house and my client got nothing.',
    "My client is a therapist at Coastal Clinicians and everyone there knows her.",
    "Dawn comes every Tuesday and cries for the first ten minutes.",
    "The anaesthetist put Maria to sleep and I held her hand for the last time before surgery.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "Probation called him twice this week and he's furious.",
    "Paramedic told her she was lucky.",
    "Youngest texted him at midnight again.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh122 to fresh125's kinds", () => {
  it.each([
    // someone new, introduced by a word no list has
    "new kid on my caseload is jaxxon (two x's, he WILL correct you) and he has already rearranged my fidget bin",
    // a pet word of another clause names no pet here
    "She lost the trailer, the truck and both dogs when Caney Creek came up in the flood.",
    // a capital the safe list has, where streets are usually so named
    "ran into my client buying scratchers at the Speedway on MLK & Cedar and he went full deer in headlights",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    // a feeling, not the person spoken of after it
    "My billing person nearly wept with joy when I found out. She sent me a cake emoji.",
    // a word after a letter and a hyphen
    "The dinosaur was very precise. Now I can't unsee that little T-rex.",
    // British spellings are English words
    "Omelettes all week. Colour me grateful. Organised chaos, as ever.",
    // a medicine by its generic name's ending
    "Forgot my thyroid tablet again. Levothyroxine, pill organiser, phone alarm, and I still miss it.",
    // an acronym made a verb
    "Now I say they're PCSing in the spring so let's plan termination around it.",
    // words of other languages said on the board
    "Rainy season in Manila: commute flooded, jeepney stalled, arrived soaked. Grieving the vada pav and my old supervisor.",
    // a faith named as one, its books and beads
    "I was raised Southern Baptist. I've sat at bedsides with a Qur'an on the nightstand and a Buddhist mala on the wrist.",
    // titles and their characters and authors
    "Re-reading Being Mortal for the third time. Gawande's questions at the end are basically my job description.",
    "Reading Soul Repair finally gave me language for what I'd been seeing. Black Skin, White Masks is next.",
    "Funny how the Big Book reads differently at 45 than it did in my first year as a counselor.",
    // a team watched
    "Watched the Leafs lose again with my dad on Saturday.",
    // a safeguarding process, a proverbial place, a phrase of another language quoted
    "She scored high risk on the DASH and the case went to MARAC. I'm renaming my Friday slot the Bermuda Triangle.",
    'In Marathi I ask whether they feel "jagnyacha kantala", fed up of living, and faces change immediately.',
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of 1443924, and fresh127's kinds", () => {
  it.each([
    // with someone, not with a feeling
    "sat on the floor and cried with grace after her mum's funeral, couldn't help it",
    // a sentence quoted, and a name between two contractions
    "she keeps saying 'tell aroha i'm sorry' and then shuts down",
    "i can't tell aroha that i'm leaving the service, she's had so many people leave her",
    // a first name that is also another country's spelling of a word
    "so zac finally did the exposure homework and he's buzzing",
    // a show's character names only its characters, not a patient who watches it
    "Margaret loves M*A*S*H and she's 88 and her son rang me today worried about her drinking.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "The dog went mental when Archie came home from the vet with his cone.",
    "They're PCSing in the spring and she's dreading another move.",
    "my new client is romani and the school has been awful to her family",
    "Half of my caseload shows up in a Carhartt jacket and a seed cap.",
    "Assigning myself The Grapes of Wrath again. Steinbeck understood farm stress before anybody had a word for it.",
    "Garth Brooks had it right with Unanswered Prayers. Half the farm guys I see are grieving the life they thought they'd have.",
    "My grandparents farmed in the Dakotas. I need a nap the length of a Midwestern winter.",
    "Telehealth across a time-zone line: my calendar's in Central, half my clients are in Mountain, the platform defaults to Eastern.",
    "Starlink changed my practice. If you work with farmers, look at what AgrAbility offers.",
    "Triangulation, enmeshment, parentification: today's genogram looked like a metro map.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of 2499a7d: acronyms doing things, characters and peoples that are also names", () => {
  it.each([
    "Sinti came to session with her mother for the first time.",
    "Polaris came in for her second session and finally talked about the divorce.",
    "Tom Joad, one of my long-term clients, relapsed on Friday.",
    "Client works nights at the Tesco Extra by the ring road and says her manager won't give her time off.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "UC sanctioned him for missing an appointment he was in hospital for.",
    "ERP worked better than I expected for her contamination fears.",
    "DA dropped the charges.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh130 and fresh131's kinds", () => {
  it.each([
    "Referral from a clinic nurse in uMkhanyakude for a 10-year-old who hasn't spoken at school.",
    "Client plays goalie for the Tulsa Oilers and is convinced the whole locker room knows.",
    "I'm supporting the Okafors as their family therapist and the dad won't engage.",
    "Mr Neufeld told me today his wife left him for his brother.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "I met my partner on eHarmony and I still use an old iPhone.",
    "Sun Life covers one, Green Shield the other, and Medshield paid the same code the same week.",
    "Trying the eToro app for my savings, and I sent the group an eVite for the lunch.",
    "HPCSA renewal done, PsySSA membership paid. Fuelled by Timbits and a caffeine overdose.",
    "Made a safety plan in her phone's notes: three songs, her cousin, her coach, Kids Help Phone.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh132 to fresh135's kinds: a name before an adverb and a deed, hyphened given names, a name that is a word doing something", () => {
  it.each([
    "can't stop thinking about how kavya just laughed when i asked",
    "Jun-Rey keeps saying it's fine when it clearly isn't.",
    "Spent an hour on the phone trying to get Blessing moved out of the class.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "We listed a neighbour, a crisis text line, and his sister.",
    "flying to denver next wk for a conference",
    "Dr. Google has diagnosed three of my seventh graders with ADHD.",
    "We did the Myers-Briggs at the retreat, then drove through Winston-Salem.",
    "A Marine told me his guns are the only thing that make him feel safe.",
    "The bilateral stim still feels a little woo to me.",
    "The first review? Mine found nothing at all.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of 45f6648: names after to and from, titled surnames that are brands, things said before an adverb", () => {
  it.each([
    "handed the thought record to austin and he did every column",
    "got three texts from madison last night, all apologies",
    "Her psychiatrist, Dr. Molina, doubled the Lexapro without telling her.",
    "Dr. Kaiser signed off on the plan this morning.",
    "I had coffee with Posadas after group; he's three months sober and proud of it.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "siri just interrupted my telehealth session to announce the weather",
    "her dad's porsche still sits in the garage and nobody will sell it",
    "our dog ziggy just ate a whole sock before my first telehealth client",
    "By the time Autumn arrived, she was sleeping again.",
    "They're in a May-December marriage and the age gap is finally biting.",
    "Half my folks come in quoting Psalm 34:18 or Isaiah 40:31 before anything I taught them.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh144 to fresh147's kinds: a lower-case name with their people or group, a memorial hospital, a town out past", () => {
  it.each([
    "ugh ngozi and her husband did the thing again where they both talk to me",
    "idk who needs to hear this but marguerite from the tuesday grief group is a genius.",
    "Drove him to Charlton Memorial myself because the ambulance was an hour out.",
    "Home visit out past Intercourse today because her husband won't let the van in the lane.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "Memorial Day is hard for a lot of my vets.",
    "the Vietnam Veterans Memorial always gets me",
    "the coffee is Decaf because Somebody didn't label the pot. Somebody knows who they are.",
    "Moved my practice from the Midwest to the Mid-Atlantic and I'm shocked how different direct means here.",
    "Hiya does not translate to shame. Pathologise that and you lose half the family in the first session.",
    "the grief group and the parents' circle both met today and i am wiped",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of f911b8c: a memorial hospital by a person's or a town's name, not a nation's memorials; roles are no names", () => {
  it.each(["ngozi with her husband and the twins came in and the room was chaos."])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "The Lincoln Memorial at night is my reset after a heavy week of sessions.",
    "Took my own kids to the Jefferson Memorial on vacation and thought about my dad the whole time.",
    "Standing at the Korean War Memorial, I finally understood why my vets go quiet every July.",
    "Happy Memorial weekend to all the military families in this group.",
    "She prays five times a day towards Mecca and it anchors her more than anything I offer.",
    "the imam and his wife came to the vigil and the family said it meant a lot.",
    "her new beau and his kids moved in last week, and she says it's fine.",
    "the nanny and her boyfriend take the kids to the park when mom works doubles.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh151's kind: a storm's name, after \"Hurricane\" and again alone", () => {
  it.each([
    "Since Hurricane Ian, my client Maria sleeps in her shoes.",
    "Andrew said the hurricane was the worst night of his life.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it.each([
    "Hurricane Andrew took her house in 1992 and she still flinches at wind. Andrew is a word she won't say.",
    "Since Hurricane Ian she sleeps in her shoes.",
    "Typhoon Haiyan is still the line her family dates everything by.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe('the review of dfdc0af: a local hospital named Memorial, without "the"', () => {
  it.each(["She's a nurse at Riverside Memorial now and she's exhausted.", "He was born at Good Samaritan Memorial."])(
    "holds %j",
    (text) => {
      expect(namesIn(text)).not.toEqual([]);
    },
  );

  it.each(["The Lincoln Memorial at night is my reset.", "After Memorial Day my caseload doubles."])(
    "leaves %j",
    (text) => {
      expect(namesIn(text)).toEqual([]);
    },
  );
});

describe("fresh156's kinds: a character's name met in a sentence about a show, said again later (not a client's)", () => {
  it("leaves the character said again", () => {
    expect(
      namesIn(
        "Rewatching The Good Place and Chidi's agonising is far too real. My partner now says \"Chidi, you're doing it again\" when I redraft an email.",
      ),
    ).toEqual([]);
  });

  it("holds the name when it does what a client does", () => {
    expect(namesIn("Rewatching The Good Place with my client. Chidi cancelled today.")).not.toEqual([]);
  });
});

describe("fresh168's and fresh169's kinds: a line with a capital on every word, a word and '-er', a name signed in its own script", () => {
  it.each([
    "Rain. Rain. More Rain. Power Out. Generator On. Notes Late. Coffee Cold. Clients Lovely. Me Tired. Bed.",
    "Thank You, Consult Group. Thank You, Front Desk. Thank You, Supervisor Who Texts Back. This Job Is Held Up By Many Small Hands.",
    "A high schooler told me their group chat has a running bit about exams.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    "She signs every form as رخسانہ and the front desk keeps misspelling it.",
    // A word no list has is a name, however the line is written.
    "Update On My Client Who Lives Near The Old Mill And Still Calls Sundays, Devontae Said He Is Fine Today.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });
});

describe("fresh169's kinds: a word no list has, from the author's group or where someone lives", () => {
  it.each([
    "Bunty from the Wednesday men's group (yes, that's what everyone calls him) announced it.",
    "kid's 15, lives in manningham, plays street cricket till its dark",
    "she grew up in govan and still talks like it",
  ])("holds %j", (text) => {
    expect(found(text)).not.toEqual([]);
  });

  it.each([
    "Psychoeducation from my group helped more than the worksheets.",
    "she lives in denial about it, and in sweatpants",
    "he moved to telehealth in 2020 and never looked back",
  ])("leaves %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the public figures, titles and brands lists: what they excuse, and what they still hold", () => {
  it.each([
    "Watched the Springsteen documentary and he talks about depression so plainly, like weather.",
    "When Deepika Padukone talked publicly about her depression, my aunties suddenly had a vocabulary for it.",
    "Abbott Elementary did a school counselor bit and that counselor has a caseload of maybe six kids.",
    "My entire practice runs on Wawa coffee and spite.",
    "I stopped at the Wawa on the way in for coffee.",
    "Psychiatrist friend explained that escitalopram here is sold as Nexito or Cipralex.",
    "Worst week of my career. Pub Friday.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["Client works nights at the Tesco Extra by the ring road.", "Tesco Extra"],
    ["She manages the Piggly Wiggly on the highway and everyone in town sees her.", "Piggly Wiggly"],
    ["He's a supervisor on third shift at the Kroger warehouse.", "Kroger"],
    ["Rosalind Achebe finally said the word grief instead of stress.", "Rosalind Achebe"],
    ["He hikes the same stretch of the Mickelson Trail every Sunday.", "Mickelson Trail"],
  ])("holds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });
});

describe("fresh172's and fresh175's kinds: a month of observance, a long title's words", () => {
  it.each([
    "Black History Month again and I'm the only one asked to say a few words.",
    "AAPI Heritage Month means every organisation wants a free lunch-and-learn.",
    "Everything Everywhere All at Once is now required viewing for my supervisees.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh175's kind: a health system's site by the town after its name", () => {
  it("holds it", () => {
    expect(namesIn("ICU nurse at Kaiser Santa Clara, nights, daughter of an ICU nurse.")).toEqual([
      "Kaiser Santa Clara",
    ]);
  });

  it.each(["Kaiser Permanente denied the claim again.", "Our Kaiser plan covers it."])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("the review of the lists: a client with a public figure's name, a branch by a plaza, a title-case line with a name", () => {
  it.each([
    ["Had a client today named Will Smith, a roofer from the valley.", "Will Smith"],
    ["Matt Damon came in today, still furious about the custody ruling.", "Matt Damon"],
    ["He runs the Jollibee franchise in our barangay, everyone there knows him.", "Jollibee"],
    ["Her brother is the pharmacist at the Mercury Drug near the plaza in our town.", "Mercury Drug"],
    ["Her son plays for the Lincoln High Lynx and the coach benched him.", "Lincoln High Lynx"],
  ])("holds %j", (text, words) => {
    expect(namesIn(text)).toContain(words);
  });

  it("holds a name in a line with a capital on every word", () => {
    expect(
      found("Met Jessica Alvarez From Dayton Today And She Told Me Her Husband Has Been Hitting Her Since Easter."),
    ).not.toEqual([]);
  });

  it("leaves a public figure who came in for criticism", () => {
    expect(namesIn("Biden came in for a lot of criticism from my clients this week.")).toEqual([]);
  });
});

describe("fresh179's kind: a given name and a family name written in a caseless script", () => {
  it.each([
    "The name box on the intake just said מיכל אבוטבול and underneath, in English, please use this spelling.",
    "When I asked him to write one thing he was proud of, he wrote كريم الخطيب. His own name.",
  ])("holds %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });

  it("leaves a blessing said in its own script", () => {
    expect(namesIn("She said الحمد لله and smiled for the first time in weeks.")).toEqual([]);
  });
});

describe("the review of the ninth round: a car's model, a comeback, a name cited, a greeting in its own script", () => {
  it.each([
    "He finally sold the Jeep Cherokee and bought a bike.",
    "Simone Biles came back and my whole group chat cried.",
    "A patient named Brené Brown as the reason she started therapy.",
    "She said שבת שלום at the door and left.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh176 to fresh178's kinds: a hospital's devices and systems, long-acting injections, feasts named in Spanish, star signs", () => {
  it.each([
    "Whoever configured the Pyxis to demand a witness for every PRN at 3am: I wish you jammed printers.",
    "Vocera said 'call from unknown' eleven times tonight.",
    "Switched two clients to Sublocade and one to Invega Sustenna this month.",
    "Feliz Navidad from a very tired night-shift clinician.",
    "The algorithm wants me to be a Pisces meme account.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("still holds a vessel's name with a word that is a product elsewhere", () => {
    expect(namesIn("He went over the rail off the F/V Ocean Rover in February.")).not.toEqual([]);
  });
});

describe("fresh184 to fresh187's kinds: faith's books, saints and authors, characters, airlines, words of Māori and Yupik, titles with '&', pets by breed", () => {
  it.each([
    "Hearing Ecclesiastes 3 read at my grandmother's funeral taught me more about grief work than my practicum did.",
    "Found out St. Dymphna is the patron saint of people with mental illness.",
    "St. Francis preached to birds. I run a group for thirteen-year-olds.",
    "rereading thomas merton on solitude after a 34 session week",
    "Pargament's work on positive and negative religious coping is the most practical thing I've read this year.",
    "Robert Hare's checklist is a great research instrument and a terrible party game.",
    "My family thinks my job is basically Law & Order: SVU.",
    "Spent forty minutes with Hawaiian Airlines about a conference flight.",
    "Kia ora koutou. Opened our team hui with a karakia this morning.",
    "Quyana to the elder who co-led our staff training.",
    "My blue heeler is called Margaret, after no one in particular.",
    "Teaching a psychopathy seminar and I refuse to open with Ted Bundy this year.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["A teacher at St. Brigid's told me what the principal said.", "Brigid's"],
    ["her sponsor is from the tuesday night meeting in st. columba's basement", "columba's"],
    ["A Year 11 at St Columba's told me her coach has been texting her.", "St Columba's"],
    ["Had Genesis and her abuela today. Abuela speaks only Spanish.", "Had Genesis"],
    ["she drives all the way from west hempstead to see me", "west hempstead"],
    ["he lives in new hyde park with his aunt", "new hyde park"],
    ["She runs Aunty Lei's Shave Ice, the only stand on that stretch.", "Aunty Lei's Shave Ice"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    "On St. Patrick's Day I stayed home and slept.",
    "Our billing person is a saint. She's also retiring next year.",
  ])("reads no saint's parish in a saint's day or a colleague called a saint: %j", (text) => {
    const names = namesIn(text);
    expect(names).not.toContain("Patrick's");
    expect(names).not.toContain("She's");
  });

  it("holds someone's work on himself", () => {
    expect(namesIn("Tyrese's work on himself this year has been huge, and I told him so.")).toContain("Tyrese's");
  });
});

describe("the review of the eleventh round's names: saints' places without the possessive, names that are also safe words", () => {
  it.each([
    ["She sings in the choir at St. Monica and the director has been hitting on her.", "Monica"],
    ["Client works nights at St Luke and her charge nurse is the one harassing her.", "St Luke"],
    ["My client Hafiz lost his job at the warehouse.", "Hafiz"],
    ["Merton says he will quit the program if his sponsor calls him out again.", "Merton"],
    ["Hui is seventeen and just told me she is pregnant.", "Hui"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it("leaves a prayer to a saint", () => {
    expect(namesIn("My grandmother prayed to St. Anthony every time she lost her keys.")).toEqual([]);
  });
});

describe("fresh189 and fresh191's places: a town in lower case where an institution is, a ranch by its brand", () => {
  it.each([
    ["the one deaf nurse at the hospital in grand junction is on my caseload", "grand junction"],
    ["Daughter-in-law on the Rocking Seven. Everybody in the valley knows it.", "Rocking Seven"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });
});

describe("the review of fresh191's ranches: chains, leagues and guitars", () => {
  it.each([
    "Stopped at the Circle K for coffee before my 7am session.",
    "My son got called up from the Double A team this week.",
    "We renewed our membership with the Triple A after the car died.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("fresh193 and fresh194's kinds: laws by a name, instruments, models and national bodies", () => {
  it.each([
    "Clare's Law, Sarah's Law, Megan's Law and Jessica's Law all came up in the training.",
    "We still use the Harvard Trauma Questionnaire at intake.",
    "The Power and Control Wheel is on the wall of every refuge I've worked in.",
    "The National Domestic Violence Hotline number is on the back of the bathroom door.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("holds a law school", () => {
    expect(namesIn("A 3L at Gonzaga Law wants a letter for extra exam time.")).not.toEqual([]);
  });
});

describe("the review of the thirteenth round's lists: a public figure's name given to a client, places named for titles", () => {
  it.each([
    ["Worked with Diane Lane today; she's 64 and just lost her husband.", "Diane Lane"],
    ["Alice Wong cancelled again, third time this month.", "Alice Wong"],
    ["Anthony Ramos, 17, told me he's been sleeping in his car.", "Anthony Ramos"],
    ["A teen I see, Jamie Tartt, plays striker for the county under-16s.", "Jamie Tartt"],
    ["David Mitchell, a welder at the shipyard, wants to know about his union rep.", "David Mitchell"],
    ["They live at the end of Abbey Road in the village.", "Abbey Road"],
    ["He owns Big River Outfitters and guides most of the tourists.", "Big River Outfitters"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    "Whenever I see Brené Brown quoted in a corporate wellbeing email I die a little inside.",
    "Carl Rogers keeps showing up in my head this week.",
    "Domestic Violence Awareness Month is in October.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    "She's a 2L at St. Mary's Law in San Antonio.",
    "My client is the mother behind Kaylee's Law.",
    "He founded the Jace Awareness Foundation after his son's overdose.",
  ])("holds the law school, the law behind someone, the local foundation: %j", (text) => {
    expect(namesIn(text)).not.toEqual([]);
  });
});

describe("a saint's day in title case", () => {
  it.each(["On St. Patrick's Day I stayed home and slept.", "Lit a candle on St. Lucy's Day for the whole unit."])(
    "is no parish: %j",
    (text) => {
      expect(namesIn(text)).toEqual([]);
    },
  );
});

describe("fresh201 and fresh203's kinds: a double name in lower case, a missed session beside TV, a pet said to be one later", () => {
  it.each([
    ["told stanley-jean we'd start the trauma piece next month", "stanley-jean"],
    ["marie-claire texted me twice before her intake", "marie-claire"],
    [
      "Merveille didn't come Tuesday and didn't answer the phone and I spent the whole evening pretending to watch TV.",
      "Merveille",
    ],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it.each([
    "so much will-power needed for this week's notes.",
    "Margaret knocked an iced coffee onto my process recording. Margaret is my cat. Margaret has no remorse.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("still holds the same name when it is a client's, not the cat's", () => {
    expect(namesIn("Desmond cancelled again. Desmond is my client, not my cat.")).toContain("Desmond");
  });
});

describe("fresh201 and fresh203's words that name no one: a language as a place speaks it, words joined in a title, a storm by its landfall", () => {
  it.each([
    "Louisiana French isn't Parisian French and it isn't Quebec French either.",
    "She switches between Jamaican Patois and English mid-sentence.",
    "WHY is the Self-Care module always 4:30 on a Friday.",
    "I was sixteen when Katrina hit and we slept on an aunt's floor. Katrina still shapes my Augusts.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["Sarah French came in late again.", "Sarah French"],
    ["Billy-Ray came in with his dad.", "Billy-Ray"],
    ["when Katrina hit me I left the group.", "Katrina"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });
});

describe("the review of the fifteenth round's names: a name before 'hit bottom', a name or a place opening a sentence in another language, a city's name before a language", () => {
  it.each([
    ["The turning point came when Delfina hit bottom last spring.", "Delfina"],
    ["My client keeps saying: Tondo ang tahanan ko, hindi ko kayang umalis doon.", "Tondo"],
    ["She said it in Spanish: Tepito es mi casa y nunca me voy a ir de ahí.", "Tepito"],
    ["Rodeline ne veut plus venir aux séances depuis que son père est sorti de prison.", "Rodeline"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it("leaves a storm named by what it did, at a sentence's start", () => {
    expect(namesIn("The year Harvey flooded everything, our practice worked out of a church basement.")).toEqual([]);
  });
});

describe("fresh204 and fresh205's words that name no one: a state by its word, a species, a paint's colour", () => {
  it.each([
    "New York State changed the continuing ed rules again and I need 36 hours.",
    "The T. rex has been glued back together more times than my self-esteem.",
    "I asked for Payne's Grey and the trainee handed me Hooker's Green and we both lost it.",
    "Sandtray rule I teach trainees: when a child buries every figure, you ask.",
    "Dramatherapy with survivors taught me that a house can be a character.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("holds a client's possessive before a colour", () => {
    expect(namesIn("He moved in with Sarah's Grey cat and her kids last month.")).not.toEqual([]);
  });
});

describe("the review of the sixteenth round's lists: places and clients named like the names added", () => {
  it.each([
    ["She grew up in Red Cloud and still goes home every harvest.", "Red Cloud"],
    ["She grew up on Warm Springs and moved back last year to care for her grandmother.", "Warm Springs"],
    ["Session with Daniel Smith ran long again; he is still drinking every night since the layoff.", "Daniel Smith"],
    ["Racheli Weiss came back after three months and she is pregnant again.", "Racheli Weiss"],
    ["Gary Farmer missed his third session and his probation officer called me.", "Gary Farmer"],
    ["Jim Chee is a client of mine who works at the trading post and he relapsed last week.", "Jim Chee"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });
});

describe("fresh208 to fresh211's words that name no one: a nation's own body, the author's own word, God's name, a public figure's initials", () => {
  it.each([
    "The Scottish Government announced another mental health strategy.",
    "She left the Church of Scotland after her divorce and found a choir instead.",
    "Sent a client to inpatient today, all through video relay because I'm Deaf.",
    "Sometimes people ask if I'm Catholic. I say my abuela was.",
    'A client told me, "I would never do it, but every night I ask Allah not to wake me up." We spent the session on that.',
    "Reading R.D. Laing again and remembering why I wanted to do this job at nineteen.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["Hi, I'm Sarah's therapist and she asked me to call.", "Sarah's"],
    ["Jesus came in late again, his mom drove him.", "Jesus"],
    ["Came back from leave and T. Ostler isn't on my caseload anymore, no transfer note.", "T. Ostler"],
    ["My 3pm, R.D., cancelled again.", "R.D."],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });
});

describe("the review of the seventeenth round's names: given names that are also words of faith or of Scots, a nickname that is God's", () => {
  it.each([
    ["Jannah came in after the miscarriage and barely spoke.", "Jannah"],
    ["Fae and I worked on her safety plan again, she's in a bad way this week.", "Fae"],
    ["I'm Iman's therapist and she asked me to write to the housing office.", "Iman's"],
    ["Jah came in high again today and I had to send him home.", "Jah"],
  ])("holds %j", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });
});

describe("fresh214's kind: someone's papers read", () => {
  it("holds the name whose discharge summary is read", () => {
    expect(namesIn("Spent my lunch reading Dmitri's discharge summary from the unit.")).toContain("Dmitri's");
  });
});

describe("the review of the eighteenth round's names: a character's history read", () => {
  it("leaves it", () => {
    expect(namesIn("Reading Atticus's history in the new biography, lovely book.")).toEqual([]);
  });
});

describe("fresh220 to fresh223's kind: characters, authors and actors of the title a post cites", () => {
  it.each([
    "Mirabel from Encanto is the patron saint of family scapegoats and I will die on this hill.",
    "Everything Everywhere All at Once should be required viewing. Evelyn trying to be everything for everyone. Relatable.",
    "Three episodes of Crash Landing on You after a brutal day. Captain Ri would never let his notes pile up.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("holds a character's name that speaks to the author", () => {
    expect(
      namesIn(
        "My client watched This Is Us every week; Randall reminded him of himself, and yesterday Randall told me he'd stopped eating.",
      ),
    ).toContain("Randall");
  });
});

describe("fresh226 to fresh229's kinds: countries and states abroad, where someone moved or comes from", () => {
  it.each([
    "She moved to Portugal last year and calls her mother every Sunday.",
    "My family is from Peru.",
    "My family is from Oaxaca and we went back for Christmas.",
    "The families I work with come from Jalisco, Oaxaca, Michoacán, Minas Gerais, Antioquia, all over.",
    "Friends went to Okinawa and posted beaches while I did notes.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    [
      "a country's name before a state, a US town's",
      "A ranch hand out near Jordan, Montana drives two hours to see me.",
      "Jordan",
    ],
    ["a large city moved to", "She moved to Boston last year.", "Boston"],
  ])("finds %s", (_, text, place) => {
    expect(namesIn(text)).toContain(place);
  });
});

describe("the review of the twenty-first round's places: a country's name that is a town's, a tiny country, a surname", () => {
  it.each([
    ["a town said to be one", "He grew up in Peru, the farm town in Indiana, where everyone knew his dad.", "Peru"],
    ["the town of", "My client is from the town of Jordan, where her father was the only pharmacist.", "Jordan"],
    ["a village called", "She grew up in a village called Poland and the whole place found out.", "Poland"],
    ["in lower case, before its state", "She lives in jordan, minnesota now and drives in every Thursday.", "jordan"],
    [
      "a tiny country",
      "He is from Pitcairn Islands originally and says everyone there is related to him.",
      "Pitcairn Islands",
    ],
    ["a surname that is a region's", "Today Caldas said he relapsed after his brother's wedding.", "Caldas"],
  ])("finds %s", (_, text, place) => {
    expect(namesIn(text)).toContain(place);
  });
});

describe("fresh230 to fresh237's kinds: a possessive is no typo, a rare word from the author's group, a fire company, a post, a town's square", () => {
  it.each([
    ["Spent forty minutes on the phone with Giota's form teacher, who thinks it's a phase.", "Giota's"],
    ['Bubba from my Thursday night DUI class stood up today and said "I got caught driving."', "Bubba"],
    ["He's cooked the chicken for the Volant fire company barbecue since his dad stopped.", "Volant fire company"],
    ["Post 8149 is his whole life. Commander, bartender, the guy who fixes the ice machine.", "Post 8149"],
    ["She owns the meat-and-three on the square in Lebanon, the one with the line for chess pie.", "Lebanon"],
  ])("finds the name in %j", (text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it.each([
    "Working with Amish and Mennonite clients taught me that 'I'll pray on it' isn't always avoidance.",
    "Mark 6:31: 'Come away by yourselves to a lonely place, and rest a while.' Jesus told the disciples to take a break.",
    "A trainee asked if the Bhagavad Gita is just CBT with Krishna. I told her Arjuna on the battlefield is a panic attack.",
    "Stations of the Cross on Lenten Fridays has turned into my own process group.",
    "Things I say more often than 'how does that make you feel': Kyrie eleison. The Divine Office does something to you.",
    "Rp 350.000 a session, sliding down to Rp 100.000, and people still apologise for wasting my time.",
    "Made my Babcia's pierogi for the first time since she died.",
    "Spent all of Grad School avoiding this exact conversation.",
    "I taught Vacation Bible School all week and I need a nap.",
    "Post 9/11 everything about that job changed.",
    "Feedback from my supervision group stood out to me this week.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("holds a client named Jesus where no scripture is cited", () => {
    expect(namesIn("Jesus told me today he's quitting his job at the plant.")).toEqual(["Jesus"]);
  });
});

describe("fresh238 and fresh239's kinds: a nickname said to be one after it, a street by what is on it, a sector", () => {
  it.each([
    [
      "Sunshine from the Wednesday DBT skills group, and yes that's what everybody calls her, taught the whole room.",
      "Sunshine",
    ],
    ["Her new place is a studio on Telegraph right above a smoke shop.", "Telegraph"],
    ["she lives in sector 21C faridabad, three lanes from the park.", "in sector 21C"],
  ])("finds the name in %j", (text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it.each([
    "I don't know why, but that's what everyone calls him.",
    "We met on Zoom right after the training.",
    "Bought myself a Trader Joe's bouquet after a rough week.",
    "LCSW renewal, HIPAA refresher, and the annual OSHA module, all due the same month.",
    "Doka's idea of disenfranchised grief has been the most useful thing I've offered.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 28's kinds: a title's franchise, a thing by its size, a figure's first name, a name said to be someone", () => {
  it.each([
    ["a name set off as a client", "Tony, a new client, came in furious today.", "Tony"],
    ["a word-name said to be a kid", "Destiny is the hardest working kid on my whole caseload.", "Destiny"],
    ["…after a word that opens the sentence", "Honestly Destiny is the hardest working kid on my caseload.", "Destiny"],
    ["a word-name getting on, then she", "Summer's doing so much better since she quit the second job.", "Summer's"],
    ["a first name before the figure is cited", "Marsha came in today and talked about Linehan's skills.", "Marsha"],
    ["a name whose surname is part of another", "Jun-seo Park cancelled four in a row.", "Park"],
  ])("finds %s", (_, text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it.each([
    "My lawyer numbers the drafts like Rocky sequels.",
    "Bought a 40 oz Stanley so I remember to drink water between sessions.",
    "Reading Yalom again. Pretty sure Irvin never did a session with a 14-year-old boy.",
    "Linehan's radical acceptance is doing the heavy lifting. Thanks, Marsha.",
    "Celebrated with one Dr Pepper.",
    "Summer is the best time for kids to rest.",
    "Bluey has better rupture-and-repair modeling than my books. Bandit loses it, Bandit comes back and says sorry.",
    "Rewatching 'The Sopranos' for science. Meanwhile Tony is the ultimate 'my wife made me come' client.",
    "My schedule looks like Swiss cheese this week.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 29's kinds: a full name in lower case; a brand's tumbler, a singer's tour, a figure of myth", () => {
  it("finds a full name in lower case among English words", () => {
    expect(namesIn("- call back priyanka sethuraman re: the letter for her landlord")).toEqual(["priyanka"]);
  });

  it.each([
    "Three people today, three ways of saying it: inshallah, Waheguru mehar karega, bhagwan ki marzi.",
    "aaj ka din bohot lamba tha yaar. not sad, just empty battery. kal phir se",
    "What I've spent personally: a Stanley tumbler's worth of guilt and three boxes of Kleenex.",
    "every client this week brought up Taylor Swift and now I have opinions on the Eras tour.",
    "Camus said we must imagine Sisyphus happy, and I think he meant therapists on a good day.",
    "I'm going to sleep with a mug of Milo, which my partner thinks is baby food.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("still finds a name before a tour's dates", () => {
    expect(namesIn("Told Marcus tour dates were out.")).toEqual(["Marcus"]);
  });
});

describe("virtues capitalized beside one another", () => {
  it.each([
    "Someone on our team printed little cards that say Patience, Grace and Mercy for the group room.",
    "Patience, Grace, Mercy, Hope. My whole vocabulary on a Friday afternoon is a roll call from a church nursery.",
    "Hope is a discipline, someone wise once said. Grace too. And Patience, capital P.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["Grace and Hope came in together and she told me everything.", ["Hope"]],
    ["Hope finally told her mom. Grace is next, and I'm not ready.", ["Hope"]],
  ])("still finds those who do what a person does in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });
});

describe("round 33's kinds: a sentence after a quotation's full stop, acronyms in the plural, a title cited by its therapist", () => {
  it.each([
    "On the drive home he asked why I was so quiet and I said 'differentiation of self' and he said 'please don't.' Fair.",
    "Then the ROIs, telehealth consent, the financial agreement, the NPP acknowledgment.",
    "sometimes I think about Dr. Melfi seeing Tony for like six seasons and I'm like, girl. consult.",
    "Before I went solo I was at an agency with an EHR from the Bronze Age, so this is still an upgrade.",
    "Back from the Networker Symposium in DC and my brain is full.",
    "My cat sits in on telehealth sessions and clients ask about him. Mr. Biscuits has a fan club. He does not take insurance.",
    "I cried about my childhood hamster today. His name was Mr. Whiskers, I was seven, and I forgot to close his cage.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ["She said she wouldn't. Marcus said he would, and he did.", ["Marcus"]],
    ["Dr. Melfi would have a field day with Tony, my 3pm.", ["Tony"]],
    ["Mr. Whiskers came in late again and talked about his divorce.", ["Mr. Whiskers"]],
  ])("still finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });
});

describe("round 34's kinds: possessives and surnames typed on a phone; an exclamation; a plan's name", () => {
  it.each([
    ["fatimas interpreter didnt show again so we did the whole thing thru google translate", ["fatimas"]],
    ["rosalinds ex showed up in the waiting room today and security had to walk her out", ["rosalinds"]],
    ["kowalski kid threw a chair in my office n now the parents think its my fault", ["kowalski"]],
    ["Mary and Joseph came in late again, she was crying.", ["Mary", "Joseph"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "my kids love legos and the texas heat",
    "we watched the simpsons and ate nachos",
    "Today was the day from hell, and the email server went down so I couldn't see my schedule.",
    "Jesus, Mary and Joseph, the HSE forms. Eleven pages to refer someone for six sessions.",
    "Mental Health Treatment Plan gives 10 sessions a calendar year under Medicare.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 35's kinds: a family by its surname, a name and their uncle, a pet named, public figures in lower case", () => {
  it.each([
    ["got a thank u card from the nguyens today. whole family signed it", ["nguyens"]],
    ["dont book abdi n his uncle the same morning ever again", ["abdi"]],
    ["maria rogers came in crying again today and would not say why", ["maria"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "my dog sits in on my telehealth sessions from the couch and she's the best co-therapist. her name is Biscuit and she has zero boundaries",
    "Anyone else have a client who only wants to talk about Game of Thrones? I know way more about the Lannisters than I ever wanted to.",
    "Had a client OD in our bathroom and it was the front desk person who knew what to do.",
    "pt relapsed on fent, roommate narcan'd him. harm reduction convo went ok i think",
    "carl rogers would be horrified by my productivity quota",
    "atlanta traffic made me 6 min late to my own office and i felt like a criminal",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 36's kinds: theorists, a show's therapist's therapist, a national office, an app, a fandom", () => {
  it.each([
    "Foa and Kozak's emotional processing theory in action, folks.",
    "I know rupture and repair is the good stuff, Safran and Muran etc, but my brain doesn't care.",
    "Rewatching The Sopranos. Her own therapy sessions with Elliot are the funniest thing on that show.",
    "The Surgeon General's advisory on loneliness keeps coming up.",
    "I've tried Headspace, Calm, Insight Timer, the Waking Up app, the whole buffet.",
    "Is it unprofessional that I can tell which of my teen clients are Swifties by the lyrics they quote?",
    "Isn't that the whole catharsis thing? Maybe Aristotle was a Packers fan.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 37 and 38's kinds: names typed on a phone, a surname's particle or initial, a speaker, places in lower case", () => {
  it.each([
    ["why does every sess w ms okafor turn into 45 min abt her landlord", ["okafor"]],
    ["mr abernathy sr wants to sit in on his sons sessions", ["abernathy"]],
    ["braydens dad screamed at the front desk again", ["braydens"]],
    ["if i get one more email from fernandos po im gonna scream", ["fernandos"]],
    ["Paddy Ó Briain asked me today if I ever think about him outside of sessions.", ["Ó Briain"]],
    ["Hank G relapsed again and I had to check myself for feeling betrayed.", ["Hank G"]],
    ["Me: how was your week? Marguerite: do you want the honest answer or the one I rehearsed?", ["Marguerite"]],
    ["7th grader from hoover middle came in sobbing bc of a group chat", ["hoover"]],
    ["client works nights in the mercy general ICU and watched a pt die", ["mercy general"]],
    ["one of the guys who survived the blackhawk crash at fort campbell is on my caseload", ["fort campbell"]],
    ["lady who runs the food pantry at grace lutheran is my client", ["grace lutheran"]],
    ["guy from the amazon warehouse in kent keeps getting written up", ["kent"]],
    ["he got laid off from the GM plant in lordstown w half his town", ["lordstown"]],
    ["12yo from the east side of flint. lead exposure, adhd", ["flint"]],
    ["ok so lars finally said the thing about his father. classic lars.", ["lars", "lars"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "my ms flare is back and the dr appt is not til march",
    "reading dr seuss to my kid tonight and thinking about dr phil",
    "Long-term client of mine, older man with early dementia, told me his son has been borrowing his checks.",
    "evidenced by what, karen? (not a real karen, the auditor in my head.)",
    "every kyle i have ever met vapes",
    "I wrote HV for home visit and H.V. in three places. Three.",
    "But tonight, I'm going to just let myself be happy. Donut number two is happening. No regrets.",
    "A friend swears by TherapyNotes, another by Jane. I've been reading comparison threads all night.",
    "Cried in my own therapy today about something I would have called 'minor' if a client brought it in.",
    "moved chicago to denver in march and still havent found my own therapist. the irony",
    "good will hunting rewatch and im yelling at the screen abt dual relationships. love u sean but no",
    "Freud would have a field day w my dreams this wk. all teeth falling out. thanks sigmund",
    "Got to Dublin Airport for my first holiday in two years and had an email from the practice.",
    "Every time I see a Body Keeps the Score quote on Instagram I have to practice radical acceptance.",
    "Someone explain why the College of Psychologists of Ontario needs my fingerprints.",
    "the Board of Behavioral Sciences needs my fingerprints again",
    "if i write one more DAP note today im yeeting my laptop into lake erie. (yes im in ohio)",
    "had to testify in a child abuse case. defense atty tried to make me look incompetent.",
    "like the attorney general said, in very general terms, the general population is fine",
    "built a pillow fort with my kid, then we moved to fort worth in 2019",
    "kids from upper middle class homes and a family raised southern baptist, at the east end of campus",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 39's kinds: a public figure's possessive typed bare, numbers, a chain's branch on a corner, a move abroad", () => {
  it.each([
    "marsha linehans memoir should be required reading in grad programs. i said what i said",
    "i've called nine times. i have a spreadsheet of call reference numbers longer than my grocery list.",
    "she walked down to the Starbucks on the corner and came back with a sandwich and a latte.",
    "Mental Health Care Plan admin is the bane of my existence.",
    "Moved my practice from Queensland to Victoria and I'm relearning everything.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("still finds a first name that is a state abroad, alone", () => {
    expect(namesIn("Victoria came in crying and her mom called twice.")).toEqual(["Victoria"]);
  });
});

describe("round 40's kinds: a family by a name the birth records give, an initial with its dot, a church's fellowship", () => {
  it.each([
    ["the ramirez twins back to back on thurs is my villain origin story", ["ramirez"]],
    ["Note to self: stop letting Gemma R. run the clock down with small talk.", ["Gemma R."]],
    ["my 2pm is youth pastor at grace fellowship and hes terrified the church finds out", ["grace fellowship"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each(["I went with option B. then left early", "Polyvagal nerds, I see you."])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 40's long posts: a film cited, authors before their book, a hotline, CBTp", () => {
  it.each([
    "one genuine reaction per session next week. one. baby steps. like Bill Murray in What About Bob.",
    "it's 1am. my tea is cold. I've got the Jordan and McIntosh book open on my lap and I'm not reading it.",
    "we did a safety plan. hotline saved under a fake contact name, a bag at a friend's.",
    "I ordered a book on CBTp tonight. also a pizza. both were necessary.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 41's kinds, typed on a phone: a surname asked of, a name before a shortened verb, a nickname by size, a family in -es", () => {
  it.each([
    ["why does brenner always roll in 15 late and then want to go 10 over", ["brenner"]],
    ["spent 20 min of a 53 on whether tamsin shld text her sister back", ["tamsin"]],
    ["big mike from tues group relapsed n i cant shake feeling like i missed it", ["mike"]],
    ["the ruizes cancelled fam therapy bc of travel soccer AGAIN", ["ruizes"]],
    ["jess r. is ghosting after 2 yrs weekly. no termination sesh no nothing", ["jess r."]],
    ["she lives in sunrise tower senior apts 4th fl n the elevators been out 2 wks", ["sunrise tower senior apts"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    'Someone in peer consult called a client "a bit of a Karen" and I have been chewing on it all day.',
    "tiny win: ran on time ALL day. every session started on the hour and ended at :50.",
    "trainee here, 1st termination sesh went ok?? i think?? didnt cry till the car",
    "why does therapy always work better when I'm tired",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("rounds 43 and 44's kinds: two-word and lower-case schools, a town's office or landmark, a name after 'w', a court by its town", () => {
  it.each([
    ["cl teaches 3rd grade at oak hill elementary and the parents are eating her alive", ["oak hill"]],
    ["kiddo is qb for westfield hs varsity and his dad screams at him in the car after every game", ["westfield"]],
    ["kiddo in the mckinley elementary EBD room has been restrained 3x this month", ["mckinley"]],
    ["pt sits on asheville city council, walking on eggshells every session w confidentiality", ["asheville"]],
    ["shes a night nurse at mercy in cedar rapids and sees the kid from the wreck in her dreams", ["cedar rapids"]],
    ["tbh i like working w wade more than i should, hes funny and it makes me lazy about pushing him", ["wade"]],
    ["Couple I'm seeing run the chipper across from Mallow train station and they argue in Cantonese.", ["Mallow"]],
    ["Client owns the taqueria across from the Greyhound station in Yakima and feeds me.", ["Yakima"]],
    [
      "if you google his name plus 'Skibbereen District Court' it's literally the first result",
      ["Skibbereen District Court"],
    ],
  ])("finds the place or name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "Case study for licensing exam prep: woman, 52, widowed. Formulation is complicated by her calmness.",
    "Our policy is a welfare check after an hour for anyone flagged high risk, and she was.",
    "back at my old middle school for career day and it smelled exactly the same",
    "rogers said unconditional positive regard. rogers never had to deal w my 4pms lawyer emailing me",
    "moving from ohio to denver this summer and licensure portability is a nightmare. why is this so hard",
    "Hermione would be a terrible therapist, way too much unsolicited advice. Luna though? Luna gets it.",
    "Dot-phrases for mental status, treatment plan updates, the standard 'arrived on time and was engaged' line.",
    "psych resident, PGY-3. my therapist asked why I chose psychiatry.",
    "Baked Anzac biscuits for the team room and three people asked if I was okay.",
    "Family Court is a nightmare this week and I'm writing reports until midnight.",
    "the platform crashed mid-session again and I lost the whole note",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("holds two clients who share a saint's names", () => {
    expect(namesIn("Scheduling the organist at St. Mary Magdalene is harder than scheduling a surgeon.")).not.toEqual(
      [],
    );
  });

  it("holds a place joined by hyphens", () => {
    expect(
      namesIn("Half my Plain families are out of Bird-in-Hand and the other half out of Intercourse."),
    ).not.toEqual([]);
  });
});

describe("round 45's kind: a chain's name with its 's", () => {
  it("leaves it", () => {
    expect(namesIn("Had a cheeky Nando's after a brutal day of ward rounds and I regret nothing.")).toEqual([]);
  });

  it("holds it before a relative", () => {
    expect(namesIn("Nando's mum rang me twice before the session.")).toEqual(["Nando's"]);
  });
});

describe("round 46's kinds, typed on a phone: a name beside a relative, two names joined, a neighbourhood where someone lives, an academy", () => {
  it.each([
    ["funny thing is i ran into her husband ray at a gas station years later", ["ray"]],
    ["chidi & faith are why i stay in this field. rebuilt after the affair", ["chidi"]],
    ["lives in cedar heights right by the water tower and the neighbor keeps calling cps", ["cedar heights"]],
    ["he coaches jv soccer at hillcrest academy and told me some stuff i now have to report", ["hillcrest"]],
  ])("finds the name or place in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "her husband will be there for the family session on friday",
    "licensed in texas and california now and the CE requirements are gonna kill me lol",
    "new yr new boundary no email on sundays. its barely january and ive broken it twice",
    "she trained at police academy for years before she went back to school",
    "she lives in the heights now and loves the coffee shops",
    "it's 3am my time, or 8am london time, or somewhere in between.",
    "Kid asked if I was 'a real doctor.' he said 'oh cool, like on Law & Order?' ...sure, buddy.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe("round 47's kinds: a name ending in 'i' is no slip, nicknames' adverbs, phone shorthand, the Great Lakes", () => {
  it.each([
    ["Rangi and I have been doing the same dance for months where he says he's fine.", ["Rangi"]],
    ["Rangi laughed today. Proper laugh, head back. I didn't know he could.", ["Rangi"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "safety plan review w a vet, he gave his guns to his brother to hold. almost cried, thats HUGE for him",
    "couples sess turned into a DV disclosure. separated them, safety planned w her, he doesnt know.",
    "pro tip for new clinicians: granola bar in evry drawer. u will forget lunch.",
    "if one more person says 'synergy' I'm going to drive my laptop to Lake Erie and chuck it in.",
    "John Deere green versus International red is a bigger family conflict than politics in some households.",
    "Two weeks in Lisbon and Porto and I feel guilty about telling my caseload.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});
describe("rounds 48 and 49's kinds: a family by its surname typed, a name of two letters, a name and what kind of person, named homes, synagogues and hospitals, an episode heading; safe: a nan's house, clinical shorthand, a pet's title said again", () => {
  it.each([
    ["kowalskis again. dad wants couples, mom says shes done, 12yo just sitting there w headphones in.", ["kowalskis"]],
    ["nguyen fam finally agreed to family sessions w grandpa included. 6 mo of asking", ["nguyen"]],
    ["bo and his wife did a full repair attempt w/o me prompting, gottman would be proud.", ["bo"]],
    ["otto is the sweetest man and his ocd is eating him alive.", ["otto"]],
    ["had to call cps on a fam in the brookside apts, bldg c by the pool.", ["brookside"]],
    ["the rabbi at beth el in washington heights wants 8pm appts only", ["beth el"]],
    ["my referral from the Mater today was a 19 yo lad who's been through A&E three times", ["Mater"]],
    [
      "small town counselling, episode 47: went to the Anglican church fete in Akaroa and three of my clients were running the cake stall.",
      ["Akaroa"],
    ],
  ])("finds the name or place in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "My youngest said 'like when I hid under the table at Nan's'. Yes babe. Exactly like that.",
    "Clin psych doctorate interviews next month and I'm convinced I'll freeze.",
    "my cat Dr. Pickles is sitting on my chest purring. tonight i'm going to email her and book. Dr. Pickles approves, i think.",
    "the new apartments by the station are cheap",
    "She was admitted to the Hospital on the hill, the only one for miles.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});
describe("round 50's kinds: a name one introduces oneself by, in quotes; safe: a verb after a modal denied, an agency, a landmark, a product", () => {
  it("finds the name in a quotation introduced", () => {
    expect(
      namesIn(
        'first session with an 8yo today. she introduced herself as "Princess Aurelia Marie Thibodeaux" and I believe her',
      ),
    ).toEqual(["Princess Aurelia"]);
  });

  it.each([
    "A six year old acted something out with the dolls that you can't unsee. Made the report.",
    "I rang Social Services and waited forty minutes.",
    "The bit about never having been to the Sistine Chapel is basically a lesson in lived knowledge.",
    "My back hurts from leaning over a Chromebook all week.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});
describe("round 51's kinds: a character's name with an initial, the one a session was of, a town that is a storm's kind; safe: a tram, phone shorthand, a film", () => {
  it.each([
    ["Moana B. rang in sobbing about the custody hearing and I had back-to-backs all day.", ["Moana B."]],
    ["sat through a whole session of bronwyn explaining why her sister is the problem.", ["bronwyn"]],
    ["a young mom who drives in from Hurricane Mills because there's nothing closer", ["Hurricane Mills"]],
  ])("finds the name or place in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "I laughed about it on the Luas the whole way home.",
    "Marsha Linehan has prob saved more lives than anyone ill ever meet",
    "Our Wednesday group calls itself the Mighty Ducks. Misfits who keep turning up anyway.",
    "Hurricane Ian took her house and most of the street.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});
describe("round 52's kinds: a family by a double-barrelled surname, a chain's branch by its town typed, a numbered street by its direction", () => {
  it.each([
    ["the Abernathy-Coles cancelled for the third time and I'm supposed to charge the fee", ["Abernathy-Coles"]],
    ["couples sesh w the delacroix-hamms was a bloodbath. i need a snack and a nap", ["delacroix-hamms"]],
    ["client is a pharmacist at the costco in sandy ut and i picked up my rx from her", ["costco in sandy ut"]],
    ["yelled HEY ITS MY SHRINK across produce at the shoprite in cherry hill. cool", ["shoprite in cherry hill"]],
    ["3rd client this month from the same apt complex on e 14th st, something is going on", ["e 14th st"]],
  ])("finds the name or place in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "the check-ins were rough and the in-laws came anyway",
    "Licensed in Ohio and Pennsylvania and the telehealth-across-state-lines rules still make my head spin.",
    "the walmart in town is closing and the target in austin was packed",
    "He's 17, Gillick competent, and he hadn't disclosed it to me either.",
    "school counselor in texas, 450 kids on my caseload. asca says 250.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});
describe("round 53's kinds: initials with a Mc, a first name sat with and then 'who'; safe: a prayer, an agency, a dish, a book, noodles", () => {
  it.each([
    ["J.McG. cancelled by text at 7:58 for an 8 o'clock. again.", ["J.McG."]],
    ["I spent an hour today with marguerite who apologized eleven times in fifty minutes", ["marguerite"]],
  ])("finds the name in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    "I sat in the back. I cried during the Lord's Prayer, which surprised me.",
    "Had to call Children's Aid after a 9 year old told me he hadn't eaten since school lunch.",
    "Day four I ate pastel de nata for breakfast without thinking about anything at all.",
    "Tonight I'm rereading Prisoner of Azkaban and taking notes.",
    "Tonight I'm homesick and eating Maggi noodles and wondering if I belong.",
  ])("leaves %j", (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it("still finds a workplace whose name the safe list has with its 's", () => {
    expect(namesIn("Line cook at Commander's Palace, doubles six days a week.")).toEqual(["Commander's Palace"]);
  });
});
describe("round 54's kinds: a surname and which of the family, a town's police department typed, a lot in a park of homes", () => {
  it.each([
    ["finished the tx plan for abernathy, the dad not the son. mixing up family charts", ["abernathy"]],
    ["another cop from bristol pd referred by the EAP. word gets around", ["bristol"]],
    ["home visit at the back of shady pines trailer park, lot 14. mom made me coffee", ["trailer park, lot 14"]],
  ])("finds the name or place in %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it("leaves a county's police", () => {
    expect(namesIn("someone from the county police called about a welfare check")).toEqual([]);
  });
});
