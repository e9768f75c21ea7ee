// The fifth held-out English round of issue 13 (round 50): whole messages from applicant tracking systems
// (Greenhouse, Lever, Workday, iCIMS, Ashby, SmartRecruiters, Teamtailor, Personio in English, JazzHR, Recruitee,
// Workable, Pinpoint) and from agencies and hiring managers in the US, UK, Ireland, India, Nigeria, the
// Philippines, Australia, New Zealand and Canada, with job alerts, receipts, status changes, assessment reminders,
// event invitations, marketing, out-of-office replies and other candidates' interviews as negatives. Each row's
// answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figure is in FIRST_RUN
// (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Tuesday 1 December 2026, 10:00 in New York.
const BOS = { sentAt: '2026-12-01T10:00:00-05:00', tz: 'America/New_York' } as const;
// Wednesday 2 December 2026, 09:30 in Dublin (day-first numeric dates).
const DUB = { sentAt: '2026-12-02T09:30:00+00:00', tz: 'Europe/Dublin' } as const;
// Thursday 3 December 2026, 11:00 in Pune (day-first numeric dates).
const PUN = { sentAt: '2026-12-03T11:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Monday 30 November 2026, 10:00 in Lagos.
const LOS = { sentAt: '2026-11-30T10:00:00+01:00', tz: 'Africa/Lagos' } as const;
// Friday 4 December 2026, 09:00 in Manila.
const MNL = { sentAt: '2026-12-04T09:00:00+08:00', tz: 'Asia/Manila' } as const;
// Tuesday 1 December 2026, 09:00 in Melbourne.
const MEL = { sentAt: '2026-12-01T09:00:00+11:00', tz: 'Australia/Melbourne' } as const;
// Wednesday 2 December 2026, 10:00 in Auckland.
const AKL = { sentAt: '2026-12-02T10:00:00+13:00', tz: 'Pacific/Auckland' } as const;
// Thursday 3 December 2026, 08:00 in Calgary.
const CAL = { sentAt: '2026-12-03T08:00:00-07:00', tz: 'America/Edmonton' } as const;
// Monday 30 November 2026, 10:00 in London.
const LON = { sentAt: '2026-11-30T10:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 2 December 2026, 09:00 in Seattle.
const SEA = { sentAt: '2026-12-02T09:00:00-08:00', tz: 'America/Los_Angeles' } as const;
// Friday 4 December 2026, 14:00 in Chicago.
const CHI = { sentAt: '2026-12-04T14:00:00-06:00', tz: 'America/Chicago' } as const;
// Thursday 3 December 2026, 12:00 in Toronto.
const TOR = { sentAt: '2026-12-03T12:00:00-05:00', tz: 'America/Toronto' } as const;

/** Round 50: English ATS templates and recruiter mail as whole messages, fifth unseen round. */
export const ROUND_50_EN: readonly PhraseRow[] = [
  {
    ...BOS,
    text: 'Hi Daniela,\n\nThanks for scheduling! Here are the details for your upcoming interview with Harborline Analytics.\n\nTime: 2:30 PM EST\nDate: Thursday, December 10, 2026\nDuration: 45 minutes\nInterviewer: Marcus Feld, Director of Data Science\nLocation: Zoom (link in the calendar invite)\n\nIf you need to reschedule, please let us know at least 24 hours in advance.\n\nCheers,\nHarborline Recruiting\n\nSent via Greenhouse',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '14:30' }],
  },
  {
    ...SEA,
    text: "Hi Jonah,\n\nYou're all set. When: Mon Dec 7, 2026 11:00am – 11:45am (PST) Where: Google Meet With: Ana Ruiz (Design Lead)\n\nReply here if anything changes.\n— Tessellate Talent (via Lever)",
    expect: [{ kind: 'interview', by: '2026-12-07', time: '11:00' }],
  },
  {
    ...PUN,
    text: 'Dear Candidate,\n\nYour application for Senior Software Engineer - Payments (JR-88213) has moved to the next step.\n\nStatus: Interview Scheduling\nUpdated on: 03/12/2026 10:41:07 IST\n\nA member of our Talent Acquisition team will reach out to you.\n\nRegards,\nKestrel Financial Services\n\nThis is an automatically generated email from Workday. Please do not reply.',
    expect: [],
  },
  {
    ...PUN,
    text: 'Dear Ananya,\n\nGreetings from Sundaram Techsoft!\n\nWe are pleased to invite you for the Technical Round 2 interview. Please find the schedule below:\n\nInterview Date\t: 09/12/2026\nReporting Time\t: 10:30:00\nVenue\t: Tower B, 4th Floor, Magarpatta City, Pune\nContact Person\t: Mr. Rohit Kulkarni\n\nKindly carry a government ID proof and two copies of your resume.\n\nThanks & Regards,\nTalent Acquisition Team\n\nDISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:30' }],
  },
  {
    ...LOS,
    text: 'Good morning Chidinma,\n\nFollowing your application for the Relationship Manager role, you have been shortlisted for a virtual interview on Thursday, 3rd December 2026 at 9:15 (Europe/London). Kindly confirm your availability by replying to this mail.\n\nBest regards,\nAdaeze Okafor\nHR Business Partner\nCowrie Capital Limited, Victoria Island, Lagos\n\nSent from my iPhone',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '10:15' }],
  },
  {
    ...MNL,
    text: 'Hi Paolo,\n\nQuick update from our side — the client had a conflict so your final interview originally set for Monday, Dec 7 at 2:00 PM has been moved. New schedule: Wednesday, December 9, 4:30 PM (Manila time), same Teams link.\n\nSorry for the hassle!\n\nMaricel Dizon\nSenior Recruiter | Banyan Talent Partners\nMakati City\n\nSent from Outlook for Android',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '16:30' }],
  },
  {
    ...MEL,
    text: 'Hi Georgia,\n\nThanks for your application for the Senior Policy Officer role. The panel would like to meet you and has the following times available:\n\n• Tuesday 8 December, 10:00am\n• Wednesday 9 December, 2:30pm\n• Friday 11 December, 11:15am\n\nCould you please reply with your preferred time by close of business Thursday?\n\nKind regards,\nLiam Nguyen\nRecruitment Advisor | Department of Transport and Planning\n\nOFFICIAL\nThis email and any attachments may contain confidential information.',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Aroha,\n\nThanks for checking in. We still have a couple of candidates to meet on Friday, and once those conversations are done the panel will compare notes. I expect we will be able to let everyone know where they stand by the middle of next week.\n\nNgā mihi,\nTama Walker\nPeople & Culture Advisor\nKauri Energy',
    expect: [{ kind: 'response-by', by: '2026-12-09', fuzzy: true }],
  },
  {
    ...DUB,
    text: 'Dear Siobhán,\n\nThank you for applying for the Graduate Engineer Programme 2027 at Corrib Infrastructure. The closing date for applications is Friday 11 December. First-round interviews will take place during the week of 11 January, and shortlisted candidates will be contacted within two weeks of the closing date.\n\nKind regards,\nGraduate Recruitment Team\n\nPowered by Workable',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...LON,
    text: 'Hi Ellis,\n\nThanks for applying for the Content Designer role. The advert closes on Friday 18 December. We aim to get back to every applicant within ten working days of that date, whatever the outcome.\n\nBest wishes,\nHarriet\nTalent Team, Wrenfield\n\nTeamtailor',
    expect: [{ kind: 'response-by', by: '2027-01-01' }],
  },
  {
    ...CAL,
    text: 'Hi Priya,\n\nGreat news — your onsite with the Calgary team is booked for Tuesday, December 8 at 1:00 PM MT at our office on 8th Avenue SW.\n\nThe day will include a case study presentation and two panel conversations. Please bring your laptop.\n\nYou should hear back from us within two business days of your visit.\n\nThanks,\nOwen\nSenior Technical Recruiter, Chinook Robotics',
    expect: [
      { kind: 'interview', by: '2026-12-08', time: '13:00' },
      { kind: 'response-by', by: '2026-12-10' },
    ],
  },
  {
    ...BOS,
    text: "Hi Marcus,\n\nThe team really enjoyed meeting you yesterday. We're finalizing references now, and our decision will be with you before Friday.\n\nThanks,\nJen Alvarez\nHead of Talent, Pinecrest Bio",
    expect: [{ kind: 'response-by', by: '2026-12-03' }],
  },
  {
    ...MNL,
    text: "Hi Bea,\n\nThanks for completing your application for Customer Experience Team Lead at Lumen BPO. Our hiring team reviews every application, and reviews usually take about a week. We'll contact you by email if you are selected to move forward.\n\nWarm regards,\nLumen BPO Talent Acquisition\n\nThis message was sent via SmartRecruiters. Please do not reply to this email.",
    expect: [{ kind: 'response-by', by: '2026-12-11', fuzzy: true }],
  },
  {
    ...LOS,
    text: 'Dear Emeka,\n\nCongratulations! Following your final interview, I am pleased to confirm that we would like to offer you the role of Senior Product Analyst. HR will prepare your employment letter and it should get to you within five working days.\n\nWarm regards,\nFunmi Adeyemi\nHead of People, Baobab Payments',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-07' },
    ],
  },
  {
    ...LON,
    text: "Hi Callum,\n\nThanks for your patience. The panel now plans to finalise its choice after the holidays; I'll be in touch as soon as I have something to share.\n\nAll the best,\nRebecca\nTalent Partner, Fenwick & Lowe",
    expect: [{ kind: 'response-by', by: '2027-01-08', fuzzy: true }],
  },
  {
    ...DUB,
    text: "Hi Niamh,\n\nA quick update: the board will sign off on the appointment when it meets on the 15th, and we'll confirm the outcome to all finalists by Friday 18 December at the latest.\n\nThanks again,\nDeclan\nHR Manager, Liffey Credit Union",
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...SEA,
    text: 'Hey Sam,\n\nYou made it to the final round! Heads-up on timing: the hiring committee meets on the 14th and we should have a final answer for you before the month is out.\n\nBest,\nRiley (Recruiting @ Driftwood Games)\n\nSent with Ashby',
    expect: [{ kind: 'response-by', by: '2026-12-31' }],
  },
  {
    ...MEL,
    text: "Hi Oscar,\n\nThank you for attending the interview yesterday. The panel is still completing interviews, so we'd ask that you give us ten days before getting in touch for an update.\n\nRegards,\nSophie Martin\nTalent Acquisition, Yarra Water\n\nPlease consider the environment before printing this email.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-11' }],
  },
  {
    ...CAL,
    text: "Hi Fatima,\n\nJust a heads-up that I'm on leave from tomorrow until Friday 11 December and back at my desk on Monday 14 December, so please hold any follow-up questions until I'm back.\n\nThanks,\nGrant\nRecruitment Lead, Prairie Mutual",
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...AKL,
    text: 'Thank you for your email. I am currently out of the office with limited access to email, returning on Wednesday 9 December. For urgent recruitment matters please contact careers@tidewater.co.nz.\n\nNgā mihi,\nMere Thompson\nTalent Acquisition Partner',
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06
    // ruling, left as written until round 190's rules read this wording of the return).
    expect: [{ kind: 'no-contact-before', by: '2026-12-09' }],
  },
  {
    ...CHI,
    text: 'Hello Andre,\n\nThanks for your interest in the Warehouse Operations Supervisor opening. Because of the volume of applications, we ask all applicants to refrain from contacting the hiring team until the posting closes on December 15.\n\nRegards,\nMidway Freight HR\n\nPowered by JazzHR',
    expect: [{ kind: 'no-contact-before', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...LON,
    text: "Hi Maya,\n\nThanks for sending over your portfolio — the studio team has everything they need. Please don't resend files, chase by email, or ring the studio reception about it; Hannah will be in touch directly once the directors have reviewed.\n\nCheers,\nTom\nStudio Manager, Oakbeam Architects",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PUN,
    text: 'Dear Applicant,\n\nThank you for applying to Nilgiri Pharma. Please note that our recruitment team is not able to respond to status queries over the phone; all updates will be shared through the candidate portal.\n\nRegards,\nHR Team\nNilgiri Pharma Ltd.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MEL,
    text: 'Hi Jack,\n\nThanks for applying with Coastline Health. Our reception staff cannot handle calls about recruitment, so please direct any questions to this email address.\n\nCoastline Health Careers\n\nPowered by Pinpoint',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOS,
    text: 'Hi Leila,\n\nYour interview with Northstar Labs is confirmed.\n\nSystem Design Interview\nFriday, December 11, 2026\n9:30 – 10:30 (America/Denver)\nLocation: Video call (Zoom link below)\nInterviewers: Grace Obi, Tomasz Wrona\n\nNeed to make a change? Use the reschedule link.\n\nAshby · Northstar Labs',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '11:30' }],
  },
  {
    ...LON,
    text: 'Dear Aisha,\n\nThank you for your application as Backend Developer at Spreewald Mobility GmbH. We would like to invite you to a first video interview.\n\nDate: Thursday, 3 December 2026\nTime: 16:30 (CET)\nParticipants: Lukas Brandt (Engineering Lead), Mia Schultz (People)\n\nPlease confirm the appointment via the link in Personio.\n\nBest regards\nMia Schultz\nPeople & Culture\n\nSpreewald Mobility GmbH · Registered office: Berlin · Register court: Charlottenburg HRB 123456',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '15:30' }],
  },
  {
    ...MNL,
    text: "Hi Carlo,\n\nApologies — since we didn't hear back in time, the slot on Tuesday has been given to another candidate. Could you please pick a new time from the scheduling link below?\n\nThanks,\nRecruitment Team, Palawan Air\n\nPowered by Recruitee",
    expect: [],
  },
  {
    ...TOR,
    text: 'New jobs matching "data analyst" near Toronto\n\nJunior Data Analyst — Maplegrove Insurance — Posted 2 days ago\nData Analyst II — Northern Rail Co. — Interviews from Dec 14\nBusiness Intelligence Analyst — Cedar Health — Apply by Dec 18\n\nYou are receiving this job alert because you subscribed on 12 Oct 2026. Unsubscribe | Manage alerts',
    expect: [],
  },
  {
    ...TOR,
    text: 'Receipt from CareerLift Pro\n\nAmount paid: CA$29.00\nDate paid: December 1, 2026\nPayment method: Visa ending 4242\nPlan: Interview Prep Monthly\nNext billing date: January 1, 2027\n\nQuestions? Reply to this email.\n\nCareerLift Pro Inc., 100 King St W, Toronto',
    expect: [],
  },
  {
    ...SEA,
    text: 'Hi Jordan,\n\nReminder: your coding assessment for Platform Engineer at Sable Systems expires on Tuesday, December 8 at 11:59 PM PT. The assessment takes about 90 minutes and must be completed in one sitting.\n\nGood luck!\nSable Systems Recruiting',
    expect: [],
  },
  {
    ...DUB,
    text: "You're invited: Careers Open Evening at Harbourview Bank\n\nJoin our graduate recruiters on Wednesday 9 December from 6:00pm to 8:00pm at 1 Grand Canal Square, Dublin 2. Meet our teams, hear about the 2027 programme and enjoy some festive food.\n\nRSVP by Monday 7 December.\n\nYou received this email because you are part of the Harbourview Bank talent community.",
    expect: [],
  },
  {
    ...MEL,
    text: 'Black Friday is extended! Upgrade to Premium before midnight on Sunday 6 December and save 50%. Get seen by recruiters 3x faster and prep for interviews with our AI coach.\n\nOffer ends 06/12/2026 23:59 AEDT. Terms apply.',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Ruth,\n\nThanks for your note. Just so you know where things stand: the panel is interviewing the remaining shortlisted applicants on Thursday and Friday this week, and we'll be in touch after that.\n\nKind regards,\nMaeve\nHR Officer, Shannon Port Authority",
    expect: [],
  },
  {
    ...AKL,
    text: 'Your application status changed\n\nPosition: Marketing Executive\nCompany: Kapiti Coast Brewing Co.\nNew stage: Interview\nChanged: 02 Dec 2026, 09:12:44 NZDT\n\nLog in to your candidate profile to see details.\n\nPowered by Recruitee',
    expect: [],
  },
  {
    ...MEL,
    text: 'Thank you for your application to Ironbark Mining. Our recruitment office is open Monday to Friday, 8:30am – 4:30pm AEDT. If you are shortlisted, a member of our team will contact you.\n\nIronbark Mining Careers',
    expect: [],
  },
  {
    ...LOS,
    text: 'Dear Tobi,\n\nThank you for the time you invested in interviewing for the Credit Risk Analyst position at Ikoyi Microfinance Bank. After careful consideration, we will not be progressing your application further at this time.\n\nWe wish you every success in your career.\n\nKind regards,\nTalent Team\n\nSent via Workable',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CHI,
    text: 'Hi Brandon,\n\nPlease see your interview itinerary below.\n\nDate\tTime\tInterviewer\tFormat\nMonday, December 14, 2026\t10:00 AM CST\tKaren Liu\tPhone\nMonday, December 14, 2026\t11:00 AM CST\tDavid Osei\tVideo\n\nIf you need accommodations for the interview process, please contact us.\n\nThank you,\nHeartland Mutual Talent Acquisition',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '10:00' }],
  },
  {
    ...PUN,
    text: 'Hi Karthik,\n\nThank you for confirming. Your final discussion with our CTO is on Friday, 11 December at 4 PM IST. We generally share the outcome two to three working days after the final round.\n\nBest,\nShruti\nPeople Team, Vayu Analytics',
    expect: [
      { kind: 'interview', by: '2026-12-11', time: '16:00' },
      { kind: 'response-by', by: '2026-12-16' },
    ],
  },
  {
    ...BOS,
    text: 'Hi Tasha, would Wednesday the 9th at 3:15pm ET work for a 30-minute call with our VP of Sales? If not, send me a couple of windows that do.\n\nThanks!\nBrooke\n\nSent from my iPhone',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '15:15' }],
  },
  {
    ...DUB,
    text: "Hi Conor,\n\nThanks for following up. We're wrapping up the final interviews this week, and I'll come back to you with a decision no later than Wednesday 16 December.\n\nBest,\nAoife\n\nOn Mon, 30 Nov 2026 at 14:02, Conor Byrne <conor.byrne@gmail.com> wrote:\n> Hi Aoife,\n> Just checking in on the Product Owner role after my interview on 24 November. Any update on timing?\n> Thanks,\n> Conor",
    expect: [{ kind: 'response-by', by: '2026-12-16' }],
  },
  {
    ...AKL,
    text: "Kia ora Hemi,\n\nThanks for your application for Field Technician. Applications close at 5pm on Sunday 13 December. Shortlisting will be completed within a week of close, and we'll phone shortlisted applicants to arrange interviews.\n\nNgā mihi\nRecruitment | Waikato Lines",
    expect: [{ kind: 'response-by', by: '2026-12-20' }],
  },
  {
    ...LOS,
    text: 'Dear Ibrahim,<br><br>We are pleased to invite you to a panel interview for the position of Procurement Officer.<br><br><b>Date:</b> Tuesday, 8th December, 2026<br><b>Time:</b> 11:00am (WAT)<br><b>Venue:</b> 14 Adeola Odeku Street, Victoria Island<br><br>Please come with original copies of your credentials.<br><br>Regards,<br>Human Resources',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '11:00' }],
  },
  {
    ...SEA,
    text: "Hi Zara,\n\nThank you for taking the time to interview with us on Monday, 30 November. We appreciated learning more about your background. We'll be in touch once the panel has met.\n\nBest regards,\nLucy\nRecruiting, Evergreen Outdoor",
    expect: [],
  },
  {
    ...LON,
    text: 'Hi Priyesh,\n\nPlease complete the attached right-to-work form and return it by Thursday 10 December so we can keep your file moving.\n\nMany thanks,\nOnboarding Team, Thamesmead Housing',
    expect: [],
  },
  {
    ...PUN,
    text: "Hi Arjun,\n\nUnfortunately the hiring manager is unwell, so we need to cancel your interview scheduled for tomorrow, Friday 4 December at 11:00 AM IST. I'll share new options once we have her availability.\n\nRegards,\nNeha\nTalent Acquisition, Vistara Logistics",
    expect: [],
  },
];

