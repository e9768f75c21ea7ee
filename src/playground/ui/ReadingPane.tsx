// The selected message as Outlook's reading pane shows it, with the add-in's notifications above the body.
import type { FakeItemData, FakeNotification } from '../fakeOffice/hostTypes';
import { formatInZone } from './format';
import { SafeHtml } from './SafeHtml';

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function addressList(list: readonly { displayName: string; emailAddress: string }[]): string {
  return list
    .map((a) =>
      a.displayName && a.displayName !== a.emailAddress
        ? `${a.displayName} <${a.emailAddress}>`
        : a.emailAddress,
    )
    .join('; ');
}

interface ReadingPaneProps {
  readonly item: FakeItemData | null;
  readonly notifications: readonly FakeNotification[];
  readonly iana: string;
  readonly onReply: () => void;
}

export function ReadingPane(props: ReadingPaneProps) {
  const item = props.item;
  if (item === null) {
    return (
      <main className="reading-pane empty" data-testid="reading-pane">
        <p>Select a message to read it.</p>
      </main>
    );
  }
  const html =
    item.bodyHtml ??
    `<pre style="white-space:pre-wrap;font-family:inherit">${escapeText(item.bodyText)}</pre>`;
  return (
    <main className="reading-pane" data-testid="reading-pane">
      <h2 className="subject">{item.subject || '(no subject)'}</h2>
      <dl className="headers">
        <dt>From</dt>
        <dd>{item.from ? addressList([item.from]) : ''}</dd>
        <dt>To</dt>
        <dd>{addressList(item.to)}</dd>
        {item.cc.length > 0 ? (
          <>
            <dt>Cc</dt>
            <dd>{addressList(item.cc)}</dd>
          </>
        ) : null}
        <dt>Sent</dt>
        <dd>{formatInZone(Date.parse(item.dateTimeCreated), props.iana)}</dd>
      </dl>
      <div className="item-actions">
        <button type="button" onClick={props.onReply}>
          Reply
        </button>
      </div>
      {props.notifications.length > 0 ? (
        <ul className="notifications" data-testid="notification-bar" aria-label="Add-in notifications">
          {props.notifications.map((n) => (
            <li key={n.key} className={`notification ${n.type}`} data-key={n.key}>
              {n.message}
            </li>
          ))}
        </ul>
      ) : null}
      <SafeHtml html={html} title="Message body" testId="message-body" />
    </main>
  );
}
