// Builds a playground host with one message and the fake Office over it, with a hand-driven real clock.
import { createFakeOffice } from '../../src/playground/fakeOffice/createFakeOffice';
import type { FakeItemData } from '../../src/playground/fakeOffice/hostTypes';
import { PlaygroundHost } from '../../src/playground/host/playgroundHost';

export const READ_ITEM: FakeItemData = {
  mode: 'read',
  itemId: 'AAMk-item-1',
  conversationId: 'conv-1',
  subject: 'Interview confirmation: Product Designer',
  from: { displayName: 'Priya Shah', emailAddress: 'priya.shah@northwind.example' },
  to: [{ displayName: 'Alex Morgan', emailAddress: 'alex.morgan@example.com' }],
  cc: [],
  dateTimeCreated: '2026-11-20T15:04:00.000Z',
  bodyHtml: '<p>Your interview is confirmed for <b>Tuesday, December 1 at 2:00 PM EST</b>.</p>',
  bodyText: 'Your interview is confirmed for Tuesday, December 1 at 2:00 PM EST.',
  internetHeaders: 'Subject: Interview confirmation\r\nAuto-Submitted: no\r\n',
};

export const OTHER_ITEM: FakeItemData = {
  ...READ_ITEM,
  itemId: 'AAMk-item-2',
  subject: 'Next steps',
  conversationId: 'conv-2',
};

export interface Setup {
  readonly host: PlaygroundHost;
  readonly office: ReturnType<typeof createFakeOffice>;
  /** The fake typed as Office.js declares it, so tests call it the way add-in code does. */
  readonly typed: typeof Office;
  readonly advanceReal: (ms: number) => void;
}

export function setup(
  options: { mailboxVersion?: string; hostName?: string; item?: FakeItemData | null } = {},
): Setup {
  let real = Date.UTC(2026, 10, 26, 12, 0, 0);
  const host = new PlaygroundHost({
    realNow: () => real,
    ...(options.mailboxVersion ? { mailboxVersion: options.mailboxVersion } : {}),
    ...(options.hostName ? { hostName: options.hostName } : {}),
  });
  const item = options.item === undefined ? READ_ITEM : options.item;
  if (item !== null) host.addThread({ id: 't1', title: item.subject, item, suggestedNow: null }, true);
  host.addThread({ id: 't2', title: OTHER_ITEM.subject, item: OTHER_ITEM, suggestedNow: null });
  const office = createFakeOffice(host);
  return { host, office, typed: office as unknown as typeof Office, advanceReal: (ms) => (real += ms) };
}

/** Promisifies one Office-style call for a test: resolves with the AsyncResult the callback received. */
export function call<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}
