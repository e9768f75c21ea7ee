// Grouping rules pinned by rows of their own (board4): a thank-you that names no role joins the one application of
// the person it is written to, and stays apart where that person is in two.
import assert from 'node:assert/strict';
import { groupConversations, type MailSummary } from '../../../src/core/board';

const ME = 'sam.taylor@outlook.com';
let n = 0;
function mail(from: string, to: string, subject: string, text: string, sentAt: string): MailSummary {
  n += 1;
  return {
    messageId: `m${n}@example.test`,
    refs: [],
    subject,
    from: { name: '', address: from },
    to: [{ name: '', address: to }],
    cc: [],
    sentAt,
    text,
    bulk: false,
  };
}

const invite = mail(
  'chloe.bernard@maison-lemaire.fr',
  ME,
  'Entretien – Chargée de projets internationaux',
  'Je vous propose un entretien en visio le mardi 1er décembre à 11h.',
  '2026-11-25T10:00:00+01:00',
);
const thanks = mail(
  ME,
  'chloe.bernard@maison-lemaire.fr',
  "Merci pour l'entretien",
  'Merci beaucoup pour notre échange de ce matin.',
  '2026-12-01T15:00:00+01:00',
);
const secondRole = mail(
  'chloe.bernard@maison-lemaire.fr',
  ME,
  'Entretien – Responsable logistique',
  'Je vous propose aussi un entretien pour ce poste le jeudi 3 décembre à 10h.',
  '2026-11-26T10:00:00+01:00',
);
const stranger = mail(
  'hannah.price@vertex-search.co.uk',
  ME,
  'Open to a chat?',
  'Would you be open to a quick call this week?',
  '2026-11-30T09:00:00+00:00',
);
const thanksOther = mail(
  ME,
  'dan.cole@harbourfinch.co.uk',
  'Thank you!',
  'Thank you for the conversation today.',
  '2026-12-01T17:00:00+00:00',
);

const together = (box: readonly MailSummary[], a: MailSummary, b: MailSummary): boolean =>
  groupConversations(box, { me: ME }).some((g) => g.includes(box.indexOf(a)) && g.includes(box.indexOf(b)));

describe('board: a thank-you that names no role', () => {
  it('joins the one application of the person it is written to', () => {
    assert.equal(together([invite, thanks, stranger], invite, thanks), true);
  });
  it('stays apart where that person is in two applications', () => {
    const box = [invite, secondRole, thanks];
    assert.equal(together(box, invite, thanks) || together(box, secondRole, thanks), false);
  });
  it('joins nothing of another person', () => {
    assert.equal(together([invite, thanksOther, stranger], invite, thanksOther), false);
    assert.equal(together([invite, thanksOther, stranger], stranger, thanksOther), false);
  });
});
