// The contract between the fake Office (running inside the taskpane and commands frames) and the playground
// page that owns the simulated mailbox. Everything crossing it is plain data (strings, numbers, plain
// objects) because the two sides live in different JavaScript realms: a Date or an Array made in the parent
// fails `instanceof` checks in the frame, so the fake rebuilds such values in its own realm.

/** Office.EmailAddressDetails as Outlook hands it over. */
export interface FakeAddress {
  readonly displayName: string;
  readonly emailAddress: string;
}

/** An item as the simulated Outlook holds it: a received message (read) or a message being written (compose). */
export interface FakeItemData {
  readonly mode: 'read' | 'compose';
  /** Absent on an unsaved compose item, as in Outlook (getItemIdAsync exists for that, Mailbox 1.8). */
  readonly itemId: string | null;
  readonly conversationId: string | null;
  readonly subject: string;
  readonly from: FakeAddress | null;
  readonly to: readonly FakeAddress[];
  readonly cc: readonly FakeAddress[];
  /** ISO 8601 instant. */
  readonly dateTimeCreated: string;
  /** The body as HTML where the message had an HTML part; null for a plain-text message. */
  readonly bodyHtml: string | null;
  readonly bodyText: string;
  /** The internet headers as getAllInternetHeadersAsync returns them (CRLF-separated `Name: value` lines). */
  readonly internetHeaders: string;
}

/** Which Outlook the fake pretends to be. */
export interface FakeHostProfile {
  /** Office.context.mailbox.diagnostics.hostName: OutlookWebApp, newOutlookWindows, Outlook, OutlookIOS, … */
  readonly hostName: string;
  /** Highest Mailbox requirement set supported, as `1.N`. */
  readonly mailboxVersion: string;
  readonly user: { readonly emailAddress: string; readonly displayName: string; readonly timeZone: string };
  readonly theme: FakeTheme;
  /** A failure the user switched on to see how the add-in copes (none by default). */
  readonly failure: FakeFailure;
}

/**
 * Failures the playground can inject, each as Outlook reports it, so the add-in's failure paths can be seen:
 * reading the item fails (body.getAsync), opening forms or inserting fails (the form and insert calls), or the
 * roaming settings are full (saveAsync fails with 9057, as past 32 KB).
 */
export type FakeFailure =
  | 'none'
  | 'read-fails'
  | 'actions-fail'
  | 'settings-full'
  /** Office.onReady never settles: the host handshake stalls (issue 12). */
  | 'never-ready'
  /** office.js did not load at all: a proxy or a blocker kept Microsoft's script out (issue 12). */
  | 'no-office-js';

export interface FakeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/** A form Outlook was asked to open, with exactly what it was handed (dates as ISO strings). */
export type OpenedForm =
  | {
      readonly kind: 'reply';
      readonly api: string;
      readonly htmlBody: string;
      readonly inReplyTo: string | null;
    }
  | {
      readonly kind: 'new-message';
      readonly api: string;
      readonly toRecipients: readonly string[];
      readonly ccRecipients: readonly string[];
      readonly subject: string;
      readonly htmlBody: string;
    }
  | {
      readonly kind: 'appointment';
      readonly api: string;
      readonly subject: string;
      readonly location: string;
      readonly body: string;
      readonly start: string | null;
      readonly end: string | null;
      readonly requiredAttendees: readonly string[];
    };

export interface FakeNotification {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon: string | null;
  readonly persistent: boolean;
}

export type FakeEventName = 'ItemChanged' | 'OfficeThemeChanged';

/** A function registered through Office.actions.associate, as the playground invokes it. */
export type CommandFunction = (event: { completed(options?: unknown): void }) => unknown;

/** What the simulated Outlook provides to the fake Office in each frame. */
export interface FakeHost {
  /** The simulated clock, in epoch milliseconds. */
  now(): number;
  profile(): FakeHostProfile;
  /** The item the add-in sees, or null where no item is selected. */
  item(): FakeItemData | null;
  openForm(form: OpenedForm): void;
  /** displayMessageForm: shows the message with this (EWS) item id; false where the mailbox has none. */
  openItem(itemId: string): boolean;
  /** Compose only: insert at the cursor. Returns false where there is no compose item to insert into. */
  insertAtCursor(data: string, coercion: 'text' | 'html'): boolean;
  notifications(itemKey: string): readonly FakeNotification[];
  setNotifications(itemKey: string, list: readonly FakeNotification[]): void;
  /** The add-in's roaming settings as saved JSON (an empty object at first). */
  roamingSettings(): string;
  saveRoamingSettings(json: string): void;
  associate(name: string, fn: CommandFunction): void;
  /** Compose: the time the message is to be delivered (delayDeliveryTime, Mailbox 1.13), or null. */
  deliveryTime?(): string | null;
  /** Compose: sets it; false where there is no compose item. */
  setDeliveryTime?(iso: string | null): boolean;
  /** Subscribe a frame to a host event; returns the unsubscribe function. */
  subscribe(event: FakeEventName, listener: () => void): () => void;
}
