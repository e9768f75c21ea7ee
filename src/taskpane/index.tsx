// The taskpane's entry (issue 12): paint the shell at once, then wait for Office.onReady (through src/office,
// the only code that names Office), then render the app with the Office-backed host; the analysis runs after
// that first paint, in a worker the page's head started before Office.js loads. Where Office never becomes ready, the
// pane says what happened after READY_TIMEOUT_MS instead of staying blank, and still starts if Outlook answers
// late.
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeHost, READY_TIMEOUT_MS, whenOfficeReady, withFirstReadStarted } from '../office';
import { officeStalled } from '../office/problems';
import { lazyOfficeBoard } from './components/Board/boardChunk';
import { NoticeBar } from './components/NoticeBar';
import { mark } from './lib/marks';
import { Root } from './Root';

mark('start');

function shell(children: ReactNode) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>{children}</main>
    </FluentProvider>
  );
}

function fatal(title: string, message: string) {
  return shell(<NoticeBar intent="error" title={title} message={message} />);
}

async function start(container: HTMLElement) {
  const root = createRoot(container);
  root.render(shell(<Spinner label="Starting…" />));
  const stalled = setTimeout(
    () =>
      root.render(
        fatal('Outlook did not answer', officeStalled(Math.round(READY_TIMEOUT_MS / 1000)).message),
      ),
    READY_TIMEOUT_MS,
  );
  const ready = await whenOfficeReady();
  clearTimeout(stalled);
  mark('office-ready');
  if (!ready.ok) {
    root.render(fatal('Follow-up Coach could not start', ready.error.message));
    return;
  }
  const host = withFirstReadStarted(createOfficeHost());
  root.render(<Root host={host} board={lazyOfficeBoard(host.now)} />);
}

const container = document.getElementById('container');
if (container) void start(container);
