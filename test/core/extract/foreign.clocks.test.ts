// Rules of the Spanish and French reader added before rounds 36 and 37 (issue 13), from the systemic causes of
// round 35's low first-run recall: clock times written with an hour word, a day number read as an hour, messages
// read as the wrong language. One row a rule, with what it must leave alone.
import assert from 'node:assert/strict';
import { detectLanguage, findInText } from '../../../src/core/extract';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { dateOf } from './score';

// Wednesday 11 November 2026, 10:00 in Madrid; Tuesday 10 November, 10:00 in Paris; Monday 16 November, 09:15 in
// Buenos Aires.
const MAD = { sentAt: '2026-11-11T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2026-11-10T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const BUE = { sentAt: '2026-11-16T09:15:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

function found(text: string, at: { readonly sentAt: string; readonly tz: string } = MAD): readonly string[] {
  return findInText(text, at.sentAt, { tz: at.tz, languages: [FR, ES] }).map((f) =>
    [f.kind, dateOf(f) ?? '', f.kind === 'interview' ? (f.time ?? '') : ''].join(' ').trim(),
  );
}

const ROWS: readonly (readonly [
  string,
  string,
  { readonly sentAt: string; readonly tz: string },
  readonly string[],
])[] = [
  // A clock time with its hour word is the clock, not a count of hours from now (chrono's reading).
  [
    'hour word after a clock (Spain)',
    'La entrevista será el jueves 19 de noviembre a las 9 horas.',
    MAD,
    ['interview 2026-11-19 09:00'],
  ],
  [
    'hour word after minutes with a period',
    'Te citamos el jueves 19 de noviembre a las 17.30 horas.',
    MAD,
    ['interview 2026-11-19 17:30'],
  ],
  [
    '"hs" (Argentina)',
    'Hola Sofi! Te esperamos el lunes 23 a las 15hs en nuestras oficinas de Palermo.',
    BUE,
    ['interview 2026-11-23 15:00'],
  ],
  [
    '"hrs" after a label (Mexico)',
    'Entrevista: martes 17/11/2026 12:00 hrs (hora del centro).',
    { sentAt: '2026-11-12T16:30:00-06:00', tz: 'America/Mexico_City' },
    ['interview 2026-11-17 12:00'],
  ],
  // A count of hours is a window, never a clock joined to the day before it.
  [
    'a count of hours',
    'Tu entrevista del jueves 19 de noviembre está confirmada; te mandamos el enlace en 2 horas.',
    MAD,
    ['interview 2026-11-19'],
  ],
  [
    'a day number alone before its clock',
    'La entrevista será el 19 a las 10.',
    MAD,
    ['interview 2026-11-19 10:00'],
  ],
  // chrono reads "mardi 17 à 14h" as a range from 17:00 to 14:00: the day, then the clock.
  [
    'weekday, day and clock (French)',
    'Rendez-vous le mardi 17 à 14h avec Mme Durand pour votre entretien.',
    PAR,
    ['interview 2026-11-17 14:00'],
  ],
  ['day and clock (French)', 'Votre entretien aura lieu le 19 à 10h.', PAR, ['interview 2026-11-19 10:00']],
  [
    'a time range stays its start',
    'Entretien le mardi 17 novembre de 14h à 15h.',
    PAR,
    ['interview 2026-11-17 14:00'],
  ],
  // A range joined by "y" / "et" is read to its upper bound.
  [
    '"entre 5 y 7 días hábiles"',
    'Te daremos una respuesta en un plazo de entre 5 y 7 días hábiles.',
    MAD,
    ['response-by 2026-11-20'],
  ],
  [
    '"entre 5 et 7 jours ouvrés"',
    'Nous vous répondrons dans un délai compris entre 5 et 7 jours ouvrés.',
    PAR,
    ['response-by 2026-11-19'],
  ],
  // A promise to a group of candidates is one to this candidate; the others' interviews are no promise.
  [
    'promise to the selected candidates',
    'Nos pondremos en contacto con los candidatos seleccionados antes del 25 de noviembre.',
    MAD,
    ['response-by 2026-11-24'],
  ],
  [
    'the other candidates’ interviews',
    'Las entrevistas con los demás candidatos serán el lunes 16 y el martes 17, y te escribiremos después.',
    MAD,
    [],
  ],
  // "la semana del 23": the Friday of that week; no slot on its Monday.
  [
    '"la semana del" a promise',
    'Todavía estamos terminando las entrevistas; te daremos una respuesta definitiva durante la semana del 23 de noviembre.',
    MAD,
    ['response-by 2026-11-27'],
  ],
  [
    '"la semaine du" a promise',
    'Nous vous ferons un retour dans la semaine du 23 novembre.',
    PAR,
    ['response-by 2026-11-27'],
  ],
  [
    '"la semana del" no slot',
    'La entrevista será la semana del 23 de noviembre, te confirmo el día.',
    MAD,
    [],
  ],
  // Round 36/37's misses: the half of the day after a clock ends no sentence ("2:00 p. m."); a move's old day is
  // no slot, its new one is ("del jueves 12 al viernes 13", "reporter votre entretien du …").
  [
    '"p. m." inside a sentence',
    'Perfecto, quedamos confirmados para el viernes 20 a las 2:00 p. m. en la sede de Castellana.',
    MAD,
    ['interview 2026-11-20 14:00'],
  ],
  [
    'a move "del … al …"',
    'Necesitamos pasar tu entrevista del jueves 12 al viernes 13 de noviembre, a la misma hora (10:00).',
    MAD,
    ['interview 2026-11-13 10:00'],
  ],
  [
    'a move in two sentences (French)',
    'Nous devons reporter votre entretien du jeudi 12 novembre. Nous vous proposons le lundi 16 novembre à 15h.',
    PAR,
    ['interview 2026-11-16 15:00'],
  ],
  // Probes after round 42/43: a bare "en" before a count, the day after tomorrow, after the year-end holidays.
  ['a bare "en" before a count', 'Tendrás una respuesta en dos semanas.', MAD, ['response-by 2026-11-25']],
  [
    'a bare "en" before a count (French)',
    'Vous aurez une réponse en 15 jours.',
    PAR,
    ['response-by 2026-11-25'],
  ],
  [
    '"pasado mañana" is no past word',
    'Nos vemos pasado mañana a las 12:00 para la entrevista.',
    MAD,
    ['interview 2026-11-13 12:00'],
  ],
  [
    '"después de las fiestas"',
    'Retomaremos el proceso y te escribiremos después de las fiestas.',
    MAD,
    ['response-by 2027-01-08'],
  ],
  ['"après les fêtes"', 'Nous vous recontacterons après les fêtes.', PAR, ['response-by 2027-01-08']],
  // A short message above a long English legal footer is read in its own language; chrono's range end after a
  // start of 12:00 ("jeudi 12 à 10h" ends at 22:00) is the clock written.
  [
    'Spanish above an English footer',
    'Hola Ana, te confirmo la entrevista el jueves 19 a las 10:00.\n\nMarta\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager.',
    MAD,
    ['interview 2026-11-19 10:00'],
  ],
  [
    'French above an English footer, day 12 then 10h',
    "Bonjour Paul, je vous confirme l'entretien jeudi 12 à 10h.\n\nClaire\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.",
    PAR,
    ['interview 2026-11-12 10:00'],
  ],
  // A two-letter abbreviation ends no sentence ("RR. HH."); a window counted from an undated event is no promise.
  [
    '"RR. HH." inside a sentence',
    'Te contactará nuestro equipo de RR. HH. la semana que viene.',
    MAD,
    ['response-by 2026-11-20'],
  ],
  [
    'a window after an undated event',
    'Una vez revisadas las referencias, te enviaremos la propuesta en un plazo de 3 a 4 días laborables.',
    MAD,
    [],
  ],
  // Round 44/45's misses: a window counted from the day named right after it; "porque" starts a clause; a
  // cancelled slot announced with regret is no rejection.
  [
    'a window from the day after it (French)',
    'Nous vous communiquerons les résultats dans un délai de 15 jours à compter du 4 janvier.',
    PAR,
    ['response-by 2027-01-19'],
  ],
  [
    'a window from the day after it (Spanish)',
    'Te responderemos dentro de los 10 días hábiles siguientes al 30 de noviembre.',
    MAD,
    ['response-by 2026-12-14'],
  ],
  [
    '"porque" starts a clause',
    'La entrevista con el gerente pasó para el lunes 16 a las 10 hs, porque el jueves no llega.',
    MAD,
    ['interview 2026-11-16 10:00'],
  ],
  [
    'a cancelled slot announced with regret',
    'Lamentamos informarle que la entrevista del jueves 12 queda cancelada; le escribiremos con una nueva fecha.',
    MAD,
    [],
  ],
  // Round 46's misses: someone else's absence is no request to hold off; the writer's own is.
  [
    'a third party on holiday',
    'El gerente está de vacaciones; vuelve el lunes 16 y te aviso la semana que viene.',
    MAD,
    ['response-by 2026-11-20'],
  ],
  [
    'the writer on holiday',
    'Estoy de vacaciones hasta el viernes 20; vuelvo a estar disponible el lunes 23.',
    MAD,
    ['no-contact-before 2026-11-23'],
  ],
  // Round 48/49's misses: "este miércoles 10 a las 11:30" (chrono read "10 a" as 10 a.m.); a weekday followed by
  // the date that names it is that date ("jeudi prochain, le 19 novembre").
  [
    'a determiner before the weekday and its day',
    '¿Tendrías disponibilidad este jueves 12 a las 11:30 para una entrevista telefónica?',
    MAD,
    ['interview 2026-11-12 11:30'],
  ],
  [
    'a weekday and the date naming it',
    'Je te confirme ton entrevue jeudi prochain, le 12 novembre, à 9 h. À jeudi!',
    PAR,
    ['interview 2026-11-12 09:00'],
  ],
];

describe('extract: rules of the Spanish and French reader from rounds 35–47', () => {
  for (const [name, text, at, expected] of ROWS)
    it(`${name}: ${JSON.stringify(text)} -> ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(found(text, at), expected);
    });

  it('reads short Spanish and French lines as their language (ties between the two went to French)', () => {
    for (const text of [
      'Te vamos a estar contactando durante la semana que viene.',
      'Le responderemos a finales de noviembre.',
      'Entrevista: martes 17/11/2026 12:00 hrs',
    ])
      assert.equal(detectLanguage(text), 'es', text);
    for (const text of [
      'Nous prendrons notre décision fin novembre.',
      'Nous vous recontacterons d’ici vendredi.',
    ])
      assert.equal(detectLanguage(text), 'fr', text);
  });
});
