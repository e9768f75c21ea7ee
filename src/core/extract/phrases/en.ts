/**
 * English phrase knowledge as data (STYLE.md practice 19). Another language is another file of this shape.
 * Every regex is linear (no nested quantifiers over the same characters) and each has a line it matches.
 */
import type { HeldTodayRows } from '../heldToday';
import { alternation, type PhraseRow } from './rows';

// Words that say the slot moved: their own file, so that the drafts can read them without the whole table (issue 13).
export { RESCHEDULE_CUE } from './enReschedule';

/** The hours of a clock face in words ("half past two", "around three"). */
export const CLOCK_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Number words (to twelve, and a few round ones) and the article forms recruiters use ("a week", "a couple of days"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...CLOCK_WORDS,
  // (and the legal style's "fourteen (14) days", a Kenyan employer's letter, round 230b; "sixty (60) days")
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  couple: 2,
  few: 5,
};

/** A number as written: digits or a word above. */
export const NUMBER = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few)`;

export const WEEKDAYS: Readonly<Record<string, 1 | 2 | 3 | 4 | 5 | 6 | 7>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};
export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri)\b\.?`;

/**
 * Common misspellings of words the tables key on, each corrected to a word no longer than itself (padded with
 * spaces), so offsets hold when the text is corrected before reading: "by wendesday", "on wensday" ("on wed    ").
 * ("nxt week" is weekPhrase's.)
 */
export const MISSPELLINGS: readonly (readonly [RegExp, string])[] = [
  // "we'll decide by wendesday", "by wedensday"
  [/\bwe(?:nde|den)sday\b/gi, 'wednesday'],
  // "by thrusday", "by thursady"
  [/\bth(?:rusday|ursady|usrday)\b/gi, 'thursday'],
  // "by firday", "by fridya"
  [/\bf(?:irday|ridya)\b/gi, 'friday'],
  // "on tuseday"
  [/\btu(?:seday|esdya)\b/gi, 'tuesday'],
  // "by mondya"
  [/\bmondya\b/gi, 'monday'],
  // Shorter or longer misspellings read as the day's three letters, padded ("on wensday 16th at 2pm", round 640)
  [/\b(?:wensday|wendsday|wednsday|wedsday|wenesday|wednesdy|wendesay)\b/gi, 'wed'],
  [/\b(?:thurday|thursay|thurdsay|thursdy|thuesday)\b/gi, 'thu'],
  [/\b(?:tusday|teusday|tuesdy|tueday)\b/gi, 'tue'],
  [/\b(?:fridy|frday|friady)\b/gi, 'fri'],
  [/\b(?:mondy|monady)\b/gi, 'mon'],
  // Abbreviations chrono does not read: "does Tues 3pm his time (Pacific) work?" (round 780), "Weds", "Thurs"
  [/\btues\b/gi, 'tue'],
  [/\bweds\b/gi, 'wed'],
  [/\bthur?s\b/gi, 'thu'],
  // "your interveiw is on Wendesday", "the intreview", "intevriew": the noun a booking must name (round 28, heldout7)
  [/\bin(?:terveiw|treview|etrview|tevriew)(?=s?\b)/gi, 'interview'],
  // "Time : 15:00 Hrs IST" (Indian ATS templates, round 50c): "hrs" after a clock is no duration
  [/(?<=\b\d{1,2}:\d\d )hrs\b/gi, '   '],
];

/**
 * A 24-hour clock written with an hours word and no colon: "at 0930hrs", "1400 hours", "0800h" (Kenyan and
 * military style, round 70b), and "10h00" (South African, round 70d). Rewritten as "09:30" padded to the same
 * length, so offsets hold.
 */
/**
 * A 24-hour clock of four digits after a time label, alone or as a range: "Time : 1430 – 1530 (SGT)" (round 100e).
 * Only after the label: a bare "2026 – 2027" is years. The space before the digits makes room for the colon.
 * (Not an ISO date's year: "Interview slot: 2034-02-02 16:30", round 520.)
 */
export const LABEL_CLOCK =
  /(?<=\b(?:time|timing|timings|reporting\s+time|slot)[ \t]*:)[ \t]([01]\d|2[0-3])([0-5]\d)\b(?![:./-]\d)/gi;
