// The lead's own English round of issue 13 (round 110): one or two sentences each, in the wording of real
// recruiter mail, one row for each class the issue names (promises as process or delivery, windows counted from an
// event named elsewhere, vague clauses around a promise, slots offered, reschedules, other candidates, interview
// periods, hold-offs, absences, no-calls far from the verb, zones in brackets, outcomes) and the negatives an inbox
// holds. Each row's answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first run is in
// FIRST_RUN (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Tuesday 19 January 2027, 10:00 in New York, London, Kolkata and Chicago.
const NY = { sentAt: '2027-01-19T10:00:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2027-01-19T10:00:00+00:00', tz: 'Europe/London' } as const;
const KOL = { sentAt: '2027-01-19T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;

/** Round 110: the lead's English sentences, one per class, written before the engine read them. */
export const ROUND_110_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: "We'll have an answer for you by the end of next week.",
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...NY,
    text: "The hiring committee meets on the 27th; you'll hear from us within two working days of that meeting.",
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...NY,
    text: 'Expect our decision no later than Monday 1 February.',
    expect: [{ kind: 'response-by', by: '2027-02-01' }],
  },
  {
    ...NY,
    text: 'Feedback usually takes 3-5 business days.',
    expect: [{ kind: 'response-by', by: '2027-01-26' }],
  },
  {
    ...LDN,
    text: 'Your offer pack will be couriered to you within 48 hours.',
    expect: [{ kind: 'response-by', by: '2027-01-21' }],
  },
  {
    ...NY,
    text: 'You should have a decision by month end, once the panel has met on the 26th.',
    expect: [{ kind: 'response-by', by: '2027-01-31' }],
  },
  { ...NY, text: 'Our offices will be closed on Monday 25 January for the public holiday.', expect: [] },
  { ...LDN, text: 'Applications for the graduate scheme close on 31 January 2027.', expect: [] },
  { ...LDN, text: 'Your first day would be Monday 1 March, subject to references.', expect: [] },
  {
    ...NY,
    text: 'Could you do Thursday 21st at 2:30pm for a quick video call with our CFO?',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '14:30' }],
  },
  {
    ...NY,
    text: 'I can offer Wednesday 20th at 10am, Thursday 21st at 3pm or Friday 22nd at 9am - let me know which suits.',
    expect: [],
  },
  {
    ...LDN,
    text: 'We need to move your interview from Thursday to Monday 25 January, same time (11:00).',
    expect: [{ kind: 'interview', by: '2027-01-25', time: '11:00' }],
  },
  {
    ...NY,
    text: "We're seeing the last two candidates on Friday, so expect to hear from me early next week.",
    expect: [{ kind: 'response-by', by: '2027-01-27', fuzzy: true }],
  },
  { ...LDN, text: 'First-round interviews will take place during the week of 8 February.', expect: [] },
  {
    ...LDN,
    text: "Please don't chase for an update until after the 29th.",
    expect: [{ kind: 'no-contact-before', by: '2027-01-30' }],
  },
  {
    ...LDN,
    text: 'Kindly allow ten working days before following up.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-02' }],
  },
  {
    ...LDN,
    text: "I'm on annual leave until Friday 29 January and back in the office on Monday 1 February, so please hold any questions until then.",
    expect: [{ kind: 'no-contact-before', by: '2027-02-01' }],
  },
  {
    ...LDN,
    text: "Please don't email your portfolio again or phone the studio - we have everything we need.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NY,
    text: 'Our recruiters are unable to take status enquiries by telephone.',
    expect: [{ kind: 'no-calls' }],
  },
  { ...LDN, text: 'Feel free to call me on 0161 496 0000 if anything comes up.', expect: [] },
  {
    ...NY,
    text: 'Your interview is confirmed for Thursday 21 January at 9:15 (America/Chicago).',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '10:15' }],
  },
  {
    ...LDN,
    text: 'Interview: Tue 26 Jan, 16:00 (CET), video call with the Berlin team.',
    expect: [{ kind: 'interview', by: '2027-01-26', time: '15:00' }],
  },
  {
    ...LDN,
    text: "Unfortunately we won't be progressing your application on this occasion.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: "We're delighted to offer you the role of Operations Lead - please let us know your decision by Friday 29 January.",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  { ...LDN, text: "We'll be in touch in due course.", expect: [] },
  {
    ...LDN,
    text: "Things are a bit hectic with year-end but I'll definitely get back to you within the fortnight.",
    expect: [{ kind: 'response-by', by: '2027-02-02' }],
  },
  { ...NY, text: 'We had hoped to make a decision by last Friday, apologies for the delay.', expect: [] },
  { ...NY, text: 'Please return the signed contract by Monday 25 January.', expect: [] },
  {
    ...LDN,
    text: 'The role closes on 5 February. We aim to shortlist within two weeks of that date.',
    expect: [{ kind: 'response-by', by: '2027-02-19' }],
  },
  {
    ...LDN,
    text: "Reference checks normally take around five working days, after which we'll confirm the outcome.",
    expect: [{ kind: 'response-by', by: '2027-01-26', fuzzy: true }],
  },
  {
    ...NY,
    text: 'Our answer will be with you before Thursday.',
    expect: [{ kind: 'response-by', by: '2027-01-20' }],
  },
  { ...NY, text: 'Reminder: Team stand-up every Monday at 9:30.', expect: [] },
  {
    ...NY,
    text: 'We expect to make a final decision in early March.',
    expect: [{ kind: 'response-by', by: '2027-03-10', fuzzy: true }],
  },
  {
    ...LDN,
    text: 'Our panel will be reviewing all applications over the coming days and will contact shortlisted candidates by 27/01.',
    expect: [{ kind: 'response-by', by: '2027-01-27' }],
  },
  {
    ...LDN,
    text: "If you haven't heard back by Wednesday 3 February, please assume you have not been successful this time.",
    expect: [{ kind: 'response-by', by: '2027-02-03' }],
  },
  { ...NY, text: 'We interviewed you on 14 January and really enjoyed meeting you.', expect: [] },
  {
    ...KOL,
    text: 'Your F2F interview is scheduled on 22-01-2027 at 11.30 AM at our Pune office.',
    expect: [{ kind: 'interview', by: '2027-01-22', time: '11:30' }],
  },
  {
    ...LDN,
    text: 'Please confirm by Thursday whether you can attend an assessment centre on 2 February at 9am.',
    expect: [{ kind: 'interview', by: '2027-02-02', time: '09:00' }],
  },
  { ...LDN, text: "Join our webinar 'Acing your interview' on Wednesday 27 January at 6pm GMT.", expect: [] },
];

