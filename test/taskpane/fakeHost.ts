// A fake AddinHost recording every call, with results the test sets (STYLE.md practice 9: the taskpane sees
// only the host, so faking it is faking Outlook).
import type { Overrides, ReminderProposal, ThreadInput } from '../../src/core/types';
import type {
  AddinHost,
  InsertOutcome,
  ItemContext,
  OfficeProblem,
  OutgoingDraft,
  ReminderOutcome,
  Result,
  ThemeInfo,
} from '../../src/office/types';

export type Call =
  | { readonly name: 'readItem' }
  | { readonly name: 'insertDraft'; readonly draft: OutgoingDraft }
  | { readonly name: 'openReminder'; readonly reminder: ReminderProposal }
  | { readonly name: 'loadOverrides'; readonly key: string }
  | { readonly name: 'saveOverrides'; readonly key: string; readonly overrides: Overrides }
  | { readonly name: 'notify'; readonly message: string };

export function item(over: Partial<ItemContext> = {}): ItemContext {
  const input: ThreadInput = {
    messages: [
      {
        kind: 'fields',
        subject: 'Interview: Data Analyst',
        from: { name: 'Ada Lee', address: 'ada@acme.example' },
        to: [{ name: 'Sam Doe', address: 'sam@mail.example' }],
        cc: [],
        sentAt: '2026-11-10T09:00:00-05:00',
        body: 'Thanks for coming in. We will be in touch within two weeks.',
        bodyType: 'text',
      },
    ],
  };
  return {
    input,
    me: 'sam@mail.example',
    myName: 'Sam Doe',
    tz: 'Eastern Standard Time',
    conversationId: 'conv-1',
    itemId: 'item-1',
    mode: 'read',
    subject: 'Interview: Data Analyst',
    ...over,
  };
}

export const failure = (
  kind: 'call-failed' | 'unsupported',
  message: string,
): { ok: false; error: OfficeProblem } =>
  kind === 'call-failed'
    ? { ok: false, error: { kind, call: 'test', code: '9002', message } }
    : { ok: false, error: { kind, requirement: 'Mailbox 1.9', message } };

/**
 * Holds a fake's answers until the test lets them through, in the order the test chooses: a busy machine, or
 * a slow Outlook, as data. Open by default, so a test that does not close it sees answers at once.
 */
export class Gate {
  private closed = false;
  private readonly waiting = new Map<number, () => void>();
  private calls = 0;

  close(): void {
    this.closed = true;
  }
  /** Resolves at once while open; while closed, when the test releases this call (numbered from 0). */
  pass(): Promise<void> {
    const n = this.calls++;
    if (!this.closed) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(n, resolve));
  }
  /** Numbers of the calls held so far. */
  held(): readonly number[] {
    return [...this.waiting.keys()];
  }
  /** Lets call `n` answer; a test that releases a call never made is wrong, so it fails loudly. */
  release(n: number): void {
    const resolve = this.waiting.get(n);
    if (!resolve) throw new Error(`call ${n} is not held (held: ${this.held().join(', ') || 'none'})`);
    this.waiting.delete(n);
    resolve();
  }
}

export class FakeHost implements AddinHost {
  readonly calls: Call[] = [];
  nowValue = '2026-11-20T15:00:00Z';
  themeValue: ThemeInfo = { dark: false };
  readResult: Result<ItemContext> = { ok: true, value: item() };
  stored = new Map<string, Overrides>();
  loadFailure: Result<Overrides> | null = null;
  saveResult: Result<void> = { ok: true, value: undefined };
  insertResult: Result<InsertOutcome> = { ok: true, value: 'reply-form' };
  reminderResult: Result<ReminderOutcome> = { ok: true, value: 'appointment-form' };
  /** Gates for the calls a test delays; the others answer at once. */
  readonly gates = {
    readItem: new Gate(),
    loadOverrides: new Gate(),
    saveOverrides: new Gate(),
    insertDraft: new Gate(),
    openReminder: new Gate(),
  };
  private itemListeners = new Set<() => void>();
  private themeListeners = new Set<(t: ThemeInfo) => void>();

  async readItem(): Promise<Result<ItemContext>> {
    this.calls.push({ name: 'readItem' });
    const result = this.readResult;
    await this.gates.readItem.pass();
    return result;
  }
  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }
  async insertDraft(draft: OutgoingDraft): Promise<Result<InsertOutcome>> {
    this.calls.push({ name: 'insertDraft', draft });
    const result = this.insertResult;
    await this.gates.insertDraft.pass();
    return result;
  }
  async openReminder(reminder: ReminderProposal): Promise<Result<ReminderOutcome>> {
    this.calls.push({ name: 'openReminder', reminder });
    const result = this.reminderResult;
    await this.gates.openReminder.pass();
    return result;
  }
  async loadOverrides(key: string): Promise<Result<Overrides>> {
    this.calls.push({ name: 'loadOverrides', key });
    const result = this.loadFailure ?? { ok: true, value: this.stored.get(key) ?? {} };
    await this.gates.loadOverrides.pass();
    return result;
  }
  async saveOverrides(key: string, overrides: Overrides): Promise<Result<void>> {
    this.calls.push({ name: 'saveOverrides', key, overrides });
    const result = this.saveResult;
    await this.gates.saveOverrides.pass();
    if (result.ok) this.stored.set(key, overrides);
    return result;
  }
  async notify(message: string): Promise<Result<void>> {
    this.calls.push({ name: 'notify', message });
    return { ok: true, value: undefined };
  }
  theme(): ThemeInfo {
    return this.themeValue;
  }
  onThemeChanged(listener: (t: ThemeInfo) => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }
  now(): string {
    return this.nowValue;
  }

  /** What Outlook does when the user selects another message in a pinned pane. */
  selectItem(next: ItemContext): void {
    this.readResult = { ok: true, value: next };
    for (const l of this.itemListeners) l();
  }
  changeTheme(next: ThemeInfo): void {
    this.themeValue = next;
    for (const l of this.themeListeners) l(next);
  }
  count(name: Call['name']): number {
    return this.calls.filter((c) => c.name === name).length;
  }
  last<N extends Call['name']>(name: N): Extract<Call, { name: N }> | undefined {
    return this.calls.filter((c): c is Extract<Call, { name: N }> => c.name === name).at(-1);
  }
}
