// The host boundary (STYLE.md practice 9): what the taskpane and commands may ask of Outlook, as tagged results.
// src/office implements AddinHost over Office.js; the taskpane receives it through context, never calls Office.
import type { Analysis, Draft, Overrides, ReminderProposal, ThreadInput } from '../core/types';

/**
 * What Outlook is handed for a draft: its words and addressee. Not its kind, which only names the template it
 * came from: a message the user wrote from an empty box has none (issue 5, "Your own message").
 */
export type OutgoingDraft = Pick<Draft, 'subject' | 'text' | 'html' | 'to'>;

export type Result<T, E = OfficeProblem> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Every way an Office call can fail, each with a sentence a user can read and act on. */
export type OfficeProblem =
  | { readonly kind: 'not-in-office'; readonly message: string }
  | { readonly kind: 'no-item'; readonly message: string }
  | { readonly kind: 'unsupported'; readonly requirement: string; readonly message: string }
  | {
      readonly kind: 'call-failed';
      readonly call: string;
      readonly code: string;
      readonly message: string;
      /** Outlook's own words about the failure, where it gave some (shown in a details line). */
      readonly detail?: string;
    }
  | { readonly kind: 'too-large'; readonly limit: string; readonly message: string }
  | { readonly kind: 'storage-full'; readonly message: string };

/** The open item, adapted once into the core's input, plus who the user is. */
export interface ItemContext {
  readonly input: ThreadInput;
  readonly me: string | null;
  readonly myName: string | null;
  /** The zone as Outlook reports it (often a Windows name); the core resolves it. */
  readonly tz: string;
  readonly conversationId: string | null;
  readonly itemId: string | null;
  readonly mode: 'read' | 'compose';
  readonly subject: string;
}

export type InsertOutcome = 'reply-form' | 'new-message-form' | 'inserted-at-cursor';
export type ReminderOutcome = 'appointment-form' | 'ics-offered';

/** The event Outlook passes a function command (Office.AddinCommands.Event): complete it on every path. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface ThemeInfo {
  readonly dark: boolean;
}

/** The send check's switch and delivery later (issue 16); absent where the host has neither. */
export interface SendCheckHost {
  /** Whether this Outlook runs the check on Send at all (Mailbox 1.12). */
  supported(): boolean;
  enabled(): boolean;
  setEnabled(enabled: boolean): Promise<Result<void>>;
  /** Whether the open message can be delivered later (compose, Mailbox 1.13). */
  canDelay(): boolean;
  /** Deliver the open message at `at` (ISO instant) once the user sends it. */
  delayDelivery(at: string): Promise<Result<void>>;
}

/**
 * What this Outlook can do for the pane (issue 12): Outlook on iOS and Android opens no reply, new-message or
 * appointment form (OUTLOOK-NOTES.md §2 "Mobile"), so the pane does not offer what would only be refused.
 */
export interface HostCapabilities {
  readonly forms: boolean;
}

export interface AddinHost {
  /** Read the open item. */
  readItem(): Promise<Result<ItemContext>>;
  /** Call `listener` when the user selects another item (pinned pane); returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Reply with the draft, open a new message to the employer, or insert it at the cursor in compose. */
  insertDraft(draft: OutgoingDraft, analysis: Analysis): Promise<Result<InsertOutcome>>;
  /** Open the appointment form; where that API is missing, say so and let the caller offer an .ics file. */
  openReminder(reminder: ReminderProposal): Promise<Result<ReminderOutcome>>;
  loadOverrides(conversationId: string): Promise<Result<Overrides>>;
  saveOverrides(conversationId: string, overrides: Overrides): Promise<Result<void>>;
  /** Show a short notification on the item (150 characters at most; longer text is cut). */
  notify(message: string, type: 'info' | 'error'): Promise<Result<void>>;
  theme(): ThemeInfo;
  onThemeChanged(listener: (theme: ThemeInfo) => void): () => void;
  /** The clock enters here, at the host (@pure false). */
  now(): string;
  /** The send check's setting and delivery later (issue 16); hosts without them leave it out. */
  readonly sendCheck?: SendCheckHost;
  /** What this Outlook can do; absent means everything (a desktop or web Outlook). */
  capabilities?(): HostCapabilities;
}

/** What a function command asks of Outlook (src/commands/handlers.ts): the host without the pane's parts. */
export type CommandHost = Pick<
  AddinHost,
  'readItem' | 'insertDraft' | 'openReminder' | 'loadOverrides' | 'notify' | 'now'
>;
