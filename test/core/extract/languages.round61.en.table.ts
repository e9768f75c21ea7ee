// Round 650 (issue 13): written BEFORE the engine read it, by a helper (hw407) who never saw the rules, on Thursday
// 19 March 2043 at 22:45 local, late on a Thursday evening (t is the Thursday; "tomorrow" is Friday 20 March; "next
// week" is 23 to 27 March; the US is already on summer time since 8 March while London and Berlin change only on
// 29 March, so London 14:00 is 10:00 in New York). What it tries: applicant-tracking-system templates as they arrive
// late in the evening. Positives: a GoodTime invite "Tuesday Mar 24, 2043 ⋅ 2:00 – 2:45pm (Greenwich Mean Time -
// London)" for a New York reader, a ModernLoop onsite itinerary flattened from an HTML table, a Taleo "within 15
// days", a long Pinpoint mail whose window counts from a closing date in its third paragraph, a Recruitee rejection,
// a Rippling offer with an expiry day, a Breezy reschedule (old and new slot), an Istanbul "interveiw tommorow at
// 11:00", a Tel Aviv "travelling until 1 April, so please don't follow up before then", a Workday "within the next
// 7–10 days", a JazzHR "No phone calls or walk-ins", an Ashby slot with its zone in words ("Korea Standard Time"),
// a Buenos Aires numeric date, a Lagos "we shall revert ... latest by Tuesday", a Greenhouse "early next week", a
// Dhaka offer with "kindly revert", a Workable slot in Pacific time for a Denver reader. Negatives: the
// interviewer-side GoodTime invite, a Calendly mail offering three alternative slots, a SuccessFactors performance
// review, a Workable reference call to the reader as referee, an MBA admissions interview, a user-research session,
// a mentoring session, a careers fair, an iCIMS newsletter, a delivery, a dentist, an assessment link that expires,
// an acknowledgement waiting on the hiring manager, a Lever notice to the reader as hiring manager, a recruiter
// asking for times, a payslip. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 19 March 2043, 22:45 local (late on a Thursday evening).
const NY = { sentAt: '2043-03-19T22:45:00-04:00', tz: 'America/New_York' } as const;
const DEN = { sentAt: '2043-03-19T22:45:00-06:00', tz: 'America/Denver' } as const;
const PHX = { sentAt: '2043-03-19T22:45:00-07:00', tz: 'America/Phoenix' } as const;
const BUE = { sentAt: '2043-03-19T22:45:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const LDN = { sentAt: '2043-03-19T22:45:00+00:00', tz: 'Europe/London' } as const;
const BER = { sentAt: '2043-03-19T22:45:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2043-03-19T22:45:00+01:00', tz: 'Europe/Paris' } as const;
const ZRH = { sentAt: '2043-03-19T22:45:00+01:00', tz: 'Europe/Zurich' } as const;
const IST = { sentAt: '2043-03-19T22:45:00+03:00', tz: 'Europe/Istanbul' } as const;
const TLV = { sentAt: '2043-03-19T22:45:00+02:00', tz: 'Asia/Jerusalem' } as const;
const KHI = { sentAt: '2043-03-19T22:45:00+05:00', tz: 'Asia/Karachi' } as const;
const DAC = { sentAt: '2043-03-19T22:45:00+06:00', tz: 'Asia/Dhaka' } as const;
const MNL = { sentAt: '2043-03-19T22:45:00+08:00', tz: 'Asia/Manila' } as const;
const TYO = { sentAt: '2043-03-19T22:45:00+09:00', tz: 'Asia/Tokyo' } as const;
const SEL = { sentAt: '2043-03-19T22:45:00+09:00', tz: 'Asia/Seoul' } as const;
const LOS = { sentAt: '2043-03-19T22:45:00+01:00', tz: 'Africa/Lagos' } as const;
const AKL = { sentAt: '2043-03-19T22:45:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_650_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // GoodTime invite in London time (GMT until 29 March) for a New York reader already on EDT.
  {
    text: mail(
      'Hi Rosalind,',
      '',
      'Your interview with Thamesgate Capital has been scheduled. A calendar invitation is attached.',
      '',
      'Quant Developer – Technical Interview',
      'Tuesday Mar 24, 2043 ⋅ 2:00 – 2:45pm (Greenwich Mean Time - London)',
      'Microsoft Teams meeting',
      'Meeting ID: 324 204 314 00',
      'Passcode: 2pmGMT',
      'Interviewer: Callum Fraser-Reid',
      '',
      'Add to calendar | Need a different time? Reply to this email.',
      '',
      'Scheduled with GoodTime on behalf of Thamesgate Capital Recruiting.',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2043-03-24', time: '10:00', phrase: 'Tuesday Mar 24, 2043' }],
  },
  // ModernLoop onsite itinerary flattened from an HTML table; the interview starts with the first session.
  {
    text: mail(
      'Hallo Lena,',
      '',
      'We are looking forward to welcoming you to our Kreuzberg office! Here is your itinerary.',
      '',
      'Date: Monday, 23 March 2043',
      'Address: Spreehof Mobility GmbH, Köpenicker Str. 143, 10997 Berlin (ring "Spreehof", 3rd floor)',
      '',
      'Time (CET) | Session | Interviewer',
      '09:30 – 10:15 | Product case | Jonas Albrecht',
      '10:15 – 11:00 | Data deep-dive | Dr. Emine Yıldız',
      '11:15 – 12:00 | Team fit & lunch | Marta Kowalczyk',
      '',
      'Please bring an ID for reception.',
      '',
      'Viele Grüße,',
      'Spreehof Talent — scheduled with ModernLoop',
    ),
    ...BER,
    expect: [{ kind: 'interview', by: '2043-03-23', time: '09:30', phrase: 'Monday, 23 March 2043' }],
  },
  // Taleo status notice from a French group, a window in calendar days.
  {
    text: mail(
      'Dear Mr. Moreau,',
      '',
      'Requisition 43-0312 – Treasury Analyst – Status: Interviewed',
      '',
      'Thank you for meeting our selection committee. The committee will deliberate and you will be informed of its decision within 15 days.',
      '',
      'Yours sincerely,',
      'Direction des Ressources Humaines, Groupe Verlaine',
      'Oracle Taleo – this mailbox is not monitored.',
    ),
    ...PAR,
    expect: [{ kind: 'response-by', by: '2043-04-03', phrase: 'within 15 days' }],
  },
  // A long Pinpoint mail: the closing date is in the third paragraph and the window counts from it.
  {
    text: mail(
      'Dear Imogen,',
      '',
      'Thank you for applying for the role of Collections Officer at the Harwich Maritime Museum. We were genuinely moved by the number of people who want to work with our collection, and we are grateful for the care you took over your supporting statement.',
      '',
      'Applications are read by two members of the curatorial team and one trustee, who each score them independently against the criteria in the job pack. We then meet to agree a shortlist. Because the panel are volunteers as well as staff, this can take a little longer than we would like.',
      '',
      'The vacancy closed on Friday 13 March, and we aim to get back to every applicant within 10 working days of the closing date. Shortlisted candidates will be invited to an interview and object-handling exercise at the museum.',
      '',
      'With best wishes,',
      'Hannah Okonjo-Price',
      'Operations Manager',
      'Sent via Pinpoint. Harwich Maritime Museum, Quay Street, Harwich CO12. Registered charity 2043117.',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2043-03-27',
        phrase: 'within 10 working days of the closing date',
      },
    ],
  },
  // Recruitee rejection worded without "unfortunately".
  {
    text: mail(
      'Grüezi Herr Baumgartner,',
      '',
      'Thank you for your application as Site Reliability Engineer at Alpenkraft AG and for the time you invested.',
      '',
      'After careful review we have decided to proceed with candidates whose experience more closely matches the requirements of this role. We wish you every success in your search.',
      '',
      'Freundliche Grüsse,',
      'Talent Acquisition, Alpenkraft AG',
      'Powered by Recruitee',
    ),
    ...ZRH,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Rippling offer with an expiry day (the candidate's deadline).
  {
    text: mail(
      'Kia ora Aroha,',
      '',
      'Congratulations! Kōwhai Labs has sent you an offer for the role of Senior iOS Engineer.',
      '',
      'Review and accept your offer in Rippling: app.rippling.com/offers/kowhai-2043',
      'This offer expires on Thursday 26 March 2043.',
      '',
      'Ngā mihi,',
      'Tama Whaanga, Head of People, Kōwhai Labs',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Breezy reschedule: only the new slot counts.
  {
    text: mail(
      'Hi Joshua,',
      '',
      'Your interview for Customer Support Team Lead at Bayanihan Outsourcing Inc. has been moved.',
      '',
      'Old time: Friday, March 20, 2043 at 10:00 AM PHT',
      'New time: Monday, March 23, 2043 at 1:00 PM PHT',
      'Location: 28th Floor, One Ayala Avenue, Makati City',
      '',
      'Kindly confirm by replying YES.',
      '',
      'Thanks,',
      'Bayanihan Recruitment',
      'Sent from Breezy HR',
    ),
    ...MNL,
    expect: [
      { kind: 'interview', by: '2043-03-23', time: '13:00', phrase: 'Monday, March 23, 2043 at 1:00 PM' },
    ],
  },
  // A late-evening recruiter mail from Istanbul with typos; one proposed slot.
  {
    text: mail(
      'Hi Elif,',
      '',
      'Sorry for writing so late! Our CTO just freed up his calendar. Can we do the technical interveiw tommorow at 11:00 Istanbul time, on Google Meet?',
      '',
      'Best,',
      'Burak Aydın',
      'Recruiter, Boğaziçi Games',
    ),
    ...IST,
    expect: [{ kind: 'interview', by: '2043-03-20', time: '11:00', phrase: 'tommorow at 11:00' }],
  },
  // Tel Aviv: a time-bounded hold.
  {
    text: mail(
      'Hi Noa,',
      '',
      'Thanks for the follow-up. Yael, the hiring manager, is travelling until 1 April, so please don’t follow up before then — she wants to review the finalists herself when she is back.',
      '',
      'Best,',
      'Avi Mizrahi',
      'Talent Partner, Carmel Vision Ltd.',
    ),
    ...TLV,
    expect: [{ kind: 'no-contact-before', by: '2043-04-01', phrase: 'travelling until 1 April' }],
  },
  // Workday notice with a range window, Karachi reader, Dubai sender.
  {
    text: mail(
      'Dear Hamza Siddiqui,',
      '',
      'Congratulations on clearing the first assessment for the role of Regional Finance Controller.',
      '',
      'The next step is a panel discussion with the Group CFO. Shortlisted candidates will be contacted within the next 7–10 days with their schedule.',
      '',
      'Regards,',
      'Gulf Meridian Holdings – Talent Acquisition, Dubai',
      'Workday | Do not reply to this email',
    ),
    ...KHI,
    expect: [{ kind: 'response-by', by: '2043-03-29', phrase: 'within the next 7–10 days' }],
  },
  // JazzHR acknowledgement with an unbounded no-calls line.
  {
    text: mail(
      'Hi Marisol,',
      '',
      'Thanks for applying for Line Cook at Saguaro Kitchen + Bar (Scottsdale). We review applications every week.',
      '',
      'No phone calls or walk-ins, please. We will contact you if you are selected for an interview.',
      '',
      'Saguaro Kitchen Hiring',
      'Powered by JazzHR',
    ),
    ...PHX,
    expect: [{ kind: 'no-calls', phrase: 'No phone calls or walk-ins, please' }],
  },
  // Ashby confirmation with time and zone in words.
  {
    text: mail(
      'Dear Ji-woo,',
      '',
      'Your final interview with Hanbit Mobility is confirmed for Friday, March 27, from nine to ten in the morning, Korea Standard Time, at our Seongsu-dong office.',
      '',
      'Interviewers: Park Seo-yeon (VP Engineering), Daniel Cho (Staff Engineer)',
      '',
      'See you then,',
      'Hanbit Mobility Recruiting',
      'Sent with Ashby',
    ),
    ...SEL,
    expect: [
      {
        kind: 'interview',
        by: '2043-03-27',
        time: '09:00',
        phrase: 'Friday, March 27, from nine to ten in the morning',
      },
    ],
  },
  // Buenos Aires: a numeric date in the sender's locale.
  {
    text: mail(
      'Hola Martín,',
      '',
      'Thanks for your patience. Your final interview with our CTO, Valentina Ruiz, is set for 26/03/2043 at 16:00 (Buenos Aires time), at our Palermo office, Thames 2043.',
      '',
      'Abrazo,',
      'Lucía Gómez',
      'People, Pampa Cloud S.R.L.',
    ),
    ...BUE,
    expect: [{ kind: 'interview', by: '2043-03-26', time: '16:00', phrase: '26/03/2043 at 16:00' }],
  },
  // Lagos: "do the needful", then a promise "latest by Tuesday".
  {
    text: mail(
      'Dear Olumide,',
      '',
      'Good evening. Kindly do the needful and send the signed NDA at your earliest convenience.',
      '',
      'We shall revert with the final interview schedule latest by Tuesday.',
      '',
      'Best regards,',
      'Funmilayo Adebayo',
      'HR Business Partner, Lekki Energy Services',
    ),
    ...LOS,
    expect: [{ kind: 'response-by', by: '2043-03-24', phrase: 'latest by Tuesday' }],
  },
  // Greenhouse note, "early next week".
  {
    text: mail(
      'Hi Haruto,',
      '',
      'Thank you for speaking with the team today — everyone enjoyed the conversation.',
      '',
      'We are collecting feedback from the panel now and will be in touch with next steps early next week.',
      '',
      'Best regards,',
      'Sakura Tanabe',
      'Recruiting, Kintsugi Commerce K.K.',
      'Sent via Greenhouse',
    ),
    ...TYO,
    expect: [{ kind: 'response-by', by: '2043-03-25', phrase: 'early next week', fuzzy: true }],
  },
  // Dhaka offer in non-native English; the acceptance window is the candidate's.
  {
    text: mail(
      'Dear Mr. Tanvir Ahmed,',
      '',
      'We are pleased to inform you that you have been selected for the post of Assistant Manager, Merchandising, at Padma Knitwear Ltd.',
      '',
      'Kindly revert with your acceptance within 3 working days. The appointment letter will be handed over on your joining date.',
      '',
      'With regards,',
      'Head of HR & Admin, Padma Knitwear Ltd.',
    ),
    ...DAC,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Workable confirmation in Pacific time for a Denver reader (both on summer time).
  {
    text: mail(
      'Hi Colton,',
      '',
      'Your video interview for Solutions Engineer at Redwood Relay is confirmed.',
      '',
      'Date: Wednesday, March 25, 2043',
      'Time: 10:00 AM Pacific Time',
      'Duration: 60 minutes',
      'Link: meet.redwoodrelay.com/se-0325',
      '',
      'Thanks,',
      'Redwood Relay Hiring Team',
      'Sent via Workable',
    ),
    ...DEN,
    expect: [{ kind: 'interview', by: '2043-03-25', time: '11:00', phrase: 'Wednesday, March 25, 2043' }],
  },

  // ---- negatives ----
  // The interviewer-side GoodTime invite.
  {
    text: mail(
      'Hi Callum,',
      '',
      'You have been added to an interview loop.',
      '',
      'Candidate: Rosalind Achterberg',
      'Role: Quant Developer',
      'Tuesday Mar 24, 2043 ⋅ 2:00 – 2:45pm (Greenwich Mean Time - London)',
      'Your module: Technical – C++ and probability',
      '',
      'Please leave your feedback in Greenhouse by end of day.',
      '',
      'GoodTime on behalf of Thamesgate Capital Recruiting',
    ),
    ...LDN,
    expect: [],
  },
  // Calendly mail with three alternative slots: no day is chosen.
  {
    text: mail(
      'Hi Felix,',
      '',
      'Thanks for your interest in the Data Protection Officer role. Please choose one of the following times for a first call:',
      '',
      '• Mon Mar 23, 10:00 GMT',
      '• Tue Mar 24, 14:00 GMT',
      '• Wed Mar 25, 09:30 GMT',
      '',
      'Book here: calendly.com/thames-legal/dpo-intro',
      '',
      'Kind regards,',
      'Priya Sandhu, Thames Legal Recruitment',
    ),
    ...LDN,
    expect: [],
  },
  // SuccessFactors to the reader as an employee.
  {
    text: mail(
      'Dear Jan,',
      '',
      'Your 2042 year-end performance review form has been routed to you for self-assessment. Please complete it by 31 March 2043. Your review meeting with Katrin Vogel is on Thursday 2 April at 10:00.',
      '',
      'SAP SuccessFactors – Performance & Goals',
      'Spreehof Mobility GmbH',
    ),
    ...BER,
    expect: [],
  },
  // Workable reference call to the reader as a referee.
  {
    text: mail(
      'Dear Watanabe-san,',
      '',
      'Kenji Mori has put you forward as a referee for the Engineering Manager role at Sakuradori Systems.',
      '',
      'Our recruiter would like to call you on Monday at 10:00 JST for about 15 minutes. Please reply if that time does not suit.',
      '',
      'Thank you,',
      'Sakuradori Systems Recruiting (sent via Workable)',
    ),
    ...TYO,
    expect: [],
  },
  // An MBA admissions interview.
  {
    text: mail(
      'Dear Clémence,',
      '',
      'Congratulations — your application to the Global Executive MBA has progressed to the interview stage.',
      '',
      'Your admissions interview is scheduled for Wednesday 25 March at 15:00 CET with Professor Hélène Marchand. It will last 30 minutes on Zoom.',
      '',
      'Admissions Office, École Supérieure de Commerce de Lyon',
    ),
    ...PAR,
    expect: [],
  },
  // A user-research session with the reader as a participant.
  {
    text: mail(
      'Hi Lukas,',
      '',
      'Thank you for volunteering for our job-seeker research study! Your 45-minute interview session is booked for Tuesday 24 March at 11:00 CET. You will receive a CHF 50 voucher afterwards.',
      '',
      'Best,',
      'UX Research, Alpenkraft AG',
    ),
    ...ZRH,
    expect: [],
  },
  // A mentoring session with the reader as a mentor.
  {
    text: mail(
      'Hola Sofía,',
      '',
      'Your next session with your mentee, Tomás Ferreyra, is on Tuesday 24 March at 18:30. He would like to practise for his interview at a bank the following week.',
      '',
      'Programa Mentores IT, Buenos Aires',
    ),
    ...BUE,
    expect: [],
  },
  // A careers fair.
  {
    text: mail(
      'Dear Graduate,',
      '',
      'Meet 40 employers at the Spring Careers Fair 2043 — Thursday 26 March, 10am to 4pm, Bangabandhu International Conference Centre. On-the-spot interviews with selected employers!',
      '',
      'Register free: careers.example.edu.bd/fair',
      '',
      'Career Services Office, University of Dhaka',
    ),
    ...DAC,
    expect: [],
  },
  // An iCIMS newsletter.
  {
    text: mail(
      'iCIMS Hiring Insights – March 2043',
      '',
      'In this issue: why candidates ghost after the second interview; how to cut time-to-offer to 10 business days; and the 2043 Class of Talent report. Join our webinar on Tuesday, March 31 at 1 PM ET.',
      '',
      'Unsubscribe | iCIMS, Inc., 101 Lindenwood Dr, Malvern, PA 19355',
    ),
    ...PHX,
    expect: [],
  },
  // A delivery.
  {
    text: mail(
      'Your order #20430319-8841 has shipped!',
      '',
      'Standing desk (oak, 140 cm) will arrive tomorrow between 09:00 and 13:00. The courier will call 30 minutes before arrival.',
      '',
      'Gmarket Seoul Customer Service',
    ),
    ...SEL,
    expect: [],
  },
  // A dentist appointment.
  {
    text: mail(
      'Kia ora Aroha,',
      '',
      'This is a reminder of your appointment with Dr. Priya Nair at Ponsonby Dental on Monday 23 March at 8:40am. Reply C to confirm.',
      '',
      'Ponsonby Dental',
    ),
    ...AKL,
    expect: [],
  },
  // The candidate's own deadline: an assessment link that expires.
  {
    text: mail(
      'Dear Ayesha,',
      '',
      'Reminder: your coding assessment for the Backend Engineer role at Indus Pay has not been started. Your link expires in 48 hours (Saturday 21 March, 23:59 PKT).',
      '',
      'Start assessment: indus.smartrecruiters.com/assessment/be-43',
      '',
      'Indus Pay Talent Team',
      'Powered by SmartRecruiters',
    ),
    ...KHI,
    expect: [],
  },
  // An acknowledgement that waits on the hiring manager and promises no date.
  {
    text: mail(
      'Hi Angelica,',
      '',
      'Thanks for applying! We have your application for Finance Associate. We will be in touch once the hiring manager has reviewed all applications.',
      '',
      'Bayanihan Recruitment',
    ),
    ...MNL,
    expect: [],
  },
  // Lever notice to the reader as the hiring manager.
  {
    text: mail(
      'Hi Dana,',
      '',
      'A new candidate has applied to your requisition Account Executive – Mountain Region: Colton Reyes.',
      '',
      'Please review the profile and move the candidate to Phone Screen or Archive by Friday so we can keep the process moving.',
      '',
      'Lever – Peak & Pine Outfitters',
    ),
    ...DEN,
    expect: [],
  },
  // A recruiter asking for the reader's availability without naming a day.
  {
    text: mail(
      'Hi Deniz,',
      '',
      'I came across your profile and have a Senior Backend role at a Series B fintech in Levent. Are you free for a quick call sometime next week? Send me a couple of times that work for you.',
      '',
      'Best,',
      'Selin Kaya, Anadolu Talent Partners',
    ),
    ...IST,
    expect: [],
  },
  // A payslip notice to the reader as an employee.
  {
    text: mail(
      'Dear Noa,',
      '',
      'Your payslip for March 2043 is now available in Personio. Salaries will be paid on 25 March. Please submit your travel expenses before the end of the month.',
      '',
      'Carmel Vision Ltd. – Payroll',
    ),
    ...TLV,
    expect: [],
  },
];
