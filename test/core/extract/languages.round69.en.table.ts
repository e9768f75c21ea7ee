// Round 730 (issue 13): written BEFORE the engine read it, by a helper (hw411) who never saw the rules, on Sunday
// 16 May 2049 at 19:00 local (an evening; "tomorrow" is Monday 17 May, "next week" is the week that starts
// tomorrow, 17–23 May, so its Friday is 21 May). It tries applicant-tracking-system mail as it arrives on a
// Sunday evening: a ModernLoop confirmation in EDT for a Chicago reader, a Workable text ("interveiw tommorow
// (Monday)"), a Naukri RMS walk-in call letter in Indian English ("You are requested to report ... between 10:00 AM
// to 1:00 PM", "do the needful"), a Dayforce recruiter's long mail with "by the end of the month" in its third
// paragraph, a Cornerstone rejection, a HireVue live interview in UK time for a Dubai reader, a PageUp university
// acknowledgement "within 10 working days of the closing date" (a closing date after the sent date), a LiveHire
// "early next week", a Freshteam "When / Where" block, a BambooHR offer with its own expiry, a Jobvite "no phone
// calls or walk-ins", an Oracle Taleo reschedule ("Are you available Friday, May 21 at 1:30 PM instead?"), a
// Bullhorn agency "Wednesday or Thursday", a Personio out-of-office from Berlin, a Breezy "within the next 7-10
// days" and a Rippling calendar invite in Pacific time for a Tokyo reader (the date moves). Negatives: the
// interviewer's ModernLoop copy, a Jobvite self-schedule link ("Monday to Thursday next week"), a HireVue
// on-demand interview deadline, a Referoo reference request, a Personio vacation approval, a job alert with
// closing and interview dates, a university careers masterclass, an MBA admissions interview, a press interview
// request, a landlord's tenancy application, a new starter's laptop delivery, a Teamtailor acknowledgement with a
// talent-pool period, a recruiter asking when the reader is free, a pre-employment medical, a BambooHR performance
// check-in and a staffing agency offering operators and interviews to a plant manager.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 16 May 2049, 19:00 local.
const NY = { sentAt: '2049-05-16T19:00:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2049-05-16T19:00:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2049-05-16T19:00:00-06:00', tz: 'America/Denver' } as const;
const PHX = { sentAt: '2049-05-16T19:00:00-07:00', tz: 'America/Phoenix' } as const;
const LA = { sentAt: '2049-05-16T19:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2049-05-16T19:00:00-04:00', tz: 'America/Toronto' } as const;
const MEX = { sentAt: '2049-05-16T19:00:00-06:00', tz: 'America/Mexico_City' } as const;
const SAO = { sentAt: '2049-05-16T19:00:00-03:00', tz: 'America/Sao_Paulo' } as const;
const LDN = { sentAt: '2049-05-16T19:00:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2049-05-16T19:00:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2049-05-16T19:00:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2049-05-16T19:00:00+02:00', tz: 'Europe/Vienna' } as const;
const STO = { sentAt: '2049-05-16T19:00:00+02:00', tz: 'Europe/Stockholm' } as const;
const LOS = { sentAt: '2049-05-16T19:00:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2049-05-16T19:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2049-05-16T19:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2049-05-16T19:00:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2049-05-16T19:00:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2049-05-16T19:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const KUL = { sentAt: '2049-05-16T19:00:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const SIN = { sentAt: '2049-05-16T19:00:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2049-05-16T19:00:00+08:00', tz: 'Asia/Manila' } as const;
const PER = { sentAt: '2049-05-16T19:00:00+08:00', tz: 'Australia/Perth' } as const;
const TYO = { sentAt: '2049-05-16T19:00:00+09:00', tz: 'Asia/Tokyo' } as const;
const BNE = { sentAt: '2049-05-16T19:00:00+10:00', tz: 'Australia/Brisbane' } as const;
const SYD = { sentAt: '2049-05-16T19:00:00+10:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2049-05-16T19:00:00+10:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2049-05-16T19:00:00+12:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_730_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // ModernLoop confirmation in EDT for a Chicago reader.
    ...CHI,
    text: mail(
      'Subject: Confirmed: Onsite Loop (virtual) – Staff ML Engineer at Quillmark',
      '',
      'Hi Elena,',
      '',
      'Your interviews with Quillmark are confirmed. Here are the details:',
      '',
      'When: Tuesday, May 18, 2049 · 11:00am – 12:30pm EDT',
      'Where: Google Meet – meet.google.com/qmk-0518-1100',
      'Who: Priya Raman (Engineering Manager), Jonah Feld (Staff Engineer), Aiko Mori (Product Lead)',
      '',
      'Need to reschedule? Reply to this email and our coordinator will help.',
      '',
      'Add to calendar',
      '',
      'Scheduled with ModernLoop · Quillmark, Inc., 85 Broad Street, New York, NY 10004',
    ),
    expect: [
      { kind: 'interview', by: '2049-05-18', time: '10:00', phrase: 'When: Tuesday, May 18, 2049 · 11:00am' },
    ],
  },
  {
    // Workable text message with typos, sent on Sunday evening.
    ...LOS,
    text: mail(
      'Reminder from Kestrel Energy Ltd: Your interveiw for the post of Field Technician is tommorow (Monday) at ' +
        '10am, Plot 7 Admiralty Way, Lekki Phase 1. Kindly come with your CV and 2 passport photographs. Reply YES ' +
        'to confirm. - Sent via Workable',
    ),
    expect: [{ kind: 'interview', by: '2049-05-17', time: '10:00', phrase: 'tommorow (Monday) at 10am' }],
  },
  {
    // Naukri RMS walk-in call letter.
    ...KOL,
    text: mail(
      'Subject: Walk-in Interview Call Letter – Process Associate (International Voice) – Godavari BPO Services',
      '',
      'Dear Mr. Syed Imran,',
      '',
      'Greetings from Godavari BPO Services!',
      '',
      'This is with reference to your profile on Naukri.com. We are happy to inform that you have been shortlisted ' +
        'for the position of Process Associate (International Voice).',
      '',
      'You are requested to report for the walk-in interview on 19/05/2049 (Wednesday) between 10:00 AM to 1:00 PM ' +
        'at the below venue:',
      '',
      'Godavari BPO Services Pvt. Ltd.',
      '4th Floor, Cyber Pearl, HITEC City, Hyderabad – 500081',
      'Contact person: Ms. Lakshmi Prasanna',
      '',
      'Documents to carry: updated resume, 2 photographs, Aadhaar card, all educational certificates.',
      '',
      'Kindly do the needful and revert back with your confirmation.',
      '',
      'Regards,',
      'HR Team – Godavari BPO Services',
      'This mail is sent via Naukri RMS. Please do not reply to this mail.',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2049-05-19',
        time: '10:00',
        phrase: 'walk-in interview on 19/05/2049 (Wednesday) between 10:00 AM',
      },
    ],
  },
  {
    // Dayforce recruiter's long mail: the promise is in the third paragraph.
    ...TOR,
    text: mail(
      'Subject: RE: Senior Payroll Administrator – next steps',
      '',
      'Hi Olumide,',
      '',
      'Thanks so much for taking the time to meet with Geneviève and me on Thursday. We both really enjoyed hearing ' +
        'about the year-end conversion you led at your current firm, and the team had a lot of good things to say ' +
        'about your case exercise.',
      '',
      'I wanted to give you a transparent update on where things stand. We have two more candidates to meet, and ' +
        'Geneviève will then need to run the final recommendation past our VP of Finance, who is travelling for part ' +
        'of the month.',
      '',
      "Regardless of the outcome, we'll let you know either way by the end of the month. If anything changes on " +
        'your side in the meantime – another offer, for example – please let me know.',
      '',
      'Warm regards,',
      'Catherine Tremblay',
      'Talent Acquisition Partner | Lakeshore Mutual',
      'Sent from Dayforce Recruiting',
    ),
    expect: [{ kind: 'response-by', by: '2049-05-31', phrase: 'by the end of the month' }],
  },
  {
    // Cornerstone rejection.
    ...NBO,
    text: mail(
      'Subject: Your application for Credit Risk Analyst (Req. 2049-0412)',
      '',
      'Dear Brian Otieno,',
      '',
      'Thank you for your interest in the Credit Risk Analyst position at Rift Valley Commercial Bank and for the ' +
        'time you invested in our assessment process.',
      '',
      'After careful consideration, the hiring panel has decided to pursue other candidates whose experience more ' +
        'closely matches the requirements of the role at this time.',
      '',
      'We will keep your profile in our talent pool for 12 months and encourage you to apply for future openings ' +
        'that match your skills.',
      '',
      'Yours faithfully,',
      'Talent Acquisition',
      'Rift Valley Commercial Bank',
      'Powered by Cornerstone OnDemand',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // HireVue live interview in UK time for a Dubai reader.
    ...DXB,
    text: mail(
      'Subject: Your HireVue live interview with Brightwater Capital has been scheduled',
      '',
      'Dear Fatima Al Mansoori,',
      '',
      'Brightwater Capital has scheduled a live video interview with you.',
      '',
      'Position: Associate, Infrastructure Investments',
      'Date: Monday 24 May 2049',
      'Time: 14:00 (UK time)',
      'Interviewer: Edward Hollis, Director',
      '',
      'Please join from a quiet location with a stable internet connection. We recommend testing your device ' +
        'beforehand using the link below.',
      '',
      'Join interview | Test your device',
      '',
      'This email was sent by HireVue on behalf of Brightwater Capital. © 2049 HireVue, Inc. All rights reserved. ' +
        '10876 S River Front Pkwy, South Jordan, UT 84095',
    ),
    expect: [{ kind: 'interview', by: '2049-05-24', time: '17:00', phrase: 'Date: Monday 24 May 2049' }],
  },
  {
    // PageUp university acknowledgement: 10 working days after a closing date still to come.
    ...BNE,
    text: mail(
      'Subject: Acknowledgement of your application – Lecturer in Nursing (Job no. 520911)',
      '',
      'Dear Sione Taufa,',
      '',
      'Thank you for your application for the position of Lecturer in Nursing at Moreton Bay University. This email ' +
        'confirms we have received it.',
      '',
      'Applications for this position close on Friday 28 May 2049 at 11:55pm AEST. The selection panel expects to ' +
        'advise all applicants of the outcome of shortlisting within 10 working days of the closing date.',
      '',
      'If you have any questions about the position, please contact Associate Professor Rachel Quinn.',
      '',
      'Regards,',
      'Human Resources – Recruitment',
      'Moreton Bay University',
      'This email was generated by PageUp. Please do not reply.',
    ),
    expect: [{ kind: 'response-by', by: '2049-06-11', phrase: 'within 10 working days of the closing date' }],
  },
  {
    // LiveHire: "early next week" sent on a Sunday is the week that starts tomorrow.
    ...MEL,
    text: mail(
      'Hi Tahlia,',
      '',
      'Thanks for chatting with us on Friday about the Graduate Environmental Scientist program at Murray River ' +
        'Water.',
      '',
      "We're finalising the assessment centre shortlist and will be in touch early next week to let you know " +
        "whether you've progressed.",
      '',
      'Cheers,',
      'Graduate Recruitment Team',
      'Murray River Water',
      'Sent via LiveHire',
    ),
    expect: [{ kind: 'response-by', by: '2049-05-19', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Freshteam "When / Where" block.
    ...KUL,
    text: mail(
      'Subject: Interview scheduled: Panel Interview for Regional Marketing Executive',
      '',
      'Hi Nurul Aisyah,',
      '',
      'Your interview has been scheduled. Details are as follows:',
      '',
      'Interview: Panel Interview (Round 2)',
      'When: Thursday, 20 May 2049, 3:00 PM – 4:00 PM (GMT+08:00) Kuala Lumpur',
      'Where: Level 18, Menara Seri Wangsa, Jalan Ampang, 50450 Kuala Lumpur',
      'Interviewers: Mr. Tan Boon Keat, Ms. Kavitha Subramaniam',
      '',
      'If you are unable to attend, please reply to this email at the earliest.',
      '',
      'Best regards,',
      'Recruitment Team, Seri Wangsa Consumer Sdn Bhd',
      'Sent from Freshteam',
    ),
    expect: [
      { kind: 'interview', by: '2049-05-20', time: '15:00', phrase: 'When: Thursday, 20 May 2049, 3:00 PM' },
    ],
  },
  {
    // BambooHR offer; the offer's expiry is the candidate's deadline.
    ...SAO,
    text: mail(
      'Subject: Your offer from Northlight Analytics 🎉',
      '',
      'Oi Rafael,',
      '',
      "I'm thrilled to let you know that we'd like you to join Northlight Analytics as a Senior Backend Engineer " +
        '(remote, Brazil)!',
      '',
      'Your offer letter is ready for your review and e-signature in BambooHR. It includes your salary in BRL, ' +
        'equity details and benefits through our employer-of-record partner.',
      '',
      'The offer is valid until Friday, May 21. If you have any questions, grab some time with me or with Dev, your ' +
        'future manager.',
      '',
      "We really hope you'll say yes!",
      '',
      'Ashley Turner',
      'Head of People, Northlight Analytics',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Jobvite acknowledgement: no phone calls; the closing date is a fact.
    ...PHX,
    text: mail(
      'Subject: Thank you for applying – Desert Bloom Health',
      '',
      'Hi Marisol,',
      '',
      'Thank you for applying for the Medical Assistant – Dermatology position at Desert Bloom Health. Our team ' +
        'will review applications after the posting closes on May 31.',
      '',
      'Please, no phone calls or walk-ins to our clinics regarding your application. If your qualifications are a ' +
        'match, a member of our recruiting team will contact you.',
      '',
      'Desert Bloom Health Talent Acquisition',
      'Powered by Jobvite',
    ),
    expect: [{ kind: 'no-calls', phrase: 'no phone calls or walk-ins' }],
  },
  {
    // Oracle Taleo reschedule: the old slot is cancelled, one new slot proposed.
    ...NY,
    text: mail(
      'Subject: Interview Reschedule Request – Requisition 2049-18834 Clinical Research Coordinator',
      '',
      'Dear Mr. Adebayo Ogunleye,',
      '',
      'Unfortunately, Dr. Whitman is no longer available for your interview on Thursday, May 20 at 10:00 AM due to ' +
        'a clinic conflict. We apologize for the inconvenience.',
      '',
      'Are you available Friday, May 21 at 1:30 PM instead? The interview will take place at the same location ' +
        '(Harlan Medical Center, 620 W 168th St, 4th Floor).',
      '',
      'Please reply to this email to confirm.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Harlan Medical Center',
      'This message was generated by Oracle Taleo.',
    ),
    expect: [
      { kind: 'interview', by: '2049-05-21', time: '13:30', phrase: 'Friday, May 21 at 1:30 PM instead' },
    ],
  },
  {
    // Bullhorn agency mail: "Wednesday or Thursday" is the later day.
    ...LDN,
    text: mail(
      'Hi Hannah,',
      '',
      "Sorry for the radio silence last week – the client's hiring manager was off sick.",
      '',
      "I've just had a message from their HR team: they're going to confirm the final-stage decision Wednesday or " +
        "Thursday. I'll call you the minute I know.",
      '',
      'Have a good evening,',
      'Ravi',
      '--',
      'Ravi Chandrasekaran | Associate Director | Marylebone Search',
      'Sent from Bullhorn',
    ),
    expect: [{ kind: 'response-by', by: '2049-05-20', phrase: 'Wednesday or Thursday' }],
  },
  {
    // Personio out-of-office from Berlin: no follow-up before the return day.
    ...BER,
    text: mail(
      'Subject: Automatic reply: Application – Working Student Finance (m/f/d)',
      '',
      'Hello,',
      '',
      'Thank you for your message. I am out of the office until Monday, 24 May 2049 and have only limited access to ' +
        'my emails.',
      '',
      'Please do not follow up on your application before then – I will answer all candidate enquiries after my ' +
        'return. For urgent matters, please contact jobs@kiefernwerk.de.',
      '',
      'Best regards',
      'Lena Hoffmann',
      'People & Culture | Kiefernwerk GmbH',
      '',
      'Kiefernwerk GmbH · Torstraße 109, 10119 Berlin · Recruiting via Personio',
    ),
    expect: [{ kind: 'no-contact-before', by: '2049-05-24', phrase: 'until Monday, 24 May 2049' }],
  },
  {
    // Breezy HR: within the next 7-10 days.
    ...JNB,
    text: mail(
      'Hi Lwazi,',
      '',
      'Thanks again for completing the take-home task for the Junior Full-Stack Developer role at Fynbos Labs – the ' +
        'team was impressed by how clean your API design was.',
      '',
      "We're now reviewing the last few submissions and expect to wrap up the process within the next 7-10 days. " +
        "We'll email you either way.",
      '',
      'Thanks,',
      'Michelle van Wyk',
      'Engineering Manager, Fynbos Labs',
      'Sent via Breezy HR',
    ),
    expect: [{ kind: 'response-by', by: '2049-05-26', phrase: 'within the next 7-10 days' }],
  },
  {
    // Rippling / Google Calendar invite in Pacific time for a Tokyo reader: the date moves.
    ...TYO,
    text: mail(
      'Subject: Invitation: Technical Interview (Kenji Watanabe) @ Wed May 19, 2049 4pm - 4:45pm (PDT)',
      '',
      'Technical Interview (Kenji Watanabe)',
      'Wednesday May 19, 2049 ⋅ 4:00 – 4:45pm',
      'Pacific Time - Los Angeles',
      '',
      'Joining info',
      'Join with Google Meet: meet.google.com/rpl-kxqw-519',
      'Join by phone: (US) +1 650-555-0419 PIN: 051916#',
      '',
      'Guests',
      'Carla Mendes - organizer',
      'Kenji Watanabe',
      '',
      'Hi Kenji – looking forward to it! Ping me on this thread if the time no longer works.',
      '',
      'Invitation from Google Calendar · Scheduled via Rippling Recruiting',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2049-05-20',
        time: '08:00',
        phrase: 'Wednesday May 19, 2049 ⋅ 4:00 – 4:45pm',
      },
    ],
  },

  // ---- negatives ----
  {
    // The interviewer's ModernLoop copy.
    ...NY,
    text: mail(
      'Subject: Interview scheduled: Elena Petrova – Staff ML Engineer (Onsite Loop)',
      '',
      'Hi Jonah,',
      '',
      "You're scheduled to interview Elena Petrova for Staff ML Engineer.",
      '',
      'When: Tuesday, May 18, 2049 · 11:30am – 12:00pm EDT (your session)',
      'Focus area: ML system design',
      'Interview kit: open in Greenhouse',
      '',
      'Please submit your scorecard within 24 hours of the interview. Reply to this email if you can no longer ' +
        "attend, and we'll find a replacement.",
      '',
      'Scheduled with ModernLoop',
    ),
    expect: [],
  },
  {
    // Jobvite self-schedule link: no day chosen.
    ...LA,
    text: mail(
      'Subject: Schedule your phone screen with Cascadia Outdoor Co.',
      '',
      'Hi Jordan,',
      '',
      "Thanks for your interest in the Retail Store Manager role! We'd love to set up a 30-minute phone screen with " +
        'our recruiter, Amber.',
      '',
      'Please use the link below to choose a time that works for you. Slots are open Monday to Thursday next week ' +
        'between 9:00 AM and 4:00 PM Pacific.',
      '',
      'Select a time',
      '',
      "If none of the times work, reply to this email and we'll find another option.",
      '',
      'Cascadia Outdoor Co. Recruiting',
      'Powered by Jobvite',
    ),
    expect: [],
  },
  {
    // HireVue on-demand interview: the candidate's own deadline.
    ...KHI,
    text: mail(
      'Subject: Complete your video interview for Indus Consumer Brands',
      '',
      'Dear Hamza Qureshi,',
      '',
      'Thank you for your interest in the Management Trainee Programme 2049 at Indus Consumer Brands. As the next ' +
        'step, we invite you to complete an on-demand video interview through HireVue.',
      '',
      'You will be asked 5 questions, with 3 minutes to record each answer. Please complete your interview by ' +
        'Thursday, 20 May 2049 at 11:59 PM (PKT).',
      '',
      'Start interview',
      '',
      'Good luck!',
      'Early Careers Team, Indus Consumer Brands',
    ),
    expect: [],
  },
  {
    // Referoo reference request: the reader as referee.
    ...SYD,
    text: mail(
      'Subject: Reference request: Jessica Nguyen – Operations Manager',
      '',
      'Hi Tom,',
      '',
      'Jessica Nguyen has nominated you as a referee for the Operations Manager role at Wattle Freight. Wattle ' +
        'Freight uses Referoo to collect references online.',
      '',
      'Please complete the reference by Wednesday 19 May. It takes around 10 minutes and you can save your ' +
        'progress.',
      '',
      'Start reference',
      '',
      'Thanks for helping Jessica with her job search!',
      'Referoo on behalf of Wattle Freight',
    ),
    expect: [],
  },
  {
    // Personio vacation approval: the reader as employee.
    ...VIE,
    text: mail(
      'Subject: Your absence request has been approved',
      '',
      'Hi Katharina,',
      '',
      'Your absence request has been approved by Markus Gruber.',
      '',
      'Type: Vacation',
      'From: 24/05/2049',
      'To: 28/05/2049',
      'Working days: 5',
      '',
      'Remaining vacation entitlement for 2049: 14 days',
      '',
      'You can view your absences in Personio under My Profile > Absences.',
      '',
      'Personio SE & Co. KG · Seidlstraße 3, 80335 München',
    ),
    expect: [],
  },
  {
    // Job alert with a closing date and an interview date of other postings.
    ...AKL,
    text: mail(
      'Subject: 12 new jobs for "Project Coordinator" in Auckland',
      '',
      'Kia ora Aroha,',
      '',
      'Here are the latest jobs matching your saved search:',
      '',
      'Project Coordinator – Harbourview Construction – Auckland CBD – Applications close Sunday 30 May',
      'Junior Project Coordinator – Kauri Digital – Ponsonby – Listed 2 days ago',
      'Project Support Officer – Tāmaki Housing Trust – Onehunga – Interviews from 24 May',
      '',
      'View all jobs',
      '',
      "You're receiving this because you saved a search. Unsubscribe or change how often you receive alerts.",
      'Kōwhai Jobs NZ Ltd, Level 8, 1 Albert Street, Auckland',
    ),
    expect: [],
  },
  {
    // University careers masterclass: the reader as student.
    ...LDN,
    text: mail(
      'Subject: This week at the Careers Service: interview skills masterclass',
      '',
      'Hi Chiara,',
      '',
      'Applying for graduate schemes or placements? Join our Interview Skills Masterclass on Wednesday 19 May, ' +
        '18:00–19:30 (UK time), online via Teams.',
      '',
      "You'll learn:",
      '• How to structure answers using STAR',
      '• What assessors look for in strengths-based interviews',
      '• How to handle video and phone interviews',
      '',
      'Book your place on CareerConnect. Places are limited to 80 students.',
      '',
      'Careers & Employability Service',
      'Thameside University',
      'Unsubscribe from Careers Service newsletters',
    ),
    expect: [],
  },
  {
    // MBA admissions interview.
    ...SIN,
    text: mail(
      'Subject: MBA Admissions Interview – Round 3',
      '',
      'Dear Daniel Lim,',
      '',
      'Thank you for applying to the Full-Time MBA programme at the Straits School of Business. We are pleased to ' +
        'invite you to an admissions interview.',
      '',
      'Date: Thursday, 20 May 2049',
      'Time: 3:00 pm (SGT)',
      'Format: Zoom, 30 minutes, with a member of the Admissions Committee',
      '',
      'Please confirm your attendance through the applicant portal by Tuesday, 18 May.',
      '',
      'Kind regards,',
      'MBA Admissions Office',
      'Straits School of Business',
    ),
    expect: [],
  },
  {
    // A journalist asking the reader (a researcher) for a press interview.
    ...DUB,
    text: mail(
      'Subject: Interview request – four-day week feature',
      '',
      'Hi Dr Ní Bhriain,',
      '',
      "I'm a reporter with the business desk at the Irish Ledger, working on a feature about companies piloting a " +
        "four-day week. Your team's study came up several times in my research.",
      '',
      "Would you be available for a 20-minute phone interview on Tuesday at 11am? I'm on deadline for Friday, so " +
        'Tuesday or Wednesday would be ideal.',
      '',
      'Many thanks,',
      'Cormac Doyle',
      'Business Reporter, The Irish Ledger',
    ),
    expect: [],
  },
  {
    // The reader as landlord: a tenancy application with an employer reference.
    ...PER,
    text: mail(
      'Subject: New tenancy application – Unit 4/18 Swan View Terrace, South Perth',
      '',
      'Hi Graham,',
      '',
      'A new application has been submitted for your property at Unit 4/18 Swan View Terrace, South Perth.',
      '',
      'Applicant: Mohammed Al-Rashid',
      'Employment: Mining Engineer, Pilbara Iron Ore (confirmed by employer reference)',
      'Income: verified',
      'Move-in date requested: Tuesday 1 June 2049',
      '',
      'The applicant has also booked an inspection for Saturday 22 May at 10:30 am. Please review the application ' +
        "in your owner portal and let us know if you'd like to approve it.",
      '',
      'Kind regards,',
      'Leasing Team, Riverside Property Management',
    ),
    expect: [],
  },
  {
    // A new starter's laptop delivery.
    ...MNL,
    text: mail(
      'Subject: Your delivery is on its way – order KE-IT-20490514',
      '',
      'Hi Paolo,',
      '',
      'Good news! Your new-starter equipment from the Kestrel Energy IT Service Desk has been dispatched.',
      '',
      'Item: Laptop kit (ThinkPad X15, charger, headset)',
      'Courier: Lakbay Express',
      'Estimated delivery: Monday, 17 May 2049, between 9:00 AM and 1:00 PM',
      '',
      'Someone will need to sign for the package. Track your parcel using the link below.',
      '',
      'IT Service Desk, Kestrel Energy',
    ),
    expect: [],
  },
  {
    // Teamtailor acknowledgement: nothing dated, only a talent-pool period.
    ...STO,
    text: mail(
      'Subject: Thanks for your application, Erik!',
      '',
      'Hi Erik,',
      '',
      'Thanks for applying for the position as Data Engineer at Norrsken Mobility. We have received your ' +
        'application and will review it as soon as possible.',
      '',
      "If your profile matches what we're looking for, we will get in touch with you. Your application will be " +
        'stored in our talent pool for 24 months, and you can withdraw it at any time through the link below.',
      '',
      'Have a great week!',
      'Norrsken Mobility',
      'Sent with Teamtailor',
    ),
    expect: [],
  },
  {
    // A recruiter asking when the reader is free, without naming a day.
    ...LDN,
    text: mail(
      'Hi Kofi,',
      '',
      "Hope you've had a good weekend.",
      '',
      'Quick one – the hiring manager at Albion Freight liked your CV and wants to do a short intro call. Could you ' +
        "let me know when you're free over the next week or so? Happy to work around your current job.",
      '',
      'Thanks,',
      'Sophie Marsh',
      'Senior Recruitment Consultant | Greyfriars Recruitment',
      'Sent from Bullhorn',
    ),
    expect: [],
  },
  {
    // A pre-employment medical: the reader as patient.
    ...JNB,
    text: mail(
      'Subject: Booking confirmation – pre-employment medical assessment',
      '',
      'Dear Mr Themba Nkosi,',
      '',
      'Your pre-employment medical assessment has been booked on behalf of Highveld Mining Services.',
      '',
      'Date: Wednesday, 19 May 2049',
      'Time: 09:15',
      'Clinic: OccuCare Rosebank, 21 Cradock Avenue, Rosebank, Johannesburg',
      '',
      'Please bring your ID and arrive after fasting for 8 hours (water is allowed). The assessment takes about 90 ' +
        'minutes.',
      '',
      'OccuCare Clinics · Bookings',
    ),
    expect: [],
  },
  {
    // BambooHR performance check-in: the reader as employee.
    ...DEN,
    text: mail(
      'Subject: Your mid-year check-in has been scheduled',
      '',
      'Hi Caleb,',
      '',
      'Your manager, Rosa Delgado, has scheduled your mid-year performance check-in.',
      '',
      'When: Thursday, May 20, 2049, 2:00 – 2:45 PM MDT',
      'Where: Conference Room Aspen / Zoom',
      '',
      'Please complete your self-assessment in BambooHR before the meeting.',
      '',
      'BambooHR · Lindon, Utah',
    ),
    expect: [],
  },
  {
    // A staffing agency offering operators, and interviews of them, to a plant manager.
    ...MEX,
    text: mail(
      'Subject: Temporary staff for your peak season – available from Monday',
      '',
      'Estimado Ing. Hernández,',
      '',
      'Following our call, Grupo Talento Norte can supply 40 pre-screened production operators for your Querétaro ' +
        'plant from Monday 17 May. We can hold interviews at your site on Wednesday at 9:00 if you would like to ' +
        'meet the shift leaders before they start.',
      '',
      'Our rate card is attached. Please let me know by Tuesday if you wish to proceed.',
      '',
      'Saludos cordiales,',
      'Verónica Salinas',
      'Key Account Manager | Grupo Talento Norte',
    ),
    expect: [],
  },
];
