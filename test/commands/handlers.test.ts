// The three commands against a fake AddinHost: every path tells the user something and completes the event
// exactly once, including when the host or the analysis throws.
import assert from 'node:assert/strict';
import {
  completing,
  createCommandHandlers,
  loadOnce,
  type AnalyzeFn,
  type CommandCore,
} from '../../src/commands/handlers';
import { CORE_LOAD_FAILED } from '../../src/commands/messages';
import { reminderAhead } from '../../src/core/drafts';
import { COMMAND_NAMES, type CommandName } from '../../src/commands/names';
import type { Analysis, AnalyzeOptions, ReminderProposal } from '../../src/core/types';
import type { AddinHost, ItemContext, OfficeProblem, Result } from '../../src/office/types';
import { analysis, recommendation } from '../office/fixtures';

const item: ItemContext = {
  input: { messages: [{ kind: 'body', body: 'x', bodyType: 'text' }] },
  me: 'sam@mail.test',
  myName: 'Sam Candidate',
  tz: 'Pacific Standard Time',
  conversationId: 'conv-1',
  itemId: 'item-1',
  mode: 'read',
  subject: 'Interview',
};

const problem = (kind: OfficeProblem['kind']): OfficeProblem =>
  kind === 'unsupported'
    ? { kind, requirement: 'Mailbox 1.9', message: 'unsupported here' }
    : kind === 'call-failed'
      ? {
          kind,
          call: 'displayReplyFormAsync',
          code: '9049',
          message: 'Outlook could not open the reply (error 9049).',
        }
      : kind === 'too-large'
        ? {
            kind,
            limit: '32 KB reply body',
            message: 'The draft is too long for Outlook (32 KB reply body): shorten it and try again.',
          }
        : ({ kind, message: `${kind} message` } as OfficeProblem);

interface Scenario {
  readonly readItem?: Result<ItemContext>;
  readonly analysis?: Analysis | 'throws';
  readonly insert?: Result<'reply-form' | 'new-message-form' | 'inserted-at-cursor'>;
  readonly reminder?: Result<'appointment-form'>;
  readonly overrides?: Result<object>;
  readonly notifyThrows?: boolean;
  readonly hostThrows?: boolean;
  /** The core's chunk: loaded unless a row makes it fail (as webpack's loader rejects) or throw outright. */
  readonly core?: 'fails' | 'throws';
  /** The host's clock; 2026-11-20 16:00 UTC unless a row needs another. */
  readonly now?: string;
}

/** What webpack's chunk loader rejects with when a chunk's script fails to load. */
function chunkLoadError(): Error {
  const error = new Error(
    'Loading chunk 412 failed.\n(error: https://localhost:3000/chunks/commands-core.js)',
  );
  error.name = 'ChunkLoadError';
  return error;
}

const withCore = (analyze: AnalyzeFn) => async (): Promise<CommandCore> => ({ analyze, reminderAhead });

function run(name: CommandName, s: Scenario) {
  const notes: { message: string; type: string }[] = [];
  const options: AnalyzeOptions[] = [];
  const reminders: ReminderProposal[] = [];
  let completed = 0;
  const host: AddinHost = {
    readItem: async () => {
      if (s.hostThrows) throw new Error('host bug');
      return s.readItem ?? { ok: true, value: item };
    },
    onItemChanged: () => () => undefined,
    insertDraft: async () => s.insert ?? { ok: true, value: 'reply-form' },
    openReminder: async (r) => {
      reminders.push(r);
      return s.reminder ?? { ok: true, value: 'appointment-form' };
    },
    loadOverrides: async () =>
      (s.overrides ?? { ok: true, value: { ignoreTimeline: true } }) as Result<object>,
    saveOverrides: async () => ({ ok: true, value: undefined }),
    notify: async (message, type) => {
      if (s.notifyThrows) throw new Error('notify bug');
      notes.push({ message, type });
      return { ok: true, value: undefined };
    },
    theme: () => ({ dark: false }),
    onThemeChanged: () => () => undefined,
    now: () => s.now ?? '2026-11-20T16:00:00.000Z',
  };
  const analyzeFn: AnalyzeFn = async (_input, opts) => {
    options.push(opts);
    if (s.analysis === 'throws') throw new Error('core bug');
    return s.analysis ?? analysis();
  };
  const core = async (): Promise<CommandCore> => {
    if (s.core === 'fails') throw chunkLoadError();
    return { analyze: analyzeFn, reminderAhead };
  };
  const handlers = createCommandHandlers({
    host,
    core:
      s.core === 'throws'
        ? () => {
            throw chunkLoadError();
          }
        : core,
  });
  return handlers[name]({ completed: () => void completed++ }).then(() => ({
    notes,
    options,
    reminders,
    completed: () => completed,
  }));
}

