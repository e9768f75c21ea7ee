// The three function commands (issue 5): read the item, apply saved overrides, analyze, act, and say what
// happened. Effects come in through `AddinHost` so the same code runs on Office.js, the playground's fake
// and the tests. Every handler completes its event exactly once, on every path (STYLE.md practice 11).
// The core work (analyze and the rest) comes in through `deps.core`, loaded on the first click (commands.ts): a
// click whose core fails to load says so and completes like any other failure.
import type { reminderAhead } from '../core/drafts';
import type { Analysis, AnalyzeOptions, IsoDateTime, Overrides, ThreadInput } from '../core/types';
import type { CommandEvent, CommandHost, ItemContext } from '../office/types';
import {
  ANALYSIS_FAILED,
  CORE_LOAD_FAILED,
  draftDone,
  noDraft,
  noReminder,
  problemMessage,
  reminderDone,
} from './messages';
import type { CommandName } from './names';

export type AnalyzeFn = (input: ThreadInput, options: AnalyzeOptions) => Promise<Analysis>;

/** What the commands need of the core: in a chunk of its own in the bundle (commandCore.ts). */
export interface CommandCore {
  readonly analyze: AnalyzeFn;
  readonly reminderAhead: typeof reminderAhead;
}

export interface CommandDeps {
  readonly host: CommandHost;
  /** The core, loaded on demand; rejects when its chunk cannot be fetched (offline, a stale deployment). */
  readonly core: () => Promise<CommandCore>;
}

/**
 * `load` run once and its result kept for every later call, while it succeeds: a rejection (a chunk that failed
 * to download) is forgotten, so the next click tries again rather than failing for the page's lifetime.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading === undefined) {
      const started = (async () => load())();
      loading = started;
      started.catch(() => {
        if (loading === started) loading = undefined;
      });
    }
    return loading;
  };
}

export type CommandHandlers = Readonly<Record<CommandName, (event: CommandEvent) => Promise<void>>>;

/**
 * How long a command may take before its event is completed anyway. Outlook shows "working on your request"
 * until completion and gives up after 5 minutes (OUTLOOK-NOTES.md §1); an Office call whose callback never
 * comes must not hold the ribbon that long. The form APIs call back once the form is shown, well within this.
 */
export const COMMAND_DEADLINE_MS = 60_000;

/**
 * Runs `body`, then completes the event exactly once whatever happened: success, a throw, a rejected
 * promise, or no answer within `deadlineMs`.
 */
export function completing(
  body: () => Promise<void>,
  onUnexpected: () => Promise<void>,
  deadlineMs = COMMAND_DEADLINE_MS,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deadlineMs);
    });
    try {
      await Promise.race([body(), deadline]);
    } catch {
      await Promise.race([onUnexpected().catch(() => undefined), deadline]);
    } finally {
      clearTimeout(timer);
      try {
        event.completed();
      } catch {
        // Nothing can be done if Outlook refuses the completion; it must not become an unhandled rejection.
      }
    }
  };
}

async function overridesFor(host: CommandHost, item: ItemContext): Promise<Overrides> {
  // Keyed as the taskpane keys them: the conversation, else the item (a draft with no conversation yet).
  const key = item.conversationId ?? item.itemId;
  if (!key) return {};
  const loaded = await host.loadOverrides(key);
  return loaded.ok ? loaded.value : {}; // a broken settings store must not block the command
}

interface Analyzed {
  readonly analysis: Analysis;
  /** The clock reading the analysis used (the clock is read once per command). */
  readonly now: IsoDateTime;
  readonly core: CommandCore;
}

/**
 * Reads and analyzes the open item; on failure tells the user and returns null. The core's chunk is fetched
 * while Outlook reads the item (on the first click; later clicks find it loaded).
 */
async function analyzeOpenItem(deps: CommandDeps): Promise<Analyzed | null> {
  const { host } = deps;
  const loading = (async () => deps.core())();
  // Awaited below, or not at all when the item cannot be read: a failed load must not go unhandled meanwhile.
  loading.catch(() => undefined);
  const item = await host.readItem();
  if (!item.ok) {
    await host.notify(problemMessage(item.error, 'read'), 'error');
    return null;
  }
  const overrides = await overridesFor(host, item.value);
  let core: CommandCore;
  try {
    core = await loading;
  } catch {
    await host.notify(CORE_LOAD_FAILED, 'error');
    return null;
  }
  const now = host.now();
  try {
    const analysis = await core.analyze(item.value.input, {
      now,
      tz: item.value.tz,
      ...(item.value.me ? { me: item.value.me } : {}),
      ...(item.value.myName ? { myName: item.value.myName } : {}),
      overrides,
    });
    return { analysis, now, core };
  } catch {
    await host.notify(ANALYSIS_FAILED, 'error');
    return null;
  }
}

async function draftCommand(deps: CommandDeps): Promise<void> {
  const analysis = (await analyzeOpenItem(deps))?.analysis;
  if (!analysis) return;
  if (!analysis.draft) {
    await deps.host.notify(noDraft(analysis), 'info');
    return;
  }
  const inserted = await deps.host.insertDraft(analysis.draft, analysis);
  await (inserted.ok
    ? deps.host.notify(draftDone(analysis.draft, inserted.value, analysis.recommendation), 'info')
    : deps.host.notify(problemMessage(inserted.error, 'draft'), 'error'));
}

async function reminderCommand(deps: CommandDeps): Promise<void> {
  const analyzed = await analyzeOpenItem(deps);
  if (!analyzed) return;
  const { analysis, now, core } = analyzed;
  if (!analysis.reminder) {
    await deps.host.notify(noReminder(analysis), 'info');
    return;
  }
  // Never a reminder in the past: the same rule, and the same clock reading, as the taskpane's "Remind me".
  const reminder = core.reminderAhead(analysis.reminder, now, analysis.tz).reminder;
  const opened = await deps.host.openReminder(reminder);
  await (opened.ok
    ? deps.host.notify(reminderDone(reminder), 'info')
    : deps.host.notify(problemMessage(opened.error, 'reminder'), 'error'));
}

/** The handlers by manifest FunctionName; the Record type makes a missing or extra name a compile error. */
export function createCommandHandlers(deps: CommandDeps): CommandHandlers {
  const unexpected = async (): Promise<void> => {
    await deps.host.notify(ANALYSIS_FAILED, 'error');
  };
  return {
    // Read surface: a reply (or a new message when the open item is the candidate's own).
    draftFollowUp: completing(() => draftCommand(deps), unexpected),
    proposeReminder: completing(() => reminderCommand(deps), unexpected),
    // Compose surface: the same draft, inserted at the cursor (insertDraft decides by mode).
    insertFollowUp: completing(() => draftCommand(deps), unexpected),
  };
}
