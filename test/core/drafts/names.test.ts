// Names as their owners write them (issue 11): each row a display name or signed line as mail carries it, and
// the greeting a hiring manager expects. Unicode throughout: accents, marks, other scripts.
import assert from 'node:assert/strict';
import {
  greeting,
  readPersonName,
  reconcile,
  registerOf,
  signedName,
  usedTitle,
  addressesByTitle,
} from '../../../src/core/drafts/names';

// [display name as the From header carries it, greeting in the "hi" register, in the "dear" register]
const DISPLAY: readonly (readonly [string, string, string])[] = [
  ['Renée Dubois', 'Hi Renée,', 'Dear Renée,'],
  ['Zoë Kravitz-Hale', 'Hi Zoë,', 'Dear Zoë,'],
  ['José Álvarez', 'Hi José,', 'Dear José,'],
  ['Łukasz Wiśniewski', 'Hi Łukasz,', 'Dear Łukasz,'],
  ['Søren Kierkegaard', 'Hi Søren,', 'Dear Søren,'],
  // Vietnamese names stand family first: the given name is the last (r50; this row had greeted "Nguyễn").
  ['Nguyễn Văn An', 'Hi An,', 'Dear An,'],
  ['Trần Minh Anh', 'Hi Minh Anh,', 'Dear Minh Anh,'],
  ['Nguyen Thi Thu Ha', 'Hi Thu Ha,', 'Dear Thu Ha,'],
  ['Chloe Nguyen', 'Hi Chloe,', 'Dear Chloe,'],
  ['Le Van Tam', 'Hi Tam,', 'Dear Tam,'],
  ['Ólafur Arnalds', 'Hi Ólafur,', 'Dear Ólafur,'],
  ['Chloé Martin (Talent Partner)', 'Hi Chloé,', 'Dear Chloé,'],
  ['Jean-Luc Picard', 'Hi Jean-Luc,', 'Dear Jean-Luc,'],
  ["Siobhán O'Neill", 'Hi Siobhán,', 'Dear Siobhán,'],
  ['Lee, Ada', 'Hi Ada,', 'Dear Ada,'],
  ['LEE, Ada', 'Hi Ada,', 'Dear Ada,'],
  ['Tan, Hui Min', 'Hi Hui Min,', 'Dear Hui Min,'],
  ['Müller, Jürgen', 'Hi Jürgen,', 'Dear Jürgen,'],
  ['TAN Hui Min', 'Hi Hui Min,', 'Dear Hui Min,'],
  ['DUPONT Jean-Luc', 'Hi Jean-Luc,', 'Dear Jean-Luc,'],
  ['Amara Obi, PhD', 'Hi Amara,', 'Dear Amara,'],
  ['Amara Obi PhD', 'Hi Amara,', 'Dear Amara,'],
  ['John Smith Jr.', 'Hi John,', 'Dear John,'],
  ['Jane Doe, CPA', 'Hi Jane,', 'Dear Jane,'],
  ['Sam Carter, SHRM-CP', 'Hi Sam,', 'Dear Sam,'],
  // Designations of other countries after a comma: Québec's CRHA, an engineer's "ing.", the UK's CIPD grades.
  ['Marie-Ève Gagnon, CRHA', 'Hi Marie-Ève,', 'Dear Marie-Ève,'],
  ['Luc Bouchard, ing.', 'Hi Luc,', 'Dear Luc,'],
  ['Priya Nair, Chartered MCIPD', 'Hi Priya,', 'Dear Priya,'],
  ['Owen Hughes, CEng', 'Hi Owen,', 'Dear Owen,'],
  ['Thomas Ford III', 'Hi Thomas,', 'Dear Thomas,'],
  ['Ana Ruiz, RN, BSN', 'Hi Ana,', 'Dear Ana,'],
  ['Mark Chen MBA', 'Hi Mark,', 'Dear Mark,'],
  ['Kwame Mensah, Esq.', 'Hi Kwame,', 'Dear Kwame,'],
  ['Dr. Amara Obi', 'Dear Dr. Obi,', 'Dear Dr. Obi,'],
  ['Prof. Lena Koch', 'Dear Prof. Koch,', 'Dear Prof. Koch,'],
  ['Dr Priya Raman, MD', 'Dear Dr. Raman,', 'Dear Dr. Raman,'],
  ['Mr. Tom Ford', 'Hi Tom,', 'Dear Tom,'],
  ['Ms Aoife Byrne', 'Hi Aoife,', 'Dear Aoife,'],
  ['Herr Jonas Weber', 'Hi Jonas,', 'Dear Jonas,'],
  ['Ana de la Cruz', 'Hi Ana,', 'Dear Ana,'],
  ['Ludwig van Dijk', 'Hi Ludwig,', 'Dear Ludwig,'],
  ['ADA LEE', 'Hi Ada,', 'Dear Ada,'],
  ['"Priya Raman" ', 'Hi Priya,', 'Dear Priya,'],
  ['Ada Lee | Contoso', 'Hi Ada,', 'Dear Ada,'],
  ['Ada Lee - Recruiter', 'Hi Ada,', 'Dear Ada,'],
  ['Megan Cho via Greenhouse', 'Hi Megan,', 'Dear Megan,'],
  ['Дмитрий Иванов', 'Hi Дмитрий,', 'Dear Дмитрий,'],
  ['Ελένη Παπαδοπούλου', 'Hi Ελένη,', 'Dear Ελένη,'],
  ['王伟', 'Hi 王伟,', 'Dear 王伟,'],
  ['Ngozi Okonkwo-Adeyemi', 'Hi Ngozi,', 'Dear Ngozi,'],
  ['Saoirse Ní Bhriain', 'Hi Saoirse,', 'Dear Saoirse,'],
  ['Mohammed bin Rashid', 'Hi Mohammed,', 'Dear Mohammed,'],
  // Two-syllable Chinese and Korean given names written as two words, in either order (r50).
  ['Siew Lan Goh', 'Hi Siew Lan,', 'Dear Siew Lan,'],
  ['Chua Boon Kiat', 'Hi Boon Kiat,', 'Dear Boon Kiat,'],
  ['Park Ji Hoon', 'Hi Ji Hoon,', 'Dear Ji Hoon,'],
  ['Xiao Yu Zhang (Recruiter)', 'Hi Xiao Yu,', 'Dear Xiao Yu,'],
  // Spanish, Portuguese and French compound given names without a hyphen, used whole.
  ['María José García López', 'Hi María José,', 'Dear María José,'],
  ['Juan Carlos Rodríguez', 'Hi Juan Carlos,', 'Dear Juan Carlos,'],
  ['João Pedro Albuquerque', 'Hi João Pedro,', 'Dear João Pedro,'],
  ['Ana Torres Ruiz', 'Hi Ana,', 'Dear Ana,'],
  ['Carlos Martín', 'Hi Carlos,', 'Dear Carlos,'],
  // Western names of the same length keep their reading.
  ['Mary Ann Lee', 'Hi Mary,', 'Dear Mary,'],
  ['Daniel Wei Chen', 'Hi Daniel,', 'Dear Daniel,'],
  ['Tom Ho Lam', 'Hi Tom,', 'Dear Tom,'],
];

