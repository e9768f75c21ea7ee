// Reading for the advice's second edition (issue 10): an interview sentence that also counts floors, rounds,
// suites or buildings keeps its date; an offer's deadline to answer; a no-calls request in an automatic
// acknowledgement; a calendar part whose end is unzoned or before its start.
import assert from 'node:assert/strict';
import { extractFindings, findInText, languagesFor } from '../../../src/core/extract';
import { readCalendar } from '../../../src/core/mail/calendar';
import type { Finding } from '../../../src/core/types';
import { message } from './support';

const TZ = 'America/New_York';
// Monday 23 November 2026.
const SENT = '2026-11-23T10:00:00-05:00';

function interviews(text: string): readonly string[] {
  return findInText(text, SENT, { tz: TZ }).flatMap((f: Finding) =>
    f.kind === 'interview' ? [`${f.date} ${f.time ?? '--:--'}`] : [],
  );
}

describe('an interview sentence with other numbers and ordinals keeps its date', () => {
  const rows: readonly (readonly [string, string])[] = [
    ['Your interview is confirmed for Tuesday, December 1 at 2:00 PM on the 3rd floor.', '2026-12-01 14:00'],
    ['Your 2nd round interview is on Tuesday, December 1 at 2:00 PM.', '2026-12-01 14:00'],
    ['We look forward to seeing you for the 3rd round on Tuesday, December 1 at 3pm.', '2026-12-01 15:00'],
    ['Your interview is on Tuesday, December 1 at 2:00 PM in suite 5B.', '2026-12-01 14:00'],
    ['Your interview is on Tuesday, December 1 at 2:00 PM in Building 7.', '2026-12-01 14:00'],
    ['Please come to Building 7, 3rd floor, for your interview on December 1 at 10am.', '2026-12-01 10:00'],
    ['Your interview is on Tuesday at 10 AM at Building 7 on the 3rd floor.', '2026-11-24 10:00'],
    ['Your final interview is on Friday at 9:30 AM, 4th floor, room 12.', '2026-11-27 09:30'],
    ['Your interview on Dec 1 at 2pm is at 125 King Street, 5th floor.', '2026-12-01 14:00'],
    ['Your interview is on Tuesday, December 1st at 2:00 PM, Floor 12, Suite 1200.', '2026-12-01 14:00'],
    ['Your 2nd interview will be on the 1st at 11:00 AM in Suite 300.', '2026-12-01 11:00'],
    [
      'Your interview is on the 2nd at 4pm, the 2nd time slot of the day, in the 6th Street office.',
      '2026-12-02 16:00',
    ],
  ];
  for (const [text, want] of rows) it(text, () => assert.deepEqual(interviews(text), [want]));
  it('"the 15th" alone is still a day of the month', () => {
    assert.deepEqual(interviews('Your interview is on the 15th at 10am.'), ['2026-12-15 10:00']);
  });
});

function respondBy(text: string): string | null {
  const offer = findInText(text, SENT, { tz: TZ }).find((f) => f.kind === 'outcome' && f.outcome === 'offer');
  assert.ok(offer !== undefined && offer.kind === 'outcome', `no offer in: ${text}`);
  return offer.respondBy?.by ?? null;
}

describe('an ATS confirmation with clock times in AM is read as English (issue 13 languages, issue 10 held-out B1)', () => {
  it('"10:00 AM - 10:45 AM" is no German "am"', async () => {
    const { detectLanguage } = await import('../../../src/core/extract/detectLanguage');
    assert.equal(
      detectLanguage(
        "You're confirmed!\n\nInterview: Project Coordinator\nWhen: Thursday, December 3, 2026 10:00 AM - 10:45 AM (EST)",
      ),
      'en',
    );
    assert.equal(
      detectLanguage('Ihr Gespräch findet am Dienstag um 10 Uhr statt. Wir freuen uns auf Sie.'),
      'de',
    );
  });
});

describe("an offer's deadline to answer (respondBy)", () => {
  const rows: readonly (readonly [string, string | null])[] = [
    [
      'We are pleased to offer you the position. Please let us know by Wednesday, November 25 whether you accept.',
      '2026-11-25',
    ],
    ["We'd like to offer you the role! Could you get back to us by Friday?", '2026-11-27'],
    ['We are delighted to offer you the job. The offer is valid until December 4.', '2026-12-04'],
    [
      'We are pleased to offer you the position; please sign and return the letter by 30 November.',
      '2026-11-30',
    ],
    [
      "I'm happy to offer you the Analyst role. We'd appreciate your decision by the end of next week.",
      '2026-12-04',
    ],
    ['We are pleased to offer you the position. Please respond before Friday.', '2026-11-26'],
    [
      "We're pleased to offer you the role! We'll send the paperwork by Friday; please let us know no later than Wednesday, December 2 if you accept.",
      '2026-12-02',
    ],
    [
      'We are pleased to offer you the position. Please let us know by 5:00 PM on Friday, November 27.',
      '2026-11-27',
    ],
    ['We are pleased to offer you the position: please confirm your acceptance by Monday.', '2026-11-30'],
    ['We are pleased to offer you the position. Your start date would be January 4.', null],
    ['We are pleased to offer you the position. We will send the contract by Friday.', null],
    ['We are pleased to offer you the position. HR will respond to you by Friday with the paperwork.', null],
  ];
  for (const [text, want] of rows) it(text, () => assert.equal(respondBy(text), want));
});

