// Companies only as the mail spells them, roles from the mail's words (issue 11): each row a real shape of mail.
import assert from 'node:assert/strict';
import { cleanSubject, draftFacts } from '../../../src/core/drafts';
import { interview, thread } from '../advice/build';

interface CompanyRow {
  readonly from: string;
  readonly name: string;
  readonly signature?: string;
  readonly text?: string;
  readonly subject?: string;
  readonly company: string | null;
}

const COMPANIES: readonly CompanyRow[] = [
  // A display name whose words after the domain's spelling run to a department keep them (heldout6).
  {
    from: 'careers@northernrail.ca',
    name: 'Northern Rail Transit Careers',
    company: 'Northern Rail Transit',
  },
  {
    from: 'jobs@harbourlights.com',
    name: 'Harbour Lights Theatre Recruitment Team',
    company: 'Harbour Lights Theatre',
  },
  // A department alone after the spelling is no part of the firm.
  { from: 'talent@contoso.com', name: 'Contoso Talent Acquisition', company: 'Contoso' },
  // A domain that drops the joining words names the firm with them (r57–r58's drafts): "Ateliers de Loire".
  {
    from: 'c.moreau@ateliers-loire.fr',
    name: 'Camille Moreau',
    signature: 'Camille Moreau\nRessources humaines, Ateliers de Loire',
    company: 'Ateliers de Loire',
  },
  {
    from: 'rrhh@olivar-sur.es',
    name: 'RRHH',
    signature: 'Un saludo,\nRRHH Olivar del Sur',
    company: 'Olivar del Sur',
  },
  {
    from: 'hr@banque-reunion.fr',
    name: 'RH',
    signature: 'Service RH\nBanque de la Réunion',
    company: 'Banque de la Réunion',
  },
  // A domain picks the spelling the mail writes.
  { from: 'ada@contoso.com', name: 'Ada Lee', signature: 'Ada Lee\nRecruiter, Contoso', company: 'Contoso' },
  {
    from: 'j.ito@pg.com',
    name: 'Jun Ito',
    signature: 'Jun Ito\nTalent Acquisition | Procter & Gamble',
    company: 'Procter & Gamble',
  },
  { from: 'j.ito@pg.com', name: 'Jun Ito', signature: 'Jun Ito\nRecruiter', company: null },
  // Named in German, French or Spanish words, from a hiring platform's address.
  {
    from: 'no-reply@grupotlaloc.teamtailor-mail.com',
    name: 'Reclutamiento Grupo Tlaloc',
    text: '¡Gracias por tu interés en Grupo Tlaloc! Te confirmamos los datos de tu entrevista.',
    company: 'Grupo Tlaloc',
  },
  {
    from: 'no-reply@jobs.example-ats.com',
    name: 'Recrutement',
    text: "Merci de l'intérêt que vous portez à notre offre et de votre intérêt pour Maison Cerise.",
    company: 'Maison Cerise',
  },
  {
    from: 'bewerbung@softgarden.example',
    name: 'Recruiting',
    text: 'vielen Dank für Ihr Interesse an der Lindenhaus Software GmbH.',
    company: 'Lindenhaus Software GmbH',
  },
  // A legal form keeps its own period; a sentence's does not stay on the name.
  {
    from: 'seleccion@aldebaran-consultores.es',
    name: 'Selección Aldebarán',
    signature: 'Un saludo,\nEquipo de Selección\nAldebarán Consultores S.L.',
    company: 'Aldebarán Consultores S.L.',
  },
  {
    from: 'personas@lumbre-energia.es',
    name: 'Marta Gil',
    signature: 'Marta Gil\nDepartamento de Personas – Lumbre Energía S.A.',
    company: 'Lumbre Energía S.A.',
  },
  {
    from: 'rh@vinci-batiment.fr',
    name: 'Luc Morel',
    text: 'Merci de votre intérêt pour Vinci Bâtiment.',
    company: 'Vinci Bâtiment',
  },
  {
    from: 'tyler@northwindtraders.com',
    name: 'Tyler Brooks',
    text: 'Thanks for meeting the Northwind Traders team.',
    company: 'Northwind Traders',
  },
  {
    from: 'tyler@northwind.com',
    name: 'Tyler Brooks',
    signature: 'Tyler Brooks\nNorthwind Traders',
    company: 'Northwind Traders',
  },
  {
    from: 'camille@lumiere-conseil.fr',
    name: 'Camille Durand',
    signature: 'Camille Durand\nLumière Conseil',
    company: 'Lumière Conseil',
  },
  {
    from: 'katrin@alpineski.de',
    name: 'Katrin Vogel',
    signature: 'Katrin Vogel\nPersonalabteilung, Alpine Ski House',
    company: 'Alpine Ski House',
  },
  {
    from: 'laura@hudsonvalleycu.org',
    name: 'Laura Chen',
    signature: 'Laura Chen\nHudson Valley Credit Union',
    company: 'Hudson Valley Credit Union',
  },
  {
    from: 'ana@grupobimbo.com.mx',
    name: 'Ana Ruiz',
    signature: 'Ana Ruiz\nGrupo Bimbo',
    company: 'Grupo Bimbo',
  },
  // A head word written before the firm's own name stays with it, whatever the domain keeps.
  {
    from: 'rrhh@bodegas-arzuaga.es',
    name: 'Elena Mora',
    signature: 'Elena Mora\nRecursos Humanos\nBodegas Arzuaga',
    company: 'Bodegas Arzuaga',
  },
  {
    from: 'julie@servan-labo.fr',
    name: 'Julie Roy',
    signature: 'Julie Roy\nLaboratoires Servan',
    company: 'Laboratoires Servan',
  },
  {
    from: 'karriere@warentest.de',
    name: 'Jana Ott',
    signature: 'Jana Ott\nPersonal, Stiftung Warentest',
    company: 'Stiftung Warentest',
  },
  { from: 'sven@ikea.se', name: 'Sven Olsson', text: 'Welcome to IKEA.', company: 'IKEA' },
  {
    from: 'a.nakamura@mitsubishi-corp.co.jp',
    name: 'Aiko Nakamura',
    signature: 'Aiko Nakamura\nMitsubishi Corporation',
    company: 'Mitsubishi Corporation',
  },
  {
    from: 'careers@contosoretail.com',
    name: 'Careers at Contoso Retail',
    company: 'Contoso Retail',
  },
  // A domain alone names no company.
  { from: 'ann@redwoodresearch.org', name: 'Ann Lee', text: 'See you then.', company: null },
  // Mail providers and hiring platforms never give a company.
  { from: 'ada.lee@gmail.com', name: 'Ada Lee', text: 'See you then.', company: null },
  { from: 'priya@outlook.com', name: 'Priya Raman', text: 'See you then.', company: null },
  { from: 'hr@contoso.onmicrosoft.com', name: 'HR', text: 'See you then.', company: null },
  { from: 'no-reply@greenhouse.io', name: 'Greenhouse', text: 'See you then.', company: null },
  { from: 'notifications@lever.co', name: 'Lever', text: 'See you then.', company: null },
  { from: 'contoso@myworkday.com', name: 'Workday', text: 'See you then.', company: null },
  { from: 'noreply@icims.com', name: 'iCIMS', text: 'See you then.', company: null },
  { from: 'x@smartrecruiters.com', name: 'SmartRecruiters', text: 'See you then.', company: null },
  { from: 'jobs@applytojob.com', name: 'JazzHR', text: 'See you then.', company: null },
  { from: 'no-reply@ashbyhq.com', name: 'Ashby', text: 'See you then.', company: null },
  // … but the employer a platform's mail names outright is the company.
  {
    from: 'no-reply@greenhouse.io',
    name: 'Fabrikam Recruiting',
    text: 'Thank you for your interest in Fabrikam. We would like to schedule a call.',
    company: 'Fabrikam',
  },
  {
    from: 'no-reply@us.greenhouse-mail.io',
    name: 'Hiring Team',
    text: 'Your interview with Tailspin Toys is confirmed.',
    company: 'Tailspin Toys',
  },
  // A staffing agency: the client is the company where the mail names it, never the agency.
  {
    from: 'jess@talentbridgepartners.com',
    name: 'Jess Morgan',
    signature: 'Jess Morgan\nSenior Recruiter | TalentBridge Partners',
    text: 'My client, Woodgrove Bank, would like to meet you on Tuesday.',
    company: 'Woodgrove Bank',
  },
  {
    from: 'hannah@apexstaffing.com',
    name: 'Hannah Cole',
    signature: 'Hannah Cole\nApex Staffing',
    text: 'I am recruiting on behalf of our client Relecloud for this role.',
    company: 'Relecloud',
  },
  {
    from: 'hannah@apexstaffing.com',
    name: 'Hannah Cole',
    signature: 'Hannah Cole\nApex Staffing',
    text: 'Are you free on Tuesday for a second round?',
    company: null,
  },
  // An employer's own label on a hiring platform's domain picks the spelling, as a domain does.
  {
    from: 'jobs@meridian-logistik.jobs.personio.de',
    name: 'Meridian Logistik GmbH',
    signature: 'Katrin Vogel\nPersonalabteilung\nMeridian Logistik GmbH',
    company: 'Meridian Logistik GmbH',
  },
  {
    from: 'jobs@harbourline.workable.com',
    name: 'Harbourline Software',
    text: 'Your interview is confirmed. Good luck!\nHarbourline Software Hiring Team',
    company: 'Harbourline Software',
  },
  // A German domain spells umlauts out; a "+" joins a firm's words.
  {
    from: 'cagla.oeztuerk@brueckner-partner.de',
    name: 'Çağla Öztürk',
    signature: 'Çağla Öztürk\nSenior HR Business Partner\nBrückner + Partner Strategieberatung GmbH',
    company: 'Brückner + Partner Strategieberatung GmbH',
  },
  {
    from: 'karriere@groesse-moebel.de',
    name: 'Jana Groß',
    signature: 'Jana Groß\nPersonal, Größe Möbel',
    company: 'Größe Möbel',
  },
  // A name with its legal form in the signature, where nothing else names the firm.
  {
    from: 'noreply@softgarden.example',
    name: 'Stadtwerke Rheinau',
    text: 'vielen Dank für Ihr Interesse an den Stadtwerken Rheinau und das angenehme Gespräch.',
    signature: 'Mit freundlichen Grüßen\nIhr Recruiting-Team der Stadtwerke Rheinau GmbH',
    company: 'Stadtwerke Rheinau GmbH',
  },
  // The platform's own mail names nobody; a job word after "Interesse an der" is no employer.
  {
    from: 'no-reply@us.greenhouse-mail.io',
    name: 'Recruiting',
    text: 'vielen Dank für Ihr Interesse an der Position als Controllerin.',
    company: null,
  },
  {
    from: 'raj@hays-recruitment.co.uk',
    name: 'Raj Patel',
    text: 'The role at Northgate Finance is still open.',
    company: 'Northgate Finance',
  },
  // A domain many employers share (nhs.net): the whole line that names it is the employer (r44).
  {
    from: 'claire.doherty@nhs.net',
    name: 'Claire Doherty',
    signature: 'Claire Doherty\nTherapy Services Manager\nNorthdale NHS Trust',
    company: 'Northdale NHS Trust',
  },
  {
    from: 'recruitment@nhs.net',
    name: 'Recruitment',
    signature: 'Recruitment Team\nSt Aidan’s Hospital NHS Foundation Trust',
    company: 'St Aidan’s Hospital NHS Foundation Trust',
  },
  // Named inside a sentence, the employer is not the words before it.
  {
    from: 'jobs@nhs.net',
    name: 'Jobs',
    text: 'Thank you for applying to work in the NHS.',
    company: 'NHS',
  },
];