describe('readPersonName: display names in many forms and scripts', () => {
  for (const [display, hi, dear] of DISPLAY) {
    it(`"${display}" is greeted "${hi}" / "${dear}"`, () => {
      const name = readPersonName(display);
      assert.equal(greeting(name, 'hi'), hi);
      assert.equal(greeting(name, 'dear'), dear);
    });
  }
  for (const notAName of [
    'Careers',
    'no-reply',
    'PhD',
    'Talent Acquisition Team',
    // Team mailboxes in Spanish, French and German.
    'Reclutamiento Grupo Tlaloc',
    'Selección de Personal',
    'Recrutement Banque Lémanique',
    'Ressources Humaines',
    'Personalabteilung Stadtwerke',
    '',
    '12345',
    'hello world',
  ])
    it(`"${notAName}" is no person's name`, () => {
      const name = readPersonName(notAName);
      assert.ok(
        name === null ||
          !/^(?:Careers|PhD|hello|Reclutamiento|Selección|Recrutement|Ressources|Personalabteilung)/.test(
            name.given,
          ),
        JSON.stringify(name),
      );
    });
  // A department's display name is no one to name in a reason ("Service wrote on 20 November") or to greet (r24).
  for (const department of [
    'Service du Personnel',
    'Équipe Recrutement',
    'Equipo de Talento',
    'Human Resources Department',
    'Office of Admissions',
    'RRHH Clínica Norte',
    'Personalabteilung',
    'Sekretariat Prof. Weber',
  ])
    it(`"${department}" is a department, no person`, () => assert.equal(readPersonName(department), null));
});

