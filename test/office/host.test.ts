// createOfficeHost wiring, ItemChanged / OfficeThemeChanged fan-out (one Office registration each), and
// Office.onReady / command registration.
import assert from 'node:assert/strict';
import { createCommandHost, createOfficeHost } from '../../src/office/host';
import { registerCommands, whenOfficeReady } from '../../src/office/ready';
import type { ThemeInfo } from '../../src/office/types';
import { ENUMS, useFakeOffice, withoutOffice } from './fakeOffice';

const install = useFakeOffice();
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createOfficeHost', () => {
  it('reads the item, then reports no-item after the selection is cleared (pinned pane)', async () => {
    const f = install();
    const host = createOfficeHost(() => '2026-11-20T08:00:00.000Z');
    const seen: string[] = [];
    host.onItemChanged(() => seen.push('changed'));
    await tick();
    assert.equal((await host.readItem()).ok, true);
    f.setItem('none');
    f.handlers.get(ENUMS.EventType.ItemChanged)?.();
    assert.deepEqual(seen, ['changed']);
    const after = await host.readItem();
    assert.equal(!after.ok && after.error.kind, 'no-item');
  });

  it('registers ItemChanged with Office once for many listeners, and unsubscribes by listener', async () => {
    const f = install();
    const host = createOfficeHost();
    const seen: string[] = [];
    const stopA = host.onItemChanged(() => seen.push('a'));
    host.onItemChanged(() => seen.push('b'));
    await tick();
    assert.equal(f.callsOf('addHandlerAsync').length, 1);
    stopA();
    f.handlers.get(ENUMS.EventType.ItemChanged)?.();
    assert.deepEqual(seen, ['b']);
  });

  it('a listener that throws does not stop the others', async () => {
    const f = install();
    const host = createOfficeHost();
    const seen: string[] = [];
    host.onItemChanged(() => {
      throw new Error('listener bug');
    });
    host.onItemChanged(() => seen.push('second'));
    await tick();
    f.handlers.get(ENUMS.EventType.ItemChanged)?.();
    assert.deepEqual(seen, ['second']);
  });

  it('follows OfficeThemeChanged with the new colours', async () => {
    const f = install();
    const host = createOfficeHost();
    assert.deepEqual(host.theme(), { dark: false });
    const themes: ThemeInfo[] = [];
    host.onThemeChanged((t) => themes.push(t));
    await tick();
    f.handlers.get(ENUMS.EventType.OfficeThemeChanged)?.({
      type: 'officeThemeChanged',
      officeTheme: { bodyBackgroundColor: '#262626' },
    });
    assert.deepEqual(themes, [{ dark: true }]);
  });

  it('does not register the theme event below Mailbox 1.14', async () => {
    const f = install({ mailbox: '1.13' });
    createOfficeHost().onThemeChanged(() => undefined);
    await tick();
    assert.equal(f.handlers.has(ENUMS.EventType.OfficeThemeChanged), false);
  });

  it('saves overrides stamped with the host clock', async () => {
    const f = install();
    const host = createOfficeHost(() => '2026-11-20T08:00:00.000Z');
    await host.saveOverrides('conv-1', { ignoreTimeline: true });
    assert.deepEqual(f.roaming['followupCoach.overrides'], {
      v: 1,
      entries: { 'conv-1': { savedAt: '2026-11-20T08:00:00.000Z', overrides: { ignoreTimeline: true } } },
    });
    assert.deepEqual(await host.loadOverrides('conv-1'), { ok: true, value: { ignoreTimeline: true } });
  });

  it('notifies through the status key', async () => {
    const f = install();
    await createOfficeHost().notify('Hello', 'info');
    assert.equal(f.callsOf('notificationMessages.replaceAsync').length, 1);
  });

  it('now() is an ISO instant from the clock', () => {
    install();
    assert.match(createOfficeHost().now(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('createCommandHost', () => {
  it("is the Office host's command part: the same readers and writers, the same clock, nothing registered", async () => {
    const f = install();
    const clock = () => '2026-11-20T08:00:00.000Z';
    const full = createOfficeHost(clock);
    const host = createCommandHost(clock);
    assert.deepEqual(Object.keys(host).sort(), [
      'insertDraft',
      'loadOverrides',
      'notify',
      'now',
      'openReminder',
      'readItem',
    ]);
    assert.equal(host.readItem, full.readItem);
    assert.equal(host.insertDraft, full.insertDraft);
    assert.equal(host.openReminder, full.openReminder);
    assert.equal(host.loadOverrides, full.loadOverrides);
    assert.equal(host.now(), '2026-11-20T08:00:00.000Z');
    assert.equal((await host.readItem()).ok, true);
    await host.notify('Hello', 'info');
    assert.equal(f.callsOf('notificationMessages.replaceAsync').length, 1);
    await tick();
    assert.equal(f.callsOf('addHandlerAsync').length, 0);
  });
});

describe('whenOfficeReady and registerCommands', () => {
  it('registers each handler under its name after onReady', async () => {
    const f = install();
    const result = await registerCommands({
      draftFollowUp: () => undefined,
      proposeReminder: () => undefined,
    });
    assert.deepEqual(result, { ok: true, value: ['draftFollowUp', 'proposeReminder'] });
    assert.deepEqual([...f.associated.keys()], ['draftFollowUp', 'proposeReminder']);
  });

  it('falls back to global functions where Office.actions is missing (older clients)', async () => {
    install();
    const office = (globalThis as unknown as { Office: { actions?: unknown } }).Office;
    delete office.actions;
    const handler = (): void => undefined;
    const result = await registerCommands({ fcTestCommand: handler });
    const global = globalThis as Record<string, unknown>;
    try {
      assert.deepEqual(result, { ok: true, value: ['fcTestCommand'] });
      assert.equal(global['fcTestCommand'], handler);
    } finally {
      delete global['fcTestCommand'];
    }
  });

  it('is not-in-office in another Office host', async () => {
    install({ onReadyHost: 'Excel' });
    const ready = await whenOfficeReady();
    assert.equal(!ready.ok && ready.error.kind, 'not-in-office');
  });

  it('is not-in-office without office.js', async () => {
    const restore = withoutOffice();
    try {
      const result = await registerCommands({ draftFollowUp: () => undefined });
      assert.equal(!result.ok && result.error.kind, 'not-in-office');
    } finally {
      restore();
    }
  });
});
