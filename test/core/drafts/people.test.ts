// Who is thanked (issue 11): the interviewers the mail names, each panel member differently, the recruiter who only
// scheduled thanked for arranging, an agency recruiter never told "we spoke"; and what no draft may say.
import assert from 'node:assert/strict';
import {
  checkTone,
  draftFacts,
  draftsFor,
  interviewersIn,
  renderDraft,
  toDraft,
  toneContextFor,
  WORDINGS,
  type DraftFacts,
} from '../../../src/core/drafts';
import type { DraftKind, Recommendation, TimelineFinding } from '../../../src/core/types';
import { interview, thread } from '../advice/build';
import { FULL as BASE } from './facts';

// [employer text, the interviewers named, what each does]
const NAMED: readonly (readonly [string, readonly string[], readonly (string | null)[]])[] = [
  ["You'll meet Ravi Menon, our design lead, on Tuesday.", ['Ravi Menon'], ['design lead']],
  ['You will meet with Ada Lee, Bo Chen and Cy Diaz.', ['Ada Lee', 'Bo Chen', 'Cy Diaz'], [null, null, null]],
  [
    'Your panel: Ada Lee (Engineering Manager), Bo Chen (Staff Engineer)',
    ['Ada Lee', 'Bo Chen'],
    ['Engineering Manager', 'Staff Engineer'],
  ],
  ['The interview will be with me and Tomas Novak.', ['Tomas Novak'], [null]],
  [
    'You will be speaking with Dr. Amara Obi, who leads the research group.',
    ['Amara Obi'],
    ['who leads the research group'],
  ],
  [
    'You will meet Zoë Lefèvre and Søren Dahl from the platform team.',
    ['Zoë Lefèvre', 'Søren Dahl'],
    [null, null],
  ],
  ['Interviewers are Hui Min Tan and Jean-Luc Martin.', ['Hui Min Tan', 'Jean-Luc Martin'], [null, null]],
  ['You will meet with Nguyễn Thị Lan on Zoom.', ['Nguyễn Thị Lan'], [null]],
  ['Please let me know if you have any questions.', [], []],
  // A bulleted list under "You'll meet:" or "Interview panel:", each name with what they do after a comma (r45).
  [
    "You'll meet:\n- Priya Nair, Head of Data\n- Tom Fischer, Senior Analyst",
    ['Priya Nair', 'Tom Fischer'],
    ['Head of Data', 'Senior Analyst'],
  ],
  ['Interview panel:\n• Grace Mensah (Chair)\n• Ian Blake', ['Grace Mensah', 'Ian Blake'], ['Chair', null]],
  // An ATS's label fields.
  ['Where: Zoom\nWho: Alicia Brown (Analytics Manager)', ['Alicia Brown'], ['Analytics Manager']],
  ['When: Mon Dec 7, 11:00am Where: Google Meet With: Ana Ruiz (Design Lead)', ['Ana Ruiz'], ['Design Lead']],
  // A comma inside a bracket is part of what the person does, not the next person.
  [
    "You'll meet Dr. Helen Park (VP Operations) and Sam Ortiz (Director, Nursing).",
    ['Helen Park', 'Sam Ortiz'],
    ['VP Operations', 'Director, Nursing'],
  ],
  [
    'Your panel: Ada Lee (Research & Development), Bo Chen (Sales and Marketing)',
    ['Ada Lee', 'Bo Chen'],
    ['Research & Development', 'Sales and Marketing'],
  ],
  // German, French and Spanish: the same people, named after the words each language uses.
  [
    'Ihre Gesprächspartner sind Frau Dr. Katrin Vogt (Bereichsleitung Vertrieb) und Herr Emre Yilmaz.',
    ['Katrin Vogt', 'Emre Yilmaz'],
    ['Bereichsleitung Vertrieb', null],
  ],
  ['Gesprächspartnerin: Annette Roth, Leiterin Einkauf', ['Annette Roth'], ['Leiterin Einkauf']],
  ['Ihr Gesprächspartner ist Thomas Leiter (Vertrieb).', ['Thomas Leiter'], ['Vertrieb']],
  ['Sie sprechen mit Herrn Tobias Brandt am Montag.', ['Tobias Brandt'], [null]],
  ['Wir freuen uns auf das Gespräch mit Ihnen am Montag.', [], []],
  ['Ich melde mich mit Freude bei Ihnen.', [], []],
  [
    'Vous rencontrerez Julie Marchand, responsable du service client, et Karim Benali.',
    ['Julie Marchand', 'Karim Benali'],
    ['responsable du service client', null],
  ],
  ["L'entretien se déroulera avec Madame Sophie Girard le 3 mars.", ['Sophie Girard'], [null]],
  [
    'Vous serez reçue par Thomas Lefebvre (Recherche et Développement).',
    ['Thomas Lefebvre'],
    ['Recherche et Développement'],
  ],
  ['Nous avons hâte d’échanger avec vous.', [], []],
  [
    'Te entrevistarán Carmen Ruiz, Jefa de Producto, y Andrés Molina.',
    ['Carmen Ruiz', 'Andrés Molina'],
    ['Jefa de Producto', null],
  ],
  ['Entrevistadora: Rocío Paredes (Recursos Humanos)', ['Rocío Paredes'], ['Recursos Humanos']],
  ['La reunión será con la Sra. Inés Castillo en nuestras oficinas.', ['Inés Castillo'], [null]],
  ['Estaremos encantados de hablar con usted el martes.', [], []],
  // A schedule table flattened to text: the interviewer column's cells (lead's round r25).
  [
    'Interview Schedule\nDate\tTime\tInterviewer\nMonday, March 1\t9:00 AM\tPriya Shah, Data Lead\nMonday, March 1\t10:00 AM\tTom Okoro',
    ['Priya Shah', 'Tom Okoro'],
    ['Data Lead', null],
  ],
  ['Datum | Uhrzeit | Gesprächspartner\n10.03.2027 | 14:00 | Frau Dr. Petra Vogt', ['Petra Vogt'], [null]],
  ['Date    Heure    Interlocutrice\n12/03    10h30    Julie Marchand (RH)', ['Julie Marchand'], ['RH']],
  // Plain text wrapped at 72 columns: the lead runs on to the next line, where no table row is.
  [
    "On Friday you'll be meeting with\nDr. Aisha Bello, Director of Research.",
    ['Aisha Bello'],
    ['Director of Research'],
  ],
  // A family name in capitals written first (lead's round r27); a job's acronym is no name.
  ['You will meet ZHANG Wei and TAN Hui Min on Tuesday.', ['Wei Zhang', 'Hui Min Tan'], [null, null]],
  ['Your interview with our CTO, ZHANG Wei, is confirmed.', ['Wei Zhang'], [null]],
  ['Interviewers: DUPONT Jean-Luc (DRH), Claire Petit', ['Jean-Luc Dupont', 'Claire Petit'], ['DRH', null]],
  ['You will speak with the HR team and the CFO.', [], []],
  // "interviewed by", and a bare "with" before a title (lead's round r30).
  [
    'You will be interviewed by Oluwaseun Adebayo-Williams, Head of Operations.',
    ['Oluwaseun Adebayo-Williams'],
    ['Head of Operations'],
  ],
  [
    'Your interview is scheduled on 03-Dec-2026 at 3:00 PM with Mr. Venkatesh Subramanian (Engineering Manager).',
    ['Venkatesh Subramanian'],
    ['Engineering Manager'],
  ],
  ['The call is scheduled for Monday with the hiring team.', [], []],
  // A table with no interviewer column names no one.
  ['Date\tTime\tLocation\nMonday, March 1\t9:00 AM\tHudson Room', [], []],
  // A label on its own line with a bulleted list below it (Greenhouse, Lever; lead's round r36).
  [
    'Interviewers:\n • Mariam Haddad – Head of Data\n • Luis Ortega – Staff Analyst\n\nLocation: Zoom',
    ['Mariam Haddad', 'Luis Ortega'],
    ['Head of Data', 'Staff Analyst'],
  ],
  [
    "You'll meet with:\n- Ngozi Eze (Product Director)\n- Tom Baker",
    ['Ngozi Eze', 'Tom Baker'],
    ['Product Director', null],
  ],
  [
    'Gesprächspartner:\n• Frau Dr. Ute Kern, Bereichsleitung\n• Jonas Albers',
    ['Ute Kern', 'Jonas Albers'],
    ['Bereichsleitung', null],
  ],
  // A pronoun with its contraction is no one, an Irish name with its apostrophe is someone (lead's round r37).
  ["The team is meeting on Friday to discuss next steps, and I'll be in touch early next week.", [], []],
  [
    "You'll meet Siobhan O'Connor and D'Arcy Flynn on Monday.",
    ["Siobhan O'Connor", "D'Arcy Flynn"],
    [null, null],
  ],
  // A label with no list under it names no one from below.
  ['Panel:\nWe will confirm the panel next week.', [], []],
];

