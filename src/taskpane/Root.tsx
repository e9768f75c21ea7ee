// Everything above the App: the theme (following Outlook's), and the services context.
import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { BoardHost } from '../office/board';
import type { AddinHost, ThemeInfo } from '../office/types';
import { App } from './components/App/App';
import { BoardTabs } from './components/Board/BoardTabs';
import { useBoardRecording } from './components/Board/useBoardRecording';
import { ServicesProvider, type TaskpaneServices } from './services';
import { fluentTheme } from './theme';

export interface RootProps {
  readonly host: AddinHost;
  /** Tests hand in an analyze returning a given Analysis; Outlook uses the core's. */
  readonly analyze?: TaskpaneServices['analyze'];
  readonly copyText?: TaskpaneServices['copyText'];
  /** Tests shorten the wait for Outlook's item and for the analysis (services.tsx WAIT_LIMIT_MS). */
  readonly waitLimitMs?: number;
  /** The applications board (issue 15); without it the pane shows the thread alone. */
  readonly board?: BoardHost;
}

export function Root({ host, analyze: given, copyText, board, waitLimitMs }: RootProps) {
  const [theme, setTheme] = useState<ThemeInfo>(() => host.theme());
  const { analyze, feed } = useBoardRecording(board, given);
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme.dark ? 'dark' : 'light'}>
      <ServicesProvider
        host={host}
        {...(analyze ? { analyze } : {})}
        {...(copyText ? { copyText } : {})}
        {...(waitLimitMs !== undefined ? { waitLimitMs } : {})}
      >
        <BoardTabs board={board} feed={feed}>
          <App />
        </BoardTabs>
      </ServicesProvider>
    </FluentProvider>
  );
}
