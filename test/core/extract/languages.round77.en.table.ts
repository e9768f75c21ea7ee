// Round 810 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Thursday
// 25 October 2057 at 09:45 local, three days before Europe (and the UK) leave summer time (Sunday 28 October) and
// ten days before the US does (Sunday 4 November); Egypt leaves summer time at the end of that Thursday. So
// "Monday 29 October at 15:00 Amsterdam time" is 10:00 in New York (five hours apart that week only), "14:00 German
// time" on 29 October is 13:00 in London, and "11:00 Istanbul time" on 1 November is 09:00 in Berlin. "Next week" is
// 29 October – 2 November. English mail from non-English-speaking countries: a Munich label–value invitation for a
// London reader, an Amsterdam interview for a New York reader, a Paris "within 10 working days", a Barcelona "by
// Friday 2 November" after the All Saints' bridge, a Rome "in about ten days" (fuzzy), a Warsaw absence ("please
// don't chase before Monday 5 November"), a São Paulo "Date: 30/10/2057 – Time: 10h (Brasília time)", a Mexico City
// "sometime next week", a Dubai offer with an acceptance deadline, a Riyadh Sunday interview "28/10/2057 at 10:00
// AM", an Istanbul interview for a Berlin reader, a Cairo "no phone calls or walk-ins", a Ho Chi Minh City
// rejection, a Jakarta "within 3 working days", a Tokyo "by mid-November" (fuzzy), a Seoul reschedule plus "by the
// end of this month". Negatives: a Berlin Bürgeramt appointment, the reader as referee in Paris, a Madrid DELE exam,
// a Dutch immigration (IND) interview, a Rome thesis defence, a Hays salary-guide webinar, a Warsaw career fair, an
// agency pitching candidates to the reader as employer in Mexico City, the reader as hiring manager in São Paulo
// (a start date), a Dubai payroll date, the reader as mentor in Riyadh, a podcast recording in Istanbul, a cousin's
// interview in Ho Chi Minh City, a Jakarta laptop upgrade slot, a Tokyo offsite, a paid UX research interview in
// Seoul. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 25 October 2057, 09:45 local (Europe still on summer time; Cairo's last summer-time day).
const LDN = { sentAt: '2057-10-25T09:45:00+01:00', tz: 'Europe/London' } as const;
const NY = { sentAt: '2057-10-25T09:45:00-04:00', tz: 'America/New_York' } as const;
const BER = { sentAt: '2057-10-25T09:45:00+02:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2057-10-25T09:45:00+02:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2057-10-25T09:45:00+02:00', tz: 'Europe/Madrid' } as const;
const AMS = { sentAt: '2057-10-25T09:45:00+02:00', tz: 'Europe/Amsterdam' } as const;
const ROM = { sentAt: '2057-10-25T09:45:00+02:00', tz: 'Europe/Rome' } as const;
const WAW = { sentAt: '2057-10-25T09:45:00+02:00', tz: 'Europe/Warsaw' } as const;
const IST = { sentAt: '2057-10-25T09:45:00+03:00', tz: 'Europe/Istanbul' } as const;
const SAO = { sentAt: '2057-10-25T09:45:00-03:00', tz: 'America/Sao_Paulo' } as const;
const MEX = { sentAt: '2057-10-25T09:45:00-06:00', tz: 'America/Mexico_City' } as const;
const DXB = { sentAt: '2057-10-25T09:45:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2057-10-25T09:45:00+03:00', tz: 'Asia/Riyadh' } as const;
const CAI = { sentAt: '2057-10-25T09:45:00+03:00', tz: 'Africa/Cairo' } as const;
const SGN = { sentAt: '2057-10-25T09:45:00+07:00', tz: 'Asia/Ho_Chi_Minh' } as const;
const JKT = { sentAt: '2057-10-25T09:45:00+07:00', tz: 'Asia/Jakarta' } as const;
const TYO = { sentAt: '2057-10-25T09:45:00+09:00', tz: 'Asia/Tokyo' } as const;
const SEL = { sentAt: '2057-10-25T09:45:00+09:00', tz: 'Asia/Seoul' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_810_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Munich employer, label–value layout, "German time" for a London reader (both on winter time by then).
    text: mail(
      'Dear Hannah,',
      '',
      'Thank you for your application for the role of Product Owner Payments at Alpenblick Mobility GmbH. We are pleased to invite you to a first interview via MS Teams:',
      '',
      'Date: Mon 29.10.2057',
      'Time: 14:00 German time',
      'Participants: Florian Huber (Head of Product), Sabine Maier (Recruiting)',
      '',
      'Please confirm the appointment briefly by return mail.',
      '',
      'Best regards / Mit freundlichen Grüßen',
      'Sabine Maier',
      'Recruiting | Alpenblick Mobility GmbH, München',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2057-10-29', time: '13:00', phrase: 'Mon 29.10.2057' }],
  },
  {
    // Amsterdam employer (Greenhouse confirmation), New York reader; five hours apart between 28 Oct and 4 Nov.
    text: mail(
      'Hi Marcus,',
      '',
      'Your interview with Lindeboom Analytics has been confirmed.',
      '',
      'Role: Senior Data Scientist (Remote, US)',
      'Interviewers: Pieter van Dam, Femke Jansen',
      'When: Monday, 29 October, 15:00 - 16:00 Amsterdam time',
      'Where: Google Meet — link in the calendar invitation',
      '',
      'Good luck!',
      'Eva Mulder',
      'Recruiting Coordinator, Lindeboom Analytics',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2057-10-29', time: '10:00', phrase: 'Monday, 29 October, 15:00' }],
  },
  {
    // Paris, Teamtailor-style recruiter, working days.
    text: mail(
      'Bonjour Karim,',
      '',
      'Thank you for your time yesterday with Mathilde and the operations team. We have two more interviews this week for the Supply Chain Analyst position.',
      'We will come back to you with a decision within 10 working days.',
      '',
      'Bonne journée,',
      'Élodie Marchand',
      'Talent Acquisition Manager — Maison Verlaine',
    ),
    ...PAR,
    expect: [{ kind: 'response-by', by: '2057-11-08', phrase: 'within 10 working days' }],
  },
  {
    // Barcelona, the All Saints' bridge, a dated weekday.
    text: mail(
      'Hi Jordi,',
      '',
      'Thanks for the interview on Tuesday. Half of the committee is off for the puente de Todos los Santos, so we will meet again on Monday.',
      'You will have our answer by Friday 2 November at the latest.',
      '',
      'Salutacions,',
      'Núria Puig',
      'People Team, Mediterrània Robotics SL',
    ),
    ...MAD,
    expect: [{ kind: 'response-by', by: '2057-11-02', phrase: 'by Friday 2 November' }],
  },
  {
    // Rome, approximate window (fuzzy).
    text: mail(
      'Dear Giulia,',
      '',
      'Thank you for attending the interview for the Junior Legal Counsel position at Studio Ferraresi & Associati.',
      'The partners will evaluate the shortlist next week; we aim to let you know the outcome in about ten days.',
      '',
      'Cordiali saluti,',
      'Avv. Marco Ferraresi',
    ),
    ...ROM,
    expect: [{ kind: 'response-by', by: '2057-11-04', phrase: 'in about ten days', fuzzy: true }],
  },
  {
    // Warsaw, hiring manager's absence: an explicit hold.
    text: mail(
      'Hi Tomasz,',
      '',
      'Thanks for your follow-up. Agnieszka, the hiring manager, is on holiday for Wszystkich Świętych and back on Monday 5 November.',
      'Nothing will move before then, so please do not chase before Monday 5 November — I will update you that week.',
      '',
      'Pozdrawiam,',
      'Michał Kamiński',
      'Recruiter, Wisła Cloud Sp. z o.o.',
    ),
    ...WAW,
    // The writer's expectation (the hold alone) was the miss: "I will update you that week" promises the week of
    // Monday 5 November, its Friday (TIMELINE-CONVENTIONS.md "that week"); scored as first written.
    expect: [
      { kind: 'no-contact-before', by: '2057-11-05', phrase: 'please do not chase before Monday 5 November' },
      { kind: 'response-by', by: '2057-11-09' },
    ],
  },
  {
    // São Paulo, Brazilian "10h" clock, day-first date.
    text: mail(
      'Hello Camila, how are you?',
      '',
      'We would like to invite you to the technical interview for the Backend Developer (Java) position at Jabuticaba Pagamentos.',
      '',
      'Date: 30/10/2057 – Time: 10h (Brasília time)',
      'Format: online, via Google Meet',
      'Interviewers: Bruno Tavares (Tech Lead) and Letícia Ramos (Engineering Manager)',
      '',
      'Please confirm your presence by replying to this email.',
      '',
      'Abs,',
      'Fernanda Lima',
      'Talent Acquisition',
    ),
    ...SAO,
    expect: [{ kind: 'interview', by: '2057-10-30', time: '10:00', phrase: 'Date: 30/10/2057 – Time: 10h' }],
  },
  {
    // Mexico City, Workable-style recruiter, "sometime next week".
    text: mail(
      'Hi Diego,',
      '',
      'Thank you for completing the case study for the Growth Marketing Lead role. Our CMO is reviewing the finalists\u2019 presentations.',
      'We will let you know how the process continues sometime next week.',
      '',
      'Saludos,',
      'Regina Cárdenas',
      'Head of People, Nopal Labs',
    ),
    ...MEX,
    expect: [{ kind: 'response-by', by: '2057-11-02', phrase: 'sometime next week' }],
  },
  {
    // Dubai offer; the acceptance date is the candidate's deadline.
    text: mail(
      'Dear Ms. D\u2019Souza,',
      '',
      'Further to your interviews with our Finance Director, we are delighted to offer you the position of Senior Accountant with Falcon Bay Hospitality LLC, Dubai.',
      'Please find attached the offer letter with the package details (basic salary, housing and transport allowances). Kindly confirm your acceptance by 31st October 2057.',
      '',
      'Warm regards,',
      'Fatima Al Marzooqi',
      'Human Capital Department',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Riyadh, a Sunday interview (the working week starts on Sunday).
    text: mail(
      'Dear Mr. Al-Harbi,',
      '',
      'With reference to your application for the post of HSE Supervisor, we are pleased to invite you for a face-to-face interview on Sunday 28/10/2057 at 10:00 AM at our head office, King Fahd Road, Olaya, Riyadh.',
      'Kindly bring your original certificates and Iqama / National ID.',
      '',
      'Best regards,',
      'Recruitment Unit, Rimal Petrochemical Services',
    ),
    ...RUH,
    expect: [{ kind: 'interview', by: '2057-10-28', time: '10:00', phrase: 'Sunday 28/10/2057 at 10:00 AM' }],
  },
  {
    // Istanbul employer, Berlin reader: Istanbul is two hours ahead once Europe leaves summer time.
    text: mail(
      'Dear Lukas,',
      '',
      'Thank you for your interest in the Regional Export Manager (DACH) role at Kapadokya Tekstil A.Ş.',
      'Our General Manager Mr. Ozan Demir would like to speak with you on Thursday 1 November at 11:00 Istanbul time by video call. The invitation will follow from his assistant.',
      '',
      'Saygılarımla,',
      'Zeynep Aksoy',
      'İnsan Kaynakları / Human Resources',
    ),
    ...BER,
    expect: [
      {
        kind: 'interview',
        by: '2057-11-01',
        time: '09:00',
        phrase: 'Thursday 1 November at 11:00 Istanbul time',
      },
    ],
  },
  {
    // Cairo, job posting acknowledgement with a phone and walk-in policy.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying to the Customer Experience Team Leader vacancy at Nile Valley Telecom (Smart Village).',
      'Our team reviews applications daily. No phone calls or walk-ins, please — we will contact shortlisted candidates by email.',
      '',
      'Best regards,',
      'Talent Acquisition',
    ),
    ...CAI,
    expect: [{ kind: 'no-calls', phrase: 'No phone calls or walk-ins, please' }],
  },
  {
    // Ho Chi Minh City rejection.
    text: mail(
      'Dear Quang,',
      '',
      'Thank you for taking part in the interview for the Mobile Developer (Flutter) position at Mekong Digital Solutions.',
      'We regret to let you know that your profile has not been selected for the next round. We truly appreciate the time you invested and wish you success in your career.',
      '',
      'Best regards,',
      'Trần Minh Anh',
      'HR Department',
    ),
    ...SGN,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Jakarta, working days.
    text: mail(
      'Dear Ms. Putri,',
      '',
      'Thank you for attending the user interview with Pak Hendra yesterday. We are now collecting the feedback from all interviewers.',
      'Our HR team will inform you of the result within 3 working days.',
      '',
      'Best regards,',
      'Rina Wulandari',
      'Talent Acquisition, PT Garuda Solusi Digital',
    ),
    ...JKT,
    expect: [{ kind: 'response-by', by: '2057-10-30', phrase: 'within 3 working days' }],
  },
  {
    // Tokyo, mid-month (fuzzy).
    text: mail(
      'Dear Mr. Okonkwo,',
      '',
      'Thank you very much for coming to our Shinagawa office for the second interview. We appreciated your explanation of the vendor migration project.',
      'The selection committee will meet at the beginning of November, and we plan to contact you with the result by mid-November.',
      '',
      'Best regards,',
      'Ayaka Sato',
      'Recruitment Group, Human Resources Dept., Tsubasa Electronics Co., Ltd.',
    ),
    ...TYO,
    expect: [{ kind: 'response-by', by: '2057-11-15', phrase: 'by mid-November', fuzzy: true }],
  },
  {
    // Seoul, a reschedule (only the new slot) and a promise.
    text: mail(
      'Dear Ji-woo,',
      '',
      'We apologise, but due to an urgent business trip of the team lead we need to move your final interview from Friday 26 October to Tuesday 30 October at 15:00 KST, same location (Gangnam office, 21F).',
      'After the final interview we will share the result with you by the end of this month.',
      '',
      'Best regards,',
      'Hyejin Lee',
      'Talent Acquisition, Bitgaram Games',
    ),
    ...SEL,
    expect: [
      { kind: 'interview', by: '2057-10-30', time: '15:00', phrase: 'Tuesday 30 October at 15:00 KST' },
      { kind: 'response-by', by: '2057-10-31', phrase: 'by the end of this month' },
    ],
  },

  // ---- negatives ----
  {
    // Berlin Bürgeramt: residence registration appointment.
    text: mail(
      'Dear Mr. Rossi,',
      '',
      'Your appointment at the Bürgeramt Friedrichshain-Kreuzberg has been booked.',
      '',
      'Service: Anmeldung einer Wohnung (registration of residence)',
      'Date: 30.10.2057',
      'Time: 08:40',
      'Process number: 4471903',
      '',
      'Please bring your passport and the landlord confirmation (Wohnungsgeberbestätigung).',
      '',
      'Berlin Service Portal',
    ),
    ...BER,
    expect: [],
  },
  {
    // Paris: the reader as referee.
    text: mail(
      'Dear Mr. Girard,',
      '',
      'Camille Fontaine has given your name as a referee for the Project Manager role at Atelier Sauvin. Would you be available for a 15-minute reference call on Tuesday 30/10 at 10h?',
      'We hope to make our decision by the end of next week, so your input would be very valuable.',
      '',
      'Many thanks,',
      'Hélène Roux',
      'HR, Atelier Sauvin',
    ),
    ...PAR,
    expect: [],
  },
  {
    // Madrid: a language exam with an oral part.
    text: mail(
      'Dear candidate,',
      '',
      'This is your confirmation for the DELE C1 exam at Instituto Cervantes Madrid. The written papers are on Saturday 10 November from 09:00.',
      'Your oral exam (interview with two examiners) is on Friday 9 November at 16:20. Results will be available online within three months.',
      '',
      'Atentamente,',
      'Departamento de Certificación',
    ),
    ...MAD,
    expect: [],
  },
  {
    // Dutch immigration service interview.
    text: mail(
      'Dear Ms. Mensah,',
      '',
      'You are invited for an interview at the IND desk in Zwolle regarding your application for a residence permit (partner). Date: Tuesday 6 November 2057, time: 10:20.',
      'Please bring your passport and your partner\u2019s. The IND will decide on your application within 90 days of receiving it.',
      '',
      'Kind regards,',
      'Immigratie- en Naturalisatiedienst (IND)',
    ),
    ...AMS,
    expect: [],
  },
  {
    // Rome thesis defence.
    text: mail(
      'Dear Francesca,',
      '',
      'The graduation committee has published the calendar: your thesis discussion (Laurea Magistrale in Economics) is in the session of 31/10 at 9.30, Aula Magna.',
      'Please send the final PDF to the secretariat by Monday.',
      '',
      'Best,',
      'Prof. Luca Bernardi',
    ),
    ...ROM,
    expect: [],
  },
  {
    // Hays Poland salary guide webinar.
    text: mail(
      'Dear Mr. Zając,',
      '',
      'Join us for the launch of the Hays Poland Salary Guide 2058 — a live webinar on Thursday 8 November at 11:00 CET.',
      'Our experts will show pay trends across IT, finance and engineering, and how long hiring processes take in each sector. Register by 6 November to receive the full report.',
      '',
      'Kind regards,',
      'Hays Poland',
    ),
    ...WAW,
    expect: [],
  },
  {
    // Warsaw career fair.
    text: mail(
      'Hi Ola,',
      '',
      'Warsaw Career Days are coming back! Meet more than 60 employers on 7–8 November at the Palace of Culture and Science.',
      'Free CV checks, mock interviews with recruiters every hour from 10:00, and a talk "How to follow up after an interview" on Thursday at 14:00.',
      '',
      'See you there,',
      'Career Office, Warsaw School of Business',
    ),
    ...WAW,
    expect: [],
  },
  {
    // Mexico City: an agency pitching to the reader as employer.
    text: mail(
      'Dear Mrs. Villaseñor,',
      '',
      'Thank you for the call yesterday about your warehouse expansion in Querétaro. As discussed, Randstad can present a shortlist of pre-screened forklift operators within 48 hours of receiving the signed job order.',
      'Could we meet on Tuesday at 12:00 to review the rates?',
      '',
      'Saludos cordiales,',
      'Óscar Benítez',
      'Account Manager, Randstad México',
    ),
    ...MEX,
    expect: [],
  },
  {
    // São Paulo: the reader as hiring manager, a new hire's start date.
    text: mail(
      'Hi Renata,',
      '',
      'Good news: Gustavo accepted our offer for the Data Engineer position! His start date is 19/11, and the notebook will be delivered to the office on 16/11.',
      'Could you please block one hour on his first day for the onboarding with the team?',
      '',
      'Abs,',
      'Priscila',
      'People Partner',
    ),
    ...SAO,
    expect: [],
  },
  {
    // Dubai payroll date.
    text: mail(
      'Dear colleagues,',
      '',
      'Please note that October salaries will be credited on 29/10/2057 instead of the usual 28th due to the bank\u2019s system upgrade over the weekend.',
      'For any questions, contact the payroll team by email only.',
      '',
      'Regards,',
      'Payroll & Compensation, Emirates Horizon Group',
    ),
    ...DXB,
    expect: [],
  },
  {
    // Riyadh: the reader as mentor.
    text: mail(
      'Dear Mr. Al-Shehri,',
      '',
      'Thank you for volunteering as a mentor in the Tamkeen Women in Engineering programme. Your first mentoring session with Noura Al-Otaibi is on Sunday at 19:00 via Zoom.',
      'She would like to discuss her upcoming job interviews and how to prepare for a panel. Please send her your availability for the following sessions by Wednesday.',
      '',
      'Best regards,',
      'Programme Team',
    ),
    ...RUH,
    expect: [],
  },
  {
    // Istanbul podcast recording with the reader as guest.
    text: mail(
      'Hi Deniz,',
      '',
      'Thanks for agreeing to join "Startup Boğazı" as our guest! The interview recording is on Wednesday 31 October at 16:00 (Istanbul time) in our studio in Karaköy.',
      'The episode will be published within two weeks after the recording.',
      '',
      'Görüşmek üzere,',
      'Emre',
      'Host & Producer',
    ),
    ...IST,
    expect: [],
  },
  {
    // Ho Chi Minh City: a cousin's interview.
    text: mail(
      'Hi anh Tuấn,',
      '',
      'My cousin Lan has her interview at the bank in District 1 on Monday at 9am. Could she borrow your laptop bag and the grey blazer? She will bring them back by Wednesday.',
      'Thanks a lot!',
      'Mai',
    ),
    ...SGN,
    expect: [],
  },
  {
    // Jakarta laptop upgrade slot.
    text: mail(
      'Dear Bapak/Ibu,',
      '',
      'As part of the Windows upgrade, your laptop is scheduled for re-imaging on Tuesday 30 Oct, 13:00–14:00 WIB at the IT service desk, 7th floor.',
      'Please back up your files to OneDrive before then. The process takes around 45 minutes.',
      '',
      'Regards,',
      'IT Service Desk, PT Mandala Finance',
    ),
    ...JKT,
    expect: [],
  },
  {
    // Tokyo offsite.
    text: mail(
      'Hi all,',
      '',
      'Our autumn offsite will take place in Hakone on 8–9 November. The bus leaves Shinjuku at 08:00 on Thursday.',
      'Please register your dietary requirements by next Friday. Team presentations are 10 minutes each.',
      '',
      'Thanks,',
      'Office Management',
    ),
    ...TYO,
    expect: [],
  },
  {
    // Seoul paid UX research interview.
    text: mail(
      'Hello Seo-yeon,',
      '',
      'Thank you for signing up for our user research study on mobile banking. Your 60-minute interview is scheduled for 29 October at 19:00 KST on Zoom.',
      'As a thank-you, you will receive a 50,000 KRW gift card within 5 business days after the session.',
      '',
      'Best,',
      'UX Research Team, Haneul Bank',
    ),
    ...SEL,
    expect: [],
  },
];
