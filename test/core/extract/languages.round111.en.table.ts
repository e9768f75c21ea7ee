// Round 1150 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Friday 30 May
// 2087 at 11:15 local: the last working day of May, so "end of the month" is tomorrow (Saturday 31 May), "the end
// of the week" is today, a bare "Friday" is 6 June, "next week" is 2 to 6 June, "early next month" is early June
// and "tomorrow" is a Saturday. Northern zones are on summer time, Sydney and Auckland on winter time. Positives: a
// Greenhouse confirmation in label-value layout for a New York reader, a Lever panel in Pacific Time for a London
// reader (17:00 BST), a Hays consultant's feedback counted from yesterday's interview, an NHS Jobs shortlisting
// date written 13/06/2087 with a do-not-contact line, a Toronto Workday "early next month", a Berlin founder's
// "Monday or Tuesday latest", a Singapore Teams invitation written 04/06/2087, a Bengaluru walk-in "tomorrow i.e.
// 31st May (Saturday)", a Dublin Workable "end of next week" with "please don't ring the office", a Sydney health
// panel with a confirm-by deadline beside it, a Nairobi NGO hold until a mission ends, an Auckland Recruitee
// rejection, a Dubai offer with a sign-by date, a Calendly phone screen in Central Time, a Karachi "7 working
// days" and a Johannesburg SuccessFactors "mid-June". Negatives: the reader as panel interviewer (Greenhouse
// scorecard), as referee (a call slot and a deadline), as an employee (a 1:1 and a mid-year review; Workday leave
// approved), as an employer pitched by an agency, as an expert asked for a press interview; a friend's second
// interview; a job alert with closing dates; a Michael Page webinar; a US visa interview; a dentist reminder; a
// PhD viva; an iCIMS acknowledgement that promises nothing dated; an onboarding mail with a first day and a pay
// date; a freelancer's client call; a university careers fair. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 30 May 2087, 11:15 local.
const NY = { sentAt: '2087-05-30T11:15:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2087-05-30T11:15:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2087-05-30T11:15:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2087-05-30T11:15:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2087-05-30T11:15:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2087-05-30T11:15:00+02:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2087-05-30T11:15:00+02:00', tz: 'Europe/Amsterdam' } as const;
const DXB = { sentAt: '2087-05-30T11:15:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2087-05-30T11:15:00+03:00', tz: 'Asia/Riyadh' } as const;
const KHI = { sentAt: '2087-05-30T11:15:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR = { sentAt: '2087-05-30T11:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2087-05-30T11:15:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2087-05-30T11:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2087-05-30T11:15:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2087-05-30T11:15:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2087-05-30T11:15:00+12:00', tz: 'Pacific/Auckland' } as const;
const LOS = { sentAt: '2087-05-30T11:15:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2087-05-30T11:15:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2087-05-30T11:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2087-05-30T11:15:00+02:00', tz: 'Africa/Johannesburg' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1150_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Greenhouse confirmation, label-value layout, long footer.
  {
    text: mail(
      'Hi Marisol,',
      '',
      "Thanks for taking the time to speak with us so far! We're excited to confirm your next conversation with the Payments team at Ferrovia Labs.",
      '',
      'Interview: Technical Deep Dive (45 min)',
      'Date: Tuesday, June 3, 2087',
      'Time: 2:30 PM - 3:15 PM EDT',
      'Location: Google Meet (link below)',
      'Interviewers: Dev Anand (Staff Engineer), Colleen Barros (Engineering Manager)',
      '',
      'Join with Google Meet: meet.google.com/qxe-ronv-tko',
      'Join by phone: +1 929-555-0143 PIN: 481 220 917#',
      '',
      "If you need to reschedule, just reply to this email and we'll find another time. If you require any accommodations during the interview process, please let us know.",
      '',
      'Best,',
      'Tasha Greer',
      'Recruiting Coordinator | Ferrovia Labs',
      '',
      '--',
      'This email was sent via Greenhouse on behalf of Ferrovia Labs. Ferrovia Labs is an equal opportunity employer.',
      'Privacy Policy | Unsubscribe from candidate emails',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2087-06-03', time: '14:30', phrase: 'Date: Tuesday, June 3, 2087' }],
  },
  // Lever panel in Pacific Time, reader in London.
  {
    text: mail(
      'Hi Callum,',
      '',
      'Great news - the hiring team would like to move you forward to the panel stage for the Solutions Architect (EMEA) role.',
      '',
      "We've booked the panel for Monday 9 June at 9:00 AM Pacific Time. It runs 90 minutes on Zoom with three members of the team; a calendar invite is on its way from Lever.",
      '',
      'Cheers,',
      'Rosa Delgado',
      'Talent Partner, Quillstone (San Francisco)',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2087-06-09',
        time: '17:00',
        phrase: 'Monday 9 June at 9:00 AM Pacific Time',
      },
    ],
  },
  // Agency consultant (Hays), window counted from yesterday's interview named in the previous sentence.
  {
    text: mail(
      'Morning Priyanka,',
      '',
      'Thanks for going in to see Marlow & Pryce yesterday, Thursday 29 May - Gareth said you came across really well.',
      '',
      "Their HR team have committed to giving feedback on all shortlisted candidates within five working days of the interview, so I'll be straight on the phone to you as soon as I hear.",
      '',
      'Have a lovely weekend,',
      'Ollie Brandt',
      'Senior Consultant, Hays Accountancy & Finance',
      'Hays Specialist Recruitment Limited, registered in England and Wales no. 2087001',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2087-06-05',
        phrase: 'within five working days of the interview',
      },
    ],
  },
  // NHS Jobs shortlisting notice, day-first date, do-not-contact line.
  {
    text: mail(
      'Dear Mr Adeyemi',
      '',
      'Application for: Band 6 Physiotherapist - Musculoskeletal Outpatients',
      'Job reference: 418-AHP-7723-B',
      'Employer: Greater Pennine NHS Foundation Trust',
      '',
      'Thank you for your application, which has now been received by the recruiting manager.',
      '',
      'The shortlisting panel will be meeting shortly. All applicants will be told whether or not they have been shortlisted no later than 13/06/2087. Please check your NHS Jobs account and your junk folder regularly, as all correspondence will be sent electronically.',
      '',
      'Please do not contact the recruiting manager directly regarding the progress of your application.',
      '',
      'Kind regards',
      '',
      'Recruitment Services',
      'Greater Pennine NHS Foundation Trust',
      '',
      'This message was sent by the NHS Jobs service. Do not reply to this email - replies to this address are not monitored.',
      'If you are having trouble with your account, please visit the NHS Jobs help pages.',
    ),
    ...LDN,
    expect: [
      { kind: 'response-by', by: '2087-06-13', phrase: 'no later than 13/06/2087' },
      {
        kind: 'no-calls',
        phrase: 'Please do not contact the recruiting manager directly',
      },
    ],
  },
  // Workday auto-mail, Canadian bank, "early next month" written on 30 May.
  {
    text: mail(
      'Dear Émilie,',
      '',
      'Thank you for applying for the position of Senior Analyst, Model Risk (Job Requisition R-0093318) at Northshore Bank Financial Group.',
      '',
      "We have now closed this posting and our talent acquisition team is reviewing all applications. We expect to contact candidates selected for interviews early next month. Whatever the outcome, you'll hear from us.",
      '',
      'You can check the status of your application at any time by signing in to your candidate home page.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Northshore Bank Financial Group',
      '',
      'Northshore Bank is committed to providing accommodations for people with disabilities during all stages of the selection process. This is an automated message from Workday; please do not reply.',
    ),
    ...TOR,
    expect: [
      {
        kind: 'response-by',
        by: '2087-06-10',
        phrase: 'early next month',
        fuzzy: true,
      },
    ],
  },
  // Founder, casual, short.
  {
    text: mail(
      'hey Jonas!',
      '',
      "really loved the chat yesterday, thanks for the demo of your side project. I'll talk it through with Ines over the weekend and get back to you Monday or Tuesday latest.",
      '',
      'Lukas',
      'co-founder @ Tinkerloop',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2087-06-03', phrase: 'Monday or Tuesday latest' }],
  },
  // SmartRecruiters + Teams invitation text, Singapore, day-first numeric date.
  {
    text: mail(
      'Dear Ms Lim Hui Xin,',
      '',
      'Thank you for your interest in the Regional Procurement Executive role at Seabright Logistics Pte Ltd.',
      '',
      'We are pleased to invite you to a video interview with the hiring manager. Please find the details below:',
      '',
      'Date : 04/06/2087 (Wednesday)',
      'Time : 10.00am - 11.00am (SGT)',
      'Platform : Microsoft Teams',
      'Interviewer : Mr Rajesh Pillai, Head of Procurement APAC',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 391 552 004 18',
      'Passcode: x7Qp2a',
      'Download Teams | Join on the web',
      '________________________________________________________________________________',
      '',
      'Kindly acknowledge receipt of this email. Should you require any clarification, feel free to contact me at 6555 0192.',
      '',
      'Best regards,',
      'Nur Aisyah Binte Rahman',
      'Talent Acquisition Specialist',
      'Seabright Logistics Pte Ltd | 12 Tuas Avenue 9, Singapore 639183',
      '',
      'CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the addressee.',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2087-06-04', time: '10:00', phrase: 'Date : 04/06/2087 (Wednesday)' }],
  },
  // Bengaluru face-to-face round tomorrow, which is a Saturday.
  {
    text: mail(
      'Dear Karthik,',
      '',
      'Greetings from Vyomasoft Technologies!',
      '',
      'With reference to your profile for the Java Developer (3-5 yrs) opening, your F2F technical round is fixed for tomorrow i.e. 31st May (Saturday) at 11:30 AM at our Whitefield office. Kindly carry 2 copies of your updated resume and a govt ID proof.',
      '',
      'Regards,',
      'Swathi R | HR Team',
    ),
    ...BLR,
    expect: [
      {
        kind: 'interview',
        by: '2087-05-31',
        time: '11:30',
        phrase: 'tomorrow i.e. 31st May (Saturday) at 11:30 AM',
      },
    ],
  },
  // Workable, Dublin: end of next week, and a no-ringing request.
  {
    text: mail(
      'Hi Aoife,',
      '',
      "Thanks so much for coming in for the Customer Success Lead interview on Wednesday, it was lovely to meet you. We've had a great response and are seeing the last few people this afternoon.",
      '',
      "We're aiming to get back to everyone by the end of next week. Please don't ring the office for updates - with a team of eight we just can't take the calls - but we will be in touch with everyone either way.",
      '',
      'All the best,',
      'Ciarán Mulready',
      'Operations Director, Bramble & Finch',
      'Sent via Workable',
    ),
    ...DUB,
    expect: [
      { kind: 'response-by', by: '2087-06-06', phrase: 'by the end of next week' },
      { kind: 'no-calls', phrase: "Please don't ring the office for updates" },
    ],
  },
  // NSW public health panel, with a confirm-by deadline for the candidate.
  {
    text: mail(
      'Dear Ms Tran,',
      '',
      'RE: Clinical Nurse Educator - Emergency Department (REQ 55821)',
      '',
      'Following review of your application, I am pleased to invite you to a panel interview. You are invited to attend on Thursday 12 June 2087 at 1.45pm (AEST) in the Education Centre, Level 2, Westmead campus. The panel will consist of three members and the interview will run for approximately 45 minutes.',
      '',
      'Please confirm your attendance by close of business Tuesday 3 June by replying to this email.',
      '',
      'Kind regards,',
      'Fiona McAllister',
      'Nurse Manager, Emergency Department',
      'Western Harbour Local Health District',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2087-06-12',
        time: '13:45',
        phrase: 'Thursday 12 June 2087 at 1.45pm (AEST)',
      },
    ],
  },
  // Nairobi NGO: hold until back from mission.
  {
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for sitting the written test for the Programme Officer, Livelihoods position last week. The panel is now reviewing the scripts.',
      '',
      'I am away on mission in Turkana from 2 June and will be back in the office on 16 June. Kindly hold any questions about your application until I return, as I will have very limited connectivity.',
      '',
      'Best regards,',
      'Otieno Kamau',
      'HR & Administration Manager',
      'Ufanisi Community Trust, Nairobi',
    ),
    ...NBO,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2087-06-16',
        phrase: 'hold any questions about your application until I return',
      },
    ],
  },
  // Recruitee rejection, Auckland, short.
  {
    text: mail(
      'Kia ora Mere,',
      '',
      "Thanks for interviewing for the Graphic Designer role with us. It was a close call, but we've decided not to progress your application any further. We'll keep your details on file for 12 months in case something else comes up.",
      '',
      'Ngā mihi,',
      'Hamish, Tūī Creative',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Dubai offer with a sign-by date (the candidate's deadline, not a timeline).
  {
    text: mail(
      'Dear Mr. Farhan Qureshi,',
      '',
      'Further to your recent interviews, we are delighted to offer you the position of Senior Quantity Surveyor with Al Reem Contracting L.L.C., based at our Dubai head office.',
      '',
      'Please find attached the offer letter detailing your basic salary, housing and transport allowances, annual air ticket and medical insurance. Kindly sign and return a copy by 5 June 2087 to confirm your acceptance. Your visa processing will begin upon receipt of the signed offer.',
      '',
      'Should you have any queries, please do not hesitate to contact me.',
      '',
      'Warm regards,',
      '',
      'Huda Al Mansoori',
      'HR Manager',
      'Al Reem Contracting L.L.C.',
      'P.O. Box 55120, Dubai, United Arab Emirates',
      'T +971 4 555 0192',
      '',
      'Disclaimer: The information contained in this communication is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this message.',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Calendly confirmation for the invitee.
  {
    text: mail(
      'Hi Destiny Coleman,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type:',
      '30 Minute Phone Screen - Operations Coordinator',
      '',
      'Invitee:',
      'Destiny Coleman',
      '',
      'Event Date/Time:',
      '02:00pm - 02:30pm (Central Time - US & Canada) on Wednesday, June 4, 2087',
      '',
      'Location:',
      'Rachel Kim will call you at the number you provided.',
      '',
      'Cancel | Reschedule',
      '',
      'Powered by Calendly',
    ),
    ...CHI,
    expect: [
      {
        kind: 'interview',
        by: '2087-06-04',
        time: '14:00',
        phrase: '02:00pm - 02:30pm (Central Time - US & Canada) on Wednesday, June 4, 2087',
      },
    ],
  },
  // Karachi, working days.
  {
    text: mail(
      'Dear Ayesha Siddiqui,',
      '',
      'This is to inform you that your interview for the post of Assistant Manager Treasury has been completed and your case is under process. You shall be informed of the final decision within 7 working days, InshaAllah.',
      '',
      'Regards,',
      'HR Department',
      'Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [{ kind: 'response-by', by: '2087-06-10', phrase: 'within 7 working days' }],
  },
  // SuccessFactors, Johannesburg, mid-June with a long footer.
  {
    text: mail(
      'Dear Sipho,',
      '',
      'Requisition 30214 - Electrical Engineer (Distribution), Ekurhuleni',
      '',
      'Thank you for attending the competency assessment on 27 May. We would like to update you on where the process stands.',
      '',
      'The assessment results are being moderated together with the technical interview scores. The shortlisting process is expected to be finalised by mid-June 2087, after which candidates will be advised of the outcome.',
      '',
      'Kind regards',
      'Recruitment Centre of Excellence',
      'Highveld Power Utility SOC Ltd',
      '',
      'Please do not reply to this automatically generated message (SAP SuccessFactors).',
      'Highveld Power Utility is an equal opportunity employer and all appointments will be made in line with our Employment Equity Plan.',
      'POPIA notice: your personal information is processed only for recruitment purposes.',
    ),
    ...JNB,
    expect: [
      {
        kind: 'response-by',
        by: '2087-06-15',
        phrase: 'by mid-June 2087',
        fuzzy: true,
      },
    ],
  },

  // ---- negatives ----
  // The reader is an interviewer on a panel (Greenhouse words, a time, a 24-hour deadline).
  {
    text: mail(
      'Hi Marcus,',
      '',
      "You've been added to the interview panel for Bianca Osei (Senior Data Analyst).",
      '',
      'When: Wednesday, June 4, 2087, 10:00 AM - 10:45 AM EDT',
      'Focus area: SQL and experimentation',
      '',
      "Please review the candidate's resume before the interview and submit your scorecard in Greenhouse within 24 hours of the interview.",
      '',
      'Thanks!',
      'Ferrovia Labs Recruiting',
    ),
    ...NY,
    expect: [],
  },
  // The reader is a referee: a call slot and a deadline for the reader.
  {
    text: mail(
      'Good morning Mrs Okafor,',
      '',
      'Mr Emeka Nwosu has applied for the position of Credit Risk Analyst with Crestfield Microfinance Bank and has given your name as a referee.',
      '',
      'We would be grateful if you could complete the attached reference form and return it by Friday 6 June 2087. Alternatively, could our HR officer call you on Tuesday at 11am for a brief telephone reference?',
      '',
      'Thank you for your assistance.',
      '',
      'Yours faithfully,',
      'Bolanle Adeyemi',
      'Human Resources, Crestfield Microfinance Bank',
    ),
    ...LOS,
    expect: [],
  },
  // The reader as an employee: a 1:1 moved and a mid-year review deadline.
  {
    text: mail(
      'Hi Tom,',
      '',
      "Can we push our 1:1 to Tuesday at 2pm? I've got the leadership offsite Monday. Also a reminder that your mid-year review self-assessment is due in Cornerstone by 13 June.",
      '',
      'Cheers,',
      'Helen',
    ),
    ...LDN,
    expect: [],
  },
  // A friend's second interview, short.
  {
    text: mail(
      'Sooo I got a second interview at Deloitte!! Thursday at 3pm. Fingers crossed 🤞 Drinks Saturday either way?',
      '',
      'Jess x',
    ),
    ...SYD,
    expect: [],
  },
  // A job alert with closing dates and posting ages.
  {
    text: mail(
      'Hi Émilie,',
      '',
      '8 new jobs match your alert "model risk analyst" in Toronto, ON',
      '',
      'Quantitative Analyst, Model Validation - Lakeview Trust - Toronto, ON - Posted 2 days ago - Apply by June 15, 2087',
      'Senior Risk Analyst - Hartwell Insurance - Hybrid - Closing date: 06/20/2087',
      'Model Risk Manager - Bay & Front Capital - Toronto, ON - Interviews start the week of June 9',
      'Credit Risk Modeller - Maple Shield Credit Union - Mississauga, ON - Easy Apply',
      '',
      'See all 8 jobs',
      '',
      "You're receiving this email because you created a job alert. Manage alerts | Unsubscribe",
      'JobNorth Inc., 200 Wellington St W, Toronto, ON M5V 3C7',
    ),
    ...TOR,
    expect: [],
  },
  // A recruitment agency's webinar for job seekers (Michael Page, Hong Kong).
  {
    text: mail(
      'Dear Kelvin,',
      '',
      'The Michael Page Hong Kong Salary Guide 2088 is here. Join our consultants for a live walkthrough of the hiring trends across finance, technology and supply chain.',
      '',
      'Date: Thursday, 12 June 2087',
      'Time: 12:30pm - 1:15pm HKT',
      'Format: Live webinar (Zoom)',
      '',
      'Register now - places are limited. A recording will be emailed to all registrants within 48 hours.',
      '',
      'Michael Page International (Hong Kong) Limited | EA Licence No. 99C0012',
      'To stop receiving these emails, update your preferences.',
    ),
    ...HKG,
    expect: [],
  },
  // An agency pitching candidates to the reader as an employer.
  {
    text: mail(
      'Hi Greg,',
      '',
      "Hope the new DC in Joliet is ramping up well. I've got three pre-screened warehouse supervisors with forklift certification available to interview this week or next, and all could start within two weeks of an offer.",
      '',
      'Could we grab 20 minutes Monday at 9 to go through their profiles?',
      '',
      'Best,',
      'Kayla Moreno',
      'Branch Manager, Randstad Industrial - Joliet',
    ),
    ...CHI,
    expect: [],
  },
  // A US visa interview.
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment has been scheduled.',
      '',
      'Applicant: KULKARNI, ANIKET',
      'Visa class: H-1B',
      'Post: U.S. Consulate General Mumbai',
      'Interview date and time: 10 June 2087, 08:15',
      '',
      'Please arrive 15 minutes before your interview. Bring your appointment confirmation page, passport and DS-160 confirmation. Electronic devices are not permitted inside the consulate.',
    ),
    ...BLR,
    expect: [],
  },
  // Dentist reminder, short.
  {
    text: mail(
      'Reminder: your appointment with Dr Hale at Ponsonby Dental is on Tue 3 Jun at 4:20pm. Reply Y to confirm or call 09 555 0144 to change.',
    ),
    ...AKL,
    expect: [],
  },
  // A journalist asks the reader (an expert) for a press interview.
  {
    text: mail(
      'Hi Dr Byrne,',
      '',
      "I'm writing a feature for the Sunday business section on four-day weeks in Irish SMEs and a colleague suggested you. Would you have 20 minutes for a phone interview on Monday or Tuesday? The piece runs on 15 June, so I'd need to speak to you by Wednesday at the latest.",
      '',
      'Many thanks,',
      'Sinéad Gallagher',
      'Business Correspondent',
    ),
    ...DUB,
    expect: [],
  },
  // PhD viva.
  {
    text: mail(
      'Dear Rhiannon,',
      '',
      'I am pleased to confirm that your viva voce examination has been arranged for Wednesday 18 June 2087 at 10:00 in Room 2.14, Appleton Tower. Your examiners will be Professor Grant (internal) and Dr Vasquez (external, joining online).',
      '',
      'You will normally be informed of the recommended outcome on the day. Please let the Graduate School know by 6 June if you need any adjustments.',
      '',
      'Best wishes,',
      'Graduate School Office, School of Informatics',
    ),
    ...LDN,
    expect: [],
  },
  // iCIMS acknowledgement: only a closing date and vague wording, long footer.
  {
    text: mail(
      'Dear Thomas,',
      '',
      'Thank you for applying for the Field Service Technician II position (Job ID 2087-11408) at Hudson Valley Elevator Company.',
      '',
      'This position will remain posted until June 20, 2087. Once the posting closes, our recruiting team will review applications and will reach out directly to candidates whose qualifications best match the requirements of the role. Due to the high volume of applications, we are unable to respond to every applicant individually.',
      '',
      'We appreciate your interest in a career with us.',
      '',
      'Sincerely,',
      'Talent Acquisition Team',
      'Hudson Valley Elevator Company',
      '',
      'Please do not reply to this message. This mailbox is not monitored.',
      'Hudson Valley Elevator Company is an Equal Opportunity Employer - Minorities/Females/Veterans/Disabled.',
      'Powered by iCIMS',
    ),
    ...NY,
    expect: [],
  },
  // Onboarding after acceptance: a first day and a pay date only.
  {
    text: mail(
      'Hi Farah,',
      '',
      "Welcome aboard! We're so glad you accepted. Your first day is Monday, 16 June - please come to Level 18 reception at 8:45am and ask for me. Bring your IC and bank details; payroll runs on the 25th of every month, so your first salary will be credited on 25 June.",
      '',
      'See you soon,',
      'Melissa Chong',
      'People & Culture, Tangerine Pay Sdn Bhd',
    ),
    ...KUL,
    expect: [],
  },
  // A freelancer's client call, short.
  {
    text: mail(
      'Hey Noor, can we hop on a quick call Thursday at 4 to go through the new brand guidelines? Invoice for May can go in by end of month as usual. Thanks! Pieter',
    ),
    ...AMS,
    expect: [],
  },
  // Workday leave approval for an employee.
  {
    text: mail(
      'Your Time Off request has been approved.',
      '',
      'Worker: Abdullah Al-Harbi',
      'Type: Annual Leave',
      'Dates: 16/06/2087 - 26/06/2087 (9 days)',
      'Approved by: Khalid Al-Qahtani',
      '',
      'You can view your remaining balance in Workday. This is a system-generated notification.',
    ),
    ...RUH,
    expect: [],
  },
  // A university careers fair with on-the-spot interviews.
  {
    text: mail(
      'Dear Student,',
      '',
      'The University of Ghana Careers & Counselling Centre invites you to the Mid-Year Careers Fair on Tuesday, 10th June 2087, 9am to 3pm, at the Great Hall. Over 40 employers will attend and some will conduct on-the-spot interviews, so come with copies of your CV and dress smartly.',
      '',
      'Registration closes on Friday 6th June.',
      '',
      'Careers & Counselling Centre, Legon',
    ),
    ...ACC,
    expect: [],
  },
];