describe('command handlers', () => {
  it('export a handler for every manifest function name and no other', () => {
    const handlers = createCommandHandlers({
      host: {} as AddinHost,
      core: withCore(async () => analysis()),
    });
    assert.deepEqual(Object.keys(handlers).sort(), [...COMMAND_NAMES].sort());
  });

  it('pass now, zone, me, name and saved overrides to analyze', async () => {
    const { options } = await run('draftFollowUp', {});
    assert.deepEqual(options[0], {
      now: '2026-11-20T16:00:00.000Z',
      tz: 'Pacific Standard Time',
      me: 'sam@mail.test',
      myName: 'Sam Candidate',
      overrides: { ignoreTimeline: true },
    });
  });

  it('analyze without overrides when loading them fails', async () => {
    const { options, notes } = await run('draftFollowUp', {
      overrides: { ok: false, error: problem('storage-full') },
    });
    assert.deepEqual(options[0]?.overrides, {});
    assert.equal(notes[0]?.message, 'Draft opened: follow-up to Ada Lee');
  });

  type Row = { name: string; command: CommandName; s: Scenario; message: string; type: 'info' | 'error' };
  const rows: readonly Row[] = [
    {
      name: 'draft: reply opened',
      command: 'draftFollowUp',
      s: {},
      message: 'Draft opened: follow-up to Ada Lee',
      type: 'info',
    },
    {
      name: 'draft: opened while the advice is to wait says until when to keep it',
      command: 'draftFollowUp',
      s: {
        analysis: analysis({
          recommendation: recommendation({
            action: 'wait',
            waitingFor: 'employer-timeline',
            on: '2026-11-27',
          }),
        }),
      },
      message: 'Draft opened: follow-up to Ada Lee; keep it until Fri 27 Nov',
      type: 'info',
    },
    {
      name: 'draft: no interview date',
      command: 'draftFollowUp',
      s: {
        analysis: analysis({ draft: null, recommendation: recommendation({ action: 'set-interview-date' }) }),
      },
      message: 'No interview date found: open the coach to set it',
      type: 'info',
    },
    {
      name: 'draft: the reply form failed',
      command: 'draftFollowUp',
      s: { insert: { ok: false, error: problem('call-failed') } },
      message: 'Outlook could not open the reply (error 9049): open the coach to copy the draft',
      type: 'error',
    },
    {
      name: 'draft: too large',
      command: 'draftFollowUp',
      s: { insert: { ok: false, error: problem('too-large') } },
      message: 'The draft is too long for Outlook (32 KB reply body): shorten it and try again.',
      type: 'error',
    },
    {
      name: 'draft: no item',
      command: 'draftFollowUp',
      s: { readItem: { ok: false, error: problem('no-item') } },
      message: 'no-item message',
      type: 'error',
    },
    {
      name: 'draft: reading the item failed says to try again',
      command: 'draftFollowUp',
      s: { readItem: { ok: false, error: problem('call-failed') } },
      message: 'Outlook could not open the reply (error 9049): try again, or open the coach',
      type: 'error',
    },
    {
      name: 'draft: analyze throws',
      command: 'draftFollowUp',
      s: { analysis: 'throws' },
      message: 'Follow-up Coach could not read this thread: open the coach for details',
      type: 'error',
    },
    {
      name: 'draft: the host throws',
      command: 'draftFollowUp',
      s: { hostThrows: true },
      message: 'Follow-up Coach could not read this thread: open the coach for details',
      type: 'error',
    },
    {
      name: 'insert: inserted at the cursor',
      command: 'insertFollowUp',
      s: { insert: { ok: true, value: 'inserted-at-cursor' } },
      message: 'Draft inserted: follow-up to Ada Lee',
      type: 'info',
    },
    {
      name: 'insert: unsupported',
      command: 'insertFollowUp',
      s: { insert: { ok: false, error: problem('unsupported') } },
      message: 'unsupported here: open the coach to copy the draft',
      type: 'error',
    },
    {
      name: 'remind: form opened',
      command: 'proposeReminder',
      s: {},
      message: 'Reminder opened: Tue 24 Nov',
      type: 'info',
    },
    {
      name: 'remind: unsupported offers the .ics file',
      command: 'proposeReminder',
      s: { reminder: { ok: false, error: problem('unsupported') } },
      message: 'Outlook cannot open a reminder here: open the coach to download it as an .ics file',
      type: 'error',
    },
    {
      name: 'remind: nothing to remind',
      command: 'proposeReminder',
      s: {
        analysis: analysis({
          reminder: null,
          recommendation: recommendation({ action: 'set-interview-date' }),
        }),
      },
      message: 'No interview date found: open the coach to set it',
      type: 'info',
    },
    {
      name: 'remind: the form failed',
      command: 'proposeReminder',
      s: { reminder: { ok: false, error: problem('call-failed') } },
      message: 'Outlook could not open the reply (error 9049): open the coach to download it as an .ics file',
      type: 'error',
    },
    // The core's chunk (commandCore.ts) fails to load on the click: offline, or a deployment replaced under a
    // page Outlook kept. Said in words, once, and the event completed, on every command.
    ...COMMAND_NAMES.flatMap((command) => [
      {
        name: `${command}: the core's chunk fails to load`,
        command,
        s: { core: 'fails' as const },
        message: CORE_LOAD_FAILED,
        type: 'error' as const,
      },
      {
        name: `${command}: loading the core throws before it starts`,
        command,
        s: { core: 'throws' as const },
        message: CORE_LOAD_FAILED,
        type: 'error' as const,
      },
    ]),
    {
      name: "draft: an item that cannot be read is said first, whatever the core's chunk did",
      command: 'draftFollowUp',
      s: { readItem: { ok: false, error: problem('no-item') }, core: 'fails' },
      message: 'no-item message',
      type: 'error' as const,
    },
  ];
  for (const row of rows) {
    it(`${row.name}: says so and completes once`, async () => {
      const { notes, completed } = await run(row.command, row.s);
      assert.deepEqual(notes, [{ message: row.message, type: row.type }]);
      assert.equal(completed(), 1);
    });
  }

  // Never a reminder in the past (issue 5): the core proposes 09:00 on 24 Nov in Los Angeles; the ribbon opens
  // what the taskpane would offer at the same clock reading (reminderAhead, shared by both).
  const timingRows: readonly { name: string; now: string; start: string; end: string; message: string }[] = [
    {
      name: 'a proposal still ahead is opened as proposed',
      now: '2026-11-24T16:59:00Z',
      start: '2026-11-24T09:00:00-08:00',
      end: '2026-11-24T09:15:00-08:00',
      message: 'Reminder opened: Tue 24 Nov',
    },
    {
      name: 'a proposal past by an hour is opened for 09:00 the next morning',
      now: '2026-11-24T18:00:00Z',
      start: '2026-11-25T09:00:00-08:00',
      end: '2026-11-25T09:15:00-08:00',
      message: 'Reminder opened: Wed 25 Nov',
    },
    {
      name: 'a proposal days overdue, before 09:00 local, is opened for 09:00 today',
      now: '2026-11-27T15:00:00Z',
      start: '2026-11-27T09:00:00-08:00',
      end: '2026-11-27T09:15:00-08:00',
      message: 'Reminder opened: Fri 27 Nov',
    },
  ];
  for (const row of timingRows) {
    it(`remind: ${row.name}`, async () => {
      const { reminders, notes } = await run('proposeReminder', { now: row.now });
      assert.deepEqual(
        reminders.map((r) => [r.start, r.end]),
        [[row.start, row.end]],
      );
      assert.deepEqual(notes, [{ message: row.message, type: 'info' }]);
    });
  }

  for (const name of COMMAND_NAMES) {
    it(`${name} completes once even when notifying throws`, async () => {
      const { completed } = await run(name, { notifyThrows: true, analysis: 'throws' });
      assert.equal(completed(), 1);
    });
  }

  it('completes when an Office call never answers (the deadline)', async () => {
    let completed = 0;
    const never = completing(
      () => new Promise<void>(() => undefined),
      async () => undefined,
      5,
    );
    await never({ completed: () => void completed++ });
    assert.equal(completed, 1);
  });

  it('completing survives an event.completed that throws', async () => {
    const handlers = createCommandHandlers({
      host: {
        readItem: async () => ({ ok: false, error: problem('no-item') }),
        notify: async () => ({ ok: true, value: undefined }),
      } as unknown as AddinHost,
      core: withCore(async () => analysis()),
    });
    await handlers.draftFollowUp({
      completed: () => {
        throw new Error('already completed');
      },
    });
  });
});

