// Round 540 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Wednesday
// 31 October 2035 (Halloween) at 16:45 local: Europe left summer time on the 28th, the US and Canada leave it on
// Sunday 4 November, so a US time quoted for the week after lands an hour later for a London reader than one
// quoted for this week. Positives: Workday "by Friday", a Gem invitation "9:00 AM ET" the Tuesday after the US
// change for a London reader, Jobvite "early next week", Oracle Recruiting with an ISO date on a Riyadh Sunday,
// Randstad "within 5 working days" from Amsterdam, a Calendly confirmation "(Pacific Time - US & Canada)", USAJOBS
// "within 30 days of the referral date of October 29, 2035", Michael Page "by the middle of next week", a Hong
// Kong employer that takes no telephone enquiries, a SuccessFactors rejection, a Teamtailor offer with an expiry
// date, a Ghanaian authority's "Thursday, 15th November, 2035 at 9:00am GMT", a Pinpoint hold "until after that
// date" with results "within two weeks of the closing date", a Karachi bank "3:30 pm on Monday, 5th November", a
// Perth JazzHR "2:00pm AWST", Dover "after Thanksgiving", a Seattle "5:00 pm Pacific" that is the next morning in
// Singapore. Negatives: an all-hands, the reader approving an offer as hiring manager, a mentee proposing
// "Tuesday at 6pm", a Michael Page salary webinar, a visa appointment, a kindergarten admission interview, a car
// service, a rental inspection, time off approved, compliance training "within 7 days", a research-study
// interview, a Workable post for an employer "within 24 hours", a payroll notice, a vet, an acknowledgement with
// office hours, a request for references by Friday, a council-tax bill. Names, companies and dates are invented;
// answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 31 October 2035, 16:45 local.
const NY = { sentAt: '2035-10-31T16:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2035-10-31T16:45:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2035-10-31T16:45:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2035-10-31T16:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2035-10-31T16:45:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2035-10-31T16:45:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2035-10-31T16:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2035-10-31T16:45:00+00:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2035-10-31T16:45:00+01:00', tz: 'Europe/Amsterdam' } as const;
const LAG = { sentAt: '2035-10-31T16:45:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2035-10-31T16:45:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2035-10-31T16:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2035-10-31T16:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const RUH = { sentAt: '2035-10-31T16:45:00+03:00', tz: 'Asia/Riyadh' } as const;
const KHI = { sentAt: '2035-10-31T16:45:00+05:00', tz: 'Asia/Karachi' } as const;
const BOM = { sentAt: '2035-10-31T16:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2035-10-31T16:45:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2035-10-31T16:45:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2035-10-31T16:45:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2035-10-31T16:45:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2035-10-31T16:45:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2035-10-31T16:45:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2035-10-31T16:45:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

/** Round 540: English whole messages, seventeen positives and seventeen negatives. */
export const ROUND_540_EN: readonly PhraseRow[] = [
  // Positives.
  {
    text: mail(
      'Hi Natalie,',
      '',
      'Thank you for meeting with the panel on Monday. We have now completed all final-round interviews for the Senior Financial Analyst role, and we expect to share a decision with every finalist by Friday.',
      '',
      'Best regards,',
      'Joanne Pierce',
      'Talent Acquisition, Hudson Valley Credit Union',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2035-11-02', phrase: 'by Friday', fuzzy: false }],
  },
  {
    text: mail(
      'Hi Oliver,',
      '',
      'Thanks for your patience while we lined up the panel. Here is your invitation for the next stage:',
      '',
      'Stage: Hiring Manager Interview – Product Marketing Manager, EMEA',
      'When: Tuesday, November 6 at 9:00 AM ET (45 minutes)',
      'With: Dana Whitfield, VP Marketing',
      'Where: Zoom, link in the calendar hold',
      '',
      'Reply here if the time no longer works.',
      '',
      'Thanks,',
      'Harper',
      'Recruiting Coordinator, Ledgerline (Boston)',
      'Scheduled with Gem',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2035-11-06', time: '14:00', phrase: 'Tuesday, November 6 at 9:00 AM ET' },
    ],
  },
  {
    text: mail(
      'Hello Marisol,',
      '',
      'Thank you for interviewing for the Registered Dietitian position at Lakeview Senior Living. The hiring team is wrapping up interviews this week and will make its decision early next week. We will reach out to you either way.',
      '',
      'Sincerely,',
      'Lakeview Senior Living Recruiting',
      'Sent via Jobvite',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2035-11-07', phrase: 'early next week', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Abdullah,',
      '',
      'Thank you for your interest in the Procurement Specialist vacancy (Requisition 35-00921). We are pleased to invite you to an in-person interview at our Riyadh head office.',
      '',
      'Interview Date: 2035-11-04',
      'Interview Time: 10:00 (Riyadh time)',
      'Location: Tower B, 14th Floor, King Fahd Road',
      '',
      'Please bring a copy of your national ID or Iqama.',
      '',
      'Regards,',
      'Recruitment Department',
      'Najd Industrial Holding',
      'Oracle Recruiting Cloud',
    ),
    ...RUH,
    expect: [{ kind: 'interview', by: '2035-11-04', time: '10:00', phrase: 'Interview Date: 2035-11-04' }],
  },
  {
    text: mail(
      'Hi Ruben,',
      '',
      'Thanks for your time at Havenkade Logistics this morning; they told me it was a good conversation. They have two more candidates to see tomorrow and promised me feedback within 5 working days. I will call you as soon as I hear anything.',
      '',
      'Kind regards,',
      'Femke de Vries',
      'Consultant Supply Chain, Randstad Professional',
    ),
    ...AMS,
    expect: [{ kind: 'response-by', by: '2035-11-07', phrase: 'within 5 working days', fuzzy: false }],
  },
  {
    text: mail(
      'Hi Ethan Cho,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type:',
      'Intro call: Senior iOS Engineer (30 min)',
      '',
      'Invitee:',
      'Ethan Cho',
      '',
      'Event Date/Time:',
      '11:00am - 11:30am (Pacific Time - US & Canada) on Friday, November 2, 2035',
      '',
      'Location:',
      'Hannah Ruiz will call you at the number you provided.',
      '',
      'Hannah Ruiz, Founder, Tidepool Apps',
      'Powered by Calendly.com',
    ),
    ...VAN,
    expect: [
      {
        kind: 'interview',
        by: '2035-11-02',
        time: '11:00',
        phrase: '11:00am - 11:30am (Pacific Time - US & Canada) on Friday, November 2, 2035',
      },
    ],
  },
  {
    text: mail(
      'Dear Luis Ortega,',
      '',
      'The status of your application for Hydrologic Technician, GS-1316-07, announcement FR-35-4418-MP, has been updated to: Referred to Hiring Manager.',
      '',
      'Your application was referred on October 29, 2035. The hiring manager is expected to make a selection within 30 days of the referral date, and you will be notified of the result by email.',
      '',
      'This message was sent from USAJOBS; please do not reply.',
    ),
    ...DEN,
    expect: [
      { kind: 'response-by', by: '2035-11-28', phrase: 'within 30 days of the referral date', fuzzy: false },
    ],
  },
  {
    text: mail(
      'Hi Shu Fen,',
      '',
      'Thanks for taking my call just now. As mentioned, your CV has gone to the hiring manager at the fund together with two other profiles. She is travelling this week and the client will revert on the shortlist by the middle of next week.',
      '',
      'Best,',
      'Daniel Koh',
      'Manager, Financial Services | Michael Page Singapore',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2035-11-07', phrase: 'by the middle of next week', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Mr Lam,',
      '',
      'Thank you for your application for the position of Assistant Property Manager (Ref: APM/35/112). Your application is being processed.',
      '',
      'Please note that we are unable to respond to telephone enquiries regarding the status of applications. Only shortlisted candidates will be contacted.',
      '',
      'Human Resources Department',
      'Harbourfront Estates Management Limited',
    ),
    ...HKG,
    expect: [{ kind: 'no-calls', phrase: 'we are unable to respond to telephone enquiries' }],
  },
  {
    text: mail(
      'Dear Sipho,',
      '',
      'Reference: Electrical Engineer in Training (Req 41877)',
      '',
      'Thank you for attending the interview on 24 October. Unfortunately, on this occasion you have not been successful. We appreciate the effort you put into the process and encourage you to keep an eye on our careers page.',
      '',
      'Regards,',
      'Talent Acquisition',
      'Highveld Power Utilities',
      '(sent from SAP SuccessFactors)',
    ),
    ...JNB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Hi Amira,',
      '',
      'It was a pleasure to have you in for the final round on Monday. I am delighted to extend you an offer to join Maple & Rye as Brand Designer! You will find the offer letter and benefits summary in your Teamtailor candidate page.',
      '',
      'The offer is open until November 9; let me know if you would like to go through anything before then.',
      '',
      'Warmly,',
      'Claire Dubois',
      'Head of People, Maple & Rye',
    ),
    ...TOR,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Dear Kwame Asante,',
      '',
      'INVITATION FOR INTERVIEW – ASSISTANT PLANNING OFFICER',
      '',
      'We are pleased to inform you that you have been shortlisted for the above position. The interview is scheduled for Thursday, 15th November, 2035 at 9:00am GMT at the Authority’s head office, Ridge, Accra.',
      '',
      'You are to bring along the originals of your certificates and your national identification (Ghana Card).',
      '',
      'Yours faithfully,',
      'Ag. Director, Human Resource',
      'Coastal Land Use Planning Authority',
    ),
    ...ACC,
    expect: [
      {
        kind: 'interview',
        by: '2035-11-15',
        time: '09:00',
        phrase: 'Thursday, 15th November, 2035 at 9:00am GMT',
      },
    ],
  },
  {
    text: mail(
      'Hi Ellie,',
      '',
      'Thanks for applying for our Junior Copywriter role, and for the lovely portfolio. We are keeping the role open to applications until Friday 9 November, so please don’t contact us for an update until after that date. We will let every applicant know how they got on within two weeks of the closing date.',
      '',
      'Best wishes,',
      'The team at Saltmarsh Creative',
      'Sent via Pinpoint',
    ),
    ...LDN,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2035-11-10',
        phrase: 'don’t contact us for an update until after that date',
      },
      { kind: 'response-by', by: '2035-11-23', phrase: 'within two weeks of the closing date', fuzzy: false },
    ],
  },
  {
    text: mail(
      'Dear Ms Hira Baig,',
      '',
      'With reference to your application for the post of Relationship Officer – Corporate Banking, you are requested to appear for an interview. Your interview is scheduled at 3:30 pm on Monday, 5th November 2035 at our head office, I.I. Chundrigar Road, Karachi.',
      '',
      'Kindly bring your original CNIC and educational documents.',
      '',
      'Regards,',
      'Human Resource Division',
      'Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [
      { kind: 'interview', by: '2035-11-05', time: '15:30', phrase: '3:30 pm on Monday, 5th November 2035' },
    ],
  },
  {
    text: mail(
      'Hi Jack,',
      '',
      'Thanks for applying for the Maintenance Planner role at Pilbara Ridge Mining. We would love to have a chat with you over Teams on Tuesday 13 November at 2:00pm AWST. Please confirm that time suits by replying to this email.',
      '',
      'Cheers,',
      'Shannon Kelly',
      'Recruitment Advisor, Pilbara Ridge Mining',
      'Sent via JazzHR',
    ),
    ...PER,
    expect: [
      { kind: 'interview', by: '2035-11-13', time: '14:00', phrase: 'Tuesday 13 November at 2:00pm AWST' },
    ],
  },
  {
    text: mail(
      'Hey Marcus,',
      '',
      'Quick update from our side: you are one of two finalists for the founding account executive role, which is great news. Our CEO is out for most of November and we are pausing the search over the holiday, so we will get back to both finalists after Thanksgiving.',
      '',
      'Thanks for hanging in there,',
      'Priya',
      'Recruiting, Cactus Labs (via Dover)',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2035-11-29', phrase: 'after Thanksgiving', fuzzy: true }],
  },
  {
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thanks for a great first conversation! The team would like to invite you to the technical interview for the Data Platform Engineer (APAC) role, on Wednesday 7 November at 5:00 pm Pacific, with Rajesh and Carmen from our Seattle office.',
      '',
      'You will get a calendar invitation with the video link shortly.',
      '',
      'Best,',
      'Morgan',
      'Recruiting Coordinator, Cascade Data',
      'Sent via Greenhouse',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2035-11-08',
        time: '09:00',
        phrase: 'Wednesday 7 November at 5:00 pm Pacific',
      },
    ],
  },

  // Negatives.
  {
    text: mail(
      'Hi all,',
      '',
      'Happy Halloween! Tomorrow’s all-hands moves to Thursday at 4pm ET in the big conference room so that we can finish with the costume contest. Leadership will share the 2036 hiring plan and the results of the engagement survey.',
      '',
      'See you there,',
      'Internal Communications',
    ),
    ...NY,
    expect: [],
  },
  {
    text: mail(
      'Hi Gareth,',
      '',
      'An offer for your open role is waiting for your approval.',
      '',
      'Candidate: Jamie Cole',
      'Role: Customer Support Team Lead',
      'Proposed start date: Monday 3 December 2035',
      '',
      'Please approve or decline in Ashby by Friday so that the recruiter can send the offer on Monday.',
      '',
      'Ashby Notifications',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Teresa,',
      '',
      'Thank you so much for agreeing to mentor me through the women in engineering programme! Would Tuesday at 6pm work for our first session? I have a few questions about preparing for my promotion interview in January.',
      '',
      'Best,',
      'Gabriela',
    ),
    ...LA,
    expect: [],
  },
  {
    text: mail(
      'Hi Siobhán,',
      '',
      'Thinking about a move in 2036? Join our free webinar, Negotiating your salary in 2036, on Thursday 8 November at 12:30 GMT. Our consultants will share findings from the Michael Page Salary Guide and answer your questions live.',
      '',
      'Register now: places are limited.',
      '',
      'Michael Page Ireland',
      'Unsubscribe from marketing emails',
    ),
    ...DUB,
    expect: [],
  },
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment has been successfully scheduled.',
      '',
      'Visa class: B1/B2',
      'Consular section interview: 14 November 2035, 08:15',
      'Location: U.S. Consulate General, Lagos',
      '',
      'Please arrive no more than 15 minutes before your appointment. Mobile phones are not permitted in the building.',
    ),
    ...LAG,
    expect: [],
  },
  {
    text: mail(
      'Dear Mr and Mrs Chan,',
      '',
      'Thank you for applying for a K1 place for Hayden for the 2036–37 school year. We are pleased to invite Hayden and one parent to an admission interview on Saturday 10 November at 9:30am at our Kowloon Tong campus.',
      '',
      'Results will be released in early December.',
      '',
      'Admissions Office',
      'Little Oaks International Kindergarten',
    ),
    ...HKG,
    expect: [],
  },
  {
    text: mail(
      'Hi Chloe,',
      '',
      'Your Corolla is booked in for its 60,000 km service on Monday 5 November at 8:00am at our Artarmon service centre. We expect to have it ready by 4pm the same day. A courtesy car is available on request.',
      '',
      'Northside Toyota Service',
    ),
    ...SYD,
    expect: [],
  },
  {
    text: mail(
      'Kia ora Tama,',
      '',
      'Just letting you know that your routine property inspection is scheduled for Thursday 8 November between 10am and 12pm. You do not need to be home. If you have any maintenance issues, please email us before then.',
      '',
      'Ngā mihi,',
      'Harbour City Property Management',
    ),
    ...AKL,
    expect: [],
  },
  {
    text: mail(
      'Hi Jordan,',
      '',
      'Your time off request has been approved.',
      '',
      'Type: Vacation',
      'Dates: Wednesday, Nov 21 – Friday, Nov 23, 2035',
      'Approved by: Kelsey Grant',
      '',
      'Your remaining vacation balance is 6.5 days.',
      '',
      'BambooHR',
    ),
    ...DEN,
    expect: [],
  },
  {
    text: mail(
      'Dear all,',
      '',
      'The mandatory POSH awareness session for all Pune employees will be held on Friday, 2 November at 3 PM IST in Training Room 3 and on Teams. Those who cannot attend must complete the e-learning module within 7 days.',
      '',
      'Regards,',
      'HR & Compliance',
    ),
    ...BOM,
    expect: [],
  },
  {
    text: mail(
      'Hi Keisha,',
      '',
      'Thank you for volunteering for our study on how people use flexible work arrangements. Your interview is scheduled for Tuesday, November 6 at 1pm and will take about 45 minutes on Zoom. You will receive a $25 gift card within 2 weeks of the interview.',
      '',
      'Best,',
      'Research Team, Future of Work Lab',
    ),
    ...TOR,
    expect: [],
  },
  {
    text: mail(
      'Hi Brandon,',
      '',
      'Your job Warehouse Associate – Night Shift is now live on Workable and has been posted to 12 job boards. You should start receiving candidates within 24 hours. The posting closes on November 30.',
      '',
      'Tip: reply to applicants within 3 days to keep them engaged.',
      '',
      'The Workable Team',
    ),
    ...CHI,
    expect: [],
  },
  {
    text: mail(
      'Dear colleagues,',
      '',
      'Please note that November salaries will be credited on 28 November because of the public holiday. Payslips will be available on the HR portal within 2 working days after payment.',
      '',
      'Payroll Unit',
    ),
    ...KUL,
    expect: [],
  },
  {
    text: mail(
      'Hi Niamh,',
      '',
      'Bella is due her annual booster vaccination. We have reserved Tuesday 6 November at 17:20 with Dr Walsh; please reply to confirm or call us to change it.',
      '',
      'Phoenix Park Veterinary Clinic',
    ),
    ...DUB,
    expect: [],
  },
  {
    text: mail(
      'Hi Jasmine,',
      '',
      'We have received your application for Customer Service Associate (Night Shift). Our recruitment team will review it and get in touch if your profile matches our requirements.',
      '',
      'Our recruitment office is open Monday to Friday, 8:00 AM to 5:00 PM.',
      '',
      'Thank you,',
      'Talent Acquisition, Bayview Contact Solutions',
    ),
    ...MNL,
    expect: [],
  },
  {
    text: mail(
      'Dear Faith,',
      '',
      'Thank you again for attending the interview on Monday. To complete our checks, please send us the contact details of two referees and a certified copy of your degree certificate by Friday.',
      '',
      'Kind regards,',
      'Human Resources',
      'Rift Valley Water Services',
    ),
    ...NBO,
    expect: [],
  },
  {
    text: mail(
      'Dear Resident,',
      '',
      'Your council tax instalment of £162.00 will be collected by direct debit on 15 November 2035. If you have any questions about your bill, our contact centre is open Monday to Friday, 9am to 5pm.',
      '',
      'Revenues and Benefits Service',
      'Southfield Borough Council',
    ),
    ...LDN,
    expect: [],
  },
];
