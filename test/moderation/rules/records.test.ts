import { describe, expect, it } from "vitest";
import { found, wordsFlaggedBy } from "./found";

describe("record, license, docket and plate numbers", () => {
  it.each([
    ["D4412-7789-0012 in the printer tray", "D4412-7789-0012"],
    ["read his id out loud, K7P-219-40082, then asked me to verify it", "K7P-219-40082"],
    ["her licence was on the floor, MT 218-400-913, and I drove it out", "MT 218-400-913"],
    ["his A-Number 207-555-311 is on every letter he brings", "A-Number 207-555-311"],
    ["the truck with plate 4-71902B parks outside every week", "plate 4-71902B"],
    ["her social ends in 8812 and billing still rejects it", "social ends in 8812"],
    ["last four of his ssn: 3390", "last four of his ssn: 3390"],
    ["her Medicare ID ending 4471 bounced again", "Medicare ID ending 4471"],
    ["Medicaid ID ending 52-8830-C keeps bouncing", "Medicaid ID ending 52-8830-C"],
    ["Member ID QRT 448 201 773 keeps bouncing", "Member ID QRT 448 201 773"],
    ["member id ends with 0093, says the portal", "member id ends with 0093"],
    ["billing wants my client's last four, 7714, again", "client's last four, 7714"],
    ["My license is LPC 80431 and", "LPC 80431"],
    ["the letter has my whole license number, LCSW-C 19774, in the header", "LCSW-C 19774"],
    ["read me her NDIS participant number, 430 118 902, to fix", "participant number, 430 118 902"],
    ["wrote her license as LMFT 1 1 2 9 4 on it", "LMFT 1 1 2 9 4"],
    ["subpoenaed in docket 22-DR-1187 for", "docket 22-DR-1187"],
    ["med rec # A-2281-0047 still shows", "med rec # A-2281-0047"],
    ["Client's account number is 10-448-2093 and", "account number is 10-448-2093"],
    ["Plate 7KQM291. I know", "Plate 7KQM291"],
    ["the silver minivan, ABC 1234, and", "ABC 1234"],
    ["Her vanity plate says BRAVE 1 and", "plate says BRAVE 1"],
    ["the car with 4ABC123 on it", "4ABC123"],
    ["case no. 2024-CV-00931 was", "case no. 2024-CV-00931"],
    ["LCSW #12345 on the letterhead", "LCSW #12345"],
    ["came over with MR#: 0093-4471-B printed on every page", "MR#: 0093-4471-B"],
    ["the same vanity plate, NOTSAD2, every week", "plate, NOTSAD2"],
    ["i noticed his rego, YLK-72B, and a bumper sticker", "rego, YLK-72B"],
    ["his card reading xxx-xx-6621 sat on the printer tray", "xxx-xx-6621"],
    ["the statement shows ****-****-****-4471 on page one", "****-****-****-4471"],
    ["card ending ••••6621 declined", "••••6621"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([words]);
  });

  it.each([
    "my plate is full",
    "my rego is due next month and so is the insurance",
    "my plate, honestly, is full",
    "Mr #1 fan of the office",
    "the plate says nothing",
    "COVID-19, PHQ-9, GAD-7, F41.1, H0031, CPT 90834, ICD-10-CM, DSM-5-TR",
    "A1C of 7.2 and B12 and MP3 and COVID19 and 4K video",
    "CBT 101 and DBT 2024 and PTO 160 hours",
    "an LPC since 2019, an LMFT for 12 years",
    "I do 1000 things",
    "group: 12 members, case: 3 clients",
    "took I-95 home",
    "Wrote the word xxx 1000 times on the whiteboard",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("a number named, then given a few words on", () => {
  it.each([
    ["the script has her old chart number on it, 88-40217-C, instead", "chart number on it, 88-40217-C"],
    ["Client's EAP form has his employee ID on it, 55-10923, and", "employee ID on it, 55-10923"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toContain(words);
  });

  it.each(["The account number on it, 3 times over, was wrong."])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("the review of 96daf70: four words before the number, no span of years", () => {
  it.each([
    ["Her chart number on the old form, 88-40217-C, was wrong.", "chart number on the old form, 88-40217-C"],
    ["Her record number on the discharge papers: 4471-2209.", "record number on the discharge papers: 4471-2209"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toContain(words);
  });

  it.each(["Our group number on the insurance, 2023-24, changed."])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh123 and fresh125's kinds: a number named by its kind and '#' or 'number', and given further on", () => {
  it.each([
    ["His old Army service number is RA 18 447 302 and he says it first.", "Army service number is RA 18 447 302"],
    [
      "Had to put his DOC# on every page of the eval: 00871-552. By page 30",
      "DOC# on every page of the eval: 00871-552",
    ],
    ["the serial number: 4471-22 is on the hearing aid", "serial number: 4471-22"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toContain(words);
  });

  it.each([
    "The memorial service was number one on my list of hard days.",
    "Saw the doc 2 weeks ago and she said to wait.",
    "The service number for the IT desk is on the wall somewhere.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("the review of 1443924: a crisis service's number; fresh127's licence read out", () => {
  it("finds a CDL number given a few words on", () => {
    expect(
      wordsFlaggedBy("record-number", "He read me his CDL number out loud in session, K07 331 928, so I'd know."),
    ).not.toEqual([]);
  });

  it("leaves a crisis line's number", () => {
    expect(
      wordsFlaggedBy("record-number", "Update your crisis cards: the crisis service number is 13 11 14 and it's 24/7."),
    ).toEqual([]);
  });
});

describe("the review of 2499a7d: a count with a space in it; fresh129's British plate", () => {
  it("leaves a count", () => {
    expect(
      wordsFlaggedBy("record-number", "Student number at my uni is insane now: 45 000 and one counselling team."),
    ).toEqual([]);
  });

  it("finds a plate", () => {
    expect(wordsFlaggedBy("record-number", "grey corsa wv17kxl outside my office again during her session.")).toEqual([
      "wv17kxl",
    ]);
  });
});

describe("fresh133's kinds: digits with a letter between, an enrollment number", () => {
  it.each([
    ["he read me his tribal enrollment number off his card, 4471-B-0223, like a prayer", "4471-B-0223"],
    ["her student number is 20194471", "student number is 20194471"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text).join(" ")).toContain(number);
  });

  it("leaves a member of a team alone", () => {
    expect(wordsFlaggedBy("record-number", "she was member number 4 on the team")).toEqual([]);
  });
});

describe("fresh145's and fresh147's kinds: a vanity plate before its word, a British National Insurance number", () => {
  it.each([
    ["Whoever drives the pickup with the CAPNJOZ plate parks across the spot every Thursday.", "the CAPNJOZ plate"],
    ["Job centre letter landed at my office with her NI number QQ 12 34 56 C right on the front.", "QQ 12 34 56 C"],
    ["his national insurance number AB123456D was on the form", "AB123456D"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text).join(" ")).toContain(number);
  });

  it.each([
    "I love the BLUE plate special at the diner by my office.",
    "the dinner plate broke during the family session",
    "Her score is 12 34 56 across the three screens.",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh149's and fresh151's kinds: a census number, a licence by its capitals then dashed digits", () => {
  it.each([
    ["the census number on her card, 0-417-229, doesn't match what the agency has on file", "0-417-229"],
    ["the first thing that fell out was his Wyoming CDL, 108-422-719, and a photo of his kids", "108-422-719"],
    ["His saltwater products license, SPL 90-4417, got suspended and that was his whole income.", "SPL 90-4417"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text).join(" ")).toContain(number);
  });

  it.each([
    "COVID 2020-2021 was the hardest stretch of my career.",
    "The census says our county lost a tenth of its people since 2010.",
    "We used the PHQ 9-item version at intake.",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("the review of f911b8c: plates before their word only with letters and digits mixed, or a vanity plate's capitals", () => {
  it.each([
    ["she drives the green Outback with the MAMABR8 vanity plate", "MAMABR8"],
    ["Her NI number, QQ 123 456 C, was printed right on the front of the form.", "QQ 123 456 C"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text).join(" ")).toContain(number);
  });

  it.each([
    "My client benches the 45lb plates now and I am so proud of her.",
    "The 2019 plates on her car expired and she spiralled about the DMV.",
    "My grandmother's 1950s plates are the only thing I kept from her house.",
    "I brought a 9x13 plate of brownies to the staff meeting and nobody ate them.",
    "By the 10th plate of nachos at the staff party I had stopped counting.",
    "We bought the IKEA plates for the group room because the last ones were chipped.",
    "The USDA plate handout is useless for my eating disorder clients.",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("the review of dfdc0af: ranges of scores are no licence", () => {
  it.each([
    "His IQ 110-120 range surprised the school team.",
    "She needs LSAT 160-165 to get in and she's terrified.",
    "The state passed SB 2024-117 and nobody told the clinics.",
  ])("leaves %j alone", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh17's and fresh65's kinds: a vanity plate in quotes, a plate's digits then letters", () => {
  it.each([
    ["The blue Subaru with the 'HPY MOM' vanity plate in our lot is my client's.", "the 'HPY MOM' vanity plate"],
    ["There's a green Subaru with Oregon plate 482 KTV that parks across the street.", "plate 482 KTV"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([words]);
  });

  it.each(["my plate 2 of the day was pasta", "the 'BLUE' plate special again"])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh174's kind: a government form by its number", () => {
  it.each(["DD-214, DD-2807-1 and VA Form 21-0781 again this week.", "The DS-2019 came back stamped."])(
    "leaves %j",
    (text) => {
      expect(wordsFlaggedBy("record-number", text)).toEqual([]);
    },
  );

  it("still finds letters and four digits that are no form", () => {
    expect(wordsFlaggedBy("record-number", "Plate ABC 1234 outside again")).toEqual(["Plate ABC 1234"]);
  });
});

describe("the review of the government forms: a badge is no form", () => {
  it("finds a badge's number with a form's letters", () => {
    expect(wordsFlaggedBy("record-number", "His badge said PS 3390 and the other officers called him by it.")).toEqual([
      "PS 3390",
    ]);
  });
});

describe("fresh183's kinds: a Spanish-speaking country's case file and identity number", () => {
  it.each([
    ["DIF expediente 2219/2024 is on its fourth caseworker.", "expediente 2219/2024"],
    [
      "The consulate wants the letter to reference his cédula, 402-5550173-8, and he asked me to write it.",
      "402-5550173-8",
    ],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([words]);
  });
});

describe("fresh191's kinds: a vehicle's VIN, a Canadian SIN", () => {
  it.each([
    ["She reads the VIN to me in session: 1FTFW1E54KFA55219.", "1FTFW1E54KFA55219"],
    ["Her SIN is right there on the pay stub, 046 555 219, under the logo.", "046 555 219"],
    ["Her SIN, 046-555-219, is on the form.", "SIN, 046-555-219"],
  ])("finds it in %j", (text, words) => {
    expect(found(text).map(([, w]) => w)).toContain(words);
  });

  it("leaves three scores", () => {
    expect(found("Scores went 120 130 140 over three weeks.")).toEqual([]);
  });
});

describe("the review of fresh191's kinds: codes that are no VIN, three numbers that are no SIN", () => {
  it.each([
    "The toner cartridge code on our office printer is CF289XBKT3N7M2P41 and nobody stocks it.",
    "Bowling league last night: I rolled 180-210-195, my best series since grad school.",
    "Is it a sin that my step counts this week went 900 850 700 while I sat writing notes?",
  ])("leaves %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh193 and fresh195's kinds: a protective order's number, a game's friend code", () => {
  it.each([
    ["PO #2309-0412 lapsed because the clerk's office never received the renewal.", "PO #2309-0412"],
    ["Steam friend code 428 117 906 under emergency contact on his intake.", "friend code 428 117 906"],
  ])("finds it in %j", (text, words) => {
    expect(found(text).map(([, w]) => w)).toContain(words);
  });
});

describe("the review of fresh193's kind: a purchase order", () => {
  it("leaves it", () => {
    expect(found("The agency finally cut a PO #4471 for the training stipend.")).toEqual([]);
  });
});

describe("fresh203's kinds: a plate where a car is, a SIN by its French name", () => {
  it.each([
    ["he walked me to the window to show me: grey Corolla, K82 NRT, a flag off the mirror", "K82 NRT"],
    ["His daughter read his NAS out loud at the front desk, 046 555 392, loud enough for the room.", "046 555 392"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([number]);
  });

  it("leaves a clinical code beside a car", () => {
    expect(found("She drives a Honda and scored 12 on the GAD-7 and the PHQ 9 last week.")).toEqual([]);
  });
});

describe("the review of the fifteenth round's plates and SINs: a model and its trim, a storage box", () => {
  it.each([
    "My Toyota RAV4 XLE has 190k miles and I refuse to let it die before my student loans do.",
    "The Jeep has a V6 AWD setup and gets terrible mileage, but I love it.",
    "IT says our NAS needs new drives; the quotes came back 250 300 450 depending on size.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh208's kind: a case's reference given as what it is", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("record-number", "The Reporter's reference is 24/0418/JH and I've typed it into so many forms."),
    ).toEqual(["24/0418/JH"]);
  });

  it("leaves a reference to a page", () => {
    expect(found("The reference is page 12 of the handbook.")).toEqual([]);
  });
});

describe("the review of the seventeenth round's references: a page range", () => {
  it("leaves it", () => {
    expect(
      found("The page reference is 112-118 in the 2019 edition of Yalom, if you want the group stages bit."),
    ).toEqual([]);
  });
});

describe("fresh216 and fresh218's kinds: an IBAN, a docket in spaced parts", () => {
  it.each([
    [
      "He asked me to check the rent account, DE44 5001 0517 5407 3249 31, because he doesn't trust his eyes.",
      "DE44 5001 0517 5407 3249 31",
    ],
    ["Juvenile docket 24 JD 01173 got continued for the fourth time.", "24 JD 01173"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([number]);
  });
});

describe("the review of the nineteenth round's records, and fresh223's vanity plate", () => {
  it.each([
    [
      "Her iban is gb82 west 1234 5698 7654 32 and I wrote it on my intake form by mistake.",
      "gb82 west 1234 5698 7654 32",
    ],
    ["The notice said case 22 cr 4410 and he read it out loud twice.", "22 cr 4410"],
  ])("finds %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([number]);
  });

  it("finds a vanity plate by what its tag says", () => {
    expect(wordsFlaggedBy("record-number", "Parked next to a truck with a tag that said DAWGMOM in the lot.")).toEqual([
      "tag that said DAWGMOM",
    ]);
  });

  it.each([
    "Just in case 10 or 200 people show up to the training, I printed extra handouts.",
    "I had to file 40 of 120 progress notes before the audit and I am so tired.",
    "Each case 30 min 1500 dollars is what the agency quoted us for the contract, which is absurd.",
    "The price tag said SALE and I bought three.",
    "I finished cs50 easy ones once more this week.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh227's kind: a course by its department", () => {
  it("leaves a course's number", () => {
    expect(wordsFlaggedBy("record-number", "The course is PSY 7420, meets 2:00 on Wednesdays in room 118.")).toEqual(
      [],
    );
  });

  it("finds a license's five digits after the same letters", () => {
    expect(wordsFlaggedBy("record-number", 'She signed her report "PsyD, PSY 31207" and emailed it.')).toEqual([
      "PSY 31207",
    ]);
  });
});

describe("the review of the twenty-first round's records: an older license's four digits", () => {
  it("finds a license that is not said to be a course", () => {
    expect(
      wordsFlaggedBy("record-number", "Her supervisor's license is PSY 8821 and she says he harassed her."),
    ).toEqual(["PSY 8821"]);
  });
});

describe("fresh230 to fresh235's kinds: IDs in their own country's groups and shapes", () => {
  it.each([
    ["photocopy of his IC sat on the shared printer, 900214-10-5531 right there", "900214-10-5531"],
    ["Had to verify his CDL for the EAP forms, 31 884 207, and it hit me.", "31 884 207"],
    ["Her police report is LP/B/1183/IX/2024/SPKT and I've typed it into forms.", "LP/B/1183/IX/2024/SPKT"],
    ["B 4417 KJT outside the karaoke place at 11pm. Yes his car.", "B 4417 KJT"],
    ["cf for the new referral is bnc grl 02e14 h501t, first appt pending", "bnc grl 02e14 h501t"],
    ["The SPDC faxed me cartella n. 2024/08817 for someone who isn't mine.", "n. 2024/08817"],
    ["Tribunale per i minorenni, proc. n. 1147/2023 VG, wants my report.", "n. 1147/2023"],
    ["The court file is no. 2291/2024 and the hearing is next month.", "no. 2291/2024"],
  ])("finds the number in %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([number]);
  });

  it.each([
    "We renamed the group from 'LGBT youth' to 'LGBTQIA2S+ youth' and the kids called it the alphabet club.",
    "Shift log 1900-0700. Detox census 18. Nobody left AMA.",
    "Her discharge date in the system says 2024-02-19 but she's still on my schedule.",
    "Our CBT/DBT/ACT/EMDR training budget is gone.",
    "I 95 N was a parking lot and I was late for my 9am.",
    "We read n. 1/2 of the handout.",
    "The reference on the CE certificate is APA/CE/2024/07, if anyone else needs to file it.",
    "Our clinic policy doc is numbered HR/POL/12/2023 and it still says fax.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("fresh238's kind: a case numbered by its year", () => {
  it("finds an FIR's number", () => {
    expect(
      wordsFlaggedBy(
        "record-number",
        "Spent lunch drafting a note for the IO on FIR No. 0555 of 2024, then rewrote it.",
      ),
    ).toEqual(["FIR No. 0555 of 2024"]);
  });
});

describe("fresh243's kinds: a licence in two groups named before it, a plate as Australia writes one", () => {
  it.each([
    ["She left her licence on my couch, number 0897 4421, and I had to ring her.", "0897 4421"],
    ["He kept a log: CHR 93K, silver Corolla, eleven times this term.", "CHR 93K"],
  ])("finds the number in %j", (text, number) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([number]);
  });

  it.each([
    "We bought an ABC 12X filter for the office, the Corolla needs one too.",
    "The shift log says 1900 0700 for everyone.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("round 28's kind: a case number after an agency's letters", () => {
  it("finds it set off by commas", () => {
    expect(
      wordsFlaggedBy("record-number", "the little boy whose case, DHS 8831-QF, has had five caseworkers since spring"),
    ).toEqual(["case, DHS 8831-QF"]);
  });

  it("leaves a school year after 'in my case'", () => {
    expect(wordsFlaggedBy("record-number", "In my case, the 2023-24 year was rough.")).toEqual([]);
  });
});

describe("round 31's kinds: New Zealand's NHI, said to be", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("record-number", "His NHI is ZXB4127 on one system and ZXB4172 on the other.")).toContain(
      "NHI is ZXB4127",
    );
  });
});

describe("round 34's record: a parole number", () => {
  it.each([
    ["his PO calls me daily. parole no 44817-B. he keeps reading it to me", "parole no 44817-B"],
    ["his parole number is 44817-B", "parole number is 44817-B"],
  ])("finds it in %j", (text, words) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([words]);
  });
});

describe("round 40's kind: a word shouted before a count", () => {
  it("leaves it", () => {
    expect(found("FINISHED MY 3000 SUPERVISED HOURS!!! LCSW here I come.")).toEqual([]);
  });

  it("still finds letters and four digits on a plate", () => {
    expect(found("her plate was KQM 2910")).toEqual([["record-number", "plate was KQM 2910"]]);
  });
});

describe("round 48's record: letters at the end of dashed digits", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("record-number", 'the doc was titled "pt 44-1187-B progress notes."')).toEqual(["44-1187-B"]);
  });

  it.each(["call 1-800-FLOWERS", "stuck on I-95 for an hour"])("leaves %j", (text) => {
    expect(wordsFlaggedBy("record-number", text)).toEqual([]);
  });
});

describe("round 53's record: a case reference in three parts after 'ref'", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("record-number", "the subject line had case ref CAMHS/22/04817 in it")).toEqual([
      "case ref CAMHS/22/04817",
    ]);
  });

  it("leaves a ratio of services", () => {
    expect(wordsFlaggedBy("record-number", "we split CBT/DBT/ACT about evenly")).toEqual([]);
  });
});
