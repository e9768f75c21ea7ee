// A typed fake of the Office.js subset src/office uses (the brief's list), installed as the `Office` global.
// Member names are checked against @types/office-js (keyof Office.MessageRead, Office.Mailbox, …); callbacks
// get an AsyncResult {status, value, error: {code, name, message}} on a later microtask, as Office does.

export interface Recorded {
  readonly call: string;
  readonly args: readonly unknown[];
}

type Members<T> = Partial<Record<keyof T, unknown>>;

/** The two fields Office fills for message recipients (EmailAddressDetails' other fields are for meetings). */
export type FakeAddress = Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>;

export interface FakeOfficeOptions {
  /** Highest Mailbox requirement set supported, e.g. '1.9'; isSetSupported answers from it. */
  readonly mailbox?: string;
  readonly mode?: 'read' | 'compose' | 'none' | 'appointment';
  readonly hostName?: string;
  readonly subject?: string;
  readonly from?: FakeAddress | null;
  readonly to?: FakeAddress[];
  readonly cc?: FakeAddress[];
  readonly dateTimeCreated?: Date;
  readonly conversationId?: string | null;
  readonly itemId?: string;
  readonly html?: string;
  readonly text?: string;
  readonly headers?: string;
  /** Compose body format, answered by getTypeAsync. */
  readonly composeFormat?: 'html' | 'text';
  readonly user?: Partial<Office.UserProfile>;
  readonly officeTheme?: Partial<Office.OfficeTheme>;
  /** Calls whose callback reports Failed with this error. */
  readonly failures?: Readonly<Record<string, Partial<Office.Error>>>;
  /** Calls that throw synchronously (as Office does on bad arguments). */
  readonly throws?: readonly string[];
  /** Members removed from the fake (an older client). */
  readonly missing?: readonly string[];
  readonly roaming?: Record<string, unknown>;
  /** Roaming settings size at which saveAsync fails with 9057 (characters of JSON). */
  readonly roamingLimit?: number;
  readonly onReadyHost?: string;
}

export interface FakeOffice {
  readonly calls: Recorded[];
  readonly roaming: Record<string, unknown>;
  readonly associated: Map<string, (event: { completed(): void }) => unknown>;
  readonly handlers: Map<string, (args?: unknown) => void>;
  callsOf(name: string): Recorded[];
  /** Office's item can change under a pinned pane; null when nothing is selected. */
  setItem(item: 'none' | 'keep'): void;
  restore(): void;
}

const versionNumber = (v: string): number => {
  const [major = '0', minor = '0'] = v.split('.');
  return Number(major) * 1000 + Number(minor);
};

