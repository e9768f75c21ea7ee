// The seventh held-out English round of issue 13 (round 100 and after): whole messages modelled on the layouts of
// public ATS and HR templates (Greenhouse-style confirmations, reschedule notices, shortlisting letters, rejection
// and offer letters, out-of-office replies), rewritten with names, companies and dates of our own, from Singapore,
// Hong Kong, Pakistan, Kenya, South Africa, India, Australia, Ireland, the UK, the US and Canada. Negatives are the
// hard kind an inbox holds: job alerts, webinars, assessment windows, benefits enrolment, payslips, shipping
// notices, calendar digests, the candidate's own sent text, legal footers, application receipts. Each row's answer
// was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; first-run figures are in FIRST_RUN
// (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Monday 11 January 2027, 09:00 in Singapore (day-first dates).
const SIN = { sentAt: '2027-01-11T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Wednesday 13 January 2027, 09:00 in Singapore.
const SIN3 = { sentAt: '2027-01-13T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Tuesday 12 January 2027, 10:00 in Hong Kong (day-first dates).
const HKG = { sentAt: '2027-01-12T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Wednesday 13 January 2027, 11:00 in Lahore (day-first dates).
const LHE = { sentAt: '2027-01-13T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Monday 11 January 2027, 09:00 in Nairobi.
const NBO = { sentAt: '2027-01-11T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 12 January 2027, 08:30 in Cape Town.
const CPT = { sentAt: '2027-01-12T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 13 January 2027, 09:00 in Melbourne.
const MEL = { sentAt: '2027-01-13T09:00:00+11:00', tz: 'Australia/Melbourne' } as const;
// Tuesday 12 January 2027, 09:00 in Toronto.
const TOR = { sentAt: '2027-01-12T09:00:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 14 January 2027, 10:00 in Dublin.
const DUB = { sentAt: '2027-01-14T10:00:00+00:00', tz: 'Europe/Dublin' } as const;
// Monday 11 January 2027, 10:00 in London.
const LDN = { sentAt: '2027-01-11T10:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 13 January 2027, 09:00 in San Francisco.
const SFO = { sentAt: '2027-01-13T09:00:00-08:00', tz: 'America/Los_Angeles' } as const;
// Thursday 14 January 2027, 08:00 in Chicago.
const CHI = { sentAt: '2027-01-14T08:00:00-06:00', tz: 'America/Chicago' } as const;
// Tuesday 12 January 2027, 10:00 in Mumbai (day-first dates).
const BOM = { sentAt: '2027-01-12T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Monday 11 January 2027, 09:00 in Calgary.
const YYC = { sentAt: '2027-01-11T09:00:00-07:00', tz: 'America/Edmonton' } as const;

/** Round 100: English recruiter mail and ATS templates as whole messages, seventh unseen round. */
export const ROUND_100_EN: readonly PhraseRow[] = [
  {
    ...SIN,
    text: "Hi Darren,\n\nThanks for confirming your availability! Your interview for Senior Product Designer at Kopi Labs has been scheduled.\n\nInterview: Portfolio Review\nWhen: Wed, 20 Jan 2027 · 10:30 – 11:30 SGT\nWhere: Google Meet – meet.google.com/abc-defg-hij\nInterviewer(s): Farah Ismail (Design Lead), Kenji Watanabe\n\nNeed to make a change? Just reply to this email and we'll sort it out.\n\nCheers,\nThe Kopi Labs Talent Team",
    expect: [{ kind: 'interview', by: '2027-01-20', time: '10:30' }],
  },
  {
    ...HKG,
    text: "Dear Ms. Leung,\n\nI'm sorry to write with a change. One of our panel members has been called away, so we are unable to proceed with your interview on Friday 15 January at 3:00 pm.\n\nWould Tuesday 19 January at 11:00 am (HKT) suit you instead? The venue remains the same: 16/F, Harcourt House, 39 Gloucester Road, Wan Chai.\n\nApologies again for the short notice.\n\nBest regards,\nKelvin Tse\nRecruitment Officer\nHarbourline Securities Ltd.\nDirect: +852 3001 2288",
    expect: [{ kind: 'interview', by: '2027-01-19', time: '11:00' }],
  },
  {
    ...LHE,
    text: 'Dear Ayesha,\n\nCongratulations on clearing the written test for Management Trainee Officer. Please choose ONE slot for your panel interview by replying with the slot number:\n\nSlot A\tMon 18/01/2027\t10:00 – 10:30\nSlot B\tMon 18/01/2027\t14:00 – 14:30\nSlot C\tTue 19/01/2027\t11:30 – 12:00\n\nNote: Slots are allocated on first-come basis. Please reply by 15/01/2027.\n\nRegards,\nTalent Acquisition\nPunjab Orchard Bank Ltd | 42-Mall Road, Lahore\nUAN: 111-222-333',
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Otieno,\n\nRE: STATUS OF YOUR APPLICATION – PROCUREMENT ASSISTANT (REF: PA/01/2027)\n\nThank you for your continued interest. Kindly note that shortlisting is ongoing and interviews for shortlisted candidates are planned for 25th–26th January 2027 at our Upper Hill offices. We shall communicate the outcome of the shortlisting exercise to all applicants on or before 20th January 2027.\n\nYours faithfully,\nGrace Muthoni\nFor: Human Resources Manager\nTaifa Mills Limited\nP.O. Box 30211-00100, Nairobi | Tel: 0722 000 111',
    expect: [{ kind: 'response-by', by: '2027-01-20' }],
  },
  {
    ...CPT,
    text: 'Good day Sipho,\n\nThis is an automated acknowledgement. Your application for Graduate Engineer-in-Training (Ref GE2027-03) has been received.\n\nClosing date: 29 January 2027\nInterview period: 15 – 26 February 2027 (shortlisted candidates only)\n\nDue to the high volume of applications, only shortlisted candidates will be contacted. If you do not hear from us within six weeks of the closing date, please regard your application as unsuccessful.\n\nUmhlanga Rail Engineering (Pty) Ltd\nPrivate Bag X9, Cape Town 8000',
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...MEL,
    text: "Hi Tom,\n\nThanks for your note. Quick heads up: I'm on annual leave from this Friday and back on deck Monday 1 Feb. Happy to chat about next steps for the Data Engineer role when I'm back – no need to chase in the meantime, Aisha in our team has all your details.\n\nTa,\nGeorgie Papadopoulos\nTalent Partner | Yarra Energy\n0400 111 222",
    expect: [{ kind: 'no-contact-before', by: '2027-02-01' }],
  },
  {
    ...TOR,
    text: 'Hello Marc,\n\nThank you for applying to the Client Service Representative position with Lakeshore Credit Union. We have received your application and our team is reviewing all submissions.\n\nKindly refrain from calling our branches or the contact centre about your application – they have no access to recruitment records. Only candidates selected for an interview will be contacted.\n\nMerci / Thank you,\nLakeshore Credit Union – Talent Acquisition\n100 King St W, Toronto ON M5X 1A9\n\nThis email was sent from a notification-only address that cannot accept incoming email.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DUB,
    text: 'Dear Ciarán,\n\nThank you for attending for interview for the post of Clinical Nurse Manager 2 on 7th January.\n\nHaving considered all candidates, the interview board has not recommended you for appointment on this occasion. Should you wish to receive feedback, please contact the HR Department in writing within 10 working days.\n\nIs mise le meas,\nHR Department\nMidlands Community Health Services\nArden Road, Tullamore, Co. Offaly',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN,
    text: "Hi Priyanka,\n\nGreat news – following your final interview last Thursday, I'm delighted to say that the team would like to make you an offer for the Senior Analyst role! Headline terms:\n\n• Base salary: £62,000\n• Bonus: up to 10%\n• Start date: Monday 1 March 2027 (negotiable)\n\nThe written contract will follow from our HR team within 2 working days. Could you let me know your decision by close of play Friday 15th?\n\nSpeak soon,\nOllie Hartnell\nAssociate Director | Thameside Recruitment Partners\nM: 07700 900123",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-01-13' },
    ],
  },
  {
    ...SFO,
    text: "Hey Carlos — thanks again for spending the afternoon with us yesterday. Everyone enjoyed meeting you. We've got one more candidate coming in on Friday, and then the panel is sitting down Monday afternoon to compare notes, so realistically you should hear something from me by Wednesday the 20th at the latest. If anything changes on our side I'll let you know.\n\nbest,\nNoor\n\nSent from my iPhone",
    expect: [{ kind: 'response-by', by: '2027-01-20' }],
  },
  {
    ...CHI,
    text: "Hi Dana,\n\nThanks for following up. We're still working through the final round and won't have anything to share until after the 22nd, so I'd ask that you hold off on reaching out again until the week of the 25th. I promise you won't be forgotten!\n\nBest,\nRyan Kowalczyk | Talent Acquisition\nPrairie Freight Systems\n312.555.0148",
    expect: [{ kind: 'no-contact-before', by: '2027-01-25' }],
  },
  {
    ...BOM,
    text: 'Dear Candidate,\n\nGreetings from Vriksha Infotech!!\n\nWith reference to your profile, we are pleased to invite you for the F2F interview for the post of Java Developer (3-5 yrs).\n\nInterview Date : 16-Jan-2027 (Saturday)\nReporting Time : 9.30 AM\nVenue : Vriksha Infotech Pvt Ltd, 4th Floor, Sigma Tech Park, Whitefield, Bengaluru – 560066\nContact Person : Ms. Deepa (HR)\n\nKindly carry 2 copies of updated resume, 1 passport size photo and any Govt ID proof.\nPlease confirm your presence by replying to this mail.\n\nThanks & Regards,\nHR Team – Vriksha Infotech\nMob: +91 98450 12345',
    expect: [{ kind: 'interview', by: '2027-01-16', time: '09:30' }],
  },
  {
    ...YYC,
    text: "Hi Jenna,\n\nQuick update on Thursday – our VP got pulled into a board meeting so we've had to shift your final interview from Thursday Jan 14 at 2:00 PM MT to Monday Jan 18, same time. Updated invite to follow. Sorry about the shuffle!\n\nKyle\n\nKyle Brandt | Recruiting Lead\nChinook Analytics Inc.\n403-555-0177 | 800 6 Ave SW, Calgary, AB",
    expect: [{ kind: 'interview', by: '2027-01-18', time: '14:00' }],
  },
  {
    ...TOR,
    text: "Jobs you may be interested in\n\nSenior Data Analyst – Maple Leaf Retail – Toronto, ON\nPosted 2 days ago · Apply by 29/01/2027\n\nBusiness Intelligence Developer – Northlight Insurance – Mississauga, ON\nPosted 11 January 2027 · Interviews from 1 February\n\nData Engineer II – Ridgeback Logistics – Remote (Canada)\nEasy Apply · 48 applicants\n\nSee all jobs\n\nYou're receiving this alert because you saved a search on JobNorth. Unsubscribe | Manage alerts\nJobNorth Inc., 220 Yonge St, Toronto ON",
    expect: [],
  },
  {
    ...LDN,
    text: "You're invited: \"Cracking the Case Interview\" – live webinar\n\nJoin our careers coaches on Wednesday 20 January 2027, 6:30pm – 7:30pm GMT for a live walkthrough of case interview frameworks, with Q&A.\n\nRegister now →\n\nCan't make it live? Register anyway and we'll send you the recording within 48 hours.\n\nCareerLift Ltd, 5 Chancery Lane, London WC2A 1LG. You are receiving this because you subscribed to CareerLift updates.",
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Rohan,\n\nAs the next step of your application for Associate – Risk Analytics, you are invited to complete an online assessment on the HireScore platform.\n\nAssessment window: 12 Jan 2027, 10:00 IST to 15 Jan 2027, 23:59 IST\nDuration: 75 minutes (Aptitude + Coding)\nLink: https://app.hirescore.example/t/8fj2k\n\nPlease ensure a stable internet connection. Candidates who do not attempt the test within the window will not be considered further.\n\nRegards,\nCampus Hiring Team\nKestrel Financial Services',
    expect: [],
  },
  {
    ...CHI,
    text: "Reminder: Open enrollment closes Friday, January 22 at 11:59 p.m. CT\n\nHi Marcus,\n\nYou haven't completed your 2027 benefits elections yet. New hire enrollment must be completed within 30 days of your hire date (12/28/2026). Coverage begins on the first of the month following 30 days of employment.\n\nLog in to BenefitsHub to enroll.\n\nQuestions? Call the Benefits Service Center at 1-800-555-0199, Monday–Friday, 7 a.m. to 7 p.m. CT.",
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Employee,\n\nYour payslip for the month of December 2026 is attached. Salary was credited to your account on 28/12/2026. The January 2027 payroll cut-off is 20th January and salaries will be paid on or before 27th January 2027.\n\nThe password to open the attachment is your KRA PIN.\n\nPayroll Team\nAmani Hospitality Group',
    expect: [],
  },
  {
    ...MEL,
    text: "Your order is on its way!\n\nHi Liam, good news – order #AU-448120 has shipped.\n\nEstimated delivery: Mon 18 Jan – Wed 20 Jan\nCarrier: AusPost Express\nTracking: 33LPX0012345\n\nWe'll email you again when it's out for delivery. Please allow up to 2 business days for tracking to update.\n\nOfficeNest Australia Pty Ltd · ABN 12 345 678 901",
    expect: [],
  },
  {
    ...SFO,
    text: "Hiring Pod – weekly digest\n\nMon 18 Jan 10:00 AM – Onsite: Frontend Engineer (candidate: R. Iyer)\nTue 19 Jan 3:30 PM – Debrief: Frontend Engineer\nWed 20 Jan 9:00 AM – Phone screen (candidate: M. Osei)\n\nYou're subscribed to the Hiring Pod calendar. Manage notification settings",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Sophie,\n\nThank you so much for your time on the phone this morning. Just to confirm, I'm available for the second-stage interview on any of the following: Tuesday 19th (after 2pm), Wednesday 20th (all day) or Friday 22nd morning.\n\nI'm also away from 1 to 5 February, so it would be great to get something in before then if possible.\n\nKind regards,\nAmara Okafor\n07911 234567",
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Aoife,\n\nAttached is the signed NDA as discussed. Let me know if you need anything else.\n\nThanks,\nRobert\n\n--\nEmerald Fintech Ltd is registered in Ireland (No. 612345). Registered office: 2 Grand Canal Square, Dublin 2. This email and any attachments are confidential. Our privacy notice was updated on 1 January 2027. Our offices will be closed from 5pm Friday 15 January until 9am Monday 18 January for systems maintenance.',
    expect: [],
  },
  {
    ...SFO,
    text: "Thanks for applying to Redwood Robotics!\n\nHi Mei,\n\nWe've received your application for Controls Engineer (Req #R-10442).\nSubmitted: 01/12/2027 4:52 PM PST\n\nOur team reviews every application carefully. If your background is a match, a recruiter will reach out to discuss next steps.\n\nIn the meantime, check out our Life at Redwood page.\n\nThe Redwood Robotics Recruiting Team\n\nRedwood Robotics is an Equal Opportunity Employer. © 2027 Redwood Robotics, Inc. 1600 Amphitheatre Way, Sunnyvale, CA 94089",
    expect: [],
  },
  {
    ...SIN3,
    text: "Hi Wei Jie,\n\nPerfect, Thursday 21 January at 4.30pm it is. I've sent the Teams invite across.\n\nRegards,\nMelissa\n\nFrom: Wei Jie Tan <weijie.tan@gmail.com>\nSent: Tuesday, 12 January 2027 8:14 PM\nTo: Melissa Ong <melissa.ong@straitsbio.sg>\nSubject: RE: Interview availability – QA Specialist\n\nHi Melissa,\nThank you for the update. I am free on Wednesday 20 Jan after 3pm or Thursday 21 Jan from 4pm onwards.\nBest,\nWei Jie",
    expect: [{ kind: 'interview', by: '2027-01-21', time: '16:30' }],
  },
  {
    ...DUB,
    text: 'Dear Eimear,\n\nThank you for attending the assessment centre. The remaining candidates are being interviewed on Thursday 21 January, and the panel expects to make its recommendation within five working days of that date. You will be notified by email once a decision has been reached.\n\nKind regards,\nSiobhán Byrne\nHR Officer, Liffey Water Services',
    expect: [{ kind: 'response-by', by: '2027-01-28' }],
  },
  {
    ...TOR,
    text: "Hi Anjali,\n\nJust wanted to close the loop. The hiring manager is travelling this week, but she's blocked time on Monday to go through the shortlist, so I'd expect we'll be in a position to come back to you – one way or the other – by the end of next week.\n\nThanks for bearing with us,\nJess\nJessica Tremblay, CHRP\nTalent Advisor, Borealis Insurance\n416-555-0102",
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...CPT,
    text: 'Dear Applicant,\n\nYour CV has been received for the Call Centre Agent (Durban) vacancy.\n\nPLEASE NOTE: Our consultants are unable to take calls or WhatsApp messages regarding applications. Should you be shortlisted, you will be contacted telephonically within 14 days.\n\nGood luck!\nShoreline BPO Recruitment\n031 555 0123 | 12 Anton Lembede St, Durban',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2027-01-26' }],
  },
  {
    ...LHE,
    text: 'Dear Usman,\n\nThank you for your email. I am travelling for campus drives till 24th January and will have limited access to email. Kindly resend your query on or after 25th Jan and I will respond at the earliest.\n\nRegards,\nMehwish Anwar\nSenior Officer Talent Acquisition\nCrescent Cement Ltd | 7-A Gulberg III, Lahore',
    expect: [{ kind: 'no-contact-before', by: '2027-01-25' }],
  },
  {
    ...CPT,
    text: "Automatic reply: Re: Your application\n\nHello, I'm currently out of office with no access to email, returning Tuesday 19 January. If your matter is urgent please contact reception on +27 21 555 0100.\n\nNaledi Mokoena | People Partner",
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06
    // ruling, left as written until round 190's rules read this wording of the return).
    expect: [{ kind: 'no-contact-before', by: '2027-01-19' }],
  },
  {
    ...SIN,
    text: 'Dear Arjun,\n\nFollowing your conversation with our recruiter, we would like to invite you to a technical interview with our engineering team in Sydney.\n\nDate/Time: Thursday 14 January 2027, 14:00 (AEDT)\nDuration: 60 minutes\nPlatform: Zoom (link below)\n\nPlease note the time above is Sydney time.\n\nKind regards,\nHarbourBridge Payments – Talent Team',
    expect: [{ kind: 'interview', by: '2027-01-14', time: '11:00' }],
  },
  {
    ...NBO,
    text: 'Dear Achieng,\n\nLETTER OF OFFER – SENIOR ACCOUNTANT\n\nFurther to the interviews held on 6th January 2027, we are pleased to offer you employment as Senior Accountant on the terms set out in the attached letter, with effect from 1st February 2027.\n\nKindly signify your acceptance by signing and returning a copy of this letter on or before 18th January 2027, failing which the offer shall lapse.\n\nYours sincerely,\nPeter Kamau\nHead of Human Capital\nRift Valley Agro-Processors Ltd',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SFO,
    text: "hey Jordan – I wanted to give you a heads-up before the official email lands. The team decided not to move forward after the onsite on the 8th. I know that's not what you were hoping to hear. Happy to jump on a call Friday if you want feedback – just lmk.\n\n– Tasha",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOM,
    text: 'Dear Sneha,\n\nGreetings! Thank you for your time for the discussion with our Delivery Head today. Your feedback is positive and we are moving your profile to the HR round. I will share the HR round schedule with you by tommorow EOD.\n\nWarm regards,\nKaran Malhotra\nTalent Acquisition | Indigo Bay Technologies\n+91 98200 55555',
    expect: [{ kind: 'response-by', by: '2027-01-13' }],
  },
  {
    ...LDN,
    text: 'Dear Candidate,\n\nThank you for attending the first-stage interview for the Graduate Scheme.\n\nWe are interviewing over 200 applicants across three weeks. To keep the process fair, we ask that you refrain from contacting individual assessors, and that you do not chase for feedback until the interview process concludes on 29 January. All candidates will receive an email with their outcome by 12 February 2027.\n\nGraduate Recruitment Team\nAlbion & Marsh LLP – authorised and regulated by the Solicitors Regulation Authority (SRA No. 600123)',
    expect: [
      { kind: 'no-calls' },
      { kind: 'no-contact-before', by: '2027-01-29', fuzzy: true },
      { kind: 'response-by', by: '2027-02-12' },
    ],
  },
  {
    ...YYC,
    text: "The Talent Digest – January 2027 edition\n\nIn this issue:\n• Hiring outlook: 62% of Alberta employers plan to add staff by Q2\n• Event: Calgary Tech Careers Fair, Thursday Feb 4, 10am–4pm, BMO Centre\n• Tip of the month: follow up within 48 hours of an interview\n\nYou're receiving this because you signed up at prairiecareers.example. Unsubscribe.",
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Tanya,\n\nThanks so much for referring Daniel! He's booked in for a phone screen with me on Tuesday, January 19 at 10am. I'll let you know how it goes.\n\nBest,\nMarisol Vega\nRecruiter, Lakeview Analytics",
    expect: [],
  },
  {
    ...TOR,
    text: 'Interview Confirmation\u00a0\u00a0|\u00a0 Northfield Health\n\nHello\u00a0Rahul,\n\nYour interview is confirmed.\n\n\u2022\u00a0Position: Clinical Data Coordinator\n\u2022\u00a0Date: 01/19/2027\n\u2022\u00a0Time: 1:15 PM\u00a0Eastern\n\u2022\u00a0Location: 250 University Ave, 7th floor – ask for Maria at reception\n\nIf you need to reschedule, please use the link in this email at least 24 hours in advance.\n\nNorthfield Health is an equal opportunity employer.',
    expect: [{ kind: 'interview', by: '2027-01-19', time: '13:15' }],
  },
  {
    ...MEL,
    text: "Hi Priya,\n\nUnfortunately we need to cancel tomorrow's 11:30am interview, as the role has been put on hold pending a restructure. I'll be in touch if it reopens. Sorry for the inconvenience.\n\nRegards,\nBen Castellano\nRecruitment Consultant | Southbank Talent\n03 9000 1234",
    expect: [],
  },
];

// Round 100b: the week of Monday 1 February 2027.
// Monday 1 February 2027, 09:00 in New York; Tuesday 2 February in Denver; Wednesday 3 February in Vancouver;
// Thursday 4 February in Halifax.
const NYC_B = { sentAt: '2027-02-01T09:00:00-05:00', tz: 'America/New_York' } as const;
const DEN_B = { sentAt: '2027-02-02T09:00:00-07:00', tz: 'America/Denver' } as const;
const VAN_B = { sentAt: '2027-02-03T09:00:00-08:00', tz: 'America/Vancouver' } as const;
const HAL_B = { sentAt: '2027-02-04T09:00:00-04:00', tz: 'America/Halifax' } as const;
// Tuesday 2 February 2027 in Sydney, Islamabad, Nairobi and Dublin; Wednesday 3 February in Perth, Singapore, Delhi
// and Edinburgh; Monday 1 February in Hong Kong and Johannesburg.
const SYD_B = { sentAt: '2027-02-02T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
const ISB_B = { sentAt: '2027-02-02T09:00:00+05:00', tz: 'Asia/Karachi' } as const;
const NBO_B = { sentAt: '2027-02-02T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const DUB_B = { sentAt: '2027-02-02T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
const PER_B = { sentAt: '2027-02-03T09:00:00+08:00', tz: 'Australia/Perth' } as const;
const SIN_B = { sentAt: '2027-02-03T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
const DEL_B = { sentAt: '2027-02-03T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const EDI_B = { sentAt: '2027-02-03T09:00:00+00:00', tz: 'Europe/London' } as const;
const HKG_B = { sentAt: '2027-02-01T09:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const JNB_B = { sentAt: '2027-02-01T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 100b: a second fresh round of whole messages, written after round 100's fixes. */
export const ROUND_100B_EN: readonly PhraseRow[] = [
  {
    ...NYC_B,
    text: 'Interview Scheduled\n\nCandidate: Jordan Ellis\nJob Requisition: R-22871 Financial Analyst II\nInterview Type: Virtual – Microsoft Teams\nStart: 02/09/2027 01:30 PM Eastern Standard Time\nEnd: 02/09/2027 02:15 PM Eastern Standard Time\nInterviewers: Lauren Fisk; Omar Haddad\n\nPlease do not reply to this message. To make changes, contact your recruiter.',
    expect: [{ kind: 'interview', by: '2027-02-09', time: '13:30' }],
  },
  {
    ...SYD_B,
    text: 'Dear Ms Nguyen,\n\nThank you for your application for the position of APS6 Policy Officer (Vacancy No. 2027/0142).\n\nThe selection panel has now completed its assessment of applications and I am pleased to advise that you have been shortlisted for interview. Interviews will be conducted in Canberra and via Webex during the week commencing 15 February 2027. The panel will contact you by Friday 5 February to arrange a suitable time.\n\nYours sincerely,\nSelection Panel Chair\nDepartment of Regional Infrastructure',
    expect: [{ kind: 'response-by', by: '2027-02-05' }],
  },
  {
    ...DUB_B,
    text: "Hi Declan,\n\nApologies for the late notice — Niamh is out sick tomorrow so we've postponed your 11am. I've rebooked you for Monday 8th Feb at 11:30 instead, same Teams link.\n\nThanks,\nGráinne\nTalent Team, Shannon Medtech\n+353 61 555 010",
    expect: [{ kind: 'interview', by: '2027-02-08', time: '11:30' }],
  },
  {
    ...HKG_B,
    text: 'Dear Mr. Wong,\n\nThank you for your interest in the Assistant Relationship Manager position. We would like to invite you to a first-round interview. Kindly indicate your availability for the following time slots:\n\n(a) 4 Feb 2027 (Thu) 10:00–10:45\n(b) 4 Feb 2027 (Thu) 15:00–15:45\n(c) 5 Feb 2027 (Fri) 11:00–11:45\n\nPlease reply on or before 2 Feb 2027 (Tue).\n\nBest regards,\nCindy Ho\nTalent Acquisition, Victoria Harbour Bank',
    expect: [],
  },
  {
    ...ISB_B,
    text: 'Dear Mr. Abbasi,\n\nWe are pleased to inform you that you have been selected for the position of Deputy Manager Finance at Margalla Foods (Pvt) Ltd. Your offer letter is attached for your review.\n\nKindly confirm your acceptance latest by 8th February 2027. Your expected date of joining is 1st March 2027.\n\nRegards,\nHuman Resource Department\nMargalla Foods (Pvt) Ltd.\nPlot 21, I-9/3, Islamabad',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DEL_B,
    text: 'Dear Ananya,\n\nThank you for taking the time to interview with us for the role of Product Analyst.\n\nAfter careful evaluation, we regret that we will not be able to take your candidature forward at this point. We will keep your profile in our talent pool for 12 months and reach out if a suitable opening comes up.\n\nWishing you the very best,\nTeam Talent\nKaveri Fintech Pvt. Ltd.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NBO_B,
    text: 'Dear Applicant,\n\nThank you for applying for the position of ICT Officer. Due to the large number of applications received, the shortlisting process is expected to take some time. We kindly request applicants NOT to make follow-up calls or visits to our offices before 26th February 2027, after which the list of shortlisted candidates will be published on our website.\n\nHuman Resource Department\nMombasa County Water Company',
    expect: [{ kind: 'no-contact-before', by: '2027-02-26' }],
  },
  {
    ...JNB_B,
    text: 'Enquiries: Mr T. Ndlovu, Tel: 011 555 0123 (office hours only)\nClosing date: 19 February 2027\n\nNOTE: Applications received after the closing date will not be considered. Correspondence will be limited to shortlisted candidates only. If you have not been contacted within three (3) months of the closing date, please accept that your application was unsuccessful.',
    expect: [{ kind: 'response-by', by: '2027-05-19' }],
  },
  {
    ...EDI_B,
    text: "Dear Fiona,\n\nThank you for taking the time to speak with me yesterday about the Senior UX Researcher role. I really enjoyed learning about the team's plans for the spring launch on 15 March.\n\nAs mentioned, I'm on holiday from 10 to 14 February, but I'm available any other day for a follow-up conversation.\n\nBest wishes,\nCallum Reid",
    expect: [],
  },
  {
    ...VAN_B,
    text: "Hi Mateo,\n\nYou're all set! Here are the details for your Technical Screen with Tidewater Games:\n\nThursday, February 4, 2027\n10:00 AM – 11:00 AM PST\nLocation: Zoom (link in calendar invite)\nWith: Kirra Jensen, Senior Engineer\n\nIf you need to reschedule, please let us know at least 24 hours in advance.\n\nTidewater Games Recruiting",
    expect: [{ kind: 'interview', by: '2027-02-04', time: '10:00' }],
  },
  {
    ...HAL_B,
    text: 'Hi Aisling,\n\nThanks for chatting with me today. Next up is a 45-minute video interview with our hiring manager, Dev Patel, who is based in our Toronto office. He has you down for Tuesday, February 9 at 2:00 p.m. ET. A calendar invitation will follow shortly.\n\nCheers,\nRachel MacIsaac\nRecruiter | Bluenose Energy\n902-555-0142',
    expect: [{ kind: 'interview', by: '2027-02-09', time: '15:00' }],
  },
  {
    ...DEN_B,
    text: 'Hi Kelsey,\n\nAs part of your onboarding with Summit Ridge Health, please complete your background check through ClearPath by Friday, February 5. Once you submit the form, the check typically takes 3–5 business days. Your recruiter will be notified automatically once results are available.\n\nClearPath Screening Services\nThis is an automated message.',
    expect: [],
  },
  {
    ...SIN_B,
    text: 'Dear Mr Lim,\n\nThank you for your application to the Public Service. We wish to inform you that your application for the position of Senior Executive (Digital Services) is currently under review. Shortlisted candidates will be notified within 4 to 6 weeks from the closing date of the job posting (22 January 2027).\n\nThis is a system-generated email. Please do not reply.\n\nCareers@Gov',
    expect: [{ kind: 'response-by', by: '2027-03-05' }],
  },
  {
    ...NYC_B,
    text: 'Your job alert for "data analyst" in New York, NY\n\n12 new jobs match your preferences.\n\nData Analyst, Growth\nHudson Yard Media · New York, NY (Hybrid)\nActively recruiting · 1 day ago\n\nJunior Data Analyst\nBrightlane Health · Brooklyn, NY\nApplication deadline: 02/12/2027\n\nSee all jobs →\n\nYou are receiving Job Alert emails. Unsubscribe',
    expect: [],
  },
  {
    ...SYD_B,
    text: 'Hi Tash,\n\nReminder: Women in Data Sydney – February meetup is this Thursday!\n\n📅 Thursday 4 February, 6:00pm – 8:30pm AEDT\n📍 Level 3, 1 Bligh St, Sydney\n\nTonight\'s panel: "From analyst to lead – navigating your first management interview".\n\nSee you there!\nThe WiD crew',
    expect: [],
  },
  {
    ...PER_B,
    text: "G'day team,\n\nFriendly reminder that timesheets for the fortnight ending Sunday 7 Feb are due by 10am Monday 8 Feb. Pay will hit your accounts on Thursday 11 Feb. No need to call payroll about it – any questions, just email payroll@redearth.com.au.\n\nCheers,\nMick\nRed Earth Mining Services",
    expect: [],
  },
  {
    ...DUB_B,
    text: "Hi Sean,\n\nGreat to hear the interview went well from your side too. The panel are meeting this afternoon; I'll come back to you with their decision by Thursday at the latest.\n\nBest,\nOrla\n\n-----Original Message-----\nFrom: Orla Byrne\nSent: 27 January 2027 16:02\nTo: Sean Kiely\nSubject: Interview confirmation – Project Engineer\n\nHi Sean, confirming your interview on Monday 1 February at 10:00 in our Sandyford office.",
    expect: [{ kind: 'response-by', by: '2027-02-04' }],
  },
  {
    ...NBO_B,
    text: 'Hi Brian, this is Faith from Kilimanjaro Staffing. Client wants to see you tomorow 10am at their Westlands office for the Sales Rep job. Pls confirm asap. Thanks',
    expect: [{ kind: 'interview', by: '2027-02-03', time: '10:00' }],
  },
  {
    ...JNB_B,
    text: 'Dear Lindiwe\n\nWe refer to your application for the above-mentioned position.\n\nWe wish to advise that after careful consideration, your application has not been taken further in the selection process. We thank you for your interest in SA Rail Freight and wish you well in your future career.\n\nKind regards\nTalent Acquisition',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...EDI_B,
    text: "Hi Ewan,\n\nI've just come off the phone with Morag and I'm chuffed to tell you the team want you on board as our new Logistics Coordinator! I'll get the formal paperwork over to you by Wednesday, and if you could give me a shout with your decision by the end of next week that'd be grand.\n\nCheers,\nStuart\nHighland Freight Recruitment | 0131 555 0199",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-02-10' },
    ],
  },
  {
    ...HKG_B,
    text: 'Join us at the HKUST Virtual Career Fair 2027!\n\nDate: 17 February 2027 (Wednesday)\nTime: 14:00 – 18:00 (HKT)\nMeet recruiters from over 80 employers, join live interviews with hiring managers and receive on-the-spot offers.\n\nRegister by 12 Feb to reserve your spot.',
    expect: [],
  },
  {
    ...DEL_B,
    text: 'Dear Rahul,\n\nThis is to confirm your final round with our Business Head on Friday, 5th February 2027 at 11:00 AM IST at our Gurugram office (Tower B, DLF Cyber City).\n\nPost the interview, our team will share the final outcome within 3 working days.\n\nRegards,\nPriyanka Sharma\nHR – Talent Acquisition\nSaffron Retail Ltd.',
    expect: [
      { kind: 'interview', by: '2027-02-05', time: '11:00' },
      { kind: 'response-by', by: '2027-02-10' },
    ],
  },
  {
    ...VAN_B,
    text: "Hi Priya,\n\nThanks again for your patience. Our hiring manager is away at a conference until Feb 12th, so nothing will move on our end until she's back. I'd give it until mid-month before checking in again.\n\nTalk soon,\nDerek\nRecruiting, Coastline Outdoor Co.",
    expect: [{ kind: 'no-contact-before', by: '2027-02-15', fuzzy: true }],
  },
  {
    ...NYC_B,
    text: "Hi Sam,\n\nThanks for getting your references over. We'll reach out to both of them this week, and assuming all goes smoothly I'd expect to have some news for you early next week.\n\nBest,\nMonica",
    expect: [{ kind: 'response-by', by: '2027-02-10', fuzzy: true }],
  },
  {
    ...DEN_B,
    text: 'Thank you for your interest in Front Range Credit Union. Our recruiters review every application and will contact candidates whose qualifications best match the position. Due to the volume of applications we receive, our team is not able, at this time, to provide individual status updates by phone or email.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SIN_B,
    text: "Hi Jia Hui,\n\nThanks for applying to Lion City Robotics! The next step is a take-home exercise. You'll have 72 hours from when you open the link to submit your solution, and the link expires on 10 February 2027, 23:59 SGT.\n\nGood luck!\nLCR Hiring",
    expect: [],
  },
  {
    ...SYD_B,
    text: "Hi Jack,\n\nI'm heading off on leave tomorrow until Monday 15 February. I've let the hiring manager know you're keen, but honestly there's no point chasing her while I'm away either – she won't make a call without me. Drop me a line once I'm back and we'll lock in next steps.\n\nCheers,\nSteph",
    expect: [{ kind: 'no-contact-before', by: '2027-02-15' }],
  },
  {
    ...HAL_B,
    text: "Hi Mira,\n\nHere's what to expect on your first day. Your start date is Monday, February 15, 2027. Please arrive at 8:30 a.m. at 1505 Barrington St for orientation. Benefits enrolment must be completed within 31 days of your start date, and your first pay date is February 26.\n\nPeople Operations\nAtlantic Harbour Insurance",
    expect: [],
  },
  {
    ...ISB_B,
    text: 'Subject: Interview Call Letter – Assistant Director (BPS-18)\n\nYou are hereby informed that you have been shortlisted for interview for the above post. You are requested to appear before the Selection Board on 10-02-2027 at 0930 hours at the Committee Room, Federal Secretariat, Islamabad, along with original documents.\n\nNo TA/DA will be admissible.\n\nDeputy Director (Admin)',
    expect: [{ kind: 'interview', by: '2027-02-10', time: '09:30' }],
  },
  {
    ...EDI_B,
    text: 'Your day ahead – Wednesday 3 February\n\n08:00  Gym\n12:30  Lunch with Ailsa\n15:00  Dentist – Dr Fraser\n19:00  Book club\n\nGoogle Calendar',
    expect: [],
  },
  {
    ...DUB_B,
    text: "Hi Aoife,\n\nThank you for completing the case study last week. Unfortunately, on this occasion we won't be inviting you to the final stage. If you would like feedback, I have availability on Friday afternoon for a 15-minute call.\n\nKind regards,\nConor\nGraduate Recruitment, Liffey Analytics",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PER_B,
    text: 'Hi Zara,\n\nJust confirming your on-site interview for the Graduate Geologist role:\n\n🗓 Wed 10/02/2027\n⏰ 9:15am (AWST)\n📍 Level 12, 240 St Georges Tce, Perth\n\nPlease bring photo ID and ask for Ravi at reception. Parking is available on Mill St.\n\nThanks!\nKate – Talent Acquisition, Pilbara Minerals Group',
    expect: [{ kind: 'interview', by: '2027-02-10', time: '09:15' }],
  },
  {
    ...NYC_B,
    text: "Automatic reply: I'm at our campus recruitment drive in Boston from Feb 3–5 with limited access to email. For anything urgent, please contact recruiting@harborview.com.",
    expect: [],
  },
  {
    ...SIN_B,
    text: 'Your Shopee order 230201XKQ9 has been shipped!\n\nEstimated delivery: 5 Feb – 8 Feb 2027\nDelivery partner: Ninja Van\n\nPlease do not make payment to the delivery rider. Track your parcel in the app.',
    expect: [],
  },
  {
    ...JNB_B,
    text: 'Good day,\n\nPlease find attached my CV and certified copies of my qualifications in application for the position of Senior Clerk (Ref: SC/02/2027). I am available for an interview at any time and can start immediately, or from 1 March 2027 should a notice period be required.\n\nKind regards,\nSibusiso Dlamini\n072 555 0101',
    expect: [],
  },
];

// Round 100c: the weeks of Monday 15 February 2027 (US, UK and Europe still on standard time).
const LON_C = { sentAt: '2027-02-15T09:00:00+00:00', tz: 'Europe/London' } as const;
const CRK_C = { sentAt: '2027-02-16T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
const BOS_C = { sentAt: '2027-02-17T09:00:00-05:00', tz: 'America/New_York' } as const;
const PHX_C = { sentAt: '2027-02-16T09:00:00-07:00', tz: 'America/Phoenix' } as const;
const TOR_C = { sentAt: '2027-02-18T09:00:00-05:00', tz: 'America/Toronto' } as const;
const WIN_C = { sentAt: '2027-02-15T09:00:00-06:00', tz: 'America/Winnipeg' } as const;
const BNE_C = { sentAt: '2027-02-17T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;
const ADL_C = { sentAt: '2027-02-16T09:00:00+10:30', tz: 'Australia/Adelaide' } as const;
const SIN_C = { sentAt: '2027-02-18T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG_C = { sentAt: '2027-02-16T09:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KHI_C = { sentAt: '2027-02-15T09:00:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR_C = { sentAt: '2027-02-16T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const MBA_C = { sentAt: '2027-02-17T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const DUR_C = { sentAt: '2027-02-18T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 100c: a third fresh round of whole messages, written after round 100b's fixes. */
export const ROUND_100C_EN: readonly PhraseRow[] = [
  {
    ...LON_C,
    text: 'Dear Olumide,\n\nInvitation to interview: Band 6 Occupational Therapist (Ref 301-OT-2027-114)\n\nFollowing shortlisting, we are pleased to invite you to interview.\n\nDate: Thursday 25/02/2027\nTime: 13:45 (please arrive 15 minutes early)\nLocation: Therapies Dept, Level 2, Royal Westmoor Hospital, LS9 7TF\nPanel: Helen Brook (Head of Therapies), Sanjay Gill (Clinical Lead)\n\nPlease bring the original documents listed below for your ID checks. If you are unable to attend, please let us know as soon as possible so the slot can be offered to another applicant.\n\nRecruitment Team\nWestmoor Teaching Hospitals NHS Trust',
    expect: [{ kind: 'interview', by: '2027-02-25', time: '13:45' }],
  },
  {
    ...BOS_C,
    text: "Hi Maya,\n\nNo news yet, I'm afraid – the VP is out until Monday and she has the final sign-off. I'll nudge her when she's back and you'll have an answer from me by Wednesday the 24th at the latest.\n\nBest,\nTom\n\n> On Feb 16, 2027, at 4:12 PM, Maya Chen wrote:\n> Hi Tom, just checking in on the Product Marketing Manager role. I interviewed on Feb 9 and wanted to see if there are any updates. Thanks!",
    expect: [{ kind: 'response-by', by: '2027-02-24' }],
  },
  {
    ...PHX_C,
    text: "Hi Luis,\n\nThanks for your time on the phone yesterday! I've set up your conversation with our Director of Engineering for Monday, February 22 at 2:30 PM (Pacific). She'll call you on the number you provided.\n\nRegards,\nAmber Liu | Technical Recruiter\nRedline Semiconductors, San Jose",
    expect: [{ kind: 'interview', by: '2027-02-22', time: '15:30' }],
  },
  {
    ...TOR_C,
    text: 'Thank you for your interest in the position of Program Officer (PM-04), selection process 27-ESD-EA-NCR-447812.\n\nWe are pleased to inform you that you have been screened in. You are invited to an interview on Wednesday, March 3, 2027 at 10:30 a.m. (Eastern time) via MS Teams. Candidates who are successful may be placed in a pool for similar positions.\n\nPlease confirm your participation by February 24 using the link below.\n\nEmployment and Skills Development Canada',
    expect: [{ kind: 'interview', by: '2027-03-03', time: '10:30' }],
  },
  {
    ...WIN_C,
    text: "Hi Jess,\n\nThanks for applying to Prairie Sky Credit! I'd love to set up a 20-minute phone screen. Here are a few openings:\n\n• Tue Feb 16 – 1:00 PM CT\n• Wed Feb 17 – 10:30 AM CT\n• Thu Feb 18 – 3:00 PM CT\n\nOr grab any time that suits you here: calendly.com/psc-talent/screen\n\nTalk soon,\nOwen",
    expect: [],
  },
  {
    ...BNE_C,
    text: "Hey Lachie,\n\nThanks heaps for coming in for a yarn last week. I've caught up with the team and unfortunately they've decided to progress with a candidate who's got a bit more commercial fit-out experience. Really appreciated your time and I'll definitely keep you in mind for anything else that pops up.\n\nCheers,\nBrooke\nCoastal Build Recruitment",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ADL_C,
    text: "Hi Chloe,\n\nJust a quick one to say we haven't forgotten you! Reference checks for our preferred candidates are under way, and the panel's recommendation goes to the Chief Executive for approval at her next meeting on 2 March. We should be able to let everyone know where they landed within a week or so of that.\n\nThanks for hanging in there,\nDaniel\nPeople & Culture, SA Water Futures",
    expect: [{ kind: 'response-by', by: '2027-03-09', fuzzy: true }],
  },
  {
    ...SIN_C,
    text: 'Jason Tan invited you to an event: "Singapore Fintech Hiring Night"\n\nFri, Feb 26, 2027, 7:00 PM – 9:30 PM SGT\nThe Working Capitol, 1 Keong Saik Rd\n\n120 attendees including 8 of your connections\n\nView event · Decline',
    expect: [],
  },
  {
    ...HKG_C,
    text: 'Dear Ms. Cheung,\n\nFurther to your recent interview, we are delighted to offer you the position of Senior Compliance Officer with Lantau Asset Management Limited. Please find attached your Letter of Appointment, which sets out your terms of employment.\n\nWe would appreciate it if you could sign and return the duplicate copy on or before 23 February 2027. We look forward to welcoming you on board on 1 April 2027.\n\nYours sincerely,\nGrace Mak\nHead of Human Resources',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...KHI_C,
    text: "Dear Fatima,\n\nKindly note that due to the Chairman's travel plans, your final interview has been brought forward from Thursday 25th February to Tuesday 23rd February, same venue and time (11:30 AM).\n\nPlease acknowledge receipt of this email.\n\nRegards,\nHR Department\nIndus Valley Cement Ltd",
    expect: [{ kind: 'interview', by: '2027-02-23', time: '11:30' }],
  },
  {
    ...BLR_C,
    text: 'Hi Vikram,\n\nThanks for completing the assignment. Our tech panel will evaluate it and we will revert with the next steps in 2-3 working days. Meanwhile, please keep your calendar open for a possible techno-managerial round later this week.\n\nRegards,\nSneha\nTA Team – Nimbus Cloud Labs',
    expect: [{ kind: 'response-by', by: '2027-02-19' }],
  },
  {
    ...MBA_C,
    text: "Dear Applicant,\n\nAcknowledgement of Application – Ref: KPA/HR/14/2027\n\nThis is to acknowledge receipt of your application. Applicants are strictly advised against calling or visiting the Authority's offices to inquire about the progress of their applications.\n\nOnly shortlisted candidates will be contacted.\n\nGeneral Manager, Human Resources\nCoast Ports Authority",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DUR_C,
    text: "Good afternoon Nomvula,\n\nThank you for your email. Kindly note that the panel is only sitting on 26 February, so there will be no feedback before then. We'd appreciate it if you could refrain from following up until the first week of March.\n\nRegards,\nThandeka\nHR Business Partner, Zulu Coast Sugar",
    expect: [{ kind: 'no-contact-before', by: '2027-03-01', fuzzy: true }],
  },
  {
    ...CRK_C,
    text: 'Hi all,\n\nA few dates for your diaries:\n• Town hall: Wednesday 24 Feb, 4pm, Atrium\n• Pension clinic with Irish Life: Tuesday 2 March, 10am–1pm (book a 20-min slot)\n• Expense claims for February must be in by 26 Feb\n\nThanks,\nSiobhán\nPeople Team',
    expect: [],
  },
  {
    ...LON_C,
    text: "Hi Ben,\n\nThanks for getting back to me. Unfortunately I can't do Thursday as I have a prior commitment, but I could do Friday 19th any time after 1pm, or Monday 22nd morning.\n\nBest,\nKwame",
    expect: [],
  },
  {
    ...BOS_C,
    text: 'Last chance: LinkedIn Premium Career – 50% off ends Friday, Feb 19 at 11:59 PM ET. Get noticed by recruiters and see who viewed your profile.',
    expect: [],
  },
  {
    ...TOR_C,
    text: "Hey Ryan it's Kat from Maple Staffing, the client loved your resume!! can you do an interview thurs the 25th @ 9:30am at their Mississauga office? lmk",
    expect: [{ kind: 'interview', by: '2027-02-25', time: '09:30' }],
  },
  {
    ...SIN_C,
    text: 'Your CPF contribution for January 2027 has been received.\n\nEmployer: Marina Logistics Pte Ltd\nAmount: S$1,912.40\nDate received: 14 Feb 2027\n\nContributions are due by the 14th of the following month. Log in to my cpf for details.',
    expect: [],
  },
  {
    ...HKG_C,
    text: 'Dear Mr. Lau,\n\nThank you for attending the first interview on 9 February. We are now completing first interviews with the remaining shortlisted candidates, which will run until 19 February. We expect to inform all candidates of the results of the first round by 26 February.\n\nBest regards,\nJoyce Fung\nHR Officer, Kowloon Wharf Holdings',
    expect: [{ kind: 'response-by', by: '2027-02-26' }],
  },
  {
    ...WIN_C,
    text: "Hi Noor,\n\nI'll be at a recruiting conference in Vegas from the 17th through the 21st with spotty email. Anything that isn't urgent, please park it until I'm back at my desk Monday the 22nd.\n\nThanks!\nLindsay",
    expect: [{ kind: 'no-contact-before', by: '2027-02-22' }],
  },
  {
    ...ADL_C,
    text: 'Reminder: Your quarterly BAS is due 28 February 2027. Lodge online through ATO Online services.',
    expect: [],
  },
  {
    ...BNE_C,
    text: 'Invitation: Interview – Graduate Civil Engineer @ Tue 23 Feb 2027 10am - 11am (AEST) (ella.morris@gmail.com)\n\nJoin with Google Meet: meet.google.com/xyz-abcd-efg\n\nOrganizer: Sam Whitfield (Talent, Brisbane River Engineering)\nGuests: Ella Morris, Sam Whitfield, Ian Cho\n\nReply for ella.morris@gmail.com: Yes · No · Maybe\n\nInvitation from Google Calendar',
    expect: [{ kind: 'interview', by: '2027-02-23', time: '10:00' }],
  },
  {
    ...DUR_C,
    text: 'Takealot: Your order is out for delivery today!\nOrder: 1234567\nExpected between 08:00 and 17:00\nDriver: Sizwe',
    expect: [],
  },
  {
    ...BLR_C,
    text: 'Dear Arvind,\n\nGreetings from Ganga Analytics!\n\nWe appreciate your interest and the time you invested in the interview process for Senior Data Scientist. After a careful review, we wish to inform you that your profile has not been shortlisted for the subsequent rounds.\n\nWe will retain your resume in our database for future openings.\n\nRegards,\nTalent Acquisition Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PHX_C,
    text: 'Hi Maria,\n\nCongrats on making it to the final round! Once you complete the online assessment, our team typically reviews results within 3 business days and will reach out about scheduling.',
    expect: [],
  },
  {
    ...KHI_C,
    text: 'FYI – please arrange a meeting room for the panel interview of Mr. Haris Siddiqui, Assistant Manager Audit, on 22-02-2027 at 11:00 AM. Tea/refreshments for 4 persons.\n\nRegards,\nAdmin',
    expect: [],
  },
  {
    ...LON_C,
    text: "Hi Georgia,\n\nThanks for your patience. The hiring manager is finishing the last two interviews this week, and we'll be making a decision the week after next. Either way I'll give you a call.\n\nBest,\nMatt\nSenior Consultant, Thames Talent",
    expect: [{ kind: 'response-by', by: '2027-03-05' }],
  },
  {
    ...CRK_C,
    text: 'Reminder: your SHL ability tests for the Graduate Programme must be completed by 23:59 GMT on Sunday 21 February. The tests take approximately 45 minutes.',
    expect: [],
  },
  {
    ...BOS_C,
    text: "Hi Andre,\n\nThanks for your note. We're closing applications on Friday, Feb 26 and won't start reviewing until then, so please don't expect to hear from us before the first week of March. If you haven't heard anything by March 12, feel free to drop me a line.\n\nThanks,\nPriscilla",
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...MBA_C,
    text: 'Dear Wambui,\n\nRE: INVITATION FOR INTERVIEW – CREDIT ANALYST\n\nReference is made to your application for the above position. We are pleased to inform you that you have been shortlisted for an oral interview scheduled as follows:\n\nDate: Tuesday, 23rd February 2027\nTime: 2.00 p.m.\nVenue: Nyali Centre, 3rd Floor Boardroom, Mombasa\n\nYou will be required to present original certificates and national ID.\n\nYours faithfully,\nHuman Resource Manager\nPwani Microfinance Bank',
    expect: [{ kind: 'interview', by: '2027-02-23', time: '14:00' }],
  },
  {
    ...PHX_C,
    text: "Hi Derek,\n\nThanks again for interviewing with us on Tuesday 2/9. Just a heads-up that our office is closed Monday, Feb 15 for Presidents' Day, so responses may be a bit slower this week.\n\nBest,\nRita",
    expect: [],
  },
  {
    ...TOR_C,
    text: "Hi Émilie,\n\nI'm thrilled to share that the team has approved an offer for you for the UX Lead role! You'll receive the formal offer from our DocuSign account within the next 24 hours. Please review and let us know your decision by end of day Tuesday, February 23.\n\nBest,\nGabriel",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-02-19' },
    ],
  },
  {
    ...ADL_C,
    text: 'Automatic reply: Thank you for your email. I am currently on leave and will return on Monday 1 March. Please redirect any urgent recruitment enquiries to careers@sawf.com.au.',
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06
    // ruling, left as written until round 190's rules read this wording of the return).
    expect: [{ kind: 'no-contact-before', by: '2027-03-01' }],
  },
];

// Round 100d: the week of Monday 1 March 2027 (before the US clocks change on 14 March).
const CHI_D = { sentAt: '2027-03-01T09:00:00-06:00', tz: 'America/Chicago' } as const;
const SEA_D = { sentAt: '2027-03-02T09:00:00-08:00', tz: 'America/Los_Angeles' } as const;
const NYC_D = { sentAt: '2027-03-03T09:00:00-05:00', tz: 'America/New_York' } as const;
const OTT_D = { sentAt: '2027-03-04T09:00:00-05:00', tz: 'America/Toronto' } as const;
const LDN_D = { sentAt: '2027-03-02T09:00:00+00:00', tz: 'Europe/London' } as const;
const DUB_D = { sentAt: '2027-03-03T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
const MEL_D = { sentAt: '2027-03-01T09:00:00+11:00', tz: 'Australia/Melbourne' } as const;
const PER_D = { sentAt: '2027-03-04T09:00:00+08:00', tz: 'Australia/Perth' } as const;
const SIN_D = { sentAt: '2027-03-02T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG_D = { sentAt: '2027-03-03T09:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const LHE_D = { sentAt: '2027-03-01T09:00:00+05:00', tz: 'Asia/Karachi' } as const;
const HYD_D = { sentAt: '2027-03-02T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const NBO_D = { sentAt: '2027-03-04T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const CPT_D = { sentAt: '2027-03-03T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 100d: a fourth fresh round of whole messages, written after round 100c's fixes. */
export const ROUND_100D_EN: readonly PhraseRow[] = [
  {
    ...CHI_D,
    text: 'Your onsite interview is confirmed\n\nHi Priya, here is your schedule for Thursday, March 11, 2027 (all times Central):\n\n9:00 AM – 9:45 AM  Hiring Manager – Dana Fox\n10:00 AM – 10:45 AM  Technical Deep Dive – Ravi Menon\n11:00 AM – 11:30 AM  Culture Add – Lisa Tran\n\nAddress: 401 N Wabash Ave, 12th Floor. Check in with security using your photo ID.\n\nPowered by ModernLoop',
    expect: [{ kind: 'interview', by: '2027-03-11', time: '09:00' }],
  },
  {
    ...SEA_D,
    text: "Reminder: Your video interview with Cascade Outdoor is tomorrow\n\nHi Ben, this is a friendly reminder that your interview for Retail Store Manager is scheduled for tomorrow, Wednesday, March 3 at 1:15 PM PT. You'll meet with our District Manager, Tom Reyes.\n\nJoin: https://cascade.zoom.us/j/88812345\n\nNeed to cancel? Reply CANCEL. Msg & data rates may apply.",
    expect: [{ kind: 'interview', by: '2027-03-03', time: '13:15' }],
  },
  {
    ...NYC_D,
    text: "Hi Jordan,\n\nI'm so sorry to do this, but we need to cancel your interview scheduled for Friday, March 5 at 10 AM. The role has been paused while we reassess headcount for Q2. I'll reach out if and when it reopens.\n\nApologies again,\nSara",
    expect: [],
  },
  {
    ...OTT_D,
    text: 'Good morning Nathan,\n\nFurther to our telephone conversation, this email confirms your interview for the position of Policy Analyst (EC-05).\n\nDate: Tuesday, March 9, 2027\nTime: 1:00 p.m. (Eastern Time)\nLocation: Virtual – Microsoft Teams (link to follow)\n\nThe interview will last approximately 60 minutes. Please have a piece of government-issued photo ID ready.\n\nKind regards,\nMarie-Claude Gagnon\nHuman Resources Advisor',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '13:00' }],
  },
  {
    ...LDN_D,
    text: "Dear Hannah,\n\nThank you for your interest in the Marketing Executive role at Camden & Vine.\n\nWe've now reviewed your application against the requirements of the role and, on this occasion, we will not be taking your application to the next stage.\n\nWe'll keep your details on file for six months in line with our privacy notice.\n\nBest wishes,\nThe Camden & Vine Talent Team",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUB_D,
    text: "Hi Cian,\n\nThanks for your time on Monday. The panel are still seeing a couple of people this week and next, so we're aiming to make a final decision by the end of the month. I'll be in touch either way.\n\nRegards,\nAoibheann",
    expect: [{ kind: 'response-by', by: '2027-03-31' }],
  },
  {
    ...MEL_D,
    text: 'Hi Ravi,\n\nThank you for applying. As this is a high-volume campaign, please refrain from contacting the recruitment team regarding the status of your application until after the campaign closes on 14 March. We will then be in touch with all applicants within three weeks.\n\nVictorian Rail Careers',
    expect: [
      { kind: 'no-contact-before', by: '2027-03-15' },
      { kind: 'response-by', by: '2027-04-04' },
    ],
  },
  {
    ...PER_D,
    text: 'Hi Shane,\n\nWelcome to the team! Your first swing starts Wednesday 10 March – please be at Perth Airport Terminal 2 by 5:30am for the 6:45am charter to Karratha. Your roster is 8 days on / 6 days off.\n\nSafety induction: Thursday 11 March, 7:00am, site training room.\n\nCheers,\nMel – Site Admin, Hamersley Iron Services',
    expect: [],
  },
  {
    ...SIN_D,
    text: "Hi Wen Hao,\n\nCongratulations! On behalf of Straits Analytics, I'm happy to extend you an offer for the position of Data Engineer. The offer letter has been sent to you via DocuSign.\n\nKindly sign and return by Monday, 8 March 2027. Do reach out if you have any questions.\n\nBest,\nRachel Koh\nHR Business Partner",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HKG_D,
    text: 'Hi Kelvin, the hiring manager is free either Thursday 11 March at 3pm or Friday 12 March at 10am for the second interview. Which suits you better? Regards, Natalie',
    expect: [],
  },
  {
    ...LHE_D,
    text: 'AoA Zainab,\n\nYou have been shortlisted for the Brand Manager role. Your interview is scheduled on 08/03/2027 (Monday) at 15:00 hrs at our Gulberg office.\n\nKindly bring your CNIC and updated CV.\n\nRegards,\nHR | Shalimar Beverages',
    expect: [{ kind: 'interview', by: '2027-03-08', time: '15:00' }],
  },
  {
    ...HYD_D,
    text: 'Dear Karthik,\n\nThank you for your interest in Deccan Pharma. We have carefully reviewed your candidature for the position of QA Executive and regret to inform you that we are unable to consider your profile at this juncture.\n\nBest wishes for your career.\n\nHR Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NBO_D,
    text: 'NB: Only shortlisted candidates will be contacted. Telephone enquiries will not be entertained. If you do not hear from us by 31st March 2027, consider your application unsuccessful.',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2027-03-31' }],
  },
  {
    ...CPT_D,
    text: "Hi Pieter,\n\nThanks for checking in. We're in the middle of our financial year-end, so the hiring team won't be looking at applications until the week of 15 March. There's no need to follow up before then – I'll reach out once we've had a chance to review.\n\nKind regards,\nMarelize",
    expect: [{ kind: 'no-contact-before', by: '2027-03-15' }],
  },
  {
    ...LDN_D,
    text: 'Your annual pension statement is ready. Statement date: 28 February 2027. Please review by 31 March 2027 if you want to change your contribution rate.',
    expect: [],
  },
  {
    ...DUB_D,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Automatic reply: I'm on annual leave until Tuesday 9 March with limited access to email. If urgent, please call me on 087 123 4567.",
    expect: [{ kind: 'no-contact-before', by: '2027-03-09' }],
  },
  {
    ...CHI_D,
    text: 'Join us Tuesday, March 9 at 12 PM CT for "Behavioral Interviews Decoded", a free 45-minute session with senior recruiters from Fortune 500 companies. Save your seat →',
    expect: [],
  },
  {
    ...SEA_D,
    text: "Hey Alex — quick update. The client is doing final rounds with two other candidates Thursday and Friday, and they've promised me feedback on everyone by Tuesday. I'll ping you as soon as I hear.\n\nMarco\nEvergreen Tech Talent | 206-555-0180",
    expect: [{ kind: 'response-by', by: '2027-03-09' }],
  },
  {
    ...NYC_D,
    text: "Hi Dana,\n\nGreat news – you're through to the final round! It'll be an in-person panel on Tuesday, March 9 from 2:00 to 4:00 PM at our Hudson Yards office. We typically make decisions within a week of the final round, so you should hear from us by the 16th at the latest.\n\nBest,\nKendra",
    expect: [
      { kind: 'interview', by: '2027-03-09', time: '14:00' },
      { kind: 'response-by', by: '2027-03-16' },
    ],
  },
  {
    ...OTT_D,
    text: 'Updated invitation: Team sync @ Thu Mar 11, 2027 10am - 10:30am (EST)\n\nThis event has been changed.\nWhen: Changed: Thu Mar 11, 2027 10am – 10:30am Eastern Time\n\nOrganizer: priya.s@northernbank.ca',
    expect: [],
  },
  {
    ...MEL_D,
    text: 'Hi Emma,\n\nJust flagging the panel can no longer do Thursday. Could we move you to Monday 8 March instead? Same time (2pm) and same Teams link.\n\nThanks,\nJosh',
    expect: [{ kind: 'interview', by: '2027-03-08', time: '14:00' }],
  },
  {
    ...PER_D,
    text: 'WA Jobs Weekly – Issue 112\n\n• Applications for the 2028 Graduate Program open Monday 15 March\n• Mining Expo, Perth Convention Centre, 24–25 March\n• Interviewing tip: prepare STAR stories\n\nUnsubscribe | Privacy',
    expect: [],
  },
  {
    ...HKG_D,
    text: 'Dear Ms. Yip,\n\nThank you for attending the interview on 1 March 2027. You will be notified of the result within 10 working days.\n\nHuman Resources Section\nHong Kong Maritime Museum Trust',
    expect: [{ kind: 'response-by', by: '2027-03-17' }],
  },
  {
    ...NBO_D,
    text: 'Hello Kevin,\n\nI hope you are well. I have been asked to inform you that the client has settled on another candidate for the Sales Manager role. Thank you for your time and we will keep you in mind for future roles.\n\nBest,\nCynthia\nSavannah Search Partners',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CPT_D,
    text: 'Join our Graduate Open Day at the V&A Waterfront on Saturday 13 March, 10:00–14:00. Meet our partners and find out about our 2028 intake. RSVP by 8 March.',
    expect: [],
  },
  {
    ...HYD_D,
    text: 'Walk-in drive for Customer Support (Voice) on 6th & 7th March, 10 AM to 4 PM at Hitec City. Carry updated resume. Freshers welcome.',
    expect: [],
  },
  {
    ...SIN_D,
    text: 'Hi Daniel,\n\nThanks for your application to Merlion Health. Our team is currently reviewing all applications – please allow us 10 working days before following up on the status of your application.\n\nCheers,\nTalent Team',
    expect: [{ kind: 'no-contact-before', by: '2027-03-16' }],
  },
  {
    ...LHE_D,
    text: 'Dear Customer, your HBL credit card payment of PKR 45,000 is due on 10-03-2027. Please pay before the due date to avoid late charges. Call 111-111-425 for queries.',
    expect: [],
  },
  {
    ...LDN_D,
    text: "Hi Tomasz,\n\nFollowing yesterday's final stage, I'm delighted to confirm that Albion Freight would like to offer you the role of Transport Planner, subject to references. I'll send over the contract and starter pack by Thursday. Could you confirm your start date by next Tuesday?\n\nMany thanks,\nGemma",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-03-04' },
    ],
  },
  {
    ...CHI_D,
    text: 'Hey Marcus, forwarding this in case it got lost in your inbox – see you Wednesday!\n\nJen\n\n---------- Forwarded message ---------\nFrom: Greenhouse <no-reply@greenhouse.io>\nDate: Fri, Feb 26, 2027 at 4:02 PM\nSubject: Interview Confirmation\n\nHi Marcus, your interview for Account Executive is confirmed for Wednesday, March 3 at 11:00 AM CT.',
    expect: [{ kind: 'interview', by: '2027-03-03', time: '11:00' }],
  },
  {
    ...OTT_D,
    text: 'Application received – Financial Officer (FI-02)\n\nClosing date: 2027-03-19\n\nWe thank all applicants for their interest. Only those selected for further consideration will be contacted.',
    expect: [],
  },
  {
    ...MEL_D,
    text: "Hi Sophie,\n\nQuick update: we've had a huge response, so shortlisting is taking longer than planned. Please don't chase us before Friday 12 March – we'll be contacting everyone on the shortlist early the following week.\n\nThanks,\nKate",
    expect: [
      { kind: 'no-contact-before', by: '2027-03-12' },
      { kind: 'response-by', by: '2027-03-17', fuzzy: true },
    ],
  },
];

// Round 100e: the week of Monday 15 March 2027 (the US on daylight time since 14 March, the UK and Ireland not yet).
const NYC_E = { sentAt: '2027-03-15T09:00:00-04:00', tz: 'America/New_York' } as const;
const DAL_E = { sentAt: '2027-03-16T09:00:00-05:00', tz: 'America/Chicago' } as const;
const SFO_E = { sentAt: '2027-03-17T09:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const CAL_E = { sentAt: '2027-03-18T09:00:00-06:00', tz: 'America/Edmonton' } as const;
const TOR_E = { sentAt: '2027-03-17T09:00:00-04:00', tz: 'America/Toronto' } as const;
const LDN_E = { sentAt: '2027-03-16T09:00:00+00:00', tz: 'Europe/London' } as const;
const BFS_E = { sentAt: '2027-03-18T09:00:00+00:00', tz: 'Europe/London' } as const;
const DUB_E = { sentAt: '2027-03-15T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
const SYD_E = { sentAt: '2027-03-16T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
const BNE_E = { sentAt: '2027-03-18T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;
const SIN_E = { sentAt: '2027-03-15T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG_E = { sentAt: '2027-03-17T09:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KHI_E = { sentAt: '2027-03-16T09:00:00+05:00', tz: 'Asia/Karachi' } as const;
const BOM_E = { sentAt: '2027-03-18T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const NBO_E = { sentAt: '2027-03-15T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB_E = { sentAt: '2027-03-17T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 100e: a fifth fresh round of whole messages, written after round 100d's fixes. */
export const ROUND_100E_EN: readonly PhraseRow[] = [
  {
    ...NYC_E,
    text: 'Hi Alicia,\n\nYour interview with Brightwater Capital has been confirmed!\n\nPosition: Associate, Credit Research\nDate: Tuesday, March 23, 2027\nTime: 11:00 AM – 12:00 PM EST\nFormat: Zoom\n\nA calendar invite with the Zoom link has been sent separately.\n\nBest,\nBrightwater Recruiting',
    expect: [{ kind: 'interview', by: '2027-03-23', time: '11:00' }],
  },
  {
    ...DAL_E,
    text: "Hi Marcus — quick one: can you do a 30-min call with our CFO this Thursday, March 18 at 3:00 PM ET? She's tight on time so it'll be short and sweet.\n\nThanks!\nLeah",
    expect: [{ kind: 'interview', by: '2027-03-18', time: '14:00' }],
  },
  {
    ...SFO_E,
    text: 'Thanks for registering! "Negotiating Your Tech Offer" starts Thursday, March 25 at 10:00 AM PT. Add it to your calendar. The replay will be available for 7 days after the live session.',
    expect: [],
  },
  {
    ...CAL_E,
    text: "Hi Owen,\n\nSorry for the shuffle – Ravi has a site visit on Friday so we'll need to move your technical interview. Would Tuesday the 23rd at 9:30 work instead? If not, send me a couple of times that suit and I'll make it happen.\n\nCheers,\nPaige",
    expect: [{ kind: 'interview', by: '2027-03-23', time: '09:30' }],
  },
  {
    ...TOR_E,
    text: "Hi Sanjay,\n\nCongratulations – we'd like to offer you the Senior Accountant position at Lakeview Foods! Our HR team will send your formal offer package within two business days, and we'd ask that you review and respond within five business days of receiving it.\n\nWelcome (almost) aboard!\nNatalie",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-03-19' },
    ],
  },
  {
    ...LDN_E,
    text: "Dear Chloe,\n\nThank you for attending the assessment centre on 9 March. I'm sorry to let you know that on this occasion you have not been successful in securing a place on our 2027 Graduate Scheme.\n\nYou are welcome to request feedback within 28 days of this email.\n\nKind regards,\nEarly Careers Team, Whitestone Bank",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BFS_E,
    text: 'Dear Applicant,\n\nThank you for your application for Administrative Officer (Ref AO/27/04). The closing date for this competition was 12 March 2027. Shortlisting will take place week commencing 29 March. We would ask that you do not contact the Recruitment Unit about the outcome of shortlisting before 9 April, as results will be issued by email on that date.\n\nRecruitment Unit\nNI Civic Services',
    expect: [
      { kind: 'no-contact-before', by: '2027-04-09' },
      { kind: 'response-by', by: '2027-04-09' },
    ],
  },
  {
    ...DUB_E,
    text: "Hi team,\n\nReminder that the office is closed on Wednesday 17 March for St Patrick's Day. Interviews for the Finance Analyst role will resume on Thursday 18th – candidates are booked from 9:30.\n\nThanks,\nEmer",
    expect: [],
  },
  {
    ...SYD_E,
    text: "Hi Hamish,\n\nThanks for your email. I'm currently on parental leave and return to the office on Monday 12 April. Please don't expect a response from me until then — for anything relating to the Business Analyst recruitment, Priya Nair is your best contact.\n\nKind regards,\nJess",
    expect: [],
  },
  {
    ...BNE_E,
    text: "Hi Georgia,\n\nThe role closes this Sunday (21 March). We'll shortlist in the week after that, and anyone progressing to interview will hear from us by Friday 2 April.\n\nCheers,\nTom\nTalent, Moreton Bay Health",
    expect: [{ kind: 'response-by', by: '2027-04-02' }],
  },
  {
    ...SIN_E,
    text: 'Dear Ms Tan,\n\nWe are pleased to invite you for a second interview for the position of Assistant Manager, Treasury.\n\nDate : 22 March 2027 (Mon)\nTime : 1430 – 1530 (SGT)\nVenue : 10 Marina Boulevard, Tower 2, #28-01\nInterviewer : Mr Daniel Ng, Head of Treasury\n\nPlease register at the lobby counter 15 minutes before your appointment.\n\nRegards,\nHuman Resources\nMarina Bay Securities',
    expect: [{ kind: 'interview', by: '2027-03-22', time: '14:30' }],
  },
  {
    ...HKG_E,
    text: 'MPF contribution advice for February 2027\nContribution day: 10 March 2027\nEmployer: Harbour Link Logistics Ltd\nPlease contact our MPF hotline on 2111 8888 for enquiries.',
    expect: [],
  },
  {
    ...KHI_E,
    text: 'Dear Mr. Qureshi,\n\nWith reference to your interview held on 10th March 2027 for the post of Manager Compliance, we regret to inform you that the Management has not approved your candidature. We appreciate your interest in Habib Metro Finance.\n\nRegards,\nHR Division',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOM_E,
    text: 'Hi Neha,\n\nThanks for your patience. The second round for the remaining candidates is happening on Monday and Tuesday. Post that, the panel will close the position and we will intimate the final status to all by end of next week.\n\nRegards,\nAmit\nTA – Konkan Digital',
    expect: [{ kind: 'response-by', by: '2027-03-26' }],
  },
  {
    ...NBO_E,
    text: 'Dear Applicant,\n\nThank you for your interest in joining Tsavo Insurance. Please note that our HR team does not have the capacity to respond to individual calls or walk-in enquiries about the recruitment. Updates will be posted on our careers page.\n\nTsavo Insurance HR',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB_E,
    text: 'Goeie môre Johan,\n\nAs part of the selection process for the Risk Analyst position, please complete the online psychometric assessment by Monday 22 March at 17h00. The assessment takes about 90 minutes.\n\nVriendelike groete,\nAnnelize\nTalent Acquisition, Karoo Mutual',
    expect: [],
  },
  {
    ...NYC_E,
    text: 'Indeed: 9 new Project Manager jobs in New York, NY\n\nProject Manager – Construction\nEmpire Build Group – Bronx, NY\n$95,000 – $120,000 a year\nHiring multiple candidates · Interviews this week\n\nIT Project Manager\nHudson Health – Manhattan\nUrgently hiring\n\nSee all jobs',
    expect: [],
  },
  {
    ...LDN_E,
    text: 'Hi Priya,\n\nThanks so much – Thursday 25th at 2pm works perfectly for me. See you then!\n\nBest,\nOla',
    expect: [{ kind: 'interview', by: '2027-03-25', time: '14:00' }],
  },
  {
    ...DAL_E,
    text: 'Your week ahead (Mar 22 – Mar 26)\n\nMon 9:00 AM  Quarterly planning\nTue 1:00 PM  Interview panel: Sr. Data Engineer (candidate 2 of 4)\nThu 4:00 PM  Happy hour – rooftop\n\nOutlook Calendar',
    expect: [],
  },
  {
    ...SFO_E,
    text: "Hi Elena,\n\nThanks for wrapping up the take-home. Our reviewers meet on Monday, March 22 to go through all submissions, and we'll get back to everyone within 2 business days after that meeting.\n\nBest,\nKai",
    expect: [{ kind: 'response-by', by: '2027-03-24' }],
  },
  {
    ...CAL_E,
    text: "I'm available Monday or Wednesday next week, any time after 10.",
    expect: [],
  },
  {
    ...TOR_E,
    text: "Hi Grace,\n\nFYI our hiring freeze review wraps up at the end of the month. Until we hear back from Finance, there isn't much I can share, so I'd suggest checking back with me after April 5.\n\nThanks,\nBen",
    expect: [{ kind: 'no-contact-before', by: '2027-04-06' }],
  },
  {
    ...DUB_E,
    text: 'Hi Róisín,\n\nDelighted to say the job is yours if you want it! Niall will ring you this afternoon to go through the package. Would you be able to let us know by Friday week?\n\nThanks a million,\nSinéad',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-03-15' },
    ],
  },
  {
    ...SYD_E,
    text: 'Your parcel from Officeworks is arriving today between 12pm and 4pm. Track at auspost.com.au',
    expect: [],
  },
  {
    ...HKG_E,
    text: 'Dear Mr. Ho,\n\nIn view of the Black Rainstorm Warning, your interview originally scheduled for today at 3:00 p.m. has been postponed. We will contact you shortly to arrange a new date.\n\nHuman Resources Department\nVictoria Peak Holdings',
    expect: [],
  },
  {
    ...NBO_E,
    text: 'Deadline for applications: 26th March 2027, 5.00 p.m.\n\nOnly shortlisted candidates will be contacted within two weeks after the deadline.',
    expect: [{ kind: 'response-by', by: '2027-04-09' }],
  },
  {
    ...BOM_E,
    text: 'Dear Rohit, your telephonic interview with our Mumbai team is fixed for 20/03/2027 at 11.30 am. Our panel will call you on your registered number; kindly do not call the office for rescheduling, reply to this mail instead.',
    expect: [{ kind: 'interview', by: '2027-03-20', time: '11:30' }, { kind: 'no-calls' }],
  },
  {
    ...LDN_E,
    text: 'This week on The Grad Gazette: "How to follow up after an interview (and when to stop)". Plus: 12 schemes closing before 31 March.',
    expect: [],
  },
  {
    ...JNB_E,
    text: 'Dear Candidate\n\nThe interviews for the above position have been concluded. Kindly refrain from contacting the panel members; the successful candidate will be informed by 31 March 2027.\n\nHR Department\nGauteng Rail Agency',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2027-03-31' }],
  },
  {
    ...DAL_E,
    text: 'hey! any chance you could jump on a quick call tmrw around 4? want to walk you through next steps before the onsite',
    expect: [{ kind: 'interview', by: '2027-03-17', time: '16:00' }],
  },
  {
    ...SIN_E,
    text: 'Your Grab ride receipt – Mon, 15 Mar 2027 08:42. Pickup: Tanjong Pagar MRT; Drop-off: 1 Raffles Place. Total S$14.30.',
    expect: [],
  },
];

// Round 100f: the week of Monday 5 April 2027 (the UK and Ireland on summer time, Sydney back on standard time).
const LDN_F = { sentAt: '2027-04-05T09:00:00+01:00', tz: 'Europe/London' } as const;
const MAN_F = { sentAt: '2027-04-07T09:00:00+01:00', tz: 'Europe/London' } as const;
const DUB_F = { sentAt: '2027-04-06T09:00:00+01:00', tz: 'Europe/Dublin' } as const;
const NYC_F = { sentAt: '2027-04-06T09:00:00-04:00', tz: 'America/New_York' } as const;
const ATL_F = { sentAt: '2027-04-08T09:00:00-04:00', tz: 'America/New_York' } as const;
const DEN_F = { sentAt: '2027-04-07T09:00:00-06:00', tz: 'America/Denver' } as const;
const LAX_F = { sentAt: '2027-04-05T09:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const VAN_F = { sentAt: '2027-04-08T09:00:00-07:00', tz: 'America/Vancouver' } as const;
const HAL_F = { sentAt: '2027-04-06T09:00:00-03:00', tz: 'America/Halifax' } as const;
const SYD_F = { sentAt: '2027-04-07T09:00:00+10:00', tz: 'Australia/Sydney' } as const;
const PER_F = { sentAt: '2027-04-05T09:00:00+08:00', tz: 'Australia/Perth' } as const;
const SIN_F = { sentAt: '2027-04-08T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG_F = { sentAt: '2027-04-06T09:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const ISB_F = { sentAt: '2027-04-07T09:00:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR_F = { sentAt: '2027-04-05T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const NBO_F = { sentAt: '2027-04-06T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB_F = { sentAt: '2027-04-08T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 100f: a sixth fresh round of whole messages, written after round 100e's fixes. */
export const ROUND_100F_EN: readonly PhraseRow[] = [
  {
    ...LDN_F,
    text: "Hi Amelia,\n\nGreat news! You've been invited to a video interview for Customer Insight Analyst at Thames & Pike.\n\n📅 Wednesday 14 April 2027\n🕑 14:00 – 14:45 BST\n💻 Microsoft Teams – the link will be sent by the interviewer\n\nYou can add this to your calendar using the attachment.\n\nGood luck!\nThames & Pike Careers",
    expect: [{ kind: 'interview', by: '2027-04-14', time: '14:00' }],
  },
  {
    ...NYC_F,
    text: "Hi Kevin,\n\nNo problem at all – I've moved your conversation with Dr. Alvarez from Thursday to Friday, April 9, at 4:30 PM ET. A new calendar invite is on its way.\n\nBest,\nJanelle",
    expect: [{ kind: 'interview', by: '2027-04-09', time: '16:30' }],
  },
  {
    ...DEN_F,
    text: "Hi Tyler,\n\nThe panel has three windows next week for your final interview:\n- Mon 4/12, 9–11 AM MT\n- Wed 4/14, 1–3 PM MT\n- Thu 4/15, 10 AM–12 PM MT\nReply with your top two and I'll lock one in.\n\nThanks,\nGabby",
    expect: [],
  },
  {
    ...SYD_F,
    text: 'Dear Mr Papadakis,\n\nI refer to your application for the position of Senior Project Officer (Ref 2027/311). I regret to advise that your application was not successful at the shortlisting stage.\n\nI encourage you to consider applying for future vacancies.\n\nYours sincerely,\nRecruitment Services\nTransport for Greater Sydney',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...HKG_F,
    text: 'Dear Mr. Chow,\n\nThank you for attending the interview on 1 April 2027 for the post of Executive Officer II. The selection result will be announced within four weeks from the date of interview.\n\nRecruitment Unit\nHong Kong Heritage Trust',
    expect: [{ kind: 'response-by', by: '2027-04-29' }],
  },
  {
    ...ISB_F,
    text: 'Dear Candidate,\n\nThe written test results will be uploaded on our website on 20-04-2027. Candidates are requested not to contact the HR office regarding results before that date.\n\nHR Office\nCapital Development Board',
    expect: [
      { kind: 'no-contact-before', by: '2027-04-20' },
      { kind: 'response-by', by: '2027-04-20' },
    ],
  },
  {
    ...BLR_F,
    text: 'Dear Pooja,\n\nGreetings from Arka Motors!\n\nYou are shortlisted for the HR round for the post of Payroll Executive.\n\nDate: 09-Apr-2027, Friday\nTiming: 10.00 a.m.\nMode: Virtual (MS Teams)\nInterviewer: Mr. Suresh K, HR Head\n\nPlease join 5 minutes early.\n\nRegards,\nTA Team',
    expect: [{ kind: 'interview', by: '2027-04-09', time: '10:00' }],
  },
  {
    ...NBO_F,
    text: 'Hey, saw this and thought of you!\n\nVACANCY: Finance Manager – Lake Basin Dairies\nDeadline: 23rd April 2027\nInterviews: 3rd–7th May 2027\nSend CV to careers@lakebasin.co.ke\n\n– Wanjiku',
    expect: [],
  },
  {
    ...JNB_F,
    text: "Hi Thandi,\n\nThe client's MD only gets back from Durban on the 15th, so they won't sign off on anything till then. I'll phone you on the Friday after with an update either way.\n\nShaun\nBlue Crane Recruitment | 082 555 0177",
    expect: [{ kind: 'response-by', by: '2027-04-16' }],
  },
  {
    ...DUB_F,
    text: 'HSE Jobs: New vacancies this week\n\n• Staff Nurse, Cork University Hospital – closing 16/04/2027\n• Clinical Nurse Manager 1, Galway – closing 20/04/2027\n\nManage your alerts',
    expect: [],
  },
  {
    ...HAL_F,
    text: "Hi Liam,\n\nI'm really pleased to let you know the panel has recommended you for the Harbour Operations Coordinator position! I'll be sending the formal letter of offer tomorrow, and we'd like to hear back from you within a week of receiving it.\n\nWarm regards,\nColleen\nHR Advisor, Port of Halifax Authority",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-04-07' },
    ],
  },
  {
    ...SIN_F,
    text: 'Payslip for March 2027 is now available on HR Connect. Pay date: 31/03/2027. For queries, contact payroll@lionbridge.sg before 15/04/2027.',
    expect: [],
  },
  {
    ...LAX_F,
    text: 'Hi Sofia,\n\nThanks for your flexibility! Your panel interview with our New York team is set for Tuesday, April 13 at 1:00 PM ET (10:00 AM your time). Zoom details are in the invite.\n\nBest,\nOlivia\nRecruiting Coordinator',
    expect: [{ kind: 'interview', by: '2027-04-13', time: '10:00' }],
  },
  {
    ...VAN_F,
    text: "Thanks for your interest in Salish Sea Ferries. We read every application. Because of the number we receive, we aren't able to take phone calls, and we ask that you don't drop by the terminals to ask about your application either.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PER_F,
    text: "Hi Bella,\n\nThe hiring manager is flying out to site today and won't be back in Perth until Thursday 15 April. Best not to chase her until then – I'll come back to you the following Monday with her feedback.\n\nCheers,\nTrent",
    expect: [
      { kind: 'no-contact-before', by: '2027-04-15' },
      { kind: 'response-by', by: '2027-04-19' },
    ],
  },
  {
    ...MAN_F,
    text: "Hi Gareth,\n\nJust following up on my application for the Warehouse Supervisor role, submitted on 22 March. I'm still very interested and available for interview any day next week.\n\nThanks,\nDeclan",
    expect: [],
  },
  {
    ...ATL_F,
    text: "Hi Tamika,\n\nThank you for coming in on Tuesday! The team was impressed. We're finishing up our last interview tomorrow and should have a decision for you by early next week.\n\nBest,\nMarcus",
    expect: [{ kind: 'response-by', by: '2027-04-14', fuzzy: true }],
  },
  {
    ...HKG_F,
    text: 'Careers Centre: book a CV clinic slot on 13 April, 2:00–5:00 pm, Room 402.',
    expect: [],
  },
  {
    ...LDN_F,
    text: 'Dear Josh,\n\nThank you for taking the time to apply for the Trainee Solicitor programme. We had an exceptionally strong field this year and, after careful review, we have decided not to invite you to the assessment centre.\n\nWe wish you the very best.\n\nGraduate Recruitment\nGrey & Fenwick LLP',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DEN_F,
    text: 'Reminder: Colorado Tech Job Fair – Thursday, April 15, 10 AM–3 PM, Denver Convention Center. On-site interviews with 40+ employers!',
    expect: [],
  },
  {
    ...ISB_F,
    text: 'Dear Ali,\n\nDue to the public holiday announced by the government, your interview scheduled for 9th April has been shifted to Monday 12th April at the same time (10:30 AM).\n\nRegards,\nHR – Margalla Telecom',
    expect: [{ kind: 'interview', by: '2027-04-12', time: '10:30' }],
  },
  {
    ...NYC_F,
    text: "Hi there,\n\nWe've updated our Privacy Policy. The changes take effect on May 1, 2027. No action is needed.\n\nThe HireLoop Team",
    expect: [],
  },
  {
    ...NBO_F,
    text: 'Dear Mutua,\n\nRE: OFFER OF APPOINTMENT – ACCOUNTS ASSISTANT\n\nWe are pleased to offer you appointment to the above position on the terms attached. Kindly communicate your acceptance within seven (7) days from the date of this letter and report for duty on 3rd May 2027 at 8.00 a.m.\n\nYours faithfully,\nAg. Human Resource Manager',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SYD_F,
    text: 'Hi Jordan,\n\nYour second interview is locked in for Monday 12 April at 11am at our Parramatta office. We aim to give all candidates an outcome within three working days of their interview.\n\nCheers,\nMia',
    expect: [
      { kind: 'interview', by: '2027-04-12', time: '11:00' },
      { kind: 'response-by', by: '2027-04-15' },
    ],
  },
  {
    ...BLR_F,
    text: 'Dear Candidate, BGV for your joining is initiated. Kindly upload documents on the portal by 10-Apr-2027. Verification typically completes within 7 working days of submission.',
    expect: [],
  },
  {
    ...HAL_F,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Automatic reply: I'm away until Monday, April 12. For questions about your application, please contact careers@atlanticmutual.ca.",
    expect: [{ kind: 'no-contact-before', by: '2027-04-12' }],
  },
  {
    ...JNB_F,
    text: 'Dear Kagiso\n\nYou are invited to attend a competency-based interview for the post of Artisan: Electrical.\n\nDate: Wednesday, 14 April 2027\nTime: 09h30\nVenue: Rosslyn Plant, Training Centre\n\nPlease confirm your attendance with Ms Mokoena on 012 555 0190 by 12 April 2027.\n\nRegards\nHR Department',
    expect: [{ kind: 'interview', by: '2027-04-14', time: '09:30' }],
  },
  {
    ...MAN_F,
    text: "Hi Chloe,\n\nThanks for your patience while we got the panel together. We'll be in touch with everyone in the next fortnight. The final candidate is being seen on Friday.\n\nRegards,\nDan",
    expect: [{ kind: 'response-by', by: '2027-04-21' }],
  },
  {
    ...SIN_F,
    text: 'Reminder: Your Singpass will expire on 30 April 2027. Renew now to avoid disruption.',
    expect: [],
  },
  {
    ...VAN_F,
    text: "Hey Aiden – the team's slammed with a product launch until the 23rd, so if you could sit tight and not ping anyone until the following Monday that'd be amazing. I'll reach out then.\n\nKris",
    expect: [
      { kind: 'no-contact-before', by: '2027-04-26' },
      { kind: 'response-by', by: '2027-04-26' },
    ],
  },
];