describe('company: only as the mail spells it', () => {
  for (const row of COMPANIES) {
    it(`${row.name} <${row.from}> → ${String(row.company)}`, () => {
      const t = thread([
        {
          role: 'employer',
          at: '2026-11-03T09:00:00-05:00',
          subject: row.subject ?? 'Next steps',
          text: row.text ?? 'See you then.',
          signature: row.signature ?? null,
          from: { name: row.name, address: row.from },
        },
      ]);
      assert.equal(draftFacts(t, { interview: null, tz: 'UTC' }).company, row.company);
    });
  }
});

// [subject as received, the role read, the company read]
const SUBJECTS: readonly (readonly [string, string | null, string | null])[] = [
  ['[EXTERNAL] Interview - Data Analyst', 'Data Analyst', null],
  ['[Ext] Senior Backend Engineer interview', 'Senior Backend Engineer', null],
  ['CAUTION: Interview invitation: Product Designer', 'Product Designer', null],
  ['RE: [EXTERNAL] Interview for the Risk Analyst position', 'Risk Analyst', null],
  ['Interview invitation: Senior Accountant – Procter & Gamble', 'Senior Accountant', 'Procter & Gamble'],
  ['Interview Confirmation: Staff Nurse (Req 3318)', 'Staff Nurse', null],
  ['REQ-77120 Data Engineer interview', 'Data Engineer', null],
  ['Interview: Warehouse Supervisor (5562)', 'Warehouse Supervisor', null],
  ['JR40991 - Financial Analyst interview', 'Financial Analyst', null],
  ['Job ID: 88231 | Site Reliability Engineer interview', 'Site Reliability Engineer', null],
  ['Requisition #4521: Payroll Specialist interview', 'Payroll Specialist', null],
  ['Product Designer interview - Northwind Traders', 'Product Designer', 'Northwind Traders'],
  ['Updated invitation: iOS Engineer interview', 'iOS Engineer', null],
  ['Interview for UX/UI Designer at Fabrikam', 'UX/UI Designer', 'Fabrikam'],
  ['Your application for VP of Sales', 'VP of Sales', null],
  ['Application for Head of Data – Contoso', 'Head of Data', 'Contoso'],
  ['Phone screen: DevOps Engineer', 'DevOps Engineer', null],
  ['Second interview - Financial Analyst', 'Financial Analyst', null],
  ['Video interview', null, null],
  ['Next steps', null, null],
  ['Gameplay Engineer - final round', 'Gameplay Engineer', null],
  ['Thank you - Data Engineer interview', 'Data Engineer', null],
  ['Civil Engineer II interview', 'Civil Engineer II', null],
  ['Interview: Développeur Full-Stack', 'Développeur Full-Stack', null],
  ['Vorstellungsgespräch: Projektmanager interview', 'Projektmanager', null],
  ['Re: Einladung zum Gespräch – Redakteurin Online', 'Redakteurin Online', null],
  ['Convocation – Technicienne de maintenance', 'Technicienne de maintenance', null],
  ['Einladung zum Gespräch am Montag', null, null],
  [
    'Interview invitation: Research & Development Engineer (R-01234)',
    'Research & Development Engineer',
    null,
  ],
  ['FW: Interview scheduled: Store Manager – Atlas Retail', 'Store Manager', 'Atlas Retail'],
  // A stage and its status before the role (lead's round r29).
  ['Onsite confirmed - Staff Data Scientist', 'Staff Data Scientist', null],
  ['Technical interview rescheduled: Backend Engineer', 'Backend Engineer', null],
  ['Panel interview - Head of Finance – Lumen Health', 'Head of Finance', 'Lumen Health'],
  // A day or a date beside "thanks" or "interview" is when, never what.
  ['RE: Thanks - Friday', null, null],
  ['Re: Interview - Tuesday afternoon', null, null],
  ['Interview - 14 December', null, null],
  ['Thank you for Thursday – Payroll Officer', 'Payroll Officer', null],
  // The company after " at " in a scheduler's subject (board2).
  ['Interview Confirmation: Data Analyst at Lumen Analytics', 'Data Analyst', 'Lumen Analytics'],
  ['Phone screen: Backend Engineer at Nimbus Cloud', 'Backend Engineer', 'Nimbus Cloud'],
];