describe('interviewersIn: the people the mail says the candidate meets', () => {
  for (const [text, names, abouts] of NAMED)
    it(JSON.stringify(text), () => {
      const found = interviewersIn(text).filter((f) => !f.writer);
      assert.deepEqual(
        found.map((f) => f.name.full),
        names,
      );
      assert.deepEqual(
        found.map((f) => f.about),
        abouts,
      );
    });
});

const REC = (over: Partial<Recommendation> & Pick<Recommendation, 'action' | 'rule'>): Recommendation =>
  ({
    on: '2026-11-11',
    overdue: false,
    channel: 'email',
    reasons: [],
    evidence: [],
    alternatives: [],
    ...over,
  }) as Recommendation;

describe('a panel: each interviewer thanked apart, the scheduler for arranging', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-03T09:00:00-05:00',
      subject: 'Interview invitation: Product Designer – Northwind Traders',
      text: "Hi Grace,\n\nYour interview is confirmed for Tuesday. You'll meet Dana Lee (Design Manager), Omar Haddad (Senior Product Designer) and Priya Shah, who will cover the portfolio review.",
      from: { name: 'Marcus Webb', address: 'marcus.webb@northwindtraders.com' },
      signature: 'Marcus Webb\nRecruiting Coordinator, Northwind Traders',
    },
  ]);
  const facts = draftFacts(t, {
    interview: interview(0, '2026-11-10T14:00:00-05:00', '2026-11-10T15:00:00-05:00'),
    tz: 'America/New_York',
  });
  const set = draftsFor(REC({ action: 'send-thank-you', rule: 5 }), facts, {
    noCalls: false,
    today: '2026-11-10',
  });
  const notes = set.alternatives.filter((d) => d.kind === 'thank-you');

  it('reads the company whole and the role from the labelled subject', () => {
    assert.deepEqual([facts.company, facts.role], ['Northwind Traders', 'Product Designer']);
  });
  it('one note per interviewer, each different, each greeting its own person', () => {
    const panel = notes.filter((d) => d.to?.name !== 'Marcus Webb');
    assert.deepEqual(
      panel.map((d) => d.text.split('\n')[0]),
      ['Hi Dana,', 'Hi Omar,', 'Hi Priya,'],
    );
    assert.equal(new Set(panel.map((d) => d.text.split('\n\n').slice(1, -1).join())).size, 3);
    assert.match(panel[0]?.text ?? '', /Design Manager/u);
    assert.match(panel[2]?.text ?? '', /portfolio review/u);
  });
  it('the scheduler gets a short thanks for arranging, never "our conversation"', () => {
    const arranged = notes.find((d) => d.to?.name === 'Marcus Webb');
    assert.ok(arranged, 'a note for Marcus');
    assert.match(arranged.text, /^Hi Marcus,\n\n(?:Thank you for arranging|Many thanks for setting up)/u);
    assert.doesNotMatch(arranged.text, /our conversation|speak with me|meeting with me/u);
  });
  it('no phone script beside a thank-you; a handwritten note that never says "today"', () => {
    const kinds = set.alternatives.map((d) => d.kind);
    assert.ok(!kinds.includes('phone-script'));
    const note = set.alternatives.find((d) => d.kind === 'handwritten');
    assert.ok(note && !/\btoday\b/u.test(note.text) && note.text.includes('November 10'));
    assert.match(set.draft?.text ?? '', / today\b/u, 'the email on the day says today');
  });
  it('the thank-you made a day later names the day, never "today"', () => {
    const later = draftsFor(REC({ action: 'send-thank-you', rule: 5 }), facts, {
      noCalls: false,
      today: '2026-11-11',
    });
    for (const d of [later.draft, ...later.alternatives]) assert.doesNotMatch(d?.text ?? '', /\btoday\b/u);
  });
  it('before the interview there is no thank-you at all', () => {
    const ahead = draftsFor(
      REC({ action: 'wait', rule: 3, waitingFor: 'interview' } as Partial<Recommendation> &
        Pick<Recommendation, 'action' | 'rule'>),
      facts,
      { noCalls: false, today: '2026-11-09' },
    );
    assert.equal(ahead.draft, null);
    assert.deepEqual(ahead.alternatives, []);
  });
});