/** A number word with its digits in brackets, legal style: "three (3) months", "ten (10) working days". */
export const NUMERAL_ECHO =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)[ ]?\(\d{1,3}\)/gi;
/** "2:30ish", "4ish": the clock without its hedge. */
export const ISH_CLOCK = /\b(\d{1,2}(?::[0-5]\d)?)[ ]?ish\b/gi;
export const H_CLOCK = /\b([01]?\d|2[0-3])h([0-5]\d)\b/gi;
export const HOURS_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)[ ]?(?:hrs|hours|h)\b/gi;

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?`;

/**
 * A dash between a day and its clock on a bulleted line: "• Tue Feb 16 – 1:00 PM CT" (chrono would read "16 – 1:00
 * PM" as a range of hours, round 100c). The dash and its spaces become a comma and spaces.
 * (and after the day's year, or a day written before its month: a Taleo field "Date and time: Monday, November 20,
 * 2028 – 2:00 PM Eastern Standard Time", round 190b)
 */
export const DATE_DASH_CLOCK = new RegExp(
  String.raw`(?<=\b${MONTH}\s{1,2}\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?|\b\d{1,2}(?:st|nd|rd|th)?\s${MONTH}(?:,?\s\d{4})?|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s[-–—]\s(?=\d{1,2}(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:[0-5]\d)`,
  'gi',
);

/**
 * Named zones of a quoted time. US words name the region's clock whatever the season (TIMELINE-CONVENTIONS.md):
 * "2pm EST" in June is 14:00 New York time.
 */
export const ZONE_WORDS: readonly (readonly [RegExp, string])[] = [
  // "2:00 PM EST", "1pm ET", "9:00 AM Eastern Time"
  [/^(?:e[sd]?t|eastern(?!\s+europe)(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/New_York'],
  // "11am CST", "Central Time"; not "Central European Time" (round 650)
  [/^(?:c[sd]?t|central(?!\s+europe)(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/Chicago'],
  // "10am MT", "Mountain Time"
  [/^(?:m[sd]?t|mountain(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/Denver'],
  // "9:00 AM Pacific Time", "4:00 pm Pacific", "PST"
  [/^(?:p[sd]?t|pacific(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/Los_Angeles'],
  // "3pm GMT", "UK time", "BST", "London time"
  [
    /^(?:gmt|bst|uk\s+time|london\s+time|british\s+(?:summer\s+)?time|greenwich\s+mean\s+time)\b/i,
    'Europe/London',
  ],
  [
    /^(?:cet|cest|central\s+european(?:\s+summer(?=\s))?\s*time|paris\s+time|berlin\s+time|(?:german|germany|swiss|french|france|spanish|spain|italian|italy|dutch|belgian|austrian|polish|swedish|danish|norwegian)\s+time)\b/i,
    'Europe/Paris',
  ],
  [/^(?:eet|eest|eastern\s+european(?:\s+summer)?\s+time|athens\s+time|helsinki\s+time)\b/i, 'Europe/Athens'],
  // "15:00 Irish time" (round 1000)
  [/^(?:irish\s+time|ireland\s+time|dublin\s+time)\b/i, 'Europe/Dublin'],
  [/^(?:ist|india(?:n)?\s+(?:standard\s+)?time)\b/i, 'Asia/Kolkata'],
  // "10h (Brasília time)", "Bangkok time", "WIB" (round 800, 810)
  [/^(?:brt|bras[ií]lia\s+time|brazil(?:ian)?\s+time|s[aã]o\s+paulo\s+time)\b/i, 'America/Sao_Paulo'],
  [/^(?:ict|bangkok\s+time|vietnam(?:ese)?\s+time|hanoi\s+time)\b/i, 'Asia/Bangkok'],
  [/^(?:wib|jakarta\s+time|indonesia(?:n)?\s+western\s+time)\b/i, 'Asia/Jakarta'],
  [/^(?:sgt|singapore\s+(?:standard\s+)?time)\b/i, 'Asia/Singapore'],
  [/^(?:jst|japan\s+(?:standard\s+)?time|tokyo\s+time)\b/i, 'Asia/Tokyo'],
  // (and spelt out, as Calendly writes it: "(Australian Eastern Daylight Time)", round 1050)
  [
    /^(?:aest|aedt|sydney\s+time|australian\s+eastern\s+(?:standard|daylight|summer)\s+time)\b/i,
    'Australia/Sydney',
  ],
  // "9:00am AWST", "Perth time"
  [/^(?:awst|perth\s+time|australian\s+western\s+standard\s+time)\b/i, 'Australia/Perth'],
  // "3pm ACST", "Adelaide time"
  [
    /^(?:acst|acdt|adelaide\s+time|australian\s+central\s+(?:standard|daylight)\s+time)\b/i,
    'Australia/Adelaide',
  ],
  // "11am Brisbane time" (Queensland keeps no summer time, unlike Sydney)
  [/^(?:brisbane\s+time)\b/i, 'Australia/Brisbane'],
  // "Your call is at 2pm NZDT on Tuesday", "9am NZ time"
  [/^(?:nz[sd]t|nz\s+time|new\s+zealand\s+time|auckland\s+time)\b/i, 'Pacific/Auckland'],
  [/^(?:utc|zulu)\b/i, 'UTC'],
  // "14:00 SAST", "2pm South African time"
  [/^(?:sast|south\s+africa(?:n)?\s+(?:standard\s+)?time|johannesburg\s+time)\b/i, 'Africa/Johannesburg'],
  // "10am HKT", "3pm Dubai time", "9am WAT" (Lagos), "11am EAT" (Nairobi), "4pm MYT", "10am PKT", "9am KST"
  [/^(?:hkt|hong\s+kong\s+time)\b/i, 'Asia/Hong_Kong'],
  [/^(?:gulf\s+standard\s+time|dubai\s+time|uae\s+time)\b/i, 'Asia/Dubai'],
  // "11:00 AM (KSA time)", "10am Saudi time", "9am Doha time": the Gulf's UTC+3 (round 970)
  [
    /^(?:ksa\s+time|saudi(?:\s+arabia)?\s+time|riyadh\s+time|arabia\s+standard\s+time|(?:qatar|doha|kuwait|bahrain)\s+time)\b/i,
    'Asia/Riyadh',
  ],
  [/^(?:wat|west\s+africa(?:n)?\s+time|lagos\s+time|nigeria(?:n)?\s+time)\b/i, 'Africa/Lagos'],
  [/^(?:eat|east\s+africa(?:n)?\s+time|nairobi\s+time|kenya(?:n)?\s+time)\b/i, 'Africa/Nairobi'],
  [/^(?:myt|malaysia(?:n)?\s+time|kuala\s+lumpur\s+time)\b/i, 'Asia/Kuala_Lumpur'],
  [/^(?:pkt|pakistan\s+(?:standard\s+)?time)\b/i, 'Asia/Karachi'],
  [/^(?:kst|korea(?:n)?\s+(?:standard\s+)?time|seoul\s+time)\b/i, 'Asia/Seoul'],
  [/^(?:pht|philippine(?:s)?\s+time|manila\s+time)\b/i, 'Asia/Manila'],
  ...cityZones([
    // Zoom names a zone by its cities, right after the clock: "Time: Jun 24, 2036 03:00 PM London" (round 580),
    // "10:00 AM Mumbai, Kolkata, New Delhi", "09:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna".
    ['london|edinburgh', 'Europe/London'],
    ['dublin', 'Europe/Dublin'],
    ['lisbon', 'Europe/Lisbon'],
    [
      'amsterdam|berlin|rome|stockholm|vienna|paris|brussels|madrid|copenhagen|warsaw|prague|zurich|oslo',
      'Europe/Paris',
    ],
    ['athens|helsinki|kyiv|bucharest', 'Europe/Athens'],
    ['istanbul', 'Europe/Istanbul'],
    ['cairo', 'Africa/Cairo'],
    ['johannesburg|harare|pretoria', 'Africa/Johannesburg'],
    ['nairobi', 'Africa/Nairobi'],
    ['lagos', 'Africa/Lagos'],
    ['abu\\s+dhabi|dubai|muscat', 'Asia/Dubai'],
    ['riyadh|kuwait', 'Asia/Riyadh'],
    ['karachi|islamabad', 'Asia/Karachi'],
    ['mumbai|kolkata|chennai|new\\s+delhi', 'Asia/Kolkata'],
    ['singapore', 'Asia/Singapore'],
    ['bangkok|hanoi|ho\\s+chi\\s+minh(?:\\s+city)?', 'Asia/Bangkok'],
    ['jakarta', 'Asia/Jakarta'],
    ['kuala\\s+lumpur', 'Asia/Kuala_Lumpur'],
    ['hong\\s+kong', 'Asia/Hong_Kong'],
    ['manila', 'Asia/Manila'],
    ['tokyo|osaka|sapporo', 'Asia/Tokyo'],
    ['seoul', 'Asia/Seoul'],
    ['perth', 'Australia/Perth'],
    ['brisbane', 'Australia/Brisbane'],
    ['canberra|melbourne|sydney', 'Australia/Sydney'],
    ['auckland|wellington', 'Pacific/Auckland'],
    ['new\\s+york|nyc|toronto', 'America/New_York'],
    ['chicago', 'America/Chicago'],
    ['denver', 'America/Denver'],
    [
      'los\\s+angeles|san\\s+francisco|seattle|vancouver|sf|bay\\s+area|silicon\\s+valley',
      'America/Los_Angeles',
    ],
    // (and the cities of the rest of the world's mail: "11:00 a.m. Mexico City time" from a Texan recruiter, r89; not
    // cities that are also people's names, "at 3pm Austin will call you")
    ['mexico\\s+city|cdmx|guadalajara|monterrey', 'America/Mexico_City'],
    ['bogot[aá]', 'America/Bogota'],
    ['buenos\\s+aires', 'America/Argentina/Buenos_Aires'],
    ['halifax', 'America/Halifax'],
    ['boston|atlanta|miami|montr[eé]al|ottawa', 'America/New_York'],
    ['calgary|edmonton', 'America/Edmonton'],
    ['accra', 'Africa/Accra'],
    ['cape\\s+town|durban', 'Africa/Johannesburg'],
    ['doha', 'Asia/Qatar'],
    ['bengaluru|bangalore|hyderabad|pune', 'Asia/Kolkata'],
    ['shanghai|beijing|shenzhen', 'Asia/Shanghai'],
    ['taipei', 'Asia/Taipei'],
  ]),
];

/** A city's name as a zone word, unless it names a place of the meeting ("2pm, London office"). */
function cityZones(rows: readonly (readonly [string, string])[]): readonly (readonly [RegExp, string])[] {
  return rows.map(([cities, zone]) => [
    new RegExp(
      String.raw`^(?:${cities})\b(?!\s+(?:office|offices|branch|hq|headquarters|campus|site|studio|store|hub|team|bridge|street|road|station|airport|centre|center))`,
      'i',
    ),
    zone,
  ]);
}

/**
 * Standard-time zone words that name the reader's own clock where the reader's zone keeps that time all year:
 * "10:00am AEST" written in Brisbane in January is Brisbane time, not Sydney's summer clock (round 70d). So is a
 * zone word the reader's zone owns by law: "IST" written to a reader in Ireland is Irish Standard Time, not India's
 * ("Time: 10:00 (IST)" from a Dublin employer, round 120d).
 */
export const STANDARD_ALL_YEAR: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(?:aest|australian\s+eastern\s+standard\s+time)\b/i, ['Australia/Brisbane', 'Australia/Lindeman']],
  [/^ist\b/i, ['Europe/Dublin']],
  [/^mst\b/i, ['America/Phoenix']],
  [/^(?:acst|australian\s+central\s+standard\s+time)\b/i, ['Australia/Darwin']],
  // Greenwich time where it is the clock all year: "11:00 GMT" in Accra is 11:00 there, not London's summer clock
  // (round 290b).
  [
    /^(?:gmt|utc)\b/i,
    [
      'Africa/Accra',
      'Africa/Abidjan',
      'Africa/Bamako',
      'Africa/Banjul',
      'Africa/Bissau',
      'Africa/Conakry',
      'Africa/Dakar',
      'Africa/Freetown',
      'Africa/Lome',
      'Africa/Monrovia',
      'Africa/Nouakchott',
      'Africa/Ouagadougou',
      'Atlantic/Reykjavik',
      'Atlantic/St_Helena',
      'UTC',
      'Etc/UTC',
    ],
  ],
];

/**
 * The employer promising word back: "we will get back to you", "you should hear from us", "a decision".
 * Only a phrase in a clause with one of these is a response timeline. A panel's deliberation is the decision
 * under another name: "Our panel will finish deliberating over the next two weeks". Word to all candidates
 * is word to this one: "we'll email everyone by Friday". Having it all settled is the decision made: "We're
 * hoping to have everything sorted ahead of the holidays". The employer's own target, after a slipped promise,
 * is the new promise: "We're now targeting the week after next". One phrase a row (STYLE.md practice 19), each
 * with a line of the tables it matches; the rows keep the English tables' `\w` and `\b` (ASCII words).
 */
export const RESPONSE_ROWS: readonly PhraseRow[] = [
  {
    // Waiting for the employer's own word is its promise: "Kindly wait for our call or text within 3-5 working days"
    // (round 1030).
    pattern: String.raw`wait\s+for\s+(?:our|my|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|e-?mail|text|message|update|reply|response|feedback|decision)s?`,
    example: 'Please wait for our call within 3 working days about the next step.',
  },
  {
    pattern: String.raw`hear(?:d|ing)?\s+(?:back|from)`,
    example: 'You can expect to hear from us with a decision in the next ten days or so.',
  },
  {
    pattern: String.raw`get(?:ting)?\s+back`,
    example: "We're aiming to get back to all candidates before Thanksgiving.",
  },
  {
    pattern: String.raw`(?:come|be)\s+back\s+to\s+you`,
    example: 'We aim to come back to you by close of business on Thursday.',
  },
  {
    // The client's promise to the agency is word on its way to the candidate: "they'll come back to me by Friday".
    pattern: String.raw`(?:they|he|she|client|manager)(?:'ll|\s+will|\s+would|\s+should|\s+are\s+going\s+to|\s+is\s+going\s+to)\s+(?:\w+\s+)?(?:come|get|be)\s+back\s+to\s+(?:me|us)`,
    example: "The client has said they'll come back to me by the end of next week.",
  },
  {
    pattern: String.raw`be\s+(?:back\s+)?in\s+touch`,
    example:
      'Thank you for your interest. We are currently reviewing applications and will be in touch if your profile matches.',
  },
  {
    // The writer's own answer, in the future: "We will reply within ten days", "we'll respond by Friday" (lead's
    // round 114).
    pattern: String.raw`(?:we|i)(?:'ll|\s+will|\s+shall|\s+aim\s+to|\s+hope\s+to|\s+expect\s+to|\s+try\s+to|\s+plan\s+to|\s+intend\s+to)\s+(?:\w+\s+)?(?:reply|respond|answer|revert|write\s+back)`,
    example: 'We will reply within ten days of the first interview.',
  },
  {
    pattern: String.raw`(?:a|our)\s+(?:response|reply)\b`,
    example: 'Our response time for applications is currently 3–4 weeks.',
  },
  {
    pattern: String.raw`(?:you'll|you\s+will|you\s+should)\s+(?:\w+\s+)?(?:find\s+out|know|learn)\b`,
    example: "You'll find out whether you've been successful by Friday 6 November.",
  },
  {
    pattern: String.raw`'ll\s+(?:\w+\s+)?respond`,
    example:
      "FYI: Our office will be closed on Wednesday, November 11 in observance of Veterans Day. We'll respond to messages on Thursday.",
  },
  {
    pattern: String.raw`expect\s+(?:an?\s+|our\s+)?(?:response|reply|answer|decision|update|e-?mail|call)`,
    example: 'Expect an email from us within 3 working days with the outcome.',
  },
  {
    pattern: String.raw`(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?confirm`,
    example: "Final round interviews will be held November 16-20; I'll confirm your slot by Friday.",
  },
  {
    // Anyone's promise to fix the next slot, the client's relayed by an agency too: "they will confirm times with me".
    pattern: String.raw`(?:will|'ll|shall)\s+confirm\s+(?:\w+\s+){0,2}?(?:times?|dates?|slots?|timings?|details|arrangements|next\s+steps)`,
    example:
      'The client is reviewing the shortlist and will confirm interview dates for the final stage by Thursday.',
  },
  { pattern: String.raw`re-?connect`, example: "We'll reconnect at the start of next week." },
  {
    pattern: String.raw`response\s+times?`,
    example: 'Our response time for applications is currently 3–4 weeks.',
  },
  { pattern: String.raw`turnaround(?:\s+times?)?`, example: 'Our typical turnaround is about a week.' },
  {
    // (and "something concrete for you", said hedged: "I'd hope to have something concrete for you by the end of
    // the month", round 120e)
    pattern: String.raw`(?:will|'ll|should|hope\s+to|expect\s+to)\s+have\s+(?:(?:more\s+|some\s+|an?\s+)?(?:information|info|news|clarity|answers?|updates?)|something\s+(?:concrete|definite|firm|more|to\s+share)\s+(?:for|to)\s+you)`,
    example:
      'Thanks for your note! The team is still deliberating and I expect to have news for you by Monday.',
  },
  {
    pattern: String.raw`you(?:'ll|\s+will|\s+should|\s+may|\s+can\s+expect\s+to)\s+(?:receive|get|have)\s+(?:an?\s+|our\s+|the\s+|some\s+)?(?:\w+\s+)?(?:e-?mail|call|message|letter|response|reply|word|invitation|invite|offer|contract|paperwork|documents?|schedule|itinerary|notice|notification|outcome|results?|decision)`,
    // (and a notice: "You will receive a notice of results within 15 business days after the announcement closes",
    // USAJOBS, round 480)
    example: "You'll get an email from our team by Thursday with the result.",
  },
  {
    pattern: String.raw`(?:drop|shoot|send|give|flick)\s+you\s+an?\s+(?:quick\s+)?(?:line|note|e-?mail|message|shout|call|ring|buzz|update|text)`,
    example: "I'll be back in the office on Monday and will give you an update then.",
  },
  { pattern: String.raw`ping\s+you`, example: "I'll ping you tomorrow once I've heard from the team." },
  {
    // A review told as the system's habit (round 820): "Hiring managers review shortlisted profiles within 10 working
    // days"; a Brazilian "we expect to give you a return until Friday" (round 800).
    pattern: String.raw`(?<!\b(?:will|'ll|to|shall|would)\s+)(?:review|assess|screen|consider)s?\s+(?:all\s+|the\s+|shortlisted\s+|new\s+)*(?:profiles|applications|cvs|resumes|candidates|submissions)(?=\s+(?:…|within\b))|give\s+you\s+(?:a|an|our)\s+(?:return|feedback|position|posicionamento)\b`,
    example: 'Our recruiters review all applications within five working days.',
  },
  {
    // A review told as finishing (issue 13, class 2): "Our hiring team completes its review in 5–7 business days after
    // the posting closes, and every applicant will receive an email either way" (round 780).
    pattern: String.raw`(?:complete|completes|completing|finish|finishes|conclude|concludes)\s+(?:its|their|our|the|this)\s+(?:review|assessment|evaluation|shortlisting|deliberations?|selection)|(?:(?:every|each|all)\s+(?:applicants?|candidates?)|everyone|everybody)(?:\s+(?:who|that)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+)?\s+(?:will|shall|should)\s+(?:receive|get|hear)`,
    example: 'The panel completes its review within 10 working days; every applicant will receive an email.',
  },
  {
    // (and an agency's "They're aiming to confirm the successful candidate by month-end", round 770)
    pattern: String.raw`confirm\s+(?:the\s+|their\s+)?(?:successful\s+(?:candidate|applicant)|outcome|decision|appointment|final\s+decision)`,
    example: 'The client hopes to confirm the successful candidate by Friday.',
  },
  {
    // (and a non-native "We will tell you something by the middle of next week, more or less", round 750)
    pattern: String.raw`tell\s+you\s+(?:something|anything|our\s+(?:decision|answer)|the\s+(?:outcome|result|decision|answer)|(?:if|whether)\s+you)`,
    example: 'We will tell you the outcome by Friday.',
  },
  {
    pattern: String.raw`\b(?:you|candidates|applicants|finalists|everyone|all\s+\w+|successful\s+\w+|shortlisted\s+\w+)\s+(?:(?:will|shall|should|may|would|not)\s+)*(?:\w+\s+)?be\s+contacted`,
    example: 'You will be contacted by a member of our team within 5 working days.',
  },
  {
    pattern: String.raw`(?:more\s+)?clarity`,
    example: 'We should have more clarity on timing by next week.',
  },
  {
    pattern: String.raw`results\s+(?:of|from|will|should)`,
    example: 'Our quarterly results will be announced on December 15.',
  },
  {
    // Any way of delivery: "Your offer pack will be couriered to you within 48 hours" (lead's round 110).
    pattern: String.raw`(?:emailed|e-mailed|sent|communicated|announced|shared|posted|mailed|couriered|dispatched|delivered|forwarded|issued)\s+(?:out\s+)?to\s+(?:you|all|every|each|candidates|applicants)`,
    example: 'Results of the assessment centre will be emailed to all candidates by 4pm on Friday.',
  },
  {
    pattern: String.raw`share\s+(?:anything|something|more|news|an?\s+update|the\s+outcome|feedback)`,
    example: 'We expect to be in a position to share feedback after Thanksgiving.',
  },
  { pattern: String.raw`in\s+touch\s+with\s+you`, example: "We'll be in touch with you by Friday." },
  {
    pattern: String.raw`reach(?:ing)?\s+out\s+to\s+you`,
    example:
      'Please do not contact the hiring manager directly; we will reach out to you within 10 business days.',
  },
  {
    pattern: String.raw`(?<!\b(?:free|welcome|hesitate|please|you)\s+(?:to\s+)?)reach\s+out`,
    example:
      "We'll be conducting second-round interviews the week of November 30 and will reach out to schedule if you're selected.",
  },
  {
    // (and "We'll contact shortlisted people the week after", round 360)
    pattern: String.raw`contact(?:ing|ed)?\s+(?:you|all|everyone|everybody|every|each|those|(?:the\s+|our\s+)?(?:successful\s+|shortlisted\s+|selected\s+|final\s+)?(?:candidates|applicants|finalists)|(?:the\s+|our\s+)?(?:successful|shortlisted|selected)\s+(?:people|individuals|ones))`,
    example: 'Your interview on 17 November has been postponed. We will contact you with a new date shortly.',
  },
  { pattern: String.raw`be\s+in\s+contact`, example: 'We will be in contact in the next week or so.' },
  {
    pattern: String.raw`send\s+(?:you\s+|over\s+|out\s+)?(?:some\s+|a\s+few\s+|the\s+|our\s+)?(?:(?:new|possible|available|scheduling|interview|proposed|alternative)\s+)?(?:times|slots|options|dates|details|availability|an?\s+invite|invitations?)`,
    example:
      "Hi!  Thanks for your time on the phone today. Next step would be an onsite with the team - I'll send over some times early next week.  Best, Mo",
  },
  {
    pattern: String.raw`get\s+in\s+touch`,
    example:
      'The whole team is off between Christmas and New Year, so it would be best not to get in touch until Tuesday 5 January.',
  },
  { pattern: String.raw`reach\s+back\s+out`, example: "I'll reach back out by Thursday." },
  {
    pattern: String.raw`keep\s+you\s+(?:posted|updated|informed)`,
    example: "I'll keep you posted, but realistically it'll be after Thanksgiving.",
  },
  {
    // "return to you" for "get back to you", as written by many (round 600): "I will return to you with a position in
    // the coming days".
    pattern: String.raw`(?:will|'ll|shall)\s+return\s+to\s+you\b`,
    example: 'I will return to you with a position in the coming days.',
  },
  {
    // A delivery said to follow (round 620): "The written offer follows tomorrow", "the contract will follow on Monday".
    // (said in the present: "the written offer will follow on Monday" beside a call today is that call's promise,
    // the phrase table's)
    pattern: String.raw`(?:offer|contract|letter|paperwork|documents|details|invit(?:e|ation)|confirmation|feedback)\s+(?:follows|is\s+to\s+follow)`,
    example: 'The written offer follows tomorrow.',
  },
  {
    // The writer taking the matter up again (round 620): "I'm out until Monday 26 September and will pick this up as
    // soon as I'm back."
    pattern: String.raw`(?:will|'ll|shall)\s+(?:pick\s+(?:this|it|things)\s+(?:back\s+)?up|look\s+into\s+(?:this|it)|action\s+(?:this|it)|deal\s+with\s+(?:this|it|your\s+(?:email|message|query|request)))`,
    example: "I'm away until Monday 5 May and will pick this up when I'm back.",
  },
  {
    // An outcome told in the passive, as a process: "Outcomes are normally confirmed within two weeks of the
    // assessment centre" (round 570).
    pattern: String.raw`(?:outcomes?|results?|(?:referral\s+|selection\s+|decision\s+)?notices|notifications|decisions|decision\s+letters)\s+(?:are|is|will\s+be|would\s+be|should\s+be|get|gets)\s+(?:normally\s+|usually\s+|typically\s+|generally\s+|then\s+)?(?:confirmed|communicated|sent|shared|released|issued|announced|notified|e-?mailed|given|published)`,
    example: 'Outcomes are normally confirmed within two weeks of the assessment centre.',
  },
  {
    // The writer's side to confirm the outcome, not the reader: "They're finalising budget sign-off for the contract
    // and will confirm either way by the end of next week" (r87).
    pattern: String.raw`(?<!\byou\s)(?:will|'ll|shall)\s+confirm\s+(?:either\s+way|one\s+way\s+or\s+(?:the\s+)?other|back|the\s+outcome|(?:their|our|the|a|his|her)\s+(?:final\s+)?decision|whether)`,
    example: 'The client is finalising numbers and will confirm either way by Friday.',
  },
  {
    // Results said to follow, or sent: "results follow within 3 working days after the test window closes", "we will
    // email results within a week" (round 1080's rule rows).
    pattern: String.raw`(?:results?|outcomes?|decisions?)\s+(?:will\s+|should\s+|then\s+|usually\s+|normally\s+)?follows?|(?:e-?mail|send|share|release|publish)\s+(?:you\s+)?(?:your\s+|the\s+|all\s+)?(?:results?|outcomes?)`,
    example: 'Results follow within five working days of the test.',
  },
  {
    // A choice told as made, in the passive: "Selections are generally made within 30 days of the referral date"
    // (USAJOBS, round 1080).
    pattern: String.raw`(?:selections?|(?:final\s+|hiring\s+)?decisions?|offers)\s+(?:are|is|will\s+be|would\s+be|should\s+be)\s+(?:normally\s+|usually\s+|typically\s+|generally\s+|then\s+)?made`,
    example: 'Selections are usually made within three weeks of the closing date.',
  },
  {
    pattern: String.raw`updates?\s+(?:will|shall|should|would)\s+be\s+(?:sent|e-?mailed|shared|provided|communicated|given|posted)`,
    example: 'Please refrain from calling our office; all updates will be sent by email within 2 weeks.',
  },
  {
    // (and "write to shortlisted applicants by Friday", round 1140's rule rows)
    pattern: String.raw`(?:e-?mail|call|phone|ring|write\s+to|text)\s+(?:you|everyone|everybody|each\s+(?:candidate|applicant)|all\s+(?:the\s+)?(?:candidates|applicants|finalists)|(?:the\s+)?(?:shortlisted|successful|selected)\s+(?:candidates|applicants))\b`,
    example: 'The recruiter will call you on Monday at 2 PM to discuss the offer.',
  },
  {
    // (a group in the singular too: "we will write to every candidate within five working days", round 160)
    pattern: String.raw`(?:write|send\s+word)\s+to\s+(?:(?:all|every|each|the)\s+)?(?:(?:candidate|applicant|finalist|interviewee)s?|everyone)\b`,
    example:
      'The hiring panel meets on Monday 21st December and we will write to all candidates before the holidays.',
  },
  { pattern: String.raw`revert`, example: "We'll revert by the end of next week." },
  {
    pattern: String.raw`know\s+more`,
    example:
      "I'll know more after our hiring committee meets next Tuesday, and will reach out the day after.",
  },
  {
    pattern: String.raw`(?:provide|share|give\s+you|send\s+you)\s+(?:an?\s+|our\s+|the\s+|some\s+)?(?:update|feedback|answer|response|decision|outcome)`,
    example: 'We should be able to give you an answer in the next couple of weeks.',
  },
  {
    pattern: String.raw`have\s+(?:more\s+)?(?:information|info|news|something)\s+(?:for\s+you|to\s+share)`,
    example:
      'Thanks for your note! The team is still deliberating and I expect to have news for you by Monday.',
  },
  {
    pattern: String.raw`let\s+(?:you|u|all|everyone|everybody|each|those|(?:all\s+|the\s+|our\s+)?(?:successful\s+|shortlisted\s+|unsuccessful\s+|other\s+|remaining\s+)?(?:candidates|applicants|finalists))(?:\s+[\w-]+){0,2}?\s+know`,
    example:
      'Many thanks for attending the interview this morning. We will be making our decision by the end of the week and will let you know.',
  },
  {
    // (and "we will update every candidate early next month", round 1090)
    pattern: String.raw`update\s+(?:you|everyone|everybody|all|candidates|applicants|each|every)`,
    example:
      'The hiring team will review all feedback and we hope to be in a position to update you within 7 working days.',
  },
  {
    pattern: String.raw`an?\s+update`,
    example: "I'll be back in the office on Monday and will give you an update then.",
  },
  {
    pattern: String.raw`news`,
    example:
      'Hi Jordan, great news! The hiring manager would like to move you forward to the final round. Are you available on Monday, November 16 at 1:00 pm Eastern?',
  },
  {
    pattern: String.raw`an?\s+answer`,
    example: 'We should be able to give you an answer in the next couple of weeks.',
  },
  {
    pattern: String.raw`mak(?:e|ing)\s+(?:offers?|decisions?|a\s+decision|our\s+decision|a\s+hire)`,
    example:
      'Many thanks for attending the interview this morning. We will be making our decision by the end of the week and will let you know.',
  },
  {
    pattern: String.raw`(?:are|'re|be|is|still|done|finished|through)\s+interviewing`,
    example: 'We are still interviewing through December 11 and will make a decision shortly after that.',
  },
  {
    pattern: String.raw`updates?\s+(?:to|for)\s+(?:you|all|candidates)`,
    example: "I'll have an update for you after the holidays.",
  },
  { pattern: String.raw`follow\s+up\s+with\s+you`, example: "We'll follow up with you this afternoon." },
  {
    pattern: String.raw`(?:i|we)(?:'ll|\s+will|\s+shall|\s+would|\s+can)\s+(?:\w+\s+)?follow[\s-]*up`,
    example: "Unfortunately, I have to cancel tomorrow's interview. I'll follow up with new times.",
  },
  { pattern: String.raw`circle\s+back`, example: "We'll circle back with feedback by Tuesday." },
  { pattern: String.raw`touch\s+base`, example: "I'll touch base early in the week." },
  {
    pattern: String.raw`(?:respond(?:ing)?|repl(?:y|ying))\s+to\s+(?:you|all|every|each|applicants|candidates)`,
    example: 'We will endeavour to respond to all applications by 20th November.',
  },
  {
    pattern: String.raw`(?:we|i|they|team|will|shall|typically|usually|normally|generally|aim\s+to|try\s+to|always)\s+(?:\w+\s+)?respond`,
    example: 'We aim to respond within ten working days of receiving your application.',
  },
  {
    // (a subject shared with the absence before it: "out of the office through the 22nd and will reply on my
    // return", round 170; not the reader asked, "will you reply by Friday?")
    pattern: String.raw`(?:will|shall)\s+(?!you\b)(?:\w+\s+)?reply\b`,
    example: 'Our recruiter is travelling until Thursday and will reply when she is back.',
  },
  {
    pattern: String.raw`feedback`,
    example:
      'The hiring team will review all feedback and we hope to be in a position to update you within 7 working days.',
  },
  {
    pattern: String.raw`decisions?`,
    example:
      'Many thanks for attending the interview this morning. We will be making our decision by the end of the week and will let you know.',
  },
  {
    pattern: String.raw`decisons?`,
    example: 'hi, thx for ur time today!! we r gonna make a decison by wendesday nxt week and let u know',
  },
  { pattern: String.raw`descisions?`, example: 'We expect to make descisions by the end of the week.' },
  {
    pattern: String.raw`decide`,
    example: "We'll be done interviewing by the 20th and will decide shortly after that.",
  },
  {
    pattern: String.raw`mak(?:e|ing)\s+(?:(?:a|our|the|an|any|its|their)\s+)?(?:final\s+|hiring\s+)?(?:decisions?|selections?|choices?|offers?|hires?|recommendations?)`,
    example:
      'Many thanks for attending the interview this morning. We will be making our decision by the end of the week and will let you know.',
  },
  {
    // (not steps the writer works through on their side: "I'll pick up the next steps on your application with the
    // hiring manager then" after an absence promises no word to the reader, round 280)
    pattern: String.raw`(?<!\b(?:pick(?:ing)?\s+up|work(?:ing)?\s+(?:on|out|through)|progress(?:ing)?|look(?:ing)?\s+(?:at|into)|tak(?:e|ing)\s+forward|figur(?:e|ing)\s+out|map(?:ping)?\s+out|agree(?:ing)?|align(?:ing)?\s+on)\s+(?:the\s+)?)next\s+steps?`,
    example:
      "Hi!  Thanks for your time on the phone today. Next step would be an onsite with the team - I'll send over some times early next week.  Best, Mo",
  },
  {
    pattern: String.raw`notif(?:y|ying|ied|ies|ication)`,
    example: 'We will notify you of our decision no later than December 15, 2026.',
  },
  {
    // (and everyone who took part: "will inform everyone who applied by the end of next week", round 1080)
    pattern: String.raw`inform(?:ed)?\s+(?:you|all|candidates|applicants|everyone|everybody|each|every)`,
    example: 'We are sorry to inform you that your application has not been successful.',
  },
  {
    pattern: String.raw`outcome`,
    example: 'Expect an email from us within 3 working days with the outcome.',
  },
  {
    pattern: String.raw`(?:the|your|interview|assessment|test|sift|shortlisting|selection)\s+(?:final\s+)?results?`,
    example: "You'll get an email from our team by Thursday with the result.",
  },
  {
    pattern: String.raw`wrap(?:ping)?\s+(?:(?:things|everything|it|this)\s+)?up`,
    example: 'We have a goal of wrapping up by the 15th.',
  },
  {
    pattern: String.raw`(?:have|get|getting)\s+(?:everything|things|it\s+all|it|this|all\s+of\s+this)\s+(?:sorted|settled|squared\s+away|finali[sz]ed|confirmed)\b`,
    example: "We're hoping to have everything sorted ahead of the holidays.",
  },
  {
    // Everything confirmed is the decision made too: "we'll be able to confirm everything, hopefully by the end of
    // next week" (round 120f)
    pattern: String.raw`(?:confirm|finali[sz]e|wrap\s+up|settle)\s+(?:everything|it\s+all|all\s+of\s+it)`,
    example: "Once the last references are in, we'll be able to confirm everything by the end of next week.",
  },
  {
    pattern: String.raw`(?:we're|we\s+are|i'm|i\s+am)\s+(?:now\s+)?(?:targeting|aiming\s+for)\b`,
    example: 'We appreciate your patience; we are targeting a decision by 11/25.',
  },
  {
    pattern: String.raw`deliberat(?:e|es|ed|ing|ions?)\b`,
    example:
      'Thanks for your note! The team is still deliberating and I expect to have news for you by Monday.',
  },
  {
    pattern: String.raw`finali[sz](?:e|es|ed|ing)`,
    example:
      "Thanks for interviewing with us. We'll be finalising our shortlist over the coming fortnight and will be in touch after that.",
  },
  {
    pattern: String.raw`(?:an?\s+|the\s+|our\s+)?offer\s+(?:letter\s+)?(?:out\s+)?(?:over\s+)?to\s+you`,
    example:
      "Thanks for sending over your references. We'll contact them this week and aim to have an offer to you by Monday.",
  },
  {
    pattern: String.raw`offers?\s+(?:(?:will\s+|to\s+|should\s+)?(?:go|going|goes|be\s+going|being\s+sent|be\s+sent)\s+)?out`,
    example: "We're aiming to have offers out by the second week of December.",
  },
  {
    pattern: String.raw`(?:complete|finish|conclude|close)(?:d|s)?\s+(?:our|the|all)\s+(?:interviews?|process|review|selection|search)`,
    example:
      'We received a large number of applications and expect to complete our review within 3 to 4 weeks.',
  },
  {
    pattern: String.raw`(?:finish|wrap\s+up|complete)\s+interviewing`,
    example: 'We expect to finish interviewing by Nov. 25.',
  },
  {
    pattern: String.raw`interviewing\s+(?:through|until|till)`,
    example: 'We are still interviewing through December 11 and will make a decision shortly after that.',
  },
  {
    pattern: String.raw`interviews?\s+(?:will\s+)?(?:wrap|conclude|finish|end|close)`,
    example: "We'll follow up after the interviews wrap on Friday with next steps.",
  },
  {
    pattern: String.raw`(?:review(?:ing)?|assess(?:ing)?|evaluat(?:e|ing))\s+(?:all\s+)?(?:the\s+)?(?:applications|candidates|applicants|your\s+application)`,
    example:
      'Thank you for your interest. We are currently reviewing applications and will be in touch if your profile matches.',
  },
  {
    pattern: String.raw`offers?\s+(?:will\s+be|to\s+be)\s+(?:extended|made|sent)`,
    example: 'Offers will be extended in late November.',
  },
  {
    pattern: String.raw`(?:extend|send|make|issue)(?:s|ing|ed)?\s+(?:out\s+|over\s+)?(?:(?:an?|our|the|your)\s+)?(?:job\s+|formal\s+|written\s+)?offers?`,
    example: 'We plan to make offers by mid-December and start the new hires in January.',
  },
  {
    // A delivery worded with other verbs: "we will share the offer letter within the next 48 hours" (round 38b).
    pattern: String.raw`(?:shar(?:e|es|ing)|releas(?:e|es|ing)|e-?mail(?:s|ing)?|issu(?:e|es|ing)|send(?:s|ing)?)\s+(?:you\s+)?(?:(?:an?|our|the|your)\s+)?(?:formal\s+|written\s+|final\s+)?(?:offer\s+letter|offer\s+pack|contract|employment\s+(?:contract|agreement)|appointment\s+letter)s?`,
    example: 'As discussed, we will share the offer letter within the next 48 hours.',
  },
  {
    pattern: String.raw`expect\s+to\s+hear`,
    example: 'You can expect to hear from us with a decision in the next ten days or so.',
  },
  {
    pattern: String.raw`should\s+hear`,
    example: 'You should hear back from the team in roughly 10 business days.',
  },
  {
    pattern: String.raw`will\s+hear`,
    example: 'You will hear from us one way or the other within the next fortnight.',
  },
  { pattern: String.raw`word\s+from\s+us`, example: 'Expect word from us in 7-10 days.' },
  {
    pattern: String.raw`status`,
    example: 'Please refrain from contacting us for status updates until after January 4.',
  },
  {
    pattern: String.raw`be\s+(?:sending|sent)\s+out`,
    example:
      'Thank you for attending the assessment centre on 24 November. Results will be sent out by 4 December.',
  },
  {
    pattern: String.raw`send\s+(?:out\s+)?(?:our\s+)?(?:responses|replies|notifications|decisions)`,
    example: 'We will send out our responses by Friday.',
  },
  // Issue 13, class 2: a promise worded as a delivery or a process.
  {
    pattern: String.raw`(?:will|should|'ll)\s+(?:reach|be\s+with)\s+you`,
    example: 'The written contract will reach you within three working days.',
  },
  {
    // The writer's own delivery of the papers (round 380): "I'll send the formal paperwork over this afternoon."
    pattern: String.raw`(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?(?:send|email|e-mail|forward|post|share|get)\s+(?:you\s+)?(?:the\s+|your\s+|our\s+)?(?:formal\s+|written\s+|official\s+|full\s+|signed\s+)?(?:paperwork|contract|offer(?:\s+letter)?|offer\s+pack|documents|terms|letter\s+of\s+(?:offer|appointment)|employment\s+(?:letter|agreement))`,
    example: "We'll email the written contract over by Thursday.",
  },
  {
    pattern: String.raw`(?:will|should|'ll)\s+(?:get\s+to|land\s+with|arrive\s+with)\s+you`,
    example: 'HR will prepare your employment letter and it should get to you within five working days.',
  },
  {
    pattern: String.raw`(?:reviews?|review\s+process|screening)\s+(?:usually|typically|normally|generally)`,
    example: 'Reviews usually take about a week.',
  },
  // A review of the applications within a window: "Our team reviews all submissions within 10 business days of
  // the assessment deadline" (round 38c).
  {
    pattern: String.raw`(?:review|reviews|screen|screens|assess|assesses)\s+(?:all|every|each|your)\s+(?:[\w-]+\s+)?(?:applications?|submissions?|cvs?|resumes?|entries|assessments?)`,
    example:
      'Our team reviews all submissions within 10 business days of the assessment deadline, which is November 30.',
  },
  // A review's usual length: "It takes us about two weeks to review applications" (round 38).
  {
    pattern: String.raw`takes?\s+(?:(?:us|them|the\s+team|our\s+team)\s+)?(?:\S+\s+){1,4}?to\s+(?:review|assess|screen|decide|respond|get\s+back)`,
    example: 'It takes us about two weeks to review applications, and we reply to everyone.',
  },
  {
    // the same with "takes" inside the window's own words ("takes 7-10 days")
    pattern: String.raw`(?:usually|typically|normally|generally)\s+(?:takes\s+|…\s+)(?:\S+\s+){0,3}?to\s+(?:review|assess|screen|decide|respond|get\s+back)`,
    example: 'The hiring team normally takes 7-10 days to review.',
  },
  {
    // The writer's goal said as a noun (round 440): "Our goal is to respond to everyone by July 3rd."
    pattern: String.raw`(?:our|the|my)\s+(?:goal|aim|target|plan|intention|hope|objective)\s+is\s+to\s+(?:\w+\s+)?(?:respond|reply|get\s+back|revert|come\s+back|update|contact|decide|inform|notify|make\s+(?:a|our|the)\s+(?:final\s+)?decision|have\s+(?:a|an)\s+(?:decision|answer|update))`,
    example: 'Our aim is to notify all applicants within ten working days.',
  },
  {
    // The time asked for the writer's review (round 340): "please allow 2-3 weeks for the hiring team to review your
    // background" promises the review's end, as "allow up to three weeks for a response" does.
    pattern: String.raw`(?<=(?:…|\b(?:days|weeks|months|fortnight))\s{1,3})for\s+(?:us|(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:team|panel|manager|committee|recruiters?|department|partners?))\s+to\s+(?:review|assess|consider|evaluate|process|screen|go\s+through|look\s+(?:at|over)|read)`,
    example:
      'Given the number of applicants, please allow up to four weeks for our recruiters to assess your profile.',
  },
  {
    pattern: String.raw`(?:responds|replies)`,
    example: 'Our recruiting team reviews every application and typically responds within 7 business days.',
  },
  {
    pattern: String.raw`(?:shortlisting|short-listing|selection|the\s+review|reviews|decisions?)\s+(?:will|should)\s+be\s+(?:completed|complete|finali[sz]ed|done|made)`,
    example:
      'The role closes on 30 November; shortlisting will be completed within two weeks of the closing date.',
  },
  {
    // The selection step said to happen, or to be completed by the writer: "Shortlisting will take place within ten
    // working days of the closing date", "We expect to complete shortlisting by 28 May" (round 120c)
    pattern: String.raw`(?:shortlisting|short-listing|selection)\s+(?:will|should|shall)\s+(?:take\s+place|happen|occur|be\s+(?:carried\s+out|held|conducted))|(?:complete|completing|finish|finishing|conclude|concluding|finali[sz]e|finali[sz]ing)\s+(?:the\s+|our\s+)?(?:shortlisting|short-listing|shortlist|selection\s+process)`,
    example: 'Shortlisting will take place within ten working days of the closing date.',
  },
  {
    pattern: String.raw`let\s+(?:everyone|all\s+(?:candidates|applicants)|each\s+(?:candidate|applicant)|you\s+all)\s+know`,
    example: 'We plan to let everyone know by Friday, after the panel meets on Wednesday.',
  },
  {
    pattern: String.raw`(?:you|candidates|applicants|finalists|everyone|all\s+\w+|every\s+\w+|shortlisted\s+\w+|successful\s+\w+)\s+(?:will|shall|should)\s+(?:have\s+been|be)\s+(?:informed|advised|updated|told)`,
    example: 'Shortlisted candidates will be informed within 10 days from the last date.',
  },
  {
    pattern: String.raw`(?:confirm|communicate|share|send|release|give)\s+(?:the\s+|our\s+|final\s+)?(?:outcomes|results|decisions)\s+(?:to|with)\s+(?:you|all|every|each|candidates|applicants|finalists)`,
    example: 'We expect to be able to confirm outcomes to all candidates by Wednesday 9 December.',
  },
  {
    // (and the writer's own "we will communicate results within two working days of the interview", round 960)
    pattern: String.raw`(?:we|i)(?:\s+will|'ll|\s+shall)\s+(?:communicate|share|send|release|confirm|announce)\s+(?:the\s+|our\s+|final\s+|interview\s+)?(?:outcomes?|results?|decisions?)\b`,
    example: 'We will communicate results within two working days of the final round.',
  },
  {
    pattern: String.raw`(?:will|should|'ll)\s+(?:land|be|arrive)\s+in\s+your\s+inbox`,
    example: 'Your offer pack will land in your inbox within 48 hours.',
  },
  {
    // "you'll have our final answer before the end of the month" (round 70e)
    pattern: String.raw`(?:you'll|you\s+will|you\s+should|you'd)\s+have\s+(?:our|an?|the|my)\s+(?:final\s+|definite\s+|formal\s+)?(?:answer|decision|response|feedback|verdict)|(?:we'll|we\s+will|i'll|i\s+will)\s+have\s+(?:an?|the|our|my)\s+(?:final\s+)?(?:answer|decision|outcome|response|feedback|update)\s+(?:to|for|with)\s+you`,
    example: "All going well, you'll have our final answer before the end of the month.",
  },
  {
    // The promised thing named before and its arrival said of the reader: "I'll write up the panel's notes and
    // you'll have them in your inbox by Thursday" (round 150).
    pattern: String.raw`(?:you'll|you\s+will|you\s+should)\s+have\s+(?:it|them|this|that)\s+in\s+your\s+inbox`,
    example: "I'll put the summary together and you'll have it in your inbox by Monday.",
  },
  {
    // "shortlisting outcomes will issue within seven working days" (round 70d)
    pattern: String.raw`(?:outcomes?|results?|decisions?|offers?|letters?|notifications?|invitations?|invites)\s+(?:will|should|shall)\s+(?:issue|be\s+issued|go\s+out|be\s+sent\s+out|be\s+released)`,
    example:
      'The competition closes on Friday 29 January, and shortlisting outcomes will issue within seven working days from then.',
  },
  {
    // Indian English "intimate" is "inform": "Shortlisted candidates will be intimated by email" (round 70c)
    pattern: String.raw`intimat(?:e|ed|ion)`,
    example: 'Shortlisted candidates will be intimated by email within a fortnight of the last date.',
  },
  {
    // A delivery promise of the written offer itself: "I'll send the formal letter tomorrow" (round 70c); not the
    // paperwork the candidate has to fill in ("We'll send the paperwork by Friday", issue 10's held-out C8)
    pattern: String.raw`(?:send|email|e-mail|forward|share|issue)\s+(?:you\s+)?(?:the|your|our)\s+(?:formal\s+|written\s+|official\s+|signed\s+)?(?:offer\s+)?(?:letter|contract|offer(?:\s+pack)?)`,
    example: "Great news: we'd like to move forward with an offer! I'll send the formal letter tomorrow.",
  },
  {
    // A delivery said with another verb of arrival (round 70).
    pattern: String.raw`(?:will|should|'ll)\s+(?:hit|reach|drop\s+into)\s+your\s+inbox`,
    example: 'The signed contract should hit your inbox by Monday.',
  },
  {
    pattern: String.raw`(?:shortlisting|short-listing|screening|selection)\s+(?:for\s+(?:this|the)\s+[\w-]+\s+)?(?:usually|typically|normally|generally)\b`,
    example:
      'Shortlisting for this role generally takes two to three weeks from the closing date of 4 December.',
  },
  {
    pattern: String.raw`(?:shortlisting|short-listing|selection)\s+(?:will|should)\s+be\s+(?:finished|wrapped\s+up|over|concluded)`,
    example: 'Shortlisting will be finished within a week of the closing date.',
  },
  {
    pattern: String.raw`let\s+every\s+(?:candidate|applicant|finalist)\s+(?:\w+\s+){0,2}?know`,
    example:
      "We'll let every applicant know whether they've been shortlisted within ten working days of the close.",
  },
  {
    pattern: String.raw`(?:have|get|give\s+you)\s+(?:a\s+)?(?:yes\s+or\s+no|firm\s+answer|definite\s+answer|final\s+answer|verdict)`,
    example: "I'd say you'll have a yes or no from us before the end of next week.",
  },
  {
    // A note's shorthand, not "the written offer will follow on Monday" beside a call today (phrase table).
    pattern: String.raw`(?:offer|contract|paperwork|offer\s+letter)\s+to\s+follow`,
    example: 'A verbal offer: $118k base plus 10% bonus. Written offer to follow by EOD Friday.',
  },
  {
    // A decision called a call: "expect to make a call within the next week"
    pattern: String.raw`mak(?:e|ing)\s+(?:a|the|our)\s+(?:final\s+)?call(?!\s+(?:to|with|for)\b)`,
    example:
      "Thanks for your patience — we're in the final stages and expect to make a call within the next week.",
  },
  {
    pattern: String.raw`(?:confirm|finali[sz]e|agree|announce)\s+(?:the|our)\s+shortlist`,
    example: "We're aiming to confirm the shortlist by the end of the month.",
  },
  {
    pattern: String.raw`(?:aim|plan|expect|hope)\s+to\s+shortlist`,
    example: 'The posting closes on Friday 20 November; we aim to shortlist within a month of that date.',
  },
  {
    // A delivery of the next step's papers, said as the writer sending it to the reader (round 100): the object is
    // the process's own (a schedule, an invite, the contract, the case study brief of round 120), not a webinar's
    // recording; the sender may be a team ("our HR team will email the employment agreement to you", round 120b).
    pattern: String.raw`(?:i|we|(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:team|department|colleagues?|recruiter|coordinator|hr))(?:'ll|\s+will|\s+shall|\s+would)\s+(?:\w+\s+)?(?:shar(?:e|ing)|send(?:ing)?(?:\s+(?:over|across|through|out))?|forward(?:ing)?|e-?mail(?:ing)?|circulat(?:e|ing)|pass(?:ing)?\s+on)\s+(?:you\s+)?(?:the|your|our|an?|some|all\s+the)\s+(?:[\w-]+\s+){0,3}?(?:schedule|details|invite|invitation|itinerary|agenda|timings?|slots?|letter|contract|agreement|documents?|documentation|brief|task|exercise|assignment|case\s+study|pack)`,
    example: 'Your feedback is positive; I will share the panel round schedule with you by tomorrow EOD.',
  },
  {
    // The same sent by someone the writer names, to the reader: "Maria will send you the brief by end of day
    // tomorrow" (round 230), "she'll email you the schedule on Monday". The reader as the object keeps it the
    // process's own step, whoever sends it.
    pattern: String.raw`(?:he|she|they|[\w-]{1,30})(?:'ll|\s+will|\s+shall)\s+(?:(?:also|then|now|personally)\s+)?(?:send|e-?mail|forward|share)(?:\s+(?:over|across|through))?\s+you\s+(?:the|your|an?|some)\s+(?:[\w-]+\s+){0,3}?(?:brief|task|exercise|assignment|case\s+study|schedule|itinerary|agenda|invite|invitation|contract|agreement|paperwork|details)`,
    example:
      'The next step is a short take-home exercise; Maria will send you the brief by end of day tomorrow.',
  },
  {
    // The same said of the papers: "The written contract will follow from our HR team within 2 working days" (not
    // "the written offer will follow", the offer itself rather than a paper of the process)
    pattern: String.raw`(?:contract|letter|paperwork|documents?|documentation|details|invite|invitation|schedule|itinerary|pack|agreement)\s+(?:will|should|shall)\s+(?:(?:then|now|also)\s+)?(?:follow|come\s+through|arrive|be\s+(?:sent|issued|shared|e-?mailed|forwarded|with\s+you))`,
    example: 'The signed agreement will follow from our legal team within three working days.',
  },
];
export const RESPONSE_CUE = new RegExp(String.raw`\b${alternation(RESPONSE_ROWS)}\b`, 'i');

/**
 * A deadline the employer sets for the candidate ("please let us know by Friday", "sign and return by 9 Oct"):
 * not a timeline (ADVICE.md fine print).
 */
export const CANDIDATE_DEADLINE_ROWS: readonly PhraseRow[] = [
  {
    // The reader asked to send in a CV: "Our consultants respond to every CV within 24 hours — send yours today!"
    // (an agency's advert, round 230b), "upload your CV by Friday".
    pattern: String.raw`(?:send|submit|upload|drop)\s+(?:(?:it|them|this)\s+)?(?:(?:over|across|in)\s+)?(?:(?:to\s+)?(?:us|me)\s+)?(?:yours|your\s+(?:updated\s+|latest\s+)?(?:cv|resume|résumé|application|portfolio))`,
    example: 'Our consultants respond to every CV within 24 hours — send yours today!',
  },
  {
    // The reader's own right, with its window: "You are welcome to request feedback within 28 days of this email"
    // (round 100e)
    pattern: String.raw`(?:you|candidates|applicants)\s+(?:are\s+welcome\s+to|may|can|have\s+the\s+right\s+to)\s+(?:\w+\s+)?(?:request|ask\s+for|appeal|apply\s+for|lodge|submit|seek)`,
    example: 'Should you wish, you may request written feedback within 10 working days of this letter.',
  },
  {
    pattern: String.raw`let\s+(?:us|me)\s+know`,
    example:
      "I'd like to propose the following times for a call: Tuesday 10am, Wednesday 2pm, or Thursday 4pm. Let me know which works best.",
  },
  {
    pattern: String.raw`(?<!\b(?:they|he|she|client|manager)(?:'ll|\s+will|\s+would|\s+should|\s+are\s+going\s+to|\s+is\s+going\s+to)\s+(?:\w+\s+)?)get\s+back\s+to\s+(?:us|me)`,
    example: 'Please get back to me by Friday with your availability.',
  },
  {
    // The writer's own answer is a promise, not the candidate's deadline: "We'll revert by the end of next week"
    // (lead's round 114).
    pattern: String.raw`(?<!\b(?:we|i|they|team|will|typically|usually|normally|generally|shall|to|can|always|aim\s+to|try\s+to)\s+|'ll\s+)(?:respond|reply|revert)\s+(?:to\s+(?:us|me|this)\s+)?(?:by|before|no\s+later|within)`,
    example: 'Please reply by Friday with your availability for a second round.',
  },
  {
    // The reader as the one who answers: "telling every applicant you'll respond within 5 business days" in a
    // newsletter for employers (round 680); "you will reply within two days" is no employer's promise.
    pattern: String.raw`you(?:'ll|\s+will|\s+should|\s+must|\s+need\s+to|\s+have\s+to)\s+(?:always\s+|promptly\s+)?(?:respond|reply|revert|answer|get\s+back)\b(?!\s+(?:from|to\s+you))`,
    example: 'Remember that you will respond within two working days to every message in the queue.',
  },
  {
    // The reader's choice sent back, in any mood: "Revert with your preferred slot by EOD tomorrow" (round 160)
    pattern: String.raw`(?:revert|reply|respond|get\s+back|come\s+back)\s+(?:to\s+(?:us|me)\s+)?with\s+your\s+(?:preferred|preference|choice|chosen|selected|availability)`,
    example: 'Do revert with your preferred time by Thursday.',
  },
  {
    // (and the reader's answer in any register: "Kindly revert by EOD tomorrow", Indian English for "reply";
    // "please get back with your preference", round 120)
    pattern: String.raw`(?:please|kindly)\s+(?:\w+\s+){0,3}?(?:confirm|respond|reply|revert|get\s+back|write\s+back|send|return|submit|complete|sign|accept|book|choose|select|schedule|provide|upload|fill|apply|register|rsvp|answer|resign|share|forward|email\s+(?:us|me))`,
    example: 'Please send your signed contract back by 20 November.',
  },
  {
    // Feedback on request is the candidate's to ask for: "If you would like feedback, please contact me by 20 November".
    pattern: String.raw`(?:please|kindly)\s+(?:\w+\s+){0,2}?(?:contact|call|write\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:us|me)\b`,
    example: 'If you would like feedback, please contact me by 20 November.',
  },
  {
    // A legal footer asks the reader to act: "please notify the sender within 24 hours" (round 28).
    pattern: String.raw`(?:please|kindly)\s+(?:\w+\s+){0,2}?(?:notify|inform|alert|advise)\s+(?:the\s+sender|us|me|the\s+\w+)`,
    example: 'If you have received this email in error, please notify the sender within 24 hours.',
  },
  {
    pattern: String.raw`(?:confirm|rsvp)\s+(?:your\s+\w+\s+)?(?:by|before|no\s+later)`,
    example: 'Please confirm by Friday whether you are available for an interview on 10/14 at 9:00 AM.',
  },
  {
    pattern: String.raw`(?:you\s+(?:need|must|have)\s+to|you'll\s+need\s+to|you\s+will\s+need\s+to|you\s+are\s+required\s+to|you\s+should\s+(?:submit|return|send|complete|sign|confirm|resign|answer|accept))`,
    example: "As a courtesy, please give us 24 hours' notice if you need to reschedule.",
  },
  {
    // (not the thing an answer is about: "you will receive feedback on your assessment no later than the end of next
    // week", round 480; "update you on the outcome of your assessment within 14 working days", round 1060)
    pattern: String.raw`(?<!\b(?:on|about|regarding|concerning)\s|\b(?:outcomes?|results?|feedback)\s+(?:of|on|for|from)\s)your\s+(?:response|reply|acceptance|answer|decision|confirmation|availability|signature|documents|references|assessment)(?:\s+(?:by|before|no\s+later|within|is\s+due)|(?=\s+…))`,
    example: 'Please allow 3-5 business days for us to review your assessment before checking in.',
  },
  {
    pattern: String.raw`(?:offer|invitation|link)\s+(?:is\s+valid|expires|will\s+expire|remains\s+open)`,
    example: 'Please note the offer expires at 5pm on Friday.',
  },
  {
    pattern: String.raw`(?:sign(?:ed)?|return(?:ed)?)\s+(?:and\s+return(?:ed)?\s+)?(?:the\s+|your\s+)?(?:offer|contract|letter|form)`,
    example: 'Please send your signed contract back by 20 November.',
  },
  { pattern: String.raw`answer\s+within`, example: 'Please answer within 24 hours.' },
  {
    // The employer waiting on the candidate.
    pattern: String.raw`(?:hear|hearing|heard)\s+(?:back\s+)?from\s+you\b`,
    example: "If we don't hear back from you by Friday, we'll assume you're no longer interested.",
  },
  {
    pattern: String.raw`accept\s+(?:the|this|our)\s+offer\s+by`,
    example: 'Please accept the offer by Monday, November 16.',
  },
  { pattern: String.raw`resign\s+by`, example: 'Please resign by December 18.' },
  {
    // The writer waiting on the candidate: "If I don't hear back by Friday I'll assume you've moved on" (round 70e)
    pattern: String.raw`(?:i|we)\s+(?:don't|do\s+not|haven't|have\s+not)\s+(?:hear(?:d)?\s+(?:back|from\s+you)|(?:get|got|receive(?:d)?)\s+(?:a\s+(?:reply|response)|an?\s+answer)(?:\s+from\s+you)?)`,
    example: "If I don't hear back by Friday I'll assume you've moved on.",
  },
  {
    // The writer asking for an answer is no promise of one: the candidate's own "I'd be grateful for an update by
    // Friday the 18th" (round 70), "I'd be grateful to hear back on next steps by the end of the month" (round 150).
    pattern: String.raw`(?:grateful|thankful)\s+(?:for|if\s+(?:you|i)\s+(?:could|can|might)|to\s+(?:hear|receive|get|have|know))|(?:would|'d)\s+(?:really\s+)?appreciate\s+(?:an?\s+|your\s+|any\s+|it\s+if\s+|hearing|receiving|getting|knowing)`,
    example: "I'd be grateful for an update by Friday, as I have another offer to answer.",
  },
  {
    // The candidate's own papers, asked for or offered: "I'm happy to provide references by Friday if helpful" (a
    // candidate's sent text, round 120f)
    pattern: String.raw`(?:provide|send|share|submit|forward)\s+(?:you\s+)?(?:my\s+|the\s+|your\s+|two\s+|three\s+)?(?:references|referees|reference\s+details|portfolio|transcripts?|certificates?|work\s+samples?|writing\s+samples?)`,
    example: "I'm happy to provide references by Friday if helpful.",
  },
  {
    pattern: String.raw`(?:deadline|due)\s+(?:for|to)\s+(?:you|respond|accept|reply|submit|complete)`,
    example: 'Reminder: the deadline to submit your references is Wednesday, December 2.',
  },
];
export const CANDIDATE_DEADLINE_CUE = new RegExp(
  String.raw`\b${alternation(CANDIDATE_DEADLINE_ROWS)}\b`,
  'i',
);

/**
 * Dates that are facts, not promises: start dates, closing dates, office hours, benefits, events
 * (TIMELINE-CONVENTIONS.md "Not a response timeline").
 */
export const FACT_ROWS: readonly PhraseRow[] = [
  // A survey's figure about people in general is no promise to the reader: "why 72% of candidates expect to hear
  // back within a week" in a newsletter (round 150).
  {
    pattern: String.raw`\d{1,3}(?:\.\d)?\s?(?:%|per\s?cent)\s+of\s+(?:[\w-]+\s+)?(?:candidates|applicants|job\s?seekers|jobseekers|respondents|employers|recruiters|hiring\s+managers|workers|employees|graduates|people)`,
    example:
      'Our survey found that 64% of job seekers give up on an employer that takes more than two weeks to reply.',
  },
  // An average or a share is a statistic of many, no promise to the reader: an agency's "we place candidates within
  // 2 weeks on average, and 9 out of 10 hear back from employers within 48 hours" (round 230).
  {
    pattern: String.raw`on\s+average|(?:an?\s+|the\s+|our\s+)?average\s+(?:time|turnaround|response\s+time|wait)|(?:\d{1,2}|nine|eight|seven|six|five|four|three|two)\s+(?:out\s+of|in)\s+(?:10|ten)(?!\s*(?:am|pm|a\.m|p\.m|:))`,
    example:
      'We place candidates within 2 weeks on average, and 9 out of 10 hear back within 48 hours of interview.',
  },
  // What employers in general do, told by a job board, is no promise of this employer's: "Employers usually respond
  // within 2 weeks" under SEEK's "your application was viewed" (r48).
  {
    pattern: String.raw`(?:most\s+|many\s+)?(?:employers|companies|recruiters|hiring\s+managers|businesses)\s+(?:usually|typically|generally|normally|often|tend\s+to)\s+(?:respond|reply|answer|get\s+back|hear\s+back|review)`,
    example: 'Good news – your application was viewed. Employers usually respond within 2 weeks.',
  },
  // The day a review starts or resumes is no day of an answer: "our office is closed from December 24 through January
  // 1, and we'll resume reviewing applications on January 4" (r61).
  {
    pattern: String.raw`(?:resume|resumes|resuming|restart|start|starts|begin|begins|commence|commences)\s+(?:reviewing|screening|processing|shortlisting|looking\s+at)`,
    example: "Our office is closed over the holidays, and we'll resume reviewing applications on January 4.",
  },
  // A promise made to someone else is no promise to the reader: a colleague's "We owe the candidate an answer by
  // Friday the 11th" (r59), an agency's "I'll update the client by Friday", "I promised her a decision by Monday".
  {
    pattern: String.raw`(?:owe|owes|promised|give|giving|get\s+back\s+to|come\s+back\s+to|revert\s+to|update|updating)\s+(?:the\s+(?:candidate|applicant|finalist|client|hiring\s+manager|agency|recruiter)s?|him|her|them)(?![\w'’])`,
    example: 'Could you sit on the panel on Wednesday? We owe the candidate an answer by Friday the 11th.',
  },
  // A job board's badge for the employer is no promise of its own: "Responsive employer: typically responds to
  // applications within 3 days" (Indeed, round 230b), "This employer usually responds within 2 days".
  {
    pattern: String.raw`responsive\s+employer|(?:this|the)\s+employer\s+(?:usually|typically|generally|normally|often)\s+respond\w*|(?<![\w'’]\s{1,3})(?:usually|typically|generally|normally|often)\s+responds\s+to\s+(?:\d{1,3}\s?%\s+of\s+)?(?:applications|applicants|messages|candidates)`,
    example: 'Responsive employer: typically responds to applications within 3 days.',
  },
  // A pay period's end is no slot nor promise: "Your pay statement for the period ending June 9 is now available"
  // (round 220).
  {
    pattern: String.raw`(?:pay\s+)?period\s+(?:ending|ended|beginning)|pay\s+(?:week|month|fortnight)\s+(?:ending|ended)`,
    example: 'Your pay statement for the period ending June 9 is now available in the employee portal.',
  },
  // An inbox's service level is no promise about the application: "we aim to answer emails within 2 business days"
  // beside a careers team's office hours (round 200), "we respond to all enquiries within". "I'll answer your email
  // within 2 days" and "We'll respond to messages on Thursday" (the office reopening) are promises.
  {
    // (and an agency's "Our consultants respond to every CV within 24 hours — send yours today!", round 230b)
    pattern: String.raw`(?:(?:aim|try|endeavou?r|strive|seek)\s+to\s+(?:answer|respond\s+to|reply\s+to|return|deal\s+with)\s+(?:all\s+|every\s+|each\s+)?|(?:answer|respond\s+to|reply\s+to|return|deal\s+with)\s+(?:all|every|each)\s+)(?:emails?|e-mails?|enquiry|enquiries|inquiry|inquiries|query|queries|calls?|messages?|voicemails?|cvs?|resumes?|résumés?)`,
    example:
      'Our team is available Monday to Friday, 9am–5pm, and we aim to answer emails within 2 business days.',
  },
  // A thing kept open for the reader until a day is no promise: "Feedback is available on request until 30 April"
  // (round 150), "the recording stays available until Friday" (the day is cut out of the words read).
  {
    pattern: String.raw`(?:available|accessible)\s+(?:on|upon)\s+request|(?:remains?|stays?)\s+(?:available|accessible|open)`,
    example: 'Written feedback is available on request until 31 May 2027.',
  },
  // A deadline's expiry is no slot: "Your screening test … expires on November 14, 2026 at 11:59 PM" (round 38c).
  {
    pattern: String.raw`(?:expires?|expiring|expiry|expiration)`,
    example:
      'Your Indeed Smart Screening test for Warehouse Associate expires on November 14, 2026 at 11:59 PM.',
  },
  {
    // An applicant tracking system's timestamp fields: the day something happened, no promise nor slot. ("Updated:" is
    // classify's isStamp, which knows a day ahead is no record's: Calendly's "Updated: 9:30am - Monday, March 22" in a
    // reschedule, round 1020.)
    pattern: String.raw`(?:submitted|received|applied|created|modified)(?=\s*:)`,
    example: 'Job ID: R-20931 | Status: Application Received | Submitted: 11/10/2026 8:02 AM',
  },
  {
    // Not a calendar field's "Start Date/Time:" (an ATS's interview start, r19).
    pattern: String.raw`(?:set|due|scheduled|ready|cleared)\s+to\s+start|(?:(?<!\bconfirm\s+(?:your|the)\s+)start(?:ing)?\s+date|start(?:ing)?\s+date(?=\s+(?:of|is|will\s+be|on|:)))(?!\s*(?:\/|&|and)\s*time)`,
    example: 'We would need you to relocate within 3 months of your start date.',
  },
  {
    pattern: String.raw`start(?:s|ing)?\s+(?:on|in|from|work)`,
    example: 'The successful candidate will start on 4 January 2027.',
  },
  {
    pattern: String.raw`your\s+first\s+day`,
    example: "I'm happy to confirm that your first day will be Monday, January 4, 2027.",
  },
  {
    pattern: String.raw`first\s+day`,
    example: "I'm happy to confirm that your first day will be Monday, January 4, 2027.",
  },
  {
    // Not an invitation to the candidate's own slot: "Join us for the final round next Wednesday from 1-4pm".
    pattern: String.raw`join(?:ing)?\s+(?:us|the\s+team|date)(?!\s+(?:for|on)\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+)?(?:interview|round|call|chat|conversation|meeting|assessment|panel|screen))`,
    example: 'Thanks, Maria -- Maria Lopez | Talent Partner Join us at our Open House on December 5!',
  },
  { pattern: String.raw`onboarding`, example: 'Your onboarding session is on Monday, January 4.' },
  {
    pattern: String.raw`orientation`,
    example: 'Your start date will be Monday, January 4, and orientation runs through January 8.',
  },
  {
    pattern: String.raw`pay\s*(?:day|roll|date)`,
    example: 'As discussed, the role starts on January 11 and the first pay date is January 29.',
  },
  { pattern: String.raw`paid\s+(?:on|every)`, example: 'Staff are paid on the 25th of each month.' },
  {
    pattern: String.raw`salary`,
    example:
      "Here is the job description again for reference:  Senior Analyst (Ref 1234) Salary: £45,000 Closing date: 20 November 2026 Interviews: w/c 30 November 2026 Start date: January 2027  We'll let you know about the first stage by 13 November.",
  },
  { pattern: String.raw`payslip`, example: 'Your first payslip arrives on the 28th.' },
  {
    pattern: String.raw`applications?\s+(?:(?:for|to)\s+(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?(?:position|role|post|vacancy|job|opening|programme|program)\s+)?(?:close|closes|closing|deadline|due|window|will\s+close|are\s+due|must\s+be)`,
    example:
      'Job description: The successful candidate will start in January 2027. Applications close 15 December. Interviews will be held the week of 4 January.',
    // (and "Applications for this position close on Friday 28 May 2049 at 11:55pm AEST", round 730)
  },
  {
    pattern: String.raw`closing\s+date`,
    example:
      'If you do not hear from us within 14 days of the closing date, please assume your application has been unsuccessful.',
  },
  {
    pattern: String.raw`(?:role|position|vacancy|job|advert|posting|listing)\s+(?:closes|will\s+close|is\s+open\s+until|closing)`,
    example: 'The role closes on 1 December and interviews will be held the following week.',
  },
  {
    pattern: String.raw`posting\s+(?:closes|will\s+close|expires)`,
    example: 'This posting expires on 12/15/2026.',
  },
  { pattern: String.raw`apply\s+(?:by|before)`, example: 'Please apply by 30 November.' },
  {
    // A thing that closes on a day is a deadline, whoever closes it: "the survey takes three minutes and closes on 30
    // November" (round 510; its subject is in the clause before).
    pattern: String.raw`(?:closes|will\s+close|is\s+closing)(?=\s+(?:on|at|…))`,
    example: 'The survey takes three minutes and closes on 30 November.',
  },
  { pattern: String.raw`office\s+hours`, example: 'Our office hours are Monday to Friday, 9am to 5pm.' },
  {
    pattern: String.raw`(?:open|opening)\s+hours`,
    example: 'Our opening hours over the holidays end on December 23.',
  },
  {
    pattern: String.raw`(?:we\s+are|we're|office\s+is|offices\s+are|office\s+will\s+be|offices\s+will\s+be)\s+(?:open|closed)`,
    example: 'Our offices are open Monday through Friday from 8:30 am to 5:00 pm.',
  },
  {
    pattern: String.raw`(?:office|offices)\s+clos(?:ed|ure|ing)`,
    example: 'The office closure runs from December 24 to January 2.',
  },
  {
    pattern: String.raw`closed\s+(?:on|for|from|until)`,
    example: 'Our office is closed on Monday, November 23.',
  },
  {
    // A guest event's recording sent to those registered is no answer on an application: "Can't make it? We'll
    // email you the replay within 2 days" (round 120b)
    pattern: String.raw`(?:the\s+|a\s+)?(?:replay|recordings?|recorded\s+(?:sessions?|panels?|talks?|webinars?|livestream)|slide\s+deck)`,
    example: "Can't make it? We'll email you the replay within 2 days.",
  },
  {
    // A signature's closure written straight before its days: "Available Mon–Fri, 08:00–16:30 (closed 24 Dec – 2
    // Jan)" (round 120; the office hours before it name no day).
    pattern: String.raw`closed(?=\s+(?:…|\d|mon|tue|wed|thu|fri|sat|sun))`,
    example: 'Available Mon–Fri, 08:00–16:30 (closed 24 Dec – 2 Jan)',
  },
  {
    pattern: String.raw`offsite`,
    example:
      'We kindly ask that you refrain from following up until after December 1, as the team will be at an offsite.',
  },
  { pattern: String.raw`off-site`, example: 'The team off-site is on Thursday.' },
  {
    pattern: String.raw`open\s+house`,
    example: 'Thanks, Maria -- Maria Lopez | Talent Partner Join us at our Open House on December 5!',
  },
  { pattern: String.raw`career\s+fair`, example: 'The virtual career fair is on December 2 from 1-4pm.' },
  { pattern: String.raw`job\s+fair`, example: 'Come and see us at the job fair on Saturday.' },
  { pattern: String.raw`webinar`, example: 'Our webinar on December 3 will cover the benefits.' },
  { pattern: String.raw`info(?:rmation)?\s+session`, example: 'RSVP by November 20 for the info session.' },
  { pattern: String.raw`benefits?`, example: 'Heads up: benefits open enrollment ends December 15.' },
  { pattern: String.raw`enrol(?:l)?ment`, example: 'Heads up: benefits open enrollment ends December 15.' },
  { pattern: String.raw`enrol(?:l)?\s`, example: 'You can enroll in benefits after 30 days.' },
  { pattern: String.raw`waiting\s+period`, example: 'Health benefits begin after a 90-day waiting period.' },
  { pattern: String.raw`eligib`, example: 'You become eligible for the pension after three months.' },
  {
    pattern: String.raw`talent\s+(?:pool|community)`,
    example: "Your application has been added to our talent pool, and we'll keep it on file for 12 months.",
  },
  {
    pattern: String.raw`(?:keep|retain|hold)\s+(?:your\s+)?(?:cv|resume|résumé|details|application|information)`,
    example: 'Thank you for your interest. We will keep your resume on file for future openings.',
  },
  {
    pattern: String.raw`on\s+file\s+for`,
    example: "Your application has been added to our talent pool, and we'll keep it on file for 12 months.",
  },
  {
    pattern: String.raw`will\s+(?:last|take)\s+(?:about\s+|approximately\s+|around\s+)?\d`,
    example: 'The assessment will take about 90 minutes on Friday.',
  },
  {
    pattern: String.raw`(?:last|lasts)\s+(?:about\s+|approximately\s+)?(?:\d|an?\s+hour|one\s+hour)`,
    example: 'Interviews will be conducted via Zoom and typically last about an hour.',
  },
  { pattern: String.raw`holiday\s+party`, example: 'The holiday party is on December 18.' },
  { pattern: String.raw`quarterly`, example: 'Our quarterly results will be announced on December 15.' },
  { pattern: String.raw`earnings`, example: 'Earnings are reported on the 15th.' },
  {
    pattern: String.raw`(?:meets|convenes|will\s+meet|is\s+meeting|are\s+meeting)\s+(?:on|next|this|again)\b`,
    example: 'The final decision rests with the board, which meets on December 8.',
  },
  { pattern: String.raw`training\s+(?:starts|begins|week)`, example: 'Training starts on December 1.' },
  { pattern: String.raw`probation`, example: 'The probation period is six months.' },
  { pattern: String.raw`notice\s+period`, example: 'Your notice period ends on December 31.' },
  {
    pattern: String.raw`background\s+check`,
    example: 'Your background check should be complete within 3-5 business days.',
  },
  { pattern: String.raw`drug\s+test`, example: 'Please complete the drug test by Friday.' },
  // (not a place: "at the Conference Hall, Niger Basin Development Authority", round 980)
  {
    pattern: String.raw`conference(?!\s+(?:hall|room|centre|center|suite|call))`,
    example: 'Our team will be at the Grace Hopper conference next week.',
  },
  {
    pattern: String.raw`out\s+of\s+(?:the\s+)?office`,
    example:
      'Our recruiting team is out of office until November 16 and will respond to messages upon return.',
  },
  {
    pattern: String.raw`ooo`,
    example: "FYI, I'll be OOO Thursday and Friday but back Monday; you'll hear from me then.",
  },
  { pattern: String.raw`pto`, example: 'PTO accrues from your first month.' },
  {
    pattern: String.raw`(?:is|am|are|will\s+be|i'm|we're|he's|she's|they're)\s+(?:out|away|off|travell?ing)\b(?!\s+(?:to\s+you|in\s+touch))`,
    example: "I'm travelling until the 19th, so please don't follow up before then.",
  },
  {
    pattern: String.raw`on\s+(?:annual\s+)?leave`,
    example: 'The hiring manager is on leave until November 23, so there may be a delay.',
  },
  {
    pattern: String.raw`on\s+vacation`,
    example: "Heads up: I'm on vacation Nov 23-27, so you'll hear from me by December 1 at the latest.",
  },
  {
    pattern: String.raw`away\s+from\s+(?:the\s+)?office`,
    example: "I'll be away from the office until Monday.",
  },
  {
    pattern: String.raw`return(?:ing)?\s+to\s+the\s+office`,
    example: 'Everyone is returning to the office on January 5.',
  },
  {
    pattern: String.raw`contract\s+(?:ends|runs|expires)`,
    example: 'The contract runs until the end of March.',
  },
  {
    // (a fiscal year's start or end dated by the mail; not one named as a reason beside a promise: "by the end of next
    // week, though the board may need a little longer time because of the fiscal year end", round 740)
    pattern: String.raw`new\s+fiscal\s+(?:year|quarter)|fiscal\s+(?:year|quarter)\s+(?:begins|starts|ends|runs|closes)`,
    example: "We're on a hiring freeze until the new fiscal year begins in April.",
  },
  { pattern: String.raw`invoice`, example: 'The invoice is due within 30 days.' },
  {
    pattern: String.raw`(?:survey|questionnaire|poll)`,
    example: 'Your interview feedback survey closes on 9 December — tell us about your candidate experience!',
  },
  { pattern: String.raw`renewal`, example: 'Your renewal date is December 1.' },
  { pattern: String.raw`subscription`, example: 'Your subscription renews on the 1st.' },
  { pattern: String.raw`timesheet`, example: 'Submit your timesheet by Friday.' },
  {
    // A contract's or an assignment's new end: "Hoogveld Infra has extended your assignment until 30 June"
    // (round 1080).
    pattern: String.raw`(?:extended|extends|extending|renewed|renews)\s+(?:your|the|this|our)\s+(?:[\w-]+\s+)?(?:assignment|contract|placement|booking|engagement|secondment|tenancy|lease|cover)`,
    example: 'Good news: the client has extended your contract until 31 March.',
  },
  {
    // An office closure's end in a signature: "and will reopen at 9am on 4 January" (round 70).
    pattern: String.raw`re-?open(?:s|ing|ed)?`,
    example: 'Our offices close at 4pm on 23 December and will reopen at 9am on 4 January.',
  },
];
export const FACT_CUE = new RegExp(String.raw`\b${alternation(FACT_ROWS)}\b`, 'i');

/** A window counted from an event: "of the closing date", "after your interview", "from the final decision". */
export const ANCHOR_LEAD = /^\s*(?:(?:of|after|from|following|since)\s+|(?:thereafter|afterwards)\b)/i;

/**
 * A process's usual length said of the step named before it ("this usually takes around 10 working days"), and
 * that step: a review of applications is the promise of an answer, an interview process or a reference check is
 * not ("Our interview process … typically takes 4 weeks"; round 38).
 */
export const USUAL_LENGTH =
  /\b(?:this|that|it|which)\s+(?:usually|typically|normally|generally)\s+(?:takes?\s+)?…/i;
export const REVIEW_STEP =
  /\b(?:review|reviews|reviewing|screen|screens|screening|assess|assesses|assessing|read|reads|consider|considers|go\s+through|goes\s+through)\s+(?:every|each|all|your|the|incoming|new)\b/i;

/**
 * The candidate's own meeting a window points back at ("within three business days of your onsite", "two to
 * three working days after the final round"): the day named last before the window is that meeting's.
 */
export const MEETING_EVENT_ROWS: readonly PhraseRow[] = [
  {
    // ("within three working days of their interview": the reader's among all candidates', round 100f)
    pattern: String.raw`(?:the|your|their)\s+(?:final\s+|first\s+|second\s+|last\s+)?(?:interview|assessment\s+(?:centre|center|day)|onsite|on-site|super\s*day)`,
    example: 'We aim to decide within three business days of your onsite.',
  },
  {
    pattern: String.raw`(?:the|your)\s+(?:final|last|second|third)\s+(?:round|stage|discussion|conversation|meeting|panel)`,
    example: 'We generally share the outcome two to three working days after the final round.',
  },
  {
    // "within 14 days from the date of the interview" (round 70d)
    // (and "from the date of interview", round 100f)
    pattern: String.raw`(?:the\s+)?(?:date|day)\s+of\s+(?:(?:the|your)\s+)?(?:final\s+|second\s+)?(?:interview|assessment)`,
    example: 'Successful candidates will be contacted within 14 days from the date of the interview.',
  },
  {
    pattern: String.raw`your\s+(?:visit|panel|presentation|session)`,
    example: 'You should hear back from us within two business days of your visit.',
  },
  {
    // The bare noun of letter templates, ending its clause: "informed of the outcome within one week of interview."
    // (round 160)
    pattern: String.raw`interview(?=\s*[,.;!]|\s+(?:and|but)\b|\s*$)`,
    example: 'All candidates will hear from us within five working days of interview.',
  },
];

/**
 * What a window points back at for its first day, besides the meetings above: the day named last before it
 * ("The advert closes on Friday 18 December. We aim to reply within ten working days of that date").
 */
export const EVENT_BACK_ROWS: readonly PhraseRow[] = [
  ...MEETING_EVENT_ROWS,
  {
    pattern: String.raw`(?:that|then|it|this)`,
    example: 'Applications close on 9 May; we reply within two weeks of that.',
  },
  {
    // A step's own date named before: "Your application was referred on October 29, 2035. The hiring manager is
    // expected to make a selection within 30 days of the referral date" (USAJOBS, round 540)
    // (and "The recruiting manager will complete shortlisting by Wednesday 9 November 2078. All applicants will be
    // contacted within 5 working days of the shortlisting date", NHS Jobs, round 1030)
    // (and with its thing named: "The certificate of eligible candidates was issued on March 20, 2082. … within 30 days
    // of the certificate issue date", round 1090)
    pattern: String.raw`the\s+(?:(?:certificate|list|referral|offer|letter)\s+)?(?:referral|submission|application|assessment|test|interview|screening|review|shortlisting|selection|decision|issue|issuance)\s+date`,
    example: 'Your application was referred on 3 May. Expect a decision within 30 days of the referral date.',
  },
  {
    // A selection test dated before: "Your test is on Thursday 13 January. Results are then emailed within a week of
    // the test" (round 570's rule rows)
    pattern: String.raw`the\s+(?:(?:written|online|aptitude|skills?|technical|psychometric)\s+)?(?:tests?|exams?|examination)`,
    example: 'The written test is on 4 May, and results follow within a week of the test.',
  },
  {
    // Someone else's visit or return dated before: "our Regional Director, who will be in Hong Kong on 14 January …
    // within one week after her visit" (round 70c)
    pattern: String.raw`(?:his|her|their|my|our)\s+(?:visit|return|trip|meeting)`,
    example: 'Our director visits on 14 January and we will reply within a week after her visit.',
  },
  {
    // (and the deciders' sitting named before: "Our hiring committee sits on Thursday 12 August; we normally write to
    // candidates within three working days of the committee", round 120f)
    pattern: String.raw`(?:the|your)\s+(?:assessment|panel|visit|committee|board)(?:\s+(?:meeting|sitting))?`,
    example: 'The assessment is on Monday and we will reply within a week of the assessment.',
  },
  {
    // The interviews' end dated in the window's own words: "within 10 days after the interviews conclude on 6th
    // August" (round 120f)
    pattern: String.raw`(?:the\s+)?(?:interviews|interview\s+process|assessments)\s+(?:conclude|end|finish|close|are\s+(?:complete|completed|over|done))`,
    example: 'We will announce the final result within 10 days after the interviews conclude on 6th August.',
  },
  {
    pattern: String.raw`(?:the\s+)?(?:closing(?:\s+date)?|close\s+date)`,
    example: 'The role closes on 4 May and we will reply within two weeks of the closing date.',
  },
  {
    pattern: String.raw`the\s+(?:last|closing|final)\s+(?:date|day)(?:\s+(?:to|for)\s+(?:apply|applications|applying))?`,
    example: 'Shortlisted candidates will be informed within 10 days from the last date to apply.',
  },
  {
    pattern: String.raw`the\s+(?:close|deadline|application\s+deadline)`,
    example: "We'll let every applicant know within ten working days of the close.",
  },
  {
    // The posting named as closing: "within 15 business days after the announcement closes" (USAJOBS, round 480).
    pattern: String.raw`the\s+(?:announcement|posting|vacancy|advert(?:isement)?|job\s+(?:posting|advert)|role|position|application\s+(?:window|period))\s+(?:closes|has\s+closed|is\s+closed|close[sd]?)`,
    example: 'The posting closes on 3 March. We will reply within 10 working days after the posting closes.',
  },
  {
    // The reader's own deadline dated before, under its step's name: "Please complete your interview by Friday,
    // January 12, 2029 at 11:59 PM PT. … will contact you within 5 business days of the completion deadline"
    // (HireVue, round 240); "the submission deadline".
    pattern: String.raw`the\s+(?:completion|submission|response|assessment|test|interview)\s+deadline`,
    example:
      'Please complete your interview by Friday, January 12. We will contact you within 5 business days of the completion deadline.',
  },
  // A bare noun on ATS and government templates: "Shortlisting will be completed within a week of close".
  {
    pattern: String.raw`(?:close|closing)(?=\s*[,.;]|\s+(?:and|but)\b)`,
    example: 'Shortlisting will be completed within a week of close, and we will phone you.',
  },
  {
    // A step named bare, dated in the sentence before: "shortlisting for this role takes place on Thursday 2 April. All
    // applicants will be notified of the outcome within three working days of shortlisting" (round 1090).
    pattern: String.raw`(?:shortlisting|short-listing|selection|screening)(?=\s*[,.;!]|\s+(?:and|but)\b|\s*$)`,
    example: 'Shortlisting is on Monday 3 May; we will write to everyone within two days of shortlisting.',
  },
  {
    pattern: String.raw`(?:the\s+)?(?:posting|advert|advertisement|vacancy|role|job\s+ad)\s+(?:closing|closes|closed)`,
    example: 'We will reply within two weeks of the advert closing.',
  },
  {
    pattern: String.raw`(?:the\s+)?(?:competition|position|application\s+window|applications|job\s+posting|recruitment\s+campaign)\s+(?:closing|closes|closed|close|ends)`,
    example: 'Applicants can expect a response no more than 10 business days after the competition closes.',
  },
  {
    // A test's or a video interview's window named as closing: "The link below will remain active until 23:59 SGT on
    // Friday 31 October … within 10 working days of the window closing" (HireVue, round 1070), "within 7 working days
    // after the assessment window closes" (SHL, round 1080).
    pattern: String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:window|period)\s+(?:closing|closes|has\s+closed|closed|close|ends|ending)`,
    example: 'The test link works until Sunday 9 May. We reply within a week of the window closing.',
  },
];

/** A window whose event has no date here: "once you submit", "when we receive", "of the final decision". */
// (not the deciders' own talk, which the window already spans: "We'll be back in touch in about a week once the panel
// has met and talked it through", round 500)
export const UNDATED_EVENT_LEAD =
  /^\s*(?:(?:once|when)(?!\s+(?:the\s+(?:[\w-]+\s+)?(?:panel|committee|team|interviewers|board|partners)|we|everyone)\s*(?:has|have|'ve)\s+(?:met|talked|discussed|deliberated|debriefed|compared\s+notes|had\s+a\s+chance))|after\s+(?:you|we|they|the\s+\w+\s+(?:is|are|has|have))|upon|from\s+(?:the\s+)?(?:receipt|when)|of\s+(?:receiving|receipt|the\s+final(?!\s+(?:interview|round|panel|onsite|stage)s?\b)|the\s+decision|your\s+(?:acceptance|submission|completing|completion)|submission|completion))\b/i;

/**
 * The words right before a day that name a conversation already had on it: "As discussed on Friday, confirming your
 * panel interview on 5/17" written on a Monday (round 670). The day is the talk's, not a slot's.
 */
// (and "Further to your interview on Tuesday, I am pleased to inform you …", written on a Saturday, round 750; "Thank
// you for Thursday's interview", round 780)
export const AS_DISCUSSED_BEFORE =
  /(?:\bas\s+(?:discussed|agreed|mentioned|promised|we\s+(?:discussed|agreed|spoke|talked))(?:\s+(?:with\s+(?:you|me)|by\s+phone|on\s+the\s+phone|over\s+the\s+phone))?|\bfurther\s+to\s+(?:your|our|the)\s+(?:[\w-]+\s+){0,2}?(?:interview|meeting|call|conversation|discussion|visit|chat)|\b(?:thank\s+you|thanks)(?:\s+(?:so\s+much|again|very\s+much))?\s+for(?:\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:chat|call|interview|shift|visit|session|meeting|time|trial|tour|conversation))?|\b(?:loved|enjoyed|great|good|nice|lovely)\s+(?:the|our|your)\s+(?:chat|call|conversation|talk|meeting|interview)|\bthe\s+(?:chat|call|conversation|talk)\s+we\s+had)\s+(?:on\s+|last\s+)?$/i;

/** Past promises and past meetings: "we had hoped to decide by last Friday", "thank you for interviewing on March 18". */
export const PAST_ROWS: readonly PhraseRow[] = [
  {
    // A day said to have been, the copula right before it: "Your last visit was 12 April" (round 300), not "was moved
    // to" nor "was booked for".
    pattern: String.raw`(?:was|were)(?=\s+(?:on\s+|back\s+on\s+)?(?:…|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))`,
    example: "It's time for your 6-month check-up! Your last visit was 12 April.",
  },
  {
    // A thanks for time given to a meeting already held: "Thanks so much for making time for the onsite on Monday"
    // written on Wednesday (round 610).
    pattern: String.raw`(?:thanks|thank\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+)?for\s+(?:making|taking|finding|carving\s+out)\s+(?:the\s+|some\s+)?time\s+(?:for|to)`,
    example: 'Thanks so much for making time for the onsite on Monday.',
  },
  {
    // The slot a reschedule replaces: "We had you booked in for Friday 28 December at 10am, but … we've moved your
    // interview to Tuesday 8 January" (round 690).
    pattern: String.raw`(?:had|originally\s+had)\s+(?:you|your\s+(?:[\w-]+\s+){0,2}?(?:interview|call|slot|meeting))\s+(?:booked|scheduled|pencill?ed|down|set)(?:\s+in)?\s+for`,
    example:
      'We had you pencilled in for Monday at 2pm, but the manager is away, so can we do Wednesday at 2pm?',
  },
  {
    pattern: String.raw`had\s+(?:hoped|planned|expected|intended|aimed)`,
    example: "We had hoped to get back to you last week, sorry for the delay - we'll be in touch shortly.",
  },
  {
    pattern: String.raw`(?:we|i)\s+(?:had\s+|did\s+)?(?:said|say|promised|promise|told\s+you|tell\s+you|mentioned|indicated|estimated)\s+(?:that\s+)?(?:we|i)(?:'d|\s+would)`,
    example:
      "Thanks for your patience - I know we said we'd have news by November 6, and I'm sorry we missed that.",
  },
  // A promise already made: "we promised you news by the 1st and we missed it" (lead's round 114); never "as promised".
  {
    pattern: String.raw`(?:we|i)\s+(?:had\s+)?promised\s+(?:you|to|that|news|an?\s+)`,
    example: 'Apologies, we promised you news by the 1st and we missed it.',
  },
  {
    pattern: String.raw`missed\s+(?:that|the|our|it)`,
    example:
      "Thanks for your patience - I know we said we'd have news by November 6, and I'm sorry we missed that.",
  },
  {
    pattern: String.raw`last\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month)`,
    example:
      'Dear Priya,  Thank you for taking the time to interview for the Marketing Coordinator position last Thursday. We are still meeting with a few candidates this week and anticipate reaching a decision by Wednesday, November 18.  Best regards, Tom',
  },
  {
    pattern: String.raw`yesterday`,
    example:
      "Hi Chris,  Thank you so much for coming in to meet the team yesterday - everyone really enjoyed speaking with you.  We have a couple more candidates to see this week, and we hope to make a decision by early next week. I'll be in touch either way.  Best, Amanda Li Senior Recruiter | Northwind (555) 010-2234",
  },
  { pattern: String.raw`earlier\s+(?:today|this\s+week)`, example: 'Thanks for the call earlier today.' },
  // The employer's own interviews done: "We interviewed the last of the shortlisted candidates on Monday" (round 50b).
  {
    pattern: String.raw`(?:we|i|they|the\s+panel|the\s+team)\s+(?:interviewed|met\s+with|spoke\s+(?:with|to)|saw)\s+(?:the\s+)?(?:last|remaining|other|final|rest)`,
    example: 'We met with the remaining applicants on Tuesday and will be in touch shortly.',
  },
  // The candidate's silence, not the employer's promise: "hear back" here looks back (round 50).
  {
    pattern: String.raw`(?:we|i)\s+(?:didn't|did\s+not|hadn't|had\s+not|haven't|have\s+not)\s+(?:yet\s+)?(?:hear(?:d)?\s+back|heard\s+from\s+you|had\s+a\s+(?:reply|response))`,
    example: "As we hadn't heard back from you by Monday, we've released the Thursday slot.",
  },
  {
    // (not thanks for an act about a meeting still ahead: "Thanks for confirming your interview on Tuesday 16 March
    // at 9:30", round 148)
    pattern: String.raw`(?:thank(?:s|\s+you)|grateful|appreciated?)\s+(?!(?:\w+\s+){0,2}?(?:confirming|accepting|booking|scheduling|rescheduling|arranging|organi[sz]ing|setting\s+up|your\s+(?:interest|availability|application|patience|reply|response|flexibility|confirmation))\b)(?:\w+\s+){0,4}?(?:for\s+)?(?:interview(?:ing|s)?|meeting|speaking|talking|chatting|coming\s+in|taking\s+the\s+time|your\s+time|visiting|joining|attending|appearing|sitting|conversation|chat|call|discussion|visit|session)`,
    example:
      'Many thanks for attending the interview this morning. We will be making our decision by the end of the week and will let you know.',
  },
  {
    // (and "Loved chatting with you Friday", round 280b)
    pattern: String.raw`(?:loved|liked|appreciated)\s+(?:speaking|talking|chatting|meeting|catching\s+up|our\s+(?:chat|call|conversation|talk|meeting))`,
    example:
      'Loved chatting with you Friday! The team is meeting this week and I will update you by Wednesday.',
  },
  {
    pattern: String.raw`enjoyed`,
    example:
      "Hi Chris,  Thank you so much for coming in to meet the team yesterday - everyone really enjoyed speaking with you.  We have a couple more candidates to see this week, and we hope to make a decision by early next week. I'll be in touch either way.  Best, Amanda Li Senior Recruiter | Northwind (555) 010-2234",
  },
  {
    pattern: String.raw`(?:great|nice|good|lovely|a\s+pleasure)\s+(?:speaking|talking|chatting|meeting|to\s+(?:speak|meet|talk|chat))`,
    example:
      "Great speaking with you today! As mentioned, we'll be making a decision by the end of the month and I'll reach out either way. In the meantime, please don't hesitate to call me with any questions.",
  },
  { pattern: String.raw`was\s+(?:great|lovely|a\s+pleasure|nice)`, example: 'Monday was great, thank you.' },
  { pattern: String.raw`it\s+was`, example: 'It was good to meet you on Tuesday.' },
  {
    pattern: String.raw`we\s+(?:met|spoke|talked|sent)`,
    example:
      "We sent you an interview invitation on November 3; please let us know if you didn't receive it.",
  },
  {
    // Not a meeting still ahead in a clause of time: "once the panel has met on the 26th" (lead's round 110).
    pattern: String.raw`(?<!\b(?:once|when|after|until|till|before|as\s+soon\s+as)\s+(?:[\w'-]+\s+){0,3}?(?:has|have)\s+)(?:met|spoke|talked|interviewed|convened)(?=\s+(?:with\s+\w+\s+)?(?:on\b|last\b|yesterday\b|earlier\b|…))`,
    example:
      'Hi Chris,  Thank you for interviewing with us last Thursday. The panel met on Monday to compare notes, and we have one more candidate to see on November 17. We expect to make a final decision by November 20 and will call you either way.  Best, Anne  Anne Smith | People Team Acme Corp, 10 Main St, New York Office hours: 9-5 ET',
  },
  { pattern: String.raw`you\s+(?:met|spoke|interviewed)`, example: 'You met the team on Monday.' },
  // Those who met the reader, and a meeting that went well, are past: "Everyone who met you at your interview on
  // Wednesday", "Your interview on Tuesday went well" (lead's probes after r42).
  {
    pattern: String.raw`met\s+you`,
    example: 'Everyone who met you at your interview on Wednesday was impressed.',
  },
  {
    pattern: String.raw`went\s+(?:really\s+|very\s+|so\s+)?(?:well|great|smoothly|fine|brilliantly)`,
    example: 'Your interview on Tuesday went really well and the panel would like to meet you again.',
  },
  { pattern: String.raw`interviewed\s+(?:on|last)`, example: 'You interviewed on Monday with Dana.' },
  {
    pattern: String.raw`'s\s+interviews?`,
    example: "Unfortunately, I have to cancel tomorrow's interview. I'll follow up with new times.",
  },
  { pattern: String.raw`had\s+(?:our|your|the)`, example: 'We had our call on Tuesday.' },
  { pattern: String.raw`was\s+held`, example: 'The panel was held on November 3.' },
  {
    // (not with a clause that looks ahead after it: "following the interview, the committee will make its decision
    // within 10 working days", round 450)
    // (not a wait "until after the meeting on 20 February", round 630: that meeting is ahead)
    pattern: String.raw`(?<!\b(?:until|till)\s)(?:following|after|since)\s+(?:your|our|the|my)\s+(?:\w+\s+)?(?:interview|call|conversation|meeting|chat)\b(?!\s+(?:on|next|this|later|tomorrow)\b)(?![^.;!?\n]{0,80}?(?:\b(?:will|shall|going\s+to)\b|'ll\b))`,
    example: "The team lunch is on Friday at noon - you're welcome to join after your interview!",
  },
  { pattern: String.raw`took\s+place`, example: 'The interview took place on Monday.' },
  // A delivery already made: "The letter was sent to you on Monday" (lead's round 110).
  {
    pattern: String.raw`(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:sent|emailed|e-mailed|posted|mailed|couriered|dispatched|delivered|forwarded|issued)`,
    example: 'The letter was sent to you on Monday, so it should arrive soon.',
  },
  { pattern: String.raw`ago`, example: 'We spoke two weeks ago.' },
];
export const PAST_CUE = new RegExp(String.raw`\b${alternation(PAST_ROWS)}\b`, 'i');

/** Interview scheduling words: an invitation, confirmation or reschedule names the slot. */
export const INTERVIEW_ROWS: readonly PhraseRow[] = [
  {
    // A reply that settles the day the reader offered, with its clock (round 740): "Thursday 31st it is - 2.30pm at our
    // Shoreditch studio. Ask for me at reception." ("Friday it is! Drinks at 7" names no clock of its own.)
    pattern: String.raw`(?<=(?:…|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?)\s{1,3})it\s+is(?=\s*[-–—,:]?\s*(?:at\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h\b)|\s*[-–—,:]?\s*(?:at\s+)?\d{1,2}[:.][0-5]\d)`,
    example: 'Thursday it is - 2pm at our office, ask for Sam at reception.',
  },
  {
    // A tech company's round of interviews in a day, and the candidate brought in for it (round 740): "We'd like to bring
    // her in for the final loop on Tuesday, March 29 at 10:00 AM ET".
    pattern: String.raw`(?:final|onsite|on-site|interview|virtual|full)\s+loop|bring\s+(?:you|him|her|them)\s+in\s+(?:for|to)\b`,
    example: "We'd like to bring you in for the onsite loop on Thursday at 9:30.",
  },
  {
    // A trial of the work itself, the interview of cafés, kitchens, shops and trades (round 320).
    pattern: String.raw`(?:trial\s+(?:shift|day|session)|work(?:ing)?\s+trial|working\s+interview|paid\s+trial|try-?out|skills\s+test\s+day)`,
    example: "Thanks for coming in! We'd like you to do a trial shift this Saturday from 10am to 2pm.",
  },
  {
    // A session of the work with the team, the candidate asked back for it (round 370): "The team would love to have
    // you back for a working session with the designers on Thursday at 1pm."
    pattern: String.raw`(?:working|work|pairing|pair-programming|collaboration|whiteboard(?:ing)?|design)\s+session|(?:have|bring|invite|get)\s+you\s+back\s+(?:in\s+)?(?:for|to)`,
    example: "We'd like to invite you back for a pairing session with two engineers on Friday at 10am.",
  },
  {
    // Text-speak from an agency's phone (round 380): "client wants to see u tmrw at 11 for the forklift role, can u make
    // it?"; the words that ask "you" to a meeting, with "u".
    pattern: String.raw`(?:see|meet|interview|call|ring|chat\s+(?:with|to)|speak\s+(?:with|to)|talk\s+(?:with|to))\s+u\b|(?:can|could|would|will|are|r)\s+u\s+(?:make|do|come|be|join|free|available|swing)\b`,
    example: 'hi! the manager wants to meet u thurs at 2, r u free?',
  },
  {
    // South Asia's word for a job interview (round 450): "appear for a written test followed by a viva on 20/01/2031 at
    // 9:30 AM"; a thesis's viva is academic mail (ACADEMIC_MAIL).
    pattern: String.raw`viva(?:[\s-]+voce)?(?!\s+(?:for|of|on)\s+(?:your|the)\s+(?:thesis|dissertation|phd|doctora\w*|research|project))`,
    example: 'You are called for a viva voce on 12 March at 10:00 AM at our head office.',
  },
  {
    // A selection process's written step, as a public service names it: "you are invited to a written examination.
    // The exam will be held on February 8 at 9:00 a.m." (round 520); a course's exam is academic mail (ACADEMIC_MAIL).
    // (the reader's own invitation: "Written test for the shortlisted candidates will be held on Sunday" is a
    // schedule for all, round 70f)
    pattern: String.raw`(?:invited|called|asked|shortlisted|selected)\s+(?:to\s+(?:sit|take|attend|write|appear\s+(?:for|in))\s+|to\s+|for\s+)(?:an?\s+|the\s+|our\s+)?(?:online\s+)?(?:written|aptitude|entrance|qualifying|selection|competency|knowledge)\s+(?:exam(?:ination)?|test)s?`,
    example: 'You have been shortlisted for the written examination on 3 May at 9:00 at our head office.',
  },
  {
    pattern: String.raw`interview(?:s|ing|ed)?`,
    example:
      'Many thanks for attending the interview this morning. We will be making our decision by the end of the week and will let you know.',
  },
  {
    pattern: String.raw`phone\s+screen`,
    example: 'Would Tuesday at 2pm Eastern work for a 30-minute phone screen?',
  },
  {
    pattern: String.raw`screen(?:ing)?`,
    example: 'Would Tuesday at 2pm Eastern work for a 30-minute phone screen?',
  },
  {
    pattern: String.raw`(?:can|could)\s+(?:you\s+|we\s+)?do`,
    example: 'Apologies, something came up. Could we do Thursday at 3pm instead of Wednesday?',
  },
  {
    pattern: String.raw`call`,
    example: 'Hope you had a great weekend. Can you jump on a quick call tomorrow at 4:00 PM CST?',
  },
  {
    pattern: String.raw`chat(?:ting)?`,
    example:
      "Hey! Thanks for the chat earlier. I'll talk to the hiring manager and get back to you in a few days.",
  },
  {
    pattern: String.raw`conversation`,
    example: 'Thank you for your time last Friday; the team enjoyed our conversation.',
  },
  {
    pattern: String.raw`meet(?:ing)?`,
    example:
      "Thank you for meeting with the team on Monday. We'll have feedback for you in 3-5 business days.",
  },
  {
    pattern: String.raw`speak(?:ing)?`,
    example:
      "Hi Chris,  Thank you so much for coming in to meet the team yesterday - everyone really enjoyed speaking with you.  We have a couple more candidates to see this week, and we hope to make a decision by early next week. I'll be in touch either way.  Best, Amanda Li Senior Recruiter | Northwind (555) 010-2234",
  },
  {
    pattern: String.raw`talk(?:ing)?`,
    example:
      "Hey! Thanks for the chat earlier. I'll talk to the hiring manager and get back to you in a few days.",
  },
  { pattern: String.raw`catch(?:ing)?\s+up`, example: 'Are you free for catching up on Friday at 3pm?' },
  {
    pattern: String.raw`zoom`,
    example:
      "Hi Chris,  I'm pleased to invite you to a video interview with our Engineering Manager, Raj Patel.  Date: Thursday, November 19 Time: 11:00 AM - 12:00 PM EST Location: Zoom (link to follow)  Please reply to confirm.  Thanks, Amanda",
  },
  {
    pattern: String.raw`teams`,
    example: "Hi! Just checking you're still good for Thursday at 11:30? We'll send a Teams link.",
  },
  { pattern: String.raw`webex`, example: 'Join the Webex on Tuesday at 10am.' },
  { pattern: String.raw`google\s+meet`, example: 'The Google Meet link for Thursday at 2pm is below.' },
  {
    pattern: String.raw`video`,
    example:
      "Hi Chris,  I'm pleased to invite you to a video interview with our Engineering Manager, Raj Patel.  Date: Thursday, November 19 Time: 11:00 AM - 12:00 PM EST Location: Zoom (link to follow)  Please reply to confirm.  Thanks, Amanda",
  },
  {
    pattern: String.raw`on-?site`,
    example:
      "I'm writing to confirm your onsite interview at our Seattle office on Wednesday, 12/2 from 9:00am to 1:00pm PT.",
  },
  {
    pattern: String.raw`in\s+person`,
    example: 'Just a heads up that your interview tomorrow will now be on Teams rather than in person.',
  },
  {
    pattern: String.raw`visit`,
    example:
      "We're excited to invite you to our campus visit on October 1–2; the schedule for both days is attached.",
  },
  { pattern: String.raw`see(?:ing)?\s+you`, example: 'Thanks for confirming. See you Monday at 10!' },
  {
    pattern: String.raw`available`,
    example: 'Please be available for a 60-minute technical interview on Nov 19 at 1 p.m.',
  },
  {
    pattern: String.raw`availability`,
    example: 'Please submit your availability for next week by tomorrow noon.',
  },
  { pattern: String.raw`work\s+for\s+you(?:r)?`, example: 'Does 4:30 tomorrow still work for you?' },
  // A lookahead: a word edge after "?" would need a letter next, so "…at the same time work?" never matched.
  { pattern: String.raw`work(?=\s*\?)`, example: 'Does Thursday at 10am work?' },
  { pattern: String.raw`works\s+for\s+you`, example: 'Let me know if Friday at 11 works for you.' },
  {
    pattern: String.raw`works\s+(?:great|well|fine|perfectly|best)`,
    example:
      "I'd like to propose the following times for a call: Tuesday 10am, Wednesday 2pm, or Thursday 4pm. Let me know which works best.",
  },
  { pattern: String.raw`that\s+works`, example: 'Tuesday at 2pm, if that works.' },
  {
    pattern: String.raw`works?(?=\s*(?:[.!]\s*)?$)`,
    example: 'Could you come in on the 18th? Any time after 1 works.',
  },
  { pattern: String.raw`works\s+for\s+(?:me|us)`, example: 'Tuesday at 2pm works for me, see you then!' },
  { pattern: String.raw`suit\s+you`, example: 'Would 15:00 CET on Thursday suit you for the video call?' },
  {
    pattern: String.raw`suits\s+you`,
    example: 'We can meet at 2:30 on Monday or Tuesday, whichever suits you.',
  },
  {
    pattern: String.raw`can\s+you\s+do`,
    example: 'The Friday interview slot is no longer available; can you do Monday at 9:30 instead?',
  },
  { pattern: String.raw`how\s+about`, example: 'How about Tues 11/17 @ 3?' },
  {
    pattern: String.raw`how\s+does`,
    example: "We'd love to have you in for a final interview. How does next Tuesday at 9am sound?",
  },
  {
    pattern: String.raw`pencil(?:led|ed)?\s+(?:you\s+)?in`,
    example: "I've pencilled you in for Monday at 10.",
  },
  {
    pattern: String.raw`lock(?:ed)?\s+in`,
    example:
      "Hi Lee, thanks for your flexibility! Let's lock in Wednesday the 18th at 11:15am for your technical interview.",
  },
  { pattern: String.raw`all\s+set`, example: "Just confirming we're all set for 3:30 this afternoon." },
  { pattern: String.raw`slot(?:ted)?\s+you\s+in`, example: "I've slotted you in for Wednesday at 9am." },
  {
    pattern: String.raw`(?:put|have)\s+you\s+down`,
    example:
      'Just confirming I have you down for Tuesday 11/17 at 1pm with Priya, followed by lunch with the team at 2.',
  },
  {
    pattern: String.raw`how's`,
    example: "The hiring manager wants to speak with you again. How's Tuesday, 11/17 around 3?",
  },
  { pattern: String.raw`how\s+is`, example: 'How is Monday at 4pm?' },
  { pattern: String.raw`sound\s+good`, example: 'Does Friday at noon sound good?' },
  {
    pattern: String.raw`are\s+you\s+(?:free|around|about)`,
    example:
      'Unfortunately Dana is out sick on Monday, so we need to reschedule your interview. Are you free Wednesday at 11:00 instead?',
  },
  {
    pattern: String.raw`(?:i'm|i\s+am|we're|we\s+are)\s+(?:free|available)`,
    example: "I'm available any time on Thursday or Friday afternoon.",
  },
  { pattern: String.raw`that\s+suits`, example: "I'm free Wednesday at 2 if that suits." },
  {
    pattern: String.raw`let's\s+(?:do|say|go\s+with|plan\s+(?:on|for)|meet|talk|chat|speak)`,
    example: "Let's plan on a quick phone screen Thursday at 8:30 AM Pacific.",
  },
  {
    pattern: String.raw`free\s+(?:for|on|at)`,
    example: "We'd like to invite you back for a final round. Are you free on Monday the 16th at 10:00am?",
  },
  {
    // (not one's own agenda: "Your schedule for Tuesday, May 11 … 8:30 AM – School drop-off", round 120c)
    pattern: String.raw`(?<!\b(?:your|my|daily|weekly)\s+)scheduled?`,
    example:
      "We'll be conducting second-round interviews the week of November 30 and will reach out to schedule if you're selected.",
  },
  { pattern: String.raw`booked`, example: "I've booked a meeting room for your interview at 11am on 19/11." },
  {
    pattern: String.raw`confirm(?:ed|ing)?`,
    example:
      "I'm writing to confirm your onsite interview at our Seattle office on Wednesday, 12/2 from 9:00am to 1:00pm PT.",
  },
  {
    pattern: String.raw`calendar\s+(?:invite|hold)`,
    example: 'Our recruiting coordinator, Lisa, will send you a calendar invite for next Wednesday at 10:30.',
  },
  {
    pattern: String.raw`(?:hold|block)\s+on\s+your\s+calendar`,
    example: "We've put a hold on your calendar for Monday 10-11am.",
  },
  {
    pattern: String.raw`invite`,
    example: 'Our recruiting coordinator, Lisa, will send you a calendar invite for next Wednesday at 10:30.',
  },
  {
    pattern: String.raw`resched\w*`,
    example:
      'Hi Jamie,  Sorry, something came up on our end. Would it be possible to reschedule our call to Monday, November 23rd at 10:30am PT instead?  Thanks, Priya',
  },
  {
    pattern: String.raw`move\s+(?:it|our|the|your)`,
    example: "Let's move our call from Thursday the 12th to Monday the 16th at 10am.",
  },
  {
    // A day's clock said as the meeting itself: "we'll need to push tomorrow's 10am to Monday, same time", "move
    // today's 4:30pm to Wednesday" (round 230b). Not a deadline's hour ("today's 5pm deadline").
    pattern: String.raw`(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+\d{1,2}(?:[:.][0-5]\d)?\s?(?:[ap]\.?m\b\.?)?(?!\s*(?:[ap]\.?m\b\.?\s*)?(?:deadline|cut-?off|close|closing|submission))`,
    example: "Kate's flight has been delayed, so we'll need to push tomorrow's 10am to Monday, same time.",
  },
  {
    pattern: String.raw`push`,
    example: 'We need to push your interview from Thursday to next Monday, same time (2pm).',
  },
  {
    // A move proposed to the reader: "Could we move you to Friday 22 January?" (round 100d)
    pattern: String.raw`(?:move|shift|push|bump|switch|reschedule)\s+(?:you|your\s+[\w-]+|it|us)\s+(?:back\s+|forward\s+|over\s+)?(?:to|until|till)`,
    example: 'The panel can no longer do Thursday. Could we move you to Monday 8 March?',
  },
  {
    pattern: String.raw`instead`,
    example: 'Apologies, something came up. Could we do Thursday at 3pm instead of Wednesday?',
  },
  {
    // (not the panel's own things: "Our panel's recommendations go to the Director on Sunday", round 510)
    pattern: String.raw`panel(?!['’]s\b)`,
    example:
      'Thanks for your application. Our panel will shortlist at the end of the month, and we will let you know either way by 4 December.',
  },
  {
    pattern: String.raw`assessment\s+(?:day|centre|center)`,
    example: 'The assessment centre will be on Friday 27 November from 9:30 to 16:00.',
  },
  {
    pattern: String.raw`(?:final|next|second|third|last|later)\s+stages?`,
    example:
      "Following your interview, we'd like to progress you to the final stage, which will be held on 26 November.",
  },
  { pattern: String.raw`super\s*day`, example: 'Your superday is on Thursday, December 3.' },
  {
    pattern: String.raw`round`,
    example:
      "We'll be conducting second-round interviews the week of November 30 and will reach out to schedule if you're selected.",
  },
  {
    pattern: String.raw`(?:pop|drop|stop|swing|come)\s+(?:in|by|over)\s+(?:to\s+see|for)`,
    example: 'Could you pop in to see us on Monday at 2?',
  },
  {
    pattern: String.raw`come\s+in`,
    example: 'Could you come in for a second interview on Tuesday 17th November at 2.30pm?',
  },
];
export const INTERVIEW_CUE = new RegExp(String.raw`\b${alternation(INTERVIEW_ROWS)}\b`, 'i');

/**
 * The writer's own interview, told to a friend or a colleague: "I have a job interview at 2pm lol" (round 340). Its
 * day and time are the writer's; "I have an interview slot at 2pm" offers one to the reader.
 */
// (and "I'm interviewing for a new role next Tuesday at 10", an employee's to their manager, round 360; "I'm doing the
// interview for the Irish Times piece … on Thursday at 11", round 460; a recruiter's
// "I'm interviewing for the Analyst role on Tuesday" names the role they fill)
/** The words before the day an invitation is sent, which is no slot: "Ill send a calendar invite tmrw" (round 930). */
export const INVITE_SENT_ON =
  /\b(?:send|share|forward|e-?mail)\s+(?:you\s+)?(?:over\s+)?(?:an?|the)\s+(?:calendar\s+|meeting\s+|teams\s+|zoom\s+)?(?:invite|invitation|link)\s+(?:on\s+)?$/i;

export const WRITER_HAS_INTERVIEW =
  /\bi(?:\s+have|'ve\s+got|\s+have\s+got|\s+got|'ve)\s+(?:an?|another|my)\s+(?:[\w-]+\s+){0,2}?interview\b(?!\s+(?:slot|spot|opening|time|window|availability)s?\b)|\bi(?:'m|\s+am)\s+(?:doing|giving|recording)\s+(?:the|an?|my)\s+(?:[\w-]+\s+){0,2}?interview\b|\bi(?:'m|\s+am)\s+(?:also\s+|now\s+)?interviewing\s+(?:for\s+(?:a|another)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:role|job|position)|with\s+(?:another|other|a\s+different)\s+(?:company|firm|employer|team)|elsewhere)\b/i;

