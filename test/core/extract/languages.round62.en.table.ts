// Round 660 (issue 13): written BEFORE the engine read it, by a helper (hw407) who never saw the rules, on Wednesday
// 31 December 2042 at 16:10 local, New Year's Eve, the eve of a public holiday almost everywhere (t is the
// Wednesday; "next week" is 5 to 9 January 2043; New Year's Day is a business day under the conventions, so five
// business days is Wednesday 7 January; "in the new year" is 10 January, "after the holidays" 8 January, both fuzzy).
// What it tries: applicant-tracking-system templates sent as offices close for the year. Positives: a Greenhouse "we
// will be in touch in the new year", a Lever invite with a Teams meeting ID full of date-like digits and a result
// window counted from the interview, a Workday "within 5 business days", a Calendly invite in Pacific time for a
// Sydney reader (the date moves), a SmartRecruiters hold "on leave until 7 January", an iCIMS no-calls line, a Mumbai
// "05/01/2043 (Monday)", a BambooHR rejection, a Workable offer with a start date, an Athens "interveiw on Friday 2nd
// at 12 noon", a Jobvite "by mid-January", a HireVue live interview in GMT for a Johannesburg reader, a Bangkok "by
// the end of next week", a ModernLoop Sunday interview in Cairo, a Personio "within two weeks of the closing date, 9
// January", a Teamtailor "in the coming days", a Jakarta "after the holidays". Negatives: a Greenhouse holiday
// closure notice, the interviewer-side Lever reminder, a payroll calendar, a flight, a New Year's Day volunteer shift,
// a thesis defence, a car service, a job alert, a recruiter asking for times after the holidays, a GoodTime
// self-schedule link, a Taleo acknowledgement, a closing date, an agency pitching to an employer, a Workday offer
// approval for the reader as hiring manager, a BambooHR start date with a benefits waiting period, a graduate
// programme webinar. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 31 December 2042, 16:10 local (New Year's Eve).
const NY = { sentAt: '2042-12-31T16:10:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2042-12-31T16:10:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2042-12-31T16:10:00-05:00', tz: 'America/Toronto' } as const;
const SCL = { sentAt: '2042-12-31T16:10:00-03:00', tz: 'America/Santiago' } as const;
const BOG = { sentAt: '2042-12-31T16:10:00-05:00', tz: 'America/Bogota' } as const;
const LDN = { sentAt: '2042-12-31T16:10:00+00:00', tz: 'Europe/London' } as const;
const LIS = { sentAt: '2042-12-31T16:10:00+00:00', tz: 'Europe/Lisbon' } as const;
const ROM = { sentAt: '2042-12-31T16:10:00+01:00', tz: 'Europe/Rome' } as const;
const ATH = { sentAt: '2042-12-31T16:10:00+02:00', tz: 'Europe/Athens' } as const;
const HEL = { sentAt: '2042-12-31T16:10:00+02:00', tz: 'Europe/Helsinki' } as const;
const CAI = { sentAt: '2042-12-31T16:10:00+02:00', tz: 'Africa/Cairo' } as const;
const JNB = { sentAt: '2042-12-31T16:10:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2042-12-31T16:10:00+05:30', tz: 'Asia/Kolkata' } as const;
const BKK = { sentAt: '2042-12-31T16:10:00+07:00', tz: 'Asia/Bangkok' } as const;
const JKT = { sentAt: '2042-12-31T16:10:00+07:00', tz: 'Asia/Jakarta' } as const;
const HKG = { sentAt: '2042-12-31T16:10:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2042-12-31T16:10:00+11:00', tz: 'Australia/Sydney' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_660_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Greenhouse year-end note: "in the new year".
  {
    text: mail(
      'Hi Desmond,',
      '',
      'Thank you for your patience while the team wrapped up final interviews for the Senior Product Marketing Manager role.',
      '',
      'Most of our decision-makers are out until after New Year’s Day, so we will be in touch in the new year with an update on next steps.',
      '',
      'Wishing you a restful break,',
      'Carly Westbrook',
      'Recruiting Lead, Hudson & Pike',
      'Sent via Greenhouse · 2042 Hudson & Pike, 200 Vesey St, New York, NY 10281 · Unsubscribe',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2043-01-10', phrase: 'in the new year', fuzzy: true }],
  },
  // Lever invite: a Teams meeting ID that looks like a date and time, and a result window counted from the interview.
  {
    text: mail(
      'Hi Aisha,',
      '',
      'Happy New Year’s Eve! I am pleased to invite you to a second interview for Operations Analyst at Bramblegate Logistics.',
      '',
      'When: Monday 5 January 2043, 10:00–11:00 GMT',
      'Where: Microsoft Teams',
      'Meeting ID: 305 010 2043 1000',
      'Passcode: Jan5am',
      'Who: Rhiannon Pryce (Head of Operations), Kwame Asante (Senior Analyst)',
      '',
      'We will let you know the outcome within 48 hours of the interview.',
      '',
      'Best wishes,',
      'Bramblegate Talent',
      'Sent with Lever',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2043-01-05', time: '10:00', phrase: 'Monday 5 January 2043, 10:00' },
      { kind: 'response-by', by: '2043-01-07', phrase: 'within 48 hours of the interview' },
    ],
  },
  // Workday status change; New Year's Day counts as a business day.
  {
    text: mail(
      'Dear Marcus Lindgren,',
      '',
      'Your application for Maintenance Planner (R-42-3381) has moved to the Recruiter Screen step.',
      '',
      'A recruiter will contact you within 5 business days to arrange a phone screen.',
      '',
      'Thank you,',
      'Prairie Grain Cooperative – Talent Acquisition',
      'This email was generated by Workday. Replies are not monitored.',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2043-01-07', phrase: 'within 5 business days' }],
  },
  // Calendly invite in Pacific time for a Sydney reader: the day moves forward.
  {
    text: mail(
      'Invitation: Intro call – Growth Marketing Manager @ Tidewater Apps',
      '',
      'Tuesday Jan 6, 2043 ⋅ 3:00pm – 3:30pm (Pacific Time - Los Angeles)',
      'Joining info: meet.google.com/tdw-0106-gmm',
      'Join by phone: +1 415-555-0106 PIN: 106 2043 1500#',
      '',
      'Organizer: Reese Calloway (Tidewater Apps)',
      'Guests: Matilda Nguyen',
      '',
      'Invitation from Calendly. You are receiving this email because you scheduled an event. Reply for more options.',
    ),
    ...SYD,
    expect: [{ kind: 'interview', by: '2043-01-07', time: '10:00', phrase: 'Tuesday Jan 6, 2043' }],
  },
  // SmartRecruiters message from a recruiter on leave: a time-bounded hold.
  {
    text: mail(
      'Gentile Giulia,',
      '',
      'Thank you for your message about the Junior Architect position.',
      '',
      'Our HR team is on leave until 7 January. Please do not contact us about your application before then; we will pick up all open applications when we return.',
      '',
      'Cordiali saluti,',
      'Studio Ferrante Architetti – Risorse Umane',
      'Powered by SmartRecruiters',
    ),
    ...ROM,
    expect: [{ kind: 'no-contact-before', by: '2043-01-07', phrase: 'on leave until 7 January' }],
  },
  // iCIMS acknowledgement with an unbounded no-calls line.
  {
    text: mail(
      'Hello Priyanka,',
      '',
      'Thank you for applying for Registered Practical Nurse – Long Term Care at Lakeshore Health Network.',
      '',
      'Your application is under review. Please note that our recruiters cannot provide application updates by telephone; all communication will be by email through this portal.',
      '',
      'Lakeshore Health Network Talent Acquisition',
      'iCIMS Candidate Portal – Do not reply',
    ),
    ...TOR,
    expect: [
      {
        kind: 'no-calls',
        phrase: 'our recruiters cannot provide application updates by telephone',
      },
    ],
  },
  // Mumbai: a numeric date in the sender's locale, day first, with its weekday.
  {
    text: mail(
      'Dear Mr. Kulkarni,',
      '',
      'Season’s greetings from Konkan Polymers Ltd.',
      '',
      'You are requested to report for the final round of interview on 05/01/2043 (Monday) at 11:00 AM IST at our corporate office, Lower Parel, Mumbai. Kindly carry your original documents and last three salary slips.',
      '',
      'Kindly revert with your confirmation.',
      '',
      'Regards,',
      'Deepa Iyer',
      'HR Manager, Konkan Polymers Ltd.',
    ),
    ...BOM,
    expect: [
      { kind: 'interview', by: '2043-01-05', time: '11:00', phrase: '05/01/2043 (Monday) at 11:00 AM' },
    ],
  },
  // BambooHR rejection.
  {
    text: mail(
      'Dear Wing Yan,',
      '',
      'Thank you for interviewing for the Compliance Associate role at Harbourline Securities.',
      '',
      'We regret to let you know that we will not be moving forward with your candidacy. We appreciate your time and wish you a happy and successful 2043.',
      '',
      'Best regards,',
      'Harbourline Securities HR',
      'Sent from BambooHR',
    ),
    ...HKG,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Workable offer with a start date (a fact).
  {
    text: mail(
      'Olá Tiago,',
      '',
      'I am delighted to confirm that we would like to offer you the role of Backend Engineer at Azulejo Tech!',
      '',
      'You will find the offer letter in your Workable candidate page. If you accept, we would love you to start on Monday 2 February 2043.',
      '',
      'Boas festas,',
      'Inês Carvalho',
      'Talent Lead, Azulejo Tech',
    ),
    ...LIS,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Athens: a typo and a day-of-month with a weekday.
  {
    text: mail(
      'Hi Nikos,',
      '',
      'Happy new year in advance! Just confirming our interveiw on Friday 2nd at 12 noon Athens time, at the Marousi office. Ask for me at reception.',
      '',
      'Kind regards,',
      'Eleni Papadopoulou',
      'HR Specialist, Aegean Freight S.A.',
    ),
    ...ATH,
    expect: [{ kind: 'interview', by: '2043-01-02', time: '12:00', phrase: 'Friday 2nd at 12 noon' }],
  },
  // Jobvite, "by mid-January".
  {
    text: mail(
      'Hola Catalina,',
      '',
      'Thank you for completing all the interviews for the Mining Data Scientist role. The steering committee still has two references to check, and we expect to make a final decision by mid-January.',
      '',
      'Saludos cordiales,',
      'Andes Copper Analytics – Talent',
      'Jobvite | Privacy',
    ),
    ...SCL,
    expect: [{ kind: 'response-by', by: '2043-01-15', phrase: 'by mid-January', fuzzy: true }],
  },
  // HireVue live interview in GMT for a Johannesburg reader.
  {
    text: mail(
      'Dear Sipho,',
      '',
      'Your live interview has been scheduled.',
      '',
      'Position: Risk Analyst, Emerging Markets',
      'Date: Thursday, 8 January 2043',
      'Time: 09:00 (GMT)',
      'Platform: HireVue – join from the link below 5 minutes early.',
      '',
      'Kind regards,',
      'Greyfriars Bank plc, London – Graduate and Experienced Hiring',
    ),
    ...JNB,
    expect: [{ kind: 'interview', by: '2043-01-08', time: '11:00', phrase: 'Thursday, 8 January 2043' }],
  },
  // Bangkok: "by the end of next week".
  {
    text: mail(
      'Dear Khun Nattapong,',
      '',
      'Thank you for your interest in the Hotel Revenue Manager position. Our General Manager is reviewing the shortlist over the holiday period.',
      '',
      'You can expect to hear from us by the end of next week.',
      '',
      'Best regards,',
      'Siriporn Chaiyasit',
      'Human Resources, Chao Phraya Riverside Hotel',
    ),
    ...BKK,
    expect: [{ kind: 'response-by', by: '2043-01-09', phrase: 'by the end of next week' }],
  },
  // ModernLoop confirmation for a Sunday (a working day in Egypt).
  {
    text: mail(
      'Dear Youssef,',
      '',
      'Your interview is confirmed.',
      '',
      'Sunday 4 January 2043, 10:00–11:00 (Cairo time)',
      'Location: Nile Ledger, Smart Village, Building B12, 6th of October City',
      'Interviewers: Mona El-Sayed, Karim Fawzy',
      '',
      'Add to calendar: Google · Outlook · Apple',
      '',
      'Scheduled with ModernLoop for Nile Ledger',
    ),
    ...CAI,
    expect: [{ kind: 'interview', by: '2043-01-04', time: '10:00', phrase: 'Sunday 4 January 2043, 10:00' }],
  },
  // Personio in English: a window counted from a stated closing date.
  {
    text: mail(
      'Hi Aino,',
      '',
      'Thanks for applying for UX Writer at Revontuli Games! Applications for this role close on Friday 9 January.',
      '',
      'We will let you know whether you are invited to interview within two weeks of the closing date, 9 January.',
      '',
      'Hyvää uutta vuotta,',
      'Revontuli Games People Team',
      'Sent via Personio',
    ),
    ...HEL,
    expect: [
      {
        kind: 'response-by',
        by: '2043-01-23',
        phrase: 'within two weeks of the closing date, 9 January',
      },
    ],
  },
  // Teamtailor, "in the coming days".
  {
    text: mail(
      'Hola Andrés,',
      '',
      'Thanks again for the great conversation about the Customer Success Manager role.',
      '',
      'We are gathering the team’s feedback and will share an update in the coming days.',
      '',
      'Feliz año,',
      'Valeria Ospina',
      'Talent, Cafetal Commerce — sent with Teamtailor',
    ),
    ...BOG,
    expect: [{ kind: 'response-by', by: '2043-01-05', phrase: 'in the coming days', fuzzy: true }],
  },
  // Jakarta: "after the holidays".
  {
    text: mail(
      'Dear Mbak Ratna,',
      '',
      'Thank you for attending the user interview and case presentation last week.',
      '',
      'Our directors are on year-end leave; we will get back to you with the result after the holidays.',
      '',
      'Best regards,',
      'Dimas Prasetyo',
      'Talent Acquisition, Nusantara Ride',
    ),
    ...JKT,
    expect: [{ kind: 'response-by', by: '2043-01-08', phrase: 'after the holidays', fuzzy: true }],
  },

  // ---- negatives ----
  // A Greenhouse holiday closure notice: no promise and no hold.
  {
    text: mail(
      'Hi there,',
      '',
      'Thank you for applying to Hudson & Pike. A quick note that our offices are closed from Wednesday 24 December through Friday 2 January, and will reopen on Monday 5 January.',
      '',
      'Happy holidays from all of us!',
      'Hudson & Pike Recruiting',
      'Sent via Greenhouse',
    ),
    ...NY,
    expect: [],
  },
  // The interviewer-side Lever reminder.
  {
    text: mail(
      'Hi Rhiannon,',
      '',
      'Reminder: you are interviewing Aisha Bello for Operations Analyst on Monday 5 January 2043 at 10:00 GMT (Microsoft Teams).',
      '',
      'Please complete your feedback form in Lever within 24 hours of the interview.',
      '',
      'Bramblegate Talent',
    ),
    ...LDN,
    expect: [],
  },
  // A payroll calendar to the reader as an employee.
  {
    text: mail(
      'Hi team,',
      '',
      'Because of the holiday, December pay was deposited on Tuesday 30 December. The January pay date is Friday 30 January. Timesheets are due by noon on the Monday before each pay date.',
      '',
      'Payroll, Prairie Grain Cooperative (via Workday)',
    ),
    ...CHI,
    expect: [],
  },
  // A flight booking.
  {
    text: mail(
      'Booking confirmed – reference K7Q2XW',
      '',
      'Helsinki (HEL) → Rovaniemi (RVN)',
      'Friday 2 January 2043, departs 07:15, arrives 08:35',
      '',
      'Check-in opens 36 hours before departure. Hyvää matkaa!',
    ),
    ...HEL,
    expect: [],
  },
  // A New Year's Day volunteer shift.
  {
    text: mail(
      'Hi Matilda,',
      '',
      'Thanks for volunteering at the Bondi New Year’s Day Fun Run! Your shift is at the drinks station: please arrive by 6:30am on Thursday 1 January and check in at the volunteer tent.',
      '',
      'Cheers,',
      'Volunteer Coordinator, Eastern Beaches Running Club',
    ),
    ...SYD,
    expect: [],
  },
  // A thesis defence for the reader as a student.
  {
    text: mail(
      'Gentile Giulia,',
      '',
      'We confirm that your thesis defence (Laurea Magistrale in Architettura) is scheduled for Monday 12 January 2043 at 9:30 in Aula Magna. Please upload the final PDF by 5 January.',
      '',
      'Segreteria Didattica, Politecnico di Roma',
    ),
    ...ROM,
    expect: [],
  },
  // A car service booking.
  {
    text: mail(
      'Hi Priyanka,',
      '',
      'Your winter tire change is booked for Monday, January 5 at 8:30 AM at Lakeshore Auto Care, 2042 Queen St E. Please allow 90 minutes.',
      '',
      'Lakeshore Auto Care',
    ),
    ...TOR,
    expect: [],
  },
  // A job alert.
  {
    text: mail(
      'New year, new job? 25 new roles match your search "data scientist" in Santiago',
      '',
      'Data Scientist – Andes Copper Analytics – posted Dec 30, 2042',
      'ML Engineer – Fintual Labs – posted Dec 29, 2042 – applications close 16 January',
      '',
      'View all | Edit alert | Unsubscribe – TrabajosCL, Av. Apoquindo 2042, Las Condes',
    ),
    ...SCL,
    expect: [],
  },
  // A recruiter asking for times after the holidays without naming a day.
  {
    text: mail(
      'Hi Nikos,',
      '',
      'Hope you have a lovely New Year. Once you are back after the holidays, could you send me a few times that suit you for a call with our CFO?',
      '',
      'Best,',
      'Eleni Papadopoulou, Aegean Freight S.A.',
    ),
    ...ATH,
    expect: [],
  },
  // A GoodTime self-schedule link: the candidate picks the slot.
  {
    text: mail(
      'Hi Ratna,',
      '',
      'Please select a time for your panel interview using the link below. Slots are available from 5 January, Monday to Friday, 09:00–17:00 WIB.',
      '',
      'Choose a time: schedule.goodtime.io/nusantara-ride/panel',
      '',
      'Nusantara Ride Talent Acquisition — GoodTime',
    ),
    ...JKT,
    expect: [],
  },
  // A Taleo acknowledgement that promises nothing dated.
  {
    text: mail(
      'Dear Applicant,',
      '',
      'We confirm receipt of your application for Requisition 42-1207, Plant Quality Engineer. Should your profile match our requirements, a member of our recruitment team will contact you.',
      '',
      'Regards,',
      'Konkan Polymers Ltd. – Talent Acquisition (Oracle Taleo)',
    ),
    ...BOM,
    expect: [],
  },
  // A closing date and nothing else.
  {
    text: mail(
      'Dear Thandiwe,',
      '',
      'Thank you for registering interest in the 2043 Graduate Programme. The closing date for applications is Friday 16 January 2043. Incomplete applications will not be considered.',
      '',
      'Early Careers, Karoo Mutual',
    ),
    ...JNB,
    expect: [],
  },
  // An agency pitching to the reader as an employer.
  {
    text: mail(
      'Dear Khun Siriporn,',
      '',
      'Ramp up your January hiring with Siam Staffing Solutions. Send us your open roles today and we will present a shortlist within 48 hours — guaranteed, even over the New Year period.',
      '',
      'Best regards,',
      'Account Manager, Siam Staffing Solutions',
    ),
    ...BKK,
    expect: [],
  },
  // Workday task for the reader as the hiring manager.
  {
    text: mail(
      'Action required: Approve Offer – Compliance Associate – Chan Wing Yan',
      '',
      'Hi Raymond,',
      '',
      'An offer for your requisition is awaiting your approval. Please approve or send back by Friday, January 2 so the offer can be released.',
      '',
      'Workday Inbox – Harbourline Securities',
    ),
    ...HKG,
    expect: [],
  },
  // A BambooHR note to a new hire: start date and a benefits waiting period.
  {
    text: mail(
      'Olá Tiago,',
      '',
      'Welcome to Azulejo Tech! Your start date is confirmed as Monday 2 February 2043. Health insurance begins after a 30-day waiting period, and salaries are paid on the last working day of each month.',
      '',
      'People Team, Azulejo Tech (BambooHR)',
    ),
    ...LIS,
    expect: [],
  },
  // A graduate-programme webinar.
  {
    text: mail(
      'Dear Youssef,',
      '',
      'Discover the Nile Ledger Graduate Programme 2043! Join our live webinar on Wednesday 14 January at 18:00 Cairo time to meet recent graduates and our recruiters.',
      '',
      'Register now. You are receiving this because you joined our talent community. Unsubscribe.',
    ),
    ...CAI,
    expect: [],
  },
];
