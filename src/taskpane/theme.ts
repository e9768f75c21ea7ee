// The Fluent theme follows Outlook's (OUTLOOK-NOTES.md §6 item 7): the host decides light or dark.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeInfo } from '../office/types';

export function fluentTheme(info: ThemeInfo): Theme {
  return info.dark ? webDarkTheme : webLightTheme;
}
