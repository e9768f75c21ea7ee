// fx403's rules (issue 13, German, Spanish, French): what separates mail to a candidate about their application from
// mail that uses a job's or a booking's words about something else, and the rules behind the misses of rounds
// 310–312c (languages.round23.foreign.table.ts, languages.round22.foreign.table.ts). Each checked on lines of its own,
// written for these tests and not taken from the rounds, with twins in the other languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 9 October 2029, 10:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: mail about something other than the reader’s application (fx403)', () => {
  describe('no word of a job application and the reader addressed as a customer, patient, parent, tenant, student or employee: nothing', () => {
    check([
      [
        BER,
        'Liebe Eltern,\n\ndas Entwicklungsgespräch zu Ihrem Sohn Ben findet am Donnerstag, 11. Oktober, um 16:30 Uhr statt. Bitte geben Sie uns bis Montag Bescheid, ob der Termin passt.\n\nIhr Kita-Team',
        [],
      ],
      [
        BER,
        'Sehr geehrte Kundin,\n\nIhr Termin zur Reifeneinlagerung ist am Freitag, 12.10., um 9 Uhr. Wir melden uns bis Mittwoch mit dem Angebot.\n\nIhr Autohaus',
        [],
      ],
      [
        BER,
        'Hallo Herr Rauch,\n\nIhr Jahresgespräch mit mir ist am Mittwoch, 10.10., um 11 Uhr. Bitte rufen Sie vorher nicht in der Personalabrechnung an.\n\nGrüße\nBirgit',
        [],
      ],
      [
        PAR,
        'Chère cliente,\n\nvotre rendez-vous avec votre conseillère est confirmé le jeudi 11 octobre à 14h30. Nous reviendrons vers vous d’ici vendredi avec l’offre de prêt.',
        [],
      ],
      [PAR, 'Chers collègues,\n\nla réunion d’équipe est déplacée au jeudi 11 octobre à 9h en salle B.', []],
      [
        PAR,
        'Bonjour Madame Colin,\n\nvotre entretien professionnel avec M. Faure aura lieu le vendredi 12 octobre à 15h dans son bureau.\n\nService du personnel',
        [],
      ],
      [
        MAD,
        'Estimado paciente:\n\nle confirmamos su cita el jueves 11 de octubre a las 9:30. Le llamaremos antes del miércoles si hay cambios.',
        [],
      ],
      [MAD, 'Hola a todos:\n\nel jueves 11 a las 10 tenemos reunión con la dirección en la sala 2.', []],
      [
        MAD,
        'Hola Andrés:\n\ntu evaluación de desempeño con Marta será el viernes 12 de octubre a las 12:00 en su despacho.',
        [],
      ],
    ]);
  });
  describe('the same words beside a job application’s stay the reader’s', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Kunde,\n\nvielen Dank für Ihre Bewerbung. Ihr Vorstellungsgespräch findet am Freitag, 12.10., um 9 Uhr statt.',
        ['interview 2029-10-12 09:00'],
      ],
      [
        BER,
        'Hallo Herr Yilmaz,\n\npasst Ihnen Donnerstag um 10 Uhr für ein kurzes Telefonat?\n\nBeste Grüße\nAnna Berg',
        ['interview 2029-10-11 10:00'],
      ],
      [
        PAR,
        'Bonjour Madame Leroy,\n\nsuite à votre candidature, nous vous proposons un entretien le jeudi 11 octobre à 14h30 dans nos locaux.',
        ['interview 2029-10-11 14:30'],
      ],
      [
        MAD,
        'Hola Marta:\n\nGracias por postularte. Te esperamos el jueves 11 de octubre a las 9:30 para la entrevista.',
        ['interview 2029-10-11 09:30'],
      ],
      // A practice, a school or a clinic as the employer's premises names no service of the reader's.
      [
        BER,
        'Hallo Frau Kern,\n\nwir sehen uns dann am Donnerstag, 11.10., um 10 Uhr in der Praxis. Bitte klingeln Sie bei „Dr. Weber“.\n\nViele Grüße\nDr. Anna Weber',
        ['interview 2029-10-11 10:00'],
      ],
      [
        PAR,
        'Bonjour Madame Roy,\n\nje vous attends jeudi 11 octobre à 10h au lycée pour faire connaissance avec l’équipe.\n\nBien à vous,\nDr Claire Vidal, proviseure',
        ['interview 2029-10-11 10:00'],
      ],
      [
        MAD,
        'Hola Lucía:\n\nTe esperamos el jueves 11 a las 10:00 en la clínica para conocer al equipo. Pregunta por la Dra. Ramos en recepción.\n\nUn saludo,\nMarta',
        ['interview 2029-10-11 10:00'],
      ],
      [
        MAD,
        'Hola Julián:\n\nEl cliente quiere conocerte: ¿te viene bien el jueves 11 a las 16:00 por Teams?',
        ['interview 2029-10-11 16:00'],
      ],
    ]);
  });
  describe('a practice, a clinic, a bank or a city hall that signs is an employer like any other', () => {
    check([
      [
        BER,
        'Hallo Frau Kaiser,\n\nnoch einmal danke für Ihre Zeit. Wir melden uns bis Freitag bei Ihnen.\n\nViele Grüße\nDr. Tobias Lenz\nZahnarztpraxis Dr. Lenz',
        ['response-by 2029-10-12'],
      ],
      [
        BER,
        'Sehr geehrter Herr Uysal,\n\nwir melden uns bis Freitag bei Ihnen.\n\nMit freundlichen Grüßen\nSparkasse Rhein-Nahe, Filiale Bingen',
        ['response-by 2029-10-12'],
      ],
      [
        PAR,
        'Bonjour Julie,\n\nmerci encore pour votre temps. Nous reviendrons vers vous d’ici vendredi.\n\nDr Martin\nClinique vétérinaire du Parc',
        ['response-by 2029-10-12'],
      ],
      [
        PAR,
        'Madame,\n\nmerci pour votre patience. Vous aurez notre réponse d’ici vendredi.\n\nService des ressources humaines – Mairie de Rennes',
        ['response-by 2029-10-12'],
      ],
      [
        MAD,
        'Hola Laura:\n\ngracias por tu tiempo. Te escribimos antes del viernes 12.\n\nDra. Paz\nConsultorio Dental Sonríe',
        ['response-by 2029-10-11'],
      ],
    ]);
  });
  describe('a third person’s or the writer’s own interview is no slot of the reader’s', () => {
    check([
      [
        BER,
        'Hallo Tom,\n\nkleine Info: Meike hat am Donnerstag um 10 Uhr ein Vorstellungsgespräch bei Bosch, deshalb tausche ich mit ihr die Schicht.\n\nGruß\nUwe',
        [],
      ],
      [
        BER,
        'Hi Papa, ich hab am Donnerstag um 10 Uhr mein Vorstellungsgespräch bei Bosch! Kannst du mich fahren?',
        [],
      ],
      [
        BER,
        'Unser Sohn hat morgen um 9 Uhr sein Bewerbungsgespräch bei der Sparkasse. Kannst du ihn abholen?',
        [],
      ],
      [
        PAR,
        'Salut Paul,\n\nma fille a un entretien d’embauche jeudi 11 octobre à 10h chez Decathlon, je serai donc absent le matin.\n\nMarc',
        [],
      ],
      [
        MAD,
        'Hola Pili:\n\nmi hermano tiene una entrevista de trabajo el jueves 11 a las 10, así que no puedo ir a la reunión del club.\n\nBesos',
        [],
      ],
      // Held with or for the reader, it stays theirs.
      [
        BER,
        'Vielen Dank für Ihre Bewerbung. Herr Kaya hat ein Interview mit Ihnen am Donnerstag, 11.10., um 10 Uhr angesetzt.',
        ['interview 2029-10-11 10:00'],
      ],
      [
        BER,
        'Frau Roth hat für Sie ein Vorstellungsgespräch am Donnerstag, 11.10., um 10 Uhr eingeplant. Vielen Dank für Ihre Bewerbung.',
        ['interview 2029-10-11 10:00'],
      ],
      [
        PAR,
        'Suite à votre candidature, Mme Petit vous a fixé un entretien jeudi 11 octobre à 10h.',
        ['interview 2029-10-11 10:00'],
      ],
      [
        PAR,
        'Suite à votre candidature, il y a un entretien prévu pour vous jeudi 11 octobre à 10h.',
        ['interview 2029-10-11 10:00'],
      ],
    ]);
  });
});

