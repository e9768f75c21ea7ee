// Round 1130 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Sunday
// 28 October 2085 at 19:45 local: the day Europe's clocks went back (London and Dublin on GMT, Berlin on +01:00)
// while North America stays on summer time until Sunday 4 November (New York on -04:00 this week, -05:00 from the
// 5th). Sent on a Sunday, so "next week" is 29 October to 4 November. A fortnight of a job seeker's inbox from many
// countries. Positives: a Greenhouse confirmation in Chicago with feedback "within 3 business days of your
// interview" (counted from the Tuesday interview), a Hays London consultant booking "3pm UK time" for a New York
// reader in the one week the gap is four hours, an Ashby invite in Pacific time for a Bengaluru reader (21:30
// IST), a Workday rejection from a Toronto bank, NHS Jobs "within 3 weeks of the closing date (26/10/2085)" with
// "do not contact the recruiting manager directly", a Lagos founder's "by Wednesday at the latest", a
// SuccessFactors panel in Riyadh "30/10/2085 at 10:30 AM (KSA time)", an Australian Public Service "within 15
// working days of the assessment centre held on Thursday 25 October" with a no-contact rule, a Robert Half
// Singapore single slot "Friday 2 Nov at 4.30pm", a Teamtailor "during the week of 5 November" for Dublin, a
// Michael Page Mumbai hold "travelling until 6th November" plus "by 9th November latest", a USAJOBS notice
// "within the next 30 days" with no status calls, a Calendly booking in Eastern time for a Vancouver reader on 5
// November (the day after US clocks change: 07:00), a BambooHR offer in Nairobi with a sign-by date and a start
// date, SmartRecruiters "5 to 7 working days" in Johannesburg, a Teams invitation "(UTC+04:00) Abu Dhabi, Muscat"
// for a Karachi reader, an iCIMS reschedule in Manila, a Hong Kong "early next month". Negatives (the reader is
// not the candidate, each in a different way): a friend's Deloitte final round, a mother about a brother's
// police interview, the reader assigned as interviewer in Greenhouse, the reader as referee, the reader as the
// recruiter asked to book a candidate, a rota change for a colleague's interview, HR's appraisal window to
// employees, a USCIS interview notice, a PhD viva, a podcast recording, a research-study interview, a JobStreet
// alert, an agency pitching candidates to the reader as employer, a dentist, an Oracle Recruiting
// acknowledgement whose only date is a closing date, a freelancer's client kick-off, a mentee's mock interview.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 28 October 2085, 19:45 local (Europe back on winter time; North America still on summer time).
const CHI = { sentAt: '2085-10-28T19:45:00-05:00', tz: 'America/Chicago' } as const;
const NY = { sentAt: '2085-10-28T19:45:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2085-10-28T19:45:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2085-10-28T19:45:00-07:00', tz: 'America/Vancouver' } as const;
const LA = { sentAt: '2085-10-28T19:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2085-10-28T19:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2085-10-28T19:45:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2085-10-28T19:45:00+01:00', tz: 'Europe/Berlin' } as const;
const ACC = { sentAt: '2085-10-28T19:45:00+00:00', tz: 'Africa/Accra' } as const;
const LAG = { sentAt: '2085-10-28T19:45:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2085-10-28T19:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2085-10-28T19:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const RUH = { sentAt: '2085-10-28T19:45:00+03:00', tz: 'Asia/Riyadh' } as const;
const DOH = { sentAt: '2085-10-28T19:45:00+03:00', tz: 'Asia/Qatar' } as const;
const DXB = { sentAt: '2085-10-28T19:45:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2085-10-28T19:45:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2085-10-28T19:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2085-10-28T19:45:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2085-10-28T19:45:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2085-10-28T19:45:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2085-10-28T19:45:00+08:00', tz: 'Asia/Manila' } as const;
const PER = { sentAt: '2085-10-28T19:45:00+08:00', tz: 'Australia/Perth' } as const;
const SYD = { sentAt: '2085-10-28T19:45:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2085-10-28T19:45:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1130_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse confirmation; the feedback window counts from the interview day stated above it.
    ...CHI,
    text: mail(
      'Hi Renata,',
      '',
      'Thanks for scheduling time with Quillmark! Here are the details of your upcoming interview:',
      '',
      'Position: Senior Data Engineer',
      'Interview: Technical Deep Dive',
      'Date: Tuesday, October 30, 2085',
      'Time: 1:00 PM - 2:00 PM CDT',
      'Location: Google Meet (link below)',
      'Interviewers: Hollis Brandt, Yusuf Demirel',
      '',
      'Please let us know by Monday if you need any accommodations.',
      'Our team aims to share feedback within 3 business days of your interview.',
      '',
      'Best,',
      'Quillmark Recruiting',
      'Sent via Greenhouse',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-10-30',
        time: '13:00',
        phrase: 'Date: Tuesday, October 30, 2085',
      },
      {
        kind: 'response-by',
        by: '2085-11-02',
        phrase: 'within 3 business days of your interview',
      },
    ],
  },
  {
    // Hays London to a New York reader in the week the gap is four hours; decision "by the end of next week".
    ...NY,
    text: mail(
      'Hi Dwayne,',
      '',
      "Good news - Farrowdale Insurance would like to meet you for the second stage. I've booked you in for",
      'Thursday 1 November at 3pm UK time, which is 11am for you in New York (our clocks went back this',
      "morning, yours don't change until next weekend, so it's a four-hour gap this week only).",
      '',
      "It'll be 45 minutes on Teams with Georgina Pell (Head of Claims Analytics) and one of her leads. They've",
      "said they'll make a decision by the end of next week.",
      '',
      'Kind regards,',
      'Oliver Strand',
      'Senior Consultant | Hays Technology, London',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-11-01',
        time: '11:00',
        phrase: 'Thursday 1 November at 3pm UK time',
      },
      { kind: 'response-by', by: '2085-11-02', phrase: 'by the end of next week' },
    ],
  },
  {
    // Ashby invite rendered in Pacific time for a reader in Bengaluru.
    ...KOL,
    text: mail(
      'Hi Ananya,',
      '',
      'You are confirmed for your Product Design interview with Fernwick Labs.',
      '',
      'Wednesday, October 31, 2085',
      '9:00 – 9:45 AM PDT (Pacific Daylight Time)',
      'Portfolio review with Cass Whitmore, Head of Design',
      'Join: https://meet.fernwick.example/ashby/7Q2K',
      '',
      'Need to reschedule? Use the link in this email and pick another time.',
      '',
      'Fernwick Labs Talent Team',
      'Scheduled with Ashby',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-10-31',
        time: '21:30',
        phrase: 'Wednesday, October 31, 2085',
      },
    ],
  },
  {
    // Workday rejection from a Toronto bank.
    ...TOR,
    text: mail(
      'Dear Mathieu,',
      '',
      'Thank you for your interest in the Senior Analyst, Treasury Operations position (Req. R-0048812) at',
      'Lakeshore Dominion Bank and for the time you spent with our team.',
      '',
      'After careful consideration, we have decided not to move forward with your candidacy for this role.',
      'This decision was not easy given the strength of the applicant pool.',
      '',
      'We encourage you to keep an eye on our careers site and apply for future openings that match your skills.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Lakeshore Dominion Bank',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // NHS Jobs: a window counted from the closing date, and a no-contact rule.
    ...LDN,
    text: mail(
      'Dear Ms Okonkwo-Hale,',
      '',
      'Application reference: C9184-85-0412',
      'Post: Band 6 Clinical Coding Auditor',
      'Employer: Weirbridge and Thame NHS Foundation Trust',
      '',
      'Thank you for your application. The vacancy closed on 26/10/2085 and shortlisting is now under way.',
      'Shortlisted candidates will be contacted within 3 weeks of the closing date. If you have not heard from',
      'us by then, please assume that you have not been shortlisted on this occasion.',
      '',
      'Please do not contact the recruiting manager directly about your application.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'NHS Jobs',
    ),
    expect: [
      {
        kind: 'response-by',
        by: '2085-11-16',
        phrase: 'within 3 weeks of the closing date',
      },
      {
        kind: 'no-calls',
        phrase: 'Please do not contact the recruiting manager directly',
      },
    ],
  },
  {
    // A Lagos founder writing casually after a Friday chat.
    ...LAG,
    text: mail(
      'Hey Tolu,',
      '',
      "Really enjoyed Friday's chat, sorry for the Sunday-night email. I'm taking your case study to Ifeoma",
      "(my cofounder) tomorrow and we'll come back to you by Wednesday at the latest, one way or the other.",
      '',
      'Cheers,',
      'Kunle',
      'CEO, Paystride',
    ),
    expect: [{ kind: 'response-by', by: '2085-10-31', phrase: 'by Wednesday at the latest' }],
  },
  {
    // SuccessFactors invitation in Riyadh, a working Sunday there.
    ...RUH,
    text: mail(
      'Dear Mr. Faisal Al-Harbi,',
      '',
      'Reference: Job Requisition 20417 - Procurement Specialist',
      '',
      'We are pleased to invite you to a panel interview as per the details below:',
      'Interview date: Tuesday 30/10/2085',
      'Interview time: 10:30 AM (KSA time)',
      'Venue: Najd Petrochemical Co., Tower B, 4th floor, King Fahd Road, Riyadh',
      '',
      'Kindly bring your national ID and original certificates, and confirm your attendance by replying to this',
      'email before Monday noon.',
      '',
      'Best regards,',
      'Talent Acquisition Department',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-10-30',
        time: '10:30',
        phrase: 'Interview date: Tuesday 30/10/2085',
      },
    ],
  },
  {
    // Australian Public Service: counted from an assessment centre named in the same sentence; no contact with
    // the panel.
    ...SYD,
    text: mail(
      'Dear Liam,',
      '',
      'RE: APS6 Policy Officer, Department of Regional Water Security (Vacancy 85/3312)',
      '',
      'Thank you for attending the assessment centre held on Thursday 25 October. The selection panel is now',
      'considering all candidates, and outcomes will be communicated to all applicants within 15 working days of',
      'the assessment centre.',
      '',
      'To preserve the integrity of the process, please do not contact members of the selection panel directly.',
      'Any questions can be directed to the recruitment inbox.',
      '',
      'Regards,',
      'People Services Branch',
    ),
    expect: [
      {
        kind: 'response-by',
        by: '2085-11-15',
        phrase: 'within 15 working days of the assessment centre',
      },
      {
        kind: 'no-calls',
        phrase: 'please do not contact members of the selection panel directly',
      },
    ],
  },
  {
    // Robert Half Singapore: one proposed slot.
    ...SIN,
    text: mail(
      'Hi Wei Ling,',
      '',
      'The client has come back and they would like a second round with their Regional CFO, Mr Ramasamy.',
      'Would Friday 2 Nov at 4.30pm work for you? It will be at their Raffles Place office, about an hour.',
      '',
      'Just drop me a WhatsApp or reply here.',
      '',
      'Thanks,',
      'Jolene Koh',
      'Robert Half Finance & Accounting, Singapore',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-11-02',
        time: '16:30',
        phrase: 'Would Friday 2 Nov at 4.30pm work for you?',
      },
    ],
  },
  {
    // Teamtailor: a Stockholm employer writing in English to a Dublin reader.
    ...DUB,
    text: mail(
      'Hi Siobhan,',
      '',
      'Thanks again for the conversation with Elin and Johan last week - they enjoyed it.',
      "We're finishing first interviews with the last few candidates, and we'll be in touch about next steps",
      'during the week of 5 November.',
      '',
      "Enjoy what's left of the weekend!",
      'Maja Lindqvist',
      'People Partner, Northvik',
      '',
      'Sent with Teamtailor. We store your data for 24 months; you can ask us to delete it at any time.',
    ),
    expect: [{ kind: 'response-by', by: '2085-11-09', phrase: 'during the week of 5 November' }],
  },
  {
    // Michael Page India: a hold until the manager is back, then a promise.
    ...KOL,
    text: mail(
      'Dear Rohan,',
      '',
      'Hope you had a good weekend. Quick update on the Head of Supply Chain role with Vardhan Consumer.',
      '',
      'The hiring manager is travelling until 6th November, so please do not chase for feedback before then.',
      'I will revert by 9th November latest with their decision on the final round.',
      '',
      'Regards,',
      'Kavya Menon',
      'Michael Page India, Mumbai',
    ),
    expect: [
      {
        kind: 'no-contact-before',
        by: '2085-11-06',
        phrase: 'travelling until 6th November, so please do not chase for feedback before then',
      },
      { kind: 'response-by', by: '2085-11-09', phrase: 'by 9th November latest' },
    ],
  },
  {
    // USAJOBS status notice: a 30-day window and no status calls.
    ...NY,
    text: mail(
      'USAJOBS Application Status Update',
      '',
      'Announcement number: FA-85-RL-2219',
      'Position: IT Specialist (INFOSEC), GS-2210-12',
      'Status: Referred',
      '',
      'Your application has been referred to the selecting official for further consideration. The selecting',
      'official will make a selection decision within the next 30 days.',
      '',
      'Due to the high volume of applications, our office cannot provide status updates by phone. Please continue',
      'to check your application status on USAJOBS.',
      '',
      'Federal Aviation Administration, Human Resources',
    ),
    expect: [
      { kind: 'response-by', by: '2085-11-27', phrase: 'within the next 30 days' },
      {
        kind: 'no-calls',
        phrase: 'our office cannot provide status updates by phone',
      },
    ],
  },
  {
    // Calendly confirmation in Eastern time for a Vancouver reader, the day after US clocks change.
    ...VAN,
    text: mail(
      'Hi Jordan,',
      '',
      'Your 30 Minute Intro Call with Priya Raman (Dover) at 10:00am - 10:30am (Eastern Time - US & Canada) on',
      'Monday, November 5, 2085 is scheduled.',
      '',
      'Event Name: 30 Minute Intro Call - Dover Talent Partner',
      'Location: Zoom (details to follow)',
      '',
      'Need to make changes to this event? Cancel | Reschedule',
      '',
      'Role you are exploring: Founding Engineer at Bellwether Robotics',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-11-05',
        time: '07:00',
        phrase: 'Monday, November 5, 2085 is scheduled',
      },
    ],
  },
  {
    // BambooHR offer in Nairobi: the sign-by date is the candidate's and the start date is a fact.
    ...NBO,
    text: mail(
      'Dear Wanjiru,',
      '',
      'Following your interviews with our team, we are delighted to offer you the position of Monitoring &',
      'Evaluation Officer at Tumaini Water Trust. Your offer letter is attached through BambooHR.',
      '',
      'Kindly sign and return the letter by Friday 2nd November 2085. Your proposed start date is Monday 3rd',
      'December 2085, and salary is paid on the 25th of each month.',
      '',
      'Karibu sana,',
      'Achieng Otieno',
      'HR & Administration Manager',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // SmartRecruiters in Johannesburg: a range of working days.
    ...JNB,
    text: mail(
      'Hi Sipho,',
      '',
      'Thank you for completing the online assessment for the Graduate Actuarial Programme at Umhlanga Mutual.',
      'Our team is reviewing all results and we aim to give every candidate feedback within 5 to 7 working days.',
      '',
      'Warm regards,',
      'Early Careers Team',
      'Umhlanga Mutual | powered by SmartRecruiters',
    ),
    expect: [{ kind: 'response-by', by: '2085-11-06', phrase: 'within 5 to 7 working days' }],
  },
  {
    // A Teams invitation from Dubai, read in Karachi (one hour later).
    ...KHI,
    text: mail(
      'Dear Hamza,',
      '',
      'Please find below the invitation for your interview for the Finance Business Partner role at Gulfway',
      'Logistics.',
      '',
      'Interview - Finance Business Partner (Hamza Qureshi)',
      'Mon 29/10/2085 11:00 - 12:00 (UTC+04:00) Abu Dhabi, Muscat',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 318 552 907 114',
      'Passcode: Rk7xQe',
      '________________________________________________________________________________',
      '',
      'Regards,',
      'Noura Al Mansoori, HR Business Partner',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-10-29',
        time: '12:00',
        phrase: 'Mon 29/10/2085 11:00 - 12:00 (UTC+04:00) Abu Dhabi, Muscat',
      },
    ],
  },
  {
    // iCIMS reschedule in Manila: only the new slot.
    ...MNL,
    text: mail(
      'Hi Maria Theresa,',
      '',
      'Due to a conflict in the panel schedule, we need to move your final interview for Team Lead - Customer',
      'Experience from Tuesday, 30 October to Thursday, 1 November, same time (2:00 PM Manila time), at our',
      'Bonifacio Global City site.',
      '',
      'We apologize for the inconvenience.',
      '',
      'Best,',
      'Recruitment Team, Harborlight Solutions',
      'This message was sent from iCIMS on behalf of Harborlight Solutions.',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2085-11-01',
        time: '14:00',
        phrase: 'to Thursday, 1 November, same time (2:00 PM Manila time)',
      },
    ],
  },
  {
    // Hong Kong: "early next month".
    ...HKG,
    text: mail(
      'Dear Kelvin,',
      '',
      'Thank you for attending the final interview for Compliance Manager at Tai Hang Securities last week.',
      'The committee will meet after the half-year board, and we expect to confirm the outcome early next month.',
      '',
      'Best regards,',
      'Grace Leung',
      'Human Resources Department',
    ),
    expect: [{ kind: 'response-by', by: '2085-11-10', phrase: 'early next month', fuzzy: true }],
  },

  // ---- negatives ----
  {
    // A friend's own interview news.
    ...LDN,
    text: mail(
      'Hiya!!',
      '',
      "So I got through to the final round at Deloitte!! It's Thursday at 2pm at their Manchester office and I",
      "am bricking it. They said they'd let me know within a week either way. Can I ring you Wednesday night to",
      'practise the competency questions?',
      '',
      'Love, Beth xx',
    ),
    expect: [],
  },
  {
    // A mother about a brother's police recruitment interview.
    ...AKL,
    text: mail(
      'Hi love,',
      '',
      'Just letting you know Tama has his police recruitment interview on Tuesday 30 October at 9am in',
      "Wellington. He's nervous so maybe send him a text the night before. They told him he'd hear about the",
      'fitness test within two weeks.',
      '',
      'Dad says hi. Ring us when you can.',
      'Mum',
    ),
    expect: [],
  },
  {
    // The reader is assigned as interviewer in Greenhouse.
    ...NY,
    text: mail(
      'Hi Priya,',
      '',
      "You've been added as an interviewer.",
      '',
      'Candidate: Marcus Oyelaran',
      'Job: Backend Engineer, Payments',
      'Interview: System Design',
      'When: Wednesday, October 31, 2085 2:00 PM - 3:00 PM EDT',
      '',
      'Review the interview kit before the session and submit your scorecard within 24 hours of the interview.',
      '',
      'Greenhouse',
    ),
    expect: [],
  },
  {
    // The reader as referee for a former colleague.
    ...JNB,
    text: mail(
      'Dear Mr Botha,',
      '',
      'Naledi Khumalo has applied for a Senior Project Manager position through our agency and has named you as',
      'a referee. Could you spare 15 minutes for a reference call on Tuesday at 11am? If that does not suit, the',
      'online reference form takes about ten minutes.',
      '',
      'Your comments will be kept confidential.',
      '',
      'Kind regards,',
      'Ruan Steyn',
      'Randstad Professionals, Johannesburg',
    ),
    expect: [],
  },
  {
    // The reader is the in-house recruiter asked by a hiring manager to book a candidate.
    ...DXB,
    text: mail(
      'Hi Jess,',
      '',
      "Loved Daniel Okafor's case presentation. Can you book him for the final round with Rashid on Tuesday at",
      "3pm? And please let the other two finalists know we'll have a decision by Thursday - I don't want them",
      'left hanging.',
      '',
      'Thanks,',
      'Omar',
      'Director, Commercial Strategy',
    ),
    expect: [],
  },
  {
    // A rota change because a colleague has an interview.
    ...DUB,
    text: mail(
      'Hi all,',
      '',
      "Quick rota change for this week: Aoife has an interview with the HSE on Wednesday at 10am, so she won't be",
      'in until 1. Ciaran, can you open the pharmacy at 8.30 that day? Aoife will cover your Saturday.',
      '',
      'Thanks a million,',
      'Declan',
      'Store Manager, Tallaght',
    ),
    expect: [],
  },
  {
    // HR to employees: the appraisal window in SuccessFactors.
    ...HKG,
    text: mail(
      'Dear colleagues,',
      '',
      'The 2085 year-end performance review cycle is now open in SuccessFactors.',
      '',
      '- Complete your self-assessment by Friday 9 November.',
      '- Book a 1:1 review meeting with your line manager between 12 and 23 November.',
      '- Calibration results will be shared with employees within 10 working days of the calibration meeting.',
      '',
      'Please reach out to your HR Business Partner with any questions.',
      '',
      'Human Resources',
      'Harbourfront Asset Management',
    ),
    expect: [],
  },
  {
    // A USCIS interview notice (naturalization).
    ...LA,
    text: mail(
      'U.S. Citizenship and Immigration Services',
      'Form I-797C, Notice of Action',
      'Case type: N-400 Application for Naturalization',
      '',
      'REQUEST FOR APPLICANT TO APPEAR FOR NATURALIZATION INITIAL INTERVIEW',
      '',
      'You are hereby notified to appear for an interview on your Application for Naturalization at the date,',
      'time and place indicated below.',
      'Date: Wednesday, November 7, 2085',
      'Time: 08:30 AM',
      'Place: USCIS Los Angeles Field Office, 300 N. Los Angeles St.',
      '',
      'If you do not appear, your application may be denied.',
    ),
    expect: [],
  },
  {
    // A PhD viva.
    ...LDN,
    text: mail(
      'Dear Fraser,',
      '',
      'I am pleased to confirm that your viva voce examination has been scheduled for Monday 12 November 2085 at',
      '10:00 in Room 3.14, Appleton Tower. Your internal examiner is Dr Moira Kerr and your external examiner is',
      'Professor Adebayo Lawal. The examiners will confirm the outcome to the Graduate School within 10 working',
      'days of the examination.',
      '',
      'Best wishes,',
      'Postgraduate Research Office',
      'School of Informatics',
    ),
    expect: [],
  },
  {
    // The reader as podcast guest.
    ...BER,
    text: mail(
      'Hi Katrin,',
      '',
      'Thanks so much for agreeing to be interviewed on Ops Unfiltered! Recording is locked in for Thursday 1',
      "November at 4pm GMT (5pm for you in Berlin) on Riverside. We'll send the edited episode for your",
      'approval within two weeks of recording.',
      '',
      'Talk soon,',
      'Dev & Harriet',
      'Ops Unfiltered podcast',
    ),
    expect: [],
  },
  {
    // A research-study interview.
    ...TOR,
    text: mail(
      'Dear participant,',
      '',
      'Thank you for signing up for the University of Toronto study "Remote Work and Career Mobility".',
      'Your 45-minute interview is booked for Tuesday, October 30 at 1:00 PM ET on Zoom.',
      'You will receive your $25 gift card within 5 business days of the interview.',
      '',
      'REB Protocol #51207. Participation is voluntary and you may withdraw at any time.',
      '',
      'Research Team, Ontario Institute for Work & Society',
    ),
    expect: [],
  },
  {
    // A job alert with a closing date and "interviewing this week".
    ...KUL,
    text: mail(
      '12 new jobs for "Data Analyst" in Kuala Lumpur',
      '',
      'Data Analyst - Petalite Berhad - Bangsar South - RM 6,500 - 8,000',
      'Employer is actively interviewing this week. Apply by 15 Nov.',
      '',
      'Junior BI Analyst - Kinabalu Foods - Petaling Jaya - Posted 2 days ago',
      '',
      'Marketing Data Analyst - Serimas Retail - KL Sentral - Closing 30/11/2085',
      '',
      'You are receiving this job alert from JobStreet. Manage alerts | Unsubscribe',
    ),
    expect: [],
  },
  {
    // An agency pitching candidates to the reader as employer.
    ...PER,
    text: mail(
      'Hi Graham,',
      '',
      'Congrats on the Pilbara expansion. We have three pre-screened senior maintenance planners (two with',
      'SAP PM, one FIFO-ready) available to interview this week. I can set up interviews for you on Tuesday or',
      'Wednesday, and our standard replacement guarantee is 90 days.',
      '',
      'Would a quick call on Monday at 10am suit to talk through the brief?',
      '',
      'Cheers,',
      'Bree Mitchell',
      'Business Manager, Michael Page Engineering & Manufacturing, Perth',
    ),
    expect: [],
  },
  {
    // A dentist's reminder.
    ...ACC,
    text: mail(
      'Dear Kwame,',
      '',
      'This is a reminder that your appointment with Dr. Nkemelu is confirmed for Tuesday 30 October at',
      '9:15am at Osu Dental Centre. Please arrive 10 minutes early. If you need to cancel, please give us 48',
      "hours' notice so we can offer the slot to another patient.",
      '',
      'Osu Dental Centre',
    ),
    expect: [],
  },
  {
    // An Oracle Recruiting acknowledgement whose only date is a closing date.
    ...DOH,
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for applying for the position of Senior Quantity Surveyor (Requisition 85-00731) at Lusail',
      'Infrastructure Company. Our recruitment team will review your application and contact you if your profile',
      'matches our requirements.',
      '',
      'Posting closing date: 15/11/2085',
      '',
      'This is an automated message from Oracle Recruiting Cloud. Please do not reply.',
    ),
    expect: [],
  },
  {
    // A freelancer's client kick-off.
    ...DUB,
    text: mail(
      'Hi Niamh,',
      '',
      'Thanks for the proposal for the brand refresh - the team loved the moodboards. Could we do a kick-off call',
      "on Wednesday at 3pm? I'll send the signed SOW and the 50% deposit by Friday.",
      '',
      'Best,',
      'Rory',
      'Marketing Lead, Clontarf Coffee Roasters',
    ),
    expect: [],
  },
  {
    // The reader as mentor; the mentee wants a mock interview.
    ...LAG,
    text: mail(
      'Good evening Ma,',
      '',
      'Thank you for the CV feedback last week. I have my real interview with Access Pay on the 8th, so could',
      'we do a mock interview on Thursday at 6pm? I will send you the job description by Tuesday.',
      '',
      'Thank you so much for mentoring me.',
      'Chidera',
      '(Women in Tech Lagos mentorship programme)',
    ),
    expect: [],
  },
];
