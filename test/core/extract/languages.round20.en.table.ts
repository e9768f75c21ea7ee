// Round 240 (issue 13): a fresh round of English whole messages, written BEFORE the engine read them, after rounds
// 230 and 230b's fixes. Its weight is on NEGATIVES (over 40% of the rows), of kinds no round tried before: a hiring
// manager's note to colleagues forwarded to the reader by mistake, an interview-training course, a mock interview
// booked with a university careers service, a mass "hiring event" invitation, a background-check vendor, a relocation
// firm, a SaaS trial reminder, a school newsletter's parent-teacher interviews, a gym class, a clinic appointment, a
// flight itinerary, a junior sports fixture, a jury summons, a volunteer rota and the candidate's calendar export.
// Positives come from ATS layouts not tried before (Ashby, Teamtailor, Recruitee, Workable, iCIMS, Taleo, SAP
// SuccessFactors, Phenom, Eightfold, HireVue with a completion deadline, Calendly and an Outlook invitation quoted as
// text) and employers in Ireland, New Zealand, South Africa, Nigeria, the Philippines, Malaysia, the UAE and the US.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
//
// The mock interview: a practice session with a careers adviser is no step of any employer's hiring process; nobody
// there decides on the reader's application, and ADVICE.md's thank-you and follow-up (after "the interview") would be
// absurd after it. So it is no interview: the row expects nothing.
// First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 9 January 2029, 10:15 local (winter in the northern zones, summer time in Auckland): this week runs Monday
// 8 to Sunday 14 January (Friday the 12th), next week Monday 15 to Friday 19 January.
const NY = { sentAt: '2029-01-09T10:15:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-01-09T10:15:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2029-01-09T10:15:00-07:00', tz: 'America/Denver' } as const;
const PHX = { sentAt: '2029-01-09T10:15:00-07:00', tz: 'America/Phoenix' } as const;
const LA = { sentAt: '2029-01-09T10:15:00-08:00', tz: 'America/Los_Angeles' } as const;
const DUB = { sentAt: '2029-01-09T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const AKL = { sentAt: '2029-01-09T10:15:00+13:00', tz: 'Pacific/Auckland' } as const;
const JNB = { sentAt: '2029-01-09T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS = { sentAt: '2029-01-09T10:15:00+01:00', tz: 'Africa/Lagos' } as const;
const MNL = { sentAt: '2029-01-09T10:15:00+08:00', tz: 'Asia/Manila' } as const;
const KUL = { sentAt: '2029-01-09T10:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const DXB = { sentAt: '2029-01-09T10:15:00+04:00', tz: 'Asia/Dubai' } as const;

/** Round 240: English whole messages, over 40% of them negatives. */
export const ROUND_240_EN: readonly PhraseRow[] = [
  // Interviews from ATS layouts and calendar tools.
  {
    ...NY,
    text: 'Interview Confirmed: Onsite with Lumen Freight\n\nHi Carlos,\n\nYour interview for Senior Backend Engineer has been scheduled. Here are the details:\n\nWednesday, January 17, 2029\n10:00 AM – 12:30 PM EST\nLocation: 250 Hudson St, 9th Floor, New York, NY\n\nYou will meet: Priya Shah (Engineering Manager), Tom Becker (Staff Engineer)\n\nNeed to reschedule? Reply to this email and we will find another time.\n\nPowered by Ashby',
    expect: [{ kind: 'interview', by: '2029-01-17', time: '10:00' }],
  },
  {
    ...DUB,
    text: "Hi Siobhán,\n\nYou've been booked for an interview for the role Customer Success Lead at Harbour Bay Software.\n\nWhen: Thursday 11 January 2029, 14:00–14:45 (Europe/Dublin)\nWhere: Google Meet – the link is in your calendar invite\nWith: Declan Murphy, Head of Customer Success\n\nIf the time no longer suits, you can pick a new one from your candidate page.\n\nBest wishes,\nHarbour Bay Software\n\nSent via Teamtailor",
    expect: [{ kind: 'interview', by: '2029-01-11', time: '14:00' }],
  },
  {
    ...JNB,
    text: 'Dear Thabo,\n\nThank you for your application for the position of Financial Accountant at Karoo Mining Services.\n\nWe would like to invite you for a first interview:\n\nDate: Monday, 15 January 2029\nTime: 09:30 SAST\nLocation: 14 Fricker Road, Illovo, Johannesburg (reception, ground floor)\nDuration: approximately one hour\n\nKindly confirm your attendance by replying to this message.\n\nKind regards,\nLerato Dlamini\nHR Business Partner\n\nSent with Recruitee',
    expect: [{ kind: 'interview', by: '2029-01-15', time: '09:30' }],
  },
  {
    ...AKL,
    text: 'Kiri Walker from Tui Energy scheduled an interview with you\n\nHi Aroha,\n\nPhone screen – Asset Engineer (Hamilton)\nFri, Jan 12, 2029 11:00 AM - 11:30 AM NZDT\nKiri will call you on the number in your application.\n\nAdd to calendar\n\nThis email was sent to you by Tui Energy via Workable.',
    expect: [{ kind: 'interview', by: '2029-01-12', time: '11:00' }],
  },
  {
    ...CHI,
    text: 'Dear Jasmine,\n\nThank you for your interest in the Clinical Pharmacist position (Requisition 2029-0142) with Lakeshore Health System. We have scheduled your interview as follows:\n\nInterview Date: 01/16/2029\nInterview Time: 3:00 PM Central\nInterview Type: Virtual (Microsoft Teams)\nInterviewer: Dr. Karen Osei, Pharmacy Director\n\nPlease log in to the candidate portal to accept this interview.\n\nThis is an automated message from iCIMS. Please do not reply to this email.',
    expect: [{ kind: 'interview', by: '2029-01-16', time: '15:00' }],
  },
  {
    ...LOS,
    text: 'Dear Chinedu Okafor,\n\nINVITATION TO PANEL INTERVIEW – RELATIONSHIP MANAGER, CORPORATE BANKING\n\nFollowing your performance in the aptitude test, we are pleased to invite you for a panel interview scheduled as follows:\n\nDate: Wednesday, 17th January 2029\nTime: 10:00am (WAT)\nVenue: Head Office, Plot 1412 Ahmadu Bello Way, Victoria Island, Lagos\n\nPlease come along with the originals of your credentials and a valid means of identification.\n\nYours faithfully,\nFor: Lagoon Trust Bank Plc\nHuman Resources\n\nThis message was generated by Oracle Taleo.',
    expect: [{ kind: 'interview', by: '2029-01-17', time: '10:00' }],
  },
  {
    ...MNL,
    text: 'Dear Maria Angelica,\n\nGood day!\n\nWe are pleased to inform you that you have been shortlisted for the position of Payroll Specialist at Visayas Power Corporation.\n\nYour interview schedule:\nJanuary 18, 2029 (Thursday), 1:30 PM (PHT)\nVenue: 12F Ayala North Exchange, Makati City\nPlease look for Ms. Grace Villanueva.\n\nKindly reply to confirm your attendance.\n\nThank you and God bless!\n\nTalent Acquisition Team\nPowered by SAP SuccessFactors',
    expect: [{ kind: 'interview', by: '2029-01-18', time: '13:30' }],
  },
  {
    ...DXB,
    text: 'Interview Scheduled – Guest Relations Executive\n\nDear Omar,\n\nThank you for your interest in Al Noor Hotels & Resorts. Your interview has been scheduled.\n\nDate: Monday, 15 January 2029\nTime: 11:00 AM (GST, UTC+4)\nFormat: In person, Al Noor Marina Hotel, Dubai Marina – ask for the Talent Acquisition team at the front desk\n\nYou can view or manage your interview in the Careers portal.\n\nAl Noor Hotels & Resorts Careers\nPowered by Phenom',
    expect: [{ kind: 'interview', by: '2029-01-15', time: '11:00' }],
  },
  {
    ...KUL,
    text: 'Your interview has been rescheduled\n\nHi Wei Jie,\n\nYour interview for Data Engineer at Petronas Digital Ventures has been moved.\n\nPrevious time: Wed, 10 Jan 2029, 3:00 PM MYT\nNew time: Fri, 12 Jan 2029, 10:00 AM MYT\n\nThe meeting link stays the same.\n\nThank you,\nTalent Acquisition\nSent via Eightfold',
    expect: [{ kind: 'interview', by: '2029-01-12', time: '10:00' }],
  },
  {
    ...DEN,
    text: 'Confirmed: 30 Minute Interview with Dana Whitlock\n\nHi Tyler,\n\nYour 30 Minute Interview with Dana Whitlock at 9:00am (Mountain Time - US & Canada) on Thursday, January 11, 2029 is scheduled.\n\nLocation: This is a Zoom web conference. A link will be sent before the meeting.\n\nCancel or reschedule\n\nPowered by Calendly',
    expect: [{ kind: 'interview', by: '2029-01-11', time: '09:00' }],
  },
  {
    ...PHX,
    text: "Hi Ben,\n\nForwarding the invite below in case it didn't come through on your end.\n\nAngela\n\n-----Original Appointment-----\nFrom: Angela Ruiz\nSent: Monday, January 8, 2029 4:12 PM\nTo: Ben Carter; Mark Flores\nSubject: Interview – Payroll Specialist (Ben Carter)\nWhen: Monday, January 15, 2029 1:00 PM-2:00 PM (UTC-07:00) Arizona.\nWhere: Microsoft Teams Meeting\n\nJoin on your computer or mobile app\nClick here to join the meeting",
    expect: [{ kind: 'interview', by: '2029-01-15', time: '13:00' }],
  },
  // A one-way video interview: the deadline is the candidate's, the review window counts from it.
  {
    ...LA,
    text: 'Hi Emily,\n\nSierra Federal Bank has invited you to complete an on-demand video interview for Branch Operations Associate.\n\nPlease complete your interview by Friday, January 12, 2029 at 11:59 PM PT. It takes about 20 minutes and you can record it whenever suits you. Our recruiting team reviews every interview and will contact you within 5 business days of the completion deadline.\n\nStart interview\n\nPowered by HireVue',
    expect: [{ kind: 'response-by', by: '2029-01-19' }],
  },
  // Promises.
  {
    ...DUB,
    text: "Hi Niamh,\n\nThanks a million for coming in yesterday, the panel really enjoyed meeting you. We've two more candidates to see this week, and we'll revert to everyone by Wednesday 17 January at the latest.\n\nAll the best,\nCiara\nTalent Team, Liffey Analytics",
    expect: [{ kind: 'response-by', by: '2029-01-17' }],
  },
  {
    ...AKL,
    text: "Kia ora Mere,\n\nThanks heaps for your time this morning. We're finishing up interviews over the next week or so and will be in touch either way by Friday 26 January.\n\nNgā mihi,\nJosh\nPeople & Capability, Waitematā Water",
    expect: [{ kind: 'response-by', by: '2029-01-26' }],
  },
  {
    ...JNB,
    text: 'Dear Applicant,\n\nThank you for applying for the Graduate Internship Programme 2029.\n\nShortlisted candidates will be contacted within two weeks of the closing date of 12 January 2029. If you have not heard from us by then, please consider your application unsuccessful.\n\nKind regards,\nTalent Management\nUmhlanga Sugar Holdings',
    expect: [{ kind: 'response-by', by: '2029-01-26' }],
  },
  {
    ...LOS,
    text: 'Dear Adaeze,\n\nThank you for attending the final interview with our Managing Director yesterday. The outcome will be communicated to you within seven (7) working days from today.\n\nWarm regards,\nFunmilayo Bakare\nHR Lead, Eko Foods Limited',
    expect: [{ kind: 'response-by', by: '2029-01-18' }],
  },
  {
    ...MNL,
    text: "Hi Joshua,\n\nThank you for completing the final interview! Our hiring manager will decide early next week, and I'll message you right after.\n\nRegards,\nPatricia\nRecruitment, Luzon Logistics Inc.",
    expect: [{ kind: 'response-by', by: '2029-01-17', fuzzy: true }],
  },
  // No contact before a day; no calls.
  {
    ...KUL,
    text: 'Dear Nurul,\n\nThank you for your application for Senior Executive, Finance. Our hiring team will only begin reviewing applications after the advertisement closes. Kindly refrain from contacting us about your application before Wednesday, 24 January 2029.\n\nThank you.\n\nHuman Resources Department\nPetaling Logistics Sdn Bhd',
    expect: [{ kind: 'no-contact-before', by: '2029-01-24' }],
  },
  {
    ...DXB,
    text: 'Thank you for your email. I am currently on annual leave and will return to the office on Monday 22 January 2029. For urgent recruitment matters, please contact careers@alnoorhotels.ae.\n\nRania Haddad\nTalent Acquisition Manager',
    expect: [{ kind: 'no-contact-before', by: '2029-01-22' }],
  },
  {
    ...CHI,
    text: "Thank you for applying to Great Lakes Freightways!\n\nWe've received your application for CDL-A Driver. Due to the high volume of applications, we are unable to respond to phone inquiries about application status. If your background matches our needs, a recruiter will reach out by email.\n\nGreat Lakes Freightways Recruiting",
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...AKL,
    text: "Hi Tama,\n\nThank you for taking the time to interview with Kauri Build. After careful consideration, we've decided not to progress your application further on this occasion.\n\nWe wish you all the best with your job search.\n\nThe Kauri Build team",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...KUL,
    text: 'Dear Siti,\n\nFurther to your recent interview, we are pleased to offer you the position of Marketing Executive at Klang Valley Retail Sdn Bhd. Kindly sign and return the duplicate copy of the attached letter by 19 January 2029 as acceptance. Your commencement date will be 1 March 2029.\n\nYours sincerely,\nHuman Resources',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Nothing to find: others' hiring, sent to the reader by mistake.
  {
    ...NY,
    text: 'Apologies, please disregard the message below; it was sent to you in error.\n\nGreg\n\n---------- Forwarded message ---------\nFrom: Greg Holt\nTo: Ops Analyst hiring panel\n\nHi all,\n\nQuick update on the Ops Analyst search: Priya Nair and Tom Becker are in for final rounds on Thursday at 2pm and 3:30pm. Please get your scorecards in by Friday so we can make a decision early next week.\n\nThanks,\nGreg',
    expect: [],
  },
  // Practice and training.
  {
    ...DUB,
    text: 'Your mock interview is confirmed\n\nDear Aoife,\n\nYour mock interview with a Careers Adviser is booked for Thursday 11 January at 11:00 in the Careers Centre, Room 2.14, Hamilton Building. Please bring the job description of a role you are applying for, and your CV.\n\nIf you can no longer attend, please cancel through MyCareer at least 24 hours in advance.\n\nCareers Service\nTrinity Hall University',
    expect: [],
  },
  {
    ...MNL,
    text: "Ace Your Interview – 4-week online course\n\nHi Joy, you're enrolled! Week 1 (Answering behavioural questions) goes live on Monday, January 15 at 7:00 PM. Submit your practice video each week and a coach will give you feedback within 48 hours.\n\nSee you in class,\nCareerUp Academy",
    expect: [],
  },
  // Mass invitations and vendors.
  {
    ...PHX,
    text: "You're invited: Walk-in Hiring Event!\n\nDesert Sun Distribution is hiring warehouse associates, forklift operators and shift leads.\n\nSaturday, January 20 · 10am–3pm\n4400 W Buckeye Rd, Phoenix\n\nOn-the-spot interviews and same-day offers! No appointment needed, just bring your ID.\n\nRSVP now · Unsubscribe from hiring event emails",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Carlos,\n\nYour background check for Lumen Freight is in progress. Most checks are completed within 3–5 business days. We'll email you as soon as your report is ready to view.\n\nQuestions? Visit our Candidate Help Center.\n\nVerity Screening Services",
    expect: [],
  },
  {
    ...JNB,
    text: "Hi Nomvula,\n\nI'm your relocation consultant from MoveWell Relocations. Your home-finding tour in Cape Town is booked for Tuesday 16 January at 09:00; I'll collect you from your hotel. I'll send you the shortlist of properties by Friday.\n\nWarm regards,\nPieter van Wyk\nMoveWell Relocations",
    expect: [],
  },
  {
    ...LA,
    text: 'Your Canvasly Pro trial ends in 3 days\n\nHi Emily, your free trial ends on Friday, January 12. Upgrade before then to keep your brand kits, version history and unlimited exports.\n\nUpgrade now\n\nThe Canvasly team',
    expect: [],
  },
  // Life admin.
  {
    ...AKL,
    text: 'Kia ora whānau,\n\nWelcome back for 2029! Term 1 begins on Tuesday 30 January. Parent–teacher interviews will be held on Thursday 15 February from 3:30pm; please book a slot through the school app.\n\nNgā mihi,\nPonsonby Primary School',
    expect: [],
  },
  {
    ...CHI,
    text: "You're booked! HIIT Bootcamp with Coach Dee\nWednesday, January 10 · 6:30 AM · Studio B\n\nNeed to cancel? Please do so at least 12 hours before class to avoid a late-cancel fee.\n\nRiverNorth Fitness",
    expect: [],
  },
  {
    ...LOS,
    text: 'Appointment reminder\n\nDear Mr. Okafor,\n\nYour appointment with Dr. Adeyemi (Cardiology) is on Monday, 15 January 2029 at 10:30 AM. Please arrive 20 minutes early. Test results will be available within 5 working days of your visit.\n\nLagoon Specialist Hospital',
    expect: [],
  },
  {
    ...DXB,
    text: 'Your trip to Manila\n\nBooking reference: QX7R2L\n\nEK 334 Dubai (DXB) → Manila (MNL)\nDepart: Thu 11 Jan 2029, 03:05\nArrive: Thu 11 Jan 2029, 15:50\n\nOnline check-in opens 48 hours before departure.\n\nEmirates',
    expect: [],
  },
  {
    ...AKL,
    text: 'Saturday fixtures – Under 12s\n\nPonsonby Tigers vs Eastside Eagles\nSaturday 13 January, 9:00am kick-off, Western Springs Field 3\n\nCoaches, please confirm your team sheets by Thursday.\n\nAuckland Junior Football',
    expect: [],
  },
  {
    ...CHI,
    text: 'JUROR SUMMONS\n\nYou are hereby summoned to appear for jury service on Monday, January 22, 2029 at 8:00 AM at the Richard J. Daley Center, 50 W Washington St, Chicago.\n\nCall the juror information line after 5:00 PM on Friday, January 19 to confirm whether you must report.\n\nCircuit Court of Cook County, Office of the Jury Administrator',
    expect: [],
  },
  {
    ...JNB,
    text: "Soup kitchen volunteer rota – week of 15 January\n\nMon 09:00  Aisha & Tom\nWed 13:00  Sipho\nSat 10:00  everyone\n\nReply to this email if you can't make your shift.\n\nThanks,\nNaledi\nHillbrow Community Kitchen",
    expect: [],
  },
  {
    ...DEN,
    text: 'Exported from Google Calendar – Tyler Brooks – 15 to 19 Jan 2029\n\nMon 15 Jan 06:30–07:30  Gym\nTue 16 Jan 12:30–13:30  Lunch with Priya (interview prep)\nWed 17 Jan 19:00–21:00  Book club\nFri 19 Jan 10:00–10:30  Haircut',
    expect: [],
  },
];

// Round 240b: written after round 240's fixes and before the engine read it. Monday 5 February 2029, 11:05 local
// (winter in the northern zones, summer time in Auckland): "Friday" is the 9th, next week runs 12 to 16 February, a
// bare "Monday" is the 12th. Negatives of further kinds: a visa centre, a nursery, a court listing, a virtual hiring
// day, a colleague's request sent to the wrong Sam, an interview coach, a careers-centre mock interview, a background
// check vendor, a trial of a job site's premium plan, a netball fixture, a dental SMS, a train booking, a church rota,
// a calendar file, a referee request (the reader is the referee, not the candidate) and a job board's mail to an
// employer about its applicants. The mock interview follows round 240's reading: a practice session, no interview.
const NY_B = { sentAt: '2029-02-05T11:05:00-05:00', tz: 'America/New_York' } as const;
const CHI_B = { sentAt: '2029-02-05T11:05:00-06:00', tz: 'America/Chicago' } as const;
const DEN_B = { sentAt: '2029-02-05T11:05:00-07:00', tz: 'America/Denver' } as const;
const LA_B = { sentAt: '2029-02-05T11:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const DUB_B = { sentAt: '2029-02-05T11:05:00+00:00', tz: 'Europe/Dublin' } as const;
const AKL_B = { sentAt: '2029-02-05T11:05:00+13:00', tz: 'Pacific/Auckland' } as const;
const JNB_B = { sentAt: '2029-02-05T11:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS_B = { sentAt: '2029-02-05T11:05:00+01:00', tz: 'Africa/Lagos' } as const;
const MNL_B = { sentAt: '2029-02-05T11:05:00+08:00', tz: 'Asia/Manila' } as const;
const KUL_B = { sentAt: '2029-02-05T11:05:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const DXB_B = { sentAt: '2029-02-05T11:05:00+04:00', tz: 'Asia/Dubai' } as const;

/** Round 240b: English whole messages, over 40% of them negatives. */
export const ROUND_240B_EN: readonly PhraseRow[] = [
  // Interviews.
  {
    ...NY_B,
    text: "Interview scheduled: Jordan Lee <> Canopy Health\n\nHi Jordan,\n\nThanks for picking a time. You're confirmed for your Hiring Manager Interview:\n\nThursday, February 8th, 2029 at 3:00pm EST (45 min)\nVideo call: https://meet.google.com/xyz-abcd-efg\n\nInterviewer: Rachel Stone, Director of Clinical Operations\n\nCan't make it? Use the link in your calendar invite to reschedule.\n\nCanopy Health Recruiting · Powered by Ashby",
    expect: [{ kind: 'interview', by: '2029-02-08', time: '15:00' }],
  },
  {
    ...AKL_B,
    text: 'Hi Liam,\n\nThanks for booking a time! Your video interview with Sam Te Rangi at Kōwhai Software is confirmed:\n\nWednesday 7 February 2029, 10:30 NZDT (30 minutes)\nMicrosoft Teams – link in your calendar invitation\n\nIf something comes up, you can change the time from the link in this email.\n\nCheers,\nKōwhai Software\nSent via Teamtailor',
    expect: [{ kind: 'interview', by: '2029-02-07', time: '10:30' }],
  },
  {
    ...DXB_B,
    text: 'Dear Fatima,\n\nUnfortunately our Finance Director has to travel this week, so we had to move your interview for Senior Accountant.\n\nNew slot: Tuesday, 13 February 2029 at 2:00 PM GST\nLocation: Gulf Horizon Trading LLC, Office 1204, Business Bay, Dubai\n\nWe apologise for the inconvenience.\n\nBest regards,\nRecruitment Team\nSent with Recruitee',
    expect: [{ kind: 'interview', by: '2029-02-13', time: '14:00' }],
  },
  {
    ...JNB_B,
    text: 'Bongani, your interview with Atlas Reinsurance is scheduled\n\nVideo interview – Actuarial Analyst\nThu, Feb 8, 2029 9:00 AM - 9:45 AM GMT\nInterviewers: Oliver Grant (London), Zanele Mokoena\n\nJoin with Google Meet\n\nThis email was sent to you by Atlas Reinsurance via Workable.',
    expect: [{ kind: 'interview', by: '2029-02-08', time: '11:00' }],
  },
  {
    ...CHI_B,
    text: 'Dear Marcus,\n\nThank you for your continued interest in the Maintenance Technician II position at Heartland Foods.\n\nInterview Date/Time: Monday, February 12, 2029 10:30 AM CST\nInterview Location: Plant 2, 1800 Industrial Pkwy, Joliet, IL\nPlease check in at the security gate with a photo ID.\n\nThis message was sent from an unmonitored mailbox via iCIMS.',
    expect: [{ kind: 'interview', by: '2029-02-12', time: '10:30' }],
  },
  {
    ...MNL_B,
    text: 'Dear Mr. Dela Cruz,\n\nPlease be informed that your Final Interview for the position of Network Engineer has been scheduled on February 9, 2029, Friday at 10:00 AM at our Cebu office, 5th floor, Ayala Center.\n\nPlease bring two (2) valid IDs.\n\nRecruitment and Selection\nMindanao Telecom Inc.\n\nThis is a system-generated email from Taleo.',
    expect: [{ kind: 'interview', by: '2029-02-09', time: '10:00' }],
  },
  {
    ...KUL_B,
    text: 'Dear Candidate,\n\nInterview Invitation – Process Engineer (Req ID 88213)\n\nInterview Date: 14-Feb-2029\nInterview Time: 10:00 AM - 11:00 AM (GMT+08:00) Kuala Lumpur, Singapore\nInterview Mode: Face to face\nVenue: Level 9, Menara Binaan, Jalan Sultan Ismail\n\nPlease accept the invitation through the candidate portal.\n\nTalent Acquisition, Binaan Semesta Berhad\nSAP SuccessFactors',
    expect: [{ kind: 'interview', by: '2029-02-14', time: '10:00' }],
  },
  {
    ...DEN_B,
    text: "You're confirmed!\n\nInterview with Summit Ridge Energy\nTue, Feb 6 · 1:00 – 1:30 PM MST\nPhone interview with Kelsey Moore, Recruiter\n\nAdd to calendar · Reschedule\n\nSummit Ridge Energy Careers, powered by Phenom",
    expect: [{ kind: 'interview', by: '2029-02-06', time: '13:00' }],
  },
  {
    ...LOS_B,
    text: 'Dear Ngozi,\n\nInterview Invitation – Product Manager, Payments\n\nCongratulations! You have been selected for the next stage of our recruitment process.\n\nDate: Wednesday 7th February, 2029\nTime: 11:30 AM WAT\nMode: Virtual (Microsoft Teams)\n\nKindly acknowledge receipt of this email.\n\nTalent Team, Naija Pay Limited\nPowered by Eightfold',
    expect: [{ kind: 'interview', by: '2029-02-07', time: '11:30' }],
  },
  {
    ...LA_B,
    text: 'Hi Maya,\n\nA Recruiter Screen with Jon Park has been scheduled.\n\nEvent Type: Recruiter Screen (30 min)\nDate & Time: 11:00am - 11:30am (Pacific Time - US & Canada) Tuesday, February 6, 2029\nLocation: Jon will call you at +1 415 555 0142\n\nNeed to make changes to this event? Cancel · Reschedule\n\nPowered by Calendly.com',
    expect: [{ kind: 'interview', by: '2029-02-06', time: '11:00' }],
  },
  {
    ...NY_B,
    text: "Hi Ana,\n\nResending the invite for Wednesday in case it got lost — let me know if you can't see it.\n\nMark\n\n-----Original Appointment-----\nFrom: Mark Jensen\nSent: Friday, February 2, 2029 3:40 PM\nTo: Ana Morales\nSubject: Final Interview – Data Analyst\nWhen: Wednesday, February 7, 2029 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).\nWhere: Microsoft Teams Meeting",
    expect: [{ kind: 'interview', by: '2029-02-07', time: '15:00' }],
  },
  // A one-way video interview with the candidate's deadline and a promise of its own.
  {
    ...DUB_B,
    text: 'Dear Cian,\n\nThank you for applying to the Emerald Bank Graduate Programme 2029. The next step is a digital interview on HireVue.\n\nPlease complete your HireVue interview by Friday 9 February. We aim to let all applicants know the outcome of this stage by Friday 23 February.\n\nBest of luck,\nEarly Careers Team, Emerald Bank',
    expect: [{ kind: 'response-by', by: '2029-02-23' }],
  },
  // Promises.
  {
    ...DUB_B,
    text: "Hi Aoife,\n\nThanks for coming in on Friday, it was great to chat. We're meeting the last candidate this week and we'll have a decision for you by the end of next week.\n\nBest,\nRónán\nHead of Product, Shannon Labs",
    expect: [{ kind: 'response-by', by: '2029-02-16' }],
  },
  {
    ...AKL_B,
    text: "Kia ora Hemi,\n\nThanks for the kōrero this morning. We'll let you know either way within the next 10 working days.\n\nNgā mihi,\nRachel\nTalent Partner, Aotea Health",
    expect: [{ kind: 'response-by', by: '2029-02-19' }],
  },
  {
    ...JNB_B,
    text: 'Hi Lindiwe,\n\nThank you for the interview this morning. Feedback will be given by Wednesday.\n\nRegards,\nAnnemarie\nHR, Table Bay Logistics (Pty) Ltd',
    expect: [{ kind: 'response-by', by: '2029-02-07' }],
  },
  {
    ...MNL_B,
    text: 'Hi Kristine,\n\nThank you for attending the panel interview last Friday. You will receive our feedback via email on or before February 12.\n\nBest regards,\nHR Team\nBayanihan Foods Corporation',
    expect: [{ kind: 'response-by', by: '2029-02-12' }],
  },
  {
    ...KUL_B,
    text: 'Dear Arif,\n\nThank you for your interest in the Graduate Trainee programme. Please hold any follow-ups until after the panel meets on Thursday 15 February.\n\nThank you.\n\nPeople Department\nSelangor Biotech Sdn Bhd',
    expect: [{ kind: 'no-contact-before', by: '2029-02-16' }],
  },
  {
    ...DXB_B,
    text: "Automatic reply: Re: Application – Sales Manager\n\nI'm out of the office from 5 to 9 February with limited access to email. I'll respond when I'm back on Monday 12 February.\n\nKhalid Al Mansoori\nHR Manager, Desert Rose Properties",
    expect: [{ kind: 'response-by', by: '2029-02-12' }],
  },
  {
    ...DEN_B,
    text: 'Thanks for applying to Front Range Brewing Co.!\n\nWe have received your application for Taproom Manager. Please, no phone calls or walk-ins regarding this position. If we would like to meet you, we will be in touch by email.\n\nFront Range Brewing Co.',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...DUB_B,
    text: 'Dear Padraig,\n\nThank you for attending interview for the post of Clerical Officer. We regret to inform you that you have not been successful on this occasion. Your name will not be placed on a panel for future vacancies.\n\nYours sincerely,\nRecruitment Unit\nWicklow County Council',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...JNB_B,
    text: "Hi Sipho,\n\nI'm thrilled to offer you the role of Data Engineer at Karoo Cloud! The formal contract will follow from our People team.\n\nWelcome aboard,\nMegan",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Nothing to find.
  {
    ...DXB_B,
    text: 'Dear Applicant,\n\nYour appointment at the Visa Application Centre, Wafi Mall, is confirmed for Thursday 8 February 2029 at 09:45. Please bring your passport and printed application form. Processing usually takes 15 working days from the date of your appointment.\n\nVFS Global',
    expect: [],
  },
  {
    ...AKL_B,
    text: "Kia ora Hana,\n\nAva's settling-in visit is on Tuesday 6 February at 9:30am. We'll confirm her full-time place within two weeks.\n\nNgā mihi,\nLittle Kererū Early Learning Centre",
    expect: [],
  },
  {
    ...DUB_B,
    text: 'Your case (Ref. 2029/0417) is listed for hearing at Dublin District Court on Wednesday 14 February 2029 at 10:30. Please attend in person.\n\nCourts Service of Ireland',
    expect: [],
  },
  {
    ...NY_B,
    text: "You're invited: Virtual Hiring Day at Liberty Mutual Bank!\n\nThursday, February 8 · 1:00 PM – 4:00 PM EST\nMeet our hiring managers and interview on the spot for teller and call center roles.\n\nRegister now · Unsubscribe",
    expect: [],
  },
  {
    ...CHI_B,
    text: "Oops — wrong Sam! Please disregard, that was for Sam Patel on our team.\n\nThanks,\nDana\n\nOn Mon, Feb 5, 2029 at 10:52 AM Dana Whitfield wrote:\n> Sam, can you do the technical interview with Priya on Wednesday at 11? I'd like to give her an answer by Friday.",
    expect: [],
  },
  {
    ...LA_B,
    text: "Hi Maya,\n\nYour session with interview coach Tara Bell is confirmed for Tuesday, February 6 at 7:00 PM PT. We'll run through behavioural questions for your upcoming interviews. You'll get written feedback within 24 hours.\n\nThe Interview Gym",
    expect: [],
  },
  {
    ...NY_B,
    text: "Appointment confirmed\n\nYour appointment 'Mock Interview – Finance' with the Careers Center is confirmed for Wed, Feb 7 at 2:00 PM in Lerner Hall 505.\n\nView in Handshake",
    expect: [],
  },
  {
    ...DEN_B,
    text: 'Hi Tyler,\n\nGood news: your background check for Summit Ridge Energy is complete and your report has been shared with them. Summit Ridge Energy will reach out about next steps.\n\nCheckr',
    expect: [],
  },
  {
    ...MNL_B,
    text: "Your free month of LinkedIn Premium Career ends on February 9\n\nHi Kristine, you won't be charged if you cancel before then. Keep seeing who viewed your profile and how you compare to other applicants.\n\nManage your subscription",
    expect: [],
  },
  {
    ...AKL_B,
    text: "Netball update\n\nTraining is on Thursday at 6pm at the Tamaki courts. Saturday's game: Ponsonby Pearls v Mt Albert Magic, 10 Feb, 9:15am, Court 4.\n\nCoach Lisa",
    expect: [],
  },
  {
    ...CHI_B,
    text: 'Reminder: Lakeview Smiles appointment Tue 2/6 at 4:30pm with Dr. Chen. Reply Y to confirm or call 312-555-0190 to reschedule.',
    expect: [],
  },
  {
    ...DUB_B,
    text: 'Your Irish Rail booking is confirmed\n\nDublin Heuston → Cork Kent\nFri 9 Feb 2029, departs 17:00, arrives 19:35\nCoach C, Seat 12A\n\nBooking reference: IR88412',
    expect: [],
  },
  {
    ...JNB_B,
    text: "Hi all,\n\nHere's the Sunday school rota for February:\n11 Feb – Thandi\n18 Feb – Sipho\n25 Feb – Lerato\n\nPlease swap among yourselves if you can't make it.\n\nPastor Mike",
    expect: [],
  },
  {
    ...LA_B,
    text: 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Dentist\nDTSTART:20290207T160000Z\nDTEND:20290207T170000Z\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Coffee with Jess\nDTSTART:20290209T180000Z\nEND:VEVENT\nEND:VCALENDAR',
    expect: [],
  },
  {
    ...LOS_B,
    text: 'Dear Mrs. Adebayo,\n\nMr. Tunde Bakare has applied for the role of Credit Analyst at Harmattan Capital and named you as a referee. Could we call you on Thursday at 2pm for ten minutes? We aim to make a decision on his application by Friday 16 February.\n\nKind regards,\nFolake\nHR, Harmattan Capital',
    expect: [],
  },
  {
    ...KUL_B,
    text: "New applicant for Barista (Part-time) at Kopi Corner\n\nAisyah Rahman applied 2 hours ago.\n\nRespond within 2 days to keep your 'Responsive employer' badge. Schedule an interview in one click.\n\nIndeed for Employers",
    expect: [],
  },
];
