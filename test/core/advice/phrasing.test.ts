import assert from 'node:assert/strict';
import { clockWords, dayMonth, weekdayDayMonth } from '../../../src/core/advice';
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