/**
 * Round 50b: a second fresh set of English messages, written with their answers BEFORE the engine (with round 50's
 * fixes) read them; its first run is the honest figure of the fixed engine on unseen text.
 */
export const ROUND_50B_EN: readonly PhraseRow[] = [
  {
    ...TOR,
    text: 'Hi Noor,\n\nYour interview has been scheduled.\n\nStart Time: 10:15 AM\nEnd Time: 11:00 AM\nDate: Wednesday, December 9, 2026\nTime Zone: Eastern Time (US & Canada)\nInterview Type: Video\n\nBest,\nFintrail Talent Team\n\nPowered by SmartRecruiters',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:15' }],
  },
  {
    ...CHI,
    text: 'Interview Confirmation\n\nCandidate: Ramon Diaz\nPosition: Maintenance Planner (R-22019)\nInterview Date/Time: 12/10/2026 09:00:00 AM CST\nInterview Location: Plant 3, Conference Room B\n\nPlease arrive 15 minutes early and bring steel-toe boots for the floor tour.\n\nPrairieSteel Talent Acquisition',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '09:00' }],
  },
  {
    ...LON,
    text: "Hi Georgie,\n\nGreat news! You've been invited to an interview for Junior Copywriter.\n\nDate | Time | Location\nWed 2 Dec | 11:30 | Studio 4, Shoreditch\n\nSee you then!\nPebble & Pine\n\nSent with Teamtailor",
    expect: [{ kind: 'interview', by: '2026-12-02', time: '11:30' }],
  },
  {
    ...PUN,
    text: 'Dear Sneha,\n\nAs discussed over call, your F2F interview with our client (a leading MNC bank) is scheduled on 08-12-2026 (Tuesday) at 11.30 AM. Address: 6th Floor, Panchshil Tech Park, Yerwada, Pune.\n\nKindly confirm by return mail.\n\nRegards,\nVikram | Talentbridge Consultants\nMob: +91 98220 11223',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '11:30' }],
  },
  {
    ...LOS,
    text: 'Dear Tunde,\n\nYour technical interview with our Berlin engineering team is confirmed for Wednesday, 2 December 2026 at 14:00 (CET). The call will last 60 minutes.\n\nBest regards,\nLena\nTalent Partner, Okapi Mobility',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '14:00' }],
  },
  {
    ...MNL,
    text: 'Hi Jasmine,\n\nYour final interview with the US hiring manager is set for Tuesday, December 8, 8:00 PM (America/New_York). A calendar invite with the Zoom link will follow.\n\nThanks,\nRica\nTalent Acquisition | Bayanihan Outsourcing',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '09:00' }],
  },
  {
    ...MEL,
    text: 'Hi Zoe,\n\nThe hiring manager would love to chat. Could you let me know which of these suits: Thursday 3rd at 9:30am or Friday 4th at 1pm?\n\nCheers,\nBen\nWattle Recruitment',
    expect: [],
  },
  {
    ...AKL,
    text: "Kia ora Mikaere,\n\nThanks for your patience. We've got two more interviews to run on Monday and Tuesday, and we're aiming to make a call by the end of next week.\n\nNgā mihi,\nAnna\nPeople Lead, Tui Software",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...CAL,
    text: 'Hello Dylan,\n\nThank you for applying to the Water Resources Technologist competition. The competition closes on Friday, December 11. Applicants can expect a response no more than 10 business days after the competition closes.\n\nHuman Resources\nCity of Red Deer Lake',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...LON,
    text: "Hi Imran,\n\nI'm thrilled to let you know the panel would like to offer you the Data Engineer role! Your offer pack will land in your inbox within 48 hours.\n\nBest,\nCharlotte\nTalent Partner, Quayside Energy",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-02' },
    ],
  },
  {
    ...DUB,
    text: "Hi Darragh,\n\nThanks for sending through your referees. Reference checks normally take 3–4 working days, and I'll come straight back to you once they're done.\n\nBest,\nOrla",
    expect: [],
  },
  {
    ...SEA,
    text: "Hi Wes,\n\nThanks for your patience! Our hiring team's decision should be in your inbox by Tuesday.\n\nBest,\nPriya\nRecruiting, Cascade Outfitters",
    expect: [{ kind: 'response-by', by: '2026-12-08' }],
  },
  {
    ...BOS,
    text: "Hi Renee,\n\nWe're hoping to wrap things up before the holidays — the VP is out until the 14th, but I'll let you know either way by December 18.\n\nBest,\nTom",
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...LON,
    text: "Hi Harvey,\n\nWe won't be in a position to decide until the new year, but you'll hear from me by 8 January at the latest.\n\nKind regards,\nNina",
    expect: [{ kind: 'response-by', by: '2027-01-08' }],
  },
  {
    ...MEL,
    text: "Hi Lachie,\n\nGiven the number of applications, please don't follow up on your application for at least three weeks.\n\nThanks,\nTalent Team, Banksia Health",
    expect: [{ kind: 'no-contact-before', by: '2026-12-22' }],
  },
  {
    ...CHI,
    text: "Hi Tom,\n\nI'm out of office starting tomorrow and won't be back until Wednesday, December 16, so please hold off on any questions until then.\n\nThanks,\nKelly",
    expect: [{ kind: 'no-contact-before', by: '2026-12-16' }],
  },
  {
    ...TOR,
    text: "Hi Aditi,\n\nPlease don't contact the hiring manager about this role until after the posting closes on December 14.\n\nRegards,\nNorthway Credit Union HR",
    expect: [{ kind: 'no-contact-before', by: '2026-12-15' }],
  },
  {
    ...AKL,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Auto-reply: I'm away on annual leave from 3 December and will be back on 11 January 2027. I won't be checking email while I'm away.\n\nMeri Paewai\nRecruitment Coordinator",
    expect: [{ kind: 'no-contact-before', by: '2027-01-11' }],
  },
  {
    ...PUN,
    text: 'Dear Candidate,\n\nPlease do not forward your CV to other team members or call our office landline for updates. We will write to you if you are shortlisted.\n\nRegards,\nHR Desk, Sahyadri Motors',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LOS,
    text: 'Dear Applicant,\n\nKindly note that the HR department does not have the capacity to attend to phone calls from applicants. All communication will be by email.\n\nRegards,\nHR Department\nGreenfield Agro Industries Plc',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SEA,
    text: "Hey Nate,\n\nWe're a small team and can't field calls about open roles, so email is always best.\n\nThanks!\nJess, Ops @ Rainier Robotics",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DUB,
    text: "Your job alert for 'product manager' in Dublin: 12 new jobs\n\nSenior Product Manager – Celtic Pay – Dublin (Hybrid) – Be an early applicant\nProduct Manager, Growth – Harpsichord – Apply by 15 December\nAssociate PM – Liffey Labs – Interviewing this week\n\nManage your job alerts · Unsubscribe",
    expect: [],
  },
  {
    ...CAL,
    text: 'Application Update\n\nYour application status for Registered Nurse - ICU (Req 2026-14411) was updated on 12/03/2026 at 2:14:55 PM.\n\nCurrent Status: Interview Requested\n\nLog in to the career portal to view details.\n\niCIMS',
    expect: [],
  },
  {
    ...LON,
    text: 'Reminder: Your online assessment (SHL Verify) for the Graduate Analyst Programme is due by 23:59 GMT on Sunday 6 December. It takes roughly 35 minutes.\n\nGood luck!\nEarly Careers Team',
    expect: [],
  },
  {
    ...BOS,
    text: 'Join us for a virtual Women in Tech panel on Thursday, December 10 at 12:00 PM ET, featuring engineers from our platform team. Save your spot: https://events.example/wit\n\nYou are receiving this because you joined our talent community.',
    expect: [],
  },
  {
    ...TOR,
    text: 'Last chance: our Resume Makeover Bundle is 40% off until Monday, December 7. Book a 1:1 session with a career coach by Friday and walk into your next interview with confidence.',
    expect: [],
  },
  {
    ...LOS,
    text: 'Thanks for your order!\n\nOrder #INV-20931\nDate: 03/12/2026\nInterview Skills Masterclass (on-demand) — ₦15,000\nAccess expires: 03/03/2027\n\nPaystack receipt',
    expect: [],
  },
  {
    ...MEL,
    text: "Hi Oliver,\n\nThanks for checking in. We interviewed the last of the shortlisted candidates on Monday and the panel is now comparing notes. I'll update you as soon as I can.\n\nCheers,\nAmy",
    expect: [],
  },
  {
    ...SEA,
    text: 'Thanks for applying to the 2027 Summer Internship. Interviews will be held between 11 and 22 January, and we will contact successful applicants in due course.\n\nUniversity Recruiting',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Marco,\n\nThanks again for coming in on Tuesday at 3pm, the team enjoyed it. We'll keep you posted.\n\nBest,\nDana",
    expect: [],
  },
  {
    ...SEA,
    text: "Hi Amara,\n\nThanks so much for the time you spent with us. We've decided not to move forward with your candidacy for the Senior PM role at this time.\n\nAll the best,\nThe Recruiting Team\n\nSent with Ashby",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOS,
    text: 'Hi Julian,\n\nUnfortunately Maya needs to push your call that was set for Thursday at 4pm. Could you do Friday, December 4 at 11am ET instead?\n\nThanks,\nSara\n\nSent from Lever',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '11:00' }],
  },
  {
    ...CAL,
    text: 'Hi Mei,\n\nThanks for the note. You should have a decision from us no later than Tuesday, December 15.\n\nCheers,\nRob\n\n-----Original Message-----\nFrom: Mei Lin\nSent: Wednesday, December 2, 2026 4:10 PM\nSubject: Follow-up\n\nHi Rob, I wanted to follow up on my interview on November 24. Thanks, Mei',
    expect: [{ kind: 'response-by', by: '2026-12-15' }],
  },
  {
    ...BOS,
    text: 'Hi Kofi,\n\nThanks for meeting with the team on Monday. Decisions are typically made within a week of the final interview, which for this role is Thursday, December 10.\n\nBest,\nLaura Chen\nRecruiter, Beacon Street Partners\n\nCONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee.',
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...MNL,
    text: 'Good day!\n\nThis is to confirm your initial interview via Zoom on Monday, December 7, 2026 | 10:00 AM - 11:00 AM (PHT).\n\nThank you,\nHR Recruitment | Sampaguita Foods Corp.',
    expect: [{ kind: 'interview', by: '2026-12-07', time: '10:00' }],
  },
  {
    ...DUB,
    text: 'Dear Ciara,<br/>Thank you for attending the assessment centre on Friday 27 November.<br/>We expect to be able to confirm outcomes to all candidates by Wednesday 9 December.<br/><br/>Kind regards,<br/>Graduate Recruitment',
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...AKL,
    text: 'Hi Sione,\n\nCould you send me your availability for a 30-minute call between Monday 7 and Wednesday 9 December?\n\nThanks,\nGrace',
    expect: [],
  },
  {
    ...PUN,
    text: 'Dear Rahul,\n\nWelcome aboard! Your first day will be Monday 4 January 2027; please arrive at 8:45am and ask for Deepa at reception.\n\nRegards,\nOnboarding Team',
    expect: [],
  },
];

