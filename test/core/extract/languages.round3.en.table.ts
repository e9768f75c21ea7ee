// The third held-out English round of issue 13 (round 28): whole recruiter messages and ATS templates from the US,
// UK, India, Australia, Canada, Singapore and South Africa, with greetings, signatures, legal footers, quoted and
// forwarded headers, text flattened from HTML, day-first and ISO dates, 12 h and 24 h times and zones. Each row's
// answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figure is in FIRST_RUN
// (languages.table.ts). The rows then stay as regression rows, run by languages.test.ts.
import { BER, LDN, NY } from './languages.senders';
import type { PhraseRow } from './phrases.table';

// Thursday 12 November 2026, 11:00 in Bengaluru (day-first numeric dates).
const BLR = { sentAt: '2026-11-12T11:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Wednesday 11 November 2026, 09:30 in Sydney (day-first numeric dates).
const SYD = { sentAt: '2026-11-11T09:30:00+11:00', tz: 'Australia/Sydney' } as const;
// Monday 16 November 2026, 09:00 in Singapore.
const SGP = { sentAt: '2026-11-16T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Friday 13 November 2026, 14:00 in Johannesburg.
const JNB = { sentAt: '2026-11-13T14:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Thursday 12 November 2026, 16:00 in Toronto.
const TOR = { sentAt: '2026-11-12T16:00:00-05:00', tz: 'America/Toronto' } as const;
// Monday 9 November 2026, 08:00 in Los Angeles.
const LAX = { sentAt: '2026-11-09T08:00:00-08:00', tz: 'America/Los_Angeles' } as const;

/** Round 28: English recruiter mail and ATS templates as whole messages, third unseen round. */
export const ROUND_28_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: "Hi Oluwaseun,\n\nThank you for your interest in the Senior Backend Engineer role at Lumenfield. We'd love to invite you to a technical interview with our platform team.\n\nDate: Tuesday, November 17, 2026\nTime: 1:00 PM - 2:00 PM EST\nLocation: Google Meet (link to follow)\nInterviewers: Hana Kobayashi, Rafael Ortiz\n\nIf you need any accommodations, just reply to this email.\n\nBest,\nClaire Dubois\nRecruiting Coordinator | Lumenfield\n+1 (646) 555-0182 | 200 Park Ave S, New York, NY 10003",
    expect: [{ kind: 'interview', by: '2026-11-17', time: '13:00' }],
  },
  {
    ...LDN,
    text: "Morning Priya,\n\nGreat news - Harcourt & Lyle would like to meet you for a first stage interview on Thurs 19/11 at 11.30am at their Canary Wharf office (25 Cabot Square, E14 4QA). It'll be with Tom Ashworth (Head of Finance) and should last about an hour.\n\nCan you let me know by end of play tomorrow that this works?\n\nCheers,\nGemma\n\nGemma Hollis | Senior Consultant | Brook Street Finance\nT: 020 7946 0321 | M: 07700 900461",
    expect: [{ kind: 'interview', by: '2026-11-19', time: '11:30' }],
  },
  {
    ...BLR,
    text: 'Dear Candidate,\n\nGreetings from Infosphere Technologies!\n\nWith reference to your application for the post of QA Lead, we are pleased to inform you that you have been shortlisted for the Technical Round. Kindly find the schedule below:\n\nDate : 17-11-2026 (Tuesday)\nTime : 10:30 AM IST\nMode : Microsoft Teams\nVenue : NA\n\nKindly revert with your confirmation at the earliest.\n\nThanks & Regards,\nRahul Deshpande\nHR Executive – Talent Acquisition\nMob: +91 98450 12345',
    expect: [{ kind: 'interview', by: '2026-11-17', time: '10:30' }],
  },
  {
    ...NY,
    text: 'Hi Daniel — unfortunately Aisha has a conflict and we need to move your Thursday 11/12 2pm conversation. Would Monday 11/16 at 10:30am ET work instead? Apologies for the shuffle!',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '10:30' }],
  },
  {
    ...NY,
    text: 'Interview Cancelled\n\nThe following interview has been cancelled:\nCandidate: Ingrid Halvorsen\nPosition: Marketing Manager (Req #4471)\nOriginal date/time: Friday, November 13, 2026 at 9:00 AM ET\n\nYour recruiter will be in touch if a new time is needed.',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Mateo, the team would like to do a 45-minute system design chat. Could you let me know which of these works best?\n- Wed 11/18, 10:00–10:45 AM ET\n- Thu 11/19, 3:00–3:45 PM ET\n- Fri 11/20, 12:30–1:15 PM ET\nIf none of these work, send me a few windows and I'll do my best.",
    expect: [],
  },
  {
    ...SYD,
    text: "G'day Liam, Sophie would love a quick chat. She's free Thursday 12/11 between 2 and 4pm or Friday 13/11 any time before 11am AEDT — which suits?",
    expect: [],
  },
  {
    ...NY,
    text: "We're wrapping up first-round interviews with the remaining candidates on Thursday and Friday, and the hiring manager will review everyone's notes next week.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Thank you for applying for the Graduate Analyst Programme 2027. Assessment centres will take place throughout January and February 2027, and shortlisted applicants will be invited by email.',
    expect: [],
  },
  {
    ...NY,
    text: 'Thanks for applying to Quillon! Our team reviews applications weekly. If your background is a match, a recruiter will contact you to set up a phone screen; interviews for this cohort run from December 1 to December 11.',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Chen, thanks again for your time today. Our debriefs usually take three or four business days, so expect to hear from me around then.',
    expect: [{ kind: 'response-by', by: '2026-11-16', fuzzy: true }],
  },
  {
    ...NY,
    text: 'Thanks for confirming your panel for Monday, November 23 at 9:30 AM. Our panels meet every Friday, and you should receive a decision within a week of your interview.',
    expect: [
      { kind: 'interview', by: '2026-11-23', time: '09:30' },
      { kind: 'response-by', by: '2026-11-30' },
    ],
  },
  {
    ...LDN,
    text: 'Job reference: NHS-284-22-A\nClosing date: 29/11/2026\n\nShortlisting will take place after the closing date and candidates will be informed of the outcome within 10 working days of closing.',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...NY,
    text: "We're still pulling together feedback from everyone who met you, which, given the holiday week, may take a little longer than usual, but you should have an answer from us no later than the 4th of December.",
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...NY,
    text: "As soon as the team has had a chance to sync — hopefully sooner rather than later — I'll be in touch with next steps.",
    expect: [],
  },
  {
    ...NY,
    text: 'Things are a bit hectic with year-end planning, but barring any surprises we should be able to come back to you by the end of next week.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...LDN,
    text: 'To keep things fair for all applicants, we kindly ask that you do not chase us for an update before Monday 23 November.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-23' }],
  },
  {
    ...SGP,
    text: 'Kindly refrain from sending further enquiries until we have completed all interviews on 27 November.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-27', fuzzy: true }],
  },
  {
    ...NY,
    text: 'Automatic reply: Re: Product Analyst – next steps\n\nThank you for your email. I am currently out of the office with limited access to email and will return on Wednesday, November 18. For urgent matters, please contact talent@orbisgroup.com.',
    // An absence stated with no request to hold off: TIMELINE-CONVENTIONS.md's no-contact-before is "an explicit
    // request to hold off contacting" (the phrase table's "I'm out of the office until Monday, November 16" → none).
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06
    // ruling, left as written until round 190's rules read this wording of the return).
    expect: [{ kind: 'no-contact-before', by: '2026-11-18' }],
  },
  {
    ...NY,
    text: 'Due to the volume of applications we receive, our small team is not, unfortunately, in a position to take telephone calls regarding the status of individual applications.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Please note: No telephonic enquiries will be entertained. Only shortlisted candidates will be contacted. If you have not heard from us within 30 days of the closing date, please consider your application unsuccessful.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SYD,
    text: "Feel free to give me a ring on 0412 345 678 if anything's unclear.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Ms Okafor,\n\nThank you for taking the time to attend an interview for the position of Senior Paralegal on 3 November. The panel were impressed with your experience; however, on this occasion you have not been successful.\n\nWe will retain your details on file for six months and wish you every success in your search.\n\nYours sincerely,\nHR Department\nPemberton Clarke LLP | 12 Fleet Street, London EC4Y 1AA\nThis email and any attachments are confidential and intended solely for the addressee.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: 'Hey Sam — wanted to let you know personally that we went with someone whose background is a bit closer to what we need right now. Really enjoyed our chats though, and I hope our paths cross again!',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: "Hi Aditi, I'm so pleased to tell you the team wants to bring you on board as our next Staff Designer! I'll send the formal offer over tomorrow — please take a few days to look it over, and let me know by Friday, November 20 if you have questions.",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-11-11' },
    ],
  },
  {
    ...LDN,
    text: 'Your final interview with the CFO is set for Friday, 20 November at 4:00 PM (SGT).',
    expect: [{ kind: 'interview', by: '2026-11-20', time: '08:00' }],
  },
  {
    ...NY,
    text: "You're all set! Round 2 with the hiring manager: Tue Nov 24, 11:00 AM (PT), 45 minutes on Zoom.",
    expect: [{ kind: 'interview', by: '2026-11-24', time: '14:00' }],
  },
  {
    ...SGP,
    text: 'Interview scheduled\nCandidate: Nguyen Thi Lan\nStage: Technical Assessment\nStart: 2026-11-19 14:00 (GMT+8)\nEnd: 2026-11-19 15:30 (GMT+8)\nOrganizer: Workday Recruiting',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '14:00' }],
  },
  {
    ...NY,
    text: 'Interview Details Date Friday, November 20, 2026 Time 9:30 AM – 10:15 AM Eastern Time (US & Canada) Location Microsoft Teams meeting Join on your computer or mobile app Click here to join the meeting Meeting ID: 245 118 903 72 Passcode: h7Kx2q',
    expect: [{ kind: 'interview', by: '2026-11-20', time: '09:30' }],
  },
  {
    ...NY,
    text: 'Sounds great, thanks Kenji — see you Thursday!\n\nSent from my iPhone\n\n> On Nov 9, 2026, at 4:12 PM, Kenji Watanabe <kenji@altamira.io> wrote:\n>\n> Hi Noor, would Thursday 11/12 at 1pm ET work for a video call with our CTO?\n',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '13:00' }],
  },
  {
    ...JNB,
    text: '---------- Forwarded message ---------\nFrom: Talent Team <no-reply@myworkday.com>\nDate: Mon, Nov 9, 2026 at 6:05 PM\nSubject: Your application to Crestmoor Bank\nTo: <j.mbeki@gmail.com>\n\nThank you for applying to the Credit Risk Analyst position. We are currently reviewing applications and aim to contact shortlisted candidates by Friday, 27 November 2026.',
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  {
    ...LDN,
    text: 'Kestrel Partners LLP is a limited liability partnership registered in England and Wales (OC312874). Registered office: 1 King William Street, London EC4N 7AR. This message was scanned on 10/11/2026 at 09:58 and is confidential. If you received it in error, please notify the sender within 24 hours and delete it.',
    expect: [],
  },
  {
    ...JNB,
    text: 'Warm regards,\nThandiwe Nkosi\nTalent Partner | Umoja Digital\nOffice: +27 21 555 0199 | Cell: 082 555 0143\nAvailable Mon–Fri, 08:00–16:30 SAST (closed 16 Dec – 4 Jan)',
    expect: [],
  },
  {
    ...NY,
    text: 'To keep your application active, please upload your transcripts to the portal within 72 hours.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your first day will be Monday 4 January 2027 — please arrive at reception at 8:45 for your induction.',
    expect: [],
  },
  {
    ...NY,
    text: 'It was great to meet you yesterday afternoon at 3 — the team really enjoyed your case study walkthrough.',
    expect: [],
  },
  {
    ...NY,
    text: "Apologies, Ana — I told you I'd have news by the 6th and that date has come and gone. Still waiting on the budget sign-off.",
    expect: [],
  },
  {
    ...BLR,
    text: 'Interviews will be held at our Pune campus (Hinjewadi Phase 2) from 23rd to 27th November; selected candidates will receive a call letter.',
    expect: [],
  },
  {
    ...NY,
    text: 'Once we receive your references, the final decision usually follows within a couple of business days.',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Jessica, just confirming your interveiw is on Wendesday the 18th at 2:30pm at our Midtown office. Pls bring photo ID.',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '14:30' }],
  },
  {
    ...LDN,
    text: 'Hi Björn! 👋 You have a new meeting: Culture interview with Nordlys AS\n🗓 Monday 23 November 2026\n🕒 10:00 - 10:45 (GMT)\n📍 Video meeting',
    expect: [{ kind: 'interview', by: '2026-11-23', time: '10:00' }],
  },
  {
    ...BER,
    text: 'Dear Mr. Fernández,\n\nThank you for your application as Working Student Marketing (m/f/d). We have received your documents and will review them carefully. You will receive feedback from us within the next 14 days.\n\nKind regards\nYour recruiting team of Kühne Logistics',
    expect: [{ kind: 'response-by', by: '2026-11-16' }],
  },
  {
    ...LAX,
    text: 'Hi Tomás — your onsite loop with Ferrovia is confirmed.\n\nSchedule (all times America/Los_Angeles):\n10:00 – 10:45 Coding with Sven\n11:00 – 11:45 System design with Adaeze\n12:00 – 12:30 Lunch\n\nDate: Thursday, December 3',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '10:00' }],
  },
  {
    ...NY,
    text: 'Your application status: Not selected. We appreciate your interest in Volaris and encourage you to apply for future openings.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: "Requisition: 2026-14873 Warehouse Associate – Night Shift (10:00 PM – 6:30 AM)\nApplied: 11/09/2026\nWe'll be in touch if your qualifications match our needs.",
    expect: [],
  },
  {
    ...NY,
    text: "Thanks for chatting with us, Farah! The team will compare notes and we'll be in touch either way by Thursday or Friday.",
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...TOR,
    text: "Thanks for your patience, Marc. The panel meets again on Tuesday, November 17, and we'll share an update within two business days after that meeting.",
    expect: [{ kind: 'response-by', by: '2026-11-19' }],
  },
  {
    ...NY,
    text: "We won't be reviewing applications until the posting closes on December 4, so there's no need to check in before then.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-04', fuzzy: true }],
  },
  {
    ...BLR,
    text: 'Dear Sneha, I will be on leave from 13th to 22nd November. Please get in touch after I return on 23rd.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-23' }],
  },
  {
    ...BLR,
    text: 'Kindly note that candidates should under no circumstances call or visit the branch to enquire about their application.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'The hiring line is unmanned, so we are unable to return voicemails about applications.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NY,
    text: "We're hoping to make a decision on our shortlist in early December.",
    expect: [{ kind: 'response-by', by: '2026-12-10', fuzzy: true }],
  },
  {
    ...SYD,
    text: 'Your interview has been booked for 04/12/2026 at 9:15am (Sydney time) at Level 12, 1 Margaret St.',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '09:15' }],
  },
  {
    ...LDN,
    text: "The next available slot on Kofi's calendar is Monday at 16:00 GMT — shall I lock it in?",
    expect: [{ kind: 'interview', by: '2026-11-16', time: '16:00' }],
  },
  {
    ...NY,
    text: "Can you please confirm by 5pm tomorrow whether you'd prefer the Monday or the Wednesday slot?",
    expect: [],
  },
  {
    ...JNB,
    text: 'Applications close on 30 November 2026 at 23:59. Late applications will not be considered.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Please note our offices close for the festive break from 23/12 and reopen on 04/01.',
    expect: [],
  },
  {
    ...NY,
    text: 'Interview length: approx. 60 minutes. Please join 5 minutes early to test your audio.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Last year we hired our graduate cohort in March, and the programme starts each September.',
    expect: [],
  },
  { ...NY, text: 'Priya has interviews all day Thursday, so she may be slow to reply.', expect: [] },
];

