// The simulated Outlook: the mailbox, the selected item, the clock, zone, theme and host profile, the
// windows Outlook would have opened, notifications and roaming settings. It implements FakeHost for the fake
// Office in the frames and is watched by the playground's UI. No DOM here, so it is unit-tested in Node.
import type {
  CommandFunction,
  FakeAddress,
  FakeEventName,
  FakeFailure,
  FakeHost,
  FakeHostProfile,
  FakeItemData,
  FakeNotification,
  OpenedForm,
} from '../fakeOffice/hostTypes';
import { SEND_HANDLER_NAME } from '../../launchevent/names';
import { isSetSupported } from '../fakeOffice/requirements';
import { readCompletion, type SendPhase, type SentMessage } from './smartAlerts';
import { THEMES, type ThemeName } from './themes';
import { ianaOf } from './zones';

export interface MailThread {
  readonly id: string;
  /** Shown in the mailbox list. */
  readonly title: string;
  readonly item: FakeItemData;
  /** The sample's suggested clock, where it came from the catalog. */
  readonly suggestedNow: string | null;
}

/** A compose window: a reply the add-in opened (or the user started), which the compose surface acts on. */
export interface ComposeWindow {
  readonly item: FakeItemData;
  readonly origin: 'reply-form' | 'new-message-form' | 'user-reply';
  /** The original message quoted under the user's text (a reply), kept while the user types above it. */
  readonly quoted?: { readonly html: string; readonly text: string };
  /** delayDeliveryTime set by the add-in (Mailbox 1.13), ISO instant. */
  readonly deliverAt?: string | null;
}

export type CommandState = 'working' | 'completed' | 'failed' | 'not-registered';

export interface CommandRun {
  readonly id: number;
  readonly name: string;
  readonly state: CommandState;
  readonly error: string | null;
}

export interface PlaygroundState {
  readonly threads: readonly MailThread[];
  readonly selectedId: string | null;
  /** Which window's ribbon the user last used: the reading pane's or the compose window's. */
  readonly surface: 'read' | 'compose';
  readonly compose: ComposeWindow | null;
  /** Forms the add-in opened, newest last. */
  readonly forms: readonly OpenedForm[];
  readonly notifications: Readonly<Record<string, readonly FakeNotification[]>>;
  readonly roaming: string;
  readonly commands: readonly CommandRun[];
  readonly paneOpen: boolean;
  readonly pinned: boolean;
  /** Bumped when the pane must load afresh (clock, zone, host or surface changed), as reopening it would. */
  readonly paneGeneration: number;
  readonly zone: string;
  readonly theme: ThemeName;
  readonly hostName: string;
  readonly mailboxVersion: string;
  readonly failure: FakeFailure;
  readonly user: { readonly emailAddress: string; readonly displayName: string };
  /** The simulated instant at `clockSetAt` (real time), in epoch ms. */
  readonly clockBase: number;
  readonly clockSetAt: number;
  /** The compose window's Send and the Smart Alerts dialog (issue 16). */
  readonly send: SendPhase;
  /** Messages sent from the compose window, newest last. */
  readonly sent: readonly SentMessage[];
}

export interface PlaygroundHostOptions {
  /** The real clock, injected so tests can drive it. */
  readonly realNow: () => number;
  readonly user?: { readonly emailAddress: string; readonly displayName: string };
  readonly zone?: string;
  readonly hostName?: string;
  readonly mailboxVersion?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function replySubject(subject: string): string {
  return /^re:/i.test(subject) ? subject : `RE: ${subject}`;
}

export class PlaygroundHost implements FakeHost {
  private state: PlaygroundState;
  private readonly watchers = new Set<() => void>();
  private readonly listeners = new Map<FakeEventName, Set<() => void>>();
  private readonly actions = new Map<string, CommandFunction>();
  private nextCommandId = 1;

