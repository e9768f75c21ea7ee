// Round 640 (issue 13): written BEFORE the engine read it, by a helper (hw407) who never saw the rules, on Monday
// 14 October 2041 at 08:20 local, a Monday morning (t is the Monday; "Friday" is 18 October; "next week" is 21 to
// 25 October; five business days is Monday 21 October). What it tries: applicant-tracking-system mail as it really
// arrives, with its field layouts. Positives: a Greenhouse confirmation ("When: / Where: / Who:", a Zoom meeting ID
// made of digits that look like a date and a time), a Calendly invite "Thursday Oct 17, 2041 ⋅ 11:00am – 11:30am
// (Eastern Time - New York)" for a Chicago reader, a long Workday status notice whose window ("within 10 working
// days of the closing date (Friday 4 October 2041)") sits in the third paragraph, a Lever reschedule (old and new
// slot), an iCIMS walk-in "you are requested to report ... on 17/10/2041 at 10:30 hrs" for a Bengaluru reader, a
// SmartRecruiters auto-reply "within 3 weeks", an Ashby recruiter's out-of-office with a return day, a Workable
// no-calls line, a Teamtailor rejection, a BambooHR offer with a sign-by day and a start date, a Nairobi mail with
// typos ("interveiw", "wensday"), an HTML table flattened to text for a Dubai reader, a Mexico City "by close of
// business Friday", a Singapore "revert to you in the next fortnight", a SuccessFactors "within 5 business days", a
// Jobvite invite with a dial-in access code and a feedback window counted from the interview. Negatives: the
// interviewer-side Greenhouse invite, a Workday time-off approval, a Calendly self-schedule link with no day, a HireVue
// on-demand deadline, a reference request to the reader as referee, a job alert, a Personio webinar for HR people,
// an agency pitching to an employer, a closing-date reminder, a visa interview, a recruiter asking for times, a
// flat viewing for the reader as landlord, parent-teacher interviews, a BambooHR first-day note to a new employee,
// a Recruitee acknowledgement, a press interview request. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 14 October 2041, 08:20 local (a Monday morning).
const NY = { sentAt: '2041-10-14T08:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2041-10-14T08:20:00-05:00', tz: 'America/Chicago' } as const;
const VAN = { sentAt: '2041-10-14T08:20:00-07:00', tz: 'America/Vancouver' } as const;
const TOR = { sentAt: '2041-10-14T08:20:00-04:00', tz: 'America/Toronto' } as const;
const MEX = { sentAt: '2041-10-14T08:20:00-06:00', tz: 'America/Mexico_City' } as const;
const SAO = { sentAt: '2041-10-14T08:20:00-03:00', tz: 'America/Sao_Paulo' } as const;
const LDN = { sentAt: '2041-10-14T08:20:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2041-10-14T08:20:00+01:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2041-10-14T08:20:00+02:00', tz: 'Europe/Amsterdam' } as const;
const WAW = { sentAt: '2041-10-14T08:20:00+02:00', tz: 'Europe/Warsaw' } as const;
const JNB = { sentAt: '2041-10-14T08:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2041-10-14T08:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const LOS = { sentAt: '2041-10-14T08:20:00+01:00', tz: 'Africa/Lagos' } as const;
const BLR = { sentAt: '2041-10-14T08:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const DXB = { sentAt: '2041-10-14T08:20:00+04:00', tz: 'Asia/Dubai' } as const;
const SIN = { sentAt: '2041-10-14T08:20:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2041-10-14T08:20:00+11:00', tz: 'Australia/Sydney' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_640_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Greenhouse candidate confirmation; the meeting ID and passcode are digits that look like a date and a time.
  {
    text: mail(
      'Hi Tomás,',
      '',
      'Thanks for scheduling time with Hollowbrook Analytics! Your interview for Senior Data Engineer is confirmed.',
      '',
      'When: Wednesday, October 16, 2041',
      'Time: 1:30 PM - 2:15 PM EDT',
      'Where: Zoom',
      'Who: Marguerite Okafor (Engineering Manager), Dev Raghunathan (Staff Engineer)',
      '',
      'Join Zoom Meeting',
      'https://zoom.us/j/10162041133',
      'Meeting ID: 1016 2041 133',
      'Passcode: 101641',
      'One tap mobile: +16465550199,,10162041133#',
      '',
      'Need to reschedule? Reply to this email and we will find another time.',
      '',
      'Best,',
      'Hollowbrook Analytics Recruiting',
      'Sent via Greenhouse | 2041 Greenhouse Software, Inc., 18 W 18th St, New York, NY 10011 | Unsubscribe',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2041-10-16', time: '13:30', phrase: 'Wednesday, October 16, 2041' }],
  },
  // Calendly confirmation in calendar-invite layout, Eastern time, read in Chicago.
  {
    text: mail(
      'A new event has been scheduled.',
      '',
      'Event Type: Recruiter Screen - Customer Success Lead (30 min)',
      'Invitee: Ayodele Martins',
      'Invitee Email: ayo.martins@example.com',
      '',
      'Thursday Oct 17, 2041 ⋅ 11:00am – 11:30am (Eastern Time - New York)',
      'Location: Google Meet — meet.google.com/oct-1711-rsq',
      '',
      'Add to calendar: Google | Outlook | iCal',
      '',
      'Hi Ayodele, looking forward to chatting! — Bree Halvorsen, Talent Partner, Pinebrook Health',
      '',
      'Powered by Calendly. Cancel or reschedule: calendly.com/cancellations/AB12-1017',
    ),
    ...CHI,
    expect: [{ kind: 'interview', by: '2041-10-17', time: '10:00', phrase: 'Thursday Oct 17, 2041' }],
  },
  // A long Workday status notice; the window is in the third paragraph and counts from the stated closing date.
  {
    text: mail(
      'Dear Harriet,',
      '',
      'Thank you for your continued interest in the Policy Officer (Housing) vacancy, reference JR-0041877, with the Borough of Eastmere. We are writing to let you know that the status of your application has changed to "Under Review" in our candidate home.',
      '',
      'We received a very large number of applications for this post, and each one is being assessed against the essential criteria in the person specification. Our panel includes colleagues from Housing, Finance and Community Services, so please bear with us while they complete their scoring.',
      '',
      'We aim to let every applicant know the outcome of the shortlisting stage within 10 working days of the closing date (Friday 4 October 2041). If you are shortlisted, the invitation will include the format of the interview and any test.',
      '',
      'You can track your application at any time by signing in to Workday.',
      '',
      'Kind regards,',
      'Resourcing Team, Borough of Eastmere',
      'This is an automated message from Workday. Please do not reply.',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2041-10-18',
        phrase: 'within 10 working days of the closing date (Friday 4 October 2041)',
      },
    ],
  },
  // Lever reschedule notice: the old slot and the new one; only the new one counts.
  {
    text: mail(
      'Hi Mei-Lin,',
      '',
      'Your interview with Cedarline Robotics has been rescheduled.',
      '',
      'Previous time: Tuesday, October 15 at 9:00am PDT',
      'New time: Friday, October 18 at 3:00pm PDT (45 minutes)',
      'Interviewers: Oskar Lindqvist, Fatima Zahra Benali',
      'Location: Video call (link below)',
      '',
      'Sorry for the change — Oskar had a conflict come up. If the new time does not work, just reply here.',
      '',
      'Cheers,',
      'Cedarline Robotics Talent Team',
      'Sent with Lever',
    ),
    ...VAN,
    expect: [{ kind: 'interview', by: '2041-10-18', time: '15:00', phrase: 'Friday, October 18 at 3:00pm' }],
  },
  // iCIMS walk-in in Indian English; a numeric date in the sender's locale and a 24-hour time with "hrs".
  {
    text: mail(
      'Dear Candidate,',
      '',
      'Greetings from Sarvodaya Fintech Pvt. Ltd.!',
      '',
      'With reference to your application for the post of Credit Analyst (Req ID 2041-1017), you are requested to report for the walk-in interview on 17/10/2041 at 10:30 hrs at our Koramangala office, 4th Floor, 80 Feet Road, Bengaluru 560034.',
      '',
      'Kindly carry two copies of your updated CV, one passport-size photograph and a government photo ID. Kindly revert on this mail to confirm your presence.',
      '',
      'Thanks & Regards,',
      'Lakshmi Narayanan',
      'Talent Acquisition | Sarvodaya Fintech',
      'This message was sent from iCIMS on behalf of Sarvodaya Fintech.',
    ),
    ...BLR,
    expect: [{ kind: 'interview', by: '2041-10-17', time: '10:30', phrase: 'on 17/10/2041 at 10:30 hrs' }],
  },
  // SmartRecruiters auto-reply with a window in weeks.
  {
    text: mail(
      'Dear Katarzyna,',
      '',
      'Thank you for applying for the Frontend Developer (React) position at Wisła Software House. We have received your application.',
      '',
      'Our recruiters read every application personally. We will get back to you within 3 weeks, whatever the decision.',
      '',
      'Best regards,',
      'Wisła Software House Recruitment',
      '',
      'Powered by SmartRecruiters. You received this email because you applied for a job. Privacy policy.',
    ),
    ...WAW,
    expect: [{ kind: 'response-by', by: '2041-11-04', phrase: 'within 3 weeks' }],
  },
  // The recruiter's out-of-office reply through Ashby, with a request to hold follow-ups until the return day.
  {
    text: mail(
      'Automatic reply: Re: Product Analyst – next steps',
      '',
      'Hi there,',
      '',
      'Thanks for your message. I am on annual leave with no access to email and back in the office on Tuesday 22 October.',
      '',
      'If you are a candidate in one of my processes, please hold off on following up about your application until I am back on Tuesday 22 October — nothing will move while I am away.',
      '',
      'Go raibh maith agat,',
      'Siobhán Ní Bhriain',
      'Talent Acquisition, Lough Data Ltd. | scheduled with Ashby',
    ),
    ...DUB,
    expect: [
      { kind: 'no-contact-before', by: '2041-10-22', phrase: 'until I am back on Tuesday 22 October' },
    ],
  },
  // Workable acknowledgement with an unbounded no-calls line.
  {
    text: mail(
      'Hi Thabo,',
      '',
      'Thanks for applying for Warehouse Supervisor at Karoo Freight (Pty) Ltd. Your application has been received and will be reviewed by our hiring team.',
      '',
      'Please note that due to the high volume of applications we are unable to take phone calls about the status of your application. All updates will be sent to you by email.',
      '',
      'Kind regards,',
      'Karoo Freight Hiring Team',
      'Sent via Workable',
    ),
    ...JNB,
    expect: [
      {
        kind: 'no-calls',
        phrase: 'we are unable to take phone calls about the status of your application',
      },
    ],
  },
  // Teamtailor rejection.
  {
    text: mail(
      'Hi Sanne,',
      '',
      'Thank you for taking the time to interview with us for the Content Designer role at Grachtwerk.',
      '',
      'After careful consideration we have decided not to move forward with your application at this time. It was a close call, and we genuinely enjoyed getting to know you.',
      '',
      'We would love to stay in touch, so we will keep your details in our talent community.',
      '',
      'Warm regards,',
      'Joost van der Berg',
      'People Team, Grachtwerk — sent with Teamtailor',
    ),
    ...AMS,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // BambooHR offer: the sign-by day is the candidate's deadline and the start date is a fact.
  {
    text: mail(
      "G'day Priyanka,",
      '',
      'We are thrilled to offer you the position of Senior Payroll Specialist at Wattle & Finch Pty Ltd!',
      '',
      'Your offer letter is attached in BambooHR. Please review and e-sign it by Friday 18 October. If you accept, your start date would be Monday 4 November 2041.',
      '',
      'Give me a ring if anything in the package needs explaining.',
      '',
      'Cheers,',
      'Lachlan Moore',
      'People & Culture Manager',
    ),
    ...SYD,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Plain recruiter mail from Nairobi with typos.
  {
    text: mail(
      'Hi Wanjiru,',
      '',
      'Thanks alot for your time on the phone on Friday. Am happy to confirm the panel interveiw is on wensday 16th at 2pm EAT at our Westlands office, Mpaka Road.',
      '',
      'Carry your original certificates please.',
      '',
      'Regards,',
      'Brian Otieno',
      'HR Officer, Savanna Agritech',
    ),
    ...NBO,
    expect: [{ kind: 'interview', by: '2041-10-16', time: '14:00', phrase: 'wensday 16th at 2pm' }],
  },
  // An HTML table flattened to text, Dubai.
  {
    text: mail(
      'Dear Mr. Haddad,',
      '',
      'Further to your application for the role of Procurement Manager, we are pleased to invite you to a face-to-face interview. Please find the details below:',
      '',
      'Date | Time | Location',
      '21/10/2041 | 10:00 AM - 11:00 AM (GST) | Al Noor Tower, Level 12, Business Bay, Dubai',
      '',
      'Panel | Role',
      'Ms. Reem Al Mansoori | Head of Supply Chain',
      'Mr. Viktor Petrov | CFO',
      '',
      'Kindly bring your Emirates ID.',
      '',
      'Best regards,',
      'HR Department, Falcon Crest Trading LLC',
    ),
    ...DXB,
    expect: [{ kind: 'interview', by: '2041-10-21', time: '10:00', phrase: '21/10/2041 | 10:00 AM' }],
  },
  // Mexico City, "by close of business Friday".
  {
    text: mail(
      'Hola Daniela,',
      '',
      'Thank you again for presenting your case study to the panel last week. The hiring committee meets this Thursday, and I will let you know their decision by close of business Friday.',
      '',
      'Saludos,',
      'Ricardo Fuentes',
      'Talent Acquisition Lead, Grupo Quetzal',
    ),
    ...MEX,
    expect: [{ kind: 'response-by', by: '2041-10-18', phrase: 'by close of business Friday' }],
  },
  // Singapore, "revert to you in the next fortnight".
  {
    text: mail(
      'Dear Wei Jie,',
      '',
      'Thank you for completing the online assessment for the Graduate Engineer Programme.',
      '',
      'Our team is now evaluating the results, and we will revert to you in the next fortnight regarding the next stage.',
      '',
      'Thank you and regards,',
      'Nurul Aisyah',
      'Campus Recruitment, Merlion Infrastructure Pte Ltd',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2041-10-28', phrase: 'in the next fortnight' }],
  },
  // SuccessFactors status change with a business-day window.
  {
    text: mail(
      'Dear Gabriel Nogueira,',
      '',
      'APPLICATION STATUS UPDATE – REQUISITION 88213 – SUPPLY PLANNER',
      '',
      'Your application has moved to the next step: Recruiter Review. Our recruitment team will contact you within 5 business days to discuss your profile and the next stages.',
      '',
      'Sincerely,',
      'Talent Acquisition, Ipê Bebidas S.A.',
      'SAP SuccessFactors Recruiting – please do not reply to this address.',
    ),
    ...SAO,
    expect: [{ kind: 'response-by', by: '2041-10-21', phrase: 'within 5 business days' }],
  },
  // Jobvite invite with a dial-in access code that looks like a date, and a feedback window from the interview.
  {
    text: mail(
      'Hello Nadia,',
      '',
      'You have been scheduled for an interview with Maplestone Insurance.',
      '',
      'Position: Actuarial Associate',
      'Date/Time: Monday, October 21, 2041, 4:00 PM - 5:00 PM Eastern',
      'Format: Phone',
      'Dial-in: +1 647-555-0142, Access code: 1021 2041#',
      'Interviewer: Graham Thibodeau',
      '',
      'The hiring team aims to share feedback within three business days of your interview.',
      '',
      'Thank you,',
      'Maplestone Insurance Careers',
      'Jobvite | Manage your notifications',
    ),
    ...TOR,
    expect: [
      { kind: 'interview', by: '2041-10-21', time: '16:00', phrase: 'Monday, October 21, 2041, 4:00 PM' },
      {
        kind: 'response-by',
        by: '2041-10-24',
        phrase: 'within three business days of your interview',
      },
    ],
  },

  // ---- negatives ----
  // The interviewer-side Greenhouse invite: the reader interviews the candidate.
  {
    text: mail(
      'Hi Marguerite,',
      '',
      "You've been scheduled to interview Tomás Álvarez for Senior Data Engineer.",
      '',
      'When: Wednesday, October 16, 2041, 1:30 PM - 2:15 PM EDT',
      'Where: Zoom (link in the calendar invite)',
      'Focus area: System design',
      '',
      'Interview kit and scorecard: open in Greenhouse. Please submit your scorecard within 24 hours of the interview.',
      '',
      'Thanks,',
      'Hollowbrook Analytics Recruiting Coordination',
    ),
    ...NY,
    expect: [],
  },
  // Workday to the reader as an employee.
  {
    text: mail(
      'Hello Aoife,',
      '',
      'Your time off request (Annual Leave, Monday 21 October 2041 – Friday 25 October 2041, 5 days) has been approved by Conor Walsh.',
      '',
      'Your remaining balance is 9 days. The October payroll will be processed on Thursday 31 October.',
      '',
      'Workday – Lough Data Ltd. HR. This is a system notification.',
    ),
    ...DUB,
    expect: [],
  },
  // Calendly self-schedule link: the candidate picks; no day is fixed.
  {
    text: mail(
      'Hi Joaquín,',
      '',
      'Great news — the hiring manager would like to meet you! Please use the link below to pick a time that works for you for a 30-minute video call.',
      '',
      'Schedule here: calendly.com/pinebrook-talent/hm-interview',
      'Availability: Monday to Thursday, 9:00am – 4:00pm Central, over the next two weeks.',
      '',
      'Best,',
      'Bree Halvorsen, Talent Partner, Pinebrook Health',
    ),
    ...CHI,
    expect: [],
  },
  // HireVue on-demand: the only date is the candidate's own deadline.
  {
    text: mail(
      'Dear Amara,',
      '',
      'Thank you for your interest in the Graduate Trainee Scheme at Niger Delta Power Plc. The next step is a HireVue on-demand video interview.',
      '',
      'Please complete your interview by Thursday, October 17, 2041 at 11:59 PM WAT. It takes about 25 minutes. You can practise as many times as you like before you start.',
      '',
      'Start your interview: app.hirevue.com/candidate/ndpp-grad-41',
      '',
      'Best of luck,',
      'Graduate Recruitment Team',
    ),
    ...LOS,
    expect: [],
  },
  // Lever reference request to the reader as a referee.
  {
    text: mail(
      'Hi Emeka,',
      '',
      'Ana Sousa has applied for a Product Manager role at Cedarline Robotics and listed you as a professional reference.',
      '',
      'Could you please complete our short reference form by Friday 18 October? It takes about ten minutes. If you would rather speak, our recruiter can call you on Thursday at 2pm.',
      '',
      'Thanks so much,',
      'Cedarline Robotics Talent Team (sent with Lever)',
    ),
    ...LOS,
    expect: [],
  },
  // A job alert.
  {
    text: mail(
      'Your job alert: "product designer" in Amsterdam',
      '',
      '12 new jobs match your search',
      '',
      'Senior Product Designer – Fietsdeel B.V. – Amsterdam – posted Oct 13, 2041',
      'Product Designer (Payments) – Tulip Pay – Hybrid – posted Oct 12, 2041',
      'Lead Designer – Havenlab – Rotterdam – posted Oct 11, 2041 – apply by 31 October',
      '',
      'See all jobs | Manage alerts | Unsubscribe',
      'JobsNL B.V., Keizersgracht 2041, 1015 Amsterdam',
    ),
    ...AMS,
    expect: [],
  },
  // A Personio webinar for HR people.
  {
    text: mail(
      'Hi Magdalena,',
      '',
      'Hiring in 2042: what HR teams in Central Europe need to know.',
      '',
      'Join our live webinar on Thursday 24 October at 14:00 CEST with two Heads of People from Warsaw and Prague. We will cover interview scorecards, offer approvals and onboarding checklists.',
      '',
      'Save your seat: personio.com/webinars/hiring-2042',
      '',
      'Best,',
      'The Personio Team',
      'You are receiving this because you subscribed to Personio updates. Unsubscribe.',
    ),
    ...WAW,
    expect: [],
  },
  // An agency pitching to the reader as an employer.
  {
    text: mail(
      'Dear Ms. Chua,',
      '',
      'I noticed Merlion Infrastructure is hiring site engineers. At Apex Talent Asia we can present three vetted, interview-ready candidates within 5 working days, with a 90-day replacement guarantee.',
      '',
      'Are you free for a 15-minute call on Wednesday at 11am to discuss our terms?',
      '',
      'Best regards,',
      'Hafiz Rahman',
      'Client Partner, Apex Talent Asia',
    ),
    ...SIN,
    expect: [],
  },
  // A closing-date reminder: the only date is when applications close.
  {
    text: mail(
      'Hi Gabriel,',
      '',
      'REMINDER: applications for the 2042 Graduate Analyst Programme close on 25 October 2041.',
      '',
      'You started an application but have not submitted it yet. Sign in to your candidate portal to finish it.',
      '',
      'Ipê Bebidas Early Careers',
      'SAP SuccessFactors Recruiting',
    ),
    ...SAO,
    expect: [],
  },
  // A visa interview appointment.
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Your visa interview appointment has been booked.',
      '',
      'Applicant: NJOROGE, PETER KAMAU',
      'Post: Nairobi',
      'Appointment: Tuesday, 22 October 2041, 08:15',
      '',
      'Please arrive 15 minutes early with your passport and the DS-160 confirmation page.',
      '',
      'Visa Appointment Service',
    ),
    ...NBO,
    expect: [],
  },
  // A recruiter asking for the reader's availability without naming a day.
  {
    text: mail(
      'Hey Connor,',
      '',
      'Loved your profile — I am hiring for a Staff Platform Engineer at Glasswing. Could you send me a few times that work for a quick call later this week or early next?',
      '',
      'Thanks!',
      'Yasmin Karimi',
      'Technical Recruiter, Glasswing',
    ),
    ...NY,
    expect: [],
  },
  // The reader as a landlord.
  {
    text: mail(
      'Hi Mr. Pretorius,',
      '',
      'I saw your listing for the two-bedroom flat in Greenside. I have just accepted a new job in Rosebank and start on 1 November, so I am looking to move quickly.',
      '',
      'Could I view the flat on Saturday at 11am?',
      '',
      'Thanks,',
      'Zanele Dlamini',
    ),
    ...JNB,
    expect: [],
  },
  // The reader as a parent.
  {
    text: mail(
      'Dear Parents and Carers,',
      '',
      'Parent-teacher interviews for Year 9 will take place on Thursday 17 October from 3:30pm to 7:00pm in the school hall. Please book your slots through the school app by Wednesday.',
      '',
      'Kind regards,',
      'Mrs. Oyelaran, Head of Year 9, St. Brendan’s College',
    ),
    ...LDN,
    expect: [],
  },
  // BambooHR to a new employee: first day and orientation are facts.
  {
    text: mail(
      'Welcome aboard, Tegan!',
      '',
      'We are so excited to have you join Wattle & Finch. Your first day is Monday, 21 October 2041. Orientation starts at 9:00 AM in the Level 3 boardroom.',
      '',
      'Before then, please complete your new hire packet in BambooHR (tax file number declaration, super choice form and bank details).',
      '',
      'See you soon,',
      'People & Culture, Wattle & Finch Pty Ltd',
    ),
    ...SYD,
    expect: [],
  },
  // Recruitee acknowledgement that promises nothing dated.
  {
    text: mail(
      'Hi Ruben,',
      '',
      'Thanks for applying to Grachtwerk! We have received your application for Backend Engineer (Go).',
      '',
      'Our team will review it carefully. If your profile matches what we are looking for, we will be in touch. We keep your data in our talent pool for 12 months unless you ask us to remove it.',
      '',
      'Cheers,',
      'The Grachtwerk team — powered by Recruitee',
    ),
    ...AMS,
    expect: [],
  },
  // A press interview request to a researcher.
  {
    text: mail(
      'Dear Dr. Adeyemi,',
      '',
      'I am a reporter at The Lagos Ledger, writing a piece on youth unemployment and the graduate job market. Would you be available for a 20-minute interview on Wednesday at 3pm about your recent study?',
      '',
      'Many thanks,',
      'Chioma Eze',
      'Business Desk, The Lagos Ledger',
    ),
    ...LOS,
    expect: [],
  },
];
