// Round 600 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Thursday
// 21 June 2040 at 22:50 local, late on a Thursday evening ("tomorrow" is Friday 22 June; "next week" is 25 June to
// 1 July; the end of the month is a Saturday). Positives: a Workday-style mail "by the end of next week", a London
// bullet list "within 5 working days", a Mexico City slot "Monday 25 June at 10:00 (Mexico City time)", a São Paulo
// recruiter's "in the coming days", a Paris date in French order with its weekday ("Monday 02/07/2040 at 14h30"),
// a Karachi call letter with a typo ("Wensday 27th June 2040 at 11:00 AM PKT"), an Amsterdam hold ("please don't
// chase us before 2 July"), a Chicago absence ("until I return on Tuesday, July 3"), a Sydney no-calls line, an
// Accra rejection, a Warsaw offer, a London-time interview for a Hong Kong reader, a Vancouver "early next week",
// a Dhaka result "within 7 working days of the written test held on 19 June 2040", a Bengaluru bullet list with a
// Saturday HR round. Negatives: the reader as mentor (the mentee's interview), as a food-bank volunteer, as a
// bank customer promised an answer, as a student awaiting exam results, a delivery slot, a hotel booking, a careers
// fair with on-the-spot interviews, an HR newsletter, a user-research interview, a recruiter asking for
// availability "next week", a new starter's first day, an assessment the reader must finish within 72 hours, a
// recruitment helpline's opening hours, the reader as hiring manager, the reader's own mid-year review. Names,
// companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 21 June 2040, 22:50 local.
const NY = { sentAt: '2040-06-21T22:50:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2040-06-21T22:50:00-05:00', tz: 'America/Chicago' } as const;
const VAN = { sentAt: '2040-06-21T22:50:00-07:00', tz: 'America/Vancouver' } as const;
const MEX = { sentAt: '2040-06-21T22:50:00-06:00', tz: 'America/Mexico_City' } as const;
const SAO = { sentAt: '2040-06-21T22:50:00-03:00', tz: 'America/Sao_Paulo' } as const;
const LDN = { sentAt: '2040-06-21T22:50:00+01:00', tz: 'Europe/London' } as const;
const PAR = { sentAt: '2040-06-21T22:50:00+02:00', tz: 'Europe/Paris' } as const;
const AMS = { sentAt: '2040-06-21T22:50:00+02:00', tz: 'Europe/Amsterdam' } as const;
const WAW = { sentAt: '2040-06-21T22:50:00+02:00', tz: 'Europe/Warsaw' } as const;
const ACC = { sentAt: '2040-06-21T22:50:00+00:00', tz: 'Africa/Accra' } as const;
const KHI = { sentAt: '2040-06-21T22:50:00+05:00', tz: 'Asia/Karachi' } as const;
const DAC = { sentAt: '2040-06-21T22:50:00+06:00', tz: 'Asia/Dhaka' } as const;
const BOM = { sentAt: '2040-06-21T22:50:00+05:30', tz: 'Asia/Kolkata' } as const;
const HKG = { sentAt: '2040-06-21T22:50:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SEL = { sentAt: '2040-06-21T22:50:00+09:00', tz: 'Asia/Seoul' } as const;
const SYD = { sentAt: '2040-06-21T22:50:00+10:00', tz: 'Australia/Sydney' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_600_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    text: mail(
      'Hi Destiny,',
      '',
      'Thank you for your interest in the Customer Success Manager position at Tidewater Software (Job Requisition ID R-40217).',
      '',
      'We have now completed all first-round interviews. The hiring team is reviewing feedback from each interviewer, and we expect to make a decision by the end of next week. We will notify you of the outcome via email.',
      '',
      'You can review the status of your application at any time by logging in to your candidate home page.',
      '',
      'Sincerely,',
      'Tidewater Software Talent Acquisition',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2040-06-29', phrase: 'by the end of next week' }],
  },
  {
    text: mail(
      'Dear Fatima,',
      '',
      'Many thanks for attending the assessment centre for the Graduate Quantity Surveyor scheme today. Here is a quick summary of what happens next:',
      '',
      '- Assessors submit their scores tomorrow',
      '- A moderation panel reviews all candidates',
      '- You should hear from us within 5 working days with the outcome',
      '- Successful candidates are then invited to a site visit',
      '',
      'Thanks again for your time and energy today.',
      '',
      'Kind regards,',
      'Early Careers Team, Hollins & Pryce',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2040-06-28', phrase: 'within 5 working days' }],
  },
  {
    text: mail(
      'Hola Rodrigo,',
      '',
      'Thank you for your time on the phone earlier today. As agreed, I am sending the confirmation for your technical interview for the position of Backend Developer (Java).',
      '',
      'Your interview is on Monday 25 June at 10:00 (Mexico City time) with Ximena Robles and Héctor Salgado. It will take place in Google Meet; the link is in the calendar invitation.',
      '',
      'Saludos,',
      'Valeria Ortiz',
      'Talent Acquisition, Nopal Fintech',
    ),
    ...MEX,
    expect: [{ kind: 'interview', by: '2040-06-25', time: '10:00', phrase: 'Monday 25 June at 10:00' }],
  },
  {
    text: mail(
      'Hi Gustavo, how are you?',
      '',
      'Sorry for the late message! I talked today with the managers about the vacancy of Data Scientist and they liked very much your case presentation.',
      '',
      'They are aligning internally about the budget, and I will return to you with a position in the coming days.',
      '',
      'Big hug,',
      'Camila Ferreira',
      'Tech Recruiter | Ipê Analytics',
    ),
    ...SAO,
    expect: [{ kind: 'response-by', by: '2040-06-26', phrase: 'in the coming days', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Mr. Benali,',
      '',
      'Following your application for the position of Export Sales Engineer, we are pleased to invite you to an interview at our headquarters in Lyon.',
      '',
      'Date: Monday 02/07/2040 at 14h30',
      'Address: 12 quai Perrache, 69002 Lyon – reception, 3rd floor',
      'With: Mme Sophie Lemaire (Sales Director) and M. Julien Roux (HR)',
      '',
      'Thank you for confirming your presence by return email.',
      '',
      'Best regards,',
      'Claire Dubois',
      'Human Resources, Ferrand Industrie',
    ),
    ...PAR,
    expect: [{ kind: 'interview', by: '2040-07-02', time: '14:30', phrase: 'Monday 02/07/2040 at 14h30' }],
  },
  {
    text: mail(
      'Dear Mr. Hamza Siddiqui,',
      '',
      'With reference to your application for the post of Assistant Manager Finance, your good self is requested to appear for interview on Wensday 27th June 2040 at 11:00 AM PKT at our Head Office, Shahrah-e-Faisal, Karachi.',
      '',
      'Please bring your original CNIC, educational documents and experience certificates. No TA/DA will be admissible.',
      '',
      'Regards,',
      'Muhammad Usman',
      'Manager HR, Indus Textiles Limited',
    ),
    ...KHI,
    expect: [
      {
        kind: 'interview',
        by: '2040-06-27',
        time: '11:00',
        phrase: 'Wensday 27th June 2040 at 11:00 AM PKT',
      },
    ],
  },
  {
    text: mail(
      'Hi Lotte,',
      '',
      'Thanks for a great final interview today! Quick transparency update from our side: most of the panel is at a conference in Rotterdam next week, so the decision will take a little longer than usual.',
      '',
      "To avoid you waiting for answers that don't exist yet, please don't chase us before 2 July. By then we'll have sat together and I will call you.",
      '',
      'Groetjes,',
      'Daan Visser',
      'People Team, Fietsbaan',
    ),
    ...AMS,
    expect: [{ kind: 'no-contact-before', by: '2040-07-02', phrase: 'before 2 July' }],
  },
  {
    text: mail(
      'Hi Tyrone,',
      '',
      "I know you're waiting on the compensation details for the Warehouse Operations Supervisor role. Finance still needs to sign off the band, and I'm out of the office from tomorrow.",
      '',
      'Please hold off on any follow-ups until I return on Tuesday, July 3. Nothing will move while I am out, I promise.',
      '',
      'Thanks for your patience,',
      'Megan Kowalczyk',
      'Senior Recruiter, Lakeshore Distribution',
    ),
    ...CHI,
    expect: [{ kind: 'no-contact-before', by: '2040-07-03', phrase: 'until I return on Tuesday, July 3' }],
  },
  {
    text: mail(
      'Hi Jasmine,',
      '',
      "Thanks for applying for the Practice Receptionist (part time) role at Coogee Family Medical. We've received your resume.",
      '',
      "We're a small team and the front desk is very busy with patients, so please do not phone the practice about your application. We will email you if you're shortlisted.",
      '',
      'Kind regards,',
      'Karen Sullivan',
      'Practice Manager',
    ),
    ...SYD,
    expect: [{ kind: 'no-calls', phrase: 'please do not phone the practice' }],
  },
  {
    text: mail(
      'Dear Efua,',
      '',
      'Thank you for your interest in the Monitoring & Evaluation Officer role with Sankofa Development Trust and for the time you invested in the interview process.',
      '',
      'We have now concluded our selection and, unfortunately, we are unable to offer you the role at this time. We received a large number of strong applications.',
      '',
      'We will keep your details on file and may contact you about future openings.',
      '',
      'Best regards,',
      'Kwame Asante',
      'HR & Administration Manager',
    ),
    ...ACC,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Hi Marta,',
      '',
      'I am very happy to share that after the final round the team would like to extend you an offer for the Senior QA Engineer position at Wisła Labs!',
      '',
      'I will send the formal offer with the B2B rate and the contract draft by email shortly. If you have questions in the meantime, call me any time.',
      '',
      'Congratulations!',
      'Paweł Zieliński',
      'Talent Partner, Wisła Labs',
    ),
    ...WAW,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Dear Kelvin,',
      '',
      'Thank you for your patience. I am pleased to confirm your second interview for the Asia Credit Research Associate role with our Head of Research, Jonathan Ashworth, who is based in our London office.',
      '',
      'The interview will take place on Thursday 28 June at 9:00 AM London time by video (Webex details to follow) and will last around 45 minutes.',
      '',
      'Kind regards,',
      'Rachel Ip',
      'HR Business Partner, Ashworth Lyle Asset Management',
    ),
    ...HKG,
    expect: [
      {
        kind: 'interview',
        by: '2040-06-28',
        time: '16:00',
        phrase: 'Thursday 28 June at 9:00 AM London time',
      },
    ],
  },
  {
    text: mail(
      'Hey Arjun,',
      '',
      "Thanks for chatting with Mei and me this afternoon about the Platform Engineer role. We're wrapping up our last couple of conversations tomorrow.",
      '',
      "I'll get back to you early next week with where we've landed.",
      '',
      'Cheers,',
      'Brooke Tremblay',
      'Head of Talent, Cedarline Robotics',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2040-06-27', phrase: 'early next week', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for participating in the recruitment process for the post of Senior Officer (IT), Padma Commercial Bank PLC.',
      '',
      'Result of the written test held on 19 June 2040 will be published on the bank website and notified by email within 7 working days of the written test. Successful candidates will then be called for viva voce.',
      '',
      'Sincerely,',
      'Recruitment Cell, Human Resources Division',
      'Padma Commercial Bank PLC',
    ),
    ...DAC,
    expect: [{ kind: 'response-by', by: '2040-06-28', phrase: 'within 7 working days of the written test' }],
  },
  {
    text: mail(
      'Hi Divya,',
      '',
      'Congrats on clearing the technical rounds for the SDE-2 position at Kaveri Commerce! Please find the next steps below:',
      '',
      '• HR round: Saturday, 23 June 2040, 11:00 AM IST (Google Meet)',
      '• Documents: last 3 months salary slips, relieving letter',
      '• Duration: 30 mins',
      '',
      'Kindly acknowledge this mail.',
      '',
      'Regards,',
      'Rohit Menon',
      'Talent Acquisition, Kaveri Commerce, Bengaluru',
    ),
    ...BOM,
    expect: [
      { kind: 'interview', by: '2040-06-23', time: '11:00', phrase: 'Saturday, 23 June 2040, 11:00 AM IST' },
    ],
  },

  // ---- negatives ----
  {
    // The reader as a mentor; the interview is the mentee's.
    text: mail(
      'Hi Sunita,',
      '',
      "Thank you so much for the mock interview last week, it really helped. Big news: my final interview with Shopify is on Wednesday at 10am! They said they'll let me know within a week.",
      '',
      'Could we do a quick 20-minute prep call on Tuesday evening? Only if you have time, of course.',
      '',
      'Thanks again,',
      'Chidi',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader as a volunteer.
    text: mail(
      'Hi Aroha,',
      '',
      "You're rostered at the Eastside Food Bank on Saturday 23 June, 9am–1pm (sorting and packing). Please wear closed-toe shoes.",
      '',
      "If you can't make it, let me know by Friday so we can find cover.",
      '',
      'Thanks heaps,',
      'Volunteer Coordinator',
    ),
    ...SYD,
    expect: [],
  },
  {
    // The reader as a bank customer.
    text: mail(
      'Dear Mr. Oyelaran,',
      '',
      'Thank you for your mortgage application (ref. MTG-558120). Our underwriting team is reviewing your documents and we will be in touch within 5 working days with a decision in principle.',
      '',
      'Please do not reply to this email.',
      '',
      'Yours sincerely,',
      'Mortgage Services, Thistle Building Society',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as a student.
    text: mail(
      'Dear Student,',
      '',
      'Final results for the Summer 2040 examination session will be released on the student portal on Thursday 12 July at 10:00.',
      '',
      'Requests for re-marking must be submitted within 10 working days of the release of results.',
      '',
      'Examinations Office, Kowloon Polytechnic University',
    ),
    ...HKG,
    expect: [],
  },
  {
    // A delivery slot.
    text: mail(
      'Hi Daniela,',
      '',
      'Good news – your order #A-77120 (ergonomic office chair) has shipped! Estimated delivery: Monday, June 25, between 8:00 AM and 12:00 PM.',
      '',
      'Track your package any time in the app.',
      '',
      'Thanks for shopping with DeskNest',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A hotel booking.
    text: mail(
      'Dear Ms. Kaur,',
      '',
      'Your reservation is confirmed.',
      'Hotel: Ibis Styles Manchester Piccadilly',
      'Check-in: Tuesday 26 June 2040 (from 14:00)',
      'Check-out: Wednesday 27 June 2040 (by 11:00)',
      '',
      'Free cancellation until 24 hours before arrival.',
      '',
      'We look forward to welcoming you.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A careers fair.
    text: mail(
      'Hello Kwabena,',
      '',
      'The West Africa Tech Careers Fair is back! Meet over 40 employers at the Accra International Conference Centre on Thursday 28 June 2040, 10:00–16:00.',
      '',
      'Many exhibitors will hold on-the-spot interviews, so bring printed copies of your CV. Registration closes on 26 June.',
      '',
      'See you there,',
      'TechGhana Events',
    ),
    ...ACC,
    expect: [],
  },
  {
    // An HR newsletter.
    text: mail(
      'The Hiring Brief – June edition',
      '',
      'Hi Mark,',
      '',
      "In this month's issue: why candidates now expect to hear back within 7 days, how to write rejection emails people actually appreciate, and our survey on four-day weeks.",
      '',
      'PLUS: our next roundtable for talent leaders is on 5 July in Toronto.',
      '',
      'Read the full issue on our website.',
      'Unsubscribe | Manage preferences',
    ),
    ...NY,
    expect: [],
  },
  {
    // A user-research interview.
    text: mail(
      'Hi Joon-ho,',
      '',
      'Thank you for signing up for our study on how people use budgeting apps. Your 45-minute research interview is booked for Tuesday 26 June at 2pm KST on Zoom.',
      '',
      'As a thank you, you will receive a ₩50,000 gift card after the session.',
      '',
      'Best,',
      'UX Research Team, Haneul Pay',
    ),
    ...SEL,
    expect: [],
  },
  {
    // A recruiter asks for availability "next week" without naming a day.
    text: mail(
      'Hi Noor,',
      '',
      "Thanks for applying to the Product Designer role at Juniper Studio! We'd love to set up an initial 30-minute conversation with our Design Lead.",
      '',
      "Could you share your availability for next week? Once I have a few options from you I'll send over an invite.",
      '',
      'Best,',
      'Isabela Santos',
      'Recruiting, Juniper Studio',
    ),
    ...VAN,
    expect: [],
  },
  {
    // A new starter's first day.
    text: mail(
      'Hi Oluwaseun,',
      '',
      "We're so excited to have you join the Finance team! Your first day is Monday 2 July 2040. Please arrive at 9:00am at the main reception, 40 Bishopsgate, and ask for Grace.",
      '',
      'Your laptop will be ready on the day, and payroll runs on the 25th of each month.',
      '',
      'See you soon,',
      'Onboarding Team, Calder & Finch',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An assessment the reader must finish.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the Trainee Air Traffic Controller programme. The next step is our online aptitude assessment.',
      '',
      'Please complete the assessment within 72 hours of receiving this email. The link expires after that time.',
      '',
      'Good luck!',
      'Recruitment Team, Aerovia Services',
    ),
    ...AMS,
    expect: [],
  },
  {
    // A helpline's opening hours.
    text: mail(
      'Dear Aditi,',
      '',
      'Thank you for registering on the Sahyadri Hospitals careers portal. You can now apply for open positions and track your applications.',
      '',
      'Our recruitment helpdesk is available Monday to Saturday, 10:00 AM to 6:00 PM IST, on 020-4000-1122.',
      '',
      'Regards,',
      'Sahyadri Hospitals HR',
    ),
    ...BOM,
    expect: [],
  },
  {
    // The reader as the hiring manager.
    text: mail(
      'Hi Gabriel,',
      '',
      'Three candidates for your Field Service Technician opening have confirmed their interviews with you:',
      '',
      '- Luis Herrera – Tuesday 26 June, 10:00',
      '- Amanda Souza – Tuesday 26 June, 11:30',
      '- Tiago Nunes – Tuesday 26 June, 14:00',
      '',
      'CVs are attached. Please send me your feedback within 24 hours of each interview.',
      '',
      'Obrigada,',
      'Renata',
      'HR Business Partner',
    ),
    ...SAO,
    expect: [],
  },
  {
    // The reader's own mid-year review.
    text: mail(
      'Hi Kamran,',
      '',
      'Your mid-year performance review with Carla is scheduled for Friday at 11:00 in Room 4B. Please complete your self-assessment in the HR portal beforehand.',
      '',
      'Thanks,',
      'HR Team',
    ),
    ...KHI,
    expect: [],
  },
];
