// Round 500 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on a Monday in
// mid-August (a bare "Monday" is a week on; Labor Day falls on 4 September). Positives: "after Labor Day", a
// BambooHR phone screen "2–2:30pm PT", an agency's "within 48 hours", Taleo "by mid-September", NSW Health
// "Date: 22/08/2034", "11.15am" at an Irish university, a Manila "refrain from calling our office", Workable "by the
// end of next week" from Berlin, an offer whose signing deadline is the candidate's, a Workday rejection, "travelling
// until the 23rd, so please don't follow up before then", "11:00 AM ET" for a Denver recipient, "5 to 7 working
// days", "in about a week", a move to a Sunday in Doha, three weeks counted from a closing date named in the
// sentence before. Negatives: a summer camp, the reader scheduled to interview in Ashby, time off approved in
// BambooHR, an appraisal, a job alert with a closing date, an agency selling to an employer, a postgraduate open
// day, a furniture delivery, a flat inspection, a friend's offer, a conference panel, a job board's "viewed by the
// recruiter", a start date and payday already agreed, a GP appointment, a candidate's follow-up read by the hiring
// manager, a graduate information session. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 14 August 2034, 08:50 local.
const NY = { sentAt: '2034-08-14T08:50:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2034-08-14T08:50:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2034-08-14T08:50:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2034-08-14T08:50:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2034-08-14T08:50:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2034-08-14T08:50:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2034-08-14T08:50:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2034-08-14T08:50:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2034-08-14T08:50:00+02:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2034-08-14T08:50:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2034-08-14T08:50:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2034-08-14T08:50:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2034-08-14T08:50:00+04:00', tz: 'Asia/Dubai' } as const;
const DOH = { sentAt: '2034-08-14T08:50:00+03:00', tz: 'Asia/Qatar' } as const;
const BOM = { sentAt: '2034-08-14T08:50:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2034-08-14T08:50:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2034-08-14T08:50:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2034-08-14T08:50:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2034-08-14T08:50:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 500: English whole messages, sixteen positives and sixteen negatives. */
export const ROUND_500_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Rebecca,\n\nThanks so much for meeting the committee last week. Most of them are out for the rest of August, so I'll reach out with a decision after Labor Day. I appreciate your patience!\n\nAll best,\nDana Feldman\nDirector of Development, Hudson Arts Collective",
    expect: [{ kind: 'response-by', by: '2034-09-11', fuzzy: true }],
  },
  {
    ...VAN,
    text: "Hi Priya,\n\nThank you for applying for the Office Coordinator position at Salt Spring Outfitters! We'd like to invite you to a phone screen with our Operations Lead, Gord.\n\nWhen: Wednesday, August 16, 2–2:30pm PT\nHow: Gord will call you on the number in your application\n\nLet us know if that time doesn't work.\n\nCheers,\nThe Salt Spring Outfitters Team\n\nSent via BambooHR",
    expect: [{ kind: 'interview', by: '2034-08-16', time: '14:00' }],
  },
  {
    ...LDN,
    text: 'Hi Callum,\n\nThank you for completing your video interview for the Customer Service Advisor role with our client. A member of our team will review it and contact you within 48 hours.\n\nKind regards,\nThe Resourcing Team\nPennine Staffing Solutions',
    expect: [{ kind: 'response-by', by: '2034-08-16' }],
  },
  {
    ...CHI,
    text: 'Dear Marcus,\n\nThank you for your interest in the Maintenance Planner position (Job ID 3400871) at Midwest Grain Processing.\n\nWe have received a large number of applications and expect to complete our review by mid-September. Candidates selected to move forward will be contacted by a member of our team.\n\nRegards,\nTalent Acquisition\nMidwest Grain Processing\n\nThis message was sent from Taleo.',
    expect: [{ kind: 'response-by', by: '2034-09-15', fuzzy: true }],
  },
  {
    ...SYD,
    text: 'Dear Emily,\n\nThank you for your application for the position of Clinical Nurse Specialist – Cardiology (REQ 488172). You are invited to attend an interview.\n\nDate: 22/08/2034\nTime: 1:30pm AEST\nLocation: Level 3 Conference Room, Northern Beaches Hospital\nPanel: Nurse Unit Manager, Director of Nursing delegate, HR representative\n\nPlease reply to confirm.\n\nRegards,\nRecruitment and Onboarding\nNSW Health',
    expect: [{ kind: 'interview', by: '2034-08-22', time: '13:30' }],
  },
  {
    ...DUB,
    text: 'Dear Seán,\n\nFurther to your application for the post of Executive Officer, Student Services, I am pleased to confirm that your interview is scheduled for Tuesday 29th August at 11.15am in the Human Resources Boardroom, Áras Uí Dhálaigh.\n\nThe interview will last approximately 40 minutes.\n\nIs mise le meas,\nHuman Resources\nUniversity of the Western Seaboard',
    expect: [{ kind: 'interview', by: '2034-08-29', time: '11:15' }],
  },
  {
    ...MNL,
    text: 'Hi Jericho,\n\nThank you for applying as a Graphic Designer at Kalesa Creative! We have received your portfolio.\n\nPlease refrain from calling our office or messaging our page for updates. We will get in touch via email if you are shortlisted.\n\nSalamat,\nKalesa Creative HR',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER,
    text: "Hi Matteo,\n\nThanks for the great conversation on Friday. We're now speaking with the remaining candidates and will get back to you by the end of next week.\n\nBest,\nJana Krüger\nTalent, Spreewerk Robotics\n\nSent with Workable",
    expect: [{ kind: 'response-by', by: '2034-08-25' }],
  },
  {
    ...NBO,
    text: 'Dear Esther,\n\nWe are delighted to offer you the role of Finance Associate at Acacia Microfinance. Please find attached your offer letter setting out the terms. Kindly sign and return it by Friday 18 August.\n\nWe look forward to welcoming you to the team.\n\nWarm regards,\nPeter Mwangi\nHead of People, Acacia Microfinance',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SIN,
    text: 'Dear Aaron,\n\nThank you for your interest in the Regional Treasury Analyst role and for meeting our team.\n\nWe appreciate the time you invested. After careful review, we will not be moving forward with your application at this time.\n\nWe encourage you to apply for future roles that match your skills.\n\nBest regards,\nTalent Acquisition, Temasek Marine Logistics\n\nThis is an automated message from Workday.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOM,
    text: "Hi Ananya,\n\nThanks for your follow-up. The hiring manager is travelling until the 23rd, so please don't follow up before then. I'll share her feedback once she's back.\n\nRegards,\nVikram\nTalent Acquisition, Konkan Fintech",
    expect: [{ kind: 'no-contact-before', by: '2034-08-23' }],
  },
  {
    ...DEN,
    text: "Hi Tyler,\n\nYou're all set! Your interview with our Head of Data has been scheduled for Thursday, August 17 at 11:00 AM ET on Google Meet. The invite is on its way.\n\nThanks,\nShauna\nRecruiting Coordinator, Beacon Street Analytics\n\nSent from Greenhouse",
    expect: [{ kind: 'interview', by: '2034-08-17', time: '09:00' }],
  },
  {
    ...JNB,
    text: 'Dear Nokuthula,\n\nThank you for attending the interview on Friday. Your references have been received, and you can expect feedback within 5 to 7 working days.\n\nKind regards,\nBongani Zulu\nHuman Resources, Highveld Water Utility',
    expect: [{ kind: 'response-by', by: '2034-08-23' }],
  },
  {
    ...AKL,
    text: "Kia ora Hemi,\n\nThanks for coming in to meet the team. We'll be back in touch in about a week once the panel has met and talked it through.\n\nNgā mihi,\nAnna Fraser\nPeople Lead, Rangitoto Ferries",
    expect: [{ kind: 'response-by', by: '2034-08-21', fuzzy: true }],
  },
  {
    ...DOH,
    text: "Dear Mr. Al-Sayed,\n\nDue to the panel's availability, your interview for the position of HSE Manager has been rescheduled to Sunday 20 August 2034 at 10:30 AM (Doha time). The venue remains our West Bay office, Tower 2.\n\nWe apologise for any inconvenience.\n\nBest regards,\nRecruitment Section\nPearl Coast Energy",
    expect: [{ kind: 'interview', by: '2034-08-20', time: '10:30' }],
  },
  {
    ...LAG,
    text: 'Dear Applicant,\n\nThank you for applying for the position of Legal Officer. The vacancy closed on Friday 11 August 2034.\n\nWe will write to every applicant within three weeks of that date to let you know the outcome of the shortlisting exercise.\n\nYours faithfully,\nHead, Human Resources\nAtlantic Ports Authority',
    expect: [{ kind: 'response-by', by: '2034-09-01' }],
  },
  // Negatives.
  {
    ...TOR,
    text: "Hi Sarah,\n\nJust a reminder that Ella's week at Lakeside Art Camp runs Monday, August 21 to Friday, August 25. Drop-off is at 8:30 AM and pick-up at 4:00 PM. Please label her water bottle!\n\nLakeside Art Camp",
    expect: [],
  },
  {
    ...LA,
    text: "You're scheduled to interview Marcus Lee for Staff Engineer.\n\nWednesday, August 16, 1:00–1:45 PM PT\nFocus area: System design\n\nPlease submit your feedback in Ashby within 24 hours of the interview.",
    expect: [],
  },
  {
    ...DEN,
    text: 'Hi Jordan,\n\nYour time off request for Aug 28 – Sep 1 (Vacation, 40 hours) has been approved by Kim Alvarez.\n\nBambooHR',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Orla,\n\nYour annual appraisal with Kevin has been booked for Thursday 24 August at 11:00 in the small meeting room. Your objectives for next year will be agreed in the meeting.\n\nThanks,\nHR',
    expect: [],
  },
  {
    ...SYD,
    text: "New jobs for 'Physiotherapist' in Sydney\n\nSenior Physiotherapist – Harbourside Sports Medicine – Closing date: 1 September 2034\nPhysiotherapist (Graduate) – Inner West Rehab – Posted 3 days ago\n\nView all jobs",
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi James,\n\nFollowing our call, I have attached our terms of business. We specialise in fintech hiring and can start sourcing as soon as Monday; we typically present a shortlist within 10 working days of the brief.\n\nKind regards,\nHarriet Cole\nDirector, Lombard Search',
    expect: [],
  },
  {
    ...LDN,
    text: 'Join us at our Postgraduate Open Day on Saturday 2 September, 10am–3pm. Meet academic staff, tour the campus and find out about scholarships. Book your place by Wednesday.\n\nPostgraduate Admissions',
    expect: [],
  },
  {
    ...DXB,
    text: 'Hello Fatima,\n\nYour IKEA delivery is scheduled for Thursday, 17 August between 07:00 and 11:00. Our driver will call you 30 minutes before arrival.\n\nOrder 7712-0045',
    expect: [],
  },
  {
    ...JNB,
    text: "Hi Precious,\n\nThe routine inspection of your flat will take place on Tuesday 22 August at 10am. You don't need to be home; we'll use the spare key.\n\nRegards,\nParkview Rentals",
    expect: [],
  },
  {
    ...LAG,
    text: 'Guyyyy I got the offer from the audit firm!!! Start date is 4 September. Drinks on Friday to celebrate?\n\nKemi',
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Dr. Nwosu,\n\nThank you for agreeing to speak at FinTech Week Nairobi. Your panel, "Hiring for the next billion users", is on Thursday 24 August at 14:00 EAT. Please send your slides by Monday.\n\nBest regards,\nProgramme Team',
    expect: [],
  },
  {
    ...BOM,
    text: 'Your application for Business Analyst at Deccan Retail has been viewed by the recruiter.\n\nRecruiters usually respond to shortlisted candidates. Keep your profile updated to improve your chances.',
    expect: [],
  },
  {
    ...AKL,
    text: 'Hi Liam,\n\nJust confirming your start date of Monday 4 September and a probation period of six months. Payday is the 15th of each month, and our office hours are 8:30am to 5pm.\n\nWelcome aboard,\nJo\nPeople & Culture, Kauri Build',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Mr Ahmed,\n\nYour appointment with Dr Hughes at Riverside Medical Practice is on Friday 18 August at 16:40. Please arrive 5 minutes early.\n\nRiverside Medical Practice',
    expect: [],
  },
  {
    ...CHI,
    text: "Dear Hiring Manager,\n\nI'm writing to follow up on my application for the Junior Designer role, which I submitted on August 2. I'm available for an interview any day next week and would love to show you my portfolio.\n\nBest regards,\nKelsey Ortiz",
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Nicholas,\n\nThanks for your interest in our Graduate Programme! Our information session takes place on Wednesday 23 August at 12:30 SGT on Zoom. Applications open on 1 September.\n\nEarly Careers, Marina Bay Capital',
    expect: [],
  },
];
