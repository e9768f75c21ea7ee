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
