// Round 1020 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Thursday
// 18 March 2077 at 09:45 local, in the three weeks when North America is on daylight time (since 14 March) and
// Europe is not yet (28 March): New York is -04:00 and London +00:00, four hours apart instead of five. "This
// week" ends Friday 19 March, "next week" is 22–26 March, "by Monday" is 22 March. The focus is calendar and
// meeting text. Positives: an Outlook/Teams invitation in Gulf time for a Karachi reader (Oracle Recruiting), a
// Zoom "10:00 AM Eastern Time" for a London reader in the DST gap, a Google Calendar invitation from Workable in
// Kuala Lumpur, an Outlook "Updated:" that moves a Hong Kong second round, a Randstad text "2morrow (Fri) 2PM"
// in Manila, an Accra "within two weeks" after a Teams interview, a New York "by Monday at the latest", a
// Teamtailor "within 5 working days" in Berlin English, a Doha hold until the recruiter is back, a JazzHR
// Outlook "(UTC-05:00) Eastern Time" label for a Chicago reader, a Sydney council's no-calls plus "by the end of
// the month", a Calendly reschedule in Vancouver, a Pune offer, a Cork rejection after a Teams final, an AEDT
// slot for an Auckland reader, and a UK civil-service booking "Date: 30/03/2077 Time: 10:15" with "within 10
// working days of your interview". Negatives: the same formats for a sprint planning, the reader as panelist, a
// salary-guide webinar on Webex, a dentist text, a freelancer's kickoff, an MBA admissions interview, the reader
// as referee, the reader as mentor, a virtual career fair, a parcel delivery, a parents' evening, a flight
// check-in, an IT upgrade window, a Calendly phone screen the reader hosts as recruiter, a council
// acknowledgement with only a closing date, and a sister's text about a brother's interview. Names, companies
// and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 18 March 2077, 09:45 local (US and Canada on daylight time, Europe not yet).
const NY = { sentAt: '2077-03-18T09:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2077-03-18T09:45:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2077-03-18T09:45:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2077-03-18T09:45:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2077-03-18T09:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2077-03-18T09:45:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2077-03-18T09:45:00+01:00', tz: 'Europe/Berlin' } as const;
const ACC = { sentAt: '2077-03-18T09:45:00+00:00', tz: 'Africa/Accra' } as const;
const LAG = { sentAt: '2077-03-18T09:45:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2077-03-18T09:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const DOH = { sentAt: '2077-03-18T09:45:00+03:00', tz: 'Asia/Qatar' } as const;
const DXB = { sentAt: '2077-03-18T09:45:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2077-03-18T09:45:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2077-03-18T09:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const KUL = { sentAt: '2077-03-18T09:45:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2077-03-18T09:45:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2077-03-18T09:45:00+08:00', tz: 'Asia/Manila' } as const;
const SIN = { sentAt: '2077-03-18T09:45:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2077-03-18T09:45:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2077-03-18T09:45:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1020_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Oracle Recruiting Cloud sends an Outlook/Teams invitation in Gulf time; the reader is in Karachi (+1 h).
    text: mail(
      'Dear Hassan,',
      '',
      'Further to your application for the position of Treasury Operations Manager, please find below the details of your interview with our Dubai panel.',
      '',
      'Subject: Interview – Treasury Operations Manager – Hassan Siddiqui',
      'When: Monday, March 22, 2077 11:00 AM-12:00 PM (UTC+04:00) Abu Dhabi, Muscat',
      'Where: Microsoft Teams Meeting',
      'Organizer: Recruitment Team, Al Rimal Holding',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 318 442 907 615',
      'Passcode: nY6v8Q',
      '+971 4 555 0123,,640118392# United Arab Emirates, Dubai',
      'Phone Conference ID: 640 118 392#',
      '',
      'Kindly keep your CNIC or passport ready for identity verification at the start of the call.',
      '',
      'Best regards,',
      'Mariam Al Suwaidi',
      'Talent Acquisition, Al Rimal Holding',
    ),
    ...KHI,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-22',
        time: '12:00',
        phrase: 'Monday, March 22, 2077 11:00 AM',
      },
    ],
  },
  {
    // Zoom from New York for a London reader: 10:00 AM EDT is 14:00 GMT this week (the clocks differ by 4 h).
    text: mail(
      'Hi Imogen,',
      '',
      'Looking forward to our chat! Quick heads-up that the US clocks have already changed, so this is 2pm your time, not 3pm.',
      '',
      'Harlow & Pine is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Imogen Clarke <> Harlow & Pine – Content Design Lead (hiring manager interview)',
      'Time: Mar 23, 2077 10:00 AM Eastern Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://harlowpine.zoom.us/j/83312009876?pwd=c2VjcmV0',
      'Meeting ID: 833 1200 9876',
      'Passcode: 560231',
      '',
      'Best,',
      'Alexis Romero',
      'Recruiting, Harlow & Pine (via Greenhouse)',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-23',
        time: '14:00',
        phrase: 'Mar 23, 2077 10:00 AM Eastern Time',
      },
    ],
  },
  {
    // Google Calendar invitation created by Workable, Kuala Lumpur reader.
    text: mail(
      'Invitation: Interview with Serai Travel – Digital Marketing Executive @ Wed 24 Mar 2077 3pm – 4pm (MYT) (nurul.aziz@gmail.com)',
      '',
      'Interview with Serai Travel – Digital Marketing Executive',
      'Wednesday 24 March 2077 ⋅ 3:00 – 4:00pm',
      'Malaysia Time - Kuala Lumpur',
      '',
      'Location: Serai Travel Sdn Bhd, Level 8, Menara Kenanga, Jalan Tun Razak',
      '',
      'Hi Nurul, please bring a short portfolio (printed or on a tablet) and register at the lobby 10 minutes early. Parking is available at the basement, RM5 per entry.',
      '',
      'Organizer: hiring@seraitravel.workablemail.com',
      'Guests: Nurul Aziz, Jason Lim, Farah Idris',
      '',
      'Invitation from Google Calendar',
    ),
    ...KUL,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-24',
        time: '15:00',
        phrase: 'Wednesday 24 March 2077 ⋅ 3:00',
      },
    ],
  },
  {
    // Outlook "Updated:" that moves a second round, Hong Kong reader.
    text: mail(
      'Updated: Second interview – Compliance Officer (AML) – Karen Leung',
      'When: Friday, 26 March 2077 10:30-11:30 (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi',
      'Where: 21/F, Two Pacific Place, Room 2105 / Microsoft Teams Meeting',
      '',
      'Dear Karen,',
      '',
      'Please note your second interview has been moved from Tuesday 23 March to Friday 26 March, as our Head of Compliance will be in Singapore earlier in the week. Everything else remains as before.',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 455 210 883 017',
      'Passcode: Lw3cT8',
      '',
      'Best regards,',
      'Vivian Cheung',
      'HR Business Partner, Kowloon Pacific Bank (via SuccessFactors)',
    ),
    ...HKG,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-26',
        time: '10:30',
        phrase: 'Friday, 26 March 2077 10:30',
      },
    ],
  },
  {
    // Agency recruiter's text-style note, Manila reader.
    text: mail(
      "Hi Ma'am Joy,",
      '',
      'Good morning! This is Carlo from Randstad. Confirming ur initial interview w/ the client 2morrow (Fri) 2PM via Zoom for the HR Generalist role in BGC. Link to follow later today. Pls reply YES to confirm.',
      '',
      'Thanks po!',
      'Carlo Dizon',
      'Randstad Philippines',
    ),
    ...MNL,
    expect: [{ kind: 'interview', by: '2077-03-19', time: '14:00', phrase: '2morrow (Fri) 2PM' }],
  },
  {
    // Accra bank after a Teams interview: a two-week promise.
    text: mail(
      'Dear Kwame,',
      '',
      'Thank you for attending the virtual interview for the role of Relationship Manager, SME Banking, on Tuesday. We appreciated your time and the examples you shared.',
      '',
      'We expect to conclude the selection process and communicate the outcome to all shortlisted candidates within two weeks.',
      '',
      'Yours faithfully,',
      'Efua Boateng (Mrs)',
      'Recruitment Officer, Human Capital Department',
      'Volta Commercial Bank PLC',
    ),
    ...ACC,
    expect: [{ kind: 'response-by', by: '2077-04-01', phrase: 'within two weeks' }],
  },
  {
    // New York in-house recruiter: "by Monday at the latest".
    text: mail(
      'Hi Devon,',
      '',
      'Thanks for powering through all four conversations yesterday – I know back-to-back loops are a lot. The team debriefs tomorrow afternoon and you will hear from me by Monday at the latest.',
      '',
      'Enjoy the rest of your week,',
      'Priya Raman',
      'Senior Recruiter, Cobblestone Health',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2077-03-22', phrase: 'by Monday' }],
  },
  {
    // Teamtailor status mail from a Berlin company writing English.
    text: mail(
      'Hi Jonas,',
      '',
      'Thank you for the culture conversation with Lea and Tobias on Tuesday. We are now collecting feedback from everyone you met and will get back to you with next steps within 5 working days.',
      '',
      'Best wishes from Kreuzberg,',
      'Anneke Vogel',
      'People & Talent, Flinkwerk GmbH',
      '',
      'Sent with Teamtailor',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2077-03-25', phrase: 'within 5 working days' }],
  },
  {
    // Doha recruiter's hold until she is back from leave (a Sunday, a working day in Qatar).
    text: mail(
      'Dear Ahmed,',
      '',
      'Thank you for your follow-up. I am on annual leave from tomorrow and back in the office on Sunday 4 April; the hiring manager is also travelling. Kindly do not chase for an update before then – the panel has not yet met, and I will be in touch once it has.',
      '',
      'Best regards,',
      'Reem Al-Kuwari',
      'Talent Acquisition Lead, Pearl Coast Hospitality',
    ),
    ...DOH,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2077-04-04',
        phrase: 'Kindly do not chase for an update before then',
      },
    ],
  },
  {
    // JazzHR's Outlook invitation labelled Eastern time; the reader is in Chicago (one hour behind).
    text: mail(
      'Interview: Logistics Coordinator – Bianca Torres',
      'When: Thursday, March 25, 2077 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada)',
      'Where: Microsoft Teams Meeting',
      'Organizer: Hiring Team – Tri-State Cold Chain',
      '',
      'Hi Bianca,',
      '',
      'Our office is in Pittsburgh, so the time above is Eastern. You will meet Dwayne (Ops Manager) and Kelsey (HR). Please accept the invite so JazzHR shows you as confirmed.',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 266 781 043 920',
      'Passcode: Fv9kR3',
      '+1 412-555-0177,,773201998# United States, Pittsburgh',
      '',
      'Thanks,',
      'Kelsey Brandt',
    ),
    ...CHI,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-25',
        time: '12:00',
        phrase: 'Thursday, March 25, 2077 1:00 PM',
      },
    ],
  },
  {
    // A Sydney council: no status calls, and a shortlisting date.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the position of Senior Urban Planner (Ref. 2077/118) with Harbourside City Council. Applications closed on Monday and we received a strong field.',
      '',
      'The selection panel will advise all applicants of the outcome of shortlisting by the end of the month. Due to the volume of applications, we are unable to respond to phone calls or emails about the status of individual applications.',
      '',
      'Regards,',
      'Recruitment Team',
      'People & Culture, Harbourside City Council',
    ),
    ...SYD,
    expect: [
      { kind: 'response-by', by: '2077-03-31', phrase: 'by the end of the month' },
      {
        kind: 'no-calls',
        phrase:
          'we are unable to respond to phone calls or emails about the status of individual applications',
      },
    ],
  },
  {
    // Calendly reschedule notice to the invitee, Vancouver reader.
    text: mail(
      'Hi Owen,',
      '',
      'Your event has been rescheduled.',
      '',
      'Event Type: Phone screen – Backend Developer (Cedar & Tide)',
      'Former: 1:00pm - Friday, March 19, 2077',
      'Updated: 9:30am - Monday, March 22, 2077 (Pacific Time - US & Canada)',
      'Reason: "Sorry Owen, a board call landed on Friday. Monday morning instead? – Priya"',
      'Location: Priya will call you at +1 604-555-0148.',
      '',
      'Need to make changes to this event? Cancel  Reschedule',
      'Powered by Calendly',
    ),
    ...VAN,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-22',
        time: '09:30',
        phrase: '9:30am - Monday, March 22, 2077',
      },
    ],
  },
  {
    // Pune offer with a deadline for the candidate only.
    text: mail(
      'Dear Sneha,',
      '',
      'Greetings from Sahyadri Software Solutions!',
      '',
      'With reference to your interviews on 11th and 15th March, we are pleased to offer you the position of Senior QA Engineer at our Hinjewadi office, at an annual CTC of INR 24,50,000. The detailed offer letter is attached.',
      '',
      'Kindly confirm your acceptance by 24th March and share your expected date of joining.',
      '',
      'Warm regards,',
      'Aniket Deshpande',
      'HR – Talent Acquisition',
    ),
    ...KOL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A Cork rejection after a Teams final (Workday).
    text: mail(
      'Dear Siobhán,',
      '',
      'Thank you for joining us on Teams on Monday for the final interview for the Quality Engineer role, and for the preparation you clearly put into it.',
      '',
      'After careful consideration, we regret to inform you that we will not be progressing your application further on this occasion. We will keep your CV on file for twelve months and may contact you about similar roles.',
      '',
      'Kind regards,',
      'Talent Acquisition',
      'Ballyhoura Medical Devices Ltd, Cork',
    ),
    ...DUB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Sydney interviewer, Auckland reader: 11:00 AEDT is 13:00 NZDT.
    text: mail(
      'Kia ora Rāwiri,',
      '',
      'Thanks for sending through your availability. I have booked your video interview for Thursday 25 March, 11:00am AEDT (Sydney time) with our Head of Engineering, Fiona. A Teams link will come from my calendar shortly.',
      '',
      'Cheers,',
      'Kirsty Doolan',
      'Talent Acquisition, Southern Cross Rail (trans-Tasman team)',
    ),
    ...AKL,
    expect: [
      {
        kind: 'interview',
        by: '2077-03-25',
        time: '13:00',
        phrase: 'Thursday 25 March, 11:00am AEDT',
      },
    ],
  },
  {
    // UK civil service booking with a label–value layout and a window counted from the interview.
    text: mail(
      'Dear Femi Adeyinka,',
      '',
      'Vacancy: 318844 – Higher Executive Officer, Policy Adviser',
      'Department: Department for Rural Affairs',
      '',
      'Your interview has been booked.',
      '',
      'Date: 30/03/2077',
      'Time: 10:15',
      'Location: Video interview (Microsoft Teams – link to follow from the vacancy holder)',
      '',
      'We aim to let you know the outcome within 10 working days of your interview. If you need reasonable adjustments, please contact us via Civil Service Jobs.',
      '',
      'Yours sincerely,',
      'Government Recruitment Service',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2077-03-30', time: '10:15', phrase: 'Date: 30/03/2077' },
      {
        kind: 'response-by',
        by: '2077-04-13',
        phrase: 'within 10 working days of your interview',
      },
    ],
  },

  // ---- negatives ----
  {
    // The reader's sprint planning.
    text: mail(
      'Sprint 42 planning',
      'When: Monday, March 22, 2077 10:00 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada)',
      'Where: Microsoft Teams Meeting',
      'Organizer: Nadia Hussain',
      '',
      'Hi team – please have your tickets groomed by end of day Friday. We will also slot in the onboarding tasks for the two new hires starting on April 5.',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 301 224 775 980',
      'Passcode: 9sWq2E',
      '',
      'Nadia',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader sits on an interview panel.
    text: mail(
      'Interview Panel: Senior Accountant – candidate Farah Iqbal',
      'When: Tuesday, March 23, 2077 3:00 PM-4:00 PM (UTC+05:00) Islamabad, Karachi',
      'Where: Board Room, 4th Floor / Microsoft Teams Meeting',
      '',
      'Dear Usman,',
      '',
      'You are nominated as a panel member for the above interview. The CV and the evaluation form are attached; please return the completed form to HR by Wednesday 24 March.',
      '',
      'Regards,',
      'Sana Javed',
      'HR Officer, Indus Textiles Ltd',
    ),
    ...KHI,
    expect: [],
  },
  {
    // An agency's salary-guide webinar on Webex.
    text: mail(
      'Dear Mei Ling,',
      '',
      'You are registered for the launch of the Hays Asia Salary Guide 2077: Malaysia edition.',
      '',
      'Salary Guide 2077 – what employers are paying',
      'Thursday, 25 March 2077 | 12:00 | (UTC+08:00) Kuala Lumpur, Singapore | 45 mins',
      'Join event: https://hays-asia.webex.com/weblink/register/r7b1c',
      'Event number: 2519 033 8845',
      'Event password: Salary77',
      '',
      'Can’t make it? The recording and the full guide will be emailed to all registrants within 48 hours.',
      '',
      'Warm regards,',
      'Hays Malaysia Marketing',
    ),
    ...KUL,
    expect: [],
  },
  {
    // A dentist's reminder text.
    text: mail(
      'Dear Mr Chan,',
      '',
      'Reminder: your appointment at Bright Smile Dental Centre (Causeway Bay) is on Mon 22/03 at 9:15am with Dr. Wong. Reply Y to confirm or N to reschedule. Please arrive 10 mins early.',
      '',
      'Bright Smile Dental Centre',
    ),
    ...HKG,
    expect: [],
  },
  {
    // A freelancer's client kickoff in Google Calendar.
    text: mail(
      'Invitation: Kickoff – Tindahan rebrand @ Mon 22 Mar 2077 10am – 11am (PHT) (bea.santos.design@gmail.com)',
      '',
      'Kickoff – Tindahan rebrand',
      'Monday 22 March 2077 ⋅ 10 – 11am',
      'Google Meet joining info',
      'Video call link: https://meet.google.com/tnd-kick-off',
      '',
      'Hi Bea! Excited to start. We will go through the brief and the moodboard. First invoice due on signing, as per the contract; logo concepts by 2 April please.',
      '',
      'Organizer: Paolo Reyes',
      'Invitation from Google Calendar',
    ),
    ...MNL,
    expect: [],
  },
  {
    // An MBA admissions interview.
    text: mail(
      'Dear Layla,',
      '',
      'Congratulations! Following a review of your application to the Executive MBA (Dubai, September 2077 intake), the Admissions Committee would like to invite you to an admissions interview.',
      '',
      'Date: Wednesday, 24 March 2077',
      'Time: 18:30 Gulf Standard Time',
      'Format: Zoom (link to follow)',
      '',
      'Round 3 decisions are released on 30 April.',
      '',
      'Kind regards,',
      'MBA Admissions Office, Gulf Business School',
    ),
    ...DXB,
    expect: [],
  },
  {
    // The reader as referee.
    text: mail(
      'Dear Dr Nolan,',
      '',
      'Aoife Byrne has named you as a referee for the position of Research Fellow at Liffey Institute of Technology. Could we book a 15-minute reference call?',
      '',
      'Proposed: Thursday 25 March 2077 at 2:00pm (Irish time)',
      'Via: Microsoft Teams – invite to follow',
      '',
      'If another time suits better, please reply by Tuesday.',
      '',
      'With thanks,',
      'Orla Dunne',
      'HR Recruitment, Liffey Institute of Technology',
    ),
    ...DUB,
    expect: [],
  },
  {
    // The reader as a mentor.
    text: mail(
      'Mentoring session – Abena / Kojo',
      'When: Saturday, March 20, 2077 10:00 AM-11:00 AM (UTC+00:00) Monrovia, Reykjavik',
      'Where: Microsoft Teams Meeting',
      '',
      'Hi Kojo,',
      '',
      'Thank you again for mentoring me through the Women in Tech Ghana programme. I have my first job interview next week so would love to do a mock interview with you on Saturday!',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 390 552 118 746',
      'Passcode: Ak7mN2',
      '',
      'Abena',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A virtual career fair.
    text: mail(
      'Hi Chinedu,',
      '',
      'You are registered for the West Africa Tech Virtual Career Fair!',
      '',
      'Date: Wednesday 24 March 2077',
      'Time: 10:00 – 16:00 WAT',
      'Platform: Brazen (log in with your registered email)',
      '',
      '40+ employers will hold 10-minute video chats at their booths. Tip: upload your CV by Monday so recruiters can review it before the day.',
      '',
      'See you there,',
      'Careers Team, Lagos Business Hub',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A parcel delivery window.
    text: mail(
      'Hi Oliver,',
      '',
      'Your parcel from Northbeam Outdoor is on its way.',
      '',
      'Expected delivery: tomorrow, Friday 19 March, between 10:14 and 11:14',
      'Driver: Kasia',
      'Tracking: 1559 0882 4471 203',
      '',
      'Not going to be in? You can change your delivery day or choose a safe place in the app.',
      '',
      'DPX Parcels',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A parents' evening booking.
    text: mail(
      'Kia ora Mrs Tane,',
      '',
      'Your parent–teacher interview bookings for Year 9 are confirmed:',
      '',
      'Tuesday 23 March 2077',
      '5:40pm – 5:45pm  Mr Grant (Mathematics)',
      '5:50pm – 5:55pm  Whaea Pania (Te Reo Māori)',
      '',
      'Video calls are held through School Cloud; join from the link on your booking page.',
      '',
      'Ngā mihi,',
      'Rangitoto Heights College',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A flight check-in notice.
    text: mail(
      'Dear Mr Tan Jun Wei,',
      '',
      'Online check-in is now open for your flight.',
      '',
      'SQ 231  Singapore (SIN) → Sydney (SYD)',
      'Departure: Sat 20 Mar 2077, 21:55',
      'Booking reference: K7Q2PL',
      '',
      'Check in by 20:55 at the latest. Have a pleasant flight!',
      '',
      'Singapore Airlines',
    ),
    ...SIN,
    expect: [],
  },
  {
    // An IT upgrade window.
    text: mail(
      'Hi Andre,',
      '',
      'Your laptop (ASSET-20931) is scheduled for the Windows upgrade on Saturday, March 20, 2077 between 2:00 AM and 6:00 AM CT. Please leave it powered on and connected to the VPN on Friday night. You may be asked to restart by Monday.',
      '',
      'If this window does not work, reply to reschedule within 2 business days.',
      '',
      'Thanks,',
      'IT Service Desk, Prairie Mutual',
    ),
    ...CHI,
    expect: [],
  },
  {
    // Calendly notice to the reader as a recruiter hosting a phone screen.
    text: mail(
      'Hi Jess,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type: Phone screen – Marketing Coordinator',
      'Invitee: Daniel Okoro',
      'Invitee Email: daniel.okoro@outlook.com',
      'Event Date/Time: 2:00pm - Tuesday, March 23, 2077 (Eastern Time - US & Canada)',
      'Location: You will call the invitee at +1 647-555-0193',
      '',
      'View event in Calendly',
      'Sent from Calendly',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A council acknowledgement whose only date is the closing date.
    text: mail(
      'Dear Rhys Morgan,',
      '',
      'Thank you for your application for the post of Waste Services Supervisor (Ref. WS-2077-09) with Cardiff Vale Council.',
      '',
      'The closing date for this vacancy is 31 March 2077. Shortlisting takes place after the closing date, and we will contact you if you are selected for interview.',
      '',
      'Diolch,',
      'Recruitment Team',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A sister's text about her brother's interview.
    text: mail(
      'Hi Wambui,',
      '',
      'Kamau’s interview at Safaricom is on Monday 10am!! Pray for him 🙏 Also mum says lunch at hers on Sunday at 1, bring the chapati flour.',
      '',
      'Love,',
      'Njoki',
    ),
    ...NBO,
    expect: [],
  },
];
