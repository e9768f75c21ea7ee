// The held-out mailbox (issue 15): test/fixtures/board/heldout.mbox, 34 messages of one candidate written as
// a real export would hold them (Lever, Workday, an agency and its client, a French employer, alerts, a receipt,
// a newsletter, cold outreach, a reporter's interview, a dentist), and the answers below were written BEFORE
// the board first ran on it.
// First run (2026-12-06, on the commit "Board core …"): 5 of 8 applications fully right (company, next step,
// date); 7 of 8 with the right next step and date; 0 rows for mail that is not an application. Misses:
// - Initech (Workday sender "Initech Careers <initech@myworkday.com>"): right stage, no company. Fixed by a rule:
//   a hiring platform's display name names the employer ("Initech Careers" -> "Initech").
// - Wayne Enterprises: right stage, company read as "Wednesday" from the subject "HR Generalist interview –
//   Wednesday" (threadFacts, issue 11's area: a weekday is no company). Right since a day in a subject is
//   neither role nor company (role.ts DAY_ONLY, issue 13's r13 round).
// - Lumière Conseil: the French invitation ("un entretien … le mardi 24 novembre à 17h") was not read (the
//   detectors read English only): set-interview-date instead of a late thank-you. Right since issue 13's
//   languages reached main.
// Now: 8 of 8 fully right, 8 of 8 with the right next step and date, 0 false rows.
export const FIRST_RUN = { applications: 8, fullyRight: 5, rightStage: 7, falseRows: 0 } as const;
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

const MBOX = fileURLToPath(new URL('../fixtures/board/heldout.mbox', import.meta.url));
const NOW = ['--now', '2026-11-26T09:00:00-06:00', '--tz', 'America/Chicago'];

interface Row {
  readonly company: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly on: string;
  readonly overdue: boolean;
  readonly outcome: string | null;
  readonly subject: string;
}

/** Role, company, next step and its date, as a person reading the mailbox on Thursday 26 November 2026 would say. */
const EXPECTED: readonly (readonly [
  role: string,
  company: string,
  action: string,
  on: string | null,
  overdue: boolean,
])[] = [
  // Window "within 5 business days" (Tue 17 Nov) ended Tue 24: follow up the next business day.
  ['Customer Success Manager', 'Globex', 'follow-up', '2026-11-25', true],
  // Workday scheduled the interview for Tue 1 Dec.
  ['Business Systems Analyst', 'Initech', 'wait', '2026-12-01', false],
  // Interview Thu 19 Nov via the agency; a week later is today.
  ['Senior Software Engineer', 'Umbrella Labs', 'follow-up', '2026-11-26', false],
  ['Import Coordinator', 'Vandelay Industries', 'closed', null, false],
  ['Operations Analyst', 'Stark Industries', 'closed', null, false],
  // Panel interview yesterday 11:00-12:00: the thank-you is due by noon today.
  ['HR Generalist', 'Wayne Enterprises', 'send-thank-you', '2026-11-26', false],
  // Two follow-ups (28 Oct, 11 Nov) unanswered.
  ['Technical Writer', 'Hooli', 'move-on', null, false],
  // Tue 24 Nov 17h Paris = 10:00 Chicago: the thank-you window ended yesterday.
  ['Chargée de projet', 'Lumière Conseil', 'send-thank-you', '2026-11-25', true],
];

/**
 * What the first run got wrong and is left to another area, checked as it is today so that a fix shows up
 * here as a failure to update (never skipped): the company read, or the stage given.
 */
const KNOWN_COMPANY: Readonly<Record<string, string | null>> = {};
const KNOWN_STAGE: Readonly<Record<string, string>> = {};

describe('followup board on a held-out mailbox', () => {
  let rows: readonly Row[] = [];
  before(async () => {
    const io = fakeIo();
    const code = await main(['board', MBOX, ...NOW, '--json'], io);
    assert.equal(code, 0, io.err());
    rows = (JSON.parse(io.out()) as { applications: Row[] }).applications;
  });

  /** The row of an application: by its company, else (where the company is misread) by its role or subject. */
  const rowFor = (role: string, company: string): Row | undefined =>
    rows.find((r) => r.company === company) ??
    rows.find((r) => r.role === role || (r.subject ?? '').includes(role));

  for (const [role, company, action, on, overdue] of EXPECTED) {
    it(`${company} (${role}): ${action}${on ? ` on ${on}` : ''}`, () => {
      const row = rowFor(role, company);
      assert.ok(row, `no row for ${company}: ${rows.map((r) => r.company).join(', ')}`);
      assert.equal(row.company, role in KNOWN_COMPANY ? KNOWN_COMPANY[role] : company);
      if (role in KNOWN_STAGE) {
        assert.equal(row.action, KNOWN_STAGE[role]);
        return;
      }
      assert.equal(row.action, action);
      if (on !== null) assert.equal(row.on, on);
      assert.equal(row.overdue, overdue);
    });
  }

  it('has no row for mail that is not an application', () => {
    const found = EXPECTED.map(([role, company]) => rowFor(role, company));
    assert.deepEqual(
      rows.filter((r) => !found.includes(r)).map((r) => r.subject),
      [],
    );
    assert.equal(rows.length, EXPECTED.length);
  });
});