/** The draft facts of one employer message with this subject and text. */
function factsOf(subject: string, text: string) {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-03T09:00:00-05:00',
      subject,
      text,
      from: { name: 'Ada Lee', address: 'ada@gmail.com' },
    },
  ]);
  return draftFacts(t, { interview: null, tz: 'UTC' });
}

describe('role: from the subject, without tags, ids or prefixes, casing kept', () => {
  for (const [subject, role, company] of SUBJECTS) {
    it(`"${subject}" → ${String(role)} / ${String(company)}`, () => {
      const facts = factsOf(subject, 'See you then.');
      assert.deepEqual([facts.role, facts.company], [role, company]);
    });
  }

  // A label before the firm's own name leaves no role (lead's round r30).
  it('"Technical Interview - Tridentsoft" from Tridentsoft Technologies names no role', () => {
    const t = thread([
      {
        role: 'employer',
        at: '2026-11-30T15:00:00+05:30',
        subject: 'Technical Interview - Tridentsoft',
        text: 'Your technical interview is scheduled on 03-Dec-2026.\n\nRegards,\nPriya Nair\nHR, Tridentsoft Technologies',
        from: { name: 'Priya Nair', address: 'priya.nair@tridentsoft.in' },
      },
    ]);
    assert.equal(draftFacts(t, { interview: null, tz: 'UTC' }).role, null);
  });

  it('cleanSubject drops tags, ids and labels, never the words', () => {
    assert.equal(cleanSubject('[EXTERNAL] Interview invitation: Staff Nurse (Req 3318)'), 'Staff Nurse');
  });
});