// Round 32's senders.
// Wednesday 18 November 2026, 15:00 in Chicago.
const CHI = { sentAt: '2026-11-18T15:00:00-06:00', tz: 'America/Chicago' } as const;
// Monday 23 November 2026, 10:00 in Perth.
const PER = { sentAt: '2026-11-23T10:00:00+08:00', tz: 'Australia/Perth' } as const;
// Friday 20 November 2026, 11:00 in Vancouver.
const YVR = { sentAt: '2026-11-20T11:00:00-08:00', tz: 'America/Vancouver' } as const;
// Tuesday 24 November 2026, 16:00 in Mumbai (day-first numeric dates).
const MUM = { sentAt: '2026-11-24T16:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 26 November 2026, 09:00 in Cape Town.
const CPT = { sentAt: '2026-11-26T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Monday 30 November 2026, 09:00 in London.
const LDN_MON = { sentAt: '2026-11-30T09:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 2 December 2026, 12:00 in New York.
const NY_WED = { sentAt: '2026-12-02T12:00:00-05:00', tz: 'America/New_York' } as const;

/**
 * Round 32: a second, smaller fresh English round, written before the engine (as fixed after round 28) read it;
 * its first-run figure is the honest figure of the fixed engine on unseen text.
 */
export const ROUND_32_EN: readonly PhraseRow[] = [
  {
    ...CHI,
    text: 'Interview Invitation | Requisition JR-55821 Senior Buyer Hello Marisol, You have been invited to interview for the position above. Interview Type: In Person Date: 12/01/2026 Start Time: 1:30 PM CST Address: 4400 W Diversey Ave, Chicago, IL 60639 Please bring a valid government-issued ID. © 2026 Workday, Inc. All rights reserved.',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '13:30' }],
  },
  {
    ...PER,
    text: "Hi Declan, thanks for a great chat this morning! I'll run it past Jess and should have an answer for you by Thursday arvo.",
    expect: [{ kind: 'response-by', by: '2026-11-26' }],
  },
  {
    ...YVR,
    text: "Hi Ananya, Raj just got pulled into a customer escalation, so we'll need to bump your 2:00 today. Could you do Tuesday at the same time? Sorry about this!",
    expect: [{ kind: 'interview', by: '2026-11-24', time: '14:00' }],
  },
  {
    ...NY_WED,
    text: 'Please pick a slot for your final round:\nDate | Time (ET) | Interviewer\nMon 12/7 | 11:00 AM | K. Osei\nTue 12/8 | 3:30 PM | K. Osei\nThu 12/10 | 9:00 AM | L. Ferreira',
    expect: [],
  },
  {
    ...LDN_MON,
    text: "We've got three more people coming in on Wednesday, so realistically we won't be in a position to decide until Friday at the earliest.",
    expect: [],
  },
  {
    ...MUM,
    text: 'Dear Applicant, Thank you for registering for the Campus Hiring Drive 2026-27. The aptitude test will be conducted online on 5th December, and the interview process will run from 14th to 18th December for qualified students.',
    expect: [],
  },
  {
    ...CPT,
    text: 'Our standard turnaround on assessments is five working days from submission, and you submitted yours yesterday.',
    expect: [{ kind: 'response-by', by: '2026-12-02' }],
  },
  {
    ...NY,
    text: 'Your assessment centre is on Wednesday 25 November. All candidates will hear from us within five working days after the assessment centre.',
    expect: [
      { kind: 'interview', by: '2026-11-25', time: null },
      { kind: 'response-by', by: '2026-12-02' },
    ],
  },
  {
    ...LDN_MON,
    text: "Apologies for the radio silence. Without making promises I can't keep, I'd say you'll have a yes or no from us before the end of next week.",
    expect: [{ kind: 'response-by', by: '2026-12-11', fuzzy: true }],
  },
  {
    ...NY_WED,
    text: "Things are moving, I promise! I'll holler the minute I hear anything from the VP.",
    expect: [],
  },
  {
    ...PER,
    text: "To give every applicant a fair go, we'd ask that you hold off on any enquiries until after the panel sits on 4 December.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-05', fuzzy: true }],
  },
  {
    ...CHI,
    text: "Please don't ping me for updates before Monday the 30th — I'll have nothing new till then.",
    expect: [{ kind: 'no-contact-before', by: '2026-11-30' }],
  },
  {
    ...MUM,
    text: 'I am out station for campus drives till 4th December; kindly do not follow up before I am back on 7th.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-07' }],
  },
  {
    ...YVR,
    text: 'We appreciate your enthusiasm, but please understand that our store managers are not able, at any point during the hiring process, to take calls from applicants.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CPT,
    text: "Please note that HR does not have a direct line, so phone enquiries can't be dealt with.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN_MON,
    text: "If anything's unclear, just give me a bell on 07700 900123 — happy to talk it through.",
    expect: [],
  },
  {
    ...NY,
    text: 'A member of our team will ring you at some point next week to arrange a suitable time.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...CHI,
    text: "Hi Marisol — I wanted to close the loop: the team has decided to pause this search for now, so we won't be moving ahead with any candidates, including yourself. I'm sorry I don't have better news.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PER,
    text: 'Unfortunately your application was not shortlisted on this occasion. We thank you for your interest in working with the Shire of Mundaring.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY_WED,
    text: 'Great news, Tomasz — the committee approved your hire! A verbal offer: $118k base plus 10% bonus. Written offer to follow by EOD Friday.',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-04' },
    ],
  },
  {
    ...LDN_MON,
    text: 'The panel interview will start at 13:00 (CET) on Thursday 3 December.',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '12:00' }],
  },
  {
    ...MUM,
    text: 'Your HR discussion is fixed for 27/11 at 6:30 PM (IST) over Webex.',
    expect: [{ kind: 'interview', by: '2026-11-27', time: '18:30' }],
  },
  {
    ...PER,
    text: 'Video interview confirmed: Wed 25 Nov, 2:00pm AWST (Perth). Link to follow.',
    expect: [{ kind: 'interview', by: '2026-11-25', time: '14:00' }],
  },
  {
    ...NY,
    text: 'To hold your place at the assessment day, please RSVP no later than noon on Friday 13 November.',
    expect: [],
  },
  {
    ...CHI,
    text: 'Reminder: our Chicago office will be closed Thursday and Friday for Thanksgiving, and reopens Monday, November 30.',
    expect: [],
  },
  {
    ...NY_WED,
    text: "When we spoke on the 24th you mentioned you'd be free in early January — is that still the case?",
    expect: [],
  },
  {
    ...CPT,
    text: 'Sanlam House, 2 Strand Street, Cape Town 8001 | Tel: +27 21 555 0100 | Reg. No. 1998/021121/06 | Directors: T. Mokoena (Chair), P. van Wyk. This e-mail is subject to our disclaimer at www.example.co.za/legal, last updated 01/09/2026.',
    expect: [],
  },
  {
    ...YVR,
    text: 'Thanks Ruth, noted!\n\nFrom: Ruth Adeyemi <radeyemi@northbay.ca>\nSent: Thursday, November 19, 2026 4:47 PM\nTo: Sam Kaur\nSubject: RE: Interview – Data Analyst\n\nHi Sam, just letting you know the hiring manager is still reviewing all interview notes.',
    expect: [],
  },
  {
    ...NY,
    text: 'We typically fill roles like this within six to eight weeks of posting.',
    expect: [],
  },
  {
    ...LDN_MON,
    text: 'Greenhouse | Interview confirmed\nCandidate | Oluwadamilare Adeyemi\nInterview | Final round (on-site)\nWhen | 2026-12-08 09:45 GMT\nWhere | 1 Canada Square, London E14 5AB',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '09:45' }],
  },
];