describe('extract: the rules behind the misses of rounds 311–311c (fx403)', () => {
  describe('something else applied for, a flat, a visa, a loan, with no word of a job’s selection: nothing', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Demir,\n\ndanke für Ihre Bewerbung um die 2-Zimmer-Wohnung. Die Besichtigung ist am Donnerstag, 11.10., um 17 Uhr; bitte bringen Sie die Mieterselbstauskunft mit.\n\nHausverwaltung Kranz',
        [],
      ],
      [
        BER,
        'Sehr geehrte Frau Ilić,\n\nIhr Termin zur Abgabe des Visumantrags (Zweck: Beschäftigung, Arbeitsvertrag liegt vor) ist am Freitag, 12.10., um 8:40 Uhr.\n\nVisa-Center Köln',
        [],
      ],
      [
        PAR,
        'Madame Benali,\n\nVotre dossier de location est complet. La visite de l’appartement aura lieu le jeudi 11 octobre à 18h ; pensez à votre contrat de travail et à votre garant.',
        [],
      ],
      [
        MAD,
        'Estimada Sra. Quispe:\n\nSu cita en el consulado para la solicitud de visado de trabajo es el jueves 11 de octubre a las 9:15. Traiga su contrato firmado.',
        [],
      ],
      // With a word of the job's selection, the slot stays.
      [
        BER,
        'Vielen Dank für Ihre Bewerbung auf die Stelle als Koch. Ihr Vorstellungsgespräch ist am Donnerstag, 11.10., um 15 Uhr; wir helfen Ihnen auch beim Visum.',
        ['interview 2029-10-11 15:00'],
      ],
    ]);
  });
  describe('the writer invited, the reader a friend; an agency offering the reader candidates: nothing', () => {
    check([
      [
        BER,
        'Hey Jule,\n\nstell dir vor, die Stadtwerke haben mich zum Vorstellungsgespräch eingeladen! Am Donnerstag um 9 Uhr geht’s los, drück mir die Daumen.\n\nTim',
        [],
      ],
      [
        PAR,
        'Coucou Inès,\n\ndevine quoi : la mairie m’a convoquée à un entretien jeudi 11 octobre à 10h ! On fête ça ce week-end ?\n\nLéa',
        [],
      ],
      [
        MAD,
        '¡Hola Pau! Me llamaron para una entrevista en Mercadona el jueves 11 a las 10. ¡Deséame suerte!',
        [],
      ],
      [
        BER,
        'Sehr geehrter Herr Lang,\n\nwir haben drei erfahrene Elektriker, die ab November verfügbar sind. Hätten Sie Donnerstag um 10 Uhr Zeit, damit ich Ihnen die Profile vorstellen kann?\n\nPersonalvermittlung Nord',
        [],
      ],
      [
        PAR,
        'Monsieur Garnier,\n\nnous avons quatre caristes qualifiés. Seriez-vous disponible jeudi 11 octobre à 10h pour que je puisse vous présenter les profils ?\n\nAgence Interim Plus',
        [],
      ],
      [
        MAD,
        'Estimada Sra. Rivas:\n\nContamos con seis operarios disponibles para incorporarse a su planta. ¿Podemos vernos el jueves 11 a las 10:00?\n\nAdecco Zaragoza',
        [],
      ],
    ]);
  });
});

