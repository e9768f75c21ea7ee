// Round 1180 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Sunday
// 31 October 2088 at 19:00 local, the day Europe's clocks went back (the US changes a week later, on Sunday 7
// November, so New York is four hours behind London until then). Sent on a Sunday: "next week" is the week that
// starts tomorrow (1 to 5 November), a bare "Wednesday" is 3 November, "early next week" is Wednesday 3 November and
// "early next month" is 10 November. The focus is hiring outside offices: Christmas temps, restaurants, schools,
// hospitals, aged care, police, the defence force, trades, mines and ski fields. Positives: a London Christmas
// temp's "by Wednesday", a Chicago Calendly confirmation "09:30am - Tuesday, November 2, 2088 (Central Time)", a
// Toronto restaurant owner's "tmrw around 4pm", a New York cruise line's "10:00 AM ET" for a London reader across
// the clock gap, an Irish health service's "within 10 working days of the closing date of 22 October 2088", a
// Brisbane aged-care offer, a New Zealand Defence Force hold "until after ... 19 November", a Los Angeles school
// district's "early next week", a Singapore kitchen trial, a Kuala Lumpur retailer's rejection, a Denver police
// background unit "please do not call", a Johannesburg trade test "within 14 days", an Accra hotel's rescheduled
// interview, a Whistler ski resort's "early next month", a Bronx home-care agency's interview with no phone calls,
// a Karachi fast-food crew "02-11-2088 at 3:00 PM", a Hong Kong employer's video interview for a Manila helper, and
// a Perth mine-site camp's "next week". Negatives: a local paper asking a nurse for an interview, night-shift pay
// for the clock change, a parents' evening, the reader as a café owner on Indeed, the reader on an open-day
// interview panel, a Christmas job alert, a food bank shift, a naturalisation interview, a fracture clinic, an
// apprentice's end-point assessment, a landlord's gas safety visit, an appraisal, an agency selling peak-season
// drivers, a dateless Teamtailor acknowledgement, a university vacancy's closing date, a friend's hotel interview,
// a health careers fair and a vet's reminder. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 31 October 2088, 19:00 local.
const LDN = { sentAt: '2088-10-31T19:00:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2088-10-31T19:00:00+00:00', tz: 'Europe/Dublin' } as const;
const NY = { sentAt: '2088-10-31T19:00:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2088-10-31T19:00:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2088-10-31T19:00:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2088-10-31T19:00:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2088-10-31T19:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const VAN = { sentAt: '2088-10-31T19:00:00-07:00', tz: 'America/Vancouver' } as const;
const BNE = { sentAt: '2088-10-31T19:00:00+10:00', tz: 'Australia/Brisbane' } as const;
const PER = { sentAt: '2088-10-31T19:00:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2088-10-31T19:00:00+13:00', tz: 'Pacific/Auckland' } as const;
const KHI = { sentAt: '2088-10-31T19:00:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2088-10-31T19:00:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2088-10-31T19:00:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2088-10-31T19:00:00+08:00', tz: 'Asia/Manila' } as const;
const ACC = { sentAt: '2088-10-31T19:00:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2088-10-31T19:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2088-10-31T19:00:00+03:00', tz: 'Africa/Nairobi' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1180_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    text: mail(
      'Hi Amelia,',
      '',
      'Thanks so much for coming along to the group assessment for Christmas Sales Assistants at our Oxford Street store yesterday – it was a long afternoon and you all did brilliantly.',
      '',
      "We're putting the Christmas team together now and we'll let everyone know by Wednesday whether they've got a seasonal contract.",
      '',
      'Best wishes,',
      'Hollie Sparks',
      'People Partner, Bramley & Finch Department Store',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2088-11-03', phrase: 'by Wednesday', fuzzy: false }],
  },
  {
    text: mail(
      'Hi Darius Coleman,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type:',
      'Shift Lead Interview (20 min)',
      '',
      'Invitee:',
      'Darius Coleman',
      '',
      'Event Date/Time:',
      '09:30am - Tuesday, November 2, 2088 (Central Time - US & Canada)',
      '',
      'Location:',
      'Sunny Side Car Wash, 4410 W Irving Park Rd (ask for Manny)',
      '',
      'Need to make changes to this event?',
      'Cancel  Reschedule',
      '',
      'Powered by Calendly.com',
    ),
    ...CHI,
    expect: [
      { kind: 'interview', by: '2088-11-02', time: '09:30', phrase: '09:30am - Tuesday, November 2, 2088' },
    ],
  },
  {
    text: mail(
      'hey Priya its Marco from Nonna Lucia on Dundas',
      '',
      'saw ur resume for line cook, looks good. can u come by tmrw around 4pm for a quick chat w me + chef Sal? bring ur knives, we might get u to do a little something',
      '',
      'just reply here or txt 416-555-0193',
      '',
      'Marco',
    ),
    ...TOR,
    expect: [{ kind: 'interview', by: '2088-11-01', time: '16:00', phrase: 'tmrw around 4pm' }],
  },
  {
    text: mail(
      'Dear Oliver,',
      '',
      'Thank you for your interest in the Assistant Guest Services Manager role with Atlantic Star Cruises. Your interview has been scheduled as follows:',
      '',
      'Interviewer: Carla Mendes, Director, Hotel Operations',
      'Date: Wednesday, November 3, 2088',
      'Time: 10:00 AM - 10:45 AM ET',
      'Format: Video call (Zoom link to follow)',
      '',
      'Please note that the UK and US change their clocks on different weekends, so please double-check the time in your own zone.',
      '',
      'Sincerely,',
      'Talent Acquisition, Atlantic Star Cruises',
      'Scheduled with GoodTime',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2088-11-03', time: '14:00', phrase: 'Time: 10:00 AM - 10:45 AM ET' }],
  },
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Campaign: Health Care Assistant – Community Nursing Units, Mid-West Region',
      'Campaign reference: MW-HCA-88-07',
      '',
      'Thank you for your application, which was received before the closing date of 22 October 2088.',
      '',
      'All applications are now being shortlisted. Candidates will be notified of the outcome of the shortlisting process within 10 working days of the closing date.',
      '',
      'Yours sincerely,',
      'Recruitment Officer',
      'National Recruitment Service, Health Service Executive',
    ),
    ...DUB,
    expect: [
      {
        kind: 'response-by',
        by: '2088-11-05',
        phrase: 'within 10 working days of the closing date',
        fuzzy: false,
      },
    ],
  },
  {
    text: mail(
      'Hi Grace,',
      '',
      'Congratulations! Following your interview and reference checks, we are delighted to offer you a casual Personal Care Worker position at Jacaranda Gardens Aged Care, Sunnybank.',
      '',
      'Your employment contract is ready to sign in Workday. Once signed, we will book your orientation and buddy shifts.',
      '',
      'Welcome to the team!',
      '',
      'Warm regards,',
      'Tracey Ngata',
      'Recruitment Advisor, Jacaranda Gardens Aged Care',
    ),
    ...BNE,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Kia ora Manaia,',
      '',
      'Thanks for attending the Assessment Day at Linton Military Camp on Friday. Your file has now gone to the Medical Board.',
      '',
      'Please do not contact the recruiting office about your file until after your medical results are released on 19 November. We will email you once a decision on your application for Combat Engineer has been made.',
      '',
      'Ngā mihi,',
      'SGT A. Tūhoe',
      'Candidate Manager, Defence Recruitment NZ',
    ),
    ...AKL,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2088-11-20',
        phrase: 'until after your medical results are released on 19 November',
      },
    ],
  },
  {
    text: mail(
      'Dear Ms. Vargas,',
      '',
      'Thank you for interviewing for the Paraeducator – Special Education position at Rosewood Middle School on Thursday.',
      '',
      'The panel is completing reference checks for all finalists, and we will be making our decision early next week. All candidates will be notified by email.',
      '',
      'Sincerely,',
      'Classified Personnel Office',
      'San Lorenzo Valley Unified School District',
    ),
    ...LA,
    expect: [{ kind: 'response-by', by: '2088-11-03', phrase: 'early next week', fuzzy: true }],
  },
  {
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thanks for your interest in the Commis Cook role at Marina Lantern. Chef Daniel would like to meet you on Thursday, 4 Nov at 3pm for a cooking trial and interview at our kitchen (Level 2, Harbourfront Walk). It will take about 2 hours.',
      '',
      'Please bring your own knives, closed-toe non-slip shoes and your Food Safety Course Level 1 certificate.',
      '',
      'Can you reply to confirm?',
      '',
      'Thanks,',
      'Jolene Tan',
      'HR Executive, Marina Lantern Group',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2088-11-04', time: '15:00', phrase: 'Thursday, 4 Nov at 3pm' }],
  },
  {
    text: mail(
      'Dear Muhammad Firdaus,',
      '',
      'Thank you for your interest in the Assistant Store Manager position at KedaiKita Mart and for attending the interview with our Regional Manager.',
      '',
      'After careful consideration, we regret to inform you that we will not be proceeding with your application at this time.',
      '',
      'We appreciate the time you invested and wish you every success in your career.',
      '',
      'Regards,',
      'Talent Acquisition Team',
      'KedaiKita Mart Sdn. Bhd.',
      '',
      'Sent via SmartRecruiters',
    ),
    ...KUL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Police Recruit Candidate,',
      '',
      'Your Personal History Statement has been received and assigned to a background investigator, who will contact you by email to schedule your interview and polygraph.',
      '',
      'Please do not call the Background Unit or your investigator for status updates. Calls about status will not be returned.',
      '',
      'Background Investigations Unit',
      'Front Range City Police Department',
    ),
    ...DEN,
    expect: [{ kind: 'no-calls', phrase: 'Please do not call the Background Unit' }],
  },
  {
    text: mail(
      'Dear Candidate,',
      '',
      'Artisan Learnership Programme 2089 – Electrician and Fitter',
      '',
      'Thank you for writing the trade test at our Rustenburg Training Centre on Saturday. All candidates who wrote the test will receive their results within 14 days.',
      '',
      'Successful candidates will then be invited for a medical assessment.',
      '',
      'Kind regards,',
      'Skills Development Department',
      'Bokamoso Platinum Mines',
    ),
    ...JNB,
    expect: [{ kind: 'response-by', by: '2088-11-14', phrase: 'within 14 days', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Akosua,',
      '',
      'Please accept our apologies: our General Manager has been called away on Tuesday. Your second interview for the Food & Beverage Supervisor position has therefore been rescheduled from Tuesday 2nd November to Thursday 4th November 2088 at 10:30 GMT, at the same venue.',
      '',
      'Kindly confirm that the new date works for you.',
      '',
      'Best regards,',
      'Efua Mensah',
      'Human Resources Officer, Osu Coast Hotel, Accra',
    ),
    ...ACC,
    expect: [
      {
        kind: 'interview',
        by: '2088-11-04',
        time: '10:30',
        phrase: 'Thursday 4th November 2088 at 10:30 GMT',
      },
    ],
  },
  {
    text: mail(
      'Hey Finn,',
      '',
      'Thanks for jumping on a call with Kelsey about Lift Operator for the winter. We had a huge number of applications this year (snow’s looking good!).',
      '',
      "We're confirming our winter crew by early next month, and everyone we spoke to will hear from us either way.",
      '',
      'Cheers,',
      'The Mountain Crew Recruitment Team',
      'Whistler Peaks Resort',
      '',
      'Sent from Teamtailor',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2088-11-10', phrase: 'by early next month', fuzzy: true }],
  },
  {
    text: mail(
      'Hello Yesenia,',
      '',
      'Thank you for applying to be a Home Health Aide with BrightPath Home Care. Your interview is set for Friday, November 5th at 11:00 AM at our Bronx office, 2150 Grand Concourse, Suite 3.',
      '',
      'Please bring your HHA certificate, two forms of ID and proof of your most recent PPD/TB test.',
      '',
      'Due to high volume, we do not accept phone calls regarding applications. To reschedule, use the link in your JazzHR portal.',
      '',
      'Thank you,',
      'BrightPath Home Care Recruiting',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2088-11-05', time: '11:00', phrase: 'Friday, November 5th at 11:00 AM' },
      { kind: 'no-calls', phrase: 'we do not accept phone calls regarding applications' },
    ],
  },
  {
    text: mail(
      'Dear Candidate,',
      '',
      'Congratulations, you are shortlisted for the position of Crew Member (Full Time) at Zingo Burger.',
      '',
      'Kindly visit our Clifton Block 5 branch on 02-11-2088 at 3:00 PM for an interview with the Restaurant Manager. Bring your CNIC copy and one passport size picture.',
      '',
      'Regards,',
      'HR Department',
      'Zingo Burger (Pvt.) Ltd.',
    ),
    ...KHI,
    expect: [{ kind: 'interview', by: '2088-11-02', time: '15:00', phrase: '02-11-2088 at 3:00 PM' }],
  },
  {
    text: mail(
      'Hi Ate Rowena,',
      '',
      'Good news po! Your employer candidate, Mrs. Vivian Chan (family of 4 in Tai Po, with one toddler), would like to do a video interview with you.',
      '',
      'Schedule: Tuesday, 2 Nov at 8:00pm Hong Kong time, via WhatsApp video.',
      '',
      'Please be ready 15 minutes before, in a quiet place with good signal, and have your cooking and childcare experience ready to discuss.',
      '',
      'Thank you,',
      'Joy Manalo',
      'Placement Officer, Kowloon Bright Employment Agency',
    ),
    ...MNL,
    expect: [
      {
        kind: 'interview',
        by: '2088-11-02',
        time: '20:00',
        phrase: 'Tuesday, 2 Nov at 8:00pm Hong Kong time',
      },
    ],
  },
  {
    text: mail(
      'Hi Shannon,',
      '',
      'Thanks for having a chat with me on Friday about the Camp Cook role at the Yandicoogina village. Good to hear you’ve done FIFO before and you’re happy with 2:1 swings.',
      '',
      "I'm waiting on the site manager to sign off on numbers for the next roster. You'll hear from us next week.",
      '',
      'Cheers,',
      'Bec Lawson',
      'Recruitment Coordinator, Outback Camp Services',
    ),
    ...PER,
    expect: [{ kind: 'response-by', by: '2088-11-05', phrase: 'next week', fuzzy: false }],
  },

  // ---- negatives ----
  {
    text: mail(
      'Hi Grace,',
      '',
      "I'm a reporter at the Hackney Gazette working on a feature about night-shift workers in the NHS, and your ward sister kindly passed on your details.",
      '',
      'Could we interview you on Tuesday at 11am? It would take about 30 minutes, by phone or over coffee near the hospital, and we would like a photographer to take a portrait afterwards.',
      '',
      'Thanks so much,',
      'Ruth Abara',
      'Features Reporter, Hackney Gazette',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Dear night staff,',
      '',
      'The clocks went back at 02:00 this morning. If you worked the Saturday night shift you worked an extra hour; please make sure it is recorded on your timesheet.',
      '',
      'The extra hour will be paid with the November payroll on 26 November. Timesheets must be signed off by your unit manager by Wednesday.',
      '',
      'Thank you,',
      'Workforce Team',
      'St Brendan’s Community Hospital',
    ),
    ...DUB,
    expect: [],
  },
  {
    text: mail(
      'Dear Parents and Carers,',
      '',
      'Happy Halloween! A reminder that Year 5 parents’ evening takes place on Thursday 4 November from 3:45pm to 7pm. Please book a 10-minute appointment with your child’s teacher on the school app by Tuesday.',
      '',
      'The Year 5 trip to the Science Museum is on Friday 12 November; consent forms are due back this week.',
      '',
      'Mrs L. Okonkwo',
      'Head of Year 5, Ashgrove Primary School',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Interview confirmed',
      '',
      'Jamie R. accepted your interview invitation for Barista (Part-time) at Little Fern Café.',
      '',
      'When: Tue, Nov 2, 10:00 AM',
      'Where: In person – 88 Queen St W',
      '',
      'You have 3 new applicants and 2 unread messages. Review candidates in your employer dashboard.',
      '',
      'Indeed for Employers',
    ),
    ...TOR,
    expect: [],
  },
  {
    text: mail(
      'Hi Sophie, Raj, Dee,',
      '',
      "Thanks for helping at Saturday's open day for the Kitchen Porter and Food Service Assistant roles. Here's the interview schedule – each of you has one room:",
      '',
      '09:00 Jamal Hussein (KP)',
      '09:30 Kerry Walsh (FSA)',
      '10:00 Precious Moyo (KP)',
      '',
      'Please have your score sheets back to me by Monday so we can send offers out.',
      '',
      'Many thanks,',
      'Angela Moss',
      'Facilities Recruitment Lead, Greenway University',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      '12 new Christmas jobs near Leeds',
      '',
      'Christmas Warehouse Operative – Parcelway – £12.90/hr – Start 15 November',
      'Seasonal Customer Assistant – Hartley’s Toys – Apply by Friday',
      'Delivery Driver Helper – Northway Logistics – Weekly pay, weekend shifts',
      'Santa’s Grotto Elf – Kirkgate Shopping Centre – Interviews held every Wednesday',
      '',
      'See all jobs · Manage your alerts · Unsubscribe',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Lindiwe,',
      '',
      "Thanks for signing up to volunteer! You're down for the Saturday 6 November shift, 10am–1pm, sorting donations at the Soweto warehouse.",
      '',
      'Please wear closed shoes. If you can no longer make it, let us know by Thursday so we can find cover.',
      '',
      'With thanks,',
      'Volunteer Coordinator, Ubuntu Food Bank',
    ),
    ...JNB,
    expect: [],
  },
  {
    text: mail(
      'Form N-400, Application for Naturalization',
      '',
      'Interview Notice',
      '',
      'You are requested to appear for an interview on your Form N-400 on:',
      'Date: November 9, 2088',
      'Time: 8:30 AM',
      'Location: USCIS Denver Field Office',
      '',
      'Bring this notice, your Permanent Resident Card, passport and any travel documents. If you do not appear and do not contact us before the interview, your application may be denied.',
    ),
    ...DEN,
    expect: [],
  },
  {
    text: mail(
      'Dear Mr Harrington,',
      '',
      'Your follow-up appointment at the Fracture Clinic, Outpatients Department B, is on Wednesday 3 November at 14:10 with Mr Azizi, Consultant Orthopaedic Surgeon.',
      '',
      'Please arrive 20 minutes early for an X-ray. If you cannot attend, please call the booking office within 48 hours.',
      '',
      'Outpatient Bookings',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Dear Callum,',
      '',
      'Your end-point assessment for the Level 3 Plumbing and Domestic Heating Technician apprenticeship has been booked.',
      '',
      'Practical observation: Monday 8 November, 08:00, Midlands Skills Centre',
      'Professional discussion: Tuesday 9 November, 10:00, online',
      '',
      'Your portfolio must be uploaded by Wednesday. Please speak to your employer about release for both days.',
      '',
      'Kind regards,',
      'EPA Scheduling Team, TradeMark Assessments',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Nadia,',
      '',
      'Just a heads up that the engineer will be round to do the annual gas safety check on Thursday between 8am and 12pm. If nobody is in, I will let him in with my key.',
      '',
      "Also the rent review is due next month, I'll send the new figure by the 15th.",
      '',
      'Thanks',
      'Colin (landlord)',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Tyrese,',
      '',
      'Your annual appraisal with Sharon is booked for Tuesday 2 Nov at 10:00 in the back office before your shift. Please fill in the self-assessment form and bring it with you.',
      '',
      'This is also a good time to talk about the Team Leader vacancy if you are interested.',
      '',
      'Thanks,',
      'Kemi',
      'Deputy Manager, FreshMart Peckham',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Gary,',
      '',
      'Peak is nearly here. Northstar Staffing can supply fully licensed counterbalance and reach-truck drivers to your Daventry site from Monday, on day or night shifts.',
      '',
      'Reply by Wednesday to lock in our peak-season rates, or book a 15-minute call with me this week.',
      '',
      'Kind regards,',
      'Leah Conroy',
      'Account Manager – Industrial, Northstar Staffing',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Brian,',
      '',
      'Thank you for applying for the Delivery Driver (Van) role at Greenbasket Grocery!',
      '',
      "We have received your application and will review it as soon as we can. If we'd like to take things further, someone from our team will contact you. In the meantime, you can follow your application in the candidate portal.",
      '',
      'Best regards,',
      'Greenbasket Grocery',
      'Sent by Teamtailor',
    ),
    ...NBO,
    expect: [],
  },
  {
    text: mail(
      'Job reminder from Greenway University',
      '',
      'You saved the vacancy Library Assistant (Evenings and Weekends), Grade 3, ref. LIB0931.',
      '',
      'This vacancy closes at midnight on 7 November 2088. Interviews are expected to take place during the week of 22 November.',
      '',
      'Apply now through the university jobs portal.',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'babe my interview at the Hilton is tmrw at 10!! can u mind the kids from 9? I will drop them at yours',
      '',
      'will bring u jollof after',
      'Abena',
    ),
    ...ACC,
    expect: [],
  },
  {
    text: mail(
      'Healthcare Careers Fair – Saturday 13 November',
      '',
      'Meet recruiters from five hospitals, aged-care providers and the ambulance service at the Brisbane Convention Centre from 10am to 3pm. On-the-spot interviews for assistants in nursing and patient support roles.',
      '',
      'Register by Wednesday to skip the queue.',
      '',
      'Queensland Health Jobs Expo',
    ),
    ...BNE,
    expect: [],
  },
  {
    text: mail(
      'Hi Mereana,',
      '',
      'Bella is due for her annual booster vaccinations and a health check. Please book an appointment before 30 November.',
      '',
      'We have Saturday morning appointments available at our Ponsonby clinic.',
      '',
      'Kind regards,',
      'Ponsonby Road Vets',
    ),
    ...AKL,
    expect: [],
  },
];
