// Issue 13, class 6, as ruled on 2026-12-06: an absence is a hold-off in other words. "Away until the 5th, back in
// the office on the 6th" gives one day, the first day contact is welcome: the day back where it is named, else the
// absence's end ("until the 5th": the 5th, as TIMELINE-CONVENTIONS.md reads "until we're back on January 5"), or
// the day after an end the absence includes ("jusqu'au 22 inclus", "bis einschließlich 18."). A promise of the
// same message outranks it (one date per situation), and an absence that starts days from now leaves contact
// welcome until then. Rows written for the rule, in all four languages.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Monday 7 December 2026, 09:10 in London, New York, Berlin, Paris and Madrid.
const LDN = { sentAt: '2026-12-07T09:10:00+00:00', tz: 'Europe/London' } as const;
const NY = { sentAt: '2026-12-07T09:10:00-05:00', tz: 'America/New_York' } as const;
const BER = { sentAt: '2026-12-07T09:10:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2026-12-07T09:10:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2026-12-07T09:10:00+01:00', tz: 'Europe/Madrid' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('an absence gives the first day contact is welcome (issue 13, class 6)', () => {
  check([
    // The day back where it is named; the end of the absence otherwise.
    [
      LDN,
      "Thanks for your note. I'm away until the 10th, back in the office on the 11th.",
      ['no-contact-before 2026-12-11'],
    ],
    [
      NY,
      'Hi Sam, quick heads-up: I am on parental leave until Monday, December 14.',
      ['no-contact-before 2026-12-14'],
    ],
    [
      LDN,
      'Our hiring manager, Priya, is travelling until Thursday 10 December.',
      ['no-contact-before 2026-12-10'],
    ],
    [NY, 'Out of office until December 15. I will reply when I am back.', ['no-contact-before 2026-12-15']],
    // (a reply promised for the day back is a promise: "I will respond upon my return on 14 December")
    [LDN, 'I will respond to your email upon my return on 14 December.', ['response-by 2026-12-14']],
    [
      NY,
      'Our offices are closed until Monday, January 4 for the holidays.',
      ['no-contact-before 2027-01-04'],
    ],
    [
      BER,
      'Vielen Dank für Ihre Nachricht. Ich bin bis zum 11. Dezember im Urlaub und ab dem 14. Dezember wieder im Büro.',
      ['no-contact-before 2026-12-14'],
    ],
    [
      BER,
      'Vielen Dank für Ihre E-Mail. Frau Brandt ist bis einschließlich 11. Dezember auf Dienstreise und hat keinen Zugriff auf ihre E-Mails.',
      ['no-contact-before 2026-12-12'],
    ],
    [
      PAR,
      'Bonjour, je suis en congés jusqu’au 11 décembre inclus et je n’ai pas accès à ma messagerie.',
      ['no-contact-before 2026-12-12'],
    ],
    [
      PAR,
      'Bonjour, je suis en déplacement cette semaine et serai de retour le lundi 14 décembre.',
      ['no-contact-before 2026-12-14'],
    ],
    [
      MAD,
      'Gracias por tu correo. Estoy de vacaciones hasta el viernes 11 de diciembre, sin acceso al correo.',
      ['no-contact-before 2026-12-11'],
    ],
    [
      MAD,
      'Gracias por su mensaje. La oficina permanecerá cerrada hasta el 10 de diciembre inclusive.',
      ['no-contact-before 2026-12-11'],
    ],
  ]);
});

describe('an absence gives way to a promise, to a later start and to the past (issue 13, class 6)', () => {
  check([
    // A promise of the message outranks the absence: one date per situation.
    [
      LDN,
      "I'm on leave until the 14th, but my colleague Tom will update you by Friday.",
      ['response-by 2026-12-11'],
    ],
    [
      BER,
      'Vielen Dank für Ihre Nachricht. Ich bin bis 11.12. im Urlaub. Ab Montag, 14.12., bin ich wieder im Büro und melde mich dann sofort bei Ihnen.',
      ['response-by 2026-12-14'],
    ],
    [
      MAD,
      'Hola Laura, el director está de viaje hasta el jueves; te escribiremos antes del 18 de diciembre con una respuesta.',
      ['response-by 2026-12-17'],
    ],
    // An absence that starts days from now leaves contact welcome until then.
    [LDN, 'Please note that I will be on annual leave from 21 December until 4 January.', []],
    [
      BER,
      'Vielen Dank für Ihre Nachricht. Ich bin ab dem 21.12. im Urlaub und ab dem 5. Januar wieder erreichbar.',
      [],
    ],
    // An absence told in the past is over.
    [NY, 'Sorry for the slow reply, I was out of the office until Friday.', []],
  ]);
});

describe('an absence written as a range ends on its last day (r32)', () => {
  check([
    [
      LDN,
      "Hello, I'll be on leave from 9 to 18 December with no access to email.",
      ['no-contact-before 2026-12-18'],
    ],
    [
      BER,
      'Guten Tag, ich bin vom 9. bis 18. Dezember im Urlaub und lese meine E-Mails in dieser Zeit nicht.',
      ['no-contact-before 2026-12-18'],
    ],
    [
      PAR,
      'Bonjour, je serai en congés du 9 au 18 décembre inclus et répondrai à votre message à mon retour.',
      ['no-contact-before 2026-12-19'],
    ],
    [
      MAD,
      'Hola, estaré de vacaciones del 9 al 18 de diciembre, sin acceso al correo electrónico.',
      ['no-contact-before 2026-12-18'],
    ],
    // A range that is no absence names nothing to wait for.
    [
      BER,
      'Guten Tag, unsere Karrieremesse findet vom 9. bis 11. Dezember in Leipzig statt. Wir freuen uns auf Ihren Besuch.',
      [],
    ],
  ]);
});

describe("an absence beside 'no news before then' still gives its day back (r35)", () => {
  check([
    [
      LDN,
      "I'm on leave until 14 December, so please don't expect an update before then.",
      ['no-contact-before 2026-12-14'],
    ],
    [
      NY,
      "Sam is travelling until Thursday, December 10, so we won't have any news until then.",
      ['no-contact-before 2026-12-10'],
    ],
    // A promise beside the absence still outranks it.
    [LDN, "I'll be back on Monday 14 December and will give you an update then.", ['response-by 2026-12-14']],
    [LDN, "I'm on leave until 14 December and will send you an update that day.", ['response-by 2026-12-14']],
  ]);
});

describe('absences: a range "through" its end, and the day back pointed at before it (lead round 149)', () => {
  const NYC = { sentAt: '2027-03-10T09:30:00-05:00', tz: 'America/New_York' } as const;
  checkRows(
    [
      [NYC, 'I am on annual leave from 12 March through 19 March.', ['no-contact-before 2027-03-20']],
      [
        NYC,
        "We'll get back to you when we're back in the office on Monday 22 March.",
        ['response-by 2027-03-22'],
      ],
      [NYC, 'She will get back to you once she is back on March 18.', ['response-by 2027-03-18']],
      // A move "through" nothing: a slot's span on one day stays the slot.
      [NYC, 'Your interview on Monday 15 March, 10:00 - 11:00 is confirmed.', ['interview 2027-03-15 10:00']],
    ],
    [],
  );
});