// Thursday 4 February 2027, 14:00 in Toronto, Dublin, London, Sydney and Johannesburg.
const TOR4 = { sentAt: '2027-02-04T14:00:00-05:00', tz: 'America/Toronto' } as const;
const DUB4 = { sentAt: '2027-02-04T14:00:00+00:00', tz: 'Europe/Dublin' } as const;
const LDN4 = { sentAt: '2027-02-04T14:00:00+00:00', tz: 'Europe/London' } as const;
const SYD4 = { sentAt: '2027-02-04T14:00:00+11:00', tz: 'Australia/Sydney' } as const;
const JNB4 = { sentAt: '2027-02-04T14:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 114: the lead's second English round, written after round 110's fixes and before the engine read it. */
export const ROUND_114_EN: readonly PhraseRow[] = [
  {
    ...TOR4,
    text: "We're hoping to get back to everyone by the middle of next week.",
    expect: [{ kind: 'response-by', by: '2027-02-10', fuzzy: true }],
  },
  {
    ...TOR4,
    text: "You'll get a yes or no from us within seven days.",
    expect: [{ kind: 'response-by', by: '2027-02-11' }],
  },
  {
    ...DUB4,
    text: 'Decisions are normally made within a fortnight of the final interview, which for you was on Tuesday.',
    expect: [{ kind: 'response-by', by: '2027-02-16' }],
  },
  {
    ...LDN4,
    text: 'The written contract will reach you within three working days.',
    expect: [{ kind: 'response-by', by: '2027-02-09' }],
  },
  {
    ...TOR4,
    text: "We'll make a call after the committee sits on the 10th and let you know by the 12th at the latest.",
    expect: [{ kind: 'response-by', by: '2027-02-12' }],
  },
  { ...TOR4, text: "Let me come back to you once I've spoken to the hiring manager.", expect: [] },
  {
    ...TOR4,
    text: "Any chance you're free tomorrow at 4 for a quick chat with Priya?",
    expect: [{ kind: 'interview', by: '2027-02-05', time: '16:00' }],
  },
  { ...LDN4, text: "We've had to cancel Monday's interview - I'll send new times shortly.", expect: [] },
  {
    ...LDN4,
    text: 'Your panel interview has been moved to Wednesday 10 February at 2pm (was Tuesday 9th at 10am).',
    expect: [{ kind: 'interview', by: '2027-02-10', time: '14:00' }],
  },
  {
    ...LDN4,
    text: 'Please choose a slot from the link: Mon 8 Feb 9:00, Mon 8 Feb 13:00, Tue 9 Feb 11:00.',
    expect: [],
  },
  { ...DUB4, text: 'We still have interviews with other applicants on the 8th and 9th.', expect: [] },
  {
    ...LDN4,
    text: 'Shortlisted candidates will be invited to interview in the week commencing 15 February.',
    expect: [],
  },
  {
    ...LDN4,
    text: 'Please refrain from contacting us before 15 February.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-15' }],
  },
  {
    ...TOR4,
    text: 'Give us a couple of weeks before you check in.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-18', fuzzy: true }],
  },
  {
    ...SYD4,
    text: "I'm travelling until the 11th, so please hold off on any follow-ups until I'm back.",
    expect: [{ kind: 'no-contact-before', by: '2027-02-11' }],
  },
  {
    ...TOR4,
    text: 'Please note that we cannot discuss applications over the phone.',
    expect: [{ kind: 'no-calls' }],
  },
  { ...SYD4, text: 'Kindly do not ring the clinic about your application.', expect: [{ kind: 'no-calls' }] },
  { ...JNB4, text: 'Call me anytime on 082 555 0199.', expect: [] },
  {
    ...LDN4,
    text: 'Interview: Friday 12 February, 10:00 (SAST)',
    expect: [{ kind: 'interview', by: '2027-02-12', time: '08:00' }],
  },
  {
    ...SYD4,
    text: 'The call is booked for Tue 9 Feb at 8:30 am (Asia/Singapore).',
    expect: [{ kind: 'interview', by: '2027-02-09', time: '11:30' }],
  },
  {
    ...SYD4,
    text: "I'm sorry to say the panel has chosen another candidate.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR4,
    text: "We'd love to offer you the position! The offer stands until 19 February.",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  { ...JNB4, text: 'Our payroll runs on the 25th of each month.', expect: [] },
  { ...TOR4, text: 'Your onboarding documents are due back by Friday.', expect: [] },
  { ...TOR4, text: 'Apologies, we promised you news by the 1st and we missed it.', expect: [] },
  {
    ...DUB4,
    text: 'Please bear with us - we should be able to update you the week after next.',
    expect: [{ kind: 'response-by', by: '2027-02-19' }],
  },
  {
    ...DUB4,
    text: 'The interview will last around 45 minutes and will be held on 11/02/2027 at 15:00.',
    expect: [{ kind: 'interview', by: '2027-02-11', time: '15:00' }],
  },
  {
    ...JNB4,
    text: 'We are pleased to confirm your assessment day on Thursday 18 February from 9:30 to 16:00.',
    expect: [{ kind: 'interview', by: '2027-02-18', time: '09:30' }],
  },
  { ...TOR4, text: 'Happy Friday! Reminder that the office is closed Monday for maintenance.', expect: [] },
  {
    ...LDN4,
    text: 'Unfortunately, we have decided not to move forward with your application at this time, but we will keep your CV on file for 12 months.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
];
