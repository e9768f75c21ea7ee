// The overrides store against roamingSettings: round trip, eviction, 9057 storage full, failures.
import assert from 'node:assert/strict';
import { loadOverrides, saveOverrides } from '../../src/office/overrides';
import { OVERRIDES_SETTING } from '../../src/office/overridesStore';
import { oldEntries, useFakeOffice, withoutOffice } from './fakeOffice';

const install = useFakeOffice();

const now = '2026-11-20T08:00:00.000Z';

describe('roamingSettings overrides', () => {
  it('round-trips one conversation and persists with saveAsync', async () => {
    const f = install();
    assert.deepEqual(await saveOverrides('conv-1', { ignoreTimeline: true }, now), {
      ok: true,
      value: undefined,
    });
    assert.deepEqual(await loadOverrides('conv-1'), { ok: true, value: { ignoreTimeline: true } });
    assert.equal(f.callsOf('roamingSettings.saveAsync').length, 1);
  });

  it('keeps other conversations when saving one', async () => {
    install();
    await saveOverrides('conv-1', { ignoreTimeline: true }, now);
    await saveOverrides('conv-2', { snoozeUntil: '2026-12-01' }, now);
    assert.deepEqual(await loadOverrides('conv-1'), { ok: true, value: { ignoreTimeline: true } });
  });

  it('leaves settings that are not ours untouched', async () => {
    const f = install({ roaming: { 'taskpane.tone': 'warm' } });
    await saveOverrides('conv-1', { ignoreTimeline: true }, now);
    assert.equal(f.roaming['taskpane.tone'], 'warm');
  });

  it('recovers from a corrupt value and saves over it', async () => {
    const f = install({ roaming: { [OVERRIDES_SETTING]: '{not json' } });
    assert.deepEqual(await loadOverrides('conv-1'), { ok: true, value: {} });
    assert.equal((await saveOverrides('conv-1', { ignoreTimeline: true }, now)).ok, true);
    assert.deepEqual(f.roaming[OVERRIDES_SETTING], {
      v: 1,
      entries: { 'conv-1': { savedAt: now, overrides: { ignoreTimeline: true } } },
    });
  });

  it('keeps the good entries of a partly corrupt value', async () => {
    install({
      roaming: {
        [OVERRIDES_SETTING]: {
          v: 1,
          entries: { good: { savedAt: now, overrides: { ignoreTimeline: true } }, bad: 17 },
        },
      },
    });
    await saveOverrides('conv-1', { snoozeUntil: '2026-12-01' }, now);
    assert.deepEqual(await loadOverrides('good'), { ok: true, value: { ignoreTimeline: true } });
  });

  it('on 9057 (storage full) evicts more and retries once', async () => {
    const entries = oldEntries(60);
    const f = install({ roaming: { [OVERRIDES_SETTING]: { v: 1, entries } }, roamingLimit: 3000 });
    const result = await saveOverrides('conv-new', { ignoreTimeline: true }, now);
    assert.deepEqual(result, { ok: true, value: undefined });
    assert.equal(f.callsOf('roamingSettings.saveAsync').length, 2);
    assert.deepEqual(await loadOverrides('conv-new'), { ok: true, value: { ignoreTimeline: true } });
    assert.equal(await loadOverrides('old-0').then((r) => r.ok && Object.keys(r.value).length), 0);
  });

  it('reports storage-full when the retry fails too, and puts the old value back', async () => {
    const f = install({
      roaming: {
        [OVERRIDES_SETTING]: {
          v: 1,
          entries: { keep: { savedAt: now, overrides: { ignoreTimeline: true } } },
        },
      },
      failures: { 'roamingSettings.saveAsync': { code: 9057, name: 'SettingsStorageFull' } },
    });
    const result = await saveOverrides('conv-1', { snoozeUntil: '2026-12-01' }, now);
    assert.equal(!result.ok && result.error.kind, 'storage-full');
    assert.equal(f.callsOf('roamingSettings.saveAsync').length, 2);
    assert.deepEqual(await loadOverrides('conv-1'), { ok: true, value: {} });
    assert.deepEqual(await loadOverrides('keep'), { ok: true, value: { ignoreTimeline: true } });
  });

  it('reports another save failure without retrying', async () => {
    const f = install({
      failures: { 'roamingSettings.saveAsync': { code: 9019, name: 'GenericSettingsError' } },
    });
    const result = await saveOverrides('conv-1', { ignoreTimeline: true }, now);
    assert.ok(!result.ok && result.error.kind === 'call-failed' && result.error.code === '9019');
    assert.equal(f.callsOf('roamingSettings.saveAsync').length, 1);
  });

  it('is not-in-office without Office', async () => {
    const restore = withoutOffice();
    try {
      const result = await loadOverrides('conv-1');
      assert.equal(!result.ok && result.error.kind, 'not-in-office');
    } finally {
      restore();
    }
  });
});
