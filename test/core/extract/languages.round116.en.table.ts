// Round 1200 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Every message was
// sent on Thursday 26 October 2090 at 10:40 local, three days before Europe's clocks go back (Sunday 29 October)
// and ten days before North America's (Sunday 5 November): between those two Sundays London and New York are four
// hours apart, not five. "Next week" is Monday 30 October to Friday 3 November; the end of the month is Tuesday
// 31 October. What it tries: mail in English as it is written at work across South Asia, Africa, the Gulf,
// South-East Asia, the Caribbean, Ireland, the UK, North America and Oceania, each with its own way of writing
// dates, times and promises ("latest by Tuesday next week", "10h00", "2.30 p.m.", "within one (1) month",
// "revert by EOD", "mid next week", "29/10/2090", "7 working days"), half positives and half negatives from the
// same inboxes, each negative different in kind.
// Positives: a Pune interview in label-value layout (with a reply-by-EOD deadline for the candidate), a Lahore
// written-test result in 7 working days plus no phone calls, a Dhaka rejection, a Colombo SmartRecruiters slot in
// Sri Lanka time, a Lagos agency's "latest by Tuesday next week", an Accra Teamtailor offer (sign-by and start
// dates are not findings), a Nairobi county board interview plus no telephone enquiries, a Johannesburg Hays
// recruiter's single slot at "10h00", a Riyadh Oracle Recruiting interview on a Sunday, a Singapore recruiter's
// promise plus a hold until she is back from leave, a Kuala Lumpur "within one (1) month", a Manila candidate's
// client interview in EDT (the date stays, the hour moves to the evening), a Kingston interview, a Dublin "within
// 10 working days of the closing date", a London GoodTime invitation in Eastern Time across the UK clock change, a
// Chicago Ashby "early next week", a Sydney public-sector "within three weeks" plus no contact with the panel, an
// Auckland founder's "either way by Wednesday".
// Negatives: an appraisal discussion (Kolkata), the reader as interview panel member (Karachi), a visa interview
// (Dhaka), an MPhil viva (Colombo), a job-board alert with closing dates (Lagos), the reader as referee asked for
// a call slot (Nairobi), a cousin's interview (Kampala), an agency pitching temps to an employer (Johannesburg),
// the reader as hiring manager owing feedback (Dubai), a Workday maintenance window (Singapore), the reader as
// recruiter with tomorrow's interview loop (Manila), a podcast interview (Hong Kong), an acknowledgement whose only
// date is the closing date (Dublin), a town hall (London), parent-teacher interviews (Toronto), the reader as a
// volunteer mock interviewer (Sydney), a freelancer's client call (Auckland), a paid research-study interview
// (Chicago).
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 26 October 2090, 10:40 local.
const KOL = { sentAt: '2090-10-26T10:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2090-10-26T10:40:00+05:00', tz: 'Asia/Karachi' } as const;
const DAC = { sentAt: '2090-10-26T10:40:00+06:00', tz: 'Asia/Dhaka' } as const;
const CMB = { sentAt: '2090-10-26T10:40:00+05:30', tz: 'Asia/Colombo' } as const;
const LOS = { sentAt: '2090-10-26T10:40:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2090-10-26T10:40:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2090-10-26T10:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const KLA = { sentAt: '2090-10-26T10:40:00+03:00', tz: 'Africa/Kampala' } as const;
const JNB = { sentAt: '2090-10-26T10:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2090-10-26T10:40:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2090-10-26T10:40:00+03:00', tz: 'Asia/Riyadh' } as const;
const SIN = { sentAt: '2090-10-26T10:40:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2090-10-26T10:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2090-10-26T10:40:00+08:00', tz: 'Asia/Manila' } as const;
const HKG = { sentAt: '2090-10-26T10:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KIN = { sentAt: '2090-10-26T10:40:00-05:00', tz: 'America/Jamaica' } as const;
const DUB = { sentAt: '2090-10-26T10:40:00+01:00', tz: 'Europe/Dublin' } as const;
const LDN = { sentAt: '2090-10-26T10:40:00+01:00', tz: 'Europe/London' } as const;
const TOR = { sentAt: '2090-10-26T10:40:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2090-10-26T10:40:00-05:00', tz: 'America/Chicago' } as const;
const SYD = { sentAt: '2090-10-26T10:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2090-10-26T10:40:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1200_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Pune, in-house talent acquisition; the "revert by EOD today" is the candidate's deadline.
    ...KOL,
    text: mail(
      'Dear Ms. Ananya Kulkarni,',
      '',
      'Greetings from Saptarishi Infotech Pvt. Ltd.!',
      '',
      'With reference to your application for the post of Senior QA Engineer (Req. ID SIT-4471), we are pleased to inform you that your profile has been shortlisted for the Technical Round. Please find the interview details below:',
      '',
      'Interview Round : Technical (L1)',
      'Date : 30/10/2090 (Monday)',
      'Time : 11:30 AM IST',
      'Mode : Virtual – Microsoft Teams (link will be shared separately)',
      'Panel : Mr. Vivek Deshpande, QA Manager',
      '',
      'Kindly revert with your confirmation by EOD today along with an updated copy of your resume and your last three months\u2019 salary slips.',
      '',
      'Do let me know in case of any queries.',
      '',
      'Thanks & Regards,',
      'Pooja Shinde',
      'Talent Acquisition | Saptarishi Infotech Pvt. Ltd.',
      'Hinjewadi Phase II, Pune',
    ),
    expect: [{ kind: 'interview', by: '2090-10-30', time: '11:30', phrase: 'Date : 30/10/2090 (Monday)' }],
  },
  {
    // Lahore, a bank's HR; the result promise counts working days; no calls about results.
    ...KHI,
    text: mail(
      'Dear Mr. Hamza Iqbal,',
      '',
      'Thank you for appearing in the written assessment for the position of Relationship Officer (Branch Banking) held at our Gulberg Regional Office yesterday.',
      '',
      'Results of the assessment shall be communicated to all candidates through email within 7 working days. Candidates who qualify will be called for a panel interview thereafter.',
      '',
      'Please refrain from calling the HR department or branch staff regarding your result, as no information will be shared over the telephone.',
      '',
      'We wish you the best of luck.',
      '',
      'Regards,',
      'Human Resource Group – Talent Acquisition',
      'Indus Crescent Bank Limited',
      'Lahore',
    ),
    expect: [
      { kind: 'response-by', by: '2090-11-06', phrase: 'within 7 working days' },
      { kind: 'no-calls', phrase: 'Please refrain from calling the HR department' },
    ],
  },
  {
    // Dhaka, a development NGO; a rejection with talent-pool retention (a fact, not a finding).
    ...DAC,
    text: mail(
      'Dear Tanvir Ahmed,',
      '',
      'Thank you for your interest in the position of Monitoring & Evaluation Officer at Shapla Development Foundation and for the time you gave us during the interview process.',
      '',
      'We received a large number of strong applications. After careful consideration, we regret to inform you that you have not been selected for this position.',
      '',
      'Your CV will remain in our database for twelve months and we may contact you should a suitable opportunity arise.',
      '',
      'We sincerely wish you success in your future endeavours.',
      '',
      'With best regards,',
      'Farzana Haque',
      'Manager, People & Culture',
      'Shapla Development Foundation, Dhanmondi, Dhaka',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Colombo, a SmartRecruiters message with a start-to-end range in dotted times.
    ...CMB,
    text: mail(
      'Hi Dilini,',
      '',
      'Thank you for your application for Associate Software Engineer at Lanka Nexus Technologies.',
      '',
      'We are happy to let you know that your interview has been scheduled for Thursday, 2nd November 2090 from 2.30 p.m. to 3.15 p.m. (Sri Lanka time). The interview will be held on Google Meet and you will receive a calendar invitation shortly.',
      '',
      'If you need to reschedule, please use the link below at least 24 hours in advance.',
      '',
      'Best regards,',
      'Nadeesha Perera',
      'Lanka Nexus Technologies – Recruitment Team',
      '',
      'Sent via SmartRecruiters',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2090-11-02',
        time: '14:30',
        phrase: 'Thursday, 2nd November 2090 from 2.30 p.m.',
      },
    ],
  },
  {
    // Lagos, an agency recruiter writing after the client interview.
    ...LOS,
    text: mail(
      'Good morning Chinedu,',
      '',
      'Trust you are doing great.',
      '',
      'I just got off the phone with the hiring manager at the client (the FMCG company I told you about). They were impressed with your session on Tuesday and are now reviewing the last two candidates with the MD.',
      '',
      'I will revert to you latest by Tuesday next week with their decision. Kindly keep your phone on in case they want a quick chat before then.',
      '',
      'Warm regards,',
      'Adaeze Okafor',
      'Senior Consultant, Sterling Talent Partners',
      'Victoria Island, Lagos',
    ),
    expect: [{ kind: 'response-by', by: '2090-10-31', phrase: 'latest by Tuesday next week' }],
  },
  {
    // Accra, a Teamtailor offer; the start date and the return-by date are not findings.
    ...ACC,
    text: mail(
      'Dear Akosua,',
      '',
      'Congratulations! Following your interviews with our team, we are delighted to offer you the position of Finance Analyst at Volta Fintech Ghana Ltd.',
      '',
      'Your offer letter is attached. The proposed start date is Friday, 1st December 2090. Kindly sign and return the letter by 3rd November 2090 so that we can begin your onboarding.',
      '',
      'We look forward to welcoming you to the team.',
      '',
      'Best,',
      'Kwame Mensah',
      'People Operations, Volta Fintech Ghana Ltd.',
      '',
      'This message was sent through Teamtailor.',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Nairobi, a county public service board: an oral interview, and no telephone enquiries.
    ...NBO,
    text: mail(
      'REF: INVITATION FOR INTERVIEW – SENIOR ICT OFFICER (JOB GROUP L)',
      '',
      'Dear Ms. Wanjiru Kamau,',
      '',
      'Following your application for the above position, I am pleased to inform you that you have been shortlisted for an oral interview scheduled for Tuesday, 7th November, 2090 at 9.00 a.m. East Africa Time at the Board Room, County Public Service Board offices, Kiambu.',
      '',
      'You will be required to bring the originals of your national identity card, academic and professional certificates, and clearance certificates from KRA, HELB, EACC and DCI.',
      '',
      'Please note that the Board does not respond to telephone enquiries on the status of applications. Canvassing in any form will lead to automatic disqualification.',
      '',
      'Yours faithfully,',
      'J. M. Njoroge',
      'Secretary / CEO',
      'Kiambu County Public Service Board',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2090-11-07',
        time: '09:00',
        phrase: 'Tuesday, 7th November, 2090 at 9.00 a.m.',
      },
      {
        kind: 'no-calls',
        phrase: 'the Board does not respond to telephone enquiries on the status of applications',
      },
    ],
  },
  {
    // Johannesburg, a Hays consultant proposing one slot in the South African "10h00" style.
    ...JNB,
    text: mail(
      'Hi Thabo',
      '',
      'Hope you are well.',
      '',
      'Great news \u2013 the Financial Controller role at the logistics client in Midrand has moved forward and the CFO would like to meet you.',
      '',
      'Are you available on Monday at 10h00 for a Teams call with her? It should take about 45 minutes. Shout if that does not work and I will see what else she has.',
      '',
      'Kind regards',
      'Lerato Dlamini',
      'Senior Recruitment Consultant | Hays Accountancy & Finance',
      'Sandton, Johannesburg',
    ),
    expect: [{ kind: 'interview', by: '2090-10-30', time: '10:00', phrase: 'Monday at 10h00' }],
  },
  {
    // Riyadh, an Oracle Recruiting notification; a Sunday interview with the offset in parentheses.
    ...RUH,
    text: mail(
      'Dear Faisal Al-Qahtani,',
      '',
      'Your interview has been scheduled for the requisition Procurement Specialist (REQ-20907).',
      '',
      'Interview Type: Video (Microsoft Teams)',
      'Date: 29/10/2090',
      'Start Time: 10:00 AM (GMT+3)',
      'Duration: 45 minutes',
      'Interviewers: Eng. Saad Al-Harbi; Ms. Reem Al-Otaibi',
      '',
      'Please join the meeting five minutes early and keep your national ID ready.',
      '',
      'Best Regards,',
      'Talent Acquisition',
      'Najd Industrial Services Company',
      '',
      'This is a system-generated notification from Oracle Recruiting Cloud. Please do not reply.',
    ),
    expect: [{ kind: 'interview', by: '2090-10-29', time: '10:00', phrase: 'Date: 29/10/2090' }],
  },
  {
    // Singapore, an in-house recruiter's promise and her leave.
    ...SIN,
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thanks again for meeting the team on Monday. The hiring manager is finalising the shortlist for the final round with the regional head next week, so you should hear from us by 10 Nov latest.',
      '',
      'Just a heads-up that I will be on leave from tomorrow till 3 Nov. Please hold any follow-ups till I am back in office on 6 Nov \u2013 my inbox will not be monitored.',
      '',
      'Cheers,',
      'Rachel Tan',
      'Talent Acquisition Partner, APAC',
      'Merlion Logistics Pte Ltd',
    ),
    expect: [
      { kind: 'response-by', by: '2090-11-10', phrase: 'by 10 Nov latest' },
      {
        kind: 'no-contact-before',
        by: '2090-11-06',
        phrase: 'hold any follow-ups till I am back in office on 6 Nov',
      },
    ],
  },
  {
    // Kuala Lumpur, formal Malaysian phrasing with the number in words and figures.
    ...KUL,
    text: mail(
      'Dear Encik Muhammad Faiz bin Razak,',
      '',
      'INTERVIEW FOR THE POSITION OF EXECUTIVE, CREDIT ADMINISTRATION',
      '',
      'We refer to the above matter and your interview with our panel on 24 October 2090.',
      '',
      'Kindly be informed that your candidature is currently under consideration. The result of the interview will be notified to you within one (1) month from the date of this email.',
      '',
      'Thank you for your interest in joining Bank Serindit Berhad.',
      '',
      'Yours sincerely,',
      'Nurul Aini binti Hassan',
      'Human Capital Management Division',
      'Bank Serindit Berhad, Kuala Lumpur',
    ),
    expect: [{ kind: 'response-by', by: '2090-11-26', phrase: 'within one (1) month' }],
  },
  {
    // Manila, a BPO recruiter; the US client's time in EDT (New York is still on summer time) for a Manila reader.
    ...MNL,
    text: mail(
      'Hi Kristine,',
      '',
      'Good news po! You passed the account validation with our operations manager. The last step is the client interview with the US team lead.',
      '',
      'The client interview is set on Tuesday, Oct 31 at 8:00 AM EDT via Zoom. Please log in 15 minutes early, use a headset and make sure your internet connection is stable. The link will follow from our scheduler.',
      '',
      'Kindly reply "Confirmed" to this email. Thank you and good luck!',
      '',
      'Regards,',
      'Mark Anthony Dela Cruz',
      'Recruitment Specialist',
      'BrightShore Solutions Philippines Inc. \u2013 Ortigas',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2090-10-31',
        time: '20:00',
        phrase: 'Tuesday, Oct 31 at 8:00 AM EDT',
      },
    ],
  },
  {
    // Kingston, a Jamaican bank's HR.
    ...KIN,
    text: mail(
      'Dear Ms. Shanice Campbell,',
      '',
      'Re: Customer Service Representative \u2013 Half Way Tree Branch',
      '',
      'We are pleased to invite you to an interview for the above-mentioned position. Your interview is scheduled for Wednesday, November 1, 2090 at 10:00 a.m. at our Corporate Office, 14 Knutsford Boulevard, New Kingston.',
      '',
      'Please walk with a valid government-issued ID, your TRN and copies of your CXC/CSEC certificates. Business attire is required.',
      '',
      'Respectfully,',
      'Orville Brown',
      'Human Resources Officer',
      'Blue Mountain Commercial Bank Limited',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2090-11-01',
        time: '10:00',
        phrase: 'Wednesday, November 1, 2090 at 10:00 a.m.',
      },
    ],
  },
  {
    // Dublin, a public-sector body: the window counts from the closing date stated in the email.
    ...DUB,
    text: mail(
      'Dear Siobh\u00e1n,',
      '',
      'Thank you for your application for the post of Executive Officer (Grade IV), Community Services, which closed on Friday 20 October.',
      '',
      'All applications are now being assessed against the shortlisting criteria. Candidates will be notified of the outcome of shortlisting within 10 working days of the closing date. Shortlisted candidates will then be invited to a competency-based interview.',
      '',
      'Is mise le meas,',
      'Recruitment Unit',
      'Fingal Coastal Regional Council',
    ),
    expect: [
      {
        kind: 'response-by',
        by: '2090-11-03',
        phrase: 'within 10 working days of the closing date',
      },
    ],
  },
  {
    // London, a GoodTime invitation in Eastern Time; UK clocks go back on 29 October, New York's on 5 November.
    ...LDN,
    text: mail(
      'Hi Oliver,',
      '',
      'Your interview with Halcyon Analytics has been scheduled. Details below:',
      '',
      'Interview: Hiring Manager Conversation \u2013 Senior Product Designer',
      'When: Tuesday 31 October 2090, 10:00 AM \u2013 11:00 AM Eastern Time (US & Canada)',
      'Where: Zoom (link in the calendar invitation)',
      'Interviewer: Dana Whitfield, Director of Design',
      '',
      'Need to make a change? Use the reschedule link in your calendar invite.',
      '',
      'Thanks,',
      'Halcyon Analytics Recruiting',
      'Scheduled with GoodTime',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2090-10-31',
        time: '14:00',
        phrase: 'Tuesday 31 October 2090, 10:00 AM',
      },
    ],
  },
  {
    // Chicago, an Ashby-sent note from a recruiter.
    ...CHI,
    text: mail(
      'Hi Marcus,',
      '',
      'Thanks so much for spending your afternoon with the team yesterday \u2013 everyone really enjoyed the system design conversation.',
      '',
      "We're collecting feedback from the panel now and the debrief is on the calendar for Monday. I'll have an answer for you early next week.",
      '',
      'Best,',
      'Jenna Kowalski',
      'Recruiting @ Prairieline',
    ),
    expect: [{ kind: 'response-by', by: '2090-11-01', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Sydney, a state-government panel convenor: three weeks, and no contact with the panel.
    ...SYD,
    text: mail(
      'Dear Priya,',
      '',
      'Thank you for attending the capability assessment for the Senior Policy Officer (Clerk Grade 9/10) role on Tuesday.',
      '',
      'The panel is now completing reference checks and the selection report. You will be advised of the outcome within three weeks.',
      '',
      'To ensure a fair and merit-based process, please do not contact panel members directly. Any questions should be directed to me.',
      '',
      'Kind regards,',
      'Daniel Nguyen',
      'Panel Convenor | Department of Regional Transport',
      'Parramatta NSW 2150',
    ),
    expect: [
      { kind: 'response-by', by: '2090-11-16', phrase: 'within three weeks' },
      { kind: 'no-calls', phrase: 'please do not contact panel members directly' },
    ],
  },
  {
    // Auckland, a founder writing casually.
    ...AKL,
    text: mail(
      'Kia ora Mere,',
      '',
      "Cheers for coming in yesterday, it was great to chat through the ops role. We've got one more person to see tomorrow arvo and then Sam and I will sit down and make a call.",
      '',
      "I'll let you know either way by Wednesday.",
      '',
      'Ng\u0101 mihi,',
      'Tom',
      'Founder, Kumara & Co.',
    ),
    expect: [{ kind: 'response-by', by: '2090-11-01', phrase: 'by Wednesday' }],
  },

  // ---- negatives ----
  {
    // Kolkata: the reader as an employee, an appraisal discussion.
    ...KOL,
    text: mail(
      'Dear Sourav,',
      '',
      'As part of the H1 FY2090-91 performance review cycle, your appraisal discussion with your reporting manager, Ms. Rituparna Sen, has been scheduled on 30/10/2090 at 3:00 PM in Conference Room 4B, Salt Lake Sector V.',
      '',
      'Kindly complete your self-assessment on the HRMS portal by 28/10/2090. Ratings will be released along with the revised compensation letters in the November payroll.',
      '',
      'Regards,',
      'HR Business Partner \u2013 Eastern Region',
      'Gangasagar Consulting Services',
    ),
    expect: [],
  },
  {
    // Karachi: the reader as an interview panel member.
    ...KHI,
    text: mail(
      'Dear Ms. Sana Farooqui,',
      '',
      'You have been nominated as a panel member for the interviews of Assistant Manager \u2013 Supply Chain candidates. The interviews will be conducted on Monday, 30 October 2090 from 10:00 AM to 4:00 PM at the Head Office, Clifton.',
      '',
      'Candidate CVs and the evaluation sheets are attached. Kindly submit your scores to HR by Wednesday, 1 November.',
      '',
      'Best regards,',
      'Talent Acquisition',
      'Arabian Sea Foods (Pvt.) Ltd., Karachi',
    ),
    expect: [],
  },
  {
    // Dhaka: a visa appointment, life admin.
    ...DAC,
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment for a visa interview has been confirmed.',
      '',
      'Applicant Name: RAHMAN, NUSRAT',
      'Visa Category: Student (F-1)',
      'Appointment Date: 02 November 2090',
      'Appointment Time: 08:30',
      'Location: Consular Section, Madani Avenue, Baridhara, Dhaka',
      '',
      'Please arrive no more than 15 minutes before your appointment. Mobile phones and bags are not permitted inside the premises.',
      '',
      'Visa Information and Appointment Service',
    ),
    expect: [],
  },
  {
    // Colombo: an MPhil viva.
    ...CMB,
    text: mail(
      'Dear Mr. Kasun Jayawardena,',
      '',
      'I am directed to inform you that the viva voce examination for your MPhil thesis titled "Monsoon Variability and Paddy Yields in the Dry Zone" has been scheduled for Tuesday, 7th November 2090 at 10.00 a.m. in the Faculty Board Room.',
      '',
      'The examiners are Prof. S. Wickramasinghe (internal) and Dr. A. Ratnayake (external). Please bring three bound copies of your thesis.',
      '',
      'Yours faithfully,',
      'Assistant Registrar',
      'Faculty of Graduate Studies, University of Kelaniya Highlands',
    ),
    expect: [],
  },
  {
    // Lagos: a job board's alert; the only dates are closing dates.
    ...LOS,
    text: mail(
      'Hello Ifeoma,',
      '',
      '8 new jobs match your alert "Accountant \u2013 Lagos".',
      '',
      'Finance Officer \u2013 Ikeja Mills Plc \u2013 Lagos \u2013 Deadline: 3rd November, 2090',
      'Graduate Trainee (Accounts) \u2013 Eko Energy Ltd \u2013 Lekki \u2013 Deadline: 10th November, 2090',
      'Senior Accountant \u2013 Harmattan Logistics \u2013 Apapa \u2013 Interviews start 6 Nov',
      '',
      'Apply early \u2013 employers review applications as they come in.',
      '',
      'To stop receiving these alerts, update your preferences.',
      'NaijaCareers Jobs Alert',
    ),
    expect: [],
  },
  {
    // Nairobi: the reader as a referee, asked for a single call slot.
    ...NBO,
    text: mail(
      'Dear Dr. Otieno,',
      '',
      'Mr. Brian Kiprotich has applied for the position of Laboratory Manager at Rift Valley Diagnostics and has listed you as one of his referees.',
      '',
      'Would you be available for a brief reference call on Tuesday at 11:00 a.m.? It should take no more than 15 minutes. Alternatively, you may complete the attached reference form and return it by Friday.',
      '',
      'Thank you for your assistance.',
      '',
      'Kind regards,',
      'Mercy Achieng',
      'HR Officer, Rift Valley Diagnostics',
    ),
    expect: [],
  },
  {
    // Kampala: a cousin's interview.
    ...KLA,
    text: mail(
      'Hey cuz,',
      '',
      'Eh! They finally called me. My interview at Pearl Telecom is on Monday at 9am at their Nakasero office. Please pray for me \u{1F64F}',
      '',
      'Also can I borrow your navy blazer? I will pick it on Sunday after church.',
      '',
      'Esther',
    ),
    expect: [],
  },
  {
    // Johannesburg: an agency pitching temporary staff to an employer.
    ...JNB,
    text: mail(
      'Dear Operations Manager,',
      '',
      'The festive season is around the corner. Is your warehouse ready for the December peak?',
      '',
      'Randstad can place vetted pickers, packers and forklift operators on site within 48 hours. Book a 20-minute call with our Gauteng industrial team before 15 November to lock in 2090 rates.',
      '',
      'Kind regards',
      'Randstad South Africa \u2013 Industrial Staffing',
      '',
      'You are receiving this because you are a Randstad client. Unsubscribe',
    ),
    expect: [],
  },
  {
    // Dubai: the reader as a hiring manager owing feedback (Oracle Recruiting template).
    ...DXB,
    text: mail(
      'Dear Ahmed Khalil,',
      '',
      'You interviewed Rahul Menon for the requisition Senior Site Engineer (REQ-33811) on 25/10/2090.',
      '',
      'Please submit your interview feedback in Oracle Recruiting by 30/10/2090 so that the recruiter can progress the candidate. Next-round interviews are planned for the week of 6 November.',
      '',
      'Best Regards,',
      'Talent Acquisition',
      'Gulf Meridian Contracting LLC, Dubai',
      '',
      'This is an automated notification. Please do not reply.',
    ),
    expect: [],
  },
  {
    // Singapore: an IT maintenance window on the HR system.
    ...SIN,
    text: mail(
      'Dear colleagues,',
      '',
      'Workday will be unavailable due to scheduled maintenance from Saturday 28 Oct, 10:00 pm SGT to Sunday 29 Oct, 2:00 am SGT.',
      '',
      'During this window you will not be able to submit leave, claims or timesheets. Please submit any claims for October by Friday 27 Oct so that they are processed in the October payroll.',
      '',
      'Thank you for your understanding.',
      'HR Systems Team',
      'Straits Marine Holdings',
    ),
    expect: [],
  },
  {
    // Manila: the reader as a recruiter, tomorrow's interview loop (ModernLoop).
    ...MNL,
    text: mail(
      'Hi Joanna,',
      '',
      'Here is your interview schedule for tomorrow, Friday, Oct 27:',
      '',
      '9:00 AM \u2013 Initial Interview \u2013 Paolo Reyes (Customer Support Associate)',
      '10:00 AM \u2013 Initial Interview \u2013 Camille Santos (Customer Support Associate)',
      '1:30 PM \u2013 Final Interview \u2013 Jerome Villanueva (Team Leader)',
      '',
      'Please log your assessments in the ATS within 24 hours of each interview.',
      '',
      'Sent by ModernLoop on behalf of BrightShore Solutions Philippines Inc.',
    ),
    expect: [],
  },
  {
    // Hong Kong: a podcast interview request.
    ...HKG,
    text: mail(
      'Hi Vivian,',
      '',
      'I host "Harbour Talks", a weekly podcast about women in fintech in Hong Kong. We loved your panel at the FinTech Week breakfast and would be honoured to interview you for an episode.',
      '',
      'Would Thursday 2 November at 3pm HKT work for a 40-minute recording at our studio in Sheung Wan? The episode would go live mid-November.',
      '',
      'Best,',
      'Kelvin Lau',
      'Host & Producer, Harbour Talks',
    ),
    expect: [],
  },
  {
    // Dublin: an acknowledgement whose only date is the application closing date.
    ...DUB,
    text: mail(
      'Dear Ciar\u00e1n,',
      '',
      'Thank you for applying for the Clinical Nurse Manager 2 role with Leinster Community Healthcare. This email confirms we have received your application.',
      '',
      'The closing date for applications is 12 noon on Thursday 9 November 2090. Shortlisting will take place after the closing date and we will be in touch in due course.',
      '',
      'Please ensure your contact details are up to date on the recruitment portal.',
      '',
      'Kind regards,',
      'Recruitment Team',
      'Leinster Community Healthcare',
    ),
    expect: [],
  },
  {
    // London: the reader as an employee, a town hall after the UK clock change.
    ...LDN,
    text: mail(
      'Hi all,',
      '',
      "Our Q4 Town Hall is on Wednesday 1 November at 16:00 GMT in the Atrium (and on Teams for those working from home). We'll cover H2 results, the new hybrid working policy and the 2091 hiring plan.",
      '',
      'Please send any questions for the leadership team to the anonymous form by Monday.',
      '',
      'Thanks,',
      'Internal Communications',
      'Thameside Insurance Group',
    ),
    expect: [],
  },
  {
    // Toronto: parent-teacher interviews at a child's school.
    ...TOR,
    text: mail(
      'Dear Parents and Guardians,',
      '',
      'Parent-teacher interviews for the first term will take place on Thursday, November 16 from 4:00 p.m. to 8:00 p.m. and Friday, November 17 from 9:00 a.m. to 12:00 p.m.',
      '',
      'Interview bookings open on the school portal on Monday, October 30 at 8:00 a.m. Each interview is 10 minutes. Please book no later than November 10.',
      '',
      'Sincerely,',
      'Ms. Patricia Douglas',
      'Principal, Maple Ridge Public School',
    ),
    expect: [],
  },
  {
    // Sydney: the reader as a volunteer mock interviewer at a careers event.
    ...SYD,
    text: mail(
      'Hi Andrew,',
      '',
      'Thank you for volunteering as a mock interviewer at our Graduate Mock Interview Day on Friday 3 November!',
      '',
      'Please arrive at 9:00am for a short briefing in the Quad Lounge; your first student interview starts at 9:30am. Each student has booked a 25-minute practice interview and will bring their CV and the job ad they are targeting.',
      '',
      'Lunch is provided. Thanks again for supporting our students.',
      '',
      'Warm regards,',
      'Careers & Employability Team',
      'Harbourside University',
    ),
    expect: [],
  },
  {
    // Auckland: a freelancer's client proposing a call.
    ...AKL,
    text: mail(
      'Hey Jess,',
      '',
      'Thanks for the quote for the new Shopify site \u2013 looks good to us. Could we jump on a call Tuesday at 10am to go through the brief and the product photos?',
      '',
      'We are hoping to launch before the Christmas rush, so ideally the first draft by mid-November.',
      '',
      'Cheers,',
      'Hamish',
      'Tussock & Twine Homewares',
    ),
    expect: [],
  },
  {
    // Chicago: a paid user-research interview.
    ...CHI,
    text: mail(
      'Hi Danielle,',
      '',
      'Thanks for signing up for our research study on household budgeting apps! Your 60-minute interview session is confirmed:',
      '',
      'Date: Monday, October 30, 2090',
      'Time: 2:00 PM CT',
      'Format: Zoom video call (camera on, please)',
      '',
      'As a thank-you, you will receive a $75 e-gift card within 5 business days after the session.',
      '',
      'Best,',
      'The User Research Team at Ledgerly',
    ),
    expect: [],
  },
];
