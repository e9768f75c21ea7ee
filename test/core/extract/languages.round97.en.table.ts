// Round 1010 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Sunday
// 1 November 2076 at 19:10 local, the day US clocks went back (New York is -05:00 from 02:00 that morning;
// Europe went back a week earlier; Sydney and Auckland are on summer time). A Sunday send: "next week" is the
// week that starts tomorrow (2–6 November), "tomorrow" is Monday 2 November. The focus is calendar and meeting
// text as it reaches the inbox. Positives: an Outlook/Teams invitation with dial-in numbers and conference IDs
// (Greenhouse), a Zoom invitation "8:00 PM Pacific" for a Singapore reader (the date moves), a Google Calendar
// invitation (Ashby), an Outlook "Updated:" that moves a panel (Workday), a Calendly confirmation from a founder,
// an iCIMS cancellation with one new slot, a Hays text "tmrw 10am", a Melbourne "end of next week" sent on a
// Sunday, a Webex invitation in Amsterdam time for a Johannesburg reader, a Riyadh hold, a GoodTime "within 3
// business days of your final interview (Friday 30 October)", a USAJOBS Teams panel in Eastern time for Denver
// plus no-calls, an NHS offer, a "Canceled:" invitation that rejects, an Auckland founder's "early next week",
// and an Outlook "(UTC+10:00) Canberra, Melbourne, Sydney" label in Sydney summer time. Negatives: the same
// invitation formats for a 1:1, a job-search webinar, an interview debrief where the reader is the interviewer,
// a Calendly "New Event" for a freelancer's client, a GP booking, a parent-teacher conference on Zoom, a
// friend's birthday dinner celebrating her offer, a cancelled town hall, a GoodTime interviewer notice, an
// appraisal with a self-assessment deadline, a podcast interview, a US visa interview, a "your application was
// viewed" notice, a new starter's first day for a hiring manager, a car service, and a friend's text about the
// reader's past interview. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 1 November 2076, 19:10 local (US daylight time ended at 02:00 that morning).
const NY = { sentAt: '2076-11-01T19:10:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2076-11-01T19:10:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2076-11-01T19:10:00-07:00', tz: 'America/Denver' } as const;
const TOR = { sentAt: '2076-11-01T19:10:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2076-11-01T19:10:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2076-11-01T19:10:00+00:00', tz: 'Europe/Dublin' } as const;
const LAG = { sentAt: '2076-11-01T19:10:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2076-11-01T19:10:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2076-11-01T19:10:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2076-11-01T19:10:00+02:00', tz: 'Africa/Johannesburg' } as const;
const RUH = { sentAt: '2076-11-01T19:10:00+03:00', tz: 'Asia/Riyadh' } as const;
const KOL = { sentAt: '2076-11-01T19:10:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2076-11-01T19:10:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2076-11-01T19:10:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2076-11-01T19:10:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2076-11-01T19:10:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2076-11-01T19:10:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1010_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Outlook body of a Greenhouse-scheduled Teams interview, New York reader.
    text: mail(
      'Hi Marisol,',
      '',
      'Thanks for making time to speak with the Fenwick Analytics team. Your interview details are below and a calendar invitation is attached.',
      '',
      'Interview: Senior Product Analyst – Hiring Manager Round',
      'When: Wednesday, November 4, 2076 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada)',
      'Where: Microsoft Teams Meeting',
      'Organizer: Greenhouse Scheduling on behalf of Dana Kowalczyk',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 284 117 903 552',
      'Passcode: 7uQx3P',
      'Or call in (audio only)',
      '+1 929-555-0142,,318274615#   United States, New York City',
      'Phone Conference ID: 318 274 615#',
      'Find a local number | Reset PIN',
      '________________________________________________________________________________',
      '',
      'Best,',
      'Dana Kowalczyk',
      'Recruiting Coordinator, Fenwick Analytics',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-04',
        time: '11:00',
        phrase: 'Wednesday, November 4, 2076 11:00 AM',
      },
    ],
  },
  {
    // Zoom invitation from a US team for a Singapore reader: 8 PM Pacific (standard time from today) is
    // 04:00 UTC on the 6th, noon in Singapore.
    text: mail(
      'Hi Wei Ling,',
      '',
      'Great to connect on Friday. As discussed, here is the invite for your technical screen with our ML platform team. Kai will join from San Francisco, so we have picked a time that lands at lunchtime for you.',
      '',
      'Lumenstack Inc. is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Technical screen – Wei Ling Chua / Senior ML Engineer',
      'Time: Nov 5, 2076 08:00 PM Pacific Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://lumenstack.zoom.us/j/81234567890?pwd=Qm9vTnRhYmxl',
      '',
      'Meeting ID: 812 3456 7890',
      'Passcode: 449210',
      '',
      'One tap mobile',
      '+16505550199,,81234567890#,,,,*449210# US (San Jose)',
      '',
      'Scheduled via Lever. Reply to this email if you need to change the time.',
      '',
      'Cheers,',
      'Brooke Tanaka',
      'Technical Recruiter, Lumenstack',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-06',
        time: '12:00',
        phrase: 'Nov 5, 2076 08:00 PM Pacific Time',
      },
    ],
  },
  {
    // Google Calendar invitation sent through Ashby, London reader.
    text: mail(
      'Invitation: Technical interview – Platform Engineer @ Tue 3 Nov 2076 14:00 – 15:00 (GMT) (sam.okafor@fastmail.co.uk)',
      '',
      'Technical interview – Platform Engineer',
      'Tuesday 3 November 2076 ⋅ 14:00 – 15:00',
      'Time zone: Europe/London',
      '',
      'Google Meet joining info',
      'Video call link: https://meet.google.com/xqr-mnbt-kwp',
      'Or dial: (GB) +44 20 3957 0000 PIN: 847 193 226#',
      'More phone numbers: https://tel.meet/xqr-mnbt-kwp?pin=847193226',
      '',
      'Hi Sam, this is a 60-minute pairing session with Ruth and Oluwaseun. Bring a laptop with a working Go toolchain; no prep beyond that. If the time no longer works, reschedule via the Ashby link in your earlier email.',
      '',
      'Organizer: talent@harbourline.io',
      'Guests: Sam Okafor, Ruth Delaney, Oluwaseun Bello',
      '',
      'Invitation from Google Calendar',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-03',
        time: '14:00',
        phrase: 'Tuesday 3 November 2076 ⋅ 14:00',
      },
    ],
  },
  {
    // Outlook "Updated:" that moves a Workday panel, Dublin reader.
    text: mail(
      'Updated: Panel interview – Senior Risk Analyst (REQ-20931)',
      'When: Thursday, 5 November 2076 09:30-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London',
      'Where: Microsoft Teams Meeting',
      'Organizer: Clodagh Fitzpatrick',
      '',
      'Hi Ciarán,',
      '',
      'Apologies for the late change – one of the panel is now travelling on Tuesday, so we have moved your interview from Tuesday 3 November to Thursday 5 November. The time, the panel and the Teams link are otherwise the same.',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 371 902 448 116',
      'Passcode: Hb8sK2',
      '+353 1 555 0187,,552018334# Ireland, Dublin',
      'Phone Conference ID: 552 018 334#',
      '',
      'Kind regards,',
      'Clodagh Fitzpatrick',
      'Talent Acquisition Partner, Brennock Insurance DAC',
    ),
    ...DUB,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-05',
        time: '09:30',
        phrase: 'Thursday, 5 November 2076 09:30',
      },
    ],
  },
  {
    // Calendly confirmation to the invitee, founder of a Toronto start-up.
    text: mail(
      'Hi Mateo,',
      '',
      'Your Founding Engineer intro chat with Dana Whitfield at 10:30am (Eastern Time - US & Canada) on Monday, November 2, 2076 is scheduled.',
      '',
      'Event Name: Founding Engineer intro chat',
      'Location: This is a Google Meet web conference. Join now',
      'Need to make changes to this event? Cancel  Reschedule',
      '',
      'Questions: Anything you want Dana to know beforehand?',
      'Happy to chat about the infra side – I have mostly done Kafka and Postgres work.',
      '',
      'Powered by Calendly',
      '',
      '--',
      'Sent from Dana’s phone: sorry for the Sunday email, just wanted you to have the link. Looking forward to it! – D',
    ),
    ...TOR,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-02',
        time: '10:30',
        phrase: '10:30am (Eastern Time - US & Canada) on Monday, November 2, 2076',
      },
    ],
  },
  {
    // iCIMS cancellation that offers one new slot, Bengaluru reader.
    text: mail(
      'Canceled: Interview – Data Engineer II (Req 77104) – Priya Nair',
      'When: Tuesday, November 3, 2076 11:00 AM-12:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
      '',
      'Hi Priya,',
      '',
      'So sorry to do this – Arvind, the hiring manager, is unwell and has asked me to cancel Tuesday. Could we do Thursday, 5th November at 3:30 PM IST instead? If that works, I will send the new Teams invite from iCIMS first thing tomorrow.',
      '',
      'Thanks for your patience,',
      'Shreya Menon',
      'Talent Acquisition, Kavach Fintech Pvt. Ltd.',
    ),
    ...KOL,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-05',
        time: '15:30',
        phrase: 'Thursday, 5th November at 3:30 PM IST',
      },
    ],
  },
  {
    // Agency recruiter's text-style note from a phone, Lagos reader.
    text: mail(
      'Hi Chidi',
      '',
      'Its Funmi from Hays. Client wants to see u tmrw 10am at their VI office (14 Adeola Odeku, 3rd floor, ask for Mrs Bankole). Its the Finance Business Partner role we discussed. Pls bring 2 passport photos + ur NYSC cert.',
      '',
      'Pls confirm tonight if possible!!',
      '',
      'Funmi',
      'Sent from my iPhone',
    ),
    ...LAG,
    expect: [{ kind: 'interview', by: '2076-11-02', time: '10:00', phrase: 'tmrw 10am' }],
  },
  {
    // Melbourne in-house recruiter writing on a Sunday: "end of next week" is the week starting tomorrow.
    text: mail(
      'Hi Lachlan,',
      '',
      'Sorry for the weekend email – I wanted to get this to you before the week kicks off. Thanks again for coming in on Friday; the panel really enjoyed the case study walk-through.',
      '',
      'We have one more candidate to see on Tuesday, after which the panel will meet to compare notes. I will come back to you with an outcome by the end of next week either way.',
      '',
      'Have a good Sunday night,',
      'Georgia Pappas',
      'Talent Partner | Wattle & Finch Pty Ltd',
    ),
    ...MEL,
    expect: [{ kind: 'response-by', by: '2076-11-06', phrase: 'by the end of next week' }],
  },
  {
    // Webex invitation in Amsterdam time (SmartRecruiters), Johannesburg reader one hour ahead.
    text: mail(
      'Dear Thandiwe,',
      '',
      'Thank you for your interest in the Customer Success Lead (EMEA South) position at Oosterveld Logistics B.V. We are pleased to invite you to a video interview with our hiring team.',
      '',
      'Interview with Oosterveld Logistics',
      'Host: Marleen de Groot',
      'Thursday, 5 November 2076 | 10:00 | (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna | 1 hr',
      '',
      'Join meeting',
      'https://oosterveld.webex.com/oosterveld/j.php?MTID=m5c0d11ab',
      'Meeting number (access code): 2731 884 0196',
      'Meeting password: Xk4p9Rt',
      'Join by phone: +31-20-555-0134 Netherlands Toll',
      '',
      'This invitation was sent via SmartRecruiters. Please use the link in the portal to confirm your attendance.',
      '',
      'Kind regards,',
      'Marleen de Groot',
      'Recruitment Specialist',
    ),
    ...JNB,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-05',
        time: '11:00',
        phrase: 'Thursday, 5 November 2076 | 10:00',
      },
    ],
  },
  {
    // Riyadh recruiter on a Sunday (a working day there): a hold while travelling.
    text: mail(
      'Dear Omar,',
      '',
      'Thank you for your time with Eng. Faisal last Wednesday. I am travelling with our CEO to the Jeddah site from tomorrow until 11 November, with very limited access to email, so please do not follow up on your application before then.',
      '',
      'Once I am back I will share the panel’s feedback with you.',
      '',
      'Best regards,',
      'Hind Al-Qahtani',
      'Senior Talent Acquisition Specialist',
      'Najd Infrastructure Company',
    ),
    ...RUH,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2076-11-11',
        phrase: 'please do not follow up on your application before then',
      },
    ],
  },
  {
    // GoodTime wrap-up: a window counted from the final interview, a day named in the message.
    text: mail(
      'Hi Tessa,',
      '',
      'Thank you for completing your virtual onsite with Northgate Freight! Here is a recap of your schedule on Friday, October 30:',
      '',
      '10:00 – 10:45 AM CT   Systems design   Raj Patel',
      '11:00 – 11:45 AM CT   Coding           Emily Strauss',
      '1:00 – 1:30 PM CT     Values           Marcus Hill',
      '',
      'What happens next: your recruiter will reach out with feedback within 3 business days of your final interview. If you have questions in the meantime, reply to this email and it will reach the recruiting team.',
      '',
      'This message was sent by GoodTime on behalf of Northgate Freight.',
    ),
    ...CHI,
    expect: [
      {
        kind: 'response-by',
        by: '2076-11-04',
        phrase: 'within 3 business days of your final interview',
      },
    ],
  },
  {
    // USAJOBS-style agency panel on Teams, Eastern time for a Denver reader, plus a no-calls line.
    text: mail(
      'Dear Applicant,',
      '',
      'You have been selected for an interview for Vacancy Announcement DOI-BLM-2076-0419, Natural Resource Specialist, GS-0401-11.',
      '',
      'Interview date: Tuesday, November 10, 2076',
      'Interview time: 1:00 PM Eastern Time',
      'Format: Microsoft Teams (link sent separately by the panel chair)',
      'Panel: three members, 45 minutes',
      '',
      'Please have your resume and the announcement in front of you. Please do not call the Human Resources office regarding the status of your application; all notifications will be made through USAJOBS.',
      '',
      'Sincerely,',
      'Human Resources Specialist',
      'Bureau of Land Management, Lakewood, CO',
    ),
    ...DEN,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-10',
        time: '11:00',
        phrase: 'Interview time: 1:00 PM Eastern Time',
      },
      {
        kind: 'no-calls',
        phrase: 'Please do not call the Human Resources office regarding the status of your application',
      },
    ],
  },
  {
    // NHS offer (conditional), London reader.
    text: mail(
      'Dear Adaeze,',
      '',
      'Following your interview on Thursday for the post of Clinical Nurse Specialist – Tissue Viability (Band 7), I am delighted to confirm that the panel would like to offer you the post, subject to satisfactory pre-employment checks.',
      '',
      'Our recruitment team will contact you through NHS Jobs about references and your occupational health questionnaire. Please reply to let me know whether you would like to accept by Wednesday.',
      '',
      'Congratulations and best wishes,',
      'Joanne Whitlock',
      'Lead Nurse, Wound Care',
      'St Aldric’s Hospital NHS Foundation Trust',
    ),
    ...LDN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A "Canceled:" invitation that carries a rejection (Lever), Nairobi reader.
    text: mail(
      'Canceled: Final interview – Account Executive, East Africa',
      'When: Tuesday, November 3, 2076 2:00 PM-3:00 PM (UTC+03:00) Nairobi',
      'Where: Zoom',
      '',
      'Hi Aisha,',
      '',
      'I am sorry to be cancelling our final round. After the second-stage debrief on Friday, the team has decided not to move forward with your application for this role. It was a close call and your discovery exercise was genuinely strong.',
      '',
      'I would be glad to keep your details on file for future openings in the region.',
      '',
      'All the best,',
      'Wanjiru Kamau',
      'Recruiter, Savanna Pay',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Auckland founder on a Sunday evening: "early next week" is Wednesday of the week starting tomorrow.
    text: mail(
      'Hey Ngaio,',
      '',
      'Cheers for the chat on Thursday, really enjoyed it. I am catching up with my co-founder tomorrow morning to talk through where we landed, and I should have an answer for you early next week.',
      '',
      'Ka kite,',
      'Hamish',
      'Founder, Kōwhai Labs',
      'Sent from my phone, excuse typos',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2076-11-04', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Outlook's zone label says UTC+10:00 while Sydney is on summer time: the clock time is Sydney's.
    text: mail(
      'Interview: Tomás Herrera – Payroll Manager (Robert Half client)',
      'When: Tuesday, 10 November 2076 2:00 PM-2:45 PM (UTC+10:00) Canberra, Melbourne, Sydney',
      'Where: Microsoft Teams Meeting',
      '',
      'Hi Tomás,',
      '',
      'As promised on the phone, here is the invite for your first interview with my client, a national retail group. You will meet Belinda (Head of Payroll) and Craig (CFO). Dress is business casual even on camera.',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 493 120 887 204',
      'Passcode: pR7mZ4',
      '+61 2 5550 1932,,881240557# Australia, Sydney',
      'Phone Conference ID: 881 240 557#',
      '',
      'Good luck – call me after!',
      'Simone Achterberg',
      'Senior Manager, Robert Half Sydney',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2076-11-10',
        time: '14:00',
        phrase: 'Tuesday, 10 November 2076 2:00 PM',
      },
    ],
  },

  // ---- negatives ----
  {
    // The reader's weekly 1:1 with their manager.
    text: mail(
      'Weekly 1:1 – Marcus / Priyanka',
      'When: Tuesday, November 3, 2076 9:30 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada)',
      'Where: Microsoft Teams Meeting',
      'Organizer: Marcus Bell',
      '',
      'Hi Priyanka – moving our 1:1 to Tuesday this week since Monday is the quarterly planning day. Agenda: your promotion packet, the Q1 roadmap and your interview load for the analyst req (you are on three loops this week).',
      '',
      'Join Microsoft Teams Meeting',
      'Meeting ID: 219 004 771 385',
      'Passcode: Gt2wQ9',
      '',
      'Thanks,',
      'Marcus',
    ),
    ...NY,
    expect: [],
  },
  {
    // A job-search webinar registration (Zoom Webinar).
    text: mail(
      'Hi Emeka,',
      '',
      'Thank you for registering for "Nailing the Behavioural Interview: STAR Answers that Land Offers".',
      '',
      'Date & Time: Nov 4, 2076 06:00 PM Eastern Time (US and Canada)',
      '',
      'Join from a PC, Mac, iPad, iPhone or Android device:',
      'https://careerbridge.zoom.us/w/98812345678?tk=ab12',
      'Webinar ID: 988 1234 5678',
      'Passcode: 302118',
      '',
      'You can cancel your registration at any time. A recording will be emailed to all registrants within 48 hours.',
      '',
      'See you there,',
      'The CareerBridge Toronto team',
    ),
    ...TOR,
    expect: [],
  },
  {
    // The reader is the interviewer: a debrief invitation with a scorecard deadline.
    text: mail(
      'Invitation: Debrief – Backend Engineer candidates @ Thu 5 Nov 2076 16:00 – 16:30 (GMT) (lucy.marsh@quillpay.co.uk)',
      '',
      'Debrief – Backend Engineer candidates',
      'Thursday 5 November 2076 ⋅ 16:00 – 16:30',
      'Time zone: Europe/London',
      'Google Meet joining info',
      'Video call link: https://meet.google.com/hvc-qwre-tzu',
      '',
      'Hi all – please submit your scorecards in Greenhouse by noon on Thursday so we can compare before the debrief. We are deciding between two candidates and want to make an offer by Friday.',
      '',
      'Organizer: Raj Anand',
      'Guests: Lucy Marsh, Tom Beale, Ife Adeyemi',
      '',
      'Invitation from Google Calendar',
    ),
    ...LDN,
    expect: [],
  },
  {
    // Calendly "New Event" sent to the host: a freelancer's client call.
    text: mail(
      'Hi Kwabena,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type: Website project discovery call (30 min)',
      'Invitee: Abena Osei',
      'Invitee Email: abena@shearbutterco.com.gh',
      'Event Date/Time: 11:00am - Wednesday, November 4, 2076 (Greenwich Mean Time)',
      'Location: Zoom – https://us06web.zoom.us/j/86655512345',
      '',
      'Questions: Budget? Around GHS 20,000 for the shop redesign, launch before Christmas.',
      '',
      'View event in Calendly',
      'Sent from Calendly',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A GP appointment confirmation.
    text: mail(
      'Dear Niamh Gallagher,',
      '',
      'Your appointment has been booked.',
      '',
      'Clinician: Dr Helen Marsh',
      'Date: Thursday 5 November 2076',
      'Time: 08:40',
      'Location: Riverside Medical Centre, Ringsend Road, Dublin 4',
      '',
      'If you can no longer attend, please cancel at least 24 hours in advance by replying CANCEL or calling reception on 01 555 0199.',
      '',
      'Kind regards,',
      'Riverside Medical Centre',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A parent-teacher conference booked on Zoom.
    text: mail(
      'Dear Ms. Kowalski,',
      '',
      'This confirms your parent-teacher conference for Maya (Grade 4, Room 112).',
      '',
      'Teacher: Ms. Alvarez',
      'Date: Tuesday, November 3',
      'Time: 4:15 PM – 4:30 PM',
      'Join Zoom Meeting: https://lincolnpark-ps.zoom.us/j/91155501234',
      'Meeting ID: 911 5550 1234   Passcode: 7741',
      '',
      'If you need to reschedule, please use the SignUpGenius link by Monday.',
      '',
      'Thank you,',
      'Lincoln Park Elementary Front Office',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A friend's birthday dinner; the friend's own offer is the news.
    text: mail(
      "Invitation: Ife's birthday dinner 🎉 @ Sat 7 Nov 2076 7pm – 10pm (WAT) (tolu.adebayo@gmail.com)",
      '',
      'Ife’s birthday dinner 🎉',
      'Saturday 7 November 2076 ⋅ 7pm – 10pm',
      'Where: Nok by Alara, Victoria Island',
      '',
      'Guys!! She finally got the offer from Paystack, she resigns on Monday, so this doubles as a celebration. Please RSVP by Wednesday so I can confirm the table. Dress code: all white.',
      '',
      'Organizer: Kemi Ogunleye',
      'Invitation from Google Calendar',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A cancelled all-hands moved to another day; the reader is an employee.
    text: mail(
      'Canceled: Q4 Town Hall (APAC)',
      'When: Wednesday, 4 November 2076 10:00 AM-11:00 AM (UTC+08:00) Kuala Lumpur, Singapore',
      'Where: Level 12 Auditorium / Microsoft Teams',
      '',
      'Hi everyone,',
      '',
      'We are cancelling Wednesday’s town hall because of the leadership offsite. It will run on Thursday 12 November at 10:00 instead; a new invitation will follow. Questions for the Q&A can still be submitted on the intranet until Tuesday.',
      '',
      'Thanks,',
      'Internal Communications, Meranti Bank',
    ),
    ...SIN,
    expect: [],
  },
  {
    // GoodTime notice to the reader as an interviewer.
    text: mail(
      'Hi Lerato,',
      '',
      'You have been scheduled to interview a candidate.',
      '',
      'Candidate: Jonah Pretorius',
      'Role: Product Designer (REQ 4410)',
      'When: Wednesday 4 November 2076, 13:00 – 14:00 SAST',
      'Where: Google Meet – https://meet.google.com/pxw-ryka-bde',
      'Your focus area: portfolio deep-dive',
      '',
      'Please review the resume in Greenhouse and submit your scorecard within 24 hours of the interview.',
      '',
      'Thanks for helping us hire!',
      'GoodTime for Karoo Digital',
    ),
    ...JNB,
    expect: [],
  },
  {
    // An appraisal meeting with a self-assessment deadline for the reader (an employee).
    text: mail(
      'Mid-year appraisal conversation – Rohan Iyer',
      'When: Friday, November 6, 2076 3:00 PM-3:45 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
      'Where: Conference Room Tungabhadra / Microsoft Teams Meeting',
      '',
      'Hi Rohan,',
      '',
      'Sending the invite for our mid-year appraisal discussion. Please complete your self-assessment in SuccessFactors by Wednesday, 4 November so I can review it before we meet. HR will close the cycle on 20 November and revised salaries reflect in the December payroll.',
      '',
      'Regards,',
      'Kavitha Rao',
      'Engineering Manager',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A podcast interview where the reader is the guest.
    text: mail(
      'Hi Njeri,',
      '',
      'Thanks so much for agreeing to come on The Build Show! Here are the details for our recording.',
      '',
      'Topic: The Build Show – interview with Njeri Mwangi (M-Shamba)',
      'Time: Nov 9, 2076 03:00 PM Nairobi',
      'Join Zoom Meeting: https://zoom.us/j/95512340987',
      'Meeting ID: 955 1234 0987',
      'Passcode: build42',
      '',
      'We will send a few questions by Thursday, and the episode should go live about two weeks after recording.',
      '',
      'Asante,',
      'Brian Otieno',
      'Producer, The Build Show',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A US visa interview appointment.
    text: mail(
      'Dear MARIA CLARA SANTOS,',
      '',
      'Your appointment has been scheduled.',
      '',
      'Visa class: B1/B2',
      'Consular interview: U.S. Embassy Manila, 1201 Roxas Boulevard',
      'Date: 12 November 2076',
      'Time: 07:45',
      'Confirmation No.: 8F2K-77QX',
      '',
      'Please arrive no earlier than 15 minutes before your appointment time and bring your printed DS-160 confirmation page.',
      '',
      'U.S. Visa Information Service – Philippines',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A job board notice that the application was viewed.
    text: mail(
      'Hi Jasmine,',
      '',
      'Good news – your application for Marketing Coordinator at Bluegum Cellars was viewed by the employer on 30 October.',
      '',
      'Similar jobs in Melbourne VIC: 14 new this week. Applications for the Brand Assistant role at Laneway Coffee close on 15 November.',
      '',
      'Tip: employers who view your application often get in touch within a week or two. Keep your profile up to date!',
      '',
      'The JobLoop team',
      'Manage notifications | Unsubscribe',
    ),
    ...MEL,
    expect: [],
  },
  {
    // The reader is the hiring manager: a new starter's first day.
    text: mail(
      'Onboarding: Jordan Lee – first day',
      'When: Monday, November 16, 2076 9:00 AM-10:00 AM (UTC-07:00) Mountain Time (US & Canada)',
      'Where: Front desk, 1600 Wynkoop St / Microsoft Teams Meeting',
      'Organizer: People Team',
      '',
      'Hi Brianna,',
      '',
      'Jordan signed the offer on Friday and starts on Monday, November 16. Please plan a welcome lunch and make sure IT has the laptop ready by Thursday 12th. Their first paycheck will land on November 30.',
      '',
      'Thanks!',
      'Cassidy, People Operations',
    ),
    ...DEN,
    expect: [],
  },
  {
    // A car service booking.
    text: mail(
      'Hi Daniel,',
      '',
      'Thanks for booking with Hartwell Autocare. Your appointment is confirmed:',
      '',
      'Service: MOT + full service',
      'Vehicle: Ford Focus (LK26 XRT)',
      'Date: Wednesday 4 November 2076',
      'Drop-off: 08:30',
      'Estimated collection: after 16:00',
      '',
      'We will text you when your car is ready. Courtesy cars are subject to availability.',
      '',
      'Kind regards,',
      'Hartwell Autocare, Croydon',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A friend's text about the reader's past interview.
    text: mail(
      'heyy Aroha!!',
      '',
      'how did the interview go on fri?? tell me everything. also r we still on for the beach tmrw arvo, pick u up at 3?',
      '',
      'xx Mere',
      'Sent from my iPhone',
    ),
    ...AKL,
    expect: [],
  },
];
