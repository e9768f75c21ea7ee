// Round 1210 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Tuesday
// 20 March 2091 at 11:15 local, in the gap between the US clock change (Sunday 11 March) and the European one
// (Sunday 25 March), with Sydney and Auckland leaving summer time on Sunday 1 April. "This week" is 19–25 March,
// "next week" 26–30 March, the week after next ends Friday 6 April; the quarter and the month end on 31 March.
// One job seeker's inbox over a fortnight, as many countries and employers write it. Positives: a Greenhouse
// onsite in New York with "within three business days of the onsite"; a ModernLoop slot "10:00 – 11:00 AM Eastern
// Time" for a London reader that falls after the UK change (15:00 BST); a Workday rejection in Toronto; a Hays
// consultant in Dublin relaying "by the end of next week" and asking to "hold off on chasing me until Monday
// 26th"; NHS Jobs "within 10 working days of the closing date" (23 March); USAJOBS "within 15 business days after
// the closing date" (03/16) and no status updates by telephone; a Bengaluru founder "Can you do Thursday at 4pm
// IST?" and "by early next week"; a Calendly phone screen in Sydney the day after summer time ends; an iCIMS
// "within 5 to 7 working days" in Singapore; a Teams interview moved to Wednesday "(UTC+03:00) Kuwait, Riyadh"
// for a Dubai reader; a Robert Half offer in Auckland; an Ashby "within a fortnight" in Berlin; a police
// assessment centre "Date: 03/04/2091" with no telephone calls; a Lagos SmartRecruiters invitation "10:00am
// WAT"; a Taleo "by the end of the quarter" in Hong Kong; a Workable "early next month" with no calls in
// Nairobi; a Pinpoint "I'll update you either way by Friday" in Accra. Negatives: the reader as interviewer (a
// Greenhouse scorecard within 24 hours), as hiring manager (a start date, onboarding tasks), as referee (a
// proposed call slot), as mock interviewer (a volunteer day); a friend's council interview; a brother's visa
// interview; a job alert from the same employer as a positive (closing dates); a salary-guide webinar; an agency
// pitching temps to an employer (a quote "by Friday"); a podcast recording from Google Calendar; an annual
// appraisal (ratings "by the end of the quarter"); a laptop swap; a dentist; a PhD viva (a decision within 14
// working days); a Teamtailor acknowledgement promising nothing dated; a careers fair with on-the-spot
// interviews; a one-way video interview to record before Sunday night (the reader's deadline). Names, companies
// and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 20 March 2091, 11:15 local.
const NY = { sentAt: '2091-03-20T11:15:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2091-03-20T11:15:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2091-03-20T11:15:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2091-03-20T11:15:00-06:00', tz: 'America/Denver' } as const;
const LDN = { sentAt: '2091-03-20T11:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2091-03-20T11:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2091-03-20T11:15:00+01:00', tz: 'Europe/Berlin' } as const;
const STO = { sentAt: '2091-03-20T11:15:00+01:00', tz: 'Europe/Stockholm' } as const;
const LOS = { sentAt: '2091-03-20T11:15:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2091-03-20T11:15:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2091-03-20T11:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2091-03-20T11:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2091-03-20T11:15:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2091-03-20T11:15:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2091-03-20T11:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2091-03-20T11:15:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2091-03-20T11:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2091-03-20T11:15:00+08:00', tz: 'Asia/Manila' } as const;
const HKG = { sentAt: '2091-03-20T11:15:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2091-03-20T11:15:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2091-03-20T11:15:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1210_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse onsite; the decision window counts from the onsite day (Thu 22 → Fri 23, Mon 26, Tue 27).
    text: mail(
      'Hi Morgan,',
      '',
      'Thanks for making time to speak with us! Your onsite interview for Senior Product Analyst is confirmed.',
      '',
      'Date: Thursday, March 22, 2091',
      'Time: 2:30 PM – 4:00 PM EDT',
      'Location: Harbourline Analytics, 41 Water Street, 9th floor (check in at the front desk)',
      'Interviewers: Dana Whitfield, Omar Reyes',
      '',
      'We aim to share a decision with every finalist within three business days of the onsite.',
      '',
      'Best,',
      'Keisha Marlowe',
      'Recruiting Coordinator, Harbourline Analytics',
      'Sent via Greenhouse',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2091-03-22', time: '14:30', phrase: 'Thursday, March 22, 2091' },
      { kind: 'response-by', by: '2091-03-27', phrase: 'within three business days of the onsite' },
    ],
  },
  {
    // ModernLoop for a US company; 10:00 EDT on 27 March is 15:00 BST in London (the UK changed on the 25th).
    text: mail(
      'Hi Ellie,',
      '',
      'Great news: the Quillmark team would like to move you to the next stage for Staff Designer (Remote, UK).',
      '',
      'Your interview has been scheduled via ModernLoop:',
      '',
      'Portfolio review with Marcus Bell (Head of Design)',
      'Tuesday, March 27, 2091 · 10:00 – 11:00 AM Eastern Time (US & Canada)',
      'Google Meet: meet.google.com/qmk-ryxt-pzw',
      '',
      'If you need to reschedule, please use the link in this email at least 24 hours ahead.',
      '',
      'Thanks,',
      'Renata Cruz',
      'Talent Partner, Quillmark',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2091-03-27', time: '15:00', phrase: 'Tuesday, March 27, 2091' }],
  },
  {
    // Workday rejection.
    text: mail(
      'Dear Arjun,',
      '',
      'Thank you for your interest in the Risk Analyst II position (Req R-20917) at Northgate Financial and for the time you spent with our team.',
      '',
      'After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of the role. This was not an easy decision, given the strength of the applicant pool.',
      '',
      'We encourage you to keep an eye on our careers site and to apply for future openings that match your skills.',
      '',
      'Kind regards,',
      'Northgate Financial Talent Acquisition',
      '',
      'This message was sent from an unmonitored mailbox.',
    ),
    ...TOR,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Agency consultant: the client's promise, and the consultant's own absence.
    text: mail(
      'Hi Niamh,',
      '',
      "Quick update on the Finance Business Partner role with Corrib Foods. I spoke with Declan (the hiring manager) this morning. They've two more first-round interviews this week and he's promised feedback on everyone by the end of next week.",
      '',
      "I'm off on Thursday and Friday, so please hold off on chasing me until Monday 26th. I'll have my phone on if anything urgent comes in from the client.",
      '',
      'Talk soon,',
      'Ciarán Doyle',
      'Senior Consultant | Hays Accountancy & Finance, Dublin',
    ),
    ...DUB,
    expect: [
      { kind: 'response-by', by: '2091-03-30', phrase: 'by the end of next week' },
      { kind: 'no-contact-before', by: '2091-03-26', phrase: 'hold off on chasing me until Monday 26th' },
    ],
  },
  {
    // NHS Jobs: ten working days after Friday 23 March.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the post of Band 6 Clinical Coding Lead (Ref 391-HIM-2091-118) at Mersey Vale NHS Foundation Trust.',
      '',
      'The closing date for this vacancy is 23 March 2091. Shortlisting will take place shortly afterwards and we will contact you by email within 10 working days of the closing date to let you know whether you have been shortlisted.',
      '',
      'Please check your NHS Jobs account and your junk folder regularly.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'Mersey Vale NHS Foundation Trust',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2091-04-06', phrase: 'within 10 working days of the closing date' }],
  },
  {
    // USAJOBS: fifteen business days after Friday 03/16; no status by telephone.
    text: mail(
      'Dear Taylor Brooks,',
      '',
      'Thank you for applying to Vacancy Announcement DEN-91-1147-MP, Hydrologic Technician, GS-1316-07, Bureau of Western Water Resources.',
      '',
      'This announcement closed on 03/16/2091. Your application is being reviewed by Human Resources to determine your qualifications. You will receive a notice of your referral status within 15 business days after the closing date.',
      '',
      'Due to the volume of applications, the servicing HR office is unable to provide status updates by telephone. Please monitor your USAJOBS account for updates.',
      '',
      'Sincerely,',
      'Denver Servicing Human Resources Office',
    ),
    ...DEN,
    expect: [
      { kind: 'response-by', by: '2091-04-06', phrase: 'within 15 business days after the closing date' },
      { kind: 'no-calls', phrase: 'unable to provide status updates by telephone' },
    ],
  },
  {
    // A founder writing casually: one proposed slot, then "early next week" (Wednesday 28, fuzzy).
    text: mail(
      'Hey Rohan,',
      '',
      "Loved our chat yesterday, Meera and I both came away excited. Next step is a short call with Vikram, our CTO, who's back from Singapore this week. Can you do Thursday at 4pm IST? It'll be 45 mins, mostly system design, nothing you need to prep.",
      '',
      "After that we'll huddle and should get back to you by early next week at the latest.",
      '',
      'Cheers,',
      'Aditya',
      'Co-founder, Pathshala Labs',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2091-03-22', time: '16:00', phrase: 'Thursday at 4pm IST' },
      { kind: 'response-by', by: '2091-03-28', phrase: 'early next week', fuzzy: true },
    ],
  },
  {
    // Calendly confirmation; Monday 2 April is the first day of Sydney winter time (+10:00).
    text: mail(
      'Hi Jess Tran,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type:',
      'Phone Screen - Customer Success Manager (Brightloom)',
      '',
      'Invitee:',
      'Jess Tran',
      '',
      'Event Date/Time:',
      '10:00am - Monday, 2 April 2091 (Australia/Sydney)',
      '',
      'Location:',
      'Brightloom will call you on +61 412 555 219',
      '',
      'Invitee Time Zone:',
      'Australia/Sydney',
      '',
      'Need to make changes to this event?',
      'Cancel | Reschedule',
      '',
      'Powered by Calendly.com',
    ),
    ...SYD,
    expect: [{ kind: 'interview', by: '2091-04-02', time: '10:00', phrase: 'Monday, 2 April 2091' }],
  },
  {
    // iCIMS after an assessment: the seventh working day after Tuesday 20 is Thursday 29.
    text: mail(
      'Dear Wei Ling,',
      '',
      'Thank you for completing the online assessment for the position of Operations Associate (Job ID 2091-4417).',
      '',
      'Our Talent Acquisition team is now reviewing your results together with your application. You can expect to hear from us on the next steps within 5 to 7 working days.',
      '',
      'Please do not reply to this email as this mailbox is not monitored.',
      '',
      'Best regards,',
      'Talent Acquisition',
      'Straits Meridian Bank',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2091-03-29', phrase: 'within 5 to 7 working days' }],
  },
  {
    // Rescheduled; the Teams invitation is in Riyadh time (+03:00), the reader is in Dubai (+04:00).
    text: mail(
      'Dear Faisal,',
      '',
      'Apologies for the change: the panel chair is travelling on Tuesday, so we have moved your second interview for the Procurement Manager role from Tuesday 27 March to Wednesday 28 March. The updated Teams invitation is below; please accept it so that it replaces the old one in your calendar.',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'When: Wednesday, March 28, 2091 11:00 AM-12:00 PM. (UTC+03:00) Kuwait, Riyadh',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 291 884 603 117',
      'Passcode: Xa7kQp',
      '________________________________________________________________________________',
      '',
      'Regards,',
      'Hessa Al-Qahtani',
      'Talent Acquisition, Ramlah Industrial Group',
    ),
    ...DXB,
    expect: [{ kind: 'interview', by: '2091-03-28', time: '12:00', phrase: 'Wednesday, March 28, 2091' }],
  },
  {
    // Agency offer; "by Friday" is the candidate's deadline and 16 April a start date.
    text: mail(
      'Kia ora Mereana,',
      '',
      "Great news! I've just come off the phone with Tahi Logistics and they'd like to offer you the Payroll Officer role. They're proposing $72,000 plus KiwiSaver, with a start date of Monday 16 April.",
      '',
      "The written offer will come through from their HR team, and they've asked for your answer by Friday. Give me a call when you've had a moment to take it in.",
      '',
      'Congratulations, well deserved.',
      '',
      'Ngā mihi,',
      'Hamish Tait',
      'Recruitment Manager, Robert Half Auckland',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Ashby, after a take-home: a fortnight from Tuesday 20 March.
    text: mail(
      'Hi Lukas,',
      '',
      'Thanks for submitting your take-home exercise for the Backend Engineer (Payments) role, it landed safely.',
      '',
      "Two engineers from the team will review it independently, and we'll come back to you with their feedback within a fortnight. If it's a yes, the next step is a 90-minute pairing session.",
      '',
      'Best,',
      'Sofie Engel',
      'Talent at Fernwald',
      'Sent with Ashby',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2091-04-03', phrase: 'within a fortnight' }],
  },
  {
    // UK police assessment centre: 03/04/2091 is 3 April in a UK zone; no telephone calls.
    text: mail(
      'Dear Mr Hughes,',
      '',
      'Police Constable Recruitment – Intake 2091/2',
      '',
      'Congratulations on passing the online assessment. You are invited to attend the Day One assessment centre, which includes a competency-based interview, at the details below:',
      '',
      'Date: 03/04/2091',
      'Time: 09:15 (please arrive by 08:45)',
      'Venue: Kestrel Valley Police Training Centre, Heol Maes, Bridgend CF31 9XQ',
      '',
      'Please bring photo ID and proof of address. Dress is smart business wear.',
      '',
      'Please do not telephone the recruitment team regarding the progress of your application; all updates will be sent by email.',
      '',
      'Kestrel Valley Police Recruitment Team',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2091-04-03', time: '09:15', phrase: 'Date: 03/04/2091' },
      { kind: 'no-calls', phrase: 'Please do not telephone the recruitment team' },
    ],
  },
  {
    // SmartRecruiters invitation in Lagos; "confirm ... on or before Thursday" is the candidate's deadline.
    text: mail(
      'Dear Chinedu,',
      '',
      'INVITATION FOR INTERVIEW – GRADUATE TRAINEE (ENGINEERING)',
      '',
      'Following your successful aptitude test, we are pleased to invite you for a face-to-face interview as follows:',
      '',
      'Date: Monday, 26th March 2091',
      'Time: 10:00am WAT',
      'Venue: Okoro-Banks Plc, 14 Adeola Odeku Street, Victoria Island, Lagos',
      '',
      'Kindly confirm your availability by replying to this email on or before Thursday. Come along with the originals of your credentials and your NYSC discharge certificate.',
      '',
      'Best regards,',
      'Human Resources',
      'Okoro-Banks Plc',
    ),
    ...LOS,
    expect: [{ kind: 'interview', by: '2091-03-26', time: '10:00', phrase: 'Monday, 26th March 2091' }],
  },
  {
    // Taleo: the quarter ends on 31 March.
    text: mail(
      'Dear Ka Yan,',
      '',
      'Thank you for your application for Assistant Manager, Treasury Operations (Requisition 2091-00873).',
      '',
      'We have now completed the first round of interviews. The hiring team is finalising its evaluation and expects to communicate decisions to all interviewed candidates by the end of the quarter.',
      '',
      'We appreciate your patience.',
      '',
      'Yours sincerely,',
      'Talent Acquisition',
      'Victoria Harbour Holdings',
      '',
      'Powered by Oracle Taleo',
    ),
    ...HKG,
    expect: [{ kind: 'response-by', by: '2091-03-31', phrase: 'by the end of the quarter' }],
  },
  {
    // Workable, an NGO in Nairobi: "early next month" is 10 April (fuzzy, as "early December"); no calls.
    text: mail(
      'Hello Wanjiru,',
      '',
      'Thank you for applying for the Monitoring & Evaluation Officer role at Maji Safi Trust. We received over 400 applications and are reviewing each one carefully.',
      '',
      'We will contact all applicants about the outcome early next month, whether or not you have been shortlisted. Kindly do not call our office regarding this vacancy.',
      '',
      'Warm regards,',
      'People & Culture Team',
      'Maji Safi Trust',
      'Sent via Workable',
    ),
    ...NBO,
    expect: [
      { kind: 'response-by', by: '2091-04-10', phrase: 'early next month', fuzzy: true },
      { kind: 'no-calls', phrase: 'Kindly do not call our office' },
    ],
  },
  {
    // Pinpoint, a small company in Accra: the interview on Monday is past; "by Friday" is the 23rd.
    text: mail(
      'Hi Kwame,',
      '',
      "Thanks again for coming in to meet Abena and me on Monday, we really enjoyed it. We're seeing our last candidate tomorrow and will make a decision right after.",
      '',
      "I'll update you either way by Friday.",
      '',
      'Best wishes,',
      'Efua Mensah',
      'Head of Operations, Sankofa Fresh',
      '(sent through Pinpoint)',
    ),
    ...ACC,
    expect: [{ kind: 'response-by', by: '2091-03-23', phrase: 'by Friday' }],
  },

  // ---- negatives ----
  {
    // The reader as interviewer at their current employer.
    text: mail(
      'Hi Sam,',
      '',
      "You've been scheduled to interview a candidate for Data Engineer II.",
      '',
      'Candidate: Priya Srinivasan',
      'When: Friday, March 23, 2091, 1:00 PM – 1:45 PM EDT',
      'Where: Zoom (link in the calendar invite)',
      'Focus: SQL and data modelling',
      '',
      'Please submit your scorecard in Greenhouse within 24 hours of the interview so we can keep the process moving for the candidate.',
      '',
      'Thanks!',
      'Lena Ortiz',
      'Recruiting Coordinator, Fenwick & Rowe',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader as hiring manager, from the same employer as the rejection: a start date and tasks.
    text: mail(
      'Hi Grace,',
      '',
      'Good news: your candidate, Jordan Lee, has accepted the offer for Financial Analyst (R-20877) and will start on Monday, April 9, 2091.',
      '',
      "To get ready for Jordan's first day, please complete the onboarding tasks in your Workday inbox by Friday, March 30:",
      '• Confirm the equipment request (laptop, second monitor)',
      '• Assign an onboarding buddy',
      '• Book a 30-minute welcome 1:1 for the first morning',
      '',
      'Thanks,',
      'HR Operations',
      'Northgate Financial',
    ),
    ...TOR,
    expect: [],
  },
  {
    // The reader as referee, offered one call slot.
    text: mail(
      'Dear Siobhán,',
      '',
      'Aoife Brennan has applied for the post of Senior Staff Nurse with Shannonside University Hospital and has named you as a referee.',
      '',
      'We would be grateful if you could complete the attached reference form and return it within five working days. Alternatively, our HR officer could take the reference by phone. Would Friday 23 March at 11:00 suit you for a 15-minute call?',
      '',
      'Thank you for your help.',
      '',
      'Kind regards,',
      'Mairéad Fallon',
      'HR Officer, Recruitment',
      'Shannonside University Hospital',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A friend's own final round.
    text: mail(
      'Hiya!!',
      '',
      "Sorry I went quiet, big news: I got through to the final round at the council!! It's Monday 26th at 2pm at the Town Hall, a panel of three plus a presentation on parking enforcement (glamorous, I know). They said they'd let everyone know within a week after that.",
      '',
      'Are you free for a drink on the Friday to either celebrate or drown my sorrows?',
      '',
      'Love,',
      'Hannah x',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A brother's visa interview, from Mum.
    text: mail(
      'Hi dear,',
      '',
      "Just to let you know Kojo finally got his visa interview date at the US Embassy: Tuesday 3rd April at 8:30am. He's been told to arrive an hour early with all his documents. Please call him this weekend and help him practise the questions, you know how nervous he gets.",
      '',
      'Also your aunty says the wedding invitations are ready.',
      '',
      'God bless,',
      'Mum',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A job alert from the same employer as the onsite: closing dates only.
    text: mail(
      'Hi Alex,',
      '',
      'New roles at Harbourline Analytics that match your interests',
      '',
      '• Analytics Engineer, New York, NY (Hybrid). Applications close April 6, 2091.',
      '• Senior Data Scientist, Pricing, Remote (US). Applications close April 13, 2091.',
      '• Product Analyst, Growth, Boston, MA. Posted 2 days ago.',
      '',
      "You're receiving this because you joined the Harbourline Talent Community. Manage your job alerts or unsubscribe.",
      '',
      'Harbourline Analytics, 41 Water Street, New York, NY 10004',
    ),
    ...NY,
    expect: [],
  },
  {
    // A recruitment agency's salary guide and webinar.
    text: mail(
      'Dear Wei Jie,',
      '',
      'The Michael Page Singapore Salary Guide 2091 is here. Discover what employers across accounting, technology and supply chain are paying this year, and which skills are commanding premium offers.',
      '',
      'Join our live webinar: "Hiring and Pay in 2091"',
      'Thursday, 29 March 2091 | 12:30 – 1:15pm SGT | Online',
      '',
      'Our directors will share the findings and answer your questions live. Registration closes on Wednesday, 28 March.',
      '',
      'Register now | Download the guide',
      '',
      'Michael Page Singapore',
      'You are receiving this email because you subscribed to Michael Page market updates.',
    ),
    ...SIN,
    expect: [],
  },
  {
    // An agency pitching temporary staff to the reader as an employer; the quote "by Friday" is a sales promise.
    text: mail(
      'Dear Mr Naidoo,',
      '',
      'With the Easter trading period around the corner, is your distribution centre ready for the peak?',
      '',
      "Randstad can have screened, trained pickers, packers and forklift operators on site within 48 hours of your order, and we'll confirm a shortlist of team leads within one business day. Book a 20-minute call with our industrial team this week and we'll send you a tailored quote by Friday.",
      '',
      'Kind regards,',
      'Thandeka Mokoena',
      'Business Development Manager',
      'Randstad South Africa – Industrial',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A podcast interview, with Google Calendar's invitation text.
    text: mail(
      'Hi Jana,',
      '',
      "Thanks so much for agreeing to be interviewed for Remote Works, our podcast about distributed teams! Here's the calendar invite for the recording.",
      '',
      'Recording: Remote Works, episode 112 with Jana Vogt',
      'Wednesday 28 March 2091 ⋅ 16:00 – 17:00',
      'Time zone: Central European Time - Berlin',
      'Joining info: riverside.fm/studio/remote-works',
      'Invitation from Google Calendar',
      '',
      "The edited episode usually goes live within two weeks of recording. I'll send you the link.",
      '',
      'Cheers,',
      'Tom Ashworth',
      'Host, Remote Works',
    ),
    ...BER,
    expect: [],
  },
  {
    // The reader as an employee: an annual appraisal; ratings "by the end of the quarter" are not about a job application.
    text: mail(
      'Dear Priyanka,',
      '',
      'Your FY2090-91 annual performance review has been scheduled.',
      '',
      'Review meeting: Monday, 26 March 2091, 3:00 PM – 3:45 PM IST',
      'With: Sandeep Rao (Reporting Manager)',
      'Location: Meeting Room Kaveri, 4th floor / MS Teams',
      '',
      'Please complete your self-appraisal form in SuccessFactors by Friday, 23 March 2091. Final ratings will be shared with all employees by the end of the quarter.',
      '',
      'Regards,',
      'HR Business Partner – Technology',
      'Indraprastha Software Services Ltd.',
    ),
    ...KOL,
    expect: [],
  },
  {
    // IT replacing the reader's laptop.
    text: mail(
      'Dear Colleague,',
      '',
      'As part of the Windows upgrade programme, your laptop (asset tag KHI-LT-04419) will be replaced on Thursday, 29 March between 10:00 and 12:00 PKT at your desk.',
      '',
      'Before then, please:',
      '1. Save all local files to OneDrive by Wednesday evening.',
      '2. Make sure you know your network password.',
      '',
      'The IT Service Desk will send a confirmation within 24 hours once your new device is ready.',
      '',
      'Thanks,',
      'IT Service Desk',
      'Indus Crescent Textiles',
    ),
    ...KHI,
    expect: [],
  },
  {
    // A dentist's reminder.
    text: mail(
      'Hi Casey,',
      '',
      'This is a reminder of your upcoming appointment at Front Range Family Dental.',
      '',
      'Date: Tuesday, March 27, 2091',
      'Time: 4:15 PM',
      'Provider: Dr. Adaeze Okafor',
      'Reason: Cleaning and exam',
      '',
      'Please reply C to confirm, or call us at (303) 555-0148 at least 24 hours in advance if you need to reschedule. Late cancellations may incur a $50 fee.',
      '',
      'See you soon!',
      'Front Range Family Dental',
    ),
    ...DEN,
    expect: [],
  },
  {
    // A PhD viva and a decision within 14 working days of it: an exam, not a job.
    text: mail(
      'Dear Mr Lim,',
      '',
      'Re: Oral Examination (Viva Voce), Doctor of Philosophy (Civil Engineering)',
      '',
      'I am pleased to inform you that your viva voce has been scheduled as follows:',
      '',
      'Date: 5 April 2091 (Thursday)',
      'Time: 10:00 a.m.',
      'Venue: Seminar Room 2, Faculty of Engineering',
      '',
      "The panel comprises one internal and two external examiners. The Centre for Graduate Studies will notify you of the examiners' decision within 14 working days of the examination.",
      '',
      'Yours sincerely,',
      'Nurul Huda binti Rahman',
      'Assistant Registrar, Centre for Graduate Studies',
      'Universiti Teknologi Semenanjung',
    ),
    ...KUL,
    expect: [],
  },
  {
    // An acknowledgement that promises nothing dated.
    text: mail(
      'Hi Elin,',
      '',
      "Thanks for applying to the Content Designer position at Nordvik Studio! We've received your application and it's now with our team.",
      '',
      "We read every application ourselves, so it can take a little while. We'll get back to you as soon as we can, whichever way it goes.",
      '',
      'In the meantime, feel free to check out life at Nordvik on our career site.',
      '',
      'Best wishes,',
      'The Nordvik Studio team',
      'Powered by Teamtailor',
    ),
    ...STO,
    expect: [],
  },
  {
    // A university careers fair with on-the-spot interviews (no interview of this reader on a known day).
    text: mail(
      'Dear Graduating Student,',
      '',
      'The Career Services Office of Santa Rosa de Lima University invites you to the Spring Job Fair 2091!',
      '',
      'When: Wednesday, 4 April 2091, 9:00 AM – 4:00 PM',
      'Where: University Gymnasium',
      'Participating employers: Lumina BPO, Kalayaan Bank, PhilEnergy Grid, Bayanihan Tech and 40 more',
      '',
      'Selected companies will hold on-the-spot interviews. Bring at least ten copies of your CV and come in business attire. Pre-register on the career portal by 30 March.',
      '',
      'See you there!',
      'Career Services Office',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A one-way video interview to record before a deadline: the reader's deadline, no interview on a day.
    text: mail(
      'Hi Devon,',
      '',
      'Thanks for applying for the Marketing Coordinator role at Lakeshore Outfitters!',
      '',
      "As the next step, we'd like you to complete a short one-way video interview (three questions, about 10 minutes). You can record your answers any time before 11:59 PM CT on Sunday, March 25.",
      '',
      'Start your video interview: https://lakeshoreoutfitters.applytojob.com/video/8Qw2',
      '',
      'Please note that incomplete video interviews cannot be considered.',
      '',
      'Thanks,',
      'Lakeshore Outfitters Hiring Team',
      'Powered by JazzHR',
    ),
    ...CHI,
    expect: [],
  },
  {
    // The reader as a volunteer mock interviewer.
    text: mail(
      'Dear Brian,',
      '',
      'Thank you for volunteering as a mock interviewer at our Youth Employability Day! Here are the details:',
      '',
      'Date: Saturday, 24 March 2091',
      'Time: 8:30 am – 1:00 pm (briefing at 8:00 am)',
      'Venue: Kibera Community Hall, Olympic Estate',
      '',
      'You will interview three young people for practice roles and give them feedback using the attached sheet. Lunch will be provided.',
      '',
      "We will share the day's feedback summary with all volunteers within a week.",
      '',
      'Asante sana,',
      'Grace Achieng',
      'Programme Coordinator, Kesho Bora Foundation',
    ),
    ...NBO,
    expect: [],
  },
];
