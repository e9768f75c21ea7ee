// Round 670 (issue 13): written BEFORE the engine read it, by a helper (hw408) who never saw the rules, for a
// Monday morning: every message was sent on Monday 9 May 2044 at 08:40 local ("this week" is 9 to 15 May, its
// Friday the 13th; "next week" is 16 to 20 May; business days after t are Tue 10, Wed 11, Thu 12, Fri 13, Mon 16 …
// the 10th is Fri 20 counted from Fri 6 May). The focus is people writing by hand: a New York hiring manager
// answering from his phone, a London agency recruiter whose slot is in the third paragraph, a Dublin hospital's
// "within 10 working days of the final interview date", a Pune "you are requested to report" with a D/M date, a
// Lagos "on or before Friday 20th May", a Nairobi NGO rejection, a Johannesburg retailer refusing telephonic
// enquiries, a Singapore talent partner on leave until 23 May, a Manila BPO final interview, a Sydney council
// "hoping to wrap up by the end of next week, though …", an Auckland founder's offer, a Toronto "as discussed"
// thread reply with a M/D date, a Berlin mail that cancels one slot, proposes another and promises feedback "latest
// until end of May", a São Paulo "until Wednesday", a Chicago ATS table flattened to text, a Warsaw "in the next
// fortnight". Negatives use the same words for someone else: the reader on a panel, a friend's interview, a
// landlord's inspection and rent review, parent-teacher interviews, a clinic, a bank, a job alert, a webinar, an
// agency pitching an employer, a journalist, a referee call, an acknowledgement, a new starter's first day for a
// manager, an admissions interview, the reader as the recruiter, a recruiter asking for times without a day.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 9 May 2044, 08:40 local.
const NY = { sentAt: '2044-05-09T08:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2044-05-09T08:40:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2044-05-09T08:40:00-04:00', tz: 'America/Toronto' } as const;
const SAO = { sentAt: '2044-05-09T08:40:00-03:00', tz: 'America/Sao_Paulo' } as const;
const LDN = { sentAt: '2044-05-09T08:40:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2044-05-09T08:40:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2044-05-09T08:40:00+02:00', tz: 'Europe/Berlin' } as const;
const WAW = { sentAt: '2044-05-09T08:40:00+02:00', tz: 'Europe/Warsaw' } as const;
const LAG = { sentAt: '2044-05-09T08:40:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2044-05-09T08:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2044-05-09T08:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const KOL = { sentAt: '2044-05-09T08:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2044-05-09T08:40:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2044-05-09T08:40:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2044-05-09T08:40:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2044-05-09T08:40:00+12:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_670_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A hiring manager replying from his phone, no quote below.
    text: mail(
      'Hi Dana,',
      '',
      'Sorry for the slow reply, was travelling all weekend. Yes lets do Wed at 2:30 for the interveiw, I will send a Teams link later today.',
      '',
      'Mike',
      'Sent from my iPhone',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2044-05-11', time: '14:30', phrase: 'Wed at 2:30' }],
  },
  {
    // An agency recruiter: chit-chat, client news, and the slot in the third paragraph.
    text: mail(
      'Morning Olu,',
      '',
      'Hope you had a good weekend and the little one is sleeping better! Mine were up at 5 again, so apologies if this is a bit scattered.',
      '',
      "Quick update on Harwell & Finch. I spoke to Jen (Head of Finance) on Friday afternoon and she was really impressed with the case study - she said it was the most thorough one they'd seen, and she particularly liked the way you handled the working capital question.",
      '',
      "So the good news: they'd like you back for a second stage on Thursday 19th May at 10.30am at their Shoreditch office. It'll be Jen plus the CFO, roughly an hour, no presentation this time, more of a conversation about the team.",
      '',
      'Can you let me know that works and I will confirm with them? Any questions just give me a ring.',
      '',
      'Cheers,',
      'Hattie',
      'Hattie Brennan | Senior Consultant | Lockstep Finance Recruitment',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2044-05-19', time: '10:30', phrase: 'Thursday 19th May at 10.30am' }],
  },
  {
    // An Irish hospital's HR: a window counted from a date stated in the mail.
    text: mail(
      'Dear Ms Ní Bhriain,',
      '',
      'Thank you for attending for interview for the post of Clinical Nurse Manager 2 (Theatre).',
      '',
      'Interviews for this competition concluded on Friday 6 May. The interview board will now finalise its recommendations, and we expect to notify all candidates of the outcome within 10 working days of the final interview date.',
      '',
      'Kind regards,',
      'Siobhán Kearney',
      'HR Department, St Brendan’s University Hospital',
    ),
    ...DUB,
    expect: [
      { kind: 'response-by', by: '2044-05-20', phrase: 'within 10 working days of the final interview date' },
    ],
  },
  {
    // An Indian recruiter: "you are requested to report", a D/M date with its weekday.
    text: mail(
      'Dear Candidate,',
      '',
      'Greetings from Vasudha Infotech Pvt Ltd!!',
      '',
      'With reference to your application for the post of Senior Test Engineer, you are requested to report for Face to Face interview as per below details.',
      '',
      'Date : 12/05/2044 (Thursday)',
      'Time : 10:30 AM IST',
      'Venue : 4th Floor, Tower B, Magarpatta City, Pune',
      '',
      'Kindly carry 2 copies of updated resume, ID proof and last 3 months salary slips. Kindly revert with your confirmation by today EOD. Do the needful.',
      '',
      'Thanks & Regards,',
      'Ritu Deshpande',
      'HR Executive',
    ),
    ...KOL,
    expect: [{ kind: 'interview', by: '2044-05-12', time: '10:30', phrase: 'Date : 12/05/2044 (Thursday)' }],
  },
  {
    text: mail(
      'Good morning Chidinma,',
      '',
      'Trust you had a restful weekend.',
      '',
      'This is to inform you that management has concluded the assessment exercise for the Relationship Manager (SME Banking) role. You will be contacted on or before Friday 20th May with the final outcome.',
      '',
      'Thank you for your patience.',
      '',
      'Best regards,',
      'Oluwaseun Adebayo',
      'Human Capital, Crestline Microfinance Bank',
    ),
    ...LAG,
    expect: [{ kind: 'response-by', by: '2044-05-20', phrase: 'on or before Friday 20th May' }],
  },
  {
    // A Kenyan NGO's rejection; the six months on file is a fact, not a window.
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for your interest in the Programme Officer – Water & Sanitation position with Maji Bora Trust and for the time you took to attend the written assessment.',
      '',
      'We regret to inform you that after careful consideration you were not among the candidates selected to proceed to the oral interview. We will keep your CV in our database for six months and may contact you should a suitable vacancy arise.',
      '',
      'We wish you all the best in your career.',
      '',
      'Yours sincerely,',
      'Achieng Odhiambo',
      'People & Culture',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Hi Thabo',
      '',
      'Thank you for applying for the Store Manager position at our Rosebank branch. Your application has been received and will be reviewed by the regional team.',
      '',
      'Please note that due to the high volume of applications we are unable to respond to telephonic enquiries regarding the status of your application. Only shortlisted candidates will be contacted.',
      '',
      'Regards',
      'Recruitment Team – Kestrel Outfitters SA',
    ),
    ...JNB,
    expect: [{ kind: 'no-calls', phrase: 'unable to respond to telephonic enquiries' }],
  },
  {
    // A talent partner's absence with a return day.
    text: mail(
      'Hi Wei Ling,',
      '',
      "Just a heads-up before I go: I'm on leave from tomorrow and back in the office on Monday 23 May. The hiring manager won't be looking at the shortlist before I'm back anyway, so please hold any follow-ups till then.",
      '',
      'Thanks for understanding!',
      'Nur Aisyah',
      'Talent Partner, Lumen Logistics',
    ),
    ...SIN,
    expect: [{ kind: 'no-contact-before', by: '2044-05-23', phrase: 'hold any follow-ups till then' }],
  },
  {
    text: mail(
      'Hi Mark!',
      '',
      'Congrats, you passed the initial interview!! 🎉',
      '',
      'Your final interview with our Operations Manager, Ms. Joy Villanueva, is scheduled on May 11, 2044 (Wednesday), 2PM-3PM Manila time via Zoom. Link to follow.',
      '',
      'Please be online 15 mins before. Goodluck!',
      '',
      'Regards,',
      'Kristine',
      'Recruitment Team | BrightDesk Solutions',
    ),
    ...MNL,
    expect: [{ kind: 'interview', by: '2044-05-11', time: '14:00', phrase: 'May 11, 2044 (Wednesday), 2PM' }],
  },
  {
    // A promise with a vague clause around it.
    text: mail(
      'Hi Liam,',
      '',
      'Thanks again for coming in on Thursday for the Parks and Open Space Coordinator interview. The panel enjoyed meeting you.',
      '',
      "We're still completing reference checks for the shortlisted candidates, and we're hoping to wrap up by the end of next week, though it may take a little longer depending on how quickly referees come back to us.",
      '',
      'Kind regards,',
      'Megan Tran',
      'Talent Acquisition Advisor | Hawkesbury Ridge City Council',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2044-05-20', phrase: 'by the end of next week' }],
  },
  {
    // A founder's offer; the start date and the reply-by day are no timeline.
    text: mail(
      'Kia ora Aroha,',
      '',
      "I'm stoked to say we'd love you to join Kōwhai Labs as our first Product Designer! Rangi and I talked it over on the weekend and it was an easy call.",
      '',
      "I've attached the formal offer letter with salary and equity details. We're thinking a start date of Monday 6 June, but happy to be flexible. If you could let us know by Friday that'd be awesome.",
      '',
      'Ngā mihi,',
      'Tama',
      'Co-founder, Kōwhai Labs',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A thread reply that says "as discussed" and confirms a day, numeric M/D in a Canadian zone.
    text: mail(
      'Hi Priya,',
      '',
      'As discussed on Friday, confirming your panel interview on 5/17 at 1:00 pm ET at our King St W office (14th floor). You will meet Daniel Roy and Chantal Bouchard.',
      '',
      'Please bring a piece of ID for the front desk.',
      '',
      'Best,',
      'Jordan McLeod',
      'Talent Acquisition, Northshore Mutual',
    ),
    ...TOR,
    expect: [{ kind: 'interview', by: '2044-05-17', time: '13:00', phrase: '5/17 at 1:00 pm ET' }],
  },
  {
    // Mixed: an apology, the cancelled slot, one new slot and a promise.
    text: mail(
      'Dear Mr. Okafor,',
      '',
      'thank you for your patience with us. Unfortunately our Head of Engineering is ill this week, so we must cancel the interview of Wednesday, 11 May.',
      '',
      'May I propose instead Tuesday, 17 May at 15:00 o’clock? It will be in our office in Kreuzberg, same persons as planned.',
      '',
      'After this last round we will give you our feedback latest until end of May.',
      '',
      'With best regards',
      'Katrin Vogel',
      'HR Business Partner, Feldmann Robotics GmbH',
    ),
    ...BER,
    expect: [
      { kind: 'interview', by: '2044-05-17', time: '15:00', phrase: 'Tuesday, 17 May at 15:00' },
      { kind: 'response-by', by: '2044-05-31', phrase: 'until end of May' },
    ],
  },
  {
    text: mail(
      'Hi Lucas, all good?',
      '',
      'Here is Fernanda from the Talent team of Pindorama Pay. Thank you for doing the technical step with us last week, the team liked a lot your solution.',
      '',
      'I want to inform that we will return to you with the feedback of the technical step until Wednesday, ok? Any doubt you can call me.',
      '',
      'Hugs,',
      'Fernanda Lima',
    ),
    ...SAO,
    expect: [{ kind: 'response-by', by: '2044-05-11', phrase: 'until Wednesday' }],
  },
  {
    // An ATS table flattened to text.
    text: mail(
      'INTERVIEW CONFIRMATION – MAINTENANCE PLANNER (REQ #44817)',
      '',
      'Hello Jamal,',
      '',
      'Your interview has been scheduled. Details below:',
      '',
      'Date | Time | Location',
      'Thursday, May 12, 2044 | 9:00 AM – 10:00 AM CT | Gate 3 Reception, 2150 S Halsted St',
      '',
      'Interviewers: Ray Kowalski (Plant Manager), Denise Hill (HR)',
      '',
      'Please wear closed-toe shoes as the interview includes a short plant tour.',
      '',
      'Ridgeway Packaging Talent Acquisition',
    ),
    ...CHI,
    expect: [{ kind: 'interview', by: '2044-05-12', time: '09:00', phrase: 'Thursday, May 12, 2044' }],
  },
  {
    text: mail(
      'Dear Ms Nowak,',
      '',
      'thank you very much for the interview on last Friday and for the time you spent with our team.',
      '',
      'We will inform you about our decision in the next fortnight.',
      '',
      'Kind regards',
      'Tomasz Wiśniewski',
      'Recruitment Specialist, Vistula Software S.A.',
    ),
    ...WAW,
    expect: [{ kind: 'response-by', by: '2044-05-23', phrase: 'in the next fortnight' }],
  },

  // ---- negatives ----
  {
    // The reader as interviewer.
    text: mail(
      'Hi Tom,',
      '',
      'Could you sit on the panel for the Data Analyst interviews on Thursday 12 May at 2pm? CVs for the three candidates are attached. We need to make a decision by Friday so I can get the offer out.',
      '',
      'Thanks,',
      'Rachel',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A friend who is job hunting.
    text: mail(
      'Heyyy!!',
      '',
      "Guess what, I got the interview at Northwind!! It's on Wednesday at 11. Could you do a mock interview with me tomorrow evening? They said they'll let me know by Friday whether I'm through to the last round 😬",
      '',
      'Love,',
      'Ama',
    ),
    ...NY,
    expect: [],
  },
  {
    // A landlord: an inspection and a rent review with a window.
    text: mail(
      'Dear Mr Haddad,',
      '',
      'This is to let you know that the annual inspection of Flat 4B is scheduled for Friday 13 May between 10am and 12pm. You do not need to be present.',
      '',
      'Regarding your request to review the rent, the owner will consider it and we will get back to you within two weeks.',
      '',
      'Kind regards,',
      'Paula Greene',
      'Property Manager, Ashgrove Lettings',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A school writing to parents.
    text: mail(
      'Dear Parents and Caregivers,',
      '',
      'Parent-teacher interviews for Year 5 will take place on Thursday 19 May from 3.30pm to 7pm. Please book a 10-minute slot via the school app by Wednesday.',
      '',
      'Ms Kelly will be on leave next week, so Year 5B interviews will be held the following week.',
      '',
      'Warm regards,',
      'Annette Rowe, Deputy Principal',
      'Wattle Grove Public School',
    ),
    ...SYD,
    expect: [],
  },
  {
    // A clinic.
    text: mail(
      'Dear Adaeze,',
      '',
      'Your appointment with Dr Mensah is confirmed for Tuesday 10 May at 9:15 am at the Ikoyi clinic. Your test results will be discussed then.',
      '',
      'If you need to reschedule, please call us at least 24 hours in advance.',
      '',
      'Regards,',
      'Front Desk, Palmview Medical Centre',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A bank's decision on a loan.
    text: mail(
      'Dear Customer,',
      '',
      'Thank you for submitting your home loan application. Your file has been assigned to a credit officer and a decision will be communicated to you within 5 business days.',
      '',
      'Please do not reply to this email.',
      '',
      'Harbourline Bank',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A job alert with apply-by dates.
    text: mail(
      'JOB ALERT: 12 new roles matching "Project Manager" near Toronto, ON',
      '',
      'Senior Project Manager – Infrastructure | Ledgewood Group | Apply by 5/20',
      'IT Project Manager (Contract) | Bluefin Health | Apply by 5/27',
      'Project Coordinator | Maple Transit Authority | Interviews start 6/1',
      '',
      'Manage alerts | Unsubscribe',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A webinar about interviewing.
    text: mail(
      'Hi there,',
      '',
      'Nervous about panel interviews? Join our free webinar "Acing the Panel Interview" on Wednesday 18 May at 7pm AEST. Our career coaches will cover the STAR method and how to follow up after an interview.',
      '',
      'Register now – spots are limited!',
      '',
      'The CareerLift team',
    ),
    ...SYD,
    expect: [],
  },
  {
    // An agency pitching to an employer.
    text: mail(
      'Dear Hiring Manager,',
      '',
      'I noticed you are hiring a Warehouse Supervisor. At Tallis Recruitment we can present three pre-screened candidates within 48 hours and arrange interviews at a time that suits you next week.',
      '',
      'Our fee is 15% of first-year salary with a 12-week guarantee. Shall I send over some profiles?',
      '',
      'Best regards,',
      'Gavin Tallis',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A journalist asks for an interview slot.
    text: mail(
      'Hi Dr Adeyemi,',
      '',
      "I'm a reporter at the Lagos Ledger working on a piece about fintech lending. Could I interview you for about 20 minutes on Thursday at 3pm? I'm on deadline Friday so that would be ideal.",
      '',
      'Many thanks,',
      'Kemi Balogun',
    ),
    ...LAG,
    expect: [],
  },
  {
    // The reader as referee.
    text: mail(
      'Dear Sarah,',
      '',
      'Ananya Iyer has given your name as a referee for the post of Senior Staff Nurse at our hospital. Would you be free for a 10-minute call on Wednesday at 4pm? Alternatively you may complete the attached form.',
      '',
      'We hope to make a decision on the post by the end of the week.',
      '',
      'Kind regards,',
      'Declan Byrne, HR Officer',
    ),
    ...DUB,
    expect: [],
  },
  {
    // An acknowledgement that promises nothing dated.
    text: mail(
      'Dear Neha,',
      '',
      'Thank you for applying to the Business Analyst role at Orion Consulting. Our team will review your application carefully and, if your profile matches our requirements, we will get back to you.',
      '',
      'Best wishes,',
      'Talent Acquisition Team',
    ),
    ...KOL,
    expect: [],
  },
  {
    // The reader as a manager with a new starter.
    text: mail(
      'Hi Grace,',
      '',
      "Good news - Tomasz signed his contract on Friday! His first day is Monday 23 May; could you make sure his laptop is ready and book a welcome lunch with the team? I'll send his induction schedule this week.",
      '',
      'Thanks,',
      'Olivia (HR)',
    ),
    ...WAW,
    expect: [],
  },
  {
    // An admissions interview.
    text: mail(
      'Dear Applicant,',
      '',
      'We are pleased to invite you to an admissions interview for the MSc in Public Health programme on Tuesday 17 May at 10:00 (BST), held online. The admissions committee will communicate its decision within three weeks of the interview.',
      '',
      'Graduate Admissions Office',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader is the recruiter.
    text: mail(
      'Hi Meera,',
      '',
      'Candidate Arjun Rao has confirmed Thursday at 10am for the technical interview. Please send him the calendar invite and the test link, and let him know we will revert within 2 working days after the interview.',
      '',
      'Regards,',
      'Sanjay',
      'Hiring Manager – Platform Team',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A recruiter asking for times without naming a day.
    text: mail(
      'Hi Ben,',
      '',
      'Great chatting last week! The hiring manager would like to set up a 30-minute intro call. Could you send me a few times that work for you over the next week or so? Mornings are usually best on their side.',
      '',
      'Thanks!',
      'Chloe',
      'Recruiter, Fernway Health',
    ),
    ...CHI,
    expect: [],
  },
];
