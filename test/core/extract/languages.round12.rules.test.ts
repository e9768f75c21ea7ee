// Rules added after held-out rounds 136–138 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Monday 14 January 2030, 10:00 in Zurich, Berlin, Brussels, Paris and Madrid.
const ZRH = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Zurich' } as const;
const BER = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const BRU = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Brussels' } as const;
const PAR = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Madrid' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('an absence whose end is included in the Swiss, Belgian and Spanish words ends the day after (round 136)', () => {
  check([
    [
      ZRH,
      'Guten Tag, ich bin bis und mit Donnerstag, 17. Januar, in den Ferien abwesend und danach gerne wieder für Sie da.',
      ['no-contact-before 2030-01-18'],
    ],
    [
      ZRH,
      'Guten Tag, Frau Meier ist bis einschliesslich 21. Januar abwesend; Ihre Nachricht wird nicht weitergeleitet.',
      ['no-contact-before 2030-01-22'],
    ],
    [
      BRU,
      'Bonjour, je suis en congé jusqu’au vendredi 18 janvier y compris et je traiterai votre message à mon retour.',
      ['no-contact-before 2030-01-19'],
    ],
    [
      MAD,
      'Hola, estoy de vacaciones del 10 al 18 de enero, ambos inclusive, y contestaré su correo a mi vuelta.',
      ['no-contact-before 2030-01-19'],
    ],
    // (without the word, the day named stands)
    [
      BER,
      'Guten Tag, ich bin bis zum 18. Januar im Urlaub und kann Ihre Nachricht erst danach bearbeiten.',
      ['no-contact-before 2030-01-18'],
    ],
  ]);
});
