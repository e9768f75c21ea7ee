// Round 770 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Thursday
// 27 March 2053 at 11:00 local, in the three weeks when North America is already on daylight time (since 9 March)
// and Europe is not (its clocks go forward on Sunday 30 March), so an interview next week in Eastern Time lands an
// hour later for a London reader than one this week. Australia and New Zealand leave daylight time on 6 April. It
// is the last week of Q1: "month-end" is 31 March, "next week" is 31 March to 4 April, "the week after next" ends
// on 11 April. Positives: a Workable "within 3 weeks" (Nairobi), a Hays "by month-end" (Auckland), Oracle
// Recruiting "2053-04-02, 10:00 AST" (Riyadh), a Jobvite single proposed slot "Monday at 2pm Central" (Chicago), a
// GoodTime slot in PDT for a New York reader, a ModernLoop slot in EDT for a London reader after the clocks change,
// a Google Calendar invitation in HKT, a Michael Page reschedule (Kuala Lumpur), a Civil Service Jobs interview with
// results "within 5 working days of your interview", a university's shortlist "within two weeks of the closing
// date" (Melbourne), a Randstad "Monday or Tuesday" (Vancouver), a Dover founder-side "in about a week" (Denver), an
// in-house recruiter's absence hold plus "the week after next" (Dublin), a Defence Force assessment day (Sydney), a
// municipality's "no telephonic enquiries" (Johannesburg), a JazzHR rejection (New York) and a bank's offer with the
// candidate's own signing deadline (Karachi). Negatives: a delivery-gig onboarding, a freelance translation client's
// deadline and payment terms, a professional body's renewal, an employment-services appointment (the reader as
// claimant), a background check on hold for the reader's documents, a relocation apartment, a former employer's share
// options window, a union ballot, a charity 10K, a course provider's cohort session, a friend's notes on the reader's
// own draft quoted back, the reader as hiring manager, a tax refund promise, an agency's salary-guide launch, an
// acknowledgement that promises nothing dated, a contract start date and a car's MOT.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 27 March 2053, 11:00 local.
const NY = { sentAt: '2053-03-27T11:00:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2053-03-27T11:00:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2053-03-27T11:00:00-06:00', tz: 'America/Denver' } as const;
const VAN = { sentAt: '2053-03-27T11:00:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2053-03-27T11:00:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2053-03-27T11:00:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2053-03-27T11:00:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2053-03-27T11:00:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2053-03-27T11:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2053-03-27T11:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const RUH = { sentAt: '2053-03-27T11:00:00+03:00', tz: 'Asia/Riyadh' } as const;
const KHI = { sentAt: '2053-03-27T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2053-03-27T11:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const HKG = { sentAt: '2053-03-27T11:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KUL = { sentAt: '2053-03-27T11:00:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MEL = { sentAt: '2053-03-27T11:00:00+11:00', tz: 'Australia/Melbourne' } as const;
const SYD = { sentAt: '2053-03-27T11:00:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2053-03-27T11:00:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_770_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Workable, Nairobi reader.
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for completing the written assessment for the Monitoring & Evaluation Officer position at',
      "Savanna Health Partners. The panel is now reviewing all submissions and we'll share the outcome with you",
      'within 3 weeks.',
      '',
      'Warm regards,',
      'Otieno Kamau',
      'HR & Administration, Savanna Health Partners',
    ),
    ...NBO,
    expect: [{ kind: 'response-by', by: '2053-04-17', phrase: 'within 3 weeks' }],
  },
  {
    // Hays agency recruiter, Auckland reader.
    text: mail(
      'Hi Aroha,',
      '',
      "Great news - the client loved you on Tuesday and has asked for your referees' details, which I've passed",
      "on. They're aiming to confirm the successful candidate by month-end, so not long to wait now.",
      '',
      'Chat soon,',
      'Callum Ferris',
      'Senior Consultant, Hays Accountancy & Finance, Auckland',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2053-03-31', phrase: 'by month-end' }],
  },
  {
    // Oracle Recruiting Cloud, Riyadh reader, ISO date.
    text: mail(
      'Dear Faisal Al-Harbi,',
      '',
      'Interview Invitation - Senior Procurement Specialist (Requisition 53000871)',
      '',
      'Date: 2053-04-02',
      'Time: 10:00 AST (Arabia Standard Time)',
      'Location: Building C, Level 4, King Abdullah Financial District, Riyadh',
      'Duration: 60 minutes',
      '',
      'Please bring a copy of your national ID or Iqama.',
      '',
      'Regards,',
      'Talent Acquisition',
      'Rimal Petrochemical Company',
    ),
    ...RUH,
    expect: [{ kind: 'interview', by: '2053-04-02', time: '10:00', phrase: 'Date: 2053-04-02' }],
  },
  {
    // Jobvite: a single proposed slot, Chicago reader.
    text: mail(
      'Hi Marcus,',
      '',
      "Thanks for your interest in the Inside Sales Representative role at Prairieline Software. I'd love to set",
      'up a 30-minute phone screen. Can you do Monday at 2pm Central? If not, send me a couple of times that work',
      'better.',
      '',
      'Thanks!',
      'Shelby Grant',
      'Recruiter, Prairieline Software',
    ),
    ...CHI,
    expect: [{ kind: 'interview', by: '2053-03-31', time: '14:00', phrase: 'Monday at 2pm Central' }],
  },
  {
    // GoodTime confirmation in Pacific time, New York reader.
    text: mail(
      'Hi Natalie,',
      '',
      'Your interview is confirmed!',
      '',
      'Company: Cobaltline Games',
      'Role: Senior Producer',
      'When: Tue, Apr 1, 2053, 9:30 AM - 11:00 AM PDT',
      'Where: Video call (join link below)',
      'With: Ravi Shah, Mei Tanaka',
      '',
      'Need to make a change? Use the link below to request a new time.',
      '',
      'Scheduled with GoodTime on behalf of Cobaltline Games',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2053-04-01', time: '12:30', phrase: 'Tue, Apr 1, 2053, 9:30 AM' }],
  },
  {
    // ModernLoop, London reader, after Europe's clocks go forward.
    text: mail(
      'Hi Imogen,',
      '',
      'Your onsite-equivalent loop with Quillstone has been scheduled:',
      '',
      'Wednesday, April 2 · 11:00am - 12:00pm EDT · Hiring manager interview (Carla Mendes)',
      '',
      'You will receive a separate invitation for each session. Reply to this email if anything needs to move.',
      '',
      'Thanks,',
      'Quillstone Recruiting Ops (sent via ModernLoop)',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2053-04-02', time: '16:00', phrase: 'Wednesday, April 2 · 11:00am' }],
  },
  {
    // Google Calendar invitation text, Hong Kong reader.
    text: mail(
      'Invitation: Interview - Hannah Cheung / Harbourview Asset Management @ Mon 31 Mar 2053 10am - 11am (HKT)',
      '',
      'Hi Hannah, looking forward to meeting you. We will be in Meeting Room 2 on the 23rd floor.',
      '',
      'When: Monday 31 Mar 2053 10am - 11am (Hong Kong Standard Time)',
      'Where: 23/F, 18 Connaught Road Central',
      'Organiser: ming.lau@example.invalid',
      '',
      'Going (hannah.cheung@example.invalid)? Yes - Maybe - No',
    ),
    ...HKG,
    expect: [{ kind: 'interview', by: '2053-03-31', time: '10:00', phrase: 'Monday 31 Mar 2053 10am' }],
  },
  {
    // Michael Page, a reschedule, Kuala Lumpur reader.
    text: mail(
      'Hi Farah,',
      '',
      'Apologies for the late change. The client has asked to move your interview from Friday 28 March to',
      'Tuesday 1 April, same time (2.30pm), as the Finance Director is now travelling on Friday. The venue is',
      'unchanged.',
      '',
      'Please let me know that this still works for you.',
      '',
      'Best regards,',
      'Darren Ong',
      'Manager, Michael Page Malaysia',
    ),
    ...KUL,
    expect: [
      { kind: 'interview', by: '2053-04-01', time: '14:30', phrase: 'Tuesday 1 April, same time (2.30pm)' },
    ],
  },
  {
    // Civil Service Jobs, London reader: a slot and a window from it.
    text: mail(
      'Dear Thomas Reid,',
      '',
      'Vacancy 3904417: Higher Executive Officer - Policy Adviser',
      '',
      'Your interview has been scheduled for 08 April 2053 at 13:45 (UK time). The interview will be held by',
      'video and will last 45 minutes, including a 5-minute presentation.',
      '',
      'Results will be shared through your Civil Service Jobs account within 5 working days of your interview.',
      '',
      'Civil Service Jobs on behalf of the Department for Regional Growth',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2053-04-08', time: '13:45', phrase: '08 April 2053 at 13:45 (UK time)' },
      { kind: 'response-by', by: '2053-04-15', phrase: 'within 5 working days of your interview' },
    ],
  },
  {
    // A university's professional staff role, Melbourne reader.
    text: mail(
      'Dear Ms Papadopoulos,',
      '',
      'Thank you for your application for the position of Research Grants Officer (Job No. 0072291) in the Office',
      'of Research Services.',
      '',
      'Applications close on 6 April. Shortlisted candidates will be contacted within two weeks of the closing',
      'date.',
      '',
      'Kind regards,',
      'Talent Acquisition, University of Yarra Valley',
    ),
    ...MEL,
    expect: [{ kind: 'response-by', by: '2053-04-20', phrase: 'within two weeks of the closing date' }],
  },
  {
    // Randstad Canada, Vancouver reader.
    text: mail(
      'Hi Daniel,',
      '',
      'Thanks for the call yesterday. The hiring manager at the distribution centre is finishing interviews today,',
      "and I'll have an update for you from her Monday or Tuesday.",
      '',
      'Have a good one,',
      'Priya Sandhu',
      'Recruitment Consultant, Randstad Canada - Burnaby',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2053-04-01', phrase: 'Monday or Tuesday' }],
  },
  {
    // A Dover-sourced startup, the recruiter writing casually, Denver reader.
    text: mail(
      'Hey Jordan,',
      '',
      'Really appreciated you taking the take-home so seriously - the team was impressed. We have two more final',
      'rounds on the calendar and expect to get back to you in about a week.',
      '',
      'Talk soon,',
      'Elise',
      'Head of Talent, Tallgrass Robotics (via Dover)',
    ),
    ...DEN,
    expect: [{ kind: 'response-by', by: '2053-04-03', phrase: 'in about a week', fuzzy: true }],
  },
  {
    // An in-house recruiter's absence hold and a later promise, Dublin reader.
    text: mail(
      'Hi Niamh,',
      '',
      "Thank you again for meeting the panel on Tuesday. A heads-up: I'm on annual leave from tomorrow and back",
      "on Tuesday 8 April, so please don't chase the team for an update before I'm back. I'll send you the panel's",
      'feedback the week after next.',
      '',
      'Thanks for your patience,',
      'Aoife Gallagher',
      'Talent Acquisition Partner, Liffeyside Insurance DAC',
    ),
    ...DUB,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2053-04-08',
        phrase: "please don't chase the team for an update before I'm back",
      },
      { kind: 'response-by', by: '2053-04-11', phrase: 'the week after next' },
    ],
  },
  {
    // Armed forces recruiting, Sydney reader.
    text: mail(
      'Good afternoon Jack,',
      '',
      'Congratulations on progressing to the next stage of your application for Aircraft Technician.',
      '',
      'Your Assessment Day has been booked for Tuesday 8 April 2053 at 7:30am at Defence Force Recruiting,',
      'Parramatta. It includes the interview with a Defence Force psychologist and a fitness assessment.',
      '',
      'Regards,',
      'Candidate Care Team, Defence Force Recruiting',
    ),
    ...SYD,
    expect: [
      { kind: 'interview', by: '2053-04-08', time: '07:30', phrase: 'Tuesday 8 April 2053 at 7:30am' },
    ],
  },
  {
    // A municipality's acknowledgement with no-calls, Johannesburg reader.
    text: mail(
      'Dear Applicant,',
      '',
      'RE: POST OF SENIOR TOWN PLANNER (REF: PLAN/53/04)',
      '',
      'Your application has been received and will be considered by the shortlisting committee. Should you not',
      'hear from the Municipality within three months of the closing date, please regard your application as',
      'unsuccessful. No telephonic enquiries will be entertained.',
      '',
      'Human Resources Directorate',
      'Highveld Metropolitan Municipality',
    ),
    ...JNB,
    expect: [{ kind: 'no-calls', phrase: 'No telephonic enquiries will be entertained' }],
  },
  {
    // JazzHR rejection, New York reader.
    text: mail(
      'Hi Tamika,',
      '',
      'Thank you for taking the time to interview for the Bookkeeper position at Greenpoint Provisions. We enjoyed',
      "meeting you. We've decided to offer the role to another candidate whose experience more closely matches",
      'our current needs.',
      '',
      'We wish you the best in your search.',
      '',
      'Lou Ferraro',
      'Owner, Greenpoint Provisions',
    ),
    ...NY,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A bank's offer, Karachi reader; the signing deadline is the candidate's own.
    text: mail(
      'Dear Ms. Ayesha Qureshi,',
      '',
      'Further to your interviews with us, we are pleased to extend an offer of employment for the position of',
      'Relationship Manager - Priority Banking, Clifton Branch, as per the attached offer letter.',
      '',
      'Kindly sign and return the duplicate copy by 3 April 2053.',
      '',
      'Best regards,',
      'Human Resource Group',
      'Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },

  // ---- negatives ----
  {
    // A delivery gig platform's onboarding.
    text: mail(
      'Hi Chinedu,',
      '',
      'Welcome to Zipride Couriers! Your rider onboarding session is on Saturday 29 March at 10:00 at our Ikeja',
      'hub. Bring your bike papers and a valid ID. Payouts land in your wallet every Tuesday.',
      '',
      'Ride safe,',
      'Zipride Partner Support',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A freelance translation client's deadline and payment terms.
    text: mail(
      'Hallo Aylin,',
      '',
      'Thanks for taking this on at short notice. Could you deliver the English version of the brochure by Monday?',
      'We pay all freelancer invoices within 30 days of receipt, and I will send the next batch of product sheets',
      'next week.',
      '',
      'Viele Grüße,',
      'Katrin Vogt',
      'Marketing, Elbtal Outdoor GmbH',
    ),
    ...BER,
    expect: [],
  },
  {
    // A professional body's renewal.
    text: mail(
      'Dear Member,',
      '',
      'Your membership of the Institute of Chartered Management Accountants of Pakistan is due for renewal. Please',
      'pay your annual subscription and submit your CPD declaration by 31 March 2053 to avoid a late fee. The',
      'Members Desk is open 9am to 5pm, Monday to Friday.',
      '',
      'Membership Services',
    ),
    ...KHI,
    expect: [],
  },
  {
    // An employment-services appointment: the reader as claimant.
    text: mail(
      'Hi Eleni,',
      '',
      'This is a reminder that your appointment with your employment consultant at Yarra Job Connect is on',
      'Wednesday 2 April at 9:15am. Attending this appointment is part of your mutual obligation requirements.',
      'Please report your job search efforts in the app before the appointment.',
      '',
      'Yarra Job Connect (Workforce Australia provider)',
    ),
    ...MEL,
    expect: [],
  },
  {
    // A background check on hold for the reader's documents.
    text: mail(
      'Hello Natalie,',
      '',
      'Action required: your background check for Cobaltline Games is on hold. Please upload a proof of address',
      'dated within the last 3 months by April 3 so we can continue. Checks usually finish within 2 business days',
      'of receiving all documents.',
      '',
      'ClearPath Background Services',
    ),
    ...NY,
    expect: [],
  },
  {
    // Relocation: a temporary apartment.
    text: mail(
      'Hi Imogen,',
      '',
      'Your corporate apartment at 14 Grand Canal Quay is reserved from Sunday 6 April to Sunday 4 May. Keys can be',
      'collected from the concierge after 3pm on arrival day. Our relocation consultant will call you within',
      '24 hours of your arrival to book your area orientation tour.',
      '',
      'Best,',
      'Harbourline Relocation Services',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A former employer's share options window.
    text: mail(
      'Hi Jordan,',
      '',
      'As a leaver, please note that your vested options must be exercised within 90 days of your leaving date of',
      '31 January 2053, i.e. by 1 May 2053. After that they lapse. Your final payslip is available in the portal.',
      '',
      'Best,',
      'Equity Administration, Peakstream Labs',
    ),
    ...DEN,
    expect: [],
  },
  {
    // A union ballot.
    text: mail(
      'Dear Member,',
      '',
      'The ballot on the 2053 pay offer opens today and closes at noon on Thursday 10 April. Your branch rep will be',
      'at the staff room on Tuesday at lunchtime to answer questions. Please vote - every voice counts.',
      '',
      'In solidarity,',
      'Regional Office, Educators and Support Staff Union',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A charity run.
    text: mail(
      'Hi Jack,',
      '',
      "Thank you for running for Little Lights Children's Charity! Your place in the Harbour 10K is confirmed:",
      'Sunday 13 April, wave C starts at 7:40am. Your fundraising page is live - the charity tops up every $100',
      'you raise before race day.',
      '',
      'Go well,',
      'Events Team, Little Lights',
    ),
    ...SYD,
    expect: [],
  },
  {
    // A course provider's cohort session and voucher.
    text: mail(
      'Hi Rahul,',
      '',
      'Your Cloud Practitioner cohort has a live Q&A on Tuesday 1 April at 7:00pm IST. Remember that your exam',
      'voucher expires on 30 April, so book your exam slot soon. Completion certificates are issued within 7 days',
      'of passing the exam.',
      '',
      'Skillbridge Learning Support',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A friend's notes on the reader's own draft, quoted back.
    text: mail(
      'Hey Faisal,',
      '',
      'Read it twice, it reads really well! Only tweak: drop the line about notice period, they did not ask.',
      '',
      '> Dear Hiring Team,',
      '> I would be available to start from 1 May and could interview any day next week.',
      '> I look forward to hearing from you.',
      '',
      'Good luck habibi,',
      'Omar',
    ),
    ...RUH,
    expect: [],
  },
  {
    // The reader as hiring manager.
    text: mail(
      'Hi Wanjiru,',
      '',
      'Good news: your requisition for a Data Analyst (Nairobi) has been approved. The advert goes live on Monday',
      'and closes on 11 April. I will send you the shortlist within five working days of the closing date so you',
      'can book interviews.',
      '',
      'Thanks,',
      'Mercy Achieng',
      'Talent Acquisition',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A tax refund promise.
    text: mail(
      'Dear Mr Reid,',
      '',
      'We have reviewed your tax after you left your job in January. You are due a refund of £612.40. You should',
      'receive it in your bank account within 5 working days.',
      '',
      'HM Revenue and Customs',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An agency's salary guide launch.
    text: mail(
      'Hi Farah,',
      '',
      'The 2053 Malaysia Salary & Hiring Guide launches on Tuesday 1 April. Register now to receive your copy,',
      'with pay benchmarks for over 800 roles and tips on negotiating your next offer.',
      '',
      'Unsubscribe | Manage preferences',
      'Talentrise Recruitment Asia',
    ),
    ...KUL,
    expect: [],
  },
  {
    // An acknowledgement that promises nothing dated.
    text: mail(
      'Dear Chinedu,',
      '',
      'Thank you for applying for the Graduate Trainee Programme at Oduduwa Breweries Plc. Due to the large volume',
      'of applications, only shortlisted candidates will be contacted. We appreciate your interest in our company.',
      '',
      'Yours faithfully,',
      'Head, Talent Management',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A contract start date.
    text: mail(
      'Hi Marcus,',
      '',
      'Your contract is attached. Your start date is confirmed as Monday, April 14, and your probation review will',
      'be scheduled three months after that. IT will ship your laptop to arrive by Friday, April 11.',
      '',
      'Welcome aboard,',
      'People Ops, Prairieline Software',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A car's MOT reminder.
    text: mail(
      'Dear Customer,',
      '',
      'Your vehicle KX62 TRV is due its MOT by 2 April 2053. Book online or call the workshop; we have slots on',
      'Saturday 29 March between 8am and 12pm.',
      '',
      'Kingsway Motors Service Centre',
    ),
    ...LDN,
    expect: [],
  },
];