// [text an employer wrote, the role the draft names]: German, French and Spanish mail names the role in its own
// words; the drafts stay English and keep the title as written.
const FOREIGN_ROLES: readonly (readonly [string, string | null])[] = [
  ['wir freuen uns, Ihnen die Position als Data Engineer (m/w/d) anbieten zu können.', 'Data Engineer'],
  ['vielen Dank für Ihre Bewerbung als Backend Developer bei uns.', 'Backend Developer'],
  // "für die Position X" with no "als" (board2).
  ['Ihr Gespräch für die Position Leiterin Finanzen am Montag ist bestätigt.', 'Leiterin Finanzen'],
  ['Wir suchen für die Stelle noch eine Vertretung.', null],
  [
    'Ihr Vorstellungsgespräch\nPosition: Leiter Einkauf (w/m/d)\nDatum: Mittwoch, 02.12.2026',
    'Leiter Einkauf',
  ],
  ['Le poste de Responsable Achats correspond pleinement à vos attentes.', 'Responsable Achats'],
  ["Votre candidature au poste d'Ingénieur Qualité a retenu notre attention.", 'Ingénieur Qualité'],
  ['Poste : Product Designer\nDate : lundi 14 décembre 2026', 'Product Designer'],
  ['Gracias por tu interés en el puesto de Analista de Riesgos en Banco Andino.', 'Analista de Riesgos'],
  ['Te escribimos sobre la posición de Consultor SAP para el área de finanzas.', 'Consultor SAP'],
  ['Puesto: Desarrollador Full Stack\nFecha: martes 24 de noviembre', 'Desarrollador Full Stack'],
  // A lower-case title is left out rather than guessed at.
  ['Nous vous remercions pour votre candidature au poste de chargé de mission.', null],
  // A French or Spanish title's lower-case noun after "de" is part of it, up to a preposition or a stop.
  [
    'nous avons le plaisir de vous proposer le poste de Gestionnaire de projet au sein de notre équipe.',
    'Gestionnaire de projet',
  ],
  ['Votre candidature au poste de Chargée de clientèle.', 'Chargée de clientèle'],
  // A lower-case noun right after the capitalised word, as French and Spanish titles run.
  [
    'nous avons le plaisir de vous proposer le poste de Gestionnaire sinistres au sein de Brabant Assurances.',
    'Gestionnaire sinistres',
  ],
  ['Te ofrecemos el puesto de Ingeniero civil en nuestra sede de Bilbao.', 'Ingeniero civil'],
  ['Le poste de Développeur basé à Lyon est à pourvoir.', 'Développeur'],
  [
    'Te confirmamos tu entrevista para el puesto de Técnico de mantenimiento en Monterrey.',
    'Técnico de mantenimiento',
  ],
];

