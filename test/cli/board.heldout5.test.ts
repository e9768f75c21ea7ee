// The fifth held-out mailbox: test/fixtures/board/heldout5.mbox, 16 messages of a candidate in Mexico City, mostly
// in Spanish (OCC Mundial, a recruiter's invitation, a thank-you answered with "la próxima semana", an agency for
// its client, Computrabajo's receipt, Workday in English, an offer "antes del viernes 11") among an InfoJobs alert,
// a bank statement, a gym booking, a friend's "¡mucha suerte en tu entrevista del miércoles!", a careers blog and a
// food delivery. The answers below were written BEFORE the board first ran on it.
// First run (2026-12-07, on bd526b5): 4 of 5 applications fully right, 5 of 5 with the right next step, no false
// row. Miss: Farmacéutica Lerma, named by the agency's subject "Farmacéutica Lerma – entrevista confirmada", had
// no company: an agency subject's stage words in Spanish, French and German (companyRole.test.ts).
// Left as the board reads it: Computrabajo's "Tu postulación fue enviada a Hotel Solaz", a job board's receipt with
// nothing from the employer, is no row (my answer had left it open). My answers were written for Monday 7 December,
// but the friend's message is dated the 8th: the board runs on the 8th, which moves only the reply's day (today).
export const FIRST_RUN = { applications: 5, fullyRight: 4, rightStage: 5, falseRows: 0 } as const;
import { fileURLToPath } from 'node:url';
import { checkBoard, type Expected } from './boardHeldout';

const MBOX = fileURLToPath(new URL('../fixtures/board/heldout5.mbox', import.meta.url));
const ARGS = [
  '--now',
  '2026-12-08T09:00:00-06:00',
  '--tz',
  'America/Mexico_City',
  '--me',
  'sofia.ramirez@gmail.com',
];

/** Company, next step and its date, as the candidate reading the mailbox on Tuesday 8 December 2026 would say. */
const EXPECTED: Expected = [
  // "¿Me confirmas tu asistencia?": a reply, today.
  ['Grupo Bimbal', 'reply', '2026-12-08'],
  // "la próxima semana" written Wed 2 Dec ends Fri 11 Dec: the follow-up on Mon 14 Dec.
  ['Finanzas Aurora', 'wait', '2026-12-14'],
  ['Farmacéutica Lerma', 'closed', null],
  // Interviewed Thu 3 Dec, no thank-you: due Fri 4 Dec, overdue.
  ['Nexo Digital', 'send-thank-you', '2026-12-04'],
  ['Cervecería Norte', 'closed', null],
];

checkBoard('followup board on a fifth held-out mailbox, Mexico City in Spanish', MBOX, ARGS, EXPECTED);
