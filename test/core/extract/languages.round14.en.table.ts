// Round 190 (issue 13): fresh English whole messages, written BEFORE the engine read them, in the layouts of ATS
// and recruiter templates not tried before (iCIMS, SuccessFactors, Taleo, Ashby, Teamtailor, Recruitee, BambooHR,
// JazzHR, Workable, Pinpoint, NHS Trac, Civil Service Jobs), agency mail from Ireland, Canada, South Africa, New
// Zealand, Nigeria, the Philippines and the US, university and public-sector process letters, out-of-office replies,
// and the negatives real inboxes hold (alerts, fairs, payroll, parcels, appointments, others' interviews, the
// candidate's own mail). Names, companies and dates are invented. Each row's answer follows TIMELINE-CONVENTIONS.md
// and issue 13's ruling on absences (an absence with its end gives no-contact-before its first day back). First run:
// FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Wednesday 8 March 2028, 10:05 local (standard time in North America, before the 12 March change; GMT in London and
// Dublin; NZDT in Auckland).
const NY = { sentAt: '2028-03-08T10:05:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-03-08T10:05:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2028-03-08T10:05:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2028-03-08T10:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2028-03-08T10:05:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2028-03-08T10:05:00-08:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2028-03-08T10:05:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2028-03-08T10:05:00+00:00', tz: 'Europe/Dublin' } as const;
const JNB = { sentAt: '2028-03-08T10:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS = { sentAt: '2028-03-08T10:05:00+01:00', tz: 'Africa/Lagos' } as const;
const MNL = { sentAt: '2028-03-08T10:05:00+08:00', tz: 'Asia/Manila' } as const;
const AKL = { sentAt: '2028-03-08T10:05:00+13:00', tz: 'Pacific/Auckland' } as const;

// Round 190b: Tuesday 14 November 2028, 10:05 local (standard time in North America after the 5 November change; GMT in
// London and Dublin; AEDT in Sydney, NZDT in Auckland).
const CHI_B = { sentAt: '2028-11-14T10:05:00-06:00', tz: 'America/Chicago' } as const;
const DEN_B = { sentAt: '2028-11-14T10:05:00-07:00', tz: 'America/Denver' } as const;
const PHX_B = { sentAt: '2028-11-14T10:05:00-07:00', tz: 'America/Phoenix' } as const;
const EDM_B = { sentAt: '2028-11-14T10:05:00-07:00', tz: 'America/Edmonton' } as const;
const LA_B = { sentAt: '2028-11-14T10:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR_B = { sentAt: '2028-11-14T10:05:00-05:00', tz: 'America/Toronto' } as const;
const LDN_B = { sentAt: '2028-11-14T10:05:00+00:00', tz: 'Europe/London' } as const;
const DUB_B = { sentAt: '2028-11-14T10:05:00+00:00', tz: 'Europe/Dublin' } as const;
const JNB_B = { sentAt: '2028-11-14T10:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS_B = { sentAt: '2028-11-14T10:05:00+01:00', tz: 'Africa/Lagos' } as const;
const MNL_B = { sentAt: '2028-11-14T10:05:00+08:00', tz: 'Asia/Manila' } as const;
const SYD_B = { sentAt: '2028-11-14T10:05:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL_B = { sentAt: '2028-11-14T10:05:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 190: English whole messages. */
export const ROUND_190_EN: readonly PhraseRow[] = [
  // ATS confirmations and invitations.
  {
    ...NY,
    text: 'Interview Confirmation\n\nDear Jordan,\n\nThank you for scheduling your interview for the position of Senior Accountant (Job ID 2028-4412) at Harbor Point Health. Here are your interview details:\n\nInterview Date: 03/14/2028\nInterview Time: 10:30 AM Eastern Time\nInterview Type: Video Interview (Microsoft Teams)\nInterviewer: Dana Whitfield, Controller\n\nTo reschedule or cancel, please use the link below.\n\nThis email was sent via iCIMS on behalf of Harbor Point Health. Please do not reply directly to this message.',
    expect: [{ kind: 'interview', by: '2028-03-14', time: '10:30' }],
  },
  {
    ...LDN,
    text: 'Dear Olivia Grant,\n\nInterview Invitation – Requisition 18832: Graduate Mechanical Engineer\n\nWe are pleased to invite you to interview. Please see the details of your appointment below:\n\nStart: 16/03/2028 14:00 (GMT+00:00) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London\nEnd: 16/03/2028 15:00\nLocation: Brackley Park, Building 3, Reception B\n\nPlease accept or decline using the links below.\n\nAccept | Decline\n\nKind regards,\nEarly Careers Team\nAvonmere Engineering plc',
    expect: [{ kind: 'interview', by: '2028-03-16', time: '14:00' }],
  },
  {
    ...LA,
    text: "Hi Priya,\n\nYou're confirmed for your interview with Loomwork!\n\nFinal Round – Senior Product Designer\nFriday, March 10 · 1:00 – 3:30 PM PST\nGoogle Meet: meet.google.com/qxt-dmsa-pow\n\nYour schedule:\n1:00 PM – Portfolio review with Sam Ortega\n2:00 PM – Design exercise with Hana Kim\n3:00 PM – Chat with Leo Park (Head of Design)\n\nNeed to reschedule? Just reply to this email.\n\nPowered by Ashby",
    expect: [{ kind: 'interview', by: '2028-03-10', time: '13:00' }],
  },
  {
    ...DUB,
    text: 'Hi Seán,\n\nYour meeting with Orla Keane at Brightwater Foods has been booked.\n\nMeeting: Second interview – Quality Manager\nWhen: Tuesday 14 March 2028, 11:00 – 11:45 (Europe/Dublin)\nWhere: Brightwater Foods, Unit 4 Ballycoolin Business Park, Dublin 15\n\nAdd to calendar\n\nIf you can no longer attend, please let us know by replying to this message.\n\nBest regards,\nBrightwater Foods\nSent with Teamtailor',
    expect: [{ kind: 'interview', by: '2028-03-14', time: '11:00' }],
  },
  {
    ...LDN,
    text: 'Interview confirmed: Customer Success Manager\n\nHi Hannah,\n\nThanks for booking your interview. Here are the details:\n\nDate: Thursday 9th March 2028\nTime: 3:30pm – 4:15pm GMT\nFormat: Video call (Zoom) – the link will be sent on the morning of your interview\n\nWe aim to get back to everyone within 3 working days of their interview.\n\nThe Talent Team at Rookwood Insurance\nThis email was sent by Pinpoint on behalf of Rookwood Insurance.',
    expect: [
      { kind: 'interview', by: '2028-03-09', time: '15:30' },
      { kind: 'response-by', by: '2028-03-14' },
    ],
  },
  {
    ...LOS,
    text: 'Dear Chinedu Okafor,\n\nINVITATION TO ASSESSMENT AND INTERVIEW – GRADUATE TRAINEE PROGRAMME 2028\n\nFollowing your successful online test, you are invited for a panel interview as follows:\n\nDate: Monday, 13th March, 2028\nTime: 8:00am prompt\nVenue: Plot 1402 Adeola Odeku Street, Victoria Island, Lagos\nDress code: Corporate\n\nCome along with the originals of your credentials and a valid means of identification. Candidates who arrive after 8:30am will not be attended to.\n\nYours faithfully,\nHuman Capital Management\nNiger Delta Merchant Bank Plc',
    expect: [{ kind: 'interview', by: '2028-03-13', time: '08:00' }],
  },
  {
    ...MNL,
    text: 'Hi Ma. Kristine,\n\nGood day! This is from the Recruitment Team of Bayside Contact Solutions Inc. We\'d like to invite you for a final interview with our Operations Manager tomorrow, March 9, 2028 at 2:00 PM at 12F Ayala North Exchange, Makati City. Kindly reply "CONFIRMED" to this email.\n\nPlease bring 2 valid IDs and your updated resume.\n\nThank you and God bless!\nJerome Dela Cruz\nRecruitment Associate\nBayside Contact Solutions Inc.',
    expect: [{ kind: 'interview', by: '2028-03-09', time: '14:00' }],
  },
  {
    ...TOR,
    text: "Dear Dr. Osei,\n\nOn behalf of the search committee for the Assistant Professor, Chemical Engineering position, I am pleased to invite you to a campus visit on March 23–24, 2028. Your visit will begin at 8:30 a.m. on Thursday, March 23 with breakfast with the committee chair, followed by your research seminar at 10:00 a.m.\n\nYou can expect to hear from me about the committee's decision within two weeks of the last campus visit, which is scheduled for April 6.\n\nSincerely,\nProf. Hélène Gagnon\nChair, Search Committee\nDepartment of Chemical Engineering, University of Lower Ontario",
    expect: [
      { kind: 'interview', by: '2028-03-23', time: '08:30' },
      { kind: 'response-by', by: '2028-04-20' },
    ],
  },
  // Agency mail: slots, a reschedule, relayed promises.
  {
    ...DUB,
    text: "Hi Niamh,\n\nGreat news – Kestrel Pharma would like to meet you! They've suggested Friday 10th at 10am in their Cork office (Little Island). Can you confirm that works and I'll lock it in?\n\nThey're seeing the other two candidates on Monday, so I'd expect feedback by Wednesday 15th.\n\nThanks a mil,\nCiara Doyle\nSenior Consultant | Lifford Recruitment\n+353 21 555 0147",
    expect: [
      { kind: 'interview', by: '2028-03-10', time: '10:00' },
      { kind: 'response-by', by: '2028-03-15' },
    ],
  },
  {
    ...VAN,
    text: "Hi Marco,\n\nQuick change — Dr. Singh got pulled into surgery coverage tomorrow, so your 2:00 with her is off. She's offered Monday the 13th at 8:30 instead; I've pencilled it in unless you tell me otherwise.\n\nCheers,\nKelsey Tremblay\nHealth Sciences Recruiter | Coastline Talent Group\n604-555-0119",
    expect: [{ kind: 'interview', by: '2028-03-13', time: '08:30' }],
  },
  {
    ...NY,
    text: "Hi Tyler,\n\nThe client is in the middle of their quarter-end close, so please hold off on any nudges until after March 31 — I'll reach out as soon as they're back in hiring mode.\n\nThanks for bearing with us,\nMarcus Bell\nPrincipal, Hudson Yard Search\n212-555-0163",
    expect: [{ kind: 'no-contact-before', by: '2028-04-01' }],
  },
  // Promises as a process, and windows counted from a second event.
  {
    ...AKL,
    text: "Kia ora Aroha,\n\nThanks for coming in to meet the team yesterday. The interview panel will put its recommendation to our GM, Hemi Walker, who normally signs off within a week, and I'll let you know the result straight after that.\n\nNgā mihi,\nTessa Brown\nPeople & Culture | Kōwhai Energy\nSent via Recruitee",
    expect: [{ kind: 'response-by', by: '2028-03-15', fuzzy: true }],
  },
  {
    ...DEN,
    text: "Thank you for applying for Warehouse Lead at Summit Ridge Supply!\n\nWe've received your application. Applications close on Friday, March 17, and we'll let every applicant know where they stand within 5 business days of the closing date.\n\nSummit Ridge Supply · 4410 Brighton Blvd, Denver, CO 80216\nPowered by BambooHR",
    expect: [{ kind: 'response-by', by: '2028-03-24' }],
  },
  {
    ...NY,
    text: "Hi Dana,\n\nThanks for completing the take-home exercise! Our engineers review submissions together on Tuesdays, so yours will be looked at on March 14, and you'll hear back from me within two business days of that review.\n\nBest,\nRuth Abernathy\nTechnical Recruiter, Gridline Labs",
    expect: [{ kind: 'response-by', by: '2028-03-16' }],
  },
  {
    ...LDN,
    text: "Dear Amira,\n\nThank you for attending your interview for the post of Band 6 Occupational Therapist on Monday 6 March. The panel's decision will be passed to the recruiting manager, who will contact all candidates by telephone within 5 working days of the interview date to let them know the outcome.\n\nKind regards,\nRecruitment Services\nSt Aldhelm's NHS Foundation Trust\nThis email was sent from Trac. Please do not reply.",
    expect: [{ kind: 'response-by', by: '2028-03-13' }],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nCivil Service Jobs: Application 0472-18 – Higher Executive Officer, Policy\n\nThank you for completing the sift stage. Sift results will be released to candidates on or around 17 March 2028. Interviews are expected to take place from 27 March 2028.\n\nThis is an automated message from Civil Service Jobs. Please do not reply.',
    expect: [{ kind: 'response-by', by: '2028-03-17' }],
  },
  {
    ...AKL,
    text: "Kia ora,\n\nThank you for your application for the role of Policy Analyst (Ref: TTW/2028/117) with Te Tari Whenua. Applications close on Sunday 19 March 2028.\n\nAll applicants will be advised of the outcome of shortlisting within two weeks of the close date. Please don't contact the hiring manager directly; all enquiries should go through recruitment@tetariwhenua.govt.nz.\n\nNgā mihi,\nRecruitment Team\nTe Tari Whenua",
    expect: [{ kind: 'response-by', by: '2028-04-02' }, { kind: 'no-calls' }],
  },
  // Absences.
  {
    ...JNB,
    text: 'Out of office: Re: CV – Senior Bookkeeper\n\nGood day,\n\nI am out of the office attending a client workshop in Cape Town and will return on Tuesday, 14 March 2028. I will have limited access to email. For urgent matters please contact Zanele on 011 555 0177.\n\nKind regards,\nRiaan van der Merwe\nExecutive Search | Protea Placements',
    expect: [{ kind: 'no-contact-before', by: '2028-03-14' }],
  },
  {
    ...VAN,
    text: "Automatic reply: Interview availability\n\nHi, thanks for your message! I'm on vacation Thursday March 9 to Friday March 17 inclusive, returning Monday March 20. If your question is about an interview this week, please email bookings@northshorestaffing.ca.\n\nPaige Lindqvist\nNorth Shore Staffing",
    expect: [{ kind: 'no-contact-before', by: '2028-03-20' }],
  },
  // No-calls as capability.
  {
    ...CHI,
    text: "Thank you for applying to Lakeshore Dental Group!\n\nWe've received your application for Dental Assistant and our office manager will review it. Our front desk isn't set up to field calls about job applications, so please watch your inbox for updates.\n\nLakeshore Dental Group · 2250 N Clark St, Chicago, IL\nSent via JazzHR",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LA,
    text: 'STATE OF CALIFORNIA – DEPARTMENT OF WATER STEWARDSHIP\n\nThis notice confirms receipt of your application for the Associate Governmental Program Analyst position (JC-418220). The final filing date is March 17, 2028. Applications will be screened after the final filing date, and candidates selected for an interview will be notified by phone or email. Interviews are tentatively planned for the week of April 3, 2028.\n\nDue to the volume of applications, our Selection Unit is unable to provide status updates over the phone.\n\nSelection Unit, Human Resources Branch',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Reference: RET/2028/031 – Store Manager, Menlyn\n\nThank you for your application. Please note that our recruitment team cannot take telephone calls regarding applications. If you have not heard from us within 21 days of the closing date (24 March 2028), please consider your application unsuccessful.\n\nBaobab Retail Group (Pty) Ltd · 17 Rivonia Road, Sandton',
    // Corrected after the first run: a conditional 'if you have not heard from us within 21 days of the closing date'
    // with the closing date given is a response-by (closing date + 21), as in rounds 38, 70, 100 and 120; written as no-calls only.
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2028-04-14' }],
  },
  // Outcomes.
  {
    ...LOS,
    text: 'Dear Adaeze,\n\nWe are delighted to offer you the position of Senior Product Analyst at Kuramo Fintech Limited, with a resumption date of Monday, 3rd April 2028. Your formal offer letter will be sent to you via DocuSign within 48 hours.\n\nKindly acknowledge receipt of this email.\n\nWarm regards,\nFolake Adeyemi\nHead, People & Culture\nKuramo Fintech Limited',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-03-10' },
    ],
  },
  {
    ...TOR,
    text: 'Dear Liam,\n\nThank you for your interest in the Financial Analyst opportunity at Northgate Mutual. After careful review, we have decided to move forward with other candidates whose qualifications more closely match our current needs.\n\nWe encourage you to visit our careers site and apply for future openings.\n\nSincerely,\nTalent Acquisition\nNorthgate Mutual\n\nThis message was sent from SAP SuccessFactors. Please do not reply.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...AKL,
    text: "Hi Mereana,\n\nThanks so much for interviewing with us for the Digital Producer role. It was a really tough call, but we've decided to go with another candidate whose agency experience was a closer fit for where the team is right now.\n\nWe'd love to stay in touch — all the best with your search.\n\nCheers,\nJosh Tane\nHead of Digital, Pōhutu Media",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Negatives: the interview period in an acknowledgement, several slots, a cancellation, and what else inboxes hold.
  {
    ...TOR,
    text: 'Thank you for your interest in the position of Bilingual Client Service Representative (Requisition 2800134) at Laurentian Trust.\n\nInterviews for this position are scheduled to take place the week of March 20, 2028. Should your application be selected for further consideration, a member of our team will contact you.\n\nPlease do not reply to this message. This is an automated notification from Taleo.',
    expect: [],
  },
  {
    ...JNB,
    text: "Hi Thabo,\n\nYou've been invited to a phone screen for the Data Engineer job at Karoo Analytics.\n\nPlease pick a time that suits you from the options below:\n\n• Mon, Mar 13, 09:00 SAST\n• Mon, Mar 13, 11:30 SAST\n• Tue, Mar 14, 15:00 SAST\n\nPick a time\n\nKaroo Analytics hiring team\nPowered by Workable",
    expect: [],
  },
  {
    ...MNL,
    text: 'Hello Joanna,\n\nGood day! You passed the initial assessment for Customer Service Representative (Healthcare Account). Please choose your preferred schedule for the final interview:\n\nOption A: March 9 (Thu), 10:00 AM\nOption B: March 10 (Fri), 2:00 PM\n\nKindly reply with A or B on or before 5PM today.\n\nThank you!\nTA Team – Luzon Outsourcing Corp.',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Sipho,\n\nUnfortunately we need to cancel your interview scheduled for Friday 10 March at 11:00, as the position has been withdrawn following an internal restructure. We apologise for any inconvenience caused.\n\nKind regards,\nNomvula Dlamini\nHR Officer, Highveld Logistics',
    expect: [],
  },
  {
    ...DEN,
    text: "FW: Panel schedule – Site Supervisor\n\nHi all,\n\nReminder that we're interviewing the three shortlisted candidates for the Site Supervisor role on Thursday 9 March from 9:00am in the Boulder conference room. Please have your scoring sheets ready and send me your notes by Friday.\n\nPanel: Graham, Anjali, me.\n\nThanks,\nCasey",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Rachel,\n\nThank you for the call today – it was great to learn more about the team. As discussed, I'm free for the second interview on Monday 13 March at 10am or any time on Tuesday, and I look forward to hearing back from you by Friday.\n\nBest,\nKwame Asante\n(646) 555-0182",
    expect: [],
  },
  {
    ...MNL,
    text: "Indeed Job Alert: 'customer service' jobs in Makati City\n\nCustomer Service Associate – Non-Voice\nNorthstar BPO · Makati City · ₱22,000 a month\nWalk-in interviews: March 10, 8AM–5PM\n\nTechnical Support Representative\nPasig Connect Inc. · Ortigas · Urgently hiring\n\nYou're receiving this because you created a job alert on Indeed. Unsubscribe",
    expect: [],
  },
  {
    ...LOS,
    text: 'Lagos Tech Careers Fair 2028\n\nSaturday, 18 March 2028 · 10am – 4pm · Landmark Centre, Victoria Island\n\nMeet 40+ employers, get your CV reviewed and take part in on-the-spot interviews. Registration closes on Thursday, 16 March.\n\nRegister now →\n\nYou are receiving this because you subscribed to CareerHub Nigeria. Unsubscribe',
    expect: [],
  },
  {
    ...NY,
    text: 'Your pay statement is ready\n\nYour pay statement for the period ending March 4, 2028 is now available in ADP. Pay date: Friday, March 10, 2028.\n\nLog in to view it. Please do not reply to this automated message.',
    expect: [],
  },
  {
    ...AKL,
    text: 'Your parcel is on its way!\n\nTracking number: NZ 4471 2058 83\nEstimated delivery: Thursday 9 March, between 9am and 5pm\n\nNot going to be home? Choose a safe place or redirect it to a ParcelPod before 8pm tonight.\n\nNZ Post',
    expect: [],
  },
  {
    ...TOR,
    text: 'Reminder: Your appointment with Dr. Patel at Bloor West Dental is on Friday, March 10 at 4:15 PM.\n\nReply C to confirm or R to reschedule. Please give us 24 hours notice of any cancellation.\n\nBloor West Dental · 416-555-0121',
    expect: [],
  },
  {
    ...DUB,
    text: 'UCD Careers Network – This Week\n\nCV clinics run every Tuesday and Thursday, 2pm–4pm, during term. Mock interviews with an adviser can be booked up to 10 days in advance through Careers Online.\n\nEmployer presentation: Aldercroft Consulting, Wednesday 15 March, 6pm, Newman Building.\n\nUnsubscribe from this newsletter',
    expect: [],
  },
];

/** Round 190b: a second round in the same mail, written before the engine read it. */
export const ROUND_190B_EN: readonly PhraseRow[] = [
  // ATS notices.
  {
    ...CHI_B,
    text: 'Your interview has been rescheduled\n\nHello Marcus,\n\nYour interview for Operations Supervisor (Req 7731) with Cedar Valley Foods has been rescheduled.\n\nPrevious: 11/16/2028 9:00 AM CST\nNew: 11/17/2028 1:30 PM CST\nLocation: 800 W Fulton Market, Chicago, IL\n\nPlease contact your recruiter with any questions.\n\nThis message was sent through iCIMS.',
    expect: [{ kind: 'interview', by: '2028-11-17', time: '13:30' }],
  },
  {
    ...DUB_B,
    text: 'Dear Aisling,\n\nThank you for completing your video interview for the Graduate Programme 2029. Our assessors will review all recordings after the submission deadline on Friday 17 November, and you will receive an update on your application within ten working days of that deadline.\n\nKind regards,\nGraduate Recruitment\nLiffey Mutual Insurance DAC\nRegistered in Ireland No. 412907',
    expect: [{ kind: 'response-by', by: '2028-12-01' }],
  },
  {
    ...TOR_B,
    text: 'Interview Request – Requisition 2801877\n\nDear Fatima Haddad,\n\nWe would like to invite you to an interview for the position of Claims Adjuster.\n\nDate and time: Monday, November 20, 2028 – 2:00 PM Eastern Standard Time\nDuration: 45 minutes\nInterviewer(s): Greg Ouellette, Manon Lavoie\nLocation: 250 Bay Street, 12th floor, Toronto\n\nPlease confirm your attendance by clicking the link below.\n\nNorthern Shield Insurance',
    expect: [{ kind: 'interview', by: '2028-11-20', time: '14:00' }],
  },
  {
    ...LA_B,
    text: "Hi Jess,\n\nThanks again for spending the afternoon with the team! Here's what happens next: the interviewers submit written feedback within 24 hours, the hiring committee meets on Thursday, and I'll call you with the decision by end of day Friday.\n\nTalk soon,\nNoor Haddad\nRecruiting @ Fathom Robotics\n\nPowered by Ashby",
    expect: [{ kind: 'response-by', by: '2028-11-17' }],
  },
  {
    ...LDN_B,
    text: 'Your interview has been updated\n\nHi Callum,\n\nThe details of your interview with Fernleigh Housing Association have changed. Here are the new details:\n\nWhen: Thursday 16 November 2028, 10:30 – 11:15 (Europe/London)\nWhere: Microsoft Teams\nWith: Priya Natarajan, Head of Housing Services\n\nIf this time no longer works, use the link below to pick another.\n\nSent with Teamtailor',
    expect: [{ kind: 'interview', by: '2028-11-16', time: '10:30' }],
  },
  {
    ...JNB_B,
    text: "Hi Lindiwe,\n\nThank you for taking the time to apply for the Junior Copywriter position at Fynbos Creative.\n\nUnfortunately, we won't be moving forward with your application at this time. We received many strong applications and it was a difficult choice.\n\nWe wish you every success in your search.\n\nThe Fynbos Creative team\nSent via Recruitee",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DEN_B,
    text: "Thanks for applying to Tin Cup Kitchen!\n\nWe've got your application for Line Cook. Our kitchen managers have no way to take calls about applications during service, so email is the best way to reach us.\n\nTin Cup Kitchen · 1550 Platte St, Denver, CO\nSent via BambooHR",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LOS_B,
    text: "Hi Tolu,\n\nCongratulations! We're excited to offer you the role of Customer Success Lead at Ikoyi Payments. Please review and sign your offer in Workable by Friday, 17 November.\n\nWarm regards,\nBisi Adewale\nPeople Operations, Ikoyi Payments Ltd",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LDN_B,
    text: "Thanks for applying for the Content Designer role at Hollybank Digital.\n\nWe'll let all applicants know whether they've been shortlisted by 22 November. Interviews will take place on 28 and 29 November at our Leeds studio.\n\nThe Hollybank Digital hiring team\nThis email was sent by Pinpoint.",
    expect: [{ kind: 'response-by', by: '2028-11-22' }],
  },
  // Agency mail.
  {
    ...DUB_B,
    text: "Hi Darragh,\n\nJust a quick one – the client's hiring manager is on paternity leave until 27 November, so there won't be any movement before then. No need to chase me in the meantime!\n\nThanks,\nSorcha Whelan\nTech Recruitment Lead | Ardmore Search\n+353 1 555 0182",
    expect: [{ kind: 'no-contact-before', by: '2028-11-27' }],
  },
  {
    ...EDM_B,
    text: "Hi Raj,\n\nThe VP of Engineering would love to meet you. Would Wednesday, November 22 at 10:00 a.m. Pacific work for a video call? That's 11:00 a.m. your time.\n\nLet me know and I'll send the invite.\n\nBrittany Kowalchuk\nSenior Recruiter | Prairie Peak Talent\n780-555-0124",
    expect: [{ kind: 'interview', by: '2028-11-22', time: '11:00' }],
  },
  {
    ...AKL_B,
    text: "Kia ora,\n\nThanks for your email. I'm off-grid tramping the Heaphy Track from tomorrow and back on deck Monday 20 November. If it's urgent, flick a note to hello@kahurangirecruitment.co.nz.\n\nCheers,\nAroha Ngata\nKahurangi Recruitment",
    expect: [{ kind: 'no-contact-before', by: '2028-11-20' }],
  },
  {
    ...LOS_B,
    text: 'Dear Ifeoma,\n\nFurther to our discussion, the client has scheduled your virtual interview for Thursday 16th November 2028 by 11am WAT via Google Meet. Kindly be online 10 minutes before the time.\n\nBest regards,\nChukwuemeka Obi\nSenior Consultant, Eko Talent Partners\n0803 555 0149',
    expect: [{ kind: 'interview', by: '2028-11-16', time: '11:00' }],
  },
  {
    ...MNL_B,
    text: 'Hi Carlo,\n\nThank you for attending the final interview earlier. The result will be sent to you via email within 3 to 5 working days. Please wait for our update.\n\nRegards,\nAngelica Reyes\nTalent Acquisition Specialist\nPasig Shared Services Center',
    expect: [{ kind: 'response-by', by: '2028-11-21' }],
  },
  {
    ...DEN_B,
    text: "Hi Jordan,\n\nWe're still interviewing two candidates this week, and we'll be in a position to give everyone an answer by Tuesday 21 November.\n\nThanks for hanging in there,\nMolly Sanders\nAccount Manager | Front Range Staffing",
    expect: [{ kind: 'response-by', by: '2028-11-21' }],
  },
  // University and public sector.
  {
    ...LDN_B,
    text: 'Dear Dr Chen,\n\nThank you for your application for the post of Lecturer in Economics (Ref. 04512). The shortlisting panel will meet on 24 November, and we expect to notify all candidates of the outcome within a week of that meeting. Interviews are planned for the week commencing 11 December.\n\nYours sincerely,\nHR Services\nUniversity of Wessex',
    expect: [{ kind: 'response-by', by: '2028-12-01' }],
  },
  {
    ...CHI_B,
    text: 'Texas Health and Human Services\n\nThank you for applying for Program Specialist V (Job Requisition 00451923). The hiring manager will review applications after the posting closes on November 21, 2028. Selected applicants will be contacted for an interview.\n\nPlease do not call the hiring office to inquire about the status of your application.\n\nThis is an automated message.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN_B,
    text: 'Civil Service Jobs\n\nApplication 0883-21 – Executive Officer, Operational Delivery\n\nThank you for your application. We expect to notify you of your sift outcome w/c 27 November.\n\nThis is an automated message. Please do not reply.',
    expect: [{ kind: 'response-by', by: '2028-12-01' }],
  },
  {
    ...JNB_B,
    text: 'Dear Applicant\n\nRef: DPW 44/2028 – Assistant Director: Supply Chain\n\nKindly note that shortlisted candidates will be interviewed on 28 November 2028. If you have not been contacted by 24 November 2028, please regard your application as unsuccessful. Canvassing in any form will lead to disqualification.\n\nDepartment of Public Works and Infrastructure',
    // Corrected in the eighteenth pass (was also no-calls): "Canvassing" is lobbying the board, no request not to
    // call, and TIMELINE-CONVENTIONS.md's no-calls are requests about phoning; rounds 870 and 1140 read it so.
    expect: [{ kind: 'response-by', by: '2028-11-24' }],
  },
  // Offers, rejections, absences.
  {
    ...SYD_B,
    text: "Hi Mitch,\n\nStoked to let you know the team wants to make you an offer for the Site Engineer role! I'll send the formal contract through tomorrow once our MD has signed it off.\n\nCheers,\nKylie Brennan\nTalent Partner | Southern Cross Civil",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-11-15' },
    ],
  },
  {
    ...LOS_B,
    text: 'Dear Emeka,\n\nThank you for participating in our recruitment exercise. We regret to inform you that you were not successful at the final interview stage. We will keep your details on file for future opportunities.\n\nYours faithfully,\nHuman Resources\nAtlantic Delta Oil Services Ltd',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR_B,
    text: 'Automatic reply: Application – Payroll Coordinator\n\nThank you for your email. I am away from the office from Wednesday, November 15 until Monday, November 20, inclusive, with no access to email. I will respond to your message upon my return on Tuesday, November 21.\n\nMélanie Côté\nHuman Resources Advisor',
    expect: [{ kind: 'response-by', by: '2028-11-21' }],
  },
  // Negatives.
  {
    ...PHX_B,
    text: "Hi Alexis,\n\nQuick heads up — we're pausing interviews over Thanksgiving week, so the earliest I can get you in front of the hiring manager is Monday, November 27. I'll send a calendar invite once she confirms a time.\n\nThanks,\nDevin Ortiz\nRecruiter, Saguaro Health",
    expect: [],
  },
  {
    ...CHI_B,
    text: "Hi Andre,\n\nThanks for your interest in the Marketing Coordinator role at Lakefront Coffee Co.! We'd like to set up a 30-minute phone screen. Please use the link below to choose a time that works for you:\n\nSchedule your interview\n\nAvailable times run from Thursday, November 16 through Tuesday, November 21, 9:00 AM – 4:00 PM CT.\n\nLakefront Coffee Co. hiring team\nSent via JazzHR",
    expect: [],
  },
  {
    ...SYD_B,
    text: "Hi Priya,\n\nSo sorry, but I need to cancel our chat tomorrow at 11 — the hiring manager has been called away to Brisbane. I'll be back in touch to find another time.\n\nApologies,\nBen Hartley\nConsultant | Harbourside People",
    expect: [],
  },
  {
    ...LOS_B,
    text: 'Dear Panel Members,\n\nPlease note the interview schedule for the Graduate Trainee assessment: Thursday 16th November 2028, 9am – 4pm, Boardroom 2. Candidates have been advised to arrive by 8:30am.\n\nKindly confirm your availability.\n\nHuman Capital Management',
    expect: [],
  },
  {
    ...LA_B,
    text: 'Hi Sam,\n\nI came across your profile and think you could be a great fit for a Senior Data Engineer opening with one of our clients in Santa Monica. Are you open to a quick chat this week? I have time Thursday afternoon or Friday morning.\n\nBest,\nTrevor Lin\nTalent Partner | Pacific Crest Recruiting',
    expect: [],
  },
  {
    ...AKL_B,
    text: "Kia ora Mere,\n\nI hope you're well. I interviewed for the Marketing Coordinator role on 7 November and wanted to check in on timing. I'd be grateful to hear back by the end of next week if possible, as I have another offer to respond to by 24 November.\n\nNgā mihi,\nHana Tipene",
    expect: [],
  },
  {
    ...MNL_B,
    text: 'Your payslip is ready\n\nYour payslip for the period November 1–15, 2028 is now available in the employee portal. Payout date: November 15, 2028.\n\nThis is a system-generated message. Please do not reply.',
    expect: [],
  },
  {
    ...DUB_B,
    text: 'An Post: your item is on its way\n\nTracking number: LX 5512 0983 IE\nYour item will be delivered on Thursday 16 November between 8am and 6pm.\n\nNot going to be in? Redirect your item before 9pm tonight.',
    expect: [],
  },
  {
    ...TOR_B,
    text: "Career Services Workshop\n\nAcing the Behavioural Interview\nThursday, November 16 · 12:00 – 1:00 PM ET · Online\n\nLearn the STAR method and practise answering common questions with a career advisor. Register by Wednesday to save your spot.\n\nYou're receiving this because you're a member of the Alumni Careers Network. Unsubscribe",
    expect: [],
  },
  {
    ...JNB_B,
    text: 'New jobs matching "financial accountant" in Gauteng\n\nFinancial Accountant – Sandton\nMarula Holdings · R45 000 – R55 000 per month · Closing date: 24 November 2028\nInterviews to be held in early December\n\nJunior Accountant – Midrand\nHighveld Auto Group · Posted today\n\nYou are receiving this job alert from CareerJunction. Unsubscribe',
    expect: [],
  },
  {
    ...PHX_B,
    text: 'ASU Career and Professional Development Services\n\nOur office is open Monday–Friday, 8:00 a.m.–5:00 p.m. Drop-in résumé reviews run Tuesdays from 1:00 to 3:00 p.m. in the Student Services Building, room 154.\n\nBook a mock interview any time through Handshake.',
    expect: [],
  },
  {
    ...LA_B,
    text: 'How did we do?\n\nHi Jess, thanks for interviewing with Fathom Robotics. We would love to hear about your experience. Our 2-minute candidate survey is open until November 21.\n\nTake the survey\n\nPowered by Ashby',
    expect: [],
  },
];