/**
 * Round 50c: a third fresh set, written with its answers BEFORE the engine (with rounds 50 and 50b's fixes) read
 * it.
 */
export const ROUND_50C_EN: readonly PhraseRow[] = [
  {
    ...SEA,
    text: 'Hi Priyanka,\n\nHere is your interview schedule for Thursday, December 10, 2026 (all times Pacific):\n\n1:00 PM - 1:45 PM  Technical deep dive - Marco Ruiz\n2:00 PM - 2:45 PM  Product sense - Aisha Bello\n3:00 PM - 3:30 PM  Hiring manager - Dan Cho\n\nVideo link: https://meet.example/abc\n\nBest of luck,\nOrca Analytics Recruiting',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '13:00' }],
  },
  {
    ...TOR,
    text: 'Hey Liam — Sophie from Beaverbrook here. Would next Tuesday (Dec 8) at 2:30 ET work for a 45-min chat with our Head of Product? Let me know!',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '14:30' }],
  },
  {
    ...CHI,
    text: 'Thank you for applying. Your application was submitted on December 2, 2026 at 10:47 PM.\n\nJob Requisition: Senior Accountant (JR-5532)\n\nYou can track your status in the Candidate Home.\n\nWorkday',
    expect: [],
  },
  {
    ...PUN,
    text: 'Dear Aman,\n\nGreetings from Deccan Infra!\n\nYour video interview details are as below:\nDate : 10-Dec-2026\nTime : 15:00 Hrs IST\nMode : MS Teams\nPanel : Mr. S. Iyer, Ms. R. Nair\n\nRegards,\nTalent Acquisition\nDeccan Infra Projects Ltd.',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '15:00' }],
  },
  {
    ...LOS,
    text: 'Dear Ngozi,\n\nThank you for your interest in the Brand Manager role and for the time you took to attend the interview. We regret to inform you that you were not successful at this stage.\n\nWe wish you the very best.\n\nHR Team, Palmwine Beverages',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LON,
    text: "Hi Sam,\n\nFeedback from Harlow Group: they liked you a lot. They're seeing one more person on Thursday and have promised me an answer within two working days of that meeting, so I'll call you as soon as I hear.\n\nCheers,\nJake\nSenior Consultant, Redline Recruitment",
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...DUB,
    text: 'Hi Aoibhinn,\n\nJust to let you know your contract is with our legal team and should be with you early next week.\n\nBest,\nCormac',
    expect: [{ kind: 'response-by', by: '2026-12-09', fuzzy: true }],
  },
  {
    ...MEL,
    text: 'Thanks for your application. Shortlisting for this role generally takes two to three weeks from the closing date of 4 December.\n\nRecruitment Team, Murray Valley Council',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...AKL,
    text: 'Thank you for applying for the Summer Ranger programme. Interviews will be held in Rotorua during the week of 11 January. Successful applicants will be notified by 18 December.\n\nDepartment of Conservation Recruitment',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...CAL,
    text: "Hi Mateo,\n\nJust a heads-up: we'll be closed from December 24 to January 1. Please don't chase the team about your application before January 4.\n\nThanks,\nBow River Energy HR",
    expect: [{ kind: 'no-contact-before', by: '2027-01-04' }],
  },
  {
    ...BOS,
    text: 'Hi Yara,\n\nThanks for your interest. Please allow 10 business days from today before reaching out for an update.\n\nBest,\nTalent Team',
    expect: [{ kind: 'no-contact-before', by: '2026-12-15' }],
  },
  {
    ...MNL,
    text: 'Hi Kyla,\n\nThank you for applying! Please avoid sending follow-up emails, messaging our recruiters on Viber, or calling the office hotline. We will contact shortlisted candidates directly.\n\nHR, Mabuhay Retail Group',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PUN,
    text: 'Dear Candidate,\n\nPlease note our HR helpdesk is unable to provide application status over the phone.\n\nRegards,\nKaveri Textiles HR',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CHI,
    text: 'Hi Emily,\n\nYour panel interview is on Monday, December 14 at 9:00 (America/Los_Angeles). The panel will be joining from our Irvine office.\n\nThanks,\nGreg',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '11:00' }],
  },
  {
    ...LON,
    text: 'Hi Hannah,\n\nConfirming your call with our New York office on Friday 4 December at 10:00 (EST).\n\nBest,\nRoss',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '15:00' }],
  },
  {
    ...MEL,
    text: 'Interview scheduled: 07/12/2026 14:00 – 14:45 AEDT, Microsoft Teams\n\nInterviewers: Kate Morris, Sunil Rao\n\nPowered by Pinpoint',
    expect: [{ kind: 'interview', by: '2026-12-07', time: '14:00' }],
  },
  {
    ...DUB,
    text: 'Interview confirmed — Date: Tue 8 Dec · Time: 09:30 · Location: Block C, Sandyford Business Park · Interviewers: Eoin and Paula',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '09:30' }],
  },
  {
    ...SEA,
    text: "Hi Chris,\n\nI'm so sorry, but we need to cancel tomorrow's 10am interview as the role has been put on hold. I'll reach out if anything changes.\n\nBest,\nMorgan",
    expect: [],
  },
  {
    ...BOS,
    text: "Hi Ines,\n\nWe have interviews with the other finalists on Wednesday and Thursday, and I'll have feedback for you by Monday.\n\nBest,\nChris",
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...TOR,
    text: 'The Beaverbrook Bulletin — December edition\n\nUpcoming: Holiday party Dec 18 at 6pm | Q1 planning kicks off Jan 11 | Office closed Dec 24–Jan 1\n\nRead more on the intranet.',
    expect: [],
  },
  {
    ...LOS,
    text: 'Jobberman Alert: 5 new jobs for you\n\n• Account Officer — Zenithal Bank — Lagos — Closing 12 Dec\n• Sales Executive — Kola Foods — Ibadan — Interview date: 9 Dec\n• HR Assistant — Adire Textiles — Abeokuta\n\nView all jobs',
    expect: [],
  },
  {
    ...SEA,
    text: 'Your Uber receipt\n\nWednesday, December 2, 2026 8:42 AM\nTrip to 400 Pine St\nTotal $18.40\n\nThanks for riding.',
    expect: [],
  },
  {
    ...PUN,
    text: 'Reminder: Your HackerEarth coding challenge link will expire on 05-12-2026 at 18:00 IST. Please complete it before the deadline.',
    expect: [],
  },
  {
    ...CAL,
    text: 'Calgary Tech Careers Night: meet 20+ hiring companies on Tuesday, December 8, 5–8 PM at the Platform Innovation Centre. Register now.',
    expect: [],
  },
  {
    ...MEL,
    text: 'Cyber Monday deal: 3 months of Premium for $1 — ends Wednesday 2 December at 11:59pm. Stand out to recruiters and ace your next interview.',
    expect: [],
  },
  {
    ...DUB,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Automatic reply: I am on leave until Monday 14 December. For urgent queries, contact talent@corribtech.ie.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...MNL,
    text: 'Application status: Shortlisted for Interview\nDate changed: 04/12/2026 08:31 AM\nPosition: Customer Service Representative\n\nPowered by JazzHR',
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Ruth,\n\nPlease upload your transcripts to the portal no later than Wednesday, December 9.\n\nThanks,\nAdmissions & Hiring',
    expect: [],
  },
  {
    ...AKL,
    text: 'The interview will be about 45 minutes and will include a short presentation. Dress is smart casual.',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Ava,\n\nWe're delighted to offer you the role of UX Researcher. Please let us know your decision by Thursday, December 10.\n\nWarmly,\nJen",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOS,
    text: "Hi Raj,\n\nThanks for the nudge. I should be able to give you an answer by the end of the day Friday.\n\nPaul\n\nOn Mon, Nov 30, 2026 at 4:05 PM Raj Mehta <raj.mehta@gmail.com> wrote:\n> Hi Paul, just checking in after last week's interview. Thanks!",
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...MNL,
    text: "Your final interview is on Monday at 3 PM. We'll inform you of the result within 3 working days after your interview.",
    expect: [
      { kind: 'interview', by: '2026-12-07', time: '15:00' },
      { kind: 'response-by', by: '2026-12-10' },
    ],
  },
  {
    ...LON,
    text: "Hi Mo,\n\nThings are a bit up in the air with budgets, but either way I'll be in touch by Friday week.\n\nCheers,\nLucy",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...MEL,
    text: "Hi Jess,\n\nI've just heard back from the client and unfortunately they've gone with an internal candidate.\n\nSorry to be the bearer of bad news,\nTom",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: 'We kindly ask that applicants refrain from contacting us until the application window closes on Friday, December 11.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-11', fuzzy: true }],
  },
  {
    ...CHI,
    text: 'Hi Marcus,\n\nUnfortunately the 2pm Tuesday time you picked was taken by another applicant before your booking went through. Please select another time from the link.\n\nThanks,\nRecruiting',
    expect: [],
  },
  {
    ...AKL,
    text: "Phone calls to our recruitment line can't be accepted, so please use email.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SEA,
    text: "Thanks for applying! Want to learn more? Join our 'Life at Orca' webinar on Wednesday, December 9 at 10 AM PT.",
    expect: [],
  },
];

