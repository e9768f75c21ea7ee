// Light or dark from Outlook's theme colours: isDarkTheme is not supported in Outlook, so darkness is read
// from bodyBackgroundColor's luminance (OUTLOOK-NOTES.md §5, §6.7). officeTheme is Mailbox 1.14.
import { officeApi, supportsMailbox } from './officeGlobal';
import type { ThemeInfo } from './types';

/** WCAG relative luminance of `#rgb` / `#rrggbb`, or null where the text is not such a colour. */
export function relativeLuminance(colour: string): number | null {
  const hex = colour.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (i: number): number => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Dark where black text would contrast less with the background than white text does (luminance below
 * about 0.18); light where the colour is missing or unreadable.
 */
export function themeFromColours(
  theme: Partial<Pick<Office.OfficeTheme, 'bodyBackgroundColor'>> | null | undefined,
): ThemeInfo {
  const luminance =
    typeof theme?.bodyBackgroundColor === 'string' ? relativeLuminance(theme.bodyBackgroundColor) : null;
  if (luminance === null) return { dark: false };
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  return { dark: contrastWithWhite > contrastWithBlack };
}

/** The current theme; light where Mailbox 1.14 or the theme object is missing. */
export function currentTheme(): ThemeInfo {
  const office = officeApi();
  if (!office.ok || !supportsMailbox('1.14')) return { dark: false };
  try {
    return themeFromColours(office.value.context.officeTheme);
  } catch {
    return { dark: false };
  }
}
