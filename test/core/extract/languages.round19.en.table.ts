// Round 230 (issue 13): a fresh round of English whole messages, written BEFORE the engine read them, after round
// 220's fixes. Its weight is on NEGATIVES (half the rows): career newsletters and job boards' tips that talk about
// "your interview" and "within a week", careers-site and agency marketing, payroll, benefits, tax-form and expense
// deadlines, onboarding of someone already hired, others' interview loops and a panel rota, a conference, an exam
// timetable, the candidate's own mail and notes, LinkedIn and Glassdoor notifications, a delivery, a landlord, a bank
// and a dentist. Positives come from ATS layouts not tried before (Greenhouse, Lever, SmartRecruiters, Jobvite,
// Breezy, Rippling, GoodTime, Paradox, Dover, Wellfound, Handshake) and employers in Singapore, India, Kenya, the UK,
// Australia, Canada and the US. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
// First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Wednesday 15 November 2028, 09:40 local (winter time in the northern zones; Sydney on AEDT).
const NY = { sentAt: '2028-11-15T09:40:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-11-15T09:40:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2028-11-15T09:40:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2028-11-15T09:40:00-08:00', tz: 'America/Vancouver' } as const;
const LA = { sentAt: '2028-11-15T09:40:00-08:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2028-11-15T09:40:00+00:00', tz: 'Europe/London' } as const;
const SYD = { sentAt: '2028-11-15T09:40:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2028-11-15T09:40:00+08:00', tz: 'Australia/Perth' } as const;
const KOL = { sentAt: '2028-11-15T09:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SGP = { sentAt: '2028-11-15T09:40:00+08:00', tz: 'Asia/Singapore' } as const;
const NBO = { sentAt: '2028-11-15T09:40:00+03:00', tz: 'Africa/Nairobi' } as const;

/** Round 230: English whole messages, half of them negatives. */
export const ROUND_230_EN: readonly PhraseRow[] = [
  // Interviews from ATS layouts.
  {
    ...NY,
    text: 'Hi Daniela,\n\nYour interview with Brightline Payments has been scheduled.\n\nInterview: Technical Screen\nDate: Monday, November 20, 2028\nTime: 1:00 PM - 2:00 PM EST\nInterviewer(s): Ravi Kumar\nLocation: Zoom (link below)\n\nJoin Zoom Meeting\nhttps://brightline.zoom.us/j/8123456789\n\nIf you need to reschedule, please reply to this email.\n\nPowered by Greenhouse',
    expect: [{ kind: 'interview', by: '2028-11-20', time: '13:00' }],
  },
  {
    ...LA,
    text: 'Your phone screen with Quarry Labs is confirmed\n\nHi Marcus,\n\nElena Ruiz (Data Platform Lead) is looking forward to speaking with you.\n\nThursday, November 16, 2028 · 11:00am – 11:30am (PST)\nPhone: Elena will call you at the number on your application.\n\nAdd to calendar: Google · Outlook · iCal\nNeed to make changes? Reschedule or cancel\n\nSent via Lever on behalf of Quarry Labs',
    expect: [{ kind: 'interview', by: '2028-11-16', time: '11:00' }],
  },
  {
    ...SGP,
    text: 'Dear Wei Ling,\n\nYou have been invited to a Video Interview for the position Regional Supply Chain Analyst (Job ID: 743001).\n\nDate: 21 Nov 2028\nTime: 14:30 (GMT+8)\nDuration: 45 minutes\nInterviewers: Tan Boon Kiat, Farah Ismail\n\nPlease accept or decline this invitation in your candidate portal.\n\nBest regards,\nTalent Acquisition\nMerlion Logistics Pte Ltd\n\nThis message was sent by SmartRecruiters on behalf of Merlion Logistics Pte Ltd.',
    expect: [{ kind: 'interview', by: '2028-11-21', time: '14:30' }],
  },
  {
    ...TOR,
    text: "Hi Aiden,\n\nDue to a conflict on the hiring manager's side, we need to move your interview originally scheduled for Friday, November 17 at 10:00 AM. The new time is Tuesday, November 21 at 2:30 PM ET. Your calendar invitation has been updated.\n\nApologies for the inconvenience,\nRecruiting Team\nMaple Ridge Insurance\n\nThis email was sent via Jobvite.",
    expect: [{ kind: 'interview', by: '2028-11-21', time: '14:30' }],
  },
  {
    ...CHI,
    text: "Hi Tasha,\n\nThanks for applying to the Warehouse Operations Supervisor position at Prairie Cold Chain! We'd like to do a quick phone interview. Does Friday, Nov 17 at 9:30am CT work for you? Just reply to this email to confirm.\n\nThanks,\nDominic Reyes\nOperations Manager\n\nSent with Breezy HR",
    expect: [{ kind: 'interview', by: '2028-11-17', time: '09:30' }],
  },
  {
    ...CHI,
    text: "Olivia: Great news, Jamal! You're all set for your interview with Lone Star Grocers.\nOlivia: 📅 Saturday, November 18 at 10:00 AM\nOlivia: 📍 Store #214, 3301 Elm St, Dallas TX\nOlivia: Reply R to reschedule or C to cancel.\nJamal: ok thanks\nOlivia: You're welcome! See you then.",
    expect: [{ kind: 'interview', by: '2028-11-18', time: '10:00' }],
  },
  {
    ...LDN,
    text: 'Hi Harriet,\n\nYour onsite interview loop at Thistle Analytics is confirmed.\n\nWednesday 22 November 2028, 10:00 – 13:30 GMT\n10:00 – 10:45  System design with Callum Reid\n10:45 – 11:30  Coding with Anya Petrova\n11:45 – 12:30  Values with Grace Oduya\n12:30 – 13:30  Lunch with the team\n\nLocation: 1 Finsbury Avenue, London EC2M 2PF. Please ask for us at reception.\n\nScheduled with GoodTime on behalf of Thistle Analytics',
    expect: [{ kind: 'interview', by: '2028-11-22', time: '10:00' }],
  },
  {
    ...NBO,
    text: "Hi Brian,\n\nI'm Wanjiru, co-founder of Mavuno Pay. I saw your application for the Backend Engineer role and really liked your M-Pesa integration project. Are you free on Monday 20 Nov at 4pm EAT for a 30-minute call?\n\nWanjiru\n\n— Sent via Wellfound",
    expect: [{ kind: 'interview', by: '2028-11-20', time: '16:00' }],
  },
  {
    ...NY,
    text: 'Hi Sophie,\n\nCongratulations! You have been selected for a first-round interview with Ridgeway Consulting through On-Campus Interviewing.\n\nYour interview is on Thursday, November 30 at 1:15 PM in the Career Center, Room 204. Please arrive 10 minutes early and bring a printed copy of your resume.\n\nView your interview in Handshake',
    expect: [{ kind: 'interview', by: '2028-11-30', time: '13:15' }],
  },
  {
    ...VAN,
    text: "Hi Noah,\n\nYou're confirmed for a video interview with Cedar Health on Monday, November 27 at 12:00 PM ET (Microsoft Teams). The link is in the calendar invitation.\n\nTalent team, Cedar Health\nRippling Recruiting",
    expect: [{ kind: 'interview', by: '2028-11-27', time: '09:00' }],
  },
  {
    ...LDN,
    text: "Great — Thursday at 2pm it is. I've sent the invite over.\n\nSee you then,\nHannah\n\nOn Tue, 14 Nov 2028 at 16:02, Hannah Lowe <hannah@kitemark.co.uk> wrote:\n> Hi Ben, would Wednesday at 10am or Thursday at 2pm suit for a chat with our CTO?",
    expect: [{ kind: 'interview', by: '2028-11-16', time: '14:00' }],
  },
  {
    ...PER,
    text: "No problem at all, Jack — I've moved your interview with Priya to Monday at 3pm instead. The Teams link stays the same.\n\nCheers,\nSkye\nPeople & Culture, Swan River Water",
    expect: [{ kind: 'interview', by: '2028-11-20', time: '15:00' }],
  },
  // Promises.
  {
    ...KOL,
    text: 'Dear Rohan,\n\nThank you for attending the HR round today. The selection committee meets on Friday, 24 November, and we will communicate the final decision within three working days of that meeting.\n\nRegards,\nTalent Acquisition\nKaveri Retail Pvt Ltd',
    expect: [{ kind: 'response-by', by: '2028-11-29' }],
  },
  {
    ...LDN,
    text: 'Hi Callum,\n\nLovely to speak earlier. The next step is a short take-home exercise; Maria will send you the brief by end of day tomorrow.\n\nBest,\nJo\nTalent Partner, Ashgrove Digital',
    expect: [{ kind: 'response-by', by: '2028-11-16' }],
  },
  {
    ...SYD,
    text: "Hi Ella,\n\nThanks for your patience. We're wrapping up interviews this week and expect to let all candidates know the outcome by the end of next week.\n\nKind regards,\nMatt\nRecruitment, Harbourside Health",
    expect: [{ kind: 'response-by', by: '2028-11-24' }],
  },
  {
    ...NY,
    text: "Hi Megan,\n\nThanks for meeting the team yesterday. Half of us are out for the holiday next week, so realistically we'll have a decision for you after Thanksgiving.\n\nBest,\nRob\nHead of Talent, Gristmill Foods",
    expect: [{ kind: 'response-by', by: '2028-11-30', fuzzy: true }],
  },
  {
    ...LA,
    text: "Hi Ethan,\n\nThanks for completing your interviews with Fernweh! The team is reviewing feedback now and we'll get back to you within 3 business days.\n\nBest,\nKatie\nDover, on behalf of Fernweh",
    expect: [{ kind: 'response-by', by: '2028-11-20' }],
  },
  // No contact before a day; an absence.
  {
    ...LDN,
    text: 'Hi Priya,\n\nThanks for checking in. The hiring manager is travelling this week and next, so please give us until Friday 1 December before chasing for an update.\n\nMany thanks,\nOwen\nRecruitment, Severn Housing',
    expect: [{ kind: 'no-contact-before', by: '2028-12-01' }],
  },
  {
    ...NBO,
    text: 'Thank you for your message. I am out of the office attending a regional conference and will be back on Monday 27 November. I will respond to your email on my return.\n\nAchieng Otieno\nHR Manager, Tsavo Agritech Ltd',
    expect: [{ kind: 'no-contact-before', by: '2028-11-27' }],
  },
  // No calls.
  {
    ...VAN,
    text: 'Thank you for applying to BC Coastal Ferries. Your application for Deckhand (Casual) has been received.\n\nPlease note that our recruitment team cannot take calls regarding application status. All updates will be posted to your candidate profile.\n\nTalent Acquisition',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...PER,
    text: 'Dear Lachlan,\n\nThank you for your interest in the Graduate Geologist role with Pilbara Iron. Unfortunately, on this occasion you have not been shortlisted for interview. We will keep your details on file for 12 months.\n\nKind regards,\nGraduate Recruitment',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...KOL,
    text: 'Dear Sneha,\n\nWe are delighted to offer you the position of Associate Product Manager at Kaveri Retail Pvt Ltd. Please find the offer letter attached; kindly sign and return it by 22 November 2028. Your joining date will be 2 January 2029.\n\nWarm regards,\nHR Team',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Nothing to find: newsletters, tips and marketing.
  {
    ...NY,
    text: "The Monday Brief from CareerCompass\n\nThis week:\n• How to follow up after your interview (and why you should do it within a week)\n• 5 questions to ask at the end of your interview on Friday\n• Salary negotiation 101: what to say when they make an offer\n\nRead more at careercompass.com\n\nYou're receiving this because you subscribed. Unsubscribe",
    expect: [],
  },
  {
    ...TOR,
    text: "Indeed Career Guide\n\nWhat to expect after you apply\n\nMost employers reply within 10 days of the closing date. If you haven't heard back after two weeks, it's fine to send a polite follow-up email to the hiring manager.\n\nFind jobs · Company reviews · Salary guide\n© 2028 Indeed",
    expect: [],
  },
  {
    ...LA,
    text: "Why join Northstar?\n\nFast, fair hiring: our promise is that every applicant hears back within 5 business days.\nFlexible work, great benefits and a team that cares.\n\nExplore 120+ open roles → careers.northstar.com\n\nYou're receiving this because you joined the Northstar Talent Community.",
    expect: [],
  },
  {
    ...SYD,
    text: "Hi there,\n\nAt Summit Talent Partners we place candidates within 2 weeks on average, and 9 out of 10 hear back from employers within 48 hours of their interview. Upload your CV today and let's find your next role!\n\nThe Summit team",
    expect: [],
  },
  // Pay, benefits, tax and expenses; onboarding of someone already hired.
  {
    ...CHI,
    text: 'Open enrollment for 2029 benefits closes Friday, December 1. Log in to Workday to review your medical, dental and vision elections before the deadline.\n\nHR Benefits Team',
    expect: [],
  },
  {
    ...NY,
    text: 'Your 2028 Form W-2 will be available in the employee portal by January 31. Please make sure your mailing address is up to date.\n\nPayroll Department, Hudson Valley Medical Group',
    expect: [],
  },
  {
    ...LDN,
    text: "Reminder: please submit October expenses in Concur by 20 November so they're paid in the November payroll run.\n\nFinance Operations",
    expect: [],
  },
  {
    ...TOR,
    text: 'Hi Leo,\n\nWelcome aboard! Your laptop will be delivered by Friday, and your first-week orientation is on Monday, November 20 at 9:00 AM in the Atrium. Your manager will check in with you within your first 30 days.\n\nPeople Operations, Lakehead Robotics',
    expect: [],
  },
  // Others' schedules.
  {
    ...NY,
    text: "Hi team,\n\nReminder that you're on the interview panel for Jordan Blake (Senior PM) on Thursday, November 16 at 2:00 PM. Please submit your scorecard in Greenhouse within 24 hours of the interview.\n\nThanks,\nRecruiting Ops",
    expect: [],
  },
  {
    ...LDN,
    text: 'Interview rota – w/c 20 November\n\nMon 10:00  Aisha Khan (case study)\nTue 14:00  Ben Morris (values)\nWed 11:30  Chloe Grant (technical)\n\nPlease block your calendars and read the CVs beforehand.\n\nTalent Team',
    expect: [],
  },
  {
    ...SGP,
    text: "Your registration for HR Tech Asia 2028 is confirmed.\n\nDay 1: Tuesday 28 November, 9:00 AM SGT, Marina Bay Sands Expo\nSession you've saved: 'Interviewing for potential' at 11:30 AM\n\nSee you there!",
    expect: [],
  },
  {
    ...SYD,
    text: 'Your final examination timetable\n\nCOMP3020 Distributed Systems – Monday 27 November, 9:30am, Exam Hall B\n\nResults will be released within 15 working days of the end of the exam period.\n\nStudent Administration',
    expect: [],
  },
  // The candidate's own mail and notes.
  {
    ...CHI,
    text: "Hi Karen,\n\nI wanted to follow up on my application for the Marketing Coordinator role, submitted on 2 November. I'd welcome the chance to interview and I'm available Tuesday or Thursday afternoon next week.\n\nBest regards,\nAna Torres",
    expect: [],
  },
  {
    ...PER,
    text: 'Notes – Tidewater call 15/11\n- Recruiter (Sam) said they usually interview within 2 weeks of closing; role closes 30 Nov\n- To do: update portfolio by Sunday\n- Follow up Mon 4 Dec if nothing',
    expect: [],
  },
  // Job sites' notifications.
  {
    ...SGP,
    text: 'Sarah Chen viewed your profile\n\nYour profile appeared in 23 searches this week.\n\n5 new jobs match your preferences:\nProduct Analyst · Grab · Singapore · Apply by Nov 30\nData Analyst · Shopee · Singapore · Be an early applicant\n\nLinkedIn',
    expect: [],
  },
  {
    ...SYD,
    text: "New interview reviews for Atlassian\n\n'I applied online. The process took 3 weeks. I interviewed at Atlassian (Sydney) in Oct 2028. Had a phone screen on a Monday, then a 2-hour onsite. They got back to me within 2 days.'\n\nRead more reviews on Glassdoor",
    expect: [],
  },
  // Life admin.
  {
    ...LA,
    text: 'Your order #112-4459210 is out for delivery and will arrive today between 2pm and 6pm.\n\nTrack your package',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi,\n\nThe plumber will come to inspect the boiler on Monday 20 November between 10am and 12pm. Please make sure someone is home.\n\nThanks,\nDavid (landlord)',
    expect: [],
  },
  {
    ...SYD,
    text: 'Your appointment with a home loan specialist is confirmed for Thursday 23 November at 3:30pm at our George Street branch. Please bring two forms of ID.\n\nWestgate Bank',
    expect: [],
  },
  {
    ...NBO,
    text: 'Reminder: Dr. Mwangi Dental Clinic – your check-up is on Tuesday 21 November at 11:00. Reply C to confirm or R to reschedule.',
    expect: [],
  },
];

// Round 230b: written after round 230's fixes and before the engine read it. Friday 1 December 2028, 16:05 local
// (winter time in the northern zones; Sydney on AEDT): "Monday" is 4 December, next week the 4th to the 8th.
const NY_B = { sentAt: '2028-12-01T16:05:00-05:00', tz: 'America/New_York' } as const;
const CHI_B = { sentAt: '2028-12-01T16:05:00-06:00', tz: 'America/Chicago' } as const;
const TOR_B = { sentAt: '2028-12-01T16:05:00-05:00', tz: 'America/Toronto' } as const;
const LA_B = { sentAt: '2028-12-01T16:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const LDN_B = { sentAt: '2028-12-01T16:05:00+00:00', tz: 'Europe/London' } as const;
const SYD_B = { sentAt: '2028-12-01T16:05:00+11:00', tz: 'Australia/Sydney' } as const;
const PER_B = { sentAt: '2028-12-01T16:05:00+08:00', tz: 'Australia/Perth' } as const;
const KOL_B = { sentAt: '2028-12-01T16:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SGP_B = { sentAt: '2028-12-01T16:05:00+08:00', tz: 'Asia/Singapore' } as const;
const NBO_B = { sentAt: '2028-12-01T16:05:00+03:00', tz: 'Africa/Nairobi' } as const;

/** Round 230b: English whole messages, nearly half of them negatives. */
export const ROUND_230B_EN: readonly PhraseRow[] = [
  // Interviews.
  {
    ...TOR_B,
    text: 'Interview Confirmation: Product Designer at Loonie Labs\n\nHi Priyanka,\n\nThanks for confirming your availability. Here are the details:\n\nTuesday, December 5, 2028\n10:30 AM - 11:15 AM Eastern Time (US & Canada)\nPortfolio Review with Jenna Park, Marcus Lee\nGoogle Meet: meet.google.com/abc-defg-hij\n\nWe look forward to speaking with you!\n\nLoonie Labs Recruiting Team',
    expect: [{ kind: 'interview', by: '2028-12-05', time: '10:30' }],
  },
  {
    ...KOL_B,
    text: 'Hi Ananya,\n\nHere is your interview schedule with Redwood Analytics:\n\nWednesday, December 6 at 8:30 AM EST – Hiring manager conversation with Dana Liu (45 min)\n\nA Zoom link is in your calendar invitation. Reply to this email if anything needs to change.\n\nScheduled via ModernLoop',
    expect: [{ kind: 'interview', by: '2028-12-06', time: '19:00' }],
  },
  {
    ...CHI_B,
    text: 'Hi Marcus,\n\nThanks for applying to the Sales Development Rep role through Handshake! Could you do a 20-minute phone screen on Tuesday at 4:30pm CT?\n\nBest,\nAlyssa\nUniversity Recruiting, Prairie Tech',
    expect: [{ kind: 'interview', by: '2028-12-05', time: '16:30' }],
  },
  {
    ...NY_B,
    text: 'Hi Keisha, this is Olivia from Sunbelt Hotels. Your interview has been rescheduled to Wednesday, December 6 at 1:30 PM. Reply HELP for help or STOP to opt out.',
    expect: [{ kind: 'interview', by: '2028-12-06', time: '13:30' }],
  },
  {
    ...LDN_B,
    text: 'Interview invitation – Staff Nurse, Band 5 (Ref 244-ED-1182)\n\nDear Amara,\n\nWe are pleased to invite you to interview on Thursday 7 December 2028 at 11:15. The interview will last approximately 40 minutes and will be held in the Education Centre, Level 2.\n\nKind regards,\nRecruitment Team\nNorthgate Hospitals NHS Trust',
    expect: [{ kind: 'interview', by: '2028-12-07', time: '11:15' }],
  },
  {
    ...PER_B,
    text: "Sorry, Liam — Kate's flight has been delayed, so we'll need to push tomorrow's 10am to Monday, same time. Same Teams link.\n\nCheers,\nSkye",
    expect: [{ kind: 'interview', by: '2028-12-04', time: '10:00' }],
  },
  {
    ...NBO_B,
    text: 'Dear Wanjiku,\n\nRE: INTERVIEW FOR THE POSITION OF FINANCE OFFICER\n\nYou have been shortlisted for the above position. Kindly avail yourself for an oral interview on Tuesday 12th December 2028 at 9.00 a.m. at our Upper Hill offices, Nairobi. Bring your original certificates and national ID.\n\nYours faithfully,\nHuman Resource Manager\nKilima Sacco Society Ltd',
    expect: [{ kind: 'interview', by: '2028-12-12', time: '09:00' }],
  },
  {
    ...KOL_B,
    text: 'Dear Arjun,\n\nGreetings from Nilgiri Software!\n\nYour Round 2 (Technical) is scheduled on 06-Dec-2028 at 11:00 AM IST.\nInterview Mode: MS Teams\nPanel: Suresh R., Kavitha M.\n\nKindly join 10 minutes before the scheduled time.\n\nRegards,\nTalent Acquisition Team',
    expect: [{ kind: 'interview', by: '2028-12-06', time: '11:00' }],
  },
  // Promises.
  {
    ...LDN_B,
    text: 'Dear Ahmed,\n\nThank you for completing the online assessment for Graduate Analyst. Our hiring team will review your results and you will hear from us within 10 working days.\n\nKind regards,\nEarly Careers Team\nThamesbridge Capital\n\nThis email was sent by SmartRecruiters.',
    expect: [{ kind: 'response-by', by: '2028-12-15' }],
  },
  {
    ...TOR_B,
    text: "Hi Owen,\n\nReference checks will be completed by December 8, and we'll have a decision for you within two business days after that.\n\nThanks for your patience,\nClaire\nPeople & Culture, Fundy Tidal Power",
    expect: [{ kind: 'response-by', by: '2028-12-12' }],
  },
  {
    ...SGP_B,
    text: 'Dear Mr Lim,\n\nThank you for attending the second interview. We will update you on the outcome before Christmas.\n\nBest regards,\nHuman Capital\nStraits Shipping Pte Ltd',
    expect: [{ kind: 'response-by', by: '2028-12-24' }],
  },
  {
    ...SYD_B,
    text: 'Hi Georgia,\n\nThanks for coming in this week. With the office winding down for the holidays, you can expect to hear from us early in the new year.\n\nCheers,\nJosh\nTalent, Coastline Credit Union',
    expect: [{ kind: 'response-by', by: '2029-01-10', fuzzy: true }],
  },
  {
    ...LA_B,
    text: 'Hi Danny,\n\nThe team loved your take-home! Our coordinator, Bea, will reach out with onsite availability by Tuesday.\n\nBest,\nMorgan\nEngineering Recruiting, Tidepool\n\nSent via Lever',
    expect: [{ kind: 'response-by', by: '2028-12-05' }],
  },
  {
    ...NBO_B,
    text: 'Dear Candidate,\n\nThank you for attending the interview held on 29th November 2028. The results of the interview will be communicated within fourteen (14) days from the date of the interview.\n\nHuman Resources Department\nMara Water Services Company',
    expect: [{ kind: 'response-by', by: '2028-12-13' }],
  },
  // No contact before a day; no calls.
  {
    ...SGP_B,
    text: 'Automatic reply: I am on leave until Friday 8 December with limited access to email, returning Monday 11 December.\n\nTan Mei Ling\nTalent Acquisition Partner',
    expect: [{ kind: 'no-contact-before', by: '2028-12-11' }],
  },
  {
    ...NY_B,
    text: "Hi Ray,\n\nPlease don't check in before the 15th — the hiring committee doesn't meet until then.\n\nThanks,\nDiane",
    expect: [{ kind: 'no-contact-before', by: '2028-12-15' }],
  },
  {
    ...KOL_B,
    text: 'Dear Applicant,\n\nYour application for Management Trainee has been received.\n\nPlease note: candidates are requested not to call the HR department for status updates. Shortlisted candidates will be contacted by email.\n\nHR Department\nGanga Steel Ltd',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CHI_B,
    text: 'Thanks for applying to Lakefront Logistics! We review every application.\n\nRecruiters and staffing agencies: please do not contact us about this role.\n\nLakefront Logistics Talent Team',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...LA_B,
    text: "Hi Jordan,\n\nThank you for interviewing for the Customer Success Manager role. Unfortunately, we've decided to pursue other candidates whose experience more closely matches our needs.\n\nBest of luck,\nHiring Team, Sequoia Sprouts\n\nSent with Breezy HR",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY_B,
    text: "Hi Dev,\n\nI'm delighted to let you know the team wants to make you an offer for the Staff Engineer role! I'll call you Monday to talk through the details.\n\nBest,\nLaura",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-12-04' },
    ],
  },
  // Nothing to find.
  {
    ...LA_B,
    text: 'Interviews at Stripe\n\nCandidates report an average of 4 weeks from application to offer. 62% rate their interview experience as positive.\n\nSee 312 interview reviews on Glassdoor',
    expect: [],
  },
  {
    ...CHI_B,
    text: 'Your application to Barista at Bean There Cafe was sent.\n\nResponsive employer: typically responds to applications within 3 days.\n\nIndeed',
    expect: [],
  },
  {
    ...SYD_B,
    text: "Your Weekly Career Plan\n\nMonday – refresh your CV\nWednesday at 6pm – live Q&A: Landing the interview\nFriday – follow up on applications sent 10+ days ago\n\nYou're receiving this because you joined CareerLaunch. Unsubscribe",
    expect: [],
  },
  {
    ...NY_B,
    text: 'Reminder: your final paycheck of 2028 will be deposited on Friday, December 22. Form W-4 changes must be submitted by December 15 to take effect for January.\n\nPayroll, Hudson River Foods',
    expect: [],
  },
  {
    ...LDN_B,
    text: 'Year-end close: all December expense claims must be approved by Thursday 21 December at 5pm.\n\nFinance Shared Services',
    expect: [],
  },
  {
    ...LDN_B,
    text: 'Hi Sam,\n\nAs part of your probation review, your three-month check-in with Laura is booked for Tuesday 5 December at 2pm in Meeting Room 4.\n\nPeople Team',
    expect: [],
  },
  {
    ...TOR_B,
    text: "FYI — Jess is interviewing a candidate at 3pm on Tuesday, so she'll be offline; please route client calls to me.\n\nMark",
    expect: [],
  },
  {
    ...KOL_B,
    text: "Hi Raj,\n\nCould you join the interview panel for the Data Engineer candidate on Thursday 7 December at 10:00? It's a 45-minute technical round.\n\nThanks,\nMeera\nTalent Acquisition",
    expect: [],
  },
  {
    ...SGP_B,
    text: 'Semester 1 examinations\n\nCS2040 Data Structures – Wednesday 6 December 2028, 2:00pm–4:00pm, MPSH 2\n\nResults will be released by 15 January 2029.\n\nRegistrar’s Office',
    expect: [],
  },
  {
    ...NY_B,
    text: 'You\'re in! "How to answer Tell me about yourself in your interview" starts Tuesday, December 5 at 12:00 PM ET.\n\nAdd to calendar\n\nThe Muse',
    expect: [],
  },
  {
    ...NBO_B,
    text: 'Dear Mr. Otieno,\n\nThank you for the interview today. As discussed, I will send my references by Monday.\n\nKind regards,\nGrace Njeri',
    expect: [],
  },
  {
    ...SGP_B,
    text: 'Congratulate Tomás on starting a new position as Talent Partner at Revolut!\n\n3 people in your network are hiring for roles you might like.\nInterview prep: practise common questions with AI\n\nLinkedIn',
    expect: [],
  },
  {
    ...NBO_B,
    text: 'Your DHL parcel 4471 2209 8813 will be delivered on Monday 4 December between 09:00 and 13:00. Reschedule your delivery here.',
    expect: [],
  },
  {
    ...SYD_B,
    text: 'Notice of entry\n\nThe agent will conduct a routine inspection of your unit on Wednesday 6 December at 11am. You do not need to be present.\n\nHarbour Realty',
    expect: [],
  },
  {
    ...CHI_B,
    text: 'Your card ending 4417 is being replaced. Your new card will arrive within 7–10 business days.\n\nMidwest Community Bank',
    expect: [],
  },
  {
    ...PER_B,
    text: 'Your telehealth consultation with Dr Patel is confirmed for Monday 4 December, 4:15pm. Please log in 5 minutes early.\n\nSwan Medical Group',
    expect: [],
  },
  {
    ...LDN_B,
    text: 'Looking for your next role in 2029? Our consultants respond to every CV within 24 hours — send yours today!\n\nBrightpath Recruitment',
    expect: [],
  },
  {
    ...NBO_B,
    text: 'Life at Tusker Bank\n\nOur graduate programme interviews run every Tuesday in January. Applications close on 15 December.\n\nExplore roles at careers.tuskerbank.co.ke',
    expect: [],
  },
];