  constructor(private readonly options: PlaygroundHostOptions) {
    const realNow = options.realNow();
    this.state = {
      threads: [],
      selectedId: null,
      surface: 'read',
      compose: null,
      forms: [],
      notifications: {},
      roaming: '{}',
      commands: [],
      paneOpen: false,
      pinned: false,
      paneGeneration: 0,
      zone: options.zone ?? 'Eastern Standard Time',
      theme: 'light',
      hostName: options.hostName ?? 'OutlookWebApp',
      mailboxVersion: options.mailboxVersion ?? '1.14',
      failure: 'none',
      user: options.user ?? { emailAddress: 'alex.morgan@example.com', displayName: 'Alex Morgan' },
      clockBase: realNow,
      clockSetAt: realNow,
      send: { phase: 'idle' },
      sent: [],
    };
  }

  // ---- the UI side ----

  getState(): PlaygroundState {
    return this.state;
  }

  /** Calls `listener` after every state change; returns the unsubscribe function. */
  watch(listener: () => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  private update(change: Partial<PlaygroundState>): void {
    this.state = { ...this.state, ...change };
    for (const watcher of [...this.watchers]) watcher();
  }

  private emit(event: FakeEventName): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        listener();
      } catch (error) {
        // A frame that went away without unsubscribing: drop it rather than break the others.
        console.warn(`playground: a ${event} listener failed`, error);
      }
    }
  }

  addThread(thread: MailThread, select = false): void {
    const others = this.state.threads.filter((t) => t.id !== thread.id);
    this.update({ threads: [...others, thread] });
    if (select) this.selectThread(thread.id);
  }

  /** Selecting another item: a pinned pane gets ItemChanged, an unpinned one closes (Outlook's behaviour). */
  selectThread(id: string): void {
    if (id === this.state.selectedId && this.state.surface === 'read') return;
    const thread = this.state.threads.find((t) => t.id === id);
    if (thread === undefined) return;
    const wasCompose = this.state.surface === 'compose';
    const keepPane = this.state.paneOpen && this.state.pinned;
    this.update({
      selectedId: id,
      surface: 'read',
      paneOpen: keepPane,
      paneGeneration: this.state.paneGeneration + (wasCompose ? 1 : 0),
    });
    if (keepPane && !wasCompose) this.emit('ItemChanged');
  }

  selectedThread(): MailThread | null {
    return this.state.threads.find((t) => t.id === this.state.selectedId) ?? null;
  }

  /** Moves the simulated clock to `epochMs`; the pane reloads to read it, as a reopened pane would. */
  setClock(epochMs: number): void {
    this.update({
      clockBase: epochMs,
      clockSetAt: this.options.realNow(),
      paneGeneration: this.state.paneGeneration + 1,
    });
  }

  shiftClock(days: number): void {
    this.setClock(this.now() + days * DAY_MS);
  }

  setZone(windowsName: string): void {
    this.update({ zone: windowsName, paneGeneration: this.state.paneGeneration + 1 });
  }

  setHostProfile(hostName: string, mailboxVersion: string): void {
    this.update({ hostName, mailboxVersion, paneGeneration: this.state.paneGeneration + 1 });
  }

  /** Injects a failure (or none); the pane reloads so a read failure shows at once, as reopening it would. */
  setFailure(failure: FakeFailure): void {
    this.update({ failure, paneGeneration: this.state.paneGeneration + 1 });
  }

  /** The theme changes live, with OfficeThemeChanged, as in Outlook (no reload). */
  setTheme(theme: ThemeName): void {
    if (theme === this.state.theme) return;
    this.update({ theme });
    this.emit('OfficeThemeChanged');
  }

  openPane(surface: 'read' | 'compose'): void {
    const reload = surface !== this.state.surface || !this.state.paneOpen;
    this.update({ paneOpen: true, surface, paneGeneration: this.state.paneGeneration + (reload ? 1 : 0) });
  }

  closePane(): void {
    this.update({ paneOpen: false });
  }

  setPinned(pinned: boolean): void {
    this.update({ pinned });
  }

  /** The user's own Reply button: an empty compose window on the selected message. */
  startReply(): void {
    const thread = this.selectedThread();
    if (thread === null) return;
    this.update({
      compose: {
        item: this.composeFor(thread.item, ''),
        origin: 'user-reply',
        quoted: this.quotedOf(thread.item),
      },
      send: { phase: 'idle' },
    });
  }

  closeCompose(): void {
    const back = this.state.surface === 'compose';
    this.update({
      compose: null,
      send: { phase: 'idle' },
      surface: 'read',
      paneOpen: back ? false : this.state.paneOpen,
    });
  }

  useSurface(surface: 'read' | 'compose'): void {
    if (surface === this.state.surface) return;
    this.update({ surface, paneGeneration: this.state.paneGeneration + 1 });
  }

  dismissForm(index: number): void {
    this.update({ forms: this.state.forms.filter((_, i) => i !== index) });
  }

  /** Forget the functions the previous commands frame registered, before a new one loads. */
  resetActions(): void {
    this.actions.clear();
  }

  hasAction(name: string): boolean {
    return this.actions.has(name);
  }

  /**
   * Runs a function command as Outlook does: the registered function gets an event whose completed() ends
   * the "working on your request" state. A function that never completes stays "working".
   */
  invokeCommand(name: string): number {
    const id = this.nextCommandId++;
    const fn = this.actions.get(name);
    const record = (state: CommandState, error: string | null = null): void => {
      const others = this.state.commands.filter((c) => c.id !== id);
      this.update({ commands: [...others, { id, name, state, error }] });
    };
    if (fn === undefined) {
      record('not-registered', `No function named "${name}" was registered with Office.actions.associate.`);
      return id;
    }
    record('working');
    let done = false;
    const event = {
      completed: (): void => {
        if (done) return;
        done = true;
        record('completed');
      },
    };
    try {
      const result = fn(event);
      if (result instanceof Object && 'then' in result && typeof result.then === 'function') {
        (result as PromiseLike<unknown>).then(undefined, (error: unknown) => {
          if (!done) record('failed', String(error));
        });
      }
    } catch (error) {
      if (!done) record('failed', String(error));
    }
    return id;
  }

  // ---- Send and Smart Alerts (issue 16) ----

  /** The user types their own message above the quoted original. */
  setComposeText(text: string): void {
    const compose = this.state.compose;
    if (compose === null) return;
    const quoted = compose.quoted ?? { html: '', text: '' };
    const html = `<div>${escapeHtml(text).replace(/\r?\n/g, '<br>')}</div>`;
    const item: FakeItemData = {
      ...compose.item,
      bodyHtml: html + quoted.html,
      bodyText: text + quoted.text,
    };
    this.update({ compose: { ...compose, item } });
  }

  /**
   * The compose window's Send. Without Mailbox 1.12 the message goes at once (no add-in runs on Send);
   * otherwise Outlook runs the add-in's OnMessageSend handler, in a fresh runtime (the UI loads the event
   * page and then calls dispatchSend), and the item it reads is the message being sent.
   */
  startSend(): 'sent' | 'checking' | 'nothing' {
    const compose = this.state.compose;
    if (compose === null || this.state.send.phase !== 'idle') return 'nothing';
    if (!isSetSupported(this.state.mailboxVersion, 'Mailbox', '1.12')) {
      this.deliver('no-smart-alerts');
      return 'sent';
    }
    const reload = this.state.paneOpen && this.state.surface !== 'compose';
    this.update({
      send: { phase: 'checking' },
      surface: 'compose',
      paneGeneration: this.state.paneGeneration + (reload ? 1 : 0),
    });
    return 'checking';
  }

  /** Runs the registered OnMessageSend handler with an event whose completed() decides, once, what happens. */
  dispatchSend(): void {
    if (this.state.send.phase !== 'checking') return;
    const fn = this.actions.get(SEND_HANDLER_NAME);
    // PromptUser: an add-in that is unavailable or fails still lets the user choose to send.
    const failedAlert = (why: string) =>
      this.update({
        send: {
          phase: 'alert',
          message: `Follow-up Coach couldn't check this message (${why}).`,
          takeAction: null,
        },
      });
    if (fn === undefined) {
      failedAlert(`no function named "${SEND_HANDLER_NAME}" was registered`);
      return;
    }
    let done = false;
    const event = {
      type: 'messageSend',
      completed: (options?: unknown): void => {
        if (done || this.state.send.phase !== 'checking') return;
        done = true;
        const outcome = readCompletion(options, this.state.mailboxVersion);
        if (outcome.kind === 'send') this.deliver('checked');
        else if (outcome.kind === 'alert')
          this.update({ send: { phase: 'alert', message: outcome.message, takeAction: outcome.takeAction } });
        else failedAlert(outcome.message);
      },
    };
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      failedAlert(String(error));
    };
    try {
      const result = fn(event);
      if (result instanceof Object && 'then' in result && typeof result.then === 'function')
        (result as PromiseLike<unknown>).then(undefined, fail);
    } catch (error) {
      fail(error);
    }
  }

  /** The Smart Alerts dialog's buttons: "Send anyway", "Don't send", or its action button (open the pane). */
  resolveAlert(choice: 'send-anyway' | 'dont-send' | 'take-action'): void {
    const send = this.state.send;
    if (send.phase !== 'alert') return;
    if (choice === 'send-anyway') this.deliver('sent-anyway');
    else if (choice === 'dont-send') this.update({ send: { phase: 'idle' } });
    else {
      this.update({ send: { phase: 'idle' } });
      this.openPane('compose');
    }
  }

  private deliver(how: SentMessage['how']): void {
    const compose = this.state.compose;
    if (compose === null) return;
    const sent: SentMessage = {
      subject: compose.item.subject,
      to: compose.item.to.map((a) => a.displayName || a.emailAddress).join('; '),
      at: this.now(),
      deliverAt: compose.deliverAt ?? null,
      how,
    };
    const back = this.state.surface === 'compose';
    this.update({
      sent: [...this.state.sent, sent],
      compose: null,
      send: { phase: 'idle' },
      surface: 'read',
      paneOpen: back ? false : this.state.paneOpen,
    });
  }

  // ---- the FakeHost side (called from the frames) ----

  now(): number {
    return this.state.clockBase + (this.options.realNow() - this.state.clockSetAt);
  }

  profile(): FakeHostProfile {
    return {
      hostName: this.state.hostName,
      mailboxVersion: this.state.mailboxVersion,
      user: { ...this.state.user, timeZone: this.state.zone },
      theme: THEMES[this.state.theme],
      failure: this.state.failure,
    };
  }

  item(): FakeItemData | null {
    if (this.state.surface === 'compose' && this.state.compose !== null) return this.state.compose.item;
    return this.selectedThread()?.item ?? null;
  }

  openForm(form: OpenedForm): void {
    this.update({ forms: [...this.state.forms, form] });
    const thread = this.selectedThread();
    if (form.kind === 'reply' && thread !== null) {
      this.update({
        compose: {
          item: this.composeFor(thread.item, form.htmlBody),
          origin: 'reply-form',
          quoted: this.quotedOf(thread.item),
        },
      });
    }
    if (form.kind === 'new-message') {
      const item: FakeItemData = {
        mode: 'compose',
        itemId: null,
        conversationId: null,
        subject: form.subject,
        from: this.me(),
        to: form.toRecipients.map((emailAddress) => ({ displayName: emailAddress, emailAddress })),
        cc: form.ccRecipients.map((emailAddress) => ({ displayName: emailAddress, emailAddress })),
        dateTimeCreated: new Date(this.now()).toISOString(),
        bodyHtml: form.htmlBody,
        bodyText: form.htmlBody.replace(/<[^>]*>/g, ''),
        internetHeaders: '',
      };
      this.update({ compose: { item, origin: 'new-message-form' } });
    }
  }

  /** displayMessageForm: the message opens as the selected item (the playground has one reading pane). */
  openItem(itemId: string): boolean {
    const thread = this.state.threads.find((t) => t.item.itemId === itemId);
    if (thread === undefined) return false;
    this.selectThread(thread.id);
    return true;
  }

  insertAtCursor(data: string, coercion: 'text' | 'html'): boolean {
    const compose = this.state.compose;
    if (compose === null || this.state.surface !== 'compose') return false;
    const html = coercion === 'html' ? data : escapeHtml(data).replace(/\r?\n/g, '<br>');
    const text = coercion === 'html' ? data.replace(/<[^>]*>/g, '') : data;
    const item: FakeItemData = {
      ...compose.item,
      bodyHtml: html + (compose.item.bodyHtml ?? ''),
      bodyText: text + compose.item.bodyText,
    };
    this.update({ compose: { ...compose, item } });
    return true;
  }

  notifications(itemKey: string): readonly FakeNotification[] {
    return this.state.notifications[itemKey] ?? [];
  }

  setNotifications(itemKey: string, list: readonly FakeNotification[]): void {
    this.update({ notifications: { ...this.state.notifications, [itemKey]: [...list] } });
  }

  roamingSettings(): string {
    return this.state.roaming;
  }

  saveRoamingSettings(json: string): void {
    this.update({ roaming: json });
  }

  deliveryTime(): string | null {
    return this.state.compose?.deliverAt ?? null;
  }

  setDeliveryTime(iso: string | null): boolean {
    const compose = this.state.compose;
    if (compose === null || this.state.surface !== 'compose') return false;
    this.update({ compose: { ...compose, deliverAt: iso } });
    return true;
  }

  associate(name: string, fn: CommandFunction): void {
    this.actions.set(name, fn);
  }

  subscribe(event: FakeEventName, listener: () => void): () => void {
    const set = this.listeners.get(event) ?? new Set<() => void>();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  // ---- helpers ----

  private me(): FakeAddress {
    return { displayName: this.state.user.displayName, emailAddress: this.state.user.emailAddress };
  }

  /**
   * A reply as Outlook opens it: the given body on top (where the cursor is), then the original message
   * quoted under an Outlook header block, so the add-in in the compose window still sees the thread.
   */
  private composeFor(original: FakeItemData, htmlBody: string): FakeItemData {
    const quoted = this.quotedOf(original);
    return {
      mode: 'compose',
      itemId: null,
      conversationId: original.conversationId,
      subject: replySubject(original.subject),
      from: this.me(),
      to: original.from === null ? [] : [original.from],
      cc: [],
      dateTimeCreated: new Date(this.now()).toISOString(),
      bodyHtml: htmlBody + quoted.html,
      bodyText: htmlBody.replace(/<[^>]*>/g, '') + quoted.text,
      internetHeaders: '',
    };
  }

  /** The original message quoted under an Outlook header block, as a reply shows it below the cursor. */
  private quotedOf(original: FakeItemData): { html: string; text: string } {
    const sent = new Intl.DateTimeFormat('en-US', {
      timeZone: ianaOf(this.state.zone),
      dateStyle: 'full',
      timeStyle: 'short',
    })
      .format(new Date(original.dateTimeCreated))
      .replace(' at ', ' ');
    const who = (a: FakeAddress) => `${a.displayName} <${a.emailAddress}>`;
    const header: readonly [string, string][] = [
      ['From', original.from ? who(original.from) : ''],
      ['Sent', sent],
      ['To', original.to.map(who).join('; ')],
      ['Subject', original.subject],
    ];
    const headerHtml = header.map(([k, v]) => `<b>${k}:</b> ${escapeHtml(v)}`).join('<br>');
    const originalHtml =
      original.bodyHtml ?? `<div>${escapeHtml(original.bodyText).replace(/\r?\n/g, '<br>')}</div>`;
    return {
      html: `<br><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">${headerHtml}</div>${originalHtml}`,
      text: `\n\n${header.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${original.bodyText}`,
    };
  }
}
