// Issue 14, through the settings store's public surface (loadOverrides / saveOverrides over roamingSettings):
// values the core cannot use, data from a newer version, very long conversation ids, and writers that
// overlap. Each failure class has its table.
import assert from 'node:assert/strict';
import { loadOverrides, saveOverrides } from '../../src/office/overrides';
import { OVERRIDES_SETTING } from '../../src/office/overridesStore';
import { merge3, readKeyedStore, encodeKeyedStore, storageKey } from '../../src/office/settingsMerge';
import { oldEntries, useFakeOffice } from './fakeOffice';

const install = useFakeOffice();
const savedAt = '2026-11-01T10:00:00.000Z';
const now = '2026-11-20T08:00:00.000Z';

const stored = (overrides: Record<string, unknown>) => ({
  [OVERRIDES_SETTING]: { v: 1, entries: { c1: { savedAt, overrides } } },
});

describe('settings the core cannot use: one bad field is dropped, the record kept', () => {
  // Each row stores the value beside a good field; the good field must survive and the bad one go.
  const bad: readonly { field: string; value: unknown }[] = [
    { field: 'interviewStart', value: '2026-13-40' },
    { field: 'interviewStart', value: '2026-13-40T10:00:00Z' },
    { field: 'interviewStart', value: '2026-02-30T10:00:00Z' },
    { field: 'interviewStart', value: 'March 7, 2026' },
    { field: 'interviewStart', value: '1' },
    { field: 'interviewStart', value: '0001-01-01T00:00:00Z' },
    { field: 'interviewStart', value: '2101-01-01T09:00:00Z' },
    { field: 'interviewStart', value: '2026-11-10T14:00:00' },
    { field: 'interviewStart', value: 1_700_000_000_000 },
    { field: 'interviewMinutes', value: 0 },
    { field: 'interviewMinutes', value: 1.5 },
    { field: 'interviewMinutes', value: '60' },
    { field: 'interviewMinutes', value: 1e9 },
    { field: 'snoozeUntil', value: '2026-13-40' },
    { field: 'snoozeUntil', value: '2026-02-30' },
    { field: 'snoozeUntil', value: '1' },
    { field: 'snoozeUntil', value: '1899-12-31' },
    { field: 'snoozeUntil', value: '9999-12-31' },
    { field: 'snoozeUntil', value: 'next week' },
    { field: 'followUpsElsewhere', value: '2026-11-05T09:00:00Z' },
    { field: 'followUpsElsewhere', value: ['2026-13-40T09:00:00Z'] },
  ];
  for (const row of bad)
    it(`${row.field}: ${JSON.stringify(row.value)}`, async () => {
      install({ roaming: stored({ [row.field]: row.value, ignoreTimeline: true }) });
      assert.deepEqual(await loadOverrides('c1'), { ok: true, value: { ignoreTimeline: true } });
    });

  const good: readonly { field: string; value: unknown }[] = [
    { field: 'interviewStart', value: '2026-11-10T14:00:00-05:00' },
    { field: 'interviewStart', value: '1900-01-01T00:00:00Z' },
    { field: 'snoozeUntil', value: '2028-02-29' },
    { field: 'snoozeUntil', value: '2100-12-31' },
    { field: 'interviewMinutes', value: 1440 },
  ];
  for (const row of good)
    it(`keeps ${row.field}: ${JSON.stringify(row.value)}`, async () => {
      install({ roaming: stored({ [row.field]: row.value }) });
      assert.deepEqual(await loadOverrides('c1'), { ok: true, value: { [row.field]: row.value } });
    });

  it('keeps the good items of a follow-up list', async () => {
    install({
      roaming: stored({ followUpsElsewhere: ['2026-11-05T09:00:00Z', '2026-02-30T09:00:00Z', 7] }),
    });
    assert.deepEqual(await loadOverrides('c1'), {
      ok: true,
      value: { followUpsElsewhere: ['2026-11-05T09:00:00Z'] },
    });
  });
});

