import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findInText } from '../../../src/core/extract';

// The core is total over strings (STYLE.md practice 8): any text, any sent time, any zone name.
const words = fc.constantFrom(
  'by',
  'within',
  'two',
  '5-7',
  'business',
  'days',
  'weeks',
  'next',
  'Friday',
  'the 31st',
  'Feb 29',
  '12/13',
  'at',
  '2pm',
  'EST',
  'interview',
  'please',
  "don't",
  'call',
  'until',
  'after',
  'of',
  'the',
  'closing date',
  ',',
  '.',
  '\n',
  'mid-',
  'Q5',
  '99/99',
  'before',
  'Christmas',
  'or',
  'instead',
);

describe('findInText is total', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        assert.ok(Array.isArray(findInText(text, '2026-11-10T10:00:00-05:00', { tz: 'America/New_York' })));
      }),
      { numRuns: 200 },
    );
  });
  it('never throws on date-like word salad, bad sent times or unknown zones', () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 30 }),
        fc.constantFrom('2026-11-10T10:00:00-05:00', 'not a date', '', '2028-02-29T23:59:59Z'),
        fc.constantFrom('America/New_York', 'Europe/London', 'Mars/Base', ''),
        (parts, sentAt, tz) => {
          assert.ok(Array.isArray(findInText(parts.join(' '), sentAt, { tz })));
        },
      ),
      { numRuns: 300 },
    );
  });
});
