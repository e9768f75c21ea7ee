// An application's automatic acknowledgement states the window of its review ("we will be in touch within two
// weeks"): the timeline while no interview is known (held-out thread round r20's French and Spanish receipts). Once an
// interview is set, that window says nothing of the interview's outcome; an absence notice's return is no window.
import assert from 'node:assert/strict';
import { extractFindings } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { thread as build } from '../advice/build';

type Spec = readonly [sentAt: string, text: string, automatic: boolean];

function thread(specs: readonly Spec[]) {
  return build(specs.map(([at, text, automatic]) => ({ role: 'employer' as const, at, text, automatic })));
}

const RECEIPTS: readonly (readonly [string, string | null])[] = [
  ['We have received your application. We will be in touch within two weeks.', '2026-12-15'],
  ['Hemos recibido tu candidatura. Nos pondremos en contacto contigo en los próximos 15 días.', '2026-12-16'],
  [
    'Nous accusons bonne réception de votre candidature. Sans réponse de notre part dans un délai de trois semaines, vous pourrez considérer que votre candidature n’a pas été retenue.',
    '2026-12-22',
  ],
  // An absence notice: its return is no window.
  ['I am out of the office until 14 December and will reply within two days of my return.', null],
];

describe("extract: an acknowledgement's window", () => {
  for (const [text, by] of RECEIPTS)
    it(`${JSON.stringify(text.slice(0, 60))} → ${String(by)}`, () => {
      const f = extractFindings(thread([['2026-12-01T10:00:00+01:00', text, true]]), {
        tz: 'Europe/Madrid',
        languages: [DE, FR, ES],
      });
      assert.deepEqual(
        f.timelines.map((t) => t.by),
        by === null ? [] : [by],
      );
    });

  it('is no timeline once an interview is set', () => {
    const f = extractFindings(
      thread([
        [
          '2026-12-01T10:00:00+01:00',
          'We have received your application. We will be in touch within two weeks.',
          true,
        ],
        [
          '2026-12-02T10:00:00+01:00',
          'We would like to invite you to an interview on Friday, December 4 at 10:00.',
          false,
        ],
      ]),
      { tz: 'Europe/Madrid', languages: [DE, FR, ES] },
    );
    assert.deepEqual([f.interviews.length, f.timelines.length], [1, 0]);
  });
});
