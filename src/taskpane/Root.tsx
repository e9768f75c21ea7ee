// Everything above the App: the theme (following Outlook's), and the services context.
import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AddinHost, ThemeInfo } from '../office/types';
import { App } from './components/App/App';
import { ServicesProvider, type TaskpaneServices } from './services';
import { fluentTheme } from './theme';

export interface RootProps {
  readonly host: AddinHost;
  /** Tests hand in an analyze returning a given Analysis; Outlook uses the core's. */
  readonly analyze?: TaskpaneServices['analyze'];
  readonly copyText?: TaskpaneServices['copyText'];
}

export function Root({ host, analyze, copyText }: RootProps) {
  const [theme, setTheme] = useState<ThemeInfo>(() => host.theme());
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme.dark ? 'dark' : 'light'}>
      <ServicesProvider host={host} {...(analyze ? { analyze } : {})} {...(copyText ? { copyText } : {})}>
        <App />
      </ServicesProvider>
    </FluentProvider>
  );
}
