// The fake `Office` global: only the subset the add-in uses (issue 6), with Office.js's semantics, so the
// taskpane and commands bundles that Outlook loads run unchanged in the playground. Members of requirement
// sets newer than the host's are absent, as they are in old Outlook builds, so code that calls them without
// asking isSetSupported fails here as it would there.
import { argumentError, failed, later, OFFICE_ERRORS, splitOptions, succeeded } from './asyncResult';
import {
  CoercionType,
  AsyncResultStatus,
  EventType,
  HostType,
  MailboxEnums,
  PlatformType,
  platformOf,
} from './enums';
import { appointmentForm, newMessageForm, openAsync, replyForm } from './forms';
import type { FakeAddress, FakeEventName, FakeHost, FakeItemData } from './hostTypes';
import { itemKey } from './itemKey';
import { createNotificationMessages } from './notifications';
import { isMobileHost, isSetSupported } from './requirements';
import { createRoamingSettings } from './roamingSettings';

type Handler = (event: unknown) => void;

const EVENT_NAMES: Readonly<Record<string, FakeEventName>> = {
  [EventType.ItemChanged]: 'ItemChanged',
  [EventType.OfficeThemeChanged]: 'OfficeThemeChanged',
};

/** Builds values in this realm: arrays and objects from the parent frame fail instanceof checks here. */
function copyAddress(address: FakeAddress | null): { displayName: string; emailAddress: string } | null {
  return address === null ? null : { displayName: address.displayName, emailAddress: address.emailAddress };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function bodyAs(item: FakeItemData, coercion: unknown): string | Error {
  if (coercion === CoercionType.Text) return item.bodyText;
  if (coercion === CoercionType.Html) {
    return item.bodyHtml ?? `<div>${escapeHtml(item.bodyText).replace(/\r?\n/g, '<br>')}</div>`;
  }
  return argumentError('coercionType', `Unsupported coercion type "${String(coercion)}".`);
}

/** An EWS id's REST form: the URL-safe base64 alphabet ('/' -> '-', '+' -> '_'). */
export const toRestId = (id: string): string => id.replace(/\//g, '-').replace(/\+/g, '_');
export const toEwsId = (id: string): string => id.replace(/-/g, '/').replace(/_/g, '+');

export function createFakeOffice(host: FakeHost) {
  const profile = host.profile();
  const supports = (minor: number): boolean =>
    isSetSupported(profile.mailboxVersion, 'Mailbox', `1.${minor}`);
  const mobile = isMobileHost(profile.hostName);
  const handlers = new Map<FakeEventName, { handler: Handler; unsubscribe: () => void }[]>();

  function body(data: FakeItemData) {
    const getAsync = (coercionType: unknown, optionsOrCallback?: unknown, callback?: unknown): void => {
      const { callback: cb, asyncContext } = splitOptions<string>(optionsOrCallback, callback);
      const value = bodyAs(current() ?? data, coercionType);
      if (value instanceof Error) throw value;
      if (host.profile().failure === 'read-fails') {
        later(cb, failed(OFFICE_ERRORS.internalError, asyncContext));
        return;
      }
      later(cb, succeeded(value, asyncContext));
    };
    if (data.mode === 'read') return supports(3) ? { getAsync } : {};
    return {
      ...(supports(3) ? { getAsync } : {}),
      getTypeAsync(optionsOrCallback?: unknown, callback?: unknown): void {
        const { callback: cb, asyncContext } = splitOptions<string>(optionsOrCallback, callback);
        const now = current();
        later(cb, succeeded(now?.bodyHtml === null ? CoercionType.Text : CoercionType.Html, asyncContext));
      },
      setSelectedDataAsync(data: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
        const { callback: cb, asyncContext, options } = splitOptions<void>(optionsOrCallback, callback);
        if (typeof data !== 'string') throw argumentError('data', 'data must be a string.');
        if (data.length > 1_000_000) throw argumentError('data', 'data is over 1,000,000 characters.');
        const coercion = options['coercionType'] === CoercionType.Html ? 'html' : 'text';
        if (host.profile().failure === 'actions-fail') {
          later(cb, failed(OFFICE_ERRORS.internalError, asyncContext));
          return;
        }
        if (!host.insertAtCursor(data, coercion)) {
          later(cb, failed(OFFICE_ERRORS.invalidSelection, asyncContext));
          return;
        }
        later(cb, succeeded(undefined, asyncContext));
      },
    };
  }

  function readItem(data: FakeItemData) {
    return {
      itemType: MailboxEnums.ItemType.Message,
      // Outlook mobile hands out REST-format ids (OUTLOOK-NOTES.md: convert before displayMessageForm).
      itemId: mobile && data.itemId !== null ? toRestId(data.itemId) : data.itemId,
      conversationId: data.conversationId,
      subject: data.subject,
      from: copyAddress(data.from),
      sender: copyAddress(data.from),
      to: data.to.map((a) => copyAddress(a)),
      cc: data.cc.map((a) => copyAddress(a)),
      dateTimeCreated: new Date(data.dateTimeCreated),
      body: body(data),
      ...(supports(3) ? { notificationMessages: createNotificationMessages(host, itemKey(data)) } : {}),
      ...(mobile
        ? {}
        : {
            displayReplyForm(formData: unknown): void {
              host.openForm(replyForm(formData, 'displayReplyForm', data));
            },
          }),
      ...(!mobile && supports(9)
        ? {
            displayReplyFormAsync(formData: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
              openAsync(
                host,
                () => replyForm(formData, 'displayReplyFormAsync', data),
                optionsOrCallback,
                callback,
              );
            },
          }
        : {}),
      ...(supports(8)
        ? {
            getAllInternetHeadersAsync(optionsOrCallback?: unknown, callback?: unknown): void {
              const { callback: cb, asyncContext } = splitOptions<string>(optionsOrCallback, callback);
              later(cb, succeeded(data.internetHeaders, asyncContext));
            },
          }
        : {}),
    };
  }

  function composeItem(data: FakeItemData) {
    const recipients = (list: readonly FakeAddress[]) => ({
      getAsync(optionsOrCallback?: unknown, callback?: unknown): void {
        const { callback: cb, asyncContext } = splitOptions<unknown[]>(optionsOrCallback, callback);
        later(
          cb,
          succeeded(
            list.map((a) => copyAddress(a)),
            asyncContext,
          ),
        );
      },
    });
    return {
      itemType: MailboxEnums.ItemType.Message,
      conversationId: data.conversationId,
      subject: {
        getAsync(optionsOrCallback?: unknown, callback?: unknown): void {
          const { callback: cb, asyncContext } = splitOptions<string>(optionsOrCallback, callback);
          later(cb, succeeded(current()?.subject ?? data.subject, asyncContext));
        },
      },
      to: recipients(data.to),
      cc: recipients(data.cc),
      body: body(data),
      ...(supports(13) ? { delayDeliveryTime: delayDeliveryTime() } : {}),
      ...(supports(3) ? { notificationMessages: createNotificationMessages(host, itemKey(data)) } : {}),
    };
  }

  /** item.delayDeliveryTime (Mailbox 1.13, compose): a Date in, the time the message goes kept by the host. */
  function delayDeliveryTime() {
    return {
      setAsync(when: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
        const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
        const ms = when instanceof Date ? when.getTime() : Number.NaN;
        if (Number.isNaN(ms)) throw argumentError('datetime', 'datetime must be a valid Date.');
        if (host.setDeliveryTime?.(new Date(ms).toISOString()) !== true) {
          later(cb, failed(OFFICE_ERRORS.internalError, asyncContext));
          return;
        }
        later(cb, succeeded(undefined, asyncContext));
      },
      getAsync(optionsOrCallback?: unknown, callback?: unknown): void {
        const { callback: cb, asyncContext } = splitOptions<Date | number>(optionsOrCallback, callback);
        const iso = host.deliveryTime?.() ?? null;
        later(cb, succeeded(iso === null ? 0 : new Date(iso), asyncContext));
      },
    };
  }

  function buildItem() {
    const data = host.item();
    if (data === null) return null;
    return data.mode === 'read' ? readItem(data) : composeItem(data);
  }

  let item = buildItem();
  let theme = { ...profile.theme };
  const current = (): FakeItemData | null => host.item();

  function dispatch(event: FakeEventName): void {
    if (event === 'ItemChanged') item = buildItem();
    if (event === 'OfficeThemeChanged') theme = { ...host.profile().theme };
    const payload =
      event === 'ItemChanged'
        ? { type: EventType.ItemChanged }
        : { type: EventType.OfficeThemeChanged, officeTheme: { ...theme } };
    for (const { handler } of handlers.get(event) ?? []) handler(payload);
  }

  const eventSupported = (name: FakeEventName): boolean =>
    name === 'ItemChanged' ? supports(5) : supports(14);

  const mailbox = {
    get item() {
      return item;
    },
    diagnostics: { hostName: profile.hostName, hostVersion: '15.20.0.0', OWAView: 'ThreeColumns' },
    userProfile: {
      get emailAddress() {
        return host.profile().user.emailAddress;
      },
      get displayName() {
        return host.profile().user.displayName;
      },
      get timeZone() {
        return host.profile().user.timeZone;
      },
    },
    ...(supports(5)
      ? {
          addHandlerAsync(
            eventType: unknown,
            handler: unknown,
            optionsOrCallback?: unknown,
            callback?: unknown,
          ): void {
            const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
            const name = typeof eventType === 'string' ? EVENT_NAMES[eventType] : undefined;
            if (name === undefined || !eventSupported(name) || typeof handler !== 'function') {
              later(cb, failed(OFFICE_ERRORS.invalidApiCall, asyncContext));
              return;
            }
            const unsubscribe = host.subscribe(name, () => dispatch(name));
            handlers.set(name, [...(handlers.get(name) ?? []), { handler: handler as Handler, unsubscribe }]);
            later(cb, succeeded(undefined, asyncContext));
          },
          removeHandlerAsync(eventType: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
            const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
            const name = typeof eventType === 'string' ? EVENT_NAMES[eventType] : undefined;
            if (name === undefined) {
              later(cb, failed(OFFICE_ERRORS.invalidApiCall, asyncContext));
              return;
            }
            for (const entry of handlers.get(name) ?? []) entry.unsubscribe();
            handlers.delete(name);
            later(cb, succeeded(undefined, asyncContext));
          },
        }
      : {}),
    ...(supports(3)
      ? {
          convertToEwsId(itemId: unknown, restVersion: unknown): string {
            if (typeof itemId !== 'string' || typeof restVersion !== 'string')
              throw argumentError('itemId', 'convertToEwsId needs an item id and a REST version.');
            return toEwsId(itemId);
          },
          convertToRestId(itemId: unknown, restVersion: unknown): string {
            if (typeof itemId !== 'string' || typeof restVersion !== 'string')
              throw argumentError('itemId', 'convertToRestId needs an item id and a REST version.');
            return toRestId(itemId);
          },
        }
      : {}),
    ...(mobile
      ? {}
      : {
          // Outlook shows nothing and reports nothing for an id it does not know (index.d.ts).
          displayMessageForm(itemId: unknown): void {
            if (typeof itemId !== 'string') throw argumentError('itemId', 'itemId must be a string.');
            host.openItem(itemId);
          },
          displayNewAppointmentForm(parameters: unknown): void {
            if (current()?.mode !== 'read')
              throw argumentError('mode', 'displayNewAppointmentForm runs in read mode only.');
            host.openForm(appointmentForm(parameters, 'displayNewAppointmentForm'));
          },
        }),
    ...(!mobile && supports(6)
      ? {
          displayNewMessageForm(parameters: unknown): void {
            host.openForm(newMessageForm(parameters, 'displayNewMessageForm'));
          },
        }
      : {}),
    ...(!mobile && supports(9)
      ? {
          displayMessageFormAsync(itemId: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
            const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
            if (typeof itemId !== 'string') throw argumentError('itemId', 'itemId must be a string.');
            if (host.profile().failure === 'actions-fail' || !host.openItem(itemId)) {
              later(cb, failed(OFFICE_ERRORS.internalError, asyncContext));
              return;
            }
            later(cb, succeeded(undefined, asyncContext));
          },
          displayNewAppointmentFormAsync(
            parameters: unknown,
            optionsOrCallback?: unknown,
            callback?: unknown,
          ): void {
            const build = () => appointmentForm(parameters, 'displayNewAppointmentFormAsync');
            openAsync(host, build, optionsOrCallback, callback, current()?.mode === 'read');
          },
          displayNewMessageFormAsync(
            parameters: unknown,
            optionsOrCallback?: unknown,
            callback?: unknown,
          ): void {
            openAsync(
              host,
              () => newMessageForm(parameters, 'displayNewMessageFormAsync'),
              optionsOrCallback,
              callback,
            );
          },
        }
      : {}),
  };

  const platform = platformOf(profile.hostName);
  let ready: Promise<{ host: string; platform: string }> | null = null;

  const office = {
    CoercionType,
    AsyncResultStatus,
    EventType,
    HostType,
    PlatformType,
    MailboxEnums,
    /** Legacy entry point: Office.js calls it once when ready, if the page assigned it. */
    initialize: undefined as ((reason: string) => void) | undefined,
    context: {
      mailbox,
      roamingSettings: createRoamingSettings(host),
      requirements: {
        isSetSupported: (name: string, minVersion?: string): boolean =>
          isSetSupported(profile.mailboxVersion, name, minVersion),
      },
      get officeTheme() {
        return supports(14) ? { ...theme } : undefined;
      },
      diagnostics: { host: HostType.Outlook, platform, version: '16.0.0.0' },
      displayLanguage: 'en-US',
      contentLanguage: 'en-US',
    },
    actions: {
      associate(name: string, fn: unknown): void {
        if (typeof name !== 'string' || typeof fn !== 'function')
          throw argumentError('actionId', 'associate needs a name and a function.');
        host.associate(name, fn as (event: { completed(options?: unknown): void }) => unknown);
      },
    },
    /** Resolves once, after the page's scripts ran (Office.js is ready only after a round trip to the host). */
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      ready ??= new Promise((resolve) => {
        // A stalled handshake: Office.js never calls back (a proxy held the host's answer).
        if (host.profile().failure === 'never-ready') return;
        setTimeout(() => {
          const info = { host: HostType.Outlook, platform };
          if (typeof office.initialize === 'function') office.initialize('');
          resolve(info);
        }, 0);
      });
      if (callback !== undefined) void ready.then(callback);
      return ready;
    },
  };
  return office;
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;
