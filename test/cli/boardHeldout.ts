// The shared check of a held-out mailbox written with its answers (board.heldout2/3.test.ts): one row per
// application, each with the next step and its date a person reading the mailbox would give, and no other row.
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

interface Row {
  readonly company: string | null;
  readonly action: string;
  readonly on: string;
}

/** [company, action, the date of `on` or null where any date will do]. */
export type Expected = readonly (readonly [company: string, action: string, on: string | null])[];

export function checkBoard(title: string, mbox: string, args: readonly string[], expected: Expected): void {
  describe(title, () => {
    let rows: readonly Row[] = [];
    before(async () => {
      const io = fakeIo();
      const code = await main(['board', mbox, ...args, '--json'], io);
      assert.equal(code, 0, io.err());
      rows = (JSON.parse(io.out()) as { applications: Row[] }).applications;
    });

    for (const [company, action, on] of expected)
      it(`${company}: ${action}${on ? ` on ${on}` : ''}`, () => {
        const row = rows.find((r) => r.company === company);
        assert.ok(row, `no row for ${company}: ${rows.map((r) => r.company).join(', ')}`);
        assert.equal(row.action, action);
        if (on !== null) assert.equal(row.on, on);
      });

    it('has one row per application and none for mail that is not one', () => {
      assert.deepEqual(rows.map((r) => r.company).sort(), expected.map(([company]) => company).sort());
    });
  });
}
