// Round 850 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Friday
// 28 October 2061 at 16:45 local, two days before Europe's clocks go back (Sunday 30 October: London returns to
// GMT) and nine days before the US does (Sunday 6 November), so on Monday 31 October London is only four hours
// ahead of New York. "Next week" is 31 October to 6 November, "by Wednesday" is 2 November, "within 10 working
// days" is 11 November. The focus is big employers' and public bodies' templates and outcomes in their many
// wordings: a software company's Pacific-time interview day for a Chicago reader, a Big Four "within 10 working
// days", an online retailer's "not to move forward with your candidacy", a London search firm's "2pm UK time"
// for a New York reader across the gap, a Bengaluru "not shortlisted", a Melbourne health service's
// "3/11/2061 9.30am AEDT", an Illinois state agency's "by November 18, 2061" with "unable to provide status
// updates by phone", a New Zealand police "in the next two weeks", a Singapore conditional offer with the
// candidate's deadline, a Johannesburg verbal offer with the letter "by Wednesday", a Dublin agency's "end of
// next week", a Dubai hotel's "01-Nov-2061 11:00 (GST)", a Karachi bank's "do not contact HR before 7
// November", a Kenyan Public Service Commission "8.00 a.m.", a Manchester retailer's "won't be taking your
// application forward", an Accra "by the middle of next week", a Vancouver university's "7–10 days". Negatives
// where the same templates reach someone who is not the candidate: an employee's appraisal window, a hiring
// manager's review task, the recruiter reading a candidate's proposed slot, a colleague asked to cover a panel,
// a software company's customer, an offsite's hotel, an IT upgrade, a reservist's training weekend, an agency's
// salary guide, an agency pitching to an employer, a podcast interview, a viva, a dentist, a vacancy bulletin
// with a closing date, a first day's joining instructions, a friend's council interview, a school admissions
// interview. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 28 October 2061, 16:45 local (Europe and the US still on summer time that day).
const LA = { sentAt: '2061-10-28T16:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const VAN = { sentAt: '2061-10-28T16:45:00-07:00', tz: 'America/Vancouver' } as const;
const CHI = { sentAt: '2061-10-28T16:45:00-05:00', tz: 'America/Chicago' } as const;
const NY = { sentAt: '2061-10-28T16:45:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2061-10-28T16:45:00-04:00', tz: 'America/Toronto' } as const;
const ACC = { sentAt: '2061-10-28T16:45:00+00:00', tz: 'Africa/Accra' } as const;
const LDN = { sentAt: '2061-10-28T16:45:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2061-10-28T16:45:00+01:00', tz: 'Europe/Dublin' } as const;
const JNB = { sentAt: '2061-10-28T16:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2061-10-28T16:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2061-10-28T16:45:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2061-10-28T16:45:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2061-10-28T16:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2061-10-28T16:45:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2061-10-28T16:45:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MEL = { sentAt: '2061-10-28T16:45:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2061-10-28T16:45:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_850_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A software company's interview day in Pacific time for a Chicago reader (10:00 PT is 12:00 CT).
    text: mail(
      'Hi Deshawn,',
      '',
      'Thank you for confirming. Here are the details of your final round for Senior Product Manager, Azure-scale Storage (Job number 1820447):',
      '',
      'Date: Wednesday, November 2, 2061',
      'Time: 10:00 AM – 2:00 PM Pacific Time',
      'Format: four back-to-back Teams interviews, including an "as appropriate" conversation with the hiring manager',
      '',
      'Your interviewers are listed in the candidate portal. If you need any accommodations, reply to this email and we will make arrangements.',
      '',
      'Regards,',
      'Candidate Experience Team',
      'Cobalt Peak Software',
    ),
    ...CHI,
    expect: [{ kind: 'interview', by: '2061-11-02', time: '12:00', phrase: 'Wednesday, November 2, 2061' }],
  },
  {
    // A Big Four assessment centre: the outcome within 10 working days.
    text: mail(
      'Dear Eleanor,',
      '',
      'Thank you for attending our Assessment Centre for the Deals Graduate Programme (London) earlier today. We hope you enjoyed meeting our people and finding out more about the firm.',
      '',
      'Our assessors will now review all the evidence from the day. We aim to let all candidates know the outcome within 10 working days, by email and through your online account.',
      '',
      'Kind regards,',
      'Student Recruitment',
      'Prior Hale Coopers LLP',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2061-11-11', phrase: 'within 10 working days' }],
  },
  {
    // An online retailer's decline, "not to move forward with your candidacy".
    text: mail(
      'Hi Gabriel,',
      '',
      'Thank you for taking the time to interview for the Area Manager (L4) role at our JFK8 fulfillment center. We appreciate your interest and the effort you put into the process.',
      '',
      'After careful consideration, we have decided not to move forward with your candidacy at this time.',
      '',
      'We encourage you to continue to explore opportunities on our careers site; you may reapply for this role after 6 months.',
      '',
      'Regards,',
      'Kestrel Marketplace Recruiting',
    ),
    ...NY,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A London search firm for a New York reader: Monday is after the UK clock change, so 2pm UK is 10:00 EDT.
    text: mail(
      'Dear Ms Alvarez,',
      '',
      'Further to our call, the Group CFO of Penrose Insurance would like to meet you for the Head of Investor Relations role. Would Monday 31 October at 2pm UK time work for you? It will be a video call of about 45 minutes.',
      '',
      'With kind regards,',
      'Hugo Fairbairn',
      'Partner, Ashdown Search Partners, St James’s',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2061-10-31', time: '10:00', phrase: 'Monday 31 October at 2pm UK time' },
    ],
  },
  {
    // A Bengaluru IT firm's "not been shortlisted".
    text: mail(
      'Dear Sneha Reddy,',
      '',
      'Thank you for participating in the recruitment drive for the position of Technology Analyst (Requisition ID 61-TA-0993).',
      '',
      'We regret to inform you that you have not been shortlisted for the next round of the selection process. Your profile will remain in our database for 12 months for future requirements.',
      '',
      'We wish you all the very best.',
      '',
      'Regards,',
      'Talent Acquisition – Campus & Lateral Hiring',
      'Kaveri Systems Ltd., Bengaluru',
    ),
    ...KOL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A Melbourne health service's interview, day-first date and "9.30am AEDT".
    text: mail(
      'Dear Liam,',
      '',
      'Position: Grade 2 Physiotherapist – Rotational (Position No. 61-4471)',
      '',
      'Thank you for your application. We are pleased to invite you to an interview:',
      '– Date: Thursday 3/11/2061',
      '– Time: 9.30am AEDT',
      '– Location: Allied Health Meeting Room, Level 3, Yarra Bend Hospital (or via Webex if you are regional)',
      '',
      'Please bring your AHPRA registration details and a current Working with Children Check.',
      '',
      'Kind regards,',
      'Allied Health Workforce Unit, Yarra Bend Health',
    ),
    ...MEL,
    expect: [{ kind: 'interview', by: '2061-11-03', time: '09:30', phrase: 'Thursday 3/11/2061' }],
  },
  {
    // An Illinois state agency: a dated status promise and no status updates by phone.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for Public Service Administrator, Option 8L (Posting #61-31187), with the Department of Human Services.',
      '',
      'Applications are currently being screened. You will receive an email notification of your status by November 18, 2061. Due to the volume of applications, we are unable to provide status updates by phone.',
      '',
      'Sincerely,',
      'Bureau of Personnel, State of Illinois Department of Human Services',
    ),
    ...CHI,
    expect: [
      { kind: 'response-by', by: '2061-11-18', phrase: 'by November 18, 2061' },
      { kind: 'no-calls', phrase: 'we are unable to provide status updates by phone' },
    ],
  },
  {
    // A New Zealand police recruitment update.
    text: mail(
      'Kia ora Aroha,',
      '',
      'Thanks for coming in for your panel interview for the Constable intake. It was great to hear about your community work in Rotorua.',
      '',
      "Your file now goes to the Recruitment Review Board. We'll be in touch in the next two weeks to let you know whether you've progressed to the vetting and medical stage.",
      '',
      'Ngā mihi,',
      'Recruitment Case Manager',
      'Police Recruitment, Wellington',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2061-11-11', phrase: 'in the next two weeks' }],
  },
  {
    // A Singapore bank's conditional offer; the return date is the candidate's.
    text: mail(
      'Dear Hui Min,',
      '',
      'We are pleased to extend to you a conditional offer of employment for the position of Assistant Vice President, Compliance Advisory, Group Legal & Compliance.',
      '',
      'This offer is subject to satisfactory reference checks and the verification of your academic qualifications. The detailed terms are in the attached letter of offer.',
      '',
      'Please sign and return the letter by 4 November 2061 to indicate your acceptance.',
      '',
      'Yours sincerely,',
      'Group Human Resources',
      'Straits Union Bank Limited',
    ),
    ...SIN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A Johannesburg recruiter's verbal offer; the formal letter promised by Wednesday.
    text: mail(
      'Hi Lerato,',
      '',
      "Great news – the hiring manager signed off on your offer this afternoon! We'd love to have you join as Senior Data Engineer on the Group Data Platform team.",
      '',
      'I would like to walk you through the package on a quick call on Monday. The formal offer letter will follow by Wednesday once Reward has loaded it on the system.',
      '',
      'Congratulations!',
      'Nomvula',
      'Talent Acquisition, Kopano Retail Group',
    ),
    ...JNB,
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2061-11-02', phrase: 'by Wednesday' },
    ],
  },
  {
    // A Dublin agency recruiter after the client's interview: "end of next week".
    text: mail(
      'Hi Conor,',
      '',
      'Thanks for the quick debrief earlier. I have just spoken to the client and they were really impressed with how you handled the technical questions.',
      '',
      "They're seeing one more candidate on Tuesday and have promised me a decision by the end of next week. I'll ring you as soon as I hear anything.",
      '',
      'Talk soon,',
      'Aoife',
      'Senior Consultant, Technology | Hayden Recruitment Ireland',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2061-11-04', phrase: 'by the end of next week' }],
  },
  {
    // A Dubai hotel group's recruiting system, abbreviated month and GST.
    text: mail(
      'Dear Rahul,',
      '',
      'Interview Invitation – Assistant Director of Revenue, Palm Crescent Resort',
      '',
      'Interview Schedule',
      'Date: 01-Nov-2061',
      'Time: 11:00 (GST)',
      'Location: Executive Office, Lobby Level',
      'Interviewer: Director of Revenue Strategy – Middle East',
      '',
      'Kindly reply to confirm your attendance and bring a copy of your passport and visa page.',
      '',
      'Talent & Culture Department',
      'Azure Palm Hotels & Resorts',
    ),
    ...DXB,
    expect: [{ kind: 'interview', by: '2061-11-01', time: '11:00', phrase: 'Date: 01-Nov-2061' }],
  },
  {
    // A Karachi bank asks the candidate not to contact HR before a date.
    text: mail(
      'Dear Mr Farooq,',
      '',
      'Thank you for appearing for the written test for the Management Trainee Officer programme. Results are being compiled along with those of the Lahore and Islamabad centres.',
      '',
      'Please do not contact the HR department before 7 November, as shortlisting for the interview stage is in progress.',
      '',
      'Regards,',
      'Human Resource Group',
      'Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [{ kind: 'no-contact-before', by: '2061-11-07', phrase: 'before 7 November' }],
  },
  {
    // A Kenyan public service commission's formal invitation.
    text: mail(
      'Dear Ms Achieng,',
      '',
      'RE: INTERVIEW FOR THE POST OF SENIOR ECONOMIST, JOB GROUP M (V/No. 114/2061)',
      '',
      'Following the shortlisting exercise, you have been invited for an interview which will be held on Tuesday, 8th November 2061 at 8.00 a.m. at Commission House, Harambee Avenue, Nairobi.',
      '',
      'You will be required to produce your national identity card and original academic and professional certificates, together with clearance certificates from the relevant agencies.',
      '',
      'Yours faithfully,',
      'SECRETARY / CEO, County Public Service Board',
    ),
    ...NBO,
    expect: [
      {
        kind: 'interview',
        by: '2061-11-08',
        time: '08:00',
        phrase: 'Tuesday, 8th November 2061 at 8.00 a.m.',
      },
    ],
  },
  {
    // A UK retailer's "won't be taking your application forward".
    text: mail(
      'Hi Jade,',
      '',
      'Thanks so much for coming to see us for the Team Leader role at our Trafford Park store, and for your patience while we saw everyone.',
      '',
      "We've had a really strong response, and I'm sorry to say we won't be taking your application forward on this occasion.",
      '',
      "We'd love you to keep an eye on our careers site as new roles come up all the time.",
      '',
      'All the best,',
      'Store Recruitment, Harrow & Lyle Stores',
    ),
    ...LDN,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An Accra telecoms company: "by the middle of next week" (fuzzy).
    text: mail(
      'Dear Kwame,',
      '',
      'Thank you for attending the final interview for the position of Network Planning Engineer. The panel was pleased with your presentation.',
      '',
      'We are concluding the process with management and shall communicate the final decision to you by the middle of next week.',
      '',
      'Best regards,',
      'Efua Mensah',
      'Human Resources Business Partner, Volta Connect Ghana',
    ),
    ...ACC,
    expect: [{ kind: 'response-by', by: '2061-11-02', phrase: 'by the middle of next week', fuzzy: true }],
  },
  {
    // A Vancouver university's staff HR: a range of days, upper bound.
    text: mail(
      'Hi Maya,',
      '',
      'Thanks for meeting with the hiring committee for the Research Grants Officer (Staff, Job ID 61-0442) position on Wednesday.',
      '',
      "We're checking references this week and expect the committee to make its decision within the next 7–10 days. I'll email you either way.",
      '',
      'Best,',
      'Devon Leclair',
      'HR Advisor, Faculty of Science, Pacific Ridge University',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2061-11-07', phrase: 'within the next 7–10 days' }],
  },

  // ---- negatives ----
  {
    // The reader as employee: the appraisal window.
    text: mail(
      'Hi Priya,',
      '',
      'The mid-year performance check-in window is now open. Please complete your self-assessment in PeopleHub and book a 30-minute conversation with your line manager before the window closes on Friday 4 November.',
      '',
      'Managers will submit calibrated ratings within 10 working days of the window closing, and outcomes will be shared in your December 1:1.',
      '',
      'Thanks,',
      'People Team, Prior Hale Coopers LLP',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as hiring manager: a review task from the recruiting system.
    text: mail(
      'Hello Mark,',
      '',
      'You have a new task in your inbox: Review Candidates – Requisition R-10233 Senior Accountant (Chicago).',
      '',
      '6 candidates are awaiting your review. Please move each candidate to "Interview" or "Decline" within 5 business days so that the recruiter can contact them.',
      '',
      'Due date: 11/04/2061',
      '',
      'This is an automated notification from the Cobalt Peak Software recruiting system. Do not reply.',
    ),
    ...CHI,
    expect: [],
  },
  {
    // The reader is the recruiter: a candidate proposes a slot.
    text: mail(
      'Hi Serene,',
      '',
      'Thank you for shortlisting me for the Front Office Manager role. I am travelling for a family wedding until 7 November, so would Tuesday 8 November at 10am work for the interview on your side?',
      '',
      'Thank you for your understanding.',
      '',
      'Best regards,',
      'Nur Aisyah',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A colleague asks the reader to cover an interview panel.
    text: mail(
      'Hey Ben,',
      '',
      "Huge favour – I've been pulled into the board prep on Tuesday. Could you cover my slot on the panel for the Associate, Leveraged Finance candidates? First one is Amara Obi at 2pm in 32B, then Lucas Meyer at 3:15.",
      '',
      "Their CVs are in the shared folder and the scorecard is due in Workday within 24 hours. I'll owe you a coffee.",
      '',
      'Thanks,',
      'Rachel',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader as a software company's customer: a repair appointment.
    text: mail(
      'Hello Jordan,',
      '',
      'Your service appointment is confirmed.',
      '',
      'Device: Cobalt Slate Pro 9',
      'Date: Tuesday, November 1, 2061',
      'Time: 10:00 AM',
      'Location: Cobalt Peak Experience Center, University Village, Seattle',
      '',
      'Please back up your files before your visit. If you need to reschedule, use the link in your account at least 24 hours before your appointment.',
    ),
    ...LA,
    expect: [],
  },
  {
    // The reader as employee: an offsite and its hotel.
    text: mail(
      'Hi all,',
      '',
      'A reminder that our Middle East sales offsite takes place at the Palm Crescent Resort from Friday 4 to Saturday 5 November. Check-in is from 15:00 on Friday and the welcome dinner starts at 19:30.',
      '',
      'Please submit your travel claims within 30 days of the offsite. The all-hands with the regional CEO will be livestreamed for anyone who cannot attend.',
      '',
      'Thanks,',
      'Events Team, Azure Palm Hotels & Resorts',
    ),
    ...DXB,
    expect: [],
  },
  {
    // The reader as employee: an IT upgrade slot.
    text: mail(
      'Dear Associate,',
      '',
      'Your laptop (Asset ID KSL-BLR-44817) is scheduled for the operating system upgrade on Tuesday, 1 November 2061 between 09:00 and 11:00 IST.',
      '',
      'Please save your work to OneDrive and keep the device connected to the office network. The IT Service Desk will confirm completion within 24 hours.',
      '',
      'Regards,',
      'Global IT Service Desk, Kaveri Systems Ltd.',
    ),
    ...KOL,
    expect: [],
  },
  {
    // An Army Reserve training weekend.
    text: mail(
      'All ranks,',
      '',
      'Reminder: training weekend 5–6 November. Report to the drill hall at 0800 on Saturday in combat uniform with full personal kit. Range day on Sunday; transport departs 0700.',
      '',
      'Attendance returns to the Chief Clerk by Wednesday, please.',
      '',
      'Sgt Major D. Hollis',
      '4th Battalion, Army Reserve',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An agency's salary guide and briefing.
    text: mail(
      'Hi Conor,',
      '',
      'Our 2062 Salary & Recruiting Trends Guide for Ireland launches on Tuesday 8 November. Join our live briefing at 12:30 to hear what employers are paying for technology talent and how long hiring processes are taking.',
      '',
      'Register before Monday to receive the full PDF the morning of the launch.',
      '',
      'Best regards,',
      'Marketing, Hayden Recruitment Ireland',
    ),
    ...DUB,
    expect: [],
  },
  {
    // An agency pitching to the reader as an employer.
    text: mail(
      'Hi Sarah,',
      '',
      'I noticed Yarra Bend Health is hiring three Data Engineers for the new analytics hub. We have placed similar roles at two other Victorian health services this year.',
      '',
      'If you share the position descriptions, I can have shortlisted, pre-screened CVs to you within 48 hours, and interviews could start as early as next week.',
      '',
      'Kind regards,',
      'Josh Tran',
      'Manager – Health & Public Sector, Robertson Page Recruitment',
    ),
    ...MEL,
    expect: [],
  },
  {
    // A podcast interview.
    text: mail(
      'Hi Ines,',
      '',
      'Thanks so much for agreeing to be interviewed on the Fintech Frontiers podcast! We have you down for Thursday, November 3 at 3pm Eastern. Recording takes about 50 minutes, and we will send the episode link within two weeks of recording.',
      '',
      'Our producer will send you a short prep doc on Monday.',
      '',
      'Cheers,',
      'Malik',
      'Host, Fintech Frontiers',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A doctoral viva.
    text: mail(
      'Dear Olivia,',
      '',
      'I am pleased to confirm that your viva voce examination has been arranged as follows:',
      '',
      'Date: Monday 7 November 2061',
      'Time: 10:00',
      'Venue: Room G.14, Graduate School, Bloomsbury Campus',
      'Examiners: Prof. K. Andersen (external), Dr R. Patel (internal)',
      '',
      'The examiners will normally report their recommendation within 10 working days of the examination.',
      '',
      'Best wishes,',
      'Doctoral School Administrator',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A dentist's reminder.
    text: mail(
      'Kia ora Mere,',
      '',
      'This is a reminder of your appointment with Dr Sandhu at Ponsonby Dental on 02/11/2061 at 08:40.',
      '',
      'Please reply YES to confirm. Cancellations with less than 24 hours’ notice may incur a fee.',
      '',
      'Ponsonby Dental',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A vacancy bulletin: only a closing date and a vague promise.
    text: mail(
      'Dear Subscriber,',
      '',
      'County Public Service Board – Vacancy Bulletin No. 41/2061',
      '',
      '1. Director, Health Services (Job Group R) – 1 post',
      '2. Senior Economist (Job Group M) – 2 posts',
      '3. Records Management Officer II (Job Group J) – 4 posts',
      '',
      'Closing date: 13 November 2061 at 5.00 p.m. Only shortlisted candidates will be contacted.',
      '',
      'Canvassing in any form will lead to automatic disqualification.',
    ),
    ...NBO,
    expect: [],
  },
  {
    // Joining instructions: a first day, after the offer was accepted.
    text: mail(
      'Dear Kofi,',
      '',
      'We are delighted you will be joining Volta Connect Ghana. Your first day is Monday 14 November 2061; please report to the ground-floor reception at 8:00am and ask for the HR Onboarding Officer.',
      '',
      'Your payroll details must be submitted by Friday 4 November so that you are paid in the November cycle on the 25th.',
      '',
      'Welcome aboard,',
      'HR Onboarding, Volta Connect Ghana',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A friend's council interview.
    text: mail(
      'Hiya!',
      '',
      "Guess who's got a second interview at the council for the housing officer job?! It's Wednesday at 2, at the Town Hall. Fingers crossed, I've wanted this for ages.",
      '',
      'Drinks on Friday either way? Let me know if the Crown works for you.',
      '',
      'Becky x',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A school admissions interview for the reader's child.
    text: mail(
      'Dear Parent/Guardian,',
      '',
      'Thank you for your application for Year 7 admission (2062 intake) for your child, Aiden Lim.',
      '',
      'We are pleased to invite Aiden and one parent to an admissions interview on Saturday, 5 November 2061 at 9:30 a.m. at the Senior School library. Results will be released through the parent portal within 3 weeks.',
      '',
      'Yours sincerely,',
      'Admissions Office, Bukit Damansara International School',
    ),
    ...KUL,
    expect: [],
  },
];
