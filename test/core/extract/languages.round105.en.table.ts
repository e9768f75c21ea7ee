// Round 1090 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. All rows were
// sent on Sunday 29 March 2082 at 18:00 local, the day most of Europe moved to summer time (London +01:00,
// Amsterdam +02:00) while Sydney and Auckland are still on daylight time until Sunday 5 April; US zones have
// been on daylight time since 8 March. Written on a Sunday: "next week" and "end of next week" are the week of
// Monday 30 March to Friday 3 April; "Monday" is 30 March; "by Wednesday" is 1 April.
// What it tries, as one job seeker's inbox over a fortnight would hold it: positives from Greenhouse (a
// label-value confirmation with a feedback window counted from the interview), a Hays consultant's phone reply
// "by Wednesday", a Workday rejection, a founder's "end of next week at the latest" above a quote, an NHS Jobs
// invitation "Interview date: 07/04/2082" with no telephone enquiries, an iCIMS "5-7 working days", a Zoom
// invitation in Sydney time on the first Monday after Sydney leaves daylight time read in London, an Ashby
// slot in Irish time for an Amsterdam reader, a USAJOBS window counted from a certificate date, a Michael Page
// consultant's leave ("please don't chase ... before then"), a BambooHR offer with a signing deadline, a
// SmartRecruiters "no later than Friday 17 April" above a quote, a Teams invitation in Lagos, a Recruitee
// window counted from a shortlisting day named in the sentence before, a Hong Kong bank's "early next month",
// a Calendly confirmation in Manila. Negatives: the reader's own appraisal, the reader as panelist (a forward
// with a scorecard due "within 24 hours"), a sister's interview, a job alert with closing dates, a research
// study's interview, a visa interview, a dentist, a flat inspection with a report "within 5 working days", an
// agency pitching candidates to the reader as hiring manager, a podcast recording, an acknowledgement that
// promises nothing dated, a first day and a pay date, a PhD viva, a career fair, a freelancer's client call,
// the reader as referee. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 29 March 2082, 18:00 local.
const NY = { sentAt: '2082-03-29T18:00:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2082-03-29T18:00:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2082-03-29T18:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2082-03-29T18:00:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2082-03-29T18:00:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2082-03-29T18:00:00+01:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2082-03-29T18:00:00+02:00', tz: 'Europe/Amsterdam' } as const;
const CCU = { sentAt: '2082-03-29T18:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2082-03-29T18:00:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2082-03-29T18:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2082-03-29T18:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2082-03-29T18:00:00+08:00', tz: 'Asia/Manila' } as const;
const LOS = { sentAt: '2082-03-29T18:00:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2082-03-29T18:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2082-03-29T18:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2082-03-29T18:00:00+04:00', tz: 'Asia/Dubai' } as const;
const BNE = { sentAt: '2082-03-29T18:00:00+10:00', tz: 'Australia/Brisbane' } as const;
const AKL = { sentAt: '2082-03-29T18:00:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1090_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse confirmation, label-value layout, a feedback window counted from the interview (Tue 31 Mar + 2
    // business days = Thu 2 Apr).
    text: mail(
      'Hi Marisol,',
      '',
      'Thanks for confirming your availability! Here are the details for your upcoming interview with Fennick Robotics.',
      '',
      'Interview: Technical Screen - Senior Firmware Engineer',
      'Date: Tuesday, March 31, 2082',
      'Time: 1:30 PM - 2:15 PM EDT',
      'Location: Google Meet (link below)',
      'Interviewers: Priya Venkat (Engineering Manager), Tomasz Wrona (Staff Engineer)',
      '',
      'Join: https://meet.google.com/fnk-rbts-0331',
      '',
      'Priya and Tomasz will spend most of the time on a practical embedded C exercise, so please have an editor ready and make sure you can share your screen. There is no need to prepare slides.',
      '',
      'We aim to share feedback within two business days of your interview, whichever way it goes.',
      '',
      'If you need an accommodation for any part of our process, just reply to this email and let us know.',
      '',
      'Best,',
      'Caitlin Moreau',
      'Recruiting Coordinator | Fennick Robotics',
      '',
      'Sent via Greenhouse. Fennick Robotics is an equal opportunity employer. This message and any attachments are confidential and intended only for the named recipient. If you received it in error, please notify the sender and delete it.',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2082-03-31', time: '13:30', phrase: 'Date: Tuesday, March 31, 2082' },
      { kind: 'response-by', by: '2082-04-02', phrase: 'within two business days of your interview' },
    ],
  },
  {
    // An agency consultant's reply from a phone, above the candidate's message (Hays, UK).
    text: mail(
      "Hi Tom, spoke to the client - they'll come back to me by Wednesday. Will ring you then.",
      'Ollie',
      'Sent from my iPhone',
      '',
      'On 27 Mar 2082, at 16:41, Tom Ashworth wrote:',
      '> Hi Ollie, any news from Harrowgate yet? Tom',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2082-04-01', phrase: 'by Wednesday' }],
  },
  {
    // Workday rejection (Canada).
    text: mail(
      'Dear Anjali,',
      '',
      'Thank you for your interest in the Financial Analyst II position (R-0044172) at Northmere Insurance and for the time you spent with our team over the past few weeks, including your panel interview with Dwayne and Hyun-woo and the case exercise you completed for us.',
      '',
      'After careful consideration, we have decided not to move forward with your candidacy for this role. This was a difficult decision given the strength of the applicant pool.',
      '',
      'We encourage you to continue exploring opportunities with us. You can set up job alerts in your candidate home page so that you hear about new openings that match your profile. We will keep your profile in our talent community for 12 months unless you ask us to remove it.',
      '',
      'We wish you every success in your search.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Northmere Insurance Company of Canada',
      '',
      'This email was sent from an unmonitored mailbox. Please do not reply.',
    ),
    ...TOR,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A founder writing casually, reply above quote (Lever-sourced, San Francisco); sent on a Sunday.
    text: mail(
      'hey Lucas!',
      '',
      "loved chatting on Friday. Amara and I are comparing notes on Tuesday and you'll have an answer from me by end of next week at the latest. no need to chase :)",
      '',
      'dev',
      '',
      'On Fri, Mar 27, 2082 at 5:02 PM Lucas Ferreira <lucas.ferreira@fastmail.com> wrote:',
      '> Hi Dev, thanks again for the conversation today. I really enjoyed hearing about the roadmap for Tidepool.',
      '> Best, Lucas',
    ),
    ...LA,
    expect: [{ kind: 'response-by', by: '2082-04-03', phrase: 'by end of next week at the latest' }],
  },
  {
    // NHS Jobs invitation: D/M/Y date label, 24h time, no telephone enquiries; the RSVP day is the reader's.
    text: mail(
      'Dear Ms Okafor,',
      '',
      'Application for: Band 5 Staff Nurse - Acute Medical Unit',
      'Reference: 221-AMU-4471-B',
      '',
      'Following shortlisting, I am pleased to invite you to attend an interview for the above post.',
      '',
      'Interview date: 07/04/2082',
      'Interview time: 10:45',
      'Venue: Education Centre, Room 3, Northgate General Hospital',
      'Panel: Sister R. Kaur, Ward Manager; Mr D. Fenwick, Matron',
      '',
      'Please bring photographic ID, proof of your right to work in the UK and your NMC PIN. The interview will last approximately 40 minutes and will include a short drug calculation test.',
      '',
      'Please confirm your attendance through your NHS Jobs account by 12:00 on Wednesday 1 April.',
      '',
      'Please direct any queries by email to the recruitment team; we are unable to take telephone enquiries about your application.',
      '',
      'Yours sincerely,',
      '',
      'Recruitment Services',
      'Northgate Hospitals NHS Foundation Trust',
      '',
      'This e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender immediately. NHS.net is a secure service.',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2082-04-07', time: '10:45', phrase: 'Interview date: 07/04/2082' },
      { kind: 'no-calls', phrase: 'we are unable to take telephone enquiries about your application' },
    ],
  },
  {
    // iCIMS status note (India): "5-7 working days" from Sunday = Tuesday 7 April.
    text: mail(
      'Dear Rohan Mehta,',
      '',
      'Your application for Associate - Risk Analytics (Req ID 2082-1193) at Varuna Capital Services has been reviewed and shortlisted. A member of the hiring team will reach out to you within 5-7 working days to schedule the online assessment.',
      '',
      'Regards,',
      'Campus & Lateral Hiring, Varuna Capital Services',
    ),
    ...CCU,
    expect: [{ kind: 'response-by', by: '2082-04-07', phrase: 'within 5-7 working days' }],
  },
  {
    // Zoom invitation text in Sydney time, read in London: Monday 6 April is Sydney's first day back on standard
    // time (+10:00), so 17:00 there is 07:00 UTC, 08:00 in London (+01:00).
    text: mail(
      'Bronwyn Hale is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Final interview - Head of Partnerships (EMEA) - Kestrel & Finch',
      'Time: Apr 6, 2082 05:00 PM Canberra, Melbourne, Sydney',
      '',
      'https://kestrelfinch.zoom.us/j/84190027731',
      'Meeting ID: 841 9002 7731',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2082-04-06', time: '08:00', phrase: 'Time: Apr 6, 2082 05:00 PM' }],
  },
  {
    // Ashby scheduling from Dublin for an Amsterdam reader, both clocks named.
    text: mail(
      'Hi Floor,',
      '',
      "You're all set. Your conversation with Ciarán Doyle (VP Product) is booked for Wednesday 1 April at 14:00 Irish time, which is 15:00 for you in Amsterdam. It's a video call; the link is in the calendar invite.",
      '',
      'Cheers,',
      'Aoife',
      'Talent Partner, Loughmore Software',
      'Scheduled with Ashby',
    ),
    ...AMS,
    expect: [
      { kind: 'interview', by: '2082-04-01', time: '15:00', phrase: 'Wednesday 1 April at 14:00 Irish time' },
    ],
  },
  {
    // USAJOBS notice: a window counted from a date stated in the mail (20 March + 30 days = 19 April).
    text: mail(
      'Dear Marcus Bell,',
      '',
      'This is to inform you that your application for Management and Program Analyst, GS-0343-12, Announcement Number MWR-82-11940-DE, has been reviewed.',
      '',
      'You were found qualified for this position and your name has been referred to the selecting official for further consideration. A referral does not guarantee that you will be contacted for an interview.',
      '',
      'The certificate of eligible candidates was issued on March 20, 2082. You will be notified of the final selection within 30 days of the certificate issue date.',
      '',
      'You can check the status of your application at any time by signing in to your USAJOBS account and selecting "Application Status".',
      '',
      'Human Resources Office',
      'Midwest Region, Department of the Interior',
      '',
      'PRIVACY ACT STATEMENT: The information you provided is used to determine your qualifications for employment and is authorized under Title 5 of the U.S. Code. This is an automated message; replies to this address are not monitored.',
    ),
    ...CHI,
    expect: [
      { kind: 'response-by', by: '2082-04-19', phrase: 'within 30 days of the certificate issue date' },
    ],
  },
  {
    // An agency consultant's leave (Michael Page, Dubai): a hold until the day back.
    text: mail(
      'Hi Sana, quick one - I am on leave from tomorrow and back Monday 13 April. Please don’t chase me for an update before then; the client won’t have feedback anyway. Rgds, Omar',
    ),
    ...DXB,
    expect: [{ kind: 'no-contact-before', by: '2082-04-13', phrase: 'back Monday 13 April' }],
  },
  {
    // BambooHR offer (Auckland); the signing day is the reader's deadline, not a timeline.
    text: mail(
      'Kia ora Hemi,',
      '',
      'Thank you for taking the time to meet with Rachel and the team last week. We were all impressed, and I am delighted to offer you the position of Customer Success Manager at Pōhutukawa Cloud, starting on Monday 4 May 2082.',
      '',
      'Your offer letter is attached and is also available in BambooHR, where you can review and e-sign it. The key terms are:',
      '- Base salary: NZ$118,000 per annum',
      '- KiwiSaver: 4% employer contribution',
      '- Location: hybrid, Wellington office three days a week',
      '',
      'Please review and e-sign by Friday 3 April. If you have any questions about the terms, or would like to talk through the benefits with someone from the team, I am happy to jump on a call this week.',
      '',
      'Ngā mihi nui,',
      'Jess Tane',
      'People & Culture Lead',
      'Pōhutukawa Cloud Ltd',
      '',
      'CONFIDENTIALITY: This email is intended for the named recipient only. If you have received it in error, please delete it and let us know.',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // SmartRecruiters follow-up reply above the candidate's check-in (Johannesburg).
    text: mail(
      'Dear Thabo',
      '',
      'Thank you for checking in, and apologies for the silence. The panel is still working through the second-round assessments for the Operations Planner vacancy, which took longer than planned because of the number of candidates.',
      '',
      'Shortlisting will be finalised in the week of 6 April, and you will hear from us either way no later than Friday 17 April. Thank you for your patience; we know waiting is not easy.',
      '',
      'Kind regards',
      'Lerato Dlamini',
      'Talent Acquisition Specialist',
      'Sebenza Freight (Pty) Ltd',
      '',
      '-----Original Message-----',
      'From: Thabo Mahlangu',
      'Sent: Thursday, 26 March 2082 09:12',
      'Subject: Operations Planner - status',
      '',
      'Good morning Lerato, I hope you are well. I completed the assessment on 16 March and wanted to ask whether there is any news on the next steps. Kind regards, Thabo',
      '',
      'Disclaimer: The information contained in this communication is confidential and may be legally privileged. Sebenza Freight accepts no liability for any loss arising from its use.',
    ),
    ...JNB,
    expect: [{ kind: 'response-by', by: '2082-04-17', phrase: 'no later than Friday 17 April' }],
  },
  {
    // Microsoft Teams invitation, flattened (Lagos).
    text: mail(
      'Second Interview - Ifeoma Nwosu - Credit Analyst',
      'Monday, 30 March 2082',
      '11:00 - 12:00 (UTC+01:00) West Central Africa',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 391 447 208 113',
      'Passcode: Xk7r2P',
      '________________________________________________________________________________',
      'Organiser: Adebayo Salami (Zenith Crest Microfinance Bank)',
    ),
    ...LOS,
    expect: [{ kind: 'interview', by: '2082-03-30', time: '11:00', phrase: 'Monday, 30 March 2082' }],
  },
  {
    // Recruitee (Nairobi): a window counted from the shortlisting day named in the sentence before
    // (Thursday 2 April + 3 working days = Tuesday 7 April).
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for applying for the Monitoring & Evaluation Officer role at Mara Basin Trust. Applications closed on Friday and shortlisting for this role takes place on Thursday 2 April. All applicants will be notified of the outcome within three working days of shortlisting.',
      '',
      'Best regards,',
      'HR Team, Mara Basin Trust',
      'Powered by Recruitee',
    ),
    ...NBO,
    expect: [{ kind: 'response-by', by: '2082-04-07', phrase: 'within three working days of shortlisting' }],
  },
  {
    // Hong Kong bank: "early next month" (April, the 10th by convention).
    text: mail(
      'Dear Mr Chan,',
      '',
      'Thank you for attending the first-round interview. Second-round interviews run until the end of this month, and we will update every candidate early next month.',
      '',
      'Yours sincerely,',
      'Graduate Recruitment, Harbourline Bank (Hong Kong) Limited',
    ),
    ...HKG,
    expect: [{ kind: 'response-by', by: '2082-04-10', phrase: 'early next month', fuzzy: true }],
  },
  {
    // Calendly confirmation (Manila).
    text: mail(
      'Hi Carlo Reyes,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type:',
      '30 Minute Initial Call with Jess Romualdez (Talent, Bayanihan Pay)',
      '',
      'Event Date/Time:',
      '10:00am - 10:30am, Wednesday, April 1, 2082 (Philippine Time)',
      '',
      'Location:',
      'Google Meet - details to follow',
      '',
      'Need to make changes to this event? Cancel | Reschedule',
      'Powered by Calendly.com',
    ),
    ...MNL,
    expect: [
      {
        kind: 'interview',
        by: '2082-04-01',
        time: '10:00',
        phrase: '10:00am - 10:30am, Wednesday, April 1, 2082',
      },
    ],
  },

  // ---- negatives ----
  {
    // The reader as an employee: their own mid-year review, with a self-assessment due.
    text: mail(
      'Hi Dana,',
      '',
      'Your 2082 mid-year performance conversation with Greg Holloway has been scheduled for Thursday, April 2 at 3:00 PM in Conference Room B (or Teams if you are remote that day).',
      '',
      'Before the meeting, please complete your self-assessment in Workday by Wednesday. It should take about 20 minutes. Greg will add his comments afterwards, and the final rating will be visible in your profile within 10 business days of the conversation.',
      '',
      'As a reminder, mid-year conversations are about development and goals rather than compensation; merit increases are discussed in the annual cycle in October. If you would like guidance on writing a useful self-assessment, the Learning Hub has a ten-minute video and a template you can copy.',
      '',
      'Thanks,',
      'People Team',
      'Calloway Health Partners | 200 Park Avenue South, 14th Floor, New York, NY',
      'Questions? Visit the HR Service Center or open a ticket in ServiceNow.',
      '',
      'This message contains information that may be confidential. Unauthorized use or disclosure is prohibited.',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader as panelist: a forwarded Greenhouse panel invite with a scorecard due.
    text: mail(
      'Can you cover this one for me? I am out on Tuesday. Thanks - J',
      '',
      '---------- Forwarded message ---------',
      'From: Greenhouse <no-reply@greenhouse.io>',
      'Date: Fri, Mar 27, 2082 at 11:20 AM',
      'Subject: Interview: Ravi Shankar for Data Engineer II',
      'To: Jenna Park',
      '',
      "You've been added to an interview panel.",
      '',
      'Candidate: Ravi Shankar',
      'Job: Data Engineer II (Req 3391)',
      'When: Tuesday, March 31, 2082, 11:00 AM - 12:00 PM CDT',
      'Where: Zoom',
      'Focus area: SQL and data modelling',
      '',
      'Ravi is coming from a fintech background and has strong Spark experience; his resume and the take-home submission are attached in Greenhouse. Please review both before the call and avoid repeating questions from the recruiter screen.',
      '',
      'Please submit your scorecard within 24 hours of the interview. The hiring team will make a decision by Friday.',
      '',
      'Interview Kit: https://app.greenhouse.io/guides/3391/kit',
      'This email was sent to you because you are on the hiring team for this job.',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A sister's interview, short.
    text: mail(
      'Sis!! I got the interview at Deloitte, Thursday at 9 😱 can you help me prep tomorrow evening? x',
    ),
    ...LOS,
    expect: [],
  },
  {
    // A job board alert with closing dates.
    text: mail(
      '12 new jobs for "project coordinator" in Brisbane QLD',
      '',
      'Project Coordinator - Infrastructure | Wattle Civil | Fortitude Valley | Applications close 10 April',
      'Project Coordinator (12-month contract) | Queensland Health | Herston | Closing date: 08/04/2082',
      'Junior Project Coordinator | Brightfield Solar | Milton | Interviews from 14 April',
      '',
      'View all jobs',
      'You are receiving this email because you created a job alert. Manage alerts | Unsubscribe',
    ),
    ...BNE,
    expect: [],
  },
  {
    // A research study's interview, with a voucher "within 10 working days".
    text: mail(
      'Dear Priya,',
      '',
      'Thank you for agreeing to take part in our study, "Working From Anywhere: Hybrid Work and Wellbeing in UK Professional Services" (Ethics ref. SOC-2082-114).',
      '',
      'Your interview with one of our researchers, Dr Hannah Ellery, is booked for Wednesday 1 April at 2pm (BST) on Microsoft Teams. The interview is semi-structured and will last around 45 minutes. With your consent it will be recorded and transcribed; recordings are deleted once transcription is complete.',
      '',
      'As a thank-you for your time, you will receive a £20 Love2Shop voucher by email within 10 working days of the interview.',
      '',
      'You are free to withdraw from the study at any time without giving a reason. If you have any concerns about the way the study is conducted, please contact the Faculty Research Ethics Committee.',
      '',
      'With best wishes,',
      'Dr Hannah Ellery',
      'Research Fellow, School of Management',
      'University of Castlebridge',
      '',
      'The University of Castlebridge is a registered charity. This email and any files transmitted with it are confidential.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A visa interview.
    text: mail(
      'Appointment Confirmation: Your visa interview at the U.S. Embassy, New Delhi is scheduled for 06 April 2082 at 08:15. Bring your DS-160 confirmation page and passport.',
    ),
    ...CCU,
    expect: [],
  },
  {
    // A dentist's reminder.
    text: mail(
      'Reminder: your appointment with Dr Haddad at Smile Studio is on Tue 31 Mar at 9:40am. Reply C to confirm or call 0161 555 0192 to change.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A letting agent's flat inspection, with a report promised.
    text: mail(
      'Dear Mr Byrne,',
      '',
      'This is to let you know that the routine mid-tenancy inspection of Apartment 14, Quayside Court, will take place on Thursday 2 April between 10am and 12pm. You do not need to be present; our inspector will use the management key.',
      '',
      'Our inspector will check the general condition of the property, smoke alarms and any maintenance issues you have reported. If there is anything else you would like us to look at, for example the extractor fan you mentioned in February, please reply to this email before the visit.',
      '',
      'We will send you and the landlord a copy of the inspection report within 5 working days.',
      '',
      'Liffey Lettings Ltd is a licensed property services provider (PSRA licence 004417). This email is confidential and intended for the addressee only. If you have received it in error, please delete it.',
      '',
      'Kind regards,',
      'Siobhán Walsh MIPAV',
      'Property Manager, Liffey Lettings',
      'Tel: +353 1 555 0148 | Office hours: Mon-Fri 9:00-17:30',
    ),
    ...DUB,
    expect: [],
  },
  {
    // An agency pitching candidates to the reader as hiring manager.
    text: mail(
      'Hi Mr. Gallagher,',
      '',
      'I noticed Ridgeway Foods is hiring a Warehouse Shift Supervisor in Mississauga. At Randstad we have three pre-screened supervisors with forklift and WHMIS certification who are available to interview this week, and one who can start within two weeks.',
      '',
      'I will follow up by Friday in case you would like to see their profiles.',
      '',
      'Best regards,',
      'Naveen Rao',
      'Account Manager, Randstad Canada',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A podcast interview of the reader as a guest.
    text: mail(
      'Hi Farah,',
      '',
      'Thanks so much for agreeing to come on The Ledger! We will record your interview on Friday 3 April at 4pm Gulf time over Riverside.fm; plan for about an hour including sound checks. A quiet room and wired headphones make a big difference.',
      '',
      'We edit quickly, so the episode should go live within two weeks of recording, and we will send you the link and some social clips the day it publishes.',
      '',
      'Topics we would love to cover:',
      '- How you built the finance function at a 40-person start-up',
      '- Lessons from your first fundraise',
      '- Advice for accountants moving into tech',
      '- What you look for when you hire your own team',
      '',
      'I will send a short prep doc with the running order a couple of days before. Nothing to write in advance; we keep it conversational.',
      '',
      'Cheers,',
      'Ben Adeyemi',
      'Host & Producer, The Ledger',
      '',
      'You are receiving this because you agreed to appear as a guest. Our privacy notice is at theledger.fm/privacy.',
    ),
    ...DXB,
    expect: [],
  },
  {
    // Taleo acknowledgement: a closing date and "only those selected will be contacted".
    text: mail(
      'Dear Émilie Tremblay,',
      '',
      'Thank you for applying for the position of Policy Analyst (Job Number 2082-0417) with the City of Ottawa.',
      '',
      'This email confirms that we have received your application. The competition closes on April 15, 2082 at 11:59 p.m. Eastern Time. After the closing date, applications will be screened against the qualifications listed in the job posting.',
      '',
      'Due to the high volume of applications we receive, only those candidates selected for further consideration will be contacted. You may track the status of your application at any time in your candidate profile.',
      '',
      'The City of Ottawa is committed to employment equity and to providing accommodation at every stage of the hiring process. Please let us know if you require an accommodation.',
      '',
      'Human Resources Services',
      'City of Ottawa | 110 Laurier Avenue West, Ottawa ON',
      '',
      'This is an automated message sent by Taleo. Please do not reply to this email. Ce message est aussi disponible en français.',
    ),
    ...TOR,
    expect: [],
  },
  {
    // Onboarding: a first day and a pay date.
    text: mail(
      'Hi Priyanka,',
      '',
      'Welcome aboard! Your first day with Lumen Labs Singapore is Monday 6 April. Please come to reception on level 9 at 8:30am and ask for Wei Ling. Your laptop will be ready, and your first pay date is 25 April.',
      '',
      'See you soon,',
      'Wei Ling Goh',
      'People Operations',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A PhD viva.
    text: mail(
      'Dear Niall,',
      '',
      'Your PhD viva voce examination has been scheduled for Wednesday 8 April 2082 at 10:00 in Room 2.14, Hamilton Building. Your examiners are Prof. Grace Mulligan (internal) and Prof. Jan Vermeer (external). The outcome will be given to you on the day.',
      '',
      'Regards,',
      'Graduate Studies Office',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A career fair, short.
    text: mail(
      'NUS Career Fest 2082 is this Saturday 4 April, 10am-5pm at the UTown Auditorium. Meet 120 employers. Register by Thursday to skip the queue!',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A freelancer's client proposing a call.
    text: mail(
      'Hi Ahmed,',
      '',
      'Can we do a quick call Tuesday 31 March at 4pm PKT about the logo revisions? Once we agree I will send the final brief within 48 hours.',
      '',
      'Thanks,',
      'Zainab',
      'Marketing, Chai Junction',
    ),
    ...KHI,
    expect: [],
  },
  {
    // The reader as referee.
    text: mail(
      'Kia ora Claire,',
      '',
      'Aroha Ngata has given your name as a referee for the Team Lead - Community Services role at Kōwhai Health. Would you be available for a 15-minute reference call on Wednesday 1 April at 11am? We would be grateful for your reply by Tuesday.',
      '',
      'Ngā mihi,',
      'Tama Wiremu',
      'Recruitment Advisor, Kōwhai Health',
    ),
    ...AKL,
    expect: [],
  },
];
