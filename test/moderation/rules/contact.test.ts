import { describe, expect, it } from "vitest";
import { found, wordsFlaggedBy } from "./found";

describe("email", () => {
  it.each([
    ["write to marcus.reyes84@gmail.com tonight", "marcus.reyes84@gmail.com"],
    ["J.Doe+therapy@Clinic.Example.ORG", "J.Doe+therapy@Clinic.Example.ORG"],
    ["mail j o h n @ gmail . com now", "j o h n @ gmail . com"],
    ["it's tina dot park at yahoo dot com", "tina dot park at yahoo dot com"],
    ["lk (at) stmarys (dot) org", "lk (at) stmarys (dot) org"],
    ["from m e h m e t 7 7 [at] g m a i l [dot] c o m and", "m e h m e t 7 7 [at] g m a i l [dot] c o m"],
    ["jo\u200Bhn@gm\u200Bail.com", "john@gmail.com"],
    ["ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "john@gmail.com"],
    // Cyrillic а and о in place of the Latin letters
    ["j\u043ehn@gm\u0430il.c\u043em", "j\u043ehn@gm\u0430il.c\u043em"],
  ])("finds %j", (text, words) => {
    expect(wordsFlaggedBy("email", text)).toEqual([words]);
  });

  it.each(["I was at work at 5", "she looked at me", "We met at the clinic dot. Com-pletely odd."])(
    "leaves %j alone",
    (text) => {
      expect(wordsFlaggedBy("email", text)).toEqual([]);
    },
  );
});

describe("url and handle", () => {
  it.each([
    ["see https://soundcloud.com/dmitri-beats.", "url", "https://soundcloud.com/dmitri-beats"],
    ["at www.healingwithtara.net today", "url", "www.healingwithtara.net"],
    ["her page parentingthroughgrief.org is public", "url", "parentingthroughgrief.org"],
    ["go to example dot com", "url", "example dot com"],
    ["follow @lucy.in.recovery", "handle", "@lucy.in.recovery"],
    ["her ig is @herenow", "handle", "@herenow"],
    ["his twitter handle is marko_v_1991", "handle", "twitter handle is marko_v_1991"],
    ["insta: big_mike", "handle", "insta: big_mike"],
    ["he still follows her on insta, rickyv_official, every day", "handle", "rickyv_official"],
    ["server at 192.168.10.24 logged it", "ip-address", "192.168.10.24"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toEqual([words]);
  });

  it.each([
    "e.g. a client, i.e. a person, etc.",
    "Node.js and Vue.js are not web addresses in a sentence",
    "Call or text 988, or chat at 988lifeline.org, or look at findahelpline.com",
    "DSM-5 and ICD-10 are fine",
    "an email to my supervisor @ the end of the day",
    "someone on the practice discord keeps using @everyone for lunch orders",
    "ping @here if the waiting room floods again",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("handles, links and addresses in disguise", () => {
  it.each([
    ["her insta is jess.runs.far and", "handle", "insta is jess.runs.far"],
    ["Her TikTok is lilbeanwrites and she posts about therapy", "possible-handle", "lilbeanwrites"],
    ["Her tiktok is lilbeanwrites.", "possible-handle", "lilbeanwrites"],
    ["Her tiktok is lilbeanwrites where she posts about me", "possible-handle", "lilbeanwrites"],
    ["Her tiktok handle: lilbeanwrites", "handle", "tiktok handle: lilbeanwrites"],
    ["found him on tiktok as dancingqueen22", "handle", "on tiktok as dancingqueen22"],
    ["he games as NightOwlKing on discord most nights", "handle", "NightOwlKing"],
    ["she's sad_clown.7 on insta", "handle", "sad_clown.7"],
    [
      "his username on the gaming forum is 'wolf_pack_99' apparently",
      "handle",
      "username on the gaming forum is 'wolf_pack_99",
    ],
    ["her ex shared her pin, 40.7812, -73.9665, with his friends", "street-address", "40.7812, -73.9665"],
    ["the portal saw a login from 2001:db8:85a3::8a2e:370:7334 at 3am", "ip-address", "2001:db8:85a3::8a2e:370:7334"],
    ["venmo me at jay-r_92", "handle", "venmo me at jay-r_92"],
    ["cashapp $jessruns", "handle", "cashapp $jessruns"],
    ["she paid me back from $tidepoolmarta, no note", "handle", "$tidepoolmarta"],
    ["I'm sure u/throwaway_nightshift_dad is him", "handle", "u/throwaway_nightshift_dad"],
    ["hxxps://evil.example/path", "url", "hxxps://evil.example/path"],
    ["see example[.]com now", "url", "example[.]com"],
    ["see example(.)com now", "url", "example(.)com"],
    ["bit.ly/x7Yz2", "url", "bit.ly/x7Yz2"],
    ["jane dot doe at outlook", "email", "jane dot doe at outlook"],
    ["jdoe84 at gmail", "email", "jdoe84 at gmail"],
    ["j.doe{at}clinic[.]org", "email", "j.doe{at}clinic[.]org"],
    ["her email is janedoe at gmail", "email", "email is janedoe at gmail"],
    ["token aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q0NTY3 here", "encoded-text", "aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q0NTY3"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toEqual([words]);
  });

  it.each([
    "her insta is private and his twitter is mostly politics",
    "his snap is gone and her tiktok is unhinged",
    "Her insta is lowkey a cry for help, and his reddit is doomscrolling central",
    "I said goodbye. On discord we keep it light",
    "she is active on discord and quiet in session",
    "the practice account is minus three grand after the clawback",
    "group starts at 10:30:15 sharp, ratio 3:1 for staff",
    "I use reddit, r/therapists is a good community",
    "she works at yahoo, we met at gmail's office",
    "a red dot in the chart",
    "Doxy.me went down in the middle of my 11am",
    "supercalifragilisticexpialidocious",
    "clients can handle the question; what they can't handle is feeling judged",
    "the copay went from $20 to $45 and US$ prices keep rising",
    "Took my work number off WhatsApp at last.",
    "Finally off Instagram at last, and my evenings are mine.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("look-alikes of an address or a handle", () => {
  it.each([
    ["a weekday at an hour, then a sentence", "Her slot was Tuesday at ten. It's been six weeks since she died."],
    ["a file's name with a version", 'My system is a spreadsheet called "final_final_v3." It works.'],
    ["a file's name after its kind", "The template called caseload_tracker has a tab for waitlists."],
  ])("leaves %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["a handle ending in digits", "her handle is jess_22 everywhere", "jess_22"],
    ["an underscored handle on a platform", "he's dark_wolf_99 on every game", "dark_wolf_99"],
  ])("still finds %s", (_, text, handle) => {
    expect(wordsFlaggedBy("handle", text).join(" ")).toContain(handle);
  });
});

describe("addresses the look-alike rules must not let through", () => {
  it.each([
    ["a handle with a version", "Her ex messages her from darkangel_v2 every night.", "handle"],
    ["an email with a space after its dot", "Her new email is jsmith at brightpathcounseling. org now.", "email"],
  ])("finds %s", (_, text, rule) => {
    expect(found(text).map(([name]) => name)).toContain(rule);
  });
});

describe("an email on a country's domain, its dot spaced", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("email", "The referral came from k.obi at lagoshealth. co and I can't reach them."),
    ).not.toEqual([]);
  });
});

describe("fresh117's kinds: an address told as a recipe, a file's name", () => {
  it("finds an email told by how it is made", () => {
    expect(
      wordsFlaggedBy("email", "His email is his dog's name plus the year he enlisted, at gmail. The dog is Ranger."),
    ).not.toEqual([]);
  });

  it.each([
    "Her email is the one at gmail, not the work one.",
    "Name your files something better than CV_final_FINAL_v3.",
  ])("leaves %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("still finds a handle with a version", () => {
    expect(wordsFlaggedBy("handle", "she messages me from darkangel_v2 every night")).toEqual(["darkangel_v2"]);
  });
});

describe("fresh135's kinds: a defanged IP address, a handle of words run together before its platform", () => {
  it("finds an IP address written with [.]", () => {
    expect(wordsFlaggedBy("ip-address", "flagged a login from 203[.]0[.]113[.]57, which isn't her")).toEqual([
      "203[.]0[.]113[.]57",
    ]);
  });

  it("holds the account someone is behind for a moderator", () => {
    expect(wordsFlaggedBy("possible-handle", "I'm seeing the person behind bronxbornbipolar on TikTok.")).toEqual([
      "bronxbornbipolar",
    ]);
  });

  it.each(["so much psychoeducation on TikTok these days", "behind everything on Instagram is a sales pitch"])(
    "leaves %j alone",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("communities and kinds of creator look like handles: held, not refused (the reviews of 45f6648 and 959cb4a)", () => {
  it.each([
    "I found therapytok on TikTok and honestly some of it is decent psychoeducation.",
    "She follows mukbangers on YouTube and eats along, which we're unpacking slowly.",
    "He found wallstreetbets on Reddit and lost his savings in a month.",
  ])("holds %j, and does not refuse it", (text) => {
    expect(found(text).map(([rule]) => rule)).toEqual(["possible-handle"]);
  });
});

describe("an IP address with its dots said aloud (the review of 45f6648)", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("ip-address", "the login came from 98 dot 114 dot 22 dot 7 and she screenshotted it"),
    ).toEqual(["98 dot 114 dot 22 dot 7"]);
  });
});

describe("fresh145's kind: a second account by its own word", () => {
  it("finds a finsta's name", () => {
    expect(
      wordsFlaggedBy("handle", "she told me her finsta is leahs.other.side and that everything goes there"),
    ).toEqual(["finsta is leahs.other.side"]);
  });

  it("leaves a finsta talked about", () => {
    expect(wordsFlaggedBy("handle", "half my teen clients have a finsta and that's fine.")).toEqual([]);
  });
});

describe("fresh151's kind: an email spelled in Spanish", () => {
  it("finds arroba and punto", () => {
    expect(
      wordsFlaggedBy("email", "He emails me poems from tiburon.viejo58 arroba gmail punto com every week."),
    ).not.toEqual([]);
  });

  it("leaves arroba talked about", () => {
    expect(wordsFlaggedBy("email", "She taught me that arroba is the word for the at sign. Punto.")).toEqual([]);
  });
});

describe("the review of f911b8c: a second account talked about is no handle", () => {
  it("finds an alt's name", () => {
    expect(wordsFlaggedBy("handle", "her alt account is leahs.other.side and she told me not to look.")).not.toEqual(
      [],
    );
  });

  it.each([
    "His finsta account is private and I respect that.",
    "Her finsta: basically a diary with a lock on it, and she showed me in session.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("handle", text)).toEqual([]);
  });
});

describe("fresh171's kind: an email spelled out with commas between its parts", () => {
  it("finds it", () => {
    const text = "wrote his address on a napkin like a scavenger hunt: brownsvillebeats, at, proton, dot me.";
    expect(wordsFlaggedBy("email", text)).toEqual(["brownsvillebeats, at, proton, dot me"]);
  });

  it("leaves commas around 'at' in prose alone", () => {
    expect(found("She was good, at, like, everything, honestly.")).toEqual([]);
  });
});

describe("fresh175's kind: an app's ID, a dotted name ending in digits", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("handle", "One slid her ID across anyway — sunny.k555 — and I wrote it in the chart."),
    ).toEqual(["sunny.k555"]);
  });

  it.each(["the file report.final2024 is on the drive", "see notes.v2 and fig.3 in the deck"])("leaves %j", (text) => {
    expect(wordsFlaggedBy("handle", text)).toEqual([]);
  });
});

