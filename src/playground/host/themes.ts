// Office theme colours as Outlook reports them in Office.context.officeTheme (Mailbox 1.14); the add-in
// derives light or dark from bodyBackgroundColor's luminance (OUTLOOK-NOTES.md §6.7).
import type { FakeTheme } from '../fakeOffice/hostTypes';

export type ThemeName = 'light' | 'dark';

export const THEMES: Readonly<Record<ThemeName, FakeTheme>> = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#F5F5F5',
    controlForegroundColor: '#242424',
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#1F1F1F',
    controlForegroundColor: '#FFFFFF',
  },
};
