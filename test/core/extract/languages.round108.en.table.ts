// Round 1120 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Thursday
// 2 November 2084 at 16:45 local, in the week between the end of European summer time (Sunday 29 October) and
// the end of US daylight time (Sunday 5 November): "9:00am Eastern" on Monday 6 November is 14:00 in Dublin, not
// 13:00. "Friday" is 3 November, "next week" is 6–10 November, five business days end on Thursday 9 November.
// Recruiters and employers writing English around the world; a third of the messages long with signatures and
// footers, a quarter short. Positives: a Pune label–value layout "Date: 08/11/2084 (Wednesday) / Time: 11:30 AM
// IST", a Lagos bank "revert ... within five working days" with "do not call the branch", a Nairobi NGO
// rejection via BambooHR, a Hays Johannesburg "you'll have a decision by the end of next week", a Dubai Teams
// invitation "(UTC+04:00) Abu Dhabi, Muscat" for a Karachi reader, a Singapore SmartRecruiters "within two weeks"
// with a hold until the team is back from an offsite, a Manila "tomorrow, Nov 3, at 2:00 PM (Manila time)", a
// GoodTime schedule "10:00 – 11:00 CET" for a London reader, a São Paulo Teamtailor "early next week", a Toronto
// Lever offer (with a sign-by date), an NHS Jobs invitation "Date: 14/11/2084 / Time: 13:15" with "do not
// telephone the department", a Calendly booking in US Eastern time for a Dublin reader across the US DST change,
// a Sydney council "within 10 working days of the closing date" (27 October), an Auckland absence "don't chase
// before" Monday 13 November with "by mid-November", a Chicago reader's "11:00 AM ET" onsite plus "within two
// business days of your onsite", an Accra founder's "in a couple of days". Negatives: an Indian appraisal
// calendar, the reader as interviewer (Greenhouse kit), a sister's interview, a JobStreet alert, a salary-guide
// webinar, a university career fair, an agency pitching to a hiring manager, a podcast interview, a citizenship
// interview, a PhD viva, a dentist reminder, a freelancer's client call, an iCIMS acknowledgement with only a
// closing date, an onboarding mail (first day, pay day, forms by Friday), the reader as referee with a call slot,
// an IT laptop swap and all-hands. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 2 November 2084, 16:45 local (Europe already on winter time, the US still on daylight time).
const PNQ = { sentAt: '2084-11-02T16:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const LOS = { sentAt: '2084-11-02T16:45:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2084-11-02T16:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2084-11-02T16:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const KHI = { sentAt: '2084-11-02T16:45:00+05:00', tz: 'Asia/Karachi' } as const;
const DXB = { sentAt: '2084-11-02T16:45:00+04:00', tz: 'Asia/Dubai' } as const;
const SIN = { sentAt: '2084-11-02T16:45:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2084-11-02T16:45:00+08:00', tz: 'Asia/Manila' } as const;
const HKG = { sentAt: '2084-11-02T16:45:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const LDN = { sentAt: '2084-11-02T16:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2084-11-02T16:45:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2084-11-02T16:45:00+01:00', tz: 'Europe/Berlin' } as const;
const SAO = { sentAt: '2084-11-02T16:45:00-03:00', tz: 'America/Sao_Paulo' } as const;
const TOR = { sentAt: '2084-11-02T16:45:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2084-11-02T16:45:00-05:00', tz: 'America/Chicago' } as const;
const SYD = { sentAt: '2084-11-02T16:45:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2084-11-02T16:45:00+13:00', tz: 'Pacific/Auckland' } as const;
const ACC = { sentAt: '2084-11-02T16:45:00+00:00', tz: 'Africa/Accra' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1120_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Pune, in-house TA sending a label–value block; India writes D/M, the weekday confirms 8 November.
    text: mail(
      'Dear Ananya,',
      '',
      'Greetings from Vantara Infotech!',
      '',
      'Thank you for your interest in the Senior QA Engineer (Req ID: VIT-24417) position at our Pune development centre. We are pleased to inform you that you have been shortlisted for the technical round. Please find the details below:',
      '',
      'Round: Technical Interview – L2',
      'Date: 08/11/2084 (Wednesday)',
      'Time: 11:30 AM IST',
      'Mode: Microsoft Teams (link will be shared separately by our scheduling team)',
      'Duration: 60 minutes',
      'Panel: Mr. Raghav Kulkarni, Delivery Manager',
      '',
      "Kindly keep a copy of your updated resume, a government-issued photo ID and your last three months' payslips handy. Please ensure a stable internet connection and join from a quiet place with your camera switched on.",
      '',
      'Request you to acknowledge this mail by replying "Confirmed" at the earliest.',
      '',
      'Warm regards,',
      'Sneha Iyer',
      'Talent Acquisition – Lateral Hiring',
      'Vantara Infotech Pvt. Ltd. | Hinjewadi Phase 2, Pune 411057',
      '+91 20 6712 4400',
      '',
      'This e-mail and any attachments are confidential and intended solely for the addressee. Vantara Infotech never charges any fee at any stage of recruitment. Please report suspicious offers to careers.fraud@vantarainfotech.example.',
      'Sent from Workday Recruiting',
    ),
    ...PNQ,
    expect: [{ kind: 'interview', by: '2084-11-08', time: '11:30', phrase: 'Date: 08/11/2084 (Wednesday)' }],
  },
  {
    // Lagos bank after an assessment centre: five working days from Thursday = Thursday 9 November; no phone calls.
    text: mail(
      'Dear Mr. Adeyemi,',
      '',
      "Thank you for attending the assessment centre for the Graduate Trainee Programme at our Victoria Island office on Tuesday. All candidates' results are now being collated by the HR Business Partner team.",
      '',
      'We will revert to you with the outcome within five working days. Kindly note that the Bank does not give feedback by telephone, so please do not call the branch or the Human Capital office to ask about your application.',
      '',
      'Best regards,',
      'Funmilayo Okonkwo',
      'Human Capital Management',
      'Zenora Bank Plc',
      'Plot 1402 Ajose Adeogun Street, Victoria Island, Lagos',
      '',
      'DISCLAIMER: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Zenora Bank does not request payment from job applicants at any stage of its recruitment process.',
    ),
    ...LOS,
    expect: [
      { kind: 'response-by', by: '2084-11-09', phrase: 'within five working days' },
      { kind: 'no-calls', phrase: 'please do not call the branch' },
    ],
  },
  {
    // Nairobi NGO rejection via BambooHR; "last week" and the twelve-month talent pool are not timelines.
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for taking the time to apply for the Monitoring, Evaluation and Learning Officer role with Harambee Water Trust, and for speaking with our panel last week. We genuinely enjoyed learning about your work with county water boards in Kitui and Makueni.',
      '',
      'We received over 400 applications for this position, and the competition was strong. After careful consideration, we regret to inform you that we will not be moving forward with your application at this time. This decision was not easy, and it is not a reflection of your commitment to the sector.',
      '',
      'With your permission we would like to keep your CV in our talent pool for twelve months, and we encourage you to apply for future openings that match your experience. Our vacancies are posted on our website and on BrighterMonday.',
      '',
      'We wish you every success in your career.',
      '',
      'Kind regards,',
      'Achieng Otieno',
      'People & Culture Lead',
      'Harambee Water Trust | Riverside Drive, Nairobi',
      '',
      'Sent via BambooHR. Please do not reply directly to this automated address.',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Agency recruiter, short; the promise is worded as delivery to the candidate.
    text: mail(
      'Hi Thabo,',
      '',
      "Quick update: the client loved your case study and says you'll have a decision by the end of next week. I'll ping you the moment I hear anything.",
      '',
      'Cheers,',
      'Lerato | Hays Johannesburg',
    ),
    ...JNB,
    expect: [{ kind: 'response-by', by: '2084-11-10', phrase: 'by the end of next week' }],
  },
  {
    // Dubai hotel group, Teams invitation text in UTC+04:00, read in Karachi (UTC+05:00): 15:00.
    text: mail(
      'Dear Bilal,',
      '',
      'Further to your application for Revenue Manager – Jumeirah Coast Resort, please find below the invitation for your interview with our Cluster Director of Revenue. Please have your latest budget and forecasting examples ready to share on screen, and test your audio beforehand.',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Interview: Bilal Qureshi – Revenue Manager',
      'Monday, 6 November 2084 14:00 – 14:45 (UTC+04:00) Abu Dhabi, Muscat',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 381 552 907 114',
      'Passcode: qT7pX2',
      '________________________________________________________________________________',
      '',
      'Regards,',
      'Mariam Al Suwaidi',
      'Talent Acquisition, Azure Sands Hospitality Group',
      'Al Sufouh Road, PO Box 50221, Dubai, United Arab Emirates',
      '',
      'Azure Sands Hospitality Group is an equal opportunity employer. We never ask candidates for payment for visas, medicals or accommodation at any stage of the hiring process; please report any such request to careers.integrity@azuresands.example. This email and its attachments are confidential and intended only for the named recipient.',
      'Sent from Oracle Recruiting Cloud',
    ),
    ...KHI,
    expect: [{ kind: 'interview', by: '2084-11-06', time: '15:00', phrase: 'Monday, 6 November 2084 14:00' }],
  },
  {
    // Singapore SmartRecruiters: two weeks = 16 November; follow-ups held until the team is back on 9 November.
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thank you for completing the case exercise for the Regional Supply Chain Analyst role at Meridian Consumer Goods (APAC). Your submission has been passed to the hiring team in our Singapore and Jakarta offices.',
      '',
      'Our panel will review all submissions and get back to you within two weeks with next steps. Please note that the entire talent acquisition team is away at our regional planning offsite in Bintan until Wednesday 8 November, so kindly hold any follow-up emails until we are back in the office on Thursday 9 November.',
      '',
      'In the meantime, you may find it helpful to read more about our sustainability roadmap and the team you would be joining on our careers page.',
      '',
      'Best regards,',
      'Priya Raman',
      'Senior Talent Acquisition Partner, APAC',
      'Meridian Consumer Goods Pte. Ltd.',
      '1 Harbourfront Avenue, #14-02, Singapore 098632',
      '',
      'Powered by SmartRecruiters. You are receiving this email because you applied for a position at Meridian Consumer Goods. Manage your email preferences.',
    ),
    ...SIN,
    expect: [
      { kind: 'response-by', by: '2084-11-16', phrase: 'within two weeks' },
      {
        kind: 'no-contact-before',
        by: '2084-11-09',
        phrase: 'hold any follow-up emails until we are back in the office on Thursday 9 November',
      },
    ],
  },
  {
    // Manila BPO, short reminder via Workable.
    text: mail(
      'Hi Joanna!',
      '',
      'Reminder: your final interview with our Operations Head is tomorrow, Nov 3, at 2:00 PM (Manila time) via Zoom. Link to follow. Good luck!',
      '',
      '– Carlo, Talent Team, BrightPath CX Solutions',
      'Sent via Workable',
    ),
    ...MNL,
    expect: [
      {
        kind: 'interview',
        by: '2084-11-03',
        time: '14:00',
        phrase: 'tomorrow, Nov 3, at 2:00 PM (Manila time)',
      },
    ],
  },
  {
    // Amsterdam employer, GoodTime schedule in CET for a London reader: 09:00 London.
    text: mail(
      'Hi Oliver,',
      '',
      'Your interview with Lumenwave has been scheduled. Details below:',
      '',
      'Role: Senior Backend Engineer (Payments)',
      'When: Tuesday, November 7, 2084, 10:00 – 11:00 CET',
      'Where: Google Meet – meet.google.example/xkq-rbtd-pna',
      'Interviewers: Sanne de Vries (Engineering Manager), Joost Bakker (Staff Engineer)',
      '',
      'Need to reschedule? Use the link in this email at least 24 hours in advance.',
      '',
      'Scheduled with GoodTime on behalf of Lumenwave B.V. Recruiting',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2084-11-07', time: '09:00', phrase: 'Tuesday, November 7, 2084, 10:00' },
    ],
  },
  {
    // São Paulo Teamtailor; "this week" is about other candidates, the promise is "early next week" (fuzzy).
    text: mail(
      'Hi Rafael,',
      '',
      'Thanks so much for joining the panel interview with our product and design leads yesterday. Everyone enjoyed the conversation about the onboarding redesign.',
      '',
      'We are wrapping up interviews with the last two candidates this week, and we expect to get back to everyone early next week with a decision.',
      '',
      'Abraços,',
      'Camila Souza',
      'Talent Acquisition | Nuvio Pagamentos',
      'Sent with Teamtailor',
    ),
    ...SAO,
    expect: [{ kind: 'response-by', by: '2084-11-08', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Toronto Lever offer; the sign-by date and the start date are not timelines.
    text: mail(
      'Hi Priyanka,',
      '',
      "On behalf of everyone at Northhollow Analytics, I'm thrilled to offer you the position of Senior Data Scientist on our Risk Modelling team, reporting to Daniel Chen. We were all impressed by your presentation to the panel and by how clearly you explained your approach to model drift.",
      '',
      'Your formal offer letter is attached and is also available through the Lever portal. It includes a base salary of CAD 148,000, a 10% annual target bonus, stock options as outlined in the equity summary, and comprehensive health and dental coverage beginning on your first day. We are proposing a start date of Monday, January 8, 2085.',
      '',
      "Please review the offer, sign and return it by November 9. If you have any questions about the package or would like to speak with Daniel again before deciding, just let me know and I'll set up time.",
      '',
      "Congratulations — we can't wait to have you on board!",
      '',
      'Best,',
      'Megan Fraser',
      'Talent Partner, Northhollow Analytics',
      '200 Wellington St W, Toronto, ON M5V 3C7',
      '',
      'Confidential: this message may contain privileged information. If you received it in error, please notify the sender and delete it.',
    ),
    ...TOR,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // NHS Jobs invitation, UK D/M date, 24 h time; no telephone queries.
    text: mail(
      'Dear Amelia Hughes,',
      '',
      'Job reference: 412-ACU-7765-B',
      'Job title: Band 6 Senior Physiotherapist – Acute Respiratory',
      '',
      'Thank you for your application for the above post. I am pleased to invite you to attend an interview. Details are as follows:',
      '',
      'Date: 14/11/2084',
      'Time: 13:15',
      'Venue: Physiotherapy Department, Level 2, Salford Wing, Northbridge Teaching Hospitals NHS Foundation Trust',
      'Panel: Head of Therapies; Clinical Lead Physiotherapist; HR representative',
      '',
      'You will be asked to give a 10-minute presentation on "Managing the deteriorating respiratory patient on the ward". Please bring original documents confirming your right to work in the UK, your HCPC registration and proof of address.',
      '',
      'Please confirm your attendance by logging in to your NHS Jobs account. Due to the volume of applications, please do not telephone the department regarding the interview arrangements; all queries should be sent through the NHS Jobs messaging service.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'Northbridge Teaching Hospitals NHS Foundation Trust',
      '',
      'This message was sent via NHS Jobs. Do not reply to this email.',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2084-11-14', time: '13:15', phrase: 'Date: 14/11/2084' },
      { kind: 'no-calls', phrase: 'please do not telephone the department' },
    ],
  },
  {
    // Calendly booking from a US start-up for a Dublin reader: 9:00am Eastern on 6 November is EST (the US
    // clocks went back on 5 November) = 14:00 Dublin.
    text: mail(
      'Hi Aoife,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type: 30 Minute Intro Call with Jordan (Gemstack)',
      'Invitee: Aoife Brennan',
      'Event Date/Time: 9:00am - 9:30am (Eastern Time - US & Canada), Monday, November 6, 2084',
      'Location: Zoom — details provided in the calendar invitation',
      '',
      'Need to make changes to this event? Cancel | Reschedule',
      '',
      'Powered by Calendly',
    ),
    ...DUB,
    expect: [
      {
        kind: 'interview',
        by: '2084-11-06',
        time: '14:00',
        phrase: '9:00am - 9:30am (Eastern Time - US & Canada), Monday, November 6, 2084',
      },
    ],
  },
  {
    // Sydney council via SuccessFactors: ten working days after Friday 27 October = Friday 10 November.
    text: mail(
      'Dear Jack,',
      '',
      'Thank you for applying for the position of Senior Strategic Planner (Position No. 20418) with Harbourside City Council.',
      '',
      'Applications for this role closed on Friday 27 October 2084. The selection panel is now assessing all applications against the selection criteria, and shortlisting will be completed within 10 working days of the closing date. All applicants will be notified of the outcome by email, whether or not they are shortlisted for interview.',
      '',
      'Harbourside City Council is an equal opportunity employer and is committed to a diverse and inclusive workplace. If you require any adjustments to participate in the recruitment process, please contact the People & Culture team on (02) 9555 4120.',
      '',
      'Shortlisted applicants can expect a panel interview and a short written exercise, and referees will be contacted only with your consent. You can track your application in the candidate portal at any time.',
      '',
      'Kind regards,',
      'People & Culture',
      'Harbourside City Council',
      '',
      'Sent via SAP SuccessFactors Recruiting. Please do not reply to this email.',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2084-11-10', phrase: 'within 10 working days of the closing date' }],
  },
  {
    // Auckland recruiter away until Monday 13 November; outcome promised by mid-November (fuzzy, the 15th).
    text: mail(
      'Kia ora Mere,',
      '',
      "Thanks for your patience while we finished the second-round interviews for the Customer Insights Lead role. I'm heading to a conference in Wellington and will be out of the office until Monday 13 November, so please don't chase before then – I won't see it!",
      '',
      'The good news is that Hamish (our GM) has everything he needs, and you should hear from us about the outcome by mid-November.',
      '',
      'Ngā mihi,',
      'Tessa Whittaker',
      'Talent Partner | Kōwhai Digital',
      'Sent via Recruitee',
    ),
    ...AKL,
    expect: [
      { kind: 'no-contact-before', by: '2084-11-13', phrase: "please don't chase before then" },
      { kind: 'response-by', by: '2084-11-15', phrase: 'by mid-November', fuzzy: true },
    ],
  },
  {
    // Chicago reader, 11:00 AM ET = 10:00 Chicago; the window counts from the onsite day (Wed 8 → Fri 10).
    text: mail(
      'Hi Marcus,',
      '',
      'Great news — the team would like to bring you in for the final round for Staff Product Designer at Quillfeather.',
      '',
      'Your virtual onsite is confirmed for Wednesday, November 8 at 11:00 AM ET (four 45-minute sessions with short breaks). Calendar invitations with Zoom links for each session are on their way from Ashby.',
      '',
      'We aim to make decisions quickly: you will hear back from us within two business days of your onsite.',
      '',
      'Talk soon,',
      'Devon Park',
      'Recruiting @ Quillfeather',
    ),
    ...CHI,
    expect: [
      { kind: 'interview', by: '2084-11-08', time: '10:00', phrase: 'Wednesday, November 8 at 11:00 AM ET' },
      { kind: 'response-by', by: '2084-11-10', phrase: 'within two business days of your onsite' },
    ],
  },
  {
    // Accra founder writing casually, lower case.
    text: mail(
      'hey Kwame,',
      '',
      "really enjoyed our chat this morning, you clearly know your way around mobile money APIs. i need to sync with my cofounder who is travelling, but we'll get back to you with a decision in a couple of days.",
      '',
      'cheers',
      'Efua',
      'co-founder, Sika Rails',
    ),
    ...ACC,
    expect: [{ kind: 'response-by', by: '2084-11-04', phrase: 'in a couple of days', fuzzy: true }],
  },

  // ---- negatives ----
  {
    // The reader as an employee: appraisal calendar, increment and salary-credit dates.
    text: mail(
      'Dear Team,',
      '',
      'As announced in the town hall, the performance appraisal cycle for FY 2084-85 (H1) is now open on the Workday portal.',
      '',
      'Please note the key dates:',
      'Self-assessment submission: 15/11/2084',
      'Manager review and 1:1 discussion: 16/11/2084 to 24/11/2084',
      'Calibration meetings: 27/11/2084 to 01/12/2084',
      'Final ratings communicated: 08/12/2084',
      '',
      'Increments and promotions will be effective from 01/01/2085 and reflected in the January salary credited on 31/01/2085. Employees on long leave or serving their notice period should contact their HRBP for guidance on whether they are eligible for this cycle.',
      '',
      'For any queries regarding goals, competencies or the rating scale, please refer to the FAQ on the intranet or write to hrhelpdesk@sarvamfin.example. Managers are requested to complete all 1:1 discussions within the window so that calibration is not delayed. Reminder: the office will be closed on 15/11/2084 for the annual Diwali get-together.',
      '',
      'Regards,',
      'HR Operations',
      'Sarvam Finserv Ltd. | Mumbai',
      '',
      'This is a system-generated mail from Workday. Please do not reply.',
    ),
    ...PNQ,
    expect: [],
  },
  {
    // The reader as interviewer: a Greenhouse interviewer notification.
    text: mail(
      'Hi Tolu,',
      '',
      'You have been scheduled to interview Chidi Okafor for Backend Engineer (Fintech Core).',
      '',
      'Tuesday, November 7, 2084',
      '10:00 AM - 11:00 AM WAT',
      'Interview: System Design',
      'Location: Google Meet',
      '',
      'Your interview kit, including the scorecard and focus attributes, is available in Greenhouse. Please submit your scorecard within 24 hours of the interview so the hiring team can make a timely decision.',
      '',
      'Thanks,',
      'Greenhouse Recruiting on behalf of Paystride',
    ),
    ...LOS,
    expect: [],
  },
  {
    // A sister's interview, short.
    text: mail(
      'Hey sis, guess what – I got shortlisted at KCB! Interview is Monday at 9am in Upper Hill. Please pray for me and lend me your blue blazer 🙏',
      'Mum says hi.',
      'Njeri',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A job alert with closing dates.
    text: mail(
      'Jobs you may be interested in',
      '',
      'Data Analyst – Logistics | Harbour Freight Asia | Singapore | S$5,500 – S$7,000 | Apply by 10 Nov 2084',
      'Business Intelligence Developer | Temasek Lane Capital | Singapore (Hybrid) | Posted 2 days ago',
      'Senior Analyst, Pricing | Lionpeak Retail | Singapore | Closing 17 Nov',
      '',
      'Based on your profile and job preferences. Quick Apply available on 2 of 3 jobs.',
      'You are receiving Job Alert emails. Unsubscribe | Manage alerts',
      'JobStreet by SEEK, Singapore',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A salary-guide webinar from the same agency as a positive; "within 48 hours" is a recording.
    text: mail(
      'Dear Thabo,',
      '',
      'The Hays Salary Guide 2085 is here. Join our free webinar "What employers will pay in 2085: technology and finance" on Thursday 16 November at 10:00 SAST, where our directors will unpack salary movements, counter-offer trends and the skills in shortest supply across South Africa.',
      '',
      'Register now – places are limited to 500 attendees. A recording will be sent to all registrants within 48 hours.',
      '',
      'Hays Specialist Recruitment (Pty) Ltd | Johannesburg',
      'To unsubscribe from marketing emails, click here.',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A university career fair with on-the-spot interviews for everyone.
    text: mail(
      'Calling all graduating students!',
      '',
      'The Pasig River University Career Fair 2084 happens on Saturday, 18 November, 9:00 AM to 4:00 PM at the University Gym. Over 80 employers including BPO, banking and engineering firms will be conducting on-the-spot interviews. Bring at least 10 printed copies of your resume and wear business attire.',
      '',
      'Pre-register on the Career Services portal before 15 November to get a priority wristband.',
      '',
      'Office of Career Services',
      'Pasig River University',
    ),
    ...MNL,
    expect: [],
  },
  {
    // An agency pitching to the reader as hiring manager; its "within 48 hours" is a sales promise.
    text: mail(
      'Dear Mr. Haddad,',
      '',
      "I hope this email finds you well. I noticed that Gulfbridge Logistics has advertised several warehouse supervisor and fleet coordinator vacancies in Jebel Ali this month, and I wanted to introduce Randstad Middle East's volume hiring service.",
      '',
      'We currently have a pre-screened pool of over 120 supervisors with GCC experience, many of whom are available to join immediately with transferable visas. Once we receive signed terms of business, we can have a shortlist of five interview-ready candidates in front of you within 48 hours, and we can coordinate interview days at your site at no extra charge.',
      '',
      'Would you be open to a 20-minute call next Tuesday or Wednesday to discuss your hiring plan for Q1? I have attached our rate card and a case study from a recent project with a regional e-commerce client.',
      '',
      'Kind regards,',
      'Omar Farouk',
      'Senior Consultant – Supply Chain & Logistics',
      'Randstad Middle East | Dubai, UAE',
      'M: +971 50 555 0192',
    ),
    ...DXB,
    expect: [],
  },
  {
    // A podcast host proposing one slot to interview the reader.
    text: mail(
      'Hi Lena,',
      '',
      'I host "Frontier Builders", a climate-tech podcast, and would love to interview you for an episode. Would Wednesday 8 November at 14:00 CET work for a 45-minute recording? Questions in advance, of course.',
      '',
      'Best wishes,',
      'Hannah Lind',
      'Host, Frontier Builders',
    ),
    ...BER,
    expect: [],
  },
  {
    // A citizenship interview notice; "within 30 days" is the applicant's deadline.
    text: mail(
      'Dear Applicant,',
      '',
      'Client ID: 1127-4409',
      'Application: Grant of Canadian Citizenship',
      '',
      'You are requested to attend an interview with a citizenship official.',
      'Date: November 21, 2084',
      'Time: 9:30 a.m.',
      'Location: 25 St Clair Ave E, 3rd Floor, Toronto, ON',
      '',
      'Bring this letter, your permanent resident card, all passports and travel documents used in the last five years, and two pieces of personal identification. If you do not attend and do not contact us within 30 days, your application may be treated as abandoned.',
      '',
      'Immigration, Refugees and Citizenship Canada',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A PhD viva; the examiners' report "within 10 working days" goes to the graduate office.
    text: mail(
      'Dear Siobhán,',
      '',
      'I am pleased to confirm the arrangements for your PhD viva voce examination in the School of Chemistry.',
      '',
      'Date: Friday 24 November 2084',
      'Time: 14:00',
      'Room: Seminar Room 2.14, Lir Building',
      'External Examiner: Prof. Henrik Aalto (University of Turku)',
      'Internal Examiner: Dr. Ciarán Moloney',
      'Chair: Prof. Deirdre Nolan',
      '',
      'Please bring a copy of your thesis. The examiners will normally give you an indication of their recommendation at the end of the examination, and the formal report will be sent to the Graduate Studies Office within 10 working days. Any corrections will then be agreed with your supervisor. If you need any reasonable accommodations on the day, or if you would like a mock viva arranged with your department beforehand, please let me know by Friday 10 November so I can book a room.',
      '',
      'Best of luck with your preparation.',
      '',
      'Niamh Gallagher',
      'Postgraduate Administrator, School of Chemistry',
      'Trinity Fields University, Dublin 2',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A dentist's reminder, short.
    text: mail(
      'Hi Jack, this is a reminder of your appointment with Dr Nguyen at Bondi Junction Dental on Tue 7 Nov at 9:15am. Reply Y to confirm or call 02 9387 1100 to reschedule. Please give 24 hrs notice of cancellations.',
    ),
    ...SYD,
    expect: [],
  },
  {
    // The reader as a freelancer: a client proposes one call slot.
    text: mail(
      'Oi Rafael, the brand deliverables look great. Can we hop on a call Monday at 3pm to go over the last round of revisions? Invoice can go out after that.',
      'Valeu!',
      'Bruna (Casa Verde Cosméticos)',
    ),
    ...SAO,
    expect: [],
  },
  {
    // An iCIMS acknowledgement whose only date is the closing date.
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for applying for the Finance Business Partner position (Requisition 2084-11873) at Savanna Beverages East Africa. This email confirms that we have received your application.',
      '',
      'Our recruitment team will review your qualifications against the requirements of the role. Due to the high number of applications we receive, only shortlisted candidates will be contacted. Please note that this vacancy closes on 15 November 2084.',
      '',
      'You can check the status of your application at any time by logging in to your candidate profile. We will keep your details on file for 12 months so that we can consider you for similar roles.',
      '',
      'Savanna Beverages does not charge any fees during recruitment and will never ask you to pay for training, medicals or travel. If you receive a request for payment that claims to come from us, please report it to our ethics hotline.',
      '',
      'Kind regards,',
      'Talent Acquisition Team',
      'Savanna Beverages East Africa Ltd',
      '',
      'This is an automated message sent via iCIMS. Please do not reply.',
    ),
    ...NBO,
    expect: [],
  },
  {
    // Onboarding after an accepted offer: first day, forms by Friday, first pay day.
    text: mail(
      'Kia ora Ana,',
      '',
      "Welcome aboard! We're so pleased you've accepted the role of Research Analyst. Your first day is Monday 20 November – please come to Level 4, 80 Queen Street at 8:45am and ask for me at reception.",
      '',
      'Before then, could you complete your IR330 tax code declaration and KiwiSaver form in the onboarding portal by Friday? Your first pay will be on Wednesday 29 November.',
      '',
      'See you soon,',
      'Grace Tupou',
      'People Team, Tōtara Research',
    ),
    ...AKL,
    expect: [],
  },
  {
    // The reader as referee: a recruiter proposes one call slot.
    text: mail(
      'Hi Marcus, Jenna Ruiz has listed you as a professional reference for a Product Manager role here at Tallgrass Health. Could you spare 15 minutes Thursday at 2pm CT for a quick call?',
      'Thanks so much — Alex Kim, Recruiting',
    ),
    ...CHI,
    expect: [],
  },
  {
    // IT laptop swap and an all-hands for the reader as an employee.
    text: mail(
      'Dear colleagues,',
      '',
      'As part of the Windows 12 migration, the IT Service Desk will replace laptops on the 22nd floor on Wednesday 8 November between 10:00 and 12:00. Please back up any local files to OneDrive before 6pm on Tuesday 7 November and leave your device docked at your desk.',
      '',
      'A reminder too that the Q4 all-hands with our CEO takes place next Friday at 4pm in the Harbour Room and on Teams.',
      '',
      'Thanks,',
      'IT Service Desk | Kowloon Pacific Insurance (Hong Kong)',
    ),
    ...HKG,
    expect: [],
  },
];
