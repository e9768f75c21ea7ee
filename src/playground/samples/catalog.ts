// The sample threads, one per situation of ADVICE.md's decision table (plus an employer that asked not to be
// called), each with the clock that shows its situation and what the advice must be then. The browser tests
// read this table; the playground uses it to set the clock when a sample is opened. Dates are 2026, New York.
import type { Action } from '../../core/types';

export interface SampleExpectation {
  /** The simulated "now" (ISO 8601 with offset). */
  readonly now: string;
  readonly action: Action;
  /** The recommendation's day, where the rule gives one that a reader can check by hand. */
  readonly on?: string;
}

export interface SampleCase {
  /** File name under src/playground/samples. */
  readonly file: string;
  /** The situation, as the mailbox list shows it. */
  readonly title: string;
  /** ADVICE.md rule that decides it. */
  readonly rule: number;
  /** Outlook's zone name for the sample (userProfile.timeZone). */
  readonly zone: string;
  readonly expect: SampleExpectation;
  /** Another clock at which the advice is different: "change the clock and see the advice move". */
  readonly moved?: SampleExpectation;
}

export const SAMPLES: readonly SampleCase[] = [
  {
    file: 'interview-ahead.eml',
    title: 'Interview ahead',
    rule: 4,
    zone: 'Eastern Standard Time',
    // Interview Tue Dec 1, 14:00 EST: wait for it; the morning after, the thank-you is due.
    expect: { now: '2026-11-26T10:00:00-05:00', action: 'wait', on: '2026-12-01' },
    moved: { now: '2026-12-02T09:00:00-05:00', action: 'send-thank-you', on: '2026-12-02' },
  },
  {
    file: 'thank-you-due.eml',
    title: 'Thank-you due',
    rule: 5,
    zone: 'Eastern Standard Time',
    // Onsite Tue Nov 24, 10:00; no note sent yet. Eight days on, the first follow-up (Nov 24 + 7) is due.
    expect: { now: '2026-11-25T09:00:00-05:00', action: 'send-thank-you', on: '2026-11-25' },
    moved: { now: '2026-12-02T09:00:00-05:00', action: 'follow-up', on: '2026-12-01' },
  },
  {
    file: 'employer-asked.eml',
    title: 'Employer asked something',
    rule: 2,
    zone: 'Eastern Standard Time',
    // After the Nov 19 interview and the thank-you, the employer asks for references: reply now.
    expect: { now: '2026-11-24T10:00:00-05:00', action: 'reply', on: '2026-11-24' },
  },
  {
    file: 'waiting-on-timeline.eml',
    title: 'Waiting on the stated timeline',
    rule: 6,
    zone: 'Eastern Standard Time',
    // "within two weeks" written Thu Nov 12 -> Nov 26; wait until the next business day, Fri Nov 27.
    expect: { now: '2026-11-23T09:00:00-05:00', action: 'wait', on: '2026-11-27' },
    moved: { now: '2026-11-30T09:00:00-05:00', action: 'follow-up', on: '2026-11-27' },
  },
  {
    file: 'first-follow-up-due.eml',
    title: 'First follow-up due',
    rule: 9,
    zone: 'Eastern Standard Time',
    // Interview Mon Nov 2, last employer message Wed Nov 4: follow up from Nov 11.
    expect: { now: '2026-11-16T09:00:00-05:00', action: 'follow-up', on: '2026-11-11' },
    moved: { now: '2026-11-10T09:00:00-05:00', action: 'wait', on: '2026-11-11' },
  },
  {
    file: 'second-follow-up-due.eml',
    title: 'Second follow-up due',
    rule: 8,
    zone: 'Eastern Standard Time',
    // Interview Oct 20, follow-up Oct 30 unanswered: the second one from max(Nov 3, Nov 6) = Nov 6.
    expect: { now: '2026-11-16T09:00:00-05:00', action: 'follow-up', on: '2026-11-06' },
    moved: { now: '2026-11-04T09:00:00-05:00', action: 'wait', on: '2026-11-06' },
  },
  {
    file: 'move-on.eml',
    title: 'Two follow-ups unanswered',
    rule: 7,
    zone: 'Eastern Standard Time',
    expect: { now: '2026-11-16T09:00:00-05:00', action: 'move-on' },
  },
  {
    file: 'rejection.eml',
    title: 'Rejection',
    rule: 1,
    zone: 'Eastern Standard Time',
    expect: { now: '2026-11-17T09:00:00-05:00', action: 'closed' },
  },
  {
    file: 'offer.eml',
    title: 'Offer',
    rule: 1,
    zone: 'Eastern Standard Time',
    expect: { now: '2026-11-23T09:00:00-05:00', action: 'closed' },
  },
  {
    file: 'no-interview-date.eml',
    title: 'No interview date yet',
    rule: 3,
    // Alex answered Chloe's "Would Tuesday or Wednesday afternoon next week work?" with times; no slot is set yet.
    // (Before Alex's answer it was rule 2: the employer asked, so reply.)
    zone: 'Eastern Standard Time',
    expect: { now: '2026-11-24T09:00:00-05:00', action: 'set-interview-date' },
  },
  {
    file: 'no-calls.eml',
    title: 'Employer asked for no calls',
    rule: 9,
    zone: 'Eastern Standard Time',
    // "by the end of next week" written Tue Nov 3 -> Fri Nov 13; follow up (by email only) from Mon Nov 16.
    expect: { now: '2026-11-18T09:00:00-05:00', action: 'follow-up', on: '2026-11-16' },
    moved: { now: '2026-11-11T09:00:00-05:00', action: 'wait', on: '2026-11-16' },
  },
];

/** The sample's thread id in the playground (its file name without .eml). */
export function sampleId(sample: SampleCase): string {
  return sample.file.replace(/\.eml$/, '');
}
