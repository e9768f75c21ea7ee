// The simulated world: the clock (watch the advice change over days), the user's zone, the Office theme
// and which Outlook (and so which requirement sets) the add-in runs in.
import { useEffect, useState } from 'react';
import type { FakeFailure } from '../fakeOffice/hostTypes';
import type { PlaygroundHost, PlaygroundState } from '../host/playgroundHost';
import { ianaOf, ZONES } from '../host/zones';
import { formatInZone, fromLocalInput, toLocalInput } from './format';

export const HOSTS: readonly {
  readonly id: string;
  readonly hostName: string;
  readonly version: string;
  readonly label: string;
}[] = [
  { id: 'web', hostName: 'OutlookWebApp', version: '1.14', label: 'Outlook on the web (Mailbox 1.14)' },
  { id: 'new', hostName: 'newOutlookWindows', version: '1.14', label: 'New Outlook on Windows (1.14)' },
  { id: 'classic', hostName: 'Outlook', version: '1.14', label: 'Classic Outlook on Windows (1.14)' },
  // Smart Alerts (issue 16): 1.12 runs the check on Send, 1.13 adds delivery later, 1.14 the alert's button.
  { id: 'classic-113', hostName: 'Outlook', version: '1.13', label: 'Classic Outlook, older build (1.13)' },
  { id: 'classic-112', hostName: 'Outlook', version: '1.12', label: 'Classic Outlook, older build (1.12)' },
  { id: 'no-alerts', hostName: 'Outlook', version: '1.11', label: 'Outlook 2021 (1.11: no Smart Alerts)' },
  { id: 'old', hostName: 'Outlook', version: '1.8', label: 'Older Outlook build (1.8)' },
  { id: 'ios', hostName: 'OutlookIOS', version: '1.5', label: 'Outlook on iOS (1.5)' },
];

/** The failures a user can switch on, to see the add-in's failure paths (hostTypes.ts FakeFailure). */
export const FAILURES: readonly { readonly id: FakeFailure; readonly label: string }[] = [
  { id: 'none', label: 'None' },
  { id: 'read-fails', label: 'Reading the message fails' },
  { id: 'actions-fail', label: 'Opening forms and inserting fail' },
  { id: 'settings-full', label: 'Settings storage full (9057)' },
  { id: 'never-ready', label: 'Office never becomes ready' },
  { id: 'no-office-js', label: 'office.js fails to load' },
];

export function failureOf(id: string | null): FakeFailure | null {
  return FAILURES.find((f) => f.id === id)?.id ?? null;
}

export function Controls(props: { readonly host: PlaygroundHost; readonly state: PlaygroundState }) {
  const { host, state } = props;
  const iana = ianaOf(state.zone);
  const now = host.now();
  const [draft, setDraft] = useState(toLocalInput(now, iana));
  // Follow the clock when it is moved elsewhere (a sample opened, a day added).
  useEffect(() => setDraft(toLocalInput(host.now(), iana)), [host, iana, state.clockBase]);
  const hostId =
    HOSTS.find((h) => h.hostName === state.hostName && h.version === state.mailboxVersion)?.id ?? 'web';
  return (
    <form className="controls" aria-label="Simulation" onSubmit={(e) => e.preventDefault()}>
      <label>
        Clock
        <input
          type="datetime-local"
          value={draft}
          data-testid="clock-input"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            const ms = fromLocalInput(draft, iana);
            if (ms !== null && Math.abs(ms - host.now()) >= 60_000) host.setClock(ms);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            const ms = fromLocalInput(draft, iana);
            if (ms !== null) host.setClock(ms);
          }}
        />
      </label>
      <button type="button" onClick={() => host.shiftClock(-1)}>
        −1 day
      </button>
      <button type="button" onClick={() => host.shiftClock(1)}>
        +1 day
      </button>
      <button type="button" onClick={() => host.shiftClock(7)}>
        +1 week
      </button>
      <output data-testid="clock-now" data-epoch={now}>
        {formatInZone(now, iana)}
      </output>
      <label>
        Time zone
        <select value={state.zone} onChange={(e) => host.setZone(e.target.value)} data-testid="zone-select">
          {ZONES.map((z) => (
            <option key={z.windows} value={z.windows}>
              {z.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Theme
        <select
          value={state.theme}
          onChange={(e) => host.setTheme(e.target.value === 'dark' ? 'dark' : 'light')}
          data-testid="theme-select"
        >
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label>
        Outlook
        <select
          value={hostId}
          onChange={(e) => {
            const choice = HOSTS.find((h) => h.id === e.target.value);
            if (choice) host.setHostProfile(choice.hostName, choice.version);
          }}
          data-testid="host-select"
        >
          {HOSTS.map((h) => (
            <option key={h.id} value={h.id}>
              {h.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Failure
        <select
          value={state.failure}
          onChange={(e) => host.setFailure(failureOf(e.target.value) ?? 'none')}
          data-testid="failure-select"
        >
          {FAILURES.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
