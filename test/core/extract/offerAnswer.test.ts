// The day an offer asks the candidate to answer by (ADVICE.md "Outcomes that still ask something of the
// candidate"), in the four languages: one row a wording, each with the respondBy it gives (null: none). "Before"
// a day is the day before it (TIMELINE-CONVENTIONS.md "before Friday").
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { BER, MAD, NY, PAR } from './languages.senders';

type Row = readonly [sender: { sentAt: string; tz: string }, text: string, respondBy: string | null];

const ROWS: readonly Row[] = [
  // The offer letter as a pronoun to return signed, and an offer "made" to the reader (r49).
  [
    PAR,
    'Nous avons le plaisir de vous proposer le poste. Vous trouverez ci-joint le contrat ; merci de nous le renvoyer signé avant le 20 novembre.',
    '2026-11-19',
  ],
  [PAR, 'Votre candidature a été retenue pour le poste de juriste. Merci de nous la retourner signée.', null],
  [
    NY,
    'I am pleased to make you a formal offer for the analyst post. Please confirm whether you accept this offer within 5 working days.',
    '2026-11-17',
  ],
  // An HR platform's "sign your offer letter by" (held-out thread round r18).
  [NY, 'Congratulations! Please review and sign your offer letter by November 24, 2026.', '2026-11-24'],
  [NY, 'We are excited to offer you the job. Kindly e-sign the employment contract by Monday.', '2026-11-16'],
  [
    NY,
    'We are delighted to offer you the role. Please let us know by Friday, November 20 whether you accept.',
    '2026-11-20',
  ],
  [
    BER,
    'Wir freuen uns sehr, Ihnen die Position als Projektleiterin anbieten zu können. Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis zum 14. November mitteilen.',
    '2026-11-14',
  ],
  [
    BER,
    'Wir möchten Ihnen gerne ein Vertragsangebot unterbreiten. Das Angebot ist bis zum 18. November gültig.',
    '2026-11-18',
  ],
  [
    BER,
    'Wir freuen uns, dir die Stelle anbieten zu können! Gib uns bitte bis Mittwoch Bescheid, ob du annimmst.',
    '2026-11-04',
  ],
  [
    BER,
    'Wir freuen uns, Ihnen die Stelle anbieten zu können. Ihr erster Arbeitstag wäre der 4. Januar.',
    null,
  ],
  [
    PAR,
    'Nous avons le plaisir de vous proposer le poste. Merci de nous faire part de votre décision avant le 20 novembre.',
    '2026-11-19',
  ],
  [
    PAR,
    "Nous avons le plaisir de vous proposer le poste. Merci de nous retourner la promesse d'embauche signée au plus tard le 16 novembre.",
    '2026-11-16',
  ],
  [
    PAR,
    'Nous avons le plaisir de vous proposer le poste. Cette proposition reste valable jusqu’au 18 novembre.',
    '2026-11-18',
  ],
  [PAR, 'Nous avons le plaisir de vous proposer le poste, avec une prise de poste le 4 janvier.', null],
  [
    MAD,
    'Nos complace ofrecerle el puesto. Le agradeceríamos que nos confirmara su decisión antes del viernes 20 de noviembre.',
    '2026-11-19',
  ],
  [
    MAD,
    'Nos complace ofrecerte el puesto. Te pedimos devolvernos la carta oferta firmada a más tardar el 16 de noviembre.',
    '2026-11-16',
  ],
  [MAD, 'Nos complace ofrecerle el puesto. La oferta es válida hasta el 18 de noviembre.', '2026-11-18'],
  [MAD, 'Nos complace ofrecerle el puesto, con fecha de incorporación el 11 de enero.', null],
];

describe('extract: the day an offer asks for an answer by (respondBy)', () => {
  for (const [sender, text, respondBy] of ROWS)
    it(`${JSON.stringify(text)} -> ${String(respondBy)}`, () => {
      const found = findInText(text, sender.sentAt, { tz: sender.tz, languages: [DE, FR, ES] });
      const offer = found.find((f) => f.kind === 'outcome' && f.outcome === 'offer');
      assert.ok(offer?.kind === 'outcome', `no offer in ${JSON.stringify(found)}`);
      assert.equal(offer.respondBy?.by ?? null, respondBy);
    });
});
