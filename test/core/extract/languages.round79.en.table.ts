// Round 830 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Tuesday
// 11 March 2059 at 08:20 local, in the gap between the two daylight-saving changes: US and Canadian clocks moved
// forward on Sunday 9 March, European clocks only move on 30 March, and Australian and New Zealand summer time
// ends on Sunday 6 April. So this fortnight New York is four hours behind London (not five), "3pm GMT" is 11:00 in
// New York, and an interview in Sydney on 8 April is only two hours ahead of Singapore. Phoenix keeps MST, which
// now equals Pacific daylight time. The week is 10 to 16 March (Friday 14 March); next week ends Friday 21 March.
// What it tries: recruiters writing short mails and texts in a row (confirming, moving, chasing, promising
// feedback), voicemail transcripts, SMS and WhatsApp one-liners, Teams / Zoom / Google Calendar / SuccessFactors
// invitation bodies with their boilerplate, and employers' automatic replies. Positives: a Pinpoint "3pm GMT" for
// a New York reader, a Zoom "Eastern Time (US and Canada)" for a London reader, a SuccessFactors card in AEST for a
// Singapore reader, a Hays SMS "Fri 14th at 9.30", a Toronto voicemail proposing "Monday the 17th at 1:30", an HSE
// auto-reply "within five working days", a Sydney out-of-office hold, a USAJOBS window counted from the closing
// date named in another sentence, a Johannesburg "early next month", a Michael Page promise worded as delivery, an
// NZ Police no-calls with "within six weeks", a Kuala Lumpur offer, a Karachi rejection, a Hong Kong confirmation
// in HKT, a Chicago move to "Monday, March 17 at 9:00 AM CT", a Nairobi WhatsApp "in the next 2-3 working days",
// an Ashby "during the week of March 24" and a Jobvite Pacific time read in Phoenix. Negatives: the same formats
// for other people and other business: an agency text to the reader as the client, a Teams laptop refresh, a vet's
// voicemail, a paid research-study interview on Zoom, the reader as panelist, a family WhatsApp about a brother's
// interview, a letting agent's out-of-office, an HR service desk's "we received your message", a salary-guide
// webinar, a career fair, a mentoring session, a viva, a citizenship interview, a freelancer's client call, a
// leave approval, a team offsite, a flight SMS, and an acknowledgement with only a closing date. Names, companies
// and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 11 March 2059, 08:20 local (North America on summer time since Sunday; Europe not until 30 March).
const NY = { sentAt: '2059-03-11T08:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2059-03-11T08:20:00-05:00', tz: 'America/Chicago' } as const;
const PHX = { sentAt: '2059-03-11T08:20:00-07:00', tz: 'America/Phoenix' } as const;
const TOR = { sentAt: '2059-03-11T08:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2059-03-11T08:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2059-03-11T08:20:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2059-03-11T08:20:00+01:00', tz: 'Europe/Berlin' } as const;
const SYD = { sentAt: '2059-03-11T08:20:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2059-03-11T08:20:00+13:00', tz: 'Pacific/Auckland' } as const;
const SIN = { sentAt: '2059-03-11T08:20:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2059-03-11T08:20:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const KUL = { sentAt: '2059-03-11T08:20:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const KHI = { sentAt: '2059-03-11T08:20:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR = { sentAt: '2059-03-11T08:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const NBO = { sentAt: '2059-03-11T08:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2059-03-11T08:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const ACC = { sentAt: '2059-03-11T08:20:00+00:00', tz: 'Africa/Accra' } as const;
const RUH = { sentAt: '2059-03-11T08:20:00+03:00', tz: 'Asia/Riyadh' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_830_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A UK company's in-house recruiter (Pinpoint) writes GMT; New York is on EDT since Sunday, four hours behind.
    ...NY,
    text: mail(
      'Hi Marisol,',
      '',
      'Lovely to speak yesterday. Confirming your video interview with Ruth Abernathy, our Head of Client Services, on Thursday 13 March at 3pm GMT. A Teams link will follow from our scheduling system (Pinpoint) later today.',
      '',
      'Best,',
      'Harriet Cole',
      'Talent Acquisition, Fenwick & Lyle (London)',
    ),
    expect: [{ kind: 'interview', by: '2059-03-13', time: '11:00', phrase: 'Thursday 13 March at 3pm GMT' }],
  },
  {
    // A Zoom invitation from a US company for a London reader in the weeks the offsets differ by four hours.
    ...LDN,
    text: mail(
      'Hi Callum,',
      '',
      'Great news, the team would like to move you to the final round. Details below; the invite is also in your calendar.',
      '',
      'Kestrel Robotics is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Final interview - Solutions Engineer (EMEA)',
      'Time: Mar 18, 2059 09:30 AM Eastern Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://kestrelrobotics.zoom.us/j/93302188410?pwd=ExampleOnly',
      '',
      'Meeting ID: 933 0218 8410',
      'Passcode: 204711',
      '',
      '---',
      'Dial by your location',
      '    +44 203 481 5240 United Kingdom',
      '',
      'Thanks,',
      'Jenna Park, Recruiting Coordinator (via Lever)',
    ),
    expect: [
      { kind: 'interview', by: '2059-03-18', time: '13:30', phrase: 'Mar 18, 2059 09:30 AM Eastern Time' },
    ],
  },
  {
    // A SuccessFactors label-value card: Sydney time after Australian summer time ends, read in Singapore.
    ...SIN,
    text: mail(
      'Dear Mei Lin,',
      '',
      'Interview Invitation - Regional Treasury Analyst (Job Req ID 77120)',
      '',
      'We are pleased to invite you to a virtual interview. Please find the details below.',
      '',
      'Interview Date: Tuesday, 8 April 2059',
      'Interview Time: 10:00 AM - 11:00 AM (AEST, Sydney)',
      'Format: Microsoft Teams (link to follow)',
      'Panel: Grant Whitby (Group Treasurer), Anika Shah (HR Business Partner)',
      '',
      'Please accept or decline this invitation via the candidate portal.',
      '',
      'Kind regards,',
      'Talent Acquisition',
      'Southern Cross Resources Ltd',
      '',
      'This email was sent from SAP SuccessFactors. Please do not reply.',
    ),
    expect: [
      { kind: 'interview', by: '2059-04-08', time: '08:00', phrase: 'Interview Date: Tuesday, 8 April 2059' },
    ],
  },
  {
    // An agency text in a run of texts: one proposed slot, "9.30" written the UK way.
    ...LDN,
    text: mail(
      'Morning Sam, Priya @ Hays again. Client LOVED you yesterday! They want you back for 2nd stage with the FD - are you free Fri 14th at 9.30? Same office in Leeds. Let me know asap and I will lock it in x',
    ),
    expect: [{ kind: 'interview', by: '2059-03-14', time: '09:30', phrase: 'Fri 14th at 9.30' }],
  },
  {
    // An in-house recruiter's voicemail proposing one slot.
    ...TOR,
    text: mail(
      'Voicemail from Nadine Royer (416) 555-0193 - 0:52',
      '',
      "\"Good morning Arjun, it's Nadine Royer from the talent team at Lakeshore Mutual. Thanks again for the chat last week. We'd like to bring you in to meet the panel for the actuarial analyst position. How does Monday the 17th at 1:30 look? If that works, just reply to my email and I'll send the calendar invite. Talk soon.\"",
    ),
    expect: [{ kind: 'interview', by: '2059-03-17', time: '13:30', phrase: 'Monday the 17th at 1:30' }],
  },
  {
    // A public employer's automatic acknowledgement of the candidate's enquiry, with a promise.
    ...DUB,
    text: mail(
      'Thank you for contacting the HSE National Recruitment Service.',
      '',
      'This is an automated response to confirm that we have received your email regarding campaign NRS14122 (Clerical Officer, Grade III). We aim to respond to all candidate queries within five working days.',
      '',
      'Please quote your candidate ID in any further correspondence.',
    ),
    expect: [{ kind: 'response-by', by: '2059-03-18', phrase: 'within five working days' }],
  },
  {
    // A recruiter's out-of-office asking candidates to hold off.
    ...SYD,
    text: mail(
      'Automatic reply: RE: Data Analyst interview - next steps',
      '',
      "Hi there, thanks for your message. I'm out of the office until Monday 24 March. The Data Analyst hiring panel won't be making any decisions while I'm away, so please don't chase for an update before I'm back on the 24th.",
      '',
      'Cheers,',
      'Georgia Barnes | Talent Acquisition Partner | Harbourside Health',
    ),
    expect: [{ kind: 'no-contact-before', by: '2059-03-24', phrase: "before I'm back on the 24th" }],
  },
  {
    // USAJOBS: the window is counted from the closing date named in another sentence.
    ...NY,
    text: mail(
      'Application status update - USAJOBS',
      '',
      'Dear Applicant,',
      '',
      'Thank you for applying to announcement NE-59-11872-MP, Management and Program Analyst, GS-0343-11. This announcement closes on Friday, March 21, 2059.',
      '',
      'Your application has been received and is being reviewed. You will be notified of your referral status within 15 business days of the closing date.',
      '',
      'Sincerely,',
      'Northeast Regional Human Resources Office',
    ),
    expect: [
      { kind: 'response-by', by: '2059-04-11', phrase: 'within 15 business days of the closing date' },
    ],
  },
  {
    // A Workday-driven employer: "early next month".
    ...JNB,
    text: mail(
      'Dear Thabo,',
      '',
      'Thank you for attending the assessment centre on Friday. The panel is still reviewing all candidates for the Graduate Engineer programme, and we expect to communicate final decisions early next month.',
      '',
      'You can track the status of your application in Workday.',
      '',
      'Kind regards,',
      'Early Careers Team, Karoo Power',
    ),
    expect: [{ kind: 'response-by', by: '2059-04-10', phrase: 'early next month', fuzzy: true }],
  },
  {
    // An agency chaser with a promise worded as delivery.
    ...SIN,
    text: mail(
      'Hi Daryl,',
      '',
      "Thanks for going in yesterday - the client said it was a good conversation. They're pulling together notes from both interviewers now and you'll have their written feedback in your inbox by Thursday.",
      '',
      'Speak then,',
      'Nicole Tan',
      'Michael Page Singapore | Technology',
    ),
    expect: [{ kind: 'response-by', by: '2059-03-13', phrase: 'by Thursday' }],
  },
  {
    // A police recruitment mail: a dated promise and a no-calls request.
    ...AKL,
    text: mail(
      'Kia ora Tama,',
      '',
      "Thank you for attending the Police recruitment assessment day on Saturday. Successful applicants will be contacted within six weeks to arrange the next stage. Due to high volumes, please don't phone the recruitment office to ask about your results.",
      '',
      'Ngā mihi,',
      'NZ Police Recruitment (Auckland Region)',
    ),
    expect: [
      { kind: 'response-by', by: '2059-04-22', phrase: 'within six weeks' },
      { kind: 'no-calls', phrase: "please don't phone the recruitment office" },
    ],
  },
  {
    // An offer with a signing deadline for the candidate (not an employer timeline).
    ...KUL,
    text: mail(
      'Dear Nur Aisyah,',
      '',
      'Further to your interview on 4 March, we are delighted to offer you the position of Senior Payroll Executive at Rimba Hospitality Group, based at our Bangsar South office. The letter of offer is attached via BambooHR.',
      '',
      'Kindly sign and return the letter by 18 March 2059.',
      '',
      'Yours sincerely,',
      'Farid Ismail',
      'Head of People',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // An Oracle Recruiting rejection after the interview.
    ...KHI,
    text: mail(
      'Dear Bilal,',
      '',
      'Thank you for your interest in the Supply Chain Planner role and for the time you spent with our panel last Wednesday. After careful consideration, we regret to inform you that you have not been selected to proceed further in the recruitment process.',
      '',
      'We will keep your profile in our talent pool for 12 months.',
      '',
      'Regards,',
      'Talent Acquisition, Indus Consumer Brands',
      'This message was sent from Oracle Recruiting Cloud.',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An in-house recruiter's short confirmation in HKT.
    ...HKG,
    text: mail(
      'Dear Mr Chan,',
      '',
      'Confirming your second interview on Friday, 14 March 2059 at 14:30 (HKT) at our Quarry Bay office, 21/F, Taikoo Place. Please register at the ground floor lobby with your HKID.',
      '',
      'Best regards,',
      'Winnie Lau',
      'Talent Acquisition, Victoria Harbour Securities',
    ),
    expect: [
      { kind: 'interview', by: '2059-03-14', time: '14:30', phrase: 'Friday, 14 March 2059 at 14:30 (HKT)' },
    ],
  },
  {
    // A recruiter moves the onsite: only the new slot counts.
    ...CHI,
    text: mail(
      'Hi Tyrell,',
      '',
      "Quick update - Dana's calendar blew up this week, so we need to push your onsite from Thursday to Monday, March 17 at 9:00 AM CT. Same location (the Fulton Market office). Sorry for the shuffle, and let me know if the new time doesn't work.",
      '',
      'Thanks!',
      'Kelsey',
      'Recruiter, Brightwater Freight',
    ),
    expect: [
      { kind: 'interview', by: '2059-03-17', time: '09:00', phrase: 'Monday, March 17 at 9:00 AM CT' },
    ],
  },
  {
    // A WhatsApp one-liner from an agency recruiter: a range in working days.
    ...NBO,
    text: mail(
      'Hi Wanjiru, Brian from Corporate Staffing here. The client has promised me feedback on Friday’s panel in the next 2-3 working days, I will call you the moment I hear. 👍',
    ),
    expect: [{ kind: 'response-by', by: '2059-03-14', phrase: 'in the next 2-3 working days' }],
  },
  {
    // An Ashby update: "during the week of" a date.
    ...BER,
    text: mail(
      'Hi Jonas,',
      '',
      'Thanks for wrapping up your final round with us! We still have two finalists to meet, and we are aiming to share a decision with everyone during the week of March 24.',
      '',
      'Best,',
      'Ines Marques',
      'Talent, Polaris Mobility',
      '',
      'Sent with Ashby',
    ),
    expect: [{ kind: 'response-by', by: '2059-03-28', phrase: 'during the week of March 24' }],
  },
  {
    // A Jobvite confirmation in Pacific time read in Phoenix, whose MST equals PDT from March to November.
    ...PHX,
    text: mail(
      'Hi Rosa,',
      '',
      'Your phone interview for Clinical Operations Coordinator has been scheduled.',
      '',
      'Date & time: Wednesday, March 12, 2059 at 10:00 AM Pacific',
      'Interviewer: Ben Sato, Clinical Operations Manager',
      'He will call you on the number in your application.',
      '',
      'Sonora Valley Health - Talent Acquisition',
      'Powered by Jobvite',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2059-03-12',
        time: '10:00',
        phrase: 'Wednesday, March 12, 2059 at 10:00 AM Pacific',
      },
    ],
  },

  // ---- negatives ----
  {
    // An agency text to the reader as the client (the hiring manager).
    ...LDN,
    text: mail(
      "Hi Rachel, it's Priya from Hays - candidate confirmed for 2pm tmrw, she'll bring her portfolio. Can you let reception know? I'll call you Thurs for your feedback. Thanks!",
    ),
    expect: [],
  },
  {
    // A Teams invitation for a laptop refresh at the reader's own employer.
    ...NY,
    text: mail(
      'Your laptop refresh appointment',
      '',
      'When: Thursday, March 13, 2059 10:00 AM-10:30 AM (UTC-05:00) Eastern Time (US & Canada).',
      'Where: Microsoft Teams Meeting / IT Bar, 3rd floor',
      '',
      'Please back up your files to OneDrive before the appointment and bring your charger.',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 255 019 443 210',
      'Passcode: mT8v4Q',
      '________________________________________________________________________________',
      'IT Service Desk',
    ),
    expect: [],
  },
  {
    // A vet's voicemail transcript.
    ...DUB,
    text: mail(
      'Voicemail (0:24) from Riverside Veterinary Clinic',
      '',
      '"Hi, this is Orla from Riverside Vets, just a reminder that Biscuit is due his annual booster. We have you down for Thursday at 4:20, if that no longer suits please ring us back to rearrange. Thanks, bye."',
    ),
    expect: [],
  },
  {
    // A paid user-research interview on Zoom.
    ...LDN,
    text: mail(
      'Hi Callum,',
      '',
      "Thanks for signing up to take part in our banking app study! Here's the Zoom for your research interview. You'll receive a £40 voucher within 5 working days of taking part.",
      '',
      'Topic: User research interview - Savings app (participant 14)',
      'Time: Mar 13, 2059 02:00 PM London',
      '',
      'Join Zoom Meeting',
      'https://research-example.zoom.us/j/81290044512',
      'Meeting ID: 812 9004 4512',
      '',
      'Thanks,',
      'Holly, UX Research team',
    ),
    expect: [],
  },
  {
    // A Google Calendar invitation where the reader sits on the interview panel.
    ...NBO,
    text: mail(
      'Invitation: Panel interview - Candidate: Joseph Otieno (Finance Manager) @ Fri 14 Mar 2059 10:00 - 11:00 (EAT) (wanjiru.kamau@savannamutual.co.ke)',
      '',
      'Join with Google Meet',
      'meet.google.com/bvd-qhpz-ktn',
      '',
      'Panel: Wanjiru Kamau (chair), Grace Wambui (HR), Peter Mwangi (Finance). Please review the CV and scoring sheet attached and submit your scores by 5pm on the day.',
      '',
      'Invitation from Google Calendar',
      'You are receiving this email because you are an attendee on the event.',
    ),
    expect: [],
  },
  {
    // A family WhatsApp about a brother's interview, with a timeline that is not the reader's.
    ...ACC,
    text: mail(
      "Ama, Daddy says Kofi's interview at the bank went well oo!! They told him they will call him by Friday. Let's pray 🙏🏾 Also don't forget Auntie's birthday lunch on Sunday",
    ),
    expect: [],
  },
  {
    // A letting agent's out-of-office.
    ...SYD,
    text: mail(
      'Automatic reply: Leaking tap - Unit 4/22 Glebe Point Rd',
      '',
      "Thanks for your email. I'm away until Monday 17 March. For urgent repairs please call our after-hours maintenance line on 1300 555 018; otherwise I'll reply when I'm back.",
      '',
      'Sophie Tran | Property Manager | Inner West Realty',
    ),
    expect: [],
  },
  {
    // An HR service desk's "we received your message": the reader is an employee.
    ...BLR,
    text: mail(
      'Thank you for contacting the People Hub.',
      '',
      'Your ticket HR-22871 (parental leave query) has been logged. We aim to respond within 2 working days. You can track the ticket in ServiceNow.',
      '',
      'People Hub | Tamarind Pay',
    ),
    expect: [],
  },
  {
    // An agency's salary-guide webinar.
    ...SYD,
    text: mail(
      'Hi Oliver,',
      '',
      'The Robert Half 2059 Salary Guide is here. Join our live webinar on Thursday 20 March at 12:30pm AEDT, where our directors will walk through pay trends and hiring demand across Australia. Places are limited - register by 18 March.',
      '',
      'Robert Half Australia',
      'Unsubscribe | Privacy',
    ),
    expect: [],
  },
  {
    // A career fair.
    ...TOR,
    text: mail(
      'Spring Career Fair - Wednesday, March 19',
      '',
      'Meet 120+ employers at Hart House from 10 a.m. to 3 p.m. Several employers will be conducting on-the-spot interviews, so bring copies of your resume. Pre-register on CLNx by Monday.',
      '',
      'Career Exploration & Education, University of Toronto',
    ),
    expect: [],
  },
  {
    // The reader as a mentor.
    ...BER,
    text: mail(
      'Hi Jonas,',
      '',
      "Thank you so much for volunteering as a mentor in this year's Women in Tech Berlin programme! Your first session with your mentee Aisha is on Tuesday 18 March at 18:00 at the Factory Görlitzer Park. Please complete the mentor onboarding form by Friday.",
      '',
      'Warm regards,',
      'Programme team',
    ),
    expect: [],
  },
  {
    // A PhD viva with an outcome window.
    ...LDN,
    text: mail(
      'Dear Callum,',
      '',
      'Your viva voce examination has been scheduled for Monday 24 March 2059 at 10:00 in Room 3.14, School of Engineering. The examiners will inform the Doctoral College of the outcome within 10 working days.',
      '',
      'Best wishes,',
      'Doctoral College Administration',
    ),
    expect: [],
  },
  {
    // A citizenship interview.
    ...TOR,
    text: mail(
      'Notice to Appear - Citizenship Interview',
      '',
      'You are scheduled for an interview with a citizenship officer on March 20, 2059 at 9:30 a.m. at 25 St. Clair Avenue East, Toronto. Bring your original passports and this notice. If you cannot attend, you must tell us within 30 days.',
      '',
      'Immigration, Refugees and Citizenship Canada',
    ),
    expect: [],
  },
  {
    // A freelancer's client proposes a call.
    ...KUL,
    text: mail(
      'Hi Aisyah,',
      '',
      'Thanks for the first round of logo concepts! Can we jump on a call Thursday at 3pm to go through the revisions? Also, accounts say the invoice for phase 1 will be paid by the end of the month.',
      '',
      'Cheers,',
      'Daniel',
      'Kopi Kita Sdn Bhd',
    ),
    expect: [],
  },
  {
    // A leave approval from an HR system.
    ...RUH,
    text: mail(
      'Dear Faisal,',
      '',
      'Your annual leave request for 24 March 2059 - 28 March 2059 (5 days) has been approved by your manager. Your remaining balance is 13 days.',
      '',
      'This is an automated message from SAP SuccessFactors.',
    ),
    expect: [],
  },
  {
    // A team offsite.
    ...CHI,
    text: mail(
      'Save the date: Engineering offsite, April 2-3 in Milwaukee!',
      '',
      'Team - we will kick off at 9:00 AM on Wednesday April 2 at the Third Ward space. Please book travel through Navan by March 21 and fill in the dietary form next week.',
      '',
      '- Kelsey (on behalf of the leadership team)',
    ),
    expect: [],
  },
  {
    // A flight SMS.
    ...SYD,
    text: mail(
      'Qantas: Hi OLIVER, check-in is now open for QF401 SYD-MEL on Thu 13 Mar, departing 07:05 from T3. Boarding closes 06:50. Manage booking: qantas.com/mb',
    ),
    expect: [],
  },
  {
    // An acknowledgement with only a closing date and vague contact.
    ...KHI,
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for applying for the post of Assistant Manager Compliance. Applications will be reviewed after the closing date of 28 March 2059, and only shortlisted candidates will be contacted.',
      '',
      'HR Department',
      'Indus Consumer Brands',
    ),
    expect: [],
  },
];
