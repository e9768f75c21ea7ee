import { intlKnowsZone } from './_lib/intlZone';
import { WINDOWS_ZONES } from './windowsZones';
import type { Warning } from '../types';

export interface ResolvedZone {
  /** An IANA zone this runtime's Intl knows. */
  readonly zone: string;
  /** False where the name was unknown and UTC stands in for it. */
  readonly known: boolean;
  readonly warning: Warning | null;
}

/** Lower-cased Windows names, so "pacific standard time" resolves as Outlook's own spelling does. */
const WINDOWS_BY_LOWER: ReadonlyMap<string, string> = new Map(
  [...WINDOWS_ZONES].map(([windows, iana]) => [windows.toLowerCase(), iana]),
);

function windowsToIana(windowsName: string): string | undefined {
  const iana = WINDOWS_BY_LOWER.get(windowsName.toLowerCase());
  return iana !== undefined && intlKnowsZone(iana) ? iana : undefined;
}

/**
 * Resolves an IANA name or a Windows zone name (Outlook's userProfile.timeZone, "Pacific Standard Time")
 * through CLDR's windowsZones mapping. An unknown name falls back to UTC with a visible warning, never a throw.
 * @example resolveZone('Pacific Standard Time').zone === 'America/Los_Angeles'
 */
export function resolveZone(name: string): ResolvedZone {
  const trimmed = name.trim();
  if (trimmed !== '' && intlKnowsZone(trimmed)) return { zone: trimmed, known: true, warning: null };
  const iana = windowsToIana(trimmed);
  if (iana) return { zone: iana, known: true, warning: null };
  return {
    zone: 'UTC',
    known: false,
    warning: {
      code: 'unknown-time-zone',
      message: `Unknown time zone "${trimmed.slice(0, 80)}": dates are shown in UTC.`,
    },
  };
}
