import assert from 'node:assert/strict';
import { clockWords, dayMonth, weekdayDayMonth } from '../../../src/core/advice';
import { quote } from '../../../src/core/advice/_lib/phrasing';
import { monthFirstZone } from '../../../src/core/time';

// How the reasons write dates and times, by where the user is (the drafts follow the same rule).
const DATES: readonly [string, string | undefined, boolean, string, string][] = [
  ['2026-11-26', '2026-11-20', false, '26 November', 'Thursday 26 November'],
  ['2026-11-26', '2026-11-20', true, 'November 26', 'Thursday, November 26'],
  ['2027-01-04', '2026-12-28', false, '4 January 2027', 'Monday 4 January 2027'],
  ['2027-01-04', '2026-12-28', true, 'January 4, 2027', 'Monday, January 4, 2027'],
  ['2026-03-01', undefined, true, 'March 1', 'Sunday, March 1'],
];

describe('reason dates, by reading order', () => {
  for (const [date, today, us, day, weekday] of DATES)
    it(`${date} (${us ? 'month first' : 'day first'}) → ${weekday}`, () => {
      assert.equal(dayMonth(date, today, us), day);
      assert.equal(weekdayDayMonth(date, today, us), weekday);
    });
});

const CLOCKS: readonly [string, boolean, string][] = [
  ['14:00', false, '14:00'],
  ['14:00', true, '2:00 PM'],
  ['00:30', true, '12:30 AM'],
  ['12:00', true, '12:00 PM'],
  ['09:05', true, '9:05 AM'],
  ['soon', true, 'soon'],
];

describe('reason clock times', () => {
  for (const [hhmm, us, want] of CLOCKS)
    it(`${hhmm} (${us ? '12-hour' : '24-hour'}) → ${want}`, () => assert.equal(clockWords(hhmm, us), want));
});

const ZONES: readonly [string, boolean][] = [
  ['America/New_York', true],
  ['America/Toronto', true],
  ['Pacific/Honolulu', true],
  ['America/Sao_Paulo', false],
  ['America/Mexico_City', false],
  ['Europe/London', false],
  ['Asia/Kolkata', false],
];

describe('who writes dates month first', () => {
  for (const [tz, want] of ZONES) it(`${tz}: ${want}`, () => assert.equal(monthFirstZone(tz), want));
});

// A long sentence is cut at 160 characters, but never cut off the words that decided the date (QA round 9:
// "...so please don't reach out for an update be…" lost its January 11).
describe('quotes keep the finding in view', () => {
  const long =
    "The district office closes for winter break on December 19, and the committee won't meet again until the new year, so please don't reach out for an update before January 11.";
  it('starts a little before a phrase that lies past the cut', () => {
    const q = quote(long, "please don't reach out for an update before January 11");
    assert.ok(q.startsWith("'…"), q);
    assert.ok(q.includes("please don't reach out for an update before January 11'"), q);
    assert.ok(q.length <= 163, q);
  });
  it('cuts at the end as before where the phrase is already in view, or not given', () => {
    assert.equal(quote(long, 'winter break'), `'${long.slice(0, 157)}…'`);
    assert.equal(quote(long), `'${long.slice(0, 157)}…'`);
    assert.equal(
      quote('We will be in touch within two weeks.', 'within two weeks'),
      "'We will be in touch within two weeks'",
    );
  });
});
