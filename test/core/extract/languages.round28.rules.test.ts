// fx450's rules (issue 13, German, Spanish, French): the rules behind the misses of rounds 327–330c (hw440's,
// languages.round33.foreign.table.ts, and hw449's, languages.round34.foreign.table.ts). Each checked on lines of its
// own, written for these tests and not taken from the rounds, with twins in the other languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 15 October 2031, 09:30 in Berlin, Vienna, Madrid, Bogotá, Paris and Montréal.
const BER = { sentAt: '2031-10-15T09:30:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2031-10-15T09:30:00+02:00', tz: 'Europe/Vienna' } as const;
const MAD = { sentAt: '2031-10-15T09:30:00+02:00', tz: 'Europe/Madrid' } as const;
const BOG = { sentAt: '2031-10-15T09:30:00-05:00', tz: 'America/Bogota' } as const;
const PAR = { sentAt: '2031-10-15T09:30:00+02:00', tz: 'Europe/Paris' } as const;
const YUL = { sentAt: '2031-10-15T09:30:00-04:00', tz: 'America/Toronto' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: fx450’s rules (rounds 327–330c)', () => {
  describe('the reader on the hiring side: an interviewer, a panel or jury member, an employer pitched to', () => {
    check([
      [
        BER,
        'Hi Svenja,\n\nkannst du am Donnerstag beim Gespräch mit Frau Ortmann als Co-Interviewer dabei sein? Start ist um 10 Uhr.\n\nDanke!\nTim',
        [],
      ],
      [
        BER,
        'Guten Morgen Herr Lange,\n\nIhr Interview mit dem Kandidaten Herrn Brandt ist am Montag, 20. Oktober, um 9 Uhr in Raum 4.\n\nViele Grüße\nRecruiting',
        [],
      ],
      [
        BOG,
        'Hola Julián:\n\ntienes una videollamada agendada con la postulante Carla Ibáñez el viernes 17 de octubre a las 11:00.\n\nGracias,\nGestión Humana',
        [],
      ],
      [
        MAD,
        'Hola Nuria:\n\nte he sumado al panel de entrevistas del viernes a las 9:30 para la vacante de Contable.\n\nUn saludo,\nPablo',
        [],
      ],
      [
        MAD,
        'Estimada Sra. Prieto:\n\nha sido designada en calidad de vocal titular del tribunal de selección. Las entrevistas serán el lunes 20 de octubre a las 9:00.\n\nRecursos Humanos',
        [],
      ],
      [
        PAR,
        'Madame,\n\nvous siégerez en tant que membre du jury du concours ; les oraux auront lieu le lundi 20 octobre à 9 h.\n\nLe service des concours',
        [],
      ],
      [
        PAR,
        'Bonjour Hugo,\n\nvotre entretien avec la candidate pour le poste de comptable est prévu jeudi à 14 h, salle B.\n\nL’équipe RH',
        [],
      ],
      [
        BER,
        'Sehr geehrte Frau Albrecht,\n\nzu Ihrer Vakanz im Vertrieb: Gern stelle ich Ihnen bis Freitag, 17. Oktober, zwei passende Kandidatenprofile vor. Passt Ihnen Dienstag um 10 Uhr für ein Telefonat?\n\nBeste Grüße\nJan Wolff, Personalberatung',
        [],
      ],
      [
        PAR,
        'Bonjour Monsieur Perrin,\n\nje peux vous présenter une short-list de trois profils sous huit jours. Êtes-vous disponible lundi à 10 h ?\n\nCordialement,\nAnaïs, cabinet Recrutia',
        [],
      ],
      [
        BOG,
        'Buenos días, Sr. Rojas:\n\npodemos presentarle una terna de candidatos en diez días. ¿Le viene bien una llamada el lunes a las 10:00?\n\nSaludos,\nConsultora Andina',
        [],
      ],
    ]);
  });
  describe('a friend’s own interview news (rounds 327c, 330c)', () => {
    check([
      [
        PAR,
        'Coucou ! Je passe mon entretien chez Renault jeudi à 9 h, tu peux garder le chien ? Bisous, Lou',
        [],
      ],
      [
        YUL,
        'Salut! J’ai enfin obtenu un entretien chez Decathlon, c’est lundi à 14h! Je te raconte. Max',
        [],
      ],
      [
        BOG,
        '¡Hola, Sofi! Conseguí una entrevista en Mercado Libre, es el jueves a las 10. ¡Deseame suerte! Vale',
        [],
      ],
      [
        BER,
        'Hey Lisa, ich hab endlich ein Vorstellungsgespräch bei Bosch, am Donnerstag um 9! Drück mir die Daumen. Nele',
        [],
      ],
    ]);
  });
  describe('promises relayed from a client, and a talk told in the perfect tense (rounds 327, 327b, 328c, 330c)', () => {
    check([
      [
        PAR,
        'Bonjour Madame Garnier,\n\nle client reviendra vers nous d’ici vendredi au plus tard. Je vous tiens au courant.\n\nBien à vous,\nLucas, Adecco',
        ['response-by 2031-10-17'],
      ],
      [
        PAR,
        'Salut Inès,\n\nle client doit encore valider les horaires du soir, je te rappelle au plus tard lundi.\n\nBonne journée,\nMarie, Manpower',
        ['response-by 2031-10-20'],
      ],
      [
        BOG,
        'Hola Andrés:\n\nhablé con el cliente y quedó en darnos una devolución en los próximos cinco días hábiles.\n\nAbrazo,\nCata',
        ['response-by 2031-10-22'],
      ],
      [
        MAD,
        'Hola Pedro:\n\nte recordamos la devolución del equipo y la tarjeta antes del viernes 17 de octubre.\n\nRR. HH.',
        [],
      ],
      [
        BER,
        'Hallo Frau Schulz,\n\nHerr Krüger hat mir zugesagt, sich bis Freitag bei mir zurückzumelden. Ich gebe Ihnen dann Bescheid.\n\nBeste Grüße\nMara Lenz, Hays',
        ['response-by 2031-10-17'],
      ],
      [
        BER,
        'Hallo Herr Vogt,\n\nich habe heute früh mit der Geschäftsführung der Nordlicht AG gesprochen: Das Feedback war gut. Ich halte Sie auf dem Laufenden.\n\nGrüße\nMara Lenz',
        [],
      ],
    ]);
  });
  describe('an employee’s yearly review, beside an HR department’s name (round 327)', () => {
    check([
      [
        BER,
        'Hallo Tom,\n\ndie Mitarbeiterentwicklungsgespräche stehen an. Dein Termin mit Sabine ist am Dienstag, 21. Oktober, um 14 Uhr.\n\nViele Grüße\ndein HR-Team',
        [],
      ],
      [
        PAR,
        'Bonjour Paul,\n\nla campagne des entretiens annuels commence : ton entretien avec Marie est fixé au mardi 21 octobre à 14 h.\n\nL’équipe RH',
        [],
      ],
      [
        MAD,
        'Hola Ana:\n\narranca el ciclo de evaluación de desempeño. Tu reunión con Jorge es el martes 21 de octubre a las 14:00.\n\nEquipo de RR. HH.',
        [],
      ],
    ]);
  });
  describe('offers said formally, or with words between (rounds 328b, 330)', () => {
    check([
      [
        BOG,
        'Estimado Sr. Londoño:\n\ncon respecto al proceso de Analista de Riesgos, tenemos el agrado de ofrecerle dicha posición.\n\nGestión Humana',
        ['outcome offer'],
      ],
      [
        BER,
        'Angebot – Finanzberaterin\n\nSehr geehrte Frau Roth,\n\nwir freuen uns, Ihnen nach den sehr guten Gesprächen der vergangenen Wochen die Stelle als Finanzberaterin anbieten zu können.\n\nMit freundlichen Grüßen',
        ['outcome offer'],
      ],
      [
        VIE,
        'Sehr geehrter Herr Huber,\n\nwir möchten Ihnen die Position als Techniker anbieten. Wir ersuchen Sie um Ihre Rückmeldung bis 24. Oktober 2031.\n\nMit freundlichen Grüßen',
        ['outcome offer'],
      ],
    ]);
  });
  describe('a hire’s first day confirmed is no offer; a welcome with its offer still is (round 329b)', () => {
    check([
      [
        MAD,
        '¡Bienvenida, Clara! Te confirmamos que tu primer día será el lunes 3 de noviembre; te esperamos para la inducción.\n\nPersonas',
        [],
      ],
      [
        BER,
        'Willkommen an Bord, Jonas! Dein erster Arbeitstag ist Montag, der 3. November.\n\nDein People-Team',
        [],
      ],
      [PAR, 'Bienvenue à bord, Léa ! Ton premier jour sera le lundi 3 novembre.\n\nL’équipe RH', []],
      [
        MAD,
        'Hola Clara:\n\nnos complace darte la bienvenida al equipo; te adjuntamos la oferta firmada por dirección.',
        ['outcome offer'],
      ],
    ]);
  });
  describe('a day named again by “that day” (round 328b)', () => {
    check([
      [
        MAD,
        'Hola Marcos:\n\nte pido que no me escribas antes del viernes 24 de octubre; ese día te cuento cómo quedó todo.\n\nUn abrazo,\nIrene',
        ['no-contact-before 2031-10-24', 'response-by 2031-10-24'],
      ],
      [
        PAR,
        'Bonjour Madame Roy,\n\nle comité se réunit le mardi 21 octobre ; ce jour-là, je vous appelle avec la décision.\n\nCordialement',
        ['response-by 2031-10-21'],
      ],
      [
        BER,
        'Sehr geehrte Frau Peters,\n\ndie Kommission tagt am Dienstag, 21. Oktober; an diesem Tag melde ich mich auch bei Ihnen.\n\nFreundliche Grüße',
        ['response-by 2031-10-21'],
      ],
    ]);
  });
  describe('a window after a day named two sentences before (round 327)', () => {
    check([
      [
        VIE,
        'Sehr geehrte Frau Gruber,\n\ndie Bewerbungsfrist endet am 31. Oktober 2031. Wir ersuchen Sie, bis zum Ende der Frist von Anfragen abzusehen. Eine Rückmeldung erhalten Sie spätestens zwei Wochen danach.\n\nMit freundlichen Grüßen',
        ['no-contact-before 2031-11-01', 'response-by 2031-11-14'],
      ],
    ]);
  });
  describe('a reply’s subject on the first line, a first paragraph on the first line (rounds 328b, 329)', () => {
    check([
      [
        BER,
        'AW: Telefonat morgen\n\nHallo Jan,\n\ndanke für deine Nachricht. Ich melde mich bis Freitag bei dir.\n\nGruß\nEva',
        ['response-by 2031-10-17'],
      ],
      [
        BOG,
        'Buenos días, Sra. Ruiz. El comité se reúne el jueves y le daremos una respuesta la próxima semana.\n\nLaura Díaz – Talento Humano',
        ['response-by 2031-10-24'],
      ],
    ]);
  });
  describe('the job centre as the employer, its name in the place field (round 330)', () => {
    check([
      [
        BER,
        'Einladung zum Vorstellungsgespräch\n\nSehr geehrte Frau Kaya,\n\nwir laden Sie zu einem Vorstellungsgespräch ein.\n\nDatum: 22.10.2031\nUhrzeit: 10:00 Uhr\nOrt: Jobcenter Essen, Raum 3\n\nMit freundlichen Grüßen',
        ['interview 2031-10-22 10:00'],
      ],
    ]);
  });
  describe('smaller words (rounds 327, 327b, 328c, 330)', () => {
    check([
      [
        BER,
        'Guten Tag Herr Seidel,\n\nSie hören bis spätestens Montag, 27. Oktober 2031, von uns.\n\nFreundliche Grüsse',
        ['response-by 2031-10-27'],
      ],
      [
        BOG,
        'Hola Diana:\n\nseguimos entrevistando. Le agradecería no llamarme antes del lunes 27 de octubre.\n\nSaludos',
        ['no-contact-before 2031-10-27'],
      ],
      [
        YUL,
        'Bonjour Félix,\n\nafin d’assurer l’équité du processus, merci de ne pas communiquer directement avec le gestionnaire.\n\nL’équipe Talents',
        ['no-calls'],
      ],
      [
        BER,
        'Hoi Luca\n\nMerci fürs Gespräch heute Nachmittag! Ich melde mich bis Freitag bei dir.\n\nGruss\nAnna',
        ['response-by 2031-10-17'],
      ],
    ]);
  });
});
