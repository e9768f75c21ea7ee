// An employer's thanks for a meeting held on the day of writing dates the interview where nothing else in the
// thread does (heldToday.ts; r2's Berlin thread), in each language: the day, and the clock time where the thanks
// gives one before the sent time. Each row is a whole thread as extractFindings reads it.
import assert from 'node:assert/strict';
import { extractFindings } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import type { Thread } from '../../../src/core/types';

function thread(
  sentAt: string,
  text: string,
  extra: readonly [string, string, 'employer' | 'candidate'][] = [],
): Thread {
  const specs: [string, string, 'employer' | 'candidate'][] = [[sentAt, text, 'employer'], ...extra];
  return {
    candidate: 'alex@example.com',
    warnings: [],
    messages: specs.map(([at, body, role], index) => ({
      index,
      from:
        role === 'employer'
          ? { name: 'Jana Lind', address: 'jana@kiez.example' }
          : { name: 'Alex', address: 'alex@example.com' },
      to: [],
      cc: [],
      sentAt: at,
      sentAtZoneStated: true,
      subject: 'Interview',
      text: body,
      signature: null,
      quoted: false,
      role,
      automatic: false,
      calendar: [],
    })),
  };
}

// [what the row shows, the thread's only message (sent 1 December 2026, 16:05 in Berlin), the interview start]
const ROWS: readonly (readonly [string, string, string | null])[] = [
  // Thanks for coming, in the three other languages (r33).
  [
    'Spanish, thanks for coming',
    'Gracias por venir hoy a nuestras oficinas. Te daremos una respuesta en diez días hábiles.',
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'French, thanks for coming',
    "Merci d'être venu cet après-midi dans nos locaux. Nous revenons vers vous rapidement.",
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'German, thanks for coming',
    'Danke, dass Sie heute bei uns waren! Wir melden uns in den nächsten Tagen.',
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'English, a day',
    'Thanks for coming in today! We will be in touch within a week.',
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'English, with its clock',
    'Thank you for your time this afternoon at 2pm. More soon.',
    '2026-12-01T14:00:00+01:00',
  ],
  [
    'English, "great to meet you"',
    'It was great to meet you this morning, Alex.',
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'German',
    'danke dir für das super Gespräch heute um 14 Uhr! Wir melden uns.',
    '2026-12-01T14:00:00+01:00',
  ],
  [
    'French',
    'Merci pour notre entretien de ce matin. Nous reviendrons vers vous.',
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'Spanish',
    'Gracias por la entrevista de hoy. Te daremos una respuesta pronto.',
    '2026-12-01T00:00:00+01:00',
  ],
  // A clock after the sent time is no meeting already held: the day alone.
  [
    'a later clock',
    'Thanks for your time today; I will call you at 5pm with feedback.',
    '2026-12-01T00:00:00+01:00',
  ],
  // No thanks for a meeting, or not today: nothing.
  ['thanks for applying today', 'Thank you for applying today. We will review your application.', null],
  ['an earlier meeting', 'Thanks again for the interview last week. We will be in touch.', null],
  // An assessment centre, a trial shift, a superday attended today (r55).
  [
    'an assessment centre',
    'Thank you for attending our graduate assessment centre today. Results will follow next week.',
    '2026-12-01T00:00:00+01:00',
  ],
  [
    'a trial shift',
    'Thanks for taking part in the trial shift this morning, the kitchen team enjoyed having you.',
    '2026-12-01T00:00:00+01:00',
  ],
  // A webinar attended today is no interview.
  ['a webinar', 'Thank you for attending the careers webinar today. The recording is below.', null],
];

