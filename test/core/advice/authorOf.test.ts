// How a reason names who wrote (authorOf): a person by the first name a draft would greet, a team or platform
// mailbox by its whole display name, else the address. One row a display name seen in real mail.
import assert from 'node:assert/strict';
import { authorOf } from '../../../src/core/advice/_lib/phrasing';
import type { Message } from '../../../src/core/types';

function from(name: string | null, address = 'someone@contoso.com'): Message {
  return {
    index: 0,
    from: { name, address },
    to: [],
    cc: [],
    sentAt: '2026-12-01T10:00:00+01:00',
    sentAtZoneStated: true,
    subject: 'Interview',
    text: '',
    signature: null,
    quoted: false,
    role: 'employer',
    automatic: false,
    calendar: [],
  };
}

const ROWS: readonly (readonly [string | null, string])[] = [
  ['Ada Lovelace', 'Ada'],
  ['Dr. Katharina Vogel', 'Katharina'],
  ['Vogel, Katharina', 'Katharina'],
  ['"Whitaker, James"', 'James'],
  // Family name first: the given name is the two words after it (r50; this row had named "Tan").
  ['Tan Hui Min', 'Hui Min'],
  ['Marie-Ève Gagnon, CRHA', 'Marie-Ève'],
  ['Recruiting Team Feldmann Medizintechnik', 'Recruiting Team Feldmann Medizintechnik'],
  ['Meridian Payments Careers', 'Meridian Payments Careers'],
  ['Talent Acquisition', 'Talent Acquisition'],
  [null, 'someone@contoso.com'],
];

describe('advice: who wrote, as a reason names them (authorOf)', () => {
  for (const [name, expected] of ROWS)
    it(`${String(name)} -> ${expected}`, () => assert.equal(authorOf(from(name)), expected));
});
