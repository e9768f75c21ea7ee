// Rules added after held-out rounds 51–53 (German, Spanish, French) and thread round r7 of issue 13, and after
// probes, each pinned by rows of its own that are not round rows: real lines with their answers from
// TIMELINE-CONVENTIONS.md.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { dateOf } from './score';

// Monday 2 November 2026, 09:00 in Berlin.
const BER = { sentAt: '2026-11-02T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 10 November 2026, 10:00 in Paris.
const PAR = { sentAt: '2026-11-10T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 11 November 2026, 10:00 in Madrid.
const MAD = { sentAt: '2026-11-11T10:00:00+01:00', tz: 'Europe/Madrid' } as const;

type Row = readonly [{ readonly sentAt: string; readonly tz: string }, string, readonly string[]];

function read([sender, text]: Row): readonly string[] {
  return findInText(text, sender.sentAt, { tz: sender.tz, languages: [DE, FR, ES] }).map((f) =>
    [f.kind, dateOf(f) ?? (f.kind === 'outcome' ? f.outcome : null), f.kind === 'interview' ? f.time : null]
      .filter((x) => x !== null)
      .join(' '),
  );
}

function check(rows: readonly Row[]): void {
  for (const row of rows)
    it(`${JSON.stringify(row[1])} -> ${row[2].join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...read(row)].sort(), [...row[2]].sort());
    });
}

describe('a window counted from the day its anchor words lead to, or from the event before it (issue 13, class 1)', () => {
  check([
    // The day after the window's anchor words, a short way on.
    [
      BER,
      'Sehr geehrte Frau Roth,\n\nwir melden uns innerhalb von zwei Wochen nach Ende der Bewerbungsfrist am 13. November bei Ihnen.',
      ['response-by 2026-11-27'],
    ],
    [
      PAR,
      'Bonjour Madame Roux, nous vous communiquerons les résultats dans un délai de 15 jours à compter du 4 décembre.',
      ['response-by 2026-12-19'],
    ],
    // Anchor words alone after the window: the event named before it.
    [
      MAD,
      'Hola Diego: el comité se reúne el lunes 16 y te damos una respuesta dentro de los tres días hábiles siguientes.',
      ['response-by 2026-11-19'],
    ],
    // A day in another clause after the anchor words is no event of the window's.
    [
      MAD,
      'Hola Diego: te responderemos en los cinco días hábiles siguientes; la incorporación sería el 4 de enero.',
      ['response-by 2026-11-18'],
    ],
  ]);
});

describe('clock times of label–value fields (issue 13, class 4)', () => {
  check([
    [
      MAD,
      'Hola Ana: te confirmamos la entrevista.\n\nFecha: 19-11-2026. Hora: 10.00 h. Lugar: Calle Mayor 3, Madrid.',
      ['interview 2026-11-19 10:00'],
    ],
    [
      MAD,
      'Hola Ana: te esperamos para la entrevista con el equipo.\n\nDía: 3-12-2026 | Hora: 16.30 h',
      ['interview 2026-12-03 16:30'],
    ],
    // A lower-case word after a clock time is the language's, not a zone's abbreviation (IST, EST).
    [
      BER,
      'Sehr geehrte Frau Yilmaz,\n\nIhr Auswahltag am Mittwoch, 11. November, ab 8 Uhr ist bestätigt.',
      ['interview 2026-11-11 08:00'],
    ],
  ]);
});

describe('events for many and committees meeting are no interview of the candidate (issue 13, class 5)', () => {
  check([
    [
      BER,
      'Einladung zum Infoabend\n\nAm 12.11.2026 um 18 Uhr stellen sich unsere Fachbereiche vor und führen erste Gespräche mit Interessierten.',
      [],
    ],
    [
      PAR,
      "Rejoignez-nous au salon de l'emploi de Lille le jeudi 19 novembre à 10h pour rencontrer nos recruteurs.",
      [],
    ],
    [
      MAD,
      'Visítanos en la Feria de Empleo de Valencia el jueves 19 de noviembre a las 10:00 y conoce a nuestro equipo de selección.',
      [],
    ],
    [BER, 'Hallo Herr Lang,\n\ndie Auswahlkommission trifft sich am Donnerstag um 14 Uhr.', []],
    [PAR, 'Bonjour, le jury se réunit jeudi et nous vous écrirons vendredi.', ['response-by 2026-11-13']],
  ]);
});

describe('windows in one word and the first week of a month', () => {
  check([
    [PAR, 'Bonjour Madame Roux, nous reviendrons vers vous sous huitaine.', ['response-by 2026-11-18']],
    [
      BER,
      'Guten Tag Frau Roth, wir geben Ihnen binnen Wochenfrist Bescheid über das Ergebnis Ihrer Bewerbung.',
      ['response-by 2026-11-09'],
    ],
    [MAD, 'Hola Diego: te daremos una respuesta en una quincena.', ['response-by 2026-11-26']],
    [
      BER,
      'Sehr geehrter Herr Lang, eine Entscheidung fällt in der ersten Dezemberwoche.',
      ['response-by 2026-12-07'],
    ],
    [
      PAR,
      'Bonjour Madame Roux, nous vous communiquerons notre choix dans la première semaine de décembre.',
      ['response-by 2026-12-07'],
    ],
    [
      MAD,
      'Hola Diego: esperamos comunicarte la decisión durante la primera semana de diciembre.',
      ['response-by 2026-12-07'],
    ],
  ]);
});

describe('a promised call is a promise of news; an invitation to call is none (issue 13, class 2)', () => {
  check([
    [
      PAR,
      'Bonjour Madame Roux, merci pour votre patience. Nous vous appellerons demain pour vous faire part de notre décision.',
      ['response-by 2026-11-11'],
    ],
    [
      PAR,
      'Bonjour Paul, merci pour votre message. Je vous rappelle jeudi avec le retour du client.',
      ['response-by 2026-11-12'],
    ],
    [
      PAR,
      'Bonjour Paul, je vous rappelle que votre entretien a lieu le jeudi 12 novembre à 10h.',
      ['interview 2026-11-12 10:00'],
    ],
    [
      BER,
      'Sehr geehrte Frau Roth, vielen Dank für Ihre Geduld. Morgen melden wir uns mit einer Entscheidung bei Ihnen.',
      ['response-by 2026-11-03'],
    ],
    [
      BER,
      'Hallo Paul, danke für deine Geduld. Morgen ruft dich Frau Klein an und bespricht mit dir die nächsten Schritte.',
      ['response-by 2026-11-03'],
    ],
    [BER, 'Sehr geehrte Frau Roth, rufen Sie uns gerne morgen an, wenn Sie Fragen zur Stelle haben.', []],
  ]);
});

describe('offer words negated are a rejection', () => {
  check([
    [
      PAR,
      'Bonjour Monsieur Diallo, après étude attentive de votre dossier, nous ne sommes pas en mesure de vous proposer le poste.',
      ['outcome rejected'],
    ],
    [
      MAD,
      'Hola Diego, gracias por tu tiempo. Lamentablemente no podemos ofrecerte el puesto en esta ocasión.',
      ['outcome rejected'],
    ],
    [BER, 'Sehr geehrter Herr Lang, wir können Ihnen leider keine Zusage geben.', ['outcome rejected']],
  ]);
});

describe('German invitations, hold-offs and offers in other words', () => {
  check([
    [
      BER,
      'Hallo Jana, hast du Lust, am Donnerstag um 16 Uhr bei uns in der Agentur vorbeizuschauen?',
      ['interview 2026-11-05 16:00'],
    ],
    [
      BER,
      'Hallo Herr Lang, vielen Dank für Ihre Bewerbung. Rückfragen zum Stand beantworten wir erst nach Ablauf von zehn Tagen.',
      ['no-contact-before 2026-11-12'],
    ],
    [
      PAR,
      "Salut Émilie, on est vraiment contents de t'offrir le poste de technicienne en laboratoire!",
      ['outcome offer'],
    ],
    [
      MAD,
      '¡Buenas noticias, Tomás! Queremos que te incorpores como desarrollador backend a partir del 11 de enero.',
      ['outcome offer'],
    ],
  ]);
});
