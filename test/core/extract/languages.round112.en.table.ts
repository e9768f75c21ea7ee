// Round 1160 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Sunday 2
// November 2087 at 19:40 local: the day North America fell back to standard time (Europe changed a week earlier),
// so every northern zone is on winter time and Sydney, Melbourne and Auckland on summer time. Sent on a Sunday:
// "next week" is the week that starts tomorrow (3 to 7 November), a bare weekday is the coming one, "3 working
// days" ends Wednesday 5 November; US Thanksgiving is 27 November, so "after Thanksgiving" is 4 December.
// Positives: an Ashby onsite in PST, a ModernLoop slot in Central Time for a New York reader (14:00), a Riyadh
// Sunday-workday "within 3 working days", an Austin founder's "by end of next week", a UK Civil Service sift date
// beside an interview week that is no interview, a Melbourne Teamtailor rejection, a Zoom invitation in Eastern
// Time for a Halifax reader (10:30), a Hong Kong Robert Half consultant asking to hold off until the manager is
// back, an Accra bank interview in GMT, an Edinburgh university "within two weeks of the closing date, 31 October",
// a Kuala Lumpur Jobvite "in the coming days", a Seattle Oracle Recruiting offer with an accept-by date, a Pune
// reschedule from 4th to 6th Nov, a Lagos BambooHR "phone calls and walk-ins will not be entertained", a
// Wellington police "by early December" and a Denver "after Thanksgiving". Negatives: the reader as hiring
// manager (a Lever feedback digest), as mentor of someone with an interview, as panel member for a lecturer post,
// as employee (all-hands and offsite, a laptop upgrade, benefits enrolment), as volunteer and as a research-study
// participant; a citizenship test and interview; parent-teacher interviews; an MBA admissions interview; a flight;
// a recruiter's career-tips newsletter with a CV clinic; an assessment deadline for the reader; a vet booking; a
// mother's news of a cousin's interview. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 2 November 2087, 19:40 local.
const NY = { sentAt: '2087-11-02T19:40:00-05:00', tz: 'America/New_York' } as const;
const HFX = { sentAt: '2087-11-02T19:40:00-04:00', tz: 'America/Halifax' } as const;
const TOR = { sentAt: '2087-11-02T19:40:00-05:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2087-11-02T19:40:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2087-11-02T19:40:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2087-11-02T19:40:00-08:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2087-11-02T19:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2087-11-02T19:40:00+00:00', tz: 'Europe/Dublin' } as const;
const DXB = { sentAt: '2087-11-02T19:40:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2087-11-02T19:40:00+03:00', tz: 'Asia/Riyadh' } as const;
const CCU = { sentAt: '2087-11-02T19:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2087-11-02T19:40:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2087-11-02T19:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2087-11-02T19:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const PER = { sentAt: '2087-11-02T19:40:00+08:00', tz: 'Australia/Perth' } as const;
const SYD = { sentAt: '2087-11-02T19:40:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2087-11-02T19:40:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2087-11-02T19:40:00+13:00', tz: 'Pacific/Auckland' } as const;
const LOS = { sentAt: '2087-11-02T19:40:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2087-11-02T19:40:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2087-11-02T19:40:00+02:00', tz: 'Africa/Johannesburg' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1160_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Ashby onsite confirmation with a flattened agenda table.
  {
    text: mail(
      'Hi Noah,',
      '',
      "You're all set for your onsite with Parcelwise! Here's what your day looks like:",
      '',
      'Tuesday, November 4, 2087 · 10:00 AM – 2:00 PM PST',
      '1201 Harrison St, Floor 4, San Francisco (check in with the front desk)',
      '',
      '10:00 AM  Welcome & coffee          Lena Ortiz (Recruiter)',
      '10:15 AM  System design             Amir Haddad',
      '11:15 AM  Pairing exercise          Beth Sørensen',
      '12:15 PM  Lunch with the team',
      '1:15 PM   Hiring manager chat        Gwen Park',
      '',
      "Parking validation is available. If anything comes up, reply here and we'll sort it out.",
      '',
      'Lena Ortiz',
      'Recruiter, Parcelwise',
      'Sent with Ashby',
    ),
    ...LA,
    expect: [
      {
        kind: 'interview',
        by: '2087-11-04',
        time: '10:00',
        phrase: 'Tuesday, November 4, 2087 · 10:00 AM – 2:00 PM PST',
      },
    ],
  },
  // ModernLoop confirmation in Central Time, reader in New York.
  {
    text: mail(
      'Hi Gabriela,',
      '',
      'Your interview with Harbor & Pine Analytics has been confirmed.',
      '',
      'Hiring Manager Interview - Marketing Analytics Lead',
      'Thursday, Nov 6 at 1:00 PM CT (60 min)',
      'Video: Microsoft Teams (link in calendar invite)',
      '',
      'Need to make a change? Use the link below to request a new time.',
      '',
      'Scheduled with ModernLoop on behalf of Harbor & Pine Analytics',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2087-11-06',
        time: '14:00',
        phrase: 'Thursday, Nov 6 at 1:00 PM CT',
      },
    ],
  },
  // Riyadh, Sunday is a working day there.
  {
    text: mail(
      'Dear Eng. Faisal,',
      '',
      'Thank you for attending the technical interview today with our Projects Directorate. The panel will submit its evaluation and we will revert to you with the decision within 3 working days.',
      '',
      'Best regards,',
      'Noura Al-Shehri',
      'Talent Acquisition, Najd Infrastructure Company',
    ),
    ...RUH,
    expect: [{ kind: 'response-by', by: '2087-11-05', phrase: 'within 3 working days' }],
  },
  // Founder writing on a Sunday evening, short.
  {
    text: mail(
      "Hey Marcus - thanks again for Friday, the team loved your take on the onboarding flow. We're closing out our seed round this week so things are hectic, but I'll have an answer for you by end of next week. - Priya",
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2087-11-07', phrase: 'by end of next week' }],
  },
  // UK Civil Service: a sift date; the interview week is no interview of this candidate on a known day.
  {
    text: mail(
      'Dear Jasmine Akhtar,',
      '',
      'Vacancy: Policy Adviser - Net Zero Buildings (HEO)',
      'Reference: 2087-339015',
      '',
      'Thank you for applying. The vacancy closed on 30 October and the sift panel will assess applications against the behaviours and experience set out in the advert.',
      '',
      'Sift results will be released by Friday 14 November 2087. Interviews are expected to take place in the week commencing 24 November 2087 and will be held on MS Teams.',
      '',
      'Kind regards,',
      'Government Recruitment Service',
      '',
      'You are receiving this email because you applied for a job on Civil Service Jobs. Please do not reply to this email.',
      'Civil Service Jobs | Your account | Help',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2087-11-14', phrase: 'by Friday 14 November 2087' }],
  },
  // Teamtailor rejection, Melbourne.
  {
    text: mail(
      'Hi Zoe,',
      '',
      "Thank you for the time you put into your application and interviews for the Product Designer position at Wattle & Co. After careful consideration, we won't be moving forward with your application at this time.",
      '',
      'We genuinely appreciated getting to know you and wish you the best in your search.',
      '',
      'Warmly,',
      'The Wattle & Co. Talent Team',
      'Powered by Teamtailor',
    ),
    ...MEL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Zoom invitation text in Eastern Time for a Halifax reader.
  {
    text: mail(
      'Hello Siobhan,',
      '',
      'As discussed, here is the Zoom link for your interview with our clinical operations team.',
      '',
      'Marguerite Lavoie is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Interview - Clinical Data Coordinator',
      'Time: Nov 5, 2087 09:30 AM Eastern Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://zoom.us/j/5550198273?pwd=Qm9vbGVhbg',
      'Meeting ID: 555 019 8273',
      'Passcode: 604118',
      '',
      'Regards,',
      'Marguerite Lavoie',
      'HR Generalist, Tidewater Clinical Research, Ottawa',
    ),
    ...HFX,
    expect: [
      {
        kind: 'interview',
        by: '2087-11-05',
        time: '10:30',
        phrase: 'Time: Nov 5, 2087 09:30 AM Eastern Time (US and Canada)',
      },
    ],
  },
  // Robert Half Hong Kong: hold off until the manager is back.
  {
    text: mail(
      'Hi Kelly,',
      '',
      'Quick update on the Financial Controller role at Lumen Harbour. Amanda (the CFO) is travelling to the Shanghai office this week and is back in the office on 12 November, so please hold off chasing until then - I will push her for feedback on the day she is back.',
      '',
      'Enjoy the rest of your Sunday!',
      '',
      'Best regards,',
      'Jason Leung',
      'Senior Manager, Finance & Accounting',
      'Robert Half Hong Kong | EA Licence No. 07C3595',
    ),
    ...HKG,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2087-11-12',
        phrase: 'please hold off chasing until then',
      },
    ],
  },
  // Accra bank interview in GMT.
  {
    text: mail(
      'Dear Mr. Kwame Asante,',
      '',
      'INVITATION FOR INTERVIEW - RELATIONSHIP MANAGER, SME BANKING',
      '',
      'We are pleased to inform you that you have been shortlisted for the above position. Your interview has been scheduled for Monday, 10th November 2087 at 9:00 GMT at our Head Office, 14 Independence Avenue, Ridge, Accra.',
      '',
      'Kindly come along with the originals of your academic certificates, your Ghana Card and two passport-sized photographs.',
      '',
      'Yours faithfully,',
      'Abena Owusu-Ansah (Mrs.)',
      'Head, Human Capital',
      'Volta Continental Bank PLC',
    ),
    ...ACC,
    expect: [
      {
        kind: 'interview',
        by: '2087-11-10',
        time: '09:00',
        phrase: 'Monday, 10th November 2087 at 9:00 GMT',
      },
    ],
  },
  // University staff role, window counted from the closing date.
  {
    text: mail(
      'Dear Dr Morrison,',
      '',
      'Thank you for your application for the post of Research Fellow in Computational Linguistics (Vacancy 0112487).',
      '',
      'We aim to notify all applicants of the shortlisting outcome within two weeks of the closing date, 31 October 2087. If you are shortlisted, the interview will include a 15-minute presentation.',
      '',
      'With best wishes,',
      'HR Recruitment Team',
      'University of Lothian',
      '',
      'The University of Lothian is a charitable body, registered in Scotland, with registration number SC009872.',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2087-11-14',
        phrase: 'within two weeks of the closing date, 31 October 2087',
      },
    ],
  },
  // Jobvite status update, Kuala Lumpur.
  {
    text: mail(
      'Dear Wei Jie,',
      '',
      'Thank you for completing the case study for the Data Engineer role at Petaling Grid Sdn Bhd. Our hiring panel is finalising the evaluation of all candidates, and we will update you on the next step in the coming days.',
      '',
      'Best regards,',
      'Recruitment Team, Petaling Grid',
      '(sent via Jobvite)',
    ),
    ...KUL,
    expect: [{ kind: 'response-by', by: '2087-11-07', phrase: 'in the coming days', fuzzy: true }],
  },
  // Oracle Recruiting offer, Seattle, with an accept-by date for the candidate.
  {
    text: mail(
      'Dear Anjali,',
      '',
      'Congratulations! On behalf of Cascadia Freight Systems, we are pleased to extend to you an offer of employment for the position of Senior Business Systems Analyst.',
      '',
      'Your offer letter is now available in the Candidate Experience portal. Please review the details, including compensation and your proposed start date of December 1, 2087, and accept the offer electronically by November 7.',
      '',
      'We look forward to welcoming you to the team.',
      '',
      'Sincerely,',
      'Trevor Nakamura',
      'Talent Acquisition Partner',
      'Cascadia Freight Systems',
      '',
      'This message was generated by Oracle Recruiting Cloud. Please do not reply directly to this email.',
    ),
    ...LA,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Pune reschedule.
  {
    text: mail(
      'Hi Rohit,',
      '',
      'Due to unavailability of the panel, kindly note your technical interview is rescheduled from 4th Nov to 6th Nov 2087, 2:30 PM IST. The Teams link remains the same.',
      '',
      'Apologies for the inconvenience.',
      '',
      'Thanks & Regards,',
      'Sneha Kulkarni',
      'Talent Acquisition | Sahyadri Infotech Pvt. Ltd., Hinjewadi, Pune',
    ),
    ...CCU,
    expect: [
      {
        kind: 'interview',
        by: '2087-11-06',
        time: '14:30',
        phrase: 'rescheduled from 4th Nov to 6th Nov 2087, 2:30 PM IST',
      },
    ],
  },
  // BambooHR acknowledgement, Lagos, with a no-calls line.
  {
    text: mail(
      'Dear Chidinma,',
      '',
      'Thank you for applying for the role of Inventory Controller at Okoye Pharma Distribution Ltd. Your application has been received and will be reviewed by our HR team.',
      '',
      'Please note that only shortlisted candidates will be contacted. Phone calls and walk-ins will not be entertained.',
      '',
      'Regards,',
      'HR Department',
      'Okoye Pharma Distribution Ltd',
      'Sent via BambooHR',
    ),
    ...LOS,
    expect: [
      {
        kind: 'no-calls',
        phrase: 'Phone calls and walk-ins will not be entertained',
      },
    ],
  },
  // NZ Police assessment centre, early December.
  {
    text: mail(
      'Kia ora Tama,',
      '',
      'Thanks for attending the assessment centre in Porirua. Your results, along with your vetting and medical, are now with the recruitment board.',
      '',
      'We expect to let you know the outcome by early December. If your contact details change in the meantime, please update them in your applicant profile.',
      '',
      'Ngā mihi nui,',
      'Recruitment Case Manager',
      'New Zealand Police - Recruitment Central',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2087-12-10', phrase: 'by early December', fuzzy: true }],
  },
  // Denver: after Thanksgiving, with quoted history.
  {
    text: mail(
      'Hi Cody,',
      '',
      "Thanks for checking in! Final interviews for the Field Geologist role wrap up this week, but with half the team out for the holiday we won't get everyone in a room until after Thanksgiving. I'll reach out then with a decision.",
      '',
      'Best,',
      'Rhonda Whitfield',
      'HR Business Partner | Front Range Minerals',
      '303-555-0175',
      '',
      '-----Original Message-----',
      'From: Cody Albrecht',
      'Sent: Saturday, November 1, 2087 8:12 AM',
      'To: Rhonda Whitfield',
      'Subject: Field Geologist - checking in',
      '',
      'Hi Rhonda, I hope you are well. I wanted to check in on the Field Geologist position after my interview on October 22. Is there any update on the timeline? Thanks, Cody',
    ),
    ...DEN,
    expect: [
      {
        kind: 'response-by',
        by: '2087-12-04',
        phrase: 'after Thanksgiving',
        fuzzy: true,
      },
    ],
  },

  // ---- negatives ----
  // The reader as hiring manager: a Lever feedback digest.
  {
    text: mail(
      'Hi Dana,',
      '',
      'You have 3 interviews this week and 2 pieces of feedback outstanding.',
      '',
      'Upcoming',
      '  Tue, Nov 4, 11:00 AM PST - Priya Shah - Onsite: Product Sense',
      '  Wed, Nov 5, 3:30 PM PST - Marco Bellini - Phone Screen',
      '',
      'Feedback due',
      '  Elliot Grant (interviewed Thu, Oct 30) - please submit within 24 hours',
      '',
      'Open Lever to view candidate profiles.',
      'Lever Hiring Manager Digest - Manage notification settings',
    ),
    ...LA,
    expect: [],
  },
  // The reader as employee: all-hands and an offsite.
  {
    text: mail(
      'Hi all,',
      '',
      "A reminder that the Q4 all-hands is this Thursday at 3pm in the Atrium (and on Teams for remote folks). We'll cover the 2088 plan, the new appraisal cycle and the hiring freeze.",
      '',
      "The leadership offsite is 20-21 November in Bath; I'll send the agenda by Friday.",
      '',
      'Thanks,',
      'Rebecca',
      'Chief of Staff',
    ),
    ...LDN,
    expect: [],
  },
  // An IT laptop upgrade, short.
  {
    text: mail(
      'IT Notice: your laptop SG-LT-4471 is scheduled for the Windows upgrade on Tue 4 Nov between 18:00 and 20:00 SGT. Please save your work and leave it plugged in. - Group IT Service Desk',
    ),
    ...SIN,
    expect: [],
  },
  // The reader as mentor; the mentee has the interview.
  {
    text: mail(
      'Hi Grace,',
      '',
      "Thanks so much for agreeing to mentor me through the grad program! Big news - I've got my final interview at Accenture on Thursday at 10am. Would you be free for a quick mock interview on Tuesday evening? Even 30 minutes would help heaps.",
      '',
      'Thanks again,',
      'Lachlan',
    ),
    ...MEL,
    expect: [],
  },
  // Volunteer induction.
  {
    text: mail(
      'Hi Orla,',
      '',
      "Thanks a million for signing up to volunteer at the Docklands Christmas Market! Your induction is on Saturday 15 November at 10am in the community hall - it takes about an hour and we'll go through the rota, the float and the health & safety bits.",
      '',
      'Shifts will be confirmed within a week of the induction.',
      '',
      'Cheers,',
      'Declan, Volunteer Coordinator',
    ),
    ...DUB,
    expect: [],
  },
  // Citizenship test and interview.
  {
    text: mail(
      'Notice to appear: citizenship test and interview',
      '',
      'Client ID: 0087-4412-93',
      '',
      'You are scheduled to take your citizenship test followed by an interview with a citizenship official on November 19, 2087 at 10:30 AM at 25 St. Clair Avenue East, Toronto. Bring this notice, your passport and all immigration documents. If you cannot attend, you must contact us before the appointment.',
      '',
      'Immigration, Refugees and Citizenship Canada',
    ),
    ...TOR,
    expect: [],
  },
  // Parent-teacher interviews.
  {
    text: mail(
      'Kia ora whānau,',
      '',
      'Parent-teacher interviews for Term 4 will be held on Thursday 13 November from 3:30pm to 7:30pm. Please book a 10-minute slot with your child’s teacher through the school app by this Friday.',
      '',
      'Ngā mihi,',
      'Room 12 - Ōwairaka Primary',
    ),
    ...AKL,
    expect: [],
  },
  // A flight, short.
  {
    text: mail(
      'Your trip to Doha: EK 843, Sun 9 Nov, departs DXB 02:15, arrives DOH 02:30. Online check-in opens 48 hours before departure. Manage your booking in the app.',
    ),
    ...DXB,
    expect: [],
  },
  // A recruiter's career-tips newsletter, long with a footer.
  {
    text: mail(
      'Hi Jordan,',
      '',
      'THE SUNDAY SHORTLIST - your weekly career tips from Harbourline Recruitment',
      '',
      '1. Five questions to ask at the end of an interview',
      "Interviewers remember the candidates who ask thoughtful questions. Try: 'What would success look like in the first 90 days?'",
      '',
      '2. Following up without being pushy',
      'Send a thank-you within 24 hours, then give the employer a week or two before you check in. If they gave you a timeline, wait until it has passed.',
      '',
      '3. Free CV clinic',
      'Our consultants are running a free CV clinic on Tuesday 11 November, 12:00-1:00pm AEDT. Book a 15-minute slot via our website.',
      '',
      '4. Hot jobs this week',
      'Payroll Officer (Parramatta) - Project Coordinator (North Sydney) - Customer Service Team Leader (Chatswood)',
      '',
      "Have a great week - and good luck if you've got interviews lined up!",
      'The Harbourline team',
      '',
      'Harbourline Recruitment Pty Ltd | Level 9, 60 Martin Place, Sydney NSW 2000',
      'You are receiving this because you registered with Harbourline. Unsubscribe | Update preferences',
    ),
    ...SYD,
    expect: [],
  },
  // A research study interview.
  {
    text: mail(
      'Dear Callum,',
      '',
      'Thank you for agreeing to take part in our study on how people experience gig work. Your interview with one of our researchers is scheduled for Monday 3 November at 2pm, on Zoom, and will last about 60 minutes.',
      '',
      'As a thank-you, you will receive a £20 voucher by email within 10 working days of the interview.',
      '',
      'Best wishes,',
      'Dr Hannah Okoro',
      'Work Futures Research Group, University of Salford',
    ),
    ...LDN,
    expect: [],
  },
  // An MBA admissions interview.
  {
    text: mail(
      'Dear Mr Tan,',
      '',
      'Congratulations - the Admissions Committee would like to invite you to interview for the Full-Time MBA, Round 2.',
      '',
      'Your admissions interview is confirmed for Tuesday 11 November 2087 at 4:00 PM SGT with an alumnus of the programme. Decisions for Round 2 will be released on 15 January 2088.',
      '',
      'MBA Admissions Office',
    ),
    ...SIN,
    expect: [],
  },
  // An assessment deadline for the reader (SuccessFactors words).
  {
    text: mail(
      'Dear Lerato,',
      '',
      'Thank you for updating your candidate profile for Requisition 44107 - Graduate Trainee, Finance.',
      '',
      'To complete your application, please finish the online numerical reasoning assessment within 5 days of receiving this email. The link will expire after that and incomplete applications cannot be considered.',
      '',
      'Kind regards,',
      'Graduate Recruitment',
      'Karoo Mutual Group',
      '',
      'This is an automated message sent from SAP SuccessFactors. Please do not reply.',
    ),
    ...JNB,
    expect: [],
  },
  // The reader on an interview panel for a lecturer post.
  {
    text: mail(
      'Dear Professor Walsh,',
      '',
      'Thank you for agreeing to sit on the interview panel for the Lecturer in Adult Nursing post. Interviews will take place on Wednesday 19 November from 9:30 to 16:00 in Room G.07. Candidate packs and the question bank will be sent to panel members by Friday.',
      '',
      'Kind regards,',
      'Faculty HR Officer',
    ),
    ...LDN,
    expect: [],
  },
  // A vet booking, short.
  {
    text: mail(
      "Hi Sam, Bella's booster is booked for Tuesday 4 Nov at 5:15pm with Dr Ngata. Please arrive 5 min early. Subiaco Vet Clinic",
    ),
    ...PER,
    expect: [],
  },
  // Benefits open enrolment for an employee.
  {
    text: mail(
      'Open Enrollment for 2088 benefits is now open in Workday.',
      '',
      'Make your medical, dental and vision elections by Friday, November 14 at 5:00 PM CT. If you do nothing, your current elections roll over. New this year: HSA employer contributions will be deposited with your first paycheck in January.',
      '',
      'Questions? Join a benefits Q&A session on Wednesday at noon.',
      '',
      'Total Rewards Team',
    ),
    ...CHI,
    expect: [],
  },
  // A mother's news of a cousin's interview.
  {
    text: mail(
      'Beta, your cousin Ravi has his interview with Infosys on Wednesday at 11, say a prayer for him. Mashi is making payesh for when he gets the job. Are you coming for lunch next Sunday? Call me. - Ma',
    ),
    ...CCU,
    expect: [],
  },
];
