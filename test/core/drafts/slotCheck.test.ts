// A request only to confirm the interview set ahead gets a reply that says yes (slotCheck.ts); any other request,
// or an interview already held, keeps the reply that promises an answer. Rows in the four languages.
import assert from 'node:assert/strict';
import { draftsFor } from '../../../src/core/drafts';
import { asksToConfirmSlot, SLOT_CHECK_ROWS } from '../../../src/core/drafts/slotCheck';
import { eachRow } from '../../../src/core/extract/phrases/rows';
import { FULL, replyTo } from './facts';

const ASKS: readonly (readonly [string, boolean])[] = [
  ['Please reply to confirm your attendance.', true],
  ['Could you confirm that this time works for you?', true],
  ['Kindly confirm the interview slot by return email.', true],
  ['Bitte bestätigen Sie uns den Termin kurz per E-Mail.', true],
  ['Gib mir bitte kurz Bescheid, ob dir der Termin passt.', true],
  ['Merci de bien vouloir nous confirmer votre disponibilité.', true],
  ['Por favor, confirma tu asistencia respondiendo a este mensaje.', true],
  ['¿Nos confirmas tu disponibilidad para ese día?', true],
  // An acknowledgement of the mail that set or moved the slot (lead's round r36).
  ['Kindly acknowledge this mail.', true],
  ['Please acknowledge the revised interview schedule below.', true],
  // An answer asked as a confirmation, and the one slot set asked as a question (r44), in the four languages.
  ['Kindly revert with your confirmation at the earliest.', true],
  ['Please revert back to us with your acceptance.', true],
  ['Request you to confirm the same by EOD.', true],
  ['Would you be available on Thursday 17 December at 2:30 pm instead?', true],
  ['Are you still free at 4pm for the panel?', true],
  ['Does 10:30am tomorrow work for you?', true],
  ['Would Friday the 18th at 11:00 suit you?', true],
  ['Würde es Ihnen am Montag, 14. Dezember, um 10 Uhr passen? Hätten Sie am Montag Zeit?', true],
  ['Hättest du am Donnerstag um 15 Uhr Zeit?', true],
  // The day as the subject of "passt" (r55's draft).
  ['Passt Ihnen Donnerstag, der 17.12., um 11 Uhr?', true],
  ['Passt dir Freitag um 9?', true],
  ['Bitte um kurze Rückmeldung bis Dienstag, ob Sie den Termin wahrnehmen können.', true],
  ['Le jeudi 17 décembre à 11h vous conviendrait-il ?', true],
  ['Es-tu disponible ce vendredi à 14h ?', true],
  ['¿Le viene bien el jueves 17 a las 12:00?', true],
  ['¿Te acomoda el viernes a las 9 hrs.?', true],
  // The slot just proposed, asked about by a pronoun (r45).
  ['We could do Thursday at 3pm instead. Does that work for you?', true],
  ['Would that suit?', true],
  ['Geht das bei Ihnen?', true],
  ['Passt dir das?', true],
  ['Est-ce que cela vous convient ?', true],
  ['¿Te parece bien?', true],
  ['¿Te parece bien enviarnos tus referencias esta semana?', false],
  // A move proposed as a question, one slot (r64's draft); a choice of two is no yes.
  ['Could we move your onsite to Friday, December 11 at 10:00 AM instead?', true],
  ['Can we push it to Thursday at 3pm?', true],
  ['How about Monday at 9:30am?', true],
  ['Could we move it to Thursday or Friday afternoon?', false],
  ['Could we move the deadline for your references to Friday?', false],
  // "¿Te funciona?" after a moved slot, and the one slot asked with "can you", voseo included (r57's drafts).
  ['Necesitamos mover tu entrevista al jueves 10 a las 16:00. ¿Te funciona?', true],
  ['¿Le queda bien?', true],
  ['Nos gustaría conocerte: ¿podés el miércoles 9 a las 15 h por Meet?', true],
  ['¿Puedes el jueves a las 10 en nuestra oficina?', true],
  ['Can you do Tuesday at 10am for the final round?', true],
  ['¿Podés el lunes o el martes a las 10?', false],
  ['Can you do Tuesday or Wednesday afternoon?', false],
  ['¿Te funciona enviarnos el contrato firmado?', false],
  ['Does that make sense?', false],
  // Other requests: an answer only the candidate has.
  ['Please reply with your confirmation of your notice period.', false],
  ['Would Tuesday at 10 or Wednesday at 2 suit you better?', false],
  ['Are you available for a quick call next week?', false],
  ['Seriez-vous disponible la semaine prochaine pour un échange ?', false],
  ['¿Estarías disponible para una llamada la próxima semana?', false],
  ['Hätten Sie Interesse an einer anderen Stelle?', false],
  ['Could you confirm your notice period and salary expectations?', false],
  ['Could you send me the names of two references by Wednesday?', false],
  ['Könnten Sie uns Ihre Gehaltsvorstellung mitteilen?', false],
  ['Would any of these times work for a 30-minute call?', false],
  ['Please acknowledge receipt of the signed NDA.', false],
];

