// The windows Outlook would have opened for the add-in: the reply or new-message form (a compose window
// whose own ribbon offers the compose surface's buttons) and the appointment form. Each shows exactly what
// the add-in handed over: HTML in a sandboxed frame, and the raw value beside it.
import type { FakeNotification, OpenedForm } from '../fakeOffice/hostTypes';
import type { ComposeWindow } from '../host/playgroundHost';
import type { SendPhase } from '../host/smartAlerts';
import { SendStatus, SmartAlert } from './SendCheck';
import { formatInZone } from './format';
import { addressList } from './ReadingPane';
import { Ribbon, type CommandName } from './Ribbon';
import { SafeHtml } from './SafeHtml';

const ORIGIN: Readonly<Record<ComposeWindow['origin'], { testId: string; title: string }>> = {
  'reply-form': { testId: 'reply-window', title: 'Reply (opened by the add-in)' },
  'new-message-form': { testId: 'new-message-window', title: 'New message (opened by the add-in)' },
  'user-reply': { testId: 'compose-window', title: 'Reply' },
};

interface ComposeProps {
  readonly compose: ComposeWindow;
  readonly notifications: readonly FakeNotification[];
  readonly api: string | null;
  readonly busy: boolean;
  readonly onOpenPane: () => void;
  readonly onCommand: (name: CommandName) => void;
  readonly onClose: () => void;
  /** Send, and the Smart Alerts dialog (issue 16). */
  readonly send: SendPhase;
  readonly onText: (text: string) => void;
  readonly onSend: () => void;
  readonly onAlert: (choice: 'send-anyway' | 'dont-send' | 'take-action') => void;
}

export function ComposeWindowView(props: ComposeProps) {
  const { item, origin } = props.compose;
  const meta = ORIGIN[origin];
  return (
    <section className="window compose" role="dialog" aria-label={meta.title} data-testid={meta.testId}>
      <header className="window-title">
        <h2>{meta.title}</h2>
        <span>
          <button type="button" onClick={props.onSend} disabled={props.send.phase !== 'idle'}>
            Send
          </button>{' '}
          <button type="button" onClick={props.onClose}>
            Discard
          </button>
        </span>
      </header>
      <SendStatus phase={props.send} />
      <SmartAlert phase={props.send} onChoice={props.onAlert} />
      <Ribbon
        surface="compose"
        disabled={props.busy}
        onOpenPane={props.onOpenPane}
        onCommand={props.onCommand}
      />
      <dl className="headers">
        <dt>To</dt>
        <dd data-testid="compose-to">{addressList(item.to)}</dd>
        <dt>Subject</dt>
        <dd data-testid="compose-subject">{item.subject}</dd>
        {props.api ? (
          <>
            <dt>Opened with</dt>
            <dd>
              <code>{props.api}</code>
            </dd>
          </>
        ) : null}
      </dl>
      {props.notifications.length > 0 ? (
        <ul className="notifications" data-testid="compose-notifications" aria-label="Add-in notifications">
          {props.notifications.map((n) => (
            <li key={n.key} className={`notification ${n.type}`}>
              {n.message}
            </li>
          ))}
        </ul>
      ) : null}
      <label className="compose-text">
        Your message (typed above the quoted original)
        <textarea
          rows={6}
          data-testid="compose-text"
          disabled={props.send.phase !== 'idle'}
          onChange={(e) => props.onText(e.target.value)}
        />
      </label>
      {props.compose.deliverAt ? (
        <p data-testid="compose-deliver-at">Delivery scheduled by the add-in: {props.compose.deliverAt}</p>
      ) : null}
      <SafeHtml html={item.bodyHtml ?? ''} title={`${meta.title}: body`} testId="compose-body" />
      <details>
        <summary>
          The message’s HTML as Outlook holds it (the add-in’s part, then the quoted original)
        </summary>
        <pre className="raw" data-testid="compose-raw">
          {item.bodyHtml ?? item.bodyText}
        </pre>
      </details>
    </section>
  );
}

interface AppointmentProps {
  readonly form: Extract<OpenedForm, { kind: 'appointment' }>;
  readonly iana: string;
  readonly onClose: () => void;
}

export function AppointmentWindow(props: AppointmentProps) {
  const { form } = props;
  const when = (iso: string | null) =>
    iso === null ? '(none)' : `${formatInZone(Date.parse(iso), props.iana)}`;
  return (
    <section
      className="window appointment"
      role="dialog"
      aria-label="New appointment"
      data-testid="appointment-window"
    >
      <header className="window-title">
        <h2>New appointment</h2>
        <span>
          <button type="button" onClick={props.onClose}>
            Save
          </button>{' '}
          <button type="button" onClick={props.onClose}>
            Discard
          </button>
        </span>
      </header>
      <dl className="headers">
        <dt>Subject</dt>
        <dd data-testid="appointment-subject">{form.subject}</dd>
        <dt>Start</dt>
        <dd data-testid="appointment-start" data-iso={form.start ?? ''}>
          {when(form.start)} <code>{form.start}</code>
        </dd>
        <dt>End</dt>
        <dd data-testid="appointment-end" data-iso={form.end ?? ''}>
          {when(form.end)} <code>{form.end}</code>
        </dd>
        {form.location ? (
          <>
            <dt>Location</dt>
            <dd>{form.location}</dd>
          </>
        ) : null}
        {form.requiredAttendees.length > 0 ? (
          <>
            <dt>Attendees</dt>
            <dd>{form.requiredAttendees.join('; ')}</dd>
          </>
        ) : null}
        <dt>Opened with</dt>
        <dd>
          <code>{form.api}</code>
        </dd>
      </dl>
      <pre className="raw" data-testid="appointment-body">
        {form.body}
      </pre>
    </section>
  );
}
