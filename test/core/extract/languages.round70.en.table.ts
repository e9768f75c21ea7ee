// Round 740 (issue 13): written BEFORE the engine read it, by a helper (hw412) who never saw the rules, for mail
// sent on Wednesday 23 March 2050 at 23:30 local in every zone (late-evening mail; in the Americas the UTC date is
// already the 24th, and t is always the local Wednesday). The US is already on summer time
// (since 13 March) while Europe is not (27 March), so New York is four hours behind London this week; Berlin moves
// to CEST on the 27th. "Next week" is 28 March to 3 April (Friday 1 April); the end of the month is Thursday 31
// March. Focus: people writing by hand. Positives: a New York agency recruiter forwarding the hiring manager's mail
// with a short note on top (the forwarded header's own date is no finding); a London studio manager's reply that
// quotes the candidate's "> " lines and picks one of the offered slots; a Kolkata "you are requested to report ...
// 28/03/2050 (Monday) at 09:30 hrs" with "kindly do the needful and revert" and an address full of numbers; a long
// Lagos mail whose promise ("not later than Thursday 31st March") is in the third paragraph; a Nairobi mail with
// chit-chat, a reschedule (Friday 25th to Tuesday 29th, same time) and a promise about another role; a Singapore
// HTML table flattened to "Date | Time | Location" with a D/M date; a Manila reminder with typos ("interveiw
// tommorow") and Tagalog courtesy; a Sydney rejection; an Auckland absence asking to hold off until the writer is
// back; a Toronto hospital's "within 10 working days of the posting closing date (March 25)"; a Dublin law firm's
// offer with a start date; a Johannesburg "As discussed ... Monday 28 March at 10h00"; a German writer's interview
// "at 10:00 a.m. New York time" for a Berlin reader (CEST by then: 16:00); a Polish "in the next fortnight"; a Dubai
// "by the end of this month" with "please do not call the office"; a Japanese writer's hedged "by the end of next
// week, though the board may need a little longer"; a Chicago factory's "by close of business Friday".
// Negatives (same vocabulary, no finding for the reader as a candidate): the reader as a freelancer quoting for
// work, a GAA club's trials, a choir's auditions, a bank's pre-approved "offer", a faculty search committee member,
// a manager receiving an internal transfer, a contractor's timesheet cut-off, a wedding venue's availability call, a
// political campaign's volunteer screening call, an open casting call, a dating app, the reader as the recruiter, a
// recruiter asking for slots "over the next two weeks" without naming a day, an acknowledgement whose only dates
// are a closing date and a programme start, a journalist asking for an interview, a visa appointment.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 23 March 2050, 23:30 local.
const NY = { sentAt: '2050-03-23T23:30:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2050-03-23T23:30:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2050-03-23T23:30:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2050-03-23T23:30:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2050-03-23T23:30:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2050-03-23T23:30:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2050-03-23T23:30:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2050-03-23T23:30:00+01:00', tz: 'Europe/Paris' } as const;
const WAR = { sentAt: '2050-03-23T23:30:00+01:00', tz: 'Europe/Warsaw' } as const;
const LAG = { sentAt: '2050-03-23T23:30:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2050-03-23T23:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2050-03-23T23:30:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2050-03-23T23:30:00+04:00', tz: 'Asia/Dubai' } as const;
const KOL = { sentAt: '2050-03-23T23:30:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2050-03-23T23:30:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2050-03-23T23:30:00+08:00', tz: 'Asia/Manila' } as const;
const TYO = { sentAt: '2050-03-23T23:30:00+09:00', tz: 'Asia/Tokyo' } as const;
const SYD = { sentAt: '2050-03-23T23:30:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2050-03-23T23:30:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_740_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // An agency recruiter forwards the hiring manager's mail with a note on top; the forwarded header's date is
    // the past, the final loop is the finding.
    text: mail(
      'Priya,',
      '',
      "See below from Dana - great news! Let's grab 15 minutes before then to prep; send me a couple of times that suit.",
      '',
      'Brett',
      '',
      'Brett Kowalski | Principal Consultant | Hartwell Search',
      'M: (917) 555-0148',
      '',
      '---------- Forwarded message ---------',
      'From: Dana Whitcombe <dana.whitcombe@lumenrail.example>',
      'Date: Wed, Mar 23, 2050 at 4:12 PM',
      'Subject: Re: Priya Raman - Senior Data Engineer',
      'To: Brett Kowalski <brett@hartwellsearch.example>',
      '',
      'Brett,',
      '',
      "Thanks for sending Priya over. The team loved her take-home. We'd like to bring her in for the final loop on Tuesday, March 29 at 10:00 AM ET, at our office at 250 Hudson St, 9th floor - four 45-minute sessions, wrapping up around 1:30.",
      '',
      'Dana',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2050-03-29',
        time: '10:00',
        phrase: 'the final loop on Tuesday, March 29 at 10:00 AM ET',
      },
    ],
  },
  {
    // A reply that quotes the candidate's two offered slots with "> " and confirms one of them.
    text: mail(
      'Hi Tomasz,',
      '',
      'Thursday 31st it is - 2.30pm at our Shoreditch studio (Unit 4, 12-14 Rivington Street, EC2A 3DU). Ask for me at reception.',
      '',
      'Cheers,',
      'Fiona',
      '',
      'Fiona Gallagher | Studio Manager | Kiln & Co Architects',
      'M: 07700 900 482',
      '',
      'On Wed, 23 Mar 2050 at 21:07, Tomasz Wiśniewski wrote:',
      '> Hi Fiona,',
      '> Thanks for getting back to me. I could do Thursday 31 March any time after 2pm, or Friday 1 April in the morning.',
      '> Best wishes,',
      '> Tomasz',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2050-03-31', time: '14:30', phrase: 'Thursday 31st it is - 2.30pm' }],
  },
  {
    // Indian English: "you are hereby requested to report", "kindly do the needful and revert"; the confirm-by day
    // is the candidate's deadline.
    text: mail(
      'Dear Mr. Arindam Ghosh,',
      '',
      'Greetings from Eastern Coalfield Engineering Pvt. Ltd.!',
      '',
      'With reference to your application for the post of Assistant Manager (Mechanical), you are hereby requested to report for the Written Test followed by Personal Interview on 28/03/2050 (Monday) at 09:30 hrs sharp at the address given below. Kindly carry original certificates, two passport size photographs and one Govt. photo ID.',
      '',
      'Kindly do the needful and revert with your confirmation by tomorrow EOD.',
      '',
      'Thanks & Regards,',
      'Subhashree Banerjee',
      'HR Executive',
      'Eastern Coalfield Engineering Pvt. Ltd.',
      'Plot No. 14/2, Block GP, Sector V, Salt Lake, Kolkata - 700091',
      'Ph: +91 33 4012 7788 | Mob: +91 98310 45216',
    ),
    ...KOL,
    expect: [
      {
        kind: 'interview',
        by: '2050-03-28',
        time: '09:30',
        phrase: 'Personal Interview on 28/03/2050 (Monday) at 09:30 hrs',
      },
    ],
  },
  {
    // A long Lagos mail: chit-chat, the role, and the promise in the third paragraph.
    text: mail(
      'Good evening Chukwuemeka,',
      '',
      'I hope you got home safely - I heard the Third Mainland Bridge was a nightmare this evening. Thank you once again for making the time to come to Ikoyi at such short notice.',
      '',
      'As I mentioned, the Finance Controller role reports directly to the CFO and will oversee the three subsidiaries. The panel were impressed with your answers on IFRS 17 and the treasury case, and Mrs. Adebayo in particular asked me to pass on her thanks.',
      '',
      'On next steps: the MD wants the process concluded before the Easter break, so I will revert to you with the final decision not later than Thursday 31st March. If anything changes on your side in the meantime, please let me know.',
      '',
      'Warm regards,',
      'Funmilayo Okonjo',
      'Head, People & Culture',
      'Crestwave Holdings Plc',
      '17B Alfred Rewane Road, Ikoyi, Lagos',
      '+234 803 551 2094',
    ),
    ...LAG,
    expect: [{ kind: 'response-by', by: '2050-03-31', phrase: 'not later than Thursday 31st March' }],
  },
  {
    // Chit-chat, a reschedule (only the new slot counts) and a dated promise about a second role.
    text: mail(
      'Habari Wanjiru,',
      '',
      'Hope the rains have been kind to you in Nakuru! Ours in Westlands flooded the parking again on Monday.',
      '',
      'Small change, pole sana: our panel chair has been called to Mombasa for the board meeting, so we need to move your interview from Friday 25th to Tuesday 29th March, same time (11am) and same place, 4th floor, Delta Corner Annex.',
      '',
      "On the Grants Officer role you asked about - it's still open, and I'll let you know by the end of next week whether they'd like to consider you for it as well.",
      '',
      'Asante sana,',
      'Achieng Otieno',
      'Talent Partner, Msingi Health Trust',
      '+254 722 418 903',
    ),
    ...NBO,
    expect: [
      {
        kind: 'interview',
        by: '2050-03-29',
        time: '11:00',
        phrase: 'move your interview from Friday 25th to Tuesday 29th March, same time (11am)',
      },
      { kind: 'response-by', by: '2050-04-01', phrase: 'by the end of next week' },
    ],
  },
  {
    // An HTML table flattened to text; Singapore writes D/M.
    text: mail(
      'Dear Ms Nur Aisyah binte Rahman,',
      '',
      'Thank you for your interest in the Credit Risk Analyst position with Straits Harbour Bank. We are pleased to invite you for a face-to-face interview. Details are as follows:',
      '',
      'Date | Time | Location',
      '06/04/2050 (Wed) | 3:00 pm - 4:00 pm SGT | Level 12, 8 Marina View, Asia Square Tower 1, Singapore 018960',
      '',
      'Interviewer(s) | Designation',
      'Ms Tan Hui Min | Head, Credit Risk',
      'Mr Rajesh Pillai | Senior Manager, Portfolio Analytics',
      '',
      'Please reply to this email to acknowledge receipt. Do bring along your NRIC for registration at the lobby.',
      '',
      'Best regards,',
      'Jolene Lim',
      'Talent Acquisition | Straits Harbour Bank',
      'DID: +65 6812 3340',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2050-04-06',
        time: '15:00',
        phrase: '06/04/2050 (Wed) | 3:00 pm - 4:00 pm SGT',
      },
    ],
  },
  {
    // Typos and Tagalog courtesy; sent late on Wednesday, "tommorow, Thursday" is the 24th.
    text: mail(
      "Hi Ma'am Joy,",
      '',
      'Good evening po! This is just a reminder of your final interveiw tommorow, Thursday, at 1:00 PM with our Operations Manager Sir Paolo. Venue is 28th floor, Robinsons Summit Center, 6783 Ayala Ave, Makati. Please bring 2 valid IDs and your NBI clearance if available.',
      '',
      'If ever you will be late just text me at 0917 845 2210.',
      '',
      'Salamat po and God bless!',
      '',
      'Kristine Dela Cruz',
      'Recruitment Associate, BrightPath BPO Solutions',
    ),
    ...MNL,
    expect: [
      {
        kind: 'interview',
        by: '2050-03-24',
        time: '13:00',
        phrase: 'final interveiw tommorow, Thursday, at 1:00 PM',
      },
    ],
  },
  {
    // A warm Australian rejection with an offer of feedback (no day).
    text: mail(
      'Hi Liam,',
      '',
      'Thanks so much for coming in on Monday and for the thought you put into the presentation - the team genuinely enjoyed it.',
      '',
      "I'm sorry to be writing with disappointing news. The panel has decided not to progress your application any further this time; the successful applicant had slightly more experience running state-wide campaigns.",
      '',
      "I'd be happy to chat through the feedback if useful - just reply and we'll find a time.",
      '',
      'All the best,',
      'Siobhan Kerr',
      'People & Culture Lead, Harbourline Arts Foundation',
      'Level 3, 56-60 Pitt Street, Sydney NSW 2000',
    ),
    ...SYD,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An absence with a return day and a request to hold off until then.
    text: mail(
      'Kia ora Aroha,',
      '',
      "Thanks for your patience with us. Just a heads up that I'm on leave from tomorrow until Monday 4 April (back in the office Tuesday 5 April). The panel won't meet to make a decision until I'm back, so please hold off chasing for an update until then.",
      '',
      'Ngā mihi,',
      'Hemi Walker',
      'Recruitment Advisor, Kōwhai District Council',
      '09 368 4420',
    ),
    ...AKL,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2050-04-05',
        phrase: 'please hold off chasing for an update until then',
      },
    ],
  },
  {
    // A window counted from a closing date stated in the mail (Friday 25 March + 10 working days).
    text: mail(
      'Hello Gurpreet,',
      '',
      'Thank you for applying for the Registered Practical Nurse (Float Pool) posting #RPN-2050-0412 at Lakeshore Regional Health. The posting closes this Friday, March 25. Our team will contact every applicant, successful or not, within 10 working days of the posting closing date.',
      '',
      'If you need to update your application in the meantime, please use the candidate portal rather than replying to this email.',
      '',
      'Regards,',
      'Marie-Claude Tremblay',
      'Human Resources | Lakeshore Regional Health',
      '416-555-0190 ext. 4471',
    ),
    ...TOR,
    expect: [
      {
        kind: 'response-by',
        by: '2050-04-08',
        phrase: 'within 10 working days of the posting closing date',
      },
    ],
  },
  {
    // An Irish law firm's offer written by hand; the start date is a fact, not a finding.
    text: mail(
      'Hi Niamh,',
      '',
      "Just off the phone with the partners and I'm delighted to say it was unanimous - we'd love you to join Fitzgerald Moran LLP as a Senior Associate in the Commercial Property team. The formal letter and contract will follow from HR; the proposed start date is Monday 2 May.",
      '',
      "Have a think, and do call me on 087 412 6630 if you've any questions.",
      '',
      'Delighted, honestly.',
      'Conor',
    ),
    ...DUB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // "As discussed" confirming a day; South African "10h00".
    text: mail(
      'Hi Thandiwe,',
      '',
      "As discussed on our call this afternoon, I'm confirming your second interview for Monday 28 March at 10h00 at our Rosebank office (173 Oxford Road, 2nd floor). You'll meet Pieter and Naledi from the Actuarial team.",
      '',
      'See you then - and good luck with the move!',
      '',
      'Kind regards,',
      'Riaan van der Merwe',
      'Talent Partner, Ubuntu Mutual',
      'T: +27 11 502 3390',
    ),
    ...JNB,
    expect: [
      {
        kind: 'interview',
        by: '2050-03-28',
        time: '10:00',
        phrase: 'your second interview for Monday 28 March at 10h00',
      },
    ],
  },
  {
    // A German writer; the time is in New York time for a Berlin reader after Europe's clock change (16:00 CEST).
    text: mail(
      'Dear Mr. Okafor,',
      '',
      'thank you for your patience. We would like to invite you to a second interview via MS Teams with our CTO, Mr. Brandt. Because he is travelling in the USA this week and next, the appointment is on Tuesday, 29 March 2050 at 10:00 a.m. New York time. The link will come separately.',
      '',
      'Please give us a short confirmation until Friday.',
      '',
      'With kind regards',
      'Katharina Vogel',
      'Personalabteilung / HR',
      'Nordlicht Robotics GmbH',
      'Am Sandtorkai 41, 20457 Hamburg',
      'Tel. +49 40 3861 2274',
    ),
    ...BER,
    expect: [
      {
        kind: 'interview',
        by: '2050-03-29',
        time: '16:00',
        phrase: 'on Tuesday, 29 March 2050 at 10:00 a.m. New York time',
      },
    ],
  },
  {
    // A Polish writer's "in the next fortnight".
    text: mail(
      'Dear Ms. Kowalczyk,',
      '',
      'thank you very much for the interview yesterday and for your time. It was a pleasure to meet you. We have still two candidates to meet this week, after that we will inform you about our decision in the next fortnight.',
      '',
      'Pozdrawiam serdecznie,',
      'Agnieszka Zielińska',
      'HR Business Partner',
      'Vistula Logistics Sp. z o.o.',
      'ul. Marszałkowska 126/134, 00-008 Warszawa',
      'tel. +48 22 531 44 07',
    ),
    ...WAR,
    expect: [{ kind: 'response-by', by: '2050-04-06', phrase: 'in the next fortnight' }],
  },
  {
    // An Arabic speaker's "by the end of this month" and a request not to call.
    text: mail(
      'Dear Mr. Haddad,',
      '',
      'Greetings from Al Noor Facilities Management.',
      '',
      "Kindly note that your file has been forwarded to the Operations Director for final approval. We will inform you with the result by the end of this month insha'Allah.",
      '',
      'Please do not call the office regarding the status; all communication will be through email only.',
      '',
      'Best Regards,',
      'Mariam Al Suwaidi',
      'HR Officer',
      'P.O. Box 48213, Dubai, UAE | Tel: +971 4 338 7761',
    ),
    ...DXB,
    expect: [
      { kind: 'response-by', by: '2050-03-31', phrase: 'by the end of this month' },
      { kind: 'no-calls', phrase: 'Please do not call the office regarding the status' },
    ],
  },
  {
    // A Japanese writer's promise wrapped in a hedge.
    text: mail(
      'Dear Mr. Hoang,',
      '',
      'Thank you for attending the final interview on Monday, and sorry for my late reply.',
      '',
      'The board members are still discussing. We are hoping to give you the result by the end of next week, though the board may need a little longer time because of the fiscal year end. I will contact you as soon as I know.',
      '',
      'Best regards,',
      'Yuki Tanaka (田中 由紀)',
      'Human Resources Dept.',
      'Sakuragi Precision Co., Ltd.',
      '2-14-7 Shibaura, Minato-ku, Tokyo 108-0023',
      'TEL: 03-5442-7180',
    ),
    ...TYO,
    expect: [{ kind: 'response-by', by: '2050-04-01', phrase: 'by the end of next week' }],
  },
  {
    // A factory HR manager's "by close of business Friday" (the other candidate "tomorrow morning" is not ours).
    text: mail(
      'Hi Darnell,',
      '',
      "Thanks for walking the floor with us today. Mike and I both liked what we saw. We've got one more second-shift lead to talk to tomorrow morning, and I'll have an answer for you by close of business Friday either way.",
      '',
      'Thanks,',
      'Rosa Delgado',
      'HR Manager, Midwest Forge & Stamping',
      '2200 W. 47th St, Cicero, IL 60804',
      '(708) 555-0143',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2050-03-25', phrase: 'by close of business Friday' }],
  },

  // ---- negatives ----
  {
    // The reader is a freelancer who quoted for work: a decision by Friday and a call slot, but no job application.
    text: mail(
      'Hi Camille,',
      '',
      "Thanks for the quote for the onboarding videos - really clear, and the storyboard samples were lovely. We've shortlisted three studios and our marketing director will make a decision by Friday. Could you hold Tuesday 29 March at 10am for a quick call in case we have questions on the budget? If you're chosen, we'd raise the PO the same week.",
      '',
      'Best,',
      'Oliver Brandt',
      'Procurement, Fennick Software',
    ),
    ...PAR,
    expect: [],
  },
  {
    // A sports club's trials and selection date.
    text: mail(
      'Hi all,',
      '',
      'A reminder that trials for the U-21 hurling panel are on Saturday 2 April at 10am at Parnell Park. Bring boots, helmet and a water bottle. The selectors will let everyone know by Wednesday 6 April who has made the squad.',
      '',
      'Up the Dubs,',
      'Seán Ó Briain',
      'Club Secretary, Naomh Fionnbarra GAA',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A choir's auditions with results "within 48 hours".
    text: mail(
      'Dear singers,',
      '',
      'Auditions for the soloists in our Easter Messiah will be held on Tuesday 29 March from 7pm in the church hall. Please sign up for a 10-minute slot on the sheet by the door. Our musical director, Hannah, will email the results within 48 hours of the last audition.',
      '',
      'With thanks,',
      'Margaret Ellis',
      "Choir Administrator, St Alban's Chorale",
    ),
    ...LDN,
    expect: [],
  },
  {
    // A bank's "offer", a decision window and a call tomorrow.
    text: mail(
      'Dear Customer,',
      '',
      'Congratulations! You have a pre-approved personal loan offer of Rs. 7,50,000 at 10.49% p.a. This offer is valid till 31/03/2050. Apply in 2 clicks on the app and get a decision within 2 working hours.',
      '',
      'Our relationship manager will call you tomorrow between 11 am and 1 pm to explain the terms.',
      '',
      'Regards,',
      'Team Personal Loans, Meridian Bank',
    ),
    ...KOL,
    expect: [],
  },
  {
    // The reader sits on a faculty search committee: the fly-outs are other people's interviews.
    text: mail(
      'Dear Prof. Adeyemi,',
      '',
      'Thank you for serving on the search committee for the assistant professor line in Economics. The three fly-out candidates are now confirmed: Dr. Liang on Thursday 31 March, Dr. Moreau on Monday 4 April and Dr. Osei on Wednesday 6 April. Each visit starts with breakfast at 8:30am, with the job talk at 11am.',
      '',
      'Please send me your rankings by noon on Friday 8 April; the department will vote and make an offer the following week.',
      '',
      'Best,',
      'Rebecca Lindqvist',
      'Department Administrator, Department of Economics',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader is the manager receiving an internal transfer.
    text: mail(
      'Hi Sanjay,',
      '',
      "Quick one - Meera Iyer from the Parramatta branch has applied for the internal transfer into your team. Her interview with you and Kate is booked for Tuesday at 3pm in Meeting Room 4. Could you let me know your decision by Friday week so we can give her branch manager notice? If it's a yes, her start date in your team would be Monday 18 April.",
      '',
      'Cheers,',
      'Tara',
      'HR Business Partner',
    ),
    ...SYD,
    expect: [],
  },
  {
    // A contractor's timesheet cut-off and pay runs.
    text: mail(
      'Hi Rahul,',
      '',
      'Friendly reminder from Apex Contract Payroll: timesheets for the week ending Sunday 27/03 must be submitted and approved by 12:00 on Monday 28 March. Anything received after that will be paid in the next pay run on Friday 8 April instead of Friday 1 April.',
      '',
      'If your client manager is away, please contact us before the cut-off so we can arrange an alternative approver.',
      '',
      'Thanks,',
      'Apex Contract Payroll Team',
      '020 7946 0831',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A wedding venue's "availability call" with a quote promised after it.
    text: mail(
      'Hi Zanele and Sipho,',
      '',
      "Congratulations on your engagement, and thank you for your enquiry about our Stellenbosch venue for 14 December 2050! We'd love to hop on a quick availability call to talk through numbers and the menu - does Thursday at 6pm suit? We'll send through a full quote within 24 hours of the call.",
      '',
      'Warm wishes,',
      'Chantelle Botha',
      'Events Coordinator, Oude Wingerd Estate',
      '+27 21 880 4417',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A political campaign's volunteer screening call.
    text: mail(
      'Hi Adaeze,',
      '',
      'Thanks so much for signing up to volunteer with the Okafor for Ward 10 campaign! Every new volunteer has a short screening call with our field team before their first canvass. Jordan will call you on Saturday between 10am and noon - no need to prepare anything.',
      '',
      "Our first big canvass weekend is April 9-10; we'll send details after your call.",
      '',
      'In solidarity,',
      'The Okafor for Ward 10 volunteer team',
    ),
    ...TOR,
    expect: [],
  },
  {
    // An open casting call sent to a talent list.
    text: mail(
      'Hi everyone,',
      '',
      'Northshore Casting is looking for background performers for a period drama shooting in Vancouver in April.',
      '',
      'OPEN CASTING CALL: Saturday 26 March, 10am-4pm, 1120 Hamilton Street, 3rd floor. No appointment needed; bring a recent photo. Selected performers will be contacted within 7 days.',
      '',
      'Break a leg!',
      'Northshore Casting',
      'You are receiving this because you signed up to our talent list.',
    ),
    ...VAN,
    expect: [],
  },
  {
    // A dating app: a "date" on Friday and an "offer" ending tomorrow.
    text: mail(
      'Hi Wei Jie,',
      '',
      'You have a new match! Clara suggested a video date on Friday at 8:30pm - reply before she changes her mind.',
      '',
      'Special offer: get 50% off Premium until tomorrow midnight. Premium members get priority in the matching queue and see who liked them first.',
      '',
      'Happy matching,',
      'The Spark team',
      'Unsubscribe | Privacy',
    ),
    ...SIN,
    expect: [],
  },
  {
    // The reader is the recruiter: the hiring manager writes about a candidate's interview.
    text: mail(
      'Hi Gemma,',
      '',
      "Ahmed Rashid has confirmed for Thursday 31 March at 11am - thanks for setting that up so fast. Could you send him the case study by Monday and book Room 6B? I'd also like to see the other two shortlisted candidates the same week if possible; we're aiming to make an offer by April 8.",
      '',
      'Thanks,',
      'Derek',
      '',
      'Derek Hollis | Plant Manager | Lakeview Packaging',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A recruiter asks for the reader's availability without naming a day.
    text: mail(
      'Hi Kofi,',
      '',
      'Great news - the hiring manager for the Regional Sales Lead role has reviewed your CV and would like to meet you. Could you send me three or four slots that work for you over the next two weeks? Mornings are best for her, and she is travelling some days, so the more options the better.',
      '',
      'Kind regards,',
      'Wambui Kariuki',
      'Senior Consultant, Savanna Talent Partners',
      '+254 733 602 118',
    ),
    ...NBO,
    expect: [],
  },
  {
    // An acknowledgement whose only dates are the closing date and the programme start.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for your application for the position of Graduate Trainee (Engineering) at Deltaport Energy Limited. This is to acknowledge receipt of your application.',
      '',
      'The application window closes on Friday 8 April 2050, and the programme begins on 4 July 2050. Only shortlisted candidates will be contacted.',
      '',
      'This is an automated message; please do not reply.',
      '',
      'Deltaport Energy Recruitment',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A journalist asks the reader (an expert) for an interview on a named day.
    text: mail(
      'Hi Dr Achterberg,',
      '',
      "I'm a reporter at the Southern Ledger working on a piece about how AI screening tools are changing graduate recruitment. I'd love to interview you for it - would Thursday at 11am work for a 20-minute call? My deadline is Monday, so anything before then would be brilliant.",
      '',
      'Many thanks,',
      'Priyanka Shah',
      'Work & Careers Correspondent',
      '+64 9 302 1177',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A visa appointment laid out as a table.
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment has been scheduled.',
      '',
      'Visa Category: H-1B',
      'Appointment Date | Time | Post',
      '30/03/2050 | 08:15 | Manila Embassy, 1201 Roxas Boulevard',
      '',
      'Please arrive 15 minutes before your interview time. Bring your passport, DS-160 confirmation page and appointment letter. Electronic devices are not allowed.',
      '',
      'This is an automated message.',
    ),
    ...MNL,
    expect: [],
  },
];