describe('role: a grade inside the title (r44)', () => {
  const rows: readonly (readonly [string, string | null])[] = [
    [
      'We are pleased to invite you to interview for the post of Band 6 Physiotherapist.',
      'Band 6 Physiotherapist',
    ],
    ['We would like to offer you the position of Grade 7 Policy Advisor.', 'Grade 7 Policy Advisor'],
    // A number after the title is no part of it.
    ['Thank you for applying for the role of Data Analyst 2 weeks ago.', 'Data Analyst'],
  ];
  for (const [text, role] of rows)
    it(`${JSON.stringify(text)} → ${String(role)}`, () => {
      assert.equal(factsOf('Next steps', text).role, role);
    });
});

describe('role: in German, French and Spanish wording', () => {
  for (const [text, role] of FOREIGN_ROLES)
    it(`${JSON.stringify(text.split('\n')[0])} → ${String(role)}`, () => {
      assert.equal(factsOf('Ihre Bewerbung', text).role, role);
    });
});

describe('role: from a German, French or Spanish subject', () => {
  const rows: readonly (readonly [string, string | null])[] = [
    ['Votre candidature - Analyste TI', 'Analyste TI'],
    ['Ihre Bewerbung als Data Engineer (m/w/d)', 'Data Engineer'],
    ['Candidature au poste de Chef de Projet', 'Chef de Projet'],
    ['Entrevista: Analista de Datos', 'Analista de Datos'],
    ['AW: Vorstellungsgespräch – Leiter Einkauf', 'Leiter Einkauf'],
    // A possessive before an English "Interview" is no role (r61's draft said "the Ihr position").
    ['Ihr Interview – Regulatory Affairs Managerin', 'Regulatory Affairs Managerin'],
    ['Votre interview – Chargée de clientèle', 'Chargée de clientèle'],
    // An offer's subject names the role it offers (r64's draft).
    ["Offre d'emploi – Conseillère en communication", 'Conseillère en communication'],
    ['Oferta laboral: Analista Comercial', 'Analista Comercial'],
    ['Stellenangebot – Projektingenieur (m/w/d)', 'Projektingenieur'],
    // Words that name no role: a lower-case word, a thanks.
    ['Re: Suite à notre entretien', null],
    ['Votre candidature', null],
    // The keyword in any case, but a role with a capital: these name a date and a team.
    ['AW: Vorstellungsgespräch vom 1. Dezember', null],
    ['Re: Entrevista con Producto', null],
    // A keyword before lower-case words, then the role after the dash (r52).
    ['Convocation à un entretien – Responsable d’entrepôt', 'Responsable d’entrepôt'],
    ['Citación a entrevista – Analista Actuarial', 'Analista Actuarial'],
    ['Einladung zu einem Gespräch – Leiterin Buchhaltung', 'Leiterin Buchhaltung'],
    // "Bewerbungsgespräch", the Austrian word for the interview (r52's draft).
    ['Einladung zum Bewerbungsgespräch – Controller (m/w/d)', 'Controller'],
  ];
  for (const [subject, role] of rows)
    it(`"${subject}" → ${String(role)}`, () => {
      assert.equal(factsOf(subject, 'Merci.').role, role);
    });

  // The thread's subject names none: an earlier subject does (r52).
  for (const [first, last, role] of [
    [
      'Convocation à un entretien – Chargée de clientèle',
      'Remerciements – entretien du 23 novembre',
      'Chargée de clientèle',
    ],
    ['Interview – Warehouse Supervisor', 'Thank you for today', 'Warehouse Supervisor'],
    ['Merci', 'Re: Merci', null],
  ] as const)
    it(`"${last}" after "${first}" → ${String(role)}`, () => {
      const t = thread([
        {
          role: 'employer',
          at: '2026-11-17T09:00:00+01:00',
          subject: first,
          text: 'À lundi.',
          from: { name: 'Ada Lee', address: 'ada@gmail.com' },
        },
        {
          role: 'candidate',
          at: '2026-11-23T18:00:00+01:00',
          subject: last,
          text: 'Merci pour cet échange.',
        },
      ]);
      assert.equal(draftFacts(t, { interview: null, tz: 'UTC' }).role, role);
    });
});

