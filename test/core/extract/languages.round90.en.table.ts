// Round 940 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Every row is a
// whole message as it arrives in a reply chain, sent on Tuesday 30 October 2068 at 09:40 local: two days after
// Europe left summer time (London +00:00 since 28 October) and five days before the US does (New York stays on
// EDT until 4 November), so New York is four hours behind London this week, not five. "This Friday" is
// 2 November; "next week" is 5–9 November; the week after is 12–16 November. Messages carry what real replies
// carry: phone sign-offs, replies above quoted history ("On Fri, 26 Oct 2068 at 17:20, … wrote:",
// "-----Original Message-----", "From: … Sent: …"), Gmail and Outlook forwards, signatures with office hours and
// addresses, legal footers, unsubscribe lines, and calendar invitations pasted below the note. Positives: an
// iCIMS note with a Teams invitation below, a New York slot for a London reader in the odd week, a Lagos phone
// reply "come Friday by 10am", a Robert Half "by this Friday", a Randstad "end of next week", a Manila "5 to 7
// business days", an NHS Jobs window counted from the closing date, a Sydney university panel away until a
// Monday, an Accra bank's "within three weeks" with no-calls, a Michael Page forward of a client's rejection, a
// SuccessFactors offer, a Hong Kong phone reply "revert by Mon latest", a Recruitee label–value block with an
// ISO date, an Ashby "early next week", a Karachi day-first date with a window from it, a USAJOBS hold after the
// closing date. Negatives: the reader as recruiter receiving a candidate's promise, an all-hands move, a payroll
// query, fire-warden training, the reader as mentor, a gym freeze with "please don't call", a vet booking, a
// council-tax reply promising 10 working days, a careers fair, a viva with the reader as examiner, an agency
// pitching temps to an employer, a newspaper interview, a flight change, a parent-teacher interview, an
// acknowledgement whose only dates are a closing date and a start date, a friend forwarding her own invitation.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 30 October 2068, 09:40 local (Europe on winter time, the US still on summer time).
const NY = { sentAt: '2068-10-30T09:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2068-10-30T09:40:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2068-10-30T09:40:00-06:00', tz: 'America/Denver' } as const;
const TOR = { sentAt: '2068-10-30T09:40:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2068-10-30T09:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2068-10-30T09:40:00+00:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2068-10-30T09:40:00+01:00', tz: 'Europe/Amsterdam' } as const;
const LOS = { sentAt: '2068-10-30T09:40:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2068-10-30T09:40:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2068-10-30T09:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const RUH = { sentAt: '2068-10-30T09:40:00+03:00', tz: 'Asia/Riyadh' } as const;
const KHI = { sentAt: '2068-10-30T09:40:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2068-10-30T09:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2068-10-30T09:40:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2068-10-30T09:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2068-10-30T09:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2068-10-30T09:40:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2068-10-30T09:40:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2068-10-30T09:40:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2068-10-30T09:40:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_940_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // An iCIMS coordinator confirms in a line and pastes the Teams invitation below.
    text: mail(
      'Hi Beatriz,',
      '',
      'Thanks for the quick reply! You are confirmed for Monday, November 5 at 11:00 AM ET with Carla Jennings, Director of Clinical Operations. The Teams details are below.',
      '',
      'Best,',
      'Trevor Banks',
      'Talent Acquisition Coordinator | Hudson Crest Health',
      'This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 291 447 803 516',
      'Passcode: q7VbTx',
      '________________________________________________________________________________',
    ),
    ...NY,
    expect: [
      {
        kind: 'interview',
        by: '2068-11-05',
        time: '11:00',
        phrase: 'Monday, November 5 at 11:00 AM ET',
      },
    ],
  },
  {
    // A New York hiring manager's slot for a London reader, in the week the two cities are four hours apart.
    text: mail(
      'Hi Callum,',
      '',
      'Great to hear you can make it work. Let’s lock in Thursday 1 November at 10am New York time for the case interview with me and Farah. I’ll send a Zoom link the day before.',
      '',
      'Best,',
      'Noah Feldman',
      'Head of Strategy, Brightline Capital',
      '',
      'On Fri, 26 Oct 2068 at 17:20, Callum Reid <callum.reid@gmail.com> wrote:',
      '> Hi Noah, thanks for getting in touch. I could do Thursday or Friday next week, any time after 1pm UK time.',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2068-11-01',
        time: '14:00',
        phrase: 'Thursday 1 November at 10am New York time',
      },
    ],
  },
  {
    // A Lagos HR officer's phone reply above the candidate's quoted message.
    text: mail(
      'Hello Tunde, yes pls come for the interview on Friday by 10am at our Adeola Odeku office. Bring your original certificates and 2 passport photos. Regards, Mrs Bello',
      '',
      'Sent from my Tecno',
      '',
      '-----Original Message-----',
      'From: Babatunde Afolabi',
      'Sent: 29/10/2068 16:12',
      'Subject: RE: Invitation - Sales Executive',
      '',
      'Good afternoon ma, I am available this Friday or Monday next week. Thank you.',
    ),
    ...LOS,
    expect: [
      {
        kind: 'interview',
        by: '2068-11-02',
        time: '10:00',
        phrase: 'on Friday by 10am',
      },
    ],
  },
  {
    // A Robert Half recruiter in Toronto, replying above the candidate's chaser.
    text: mail(
      'Hi Priya,',
      '',
      'Thanks for the nudge! I caught the client yesterday afternoon; they have one more candidate to see on Wednesday and I will have feedback for you by this Friday.',
      '',
      'Talk soon,',
      'Kevin Tremblay',
      'Senior Recruitment Manager, Finance & Accounting | Robert Half',
      '181 Bay Street, Suite 820, Toronto ON',
      '',
      'From: Priya Raman <priya.raman@rogers.com>',
      'Sent: Monday, October 29, 2068 8:05 AM',
      'To: Kevin Tremblay',
      'Subject: Payroll Supervisor - any news?',
      '',
      'Hi Kevin, just checking whether the client has come back after my interview on the 23rd. Thanks, Priya',
    ),
    ...TOR,
    expect: [{ kind: 'response-by', by: '2068-11-02', phrase: 'by this Friday' }],
  },
  {
    // A Randstad consultant in Melbourne: the decision is promised as the client's process.
    text: mail(
      'Hey Sam,',
      '',
      'Just off the phone with the client. They loved you and are now doing reference checks on their top two. They have told me they will make a final decision by the end of next week, and I will ring you as soon as I hear.',
      '',
      'Cheers,',
      'Jess Pham',
      'Recruitment Consultant | Randstad',
      'Level 6, 555 Collins St, Melbourne VIC 3000',
      '',
      'Randstad Pty Limited ABN 28 008 715 151. Please consider the environment before printing this email.',
    ),
    ...MEL,
    expect: [
      {
        kind: 'response-by',
        by: '2068-11-09',
        phrase: 'by the end of next week',
      },
    ],
  },
  {
    // A Manila BPO's recruiter, replying above an older automated message.
    text: mail(
      'Hi Mark Anthony,',
      '',
      'Thank you for completing your final interview with our Operations Manager yesterday. The results of your final interview will be emailed to you within 5 to 7 business days. Please keep your lines open.',
      '',
      'Regards,',
      'Kristine Dela Cruz',
      'Talent Acquisition Specialist, Northstar Contact Solutions',
      '18F Cyber One Tower, Eastwood City, Quezon City',
      '',
      'On Thu, Oct 25, 2068 at 3:01 PM, careers@northstarcs.ph wrote:',
      '> Your final interview is scheduled on October 29, 2068 at 2:00 PM.',
    ),
    ...MNL,
    expect: [
      {
        kind: 'response-by',
        by: '2068-11-08',
        phrase: 'within 5 to 7 business days',
      },
    ],
  },
  {
    // An NHS trust replies through NHS Jobs: the window counts from the closing date it names.
    text: mail(
      'Dear Ms Hussain,',
      '',
      'Thank you for your enquiry about vacancy 318-COR-2068-4471 (Band 6 Occupational Therapist). The advert closes on 9 November 2068. We aim to let all applicants know whether they have been shortlisted within 10 working days of the closing date.',
      '',
      'Kind regards,',
      'Recruitment Team',
      'Pennine Valley NHS Foundation Trust',
      'Recruitment office hours: Monday to Friday, 9am–4pm',
      '',
      'This email was sent via NHS Jobs. Please do not reply to this address.',
      '',
      '> From: Amira Hussain',
      '> Sent: 27 October 2068 20:44',
      '> Could you tell me when I might hear about shortlisting?',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2068-11-23',
        phrase: 'within 10 working days of the closing date',
      },
    ],
  },
  {
    // A university's staff recruitment in Sydney: hold follow-ups until the panel is back.
    text: mail(
      'Dear Dr Sato,',
      '',
      'Thank you for your application for the Lecturer in Marine Ecology (Ref 0114-2068). The selection panel is away at a conference until Monday 12 November; please hold off on any follow-up until then, and we will be in touch regarding next steps.',
      '',
      'Kind regards,',
      'Academic Recruitment',
      'Human Resources, University of Port Jackson',
      'CRICOS Provider Code 00099Z',
    ),
    ...SYD,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2068-11-12',
        phrase: 'please hold off on any follow-up until then',
      },
    ],
  },
  {
    // An Accra bank's HR reply: a three-week window and a no-calls line, above a quoted message.
    text: mail(
      'Dear Kofi,',
      '',
      'Thank you for attending the interview for the Relationship Officer position. We will communicate the outcome of the interview to all candidates within three weeks. Please do not call or visit the bank regarding your application.',
      '',
      'Yours faithfully,',
      'Abena Owusu (Mrs)',
      'Human Resources Department, Coastal Trust Bank Ghana',
      '',
      'On Mon, 29 Oct 2068, 14:20 Kofi Asante <kofi.asante@gmail.com> wrote:',
      '> Dear Mrs Owusu, thank you for the opportunity to interview today.',
    ),
    ...ACC,
    expect: [
      {
        kind: 'response-by',
        by: '2068-11-20',
        phrase: 'within three weeks',
      },
      {
        kind: 'no-calls',
        phrase: 'Please do not call or visit the bank regarding your application',
      },
    ],
  },
  {
    // A Michael Page consultant forwards the client's rejection.
    text: mail(
      'Hi Daniel,',
      '',
      "I'm sorry to be the bearer of disappointing news. See the client's feedback below. Happy to talk it through whenever suits.",
      '',
      'Best,',
      'Orla',
      '',
      'Orla Keane | Manager, Technology | Michael Page Ireland',
      '',
      '---------- Forwarded message ---------',
      'From: Stephen Doherty <sdoherty@glenvale-software.ie>',
      'Date: Mon, 29 Oct 2068 at 16:48',
      'Subject: RE: Daniel Byrne - Senior QA Engineer',
      'To: Orla Keane',
      '',
      'Hi Orla, thanks for putting Daniel forward. Unfortunately we have decided not to progress his application to the final stage; we felt another candidate had stronger automation experience.',
      'Stephen',
    ),
    ...DUB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A SuccessFactors offer notification with a portal deadline (the candidate's, not a timeline).
    text: mail(
      'Dear Mr. Rahman,',
      '',
      'Congratulations! We are pleased to extend to you an offer of employment for the position of Senior Data Engineer at Straits Mobility Pte. Ltd. Please log in to the candidate portal to review and accept your offer by 6 November 2068.',
      '',
      'Best regards,',
      'Talent Acquisition',
      'Straits Mobility Pte. Ltd.',
      '',
      'This is a system-generated email from SAP SuccessFactors. Please do not reply.',
    ),
    ...SIN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A Hong Kong recruiter's phone reply: a promise by a bare, abbreviated weekday.
    text: mail(
      'Hi Karen, HM still reviewing the case study. Will revert by Mon latest. Thx',
      '',
      'Sent from my iPhone',
      '',
      'On 29 Oct 2068, at 18:31, Karen Leung <karenleung@netvigator.com> wrote:',
      '> Hi Vincent, may I know if there is any feedback on my case study submitted last Wednesday? Thanks!',
    ),
    ...HKG,
    expect: [{ kind: 'response-by', by: '2068-11-05', phrase: 'revert by Mon latest' }],
  },
  {
    // A Recruitee scheduling message with a label–value block and an ISO date, Amsterdam reader.
    text: mail(
      'Hi Sanne,',
      '',
      'Thanks for picking a slot. Here are the details of your interview for the Customer Success Lead role:',
      '',
      'Date: 2068-11-07',
      'Time: 15:30 – 16:30 (CET)',
      'Location: Microsoft Teams (link follows in a separate invitation)',
      'Interviewers: Joost de Graaf, Head of Customer Success; Mila Jansen, Team Lead',
      '',
      'Kind regards,',
      'Pieter Visser',
      'Recruiter, Fietsdata B.V.',
      'Herengracht 420, 1017 BZ Amsterdam',
      'Sent with Recruitee',
    ),
    ...AMS,
    expect: [{ kind: 'interview', by: '2068-11-07', time: '15:30', phrase: 'Date: 2068-11-07' }],
  },
  {
    // An Ashby-run startup in Denver, replying above the candidate's quoted thank-you.
    text: mail(
      'Hi Alex,',
      '',
      "Thanks so much for the kind note, the team really enjoyed the onsite too. We're wrapping up the last onsites this week and should have an update for you early next week.",
      '',
      'Best,',
      'Morgan',
      '',
      'Morgan Ruiz | Recruiting | Tallgrass Energy Software',
      '',
      'On Fri, Oct 26, 2068 at 4:12 PM Alex Kim <alex.kim@hey.com> wrote:',
      '> Hi Morgan, thank you for organising yesterday. I left even more excited about the role.',
    ),
    ...DEN,
    expect: [
      {
        kind: 'response-by',
        by: '2068-11-07',
        phrase: 'early next week',
        fuzzy: true,
      },
    ],
  },
  {
    // A Karachi company: a day-first numeric date, a 12-hour time with PKT, and a window counted from it.
    text: mail(
      'Dear Ayesha,',
      '',
      'With reference to your application for the post of Assistant Manager Audit, you are invited for an interview scheduled on 06-11-2068 at 11:00 AM PKT at our head office, 3rd Floor, Sidco Avenue Centre, Karachi. Results will be announced within 15 days of the interview.',
      '',
      'Regards,',
      'HR Department',
      'Mehran Textiles Limited',
      'Office timings: 9:00 AM to 5:30 PM (Monday to Friday)',
    ),
    ...KHI,
    expect: [
      {
        kind: 'interview',
        by: '2068-11-06',
        time: '11:00',
        phrase: 'scheduled on 06-11-2068 at 11:00 AM PKT',
      },
      {
        kind: 'response-by',
        by: '2068-11-21',
        phrase: 'within 15 days of the interview',
      },
    ],
  },
  {
    // A USAJOBS HR specialist: a hold counted in business days after the announcement closes.
    text: mail(
      'Good morning Mr. Alvarez,',
      '',
      'Thank you for your interest in announcement VA-69-11872-DE (Program Analyst, GS-0343-11). The announcement closes on November 2. Please allow 10 business days after the announcement closes before contacting me for a status update; you can also track your application in USAJOBS.',
      '',
      'Respectfully,',
      'Denise Holloway',
      'Human Resources Specialist (Recruitment & Placement)',
      'Veterans Health Administration, Great Lakes HR Center',
      'Telework: Mon/Fri; Office hours 7:30 a.m.–4:00 p.m. CT',
    ),
    ...CHI,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2068-11-16',
        phrase: 'Please allow 10 business days after the announcement closes',
      },
    ],
  },

  // ---- negatives ----
  {
    // The reader is the recruiter: the candidate's promise of a decision, above the reader's own offer mail.
    text: mail(
      'Hi Sam,',
      '',
      'Thank you so much for sending the offer details through and for answering my questions about the bonus structure. I would like to talk it over with my family and will come back to you with my decision by Friday.',
      '',
      'Best wishes,',
      'Priya',
      '',
      'Sent from my iPhone',
      '',
      'On 29 Oct 2068, at 17:02, Sam Whitfield <sam.whitfield@larchwood.co.uk> wrote:',
      '> Hi Priya, as discussed, the offer letter for the Senior Analyst role is attached. Any questions, just shout.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An internal all-hands change above an older thread.
    text: mail(
      'Hi team,',
      '',
      'Reply-all for visibility: the Q4 all-hands moves to Thursday 1 November at 16:00 in the atrium (dial-in below for the Leeds office). Slides to me by EOD Wednesday please.',
      '',
      'Thanks,',
      'Harriet',
      'Chief of Staff',
      '',
      'From: Harriet Cole',
      'Sent: 22 October 2068 11:15',
      'Subject: Q4 all-hands - save the date',
      '',
      'Save the date: Q4 all-hands, Tuesday 30 October, 15:00.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // Payroll answers an employee's query.
    text: mail(
      'Hi Thabo,',
      '',
      'Thanks for flagging this. The overtime from 14–18 October was captured after the cut-off, so it will be paid in the November run on 23 November. I have logged a query with our payroll provider and will update you within 3 working days if anything else is needed from your side.',
      '',
      'Regards,',
      'Naledi Khumalo',
      'Payroll Administrator, Karoo Freight (Pty) Ltd',
      'Payroll queries: Mon–Fri 08:00–16:30',
      '',
      '-----Original Message-----',
      'From: Thabo Nkosi',
      'Sent: Friday, 26 October 2068 15:40',
      'Subject: October payslip - overtime missing',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A training booking for an employee.
    text: mail(
      'Hi Sarah,',
      '',
      "You're booked on Fire Warden training on Tuesday 6 November, 09:30–12:30, Training Room 4B. Lunch is not provided. If you can no longer attend, please let me know by Friday so the place can go to someone on the waiting list.",
      '',
      'Thanks,',
      'Facilities & Health and Safety',
      '',
      'On Mon, 15 Oct 2068 at 10:02, Sarah Lindgren wrote:',
      '> Hi, my manager asked me to sign up as a fire warden for the 2nd floor.',
    ),
    ...AKL,
    expect: [],
  },
  {
    // The reader is a mentor; the mentee proposes one slot.
    text: mail(
      'Hi Dr. Menon,',
      '',
      'Thank you so much for agreeing to mentor me through the Women in Engineering programme! Would Thursday at 5pm work for our first chat? I could share my CV and the two roles I am thinking of applying for.',
      '',
      'Warm regards,',
      'Lakshmi',
      '',
      'On Sat, Oct 27, 2068 at 11:16 AM, WiE Mentoring <mentoring@wie-india.org> wrote:',
      '> Dear Lakshmi, we are happy to introduce you to your mentor, Dr. Anjali Menon.',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A gym membership freeze with "please don't call the club".
    text: mail(
      'Hi Jamal,',
      '',
      'Your membership is frozen from 1 November until 30 November; your direct debit resumes on 1 December. Please do not call the club about membership changes, just reply to this email and the membership team will respond within 2 working days.',
      '',
      'PulseFit Wembley',
      'Staffed hours: Mon–Fri 6am–10pm',
      '',
      'You are receiving this email as a PulseFit member. Unsubscribe from marketing emails.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A vet booking confirmation.
    text: mail(
      'Hi Megan,',
      '',
      "Biscuit's booster vaccination is booked for Friday 2 November at 2:10pm with Dr. Patel. Please arrive 5 minutes early and bring his vaccination card.",
      '',
      'Paws & Claws Veterinary Clinic',
      '118 Main Street, Georgetown',
      'Open Mon–Sat 8am–7pm',
      '',
      'On Sun, Oct 28, 2068 at 8:41 PM, Megan Collins wrote:',
      '> Hi, could I book Biscuit in for his booster this week? Thanks, Megan',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A council's reply about council tax: its service standard is not an employer's timeline.
    text: mail(
      'Dear Mr Evans,',
      '',
      'Thank you for your email regarding the single person discount on your council tax account (ref 8830114562). Your request has been passed to the Council Tax team. We aim to reply to all correspondence within 10 working days.',
      '',
      'Yours sincerely,',
      'Customer Services',
      'Westholme Borough Council',
      'Our contact centre is open Monday to Friday, 9am to 5pm.',
      '',
      'This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A careers fair newsletter.
    text: mail(
      'Hi Ahmad,',
      '',
      'Join us at the Autumn Graduate Careers Fair on Wednesday 7 November, 11:00–15:00, at the Great Hall. Meet 60+ employers, get your CV checked and book a mock interview with a careers adviser. Registration closes on Monday 5 November.',
      '',
      'Careers & Employability Service',
      'Universiti Teknologi Selangor',
      '',
      'You are receiving this email because you are a registered student. Unsubscribe',
    ),
    ...KUL,
    expect: [],
  },
  {
    // The reader is the internal examiner of a viva.
    text: mail(
      'Dear Professor Walsh,',
      '',
      'Further to my email below, I can confirm that Aroha Ngata’s doctoral viva will be held on Friday 9 November at 10:00 in the Senate Room. You are acting as internal examiner; the external examiner, Dr Liu, will join on Zoom. The examiners’ joint report is due within 10 days of the viva.',
      '',
      'Kind regards,',
      'Graduate Research School',
      '',
      'From: Graduate Research School',
      'Sent: 16 October 2068 09:00',
      'Subject: Viva arrangements - A. Ngata',
    ),
    ...AKL,
    expect: [],
  },
  {
    // An agency pitching temporary staff to an employer.
    text: mail(
      'Hi Fiona,',
      '',
      'Great to speak this morning. As promised, we can have three shortlisted warehouse operatives with you within 48 hours, all forklift-certified and available to start on Monday. Our rates sheet is attached.',
      '',
      'Kind regards,',
      'Liam Connolly',
      'Business Development Manager, Apex Staffing Solutions',
      '',
      'To opt out of future emails from Apex Staffing, reply UNSUBSCRIBE.',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A newspaper wants to interview the reader about a project.
    text: mail(
      'Hi Dr. Haddad,',
      '',
      'Thanks for getting back to me. Could we do the interview on Monday at 2pm? It should take about 30 minutes, by phone or in person at our Olaya office. I hope to file the piece by Wednesday.',
      '',
      'Best,',
      'Nora Al-Qahtani',
      'Reporter, Gulf Business Daily',
      '',
      'On Sun, 28 Oct 2068 at 21:05, Yousef Haddad wrote:',
      '> Happy to talk about the desalination project. I am free most afternoons.',
    ),
    ...RUH,
    expect: [],
  },
  {
    // A flight change in a booking thread.
    text: mail(
      'Dear Ms Wanjiku,',
      '',
      'Booking reference QX7T2L. Due to a schedule change, your flight KQ101 to Nairobi on Monday 5 November now departs at 07:45 instead of 09:10. No action is needed if the new time suits you.',
      '',
      'Customer Care',
      'Savannah Travel Ltd',
      '',
      '-----Original Message-----',
      'From: Grace Wanjiku',
      'Sent: 24 October 2068 13:20',
      'Subject: Booking QX7T2L - seat request',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A parent-teacher interview booking.
    text: mail(
      'Dear Mr and Mrs Adeyemi,',
      '',
      'Your parent-teacher interview with Mr Okafor (Year 9 Maths) is confirmed for Thursday 8 November at 4:40pm. Interviews last 10 minutes. Please do not call the school office to change times; use the booking system.',
      '',
      'Kind regards,',
      'Office Manager',
      'Hillcrest Grammar School',
      '',
      'On Thu, 25 Oct 2068 at 19:30, Tolu Adeyemi wrote:',
      '> Could we have a slot after 4pm please?',
    ),
    ...MEL,
    expect: [],
  },
  {
    // An acknowledgement whose only dates are the closing date and the start date.
    text: mail(
      'Dear Chloé,',
      '',
      'Thank you for applying for the Graduate Planner position. Applications close on 16 November 2068, and the successful candidate will start on 7 January 2069. We will contact you if your application is shortlisted.',
      '',
      'Best regards,',
      'People Team',
      'Harrowgate & Finch Planning Consultants',
      'Office hours: Mon–Fri 9:00–17:30',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A friend forwards her own interview invitation to the reader for help.
    text: mail(
      'Omg it came through!! FYI the invite is below, interview is Friday at 11. Can you look over my slides tonight? Pleaseee',
      '',
      '---------- Forwarded message ---------',
      'From: Talent Team <talent@brightwave.in>',
      'Date: Mon, 29 Oct 2068 at 18:03',
      'Subject: Interview invitation - Marketing Associate',
      'To: Ishita Rao <ishita.rao@gmail.com>',
      '',
      'Dear Ishita, we are pleased to invite you to an interview on Friday, 2 November 2068 at 11:00 AM IST at our Indiranagar office.',
    ),
    ...KOL,
    expect: [],
  },
];
