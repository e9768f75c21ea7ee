// Send in the playground's compose window (issue 16): the status Outlook shows while the add-in checks the
// message, the Smart Alerts dialog as Outlook draws it ("Send anyway" under SendMode PromptUser, "Don't
// send", and from Mailbox 1.14 the add-in's action button), and the messages sent, with how each went.
import type { SendPhase, SentMessage } from '../host/smartAlerts';
import { ADDIN_NAME } from '../host/smartAlerts';
import { formatInZone } from './format';

export function SendStatus(props: { readonly phase: SendPhase }) {
  if (props.phase.phase !== 'checking') return null;
  return (
    <p className="send-status" role="status" data-testid="send-status">
      {ADDIN_NAME} is checking your message…
    </p>
  );
}

interface AlertProps {
  readonly phase: SendPhase;
  readonly onChoice: (choice: 'send-anyway' | 'dont-send' | 'take-action') => void;
}

export function SmartAlert({ phase, onChoice }: AlertProps) {
  if (phase.phase !== 'alert') return null;
  return (
    <div
      className="smart-alert"
      role="alertdialog"
      aria-label={ADDIN_NAME}
      aria-describedby="smart-alert-text"
      data-testid="smart-alert"
    >
      <h3>{ADDIN_NAME}</h3>
      <p id="smart-alert-text" data-testid="smart-alert-text">
        {phase.message}
      </p>
      <div className="smart-alert-buttons">
        {phase.takeAction !== null ? (
          <button
            type="button"
            onClick={() => onChoice('take-action')}
            data-command={phase.takeAction.commandId}
          >
            {phase.takeAction.label}
          </button>
        ) : null}
        <button type="button" onClick={() => onChoice('send-anyway')}>
          Send anyway
        </button>
        <button type="button" onClick={() => onChoice('dont-send')}>
          {"Don't send"}
        </button>
      </div>
    </div>
  );
}

const HOW: Readonly<Record<SentMessage['how'], string>> = {
  'no-smart-alerts': 'sent at once: this Outlook runs no add-in on Send',
  checked: 'sent: the add-in let it go',
  'sent-anyway': 'sent anyway, after the alert',
};

export function SentList(props: { readonly sent: readonly SentMessage[]; readonly iana: string }) {
  if (props.sent.length === 0) return null;
  return (
    <section className="sent" aria-label="Sent items" data-testid="sent-items">
      <h2>Sent</h2>
      <ul>
        {props.sent.map((m, i) => (
          <li key={i} data-how={m.how}>
            <strong>{m.subject || '(no subject)'}</strong> to {m.to}, {formatInZone(m.at, props.iana)}:{' '}
            {HOW[m.how]}
            {m.deliverAt !== null
              ? ` (delivery scheduled for ${formatInZone(Date.parse(m.deliverAt), props.iana)})`
              : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