describe("extract: an employer's thanks for today's meeting dates the interview", () => {
  for (const [name, text, start] of ROWS)
    it(`${name}: ${JSON.stringify(text)} → ${String(start)}`, () => {
      const f = extractFindings(thread('2026-12-01T16:05:00+01:00', text), {
        tz: 'Europe/Berlin',
        languages: [DE, FR, ES],
      });
      assert.deepEqual(
        f.interviews.map((i) => i.start),
        start === null ? [] : [start],
      );
    });

  // [the candidate's thank-you, sent 1 December 2026 at 19:02 in Berlin, answered by the employer two days later]
  const THANKS: readonly (readonly [string, string | null])[] = [
    ["Thank you for today's interview, I enjoyed meeting the team.", '2026-12-01T00:00:00+01:00'],
    // A bare "2:30" is in the afternoon; so is a "10:30" said "this afternoon".
    ["Thank you for this afternoon's interview at 2:30.", '2026-12-01T14:30:00+01:00'],
    ["Thank you for arranging today's telephonic interview at 4 PM.", '2026-12-01T16:00:00+01:00'],
    ['Thanks so much for the chat this afternoon at 4.', '2026-12-01T16:00:00+01:00'],
    ['Merci pour notre échange de cet après-midi à 15h.', '2026-12-01T15:00:00+01:00'],
    [
      'Vielen Dank für das Gespräch heute um 16 Uhr, es hat mir viel Spaß gemacht!',
      '2026-12-01T16:00:00+01:00',
    ],
    ["Merci pour l'entretien de cet après-midi à 14h30.", '2026-12-01T14:30:00+01:00'],
    ['Muchas gracias por la entrevista de hoy.', '2026-12-01T00:00:00+01:00'],
    // Thanks said with a verb, in each language.
    ['Je vous remercie pour notre échange de ce matin à 10h15.', '2026-12-01T10:15:00+01:00'],
    ['Le agradezco la entrevista de esta tarde a las 5.', '2026-12-01T17:00:00+01:00'],
    ['Ich bedanke mich für das Gespräch heute um 11 Uhr.', '2026-12-01T11:00:00+01:00'],
    // Thanks for applying: nothing. A meeting on a day named before the day of writing dates it (heldOn, r36;
    // this row was nothing before 2026-12-06): written on Tuesday 1 December, "on Friday" is 27 November.
    // The candidate thanks the interviewer for interviewing, or for the chance to (r44).
    ['Thank you for interviewing me this morning for the analyst role.', '2026-12-01T00:00:00+01:00'],
    ['Thanks for the opportunity to interview this afternoon at 3pm.', '2026-12-01T15:00:00+01:00'],
    ['Thank you for the chance to meet the team today.', '2026-12-01T00:00:00+01:00'],
    // An opportunity to apply is no meeting.
    ['Thank you for the opportunity to apply today.', null],
    ['Thank you for considering my application today.', null],
    ['Thank you again for the interview on Friday.', '2026-11-27T00:00:00+01:00'],
  ];
  for (const [text, start] of THANKS)
    it(`the candidate's own thank-you: ${JSON.stringify(text)} → ${String(start)}`, () => {
      const f = extractFindings(
        thread('2026-12-03T10:00:00+01:00', 'Thanks for your note. We will be in touch by Friday.', [
          ['2026-12-01T19:02:00+01:00', text, 'candidate'],
        ]),
        { tz: 'Europe/Berlin', languages: [DE, FR, ES] },
      );
      assert.deepEqual(
        f.interviews.map((i) => i.start),
        start === null ? [] : [start],
      );
    });

  // [what the row shows, the thread's only message (sent Friday 4 December 2026, 16:30 in Berlin), the start]
  const PAST_DAYS: readonly (readonly [string, string, string | null])[] = [
    // Thanks said with a bare "Agradecemos" (r45), the verb without its pronoun.
    [
      'Spanish, "Agradecemos su participación"',
      'Agradecemos su participación en la entrevista del lunes 30 de noviembre. Le escribiremos pronto.',
      '2026-11-30T00:00:00+01:00',
    ],
    [
      'Spanish, "Agradezco la entrevista"',
      'Agradezco la entrevista del miércoles 2 de diciembre; el equipo quedó muy contento.',
      '2026-12-02T00:00:00+01:00',
    ],
    ['Spanish, thanks for interest only', 'Agradecemos tu interés en la vacante del 30 de noviembre.', null],
    [
      'English, a named date',
      'Thank you for interviewing with us on Thursday, November 26. We will be in touch within two weeks.',
      '2026-11-26T00:00:00+01:00',
    ],
    [
      'English, "following your interview", with its clock',
      'Following your interview on 30 November at 10:30, the panel met to review all candidates.',
      '2026-11-30T10:30:00+01:00',
    ],
    [
      'English, a weekday alone',
      'Thanks so much for the interview on Monday, Alex.',
      '2026-11-30T00:00:00+01:00',
    ],
    [
      'English, "taking the time to"',
      'Thank you for taking the time to interview with us on Wednesday; we will be in touch next week.',
      '2026-12-02T00:00:00+01:00',
    ],
    [
      'German, "vom"',
      'Nochmals herzlichen Dank für das angenehme Gespräch vom 25. November und Ihr Interesse.',
      '2026-11-25T00:00:00+01:00',
    ],
    [
      'French',
      'Merci encore pour notre entretien du mardi 1er décembre. Nous reviendrons vers vous.',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'Spanish',
      'Gracias de nuevo por la entrevista del pasado 27 de noviembre. Te escribiremos pronto.',
      '2026-11-27T00:00:00+01:00',
    ],
    // A few words between the thanks and its "für", "pour", "por" (r39's Personio rejection).
    [
      'German, "noch einmal" after the thanks',
      'Vielen Dank noch einmal für das Interview am Dienstag. Leider haben wir uns anders entschieden.',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'French, "à vous" after the thanks',
      'Merci à vous pour l’entretien de lundi dernier ; nous revenons vers vous très vite.',
      '2026-11-30T00:00:00+01:00',
    ],
    [
      'Spanish, "una vez más" after the thanks',
      'Muchas gracias una vez más por la entrevista del lunes 30 de noviembre.',
      '2026-11-30T00:00:00+01:00',
    ],
    // Thanks for attending or for one's time at it, a compound noun, an interview enjoyed (r39's probes).
    [
      'English, "for attending"',
      'Many thanks for attending the final-round interview on 1 December. We have now made a decision.',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'English, an interview enjoyed',
      'Hi Alex, the team really enjoyed your interview on Monday and we hope to be back to you soon.',
      '2026-11-30T00:00:00+01:00',
    ],
    [
      'German, a compound noun and "Ihre Teilnahme"',
      'Wir bedanken uns herzlich für Ihre Teilnahme am Vorstellungsgespräch am 30.11.2026.',
      '2026-11-30T00:00:00+01:00',
    ],
    [
      'French, "d\'avoir participé à"',
      'Nous vous remercions d’avoir participé à l’entretien du mardi 1er décembre.',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'Spanish, "por asistir a"',
      'Le agradecemos por asistir a la entrevista del lunes 30 de noviembre.',
      '2026-11-30T00:00:00+01:00',
    ],
    // A second object of the thanks ("… ainsi que pour notre entretien du", r43's base64 rejection).
    [
      'French, "ainsi que pour"',
      'Nous vous remercions de votre intérêt pour le poste ainsi que pour l’entretien du lundi 30 novembre.',
      '2026-11-30T00:00:00+01:00',
    ],
    [
      'German, "sowie für"',
      'Wir danken Ihnen für Ihre Bewerbung sowie für das Vorstellungsgespräch am 1. Dezember.',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'Spanish, "así como por"',
      'Gracias por tu candidatura así como por la entrevista del martes 1 de diciembre.',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'English, "and for"',
      'Thank you for your application and for the interview on Monday 30 November.',
      '2026-11-30T00:00:00+01:00',
    ],
    // A span counted back, a day ahead, a day too long ago, a thanks for a call with no interview named: nothing.
    ['a span back', 'Thank you for the interview two weeks ago. We are still deciding.', null],
    ['a day ahead', 'Thank you for the interview. We will decide by December 9.', null],
    ['months before', 'Thank you for the interview on 3 August. We have a new opening.', null],
    ['a screening call', 'Thanks for speaking with me on Wednesday. My client would like to meet you.', null],
  ];
  for (const [name, text, start] of PAST_DAYS)
    it(`a thanks for a meeting on a past day, ${name}: ${JSON.stringify(text)} → ${String(start)}`, () => {
      const f = extractFindings(thread('2026-12-04T16:30:00+01:00', text), {
        tz: 'Europe/Berlin',
        languages: [DE, FR, ES],
      });
      assert.deepEqual(
        f.interviews.map((i) => i.start),
        start === null ? [] : [start],
      );
    });

  it('an interview named elsewhere in the thread keeps its own day', () => {
    const f = extractFindings(
      thread('2026-12-01T16:05:00+01:00', 'Thanks for coming in today!', [
        [
          '2026-11-20T09:00:00+01:00',
          'Your interview is confirmed for Tuesday, December 1 at 11:00 AM.',
          'employer',
        ],
      ]),
      { tz: 'Europe/Berlin', languages: [DE, FR, ES] },
    );
    assert.deepEqual(
      f.interviews.map((i) => i.start),
      ['2026-12-01T11:00:00+01:00'],
    );
  });
});
