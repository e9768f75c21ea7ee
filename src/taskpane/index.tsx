// The taskpane's entry: wait for Office.onReady (through src/office, the only code that names Office), then
// render the app with the Office-backed host. A page opened outside Outlook says so instead of staying blank.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficeHost, whenOfficeReady } from '../office';
import { createOfficeBoard } from '../office/board';
import { NoticeBar } from './components/NoticeBar';
import { Root } from './Root';

function fatal(message: string) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <NoticeBar intent="error" title="Follow-up Coach could not start" message={message} />
      </main>
    </FluentProvider>
  );
}

async function start(container: HTMLElement) {
  const root = createRoot(container);
  const ready = await whenOfficeReady();
  if (!ready.ok) {
    root.render(fatal(`${ready.error.message} Close the pane and open it again from Outlook.`));
    return;
  }
  const host = createOfficeHost();
  root.render(<Root host={host} board={createOfficeBoard(host.now)} />);
}

const container = document.getElementById('container');
if (container) void start(container);
