import { watch } from "../words";
import { type Alternatives, anyOf, gated, type Rule, type Span, spansOf, whenAnyWord, whenSeen } from "./rule";

/**
 * Dates other than a year: "March 3", "3rd of March 2019", "May twenty-second",
 * "the first of April", "03/14/2019", "2019-03-14", "20240314", "14.III.2023";
 * a day without its month where the sentence makes it a date ("Tuesday the
 * 9th", "on the 23rd,", "the 14th of next month", "intake was 3/14", "on 7-8
 * at 4pm"); and a holiday tied to a year or to what happened on it
 * ("Christmas Eve 2021", "last Fourth of July", "On Valentine's Day her
 * husband…"). A date after "born", "DOB" or "birthday" is a date of birth.
 * A month alone, a year alone, "7/10" (a rating), "24/7", "1-2 sessions" and
 * times are left alone.
 */

// A dot after an abbreviation; after a whole month's name only before a figure ("June. 5th", a phone's full stop for a
// double space): before a word it ends a sentence ("Took a personal day this May. First one ever.").
const MONTH =
  "(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\\.(?= \\d))?)";
const FULL_MONTH_NOT_MAY = "(?:january|february|march|april|june|july|august|september|october|november|december)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const ORDINAL_DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)";
// A day as a spelled ordinal: "first" to "thirty-first".
const UNIT_ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";
// Past the tenth, which counts as often as it dates ("went without for nine days and died on the tenth").
const SPELLED_DAY_PAST_TENTH = `(?:(?:twenty|thirty)[- ]${UNIT_ORDINAL}|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const SPELLED_DAY = `(?:(?:twenty|thirty)[- ]${UNIT_ORDINAL}|${UNIT_ORDINAL}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const YEAR = "(?:,? (?:\\d{4}|'\\d{2}))?";
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
const NUMERIC_MONTH = "(?:0?[1-9]|1[0-2])";
const NUMERIC_DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const DAY_PAST_12 = "(?:1[3-9]|2\\d|3[01])";
// Words after which "3/14" or "11.02" is a date, not a rating or a score.
const DATE_CUE = `(?:on|by|due|since|until|till|thru|through|starting|starts|started|from|before|after|dated|date|ran out|runs out|ran|lapsed|lapses|intake|hearing|appointment|appt|court|deadline|effective|expires|expired|married|wedding|birthday|graduation|graduates|surgery|funeral|anniversary|trial|sentencing|discharge|discharged|admitted|moving|moves|leaves|moved|rescheduled|postponed|pushed|bumped|listed|scheduled|booked|interview|tribunal|visit|inspection|eviction|deportation|parole|ceremony|evaluation|deposition|mediation|assessment is|exam is|session was|session is|date of service|fixed for|nikah|relapsed|died|overdosed|od'd|odd|came back|came back to me|arrested|released|born|attempted|deployed|deported|evicted|detained|${WEEKDAY})`;
// Not "1/2" or "3/4" (fractions), nor "7/10" or "5/5" (a rating: "from 7/10 to 3/10"), nor "24/7", nor a few of a week's days ("booked 4/5
// days", "4/5 of my clients").
const NOT_A_FRACTION =
  "(?!(?:1/[234]|2/3|3/4|(?:10|0?[1-9])/10|[0-5]/5|24/7)\\b|(?:1/[2-7]|2/[3-7]|3/[4-7]|4/[5-7]|5/[67]|6/7) (?:days?|nights?|sessions?|slots?|of)\\b)";
// Not a dose, a weight or a share: "on 1.25 mg", "by 2.50%".
const NOT_A_MEASURE =
  "(?![/.]\\d|%| ?(?:mg|mcg|ml|g|kg|lbs?|mi|km|hours?|hrs?|points?|percent|x|items?|criteria|questions?|correct|positive)\\b)";
const SPANISH_MONTH =
  "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro)";
const FRENCH_MONTH =
  "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)";
// Days of the year French speakers keep as holidays: Women's Day, May Day, Bastille Day, the Fête nationale, Canada Day…
const FRENCH_HOLIDAY =
  "(?:8 mars|1er mai|premier mai|14 juillet|24 juin|1er juillet|15 ao[uû]t|11 novembre|25 d[ée]cembre|1er janvier|1er novembre)";
// A month's short name, as the military runs it into a day: "14NOV".
const SHORT_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const SPANISH_DAY =
  "(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\w+|veinte|veinti\\w+|treinta(?: y uno)?)";
const ROMAN_MONTH = "(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)";

const DATE = anyOf(
  [
    // "March 3", "May twenty-second, 2019"
    // (not a count after the month's sentence ends: "licensing exam in nov. 3 months of flashcards")
    `\\b${MONTH} (?:the )?(?:${DAY}|${SPELLED_DAY})\\b(?! (?:months?|weeks?|days?|years?|hours?|hrs?|mos?|wks?|yrs?|mins?|minutes?|more|left|to go)\\b)${YEAR}`,
    // "the night of the second she called", "the morning of the 3rd": a day of the month by its ordinal alone (not "the
    // day of the first session")
    `\\bthe (?:night|morning|evening|afternoon|day|weekend) of the (?:${ORDINAL_DAY}|${SPELLED_DAY})(?=\\s*[.,;:!?]|\\s*$| (?:she|he|they|i|we|you|my|her|his|their|when|and|at)\\b)(?! of (?:every|each) month)`,
    // "3rd of March", "the first of April"
    `\\b${DAY} (?:of )?${FULL_MONTH_NOT_MAY}\\b${YEAR}`,
    // …and a month cut short, as the British write it: "the 14th of Feb.", "14 Feb"
    // (not "3 MAR reviews", a medication record, nor "24 APR", a rate)
    `\\b(?:${ORDINAL_DAY} of (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)|(?:[12]\\d|3[01]|0?[1-9]) (?:jan|feb|jun|jul|aug|sept?|oct|nov|dec))\\b(?!-)\\.?${YEAR}`,
    // "the twenty-third of last August" (not the holiday, which comes every year: "Fourth of July fireworks are rough
    // for…", "Took the whole Fourth of July week off"; with its year, the holiday rules read it)
    `\\b(?!(?:the )?fourth of july\\b)(?:the )?${SPELLED_DAY} of (?:last |that )?${MONTH}\\b${YEAR}`,
    // …but a birthday on it is one: "Her twins were born on the Fourth of July."
    `\\bborn on (?:the )?fourth of july\\b`,
    `\\b${DAY} (?:of )?may,? \\d{4}\\b`,
    // "29 Feb 1996", "12 Mar '96": an abbreviated month after a day, with its year
    `\\b${DAY} (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?,? (?:\\d{4}|'\\d{2})\\b`,
    // "Release date's 14 Feb", "due 3 Sept.": a day and an abbreviated month with no year (not "Mar", a verb too, nor
    // "Apr", a rate: "24 APR")
    `\\b${DAY} (?:jan|feb|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?(?! ?\\d)`,
    // "12-Jan-24", "03-Mar-2019": as forms and lab results write it
    `\\b${DAY}-(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-(?:\\d{4}|\\d{2})\\b`,
    // "03/14/2019", "2019-03-14", "14.III.2023"
    "\\b(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|[12]\\d|3[01])[/.-](?:\\d{4}|\\d{2})\\b",
    "\\b\\d{4}[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\\d|3[01])\\b",
    `\\b${NUMERIC_DAY}[./ -]${ROMAN_MONTH}[./ -](?:\\d{4}|\\d{2})\\b`,
    // "20240314": a compact ISO date
    "\\b(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\b",
    // "intake was 3/14", "due 11.02", "Tuesday 7/8", "court date is 17/10", "fri 14.03", "got moved to 9/22": a month
    // and day (or a day past the 12th and a month, as most of the world writes them) after a cue word
    `\\b${DATE_CUE}(?: (?:was|is|of|moved to|set for|now|on|the|to|for|until|back to)){0,2} ${NOT_A_FRACTION}(?:${NUMERIC_MONTH}(?:/${NUMERIC_DAY}|\\.(?:0[1-9]|[12]\\d|3[01]))|${DAY_PAST_12}(?:/${NUMERIC_MONTH}|\\.(?:0[1-9]|1[0-2])))\\b${NOT_A_MEASURE}`,
    // …and with a dash after a chart's own words: "intake 9-3, auth approved 9-17" (not "intake 3-4 weeks out")
    `\\b(?:intake|approved|denied|discharged|admitted|dated|expires|expired|ran out|started|starts)(?: (?:was|is|on))? ${NUMERIC_MONTH}-${NUMERIC_DAY}\\b(?![-/.]\\d| ?(?:weeks?|days?|months?|years?|hours?|times|sessions?|people|pm|am)\\b)`,
    // "his hearing got pushed again, now 9/26": put off once more (not a score "moved again, now 4/5")
    `\\b(?:pushed|rescheduled|postponed|bumped|delayed|adjourned)(?: back)? again,? (?:now |to |until |till )?${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    // "Tribunal's listed for 09/10": both written with two digits, after a cue that schedules (a rating is "9/10")
    `\\b(?:listed|scheduled|set|booked|adjourned)(?: for| on| to)? 0[1-9]/(?:0[1-9]|1[0-2])\\b${NOT_A_MEASURE}`,
    // "trial is set for 11-07", "hearing on 03-22": a month and a two-digit day with a dash, after a cue that schedules
    // (not "from 9-5", a range, nor "10-15 minutes")
    `\\b(?:set for|scheduled for|moved to|hearing (?:is )?on|trial (?:is )?on|court (?:is )?on|due on|dated|(?:last|next|final|first) (?:session|appointment|appt|visit)(?: is| was)?(?: on)?) ${NUMERIC_MONTH}-(?:0[1-9]|[12]\\d|3[01])\\b(?![-/.]\\d| ?(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|sessions?|people|clients|%))`,
    // "one year clean on 6-18!!!", "since 11-23, when he moved out", "her clean date is 6-18": a month and a day past the
    // 12th with a dash, after a cue word, ending its phrase (not a range: "on 6-18 month waits", "ages from 5-18")
    `\\b(?:on|since|until|till|due|date is|date was|date's) ${NUMERIC_MONTH}-${DAY_PAST_12}(?=\\s*[.,;:!?)]|\\s*$| (?:and|when|he|she|they|i|we|at|was|is|with|crying|saying|asking|holding|carrying|wearing)\\b)`,
    // "she relapsed 6-9 and has been sober every day since": what someone the post is about did on a month and a day
    // written with a dash, ending its phrase (not "relapsed 6-9 times", nor the author's own, "we moved out 9-1", nor
    // the news's, "the man got arrested 1-6 at the Capitol")
    `\\b(?:he|she|they|client|patient|(?:his|her|their|client's) [a-z-]+)(?: [\\w']+){0,2}? (?:relapsed|died|overdosed|od'd|was arrested|got arrested|was born|passed away|attempted|was deployed|was deported|was evicted|was released|got out|moved out) ${NUMERIC_MONTH}-${NUMERIC_DAY}(?=\\s*[.,;:!?)]|\\s*$| (?:and|when|he|she|they|i|we|at|after|but|in|while|because)\\b)`,
    // "I wrote the date on the inside cover of his folder, 11/14, like a birthday": the date written, set off
    `\\b(?:wrote|write|writing|written|marked|circled|put) the date\\b[^.!?\\n]{0,60}?, ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}(?=,|\\s*[.;!?]|\\s*$)`,
    // "His discharge date on the summary says 12/11": an event's date a document says (not a receipt's)
    `\\b(?:discharge|court|hearing|release|admission|intake|appointment|surgery|trial|sentencing|due) date\\b[^.!?\\n]{0,30}\\b(?:says|said|reads|read|shows) ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    // "saw 3/14 circled next to 'date of loss'", "date of death: 6/2": a month and day a record names
    `\\b${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}(?=[^.!?\\n]{0,40}\\bdate of (?:loss|death|birth|injury|incident|the accident|assault|arrest|discharge|admission|separation)\\b)`,
    `\\bdate of (?:loss|death|birth|injury|incident|the accident|assault|arrest|discharge|admission|separation)\\b[^.!?\\n]{0,20}?${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    // "on the morning of 9/12 he walked out of the unit": a month and day a part of the day was on
    `\\bthe (?:morning|night|evening|afternoon|day|weekend) of ${NOT_A_FRACTION}(?!(?:9/11|7/4|12/2[45]|12/31|1/1)\\b)${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    // "she told me 11/22 is the day her shop burned": a month and day said to be the day of something
    `\\b${NOT_A_FRACTION}(?!(?:9/11|7/4|12/2[45]|12/31|1/1|3/14|2/14|10/31|3/17)\\b)${NUMERIC_MONTH}/${NUMERIC_DAY} (?:is|was) the (?:day|night|date|anniversary)\\b`,
    // "write 3/14 in my book… It's the day her brother was deported": the same, said in the next sentence of someone (not
    // "It's the day we eat pie", "That's the day taxes are due")
    `\\b${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}(?=[^.!?\\n]{0,80}[.!?]\\s+(?:it's|that's|it is|that is|it was|that was) the (?:day|night|date|anniversary) (?:(?:that |when )?(?:her|his|their|my client's|the client's|she|he|they)|of (?:her|his|their))\\b)`,
    // "anniversary of his wifes passing is 11/3", "her birthday is 4/12": an event's day as month and day
    `\\b(?:birthday|anniversary|wedding|funeral|hearing|trial|surgery|court date|due date|graduation|sentencing|memorial)(?: of (?:her|his|their|the|my client's|a) (?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?(?: is| was|'s)(?: on)? ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    // "put her next appt as 4/9 and she said thats her dads surgery day": the same, said in the same sentence
    `\\b${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}(?=[^.!?\\n]{0,60}\\b(?:that's|thats|that is|it's|its|it is|which is|which was|that was|it was) (?:her|his|their|the client's|my client's) (?:[\\w'’-]+ ){0,2}(?:surgery|hearing|court|trial|funeral|birthday|wedding|sentencing|anniversary|graduation|memorial|custody|release) ?(?:day|date)?\\b)`,
    // "The 17th is a year since her daughter died": a day of the month someone's anniversary falls on (not "since I
    // opened my own practice")
    `\\bthe ${ORDINAL_DAY} (?:is|was|will be) (?:a year|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) years?|the anniversary) (?:since|of)(?=[^.!?\\n]{0,40}\\b(?:her|his|their|my client's|the client's|she|he|they)\\b)`,
    // "the 23rd. thats when his lease ends": a day of the month, then what falls on it for someone (not the author's
    // renewal)
    `(?:^|[.!?]\\s+)the ${ORDINAL_DAY}[.,:;]?\\s+(?:that's|thats|that is|it's|its|which is) (?:when|the day)(?= (?:her|his|their|the client's|she|he|they)\\b)`,
    // "her 1/19 appt", "the 3/14 hearing", "the 07/03 review": a month and day that name an appointment
    `\\b${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY} (?:appt|appointment|session|intake|hearing|court date|visit|surgery|discharge|admission|deadline|follow-up|f/u|review|meeting|assessment|evaluation|eval|consult|consultation|check-in|checkup|check-up|exam|scan|procedure|interview|iep meeting|mdt|stream|livestream|broadcast|vod|video|episode)\\b`,
    // "discharged from inpatient 1/17", "admitted to the unit 3/2": a stay's start or end
    `\\b(?:discharged|admitted|released|transferred|seen|evaluated)(?: (?:her|him|them|us))?(?: (?:from|to|into|at|on|by) (?:the )?[a-z]+)? ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    // "Lease is up 10/31 and she's got sixty head", "her visa expires 3/14": the day someone's lease, loan or permit runs
    // out (not "my own lease is up 10/31", "our grant contract ends 6/30")
    `\\b(?:her|his|their|the client's|my client's) (?:[\\w-]+ )?(?:lease|rent|contract|loan|mortgage|visa|licen[cs]e|permit|notice|tenancy)(?: is| was|'s)? (?:up|due|ends|ended|expires|expired|runs out|ran out)(?: on)? ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}`,
    `(?:^|[.!?]\\s+)(?:the )?(?:lease|loan|mortgage|visa|tenancy)(?: is| was|'s)? (?:up|due|ends|ended|expires|expired|runs out|ran out)(?: on)? ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b${NOT_A_MEASURE}(?=[^.!?\\n]{0,60}\\b(?:she|he|they|her|his|their)\\b)`,
    // "The screenshot is stamped 03/11 02:47 AM": a month and day with the minute after them
    // (its digits looked for first: a look back at every position costs every post its length again)
    `\\b(?=\\d{1,2}/\\d{1,2} \\d{1,2}:\\d)(?<!\\b(?:webinar|training|workshop|class|group|conference|meeting|event|session|call|lecture|seminar)\\b[^.!?\\n]{0,30})${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY} \\d{1,2}:\\d\\d(?: ?[ap]\\.?m\\b)?`,
    // "His 18th is the 2nd of May": a birthday by the age it brings
    `\\b(?:his|her|their) (?:\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth)) (?:birthday |bday )?(?:is|was|falls on|'s) (?:on )?the ${ORDINAL_DAY}\\b`,
    // "the attempts were 8/12, 8/14, and 8/19": a list of months and days is of dates
    `\\b${NUMERIC_MONTH}/${NUMERIC_DAY}(?:,? (?:and )?${NUMERIC_MONTH}/${NUMERIC_DAY})+\\b(?!/)`,
    // "moved to 9/22, then 10/6": one after another, not scores ("3/10, then 5/10")
    `\\b${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY},? (?:and )?then ${NOT_A_FRACTION}${NUMERIC_MONTH}/${NUMERIC_DAY}\\b(?!/)`,
    // "on 7-8 at 4pm", "11.02 at 9:15": a month and day before a time
    `\\b${NUMERIC_MONTH}[/.-]${NUMERIC_DAY} at \\d{1,2}(?::\\d\\d)?(?: ?[ap]\\.?m\\b)?`,
    // …and a day past the 12th and its month, as most of the world writes them: after a word that dates it, any month and
    // any mark ("Tribunal is 17.11 at 10am", "sentencing is 28/10 at 2pm"); alone, only with a slash and not October,
    // as a rating is out of ten ("a 15/10 at 3am", "24/7 at 988")
    `\\b(?:${DATE_CUE}|tribunal|is|was)(?: (?:is|was|on|set for))? ${DAY_PAST_12}[/.-]${NUMERIC_MONTH} at \\d{1,2}(?::\\d\\d)?(?: ?[ap]\\.?m\\b)?(?=\\s*[.,;!?]|\\s*$| (?:on|in|today|tomorrow|tonight|pm|am|o'clock|and)\\b)`,
    `\\b${NOT_A_FRACTION}${DAY_PAST_12}/(?:0?[1-9]|1[12]) at \\d{1,2}(?::\\d\\d)?(?: ?[ap]\\.?m\\b)?(?=\\s*[.,;!?]|\\s*$| (?:on|in|today|tomorrow|tonight|pm|am|o'clock)\\b)`,
    // "Saturday 11 May", "Tue 3 March": a weekday, a day and a month (May too, after a weekday)
    `\\b${WEEKDAY},? ${NUMERIC_DAY} (?:of )?${MONTH}\\b${YEAR}`,
    // "Wed 9th, 7.40pm", "Thursday 3rd": a weekday and its ordinal (not "sat 1st chair": Saturday and Sunday by their
    // whole names)
    `\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri),? ${ORDINAL_DAY}\\b`,
    // "14/11 was the anniversary of her son's death": a day past the 12th and its month, said to be a day (not "15/10
    // was the vibe", a rating)
    `\\b${NOT_A_FRACTION}(?:${DAY_PAST_12}/(?:0?[1-9]|1[12])|${NUMERIC_MONTH}/${DAY_PAST_12})\\b(?!/)(?= (?:was|is) (?:the|her|his|their|when)\\b)`,
    // "I've been dreading the 14th all month because that's the day… her custody hearing": a day of the month said to be
    // the day of something
    `\\bthe ${ORDINAL_DAY}\\b(?=[^.!?\\n]{0,40}\\b(?:that's|that is|it's) the day\\b)`,
    // "Tuesday the 9th", "Friday the 13th", "the Tuesday before last, the 9th"
    `\\b${WEEKDAY}(?: before last| after next| just gone| just past)?,? the (?:${ORDINAL_DAY}|${SPELLED_DAY})\\b`,
    // "the 14th of next month", "the 3rd of this month"
    `\\bthe (?:${ORDINAL_DAY}|${SPELLED_DAY}) of (?:next|this|last|that|the) month\\b`,
    // "on the 23rd,", "by the 15th.", "since the 2nd at", "on the 7th asking why": a day that ends its phrase
    // …spelled out past the tenth: "she came in on the twenty-first, the day after the eviction notice"
    `\\b(?:on|by|until|till|since|before|after|from|due|starting) the (?:${ORDINAL_DAY}|${SPELLED_DAY_PAST_TENTH}(?! and\\b| of\\b))(?=[,.;:!?)]|$| (?:at|of|and|when|he|she|they|i|we|my|asking|saying|wanting|to ask|to say)\\b)`,
    // "scheduled for the 3rd, then moved", "set for the 12th and she's terrified": a day set, then what became of it
    // (not "set for the 1st of each month", "booked for the 1st and 3rd Thursday")
    `\\b(?:scheduled|set|booked|moved|pushed|rescheduled) for the ${ORDINAL_DAY}(?=\\s*[-,.;:!?)—–]|\\s*$| (?:at|by|but|then|so)\\b| and (?![\\d]|the \\d))`,
    // "He's asked for the 23rd off every year since the blowout": a day of the month kept since what happened on it
    `\\bthe ${ORDINAL_DAY} off\\b(?=[^.!?\\n]{0,40}\\b(?:ever since|every year since|since the|anniversary)\\b)`,
    // "her birthday's 02/07", "his birthday, 8-30, because nobody else does": a birthday as day and month
    `\\b(?:birthday|bday)(?:'s| is| was|,)(?: on)? ${NUMERIC_MONTH}[/-]${NUMERIC_DAY}\\b(?![/-]| (?:weeks?|days?|months?|years?|hours?|times|people|sessions)\\b)`,
    // "her birthday is the 14th", "the hearing is on the 3rd", "The quince is the 22nd", "his bday party on the 22nd":
    // an event's day
    `\\b(?:(?:birthday|bday|b-day)(?: party| dinner| celebration)?|anniversary|wedding|funeral|hearing|trial|surgery|court date|court|due date|graduation|sentencing|discharge|quince|quinceañera|quinceanera|bar mitzvah|bat mitzvah|baptism|christening|communion|recital|deposition|mediation|memorial|baby shower)(?: of (?:her|his|their|the|my client's|a) (?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?(?: is| was| falls|'s| starts| begins| is set for| is scheduled for)?(?: on)? the (?:${ORDINAL_DAY}|${SPELLED_DAY})\\b(?! of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)| (?:birthday|anniversary|party|year|annual|time|reunion|celebration|dna|no-?shows?|cancell?ations?|sessions?|appointments?|visits?|strikes?|attempts?|missed)\\b)`,
    // "her hearing's been moved to the twenty-ninth", "got bumped to the 3rd": a day something was moved to
    `\\b(?:moved|bumped|pushed|rescheduled|postponed|put off|brought forward|adjourned) (?:back )?(?:to|till|until) the (?:${ORDINAL_DAY}|${SPELLED_DAY})(?=\\s*[,.;:!?)]|\\s*$| (?:and|because|but|so|again|instead|now|which|when|at|for|by)\\b)`,
    // a day of the month that is the day of what happened: "off the 18th because that's the day it happened", "the 3rd,
    // the day her brother was killed"
    `\\bthe ${ORDINAL_DAY}\\b(?! (?:anniversary|birthday|time|session|year|week|day of|floor|grade|century))(?=[^.!?\\n]{0,40}\\b(?:the day (?:it|he|she|they|her|his|their|my client|the client)\\b|anniversary\\b))`,
    // a day of the month that is the day of someone's hearing: "counting down to the 29th… because that's the protective
    // order hearing"
    `\\bthe ${ORDINAL_DAY}\\b(?=[^.!?\\n]{0,60}\\b(?:that's|that is|which is) (?:the|her|his|their) (?:[\\w-]+ ){0,3}(?:hearing|trial|court date|sentencing|deposition|mediation|surgery|funeral|custody hearing)\\b)`,
  ],
  "gm",
);

const BIRTH = /\b(?:born|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|bday)\b[^.!?\n]{0,20}$/;

const MONTH_WORDS = watch(
  `jan january feb february mar march apr april may jun june jul july aug august sep sept september
  oct october nov november dec december`.split(/\s+/),
);

// Dates written as other languages and the military write them: a pattern of its own, read only by a post with a
// month of those languages or a day run into a month ("14NOV"), so the pattern every dated post reads stays as it was.
const DATE_ABROAD = anyOf(
  [
    // "el doce de diciembre", "3 de marzo", "15 de setembro": a date as Spanish or Portuguese gives it (not the holiday
    // "Cinco de Mayo")
    `\\b(?!cinco de mayo\\b)(?:el )?(?:${DAY}|${SPANISH_DAY}) de ${SPANISH_MONTH}\\b`,
    // "marzo 3", "3/marzo": the same month before its day, or after a slash
    `\\b${SPANISH_MONTH},? ${NUMERIC_DAY}\\b(?![.:/]?\\d)|\\b${NUMERIC_DAY}/${SPANISH_MONTH}\\b`,
    // "le vendredi 8 mars", "le 3 mai": a date as French gives it, after its article or its weekday (not "8 Mars bars",
    // nor a holiday everyone keeps, without its weekday: "le 8 mars", "le 1er mai", "le 14 juillet")
    `\\b(?:le (?!${FRENCH_HOLIDAY}\\b)|(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )(?:1er|premier|[12]\\d|3[01]|0?[1-9]) ${FRENCH_MONTH}\\b`,
    // "14NOV", "03JAN25": a date as the military writes it
    `\\b(?:0?[1-9]|[12]\\d|3[01])${SHORT_MONTH}(?:\\d{2}|\\d{4})?\\b`,
  ],
  "gm",
);
// The months of SPANISH_MONTH and FRENCH_MONTH a word list can watch (its letters are a word's: "março" is read by its pattern alone).
const MONTHS_ABROAD = watch(
  [...SPANISH_MONTH.slice(3, -1).split("|"), ...FRENCH_MONTH.slice(3, -1).split("|")].filter((month) =>
    /^[a-z]+$/.test(month),
  ),
);
const DAY_RUN_INTO_A_MONTH = new RegExp(`\\d${SHORT_MONTH}`);
// …and the months with letters no watched word has, looked for as they are: "le 3 février", "em março".
const MONTHS_ABROAD_UNWATCHED = new RegExp(
  [...SPANISH_MONTH.slice(3, -1).split("|"), ...FRENCH_MONTH.slice(3, -1).split("|")]
    .filter((month) => !/^[a-z]+$/.test(month))
    .join("|"),
);
const datesAbroad = gated(
  "a month of another language, or a day run into a month",
  (input) =>
    input.words.hasAny(MONTHS_ABROAD) ||
    DAY_RUN_INTO_A_MONTH.test(input.folded) ||
    MONTHS_ABROAD_UNWATCHED.test(input.folded),
  ({ folded }) => datesOf(folded, DATE_ABROAD),
);
// Every other date pattern needs digits joined by / . - (or by a Roman month), or an ordinal day ("9th", "first").
const DAY_SIGN =
  /\d[/.-]\d|\d[./ -][ivx]+[./ -]\d|\d(?:st|nd|rd|th)\b|\b\d{8}\b|(?:first|second|third|th) of |the (?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/;

// A date read out in numbers, with its year: "nine, twelve, nineteen eighty-one", "four twenty-two two thousand five".
const UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
const SPELLED_MONTH = `(?:${UNIT}|ten|eleven|twelve)`;
const SPELLED_DAY_NUMBER = `(?:${UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]${UNIT})?|thirty(?:[- ]one)?)`;
const SPELLED_YEAR = `(?:nineteen|twenty) (?:oh[- ]${UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNIT})?)|two thousand(?: and)?(?: ${UNIT}| ten| eleven| twelve| thirteen| fourteen| fifteen| sixteen| seventeen| eighteen| nineteen)?`;
const SPELLED_DATE = new RegExp(`\\b${SPELLED_MONTH}[,/ -]+${SPELLED_DAY_NUMBER}[,/ -]+(?:${SPELLED_YEAR})\\b`, "gm");

const datesByMonthOrDay = gated(
  "a month's name or a day's sign",
  (input) => input.words.hasAny(MONTH_WORDS) || DAY_SIGN.test(input.folded),
  ({ folded }) => datesIn(folded),
);
// Holidays that fall on one day, so naming one names a date.
const HOLIDAYS = [
  "christmas(?: eve| day)?",
  "xmas(?: eve)?",
  "new year'?s(?: eve| day)?",
  "thanksgiving(?: day)?",
  "easter(?: sunday| monday)?",
  "halloween",
  "valentine'?s(?: day)?",
  "(?:the )?fourth of july",
  "independence day",
  "memorial day",
  "labor day",
  "mother'?s day",
  "father'?s day",
  "juneteenth",
  "st\\.? patrick'?s day",
  "paddy'?s day",
  "super bowl sunday",
  "black friday",
  "yom kippur",
  "rosh hashanah",
  "passover",
  "hanukkah",
  "diwali",
  "deepavali",
  "midsommar(?:afton)?",
  "juhannus",
  "hari raya(?: aidilfitri| haji)?",
  "chuseok",
  "mid-autumn festival",
  "eid(?: al-fitr| al-adha)?",
  // other countries' holidays: "since last Boxing Day, when her ex turned up drunk"
  "boxing day",
  "bonfire night",
  "guy fawkes(?: night)?",
  "anzac day",
  "australia day",
  // New Zealand's and Australia's days: "The Tuesday before Waitangi Day he walked out", "Melbourne Cup day is when her
  // brother crashed the car"
  "waitangi day",
  "melbourne cup(?: day)?",
  "canada day",
  "human rights day",
  "heritage day",
  "victoria day",
  "remembrance day",
  "remembrance sunday",
  "good friday",
  "(?:lunar|chinese) new year",
  "ramadan",
  // feasts of the board's other communities, each on one day or a few: "on the first morning of Tết this year her…"
  "t[eế]t",
  "nowruz",
  "norooz",
  "seollal",
  "chuseok",
  "holi",
  "navratri",
  "vaisakhi",
  "kwanzaa",
  "d[ií]a de (?:los )?muertos",
  "nochebuena",
  // the feasts of faiths and towns the board's writers come from: "since the morning after Purim, when his brother found him",
  // "Ever since Holy Ghost Sunday, when his cousin got jumped outside the festa tent"
  "purim",
  "sukkot",
  "shavuot",
  "simchat torah",
  "pentecost(?: sunday)?",
  "holy ghost (?:sunday|feast|festa)",
  "ash wednesday",
  "palm sunday",
  "mardi gras",
  "three kings(?: day)?",
  "all saints'? day",
  "onam",
  "pioneer day",
  "noche ?buena",
  // "On Pączki Day he stood in the bakery line at six", "Fat Tuesday, when her…"
  "p[aą]czki day",
  "fat tuesday",
  "shrove tuesday",
  "pancake day",
  // Ireland's day after Christmas: "St. Stephen's Day is when her brother crashed the car"
  "(?:st\\.? )?stephen'?s day",
  // Guam's and Guernsey's own: "Liberation Day, when she was eleven, her uncle…"
  "liberation day",
  "cinco de mayo",
  // South Asia's and its diaspora's days: "On Karva Chauth last year he slapped her" (each name costs every post with a
  // holiday in it a little: a few, not a calendar)
  "kar[vw]a ?chauth",
  "raksha ?bandhan",
  "durga puja",
  "eid[- ]ul[- ](?:fitr|adha)",
];
const HOLIDAY = `(?:${HOLIDAYS.join("|")})`;

// Every holiday pattern needs a holiday's name as a word of its own ("holi", not "holiday" or "holistic").
const holidays = whenSeen(new RegExp(`\\b${HOLIDAY}\\b`), ({ folded }) => withBirth(folded, holidaysIn(folded)));

const spelledDates = whenSeen(/\b(?:nineteen|twenty|two thousand)\b/, ({ folded }) =>
  withBirth(folded, spansOf(SPELLED_DATE, folded, "full-date")),
);

// "She got jumped walking home from Columbus Pride in 2022": a yearly gathering and its year, where someone was.
const GATHERING_AND_YEAR =
  /\b(?:her|his|their|he|she|they|my client|the client)\b[^.!?\n]{0,80}\b(?<!\b(?:her|his|their|my|your|our|own|of|with|swallowed|swallow|swallowing|hurt|wounded|injured) )(?:pride|pridefest|homecoming|prom|county fair|state fair|rodeo)(?: parade| march| weekend| festival| night| dance)?,? (?:in |of )?(?:19|20)\d\d\b/g;
const gatherings = whenAnyWord(["pride", "pridefest", "homecoming", "prom", "fair", "rodeo"], ({ folded }) =>
  spansOf(GATHERING_AND_YEAR, folded, "full-date"),
);

// "Mashujaa Day is the day her brother didn't come home", "Waitangi Day was when she finally told her mum", "Canada Day
// long weekend is when she finally left him": any country's holiday said to be someone's day (the holidays named above
// are read by their own patterns).
const A_HOLIDAY_THEIRS =
  /\b\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:Day|Night|Eve)(?: long weekend| weekend)?,? (?:is|was) (?:also )?(?:the (?:day|night|anniversary)(?: of the (?:day|night|morning|week))? (?:that |of )?|when )(?:(?:her|his|their|my client's) |(?<=when )(?:she|he|they) |the (?:crash|accident|fire|attack|shooting)(?=[^.!?\n]{0,40}\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]he|[Hh]e|[Tt]hey)\b|[.,;]? (?:[Ss]he|[Hh]e|[Tt]hey)\b))/gu;
// "homecoming at her church is the first Sunday in August": a day of a month, someone's.
const NTH_WEEKDAY = new RegExp(
  `\\b(?:her|his|their|my client's) (?:[\\w'-]+ ){0,5}(?:is|was|falls on|'s) (?:on )?the (?:first|second|third|fourth|last) (?:sun|mon|tues|wednes|thurs|fri|satur)day (?:in|of) ${MONTH}\\b`,
  "g",
);
// "São João night 2023 her ex showed up at the festa", "on J'ouvert morning this year, from a cousin… she hasn't been
// right since", "First day of Lebaran this year, over the opor ayam, her brother
// told the entire family": any country's feast and its year, in a sentence about someone (not "Labor Day 2023 was
// the quietest weekend I've had").
const A_FEAST_AND_YEAR =
  /(?:\b\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} (?:[Nn]ight|[Dd]ay|[Ee]ve|[Mm]orning|[Ww]eekend|[Ff]east|[Ff]estival),? (?:in )?(?:(?:19|20)\d\d\b|this year\b|last year\b)|\b(?:[Ff]irst|[Ll]ast|[Ss]econd) (?:day|night) of \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:this|last) year\b)(?=[^.!?\n]{0,80}\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ss]he|[Hh]e|[Tt]hey)\b)/gu;
const holidaysOfTheirs = whenAnyWord(["day", "night", "eve", "morning", "weekend", "feast", "festival"], ({ text }) => [
  ...spansOf(A_HOLIDAY_THEIRS, text, "full-date"),
  ...spansOf(A_FEAST_AND_YEAR, text, "full-date"),
]);
const nthWeekdays = whenAnyWord(
  ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
  ({ folded }) => spansOf(NTH_WEEKDAY, folded, "full-date"),
);

// A birth told by the night it fell on: "Her son was born the night Ike came ashore", "born the day of the blackout" (not
// the author's figure of speech, "I was born the day I started grad school", nor the author's own child, "my daughter
// was born the morning of a snowstorm"); or on the day that comes every four years: "She was born on leap day".
const BORN_THE_NIGHT =
  /\bborn(?<=\b(?:he|she|they|(?:her|his|their|the|a) (?:son|daughter|baby|kid|child|boy|girl)|client|who) (?:was|were) born) (?:on )?the (?:very )?(?:night|day|morning|evening|afternoon|week) (?:(?:that|when) [\w'-]+ [\w'-]+|(?:of|after|before) the [\w'-]+|(?!(?:of|after|before|a|an|that|when)\b)[\w'-]+ (?:hit|came ashore|made landfall|struck|flooded|fell|happened|died|won|closed|opened))|\bborn on (?:a )?leap day\b/g;
const bornOnADay = whenAnyWord(["born"], ({ folded }) => spansOf(BORN_THE_NIGHT, folded, "birth-date"));

export const dates: Rule = (input) => [
  ...datesByMonthOrDay(input),
  ...datesAbroad(input),
  ...holidays(input),
  ...spelledDates(input),
  ...gatherings(input),
  ...holidaysOfTheirs(input),
  ...nthWeekdays(input),
  ...bornOnADay(input),
];

const datesIn = (folded: string) => datesOf(folded, DATE);

/** The dates `pattern` finds, but a holiday's own date beside its name; after "born" or "DOB", a date of birth. */
const datesOf = (folded: string, pattern: RegExp | Alternatives) =>
  withBirth(
    folded,
    spansOf(pattern, folded, "full-date").filter(
      (span) =>
        !A_HOLIDAYS_OWN_DATE.test(folded.slice(Math.max(0, span.start - HOLIDAY_NAME_REACH), span.start)) ||
        /\d{4}/.test(folded.slice(span.start, span.end)) ||
        AN_EVENTS_DATE.test(folded.slice(span.end, span.end + 30)),
    ),
  );

// "Nochebuena, el veinticuatro de diciembre, is the hardest night", "Christmas, December 25, is just another workday":
// the date a holiday falls on, given beside its name, is the holiday's (a year or what befell someone is read apart).
const A_HOLIDAYS_OWN_DATE =
  /\b(?:christmas(?: eve| day)?|xmas(?: eve)?|nochebuena|new year'?s(?: eve| day)?|halloween|valentine'?s(?: day)?|(?:the )?fourth of july|independence day|juneteenth|st\.? patrick'?s day|three kings(?: day)?|(?:d[ií]a de )?(?:los )?reyes), $/;
// …unless the date is said to be when something happened: "Christmas, December 25, was the day he left".
// Longer than any holiday's name and its comma ("st. patrick's day, "): a date is read against no more text before it
// than that, so a post of many dates costs as one of few.
const HOLIDAY_NAME_REACH = 40;
const AN_EVENTS_DATE = /^,? (?:is|was) (?:when|where|the (?:day|night|last))\b/;

/** A date after "born", "DOB" or "birthday" is a date of birth. */
const withBirth = (folded: string, spans: Span[]) =>
  spans.map(
    (span): Span =>
      BIRTH.test(folded.slice(Math.max(0, span.start - 40), span.start)) ? { ...span, rule: "birth-date" } : span,
  );

// Said of something that happened once: "was nine", "left", "walked out" (not "was a kid": a childhood's habit).
const PAST_EVENT =
  "(?:was (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|arrested|shot|killed|deported|taken|hit|hurt|attacked|diagnosed)|\\w+ed|left|died|came|went|told|found|lost|ran|got|took|broke|fell|said|shot|hit)\\b";

// A holiday tied to one year or one event: "Christmas Eve 2021", "last Fourth
// of July", "that Thanksgiving", a sentence that opens with the holiday and
// goes on about someone: "On Valentine's Day her husband served her…", or what
// happened to someone on it.
const HOLIDAY_YEARS_AGO =
  "(?: (?:night|morning|evening|eve|day|weekend|dinner|lunch))?,? (?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d{1,2}) (?:years?|yrs?|summers?|winters?|springs?|autumns?|falls?) (?:ago|back)\\b";
const SOMEONE_ELSE = "(?:her|his|their|he|she|they|my client|the client)";
// Someone's own people, whose day a holiday can be: "Her dad died on Christmas Eve" (not "Her flight landed on…").
const KIN =
  "(?:son|daughter|dad|father|mom|mother|mum|brother|sister|husband|wife|partner|boyfriend|girlfriend|ex|baby|child|kid|grandmother|grandfather|grandma|grandpa|gran|nan|uncle|aunt|cousin|friend|fianc[eé]e?|stepdad|stepmom|stepmum|twin|best friend)";
// The year said after a holiday, kept in the span it ends: "died on Thanksgiving last year".
const ITS_YEAR = "(?:,? (?:last|this past|this) year|,? (?:19|20)\\d\\d)?";
const HOLIDAY_DATE = anyOf(
  [
    `\\b${HOLIDAY},? (?:of |since )?(?:19|20)\\d\\d\\b`,
    // a year written short, then whose day it was: "Christmas Eve '88, that's her birthday" (not "Halloween '78", a film)
    `\\b${HOLIDAY},? ['’]\\d\\d,? (?:that's|that was|was|is|when) (?:her|his|their|the day (?:she|he|they))\\b`,
    `\\b(?:last|this past|that) ${HOLIDAY}\\b`,
    // "Boxing Day just gone, her dad put his fist through the telly": the last one, as the British say it
    `\\b${HOLIDAY},? just gone\\b`,
    // "someone I discharged on Anzac Day", "Remembrance Sunday, 2am, veteran client rings": someone the author saw on it
    `\\b(?:someone|somebody|a client|a patient|the client|the patient|a kid|a lad|a bloke|a man|a woman) (?:i|we) (?:discharged|saw|admitted|assessed|referred|sectioned|lost) on ${HOLIDAY}\\b`,
    `\\b${HOLIDAY},? (?:at )?\\d{1,2}(?::\\d\\d)? ?(?:am|pm)?,? (?:[\\w-]+ ){0,2}(?:client|patient|caller)\\b`,
    `\\b${HOLIDAY},? (?:last|this past) year\\b`,
    // "Ash Wednesday of last year he walked out of Mass": someone's day (not "Christmas of last year was the first I
    // didn't work")
    `\\b${HOLIDAY},? of (?:last|this past) year\\b(?=[^.!?\\n]{0,60}\\b${SOMEONE_ELSE}\\b)`,
    // "on the first morning of Tết this year her father was picked up": what happened to someone on this year's
    `\\b${HOLIDAY},? this year,? ${SOMEONE_ELSE}\\b`,
    `\\b${HOLIDAY},? (?:the )?(?:year )?before last\\b`,
    // "dad walked out christmas eve and the kid hasnt said a full sentence since": someone's leaving or death on the day,
    // without "on" (not the author's own: "my dad died christmas eve")
    `\\b(?:dad|mom|mum|father|mother|husband|wife|brother|sister|son|daughter|he|she|they)(?<!\\bmy (?:dad|mom|mum|father|mother|husband|wife|brother|sister|son|daughter))(?: [\\w'-]+)? (?:walked out|moved out|left|died|passed|passed away|overdosed|od'?d|was arrested|got arrested|was killed|got killed|was deported|got deported) ${HOLIDAY}\\b`,
    // "Thanksgiving is when she found him in the garage": the holiday as the time of what befell someone (not "Christmas
    // is when she feels it most", "…when his mom seemed happiest")
    `\\b${HOLIDAY}(?: (?:dawn service|service|parade|dinner|lunch|barbecue|bbq|party|fireworks|match|game))? (?:is|was) (?:also |always )?when (?:(?:she|he|they) (?=(?:[\\w'-]+ )?(?:found|left|died|lost|took|went|got|was|were|had|fell|ran|broke|told|came|saw|(?!(?:seemed|looked|felt|sounded|appeared|relaxed|liked|loved|enjoyed|wanted|needed|used)\\b)[a-z]+ed)\\b)|(?:her|his|their|my client's) [\\w'-]+ (?:found|left|died|lost|took|went|got|was|were|had|fell|ran|broke|told|came|saw|beat|hit|hurt|shot|threw|(?!(?:seemed|looked|felt|sounded|appeared|relaxed|liked|loved|enjoyed|wanted|needed|used)\\b)[a-z]+ed)\\b)`,
    // "Fourth of July is the night her brother's skiff didn't come back in": the holiday as someone's day
    `\\b${HOLIDAY} (?:is|was) (?:also |now |always )?the (?:day|night|morning|evening|weekend) (?:that |when )?(?:her|his|their|my client's)\\b`,
    // "Her father left at Thanksgiving two years ago", "On Diwali night two years ago her…": a year counted back, of
    // someone else (not "Christmas two years ago was the first one without my dad")
    `\\b${HOLIDAY}${HOLIDAY_YEARS_AGO}(?=[^.!?\\n]{0,60}\\b${SOMEONE_ELSE}\\b)`,
    `\\b${SOMEONE_ELSE}\\b[^.!?\\n]{0,60}\\b${HOLIDAY}${HOLIDAY_YEARS_AGO}`,
    // "On Valentine's Day her husband served her…", "On Thanksgiving night her brother drove…"
    // …and "On Eid morning last year her father collapsed"
    `(?:^|[.!?]\\s+|\\n)(?:(?:early|late) )?on ${HOLIDAY}(?: (?:night|morning|evening|afternoon|weekend))?(?:,? (?:last|this past) year)?,? ${SOMEONE_ELSE}\\b(?! (?:always|usually|often|normally|typically|never|still|traditionally)\\b)`,
    // …and without the "on": "Eid morning her brother got picked up in the masjid parking lot", "Pancake Day, her dad
    // walked out" (not "Christmas Eve his mum goes to midnight mass")
    `(?:^|[.!?]\\s+|\\n)(?:the (?:day|night|morning|week|weekend) (?:after|before) )?${HOLIDAY}(?: (?:night|morning|evening|afternoon|eve)(?:,? (?:last|this past) year)?,?|,)? (?:her|his|their) ${KIN} (?:got |was |were )?(?!(?:always|usually|often|never|still)\\b)(?:\\w+ed|put|got|ran|took|left|came|went|fell|hit|lost|died|drove|told|found|broke|threw|shot|drank)\\b`,
    // what happened to someone on it: "walked out on Christmas Eve when she was nine", "Thanksgiving was the day her
    // brother told them", "the Easter he left"
    `\\b${HOLIDAY},? the (?:day|night|morning|evening|year) ${SOMEONE_ELSE}\\b`,
    // "Paddy's Day, two years sober, and she went into town": the holiday opening a sentence about what someone did on it
    `(?:^|[.!?]\\s+|\\n)${HOLIDAY},(?: [^.!?\\n,]{1,40},)? (?:and )?(?:he|she|they) ${PAST_EVENT}`,
    // "She first came in the Monday after Easter", "He started showing up drunk the weekend after Thanksgiving", "lost her
    // husband on the Saturday before Easter": someone's
    // day told by the holiday it was before or after (not staff off "since the week before Christmas")
    `\\b(?:he|she|my client|kid|client|(?:her|his|their) ${KIN})\\b[^.!?\\n]{0,40}\\b(?<!\\bsince )the (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|night|morning|evening|weekend|week) (?:before|after) ${HOLIDAY}\\b`,
    // "today was the day after Thanksgiving, same day his brother was found two years ago"
    `\\bthe (?:day|night|morning|weekend) (?:before|after) ${HOLIDAY},? (?:the )?same (?:day|night|morning|weekend) (?:her|his|their) ${KIN}\\b`,
    // "my kiddos bday is halloween": someone's birthday on a holiday (not the author's: "My birthday is on Valentine's Day")
    `\\b(?:birthday|bday|b-day)(?<!\\bmy (?:birthday|bday|b-day))(?:'s| is| was| falls on)(?: on)? ${HOLIDAY}\\b`,
    // "the day after thanksgiving when grandpa had the stroke at the table": a day by a holiday, and what befell someone
    `\\bthe (?:day|night|morning|evening|weekend) (?:before|after) ${HOLIDAY},? when (?:(?:he|she|they|my client)|(?:her|his|their) [a-z]+|[a-z]+) (?:had (?:a|the|his|her|their) (?:stroke|heart attack|accident|seizure|fall|crash|breakdown|overdose)|${PAST_EVENT})`,
    // "how her son died. it was the night of the Fourth of July, after the fireworks": the day of a death told
    `\\b(?:it|that) was the (?:night|day|morning|evening) of ${HOLIDAY}\\b(?<=\\b(?:died|killed|crash|crashed|accident|overdosed?|drowned|shot|passed|wreck)\\b[^\\n]{0,160})`,
    // "Spent Thanksgiving thinking about the dad who told me that was the day he found his kid"
    `\\b${HOLIDAY}\\b[^.!?\\n]{0,80}\\b(?:that|it) was the (?:day|night|morning) (?:he|she|they) ${PAST_EVENT}`,
    // "sober since the Fourth of July weekend when he rolled his truck": a holiday counted from, by what someone did on it
    `\\bsince (?:the )?${HOLIDAY}(?: weekend| night| morning| eve)?,? when (?:he|she|they|my client|(?:her|his|their) [a-z]+) ${PAST_EVENT}`,
    // "A woman I've seen for three years miscarried on Mother's Day": someone the author sees, and what befell them on it
    `\\b(?:woman|man|guy|girl|boy|teen|client|patient)\\b(?<!\\bmy (?:[\\w-]+ )?(?:woman|man|guy|girl|boy|teen))(?: [\\w']+){0,6}? (?:miscarried|died|overdosed|relapsed|was arrested|was shot|crashed|collapsed|was assaulted|was evicted|was deported|got arrested) on ${HOLIDAY}\\b`,
    // "Since the overdose on the Fourth of July he's been sober": an event on the holiday, in a sentence about someone
    `\\bthe (?:overdose|accident|crash|fire|funeral|arrest|attempt|wreck|shooting|assault|miscarriage|stroke|heart attack|breakup|eviction|raid) on ${HOLIDAY}${ITS_YEAR}\\b(?=[^.!?\\n]{0,60}\\b(?:he|she|they|his|her|their)\\b)`,
    // "The Tuesday before Waitangi Day he walked out of his job": a day told by the holiday it was before or after
    `\\bthe (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|night|morning|evening|weekend|week) (?:before|after) ${HOLIDAY},? (?:he|she|they|my client|(?:her|his|their) [a-z]+) ${PAST_EVENT}`,
    `\\b${HOLIDAY},? when (?:(?:he|she|they|my client|the client)|(?:her|his|their) \\w+) ${PAST_EVENT}`,
    `\\b${HOLIDAY}(?:,? (?:this|last) year,?)? was (?:the (?:day|night|morning|evening)|when) ${SOMEONE_ELSE}\\b`,
    // "St. Stephen's Day is when her brother crashed the car": the day of what a kin did once (not "Christmas is when she
    // feels it most")
    `\\b${HOLIDAY} is (?:the day|when) (?:her|his|their) ${KIN} (?:died|was killed|crashed|drowned|was arrested|walked out|moved out|overdosed|was shot|passed away|left)\\b`,
    // "was driving on Thanksgiving night when the deer came through": someone else's day, by what it was interrupted by
    // (someone the post is about: "she", "the client", not "it was snowing", "my dad was driving home")
    `\\b(?:she|he|they|client|patient|(?:her|his|their|client's) [a-z-]+)\\b(?: [\\w']+){0,6}? (?:was|were) \\w+ing (?:home |back )?on ${HOLIDAY}(?: (?:night|morning|evening|eve|afternoon))?,? when\\b`,
    `\\bthe ${HOLIDAY} (?:her|his|their|he|she|they) (?!(?:is|are|was|were|do|does|did|have|has|had|will|would|can|could|might|may)\\b)\\w+ed\\b`,
    // "The Fourth of July he lost two fingers", "He relapsed on the Fourth of July", "Her dad died on Christmas Eve", and a
    // death a few words before its day, "His dad died in the combine on Labor Day": what someone did on it, once (not "Her
    // kids always get spoiled on Christmas Eve")
    `\\bthe ${HOLIDAY} (?:he|she|they) ${PAST_EVENT}`,
    `\\b(?:he|she|they|client|patient|(?:her|his|their|client's) ${KIN})\\b(?:(?! (?:always|usually|often|normally|typically)\\b) [\\w']+){0,3}? (?:\\w+ed|died|left|lost|ran|broke|fell|shot|hit|passed away|(?:shot|hanged|killed|hurt|cut) (?:himself|herself|themselves)|(?:lost|buried) (?:her|his|their) \\w+)(?: on)?(?: the (?:day|night|morning|week|weekend) (?:before|after))? ${HOLIDAY}${ITS_YEAR}\\b`,
    `\\b(?:her|his|their|client's) ${KIN}\\b(?: [\\w']+){0,3}? (?:died|was killed|passed away|was shot|was arrested|was picked up|got picked up|was detained|was deported|was taken|went missing|disappeared|collapsed|crashed|drowned)(?: [\\w']+){0,5}? (?:on|from|during) ${HOLIDAY}${ITS_YEAR}\\b`,
    // an event of someone's on it: "the call about her son's arrest on Christmas Eve", "his dad's funeral on Easter",
    // "a dad whose son's overdose was on the Fourth of July"
    `\\b(?:her|his|their|whose|the client's|my client's)(?: [a-z-]+'s)? (?:arrest|death|accident|overdose|attempt|crash|funeral|diagnosis|eviction|deployment|miscarriage|assault|relapse|disappearance|suicide|shooting|breakup|divorce|surgery|stroke|heart attack)\\b[^.!?\\n]{0,20}? on ${HOLIDAY}${ITS_YEAR}\\b`,
    // "He's been sober since the Monday after Easter": someone's day counted from, by a holiday's week
    // or by its Monday, "sober since Labor Day Monday" (only sobriety: not "they've been off since the week before
    // Christmas", staff on leave)
    `\\b(?:he|she|they)(?:'s|'ve| has| have)? been (?:sober|clean|dry)\\b[^.!?\\n]{0,20}\\bsince (?:the (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|week|weekend) (?:after|before) ${HOLIDAY}\\b|(?:the )?${HOLIDAY} (?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)`,
    // "Every Christmas Eve since her dad walked out the door": a holiday kept since what someone did
    `\\b${HOLIDAY},? (?:ever )?since (?:her|his|their|the client's) ${KIN} (?:was |were |got )?${PAST_EVENT}`,
    // "Every Easter Sunday since the wreck… he skips church": a holiday kept since someone's event
    `\\b(?:every|each) ${HOLIDAY},? (?:ever )?since the (?:wreck|crash|accident|fire|shooting|flood|storm|funeral|overdose|fight|raid|arrest)\\b(?=[^.!?\\n]{0,80}\\b(?:he|she|they|his|her|their)\\b)`,
    // "The Diwali her father-in-law locked her out", "The Midsommar her father left"
    `\\bthe ${HOLIDAY} (?:her|his|their) [\\w-]+ ${PAST_EVENT}`,
    // a birthday on it: "He turns thirteen on Halloween", "her birthday is on Valentine's Day" (not the author's own)
    `\\b(?:turns|turned|turning|will turn) (?:(?:\\d{1,2}|[a-z]+(?:-[a-z]+)?) )?on ${HOLIDAY}\\b`,
    // "she was born on Christmas Day": someone else's date of birth (withBirth); not the author's own
    `(?<=\\b(?:she|he|they|client|patient|son|daughter|kid|baby|boy|girl) (?:was|were) born )on ${HOLIDAY}\\b`,
    `\\b(?:her|his|their|the client's|my client's) birthday(?:'s| is| was| falls)(?: on)? ${HOLIDAY}\\b`,
    // "Spent Stephen's Day in A&E with a 16 year old who'd taken a packet of paracetamol": the author's day at someone's
    // emergency
    `\\bspent ${HOLIDAY} (?:in|at) (?:a&e|a and e|casualty|hospital|court|custody|the (?:er|ed|emergency room|emergency department|ward|hospital|police station|cells|jail)) with (?:a|an|the|her|his|their)\\b`,
    // "He had his first drink in nine years on Canada Day": a relapse on the day
    `\\b(?:he|she|they)\\b(?: \\w+){0,2}? (?:had|took|drank|used|smoked) (?:his|her|their) first (?:drink|drug|hit|pill|bet|cigarette|smoke|line)\\b[^.!?\\n]{0,30}? on ${HOLIDAY}\\b`,
    // "propose… on Valentine's Day, which is also the day his wife died": the holiday said to be a kin's day
    `\\b${HOLIDAY},? which (?:is|was) (?:also )?the (?:day|night|anniversary)(?: of the day)? (?:that |when )?(?:her|his|their|my client's) ${KIN}\\b`,
    // "the night of diwali his dad found the messages": a holiday's night, of what happened to someone
    `\\bthe (?:night|day|morning|evening|eve) of ${HOLIDAY},? (?:her|his|their|he|she|they)\\b`,
  ],
  "gm",
);

// "the Human Rights Day march where her brother was hit": a holiday's gathering where something befell someone (not "the
// Christmas parade where their kids ride on the fire truck"). A pattern of its own: joined to HOLIDAY_DATE, it made that
// pattern too large for the engine's fast path, and a post of holidays and dates cost fifteen times as much.
const HOLIDAY_GATHERING = new RegExp(
  `\\b(?:the )?${HOLIDAY} (?:march|rally|parade|protest|party|fireworks|service|riot|cookout|picnic|barbecue|bbq|block party|festival|fair) (?:is |was )?(?:where|when) (?:her|his|their|he|she|they)\\b(?=[^.!?\\n]{0,40}\\b(?:(?:was|were|got) (?:hit|shot|arrested|hurt|killed|attacked|taken|injured|assaulted)|died|went missing|disappeared|collapsed)\\b)`,
  "gm",
);

// "Eid al-Adha this year is the first anniversary of the day his brother was deported": a holiday that this year falls
// on the day of what befell someone (a pattern of its own, as HOLIDAY_GATHERING is).
const HOLIDAY_ANNIVERSARY = new RegExp(
  `\\b${HOLIDAY},?(?: this year)?,? (?:is|was|falls on|lands on|will be) (?:also )?the (?:[a-z]+ )?anniversary of (?:the (?:day|night|morning) )?(?:when )?(?:her|his|he|she|my client|the client|their (?:son|daughter|child|baby|brother|sister|mother|father|mom|dad|husband|wife)\\b|they (?:were|lost)\\b|the (?:accident|crash|fire|flood|shooting|storm|overdose|arrest|attack|wreck)\\b(?= for (?:him|her|them)\\b))`,
  "gm",
);

// "removing two siblings on Christmas Eve": a child taken into care, or someone arrested, on the holiday (a pattern of its
// own, as HOLIDAY_GATHERING is).
const HOLIDAY_REMOVAL = new RegExp(
  `\\b(?:removing|removed|remove|placing|placed|arrested|arresting|detained|deported|evicted)\\b[^.!?\\n]{0,30}? on ${HOLIDAY}\\b`,
  "gm",
);

function holidaysIn(folded: string): Span[] {
  return [
    ...spansOf(HOLIDAY_DATE, folded, "full-date"),
    ...spansOf(HOLIDAY_GATHERING, folded, "full-date"),
    ...spansOf(HOLIDAY_ANNIVERSARY, folded, "full-date"),
    ...spansOf(HOLIDAY_REMOVAL, folded, "full-date"),
  ].map((span) => {
    // The pattern may open at the end of the sentence before: the span is the holiday phrase.
    const at = folded.slice(span.start, span.end).search(/\S/);
    const lead = /^[.!?]\s+/.exec(folded.slice(span.start + at, span.end))?.[0].length ?? 0;
    return { ...span, start: span.start + at + lead };
  });
}
