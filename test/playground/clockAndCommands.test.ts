// The simulated clock replaces the frame's Date without changing anything but "now"; function commands
// are invoked with an event whose completed() the playground records (issue 6).
import assert from 'node:assert/strict';
import { installClock } from '../../src/playground/fakeOffice/clock';
import { setup } from './support';

describe('simulated clock', () => {
  const simulated = Date.UTC(2026, 11, 2, 9, 30);
  const make = () => {
    const holder = { Date };
    const restore = installClock(holder, () => simulated);
    return { D: holder.Date, restore, holder };
  };

  const rows: readonly [string, (D: DateConstructor) => unknown, unknown][] = [
    ['new Date() is the simulated now', (D) => new D().getTime(), simulated],
    ['Date.now() is the simulated now', (D) => D.now(), simulated],
    ['new Date(ms) is untouched', (D) => new D(0).getTime(), 0],
    [
      'new Date(string) is untouched',
      (D) => new D('2020-01-01T00:00:00Z').toISOString(),
      '2020-01-01T00:00:00.000Z',
    ],
    ['Date.UTC still works', (D) => D.UTC(2020, 0, 1), Date.UTC(2020, 0, 1)],
    ['instances are still Dates', (D) => new D() instanceof Date, true],
    [
      'Date() called as a function reads the simulated now',
      (D) => (D as unknown as () => string)(),
      new Date(simulated).toString(),
    ],
  ];
  for (const [name, read, expected] of rows) {
    it(name, () => {
      const { D } = make();
      assert.equal(read(D), expected);
    });
  }

  it('puts the real Date back', () => {
    const { restore, holder } = make();
    restore();
    assert.equal(holder.Date, Date);
  });

  it('keeps ticking from the chosen instant', () => {
    const { host, advanceReal } = setup();
    host.setClock(simulated);
    advanceReal(90_000);
    assert.equal(host.now(), simulated + 90_000);
  });

  it('reloads the pane when the clock or the zone changes', () => {
    const { host } = setup();
    const before = host.getState().paneGeneration;
    host.shiftClock(1);
    host.setZone('GMT Standard Time');
    assert.equal(host.getState().paneGeneration, before + 2);
  });
});

describe('function commands', () => {
  const rows: readonly [string, (event: { completed(): void }) => unknown, string][] = [
    ['completes synchronously', (e) => e.completed(), 'completed'],
    ['never completes', () => undefined, 'working'],
    [
      'throws before completing',
      () => {
        throw new Error('boom');
      },
      'failed',
    ],
    ['rejects before completing', () => Promise.reject(new Error('boom')), 'failed'],
  ];
  for (const [name, fn, expected] of rows) {
    it(`a command that ${name} ends up ${expected}`, async () => {
      const { office, host } = setup();
      office.actions.associate('draftFollowUp', fn);
      const id = host.invokeCommand('draftFollowUp');
      await new Promise((r) => setTimeout(r, 0));
      assert.equal(host.getState().commands.find((c) => c.id === id)?.state, expected);
    });
  }

  it('completes once even when completed() is called twice', () => {
    const { office, host } = setup();
    let calls = 0;
    host.watch(() => calls++);
    office.actions.associate('proposeReminder', (e: { completed(): void }) => {
      e.completed();
      e.completed();
    });
    host.invokeCommand('proposeReminder');
    assert.equal(calls, 2, 'one update for working, one for completed');
  });

  it('reports a function nobody registered', () => {
    const { host } = setup();
    const id = host.invokeCommand('insertFollowUp');
    assert.equal(host.getState().commands.find((c) => c.id === id)?.state, 'not-registered');
  });
});
