// Round 980 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on SATURDAY
// 29 October 2072 at 10:00 local, the eve of Europe's clocks going back (Sunday 30 October: London to GMT, Berlin
// to CET) while the US keeps summer time until 6 November. "Next week" is Monday 31 October to Friday 4 November;
// "Monday" is 31 October; the 5th business day is Friday 4 November. What it tries: regional and second-language
// English again (India "revert with the final status", "10:00 hrs IST"; Nigeria "appear ... 11am prompt"; Ghana a
// window counted from a panel sitting named in another sentence; Kenya an offer with an acceptance deadline; the
// Philippines a Zoom label block with "PHT" and a WhatsApp line "on Mon 10am ha"; Malaysia a rejection; Qatar a
// Sunday interview; Pakistan "out of station till 7th November"; Mexico "in maximum 10 days"; Singapore "the week
// after next"; Hong Kong "from 1/11 to 4/11"; Dubai "by mid of next month"; Uganda "we do not respond to phone
// enquiries"), a "9:00 AM EST" slot read in London after the UK change (13:00 GMT) and a "10:00 CET" slot read in
// Lagos. Negatives from the same regions: the reader as hiring manager, a family guest's interview, a bank's BVN
// deadline, a landlord's renewal, a friend's new job, a school's closing day, an NBI clearance appointment, the
// reader on an interview panel, a visa medical, a civil-service written exam, the reader's mid-year review, the
// reader as a conference speaker, a jobs newsletter with a salary webinar, a research-study interview, an
// acknowledgement with only a closing date, a freelancer's client call, an SAP upgrade window.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Saturday 29 October 2072, 10:00 local.
const KOL = { sentAt: '2072-10-29T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const LAG = { sentAt: '2072-10-29T10:00:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2072-10-29T10:00:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2072-10-29T10:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const KLA = { sentAt: '2072-10-29T10:00:00+03:00', tz: 'Africa/Kampala' } as const;
const MNL = { sentAt: '2072-10-29T10:00:00+08:00', tz: 'Asia/Manila' } as const;
const KUL = { sentAt: '2072-10-29T10:00:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const SIN = { sentAt: '2072-10-29T10:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2072-10-29T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KHI = { sentAt: '2072-10-29T10:00:00+05:00', tz: 'Asia/Karachi' } as const;
const DXB = { sentAt: '2072-10-29T10:00:00+04:00', tz: 'Asia/Dubai' } as const;
const DOH = { sentAt: '2072-10-29T10:00:00+03:00', tz: 'Asia/Qatar' } as const;
const MEX = { sentAt: '2072-10-29T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
const BOG = { sentAt: '2072-10-29T10:00:00-05:00', tz: 'America/Bogota' } as const;
const LIM = { sentAt: '2072-10-29T10:00:00-05:00', tz: 'America/Lima' } as const;
const LDN = { sentAt: '2072-10-29T10:00:00+01:00', tz: 'Europe/London' } as const;
const MAD = { sentAt: '2072-10-29T10:00:00+02:00', tz: 'Europe/Madrid' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_980_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Chennai insurer, written on a Saturday: "Monday, 31-Oct-72 at 10:00 hrs IST".
    text: mail(
      'Dear Candidate,',
      '',
      'Greetings from Coromandel Life Insurance!',
      '',
      'We are glad to inform you that your profile has been shortlisted for the post of Senior Analyst – Actuarial. Your interview is scheduled on Monday, 31-Oct-72 at 10:00 hrs IST through MS Teams; the joining link will be shared by the IT team on Monday morning.',
      '',
      'Kindly join 10 mins prior and keep your camera on throughout the discussion.',
      '',
      'Warm Regards,',
      'Lakshmi Narayanan',
      'Talent Acquisition Team, Coromandel Life Insurance Co. Ltd.',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2072-10-31', time: '10:00', phrase: 'Monday, 31-Oct-72 at 10:00 hrs IST' },
    ],
  },
  {
    // Gurugram: "by Wednesday" sent on a Saturday, and status by mail only.
    text: mail(
      'Hi Rohan,',
      '',
      'Thank you for attending all three rounds on Thursday. Your feedback from the panel is positive and the case is now with our Business Head for the final nod.',
      '',
      'HR will revert with the final status by Wednesday. Kindly do not call the HR team for status, all updates will be shared via mail only.',
      '',
      'Regards,',
      'Nidhi Malhotra',
      'HR Business Partner | Aravalli Fintech Pvt Ltd, Gurugram',
    ),
    ...KOL,
    expect: [
      { kind: 'response-by', by: '2072-11-02', phrase: 'by Wednesday' },
      { kind: 'no-calls', phrase: 'Kindly do not call the HR team for status' },
    ],
  },
  {
    // Abuja public body: "appear for an interview on 03/11/2072 at 11am prompt" (day first).
    text: mail(
      'Dear Sir/Ma,',
      '',
      'INVITATION FOR INTERVIEW: ADMINISTRATIVE OFFICER II (GL 08)',
      '',
      'Sequel to your application for the above position, I am directed to inform you that you have been shortlisted and are to appear for an interview on 03/11/2072 at 11am prompt at the Conference Hall, Niger Basin Development Authority, Central Business District, Abuja.',
      '',
      'You are required to come with the originals and photocopies of all your credentials, including your birth certificate and state of origin certificate.',
      '',
      'Please accept the assurances of the Authority.',
      '',
      'Signed,',
      'Hajiya Amina Bello',
      'Director, Human Resources',
    ),
    ...LAG,
    expect: [
      {
        kind: 'interview',
        by: '2072-11-03',
        time: '11:00',
        phrase: 'appear for an interview on 03/11/2072 at 11am',
      },
    ],
  },
  {
    // Accra: five working days counted from a panel sitting named in the sentence before (Tuesday 1 November).
    text: mail(
      'Dear Efua,',
      '',
      'Thank you for your patience after your interview for the Credit Analyst role.',
      '',
      'The final selection panel sits on Tuesday, 1st November to consider all the interviewed candidates. We will communicate the outcome to you within five working days after the panel sitting.',
      '',
      'Best regards,',
      'Kofi Mensah-Bonsu',
      'Human Resources, Akwaaba Savings and Loans',
    ),
    ...ACC,
    expect: [
      { kind: 'response-by', by: '2072-11-08', phrase: 'within five working days after the panel sitting' },
    ],
  },
  {
    // Nairobi: an offer with the reader's acceptance deadline (no employer timeline).
    text: mail(
      'Dear Mr. Mwangi,',
      '',
      'RE: OFFER OF EMPLOYMENT – ACCOUNTANT II',
      '',
      'Following the interviews held on 20th October 2072, we are pleased to offer you employment as Accountant II on permanent and pensionable terms. The detailed terms are in the attached letter.',
      '',
      'Kindly confirm your acceptance of this offer in writing within 7 days of this letter. Reporting date will be communicated upon acceptance.',
      '',
      'Yours faithfully,',
      'Jane Njeri',
      'Head of Human Resource, Tana River Tea Growers Co-operative',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'offer', phrase: 'we are pleased to offer you employment' }],
  },
  {
    // Cebu BPO: a Zoom label block with "PHT".
    text: mail(
      'Hi Ma. Cristina,',
      '',
      'Good day! Congratulations, you passed the initial assessment. Here are the details of your final interview with our Account Manager:',
      '',
      'Date: Nov. 2, 2072 (Wednesday)',
      'Time: 9:00 AM PHT',
      'Platform: Zoom Meeting',
      'Meeting ID: 871 2094 5531',
      'Passcode: Visayas72',
      '',
      'Please be online 15 minutes before your schedule and wear business attire. Kindly reply "CONFIRMED" to this email.',
      '',
      'Thank you and God bless!',
      'Jonalyn Tabanao',
      'Talent Acquisition, Lapu-Lapu Contact Solutions',
    ),
    ...MNL,
    expect: [{ kind: 'interview', by: '2072-11-02', time: '09:00', phrase: 'Nov. 2, 2072 (Wednesday)' }],
  },
  {
    // Kuala Lumpur: rejection after an interview.
    text: mail(
      'Dear Mr. Tan Kok Wei,',
      '',
      'Thank you for attending the interview on 20th Oct for the position of Maintenance Engineer.',
      '',
      'We regret to inform you that we will not be proceeding further with your application. It was a tough decision as we received many good candidates.',
      '',
      'We wish you success in your career and hope you will consider us again in future.',
      '',
      'Best Regards,',
      'Siti Aisyah',
      'Human Resource Department, Puncak Semiconductor Sdn Bhd',
    ),
    ...KUL,
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'we will not be proceeding further with your application',
      },
    ],
  },
  {
    // Doha: a Sunday interview (a working day in Qatar).
    text: mail(
      'Dear Mr. Joseph,',
      '',
      'Further to our telephonic discussion, kindly attend the interview on Sunday 30th Oct at 9.30 AM at our office, Al Dafna Tower, 12th floor, West Bay, Doha.',
      '',
      'Please bring your original certificates, QID copy and a printed copy of your CV. Ask for Mr. Khalid at the reception.',
      '',
      'Regards,',
      'Faisal Al-Kuwari',
      'HR Officer, Pearl Gulf Facilities Management W.L.L.',
    ),
    ...DOH,
    expect: [{ kind: 'interview', by: '2072-10-30', time: '09:30', phrase: 'Sunday 30th Oct at 9.30 AM' }],
  },
  {
    // New York coordinator to a London reader: 9:00 AM EST on 2 November is still summer time in New York
    // (EDT until 6 November) while London is on GMT from 30 October: 13:00.
    text: mail(
      'Hi Priyanka,',
      '',
      "Thanks for sending over your availability. Our Head of Product, Dana Whitfield, would love to speak with you for the next round. Can you do Wednesday, November 2 at 9:00 AM EST? It'll be 45 minutes over Google Meet.",
      '',
      "Once you confirm I'll send the calendar invite through Greenhouse.",
      '',
      'Best,',
      'Morgan Lee',
      'Recruiting Coordinator | Tandem Health',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2072-11-02', time: '13:00', phrase: 'Wednesday, November 2 at 9:00 AM EST' },
    ],
  },
  {
    // Berlin start-up to a Lagos reader: 10:00 CET on 31 October (after Berlin's change) = 10:00 in Lagos.
    text: mail(
      'Dear Tobenna,',
      '',
      'thank you for the nice first talk. We would like to invite you to the technical interview with our CTO. It will take place on Monday, 31 October at 10:00 CET (Berlin time) via Google Meet, duration is 90 minutes.',
      '',
      'Please prepare a short presentation of one project you are proud of.',
      '',
      'Best regards',
      'Julia Brandt',
      'Talent Acquisition | Spreewerk Mobility GmbH',
    ),
    ...LAG,
    expect: [
      { kind: 'interview', by: '2072-10-31', time: '10:00', phrase: 'Monday, 31 October at 10:00 CET' },
    ],
  },
  {
    // Lahore: a hold while the recruiter is out of station.
    text: mail(
      'Dear Usman,',
      '',
      'Thank you for your email. I am out of station till 7th November for a family wedding in Multan, kindly do not follow up before that. I will revert once back, InshaAllah.',
      '',
      'Regards,',
      'Ayesha Tariq',
      'Talent Acquisition Lead, Ravi Foods (Pvt.) Ltd., Lahore',
    ),
    ...KHI,
    expect: [{ kind: 'no-contact-before', by: '2072-11-07', phrase: 'kindly do not follow up before that' }],
  },
  {
    // Mexico City: "in maximum 10 days".
    text: mail(
      'Hi Daniela,',
      '',
      'Thank you for presenting yesterday your case to the committee, it was very interesting for everybody.',
      '',
      'We still need to interview one more person and then the committee will decide. We will contact you in maximum 10 days with the final answer.',
      '',
      'Best regards,',
      'Lic. Ricardo Salinas Ortega',
      'Human Resources Manager | Grupo Agave Logístico',
    ),
    ...MEX,
    expect: [{ kind: 'response-by', by: '2072-11-08', phrase: 'in maximum 10 days' }],
  },
  {
    // Singapore: "the week after next" (Friday two weeks on: 11 November).
    text: mail(
      'Hi Jun Jie,',
      '',
      'Just to update u, the hiring manager is on leave till next Fri so no decision yet on the Product Analyst role. Will update you the week after next once she is back.',
      '',
      'Have a good weekend!',
      '',
      'Cheers,',
      'Rachel Lim',
      'Talent Acquisition, Kallang Digital Pte Ltd',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2072-11-11', phrase: 'the week after next' }],
  },
  {
    // Hong Kong: a rescheduled second interview, day-first "from 1/11 to 4/11 (Fri)".
    text: mail(
      'Dear Ms. Chan,',
      '',
      'Sorry for the inconvenience, due to our Director has an urgent business trip, we need to reschedule your 2nd interview from 1/11 to 4/11 (Fri), same time 3:00pm, same venue at our Kwun Tong office.',
      '',
      'Please let me know if this new arrangement is OK for you.',
      '',
      'Best regards,',
      'Candy Wong',
      'HR & Admin Department, Victoria Harbour Trading Ltd.',
    ),
    ...HKG,
    expect: [
      {
        kind: 'interview',
        by: '2072-11-04',
        time: '15:00',
        phrase: 'from 1/11 to 4/11 (Fri), same time 3:00pm',
      },
    ],
  },
  {
    // Dubai: "by mid of next month" (15 November, fuzzy).
    text: mail(
      "Dear Mr. D'Souza,",
      '',
      'Greetings!',
      '',
      'With reference to your interview for the post of Store Manager, please be informed that your profile is shortlisted and sent for management approval. Management approval is expected by mid of next month, we will revert to you accordingly.',
      '',
      'Thanks & Best Regards,',
      'Arshad Khan',
      'HR Coordinator, Desert Rose Retail LLC',
    ),
    ...DXB,
    expect: [{ kind: 'response-by', by: '2072-11-15', fuzzy: true, phrase: 'by mid of next month' }],
  },
  {
    // Kampala NGO: an acknowledgement that refuses phone enquiries.
    text: mail(
      'Dear Applicant,',
      '',
      'We acknowledge receipt of your application for the position of Monitoring and Evaluation Officer.',
      '',
      'Only shortlisted candidates will be contacted. Kindly note that we do not respond to phone enquiries regarding the status of applications.',
      '',
      'Kind regards,',
      'Human Resources Unit',
      'Nile Basin Community Health Initiative',
    ),
    ...KLA,
    expect: [
      {
        kind: 'no-calls',
        phrase: 'we do not respond to phone enquiries regarding the status of applications',
      },
    ],
  },
  {
    // Manila: a WhatsApp line pasted into mail, "on Mon 10am ha".
    text: mail(
      'Hi Carlo,',
      '',
      "Pasting below the message from Ma'am Joy in case you did not receive it on Viber.",
      '',
      "[29/10/72, 9:41 AM] Ma'am Joy HR: Hi Carlo! Final interview w/ our COO on Mon 10am ha, at the Makati office 28F. Pls be early 😊",
      '',
      'See you!',
      'Bea',
      'Recruitment Assistant, Maharlika Foods Corp.',
    ),
    ...MNL,
    expect: [
      {
        kind: 'interview',
        by: '2072-10-31',
        time: '10:00',
        phrase: 'Final interview w/ our COO on Mon 10am',
      },
    ],
  },

  // ---- negatives ----
  {
    // The reader as hiring manager.
    text: mail(
      'Hi Priya,',
      '',
      'Pls find attached 4 CVs for the Java Developer requisition (Req ID 40921). Kindly share your availability for interviews next week and do the needful so that we can close the position by month end.',
      '',
      'Thanks & Regards,',
      'Manoj',
      'TA Partner',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A family guest's interview.
    text: mail(
      'Dear Beta,',
      '',
      "Sharma uncle's son Ankit has his interview at ISRO Bengaluru on 2nd Nov at 9 am. He will stay with you from 1st to 3rd, please pick him from the station on Tuesday morning.",
      '',
      'Blessings,',
      'Papa',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A bank's BVN deadline in Lagos.
    text: mail(
      'Dear Valued Customer,',
      '',
      'Our records show that your BVN details are incomplete. Kindly visit any of our branches before 15/11/2072 to update your records and avoid restriction on your account.',
      '',
      'Please note that the bank will never ask for your PIN or password.',
      '',
      'Thank you for banking with us.',
      'Zenon Trust Bank Plc',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A landlord asking whether the reader renews.
    text: mail(
      'Good morning Sir,',
      '',
      'This is to remind you that your rent on Flat 3, Block B expires on 30th November, 2072. Kindly revert on whether you will be renewing before the end of this month so that I can plan accordingly.',
      '',
      'Thank you and God bless.',
      'Barr. Emeka Okafor',
      'Landlord',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A friend's new job in Accra.
    text: mail(
      'Chale!!',
      '',
      "I got the job at the telco oo! They called me on Thursday evening. I start on 1st November at the Airport City office. We go celebrate Saturday next week, I'll send the location.",
      '',
      'Thanks for the mock interview last week, it really helped.',
      '',
      'Yaw',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A Nairobi school's closing day and academic clinic.
    text: mail(
      'Dear Parent,',
      '',
      'Kindly note that the closing day for Term 3 is Friday 4th November 2072. Parents are requested to clear all fee balances before then.',
      '',
      'There will be an academic clinic on Thursday 3rd November at 2.00 p.m. where you will meet the class teachers.',
      '',
      'Regards,',
      'The Principal, Karura Hills Academy',
    ),
    ...NBO,
    expect: [],
  },
  {
    // An NBI clearance appointment in Manila.
    text: mail(
      'Your NBI Clearance appointment has been confirmed.',
      '',
      'Date: Nov 3, 2072',
      'Time: 8:00 AM',
      'Site: Robinsons Place Ermita',
      'Reference No.: 72A-118204',
      '',
      'Please bring two (2) valid government-issued IDs and your reference number. Walk-in applicants without appointment will not be entertained.',
      '',
      'NBI Clearance Online Services',
    ),
    ...MNL,
    expect: [],
  },
  {
    // The reader sits on an interview panel in Kuala Lumpur.
    text: mail(
      'Dear Encik Farid,',
      '',
      'You are invited to sit as panel for the interview of the Executive, Finance candidates on 2/11/2072 (Wed) from 9.00am to 1.00pm at Bilik Mesyuarat 3, Level 5.',
      '',
      'The CVs and evaluation forms will be placed on your table on Tuesday. Kindly confirm your attendance.',
      '',
      'Terima kasih,',
      'Puan Rosnah',
      'Human Capital Division',
    ),
    ...KUL,
    expect: [],
  },
  {
    // A residence-visa medical in Dubai.
    text: mail(
      'Dear Customer,',
      '',
      'Your medical fitness test for residence visa is scheduled on 01-Nov-72 at 08:30 AM at Al Karama Medical Fitness Centre. Please bring your original passport, entry permit and one photo.',
      '',
      'Emirates ID biometrics will be done on the same day.',
      '',
      'Regards,',
      'Typing Centre, Al Quoz',
    ),
    ...DXB,
    expect: [],
  },
  {
    // A civil-service written exam in Lahore.
    text: mail(
      'Dear Candidate,',
      '',
      'Your admit card for the Competitive Examination (Written Part) is attached. The English Essay paper will be held on 5th November 2072 at 9:00 AM at Examination Hall, Old Campus, Lahore.',
      '',
      'Mobile phones and smart watches are strictly prohibited in the examination hall.',
      '',
      'Controller of Examinations',
      'Federal Public Service Board',
    ),
    ...KHI,
    expect: [],
  },
  {
    // The reader's mid-year review in Bogotá.
    text: mail(
      'Hi Andrés,',
      '',
      "Let's do your mid-year review on Tuesday 1st at 3pm in the small meeting room. Please fill the self-evaluation in Workday until Monday so I can read it before.",
      '',
      'Nothing to worry, it is a normal conversation :)',
      '',
      'Saludos,',
      'Catalina',
    ),
    ...BOG,
    expect: [],
  },
  {
    // The reader as a conference speaker in Madrid.
    text: mail(
      'Dear Ms. García,',
      '',
      'We are happy to confirm your slot as speaker in the HR Tech Summit Madrid on 8 November at 11:30h, in the Auditorium B. The panel "Hiring in 2073" will last 45 minutes.',
      '',
      'Please send us your slides and a short bio until 2 November.',
      '',
      'Kind regards,',
      'Lucía Fernández',
      'Event Coordinator',
    ),
    ...MAD,
    expect: [],
  },
  {
    // A Gulf jobs newsletter with a salary-guide webinar and apply-by dates.
    text: mail(
      'Gulf Careers Weekly – 29 October 2072',
      '',
      'WEBINAR: Gulf Salary Guide 2073 – what employers will pay next year. Wednesday 2 November, 4:00 PM GST. Register now, seats are limited!',
      '',
      'Top jobs this week:',
      '– Site Engineer, Abu Dhabi | Apply by 15 Nov',
      '– Cabin Crew Open Day, Dubai | 5 November, 9 AM',
      '– Senior Accountant, Muscat | Interviews from next week',
      '',
      'Manage your alerts | Unsubscribe',
    ),
    ...DXB,
    expect: [],
  },
  {
    // A research-study interview in Singapore.
    text: mail(
      'Dear Participant,',
      '',
      'Thank you for signing up for our study on remote work and wellbeing. Your interview session (about 45 minutes) is on 3 Nov (Thu) at 2pm, Room 03-12, Faculty of Arts and Social Sciences.',
      '',
      'You will receive a $20 voucher upon completion.',
      '',
      'Best regards,',
      'Dr. Goh Siew Ling',
      'Principal Investigator',
    ),
    ...SIN,
    expect: [],
  },
  {
    // An acknowledgement whose only date is the closing date.
    text: mail(
      'Dear Applicant,',
      '',
      'We acknowledge receipt of your application for the post of Senior Nursing Officer. The advertisement closes on 18th November 2072, after which shortlisting will be done.',
      '',
      'Thank you for your interest in serving the County.',
      '',
      'Secretary',
      'Kirinyaga Hills County Public Service Board',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A freelancer's client call and payment date.
    text: mail(
      'Hi Rohit,',
      '',
      'Client call on Monday 11am IST to discuss the logo revisions, I will share the Zoom link Monday morning. Payment for the first milestone will be released by 5th Nov.',
      '',
      'Pls keep the revised files ready.',
      '',
      'Thanks,',
      'Sameer',
      'Project Manager, Pixelkraft Studio',
    ),
    ...KOL,
    expect: [],
  },
  {
    // The reader's employer in Lima: an SAP upgrade window.
    text: mail(
      'Dear all,',
      '',
      'This Sunday 30/10 from 22:00 to 02:00 the SAP system will be unavailable due to the upgrade to the new version. Please close your sessions and save your work before.',
      '',
      'For any problem on Monday, please open a ticket with the help desk.',
      '',
      'Regards,',
      'IT Department – Andes Mining Services S.A.C.',
    ),
    ...LIM,
    expect: [],
  },
];