describe('a firm the mail names after "interview with" is nobody to greet (r24)', () => {
  const ROWS: readonly (readonly [string, string])[] = [
    ['Quedó confirmada tu entrevista con Bodegas del Valle el jueves a las 11 hs.', 'Bodegas del Valle'],
    ['Votre entretien avec Groupe Lefèvre aura lieu jeudi à 10h.', 'Groupe Lefèvre'],
    ['Quedó agendada tu entrevista con Viña Los Robles el jueves a las 10:00.', 'Viña Los Robles'],
    ["You're booked in to meet with Harwell Logistics on Thursday at 2pm.", 'Harwell Logistics'],
  ];
  for (const [text, firm] of ROWS)
    it(JSON.stringify(text), () => {
      const t = thread([
        {
          role: 'employer',
          at: '2026-12-01T10:05:00-03:00',
          subject: 'Entrevista',
          text,
          from: { name: 'Sofía Quiroga', address: 'sofia@talentosur.com.ar' },
          signature: 'Sofía Quiroga\nConsultora | Talento Sur',
        },
      ]);
      const facts = draftFacts(t, {
        interview: interview(0, '2026-12-03T11:00:00-03:00', '2026-12-03T12:00:00-03:00'),
        tz: 'America/Argentina/Buenos_Aires',
      });
      assert.ok(!facts.interviewers.some((p) => p.name.startsWith(firm.split(' ')[0] ?? '')), firm);
    });
});

