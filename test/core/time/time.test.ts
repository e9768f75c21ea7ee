import assert from 'node:assert/strict';
import {
  addBusinessDays,
  addDays,
  addMinutesIso,
  addMonthsClamped,
  dateInZone,
  daysBetween,
  endOfMonth,
  endOfMonthAfter,
  endOfQuarter,
  endOfWorkWeek,
  englandWalesBankHolidays,
  isIsoDate,
  isPublicHoliday,
  isWeekend,
  nextBusinessDay,
  nextWeekdayAfter,
  shiftOffWeekend,
  toZonedIso,
  usFederalHolidays,
  zonedDateTimeToIso,
  type HolidayCalendar,
} from '../../../src/core/time';

describe('dateInZone', () => {
  const rows: readonly [string, string, string, string][] = [
    [
      'late evening in New York keeps the local date',
      '2026-11-11T04:30:00Z',
      'America/New_York',
      '2026-11-10',
    ],
    ['Tokyo is already tomorrow', '2026-11-10T16:00:00Z', 'Asia/Tokyo', '2026-11-11'],
    [
      'the offset in the text does not decide the zone',
      '2026-12-31T23:30:00-05:00',
      'Europe/London',
      '2027-01-01',
    ],
    ['year end in UTC', '2026-12-31T23:59:59Z', 'UTC', '2026-12-31'],
    [
      'fall-back night in New York (01:30 happens twice)',
      '2026-11-01T05:30:00Z',
      'America/New_York',
      '2026-11-01',
    ],
    ['an unknown zone reads as UTC', '2026-11-11T04:30:00Z', 'Mars/Base', '2026-11-11'],
    ['a Windows zone name works', '2026-11-11T04:30:00Z', 'Eastern Standard Time', '2026-11-10'],
  ];
  for (const [name, at, tz, want] of rows) it(name, () => assert.equal(dateInZone(at, tz), want));
  it('accepts epoch milliseconds', () =>
    assert.equal(dateInZone(Date.UTC(2028, 1, 29, 12), 'UTC'), '2028-02-29'));
});

describe('toZonedIso and zonedDateTimeToIso', () => {
  const rows: readonly [string, string, string, string][] = [
    ['New York winter offset', '2026-11-10T19:00:00Z', 'America/New_York', '2026-11-10T14:00:00-05:00'],
    ['New York summer offset', '2026-06-18T18:00:00Z', 'America/New_York', '2026-06-18T14:00:00-04:00'],
    ['London in BST', '2026-07-01T08:00:00Z', 'Europe/London', '2026-07-01T09:00:00+01:00'],
    ['UTC writes +00:00', '2026-07-01T08:00:00Z', 'UTC', '2026-07-01T08:00:00+00:00'],
    ['Kolkata half hour', '2026-07-01T08:00:00Z', 'Asia/Kolkata', '2026-07-01T13:30:00+05:30'],
  ];
  for (const [name, at, tz, want] of rows)
    it(`toZonedIso: ${name}`, () => assert.equal(toZonedIso(at, tz), want));

  const wall: readonly [string, string, string, string, string][] = [
    [
      'the day New York springs forward',
      '2026-03-08',
      '09:00',
      'America/New_York',
      '2026-03-08T09:00:00-04:00',
    ],
    [
      'the day before New York springs forward',
      '2026-03-07',
      '09:00',
      'America/New_York',
      '2026-03-07T09:00:00-05:00',
    ],
    ['a skipped time moves forward', '2026-03-08', '02:30', 'America/New_York', '2026-03-08T03:30:00-04:00'],
    [
      'a repeated time takes the earlier instant',
      '2026-11-01',
      '01:30',
      'America/New_York',
      '2026-11-01T01:30:00-04:00',
    ],
    ['London after the clocks go back', '2026-10-26', '10:00', 'Europe/London', '2026-10-26T10:00:00+00:00'],
    [
      'London the day the clocks go forward',
      '2026-03-29',
      '10:00',
      'Europe/London',
      '2026-03-29T10:00:00+01:00',
    ],
    ['29 February 2028', '2028-02-29', '14:15', 'Europe/London', '2028-02-29T14:15:00+00:00'],
  ];
  for (const [name, d, t, tz, want] of wall) {
    it(`zonedDateTimeToIso: ${name}`, () => assert.equal(zonedDateTimeToIso(d, t, tz), want));
  }
  it('an hour-long interview across the fall-back hour ends an hour later in instants', () =>
    assert.equal(
      addMinutesIso('2026-11-01T01:30:00-04:00', 60, 'America/New_York'),
      '2026-11-01T01:30:00-05:00',
    ));
});

