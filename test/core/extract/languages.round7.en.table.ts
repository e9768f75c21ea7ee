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
    expect: [],
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
