// Rules added after the lead's held-out thread rounds (r24 on) of issue 13, each pinned by rows of its own that are
// not the rounds' text: lines written for the rule, in every language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 4 November 2026, 12:30 in Berlin, Paris, Madrid and Buenos Aires.
const BER = { sentAt: '2026-11-04T12:30:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2026-11-04T12:30:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2026-11-04T12:30:00+01:00', tz: 'Europe/Madrid' } as const;
const BUE = { sentAt: '2026-11-04T12:30:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('no-calls: contact that would go round the recruiter, asked not to be made (r24)', () => {
  check([
    [
      BUE,
      'Hablé con la empresa y pidieron que no los contacten directamente; cualquier duda, por mí.',
      ['no-calls'],
    ],
    [MAD, 'Por favor, no llames directamente a la tienda para preguntar por tu candidatura.', ['no-calls']],
    [
      PAR,
      'Merci de ne pas contacter directement notre client : je reste votre interlocutrice.',
      ['no-calls'],
    ],
    [PAR, 'Le cabinet demande aux candidats de ne pas appeler directement la direction.', ['no-calls']],
    [
      BER,
      'Bitte rufen Sie die Fachabteilung nicht direkt an, sondern melden Sie sich bei mir.',
      ['no-calls'],
    ],
    [BER, 'Wir bitten Sie, sich nicht direkt an unseren Mandanten zu wenden.', ['no-calls']],
    // A bound makes it no-contact-before; "direkt" about something else asks nothing.
    [
      MAD,
      'Te pedimos que no te comuniques con nosotros antes del 30 de noviembre.',
      ['no-contact-before 2026-11-30'],
    ],
    [BER, 'Der Vertrag geht Ihnen nicht direkt zu, sondern über die Personalabteilung.', []],
    [PAR, 'Vous pouvez contacter directement la responsable du service si besoin.', []],
  ]);
});