describe('settings from a newer version are kept and written back unchanged', () => {
  const newer = {
    v: 3,
    schema: 'compact',
    entries: {
      c1: { savedAt, overrides: { ignoreTimeline: true, remindVia: 'sms' }, pinned: true },
      c2: 'v3:compact-form',
      c3: { savedAt, overrides: { interviewStart: '2026-13-40', snoozeUntil: '2026-12-01' } },
    },
  };

  it('saving another conversation changes nothing it did not write', async () => {
    const f = install({ roaming: { [OVERRIDES_SETTING]: structuredClone(newer) } });
    assert.equal((await saveOverrides('c9', { ignoreTimeline: true }, now)).ok, true);
    assert.deepEqual(f.roaming[OVERRIDES_SETTING], {
      ...newer,
      entries: { ...newer.entries, c9: { savedAt: now, overrides: { ignoreTimeline: true } } },
    });
  });

  it('saving a conversation keeps the fields of its entry this version does not read', async () => {
    const f = install({ roaming: { [OVERRIDES_SETTING]: structuredClone(newer) } });
    await saveOverrides('c1', { snoozeUntil: '2026-12-01' }, now);
    const value = f.roaming[OVERRIDES_SETTING] as typeof newer;
    assert.deepEqual(value.entries.c1, {
      pinned: true,
      savedAt: now,
      overrides: { remindVia: 'sms', snoozeUntil: '2026-12-01' },
    });
    assert.equal(value.v, 3);
    assert.deepEqual(await loadOverrides('c1'), { ok: true, value: { snoozeUntil: '2026-12-01' } });
  });

  it('clearing a conversation keeps its entry while another version still has something in it', async () => {
    const f = install({ roaming: { [OVERRIDES_SETTING]: structuredClone(newer) } });
    await saveOverrides('c1', {}, now);
    const value = f.roaming[OVERRIDES_SETTING] as typeof newer;
    assert.deepEqual(value.entries.c1, { pinned: true, savedAt: now, overrides: { remindVia: 'sms' } });
  });

  it("when the store is full, this version's oldest entries go before another version's", async () => {
    const entries = { theirs: 'v3:compact-form', ...oldEntries(60) };
    const f = install({ roaming: { [OVERRIDES_SETTING]: { v: 3, entries } }, roamingLimit: 3000 });
    assert.equal((await saveOverrides('c-new', { ignoreTimeline: true }, now)).ok, true);
    const kept = (f.roaming[OVERRIDES_SETTING] as { entries: Record<string, unknown> }).entries;
    assert.equal(kept['theirs'], 'v3:compact-form');
    assert.ok('c-new' in kept && !('old-0' in kept));
  });

  it('reads the usable fields of an entry with a bad one', async () => {
    install({ roaming: { [OVERRIDES_SETTING]: structuredClone(newer) } });
    assert.deepEqual(await loadOverrides('c3'), { ok: true, value: { snoozeUntil: '2026-12-01' } });
  });
});

describe('conversation ids over 512 characters are never lost', () => {
  const ids: readonly { name: string; id: string }[] = [
    { name: '513 characters', id: `AAQkAD${'x'.repeat(507)}` },
    {
      name: '600 characters of base64',
      id: 'AAQkADAwATM0MDAAMS1iNTcxLTk4ZjQtMDACLTAwCgAQAFs='.repeat(13).slice(0, 600),
    },
    { name: '5,000 characters', id: 'c'.repeat(5_000) },
    { name: '30,000 characters (more than the whole store holds)', id: 'd'.repeat(30_000) },
    { name: 'non-ASCII, 700 characters', id: 'é✓'.repeat(350) },
  ];
  for (const row of ids)
    it(`${row.name}: saved, loaded, kept beside others`, async () => {
      const f = install();
      await saveOverrides('short', { ignoreTimeline: true }, now);
      assert.equal((await saveOverrides(row.id, { snoozeUntil: '2026-12-01' }, now)).ok, true);
      assert.deepEqual(await loadOverrides(row.id), { ok: true, value: { snoozeUntil: '2026-12-01' } });
      assert.deepEqual(await loadOverrides('short'), { ok: true, value: { ignoreTimeline: true } });
      assert.ok(JSON.stringify(f.roaming).length < 2_000);
    });

  it('two long ids that differ in one character are two conversations', async () => {
    install();
    const a = `${'q'.repeat(800)}A`;
    const b = `${'q'.repeat(800)}B`;
    await saveOverrides(a, { ignoreTimeline: true }, now);
    await saveOverrides(b, { snoozeUntil: '2026-12-01' }, now);
    assert.notEqual(storageKey(a), storageKey(b));
    assert.deepEqual(await loadOverrides(a), { ok: true, value: { ignoreTimeline: true } });
    assert.deepEqual(await loadOverrides(b), { ok: true, value: { snoozeUntil: '2026-12-01' } });
  });

  it('an entry an older version stored under the whole long id loads, and moves to its hash when saved', async () => {
    const id = 'z'.repeat(900);
    const f = install({ roaming: stored({}) });
    (f.roaming[OVERRIDES_SETTING] as { entries: Record<string, unknown> }).entries[id] = {
      savedAt,
      overrides: { ignoreTimeline: true },
    };
    assert.deepEqual(await loadOverrides(id), { ok: true, value: { ignoreTimeline: true } });
    await saveOverrides(id, { ignoreTimeline: true, snoozeUntil: '2026-12-01' }, now);
    const keys = Object.keys((f.roaming[OVERRIDES_SETTING] as { entries: object }).entries);
    assert.deepEqual(
      keys.filter((k) => k.length > 512),
      [],
    );
    assert.deepEqual(await loadOverrides(id), {
      ok: true,
      value: { ignoreTimeline: true, snoozeUntil: '2026-12-01' },
    });
  });
});