type SenderRow = readonly [
  name: string,
  address: string,
  subject: string,
  text: string,
  company: string | null,
];

/** One employer message from `name <address>` under `subject`, and the company the draft names from it. */
function checkSenders(title: string, rows: readonly SenderRow[]): void {
  describe(title, () => {
    for (const [name, address, subject, text, company] of rows)
      it(`${name} <${address}> "${subject}" → ${String(company)}`, () => {
        const t = thread([
          { role: 'employer', at: '2026-12-02T14:00:00+00:00', subject, text, from: { name, address } },
        ]);
        assert.equal(draftFacts(t, { interview: null, tz: 'UTC' }).company, company);
      });
  });
}

// A hiring platform's sender named as the employer (board3): the address's tenant spells it, or the mail names it
// as a firm; a recruiter writing through the platform is no firm, nor is the platform itself.
checkSenders('company: a hiring platform sender’s display name', [
  [
    'Cascade Health',
    'cascadehealth@myworkday.com',
    'Interview Scheduled: Data Analyst II',
    'Your interview has been scheduled.',
    'Cascade Health',
  ],
  [
    'Ravenna AI',
    'no-reply@ashbyhq.com',
    'Schedule your interview with Ravenna AI',
    'Please choose a time.',
    'Ravenna AI',
  ],
  [
    'Lumen Foods',
    'no-reply@hire.lever.co',
    'Next steps',
    'The Lumen Foods team would like to meet you.',
    'Lumen Foods',
  ],
  ['Kai Nakamura', 'no-reply@hire.lever.co', 'Next steps', 'Looking forward to our chat on Friday.', null],
  [
    'Greenhouse',
    'no-reply@greenhouse.io',
    'Interview reminder',
    'Your interview with the team is tomorrow.',
    null,
  ],
]);