describe('the core loaded on the first click (loadOnce)', () => {
  it('loads once and hands every later click the same core', async () => {
    let loads = 0;
    const load = loadOnce(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    const c = await load();
    assert.equal(loads, 1);
    assert.ok(a === b && b === c);
  });

  it('forgets a failed load, so the next click fetches again', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads++;
      if (loads === 1) throw chunkLoadError();
      return 'core';
    });
    await assert.rejects(load(), { name: 'ChunkLoadError' });
    assert.equal(await load(), 'core');
    assert.equal(await load(), 'core');
    assert.equal(loads, 2);
  });

  it('turns a load that throws outright into a rejection', async () => {
    const load = loadOnce((): Promise<string> => {
      throw chunkLoadError();
    });
    await assert.rejects(load(), { name: 'ChunkLoadError' });
  });

  it('a command whose chunk failed works on the next click, fetching it again', async () => {
    const notes: string[] = [];
    let attempts = 0;
    const core = loadOnce(async (): Promise<CommandCore> => {
      attempts++;
      if (attempts === 1) throw chunkLoadError();
      return { analyze: async () => analysis(), reminderAhead };
    });
    const host = {
      readItem: async () => ({ ok: true, value: item }),
      loadOverrides: async () => ({ ok: true, value: {} }),
      insertDraft: async () => ({ ok: true, value: 'reply-form' }),
      notify: async (message: string) => {
        notes.push(message);
        return { ok: true, value: undefined };
      },
      now: () => '2026-11-20T16:00:00.000Z',
    } as unknown as AddinHost;
    const handlers = createCommandHandlers({ host, core });
    let completed = 0;
    await handlers.draftFollowUp({ completed: () => void completed++ });
    await handlers.draftFollowUp({ completed: () => void completed++ });
    await handlers.draftFollowUp({ completed: () => void completed++ });
    assert.equal(completed, 3);
    assert.equal(attempts, 2);
    assert.deepEqual(notes, [
      CORE_LOAD_FAILED,
      'Draft opened: follow-up to Ada Lee',
      'Draft opened: follow-up to Ada Lee',
    ]);
  });
});
