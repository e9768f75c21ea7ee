// Round 470 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on a Thursday in
// mid-November, two weeks before US Thanksgiving. Positives: a Greenhouse slot with a range in "(Eastern Time)", a
// promise "after Thanksgiving", an NHS Trac invitation with "Date: 25/11/2031", a Workday acknowledgement in working
// days, an agency's single proposed slot, a SmartRecruiters rejection, an offer whose letter "will follow by
// tomorrow", a Kenyan window counted from a panel meeting named in the sentence before, a casual Ashby "early next
// week", an HR officer back on a Monday, a JazzHR "can't take calls", a Manila recipient given "7:00 AM ET", a Gulf
// ISO date, a council's "by the end of the month", a NZ "within a fortnight", a Lagos label–value invitation.
// Negatives: a moved 1:1, the reader asked to sit on a panel, a dentist, a job alert with a closing date, a careers
// fair, a friend's interview, a recruiter selling to an employer, a podcast recording, a PhD viva, an MOT, annual
// leave approved in Workday, a first day already agreed, an APS acknowledgement "in due course", a webinar, a
// reference request, a restaurant booking. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 13 November 2031, 09:40 local.
const NY = { sentAt: '2031-11-13T09:40:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2031-11-13T09:40:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2031-11-13T09:40:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2031-11-13T09:40:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2031-11-13T09:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2031-11-13T09:40:00+00:00', tz: 'Europe/Dublin' } as const;
const LAG = { sentAt: '2031-11-13T09:40:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2031-11-13T09:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2031-11-13T09:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2031-11-13T09:40:00+04:00', tz: 'Asia/Dubai' } as const;
const BOM = { sentAt: '2031-11-13T09:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2031-11-13T09:40:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2031-11-13T09:40:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2031-11-13T09:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2031-11-13T09:40:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 470: English whole messages, sixteen positives and sixteen negatives. */
export const ROUND_470_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: 'Hi Priya,\n\nThank you for your interest in the Senior Data Analyst position at Harborlight Insurance. Your interview has been scheduled as follows:\n\nDate: Tuesday, November 18, 2031\nTime: 2:30 PM - 3:15 PM (Eastern Time)\nLocation: Zoom (the link is in the calendar invitation)\nInterviewers: Colleen Burke, Raj Iyer\n\nIf you need to reschedule, please use the link in the invitation.\n\nBest,\nMegan Walsh\nRecruiting Coordinator | Harborlight Insurance\n\nSent via Greenhouse',
    expect: [{ kind: 'interview', by: '2031-11-18', time: '14:30' }],
  },
  {
    ...CHI,
    text: "Hi Derek,\n\nThanks again for spending the afternoon with the ops team on Monday. We're wrapping up the last two interviews this week and we expect to have a decision for you after Thanksgiving.\n\nHave a great weekend when it comes!\nLaToya Simmons\nPeople Team, Lakeshore Logistics",
    expect: [{ kind: 'response-by', by: '2031-12-04', fuzzy: true }],
  },
  {
    ...LDN,
    text: "Dear Ms Okafor\n\nInvitation to interview: Healthcare Assistant (Band 3), Ref 283-HCA-1142\n\nThank you for your application. I am pleased to invite you to attend an interview for the above post.\n\nDate: 25/11/2031\nTime: 09:45\nVenue: Education Centre, Room 4, St Aldhelm's Hospital, Bristol Road\n\nPlease bring photographic ID and proof of your right to work. Please confirm your attendance via Trac by Monday.\n\nKind regards\nRecruitment Team\nWessex Vale NHS Foundation Trust",
    expect: [{ kind: 'interview', by: '2031-11-25', time: '09:45' }],
  },
  {
    ...BOM,
    text: 'Dear Rohan,\n\nThank you for applying to the Associate – Finance Operations role at Kestrel Global Services (Requisition R-40317).\n\nYour application is now being reviewed by our Talent Acquisition team. You can expect to hear from us within 10 working days.\n\nRegards,\nTalent Acquisition\nKestrel Global Services\n\nThis is a system-generated email from Workday. Please do not reply.',
    expect: [{ kind: 'response-by', by: '2031-11-27' }],
  },
  {
    ...DUB,
    text: "Hi Ciarán,\n\nQuick one - the client came back this morning and they'd like to see you for a second round. They've pencilled in Wednesday 19th November at 11am at their office on Baggot Street, with the CFO and the head of FP&A. Does that work for you?\n\nCheers,\nAoife\nSenior Consultant, Liffey Finance Recruitment",
    expect: [{ kind: 'interview', by: '2031-11-19', time: '11:00' }],
  },
  {
    ...SYD,
    text: 'Dear Hannah,\n\nThank you for your interest in the Customer Success Lead role at Wattle & Co. and for the time you took to meet with us.\n\nAfter careful consideration, we regret to inform you that your application has not been successful on this occasion. We received applications from many strong candidates and the decision was a difficult one.\n\nWe wish you every success in your job search.\n\nKind regards,\nThe Wattle & Co. Talent Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SIN,
    text: "Hi Wei Jie,\n\nCongratulations! On behalf of Meranti Labs, I'm delighted to extend you an offer for the position of Product Designer. Your formal offer letter will follow by tomorrow via DocuSign.\n\nPlease let us know your decision by 20 November. Happy to hop on a call if you have any questions.\n\nWarm regards,\nFelicia Goh\nHead of People, Meranti Labs",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-11-14' },
    ],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nThank you for attending the interview for the position of Procurement Officer on Tuesday.\n\nThe interview panel will sit again on Monday 17 November to finalise the shortlist. We will communicate the outcome within five working days of that meeting.\n\nYours sincerely,\nJoseph Kiprono\nHuman Resources Manager\nRift Valley Water Services Board',
    expect: [{ kind: 'response-by', by: '2031-11-24' }],
  },
  {
    ...LA,
    text: "hey Sam!\n\ngreat chatting today :) we'll sync as a team and circle back by early next week. no need to send anything else in the meantime.\n\ncheers,\nJules\nfounder @ Tidepool",
    expect: [{ kind: 'response-by', by: '2031-11-19', fuzzy: true }],
  },
  {
    ...JNB,
    text: 'Dear Thabo,\n\nThank you for your application for the Payroll Administrator vacancy.\n\nPlease note that I am away at our regional office and will be back in the office on Monday, 24 November. Kindly do not send follow-up emails before then, as they will not be attended to.\n\nRegards,\nNomvula Khumalo\nHR Officer, Karoo Agri Holdings',
    expect: [{ kind: 'no-contact-before', by: '2031-11-24' }],
  },
  {
    ...CHI,
    text: "Hi Trevor,\n\nThanks for applying to the Warehouse Supervisor opening at Prairie Freight! We've received a high volume of applications and we review them in the order they came in.\n\nPlease don't call the warehouse about your application; our team can't take calls about openings. If you're selected for an interview, you'll get an email from us.\n\nThanks,\nPrairie Freight Hiring Team\n\nPowered by JazzHR",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MNL,
    text: "Hi Maria,\n\nGood news! You passed the initial assessment for the Customer Support Team Lead account. Your final interview with the client's hiring manager is on Monday, November 17, 7:00 AM ET via Teams. Please log in 10 minutes early and use a headset.\n\nThanks,\nJoanna Reyes\nRecruitment Specialist, Bayside Connect BPO",
    expect: [{ kind: 'interview', by: '2031-11-17', time: '20:00' }],
  },
  {
    ...DXB,
    text: 'Dear Mr. Haddad,\n\nFurther to your application for the position of Facilities Engineer, we are pleased to invite you to a technical interview.\n\nInterview date: 2031-11-20\nInterview time: 10:00 (GST)\nVenue: Al Noor Tower, 14th floor, Business Bay\n\nKindly bring copies of your certificates and your Emirates ID.\n\nBest regards,\nHR Department\nDesert Rose Facilities Management LLC',
    expect: [{ kind: 'interview', by: '2031-11-20', time: '10:00' }],
  },
  {
    ...LDN,
    text: 'Dear Gareth,\n\nThank you for attending interview for the Waste Services Officer post on Tuesday. The panel are still interviewing this week, and we aim to let all candidates know the outcome by the end of the month.\n\nRegards,\nHelen Price\nHR Business Partner\nMerthyr Vale County Borough Council',
    expect: [{ kind: 'response-by', by: '2031-11-30' }],
  },
  {
    ...AKL,
    text: "Kia ora Aroha,\n\nThanks for submitting your application for the Community Support Worker role with Harbourside Trust. Our team reads every application personally, and we'll be in touch within a fortnight to let you know where things stand.\n\nNgā mihi,\nTama Wiremu\nHarbourside Trust\n\nSent with Workable",
    expect: [{ kind: 'response-by', by: '2031-11-27' }],
  },
  {
    ...LAG,
    text: 'Dear Chinedu,\n\nCongratulations! You have been shortlisted for the next stage of the recruitment process for the Relationship Manager (SME Banking) role.\n\nInterview date: 20/11/2031\nInterview time: 10:00 AM (WAT)\nVenue: Head Office, 12 Adeola Odeku Street, Victoria Island, Lagos\nDress code: Corporate\n\nKindly reply to confirm your availability.\n\nRegards,\nHuman Capital Management\nCorona Trust Bank Plc',
    expect: [{ kind: 'interview', by: '2031-11-20', time: '10:00' }],
  },
  // Negatives.
  {
    ...LDN,
    text: "Hi Jess,\n\nMoving our 1:1 to Thursday 20 November at 3pm as I'm at the leadership offsite on Wednesday. Bring your Q4 goals and we'll go through your appraisal form too.\n\nThanks,\nMark",
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Deepak,\n\nCould you join the panel for the Platform Engineer interview on Tuesday 18 November at 11:00? The candidate is Laura Mendes; her CV is attached. Please submit your scorecard in Greenhouse within 24 hours of the interview.\n\nThanks!\nShu Fen\nTalent Acquisition',
    expect: [],
  },
  {
    ...SYD,
    text: "Hi Olivia,\n\nThis is a friendly reminder of your appointment with Dr Patel at Smile Studio Chatswood on Friday 21 November at 9:20am. If you need to reschedule, please give us at least 24 hours' notice.\n\nSee you soon,\nSmile Studio",
    expect: [],
  },
  {
    ...LAG,
    text: "Hi Kwame,\n\n12 new jobs match your alert 'Accountant – Lagos'.\n\nSenior Accountant – Zenfield Energy – Lekki. Applications close on 28 November 2031.\nFinancial Analyst – Okoye & Partners – Ikeja. Posted 2 days ago.\n\nApply now to be among the first applicants.\n\nManage your alerts | Unsubscribe",
    expect: [],
  },
  {
    ...DUB,
    text: 'Dear students and graduates,\n\nThe Winter Careers Fair takes place on Wednesday 26 November, 11am–3pm, in the Exam Hall. Over 60 employers will attend, and several will be holding on-the-spot interviews for graduate programmes. Book a CV clinic slot by Friday.\n\nCareers Service',
    expect: [],
  },
  {
    ...SYD,
    text: "Hey!!\n\nGuess what, Tomás got the interview at Canva — it's on Monday at 2pm. Fingers crossed for him. Still on for dinner Saturday?\n\nBec x",
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Daniel,\n\nI noticed Northgate Analytics is hiring three data engineers. We've placed over 40 engineers in Toronto this year and can have a shortlist of vetted candidates to you within 5 business days. Do you have 15 minutes on Tuesday at 10am for a quick call?\n\nBest,\nAlicia Tran\nTalentBridge Recruitment",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Nadia,\n\nThanks again for agreeing to be interviewed on The Build Log! We'll record on Wednesday 19 November at 4pm GMT via Riverside; it takes about 45 minutes. The episode should go live within two weeks of recording.\n\nCheers,\nSam\nProducer, The Build Log",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Aisha,\n\nYour PhD viva voce examination has been arranged for Friday 28 November 2031 at 10:00 in Room 2.14, Hicks Building. The examiners will send their joint report to the Graduate School within four weeks of the viva.\n\nBest wishes,\nPostgraduate Research Office',
    expect: [],
  },
  {
    ...LDN,
    text: "Hello Mr Collins,\n\nYour vehicle WX21 KLM is due its MOT on 30 November. Book online or call us on 0161 496 0000. We're open Monday to Saturday, 8am to 6pm.\n\nRoadwise Garage, Stockport",
    expect: [],
  },
  {
    ...JNB,
    text: 'Hi Kerry-Ann,\n\nYour Time Off request for 22/12/2031 – 29/12/2031 (Annual Leave, 6 days) has been approved by Sandra Moyo. Your remaining balance is 4 days.\n\nView in Workday',
    expect: [],
  },
  {
    ...AKL,
    text: 'Hi Owen,\n\nGreat to have you joining us! Just confirming your first day is Monday 1 December. Please arrive at 8:45am for your induction with IT and H&S. Our office hours are 8:30 to 5:00, Monday to Friday, and parking is on level 2.\n\nSee you then,\nMere\nOffice Manager, Kōwhai Design',
    expect: [],
  },
  {
    ...SYD,
    text: 'Dear Applicant,\n\nThank you for applying for the position of Administrative Officer (APS 4), vacancy 31/0872. We have received your application.\n\nApplications close at 11:59pm AEDT on 24 November 2031. Due to the high volume of applications, we will contact you in due course regarding the outcome.\n\nRecruitment Team\nDepartment of Regional Services',
    expect: [],
  },
  {
    ...JNB,
    text: "Join us for 'Ace Your Next Interview' — a free webinar with career coach Lindiwe Dube on Thursday 20 November at 6pm SAST. Register by Tuesday to get the recording.\n\nSee you there,\nThe CareerLift team",
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Dr Fraser,\n\nMr Michael Obuya has applied for the post of Research Administrator at Mount Kenya University and named you as a referee. We would be grateful if you could complete the attached reference form by Friday 21 November. Interviews will take place on 2 December.\n\nYours faithfully,\nRegistrar (Administration)',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Ben,\n\nYour table for 4 at Via Carota is confirmed for Saturday, November 15 at 7:30 PM. We'll hold your table for 15 minutes. Need to make changes? Reply to this email.\n\nSee you soon!",
    expect: [],
  },
];
