// The ninth held-out English round file of issue 13 (round 120 and after): whole messages in the layouts of public
// recruiting templates (ATS confirmations and offer notifications, shortlisting letters, rejection letters,
// recruiter updates, HackerRank-like assessment invites, career-fair mailers), rewritten with names, companies and
// dates of our own from Singapore, Hong Kong, Pakistan, India, Kenya, South Africa, Australia, Ireland, the UK, the
// US and Canada: signatures with phones and addresses, legal footers, quoted earlier messages, text flattened from
// HTML, label–value and tab tables, day-first and ISO dates, 24 h clocks and typos. Negatives are the hard kind an
// inbox holds. Each row's answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; first-run
// figures are in FIRST_RUN (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Tuesday 2 March 2027, 09:00 in Singapore (day-first dates).
const SIN = { sentAt: '2027-03-02T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Thursday 4 March 2027, 10:00 in Hong Kong.
const HKG = { sentAt: '2027-03-04T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Thursday 4 March 2027, 11:00 in Karachi (day-first dates).
const KHI = { sentAt: '2027-03-04T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Tuesday 2 March 2027, 10:00 in Bengaluru (day-first dates).
const BLR = { sentAt: '2027-03-02T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Monday 1 March 2027, 09:00 in Nairobi.
const NBO = { sentAt: '2027-03-01T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Wednesday 3 March 2027, 08:30 in Johannesburg (day-first dates).
const JNB = { sentAt: '2027-03-03T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Monday 1 March 2027, 09:00 in Sydney.
const SYD = { sentAt: '2027-03-01T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
// Thursday 4 March 2027, 09:00 in Toronto.
const TOR = { sentAt: '2027-03-04T09:00:00-05:00', tz: 'America/Toronto' } as const;
// Wednesday 3 March 2027, 09:00 in Vancouver.
const VAN = { sentAt: '2027-03-03T09:00:00-08:00', tz: 'America/Vancouver' } as const;
// Tuesday 2 March 2027, 08:00 in Denver.
const DEN = { sentAt: '2027-03-02T08:00:00-07:00', tz: 'America/Denver' } as const;
// Tuesday 2 March 2027, 09:00 in New York.
const NYC = { sentAt: '2027-03-02T09:00:00-05:00', tz: 'America/New_York' } as const;
// Monday 1 March 2027, 10:00 in London (day-first dates).
const LDN = { sentAt: '2027-03-01T10:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 3 March 2027, 10:00 in Dublin (day-first dates).
const DUB = { sentAt: '2027-03-03T10:00:00+00:00', tz: 'Europe/Dublin' } as const;

/** Round 120: English recruiter mail and ATS templates as whole messages, written before the engine read them. */
export const ROUND_120_EN: readonly PhraseRow[] = [
  {
    ...SIN,
    text: "Hi Wei Ling,\n\nThank you for taking the time to speak with us. We're excited to confirm your interview for the Backend Engineer (Payments) role at Lumen Pay!\n\nDate:\u00a0Thursday, 11 March 2027\nTime:\u00a02:00pm\u00a0–\u00a03:15pm (GMT+8)\nFormat:\u00a0Video call (Zoom link below)\nYou'll be meeting with:\n•\u00a0Arjun Pillai – Engineering Manager\n•\u00a0Siew Mei Tan – Senior Engineer\n\nIf you need to reschedule, please let us know at least 24 hours in advance.\n\nBest,\nHui Min\nRecruiting Coordinator, Lumen Pay\n1 Raffles Place, #20-01, Singapore 048616",
    expect: [{ kind: 'interview', by: '2027-03-11', time: '14:00' }],
  },
  {
    ...LDN,
    text: "Hi Callum,\n\nApologies – Rachel has a clash with a client workshop and can no longer make Wednesday's interview (3 March, 11:00). Could we push it to Friday 5 March at 15:30 (UK time)? Same Teams link, nothing else changes.\n\nLet me know either way and I'll update the invite.\n\nThanks,\nBeth\n--\nBeth Aldridge | Talent Partner | Fenwick & Hale LLP\nT: +44 (0)20 7946 0321 | 60 Cannon Street, London EC4N 6NP\nFenwick & Hale LLP is a limited liability partnership registered in England and Wales (OC312345). This email is confidential and may be privileged.",
    expect: [{ kind: 'interview', by: '2027-03-05', time: '15:30' }],
  },
  {
    ...BLR,
    text: 'Dear Nikhil,\n\nGreetings from Tarangini Systems!\n\nYour profile has been shortlisted for Technical Round-1 for the position of Site Reliability Engineer. Please block one of the below slots and revert with your preference:\n\n1) 08-Mar-2027 (Mon) – 11:00 AM to 12:00 PM IST\n2) 09-Mar-2027 (Tue) – 04:00 PM to 05:00 PM IST\n3) 10-Mar-2027 (Wed) – 10:30 AM to 11:30 AM IST\n\nKindly revert by EOD tomorrow so that we can share the Teams invite.\n\nThanks & Regards,\nSneha Kulkarni | Talent Acquisition\nTarangini Systems Pvt. Ltd. | Baner, Pune | +91 20 6600 1234',
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nThank you for your patience. We have concluded the first round of interviews, and the panel will be meeting the remaining two candidates on Thursday 4th March. We expect to communicate the final decision to all interviewees by Wednesday 10th March 2027.\n\nKind regards,\nPeter Kamau\nHR Business Partner\nSafariLink Logistics Ltd\nMombasa Road, Nairobi | +254 20 555 0100',
    expect: [{ kind: 'response-by', by: '2027-03-10' }],
  },
  {
    ...JNB,
    text: 'Good day Thabo,\n\nThank you for your application. This serves to confirm receipt.\n\nPosition:\tCredit Risk Analyst\nReference:\tFIN/2027/014\nClosing date:\t19/03/2027\n\nInterviews are provisionally scheduled for the week of 5 April 2027. Please note that correspondence will be limited to shortlisted candidates. Should you not hear from us within one month of the closing date, kindly accept that your application was not successful.\n\nRegards\nRecruitment Team\nMzansi Mutual Ltd | Reg. No. 1998/004512/06 | An authorised financial services provider',
    expect: [{ kind: 'response-by', by: '2027-04-19' }],
  },
  {
    ...SYD,
    text: "Hi Mia,\n\nThanks heaps for coming in on Friday – the team really enjoyed chatting with you. We've got a couple more conversations lined up this week and our GM is interstate until Thursday, so I'd expect we'll be in a position to come back to you with an outcome, one way or the other, by early next week.\n\nCheers,\nJosh Nguyen\nSenior Talent Acquisition Partner | Harbourview Health\nLevel 9, 201 Kent St, Sydney NSW 2000 | 0412 345 678",
    expect: [{ kind: 'response-by', by: '2027-03-10', fuzzy: true }],
  },
  {
    ...VAN,
    text: "Hi Aaron,\n\nI'm very happy to let you know that the hiring team would like to extend you an offer for the Customer Success Manager role! I've attached a summary of the compensation package. You'll receive the formal offer letter through DocuSign from our People Ops team within the next 48 hours.\n\nWe'd ask that you let us know your decision by Friday, March 12.\n\nWarmly,\nDaniela Ortiz\nRecruiter | Cedar & Pine Software\n604-555-0183",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-03-05' },
    ],
  },
  {
    ...TOR,
    text: "Hi Mélanie,\n\nThank you for taking the time to interview with us for the Payroll Specialist position. We truly appreciated learning about your experience.\n\nAfter careful consideration, we will not be moving forward with your candidacy at this time. We'll keep your résumé on file for the next six months and reach out if a role that better fits your background opens up.\n\nBest wishes in your search,\nThe Talent Team\nBorealis Insurance Group | 120 Adelaide St W, Toronto ON M5H 1T1",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...HKG,
    text: 'Dear Mr. Chan,\n\nThank you for attending the first interview for Assistant Relationship Manager. We are continuing to meet candidates until 12 March. To ensure fairness to all applicants, we kindly request that candidates do not contact the hiring team for updates until the shortlist for the second round has been finalised on 17 March.\n\nYours sincerely,\nVivian Lau\nHuman Resources\nVictoria Peak Private Bank\n8/F, 18 Chater Road, Central, Hong Kong',
    expect: [{ kind: 'no-contact-before', by: '2027-03-17', fuzzy: true }],
  },
  {
    ...DUB,
    text: 'Dear Applicant,\n\nThank you for your application for the post of Administrative Officer (Grade III), Competition Ref. AO-27-06. The closing date for this competition is 12 noon on Friday 19 March 2027.\n\nPlease note that, owing to the very high volume of applications received, this office is not in a position to deal with telephone enquiries concerning the status of individual applications.\n\nShortlisting, if required, will take place after the closing date.\n\nRecruitment Unit\nCounty Council Offices, Rathass, Tralee, Co. Kerry\nThis email and any files transmitted with it are confidential and intended solely for the addressee.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NYC,
    text: "Hi Destiny,\n\nThanks for applying to the Store Associate position at Brightside Market (Req #48213)! Your application was received on 03/01/2027 at 4:52 PM.\n\nOur recruiting team can't take phone calls or walk-in inquiries about applications, but you can check your status anytime in your candidate profile.\n\nBrightside Market is an Equal Opportunity Employer. © 2027 Brightside Market, Inc. All rights reserved.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...KHI,
    text: 'Dear Mr. Hamza Siddiqui,\n\nWith reference to your application for the post of Assistant Manager Finance, you are hereby called for interview as per the following schedule:\n\nDate:\t09-03-2027 (Tuesday)\nTime:\t1430 hrs\nVenue:\tHead Office, Plot 27, Sector 24, Korangi Industrial Area, Karachi\n\nPlease bring your original CNIC, educational documents and experience letters. No TA/DA will be admissible.\n\nHuman Resource Department\nIndus Polymer Industries Ltd\nPh: 021-35051234',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '14:30' }],
  },
  {
    ...NYC,
    text: 'Hi Jordan,\n\nJust circling back – the team is wrapping up debriefs and I expect to have feedback for you by Thursday.\n\nBest,\nKatie\n\nOn Fri, Feb 26, 2027 at 4:12 PM Jordan Pierce <jordan.pierce@example.com> wrote:\n> Hi Katie,\n> Thanks again for arranging the onsite on Wednesday, February 24 at 10:00 AM. I really enjoyed meeting the team.\n> Best, Jordan',
    expect: [{ kind: 'response-by', by: '2027-03-04' }],
  },
  {
    ...LDN,
    text: "Dear Ms Okonkwo,\n\nThank you for taking the time to speak with me on Friday about the Operations Analyst role. I especially enjoyed hearing about the warehouse automation project planned for the second half of the year.\n\nI remain very interested in the position and I'm free any afternoon next week should you need anything further. Please don't hesitate to call me on 07700 900456.\n\nKind regards,\nTom Ellery\n\nSent from my iPhone",
    expect: [],
  },
  {
    ...BLR,
    text: 'New jobs matching your profile\n\n1. Senior QA Engineer | Pinnacle Softech | Hyderabad | 4-7 Yrs\nWalk-in Drive: 13th March 2027, 10:00 AM – 3:00 PM\n\n2. Automation Test Lead | Cobalt Digital | Chennai | 6-9 Yrs\nApply before 15-03-2027\n\n3. SDET | NimbusKart | Bengaluru | 3-6 Yrs\nVirtual interviews on 6th & 7th March\n\nView all 24 jobs\nYou are receiving this mail because you registered on JobsBharat. To unsubscribe, click here.',
    expect: [],
  },
  {
    ...NYC,
    text: "Spring Virtual Career Fair\nThursday, March 18, 2027 | 12:00 PM – 4:00 PM ET\n\nMeet recruiters from 40+ employers hiring now, get a quick 1:1 résumé review and sit in on mock interviews with real hiring managers.\n\nRegister by Tuesday, March 16 to reserve your spot →\n\nCan't attend? We'll email all registrants the recorded panels within 3 business days.\n\nHudson Valley Workforce Board · 33 Main St, Poughkeepsie NY 12601 · Unsubscribe",
    expect: [],
  },
  {
    ...VAN,
    text: 'Hi Priya,\n\nBrightwave Robotics has invited you to take the Software Engineering Intern Coding Challenge.\n\nDuration: 90 minutes\nExpires: Mar 9, 2027, 11:59 PM PST\n\nYou can start the test anytime before it expires. Once you start, the timer cannot be paused. Results are shared with the hiring team automatically.\n\nGood luck!\nThe TestPilot Team',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Grace,\n\nImportant information about your workplace pension\n\nAs your employer, Wrenfield Foods Ltd must enrol you into a workplace pension scheme. Your enrolment date is 1 April 2027. Contributions will be deducted from your April pay, which is paid on 28 April.\n\nIf you wish to opt out, you must do so within one month of your enrolment date, and any contributions taken will be refunded within 30 days.\n\nPayroll & Pensions Team\nWrenfield Foods Ltd, Unit 4, Trafford Park, Manchester M17 1AB',
    expect: [],
  },
  {
    ...KHI,
    text: 'Dear Employee,\n\nPlease find attached your salary slip for the month of February 2027. Salary has been transferred on 27-02-2027. Income tax certificates for FY 2026-27 will be issued by 15 July 2027.\n\nThis is a system generated email, please do not reply.\nPayroll Section, Indus Polymer Industries Ltd',
    expect: [],
  },
  {
    ...SYD,
    text: 'Your parcel is arriving tomorrow!\n\nHi Mia, your delivery from Koala Desk Co. is scheduled for Tue 2 Mar between 10:15am and 12:15pm.\n\nNot going to be home? Change your delivery by 9pm tonight.\n\nTrack parcel: TRK7781203AU\nKoala Desk Co. · ABN 98 765 432 109',
    expect: [],
  },
  {
    ...SIN,
    text: 'Daily agenda for Wednesday, 3 March 2027\n\n09:30 – 10:00\tTeam stand-up\n11:00 – 11:45\tInterview – Data Analyst (Candidate: Nur Aisyah)\n14:00 – 15:00\tInterview debrief\n\nScorecards are due within 24 hours of each interview.\nView your calendar',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Aoife,\n\nThanks for checking in! No news yet I'm afraid – I'm still waiting to hear back from the hiring manager and will be in touch as soon as I have something.\n\nBest,\nNiamh\n\nNiamh Byrne | Talent Acquisition\nLiffey Analytics Ltd, Registered in Ireland No. 612345, Registered Office: 2 Grand Canal Quay, Dublin 2, D02 X285\nThe information in this email is confidential. Our privacy notice was last updated on 1 February 2027.",
    expect: [],
  },
  {
    ...TOR,
    text: "Thank you for applying to Northern Spruce Co-op!\n\nWe've received your application for Warehouse Associate – Night Shift (Job ID 20931), submitted on 2027-03-03.\n\nWhat happens next?\n• Our team reviews every application.\n• If your experience matches what we're looking for, a recruiter will contact you to set up an interview.\n• Interviews are generally held Monday to Friday, 8:00 a.m. – 4:00 p.m.\n\nYou can withdraw your application at any time from your candidate home page.\n\nNorthern Spruce Co-op · 55 Lakeshore Blvd, Toronto ON",
    expect: [],
  },
  {
    ...LDN,
    text: "The Graduate Digest – March edition\n\nIn this issue:\n• Five questions to ask at the end of an interview\n• Assessment centres: what really happens on the day\n• Spring insight weeks now open – deadlines from 12 March\n\nNext live Q&A: Tuesday 9 March, 6pm, with a panel of recruiters from the Big Four.\n\nYou're receiving this because you signed up at gradlink.example. Unsubscribe | Privacy",
    expect: [],
  },
  {
    ...JNB,
    text: "Hi Lerato,\n\nGreat news – you've made it through to the final round! Your interview with our CFO, Johan van der Merwe, is confirmed for Monday 8 March at 10:00 at our Sandton office (4 Rivonia Road). Please ask for me at reception.\n\nWe normally make a decision within three working days of the final interview, so you won't be waiting long.\n\nKind regards,\nZanele Dlamini\nTalent Acquisition Specialist | Protea Capital\n+27 11 555 0142",
    expect: [
      { kind: 'interview', by: '2027-03-08', time: '10:00' },
      { kind: 'response-by', by: '2027-03-11' },
    ],
  },
  {
    ...NYC,
    text: "Hi Marcus,\n\nWanted to give you a quick update so you're not left wondering. We're still waiting on one of your references to get back to us, and the comp package needs a final sign-off from finance, which can take a little while – but assuming nothing unexpected comes up, you should have a definite answer from us within the next ten days or so.\n\nThanks for hanging in there,\nAllison\n\nAllison Reyes | Sr. Technical Recruiter\nMeridian Health Tech | 200 Park Ave S, New York, NY 10003 | (212) 555-0147",
    expect: [{ kind: 'response-by', by: '2027-03-12', fuzzy: true }],
  },
  {
    ...SIN,
    text: 'Dear Mr Rajaratnam,\n\nThank you for your follow-up email. As we are still screening applications for this role, we would be grateful if you could refrain from following up with the hiring team before Monday, 15 March 2027.\n\nThank you for your understanding.\n\nYours sincerely,\nHuman Resource Division\nStraits Maritime Pte Ltd\n10 Anson Road, #22-02, Singapore 079903',
    expect: [{ kind: 'no-contact-before', by: '2027-03-15' }],
  },
  {
    ...TOR,
    text: "Hey Jess – quick one. Still interviewing this week and next, so there's really no need to check in before the 22nd; I'll have an update for everyone by then.\n\nRyan\nSent from my phone. Please excuse typos.",
    expect: [
      { kind: 'no-contact-before', by: '2027-03-22' },
      { kind: 'response-by', by: '2027-03-22' },
    ],
  },
  {
    ...LDN,
    text: 'Congratulations, Hannah!\n\nYou have an offer for Graduate Analyst – Actuarial (R-20411) at Pemberton Mutual.\n\nTo view and accept your offer, sign in to your candidate home account. Please respond by 12/03/2027.\n\nIf you have questions about your offer, contact your recruiter, Adebayo Ogunleye.\n\nThis is an automated message – please do not reply.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DEN,
    text: 'Interview Confirmation\n\nCandidate\tRosa Delgado\nPosition\tField Service Technician II\nInterview Type\tVideo Interview (Microsoft Teams)\nDate\tWednesday, March 10, 2027\nStart Time\t1:00 PM (Eastern Time)\nDuration\t45 minutes\nInterviewer\tGreg Holloway, Regional Service Manager\n\nPlease join 5 minutes early. If you need an accommodation, reply to this message.',
    expect: [{ kind: 'interview', by: '2027-03-10', time: '11:00' }],
  },
  {
    ...NYC,
    text: "Hi Tyler,\n\nI'm so sorry for the late notice, but we need to cancel tomorrow's phone screen (Wed 3/3 at 2:00 PM ET). The role is being re-scoped and the hiring manager has put all interviews on hold. I'll reach out once I know more.\n\nRegards,\nMonique Carter\nRecruiting Coordinator, Atlas Freight",
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Ciara,\n\nGreat to chat earlier! As discussed, you're booked in with Declan and Sinéad for the 2nd round on Tues 9th at 14:00 in our Grand Canal Dock office – just ask for me at reception and I'll bring you up.\n\nTalk soon,\nEoin",
    expect: [{ kind: 'interview', by: '2027-03-09', time: '14:00' }],
  },
  {
    ...HKG,
    text: 'Dear Ms. Wong Ka Yan,\n\nThank you for your interest in the position of Management Trainee (Ref: MT2027) with Kowloon Harbour Holdings.\n\nWe have carefully reviewed your application and regret to inform you that it has not been successful on this occasion.\n\nAll personal data provided will be retained for a period of 24 months and destroyed thereafter in accordance with the Personal Data (Privacy) Ordinance.\n\nYours sincerely,\nGroup Human Resources',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: "Hi Daniel,\n\nThanks again for a great conversation today. As promised, I'll send over the case study brief first thing Monday morning; you'll then have 72 hours to put your deck together. We'll book a 45-minute slot for you to present it once it's in.\n\nCheers,\nPriyanka Sharma\nTalent Partner, Loonie Labs\n416-555-0119",
    expect: [{ kind: 'response-by', by: '2027-03-08' }],
  },
  {
    ...LDN,
    text: "hi Kwame,\n\nthx for ur patience with this one!! the hiring managr is still going thru the last few interviews, we're hopng to get back to everyone by wednesday next week.\n\nSarah\n\nSent from Outlook for Android",
    expect: [{ kind: 'response-by', by: '2027-03-10' }],
  },
  {
    ...SYD,
    text: "Hi Jack,\n\nThanks for giving us so much of your time over the last few weeks – the panel interview and the presentation were genuinely impressive. It was a tough call, but the panel felt another candidate's hands-on experience with Workday implementations was a closer match, and we've offered them the role.\n\nI'd be happy to jump on a call next week to share more detailed feedback if that's useful.\n\nAll the best,\nSophie\nSophie Tran | People & Culture | Southern Cross Water\nPh 02 9555 0101",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SIN,
    text: 'Dear Applicant,\n\nThank you for applying for the position of Executive (Corporate Communications). We have received your application.\n\nShortlisted candidates will be invited for interviews, which are expected to be held from late March to early April 2027. Only shortlisted candidates will be notified.\n\nThis is a computer-generated email. Please do not reply.\nMerlion Port Authority – Careers',
    expect: [],
  },
  {
    ...JNB,
    text: "Hi Kagiso,\n\nThanks so much for referring Lindiwe Mokoena for the Data Engineer role! I'm pleased to say she's through to interviews – she's pencilled in with the team for Thursday 11 March at 10:00. I'll let you know how it goes, and if she's hired your referral bonus will be paid out after her probation.\n\nThanks,\nZanele",
    expect: [],
  },
  {
    ...VAN,
    text: "Hi Omar,\n\nHere's a quick recap of where things stand:\n\n✓ Recruiter screen – done (Feb 24)\n→ Technical interview – Tue Mar 9, 10:00–11:00 a.m. PT, with Lena and Raj (confirmed)\n○ Final panel – TBD, usually the week after\n\nShout if anything changes on your end.\n\nKristen",
    expect: [{ kind: 'interview', by: '2027-03-09', time: '10:00' }],
  },
];

// Round 120b: the week of 12 April 2027 (US, UK and Irish summer time; Sydney back on standard time).
// Monday 12 April 2027, 09:00 in Sydney.
const SYD_B = { sentAt: '2027-04-12T09:00:00+10:00', tz: 'Australia/Sydney' } as const;
// Tuesday 13 April 2027, 10:00 in London (day-first dates).
const LDN_B = { sentAt: '2027-04-13T10:00:00+01:00', tz: 'Europe/London' } as const;
// Wednesday 14 April 2027, 09:00 in New York.
const NYC_B = { sentAt: '2027-04-14T09:00:00-04:00', tz: 'America/New_York' } as const;
// Monday 12 April 2027, 10:00 in Bengaluru.
const BLR_B = { sentAt: '2027-04-12T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Tuesday 13 April 2027, 11:00 in Karachi.
const KHI_B = { sentAt: '2027-04-13T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Wednesday 14 April 2027, 09:00 in Nairobi.
const NBO_B = { sentAt: '2027-04-14T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Thursday 15 April 2027, 08:30 in Johannesburg.
const JNB_B = { sentAt: '2027-04-15T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Friday 16 April 2027, 09:00 in Singapore.
const SIN_B = { sentAt: '2027-04-16T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Monday 12 April 2027, 10:00 in Hong Kong.
const HKG_B = { sentAt: '2027-04-12T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Tuesday 13 April 2027, 10:00 in Dublin.
const DUB_B = { sentAt: '2027-04-13T10:00:00+01:00', tz: 'Europe/Dublin' } as const;
// Wednesday 14 April 2027, 09:00 in Toronto.
const TOR_B = { sentAt: '2027-04-14T09:00:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 15 April 2027, 09:00 in Vancouver.
const VAN_B = { sentAt: '2027-04-15T09:00:00-07:00', tz: 'America/Vancouver' } as const;
// Friday 16 April 2027, 08:00 in Chicago.
const CHI_B = { sentAt: '2027-04-16T08:00:00-05:00', tz: 'America/Chicago' } as const;
// Wednesday 14 April 2027, 08:00 in Denver.
const DEN_B = { sentAt: '2027-04-14T08:00:00-06:00', tz: 'America/Denver' } as const;

/** Round 120b: whole messages, written after round 120's fixes and before the engine read them. */
export const ROUND_120B_EN: readonly PhraseRow[] = [
  {
    ...SYD_B,
    text: 'Invitation: Stage 2 Interview – Graduate Civil Engineer @ Thu 22 Apr 2027 11am - 12pm (AEST) (liam.oconnor@example.com)\n\nStage 2 Interview – Graduate Civil Engineer\nWhen\tThursday 22 Apr 2027 ⋅ 11am – 12pm (Australian Eastern Standard Time - Sydney)\nWhere\tLevel 3, 77 Pacific Hwy, North Sydney\nWho\t•\tAnh Tran - organiser\n\t•\tliam.oconnor@example.com\n\nGoing (liam.oconnor@example.com)?   Yes - Maybe - No\nInvitation from Google Calendar',
    expect: [{ kind: 'interview', by: '2027-04-22', time: '11:00' }],
  },
  {
    ...LDN_B,
    text: "Hi Fatima,\n\nSee below from Graham – he's asked if we can bring your interview forward to Monday 19 April at 2.30pm, as the panel room is no longer free on the 21st. Could you let me know if that works?\n\nThanks,\nJess\n\n-----Original Message-----\nFrom: Graham Pike\nSent: 12 April 2027 17:04\nTo: Jess Holt\nSubject: RE: Fatima Hussain – 2nd interview Wed 21/04 10:00\n\nJess – can we pull Fatima forward? The boardroom's been taken for the audit.",
    expect: [{ kind: 'interview', by: '2027-04-19', time: '14:30' }],
  },
  {
    ...NYC_B,
    text: "Hi Andre,\n\nPer our conversation this morning, here's a recap of your verbal offer for the Senior Data Engineer role:\n\n- Base salary: $168,000\n- Sign-on bonus: $15,000\n- Start date: Monday, May 17, 2027\n\nA formal offer letter will be sent via DocuSign once your background check clears, which typically takes 3–5 business days. We'd appreciate your answer by Monday, April 19.\n\nBest,\nRenee Gallagher\nTalent Acquisition | Stonebridge Analytics\n(646) 555-0172",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BLR_B,
    text: 'Dear Karthik,\n\nThank you for the time and effort you invested in the interview process for the role of Product Analyst.\n\nPost careful evaluation, the panel has decided not to proceed with your profile for this requirement. We will retain your CV in our database and reach out should a suitable opening arise.\n\nWishing you the very best.\n\nRegards,\nTeam TA | Zenith Fintech Pvt. Ltd.\nCIN: U72900KA2015PTC081234',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...KHI_B,
    text: 'INTERVIEW CALL LETTER\n\nRoll No:\t10482\nName:\tAyesha Tariq\nPost:\tLecturer (Computer Science) BPS-18\nDate & Time of Interview:\t20-04-2027 at 09:00 AM\nVenue:\tCommittee Room, Block-B, Aga Khan Road, F-5/1, Islamabad\n\nNote: Candidates must report 30 minutes before the scheduled time along with original documents. No TA/DA is admissible.',
    expect: [{ kind: 'interview', by: '2027-04-20', time: '09:00' }],
  },
  {
    ...NBO_B,
    text: 'Dear Faith,\n\nThank you for attending the assessment centre on Friday. The panel will sit on 21st April to review all results, and all candidates will be informed of the outcome within five working days of that sitting.\n\nKind regards,\nSamuel Otieno\nTalent Acquisition | Jambo Telecom PLC\nWestlands, Nairobi',
    expect: [{ kind: 'response-by', by: '2027-04-28' }],
  },
  {
    ...JNB_B,
    text: 'Good day,\n\nThank you for your interest in the position of Junior Financial Accountant (Ref: JFA-0427).\n\nClosing date: 30 April 2027\n\nPlease note that no telephonic or walk-in enquiries regarding this vacancy will be entertained. Should you not hear from us within 3 months of the closing date, please consider your application unsuccessful.\n\nBushveld Platinum Holdings (Pty) Ltd\nAn equal opportunity employer',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2027-07-30' }],
  },
  {
    ...SIN_B,
    text: 'Hi Jun Jie,\n\nThanks for your patience! We have the following openings for your final interview with our Regional Director (all times SGT):\n\n  Mon 19/4 – 3pm\n  Wed 21/4 – 10am or 4pm\n\nIf none of these suit, do propose alternatives and I will check with her.\n\nRegards,\nCheryl\nPeople Team, Orchid Logistics',
    expect: [],
  },
  {
    ...HKG_B,
    text: 'Dear Applicant,\n\nThank you for applying for the position of Assistant Manager, Compliance.\n\nWe anticipate that interviews will take place during the last week of April. Shortlisted candidates will be notified by email on or before 23 April 2027; those not contacted by then should consider their application unsuccessful.\n\nHuman Resources Department\nPearl River Insurance (HK) Limited',
    expect: [{ kind: 'response-by', by: '2027-04-23' }],
  },
  {
    ...DUB_B,
    text: "Hi Eoghan,\n\nThanks for the nudge! Honestly there's nothing to report yet – the hiring panel are still working through second interviews. I'd ask you not to get in touch again until we've made a decision at the end of the month; I won't forget you.\n\nBest,\nAisling\nAisling Kearney | Talent | Shannonside Software",
    expect: [{ kind: 'no-contact-before', by: '2027-04-30', fuzzy: true }],
  },
  {
    ...TOR_B,
    text: "Hi Priya,\n\nUnfortunately Michelle has been pulled into a client escalation, so we'll need to reschedule this afternoon's 3:00 interview. Would tomorrow (Thursday) at the same time work instead?\n\nSo sorry about this,\nDerek\nDerek Fong | Talent Acquisition | Maple Ridge Credit Union",
    expect: [{ kind: 'interview', by: '2027-04-15', time: '15:00' }],
  },
  {
    ...VAN_B,
    text: 'Hi Sofia,\n\nYour panel interview is confirmed for Tuesday, April 20 at 1:00 PM Eastern (10:00 AM Pacific). You will meet with three members of our Toronto leadership team over Microsoft Teams.\n\nBest,\nAmir',
    expect: [{ kind: 'interview', by: '2027-04-20', time: '10:00' }],
  },
  {
    ...CHI_B,
    text: "hey! sorry for the radio silence, it's been a crazy couple weeks w/ the reorg but the good news is the req is still open and HM wants to meet the last 2 finalists (you're one of them!) before making a call, so I'm hoping to get you on her calendar sometime next week and we should have a final answer for you by end of month.\n\n-Tanya",
    expect: [{ kind: 'response-by', by: '2027-04-30' }],
  },
  {
    ...LDN_B,
    text: "You're now part of the Brightwell Talent Community!\n\nWe'll send you roles matching your interests every Monday, and our next virtual open evening is on Wednesday 28 April at 6pm BST.\n\nManage your preferences | Unsubscribe\nBrightwell Group plc, 1 Canada Square, London E14 5AB",
    expect: [],
  },
  {
    ...NYC_B,
    text: 'Reminder: Dentist – Dr. Patel\n\nFri Apr 16, 2027 9am – 10am (EDT)\n\nWhere: 245 E 54th St, New York\n\nYou are receiving this email because you set a reminder for this event on the calendar jlee@example.com.',
    expect: [],
  },
  {
    ...SYD_B,
    text: 'Hi Liam,\n\nYour video interview for Graduate Program 2028 is ready!\n\nPlease record your responses by 11:59pm AEST, Sunday 18 April. The video interview should take about 20 minutes and you can complete it on any device with a camera.\n\nStart your video interview →\n\nGood luck!\nThe Early Careers Team',
    expect: [],
  },
  {
    ...BLR_B,
    text: 'Dear Associate,\n\nForm 16 for FY 2026-27 will be available on the HR portal from 15-Jun-2027. Investment proofs for tax declaration must be submitted by 30-Apr-2027 to avoid excess TDS deduction.\n\nFor queries, raise a ticket on the HR helpdesk.\n\nPayroll Team',
    expect: [],
  },
  {
    ...LDN_B,
    text: "Your item is with your local delivery office and will be delivered tomorrow, Wednesday 14 April.\n\nIf you're not in, we'll leave a card and you can rearrange delivery within 18 days.\n\nTracking number: RM123456789GB",
    expect: [],
  },
  {
    ...DUB_B,
    text: "Hi Siobhán,\n\nJust confirming I've submitted the online assessment this morning. I'm free for interview any day next week except Thursday morning, if that helps with planning.\n\nThanks a million,\nConor\n\nSent from my Galaxy",
    expect: [],
  },
  {
    ...NBO_B,
    text: "Hi Kevin, 5 new jobs match your alert 'Accountant Nairobi'\n\nAccountant – Savanna Foods – Nairobi – Deadline: 30 Apr 2027\nAssistant Accountant – Tembo Motors – Thika – Interviews: 22nd April\nFinance Officer – Mwangaza NGO – Kisumu – Deadline: 5 May 2027\n\nView all matches\nYou're receiving this because you created a job alert. Unsubscribe",
    expect: [],
  },
  {
    ...NYC_B,
    text: 'Benefits enrollment reminder\n\nAs a new hire, you have 30 days from your start date (April 5) to enroll. Your enrollment window closes May 5, 2027. Coverage takes effect on the first of the month after you enroll.\n\nVisit the benefits portal to make your elections.',
    expect: [],
  },
  {
    ...HKG_B,
    text: "Join our Campus Hiring Livestream on Thu 22 Apr at 7:30pm HKT!\n\nOur recruiters will walk you through the application timeline and answer your questions live. Can't make it? We'll email you the replay within 2 days.\n\nRegister now",
    expect: [],
  },
  {
    ...SIN_B,
    text: 'Dear Nur Aisyah,\n\nWe have received your application for Data Scientist (Job ID 45201). Our team will review your application and aim to update you on the status within 3 weeks.\n\nThank you for your interest in Merlion Health.\n\nThis is an auto-generated email. Please do not reply.',
    expect: [{ kind: 'response-by', by: '2027-05-07' }],
  },
  {
    ...KHI_B,
    text: 'Dear Bilal,\n\nThank you for your query. Your application is under review and we will contact you if you are shortlisted.\n\nRegards,\nHR Department\nHabib Textile Mills Ltd\n\nDisclaimer: This e-mail and any attachments are confidential. Our office will remain closed on 1 May 2027 on account of Labour Day.',
    expect: [],
  },
  {
    ...TOR_B,
    text: 'Hi Nadia,\n\nGreat speaking with you. As discussed, our HR team will email the employment agreement to you by Tuesday; please feel free to review it with your own counsel.\n\nTalk soon,\nGreg',
    expect: [{ kind: 'response-by', by: '2027-04-20' }],
  },
  {
    ...CHI_B,
    text: "Thanks for your interest in Lakeshore Logistics!\n\nDue to the high volume of applicants, our hiring managers aren't able to respond to calls or LinkedIn messages about open positions. If your background is a fit, a recruiter will reach out by email.\n\nLakeshore Logistics | 233 S Wacker Dr, Chicago, IL",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SYD_B,
    text: "Hi Grace,\n\nUnfortunately we've had to postpone tomorrow's panel interview as two of the panel members are unavailable. I'll come back to you with some new times early next week.\n\nApologies for the inconvenience,\nMatt",
    expect: [{ kind: 'response-by', by: '2027-04-21', fuzzy: true }],
  },
  {
    ...LDN_B,
    text: "Hi Olu,\n\nQuick update – we're seeing the final two candidates on Thursday and Friday, and I'll call you on Monday either way.\n\nCheers,\nHarriet",
    expect: [{ kind: 'response-by', by: '2027-04-19' }],
  },
  {
    ...NBO_B,
    text: 'Dear Brian,\n\nYou have been shortlisted for an oral interview for the position of ICT Officer II. Details are as follows:\n\nDate: Tuesday, 27/04/2027\nTime: 10.00 a.m. EAT\nVenue: Boardroom, 5th Floor, Anniversary Towers, University Way\n\nCome with originals of your academic certificates, national ID and a valid KRA compliance certificate.',
    expect: [{ kind: 'interview', by: '2027-04-27', time: '10:00' }],
  },
  {
    ...DEN_B,
    text: 'Your interview has been updated.\n\nOriginal time: Thu, Apr 15 2:30 PM MDT\nUpdated time: Fri, Apr 16 9:00 AM MDT\nInterviewers: Sam Ortiz, Jo Kim\n\nAdd to calendar | View details',
    expect: [{ kind: 'interview', by: '2027-04-16', time: '09:00' }],
  },
  {
    ...HKG_B,
    text: "Dear Vincent,\n\nFurther to your interviews, I'm delighted to confirm that we'd like you to join Jade Harbour Capital as an Associate, Equity Research. Your contract will be sent to you by our HR team in the coming days; kindly let us know if you accept by 23/04.\n\nWarm regards,\nCeline Ho",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-04-17', fuzzy: true },
    ],
  },
  {
    ...VAN_B,
    text: 'Your mock interview with a Career Educator is booked for Monday, April 19 at 2:00 PM in the Student Services Centre, Room 204.\n\nTo cancel, please give us 24 hours notice.\n\nPacific Coast University Career Centre',
    expect: [],
  },
  {
    ...NYC_B,
    text: "Interview Prep Guide – Stonebridge Analytics\n\nWhat to expect: your onsite includes a technical deep-dive, a case discussion and a values interview. Most candidates hear back within 5 business days of their final interview.\n\nGood luck – we're rooting for you!",
    expect: [],
  },
];

// Round 120c: the week of 10 May 2027.
// Monday 10 May 2027, 09:00 in New York.
const NYC_C = { sentAt: '2027-05-10T09:00:00-04:00', tz: 'America/New_York' } as const;
// Tuesday 11 May 2027, 10:00 in London (day-first dates).
const LDN_C = { sentAt: '2027-05-11T10:00:00+01:00', tz: 'Europe/London' } as const;
// Wednesday 12 May 2027, 10:00 in Bengaluru.
const BLR_C = { sentAt: '2027-05-12T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 13 May 2027, 09:00 in Singapore.
const SIN_C = { sentAt: '2027-05-13T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Tuesday 11 May 2027, 09:00 in Nairobi.
const NBO_C = { sentAt: '2027-05-11T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Monday 10 May 2027, 08:30 in Johannesburg.
const JNB_C = { sentAt: '2027-05-10T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 12 May 2027, 09:00 in Sydney.
const SYD_C = { sentAt: '2027-05-12T09:00:00+10:00', tz: 'Australia/Sydney' } as const;
// Friday 14 May 2027, 10:00 in Dublin.
const DUB_C = { sentAt: '2027-05-14T10:00:00+01:00', tz: 'Europe/Dublin' } as const;
// Tuesday 11 May 2027, 09:00 in Toronto.
const TOR_C = { sentAt: '2027-05-11T09:00:00-04:00', tz: 'America/Toronto' } as const;
// Wednesday 12 May 2027, 08:00 in Chicago.
const CHI_C = { sentAt: '2027-05-12T08:00:00-05:00', tz: 'America/Chicago' } as const;
// Thursday 13 May 2027, 09:00 in Los Angeles.
const LAX_C = { sentAt: '2027-05-13T09:00:00-07:00', tz: 'America/Los_Angeles' } as const;
// Monday 10 May 2027, 11:00 in Karachi.
const KHI_C = { sentAt: '2027-05-10T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Tuesday 11 May 2027, 10:00 in Hong Kong.
const HKG_C = { sentAt: '2027-05-11T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;

/** Round 120c: whole messages, written after round 120b's fixes and before the engine read them. */
export const ROUND_120C_EN: readonly PhraseRow[] = [
  {
    ...NYC_C,
    text: 'Hi Marisol,\n\nPlease see the details for your interview with the Finance leadership team below.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 284 517 339 201\nPasscode: x7Ue9Q\n________________________________________________________________________________\n\nWhen: Tuesday, May 18, 2027 2:00 PM-3:00 PM. (UTC-05:00) Eastern Time (US & Canada)\n\nThanks,\nDevon',
    expect: [{ kind: 'interview', by: '2027-05-18', time: '14:00' }],
  },
  {
    ...LDN_C,
    text: "Hi Tom, it's Leanne from Carrington Recruitment – client's keen!! Are you free Thurs at 11 for a 30 min video call with their FD? Let me know asap x",
    expect: [{ kind: 'interview', by: '2027-05-13', time: '11:00' }],
  },
  {
    ...BLR_C,
    text: 'Dear Shortlisted Candidate,\n\nCongratulations! You have been shortlisted for the Final Selection Day for Graduate Engineer Trainee at Vardhan Motors.\n\nDate: 20th May 2027 (Thursday)\nAgenda:\n08:30 – Registration & document verification\n09:30 – Group discussion\n11:30 – Technical interview\n14:00 – HR interview\n\nVenue: Vardhan Motors Training Centre, Plot 14, Chakan MIDC, Pune\n\nCarry a printout of this email and a government photo ID.',
    expect: [{ kind: 'interview', by: '2027-05-20', time: '08:30' }],
  },
  {
    ...SIN_C,
    text: 'Hi Darius,\n\nSmall change – our Head of Product has a clash, so could we push your 2pm tomorrow back by an hour to 3pm? Everything else stays the same.\n\nThanks!\nMei Ling',
    expect: [{ kind: 'interview', by: '2027-05-14', time: '15:00' }],
  },
  {
    ...NBO_C,
    text: "Dear Achieng,\n\nThank you for your patience. The board will ratify the panel's recommendations on Thursday, and we will communicate the final decision to you by close of business on Friday, 14th May 2027.\n\nYours sincerely,\nHuman Resources\nKilima Tea Factory Ltd",
    expect: [{ kind: 'response-by', by: '2027-05-14' }],
  },
  {
    ...JNB_C,
    text: 'Dear Candidate,\n\nThank you for your application for the post of Occupational Health Nurse.\n\nThe position closes on Sunday 23 May 2027. Shortlisting will take place within ten working days of the closing date, and only shortlisted candidates will be contacted.\n\nHighveld Mining Services',
    expect: [{ kind: 'response-by', by: '2027-06-04' }],
  },
  {
    ...SYD_C,
    text: "Hi Jess,\n\nI know I said we'd have news for you by last Friday – sorry, that slipped as sign-off took longer than expected. We're now aiming to confirm the outcome by mid-next week.\n\nCheers,\nBen",
    expect: [{ kind: 'response-by', by: '2027-05-19', fuzzy: true }],
  },
  {
    ...DUB_C,
    text: 'Hi Niall,\n\nThanks for checking in. The hiring manager is still collating feedback from the panel, so please allow two weeks before following up again.\n\nKind regards,\nRóisín',
    expect: [{ kind: 'no-contact-before', by: '2027-05-28' }],
  },
  {
    ...TOR_C,
    text: 'Hi Chloé,\n\nThanks again for your time today. A quick note on process: we ask that candidates refrain from contacting the panel members directly at any stage of the process. All communication should go through me.\n\nBest,\nAaron\nAaron Mistry | Talent Acquisition | Lakehead Power',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CHI_C,
    text: "Hi Andrew,\n\nThank you for interviewing for the Supply Chain Analyst role. We were impressed by your experience, but after a lot of deliberation we've decided to extend an offer to a candidate whose background aligns more closely with the team's current needs.\n\nWe'll keep your information on file and encourage you to apply for future openings.\n\nBest regards,\nMegan",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LAX_C,
    text: "Hi Jordan!\n\nAs promised, here's the written offer we discussed on the phone – the team is so excited. The offer is valid until 5pm PT on Wednesday, May 19. Let me know if you have any questions!\n\nKelsey",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...KHI_C,
    text: 'Dear Mr. Usman,\n\nYou are requested to appear for a technical interview on Monday, 17 May 2027 at 11:00 hrs (PKT) at our Lahore office, 3rd Floor, Arfa Software Technology Park.\n\nRegards,\nHR Department\nRavi Systems (Pvt.) Ltd.',
    expect: [{ kind: 'interview', by: '2027-05-17', time: '11:00' }],
  },
  {
    ...HKG_C,
    text: 'Dear Ms. Lam,\n\nYour final interview with our London team is confirmed for Wednesday 19 May at 9:00 am BST (4:00 pm HKT). The video link will be sent separately.\n\nBest regards,\nTalent Acquisition, Lion Rock Securities',
    expect: [{ kind: 'interview', by: '2027-05-19', time: '16:00' }],
  },
  {
    ...NYC_C,
    text: 'Your schedule for Tuesday, May 11\n\n8:30 AM – School drop-off\n12:00 PM – Lunch w/ Priya\n4:15 PM – Physio appointment\n\nSent by Fantastical',
    expect: [],
  },
  {
    ...LDN_C,
    text: 'Your flight confirmation – BA0832 London Heathrow to Dublin\n\nFriday 21 May 2027, departs 06:40, arrives 07:55.\n\nOnline check-in opens 24 hours before departure.',
    expect: [],
  },
  {
    ...SYD_C,
    text: 'Reminder: your library items are due back on Tuesday 18 May. Renew online to avoid fees.\n\nCity of Sydney Library',
    expect: [],
  },
  {
    ...BLR_C,
    text: '3 recruiters viewed your profile this week!\n\nFeatured: Walk-in interview for Customer Support Executives at Sterling BPO on 15th & 16th May, 10 AM – 4 PM, Koramangala. Freshers welcome.\n\nUpdate your profile to get noticed.',
    expect: [],
  },
  {
    ...SIN_C,
    text: 'Careers Virtual Fair: 25 & 26 May 2027, 10am – 6pm\n\nChat live with 60+ agencies and book 1-to-1 sessions with hiring managers.\n\nSign up now',
    expect: [],
  },
  {
    ...DUB_C,
    text: 'Your Bike to Work scheme application has been approved.\n\nCollection of your bike can be arranged from 24 May; repayments will be deducted over 12 months starting with your June salary.\n\nPayroll Office',
    expect: [],
  },
  {
    ...TOR_C,
    text: "Hi Ms. Tremblay,\n\nThank you for the update. I just wanted to mention that I've received another offer and have been asked to respond by Friday, May 14. I remain very interested in the Analyst role – is there any chance of a decision before then?\n\nBest,\nKevin",
    expect: [],
  },
  {
    ...CHI_C,
    text: "Thanks for applying!\n\nWhat's next: if your experience matches, a recruiter will reach out to schedule a phone screen. Most phone screens are scheduled within 1–2 weeks of the posting closing.\n\nMidway Outfitters Careers",
    expect: [],
  },
  {
    ...LAX_C,
    text: "Hi Ben – still waiting on the hiring manager, I'll update you as soon as I hear anything.\n\nCONFIDENTIALITY NOTICE: This message may contain privileged information. Pacific Crest Bank, Member FDIC. Equal Housing Lender. Rates effective 05/01/2027.",
    expect: [],
  },
  {
    ...NBO_C,
    text: 'Dear Wambui,\n\nYou have been shortlisted for interview for the position of Monitoring & Evaluation Officer. The interview will be held on Wednesday, 19th May 2027 at 2.30 p.m. at our Kilimani office.\n\nKindly confirm your attendance by Friday 14th May.\n\nRegards,\nHR Office',
    expect: [{ kind: 'interview', by: '2027-05-19', time: '14:30' }],
  },
  {
    ...JNB_C,
    text: "Hi Sizwe,\n\nPlease don't follow up before 1 June; the panel only convenes at the end of May.\n\nThanks,\nNaledi",
    expect: [{ kind: 'no-contact-before', by: '2027-06-01' }],
  },
  {
    ...SYD_C,
    text: 'Thanks for completing the psychometric assessments, Tahlia. Our panel reviews results weekly and you can expect to hear from us within a fortnight about the next stage.\n\nGraduate Recruitment Team',
    expect: [{ kind: 'response-by', by: '2027-05-26' }],
  },
  {
    ...HKG_C,
    text: 'Dear Mr. Cheung,\n\nWe appreciate your interest in Lion Rock Securities. After careful consideration, we have decided not to move your application to the next stage.\n\nYours faithfully,\nHuman Resources',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN_C,
    text: "Hi Alex,\n\nThanks again for coming in yesterday – the feedback from Simon and the team was really positive, and while we still have one more person to see on Thursday, I'm confident we'll be able to give you a definitive answer early next week, and if it's good news I'll get the contract over to you straight away.\n\nBest,\nHolly",
    expect: [{ kind: 'response-by', by: '2027-05-19', fuzzy: true }],
  },
  {
    ...NYC_C,
    text: 'Interview Scheduled\n\nRequisition: R-0045812 Financial Analyst II\nInterview Start: 2027-05-20 10:30 AM EDT\nInterview End: 2027-05-20 11:15 AM EDT\nLocation: Zoom (link to follow)',
    expect: [{ kind: 'interview', by: '2027-05-20', time: '10:30' }],
  },
  {
    ...TOR_C,
    text: "Hi Omar,\n\nI'm afraid we have to cancel Thursday's interview – the position has been put on hold pending a budget review. I'll let you know if anything changes.\n\nRegards,\nSteph",
    expect: [],
  },
  {
    ...DUB_C,
    text: 'Dear Applicant,\n\nPlease be aware our recruitment team cannot take calls regarding application status. We expect to complete shortlisting by 28 May.\n\nRecruitment, Atlantic Seafoods Ltd',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2027-05-28' }],
  },
  {
    ...KHI_C,
    text: 'This week on The Hiring Table podcast: an interview with Sana Mir, CEO of Indus Retail, recorded live on 6 May.\n\nNew episodes every Thursday at 8pm PKT.',
    expect: [],
  },
  {
    ...SIN_C,
    text: "Hi Jun Jie,\n\nGreat news – the Regional Director has signed off and we'd love to have you on board as our Logistics Analyst! Your start date would be Monday 7 June. I'll send the employment contract through by Monday.\n\nCheryl",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-05-17' },
    ],
  },
  {
    ...NBO_C,
    text: 'Dear Member,\n\nThe SACCO Annual General Meeting will be held on Saturday 22nd May 2027 at 10.00 a.m. at KICC. Dividends will be paid by 31st May.\n\nChief Executive Officer',
    expect: [],
  },
];

// Round 120d: the week of 7 June 2027.
// Monday 7 June 2027, 08:00 in Chicago.
const CHI_D = { sentAt: '2027-06-07T08:00:00-05:00', tz: 'America/Chicago' } as const;
// Tuesday 8 June 2027, 09:00 in New York.
const NYC_D = { sentAt: '2027-06-08T09:00:00-04:00', tz: 'America/New_York' } as const;
// Wednesday 9 June 2027, 10:00 in London.
const LDN_D = { sentAt: '2027-06-09T10:00:00+01:00', tz: 'Europe/London' } as const;
// Tuesday 8 June 2027, 10:00 in Bengaluru.
const BLR_D = { sentAt: '2027-06-08T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Monday 7 June 2027, 10:00 in Dublin.
const DUB_D = { sentAt: '2027-06-07T10:00:00+01:00', tz: 'Europe/Dublin' } as const;
// Wednesday 9 June 2027, 09:00 in Singapore.
const SIN_D = { sentAt: '2027-06-09T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Thursday 10 June 2027, 09:00 in Nairobi.
const NBO_D = { sentAt: '2027-06-10T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Monday 7 June 2027, 15:00 in Hong Kong.
const HKG_D = { sentAt: '2027-06-07T15:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Wednesday 9 June 2027, 11:00 in Karachi.
const KHI_D = { sentAt: '2027-06-09T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Thursday 10 June 2027, 09:00 in Toronto.
const TOR_D = { sentAt: '2027-06-10T09:00:00-04:00', tz: 'America/Toronto' } as const;
// Tuesday 8 June 2027, 09:00 in Sydney.
const SYD_D = { sentAt: '2027-06-08T09:00:00+10:00', tz: 'Australia/Sydney' } as const;
// Friday 11 June 2027, 08:30 in Johannesburg.
const JNB_D = { sentAt: '2027-06-11T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 9 June 2027, 15:00 in Vancouver.
const VAN_D = { sentAt: '2027-06-09T15:00:00-07:00', tz: 'America/Vancouver' } as const;

/** Round 120d: whole messages, written after round 120c's fixes and before the engine read them. */
export const ROUND_120D_EN: readonly PhraseRow[] = [
  {
    ...CHI_D,
    text: 'Hi Jamal,\n\nThis is a friendly reminder of your upcoming interview with Harbor Freight Analytics tomorrow at 10:00 AM (CDT).\n\nInterviewer: Lisa Moreno, Director of Operations\nFormat: Phone – Lisa will call you at the number on your application.\n\nGood luck!\nRecruiting Team',
    expect: [{ kind: 'interview', by: '2027-06-08', time: '10:00' }],
  },
  {
    ...NYC_D,
    text: 'Hi Grace,\n\nThanks for your interest in Brightline Health! The next step is a 30-minute conversation with our recruiting team. Please use the link below to pick a time that works for you:\n\nSchedule your interview →\n\nThis link expires in 7 days.\n\nBrightline Talent',
    expect: [],
  },
  {
    ...LDN_D,
    text: "Dear Harriet,\n\nThank you for completing the online assessments for our Graduate Scheme. Having reviewed your results, we won't be moving your application forward to the interview stage this year.\n\nWe wish you every success.\n\nGraduate Recruitment\nThistle & Crown Insurance",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR_D,
    text: "Hi Mateo,\n\nJust a heads-up: we're still waiting to hear back from your references. Please sit tight until then – it should all be wrapped up by Wednesday 16 June, so no need to chase before that date.\n\nThanks,\nSarah",
    expect: [{ kind: 'no-contact-before', by: '2027-06-16' }],
  },
  {
    ...BLR_D,
    text: 'Dear Ananya,\n\nYour interview with our London hiring manager has been scheduled for Thursday, 17 June at 14:00 BST. Please join via the Webex link below.\n\nRegards,\nTA Team',
    expect: [{ kind: 'interview', by: '2027-06-17', time: '18:30' }],
  },
  {
    ...VAN_D,
    text: "hey Owen – thanks for the chat earlier! I'll circle back by EOW with next steps once I sync with the hiring manager.\n\ncheers,\nMaya",
    expect: [{ kind: 'response-by', by: '2027-06-11' }],
  },
  {
    ...JNB_D,
    text: 'Dear Pieter,\n\nYou interviewed with us on Tuesday 8 June for the Fleet Controller position. Our standard practice is to give every candidate an answer within 7 working days of their final interview.\n\nRegards,\nTalent Acquisition, Karoo Freight',
    expect: [{ kind: 'response-by', by: '2027-06-17' }],
  },
  {
    ...SIN_D,
    text: "Hi Aaron, could you do a quick call with our CTO on Tue or Wed morning next week? Let me know what suits and I'll send an invite.\n\nBest,\nRachel",
    expect: [],
  },
  {
    ...DUB_D,
    text: 'Dear Ciarán,\n\nWe are pleased to confirm your interview for the position of Staff Officer:\n\nDate: Friday 18 June 2027\nTime: 10:00 (IST)\nLocation: Block 2, Miesian Plaza, Baggot Street, Dublin 2\n\nPlease bring photographic ID.\n\nPublic Appointments Unit',
    expect: [{ kind: 'interview', by: '2027-06-18', time: '10:00' }],
  },
  {
    ...HKG_D,
    text: 'Dear Karen,\n\nCongratulations again on your offer! As discussed, your start date is Monday 5 July and your employment contract will be sent to you by DocuSign within the next 2 working days.\n\nWelcome aboard,\nIvy Chan\nHuman Resources',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-06-09' },
    ],
  },
  {
    ...KHI_D,
    text: 'Dear Candidate,\n\nWe are unfortunately not in a position to provide feedback or status updates by phone. Results will be posted on our careers page.\n\nHR Department',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...TOR_D,
    text: "Thanks for applying to Northern Threads!\n\nPlease do not call or visit our stores to enquire about your application – store teams can't see applications.\n\nNorthern Threads Careers",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NYC_D,
    text: 'How I Hire: an interview with Dana Ruiz, VP People at Fernway.\n\nPlus: 3 mistakes to avoid in your first 90 days.\n\nNext issue lands Tuesday June 15.',
    expect: [],
  },
  {
    ...CHI_D,
    text: 'Your package will arrive Thursday, June 10 between 8am and 12pm.\n\nTrack your package | Delivery instructions',
    expect: [],
  },
  {
    ...SYD_D,
    text: 'Tech Talk: Scaling Postgres at Canva – Wed 16 June, 6:30 PM at Stone & Chalk, 121 King St.\n\nRSVP via Meetup.',
    expect: [],
  },
  {
    ...BLR_D,
    text: 'Dear Employee,\n\nYour June 2027 salary will be credited on 25/06/2027. Please submit your investment declarations by 20/06/2027.\n\n– Payroll',
    expect: [],
  },
  {
    ...LDN_D,
    text: "Dear Mr Ahmed,\n\nI hope you're well. I wanted to follow up on my interview on 2 June for the Analyst role. I'd appreciate an update by Friday if possible, as I have another process moving quickly.\n\nKind regards,\nSophie Turner",
    expect: [],
  },
  {
    ...NYC_D,
    text: 'Canceled event: Phone Screen with Jordan Lee @ Thu Jun 10, 2027 2pm - 2:30pm (EDT)\n\nThis event has been canceled and removed from your calendar.',
    expect: [],
  },
  {
    ...VAN_D,
    text: 'Reminder: your HireVue assessment for Data Analyst Co-op expires on June 14 at 11:59 PM PT. It takes about 25 minutes.',
    expect: [],
  },
  {
    ...SIN_D,
    text: "Reminder: please submit your scorecard for Ahmed Raza's interview (Tue 8 June, 2pm) by end of day.",
    expect: [],
  },
  {
    ...NYC_D,
    text: 'Your dental coverage with Delta Dental begins July 1, 2027. ID cards will be mailed within 10 business days.',
    expect: [],
  },
  {
    ...KHI_D,
    text: 'Dear Mr. Faisal,\n\nYour interview has been confirmed.\n\nDate: 15/06/2027\nTime: 10:30\nVenue: Head Office, I.I. Chundrigar Road, Karachi\n\nRegards,\nHR',
    expect: [{ kind: 'interview', by: '2027-06-15', time: '10:30' }],
  },
  {
    ...LDN_D,
    text: 'Hi Priya, could we move our chat on Thursday at 4pm to Friday, same time? Apologies for the shuffle!\n\nTom',
    expect: [{ kind: 'interview', by: '2027-06-11', time: '16:00' }],
  },
  {
    ...NBO_D,
    text: 'Dear Kiprotich,\n\nThank you for attending the interview. The results of the interview will be communicated within two weeks from the date of this letter.\n\nYours faithfully,\nSecretary, County Public Service Board',
    expect: [{ kind: 'response-by', by: '2027-06-24' }],
  },
  {
    ...HKG_D,
    text: "Dear Mr. Ho,\n\nThank you for meeting with us this morning. We shall revert to you in about a week's time.\n\nBest regards,\nEmily Tsang",
    expect: [{ kind: 'response-by', by: '2027-06-14', fuzzy: true }],
  },
  {
    ...DUB_D,
    text: 'Hi Seán,\n\nUnfortunately,&nbsp;we&nbsp;have&nbsp;decided&nbsp;to&nbsp;move&nbsp;forward&nbsp;with&nbsp;other&nbsp;candidates whose experience more closely matches the role.\n\nThanks again for your time,\nLiffey Cycles Talent Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...JNB_D,
    text: "Hi Thandi, we're still collecting panel feedback, so please wait until after 21 June before chasing. Thanks for your patience!\n\nRuan",
    expect: [{ kind: 'no-contact-before', by: '2027-06-22' }],
  },
  {
    ...SIN_D,
    text: 'Hi Wei Jie, confirming your second interview on Monday 14 June, 3.30pm Singapore time, at our Tanjong Pagar office (Level 18). Ask for Priscilla at reception.',
    expect: [{ kind: 'interview', by: '2027-06-14', time: '15:30' }],
  },
  {
    ...SYD_D,
    text: 'Dear Olivia,\n\nOn behalf of Coral Coast Council, I am delighted to offer you the position of Environmental Officer. Please confirm your acceptance within 3 working days by signing the attached letter.\n\nKind regards,\nPeople & Culture',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...NBO_D,
    text: 'M-PESA loan reminder: Your repayment of KES 4,500 is due on 15/06/2027. Pay via Paybill 522522.',
    expect: [],
  },
];

// Round 120e: the week of 5 July 2027.
// Monday 5 July 2027, 10:00 in London.
const LDN_E = { sentAt: '2027-07-05T10:00:00+01:00', tz: 'Europe/London' } as const;
// Tuesday 6 July 2027, 10:00 in Bengaluru.
const BLR_E = { sentAt: '2027-07-06T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Wednesday 7 July 2027, 09:00 in Nairobi.
const NBO_E = { sentAt: '2027-07-07T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Thursday 8 July 2027, 09:00 in Sydney.
const SYD_E = { sentAt: '2027-07-08T09:00:00+10:00', tz: 'Australia/Sydney' } as const;
// Monday 5 July 2027, 09:00 in New York.
const NYC_E = { sentAt: '2027-07-05T09:00:00-04:00', tz: 'America/New_York' } as const;
// Tuesday 6 July 2027, 10:00 in Dublin.
const DUB_E = { sentAt: '2027-07-06T10:00:00+01:00', tz: 'Europe/Dublin' } as const;
// Wednesday 7 July 2027, 09:00 in Toronto.
const TOR_E = { sentAt: '2027-07-07T09:00:00-04:00', tz: 'America/Toronto' } as const;
// Monday 5 July 2027, 08:30 in Johannesburg.
const JNB_E = { sentAt: '2027-07-05T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Friday 9 July 2027, 10:00 in Hong Kong (day-first dates).
const HKG_E = { sentAt: '2027-07-09T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Tuesday 6 July 2027, 09:00 in Singapore.
const SIN_E = { sentAt: '2027-07-06T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Thursday 8 July 2027, 08:00 in Chicago.
const CHI_E = { sentAt: '2027-07-08T08:00:00-05:00', tz: 'America/Chicago' } as const;
// Wednesday 7 July 2027, 11:00 in Karachi.
const KHI_E = { sentAt: '2027-07-07T11:00:00+05:00', tz: 'Asia/Karachi' } as const;

/** Round 120e: whole messages, written after round 120d's fixes and before the engine read them. */
export const ROUND_120E_EN: readonly PhraseRow[] = [
  {
    ...LDN_E,
    text: "Hi Leila,\n\nGreat news! You've been invited to a Video Interview with Nimbus Retail.\n\nDate: Wed, Jul 14, 2027\nTime: 15:00 - 15:45 (GMT+01:00) Europe/London\nInterviewer: Callum Reid, Head of Merchandising\n\nJoin from your browser – no download needed.\n\nNimbus Retail Recruiting",
    expect: [{ kind: 'interview', by: '2027-07-14', time: '15:00' }],
  },
  {
    ...BLR_E,
    text: "Hi Ravi – hope you're well! Following our chat, the hiring manager would like to meet you. Would Monday 12th July at 11:30 AM IST work for you?\n\nRegards,\nNisha | Talent Partner, Kaveri Cloud",
    expect: [{ kind: 'interview', by: '2027-07-12', time: '11:30' }],
  },
  {
    ...NBO_E,
    text: 'Dear Candidate,\n\nDue to unforeseen circumstances, the interviews scheduled for 8th July 2027 have been postponed. New dates will be communicated in due course.\n\nWe apologise for any inconvenience caused.\n\nHuman Resource Department\nLake Basin Water Services Board',
    expect: [],
  },
  {
    ...SYD_E,
    text: "Hi Mitchell,\n\nThanks for your interest in the Grants Officer role. I'm sorry to say that on this occasion the team has decided to progress other applicants whose experience is more closely aligned to the position.\n\nAll the best,\nKylie",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUB_E,
    text: "Dear Dr. Ní Bhriain,\n\nI'm pleased to let you know that, following interview, the panel would like to appoint you to the post of Senior Lecturer in Chemistry. HR will be in touch regarding terms.\n\nIs mise,\nProf. Declan Ryan\nHead of School",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TOR_E,
    text: 'Dear Applicant,\n\nThank you for interviewing for the Policy Analyst position. Please refrain from contacting us before Friday 16 July, by which time all candidates will have been informed.\n\nHuman Resources\nCity of Kingsford',
    expect: [
      { kind: 'no-contact-before', by: '2027-07-16' },
      { kind: 'response-by', by: '2027-07-16' },
    ],
  },
  {
    ...CHI_E,
    text: 'Thank you for applying to Lakeview Animal Hospital!\n\nWe ask that you please not phone the clinic – our reception team has no information about recruitment. We will contact you by email if we would like to arrange an interview.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SIN_E,
    text: 'Hi Zhi Wei,\n\nThanks for your application. Our recruiters are not reachable by phone; please use the candidate portal for all queries.\n\nRegards,\nTalent Acquisition, Jurong Precision',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB_E,
    text: 'Hi Lwazi,\n\nYour second interview is on Wednesday 7 July at 9:00. We aim to let all finalists know the outcome within 48 hours of the last interview, which is on Friday 9 July.\n\nKind regards,\nMarelize',
    expect: [
      { kind: 'interview', by: '2027-07-07', time: '09:00' },
      { kind: 'response-by', by: '2027-07-11' },
    ],
  },
  {
    ...NYC_E,
    text: "Hi Dominic,\n\nThings are moving a little slower than we'd like because of summer vacations, but barring any surprises I'd hope to have something concrete for you by the end of the month.\n\nThanks for bearing with us,\nLauren",
    expect: [{ kind: 'response-by', by: '2027-07-31' }],
  },
  {
    ...NYC_E,
    text: 'Hi Jasmine, the team loved your portfolio. Can you come in at noon on Thursday to meet them? Lunch is on us.\n\nBest,\nChris',
    expect: [{ kind: 'interview', by: '2027-07-08', time: '12:00' }],
  },
  {
    ...JNB_E,
    text: 'Dear Ms Mahlangu,\n\nInterview date:\t2027-07-13\nInterview time:\t09h30\nVenue:\tCentury City Office Park, Building 4, Cape Town\nPanel:\tHead of Actuarial, HR Business Partner\n\nPlease confirm your attendance.',
    expect: [{ kind: 'interview', by: '2027-07-13', time: '09:30' }],
  },
  {
    ...SYD_E,
    text: 'Hi Georgia,\n\nThank you for your time last week. The panel were very impressed, but on balance they felt your experience sits a little outside what this role needs right now.\n\nI hope our paths cross again,\nNathan',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SIN_E,
    text: 'Your appointment at the ICA Building is confirmed.\n\nDate: Tuesday, 13 July 2027\nTime: 10:40 am\nService: Passport collection\n\nPlease arrive 10 minutes before your appointment.',
    expect: [],
  },
  {
    ...NYC_E,
    text: 'Quarterly town hall – Thursday 15 July, 4pm ET, all staff.\n\nAgenda: Q2 results, hiring plans for H2, and Q&A with the leadership team.',
    expect: [],
  },
  {
    ...DUB_E,
    text: 'Sana Khan viewed your profile.\n\nSana is hiring for Product Designer at Lúnasa Labs – applications close 19 July.\n\nView profile',
    expect: [],
  },
  {
    ...LDN_E,
    text: 'Your application for Band 5 Staff Nurse (Ref 290-ACU-0717) has been received.\n\nClosing date: 18/07/2027\nShortlisting date: 22/07/2027\nInterview date: 29/07/2027\n\nPlease check your account regularly for updates.',
    expect: [],
  },
  {
    ...NBO_E,
    text: 'Your biometrics appointment is on 14 July 2027 at 09:15 at VFS Global, Nairobi. Bring your passport and appointment letter.',
    expect: [],
  },
  {
    ...KHI_E,
    text: 'Dear Team,\n\nYour mid-year bonus will be paid with your July salary on 28 July.\n\nRegards,\nFinance',
    expect: [],
  },
  {
    ...TOR_E,
    text: "Hi Jenna,\n\nI've attached my updated CV as requested. I'm on notice until 30 July, so my earliest start would be Monday 2 August.\n\nBest,\nTom",
    expect: [],
  },
  {
    ...CHI_E,
    text: 'Webinar recap: Salary Negotiation 101 – watch the recording any time.\n\nOur next session is Tuesday 20 July at 1pm ET: "Answering the weakness question".',
    expect: [],
  },
  {
    ...SYD_E,
    text: 'Winter school holiday program: pickup changes to 3:30pm from Monday 12 July. Please sign your child out at the front desk.',
    expect: [],
  },
  {
    ...LDN_E,
    text: 'Hi Femi,\n\nThanks for getting back to me. Please hold off on any follow-ups until the week of 19 July – the hiring manager is interviewing until then.\n\nBest,\nGemma',
    expect: [{ kind: 'no-contact-before', by: '2027-07-19' }],
  },
  {
    ...HKG_E,
    text: "Thanks for completing the assessment! Your results will be reviewed and you'll hear from us within 24 hours.\n\nCampus Recruitment, Victoria Harbour Bank",
    expect: [{ kind: 'response-by', by: '2027-07-10' }],
  },
  {
    ...KHI_E,
    text: "Hi Hira,\n\nI'll send you the interview pack with the case brief and panel bios by Wednesday.\n\nRegards,\nOmar",
    expect: [{ kind: 'response-by', by: '2027-07-14' }],
  },
  {
    ...DUB_E,
    text: "Hi Amara,\n\nThanks for your time today! Just so you know, we're seeing two more people next week, so please don't chase before Monday 19 July – I'll call you that day either way.\n\nDeirdre",
    expect: [
      { kind: 'no-contact-before', by: '2027-07-19' },
      { kind: 'response-by', by: '2027-07-19' },
    ],
  },
  {
    ...SIN_E,
    text: 'Dear Mr. Goh,\n\nWe are pleased to extend to you an offer of employment as Data Engineer with Marina Analytics Pte Ltd. Kindly indicate your acceptance by 16 July 2027.\n\nYours sincerely,\nHuman Resources',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HKG_E,
    text: 'Dear Ms. Chow,\n\nPlease find your interview details below.\n\nDate: 12/07/2027 (Mon)\nTime: 14:30 HKT\nMode: Zoom (link to follow)\n\nBest regards,\nTalent Acquisition',
    expect: [{ kind: 'interview', by: '2027-07-12', time: '14:30' }],
  },
  {
    ...BLR_E,
    text: 'Hi Sunil,\n\nThanks for agreeing to sit on the interview panel for the Finance Manager role on Tuesday 13 July from 9:30. Candidate packs are attached.\n\nRegards,\nHR',
    expect: [],
  },
];

// Round 120f: the week of 2 August 2027.
// Monday 2 August 2027, 09:00 in New York.
const NYC_F = { sentAt: '2027-08-02T09:00:00-04:00', tz: 'America/New_York' } as const;
// Tuesday 3 August 2027, 10:00 in London.
const LDN_F = { sentAt: '2027-08-03T10:00:00+01:00', tz: 'Europe/London' } as const;
// Wednesday 4 August 2027, 09:00 in Sydney.
const SYD_F = { sentAt: '2027-08-04T09:00:00+10:00', tz: 'Australia/Sydney' } as const;
// Thursday 5 August 2027, 09:00 in Toronto.
const TOR_F = { sentAt: '2027-08-05T09:00:00-04:00', tz: 'America/Toronto' } as const;
// Monday 2 August 2027, 10:00 in Dublin.
const DUB_F = { sentAt: '2027-08-02T10:00:00+01:00', tz: 'Europe/Dublin' } as const;
// Tuesday 3 August 2027, 09:00 in Singapore.
const SIN_F = { sentAt: '2027-08-03T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Wednesday 4 August 2027, 10:00 in Hong Kong.
const HKG_F = { sentAt: '2027-08-04T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Monday 2 August 2027, 11:00 in Karachi.
const KHI_F = { sentAt: '2027-08-02T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Tuesday 3 August 2027, 10:00 in Bengaluru.
const BLR_F = { sentAt: '2027-08-03T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Wednesday 4 August 2027, 08:30 in Johannesburg.
const JNB_F = { sentAt: '2027-08-04T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Monday 2 August 2027, 09:00 in Nairobi.
const NBO_F = { sentAt: '2027-08-02T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 3 August 2027, 08:00 in Chicago.
const CHI_F = { sentAt: '2027-08-03T08:00:00-05:00', tz: 'America/Chicago' } as const;

/** Round 120f: whole messages, written after round 120e's fixes and before the engine read them. */
export const ROUND_120F_EN: readonly PhraseRow[] = [
  {
    ...NYC_F,
    text: 'Interview Request – Please Select a Time\n\nHi Marcus, the hiring team for Warehouse Supervisor would like to interview you. Available times (EDT):\n\n  • Aug 10, 9:00 AM\n  • Aug 10, 1:00 PM\n  • Aug 11, 10:00 AM\n\nClick a time to confirm. Powered by iHire Scheduling',
    expect: [],
  },
  {
    ...LDN_F,
    text: 'Hi Dan, can you do 10.30 tmrw for a quick teams call with the hiring mgr? Shouldnt take more than 20 mins.\n\nLaura\nSent from my iPhone',
    expect: [{ kind: 'interview', by: '2027-08-04', time: '10:30' }],
  },
  {
    ...DUB_F,
    text: "Hi Cormac,\n\nThanks for your patience over the summer. We've now filled the position and won't be taking any further applications forward.\n\nBest of luck,\nÁine",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD_F,
    text: "Hi Priya,\n\nWe'd be delighted to welcome you to the team as our new Community Manager, starting Monday 6 September. Your contract is attached for review.\n\nCheers,\nLiam",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TOR_F,
    text: "Hi Gabriel,\n\nOnce the last references are in – we've chased them twice! – we'll be able to confirm everything, hopefully by the end of next week.\n\nThanks for hanging in there,\nMarie-Ève",
    expect: [{ kind: 'response-by', by: '2027-08-13' }],
  },
  {
    ...JNB_F,
    text: 'Dear Nomvula,\n\nOur hiring committee sits on Thursday 12 August; we normally write to candidates within three working days of the committee.\n\nKind regards,\nRecruitment, Protea Health',
    expect: [{ kind: 'response-by', by: '2027-08-17' }],
  },
  {
    ...CHI_F,
    text: "Hi Jamie,\n\nI'm going to ask you to sit tight and not get in touch until after the 20th – the team is heads-down on the quarterly close.\n\nThanks,\nBrooke",
    expect: [{ kind: 'no-contact-before', by: '2027-08-21' }],
  },
  {
    ...NBO_F,
    text: 'Dear Applicant,\n\nPlease note that we do not accept telephone applications or enquiries. All applications must be submitted through our careers portal.\n\nHuman Resources, Savanna Breweries',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN_F,
    text: 'Hi Zainab, are you free Thursday the 5th at half two for a chat with Emma? It would just be an informal 30 minutes over coffee.\n\nRob',
    expect: [{ kind: 'interview', by: '2027-08-05', time: '14:30' }],
  },
  {
    ...LDN_F,
    text: 'Hi Oliver,\n\nApologies – we need to move your interview. The new time is Wednesday 11 August, 16:00 CEST (15:00 UK). Same Teams link.\n\nBest,\nJulia',
    expect: [{ kind: 'interview', by: '2027-08-11', time: '15:00' }],
  },
  {
    ...SIN_F,
    text: 'Join us at HR Tech Summit Singapore, 24–25 August 2027, Marina Bay Sands. Early-bird pricing ends 6 August.\n\nRegister now',
    expect: [],
  },
  {
    ...NYC_F,
    text: 'Reminder: your rent of $1,850 is due on August 15. Pay online through the resident portal.\n\nHudson Yards Residences',
    expect: [],
  },
  {
    ...SYD_F,
    text: 'Thank you for registering for the Graduate Assessment Day information session on Wednesday 11 August at 5:30pm. A Zoom link will be sent the day before.',
    expect: [],
  },
  {
    ...TOR_F,
    text: 'FYI: Kwame has his final interview on Wednesday at 2pm, so please cover his shift that afternoon.\n\nThanks,\nNadia',
    expect: [],
  },
  {
    ...BLR_F,
    text: "Your Coursera course 'Negotiation Skills' starts 9 August. Week 1 quiz due 16 August.",
    expect: [],
  },
  {
    ...DUB_F,
    text: "Dear Ms. Kelly,\n\nThank you for interviewing me yesterday for the Data Analyst role. I look forward to hearing from you, and I'm happy to provide references by Friday if helpful.\n\nKind regards,\nEimear Walsh",
    expect: [],
  },
  {
    ...CHI_F,
    text: "Thanks for applying to Prairie Outfitters! Applications are reviewed weekly, every Monday. If we'd like to move forward, a recruiter will reach out to you.",
    expect: [],
  },
  {
    ...SYD_F,
    text: 'Term 3 parent-teacher interviews: book a 10-minute slot for Thursday 12 August between 3:30pm and 7pm via the school app.',
    expect: [],
  },
  {
    ...KHI_F,
    text: 'Your scheduled ride: Thu 5 Aug, 07:45 pickup at 12 Shahrah-e-Faisal. Your driver will be assigned 15 minutes before pickup.',
    expect: [],
  },
  {
    ...HKG_F,
    text: 'Dear Mr. Leung,\n\nPlease attend the second interview on 10 Aug 2027 (Tue) at 2:30 p.m. at our office, 30/F, One Island East, Quarry Bay.\n\nRegards,\nHR Department',
    expect: [{ kind: 'interview', by: '2027-08-10', time: '14:30' }],
  },
  {
    ...KHI_F,
    text: 'Dear Ms. Fatima,\n\nWe will announce the final result within 10 days after the interviews conclude on 6th August.\n\nRegards,\nHR Department',
    expect: [{ kind: 'response-by', by: '2027-08-16' }],
  },
  {
    ...BLR_F,
    text: 'Hi Deepak,\n\nThank you for attending the interview. Our HR team will get back to you within 2-3 working days regarding the next steps.\n\nRegards,\nTalent Acquisition',
    expect: [{ kind: 'response-by', by: '2027-08-06' }],
  },
  {
    ...JNB_F,
    text: 'Dear Mr Botha,\n\nWe regret to advise that your application was not successful.\n\nYours faithfully,\nHuman Resources',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD_F,
    text: "Thanks for applying for the Teacher – Mathematics role.\n\nPlease don't contact the school directly; all enquiries should come through the Department's recruitment team.",
    expect: [{ kind: 'no-calls' }],
  },
];