/**
 * A note to the interviewers, not to the candidate: "Your Greenhouse interview kit for … candidate Maria Lopez is
 * ready … submit your scorecard" (round 38b), "Thanks for agreeing to sit on the interview panel … Candidate packs
 * are attached" (round 120e). Its interviews are another candidate's.
 */
// (and a message greeting the panel itself: "Dear Panel Members, please note the interview schedule for the Graduate
// Trainee assessment: Thursday 16th November 2028, 9am – 4pm", round 190b)
// (and a rota of candidates for the interviewers: "Interview rota – w/c 20 November … Please block your calendars and
// read the CVs beforehand", round 230: the CVs of several are read by the panel, not by the one candidate)
// (and the reader's own calendar entry as its organiser: "Reminder: Interview Candidate – Ava Li … Organizer: you",
// round 580)
export const INTERVIEWER_NOTE =
  /\b(?:interview(?:er|ing)?|panel|selection)\s+rotas?\b|\borgani[sz]er\s*:\s*(?:you|yourself)\b|\binterview(?:ing)?\s+(?:candidate|applicant)\s*[-–—:]\s*|\b(?:read|review|go\s+through|look\s+over)\s+(?:the\s+|their\s+|all\s+)?(?:candidates'\s+)?(?:cvs|resumes|résumés)\b|\bblock\s+(?:out\s+)?your\s+calendars\b|(?:^|\n)[ \t]*(?:dear|hi|hello|good\s+(?:morning|afternoon))\s+(?:all\s+)?(?:(?:interview|selection|shortlisting|hiring|search)\s+)?(?:panel(?:\s+members)?|panell?ists|interviewers|assessors|committee\s+members)\b|\(\s*candidates?\s*(?::|#?\d)|\b(?:sit(?:ting)?\s+on\s+(?:the|an|our)\s+(?:interview\s+|selection\s+|shortlisting\s+)?panel|sit(?:ting)?\s+in\s+(?:on|for)\s+(?:the|an?|this|my|our|their)\s+(?:[\w-]+\s+){0,3}?interviews?|(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?sit\s+in\b|candidate\s+packs?|(?:candidate|applicant)(?:'s)?(?:\s+name)?[ ]*[\t|][ \t]*(?:date|time|slot|day)|scorecards?|interview\s+kits?|interviewer\s+(?:guide|packet|notes)|(?:review|read)\s+the\s+candidate's\s+(?:resume|cv|profile|application|portfolio|work\s+samples?|take-?home)|interviewers?\s*:\s*(?:you|yourself)(?=\s*[,\n]))\b/i;