describe('a compound given name: the shorter of two signatures says how many words it has (r27)', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-27T12:00:00+01:00',
      subject: 'Entrevista Diseñador UX',
      text: '¿Te viene bien el miércoles 2 a las 11:30?\n\nUn abrazo,\nMaría José García-López\nEstudio Lumen',
      from: { name: 'María José García-López', address: 'mj.garcia@estudiolumen.es' },
    },
    {
      role: 'employer',
      at: '2026-12-03T10:15:00+01:00',
      subject: 'Re: Entrevista Diseñador UX',
      text: '¡Gracias por venir ayer! Te diremos algo la semana que viene.\n\nUn abrazo,\nMaría José',
      from: { name: 'María José García-López', address: 'mj.garcia@estudiolumen.es' },
    },
  ]);
  const facts = draftFacts(t, {
    interview: interview(0, '2026-12-02T11:30:00+01:00', '2026-12-02T12:30:00+01:00'),
    tz: 'Europe/Madrid',
  });
  it('greets "María José", never "María"', () => {
    assert.equal(toDraft(renderDraft('thank-you', facts)).text.split('\n')[0], 'Hi María José,');
  });
});

describe('an agency recruiter is never told "we spoke"', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-03T09:00:00-05:00',
      subject: 'Supply Chain Planner – Contoso Manufacturing',
      text: 'Hi Owen,\n\nMy client, Contoso Manufacturing, would like to interview you on Tuesday.',
      from: { name: 'Jess Morgan', address: 'jess@talentbridgepartners.com' },
      signature: 'Jess Morgan\nSenior Recruiter | TalentBridge Partners',
    },
  ]);
  const facts = draftFacts(t, {
    interview: interview(0, '2026-11-10T14:00:00-05:00', '2026-11-10T15:00:00-05:00'),
    tz: 'America/New_York',
  });
  it('the client is the company, the recruiter no interviewer', () => {
    assert.equal(facts.company, 'Contoso Manufacturing');
    assert.deepEqual(facts.interviewers, []);
  });
  for (const kind of ['follow-up', 'second-follow-up', 'phone-script', 'linkedin'] as const)
    for (let wording = 0; wording < WORDINGS[kind].length; wording += 1)
      it(`${kind} #${wording}`, () => {
        const text = toDraft(renderDraft(kind, facts, { wording })).text;
        assert.doesNotMatch(text, /we spoke|our conversation|speak with you|speaking with you/iu, text);
      });
});

