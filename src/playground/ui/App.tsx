// The playground: an Outlook reading pane around the real add-in. The taskpane and the function commands
// run from dist/playground/*.html, the same bundles Outlook loads, with the fake Office in place of office.js.
import { useCallback, useEffect, useRef, useState } from 'react';
import { itemKey } from '../fakeOffice/itemKey';
import type { PlaygroundHost } from '../host/playgroundHost';
import { ianaOf } from '../host/zones';
import { Controls } from './Controls';
import { Mailbox } from './Mailbox';
import { ReadingPane } from './ReadingPane';
import { CommandStatus, Ribbon, type CommandName } from './Ribbon';
import { useHostState } from './useHostState';
import { AppointmentWindow, ComposeWindowView } from './Windows';
import { SentList } from './SendCheck';
import { SEND_HANDLER_NAME } from '../../launchevent/names';

const TASKPANE_URL = 'playground/taskpane.html';
const COMMANDS_URL = 'playground/commands.html';
/** The event-based runtime's page (manifest Runtime): loaded afresh for each Send, as Outlook does. */
const LAUNCH_EVENT_URL = 'playground/launchevent.html';
/** How long the commands page may take to register its functions before the run is reported as missing. */
const ASSOCIATE_WAIT_MS = 10_000;

interface AppProps {
  readonly host: PlaygroundHost;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onSelect: (id: string) => void;
}

export function App({ host, onFiles, onSelect }: AppProps) {
  const state = useHostState(host);
  const iana = ianaOf(state.zone);
  const [commandRun, setCommandRun] = useState<{ name: CommandName; nonce: number } | null>(null);
  const nonce = useRef(0);
  const lastRun = state.commands.at(-1);
  const busy = lastRun?.state === 'working';

  // The page itself follows the Office theme, as Outlook's chrome does.
  useEffect(() => {
    document.documentElement.dataset['theme'] = state.theme;
  }, [state.theme]);

  const runCommand = useCallback(
    (name: CommandName, surface: 'read' | 'compose') => {
      host.useSurface(surface);
      host.resetActions();
      nonce.current += 1;
      setCommandRun({ name, nonce: nonce.current });
    },
    [host],
  );

  // Once the commands page has loaded and registered its functions, invoke the one the button names.
  const onCommandsLoaded = useCallback(() => {
    if (commandRun === null) return;
    const started = Date.now();
    const poll = () => {
      if (host.hasAction(commandRun.name) || Date.now() - started > ASSOCIATE_WAIT_MS) {
        host.invokeCommand(commandRun.name);
        return;
      }
      setTimeout(poll, 20);
    };
    poll();
  }, [commandRun, host]);

  // Send: load the event page (a fresh runtime), wait for its handler, then let Outlook dispatch the event.
  const [sendRun, setSendRun] = useState<number | null>(null);
  const startSend = useCallback(() => {
    host.resetActions();
    if (host.startSend() === 'checking') {
      nonce.current += 1;
      setSendRun(nonce.current);
    }
  }, [host]);
  const onLaunchEventLoaded = useCallback(() => {
    const started = Date.now();
    const poll = () => {
      if (host.hasAction(SEND_HANDLER_NAME) || Date.now() - started > ASSOCIATE_WAIT_MS) {
        host.dispatchSend();
        return;
      }
      setTimeout(poll, 20);
    };
    poll();
  }, [host]);

  const selected = host.selectedThread();
  const lastReplyForm = [...state.forms]
    .reverse()
    .find((f) => f.kind === 'reply' || f.kind === 'new-message');

  return (
    <div className="playground">
      <header className="topbar">
        <h1>Follow-up Coach playground</h1>
        <Controls host={host} state={state} />
      </header>
      <div className="commandbar">
        <Ribbon
          surface="read"
          disabled={selected === null || busy}
          onOpenPane={() => host.openPane('read')}
          onCommand={(name) => runCommand(name, 'read')}
        />
        <CommandStatus run={lastRun} />
      </div>
      <div className={`columns${state.paneOpen ? ' with-pane' : ''}`}>
        <Mailbox
          threads={state.threads}
          selectedId={state.selectedId}
          onSelect={onSelect}
          onFiles={onFiles}
        />
        <ReadingPane
          item={selected?.item ?? null}
          notifications={selected?.item.itemId ? (state.notifications[selected.item.itemId] ?? []) : []}
          iana={iana}
          onReply={() => host.startReply()}
        />
        {state.paneOpen ? (
          <aside className="taskpane" aria-label="Add-in task pane">
            <div className="taskpane-title">
              <span>Follow-up Coach{state.surface === 'compose' ? ' (compose)' : ''}</span>
              <label>
                <input
                  type="checkbox"
                  checked={state.pinned}
                  onChange={(e) => host.setPinned(e.target.checked)}
                />{' '}
                Pin
              </label>
              <button type="button" aria-label="Close task pane" onClick={() => host.closePane()}>
                ×
              </button>
            </div>
            <iframe
              key={state.paneGeneration}
              src={TASKPANE_URL}
              title="Follow-up Coach task pane"
              data-testid="taskpane-frame"
            />
          </aside>
        ) : null}
      </div>
      <div className="windows">
        {state.compose !== null ? (
          <ComposeWindowView
            compose={state.compose}
            notifications={state.notifications[itemKey(state.compose.item)] ?? []}
            api={state.compose.origin === 'user-reply' ? null : (lastReplyForm?.api ?? null)}
            busy={busy}
            onOpenPane={() => host.openPane('compose')}
            onCommand={(name) => runCommand(name, 'compose')}
            onClose={() => host.closeCompose()}
            send={state.send}
            onText={(text) => host.setComposeText(text)}
            onSend={startSend}
            onAlert={(choice) => host.resolveAlert(choice)}
          />
        ) : null}
        {state.forms.map((form, index) =>
          form.kind === 'appointment' ? (
            <AppointmentWindow key={index} form={form} iana={iana} onClose={() => host.dismissForm(index)} />
          ) : null,
        )}
      </div>
      <SentList sent={state.sent} iana={iana} />
      {sendRun !== null && state.send.phase === 'checking' ? (
        <iframe
          key={sendRun}
          className="commands-frame"
          src={LAUNCH_EVENT_URL}
          title="Follow-up Coach send check"
          hidden
          onLoad={onLaunchEventLoaded}
          data-testid="launchevent-frame"
        />
      ) : null}
      {commandRun !== null ? (
        <iframe
          key={commandRun.nonce}
          className="commands-frame"
          src={COMMANDS_URL}
          title="Follow-up Coach function commands"
          hidden
          onLoad={onCommandsLoaded}
          data-testid="commands-frame"
        />
      ) : null}
    </div>
  );
}