describe('a no-calls request holds from an automatic acknowledgement too', () => {
  it('is read from the automatic message, which yields nothing else', () => {
    const thread = {
      messages: [
        message(
          0,
          'employer',
          '2026-10-20T09:00:00-04:00',
          'We have received your application and will be in touch within two weeks. Please do not call the office.',
          { automatic: true },
        ),
        message(
          1,
          'employer',
          '2026-11-03T09:00:00-05:00',
          'Your interview is confirmed for Tuesday, November 10 at 2:00 PM.',
        ),
      ],
      candidate: 'grace@example.com',
      warnings: [],
    };
    const f = extractFindings(thread, { tz: TZ });
    assert.equal(f.noCalls.length, 1);
    assert.equal(f.noCalls[0]?.evidence.message, 0);
    assert.equal(f.timelines.length, 0);
  });
});

describe('an absence notice gives the first day contact is welcome, even sent automatically', () => {
  const rows: readonly (readonly [text: string, sentAt: string, by: string])[] = [
    [
      "Merci pour votre message. Je serai absente jusqu'au 7 décembre ; merci de ne pas me relancer avant le 8 décembre.",
      '2026-11-27T10:20:00+01:00',
      '2026-12-08',
    ],
    [
      'Gracias por su mensaje. Estaré fuera de la oficina; por favor, no me escriba antes del 9 de diciembre.',
      '2026-11-27T10:20:00+01:00',
      '2026-12-09',
    ],
  ];
  for (const [text, sentAt, by] of rows)
    it(text, async () => {
      const thread = {
        messages: [message(0, 'employer', sentAt, text, { automatic: true })],
        candidate: 'grace@example.com',
        warnings: [],
      };
      const languages = await languagesFor([text]);
      const f = extractFindings(thread, { tz: 'Europe/Paris', languages });
      assert.deepEqual(
        f.noContactBefore.map((n) => n.by),
        [by],
      );
      assert.equal(f.timelines.length, 0);
    });
});

describe('a calendar part whose end cannot be believed (issue 10)', () => {
  const ics = (start: string, end: string) =>
    `BEGIN:VCALENDAR\nBEGIN:VEVENT\n${start}\n${end}\nSUMMARY:Interview\nEND:VEVENT\nEND:VCALENDAR`;
  const rows: readonly { name: string; start: string; end: string; want: string | null; warned: boolean }[] =
    [
      {
        name: 'DTEND without a zone beside a TZID start: read in the start zone',
        start: 'DTSTART;TZID=America/New_York:20261110T140000',
        end: 'DTEND:20261110T150000',
        want: '2026-11-10T15:00:00-05:00',
        warned: true,
      },
      {
        name: 'DTEND without a zone beside a UTC start: read in UTC',
        start: 'DTSTART:20261110T190000Z',
        end: 'DTEND:20261110T200000',
        want: '2026-11-10T15:00:00-05:00',
        warned: true,
      },
      {
        name: 'DTEND before DTSTART: no end (the default length), with a warning',
        start: 'DTSTART;TZID=America/New_York:20261110T140000',
        end: 'DTEND;TZID=America/New_York:20261110T130000',
        want: null,
        warned: true,
      },
      {
        name: 'DTEND equal to DTSTART: no end either',
        start: 'DTSTART:20261110T190000Z',
        end: 'DTEND:20261110T190000Z',
        want: null,
        warned: true,
      },
      {
        name: 'both zoned and in order: as written, no warning',
        start: 'DTSTART;TZID=Europe/London:20261110T140000',
        end: 'DTEND;TZID=Europe/London:20261110T150000',
        want: '2026-11-10T15:00:00+00:00',
        warned: false,
      },
      {
        name: 'both floating: both in the user zone, no warning',
        start: 'DTSTART:20261110T140000',
        end: 'DTEND:20261110T143000',
        want: '2026-11-10T14:30:00-05:00',
        warned: false,
      },
    ];
  for (const row of rows) {
    it(row.name, () => {
      const got = readCalendar(ics(row.start, row.end), TZ);
      assert.equal(got.events.length, 1);
      assert.equal(got.events[0]?.end, row.want);
      assert.equal(
        got.warnings.some((w) => w.code === 'calendar-times'),
        row.warned,
        JSON.stringify(got.warnings),
      );
    });
  }
});

describe('analyze: a calendar invitation that ends before it starts', () => {
  it('gives an interview that ends after it starts, and warns', async () => {
    const { analyze } = await import('../../../src/core');
    const eml = [
      'From: Ada Lee <ada@contoso.com>',
      'To: Grace Hopper <grace@example.com>',
      'Subject: Interview: Data Analyst',
      'Date: Tue, 03 Nov 2026 09:00:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please find the invitation for your interview attached.',
      '--b',
      'Content-Type: text/calendar; method=REQUEST; charset=utf-8',
      '',
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'DTSTART;TZID=America/New_York:20261110T140000',
      'DTEND;TZID=America/New_York:20261110T120000',
      'SUMMARY:Interview: Data Analyst',
      'END:VEVENT',
      'END:VCALENDAR',
      '--b--',
      '',
    ].join('\r\n');
    const a = await analyze(
      { messages: [{ kind: 'mime', data: eml }] },
      { now: '2026-11-05T09:00:00-05:00', tz: TZ, me: 'grace@example.com' },
    );
    assert.equal(a.interview?.start, '2026-11-10T14:00:00-05:00');
    assert.equal(a.interview?.end, '2026-11-10T15:00:00-05:00');
    assert.ok(
      a.warnings.some((w) => w.code === 'calendar-times'),
      JSON.stringify(a.warnings),
    );
  });
});