const FULL: DraftFacts = {
  ...BASE,
  seedText: 'x',
  timeline: {
    kind: 'response-by',
    by: '2026-11-20',
    phrase: 'by the 20th',
    fuzzy: false,
    evidence: { message: 0, text: 'We hope to decide by the 20th', index: 0, detector: 'test' },
  },
  personal: { topic: 'the new forecasting model', answer: 'Tuesday or Wednesday morning both work for me.' },
};

// Stock self-promotion and phrases that say nothing (issue 11).
const FORBIDDEN =
  /confident my experience|contribute from the start|perfect fit|do not hesitate|don't hesitate|any further information|\[|\]|undefined|null/iu;

// [display name, address, the message's text, its signature, the name greeted (null: nobody)]
const MAILBOXES: readonly (readonly [string, string, string, string | null, string | null])[] = [
  // A shared mailbox named as the company, signed by a team: nobody to greet.
  [
    'Stadtwerke Rheinau',
    'noreply@softgarden.example',
    'Sehr geehrter Herr Becker,\n\nleider haben wir uns für eine andere Kandidatin entschieden.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Stadtwerke Rheinau GmbH',
    null,
    null,
  ],
  ['Contoso Careers', 'jobs@contoso.com', 'See you on Tuesday.', null, null],
  // The same mailbox signed by a person: that person.
  ['Tan Hui Min', 'hiring@lever.co', 'See you on Tuesday.\n\nBest,', 'Hui Min\nTalent Partner', 'Hui Min'],
  // A mailbox signing with the company's own name, the company spelt in its signature with its legal form.
  [
    'Ribera Alimentación',
    'notificaciones@riberaalimentacion.example',
    'Te esperamos el martes.\n\nUn saludo,\nRibera Alimentación S.L.',
    null,
    null,
  ],
  // A firm signing with its name under a display name with its legal form (r60's "Hi Nordljus,"), and a person
  // signing under the same kind of mailbox.
  [
    'Nordljus AB',
    'no-reply@teamtailor-mail.com',
    'Thank you for meeting us.\n\nWarm regards,\nNordljus',
    null,
    null,
  ],
  [
    'Fjordlys ASA',
    'no-reply@teamtailor-mail.com',
    'Thank you for meeting us.\n\nBest,\nIngrid',
    null,
    'Ingrid',
  ],
];

describe('a shared mailbox is greeted only by the person who signs from it', () => {
  for (const [name, address, text, signature, greeted] of MAILBOXES)
    it(`${name} <${address}> → ${String(greeted)}`, () => {
      const t = thread([
        {
          role: 'employer',
          at: '2026-11-03T09:00:00+01:00',
          subject: 'Ihre Bewerbung',
          text,
          signature,
          from: { name, address },
        },
      ]);
      const facts = draftFacts(t, { interview: null, tz: 'Europe/Berlin' });
      assert.equal(facts.contact?.first ?? null, greeted);
    });
});

describe('one full stop where a company name ends a sentence with its own', () => {
  it('"at Veritas Infotech Pvt. Ltd." ends once', () => {
    const facts: DraftFacts = { ...BASE, company: 'Veritas Infotech Pvt. Ltd.' };
    for (let wording = 0; wording < WORDINGS['follow-up'].length; wording++) {
      const text = toDraft(renderDraft('follow-up', facts, { wording })).text;
      assert.ok(!/(?<!\.)\.\.(?!\.)/u.test(text), text);
    }
  });
});

