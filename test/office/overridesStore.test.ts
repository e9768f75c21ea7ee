// The overrides store, pure part: recovery from corrupt or foreign data entry by entry, eviction by age.
import assert from 'node:assert/strict';
import {
  decodeStore,
  emptyStore,
  fitStore,
  getOverrides,
  putOverrides,
  sanitizeOverrides,
  storeSize,
  type OverridesStore,
} from '../../src/office/overridesStore';

const good = { savedAt: '2026-11-01T10:00:00Z', overrides: { interviewStart: '2026-10-28T14:00:00-07:00' } };

describe('decodeStore', () => {
  // Every entry is kept (a newer version may write entries this one cannot read); `usable` are those that
  // give this version overrides, `dropped` counts the rest and a value that is no store at all.
  const rows: readonly { name: string; raw: unknown; usable: string[]; dropped: number }[] = [
    { name: 'nothing saved yet', raw: undefined, usable: [], dropped: 0 },
    { name: 'our own value', raw: { v: 1, entries: { c1: good } }, usable: ['c1'], dropped: 0 },
    {
      name: 'our value saved as a JSON string',
      raw: JSON.stringify({ v: 1, entries: { c1: good } }),
      usable: ['c1'],
      dropped: 0,
    },
    { name: 'a corrupt JSON string', raw: '{"v":1,"entr', usable: [], dropped: 1 },
    { name: 'a number', raw: 42, usable: [], dropped: 1 },
    { name: 'an array', raw: [good], usable: [], dropped: 1 },
    {
      name: 'one broken entry among good ones keeps the good ones',
      raw: {
        v: 1,
        entries: { c1: good, c2: 'garbage', c3: { savedAt: 'yesterday', overrides: {} }, c4: good },
      },
      usable: ['c1', 'c4'],
      dropped: 2,
    },
    {
      name: 'a future version still gives up entries in our form',
      raw: { v: 2, entries: { c1: good }, extra: true },
      usable: ['c1'],
      dropped: 0,
    },
    {
      name: 'an entry whose overrides are all invalid',
      raw: { v: 1, entries: { c1: { savedAt: good.savedAt, overrides: { interviewStart: 5 } } } },
      usable: [],
      dropped: 1,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const { store, dropped } = decodeStore(row.raw);
      const usable = Object.keys(store.entries).filter(
        (id) => Object.keys(getOverrides(store, id)).length > 0,
      );
      assert.deepEqual(usable, row.usable);
      assert.equal(dropped, row.dropped);
    });
  }
});

describe('sanitizeOverrides', () => {
  const rows: readonly { name: string; in: unknown; out: object }[] = [
    {
      name: 'keeps every valid field',
      in: {
        interviewStart: '2026-10-28T14:00:00Z',
        interviewMinutes: 45,
        ignoreTimeline: true,
        followUpsElsewhere: ['2026-11-05T09:00:00Z'],
        snoozeUntil: '2026-12-01',
      },
      out: {
        interviewStart: '2026-10-28T14:00:00Z',
        interviewMinutes: 45,
        ignoreTimeline: true,
        followUpsElsewhere: ['2026-11-05T09:00:00Z'],
        snoozeUntil: '2026-12-01',
      },
    },
    {
      name: 'drops a bad field and keeps the rest',
      in: { interviewStart: 'soon', ignoreTimeline: false },
      out: { ignoreTimeline: false },
    },
    { name: 'drops non-integer or absurd minutes', in: { interviewMinutes: 1e9 }, out: {} },
    {
      name: 'filters the follow-up list',
      in: { followUpsElsewhere: ['2026-11-05T09:00:00Z', 7, 'x'] },
      out: { followUpsElsewhere: ['2026-11-05T09:00:00Z'] },
    },
    { name: 'rejects a snooze that is not a date', in: { snoozeUntil: 'next week' }, out: {} },
    { name: 'ignores unknown keys', in: { theme: 'dark' }, out: {} },
    { name: 'null is empty', in: null, out: {} },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(sanitizeOverrides(row.in), row.out));
});

describe('putOverrides and getOverrides', () => {
  it('sets an entry stamped with the time given', () => {
    const store = putOverrides(emptyStore(), 'c1', { ignoreTimeline: true }, '2026-11-20T08:00:00Z');
    assert.deepEqual(store.entries['c1'], {
      savedAt: '2026-11-20T08:00:00Z',
      overrides: { ignoreTimeline: true },
    });
    assert.deepEqual(getOverrides(store, 'c1'), { ignoreTimeline: true });
  });
  it('removes an entry saved as empty', () => {
    const store = putOverrides(
      putOverrides(emptyStore(), 'c1', { ignoreTimeline: true }, '2026-11-20T08:00:00Z'),
      'c1',
      {},
      '2026-11-21T08:00:00Z',
    );
    assert.deepEqual(store.entries, {});
  });
  it('does not mutate the store it is given', () => {
    const before: OverridesStore = Object.freeze({ root: { v: 1 }, entries: Object.freeze({ c1: good }) });
    putOverrides(before, 'c2', { ignoreTimeline: true }, '2026-11-20T08:00:00Z');
    assert.deepEqual(Object.keys(before.entries), ['c1']);
  });
  it('gives nothing for an unknown conversation, even one named like a prototype key', () => {
    assert.deepEqual(getOverrides(emptyStore(), 'toString'), {});
  });
});

describe('fitStore', () => {
  const many = (n: number): OverridesStore => {
    let store = emptyStore();
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      store = putOverrides(
        store,
        `conversation-${i}`,
        { interviewStart: `2026-10-${day}T10:00:00Z`, ignoreTimeline: true },
        `2026-11-01T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(3, '0')}Z`,
      );
    }
    return store;
  };
  it('leaves a store within budget alone', () => {
    const store = many(3);
    assert.equal(fitStore(store, 10_000), store);
  });
  it('evicts the oldest entries first until it fits', () => {
    const store = many(50);
    const fitted = fitStore(store, Math.floor(storeSize(store) / 2));
    assert.ok(storeSize(fitted) <= Math.floor(storeSize(store) / 2));
    const kept = Object.keys(fitted.entries);
    assert.ok(kept.includes('conversation-49'));
    assert.ok(!kept.includes('conversation-0'));
  });
  it('keeps the entry just saved even when it is the oldest', () => {
    const store = many(50);
    const fitted = fitStore(store, 600, 'conversation-0');
    assert.ok(Object.keys(fitted.entries).includes('conversation-0'));
  });
  it('stays within a 24 KB budget however many conversations were saved', () => {
    const fitted = fitStore(many(1000), 24 * 1024);
    assert.ok(storeSize(fitted) <= 24 * 1024);
    assert.ok(Object.keys(fitted.entries).length > 50);
  });
});