// [display name, the message's last lines, signature, expected greeting in the "hi" register]
const SIGNED: readonly (readonly [string, string, string | null, string])[] = [
  ['Robert Smith', 'See you then.\n\nCheers, Rob', null, 'Hi Rob,'],
  // A mail app's line is no signed name (r23: "Hi Sent,").
  ['Mike Donovan', 'circle back next week.\n\nmike', 'Sent from my iPhone', 'Hi Mike,'],
  ['Jana Lind', 'Bis Freitag.\n\nVon meinem iPhone gesendet', null, 'Hi Jana,'],
  ['Lucía Vega', 'Nos vemos.\n\nEnviado desde mi iPhone', null, 'Hi Lucía,'],
  ['Robert Smith', 'See you then.\n\nCheers,', 'Rob', 'Hi Rob,'],
  ['Hui Min Tan', 'Thanks for your time.\n\nBest regards,', 'Hui Min\nTalent Partner', 'Hi Hui Min,'],
  ['Mary Anne Jones', 'Looking forward to it.\n\nBest,', 'Mary Anne Jones\nRecruiter', 'Hi Mary,'],
  ['Mary Anne Jones', 'Looking forward to it.\n\nBest, Mary Anne', null, 'Hi Mary Anne,'],
  ['Amara Obi', 'We will be in touch.\n\nKind regards,', 'Dr. Amara Obi\nHead of Research', 'Dear Dr. Obi,'],
  ['Lena Koch', 'Best wishes,', 'Prof. Lena Koch', 'Dear Prof. Koch,'],
  ['Jennifer Walsh', 'Talk soon!\n\n-Jen', null, 'Hi Jen,'],
  ['Elizabeth Taylor', 'Perfect, see you at 3.\n\nThanks, Liz', null, 'Hi Liz,'],
  ['Careers at Contoso', 'Kind regards,', 'Renée Dubois\nRecruiter, Contoso', 'Hi Renée,'],
  ['Zoë Adams', 'All the best,', 'Talent Acquisition\nContoso', 'Hi Zoë,'],
  ['Jean-Luc Martin', 'Cordialement,', 'Jean-Luc Martin\nRH', 'Hi Jean-Luc,'],
  // A company's display name is nobody; the name under the closing is, above a title, a company and a platform's
  // footer, in the closings of the four languages.
  [
    'Meridian Logistik GmbH',
    'vielen Dank.\n\nMit freundlichen Grüßen\nKatrin Vogel\nPersonalabteilung\nMeridian Logistik GmbH\n\nDiese E-Mail wurde über Personio versendet.',
    null,
    'Hi Katrin,',
  ],
  ['Aarwerk AG', 'Besten Dank.\n\nFreundliche Grüsse\nReto Baumann\nLeiter Personal', null, 'Hi Reto,'],
  [
    'Solaris Energía S.A. de C.V.',
    'Gracias por tu flexibilidad.\n\nSaludos cordiales,\nFernanda Ruiz\nAtracción de Talento\nSolaris Energía',
    null,
    'Hi Fernanda,',
  ],
  ['Brabant Énergie SA', 'Bien cordialement,\nNathalie Dupont\nResponsable RH', null, 'Hi Nathalie,'],
  // The same words in another order: the order its owner signs in says which is the given name.
  ['Kim Min-jun', 'Best regards,', 'Min-jun Kim\nEngineering Manager, Hanbit Robotics', 'Hi Min-jun,'],
  ['SATO Haruka', 'Best regards,', 'Haruka Sato\nPeople Team', 'Hi Haruka,'],
  ['Nguyen Thi Lan', 'Best regards,\nLan', null, 'Hi Lan,'],
  // Informal closings in Spanish, French and German (lead's round r27), and a compound given name signed alone.
  ['María José García-López', 'Nos vemos el lunes.\n\nUn abrazo,\nMaría José', null, 'Hi María José,'],
  ['Camille Roux', 'Merci pour votre venue.\n\nBelle journée,\nCamille', null, 'Hi Camille,'],
  ['Jonas Becker', 'Danke dir!\n\nLG\nJo', null, 'Hi Jo,'],
];

describe('readPersonName: a legal form makes a name a company', () => {
  for (const company of [
    'Meridian Logistik GmbH',
    'Contoso Ltd',
    'Brabant Énergie SA',
    'Vedanta Softworks Pvt. Ltd.',
    'Grupo Altavista S.A. de C.V.',
    'Aarwerk AG',
    'Northwind LLC',
  ])
    it(`"${company}" is no person`, () => assert.equal(readPersonName(company), null));
  for (const person of ['Sa Li', 'Ag Nes', 'Seo Se-ri'])
    it(`"${person}" is still a person (case counts)`, () => assert.notEqual(readPersonName(person), null));
});

