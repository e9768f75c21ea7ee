// Round 800 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Sunday
// 26 March 2056 at 15:00 local: the morning Europe (and the UK) moved its clocks forward, a working day in Riyadh,
// a day off almost everywhere else. "Next week" is therefore the week that starts tomorrow (27–31 March), "by
// Friday" is 31 March, "by Thursday" is 30 March. English mail from non-English-speaking countries: a Berlin
// label–value invitation "Date: 28.03.2056 / Time: 10:30 (CEST)", a Paris "by the end of next week at the latest",
// a Madrid "within 7 working days", a Teams invitation from Amsterdam whose label still says "(UTC+01:00)" although
// the clocks moved (14:00 Amsterdam = 13:00 London), a Warsaw ISO "2056-03-30, 09:00 Warsaw time" for a Kyiv
// reader, a São Paulo calque "give you a return until Friday (31/03)", a Mexico City "Monday 03/04 at 17:00 hrs"
// (day first), a Dubai no-calls, a Riyadh Sunday "by Thursday, insha'Allah", an Istanbul absence until 3 April, a
// Zoom invitation labelled "Bangkok" for a Singapore reader, a Jakarta rejection, a Tokyo offer with a reply-by date
// (the candidate's deadline), a Seoul "2056.03.30 (Thu) 10:00 KST", a Shanghai final round with "feedback within one
// week after it", a Cairo "early next month" (fuzzy). Negatives, chosen from kinds earlier writers did not use: a
// Berlin gym's body-check appointment, a Paris language school's placement test, a Madrid driving instructor, an
// Amsterdam bank's KYC video call, a German job centre's consultation (with "bring your CV"), an Italian tax office,
// a Lisbon co-working tour, a Seoul alumni reunion, a São Paulo football club's trials, a Tokyo scholarship interview,
// the reader as interviewer in Istanbul, the reader's own appraisal in Dubai, a StepStone job alert with an apply-by
// date, a Jakarta freelancer's client call, a Mexico City acknowledgement with only a closing date, a Shanghai
// welcome with a first day. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 26 March 2056, 15:00 local (European summer time began at 01:00 UTC that morning).
const BER = { sentAt: '2056-03-26T15:00:00+02:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2056-03-26T15:00:00+02:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2056-03-26T15:00:00+02:00', tz: 'Europe/Madrid' } as const;
const AMS = { sentAt: '2056-03-26T15:00:00+02:00', tz: 'Europe/Amsterdam' } as const;
const ROM = { sentAt: '2056-03-26T15:00:00+02:00', tz: 'Europe/Rome' } as const;
const LIS = { sentAt: '2056-03-26T15:00:00+01:00', tz: 'Europe/Lisbon' } as const;
const LDN = { sentAt: '2056-03-26T15:00:00+01:00', tz: 'Europe/London' } as const;
const KYI = { sentAt: '2056-03-26T15:00:00+03:00', tz: 'Europe/Kyiv' } as const;
const IST = { sentAt: '2056-03-26T15:00:00+03:00', tz: 'Europe/Istanbul' } as const;
const SAO = { sentAt: '2056-03-26T15:00:00-03:00', tz: 'America/Sao_Paulo' } as const;
const MEX = { sentAt: '2056-03-26T15:00:00-06:00', tz: 'America/Mexico_City' } as const;
const DXB = { sentAt: '2056-03-26T15:00:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2056-03-26T15:00:00+03:00', tz: 'Asia/Riyadh' } as const;
const CAI = { sentAt: '2056-03-26T15:00:00+02:00', tz: 'Africa/Cairo' } as const;
const SIN = { sentAt: '2056-03-26T15:00:00+08:00', tz: 'Asia/Singapore' } as const;
const JKT = { sentAt: '2056-03-26T15:00:00+07:00', tz: 'Asia/Jakarta' } as const;
const TYO = { sentAt: '2056-03-26T15:00:00+09:00', tz: 'Asia/Tokyo' } as const;
const SEL = { sentAt: '2056-03-26T15:00:00+09:00', tz: 'Asia/Seoul' } as const;
const HKG = { sentAt: '2056-03-26T15:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SHA = { sentAt: '2056-03-26T15:00:00+08:00', tz: 'Asia/Shanghai' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_800_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Berlin, Personio-style label–value invitation, dotted date, CEST in parentheses.
    text: mail(
      'Dear Ms Okafor,',
      '',
      'thank you for your application as Working Student Data Engineering at Kranich Logistik GmbH. We would like to get to know you and invite you to a video interview:',
      '',
      'Date: 28.03.2056',
      'Time: 10:30 (CEST)',
      'Duration: approx. 45 minutes',
      'Interviewers: Jonas Feldhaus (Team Lead), Merve Aydın (People & Culture)',
      'Link: will follow separately via Microsoft Teams',
      '',
      'If this slot does not suit you, just reply to this email.',
      '',
      'Kind regards / Viele Grüße',
      'Merve Aydın',
      'People & Culture | Kranich Logistik GmbH',
    ),
    ...BER,
    expect: [{ kind: 'interview', by: '2056-03-28', time: '10:30', phrase: 'Date: 28.03.2056' }],
  },
  {
    // Paris, Welcome-to-the-Jungle style recruiter, "at the latest" after the window.
    text: mail(
      'Hello Thomas,',
      '',
      'Thank you again for the exchange on Thursday with Claire and Hugo — they both enjoyed the discussion about the pricing engine.',
      'We are meeting the last two candidates in the coming days and we will come back to you by the end of next week at the latest, whatever the decision.',
      '',
      'Belle fin de week-end,',
      'Anaïs Lemoine',
      'Talent Acquisition — Orcival Pay',
    ),
    ...PAR,
    expect: [{ kind: 'response-by', by: '2056-03-31', phrase: 'by the end of next week' }],
  },
  {
    // Madrid, in-house recruiter, working days, Spanish sign-off.
    text: mail(
      'Hi Lucía,',
      '',
      'Many thanks for your time with the engineering team on Friday. I have shared your technical test with Álvaro and the panel will review it together this week.',
      'You will have news from me within 7 working days, either to arrange the final round or to close the process.',
      '',
      'Un saludo,',
      'Beatriz Ortega',
      'HR Business Partner | Grupo Alcalá Energía',
    ),
    ...MAD,
    expect: [{ kind: 'response-by', by: '2056-04-04', phrase: 'within 7 working days' }],
  },
  {
    // Amsterdam employer, Workday + Teams; the Windows zone label keeps "(UTC+01:00)" in summer. London reader.
    text: mail(
      'Dear Oliver,',
      '',
      'Please find below the details of your second interview for the position of Treasury Analyst at Van Rijswijk Trading B.V.',
      '',
      'Microsoft Teams meeting',
      'Tuesday, 4 April 2056 14:00 - 15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      'Join on your computer, mobile app or room device',
      'Meeting ID: 381 554 207 19',
      'Passcode: tR7kQ2',
      '',
      'Met vriendelijke groet,',
      'Sanne de Groot',
      'Recruitment Coordinator',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2056-04-04', time: '13:00', phrase: 'Tuesday, 4 April 2056 14:00' }],
  },
  {
    // Warsaw employer, SmartRecruiters-style ISO date, for a reader in Kyiv (one hour ahead).
    text: mail(
      'Hi Dmytro,',
      '',
      'Great news — the hiring team would like to move forward with a technical interview for the Senior QA Engineer role.',
      '',
      'When: 2056-03-30, 09:00 Warsaw time',
      'Where: Google Meet (link in the calendar invite)',
      'With: Paweł Zieliński, QA Lead',
      '',
      'Pozdrawiam,',
      'Katarzyna Wróbel',
      'Talent Partner, Bursztyn Software',
    ),
    ...KYI,
    expect: [{ kind: 'interview', by: '2056-03-30', time: '10:00', phrase: '2056-03-30, 09:00 Warsaw time' }],
  },
  {
    // São Paulo, Portuguese calque "dar um retorno até sexta".
    text: mail(
      'Hi Rafael, good afternoon!',
      '',
      'Thanks for participating in the case presentation last week, the managers liked your proposal a lot.',
      'We are consolidating the evaluations and we expect to give you a return until Friday (31/03).',
      '',
      'Abraços,',
      'Juliana Moraes',
      'Tech Recruiter | Ipê Crédito',
    ),
    ...SAO,
    expect: [{ kind: 'response-by', by: '2056-03-31', phrase: 'until Friday (31/03)' }],
  },
  {
    // Mexico City, day-first numeric date with a weekday, "hrs".
    text: mail(
      'Dear Andrea,',
      '',
      'Good afternoon. On behalf of Grupo Textil Del Bajío we confirm your interview for the Demand Planner vacancy.',
      'Your interview is scheduled for Monday 03/04 at 17:00 hrs (Mexico City time) with Lic. Fernando Ibarra, Supply Chain Manager, at our Polanco offices, 6th floor.',
      'Please bring an official ID for reception.',
      '',
      'Saludos cordiales,',
      'Mariana Esquivel',
      'Atracción de Talento',
    ),
    ...MEX,
    expect: [{ kind: 'interview', by: '2056-04-03', time: '17:00', phrase: 'Monday 03/04 at 17:00 hrs' }],
  },
  {
    // Dubai, agency acknowledgement with a phone policy.
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for your interest in the Site Engineer (MEP) opportunity with our client in Abu Dhabi. Your CV has been forwarded to the hiring manager.',
      'Kindly note that due to the high volume of applications we are not able to provide status updates over the phone, so please do not call our office regarding this vacancy.',
      '',
      'Best regards,',
      'Recruitment Team',
      'Al Noor Talent Solutions, Dubai Knowledge Park',
    ),
    ...DXB,
    expect: [{ kind: 'no-calls', phrase: 'please do not call our office' }],
  },
  {
    // Riyadh, Sunday is a working day; "by Thursday" = the next Thursday.
    text: mail(
      'Dear Eng. Hassan,',
      '',
      'Thank you for attending the interview with the projects committee. The committee will meet again on Tuesday to finalise the recommendations and we shall inform you of the outcome by Thursday, insha\u2019Allah.',
      '',
      'With best regards,',
      'Abdulrahman Al-Qahtani',
      'Talent Acquisition Section, Najd Infrastructure Co.',
    ),
    ...RUH,
    expect: [{ kind: 'response-by', by: '2056-03-30', phrase: 'by Thursday' }],
  },
  {
    // Istanbul, recruiter's leave; an explicit hold.
    text: mail(
      'Hi Can,',
      '',
      'Thanks for your message. Quick heads-up: I am on annual leave from tomorrow and back in the office on Monday 3 April.',
      'Your file is with the hiring manager, so please hold any questions about the process until I am back on 3 April — I will pick it up first thing.',
      '',
      'Kolay gelsin,',
      'Ece Yıldırım',
      'Senior Recruiter, Boğaziçi Mobility',
    ),
    ...IST,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2056-04-03',
        phrase: 'hold any questions about the process until I am back on 3 April',
      },
    ],
  },
  {
    // Ho Chi Minh City employer, Zoom invitation labelled "Bangkok" (UTC+7), reader in Singapore (UTC+8).
    text: mail(
      'Dear Wei Ling,',
      '',
      'Thank you for your application to Sông Xanh Fintech. Please join the first-round interview with our CTO using the details below.',
      '',
      'Topic: Interview – Product Designer – Wei Ling Tan',
      'Time: Mar 29, 2056 09:00 AM Bangkok',
      'Join Zoom Meeting',
      'https://zoom.us/j/8841207733',
      'Meeting ID: 884 120 7733',
      '',
      'Best regards,',
      'Nguyễn Thu Hà',
      'HR Executive',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2056-03-29', time: '10:00', phrase: 'Mar 29, 2056 09:00 AM Bangkok' }],
  },
  {
    // Jakarta, rejection after the user interview.
    text: mail(
      'Dear Mr. Pratama,',
      '',
      'Thank you for your time and effort throughout the selection process for the position of Regional Sales Supervisor at PT Samudra Niaga.',
      'After careful consideration, we regret to inform you that we will not be proceeding with your application at this time. We will keep your data in our talent pool for future openings.',
      '',
      'Terima kasih dan salam hangat,',
      'Dewi Lestari',
      'Recruitment Officer',
    ),
    ...JKT,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Tokyo, offer; the reply-by date is the candidate's deadline, not a response window.
    text: mail(
      'Dear Ms. Kowalska,',
      '',
      'Following the final interview with our Head of Localisation, we are pleased to offer you the position of Game Localisation Producer at Hoshikawa Interactive K.K., Tokyo office.',
      'The offer letter and conditions of employment are attached. We would be grateful if you could reply by 7 April whether you accept.',
      '',
      'We look forward to welcoming you to the team.',
      '',
      'Sincerely,',
      'Kenji Matsuda',
      'Human Resources Department',
    ),
    ...TYO,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Seoul, dotted Korean date with weekday in parentheses.
    text: mail(
      'Dear Minjun Park,',
      '',
      'Thank you for applying to Hanbit Mobility. We are happy to inform you that you passed the document screening. Your 1st interview is scheduled as follows.',
      '',
      '- Interview schedule: 2056.03.30 (Thu) 10:00 KST',
      '- Location: Hanbit Mobility HQ, 12F, Pangyo',
      '- Format: 1:2 competency interview (40 min)',
      '',
      'Please arrive 10 minutes early.',
      '',
      'Best regards,',
      'Hanbit Mobility Recruiting Team',
    ),
    ...SEL,
    expect: [{ kind: 'interview', by: '2056-03-30', time: '10:00', phrase: '2056.03.30 (Thu) 10:00 KST' }],
  },
  {
    // Shanghai employer, Hong Kong reader: an interview and a window counted from it.
    text: mail(
      'Hi Kelvin,',
      '',
      'Thanks for your patience. Your final-round interview with our Managing Director is confirmed for Wednesday 29 March at 14:00 Beijing time, on Tencent Meeting (link to follow).',
      'We will give you feedback within one week after the final round.',
      '',
      'Best,',
      'Zhou Yiran',
      'HR Manager, Lanting Consumer Brands (Shanghai)',
    ),
    ...HKG,
    expect: [
      {
        kind: 'interview',
        by: '2056-03-29',
        time: '14:00',
        phrase: 'Wednesday 29 March at 14:00 Beijing time',
      },
      { kind: 'response-by', by: '2056-04-05', phrase: 'within one week after the final round' },
    ],
  },
  {
    // Cairo, "early next month" (fuzzy: the 10th of April).
    text: mail(
      'Dear Youssef,',
      '',
      'Thank you for completing the assessment centre for the Graduate Engineer Programme. The evaluation committee is reviewing all results.',
      'We expect to contact all candidates with the final decision early next month.',
      '',
      'Best regards,',
      'Nourhan El-Sayed',
      'Talent Acquisition, Delta Nile Cement',
    ),
    ...CAI,
    expect: [{ kind: 'response-by', by: '2056-04-10', phrase: 'early next month', fuzzy: true }],
  },

  // ---- negatives ----
  {
    // Berlin gym: a body-check "assessment" with a trainer.
    text: mail(
      'Hi Sophie,',
      '',
      'Welcome to KRAFTWERK Fitness Prenzlauer Berg! Your free trial training including body check and assessment is booked:',
      '',
      'Date: 28.03.2056',
      'Time: 18:30',
      'Trainer: Dennis',
      '',
      'Please bring a towel and indoor shoes. If you cannot make it, cancel at least 24 hours in advance in the app.',
      '',
      'Sportliche Grüße,',
      'Your KRAFTWERK Team',
    ),
    ...BER,
    expect: [],
  },
  {
    // Paris language school placement test, results within 48 hours.
    text: mail(
      'Dear Mr Haddad,',
      '',
      'Thank you for registering for the intensive French course (B2) at École Lumière. Before we can assign you to a group, you need to take the placement test.',
      'Your oral placement interview with a teacher is on Wednesday 29 March at 09:00 in room 4, 12 rue des Carmes. The written test takes 60 minutes and follows directly.',
      'You will receive your level and your class timetable within 48 hours.',
      '',
      'Bien cordialement,',
      'Secrétariat pédagogique',
    ),
    ...PAR,
    expect: [],
  },
  {
    // Madrid driving instructor.
    text: mail(
      'Hola Daniel,',
      '',
      'Your next practical lesson is on Monday at 8:00, meeting point in front of the autoescuela on Calle Embajadores as usual. We will practise the roundabouts at Legazpi again.',
      'If all goes well I will book your exam with the DGT for the week of 17 April — I will confirm the exact date by Friday.',
      '',
      'Un saludo,',
      'Paco',
      'Autoescuela Rivas',
    ),
    ...MAD,
    expect: [],
  },
  {
    // Amsterdam bank KYC video call, with a bank's "within 3 business days".
    text: mail(
      'Dear Mr. Brouwer,',
      '',
      'Thank you for opening a business account with Noorderzon Bank. To complete the identity check (KYC), we have scheduled a short video call with one of our compliance officers.',
      '',
      'Date: Thursday 30 March 2056',
      'Time: 11:15 - 11:30',
      'Please have your passport and your KvK extract ready.',
      '',
      'After the call we will review your documents and activate your account within 3 business days.',
      '',
      'Kind regards,',
      'Client Onboarding | Noorderzon Bank N.V.',
    ),
    ...AMS,
    expect: [],
  },
  {
    // German job centre (government): a consultation that reads like an interview invitation.
    text: mail(
      'Dear Mr Nowak,',
      '',
      'Invitation to a consultation appointment',
      '',
      'Please attend a personal consultation about your job search and your professional situation on Wednesday, 29.03.2056 at 09:15, Agentur für Arbeit Berlin Mitte, Room 3.114, with your placement officer Ms Schubert.',
      'Please bring your CV, your certificates and this invitation. If you cannot attend, please inform us in advance by phone.',
      '',
      'Yours faithfully,',
      'Agentur für Arbeit Berlin Mitte',
    ),
    ...BER,
    expect: [],
  },
  {
    // Italian tax office appointment.
    text: mail(
      'Dear taxpayer,',
      '',
      'We confirm your appointment at the Agenzia delle Entrate — Ufficio Territoriale di Milano 2, Via Ugo Bassi 2, on 31/03/2056 at 10.40, service: registration of a lease contract.',
      'Please bring a valid ID and your codice fiscale. Booking code: MI2-40918.',
      '',
      'Cordiali saluti,',
      'Agenzia delle Entrate — Prenotazioni',
    ),
    ...ROM,
    expect: [],
  },
  {
    // Lisbon co-working tour.
    text: mail(
      'Hi Marta,',
      '',
      'Thanks for your interest in a desk at Azulejo Works Alcântara! Your tour of the space is booked for Thursday 30/03 at 11:00 — ask for Rui at reception.',
      'During the tour we will show you the hot desks, the phone booths and the meeting rooms. If you decide to join, your membership can start on 1 April.',
      '',
      'Até breve,',
      'Rui Carvalho',
      'Community Manager',
    ),
    ...LIS,
    expect: [],
  },
  {
    // Seoul alumni reunion.
    text: mail(
      'Dear KAIST MBA Alumni,',
      '',
      'The Class of 2046 Spring Reunion will take place on Saturday 8 April at 18:00 at the Lotte Hotel, Crystal Ballroom. There will be a short career panel with alumni from Samsung, Coupang and Naver, followed by dinner.',
      'Please RSVP by this Friday, 31 March.',
      '',
      'Warm regards,',
      'Alumni Relations Office',
    ),
    ...SEL,
    expect: [],
  },
  {
    // São Paulo football club trials for the reader's son.
    text: mail(
      'Dear Mr Costa,',
      '',
      'Thank you for registering Pedro (born 2045) for the U-11 selection trials (peneira) of Grêmio Vila Mariana.',
      'Trials take place on Saturday 1 April at 08:00 at the CT Ibirapuera. Please arrive 30 minutes early with boots, shin guards and water. The coaching staff will announce the selected athletes within 10 days.',
      '',
      'Saudações tricolores,',
      'Base Department',
    ),
    ...SAO,
    expect: [],
  },
  {
    // Tokyo scholarship interview (embassy), with a results date.
    text: mail(
      'Dear Ms Nair,',
      '',
      'Congratulations on passing the document screening for the Japanese Government (MEXT) Scholarship — Research Students.',
      'Your interview will be held on Tuesday 4 April at 13:30 JST online. The results of the interview will be announced by the end of April.',
      '',
      'Sincerely,',
      'Scholarship Section, Tōyō Exchange Foundation',
    ),
    ...TYO,
    expect: [],
  },
  {
    // Istanbul: the reader is on an interview panel.
    text: mail(
      'Hi Elif,',
      '',
      'You are on the panel for the backend candidate (Burak S.) on Tuesday at 14:00 in Meeting Room Galata. His CV and the case brief are in the Greenhouse kit.',
      'Please submit your scorecard within 24 hours after the interview so we can give him an answer by Friday.',
      '',
      'Thanks!',
      'Selin',
      'Talent Acquisition',
    ),
    ...IST,
    expect: [],
  },
  {
    // Dubai: the reader's own mid-year appraisal as an employee.
    text: mail(
      'Dear Rahul,',
      '',
      'Your mid-year performance review with your line manager is scheduled for 29/03 at 10:00 GST in the 14th floor meeting room. Please complete your self-assessment in SuccessFactors beforehand.',
      'HR will share the final ratings with all employees within two weeks after the review cycle closes.',
      '',
      'Regards,',
      'HR Operations, Gulf Crescent Holdings',
    ),
    ...DXB,
    expect: [],
  },
  {
    // StepStone job alert with an apply-by date.
    text: mail(
      'Hello Jana,',
      '',
      '12 new jobs match your search "Controller, Hamburg":',
      '',
      'Financial Controller (m/w/d) — Hanseatic Shipping GmbH — apply by 15.04.',
      'Junior Controller (m/w/d) — Nordlicht Retail AG — new today',
      'Interview this week? Read our 10 tips for video interviews.',
      '',
      'Your StepStone team',
    ),
    ...BER,
    expect: [],
  },
  {
    // Jakarta freelancer's client call.
    text: mail(
      'Hi Sinta,',
      '',
      'Thanks for the first logo drafts! Can we do a quick call on Tuesday at 10:00 WIB to go over them with our marketing lead?',
      'I will send the consolidated feedback by Friday so you can start the second round next week.',
      '',
      'Cheers,',
      'Bayu',
      'Kopi Rimba',
    ),
    ...JKT,
    expect: [],
  },
  {
    // Mexico City acknowledgement: only a closing date, no promise.
    text: mail(
      'Dear Luis,',
      '',
      'Thank you for applying to the Data Analyst vacancy at Cervecería Altamira. We have received your application.',
      'Applications close on 15/04/2056. Our team will review all profiles and contact the candidates who best match the requirements.',
      '',
      'Saludos,',
      'Talent Acquisition Team',
    ),
    ...MEX,
    expect: [],
  },
  {
    // Shanghai welcome: first day and a form deadline for the reader.
    text: mail(
      'Dear Lin Hao,',
      '',
      'Welcome to Jade River Semiconductors! We are delighted that you are joining the Test Engineering team.',
      'Your first day is Monday 3 April; please come to reception at 09:00, where Ms. Qian will collect you for orientation. Please upload your bank details and health check report to the onboarding portal by Friday.',
      '',
      'Best regards,',
      'HR Onboarding, Shanghai',
    ),
    ...SHA,
    expect: [],
  },
];