/**
 * Round 50d: a fourth fresh set, written with its answers BEFORE the engine (with rounds 50 to 50c's fixes) read
 * it.
 */
export const ROUND_50D_EN: readonly PhraseRow[] = [
  {
    ...BOS,
    text: "Hi Tara,\n\nYou're confirmed for your Onsite Interview.\n\n📅 Wednesday, Dec 9\n🕐 10:30 AM – 2:00 PM EST\n📍 200 Clarendon St, Boston\n\nThe Ashby scheduling team",
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:30' }],
  },
  {
    ...LON,
    text: "Hi Ollie,\n\nSmall change: Priya can no longer make Thursday 11am, so we've rebooked you for Friday 4 December at 3pm instead.\n\nThanks,\nBecky",
    expect: [{ kind: 'interview', by: '2026-12-04', time: '15:00' }],
  },
  {
    ...DUB,
    text: 'Applications for this role close on 18 December. We review all applications after the closing date and aim to respond within 3 weeks of it.\n\nPowered by Workable',
    expect: [{ kind: 'response-by', by: '2027-01-08' }],
  },
  {
    ...SEA,
    text: 'Hi Drew,\n\nThanks for completing the final loop. Feedback from the panel normally follows within 5 business days.\n\nBest,\nKim',
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...TOR,
    text: "Hi Leah,\n\nWe're aiming to have a decision after the board meets on December 9 — realistically by the 11th.\n\nThanks,\nOmar",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...MEL,
    text: "Thanks for applying. We won't be reviewing applications until the ad closes on 14 December, so there's no need to check in before then.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-14', fuzzy: true }],
  },
  {
    ...PUN,
    text: 'Candidates are requested not to call or visit the office regarding the status of their application.\n\nHR Department, Konkan Steel Ltd.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...AKL,
    text: 'Kia ora Tane,\n\nYour interview with our Sydney team is confirmed for Thursday 10 December at 9:30 (Australia/Sydney).\n\nNgā mihi,\nRecruitment',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '11:30' }],
  },
  {
    ...CHI,
    text: 'Interview Details\nDate:\tTuesday, December 15, 2026\nTime:\t1:00 PM – 2:00 PM CT\nLocation:\tMicrosoft Teams\n\nPlease reply to confirm.',
    expect: [{ kind: 'interview', by: '2026-12-15', time: '13:00' }],
  },
  {
    ...MNL,
    text: 'Hi Paula,\n\nPlease choose a schedule for your interview:\nOption 1: Dec 9, 10:00 AM\nOption 2: Dec 10, 2:00 PM\n\nPlease reply with your preferred option.\n\nThanks,\nHR',
    expect: [],
  },
  {
    ...LON,
    text: "Hi Adam,\n\nWe're interviewing the remaining candidates on Wednesday and Thursday, after which we'll be in touch.\n\nBest,\nSally",
    expect: [],
  },
  {
    ...AKL,
    text: "Kia ora Ruby,\n\nThank you for your interest in the role. Unfortunately we won't be taking your application further this time.\n\nNgā mihi,\nThe Team at Harakeke Design\n\nSent with Teamtailor",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CAL,
    text: "Hi Priti,\n\nI'm very pleased to extend an offer for the Geologist II position. Details are attached.\n\nBest regards,\nAlan",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOS,
    text: 'This week at Harbor Health: flu clinics Tuesday 9am–3pm, town hall Thursday at noon, and the holiday giving drive ends Friday.',
    expect: [],
  },
  {
    ...CHI,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "I'm out of the office until Monday, December 7 and will have limited access to email.\n\nKaren Holt\nTalent Acquisition",
    expect: [{ kind: 'no-contact-before', by: '2026-12-07' }],
  },
  {
    ...DUB,
    text: 'Payment received — €45.00 for your IELTS Academic test booking on 12/12/2026. Booking ref IE-44812.',
    expect: [],
  },
  {
    ...PUN,
    text: "Stage changed to 'HR Interview' on 03 Dec 2026, 11:04 by Recruiter Priya S.",
    expect: [],
  },
  {
    ...SEA,
    text: 'Join our Seattle engineering meetup on Tuesday, Dec 8 at 6:30 PM — pizza, lightning talks and a chance to meet the team.',
    expect: [],
  },
  {
    ...LON,
    text: 'Your CV could be seen by 3x more recruiters — upgrade before Friday 4 December and get your first month free.',
    expect: [],
  },
  {
    ...MEL,
    text: 'Hi Will,\n\nPlease return the signed contract by COB Friday 4 December.\n\nThanks,\nPeople Team',
    expect: [],
  },
  {
    ...TOR,
    text: "Indeed: 7 new jobs for 'project coordinator' in Toronto, ON\n\nProject Coordinator – Lakeshore Builders – Interviews this week\nJunior PM – Maple Digital – Apply by Dec 11",
    expect: [],
  },
  {
    ...AKL,
    text: "We'll keep your details on file for 12 months and may contact you about future roles.",
    expect: [],
  },
  {
    ...LON,
    text: "Hi Zara,\n\nI'll come back to you with the panel's feedback by close of play Thursday.\n\nBest,\nJames",
    expect: [{ kind: 'response-by', by: '2026-12-03' }],
  },
  {
    ...DUB,
    text: "Hi Fionn,\n\nYou'll hear from us one way or another within the next fortnight.\n\nRegards,\nMáire",
    expect: [{ kind: 'response-by', by: '2026-12-16' }],
  },
  {
    ...PUN,
    text: 'Hi Rohit,\n\nYour interview with Infocrest is fixed on 9th Dec at 11 AM at their Hinjewadi office. Please carry your updated CV.\n\nRegards,\nNeelam | Skyline Staffing',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '11:00' }],
  },
  {
    ...CAL,
    text: 'Hi Ben,\n\nThe team is off over the holidays, so please wait until after Christmas before following up.\n\nThanks,\nSue',
    expect: [{ kind: 'no-contact-before', by: '2026-12-26' }],
  },
  {
    ...LOS,
    text: 'Dear Chinedu,\n\nThank you for attending the interview. We shall get back to you on or before Friday, 11th December 2026.\n\nRegards,\nHR',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...MNL,
    text: 'Dear Joshua,\n\nKindly expect our call within five working days regarding the result of your final interview.\n\nRespectfully,\nHR Department',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...SEA,
    text: "Perfect — you're booked for Monday 12/14 at 9:00 AM PT with Jordan.\n\n> On Dec 1, Liz wrote:\n> Would Friday 12/11 at 1pm or Monday 12/14 at 9am work?",
    expect: [{ kind: 'interview', by: '2026-12-14', time: '09:00' }],
  },
  {
    ...MEL,
    text: 'Please note our recruitment team is not in a position to discuss applications by phone.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MEL,
    text: "Apologies — the hiring manager is unwell, so we need to postpone Wednesday's interview. I'll send new times next week.\n\nRegards,\nNick",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...DUB,
    text: 'Reminder: the Christmas office party is on Friday 18 December at 7pm at The Brazen Head.',
    expect: [],
  },
  {
    ...SEA,
    text: 'Your interview feedback survey closes on 9 December — tell us about your candidate experience!',
    expect: [],
  },
];

