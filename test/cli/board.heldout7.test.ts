// The seventh held-out mailbox: test/fixtures/board/heldout7.mbox, 20 messages of a candidate in London (a
// Greenhouse confirmation for tomorrow, a law firm's "news for you by Friday 11 December" after a follow-up, an
// energy firm's rejection, a Berlin studio's German invitation "am Donnerstag, 10. Dezember 2026 um 15:00 Uhr (MEZ)",
// an agency asking for a CV and a notice period for its client, a housing association's silence after a thank-you)
// among a GP's appointment, a friend's "Good luck tomorrow at Thameslink!! Pint after?", a flat viewing, a jobs
// board's webinar, a parcel, a meetup with recruiters, council tax, a spin class and a bank card. The answers below
// were written BEFORE the board first ran on it.
// First run (2026-12-07, on the engine of round 370's fixes): 6 of 6 applications with the right next step and day,
// 1 false row. Two names were my expectation's: I wrote "Hollis & Crane" and "Kestrel Games", and the board names firms
// with the legal form their mail writes ("Hollis & Crane LLP", "Kestrel Games GmbH"), as boards 2 and 4 expect; the
// rows below now say so. The false row: a meetup's "London Data Networking is on Thursday 10 December at 18:30 …
// Recruiters from 12 companies will be there. See you soon!" was an interview (a booking's subject is read with the
// day's own "on", and a networking event named as its day's subject is a guest event).
export const FIRST_RUN = { applications: 6, fullyRight: 6, rightStage: 6, falseRows: 1 } as const;
import { fileURLToPath } from 'node:url';
import { checkBoard, type Expected } from './boardHeldout';

const MBOX = fileURLToPath(new URL('../fixtures/board/heldout7.mbox', import.meta.url));
const ARGS = [
  '--now',
  '2026-12-07T09:00:00+00:00',
  '--tz',
  'Europe/London',
  '--me',
  'amara.okonkwo@gmail.com',
];

/** Company, next step and its date, as the candidate reading the mailbox on Monday 7 December 2026 would say. */
const EXPECTED: Expected = [
  // Interview tomorrow at 14:00.
  ['Thameslink Analytics', 'wait', '2026-12-08'],
  // "news for you by Friday 11 December", answering the follow-up: a follow-up the business day after.
  ['Hollis & Crane LLP', 'wait', '2026-12-14'],
  ['Brightwell Energy', 'closed', null],
  // Thursday 10 December at 15:00 Berlin time, 14:00 in London.
  ['Kestrel Games GmbH', 'wait', '2026-12-10'],
  // The agency asks for a CV and a notice period: a reply, today.
  ['Sable Insurance', 'reply', '2026-12-07'],
  // Interviewed Wednesday 25 November, thanked, silence since: the follow-up was due a week later.
  ['Fernleaf Housing Association', 'follow-up', '2026-12-02'],
];

checkBoard('followup board on a seventh held-out mailbox, London', MBOX, ARGS, EXPECTED);