export const ENUMS = {
  CoercionType: { Text: 'text', Html: 'html' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
  HostType: { Outlook: 'Outlook' },
  MailboxEnums: {
    ItemNotificationMessageType: {
      InformationalMessage: 'informationalMessage',
      ErrorMessage: 'errorMessage',
      ProgressIndicator: 'progressIndicator',
    },
    ItemType: { Message: 'message', Appointment: 'appointment' },
  },
} as const;

export function installFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const calls: Recorded[] = [];
  const roaming: Record<string, unknown> = { ...(options.roaming ?? {}) };
  const associated = new Map<string, (event: { completed(): void }) => unknown>();
  const handlers = new Map<string, (args?: unknown) => void>();
  const failures = options.failures ?? {};
  const throws = new Set(options.throws ?? []);
  const missing = new Set(options.missing ?? []);
  const maxSet = versionNumber(options.mailbox ?? '1.14');

  const record = (call: string, args: readonly unknown[]): void => {
    calls.push({ call, args });
    if (throws.has(call)) throw new Error(`Sys.ArgumentException: bad argument to ${call}`);
  };
  /** An async member: records, then calls back with the value or the configured failure. */
  const asyncMember =
    (call: string, value: () => unknown = () => undefined) =>
    (...args: unknown[]): void => {
      record(call, args);
      const callback = [...args]
        .reverse()
        .find((a): a is (r: Office.AsyncResult<unknown>) => void => typeof a === 'function');
      const failure = failures[call];
      const result = failure
        ? {
            status: ENUMS.AsyncResultStatus.Failed,
            value: undefined,
            error: {
              code: failure.code ?? 9000,
              name: failure.name ?? 'GenericError',
              message: failure.message ?? 'It failed.',
            },
            asyncContext: undefined,
          }
        : {
            status: ENUMS.AsyncResultStatus.Succeeded,
            value: value(),
            error: undefined,
            asyncContext: undefined,
          };
      queueMicrotask(() => callback?.(result as unknown as Office.AsyncResult<unknown>));
    };
  const syncMember =
    (call: string) =>
    (...args: unknown[]): void =>
      record(call, args);
  const drop = <T extends object>(prefix: string, obj: T): T => {
    for (const key of Object.keys(obj))
      if (missing.has(`${prefix}${key}`)) delete (obj as Record<string, unknown>)[key];
    return obj;
  };

  const notificationMessages: Members<Office.NotificationMessages> = {
    replaceAsync: asyncMember('notificationMessages.replaceAsync'),
    removeAsync: asyncMember('notificationMessages.removeAsync'),
  };
  const readItem = drop<Members<Office.MessageRead>>('item.', {
    itemType: ENUMS.MailboxEnums.ItemType.Message,
    itemId: options.itemId ?? 'AAMkAD-item-1',
    conversationId: options.conversationId === undefined ? 'conv-1' : options.conversationId,
    subject: options.subject ?? 'Interview: Senior Engineer',
    from:
      options.from === undefined
        ? { displayName: 'Ada Lee', emailAddress: 'Ada.Lee@Example.com' }
        : options.from,
    to: options.to ?? [{ displayName: 'Sam Candidate', emailAddress: 'sam@mail.test' }],
    cc: options.cc ?? [],
    dateTimeCreated: options.dateTimeCreated ?? new Date('2026-11-10T15:00:00Z'),
    body: drop<Members<Office.Body>>('body.', {
      getAsync: asyncMember('body.getAsync', () =>
        calls.at(-1)?.args[0] === ENUMS.CoercionType.Html
          ? (options.html ?? '<p>Hello</p>')
          : (options.text ?? 'Hello'),
      ),
    }),
    notificationMessages,
    displayReplyFormAsync: asyncMember('displayReplyFormAsync'),
    displayReplyForm: syncMember('displayReplyForm'),
    getAllInternetHeadersAsync: asyncMember(
      'getAllInternetHeadersAsync',
      () => options.headers ?? 'Subject: x\r\n',
    ),
  });
  const composeItem = drop<Members<Office.MessageCompose>>('item.', {
    itemType: ENUMS.MailboxEnums.ItemType.Message,
    conversationId: options.conversationId === undefined ? 'conv-1' : options.conversationId,
    subject: {
      getAsync: asyncMember('subject.getAsync', () => options.subject ?? 'RE: Interview: Senior Engineer'),
    },
    to: {
      getAsync: asyncMember(
        'to.getAsync',
        () => options.to ?? [{ displayName: 'Ada Lee', emailAddress: 'ada.lee@example.com' }],
      ),
    },
    cc: { getAsync: asyncMember('cc.getAsync', () => options.cc ?? []) },
    from: {
      getAsync: asyncMember('from.getAsync', () => ({
        displayName: 'Sam Candidate',
        emailAddress: 'Sam@Mail.test',
      })),
    },
    body: drop<Members<Office.Body>>('body.', {
      getAsync: asyncMember('body.getAsync', () =>
        calls.at(-1)?.args[0] === ENUMS.CoercionType.Html
          ? (options.html ?? '<p>Draft</p>')
          : (options.text ?? 'Draft'),
      ),
      getTypeAsync: asyncMember('body.getTypeAsync', () => options.composeFormat ?? 'html'),
      setSelectedDataAsync: asyncMember('body.setSelectedDataAsync'),
    }),
    notificationMessages,
  });
  const appointmentItem = { itemType: ENUMS.MailboxEnums.ItemType.Appointment, notificationMessages };
  const mode = options.mode ?? 'read';
  const itemFor = (m: typeof mode): unknown =>
    m === 'none' ? null : m === 'compose' ? composeItem : m === 'appointment' ? appointmentItem : readItem;

  const mailbox = drop<Members<Office.Mailbox>>('mailbox.', {
    item: itemFor(mode),
    userProfile: {
      emailAddress: 'sam@mail.test',
      displayName: 'Sam Candidate',
      timeZone: 'Pacific Standard Time',
      ...(options.user ?? {}),
    },
    diagnostics: { hostName: options.hostName ?? 'Outlook', hostVersion: '16.0', OWAView: undefined },
    displayNewMessageFormAsync: asyncMember('displayNewMessageFormAsync'),
    displayNewMessageForm: syncMember('displayNewMessageForm'),
    displayNewAppointmentFormAsync: asyncMember('displayNewAppointmentFormAsync'),
    displayNewAppointmentForm: syncMember('displayNewAppointmentForm'),
    addHandlerAsync: (...args: unknown[]) => {
      const [type, handler] = args;
      if (typeof type === 'string' && typeof handler === 'function')
        handlers.set(type, handler as (a?: unknown) => void);
      asyncMember('addHandlerAsync')(...args);
    },
  });
  const roamingSettings: Members<Office.RoamingSettings> = {
    get: (name: string) => roaming[name],
    set: (name: string, value: unknown) => {
      record('roamingSettings.set', [name]);
      // Office keeps a serialised copy: later changes to the caller's object do not leak in.
      roaming[name] = JSON.parse(JSON.stringify(value)) as unknown;
    },
    remove: (name: string) => void delete roaming[name],
    saveAsync: (...args: unknown[]) => {
      const over =
        options.roamingLimit !== undefined && JSON.stringify(roaming).length > options.roamingLimit;
      if (over && !failures['roamingSettings.saveAsync']) {
        const callback = args.find((a): a is (r: unknown) => void => typeof a === 'function');
        record('roamingSettings.saveAsync', args);
        const error = { code: 9057, name: 'SettingsStorageFull', message: 'Settings storage is full.' };
        queueMicrotask(() =>
          callback?.({ status: 'failed', value: undefined, error, asyncContext: undefined }),
        );
        return;
      }
      asyncMember('roamingSettings.saveAsync')(...args);
    },
  };
  const context = {
    mailbox,
    roamingSettings,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === 'Mailbox' && versionNumber(version ?? '1.1') <= maxSet,
    },
    officeTheme: {
      bodyBackgroundColor: '#ffffff',
      bodyForegroundColor: '#000000',
      controlBackgroundColor: '#ffffff',
      controlForegroundColor: '#000000',
      ...(options.officeTheme ?? {}),
    },
  };
  const fake = {
    ...ENUMS,
    context,
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: options.onReadyHost ?? 'Outlook', platform: 'PC' };
      cb?.(info);
      return Promise.resolve(info);
    },
    actions: {
      associate: (name: string, fn: (event: { completed(): void }) => unknown) => {
        associated.set(name, fn);
      },
    },
  };
  const global = globalThis as { Office?: unknown };
  const previous = global.Office;
  global.Office = fake;
  return {
    calls,
    roaming,
    associated,
    handlers,
    callsOf: (name) => calls.filter((c) => c.call === name),
    setItem: (item) => {
      mailbox.item = item === 'none' ? null : itemFor(mode);
    },
    restore: () => {
      global.Office = previous;
    },
  };
}

/** Removes the Office global (a page outside Outlook). */
/**
 * For a test file: an `install` that puts a fake Office global in place, and an afterEach that restores the
 * real globals after every test.
 */
export function useFakeOffice(): (options?: FakeOfficeOptions) => FakeOffice {
  let fake: FakeOffice | null = null;
  afterEach(() => {
    fake?.restore();
    fake = null;
  });
  return (options = {}) => {
    fake = installFakeOffice(options);
    return fake;
  };
}

export function withoutOffice(): () => void {
  const global = globalThis as { Office?: unknown };
  const previous = global.Office;
  delete global.Office;
  return () => {
    global.Office = previous;
  };
}

/** `n` overrides entries saved a second apart on 2026-10-01 (`old-0` oldest): a store to evict from. */
export function oldEntries(n: number): Record<string, unknown> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `old-${i}`,
      { savedAt: `2026-10-01T00:00:${String(i).padStart(2, '0')}Z`, overrides: { ignoreTimeline: true } },
    ]),
  );
}