describe('role: offered in the text (board3)', () => {
  for (const [text, role] of [
    ["I'm thrilled to offer you the Senior Product Designer role at Brightpath!", 'Senior Product Designer'],
    ['We are offering you the Warehouse Lead position, starting in January.', 'Warehouse Lead'],
    // An agency's client's opening (heldout6's draft).
    ['Greenleaf Foods liked your profile for their Supply Chain Analyst opening.', 'Supply Chain Analyst'],
    ["I'd like to put you forward for our client's Data Engineer role.", 'Data Engineer'],
  ] as const)
    it(`${JSON.stringify(text)} → ${role}`, () => {
      const t = thread([
        {
          role: 'employer',
          at: '2026-12-04T16:00:00-08:00',
          subject: 'Offer',
          text,
          from: { name: 'Olivia Brooks', address: 'olivia@brightpath.io' },
        },
      ]);
      assert.equal(draftFacts(t, { interview: null, tz: 'UTC' }).role, role);
    });
});

// The topic the candidate's thank-you says they enjoyed, quoted by a follow-up: a whole phrase, never half a clause,
// across a line wrapped at 72 columns (the playground's samples).
describe('topic: what the candidate enjoyed, as a whole phrase', () => {
  for (const [text, topic] of [
    [
      'Thank you for speaking with me. I enjoyed hearing about the spring catalogue and would be delighted to\nsupport the team.',
      'the spring catalogue',
    ],
    ['I especially enjoyed learning about the new data platform.', 'the new data platform'],
    ['I enjoyed learning about the AWS and SQL work of the team.', 'the AWS and SQL work of the team'],
    ['I enjoyed discussing the roadmap and I look forward to hearing from you.', 'the roadmap'],
  ] as const)
    it(`${JSON.stringify(text)} → ${topic}`, () => {
      const t = thread([
        {
          role: 'employer',
          at: '2026-11-02T09:00:00-05:00',
          subject: 'Interview',
          text: 'See you at 2pm.',
          from: { name: 'Grace Liu', address: 'grace@lucerne.example' },
        },
        { role: 'candidate', at: '2026-11-02T18:00:00-05:00', subject: 'Thank you', text },
      ]);
      const held = interview(0, '2026-11-02T14:00:00-05:00', '2026-11-02T15:00:00-05:00', 'See you at 2pm.');
      assert.equal(draftFacts(t, { interview: held, tz: 'UTC' }).topic, topic);
    });
});