describe('what no draft may say, in any wording', () => {
  for (const kind of Object.keys(WORDINGS) as DraftKind[])
    for (let wording = 0; wording < WORDINGS[kind].length; wording += 1)
      it(`${kind} #${wording}`, () => {
        const text = toDraft(
          renderDraft(kind, FULL, {
            wording,
            asked: 'Could you share your availability?',
            respondBy: '2026-11-25',
          }),
        ).text;
        assert.doesNotMatch(text, FORBIDDEN, text);
      });

  it("the user's topic flows into the thank-you and follow-up; their answer into the reply", () => {
    for (let wording = 0; wording < 3; wording += 1) {
      assert.match(toDraft(renderDraft('thank-you', FULL, { wording })).text, /forecasting model/u);
      assert.match(toDraft(renderDraft('follow-up', FULL, { wording })).text, /forecasting model/u);
    }
    const reply = toDraft(
      renderDraft('request-reply', FULL, { asked: 'Could you share your availability?' }),
    );
    assert.match(reply.text, /“Could you share your availability\?”/u);
    assert.match(reply.text, /Tuesday or Wednesday morning both work for me\./u);
  });

  it('a follow-up acknowledges the timeline the employer stated', () => {
    for (let wording = 0; wording < 3; wording += 1)
      assert.match(
        toDraft(renderDraft('follow-up', FULL, { wording })).text,
        /decide by Friday, November 20|decision by Friday, November 20/u,
      );
  });

  it('a vague timeline is "around this time", a weekend end is named without its weekday: no invented date', () => {
    // [the timeline, what every follow-up wording must say, what none may say]
    const CASES: readonly (readonly [string, boolean, RegExp, RegExp])[] = [
      ['2027-01-10', true, /decide around this time|decision around this time/u, /January|Sunday/u],
      ['2026-12-20', false, /decide by 20 December|decision by 20 December/u, /Sunday/u],
      ['2026-12-18', false, /decide by Friday 18 December|decision by Friday 18 December/u, /around/u],
    ];
    for (const [by, fuzzy, says, never] of CASES)
      for (let wording = 0; wording < 3; wording += 1) {
        const facts: DraftFacts = {
          ...FULL,
          usDates: false,
          timeline: { ...(FULL.timeline as TimelineFinding), by, fuzzy, phrase: 'in the new year' },
        };
        const text = toDraft(renderDraft('follow-up', facts, { wording })).text;
        assert.match(text, says);
        assert.doesNotMatch(text, never);
      }
  });

  it("the offer acknowledgement thanks and says when the answer comes, by the offer's date", () => {
    for (let wording = 0; wording < 2; wording += 1) {
      const text = toDraft(
        renderDraft('offer-acknowledgement', FULL, { wording, respondBy: '2026-11-25' }),
      ).text;
      assert.match(text, /Thank you/u);
      assert.match(text, /by Wednesday, November 25/u);
    }
  });
});

describe('subjects: "Re: " and the original for replies, a short own subject for new messages, never a tag', () => {
  const facts = { ...FULL, subject: '[EXTERNAL] Interview for the Data Analyst position' };
  const rows: readonly (readonly [DraftKind, string])[] = [
    ['thank-you', 'Re: Interview for the Data Analyst position'],
    ['follow-up', 'Re: Interview for the Data Analyst position'],
    ['offer-acknowledgement', 'Re: Interview for the Data Analyst position'],
    ['request-reply', 'Re: Interview for the Data Analyst position'],
    ['linkedin', 'LinkedIn message – Data Analyst'],
    ['handwritten', 'Handwritten note – Data Analyst'],
  ];
  for (const [kind, subject] of rows)
    it(`${kind}: ${subject}`, () => assert.equal(renderDraft(kind, facts).subject, subject));
});

