// Round 970 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Thursday
// 24 March 2072 at 11:15 local, three days before Europe's clocks go forward (Sunday 27 March: London moves from
// GMT to BST) and eleven days after the US change; Sydney and Auckland are still on summer time. "Next week" is
// 28 March to 1 April; the 5th business day is Thursday 31 March. What it tries: recruiters and employers writing
// English as a second language or in regional English (India "kindly revert", "do the needful", "preponed"; Nigeria
// "holding on ... by 10am prompt"; Ghana "availing yourself"; Kenya "we shall communicate"; the Philippines "po";
// Malaysia "ur interview is fixed"; Pakistan "revert back ... InshaAllah"; Brazil "an answer until next Wednesday";
// Poland "as agreed per phone"), a WhatsApp line pasted into mail ("tmrw 10.30 am"), dates in local styles
// (28/03/72, 30.03.2072, 27-Mar-72, 07.04.2072, "Tuesday the 29th", "by the 31st"), a London slot on BST read from
// Pune, a "KSA time" slot read from India. Negatives from the same regions and styles: a mother's note about a
// cousin's interview, a landlord, a bank's KYC deadline, the reader's appraisal cycle, the reader as interviewer,
// a school's PTA, a friend's job news in Pidgin, a passport appointment, the reader on a county board's panel, a
// US visa interview, payroll cut-off and team building, a car service, a manpower agency pitching to an employer,
// a thesis viva, a podcast interview, the reader as referee, a job alert listing walk-in drives.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 24 March 2072, 11:15 local.
const KOL = { sentAt: '2072-03-24T11:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const LAG = { sentAt: '2072-03-24T11:15:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2072-03-24T11:15:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2072-03-24T11:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2072-03-24T11:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const MNL = { sentAt: '2072-03-24T11:15:00+08:00', tz: 'Asia/Manila' } as const;
const KUL = { sentAt: '2072-03-24T11:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const SIN = { sentAt: '2072-03-24T11:15:00+08:00', tz: 'Asia/Singapore' } as const;
const KHI = { sentAt: '2072-03-24T11:15:00+05:00', tz: 'Asia/Karachi' } as const;
const DXB = { sentAt: '2072-03-24T11:15:00+04:00', tz: 'Asia/Dubai' } as const;
const SAO = { sentAt: '2072-03-24T11:15:00-03:00', tz: 'America/Sao_Paulo' } as const;
const BOG = { sentAt: '2072-03-24T11:15:00-05:00', tz: 'America/Bogota' } as const;
const WAW = { sentAt: '2072-03-24T11:15:00+01:00', tz: 'Europe/Warsaw' } as const;
const DUB = { sentAt: '2072-03-24T11:15:00+00:00', tz: 'Europe/Dublin' } as const;
const SYD = { sentAt: '2072-03-24T11:15:00+11:00', tz: 'Australia/Sydney' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_970_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Bengaluru, in-house TA: a label–value block with a two-digit year; "revert by EOD" is the reader's deadline.
    text: mail(
      'Dear Mr. Karthik Subramanian,',
      '',
      'Greetings of the day!!',
      '',
      'With reference to your application for the post of Senior Process Associate – Finance & Accounts, we are pleased to inform you that you have been shortlisted for the face to face interview.',
      '',
      'Interview details as below:',
      'Date : 28/03/72 (Monday)',
      'Time : 11:30 AM IST',
      'Venue : Prestige Tech Park, Tower B, 4th Floor, Outer Ring Road, Marathahalli, Bengaluru',
      'Contact person : Ms. Divya (Reception)',
      '',
      'Kindly carry 2 copies of updated resume, Aadhaar card and last 3 months payslips.',
      'Kindly revert with your confirmation by EOD today and do the needful.',
      '',
      'Thanks & Regards,',
      'Shalini Nair',
      'Talent Acquisition | Kaveri Global Services Pvt. Ltd.',
    ),
    ...KOL,
    expect: [{ kind: 'interview', by: '2072-03-28', time: '11:30', phrase: '28/03/72' }],
  },
  {
    // Hyderabad: "preponed" — only the new, earlier slot counts.
    text: mail(
      'Hi Sneha,',
      '',
      'Hope you are doing good.',
      '',
      "Due to the panel's travel plans, your 2nd round (Techno-managerial) has been preponed from 31st March to Tuesday the 29th, same timing 3 PM. Meeting link remains same.",
      '',
      'Sorry for the short notice. Please acknowledge.',
      '',
      'Regards,',
      'Venkat Rao',
      'HR – Lotus Infotech, Hyderabad',
    ),
    ...KOL,
    expect: [
      {
        kind: 'interview',
        by: '2072-03-29',
        time: '15:00',
        phrase: 'preponed from 31st March to Tuesday the 29th',
      },
    ],
  },
  {
    // London agency to a reader in Pune: 10:00 UK time on 29 March is BST (clocks change on the 27th) = 14:30 IST.
    text: mail(
      'Hi Aditya,',
      '',
      'Great news – Hamilton & Reeve would like to move you forward to a first-stage video interview for the Data Engineer role in their London office.',
      '',
      "They have booked Tuesday 29 March at 10:00am UK time, on Microsoft Teams, with Claire Whitby (Head of Data Platforms). I'll forward the Teams invite as soon as it comes through.",
      '',
      "Any questions before then, give me a shout – I'm on WhatsApp too.",
      '',
      'Best,',
      'Tom Ashworth',
      'Senior Recruitment Consultant | Hays-Bright Technology, London',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2072-03-29', time: '14:30', phrase: 'Tuesday 29 March at 10:00am UK time' },
    ],
  },
  {
    // Lagos bank: "holding on ... by 10am prompt".
    text: mail(
      'Good afternoon Sir,',
      '',
      'Trust this mail meets you well.',
      '',
      'Further to your application for the position of Relationship Manager (Corporate Banking), you are hereby invited for an oral interview holding on Tuesday, 29th March, 2072 by 10am prompt at our Head Office, Plot 1412 Adeola Odeku Street, Victoria Island, Lagos.',
      '',
      'You are to come along with the originals of your credentials, NYSC discharge certificate and a valid means of identification.',
      '',
      'Kindly acknowledge receipt of this mail.',
      '',
      'Yours faithfully,',
      'For: Crestfield Bank Plc',
      'Oluwaseun Adebayo',
      'Human Capital Management',
    ),
    ...LAG,
    expect: [
      { kind: 'interview', by: '2072-03-29', time: '10:00', phrase: 'Tuesday, 29th March, 2072 by 10am' },
    ],
  },
  {
    // Accra: rejection after an interview.
    text: mail(
      'Dear Kwame,',
      '',
      'Thank you for availing yourself for the interview on 15th March, 2072 for the position of Procurement Officer.',
      '',
      'After careful consideration, we regret to inform you that your application was not successful at this time. The panel was impressed with your knowledge of public procurement and we will keep your CV on file should a suitable vacancy arise.',
      '',
      'We wish you all the best in your future endeavours.',
      '',
      'Warm regards,',
      'Abena Owusu-Ansah',
      'HR Manager, Volta Agro Processing Ltd',
    ),
    ...ACC,
    expect: [{ kind: 'outcome', outcome: 'rejected', phrase: 'your application was not successful' }],
  },
  {
    // Nairobi water company: a window counted from the letter's own date, and no calls.
    text: mail(
      'Dear Ms. Wanjiru Kamau,',
      '',
      'RE: APPLICATION FOR THE POSITION OF ICT OFFICER II',
      '',
      'This is to acknowledge that you attended the interview held on 22nd March 2072 at our offices. The panel is finalizing its report and we shall communicate the outcome within two weeks from the date of this letter.',
      '',
      'Kindly do not call the office regarding your application; all communication will be done in writing.',
      '',
      'Yours sincerely,',
      'Peter Otieno',
      'For: Managing Director, Nyandarua Water and Sanitation Company',
    ),
    ...NBO,
    expect: [
      { kind: 'response-by', by: '2072-04-07', phrase: 'within two weeks' },
      { kind: 'no-calls', phrase: 'Kindly do not call the office regarding your application' },
    ],
  },
  {
    // Manila BPO: "on or before Friday next week" and "please do not call the office for updates po".
    text: mail(
      'Hi Ms. Reyes! Good day!',
      '',
      'Thank you for taking the final interview with our Operations Head last Tuesday.',
      '',
      'As of now we are still completing the interviews of the other applicants. We will be sending the result of your final interview on or before Friday next week via email.',
      '',
      'Kindly wait for our email, please do not call the office for updates po. Thank you for your patience!',
      '',
      'Best regards,',
      'Jessa Manalo',
      'Recruitment Team | Bayanihan Outsourcing Solutions Inc.',
    ),
    ...MNL,
    expect: [
      { kind: 'response-by', by: '2072-04-01', phrase: 'on or before Friday next week' },
      { kind: 'no-calls', phrase: 'please do not call the office for updates' },
    ],
  },
  {
    // Kuala Lumpur: texting style, dotted date, "2.30pm".
    text: mail(
      'Hi Aina,',
      '',
      'Thanks for ur interest with us. Ur interview is fixed on 30.03.2072 (Wed) at 2.30pm at Menara Seri Kembangan, Level 23, Jalan Ampang, KL. Pls bring along ur IC copy & latest payslip.',
      '',
      'Kindly reply this email to confirm ur attendance ya.',
      '',
      'Thanks & regards,',
      'Nurul Hidayah',
      'HR Executive, Kembara Logistics Sdn Bhd',
    ),
    ...KUL,
    expect: [
      {
        kind: 'interview',
        by: '2072-03-30',
        time: '14:30',
        phrase: 'Ur interview is fixed on 30.03.2072 (Wed) at 2.30pm',
      },
    ],
  },
  {
    // Riyadh contractor to a reader still in Goa: 11:00 AM KSA time (UTC+3) = 13:30 IST.
    text: mail(
      'Dear Mr. Fernandes,',
      '',
      'Greetings from Al Rawdah Contracting Co.',
      '',
      'With reference to your application for the position of QA/QC Engineer (Civil), we would like to inform you that your online interview with the Project Director is confirmed as below:',
      '',
      'Date: Sunday, 27-Mar-72',
      'Time: 11:00 AM (KSA time)',
      'Platform: Zoom (link will be shared one day prior)',
      '',
      'Kindly make sure of a stable internet connection and keep your passport copy ready.',
      '',
      'Best regards,',
      'Mohammed Al-Harbi',
      'Recruitment Section, HR Department',
    ),
    ...KOL,
    expect: [{ kind: 'interview', by: '2072-03-27', time: '13:30', phrase: 'Sunday, 27-Mar-72' }],
  },
  {
    // Karachi textile mill: "revert back ... within 3-4 working days InshaAllah" (upper bound: Wednesday 30 March).
    text: mail(
      'Dear Mr. Hamza,',
      '',
      'AoA. Hope you are fine.',
      '',
      'Thank you for coming for the interview yesterday at our Clifton office. Your file has been forwarded to the management for approval. We will revert back to you within 3-4 working days InshaAllah.',
      '',
      'Regards,',
      'Sana Siddiqui',
      'Manager HR, Indus Textile Mills Ltd.',
    ),
    ...KHI,
    expect: [{ kind: 'response-by', by: '2072-03-30', phrase: 'within 3-4 working days' }],
  },
  {
    // São Paulo fintech: "an answer until next Wednesday" (= by; the coming Wednesday is next week's).
    text: mail(
      'Hello Mariana, how are you?',
      '',
      'Thank you very much for your time yesterday with me and Rodrigo, we liked a lot the conversation.',
      '',
      'We are now talking with two more candidates, and we will give you an answer until next Wednesday, ok?',
      '',
      'Any doubt, I am at your disposal.',
      '',
      'Hugs,',
      'Fernanda Lopes',
      'People & Culture | Cajuína Pagamentos',
    ),
    ...SAO,
    expect: [{ kind: 'response-by', by: '2072-03-30', phrase: 'until next Wednesday' }],
  },
  {
    // Wrocław software house: "as agreed per phone", a dotted day-first date.
    text: mail(
      'Dear Mr. Kowalski,',
      '',
      'as agreed per phone, I send you the invitation for the second round of recruitment for the position Senior Java Developer.',
      '',
      'It will take place on Thursday, 07.04.2072 at 9:00 in our office in Wrocław, ul. Legnicka 48, 3rd floor. The meeting will take about 2 hours and include a live coding part.',
      '',
      'In case of any questions, do not hesitate to contact me.',
      '',
      'Best regards',
      'Katarzyna Wiśniewska',
      'Recruitment Specialist | Odra Software Sp. z o.o.',
    ),
    ...WAW,
    expect: [{ kind: 'interview', by: '2072-04-07', time: '09:00', phrase: 'Thursday, 07.04.2072 at 9:00' }],
  },
  {
    // Johannesburg insurer: a hold until the recruiter is back.
    text: mail(
      'Hi Thabo,',
      '',
      'Thanks for your mail and for your patience with the process.',
      '',
      "Just a heads-up: I'm on leave from tomorrow until the 3rd of April, so please hold off on any follow-ups until I'm back in the office on Monday 4 April. The hiring manager is also away, so nothing will move before then anyway.",
      '',
      'Lekker weekend when it comes!',
      '',
      'Cheers,',
      'Lindiwe Dube',
      'Talent Partner, Highveld Mutual',
    ),
    ...JNB,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2072-04-04',
        phrase: "please hold off on any follow-ups until I'm back in the office on Monday 4 April",
      },
    ],
  },
  {
    // Singapore: an offer; "sign and return by 31/3" is the reader's deadline, the commencement date a fact.
    text: mail(
      'Hi Wei Ling,',
      '',
      'Congrats!! We are pleased to offer you the position of Assistant Manager, Regional Finance with Merlion Freight Pte Ltd. Pls see attached the Letter of Offer for ur details on salary and benefits.',
      '',
      'Kindly sign and return by 31/3 if you are agreeable. Commencement date will be 2 May 2072.',
      '',
      'Welcome onboard in advance!',
      '',
      'Regards,',
      'Jasmine Koh',
      'HR Business Partner',
    ),
    ...SIN,
    expect: [{ kind: 'outcome', outcome: 'offer', phrase: 'We are pleased to offer you the position' }],
  },
  {
    // Chennai: a WhatsApp line pasted into mail, "tmrw 10.30 am".
    text: mail(
      'Hi Keerthana,',
      '',
      'Forwarding msg from Ravi sir below fyi.',
      '',
      '[24/03/72, 9:12 AM] Ravi Kumar: Hi Keerthana, tmrw 10.30 am telephonic round with our tech lead Mr. Suresh. Be ready, he will call on ur registered number. All the best 👍',
      '',
      'Pls be available.',
      '',
      'Regards,',
      'Meena',
      'HR Coordinator, Anbu Technologies',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2072-03-25', time: '10:30', phrase: 'tmrw 10.30 am telephonic round' },
    ],
  },
  {
    // Irish council: "early next month" (April: the 10th, fuzzy), and no telephone queries.
    text: mail(
      'Dear Ciara,',
      '',
      'Thank you for your application for the post of Clerical Officer (Grade III) with Liffeyside County Council.',
      '',
      'The closing date for this competition was Friday 18 March. Shortlisting is under way and we expect to notify all candidates of the outcome early next month.',
      '',
      'Please note that due to the high volume of applications we are unable to respond to individual telephone queries about the competition.',
      '',
      'Kind regards,',
      'Recruitment Unit, Human Resources Department',
      'Liffeyside County Council',
    ),
    ...DUB,
    expect: [
      { kind: 'response-by', by: '2072-04-10', fuzzy: true, phrase: 'early next month' },
      {
        kind: 'no-calls',
        phrase: 'we are unable to respond to individual telephone queries about the competition',
      },
    ],
  },
  {
    // Sydney ferry operator: "by the 31st".
    text: mail(
      'Hi Josh,',
      '',
      'Thanks again for coming in on Tuesday – the panel really enjoyed meeting you.',
      '',
      "We're just finishing reference checks on our preferred candidates and the panel will let everyone know by the 31st, either way.",
      '',
      'Cheers,',
      'Bec Hollis',
      'People & Culture Coordinator | Harbourline Ferries',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2072-03-31', phrase: 'by the 31st' }],
  },

  // ---- negatives ----
  {
    // A mother about a cousin's interview.
    text: mail(
      'Hi beta,',
      '',
      "Pinky's interview at Infosys is on 28th at 11 am, pray for her. She is very tensed. Also Mamaji is coming on Sunday so be home by lunch.",
      '',
      'Call me when free.',
      '',
      'Love,',
      'Mummy',
    ),
    ...KOL,
    expect: [],
  },
  {
    // Mumbai landlord: rent deadline and a plumber's visit.
    text: mail(
      'Dear Tenant,',
      '',
      'Kindly note that rent for April month to be transferred latest by 5th April to the usual account. The society plumber will come tomorrow at 11 am for the leakage inspection of your bathroom, kindly be available or leave the key with the watchman.',
      '',
      'Please do the needful.',
      '',
      'Regards,',
      'Mr. D. K. Mehta',
      'Flat Owner, B-702, Sai Darshan CHS, Andheri East',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A bank's KYC deadline.
    text: mail(
      'Dear Customer,',
      '',
      'Your KYC updation is pending as per RBI guidelines. Kindly visit your home branch on or before 31.03.2072 with original PAN card and Aadhaar, else your account will be temporarily frozen.',
      '',
      'For any queries, please call our 24x7 helpline.',
      '',
      'This is a system generated mail, please do not reply.',
      '',
      'Regards,',
      'Customer Service Team',
      'Deccan Cooperative Bank Ltd.',
    ),
    ...KOL,
    expect: [],
  },
  {
    // The reader's own employer: appraisal deadline, 1:1s, increments.
    text: mail(
      'Dear Team,',
      '',
      'The appraisal cycle for FY 2071-72 is now open. Kindly complete your self-appraisal in the HRMS portal latest by 28-Mar-72. Your 1:1 discussion with your Reporting Manager will be scheduled between 30th March and 6th April; RMs will send invites.',
      '',
      'Increments will be effective 1st April and reflect in the April salary.',
      '',
      'Thanks & Regards,',
      'HR Operations',
      'Saffron Systems India Pvt. Ltd.',
    ),
    ...KOL,
    expect: [],
  },
  {
    // The reader as interviewer.
    text: mail(
      'Hi Arjun,',
      '',
      'Kindly take the L2 technical interview for the candidate Mr. Vivek Rao (Java, 6 yrs exp) on 29/03/72 at 11 AM via Teams. CV attached for your reference.',
      '',
      'Pls share your feedback in the portal within 24 hrs of the interview and do the needful.',
      '',
      'Thanks,',
      'Pooja',
      'TA Team',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A Lagos school: PTA meeting and a fees deadline.
    text: mail(
      'Dear Parent/Guardian,',
      '',
      'This is to inform you that the PTA meeting holds on Saturday, 26th March, 2072 by 10am at the school hall. Your presence is highly needed.',
      '',
      'Please note that second term examination begins on Monday 28th March and all outstanding fees must be paid before then.',
      '',
      'Thank you.',
      'Mrs. F. O. Akinola',
      'Principal, Divine Grace Secondary School, Ikeja',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A friend's job news in Pidgin, with his resumption date.
    text: mail(
      'Bros!!',
      '',
      'I don pass the interview o 🙌🙌 Dem call me this morning, say make I resume 4th April for the Port Harcourt office. God don do am!',
      '',
      'Thanks for all the prayers and for helping me with the CV. We go celebrate this weekend, I dey buy the drinks.',
      '',
      'Chinedu',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A passport appointment in Accra.
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment at the Passport Application Centre, Accra has been confirmed for 30/03/2072 at 9:00am. Please come along with your Ghana Card, birth certificate and the printed application summary.',
      '',
      'Applicants who arrive more than 30 minutes late will be rescheduled.',
      '',
      'Passport Office, Accra',
    ),
    ...ACC,
    expect: [],
  },
  {
    // The reader sits on a county board's interview panel.
    text: mail(
      'Dear Mr. Ochieng,',
      '',
      'RE: INTERVIEW PANEL – WARD ADMINISTRATORS',
      '',
      'You have been appointed to sit in the interview panel for the position of Ward Administrator (15 posts). The interviews will be conducted from Tuesday 29th March 2072 to Friday 1st April 2072 from 9.00 a.m. daily at the Board room, 2nd floor.',
      '',
      'Kindly confirm your availability to the undersigned by Friday.',
      '',
      'Yours faithfully,',
      'Grace Chebet',
      'Secretary, Kerio Valley County Public Service Board',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A US visa interview in Manila.
    text: mail(
      'Dear Applicant,',
      '',
      'This email confirms your appointment for a nonimmigrant visa interview at the U.S. Embassy in Manila on March 31, 2072 at 7:30 AM. Please arrive no earlier than 15 minutes before your scheduled time.',
      '',
      'Bring your appointment confirmation page, your DS-160 confirmation page, your passport and one 2x2 photo.',
      '',
      'Visa Information and Appointment Services',
    ),
    ...MNL,
    expect: [],
  },
  {
    // The reader's employer: payroll cut-off, pay day, team building.
    text: mail(
      'Hi team! 😊',
      '',
      'Friendly reminder: payroll cut-off is on the 25th so pls file your OT and leaves in the HRIS before 5pm tomorrow. Salary will be credited on the 30th.',
      '',
      'Also save the date: our Team Building in Tagaytay is on April 8 (Friday), bus leaves the office 6:00 AM sharp!',
      '',
      'Thanks po,',
      'Kat',
      'HR & Admin, Sampaguita Digital Inc.',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A car service booking in Shah Alam, label–value layout.
    text: mail(
      'Dear Sir/Madam,',
      '',
      'Thank you for booking with us. Your car service appointment is confirmed:',
      'Date: 28/03/2072 (Mon)',
      'Time: 9.00am',
      'Vehicle: WXY 4821',
      'Service Centre: Glenmarie, Shah Alam',
      '',
      'Pls arrive 10 mins earlier. For rescheduling, kindly call our hotline.',
      '',
      'Thank you,',
      'Kenari Auto Service Centre',
    ),
    ...KUL,
    expect: [],
  },
  {
    // A Dubai manpower agency pitching to the reader as an employer.
    text: mail(
      'Dear Sir,',
      '',
      'Greetings from Falcon Crest Manpower Services, Dubai.',
      '',
      'We are a leading licensed manpower supply company with a database of 20,000+ candidates from India, Nepal, Philippines and Kenya. We can mobilise skilled and semi-skilled workers within 2 weeks of receiving your demand letter.',
      '',
      'We would be glad to meet you at your convenience next week to present our company profile. Kindly revert.',
      '',
      'Best regards,',
      'Rajesh Menon',
      'Business Development Manager',
    ),
    ...DXB,
    expect: [],
  },
  {
    // A thesis viva and a submission deadline.
    text: mail(
      'Dear Student,',
      '',
      'Your viva voce for MS (Computer Science) thesis is scheduled on 30-03-2072 at 10:00 AM in Seminar Hall, Block C. Please submit 3 hard bound copies of your thesis to the department office latest by 28-03-2072.',
      '',
      'Regards,',
      'Dr. Imran Qureshi',
      'Coordinator Graduate Studies, Department of Computer Science',
    ),
    ...KHI,
    expect: [],
  },
  {
    // A podcast interview in Bogotá.
    text: mail(
      'Hi Sofía!',
      '',
      'Thank you for accepting to participate in our podcast "Voces del Talento". The interview will be recorded next Tuesday 29 at 17:00 Bogotá time, in our studio in Chapinero, it will take around 40 minutes.',
      '',
      'We will send you the questions before, so you can prepare. We are very happy to have you!',
      '',
      'Saludos,',
      'Andrés Cárdenas',
      'Producer',
    ),
    ...BOG,
    expect: [],
  },
  {
    // The reader as referee, with a proposed call slot.
    text: mail(
      'Dear Mr. Nowak,',
      '',
      'Ms. Anna Zielińska has applied for the position of Project Manager in our company and she gave your name as a referee.',
      '',
      'Could you kindly spare 15 minutes for a short phone conversation on Tuesday 29.03 at 10:00? If this time is not convenient, please propose another one.',
      '',
      'Thank you in advance for your help.',
      '',
      'Kind regards,',
      'Marta Lewandowska',
      'HR Business Partner | Wisła Engineering S.A.',
    ),
    ...WAW,
    expect: [],
  },
  {
    // A job alert listing walk-in drives and apply-before dates.
    text: mail(
      'Jobs matching your profile – 24 Mar 2072',
      '',
      '1. Customer Support Executive – Infocity BPO, Chennai | 1-3 yrs | Walk-in interview: 26th March, 10 AM – 4 PM',
      '2. Accounts Executive – Sri Balaji Traders | 2-5 yrs | Apply before 31/03/2072',
      '3. Team Lead – Voice Process | Immediate joiners | Interview on 28-Mar-72',
      '',
      'Recruiters are actively hiring. Update your profile to get noticed.',
      '',
      'You are receiving this mail because you created a job alert. Unsubscribe',
    ),
    ...KOL,
    expect: [],
  },
];
