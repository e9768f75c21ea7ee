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