describe("the review of the dotted ID: a file or a password with digits only after the dot", () => {
  it.each([
    "I opened it as report.2024 by mistake.",
    "The Wi-Fi password at the office is welcome.123 which is insecure.",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("handle", text)).toEqual([]);
  });
});

describe("fresh179's kind: an email with German's 'punkt' for its dot", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("email", "she writes from m.schreiber87 (at) web (punkt) de at 2am")).toEqual([
      "m.schreiber87 (at) web (punkt) de",
    ]);
  });
});

describe("the review of the dotted ID: a first name, a dot and a year", () => {
  it("finds it", () => {
    expect(wordsFlaggedBy("handle", "her gamertag is basically tyler.2009 everywhere")).not.toEqual([]);
  });
});

describe("fresh195's kind: a gamer's name set off after its kind", () => {
  it("finds the gamertag", () => {
    expect(
      wordsFlaggedBy("handle", "He gave me his Xbox gamertag, xXGrimLanternXx, so I could check his stats."),
    ).toContain("xXGrimLanternXx");
  });

  it("leaves an ordinary word after 'username'", () => {
    expect(wordsFlaggedBy("handle", "his username, obviously, was taken")).toEqual([]);
  });
});

describe("the review of the fourteenth round: a typo and a file name are no links", () => {
  it.each(["I was so tired.my client laughed when I yawned.", "Saved the worksheets as notes.my by accident."])(
    "leaves %j",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("fresh227's kind: a file's name with its kind after a dot is no handle", () => {
  it.each([
    "FINAL_v7_REALLYFINAL_useThis.docx. The dissertation is done.",
    "saved it as thesis_final_v2.pdf and slept",
  ])("leaves %j", (text) => {
    expect(wordsFlaggedBy("handle", text)).toEqual([]);
  });

  it("still finds a handle", () => {
    expect(wordsFlaggedBy("handle", "still follows her on insta, rickyv_official. so.")).toEqual(["rickyv_official"]);
  });
});

describe("fresh230, fresh238 and fresh239's kinds: handles in dotted parts, a payment address, an address at a provider", () => {
  it.each([
    ["teen asked if i'd add her on snap, she's u.r.bfflol22, spelled it out twice.", "handle", "u.r.bfflol22"],
    ["but not before seeing the ID the daughter uses, tum.bkk.1992, which told me more.", "handle", "tum.bkk.1992"],
    [
      "Session fee came in over UPI from faizan.m55@okexample, which is not his account.",
      "handle",
      "faizan.m55@okexample",
    ],
    ["his address is rmbrewer at protonmail, all one word.", "email", "address is rmbrewer at protonmail"],
  ])("finds %j", (text, rule, words) => {
    expect(wordsFlaggedBy(rule, text)).toEqual([words]);
  });

  it.each([
    "We upgraded to v1.2.3 of the EHR and it broke.",
    "See fig.2.3a in the manual.",
    "The file is notes.final.v2.docx on the drive.",
    "Meet me @ 5 at the office.",
  ])("leaves %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fresh250's kind: a state's transport department in capitals", () => {
  it("leaves the Colorado DOT app", () => {
    expect(found("the Colorado DOT app says the pass is closed.")).toEqual([]);
  });

  it("finds a domain spelled with a capital DOT", () => {
    expect(wordsFlaggedBy("url", "her site is janedoe DOT com, look it up")).toEqual(["janedoe DOT com"]);
  });
});

describe("round 34's links and handles: a domain beside writing the joined view runs into it, someone's platform and handle", () => {
  it("finds a blog's address after a quotation and a dash", () => {
    expect(
      wordsFlaggedBy("url", "she sent me her blog like id 'get it' - mybrokenwings.blog - i didnt open it."),
    ).toEqual(["mybrokenwings.blog"]);
  });

  it("finds a handle after someone's platform", () => {
    expect(wordsFlaggedBy("handle", "teen sent her snap x.xmidnightrose.x so i could see the bullying")).toEqual([
      "her snap x.xmidnightrose.x",
    ]);
  });

  it.each(["she showed me her insta 2 days ago", "his snap streak is 400 days"])("leaves %j", (text) => {
    expect(wordsFlaggedBy("handle", text)).toEqual([]);
  });
});

describe("round 36's kind: a name given a few words after its kind, written as such names are", () => {
  it.each([
    ['kid told me his gamer tag so i can "see his builds" - xXPyroKingXx99. no buddy', "xXPyroKingXx99"],
    ["new portal lets clients pick usernames and one of mine chose marissaquinlan1987.", "marissaquinlan1987"],
  ])("finds it in %j", (text, words) => {
    expect(wordsFlaggedBy("handle", text)).toEqual([words]);
  });

  it("leaves a year said near usernames", () => {
    expect(wordsFlaggedBy("handle", "the portal usernames need 8 characters, we got ours in 2024")).toEqual([]);
  });
});

describe("round 46's handle: a dotted name that ends in an underscore", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("handle", "he dropped his insta in session, d.moraless_ on there, so i could see his art"),
    ).toEqual(["d.moraless_"]);
  });

  it("leaves a word and an underscore", () => {
    expect(wordsFlaggedBy("handle", "so_ what do we do now")).toEqual([]);
  });
});

describe("round 48's link: any host with a numbered path", () => {
  it("finds it", () => {
    expect(
      wordsFlaggedBy("url", "the portal link I sent him was clinicportal.example/pt/jharmon1990. his name"),
    ).toEqual(["clinicportal.example/pt/jharmon1990"]);
  });

  it("leaves a file's name and its other type", () => {
    expect(wordsFlaggedBy("url", "send it as notes.docx/pdf please")).toEqual([]);
  });
});
