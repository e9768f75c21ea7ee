// Round 1040 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Friday
// 24 March 2079 at 16:20 local, between the two spring clock changes: North America moved to summer time on
// 12 March, Europe moves on Sunday 26 March, and Sydney/Auckland leave summer time on Sunday 2 April. So "UK
// time", "Hong Kong time" or "Pacific Time" next week lands on a different hour than this week. Calendar: this
// week is 20–26 March, next week 27 March – 2 April; business days after t are 27, 28, 29, 30, 31 March, 3, 4,
// 5, 6, 7 April. Focus: messages with two or more dates of which only one (or none) is the reader's finding — a
// closing date beside a sift promise, an old slot beside a new one, a start date beside a sign-by, other
// candidates' interviews beside the reader's, a hold-off beside a promise, an office closure beside a decision
// window, windows counted from a date named in another sentence. Positives: a UK Civil Service sift "within 10
// working days of the closing date" (closed 16 March), an NHS Jobs label–value invitation (Date: 04/04/2079),
// a Greenhouse reschedule (old 28 March slot, new 30 March 2:30 PM ET), a Workday Chicago confirmation among
// other finalists' days plus "by the end of next week", a Hays Dublin hold-off until Monday 3 April plus "by
// Wednesday 5 April", a San Francisco founder's "early next month", a Singapore reader's "9:00 AM (UK time)"
// after Europe's change, a Sydney reader's Zoom "04:00 PM Pacific Time" (date moves), an iCIMS Toronto
// "within three business days of their interview" (booked Thursday 30 March), a Bengaluru "27-Mar-2079 at
// 11:30 AM IST" with a revert-by deadline, a Nairobi Workable rejection with retention and start dates, a
// Dubai offer with a sign-by and a start date, an Auckland council "contacted by Thursday 13 April" plus "do
// not contact panel members", a Johannesburg SmartRecruiters move from 29/03 to 3 April, a Karachi "within 5
// to 7 working days" beside an office closure, a Lagos "holds on Thursday, 30th March ... by 10:00am prompt"
// with no calls, a Hong Kong single slot for a Berlin reader, a USAJOBS "within 30 days after the closing
// date" counted from 20 March. Negatives (many dates, no finding for the reader as a candidate): the reader
// as hiring manager (Greenhouse reminder + scorecard + offer deadline), as referee with a call slot, as
// employee (SuccessFactors appraisal, payroll), as panelist (ModernLoop), as volunteer for mock interviews,
// as an employer pitched by Randstad, as a freelancer asked "Can you do Tuesday at 10am?"; a cousin's
// interview, a job alert with closing and interview dates, a Michael Page salary webinar, a US visa interview,
// a PhD viva, a dentist and a car service, an acknowledgement with a closing date and start date only, an IT
// upgrade and office closure, a university careers fair, onboarding (first day, forms, pay date), and an
// interview cancelled with no new slot. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 24 March 2079, 16:20 local.
const NY = { sentAt: '2079-03-24T16:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2079-03-24T16:20:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2079-03-24T16:20:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2079-03-24T16:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2079-03-24T16:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2079-03-24T16:20:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2079-03-24T16:20:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2079-03-24T16:20:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2079-03-24T16:20:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2079-03-24T16:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2079-03-24T16:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2079-03-24T16:20:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2079-03-24T16:20:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR = { sentAt: '2079-03-24T16:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2079-03-24T16:20:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2079-03-24T16:20:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2079-03-24T16:20:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2079-03-24T16:20:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1040_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // UK Civil Service Jobs: the sift window counts from the closing date (Thu 16 March): 10th working day
    // after it is Thursday 30 March. The interview week is no interview on a known day.
    text: mail(
      'Dear Hannah Okoro,',
      '',
      'Application reference: 418-22907 – Senior Policy Adviser (HEO), Department for Coastal Infrastructure',
      '',
      'Thank you for your application. The campaign closed at 23:55 on 16 March 2079 and we received a high number of applications.',
      'We will let you know the outcome of the sift within 10 working days of the closing date.',
      'Interviews are expected to take place during the week commencing 17 April 2079, and invitations will be sent through Civil Service Jobs.',
      '',
      'Please do not reply to this email as the mailbox is not monitored.',
      '',
      'Kind regards,',
      'Resourcing Team, Government Recruitment Service',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2079-03-30',
        phrase: 'within 10 working days of the closing date',
      },
    ],
  },
  {
    // NHS Jobs label–value invitation; the shortlisting day is past and the confirm-by is the reader's
    // deadline; 04/04 reads the same either way round.
    text: mail(
      'Dear Mr Adeyemi,',
      '',
      'Invitation to interview – Band 6 Physiotherapist (Musculoskeletal), ref 271-MSK-0312',
      '',
      'Following shortlisting on 22/03/2079 we are pleased to invite you to interview.',
      '',
      'Date: 04/04/2079',
      'Time: 10:15',
      'Venue: Outpatients Building, Level 2, Seminar Room B, Northfield General Hospital',
      'Panel: Claire Whitmore (Clinical Lead), Raj Bhatti (Team Lead)',
      '',
      'Please confirm your attendance via NHS Jobs by 29/03/2079. Bring photo ID and proof of your right to work.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'Northfield Hospitals NHS Foundation Trust',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2079-04-04', time: '10:15', phrase: 'Date: 04/04/2079' }],
  },
  {
    // Greenhouse reschedule: only the new slot.
    text: mail(
      'Hi Marcus,',
      '',
      'Apologies for the shuffle — one of your onsite interviewers has jury duty next week, so we need to move your onsite originally scheduled for Tuesday, March 28 at 11:00 AM ET.',
      'Would Thursday, March 30 at 2:30 PM ET work instead? Same format: four 45-minute conversations at our Hudson Yards office.',
      '',
      "If that works, just reply and I'll send the updated calendar invite through Greenhouse.",
      '',
      'Best,',
      'Danielle Reyes',
      'Recruiting Coordinator, Brightline Health',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-30',
        time: '14:30',
        phrase: 'Thursday, March 30 at 2:30 PM ET',
      },
    ],
  },
  {
    // Workday, Chicago: other finalists' days are not the reader's; a decision by the end of next week.
    text: mail(
      'Hello Jordan,',
      '',
      'Thank you for confirming. The panel is meeting the other two finalists on Monday, March 27 and Tuesday, March 28.',
      'Your interview is confirmed for Wednesday, March 29 at 9:00 AM Central at our Wacker Drive office (ask for me at reception, 14th floor).',
      '',
      'We expect to make a final decision by the end of next week and will contact every finalist either way.',
      '',
      'Regards,',
      'Theresa Kowalczyk',
      'Talent Acquisition Partner | Great Lakes Mutual',
    ),
    ...CHI,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-29',
        time: '09:00',
        phrase: 'Wednesday, March 29 at 9:00 AM Central',
      },
      { kind: 'response-by', by: '2079-03-31', phrase: 'by the end of next week' },
    ],
  },
  {
    // Hays, Dublin: a hold-off and a promise in one mail.
    text: mail(
      'Hi Aoife,',
      '',
      "Thanks for the update on your notice period. I spoke to Ciarán this morning — he was really impressed on Wednesday, but he's on annual leave from tomorrow until Monday 3 April.",
      "So please hold off on chasing me or him before Monday 3 April; there's genuinely nothing I can get out of the client while he's away.",
      "I'll have his feedback to you by Wednesday 5 April at the latest.",
      '',
      'Have a great weekend,',
      'Niall Brennan',
      'Senior Consultant, Hays Accountancy & Finance, Dublin',
    ),
    ...DUB,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2079-04-03',
        phrase: 'hold off on chasing me or him before Monday 3 April',
      },
      { kind: 'response-by', by: '2079-04-05', phrase: 'by Wednesday 5 April' },
    ],
  },
  {
    // A founder writing casually through Lever: "over the next two weeks" is their round, not a promise.
    text: mail(
      'hey Sam,',
      '',
      'really enjoyed Tuesday — the team keeps quoting your take on the billing migration.',
      "honest update: we're closing our seed extension over the next two weeks and I'm the bottleneck on everything, so realistically I'll come back to you early next month with next steps.",
      'not ghosting, promise.',
      '',
      'Maya',
      'co-founder, Tidepool Analytics',
      '',
      'Sent via Lever',
    ),
    ...LA,
    expect: [{ kind: 'response-by', by: '2079-04-10', phrase: 'early next month', fuzzy: true }],
  },
  {
    // Singapore reader, London panel: "UK time" on 28 March is BST (UTC+1), so 16:00 in Singapore. The
    // earlier slot was today and is released.
    text: mail(
      'Hi Wei Ling,',
      '',
      'The 9:00 AM slot today that we had pencilled in with the London team has been released, sorry for the late notice.',
      'Here is the new invitation from the hiring manager:',
      '',
      'Microsoft Teams meeting',
      'Second interview – Regional Treasury Analyst',
      'Tuesday 28 March 2079, 9:00 AM – 10:00 AM (UK time)',
      'Join on your computer, mobile app or room device: Click here to join the meeting',
      'Meeting ID: 318 552 904 117  Passcode: qT7xPz',
      '',
      'Thanks,',
      'Priscilla Tan',
      'Talent Acquisition, APAC | Harrowgate Capital',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-28',
        time: '16:00',
        phrase: 'Tuesday 28 March 2079, 9:00 AM – 10:00 AM (UK time)',
      },
    ],
  },
  {
    // Sydney reader, Zoom text from San Francisco: 4 PM PDT on 30 March is 10:00 on 31 March in Sydney
    // (still summer time there). The screening is past.
    text: mail(
      'Hi Lachlan,',
      '',
      'Great to hear the recruiter screen on March 21 went well. Ana has invited you to a technical interview:',
      '',
      'Topic: Technical Interview – Senior Platform Engineer (Kestrel Labs)',
      'Time: Mar 30, 2079 04:00 PM Pacific Time (US and Canada)',
      'Join Zoom Meeting',
      'Meeting ID: 845 2290 1183',
      '',
      'Scheduled through Ashby. Reply here if you need to move it.',
      '',
      'Cheers,',
      'Kestrel Labs Recruiting',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-31',
        time: '10:00',
        phrase: 'Mar 30, 2079 04:00 PM Pacific Time',
      },
    ],
  },
  {
    // iCIMS, Toronto: the window counts from the interview day (Thursday 30 March), not from t:
    // three business days after it is Tuesday 4 April.
    text: mail(
      'Dear Gabriel,',
      '',
      'Your final interview for Operations Manager, Distribution is booked for Thursday, March 30 at our Mississauga distribution centre, with a site tour beforehand.',
      'We aim to let every finalist know the outcome within three business days of their interview.',
      '',
      'Thank you for your interest in Northwind Grocers.',
      '',
      'Talent Acquisition',
      'Northwind Grocers Canada',
    ),
    ...TOR,
    expect: [
      { kind: 'interview', by: '2079-03-30', time: null, phrase: 'Thursday, March 30' },
      {
        kind: 'response-by',
        by: '2079-04-04',
        phrase: 'within three business days of their interview',
      },
    ],
  },
  {
    // Bengaluru: the revert-by is the reader's deadline; the joining date is not discussed.
    text: mail(
      'Dear Karthik,',
      '',
      'Greetings from Sarvam Infotech!',
      '',
      'Further to your telephonic discussion, your technical round-2 is scheduled on 27-Mar-2079 (Monday) at 11:30 AM IST with our Engineering Manager over Google Meet.',
      'Kindly revert with your confirmation latest by tomorrow EOD. Joining date and CTC will be discussed post final round.',
      '',
      'Thanks & Regards,',
      'Pooja Nair',
      'HR - Talent Acquisition',
    ),
    ...BLR,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-27',
        time: '11:30',
        phrase: '27-Mar-2079 (Monday) at 11:30 AM IST',
      },
    ],
  },
  {
    // Workable, Nairobi rejection: the retention period and the successful candidate's start are facts.
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for taking the time to interview for the Grants Officer position at Savanna Futures Trust on 16 March.',
      'After careful consideration, we regret to inform you that we will not be moving forward with your application. The successful candidate will join us on 2 May 2079.',
      'With your permission we will keep your CV in our talent pool for 12 months and may contact you about future openings.',
      '',
      'We wish you every success.',
      '',
      'Kind regards,',
      'People & Culture Team, Savanna Futures Trust',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Dubai offer: the sign-by is the reader's deadline, the start date a fact.
    text: mail(
      'Dear Fatima,',
      '',
      'Further to your interviews with our Finance Director, we are delighted to offer you the position of Senior Accountant at Al Nakheel Facilities Management LLC.',
      'Your offer letter is attached. Proposed start date: 2 May 2079, subject to visa processing.',
      'Please sign and return the offer letter by 30 March 2079.',
      '',
      'Warm regards,',
      'Rashid Al Mansoori',
      'Human Capital Manager',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Auckland council acknowledgement: the closing date is a fact; shortlisted applicants contacted by a
    // day is the promise; panel members are not to be contacted.
    text: mail(
      'Kia ora Tama,',
      '',
      'Thank you for applying for the Parks Asset Planner role with Waitematā District Council.',
      'Applications for this role close on Sunday 2 April 2079. Shortlisted applicants will be contacted by Thursday 13 April to arrange interviews.',
      'Please do not contact panel members directly; any questions can go to careers@waitemata-dc.example.',
      '',
      'Ngā mihi,',
      'Recruitment Team',
    ),
    ...AKL,
    expect: [
      { kind: 'response-by', by: '2079-04-13', phrase: 'by Thursday 13 April' },
      { kind: 'no-calls', phrase: 'Please do not contact panel members directly' },
    ],
  },
  {
    // SmartRecruiters, Johannesburg: the old date and the new.
    text: mail(
      'Dear Sipho,',
      '',
      'Please note that your panel interview for the Credit Risk Analyst position has been moved from Wednesday 29/03 to Monday, 3 April 2079 at 14:00 SAST, as two panel members are travelling.',
      'The venue is unchanged: 1 Fredman Drive, Sandton, 6th floor.',
      '',
      'Apologies for the inconvenience.',
      '',
      'Kind regards,',
      'Lerato Mokoena',
      'Recruitment Specialist, Umoya Bank',
    ),
    ...JNB,
    expect: [
      {
        kind: 'interview',
        by: '2079-04-03',
        time: '14:00',
        phrase: 'Monday, 3 April 2079 at 14:00 SAST',
      },
    ],
  },
  {
    // Karachi: the office closure is a fact; 7 working days after Friday 24 March is Tuesday 4 April.
    text: mail(
      'Dear Ahmed,',
      '',
      'Thank you for attending the written assessment and interview at our Clifton office today.',
      'Please note our office will remain closed on Monday 27 March for a staff training day.',
      'We will share the results of today’s assessment within 5 to 7 working days.',
      '',
      'Best regards,',
      'Sana Qureshi',
      'HR Officer, Indus Logistics (Pvt.) Ltd.',
    ),
    ...KHI,
    expect: [{ kind: 'response-by', by: '2079-04-04', phrase: 'within 5 to 7 working days' }],
  },
  {
    // Lagos: "by 10:00am prompt" is the start time; no calls.
    text: mail(
      'Dear Chukwuemeka,',
      '',
      'RE: INVITATION FOR PANEL INTERVIEW – GRADUATE TRAINEE PROGRAMME',
      '',
      'We are pleased to inform you that you have been shortlisted for the next stage. Your panel interview holds on Thursday, 30th March, 2079 by 10:00am prompt at our Head Office, Adeola Odeku Street, Victoria Island.',
      'Kindly come along with the originals of your credentials and NYSC discharge certificate.',
      'Please note that no phone calls will be entertained; all enquiries should be sent by email.',
      '',
      'Yours faithfully,',
      'For: Human Resources Department',
      'Crestfield Microfinance Bank',
    ),
    ...LAG,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-30',
        time: '10:00',
        phrase: 'Thursday, 30th March, 2079 by 10:00am',
      },
      { kind: 'no-calls', phrase: 'no phone calls will be entertained' },
    ],
  },
  {
    // Hong Kong recruiter, Berlin reader: one proposed slot; 16:00 HKT on 27 March is 10:00 in Berlin
    // (summer time from 26 March). The Singapore panel days are other candidates'.
    text: mail(
      'Hi Lena,',
      '',
      "Thanks for your patience. Our Singapore office is running panel interviews for the other shortlisted candidates on 29 and 30 March, but our Head of Risk would like to speak with you first as you're in Europe.",
      'Could you do Monday 27 March at 4:00pm Hong Kong time? It would be a 45-minute video call.',
      '',
      'Best regards,',
      'Kelvin Cheung',
      'Associate Director, Financial Services Recruitment, Hong Kong',
    ),
    ...BER,
    expect: [
      {
        kind: 'interview',
        by: '2079-03-27',
        time: '10:00',
        phrase: 'Monday 27 March at 4:00pm Hong Kong time',
      },
    ],
  },
  {
    // USAJOBS: the 30 days count from the closing date named in the sentence before.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying to Program Analyst, GS-0343-12, Announcement Number FWS-79-1187-MP.',
      'The announcement closed on 20 March 2079 and your application has been received.',
      'You will be notified of your status within 30 days after the closing date.',
      'You may check the status of your application at any time by signing into your USAJOBS account.',
      '',
      'Human Resources Office',
      'U.S. Fish and Wildlife Service',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2079-04-19', phrase: 'within 30 days after the closing date' }],
  },

  // ---- negatives ----
  {
    // The reader is the hiring manager: the interview, scorecard and offer deadline are theirs to run.
    text: mail(
      'Hi Rebecca,',
      '',
      "Reminder: you're interviewing Priya Raman for Staff Data Engineer on Tuesday, March 28, 2079 at 2:00 PM EDT (Zoom link in the invite).",
      'Please submit your scorecard in Greenhouse within 24 hours of the interview.',
      'Offer decisions for this req are due to the comp committee by Friday, March 31.',
      '',
      'Thanks!',
      'Greenhouse Recruiting on behalf of Brightline Health',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader is a referee: a call slot and a form deadline, none about the reader's application.
    text: mail(
      'Dear Dr Kaur,',
      '',
      'Tomás Ó Briain, who interviewed with us on 20 March for the role of Laboratory Manager, has given your name as a referee.',
      'Could you complete the attached reference form by Wednesday 29 March? Alternatively, our recruiter can call you on Tuesday 28 March at 11:00 if that is easier.',
      '',
      'Many thanks for your help.',
      '',
      'Kind regards,',
      'Helen Marsh',
      'HR Advisor, Fenwick Biosciences',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as employee: appraisal meeting, self-assessment deadline, payroll date.
    text: mail(
      'Hi Jess,',
      '',
      'Your mid-year performance review with Sunita Rao is booked for Thursday 30 March at 10:00 in Meeting Room 4 (Level 12).',
      'Please complete your self-assessment in SuccessFactors by Monday 27 March so Sunita has time to read it.',
      'Any salary adjustment agreed will be processed in the 25 April pay run.',
      '',
      'Thanks,',
      'People Operations',
      'Harbourline Insurance',
    ),
    ...SYD,
    expect: [],
  },
  {
    // A cousin's interview and the sender's own; family news.
    text: mail(
      'Hi Ate Carla!',
      '',
      'Tita told me you had your interview at the bank on Tuesday, congrats!! How did it go?',
      "Mine is on 3 April at 2pm at the call centre in Ortigas, so pray for me haha. They said they'd text results within 3 days.",
      'Also Lola’s birthday lunch is on Sunday the 9th, don’t forget.',
      '',
      'Love,',
      'Bea',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A job alert: closing dates and another employer's interview days in the listings.
    text: mail(
      'Hi Noor,',
      '',
      'New jobs matching "data analyst" near Toronto, ON:',
      '',
      'Data Analyst II – Lakeshore Transit Authority – Closing date: April 7, 2079 – Interviews will be held the week of April 17',
      'Junior BI Analyst – Maplewood Credit Union – Posted 2 days ago – Start date: May 1, 2079',
      'Reporting Analyst (12-month contract) – Provincial Health Services – Apply by March 31',
      '',
      'Unsubscribe or manage your job alerts at any time.',
      'JobStreamCA Alerts',
    ),
    ...TOR,
    expect: [],
  },
  {
    // Michael Page webinar and salary guide: a date, a time and a registration deadline for the reader.
    text: mail(
      'Dear Ravi,',
      '',
      "Join our live webinar 'What employers will pay in 2079' on Thursday 30 March at 12:30 SGT, where our Singapore team walks through the new Salary Guide.",
      'Registration closes on Wednesday 29 March. A recording will be emailed to all registrants within 48 hours.',
      '',
      'Download the full Salary Guide today.',
      '',
      'Best regards,',
      'Michael Page Singapore',
    ),
    ...SIN,
    expect: [],
  },
  {
    // Randstad pitching to the reader as an employer: candidates ready to interview, a reply-by for the client.
    text: mail(
      'Hi Dave,',
      '',
      "Great speaking with you on Tuesday about peak season at the Joliet DC. I've got three pre-screened forklift operators who can interview with your shift supervisors on Monday, April 3, any time after 1 PM.",
      "If you let me know by Wednesday which ones you'd like to meet, I'll have them booked and onsite-ready, and I'll have our rate card over to you by Monday.",
      '',
      'Thanks,',
      'Angela Moreno',
      'Branch Manager, Randstad Industrial, Chicago South',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A US visa interview: appointment, arrival time, passport return window — not a job.
    text: mail(
      'Dear Applicant,',
      '',
      'Your visa interview appointment at the U.S. Consulate General, Mumbai has been scheduled.',
      'Appointment date: 05/04/2079  Time: 09:15',
      'Please arrive no earlier than 15 minutes before your appointment. Biometrics were collected at the VAC on 22/03/2079.',
      'If approved, passports are normally returned within 5-7 working days.',
      '',
      'Visa Information and Appointment Services',
    ),
    ...BLR,
    expect: [],
  },
  {
    // A PhD viva: examination date, time and the examiners' report window — not a job.
    text: mail(
      'Dear Siobhán,',
      '',
      'I am pleased to confirm that your viva voce examination has been scheduled for Wednesday 12 April 2079 at 14:00 in Room 2.14, Arts Building.',
      'Your examiners are Prof. Declan Moyles (internal) and Dr Ingrid Halvorsen (external, joining online).',
      'The examiners will submit their joint report to the Graduate School within 10 working days of the examination.',
      '',
      'Best wishes,',
      'Graduate Research Office',
    ),
    ...DUB,
    expect: [],
  },
  {
    // Life admin: a dentist, a car service and rent in a planner digest.
    text: mail(
      'Kia ora Mere, here is your week ahead from Tūī Planner.',
      '',
      'Dentist: appointment with Dr Okafor at Ponsonby Smiles on Tue 28 Mar at 8:40am. The clinic asks you to reply Y to their text by Monday 27 March.',
      'Car: WoF and service at Grey Lynn Autos on Thursday 6 April, drop off by 8am. The garage will call you when the car is ready.',
      'Rent: next payment to Harbour Property Management due Saturday 1 April.',
      '',
      'Manage reminders in the Tūī Planner app.',
    ),
    ...AKL,
    expect: [],
  },
  {
    // Recruitee acknowledgement: a closing date and a start date, no dated promise.
    text: mail(
      'Hi Jonas,',
      '',
      'Thanks for applying for Graduate Engineer – Grid Integration (start date 1 September 2079) at Windhafen Energie.',
      'Applications are open until 14 April 2079. We review all applications after the closing date and will be in touch once we have reviewed them.',
      '',
      'Best,',
      'Talent Team, Windhafen Energie',
      'Powered by Recruitee',
    ),
    ...BER,
    expect: [],
  },
  {
    // The reader as panelist (ModernLoop): a candidate's loop and a feedback deadline.
    text: mail(
      'Hi Priyanka,',
      '',
      "You've been added to an interview panel.",
      'Candidate: Ana Lima — Product Designer',
      'When: Wed, Mar 29, 2079, 1:00 PM – 1:45 PM PT (Portfolio review)',
      'Where: Zoom (link in calendar invite)',
      'Please leave feedback by 9:00 AM PT on Thursday, Mar 30 so the debrief can go ahead at noon.',
      '',
      'Scheduled with ModernLoop',
    ),
    ...LA,
    expect: [],
  },
  {
    // Internal IT upgrade and office closure for staff, with a support window.
    text: mail(
      'Dear colleagues,',
      '',
      'All laptops at the Rosebank office will be upgraded between Monday 27 and Friday 31 March; IT will email each of you a 30-minute slot.',
      'The office will be closed on Friday 21 April for the Easter weekend and reopens on Tuesday 25 April.',
      'Tickets logged during the upgrade week will be answered within 2 business days.',
      '',
      'Thanks,',
      'IT Service Desk',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A university careers fair: employers' on-the-spot interviews, a registration deadline.
    text: mail(
      'Dear Student,',
      '',
      'The Spring Careers Fair takes place on Wednesday 29 March, 10am–3pm, in the Great Hall.',
      'Over 40 employers will attend and several will hold on-the-spot interviews for graduate roles. Register on the careers portal by Monday 27 March to receive your badge.',
      'CV clinics run daily from 12pm to 2pm until then.',
      '',
      'Careers and Employability Service',
      'University of the Coast, Accra',
    ),
    ...ACC,
    expect: [],
  },
  {
    // Onboarding after a signed contract: first day, forms, pay date.
    text: mail(
      'Dear Omar,',
      '',
      'Thank you for returning your signed contract. We look forward to welcoming you on your first day, Monday 3 April 2079, at 8:30 AM at our Business Bay office.',
      'Please complete the onboarding forms in BambooHR by Wednesday 29 March. Your first salary will be paid on 25 April.',
      '',
      'Kind regards,',
      'HR Onboarding',
      'Meridian Hospitality Group',
    ),
    ...DXB,
    expect: [],
  },
  {
    // The reader as a freelancer: a client's proposed call and an invoice date.
    text: mail(
      'Hi Katrin,',
      '',
      'Loved the first round of logo concepts. Can you do Tuesday at 10am to go over the brand brief with our marketing lead?',
      'Also a note from finance: invoices received by 31 March will be paid on 15 April.',
      '',
      'Cheers,',
      'Felix',
      'Brauhaus Nordlicht',
    ),
    ...BER,
    expect: [],
  },
  {
    // The reader as volunteer: mock-interview slots with students.
    text: mail(
      'Hi Derek,',
      '',
      "Thank you for volunteering for our Mock Interview Day! You're paired with two students on Saturday, April 1: 10:00 AM with Jaylen and 10:45 AM with Maria.",
      'Please review their résumés (attached) before Thursday. Breakfast is served from 9:15 AM in the library.',
      '',
      'With gratitude,',
      'Bronx Youth Futures',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader's own interview, cancelled with no new slot; the role is on hold.
    text: mail(
      'Dear Mariam,',
      '',
      'I am sorry to let you know that your interview on Tuesday 28 March at 10:00 for the Marketing Executive role has been cancelled, as the position has been put on hold following an internal restructure.',
      'The restructure is due to conclude by the end of April. If the role reopens, we will reach out to you.',
      '',
      'Kind regards,',
      'Farah Iqbal',
      'Talent Acquisition, Crescent Foods',
    ),
    ...KHI,
    expect: [],
  },
];