describe('the tone check reads as the recipient would', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-03T09:00:00-05:00',
      subject: 'Interview for the Data Analyst position',
      text: 'Hi Grace, see you Tuesday.',
      from: { name: 'Renée Dubois', address: 'renee@contoso.com' },
      signature: 'Renée Dubois\nContoso',
    },
  ]);
  const facts = draftFacts(t, { interview: null, tz: 'UTC' });
  const context = toneContextFor(t, facts, { name: 'Renée Dubois', address: 'renee@contoso.com' });
  const rows: readonly (readonly [string, readonly string[]])[] = [
    ['Hi Renée,\n\nThank you for the Data Analyst position at Contoso.', []],
    ['Hi Ren,\n\nThank you.', ['wrong-name']],
    ['Hi Renee,\n\nThank you.', ['wrong-name']],
    ['Hi Ada,\n\nThank you.', ['wrong-name']],
    ['Dear Hiring Team,\n\nThank you.', []],
    ['Hi Renée,\n\nI am excited about joining Fabrikam.', ['not-in-thread']],
    ['Hi Renée,\n\nThank you for the Product Manager position.', ['not-in-thread']],
  ];
  for (const [text, issues] of rows)
    it(JSON.stringify(text.split('\n\n')), () =>
      assert.deepEqual(
        checkTone(text, 'thank-you', context).map((f) => f.issue),
        issues,
      ),
    );
});

// [the employer's message, its signature, what the candidate wrote to them before (or nothing), the greeting]
const FORMAL: readonly (readonly [string, string, string | null, string])[] = [
  // The employer writes by title; the candidate has not: the whole name, no guessed Mr or Ms.
  [
    'Sehr geehrter Herr Weber,\n\nwir melden uns bis Freitag.\n\nMit freundlichen Grüßen',
    'Birgit Schulte\nPersonalabteilung',
    null,
    'Dear Birgit Schulte,',
  ],
  // An Austrian degree before the name is no given name.
  [
    'Sehr geehrter Herr Weber,\n\nvielen Dank für das Gespräch.\n\nMit freundlichen Grüßen',
    'Mag. Verena Huber\nHuman Resources',
    null,
    'Dear Verena Huber,',
  ],
  // The candidate already wrote by title: that title.
  [
    'Bonjour Monsieur Weber,\n\nNous revenons vers vous vendredi.\n\nBien cordialement,',
    'Sophie Favre\nRessources humaines',
    'Madame Favre,\n\nJe vous remercie pour l’entretien.',
    'Dear Ms. Favre,',
  ],
  // An employer on first names: the given name.
  ['Hallo Jonas,\n\nwir melden uns bis Freitag.\n\nViele Grüße', 'Birgit Schulte', null, 'Hi Birgit,'],
];

describe('a formal employer is answered formally, never with a guessed title', () => {
  for (const [text, signature, before, want] of FORMAL)
    it(`${JSON.stringify(text.split('\n')[0])} signed ${JSON.stringify(signature.split('\n')[0])} → ${want}`, () => {
      const from = {
        name: signature.split('\n')[0] ?? '',
        address: 'person@firma.example',
      };
      const t = thread([
        ...(before === null
          ? []
          : [
              {
                role: 'candidate' as const,
                at: '2026-11-02T18:00:00+01:00',
                subject: 'Entretien',
                text: before,
                from: { name: 'Jonas Weber', address: 'jonas@example.com' },
                to: [from],
              },
            ]),
        { role: 'employer', at: '2026-11-03T09:00:00+01:00', subject: 'Entretien', text, signature, from },
      ]);
      const facts = draftFacts(t, { interview: null, tz: 'Europe/Berlin' });
      const draft = renderDraft('follow-up', facts);
      assert.equal(toDraft(draft).text.split('\n')[0], want);
    });
});

describe('an ATS confirmation: the company is no interviewer and no role', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-30T11:00:00-08:00',
      subject: 'Interview confirmation: Harlow Biosciences',
      text: 'Hi Sam,\n\nThis confirms your interview with Harlow Biosciences.\n\nWhen: Thursday, Dec 3, 2026, 4:00 PM PST\nWhere: Zoom\nWho: Priya Raman (Lab Director)\n\nWe look forward to speaking with you!',
      from: { name: 'Harlow Biosciences', address: 'no-reply@hire.lever.co' },
    },
  ]);
  const facts = draftFacts(t, {
    interview: interview(0, '2026-12-03T16:00:00-08:00', '2026-12-03T17:00:00-08:00'),
    tz: 'America/Los_Angeles',
  });
  it('greets the person the "Who:" field names, not the company "interview with" names', () => {
    assert.deepEqual(
      facts.interviewers.map((p) => [p.first, p.about]),
      [['Priya', 'Lab Director']],
    );
  });
  it('reads no role from a subject that names the company', () => {
    assert.deepEqual([facts.role, facts.company], [null, 'Harlow Biosciences']);
  });
});

