/**
 * English phrase knowledge as data (STYLE.md practice 19). Another language is another file of this shape.
 * Every regex is linear (no nested quantifiers over the same characters) and each has a line it matches.
 */

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

/** Number words up to twelve and the article forms recruiters use ("a week", "a couple of days"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...CLOCK_WORDS,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  couple: 2,
  few: 5,
};

/** A number as written: digits or a word above. */
export const NUMBER = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few)`;

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
 * Common misspellings of words the tables key on, each the same length as its correction (a transposed or
 * swapped letter), so offsets hold when the text is corrected before reading: "by wendesday". ("nxt week" is weekPhrase's.)
 */
export const SAME_LENGTH_MISSPELLINGS: readonly (readonly [RegExp, string])[] = [
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
];

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
 * Named zones of a quoted time. US words name the region's clock whatever the season (TIMELINE-CONVENTIONS.md):
 * "2pm EST" in June is 14:00 New York time.
 */
export const ZONE_WORDS: readonly (readonly [RegExp, string])[] = [
  // "2:00 PM EST", "1pm ET", "9:00 AM Eastern Time"
  [/^(?:e[sd]?t|eastern(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/New_York'],
  // "11am CST", "Central Time"
  [/^(?:c[sd]?t|central(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/Chicago'],
  // "10am MT", "Mountain Time"
  [/^(?:m[sd]?t|mountain(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/Denver'],
  // "9:00 AM Pacific Time", "4:00 pm Pacific", "PST"
  [/^(?:p[sd]?t|pacific(?:\s+(?:standard|daylight))?(?:\s+time)?)\b/i, 'America/Los_Angeles'],
  // "3pm GMT", "UK time", "BST", "London time"
  [/^(?:gmt|bst|uk\s+time|london\s+time|british\s+(?:summer\s+)?time)\b/i, 'Europe/London'],
  [
    /^(?:cet|cest|central\s+european(?:\s+summer(?=\s))?\s*time|paris\s+time|berlin\s+time)\b/i,
    'Europe/Paris',
  ],
  [/^(?:ist|india(?:n)?\s+(?:standard\s+)?time)\b/i, 'Asia/Kolkata'],
  [/^(?:sgt|singapore\s+time)\b/i, 'Asia/Singapore'],
  [/^(?:jst|japan\s+time|tokyo\s+time)\b/i, 'Asia/Tokyo'],
  [/^(?:aest|aedt|sydney\s+time)\b/i, 'Australia/Sydney'],
  // "9:00am AWST", "Perth time"
  [/^(?:awst|perth\s+time)\b/i, 'Australia/Perth'],
  // "3pm ACST", "Adelaide time"
  [/^(?:acst|acdt|adelaide\s+time)\b/i, 'Australia/Adelaide'],
  // "11am Brisbane time" (Queensland keeps no summer time, unlike Sydney)
  [/^(?:brisbane\s+time)\b/i, 'Australia/Brisbane'],
  // "Your call is at 2pm NZDT on Tuesday", "9am NZ time"
  [/^(?:nz[sd]t|nz\s+time|new\s+zealand\s+time|auckland\s+time)\b/i, 'Pacific/Auckland'],
  [/^(?:utc|zulu)\b/i, 'UTC'],
];

/**
 * The employer promising word back: "we will get back to you", "you should hear from us", "a decision".
 * Only a phrase in a clause with one of these is a response timeline. A panel's deliberation is the decision
 * under another name: "Our panel will finish deliberating over the next two weeks". Word to all candidates
 * is word to this one: "we'll email everyone by Friday". Having it all settled is the decision made: "We're
 * hoping to have everything sorted ahead of the holidays". The employer's own target, after a slipped promise,
 * is the new promise: "We're now targeting the week after next".
 */
export const RESPONSE_CUE =
  /\b(?:hear(?:d|ing)?\s+(?:back|from)|get(?:ting)?\s+back|(?:come|be)\s+back\s+to\s+you|be\s+(?:back\s+)?in\s+touch|(?:a|our)\s+(?:response|reply)\b|(?:you'll|you\s+will|you\s+should)\s+(?:\w+\s+)?(?:find\s+out|know|learn)\b|'ll\s+(?:\w+\s+)?respond|expect\s+(?:an?\s+|our\s+)?(?:response|reply|answer|decision|update|e-?mail|call)|(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?confirm|re-?connect|response\s+times?|turnaround(?:\s+times?)?|(?:will|'ll|should|hope\s+to|expect\s+to)\s+have\s+(?:more\s+|some\s+|an?\s+)?(?:information|info|news|clarity|answers?|updates?)|you(?:'ll|\s+will|\s+should|\s+may|\s+can\s+expect\s+to)\s+(?:receive|get|have)\s+(?:an?\s+|our\s+|the\s+|some\s+)?(?:\w+\s+)?(?:e-?mail|call|message|letter|response|reply|word|invitation|invite)|(?:drop|shoot|send|give|flick)\s+you\s+an?\s+(?:quick\s+)?(?:line|note|e-?mail|message|shout|call|ring|buzz|update|text)|ping\s+you|\b(?:you|candidates|applicants|finalists|everyone|all\s+\w+|successful\s+\w+|shortlisted\s+\w+)\s+(?:(?:will|shall|should|may|would|not)\s+)*(?:\w+\s+)?be\s+contacted|(?:more\s+)?clarity|results\s+(?:of|from|will|should)|(?:emailed|e-mailed|sent|communicated|announced|shared)\s+to\s+(?:you|all|every|each|candidates|applicants)|share\s+(?:anything|something|more|news|an?\s+update|the\s+outcome|feedback)|in\s+touch\s+with\s+you|reach(?:ing)?\s+out\s+to\s+you|(?<!\b(?:free|welcome|hesitate|please|you)\s+(?:to\s+)?)reach\s+out|contact(?:ing|ed)?\s+(?:you|all|everyone|everybody|every|each|those|(?:the\s+|our\s+)?(?:successful\s+|shortlisted\s+|selected\s+|final\s+)?(?:candidates|applicants|finalists))|be\s+in\s+contact|send\s+(?:you\s+|over\s+|out\s+)?(?:some\s+|a\s+few\s+|the\s+|our\s+)?(?:(?:new|possible|available|scheduling|interview|proposed|alternative)\s+)?(?:times|slots|options|dates|details|availability|an?\s+invite|invitations?)|get\s+in\s+touch|reach\s+back\s+out|keep\s+you\s+(?:posted|updated|informed)|updates?\s+(?:will|shall|should|would)\s+be\s+(?:sent|e-?mailed|shared|provided|communicated|given|posted)|(?:e-?mail|call|phone|ring|write\s+to|text)\s+(?:you|everyone|everybody|each\s+(?:candidate|applicant)|all\s+(?:the\s+)?(?:candidates|applicants|finalists))\b|(?:write|send\s+word)\s+to\s+(?:all\s+|every\s+|each\s+|the\s+)?(?:candidates|applicants|finalists|everyone|interviewees)\b|revert|know\s+more|(?:provide|share|give\s+you|send\s+you)\s+(?:an?\s+|our\s+|the\s+|some\s+)?(?:update|feedback|answer|response|decision|outcome)|have\s+(?:more\s+)?(?:information|info|news|something)\s+(?:for\s+you|to\s+share)|let\s+(?:you|u|all|everyone|everybody|each|those|(?:all\s+|the\s+|our\s+)?(?:successful\s+|shortlisted\s+|unsuccessful\s+|other\s+|remaining\s+)?(?:candidates|applicants|finalists))(?:\s+[\w-]+){0,2}?\s+know|update\s+(?:you|everyone|all|candidates|applicants|each)|an?\s+update|news|an?\s+answer|mak(?:e|ing)\s+(?:offers?|decisions?|a\s+decision|our\s+decision|a\s+hire)|(?:are|'re|be|is|still|done|finished|through)\s+interviewing|updates?\s+(?:to|for)\s+(?:you|all|candidates)|follow\s+up\s+with\s+you|(?:i|we)(?:'ll|\s+will|\s+shall|\s+would|\s+can)\s+(?:\w+\s+)?follow[\s-]*up|circle\s+back|touch\s+base|(?:respond(?:ing)?|repl(?:y|ying))\s+to\s+(?:you|all|every|each|applicants|candidates)|(?:we|i|they|team|will|shall|typically|usually|normally|generally|aim\s+to|try\s+to|always)\s+(?:\w+\s+)?respond|feedback|decisions?|decisons?|descisions?|decide|mak(?:e|ing)\s+(?:(?:a|our|the|an|any|its|their)\s+)?(?:final\s+|hiring\s+)?(?:decisions?|selections?|choices?|offers?|hires?)|next\s+steps?|notif(?:y|ying|ied|ies|ication)|inform(?:ed)?\s+(?:you|all|candidates)|outcome|(?:the|your|interview|assessment|test)\s+results?|wrap(?:ping)?\s+(?:(?:things|everything|it|this)\s+)?up|(?:have|get|getting)\s+(?:everything|things|it\s+all|it|this|all\s+of\s+this)\s+(?:sorted|settled|squared\s+away|finali[sz]ed|confirmed)\b|(?:we're|we\s+are|i'm|i\s+am)\s+(?:now\s+)?(?:targeting|aiming\s+for)\b|deliberat(?:e|es|ed|ing|ions?)\b|finali[sz](?:e|es|ed|ing)|(?:an?\s+|the\s+|our\s+)?offer\s+(?:letter\s+)?(?:out\s+)?(?:over\s+)?to\s+you|offers?\s+(?:(?:will\s+|to\s+|should\s+)?(?:go|going|goes|be\s+going|being\s+sent|be\s+sent)\s+)?out|(?:complete|finish|conclude|close)(?:d|s)?\s+(?:our|the|all)\s+(?:interviews?|process|review|selection|search)|(?:finish|wrap\s+up|complete)\s+interviewing|interviewing\s+(?:through|until|till)|interviews?\s+(?:will\s+)?(?:wrap|conclude|finish|end|close)|(?:review(?:ing)?|assess(?:ing)?|evaluat(?:e|ing))\s+(?:all\s+)?(?:the\s+)?(?:applications|candidates|applicants|your\s+application)|offers?\s+(?:will\s+be|to\s+be)\s+(?:extended|made|sent)|(?:extend|send|make|issue)(?:s|ing|ed)?\s+(?:out\s+|over\s+)?(?:(?:an?|our|the|your)\s+)?(?:job\s+|formal\s+|written\s+)?offers?|expect\s+to\s+hear|should\s+hear|will\s+hear|word\s+from\s+us|status|be\s+(?:sending|sent)\s+out|send\s+(?:out\s+)?(?:our\s+)?(?:responses|replies|notifications|decisions))\b/i;

/**
 * A deadline the employer sets for the candidate ("please let us know by Friday", "sign and return by 9 Oct"):
 * not a timeline (ADVICE.md fine print).
 */
export const CANDIDATE_DEADLINE_CUE =
  /\b(?:let\s+(?:us|me)\s+know|get\s+back\s+to\s+(?:us|me)|(?<!\b(?:we|i|they|team|will|typically|usually|normally|generally|shall|to|can|always|aim\s+to|try\s+to)\s+)(?:respond|reply|revert)\s+(?:to\s+(?:us|me|this)\s+)?(?:by|before|no\s+later|within)|(?:please|kindly)\s+(?:\w+\s+){0,3}?(?:confirm|respond|reply|send|return|submit|complete|sign|accept|book|choose|select|schedule|provide|upload|fill|apply|register|rsvp|answer|resign|share|forward|email\s+(?:us|me))|(?:confirm|rsvp)\s+(?:your\s+\w+\s+)?(?:by|before|no\s+later)|(?:you\s+(?:need|must|have)\s+to|you'll\s+need\s+to|you\s+will\s+need\s+to|you\s+are\s+required\s+to|you\s+should\s+(?:submit|return|send|complete|sign|confirm|resign|answer|accept))|your\s+(?:response|reply|acceptance|answer|decision|confirmation|availability|signature|documents|references|assessment)(?:\s+(?:by|before|no\s+later|within|is\s+due)|(?=\s+…))|(?:offer|invitation|link)\s+(?:is\s+valid|expires|will\s+expire|remains\s+open)|(?:sign(?:ed)?|return(?:ed)?)\s+(?:and\s+return(?:ed)?\s+)?(?:the\s+|your\s+)?(?:offer|contract|letter|form)|answer\s+within|accept\s+(?:the|this|our)\s+offer\s+by|resign\s+by|(?:deadline|due)\s+(?:for|to)\s+(?:you|respond|accept|reply|submit|complete))\b/i;

/**
 * Dates that are facts, not promises: start dates, closing dates, office hours, benefits, events
 * (TIMELINE-CONVENTIONS.md "Not a response timeline").
 */
export const FACT_CUE =
  /\b(?:start(?:ing)?\s+date|start(?:s|ing)?\s+(?:on|in|from|work)|your\s+first\s+day|first\s+day|join(?:ing)?\s+(?:us|the\s+team|date)|onboarding|orientation|pay\s*(?:day|roll|date)|paid\s+(?:on|every)|salary|payslip|applications?\s+(?:close|closes|closing|deadline|due|window|will\s+close|are\s+due|must\s+be)|closing\s+date|(?:role|position|vacancy|job|advert|posting|listing)\s+(?:closes|will\s+close|is\s+open\s+until|closing)|posting\s+(?:closes|will\s+close|expires)|apply\s+(?:by|before)|office\s+hours|(?:open|opening)\s+hours|(?:we\s+are|we're|office\s+is|offices\s+are|office\s+will\s+be|offices\s+will\s+be)\s+(?:open|closed)|(?:office|offices)\s+clos(?:ed|ure|ing)|closed\s+(?:on|for|from|until)|offsite|off-site|open\s+house|career\s+fair|job\s+fair|webinar|info(?:rmation)?\s+session|benefits?|enrol(?:l)?ment|enrol(?:l)?\s|waiting\s+period|eligib|talent\s+(?:pool|community)|(?:keep|retain|hold)\s+(?:your\s+)?(?:cv|resume|résumé|details|application|information)|on\s+file\s+for|will\s+(?:last|take)\s+(?:about\s+|approximately\s+|around\s+)?\d|(?:last|lasts)\s+(?:about\s+|approximately\s+)?(?:\d|an?\s+hour|one\s+hour)|holiday\s+party|quarterly|earnings|(?:meets|convenes|will\s+meet|is\s+meeting|are\s+meeting)\s+(?:on|next|this|again)\b|training\s+(?:starts|begins|week)|probation|notice\s+period|background\s+check|drug\s+test|conference|out\s+of\s+(?:the\s+)?office|ooo|pto|(?:is|am|are|will\s+be|i'm|we're|he's|she's|they're)\s+(?:out|away|off|travell?ing)\b(?!\s+(?:to\s+you|in\s+touch))|on\s+(?:annual\s+)?leave|on\s+vacation|away\s+from\s+(?:the\s+)?office|return(?:ing)?\s+to\s+the\s+office|contract\s+(?:ends|runs|expires)|fiscal|invoice|renewal|subscription|timesheet)\b/i;

/** A window counted from an event: "of the closing date", "after your interview", "from the final decision". */
export const ANCHOR_LEAD = /^\s*(?:of|after|from|following|since)\s+/i;

/** A window whose event has no date here: "once you submit", "when we receive", "of the final decision". */
export const UNDATED_EVENT_LEAD =
  /^\s*(?:once|when|after\s+(?:you|we|they|the\s+\w+\s+(?:is|are|has|have))|upon|from\s+(?:the\s+)?(?:receipt|when)|of\s+(?:receiving|receipt|the\s+final|the\s+decision|your\s+(?:acceptance|submission|completing|completion)|submission|completion))\b/i;

/** Past promises and past meetings: "we had hoped to decide by last Friday", "thank you for interviewing on March 18". */
export const PAST_CUE =
  /\b(?:had\s+(?:hoped|planned|expected|intended|aimed)|(?:we|i)\s+(?:had\s+)?(?:said|promised|told\s+you|mentioned|indicated|estimated)\s+(?:that\s+)?(?:we|i)(?:'d|\s+would)|missed\s+(?:that|the|our)|last\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month)|yesterday|earlier\s+(?:today|this\s+week)|(?:thank(?:s|\s+you)|grateful|appreciate)\s+(?:\w+\s+){0,4}?(?:for\s+)?(?:interview(?:ing)?|meeting|speaking|talking|chatting|coming\s+in|taking\s+the\s+time|your\s+time|visiting|joining|conversation|chat|call|discussion|visit|session)|enjoyed|(?:great|nice|good|lovely|a\s+pleasure)\s+(?:speaking|talking|chatting|meeting|to\s+(?:speak|meet|talk|chat))|was\s+(?:great|lovely|a\s+pleasure|nice)|it\s+was|we\s+(?:met|spoke|talked|sent)|(?:met|spoke|talked|interviewed|convened)(?=\s+(?:with\s+\w+\s+)?(?:on\b|last\b|yesterday\b|earlier\b|…))|you\s+(?:met|spoke|interviewed)|interviewed\s+(?:on|last)|'s\s+interviews?|had\s+(?:our|your|the)|was\s+held|(?:following|after|since)\s+(?:your|our|the|my)\s+(?:\w+\s+)?(?:interview|call|conversation|meeting|chat)\b(?!\s+(?:on|next|this|later|tomorrow)\b)|took\s+place|ago)\b/i;

/** Interview scheduling words: an invitation, confirmation or reschedule names the slot. */
export const INTERVIEW_CUE =
  /\b(?:interview(?:s|ing|ed)?|phone\s+screen|screen(?:ing)?|(?:can|could)\s+(?:you\s+|we\s+)?do|call|chat(?:ting)?|conversation|meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|catch(?:ing)?\s+up|zoom|teams|webex|google\s+meet|video|on-?site|in\s+person|visit|see(?:ing)?\s+you|available|availability|work\s+for\s+you(?:r)?|work\s*\?|works\s+for\s+you|works\s+(?:great|well|fine|perfectly|best)|that\s+works|works?(?=\s*(?:[.!]\s*)?$)|works\s+for\s+(?:me|us)|suit\s+you|suits\s+you|can\s+you\s+do|how\s+about|how\s+does|pencil(?:led|ed)?\s+(?:you\s+)?in|lock(?:ed)?\s+in|all\s+set|slot(?:ted)?\s+you\s+in|(?:put|have)\s+you\s+down|how's|how\s+is|sound\s+good|are\s+you\s+(?:free|around|about)|(?:i'm|i\s+am|we're|we\s+are)\s+(?:free|available)|that\s+suits|let's\s+(?:do|say|go\s+with|plan\s+(?:on|for)|meet|talk|chat|speak)|free\s+(?:for|on|at)|scheduled?|booked|confirm(?:ed|ing)?|calendar\s+(?:invite|hold)|(?:hold|block)\s+on\s+your\s+calendar|invite|resched\w*|move\s+(?:it|our|the|your)|push|instead|panel|assessment\s+(?:day|centre|center)|(?:final|next|second|third|last|later)\s+stages?|super\s*day|round|come\s+in)\b/i;

/** Other events a day and time may belong to: "The team lunch is on Friday at noon". */
export const OTHER_EVENT =
  /\b(?:lunch|dinner|breakfast|drinks|happy\s+hour|party|social|celebration|offsite|off-site|town\s*hall|all[-\s]hands|training|workshop|webinar|seminar|open\s+house|career\s+fair|job\s+fair|orientation|induction)\b/gi;
/** The event nouns of a candidate's own slot, to weigh against OTHER_EVENT by nearness. */
export const SLOT_NOUN =
  /\b(?:interview|screen(?:ing)?|call|chat|conversation|meeting|assessment|onsite|on-site|visit|panel|round|1:1|one-on-one)s?\b/gi;

/** Words that say the slot moved or was cancelled. */
export const RESCHEDULE_CUE =
  /\b(?:resched\w*|re-?arrang\w*|move(?:d)?|moving|push(?:ed)?|postpone(?:d)?|shift(?:ed)?|change(?:d)?|bring\s+forward)\b/i;
export const CANCEL_CUE =
  /\b(?:cancel(?:led|ed|ling|ing)?|call(?:ed)?\s+off|no\s+longer\s+(?:able|going|be|proceed))\b/i;

/** Several alternatives offered: "Tuesday or Wednesday", "the following times", "which works best". */
export const ALTERNATIVES_CUE =
  /\b(?:following\s+(?:times|slots|dates|options)|options?|which\s+(?:one\s+)?(?:works|suits|of)|either|any\s+of|slots)\b/i;

/** Interviews as a schedule, not this candidate's slot: "we start interviews from 2 June". */
export const GENERIC_INTERVIEWS_CUE =
  /\binterviews\s*:(?=\s)|\b(?:(?:start|begin|begins|starts|conduct(?:ing)?|hold(?:ing)?|holding|schedul(?:e|ing))\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?interviews|interviews\s+(?:[\w-]+\s+){0,4}?(?:will\s+)?(?:start|begin|be\s+held|take\s+place|run)|interviews\s+(?:are\s+)?(?:being\s+)?(?:scheduled|held)\s+(?:from|between|during))\b/i;

/**
 * Holding off contact: "please don't reach out before", "hold any questions until", "wait two weeks before",
 * "it would be best not to get in touch until Tuesday 5 January".
 */
export const HOLD_OFF_CUE =
  /\b(?:(?:do\s+not|don't|dont|(?:best|better|prefer(?:able)?)\s+not\s+to|not\s+to|please\s+don't|please\s+do\s+not|refrain\s+from|no\s+need\s+to|kindly\s+(?:do\s+not|don't|hold|wait)|would\s+ask\s+that\s+you\s+not|ask\s+that\s+you\s+(?:not|wait|hold)|(?:ask|request)\s+(?:that\s+)?(?:you|candidates|applicants|everyone|all\s+\w+)\s+(?:please\s+)?(?:do\s+)?not(?:\s+to)?)\s+(?:\w+\s+){0,3}?(?:contact\w*|reach(?:ing)?\s+out|follow(?:ing)?[\s-]*ups?|check(?:ing)?\s+in|call(?:ing)?|e-?mail(?:ing)?|inquir\w*|enquir\w*|chas\w*|get(?:ting)?\s+in\s+touch)|(?:won't|will\s+not|do\s+not|don't|cannot|can't|are\s+not|aren't)\s+(?:be\s+)?(?:accept|tak|answer|respond|return)\w*\s+(?:to\s+)?(?:any\s+)?(?:[\w-]+\s+)?(?:calls|e-?mails|enquiries|inquiries|messages|follow[\s-]?ups)|hold\s+(?:off|any|all|your)\b|(?:please\s+)?wait|give\s+us|allow)\b/i;
export const CONTACT_WORD =
  /\b(?:contact\w*|reach(?:ing)?\s+out|follow(?:ing)?[\s-]*ups?|check(?:ing)?\s+in|call\w*|e-?mail\w*|inquir\w*|enquir\w*|questions?|chas\w*|get(?:ting)?\s+in\s+touch)\b/i;

/** "If you haven't heard from us by 1 August, you may email": a promise, reported as response-by only. */
export const CONDITIONAL_PERMISSION =
  /\bif\s+(?:[\w']+\s+){0,8}?you\s+(?:still\s+)?(?:haven't|have\s+not|do\s+not|don't|did\s+not|didn't)\s+(?:yet\s+)?(?:heard|hear|received|receive|get|got)\b/i;

/** No-calls: unbounded requests not to phone or contact about the application. Example line per pattern. */
export const NO_CALLS_PATTERNS: readonly RegExp[] = [
  // "Please do not call the store", "recruiters and staffing agencies, please do not contact us"; not a request
  // with an end: "refrain from contacting us for two weeks" is a hold-off
  /\b(?:please\s+)?(?:do\s+not|don't|dont|must\s+not|should\s+not|kindly\s+do\s+not|we\s+ask\s+that\s+you\s+(?:do\s+)?not|refrain\s+from|(?:kindly\s+|please\s+)?avoid)\s+(?:(?:attempt|try)(?:ing)?\s+to\s+)?(?:follow(?:ing)?[\s-]*up\s+(?:on|about|regarding)|call(?:ing)?|phon(?:e|ing)|telephon(?:e|ing)|ring(?:ing)?|contact(?:ing)?|reach(?:ing)?\s+out\s+to|get(?:ting)?\s+in\s+touch\s+with)\b(?!\s+(?:us\s+)?(?:before|until|till|prior))(?![^.]*\b(?:before|until|till|prior\s+to|for\s+(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|ten|a\s+couple\s+of)\s+(?:days?|weeks?|months?))\b)/i,
  // "No phone calls or agencies, please", "no calls please"
  /\bno\s+(?:phone\s+|telephone\s+)?(?:calls|inquiries|enquiries)\b/i,
  // "We will not take any phone calls about job openings"
  // "We will not be accepting phone calls regarding the status of applications"
  /\b(?:will\s+not|won't|cannot|can't|can\s+not|are\s+unable\s+to|do\s+not|don't|unable\s+to|(?:are\s+|is\s+)?not\s+able\s+to|(?:will\s+not|won't|are\s+not|aren't)\s+be|are\s+not|aren't|is\s+not|isn't)\s+(?:tak(?:e|ing)|accept(?:ing)?|return(?:ing)?|answer(?:ing)?|respond(?:ing)?\s+to)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:phone\s+|telephone\s+)?(?:calls|phone\s+inquiries|enquiries)\b\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i,
  // "We'd appreciate it if you didn't call the hiring manager directly"
  /\b(?:appreciate|ask|request|prefer)\s+(?:it\s+)?(?:if|that)\s+you\s+(?:didn't|did\s+not|do\s+not|don't|not|refrain\s+from)\s+(?:call(?:ing)?|phon(?:e|ing)|contact(?:ing)?)\b(?![^.]*\b(?:before|until|till)\b)/i,
  // "we are unable to give status updates over the phone"
  // "We kindly ask agencies not to call"
  /\b(?:ask|request)\s+(?:that\s+)?(?:you|candidates|applicants|agencies|recruiters|everyone|all\s+\w+)\s+(?:please\s+)?(?:do\s+)?not(?:\s+to)?\s+(?:call|phone|telephone|ring|contact)\b(?![^.]*\b(?:before|until|till|prior\s+to)\b)/i,
  // "we will not be able to respond to individual enquiries by telephone"
  /\b(?:unable\s+to|not\s+(?:be\s+)?able\s+to|won't\s+be\s+able\s+to|cannot|can't|can\s+not|won't|will\s+not|do\s+not|don't)\s+(?:give|provide|offer|discuss|respond\s+to|reply\s+to|answer|deal\s+with|handle|take)\s+(?:[\w-]+\s+){0,6}?(?:over|by|via|on)\s+(?:the\s+)?(?:phone|telephone)\b/i,
  // "Please direct all questions to careers@acme.com rather than calling the office"
  /\b(?:rather\s+than|instead\s+of)\s+(?:call(?:ing)?|phon(?:e|ing)|telephon(?:e|ing)|ringing)\b/i,
  // "phone calls will not be returned", "calls will not be accepted"
  /\b(?:phone\s+|telephone\s+)?(?:calls|enquiries|inquiries)\s+(?:[\w-]+\s+){0,4}?(?:will|can|cannot|can't)\s+(?:not\s+)?be\s+(?:returned|accepted|answered|taken|responded\s+to|accommodated|entertained)\b/i,
];

/** An offer of something other than the job: "We'd like to offer you a second interview". */
export const NOT_A_JOB_OFFER =
  /\boffer\s+you\s+(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+)?(?:interview|call|meeting|chat|slot|time|opportunity\s+to\s+(?:interview|meet|speak))\b/i;

/** Outcome phrases: rejection and offer. */
export const REJECTION_PATTERNS: readonly RegExp[] = [
  // "we have decided to move forward with other candidates"
  /\b(?:decided|chosen|elected|decision)\s+to\s+(?:move|go|proceed|continue|press)\s+(?:forward\s+|ahead\s+|on\s+)?with\s+(?:other|another|a\s+different|different|an?|one)\s+(?:(?:more\s+)?[\w-]+\s+)?(?:candidates?|applicants?|individuals?|people|person)\b|\b(?:decided|chosen|elected|decision)\s+to\s+(?:move|go|proceed)\s+(?:forward\s+)?with\s+someone\s+else\b/i,
  // "we will not be moving forward with your application", "we won't be taking your application any further"
  /\b(?:will\s+not|won't|not)\s+be\s+(?:moving|going|proceeding|taking)\s+(?:(?:your|with\s+your)\s+(?:application|candidacy)\s+)?(?:any\s+)?(?:forward|further|ahead)\b/i,
  // "we're not moving forward with your candidacy", "we will not be offering you the role"
  /\b(?:will\s+not|won't|not)\s+be\s+(?:proceeding|moving\s+forward|going\s+ahead)\s+with\s+(?:any|the)\s+(?:candidates?|applicants?|hire|appointment)\b|\b(?:are|'re|am|'m)\s+not\s+(?:moving|going)\s+(?:forward|ahead)\s+with\s+(?:your|you)\b|\b(?:will\s+not|won't|not)\s+be\s+(?:offering|extending)\s+(?:you\s+)?(?:the|an?)\b/i,
  // "we've decided to go in a different direction", "we have filled the role", "not been successful"
  /\bgo(?:ing)?\s+in\s+(?:a\s+)?(?:different|another)\s+direction\b|\b(?:have|'ve|has)\s+(?:now\s+)?filled\s+the\s+(?:role|position|vacancy)\b|\b(?:have|has|were|was)\s+not\s+been\s+successful\b|\bunsuccessful\s+on\s+this\s+occasion\b/i,
  // "we won't be progressing your application", "we won't be progressing any applications for now" (on hold)
  /\b(?:will\s+not|won't|not)\s+be\s+(?:progressing|proceeding\s+with|progressing\s+with|taking\s+forward|continuing\s+with)\s+(?:your|you|any\s+(?:applications|candidates|applicants))\b/i,
  /\b(?:decided|chosen)\s+not\s+to\s+(?:move|proceed|progress|go|pursue|continue|take|offer|extend|advance|invite)\b/i,
  // "we've decided to offer the role to another candidate"
  /\b(?:offer(?:ed)?|give|given|gone)\s+(?:the\s+)?(?:(?:role|position|job|offer)\s*)?(?:to|with)\s+(?:(?:another|a\s+different|other|an\s+internal)\s+(?:candidate|applicant|person)|someone\s+(?:else|whose|who))/i,
  /\b(?:we\s+)?regret\s+to\s+(?:inform|let\s+you\s+know|advise|tell)\b/i,
  /\b(?:position|role|vacancy|job)\s+has\s+(?:now\s+)?been\s+filled\b/i,
  /\b(?:unable|not\s+(?:be\s+)?able|won't\s+be\s+able|will\s+not\s+be\s+able)\s+to\s+(?:offer\s+you|progress|move\s+forward|proceed|take\s+your\s+application)\b/i,
  /\b(?:pursue|pursuing|proceed\s+with|progress\s+with)\s+(?:other|another)\s+(?:candidates?|applicants?)\b/i,
  /\b(?:were|have\s+not\s+been|has\s+not\s+been|was)\s+(?:not\s+)?unsuccessful\b|\byour\s+application\s+(?:was|has\s+been)\s+unsuccessful\b/i,
  /\b(?:selected|chosen|hired|appointed|identified)\s+(?:another|a\s+different|an\s+internal|a\s+more\s+[\w-]+|other)\s+(?:candidates?|applicants?|person)\b|\b(?:close|closed|closing|end|ended|cancel(?:led)?)\s+(?:the|this|our)\s+(?:search|role|position|requisition|vacancy)\s+without\b|\bdecided\s+not\s+to\s+(?:fill|hire)\b|\b(?:didn't|did\s+not|won't|will\s+not)\s+(?:be\s+)?(?:make\s+it|progress(?:ing)?|go(?:ing)?|mov(?:e|ing))\s+(?:through\s+|forward\s+|on\s+)?to\s+the\s+next\s+(?:round|stage)\b|\bnot\s+(?:been\s+)?selected\s+(?:to|for)\b|\b(?:has|have)\s+not\s+been\s+shortlisted\b/i,
  /\bcandidates?\s+whose\s+(?:experience|qualifications|skills|background)\s+more\s+closely\b/i,
  // "We've offered the role to a candidate with more test automation experience, and they have accepted"
  /\b(?:have|'ve|has|had)\s+(?:now\s+|already\s+)?(?:offered|given)\s+(?:the\s+|this\s+)?(?:role|position|job|post)\s+to\s+(?:an?|another|the\s+other|one\s+of\s+the\s+other)\s+(?:[\w-]+\s+)?(?:candidate|applicant|person|individual)s?\b/i,
  // "the panel decided to appoint someone with more retail management experience"
  /\b(?:decided|chosen|elected|opted|decision)\s+to\s+(?:appoint|hire|recruit|offer\s+(?:the\s+)?(?:role|position|job)\s+to)\s+(?:someone|somebody|another|a\s+different|an\s+internal|an\s+external|the\s+other|other)\b/i,
  // "I'm afraid it's not good news this time", "not the news you were hoping for"
  /\bnot\s+(?:good\s+news|the\s+(?:news|outcome|answer)\s+(?:you\s+(?:were|had\s+been)|we\s+(?:were|had\s+been))\s+hoping\s+for)\b/i,
  // "we have decided to pursue candidates whose litigation experience is more closely aligned with the practice"
  /\b(?:decided|chosen|elected|opted)\s+to\s+(?:pursue|proceed\s+with|progress\s+with|move\s+forward\s+with|go\s+(?:forward\s+)?with|continue\s+with|focus\s+on)\s+(?:other\s+|another\s+)?(?:candidates?|applicants?|individuals?|profiles?)\s+(?:whose|who|with|that)\b|\b(?:candidates?|applicants?|profiles?)\s+(?:whose|who|with)\s+[^.!?]{0,60}?\bmore\s+closely\s+(?:align|match|fit|suit)/i,
  // "the hiring manager felt other candidates were a closer fit"
  /\b(?:other|another)\s+(?:candidates?|applicants?)\s+(?:were|was|are|is|would\s+be)\s+(?:a\s+)?(?:closer|better|stronger)\s+(?:fit|match)\b/i,
];
export const OFFER_PATTERNS: readonly RegExp[] = [
  // "we are pleased to offer you the position"
  /\b(?:pleased|delighted|happy|excited|thrilled|glad|pleasure)\s+to\s+(?:formally\s+)?(?:offer|extend\s+(?:to\s+)?(?:you\s+)?(?:an?\s+)?(?:[\w-]+\s+)?offer)\b/i,
  /\b(?:would\s+like|'d\s+like|would\s+love|'d\s+love|want|wish)\s+to\s+(?:formally\s+)?(?:offer\s+you|extend\s+(?:you\s+)?(?:an?\s+)?offer)\b/i,
  /\boffer\s+you\s+the\s+(?:position|role|job)\b/i,
  // "we'd like to make you an offer", "you have been selected for the role", "move forward with an offer",
  // "We'd love to have you on board and will send the formal offer through"
  /\bmove\s+forward\s+with\s+you\s+as\s+(?:our|the)\b|\bbring\s+you\s+(?:on\s*board|aboard)\b|\b(?:delighted|pleased|happy|thrilled|excited|love|like)\s+to\s+have\s+you\s+(?:join|on)\s+(?:our|the)\s+(?:[\w-]+\s+)?team\b|\b(?:delighted|pleased|happy|thrilled|excited|love|like)\s+to\s+have\s+you\s+(?:on\s*board|aboard)\b|\b(?:like|love|want|wants|decided)\s+to\s+hire\s+you\b|\bmove\s+forward\s+with\s+(?:an?\s+|the\s+)?(?:formal\s+|verbal\s+|official\s+)?offer\b|\byou(?:'ve|\s+have)?\s+got\s+the\s+(?:job|role|position)\b/i,
  /\b(?:love|like|happy|pleased|delighted|excited|thrilled)\s+to\s+welcome\s+you\s+(?:to\s+(?:the|our)\s+team|aboard|on\s*board)\b|\bmake\s+you\s+(?:an?\s+)?(?:formal\s+|verbal\s+|official\s+)?offer\b|\b(?:you've|you\s+have)\s+been\s+selected\s+(?:for|as)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|hire)\b/i,
  /\b(?:attached|enclosed)\s+(?:is|please\s+find|you\s+will\s+find)\s+(?:your|the|our)\s+(?:formal\s+)?offer\b/i,
  // "we'd like you to join Reef Co as our Graduate Accountant", "we would love you to join us as our new Chef"
  /\b(?:'d|would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\s+join\s+(?:us|[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?)\s+as\s+(?:our|the|a|an)\s(?![^.!?]*\b(?:interview|call|chat|meeting|session|stage|round|assessment|event|webinar|tour|open\s+(?:day|house|evening)|panell?ists?|speakers?|guests?|volunteers?|observers?|judges?|mentors?)\b)/i,
  // "Congratulations! The Shift Lead job is yours if you want it", "the role's yours"
  /\b(?:job|role|position)(?:\s+is|'s)\s+yours\b/i,
  // "I'm pleased to let you know that you've been successful" (UK), but not "successful in reaching the final round"
  // nor "you'll find out whether you've been successful by Friday"
  /\byou(?<!\b(?:whether|if)\s+you)(?:'ve|\s+have)\s+been\s+successful\b(?![^.!?]*\b(?:stage|round|interview|shortlist\w*|assessment|progress\w*|next|second|final|through\s+to)\b)/i,
  // "we'd love you to join the Finance team as our Assistant Accountant", but not "to join us for a final interview"
  /\b(?:'d|would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\s+join\s+(?:us|(?:the|our)\s+(?:[\w-]+\s+){0,3}?team)\b(?![^.!?]*\b(?:interview|call|chat|meeting|session|stage|round|assessment|coffee|lunch|dinner|event|webinar|tour|open\s+(?:day|house|evening)|panell?ists?|speakers?|guests?|volunteers?|observers?|judges?|mentors?)\b)/i,
  /\b(?:formal\s+)?offer\s+(?:letter|of\s+employment)\s+(?:is\s+)?(?:attached|enclosed)\b/i,
];
