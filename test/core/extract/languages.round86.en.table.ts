// Round 900 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Friday
// 26 March 2066 at 16:45 local: two days before Europe's clocks go forward (Sunday 28 March) and nine days before
// Sydney's and Auckland's go back (Sunday 4 April), while the US is already on summer time ("next week" is
// 29 March to 4 April; "by Friday" is 2 April; "end of the month" is 31 March). What it tries: messages that hold
// two dates where only one is the reader's. Positives: a Berlin panel moved from Monday to Tuesday 15:00 Berlin
// time for a London reader across the clock change (the old slot named too); an agency recruiter naming another
// candidate's slot and the reader's, with feedback "within two business days of your interview"; a council
// acknowledgement whose reply window counts from its closing date, with a hold until after it; a Sydney hold until
// a manager is back and a decision date after it; a Singapore offer with a sign-by deadline, a start date and a
// promise; a Zoom invitation in Pacific time that lands the next morning in Auckland; a founder proposing one slot
// in Pacific time to a Toronto reader and a decision by the end of next week; a Nairobi rejection naming other
// roles' dates; a Dubai Teams invitation as a flattened table with a D/M date, a confirm-by day and no calls; a
// Calendly reschedule (former and updated) in Eastern time for a Chicago reader; a Kolkata second round that
// also names a referred friend's slot; a Dublin panel meeting named in one sentence and the reply window counted
// from it in the next, with a task deadline; an Accra JazzHR "by the end of next week" and no phone updates.
// Negatives that look like recruiter mail: the reader as Greenhouse interviewer (scorecard due), an agency
// pitching candidates to the reader as hiring manager, a friend's interview, a reference request, a paid
// user-research interview, a visa interview, a staff appraisal, an offer to approve as hiring manager, an
// acknowledgement with only a closing and a start date, a freelancer's client call, a dentist, the reader as a
// university panelist, and a recruiter's past promise with nothing new dated.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 26 March 2066, 16:45 local.
const NY = { sentAt: '2066-03-26T16:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2066-03-26T16:45:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2066-03-26T16:45:00-04:00', tz: 'America/Toronto' } as const;
const LA = { sentAt: '2066-03-26T16:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2066-03-26T16:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2066-03-26T16:45:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2066-03-26T16:45:00+01:00', tz: 'Europe/Berlin' } as const;
const DXB = { sentAt: '2066-03-26T16:45:00+04:00', tz: 'Asia/Dubai' } as const;
const KOL = { sentAt: '2066-03-26T16:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2066-03-26T16:45:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2066-03-26T16:45:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2066-03-26T16:45:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KUL = { sentAt: '2066-03-26T16:45:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2066-03-26T16:45:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2066-03-26T16:45:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2066-03-26T16:45:00+13:00', tz: 'Pacific/Auckland' } as const;
const NBO = { sentAt: '2066-03-26T16:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const ACC = { sentAt: '2066-03-26T16:45:00+00:00', tz: 'Africa/Accra' } as const;
const LOS = { sentAt: '2066-03-26T16:45:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2066-03-26T16:45:00+02:00', tz: 'Africa/Johannesburg' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_900_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Greenhouse, a Berlin company, a London reader: the old slot (Monday 10:00) and the new one (Tuesday 15:00
  // Berlin time, after both clocks have gone forward: 14:00 in London).
  {
    text: mail(
      'Hi Eleanor,',
      '',
      'Apologies for the shuffle. One of our panelists is out sick on Monday, so we have moved your final',
      'interview for the Senior Backend Engineer role from Monday 29 March at 10:00 to Tuesday 30 March at',
      '15:00 (Berlin time). Same Google Meet link as before, and the same three people: Jonas, Aylin and me.',
      '',
      'The updated calendar invitation should already be in your inbox. If the new time does not work, just',
      'reply here and I will find another one.',
      '',
      'Viele Grüße,',
      'Katrin Vogel',
      'Talent Acquisition, Lindqvist Mobility GmbH',
      'Sent via Greenhouse',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2066-03-30', time: '14:00', phrase: 'Tuesday 30 March at' }],
  },
  // Robert Half, New York: another candidate's Monday slot, the reader's Wednesday slot, and feedback counted in
  // business days from the reader's interview (Thursday 1, Friday 2 April).
  {
    text: mail(
      'Hi Marcus,',
      '',
      'Good news: Carver & Pell want to meet you for the Senior Accountant contract. They are seeing one other',
      'candidate of mine on Monday at 11, and yours is Wednesday, March 31, 2:30pm ET at their office on',
      'Water Street (ask for Denise Alvarez at reception).',
      '',
      'Denise has committed to getting feedback to me within two business days of your interview, and I will',
      'call you as soon as I have it. Dress is business casual.',
      '',
      'Best,',
      'Tom Brennan',
      'Senior Recruitment Manager | Robert Half',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2066-03-31', time: '14:30', phrase: 'Wednesday, March 31, 2:30pm ET' },
      { kind: 'response-by', by: '2066-04-02', phrase: 'within two business days of your interview' },
    ],
  },
  // A London council: the reply window counts from the closing date (7 April: ten working days is 21 April) and a
  // hold until after it.
  {
    text: mail(
      'Dear Ms Adeyemi,',
      '',
      'Re: Ref HBC-2231 Environmental Health Officer (Grade 9)',
      '',
      'Thank you for your application, which we received today.',
      '',
      'The closing date for this vacancy is Wednesday 7 April 2066. We will write to all applicants within 10',
      'working days of the closing date to let you know whether you have been shortlisted for interview.',
      'Please do not contact the HR Service Centre about your application until after the closing date.',
      '',
      'Yours sincerely,',
      '',
      'Recruitment Team',
      'Hartwell Borough Council',
    ),
    ...LDN,
    expect: [
      { kind: 'response-by', by: '2066-04-21', phrase: 'within 10 working days of the closing date' },
      { kind: 'no-contact-before', by: '2066-04-08', phrase: 'until after the closing date' },
    ],
  },
  // Workday, Sydney: a hold until the manager is back, and a decision promised for a later date.
  {
    text: mail(
      'Hi Lachlan,',
      '',
      'Thanks again for coming in on Wednesday. The team really enjoyed the whiteboard session.',
      '',
      'Our hiring manager, Fiona, is on annual leave from Monday and back on Tuesday 6 April, so please hold off',
      'following up until she is back. She wants to make the final call herself, and we expect to have a',
      'decision to you by Friday 16 April.',
      '',
      'Have a lovely Easter break.',
      '',
      'Kind regards,',
      'Bec Thornton',
      'Talent Partner | Coastline Energy',
    ),
    ...SYD,
    expect: [
      { kind: 'no-contact-before', by: '2066-04-06', phrase: 'hold off following up until she is back' },
      { kind: 'response-by', by: '2066-04-16', phrase: 'by Friday 16 April' },
    ],
  },
  // SuccessFactors, Singapore: an offer, a sign-by deadline for the reader, a start date, and a promise.
  {
    text: mail(
      'Dear Wei Ling,',
      '',
      'On behalf of Meridian Straits Bank, I am delighted to offer you the position of Compliance Analyst, AVP,',
      'on the terms set out in the attached letter of offer.',
      '',
      'Please sign and return the letter through the candidate portal by Wednesday, 31 March 2066. Your',
      'proposed start date is Monday, 3 May 2066, subject to pre-employment screening. Our screening partner',
      'will contact you separately, and we will confirm your start date in writing by 9 April at the latest.',
      '',
      'Congratulations once again.',
      '',
      'Best regards,',
      'Nur Aisyah Rahman',
      'Talent Acquisition, Meridian Straits Bank',
    ),
    ...SIN,
    expect: [
      { kind: 'outcome', outcome: 'offer', phrase: 'delighted to offer you the position' },
      { kind: 'response-by', by: '2066-04-09', phrase: 'by 9 April at the latest' },
    ],
  },
  // A Zoom invitation from California: Tuesday 6 April 3 PM Pacific is Wednesday 7 April 10:00 in Auckland
  // (New Zealand is back on standard time by then).
  {
    text: mail(
      'Hi Aroha,',
      '',
      'Thanks for being flexible with the time difference! Invite below for the hiring manager round with Priya.',
      '',
      'Ravi Menon is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Aroha Ngata <> Fernhill Labs - Hiring Manager Interview',
      'Time: Apr 6, 2066 03:00 PM Pacific Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://fernhill.zoom.us/j/84410295531',
      '',
      'Meeting ID: 844 1029 5531',
      '',
      'Cheers,',
      'Ravi',
    ),
    ...AKL,
    expect: [
      { kind: 'interview', by: '2066-04-07', time: '10:00', phrase: 'Apr 6, 2066 03:00 PM Pacific Time' },
    ],
  },
  // A founder in Vancouver to a Toronto reader: one proposed slot in Pacific time (16:00 in Toronto) and a
  // decision by the end of next week.
  {
    text: mail(
      'Hey Priya,',
      '',
      'Really enjoyed yesterday, thanks for digging into our churn numbers with me.',
      '',
      'Before we decide anything, my cofounder Mei would love 30 minutes with you. Would Thursday at 1pm',
      'Pacific work for a video call? Either way, you will have an answer from us by the end of next week.',
      '',
      'Dan',
      'Co-founder, Tidewater Analytics',
    ),
    ...TOR,
    expect: [
      { kind: 'interview', by: '2066-04-01', time: '16:00', phrase: 'Thursday at 1pm' },
      { kind: 'response-by', by: '2066-04-02', phrase: 'by the end of next week' },
    ],
  },
  // Workable, Nairobi: a rejection that names other dates (the talent pool, the next intake).
  {
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for your interest in the Data Analyst role at Savanna Freight and for the time you put into',
      'the case study.',
      '',
      'After careful consideration, we have decided not to move forward with your application at this time.',
      'We will keep your details in our talent pool for 12 months, and our graduate intake opens again on',
      '1 June 2066 if you would like to apply.',
      '',
      'We wish you every success in your search.',
      '',
      'Kind regards,',
      'The Savanna Freight Hiring Team',
    ),
    ...NBO,
    expect: [
      { kind: 'outcome', outcome: 'rejected', phrase: 'decided not to move forward with your application' },
    ],
  },
  // Oracle Recruiting + Teams, Dubai: a flattened table with a D/M date, a confirm-by day for the reader, and a
  // request not to call.
  {
    text: mail(
      'Dear Mr. Haddad,',
      '',
      'We are pleased to invite you to a virtual interview for the position of Relationship Manager - Private',
      'Banking. Please find the details below.',
      '',
      'Date | Time | Format | Panel',
      'Sunday, 28/03/2066 | 10:30 - 11:15 (GST) | Microsoft Teams | Ms. Reem Al Mansoori, Mr. Vikram Shetty',
      '',
      'Kindly confirm your attendance by replying to this email by Saturday 27/03/2066.',
      'Please do not call the branch or the hiring manager regarding your application; all queries are handled',
      'through this mailbox.',
      '',
      'Best regards,',
      'Talent Acquisition',
      'Gulf Crescent Bank PJSC',
    ),
    ...DXB,
    expect: [
      { kind: 'interview', by: '2066-03-28', time: '10:30', phrase: 'Sunday, 28/03/2066 | 10:30' },
      { kind: 'no-calls', phrase: 'Please do not call the branch or the hiring manager' },
    ],
  },
  // Calendly, rescheduled: the former slot in Central time and the updated one in Eastern time (12:30 in Chicago).
  {
    text: mail(
      'Hi Jamal Carter,',
      '',
      'Your event has been rescheduled.',
      '',
      'Event Type:',
      'Technical Screen (45 min) with Dana Whitfield',
      '',
      'Former:',
      'Thursday, April 1, 2066 9:00am - 9:45am (Central Time - US & Canada)',
      '',
      'Updated:',
      'Monday, April 5, 2066 1:30pm - 2:15pm (Eastern Time - US & Canada)',
      '',
      'Location:',
      'This is a Google Meet web conference.',
      '',
      'Reason for rescheduling: "Sorry, a production incident ate my Thursday. - Dana"',
      '',
      'Powered by Calendly.com',
    ),
    ...CHI,
    expect: [{ kind: 'interview', by: '2066-04-05', time: '12:30', phrase: 'Monday, April 5, 2066 1:30pm' }],
  },
  // An Indian IT firm's in-house recruiter: the reader's second round, and the slot of a friend the reader
  // referred.
  {
    text: mail(
      'Dear Sneha,',
      '',
      'Greetings from Vistaran Infotech!',
      '',
      'Congratulations on clearing the first technical round. Your second technical round is scheduled on',
      '30-03-2066 at 11.30 AM IST (virtual, link to follow from the panel).',
      '',
      'Also, thank you for referring Mr. Rahul Iyer. His first round has been scheduled on 29-03-2066 at',
      '3 PM; kindly ask him to check his mail for the link.',
      '',
      'Please keep your updated resume and a government ID handy.',
      '',
      'Thanks & Regards,',
      'Kavya Reddy',
      'HR - Talent Acquisition',
    ),
    ...KOL,
    expect: [{ kind: 'interview', by: '2066-03-30', time: '11:30', phrase: '30-03-2066 at 11.30 AM IST' }],
  },
  // Teamtailor, Dublin: the panel meets on a named day, and the reply window counts from that meeting in the next
  // sentence (two working days after Thursday 1 April is Monday 5 April); the task's deadline is the reader's.
  {
    text: mail(
      'Hi Niamh,',
      '',
      'Thanks so much for taking the take-home task for the Product Designer role. Just a reminder that it is',
      'due back to us by Monday 29 March at 12:00.',
      '',
      'The interview panel meets on Thursday 1 April to review everyone\u2019s work together. We will be in',
      'touch with every candidate within two working days of that meeting, whatever the outcome.',
      '',
      'Best of luck with it!',
      '',
      'Sorcha',
      'People Team, Brightwater Games',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2066-04-05', phrase: 'within two working days of that meeting' }],
  },
  // JazzHR, Accra: a reply by the end of next week and no phone updates; the shortlist's interviews have no day of
  // the reader's.
  {
    text: mail(
      'Hello Kwame,',
      '',
      'Thank you for applying for the Field Operations Supervisor position with Adinkra Agro Ltd. Your',
      'application has been received and is now with the hiring team.',
      '',
      'We received a very high number of applications, so we are unable to give status updates over the',
      'phone. We aim to let every applicant know where they stand by the end of next week. Interviews for',
      'shortlisted applicants are planned for the week of 12 April in Kumasi.',
      '',
      'Regards,',
      'Adinkra Agro Recruitment',
    ),
    ...ACC,
    expect: [
      { kind: 'no-calls', phrase: 'unable to give status updates over the' },
      { kind: 'response-by', by: '2066-04-02', phrase: 'by the end of next week' },
    ],
  },

  // ---- negatives ----
  // Greenhouse: the reader is the interviewer (a scorecard due within 24 hours).
  {
    text: mail(
      'Hi Sam,',
      '',
      'You are scheduled to interview Jordan Reyes for Staff Data Engineer.',
      '',
      'When: Tuesday, March 30, 2066 2:00 PM - 3:00 PM PDT',
      'Where: Zoom (link in calendar invite)',
      'Focus area: System design',
      '',
      'Your interview kit is ready. Please submit your scorecard within 24 hours of the interview so we can',
      'hold the debrief on Thursday.',
      '',
      'Thanks,',
      'Recruiting Coordination, Alder & Finch',
      'Sent via Greenhouse',
    ),
    ...LA,
    expect: [],
  },
  // Michael Page pitching candidates to the reader as hiring manager.
  {
    text: mail(
      'Dear Helen,',
      '',
      'Following our call on Tuesday, I have three strong candidates for your Finance Business Partner vacancy,',
      'all available to interview next week. Two of them could start within four weeks.',
      '',
      'I can have the CVs and my screening notes with you by Monday, and I will keep Wednesday and Thursday',
      'afternoon free to coordinate interviews at your office.',
      '',
      'Kind regards,',
      'Oliver Grant',
      'Manager, Finance & Accounting | Michael Page',
    ),
    ...LDN,
    expect: [],
  },
  // A friend's interview, told to the reader.
  {
    text: mail(
      'Hey Jess!!',
      '',
      'Guess who got an interview at Atlassian?? It is Tuesday at 10am, second round with the design lead.',
      'They said they would let me know within a week either way. Can I practise on you on Sunday arvo?',
      '',
      'Love ya,',
      'Mia xx',
    ),
    ...SYD,
    expect: [],
  },
  // A reference request: the reader is the referee; the deadline is the reader's.
  {
    text: mail(
      'Dear Dr Patel,',
      '',
      'Ms Chioma Okafor has applied for the post of Staff Nurse (Band 5) at Riverside University Hospitals',
      'NHS Trust and has named you as a referee.',
      '',
      'Please complete the online reference form using the link below by Wednesday 31 March. Interviews are',
      'planned for 8 April, and we are unable to confirm an offer to the candidate until both references',
      'are received. We will contact you by phone if we need any further information.',
      '',
      'Kind regards,',
      'Recruitment Services',
      'Riverside University Hospitals NHS Trust',
    ),
    ...LDN,
    expect: [],
  },
  // A paid user-research interview (a booking, a voucher promised).
  {
    text: mail(
      'Hi Bea,',
      '',
      'Thanks for signing up for our research study on how freelancers manage invoices. Your interview is',
      'confirmed for Tuesday 30 March at 13:00 UK time (9:00 PM Manila time) on Zoom and will last about',
      '45 minutes.',
      '',
      'As a thank-you, you will receive a USD 40 gift card within 10 working days of the session.',
      '',
      'Best,',
      'Hannah',
      'User Research, Ledgerly',
    ),
    ...MNL,
    expect: [],
  },
  // A visa interview at a consulate, with a "do not call" line.
  {
    text: mail(
      'Dear Applicant,',
      '',
      'APPOINTMENT CONFIRMATION',
      '',
      'Applicant: ALI RAZA KHAN',
      'Visa Class: H-1B',
      'Interview Date: 06 April 2066',
      'Interview Time: 08:15',
      'Location: U.S. Consulate General Karachi',
      '',
      'Please arrive 15 minutes before your interview with your passport, DS-160 confirmation page and this',
      'letter. Do not call the consulate to reschedule; use the online portal. Processing takes up to 10',
      'working days after the interview.',
    ),
    ...KHI,
    expect: [],
  },
  // A staff appraisal: the reader as an employee.
  {
    text: mail(
      'Hi Kelvin,',
      '',
      'As part of the annual performance review cycle, your review meeting with Grace is booked for Thursday',
      '1 April at 11:00 in Meeting Room 12B. Please complete your self-assessment in Workday by Monday.',
      '',
      'HR will confirm final ratings and any salary adjustments within 10 working days of the calibration',
      'session, and changes will be reflected in the April payroll on 25 April.',
      '',
      'Thanks,',
      'People & Culture, Harbourline Logistics (HK)',
    ),
    ...HKG,
    expect: [],
  },
  // An offer to approve: the reader is the hiring manager.
  {
    text: mail(
      'Hi Stefan,',
      '',
      'The offer for Sam Lee (Senior Frontend Engineer) has been approved by Finance. Could you give him a',
      'call by Monday to share the good news? The written offer goes out Tuesday and he has until 2 April to',
      'accept. Target start date is 3 May.',
      '',
      'Thanks!',
      'Lea',
      'Talent Acquisition, Nordlicht Software',
    ),
    ...BER,
    expect: [],
  },
  // SmartRecruiters acknowledgement: only a closing date and a start date, and nothing dated promised.
  {
    text: mail(
      'Dear Farah,',
      '',
      'Thank you for applying for the position of Procurement Executive at Tanjung Harvest Berhad.',
      '',
      'The closing date for this vacancy is 11 April 2066 and the anticipated start date is 1 June 2066. Our',
      'team will review every application carefully, and we will be in touch in due course if your profile',
      'matches our requirements.',
      '',
      'Best regards,',
      'Talent Acquisition Team',
      'Tanjung Harvest Berhad',
    ),
    ...KUL,
    expect: [],
  },
  // A freelancer's client call (one proposed slot, a brief promised).
  {
    text: mail(
      'Hi Tunde,',
      '',
      'Loved your portfolio. We are a small bakery chain in Lekki and we need a new website before our',
      'second shop opens. Could we do a quick discovery call on Thursday at 3pm? I will send over the brief',
      'and our logo files by Monday so you can take a look first.',
      '',
      'Thanks,',
      'Funmi Adebayo',
      'Crumb & Co.',
    ),
    ...LOS,
    expect: [],
  },
  // A dentist's appointment and a treatment plan promised.
  {
    text: mail(
      'Dear Mr Naidoo,',
      '',
      'This is to confirm your appointment with Dr Botha on Wednesday 31 March at 09:20.',
      '',
      'Please arrive 10 minutes early to complete your medical history form. We will email your treatment',
      'plan and quotation within 5 working days of your visit. To cancel, please give us 24 hours notice.',
      '',
      'Kind regards,',
      'Reception, Parkview Dental Studio',
    ),
    ...JNB,
    expect: [],
  },
  // A university panel: the reader sits on it.
  {
    text: mail(
      'Kia ora Professor Walsh,',
      '',
      'Thank you for agreeing to sit on the interview panel for the Lecturer in Economics position.',
      'Interviews will be held on Thursday 8 April from 9:30am in the Owen Glenn Building, Room 2.14.',
      '',
      'The shortlisted candidates\u2019 applications and the scoring matrix will be with you by Monday, and we',
      'will confirm the timetable for each candidate\u2019s presentation by the end of next week.',
      '',
      'Ng\u0101 mihi,',
      'Tessa Kingi',
      'Academic Recruitment, Faculty of Business',
    ),
    ...AKL,
    expect: [],
  },
  // Lever: a recruiter's past promise and nothing new dated.
  {
    text: mail(
      'Hi Olivia,',
      '',
      'I owe you an apology. We had hoped to have a decision for you by last Friday, but the hiring panel has',
      'not been able to meet yet because of travel. I know waiting is frustrating.',
      '',
      'I will be in touch as soon as I have news, and I really appreciate your patience.',
      '',
      'Best,',
      'Grant Mahoney',
      'Recruiter, Ironbark Health',
      'Sent via Lever',
    ),
    ...TOR,
    expect: [],
  },
];