describe('an answer to the employer goes to its writer, not to a panel member it names', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-12-01T14:00:00+00:00',
      subject: 'Invitation to interview - Planning Officer',
      text: 'The interview panel will consist of Peter Lang (Head of Planning) and Sue Carter (HR Advisor).\n\nPlease confirm your attendance by replying to this email by Friday.',
      from: { name: 'Recruitment Team', address: 'recruitment@northhills.example' },
    },
  ]);
  const facts = draftFacts(t, { interview: null, tz: 'Europe/London' });
  it('a reply to the mailbox greets no panel member', () => {
    assert.equal(facts.interviewers[0]?.first, 'Peter');
    assert.match(
      toDraft(renderDraft('request-reply', facts)).text.split('\n')[0] ?? '',
      /^(?:Hello|Dear Hiring Team),$/u,
    );
  });
  it('a thank-you still thanks the panel', () => {
    assert.equal(toDraft(renderDraft('thank-you', facts)).text.split('\n')[0], 'Hi Peter,');
  });
});

describe('a thank-you to an agency recruiter, who was not in the interview', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-27T10:00:00+00:00',
      subject: 'Interview with Halden Foods',
      text: "Hi Josh, you're booked in with Halden Foods on Thursday 3rd December at 1.30pm. Ellie",
      from: { name: 'Ellie Turner', address: 'ellie.turner@scarletrecruitment.example' },
    },
  ]);
  const facts = draftFacts(t, {
    interview: interview(0, '2026-12-03T13:30:00+00:00', '2026-12-03T14:30:00+00:00'),
    tz: 'Europe/London',
  });
  for (const wording of [0, 1, 2])
    it(`thanks her for arranging it, never for meeting (wording ${wording})`, () => {
      const text = toDraft(renderDraft('thank-you', facts, { wording })).text;
      assert.match(text, /^Hi Ellie,\n\n(?:Thank you for arranging|Many thanks for setting up)/u);
      assert.doesNotMatch(text, /meeting with me|our conversation|speak with me/u);
    });
});

describe('where no one of the employer wrote in person, whom the candidate wrote to (r44)', () => {
  const followUp = (to: { name: string | null; address: string }, reply: 'auto' | 'none' | 'human') =>
    thread([
      {
        role: 'candidate',
        at: '2026-11-19T10:00:00-05:00',
        text: 'Hi Rebecca, I wanted to follow up on the analyst role.',
        to: [to],
      },
      ...(reply === 'none'
        ? []
        : [
            {
              role: 'employer' as const,
              at: '2026-11-19T10:00:30-05:00',
              text:
                reply === 'auto'
                  ? 'I am out of the office and will return on Monday, December 7.'
                  : 'Thanks for checking in, we are still deciding.\n\nBo',
              automatic: reply === 'auto',
              from: reply === 'auto' ? to : { name: 'Bo Chen', address: 'bo@contoso.com' },
            },
          ]),
    ]);
  const rows: readonly (readonly [string, ReturnType<typeof followUp>, string | null])[] = [
    [
      'an out-of-office only',
      followUp({ name: 'Rebecca Stone', address: 'rstone@contoso.com' }, 'auto'),
      'Rebecca',
    ],
    [
      'no answer at all',
      followUp({ name: 'Rebecca Stone', address: 'rstone@contoso.com' }, 'none'),
      'Rebecca',
    ],
    // A person who answered is greeted, not whom the candidate wrote to.
    [
      'an answer in person',
      followUp({ name: 'Rebecca Stone', address: 'rstone@contoso.com' }, 'human'),
      'Bo',
    ],
    // A shared mailbox is nobody to greet.
    [
      'a careers mailbox',
      followUp({ name: 'Contoso Careers', address: 'careers@contoso.com' }, 'none'),
      null,
    ],
  ];
  for (const [what, t, greeted] of rows)
    it(`${what} → ${String(greeted)}`, () => {
      const facts = draftFacts(t, { interview: null, tz: 'America/New_York' });
      assert.equal(facts.contact?.first ?? null, greeted);
    });
});
