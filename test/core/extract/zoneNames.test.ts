// A zone named after a time (issue 13, class 8), one row a wording: IANA names as schedulers write them, read
// before the zone words, so "Pacific/Auckland" is New Zealand and "America/Indiana/Indianapolis" is Indiana.
import assert from 'node:assert/strict';
import { namedZone } from '../../../src/core/extract/detectors/chronoDates';
import { findInText } from '../../../src/core/extract';

const ZONES: readonly (readonly [string, string | null])[] = [
  ['(Pacific/Auckland), Thursday', 'Pacific/Auckland'],
  ['(Pacific/Honolulu)', 'Pacific/Honolulu'],
  ['(America/Chicago)', 'America/Chicago'],
  ['(America/Indiana/Indianapolis)', 'America/Indiana/Indianapolis'],
  ['(Australia/Sydney)', 'Australia/Sydney'],
  ['(Atlantic/Reykjavik)', 'Atlantic/Reykjavik'],
  ['Pacific Time', 'America/Los_Angeles'],
  ['(Pacific/Nowhere)', null],
];

describe('extract: a zone named after a time', () => {
  for (const [text, zone] of ZONES)
    it(`${JSON.stringify(text)} -> ${String(zone)}`, () => {
      const got = namedZone(text.replace(/^\(/, ''));
      if (zone === null) assert.notEqual(got, 'Pacific/Nowhere');
      else assert.equal(got, zone);
    });

  it('a Calendly line with a range and an IANA zone gives the interview in that zone', () => {
    const found = findInText(
      'Event Type:\nInterview with Ana Folau\n\nEvent Date/Time:\n10:30am - 11:15am (Pacific/Auckland), Thursday, December 10, 2026',
      '2026-12-04T09:12:00+13:00',
      { tz: 'Pacific/Auckland' },
    );
    const interview = found.find((f) => f.kind === 'interview');
    assert.ok(interview?.kind === 'interview', JSON.stringify(found));
    assert.equal(interview.date, '2026-12-10');
    assert.equal(interview.time, '10:30');
  });
});
