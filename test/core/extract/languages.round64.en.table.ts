// Round 680 (issue 13): written BEFORE the engine read it, by a helper (hw408) who never saw the rules, for a late
// Thursday evening: every message was sent on Thursday 14 September 2045 at 22:45 local (in the zones west of
// Greenwich the UTC date is already Friday; t stays Thursday 14). "Tomorrow" and "Friday" are the 15th, "next
// week" is 18 to 22 September, "Monday" is the 18th; business days after t are Fri 15, Mon 18, Tue 19 … the 10th
// after Fri 22 September is Fri 6 October. The focus is people writing by hand, late: a Denver founder's mail with
// chit-chat, a moved call and a decision promise; a Manchester agency's "interveiw … tommorow"; a Bengaluru
// interview with "result within 3 working days from the interview date"; a Lagos retreat with "do not send
// follow-up mails before Monday 25th September"; a Nairobi slot "at half past ten in the morning"; a Cape Town
// offer; a Singapore "within 10 working days of the closing date"; a Manila rejection; a Melbourne hospital's
// "do not contact the ward"; an Auckland phone reply "in the next day or two"; a Vancouver "by close of business
// Friday"; a Dublin university "within two weeks of your interview on 12 September"; a Lyon slot in Paris time for
// a London reader; a Madrid "latest the 29th of September" beside the manager's holiday; a Tokyo "within one
// week"; a Dubai "as discussed" confirmation with a D/M date. Negatives reuse the words for someone else: an
// employee's review and promotion round, a student asking a mentor, a volunteer induction, a careers fair, an HR
// newsletter, a delivery, a hotel booking for the trip, a research interview, a visa interview, a pay date, a
// closing date and office hours, the reader as hiring manager, a client's "offer terms", a would-be tenant with a
// job interview, an acknowledgement, a student missing class. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 14 September 2045, 22:45 local.
const DEN = { sentAt: '2045-09-14T22:45:00-06:00', tz: 'America/Denver' } as const;
const NY = { sentAt: '2045-09-14T22:45:00-04:00', tz: 'America/New_York' } as const;
const VAN = { sentAt: '2045-09-14T22:45:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2045-09-14T22:45:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2045-09-14T22:45:00+01:00', tz: 'Europe/Dublin' } as const;
const MAD = { sentAt: '2045-09-14T22:45:00+02:00', tz: 'Europe/Madrid' } as const;
const LAG = { sentAt: '2045-09-14T22:45:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2045-09-14T22:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2045-09-14T22:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2045-09-14T22:45:00+04:00', tz: 'Asia/Dubai' } as const;
const KOL = { sentAt: '2045-09-14T22:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2045-09-14T22:45:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2045-09-14T22:45:00+08:00', tz: 'Asia/Manila' } as const;
const TYO = { sentAt: '2045-09-14T22:45:00+09:00', tz: 'Asia/Tokyo' } as const;
const MEL = { sentAt: '2045-09-14T22:45:00+10:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2045-09-14T22:45:00+12:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_680_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A founder late at night: chit-chat, a moved call, and a promise.
    text: mail(
      'Hey Sam,',
      '',
      "Sorry for the late email, kids finally asleep and I'm only now getting through my inbox. Loved your take on the onboarding flow today, Priya hasn't stopped talking about it.",
      '',
      'Annoyingly I need to move our call tomorrow at 9, an investor meeting landed on top of it. Could we do Monday at 9 instead? Same Zoom link.',
      '',
      "Either way, Priya and I will make a final decision by the end of next week. We're a tiny team so I'd rather not drag this out.",
      '',
      'Thanks for being flexible!',
      'Eli',
      'Founder, Switchback Trail Co.',
    ),
    ...DEN,
    expect: [
      { kind: 'interview', by: '2045-09-18', time: '09:00', phrase: 'Monday at 9' },
      { kind: 'response-by', by: '2045-09-22', phrase: 'by the end of next week' },
    ],
  },
  {
    // Typos as typed.
    text: mail(
      'Hi Jade,',
      '',
      'Just confirming your interveiw with Brightwater Foods is tommorow at 11am, at the Trafford Park site. Ask for Gary Holt on reception.',
      '',
      "Good luck, you'll smash it! Ring me after.",
      '',
      'Dean',
      'Dean Ashworth | Pennine Technical Recruitment',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2045-09-15', time: '11:00', phrase: 'tommorow at 11am' }],
  },
  {
    // A slot and a window counted from it.
    text: mail(
      'Dear Mr. Venkatesh,',
      '',
      'Greetings of the day!',
      '',
      'We are happy to inform you that you have been shortlisted for the Managerial round for the position of Lead Data Engineer. The interview is scheduled on Monday, 18th Sept 2045 at 3 PM IST through MS Teams. Kindly revert with your acceptance at the earliest.',
      '',
      'HR will share the result within 3 working days from the interview date.',
      '',
      'Thanks & Regards,',
      'Lakshmi Narayanan',
      'Talent Acquisition, Kaveri Analytics',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2045-09-18', time: '15:00', phrase: 'Monday, 18th Sept 2045 at 3 PM IST' },
      { kind: 'response-by', by: '2045-09-21', phrase: 'within 3 working days from the interview date' },
    ],
  },
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for attending the assessment centre on Tuesday.',
      '',
      'Kindly note that the recruitment team will be away on a retreat until Friday 22nd September. Please do not send follow-up mails before Monday 25th September as they will not be attended to.',
      '',
      'Best regards,',
      'Ifeoma Nwosu',
      'HR Officer, Greenfield Agro-Allied Ltd',
    ),
    ...LAG,
    expect: [{ kind: 'no-contact-before', by: '2045-09-25', phrase: 'before Monday 25th September' }],
  },
  {
    // A time in words.
    text: mail(
      'Dear Brian,',
      '',
      'Thank you for your application for the position of Finance Associate.',
      '',
      'I am pleased to invite you for an interview on Tuesday 19th September at half past ten in the morning, East Africa Time, at our Westlands office, 3rd Floor, Mpaka Plaza.',
      '',
      'Kindly confirm your attendance.',
      '',
      'Regards,',
      'Mercy Chebet',
      'HR Manager, Savanna Harvest Cooperative',
    ),
    ...NBO,
    expect: [
      {
        kind: 'interview',
        by: '2045-09-19',
        time: '10:30',
        phrase: 'Tuesday 19th September at half past ten',
      },
    ],
  },
  {
    // An offer; the start date and the sign-by day are facts and the reader's deadline.
    text: mail(
      'Dear Zanele,',
      '',
      'Thank you for your time with the panel on Monday. I am very pleased to offer you the position of Senior Bookkeeper at Fynbos Property Group, based in our Cape Town office.',
      '',
      'Your letter of appointment is attached. The proposed start date is 1 October 2045. Please sign and return it by Wednesday.',
      '',
      'Warm regards,',
      'Pieter van der Merwe',
      'Financial Director',
    ),
    ...JNB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Dear Mr Tan,',
      '',
      'Thank you for your application for the position of Assistant Manager, Corporate Communications.',
      '',
      'Applications for this role close on 22 September 2045. Shortlisted candidates will be notified within 10 working days of the closing date.',
      '',
      'Yours sincerely,',
      'Human Resource Division',
      'Straits Heritage Board',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2045-10-06', phrase: 'within 10 working days of the closing date' }],
  },
  {
    text: mail(
      'Hi Ma’am Jessa,',
      '',
      'Good evening! We appreciate the effort and time you gave during your final interview with our Account Director.',
      '',
      'However, we regret to inform you that you did not pass the final interview for the Client Success Lead role. We will keep your application active for future openings.',
      '',
      'Thank you and God bless!',
      'Rhea Santos',
      'Recruitment | Pacific Crest BPO',
    ),
    ...MNL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for applying for the position of Registered Nurse – Emergency Department (Grade 2).',
      '',
      'Applications are assessed by a selection panel after the advertisement closes. Please do not contact the ward or the Nurse Unit Manager directly regarding your application; all enquiries should be directed to the recruitment inbox.',
      '',
      'Kind regards,',
      'Recruitment Services, Yarra Bend Health',
    ),
    ...MEL,
    expect: [{ kind: 'no-calls', phrase: 'do not contact the ward or the Nurse Unit Manager directly' }],
  },
  {
    // A hiring manager from the phone.
    text: mail(
      'Hey Tane, great chat today. Going to talk it through with the team and will come back to you in the next day or two.',
      '',
      'Cheers, Mel',
      'Sent from my phone',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2045-09-16', phrase: 'in the next day or two' }],
  },
  {
    text: mail(
      'Hi Harpreet,',
      '',
      "Thanks for hanging in there. The panel met this afternoon and we're just waiting on one last reference. We'll let you know either way by close of business Friday.",
      '',
      'Have a good night,',
      'Colin Murray',
      'People Operations, Coastline Credit Union',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2045-09-15', phrase: 'by close of business Friday' }],
  },
  {
    text: mail(
      'Dear Dr Okonkwo,',
      '',
      'Many thanks for meeting the selection committee for the Assistant Professor in Chemical Engineering post.',
      '',
      'The committee is interviewing two further candidates next week. You will hear from us within two weeks of your interview on 12 September.',
      '',
      'With kind regards,',
      'Aoife Gallagher',
      'HR Partner, Faculty of Engineering',
    ),
    ...DUB,
    expect: [
      { kind: 'response-by', by: '2045-09-26', phrase: 'within two weeks of your interview on 12 September' },
    ],
  },
  {
    // A French writer's slot in Paris time for a London reader.
    text: mail(
      'Hello Mrs Diallo,',
      '',
      'Following our phone call of this afternoon, I confirm you the interview on Wednesday 20 September at 14h30 (Paris time) in our office of Lyon, with Mr Girard, director of the plant.',
      '',
      'Do not hesitate to contact me for any question.',
      '',
      'Best regards,',
      'Camille Lefèvre',
      'Chargée de recrutement, Rhodanie Composites',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2045-09-20',
        time: '13:30',
        phrase: 'Wednesday 20 September at 14h30 (Paris time)',
      },
    ],
  },
  {
    // A Spanish writer: the manager's holiday and the promise are different dates.
    text: mail(
      'Dear Javier,',
      '',
      'I write you to tell that the hiring manager is in holidays until the 25th of September, so we cannot close the process before. We will contact you latest the 29th of September with the final answer.',
      '',
      'Sorry for the wait and thank you for your patience.',
      '',
      'Un saludo,',
      'Lucía Ortega',
      'Talent Acquisition, Alhambra Energía',
    ),
    ...MAD,
    expect: [{ kind: 'response-by', by: '2045-09-29', phrase: 'latest the 29th of September' }],
  },
  {
    // A Japanese writer, late.
    text: mail(
      'Dear Ms. Kim,',
      '',
      'Thank you very much for your time for interview today. It was great pleasure to talk with you.',
      '',
      'We will contact you about result within one week.',
      '',
      'Best regards,',
      'Hiroshi Takeda',
      'Human Resources Dept., Sakuragawa Precision Co., Ltd.',
    ),
    ...TYO,
    expect: [{ kind: 'response-by', by: '2045-09-21', phrase: 'within one week' }],
  },
  {
    // "As discussed", a D/M date in Dubai.
    text: mail(
      'Dear Mr. Faisal,',
      '',
      'Greetings!',
      '',
      'As discussed over the phone, your second interview with our General Manager is confirmed on Tuesday 19/09/2045 at 11:00 AM (UAE time) at our Business Bay office. Kindly bring your original certificates.',
      '',
      'Best Regards,',
      'Rania Haddad',
      'HR Coordinator, Al Noor Facilities Management',
    ),
    ...DXB,
    expect: [
      { kind: 'interview', by: '2045-09-19', time: '11:00', phrase: 'Tuesday 19/09/2045 at 11:00 AM' },
    ],
  },

  // ---- negatives ----
  {
    // The reader as employee.
    text: mail(
      'Hi Anjali,',
      '',
      'Your mid-year review is booked for Monday at 10am with me and Suresh. HR will confirm the outcome of the promotion round by the end of the month, so we can talk about next steps then.',
      '',
      'Regards,',
      'Vikram',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A student writing to the reader as mentor.
    text: mail(
      'Dear Professor Adeyemi,',
      '',
      "I have my interview with Deloitte on Tuesday 19 September at 2pm! Would you have 20 minutes tomorrow to practise a few questions with me? I'll let you know how it goes.",
      '',
      'Thank you so much,',
      'Funmi',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A volunteer induction.
    text: mail(
      'Hi Chris,',
      '',
      'Thanks so much for signing up to volunteer at the Harvest Fair! Your induction is on Saturday 23 September at 9am at the church hall. We will send out the rota within a week.',
      '',
      'Cheers,',
      'Margaret',
      'Volunteer Coordinator',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A careers fair.
    text: mail(
      'Meet 60+ employers at the Auckland Tech Careers Fair!',
      '',
      'Wednesday 27 September, 10am–4pm, Viaduct Events Centre. On-the-spot interviews available with several employers – bring copies of your CV.',
      '',
      'Register free at the link below.',
    ),
    ...AKL,
    expect: [],
  },
  {
    // An HR newsletter for recruiters.
    text: mail(
      'THE HIRING HUDDLE – September edition',
      '',
      "This month: why candidates ghost you, and why telling every applicant you'll respond within 5 business days is the single best thing you can do for your employer brand.",
      '',
      'Plus: our Interview Skills for Managers workshop returns on Thursday 28 September.',
    ),
    ...NY,
    expect: [],
  },
  {
    // A delivery.
    text: mail(
      'Hi Emma,',
      '',
      'Your parcel from Larkspur Home is scheduled for delivery tomorrow between 9am and 1pm. Our driver will call you before arriving. If no one is home we will try again on Monday.',
      '',
      'Swiftline Couriers',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A hotel booking for an interview trip.
    text: mail(
      'Dear Mr Venkatesh,',
      '',
      'Thank you for booking with Harbour Inn Chennai. Your reservation is confirmed: check-in Monday 18 September 2045 from 2:00 PM, check-out Tuesday 19 September by 11:00 AM.',
      '',
      'We look forward to welcoming you.',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A research interview.
    text: mail(
      'Hi Olivia,',
      '',
      "I'm a PhD researcher at the University of Melbourne studying how people change careers. Would you be willing to be interviewed for 30 minutes sometime next week? I'll send a short consent form first.",
      '',
      'Many thanks,',
      'Daniel Cho',
    ),
    ...MEL,
    expect: [],
  },
  {
    // A visa interview.
    text: mail(
      'Appointment Confirmation',
      '',
      'Applicant: SANTOS, MARIA LUISA',
      'Your visa interview at the Embassy is confirmed for Thursday 21 September 2045 at 08:30. Please arrive 15 minutes early with your passport and DS-160 confirmation page.',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A pay date.
    text: mail(
      'Hi all,',
      '',
      'Due to the payroll system upgrade, September salaries will be paid on Friday 29 September instead of the 25th. Payslips will be available on the portal within 24 hours of payment.',
      '',
      'Thanks,',
      'Payroll Team',
    ),
    ...JNB,
    expect: [],
  },
  {
    // The reader's own deadline and office hours.
    text: mail(
      'Dear Applicant,',
      '',
      'The Careers Office is open Monday to Friday, 9am to 5pm. Please make sure your application is submitted before the closing date, Friday 22 September, at 5pm. Late applications will not be considered.',
      '',
      'Careers Office, Ridgeview College',
    ),
    ...VAN,
    expect: [],
  },
  {
    // The reader as hiring manager.
    text: mail(
      'Hi Kwame,',
      '',
      "Feedback from me: I'd like to move Precious forward to the final round. Can you set up Tuesday at 2pm with her and let her know we'll decide within 48 hours after that?",
      '',
      'Thanks,',
      'Naledi',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A client and a commercial offer.
    text: mail(
      'Hi Rohan,',
      '',
      "We've reviewed your proposal for the warehouse audit and will make a decision by Friday. Could we schedule a call Monday at 3pm to go through the offer terms and your team's availability?",
      '',
      'Best,',
      'Alicia Gomez',
      'Procurement, Sunfield Foods',
    ),
    ...NY,
    expect: [],
  },
  {
    // A would-be tenant writes to the reader as landlord.
    text: mail(
      'Hi,',
      '',
      "I'm interested in renting your room on Talbot Street. I have a job interview in the city on Wensday so could I view it that evening at 6? I'll let you know by Friday if I want to take it.",
      '',
      'Thanks,',
      'Ciarán',
    ),
    ...DUB,
    expect: [],
  },
  {
    // An acknowledgement with no date.
    text: mail(
      'Dear Applicant,',
      '',
      'We have received your application for the role of Warehouse Associate. Due to the volume of applications, we will contact you once the hiring manager has reviewed your profile.',
      '',
      'Thank you for your interest in Kinetic Freight.',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A student writing to the reader as teacher.
    text: mail(
      'Dear Ms Park,',
      '',
      'I am sorry but I have to miss class on Monday because I have a job interview for a part-time position. Could I submit my essay by Wednesday instead?',
      '',
      'Thank you,',
      'Jun Hao',
    ),
    ...SIN,
    expect: [],
  },
];
