/**
 * Repairs text decoded as ISO-8859-1 where the sender meant windows-1252. WHATWG makes the two labels one
 * encoding, but Node's TextDecoder (and so postal-mime in the CLI) maps bytes 0x80-0x9F to C1 controls:
 * Outlook's curly quote (0x92) and en dash (0x96) would vanish. C1 controls never occur in real mail text.
 */
const WINDOWS_1252_C1: readonly string[] = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];

/** @example repairC1('team\u0092s') // 'team’s' */
export function repairC1(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}
