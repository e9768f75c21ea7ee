// The sixth held-out mailbox: test/fixtures/board/heldout6.mbox, 21 messages of a candidate in Toronto (Workday's
// confirmation, a thank-you answered with "by Wednesday, December 9", a transit agency's acknowledgement with no
// calls, a studio's silence after a thank-you, an insurer's rejection, an agency's call for its client) among a job
// alert, a phone bill, a dentist, a friend's "Good luck with your interview Thursday!! Drinks after?", a parcel, a
// yoga class, a landlord's notice of entry, LinkedIn, a condo AGM, an insurance claim and a salary webinar. The
// answers below were written BEFORE the board first ran on it.
// First run (2026-12-07, on the engine of round 290b's fixes): 5 of 6 applications fully right, 6 of 6 with the right
// next step, 1 false row. Misses: the friend's good-luck message was a row asking for a reply (a well-wisher's
// message beside no other job word is none now); "Northern Rail Transit Careers" was named "Northern Rail" (the words
// between the mail domain's spelling and a department are the firm's).
export const FIRST_RUN = { applications: 6, fullyRight: 5, rightStage: 6, falseRows: 1 } as const;
import { fileURLToPath } from 'node:url';
import { checkBoard, type Expected } from './boardHeldout';

const MBOX = fileURLToPath(new URL('../fixtures/board/heldout6.mbox', import.meta.url));
const ARGS = [
  '--now',
  '2026-12-07T09:00:00-05:00',
  '--tz',
  'America/Toronto',
  '--me',
  'priya.menon@gmail.com',
];

/** Company, next step and its date, as the candidate reading the mailbox on Monday 7 December 2026 would say. */
const EXPECTED: Expected = [
  // Interview on Thursday 10 December at 13:30, still ahead.
  ['Maple Ridge Credit Union', 'wait', '2026-12-10'],
  // "by Wednesday, December 9" after the thank-you: the follow-up a business day later.
  ['Lumen Analytics', 'wait', '2026-12-10'],
  // The employer's own acknowledgement: an application with no interview yet.
  ['Northern Rail Transit', 'set-interview-date', '2026-12-07'],
  // Interviewed Monday 23 November, thanked, silence since: the first follow-up was due a week later.
  ['Harbourfront Design Studio', 'follow-up', '2026-11-30'],
  ['Cobalt Bay Insurance', 'closed', null],
  // The agency asks "Are you free Wednesday at 2 PM …?": a reply, today.
  ['Greenleaf Foods', 'reply', '2026-12-07'],
];

checkBoard('followup board on a sixth held-out mailbox, Toronto', MBOX, ARGS, EXPECTED);
