// Round 930 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Every row is a
// whole message as it arrives in a reply chain, sent on Sunday 31 March 2069 at 20:15 local: the day Europe
// moves its clocks forward (London +01:00 from 01:00 UTC that morning, while New York has been on EDT since
// 10 March). Sent on a Sunday, so "next week" and "end of next week" are the week that starts tomorrow
// (Monday 1 April to Friday 5 April); a bare "Wednesday" is 3 April. Messages carry what real replies carry:
// phone sign-offs ("Sent from my iPhone"), replies above quoted history ("On Fri, 22 Mar 2069 at 16:40, …
// wrote:", "-----Original Message-----", "From: … Sent: …" blocks) whose dates are old, Gmail forwards,
// signatures with office hours and addresses, legal footers, unsubscribe lines and calendar invitations pasted
// below the note. Positives: a London panel booked in a Sunday reply, a founder's phone reply "Tues 2pm ET", a
// Zoom invitation in Eastern time for a Chicago reader, a Hays forward of a client's second-interview slot, a
// Workday "end of next week" written on a Sunday, a Pune "within 7 working days" above a disclaimer, a Singapore
// window counted from the final round's date, a Toronto absence hold, a Johannesburg municipality's no-calls
// line, an Auckland Teamtailor rejection above a quoted chaser, a Dubai offer, a Google Calendar onsite for a Los
// Angeles reader, a Manila phone reply "update you on Wednesday", a Berlin call set in ET, a Karachi agency
// "early next month", a Nairobi NGO's panel + window + no-calls. Negatives: the reader as panelist, a school trip
// chain, a supplier's promised ETA, a football club's fixture change with "please don't call", a sister's
// interview, the reader as referee, a job alert with closing dates, the reader as hiring manager, an IT laptop
// swap, a manager's 1:1 and promotion promise, a landlord's boiler repair, a dental booking, an application
// acknowledgement with office hours, a visa interview, a freelancer's client call, a podcast recording.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 31 March 2069, 20:15 local (Europe's clocks went forward that morning).
const NY = { sentAt: '2069-03-31T20:15:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2069-03-31T20:15:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2069-03-31T20:15:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2069-03-31T20:15:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2069-03-31T20:15:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2069-03-31T20:15:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2069-03-31T20:15:00+02:00', tz: 'Europe/Berlin' } as const;
const KOL = { sentAt: '2069-03-31T20:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2069-03-31T20:15:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2069-03-31T20:15:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2069-03-31T20:15:00+08:00', tz: 'Asia/Manila' } as const;
const HKG = { sentAt: '2069-03-31T20:15:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const JNB = { sentAt: '2069-03-31T20:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2069-03-31T20:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const LOS = { sentAt: '2069-03-31T20:15:00+01:00', tz: 'Africa/Lagos' } as const;
const DXB = { sentAt: '2069-03-31T20:15:00+04:00', tz: 'Asia/Dubai' } as const;
const SYD = { sentAt: '2069-03-31T20:15:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2069-03-31T20:15:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_930_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A London recruiter (Greenhouse) answers on a Sunday evening above the candidate's quoted message.
    text: mail(
      'Hi Tom,',
      '',
      "Sorry for the Sunday-evening email, I wanted to get this to you before the week kicks off. Thanks for sending the portfolio over. I've booked you in with the design panel for Thursday 4 April, 14:00–15:00 BST, at our Shoreditch office (3rd floor, 41 Curtain Road). Ask for me at reception.",
      '',
      'Best,',
      'Aoife',
      '',
      'Aoife Gallagher | Talent Partner | Northlight Studio',
      'Office hours: Mon–Thu 09:30–17:30',
      '',
      'On Fri, 22 Mar 2069 at 16:40, Tom Whitaker <tom.whitaker@fastmail.co.uk> wrote:',
      '> Hi Aoife,',
      '> Portfolio attached as promised. I am free most afternoons from the week of 1 April onwards.',
      '> Thanks, Tom',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-04',
        time: '14:00',
        phrase: 'Thursday 4 April, 14:00–15:00 BST',
      },
    ],
  },
  {
    // A founder's phone reply above an Outlook "-----Original Message-----" block.
    text: mail(
      'Sounds good. Lets do Tues 2pm ET. Ill send a calendar invite tmrw.',
      '',
      'D',
      '',
      'Sent from my iPhone',
      '',
      '-----Original Message-----',
      'From: Maya Lindqvist <maya.lindqvist@proton.me>',
      'Sent: Friday, March 29, 2069 11:02 AM',
      'To: Dana Whitcomb <dana@quillfin.io>',
      'Subject: RE: Product Analyst - next steps',
      '',
      'Hi Dana,',
      'Thanks for the note. I can do Tuesday after 1pm or Wednesday morning, whichever suits.',
      'Best, Maya',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2069-04-02', time: '14:00', phrase: 'Tues 2pm ET' }],
  },
  {
    // A Zoom invitation pasted below a one-line note; the meeting is in Eastern time, the reader in Chicago.
    text: mail(
      'Hi Kwame,',
      '',
      'Confirming your technical screen with Priyanka, invitation pasted below. Shout if the link gives you trouble.',
      '',
      'Thanks!',
      'Rosa Delgado',
      'Recruiting Coordinator, Lattice Freight',
      '',
      'Rosa Delgado is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Kwame Mensah <> Lattice Freight | Technical Screen',
      'Time: Apr 3, 2069 01:30 PM Eastern Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://latticefreight.zoom.us/j/83311902274',
      'Meeting ID: 833 1190 2274',
      'Passcode: 618204',
    ),
    ...CHI,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-03',
        time: '12:30',
        phrase: 'Apr 3, 2069 01:30 PM Eastern Time (US and Canada)',
      },
    ],
  },
  {
    // A Hays consultant forwards the client's note; the slot is in the consultant's own lines, the forward is old.
    text: mail(
      'Hi Chloe,',
      '',
      "Great news, see below from the client. They'd like you back for a second interview on Tuesday 9 April at 10.30am at their Parramatta office with the Finance Director. Can you confirm you're right for that and I'll lock it in?",
      '',
      'Cheers,',
      'Ben',
      '',
      'Ben Castellano | Senior Consultant, Accountancy & Finance | Hays',
      'Level 12, 1 Market Street, Sydney NSW 2000',
      '',
      '---------- Forwarded message ---------',
      'From: Leanne Fitzroy <l.fitzroy@westgateutilities.com.au>',
      'Date: Thu, 28 Mar 2069 at 15:12',
      'Subject: RE: Chloe Nguyen - Financial Accountant',
      'To: Ben Castellano <ben.castellano@hays.com.au>',
      '',
      "Hi Ben, we were impressed with Chloe on Tuesday and would like her to meet Graham. I'll send through times once his diary is sorted.",
      'Leanne',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-09',
        time: '10:30',
        phrase: 'Tuesday 9 April at 10.30am',
      },
    ],
  },
  {
    // Workday-run employer in Dublin, reply on a Sunday: "next week" is the week that starts tomorrow.
    text: mail(
      'Hi Siobhán,',
      '',
      "Thanks for checking in, and apologies for the silence. The panel meets on Wednesday to compare notes and I'll be back to you with their decision by the end of next week at the latest.",
      '',
      'Kind regards,',
      'Cathal Ó Briain',
      'HR Business Partner | Ardmore Medical Devices',
      'Ardmore Medical Devices Ltd, registered in Ireland no. 558120. This email and any attachments are confidential.',
      '',
      'From: Siobhán Kearney <siobhan.kearney@eircom.net>',
      'Sent: Thursday 28 March 2069 17:05',
      'To: Cathal Ó Briain <cathal.obriain@ardmoremed.ie>',
      'Subject: Quality Engineer interview - update?',
      '',
      'Hi Cathal, I interviewed on 19 March and wanted to ask whether there is any news. Many thanks, Siobhán',
    ),
    ...DUB,
    expect: [
      {
        kind: 'response-by',
        by: '2069-04-05',
        phrase: 'by the end of next week',
      },
    ],
  },
  {
    // An Indian in-house HR reply with office hours and a disclaimer under the signature.
    text: mail(
      'Dear Ankit,',
      '',
      'Greetings from Sahyadri Infra Projects!',
      '',
      'Thank you for attending the technical round on Friday. Your profile has been shared with our Project Head and HR will share the final result with you within 7 working days.',
      '',
      'Regards,',
      'Snehal Patwardhan',
      'HR Executive – Talent Acquisition',
      'Sahyadri Infra Projects Pvt. Ltd., Baner Road, Pune 411045',
      'Office hours: Monday to Saturday, 9:30 AM to 6:30 PM IST',
      '',
      'DISCLAIMER: The information in this e-mail is confidential and intended solely for the addressee. If you have received it in error please delete it and notify the sender.',
    ),
    ...KOL,
    expect: [
      {
        kind: 'response-by',
        by: '2069-04-09',
        phrase: 'within 7 working days',
      },
    ],
  },
  {
    // Singapore: the window counts from the final round's date, named in the sentence before.
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thanks for confirming. Your final round with our Regional Director, Mr Anand Pillai, is on Wednesday 3 April at our Marina One office. We aim to revert within two working days of that interview.',
      '',
      'Best regards,',
      'Clarissa Teo',
      'Talent Acquisition, Meridian Reinsurance Asia',
      '',
      'On 27 Mar 2069, at 9:18 AM, Lim Wei Ling <weiling.lim@gmail.com> wrote:',
      '> Dear Clarissa, thank you for the update. I am available any day next week.',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-03',
        time: null,
        phrase: 'is on Wednesday 3 April',
      },
      {
        kind: 'response-by',
        by: '2069-04-05',
        phrase: 'within two working days of that interview',
      },
    ],
  },
  {
    // A Toronto recruiter's absence: hold follow-ups until she is back.
    text: mail(
      'Hi Marcus,',
      '',
      "Quick heads-up before I sign off: I'm on leave from tomorrow until Friday April 12 and the hiring manager is away too, so nothing will move on the Account Manager role while we're out. Please hold any follow-ups until I'm back on Monday April 15 and I'll pick things up with you then.",
      '',
      'Thanks for your patience,',
      'Jenna Kowalczyk',
      'Talent Acquisition Lead, Birchline Insurance',
      '100 King St W, Toronto, ON M5X 1A9',
      '',
      'From: Marcus Adeyemi <marcus.adeyemi@outlook.com>',
      'Sent: March 26, 2069 8:41 AM',
      'Subject: Following up - Account Manager',
      '',
      'Hi Jenna, just following up on my interview from last Tuesday. Thanks, Marcus',
    ),
    ...TOR,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2069-04-15',
        phrase: "hold any follow-ups until I'm back on Monday April 15",
      },
    ],
  },
  {
    // A South African municipality's reply; office hours in the signature, a legal footer below.
    text: mail(
      'Good day Mr Dlamini,',
      '',
      'Your application for the post of Senior Clerk: Revenue (Ref: HR/2069/114) has been received. Please note that the municipality does not give feedback telephonically; kindly do not phone the HR office regarding the status of your application. Shortlisted candidates will be notified by email.',
      '',
      'Regards,',
      'Recruitment Section',
      'Umhlaba District Municipality',
      'Office hours: Mon–Fri 07:30–16:00',
      '',
      'This message is subject to the municipality’s e-mail legal notice, available at www.umhlaba.gov.za/legal.',
    ),
    ...JNB,
    expect: [
      {
        kind: 'no-calls',
        phrase: 'kindly do not phone the HR office regarding the status of your application',
      },
    ],
  },
  {
    // Teamtailor rejection, Auckland, replying above the candidate's quoted chaser.
    text: mail(
      'Kia ora Mere,',
      '',
      'Thanks so much for your patience and sorry it has taken a while to get back to you. After a lot of discussion the team has decided to go with another candidate whose experience is a closer match for where the role is heading. We really enjoyed meeting you and would love to keep in touch.',
      '',
      'Ngā mihi,',
      'Hamish',
      '',
      'Hamish Te Rangi | People & Culture | Kōwhai Digital',
      '',
      'On Tue, 19 Mar 2069 at 9:02 am, Mere Parata <mere.parata@xtra.co.nz> wrote:',
      '> Hi Hamish, just checking if there is any update since my interview on 12 March? Cheers, Mere',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A Dubai offer letter note; the reply-by date is the candidate's deadline, not a timeline.
    text: mail(
      'Dear Omar,',
      '',
      'Further to our call this afternoon, I am delighted to confirm our offer for the position of Senior Quantity Surveyor with Al Noor Contracting LLC. The offer letter and benefits summary are attached. Kindly let us know your decision by Thursday 4 April.',
      '',
      'Warm regards,',
      'Reem Al Mansoori',
      'Talent Acquisition Manager',
      'Al Noor Contracting LLC | PO Box 50213, Dubai, UAE',
      'Working hours: Sunday to Thursday, 8:00 am – 5:00 pm',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A GoodTime note with the Google Calendar invitation text below it; Los Angeles reader.
    text: mail(
      'Hi Cam,',
      '',
      'Your onsite is set! Details are below and in the calendar invite. Please arrive 15 minutes early and bring a photo ID for the front desk.',
      '',
      'Interview Scheduling Team, Sequoia Grid',
      '',
      'Invitation: Onsite Interview – Operations Engineer @ Wed Apr 10, 2069 9am - 1pm (PDT) (cam.reyes@gmail.com)',
      '',
      'When',
      'Wednesday Apr 10, 2069 ⋅ 9am – 1pm (Pacific Time - Los Angeles)',
      'Location',
      '2200 Harbor Blvd, Building C, Long Beach, CA',
      'Guests',
      'cam.reyes@gmail.com',
      'Reply for cam.reyes@gmail.com: Yes / No / Maybe',
      'Invitation from Google Calendar',
    ),
    ...LA,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-10',
        time: '09:00',
        phrase: 'Wed Apr 10, 2069 9am - 1pm (PDT)',
      },
    ],
  },
  {
    // A Manila recruiter's phone reply: a promise named by a bare weekday.
    text: mail(
      'Hi Jessa! Noted on your availability po. Our hiring manager is out till Tues so I will update you on Wednesday re the final interview sched. Thank you!',
      '',
      'Sent from Yahoo Mail on Android',
      '',
      'On Sat, Mar 30, 2069 at 6:47 PM, Jessa Villanueva <jessa.villanueva@yahoo.com> wrote:',
      '> Hi Ms. Carmela, good evening. I am available for the final interview any weekday morning. Thank you po.',
    ),
    ...MNL,
    expect: [
      {
        kind: 'response-by',
        by: '2069-04-03',
        phrase: 'update you on Wednesday',
      },
    ],
  },
  {
    // Lever, Berlin: the CTO's slot is given in New York time for a Berlin reader (6 hours apart on 8 April).
    text: mail(
      'Hi Jonas,',
      '',
      "Thanks for your flexibility. Your call with our CTO, Rachel Okafor (based in New York), is set for Monday 8 April at 10:00 ET. You'll get a Google Meet link from her assistant.",
      '',
      'Best,',
      'Lena',
      '',
      'Lena Vogt | Talent | Lumen Stack',
      'Lumen Stack GmbH · Torstraße 109, 10119 Berlin · Amtsgericht Charlottenburg HRB 241187 B',
      'Sent via Lever',
    ),
    ...BER,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-08',
        time: '16:00',
        phrase: 'Monday 8 April at 10:00 ET',
      },
    ],
  },
  {
    // A Karachi agency consultant, replying above the candidate's quoted chaser.
    text: mail(
      'Dear Hira,',
      '',
      'Hope you are well. I spoke to the client on Friday; they are finalising budgets and expect to come back to us with a decision on the second round early next month. I will share their feedback with you the same day.',
      '',
      'Best regards,',
      'Faisal Qureshi',
      'Principal Consultant, Indus Talent Partners',
      'Office 5, Shaheen Complex, M.R. Kayani Road, Karachi',
      '',
      '-----Original Message-----',
      'From: Hira Siddiqui',
      'Sent: Tuesday, 26 March 2069 10:15',
      'Subject: Finance Manager role - status',
      '',
      'Dear Faisal, could you please let me know if there is any update from the client? Regards, Hira',
    ),
    ...KHI,
    expect: [
      {
        kind: 'response-by',
        by: '2069-04-10',
        phrase: 'early next month',
        fuzzy: true,
      },
    ],
  },
  {
    // A Nairobi NGO: interview with a time range, a window counted from its date, and no-calls.
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for confirming your attendance. Your written assessment and panel interview will take place on Tuesday, 2 April 2069 from 9:00 a.m. to 12:30 p.m. EAT at our offices on Lenana Road, Kilimani. We expect to communicate the outcome to all interviewed candidates within two weeks of the interview date. Kindly do not call the office for updates.',
      '',
      'Yours sincerely,',
      'Grace Mutua',
      'Human Resources Officer, Shamba Resilience Trust',
      '',
      'On Thu, Mar 28, 2069 at 11:30 AM Wanjiru Kamau <wanjiru.kamau@gmail.com> wrote:',
      '> Dear Grace, I confirm I will attend. Regards, Wanjiru',
    ),
    ...NBO,
    expect: [
      {
        kind: 'interview',
        by: '2069-04-02',
        time: '09:00',
        phrase: 'Tuesday, 2 April 2069 from 9:00 a.m. to 12:30 p.m. EAT',
      },
      {
        kind: 'response-by',
        by: '2069-04-16',
        phrase: 'within two weeks of the interview date',
      },
      {
        kind: 'no-calls',
        phrase: 'Kindly do not call the office for updates',
      },
    ],
  },

  // ---- negatives ----
  {
    // The reader is an employee asked to sit on a panel; the candidate's slot is someone else's.
    text: mail(
      'Hi Raj,',
      '',
      "Any chance you could sit on the panel for the Data Engineer candidate on Thursday 4 April at 11:00? Ellie dropped out. It's 45 minutes in Room 3.12, CV attached.",
      '',
      'Cheers,',
      'Sophie',
      'Engineering Manager',
      '',
      'From: Ellie Marsh',
      'Sent: 27 March 2069 14:02',
      'To: Sophie Turnbull',
      'Subject: RE: Interview panel - Data Engineer',
      '',
      "Sorry Sophie, I'm at the vendor offsite that day, can't make the 4th.",
    ),
    ...LDN,
    expect: [],
  },
  {
    // A school trip chain: a teacher's reply above a parent's quoted question.
    text: mail(
      'Dear Mrs Okonkwo,',
      '',
      'Thank you for your message. The coach will leave at 8:15 on Tuesday 9 April and return by 4pm. Please return the consent slip by Friday; I will confirm the packed-lunch arrangements within two days.',
      '',
      'Kind regards,',
      'Mr D. Hollis',
      'Year 5 Teacher, St Mary’s C of E Primary School',
      '',
      'On Mon, 18 Mar 2069 at 19:22, Adaeze Okonkwo wrote:',
      "> Dear Mr Hollis, I can't find the consent form for the museum trip. Could you resend it? Thanks, Adaeze",
    ),
    ...LDN,
    expect: [],
  },
  {
    // A supplier's reply in a purchase-order chain: a promised ETA is not an employer's timeline.
    text: mail(
      'Hi Arjun,',
      '',
      "Apologies for the delay on PO 44817. The pallets are held at Port Klang; I'll get back to you with a revised delivery date within 2 working days.",
      '',
      'Regards,',
      'Tan Mei Ling',
      'Customer Service Executive, Sinar Packaging Sdn Bhd',
      'Office hours: Mon–Fri 8.30am–5.30pm',
      '',
      '-----Original Message-----',
      'From: Arjun Nair',
      'Sent: Wednesday, March 27, 2069 4:55 PM',
      'Subject: PO 44817 - delivery',
      '',
      'Hi Mei Ling, the delivery due on 25 March has not arrived. Please advise. Arjun',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A football club's reply chain: a fixture change and "please don't call".
    text: mail(
      'Hi all,',
      '',
      "Replying to everyone so it's in one place: training moves to Wednesday at 6pm from next week while the 3G pitch is resurfaced, and Saturday's fixture against Riverside kicks off at 10:30. Please don't call the groundsman about access, just message me.",
      '',
      'Thanks,',
      'Gav (U11s coach)',
      '',
      'On Sun, 24 Mar 2069, 21:10 Pete Morris wrote:',
      '> Is training still on Tuesday next week? The kids are asking.',
      '',
      'To unsubscribe from the Hollins Park Juniors mailing list, reply STOP.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The sister has the interview, not the reader.
    text: mail(
      'Thanks hun!! Mum said yours went well too :) Mine is on Tuesday at 10, at the Deloitte office in Lagos. Wish me luck xx',
      '',
      'Sent from my Samsung Galaxy',
      '',
      '-------- Original message --------',
      'From: Chidinma Eze',
      'Date: 29/03/2069 18:40',
      'Subject: Re: Good luck!',
      '',
      'Good luck with the prep, you will smash it!',
    ),
    ...LOS,
    expect: [],
  },
  {
    // The reader is a referee asked for a call.
    text: mail(
      'Dear Dr Mahlangu,',
      '',
      'Thank you for agreeing to act as a referee for Lucy Tran, who has applied for the post of Research Associate. Would you be free for a short call on Wednesday 3 April at 2pm to give a verbal reference? If not, a written reference by Friday would be equally welcome.',
      '',
      'With thanks,',
      'Helen Forsyth',
      'HR Officer, Faculty of Science, University of the Highveld',
      '',
      'On 25 Mar 2069, at 10:11, Sipho Mahlangu wrote:',
      '> Happy to help, Lucy was one of my best students.',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A job alert with closing dates and an unsubscribe line.
    text: mail(
      'Hi Priyanka,',
      '',
      '5 new jobs match your alert "Project Manager – Melbourne".',
      '',
      'Project Manager, Infrastructure – Metro Rail Link',
      'Closing date: 12 April 2069',
      'Senior Project Manager – Coastline Health (interviews from 15 April)',
      'Closing date: 8 April 2069',
      'Digital Project Manager – Brightwater Council',
      'Apply by Friday 5 April',
      '',
      'You are receiving this email because you created a job alert on WorkHub. Unsubscribe | Manage alerts',
      'WorkHub Pty Ltd, 200 Bourke St, Melbourne VIC 3000',
    ),
    ...SYD,
    expect: [],
  },
  {
    // The reader is the hiring manager; the recruiter forwards a candidate's availability.
    text: mail(
      'Hi Grace,',
      '',
      "Forwarding Daniel's availability below. He can start on 6 May and is free for the second interview on Tuesday at 3pm. Shall I lock it in? I'll send you the other two shortlisted CVs by Wednesday.",
      '',
      'Thanks,',
      'Nikhil',
      'Talent Partner, Harbourview Logistics',
      '',
      '---------- Forwarded message ---------',
      'From: Daniel Osei <daniel.osei@gmail.com>',
      'Date: Fri, 29 Mar 2069 at 12:03',
      'Subject: Re: Second interview',
      '',
      'Hi Nikhil, Tuesday afternoon works best for me. My notice period is four weeks. Daniel',
    ),
    ...HKG,
    expect: [],
  },
  {
    // The reader as an employee: an IT laptop swap with "please don't call the service desk".
    text: mail(
      'Hello Aidan,',
      '',
      'Your laptop refresh has been scheduled. An engineer will swap your device at your desk on Thursday 4 April between 10:00 and 12:00. Please back up local files beforehand. Please do not call the Service Desk about the swap; replies to this ticket are monitored.',
      '',
      'IT Service Desk – Ticket INC0091443',
      'Service Desk hours: Mon–Fri 07:00–19:00',
      '',
      'On 21 Mar 2069 09:14, Aidan Brennan wrote:',
      '> My laptop battery is failing, can I get a replacement?',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A manager's note to an employee: a 1:1 and a promotion promise.
    text: mail(
      'Hey Tasha,',
      '',
      "Let's push our 1:1 to Tuesday at 9:30, I'm stuck in the budget review Monday. On the promotion case: I've sent it to the committee and I'll get back to you on the outcome by the end of next week.",
      '',
      'M',
      '',
      'Sent from Outlook for iOS',
      '',
      'From: Tasha Greene',
      'Sent: Friday, March 29, 2069 5:48 PM',
      'Subject: 1:1 + promo',
      '',
      'Hi Mike, any news on the promotion packet? Also can we move Monday?',
    ),
    ...NY,
    expect: [],
  },
  {
    // A landlord's boiler repair chain.
    text: mail(
      'Hi Kiran,',
      '',
      "Sorry to hear it's packed in again. I've booked the engineer for Wednesday between 8 and 12 and I'll confirm the exact slot within 24 hours. Please leave the side gate unlocked.",
      '',
      'Regards,',
      'Graham (landlord)',
      '',
      'On Sat, 30 Mar 2069, 08:05 Kiran Bhatt wrote:',
      '> Hi Graham, the boiler has stopped working again, no hot water since last night.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A dental appointment confirmation with a legal footer.
    text: mail(
      'Dear Ms Reyes,',
      '',
      'Your appointment is confirmed for Tuesday 2 April 2069 at 4:20 pm with Dr Alana Whitford at Harbourside Dental, 14 Bay Road. Please arrive 10 minutes early. To reschedule, reply to this email at least 24 hours before your appointment.',
      '',
      'Harbourside Dental | Opening hours: Mon–Fri 8am–6pm, Sat 9am–1pm',
      'This is an automated message. To stop receiving reminders, click here to unsubscribe.',
    ),
    ...AKL,
    expect: [],
  },
  {
    // An application acknowledgement above the candidate's quoted message: nothing dated is promised.
    text: mail(
      'Dear Olivia,',
      '',
      'Thank you for your email. We confirm that we have received your application for the Clinical Pharmacist vacancy and it will be reviewed by the hiring team. We will be in touch should you be shortlisted.',
      '',
      'Kind regards,',
      'Recruitment Team',
      'Crescent Valley Health',
      'Our office hours are Monday to Friday, 8:30am to 5:00pm. We aim to respond to general enquiries during these hours.',
      '',
      'On Thu, 28 Mar 2069 at 22:10, Olivia Martin <olivia.martin@icloud.com> wrote:',
      '> Hello, I submitted my application on 20 March. Could you confirm it was received? Thank you.',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A visa interview appointment: an interview, but not for a job.
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment has been confirmed. Visa interview: Tuesday, 9 April 2069 at 08:30 AM, Consular Section, 4 Diplomatic Enclave, Islamabad. Please arrive 15 minutes before your appointment with your passport and the DS-160 confirmation page. Do not call the embassy to check the status of your visa application; use the online tracker.',
      '',
      'This mailbox is not monitored.',
    ),
    ...KHI,
    expect: [],
  },
  {
    // A freelancer's client: a call and a promise about an invoice.
    text: mail(
      'Hi Leah,',
      '',
      'Loved the first round of wireframes! Can we jump on a call Thursday at 3pm to go through the checkout flow? Our finance team will process your March invoice within 5 working days.',
      '',
      'Thanks,',
      'Jordan',
      'Head of Marketing, Tidewater Coffee Co.',
      '',
      'On Fri, Mar 29, 2069 at 2:31 PM Leah Brooks <leah@leahbrooks.design> wrote:',
      '> Hi Jordan, wireframes v1 attached. Invoice #0319 also attached. Leah',
    ),
    ...LA,
    expect: [],
  },
  {
    // A podcast recording: the reader is the guest being interviewed.
    text: mail(
      'Hi Fatima,',
      '',
      "Thanks so much for agreeing to be on the show! We'll record your interview on Monday 8 April at 18:00 GMT via Riverside; the link is below. The episode goes live about three weeks later and I'll send you the edit for approval within 10 days of recording.",
      '',
      'Cheers,',
      'Owen',
      'Producer, The Supply Side Podcast',
      '',
      'You received this because you are a guest on The Supply Side. Unsubscribe from guest updates.',
    ),
    ...LDN,
    expect: [],
  },
];
