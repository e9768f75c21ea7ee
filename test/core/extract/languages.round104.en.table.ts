// Round 1080 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, for Wednesday
// 12 March 2081 at 16:40 local, three days after North America entered summer time (9 March) while Europe
// waits until 30 March (New York is UTC-4 and London UTC+0 in the gap) and Sydney and Auckland are still on
// daylight time. "by Friday" is 14 March, "next week" 17–21 March, "Wednesday" 19 March. The theme is hiring
// other than the one-interview job: executive search (a chair's interview in Eastern time for a London reader,
// a partner travelling "until the 24th"), an academic panel in AEDT, graduate schemes (a virtual assessment centre
// with an ISO date, an SHL test whose shortlisting is counted from the window closing on a Sunday, a Sonru window
// with results "by Friday 28 March", an Accra programme "within two weeks of" its assessment centre, a Toronto
// programme offer), public bodies (a USAJOBS referral "within 30 days of the referral date", a police vetting hold
// to 7 May, Defence Force Recruiting "commencing 0730 hrs", a US faculty search with no status calls), agency
// contracts (Michael Page "this Friday at 3pm SGT", Randstad feedback "by the start of next week"), an internal
// SuccessFactors posting "by the end of next week", a founder's "tmrw 9:30 my time (PT)" for a returning
// candidate in New York, a GoodTime schedule in UTC for a Nairobi reader, and an Ashby internship rejection.
// Negatives come from the same worlds: the reader as a graduate buddy, a contractor's extension and new rate, a
// timesheet and pay date, an employee's clearance revalidation that promises contact, a faculty-candidate
// colloquium, the reader on a search committee, a search firm reporting to its client, an MBA admissions
// interview, a naturalization interview, an alumni breakfast, a podcast interview, a salary-guide webinar, an
// agency selling Easter temps, a mentoring session, an acknowledgement with a closing date, a vet booking, a
// freelancer's kick-off call and a reference request. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 12 March 2081, 16:40 local.
const LDN = { sentAt: '2081-03-12T16:40:00+00:00', tz: 'Europe/London' } as const;
const MAN = { sentAt: '2081-03-12T16:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2081-03-12T16:40:00+00:00', tz: 'Europe/Dublin' } as const;
const NY = { sentAt: '2081-03-12T16:40:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2081-03-12T16:40:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2081-03-12T16:40:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2081-03-12T16:40:00-06:00', tz: 'America/Denver' } as const;
const VAN = { sentAt: '2081-03-12T16:40:00-07:00', tz: 'America/Vancouver' } as const;
const SYD = { sentAt: '2081-03-12T16:40:00+11:00', tz: 'Australia/Sydney' } as const;
const BNE = { sentAt: '2081-03-12T16:40:00+10:00', tz: 'Australia/Brisbane' } as const;
const AKL = { sentAt: '2081-03-12T16:40:00+13:00', tz: 'Pacific/Auckland' } as const;
const KOL = { sentAt: '2081-03-12T16:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2081-03-12T16:40:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2081-03-12T16:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KUL = { sentAt: '2081-03-12T16:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2081-03-12T16:40:00+08:00', tz: 'Asia/Manila' } as const;
const ACC = { sentAt: '2081-03-12T16:40:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2081-03-12T16:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2081-03-12T16:40:00+04:00', tz: 'Asia/Dubai' } as const;
const AMS = { sentAt: '2081-03-12T16:40:00+01:00', tz: 'Europe/Amsterdam' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1080_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Executive search: the chair's interview in Eastern time; London is only four hours ahead this week.
    ...LDN,
    text: mail(
      'Dear Nicola,',
      '',
      'Thank you for your time on Monday. I have shared our notes with the chair of Penrose Biotherapeutics, who would very much like to meet you as the next step for the Chief Operating Officer appointment.',
      '',
      'He has proposed Thursday 20 March at 10:00 a.m. Eastern, by video, for about an hour. His assistant will send the invitation once you confirm.',
      '',
      'Kind regards,',
      'Julian Strand',
      'Partner, Hollister Vane – Life Sciences Practice',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2081-03-20',
        time: '14:00',
        phrase: 'Thursday 20 March at 10:00 a.m. Eastern',
      },
    ],
  },
  {
    // An academic interview laid out as label–value lines, in AEDT.
    ...SYD,
    text: mail(
      'Dear Dr Ramaswamy,',
      '',
      'Senior Lecturer in Data Science (Job No. 0514782) – invitation to interview',
      '',
      'The selection committee is pleased to invite you to interview. Details are below.',
      '',
      'Panel interview: Tuesday 1 April 2081, 11.15am–12.15pm (AEDT)',
      'Format: in person, Room 3.02, Building H14, Camperdown campus',
      'Presentation: 15 minutes on your teaching vision, as part of the interview',
      '',
      'Please reply to confirm by Monday 17 March and advise of any adjustments you require.',
      '',
      'Regards,',
      'Recruitment Consultant, Academic Staffing',
      'University of Port Jackson',
    ),
    expect: [{ kind: 'interview', by: '2081-04-01', time: '11:15', phrase: 'Tuesday 1 April 2081, 11.15am' }],
  },
  {
    // A virtual assessment centre with an ISO date (Workday).
    ...HKG,
    text: mail(
      'Dear Ka Yan,',
      '',
      'Congratulations! You have been invited to the Virtual Assessment Centre for the Harbourlight Insurance Management Associate Programme 2081.',
      '',
      'Date | 2081-03-25',
      'Time | 13:30–17:00 HKT',
      'Platform | Microsoft Teams (link to follow 24 hours before)',
      '',
      'Please accept the invitation in your Workday candidate home so we can allocate you to a group.',
      '',
      'Best regards,',
      'Graduate Talent Acquisition',
    ),
    expect: [{ kind: 'interview', by: '2081-03-25', time: '13:30', phrase: 'Date | 2081-03-25' }],
  },
  {
    // An online test: the reader's deadline closes on a Sunday; shortlisting is counted from it.
    ...KOL,
    text: mail(
      'Dear Aniket,',
      '',
      'Greetings from Sarvodaya Power Ltd!',
      '',
      'You have been shortlisted for the online assessment (SHL aptitude + technical MCQ) for the Graduate Engineer Trainee 2081 batch. Please complete the assessment by 11:59 PM IST on 16 March 2081; the link expires after that.',
      '',
      'Shortlisted candidates will be informed within 7 working days after the assessment window closes.',
      '',
      'All the best,',
      'Campus Recruitment Cell',
    ),
    expect: [
      {
        kind: 'response-by',
        by: '2081-03-25',
        phrase: 'within 7 working days after the assessment window closes',
      },
    ],
  },
  {
    // USAJOBS: a window counted from a referral date named in the same sentence.
    ...DEN,
    text: mail(
      'Your application status has changed.',
      '',
      'Position: Hydrologist, GS-1315-11',
      'Announcement number: IMR-81-11874523-DE',
      'Status: Referred to hiring manager',
      '',
      'Your application was referred to the selecting official on March 10, 2081. Selections are generally made within 30 days of the referral date, and you will be notified of the outcome through USAJOBS.',
      '',
      'This is an automated message; please do not reply.',
    ),
    expect: [{ kind: 'response-by', by: '2081-04-09', phrase: 'within 30 days of the referral date' }],
  },
  {
    // Police vetting: a dated hold.
    ...MAN,
    text: mail(
      'Dear Mr Adeyemi,',
      '',
      'Police Constable Degree Apprenticeship – Vetting',
      '',
      'Thank you for returning your vetting forms. Your application has now passed to the Force Vetting Unit, who will carry out checks on you and your family members.',
      '',
      'Because of the number of applications from this intake, please do not contact the Vetting Unit for an update before 7 May 2081.',
      '',
      'Yours sincerely,',
      'Recruitment Team, Greater Pennine Police',
    ),
    expect: [
      {
        kind: 'no-contact-before',
        by: '2081-05-07',
        phrase: 'please do not contact the Vetting Unit for an update before 7 May 2081',
      },
    ],
  },
  {
    // Armed forces recruiting: a day-first date and military time.
    ...BNE,
    text: mail(
      'G’day Mitchell,',
      '',
      'Your Assessment Session for Army Officer (General Service) is booked as follows:',
      '',
      'Date: Thursday 27/03/2081',
      'Time: commencing 0730 hrs',
      'Location: Defence Force Recruiting, Level 4, 300 Ann Street, Brisbane',
      '',
      'The session includes your psychology interview and medical screening. Bring your completed health questionnaire and photo ID.',
      '',
      'Regards,',
      'Candidate Care, Defence Force Recruiting',
    ),
    expect: [{ kind: 'interview', by: '2081-03-27', time: '07:30', phrase: 'Thursday 27/03/2081' }],
  },
  {
    // An agency contract: one slot proposed "this Friday".
    ...SIN,
    text: mail(
      'Hi Darren,',
      '',
      'Quick one – the hiring manager at Tessaly Capital liked the first round and wants to see you again for the 12-month contract (Treasury Systems BA).',
      '',
      'She’s free this Friday at 3pm SGT at their Marina Bay office – shall I lock that in for you?',
      '',
      'Cheers,',
      'Vanessa Lim',
      'Michael Page Singapore – Banking & Financial Services Contracting',
    ),
    expect: [{ kind: 'interview', by: '2081-03-14', time: '15:00', phrase: 'this Friday at 3pm SGT' }],
  },
  {
    // An agency contract: feedback promised for the start of next week.
    ...AKL,
    text: mail(
      'Kia ora Ana,',
      '',
      'I’ve sent your CV and rate (NZ$95/hour) through to the programme director at Ōrākau Health for the 6-month Change Manager contract.',
      '',
      'They’re interviewing their internal people first and have promised me feedback on external candidates by the start of next week – I’ll pass it straight on.',
      '',
      'Ngā mihi,',
      'Tom Whitaker',
      'Randstad Professionals, Auckland',
    ),
    expect: [{ kind: 'response-by', by: '2081-03-18', phrase: 'by the start of next week', fuzzy: true }],
  },
  {
    // An internal posting (SuccessFactors).
    ...MNL,
    text: mail(
      'Hi Joanna,',
      '',
      'Thank you for applying to internal job posting IJP-2081-044, Team Lead – Customer Experience (Pasig site).',
      '',
      'The hiring manager is completing the review of internal applicants and will inform everyone who applied by the end of next week. Your current manager will be copied on the result in line with the IJP policy.',
      '',
      'Thanks,',
      'HR Shared Services – Talent Mobility',
    ),
    expect: [{ kind: 'response-by', by: '2081-03-21', phrase: 'by the end of next week' }],
  },
  {
    // A graduate programme: decisions counted from the assessment centre's stated date.
    ...ACC,
    text: mail(
      'Dear Kwame,',
      '',
      'Thank you for attending the assessment centre for the Volta Agribusiness Graduate Trainee Programme on Monday 10 March. The panel was impressed by the quality of the group this year.',
      '',
      'We will communicate final decisions to all candidates within two weeks of the assessment centre.',
      '',
      'Best regards,',
      'Esi Mensah',
      'Human Capital Department',
    ),
    expect: [{ kind: 'response-by', by: '2081-03-24', phrase: 'within two weeks of the assessment centre' }],
  },
  {
    // A Sonru window (the reader's deadline) and the programme's own date for results.
    ...DUB,
    text: mail(
      'Hi Ciarán,',
      '',
      'Well done on passing the online tests for the Liffeyside Bank 2081 Graduate Programme! The next step is a short Sonru video interview (five questions, around 20 minutes).',
      '',
      'Please complete it by 23:59 on Sunday 16 March. We’ll be in touch with results by Friday 28 March.',
      '',
      'Best of luck,',
      'Graduate Recruitment, Liffeyside Bank',
    ),
    expect: [{ kind: 'response-by', by: '2081-03-28', phrase: 'by Friday 28 March' }],
  },
  {
    // A returning candidate: a founder's casual single slot in Pacific time for a New York reader.
    ...NY,
    text: mail(
      'hey Sam!',
      '',
      'so glad you’re thinking about coming back – the team still talks about the billing rewrite lol. let’s grab a call – tmrw 9:30 my time (PT)? I’ll send a Google Meet.',
      '',
      'r',
      '--',
      'Rafe Okoye',
      'CEO, Tallyhoe',
    ),
    expect: [{ kind: 'interview', by: '2081-03-13', time: '12:30', phrase: 'tmrw 9:30 my time (PT)' }],
  },
  {
    // An executive search partner's absence: hold until a day of the month.
    ...DXB,
    text: mail(
      'Dear Omar,',
      '',
      'Thank you for the call yesterday. Your profile is now with the client’s nomination committee alongside three other candidates for the Group Chief Strategy Officer role.',
      '',
      'I am travelling with the client’s chairman until the 24th, so please don’t chase before then; I’ll have the committee’s view on the shortlist when I’m back.',
      '',
      'Best regards,',
      'Helena Marchetti',
      'Managing Partner, Orrin & Lisle Executive Search',
    ),
    expect: [
      {
        kind: 'no-contact-before',
        by: '2081-03-24',
        phrase: 'until the 24th, so please don’t chase before then',
      },
    ],
  },
  {
    // GoodTime schedule in UTC for a Nairobi reader.
    ...NBO,
    text: mail(
      'Hi Mercy,',
      '',
      'Your interviews with Kestrel Payments are confirmed. Here is your schedule:',
      '',
      'Monday, March 17, 2081 · 07:00 – 08:30 UTC',
      '07:00 – 07:45  Systems design – Arun Pillai',
      '07:45 – 08:30  Hiring manager – Lise Jansen',
      '',
      'Join with Google Meet: meet.example/kpx-qqra-wtm',
      '',
      'Scheduled with GoodTime on behalf of Kestrel Payments Recruiting',
    ),
    expect: [
      { kind: 'interview', by: '2081-03-17', time: '10:00', phrase: 'Monday, March 17, 2081 · 07:00' },
    ],
  },
  {
    // A US faculty search: no status calls; review beginning on a date is a fact.
    ...CHI,
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the position of Assistant Professor of Mechanical Engineering (Tenure Track) at Prairie Lakes University. Review of applications will begin on March 24, 2081 and will continue until the position is filled.',
      '',
      'Because of the volume of applications, the search committee is unable to respond to phone inquiries about the status of individual applications. Candidates selected for interviews will be contacted directly by the committee chair.',
      '',
      'Faculty Search Committee, Department of Mechanical Engineering',
    ),
    expect: [
      {
        kind: 'no-calls',
        phrase:
          'the search committee is unable to respond to phone inquiries about the status of individual applications',
      },
    ],
  },
  {
    // An internship rejection (Ashby).
    ...VAN,
    text: mail(
      'Hi Jordan,',
      '',
      'Thanks so much for the time you spent interviewing with Fernway for our Summer 2081 Software Engineering Internship.',
      '',
      'Unfortunately we’ve decided not to move forward with your application at this time. This was a difficult decision and we were grateful to get to know you.',
      '',
      'We’d love to stay in touch for future early-career openings.',
      '',
      'Best,',
      'The Fernway Recruiting Team',
      'Sent with Ashby',
    ),
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'we’ve decided not to move forward with your application',
      },
    ],
  },
  {
    // A graduate programme offer; the acceptance date is the reader's own deadline.
    ...TOR,
    text: mail(
      'Dear Priyanka,',
      '',
      'On behalf of Northshore Mutual, we are delighted to offer you a place on our 2081 Graduate Leadership Program, beginning September 8, 2081, with a starting salary of $68,500.',
      '',
      'Your offer letter and program handbook are attached. Please accept your offer in the Pinpoint portal by March 26.',
      '',
      'Congratulations!',
      'Early Talent Team, Northshore Mutual',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer', phrase: 'we are delighted to offer you a place' }],
  },

  // ---- negatives ----
  {
    // The reader is a buddy for next year's candidates.
    ...LDN,
    text: mail(
      'Hi Nadia,',
      '',
      'As one of our first-year graduates, would you be willing to act as a buddy at the assessment centre on Tuesday 25 March? You’d spend 30 minutes over lunch with candidates answering questions about life on the scheme.',
      '',
      'Please let me know by Friday if you can help.',
      '',
      'Thanks!',
      'Graduate Programme Coordinator',
    ),
    expect: [],
  },
  {
    // A contractor's extension and new rate.
    ...AMS,
    text: mail(
      'Hi Pieter,',
      '',
      'Good news: Hoogveld Infra has extended your assignment until 30 June 2081. Your new rate of €92/hour applies from 1 April. The updated contract is in your Hays portal for e-signature.',
      '',
      'Any questions, just give me a call.',
      '',
      'Groeten,',
      'Marloes',
      'Hays Netherlands – Engineering Contracting',
    ),
    expect: [],
  },
  {
    // A timesheet and pay date for a temp.
    ...LDN,
    text: mail(
      'Dear Temp,',
      '',
      'Timesheets for week ending 16/03 must be submitted and approved by your line manager by 12:00 on Tuesday 18 March. Approved timesheets will be paid on Friday 21 March.',
      '',
      'Late timesheets roll into the following week’s pay run.',
      '',
      'Payroll Team, Robert Half UK',
    ),
    expect: [],
  },
  {
    // An employee's clearance revalidation: a promised contact, but the reader is not a candidate.
    ...SYD,
    text: mail(
      'Dear Ms Kowalczyk,',
      '',
      'Your NV1 security clearance is due for revalidation. AGSVA has received your eVetting pack and a vetting officer will contact you within 10 business days to schedule your revalidation interview.',
      '',
      'There is nothing further you need to do at this stage. Your clearance remains valid during revalidation.',
      '',
      'Agency Security Adviser',
    ),
    expect: [],
  },
  {
    // A faculty-candidate colloquium announced to a department.
    ...NY,
    text: mail(
      'Dear Faculty and Students,',
      '',
      'Department Colloquium – Faculty Candidate',
      'Speaker: Dr. Tomasz Wieczorek (ETH Zürich)',
      'Title: “Learning-Based Control for Soft Robots”',
      'When: Thursday, March 20, 3:30 p.m.',
      'Where: Hartwell Hall 2108',
      '',
      'Please sign up for one-on-one meetings with the candidate by Tuesday using the shared sheet.',
      '',
      'Department of Mechanical Engineering',
    ),
    expect: [],
  },
  {
    // The reader sits on a search committee.
    ...CHI,
    text: mail(
      'Hi all,',
      '',
      'Please submit your rankings of the six long-listed candidates by Monday. We’ll hold first-round Zoom interviews on March 24 and 25, 9:00 a.m.–1:00 p.m., and I’d like at least three committee members at each.',
      '',
      'Thanks,',
      'Gwen',
      'Chair, Faculty Search Committee',
    ),
    expect: [],
  },
  {
    // A search firm reporting to its client (the reader chairs the board).
    ...DXB,
    text: mail(
      'Dear Chairman,',
      '',
      'A short update on the Group CFO search. We have now spoken with 38 prospects and will present a longlist of eight to the nomination committee on 2 April at 10:00. We expect to begin first interviews with shortlisted candidates the following week.',
      '',
      'With best regards,',
      'Helena Marchetti',
      'Managing Partner, Orrin & Lisle Executive Search',
    ),
    expect: [],
  },
  {
    // An MBA admissions interview.
    ...SIN,
    text: mail(
      'Dear Mr Tan,',
      '',
      'Congratulations! You have been invited to interview for admission to the Full-Time MBA, Class of 2083.',
      '',
      'Interview date: 20 March 2081',
      'Time: 2:00 PM SGT',
      'Interviewer: a member of the Admissions Committee',
      '',
      'Admissions decisions for Round 2 will be released on 15 April 2081.',
      '',
      'MBA Admissions Office',
    ),
    expect: [],
  },
  {
    // A naturalization interview notice.
    ...NY,
    text: mail(
      'Notice of Interview – Form N-400, Application for Naturalization',
      '',
      'You are requested to appear for an interview on your application at the date, time and place shown below:',
      '',
      'Date: March 31, 2081',
      'Time: 9:15 AM',
      'Place: 26 Federal Plaza, New York, NY',
      '',
      'Bring this notice, your permanent resident card and your passport.',
    ),
    expect: [],
  },
  {
    // An alumni breakfast for former graduate-scheme members.
    ...KUL,
    text: mail(
      'Dear Alumni,',
      '',
      'Join us for the Graduate Programme Alumni Breakfast on Friday 28 March, 8:00am at the Menara Seri rooftop. Meet our 2081 intake and share your story.',
      '',
      'RSVP by 21 March.',
      '',
      'Warm regards,',
      'Talent Brand & Alumni Team',
    ),
    expect: [],
  },
  {
    // A podcast interview.
    ...LDN,
    text: mail(
      'Hi Rebecca,',
      '',
      'Thanks so much for agreeing to be interviewed on The Hiring Line podcast! We’re recording on Tuesday 18 March at 11:00 GMT over Riverside; the episode goes out in April.',
      '',
      'I’ll send a few questions in advance so there are no surprises.',
      '',
      'Cheers,',
      'Ollie',
      'Producer, The Hiring Line',
    ),
    expect: [],
  },
  {
    // A salary-guide webinar from an agency.
    ...SYD,
    text: mail(
      'Hi Lachlan,',
      '',
      'The Hays Salary Guide FY81/82 is out! Join our webinar on Thursday 20 March at 12:30pm AEDT to hear what employers are paying across IT, construction and the public sector – and what it means for your next move.',
      '',
      'Register now – places are limited.',
      '',
      'Hays Australia',
    ),
    expect: [],
  },
  {
    // An agency selling Easter temps to the reader as employer.
    ...LDN,
    text: mail(
      'Dear Mr Holloway,',
      '',
      'Need cover over Easter? Our vetted reception and admin temps are available from Monday 7 April, and we can arrange short video interviews with you at 24 hours’ notice.',
      '',
      'Reply to this email or call 020 7946 0321 to book.',
      '',
      'Kind regards,',
      'Sanctuary Office Staffing',
    ),
    expect: [],
  },
  {
    // A mentoring session for the reader as mentor.
    ...KOL,
    text: mail(
      'Dear Meera,',
      '',
      'Thank you for joining the Women in Engineering mentoring programme as a mentor. Your first session with your mentee, Ishita, is scheduled for Monday 17 March at 5:30 PM on Teams.',
      '',
      'The mentee will share her goals with you beforehand.',
      '',
      'Regards,',
      'WiE Programme Office',
    ),
    expect: [],
  },
  {
    // An acknowledgement: a closing date and rolling review, no dated promise.
    ...MNL,
    text: mail(
      'Hi Paolo,',
      '',
      'We have received your application for the Ayala Ridge Graduate Programme 2082. Our team reviews applications on a rolling basis, and the application window closes on 31 March 2081.',
      '',
      'If you are shortlisted, we will reach out to you with the next steps.',
      '',
      'Thank you,',
      'Early Careers Team',
    ),
    expect: [],
  },
  {
    // A vet booking.
    ...AKL,
    text: mail(
      'Hi Aroha,',
      '',
      'This is a reminder that Biscuit is booked in for his annual vaccinations and check-up with Dr Patel on Monday 17 March at 4:20pm.',
      '',
      'Please reply YES to confirm or call us to reschedule.',
      '',
      'Ponsonby Vets',
    ),
    expect: [],
  },
  {
    // A freelancer's kick-off call with a client.
    ...BNE,
    text: mail(
      'Hi Kirra,',
      '',
      'Thanks for the proposal – we’ve signed the SOW for the brand refresh. Let’s do the kick-off call on Thursday at 10am Brisbane time; I’ll send an invite.',
      '',
      'Could you also send your first invoice by Friday so it goes into this month’s run?',
      '',
      'Cheers,',
      'Dom',
      'Marketing Manager, Coral Coast Brewing',
    ),
    expect: [],
  },
  {
    // A reference request: the reader is the referee.
    ...DUB,
    text: mail(
      'Dear Dr O’Sullivan,',
      '',
      'Aoife Lynch has named you as a referee in her application for the Graduate Analyst role at Liffeyside Bank. We would be grateful if you could complete the short reference form at the link below by 19 March.',
      '',
      'If you would prefer to give the reference by phone, we can arrange a 10-minute call at a time that suits you.',
      '',
      'Kind regards,',
      'Graduate Recruitment, Liffeyside Bank',
    ),
    expect: [],
  },
];
