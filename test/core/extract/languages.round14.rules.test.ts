// Rules added after held-out rounds 181–183 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 5 March 2030, 10:00 in Berlin, Paris, Madrid; 10:00 in Mexico City and Montréal.
const BER = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2030-03-05T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
const MTL = { sentAt: '2030-03-05T10:00:00-05:00', tz: 'America/Toronto' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('a refusal of calls reaches over a long aside between dashes to its verb (round 181, twins)', () => {
  check([
    [
      BER,
      'Guten Tag,\n\nVon Anrufen bei unseren Fachabteilungen bitten wir – auch wenn wir Ihr Interesse an einer schnellen Antwort sehr gut verstehen können – abzusehen.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour,\n\nNous vous prions – compte tenu du nombre très important de candidatures que nous recevons chaque semaine – de ne pas appeler nos équipes.',
      ['no-calls'],
    ],
    [
      MAD,
      'Hola:\n\nLe pedimos – dado el gran número de solicitudes que recibimos cada semana en este departamento – que no llame a nuestras oficinas.',
      ['no-calls'],
    ],
    // (a call welcomed, an aside between dashes before the verb, is no refusal)
    [
      BER,
      'Guten Tag,\n\nBei Fragen können Sie mich – gerne auch kurzfristig und außerhalb der üblichen Bürozeiten – telefonisch erreichen.',
      [],
    ],
  ]);
});

describe('a phone line that cannot tell candidates anything, whatever its name (round 183, twins)', () => {
  check([
    [
      MTL,
      'Bonjour,\n\nVeuillez noter que notre permanence téléphonique n’est pas en mesure d’informer les candidats sur leur dossier.',
      ['no-calls'],
    ],
    [
      BER,
      'Guten Tag,\n\nUnsere Telefonzentrale kann Bewerberinnen und Bewerbern leider keine Auskunft geben.',
      ['no-calls'],
    ],
    [
      MEX,
      'Hola:\n\nNuestra atención telefónica no puede informar a los candidatos sobre su proceso.',
      ['no-calls'],
    ],
    // (a phone line's opening hours refuse nothing)
    [
      PAR,
      'Bonjour,\n\nNotre accueil téléphonique est ouvert du lundi au vendredi, de 9h à 17h, pour toute question.',
      [],
    ],
  ]);
});

describe('phone questions asked not to be made (round 182, twins)', () => {
  check([
    [
      MAD,
      'Estimada candidata:\n\nLe rogamos que, por respeto a los plazos del proceso, no efectúe consultas telefónicas sobre su solicitud.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour,\n\nMerci de ne pas effectuer de demandes téléphoniques concernant votre candidature.',
      ['no-calls'],
    ],
    [BER, 'Guten Tag,\n\nBitte stellen Sie keine telefonischen Anfragen zu Ihrer Bewerbung.', ['no-calls']],
    // (questions by phone welcomed: "no dudes en hacer consultas telefónicas" is no refusal)
    [MAD, 'Hola:\n\nSi tienes dudas, no dudes en hacer consultas telefónicas al 910 000 000.', []],
  ]);
});

describe('"and in any event" carries a vague reply on to its window (round 183, twins)', () => {
  check([
    [
      PAR,
      'Bonjour,\n\nNous reviendrons vers vous rapidement, et quoi qu’il en soit avant la fin du mois.',
      ['response-by 2030-03-31'],
    ],
    [
      PAR,
      'Bonjour,\n\nNous vous répondrons dès que possible, et en tout état de cause d’ici vendredi.',
      ['response-by 2030-03-08'],
    ],
    [
      MAD,
      'Hola:\n\nTe responderemos lo antes posible y, en cualquier caso, antes del final de la próxima semana.',
      ['response-by 2030-03-15'],
    ],
    [
      BER,
      'Guten Tag,\n\nWir melden uns so bald wie möglich, in jedem Fall aber bis Ende nächster Woche.',
      ['response-by 2030-03-15'],
    ],
    // (another statement after a ";" is no promise's window)
    [
      PAR,
      'Bonjour,\n\nNous reviendrons vers vous dès que possible ; en tout état de cause, le poste sera pourvu avant la fin du mois.',
      [],
    ],
    [
      MAD,
      'Hola:\n\nTe responderemos lo antes posible; en cualquier caso, la vacante se cubrirá antes de fin de mes.',
      [],
    ],
  ]);
});

describe("a clock's abbreviated unit and its period end no sentence before lower case (round 182, twin in French)", () => {
  check([
    [
      MEX,
      'Estimado Lic. Soto:\n\nLa entrevista del lunes 11 de marzo a las 9:00 hrs. se cambia al martes 12 de marzo, a la misma hora.',
      ['interview 2030-03-12 09:00'],
    ],
    [
      PAR,
      'Bonjour,\n\nL’entretien du lundi 11 mars à 9 h. est reporté au mardi 12 mars, à la même heure.',
      ['interview 2030-03-12 09:00'],
    ],
    // (a capital after the clock's period starts a sentence: the next one holds no slot)
    [
      MEX,
      'Hola:\n\nTe esperamos el lunes 11 de marzo a las 9:00 hrs. Después de la entrevista te enviaremos la prueba técnica.',
      ['interview 2030-03-11 09:00'],
    ],
  ]);
});

describe('a header block "De: … / Enviado el: …" starts a quoted message (round 182, twins)', () => {
  check([
    [
      MEX,
      'Gracias, Ana. Lo reviso y te aviso.\n\nSaludos,\nPablo\n\nDe: Ana Ruiz <ana.ruiz@correo.mx>\nEnviado el: lunes, 4 de marzo de 2030 18:02\nPara: Pablo Méndez\nAsunto: Entrevista\n\nHola Pablo, estoy de viaje hasta el domingo; podría a partir del lunes 11 de marzo.',
      [],
    ],
    [
      PAR,
      'Merci Léa, je regarde et je reviens vers toi.\n\nDe : Léa Morel <lea.morel@exemple.fr>\nEnvoyé le : lundi 4 mars 2030 18:02\nÀ : Paul Girard\nObjet : Entretien\n\nBonjour Paul, je suis en congés jusqu’au 10 mars inclus.',
      [],
    ],
    [
      BER,
      'Danke, Lea, ich schaue es mir an.\n\nVon: Lea Brandt <lea.brandt@beispiel.de>\nGesendet: Montag, 4. März 2030 18:02\nAn: Paul Graf\nBetreff: Gespräch\n\nHallo Paul, ich bin bis einschließlich 10. März im Urlaub.',
      [],
    ],
    // (the reply above the header still speaks for itself)
    [
      MAD,
      'Hola Ana:\n\nPerfecto, te esperamos el jueves 7 de marzo a las 10:00.\n\nDe: Ana Ruiz <ana.ruiz@correo.es>\nEnviado el: lunes, 4 de marzo de 2030 18:02\nPara: Pablo Méndez\nAsunto: Entrevista\n\nHola, ¿os viene bien el miércoles?',
      ['interview 2030-03-07 10:00'],
    ],
  ]);
});
