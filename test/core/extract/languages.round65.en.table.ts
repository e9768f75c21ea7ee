// Round 690 (issue 13): written BEFORE the engine read it, by a helper (hw408) who never saw the rules, on a
// public-holiday eve: every message was sent on Monday 24 December 2046 (Christmas Eve) at 11:20 local. Christmas Day,
// Boxing Day and New Year's Day count as business days (TIMELINE-CONVENTIONS.md): business days after t are Tue 25, Wed
// 26, Thu 27, Fri 28, Mon 31, Tue 1 January … "This week" ends Friday 28 December, "next week" is 31 December to Friday
// 4 January 2047, "in the new year" is 10 January, "mid-January" the 15th, "the first two weeks of January" the 14th.
// The focus is people writing by hand before the break: a New York talent partner whose promise ("the week of January
// 7") sits in the third paragraph after holiday chit-chat; a London retailer "hold any questions until we're back" on
// Wednesday 2 January; a Cork council "in the new year"; a Chennai "you are requested to appear" on 27-12-2046; a Lagos
// "within the first two weeks of January"; a Nairobi rejection; a Durban offer whose contract follows "by the end of
// this week" (Friday 28 December); a Singapore reader invited at "9:00 AM London time" (17:00 for her); a Cebu "refrain
// from calling or messaging"; a Perth founder's "mid-January" from the phone; a Wellington panel moving Friday 28
// December to Tuesday 8 January; a Toronto hospital's M/D "Thursday 1/3"; a Munich "until 11 January latest"; a
// Shanghai "before 5th January"; a Riyadh interview postponed to Sunday 30/12/2046; a Chicago hiring manager's "by the
// end of the year". Negatives share the words: an office closure, the reader's team offsite and interviews, a friend's
// offer, a school's enrolment interviews, a clinic, a delivery after the holidays, a bank approval, a new joiner's
// paperwork deadline and start date, a holiday job alert, a recruiter asking for January times, a referee call, a PhD
// interview, a podcast interview, the reader as agency recruiter passing on an offer and rejections, a talent pool, an
// agency pitching January hiring, a landlord's decision on a rent offer. Names, companies and dates are invented;
// answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 24 December 2046 (Christmas Eve), 11:20 local.
const NY = { sentAt: '2046-12-24T11:20:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2046-12-24T11:20:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2046-12-24T11:20:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2046-12-24T11:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2046-12-24T11:20:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2046-12-24T11:20:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2046-12-24T11:20:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2046-12-24T11:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2046-12-24T11:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const RUH = { sentAt: '2046-12-24T11:20:00+03:00', tz: 'Asia/Riyadh' } as const;
const KOL = { sentAt: '2046-12-24T11:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SHA = { sentAt: '2046-12-24T11:20:00+08:00', tz: 'Asia/Shanghai' } as const;
const SIN = { sentAt: '2046-12-24T11:20:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2046-12-24T11:20:00+08:00', tz: 'Asia/Manila' } as const;
const PER = { sentAt: '2046-12-24T11:20:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2046-12-24T11:20:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_690_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Holiday chit-chat, then the promise in the third paragraph.
    text: mail(
      'Hi Marisol,',
      '',
      "Happy Christmas Eve! I'm writing this from my in-laws' kitchen with a toddler attached to my leg, so forgive any typos. I hope you get some proper time off - you mentioned a trip to see your family in San Juan?",
      '',
      "Quick recap from my side: the debrief went well and everyone on the panel was positive. Our VP is out until January 2 and the final sign-off needs her, so nothing will move in the next week or so. Please don't read anything into the silence!",
      '',
      "I'll circle back with next steps the week of January 7. If anything changes before then I'll text you.",
      '',
      'Enjoy the holidays,',
      'Becca',
      'Rebecca Lindqvist | Senior Talent Partner | Hollowell Health',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2047-01-11', phrase: 'the week of January 7' }],
  },
  {
    // The office closure is a fact; the request to hold is the finding.
    text: mail(
      'Hi Connor,',
      '',
      'Thanks for coming in for the Assistant Store Manager interview last week.',
      '',
      "Just so you know, our recruitment team is closed from today and we're back on Wednesday 2 January. Please hold any questions about your application until we're back - we'll pick everything up then.",
      '',
      'Merry Christmas!',
      'Leanne',
      'Recruitment, Pickford & Lowe',
    ),
    ...LDN,
    expect: [{ kind: 'no-contact-before', by: '2047-01-02', phrase: "until we're back" }],
  },
  {
    text: mail(
      'Dear Ms Ó Súilleabháin,',
      '',
      'Thank you for attending for interview for the post of Senior Executive Engineer (Roads).',
      '',
      'The interview board has completed its work and the panel results are being prepared. We expect to issue the results to all candidates in the new year.',
      '',
      'Wishing you a peaceful Christmas.',
      '',
      'Yours sincerely,',
      'Human Resources Department',
      'Cork County Council',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2047-01-10', phrase: 'in the new year', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Mr. Karthikeyan,',
      '',
      'Season’s greetings from Coromandel Shipping Services!',
      '',
      'You are requested to appear for the second round of interview on 27-12-2046 (Thursday) at 11:00 hrs at our Chennai head office, Rajaji Salai. Kindly bring your original mark sheets and one passport size photo.',
      '',
      'Kindly revert the confirmation by return mail.',
      '',
      'Thanks & Regards,',
      'S. Meenakshi',
      'Manager – HR',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2046-12-27', time: '11:00', phrase: '27-12-2046 (Thursday) at 11:00 hrs' },
    ],
  },
  {
    text: mail(
      'Dear Emeka,',
      '',
      'Compliments of the season!',
      '',
      'Thank you for your patience throughout the recruitment exercise for the Graduate Trainee programme. Please be informed that the final outcome will be communicated to all candidates within the first two weeks of January.',
      '',
      'Merry Christmas and a prosperous New Year in advance.',
      '',
      'Best regards,',
      'Bolanle Akinwale',
      'Talent Management, Niger Delta Power Holdings',
    ),
    ...LAG,
    expect: [
      { kind: 'response-by', by: '2047-01-14', phrase: 'within the first two weeks of January', fuzzy: true },
    ],
  },
  {
    text: mail(
      'Dear Otieno,',
      '',
      'Thank you for taking the time to interview for the Monitoring & Evaluation Officer role at Lakeside Health Initiative.',
      '',
      'Unfortunately, your application was unsuccessful on this occasion. The panel appreciated your field experience in Kisumu and we encourage you to apply for future openings.',
      '',
      'Wishing you a restful festive season.',
      '',
      'Kind regards,',
      'Njeri Kamau',
      'HR & Administration',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Hi Sipho,',
      '',
      'What a lovely way to end the year - I am happy to let you know that you have been successful for the role of Logistics Coordinator at Umhlanga Freight! We would like to offer you the position at the salary we discussed.',
      '',
      'Your contract will be emailed by the end of this week and your first working day will be Monday 7 January.',
      '',
      'Enjoy the break!',
      'Natasha Pillay',
      'HR Manager',
    ),
    ...JNB,
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2046-12-28', phrase: 'by the end of this week' },
    ],
  },
  {
    // A slot in another zone: the date moves for a Singapore reader.
    text: mail(
      'Dear Mei Lin,',
      '',
      'Thank you for your patience over the past few weeks. I’m pleased to invite you to the final interview for the Regional Compliance Manager role with our London leadership team.',
      '',
      'The interview will take place on Thursday 3 January 2047 at 9:00 AM London time via Teams and will last about an hour.',
      '',
      'Wishing you a lovely Christmas,',
      'Harriet Wills',
      'Global Talent Acquisition, Thamesgate Capital',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2047-01-03',
        time: '17:00',
        phrase: 'Thursday 3 January 2047 at 9:00 AM London time',
      },
    ],
  },
  {
    text: mail(
      'Hi Joanna,',
      '',
      'Merry Christmas! Thank you for completing your initial assessment with us.',
      '',
      'Our HR team is now reviewing the results. Kindly refrain from calling or messaging our HR staff on Facebook or Viber for updates on your application, all updates will be sent through email only.',
      '',
      'Regards,',
      'Recruitment Team',
      'Visayas Contact Hub – Cebu',
    ),
    ...MNL,
    expect: [{ kind: 'no-calls', phrase: 'refrain from calling or messaging our HR staff' }],
  },
  {
    // A founder from the phone.
    text: mail(
      "Hey Sophie, awesome to chat this morning. I've got a couple more people to see after the break so will be in touch mid-January. Have a great Christmas!",
      '',
      'Josh',
      'Sent from my iPhone',
    ),
    ...PER,
    expect: [{ kind: 'response-by', by: '2047-01-15', phrase: 'mid-January', fuzzy: true }],
  },
  {
    // A reschedule: only the new slot.
    text: mail(
      'Kia ora Hemi,',
      '',
      "We had you booked in for Friday 28 December at 10am, but half the panel has now taken leave over the break, so we've moved your interview to Tuesday 8 January at 10am, same place (Level 4, 22 The Terrace).",
      '',
      'Sorry for the shuffle, and meri Kirihimete!',
      '',
      'Ngā mihi,',
      'Anahera Walker',
      'Recruitment Advisor, Te Awa Regional Council',
    ),
    ...AKL,
    expect: [{ kind: 'interview', by: '2047-01-08', time: '10:00', phrase: 'Tuesday 8 January at 10am' }],
  },
  {
    // A Canadian M/D date.
    text: mail(
      'Hello Fatima,',
      '',
      'Thank you for your interest in the Registered Respiratory Therapist position. Your interview is confirmed for Thursday 1/3 at 2:30 pm in Room B204, Lakeshore General Hospital.',
      '',
      'Happy holidays,',
      'Denise Fortin',
      'Human Resources',
    ),
    ...TOR,
    expect: [{ kind: 'interview', by: '2047-01-03', time: '14:30', phrase: 'Thursday 1/3 at 2:30 pm' }],
  },
  {
    // A German writer: an office closure and a promise "until … latest".
    text: mail(
      'Dear Mr. Petrov,',
      '',
      'thank you again for the interesting talk last week. Our office is closed between 24 December and 1 January, and our Managing Director is in vacation until 7 January.',
      '',
      'We will come back to you until 11 January latest with our decision.',
      '',
      'We wish you merry Christmas and a good start in the new year!',
      '',
      'Best regards',
      'Sabine Huber',
      'Personalabteilung, Isartal Maschinenbau GmbH',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2047-01-11', phrase: 'until 11 January latest' }],
  },
  {
    // A Chinese writer: "before 5th January" is the day before.
    text: mail(
      'Dear Mr. Wong,',
      '',
      'Thank you for attend our interview last Friday. Our company will have holiday for New Year from 31st December. We will notify you the interview result before 5th January.',
      '',
      'Best wishes,',
      'Zhang Li',
      'HR Department, Huadong New Materials Co., Ltd.',
    ),
    ...SHA,
    expect: [{ kind: 'response-by', by: '2047-01-04', phrase: 'before 5th January' }],
  },
  {
    // An Arabic speaker: the interview postponed to one new slot.
    text: mail(
      'Dear Brother Khalid,',
      '',
      'Peace be upon you. Kindly be informed that your interview with the Projects Director is postponed due to his travel. The new appointment is Sunday 30/12/2046 at 10:00 AM in our Olaya office.',
      '',
      'We apologize for the inconvenience.',
      '',
      'Best Regards,',
      'Abdulrahman Al-Otaibi',
      'HR Section, Najd Contracting Co.',
    ),
    ...RUH,
    expect: [{ kind: 'interview', by: '2046-12-30', time: '10:00', phrase: 'Sunday 30/12/2046 at 10:00 AM' }],
  },
  {
    // A hiring manager from the phone, with a vague clause around the promise.
    text: mail(
      "Hi Andre - thanks for your patience. Board signs off on headcount Wensday, so we're hoping to make a decision by the end of the year, assuming nobody's stuck in a snowdrift. Will call you either way.",
      '',
      'Greg',
      'Sent from my phone',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2046-12-31', phrase: 'by the end of the year' }],
  },

  // ---- negatives ----
  {
    // An office closure and nothing else.
    text: mail(
      'Dear Applicant,',
      '',
      'Please note that our offices will be closed from 24 December to 1 January inclusive. We will reopen on Wednesday 2 January 2047.',
      '',
      'Season’s greetings from all of us at Redfern Legal.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as manager.
    text: mail(
      'Hi Priyanka,',
      '',
      'Before everyone disappears: the team offsite is on Tuesday 8 January in Brighton. Interviews for the two analyst roles resume the week after, and I need your shortlist by Friday 4 January.',
      '',
      'Have a lovely break,',
      'Martin',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A friend's offer.
    text: mail(
      'OMG!!!',
      '',
      "Got the offer from Halcyon this morning!!! Best Christmas present ever. I start on 14 January. They said they'll send the contract within a week. Drinks Friday to celebrate??",
      '',
      'xx Tanya',
    ),
    ...NY,
    expect: [],
  },
  {
    // A school's enrolment interviews.
    text: mail(
      'Dear Parents,',
      '',
      'School resumes on Wednesday 16 January. Enrolment interviews for the 2047 Kindergarten intake will be held on Friday 11 January; families will be notified of placement decisions within ten working days.',
      '',
      'Merry Christmas,',
      'The Principal, St Agnes Primary',
    ),
    ...PER,
    expect: [],
  },
  {
    // A clinic.
    text: mail(
      'Dear Mr Adewale,',
      '',
      'Your follow-up consultation with Dr Oyelaran is on Thursday 3 January at 11:30. Your scan results will be ready within 7 working days and discussed at that appointment.',
      '',
      'Lekki Specialist Clinic',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A delivery.
    text: mail(
      'Hi Aisha,',
      '',
      'Sorry! Due to the holiday rush your order #88213 will now arrive after the holidays, by 8 January at the latest. We will email you a tracking link.',
      '',
      'The Cosy Corner team',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A bank's approval.
    text: mail(
      'Dear Customer,',
      '',
      'Congratulations! Your application for the Platinum Rewards credit card has been approved. Your card will be delivered within 10 business days.',
      '',
      'Highveld Bank',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A new joiner's paperwork: the reader's deadline and a start date.
    text: mail(
      'Hi Ravi,',
      '',
      'Reminder: we still need your signed contract and bank details before 31 December so payroll can set you up ahead of your start date, Monday 7 January. Welcome aboard again!',
      '',
      'Thanks,',
      'Onboarding Team',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A holiday job alert.
    text: mail(
      'HOLIDAY HIRING: 40 new roles near Chicago, IL',
      '',
      'Warehouse Associate – Seasonal | Lakefront Logistics | Apply by 12/31',
      'Barista | Old Town Roasters | Interviews this week',
      'Delivery Driver | QuickCrate | Start 1/2',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A recruiter asking for January times without a day.
    text: mail(
      'Hi Nikhil,',
      '',
      'Hope you have a lovely Christmas! When you are back, could you send me a few times in the first week of January for a call with the hiring manager? Nothing urgent before then.',
      '',
      'Best,',
      'Shauna',
      'Talent Partner, Brightline Analytics',
    ),
    ...DUB,
    expect: [],
  },
  {
    // The reader as referee.
    text: mail(
      'Dear Mrs Mwangi,',
      '',
      'Thank you for agreeing to act as a referee for Joseph Kiprono. Our HR officer will call you on Thursday 27 December at 3pm if that suits; otherwise please suggest another time.',
      '',
      'Kind regards,',
      'Recruitment, Rift Valley Water Services',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A PhD admissions interview.
    text: mail(
      'Dear Ms Novak,',
      '',
      'We are pleased to invite you to interview for the PhD programme in Computational Linguistics on Thursday 10 January 2047 at 14:00. Decisions on studentships will be made by the end of January.',
      '',
      'Doctoral College Admissions',
    ),
    ...BER,
    expect: [],
  },
  {
    // A podcast interview.
    text: mail(
      'Hi Dr Lim,',
      '',
      "Thanks for agreeing to come on the Future of Work podcast! Could we record the interview on Friday 28 December at 4pm? It's a quiet week so the studio is free.",
      '',
      'Cheers,',
      'Marcus',
    ),
    ...SIN,
    expect: [],
  },
  {
    // The reader is the agency recruiter.
    text: mail(
      'Hi Tunde,',
      '',
      "Thanks for the shortlist. We've decided not to proceed with Chika or Yusuf, but we're pleased to offer the role to Amaka! Could you let her know before the break? We'll send the paperwork by Friday.",
      '',
      'Best,',
      'Folake',
      'Head of Operations, Ikeja Fresh Foods',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A talent pool.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for your application to Meridian Retail. We will retain your details in our talent pool for 12 months and may contact you if a suitable role arises.',
      '',
      'Meridian Retail Careers',
    ),
    ...TOR,
    expect: [],
  },
  {
    // An agency pitching January hiring to employers.
    text: mail(
      'Dear Hiring Manager,',
      '',
      'Planning your January hiring? Register your vacancies with Keystone Staffing before 31 December and we will have interviews booked for you within 5 working days of the new year.',
      '',
      'Best regards,',
      'Keystone Staffing',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A landlord deciding on the reader's rent offer.
    text: mail(
      'Hi Sam,',
      '',
      "Thanks for your offer on the flat. The owner is away for Christmas, but we'll confirm by 31 December whether he accepts it. Viewings are paused until 2 January.",
      '',
      'Kind regards,',
      'Eleanor',
      'Harcourt Lettings',
    ),
    ...LDN,
    expect: [],
  },
];
