// Round 750 (issue 13): written BEFORE the engine read it, by a helper (hw412) who never saw the rules, for mail
// sent on Saturday 28 October 2051 at 09:40 local in every zone (a Saturday morning). Europe leaves summer time the
// next day (Sunday 29 October) and the US a week later (5 November), so in the week of the interviews London is
// GMT while New York is still EDT. "Next week" is 30 October to 5 November (Friday 3 November); "the week after
// next" ends Friday 10 November; the end of the month is Tuesday 31 October. Focus: people writing by hand.
// Positives: a council's invitation forwarded by reception with a note on top (the forwarded header's date and the
// confirm-by day are no findings); a New York talent partner's reply that quotes the candidate's "> " slots and
// picks Wednesday; a Chicago hiring manager from his phone ("She'll call you Monday at 4pm Eastern" = 15:00); a
// Noida "within 7 working days" with "kindly do not call the HR department"; an Abuja offer with a resumption date
// and a sign-by deadline; a Kenyan NGO's rejection; a Johannesburg absence ("please don't follow up before" the
// return day) with a later promise; a Singapore "Date: 03/11/2051 (Friday)"; a Manila "kindly expect our call on
// or before November 8"; a Sydney hospital's flattened "Date | Time | Location" table; an Auckland "in a couple of
// days" after weekend chit-chat; a Toronto school board's "by 11/10" (M/D); a Vancouver café owner's single slot
// "Friday at 9:15am"; a French writer's rejection ("we will not retain your candidature"); a Dublin "As discussed,
// we've moved your interview from Monday 30th to Wednesday 1st November at 3pm"; a Shanghai interview "9:00 am
// London time" on 30 October (GMT by then: 17:00 in Shanghai); a Gdańsk "within two weeks of the closing date, 20
// October"; a Madrid "by the middle of next week, more or less".
// Negatives (same vocabulary, no finding for the reader as a candidate): a car dealer's trade-in "offer" and test
// drive slot, an agency pitching candidates to the reader as employer, an MBA admissions interview, a rescheduled
// delivery, a jobs newsletter with a career fair, the reader on an interview panel, the reader approving an offer,
// the reader resigning (last day, final pay, exit interview), an internal vacancies bulletin, a mentee's interview,
// a pet adoption home-check "interview", a coding contest, a grievance hearing, a tender's evaluation window, an
// insurance assessor's call, a volunteer induction, a recruiter asking for availability "next week" without naming
// a day, a university careers-advice appointment.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Saturday 28 October 2051, 09:40 local.
const NY = { sentAt: '2051-10-28T09:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2051-10-28T09:40:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2051-10-28T09:40:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2051-10-28T09:40:00-07:00', tz: 'America/Vancouver' } as const;
const SAO = { sentAt: '2051-10-28T09:40:00-03:00', tz: 'America/Sao_Paulo' } as const;
const LDN = { sentAt: '2051-10-28T09:40:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2051-10-28T09:40:00+01:00', tz: 'Europe/Dublin' } as const;
const PAR = { sentAt: '2051-10-28T09:40:00+02:00', tz: 'Europe/Paris' } as const;
const BER = { sentAt: '2051-10-28T09:40:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2051-10-28T09:40:00+02:00', tz: 'Europe/Madrid' } as const;
const WAR = { sentAt: '2051-10-28T09:40:00+02:00', tz: 'Europe/Warsaw' } as const;
const ABJ = { sentAt: '2051-10-28T09:40:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2051-10-28T09:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2051-10-28T09:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const KOL = { sentAt: '2051-10-28T09:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2051-10-28T09:40:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2051-10-28T09:40:00+08:00', tz: 'Asia/Manila' } as const;
const SHA = { sentAt: '2051-10-28T09:40:00+08:00', tz: 'Asia/Shanghai' } as const;
const SYD = { sentAt: '2051-10-28T09:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2051-10-28T09:40:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_750_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A council's invitation forwarded by reception with a note on top; the forwarded header's date and the
    // confirm-by day are not findings.
    text: mail(
      'Hi Ellie,',
      '',
      'Sorry for the Saturday email - this landed in the general HR inbox rather than yours, so forwarding it on. Good luck!',
      '',
      'Jo',
      'Reception, Ashworth Borough Council',
      '',
      '---------- Forwarded message ---------',
      'From: Recruitment Team <recruitment@ashworth.example>',
      'Date: Thu, 26 Oct 2051 at 14:02',
      'Subject: Interview invitation - Planning Officer (Ref PL/2051/117)',
      'To: HR General Enquiries <hr@ashworth.example>',
      '',
      'Dear Ellie Brennan,',
      '',
      'Thank you for your application for the post of Planning Officer (Ref PL/2051/117). I am pleased to invite you to an interview on Thursday 2 November 2051 at 11:15am at the Civic Centre, 1 Clarence Street, Ashworth AS1 4QT. The interview will last approximately 45 minutes and will include a 10-minute presentation.',
      '',
      'Please confirm your attendance by Tuesday 31 October.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'Ashworth Borough Council',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2051-11-02',
        time: '11:15',
        phrase: 'an interview on Thursday 2 November 2051 at 11:15am',
      },
    ],
  },
  {
    // A reply quoting the candidate's two offered slots; the talent partner picks Wednesday and states the time.
    text: mail(
      'Hi Marcus,',
      '',
      "Perfect - Wednesday it is. I've sent a calendar invite for 1:00-1:45pm ET with Renée (VP Product) and Dave (Eng Manager). It'll be on Zoom; the link is in the invite.",
      '',
      'Enjoy the rest of your weekend!',
      '',
      'Alicia Brooks',
      'Talent Partner, Finchley Health',
      '',
      'On Fri, Oct 27, 2051 at 6:48 PM Marcus Bell <marcus.bell@example.com> wrote:',
      '> Hi Alicia,',
      "> Thanks for reaching out! I'm free Wednesday Nov 1 any time after noon, or Thursday Nov 2 before 11am.",
      '> Best,',
      '> Marcus',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2051-11-01',
        time: '13:00',
        phrase: "Wednesday it is. I've sent a calendar invite for 1:00-1:45pm ET",
      },
    ],
  },
  {
    // A hiring manager from his phone; 4pm Eastern is 15:00 for a Chicago reader.
    text: mail(
      "Hi Tomás - Greg here, sorry for the delay, been on the road all week. Our VP of Ops wants to talk to you. She'll call you Monday at 4pm Eastern, should take 30 min. Let me know if that doesn't work.",
      '',
      'Greg',
      '',
      'Sent from my iPhone',
    ),
    ...CHI,
    expect: [
      { kind: 'interview', by: '2051-10-30', time: '15:00', phrase: "She'll call you Monday at 4pm Eastern" },
    ],
  },
  {
    // Indian English: a working-day window counted from a Saturday, and a request not to call.
    text: mail(
      'Dear Candidate,',
      '',
      'Greetings from Vyasa Infotech!',
      '',
      'This is to inform that you have cleared the online aptitude test for the Trainee Software Engineer position. The results of the technical assessment you attempted on Thursday will be communicated to you within 7 working days.',
      '',
      'Kindly do not call the HR department for status, the same will be intimated to you by mail only. For any query kindly revert on this mail.',
      '',
      'Regards,',
      'Pooja Venkataraman',
      'Talent Acquisition Team',
      'Vyasa Infotech Pvt. Ltd.',
      '5th Floor, Tower B, Plot No. 7, Sector 62, Noida - 201309',
      'Ph: 0120-465 9020',
    ),
    ...KOL,
    expect: [
      { kind: 'response-by', by: '2051-11-07', phrase: 'within 7 working days' },
      { kind: 'no-calls', phrase: 'Kindly do not call the HR department for status' },
    ],
  },
  {
    // A Nigerian offer: "approved your appointment"; the sign-by day and the resumption date are not findings.
    text: mail(
      'Dear Mr. Ibrahim Musa,',
      '',
      'Further to your interview on Tuesday, I am pleased to inform you that Management has approved your appointment as Senior Accountant, Grade Level 9, with Sahel Agro-Allied Ltd. Your letter of appointment is attached; kindly sign and return the acceptance slip on or before Friday 3rd November 2051. Resumption date is Monday 4th December 2051.',
      '',
      'Congratulations once more.',
      '',
      'Yours faithfully,',
      'Hauwa Bello (Mrs)',
      'Head, Human Resources',
      'Plot 1104 Cadastral Zone B6, Mabushi, Abuja',
      '0809 114 2275',
    ),
    ...ABJ,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A Kenyan NGO's rejection without the usual stock words.
    text: mail(
      'Dear Njeri,',
      '',
      "Thank you for the time and energy you gave to our selection process for the Programme Officer - Water & Sanitation role, including last Thursday's practical exercise.",
      '',
      'After careful deliberation the panel has offered the role to another candidate whose field experience in Turkana more closely matched what the project needs right now. I know this is not the news you were hoping for.',
      '',
      'We would be glad to keep your CV on file for upcoming roles in our Kisumu office.',
      '',
      'With best wishes,',
      'David Mwangi',
      'HR & Admin Manager, Maji Safi Initiative',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An absence with a return day ("don't follow up before then") and a later dated promise.
    text: mail(
      'Hi Kagiso,',
      '',
      'Thank you again for your patience while we finalise the shortlist for the Senior Store Manager role.',
      '',
      "Just so you know: I'm on leave from Monday and only back in the office on Thursday 9 November, so please don't follow up before then - the regional managers won't meet until the week I'm back anyway. Once they've met, I'll let you know the outcome by Friday 10 November.",
      '',
      'Kind regards,',
      'Lindiwe Dlamini',
      'Recruitment Specialist, Karoo Fresh Markets',
      'Cnr Jan Smuts Ave & Bolton Rd, Rosebank, 2196',
      'Tel: 011 447 2208',
    ),
    ...JNB,
    expect: [
      { kind: 'no-contact-before', by: '2051-11-09', phrase: "please don't follow up before then" },
      { kind: 'response-by', by: '2051-11-10', phrase: 'by Friday 10 November' },
    ],
  },
  {
    // Singapore D/M in a "Date: / Time: / Venue:" block.
    text: mail(
      'Dear Mr. Tan Jun Hao,',
      '',
      'Thank you for attending the first interview. We are pleased to invite you for the 2nd interview with our Country Manager as follows:',
      '',
      'Date: 03/11/2051 (Friday)',
      'Time: 10.30am',
      'Venue: 71 Robinson Road, #14-01, Singapore 068895',
      '',
      'Kindly acknowledge receipt of this email.',
      '',
      'Regards,',
      'Melissa Goh',
      'HR Executive, Pelican Marine Supplies Pte Ltd',
      'Tel: 6223 4017',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2051-11-03', time: '10:30', phrase: 'Date: 03/11/2051 (Friday)' }],
  },
  {
    // Philippine English with Tagalog courtesy: "kindly expect our call on or before November 8".
    text: mail(
      'Hi Sir Rodel,',
      '',
      'Good morning po! Thank you for completing the final interview and the typing test yesterday. Our account manager is now reviewing all the finalists. Kindly expect our call on or before November 8 regarding the result.',
      '',
      'Maraming salamat po!',
      '',
      'Angelica Reyes',
      'HR Recruitment, Luzon Connect Outsourcing',
      '12F Cyber One Bldg, 11 Eastwood Ave, Bagumbayan, Quezon City 1110',
      'Mobile: 0998 312 4476',
    ),
    ...MNL,
    expect: [{ kind: 'response-by', by: '2051-11-08', phrase: 'on or before November 8' }],
  },
  {
    // A hospital's HTML table flattened to text.
    text: mail(
      'Dear Ms Harper,',
      '',
      'Thank you for your application for Clinical Nurse Specialist - Cardiology (REQ-88214). We are pleased to invite you to interview.',
      '',
      'Date | Time | Location',
      'Tuesday 7 November 2051 | 2:00pm - 2:45pm AEDT | Parkview Hospital, Level 3, Block C, Cnr Hawkesbury Rd & Darcy Rd, Westmead NSW 2145',
      '',
      'Panel: Nurse Unit Manager (Chair), Cardiology Nurse Educator, HR representative.',
      '',
      'Please bring photo ID and your AHPRA registration number.',
      '',
      'Kind regards,',
      'Western Parkview Health Recruitment',
      '(02) 8890 5521',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2051-11-07',
        time: '14:00',
        phrase: 'Tuesday 7 November 2051 | 2:00pm - 2:45pm AEDT',
      },
    ],
  },
  {
    // Weekend chit-chat, someone else's Monday, and "in a couple of days".
    text: mail(
      'Kia ora Mere,',
      '',
      'Hope you are enjoying the sunshine this weekend - first proper spring day in Auckland!',
      '',
      "Just a quick update: the hiring manager is finishing your reference checks on Monday, and we'll be in touch in a couple of days with where things have landed.",
      '',
      'Ngā mihi nui,',
      'Tama Ruawai',
      'Talent Partner, Harakeke Digital',
      '021 486 302',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2051-10-30', phrase: 'in a couple of days', fuzzy: true }],
  },
  {
    // A Canadian school board's numeric date, M/D.
    text: mail(
      'Hello Ms. Nguyen,',
      '',
      'Thank you for attending the interview for the Occasional Teacher list with the Trillium Valley District School Board on Thursday. The hiring panel is completing its reviews, and we will let all candidates know the outcome by 11/10.',
      '',
      'Please note that our office is closed on Fridays during November.',
      '',
      'Sincerely,',
      "Patricia O'Donnell",
      'Staffing Officer, Human Resources',
      '905-555-0114',
    ),
    ...TOR,
    expect: [{ kind: 'response-by', by: '2051-11-10', phrase: 'by 11/10' }],
  },
  {
    // A small-business owner from his phone proposing one slot.
    text: mail(
      'Hey Priyanka - sorry for the slow reply, crazy week at the shop. Any chance you can do a quick call Friday at 9:15am? Just want to chat through the barista lead role before we decide.',
      '',
      'Matt',
      'Owner, Salt Spray Coffee Co.',
      '',
      'Sent from my phone',
    ),
    ...VAN,
    expect: [{ kind: 'interview', by: '2051-11-03', time: '09:15', phrase: 'a quick call Friday at 9:15am' }],
  },
  {
    // A French writer's rejection.
    text: mail(
      'Dear Mr. Adeyemi,',
      '',
      'We thank you for the interest you have shown for our company and for the exchanges we had together.',
      '',
      'We are sorry to announce you that we will not retain your candidature for the next step of the recruitment process for the post of Supply Chain Analyst. This decision does not put into question your qualities.',
      '',
      'We wish you a full success in your professional researches.',
      '',
      'Best regards,',
      'Sophie Lefèvre',
      'Chargée de recrutement',
      'Maison Verdier SA',
      '14 rue de la Boétie, 75008 Paris',
      '+33 1 44 51 27 90',
    ),
    ...PAR,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // "As discussed" with chit-chat and a reschedule: only the new slot counts.
    text: mail(
      'Hi Ciarán,',
      '',
      'Great to chat yesterday - and commiserations on the match, ye were robbed.',
      '',
      "As discussed, we've moved your interview from Monday 30th to Wednesday 1st November at 3pm, because Aoife is now on site in Galway on Monday. Same place: 3rd floor, 25 Fitzwilliam Place, Dublin 2.",
      '',
      'Talk soon,',
      'Éadaoin Nic Giolla',
      'Talent Partner, Corrib Renewables',
      '+353 1 662 4039',
    ),
    ...DUB,
    expect: [
      {
        kind: 'interview',
        by: '2051-11-01',
        time: '15:00',
        phrase: 'moved your interview from Monday 30th to Wednesday 1st November at 3pm',
      },
    ],
  },
  {
    // A Chinese writer; London has left summer time by 30 October, so 9:00 London is 17:00 in Shanghai.
    text: mail(
      'Dear Ms. Chen,',
      '',
      'Thank you for your interest in our company. Our Group Finance Director Mr. Hughes is based in London, so the interview will be arranged by video on Monday 30 October, 9:00 am London time. Please kindly note the time difference, and make sure your camera and microphone are working.',
      '',
      'If any problem, please contact me by WeChat or phone: +86 21 6288 4350.',
      '',
      'Best wishes,',
      'Zhou Lin (周琳)',
      'HR Specialist',
      'Huaxin Precision Components (Shanghai) Co., Ltd.',
      'No. 1188 Yishan Road, Xuhui District, Shanghai 200233',
    ),
    ...SHA,
    expect: [
      {
        kind: 'interview',
        by: '2051-10-30',
        time: '17:00',
        phrase: 'on Monday 30 October, 9:00 am London time',
      },
    ],
  },
  {
    // A Polish writer: a window counted from a closing date already past.
    text: mail(
      'Dear Mr. Nowak,',
      '',
      'Thank you for your application to the Junior Controller position at Baltic Amber Foods. The recruitment closed on 20 October and we received more than 200 applications, so the selection is taking longer than we planned. We will contact all candidates within two weeks of the closing date, 20 October, with the information about next steps.',
      '',
      'Pozdrawiam,',
      'Magdalena Wójcik',
      'Specjalista ds. Rekrutacji',
      'ul. Grunwaldzka 472, 80-309 Gdańsk',
      'tel. 58 340 21 15',
    ),
    ...WAR,
    expect: [
      {
        kind: 'response-by',
        by: '2051-11-03',
        phrase: 'within two weeks of the closing date, 20 October',
      },
    ],
  },
  {
    // A Spanish writer's hedged "by the middle of next week"; the other candidate's Monday is not ours.
    text: mail(
      'Hello Daniel,',
      '',
      'Thank you for come to the office on Thursday, it was a pleasure. We have still one candidate more to see on Monday. We will tell you something by the middle of next week, more or less.',
      '',
      'Un saludo,',
      'Lucía Fernández',
      'Recursos Humanos, Ibérica Solar S.L.',
      'Calle de Alcalá 265, 28027 Madrid',
      'Tel. 91 742 36 18',
    ),
    ...MAD,
    expect: [{ kind: 'response-by', by: '2051-11-01', phrase: 'by the middle of next week', fuzzy: true }],
  },

  // ---- negatives ----
  {
    // A car dealer's trade-in "offer", a test drive slot and a finance decision.
    text: mail(
      'Hi Mr Patel,',
      '',
      'Thanks for popping into Ashfield Motors on Thursday. Good news - we can offer you £8,450 for your 2046 Corsa against the new Astra, and this offer is guaranteed until Friday 3 November. Shall I book you in for a test drive on Monday at 11am? Our finance team will also give you a decision on the PCP application within 24 hours.',
      '',
      'Kind regards,',
      'Danny Hughes',
      'Sales Executive, Ashfield Motors',
      '0161 496 0732',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A staffing agency pitches candidates to the reader as an employer.
    text: mail(
      'Hi Fiona,',
      '',
      'I noticed Coastline Freight is hiring forklift drivers and warehouse pickers ahead of the Christmas peak. We currently have six pre-screened, licence-checked candidates available to start from Monday 6 November. Could I grab 15 minutes with you on Tuesday at 10am to walk you through their profiles and our rates?',
      '',
      'Cheers,',
      "Ben O'Connell",
      'Business Development Manager, TalentDock Staffing',
      '0412 558 903',
    ),
    ...SYD,
    expect: [],
  },
  {
    // An MBA admissions interview and a decision release date.
    text: mail(
      'Dear Aditi,',
      '',
      'Thank you for applying to the Two-Year MBA (Class of 2054) at Coromandel School of Business. We are pleased to invite you to an admissions interview on Thursday 2 November at 4:00 pm IST via video. Decisions for Round 1 will be released on 15 December.',
      '',
      'Best regards,',
      'MBA Admissions Office',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A rescheduled delivery window.
    text: mail(
      'Hi Jamal,',
      '',
      "Your order #NW-448210 (standing desk, 2 boxes) has been rescheduled. Your new delivery window is Monday, October 30 between 8:00 AM and 12:00 PM. Our driver will call you 30 minutes before arrival. If this time doesn't work, reply with a new day and we'll confirm within 24 hours.",
      '',
      'Thanks,',
      'Northway Home Delivery',
    ),
    ...NY,
    expect: [],
  },
  {
    // A jobs newsletter with closing dates and a career fair.
    text: mail(
      'JOBS THIS WEEK IN NAIROBI',
      '',
      "Hi Brian, here are 3 new roles matching 'finance':",
      '- Finance Associate, Savanna Capital (closes 10 Nov)',
      '- Credit Analyst, Umoja Microfinance (closes 15 Nov)',
      '- Grants Accountant, Pamoja Relief (closes 17 Nov)',
      '',
      'EVENT: Nairobi Graduate Career Fair, Saturday 4 November, 10am-3pm, KICC. Meet 40 employers and get your CV reviewed on the spot.',
      '',
      "You're receiving this because you subscribed to JobNest alerts. Unsubscribe",
    ),
    ...NBO,
    expect: [],
  },
  {
    // The reader sits on an interview panel.
    text: mail(
      'Kia ora Rachel,',
      '',
      "Thanks for agreeing to sit on the panel for the Staff Nurse (Medical Ward) interviews. They'll run on Tuesday 7 November from 9am to 1pm in the Level 2 seminar room, four candidates in 45-minute slots. I'll send the interview packs on Thursday. We're hoping to make offers by the end of that week.",
      '',
      'Ngā mihi,',
      'Anaru',
      'Recruitment Coordinator',
    ),
    ...AKL,
    expect: [],
  },
  {
    // The reader is the hiring manager who must approve an offer.
    text: mail(
      'Hi Kevin,',
      '',
      'The offer for Sara Haddad (Senior Analyst, Req 5512) is ready for your approval in Workday. Could you approve it by end of day Monday so we can extend it on Tuesday? Her proposed start date is December 4.',
      '',
      'Thanks,',
      'Jen',
      'Talent Acquisition',
    ),
    ...TOR,
    expect: [],
  },
  {
    // The reader is resigning: last day, final pay and an exit interview with a time.
    text: mail(
      'Hi Orla,',
      '',
      "Thanks for your letter - we're sorry to see you go but delighted for you. To confirm, your last working day will be Friday 10 November, and your final salary, including accrued holiday pay, will be paid on 24 November. Your exit interview with HR is on Wednesday 8 November at 2pm.",
      '',
      'Best of luck,',
      'Brendan',
      'HR Manager, Liffey Print Works',
    ),
    ...DUB,
    expect: [],
  },
  {
    // An internal vacancies bulletin for staff.
    text: mail(
      'INTERNAL VACANCIES - W/C 30 OCTOBER',
      '',
      'Hi all,',
      '',
      'The following roles are open to current staff only:',
      '- Team Leader, Customer Service (Band 5) - closing date 10 November, interviews w/c 20 November',
      '- Data Analyst (Band 6) - closing date 13 November',
      '',
      'Please speak to your line manager before applying. Secondments will start from January 2052.',
      '',
      'People Team, Thamesbridge Housing',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A mentee writes about her own interview to the reader (her mentor).
    text: mail(
      'Good morning Dr. Mensah,',
      '',
      "Thank you so much for agreeing to mentor me. I have good news - I've been shortlisted for the Graduate Analyst role at Zenith Maritime and my interview is on Tuesday 31 October at 9am! Would you have time for a mock interview on Sunday evening or Monday? I'll send you my CV and the job description today.",
      '',
      'Warm regards,',
      'Temitope',
    ),
    ...ABJ,
    expect: [],
  },
  {
    // A pet adoption home-check "interview" with a decision window.
    text: mail(
      'Hi Nicole,',
      '',
      'Thanks for your application to adopt Biscuit! The next step is a home-check interview with one of our volunteers. Could we do Wednesday at 5:30pm at your place? The adoption committee will make a decision within 3 business days of the home check.',
      '',
      'Paws crossed,',
      'Lakeshore Animal Rescue',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A coding contest: a round, results and finals.
    text: mail(
      'Hi Arjun,',
      '',
      'Congratulations on clearing Round 1 of CodeSprint 2051! Round 2 (the 3-hour live coding round) opens on Monday 30 October at 7:00 pm SGT. Results will be announced within 5 working days, and the top 20 will be invited to the finals on 18 November.',
      '',
      'Good luck!',
      'The CodeSprint team',
    ),
    ...SIN,
    expect: [],
  },
  {
    // The reader is an employee with a grievance hearing.
    text: mail(
      'Dear Mr. Mokoena,',
      '',
      'Further to the grievance you raised on 19 October, a grievance hearing has been scheduled for Thursday 2 November at 14:00 in the boardroom. You may be accompanied by a colleague or a union representative. The chairperson will give you a written decision within 5 working days of the hearing.',
      '',
      'Regards,',
      'Employee Relations, Highveld Mining Services',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A tender: the reader is a bidder, and the evaluation window is counted from a closing date.
    text: mail(
      'Dear Bidder,',
      '',
      'Thank you for submitting your bid for Tender No. IWC/ICT/2051/044 (Supply of Laptops). Bids closed on 26 October 2051. The evaluation committee will notify all bidders of the outcome within 10 working days of the closing date. Successful bidders will be invited for a clarification meeting.',
      '',
      'Procurement Unit',
      'Ikeja Water Corporation',
    ),
    ...ABJ,
    expect: [],
  },
  {
    // An insurance assessor's call and a claim decision window.
    text: mail(
      'Hi Ms. Santos,',
      '',
      'We have received your motor claim (Ref CLM-2051-778120). Our assessor will call you on Monday between 9 and 11 AM to arrange the vehicle inspection, and a decision on your claim will be made within 10 working days of the inspection.',
      '',
      'Thank you for choosing Pacific Shield Insurance.',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A volunteer induction at a language café.
    text: mail(
      'Hi Jonas,',
      '',
      'Welcome aboard, and thank you for offering to help at the Neukölln Language Café! Your volunteer induction is on Tuesday 31 October at 6pm at Weserstraße 58. After that, Leyla will put you on the rota; we usually confirm shifts by Friday for the following week.',
      '',
      'Liebe Grüße,',
      'Miriam',
      'Volunteer Coordinator',
    ),
    ...BER,
    expect: [],
  },
  {
    // A recruiter asks for availability "next week" without naming a day.
    text: mail(
      'Olá Gabriel!',
      '',
      'I hope you are well. The manager liked very much your profile for the Data Engineer position. Could you please send me your availability for a conversation with him next week? He is flexible in the afternoons.',
      '',
      'Abraços,',
      'Fernanda Rocha',
      'Tech Recruiter, Jabuticaba Pagamentos',
      'Av. Paulista 1842, 14º andar, São Paulo - SP, 01310-200',
    ),
    ...SAO,
    expect: [],
  },
  {
    // A university careers-advice appointment for the reader as a student.
    text: mail(
      'Hi Chloe,',
      '',
      'Your Careers Service appointment is confirmed: CV review and interview practice with Jess Thompson on Wednesday 1 November at 2:00pm, Level 1, Student Hub. If you can no longer attend, please cancel at least 24 hours in advance so we can offer the slot to another student.',
      '',
      'Careers & Employability',
      'University of Harbourside',
    ),
    ...SYD,
    expect: [],
  },
];