describe('calendar arithmetic', () => {
  const rows: readonly [string, () => unknown, unknown][] = [
    ['addDays crosses the year end', () => addDays('2026-12-31', 1), '2027-01-01'],
    ['addDays lands on 29 February 2028', () => addDays('2028-02-28', 1), '2028-02-29'],
    ['addDays skips 29 February in 2027', () => addDays('2027-02-28', 1), '2027-03-01'],
    ['addDays across the New York DST week is 7 calendar days', () => addDays('2026-03-05', 7), '2026-03-12'],
    ['addDays backwards', () => addDays('2027-01-03', -7), '2026-12-27'],
    ['daysBetween across a year end', () => daysBetween('2026-12-29', '2027-01-05'), 7],
    ['daysBetween across 29 February 2028', () => daysBetween('2028-02-28', '2028-03-01'), 2],
    ['daysBetween negative', () => daysBetween('2026-11-10', '2026-11-03'), -7],
    ['a month after 31 January 2028 is 29 February', () => addMonthsClamped('2028-01-31', 1), '2028-02-29'],
    ['a month after 31 January 2027 is 28 February', () => addMonthsClamped('2027-01-31', 1), '2027-02-28'],
    ['a month after 15 December crosses the year', () => addMonthsClamped('2026-12-15', 1), '2027-01-15'],
    ['end of a leap February', () => endOfMonth('2028-02-03'), '2028-02-29'],
    ['end of next month from December', () => endOfMonthAfter('2026-12-10', 1), '2027-01-31'],
    ['end of quarter in November', () => endOfQuarter('2026-11-02'), '2026-12-31'],
    ['end of quarter in February', () => endOfQuarter('2028-02-29'), '2028-03-31'],
    [
      'end of the work week from a Sunday is the Friday before',
      () => endOfWorkWeek('2026-11-29'),
      '2026-11-27',
    ],
    ['end of the work week from a Monday', () => endOfWorkWeek('2026-11-23'), '2026-11-27'],
    [
      'next Friday written on a Friday is a week later',
      () => nextWeekdayAfter('2026-11-27', 5),
      '2026-12-04',
    ],
    ['next Monday written on a Sunday is tomorrow', () => nextWeekdayAfter('2026-11-29', 1), '2026-11-30'],
    ['next Monday over the year end', () => nextWeekdayAfter('2026-12-31', 1), '2027-01-04'],
    ['Saturday is a weekend', () => isWeekend('2026-11-28'), true],
    ['Friday is not a weekend', () => isWeekend('2026-11-27'), false],
    ['Saturday shifts to Monday', () => shiftOffWeekend('2026-11-28'), '2026-11-30'],
    ['Sunday shifts to Monday', () => shiftOffWeekend('2026-11-29'), '2026-11-30'],
    ['Wednesday stays', () => shiftOffWeekend('2026-11-25'), '2026-11-25'],
    ['shift across the year end', () => shiftOffWeekend('2028-12-31'), '2029-01-01'],
    ['isIsoDate accepts 29 February 2028', () => isIsoDate('2028-02-29'), true],
    ['isIsoDate rejects 29 February 2027', () => isIsoDate('2027-02-29'), false],
    ['isIsoDate rejects text', () => isIsoDate('next week'), false],
  ];
  for (const [name, f, want] of rows) it(name, () => assert.equal(f(), want));
});

describe('business days and public holidays', () => {
  const rows: readonly [string, string, number, HolidayCalendar, string][] = [
    ['5 business days from a Friday', '2026-11-27', 5, 'none', '2026-12-04'],
    ['5 business days from a Wednesday skip one weekend', '2026-11-25', 5, 'none', '2026-12-02'],
    ['from a Saturday the Monday is the first', '2026-11-28', 1, 'none', '2026-11-30'],
    ['Thanksgiving counts when holidays are off', '2026-11-25', 1, 'none', '2026-11-26'],
    ['Thanksgiving is skipped with US holidays', '2026-11-25', 1, 'US', '2026-11-27'],
    ['across Christmas and New Year, holidays off', '2026-12-23', 5, 'none', '2026-12-30'],
    ['across Christmas and New Year, US', '2026-12-23', 5, 'US', '2026-12-31'],
    [
      'across Christmas and New Year, UK (Boxing Day Saturday moves to Monday 28)',
      '2026-12-23',
      5,
      'UK',
      '2027-01-04',
    ],
    ['UK Easter 2027 (Good Friday 26 March, Easter Monday 29 March)', '2027-03-25', 1, 'UK', '2027-03-30'],
    [
      'US Independence Day on a Saturday is observed on Friday 3 July 2026',
      '2026-07-02',
      1,
      'US',
      '2026-07-06',
    ],
    ['ten business days over 29 February 2028', '2028-02-21', 10, 'none', '2028-03-06'],
    ['zero business days is the same day', '2026-11-28', 0, 'none', '2026-11-28'],
    ['counting back two business days from a Monday', '2026-11-30', -2, 'none', '2026-11-26'],
  ];
  for (const [name, from, n, cal, want] of rows)
    it(name, () => assert.equal(addBusinessDays(from, n, cal), want));

  const next: readonly [string, string, HolidayCalendar, string][] = [
    ['after a Friday is the Monday', '2026-11-27', 'none', '2026-11-30'],
    ['after Wednesday before Thanksgiving, US', '2026-11-25', 'US', '2026-11-27'],
    ['after 31 December 2026, UK skips New Year', '2026-12-31', 'UK', '2027-01-04'],
    ['after the spring UK bank holiday weekend', '2026-05-22', 'UK', '2026-05-26'],
    ['after the same Friday with holidays off', '2026-05-22', 'none', '2026-05-25'],
  ];
  for (const [name, from, cal, want] of next)
    it(`nextBusinessDay: ${name}`, () => assert.equal(nextBusinessDay(from, cal), want));

  it('US federal holidays 2026 by rule', () =>
    assert.deepEqual(usFederalHolidays(2026), [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]));
  it('England and Wales bank holidays 2026 by rule', () =>
    assert.deepEqual(englandWalesBankHolidays(2026), [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]));
  it('England and Wales 2022: Christmas on a Sunday gives 26 and 27 December', () =>
    assert.deepEqual(englandWalesBankHolidays(2022).slice(-2), ['2022-12-26', '2022-12-27']));
  it('no holidays when off', () => assert.equal(isPublicHoliday('2026-12-25', 'none'), false));
});
