// Round 820 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Sunday
// 27 October 2058 at 19:40 local: the evening European clocks went back (London and Dublin are on GMT again,
// Berlin on CET), while US and Canadian clocks stay on summer time until Sunday 3 November, so this week New York
// is four hours behind London, not five. Sent on a Sunday, "next week" and "end of next week" are the week that
// starts tomorrow (28 October to 3 November, Friday 1 November). What it tries: recruiters who write many short
// mails and texts in a row (agencies chasing, confirming, moving, promising), voicemail transcripts, SMS and
// WhatsApp one-liners, Teams / Zoom / Google Calendar invitation bodies with their boilerplate, and employers'
// automatic replies (an out-of-office asking to hold follow-ups, a "we received your message" with a promise).
// Positives: a Hays SMS "2pm tmrw", a Robert Half voicemail, a Teams invitation "(UTC-05:00) Eastern Time" read
// by a London candidate the week the offsets differ, a Zoom "Singapore" time read in Sydney, a Google Calendar
// invitation in IST, a Michael Page "by Wednesday at the latest", a Lagos WhatsApp "holds Tuesday 29/10/2058 by
// 10am", a Nairobi auto-acknowledgement "within 3 working days", an Auckland out-of-office hold, a Workable
// rejection, a Manila offer by text, a Chicago voicemail "by Tuesday", a SmartRecruiters process promise, a
// founder's "Tuesday at 3pm PT" read in Denver, a Randstad move, an NHS Jobs no-calls with a shortlisting date, a
// Dubai "end of next week" and a GoodTime label-value card. Negatives: the same formats for the reader's own life
// and job: a dentist SMS, a Teams mid-year review, a garage voicemail, the reader as interviewer, a friend's
// WhatsApp, an agency pitching candidates to the reader, a colleague's out-of-office, a council's "we received your
// message", a job alert with a closing date, a podcast recording invite, a referee call, a Calendly PT session, a
// delivery SMS, a visa interview, the reader as recruiter, a town hall with a training deadline, and an
// application acknowledgement that promises nothing dated. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 27 October 2058, 19:40 local (EU clocks went back this morning; North America still on summer time).
const LDN = { sentAt: '2058-10-27T19:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2058-10-27T19:40:00+00:00', tz: 'Europe/Dublin' } as const;
const TOR = { sentAt: '2058-10-27T19:40:00-04:00', tz: 'America/Toronto' } as const;
const NY = { sentAt: '2058-10-27T19:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2058-10-27T19:40:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2058-10-27T19:40:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2058-10-27T19:40:00-07:00', tz: 'America/Los_Angeles' } as const;
const SYD = { sentAt: '2058-10-27T19:40:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2058-10-27T19:40:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2058-10-27T19:40:00+13:00', tz: 'Pacific/Auckland' } as const;
const BLR = { sentAt: '2058-10-27T19:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2058-10-27T19:40:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2058-10-27T19:40:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2058-10-27T19:40:00+08:00', tz: 'Asia/Manila' } as const;
const LAG = { sentAt: '2058-10-27T19:40:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2058-10-27T19:40:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2058-10-27T19:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2058-10-27T19:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2058-10-27T19:40:00+04:00', tz: 'Asia/Dubai' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_820_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // An agency SMS: one proposed slot, "tmrw" from a Sunday evening.
    ...LDN,
    text: mail(
      "Hi Sam, it's Priya from Hays - can you do 2pm tmrw with the client? It'd be a 45 min video call with their Head of Ops, I'll send the Teams link tonight if so. Priya",
    ),
    expect: [{ kind: 'interview', by: '2058-10-28', time: '14:00', phrase: '2pm tmrw' }],
  },
  {
    // A voicemail transcript from an agency recruiter.
    ...TOR,
    text: mail(
      'New voicemail from +1 416-555-0148 (0:47)',
      '',
      'Transcript (preview):',
      "Hey Marcus, it's Dana Whitfield calling from Robert Half. Good news, uh, Larchmont Insurance want to meet you for the senior accountant role, they've booked you in for Wednesday at 11am at their Bay Street office, twelfth floor. I'll email the confirmation over tonight with the address and who you're meeting. Give me a shout back when you get this. Thanks, bye.",
      '',
      'Was this transcript useful? Yes / No',
    ),
    expect: [{ kind: 'interview', by: '2058-10-30', time: '11:00', phrase: 'Wednesday at 11am' }],
  },
  {
    // Outlook's Teams invitation writes the Eastern zone with its standard offset even in summer time; the meeting
    // is 9:00 on the New York clock (still EDT on 29 October), i.e. 13:00 for a London reader this week.
    ...LDN,
    text: mail(
      'Hi Samira,',
      '',
      'Please find below the invitation for your second-round interview with the data platform team. Please accept so it shows in your calendar.',
      '',
      'Interview: Senior Data Engineer - Round 2 (Northgate Analytics)',
      'When: Tuesday, October 29, 2058 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).',
      'Where: Microsoft Teams Meeting',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 284 117 903 556',
      'Passcode: 7xQm2P',
      'Download Teams | Join on the web',
      'Learn More | Meeting options',
      '________________________________________________________________________________',
      '',
      'Thanks,',
      'Gabrielle Ortiz',
      'Recruiting Coordinator, Northgate Analytics (New York)',
    ),
    expect: [
      { kind: 'interview', by: '2058-10-29', time: '13:00', phrase: 'Tuesday, October 29, 2058 9:00 AM' },
    ],
  },
  {
    // A Zoom invitation from a Singapore company, read in Sydney (AEDT, three hours ahead).
    ...SYD,
    text: mail(
      'Hi Oliver,',
      '',
      'Thanks for your time last week. As discussed, here is the Zoom for your case-study interview with our Head of Product. This was booked through Ashby, so you will also get a calendar file.',
      '',
      'Lumen Ledger is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Interview - Product Analyst (Oliver Grant)',
      'Time: Oct 30, 2058 09:30 AM Singapore',
      '',
      'Join Zoom Meeting',
      'https://lumenledger.zoom.us/j/84411902731?pwd=ExampleOnly',
      '',
      'Meeting ID: 844 1190 2731',
      'Passcode: 551208',
      '',
      'One tap mobile',
      '+6531587288,,84411902731#,,,,*551208# Singapore',
      '',
      'Cheers,',
      'Wei Ling',
      'Talent Partner, Lumen Ledger',
    ),
    expect: [
      { kind: 'interview', by: '2058-10-30', time: '12:30', phrase: 'Oct 30, 2058 09:30 AM Singapore' },
    ],
  },
  {
    // A Google Calendar invitation body, boilerplate included.
    ...BLR,
    text: mail(
      'Invitation: Technical interview - Backend Engineer (Round 1) @ Thu 31 Oct 2058 11:00 - 12:00 (IST) (ananya.rao@gmail.com)',
      '',
      'Join with Google Meet',
      'meet.google.com/kqz-vtrw-pdx',
      'Join by phone',
      '(IN) +91 22 7127 0000 PIN: 402 118 775#',
      '',
      'Hi Ananya, this is your first technical round with two engineers from the payments team. Please keep a code editor handy. - Talent team, Tamarind Pay',
      '',
      'Calendar',
      'ananya.rao@gmail.com',
      'Guests',
      'Karthik Menon - organizer',
      'Divya Shetty',
      'ananya.rao@gmail.com',
      'View all guest info',
      'Reply for ananya.rao@gmail.com: Yes  No  Maybe  More options',
      '',
      'Invitation from Google Calendar',
      'You are receiving this email because you are an attendee on the event.',
    ),
    expect: [{ kind: 'interview', by: '2058-10-31', time: '11:00', phrase: 'Thu 31 Oct 2058 11:00' }],
  },
  {
    // An agency recruiter's quick chaser with a promise.
    ...DUB,
    text: mail(
      'Hi Aoife,',
      '',
      "Just a quick one - I spoke to the hiring manager at Corrib Foods on Friday. They're finalising feedback on the three shortlisted candidates this week and I'll have an answer for you by Wednesday at the latest.",
      '',
      'Chat soon,',
      'Conor',
      'Conor Lynch | Michael Page | Galway',
    ),
    expect: [{ kind: 'response-by', by: '2058-10-30', phrase: 'by Wednesday at the latest' }],
  },
  {
    // A WhatsApp-style note from an in-house HR officer, Nigerian English.
    ...LAG,
    text: mail(
      'Good evening Tunde, this is Ifeoma from Kestrel Pay HR. Kindly be informed that your panel interview for the Risk Analyst role holds on Tuesday 29/10/2058 by 10am at our Adeola Odeku office, Victoria Island. Pls come with your original credentials and confirm receipt of this message. Thanks.',
    ),
    expect: [{ kind: 'interview', by: '2058-10-29', time: '10:00', phrase: 'Tuesday 29/10/2058 by 10am' }],
  },
  {
    // An employer's automatic acknowledgement of the candidate's own enquiry, with a dated promise.
    ...NBO,
    text: mail(
      'Thank you for contacting the Talent Acquisition team at Savanna Mutual Assurance.',
      '',
      'This is an automated acknowledgement. We have received your message regarding your application and a member of the team will respond within 3 working days.',
      '',
      'Please do not reply to this email.',
      'Savanna Mutual Assurance | Upper Hill, Nairobi',
    ),
    expect: [{ kind: 'response-by', by: '2058-10-30', phrase: 'within 3 working days' }],
  },
  {
    // An out-of-office from the recruiter that asks the candidate to hold follow-ups.
    ...AKL,
    text: mail(
      'Automatic reply: Graduate Planner - interview follow-up',
      '',
      "Kia ora, thanks for your email. I'm on leave until Monday 11 November with no access to email. Decisions on the Graduate Planner roles are on hold while I'm away, so please hold off on any follow-ups until I'm back on the 11th.",
      '',
      'For anything urgent, please contact careers@waitakereregion.govt.nz.',
      '',
      'Ngā mihi,',
      'Hemi Walker',
      'Recruitment Advisor',
    ),
    expect: [{ kind: 'no-contact-before', by: '2058-11-11', phrase: "until I'm back on the 11th" }],
  },
  {
    // A Workable rejection after an interview.
    ...ACC,
    text: mail(
      'Hi Kwame,',
      '',
      'Thanks for taking the time to interview with us for the Field Sales Lead role last week. Unfortunately, we have decided not to move forward with your application at this time. We appreciated your energy and your knowledge of the Kumasi market.',
      '',
      'Best wishes,',
      'Adwoa Boateng',
      'People Team, Volta Agritech',
      '',
      'Sent via Workable',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An offer announced by text; the Thursday is the candidate's deadline, not an employer timeline.
    ...MNL,
    text: mail(
      'Hi Bea! Great news - Lakandula Contact Solutions would like to offer you the Team Lead position for the Ortigas site 🎉 The formal offer letter will follow from HR. Please let me know by Thursday if you accept. - Joy (Talent Acquisition)',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // An in-house recruiter's voicemail with a promise.
    ...CHI,
    text: mail(
      'Voicemail transcript - 1:05 - from Melissa Tran (Prairie State Credit Union)',
      '',
      '"Hi Jordan, this is Melissa Tran with the talent team at Prairie State Credit Union. Just wanted to let you know the panel wrapped up their last interviews on Friday, and they are meeting tomorrow to compare notes, so you will hear from me either way by Tuesday. If anything changes on your end, my direct line is 312-555-0176. Have a great evening."',
    ),
    expect: [{ kind: 'response-by', by: '2058-10-29', phrase: 'by Tuesday' }],
  },
  {
    // A SmartRecruiters stage notice with a process promise in working days.
    ...SIN,
    text: mail(
      'Dear Jun Hao,',
      '',
      'Your application for Operations Executive (Req 20581) has moved to the Hiring Manager Review stage.',
      '',
      'Hiring managers review shortlisted profiles within 10 working days, and you will receive an update through your SmartRecruiters candidate portal once the review is complete.',
      '',
      'Regards,',
      'Talent Acquisition, Merlion Cold Chain Pte Ltd',
    ),
    expect: [{ kind: 'response-by', by: '2058-11-08', phrase: 'within 10 working days' }],
  },
  {
    // A founder's casual note (sourced through Dover): Pacific time read in Denver.
    ...DEN,
    text: mail(
      'hey Leo - loved the chat on Thursday. looping in Ana, our eng lead, to grab 45 min with you on Tuesday at 3pm PT for the system design round. she will send the invite from Dover. ping me if that time is a pain.',
      '',
      '- Raj',
      'cofounder, Quillstack',
    ),
    expect: [{ kind: 'interview', by: '2058-10-29', time: '16:00', phrase: 'Tuesday at 3pm PT' }],
  },
  {
    // An agency moves the interview: only the new slot counts.
    ...MEL,
    text: mail(
      'Hi Chloe,',
      '',
      "Randstad here again, sorry for all the emails today! The client has asked to move your interview from Wednesday to Thursday 31 October, same time (10:30am), same place on Collins St. Can you make that work? I've told them you're flexible but let me know if not.",
      '',
      'Thanks heaps,',
      'Marcus Bell',
      'Senior Consultant, Randstad Melbourne',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2058-10-31',
        time: '10:30',
        phrase: 'Thursday 31 October, same time (10:30am)',
      },
    ],
  },
  {
    // NHS Jobs: a shortlisting date and a no-calls request.
    ...LDN,
    text: mail(
      'Dear Mr Adeyemi,',
      '',
      'Thank you for your application for Band 6 Clinical Coding Auditor (ref 298-HIM-5521) with Thamesmead and Bexley NHS Trust.',
      '',
      'The shortlisting panel will meet next week and you will be notified of the outcome of shortlisting by 8 November. Please do not telephone the department to ask about your application; all candidates will be contacted through NHS Jobs.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
    ),
    expect: [
      { kind: 'response-by', by: '2058-11-08', phrase: 'by 8 November' },
      { kind: 'no-calls', phrase: 'Please do not telephone the department' },
    ],
  },
  {
    // A Gulf HR officer: "end of next week" written on a Sunday.
    ...DXB,
    text: mail(
      'Dear Fatima,',
      '',
      'Thank you for attending the final interview on Thursday. Kindly note that the HR team will revert on the final decision by end of next week, after the General Manager returns from travel.',
      '',
      'Best regards,',
      'Rashid Al Marzouqi',
      'HR Officer, Gulfstar Facilities Management LLC',
    ),
    expect: [{ kind: 'response-by', by: '2058-11-01', phrase: 'by end of next week' }],
  },
  {
    // A GoodTime label-value card; US numeric date, EST after the clocks change on 3 November.
    ...NY,
    text: mail(
      'Your interview has been scheduled',
      '',
      'Hi Devon,',
      '',
      'Your onsite interview with Harbor & Pike is confirmed. Details below:',
      '',
      'Position: Associate Brand Manager',
      'Date: 11/05/2058',
      'Time: 1:00 PM - 2:00 PM EST',
      'Location: 200 Vesey Street, 24th Floor (check in at the lobby desk)',
      'Interviewers: Carla Mendes, Tom Whitaker',
      '',
      'Need to reschedule? Use the link in this email.',
      'Powered by GoodTime',
    ),
    expect: [{ kind: 'interview', by: '2058-11-05', time: '13:00', phrase: 'Date: 11/05/2058' }],
  },

  // ---- negatives ----
  {
    // A dentist's SMS: an appointment "tmrw", not an interview.
    ...LDN,
    text: mail(
      'Hi Sam, a reminder of your appointment with Dr Okafor at Bridge Street Dental tmrw (Mon 28 Oct) at 2:15pm. Reply C to confirm or R to rearrange. Pls give 24hrs notice of cancellations.',
    ),
    expect: [],
  },
  {
    // A Teams invitation for the reader's own mid-year review.
    ...LDN,
    text: mail(
      'Hi Samira,',
      '',
      "I've popped our mid-year review in the diary. Please fill in the self-assessment in Workday before we meet.",
      '',
      'Mid-year review - Samira / Helen',
      'When: Tuesday, October 29, 2058 10:00 AM-10:30 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.',
      'Where: Microsoft Teams Meeting',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 391 220 845 017',
      'Passcode: Ka9t3R',
      '________________________________________________________________________________',
      '',
      'Helen',
    ),
    expect: [],
  },
  {
    // A garage's voicemail transcript.
    ...TOR,
    text: mail(
      'New voicemail from +1 905-555-0122 (0:31)',
      '',
      'Transcript (preview):',
      "Hi Marcus, it's Gary from Hillside Auto. Your car's all done, we replaced the rear pads and did the oil. You can pick it up tomorrow any time before 5:30, we're closed Wednesday for inventory. Give us a call if you've got questions. Thanks.",
    ),
    expect: [],
  },
  {
    // The reader is the interviewer (a Greenhouse interviewer reminder).
    ...LA,
    text: mail(
      "Hi Nadia, you've been scheduled to interview Priya Nair for Staff Engineer, Payments.",
      '',
      'When: Wednesday, Oct 30, 2058, 2:00 PM - 3:00 PM PDT',
      'Where: Zoom (link in the calendar invite)',
      'Focus area: System design',
      '',
      'Please review the resume and interview kit in Greenhouse beforehand, and submit your scorecard within 24 hours of the interview.',
      '',
      '- Greenhouse Recruiting on behalf of Arbor Financial',
    ),
    expect: [],
  },
  {
    // A friend's WhatsApp about her own interview.
    ...DUB,
    text: mail(
      "omg Aoife I got the interview!!! thursday at 10 in the Deloitte office on Hatch St. can I borrow your navy blazer?? 🙏 I'll drop round tomorrow evening for it x",
    ),
    expect: [],
  },
  {
    // An agency pitches candidates to the reader, who is the hiring manager.
    ...SYD,
    text: mail(
      'Hi Rachel,',
      '',
      'Following our call on Friday, I have three strong candidates for your Finance Business Partner vacancy, all available to interview this week. CVs attached. Could you let me know by Wednesday which of them you would like to meet, and I will lock in times?',
      '',
      'Kind regards,',
      'Tom Sinclair',
      'Principal Consultant, Hays Accountancy & Finance, Sydney',
    ),
    expect: [],
  },
  {
    // A colleague's out-of-office with a return date (the reader's own job).
    ...SIN,
    text: mail(
      'Automatic reply: Q3 expense claims',
      '',
      'Thank you for your email. I am out of the office until Monday 4 November with limited access to email. For expense claims please contact finance.ops@merlioncc.sg; for payroll queries, payroll@merlioncc.sg. I will respond to your message on my return.',
      '',
      'Lim Pei Shan | Finance Business Partner',
    ),
    expect: [],
  },
  {
    // A council's "we received your message" with a service promise, not an employer.
    ...LDN,
    text: mail(
      'Thank you for contacting Greenwich Council Tax Services.',
      '',
      'We have received your message about your council tax account and will aim to respond to all enquiries within 10 working days. Your reference is CTX-2058-884213.',
      '',
      'Please do not reply to this email. You can view your bill and set up a Direct Debit online.',
    ),
    expect: [],
  },
  {
    // A job alert with closing dates.
    ...MEL,
    text: mail(
      'Hi Chloe, here are 12 new jobs matching "marketing coordinator" in Melbourne VIC',
      '',
      'Marketing Coordinator - Yarra Valley Wines - Full time - Applications close 8 November',
      'Digital Marketing Coordinator - Northcote Health - Contract - Apply by Friday',
      'Events & Marketing Coordinator - Docklands Arena - Full time - Posted 2d ago',
      '',
      'Manage your job alerts | Unsubscribe',
    ),
    expect: [],
  },
  {
    // A podcast recording invitation: the reader is the guest, not a candidate.
    ...ACC,
    text: mail(
      'Invitation: Recording - The Ledger Africa podcast (guest: Kwame Mensah) @ Wed 30 Oct 2058 15:00 - 16:00 (GMT) (kwame.mensah@gmail.com)',
      '',
      'Join with Google Meet',
      'meet.google.com/wxa-ppoq-mcr',
      '',
      'Hi Kwame, looking forward to the interview about agritech sales in Ghana! We record in one take, roughly 40 minutes. - Esi',
      '',
      'Invitation from Google Calendar',
      'You are receiving this email because you are an attendee on the event.',
    ),
    expect: [],
  },
  {
    // The reader as referee: an agency text proposing a call slot.
    ...DUB,
    text: mail(
      'Hi Aoife, Conor from Michael Page here. Niamh Kelly has put you down as a referee for a role she is going for - could you do a quick 10 min reference call tomorrow at 11? Thanks a million.',
    ),
    expect: [],
  },
  {
    // A Calendly confirmation for a personal training session.
    ...SYD,
    text: mail(
      'Confirmed: 45 Minute PT Session with Jess Moreno',
      '',
      'Hi Oliver,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type: 45 Minute PT Session',
      'Invitee: Oliver Grant',
      'Event Date/Time: 07:00am - 07:45am (Australia/Sydney), Tuesday, October 29, 2058',
      'Location: Bondi Junction studio',
      '',
      'Cancel or reschedule: https://calendly.com/cancellations/example',
      'Sent from Calendly',
    ),
    expect: [],
  },
  {
    // A school's parent-teacher interviews: the reader is a parent.
    ...AKL,
    text: mail(
      'Kia ora whānau,',
      '',
      'Parent-teacher interviews for Years 7 and 8 are on Wednesday 30 October from 3:30pm to 7:00pm in the school hall. Please book a 10-minute interview with your child’s teacher through schoolinterviews.co.nz by Tuesday. Bookings close at 9pm.',
      '',
      'Ngā mihi,',
      'Te Atatū Intermediate School office',
    ),
    expect: [],
  },
  {
    // A delivery SMS.
    ...BLR,
    text: mail(
      'Your Flipkart order #OD4420981 (laptop stand) will be delivered tomorrow, 28 Oct, between 10 AM and 2 PM. Share OTP 4471 with the delivery agent only. Track: fkrt.it/x7Qp',
    ),
    expect: [],
  },
  {
    // A visa interview appointment.
    ...KHI,
    text: mail(
      'Dear Applicant,',
      '',
      'Your visa interview appointment at the U.S. Consulate General Karachi is confirmed for 05-Nov-2058 at 09:15. Please arrive 15 minutes before your appointment with your DS-160 confirmation page and passport. Mobile phones are not permitted in the building.',
      '',
      'U.S. Visa Information Service - Pakistan',
    ),
    expect: [],
  },
  {
    // The reader is the recruiter: a hiring manager wants offers out.
    ...JNB,
    text: mail(
      'Hi Lerato,',
      '',
      'Can you chase the agency about the second reference for Sipho? I want offers out by Friday for both analyst roles, and the start date should stay 2 December. Shout if the budget approval is stuck.',
      '',
      'Thanks,',
      'Pieter',
    ),
    expect: [],
  },
  {
    // A town hall invitation with a mandatory training deadline (the reader's own job).
    ...MNL,
    text: mail(
      'Hi team,',
      '',
      'Reminder: our quarterly Town Hall is on Thursday 31 October 2058 at 4:00 PM in the 12th floor auditorium (Zoom link for the Cebu site in the invite). Also, the annual data privacy training must be completed in the LMS by 30 November.',
      '',
      'Thanks,',
      'People & Culture',
    ),
    expect: [],
  },
  {
    // An application acknowledgement that promises nothing dated; only a closing date.
    ...NY,
    text: mail(
      'Hi Devon,',
      '',
      "Thanks for applying to Harbourline Logistics! We've received your application for Warehouse Operations Supervisor and our team will review it carefully. This posting closes on November 15, 2058. If your background is a match, a recruiter will be in touch.",
      '',
      'The Harbourline Talent Team',
      'Powered by iCIMS',
    ),
    expect: [],
  },
];