describe('asksToConfirmSlot: a request only to confirm the interview set', () => {
  for (const row of SLOT_CHECK_ROWS)
    it(`/${row.pattern}/ matches its own example`, () => assert.ok(eachRow(row).test(row.example)));
  for (const [text, want] of ASKS)
    it(`${JSON.stringify(text)} → ${String(want)}`, () => assert.equal(asksToConfirmSlot(text), want));
});

const reply = replyTo;

describe('the reply to a request to confirm the interview', () => {
  const asked = 'Please reply to confirm your attendance.';
  it('says yes to the interview ahead, with its day and clock (lead’s round r37)', () => {
    const text = draftsFor(reply(asked), FULL, { noCalls: false, today: '2026-11-05' }).draft?.text ?? '';
    assert.match(
      text,
      /confirm that I will (?:attend the interview|be there) on Tuesday, November 10 at 2:00 PM/u,
    );
  });
  it('says the day alone where the mail gave no clock', () => {
    const facts = { ...FULL, interviewTime: null };
    const text = draftsFor(reply(asked), facts, { noCalls: false, today: '2026-11-05' }).draft?.text ?? '';
    assert.match(text, /(?:attend the interview|be there) on Tuesday, November 10(?:,| and)/u);
  });
  it('asks the user for no answer where the reply confirms the slot, and asks for one otherwise', () => {
    const asks = (request: string): readonly string[] =>
      draftsFor(reply(request), { ...FULL, personal: {} }, { noCalls: false, today: '2026-11-05' }).draft
        ?.asks ?? [];
    assert.ok(!asks(asked).some((a) => a.startsWith('Your answer')));
    assert.ok(asks('Could you confirm your notice period?').some((a) => a.startsWith('Your answer')));
  });
  it('keeps the promise of an answer for another request', () => {
    const text =
      draftsFor(reply('Could you confirm your notice period?'), FULL, { noCalls: false, today: '2026-11-05' })
        .draft?.text ?? '';
    assert.doesNotMatch(text, /I will (?:attend|be there)/u);
  });
  it('keeps it once the interview is past', () => {
    const text = draftsFor(reply(asked), FULL, { noCalls: false, today: '2026-11-12' }).draft?.text ?? '';
    assert.doesNotMatch(text, /I will (?:attend|be there)/u);
  });
  it('says the new time works where the employer moved the interview (r57)', () => {
    const text =
      draftsFor(
        reply('¿Te funciona?'),
        { ...FULL, interviewMoved: true },
        { noCalls: false, today: '2026-11-05' },
      ).draft?.text ?? '';
    assert.match(text, /The new time, Tuesday, November 10 at 2:00 PM, works well for me/u);
    assert.doesNotMatch(text, /invitation/u);
  });
  it("puts the candidate's own answer first where they typed one", () => {
    const facts = {
      ...FULL,
      personal: { answer: 'I am afraid I am travelling that day; could we find another?' },
    };
    const text = draftsFor(reply(asked), facts, { noCalls: false, today: '2026-11-05' }).draft?.text ?? '';
    assert.match(text, /travelling that day/u);
    assert.doesNotMatch(text, /I will (?:attend|be there)/u);
  });
});
