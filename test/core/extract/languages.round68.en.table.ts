// Round 720 (issue 13): written BEFORE the engine read it, by a helper (hw411) who never saw the rules, on Tuesday
// 13 October 2048 at 12:30 local (lunchtime; "this week" is 12–18 October, "next week" 19–25 October; Europe
// leaves summer time on 25 October, the US on 1 November). It tries applicant-tracking-system mail as it really
// arrives, from systems earlier rounds used little: Oracle Recruiting Cloud ("Date: 21/10/2048", a meeting ID that
// looks like a date and a time), a Paradox/Olivia text message, an Avature reschedule (old and new slot), an
// Eightfold status mail whose window sits in the third paragraph, a Phenom calendar invite in Pacific time for a
// Singapore reader (the date moves), an NHS Trac invitation with a confirm-by date, a USAJOBS "Not Referred"
// status, a Canadian GC Jobs interview in Eastern time for a Vancouver reader, an Australian APS "next fortnight"
// with no direct contact of the panel, a Zoho Recruit mail in Indian English with typos ("interveiw", "wensday",
// "kindly revert"), a Bullhorn agency "by close of business Friday", a JobAdder consultant's leave ("hold off
// chasing ... until I'm back"), a Harver "5–7 business days", a Manatal offer, a Pinpoint window counted from the
// closing date plus "no updates over the phone", and a Teamtailor "week commencing". Negatives use the same
// templates from the other side: the interviewer's copy of the Oracle invite, a requisition approval for a hiring
// manager (start date), a Paradox "choose a time" link, a Dayforce pay date, a SuccessFactors reference request (the
// reader as referee), a Naukri job alert with a walk-in, a Beamery careers fair, an agency pitching candidates to
// an employer ("Could you do Thursday at 2pm"), a research interview, an H-1B visa interview, a Recruitee
// acknowledgement with only a closing date, a Harver assessment deadline, an ADP first day, a recruiter asking
// for times without naming one, a Cornerstone training due date and a mentor's mock interviews.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 13 October 2048, 12:30 local.
const LDN = { sentAt: '2048-10-13T12:30:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2048-10-13T12:30:00+01:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2048-10-13T12:30:00+02:00', tz: 'Europe/Amsterdam' } as const;
const BER = { sentAt: '2048-10-13T12:30:00+02:00', tz: 'Europe/Berlin' } as const;
const WAW = { sentAt: '2048-10-13T12:30:00+02:00', tz: 'Europe/Warsaw' } as const;
const STO = { sentAt: '2048-10-13T12:30:00+02:00', tz: 'Europe/Stockholm' } as const;
const JNB = { sentAt: '2048-10-13T12:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS = { sentAt: '2048-10-13T12:30:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2048-10-13T12:30:00+03:00', tz: 'Africa/Nairobi' } as const;
const NY = { sentAt: '2048-10-13T12:30:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2048-10-13T12:30:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2048-10-13T12:30:00-06:00', tz: 'America/Denver' } as const;
const TOR = { sentAt: '2048-10-13T12:30:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2048-10-13T12:30:00-07:00', tz: 'America/Vancouver' } as const;
const MEX = { sentAt: '2048-10-13T12:30:00-06:00', tz: 'America/Mexico_City' } as const;
const KOL = { sentAt: '2048-10-13T12:30:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2048-10-13T12:30:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2048-10-13T12:30:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2048-10-13T12:30:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2048-10-13T12:30:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2048-10-13T12:30:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_720_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Oracle Recruiting Cloud invitation; the meeting ID and passcode look like a date and a time.
    ...LDN,
    text: mail(
      'Subject: Interview Invitation – Senior Data Engineer (Req 48-1021)',
      '',
      'Dear Aisha Rahman,',
      '',
      'Thank you for your interest in the Senior Data Engineer position at Halewood Insurance Group.',
      '',
      'We are pleased to invite you to a video interview. Please find the details below:',
      '',
      'Interview Details',
      'Date: 21/10/2048',
      'Time: 14:00 - 14:45 (GMT+01:00) London',
      'Duration: 45 minutes',
      'Location: Microsoft Teams',
      'Meeting ID: 2048 1021 1400',
      'Passcode: 1430',
      'Interviewers: Callum Price (Head of Data Platforms), Ewa Nowak (Senior Engineer)',
      '',
      'If you need to reschedule, please use the link below at least 24 hours before your interview.',
      '',
      'Manage My Interview',
      '',
      'Kind regards,',
      'Talent Acquisition Team',
      'Halewood Insurance Group',
      '',
      'This email was sent from Oracle Recruiting Cloud. Please do not reply to this message.',
      '© 2048 Halewood Insurance Group plc, 12 Finsbury Avenue, London EC2M 2PF. Unsubscribe',
    ),
    expect: [{ kind: 'interview', by: '2048-10-21', time: '14:00', phrase: 'Date: 21/10/2048' }],
  },
  {
    // Paradox (Olivia) text message.
    ...JNB,
    text: mail(
      "Hi Thandiwe! It's Olivia, the virtual assistant for Protea Fresh Markets careers 🙂 You're all set! Your " +
        'in-person interview for Store Supervisor (Menlyn) is booked for Thu, Oct 15 at 9:30 AM with Sipho Dlamini. ' +
        'Address: Shop 114, Menlyn Maine Central, Pretoria. Please bring your ID. Reply R to reschedule, C to ' +
        'cancel. Reply STOP to opt out.',
    ),
    expect: [{ kind: 'interview', by: '2048-10-15', time: '09:30', phrase: 'Thu, Oct 15 at 9:30 AM' }],
  },
  {
    // Avature reschedule: only the new slot counts.
    ...AMS,
    text: mail(
      'Subject: Updated: your interview with Brouwer & Kuiper Logistics',
      '',
      'Dear Joost van der Meer,',
      '',
      "Due to a change in the interviewer's schedule, your second-round interview for the position of Operations " +
        'Planner has been moved.',
      '',
      'Previous slot:  Monday 19 October 2048, 10:00–11:00 CEST',
      'New slot:       Thursday 22 October 2048, 15:30–16:30 CEST',
      '',
      'Location: Brouwer & Kuiper, Havenstraat 41, Rotterdam (ask for Femke at reception)',
      '',
      'The calendar invitation attached to this email has been updated. You do not need to do anything if the new ' +
        'time suits you; if it does not, please reply to this email.',
      '',
      'Met vriendelijke groet / Kind regards,',
      'Femke Jansen',
      'Recruitment Coordinator',
      '',
      'Powered by Avature',
    ),
    expect: [
      { kind: 'interview', by: '2048-10-22', time: '15:30', phrase: 'Thursday 22 October 2048, 15:30' },
    ],
  },
  {
    // Eightfold status mail: the window is in the third paragraph.
    ...NY,
    text: mail(
      'Subject: An update on your application – Staff Product Designer',
      '',
      'Hi Marcus,',
      '',
      'Thank you for completing your interviews for the Staff Product Designer role at Lindqvist Health. Everyone ' +
        'you met enjoyed the conversation about your work on the patient intake redesign.',
      '',
      'Our hiring team is now gathering written feedback from each interviewer and will meet to compare notes ' +
        'across the shortlist.',
      '',
      'We expect to share next steps with you within 10 business days. In the meantime, you can follow the status ' +
        'of your application in the candidate portal.',
      '',
      'Best,',
      'Talent Acquisition, Lindqvist Health',
      '',
      'Sent via Eightfold Talent Intelligence Platform. 250 Park Avenue South, New York, NY 10003. Manage email ' +
        'preferences.',
    ),
    expect: [{ kind: 'response-by', by: '2048-10-27', phrase: 'within 10 business days' }],
  },
  {
    // Phenom calendar invite in Pacific time; the reader is in Singapore, so the date moves.
    ...SIN,
    text: mail(
      'Subject: Invitation: Hiring Manager Interview – Wei Ling Tan / Orbitline @ Wed Oct 21, 2048 5:30pm – 6:15pm ' +
        '(PDT)',
      '',
      'Hi Wei Ling,',
      '',
      'Your interview for Solutions Engineer (APAC) has been scheduled. Please see the details below.',
      '',
      'Hiring Manager Interview',
      'Wednesday Oct 21, 2048 ⋅ 5:30 – 6:15pm (Pacific Time - Los Angeles)',
      '',
      'Join Zoom Meeting',
      'https://orbitline.zoom.us/j/92104817530',
      'Meeting ID: 921 0481 7530',
      'One tap mobile: +16699006833,,92104817530#',
      '',
      'Who',
      'Dana Whitfield - organizer',
      'Wei Ling Tan',
      '',
      'Add to calendar: Google | Outlook | iCal',
      '',
      'Orbitline Inc. · 500 Terry Francois Blvd, San Francisco, CA 94158 · Powered by Phenom',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2048-10-22',
        time: '08:30',
        phrase: 'Wednesday Oct 21, 2048 ⋅ 5:30 – 6:15pm (Pacific Time - Los Angeles)',
      },
    ],
  },
  {
    // NHS Trac invitation; the confirm-by date is the candidate's deadline.
    ...LDN,
    text: mail(
      'Subject: Invitation to interview - 412-MFT-4821 Band 6 Physiotherapist',
      '',
      'Dear Chinedu Okafor,',
      '',
      'Following the shortlisting for the above post, I am pleased to inform you that you have been shortlisted ' +
        'for interview.',
      '',
      'Interview details',
      'Date: Wednesday 28 October 2048',
      'Time: 11:15',
      'Venue: Therapies Department, Level 2, Salford Royal, Stott Lane, Salford M6 8HD',
      'Panel: Helen Marsh (Clinical Lead), Raj Bhatti (Team Lead)',
      '',
      'Please arrive 15 minutes before your interview time and bring photo ID and the originals of your ' +
        'qualifications.',
      '',
      'Please confirm your attendance by logging into your Trac account by 20/10/2048.',
      '',
      'If you require any reasonable adjustments, please let us know.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'Northern Care Alliance NHS Foundation Trust',
      '',
      'This message was sent via Trac. Please do not reply to this email address.',
    ),
    expect: [
      { kind: 'interview', by: '2048-10-28', time: '11:15', phrase: 'Date: Wednesday 28 October 2048' },
    ],
  },
  {
    // USAJOBS status change: Not Referred.
    ...DEN,
    text: mail(
      'Subject: USAJOBS - Application Status Update',
      '',
      'Dear Kevin Yazzie,',
      '',
      'Your application status for the position below has been updated.',
      '',
      'Position: Hydrologist, GS-1315-11',
      'Announcement number: DI-49-BOR-0217',
      'Agency: Bureau of Reclamation',
      'Status: Not Referred',
      '',
      'Your application was reviewed and you were found qualified, but you were not among the best qualified ' +
        'candidates referred to the hiring manager for further consideration.',
      '',
      'You can view more information about your application status in your USAJOBS account.',
      '',
      'This is an automated message. Please do not reply.',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // GC Jobs (Canada): Eastern time for a Vancouver reader; the confirm-by date is the candidate's.
    ...VAN,
    text: mail(
      'Subject: GC Jobs – Invitation to interview / Invitation à une entrevue (Process 2048-ESD-IA-NHQ-128734)',
      '',
      'Dear Gurpreet Sandhu,',
      '',
      'You are invited to participate in a structured interview for the position of Policy Analyst (EC-04), ' +
        'Employment and Social Development Canada.',
      '',
      'Date: Tuesday, October 27, 2048',
      'Time: 1:00 p.m. Eastern Time (ET)',
      'Duration: approximately 90 minutes',
      'Format: virtual (Microsoft Teams); the link will be sent separately',
      '',
      'Please confirm your participation by replying to this message no later than Friday, October 16, 2048.',
      '',
      'Please note that communication for this process will be sent by email.',
      '',
      'Le français suit / French follows',
    ),
    expect: [
      { kind: 'interview', by: '2048-10-27', time: '10:00', phrase: 'Date: Tuesday, October 27, 2048' },
    ],
  },
  {
    // Australian Public Service: "in the next fortnight" and no direct contact with the panel.
    ...SYD,
    text: mail(
      'Subject: APS Level 6 Policy Officer – update on your application (Ref 2048/1193)',
      '',
      'Dear Ngaio Parata,',
      '',
      'Thank you for attending the interview for the APS Level 6 Policy Officer position with the Department of ' +
        'Climate Adaptation.',
      '',
      'The selection panel has now completed all interviews and is undertaking referee checks. We anticipate the ' +
        'selection process will be finalised in the next fortnight, and all applicants will be advised of the ' +
        'outcome by email.',
      '',
      'Please note that candidates must not contact panel members directly during the selection process. Any ' +
        'questions can be directed to the contact officer, Lachlan Morris, on 02 6215 4048.',
      '',
      'Kind regards,',
      'People Branch',
      'Department of Climate Adaptation',
    ),
    expect: [
      { kind: 'response-by', by: '2048-10-27', phrase: 'in the next fortnight' },
      { kind: 'no-calls', phrase: 'must not contact panel members directly' },
    ],
  },
  {
    // Zoho Recruit, Indian English with typos; "by EOD today" is the candidate's deadline.
    ...KOL,
    text: mail(
      'Dear Ms. Ananya Iyer,',
      '',
      'Greetings from Vasudha Fintech Pvt. Ltd.!',
      '',
      'With reference to your application for the post of Senior QA Engineer, we are glad to inform that you have ' +
        'been shortlisted for the technical interveiw round.',
      '',
      'Your interview is scheduled on wensday 14-10-2048 at 11.30 AM IST through Google Meet. Meeting link will be ' +
        'shared 1 hour prior.',
      '',
      'Kindly revert with your confirmation by EOD today and do the needful to keep your updated CV and photo ID ' +
        'ready.',
      '',
      'Thanks & Regards,',
      'Rohit Kulkarni',
      'HR Executive | Vasudha Fintech Pvt. Ltd.',
      'Sent via Zoho Recruit',
    ),
    expect: [
      { kind: 'interview', by: '2048-10-14', time: '11:30', phrase: 'wensday 14-10-2048 at 11.30 AM IST' },
    ],
  },
  {
    // Bullhorn agency mail: by close of business Friday.
    ...DUB,
    text: mail(
      'Hi Oisín,',
      '',
      "Just a quick one – I spoke with Niamh at Cloverfield Analytics this morning. They're wrapping up the " +
        "first-stage interviews this week and she said she'll come back to me with feedback on all the shortlisted " +
        'candidates by close of business Friday.',
      '',
      "I'll give you a ring as soon as I hear anything.",
      '',
      'Talk soon,',
      'Declan Byrne',
      'Senior Consultant – Technology | Harbourline Recruitment',
      '+353 1 555 0148',
      '',
      'This email and any attachments are confidential and intended solely for the addressee. Harbourline ' +
        'Recruitment Ltd, registered in Ireland No. 604821.',
    ),
    expect: [{ kind: 'response-by', by: '2048-10-16', phrase: 'by close of business Friday' }],
  },
  {
    // JobAdder consultant on leave: hold off until the return day.
    ...MEL,
    text: mail(
      'Hi Mei,',
      '',
      'Thanks for your patience on the Customer Success Lead role with Tallowood Software.',
      '',
      "Just a heads up that I'm on annual leave from tomorrow and back in the office on Monday 26 October. The " +
        "client has paused interviews while their CEO is overseas, so there won't be any movement before then " +
        "anyway – please hold off chasing the client or me until I'm back.",
      '',
      'Cheers,',
      'Brodie Walsh',
      'Principal Consultant | Saltbush Talent',
      'Sent from JobAdder',
    ),
    expect: [
      { kind: 'no-contact-before', by: '2048-10-26', phrase: 'back in the office on Monday 26 October' },
    ],
  },
  {
    // Harver assessment completed: 5–7 business days.
    ...WAW,
    text: mail(
      'Subject: Thanks for completing your assessment – Customer Support Specialist (German & Polish)',
      '',
      'Hi Zofia,',
      '',
      'Thank you for completing the Harver assessment for the Customer Support Specialist (German & Polish) role ' +
        'at Nordwind Travel.',
      '',
      "Your results have been shared with our recruitment team. You'll hear from us within 5–7 business days about " +
        'the next step.',
      '',
      'Good luck!',
      'The Nordwind Travel Talent Team',
      '',
      'You are receiving this email because you applied for a position at Nordwind Travel. Harver B.V., ' +
        'Kraanspoor 28, 1033 SE Amsterdam.',
    ),
    expect: [{ kind: 'response-by', by: '2048-10-22', phrase: 'within 5–7 business days' }],
  },
  {
    // Manatal offer; the sign-by and start dates are not timelines.
    ...MNL,
    text: mail(
      'Subject: Offer of Employment – Accounts Payable Specialist',
      '',
      'Dear Ma. Cristina Dela Cruz,',
      '',
      'Good day!',
      '',
      'On behalf of Bayanihan Shared Services Inc., we are pleased to offer you the position of Accounts Payable ' +
        'Specialist, reporting to Mr. Ramon Villanueva. Your formal offer letter and compensation details are ' +
        'attached.',
      '',
      'Kindly sign and return the offer letter on or before October 20, 2048. Your tentative start date is ' +
        'November 3, 2048.',
      '',
      'Should you have any questions, please do not hesitate to contact me.',
      '',
      'Warm regards,',
      'Jennifer Aquino',
      'Talent Acquisition Specialist',
      'Sent from Manatal',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Pinpoint acknowledgement: a window counted from the closing date, and no phone updates.
    ...AKL,
    text: mail(
      "Subject: We've received your application – Kaiārahi / Community Engagement Advisor",
      '',
      'Kia ora Tama,',
      '',
      'Thanks for applying for the Community Engagement Advisor role at Te Awa Regional Council. Applications close ' +
        'on Friday 30 October, and the panel will shortlist after that.',
      '',
      'We will contact all applicants within three weeks of the closing date to let them know where their ' +
        'application is at.',
      '',
      'Please note that we are unable to provide updates over the phone.',
      '',
      'Ngā mihi,',
      'People & Capability team',
      'Te Awa Regional Council',
      '',
      'Powered by Pinpoint · Unsubscribe',
    ),
    expect: [
      { kind: 'response-by', by: '2048-11-20', phrase: 'within three weeks of the closing date' },
      { kind: 'no-calls', phrase: 'we are unable to provide updates over the phone' },
    ],
  },
  {
    // Teamtailor: "in the week commencing 26 October" is the Friday of that week.
    ...STO,
    text: mail(
      'Hej Linnea,',
      '',
      'Thank you for the interview on Monday, it was great to meet you!',
      '',
      'We have a few more interviews to hold this week and expect to make our decision in the week commencing ' +
        "26 October. We'll let all candidates know by email either way.",
      '',
      'Best regards,',
      'Oskar Lindgren',
      'Head of Engineering, Fjällbacka Games',
      '',
      'Sent with Teamtailor',
    ),
    expect: [{ kind: 'response-by', by: '2048-10-30', phrase: 'in the week commencing 26 October' }],
  },

  // ---- negatives ----
  {
    // The interviewer's copy of the Oracle invite.
    ...LDN,
    text: mail(
      'Subject: Interview Scheduled – Aisha Rahman – Senior Data Engineer (Req 48-1021)',
      '',
      'Hello Callum Price,',
      '',
      'You have been added as an interviewer for the following candidate:',
      '',
      'Candidate: Aisha Rahman',
      'Requisition: Senior Data Engineer (48-1021)',
      'Date: 21/10/2048',
      'Time: 14:00 - 14:45 (GMT+01:00) London',
      'Location: Microsoft Teams',
      '',
      "Please review the candidate's CV in Oracle Recruiting before the interview and submit your interview " +
        'feedback within 24 hours of the interview.',
      '',
      'Thank you,',
      'Talent Acquisition Team',
      'Halewood Insurance Group',
      '',
      'This email was sent from Oracle Recruiting Cloud.',
    ),
    expect: [],
  },
  {
    // Avature requisition approval for a hiring manager: a target start date.
    ...NY,
    text: mail(
      'Subject: Requisition REQ-48-3317 approved – Senior Financial Analyst',
      '',
      'Hi Priyanka,',
      '',
      'Good news – your requisition for a Senior Financial Analyst (FP&A) has been approved by Finance and HR ' +
        'Business Partnering.',
      '',
      'Requisition: REQ-48-3317',
      'Hiring manager: Priyanka Menon',
      'Recruiter: Tom Adeyemi',
      'Target start date: Monday, January 4, 2049',
      '',
      'Tom will reach out to schedule an intake meeting. You can track candidates in Avature from your hiring ' +
        'manager dashboard.',
      '',
      'Avature | Talent Acquisition Operations',
    ),
    expect: [],
  },
  {
    // Paradox text asking the candidate to choose a time: no day is fixed.
    ...LOS,
    text: mail(
      "Hi Chukwuemeka! It's Olivia from Greenfield Beverages careers. Great news – the team would like to " +
        'interview you for Sales Representative (Ikeja). Tap here to choose a time that works for you: ' +
        'https://grnfld.paradox.ai/s/8KQ2 Times are available this week and next. Reply STOP to opt out.',
    ),
    expect: [],
  },
  {
    // Dayforce pay statement: the reader as employee.
    ...TOR,
    text: mail(
      'Subject: Your pay statement is available',
      '',
      'Hi Sarah-Jane,',
      '',
      'Your pay statement for the pay period ending 10/10/2048 is now available in Dayforce.',
      '',
      'Pay date: Friday, October 16, 2048',
      'Net pay: see statement',
      '',
      'To view your statement, sign in to Dayforce and go to Pay > Earnings.',
      '',
      'Please do not reply to this message. If you have questions about your pay, contact People Services at ext. ' +
        '4410, Monday to Friday, 9:00 a.m. – 4:30 p.m.',
      '',
      'Ceridian Dayforce · 3311 East Old Shakopee Road, Minneapolis, MN 55425',
    ),
    expect: [],
  },
  {
    // SuccessFactors reference request: the reader as referee, with the referee's own deadline.
    ...MEX,
    text: mail(
      'Subject: Reference request for Mariana Gutiérrez Ochoa',
      '',
      'Dear Alejandro Ruiz,',
      '',
      'Mariana Gutiérrez Ochoa has applied for the position of Regional Supply Chain Manager at Andina Foods and ' +
        'has named you as a professional referee.',
      '',
      'We would be grateful if you could complete the short online reference questionnaire by Friday, October 16. ' +
        'It should take about 10 minutes.',
      '',
      'Complete reference',
      '',
      'Your answers will be treated confidentially.',
      '',
      'Thank you for your time,',
      'Recruiting Team, Andina Foods',
      'This message was sent from SAP SuccessFactors Recruiting.',
    ),
    expect: [],
  },
  {
    // Naukri job alert, with a walk-in listed for someone else's posting.
    ...KOL,
    text: mail(
      'Subject: 24 new jobs matching "Data Analyst" in Bengaluru',
      '',
      'Hi Sneha,',
      '',
      "Based on your profile, here are today's top recommendations:",
      '',
      'Data Analyst – Kaveri Retail Pvt Ltd | 2-5 Yrs | Bengaluru | Posted 2 days ago',
      'Senior Data Analyst – Nilgiri Cloud Solutions | 4-7 Yrs | Bengaluru (Hybrid) | Apply by 25 Oct',
      'Business Data Analyst – Coromandel Capital | 3-6 Yrs | Bengaluru | Walk-in: 17 Oct, 10 AM – 1 PM',
      '',
      'Apply now to get noticed by recruiters early.',
      '',
      'Naukri.com | Info Edge (India) Ltd., B-8, Sector 132, Noida – 201304',
      'You are receiving this mail as a registered user. Unsubscribe',
    ),
    expect: [],
  },
  {
    // Beamery talent-community careers fair.
    ...DUB,
    text: mail(
      "Subject: You're invited: Meridian Pharma Virtual Careers Fair – Thursday 22 October",
      '',
      'Hi Siobhán,',
      '',
      "As a member of the Meridian Pharma Talent Community, you're invited to our Virtual Careers Fair on Thursday " +
        '22 October, 17:00–19:00 (Irish time).',
      '',
      'Meet our Quality, Engineering and Manufacturing teams, hear about life at our Cork and Dublin sites, and join ' +
        'live Q&A sessions with hiring managers.',
      '',
      'Register now – places are limited.',
      '',
      'Meridian Pharma Talent Acquisition',
      "You're receiving this because you joined our Talent Community. Manage preferences | Unsubscribe",
      'Powered by Beamery',
    ),
    expect: [],
  },
  {
    // A Bullhorn agency pitching candidates to an employer, with a proposed call slot.
    ...LDN,
    text: mail(
      'Subject: 3 pre-vetted Senior Java Developers – available to interview this week',
      '',
      'Hi Gareth,',
      '',
      "Hope you're well. I noticed Caledon Payments is hiring for several backend roles, so I wanted to share three " +
        "senior Java developers I'm representing, all available on a one-month notice period:",
      '',
      '• Candidate A – 9 years, Spring Boot/Kafka, ex-fintech, Edinburgh-based',
      '• Candidate B – 7 years, microservices, AWS certified, open to hybrid',
      '• Candidate C – 11 years, tech lead, payments background',
      '',
      'All three are available to interview this week. Could you do Thursday at 2pm for a quick 15-minute call so I ' +
        'can talk you through their profiles? Our standard terms are 15% of first-year salary with a 12-week rebate.',
      '',
      'Best,',
      'Fiona McLeod',
      'Business Development Manager | Thistle Tech Recruitment',
      'Sent from Bullhorn',
    ),
    expect: [],
  },
  {
    // A research interview booked through Calendly: the reader as study participant.
    ...MEL,
    text: mail(
      'Subject: Confirmed: Research interview – Future of Hybrid Work study',
      '',
      'Hi Anh,',
      '',
      'Thank you for agreeing to participate in the Future of Hybrid Work study run by the School of Management at ' +
        'Southbank University. Your interview has been booked:',
      '',
      'When: Wednesday 21 October 2048, 10:00 – 11:00 (AEDT)',
      'Where: Zoom (link below)',
      'Who: Dr Harriet Osei (Research Fellow)',
      '',
      'The interview will be audio-recorded with your consent. A $40 gift voucher will be emailed to you after the ' +
        'interview.',
      '',
      'Join Zoom Meeting: https://southbank.zoom.us/j/84810211000',
      '',
      'Calendly · Cancel or reschedule',
    ),
    expect: [],
  },
  {
    // A work-visa interview at an embassy.
    ...MNL,
    text: mail(
      'Subject: Appointment Confirmation – Nonimmigrant Visa Interview',
      '',
      'Dear JOSE MIGUEL REYES,',
      '',
      'Your appointment has been scheduled successfully.',
      '',
      'Appointment type: Nonimmigrant Visa Interview (H-1B)',
      'Location: U.S. Embassy Manila, 1201 Roxas Boulevard',
      'Date: 27 October 2048',
      'Time: 07:45',
      '',
      'Please arrive no earlier than 15 minutes before your appointment time. Bring your appointment confirmation ' +
        'page, passport and DS-160 confirmation.',
      '',
      'This is an automated message; please do not reply.',
    ),
    expect: [],
  },
  {
    // Recruitee acknowledgement: only a closing date, nothing promised.
    ...AMS,
    text: mail(
      'Subject: Thank you for applying to Tulpenveld!',
      '',
      'Hi Daan,',
      '',
      "Thanks for applying for the Junior Marketing Manager position at Tulpenveld. We've received your " +
        'application and CV.',
      '',
      'The vacancy closes on 30 October 2048. Our team reviews every application carefully and we will get back to ' +
        'you once we have had the chance to look at yours.',
      '',
      'In the meantime, feel free to check out our Instagram to get a feel for life at Tulpenveld.',
      '',
      'Warm regards,',
      'Tulpenveld Recruitment',
      'Sent with Recruitee',
    ),
    expect: [],
  },
  {
    // Harver assessment invitation: the candidate's own 72-hour deadline.
    ...BER,
    text: mail(
      'Hi Jonas,',
      '',
      'Thanks for your application for the Logistics Coordinator role at Spreeland Retail!',
      '',
      "As a next step we'd like you to complete our online assessment. It takes about 35 minutes and must be " +
        'completed within 72 hours of receiving this email.',
      '',
      'Start assessment',
      '',
      'Tip: use a laptop and a quiet place.',
      '',
      'The Spreeland Retail Recruiting Team',
      'Harver B.V. · Unsubscribe',
    ),
    expect: [],
  },
  {
    // ADP onboarding: a first day and a report time.
    ...CHI,
    text: mail(
      'Subject: Welcome to Prairie State Logistics – your first day',
      '',
      'Hi Tyrone,',
      '',
      "Welcome aboard! We're excited to have you join the Dispatch team.",
      '',
      'Your first day is Monday, October 26, 2048. Please report to the front desk at 1400 W. Fulton Street at ' +
        '8:30 AM and ask for Lisa Kowalski.',
      '',
      'Before your first day, please complete the following in ADP Workforce Now:',
      '• Personal information and direct deposit',
      '• Form I-9, Section 1',
      '• Tax withholding (W-4)',
      '',
      'See you soon!',
      'People Team, Prairie State Logistics',
      'ADP, Inc. · One ADP Boulevard, Roseland, NJ 07068',
    ),
    expect: [],
  },
  {
    // JobAdder recruiter asking for times without naming a day.
    ...SYD,
    text: mail(
      'Hi Rahul,',
      '',
      "Great to speak with you yesterday. I've passed your resume to the hiring manager at Banksia Health and she'd " +
        'like to have an initial chat with you.',
      '',
      'Could you send me a few times that suit you over the next couple of weeks? Mornings tend to work best on her ' +
        'side.',
      '',
      'Cheers,',
      'Georgia Papadopoulos',
      'Senior Recruiter | Coastline People',
      'Sent from JobAdder',
    ),
    expect: [],
  },
  {
    // Cornerstone mandatory training: the reader as employee, with a due date.
    ...NBO,
    text: mail(
      'Subject: Reminder: mandatory training due – Anti-Bribery and Corruption 2048',
      '',
      'Dear Wanjiru Kamau,',
      '',
      'This is a reminder that the following course has been assigned to you as an employee of Savanna Mutual ' +
        'Assurance:',
      '',
      'Course: Anti-Bribery and Corruption 2048',
      'Due date: 30 October 2048',
      'Estimated time: 40 minutes',
      '',
      'Please log in to the Cornerstone Learning portal to complete the course before the due date. Incomplete ' +
        'training will be reported to your line manager.',
      '',
      'Learning & Development',
      'Savanna Mutual Assurance',
    ),
    expect: [],
  },
  {
    // The reader as mentor running mock interviews for students.
    ...SIN,
    text: mail(
      'Subject: Mentor schedule: mock interviews with Year 3 students',
      '',
      'Dear Mr Farhan Rahim,',
      '',
      'Thank you for volunteering as an industry mentor for the Marina Bay University Career Readiness Programme.',
      '',
      'You have been matched with three students for mock interviews on Friday 23 October, 2:00 – 4:00 pm, Seminar ' +
        'Room 4-2, Kallang Building. Each session is 40 minutes, with 10 minutes for feedback.',
      '',
      "Students' CVs are attached. Please send your feedback forms by Friday 30 October.",
      '',
      'With thanks,',
      'Career Services Office',
    ),
    expect: [],
  },
];
