// Round 860 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Sunday
// 26 March 2062 at 19:00 local, the day Europe's clocks went forward (London and Dublin are on BST/IST, +01:00,
// since 01:00 UTC; the US has been on daylight time since 12 March; Sydney, Melbourne and Auckland are still on
// daylight time). Sent on a Sunday, so "next week" is 27–31 March and "Friday" is 31 March. The focus is long mail
// in which the one dated fact the reader needs sits among others (office moves, leave, start dates, salary
// reviews, other candidates), windows counted from an event named in another sentence ("a week after the final
// panel on Wednesday 29 March", "within two working days of that meeting", "within 10 working days of the closing
// date"), holds worded politely, and replies quoting earlier mail. Positives: a Greenhouse label–value invite in
// London, a Workday rejection in New York, a Sydney founder, a Dublin in-house recruiter, a Lever invite in Pacific
// time for a Toronto reader, a SmartRecruiters ISO-dated invite in Singapore, NHS Jobs with a no-calls line, a
// Bengaluru HR round on Teams, a Lagos Oracle Recruiting hold, a Melbourne Ashby "early next month", a Chicago
// Robert Half hold, a Dubai Taleo offer, a Karachi rescheduled interview, an Auckland council, a Hong Kong Calendly
// booking made through Dover, a Denver reply quoting an old promise. Negatives: the reader's own employer
// (appraisal, payroll, IT upgrade and all-hands), a landlord, a bank, a child's school, a GP surgery, a sports
// club's AGM, the reader as interviewer, hiring manager and referee, a relative's interview, a job alert with a
// webinar, a podcast interview, a PhD viva, a freelancer's client call, a careers fair, an acknowledgement that
// promises nothing dated. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 26 March 2062, 19:00 local (European clocks went forward this morning).
const NY = { sentAt: '2062-03-26T19:00:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2062-03-26T19:00:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2062-03-26T19:00:00-06:00', tz: 'America/Denver' } as const;
const TOR = { sentAt: '2062-03-26T19:00:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2062-03-26T19:00:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2062-03-26T19:00:00+01:00', tz: 'Europe/Dublin' } as const;
const LAG = { sentAt: '2062-03-26T19:00:00+01:00', tz: 'Africa/Lagos' } as const;
const DXB = { sentAt: '2062-03-26T19:00:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2062-03-26T19:00:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR = { sentAt: '2062-03-26T19:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2062-03-26T19:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2062-03-26T19:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2062-03-26T19:00:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2062-03-26T19:00:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2062-03-26T19:00:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_860_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse label–value invite; the office move and the team's offsite are other dates.
    text: mail(
      'Hi Harriet,',
      '',
      'Thanks again for your time on the phone last week. The team would love to move you forward to the',
      'case-study interview for the Senior Product Analyst role. Details below:',
      '',
      'Interview: Case study + panel (Product Analytics)',
      'Date: Thursday 30/03/2062',
      'Time: 14:00 – 15:30 (UK time; note the clocks went forward this morning)',
      'Location: 4th floor, 22 Paradise Street, Liverpool',
      'Interviewers: Callum Reid (Head of Analytics), Ines Barros (Senior PM)',
      '',
      'A couple of housekeeping notes: we move to our new Canning Dock office on Monday 3 April, so if anything',
      'slips to the following week it will be there instead. Most of the team is at our offsite on 5–6 April, and',
      'the role itself would start in early June. None of that affects Thursday.',
      '',
      'The case pack is attached. Reply here if you need anything adjusted.',
      '',
      'Best wishes,',
      'Tamsin Ford',
      'Talent Partner, Harbourline',
      'Sent via Greenhouse',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2062-03-30', time: '14:00', phrase: 'Date: Thursday 30/03/2062' }],
  },
  {
    // Workday rejection, long and warm; the other openings' closing date is not the reader's.
    text: mail(
      'Dear Marcus,',
      '',
      'Thank you for your interest in the Financial Planning Manager position (R-0045812) at Greyfield Mutual and for',
      'the time you spent with our team during the interview process earlier this month.',
      '',
      'After careful consideration, we have decided to move forward with another candidate whose experience more',
      'closely matches the current needs of the team. This was not an easy decision; the panel enjoyed meeting you.',
      '',
      'We would encourage you to keep an eye on our careers site. Two related roles in our Hartford office are open',
      'until April 14, and your profile will stay in our talent community for 12 months.',
      '',
      'We wish you every success in your search.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Greyfield Mutual',
      'This message was sent from Workday. Please do not reply to this email.',
    ),
    ...NY,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A founder writing casually; the reader's final panel has a day but no time, and the window counts from it.
    text: mail(
      'Hey Priya,',
      '',
      "Sorry for the Sunday email, it's the only quiet hour I get. Quick update on where we're at with the",
      "founding engineer role. You're one of three people going through to the final panel, which is with me,",
      "Dom and our advisor Kerry-Anne. We're running those on Tuesday and Wednesday this week, and yours is the",
      'Wednesday one you already have in the calendar.',
      '',
      "We've promised everyone an answer a week after the final panel on Wednesday 29 March, so you won't be left",
      "hanging. Dom's off to Bali straight after and we're moving into the Surry Hills space on the 10th, so if",
      'it does go your way we would be looking at a start around mid-May.',
      '',
      'Cheers,',
      'Ollie',
      'Co-founder, Tidemark',
    ),
    ...SYD,
    expect: [
      { kind: 'interview', by: '2062-03-29', time: null, phrase: 'the final panel on Wednesday 29 March' },
      { kind: 'response-by', by: '2062-04-05', phrase: 'a week after the final panel on Wednesday 29 March' },
    ],
  },
  {
    // A Dublin in-house recruiter: a window from a dated meeting; the referees' "3–5 days" has no date.
    text: mail(
      'Dear Aoife,',
      '',
      'I hope you had a good weekend. Just a note to let you know where things stand with the Clinical Data Lead',
      'role following your second interview.',
      '',
      'We have contacted both of your referees. Once references are back it usually takes 3–5 days for us to',
      'complete the remaining checks. Separately, the selection panel meets on Thursday 30 March to review all',
      'final-stage candidates, and you will hear from me within two working days of that meeting either way.',
      '',
      'Please note that our offices are closed on Monday 17 April, and the successful candidate would be expected',
      'to start on 2 May.',
      '',
      'Kind regards,',
      'Siobhán Kearney',
      'Talent Acquisition Specialist, Brightwater Therapeutics',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2062-04-03', phrase: 'within two working days of that meeting' }],
  },
  {
    // Lever invite in Pacific time for a Toronto reader.
    text: mail(
      'Hi Daniel,',
      '',
      'Great news: the hiring team at Northpass would like to meet you for the technical interview for Staff',
      'Backend Engineer. Your interview is confirmed for Wednesday, March 29 at 11:30 AM Pacific Time and will',
      'last 75 minutes. A Google Meet link is in the calendar invitation.',
      '',
      "You'll pair with Rosa and Kwame on a small design problem. There's nothing to prepare. If you need",
      'accommodations, just let me know.',
      '',
      'Thanks,',
      'Bea Lindqvist',
      'Recruiting Coordinator, Northpass',
      'Powered by Lever',
    ),
    ...TOR,
    expect: [
      {
        kind: 'interview',
        by: '2062-03-29',
        time: '14:30',
        phrase: 'Wednesday, March 29 at 11:30 AM Pacific Time',
      },
    ],
  },
  {
    // SmartRecruiters ISO date in Singapore, among an office closure and the onboarding plan.
    text: mail(
      'Dear Mr Lim Wei Jie,',
      '',
      'Thank you for completing the online assessment for the position of Treasury Operations Associate.',
      'We are pleased to invite you to a face-to-face interview with the Head of Treasury Operations.',
      '',
      'Interview date: 2062-04-04',
      'Interview time: 15:00 SGT',
      'Venue: Level 18, One Raffles Quay North Tower',
      '',
      'Please bring your NRIC and your latest payslip. Our office will be closed on Friday 31 March for a company',
      'event, so kindly send any questions before Thursday. The successful candidate will join our June intake.',
      '',
      'Yours sincerely,',
      'Nur Aisyah Rahman',
      'HR Executive, Meridian Pacific Bank',
      'This email was sent via SmartRecruiters.',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2062-04-04', time: '15:00', phrase: 'Interview date: 2062-04-04' }],
  },
  {
    // NHS Jobs: a firm notification date plus a no-calls line among several other dates.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the post of Band 6 Occupational Therapist (Ref 312-AHP-0981) with Pennine Acute',
      'Hospitals NHS Trust. The advert closed on Friday 24 March.',
      '',
      'Shortlisting is being completed by the ward manager this week. Shortlisted candidates will be notified by',
      'email no later than Friday 7 April, and interviews are planned for the second half of April.',
      '',
      'Please do not telephone the ward or the recruitment team regarding the progress of your application, as we',
      'are unable to give updates by phone.',
      '',
      'Yours faithfully,',
      'Recruitment Services',
      'Pennine Acute Hospitals NHS Trust',
      'This message was sent via NHS Jobs.',
    ),
    ...LDN,
    expect: [
      { kind: 'response-by', by: '2062-04-07', phrase: 'no later than Friday 7 April' },
      { kind: 'no-calls', phrase: 'Please do not telephone the ward or the recruitment team' },
    ],
  },
  {
    // Bengaluru HR round on Microsoft Teams with the joining date and documents.
    text: mail(
      'Dear Karthik,',
      '',
      'Greetings from Vayuteq Systems!',
      '',
      'Congratulations on clearing the technical rounds for the post of Senior QA Engineer. Your HR discussion is',
      'scheduled on 28-Mar-2062 (Tuesday) at 10:30 AM IST via Microsoft Teams. The joining link is below.',
      '',
      'Kindly keep the following ready: last three months payslips, relieving letter from your previous employer',
      'and a PAN card copy. If selected, the expected joining date would be 2 May 2062, and our salary revision',
      'cycle runs every April.',
      '',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Meeting ID: 482 119 700 332',
      '',
      'Thanks & Regards,',
      'Shalini Menon',
      'Talent Acquisition, Vayuteq Systems Pvt Ltd',
    ),
    ...BLR,
    expect: [
      {
        kind: 'interview',
        by: '2062-03-28',
        time: '10:30',
        phrase: 'scheduled on 28-Mar-2062 (Tuesday) at 10:30 AM IST',
      },
    ],
  },
  {
    // Oracle Recruiting, Lagos: a polite hold until the team resumes on a named day.
    text: mail(
      'Dear Oluwaseun,',
      '',
      'Thank you for attending the assessment centre for our Graduate Management Trainee programme on Thursday.',
      'We were impressed by the calibre of candidates this year.',
      '',
      'Please be informed that the Human Resources team will be away on our annual strategy retreat and the public',
      'holidays that follow. Kindly hold any enquiries regarding your application until we resume on',
      'Tuesday 18 April, when results will be collated. Induction for successful trainees remains scheduled for',
      '5 June.',
      '',
      'Warm regards,',
      'Adaeze Nwankwo',
      'Recruitment Lead, Zenora Holdings',
      'Sent from Oracle Recruiting Cloud',
    ),
    ...LAG,
    expect: [{ kind: 'no-contact-before', by: '2062-04-18', phrase: 'Tuesday 18 April' }],
  },
  {
    // Ashby, Melbourne: "early next month" among the team's plans.
    text: mail(
      'Hi Jess,',
      '',
      'Thanks for your patience while we sorted out the budget side of things. Good news: the Growth Marketing',
      "Lead headcount is now signed off for FY63. We've finished the first-round interviews and the hiring",
      'manager, Nikhil, is narrowing down who goes through to the final stage.',
      '',
      "He's on leave for a week from tomorrow and the team is moving to Cremorne at the same time, so realistically",
      "we'll let you know about next steps early next month. If it helps your planning, the role starts in July.",
      '',
      'Talk soon,',
      'Maddie Chen',
      'People Partner, Kestrel Labs',
      'Sent with Ashby',
    ),
    ...MEL,
    expect: [{ kind: 'response-by', by: '2062-04-10', phrase: 'early next month', fuzzy: true }],
  },
  {
    // Robert Half, Chicago: the hold is asked indirectly, bounded by the client's return.
    text: mail(
      'Hi Tanya,',
      '',
      'Hope your weekend was good! Quick one from me on the Senior Accountant contract-to-hire with Lakeview',
      'Logistics. Their controller, Brenda, was really positive after your interview, but she is out on spring',
      'break with her kids and is back in the office on Monday April 3.',
      '',
      "She's asked me not to chase her before then, and honestly I won't have anything new for you until she's",
      "back, so please don't follow up with me before Monday April 3 either. I'll call you that day once I've",
      'spoken to her. In the meantime I have two other roles I think you would like; shall I send them over?',
      '',
      'Thanks,',
      'Jamal Porter',
      'Senior Recruitment Manager, Robert Half',
    ),
    ...CHI,
    // The writer's expectation (the hold alone) was the miss: "I'll call you that day once I've spoken to her" promises
    // the hold's day itself (as rounds 590 and 880); scored as first written.
    expect: [
      {
        kind: 'no-contact-before',
        by: '2062-04-03',
        phrase: "please don't follow up with me before Monday April 3",
      },
      { kind: 'response-by', by: '2062-04-03' },
    ],
  },
  {
    // Taleo offer, Dubai: the acceptance deadline is the candidate's, not a timeline.
    text: mail(
      'Dear Rania,',
      '',
      'Further to your interviews with our Commercial Director, we are pleased to offer you the position of Key',
      'Account Manager, Gulf Region, with Alhamra Consumer Goods LLC. Your offer letter is attached, including the',
      'package, housing allowance and annual flight allowance.',
      '',
      'Please confirm your acceptance by signing and returning the letter by 2 April 2062. Your visa processing',
      'will begin once we receive it, and the proposed start date is 1 June. Our salary review takes place each',
      'January.',
      '',
      'Best regards,',
      'Farah Haddad',
      'HR Business Partner',
      'Sent via Taleo',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Karachi: a rescheduled interview, 24-hour clock, the old slot named too.
    text: mail(
      'Dear Mr. Siddiqui,',
      '',
      'Assalam-o-Alaikum. With reference to your application for the post of Manager Internal Audit, we regret',
      'that due to the Chief Financial Officer travelling we have to move your panel interview from Tuesday 28th',
      'March to Monday 27 March 2062 at 16:00 hrs PKT, at our head office, Shahrah-e-Faisal.',
      '',
      'Kindly bring your original degrees and CNIC. Please note that the office will observe summer timings (08:00',
      'to 15:30) from 1 May, and the shortlisted candidates for the Lahore branch will be called separately.',
      '',
      'Regards,',
      'Sana Mirza',
      'Deputy Manager HR, Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [
      {
        kind: 'interview',
        by: '2062-03-27',
        time: '16:00',
        phrase: 'to Monday 27 March 2062 at 16:00 hrs PKT',
      },
    ],
  },
  {
    // An Auckland council: 10 working days from the closing date named in the mail.
    text: mail(
      'Kia ora Mere,',
      '',
      'Thank you for applying for the Senior Policy Advisor – Water Services role with Te Awa District Council.',
      '',
      'Applications closed on Friday 24 March. Our panel will assess all applications and we will be in touch',
      'with every applicant within 10 working days of the closing date. Interviews for shortlisted applicants',
      'will follow, and we are aiming for a start date in mid-May.',
      '',
      'Our offices move to the new civic building over Easter, so please use this email address rather than the',
      'old phone numbers in the meantime.',
      '',
      'Ngā mihi,',
      'People & Capability',
      'Te Awa District Council',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2062-04-07', phrase: 'within 10 working days of the closing date' }],
  },
  {
    // A Calendly booking made through Dover, Hong Kong time.
    text: mail(
      'Hi Cheuk Yin,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type:',
      'Intro call with Lorraine Ho – Product Designer (Vantage Freight)',
      '',
      'Invitee:',
      'Cheuk Yin Wong',
      '',
      'Event Date/Time:',
      '09:00am - 09:30am, Wednesday, March 29, 2062 (Hong Kong Time)',
      '',
      'Location:',
      'Zoom. Details will be sent in the calendar invitation.',
      '',
      'Need to make changes to this event? Cancel or Reschedule.',
      'Scheduled with Calendly on behalf of Dover',
    ),
    ...HKG,
    expect: [
      {
        kind: 'interview',
        by: '2062-03-29',
        time: '09:00',
        phrase: '09:00am - 09:30am, Wednesday, March 29, 2062',
      },
    ],
  },
  {
    // A Denver reply quoting the recruiter's earlier, now past, promise.
    text: mail(
      'Hi Caleb,',
      '',
      'Apologies for the slow reply, and thanks for the nudge. We did say we would have an answer by March 20,',
      'and I know that date has come and gone. The delay is on our side: our VP added one more candidate late.',
      "I'm meeting her first thing tomorrow and I'll have a decision for you in the next day or two.",
      '',
      'Best,',
      'Renee',
      '',
      'On Thu, Mar 23, 2062 at 8:12 AM Caleb Forde <caleb.forde@fastmail.com> wrote:',
      '> Hi Renee,',
      '> I hope you are well. I wanted to check in on the Solutions Engineer role after my interview on March 10.',
      '> You mentioned you hoped to decide by March 20. I remain very interested.',
      '> Best, Caleb',
    ),
    ...DEN,
    expect: [{ kind: 'response-by', by: '2062-03-28', phrase: 'in the next day or two' }],
  },

  // ---- negatives ----
  {
    // The reader's own employer: appraisal, payroll and the office move.
    text: mail(
      'Hi all,',
      '',
      'A few reminders from People Team as we head into the last week of the quarter:',
      '',
      '• Mid-year reviews: your review with your line manager should be booked before Friday 31 March. Please',
      '  complete the self-assessment in Workday by Wednesday so your manager can prepare.',
      '• March salaries will be paid on Tuesday 28 March because of the bank holiday processing window.',
      '• We are interviewing for two new People Advisors next week, so you may see candidates in reception.',
      '• The Leeds office move is on Saturday 1 April; please pack your desk by Thursday evening.',
      '',
      'Questions? Raise a ticket and we will respond within 3 working days.',
      '',
      'Thanks,',
      'People Team, Calderstone Insurance',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A landlord's letting agent with an inspection and a rent review.
    text: mail(
      'Dear Mr Okonkwo,',
      '',
      'Re: 14 Beaumont Court – tenancy renewal',
      '',
      'Your fixed-term tenancy ends on 30 April. Your landlord would like to offer a renewal for a further 12',
      'months. Before we can send the new agreement, our property manager will carry out a mid-term inspection on',
      'Tuesday 4 April at 10am; please let us know by Wednesday if this time does not suit.',
      '',
      'We are also recruiting a new property manager for your block, so you may be introduced to them at the',
      'inspection. Following the inspection we will confirm the proposed rent within two weeks.',
      '',
      'Kind regards,',
      'Hollis & Crane Lettings',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A bank's mortgage team checking the reader's employment.
    text: mail(
      'Dear Ms Alvarez,',
      '',
      'Thank you for your mortgage application (ref MTG-55120). We have received your payslips and bank',
      'statements. To complete our checks we need confirmation of your employment and salary from your employer;',
      'we have written to your HR department today.',
      '',
      'Once we receive their reply we usually issue a decision within 5 working days. Your appointment with your',
      'mortgage adviser, Gavin, remains booked for Thursday 30 March at 5:30pm by phone.',
      '',
      'Please do not reply to this email. If you need help, call us Monday to Friday, 8am to 8pm.',
      '',
      'Yours sincerely,',
      'Mortgage Underwriting Team',
      'Northbay Building Society',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A child's school: parents' evening and the head-teacher appointment.
    text: mail(
      'Dear Parents and Carers,',
      '',
      'Parents’ evening appointments for Year 4 are now confirmed. Your slot with Mrs Adebayo is Thursday 30',
      'March at 4:10pm. Each appointment lasts 10 minutes.',
      '',
      'As you know, Mr Hartley retires at Easter. The governors are interviewing for the new head teacher on',
      'Tuesday and Wednesday next week and expect to announce the appointment before the end of term on 6 April.',
      '',
      'Spring term ends on Thursday 6 April and the summer term starts on Monday 24 April.',
      '',
      'With best wishes,',
      'Mrs J. Pereira',
      'School Business Manager, St Aidan’s Primary',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A GP surgery: an appointment, a fit note for the employer, occupational health.
    text: mail(
      'Dear Thomas,',
      '',
      'Your appointment with Dr Kaur is confirmed for Tuesday 28 March at 09:20 at Riverside Medical Centre.',
      '',
      'You asked about a fit note for your employer and a referral letter for your occupational health assessment',
      'at work. Please bring any forms from your HR department. Fit notes are usually ready within 48 hours of the',
      'appointment.',
      '',
      'If you cannot attend, please cancel at least 24 hours before so that the slot can be offered to someone',
      'else.',
      '',
      'Riverside Medical Centre',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A sports club's AGM, with committee vacancies and coach interviews.
    text: mail(
      'Hi everyone,',
      '',
      'The club AGM is on Wednesday 29 March at 7:30pm in the clubhouse. On the agenda: the accounts, the new',
      'pitch lease, and elections for the committee. We have vacancies for treasurer and welfare officer, so',
      'please send nominations to me by Friday.',
      '',
      'We are also interviewing for a new head coach for the senior women’s team on Saturday 8 April; if you would',
      'like to sit on the interview panel, let me know. Subs for the new season are due by 30 April.',
      '',
      'See you on the 29th,',
      'Gareth',
      'Club Secretary, Eastbrook Hockey Club',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as interviewer: a Greenhouse scorecard reminder.
    text: mail(
      'Hi Naomi,',
      '',
      "You're scheduled to interview Maya Okafor for Senior Data Engineer on Tuesday, March 28 at 2:00 PM ET",
      '(System Design, 60 minutes). Her resume and the interview kit are linked below.',
      '',
      'Please submit your scorecard within 24 hours of the interview so we can hold the debrief on Thursday. As a',
      'reminder, the hiring committee meets every other Friday, and the role is targeted to start in June.',
      '',
      'Thanks for helping us hire!',
      'Recruiting at Quarrybank',
      'Sent via Greenhouse',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader as hiring manager: a requisition update in Workday.
    text: mail(
      'Hi Andrés,',
      '',
      'Good news, your requisition R-77120 (Operations Analyst, Toronto) has been approved by Finance. The posting',
      'goes live tomorrow and closes on April 9.',
      '',
      "I'll screen applicants as they arrive and send you a shortlist within 5 business days of the posting",
      'closing. Please block out time for first-round interviews in the week of April 17, and let me know by',
      'Wednesday who else you want on the panel. Target start date is June 5.',
      '',
      'Thanks,',
      'Lucy Tremblay',
      'Talent Acquisition Partner',
    ),
    ...TOR,
    expect: [],
  },
  {
    // The reader as referee: a reference call proposed for one slot.
    text: mail(
      'Dear Dr Mensah,',
      '',
      'Your former colleague Tomás Reyes has applied for the position of Laboratory Manager at Caldera Biosciences',
      'and has named you as a referee. He has reached the final stage of our process.',
      '',
      'Would you be available for a 15-minute reference call on Wednesday 29 March at 11:00? If that does not',
      'suit, a written reference by Friday would also be very helpful. We aim to make a decision on the role by',
      'mid-April.',
      '',
      'With thanks,',
      'Elaine Byrne',
      'HR Manager, Caldera Biosciences',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A relative's interview.
    text: mail(
      'Hi love,',
      '',
      "Just to say your dad's interview at the council depot is on Thursday at 10am, so he can't do the school",
      'run that morning. Could you pick up Ellie instead? He is nervous, the supervisor job is a big step up, and',
      "they said they'd let him know within a week.",
      '',
      'Also, the plumber is coming Tuesday between 8 and 12 and Nan’s birthday lunch is next Sunday.',
      '',
      'Love, Mum x',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A job board alert with a webinar.
    text: mail(
      'Hi Ravi,',
      '',
      '14 new jobs match your alert "Data Analyst, Singapore":',
      '',
      'Data Analyst – Harbourfront Logistics – closing 7 April',
      'Junior BI Analyst – Orchid Health – closing 14 April',
      'Reporting Analyst – Peakline Securities – posted 2 days ago',
      '',
      'FREE WEBINAR: "How to ace your data interview", Thursday 30 March, 7pm SGT. Our coaches will cover case',
      'questions, SQL tests and salary negotiation. Register now; seats are limited.',
      '',
      'You are receiving this email because you created a job alert. Unsubscribe at any time.',
      'JobsLah',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A podcast interview with a recording slot and an edit promise.
    text: mail(
      'Hi Grace,',
      '',
      'Thanks so much for agreeing to be interviewed on Product Minds! We’re thrilled to have you talk about how',
      'you rebuilt the onboarding team and what you look for when hiring PMs.',
      '',
      'Recording: Tuesday 4 April, 3pm BST (about 45 minutes, on Riverside.fm)',
      'We’ll send the edited episode for your approval within two weeks, and it goes live in early May.',
      '',
      'Could you send a short bio and headshot by Friday?',
      '',
      'Cheers,',
      'Femi',
      'Producer, Product Minds Podcast',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A PhD viva.
    text: mail(
      'Dear Chidi,',
      '',
      'I am pleased to confirm the arrangements for your oral examination (viva voce) for the degree of Doctor of',
      'Philosophy.',
      '',
      'Date: Monday 3 April 2062',
      'Time: 10:00',
      'Venue: Room 2.14, Simon Building',
      'Examiners: Professor A. Whitcombe (external), Dr L. Fenn (internal)',
      '',
      'The examiners will submit their joint report to the Doctoral College within four weeks of the viva. Please',
      'do not contact the examiners directly before the examination.',
      '',
      'Best wishes,',
      'Doctoral College Administration',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A freelancer's client call.
    text: mail(
      'Hi Sam,',
      '',
      'Thanks for the first round of logo drafts, the board loved option B. Could we jump on a call Thursday at',
      '3pm to go through the colour changes? I will send the signed-off brief for the brand guidelines by',
      'Wednesday, and we still want everything ready for the launch on 20 April.',
      '',
      'Also, we are hiring a full-time designer later in the year, so if you know anyone, send them my way.',
      '',
      'Best,',
      'Leila',
      'Marketing Director, Fernhill Gin',
    ),
    ...MEL,
    expect: [],
  },
  {
    // A university careers fair.
    text: mail(
      'Dear Student,',
      '',
      'The Spring Careers Fair is on Wednesday 5 April, 10am – 3pm, in the Great Hall. Over 40 employers will be',
      'there, including graduate recruiters from engineering, finance and the public sector.',
      '',
      'Drop-in CV checks run every weekday from 12 to 2 in the Careers Hub, and you can book a 30-minute mock',
      'interview with an adviser through CareerConnect. Employers will be running on-the-spot interviews for',
      'summer internships.',
      '',
      'Careers & Employability Service',
    ),
    ...AKL,
    expect: [],
  },
  {
    // An acknowledgement that promises nothing dated.
    text: mail(
      'Dear Hannah,',
      '',
      'Thank you for applying for the role of Customer Success Manager at Lumenfold. We have received your',
      'application and our team will review it carefully.',
      '',
      'Because of the high number of applications, we are unable to respond to everyone individually. If your',
      'experience matches what we are looking for, a member of our Talent team will be in touch. The role is',
      'based in our Denver office and would start in the summer.',
      '',
      'Best,',
      'The Lumenfold Talent Team',
      'Sent via Workable',
    ),
    ...DEN,
    expect: [],
  },
  {
    // The reader's employer: an IT upgrade, an all-hands and a service desk's no-calls line.
    text: mail(
      'Hi team,',
      '',
      'Your laptop will be upgraded to the new operating system over the weekend of 1–2 April. Please leave it',
      'docked and switched on when you leave on Friday 31 March. The all-hands with our CEO is the same Friday at',
      '4pm in the atrium, including an update on hiring plans for the new Kuala Lumpur hub.',
      '',
      'Please do not call the service desk about the upgrade; everything you need is on the intranet page, and the',
      'team will be reviewing tickets on Monday 3 April.',
      '',
      'Thanks,',
      'IT Service Management',
    ),
    ...SIN,
    expect: [],
  },
];
