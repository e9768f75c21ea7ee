import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz/tzOffset';
import { dayNumber, fromDayNumber, isoWeekday } from '../../../src/core/time/_lib/civil';
import { partsOffset } from '../../../src/core/time/_lib/partsOffset';
import {
  isoInZone,
  localToEpoch,
  localToIso,
  offsetMinutesAt,
  readInstant,
  readLocal,
  type LocalDateTime,
} from '../../../src/core/time/instant';

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): LocalDateTime => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: s,
});

describe('civil day numbers', () => {
  it('agree with Date.UTC on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 11, 31) }), (ms) => {
        const d = new Date(ms);
        const ymd = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const n = Math.floor(ms / 86_400_000);
        assert.equal(dayNumber(ymd), n);
        assert.deepEqual(fromDayNumber(n), ymd);
        assert.equal(isoWeekday(n), ((d.getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readInstant', () => {
  const cases: readonly [string, string | null, number | null][] = [
    ['2026-11-10T19:00:00Z', '2026-11-10T19:00:00.000Z', null],
    ['2026-11-10t19:00z', '2026-11-10T19:00:00.000Z', null],
    ['2026-11-10T14:00:00-05:00', '2026-11-10T19:00:00.000Z', -300],
    ['2026-11-10T14:00:00.123456789+05:30', '2026-11-10T08:30:00.123Z', 330],
    ['2026-11-10 14:00-0500', '2026-11-10T19:00:00.000Z', -300],
    ['2026-11-10T14:00:00+01:00[Europe/Paris]', '2026-11-10T13:00:00.000Z', 60],
    ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59.000Z', null],
    ['2026-11-10T14:00:00', null, null], // no offset: not an instant
    ['2026-11-31T14:00:00Z', null, null], // 31 November
    ['2026-11-10T24:00:00Z', null, null],
    ['2026-11-10T14:00:00+24:00', null, null],
    ['+010000-01-01T00:00:00Z', null, null],
    ['', null, null],
    ['yesterday at noon', null, null],
  ];
  for (const [text, utc, offset] of cases) {
    it(`${JSON.stringify(text)} → ${utc ?? 'null'}`, () => {
      const r = readInstant(text);
      if (utc === null) return assert.equal(r, null);
      assert.ok(r);
      assert.equal(new Date(r.ms).toISOString(), utc);
      assert.equal(r.offset, offset);
    });
  }
});

describe('zone offsets and wall clocks', () => {
  const offsets: readonly [string, string, number | null][] = [
    ['2026-07-01T12:00:00Z', 'America/New_York', -240],
    ['2026-12-01T12:00:00Z', 'America/New_York', -300],
    ['2026-12-01T12:00:00Z', 'Asia/Kolkata', 330],
    ['2026-12-01T12:00:00Z', 'Asia/Kathmandu', 345],
    ['2026-12-01T12:00:00Z', 'Australia/Lord_Howe', 660],
    ['2026-12-01T12:00:00Z', 'UTC', 0],
    ['2026-12-01T12:00:00Z', '-08:00', -480],
    ['2026-12-01T12:00:00Z', 'Mars/Olympus_Mons', null],
    ['2026-12-01T12:00:00Z', 'Foo+12', null],
  ];
  for (const [instant, tz, want] of offsets) {
    it(`offset of ${tz} at ${instant} is ${want}`, () =>
      assert.equal(offsetMinutesAt(Date.parse(instant), tz), want));
  }

  const walls: readonly [string, LocalDateTime, string, string | null][] = [
    ['ordinary time', at(2026, 11, 10, 14), 'America/New_York', '2026-11-10T14:00:00-05:00'],
    [
      'spring-forward gap moves forward',
      at(2026, 3, 8, 2, 30),
      'America/New_York',
      '2026-03-08T03:30:00-04:00',
    ],
    [
      'fall-back overlap takes the earlier',
      at(2026, 11, 1, 1, 30),
      'America/New_York',
      '2026-11-01T01:30:00-04:00',
    ],
    ['London gap', at(2026, 3, 29, 1, 15), 'Europe/London', '2026-03-29T02:15:00+01:00'],
    ['London overlap', at(2026, 10, 25, 1, 15), 'Europe/London', '2026-10-25T01:15:00+01:00'],
    ['Lord Howe half-hour gap', at(2026, 10, 4, 2, 15), 'Australia/Lord_Howe', '2026-10-04T02:45:00+11:00'],
    ['fixed offset', at(2026, 11, 10, 9), '+05:30', '2026-11-10T09:00:00+05:30'],
    ['31 November', at(2026, 11, 31, 9), 'UTC', null],
    ['unknown zone', at(2026, 11, 10, 9), 'Nowhere/Special', null],
  ];
  for (const [name, local, tz, want] of walls) {
    it(`localToIso: ${name}`, () => assert.equal(localToIso(local, tz), want));
  }

  it('every instant reads back from its own wall clock in the zone it was written in', () => {
    const zones = [
      'America/New_York',
      'Europe/Berlin',
      'Australia/Sydney',
      'Asia/Kolkata',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, tz) => {
          const ms = minute * 60_000;
          const iso = isoInZone(ms, tz);
          assert.ok(iso);
          assert.equal(readInstant(iso)?.ms, ms);
          const local = readLocal(iso.slice(0, 19));
          assert.ok(local);
          // The earlier of two instants with this wall clock (in an overlap) or this one.
          const back = localToEpoch(local, tz);
          assert.ok(back !== null && back <= ms && ms - back <= 3_600_000);
          // Intl, the runtime's own formatter, shows the same wall clock.
          const intl = new Intl.DateTimeFormat('sv-SE', {
            timeZone: tz,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(new Date(ms));
          assert.equal(iso.slice(0, 16).replace('T', ' '), intl);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('readLocal', () => {
  const cases: readonly [string, LocalDateTime | null][] = [
    ['2026-11-10', at(2026, 11, 10)],
    ['2026-11-10T14:05', at(2026, 11, 10, 14, 5)],
    ['2026-11-10 14:05:09.5', at(2026, 11, 10, 14, 5, 9)],
    ['2026-02-29T10:00', null],
    ['2026-11-10T14:05Z', null],
    ['14:05', null],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(readLocal(text), want));
});

describe('the offset fallback for runtimes without Intl "longOffset"', () => {
  it('reads the same offsets from formatToParts as @date-fns/tz does, across DST changes', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, tz) => assert.equal(partsOffset(tz, ms), tzOffset(tz, new Date(ms))),
      ),
      { numRuns: 1000 },
    );
  });
  it('is NaN for a zone Intl does not know', () =>
    assert.ok(Number.isNaN(partsOffset('Nowhere/Special', 0))));
});