describe('writers that overlap: each write starts from a fresh read and changes only its own entry', () => {
  /** Another writer in the same mailbox session (the board, a ribbon command) changing c-other directly. */
  const otherWriter = (value: unknown): void => {
    const settings = Office.context.roamingSettings;
    const current = readKeyedStore(settings.get(OVERRIDES_SETTING)).store;
    settings.set(
      OVERRIDES_SETTING,
      encodeKeyedStore({ root: current.root, entries: { ...current.entries, 'c-other': value } }, 1),
    );
  };
  const other = { savedAt, overrides: { ignoreTimeline: true } };

  it('two saves in flight at once both land', async () => {
    install();
    const first = saveOverrides('c1', { ignoreTimeline: true }, now);
    const second = saveOverrides('c2', { snoozeUntil: '2026-12-01' }, now);
    assert.deepEqual(await Promise.all([first, second]), [
      { ok: true, value: undefined },
      { ok: true, value: undefined },
    ]);
    assert.deepEqual(await loadOverrides('c1'), { ok: true, value: { ignoreTimeline: true } });
    assert.deepEqual(await loadOverrides('c2'), { ok: true, value: { snoozeUntil: '2026-12-01' } });
  });

  it('a failed save undoes only its own change: what another writer set meanwhile stays', async () => {
    install({
      roaming: stored({ snoozeUntil: '2026-11-30' }),
      failures: { 'roamingSettings.saveAsync': { code: 9019, name: 'GenericSettingsError' } },
    });
    const saving = saveOverrides('c1', { snoozeUntil: '2026-12-24' }, now);
    otherWriter(other);
    assert.equal((await saving).ok, false);
    assert.deepEqual(await loadOverrides('c1'), { ok: true, value: { snoozeUntil: '2026-11-30' } });
    assert.deepEqual(await loadOverrides('c-other'), { ok: true, value: { ignoreTimeline: true } });
  });

  it('the retry after 9057 starts from a fresh read too', async () => {
    const entries = oldEntries(60);
    install({ roaming: { [OVERRIDES_SETTING]: { v: 1, entries } }, roamingLimit: 3000 });
    const saving = saveOverrides('c-new', { ignoreTimeline: true }, now);
    otherWriter({ savedAt: now, overrides: { snoozeUntil: '2026-12-01' } });
    assert.equal((await saving).ok, true);
    assert.deepEqual(await loadOverrides('c-new'), { ok: true, value: { ignoreTimeline: true } });
    assert.deepEqual(await loadOverrides('c-other'), { ok: true, value: { snoozeUntil: '2026-12-01' } });
  });
});

describe('merge3 (settingsMerge.ts), key by key', () => {
  const rows: readonly { name: string; base: object; ours: object; theirs: object; out: object }[] = [
    { name: 'ours changed, theirs did not', base: { a: 1 }, ours: { a: 2 }, theirs: { a: 1 }, out: { a: 2 } },
    { name: 'theirs changed, ours did not', base: { a: 1 }, ours: { a: 1 }, theirs: { a: 3 }, out: { a: 3 } },
    {
      name: 'both changed: theirs, written later, wins',
      base: { a: 1 },
      ours: { a: 2 },
      theirs: { a: 3 },
      out: { a: 3 },
    },
    { name: 'different keys both kept', base: {}, ours: { a: 1 }, theirs: { b: 2 }, out: { a: 1, b: 2 } },
    {
      name: 'ours removed, theirs untouched',
      base: { a: 1, b: 2 },
      ours: { b: 2 },
      theirs: { a: 1, b: 2 },
      out: { b: 2 },
    },
    { name: 'ours removed, theirs changed it', base: { a: 1 }, ours: {}, theirs: { a: 5 }, out: { a: 5 } },
    {
      name: 'keys named like prototype members',
      base: {},
      ours: JSON.parse('{"__proto__":{"x":1},"toString":2}') as object,
      theirs: {},
      out: JSON.parse('{"__proto__":{"x":1},"toString":2}') as object,
    },
  ];
  for (const row of rows)
    it(row.name, () =>
      assert.deepEqual(
        merge3(
          row.base as Record<string, unknown>,
          row.ours as Record<string, unknown>,
          row.theirs as Record<string, unknown>,
        ),
        row.out,
      ),
    );
});
