// Requirement sets as Outlook answers isSetSupported. Versions compare as numbers per part: 1.10 is newer
// than 1.9, which a string or float comparison gets wrong.

/** `"1.14"` -> [1, 14]; anything unreadable -> null. */
export function parseVersion(version: string): readonly [number, number] | null {
  const match = /^(\d{1,3})(?:\.(\d{1,3}))?$/.exec(version.trim());
  if (match === null) return null;
  return [Number(match[1]), Number(match[2] ?? '0')];
}

/** Whether a host whose highest Mailbox set is `supported` answers true for `name`/`minVersion`. */
export function isSetSupported(supported: string, name: string, minVersion?: string): boolean {
  if (name.toLowerCase() !== 'mailbox') return false;
  if (minVersion === undefined) return true;
  const have = parseVersion(supported);
  const want = parseVersion(minVersion);
  if (have === null || want === null) return false;
  return have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]);
}

/** Mobile Outlook runs add-ins only up to Mailbox 1.5 and has no reply or appointment forms. */
export function isMobileHost(hostName: string): boolean {
  return hostName === 'OutlookIOS' || hostName === 'OutlookAndroid';
}
