// Round 960 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Friday
// 30 October 2071 at 16:00 local, in the one week when Europe has left summer time (25 October) and the US has
// not yet (1 November): a New York time on Monday 2 November is already EST, five hours behind London, while
// the mail itself is sent at four. "Next week" is 2–8 November (Friday 6 November); "the week after next" ends
// Friday 13 November; the end of the month is tomorrow. What it tries: whole applicant-tracking-system mails as
// they arrive after HTML-to-text conversion (headers, labels, buttons as text, privacy and unsubscribe
// footers). Positives: a Lever invitation in EST read in London after the US change, a Workday "5–7 working
// days", a Greenhouse rejection, a police iCIMS acknowledgement with a dated hold and no phone enquiries, a
// SuccessFactors "Date: 04/11/2071" in Johannesburg, a Taleo health-service invitation in Dublin, an Oracle
// Recruiting "by the end of next week" in Dubai, a founder's Ashby "by Thursday at the latest", a SmartRecruiters
// offer with an accept-by window, a Teamtailor slot in Stockholm time for an Auckland reader (the evening of the
// same day), a Workable final interview with results "within two working days of the interview", a BambooHR hold
// "until Monday, November 16", a university's Pinpoint "by mid-November", a Recruitee "by the end of November", a
// Jobvite rejection in Karachi, a Gem invitation in GMT read in Sydney, a Dover note "the week after next".
// Negatives: the same systems reaching people who are not the candidate: an offer approval to a hiring manager,
// a Lever virtual open day, Workday open enrolment, an iCIMS panel reminder, SuccessFactors mandatory training, a
// Taleo decline sent to an agency about its candidate, an internal vacancy bulletin, an Ashby reschedule sent to
// the interviewer, a Teamtailor data-deletion notice, a Workable job-post expiry to an employer, a BambooHR review
// meeting, an agency pitching temps to an employer, a user-research interview, an MOT booking, a PhD viva, a
// sister's interview, a salary-guide webinar. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 30 October 2071, 16:00 local.
const NY = { sentAt: '2071-10-30T16:00:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2071-10-30T16:00:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2071-10-30T16:00:00-06:00', tz: 'America/Denver' } as const;
const VAN = { sentAt: '2071-10-30T16:00:00-07:00', tz: 'America/Vancouver' } as const;
const TOR = { sentAt: '2071-10-30T16:00:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2071-10-30T16:00:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2071-10-30T16:00:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2071-10-30T16:00:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2071-10-30T16:00:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2071-10-30T16:00:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2071-10-30T16:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2071-10-30T16:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2071-10-30T16:00:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2071-10-30T16:00:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR = { sentAt: '2071-10-30T16:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2071-10-30T16:00:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2071-10-30T16:00:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2071-10-30T16:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2071-10-30T16:00:00+08:00', tz: 'Asia/Manila' } as const;
const PER = { sentAt: '2071-10-30T16:00:00+08:00', tz: 'Australia/Perth' } as const;
const MEL = { sentAt: '2071-10-30T16:00:00+11:00', tz: 'Australia/Melbourne' } as const;
const SYD = { sentAt: '2071-10-30T16:00:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2071-10-30T16:00:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_960_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Lever invitation in EST for a London reader: on 2 November New York is five hours behind.
    text: mail(
      'Orchard & Vine',
      '',
      'Hi Imogen,',
      '',
      "Thanks for your interest in the Senior Brand Designer role at Orchard & Vine. We'd love to have you meet our Creative Director.",
      '',
      'Interview details',
      'Date: Monday, November 2, 2071',
      'Time: 10:00 AM - 11:00 AM EST',
      'Format: Zoom video call (link to follow in a calendar invite)',
      'Interviewer: Marcus Delacroix, Creative Director',
      '',
      '[Add to calendar]',
      '',
      'Best,',
      'Talia Brooks',
      'Recruiting, Orchard & Vine',
      '',
      'Orchard & Vine, 401 Broadway, New York, NY 10013',
      'Sent via Lever. You are receiving this email because you applied for a position at Orchard & Vine. Unsubscribe',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2071-11-02', time: '15:00', phrase: 'Monday, November 2, 2071' }],
  },
  {
    // Workday after an assessment, a range of working days.
    text: mail(
      'Lion City Telecom Careers',
      '',
      'Dear Nurul Aisyah,',
      '',
      'Requisition: JR-88120 Network Planning Engineer',
      '',
      'Thank you for completing the online technical assessment. Our hiring team will review your results and you will hear from us in 5-7 working days.',
      '',
      '[Go to Candidate Home]',
      '',
      'Best regards,',
      'Talent Acquisition, Lion City Telecom',
      '',
      'This is a system-generated email from Workday. Please do not reply. To learn how we handle your personal data, see our Candidate Privacy Notice.',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2071-11-10', phrase: 'in 5-7 working days' }],
  },
  {
    // Greenhouse rejection after an onsite.
    text: mail(
      'Hi Marcus,',
      '',
      'Thank you so much for spending the day with us at our Fulton Market office and for the thoughtful questions you asked the team.',
      '',
      "We've reviewed the feedback from your interviews carefully, and unfortunately we won't be moving forward with your candidacy for the Product Analyst role. We know this isn't the news you were hoping for.",
      '',
      'We would be glad to stay in touch as new roles open up, and we encourage you to apply again in the future.',
      '',
      'All the best,',
      'Renee Halvorsen',
      'Talent Acquisition, Prairie Ledger',
      '',
      'Powered by Greenhouse',
      'Prairie Ledger, Inc. | Privacy Policy | This email was sent to marcus.lee@gmail.com.',
    ),
    ...CHI,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A police service's iCIMS acknowledgement: a dated hold and an unbounded no-phone line.
    text: mail(
      'Lakeshore Regional Police Service - Recruiting Unit',
      '',
      'Dear Applicant,',
      '',
      'Thank you for applying to the Cadet-in-Training (Constable) Intake, Winter 2072.',
      '',
      'All applications are reviewed once the intake closes on 15 November 2071. Please do not contact the Recruiting Unit for status updates before 1 December 2071.',
      '',
      'Telephone enquiries regarding the status of an application will not be returned. Successful applicants will be invited to the next stage by email.',
      '',
      'Lakeshore Regional Police Service',
      'Recruiting Unit',
      '',
      'This email was sent through iCIMS. Do not reply to this email; this mailbox is not monitored.',
    ),
    ...TOR,
    expect: [
      { kind: 'no-contact-before', by: '2071-12-01', phrase: 'before 1 December 2071' },
      {
        kind: 'no-calls',
        phrase: 'Telephone enquiries regarding the status of an application will not be returned',
      },
    ],
  },
  {
    // SuccessFactors invitation in Johannesburg, numeric day-first date.
    text: mail(
      'INVITATION TO INTERVIEW',
      '',
      'Dear Sipho Ndlovu',
      '',
      'Position: Financial Accountant (Ref FA-2071-09)',
      '',
      'We are pleased to inform you that you have been shortlisted for an interview.',
      '',
      'Date: 04/11/2071',
      'Time: 09:00 SAST',
      'Venue: Karoo Mining Group, 18 Fricker Road, Illovo, Boardroom 3',
      '',
      'Please bring certified copies of your ID and qualifications.',
      '',
      'Kind regards',
      'Talent Acquisition',
      'Karoo Mining Group',
      '',
      'This email was generated by SAP SuccessFactors. Please do not respond to this email address.',
      'POPIA notice: your personal information is processed for recruitment purposes only.',
    ),
    ...JNB,
    expect: [{ kind: 'interview', by: '2071-11-04', time: '09:00', phrase: 'Date: 04/11/2071' }],
  },
  {
    // Taleo invitation from a health service in Dublin, label–value layout with a confirm-by line.
    text: mail(
      'Interview Invitation - Senior Physiotherapist (Campaign 2071-PHY-31)',
      '',
      'Dear Aoife,',
      '',
      'Following the shortlisting process, we are pleased to invite you to interview.',
      '',
      'Date: Thursday 12 November 2071',
      'Time: 13:45',
      'Venue: Board Room, St. Columba Hospital, Dublin 8',
      'Duration: approximately 40 minutes',
      '',
      'Please confirm your attendance through your candidate account by 4 November.',
      '',
      '[Confirm attendance]',
      '',
      'Yours sincerely,',
      'National Recruitment Office',
      '',
      'This is an automated message from Taleo. Replies to this address are not read.',
    ),
    ...DUB,
    expect: [
      { kind: 'interview', by: '2071-11-12', time: '13:45', phrase: 'Date: Thursday 12 November 2071' },
    ],
  },
  {
    // Oracle Recruiting Cloud in Dubai: "by the end of next week" on a Friday.
    text: mail(
      'Al Noor Hospitality Group',
      '',
      'Dear Fatima,',
      '',
      'Thank you for meeting with our Director of Rooms on Wednesday. The panel is completing its final evaluations and we will share the outcome with you by the end of next week.',
      '',
      'Warm regards,',
      'Rashid Khoury',
      'Talent Acquisition Manager',
      'Al Noor Hospitality Group, Dubai',
      '',
      'This message was sent from Oracle Recruiting Cloud. Please do not reply directly to this email.',
    ),
    ...DXB,
    expect: [{ kind: 'response-by', by: '2071-11-06', phrase: 'by the end of next week' }],
  },
  {
    // A founder's Ashby message: a bare weekday.
    text: mail(
      'Hi Priya!',
      '',
      "Thanks for turning the take-home around so quickly. I'm at a conference Monday to Wednesday so won't get a proper look before then, but I'll get you feedback by Thursday at the latest.",
      '',
      'Nate',
      'CEO, Fernhill Robotics',
      '',
      '--',
      'Sent via Ashby',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2071-11-05', phrase: 'by Thursday' }],
  },
  {
    // SmartRecruiters offer; the accept-by window is the candidate's deadline.
    text: mail(
      'Offer Letter - Senior UX Researcher',
      '',
      'Dear Mei Ling,',
      '',
      'Congratulations! On behalf of Rimba Digital Sdn Bhd, we are pleased to offer you the position of Senior UX Researcher.',
      '',
      'Your offer letter is attached and is also available in your SmartRecruiters candidate portal. Please accept the offer in the portal within 5 working days.',
      '',
      '[Review offer]',
      '',
      'We look forward to welcoming you to the team.',
      'Hairul Azman, HR Manager',
      '',
      'Powered by SmartRecruiters. This email is intended for the named recipient only.',
    ),
    ...KUL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Teamtailor booking in Stockholm time for an Auckland reader: the same day, in the evening.
    text: mail(
      'Interview booked - Solvik Games',
      '',
      'Hi Rangi,',
      '',
      'Thanks for booking a time for your interview for Senior Gameplay Programmer.',
      '',
      'Time: Tuesday 3 November 2071, 09:00-09:45 (CET, Stockholm time)',
      'Where: Google Meet (link in the calendar invite)',
      'Who: Karin Nyström, Lead Programmer',
      '',
      '[Add to calendar]   [Reschedule]',
      '',
      'Looking forward to talking to you!',
      'Solvik Games',
      '',
      'Sent with Teamtailor. Read our privacy notice.',
    ),
    ...AKL,
    expect: [
      { kind: 'interview', by: '2071-11-03', time: '21:00', phrase: 'Tuesday 3 November 2071, 09:00' },
    ],
  },
  {
    // Workable: a final interview and a window counted from it.
    text: mail(
      'Hello Tobi,',
      '',
      'Congratulations on progressing to the final stage for the Product Manager role at Naira Rails.',
      '',
      'Your final interview with our CTO is on Tuesday 3 November at 10:00am at our Yaba office. We will communicate results within two working days of the interview.',
      '',
      '[Confirm]',
      '',
      'Best regards,',
      'Adaeze Okafor',
      'People Operations, Naira Rails',
      '',
      'Powered by Workable | You are receiving this email because you applied for a job at Naira Rails.',
    ),
    ...LAG,
    expect: [
      { kind: 'interview', by: '2071-11-03', time: '10:00', phrase: 'Tuesday 3 November at 10:00am' },
      { kind: 'response-by', by: '2071-11-05', phrase: 'within two working days of the interview' },
    ],
  },
  {
    // BambooHR: an absence with an explicit hold.
    text: mail(
      'Hi Carlos,',
      '',
      'Thanks again for coming in on Tuesday. Quick heads-up: I will be out of the office from November 2 through November 13, and the hiring decision will not be made until I am back.',
      '',
      'Please hold off on any follow-ups until Monday, November 16. I promise I have not forgotten you!',
      '',
      'Best,',
      'Shauna Pike',
      'Director of Operations, Timberline Outfitters',
      '',
      'This message was sent from BambooHR on behalf of Timberline Outfitters.',
    ),
    ...DEN,
    expect: [{ kind: 'no-contact-before', by: '2071-11-16', phrase: 'until Monday, November 16' }],
  },
  {
    // A university's Pinpoint acknowledgement: a past closing date and "by mid-November".
    text: mail(
      'University of Wexmoor - Jobs',
      '',
      'Dear Dr Okonjo,',
      '',
      'Thank you for your application for the post of Research Software Engineer (Ref. RSE-2071-114).',
      '',
      'The closing date for this post was 26 October 2071. We expect shortlisting to be completed by mid-November and will let all applicants know the outcome at that point.',
      '',
      'Best wishes,',
      'HR Recruitment Team',
      'University of Wexmoor',
      '',
      'This email was sent via Pinpoint. Please do not reply to this address.',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2071-11-15', phrase: 'by mid-November', fuzzy: true }],
  },
  {
    // Recruitee mass acknowledgement: an end-of-month promise for a Nairobi reader.
    text: mail(
      'Thank you for applying to Kestrel Solar',
      '',
      'Hi Mercy,',
      '',
      'Thank you for applying for the Sales Engineer, East Africa role. We received more than 600 applications for this position, so reviewing them will take us a little longer than usual.',
      '',
      'We will give every applicant an answer by the end of November, whether or not you are selected for an interview.',
      '',
      'Kind regards,',
      'Kestrel Solar Recruitment Team',
      '',
      'Sent with Recruitee. Read how we process your data in our privacy statement.',
    ),
    ...NBO,
    expect: [{ kind: 'response-by', by: '2071-11-30', phrase: 'by the end of November' }],
  },
  {
    // Jobvite rejection after an interview in Karachi.
    text: mail(
      'Dear Hassan,',
      '',
      'Thank you for interviewing for the position of Treasury Officer at Indus Crescent Bank.',
      '',
      'We regret to inform you that after careful consideration, we will not be proceeding with your application. Your profile will remain in our database for future opportunities.',
      '',
      'Regards,',
      'Human Resources',
      'Indus Crescent Bank Limited',
      '',
      'Powered by Jobvite | Do not reply to this message.',
    ),
    ...KHI,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Gem invitation in GMT for a Sydney reader.
    text: mail(
      'Hi Jack,',
      '',
      "Great to connect earlier this week. As discussed, I've set up your first interview with our Head of Data for Tuesday 3 November 2071 at 9:30 AM GMT. I know that is an evening for you in Sydney, so thank you for being flexible.",
      '',
      'A video link will follow in a separate calendar invitation.',
      '',
      'Cheers,',
      'Saoirse',
      'Saoirse Duggan | Talent Partner | Quillmark',
      '',
      'Sent with Gem',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2071-11-03',
        time: '20:30',
        phrase: 'Tuesday 3 November 2071 at 9:30 AM GMT',
      },
    ],
  },
  {
    // Dover: "the week after next".
    text: mail(
      'Hi Wing Yan,',
      '',
      'Thanks for chatting with our founders this week. The team is taking a short break for an offsite next week, so we will circle back with next steps the week after next.',
      '',
      'Best,',
      'Jules',
      'Recruiting on behalf of Harbour Kite',
      '',
      'Sent with Dover',
    ),
    ...HKG,
    expect: [{ kind: 'response-by', by: '2071-11-13', phrase: 'the week after next' }],
  },

  // ---- negatives ----
  {
    // Greenhouse offer approval to a hiring manager: a deadline for the reader and a start date.
    text: mail(
      'Offer approval needed',
      '',
      'Hi Dominic,',
      '',
      'An offer for Lucia Ferraro (Senior Accountant) requires your approval.',
      '',
      'Base salary: $118,000',
      'Proposed start date: Monday, November 30, 2071',
      'Approval needed by: Monday, November 2',
      '',
      '[Approve]   [Reject]   [View offer]',
      '',
      "Greenhouse | You received this email because you're an approver on this offer.",
    ),
    ...NY,
    expect: [],
  },
  {
    // Lever nurture campaign: a virtual open day.
    text: mail(
      'View in browser',
      '',
      'Hi Andre,',
      '',
      'You joined our talent community last year, so we wanted to invite you to our next Virtual Open Day.',
      '',
      'Wednesday, November 11, 2071 | 12:00 PM - 1:30 PM ET',
      'Meet engineers from our Payments and Risk teams, hear about open roles and ask anything.',
      '',
      '[Register now]',
      '',
      'Keystone Mutual | You are receiving this email because you are a member of the Keystone Mutual talent community. Sent via Lever. Unsubscribe',
    ),
    ...NY,
    expect: [],
  },
  {
    // Workday to an employee: open enrolment.
    text: mail(
      'Open Enrollment is now open',
      '',
      'Hi Jamal,',
      '',
      'Open Enrollment for 2072 benefits runs from November 2 to November 13, 2071. Elections you make will take effect on January 1, 2072.',
      '',
      'Join a live Q&A with the Benefits team on Thursday, November 5 at 12:00 PM CT.',
      '',
      '[Start your enrollment]',
      '',
      'This is an automated message from Workday. Please do not reply.',
    ),
    ...CHI,
    expect: [],
  },
  {
    // iCIMS to a panel member.
    text: mail(
      'Interview Panel Reminder',
      '',
      'Dear Ms. Ferreira,',
      '',
      'You are on the interview panel for Requisition 7781 (Paralegal, Litigation). Interviews are scheduled for Tuesday, November 3 from 9:00 AM to 4:00 PM in Conference Room B.',
      '',
      'Please review the candidate packets in iCIMS before Monday and complete an evaluation form after each interview.',
      '',
      '[Open requisition]',
      '',
      'Stanton Greaves LLP Human Resources | This notification was sent by iCIMS.',
    ),
    ...NY,
    expect: [],
  },
  {
    // SuccessFactors Learning: mandatory training for an employee.
    text: mail(
      'Assignment due soon',
      '',
      'Dear Rohan,',
      '',
      'The following mandatory course has been assigned to you:',
      '',
      'Course: Information Security Awareness 2071',
      'Duration: 30 minutes',
      'Due date: 13 November 2071',
      '',
      '[Launch course]',
      '',
      'SAP SuccessFactors Learning - automated notification. Please do not reply to this email.',
    ),
    ...BLR,
    expect: [],
  },
  {
    // Taleo to an agency recruiter about its candidate: someone else's rejection.
    text: mail(
      'Agency Portal - Candidate Status Update',
      '',
      'Dear Harriet Cole (Robert Half),',
      '',
      'Candidate: Rahul Menon',
      'Requisition: 2071-FIN-208 Finance Analyst',
      'Status: Not selected',
      '',
      'Thank you for your submission. After review by the hiring manager, this candidate will not be progressed to interview. The requisition remains open until 13 November 2071.',
      '',
      'Oracle Taleo Agency Portal - automated notification. Do not reply.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An internal vacancy bulletin to staff.
    text: mail(
      'Internal Vacancy Bulletin - Week 44',
      '',
      'Dear colleagues,',
      '',
      'The following positions are open to current employees of the Department of Water and Environment:',
      '',
      'Senior Hydrologist (Level 6) - applications close 13 November 2071; interviews expected during the week of 23 November',
      'Project Officer, Catchments (Level 4) - applications close 20 November 2071',
      '',
      'Apply through the Careers tile in Oracle HCM.',
      '',
      'People and Culture Branch',
    ),
    ...PER,
    expect: [],
  },
  {
    // Ashby to the interviewer: the interview moved, but the reader is on the panel.
    text: mail(
      'Interview rescheduled',
      '',
      'Hi Greta,',
      '',
      'Your interview with Oluwaseun Adeyemi (Product Manager, Growth) has been moved.',
      '',
      'New time: Wednesday, Nov 4, 2071, 2:00 PM - 2:45 PM PST',
      'Interview: Product sense',
      '',
      '[View interview briefing]   [Submit feedback]',
      '',
      "Ashby | You're receiving this because you're an interviewer at Fernhill Robotics.",
    ),
    ...VAN,
    expect: [],
  },
  {
    // Teamtailor data-retention notice to a past applicant.
    text: mail(
      'Do you want us to keep your profile?',
      '',
      'Hi Jonas,',
      '',
      'You applied to Brückner Mobility two years ago. Under our privacy policy, we will delete your candidate profile on 30 November 2071 unless you renew your consent.',
      '',
      '[Keep my profile]   [Delete my data now]',
      '',
      'Sent with Teamtailor. Brückner Mobility GmbH, Berlin.',
    ),
    ...BER,
    expect: [],
  },
  {
    // Workable to an employer: the job post expires.
    text: mail(
      'Your job is expiring soon',
      '',
      'Hi Bec,',
      '',
      'Your job "Barista - Weekend" at Little Laneway Coffee has 14 new candidates and expires on 6 November.',
      '',
      'Tip: reply to candidates within 2 days to keep your Responsive Employer badge.',
      '',
      '[Review candidates]   [Extend job]',
      '',
      'Workable Software | You are receiving this email because you are an account admin.',
    ),
    ...MEL,
    expect: [],
  },
  {
    // BambooHR to an employee: a review meeting.
    text: mail(
      'Reminder: performance review meeting',
      '',
      'Hi Efua,',
      '',
      'Your mid-year review meeting with Jana Novak is on Wednesday, November 4 at 10:00 AM in the Osu meeting room. Please submit your self-assessment in BambooHR before the meeting.',
      '',
      '[Complete self-assessment]',
      '',
      'This email was sent by BambooHR on behalf of Goldcoast Analytics Ltd.',
    ),
    ...ACC,
    expect: [],
  },
  {
    // An agency pitching temps to an employer.
    text: mail(
      'Hi Graham,',
      '',
      'With peak season around the corner, Randstad can have up to 40 trained warehouse operatives on site at your Daventry DC by 16 November, fully inducted and cleared.',
      '',
      'Could we book a 20-minute call with your account manager, Stacey, on Tuesday 3 November at 10am to talk numbers?',
      '',
      'Kind regards,',
      'Lewis Barr',
      'Business Development Manager, Randstad',
      '',
      'To stop receiving emails from Randstad, click here.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A user-research interview booked through Calendly.
    text: mail(
      'Confirmed: Budgeting app research session',
      '',
      'Hi Ollie,',
      '',
      'Thanks for signing up! Your research interview is booked.',
      '',
      'When: Thursday 5 November 2071, 2:00pm - 2:45pm (GMT)',
      'What: a 45-minute interview about how you use budgeting features in your banking app',
      'Thank-you: a GBP 40 voucher, emailed after the session',
      '',
      '[Reschedule]   [Cancel]',
      '',
      'Powered by Calendly.com',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An MOT booking: life admin.
    text: mail(
      'Booking confirmed',
      '',
      'Hi Fiona,',
      '',
      'Your MOT and interim service are booked at Halfway Garage, Leith.',
      '',
      'Vehicle: SV21 KXT',
      'Drop-off: Tuesday 3 November 2071 at 08:30',
      'Estimated ready: 16:00 the same day',
      '',
      '[Manage booking]   [Add to calendar]',
      '',
      "Please don't reply to this email; call the garage if you need to change your booking.",
    ),
    ...LDN,
    expect: [],
  },
  {
    // A PhD viva: an examination, not a job.
    text: mail(
      'Dear Niamh,',
      '',
      'I am pleased to confirm that your viva voce examination has been arranged for Friday 13 November 2071 at 14:00 in Room 2.14, School of Chemistry.',
      '',
      'Your examiners will be Professor Alan Reid (internal) and Dr Sunita Kapoor (external). The examiners will let you know their recommendation at the end of the viva.',
      '',
      'Best wishes,',
      'Postgraduate Research Office',
      'Trinity Bay University',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A sister's interview.
    text: mail(
      'Ate!!',
      '',
      'Guess what, I got the interview at Harbourline BPO! Final round is on Wednesday 4 November at 11am with the account director. Can you help me prep this weekend? I will bring the pancit.',
      '',
      'Love,',
      'Bea',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A salary guide and a webinar from an agency.
    text: mail(
      'View this email in your browser',
      '',
      'MICHAEL PAGE',
      'Salary Guide 2072 - Hong Kong',
      '',
      'Dear Kelvin,',
      '',
      'What are professionals in accounting, banking and technology earning this year? Download the Michael Page Salary Guide 2072 for the latest pay benchmarks.',
      '',
      'Join our webinar "Hiring and pay trends for 2072" on Wednesday 18 November 2071 at 12:30 HKT.',
      '',
      '[Download the guide]   [Register for the webinar]',
      '',
      'You are receiving this email because you subscribed to Michael Page market updates. Unsubscribe | Privacy policy',
    ),
    ...HKG,
    expect: [],
  },
];