describe('signedName + reconcile: a person is greeted as they sign', () => {
  for (const [display, text, signature, want] of SIGNED) {
    it(`"${display}" signing ${JSON.stringify(text.split('\n').pop())} / ${JSON.stringify(signature)} → "${want}"`, () => {
      const name = reconcile(readPersonName(display), signedName(text, signature));
      assert.equal(greeting(name, 'hi'), want);
    });
  }
});

describe('registerOf: the greeting the employer used', () => {
  const rows: readonly (readonly [string, 'hi' | 'dear' | null])[] = [
    ['Hi Alex,\n\nThanks for applying.', 'hi'],
    ['Hello Grace,\nYour interview is confirmed.', 'hi'],
    ['Good morning Grace,', 'hi'],
    ['Dear Grace,\n\nThank you for your application.', 'dear'],
    ['Dear Ms. Hopper,', 'dear'],
    ['Sehr geehrte Frau Hopper,', 'dear'],
    ['Your interview is confirmed for Tuesday.', null],
  ];
  for (const [text, want] of rows)
    it(`${JSON.stringify(text.split('\n')[0])} → ${String(want)}`, () =>
      assert.equal(registerOf(text), want));
});

describe('usedTitle: a reply keeps the title the candidate already greets a person with', () => {
  // [the candidate's opening lines, the person's family name, the title the English draft uses]
  const rows: readonly (readonly [readonly string[], string, string | null])[] = [
    [['Estimada Sra. Quispe:'], 'Quispe', 'Ms.'],
    [['Estimado Sr. Salazar:'], 'Salazar', 'Mr.'],
    [['Sehr geehrte Frau Vogt,'], 'Vogt', 'Ms.'],
    [['Sehr geehrter Herr Dr. Berger,'], 'Berger', 'Dr.'],
    [['Dear Ms Okafor,'], 'Okafor', 'Ms.'],
    [['Dear Mr. Tanaka,'], 'Tanaka', 'Mr.'],
    [['Bonjour Madame Lambert,'], 'Lambert', 'Ms.'],
    [['Monsieur Benali,'], 'Benali', 'Mr.'],
    [['Madame,'], 'Marchand', 'Ms.'],
    [['Estimada Sra. García López:'], 'García López', 'Ms.'],
    // An Austrian or Swiss degree between the title and the name is passed over (r41).
    [['Sehr geehrte Frau Mag. Huber,'], 'Huber', 'Ms.'],
    [['Sehr geehrter Herr DI Lechner,'], 'Lechner', 'Mr.'],
    [['Grüezi Frau lic. iur. Brunner'], 'Brunner', 'Ms.'],
    [['Sehr geehrter Herr Dipl.-Ing. Lang,'], 'Lang', 'Mr.'],
    // Another person's name, a first name, or no title: nothing to keep.
    [['Sehr geehrte Frau Schulz,'], 'Vogt', null],
    [['Hi Rosa,'], 'Quispe', null],
    [['Madame, Monsieur,'], 'Marchand', null],
    [['Dear Sir or Madam,'], 'Marchand', null],
    [[], 'Quispe', null],
  ];
  for (const [openings, family, want] of rows)
    it(`${JSON.stringify(openings)} to ${family} → ${String(want)}`, () =>
      assert.equal(usedTitle(openings, family), want));
});

describe('addressesByTitle: whether the employer writes to the candidate by title', () => {
  const rows: readonly (readonly [string, boolean])[] = [
    ['Hallo Herr Yilmaz,', true],
    ['Estimado Sr. Salazar:', true],
    ['Bonjour Madame Girard,', true],
    ['Dear Mr. Lee,', true],
    ['Sehr geehrte Frau Dr. Petrović,', true],
    ['Bonjour Thomas,', false],
    ['Dear Grace,', false],
    ['Hola Santiago, ¿cómo estás?', false],
    ['Madame, Monsieur,', false],
    ['Madame,', true],
    ['Bonjour Monsieur,', true],
    ['Estimada señora:', true],
    ['Sehr geehrter Herr,', true],
    ['Dear Sir or Madam,', false],
    ['Hi M,', false],
    ['Dear Hiring Manager,', false],
  ];
  for (const [opening, want] of rows)
    it(`${JSON.stringify(opening)} → ${String(want)}`, () => assert.equal(addressesByTitle(opening), want));
});
