// Header dates as clients write them: one row per format, the zone they land in, and the ones that cannot be read.
import assert from 'node:assert/strict';
import { readDate, type NumericOrder } from '../../../src/core/mail/dates';

interface Row {
  readonly name: string;
  readonly raw: string;
  readonly order?: NumericOrder;
  /** Offset of the quoting message, or null to fall back to the zone. */
  readonly offset?: string | null;
  readonly tz?: string;
  readonly iso: string | null;
  readonly zoneStated?: boolean;
}

const ROWS: readonly Row[] = [
  {
    name: 'RFC 5322 with its offset',
    raw: 'Mon, 02 Apr 2012 18:27:08 +0400',
    iso: '2012-04-02T18:27:08+04:00',
    zoneStated: true,
  },
  {
    name: 'RFC 5322 with a comment zone',
    raw: 'Mon, 2 Apr 2012 13:56:12 +0000 (UTC)',
    iso: '2012-04-02T13:56:12+00:00',
    zoneStated: true,
  },
  {
    name: "RFC 5322's -0000 (UTC, the sender's zone unknown)",
    raw: 'Tue, 10 Nov 2026 16:40:00 -0000',
    iso: '2026-11-10T16:40:00+00:00',
    zoneStated: true,
  },
  {
    name: 'Finnish Outlook: partitive month and a dotted time after the year',
    raw: 'tiistai 10. marraskuuta 2026 15.04',
    offset: '+02:00',
    iso: '2026-11-10T15:04:00+02:00',
    zoneStated: false,
  },
  {
    name: 'Proton Mail: an ordinal day',
    raw: 'On Tuesday, November 10th, 2026 at 3:04 PM, Ada Lee <ada@contoso.com> wrote:',
    offset: '+00:00',
    iso: '2026-11-10T15:04:00+00:00',
    zoneStated: false,
  },
  {
    name: 'RFC 822 zone name EST',
    raw: 'Tue, 10 Nov 2026 15:04:00 EST',
    iso: '2026-11-10T15:04:00-05:00',
    zoneStated: true,
  },
  {
    name: 'Outlook en-US Sent:',
    raw: 'Tuesday, November 10, 2026 3:04 PM',
    iso: '2026-11-10T15:04:00-05:00',
    zoneStated: false,
  },
  { name: 'noon is 12 PM', raw: 'Tuesday, November 10, 2026 12:30 PM', iso: '2026-11-10T12:30:00-05:00' },
  { name: 'midnight is 12 AM', raw: 'Tuesday, November 10, 2026 12:30 AM', iso: '2026-11-10T00:30:00-05:00' },
  { name: 'German Outlook', raw: 'Dienstag, 10. November 2026 15:04', iso: '2026-11-10T15:04:00-05:00' },
  { name: 'French with "h"', raw: 'Mercredi 30 novembre 2016 10h30', iso: '2016-11-30T10:30:00-05:00' },
  { name: 'Spanish "de"', raw: 'martes, 10 de noviembre de 2026 15:04', iso: '2026-11-10T15:04:00-05:00' },
  { name: 'Polish genitive month', raw: 'wtorek, 10 listopada 2026 15:04', iso: '2026-11-10T15:04:00-05:00' },
  { name: 'Russian with "г."', raw: '10 ноября 2026 г. 15:04', iso: '2026-11-10T15:04:00-05:00' },
  {
    name: 'Italian Tuesday "mar" is not March',
    raw: 'mar 10 nov 2026 alle ore 15:04',
    iso: '2026-11-10T15:04:00-05:00',
  },
  { name: 'Danish "kl. 15.04"', raw: 'tir. 10. nov. 2026 kl. 15.04', iso: '2026-11-10T15:04:00-05:00' },
  {
    name: 'numeric month-first in en-US',
    raw: '11/10/2026 3:04 PM',
    order: 'month-first',
    iso: '2026-11-10T15:04:00-05:00',
  },
  {
    name: 'numeric day-first elsewhere',
    raw: '10/11/2026 15:04',
    order: 'day-first',
    iso: '2026-11-10T15:04:00-05:00',
  },
  {
    name: 'a first number above 12 is a day',
    raw: '19/03/2014 11:34',
    order: 'month-first',
    iso: '2014-03-19T11:34:00-04:00',
  },
  {
    name: 'dotted numeric date is day-first',
    raw: '25.06.2015 um 10:55',
    order: 'month-first',
    iso: '2015-06-25T10:55:00-04:00',
  },
  {
    name: 'ISO date with GMT offset',
    raw: '2014-03-20 8:48 GMT+01:00',
    iso: '2014-03-20T08:48:00+01:00',
    zoneStated: true,
  },
  { name: 'CJK date with 下午 (PM)', raw: '2016年11月8日，下午2:23', iso: '2016-11-08T14:23:00-05:00' },
  { name: 'Korean with 오후 (PM)', raw: '2016. 11. 8. 오후 12:39', iso: '2016-11-08T12:39:00-05:00' },
  {
    name: 'two-digit year',
    raw: 'On 11/10/26 3:04 PM',
    order: 'month-first',
    iso: '2026-11-10T15:04:00-05:00',
  },
  {
    name: "the quoting message's offset wins over the user's zone",
    raw: 'Tuesday, November 10, 2026 3:04 PM',
    offset: '+05:30',
    iso: '2026-11-10T15:04:00+05:30',
    zoneStated: false,
  },
  {
    name: 'daylight time in the user zone',
    raw: 'Wednesday, July 1, 2026 9:00 AM',
    iso: '2026-07-01T09:00:00-04:00',
  },
  {
    name: 'a time in the spring-forward gap moves forward',
    raw: 'Sunday, March 8, 2026 2:30 AM',
    iso: '2026-03-08T03:30:00-04:00',
  },
  { name: 'no time: midnight', raw: '10 November 2026', iso: '2026-11-10T00:00:00-05:00' },
  { name: 'nonsense', raw: 'sometime next week', iso: null },
  { name: '31 November does not exist', raw: 'November 31, 2026 3:04 PM', iso: null },
  { name: 'no year', raw: 'Tue, Nov 10 at 3:04 PM', iso: null },
  { name: 'empty', raw: '', iso: null },
];

describe('readDate', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const got = readDate(row.raw, row.order ?? 'month-first', {
        offset: row.offset ?? null,
        tz: row.tz ?? 'America/New_York',
      });
      assert.equal(got?.iso ?? null, row.iso);
      if (row.zoneStated !== undefined) assert.equal(got?.zoneStated, row.zoneStated);
    });
  }
});