/**
 * Another candidate named in an interview entry: "Interview: Senior Backend Engineer – candidate Luis Ortega" on an
 * interviewer's calendar digest (round 70). Case matters: a name is capitalised, the "Candidate:" label of the
 * reader's own confirmation has no name in running text after it.
 */
export const NAMED_CANDIDATE =
  /\b(?:candidate|interviewee)\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * A networking coffee, where the writer wants to learn from the reader: "Are you free for a coffee chat on Thursday
 * at 6pm? Would love to hear about your work at Grab" (round 70f). A recruiter's "Our coffee chat is tomorrow at
 * noon" stays a slot.
 */
export const NETWORKING_COFFEE =
  /\b(?:coffee|catch-?up)\b[^]{0,160}?\b(?:pick\s+your\s+brain|(?:hear|learn)\s+(?:more\s+)?about\s+your\s+(?:work|career|journey|path))\b/i;

/**
 * Other events a day and time may belong to: "The team lunch is on Friday at noon", "You're invited: Careers Open
 * Evening … Join our graduate recruiters on Wednesday 9 December from 6:00pm" (round 50).
 */
// (and an employee's own review: "I've booked your performance review for Wednesday 14 March at 2pm", round 280; a
// maintenance window, round 310)
// (and the panel's own deliberation: "The panel will compare notes on Thursday", round 360; an employer's open day for
// all comers: "our next open interview day is Saturday 20 September. Know someone?", round 370; a room's booking: "the
// meeting room on floor 3 is booked Monday to Wednesday", round 380)
// (and an employee's own meetings with HR, called interviews: "your return-to-work interview with your line manager",
// "your PIP review meeting", "your stay interview with HR", round 430; a director "called to a client visit on Friday",
// round 790)
export const OTHER_EVENT =
  /\b(?:(?:exit|stay|return[\s-]to[\s-]work|back[\s-]to[\s-]work|disciplinary|grievance|investigation|investigatory|fact[\s-]finding|welfare|absence|attendance|sickness|probation(?:ary)?|pip|performance\s+improvement(?:\s+plan)?)\s+(?:review\s+)?(?:interviews?|meetings?|hearings?|reviews?|conversations?|check-?ins?)|(?:room|boardroom|space|desk|venue|hall|suite)s?\s+(?:[\w-]+\s+){0,4}?(?:is|are|has\s+been|have\s+been)\s+(?:booked|reserved|blocked)|open\s+(?:interview|hiring|recruitment|recruiting)\s+(?:days?|events?|sessions?|evenings?|mornings?)|(?<!\b(?:report|come|appear|attend)\s+(?:for|at)\s+(?:the|a|your)\s+)walk-in\s+interviews?|compar(?:e|es|ing)\s+notes|deliberat(?:e|es|ion|ions|ing)|(?:it\s+|system\s+|scheduled\s+|planned\s+)?maintenance|outages?|downtime|(?:performance|annual|mid-?year|year-?end|probation(?:ary)?|quarterly)\s+(?:reviews?|appraisals?|check-?ins?|conversations?|discussions?)|appraisals?|networking\s+(?:chat|call|coffee|event)|client\s+(?:visit|site\s+visit|workshop|dinner|pitch)|meet\s+(?:more\s+than\s+|over\s+|up\s+to\s+)?\d+\s+(?:top\s+)?employers|(?:talk|speaking|speaker)\s+slot|keynote|(?:hiring|recruitment|recruiting)\s+(?:event|day|drive|fair)|walk\s+in\s+with\s+your\s+(?:cv|resume|résumé)|informational\s+(?:call|chat|meeting|interview|coffee)|(?:cv|careers?)\s+clinic|drop-?in\s+session|arriving|out\s+for\s+delivery|deliver(?:y|ed)|parcel|courier|flights?|departs|departure\s+(?:time|date)|arrives|boarding|(?:mortgage|loan|bank|banking|insurance|dental|dentist|doctor|medical|gp|optician|vet|salon)\s+(?:appointment|specialist|adviser|advisor|consultation|check-?up)|career\s+coach(?:ing)?|coaching\s+(?:session|call)|(?:awareness|compliance|mandatory|safety|fire\s+safety|first\s+aid)\s+(?:session|training|module|course|drill)s?|mentor(?:ing|ship)\s+(?:chat|call|session|meeting|catch-?up|coffee|check-?in)|(?:prep|preparation|practice|rehearsal)\s+(?:call|session|chat|meeting)|(?:pre-?employment\s+)?(?:medical|health|eye|hearing)\s+(?:exam(?:ination)?|check|screening|assessment)s?|(?:mock|practi[cs]e)\s+interviews?|careers?\s+(?:adviser|advisor|consultant)|class(?:es)?|lessons?|(?:lunch|dinner|breakfast|drinks)(?!\s+with\s+(?:the|our|your\s+future)\s+(?:hiring\s+manager|founders?|ceo|cto|coo|cfo|managing\s+director|head\s+of\s+[\w-]+|team\s+lead|director|partners?|interview(?:er|ing)?\s+panel)\b)|happy\s+hour|party|social|celebration|offsite|off-site|town\s*hall|all[-\s]hands|training|workshop|webinar|seminar|open\s+house|career\s+fair|job\s+fair|(?:careers?|jobs?|hiring|recruitment)\s+(?:fest|festival|carnival|week)|orientation|induction|open\s+(?:evening|day|night)|info(?:rmation)?\s+(?:session|evening|night)|careers?\s+(?:evening|night|event|expo)|networking\s+(?:event|evening|night)|alumni\s+(?:evening|event|night|reunion|dinner|drinks|day|mixer|gathering|weekend|breakfast|lunch)|reunion|meet-?up|hackathon|mixer|roadshow|expo)\b/gi;
/**
 * A job alert or digest, named in its opening: its listings' dates ("Sales Executive — Kola Foods — Interview date: 9
 * Dec") are no slot of the reader's (round 50c).
 */
export const JOB_DIGEST =
  /\b(?:vacancy\s+bulletin|dear\s+subscriber|top\s+jobs|jobs?\s+(?:picked|selected|chosen|hand-?picked)\s+for\s+you|new\s+(?:roles|vacancies|positions|openings)\s+(?:match|for\s+you|near)|(?:roles|jobs|vacancies)\s+(?:that\s+)?match(?:es)?\s+your\s+profile|jobs?\s+based\s+on\s+your\s+profile|job\s+alerts?|new\s+jobs?\s+(?:for\s+you|matching|near|in)|jobs?\s+(?:for\s+you|matching\s+your)|recommended\s+jobs|jobs\s+you\s+(?:may|might)\s+(?:like|be\s+interested\s+in))\b/i;

/**
 * Events a message invites many guests to, which a lunch or a tour on an interview day's itinerary is not: the one
 * the message names last before a timed day is that day's ("You're invited: Careers Open Evening … Join our
 * recruiters on Wednesday 9 December from 6:00pm", round 50; "Careers Virtual Fair: 25 & 26 May", a members'
 * "Annual General Meeting", round 120c; "Tech Talk: Scaling Postgres – Wed 16 June, 6:30 PM", round 120d).
 */
// (and a conference the reader registered for: "Your registration for HR Tech Asia 2028 is confirmed. Day 1: Tuesday
// 28 November, 9:00 AM", round 230; not a video conference nor a conference call or room; a webinar's "You're in!",
// round 230b)
// (and a recruiter's "Join our live briefing on 2 June at 1pm to hear what it means for your hiring plans", round 490)
// (and a networking event named as the subject of its day: "London Data Networking is on Thursday 10 December at
// 18:30 … Recruiters from 12 companies will be there", heldout7; not a role's "Networking Specialist")
export const GUEST_EVENT =
  /\b(?:networking(?:\s+(?:evening|night|event|drinks|mixer|breakfast|lunch|session|meetup|reception|social))?(?=\s+(?:is|are|will\s+be|takes\s+place|starts|kicks\s+off|on|this|next)\b)|you(?:'re|\s+are)\s+in!|registration\s+for\s+(?:[\w&'-]+\s+){1,6}?(?:is\s+|has\s+been\s+)?confirmed|(?<!\b(?:video|phone|tele|web|zoom|teams)[\s-]?)conferences?(?!\s+(?:call|room|line|link|bridge|details|id|hall|centre|center|suite)\b)|(?:careers?|job|jobs|hiring|recruitment|graduate|virtual|online)\s+(?:[\w-]+\s+)?(?:fair|expo|days)|meet\s+(?:more\s+than\s+|over\s+|up\s+to\s+)?\d+\s+(?:top\s+)?employers|(?:a|our)\s+talk\s+['‘"“]|(?:tech|lightning|guest|keynote|lunchtime)\s+talks?|(?:annual\s+|extraordinary\s+|special\s+)?general\s+meeting|agm|egm|(?:thanks|thank\s+you)\s+for\s+registering|registered\s+for|save\s+your\s+seat|employer\s+panel|(?:cv|careers?)\s+clinic|live\s+(?:panel|session|event|chat|demo)|(?:live|online|virtual|market|quarterly|monthly|breakfast|lunchtime)\s+briefings?|product\s+demo|live\s+q\s*&\s*a|q\s*&\s*a\s+(?:session|panel|with)|(?:you're|you\s+are)\s+(?:registered|booked\s+on(?:to)?)|registration\s+(?:is\s+)?confirmed|live\s*stream|open\s+(?:evening|day|night|house)|info(?:rmation)?\s+(?:session|evening|night)|careers?\s+(?:evening|night|event|expo|fair)|job\s+fair|networking\s+(?:event|evening|night)|meet-?up|hackathon|mixer|roadshow|expo|webinar|seminar|workshop|town\s*hall|all[-\s]hands)\b/gi;
/** The event nouns of a candidate's own slot, to weigh against OTHER_EVENT by nearness. */
export const SLOT_NOUN =
  /\b(?:interview|screen(?:ing)?|call|chat|conversation|meeting|assessment|onsite|on-site|visit|panel|round|1:1|one-on-one|trial\s+shift|try-?out)s?\b/gi;