describe('extract: the rules behind the misses of rounds 310–310c (fx403)', () => {
  describe('an interview of another kind, the press’s, a survey’s, a court’s, a choir’s, with no word of a job’s selection: nothing', () => {
    check([
      [
        BER,
        'Presseanfrage\n\nSehr geehrter Herr Dr. Kuhn,\n\nfür unser Magazin „Arbeit & Zukunft“ würden wir Sie gern zur Vier-Tage-Woche interviewen. Passt Ihnen Freitag, 12. Oktober, um 14 Uhr für ein Videointerview?\n\nMit freundlichen Grüßen\nLena Stein',
        [],
      ],
      [
        BER,
        'Guten Tag Frau Ott,\n\ndanke für Ihre Zusage zur Umfrage über Homeoffice! Unser Interview findet am Donnerstag, 11.10., um 19 Uhr per Telefon statt (Aufwandsentschädigung 30 Euro).\n\nIhr Team von Nordpanel',
        [],
      ],
      [
        BER,
        'Sehr geehrter Herr Arslan,\n\nin der Strafsache gegen K. werden Sie als Zeuge zum Verhandlungstermin am Mittwoch, 17. Oktober, 10:30 Uhr geladen.',
        [],
      ],
      [
        PAR,
        'Bonjour Madame Faure,\n\nJe suis journaliste à Ouest-France et prépare un reportage sur le télétravail. Seriez-vous disponible jeudi 11 octobre à 15h pour un entretien téléphonique ?',
        [],
      ],
      [
        PAR,
        'Madame,\n\nVous êtes citée comme témoin à l’audience du tribunal judiciaire de Lille le mercredi 17 octobre à 9h.',
        [],
      ],
      [
        MAD,
        'Estimado Sr. Ruiz:\n\nLe escribe una encuestadora del Instituto Nacional de Estadística: le visitaremos el jueves 11 de octubre a las 18:00 para la entrevista de la encuesta de empleo.',
        [],
      ],
      [
        MAD,
        'Hola Irene:\n\nSoy periodista de Cadena Norte. ¿Podrías atendernos en directo el jueves 11 a las 8:40 para hablar del empleo en la hostelería?',
        [],
      ],
      // A job at a newspaper or a court is the reader's application all the same.
      [
        BER,
        'Vielen Dank für Ihre Bewerbung als Redakteurin. Ihr Vorstellungsgespräch in unserer Redaktion ist am Freitag, 12.10., um 11 Uhr.',
        ['interview 2029-10-12 11:00'],
      ],
      [
        PAR,
        'Suite à votre candidature au poste de greffière, vous êtes convoquée à un entretien au tribunal judiciaire le jeudi 11 octobre à 10h.',
        ['interview 2029-10-11 10:00'],
      ],
    ]);
  });
  describe('a blood donation is a service’s appointment', () => {
    check([
      [BER, 'Hallo Frau Wendt,\n\nIhr Blutspendetermin ist am Freitag, 12.10., um 17:10 Uhr im Rathaus.', []],
      [
        PAR,
        'Bonjour Hugo,\n\nvotre rendez-vous pour un don de sang est confirmé le vendredi 12 octobre à 12h30.',
        [],
      ],
      [MAD, 'Hola Nerea: te esperamos para donar sangre el viernes 12 a las 18:00 en la unidad móvil.', []],
    ]);
  });
});

describe('extract: the rule behind the miss of rounds 312–312c (fx403)', () => {
  describe('in a message that calls the reader "tú" or "vos", the interview "tiene" holds is a third person’s', () => {
    check([
      [
        MAD,
        'Hola Bea:\n\n¿Puedes cambiarme el turno? Raúl tiene una entrevista de trabajo el jueves 11 a las 9:30 y tu horario le vendría genial.\n\nGracias,\nSusana',
        [],
      ],
      [
        MAD,
        'Che Lu, ¿te sumás al asado del viernes? Ah, y Nacho tiene entrevista en Globant el jueves 11 a las 15, así que llega tarde.',
        [],
      ],
      // "tienes" is the reader's, and so is "tiene" in a message to "usted".
      [
        MAD,
        'Hola Bea:\n\nGracias por postularte. Tienes una entrevista con nuestra jefa de tienda el jueves 11 de octubre a las 9:30.',
        ['interview 2029-10-11 09:30'],
      ],
      [
        MAD,
        'Estimado Sr. Llorente:\n\nLe recordamos que tiene una entrevista para el puesto de contable el jueves 11 de octubre a las 9:30.',
        ['interview 2029-10-11 09:30'],
      ],
    ]);
  });
});
