// The zones the playground's zone control offers: the Windows name Outlook reports in
// userProfile.timeZone (what the add-in reads) and the IANA name the playground formats dates with.
export interface ZoneChoice {
  readonly windows: string;
  readonly iana: string;
  readonly label: string;
}

export const ZONES: readonly ZoneChoice[] = [
  { windows: 'Eastern Standard Time', iana: 'America/New_York', label: 'New York (Eastern)' },
  { windows: 'Central Standard Time', iana: 'America/Chicago', label: 'Chicago (Central)' },
  { windows: 'Pacific Standard Time', iana: 'America/Los_Angeles', label: 'Los Angeles (Pacific)' },
  { windows: 'GMT Standard Time', iana: 'Europe/London', label: 'London' },
  { windows: 'W. Europe Standard Time', iana: 'Europe/Berlin', label: 'Berlin' },
  { windows: 'India Standard Time', iana: 'Asia/Kolkata', label: 'India' },
  { windows: 'Singapore Standard Time', iana: 'Asia/Singapore', label: 'Singapore' },
  { windows: 'AUS Eastern Standard Time', iana: 'Australia/Sydney', label: 'Sydney' },
];

export function ianaOf(windows: string): string {
  return ZONES.find((z) => z.windows === windows)?.iana ?? 'UTC';
}