/** Words that say the slot was cancelled; RESCHEDULE_CUE, that it moved, is in enReschedule.ts (re-exported above). */
export const CANCEL_CUE =
  /\b(?:(?:can't|cannot|can\s+not|won't|will\s+not|isn't|is\s+not)\s+(?:be\s+)?(?:go(?:ing)?\s+ahead|tak(?:e|ing)\s+place)|cancel(?:led|ed|ling|ing)?|call(?:ed)?\s+off|no\s+longer\s+(?:tak(?:e|ing)\s+place|go(?:ing)?\s+ahead|be\s+(?:held|going\s+ahead)|able|going|be|proceed))\b|\b(?:(?:unable|not\s+able)\s+to|can't|cannot)\s+(?:proceed|go\s+ahead)\s+with\s+(?:your|the|our|this|today's|tomorrow's)\s+(?:[\w-]+\s+)?(?:interview|call|meeting|screen|session|appointment|assessment)s?\b/i;

/**
 * The reader's own way to change a booking, offered beside it: "Reply R to reschedule or C to cancel" (a Paradox
 * chat, round 230), "tap here to reschedule or cancel", "if you need to reschedule, reply to this email". It moves
 * and cancels nothing: the slot it sits beside stands.
 */
export const CHANGE_OPTION =
  /\b(?:reply|text|press|click|tap|type|respond|use\s+(?:the|this)\s+link|(?:(?:if|should|in\s+case)\s+you\s+(?:ever\s+)?(?:need|want|wish|have)|feel\s+free))\s+(?:[\w#"'-]{1,12}\s+){0,3}?to\s+(?:confirm|resched\w*|cancel|change|move)\b(?:,?\s+(?:or\s+|and\s+)?(?:[\w#"'-]{1,12}\s+){0,2}?(?:to\s+)?(?:resched\w*|cancel|change|confirm)\b){0,3}/gi;

/**
 * Several alternatives offered: "Tuesday or Wednesday", "the following times", "which works best", "the following
 * openings … If none of these suit" (round 120b).
 */
/** A reply that takes the slot it answers without naming it: "Perfect, see you then!", "That works for me". */
export const ACCEPTS_QUOTED_SLOT =
  /\bsee\s+you\s+then\b|\b(?:that|this|it)\s+(?:works|suits)(?:\s+(?:for\s+)?me)?\s*(?:fine|perfectly|great|well)?\s*[.!,]|\b(?:that|this)\s+time\s+(?:works|suits)\b/i;
export const ALTERNATIVES_CUE =
  /\b(?:(?:a\s+few|some|several|these|a\s+couple\s+of|two|three|four|five)\s+(?:openings|times|time\s+slots|slots|windows|options)|top\s+(?:two|three|choice|pick)|any\s+time\s+that\s+(?:suits|works)|whichever|following\s+(?:times|slots|dates|options|openings|windows)|none\s+of\s+(?:these|those|them|the\s+above)\s+(?:suits?|works?)|options?|which\s+(?:one\s+)?(?:works|suits|of)|either|any\s+of|slots|(?:pick|choose|select)\s+(?:a|one|your)\s+(?:[\w-]+\s+)?(?:slot|time|date)|preferred\s+(?:time\s+)?slot)\b/i;

/**
 * The candidate asked to name times: the days and hours in that sentence bound the choice, they are no slot
 * ("Could you share a few times that work for you next week (Mon-Thu, between 10am and 4pm ET)?", "please send
 * over some slots on Tuesday or Wednesday", "let us know what times suit you on Friday"); so do a scheduler's open
 * hours ("Slots are open Monday to Thursday next week between 9:00 AM and 4:00 PM", round 730).
 */
export const AVAILABILITY_ASK =
  /\b(?:share|send(?:\s+over)?|suggest|propose|provide|give\s+(?:me|us))\s+(?:(?:a\s+few|some|two|three|several|your|possible|good|a\s+couple\s+of)\s+)?(?:(?:time\s+)?slots|times|windows|dates|availability)\b|\blet\s+(?:me|us)\s+know\s+(?:a\s+few|some|what|which)\s+(?:times|days|dates|slots)\b|\b(?:slots|times)\s+(?:are|is)\s+(?:open|available|shown|listed)\b/i;

/**
 * Interviews as a schedule, not this candidate's slot: "we start interviews from 2 June", and as a habit:
 * "Interviews are generally held at our Leeds office" (round 120), and as a period for a group: "shortlisted
 * applicants will be invited for interviews between 29 March and 9 April" (round 150).
 */
// (not one the reader is asked to report for: "you are requested to report for the walk-in interview on 17.09.2039",
// round 620; nor the period's close a promise counts from: "within 7 working days after the assessment window
// closes", round 1080; and a timeline's label, "Interviews expected: w/c 19 April", round 1240)
export const GENERIC_INTERVIEWS_CUE =
  /(?<!\b(?:report|come|appear|attend)\s+(?:for|at)\s+(?:the|a|your)\s+)\bwalk-?in\s+(?:interviews?|drives?)\b|\b(?:face-to-face|f2f|on-the-spot|on-site|in-person)\s+interviews\b|\binterviews\s*:(?=\s)|\b(?:(?:start|begin|begins|starts|conduct(?:ing)?|hold(?:ing)?|holding|schedul(?:e|ing))\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?interviews|interviews\s+(?:[\w-]+\s+){0,6}?(?:will\s+)?(?:start|begin|resume|continue|recommence|be\s+held|being\s+held|take\s+place|taking\s+place|run)|interviews\s+(?:are\s+)?(?:being\s+)?(?:scheduled|held)\s+(?:from|between|during)|(?<!\byour\s+(?:[\w-]+\s+)?)interviews\s+(?:for\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,4}?(?:role|position|opening|vacancy|req\w*)\s+)?(?:are|will\s+be)\s+(?:held\s+)?(?:on\s|…))|\b(?:invited|called|asked)\s+(?:to|for)\s+(?:an?\s+)?interviews?\s+(?:between|during|over)\s|\binterviews\s+between\s|\binterviews\s+(?:are\s+)?(?:expected|planned|provisionally\s+(?:planned|scheduled))\s*:|\b(?:interview|assessment(?:\s+cent(?:re|er))?|selection)\s+(?:period|window|phase|week|season|dates\s*:)(?!\s+(?:closes|closing|closed|close|ends|ending|has\s+(?:closed|ended)))|(?<!\byour\s+(?:[\w-]+\s+)?)interviews\s+(?:for|with)\s+(?:the\s+|all\s+)?(?:shortlisted|short-listed|selected|successful|remaining|other)\s+(?:candidates|applicants)\b|(?<!\byour\s+(?:[\w-]+\s+)?)interviews\s+(?:[\w-]+\s+){0,5}?(?:are|will\s+be)\s+(?:currently\s+|tentatively\s+|provisionally\s+|generally\s+|usually\s+|typically\s+|normally\s+|mostly\s+)?(?:planned|scheduled|expected|slated|pencil(?:l)?ed\s+in|held|conducted)\b/i;

/**
 * Interviews as a topic, not an event: "Webinar: How to ace your technical interview", "interview tips", "a Q&A with
 * recruiters on interviews" (round 70). Their words make no slot (round 38).
 */
// (and a talk's title: "Acing the Panel Interview", round 100e; "How to answer Tell me about yourself in your
// interview", a webinar, round 230b)
// (and a business that trains for interviews, "The Interview Gym", "your session with interview coach Tara Bell", and
// interviews in the plural as what one trains for, "behavioural questions for your upcoming interviews", round 240b)
// (and an advert's "prepare for your interview on Tuesday with our free guide": a product sold by the sentence, r59)
// (and interviews in another sense: an exit interview, a visa or citizenship interview, an admissions interview, a
// mortgage adviser's, a stay interview, a research study's, round 260)
// (and an audit's, an investigation's or a reporter's interview "about the payments process", round 330)
// (and a book's or a film's title: "We're reading 'The Interview' by S. Novak", round 450; a course's: "You have been
// enrolled in 'Interviewing Skills for Hiring Managers' on 3 March", round 480)
// (and a school's: "Your parent–teacher interview with Ms Clarke is booked for Tuesday", round 710; "Enrolment
// interviews for the 2047 Kindergarten intake", round 690)
export const INTERVIEW_TOPIC =
  /\b(?:reading|read|watching|watch|screening|book|novel|film|movie|play|podcast|episode|course|module|training|workshop|enrolled\s+(?:in|on|onto)|registered\s+(?:for|on)|booked\s+(?:on|onto)|signed\s+up\s+(?:for|to))\s+['‘"“][^'’"”\n]{0,60}?interview[^'’"”\n]{0,60}['’"”]|\b(?:mock|practice|practise|careers?)\s+(?:interviews?|assessment\s+(?:centres?|centers?|days?)|assessments?|aptitude\s+tests?|case\s+interviews?)\b|\binterview\s+you\s+(?:about|on|regarding)\s+(?:the|your|our|their|how|what|why)\b|\b(?:consular|embassy|consulate)\s+(?:[\w-]+\s+){1,2}?interviews?\b|\b(?:live|radio|tv|television|on-?air|broadcast|studio|phone-?in)\s+interviews?\b|\bparents?'?(?:\s*[-–—/&]\s*teachers?'?|\s+and\s+teachers?'?)?\s+interviews?\b|\b(?:enrol(?:l)?ment|school\s+entry|kindergarten|reception\s+class)\s+interviews?\b|\b(?:audit|investigation|disciplinary|grievance|fact-?finding|exit|visa|consular|embassy|admissions?|naturali[sz]ation|citizenship|immigration|asylum|mortgage|loan|credit|fact-?find|stay|research|study|informational|media|press|podcast|user|customer)\s+(?:(?:test|exam)\s+and\s+|initial\s+|in-person\s+|follow-?up\s+|re-?)?interviews?\b|\binterviews?\s+on\s+your\s+application\s+for\s+(?:naturali[sz]ation|citizenship|asylum|permanent\s+residen\w+|a\s+visa)\b|\binterviews?\s+with\s+(?:an?\s+|the\s+)?(?:citizenship|immigration|visa|consular|asylum|border|naturali[sz]ation)\s+(?:officer|official|agent|judge|adjudicator)s?\b|\b(?:prepare|prep|get\s+ready)\s+for\s+(?:your|an?|the)\s+(?:[\w-]+\s+)?interviews?\b(?=[^.!?\n]{0,60}?\b(?:with|using|in|from)\s+our\s+(?:free\s+|new\s+)?(?:guide|checklist|course|e-?book|toolkit|app|tool|templates?|cheat\s*sheet|masterclass|video|article)s?\b)|\b(?:acing|ace|nail(?:ing)?|crack(?:ing)?|master(?:ing)?|beat(?:ing)?|surviv(?:e|ing))\s+(?:(?:the|your|a|an)\s+)?(?:[\w-]+\s+){0,2}?interviews?\b|\binterview\s+practi[cs]e\b|\b(?:follow(?:ing)?\s+up|thank-?you\s+notes?|what\s+to\s+do)\s+after\s+(?:an?|the|your)\s+interview\b|\b(?:on|about)\s+(?:job\s+|technical\s+|graduate\s+)?interviews\b(?!\s+(?:on|at|with|for|in|this|next)\b)|\bhow\s+to\s+(?:ace|nail|prepare\s+for|pass|succeed\s+in|crack|handle|answer)\s+(?:[\w-]+\s+){0,3}?interviews?\b|\bhow\s+to\s+(?:answer|handle|tackle|ask|talk\s+about|explain|negotiate)\s+(?:[\w'"-]+\s+){1,8}?(?:in|at|during)\s+(?:your|an?|the)\s+(?:[\w-]+\s+)?interviews?\b|\binterview\s+(?:tips|skills|techniques|masterclass|workshop|webinar|bootcamp|coach(?:es|ing)?|gym|academy|course|prep(?:aration)?)\b|\b(?:for|before|ahead\s+of)\s+(?:your|any)\s+(?:upcoming|future|next)\s+interviews\b/gi;

/**
 * Holding off contact: "please don't reach out before", "hold any questions until", "wait two weeks before",
 * "it would be best not to get in touch until Tuesday 5 January".
 */
export const HOLD_OFF_ROWS: readonly PhraseRow[] = [
  {
    // (and said as pointless: "there's really no point nudging anyone before I'm back on the 19th", round 870)
    pattern: String.raw`no\s+(?:real\s+)?(?:point|use|sense)\s+(?:in\s+)?(?:nudging|chasing|following\s+up|checking\s+in|reaching\s+out|contacting|emailing|calling|pinging)`,
    example: "There's no point chasing us before the panel meets on the 12th.",
  },
  {
    pattern: String.raw`(?:do\s+not|don't|dont|(?:best|better|prefer(?:able)?)\s+not\s+to|not\s+to|please\s+don't|please\s+do\s+not|refrain\s+from|no\s+need\s+to|kindly\s+(?:do\s+not|don't|hold|wait(?!\s+for\s+(?:our|my|a|an|the)\b))|would\s+ask\s+that\s+you\s+not|ask\s+that\s+you\s+(?:not|wait(?!\s+for\s+(?:our|my|a|an|the)\b)|hold)|(?:ask|request)\s+(?:that\s+)?(?:you|candidates|applicants|everyone|all\s+\w+)\s+(?:please\s+)?(?:do\s+)?not(?:\s+to)?|(?:ask|asking|request|requesting)\s+(?:you|candidates|applicants|everyone)\s+to\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?not)\s+(?:\w+\s+){0,4}?(?:contact\w*|reach(?:ing)?\s+out|follow(?:ing)?[\s-]*ups?|check(?:ing)?\s+in|call(?:ing)?|e-?mail(?:ing)?|inquir\w*|enquir\w*|chas\w*|ping(?:ing)?|nudg(?:e|ing)|messag(?:e|ing)|remind\w*|get(?:ting)?\s+in\s+touch|writ(?:e|ing)\s+(?:to\s+us|in|until|before))`,
    // (and asked as a request to the reader: "I'm going to ask you to sit tight and not get in touch until after the
    // 20th", round 120f)
    example: 'Please refrain from contacting us for status updates until after January 4.',
  },
  {
    pattern: String.raw`(?:won't|will\s+not|do\s+not|don't|cannot|can't|are\s+not|aren't)\s+(?:be\s+)?(?:accept|tak|answer|respond|return)\w*\s+(?:to\s+)?(?:any\s+)?(?:[\w-]+\s+)?(?:calls|e-?mails|enquiries|inquiries|messages|follow[\s-]?ups)`,
    example: 'We do not accept phone calls regarding open positions.',
  },
  {
    pattern: String.raw`hold\s+(?:off|fire|any|all|your|follow[\s-]*ups?|questions)\b`,
    example:
      "Just a heads up that I'm travelling until the 20th, so please hold off on any follow-ups before then.",
  },
  {
    // (not waiting for the employer's own word, a promise: "Kindly wait for our call or text within 3-5 working days",
    // round 1030)
    pattern: String.raw`(?:please\s+)?wait(?!\s+for\s+(?:our|my|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|e-?mail|text|message|update|reply|response|feedback|decision)s?\b)`,
    example: 'Please wait until after Thanksgiving before reaching out for an update.',
  },
  { pattern: String.raw`give\s+us`, example: 'Please give us until Friday to get back to you.' },
  {
    // The deciders named instead of "us": "kindly give the panel ten working days before following up" (round 160)
    pattern: String.raw`give\s+(?:the|our)\s+(?:panel|committee|team|hiring\s+(?:team|manager|panel)|recruiters?)\s+(?:at\s+least\s+|a\s+(?:full\s+)?)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few)\b`,
    example: 'Kindly give the hiring team at least five working days before chasing for news.',
  },
  {
    // "I'd give it until mid-month before checking in again" (round 100b)
    pattern: String.raw`give\s+(?:it|things|them|the\s+team|the\s+panel)\s+(?:until|till)`,
    example: "I'd give it until the 20th before chasing them again.",
  },
  {
    // A permission from a day: "feel free to follow up from Monday 23rd".
    pattern: String.raw`(?:feel\s+free\s+to|you\s+(?:can|may|are\s+welcome\s+to))\s+(?:\w+\s+)?(?:follow\s+up|get\s+in\s+touch|contact\s+(?:me|us)|reach\s+out|check\s+in|chase)\s+(?:again\s+)?(?:with\s+(?:me|us)\s+)?(?:from|as\s+of|starting)`,
    example:
      "Our team is on a company retreat until Friday 20th, so please don't expect replies - feel free to follow up from Monday 23rd.",
  },
  {
    // Indian English "post that" is "after that": "I am on leave till 27th Jan. Please connect with me post that"
    // (round 70d)
    pattern: String.raw`(?:please|kindly)\s+(?:connect|get\s+in\s+touch|reach\s+out|follow\s+up|write|revert|contact\s+(?:me|us))\s+(?:(?:with|to)\s+(?:me|us)\s+)?(?:post|after)\s+(?:that|then)`,
    example: 'I am on leave till 27th Jan. Please connect with me post that for any updates on your profile.',
  },
  {
    // The hold-off said of the follow-up itself: "Any follow-up on your application should be made after we
    // resume" (round 70b)
    pattern: String.raw`(?:follow(?:ing)?[\s-]*ups?|contact|enquiries|inquiries|questions)\s+(?:\w+\s+){0,4}?(?:should|must|can|may)\s+(?:only\s+)?be\s+(?:made|sent|directed|raised)\s+(?:after|once|when|from)`,
    example: 'Any follow-up on your application should be made after we resume.',
  },
  {
    pattern: String.raw`(?:hold|sit)\s+tight`,
    example: 'Please bear with us and hold tight until next Friday before following up.',
  },
  {
    // "it'd be great if you could leave any chasing until Monday 8th" (round 70e)
    pattern: String.raw`leave\s+(?:any|all|your)\s+(?:\w+\s+)?(?:chas\w*|follow[\s-]*ups?|questions|queries|enquiries|e-?mails|calls)\s+(?:until|till|for)`,
    example:
      "We're short-staffed this week, so it'd be great if you could leave any chasing until Monday 8th.",
  },
  {
    // "there's no point checking in before 11 January" (round 70)
    pattern: String.raw`(?:no|not\s+much|little)\s+(?:point|use|sense)\s+(?:in\s+)?(?:\w+\s+){0,2}?(?:contact\w*|reach(?:ing)?\s+out|follow(?:ing)?[\s-]*up|check(?:ing)?\s+in|chas\w*|call\w*|e-?mail\w*|writ\w*|ask\w*)`,
    example: "The panel doesn't meet until after the break, so there's no point chasing before 11 January.",
  },
  {
    // Questions sent on after a return: "back on the 21st, so please send them through after that" (round 70)
    pattern: String.raw`(?:re-?send|send|pass|direct|forward|bring|save|keep)\s+(?:them|those|it|anything|any\s+(?:\w+\s+)?questions)\s+(?:\w+\s+){0,2}?(?:after\s+(?:that(?:\s+date)?|then)|until\s+(?:then|i'm\s+back|i\s+am\s+back|i\s+return))`,
    example: "I'm off until the 9th, so if anything comes up, please send it through after that.",
  },
  {
    // Said as a permission from the day of a return (round 28).
    pattern: String.raw`(?:please|kindly|feel\s+free\s+to|you\s+(?:can|may|could))\s+(?:\w+\s+)?(?:get\s+in\s+touch|contact\s+(?:me|us)|reach\s+out|follow\s+up|write\s+to\s+(?:me|us)|e-?mail\s+(?:me|us)|call\s+(?:me|us))\s+(?:again\s+)?(?:after|once|when)\s+(?:i|we|she|he|they)\b`,
    example: 'Dear Priya, I am on leave this week; kindly get in touch once I am back on 23rd.',
  },
  {
    // A suggestion to come back after a day: "I'd suggest checking back with me after April 5" (round 100e)
    pattern: String.raw`(?:suggest|recommend|advise|best\s+to|better\s+to)\s+(?:you\s+)?(?:check(?:ing)?|follow(?:ing)?|reach(?:ing)?|get(?:ting)?|circl(?:e|ing))\s+(?:back|up|in|out|in\s+touch)\s+(?:again\s+)?(?:with\s+(?:me|us)\s+)?(?:after|from|once|on\s+or\s+after)`,
    example: "There isn't much I can share yet, so I'd suggest checking back with me after the 20th.",
  },
  {
    // A deferral of what the reader would send: "Anything that isn't urgent, please park it until I'm back" (round 100c)
    pattern: String.raw`(?:park|save|keep|leave|defer|put\s+(?:off|aside))\s+(?:it|them|that|this|those|anything|everything|any\s+\w+|your\s+\w+)\s+(?:\w+\s+)?(?:until|till)`,
    example: "Anything that isn't urgent, please save it until I'm back on the 3rd.",
  },
  {
    // Contact sent on from a day: "Kindly resend your query on or after 25th Jan" (round 100)
    pattern: String.raw`(?:please|kindly)\s+(?:re-?send|send|forward|raise|direct|share)\s+(?:your|any|all)\s+(?:\w+\s+)?(?:query|queries|questions|enquir\w+|inquir\w+|follow[\s-]*ups?|e-?mails?|messages?|requests?)\s+(?:to\s+(?:me|us)\s+)?(?:on\s+or\s+after|after|from|once|when)`,
    example: 'I am at a job fair till the 20th. Kindly resend your questions on or after 21st Jan.',
  },
  {
    pattern: String.raw`allow`,
    example: 'Please allow up to 10 business days for us to review your application before following up.',
  },
];
/**
 * An absence the writer's side states, read before the day it ends: "I'm out of the office until …". Issue 13 class
 * 6: an absence is a hold-off in other words, and gives one day, the first day contact is welcome.
 */
export const ABSENT_UNTIL_ROWS: readonly PhraseRow[] = [
  {
    pattern: String.raw`(?:am|is|are|be|i'm|we're|she's|he's|they're)\s+(?:currently\s+|now\s+|still\s+|also\s+)?(?:away|out\s+of\s+(?:the\s+)?office|out\s+sick|out(?=\s*$|\s+(?:until|till|through|thru)\b)|ooo|off(?:\s+work|\s+sick)?|absent|travell?ing|on\s+(?:annual\s+|parental\s+|sick\s+|maternity\s+|paternity\s+|study\s+|medical\s+|personal\s+)?leave|on\s+(?:holiday|holidays|vacation|pto|a\s+business\s+trip|(?:a\s+)?training))`,
    example: "Quick note: I'm out of the office until Monday 14 December.",
  },
  {
    // The status line of an automatic reply: "Out of office until 4 January".
    pattern: String.raw`(?:^|\n)\s*(?:out\s+of\s+(?:the\s+)?office|ooo|on\s+(?:annual\s+)?leave|away\s+from\s+the\s+office)`,
    example: 'Out of office until 4 January',
  },
  {
    // A closure of the office or the team's pause: "our offices are closed until 4 January".
    pattern: String.raw`(?:office|offices|team|department|we)\s+(?:is\s+|are\s+|will\s+be\s+|'re\s+|'ll\s+be\s+)(?:closed|shut|away|off)`,
    example: 'Please note our offices are closed until Monday 4 January for the holidays.',
  },
];
/** The day of return said outright, read before the day: "I'm back in the office on …". */
export const BACK_ON_ROWS: readonly PhraseRow[] = [
  {
    // (the day back said in an idiom, "back on deck", "back in action", round 190b)
    pattern: String.raw`(?:be|am|is|are|i'm|we're|she's|he's|they're|i'll\s+be|we'll\s+be|she'll\s+be|he'll\s+be)\s+(?:back|returning)(?:\s+(?:to|in|at|into)\s+(?:the\s+)?(?:office|work|my\s+desk)|\s+on\s+deck|\s+in\s+action)?`,
    example: "I'll be back on Monday the 7th.",
  },
  {
    // Said without its subject: "away until the 5th, back in the office on the 6th"; "…, but back Monday".
    // (and in an idiom: "tramping the Heaphy Track from tomorrow and back on deck Monday 20 November", round 190b)
    // (a clause that starts with "back": the clause reader splits "… this week and back Monday 20 November" before
    // "back", round 190b's rules)
    pattern: String.raw`(?:back\s+(?:to|in|at|into)\s+(?:the\s+)?(?:office|work|my\s+desk)|back\s+(?:on\s+deck|in\s+action)|(?:and|but)\s+back|(?<!\S\s{0,4})back)`,
    example: "I'm away until the 5th, back in the office on the 6th.",
  },
  {
    // The return after a comma, the absence named just before it: "I'm OOO from Wed 8/12, back Mon 13/12" (round 180)
    // (and said as "returning" after the absence's days: "on vacation Thursday March 9 to Friday March 17 inclusive,
    // returning Monday March 20", round 190)
    pattern: String.raw`(?:ooo|away|leave|off|office|holiday|holidays|vacation|pto|travell?ing)\b[^.;!?\n]{0,60}?,\s*(?:and\s+)?(?:back|returning|due\s+back)`,
    example: "I'm on leave from 8 December, back on 13 December.",
  },
  {
    // The return after the absence's own word: "I am currently on annual leave, returning Monday 27th" (round 160)
    pattern: String.raw`(?:leave|office|holiday|holidays|vacation|away|travell?ing|sick)\s*,?\s*(?:and\s+)?(?:returning|due\s+back)(?:\s+(?:to|in|at|into)\s+(?:the\s+)?(?:office|work))?`,
    example: "I'm on holiday this week, returning on Monday 4 January.",
  },
  {
    pattern: String.raw`(?:i|we|she|he|they)\s+(?:will\s+)?(?:return|get\s+back)\s+(?:to\s+(?:the\s+)?(?:office|work|my\s+desk)\s+)?`,
    example: 'I return to the office on 5 January.',
  },
  {
    // The return with the absence's subject shared, its clause starting at the verb: "I am out of the office
    // attending a client workshop in Cape Town and will return on Tuesday, 14 March" (round 190); not the reader's
    // coming back ("you will return on Friday for the second round")
    pattern: String.raw`(?<!\byou\s)(?:will|shall|should)\s+(?:be\s+)?return(?:ing)?(?:\s+(?:to|in|at|into)\s+(?:the\s+)?(?:office|work|my\s+desk))?`,
    example: 'I am out of the office at a client workshop and will return on Monday 5 January.',
  },
  {
    pattern: String.raw`(?:my|our|her|his|their)\s+return(?:\s+to\s+(?:the\s+)?(?:office|work))?`,
    example: 'I will respond to your email upon my return on 12 January.',
  },
  {
    pattern: String.raw`(?:office|offices)\s+(?:will\s+)?re-?opens?`,
    example: 'Our office reopens on 4 January.',
  },
];

export const HOLD_OFF_CUE = new RegExp(String.raw`\b${alternation(HOLD_OFF_ROWS)}\b`, 'i');

/**
 * A hold-off named as a topic, an indirect question, asks nothing of the reader: "how long to wait before following up
 * (hint: about a week)" in a blog's digest, "when to check in after an interview" (round 200).
 */
export const HOLD_OFF_TOPIC_ROWS: readonly PhraseRow[] = [
  {
    pattern: String.raw`(?:how\s+long|how\s+soon|when|whether)\s+(?:you\s+should\s+|to\s+)(?:wait|hold\s+off|follow\s+up|check\s+in|chase)`,
    example: 'This week on the blog: how long to wait before following up (hint: about a week).',
  },
  {
    // The same topic asked as a direct question in a digest: its answer is general advice (r50's probe).
    pattern: String.raw`(?:how\s+long|how\s+soon|when)\s+(?:should|do|must|can)\s+(?:you|i|candidates|applicants|job\s+seekers)\s+(?:really\s+|actually\s+)?(?:wait|hold\s+off|follow\s+up|check\s+in|chase)`,
    example: 'How long should you wait before following up? (Most recruiters say a week.)',
  },
];
export const HOLD_OFF_TOPIC = new RegExp(String.raw`\b${alternation(HOLD_OFF_TOPIC_ROWS)}\b`, 'i');
export const CONTACT_WORD =
  /\b(?:connect(?:ing)?\s+with\s+(?:me|us)|check(?:ing)?\s+back|remind\w*|non-urgent|(?:anything|everything|whatever)\s+(?:that\s+)?(?:isn't|is\s+not|'s\s+not)\s+urgent|revert(?:ing)?\s+to\s+(?:me|us)|re-?send\w*|quer(?:y|ies)|contact\w*|ping(?:ing)?|nudg(?:e|ing)|reach(?:ing)?\s+out|follow(?:ing)?[\s-]*ups?|check(?:ing)?\s+in|call\w*|e-?mail\w*|inquir\w*|enquir\w*|questions?|chas\w*|get(?:ting)?\s+in\s+touch|writ(?:e|ing)\s+(?:to\s+us|in|until|before))\b/i;

/** "If you haven't heard from us by 1 August, you may email": a promise, reported as response-by only. */
// (and the condition said by inversion or as an event: "Should you not hear from us within one month of the closing
// date, kindly accept that …", "In the event that you do not receive a response …", round 120)
export const CONDITIONAL_PERMISSION =
  /\bif\s+(?:[\w']+\s+){0,8}?you\s+(?:still\s+)?(?:haven't|have\s+not|do\s+not|don't|did\s+not|didn't)\s+(?:yet\s+)?(?:heard|hear|received|receive|get|got|been\s+contacted|been\s+invited)\b|\bshould\s+you\s+(?:still\s+)?not\s+(?:yet\s+)?(?:hear|receive|get|be\s+contacted|be\s+invited|have\s+(?:heard|received|been\s+contacted))\b|\b(?:in\s+the\s+event|in\s+case)\s+(?:that\s+)?you\s+(?:still\s+)?(?:haven't|have\s+not|do\s+not|don't)\s+(?:yet\s+)?(?:heard|hear|received|receive|get|been\s+contacted)\b/i;

/** No-calls: unbounded requests not to phone or contact about the application. Example line per pattern. */
export const NO_CALLS_PATTERNS: readonly RegExp[] = [
  // "Please do not call the store", "recruiters and staffing agencies, please do not contact us"; not a request
  // with an end: "refrain from contacting us for two weeks" is a hold-off (the end of another request joined by ", and
  // that you do not chase … until 29 January" is that one's, round 100)
  // (also said as advice: "Applicants are strictly advised against calling or visiting our offices", round 100c)
  /\b(?:please\s+)?(?:do\s+not|don't|dont|must\s+not|should\s+not|kindly\s+do\s+not|(?:advised|warned|cautioned|urged)\s+(?:not\s+to|against)|we\s+ask\s+that\s+you\s+(?:do\s+)?not|refrain\s+from|(?:kindly\s+|please\s+)?avoid)\s+(?:(?:attempt|try)(?:ing)?\s+to\s+)?(?:follow(?:ing)?[\s-]*up\s+(?:on|about|regarding)|call(?:ing)?|phon(?:e|ing)|telephon(?:e|ing)|ring(?:ing)?|contact(?:ing)?|reach(?:ing)?\s+out\s+to|get(?:ting)?\s+in\s+touch\s+with)\b(?!\s+(?:us\s+)?(?:before|until|till|prior))(?!(?:(?!,\s*and\b)[^.])*\b(?:before|until|till|prior\s+to|for\s+(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|ten|a\s+couple\s+of)\s+(?:days?|weeks?|months?))\b)/i,
  // "No phone calls or agencies, please", "no calls please"
  /\bno\s+(?:phone\s+|telephone\s+)?(?:calls|inquiries|enquiries)\b/i,
  // "We will not take any phone calls about job openings"
  // "We will not be accepting phone calls regarding the status of applications"
  // ("we are unable to respond to individual telephone queries", round 970)
  // "our small team is not, unfortunately, in a position to take telephone calls", "we are unable to return
  // voicemails about applications" (issue 13, round 28), "are not able, at any point during the hiring process,
  // to take calls from applicants" (round 32), with any verb of handling them: "this office is not in a position to
  // deal with telephone enquiries" (round 120)
  /\b(?:will\s+not|won't|cannot|can't|can\s+not|are\s+unable\s+to|do\s+not|don't|does\s+not|doesn't|unable\s+to|(?:are\s+|is\s+)?not\s+able\s+to|(?:am|is|are|'re|'m)\s+not(?:\s*,[^,.;]{1,60},)?\s+in\s+a\s+position\s+to|(?:am|is|are)\s+not\s+able(?:\s*,[^,.;]{1,60},)?\s+to|(?:aren't|isn't|'re\s+not)\s+able\s+to|(?:will\s+not|won't|are\s+not|aren't)\s+be|are\s+not|aren't|is\s+not|isn't|'re\s+not|'m\s+not)\s+(?:tak(?:e|ing)|accept(?:ing)?|return(?:ing)?|answer(?:ing)?|respond(?:ing)?\s+to|deal(?:ing)?\s+with|handl(?:e|ing)|field(?:ing)?|entertain(?:ing)?|attend(?:ing)?\s+to)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:phone\s+|telephone\s+)?(?:calls|phone\s+inquiries|enquiries|(?:phone|telephone)\s+(?:queries|inquiries)|voice-?mails|voice\s+messages)\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i,
  // "We'd appreciate it if you didn't call the hiring manager directly"
  /\b(?:appreciate|ask|request|prefer)\s+(?:it\s+)?(?:if|that)\s+you\s+(?:didn't|did\s+not|do\s+not|don't|not|refrain\s+from)\s+(?:call(?:ing)?|phon(?:e|ing)|contact(?:ing)?)\b(?![^.]*\b(?:before|until|till)\b)/i,
  // "we are unable to give status updates over the phone"
  // "We kindly ask agencies not to call"
  // (a bound in a later clause of its own is another request's: "asked that candidates not contact them
  // directly, and they won't be reviewing CVs until after the ad closes", round 38)
  /\b(?:ask|asked|request|requested)\s+(?:that\s+)?(?:you|candidates|applicants|agencies|recruiters|everyone|all\s+\w+)\s+(?:please\s+)?(?:do\s+)?not(?:\s+to)?\s+(?:call|phone|telephone|ring|contact)\b(?!(?:[^.;,]|,(?!\s+(?:and|but|so|while)\b))*\b(?:before|until|till|prior\s+to)\b)/i,
  // "we will not be able to respond to individual enquiries by telephone"
  /\b(?:unable\s+to|not\s+(?:be\s+)?able\s+to|won't\s+be\s+able\s+to|cannot|can't|can\s+not|won't|will\s+not|do\s+not|don't|not\s+in\s+a\s+position\s+to)\s+(?:give|provide|offer|discuss|respond\s+to|reply\s+to|answer|deal\s+with|handle|take)\s+(?:[\w-]+\s+){0,6}?(?:over|by|via|on)\s+(?:the\s+)?(?:phone|telephone)\b/i,
  // "Please direct all questions to careers@acme.com rather than calling the office"
  /\b(?:rather\s+than|instead\s+of)\s+(?:call(?:ing)?|phon(?:e|ing)|telephon(?:e|ing)|ringing)\b/i,
  // "please keep all correspondence with me rather than contacting them by phone" (round 70c)
  /\b(?:rather\s+than|instead\s+of)\s+(?:contact(?:ing)?|reach(?:ing)?\s+out\s+to|approach(?:ing)?)\s+(?:them|him|her|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:directly\s+)?(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone\b/i,
  // Issue 13, class 7: the negation far from the verb, "Please don't email your portfolio again or phone the studio"
  // and in a list of things not to do: "Please don't resend files, chase by email, or ring the studio" (round 50)
  /\b(?:please\s+)?(?:do\s+not|don't|dont)\s+(?:[\w'-]+,?\s+){1,8}?(?:or|nor)\s+(?:call|phone|telephone|ring)\b(?![^.]*\b(?:before|until|till)\b)/i,
  // and said as a capability: "our team can't take status enquiries by telephone"
  // (and "not able, at this time, to provide individual status updates by phone or email", round 100b)
  /\b(?:can't|cannot|can\s+not|unable\s+to|not\s+able(?:\s*,[^,.;]{1,60},)?\s+to)\s+(?:take|accept|answer|handle|field|provide|give|offer|share|discuss)\s+(?:[\w-]+\s+){0,3}?(?:enquiries|inquiries|queries|questions|updates|calls|feedback)\s+(?:by|over|via|on)\s+(?:the\s+)?(?:tele)?phone\b/i,
  // the same list after "avoid" or "refrain from": "Please avoid sending follow-up emails, messaging our recruiters
  // on Viber, or calling the office hotline" (round 50c)
  /\b(?:avoid|refrain\s+from)\s+(?:[\w'-]+,?\s+){1,8}?(?:or|nor)\s+(?:calling|phoning|ringing|telephoning)\b(?![^.]*\b(?:before|until|till)\b)/i,
  // "Our reception staff cannot handle calls about recruitment", "our recruitment team isn't set up to take calls
  // about applications" (round 50, r6): calls about the application, whatever the channel words
  /\b(?:can't|cannot|can\s+not|unable\s+to|not\s+able\s+to|(?:is|are|'re)\s*(?:not|n't)\s+(?:set\s+up|equipped|staffed|resourced)\s+to)\s+(?:take|accept|answer|handle|field|deal\s+with|return)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:phone\s+|telephone\s+)?calls\s+(?:about|regarding|concerning|on|from|related\s+to|for)\b/i,
  // "Candidates are requested not to call or visit the office" (round 50d)
  /\b(?:candidates|applicants|you|agencies|recruiters|everyone|all\s+\w+)\s+(?:are|is)\s+(?:kindly\s+|politely\s+|respectfully\s+)?(?:requested|asked|advised|reminded)\s+not\s+to\s+(?:call|phone|telephone|ring|contact)\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i,
  // "the HR department does not have the capacity to attend to phone calls from applicants" (round 50b)
  // (and with "no": "our small HR team has no capacity to handle telephone enquiries regarding applications", round 180)
  // (and any means at all: "our kitchen managers have no way to take calls about applications", round 190b)
  /\b(?:(?:does|do|doesn't|don't)\s*(?:not\s+)?have\s+(?:the|a|any)|(?:has|have)\s+no)\s+(?:capacity|resources|bandwidth|staff|staffing|time|way|means|ability)\s+to\s+(?:take|accept|answer|handle|field|return|attend\s+to|respond\s+to|deal\s+with)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:(?:phone|telephone)\s+(?:calls|enquiries|inquiries|queries)|calls)\b/i,
  // "we do not accept telephone applications or enquiries" (round 120f)
  // (and "unable to take phone queries", round 280)
  /\b(?:do\s+not|don't|does\s+not|doesn't|will\s+not|won't|cannot|can't|unable\s+to|not\s+able\s+to)\s+(?:accept|take|entertain|deal\s+with)\s+(?:any\s+)?(?:tele)?phone\s+(?:applications|calls|enquiries|inquiries|queries)(?:\s+(?:or|and)\s+(?:enquiries|inquiries|calls|applications))?\b/i,
  // "our recruiters can't be reached by phone", "are not reachable by phone" (round 120e)
  /\b(?:not|n't|never)\s+(?:be\s+)?(?:reachable|contactable)\s+(?:by|over|via|on)\s+(?:the\s+)?(?:tele)?phone\b/i,
  /\b(?:can't|cannot|can\s+not|won't|will\s+not)\s+be\s+(?:reached|contacted)\s+(?:by|over|via|on)\s+(?:the\s+)?(?:tele)?phone\b/i,
  // "phone calls will not be returned", "calls will not be accepted"
  // (a negation required, after the calls or as their "no": "Calls from the recruiter will be returned within a day"
  // forbids nothing, "No telephonic enquiries will be entertained" does, round 180)
  /\b(?:no\s+(?:[\w-]+\s+){0,3}?(?:calls|enquiries|inquiries|queries)\s+(?:[\w-]+\s+){0,6}?(?:will|can|shall)\s+(?:not\s+)?|(?:phone\s+|telephone\s+)?(?:calls|enquiries|inquiries|queries)\s+(?:[\w-]+\s+){0,6}?(?:(?:will|can|shall)\s+not|won't|cannot|can't)\s+)be\s+(?:returned|accepted|answered|taken|responded\s+to|accommodated|entertained|dealt\s+with|handled|put\s+through|transferred)\b/i,
  // "calls from candidates enquiring about the status of their applications will not be attended to" (round 180):
  // the negation far after its subject, said with any verb of handling
  /\b(?:phone\s+|telephone\s+)?calls\s+(?:from|by|about|regarding|concerning|to)\s+(?:[\w'-]+\s+){0,10}?(?:will\s+not|won't|cannot|can't|shall\s+not)\s+be\s+(?:attended\s+to|returned|accepted|answered|taken|entertained|dealt\s+with|handled|responded\s+to)\b/i,
  // "Phone enquiries are not accepted", "telephone calls aren't returned"
  /\b(?:phone|telephone)\s+(?:calls|enquiries|inquiries|queries)\s+(?:[\w-]+\s+){0,4}?(?:are|is)\s*(?:not|n't)\s+(?:accepted|answered|returned|taken|possible|permitted|put\s+through)\b/i,
  // "phoning a location won't get you an update" (round 70b): a call said to be of no use about the application
  /\b(?:phoning|calling|ringing|telephoning)\s+(?:[\w-]+\s+){0,4}?(?:won't|will\s+not|doesn't|does\s+not|can't|cannot)\s+(?:get\s+you|give\s+you|help|speed|change)\b/i,
  // "our recruiters don't have phones, so email is the only way to reach us" (round 70b)
  /\b(?:e-?mail|the\s+(?:candidate\s+)?portal)\s+is\s+the\s+only\s+way\s+to\s+(?:reach|contact|get\s+in\s+touch\s+with)\s+(?:us|me|the\s+team)\b|\b(?:don't|do\s+not|doesn't|does\s+not)\s+have\s+(?:a\s+)?(?:phones?|phone\s+lines?|a\s+phone\s+number)\b/i,
  // and said with "no": "our recruiters have no phone line for candidate queries" (round 160)
  /\b(?:have|has)\s+no\s+(?:tele)?phones?(?:\s+(?:lines?|numbers?|access))?\s+(?:for|to\s+take)\s+(?:any\s+)?(?:candidate|applicant|application|recruitment|job|status|calls)/i,
  // "Our switchboard is unable to put calls through to HR about job applications" (round 70d)
  /\b(?:unable\s+to|can't|cannot|can\s+not|won't|will\s+not|not\s+able\s+to|do\s+not|don't)\s+(?:put|transfer|connect|forward)\s+(?:any\s+)?(?:phone\s+|telephone\s+)?calls\s+(?:through\s+)?(?:to|for)\b/i,
  // "Canvassing in any form, including telephone calls to the office, will lead to disqualification" (round 70d); not
  // canvassing alone, which is lobbying, not calling (round 1140)
  /\b(?:canvassing\b[^.;]{0,60}?\b(?:tele)?phon\w*|(?:tele)?phone\s+calls)\b[^.;]{0,80}?\b(?:will|shall)\s+(?:lead\s+to|result\s+in|mean)\s+(?:automatic\s+|immediate\s+)?disqualification\b/i,
  // "Please wait to hear from us rather than following up" (round 70d): an unbounded request not to contact
  /\bwait\s+(?:to\s+hear\s+(?:back\s+)?from\s+us|for\s+us\s+to\s+(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+you)\s+(?:rather\s+than|instead\s+of)\s+(?:following\s+up|chasing|contacting|calling|reaching\s+out)\b/i,
  // "neither our HR team nor the site managers are in a position to take telephone enquiries" (round 70): "nor"
  // carries the negation
  /\bnor\s+(?:the\s+|our\s+|any\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|can|will\s+be)\s+(?:in\s+a\s+position|able)\s+to\s+(?:take|accept|answer|return|handle|field)\s+(?:any\s+)?(?:(?:phone|telephone)\s+(?:calls|enquiries|inquiries|queries)|calls)\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i,
  // "Phone calls to the hiring manager are strongly discouraged"
  /\b(?:phone|telephone)\s+(?:calls|enquiries|inquiries|queries)\s+(?:[\w-]+\s+){0,4}?(?:are|is)\s+(?:strongly\s+)?discouraged\b/i,
  // "candidates should under no circumstances call or visit the branch", "on no account phone the site"
  /\b(?:under\s+no\s+circumstances|on\s+no\s+account)\s+(?:[\w-]+\s+){0,3}?(?:call|phone|telephone|ring|contact)\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i, // the negation cut from its verb by an aside: "we ask that you not, under any circumstances, call the shop", "please
  // do not, whatever the delay, phone the clinic" (round 150)
  /\b(?:that\s+you|please\s+do|do|you\s+should|you\s+must)\s+not\s*,[^,.;]{1,60},\s*(?:call|phone|telephone|ring|contact)\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i,
];

/** An offer of something other than the job: "We'd like to offer you a second interview". */
export const NOT_A_JOB_OFFER =
  /\boffer\s+you\s+(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+)?(?:interview|call|meeting|chat|slot|time|opportunity\s+to\s+(?:interview|meet|speak))\b/i;

/**
 * A welcome after the offer was taken, in a message that names no offer: "We're so excited to have you join the
 * Finance team! Your first day is Monday 2 July 2040" (round 600). Its "have you join" is no new offer.
 */
export const ALREADY_HIRED =
  /^(?![\s\S]*\boffer)[\s\S]*?\b(?:your\s+first\s+day\s+(?:is|will\s+be)|welcome\s+aboard|see\s+you\s+on\s+your\s+first\s+day)\b/i;

/** Outcome phrases: rejection and offer. */
export const REJECTION_PATTERNS: readonly RegExp[] = [
  // "the position has since been filled by another candidate" (round 790)
  /\b(?:position|role|vacancy|post|job|opening)\s+(?:has|have)\s+(?:since\s+|now\s+|already\s+)?been\s+filled\b/i,
  // A public service's "you were not among the best qualified candidates referred to the hiring manager" (USAJOBS,
  // round 720); a non-native "we will not retain your candidature for the next step" (round 750).
  /\byou\s+(?:were|are)\s+not\s+(?:among|one\s+of)\s+(?:the\s+)?(?:best[\s-]qualified|successful|shortlisted|selected|top)\b|\b(?:will|shall|do|can|could|did)\s*(?:not|n't)\s+retain\s+your\s+(?:candidature|candidacy|application|profile)\b/i,
  // A status change to a rejection: "has been updated to: Not Selected - Position Filled" (round 38b)
  /\b(?:status|stage)\b[^.\n]{0,100}?\b(?:changed|updated|moved|set)\s+to\s*:?\s*["'\u201c]?(?:not\s+selected|unsuccessful|rejected|declined|position\s+filled|not\s+moving\s+forward|no\s+longer\s+(?:under\s+)?consider\w*)\b/i,
  // "we have decided to move forward with other candidates"
  /\b(?:decided|chosen|elected|decision)\s+to\s+(?:move|go|proceed|progress|continue|press)\s+(?:forward\s+|ahead\s+|on\s+)?with\s+(?:other|another|a\s+different|different|an?|one)\s+(?:(?:more\s+)?[\w-]+\s+)?(?:candidates?|applicants?|individuals?|people|person)\b|\b(?:decided|chosen|elected|decision)\s+to\s+(?:move|go|proceed)\s+(?:forward\s+)?with\s+someone\s+else\b/i,
  // "we will not be moving forward with your application", "we won't be taking your application any further"
  /\b(?:will\s+not|won't|not)\s+be\s+(?:moving|going|proceeding|taking)\s+(?:(?:your|with\s+your)\s+(?:application|candidacy)\s+)?(?:any\s+)?(?:forward|further|ahead)\b/i,
  // "we're not moving forward with your candidacy", "we will not be offering you the role"
  /\b(?:will\s+not|won't|not)\s+be\s+(?:proceeding|moving\s+forward|going\s+ahead)\s+with\s+(?:any|the)\s+(?:candidates?|applicants?|hire|appointment)\b|\b(?:are|'re|am|'m)\s+not\s+(?:moving|going)\s+(?:forward|ahead)\s+with\s+(?:your|you)\b|\b(?:will\s+not|won't|not)\s+be\s+(?:offering|extending)\s+(?:you\s+)?(?:the|an?)\b/i,
  // "we've decided to go in a different direction", "we have filled the role", "not been successful"
  /\bgo(?:ing)?\s+in\s+(?:a\s+)?(?:different|another)\s+direction\b|\b(?:have|'ve|has)\s+(?:now\s+)?filled\s+the\s+(?:role|position|vacancy)\b|\b(?:have|has|were|was)\s+not\s+been\s+successful\b|\b(?:haven't|hasn't|weren't|wasn't)\s+been\s+successful\b|\bunsuccessful\s+on\s+this\s+occasion\b/i,
  // "we won't be progressing your application", "we won't be progressing any applications for now" (on hold)
  /\b(?:will\s+not|won't|not)\s+be\s+(?:progressing|proceeding\s+with|progressing\s+with|taking\s+forward|continuing\s+with)\s+(?:your|you|any\s+(?:applications|candidates|applicants))\b/i,
  /\b(?:decided|chosen)\s+not\s+to\s+(?:move|proceed|progress|go|pursue|continue|take|offer|extend|advance|invite)\b/i,
  // "we've decided to offer the role to another candidate"
  // or "the role has been given to another candidate": the role, not a slot ("the slot on Tuesday has been given
  // to another candidate, please pick a new time" is a lost slot, round 50)
  /\b(?:offer(?:ed)?|give|given|gone)\s+(?:the\s+)?(?:role|position|job|offer)\s*(?:to|with)\s+(?:(?:another|a\s+different|other|an\s+internal)\s+(?:candidate|applicant|person)|someone\s+(?:else|whose|who))|\b(?:decided|chosen|elected|opted|decision)\s+to\s+(?:offer|give|go)\s+(?:it\s+)?(?:to|with)\s+(?:(?:another|a\s+different|other|an\s+internal)\s+(?:candidate|applicant|person)|someone\s+(?:else|whose|who))|\b(?:an|the|our|job)\s+offer\s+(?:to|with)\s+(?:(?:another|a\s+different|other|an\s+internal)\s+(?:candidate|applicant|person)|someone\s+(?:else|whose|who))|\b(?:role|position|job|post|vacancy|offer|it)\s+(?:has|have|had|was|is)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:offered|given|gone)\s+(?:to|with)\s+(?:(?:another|a\s+different|other|an\s+internal)\s+(?:candidate|applicant|person)|someone\s+(?:else|whose|who))/i,
  /\b(?:we\s+)?regret\s+to\s+(?:inform|let\s+you\s+know|advise|tell)\b/i,
  /\b(?:position|role|vacancy|job)\s+has\s+(?:now\s+)?been\s+filled\b/i,
  // "your application has not progressed to interview on this occasion" (round 70b)
  /\b(?:has|have|had|was|were)\s+not\s+(?:been\s+)?progressed\s+(?:to|further|beyond)\b|\b(?:hasn't|haven't|wasn't|weren't)\s+(?:been\s+)?progressed\s+(?:to|further|beyond)\b/i,
  // "Unfortunately, this position is no longer available"
  /\b(?:position|role|vacancy|job|opening)\s+(?:is|has\s+become)\s+no\s+longer\s+(?:available|open)\b/i,
  // (not a meeting called off: "we are unable to proceed with your interview on Friday" cancels a slot, round 100)
  /\b(?:unable|not\s+(?:be\s+)?able|won't\s+be\s+able|will\s+not\s+be\s+able)\s+to\s+(?:offer\s+you|progress|move\s+forward|proceed|take\s+your\s+application)\b(?!\s+with\s+(?:your|the|our|this|today's|tomorrow's)\s+(?:[\w-]+\s+)?(?:interview|call|meeting|screen|session|appointment|assessment)s?\b)/i,
  // A board or panel's recommendation withheld: "the interview board has not recommended you for appointment",
  // "you were not recommended for the post" (Irish and UK public service, round 100)
  /\b(?:has|have|had|did)\s+not\s+recommend(?:ed)?\s+you\s+for\b|\b(?:were|was|have|has)\s+not\s+been\s+recommended\s+for\b|\b(?:were|was)\s+not\s+recommended\s+for\b/i,
  /\b(?:pursue|pursuing|proceed\s+with|progress\s+with)\s+(?:other|another)\s+(?:candidates?|applicants?)\b/i,
  /\b(?:were|have\s+not\s+been|has\s+not\s+been|was)\s+(?:not\s+)?unsuccessful\b|\byour\s+application\s+(?:was|has\s+been)\s+unsuccessful\b/i,
  /\b(?:selected|chosen|hired|appointed|identified|settled\s+on|opted\s+for|gone\s+for|went\s+for|picked|(?:decided|chosen|elected)\s+to\s+(?:select|choose|hire|appoint|pick|go\s+for))\s+(?:another|a\s+different|an\s+internal|a\s+more\s+[\w-]+|other)\s+(?:candidates?|applicants?|person)\b|\b(?:close|closed|closing|end|ended|cancel(?:led)?)\s+(?:the|this|our)\s+(?:search|role|position|requisition|vacancy)\s+without\b|\bdecided\s+not\s+to\s+(?:fill|hire)\b|\b(?:didn't|did\s+not|won't|will\s+not)\s+(?:be\s+)?(?:make\s+it|progress(?:ing)?|go(?:ing)?|mov(?:e|ing))\s+(?:through\s+|forward\s+|on\s+)?to\s+the\s+next\s+(?:round|stage)\b|\bnot\s+(?:been\s+)?selected\s+(?:to|for)\b|\b(?:has|have)\s+not\s+been\s+shortlisted\b|\byour\s+application\s+(?:was|has)\s+not\s+(?:been\s+)?shortlisted\b/i,
  /\bcandidates?\s+whose\s+(?:experience|qualifications|skills|background)\s+more\s+closely\b/i,
  // "We've offered the role to a candidate with more test automation experience, and they have accepted"
  /\b(?:have|'ve|has|had)\s+(?:now\s+|already\s+)?(?:offered|given)\s+(?:the\s+|this\s+)?(?:role|position|job|post)\s+to\s+(?:an?|another|the\s+other|one\s+of\s+the\s+other)\s+(?:[\w-]+\s+)?(?:candidate|applicant|person|individual)s?\b/i,
  // "we will not be moving you forward in the process" (round 70f)
  /\b(?:will\s+not|won't|not)\s+be\s+(?:moving|taking|progressing|advancing)\s+you\s+(?:forward|further|ahead|through|on)\b/i,
  // "they felt your experience sits a little outside what this role needs right now" (round 120e): the hedge
  // ("a little", "slightly") is the let-down's
  /\byour\s+(?:experience|background|profile|skills?|skill\s+set|expertise)\s+(?:[\w-]+\s+){0,2}?(?:sits|sat|falls|fell|is|was|lies|lay)\s+(?:a\s+(?:little|bit)|slightly|somewhat|just|too\s+far)\s+outside\s+(?:what|of\s+what|the\s+(?:scope|needs|requirements))\b/i,
  // "your experience isn't the right match for this role at this time" (round 70e)
  /\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|'re\s+not)\s+(?:quite\s+)?(?:the\s+|a\s+)?(?:right|best|strongest|closest|ideal|good)\s+(?:match|fit)\s+for\s+(?:this|the|our)\b/i,
  // "we've decided to fill the Operations Lead role internally, so we'll be closing out your application" (round 70d)
  /\b(?:decided|chosen|going|opted)\s+to\s+fill\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,4}?(?:role|position|vacancy|post|job|opening)\s+internally\b|\b(?:have|'ve|has)\s+filled\s+(?:the\s+|this\s+)?(?:role|position|vacancy|post)\s+internally\b|\bclos(?:e|ing)\s+out\s+your\s+application\b/i,
  // "the team has decided to extend the offer to another finalist" (round 70c)
  // (and to "a candidate whose background aligns more closely", round 120c)
  /\b(?:extend(?:ed|ing)?|make|made|making)\s+(?:the|an|our|a)\s+offer\s+to\s+(?:another|a\s+different|the\s+other|one\s+of\s+the\s+other|an\s+internal|an\s+external|a)\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist|person)s?\b/i,
  // "the panel decided to appoint someone with more retail management experience\"
  /\b(?:decided|chosen|elected|opted|decision)\s+to\s+(?:appoint|hire|recruit|offer\s+(?:the\s+)?(?:role|position|job)\s+to)\s+(?:someone|somebody|another|a\s+different|an\s+internal|an\s+external|the\s+other|other)\b/i,
  // "I'm afraid it's not good news this time", "not the news you were hoping for"
  /\bnot\s+(?:good\s+news|the\s+(?:news|outcome|answer)\s+(?:you\s+(?:were|had\s+been)|we\s+(?:were|had\s+been))\s+hoping\s+for)\b/i,
  // "we have decided to pursue candidates whose litigation experience is more closely aligned with the practice"
  /\b(?:decided|chosen|elected|opted)\s+to\s+(?:pursue|proceed\s+with|progress\s+with|move\s+forward\s+with|go\s+(?:forward\s+)?with|continue\s+with|focus\s+on)\s+(?:other\s+|another\s+)?(?:candidates?|applicants?|individuals?|profiles?)\s+(?:whose|who|with|that)\b|\b(?:candidates?|applicants?|profiles?)\s+(?:whose|who|with)\s+[^.!?]{0,60}?\bmore\s+closely\s+(?:align|match|fit|suit)/i,
  // "the hiring manager felt other candidates were a closer fit", and of what they bring: "another candidate's
  // hands-on experience with Workday was a closer match" (round 120)
  /\b(?:other|another)\s+(?:candidates?|applicants?)(?:'s?\s+(?:[\w-]+\s+){1,8}?|\s+)(?:were|was|are|is|would\s+be)\s+(?:a\s+)?(?:closer|better|stronger)\s+(?:fit|match)\b/i,
  // The role given to a third person: "we've offered them the role", "has offered her the position" (round 120)
  /\b(?:have|'ve|has|had)\s+(?:now\s+|already\s+)?(?:offered|given)\s+(?:them|him|her)\s+the\s+(?:role|position|job|post)\b/i,
  // "we went with someone whose background is a bit closer", "we've gone with another candidate" (round 28)
  /\b(?:went|gone|going|go)\s+with\s+(?:someone|somebody)\s+(?:else|whose|who|with|that)\b|\b(?:went|gone|going)\s+with\s+(?:another|a\s+different|an\s+internal|the\s+other|an\s+external)\s+(?:candidate|applicant|person|hire)\b/i,
  // The application not carried on, active or passive, whatever the verb: "we will not be able to take your
  // candidature forward", "your application has not been taken further in the selection process" (round 100b)
  /(?:\bnot|n't)\s+(?:be\s+)?(?:able\s+to\s+)?(?:tak|mov|progress|carr|push|put)\w*\s+(?:your\s+(?:application|candidature|candidacy|profile|cv|resume)|you|it)\s+(?:any\s+)?(?:forward|further|ahead|through|to\s+the\s+next\s+(?:stage|round|step))\b|\b(?:application|candidature|candidacy|profile)\s+(?:has|have|was|were|will)\s+not\s+(?:be(?:en)?\s+)?(?:taken|moved|progressed|carried|put)\s+(?:any\s+)?(?:forward|further|through)\b/i,
  // The next stage withheld: "we won't be inviting you to the final stage", "will not be asking you back for
  // a second interview" (round 100b)
  /(?:\bnot|n't)\s+be\s+(?:inviting|asking|bringing|calling)\s+you\s+(?:back\s+)?(?:to|for|in\s+for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:stage|round|interview|assessment|onsite)\b/i,
  // (and with "unable": "we are unable to invite you to interview for this role", r63's twin)
  /\b(?:unable|not\s+(?:be\s+)?able)\s+to\s+(?:invite|offer)\s+you\s+(?:to\s+|for\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:interview|assessment)\b/i,
  // An ATS status field: "Your application status: Not selected", "Status: Unsuccessful" (round 28)
  // (and a closed record's reason: "Status: Closed – Not Progressing", round 70c)
  /\bstatus\s*:\s*(?:closed\s*[-–—:]\s*)?(?:not\s+referred|not\s+selected|unsuccessful|rejected|not\s+progress(?:ed|ing)|declined|no\s+longer\s+under\s+consideration)\b/i,
];
export const OFFER_PATTERNS: readonly RegExp[] = [
  // "we are pleased to offer you the position"
  // (and "pleased to make you a conditional offer of employment", an NHS letter, r49)
  /\b(?:pleased|delighted|happy|excited|thrilled|glad|pleasure)\s+to\s+(?:formally\s+)?(?:offer|extend\s+(?:to\s+)?(?:you\s+)?(?:an?\s+)?(?:[\w-]+\s+)?offer|make\s+you\s+(?:an?\s+)?(?:[\w-]+\s+)?offer)\b/i,
  // (and "extend you a verbal offer", round 330)
  /\b(?:would\s+like|'d\s+like|would\s+love|'d\s+love|want|wish)\s+to\s+(?:formally\s+)?(?:offer\s+you|extend\s+(?:you\s+)?(?:an?\s+)?(?:verbal\s+|formal\s+|conditional\s+|written\s+)?offer)\b/i,
  /\boffer\s+you\s+the\s+(?:position|role|job)\b/i,
  // "Please find your offer letter … attached via DocuSign" (round 310): the letter itself sent to the reader
  /\b(?:please\s+find|attached\s+(?:is|please\s+find)|here\s+is|enclosed\s+is|(?:i|we)(?:'ve|\s+have)\s+(?:attached|enclosed|sent))\s+(?:your|the)\s+(?:formal\s+|written\s+|official\s+|signed\s+)?(?:offer\s+(?:letter|of\s+employment|pack(?:age)?)|employment\s+offer)\b/i,
  // "we want you on the team", "we'd love to have you on board" (round 300)
  /\b(?:we|they)\s+(?:really\s+)?(?:want|'d\s+love|would\s+love|'d\s+like|would\s+like)\s+(?:to\s+(?:have|bring|welcome)\s+)?you\s+(?:on|onto|to\s+join)\s+(?:the|our|their)\s+team\b(?!\s+for\b)|\b(?:we|they)\s+(?:really\s+)?(?:want|'d\s+love|would\s+love)\s+(?:to\s+have\s+)?you\s+(?:on\s+board|aboard)\b/i,
  // "we'd like to make you an offer", "you have been selected for the role" (or "for the post of", round 650), "move
  // forward with an offer",
  // "We'd love to have you on board and will send the formal offer through"
  /\bmove\s+forward\s+with\s+you\s+as\s+(?:our|the)\b|\bbring\s+you\s+(?:on\s*board|aboard)\b|\b(?:delighted|pleased|happy|thrilled|excited|love|like)\s+to\s+have\s+you\s+(?:join|on)\s+(?:our|the)\s+(?:[\w-]+\s+)?team\b|\b(?:delighted|pleased|happy|thrilled|excited|love|like)\s+to\s+have\s+you\s+(?:on\s*board|aboard)\b|\b(?:like|love|want|wants|decided)\s+to\s+hire\s+you\b|\b(?:move|moving)\s+(?:forward|ahead)\s+with\s+(?:an?\s+|the\s+)?(?:formal\s+|verbal\s+|official\s+)?offer\b|\byou(?:'ve|\s+have)?\s+got\s+the\s+(?:job|role|position)\b/i,
  /\b(?:love|like|happy|pleased|delighted|excited|thrilled)\s+to\s+welcome\s+you\s+(?:to\s+(?:the|our)\s+team|aboard|on\s*board)\b|\bmake\s+you\s+(?:an?\s+)?(?:formal\s+|verbal\s+|official\s+)?offer\b|\b(?:you've|you\s+have)\s+been\s+selected\s+(?:for|as)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|hire|post(?!-))\b/i,
  /\b(?:attached|enclosed)\s+(?:is|please\s+find|you\s+will\s+find)\s+(?:your|the|our)\s+(?:formal\s+)?offer\b/i,
  // "we'd like you to join Reef Co as our Graduate Accountant", "we would love you to join us as our new Chef"
  // "We'd love to have you join as our new Sous Chef!" (round 880), "join Kasuku Pay as our Operations Lead" (910)
  /\bsigned\s+off\s+(?:on\s+)?your\s+offer\b|\b(?:'d|would)\s+love\s+to\s+have\s+you\s+join\s+(?:us\s+|the\s+team\s+|[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+)?as\s+(?:(?:our|the|a|an)\s)?(?![^.!?]*\b(?:interview|call|chat|meeting|session|stage|round|assessment|event|webinar|tour|panell?ists?|speakers?|guests?|volunteers?|observers?|judges?|mentors?)\b)/i,
  /\b(?:'d|would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\s+join\s+(?:us|[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?)\s+as\s+(?:our|the|a|an)\s(?![^.!?]*\b(?:interview|call|chat|meeting|session|stage|round|assessment|event|webinar|tour|open\s+(?:day|house|evening)|panell?ists?|speakers?|guests?|volunteers?|observers?|judges?|mentors?)\b)/i,
  // "the panel would like to appoint you to the post of Senior Lecturer" (round 120e)
  /\b(?:would\s+like|'d\s+like|wish|wishes|want|wants|decided|agreed|delighted|pleased)\s+to\s+appoint\s+you\b/i,
  // "the panel has recommended you for the Harbour Operations Coordinator position" (round 100f)
  /\b(?:has|have)\s+(?:now\s+)?recommended\s+you\s+for\s+(?:appointment|(?:the|this)\s+(?:[\w-]+\s+){0,4}?(?:position|role|post|job))\b/i,
  // "we want you as our first design hire. the formal offer letter is in your inbox from docusign" (round 1140)
  /\b(?:we|they)\s+(?:really\s+|all\s+)?(?:want|'d\s+love|would\s+love|'d\s+like|would\s+like)\s+you\s+as\s+(?:our|their|the\s+team's)\s+(?:[\w-]+\s+){0,3}?(?:hire|employee|team\s+member|colleague|engineer|designer|developer|manager|lead|analyst|chef|nurse|teacher|accountant|associate)\b|\b(?:formal|official|written)\s+offer(?:\s+letter)?\s+(?:is|has\s+been)\s+(?:in\s+your\s+inbox|on\s+(?:its|the)\s+way\s+to\s+you|sent\s+to\s+you|waiting\s+for\s+you)/i,
  // "the team want you on board as our new Logistics Coordinator" (round 100b)
  /\b(?:want|wants|would\s+like|'d\s+like|would\s+love|'d\s+love)\s+(?:to\s+(?:have|bring)\s+)?you\s+(?:on\s*board|aboard)\b/i,
  // "Congratulations! The Shift Lead job is yours if you want it", "the role's yours"
  /\b(?:job|role|position)(?:\s+is|'s)\s+yours\b/i,
  // "I'm pleased to let you know that you've been successful" (UK), but not "successful in reaching the final round"
  // nor "you'll find out whether you've been successful by Friday"
  /\byou(?<!\b(?:whether|if)\s+you)(?:'ve|\s+have)\s+been\s+successful\b(?![^.!?]*\b(?:stage|round|interview|shortlist\w*|assessment|progress\w*|next|second|final|through\s+to)\b)/i,
  // "we'd love you to join the Finance team as our Assistant Accountant", but not "to join us for a final interview"
  /\b(?:'d|would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\s+join\s+(?:us|(?:the|our)\s+(?:[\w-]+\s+){0,3}?team)\b(?![^.!?]*\b(?:interview|call|chat|meeting|session|stage|round|assessment|coffee|lunch|dinner|event|webinar|tour|open\s+(?:day|house|evening)|panell?ists?|speakers?|guests?|volunteers?|observers?|judges?|mentors?)\b)/i,
  /\b(?:formal\s+)?offer\s+(?:letter|of\s+employment)\s+(?:is\s+)?(?:attached|enclosed)\b/i,
  // "here's a recap of the offer: $92k base", "We are pleased to appoint you as Assistant Manager" (round 70f)
  /\b(?:recap|summary|breakdown)\s+of\s+(?:the|your|our)\s+(?:verbal\s+|formal\s+|job\s+)?offer\b|\b(?:pleased|delighted|happy|glad)\s+to\s+appoint\s+you\b/i,
  // "we are delighted to confirm our offer of employment" (round 70b)
  /\b(?:pleased|delighted|happy|glad|thrilled)\s+to\s+confirm\s+(?:our|your|the|this)\s+(?:formal\s+|conditional\s+|written\s+)?offer\b/i,
  // "As discussed, I'm putting the verbal offer in writing" (round 70)
  /\b(?:putting|put|confirming|confirm)\s+(?:the|your|our|my)\s+verbal\s+offer\b/i,
  // "Please find attached your offer of employment"
  /\bfind\s+(?:attached|enclosed)\s+(?:your|the|our)\s+(?:formal\s+|written\s+)?offer\s+(?:letter|of\s+employment|pack)\b/i,
  // "I'm pleased to confirm your successful appointment to the role of Staff Nurse"
  /\bsuccessful\s+appointment\s+(?:to|as)\b/i,
  // "the committee approved your hire!" (round 32)
  // (and "Management has approved your engagement as Senior Accountant", round 790)
  /\bapproved\s+(?:your\s+(?:hire|hiring|appointment|offer|engagement|employment)|(?:an?\s+|the\s+)?offer\s+for\s+you)\b/i,
  // An HR platform's: "Please review and sign your offer letter", "Pinecrest has sent you an offer letter" (r18)
  /\b(?:sign|accept|countersign|e-?sign)\s+your\s+(?:formal\s+)?offer\s+(?:letter|of\s+employment)\b|\bsent\s+you\s+an?\s+(?:formal\s+)?offer\b/i,
  // The reader congratulated on the offer or the role: "Congratulations again on your offer!" (round 120d)
  /\bcongratulations\b[^.!?]{0,20}?\bon\s+(?:your|the)\s+(?:job\s+|new\s+|formal\s+|verbal\s+)?(?:offer|appointment)\b(?!\s+(?:of|for)\s+(?:an?\s+)?(?:interview|call|meeting|slot))/i,
  // The offer handed over: "here's the written offer we discussed on the phone" (round 120c); not an offer of a
  // slot (and "The offer is valid until November 20" alone names no offer made to the reader)
  /\b(?:here's|here\s+is|attached\s+is|enclosed\s+is)\s+(?:the|your|our)\s+(?:written\s+|formal\s+|official\s+|job\s+)?offer\b(?!\s+(?:of|for)\s+(?:an?\s+)?(?:interview|call|meeting|slot|chat))/i,
  // An ATS notification of the offer itself: "You have an offer for Graduate Analyst", "To view and accept your
  // offer, sign in" (round 120), not an offer of an interview ("you have an offer of an interview slot")
  /\byou(?:'ve|\s+have)\s+(?:received\s+|been\s+(?:sent|made|extended)\s+)?(?:an?\s+)?(?:new\s+|job\s+|formal\s+|conditional\s+)?offer\s+(?:for\s+(?:the\s+)?(?!(?:an?\s+)?(?:interview|call|chat|meeting|slot))|from\b)|\b(?:view|review)\s+and\s+(?:accept|sign)\s+your\s+(?:job\s+|formal\s+)?offer\b/i,
];

/**
 * An employer's thanks for a meeting held on the day of writing: that day is the interview where the message names
 * none (heldToday.ts).
 */
export const HELD_TODAY: HeldTodayRows = {
  thanks: [
    {
      pattern: String.raw`(?:many\s+thanks|thanks|thank\s+you)\s+(?:[\p{L}]+\s+){0,2}?for\s+(?:taking\s+(?:the\s+|your\s+)?time\s+(?:out\s+)?to\s+)?(?:(?:attending|participating\s+in|taking\s+part\s+in|joining\s+us\s+for)\s+)?(?:(?:come|coming)\s+(?:in|by|over)|interview(?:ing)?\s+(?:with\s+)?(?:us|me|the\s+team)|(?:the\s+)?(?:opportunity|chance)\s+to\s+(?:interview|meet|speak|talk)|meet(?:ing)?\s+(?:with\s+)?(?:us|me|the\s+team)|speak(?:ing)?\s+with\s+(?:us|me)|talk(?:ing)?\s+(?:to|with)\s+(?:us|me)|(?:the|your|our|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|conversation|chat|call|visit|time)|(?:the|your|our|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:assessment\s+(?:centre|center|day)|selection\s+day|onsite|on-site|super\s?day|trial\s+shift|tryout))`,
      example: 'Thanks for coming in today! The team really enjoyed meeting you.',
    },
    {
      pattern: String.raw`(?:thanks|thank\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+)?for\s+(?:(?:arranging|organi[sz]ing|setting\s+up|scheduling|facilitating)\s+)?(?:today's|today’s|this\s+(?:morning|afternoon|evening)['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|conversation|chat|call|visit|meeting)`,
      example: "Thank you for this afternoon's interview, I enjoyed meeting the panel.",
    },
    {
      pattern: String.raw`(?:great|lovely|nice|good|a\s+pleasure)\s+(?:to\s+meet|meeting|speaking\s+with|talking\s+(?:to|with)|to\s+speak\s+with)\s+you`,
      example: 'It was great to meet you this afternoon, Alex.',
    },
    {
      // A second object of the thanks: "Thank you for your interest in the firm and for the interview on 1 December".
      pattern: String.raw`(?:thanks|thank\s+you)\s[^.!?]{0,80}?(?:as\s+well\s+as|and)\s+for\s+(?:the|your|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|conversation|meeting)`,
      example: 'Thank you for your interest in the firm as well as for the interview on Tuesday, 1 December.',
    },
    {
      // A meeting its writer enjoyed: "I really enjoyed our interview on Wednesday and wanted to update you."
      pattern: String.raw`(?:enjoyed|appreciated)\s+(?:our|your|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|conversation|chat|call|visit|meeting)`,
      example: 'The panel enjoyed your interview on Monday and will meet again next week.',
    },
    {
      // A meeting named as past by what followed it: "Following your interview on 26 November, ...".
      pattern: String.raw`(?:following|after)\s+(?:your|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|conversation|meeting|call|visit)`,
      example:
        'Following your interview on Thursday 26 November, the panel has now met to discuss all candidates.',
    },
  ],
  today: [
    {
      pattern: String.raw`today|this\s+(?:morning|afternoon|evening)|today['’]s`,
      example: 'Thank you for your time this afternoon at 2pm.',
    },
  ],
};

/**
 * Mail sent to a list: its footer's "Unsubscribe", "You're receiving this because you subscribed", "manage your
 * preferences". Such a message that says nothing of the reader's own application (OWN_APPLICATION) is a
 * newsletter, a digest or an event's promotion: its dates and windows are no employer's word to the reader
 * ("What to do when you haven't heard back in a week … Unsubscribe", round 160). An ATS's confirmation with an
 * unsubscribe line still speaks of the reader's interview ("We'd like to invite you to an onsite interview").
 */
export const LIST_MAIL =
  /\b(?:unsubscribe|dear\s+subscribers?|you(?:'re|\s+are)\s+receiving\s+this(?!\s+(?:e-?mail\s+|message\s+|invitation\s+)?because\s+you\s+(?:scheduled|booked|accepted|confirmed|chose|picked|are\s+(?:an?\s+)?(?:attendee|guest|invitee|participant))\b)|manage\s+(?:your\s+)?(?:e-?mail\s+|subscription\s+|alert\s+)?(?:preferences|alerts|subscriptions?)|view\s+(?:this|it)\s+in\s+your\s+browser)\b/i;

/**
 * An applicant tracking system's or a scheduler's signature on a message to one candidate: "Sent via Greenhouse",
 * "Powered by Ashby", "Scheduled with GoodTime on behalf of …" (round 660). Its footer's "Unsubscribe" makes it no
 * newsletter.
 */
export const ATS_SENDER =
  /\b(?:sent|delivered|powered|scheduled)\s+(?:via|by|with|through|using)\s+(?:greenhouse|lever|workday|ashby|icims|smartrecruiters|teamtailor|workable|bamboohr|jobvite|recruitee|personio|pinpoint|breezy(?:\s+hr)?|jazzhr|taleo|successfactors|rippling|goodtime|modernloop|calendly|paradox|avature|phenom|eightfold|beamery|manatal|zoho\s+recruit|jobadder|bullhorn|pageup|livehire)\b/i;
// (not the reader's own where it is advice's object: "How to follow up after your interview", "questions to ask at
// the end of your interview on Friday" in a careers newsletter, round 230)
export const OWN_APPLICATION =
  /(?<!\b(?:after|during|(?:end|close)\s+of|ace|nail)\s+)\byour\s+(?:[\w-]+\s+){0,2}?(?:application|candidacy|interview|assessment|offer)\b|\b(?:invite|inviting|invited)\s+you\b|\b(?:thank\s+you|thanks)\s+for\s+(?:applying|your\s+(?:time|interest|application))\b|\byou(?:'ve|\s+have)\s+(?:been\s+)?(?:applied|shortlisted|selected)\b/i;

/**
 * A school's mail: an exam timetable, a registrar's notice ("Semester 1 examinations … Results will be released by
 * 15 January", round 230b). Without a word of a job (HIRING_ANY) its dates are a student's, no employer's.
 */
// (and a conference's call for papers: "Abstracts are due by 31 May; authors will be notified of acceptance by 30
// June", round 250b)
// (and a student's viva or thesis defence: "The viva for your thesis defence is scheduled on 28 November at 10:00",
// round 350; "Your viva (oral examination) is scheduled for Wednesday … The examiners are …", round 700)
export const ACADEMIC_MAIL =
  /\b(?:viva(?:\s+voce)?\s+(?:for|of|on)\s+(?:your|the)\s+(?:thesis|dissertation|phd|doctora\w*|research|project)|(?:your|the)\s+viva(?:\s+voce)?\s+(?:\(|is|was|has|will|examination)|scholarships?\b|oral\s+exam\b|written\s+papers|certification\s+exam|exam\s+vouchers?|dear\s+learner|(?:ielts|toefl|toeic|dele|delf|dalf|jlpt|hsk|goethe-zertifikat)\b|oral\s+examinations?|(?:internal|external)\s+examiners?|the\s+examiners\s+(?:are|will)|graduate\s+school\s+office|(?:thesis|dissertation|doctoral)\s+(?:defen[cs]e|submission|examination|committee|supervisor)|oral\s+defen[cs]e|call\s+for\s+(?:papers|abstracts|proposals|submissions)|abstracts?\s+(?:are\s+)?due|camera-ready|notified\s+of\s+acceptance|semester|trimester|registrar(?:'s)?|registry|exam(?:ination)?s?\s+(?:timetable|hall|period|schedule|office|results)|final\s+exam(?:ination)?s?|student\s+(?:administration|services|records|portal|number|id)|academic\s+(?:year|calendar|records|registry|office)|course\s+(?:code|results|grades)|admit\s+cards?|hall\s+tickets?|entrance\s+(?:tests?|exam(?:ination)?s?)|(?:msc|mba|phd|mphil|llm|bsc|meng|master'?s|bachelor'?s)\s+(?:in\b|of\b|(?:[\w-]+\s+){0,3}?(?:programme|program|degree|course))|(?:under|post)?graduate\s+admissions?|admissions?\s+(?:office|team|committee|interviews?))\b/i;

/**
 * A greeting to a group: a club's, a family's, a team's mail ("Hi all, … We'll meet at Priya's on Thursday 29 March at
 * 7pm", round 280). Beside no word of a job application its days are the group's, no slot or promise of the reader's.
 */
export const GROUP_GREETING =
  /^[ \t]*(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening))[ \t]+(?:all|everyone|everybody|team|folks|guys|y'all|friends|neighbou?rs|residents|members|parents|colleagues|families|(?:[\w'&-]+[ \t]+){1,2}(?:members|parents|residents|neighbou?rs|friends|colleagues|volunteers|players|families|club|group|crew|gang))\b/im;

/**
 * A team's greeting ("Hi team, the intern interviews are wrapping up on Friday; decisions will go out by Wednesday 3
 * December", round 410): where the message says "you" nowhere, it is the writer's colleagues', no candidate's.
 */
export const TEAM_GREETING =
  /^[ \t]*(?:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon))[ \t]+(?:team|colleagues|all\s+staff|team\s+members)\b/im;

/**
 * A friend's or a relative's wishes for the reader's interview ("Good luck with your interview Thursday!! Drinks
 * after? Thursday at 6 at the usual place", heldout6): beside no other word of a job application, its days are the
 * friends' plans, and its questions ask nothing an employer asks.
 */
export const WELL_WISHING =
  /\b(?:(?:good|best\s+of)\s+luck|fingers\s+crossed|all\s+the\s+best)\s+(?:with|on|for|in|at)\s+(?:your|the|tomorrow's|thursday's|friday's|monday's|tuesday's|wednesday's)\s+(?:[\w-]+\s+)?interview|\b(?:break\s+a\s+leg|knock\s+(?:'em|them)\s+dead|you(?:'ve|\s+have)\s+got\s+this|smash\s+(?:it|your\s+interview))\b/i;

/**
 * Mail about something other than a job that uses a job's words: a reporter's or a podcast's "interview", an
 * application for a card, a loan or a permit ("Thank you for your application for the Horizon Rewards Visa card …
 * within 7–10 business days", "I'm a reporter for The Hurricane … a short interview … on Monday at 3pm", round
 * 250b). Only where no word of a job application (APPLICATION_WORDS, its "interview" aside) stands beside it.
 */
// (and an article's: "5 signs your interview went well, and what to do if you don't hear back within a week. Read more
// on our blog", round 380; but "your application for the post of Credit Analyst" is for a job, round 700)
export const NOT_A_JOB_MAIL =
  /\b(?:\d{1,2}\s+(?:signs|tips|ways|mistakes|things|questions|reasons|secrets|habits|steps)\s+(?:that\s+|to\s+|your\s+|you\s+|for\s+|on\s+|of\s+|about\s+|why\s+|how\s+)|what\s+to\s+do\s+(?:if|when)\s+you|read\s+more\s+on\s+(?:our|the)\s+(?:blog|site|website)|reporter|journalist|student\s+(?:paper|newspaper|magazine|radio)|podcast|episode|our\s+readers|feature\s+(?:story|article)|research\s+(?:study|participants?)|user\s+research|(?:breakfast|morning|drive-?time|evening|late-?night)\s+(?:show|programme|program|bulletin)|on\s+air|(?:volunteer(?:ing|ed)?|sign(?:ing|ed)?\s+up|taking\s+part|take\s+part|participat\w+)\s+(?:for|in)\s+(?:our|this|the)\s+(?:[\w-]+\s+){0,5}?(?:study|survey|trial|focus\s+group)|study\s+participants?|application\s+for\s+(?:(?:the|a|an|your|our)\s+)?(?:(?!(?:post|role|position|job|vacancy|opening)\b)[\w-]+\s+){0,4}?(?:card|loan|mortgage|account|credit|overdraft|policy|permit|licen[cs]e|membership|tenancy|grant|scholarship|passport|visa|allotment)\b(?!\s+(?:[\w-]+\s+)?(?:analyst|officer|manager|controller|specialist|advis[eo]r|administrator|assistant|clerk|executive|representative|underwriter|associate|consultant|role|position|post|job|vacancy))|(?:loan|mortgage|credit\s+card|card|visa|passport|permit|licen[cs]e|tenancy|rental)\s+application|(?:personal\s+)?(?:loan|credit\s+card|mortgage|overdraft)\s+offer|pre-?approved\s+(?:personal\s+)?(?:loan|credit|card|offer)|visa\s+(?:category|type|class|appointment|interview)|(?:u\.?s\.?\s+)?(?:embassy|consulate)\s+(?:in|of|at)\b|(?:pet|dog|cat|animal)\s+adoption|application\s+to\s+adopt|adoption\s+(?:committee|team|application)|home[\s-]check|hackathons?|coding\s+(?:contests?|competitions?|challenges?)|leaderboard|contestants?|invited\s+to\s+the\s+finals?|the\s+top\s+\d+\s+(?:will|qualify|advance|go)|(?:research\s+)?ethics\s+(?:board|committee)|(?:our|this|the)\s+survey\s+(?:on|about))\b/i;

/**
 * The reader's life outside any job search, one domain a row: a clinic, a gym class, a court, a fixture, a move, a
 * trip (round 240), a child's nursery, a service's appointment (a dentist, a visa centre; round 240b). A message with these words and no word of a job application (APPLICATION_WORDS) is about them:
 * its "booked for Tuesday 16 January at 09:00" is no interview, its "results within 5 working days" no employer's
 * promise.
 */
export const LIFE_ADMIN_ROWS: readonly PhraseRow[] = [
  {
    // A child's sport (round 440): "your kid's soccer tryout is Saturday at 9am at Magnuson Park. Bring cleats!"
    pattern: String.raw`(?:your|my|the)\s+(?:kid|kids|child|children|son|daughter|toddler)(?:'s|s')\s+(?:[\w-]+\s+){0,2}?(?:tryouts?|try-outs?|trials?|practice|training|game|match|lesson|class|recital)|soccer|netball|little\s+league|cleats|shin\s+pads|swim(?:ming)?\s+(?:lessons?|squad|meet|carnival)`,
    example: "Reminder: your daughter's netball trial is on Saturday at 8am. Bring water!",
  },
  {
    // A utility's schedule (round 430): "your load-shedding schedule for next week: Stage 2, Tuesday 16:00–18:30".
    pattern: String.raw`load[\s-]?shedding|power\s+(?:cut|outage|interruption)s?|water\s+(?:outage|interruption|shut-?off)s?|planned\s+(?:power|water|electricity)`,
    example: 'Planned power cut in your area: Tuesday from 09:00 to 13:00.',
  },
  {
    // A trade's visit to the reader's home (round 630): "the plumber will come to the unit on Friday between 8 and 12
    // to fix the hot water".
    pattern: String.raw`plumbers?|electricians?|gas\s+engineers?|boiler|locksmith|handyman|pest\s+control|hot\s+water|strata|body\s+corporate|(?:fix|repair|service)\s+the\s+(?:leak|boiler|heater|heating|dishwasher|washing\s+machine|fridge|oven)`,
    example: 'The electrician will come on Friday between 8 and 12 to fix the lights.',
  },
  {
    // A car's service or test (round 390): "your car service is booked for Friday 13 February at 8am. We'll call you
    // when it's ready, usually within 4 hours."
    pattern: String.raw`car\s+(?:service|servicing|repairs?|wash|valet|finance)|your\s+car(?:'s|\s+is|\s+will\s+be)\s+(?:all\s+)?(?:done|ready|fixed)|(?:rear|front)\s+(?:brake\s+)?pads|brake\s+pads|test\s+drives?|part[\s-]?exchange|trade[\s-]?in\s+(?:value|offer|price)|pcp\s+(?:application|deal|agreement)|dealership|(?:mot|smog|roadworthy|emissions)\s+(?:test|check|inspection|certificate)|oil\s+change|tyres?\s+(?:fitting|change|rotation)|tires?\s+(?:rotation|change)|wheel\s+alignment|your\s+vehicle`,
    example: 'Your MOT test is booked for Tuesday at 9am. We will text you when your vehicle is ready.',
  },
  {
    // A home's viewing, sale or let (round 370): "Your viewing of 14 Elm Street is confirmed for Saturday 13 September
    // at 11:00. The agent will send feedback from the vendor within 48 hours of any offer."
    pattern: String.raw`(?:property|house|flat|apartment|home|open[\s-]+home)\s+viewings?|viewing\s+of\s+(?:\d|flat|apartment|unit)|estate\s+agents?|letting\s+agents?|realtors?|the\s+vendors?|mortgage\s+(?:advisor|adviser|application|offer)|conveyanc\w+`,
    example: 'The estate agent has booked your flat viewing for Thursday at 6pm.',
  },
  {
    // (and a dental recall, round 300: "It's time for your 6-month check-up!"; not "dental", an employer's name as
    // often: "an offer from Lakeview Dental")
    pattern: String.raw`(?:vaccin\w+|flu\s+(?:jab|shot)|booster\s+(?:jab|shot|dose)|immuni[sz]ations?|hospital|cardiology|dermatology|radiology|physiotherapy|test\s+results|blood\s+tests?|prescriptions?|patients?|appointment\s+with\s+dr|check-?ups?|hygienist|clinical\s+(?:trial|research|study)|screening\s+visit|study\s+visit)`,
    example:
      'Your appointment with Dr. Adeyemi (Cardiology) is on Monday, 15 January 2029 at 10:30 AM. Test results will be available within 5 working days of your visit.',
  },
  {
    pattern: String.raw`(?:gym|fitness|bootcamp|workout|yoga|pilates|spin\s+class|late-cancel\s+fee|pt\s+session|personal\s+train(?:ing|er))`,
    example: "You're booked! HIIT Bootcamp with Coach Dee\nWednesday, January 10 · 6:30 AM · Studio B",
  },
  {
    // (and a court's listing, round 240b: "Your case … is listed for hearing at Dublin District Court on Wednesday 14
    // February 2029 at 10:30")
    pattern: String.raw`(?:jury|jurors?|summons|summoned|courts?|courthouse|listed\s+for\s+(?:hearing|trial)|magistrates?|tribunal)`,
    example:
      'You are hereby summoned to appear for jury service on Monday, January 22, 2029 at 8:00 AM at the Richard J. Daley Center.',
  },
  {
    // A child's nursery or school (round 240b).
    // (and a school's letter to parents, round 250: "Dear Parent, mid-term break begins on Friday 24th March")
    pattern: String.raw`(?:parents'?\s+(?:evening|night)|nursery|childcare|day\s?care|pre-?school|kindergarten|kindy|early\s+learning|settling-in|cr[eè]che|dear\s+parents?|report\s+cards?|mid-?term\s+break|half-?term)`,
    example:
      "Ava's settling-in visit is on Tuesday 6 February at 9:30am. We'll confirm her full-time place within two weeks.",
  },
  {
    // A service's booking: a dentist's, a visa centre's, a bank's. An interview's confirmation that says
    // "appointment" names the job too ("Your appointment: 10 December 2026, 14:00" under a Personio interview invite).
    pattern: String.raw`(?:appointments?|passports?|biometrics|visa\s+application\s+cent(?:re|er))`,
    example: 'Reminder: Lakeview Smiles appointment Tue 2/6 at 4:30pm with Dr. Chen. Reply Y to confirm.',
  },
  {
    // (and "Under-12s", "match day", round 250)
    pattern: String.raw`(?:fixtures?|kick-?off|under[\s-]\d{1,2}s|league|match\s+day)`,
    example:
      'Ponsonby Tigers vs Eastside Eagles\nSaturday 13 January, 9:00am kick-off, Western Springs Field 3',
  },
  {
    // (and a landlord's routine inspection, round 270; a letting agent's "annual inspection of Flat 4B", "Thanks for
    // your offer on the flat", a would-be tenant's "I'm interested in renting your room", rounds 670–690)
    pattern: String.raw`(?:relocation|removals|movers|home-finding|property\s+(?:viewings?|inspections?|management|managers?)|routine\s+inspection|landlord|tenancy|lettings|letting\s+agency|annual\s+inspection|inspection\s+of\s+(?:flat|apartment|unit|the\s+(?:property|flat|apartment))|rent\s+(?:review|increase)|rent(?:ing)?\s+(?:your|the)\s+(?:spare\s+)?(?:room|flat|apartment|house|studio|unit)|(?:your|an?|my)\s+offer\s+on\s+the\s+(?:flat|house|property|apartment|unit)|viewings?\s+(?:are|is)\s+(?:paused|suspended|closed))`,
    example:
      "I'm your relocation consultant from MoveWell Relocations. Your home-finding tour in Cape Town is booked for Tuesday 16 January at 09:00.",
  },
  {
    // (not a flight or an itinerary alone: "Kate's flight has been delayed, so we'll need to push tomorrow's 10am",
    // "Your final round itinerary")
    pattern: String.raw`(?:boarding\s+pass|check-in\s+opens|departure\s+(?:gate|terminal|time)|flight\s+itinerary)`,
    example: 'Online check-in opens 48 hours before departure.',
  },
  {
    // A language school's, a co-working space's, a freelancer's client's or a colleague's mail (rounds 800, 820): "your
    // oral placement interview with a teacher", "Your tour of the space is booked … your membership can start", "Thanks
    // for the first logo drafts! Can we do a quick call on Tuesday", "Automatic reply: Q3 expense claims".
    pattern: String.raw`placement\s+(?:test|interview|exam)|(?:language|french|spanish|english|german|italian|japanese)\s+(?:course|school|classes)|co-?working|hot\s+desks?|membership\s+(?:can\s+)?starts?|(?:thanks|thank\s+you)\s+for\s+the\s+(?:first\s+|latest\s+|new\s+|revised\s+)?(?:logo\s+)?(?:drafts|mock-?ups|deliverables|illustrations|artwork)|expense\s+claims?|payroll\s+quer(?:y|ies)|discovery\s+call|logo\s+files|(?:need|want)s?\s+a\s+(?:new\s+)?(?:website|logo|app)\b`,
    example: 'Thanks for the first logo drafts! Could we do a call on Tuesday at 10 to go over them?',
  },
  {
    // A union's case for its member (round 760): "Thank you for contacting the union about the changes to your shift
    // pattern. Your case has been assigned to Comrade Naidoo, who will be in touch within two weeks".
    pattern: String.raw`(?:trade|labou?r|workers'?|teachers'?|nurses'?)\s+union|(?:the|your)\s+union\b|union\s+(?:rep|representative|branch|caseworker|members?(?:hip)?|official)|in\s+solidarity|shop\s+steward`,
    example: 'Your union rep will be in touch within five working days about the grievance.',
  },
  {
    // A race or a charity event the reader runs in (round 770): "Your place in the Harbour 10K is confirmed: Sunday 13
    // April, wave C starts at 7:40am."
    pattern: String.raw`half[\s-]marathon|marathon|fun\s+run|race\s+(?:day|pack|number|bib)|fundraising\s+page|start\s+wave|(?:wave\s+[a-z]|your\s+wave)\s+starts`,
    example: 'Your race pack for the Riverside 10K is ready; your wave starts at 8:10am on Sunday.',
  },
  {
    // A contractor's payroll (round 740): "timesheets for the week ending Sunday 27/03 must be submitted and approved by
    // 12:00 on Monday 28 March … the next pay run on Friday 8 April".
    pattern: String.raw`timesheets?|pay\s+runs?|payroll\s+(?:team|cut-?off|deadline)|payslips?`,
    example: 'Timesheets are due by noon on Monday; late ones are paid in the next pay run on Friday.',
  },
  {
    // A wedding's or a party's venue (round 740): "thank you for your enquiry about our Stellenbosch venue … a quick
    // availability call … does Thursday at 6pm suit?"
    pattern: String.raw`(?:your|the)\s+(?:engagement|wedding|big\s+day|reception\s+venue)|(?:enquiry|inquiry)\s+about\s+(?:our|the)\s+(?:[\w-]+\s+)?venue|venue\s+(?:hire|booking|tour|viewing)|(?:wedding|event)\s+(?:planner|coordinator|package)`,
    example:
      'Thanks for your enquiry about our garden venue! Could we do a call on Friday at 5 to talk through your wedding?',
  },
  {
    // A driving test (round 270): "Your DMV road test is scheduled for Wednesday, November 15 at 9:40 AM".
    pattern: String.raw`(?:road\s+test|driving\s+test|DMV|permit\s+test|learner(?:'s)?\s+permit|driving\s+(?:lessons?|school|instructor)|practical\s+lesson|autoescuela|auto-?[ée]cole|fahrschule)`,
    example:
      'Your DMV road test is scheduled for Wednesday, November 15, 2028 at 9:40 AM at the Red Hook test site.',
  },
  {
    // (and a mentoring scheme's match, round 280b)
    pattern: String.raw`(?:volunteers?|volunteering|mentors?|mentoring|mentees?)`,
    example: 'Soup kitchen volunteer rota – week of 15 January',
  },
  {
    // A vendor's pitch (round 280b): "Following up on my note about our fleet telemetry platform. Would Thursday at
    // 10am work for a quick call to show you how it works?"
    // (and the reader as the vendor: "We've reviewed your proposal for the warehouse audit and will make a decision by
    // Friday … the offer terms", from Procurement, round 680)
    pattern: String.raw`(?:your|the)\s+(?:proposal|quote|quotation|tender|bid|rfp\s+response|estimate)\s+(?:for|to)\b|procurement|raise\s+(?:the|a)\s+(?:po|purchase\s+order)\b|purchase\s+order|statement\s+of\s+work|show\s+you\s+how\s+(?:it|our\s+[\w-]+|we|they)\s+works?|(?:walk|take)\s+you\s+through\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:platform|product|solution|software|tool|app)|(?:following|circling|checking)\s+(?:up|back)\s+on\s+my\s+(?:note|e-?mail|message)\s+about\s+our|(?:quick|short|free|personali[sz]ed|live)\s+(?:product\s+)?demo`,
    example:
      'Circling back on my email about our invoicing software. Do you have 15 minutes on Tuesday at 11 for a quick demo?',
  },
  // A customer's own case with a company, one domain a row (round 280: an insurance claim, a tax return, an IT
  // ticket, a car hire): its "we'll contact you within 10 working days" is the company's promise to a customer.
  {
    pattern: String.raw`(?:insurers?|insurance|your\s+claim|claims?\s+(?:team|handler|department|number|ref(?:erence)?|form)|policy\s*holders?|policy\s+number|loss\s+adjusters?)`,
    example:
      'We have received the photos for your claim. A loss adjuster will call you within 5 working days to arrange a visit.',
  },
  {
    pattern: String.raw`(?:tax\s+(?:returns?|refunds?|preparers?|advisers?|advisors?|code|office|filing)|(?:the|your)\s+(?:19|20)\d\d\s+(?:return|filing)|preparers?|bookkeeping|HMRC|IRS)`,
    example:
      'Your 2028 tax return is ready for signature. Please sign it by Friday so we can file before the deadline.',
  },
  {
    pattern: String.raw`(?:service\s+desk|help\s?desk|support\s+(?:ticket|request|case)|your\s+ticket|ticket\s+(?:number|#|no\.?|ref(?:erence)?)|case\s+(?:number|#|no\.?)|incident\s+(?:number|ref(?:erence)?)|password\s+reset)`,
    example: 'Your support request #48213 has been received. An agent will respond within 2 business days.',
  },
  {
    pattern: String.raw`(?:your\s+order|order\s+(?:number|#|no\.?|confirmation)|refunds?|return\s+label|tracking\s+number|direct\s+debit|standing\s+order|overdraft|account\s+statement|meter\s+reading|broadband|utility\s+bill|your\s+bill|your\s+subscription|free\s+trial|(?:request(?:ed|ing)?|book(?:ed|ing)?)\s+a\s+demo)`,
    example:
      'Thanks for booking a demo! Our product specialist will walk you through the platform on Thursday at 3pm.',
  },
  {
    // (and a hotel's own confirmation: "We are delighted to confirm your reservation … Arrival: Friday 8 February 2075
    // (check-in from 15:00)", round 1000)
    pattern: String.raw`(?:car\s+(?:hire|rental)|rental\s+car|pick-?up\s+(?:location|time|date|point)|drop-?off\s+(?:location|time|date)|hotel\s+(?:booking|reservation|stay)|check-?(?:in|out)\s+(?:time|date|from|by|until)|confirm\s+your\s+reservation|your\s+reservation\s+(?:is|has\s+been)\s+confirmed|free\s+cancellation|e-?tickets?|booking\s+(?:ref(?:erence)?|number|confirmation))`,
    example: 'Your hotel booking is confirmed. Check-in time: Friday 16 March from 3pm.',
  },
  // A supplier's word on the reader's purchase (round 930): "Apologies for the delay on PO 44817. The pallets are held
  // at Port Klang; I'll get back to you with a revised delivery date within 2 working days."
  {
    pattern: String.raw`po\s*(?:#|no\.?\s*)?\d{3,}|pallets?|consignments?|shipments?|(?:revised|new|expected|estimated)\s+(?:delivery|dispatch|shipping)\s+dates?|customs\s+clearance`,
    example:
      'Your consignment is held at customs; we will confirm a revised delivery date within 2 working days.',
  },
  // Family, friends, clubs and faith: a wedding, a party, a book club, a choir, a parish; a blood donation; a pet.
  {
    pattern: String.raw`(?:rsvp|wedding|bride|groom|baby\s+shower|birthday\s+party|book\s+club|choir|rehearsal|parish|congregation|church|mosque|synagogue|temple|give\s+blood|blood\s+(?:donation|donors?)|donor\s+(?:centre|center|session)|vet|veterinary|vaccinations?|grooming|kennels?)`,
    example:
      "Don't forget to RSVP for Jen's baby shower by the 20th! It's on Saturday 31 March at 1pm at Mum's.",
  },
];
// (a word edge, not anyOf's lookbehind: without lookaround the ReDoS gate decides on the automaton, at once)
export const LIFE_ADMIN = new RegExp(String.raw`\b${alternation(LIFE_ADMIN_ROWS)}\b`, 'i');

/**
 * The words of a job application, and only those: not a "team sheet", a "shortlist of properties", a "special
 * offer", a brand such as "CareerUp", a visa's "Dear Applicant … application form" nor a university's "Careers
 * Center" (round 240b) (the test that weighs LIFE_ADMIN and INTERVIEW_TOPIC against them). An appointment to a post
 * is a job's ("the board has approved your appointment as Head of Science"), one at a clinic is not. So is a thanks
 * for applying, unless for a place, a card or a permit ("Thanks for applying. … please don't chase before we reopen
 * on 15 July" from an early learning centre that hires, round 580). A study of "job-seekers" or a friend's "job
 * hunting" names no job (round 650); nor does a school that "resumes on Wednesday" (round 690), nor a clinic's
 * "pre-employment medical assessment" booked for an employer (round 730). A "résumé" is found by its stem, its last
 * letter being no word character to \b (round 1070). A search committee's or a headhunter's post is named by its
 * title: "the search committee for the Assistant Professor of Geography", "the Chief Operating Officer appointment"
 * (rounds 1070, 1080). So is a stage of it: "would like to meet you for the second stage" from Farrowdale Insurance,
 * whose name alone is a life-admin word (round 1130); a client's "start the second round next week" of a designer's
 * drafts is none (round 800).
 */
export const APPLICATION_WORDS =
  /\b(?:interview\w*|candidat\w*|job\s+applications?|appl(?:y|ied|ying)\s+(?:for|to)\s+(?:the|this|our|a|an)\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|vacancy|opening|post)|recruit\w*|hiring|(?<!\b(?:car|van|bike|cycle|boat|equipment|tool|plant|venue|dress|suit|costume|party|skip|coach)\s+)hired?(?!\s+(?:car|van|bike|purchase|fee|charges?|agreement|period|company|desk|counter))|vacanc(?:y|ies)|early\s+careers|talent|jobs?(?![\s-]*(?:seek|hunt))|roles?|positions?|cv(?!\s+(?:review|check|clinic|workshop|writing))|r[ée]sum[ée]s?(?<!\bresumes?)|r[ée]sum(?=é(?![\wé]))|resumes?(?!\s+(?:on|at|after|tomorrow|today|next|this|normal(?:ly)?|as\s+normal|shortly|soon)\b)|(?<!pre-)employment|employer|shortlisted(?!\s+(?:[\w-]+\s+)?(?:studios|vendors|suppliers|agencies|firms|companies|bids|proposals|quotes|venues|properties|contractors|designs|entries))|hr(?![-‑]\d)|human\s+resources|referees|(?:the|this|a)\s+post\s+of|(?:first|second|third|final|next|last)\s+(?:stage|round)\s+(?:of\s+(?:the\s+|our\s+)?(?:interviews?|selection|assessment|recruitment|hiring|process|application)|interviews?)\b|(?:meet|see|invite|progress|move|advance|put)\s+(?:you\s+)?(?:forward\s+)?(?:for|to|into)\s+(?:the\s+)?(?:first|second|third|final|next|last)\s+(?:stage|round)\b|(?:search|hiring|selection|appointments?)\s+committee|faculty\s+(?:search|position|post|opening|vacancy)|(?:officer|director|manager|chief|head|president|chair|professor|lecturer|executive|counsel|controller|treasurer|dean|principal|partner)\s+(?:appointment|search)\b|assessment\s+(?:centre|center|day)|onsite|phone\s+screen|offer\s+letter|appointment\s+as|(?:recommended|considered|approved|selected)\s+for\s+appointment|(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+application)(?!\s+(?:for|to)\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:card|loan|mortgage|account|credit|permit|licen[cs]e|membership|tenancy|grant|scholarship|passport|visa|place|course|programme|program|school|adopt\w*|foster\w*)))\b/i;

/**
 * A message about someone else's application: one sent to the reader by mistake, most often a colleague's note
 * forwarded to the candidate ("Apologies, please disregard the message below; it was sent to you in error", round
 * 240), or one asking the reader for a reference on a candidate ("… has applied for the role of Credit Analyst and
 * named you as a referee. Could we call you on Thursday at 2pm?", round 240b). Its slots and promises are not the
 * reader's.
 */
export const NOT_THE_READERS_ROWS: readonly PhraseRow[] = [
  {
    // The reader as the hiring manager, a recruiter writing about the opening on their team (round 270): "we've opened
    // the Senior Analyst req on your team … Can we do a 15-minute intake call Thursday at 11?".
    pattern: String.raw`(?:req|requisition|opening|vacancy|role|position)\s+on\s+your\s+team|intake\s+(?:call|meeting|session)`,
    example:
      "We've opened the Senior Analyst req on your team. Can we do a 15-minute intake call Thursday at 11?",
  },
  {
    // The reader as the hiring manager, sent candidates by an agency (round 320): "I've shortlisted three candidates
    // for your Data Engineer vacancy. Can we do a call on Wednesday at 3pm to go through them?"
    pattern: String.raw`(?:candidates?|cvs?|resumes?|profiles?|applicants?|shortlist)\s+for\s+your\s+(?:[\w-]+\s+){0,4}?(?:vacancy|role|position|opening|req|requisition|team|search|hire)|(?:shortlisted|sourced|found|screened|lined\s+up)\s+(?:[\w-]+\s+){0,2}?(?:candidates|profiles)\s+for\s+you\b`,
    example:
      "I've sourced four strong profiles for your Finance Manager vacancy. Free on Tuesday at 11 to go through them?",
  },
  {
    // (and one candidate, round 340: "The candidate for your Staff Accountant opening, Ben Alvarez, can do Friday at
    // 10am for his second interview.")
    pattern: String.raw`(?:the|a|one|another|our)\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist)\s+for\s+your\s+(?:[\w-]+\s+){0,4}?(?:vacancy|role|position|opening|req|requisition|team|search)`,
    example:
      'Good news: the shortlisted applicant for your Payroll Officer role can start interviews next week.',
  },
  {
    // The reader asked to interview a candidate, or to pass on people they know (round 330): "could you interview one
    // of our shortlisted candidates … on Thursday at 4pm?", "If you know anyone, send them my way before Friday!"
    pattern: String.raw`(?:could|can|would)\s+you\s+(?:please\s+)?interview\s+(?:one\s+of\s+)?(?:our|the|a|an|two|three)\s+(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|finalists?)|if\s+you\s+know\s+(?:anyone|someone|somebody)|send\s+(?:them|anyone|people)\s+my\s+way`,
    example:
      'Could you interview one of our shortlisted candidates on Friday at 10am? And if you know anyone for the other role, send them my way!',
  },
  {
    // The reader as a source for the press (round 330): "I'm a reporter with The Daily Ledger working on a story about
    // remote hiring. Could I interview you … on Thursday at 11am?"
    pattern: String.raw`(?:i'm|i\s+am)\s+an?\s+(?:[\w-]+\s+)?(?:reporter|journalist|editor|producer|correspondent)\s+(?:with|at|for|from)|working\s+on\s+(?:a|an)\s+(?:story|article|feature|piece)\s+(?:about|on)`,
    example:
      "I'm a journalist with Tech Weekly working on a piece about hiring. Could we talk on Friday at 2pm?",
  },
  {
    // The reader as the one who referred a candidate (round 290b): "Thanks for referring Priya Nair for the Data
    // Scientist role! She's been invited to interview on Thursday … your referral bonus".
    pattern: String.raw`(?:(?<!\balso,?\s+)thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:the\s+)?referr(?:ing|al\s+of)|referral\s+(?:bonus|reward|payment)|(?:the\s+)?(?:candidates?|people|persons?|friends?|applicants?)\s+(?:whom\s+|that\s+)?you(?:'ve|\s+have)?\s+referred)`,
    example:
      "Thank you for referring Tom Ellis! He's been invited to interview on Monday at 11. Referral rewards are paid after 90 days.",
  },
  {
    // The writer as the job seeker, asking the reader for a referral (round 290b): "would you be able to refer me?
    // … Could we grab a coffee Tuesday at 5 to chat about the team?"
    pattern: String.raw`(?:refer|recommend)\s+me\s+(?:for|to|internally)|(?:would|could|can|will)\s+you\s+(?:be\s+able\s+to\s+|possibly\s+|kindly\s+)?(?:refer|recommend)\s+me|put\s+in\s+a\s+(?:good\s+)?word\s+for\s+me|pass\s+(?:on\s+)?my\s+(?:cv|resume|résumé|portfolio)\s+(?:on\s+)?to`,
    example:
      "I've applied for the analyst opening at your firm. Could you put in a good word for me? Happy to buy you lunch Friday at 1!",
  },
  {
    // The reader as the hiring manager, an agency offering a candidate to them (round 280b): "I'm representing an
    // excellent senior React developer … whether she'd suit your team".
    pattern: String.raw`(?:i'm|i\s+am|we're|we\s+are)\s+(?:currently\s+)?represent(?:ing)?\s+(?:an?\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,4}?(?:candidates?|developers?|engineers?|designers?|analysts?|accountants?|nurses?|professionals?|specialists?)(?=\s+(?:who|that|with|available|currently|looking)\b|\s*[,.])|(?:she|he|they)(?:'d|\s+would|\s+could|\s+might)\s+(?:be\s+(?:a\s+)?(?:great\s+|good\s+|strong\s+)?(?:fit|match|addition)\s+(?:for|to)|suit|fit\s+(?:into|in\s+with))\s+your\s+(?:team|department|practice|business)`,
    example:
      "I'm representing a strong payroll specialist who could start in March. Would she be a good fit for your team? Free for a call Tuesday at 3?",
  },
  {
    // An applicant tracking system's note to the interviewer or the recruiter about a candidate (round 260b): "Your
    // interview feedback for candidate Maria Gomez … is due by Friday", "New applicant for Warehouse Lead".
    pattern: String.raw`(?:feedback|scorecards?|evaluations?)\s+(?:[\w-]+\s+){0,2}?for\s+(?:the\s+)?candidate|submit\s+your\s+scorecard|new\s+applicants?\s+for`,
    example: 'Reminder: Your interview feedback for candidate Maria Gomez is due by Friday, October 13.',
  },
  {
    // The reader's leaving of the job they have: an exit interview is no application's (round 260: "HR would like to
    // schedule your exit interview. Does Thursday, September 21 at 3:00 PM work?").
    pattern: String.raw`(?:your|an|the)\s+exit\s+(?:interview|survey|meeting)|offboarding`,
    example: 'As you prepare to leave Brightline, HR would like to schedule your exit interview.',
  },
  {
    // A child's admission to a school is the child's application (round 260): "Your daughter has been shortlisted
    // for an interview for Form One admission", "Thank you for registering Ella for an admissions interview".
    pattern: String.raw`(?:your|their)\s+(?:daughter|son|child|ward)\s+(?:has\s+been|is|was)\s+(?:shortlisted|invited|selected|offered|admitted)|(?:registering|registered|enrolling|enrolled)\s+(?:[\w'-]+\s+){1,2}for\s+(?:an?\s+)?admissions?`,
    example: 'Your daughter has been shortlisted for an interview for Form One admission at Nairobi School.',
  },
  {
    // The reader told they will interview candidates (round 450): "you'll interview the two QA candidates on Thursday
    // at 11:00 and 15:00. Feedback is due by Friday."
    // (and one by name, for a role: "You're scheduled to interview Marcus Lee for Staff Engineer", round 500)
    pattern: String.raw`you(?:'ll|\s+will|\s+are\s+(?:going|scheduled|due|set)\s+to)\s+(?:be\s+)?interview(?:ing)?\s+(?:the|two|three|four|both|all|our|a|an|\d+)\s+(?:[\w-]+\s+){0,3}?(?:candidates?|applicants?|finalists?)|you(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:scheduled|booked|due|set|down|lined\s+up)\s+to\s+interview\s+(?!(?:with|for|at|on|in|us|me|our|the)\b)[\w'-]+(?:\s+[\w'-]+)?\s+for\b`,
    example: "You'll be interviewing three finalists for the Designer role on Friday morning.",
  },
  {
    // The reader on the panel (round 410): "as a member of the hiring panel, please block Wednesday 26 November from 9:00
    // to 13:00 for the final interviews".
    pattern: String.raw`as\s+(?:a|an|one)\s+(?:member\s+of|panell?ist\s+(?:on|for)|interviewer\s+(?:on|for))\s+the\s+(?:hiring|interview(?:ing)?|selection|recruitment|assessment|promotion)\s+(?:panel|committee|board)`,
    example: 'As a member of the selection panel, please keep Friday morning free for the interviews.',
  },
  {
    // The reader asked to be a referee, or sold a recruiter's service (round 390): "would you be a referee for me for a
    // job at the council? They might call you next week", "are you hiring? Our recruitment agency can fill your
    // vacancies within 14 days."
    pattern: String.raw`(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+)?(?:be|act\s+as)\s+(?:a|my|one\s+of\s+my)\s+(?:referees?|references?)|(?:fill|recruit\s+for|staff|source\s+(?:candidates\s+)?for)\s+your\s+(?:open\s+)?(?:vacancies|roles|positions|openings|jobs|requisitions)|are\s+you\s+(?:currently\s+|still\s+)?hiring\s*\?|\b(?:be|being|act(?:ing)?\s+as)\s+[\w-]+'s\s+(?:referee|reference)\b|agree(?:d|ing)?\s+to\s+(?:be|act\s+as)\s+(?:a|an|his|her|their|my)\s+(?:referee|reference)\b|(?:shortlist|pipeline|slate|selection)\s+of\s+(?:[\w-]+\s+){0,2}?(?:candidates|profiles|cvs|resumes|engineers|developers|professionals)\s+(?:to|for|over\s+to)\s+you\b|(?:we've|we\s+have)\s+(?:successfully\s+)?placed\s+(?:over\s+|more\s+than\s+)?\d+`,
    // (and "can have a shortlist of vetted candidates to you within 5 business days", "We've placed over 40 engineers
    // in Toronto this year", round 470; "Thanks for agreeing to be Rahul's referee", round 490)
    example: 'Are you hiring? We can staff your open roles within a week. Free for a call Thursday at 10?',
  },
  {
    // The reader as an employee or a manager in a routine of work (round 530): "I have moved our weekly 1:1 to Tuesday
    // at 11:00 … my feedback on your promotion case", "self-assessments for the FY35 performance cycle … a review
    // conversation with each direct report".
    // (and "Your mid-year review is booked for Monday at 10am … the outcome of the promotion round by the end of the
    // month", "Your 2042 year-end performance review form has been routed to you for self-assessment", rounds 650, 680)
    pattern: String.raw`(?:our|your|the|my)\s+(?:weekly|fortnightly|bi-?weekly|monthly|regular|usual|recurring|standing)\s+(?:1:1|1-on-1|one-on-one|one-to-one|catch-?up|check-?in|sync|stand-?up|team\s+meeting)s?|your\s+promotion\s+(?:case|packet|application|review)|self-?assessments?\s+(?:for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:performance|review|appraisal|mid-?year|year-?end)|are\s+(?:due|open))|(?:each|your|all)\s+direct\s+reports?|performance\s+(?:review\s+)?(?:cycle|calibration|ratings?)|performance\s+review\s+form|(?:your|our)\s+(?:\d{4}(?:/\d{2,4})?\s+)?(?:mid-?year|year-?end|end-?of-?year|annual|quarterly|six-?month|probation(?:ary)?)\s+(?:performance\s+)?(?:review|appraisal|check-?in|conversation)|promotion\s+(?:round|cycle|panel\s+results)|routed\s+to\s+you\s+for\s+(?:self-?assessment|approval|sign-?off)`,
    example: "I've moved our weekly 1:1 to Thursday at 10 because of the offsite.",
  },
  {
    // An agency selling to the reader as an employer (round 530): "20 minutes on Thursday at 2pm to talk through your Q2
    // hiring plans … three pre-screened senior accountants available to interview this week".
    // (and "I noticed … is hiring site engineers … three vetted, interview-ready candidates … a 90-day replacement
    // guarantee", round 640)
    pattern: String.raw`your\s+(?:[\w-]+\s+){0,2}?hiring\s+(?:plans|needs|requirements|pipeline)|(?:pre-?screened|pre-?vetted|vetted),?\s+(?:[\w-]+,?\s+){0,2}?(?:candidates|accountants|engineers|developers|nurses|professionals|talent|contractors)|(?:replacement|free\s+replacement|rebate)\s+(?:guarantee|period)|terms\s+of\s+business|(?:placement|finder's|finders)\s+fees?|i\s+(?:noticed|saw|see)\s+(?:that\s+)?(?:you(?:'re|\s+are)|[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+is)\s+(?:currently\s+|now\s+)?hiring`,
    example:
      'Could we talk through your hiring needs on Tuesday at 3? We have vetted engineers ready to start.',
  },
  {
    // The reader as the employer or hiring manager in a system's notice (round 540): "An offer for your open role is
    // waiting for your approval … Please approve or decline in Ashby by Friday", "Your job Warehouse Associate … is now
    // live on Workable … You should start receiving candidates within 24 hours"; a colleague's "Could you approve the
    // request in the HR system", round 590).
    pattern: String.raw`your\s+open\s+(?:role|position|req(?:uisition)?|vacancy|job)|(?:waiting|awaiting|pending)\s+(?:for\s+)?your\s+approval|(?:could|can|would)\s+you\s+(?:please\s+)?approve\s+(?:the|my|this|that|our)\b|your\s+(?:job|job\s+post(?:ing)?|listing|advert|vacancy)\s+(?:[^.\n]{0,60}?)(?:is\s+(?:now\s+)?live|has\s+been\s+(?:posted|published|approved))|start\s+receiving\s+(?:candidates|applicants|applications)`,
    example: 'Your job Barista (Weekends) is now live and has been posted to 8 job boards.',
  },
  {
    // The reader as the one who posted an advert (round 620): "I saw your listing for the two-bedroom flat in Glebe.
    // I'd like to view it on Saturday at 11 … I'm relocating for a new job."
    pattern: String.raw`(?:saw|seen|found|came\s+across|spotted)\s+your\s+(?:listing|ad|advert(?:isement)?|post(?:ing)?)\b`,
    example: 'Hi, I saw your ad for the bike. Could I come and see it on Thursday at 6?',
  },
  {
    // The reader as someone's mentor (round 540): "Thank you so much for agreeing to mentor me … Would Tuesday at 6pm
    // work for our first session?"
    pattern: String.raw`(?:agree(?:d|ing)?|kind\s+enough|willing|happy)\s+to\s+(?:be\s+my\s+mentor|mentor\s+me)`,
    example: 'Thanks for agreeing to mentor me this term! Does Thursday at 5 suit for a first chat?',
  },
  {
    // A memo to all of a site's staff (round 540): "The mandatory POSH awareness session for all Pune employees will be
    // held on Friday, 2 November at 3 PM IST".
    // (an event's: "benefits for all staff" in an offer is no memo)
    pattern: String.raw`(?:session|training|meeting|drill|briefing|town\s*hall|all-hands|workshop|event|course|module|webinar)\s+for\s+all\s+(?:[\w-]+\s+){0,2}?(?:employees|staff|colleagues|team\s+members|associates|personnel)`,
    example: 'The fire drill for all London staff is on Tuesday at 11am.',
  },
  {
    // The reader as a conference's speaker (round 370): "Your session 'Hiring in the age of AI' is confirmed for
    // Thursday 11 September at 14:20 in Hall B. Speakers should arrive 15 minutes early."
    // (and "Thank you for agreeing to speak at FinTech Week Nairobi. Your panel, … is on Thursday", round 500)
    pattern: String.raw`speakers?\s+(?:should|must|will\s+need\s+to|are\s+(?:kindly\s+)?(?:asked|requested|invited)\s+to)|(?:agree(?:d|ing)?|invited|confirmed|kind\s+enough)\s+to\s+(?:speak|present|moderate|chair|give\s+a\s+(?:talk|keynote))\s+(?:at|on|during)\b|your\s+(?:talk|session|presentation|keynote|workshop|breakout)\s+(?:['‘"“][^'’"”\n]{3,100}['’"”]\s+)?(?:is|has\s+been)\s+(?:confirmed|scheduled|accepted|programmed)`,
    example: "Your talk 'Onboarding at scale' has been accepted for the main stage on Tuesday at 11:00.",
  },
  {
    // The reader asked to compare notes on candidates (round 360): "I've interviewed the three finalists …; can we
    // sync on Friday at 11 to compare notes before I make an offer?" A panel tells a candidate it will compare notes;
    // it asks no candidate to.
    pattern: String.raw`(?:can|could|shall|should)\s+we\s+(?:[\w-]+\s+){0,8}?(?:compare\s+notes|debrief|calibrate)`,
    example: 'Could we grab 15 minutes on Monday at 4 to compare notes on the two analysts?',
  },
  {
    // A memo to the staff the reader belongs to (round 340): "All staff: open enrollment for 2030 benefits closes on
    // October 31. HR will respond to questions within two business days." No candidate is addressed as staff.
    pattern: String.raw`(?<=(?:^|\n)[ \t]*)(?:to[ \t]+)?all[ \t]+(?:staff|employees|colleagues|team[ \t]+members|personnel|hands)(?=[ \t]*[:,\u2013\u2014-])`,
    example:
      'To all employees: the office will close early on Friday 22 December. IT will respond to tickets within a day.',
  },
  {
    pattern: String.raw`(?:was|were|has\s+been|had\s+been)\s+sent\s+to\s+you\s+(?:in\s+error|by\s+mistake|by\s+accident|accidentally|mistakenly)`,
    example: 'Apologies, please disregard the message below; it was sent to you in error.',
  },
  {
    pattern: String.raw`(?:wasn't|was\s+not)\s+(?:meant|intended)\s+for\s+you`,
    example: "Sorry Sam, ignore my last email, it wasn't meant for you.",
  },
  {
    pattern: String.raw`(?:sent|forwarded)\s+(?:this|it|that|the\s+(?:message|e-?mail)(?:\s+below)?)\s+to\s+the\s+wrong\s+(?:person|address|recipient|candidate)`,
    example: 'I forwarded the message below to the wrong person, please delete it.',
  },
  {
    pattern: String.raw`(?:named|listed|given|put\s+(?:you\s+)?down|put\s+(?:you\s+)?forward|nominated|provided)\s+(?:you\s+|your\s+(?:name|details|contact\s+details|email)\s+)?as\s+(?:a|an|their|his|her|one\s+of\s+(?:their|his|her))\s+(?:referees?|references?|professional\s+references?)`,
    // (and "has given your name as a referee", round 340; "has put you forward as a referee", round 650)
    example:
      'Mr. Tunde Bakare has applied for the role of Credit Analyst at Harmattan Capital and named you as a referee.',
  },
  {
    pattern: String.raw`(?:reference|referee)\s+(?:request|check|questionnaire|form)\s+(?:for|about|regarding)\s+(?:mr|ms|mrs|dr|your\s+former|a\s+former)`,
    example: 'Reference request for Ms. Grace Njeri, who has applied to join us as a Finance Officer.',
  },
  {
    // The reader as a landlord or a property's owner (round 730): "A new application has been submitted for your
    // property at Unit 4/18 … booked an inspection for Saturday 22 May at 10:30 am … in your owner portal".
    pattern: String.raw`(?:submitted|received|lodged)\s+for\s+your\s+(?:property|rental|flat|apartment|house|unit|listing)|(?:tenancy|rental|lease|leasing)\s+applications?\s+(?:for|on)\s+your|owner(?:'s)?\s+portal|your\s+(?:tenants?|rental\s+property|investment\s+property)\b`,
    example:
      'Two tenancy applications for your unit on King St came in today; the viewing is on Saturday at 11am.',
  },
  {
    // The reader as the client or an HR colleague (rounds 820, 830): "candidate confirmed for 2pm tmrw, she'll bring her
    // portfolio. Can you let reception know?", "Can you chase the agency about the second reference for Sipho?"
    pattern: String.raw`(?<!\bthe\s)candidate\s+(?:has\s+)?confirmed\s+(?:for|the)\b|(?:chase|ask|call|remind)\s+the\s+(?:agency|recruiter)\s+(?:about|for)\b|(?:second|first|other|last)\s+reference\s+for\s+(?!you\b|me\b|the\b)[\w'-]+|let\s+reception\s+know`,
    example: 'Candidate confirmed for 10am Thursday. Can you let reception know?',
  },
  {
    // The reader as an HR colleague, a staff member or a volunteer interviewer (rounds 840–870): "I sent the regret
    // emails this morning to the three candidates we did not progress", "November salaries will be paid on Friday 23
    // November", "Your laptop will be upgraded … The all-hands", "interviewing four students applying for
    // apprenticeships", a candidate's own "Thank you for shortlisting me".
    pattern: String.raw`(?:sent|send|sending)\s+(?:out\s+)?the\s+regret\s+(?:e-?mails|letters)|(?:candidates|applicants)\s+we\s+(?:did\s+not|didn't)\s+(?:progress|shortlist|select)|salar(?:y|ies)\s+will\s+be\s+paid|pack\s+your\s+desk|your\s+(?:laptop|workstation|desk\s+phone)\s+will\s+be\s+(?:upgraded|replaced|reimaged|updated|swapped)|(?:the|our)\s+all[-\s]hands\b|interviewing\s+(?:two|three|four|five|\d+|the|our)?\s*(?:students|pupils|children|young\s+people)|(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:shortlisting|selecting|inviting|considering)\s+me\b`,
    example:
      'FYI, I sent the regret emails to the candidates we did not progress; please update the tracker by Friday.',
  },
  {
    // An agency selling staff to the reader's site (round 870): "whether your Elk Grove warehouse needs extra hands …
    // we can interview on your behalf … a 15-minute call on Thursday at 2pm to go through rates".
    pattern: String.raw`your\s+(?:[\w-]+\s+){0,2}?(?:warehouse|site|plant|store|branch|kitchen|factory)\s+needs?\s+(?:extra|more)\s+(?:hands|staff|people|workers|cover)|(?:interview|recruit|hire|screen)\s+on\s+your\s+behalf|go\s+through\s+(?:our\s+)?rates`,
    example:
      'Does your Leeds site need extra hands over Christmas? We can interview on your behalf; free Thursday at 2pm?',
  },
  {
    // A friend's own news told with a question (round 850): "Guess who's got a second interview at the council for the
    // housing officer job?! It's Wednesday at 2".
    // (and "So guess who got through to the final round at Fenwick & Co", "I got shortlisted at KCB! Interview is Monday
    // at 9am", rounds 1110, 1120)
    pattern: String.raw`guess\s+who(?:'s|\s+has)?\s+(?:just\s+)?(?:got|landed|bagged)\s+(?:an?|a\s+second|another)\s+(?:[\w-]+\s+)?(?:interview|job|offer)|guess\s+who(?:'s|\s+has)?\s+(?:just\s+)?(?:got|made\s+it|been|is)\s+(?:through|shortlisted|invited|selected|called\s+back)|\bi(?:'ve|\s+have)?\s+(?:just\s+|finally\s+)?(?:got|been|was)\s+(?:shortlisted|invited\s+(?:for|to)\s+(?:an?\s+|the\s+)?interview|called\s+(?:for|to)\s+(?:an?\s+|the\s+)?interview|through\s+to\s+the\s+(?:[\w-]+\s+)?(?:round|stage))\b`,
    example: "Guess who's got an interview at the bank?! It's Tuesday at 11, wish me luck.",
  },
  {
    // A bounce of the reader's own mail (round 760): "Delivery has failed to these recipients or groups … ----- Original
    // message ----- From: Kwame … You mentioned you hoped to decide by Friday".
    pattern: String.raw`delivery\s+has\s+failed|undeliverable|(?:message|mail)\s+(?:could\s+not|couldn't|wasn't|was\s+not)\s+(?:be\s+)?delivered|mail\s+delivery\s+(?:subsystem|failed|failure)|recipient's\s+mailbox\s+is\s+full|address\s+(?:couldn't|could\s+not)\s+be\s+found`,
    example:
      "Delivery has failed to these recipients or groups: hr@example.com. The recipient's mailbox is full.",
  },
  {
    // A relative's or a friend's own interview (round 790): "My interview with the council is Monday at 10 so I can't do
    // the school run … They said I'd hear back within a fortnight"; a manager's "move our 1:1 … to Friday".
    pattern: String.raw`my\s+(?:[\w-]+\s+)?interview\s+(?:with|at|for)\s+(?!you\b)(?:[\w&'.-]+\s+){1,4}?(?:is|was|got)\b|they\s+said\s+(?:i'd|i\s+would|i'll|i\s+will|i\s+should)\s+(?:hear|get|know)|they\s+said\s+they\s+(?:would|'d|will|'ll)\s+(?:let\s+me\s+know|get\s+back\s+to\s+me|tell\s+me|call\s+me)|(?:move|moving|push|reschedule|ahead\s+of|before|for)\s+our\s+(?:1:1|1-on-1|one-on-one|one-to-one|check-?in)|your\s+(?:appraisal|self-?appraisal|self-?assessment)\s+form`,
    example:
      "My interview at the bank is Thursday, so can you pick up Mum? They said I'd hear back within a week.",
  },
  {
    // A friend's own job news (rounds 670, 690): "Guess what, I got the interview at Northwind!! It's on Wednesday at
    // 11. Could you do a mock interview with me", "Got the offer from Halcyon … I start on 14 January. They said they'll
    // send the contract within a week." (and a Nigerian friend's "I don pass the interview o", round 970; "Sooo I got a
    // second interview at Deloitte!! Thursday at 3pm", round 1150)
    pattern: String.raw`i\s+(?:just\s+|finally\s+)?got\s+(?:the|an?|a\s+second|a\s+final|another)\s+(?:[\w-]+\s+)?(?:interview|job|offer|role)\s+(?:at|with|from)\b|i\s+(?:don\s+|have\s+|'ve\s+|just\s+)?pass(?:ed)?\s+(?:the|my)\s+(?:[\w-]+\s+)?interview\b|i\s+(?:start|begin)\s+(?:my\s+new\s+(?:job|role)\s+)?on\s+(?:\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*|the\s+\d{1,2}\w*)|(?:do|run|practi[cs]e)\s+(?:a\s+)?mock\s+interview\s+with\s+me`,
    example: "I got the job at Brightwell!! I start on 3 March. They'll send the paperwork by Friday.",
  },
  {
    // The reader on the hiring side, asked to pass word to a candidate (rounds 670–690): "Please send him the calendar
    // invite … let him know we will revert within 2 working days", "Can you set up Tuesday at 2pm with her and let her
    // know we'll decide within 48 hours", "we're pleased to offer the role to Amaka! Could you let her know"; "Can you
    // book him for the final round with Rashid on Tuesday at 3pm? And please let the other two finalists know"
    // (round 1130).
    pattern: String.raw`(?:let|tell|inform)\s+(?:him|her|the\s+candidate|the\s+applicant)\s+(?:know\s+)?(?:that\s+)?(?:we|we'll|we'd|we're|the\s+panel|the\s+team|about\s+the\s+(?:offer|outcome|decision|next\s+steps))\b|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:let|tell|inform)\s+(?:him|her|the\s+candidate|the\s+applicant)\b|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:give|call|ring|phone)\s+(?:him|her)\b|send\s+(?:him|her|the\s+candidate)\s+(?:the\s+)?(?:calendar\s+)?(?:invite|invitation|test\s+link|link|offer|contract|paperwork|case\s+study|brief|task|assignment|test|pack)|(?:could|can|would|will)\s+you\s+(?:please\s+)?set\s+up\s+(?:[\w:-]+\s+){0,4}?with\s+(?:him|her)\b|offer\s+the\s+(?:role|job|position|post)\s+to\s+(?!(?:you|yourself|another|someone|somebody|a|an|one|other|the|internal|different|more)\b)[\w'-]+|(?:move|moving|take|taking|put|putting)\s+(?!you\b|your\b|things\b|everything\b|it\b|this\b|that\b)[\w'-]+\s+(?:forward|through)\s+to\s+(?:the\s+)?(?:next|final|second|third|last)\b|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:book|schedule|invite|bring|line\s+up|slot|pencil)\s+(?:him|her|them)\s+(?:in\s+)?(?:for|to|with)\b|let\s+the\s+(?:other\s+|remaining\s+)?(?:two|three|four|five|\d+|other|remaining|unsuccessful)\s+(?:[\w-]+\s+)?(?:candidates|finalists|applicants)\s+know`,
    example:
      "Great news: we'll move Tomasz forward to the final stage. Could you let him know we'll send dates on Monday?",
  },
  {
    // The reader as an interviewer (rounds 650, 660, 670): "You have been added to an interview loop … Please leave your
    // feedback in Greenhouse by end of day", "Reminder: you are interviewing Aisha Bello for Operations Analyst on
    // Monday", "Could you sit on the panel for the Data Analyst interviews on Thursday … We need to make a decision by
    // Friday".
    pattern: String.raw`(?:added|assigned)\s+(?:you\s+)?(?:to|as)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:interview\s+(?:loop|panel|schedule|plan)|interviewer)|(?:leave|submit|complete|enter|add)\s+your\s+(?:interview\s+)?(?:feedback|scorecard|evaluation|notes)(?:\s+form)?\s+(?:in|on|into|via|through)\s+(?:greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|teamtailor|the\s+ats|the\s+system)|you(?:'re|\s+are)\s+(?:interviewing|meeting)\s+(?!(?:with|for|at|on|in|us|me|our|the|today|tomorrow)\b)[\w'-]+\s+[\w'-]+\s+(?:for|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:role|position|job|opening|req|analyst|engineer|manager|designer|developer|lead)|(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?sit\s+on\s+(?:the|an|our)\s+(?:[\w-]+\s+){0,2}?panel|(?:agree(?:d|ing)?|kind\s+enough|willing|able)\s+to\s+sit\s+on\s+(?:the|an|our)\s+(?:[\w-]+\s+){0,2}?panel|serv(?:e|ing)\s+on\s+the\s+(?:[\w-]+\s+)?(?:search|hiring|selection|interview|appointments?)\s+(?:committee|panel)|(?:send|submit)\s+(?:me\s+|us\s+)?your\s+(?:rankings|ratings|scores|votes)|(?:cvs|resumes|profiles)\s+(?:for|of)\s+the\s+(?:two|three|four|five|six|\d+|shortlisted)\s+(?:[\w-]+\s+)?(?:candidates|applicants|finalists)`,
    example:
      "You're interviewing Lena Park for the Support Lead role on Tuesday. Please submit your scorecard in Lever afterwards.",
  },
  {
    // Others' CVs on their way to the reader, who is on the hiring side (rounds 920, 930): "We'll email your schedule
    // and the participants' resumes by next Wednesday" to a volunteer running mock interviews, "I'll send you the
    // other two shortlisted CVs by Wednesday" to a hiring manager. A candidate's own CV is "your CV".
    pattern: String.raw`(?:send|forward|share|email|e-mail|pass\s+on|circulate)\s+(?:you\s+)?(?:over\s+)?(?:[\w-]+\s+){0,3}?(?:the|their|all)\s+(?:other\s+|remaining\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?(?:shortlisted\s+|participants['’]\s+|candidates['’]\s+|applicants['’]\s+|interviewees['’]\s+)(?:cvs|resumes|résumés|profiles)|(?:run|conduct|host|lead|help\s+(?:run|with)|give|do)\s+(?:the\s+|our\s+|some\s+)?mock\s+interviews\s+(?:at|for|during|on)\b`,
    example:
      "Thanks for volunteering to run mock interviews at our careers day! I'll send you the participants' resumes by Friday.",
  },
  {
    // The reader as a guest, a speaker or a panel member, the job words being the topic (rounds 950, 980): a podcast
    // "recording … We'll interview you about running graduate recruitment", "your slot as speaker in the HR Tech
    // Summit", "invited to sit as panel for the interview of the Executive, Finance candidates".
    pattern: String.raw`interview\s+you\s+about\s+(?:how|what|why|running|building|leading|hiring|recruiting|your\s+(?:work|book|research|journey|story|company|startup|career\s+journey))|podcast\s+(?:recording|episode|guest|interview|taping)|(?:slot|session|talk|spot)\s+as\s+(?:a\s+|our\s+)?(?:speaker|panell?ist|moderator|keynote)|sit(?:ting)?\s+as\s+(?:a\s+|the\s+)?panel(?:l?ists?|\s+members?)?\s+(?:for|on|at|in)\b`,
    example:
      'You are invited to sit as panel for the interviews of the Graduate Trainee candidates on Monday at 9am.',
  },
  {
    // The reader on the hiring side by the words of the mail (rounds 960, 970): an agency told "this candidate will not
    // be progressed to interview" on its "Agency Portal"; Ashby's "You're receiving this because you're an
    // interviewer at Fernhill Robotics"; a referee, "she gave your name as a referee. Could you … on Tuesday 29.03 at
    // 10:00?"; an employee's "appraisal cycle … Your 1:1 discussion with your Reporting Manager".
    pattern: String.raw`this\s+candidate\s+(?:will|has|is|was|won't|did|does|cannot|can't|would)\b|agency\s+portal|you(?:'re|\s+are)\s+(?:an?\s+|the\s+)?(?:interviewer|panell?ist)\b|(?:gave|given|listed|named|provided|put\s+down)\s+your\s+(?:name|details|contact\s+details)\s+as\s+(?:a\s+|her\s+|his\s+|their\s+)?(?:referee|reference)|self-?appraisal|appraisal\s+cycle|(?:1:1|one-on-one|one-to-one)\s+(?:discussion|meeting|conversation)\s+with\s+your\s+(?:reporting\s+|line\s+)?manager`,
    example: 'After review by the hiring manager, this candidate will not be progressed to interview.',
  },
  {
    // The reader as a supplier or the interviewers' colleague (rounds 990, 1010): a hospital's "Dear Supplier, ITT Ref:
    // … Provision of Soft Facilities Management", a calendar's "Invitation: Debrief – Backend Engineer candidates".
    pattern: String.raw`dear\s+(?:supplier|vendor|bidder|tenderer|contractor)s?\b|invitation\s+to\s+tender|itt\s+ref|tender\s+(?:submission|clarification)s?|debrief\s+[–—-]\s+(?:[\w-]+\s+){0,4}?candidates|(?:candidates?|interview|hiring)\s+debrief`,
    example: 'Invitation: Debrief – Data Analyst candidates @ Thu 5 Nov 16:00 – 16:30 (GMT)',
  },
  {
    // An agency offering its people to the reader, who hires (round 1040): "I've got three pre-screened forklift
    // operators who can interview with your shift supervisors on Monday, April 3 … our rate card".
    pattern: String.raw`(?:pre-?screened|pre-?vetted|vetted|shortlisted|qualified|available)\s+(?:[\w-]+\s+){0,3}?(?:operators|candidates|workers|drivers|staff|temps|applicants|engineers|nurses|chefs|electricians|labourers|laborers|associates)\s+who\s+(?:can|could|are\s+(?:free|available|ready))|interview\s+with\s+your\s+(?:shift\s+)?(?:supervisors?|managers?|team\s+leads?|hiring\s+managers?)|our\s+rate\s+card`,
    example:
      "I've got three pre-screened drivers who can interview with your depot managers on Monday at 1pm.",
  },
  {
    // The writer is the candidate, writing to the reader (round 940): about an offer they weigh ("Thank you so much for
    // sending the offer details through … I would like to talk it over with my family and will come back to you with
    // my decision by Friday"), or asking a friend's help with their interview ("interview is Friday at 11. Can you look
    // over my slides tonight?"). Its days are the writer's.
    pattern: String.raw`(?:thank\s+you|thanks)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:sending|extending|making)\s+(?:me\s+)?(?:the|this|your)\s+(?:job\s+|formal\s+|written\s+|kind\s+)?offer|(?:talk|think)\s+it\s+over\s+with\s+my\s+(?:family|partner|wife|husband|parents)|(?:back\s+to\s+you|let\s+you\s+know)\s+(?:with\s+)?my\s+(?:final\s+)?decision|(?:look\s+over|go\s+over|check|review|proofread|read\s+over|glance\s+at)\s+my\s+(?:slides|deck|presentation|cv|resume|résumé|cover\s+letter|portfolio|answers)`,
    example:
      'Thanks so much for sending the offer through! I will talk it over with my family and let you know my decision by Friday.',
  },
  {
    // The reader given a seat on the hiring side (rounds 1050–1070): "you are on the panel for the session from 10:45",
    // "you will sit on the promotions panel", "rostered as a panel member", "Thanks for joining as the APAC
    // panelist", "volunteering as an assessor … Assessor briefing is at 8:00 a.m.", "You'll be scoring the group
    // exercise", "Please bring your scoring sheets".
    pattern: String.raw`(?:volunteer(?:ed|ing)?|rostered|nominated|selected|appointed|confirmed|booked|listed|scheduled|registered|joining|serving|sitting|acting)\s+(?:you\s+)?as\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:assessors?|panell?ists?|panel\s+members?|interviewers?|observers?|evaluators?|scorers?|chair(?:person)?)|you(?:'re|\s+are|\s+will\s+be|'ll\s+be)\s+on\s+the\s+(?:[\w-]+\s+){0,2}?panel|you\s+(?:will|'ll|are\s+to|are\s+going\s+to)\s+(?:sit|serve)\s+on\s+the\s+(?:[\w-]+\s+){0,2}?(?:panel|committee|board)|(?:assessor|interviewer|panell?ist|panel)\s+briefing|(?:scoring|score|marking)\s+(?:sheets?|guides?|grids?|rubrics?|schemes?)|interview\s+(?:kits?|packs)\b|you(?:'ll|\s+will)\s+be\s+(?:scoring|observing|marking|(?:assessing|evaluating|interviewing)\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+)?(?:candidates|applicants|finalists|interviewees))\b`,
    example: 'You are on the panel for the afternoon session; please collect the scoring sheets from HR.',
  },
  {
    // The reader's duties as a decider (rounds 1050, 1060): "3 candidates … are waiting for your evaluation", "please
    // record your hiring decision within 7 to 10 business days", "have your feedback submitted in Ashby by Tuesday",
    // "Offer approval needed … Please approve in Workday by Tuesday", "Please review their assessment results and send
    // your feedback to the sourcing team within 48 hours".
    pattern: String.raw`(?:waiting|awaiting)\s+(?:for\s+)?your\s+(?:evaluations?|scorecards?|approval|sign-?off|ratings|scores)|(?:review|assess|evaluate|score|rate|shortlist)\s+(?:their|the\s+(?:candidates|applicants)['’]?)\s+(?:[\w-]+\s+)?(?:results|cvs|resumes|profiles|applications|answers|submissions|scores|videos)|send\s+your\s+(?:feedback|comments|ratings|shortlist)\s+to\s+the\s+(?:sourcing|hiring|recruiting|recruitment|talent|resourcing)\s+team|your\s+hiring\s+decision|(?:record|submit|enter|add|complete)\s+your\s+(?:evaluations?|scorecards?|ratings|scores)|your\s+feedback\s+(?:submitted\s+)?(?:in|into|via)\s+(?:greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|teamtailor|the\s+ats)|offer\s+approval|approve\s+(?:the|this)\s+(?:offer|requisition|hire|headcount)|(?:please|kindly)\s+approve\s+(?:it\s+)?(?:in|via|on)\s+(?:workday|greenhouse|lever|successfactors|the\s+portal|the\s+system)`,
    example: 'Two candidates are waiting for your evaluation; please record your hiring decision by Friday.',
  },
  {
    // A tracking system's word to the recruiter about a named applicant (rounds 1050, 1060): "was moved to Rejected …
    // scheduled to be sent to the candidate", "was sent to the applicant Jonas Weber … on your behalf … once the
    // remaining applicants have been dispositioned", "2 new candidates in your Dover pipeline … Ana Lima accepted your
    // interview invite", GoodTime's "All 4 interviewers have accepted. The candidate flies in from Toronto"; a
    // scheduling bot's "Here's tomorrow's interview schedule for Store #2231 … Reply 1 to see a candidate's
    // application" to the store manager (round 1190).
    pattern: String.raw`(?:sent|emailed|delivered|scheduled\s+to\s+be\s+sent)\s+to\s+the\s+(?:candidate|applicant)\b|(?:today's|tomorrow's|this\s+week's|next\s+week's|the\s+day's)\s+interview\s+(?:schedule|line-?up|slate|list)\s+for\s+(?:store|branch|location|site|the\s+(?:store|team|branch|restaurant|site)|your\s+(?:store|team|branch|location|site|department|restaurant))\b|(?:see|view|open)\s+(?:a|each|the)\s+candidate's\s+(?:application|profile|cv|resume)|(?:send|text|remind)\s+each\s+candidate\b|(?:moved|advanced|progressed)\s+to\s+['"‘“]?(?:rejected|hired|declined|archived)|dispositioned|close\s+the\s+requisition|(?:in|to|into)\s+your\s+(?:[\w-]+\s+)?pipeline|accepted\s+your\s+(?:interview\s+)?invit(?:e|ation)|the\s+(?:candidate|applicant)\s+(?:flies|arrives|is\s+flying|accepted|declined|confirmed|withdrew|has\s+(?:confirmed|accepted|declined|withdrawn))|(?:all|both)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?interviewers\s+have\s+(?:accepted|confirmed|declined)`,
    example:
      'Interview scheduled: Tomás Reyes – Final. All 3 interviewers have accepted and the candidate has confirmed.',
  },
  {
    // An agency or a recruiter writing to the one who hires, the reader (rounds 1060, 1110): "I have three shortlisted
    // Financial Controllers for you … Our fee terms are attached", "We've shortlisted three candidates for your panel
    // interviews next Thursday"; an employee told of a restructure: "your role … is among those affected. The
    // consultation period begins today".
    pattern: String.raw`(?:shortlisted|pre-?screened|pre-?vetted)\s+(?:[\w-]+\s+){1,3}?for\s+you\b|(?:shortlisted|pre-?screened|pre-?vetted|lined\s+up|selected)\s+(?:two|three|four|five|six|\d+|the\s+(?:top|best|strongest)\s+\w+)\s+(?:[\w-]+\s+)?(?:candidates|applicants|finalists|people|profiles)\s+for\s+your\b|(?:our|the)\s+fee\s+terms|terms\s+of\s+business|placement\s+fee|consultation\s+(?:period|meeting|process)|at\s+risk\s+of\s+redundancy|among\s+those\s+affected|restructuring\s+announcement`,
    example:
      'I have two pre-screened warehouse supervisors for you this week; our terms of business are attached.',
  },
];
export const NOT_THE_READERS = new RegExp(String.raw`\b${alternation(NOT_THE_READERS_ROWS)}\b`, 'i');

/**
 * A calendar's digest of the reader's own day: "Your day ahead — Thursday, 16 September", "Tomorrow's schedule:"
 * (round 160). Its entries are slots only by their own words ("10:00 Interview with Acme"), not by the heading's
 * "schedule" or a topic's "Interview prep". Not "your schedule for Thursday": an onsite's itinerary (round 100d).
 */
export const CALENDAR_DIGEST =
  /\b(?:your\s+(?:day|week)\s+ahead|(?:today's|tomorrow's)\s+(?:schedule|agenda|events)|daily\s+(?:summary|agenda|digest))\b/i;