// A platform's sender that signs the mail with the firm's name (board4's Trac), and an agency's subject that names
// its client beside the stage, repeated in its text (board4's "Aldgate Capital – interview confirmed").
checkSenders('company: signed by a platform sender, or named beside the stage in an agency subject', [
  [
    'Rosewood Community Health NHS Trust',
    'noreply@trac.jobs',
    'Invitation to interview – Band 5 Occupational Therapist',
    'Dear Sam,\n\nWe are pleased to invite you to interview.\n\nRecruitment Team\nRosewood Community Health NHS Trust',
    'Rosewood Community Health NHS Trust',
  ],
  [
    'Harrow Valley Council',
    'no-reply@tribepad.com',
    'Your application',
    'Thank you for applying.\n\nKind regards\nHarrow Valley Council',
    'Harrow Valley Council',
  ],
  // A person writing through the platform signs with their title.
  [
    'Priya Shah',
    'noreply@trac.jobs',
    'Interview',
    'Your interview is on Monday.\n\nPriya Shah\nRecruitment Officer',
    null,
  ],
  [
    'Callum Reid',
    'callum.reid@sterling-recruitment.co.uk',
    'Aldgate Capital – interview confirmed',
    'Aldgate Capital would like to meet you for the Treasury Analyst role on Friday at 2pm.',
    'Aldgate Capital',
  ],
  [
    'Jo Park',
    'jo.park@northsearch.com',
    'Brightwell Foods: second interview',
    'Good news: Brightwell Foods were impressed and want to see you again.',
    'Brightwell Foods',
  ],
  // In Spanish, French and German agency mail (board5).
  [
    'Andrea Ruiz',
    'andrea.ruiz@talentoplus.com.mx',
    'Farmacéutica Lerma – entrevista confirmada',
    'Farmacéutica Lerma quiere conocerte para la posición de Coordinadora de Abastecimiento.',
    'Farmacéutica Lerma',
  ],
  [
    'Julie Martin',
    'julie.martin@hays-recruitment.fr',
    'Maison Verdier : entretien confirmé',
    'Maison Verdier souhaite vous rencontrer jeudi à 10h.',
    'Maison Verdier',
  ],
  [
    'Jonas Weber',
    'j.weber@personal-recruiting.de',
    'Elbwerk Logistik – Vorstellungsgespräch bestätigt',
    'Elbwerk Logistik freut sich auf das Gespräch am Dienstag.',
    'Elbwerk Logistik',
  ],
  // The segment is the role, named so in the text; a phrase of the agency's is no firm.
  [
    'Callum Reid',
    'callum.reid@sterling-recruitment.co.uk',
    'Treasury Analyst – interview confirmed',
    'Your interview for the Treasury Analyst role is confirmed for Friday.',
    null,
  ],
  [
    'Callum Reid',
    'callum.reid@sterling-recruitment.co.uk',
    'Great news – interview confirmed',
    'Great news, your interview is confirmed for Friday.',
    null,
  ],
]);
