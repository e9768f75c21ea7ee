// Round 480 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on a Tuesday in a
// leap February (the month ends on the 29th). Positives: a Lever single slot "Thursday at 1pm PT", a USAJOBS notice
// counted in business days from the closing date "03/02/2032", an iCIMS label–value confirmation with a range in
// MST, a Perth agency's hold-off until the manager is back, SuccessFactors "within the next 3 weeks", Personio "by
// Friday", a Recruitee rejection, "Date: 19-02-2032" in India, "by the middle of next week" in Toronto, a Singapore
// "unable to respond to phone enquiries", an offer whose contract comes "in the next day or two", a university
// professional-services interview with a window "within a week of the interview", a reschedule "instead", "no
// later than the end of next week" in Lagos, "in the coming days" in Nairobi, a Taleo slot in Riyadh on a Sunday.
// Negatives: feedback owed by the reader as interviewer, an all-hands, a mentoring session, parent-teacher
// interviews, a plumber's visit, a parcel, a flight, an appraisal in SuccessFactors, a gym induction, a vet, a
// colleague's internal interview, a hiring newsletter quoting "within two weeks", an acknowledgement with no date,
// a training course, a press interview, a start date already agreed. Names, companies and dates are invented;
// answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 17 February 2032, 14:15 local.
const NY = { sentAt: '2032-02-17T14:15:00-05:00', tz: 'America/New_York' } as const;
const DEN = { sentAt: '2032-02-17T14:15:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2032-02-17T14:15:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2032-02-17T14:15:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2032-02-17T14:15:00-08:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2032-02-17T14:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2032-02-17T14:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2032-02-17T14:15:00+01:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2032-02-17T14:15:00+01:00', tz: 'Europe/Amsterdam' } as const;
const LAG = { sentAt: '2032-02-17T14:15:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2032-02-17T14:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2032-02-17T14:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const RUH = { sentAt: '2032-02-17T14:15:00+03:00', tz: 'Asia/Riyadh' } as const;
const BOM = { sentAt: '2032-02-17T14:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2032-02-17T14:15:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2032-02-17T14:15:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2032-02-17T14:15:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2032-02-17T14:15:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 480: English whole messages, sixteen positives and sixteen negatives. */
export const ROUND_480_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...VAN,
    text: "Hi Kenji,\n\nThanks for chatting with Maya this morning! The next step is a 45-minute technical screen with one of our senior engineers. How does Thursday at 1pm PT look? If that doesn't work, just reply with a couple of windows.\n\nBest,\nRosa\nRecruiting @ Cedarline\n\nSent with Lever",
    expect: [{ kind: 'interview', by: '2032-02-19', time: '13:00' }],
  },
  {
    ...NY,
    text: 'Dear Darius Bell,\n\nThank you for applying to Management Analyst, GS-0343-12, announcement number ST-32-1184-LB, with the Department of Transportation.\n\nYour application has been received. This announcement closes on 03/02/2032. You will receive a notice of results within 15 business days after the announcement closes.\n\nThis is an automated message from USAJOBS. Please do not reply.',
    expect: [{ kind: 'response-by', by: '2032-03-23' }],
  },
  {
    ...DEN,
    text: 'Interview Confirmation\n\nCandidate: Alex Romero\nPosition: Field Service Technician II (Req. 32-0457)\nDate: 02/24/2032\nTime: 8:30 AM – 9:30 AM MST\nLocation: Front Range Medical Systems, 4200 Arapahoe Ave, Boulder, CO\nContact: Brianna Kowalski, Talent Acquisition\n\nPlease arrive 10 minutes early and check in at reception.\n\nThis message was sent from iCIMS on behalf of Front Range Medical Systems.',
    expect: [{ kind: 'interview', by: '2032-02-24', time: '08:30' }],
  },
  {
    ...PER,
    text: "Hi Jess,\n\nJust a heads-up: the hiring manager is on leave and back on Monday 1 March, so please hold off chasing me for feedback until then. I'll push for an answer as soon as she's in.\n\nCheers,\nBrody\nSwan River Recruitment",
    expect: [{ kind: 'no-contact-before', by: '2032-03-01' }],
  },
  {
    ...BER,
    text: 'Dear Ms. Novak,\n\nThank you for your application as Supply Chain Analyst (m/f/d) at Hoffmeister Industrietechnik GmbH.\n\nWe will review your documents carefully and get back to you within the next 3 weeks.\n\nKind regards\nYour Hoffmeister Recruiting Team\n\nThis e-mail was generated automatically by SAP SuccessFactors.',
    expect: [{ kind: 'response-by', by: '2032-03-09' }],
  },
  {
    ...AMS,
    text: "Hi Lotte,\n\nThanks for your interview today with Pieter and Sanne, it was great to hear about your work at the port authority. We'll discuss internally and let you know by Friday how we'd like to proceed.\n\nBest regards,\nEline de Vries\nPeople & Culture, Tulpwerk\n\nSent via Personio",
    expect: [{ kind: 'response-by', by: '2032-02-20' }],
  },
  {
    ...DUB,
    text: "Hi Siobhán,\n\nThank you for taking the time to interview for the Marketing Executive role with us last week. Unfortunately, we've decided to move forward with another candidate whose experience more closely matches what the team needs right now.\n\nWe'll keep your details on file and hope our paths cross again.\n\nBest wishes,\nConor\nClover Foods\n\nSent with Recruitee",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOM,
    text: 'Dear Sneha,\n\nWe are happy to inform you that you have been shortlisted for the technical round for the position of Java Developer.\n\nDate: 19-02-2032\nTime: 11:30 AM IST\nMode: Google Meet (link will be shared one hour before)\nPanel: Mr. Arvind Rao, Ms. Kavya Menon\n\nKindly keep your updated resume handy.\n\nRegards,\nHR Team\nSahyadri Softech Pvt. Ltd., Pune',
    expect: [{ kind: 'interview', by: '2032-02-19', time: '11:30' }],
  },
  {
    ...TOR,
    text: 'Hi Nadia,\n\nQuick update: the panel is split between you and one other candidate, and our VP wants to weigh in before we decide. We should have an answer for you by the middle of next week.\n\nThanks for your patience,\nGreg Lachance\nTalent Partner, Maple Ridge Credit Union',
    expect: [{ kind: 'response-by', by: '2032-02-25', fuzzy: true }],
  },
  {
    ...SIN,
    text: 'Dear Candidate,\n\nThank you for your application for the position of Assistant Manager, Corporate Communications.\n\nDue to the overwhelming response, we regret that we are unable to respond to phone enquiries on the status of applications. Only shortlisted candidates will be notified.\n\nYours sincerely,\nHuman Resource Division\nStraits Harbour Authority',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Dear Sipho,\n\nWe are pleased to offer you the position of Junior Actuarial Analyst at Protea Life, subject to satisfactory background and credit checks. Your contract will be sent to you in the next day or two for review.\n\nCongratulations once again!\n\nKind regards,\nRefilwe Mahlangu\nTalent Acquisition, Protea Life',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2032-02-19' },
    ],
  },
  {
    ...LDN,
    text: 'Dear Imran,\n\nThank you for applying for the role of Research Finance Officer (Grade 6) at Kingsgate University. I am pleased to invite you to interview.\n\nThursday 26 February 2032, 14:00–14:45 (UK time), in person at the Finance Office, Fenwick Building.\n\nThe interview will include a short Excel exercise. We will let you know the outcome within a week of the interview.\n\nBest wishes,\nGemma Holt\nHR Services, Kingsgate University',
    expect: [
      { kind: 'interview', by: '2032-02-26', time: '14:00' },
      { kind: 'response-by', by: '2032-03-04' },
    ],
  },
  {
    ...NY,
    text: "Hi Andre,\n\nSo sorry about this: our CTO got pulled into a customer escalation, so we need to move Thursday's call. Would Monday, March 1 at 4pm ET work instead?\n\nApologies again,\nPaige\nOps @ Brightloop",
    expect: [{ kind: 'interview', by: '2032-03-01', time: '16:00' }],
  },
  {
    ...LAG,
    text: 'Dear Funmilayo,\n\nThank you for completing the online assessment for the Graduate Trainee Programme.\n\nYour results are being processed, and you will receive feedback on your assessment no later than the end of next week.\n\nBest regards,\nTalent Acquisition Team\nNiger Delta Breweries Plc',
    expect: [{ kind: 'response-by', by: '2032-02-27' }],
  },
  {
    ...NBO,
    text: 'Dear Brian,\n\nThank you for your patience. We are finalising the reference checks for the Monitoring & Evaluation Officer role and will share the next steps with you in the coming days.\n\nKind regards,\nAchieng Otieno\nHR & Administration, Savannah Health Initiative',
    expect: [{ kind: 'response-by', by: '2032-02-22', fuzzy: true }],
  },
  {
    ...RUH,
    text: 'Dear Faisal,\n\nInterview Invitation – Requisition 32001456 – Senior Project Controls Engineer\n\nWe are pleased to invite you to an interview on Sunday, 22 February 2032 at 09:00 (KSA time) at our Riyadh office, King Fahd Road, Tower B, 9th floor.\n\nPlease bring your passport copy and degree certificates.\n\nRegards,\nTalent Acquisition\nNajd Infrastructure Company\n\n(Taleo)',
    expect: [{ kind: 'interview', by: '2032-02-22', time: '09:00' }],
  },
  // Negatives.
  {
    ...LA,
    text: 'Hi Rachel,\n\nYou have interview feedback to complete for Jordan Blake – Account Executive, interviewed on Monday, February 16. Please submit your feedback by Wednesday so the hiring team can make a decision.\n\nThanks,\nLever',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi all,\n\nReminder: our Q1 All-Hands is this Friday, February 20, 3:00–4:30 PM ET in the Atrium and on Zoom. Leadership will share the hiring plan for the year, and there will be pizza.\n\nPeople Team',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Priyanka,\n\nI'd be delighted to be your mentor through the Women in Tech programme. Our first session could be Wednesday 25 Feb at 6pm — I've blocked the time in my diary. We can go through your CV and do some mock interview practice.\n\nBest,\nClaire",
    expect: [],
  },
  {
    ...AKL,
    text: 'Dear Parents and Caregivers,\n\nParent-teacher interviews for Year 9 will be held on Thursday 26 February from 3:30pm to 7:00pm in the school hall. Please book a ten-minute time with each teacher through the school portal by Monday.\n\nNgā mihi,\nRangitoto College',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Tom,\n\nJust letting you know the plumber will come round on Friday 20 February between 8am and 12pm to look at the boiler. Please let me know if you can't be in and I'll rearrange.\n\nThanks,\nSusan (landlord)",
    expect: [],
  },
  {
    ...SYD,
    text: 'Your parcel is on its way!\n\nOrder #113-4459-2201\nEstimated delivery: Thursday 19 February, by 9pm\n\nTrack your parcel in the app. Our driver may call you on arrival.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Dear Mr Murphy,\n\nYour booking is confirmed. Flight EI 154 Dublin to London Heathrow, Tuesday 24 February 2032, departs 07:45, arrives 09:05. Online check-in opens 30 hours before departure.\n\nAer Lingus',
    expect: [],
  },
  {
    ...LAG,
    text: 'Hi Ade,\n\nYour mid-year performance review with Joyce Eze has been scheduled for Monday 23 February at 10:00 in Meeting Room 3. Please complete your self-assessment in SuccessFactors before the meeting.\n\nHR Business Partnering',
    expect: [],
  },
  {
    ...PER,
    text: "Welcome to PureFit, Hamish!\n\nYour gym induction with a personal trainer is booked for Thursday 19 February at 6:30pm. Bring a towel and a water bottle. We're open 5am to 10pm every day.\n\nThe PureFit Subiaco team",
    expect: [],
  },
  {
    ...TOR,
    text: 'Hi Michelle,\n\nBiscuit is due for his annual vaccinations. We have booked him in for Saturday, February 21 at 10:15 AM with Dr. Mehta. Please call the clinic if you need to change the time.\n\nHigh Park Animal Hospital',
    expect: [],
  },
  {
    ...JNB,
    text: "Hey team,\n\nFYI Lindiwe is interviewing for the product role internally next Tuesday, so she'll miss stand-up that morning. Please don't book anything over her slot.\n\nThanks,\nPieter",
    expect: [],
  },
  {
    ...NY,
    text: 'This week in The Hiring Brief:\n\n• Five questions to ask at the end of your interview\n• Hiring freezes hit fintech again\n• Why "we\'ll be in touch within two weeks" often means three\n\nThe Talent Leaders Summit takes place on March 12 in Brooklyn. Early-bird tickets end Friday.\n\nUnsubscribe',
    expect: [],
  },
  {
    ...VAN,
    text: "Hi Kenji,\n\nThanks for applying to the Barista role at Flat White Co! We've received your application. If your experience matches what we're looking for, we'll be in touch.\n\nOur café is open 7am–3pm daily if you'd like to stop by for a coffee.\n\nFlat White Co.",
    expect: [],
  },
  {
    ...SIN,
    text: "Dear Jun Hao,\n\nYou have been enrolled in 'Interviewing Skills for Hiring Managers' on 3 March 2032, 09:30–12:30, Training Room B, Level 5. Please complete the pre-reading on the learning portal by 27 February.\n\nLearning & Development",
    expect: [],
  },
  {
    ...SIN,
    text: "Hi Dr. Chen,\n\nA journalist from The Straits Times would like to interview you about your research on urban heat for a piece running next week. Could you do 20 minutes on Thursday at 3pm? I'll send a calendar invite once you confirm.\n\nBest,\nFarah\nMedia Relations Office",
    expect: [],
  },
  {
    ...AMS,
    text: 'Hi Marta,\n\nThanks for signing your contract! Your start date of Monday 1 March is confirmed. Your laptop will arrive before your first day, and your buddy Joost will meet you at reception at 9:00.\n\nWelcome aboard,\nIris\nPeople Ops, Grachtwerk',
    expect: [],
  },
];
