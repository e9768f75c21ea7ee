// Round 550 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Friday
// 29 February 2036 at 08:05 local, a leap day (a month on is 29 March; "next month" and "early next month" are
// March; a bare "Friday" is 7 March). Northern zones are on standard time, Sydney and Auckland on summer time.
// Positives: Recruitee "within a month" from Berlin, SuccessFactors "Date: 14/03/2036 / Time: 14:30 (SGT)",
// Workable "within 10 working days" in Nairobi, Taleo "3/5/2036 at 1:15 PM" for a Toronto reader, a Hays consultant
// "by the end of March", a police force asking for no telephone calls, "03.03.2036 at 10 AM" in Hyderabad, a
// founder's single slot "Monday, 10:30am?", Lever "before Friday, March 7", a Dubai offer with a signing deadline,
// a Johannesburg hold "back on Monday 10 March … do not follow up before then", "Wednesday or Thursday" in New York,
// a Manila final interview with results "within 3 business days after your interview", a New Zealand ministry
// "the week after next", "3:00 pm London time" for a New York reader, a Lagos firm "early next month", Pinpoint
// "in the next day or two" from Glasgow. Negatives: the reader on a university interview panel, a leap-day payroll
// note, a team offsite, a LinkedIn job digest, an entrance exam with results "within 4 weeks", a master's admission
// interview, a personal-training session, a parcel "within 3–5 business days", parent-teacher interviews, a
// freelancer's kickoff call "Monday at 10", a friend's offer, an agency offering candidates to an employer, a
// vacancy's closing time, a password expiry, a journalist's interview request, the reader as a referee who will be
// called "within the next week", an acknowledgement that promises "as soon as possible". Names, companies and dates
// are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 29 February 2036, 08:05 local.
const NY = { sentAt: '2036-02-29T08:05:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2036-02-29T08:05:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2036-02-29T08:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2036-02-29T08:05:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2036-02-29T08:05:00-08:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2036-02-29T08:05:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2036-02-29T08:05:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2036-02-29T08:05:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2036-02-29T08:05:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2036-02-29T08:05:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2036-02-29T08:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2036-02-29T08:05:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2036-02-29T08:05:00+05:00', tz: 'Asia/Karachi' } as const;
const BOM = { sentAt: '2036-02-29T08:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2036-02-29T08:05:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2036-02-29T08:05:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2036-02-29T08:05:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2036-02-29T08:05:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2036-02-29T08:05:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2036-02-29T08:05:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

/** Round 550: English whole messages, seventeen positives and seventeen negatives. */
export const ROUND_550_EN: readonly PhraseRow[] = [
  // Positives.
  {
    text: mail(
      'Hi Leonie,',
      '',
      'Thank you for the second conversation with our Head of Engineering yesterday. We are still meeting a few candidates for the Platform Engineer position and will get back to you with a final decision within a month.',
      '',
      'Many thanks for your patience,',
      'Tobias Brandt',
      'Talent Acquisition, Kranwerk Mobility GmbH',
      'Sent via Recruitee',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2036-03-29', phrase: 'within a month', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Nurul Aisyah,',
      '',
      'Thank you for your interest in the Regulatory Affairs Associate role. We are pleased to invite you to a virtual interview with the hiring manager.',
      '',
      'Date: 14/03/2036',
      'Time: 14:30 (SGT)',
      'Duration: 45 minutes',
      'Platform: Microsoft Teams (invitation to follow)',
      '',
      'Kindly acknowledge receipt of this email.',
      '',
      'Best regards,',
      'Talent Acquisition Team',
      'Lionbridge Biotherapeutics Asia Pte Ltd',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2036-03-14', time: '14:30', phrase: '14/03/2036' }],
  },
  {
    text: mail(
      'Dear Brian,',
      '',
      'Thank you for attending the interview for the position of Finance Associate at Savanna Agritech on Wednesday. We aim to give feedback to all interviewees within 10 working days.',
      '',
      'Kind regards,',
      'People Team, Savanna Agritech',
      'Sent with Workable',
    ),
    ...NBO,
    expect: [{ kind: 'response-by', by: '2036-03-14', phrase: 'within 10 working days', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Aiden Sharma,',
      '',
      'This email confirms your interview for Requisition 36-0288, Claims Adjuster II.',
      '',
      'Your interview is confirmed for 3/5/2036 at 1:15 PM at 200 Front Street West, 9th floor. Please check in with security 10 minutes early.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Lakeshore Insurance Group',
    ),
    ...TOR,
    expect: [{ kind: 'interview', by: '2036-03-05', time: '13:15', phrase: '3/5/2036 at 1:15 PM' }],
  },
  {
    text: mail(
      'Hi Ben,',
      '',
      'Good news: Harbourside Health loved meeting you and you are through to the final stage along with one other candidate. Their CFO is back from leave next week and they will confirm their decision by the end of March.',
      '',
      'Have a great weekend,',
      'Jess Nguyen',
      'Senior Consultant, Hays Accountancy & Finance',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2036-03-31', phrase: 'by the end of March', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Police Constable Degree Holder Entry Programme – Application Received',
      '',
      'Thank you for applying. Your application will now be assessed against the eligibility criteria. Please do not telephone the Recruitment Unit for updates; all communication will be through the candidate portal.',
      '',
      'Recruitment Unit',
      'Southfield Constabulary',
    ),
    ...LDN,
    expect: [{ kind: 'no-calls', phrase: 'Please do not telephone the Recruitment Unit for updates' }],
  },
  {
    text: mail(
      'Dear Karthik,',
      '',
      'Greetings from Deccan Digital Services!',
      '',
      'We are pleased to inform you that your profile has been shortlisted for the position of Senior QA Engineer. Your F2F interview is scheduled on 03.03.2036 at 10 AM at our Hitech City office, Hyderabad.',
      '',
      'Please carry a printed copy of your resume and a government photo ID.',
      '',
      'Thanks & Regards,',
      'Lakshmi Reddy',
      'Talent Acquisition',
    ),
    ...BOM,
    expect: [{ kind: 'interview', by: '2036-03-03', time: '10:00', phrase: '03.03.2036 at 10 AM' }],
  },
  {
    text: mail(
      'Hey Sofia,',
      '',
      'Thanks for the thoughtful note, and the case study on your site is great. We are hiring our first data person at Pebble Health and I would love to chat. Could you do Monday, 10:30am? I will send a Zoom link once you confirm.',
      '',
      'Cheers,',
      'Nate',
      'CEO & co-founder, Pebble Health',
    ),
    ...LA,
    expect: [{ kind: 'interview', by: '2036-03-03', time: '10:30', phrase: 'Monday, 10:30am' }],
  },
  {
    text: mail(
      'Hi Trevor,',
      '',
      'Thanks for coming in on Wednesday and meeting the warehouse leadership team. We are gathering the panel’s feedback now and will have an answer for you before Friday, March 7.',
      '',
      'Thanks,',
      'Alicia Moreno',
      'Recruiter, Great Lakes Cold Storage',
      'Sent with Lever',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2036-03-06', phrase: 'before Friday, March 7', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Rania,',
      '',
      'Further to your recent interviews, we are pleased to offer you the position of Senior Interior Designer at Oasis Line Contracting LLC, based in Dubai Design District.',
      '',
      'Kindly sign and return the attached offer letter by 5 March 2036. Your visa processing will begin once we receive the signed copy.',
      '',
      'Best regards,',
      'Human Resources',
      'Oasis Line Contracting LLC',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Dear Lindiwe,',
      '',
      'Thank you for your email. Our hiring manager for the Actuarial Analyst role, Ms Pillay, is on leave this week and is back on Monday 10 March. Kindly do not follow up before then, as the panel will only meet once she has returned.',
      '',
      'Kind regards,',
      'Recruitment Office',
      'Jacaranda Life Assurance',
    ),
    ...JNB,
    expect: [{ kind: 'no-contact-before', by: '2036-03-10', phrase: 'do not follow up before then' }],
  },
  {
    text: mail(
      'Hi Dominic,',
      '',
      'Thank you again for meeting with the search committee. The committee meets on Tuesday to discuss the finalists for Director of Annual Giving, and you will hear from me Wednesday or Thursday.',
      '',
      'Warm regards,',
      'Elaine Foster',
      'Director of Human Resources, Riverside Conservatory',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2036-03-06', phrase: 'Wednesday or Thursday', fuzzy: false }],
  },
  {
    text: mail(
      'Hi Paolo,',
      '',
      'Congratulations on passing the assessment! Your final interview with our Country Manager is on Wednesday, March 4 at 9:00 AM at our BGC office, 28th floor. Results will be released within 3 business days after your interview.',
      '',
      'Please bring two valid IDs.',
      '',
      'Thank you,',
      'Kristine Dela Cruz',
      'Talent Acquisition, Archipelago Payments Inc.',
      'Sent from SmartRecruiters',
    ),
    ...MNL,
    expect: [
      { kind: 'interview', by: '2036-03-04', time: '09:00', phrase: 'Wednesday, March 4 at 9:00 AM' },
      // The writer's expectation was the miss: 4 March 2036 is a Tuesday, not the Wednesday the mail names; the date
      // wins, as for every dated slot, and three business days after Tuesday 4 March is Friday 7 March (the expectation
      // counted from a Wednesday). Scored in FIRST_RUN as first written.
      {
        kind: 'response-by',
        by: '2036-03-07',
        phrase: 'within 3 business days after your interview',
        fuzzy: false,
      },
    ],
  },
  {
    text: mail(
      'Kia ora Mere,',
      '',
      'Thank you for interviewing for the Senior Advisor, Fisheries Policy role. The panel has a couple of reference checks still to complete, and we expect to make a decision the week after next.',
      '',
      'Ngā mihi nui,',
      'Talent Team',
      'Ministry for Coastal Resources',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2036-03-14', phrase: 'the week after next', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Ms Okonkwo,',
      '',
      'Further to your application for the Compliance Manager, Americas role, we would like to invite you to an interview with our General Counsel. Would 3:00 pm London time on Thursday 5 March suit you? The interview will be held on Microsoft Teams and will last an hour.',
      '',
      'Kind regards,',
      'Rebecca Holt',
      'Recruitment Partner, Thamesbridge Insurance plc',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2036-03-05',
        time: '10:00',
        phrase: '3:00 pm London time on Thursday 5 March',
      },
    ],
  },
  {
    text: mail(
      'Dear Tolu,',
      '',
      'Thank you for participating in the final assessment for the Associate, Transaction Advisory role. The partners are reviewing all candidates this week, and we expect to communicate the final selection early next month.',
      '',
      'Warm regards,',
      'Talent Acquisition',
      'Ikoyi Partners',
    ),
    ...LAG,
    expect: [{ kind: 'response-by', by: '2036-03-10', phrase: 'early next month', fuzzy: true }],
  },
  {
    text: mail(
      'Hi Callum,',
      '',
      'Thanks for coming into the studio yesterday, it was great to meet you. Fiona and I are just comparing notes and we will let you know in the next day or two.',
      '',
      'Speak soon,',
      'Isla',
      'Clydeside Games (sent via Pinpoint)',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2036-03-02', phrase: 'in the next day or two', fuzzy: false }],
  },

  // Negatives.
  {
    text: mail(
      'Dear Dr Murphy,',
      '',
      'Thank you for agreeing to sit on the interview panel for the post of Lecturer in Economics. Interviews will take place on Thursday 12 March from 09:30 in the Boardroom, Main Building. The shortlisted candidates’ applications will be shared with you by Wednesday 4 March.',
      '',
      'Kind regards,',
      'HR Recruitment Team',
      'University of Liffeyside',
    ),
    ...DUB,
    expect: [],
  },
  {
    text: mail(
      'Hi everyone,',
      '',
      'Because February has 29 days this year, payroll runs today and funds will reach most accounts by Monday March 3. Your February pay stub is available in Workday now.',
      '',
      'Thanks,',
      'Payroll Team',
    ),
    ...NY,
    expect: [],
  },
  {
    text: mail(
      'Hi team,',
      '',
      'Flights for the Lisbon offsite (11–13 March) are booked, and you should have your e-tickets by Monday. I will send the agenda next week; please add your session ideas to the board before then.',
      '',
      'Liebe Grüße,',
      'Katrin',
      'Office & Culture',
    ),
    ...BER,
    expect: [],
  },
  {
    text: mail(
      'Jobs you may be interested in',
      '',
      'Senior Data Analyst – Northwind Telecom – Toronto, ON (Hybrid) – Actively recruiting',
      'Analytics Lead – Prairie Grocers – Remote – Be an early applicant',
      'BI Developer – City of Mississauga – Closes March 13',
      '',
      'See all jobs',
      'You are receiving LinkedIn notification emails.',
    ),
    ...TOR,
    expect: [],
  },
  {
    text: mail(
      'Dear Candidate,',
      '',
      'Your admit card for the National Management Entrance Test is now available. The test will be held on 8 March 2036; reporting time is 8:30 AM. Results will be declared within 4 weeks of the test date on the official website.',
      '',
      'Test Administration Cell',
    ),
    ...BOM,
    expect: [],
  },
  {
    text: mail(
      'Dear Mr Adebayo,',
      '',
      'Thank you for your application to the MSc in Development Economics. We are pleased to invite you to an admissions interview on Friday 6 March at 11:00 GMT via Zoom. Offers will be made in the following weeks.',
      '',
      'Graduate Admissions Office',
      'Southbank School of Economics',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Jia Hui,',
      '',
      'Your personal training session with Coach Ravi is confirmed for Monday 3 March at 7:00am at our Tanjong Pagar studio. Please cancel at least 12 hours before to avoid losing the credit.',
      '',
      'See you soon!',
      'CoreLab Fitness',
    ),
    ...SIN,
    expect: [],
  },
  {
    text: mail(
      'Hi Angelica,',
      '',
      'Good news! Your order #PH-8821-3390 has been shipped. Your parcel will be delivered within 3–5 business days. You can track it in the app.',
      '',
      'Thank you for shopping with us!',
    ),
    ...MNL,
    expect: [],
  },
  {
    text: mail(
      'Kia ora whānau,',
      '',
      'Parent–teacher interviews will be held on Tuesday 11 March from 3:30pm to 7pm in the school hall. Please book a ten-minute slot with your child’s teacher through the school app by Friday.',
      '',
      'Ngā mihi,',
      'Ponsonby Bay School',
    ),
    ...AKL,
    expect: [],
  },
  {
    text: mail(
      'Hi Ravi,',
      '',
      'We have signed off the statement of work for the website rebuild. Can we do a kickoff call Monday at 10 to walk through the sitemap? Your invoices are payable within 30 days of receipt.',
      '',
      'Thanks,',
      'Hannah',
      'Marketing Manager, Coastline Kayaks',
    ),
    ...VAN,
    expect: [],
  },
  {
    text: mail(
      'Hey!!',
      '',
      'Guess what, I got the offer from the telecoms company!! They want me to start on 1 April, so I am handing in my notice on Monday. Drinks on me next week.',
      '',
      'Love,',
      'Zanele',
    ),
    ...JNB,
    expect: [],
  },
  {
    text: mail(
      'Dear Mr Cheung,',
      '',
      'Following our call, I have shortlisted three candidates for your Finance Manager vacancy. All three are available to interview on Tuesday 4 March in the afternoon. Please let me know by Monday which of them you would like to meet.',
      '',
      'Best regards,',
      'Vivian Lau',
      'Senior Consultant, Randstad Hong Kong',
    ),
    ...HKG,
    expect: [],
  },
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for your interest in the Senior Environmental Officer position (Ref 36/4410). This vacancy closes at 4:00 PM (AWST) Monday, 10 March 2036. Late applications will not be accepted.',
      '',
      'Recruitment Services',
      'Department of Water and Landcare',
    ),
    ...PER,
    expect: [],
  },
  {
    text: mail(
      'Your network password expires in 5 days.',
      '',
      'To avoid losing access to email and VPN, please change your password before March 5 using the self-service portal. If you need help, contact the IT Help Desk between 7am and 7pm Central.',
      '',
      'Information Technology Services',
    ),
    ...CHI,
    expect: [],
  },
  {
    text: mail(
      'Dear Ms Haddad,',
      '',
      'I am writing a feature for a regional business magazine on women leading fintech teams in the Gulf. Could we do a 20-minute phone interview on Tuesday at 11am? The piece goes to print at the end of March.',
      '',
      'Best regards,',
      'James Whitaker',
      'Senior Reporter',
    ),
    ...DXB,
    expect: [],
  },
  {
    text: mail(
      'Hi Bilal bhai,',
      '',
      'Thank you so much for agreeing to be my referee for the analyst role. The recruiter said they would call you within the next week, probably in the afternoon. I owe you one!',
      '',
      'Best,',
      'Usman',
    ),
    ...KHI,
    expect: [],
  },
  {
    text: mail(
      'Dear Adaeze,',
      '',
      'Thank you for submitting your application for the Legal Counsel role. We will review it and come back to you as soon as possible.',
      '',
      'Kind regards,',
      'Human Resources',
      'Ikoyi Partners',
    ),
    ...LAG,
    expect: [],
  },
];