/**
 * Round 50e: a fifth fresh set, written with its answers BEFORE the engine (with rounds 50 to 50d's fixes) read
 * it.
 */
export const ROUND_50E_EN: readonly PhraseRow[] = [
  {
    ...SEA,
    text: "Hi Jamal,\n\nNext up is a virtual onsite. Does Thursday, 12/10 from 10am–2pm PT work? If so I'll send the invites.\n\nCheers,\nAlexis",
    expect: [{ kind: 'interview', by: '2026-12-10', time: '10:00' }],
  },
  {
    ...LON,
    text: 'Interview invitation\n\nRole: Finance Business Partner\nDate: 09/12/2026\nTime: 14:00–15:00\nFormat: In person, 1 Canada Square\n\nKind regards,\nTalent Acquisition',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '14:00' }],
  },
  {
    ...CHI,
    text: 'Hi Alex,\n\nThe panel has asked to move your interview from Tuesday the 8th to Wednesday the 9th, same time (2 PM CT).\n\nThanks,\nRoberta',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '14:00' }],
  },
  {
    ...PUN,
    text: 'The last date to apply is 15 December 2026. Shortlisted candidates will be informed within 10 days from the last date.',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...MEL,
    text: "Hi Isla,\n\nOur recommendation goes to the delegate next week and you'll have the outcome by Friday 11 December.\n\nRegards,\nPeople Services",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...AKL,
    text: "We're still waiting on sign-off from finance, which should come through after their meeting on the 9th; I'll let you know where we land by the 14th.",
    expect: [{ kind: 'response-by', by: '2026-12-14' }],
  },
  {
    ...CAL,
    text: 'Hi Jo,\n\nPlease give us until December 18 before reaching out for an update.\n\nThanks,\nTalent Team',
    expect: [{ kind: 'no-contact-before', by: '2026-12-18' }],
  },
  {
    ...BOS,
    text: "Hi Nia,\n\nI'm travelling for work until the 11th and back on the 14th, so please hold any follow-ups until then.\n\nBest,\nGreg",
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...DUB,
    text: "We'd ask that you don't ring the office or the hiring manager directly.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LOS,
    text: 'Our recruitment team is unable to accept calls from candidates at this time.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MNL,
    text: 'Your interview is scheduled for Wednesday, December 9, 9:00 AM (Asia/Singapore).',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '09:00' }],
  },
  {
    ...TOR,
    text: 'Final interview: Monday, December 14 at 15:00 (UTC).',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '10:00' }],
  },
  {
    ...LON,
    text: "Hi Kit,\n\nWe've now filled the position, so we won't be progressing your application.\n\nBest wishes,\nAnna",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SEA,
    text: "Hi Rosa,\n\nWe'd love to have you join us! Attached is your offer letter for the Product Designer role.\n\nWelcome!\nDevin",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOS,
    text: "Your application for Data Analyst was received on Dec 1, 2026 at 9:14 AM. We'll review it and reach out if there's a fit.\n\nGreenhouse",
    expect: [],
  },
  {
    ...LON,
    text: 'Our offices will be closed from 24 December to 2 January.',
    expect: [],
  },
  {
    ...CAL,
    text: 'Job alert: Senior Geologist — Apply before 20 Dec — Interviews in January',
    expect: [],
  },
  {
    ...PUN,
    text: 'Your assessment on Mettl is due by 07/12/2026 23:59 IST.',
    expect: [],
  },
  {
    ...AKL,
    text: 'RSVP for our graduate open day on Saturday 12 December, 10am–1pm.',
    expect: [],
  },
  {
    ...MEL,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Out of office: I'm back on Tuesday 8 December.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-08' }],
  },
  {
    ...SEA,
    text: "Status update: Your application moved to 'Hiring Manager Review' on 12/02/2026 8:15 AM PT.",
    expect: [],
  },
  {
    ...CHI,
    text: 'FYI — Mark has his interview with the VP on Thursday at 11, so the afternoon slot is free if anyone needs it.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Please complete the online questionnaire within 48 hours of receiving this email.',
    expect: [],
  },
  {
    ...TOR,
    text: 'Save 20% on interview coaching sessions booked before December 15!',
    expect: [],
  },
  {
    ...LOS,
    text: 'We will keep you informed of further developments.',
    expect: [],
  },
  {
    ...MNL,
    text: 'Training for new hires starts on January 11, 2027 at 8:00 AM.',
    expect: [],
  },
  {
    ...DUB,
    text: "You'll have a decision from us by the end of the week.",
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...PUN,
    text: 'Results of your interview will be communicated to you within 7 working days.',
    expect: [{ kind: 'response-by', by: '2026-12-14' }],
  },
  {
    ...CHI,
    text: 'We plan to make a final decision no later than Friday, December 18.',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...LON,
    text: "Please don't contact us for an update before 14 December.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...AKL,
    text: "We'll be in touch early in the new year.",
    expect: [{ kind: 'response-by', by: '2027-01-10', fuzzy: true }],
  },
];
