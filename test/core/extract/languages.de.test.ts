// German rules added after held-out rounds 29 and 33 (issue 13) that no round row pins down: each a real line
// with its answer from TIMELINE-CONVENTIONS.md, sent Tuesday 10 November 2026 in Berlin.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { dateOf } from './score';

const SENT = '2026-11-10T10:00:00+01:00';

function read(text: string): readonly string[] {
  return findInText(text, SENT, { tz: 'Europe/Berlin', languages: [DE] }).map((f) =>
    [f.kind, dateOf(f), f.kind === 'interview' ? f.time : null].filter((x) => x !== null).join(' '),
  );
}

describe('German rules of rounds 29 and 33 (issue 13)', () => {
  const rows: readonly (readonly [string, readonly string[]])[] = [
    // The month whose end is still ahead: this November, not next year's.
    ['Wir melden uns bis Ende November.', ['response-by 2026-11-30']],
    ['Eine Entscheidung erwarten wir Anfang Dezember.', ['response-by 2026-12-05']],
    // A calendar week is its Friday; a week with no day is no interview.
    ['Wir melden uns spätestens in KW 48 bei Ihnen.', ['response-by 2026-11-27']],
    ['Die Vorstellungsgespräche finden in der 49. Kalenderwoche statt.', []],
    // Day and month without a year, and the spoken clock.
    [
      'Ich würde Sie gerne am 17.11. um 14 Uhr zu einem Kennenlerngespräch einladen.',
      ['interview 2026-11-17 14:00'],
    ],
    ['Wir sehen uns am Donnerstag um Viertel nach zehn.', ['interview 2026-11-12 10:15']],
    ['Können Sie morgen um halb drei zum Gespräch kommen?', ['interview 2026-11-11 14:30']],
    // A weekday abbreviation inside a word, or alone as a word, is no day.
    ['Bitte fragen Sie frühestens ab dem 23. November nach.', ['no-contact-before 2026-11-23']],
    ['Wir melden uns so bald wie möglich.', []],
    // An earlier message quoted below is someone else's words.
    [
      'Danke, wir melden uns.\n\n-----Ursprüngliche Nachricht-----\nVon: A <a@example.com>\nGesendet: Montag, 9. November 2026 08:00\nBetreff: Gespräch am 12.11. um 10 Uhr',
      [],
    ],
    // "letzten Freitag" is past.
    ['Wir wollten uns eigentlich bis letzten Freitag melden.', []],
  ];
  for (const [text, want] of rows)
    it(`${JSON.stringify(text)} -> ${want.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(read(text), want);
    });
});
