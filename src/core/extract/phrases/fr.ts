/**
 * French phrase knowledge (issue 13): the same meanings as phrases/en.ts, one phrase a row, each with the line it
 * was taken from. Loaded on demand with chrono-node's French parser (languages/load.ts). Apostrophes are
 * straight here: the reader straightens curly ones first, one character for one.
 */
import type { Parser } from 'chrono-node';
import * as fr from 'chrono-node/fr';
import { weekdayTwentyFourth } from './weekdayDay';
import { cancelsInterview, readForeign } from '../foreign';
import type { LanguageTables } from './language';
import type { PhraseRow } from './rows';

/** "10 h 30", "14 h" (Québec, formal French): the hour sign between spaces, which chrono reads as "10". */
const SPACED_CLOCK = /(?<![\p{L}\p{N}])(\d{1,2})\s+h(?:\s+(\d{2}))?(?![\p{L}\p{N}])/giu;
/** "3 pm", "3:30 PM", "11am" (international teams): chrono's French parser reads "19/11 à 3 pm" as 23:00. */
const TWELVE_HOUR_CLOCK = /(?<![\p{L}\p{N}:])(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\.?(?![\p{L}\p{N}])/giu;

/** "à 14 heures 30", "à 10 heures" (formal letters): the hour's word written out after "à". */
const WORDED_CLOCK = /(?<=(?:^|[^\p{L}])à\s)([01]?\d|2[0-3])\s+heures?(?:\s+([0-5]\d))?(?![\p{L}\p{N}])/giu;

/** The verb "est" after a clock, which chrono reads as the zone EST: "demain 10h est reporté" (case-sensitive). */
const VERB_EST_AFTER_CLOCK = /(?<=\d(?:h\d{2}|h|:\d{2})\s{1,3})est(?![\p{L}\p{N}])/gu;

/** A clock right after an opening parenthesis, which chrono skips: "même heure (10h30)". */
const PARENTHESISED_CLOCK = /\((?=\d{1,2}(?:h|:)\d{0,2}(?![\p{L}\p{N}]))/gu;

/**
 * The text chrono reads, with clocks rewritten as "10h30" and "15h" in the same number of characters (spaces before
 * them), so that every index chrono returns is still one of the message, and a reading ends where the clock did.
 */
export function frenchClocks(text: string): string {
  const same = (written: string, clock: string): string =>
    clock.length <= written.length ? clock.padStart(written.length, ' ') : written;
  return text
    .replace(PARENTHESISED_CLOCK, ' ')
    .replace(VERB_EST_AFTER_CLOCK, '   ')
    .replace(SPACED_CLOCK, (all: string, h: string, m: string | undefined) => same(all, `${h}h${m ?? ''}`))
    .replace(WORDED_CLOCK, (all: string, h: string, m: string | undefined) => same(all, `${h}h${m ?? ''}`))
    .replace(TWELVE_HOUR_CLOCK, (all: string, h: string, m: string | undefined, ap: string) => {
      const hour = Number(h);
      if (hour < 1 || hour > 12) return all;
      const h24 = ap.toLowerCase() === 'p' ? (hour % 12) + 12 : hour % 12;
      return same(all, `${h24}h${m ?? ''}`);
    });
}

/** "après-demain", which chrono's French parser reads as "demain": the day after tomorrow in the reference's zone. */
const afterTomorrow: Parser = {
  pattern: () => /après[- ]demain(?=\W|$)/iu,
  extract: (context) => {
    const day = new Date(
      context.reference.instant.getTime() + (context.reference.timezoneOffset ?? 0) * 60_000,
    );
    day.setUTCDate(day.getUTCDate() + 2);
    return { day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear() };
  },
};

/** The hours of the spoken clock: "à dix heures et demie", "à quatorze heures trente". */
const SPOKEN_HOURS: Readonly<Record<string, number>> = {
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
};

/**
 * The spoken clock (twin of round 125's "a las diez y media"): "à dix heures et demie", "à quatorze heures trente";
 * office hours, so "à deux heures" is 14:00.
 */
const spokenClock: Parser = {
  pattern: () =>
    /(?<![\p{L}\d])à\s+(dix-sept|dix-huit|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)\s+heures?(?:\s+(et\s+demie|et\s+quart|moins\s+le\s+quart|trente|quinze|quarante-cinq))?(?![\p{L}\d])/iu,
  extract: (_context, match) => {
    const hour = SPOKEN_HOURS[(match[1] ?? '').toLowerCase()];
    if (hour === undefined) return null;
    const part = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const [h, minute] =
      part === 'et demie' || part === 'trente'
        ? [hour, 30]
        : part === 'et quart' || part === 'quinze'
          ? [hour, 15]
          : part === 'moins le quart'
            ? [hour - 1, 45]
            : part === 'quarante-cinq'
              ? [hour, 45]
              : [hour, 0];
    const h24 = h < 7 ? h + 12 : h;
    return { hour: h24 % 24, minute };
  },
};

/** chrono-node's casual French configuration, "après-demain" first. */
function frenchConfiguration(): ReturnType<typeof fr.createCasualConfiguration> {
  const configuration = fr.createCasualConfiguration();
  configuration.parsers.unshift(afterTomorrow, spokenClock);
  configuration.parsers.push(
    weekdayTwentyFourth({ lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 0 }, [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
      'janv',
      'févr',
      'fév',
      'avr',
      'juil',
      'sept',
      'oct',
      'nov',
      'déc',
    ]),
  );
  return configuration;
}

/** chrono-node's casual French parser, reading the clocks above as it reads "10h30". */
class FrenchChrono extends fr.Chrono {
  override parse(...[text, ...rest]: Parameters<fr.Chrono['parse']>): ReturnType<fr.Chrono['parse']> {
    return super.parse(frenchClocks(text), ...rest);
  }
}

/** Words of a job's selection itself (fx403): the narrower part of applicationWords, also jobProcess. */
const JOB_PROCESS: readonly PhraseRow[] = [
  {
    // A job application's own words (fx403): "votre candidature", "le poste", "le recrutement", "votre CV".
    pattern: String.raw`candidat\p{L}*|postul\p{L}*|postes?|recrut\p{L}*|embauch\p{L}*|CV|curriculum|lettre\s+de\s+motivation|offres?\s+d['’]emploi|stages?|stagiaires?|alternan\p{L}*|apprenti\p{L}*|intérim\p{L}*|jobs?`,
    example: 'Nous avons bien reçu votre candidature au poste de comptable.',
  },
];

export const FR: LanguageTables = {
  code: 'fr',
  read: readForeign,
  cancels: cancelsInterview,
  chrono: new FrenchChrono(frenchConfiguration()),
  numbers: {
    un: 1,
    une: 1,
    // the elided "de" of "dans un délai d'un mois"
    "d'un": 1,
    "d'une": 1,
    'd’un': 1,
    'd’une': 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    dix: 10,
    quinze: 15,
    vingt: 20,
    trente: 30,
    quelques: 5,
    // "une dizaine de jours": about ten (fuzzy by its own words, read as the number).
    'une dizaine de': 10,
    'une quinzaine de': 15,
    'une vingtaine de': 20,
  },
  months: {
    janvier: 1,
    février: 2,
    fevrier: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    décembre: 12,
    decembre: 12,
    // The abbreviations ATS templates write ("jeu. 13 sept. 2029", twin of round 139's "13. Sep. 2029").
    janv: 1,
    févr: 2,
    avr: 4,
    juil: 7,
    sept: 9,
    oct: 10,
    nov: 11,
    déc: 12,
  },
  dayWords: [
    {
      pattern: String.raw`(?:aujourd'hui|demain|après-demain)`,
      example: 'Je vous attends demain à 10h pour l’entretien.',
    },
  ],
  approximate: [
    {
      pattern: String.raw`environ|à\s+peu\s+près|approximativement|approximative|une\s+petite|une\s+bonne`,
      example: 'Nous reviendrons vers vous dans environ deux semaines.',
    },
  ],
  windowLeads: [
    {
      // A process's duration (twin of round 139b's "una duración aproximada de tres semanas").
      pattern: String.raw`durée\s+(?:moyenne\s+|approximative\s+|estimée\s+|maximale\s+)?(?:de|d['’])(?:\s*environ)?`,
      example: "L'ensemble du processus a une durée d'environ trois semaines.",
    },
    {
      // The time the employer gives itself (twin of round 96's "dispondremos de diez días hábiles"): "nous
      // disposerons de dix jours ouvrés pour vous communiquer les résultats".
      pattern: String.raw`(?:disposerons|disposons|disposera|disposeront|dispose|disposent)\s+(?:de|d['’])(?:\s+(?:un\s+maximum\s+de|jusqu['’]à))?`,
      example: 'Nous disposerons de dix jours ouvrés pour vous communiquer les résultats.',
    },
    {
      // "Merci de nous laisser deux semaines avant de nous relancer."
      pattern: String.raw`(?:nous|me)\s+laisser`,
      example: 'Merci de nous laisser dix jours ouvrés avant de nous recontacter.',
    },
    {
      // (and "au minimum", twin of round 125's "al menos diez días hábiles": "d'attendre au minimum dix jours ouvrés")
      pattern: String.raw`(?:environ|au\s+moins|au\s+minimum|patienter)`,
      example: 'Le processus de recrutement prend généralement environ trois semaines.',
    },
    {
      // ("dans un délai d'un mois": the elided "d'un" is read as a number, see numbers)
      pattern: String.raw`dans(?:\s+les|\s+un\s+délai\s+de|\s+un\s+délai\s+d'environ|\s+un\s+délai\s+(?:compris\s+)?entre|\s+un\s+délai|\s+environ)?`,
      example: 'Nous vous donnerons notre réponse dans les deux semaines.',
    },
    { pattern: String.raw`sous`, example: 'Nous vous tiendrons informée sous 10 jours ouvrés.' },
    { pattern: String.raw`en`, example: 'Vous aurez une réponse en 15 jours.' },
    { pattern: String.raw`avant`, example: 'Merci de ne pas relancer avant 15 jours.' },
    { pattern: String.raw`d'ici`, example: "Vous aurez une réponse d'ici deux semaines." },
    {
      pattern: String.raw`au\s+cours\s+des`,
      example: 'Nous reviendrons vers vous au cours des 10 prochains jours.',
    },
    { pattern: String.raw`en\s+moins\s+de`, example: 'Vous aurez notre retour en moins de deux semaines.' },
    {
      // A process's length: "prend en moyenne une dizaine de jours", "peut s'échelonner sur six semaines".
      pattern: String.raw`(?:prend|prennent|dure|durent|demande|nécessite)(?:\s+en\s+moyenne|\s+généralement|\s+habituellement|\s+en\s+général|\s+jusqu'à)?(?:\s+entre)?`,
      example: "L'étude des dossiers prend en moyenne une dizaine de jours.",
    },
    {
      pattern: String.raw`(?:s'échelonner|s'échelonne|s'étaler|s'étale|s'étendre|s'étend)\s+sur`,
      example: "Le processus de sélection peut s'échelonner sur quatre à six semaines.",
    },
    {
      // A window with its latest day before the count, counted from an event named after it: "au plus tard trois
      // semaines après cette date".
      pattern: String.raw`au\s+plus\s+tard`,
      example: 'Une réponse vous sera adressée au plus tard trois semaines après cette date.',
    },
    {
      // "ne pas nous solliciter durant les dix prochains jours".
      pattern: String.raw`(?:durant|pendant)\s+les`,
      example: 'Merci de ne pas nous solliciter durant les dix prochains jours.',
    },
  ],
  spans: [
    {
      // "dans le mois qui suit la clôture": a month, counted from the day named before.
      pattern: String.raw`dans\s+le\s+mois`,
      amount: 1,
      unit: 'month',
      example: 'Les candidatures sont ouvertes jusqu’au 15 janvier ; nous répondrons dans le mois qui suit.',
    },
    {
      pattern: String.raw`(?:sous|dans\s+la)\s+huitaine`,
      amount: 8,
      unit: 'day',
      example: 'Nous reviendrons vers vous sous huitaine pour vous faire part de notre décision.',
    },
    {
      // A fortnight (TIMELINE-CONVENTIONS.md: t + 14), as "quinze jours" is two weeks.
      pattern: String.raw`(?:sous|dans\s+la)\s+quinzaine`,
      amount: 2,
      unit: 'week',
      example: 'Vous recevrez une réponse sous quinzaine.',
    },
  ],
  notTheCandidate: [
    {
      // The reader as an employer an agency offers its candidates (round 321c): "J'ai vu que vous recrutiez un
      // contrôleur de gestion … j'ai actuellement trois candidats qualifiés".
      pattern: String.raw`vous\s+recrut(?:ez|iez|erez)|(?:j['’]ai|nous\s+avons)\s+(?:actuellement\s+|déjà\s+|en\s+ce\s+moment\s+)?(?:\d{1,2}|deux|trois|quatre|cinq|plusieurs)\s+(?:candidat|candidate|profil)s(?![\p{L}])`,
      example: 'Nous avons actuellement deux profils disponibles ; seriez-vous libre mardi à 10 h ?',
    },
    {
      // The reader as the manager a new hire joins, or the writer's own interview (round 319's twins): "votre nouvelle
      // collaboratrice arrive lundi", "j'ai mon entretien chez L'Oréal jeudi à 10 h"; an employee leaving, told of
      // their final papers: "votre solde de tout compte". (And a friend's news in other words, round 327c, 330c: "Je
      // passe mon entrevue chez Desjardins mardi à 10 h", "J'ai enfin décroché un entretien chez Lumière Cosmétiques".)
      pattern: String.raw`solde\s+de\s+tout\s+compte|certificat\s+de\s+travail|attestation\s+(?:employeur|France\s+Travail|Pôle\s+emploi)|(?:votre|ta)\s+(?:nouvelle|nouveau|nouvel)\s+(?:collaboratrice|collaborateur|recrue|collègue)(?![\p{L}])|(?:j['’]ai\s+(?:(?:enfin|finalement)\s+)?(?:(?:eu|obtenu|décroché|décrocher)\s+)?|je\s+passe\s+)(?:un|mon)\s+(?:entretien|entrevue)(?!\s+avec\s+(?:vous|toi))`,
      example: 'J’ai un entretien chez Airbus jeudi à 10 h, tu peux récupérer les enfants ?',
    },
    {
      // The reader as the interviewer, sent the schedule of interviews to hold (fx418, round 318b's twin): "je vous
      // transmets le planning des entretiens … merci de remplir la grille après chaque entretien".
      pattern: String.raw`(?:planning|calendrier|programme)\s+des\s+entretiens\s+(?:que\s+vous|à\s+mener|de\s+(?:mardi|lundi|mercredi|jeudi|vendredi)|pour\s+le\s+poste)|grille\s+d['’]\s*évaluation|après\s+chaque\s+entretien`,
      example:
        'Voici le planning des entretiens de mardi ; merci de remplir la grille d’évaluation après chaque entretien.',
    },
    {
      // The reader as an employer an agency sells to (fx418, round 317c): "Vos besoins en personnel pour le printemps …
      // vous présenter nos solutions d'intérim et notre vivier de candidats".
      // Not "notre vivier de talents", where an employer keeps a candidate too (round 315c).
      pattern: String.raw`(?:vos|tes)\s+besoins\s+en\s+(?:personnel|recrutement|main-d['’]\s*œuvre|intérim|intérimaires)|nos\s+solutions\s+(?:de\s+recrutement|d['’]\s*intérim|RH)`,
      example: 'Je me permets de vous appeler jeudi à 11 h au sujet de vos besoins en personnel.',
    },
    {
      // The reader as an employer who would interview an agency's temps (round 323c): "Je me permettrai de vous appeler
      // le mardi 8 novembre à 10 h pour … organiser des entretiens avec nos intérimaires".
      pattern: String.raw`(?:entretiens?|entrevues?|rencontres?)\s+avec\s+(?:nos|mes)\s+(?:\p{L}+\s+)?intérimaires`,
      example:
        'Je vous propose de rencontrer vendredi à 9 h nos caristes ; je peux organiser des entretiens avec nos intérimaires.',
    },
    {
      // The reader as the interviewer, sent a third person's papers and the guide for the talk (fx418, round 317's
      // twin): "vous trouverez ci-joint le CV de Mme Roche pour l'entretien de lundi, ainsi que la grille d'entretien".
      pattern: String.raw`(?:CV|dossier|candidature)\s+de\s+(?:M\.|Mme|Madame|Monsieur|la\s+candidate|du\s+candidat)(?![\p{L}])|grille\s+d['’]\s*entretien|guide\s+d['’]\s*entretien`,
      example: 'Vous trouverez ci-joint le CV de Mme Roche pour l’entretien de lundi à 9 h.',
    },
    {
      // The reader as a seller, a buyer at the door (fx418, round 316c): "Vous avez reçu une offre … pour votre annonce
      // … Kévin propose de passer l'essayer samedi 11 mars à 15 h".
      pattern: String.raw`(?:votre|ton)\s+annonce|passer\s+(?:l['’]\s*essayer|le\s+voir|la\s+voir|les\s+voir|le\s+chercher|la\s+chercher|le\s+récupérer|la\s+récupérer)|(?:est|sont)-(?:il|elle|ils|elles)\s+toujours\s+disponibles?`,
      example: 'Le canapé est-il toujours disponible ? Je peux passer le voir samedi à 15 h.',
    },
    {
      // A company presenting itself to the reader's students or staff (fx418, round 316b's twin): "présenter notre
      // programme de stages à vos étudiants".
      pattern: String.raw`(?:vos|tes)\s+(?:étudiants|étudiantes|élèves|diplômés|diplômées)(?![\p{L}])`,
      example: 'Nous souhaitons présenter notre programme de stages à vos étudiants jeudi à 11 h.',
    },
    {
      // The writer invited, the reader a friend (round 311's twin): "la mairie m'a convoquée à un entretien jeudi !".
      pattern: String.raw`(?:m['’]a|m['’]ont|m['’]avait|m['’]avaient)\s+(?:\p{L}+\s+){0,2}?(?:invité|invitée|convoqué|convoquée|rappelé|rappelée|retenu|retenue)\s+(?:\p{L}+\s+){0,2}?(?:à|pour)\s+(?:un|une|leur|le|la|son|sa)\s+(?:\p{L}+\s+)?(?:entretien|entrevue|journée\s+d['’]essai|test)`,
      example: 'Devine quoi : la mairie m’a convoquée à un entretien jeudi à 10h !',
    },
    {
      // An agency offering the reader, an employer, candidates (round 311b's twin): "pour vous présenter les profils".
      pattern: String.raw`vous\s+présenter\s+(?:[\p{L}-]+\s+){0,4}?(?:profils|candidats|candidates|techniciens|intérimaires|short-?lists?)|(?:candidats|candidates|profils|intérimaires)\s+(?:\p{L}+\s+){0,3}?disponibles\s+(?:pour\s+(?:votre|vos)|dès\s+(?:le|lundi|maintenant)|immédiatement)`,
      example: 'Seriez-vous disponible jeudi à 10h pour que je puisse vous présenter les profils ?',
    },
    {
      // The reader named as a referee (round 308c's twin): "M. Diallo vous a cité comme référence ; seriez-vous
      // disponible jeudi à 10h pour un court échange ?"
      pattern: String.raw`(?:vous|t['’])\s*a\s+(?:cité|citée|indiqué|indiquée|mentionné|mentionnée|donné|donnée)\s+(?:comme|en\s+tant\s+que)\s+(?:personne\s+de\s+)?référence|prise\s+de\s+références\s+(?:concernant|pour|sur)\s+(?:M\.|Mme|Monsieur|Madame|\p{Lu})`,
      example:
        'M. Diallo vous a cité comme référence ; seriez-vous disponible jeudi à 10h pour un court échange ?',
    },
    {
      // The reader named to a jury, or told of the interview it holds with a candidate (round 330c; the twins of en.ts's
      // hiring-side rows): "vous avez été désignée en qualité de membre du jury des épreuves orales", "votre entretien
      // avec la candidate est confirmé".
      pattern: String.raw`(?:en\s+qualité\s+de|en\s+tant\s+que|comme)\s+(?:membre|président|présidente|examinateur|examinatrice|évaluateur|évaluatrice)\s+(?:titulaire\s+|suppléant\s+|suppléante\s+)?(?:du|d['’]un|de\s+ce)\s+jury|(?:entretien|entrevue)\s+(?:\p{L}+\s+){0,2}?avec\s+(?:le\s+candidat|la\s+candidate)(?![\p{L}])|(?:ajouté|ajoutée|inscrit|inscrite)\s+(?:\p{L}+\s+){0,2}?(?:au\s+jury|au\s+panel)(?![\p{L}])`,
      example: 'Vous siégerez en qualité de membre du jury le mardi 4 mars à 9 h.',
    },
    {
      // The reader on the panel or as the interviewer (round 308c): "Merci d'avoir accepté de siéger dans le jury de
      // recrutement … Les entretiens auront lieu le jeudi 21 novembre".
      pattern: String.raw`siéger\s+(?:dans|au\s+sein\s+d[ue])\s+(?:le\s+|du\s+)?(?:jury|comité|commission)|membre\s+du\s+jury\s+de\s+(?:recrutement|sélection)|(?:entretiens|entrevues)\s+que\s+(?:vous|tu)\s+(?:mènerez|conduirez|mèneras|conduiras|ferez|feras|animerez|animeras)`,
      example:
        'Merci d’avoir accepté de siéger dans le jury de recrutement ; les entretiens auront lieu mardi de 9h à 12h.',
    },
    {
      // A recruiter's own candidate, named to the reader, the hiring manager (round 313c): "l'entretien avec Mme Girard,
      // notre candidate pour le poste d'assistante de direction … dans votre bureau".
      pattern: String.raw`(?:notre|nos)\s+(?:candidat|candidate|candidats|candidates|finaliste|finalistes)(?![\p{L}])`,
      example: 'M. Hamel, notre candidat pour le poste de magasinier, passera lundi à 9h à l’entrepôt.',
    },
  ],
  applicationWords: [
    {
      // A job's terms (round 325c: a craftsman's offer "on aimerait te prendre en CDI … Salaire comme convenu : 2 100 €
      // brut, 35 h, mutuelle prise en charge à 60 %", its "mutuelle" no insurer's mail): the contract, the trial, the pay.
      pattern: String.raw`CDI|CDD|(?:semaine|journée|jour|période|mois)\s+d['’]essai|salaire\s+(?:\p{L}+\s+){0,3}?(?:brut|net)|\d[\d\s  ]*€\s+brut|embauche|alternance`,
      example: 'Salaire comme convenu : 2 100 € brut, 35 h, mutuelle prise en charge à 60 %.',
    },
    ...JOB_PROCESS,
    {
      pattern: String.raw`emplois?|RH|ressources\s+humaines|talents?|carrières?|dotation|profil|sélection|concours|contrat\s+de\s+travail|promesse\s+d['’]embauche|période\s+d['’]essai|mise\s+en\s+situation|processus|entretiens?\s+(?:d['’]embauche|de\s+recrutement|de\s+sélection|RH|technique|final)`,
      example: 'Le processus de sélection prendra encore deux semaines.',
    },
    {
      // A process's deciders, no service's: "le comité", "le jury aura terminé ses délibérations".
      pattern: String.raw`comité|jury|délibér\p{L}*|auditions?|managers?|opérationnels`,
      example: 'Le comité se réunit jeudi.',
    },
    {
      // Working for the sender, in a shop's or a practice's mail that names no job's word (fx410): "votre envie de
      // rejoindre notre équipe".
      pattern: String.raw`(?:rejoindre|intégrer|renforcer)\s+(?:notre|l['’])\s*équipe|travailler\s+(?:avec|chez|parmi)\s+nous`,
      example: 'Merci pour votre envie de rejoindre notre équipe au cabinet.',
    },
  ],
  otherRelations: [
    {
      // The reader as a client of a career counsellor (round 319c): "notre prochaine séance de bilan de compétences".
      pattern: String.raw`bilan\s+de\s+compétences`,
      example: 'Notre prochaine séance de bilan de compétences aura lieu mardi à 14 h.',
    },
    {
      // The reader as a customer who asked for a quote or wrote through a contact form (fx418, round 316's twin): "vous
      // recevrez notre devis sous cinq jours ouvrés".
      pattern: String.raw`devis|formulaire\s+de\s+contact|(?:votre|ta)\s+demande\s+de\s+(?:renseignements?|informations?)`,
      example: 'Merci pour votre demande de renseignements ; vous recevrez notre devis d’ici vendredi.',
    },
    {
      // An appointment named by what it is for, in a mail that names no job's word (fx418): "votre rendez-vous pour la
      // pose de la fibre", "rendez-vous pour le ramonage". A job's appointment in such a mail is a talk ("rendez-vous
      // pour un échange"), which stays the reader's.
      pattern: String.raw`rendez-vous\s+pour\s+(?:le|la|l['’]|les|votre|vos|un|une)\s*(?!(?:\p{L}+\s+){0,2}?(?:entretiens?|échanges?|appel|entrevue|rencontre|visio\p{L}*|discussion|point|rencontrer|échanger|parler|discuter)(?![\p{L}]))(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain|matin|matinée|soir|après-midi|semaine|journée|date|heure|créneau)(?![\p{L}]))\p{L}{4,}`,
      example: 'Votre rendez-vous pour la pose de la fibre est fixé au mardi 3 juin à 14 h.',
    },
    {
      // The reader greeted as a customer, a patient, a parent, a member, a tenant or a colleague (fx403): "Cher
      // client,", "Chers parents,", "Bonjour à tous,".
      pattern: String.raw`(?:Cher|Chère|Chers|Chères)\s+(?:client|cliente|clients|clientes|patient|patiente|patients|adhérent|adhérente|adhérents|membre|membres|locataire|locataires|usager|usagère|usagers|parents|collègues|collègue|abonné|abonnée|abonnés|étudiants|étudiantes|élèves)(?![\p{L}])|Bonjour\s+(?:à\s+tous|à\s+toutes|tout\s+le\s+monde|l['’]équipe|les\s+parents)`,
      example: 'Chers parents, la sortie scolaire aura lieu vendredi à 9h.',
    },
    {
      // A customer's or patient's account: "votre espace client", "votre commande", "votre ordonnance".
      // (and a journey's ticket, round 324c: "Votre e-billet … Voiture 14, place 83"; a child's pick-up by a sitter,
      // round 324c: "je récupère Lina à l'école à 16 h 30")
      pattern: String.raw`e-billet|carte\s+d['’]embarquement|voiture\s+\d{1,2},\s+place|(?:récupère|récupérer|récupérerai|cherche|chercher|chercherai)\s+(?:les\s+enfants|les\s+petits|\p{L}+)\s+à\s+(?:l['’]école|la\s+crèche|la\s+garderie)|espace\s+(?:client|salarié|patient|adhérent|locataire|famille)|numéro\s+(?:client|de\s+contrat|de\s+commande|d['’]adhérent|de\s+dossier\s+client)|clientèle|adhérent\p{L}*|locataire\p{L}*|bailleur|syndic|abonné\p{L}*|commande|colis|livraison|facture|ordonnance|carte\s+vitale|don\s+de\s+sang|donneur|donneuse`,
      example: 'Votre commande sera livrée demain entre 8h et 13h.',
    },
    {
      // A practice, a garage, a flat, a school, an office of the state (rounds 303–309c); a practice's appointment card,
      // by its fields for the practitioner or the care (round 323b's twin: "Praticien : Dr Lemoine (orthodontie)"). Not a
      // practice's name, which signs a job's mail too ("Clinique vétérinaire du Parc").
      pattern: String.raw`(?:chez|avec)\s+(?:le|la|votre)\s+(?:Dr|docteur|médecin|dentiste|vétérinaire|kiné|kinésithérapeute|ophtalmologue)|(?:Praticien|Praticienne|Soins?|Patient|Patiente)\s?:|consultation|vaccin\p{L}*|véhicule|immatriculation|contrôle\s+technique|révision|pneus|vidange|appartement|logement|état\s+des\s+lieux|crèche|réunion\s+parents|parents-professeurs|élève\p{L}*|étudiant\p{L}*|partiels?|examens?\s+(?:de\s+(?:fin|rattrapage|mi-semestre)|du\s+(?:semestre|permis|code))|session\s+d['’]examens|soutenance|réservation`,
      example: 'Votre rendez-vous chez le dentiste est confirmé mardi à 14h.',
    },
    {
      // The reader as an employee, or a bank's or an adviser's customer: "votre entretien annuel", "un entretien
      // préalable à une sanction disciplinaire", "votre conseiller bancaire".
      pattern: String.raw`entretien\s+(?:annuel|professionnel|individuel|préalable|d['’]évaluation)|salarié\p{L}*|disciplinaire|fiche\s+de\s+paie|(?:votre|ton|ta)\s+conseill(?:er|ère)\s+(?:bancaire|clientèle|financi\p{L}*|en\s+\p{L}+)`,
      example: 'Votre entretien annuel avec votre manager aura lieu le 12 mars.',
    },
    {
      // A notary's client, a pension fund's member (round 313c): "La signature de l'acte authentique de vente est fixée
      // au jeudi 19 juin à 10h en notre étude", "Votre entretien information retraite".
      pattern: String.raw`notaire|notariale?|acte\s+(?:authentique|de\s+vente)|compromis\s+de\s+vente|promesse\s+de\s+vente|retraite|caisse\s+de\s+retraite|Agirc|Arrco|Carsat|CPAM|mutuelle|impôts|déclaration\s+de\s+revenus`,
      example: 'Votre rendez-vous retraite avec votre conseillère Carsat est fixé au lundi 3 à 14h.',
    },
  ],
  formalOrThirdHolder: [
    {
      // The writer called or invited for a job, in a familiar message (twin of round 325b's "me llamaron de la
      // consultora por lo del puesto": "ils m'ont rappelée pour le poste … l'entretien c'est jeudi à 10 h").
      pattern: String.raw`(?:m['’]ont|m['’]a)\s+(?:enfin\s+|finalement\s+)?(?:appelée?|rappelée?|convoquée?|contactée?|invitée?|écrit)\s+(?:[\p{L}\p{N}.']+\s+){0,8}?(?:poste|entretien|boulot|job|travail)|j['’]ai\s+été\s+(?:convoquée?|retenue?)\s+(?:pour|à)\s+(?:un|l['’])\s*entretien`,
      example:
        'Ils m’ont rappelée pour le poste à la banque : l’entretien c’est jeudi 19 à 10 h ! Tu me prêtes ta veste ?',
    },
    {
      // An interview a third person "a" (the reader is "tu as", "vous avez"), in a familiar message (fx418, round 317c):
      // "ma sœur a son entretien chez Maison Dorval mardi à 9 h … Je passe la chercher dimanche si ça te va".
      pattern: String.raw`(?<!(?:^|[^\p{L}])y\s)(?:a|aura|avait|va\s+avoir)\s+(?:son|un|une|sa|ce|cet)\s+(?:\p{L}+\s+)?(?:entretien|entrevue)`,
      example: 'Mon frère a un entretien chez Airbus lundi à 10 h, tu peux le déposer ?',
    },
  ],
  familiarAddress: [
    {
      // The reader called "tu", which no formal mail does.
      pattern: String.raw`tu|te|ton|ta|tes|toi|coucou|bisous`,
      example: 'Coucou, tu peux me rappeler ?',
    },
  ],
  readerHolder: [
    {
      // The reader's own interview beside a third person's in a familiar message (fx426): "Ma sœur a son entretien
      // mardi. Et toi, ton entretien chez Decathlon, c'est bien jeudi à 14 h ?"
      pattern: String.raw`(?:ton|ta)\s+(?:\p{L}+\s+)?(?:entretien|entrevue)|tu\s+(?:as|auras|passes|passeras)\s+(?:ton|un|une|ta)\s+(?:\p{L}+\s+)?(?:entretien|entrevue)`,
      example: "Et toi, tu passes ton entretien chez Decathlon jeudi à 14 h, c'est ça ?",
    },
  ],
  casedOtherRelations: [
    {
      // The reader greeted by a role in lower case, no name (fx418): "Chère cliente,", "Cher voyageur,", "Chère
      // sociétaire,". A name or a title takes a capital ("Chère Camille", "Cher Monsieur"), a candidate is one.
      pattern: String.raw`(?:Cher|Chère|Chers|Chères|cher|chère|chers|chères)\s+(?!(?:monsieur|madame|mademoiselle|messieurs|mesdames|ami|amie|amis|amies|candidat|candidate|candidats|candidates|postulant|postulante|docteur|docteure|maître|professeur|professeure|confrère|consœur)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,}(?:\s+(?:et|ou)\s+\p{Ll}[\p{Ll}-]{2,})?[ \t]*[,:!]`,
      example: 'Chère sociétaire,\n\nvotre rendez-vous est fixé au mardi 3 juin à 14 h.',
    },
  ],
  otherApplications: [
    {
      // A child's place at a daycare (round 326c: "Une place s'est libérée dans le groupe des poupons (18 mois) de notre
      // CPE … pour une entrevue d'accueil et une visite des locaux"): the parent's application, no job's. The child's
      // place, not a CPE alone: an éducatrice applies to a CPE.
      pattern: String.raw`(?:groupe|section)\s+des\s+(?:poupons|bébés|trottineurs)|place\s+(?:\p{L}+\s+){0,4}?(?:en|à\s+la|au|dans\s+(?:notre|le|la))\s+(?:crèche|garderie|CPE|halte-garderie|micro-crèche|pouponnière)|entrevue\s+d['’]accueil`,
      example:
        'Une place s’est libérée dans le groupe des poupons : nous aimerions vous rencontrer avec Léa mercredi à 16 h 30.',
    },
    {
      // A language certificate's exam (round 324's twin): "Votre épreuve orale du DELF B2 aura lieu samedi 16 juin à 10 h
      // au centre d'examen". By its name: a public employer's selection test is held in an exam centre too (round 323c).
      pattern: String.raw`DELF|DALF|TCF|TEF|TOEIC|TOEFL|IELTS`,
      example: 'Votre épreuve orale du DELF B2 aura lieu le samedi 16 juin à 10 h au centre d’examen.',
    },
    {
      // An animal adopted from a shelter (fx418, round 316's twin): "votre demande d'adoption pour Filou".
      pattern: String.raw`adoption|adopter|refuge|SPA`,
      example: 'Nous vous attendons au refuge samedi à 11 h pour rencontrer Filou avant l’adoption.',
    },
    {
      // A flat, a visa, a loan, a place at a school applied for (round 311c): "Votre rendez-vous pour le dépôt de votre
      // demande de visa « Travailleur salarié » est confirmé".
      pattern: String.raw`dossier\s+de\s+location|visite\s+(?:de\s+l['’]appartement|du\s+logement|du\s+bien)|garants?|visa|titre\s+de\s+séjour|préfecture|demande\s+de\s+(?:prêt|crédit|logement|bourse|visa|titre|naturalisation)|prêt\s+immobilier|crédit\s+immobilier|bourse\s+d['’]études|Parcoursup|place\s+en\s+crèche`,
      example: 'Votre rendez-vous pour le dépôt de votre demande de visa est confirmé lundi à 9h15.',
    },
    {
      // A place at a university or a school applied for (round 313c): "Votre dossier de candidature en Master 2 … à
      // l'entretien d'admission … UFR de droit". Not "admission" alone: a concours' "épreuves d'admission" are a job's
      // (round 82).
      pattern: String.raw`Master\s+\d|Licence\s+\d|(?:en|du)\s+(?:Master|Licence|BTS|BUT|DUT|MBA|doctorat)|UFR|secrétariat\s+pédagogique|scolarité|école\s+doctorale`,
      example: 'Vous êtes convoqué à l’entretien d’admission du Master 1 Finance le lundi 7 à 9h.',
    },
  ],
  otherInterviews: [
    {
      // The reader's own review as an employee, named anywhere in the message (round 325c: "La campagne des entretiens
      // annuels d'évaluation 2043 démarre. Ton entretien avec Valérie est planifié le lundi 23 mars de 14 h à 15 h").
      pattern: String.raw`entretiens?\s+(?:annuels?|individuels?\s+annuels?|d['’]évaluation|de\s+fin\s+d['’]année|de\s+mi-année)|campagne\s+(?:des\s+|d['’])?entretiens|auto-?évaluation`,
      example:
        'La campagne des entretiens annuels démarre ; ton entretien avec Valérie est planifié le lundi 23 mars à 14 h.',
    },
    {
      // A trial session of a club, a gym or a school, a placement test (fx418, round 316c): "Votre séance d'essai de
      // Pilates est bien confirmée le jeudi 9 mars à 12 h 15". A job's trial is "journée d'essai" or "période d'essai".
      pattern: String.raw`(?:séance|cours|leçon|entraînement)\s+d['’]\s*essai|(?:test|évaluation)\s+de\s+(?:niveau|positionnement)`,
      example: 'Votre cours d’essai de yoga est fixé au mardi 14 mars à 18 h.',
    },
    {
      // The press's interview with the reader as an expert (round 310c): "Demande d'interview – France Bleu … une
      // émission sur l'emploi des seniors … une interview en direct".
      pattern: String.raw`demande\s+d['’]interview|journaliste|émission|en\s+direct|podcast|reportage`,
      example: 'Je suis journaliste et prépare un article sur la reconversion.',
    },
    {
      // A survey's interview, a choir's audition, a court's hearing (round 310c): "l'enquête Emploi … notre
      // enquêtrice", "audience du bureau de conciliation … prud'hommes".
      pattern: String.raw`enquête|enquêteur|enquêtrice|Insee|sondage|étude\s+de\s+marché|chorale|chœur|orchestre|audience|prud['’]hommes|tribunal\s+(?:judiciaire|correctionnel|administratif|de\s+police)|témoin`,
      example: 'Vous êtes cité comme témoin à l’audience du 3 juin à 9h.',
    },
    {
      // An audition for a show or an amateur troupe, a casting (round 313c): "te voir en audition pour le rôle de Lucile
      // … notre prochain spectacle de troupe amateur".
      pattern: String.raw`audition|casting|troupe|spectacle|comédien\p{L}*|rôle\s+de`,
      example: 'Nous serions ravis de te voir au casting de notre court-métrage samedi à 14h.',
    },
  ],
  jobProcess: JOB_PROCESS,
  ownSlot: [
    {
      // The reader's slot among the days for all (round 315c): "Les épreuves orales d'admission se dérouleront du lundi
      // 21 au mercredi 30 novembre. Vous êtes convoquée à l'entretien avec le jury :\n\nle jeudi 24 novembre à 8 h 45".
      pattern: String.raw`(?:vous\s+êtes|tu\s+es)\s+convoqu(?:é|ée|é\(e\)|ée?s?)\s+(?:à|pour)\s+(?:l['’]\s*|un\s+|une\s+|votre\s+|ton\s+|ta\s+)?(?:entretien|épreuve|oral|entrevue|audition)|votre\s+(?:créneau|horaire\s+de\s+passage|passage)\s+(?:est\s+)?(?:fixé|prévu|réservé)?|(?:un|votre)\s+(?:créneau|entretien|passage)\s+vous\s+(?:a\s+été|est)\s+(?:attribué|réservé|affecté)`,
      example: 'Les oraux ont lieu du 3 au 7 mai ; vous êtes convoqué à l’oral le mardi 4 mai à 10h.',
    },
  ],
  // The job itself, no "candidature" or interview a university also holds (fx410).
  jobItself: [
    {
      pattern: String.raw`postes?|recrut\p{L}*|embauch\p{L}*|offres?\s+d['’]emploi|stages?|stagiaires?|alternan\p{L}*|apprenti\p{L}*|intérim\p{L}*|jobs?`,
      example: 'Votre candidature au poste de comptable a bien été reçue.',
    },
  ],
  notCountedFrom: [
    {
      // A job's start or the office's closing named before "une semaine plus tard" (fx401): the window counts from the
      // day of writing. "Le poste est à pourvoir à partir du 1er décembre. Nous reviendrons vers vous une semaine plus
      // tard."
      pattern: String.raw`à\s+pourvoir|prise\s+de\s+(?:poste|fonctions?)|premier\s+jour|démarrage|fermée?s?|fermeture|congés|vacances`,
      example: 'Le poste est à pourvoir à partir du 1er décembre.',
    },
  ],
  windowAfter: [
    {
      // "une semaine plus tard" after a day named before (round 303: "Votre entretien aura lieu le lundi 15 avril à
      // 14h. Vous recevrez une réponse une semaine plus tard.").
      pattern: String.raw`plus\s+tard`,
      example: 'Le jury se réunit le 3 mars. Vous recevrez notre réponse deux semaines plus tard.',
    },
  ],
  units: [
    {
      // Calendar days are days: "sous dix jours calendaires".
      pattern: String.raw`jours?\s+(?:calendaires|francs)`,
      unit: 'day',
      example: 'sous dix jours calendaires',
    },
    {
      // (and "dans les dix prochains jours ouvrables", round 318c)
      pattern: String.raw`(?:prochains\s+)?jours?\s+ouvr(?:és|ables)`,
      unit: 'business-day',
      example: 'sous 10 jours ouvrés',
    },
    {
      pattern: String.raw`(?:prochains\s+)?jours?`,
      unit: 'day',
      example: 'Nous reviendrons vers vous dans les 10 prochains jours.',
    },
    { pattern: String.raw`(?:prochaines\s+)?semaines?`, unit: 'week', example: 'dans les deux semaines' },
    { pattern: String.raw`mois`, unit: 'month', example: "d'ici un mois" },
    {
      pattern: String.raw`(?:heures|h)`,
      unit: 'hour',
      example: 'Nous vous communiquerons notre décision dans les 48 heures qui suivent.',
    },
  ],
  periods: [
    {
      // The weekday after the day named before (twin of round 242's "te avisamos el lunes siguiente"): "le jury se
      // réunit le vendredi 23 ; nous vous répondrons le lundi suivant", one row a weekday.
      pattern: String.raw`le\s+lundi\s+(?:suivant|qui\s+suit|d['’]après)`,
      period: 'weekday-after',
      weekday: 1,
      fromEvent: true,
      example: 'Le jury se réunit le jeudi 9 ; nous vous écrirons le lundi suivant.',
    },
    {
      pattern: String.raw`le\s+mardi\s+(?:suivant|qui\s+suit|d['’]après)`,
      period: 'weekday-after',
      weekday: 2,
      fromEvent: true,
      example: 'Le jury se réunit le jeudi 9 ; nous vous écrirons le mardi suivant.',
    },
    {
      pattern: String.raw`le\s+mercredi\s+(?:suivant|qui\s+suit|d['’]après)`,
      period: 'weekday-after',
      weekday: 3,
      fromEvent: true,
      example: 'Le jury se réunit le jeudi 9 ; nous vous écrirons le mercredi suivant.',
    },
    {
      pattern: String.raw`le\s+jeudi\s+(?:suivant|qui\s+suit|d['’]après)`,
      period: 'weekday-after',
      weekday: 4,
      fromEvent: true,
      example: 'Le jury se réunit le jeudi 9 ; nous vous écrirons le jeudi suivant.',
    },
    {
      pattern: String.raw`le\s+vendredi\s+(?:suivant|qui\s+suit|d['’]après)`,
      period: 'weekday-after',
      weekday: 5,
      fromEvent: true,
      example: 'Le jury se réunit le jeudi 9 ; nous vous écrirons le vendredi suivant.',
    },
    {
      // The day after the day named before: "le jury se réunit le jeudi 11 mars ; vous aurez la réponse le
      // lendemain" (the Spanish "al día siguiente", round 84).
      pattern: String.raw`(?:le|dès\s+le)\s+lendemain`,
      period: 'next-day',
      fromEvent: true,
      example: 'Le jury se réunit le jeudi 11 mars ; vous aurez notre réponse le lendemain.',
    },
    {
      // The week after the day named before: "le jury se réunira le 16 décembre … dans la semaine qui suit".
      // (and pointing back to it: "Les entretiens se termineront le vendredi 15 février ; nous reviendrons vers tous les
      // candidats dans la semaine suivant cette date", round 294c)
      pattern: String.raw`(?:dans|durant|pendant|au\s+cours\s+de)\s+la\s+semaine\s+(?:qui\s+suit|suivante|d['’]après|(?:suivant|qui\s+suit|après)\s+(?:cette\s+date|ce\s+jour|cette\s+journée|cette\s+réunion|cet\s+entretien|ces\s+entretiens|la\s+fin\s+des\s+entretiens))`,
      period: 'next-week',
      fromEvent: true,
      example: 'Le comité se réunit le 12 janvier ; vous aurez notre réponse dans la semaine qui suit.',
    },
    {
      pattern: String.raw`(?:après|passé(?:es)?|au\s+retour\s+d?es)\s+(?:les\s+)?fêtes(?:\s+de\s+fin\s+d'année)?`,
      period: 'after-holidays',
      example: 'Nous vous recontacterons après les fêtes.',
    },
    {
      // "avant les Fêtes" (Québec, Belgium): the year-end holidays, Christmas Eve (TIMELINE-CONVENTIONS.md).
      pattern: String.raw`avant\s+(?:les\s+fêtes\s+de\s+)?Noël|avant\s+les\s+(?:Fêtes|vacances\s+de\s+Noël|congés\s+de\s+fin\s+d['’]année)(?!\s+de\s+Pâques)`,
      period: 'before-christmas',
      example: 'Nous espérons vous donner une réponse avant Noël.',
    },
    {
      // All Saints' Day, a fixed 1 November (round 174c): "vous devriez avoir notre réponse avant la Toussaint".
      pattern: String.raw`avant\s+(?:la\s+)?Toussaint|avant\s+les\s+vacances\s+de\s+(?:la\s+)?Toussaint`,
      period: 'before-all-saints',
      example: 'Vous devriez avoir notre réponse avant la Toussaint.',
    },
    {
      pattern: String.raw`(?:la\s+)?fin\s+(?:de\s+l'année|de\s+cette\s+année|d'année)`,
      period: 'end-of-year',
      example: "Quoi qu'il arrive, vous aurez une réponse avant la fin de l'année.",
    },
    {
      pattern: String.raw`(?:la\s+)?fin\s+(?:du|de\s+ce|de)\s+mois`,
      period: 'end-of-month',
      example: 'Vous recevrez une réponse avant la fin du mois.',
    },
    {
      pattern: String.raw`(?:en\s+|au\s+)?début\s+de\s+(?:la\s+)?semaine\s+prochaine`,
      period: 'early-next-week',
      example: 'Nous reviendrons vers vous en début de semaine prochaine.',
    },
    {
      pattern: String.raw`(?:la\s+)?fin\s+de\s+(?:la\s+)?semaine\s+prochaine`,
      period: 'next-week',
      example: "Nous vous tiendrons informée de la suite d'ici la fin de la semaine prochaine.",
    },
    {
      pattern: String.raw`(?:la\s+)?semaine\s+prochaine`,
      period: 'next-week',
      example: 'Vous aurez de nos nouvelles la semaine prochaine.',
    },
    {
      pattern: String.raw`(?:(?:la\s+)?fin\s+de\s+(?:la\s+|cette\s+)?semaine|cette\s+semaine)`,
      period: 'this-week',
      example: "Nous vous répondrons d'ici la fin de la semaine.",
    },
    {
      // "dans le courant de la semaine", "courant de semaine" (twin of round 93's "a lo largo de esta semana").
      pattern: String.raw`(?:(?:dans\s+le|au)\s+)?courant\s+de\s+(?:la\s+|cette\s+)?semaine(?!\s+(?:prochaine|suivante|d['’]après|qui))`,
      period: 'this-week',
      example: 'Nous vous confirmerons la date du second entretien dans le courant de la semaine.',
    },
    {
      pattern: String.raw`(?:dans\s+les|au\s+cours\s+des)\s+(?:tout\s+)?(?:prochains|jours\s+à\s+venir)(?:\s+jours)?`,
      period: 'coming-days',
      example: 'Nous vous contacterons dans les prochains jours.',
    },
    {
      pattern: String.raw`(?:le\s+)?mois\s+prochain`,
      period: 'next-month',
      example: 'Nous prendrons une décision le mois prochain.',
    },
  ],
  weekOf: [
    {
      pattern: String.raw`semaine\s+du`,
      example: 'Nous vous ferons un retour dans la semaine du 23 novembre.',
    },
  ],
  midMonth: [
    { pattern: String.raw`(?:la\s+)?mi-?`, example: "Nous prendrons une décision d'ici la mi-décembre." },
    {
      // The month's first half (twin of round 174's "in der ersten Novemberhälfte"): the 15th, as "primera quincena".
      pattern: String.raw`(?:dans\s+|durant\s+|pendant\s+|au\s+cours\s+de\s+)?la\s+première\s+(?:quinzaine|moitié)\s+(?:de|d['’])`,
      example: 'Nous reviendrons vers vous dans la première quinzaine de novembre.',
    },
  ],
  monthParts: [
    {
      pattern: String.raw`(?:dans\s+|durant\s+|pendant\s+)?la\s+première\s+semaine\s+(?:de|d['’])`,
      part: 'first-week',
      example: 'Nous vous communiquerons notre choix dans la première semaine de février.',
    },
    {
      pattern: String.raw`(?:la\s+|en\s+)?fin(?:\s+du\s+mois)?(?:\s+de|\s+d')?`,
      part: 'end',
      example: "Nous vous tiendrons au courant d'ici fin novembre.",
    },
    {
      pattern: String.raw`(?:dans\s+le\s+)?courant(?:\s+du\s+mois)?(?:\s+de|\s+d')?`,
      part: 'end',
      example: 'Nous vous recontacterons dans le courant du mois de décembre.',
    },
    {
      pattern: String.raw`(?:en\s+)?début(?:\s+de|\s+d')?`,
      part: 'early',
      example: 'Une réponse vous parviendra début décembre.',
    },
    {
      pattern: String.raw`(?:au|dès\s+le)\s+début(?:\s+du\s+mois)?(?:\s+de|\s+d')?`,
      part: 'beginning',
      example: 'Nous reviendrons vers vous au début du mois de mars.',
    },
  ],
  bounds: [
    {
      // (and the day back as work taken up again, twin of round 131's "me reincorporo el lunes 27": "je reprends le
      // travail le lundi 14")
      pattern: String.raw`(?:de\s+retour|revient|reviendra|retour|reprise|(?:reprends|reprendrai|reprend|reprendra)\s+(?:le\s+travail|mon\s+poste|son\s+poste|mes\s+fonctions|ses\s+fonctions|mes\s+activités|ses\s+activités))(?:\s+au\s+bureau|\s+en\s+poste|\s+parmi\s+nous)?(?:,?\s+le)?`,
      bound: 'until',
      example: 'Mme Lefèvre est absente et de retour le lundi 16 novembre.',
    },
    {
      pattern: String.raw`d'ici(?:\s+le)?`,
      bound: 'by',
      example: "Nous reviendrons vers vous d'ici vendredi.",
    },
    {
      pattern: String.raw`au\s+plus\s+tard(?:\s+le)?`,
      bound: 'by',
      example: 'Vous aurez un retour de notre part au plus tard le 27 novembre.',
    },
    {
      pattern: String.raw`(?:jusqu'au|jusqu'à)`,
      bound: 'until',
      example: "Merci d'attendre jusqu'au 1er décembre.",
    },
    {
      // The day waited for, named right after "attendre" (fx301's probe: "Merci d'attendre le lundi 21 octobre avant de
      // nous écrire"): that day is the first one contact is welcome.
      pattern: String.raw`attendre\s+(?:le|la)`,
      bound: 'until',
      example: "Merci d'attendre le lundi 21 octobre avant de nous écrire.",
    },
    {
      pattern: String.raw`avant(?:\s+le)?`,
      bound: 'before',
      example: 'Merci de ne pas nous relancer avant le 1er décembre.',
    },
    {
      // "ne pas nous contacter …, soit après le 18 décembre": contact is welcome the day after.
      pattern: String.raw`après\s+le`,
      bound: 'until-after',
      example:
        'Nous vous prions de ne pas nous contacter avant la fin de la période de recrutement, soit après le 18 décembre.',
    },
    {
      // The event named first, its day apart after a comma (twin of round 121's "erst nach dem Ende der
      // Bewerbungsfrist am 20. März"): "qu'après la clôture des candidatures, le 20 mars : d'ici là, …".
      pattern: String.raw`après\s+(?:la|le|l['’])\s*(?:[\p{L}'’]+\s+){0,4}?[\p{L}'’]+,?\s+(?:soit\s+)?le`,
      bound: 'until-after',
      example:
        "Nous ne pourrons vous renseigner qu'après la clôture des candidatures, le 20 mars : d'ici là, merci de patienter.",
    },
    {
      // "à partir du 18 janvier": the first day of a span (someone's availability, a return), no slot of its own.
      pattern: String.raw`à\s+partir\s+du`,
      bound: 'until',
      example: 'Je reste disponible pour un entretien à partir du 18 janvier.',
    },
    {
      // "dès lundi prochain": the first day of a span (someone's availability), no slot of its own.
      pattern: String.raw`dès(?:\s+le)?`,
      bound: 'until',
      example: 'Je suis disponible pour un second entretien dès lundi prochain.',
    },
  ],
  response: [
    {
      // The list of those selected published is the answer (twin of round 174b's "publicaremos … la lista de personas
      // seleccionadas"): "nous publierons sur notre site la liste des candidats retenus".
      pattern: String.raw`(?:publierons|publiera|publieront|sera\s+publiée?|seront\s+publiée?s)\s+(?:[\p{L}'’]+\s+){0,4}?(?:la\s+liste|les\s+résultats|le\s+classement)|(?:la\s+liste|les\s+résultats|le\s+classement)\s+(?:[\p{L}'’]+\s+){0,5}?(?:sera\s+publiée?|seront\s+publiée?s|sera\s+affichée?|seront\s+affichée?s)`,
      example:
        'Dans les quinze jours qui suivent, nous publierons sur notre site la liste des candidats retenus pour un entretien.',
    },
    {
      // A process's length told as its duration (twin of round 139b's "el proceso … tiene una duración aproximada de tres
      // semanas"): "le processus a une durée d'environ trois semaines".
      pattern: String.raw`(?:processus|procédure|recrutement|sélection)\s+(?:[\p{L}'’]+\s+){0,3}?a\s+une\s+durée`,
      example: "L'ensemble du processus a une durée d'environ trois semaines.",
    },
    {
      // A commitment to answer is the promise: "Nous nous engageons à répondre à chaque candidature sous 10 jours
      // ouvrés" (round 94; twins "nos comprometemos a responder", "wir verpflichten uns, … zu beantworten").
      pattern: String.raw`(?:engageons|m['’]engage|s['’]engage|engagerons)\s+à\s+(?:\p{L}+\s+){0,2}?(?:répondre|revenir|apporter|donner|informer|traiter|étudier|faire\s+un\s+retour)|point\s+d['’]honneur\s+à\s+(?:\p{L}+\s+){0,2}?répondre`,
      example: 'Nous nous engageons à répondre à chaque candidature sous 10 jours ouvrés.',
    },
    {
      // A length to reckon with is the promise: "le comité ne s'est pas encore réuni ; comptez environ trois
      // semaines" (round 91).
      pattern: String.raw`(?:comptez|compte|comptons|prévoyez|prévois)(?!\s+(?:sur|parmi))`,
      example: 'Pour la décision finale, comptez environ deux semaines.',
    },
    {
      // A process said to be done after its usual length (the German "nach zehn Arbeitstagen abgeschlossen", round
      // 83).
      // (and the recruitment itself, closed or decided by a day, twin of round 122's "el proceso de selección se
      // resolverá antes del 31": "le recrutement sera finalisé d'ici le 31 mars")
      // (not a process of applying, whose end is a fact: "le processus de candidature sera clôturé le 31 mars")
      pattern: String.raw`(?:étude|examen|traitement|processus(?!\s+(?:de\s+|d['’])(?:candidature|dépôt|inscription))|analyse|sélection|recrutement)\s+(?:[\p{L}'’]+\s+){0,6}?(?:bouclée?|terminée?|achevée?|finalisée?|tranchée?|clôturée?)`,
      example: "L'examen des candidatures est en général terminé en dix jours ouvrés.",
    },
    {
      // A call to set the interview's date is a promise to contact, not the slot (round 294c: "Mme Koné vous appelle
      // demain matin pour fixer avec vous la date de l'entretien"; twin "te marca Rodrigo … para agendar tu
      // entrevista"). With a clock time it stays a call at a set time (interview).
      pattern: String.raw`(?:vous|te|t['’])\s*(?:appelle|appellera|appelleront|appellerons|contacte|contactera|contacterons|téléphone|téléphonera)\s+(?:[\p{L}\p{N}'’.]+,?\s+){0,6}?pour\s+(?:fixer|convenir|caler|planifier|organiser|trouver|programmer|définir|arrêter)`,
      example: "Mme Koné vous appelle demain matin pour fixer avec vous la date de l'entretien.",
    },
    {
      // A promised call back: "je vous rappelle demain" (not "je vous rappelle que", a reminder).
      pattern: String.raw`(?:vous|te|t['’])\s*rappell?e(?:rai|rons|ra)?(?!\s+(?:que|qu['’]))`,
      example: 'Je vous rappelle vendredi pour vous donner le retour du client.',
    },
    {
      pattern: String.raw`(?:communiquerons|communiquera|entrerons\s+en\s+contact|entrera\s+en\s+contact)\s+avec`,
      example: "Nous communiquerons avec tous les candidats d'ici le 11 décembre.",
    },
    {
      pattern: String.raw`(?:processus|procédure|étude|analyse|examen|traitement)\s+(?:\p{L}+\s+){0,3}?(?:prend|dure|peut|s'échelonne|s'étale)`,
      example: 'Le processus de recrutement prend généralement environ trois semaines.',
    },
    {
      // (every person: "tu recevras ton contrat d'ici mercredi", round 106)
      pattern: String.raw`(?:vous\s+)?(?:recevrez|recevras|parviendra|parviendront)`,
      example: 'Vous recevrez votre contrat de travail par courrier sous cinq jours ouvrés.',
    },
    {
      // (toward every candidate too: "nous reviendrons vers chaque candidat d'ici la fin du mois", round 143)
      // (and a client's promise relayed by its agency: "le client reviendra vers moi d'ici mercredi prochain", round 328c)
      pattern: String.raw`reviendr(?:ons|ai|a|ont)\s+(?:(?:toutefois|cependant|néanmoins|donc|alors|bien|ensuite|évidemment|naturellement|rapidement|sans\s+faute|en\s+tout\s+cas|dans\s+tous\s+les\s+cas|de\s+toute\s+(?:façon|manière)|en\s+tout\s+état\s+de\s+cause),?\s+)?vers\s+(?:vous|toi|moi|nous|chaque\s+(?:candidat(?:e)?|personne)|chacun(?:e)?|tous\s+les\s+candidats|l['’]ensemble\s+des\s+candidats|les\s+candidat(?:e)?s(?:\s+\p{L}+)?)`,
      example: "Nous reviendrons vers chaque candidat d'ici la fin du mois.",
    },
    {
      // "de retour le 2 décembre" is someone back at work, no word back.
      // ("dès mon retour", "à son retour" is a return from an absence, no feedback: round 174c)
      pattern: String.raw`(?:(?<!(?:votre|ta)\s)(?:réponse|décision)|(?<!de\s)(?<!(?:dès|à|après)\s(?:mon|son|notre|leur)\s)(?<!(?:votre|ton)\s(?:\p{L}+\s){0,2})retour|nouvelles|résultats?)`,
      example: 'Vous recevrez une réponse avant la fin du mois.',
    },
    {
      pattern: String.raw`(?:vous\s+)?(?:contacterons|recontacterons|répondrons|tiendrons\s+informée?s?|informerons)`,
      example: 'Nous vous contacterons dans les prochains jours.',
    },
    {
      // "au courant", and the agencies' familiar "je te tiens au jus".
      pattern: String.raw`(?:tiendr(?:ons|ai)|tiens|tient)\s+(?:au\s+courant|au\s+jus|informée?s?)`,
      example: "Nous vous tiendrons au courant d'ici fin novembre.",
    },
    {
      // Any tense, either register: "je reviens vers vous", "on revient vers toi".
      // (an adverb between the verb and its object, round 138: "nous reviendrons toutefois vers vous au plus tard
      // début avril"; twins "Sie hören aber in jedem Fall … von uns", "nos pondremos de todos modos en contacto")
      pattern: String.raw`(?:revenir|reviendrons|revenons|reviens|revient|reviendrai)\s+(?:(?:toutefois|cependant|néanmoins|donc|alors|bien|ensuite|évidemment|naturellement|rapidement|sans\s+faute|en\s+tout\s+cas|dans\s+tous\s+les\s+cas|de\s+toute\s+(?:façon|manière)|en\s+tout\s+état\s+de\s+cause),?\s+)?(?:vers|auprès\s+de)\s+(?:vous|toi)`,
      example: 'Nous ne manquerons pas de revenir vers vous la semaine prochaine.',
    },
    {
      // Québec: "revenir à quelqu'un", "je te reviens d'ici vendredi".
      pattern: String.raw`(?:te|vous)\s+(?:revenir|reviens|reviendrai|reviendrons|revenons|revient|reviendra)`,
      example: "Merci pour ta patience, je te reviens d'ici vendredi avec le retour du client.",
    },
    { pattern: String.raw`(?:décider|trancher)`, example: 'Nous allons décider avant la fin du mois.' },
    {
      // "Comptez environ deux semaines pour l'ensemble du processus": the process's length, told to the candidate.
      pattern: String.raw`(?:comptez|compter|prévoyez|prévoir)\s+(?:[\p{L}']+\s+){0,3}?pour\s+(?:[\p{L}']+\s+){0,3}?(?:processus|recrutement|sélection|réponse|retour|décision)`,
      example: "Comptez environ deux semaines pour l'ensemble du processus (entretien RH, cas pratique).",
    },
    {
      pattern: String.raw`(?:seront|sera|serez|seras)\s+(?:re)?(?:contactée?s?|contacté\(e\)s?|jointe?s?|informée?s?|avisée?s?)`,
      example: "Les personnes retenues seront jointes dans les deux semaines suivant la fin de l'affichage.",
    },
    {
      // Québec: "je vous reviens demain" is "I'll get back to you tomorrow".
      pattern: String.raw`(?:je|nous|on)\s+(?:vous|te)\s+reviens?(?:t|drai|drons|dra|ons)?`,
      example: "Je vous reviens demain sans faute avec la décision de l'équipe.",
    },
    {
      // Any future done to the candidate is a promise ("nous vous ferons signe", "le contrat vous sera envoyé"),
      // and so are "nous reprendrons contact", "nous vous recontactons", "je vous recontacte" (round 94's twin rows).
      // (not "recevoir" someone, which is to meet them: "ta responsable te recevra le jeudi 14 février", round 294c)
      pattern: String.raw`(?:(?:vous|te)\s+(?!remercier|prier|demander|recev)\p{L}+(?:rons|rai|ra)|reprendr(?:ons|ai|a)\s+contact|(?:vous|te)\s+(?:re)?contact(?:ons|e)(?!\p{L}))`,
      example: "Nous vous ferons signe d'ici vendredi.",
    },
    {
      // "ne pas manquer de" is a promise, whatever the verb after it: "nous ne manquerons pas de vous recontacter
      // d'ici vendredi", "je ne manquerai pas de te faire un retour".
      pattern: String.raw`(?:manquerons|manquerai|manquera|manqueront)\s+pas\s+de\s+(?:vous|te|t['’]|revenir|faire|donner|transmettre|communiquer)`,
      example: "Nous ne manquerons pas de vous recontacter d'ici vendredi.",
    },
    {
      // Results published to the candidates are news delivered: "nous publierons la liste des candidats admis".
      pattern: String.raw`publier(?:ons|a|ont)?\s+(?:\p{L}+\s+){0,2}?(?:liste|résultats?)`,
      example: 'Nous publierons les résultats dans les dix jours ouvrés suivant la clôture.',
    },
    {
      // A delivery promised: "Je t'envoie ta promesse d'embauche d'ici jeudi".
      pattern: String.raw`(?:je|nous)\s+(?:vous|t'|te|lui)\s*(?:envoie|envoyons|enverrai|enverrons|renvoie|renvoyons|renverrai|renverrons|transmets|transmettons|transmettrai|transmettrons|ferai\s+parvenir|ferons\s+parvenir)`,
      example: "Je t'envoie ta promesse d'embauche d'ici jeudi.",
    },
  ],
  interview: [
    {
      // Where the candidate is met makes the slot (twin of round 92's "bei uns im Office", "am Empfang"): "demain à
      // 10h30 dans nos locaux", "demandez-moi à l'accueil".
      pattern: String.raw`dans\s+nos\s+(?:locaux|bureaux)|(?:demandez|demande|présentez-vous|présente-toi|adressez-vous|adresse-toi)\s+(?:\p{L}+\s+){0,3}?(?:à|a)\s+l['’]accueil|(?:à|au)\s+notre\s+(?:siège|agence|bureau)`,
      example: "Parfait, alors demain à 10h30 dans nos locaux ; demandez-moi à l'accueil.",
    },
    {
      // A slot kept (the German "dann bleibt es bei Donnerstag, 10 Uhr", round 89): "on reste donc sur jeudi 10h".
      pattern: String.raw`(?:on\s+reste|nous\s+restons|je\s+maintiens|nous\s+maintenons)\s+(?:donc\s+)?(?:sur|le)`,
      example: 'Parfait, on reste donc sur jeudi 10h.',
    },
    {
      // A test of the candidate's at a set time: "votre mise en situation aura lieu mardi à 9h".
      // (and a selection's tests, round 309c: "invité(e) au test informatisé de la sélection « Attaché juriste »")
      pattern: String.raw`mise\s+en\s+situation|test\s+technique|tests?\s+(?:informatisés?|d['’]aptitudes?|de\s+sélection|de\s+recrutement)|assessment(?:\s+center)?`,
      example: 'Votre mise en situation aura lieu le mardi 12 janvier à 9h dans nos locaux.',
    },
    {
      // "entretient": a frequent typo.
      pattern: String.raw`entretient?`,
      example: 'Je vous confirme votre entretien le jeudi 19 novembre à 14h30.',
    },
    {
      pattern: String.raw`(?:(?:vous|te)\s+recevr(?:ons|ai|a)|(?:êtes|es)\s+attendue?|point\s+(?:téléphonique|visio|tel))`,
      example: 'Vous êtes attendue le jeudi 19 novembre à 14h à l’accueil.',
    },
    {
      // A call between two people: "On se parle jeudi à 13 h 30 par Teams ?".
      pattern: String.raw`(?:on\s+se\s+(?:parle|voit|rencontre|jase|jasera|appelle)|se\s+parler|se\s+voir|se\s+jaser)`,
      example: 'Merci pour ta disponibilité. On se parle jeudi à 13 h 30 par Teams?',
    },
    {
      // A slot proposed as a question: "Est-ce que mardi 17 à 15h vous conviendrait ?".
      pattern: String.raw`(?:vous|te|t')\s*(?:conviendrait|conviendraient|convient|convenait|irait|va|dirait)`,
      example: 'Est-ce que mardi 17 à 15h vous conviendrait ?',
    },
    {
      pattern: String.raw`entrevue`,
      example: "L'entrevue est prévue le mardi 17 novembre à 10 h 30 (heure de Paris).",
    },
    {
      // A phone call at a set time: "je te propose qu'on s'appelle demain à 11h".
      pattern: String.raw`(?:s'appeler|s'appelle|s'appelait|t'appeler|t'appelle|vous\s+appelle(?:rai|rons)?)`,
      example: "Je te propose qu'on s'appelle demain à 11h, ça te va ?",
    },
    {
      // Start-ups write English: "se caler un call", "le call est calé le jeudi".
      pattern: String.raw`(?:call|calé|caler|cale)`,
      example: "Ça te dit qu'on se cale un call jeudi vers 18h pour parler du poste ?",
    },
    {
      pattern: String.raw`(?:nous\s+vous\s+attendons|je\s+vous\s+attends|convocation|convoquée?)`,
      example: "Nous vous attendons le 2 décembre à 8h45 à l'accueil du bâtiment B.",
    },
    {
      // A slot confirmed in a reply: "c'est noté pour jeudi 10h", "invitation Teams".
      pattern: String.raw`(?:c'est\s+(?:noté|confirmé|bon|parfait)\s+pour|confirmée?\s+pour|invitation\s+(?:Teams|Zoom|Google\s+Meet|Meet|visio))`,
      example: "Parfait, c'est noté pour jeudi 10h, je vous envoie l'invitation Teams dans la foulée.",
    },
    {
      // (not a call for applications: "L'appel à candidatures se termine le 15 mars", found beside round 174b)
      pattern: String.raw`(?:rendez-vous|rdv|visio(?:conférence)?|appel(?!\s+(?:à\s+(?:candidatures?|projets?|contributions?)|d['’]offres))|échange\s+téléphonique)`,
      example: 'Je vous propose un appel mardi à 11h.',
    },
    {
      pattern: String.raw`(?:rencontrer|rencontre)`,
      example: "Pouvez-vous venir lundi 16 novembre à 9h pour rencontrer l'équipe ?",
    },
    {
      pattern: String.raw`disponibles?`,
      example: 'Seriez-vous disponible pour un entretien téléphonique mercredi à 10h ?',
    },
    {
      pattern: String.raw`(?:venir|passer)(?:\s+nous\s+voir|\s+au\s+bureau|\s+dans\s+nos\s+locaux)?`,
      example: 'Pouvez-vous venir lundi à 9h ?',
    },
    {
      // A selection day for a group the candidate is invited to: "la session de recrutement collective du jeudi 21".
      pattern: String.raw`(?:session|journée|matinée)\s+de\s+(?:recrutement|sélection)|recrutement\s+collectif`,
      example:
        'Nous vous confirmons votre participation à la session de recrutement du jeudi 21 janvier à 9h.',
    },
    {
      // The candidate's selection tests (fx401): "Les épreuves de sélection auront lieu le 16 octobre à 14 h", "votre
      // épreuve orale est fixée au jeudi 18 octobre"; a student's exam is an event (events).
      pattern: String.raw`épreuves?\s+(?:(?:orales?|écrites?|pratiques?|techniques?|physiques?)\s+)?de\s+(?:sélection|recrutement)|(?:votre|ton)\s+épreuve\s+(?:orale|écrite|pratique|technique)|(?:votre|ton)\s+(?:passage|audition)\s+devant\s+(?:le|notre)\s+jury|(?:vous\s+passerez|tu\s+passeras)\s+devant\s+(?:le|notre)\s+jury`,
      example: 'Les épreuves de sélection auront lieu le mardi 16 octobre à 14 h dans nos locaux de Lyon.',
    },
    {
      // A video call set with the candidate: "jeudi à 10 h 30 par Teams".
      pattern: String.raw`(?:par|via|sur)\s+(?:Teams|Zoom|Google\s+Meet|Meet|Webex)`,
      example: 'On se retrouve jeudi à 10 h 30 par Teams.',
    },
    {
      // "Pourrions-nous plutôt nous parler vendredi 21 mai à 11h ?".
      pattern: String.raw`nous\s+(?:parler|voir|rencontrer|appeler)|(?:nous|vous)\s+entretenir`,
      example: 'Pourrions-nous plutôt nous parler vendredi 21 mai à 11h ?',
    },
  ],
  genericInterviews: [
    {
      // A client's interviews with other candidates (round 315c): "mon client, qui doit encore rencontrer deux candidats
      // lundi et mardi".
      pattern: String.raw`(?:rencontrer|rencontre|rencontrera|recevoir|reçoit|recevra|voir|voit|verra)\s+(?:encore\s+)?(?:deux|trois|quatre|cinq|\d+|d['’]autres|plusieurs|quelques)\s+(?:autres\s+)?(?:candidats|candidates|profils)`,
      example: 'Le directeur doit encore rencontrer trois candidats jeudi et vendredi.',
    },
    {
      // The writer's own interview elsewhere (round 309c): "j'ai un entretien chez L'Oréal vendredi 14 à 9h, je serai
      // donc absente le matin".
      pattern: String.raw`j['’]ai\s+(?:un|une|mon|ma)\s+(?:entretien|entrevue)\s+(?:d['’]embauche\s+)?(?:chez|dans|à|avec)\s+(?!vous|toi|votre|ton|ta|nous)[\p{L}\p{N}]+`,
      example: 'J’ai un entretien chez Decathlon jeudi à 14h, je partirai donc plus tôt.',
    },
    {
      // A named person's interview is another's, and so is one the reader conducts (round 304c: "Tu peux faire passer
      // l'entretien de Mme Dubois lundi à 9h à ma place ?"), or one with a person set apart as the candidate.
      pattern: String.raw`(?:entretien|entrevue)\s+de\s+(?:Mme|M\.|Madame|Monsieur|Mlle|Mademoiselle)\s+\p{L}+|faire\s+passer\s+(?:l['’]\s*|un\s+|cet\s+|ces\s+|les\s+)(?:entretiens?|entrevues?)`,
      example: "Peux-tu faire passer l'entretien de M. Lambert jeudi à 14h ? Je suis en déplacement.",
    },
    {
      // An interview of one candidate named in the third person is the reader's as an interviewer (round 303: "Peux-tu
      // me remplacer pour l'entretien du candidat de 14h demain ?").
      pattern: String.raw`(?:entretien|entrevue)\s+(?:du|de\s+la|avec\s+(?:le|la|notre))\s+(?:\p{L}+\s+)?(?:candidat|candidate|postulant|postulante)(?![\p{L}])`,
      example: "Pourrais-tu assister à l'entretien avec la candidate jeudi à 10h ?",
    },
    {
      // The interview stage as a whole (twin of round 139b's "la etapa de entrevistas"): "à l'issue de la phase
      // d'entretiens, le 21 septembre".
      pattern: String.raw`(?:phase|période|vague|série|campagne)\s+(?:d['’]\s*|de\s+)entretiens`,
      example: "À l'issue de la phase d'entretiens, le 21 septembre, nous communiquerons les résultats.",
    },
    {
      // A psychometric test is no meeting with the employer (twin of round 125's "evaluación psicotécnica"): "les tests
      // psychotechniques auront lieu le mardi 20 juin dans nos locaux".
      pattern: String.raw`(?:tests?|épreuves?|évaluations?)\s+psycho(?:techniques?|métriques?|logiques?)`,
      example: 'Les tests psychotechniques auront lieu le mardi 20 juin dans nos locaux.',
    },
    {
      // The candidate's own other interview, elsewhere (twin of round 105's "el viernes tengo otra entrevista"):
      // "j'ai un autre entretien vendredi".
      pattern: String.raw`(?:j['’]ai|j['’]aurai|je\s+passe)\s+(?:\p{L}+\s+){0,2}?(?:un\s+autre|d['’]autres)\s+(?:entretiens?|entrevues?)`,
      example: "Vendredi 26, j'ai un autre entretien et j'aimerais savoir où en est ma candidature.",
    },
    {
      // Another person's interview ("Mme Lemaire passe son entretien vendredi"), or a note to a group of colleagues.
      pattern: String.raw`(?:son|leur|leurs)\s+(?:entretiens?|entrevues?|rendez-vous)|(?:Bonjour|Salut|Hello)\s+(?:à\s+tou(?:te)?s|tout\s+le\s+monde|l['’]équipe|(?:au\s+|le\s+)?(?:jury|panel|comité))`,
      example: 'Bonjour à tous, M. Renard passe son entretien technique mardi à 10h en salle Loire.',
    },
    {
      // …or by the group's name alone, opening the message (round 305b's twin): "L'équipe,\n\nlundi à 9h nous
      // commençons les entretiens des stagiaires."
      pattern: String.raw`^(?:l['’]équipe|équipe|tout\s+le\s+monde|à\s+tous|à\s+toutes)\s*[:,]`,
      example: 'Équipe : lundi à 9h nous recevons le premier candidat pour le stage.',
    },
    {
      // Interviews counted are others': "il nous reste deux entrevues à faire jeudi".
      pattern: String.raw`(?:deux|trois|quatre|quelques|plusieurs|autres|d['’]autres)\s+(?:entretiens|entrevues)`,
      example: 'Nous avons encore trois entretiens jeudi, puis nous reviendrons vers vous.',
    },
    {
      pattern: String.raw`(?:plusieurs|d'autres|autres|les)\s+(?:candidat(?:e?s)|finalistes)`,
      example: 'Nous rencontrons encore plusieurs candidats jeudi.',
    },
    {
      pattern: String.raw`(?:les|des|nos)\s+entretiens`,
      example: 'Les entretiens auront lieu la semaine du 23 novembre.',
    },
    {
      pattern: String.raw`la\s+semaine\s+du`,
      example: 'Les rencontres se tiendront la semaine du 23 novembre.',
    },
    {
      // Slots to choose from are no slot yet: "merci de réserver un créneau parmi ceux proposés (du 8 au 12 mars)".
      pattern: String.raw`(?:réserver|choisir|sélectionner)\s+(?:un|votre)\s+créneau|créneaux`,
      example: 'Merci de réserver un créneau dans le lien ci-dessous (du 8 au 12 mars, entre 9h et 12h).',
    },
  ],
  otherCandidates: [
    {
      // A person set apart as the candidate after "avec" (round 324b's twin): "Tu peux me remplacer à l'entretien de
      // jeudi 15 h avec le candidat au poste de cariste ?"
      pattern: String.raw`avec\s+(?:le|la)\s+(?:candidat|candidate|postulant|postulante)\s+(?:au|à|pour|du|de)(?![\p{L}])`,
      example: 'Tu peux me remplacer à l’entretien de jeudi 15 h avec le candidat au poste de cariste ?',
    },
    {
      // A person set apart as "the candidate" anywhere in the sentence (round 304b: "¿Te sumas a la entrevista del
      // jueves a las 11:00 con Laura Gómez, la candidata para Finanzas?").
      // (or without its article, a preposition after: "entretien avec Paul Martin, candidat au poste de vendeur, jeudi à
      // 15h", round 307c)
      pattern: String.raw`\p{L}+,\s+(?:(?:le|la)\s+(?:\p{L}+\s+)?(?:candidat|candidate|postulant|postulante)(?![\p{L}])|(?:candidat|candidate|postulant|postulante)\s+(?:au|à|pour|du|de)(?![\p{L}]))`,
      example: 'Tu viens à l’entretien de jeudi à 10h avec Paul Girard, le candidat pour la compta ?',
    },
    {
      // A third person's interview (fx403): "ma fille a un entretien d'embauche jeudi à 10h chez Decathlon", "Julien
      // passe son entretien jeudi": "a", "passe" and "son" never speak to the reader ("vous avez", "votre"), unless it is
      // held with or for the reader ("… un entretien avec vous", "vous a proposé un entretien", "a organisé pour vous un
      // entretien"); "il y a un entretien" names no one.
      pattern: String.raw`(?<!(?<![\p{L}])(?:y|vous|nous|te)\s+|(?<![\p{L}])[tml]['’])(?:a|aura|avait|passe|passera|va\s+passer)\s+(?:(?!vous\s|toi\s|te\s)[\p{L}\p{N}.:]+\s+){0,6}?(?:un|son)\s+(?:\p{L}+\s+)?(?:entretien|entrevue)(?!\s+avec\s+(?:vous|toi))`,
      example: 'Ma fille a un entretien d’embauche jeudi à 10h chez Decathlon.',
    },
    {
      // The writer's own interview as the subject of its news, told a friend (round 322's twin): "Mon entretien chez
      // Airbus est enfin fixé : jeudi 17 mars à 10 h". "mon" never speaks to the reader; a recruiter names the
      // reader's ("votre", "ton").
      pattern: String.raw`mon\s+(?:\p{L}+\s+)?(?:entretien|entrevue)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,5}?(?:est|sera|a\s+été|aura\s+lieu|se\s+passe|se\s+fera)(?![\p{L}])`,
      example: 'Mon entretien chez Safran est enfin fixé : jeudi 17 mars à 10 h, tu peux garder Léo ?',
    },
  ],
  events: [
    {
      // An occupational health visit after a hire is no interview (round 319c): "tu es convoqué à la visite de santé au
      // travail le jeudi 5 octobre à 8 h 45".
      pattern: String.raw`visite\s+(?:médicale|de\s+santé\s+au\s+travail|d['’]information\s+et\s+de\s+prévention)|(?:médecine|santé)\s+du\s+travail`,
      example: 'Vous êtes convoqué à la visite médicale d’embauche le lundi 4 mars à 9 h.',
    },
    {
      // An employee's disciplinary or exit meeting (round 309c): "convoquée à un entretien préalable à une éventuelle
      // sanction disciplinaire"; a bank's adviser: "rendez-vous avec votre conseiller bancaire".
      pattern: String.raw`entretien\s+préalable|sanction\s+disciplinaire|procédure\s+de\s+licenciement|rupture\s+conventionnelle|mise\s+à\s+pied|conseill(?:er|ère)\s+(?:bancaire|clientèle|financi(?:er|ère)|patrimonial|patrimoniale|en\s+assurance)`,
      example: 'Votre rendez-vous avec votre conseillère bancaire est fixé au mardi 8 avril à 9h.',
    },
    {
      // A car's service (round 308c): "Votre rendez-vous pour la révision des 30 000 km de votre Peugeot 208 est
      // confirmé le lundi 18 novembre à 8h30"; "l'entretien de votre véhicule" is no interview either.
      pattern: String.raw`révision\s+(?:des\s+\d[\d\s.]{0,8}\s?km|de\s+(?:votre|ton|la)\s+(?:\p{L}+\s+){0,2}?(?:véhicule|voiture|auto|moto|scooter|chaudière))|entretien\s+(?:de\s+(?:votre|ton|la)\s+)(?:véhicule|voiture|auto|moto|scooter|chaudière)`,
      example: 'Votre rendez-vous pour la révision des 30 000 km est confirmé le lundi 18 novembre à 8h30.',
    },
    {
      // A student's exam (fx401, beside "votre épreuve orale" of a recruitment): a course's unit, module or term,
      // a resit, a defence, or an oral test of a subject other than selection.
      pattern: String.raw`\(?UE\s?\d{1,3}\)?|unité\s+d['’]enseignement|(?<!temps\s{1,3})partiels?|soutenance|rattrapage|(?:épreuves?|examens?)\s+(?:orales?\s+|écrites?\s+|oral\s+|écrit\s+)?(?:du\s+(?:module|semestre|BTS|DUT|BUT|bac\p{L}*|master|DELF|DALF|TOEIC)|de\s+(?:fin\s+de\s+semestre|l['’]UE))|épreuves?\s+(?:orales?|écrites?)\s+(?:de|d['’])\s*(?!sélection|recrutement)\p{L}`,
      example:
        'Votre épreuve orale de droit des contrats (UE 5) aura lieu le jeudi 18 octobre à 10h30, salle B204.',
    },
    {
      // A vet's booking is no interview (round 307c: "rendez-vous pour Minou chez le vétérinaire le samedi 7 juin à
      // 10h30"; twins "Tierarzt", "veterinario").
      pattern: String.raw`vétérinaire|chez\s+(?:le|la|votre|ton|ta)\s+(?:dentiste|kiné|kinésithérapeute|ophtalmo\p{L}*|dermato\p{L}*|pédiatre|généraliste|gynéco\p{L}*)`,
      example: 'Rendez-vous chez le dentiste le mardi 15 octobre à 16h20.',
    },
    {
      // Signing the contract after a hire is no interview (round 306b's twin: "Nous vous attendons le lundi 21 octobre
      // à 9h pour la signature de votre contrat").
      pattern: String.raw`signature\s+(?:de\s+(?:votre|ton|du)|du)\s+contrat|signer\s+(?:votre|ton|le)\s+contrat`,
      example: 'Nous vous attendons le lundi 21 octobre à 9h pour la signature de votre contrat.',
    },
    {
      // A check-up is a patient's, no interview (round 304's twin of "Kontrolluntersuchung", "centro de salud").
      pattern: String.raw`contrôle\s+dentaire|détartrage|prise\s+de\s+sang|vaccination|centre\s+de\s+santé|bilan\s+de\s+santé|visite\s+de\s+contrôle`,
      example: 'Votre rendez-vous pour un détartrage est fixé au mercredi 16 octobre à 8h40.',
    },
    {
      // The statutory review every two years is the employee's, no job interview (round 294c: "Dans le cadre de ton
      // entretien professionnel (obligatoire tous les deux ans), ta responsable te recevra le jeudi 14 février à 14h").
      // Only as the reader's own or with its statute's words: recruiters may say "entretien professionnel" loosely.
      pattern: String.raw`(?:votre|ton)\s+entretien\s+professionnel|entretien\s+professionnel\s+\(?(?:obligatoire|biennal|bisannuel)|entretiens?\s+professionnels?\s+(?:tous\s+les\s+deux\s+ans|de\s+bilan)`,
      example:
        'Dans le cadre de ton entretien professionnel, ta responsable te recevra le jeudi 14 février à 14h.',
    },
    {
      // A trial class is no interview (twin of round 294b's "clase de prueba"): "cours d'essai".
      pattern: String.raw`cours\s+d['’]essai|séance\s+d['’]essai|auto-école`,
      example: 'Ton cours d’essai d’anglais est le mardi 12 à 19h.',
    },
    {
      // The reader's own meetings as an employee are no job interview (round 293: "Votre entretien annuel
      // d'évaluation avec votre manager … est planifié le mercredi 28 novembre à 10h"): the yearly or professional
      // review, the talk on leaving (twins "Mitarbeitergespräch", "entrevista de salida").
      pattern: String.raw`entretiens?\s+(?:annuels?|individuels?\s+(?:annuels?|d['’]évaluation)|d['’]évaluation|de\s+fin\s+d['’]année|de\s+départ|de\s+sortie|de\s+mi-année)|auto-?évaluation`,
      example: 'Votre entretien annuel avec votre manager est planifié le mercredi 28 novembre à 10h.',
    },
    {
      // A private service's appointment is no interview (round 293: "votre rendez-vous à l'étude de Maître Lefèvre,
      // notaire, le vendredi 16 novembre à 11h, pour la signature de l'acte de vente"): a notary's signing, a
      // hairdresser's (twins "Notartermin", "cita en la gestoría", "Friseur"). The signing, not the word alone: a
      // notary hires clerks too.
      pattern: String.raw`signature\s+de\s+l['’]acte|acte\s+(?:de\s+vente|authentique)|compromis\s+de\s+vente|chez\s+(?:le|votre|ton)\s+notaire|salon\s+de\s+coiffure|chez\s+(?:le|votre|ton)\s+coiffeur|coupe\s+(?:et|&)\s+brushing`,
      example: 'Rendez-vous chez votre notaire le vendredi 16 novembre à 11h pour la signature de l’acte.',
    },
    {
      // An interview given to the press is no job interview (twin of round 292's "entrevista para un reportaje"):
      // "un journaliste du Parisien souhaite vous interviewer pour un reportage".
      pattern: String.raw`journaliste\s+(?:\p{L}+\s+){0,4}?(?:souhaite|voudrait|aimerait|va)\s+(?:vous\s+|t['’]\s*)interviewer|pour\s+(?:un|une|le|la|notre)\s+(?:\p{L}+\s+)?(?:reportage|article|portrait)|interview\s+(?:pour|dans)\s+(?:le|la|un|une|notre)\s+(?:\p{L}+\s+)?(?:journal|magazine|podcast|revue|quotidien)|conférence\s+de\s+presse`,
      example: 'Un journaliste du Parisien souhaite vous interviewer pour un reportage le mercredi 21 à 12h.',
    },
    {
      // A private service's appointment is no interview (round 244c: "Votre rendez-vous au centre auto Norauto … le
      // samedi 9 juin à 10h pour la révision de votre véhicule"; twin of round 244's "Werkstatttermin").
      pattern: String.raw`centre\s+auto|contrôle\s+technique|vidange|révision\s+de\s+(?:votre|ton)\s+véhicule|changement\s+de\s+pneus`,
      example: 'Votre rendez-vous au centre auto Norauto est confirmé le samedi 9 juin à 10h.',
    },
    {
      // A collective session for job seekers is an event, no interview (round 244c: the Forem's "séance collective « Se
      // préparer à l'entretien d'embauche » du jeudi 7 juin à 9h"); and a live show ("en direct sur YouTube").
      pattern: String.raw`séances?\s+collectives?|séances?\s+d['’]information|réunions?\s+d['’]information|(?:en\s+direct|en\s+live)\s+sur\s+(?:YouTube|LinkedIn|Instagram|Twitch|Facebook)`,
      example: 'Votre inscription à la séance collective du jeudi 7 juin à 9h est confirmée.',
    },
    {
      // A patient's appointment is no interview (round 243: "Vous avez rendez-vous avec le Dr Martin (médecine
      // générale) le lundi 19 mars à 8h40"; twin of round 241's "Termin in der Zahnarztpraxis"): a doctor or a
      // practice named right after "rendez-vous", or a booking service's name.
      pattern: String.raw`rendez-vous\s+(?:médical|(?:avec|chez)\s+(?:le\s+|la\s+|votre\s+|l['’]\s*)(?:Dr\.?|docteure?|médecin|dentiste|kinésithérapeute|kiné|ophtalmologue|pédiatre|dermatologue|gynécologue|orthodontiste|orthophoniste|ostéopathe|radiologue|podologue))|Doctolib|consultation\s+médicale`,
      example: 'Vous avez rendez-vous avec le Dr Martin (médecine générale) le lundi 19 mars à 8h40.',
    },
    {
      // A public competitive exam announced to all its candidates, no slot of the reader's (twin of round 232's
      // "ejercicio de la oposición"): "Les épreuves écrites du concours auront lieu le samedi 24 juin à 9h".
      pattern: String.raw`épreuves?\s+(?:écrites?\s+|orales?\s+)?(?:d['’]admissibilité\s+|d['’]admission\s+)?du\s+concours|liste\s+des\s+candidat(?:e|\(e\))?s\s+admis|(?:les|tous\s+les|toutes\s+les)\s+candidat(?:e|\(e\))?s\s+(?:\p{L}+\s+){0,2}?devront`,
      example: 'Les épreuves écrites du concours auront lieu le samedi 24 juin à 9h au lycée Voltaire.',
    },
    {
      // A service's appointment around an application, no interview (twin of round 139's "Bewerbungsfotos"): a photo
      // session, the medical visit before starting.
      pattern: String.raw`séance\s+photos?|shooting\s+photo|studio\s+photo|photographe|visite\s+médicale|médecine\s+du\s+travail`,
      example: 'Votre visite médicale d’embauche est fixée au mardi 25 septembre à 8h30.',
    },
    {
      // Practice for an interview, no interview (board4's mock interview, twin of en.ts OTHER_EVENT): "simulation
      // d'entretien", "entretien blanc", "atelier de préparation aux entretiens" (an adviser alone may arrange a real one).
      pattern: String.raw`simulations?\s+d['’]entretiens?|entretiens?\s+blancs?|(?:atelier|séance)\s+de\s+préparation\s+(?:à\s+l['’]|aux\s+)entretiens?`,
      example: "Votre simulation d'entretien avec une conseillère est prévue le lundi 9 novembre à 10h.",
    },
    {
      // A casting for many (twin of round 127's "Lehrlingscasting"): "casting serveurs samedi 23 septembre de 10h à
      // 14h, entretiens sur place".
      pattern: String.raw`casting`,
      example: 'Casting serveurs samedi 23 septembre de 10h à 14h, entretiens sur place.',
    },
    {
      // A committee's own meeting: "le comité se réunit mardi", "le jury se rencontre le 9".
      pattern: String.raw`(?:comité|jury|commission|direction|conseil)\s+(?:de\s+(?:\p{L}+\s+)?\p{L}+\s+)?(?:se\s+(?:rencontre|rencontrera|réunit|réunira|retrouve|retrouvera)|délibère|délibérera|siège|siégera)|(?:réunion|rencontre)\s+du\s+(?:comité|jury|conseil)`,
      example: 'Le jury se réunit jeudi 14 janvier et nous vous écrirons dans la foulée.',
    },
    {
      pattern: String.raw`webinaire|webinar|newsletter|se\s+désinscrire|se\s+désabonner|(?:soirée\s+(?:de\s+)?)?réseautage|entrevues?\s+éclair|speed\s+(?:dating|recruiting)|journée\s+(?:découverte|métiers?)|(?:salon|forum)\s+(?:\p{L}+\s+){0,2}?(?:(?:de\s+l['’]|d['’]|de\s+la\s+|des\s+|du\s+)?(?:emploi|alternance|carrières?|métiers|entreprises|recrutement|stages?|formation))|journée\s+portes\s+ouvertes|job\s?dating|job\s?day|open\s+day|afterwork|meetup`,
      example: 'Rejoignez notre webinaire « Décrocher son premier CDI » le jeudi 21 janvier à 12h30.',
    },
    {
      // A receipt for a course or a workshop: "Confirmation de commande – Atelier CV & entretien".
      pattern: String.raw`confirmation\s+de\s+commande|reçu\s+de\s+paiement|montant\s+(?:réglé|payé)|facture|formation\s+payante`,
      example:
        'Confirmation de commande – Atelier « Préparer ses entretiens », jeudi 14 janvier à 18h, montant réglé : 40 €.',
    },
    {
      // A workshop for many is no slot: "Atelier « Préparer son entretien » – jeudi 15 avril, 18h30".
      pattern: String.raw`atelier\s+«|atelier\s+(?:de\s+)?(?:préparation|coaching|CV)|inscription\s+obligatoire`,
      example: 'Atelier « Préparer son entretien » – jeudi 15 avril, 18h30. Inscription obligatoire.',
    },
    {
      // A paid session is no slot: "coaching « Simulation d'entretien » le jeudi 20 mai à 18h. Montant réglé : 60 €".
      pattern: String.raw`montant\s+(?:réglé|payé)|coaching\s+«`,
      example: "Coaching « Simulation d'entretien » le jeudi 20 mai à 18h. Montant réglé : 60 €.",
    },
    {
      // A live question session for all comers is an event (twin of round 98's "Live-Q&A"): "session de
      // questions-réponses avec nos recruteurs".
      pattern: String.raw`(?:session|séance)\s+de\s+questions[- ]réponses|(?:Live\s+)?Q&A`,
      example: 'Session de questions-réponses avec nos recruteurs le mardi 21 septembre à 17h.',
    },
    {
      // An appointment at the public employment service is no interview with an employer (twin of round 95's
      // "Beratungsgespräch … Agentur für Arbeit"): "rendez-vous France Travail", "votre conseiller".
      pattern: String.raw`France\s+Travail|Pôle\s+emploi|(?:avec\s+)?(?:votre|ton)\s+conseill(?:er|ère)\s+(?:emploi|ORP|Pôle|France)|Office\s+régional\s+de\s+placement`,
      example: 'Rendez-vous France Travail le lundi 12 juillet à 8h30 avec votre conseiller emploi.',
    },
    {
      // Interviews on the spot at a stand, for all comers (twin of round 93's "entrevistas in situ").
      pattern: String.raw`entretiens?\s+(?:sur\s+place|sur\s+(?:le|notre)\s+stand|en\s+direct\s+sur\s+(?:le|notre)\s+stand)|(?:notre|le)\s+stand`,
      example: 'Passez nous voir le 22 juin : entretiens sur place avec nos recruteurs, sur notre stand B12.',
    },
  ],
  absence: [
    {
      // The day back of the one writing or of a colleague: contact waits until then.
      // (and the return named with its day apposed, round 174c: "Je reprendrai votre dossier dès mon retour, le lundi 21")
      // (and the verbless line of an out-of-office, round 194c: "De retour le lundi 18 novembre.")
      pattern: String.raw`^\s*de\s+retour(?=\s+(?:le|dès|à\s+partir|au\s+bureau)\s)|(?:suis|serai|est|sera|sommes|serons)\s+(?:de\s+retour|rentrée?s?)|(?:rentrerai|rentrera|rentrerons)|retour\s+(?:prévu|au\s+bureau)|(?:dès|à|après)\s+(?:mon|son|notre)\s+retour`,
      example: 'Je suis actuellement absente et serai de retour le mercredi 2 décembre.',
    },
    {
      // The day back as work taken up again, in a sentence of its own (twin of round 191's "Retomo mis labores el lunes
      // 30 de septiembre"): "Je reprends mes activités le lundi 30 septembre".
      pattern: String.raw`(?:je\s+reprends|je\s+reprendrai|nous\s+reprenons|nous\s+reprendrons)\s+(?:le\s+travail|mon\s+poste|mes\s+fonctions|mes\s+activités|nos\s+activités)`,
      example:
        'Je suis absente jusqu’au vendredi 27 septembre. Je reprends mes activités le lundi 30 septembre.',
    },
    {
      // An absence with its end is a hold-off in other words (issue 13, class 6): "Je suis absente jusqu'au 22
      // janvier", "nos bureaux seront fermés jusqu'au 4 janvier".
      pattern: String.raw`(?:suis|serai|est|sera|sommes|serons|êtes)\s+(?:\p{L}+\s+){0,2}?(?:absente?s?|en\s+congés?|en\s+vacances|en\s+déplacement|en\s+mission|en\s+séminaire|hors\s+du\s+bureau|en\s+formation|en\s+arrêt(?:\s+maladie)?|en\s+télétravail\s+sans\s+accès)|(?:seront|sont|sera|est|restera|resteront)\s+fermée?s?`,
      example: "Je suis absente jusqu'au 22 janvier inclus.",
    },
  ],
  holdOff: [
    {
      // A second request joined by "ni" (round 309c): "Merci de ne pas vous présenter à nos bureaux ni de nous relancer
      // avant la fin de la présélection, le 28 mars."
      pattern: String.raw`ni\s+(?:de\s+|d['’]\s*)(?:nous\s+|me\s+|m['’]\s*)?(?:relancer|recontacter|contacter|écrire|solliciter)`,
      example: 'Merci de ne pas passer à l’agence ni de nous relancer avant le 4 avril.',
    },
    {
      // The answer put off until the writer is back, its day apposed (twin of round 194b's "A mi regreso, el lunes 18,
      // responderé tu correo"; round 244c: "je vous répondrai dès ma reprise, le dimanche 24 juin"): the first day to
      // write again, not a promise of news. Only with the day apposed: "je traiterai votre message à mon retour" is the
      // absence's own end, read from its "jusqu'au … y compris".
      pattern: String.raw`(?:répondrai|répondrons|traiterai|traiterons|lirai|reviendrai\s+vers\s+vous)\s+(?:[\p{L}'’]+\s+){0,2}?(?:dès|à|après)\s+(?:mon|ma|notre)\s+(?:retour|reprise),\s+le(?=\s)|(?:dès|à|après)\s+(?:mon|ma|notre)\s+(?:retour|reprise),?\s+le\s+(?:\p{L}+\s+)?\d{1,2}(?:er)?(?:\s+\p{L}+)?,?\s+(?:je|nous)\s+(?:vous\s+|te\s+)?(?:répondrai|répondrons|traiterai|traiterons|lirai|reviendrai)`,
      example: 'Je suis en congé du 3 au 21 juin ; je vous répondrai dès ma reprise, le lundi 24 juin.',
    },
    {
      // The team named as whom not to ask (round 139c): "de ne pas solliciter nos équipes avant l'annonce des résultats",
      // "ne pas relancer notre service recrutement avant le 28".
      pattern: String.raw`ne\s+pas\s+(?:solliciter|relancer|contacter|recontacter)\s+(?:nos|notre)\s+(?:équipes?|services?|recruteurs?|chargée?s?\s+de\s+recrutement)`,
      example:
        "Nous vous remercions de ne pas solliciter nos équipes avant l'annonce des résultats, prévue le 28 septembre.",
    },
    {
      // Contact asked for from a day on: "merci de me recontacter à partir du 15", "écrivez-moi dès le 15 février"
      // (lead's round 117; the Spanish "escríbeme a partir del 15").
      pattern: String.raw`(?:me|nous|m['’])\s*(?:recontacter|contacter|relancer|écrire|rappeler|joindre)\s+(?:\p{L}+\s+){0,2}?(?:à\s+partir|dès)|(?:écrivez|recontactez|contactez|relancez|rappelez)-(?:moi|nous)\s+(?:\p{L}+\s+){0,2}?(?:à\s+partir|dès)`,
      example: "Je suis en congés jusqu'au 12 février ; merci de me recontacter à partir du 15.",
    },
    {
      // Contact welcome only after a day (twin of round 92's "erst nach dem 20. Juni"): "Merci de nous recontacter
      // uniquement après le 20 juin", "ne nous relancez qu'après le 20".
      pattern: String.raw`(?:recontacter|contacter|relancer|écrire|recontactez|contactez|relancez|écrivez)\s+(?:\p{L}+\s+){0,2}?(?:uniquement|seulement)\s+(?:après|à\s+partir)|(?:recontacter|contacter|relancer|écrire|recontactez|contactez|relancez|écrivez)\s+qu['’]\s*(?:après|à\s+partir)`,
      example: 'Merci de nous recontacter uniquement après le 20 juin.',
    },
    {
      // "… avant de nous relancer": contact only after the window.
      pattern: String.raw`avant\s+de\s+(?:nous|me|m['’])\s*(?:relancer|recontacter|contacter|écrire|solliciter)`,
      example: 'Merci de nous laisser dix jours ouvrés avant de nous recontacter.',
    },
    {
      pattern: String.raw`ne\s+pas\s+(?:nous\s+)?(?:relancer|contacter|recontacter|écrire|appeler)`,
      example: 'Merci de ne pas nous relancer avant le 1er décembre.',
    },
    {
      // A negative imperative (fx401: the twin of "no nos llames hasta entonces"): "ne nous téléphonez pas avant cette
      // date", "ne me relance pas d'ici là"; the day comes from the words after it or from before (backReference).
      pattern: String.raw`ne\s+(?:nous\s+|me\s+|m['’]\s*)(?:téléphonez|appelez|contactez|recontactez|relancez|écrivez|téléphone|appelle|contacte|recontacte|relance|écris)\s+pas`,
      example: 'Le jury se réunit le 4 décembre ; ne nous appelez pas avant cette date.',
    },
    {
      // The one writing speaks for herself: "ne pas me relancer", "ne pas m’écrire".
      pattern: String.raw`ne\s+pas\s+(?:me\s+|m['’]\s*)(?:relancer|contacter|recontacter|écrire|appeler)`,
      example: 'Je serai absente ; merci de ne pas me relancer avant le 8 décembre.',
    },
    {
      pattern: String.raw`(?:attendre|patienter)`,
      example: 'Merci de patienter deux semaines avant de nous relancer.',
    },
    {
      // A needless visit or call joined by "ni" (round 294c: "Inutile de passer à nos bureaux ni de nous appeler : nous
      // vous contacterons au plus tard le lundi 18 février"): the call is the second object of "inutile".
      pattern: String.raw`inutile\s+de\s+(?:[\p{L}'’]+\s+){1,6}?ni\s+(?:de\s+|d['’]\s*)(?:nous\s+|me\s+)?(?:relancer|contacter|appeler|téléphoner|écrire)`,
      example:
        'Inutile de passer à nos bureaux ni de nous appeler : nous vous contacterons au plus tard le 18.',
    },
    {
      // The request in other words: "inutile de nous écrire", "évite de relancer le client", "ne pas communiquer".
      // (and "de" elided before the verb: "Abstenez-vous d'appeler nos agences avant le 15 février", a time-bounded
      // request, so no-contact-before and not no-calls; TIMELINE-CONVENTIONS.md no-calls)
      pattern: String.raw`(?:(?:ne\s+pas|inutile\s+de|évite[rz]?\s+de|(?:vous\s+|t['’]\s*)?abstenir\s+de|abstenez-vous\s+de|abstiens-toi\s+de)\s+(?:nous\s+|me\s+|m'|le\s+|la\s+|les\s+|leur\s+|lui\s+)?|(?:inutile|évite[rz]?|(?:vous\s+|t['’]\s*)?abstenir|abstenez-vous|abstiens-toi)\s+d['’]\s*)(?:relancer|contacter|recontacter|communiquer|écrire|appeler|téléphoner|solliciter)`,
      example:
        "Inutile de nous écrire pour connaître l'avancement de votre dossier avant la fin des entretiens.",
    },
    {
      // Any follow-up before a day declared unanswered is a request to wait: "toute relance avant cette date restera
      // sans réponse".
      pattern: String.raw`(?:toute|aucune)\s+relance`,
      example: 'Toute relance avant cette date restera sans réponse.',
    },
    {
      // "Nous vous remercions de ne pas prendre contact avec nous avant le 26 avril".
      pattern: String.raw`ne\s+pas\s+(?:prendre|reprendre)\s+contact`,
      example: 'Nous vous remercions de ne pas prendre contact avec nous avant le 26 avril.',
    },
  ],
  candidateDeadline: [
    {
      // A registration for an event is the reader's deadline (round 314c): "Inscrivez-vous avant le 23 mai pour recevoir
      // le lien Zoom".
      pattern: String.raw`(?:inscrivez-vous|inscris-toi|inscription|inscriptions)\s+(?:\p{L}+\s+){0,3}?(?:avant|jusqu['’]au|d['’]ici|au\s+plus\s+tard)`,
      example: 'Inscrivez-vous avant le 12 mars pour recevoir le lien de l’atelier.',
    },
    {
      // The candidate told to follow up is the candidate's task, no promise (round 244c: Indeed's "Conseil : relancez le
      // recruteur dans une semaine si vous n'avez pas de nouvelles").
      pattern: String.raw`(?:relancez|relance|relancer|recontactez)\s+(?:le|la|l['’]|votre)\s*(?:recruteur|recruteuse|employeur|entreprise|chargée?\s+de\s+recrutement)`,
      example: 'Conseil : relancez le recruteur dans une semaine si vous n’avez pas de nouvelles.',
    },
    {
      // The candidate's work to hand in by a day (twin of round 130's "bis Mittwoch … hochzuladen"): "merci de déposer
      // votre étude de cas sur la plateforme avant mercredi 12h".
      pattern: String.raw`(?:merci\s+de|veuillez|nous\s+vous\s+invitons\s+à|je\s+t['’]invite\s+à|nous\s+vous\s+demandons\s+de)\s+(?:nous\s+)?(?:déposer|téléverser|rendre|remettre|compléter|remplir|soumettre)`,
      example: 'Merci de déposer votre étude de cas sur la plateforme avant mercredi 12h.',
    },
    {
      // The writer's own wish for an answer by a day is no promise (round 132): "Je vous remercie par avance de votre
      // retour d'ici vendredi si possible", "j'apprécierais d'avoir votre réponse avant lundi".
      pattern: String.raw`(?:remercie|remercions|merci)\s+(?:par\s+avance|d['’]avance|à\s+l['’]avance)\s+(?:de|pour)\s+(?:votre|ton|ta)\s+(?:retour|réponse)|(?:j['’]apprécierais|je\s+serais\s+(?:ravie?|heureux|heureuse|reconnaissante?))\s+(?:\p{L}+\s+){0,3}?(?:votre|ton|ta|un|une)\s+(?:retour|réponse)`,
      example: "Je vous remercie par avance de votre retour d'ici vendredi si possible.",
    },
    {
      // The candidate's own papers, promised by the candidate (round 129): "Comme convenu, je vous transmets mes
      // références d'ici vendredi".
      pattern: String.raw`(?:je\s+vous|je\s+te)\s+(?:transmets|transmettrai|envoie|enverrai|fais\s+parvenir|ferai\s+parvenir|communique|communiquerai)\s+(?:mes|mon|ma)\s+(?:références|CV|diplômes|justificatifs|disponibilités|attestations?|portfolio|coordonnées|prétentions|certificats|bulletins|lettres\s+de\s+recommandation)`,
      example: "Comme convenu, je vous transmets mes références d'ici vendredi.",
    },
    {
      // A link valid until a day is the candidate's deadline (twin of round 104's "Link … bis … gültig"): "le lien
      // reste actif jusqu'au 25 novembre".
      pattern: String.raw`(?:lien|accès)\s+(?:\S+\s+){0,4}?(?:est|sera|reste|restera)\s+(?:valable|actif|disponible|valide|ouvert)\s+jusqu|(?:valable|valide)\s+jusqu`,
      example: "Le lien vers l'entretien vidéo différé reste actif jusqu'au 25 novembre à 23h59.",
    },
    {
      pattern: String.raw`merci\s+de\s+(?:nous\s+)?(?:confirmer|retourner|renvoyer|envoyer|transmettre|signer|répondre|indiquer)`,
      example: 'Merci de confirmer votre présence avant jeudi.',
    },
    {
      pattern: String.raw`(?:veuillez|pourriez-vous|pouvez-vous)\s+(?:nous\s+)?(?:confirmer|retourner|renvoyer|envoyer|transmettre|signer|répondre|indiquer)`,
      example: 'Veuillez nous retourner le contrat signé avant le 20 novembre.',
    },
    {
      // The candidate's answer asked for: "merci de nous faire part de votre réponse avant le 20 novembre".
      pattern: String.raw`(?:faire\s+part\s+de|faire\s+connaître|communiquer|transmettre|attendons|attendrons|recevoir)\s+(?:votre|ta)\s+(?:réponse|décision|acceptation|accord)`,
      example:
        'Nous avons le plaisir de vous proposer le poste. Merci de nous faire part de votre réponse avant le 20 novembre.',
    },
    {
      // The candidate's time to do something: "Vous avez jusqu'au dimanche 17 janvier pour compléter le test".
      pattern: String.raw`(?:vous\s+avez|tu\s+as|vous\s+aurez|tu\s+auras)\s+(?:\p{L}+\s+){0,2}?jusqu['’](?:au|à|aux)`,
      example: "Vous avez jusqu'au dimanche 17 janvier pour compléter le questionnaire.",
    },
    {
      // The answer asked of the candidate: "nous attendons votre réponse avant le 12 mars".
      pattern: String.raw`(?:attendons|attendrons|attends)\s+(?:\p{L}+\s+)?(?:votre|ta)\s+(?:réponse|retour|décision)`,
      example: 'Nous attendons votre réponse avant le 12 mars.',
    },
  ],
  fact: [
    {
      // A public exam's calendar for all its candidates is no promise to the reader (round 244c: "Calendrier prévisionnel
      // du concours … Résultats d'admissibilité : 12 septembre 2029"; as round 230b's "Results will be released by 15
      // January"). Only the calendar's label: a letter's "Les résultats d'admissibilité seront publiés dans un délai de
      // trois semaines à compter de cette date" stays a promise.
      pattern: String.raw`résultats\s+(?:d['’]admissibilité|d['’]admission|du\s+concours|de\s+l['’]examen)\s*:`,
      example: 'Épreuves écrites : jeudi 21 juin 2029. Résultats d’admissibilité : 12 septembre 2029.',
    },
    {
      // A schedule of interviews sent on is no promise and no slot of the reader's (round 243: "Je vous transmets le
      // planning des entretiens de jeudi 15 mars pour le poste de chef d'équipe : 9h – Mme Durand …"): the day right
      // after it is the schedule's; "le planning des entretiens d'ici vendredi" stays a delivery promised.
      pattern: String.raw`(?:planning|programme|calendrier|ordre\s+de\s+passage|déroulé)\s+(?:des|de\s+nos|de\s+vos)\s+(?:entretiens|entrevues|auditions|jurys)\s+(?:de|du|prévus\s+(?:le|du))`,
      example:
        "Je vous transmets le planning des entretiens de jeudi 15 mars pour le poste de chef d'équipe.",
    },
    {
      // A day excepted from someone's availability is no slot: "disponible à partir du 19 juillet, à l'exception du
      // mercredi 21" (round 97; twins "excepto el miércoles 21", "außer am Mittwoch, 21.").
      pattern: String.raw`à\s+l['’]exception\s+(?:du|de\s+la|des)|excepté\s+(?:le|la|les)|hormis\s+(?:le|la|les)`,
      example: "Je suis disponible pour une entrevue à partir du 19 juillet, à l'exception du mercredi 21.",
    },
    {
      // Notice ahead of an event is no window of an answer (the Spanish "con 48 horas de antelación", round 84).
      pattern: String.raw`(?:à\s+l['’]avance|de\s+préavis|avec\s+un\s+préavis)`,
      example: 'Les candidats retenus recevront leur convocation au moins 72 heures à l’avance.',
    },
    {
      // Welcomed into the team from a day: the start, no promise, even beside an answer's words (twin of round 191's
      // "Wir möchten Sie ab dem 1. November … in unserem Team begrüßen"): "nous souhaitons vous accueillir au sein de
      // notre équipe à partir du 4 novembre". Welcomed "dans nos locaux" on a day stays a meeting.
      pattern: String.raw`(?:accueillir|intégrer|compter)\s+(?:parmi\s+nous|(?:au\s+sein\s+de|dans|parmi)\s+(?:notre|nos|l['’])\s*(?:\p{L}+\s+)?(?:équipes?|effectifs|entreprise|société|cabinet|structure))|bienvenue\s+(?:dans|au\s+sein\s+de)\s+(?:notre|l['’])\s*équipe`,
      example:
        'Nous avons le plaisir de vous donner une réponse positive : nous souhaitons vous accueillir au sein de notre équipe à partir du 4 novembre.',
    },
    {
      pattern: String.raw`(?:prise\s+de\s+(?:poste|fonction)|date\s+d'embauche|premier\s+jour|à\s+pourvoir|démarrage)`,
      example: 'Votre prise de poste est prévue le 4 janvier 2027.',
    },
    {
      pattern: String.raw`(?:date\s+limite|clôture|dépôt\s+des\s+candidatures)`,
      example: 'La date limite de dépôt des candidatures est fixée au 30 novembre.',
    },
    {
      // (an office's hours, not a job's shifts to agree on: "Le client doit encore valider les horaires en pause …, je te
      // recontacte au plus tard mercredi", round 330c)
      pattern: String.raw`(?:fermée?s?|ouverts?|horaires\s+d['’]\s*(?:ouverture|accueil)|(?:mes|nos|vos)\s+horaires|congés|période\s+d'essai)`,
      example: 'Le cabinet sera fermé du 24 décembre au 2 janvier.',
    },
    {
      // A pay day is a fact ("votre salaire est versé le 28"); the pay as what a promised letter details is not
      // ("Vous recevrez votre contrat d'ici mardi, avec le détail de la rémunération", twin of round 232's).
      pattern: String.raw`(?<!(?:détail|détails|informations?|conditions)\s{1,3}(?:du|de\s{1,3}(?:la|votre|ta))\s{1,3})(?:salaire|rémunération)`,
      example: 'Votre salaire est versé le 28 de chaque mois.',
    },
    {
      // A timeline counted from an event whose day is not given ("dès réception de votre dossier complet").
      pattern: String.raw`(?:dès|à)\s+(?:la\s+)?réception`,
      example: "Dès réception de votre dossier complet, l'analyse prend 5 jours ouvrés.",
    },
    {
      // An order and its delivery are no slot: "Commande n° …", "Livraison prévue le 14 janvier".
      pattern: String.raw`commande|livraison|rétractation`,
      example: 'Livraison de votre commande prévue le 14 janvier.',
    },
    {
      // A day things happen before a decision is no promise of one: "mardi et jeudi, avant de prendre notre décision".
      pattern: String.raw`avant\s+de\s+(?:prendre|rendre|arrêter)\s+(?:notre|une|la|leur)\s+décision`,
      example: 'Nous recevons encore deux candidates mardi et jeudi, avant de prendre notre décision.',
    },
  ],
  reported: [
    {
      // A promise told before, reported back in the passé composé (twin of round 121's "Sie erwähnten damals, dass
      // …"): "vous m'avez indiqué, lors de notre échange, que je recevrais une réponse d'ici vendredi".
      pattern: String.raw`(?:vous|tu)\s+(?:m['’]|nous\s+)(?:avez|as)\s+(?:bien\s+)?(?:indiqué|dit|annoncé|promis|précisé|assuré|écrit|expliqué|laissé\s+entendre)`,
      example: "Vous m'avez indiqué, lors de notre échange, que je recevrais une réponse d'ici vendredi.",
    },
  ],
  past: [
    {
      // A thanks continued by "and for", whose clause is as past as the first (round 321c): "Merci pour votre appel de
      // ce matin et pour votre retour très positif sur l'entretien de mercredi".
      pattern: String.raw`et\s+pour\s+(?:votre|vos|ton|ta|tes)`,
      example: "Merci pour votre appel et pour votre retour sur l'entretien de mercredi.",
    },
    {
      // The day a conversation is recalled by, where it ends its clause: "Comme convenu lundi au téléphone, nous vous
      // invitons …" (r58's twin: read as next Monday, it made the real slot one of two). "Comme convenu, l'entretien
      // aura lieu lundi" keeps its Monday (the comma ends the recall first).
      pattern: String.raw`comme\s+(?:convenu|discuté|évoqué|échangé|vu|dit)(?:\s+(?:au|par)\s+téléphone)?(?=\s*(?:,|$))`,
      example: 'Comme convenu au téléphone, nous vous invitons à un second entretien.',
    },
    {
      // Thanks for having come (round 132): "Merci encore d'être venu nous rencontrer mardi" is a past interview.
      pattern: String.raw`(?:merci|remercie|remercions)\s+(?:\p{L}+\s+){0,3}?d['’](?:être\s+venue?s?|avoir\s+(?:\p{L}+\s+)?(?:pris|participé|rencontré|passé))`,
      example: "Merci encore d'être venu nous rencontrer mardi.",
    },
    {
      // A promise told before, reported back by the candidate: "vous m'aviez indiqué un retour sous huit jours"
      // (round 94; twins "me habían dicho que …", "Sie hatten mir … zugesagt").
      pattern: String.raw`(?:m['’]|nous)\s*(?:aviez|aviez\s+bien|avait|avaient)\s+(?:été\s+)?(?:indiqué|dit|annoncé|promis|précisé|assuré|parlé|communiqué)`,
      example: "Lors de notre échange du 1er juin, vous m'aviez indiqué un retour sous huit jours.",
    },
    {
      pattern: String.raw`(?:hier|avant-hier|ce\s+matin|la\s+semaine\s+dernière|dernier)`,
      example: "Je vous remercie pour votre temps lors de l'entretien de ce matin.",
    },
    {
      pattern: String.raw`(?:merci|je\s+vous\s+remercie|nous\s+vous\s+remercions)\s+(?:\p{L}+\s+){0,4}?pour`,
      example: 'Merci pour notre échange de lundi.',
    },
    {
      // An event told as over: "votre entretien a eu lieu aujourd'hui", "s'est tenu lundi".
      pattern: String.raw`a\s+eu\s+lieu|(?:s'est|se\s+sont)\s+(?:tenue?s?|déroulée?s?)`,
      example: "Votre entretien a eu lieu aujourd'hui.",
    },
  ],
  callWelcome: [
    {
      pattern: String.raw`n'hésitez\s+pas`,
      example: "N'hésitez pas à m'appeler si vous avez des questions.",
    },
    {
      pattern: String.raw`(?:vous\s+pouvez|pouvez)\s+(?:me|nous)\s+(?:appeler|joindre)`,
      example: 'Vous pouvez me joindre au 01 23 45 67 89.',
    },
  ],
  noCalls: [
    {
      // No call answered, "aucune" after the verb (round 244c: "Nous ne répondrons à aucune sollicitation téléphonique
      // relative à ce recrutement"; "ne donnerons suite à aucun appel").
      pattern: String.raw`ne\s+(?:répondrons|répondons|répondra|répondront|répond|répondent|traiterons|traitons|traitera|donnerons\s+suite|donnera\s+suite|donnons\s+suite)\s+à\s+aucun(?:e)?\s+(?:appel(?:\s+téléphonique)?|(?:sollicitation|demande|relance|question)\s+(?:téléphonique|par\s+téléphone))`,
      example: 'Nous ne répondrons à aucune sollicitation téléphonique relative à ce recrutement.',
    },
    {
      // Not allowed to reach the jury or staff by phone, an aside between the negation and "autorisés" (round 243: "Les
      // candidats ne sont en aucun cas, et quelle que soit l'étape de la procédure, autorisés à joindre par téléphone
      // les membres du jury"): as "must not contact faculty or staff directly" (TIMELINE-CONVENTIONS.md no-calls).
      pattern: String.raw`(?:ne|n['’])\s*(?:sont|est|seront|sera|êtes|serez)\s+(?:pas|nullement|aucunement|en\s+aucun\s+cas)(?:\s*,(?:[^.;!?,\n]{1,80},){1,3})?\s+(?:autorisée?s?|habilitée?s?|admise?s?|permis)\s+à\s+(?:(?:appeler|téléphoner)(?![\p{L}])|(?:joindre|contacter|solliciter|relancer)\s+(?:[\p{L}'’]+\s+){0,4}?(?:par\s+téléphone|téléphoniquement|directement))`,
      example:
        'Les candidats ne sont pas autorisés à contacter les membres du jury par téléphone pendant la procédure.',
    },
    {
      // (and "renoncer à tout appel", twin of round 194's "verzichten Sie auf telefonische Anfragen")
      // Abstaining from calls (twin of round 191's "von telefonischen Anfragen … Abstand zu nehmen"): "Nous vous prions
      // de vous abstenir de tout appel téléphonique", "abstenez-vous d'appeler nos agences". Not with a bound after it
      // ("… avant le 15 février"): a time-bounded request is a hold-off.
      pattern: String.raw`(?:abstenir|abstenez-vous|abstiens-toi|renoncer|renoncez|renonce)\s+(?:de\s+|d['’]\s*|à\s+|aux\s+)(?:(?:tout|toute|toutes|tous)\s+)?(?:appels?|appeler|téléphoner|(?:relances?|demandes?|contacts?|sollicitations?)\s+(?:téléphoniques?|par\s+téléphone))(?![\p{L}])(?![^.;!?\n]{0,80}?(?:avant|jusqu['’]|d['’]ici))`,
      example: 'Nous vous prions de vous abstenir de tout appel téléphonique concernant votre candidature.',
    },
    {
      // Not to contact someone, "neither by phone nor …" after the object (round 174c): "ne contacter nos managers ni
      // par téléphone ni sur leur mobile personnel" (as Spanish "ni por teléfono" already reads).
      pattern: String.raw`ne\s+(?:pas\s+)?(?:contacter|joindre|solliciter|appeler|relancer)\s+(?:[\p{L}'’]+\s+){0,4}?ni\s+(?:par\s+téléphone|au\s+téléphone|téléphoniquement)`,
      example: 'Merci de ne contacter nos équipes ni par téléphone ni par messagerie.',
    },
    {
      // Phone questions asked not to be made (twin of round 182's "no realice consultas telefónicas"): "merci de ne
      // pas effectuer de demandes téléphoniques", "ne faites pas de relances téléphoniques".
      pattern: String.raw`(?:ne\s+pas\s+(?:effectuer|faire|formuler|adresser)|ne\s+(?:faites|effectuez|formulez|adressez|fais|effectue)\s+pas)\s+(?:de\s+|d['’]\s*)(?:\p{L}+\s+)?(?:demandes|appels|relances|questions)\s+(?:téléphoniques|par\s+téléphone)`,
      example: 'Merci de ne pas effectuer de demandes téléphoniques concernant votre candidature.',
    },
    {
      // The phone line itself unable to answer (twin of round 139's "Service-Hotline kann … keine Fragen … beantworten"):
      // "notre standard ne peut pas répondre aux questions sur les candidatures".
      // (whatever the line's noun before "téléphonique", round 183: "notre réception téléphonique n'est pas en mesure de
      // renseigner les candidats")
      pattern: String.raw`(?:standard|hotline|(?:accueil|ligne|plateforme|réception|permanence|service|assistance)\s+téléphonique)\s+(?:[\p{L}'’]+\s+){0,3}?(?:ne|n['’])\s*(?:[\p{L}'’]+\s+){0,2}?(?:pas|aucune?)\s+(?:[\p{L}'’]+\s+){0,4}?(?:d['’])?(?:répondre|renseigner|informer|traiter|questions|renseignements|informations)`,
      example:
        'Merci de noter que notre standard ne peut pas répondre aux questions concernant les candidatures.',
    },
    {
      // News of the application, the phone and a "not" in one clause (twin of round 136's "Auskünfte … am Telefon
      // nicht erteilen"): "nous ne communiquons pas d'informations sur l'état des candidatures au téléphone",
      // "l'état d'avancement de votre dossier ne peut être communiqué par téléphone".
      pattern: String.raw`(?:ne|n['’])\s*(?:[\p{L}'’]+\s+){0,3}?(?:pas|jamais|aucune?)\s+(?:\p{L}+\s+)?(?:d['’]\s*|de\s+|des\s+|les\s+)?(?:informations?|renseignements?|précisions|nouvelles|suivi|retours?)\s+(?:[\p{L}'’]+\s+){0,8}?(?:par\s+téléphone|au\s+téléphone|téléphoniquement|par\s+voie\s+téléphonique)|(?:informations?|renseignements?|précisions|suivi|état\s+d['’]avancement|avancement|statut)\s+(?:[\p{L}'’]+\s+){0,8}?(?:ne|n['’])\s*(?:[\p{L}'’]+\s+){0,4}?(?:par\s+téléphone|au\s+téléphone|téléphoniquement|par\s+voie\s+téléphonique)`,
      example:
        "Nous vous informons que l'état d'avancement de votre dossier ne peut être communiqué par téléphone.",
    },
    {
      // The front desk not allowed to tell candidates by phone (round 135): "notre réception n'est pas habilitée à
      // renseigner les candidats par téléphone".
      pattern: String.raw`(?:pas|plus)\s+(?:habilitée?s?|autorisée?s?)\s+à\s+(?:renseigner|répondre|informer|donner)\s+(?:[\p{L}'’]+\s+){0,4}?(?:par\s+téléphone|téléphoniquement|au\s+téléphone)`,
      example: "Notre réception n'est pas habilitée à renseigner les candidats par téléphone.",
    },
    {
      // The phone refused outright (twin of round 125's "en ningún caso por teléfono"): "les demandes sont traitées
      // uniquement par e-mail, en aucun cas par téléphone".
      pattern: String.raw`(?:en\s+aucun\s+cas|jamais|sous\s+aucun\s+prétexte)\s+(?:par\s+téléphone|téléphoniquement)`,
      example: 'Les demandes de suivi sont traitées uniquement par e-mail, en aucun cas par téléphone.',
    },
    {
      // Calls left without answer (round 123): "aucune suite ne pourra être donnée aux appels téléphoniques".
      pattern: String.raw`aucune\s+(?:suite|réponse)\s+ne\s+(?:sera|pourra\s+être)\s+(?:donnée|apportée|réservée)\s+aux\s+(?:appels|(?:demandes|relances|sollicitations)\s+(?:par\s+)?téléphon\p{L}*)`,
      example:
        'En raison du nombre important de candidatures, aucune suite ne pourra être donnée aux appels téléphoniques.',
    },
    {
      // The same as an inability (twin of round 122's "no nos es posible atender consultas telefónicas"): "nous ne
      // sommes pas en mesure de répondre aux demandes téléphoniques".
      // (and "de traiter les demandes de suivi par téléphone", round 129)
      // (and as no possibility, round 132: "il ne nous sera malheureusement pas possible de donner suite aux sollicitations
      // téléphoniques")
      pattern: String.raw`(?:pas|plus)\s+(?:en\s+mesure|possible)\s+de\s+(?:(?:répondre|donner\s+suite)\s+aux|traiter\s+les)\s+(?:appels|(?:demandes|relances|sollicitations|questions)\s+(?:(?:de|d['’])\s*\p{L}+\s+)?(?:par\s+)?téléphon\p{L}*)`,
      example: 'Nous ne sommes pas en mesure de répondre aux demandes téléphoniques.',
    },
    {
      // Contact that would go round the recruiter, asked not to be made: "merci de ne pas contacter directement
      // notre client", "ne contactez pas directement l'entreprise" (lead's round r24); "de ne pas communiquer
      // directement avec les gestionnaires de l'équipe" (round 328c).
      pattern: String.raw`ne\s+(?:pas\s+)?(?:(?:le|la|les|nous|me)\s+|l['’])?(?:contact|appel|joindre|solliciter|prendre\s+contact|communiqu)\p{L}*\s+(?:pas\s+)?directement`,
      example: 'Notre client nous demande que les candidats ne le contactent pas directement.',
    },
    {
      // Calls said to count for nothing: "les appels téléphoniques au secrétariat ne seront pas pris en compte pour le
      // suivi des candidatures" (round 100; twin "las llamadas … no serán atendidas").
      // (twin of round 105: the calls' purpose between, "les appels à nos agences pour connaître l'état de votre dossier
      // ne seront pas traités")
      pattern: String.raw`appels?\s+(?:téléphoniques?\s+)?(?:[\p{L}'’]+\s+){0,12}?ne\s+(?:seront|sont|pourront)\s+pas\s+(?:pris\s+en\s+compte|traités|acceptés|pris|retournés)`,
      example:
        'Les appels téléphoniques au secrétariat ne seront pas pris en compte pour le suivi des candidatures.',
    },
    {
      // Reachable only in writing (round 173): "Notre cellule recrutement n'est joignable que par e-mail", "le service
      // RH est joignable uniquement par courriel".
      pattern: String.raw`n['’](?:est|sont|êtes)\s+(?:\p{L}+\s+)?(?:joignables?|contactables?|accessibles?)\s+que\s+par\s+(?:e-?mail|courriel|mail|écrit|le\s+biais)|ne\s+(?:sera|seront|sommes)\s+(?:\p{L}+\s+)?(?:joignables?|contactables?)\s+que\s+par\s+(?:e-?mail|courriel|mail|écrit)|(?:joignables?|contactables?)\s+(?:uniquement|exclusivement|seulement)\s+par\s+(?:e-?mail|courriel|mail|écrit)`,
      example: 'Notre cellule recrutement n’est joignable que par e-mail.',
    },
    {
      // (across an aside between commas, an adverb and "être" before the participle, round 173: "Les appels au
      // standard concernant l'avancement des candidatures, quelle que soit l'agence contactée, ne pourront
      // malheureusement pas être pris en compte")
      pattern: String.raw`appels?\s+(?:téléphoniques?\s+)?(?:[\p{L}\p{N}'’]+,?\s+){0,20}?ne\s+(?:seront|sont|pourront|peuvent)\s+(?:\p{L}+\s+)?pas\s+(?:être\s+)?(?:pris\s+en\s+compte|traités|acceptés|pris|retournés|honorés)`,
      example:
        'Les appels à nos agences, quel que soit le poste visé, ne pourront hélas pas être traités par nos équipes.',
    },
    {
      // The object between the verb and the phone: "ne pas contacter l'équipe par téléphone".
      pattern: String.raw`ne\s+pas\s+(?:contacter|joindre|solliciter|relancer)\s+(?:\S+\s+){0,4}?par\s+téléphone`,
      example: 'Merci de ne pas contacter nos conseillers en agence par téléphone.',
    },
    {
      // Said as a capability: "Notre service ne répond pas aux demandes téléphoniques".
      pattern: String.raw`ne\s+(?:répond|répondons|répondent|répondra|traite|traitons)\s+pas\s+aux\s+(?:appels|demandes\s+(?:\p{L}+\s+){0,2}?téléphoniques|sollicitations\s+téléphoniques)`,
      example: 'Le cabinet ne répond pas aux appels concernant le suivi des candidatures.',
    },
    {
      // The negation far from the call: "ne pas envoyer votre dossier ni de contacter le standard par téléphone".
      pattern: String.raw`ni\s+(?:de\s+|d['’])?(?:(?:contacter|joindre|solliciter)\s+(?:\p{L}+\s+){0,3}?par\s+téléphone|appeler|téléphoner)`,
      example:
        "Merci de ne pas vous présenter à l'accueil ni d'appeler le magasin au sujet de votre candidature.",
    },
    {
      pattern: String.raw`(?:ne\s+|n')(?:\p{L}+\s+){0,2}?pas\s+(?:\p{L}+\s+){0,4}?par\s+téléphone`,
      example: 'Notre équipe ne peut pas traiter les demandes par téléphone.',
    },
    {
      pattern: String.raw`ne\s+pas\s+(?:nous\s+|les\s+|l'|me\s+)?(?:appeler|téléphoner|contacter\s+par\s+téléphone)`,
      example: 'Merci de ne pas nous appeler au sujet de votre candidature.',
    },
    {
      // A capability, the channel far after the verb (the Spanish "no puede dar información … por teléfono", round
      // 84).
      pattern: String.raw`ne\s+(?:peut|peuvent|pouvons|pourrons|pourra)\s+pas\s+(?:donner|fournir|communiquer|transmettre)\s+(?:d['’]|de\s+)?(?:informations?|renseignements?|nouvelles)\s+(?:[\p{L}'’]+\s+){0,8}?par\s+téléphone`,
      example: "Le service ne peut pas donner d'informations sur l'état des dossiers par téléphone.",
    },
    {
      // No staff to take the calls (the Spanish "no contamos con personal para atender consultas por teléfono",
      // round 87).
      pattern: String.raw`ne\s+(?:disposons|dispose|disposent|avons|a)\s+pas\s+(?:du|de|d['’]un|des)\s+(?:personnel|ressources|moyens|temps)\s+(?:\p{L}+\s+)?pour\s+(?:répondre|donner\s+suite)\s+aux\s+(?:appels|demandes\s+téléphoniques)`,
      example: 'Nous ne disposons pas des ressources nécessaires pour répondre aux appels des candidats.',
    },
    {
      // A call asked not to be made (the Spanish "no realices llamadas a nuestras tiendas", round 90).
      pattern: String.raw`ne\s+pas\s+(?:passer|effectuer|faire)\s+d['’]appels?`,
      example: "Merci de ne pas passer d'appels à nos magasins au sujet de votre candidature.",
    },
    { pattern: String.raw`aucun\s+appel`, example: 'Aucun appel téléphonique ne sera pris en compte.' },
    {
      // A negative imperative (fx401): "Ne nous téléphonez pas, nous reviendrons vers vous."; bounded by a day it is
      // the hold-off alone.
      pattern: String.raw`ne\s+(?:nous\s+|me\s+|m['’]\s*|les\s+|la\s+|le\s+)(?:téléphonez|appelez|téléphone|appelle)\s+pas`,
      example: 'Ne nous appelez pas : nous contacterons chaque candidat retenu.',
    },
    {
      pattern: String.raw`ni\s+(?:les\s+)?appels(?:\s+téléphoniques)?\s+ni`,
      example: "Ni les appels ni les visites spontanées à l'accueil ne seront pris en compte.",
    },
    {
      // A capability: "nous ne disposons pas d'une ligne téléphonique dédiée", "aucune ligne téléphonique".
      // ("pas d'un standard téléphonique", round 106)
      pattern: String.raw`(?:pas\s+d['’](?:une?\s+)?|aucune?\s+)(?:ligne|numéro|permanence|standard)\s+(?:de\s+)?(?:téléphonique|téléphone)`,
      example: "Nous ne disposons pas d'une ligne téléphonique dédiée au recrutement.",
    },
    {
      // The negation far from its verb: "de ne pas, même en cas d'urgence, contacter nos équipes par téléphone".
      // (and "appeler"/"téléphoner" alone, round 241's probe: "Merci de ne pas, pendant toute la durée de la procédure,
      // appeler nos agences")
      pattern: String.raw`ne\s+pas,(?:[^.;!?,]{1,60},){1,3}\s*(?:(?:contacter|joindre|appeler|solliciter)\s+(?:\p{L}+\s+){0,3}?par\s+téléphone|(?:appeler|téléphoner)(?![\p{L}]))`,
      example:
        "Nous vous remercions de ne pas, même en cas d'urgence et quel que soit le poste concerné, contacter nos équipes par téléphone.",
    },
    {
      // The employer's refusal to answer calls, its negation before an aside and the calls after it: "nous ne
      // donnerons, sous aucune forme et à aucun stade de la procédure, suite aux demandes d'information par
      // téléphone" (round 233).
      pattern: String.raw`ne\s+(?:donnerons|donnons|donnera|donneront|répondrons|répondons|répondra|répondront|apporterons|apportons)(?:\s+pas)?(?:\s*,(?:[^.;!?,\n]{1,60},){1,3})?\s+(?:pas\s+|aucune\s+)?(?:(?:de\s+)?(?:suite|réponse)\s+)?aux\s+(?:appels|(?:demandes|relances|sollicitations|questions)\s+(?:(?:de|d['’])\s*\p{L}+\s+)?(?:par\s+)?téléphon\p{L}*)`,
      example:
        "Nous ne donnerons, sous aucune forme et à aucun stade de la procédure, suite aux demandes d'information par téléphone.",
    },
    {
      pattern: String.raw`(?<!\p{L}\s)pas\s+d'appels?`,
      example: "Pas d'appel svp, on répond à tout le monde par mail.",
    },
    {
      // "Recruiters and staffing agencies, please do not contact us" (TIMELINE-CONVENTIONS.md no-calls).
      pattern: String.raw`(?:agences|cabinets)\s+(?:\p{L}+\s+){0,10}?(?:sont\s+priée?s\s+de\s+ne\s+pas|s'abstenir)`,
      example: 'Les agences et cabinets de recrutement sont priés de ne pas nous solliciter pour ce poste.',
    },
    {
      pattern: String.raw`(?:pas\s+en\s+mesure|impossible|ne\s+pouvons\s+pas)\s+(?:\p{L}+\s+){0,3}?(?:répondre|donner\s+suite)\s+aux\s+appels`,
      example: 'Nous ne sommes malheureusement pas en mesure de répondre aux appels téléphoniques.',
    },
    {
      pattern: String.raw`appels\s+(?:téléphoniques\s+)?ne\s+seront\s+pas`,
      example: 'Les appels téléphoniques ne seront pas traités.',
    },
    {
      pattern: String.raw`(?:pas|aucune?)\s+(?:de\s+)?(?:renseignements?|informations?)\s+par\s+téléphone`,
      example: 'Nous ne donnons pas de renseignements par téléphone.',
    },
    {
      // The subject far before its verb: "aucune information sur l'avancement du recrutement ne pourra vous être
      // communiquée par téléphone".
      // (and an answer: "aucune réponse ne sera donnée par téléphone", round 91)
      // Any follow-up named by its noun: "aucun suivi de candidature ne peut être fait par téléphone", "aucune question
      // … ne sera traitée par téléphone" (round 103).
      pattern: String.raw`(?:aucune?|pas\s+de)\s+(?:renseignements?|informations?|réponses?|suivis?|questions?|demandes?|relances?|réclamations?)\s+(?:[\p{L}'’]+\s+){0,12}?par\s+téléphone`,
      example: 'Aucune information sur le suivi des dossiers ne sera donnée par téléphone.',
    },
    {
      // The way of contact denied with "never": "uniquement par courriel, jamais par téléphone".
      pattern: String.raw`jamais\s+par\s+téléphone`,
      example: 'Les questions sont traitées uniquement par courriel, jamais par téléphone.',
    },
    {
      // "il ne nous est pas possible de répondre aux demandes téléphoniques".
      pattern: String.raw`(?:pas\s+possible|impossible)\s+de\s+répondre\s+aux\s+(?:appels|demandes\s+téléphoniques|sollicitations\s+téléphoniques)`,
      example: 'Il ne nous est pas possible de répondre aux demandes téléphoniques.',
    },
  ],
  rejection: [
    {
      // The position filled with another person (twin of round 325's "die Stelle mit einer Kandidatin zu besetzen":
      // "de pourvoir le poste avec une candidate dont le profil …").
      pattern: String.raw`(?:pourvoir|pourvu|pourvue|attribuer|attribué|confier|confié)\s+(?:le|ce)\s+poste\s+(?:à|avec)\s+(?:un|une|un\s+autre|une\s+autre|l['’]autre)\s*(?:candidat|candidate|candidature|personne|profil)(?![\p{L}])`,
      example:
        'Nous avons décidé de pourvoir le poste avec une candidate dont le profil correspond davantage à nos besoins.',
    },
    {
      // No interview granted (r63's twin): "nous ne sommes malheureusement pas en mesure de vous convier à un
      // entretien", "nous ne pouvons pas vous convoquer à un entretien".
      pattern: String.raw`(?:ne\s+(?:pouvons|pourrons|sommes)\s+(?:malheureusement\s+)?pas\s+(?:en\s+mesure\s+de\s+)?|pas\s+en\s+mesure\s+de\s+)vous\s+(?:convier|convoquer|inviter|recevoir)\s+(?:à|en|pour)\s+(?:un\s+)?entretien`,
      example: 'Nous ne sommes malheureusement pas en mesure de vous convier à un entretien.',
    },
    {
      // The profile said not to match (twin of round 174's "dass Ihr Profil nicht ganz dem entspricht, was wir
      // suchen"): "votre profil ne correspond pas tout à fait à ce que nous recherchons".
      pattern: String.raw`(?:profil|parcours|candidature|expérience)\s+(?:\p{L}+\s+){0,2}?ne\s+(?:correspond|répond|correspondent)\s+pas\s+(?:tout\s+à\s+fait|entièrement|pleinement|complètement|suffisamment)`,
      example: 'Votre profil ne correspond pas tout à fait à ce que nous recherchons pour ce poste.',
    },
    {
      // A favourable answer refused, whatever the verb (round 138): "nous sommes au regret de ne pouvoir y réserver une
      // suite favorable", "nous ne sommes pas en mesure d'apporter une réponse favorable à votre candidature"; and the
      // regret told with "être" ("nous sommes au regret de vous informer …"; not "… de devoir reporter"); in the
      // comparative too, "de ne pouvoir vous donner une réponse plus favorable" (round 322's twin).
      pattern: String.raw`(?:ne|n['’])\s*(?:[\p{L}'’]+\s+){0,6}?(?:(?:une|de|d['’])\s*)?(?:suite|réponse|issue)\s+(?:plus\s+)?(?:favorable|positive)|(?:sommes|suis)\s+au\s+regret\s+de\s+(?:ne|vous\s+(?:informer|annoncer|faire\s+(?:savoir|part)|communiquer|indiquer))`,
      example: 'Nous sommes au regret de ne pouvoir y réserver une suite favorable.',
    },
    {
      // The candidacy not kept, in the present or the future (round 138's twin rows): "votre candidature n'est pas
      // retenue", "ne sera pas retenue", "n'a pu être retenue".
      pattern: String.raw`(?:candidature|profil|dossier)\s+(?:n['’]\s*est|n['’]\s*a\s+(?:pas\s+)?pu\s+être|ne\s+(?:sera|saurait\s+être|peut\s+être|pourra\s+être))\s+(?:pas\s+)?(?:retenue?|sélectionnée?)`,
      example: "Nous vous informons que votre candidature n'est pas retenue pour ce poste.",
    },
    {
      // The post filled internally (twin of round 95's "die Stelle mit einer internen Kandidatin besetzt"): "nous
      // avons pourvu le poste en interne".
      pattern: String.raw`pourvu\s+(?:le\s+poste\s+)?(?:en\s+interne|par\s+(?:une?\s+)?(?:candidat\p{L}*|personne|collaborat\p{L}*)\s+interne)`,
      example: 'Nous vous informons que nous avons pourvu le poste en interne.',
    },
    {
      // "on ne va pas pouvoir aller plus loin avec ta candidature".
      pattern: String.raw`(?:ne\s+|n['’]\s*)(?:va|vas|vont|allons|pourrons|pouvons|pourra)\s+pas\s+(?:pouvoir\s+)?(?:aller\s+plus\s+loin|poursuivre|donner\s+suite)`,
      example: "Après réflexion, nous n'allons pas pouvoir aller plus loin avec votre candidature.",
    },
    {
      // The offer words negated: "nous ne sommes pas en mesure de vous proposer le poste".
      pattern: String.raw`(?:pas\s+en\s+mesure\s+de|ne\s+(?:pouvons|pourrons)\s+pas)\s+(?:vous|te|t['’])\s*(?:proposer|offrir)\s+(?:le|ce)\s+poste`,
      example: 'Après étude attentive de votre dossier, nous ne pouvons pas vous proposer ce poste.',
    },
    { pattern: String.raw`(?:a\s+)?(?:déjà\s+)?été\s+pourvu`, example: 'Le poste a déjà été pourvu.' },
    {
      pattern: String.raw`(?:n'a|n'avons|n'ont)\s+(?:\p{L}+\s+){0,2}?pas\s+été\s+(?:retenue?s?|sélectionnée?s?)`,
      example: "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    },
    {
      pattern: String.raw`(?:ne\s+(?:pas\s+)?(?:pouvons|pourrons)\s+pas\s+|ne\s+)?donner(?:ons)?\s+(?:pas\s+)?(?:une\s+)?suite\s+(?:favorable|positive)`,
      example: 'Nous ne pouvons pas donner une suite favorable à votre candidature.',
    },
    {
      pattern: String.raw`ne\s+(?:pouvons|pourrons|pouvions|pourrions)\s+(?:malheureusement\s+)?(?:pas\s+)?retenir\s+(?:votre|ta)\s+(?:candidature|profil|dossier)`,
      example: 'Nous vous informons que nous ne pouvons retenir votre candidature.',
    },
    {
      pattern: String.raw`de\s+ne\s+pas\s+(?:retenir|poursuivre)\s+(?:\p{L}+\s+){0,3}?(?:avec\s+vous|avec\s+toi|(?:votre|ta)\s+candidature)`,
      example: 'Nous avons décidé de ne pas poursuivre le processus avec vous.',
    },
    {
      pattern: String.raw`ne\s+correspond\s+pas\s+(?:\p{L}+\s+){0,3}?(?:besoins|attentes|recherchons|cherchons|exigences|critères)`,
      example: 'Votre profil ne correspond pas à nos besoins actuels.',
    },
    {
      pattern: String.raw`ne\s+donnerons\s+pas\s+suite`,
      example: 'Nous ne donnerons pas suite à votre candidature.',
    },
    {
      // (and the written "ne … pouvoir" without "pas": "nous ne pouvons donner suite à votre candidature", round 233;
      // "nous ne pouvons donner suite qu'aux candidatures retenues" says whom they answer, no refusal)
      pattern: String.raw`(?:ne\s+(?:pourrons|pouvons|pourrions|pouvions)\s+(?:malheureusement\s+)?(?:pas\s+)?|pas\s+en\s+mesure\s+de\s+|pas\s+pu\s+)donner\s+suite(?!\s+qu['’])`,
      example: 'Nous ne pourrons pas donner suite à votre candidature.',
    },
    {
      // Any form of the verb, the process before it or after: "le processus se poursuivra avec d'autres candidats",
      // "nous poursuivons le processus avec d’autres profils" (r57).
      pattern: String.raw`(?:poursuiv\p{L}{0,6}|continu\p{L}{0,6}|avanc\p{L}{0,6})\s+(?:le\s+processus\s+(?:de\s+(?:recrutement|sélection)\s+)?)?avec\s+(?:d['’]autres|une?\s+autre)\s+(?:candidat\p{L}*|profils?|personnes?)`,
      example: "nous avons décidé de poursuivre avec d'autres candidats.",
    },
    { pattern: String.raw`(?:avons|avez)\s+le\s+regret`, example: 'Nous avons le regret de vous informer …' },
    {
      pattern: String.raw`(?:donné|accordé)\s+(?:notre\s+|la\s+)?préférence\s+à`,
      example:
        'nous avons donné la préférence à une candidate dont le profil correspond davantage à nos besoins.',
    },
    {
      pattern: String.raw`(?:de\s+ne\s+pas\s+donner\s+suite|ne\s+(?:poursuivrons|continuerons|retiendrons)\s+pas|ne\s+pas\s+aller\s+de\s+l'avant|n'irons\s+pas\s+de\s+l'avant)`,
      example: 'Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature.',
    },
    {
      // (and the choice told in the infinitive: "nous avons décidé de retenir une autre candidature", board2)
      pattern: String.raw`(?:choisi|retenu|sélectionné|opté\s+pour|recruté|embauché|choisir|retenir|sélectionner|opter\s+pour|recruter|embaucher)\s+(?:\p{L}+\s+)?(?:quelqu'un|une?\s+autre\s+(?:personne|candidate?|profil|candidature))`,
      example: "Ton profil est top, mais l'équipe a finalement choisi quelqu'un avec plus d'expérience.",
    },
    {
      pattern: String.raw`(?:(?:arrêté|porté|fixé)\s+notre\s+choix\s+sur|notre\s+choix\s+s'est\s+(?:porté|arrêté)\s+sur)\s+(?:une?\s+autre|une\s+candidature|un\s+profil|une?\s+candidate?|une\s+personne|quelqu'un)`,
      example:
        'Toutefois, nous avons arrêté notre choix sur une candidature correspondant davantage aux besoins du poste.',
    },
    {
      pattern: String.raw`retenu\s+(?:une\s+autre\s+candidature|un\s+autre\s+(?:candidat|profil))`,
      example: 'Nous avons retenu une autre candidature.',
    },
    {
      // The application of someone else kept: "nous avons retenu la candidature d'une personne dont le profil
      // correspond davantage" (r54).
      pattern: String.raw`(?:retenu|choisi|sélectionné|privilégié|retenir|choisir|sélectionner|privilégier)\s+(?:la\s+candidature|le\s+profil|le\s+dossier)\s+d['’]\s*(?:une?\s+)?(?:autre\s+)?(?:personne|candidat\p{L}*|profil)`,
      example: "Nous avons finalement retenu le profil d'un candidat plus expérimenté.",
    },
    {
      // The choice made of a profile that fits better: "nous avons finalement fait le choix d'un profil plus en
      // adéquation avec les besoins du poste" (round 94; twins "hemos optado por un perfil más …", "uns für ein
      // Profil entschieden, das …").
      pattern: String.raw`fait\s+le\s+choix\s+(?:d['’]\s*|de\s+)(?:une?\s+)?(?:autre\s+)?(?:profil|candidat\p{L}*|personne|candidature)`,
      example:
        "Après mûre réflexion, nous avons finalement fait le choix d'un profil plus en adéquation avec les besoins du poste.",
    },
    {
      // The one chosen, with an indefinite article, is someone else: "nous avons retenu une candidate dont le profil …".
      pattern: String.raw`(?:choisi|retenu|sélectionné|privilégié|privilégier|choisir|retenir)\s+(?:une?\s+|des\s+|d['’]autres\s+)(?:candidat(?:e|s|es)?|personnes?|profils?|candidatures?)\s+(?:dont|qui|plus|ayant)`,
      example:
        'Après réflexion, nous avons retenu une candidate dont le profil correspond davantage au poste.',
    },
    {
      // "nous ne sommes pas en mesure de retenir votre candidature", "vous ne passez pas à l'étape suivante".
      pattern: String.raw`(?:pas\s+en\s+mesure\s+de|impossible\s+de)\s+(?:\p{L}+\s+)?retenir\s+(?:votre|ta)\s+(?:candidature|profil|dossier)|ne\s+(?:passez|passes|passerez|passera|passe)\s+pas\s+(?:à|au)\s+(?:l['’]étape|la\s+phase|le\s+tour)\s+suivante?`,
      example: 'Nous ne sommes donc pas en mesure de retenir votre candidature.',
    },
    {
      // "nous avons décidé de poursuivre avec des candidatures qui correspondent davantage".
      pattern: String.raw`décidé\s+de\s+(?:poursuivre|continuer|avancer)\s+avec\s+(?:des|d'autres)\s+(?:candidat\p{L}*|profils)`,
      example:
        'Nous avons décidé de poursuivre avec des candidatures qui correspondent davantage à nos besoins.',
    },
  ],
  thatDay: [
    {
      // (only with what the reader is told that day, and not after words that bound a hold-off or start a count)
      pattern: String.raw`(?<!(?:avant|jusqu['’]à|dès|après|à\s+partir\s+de)\s+)(?:ce\s+jour-là|le\s+jour\s+même)(?=,?\s+(?:\p{L}+\s+){0,2}?(?:vous|te|t['’]))`,
      example: 'Le comité se réunit le mardi 8 ; ce jour-là, je vous appelle avec la décision.',
    },
  ],
  alreadyHired: [
    {
      // The first day confirmed, or a hire's onboarding (twin of round 329b): "Nous vous confirmons que votre premier
      // jour sera le lundi 3 mars", "votre journée d'intégration", "bienvenue à bord".
      pattern: String.raw`(?:votre|ton)\s+(?:premier\s+jour|date\s+d['’]\s*arrivée|date\s+de\s+prise\s+de\s+poste)\s+(?:chez\s+nous\s+|parmi\s+nous\s+)?(?:est|sera)|journée\s+d['’]\s*(?:intégration|accueil)|bienvenue\s+à\s+bord`,
      example: 'Bienvenue à bord ! Ton premier jour sera le lundi 3 mars ; on t’attend à 9 h.',
    },
  ],
  offerNamed: [
    {
      pattern: String.raw`offre|proposition|propos\p{L}*|promesse\s+d['’]\s*embauche`,
      example: 'Vous trouverez ci-joint notre proposition d’embauche.',
    },
  ],
  offer: [
    {
      // An employer's wish to hire the reader (round 325c: "on aimerait te prendre en CDI comme ébéniste"; "nous
      // voudrions vous embaucher", "on va t'engager"), its verb right after the reader.
      pattern: String.raw`(?<!(?:ne|n['’])\s*)(?:aimerions|aimerait|aimerais|souhaitons|souhaiterions|souhaiterait|souhaite|voudrions|voudrait|voudrais|voulons|veut|allons|va|vais)\s+(?:bien\s+|beaucoup\s+|vraiment\s+)?(?:vous|te|t['’])\s*(?:engager|embaucher|recruter|titulariser|prendre\s+en\s+(?:CDI|CDD|contrat|alternance|apprentissage))(?![\p{L}])`,
      example: 'Ta semaine d’essai s’est super bien passée et on aimerait te prendre en CDI comme ébéniste.',
    },
    {
      // The role said to be the reader's (twin of round 294b's "el puesto de camarera de pisos es tuyo"): "le poste de
      // cheffe de rang est à vous".
      // (not "est pour vous", an advert's "ce poste est pour vous si …"; plain words, so the ReDoS gate decides it fast)
      pattern: String.raw`(?:le\s+poste|la\s+place)\s+(?:de\s+(?:\p{L}+\s+){1,4}?)?est\s+à\s+(?:vous|toi)`,
      example: 'Bonne nouvelle : le poste de cheffe de rang est à vous !',
    },
    {
      // A positive answer to the application given today is the offer ("Nous avons le plaisir de vous donner une
      // réponse positive à votre candidature au poste de comptable"); one hoped for ("nous espérons vous donner une
      // réponse positive") or about the next step ("une réponse positive pour la suite du processus : un second
      // entretien") is not.
      pattern: String.raw`(?:plaisir|heureux|heureuse|ravis|ravie|ravi)\s+de\s+(?:vous|te|t['’])\s*(?:donner|apporter|annoncer|adresser|communiquer|faire\s+part\s+d['’])\s*(?:une\s+)?(?:réponse|suite|issue)\s+(?:positive|favorable)(?![^.!?\n]{0,60}?(?:entretien|entrevue|étape|tour|processus|phase|test|rencontre))`,
      example:
        'Nous avons le plaisir de vous donner une réponse positive à votre candidature au poste de comptable.',
    },
    {
      // The hiring approved (twin of round 139b's "el comité aprobó tu contratación"): "la direction a validé votre
      // embauche", "votre recrutement a été validé".
      pattern: String.raw`(?:validé|approuvé|confirmé)\s+(?:votre|ton)\s+(?:embauche|recrutement)|(?:votre|ton)\s+(?:embauche|recrutement)\s+a\s+été\s+(?:validée?|approuvée?)`,
      example: 'Bonne nouvelle : la direction a validé votre embauche.',
    },
    {
      // The candidacy chosen, told as a cleft (round 135): "c'est votre candidature que nous avons choisie !" (not one
      // kept for an interview or a next step).
      pattern: String.raw`(?:votre|ta)\s+candidature\s+que\s+nous\s+avons\s+(?:choisie|retenue|sélectionnée)(?![^.!?\n]{0,30}(?:entretien|entrevue|étape|échange|test))`,
      example: "Bonne nouvelle : c'est votre candidature que nous avons choisie !",
    },
    {
      // The contract sent to sign is the post given (round 132): "Vous recevrez dans les cinq jours ouvrés un lien
      // DocuSign pour signer votre contrat."
      pattern: String.raw`(?:signer|signature\s+de)\s+(?:votre|ton)\s+contrat`,
      example: 'Vous recevrez sous cinq jours un lien DocuSign pour signer votre contrat.',
    },
    {
      // A formal proposal sent (twin of round 131's "hacerle llegar una propuesta formal"): "vous faire parvenir notre
      // proposition officielle".
      pattern: String.raw`(?:vous|te)\s+(?:faire\s+parvenir|adresser|transmettre|soumettre)\s+(?:une|notre)\s+(?:offre|proposition)\s+(?:formelle|officielle|écrite|d['’]embauche|d['’]emploi|de\s+contrat)`,
      example:
        'Nous avons le plaisir de vous faire parvenir notre proposition officielle pour le poste de comptable.',
    },
    {
      // An offer made in any person and mood: "on aimerait te faire une offre", "nous souhaitons vous faire une
      // proposition" (round 106).
      pattern: String.raw`(?:aimerions|aimerait|aimerais|souhaitons|souhaiterions|souhaite|voudrions|voulons|allons|va|vais|sommes\s+heureux\s+de|sommes\s+ravis\s+de)\s+(?:vous|te|t['’])\s*faire\s+(?:une|notre|une\s+belle)\s+(?:offre|proposition)(?!\s+de\s+(?:date|créneau|rendez-vous))`,
      example: "L'équipe a adoré ton entrevue et on aimerait te faire une offre !",
    },
    {
      // The post given as the candidate's (twin of round 92's "Ihnen heute die Zusage"): "le poste est à vous".
      pattern: String.raw`le\s+poste\s+est\s+(?:à|pour)\s+(?:vous|toi)`,
      example: 'Bonne nouvelle : le poste est à vous !',
    },
    {
      // "nous vous confirmons votre embauche", "nous t'annonçons ton engagement".
      pattern: String.raw`(?:confirm|annon)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:votre|ton)\s+(?:embauche|recrutement|engagement)`,
      example:
        "Nous avons le plaisir de vous confirmer votre engagement en qualité d'éducatrice à partir du 4 janvier.",
    },
    {
      // A wish for the candidate to join: "on aimerait beaucoup que tu rejoignes l'équipe".
      pattern: String.raw`(?:aimerions|aimerait|aimerais|souhaitons|souhaiterions|voudrions|voulons)\s+(?:beaucoup\s+|vivement\s+|vraiment\s+)?que\s+(?:tu\s+rejoignes|vous\s+rejoigniez)`,
      example:
        'Bonne nouvelle : nous souhaitons vivement que vous rejoigniez notre équipe comptable dès janvier.',
    },
    {
      // "offrir le poste" in Québec and Belgium, "proposer le poste" in France, to "vous" or to "tu".
      pattern: String.raw`(?<!(?:pas|plus|jamais)\s+(?:en\s+mesure\s+)?(?:de\s+)?)(?:vous|t['’]|te)\s*(?:offrir|proposer)\s+(?:officiellement\s+)?(?:le|ce)\s+poste`,
      example: 'On est très heureux de t’offrir le poste de technicienne en laboratoire!',
    },
    {
      // A welcome to the team, not to the office: "ravis de vous accueillir parmi nous à compter du 4 janvier".
      pattern: String.raw`(?:ravis?|ravie|heureux|heureuse|plaisir)\s+de\s+(?:vous|t')\s*(?:accueillir|compter)\s+(?:parmi\s+nous|(?:au\s+sein\s+de|dans)\s+(?:notre|nos)\s+équipes?)`,
      example: 'Nous sommes ravis de vous accueillir parmi nous à compter du 4 janvier.',
    },
    {
      pattern: String.raw`(?:retenue?|sélectionnée?|retenu\(e\)|sélectionné\(e\))\s+pour\s+(?:le\s+poste|ce\s+poste|rejoindre|intégrer)`,
      example:
        "J'ai le plaisir de vous annoncer que votre candidature a été retenue pour le poste de développeur.",
    },
    {
      pattern: String.raw`(?:heureux|heureuse|ravis?|ravie|plaisir)\s+(?:\p{L}+\s+){0,3}?(?:propos|offr)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:poste|contrat|CDI|CDD)`,
      example: 'Nous sommes heureux de vous proposer le poste de chargée de communication.',
    },
    {
      pattern: String.raw`(?:souhaitons|souhaiterions|aimerions|voulons)\s+vous\s+(?:engager|embaucher|recruter)`,
      example:
        'Nous avons le plaisir de vous informer que nous souhaitons vous engager en qualité de gestionnaire de paie.',
    },
    {
      pattern: String.raw`proposition\s+d'(?:embauche|emploi)`,
      example: "j'ai le plaisir de vous confirmer notre proposition d'embauche.",
    },
    {
      pattern: String.raw`(?:promesse\s+d'embauche|offre\s+d'emploi\s+ci-jointe)`,
      example: "Vous trouverez ci-joint votre promesse d'embauche.",
    },
    {
      // "Le comité a validé votre recrutement", "votre lettre d'offre".
      pattern: String.raw`validé\s+(?:votre|ton)\s+(?:recrutement|embauche|candidature)|lettre\s+d'offre`,
      example: "Le comité a validé votre recrutement ; vous trouverez ci-joint votre lettre d'offre.",
    },
    {
      // "le client vous a choisie pour le poste".
      pattern: String.raw`(?:vous|t['’]|te)\s*a\s+(?:choisie?|sélectionnée?|retenue?)\s+pour\s+(?:le|ce)\s+poste`,
      example: 'Excellente nouvelle : le client vous a choisie pour le poste.',
    },
  ],
  answer: [
    {
      pattern: String.raw`(?:votre|ta)\s+(?:décision|réponse|acceptation|accord)`,
      example: 'Merci de nous faire part de votre décision avant le 11 décembre.',
    },
    {
      pattern: String.raw`(?:nous|me)\s+(?:retourner|renvoyer)\s+[^.!?\n]{0,60}?signée?s?`,
      example:
        'Nous vous remercions de nous retourner la promesse d’embauche signée au plus tard le 15 décembre.',
    },
    {
      // With the object as a pronoun (r49): "votre promesse d'embauche ; merci de nous la retourner signée avant le 15".
      pattern: String.raw`(?:nous|me)\s+(?:la|le|les|l['’])\s*(?:retourner|renvoyer)\s+(?:\p{L}+\s+)?signée?s?`,
      example:
        "Vous trouverez ci-joint votre promesse d'embauche ; merci de nous la retourner signée avant le 15 décembre.",
    },
    {
      pattern: String.raw`(?:offre|proposition)\s+(?:est|reste|demeure)\s+valable`,
      example: 'Cette proposition reste valable jusqu’au 18 décembre.',
    },
  ],
  condition: [
    { pattern: String.raw`(?:si|sauf\s+si)`, example: "Si vous n'avez pas de nouvelles d'ici le 30, …" },
    {
      pattern: String.raw`(?:sans|à\s+défaut\s+de|faute\s+de)\s+(?:nouvelles|réponse|retour)`,
      example:
        'Sans nouvelles de notre part d’ici le 4 décembre, considérez que votre candidature n’a pas été retenue.',
    },
  ],
  continuations: [
    {
      pattern: String.raw`(?:et\s+)?au\s+plus\s+tard|(?:mais|et)\s+(?:en\s+tout\s+cas|dans\s+tous\s+les\s+cas)`,
      example: 'Nous reviendrons vers vous dès que possible, et au plus tard le 15 janvier.',
    },
    {
      // The other words for "in any case" (round 183: "dès que possible, et en tout état de cause avant la fin de la
      // semaine prochaine"; twin "y, en cualquier caso, antes del …"), the window's word right after it: after a ";"
      // another statement may follow ("; en tout état de cause, le poste sera pourvu avant …").
      pattern: String.raw`(?:(?:mais|et)\s*)?,?\s*(?:en\s+tout\s+état\s+de\s+cause|quoi\s+qu['’]il\s+en\s+soit|de\s+toute\s+(?:façon|manière)),?\s+(?:avant|d['’]ici|au\s+plus\s+tard|dans|sous|en\s+(?:fin|début)|courant)`,
      example: 'Nous reviendrons vers vous dès que possible, et en tout état de cause avant la fin du mois.',
    },
  ],
  clauseBreaks: [
    {
      // (and "donc" after a comma: "le gestionnaire est en vacances, donc on devrait pouvoir te revenir …")
      // Not between the two forms of a noun ("les candidats et candidates retenus seront …"): one subject; nor in a
      // list of days ("les 8, 9 et 10 mars").
      // Nor before a second object that leads straight to the day: "je vous transmets le compte rendu et les
      // prochaines étapes d'ici mercredi" is one promise (round 85).
      pattern: String.raw`(?:(?<!\d\s)et(?!\s+(?:les\s+)?candidat\p{L}*)(?!\s+(?:les|le|la|l['’]|des|vos|votre|tes|ton|ta)\s*(?:[\p{L}'’]+\s+){1,3}?(?:d['’]ici|avant|au\s+plus\s+tard)\s)|mais|puis|(?<=,\s)(?:donc|alors|du\s+coup|c['’]est\s+pourquoi|si\s+bien\s+que|de\s+sorte\s+que))`,
      example:
        'Nous rencontrons encore plusieurs candidats jeudi et vous tiendrons informé début de semaine prochaine.',
    },
  ],
  cancelled: [
    {
      // A slot that cannot take place (twin of round 99's "no podrá hacerse"): "l'entretien de mardi ne pourra pas
      // avoir lieu".
      pattern: String.raw`ne\s+(?:pourra|peut|pourrons)\s+pas\s+(?:avoir\s+lieu|se\s+tenir|être\s+maintenue?)`,
      example: "L'entretien de mardi ne pourra pas avoir lieu ; il est reporté au jeudi 16 à 10h.",
    },
    {
      // The slot not kept, in the active voice (twin of round 121's "nicht wie geplant durchführen"): "nous ne
      // pourrons malheureusement pas maintenir notre entretien de jeudi".
      pattern: String.raw`ne\s+(?:pourra|pourrons|pourrai|pouvons|peux)\s+(?:malheureusement\s+|finalement\s+)?pas\s+(?:maintenir|tenir|assurer)`,
      example: 'Nous ne pourrons malheureusement pas maintenir notre entretien de jeudi à 14h comme prévu.',
    },
    {
      // A move with the slot as a pronoun (twin of round 121's "Wir würden es gern auf Montag … verlegen"): "nous
      // aimerions le déplacer au lundi 13".
      pattern: String.raw`(?:le|la|l['’])\s*(?:déplacer|reporter|décaler|repousser|avancer|déplaçons|reportons|décalons|repoussons|avançons)(?![\p{L}])`,
      example: 'Notre rendez-vous de jeudi tombe mal : nous aimerions le déplacer au lundi 13 à 9h30.',
    },
    {
      pattern: String.raw`(?:annul(?:ée?s?|er|ons)|supprimée?s?)`,
      example: 'Votre entretien du jeudi 12 novembre est annulé.',
    },
    {
      // A moved slot's old day: "décaler votre entretien initialement prévu ce lundi 16 novembre à 9h".
      // (and "l'entretien initialement fixé au vendredi 17 novembre", round 132)
      pattern: String.raw`(?:initialement\s+(?:prévue?|fixée?|programmée?|planifiée?)|(?:prévue?|fixée?|programmée?)\s+initialement|à\s+l'origine)`,
      example: 'Nous devons décaler votre entretien initialement prévu ce lundi 16 novembre à 9h.',
    },
    {
      // The slot a move starts from: "nous devons déplacer votre entrevue prévue le jeudi 26 novembre".
      pattern: String.raw`(?:déplacer|reporter|décaler|repousser|avancer)\s+(?:votre|ton|notre|l')\s*(?:entretien|entrevue|rendez-vous|rdv|appel|échange)`,
      example: "En raison d'un imprévu, nous devons déplacer votre entrevue prévue le jeudi 26 novembre.",
    },
    {
      // "votre entretien du lundi 30 novembre est déplacé au mercredi 2 décembre": the day before the move is the
      // old slot; the one after "déplacé au" is the new one (movedTo).
      pattern: String.raw`(?:est|a\s+été|sera|doit\s+être)\s+(?:déplacée?|reportée?|décalée?|avancée?|repoussée?)`,
      example: 'Votre entretien du lundi 30 novembre est déplacé au mercredi 2 décembre, même heure (10h30).',
    },
    {
      // The interviewer cannot keep the slot: "ne pourra pas vous recevoir jeudi à 10h".
      pattern: String.raw`ne\s+(?:pourra|pourrons|pourrai|pourront)\s+(?:finalement\s+)?pas\s+(?:vous|te|t['’])\s*(?:recevoir|rencontrer|accueillir)`,
      example:
        'Notre directrice ne pourra pas vous recevoir jeudi à 10h ; seriez-vous disponible vendredi à 14h ?',
    },
    {
      // Meeting each other no longer possible (twin of round 172's "no vamos a poder vernos el lunes 21"): "nous ne
      // pourrons finalement pas nous voir lundi comme prévu".
      pattern: String.raw`ne\s+(?:pourrons|pourrions|pouvons)\s+(?:finalement\s+|malheureusement\s+)?pas\s+nous\s+(?:voir|rencontrer|parler|retrouver)`,
      example:
        'Nous ne pourrons finalement pas nous voir lundi 21 comme prévu ; seriez-vous libre mercredi à 10h ?',
    },
  ],
  movedTo: [
    {
      // The new day told as where the slot now stands (round 174c): "il se tiendra finalement le lundi 21 octobre à
      // 10h30, et non le vendredi 18".
      pattern: String.raw`(?:se\s+tiendra|aura\s+lieu|se\s+déroulera)\s+(?:finalement|désormais|donc|plutôt)\s+(?:le|au)`,
      example: 'Nous devons décaler votre entretien : il se tiendra finalement le mardi 22 octobre à 14h.',
    },
    {
      // (a slot "initialement fixé au vendredi 17" is the old one, round 132)
      pattern: String.raw`(?<!(?:initialement|précédemment|déjà)\s)(?:déplacée?|reportée?|décalée?|avancée?|repoussée?|fixée?)\s+(?:au|à|pour)(?:\s+le)?`,
      example: 'Votre entretien du lundi 30 novembre est déplacé au mercredi 2 décembre, même heure (10h30).',
    },
    {
      // The new day after the old one and "à" (round 126): "avancer votre entretien de mardi 20 juin à vendredi 16
      // juin, même heure".
      pattern: String.raw`\d{1,2}(?:er)?(?:\s+\p{L}+)?\s+à`,
      example:
        "Serait-il possible d'avancer votre entretien de mardi 20 juin à vendredi 16 juin, même heure ?",
    },
    {
      // The new day after the moved slot's old one: "avancer votre entretien, initialement prévu le 12, au jeudi 11".
      // (not after the old slot's own "initialement fixé au", round 132)
      pattern: String.raw`(?<!(?:initialement|précédemment|déjà)\s(?:prévue?|fixée?|programmée?|planifiée?)\s)au`,
      example:
        'Nous devons avancer votre entretien, initialement prévu le vendredi 12 mars, au jeudi 11 mars à 16h.',
    },
  ],
  anchorBefore: [
    {
      // A return from absence with its day, a window after it (round 294c: "Dès son retour, le lundi 18 février, il vous
      // répondra sous une semaine"; the German "Nach meiner Rückkehr am Montag, 18. Februar, melde ich mich binnen einer
      // Woche" reads so through "nach").
      pattern: String.raw`(?:dès|à|après)\s+(?:son|mon|notre|leur)\s+retour`,
      example: 'Dès son retour, le lundi 18 février, il vous répondra sous une semaine.',
    },
    {
      pattern: String.raw`(?:à\s+l'issue|après|suite\s+à|une\s+fois)`,
      example:
        "À l'issue du dernier entretien prévu le 20 novembre, nous vous ferons un retour sous une semaine.",
    },
    {
      // (and "dès que", twin of round 241's probe "Sobald die Kommission am 20. März getagt hat, …": "Dès que le jury se
      // sera réuni, le 20 mars, nous vous répondrons sous huit jours")
      pattern: String.raw`(?:dès\s+que|dès\s+qu['’]|aussitôt\s+que)(?=[^,.;!?\n]{0,80}(?:,\s*le\s*)?(?:$|\d))`,
      example: 'Dès que le jury se sera réuni, le 20 mars, nous vous donnerons une réponse sous une semaine.',
    },
  ],
  anchorAfter: [
    {
      // The window's own "following", its event the day named before (round 241's probe, as the Spanish "siguientes":
      // "Le jury se réunira le jeudi 22 mars. Vous recevrez notre réponse dans les trois jours ouvrés suivants").
      pattern: String.raw`(?:suivants|suivantes)(?=\s*(?:[.;!?,]|$))`,
      example:
        'Le jury se réunit le 3 mars. Vous recevrez notre réponse dans les trois jours ouvrés suivants.',
    },
    {
      // A window told as "so long later" after a day of the sentence before (twin of round 174's "etwa eine Woche
      // später"): "Le jury se réunit le 24 octobre ; vous aurez notre réponse environ une semaine plus tard."
      pattern: String.raw`plus\s+tard`,
      example: 'Le jury se réunit le 3 mars. Vous aurez notre réponse environ une semaine plus tard.',
    },
    {
      // (and "après" alone closing the clause: "La commission se réunira le mardi 14 novembre. La liste … vous sera
      // notifiée au plus tard une semaine après.", round 234c)
      pattern: String.raw`après(?=\s*(?:[.;!?]|$))`,
      example: 'Le comité se réunit le 3 mars. Vous serez informé au plus tard une semaine après.',
    },
    {
      // The event after "at its close" (round 173): "La décision vous sera communiquée sous 72 heures à l'issue de
      // cette rencontre", "au terme de votre entretien du 23 janvier".
      pattern: String.raw`(?:à\s+l['’]issue|au\s+terme|à\s+la\s+suite)\s+(?:(?:de\s+(?:cette|cet|ce|la|votre|ta|ton|vos|ces)|du|des)\s+|d['’]\s*)\p{L}+`,
      example: 'La décision vous sera communiquée sous trois jours ouvrés au terme de cet entretien.',
    },
    {
      // The candidate's own event with its day right after it (round 135): "dans les cinq jours ouvrés suivant votre
      // mise en situation du 14 septembre".
      pattern: String.raw`(?:suivant|après|qui\s+suivent|qui\s+suivront)\s+(?:votre|ton|ta|vos|tes)\s+(?:[\p{L}-]+\s+){0,4}?(?:du|de\s+ce)`,
      example:
        'Vous recevrez nos conclusions dans les cinq jours ouvrés suivant votre mise en situation du 14 septembre.',
    },
    {
      pattern: String.raw`(?:à\s+compter\s+du|à\s+partir\s+du|suivant\s+le|après\s+le|qui\s+suivent\s+le)`,
      example: 'Nous vous communiquerons les résultats dans un délai de 15 jours à compter du 4 janvier.',
    },
    {
      // The event named after the window; a posting's "fermeture" too, Québec's word for its closing ("dans les deux
      // semaines suivant la fermeture de l'affichage, le 10 novembre", round 234c).
      pattern: String.raw`suivant\s+(?:cet|cette|ce)\s+\p{L}+|(?:suivant|après)\s+cette\s+date|(?:à\s+compter|à\s+partir)\s+de\s+(?:cette\s+date|(?:cet|ce|cette)\s+(?:entretien|entrevue|rendez-vous|échange|réunion|comité|jury|session|épreuve|journée|rencontre))|(?:à\s+compter|à\s+partir)\s+de\s+(?:la\s+(?:clôture|fin|date|réunion|session)|l['’](?:entretien|entrevue|annonce|affichage|épreuve))|qui\s+(?:suivent|suivront|suit|suivra)|(?:suivant|après)\s+(?:(?:les|ces|vos)\s+(?:épreuves|entretiens|tests|auditions|sessions|réunions|examens)|l['’]\s*(?:entretien|entrevue)|votre\s+(?:entretien|entrevue)|celui-ci|celle-ci|ce\s+dernier|la\s+fin|la\s+clôture|la\s+fermeture|la\s+date|(?:la|le|cette|ce|votre)\s+(?:session|réunion|journée|épreuve|rencontre|visite|jury|comité|commission|test|délibération))`,
      example: 'nous vous répondrons dans les trois semaines suivant cette date.',
    },
  ],
  backReference: [
    {
      // (and "before" with nothing after it, twin of round 194's "sich nicht vorher … zu melden": "Les entretiens ont
      // lieu jusqu'au 20 novembre. Merci de ne pas nous relancer avant.", "auparavant")
      pattern: String.raw`(?:avant|jusqu'à|jusqu’à)\s+(?:cette|ladite)\s+date|(?:avant|jusqu'à|jusqu’à)\s+ce\s+jour|d'ici\s+là|d’ici\s+là|jusque-là|(?:avant|auparavant)(?=\s*(?:[.;!]|$))`,
      example:
        'Le comité de sélection se réunira le 15 décembre : merci de ne pas nous recontacter avant cette date.',
    },
  ],
  backReferenceAfter: [
    {
      // "after" the end of a period named before (twin of round 191's "bis nach dem Ende der Frist"): "Les
      // candidatures sont ouvertes jusqu'au 4 octobre. Merci de ne nous relancer qu'après la clôture": the 5th.
      pattern: String.raw`après\s+(?:la\s+)?(?:clôture|fin|expiration|échéance|date\s+limite)(?![\p{L}])|après\s+(?:cette|ladite)\s+date(?![\p{L}])|passé\s+(?:ce\s+délai|cette\s+date|la\s+date\s+limite)(?![\p{L}])`,
      example:
        "Les candidatures sont ouvertes jusqu'au 4 octobre. Merci de ne nous relancer qu'après la clôture.",
    },
  ],
  heldToday: {
    thanks: [
      {
        // Thanks for coming (r33's Spanish twin): "Merci d'être venue ce matin", "merci pour votre venue aujourd'hui".
        pattern: String.raw`(?:merci|je\s+vous\s+remercie|nous\s+vous\s+remercions)\s+(?:encore\s+|beaucoup\s+)?(?:d['’]être\s+venu(?:e|s|es)?|d['’]avoir\s+(?:participé|pris\s+part|assisté)\s+à|pour\s+(?:votre|ta|le)\s+(?:venue|visite|passage|temps|participation)|de\s+(?:votre|ta|le)\s+(?:venue|visite|temps|participation))`,
        example: "Merci d'être venue ce matin dans nos locaux de Rennes.",
      },
      {
        pattern: String.raw`merci\s+(?:[\p{L}'’]+\s+){0,3}?(?:pour|de)\s+(?:notre|votre|cet|cette|l['’]|la|le)\s*(?:\p{L}+\s+){0,2}?(?:entretien|échange|entrevue|rencontre|visite|appel)`,
        example: 'Merci pour notre entretien de ce matin.',
      },
      {
        // The formal thanks with a verb: "Je vous remercie pour l'entretien de ce matin à 9h".
        pattern: String.raw`(?:je\s+vous|nous\s+vous|je\s+te)\s+remerci(?:e|ons)\s+(?:encore\s+|vivement\s+|sincèrement\s+|chaleureusement\s+)?(?:pour|de)\s+(?:notre|votre|cet|cette|l['’]|la|le)\s*(?:\p{L}+\s+){0,2}?(?:entretien|échange|entrevue|rencontre|visite|appel)`,
        example: "Je vous remercie vivement pour l'entretien de cet après-midi.",
      },
      {
        // A second object of the thanks: "pour l'intérêt … ainsi que pour notre entretien du 1er décembre" (r43).
        pattern: String.raw`(?:merci|remercie|remercions)\s[^.!?]{0,80}?(?:ainsi\s+que|et)\s+(?:pour|de)\s+(?:notre|votre|cet|cette|l['’]|la|le)\s*(?:\p{L}+\s+){0,2}?(?:entretien|entrevue|rencontre)`,
        example:
          "Nous vous remercions pour l'intérêt que vous portez à notre cabinet ainsi que pour notre entretien du 1er décembre.",
      },
    ],
    today: [
      {
        pattern: String.raw`aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+midi`,
        example: 'Merci encore pour votre venue et pour l’entretien de cet après-midi.',
      },
    ],
  },
  zones: [
    {
      pattern: String.raw`(?:heure\s+de\s+Paris|heure\s+française)`,
      zone: 'Europe/Paris',
      example: "L'entretien aura lieu jeudi à 9h (heure de Paris).",
    },
    {
      pattern: String.raw`(?:UK\s+time|heure\s+(?:de\s+Londres|britannique|anglaise|du\s+Royaume-Uni))`,
      zone: 'Europe/London',
      example: 'Le call avec Sarah (notre CTO, basée à Londres) est calé le jeudi 19/11 à 3 pm UK time.',
    },
    {
      pattern: String.raw`(?:heure\s+de\s+New\s+York|heure\s+de\s+Boston|heure\s+de\s+Miami)`,
      zone: 'America/New_York',
      example:
        "Est-ce que lundi 30 novembre, 2:30 PM (heure de New York), vous conviendrait pour l'entretien ?",
    },
    {
      pattern: String.raw`(?:heure\s+(?:de\s+San\s+Francisco|de\s+Los\s+Angeles|de\s+Vancouver|du\s+Pacifique))`,
      zone: 'America/Los_Angeles',
      example: "L'appel aura lieu jeudi à 9h (heure du Pacifique).",
    },
    {
      // Québec's zone words: heure normale / avancée de l'Est.
      pattern: String.raw`(?:HNE|HAE|heure\s+(?:normale|avancée)\s+de\s+l'Est)`,
      zone: 'America/Toronto',
      example: "L'entrevue virtuelle aura lieu le mercredi 2 décembre à 15 h 00 (HNE).",
    },
    {
      pattern: String.raw`heure\s+(?:de\s+Montréal|du\s+Québec|de\s+l'Est|de\s+Toronto)`,
      zone: 'America/Toronto',
      example: "L'entrevue aura lieu mardi à 10 h (heure de Montréal).",
    },
    {
      pattern: String.raw`heure\s+(?:de\s+Genève|de\s+Zurich|suisse)`,
      zone: 'Europe/Zurich',
      example: 'Entretien le 3 décembre à 14h (heure suisse).',
    },
    {
      pattern: String.raw`heure\s+(?:de\s+Bruxelles|belge)`,
      zone: 'Europe/Brussels',
      example: 'Rendez-vous le 3 décembre à 9h30 (heure de Bruxelles).',
    },
    {
      pattern: String.raw`heure\s+(?:de\s+Casablanca|de\s+Rabat|marocaine|du\s+Maroc)`,
      zone: 'Africa/Casablanca',
      example: 'Entretien visio le 26 novembre à 10h (heure marocaine).',
    },
    {
      pattern: String.raw`heure\s+(?:de\s+Dakar|d'Abidjan|sénégalaise|ivoirienne)`,
      zone: 'Africa/Abidjan',
      example: "L'entretien aura lieu le 24 novembre à 10h (heure de Dakar).",
    },
    {
      pattern: String.raw`heure\s+(?:de\s+Tunis|d'Alger|tunisienne|algérienne)`,
      zone: 'Africa/Algiers',
      example: "Rendez-vous le 24 novembre à 11h (heure d'Alger).",
    },
  ],
};
