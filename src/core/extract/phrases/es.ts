/**
 * Spanish phrase knowledge (issue 13): the same meanings as phrases/en.ts, one phrase a row, each with the line it
 * was taken from. Loaded on demand with chrono-node's Spanish parser (languages/load.ts).
 */
import * as es from 'chrono-node/es';
import { weekdayTwentyFourth } from './weekdayDay';
import { cancelsInterview, readForeign } from '../foreign';
import { type LanguageTables, type SpellingFold, withSpellingFolds } from './language';
import type { PhraseRow } from './rows';

/**
 * Work taken up again, the writer's day back (round 191: "Retomo mis labores el lunes 30 de septiembre"): read as
 * the end of an absence, like "vuelvo" and "me reincorporo".
 */
const RESUME_WORK = String.raw`(?:retomo|retomamos|retomaré|retomaremos|reanudo|reanudamos|reanudaré|reanudaremos)\s+(?:mis|nuestras|las)\s+(?:labores|actividades|funciones|tareas)`;

/** The hours of the spoken clock: "a las diez y media". */
const SPOKEN_HOURS: Readonly<Record<string, number>> = {
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};

/**
 * chrono's Spanish parser with the readings it lacks: "a las 4 de la tarde" is 16:00 (chrono reads 4:00 and
 * "tarde" apart), "(el) día 25" is the next 25th on or after the sent day, and "por la mañana" names no day.
 */
function spanishChrono(): es.Chrono {
  const chrono = es.casual.clone();
  const dayOfMonth: Parameters<typeof chrono.parsers.push>[0]['extract'] = (context, match) => {
    const day = Number(match[1]);
    if (!(day >= 1 && day <= 31)) return null;
    const ref = context.reference.instant;
    const after = day < ref.getDate();
    const month = ((ref.getMonth() + (after ? 1 : 0)) % 12) + 1;
    const year = ref.getFullYear() + (after && month === 1 ? 1 : 0);
    const c = context.createParsingComponents({ day, month });
    c.imply('year', year);
    return c;
  };
  chrono.parsers.push({
    pattern: () => /(?<![\p{L}\d])día\s+(\d{1,2})(?!\d|[:.]\d|\s+de\s+\p{L})/iu,
    extract: dayOfMonth,
  });
  // September abbreviated as "sept." or the Andean "set." ("jue., 13 sept. 2029 · 14:00", a known miss of round 139b;
  // "13 set. 2030"), which chrono's Spanish months lack ("sep." it reads).
  chrono.parsers.push({
    pattern: () =>
      /(?<![\p{L}\d])(\d{1,2})\s+(?:de\s+)?(?:sept|set)\.?(?:\s+(?:de\s+)?(\d{4}))?(?![\p{L}\d])/iu,
    extract: (context, match) => {
      const day = Number(match[1]);
      if (!(day >= 1 && day <= 30)) return null;
      const c = context.createParsingComponents({ day, month: 9 });
      const ref = context.reference.instant;
      if (match[2] !== undefined) c.assign('year', Number(match[2]));
      else c.imply('year', ref.getFullYear() + (ref.getMonth() + 1 > 9 ? 1 : 0));
      return c;
    },
  });
  // "el 19 a las 10": a day number alone before its clock time is that day of the month.
  chrono.parsers.push({
    pattern: () => /(?<![\p{L}\d])el\s+(\d{1,2})(?=\s+a\s+las?\s+\d)/iu,
    extract: dayOfMonth,
  });
  // A clock time with its hour word: "a las 9 horas", "17.30 horas", "12:00 hrs", "15 hs", "10:00 h". chrono reads
  // "9 horas" as nine hours from now (and "12:00 hrs" as "00 hrs", now); with minutes or after "las" it is the clock.
  chrono.parsers.push({
    pattern: () =>
      /(?<![\p{L}\d.:,])(?:(?:a\s+)?(las?)\s+)?(\d{1,2})(?:[:.h](\d{2}))?\s*(?:horas|hrs|hr|hs|h)\.?(?![\p{L}\d])/iu,
    extract: (context, match) => {
      const hour = Number(match[2]);
      const minute = match[3] === undefined ? 0 : Number(match[3]);
      if ((match[1] === undefined && match[3] === undefined) || hour > 23 || minute > 59) return null;
      return context.createParsingComponents({ hour, minute });
    },
  });
  // The spoken clock (round 125): "a las diez y media" (10:30), "a la una y cuarto", "a las once menos cuarto";
  // office hours, so "a las cinco" is 17:00 ("de la tarde" after it changes nothing then).
  chrono.parsers.push({
    pattern: () =>
      /(?<![\p{L}\d])a\s+las?\s+(una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?:\s+(y\s+media|y\s+cuarto|menos\s+cuarto|en\s+punto))?(?![\p{L}\d])/iu,
    extract: (context, match) => {
      const hour = SPOKEN_HOURS[(match[1] ?? '').toLowerCase()];
      if (hour === undefined) return null;
      const part = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const [h, minute] =
        part === 'y media'
          ? [hour, 30]
          : part === 'y cuarto'
            ? [hour, 15]
            : part === 'menos cuarto'
              ? [hour - 1, 45]
              : [hour, 0];
      const h24 = h < 7 ? h + 12 : h;
      return context.createParsingComponents({ hour: h24 % 24, minute });
    },
  });
  chrono.refiners.push({
    refine: (context, results) => {
      for (const r of results) {
        const hour = r.start.get('hour');
        const later = /^\s*de\s+la\s+(?:tarde|noche)(?![\p{L}])/iu.test(
          context.text.slice(r.index + r.text.length, r.index + r.text.length + 20),
        );
        if (later && r.start.isCertain('hour') && hour !== null && hour >= 1 && hour < 12) {
          r.start.assign('hour', hour + 12);
          r.start.assign('meridiem', 1);
        }
      }
      // "pasado mañana": the day after tomorrow, chrono reads its "mañana" alone.
      for (const r of results) {
        const lead = /pasado\s+$/iu.exec(context.text.slice(Math.max(0, r.index - 12), r.index));
        if (!/^mañana/iu.test(r.text) || lead === null || !r.start.isCertain('day')) continue;
        const next = new Date(
          Date.UTC(r.start.get('year') ?? 0, (r.start.get('month') ?? 1) - 1, (r.start.get('day') ?? 1) + 1),
        );
        r.start.assign('year', next.getUTCFullYear());
        r.start.assign('month', next.getUTCMonth() + 1);
        r.start.assign('day', next.getUTCDate());
        r.index -= lead[0].length;
        r.text = `${lead[0]}${r.text}`;
      }
      // "de la mañana", "por la mañana" is the morning, not tomorrow; a count of hours or minutes ("en 2 horas")
      // names no clock time.
      return results.filter(
        (r) =>
          !(/^mañana$/iu.test(r.text) && /(?:de|por)\s+la\s+$/iu.test(context.text.slice(0, r.index))) &&
          !r.tags().has('result/relativeDateAndTime'),
      );
    },
  });
  chrono.parsers.push(
    weekdayTwentyFourth(
      {
        lunes: 1,
        martes: 2,
        miércoles: 3,
        miercoles: 3,
        jueves: 4,
        viernes: 5,
        sábado: 6,
        sabado: 6,
        domingo: 0,
      },
      [
        'enero',
        'febrero',
        'marzo',
        'abril',
        'mayo',
        'junio',
        'julio',
        'agosto',
        'septiembre',
        'setiembre',
        'octubre',
        'noviembre',
        'diciembre',
        'ene',
        'feb',
        'mar',
        'abr',
        'may',
        'jun',
        'jul',
        'ago',
        'sep',
        'sept',
        'set',
        'oct',
        'nov',
        'dic',
      ],
    ),
  );
  return chrono;
}

/** Words of a job's selection itself (fx403): the narrower part of applicationWords, also jobProcess. */
const JOB_PROCESS: readonly PhraseRow[] = [
  {
    // A job application's own words (fx403): "tu postulación", "la vacante", "el puesto", "tu CV".
    pattern: String.raw`candidat\p{L}*|postul\p{L}*|vacantes?|puestos?|procesos?\s+selectivos?|oposici(?:ón|ones)|ofertas?\s+de\s+empleo|selección|reclut\p{L}*|CV|currículum|currículo|hoja\s+de\s+vida|prácticas|pasantía\p{L}*|practicante\p{L}*|becari\p{L}*|cargos?|convocatoria\p{L}*`,
    example: 'Gracias por postularte a la vacante de Analista Contable.',
  },
];

/**
 * Mail typed without its accents ("en un plazo de cinco dias habiles", "la proxima semana", round 325's class): every
 * row's accented vowel also reads plain. The examples keep the spelling they were taken with.
 */
const SPANISH_SPELLINGS: Readonly<Record<string, SpellingFold>> = {
  á: { pattern: '[áa]', key: 'a', withinWord: true },
  é: { pattern: '[ée]', key: 'e', withinWord: true },
  í: { pattern: '[íi]', key: 'i', withinWord: true },
  ó: { pattern: '[óo]', key: 'o', withinWord: true },
  ú: { pattern: '[úu]', key: 'u', withinWord: true },
  Á: { pattern: '[ÁA]', key: 'A', withinWord: true },
  É: { pattern: '[ÉE]', key: 'E', withinWord: true },
  Í: { pattern: '[ÍI]', key: 'I', withinWord: true },
  Ó: { pattern: '[ÓO]', key: 'O', withinWord: true },
  Ú: { pattern: '[ÚU]', key: 'U', withinWord: true },
};

export const ES: LanguageTables = withSpellingFolds(
  {
    code: 'es',
    read: readForeign,
    cancels: cancelsInterview,
    chrono: spanishChrono(),
    numbers: {
      un: 1,
      una: 1,
      uno: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      diez: 10,
      quince: 15,
      veinte: 20,
      treinta: 30,
    },
    months: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      setiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
      // The abbreviations ATS templates write ("jue., 13 sept. 2029", twin of round 139's "13. Sep. 2029").
      ene: 1,
      feb: 2,
      abr: 4,
      jun: 6,
      jul: 7,
      sept: 9,
      // (and "sep.", the Andean "set.", read by spanishChrono's September parser: "10 set. 2030")
      sep: 9,
      set: 9,
      oct: 10,
      nov: 11,
      dic: 12,
    },
    dayWords: [
      {
        pattern: String.raw`(?:hoy|mañana|pasado\s+mañana)`,
        example: 'Le espero mañana a las 10:00 para la entrevista.',
      },
      {
        pattern: String.raw`(?:el\s+)?día\s+\d{1,2}`,
        example: 'estoy de viaje por trabajo hasta el día 25.',
      },
      {
        pattern: String.raw`el\s+\d{1,2}\s+a\s+las?`,
        example: 'La entrevista será el 19 a las 10.',
      },
    ],
    approximate: [
      {
        pattern: String.raw`alrededor\s+de|cerca\s+de|unos|unas|aproximadamente|aproximada|aprox\.|más\s+o\s+menos`,
        example: 'El proceso de revisión suele llevarnos alrededor de una semana.',
      },
    ],
    windowLeads: [
      {
        // A process's duration (round 139b): "tiene una duración aproximada de tres semanas".
        pattern: String.raw`duración\s+(?:aproximada\s+|estimada\s+|media\s+|máxima\s+)?de(?:\s+(?:unos|unas|aproximadamente|hasta))?`,
        example: 'El proceso de selección tiene una duración aproximada de tres semanas.',
      },
      {
        // The time the employer gives itself: "dispondremos de diez días hábiles para comunicar los resultados"
        // (round 96; twins "nous disposerons de dix jours ouvrés", "haben wir zehn Werktage Zeit").
        pattern: String.raw`(?:dispondremos|disponemos|dispondrá|dispondrán|dispone|disponen)\s+de(?:\s+(?:un\s+máximo\s+de|hasta))?`,
        example: 'Dispondremos de diez días hábiles para comunicar los resultados.',
      },
      {
        pattern: String.raw`en\s+(?:los|las)`,
        example: 'comunicaremos los resultados en las dos semanas siguientes a esa fecha.',
      },
      {
        // (and "durante los/las … siguientes", round 174b: "Durante los quince días calendario siguientes publicaremos …")
        pattern: String.raw`durante\s+(?:los|las)`,
        example: 'Durante los quince días naturales siguientes publicaremos la lista de admitidos.',
      },
      {
        pattern: String.raw`(?:unos|unas|aproximadamente|al\s+menos|como\s+mínimo|mínimo)`,
        example: 'El proceso de selección suele durar unas tres semanas.',
      },
      {
        pattern: String.raw`dentro\s+de(?:\s+los\s+próximos|\s+las\s+próximas|\s+los|\s+las)?`,
        example: 'Le daremos una respuesta dentro de los próximos diez días.',
      },
      {
        pattern: String.raw`en\s+(?:un|el)\s+(?:plazo|lapso|período|periodo|término)\s+(?:(?:máximo|aproximado)\s+de|de|no\s+(?:mayor|superior)\s+a)(?:\s+entre)?`,
        example: 'Tendrá una respuesta en un plazo de dos semanas.',
      },
      {
        pattern: String.raw`(?:entre|en\s+el\s+transcurso\s+de\s+(?:los\s+próximos|las\s+próximas))`,
        example: 'Te daremos una respuesta en un plazo de entre 5 y 7 días hábiles.',
      },
      {
        pattern: String.raw`(?:en|durante)\s+(?:los\s+próximos|las\s+próximas)`,
        example: 'Le contactaremos en los próximos 10 días.',
      },
      {
        pattern: String.raw`en\s+(?:unos|unas|aproximadamente)`,
        example: 'Le responderemos en unos diez días.',
      },
      {
        pattern: String.raw`en\s+un\s+máximo\s+de`,
        example: 'te daremos respuesta en un máximo de dos días hábiles.',
      },
      {
        pattern: String.raw`(?:alrededor|cerca)\s+de`,
        example: 'El proceso de revisión suele llevarnos alrededor de una semana.',
      },
      {
        pattern: String.raw`(?:un\s+)?margen\s+de`,
        example: 'Danos un margen de diez días antes de preguntar por tu candidatura.',
      },
      {
        pattern: String.raw`(?:como\s+máximo|hasta)`,
        example: 'tardaremos como máximo una semana en darte respuesta.',
      },
      {
        // A bare "en" before a count: "te respondemos en 15 días", "en dos semanas".
        pattern: String.raw`en`,
        example: 'Tendrás una respuesta en dos semanas.',
      },
      {
        pattern: String.raw`(?:dame|danos|deme|denos)`,
        example: 'Dame 48 horitas y te confirmo si pasas a la siguiente etapa.',
      },
      {
        pattern: String.raw`durante\s+(?:los\s+próximos|las\s+próximas)`,
        example: 'te pedimos que no envíes seguimientos durante las próximas dos semanas.',
      },
      {
        // A window with its latest day before the count: "a más tardar tres semanas después de esa fecha".
        pattern: String.raw`(?:a\s+más\s+tardar|como\s+máximo)`,
        example: 'Le responderemos a más tardar tres semanas después de esa fecha.',
      },
      {
        // A span the writer reckons with: "calculamos una semana para comunicar la decisión".
        pattern: String.raw`(?:calculamos|estimamos|prevemos|contamos\s+con)`,
        example: 'A partir de ahí, calculamos una semana para comunicar la decisión.',
      },
    ],
    spans: [
      {
        // "dentro del mes siguiente a esa fecha": a month, counted from the day named before.
        pattern: String.raw`dentro\s+del\s+mes`,
        amount: 1,
        unit: 'month',
        example: 'El proceso cierra el 15 de enero y dentro del mes siguiente te daremos una respuesta.',
      },
      {
        pattern: String.raw`(?:en|dentro\s+de)\s+una\s+quincena`,
        amount: 15,
        unit: 'day',
        example: 'Te daremos una respuesta en una quincena.',
      },
    ],
    notTheCandidate: [
      {
        // The reader as the manager a new hire joins (round 319's twin): "tu nueva compañera empieza el lunes"; an
        // employee leaving, told of their final papers: "tu finiquito y el certificado de empresa".
        pattern: String.raw`finiquito|paz\s+y\s+salvo|certificado\s+de\s+empresa|(?:tu|su)\s+liquidación|(?:tu|su)\s+(?:nueva|nuevo)\s+(?:compañera|compañero|colaboradora|colaborador|incorporación)(?![\p{L}])`,
        example: 'Tu nuevo colaborador empieza el lunes a las 9:00; prepárale el equipo.',
      },
      {
        // The reader as an employer who would interview an agency's temps (round 323c's twin): "le llamaré el martes 8 a
        // las 10:00 para … organizar entrevistas con nuestros trabajadores temporales".
        pattern: String.raw`entrevistas?\s+con\s+(?:nuestros|nuestras|mis)\s+(?:\p{L}+\s+)?(?:trabajador(?:es|as)\s+(?:temporales|en\s+misión)|temporales)`,
        example:
          'El martes a las 10:00 le llamo para organizar entrevistas con nuestros trabajadores temporales.',
      },
      {
        // The reader as the interviewer, sent the schedule of interviews to hold (fx418, round 318b): "Te comparto la agenda
        // de entrevistas para la vacante … Por favor llena el formato de evaluación al terminar cada entrevista".
        pattern: String.raw`(?:te|le|les|os)\s+(?:comparto|compartimos|envío|enviamos|paso|pasamos|adjunto|adjuntamos|mando|mandamos)\s+(?:la|el)\s+(?:agenda|calendario|cronograma|programa|horario)\s+de\s+(?:las\s+|los\s+)?entrevistas|formato\s+de\s+evaluación|(?:al\s+terminar|después\s+de|tras)\s+cada\s+entrevista`,
        example:
          'Le envío el calendario de entrevistas del martes; al terminar cada entrevista, complete la ficha.',
      },
      {
        // The reader as an employer an agency sells to (fx418, round 317c's twin): "sus necesidades de personal para la
        // temporada". Not "nuestra bolsa de candidatos", where an employer keeps a candidate too.
        pattern: String.raw`(?:sus|tus)\s+necesidades\s+de\s+(?:personal|contratación|reclutamiento|selección)|nuestras\s+soluciones\s+de\s+(?:reclutamiento|selección|personal|trabajo\s+temporal)`,
        example: 'Le propongo una llamada el jueves a las 11:00 para hablar de sus necesidades de personal.',
      },
      {
        // The reader as the interviewer, sent a third person's papers and the guide for the talk (fx418, round 317's
        // twin): "te adjunto el CV del Sr. Rivas para la entrevista del lunes y la guía de entrevista".
        pattern: String.raw`(?:CV|currículum|hoja\s+de\s+vida|postulación|candidatura)\s+(?:de\s+la\s+señora|del\s+señor|de\s+la\s+Sra\.|del\s+Sr\.|de\s+la\s+candidata|del\s+candidato)(?![\p{L}])|guía\s+de\s+entrevista|pauta\s+de\s+entrevista`,
        example: 'Te adjunto el CV del Sr. Rivas para la entrevista del lunes a las 9:00.',
      },
      {
        // The reader as a seller, a buyer at the door (fx418, round 316b): "¿Sigue disponible el coche? … podría pasar a
        // verlo el sábado 11 de marzo a las 10:00", "su anuncio".
        pattern: String.raw`(?:tu|su)\s+anuncio|sigue\s+disponible\s+(?:el|la|los|las|este|esta)\s|pasar\s+a\s+(?:verlo|verla|verlos|verlas|probarlo|probarla|recogerlo|recogerla|buscarlo|buscarla)`,
        example: '¿Sigue disponible la bici? Podría pasar a verla el sábado a las 10.',
      },
      {
        // A company presenting itself to the reader's students or staff (fx418, round 316b): "nos encantaría presentarlo
        // a los estudiantes de la Facultad … agendar una reunión con usted el jueves 9 de marzo a las 11:00".
        pattern: String.raw`present(?:ar|arlo|arla|arlos|arles)\s+a\s+(?:los|las|sus|tus)\s+(?:estudiantes|alumn[oa]s|egresad[oa]s)|(?:sus|tus)\s+(?:estudiantes|alumn[oa]s|egresad[oa]s)(?![\p{L}])`,
        example: 'Queremos presentar nuestro programa de prácticas a sus estudiantes el jueves a las 11:00.',
      },
      {
        // The writer invited, the reader a friend (round 311's twin): "¡me llamaron para una entrevista en Bimbo el
        // jueves!".
        // (and the friend's own news, an interview at a company: "¡Por fin conseguí una entrevista en Falabella!",
        // twin of round 327c's "Je passe mon entrevue chez Desjardins")
        pattern: String.raw`me\s+(?:invitaron|llamaron|citaron|convocaron|han\s+invitado|han\s+citado|han\s+llamado|han\s+convocado)\s+(?:\p{L}+\s+){0,3}?(?:a|para)\s+(?:una|la|otra|su)\s+(?:\p{L}+\s+)?entrevista|(?:conseguí|tengo|tendré|me\s+dieron)\s+(?:una|mi)\s+(?:\p{L}+\s+)?entrevista\s+(?:de\s+trabajo\s+)?en(?=\s+[^\d\s])`,
        example: '¡Me llamaron para una entrevista en Bimbo el jueves a las 10!',
      },
      {
        // An agency offering the reader, an employer, candidates (round 311b): "¿Le parece si agendamos una llamada el
        // jueves 13 de marzo a las 10:00 para presentarle los perfiles?".
        // (and round 326b: "Contamos con candidatos preseleccionados y evaluados, listos para entrevistarse con usted …
        // para presentarle nuestra propuesta de reclutamiento")
        pattern: String.raw`contamos\s+con\s+(?:\p{L}+\s+){0,2}?(?:candidatos|candidatas|perfiles|postulantes)\s+(?:preseleccionad\p{L}*|evaluad\p{L}*|disponibles|listos|listas)|listos\s+para\s+entrevistarse\s+con\s+(?:usted|ustedes)|propuesta\s+de\s+(?:reclutamiento|selección\s+de\s+personal)|presentarle\s+(?:[\p{L}-]+\s+){0,3}?(?:perfiles|candidatos|candidatas|técnicos|profesionales|terna|short-?list)|disponibles\s+para\s+(?:incorporarse\s+(?:a|en)\s+)?su\s+(?:empresa|planta|equipo|obra|negocio|almacén|tienda)`,
        example:
          'Tenemos tres operarios con experiencia y podemos presentarle los perfiles el martes a las 9.',
      },
      {
        // The reader named as a referee (round 308b's twin): "Andrés Pérez nos ha indicado su nombre como referencia…",
        // "la ha indicado como referencia".
        pattern: String.raw`(?:le|te|la|lo|nos)\s+(?:(?:(?:ha|han)\s+(?:indicado|mencionado|señalado|dado|facilitado|incluido|nombrado|propuesto))|indicó|indicaron|mencionó|mencionaron|señaló|dio|facilitó|incluyó|nombró|propuso|puso)\s+(?:a\s+(?:usted|ti|vos)\s+)?(?:(?:su|tu)\s+(?:nombre|contacto)\s+)?como\s+(?:referencia|contacto\s+de\s+referencia)`,
        example: 'Andrés Pérez la ha indicado como referencia. ¿Podríamos llamarla el jueves a las 10:00?',
      },
      {
        // The reader as the interviewer or on the panel (round 308b): "Le comparto la agenda de entrevistas que usted
        // realizará el jueves 21 de noviembre".
        pattern: String.raw`entrevistas\s+que\s+(?:usted|tú|vos)\s+(?:realizará|realizarás|hará|harás|conducirá|conducirás|tomará|tomarás)|(?:formar|formará|formarás|formarán)\s+parte\s+(?:del|de\s+la)\s+(?:tribunal|comité|comisión|panel)\s+(?:de\s+)?(?:selección|evaluación|entrevistas?)`,
        example: 'Le comparto la agenda de entrevistas que usted realizará el jueves en la sala de juntas.',
      },
      {
        // A recruiter's own candidate, named to the reader, the hiring manager (round 313b): "el candidato para Jefe de
        // Almacén, Luis Ortega, estará en tu oficina", "nuestra candidata".
        pattern: String.raw`(?:nuestro|nuestra|nuestros|nuestras)\s+(?:candidat[oa]s?|finalistas?)(?![\p{L}])|(?:el|la)\s+candidat[oa]\s+(?:para|al\s+(?:puesto|cargo)\s+de)\s+[^,.;:\n]{2,60},\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+,`,
        example: 'La candidata para Compras, Elena Ruiz, pasará por tu oficina el lunes a las 10:00.',
      },
      {
        // The reader told of the interview it holds with a candidate, or put on the panel (round 328b, 330b; the twins
        // of en.ts's hiring-side rows): "Tienes una entrevista programada con el candidato Jorge Ramírez", "Te he
        // añadido al panel de entrevistas del candidato", "en calidad de vocal del tribunal".
        pattern: String.raw`(?:entrevista|reunión|llamada|videollamada)\s+(?:\p{L}+\s+){0,2}?con\s+(?:el|la)\s+(?:candidato|candidata|postulante|aspirante)(?![\p{L}])|(?:(?:te|le|la|lo)\s+(?:agregué|añadí|sumé|incluí|agregamos|añadimos|sumamos|incluimos)|añadid[oa]|agregad[oa]|incluid[oa]|sumad[oa])\s+(?:\p{L}+\s+){0,2}?al\s+(?:panel|comité|jurado)(?![\p{L}])|(?:en\s+calidad\s+de|como)\s+(?:miembro|vocal|presidente|presidenta|secretari[oa])\s+(?:titular\s+|suplente\s+)?del\s+(?:tribunal|jurado|panel|comité\s+de\s+selección)(?![\p{L}])`,
        example: 'Te agregué al panel de entrevistas del jueves a las 10:00 con la candidata para Finanzas.',
      },
      {
        // The reader assigned as the interviewer by an applicant tracking system (round 315b): "Te asignaron como
        // entrevistador en el proceso de Ejecutiva de Cuentas Clave".
        pattern: String.raw`(?:te|le|lo|la)\s+(?:asignaron|asignamos|han\s+asignado|hemos\s+asignado|designaron|designamos)\s+como\s+(?:entrevistador(?:a)?|evaluador(?:a)?|jurado|panelista)|(?:asignad[oa]|designad[oa])\s+como\s+(?:entrevistador(?:a)?|evaluador(?:a)?)`,
        example: 'Te asignaron como entrevistadora para la vacante de Analista Contable.',
      },
    ],
    applicationWords: [
      ...JOB_PROCESS,
      {
        pattern: String.raw`entrevistas?|empleos?|RRHH|RR\.\s?HH|recursos\s+humanos|talento\p{L}*|Talent|People|Gestión\s+Humana|Capital\s+Humano|ofertas?|propuestas?|contrataci\p{L}*|contrat\p{L}*|incorpor\p{L}*|formes\s+parte|te\s+sumes|prueba\s+técnica|proceso|comité|decisión`,
        example: 'Te enviamos la propuesta económica el lunes.',
      },
      {
        // Working for the sender, in a clinic's or a shop's mail that names no job's word (fx410): "tus ganas de sumarte al
        // equipo de la clínica".
        pattern: String.raw`(?:sumarte|sumarse|unirte|unirse|incorporarte|incorporarse)\s+(?:a\s+nuestro|al)\s+equipo|trabajar\s+con\s+nosotros|formar\s+parte\s+(?:de\s+nuestro|del)\s+equipo`,
        example: 'Gracias por tus ganas de sumarte al equipo de la clínica.',
      },
    ],
    otherRelations: [
      {
        // The reader as a customer who asked for a quote or wrote through a contact form (fx418, round 316's twin): "le
        // enviaremos su presupuesto en cinco días hábiles". Not "el presupuesto" alone, a search's budget too ("el cliente
        // pausó la búsqueda hasta que cierre el presupuesto", round 46).
        pattern: String.raw`(?:su|tu)\s+presupuesto|(?:solicitud|pedido)\s+de\s+presupuesto|presupuesto\s+sin\s+compromiso|formulario\s+de\s+contacto`,
        example: 'Gracias por escribirnos; le enviaremos su presupuesto antes del viernes.',
      },
      {
        // An appointment named by what it is for, in a mail that names no job's word (fx418): "su cita para la renovación
        // del DNI", "turno para la instalación de la fibra". A job's appointment in such a mail is a talk ("cita para una
        // charla"), which stays the reader's.
        pattern: String.raw`(?:cita|turno)\s+para\s+(?:la|el|las|los|su|tu|una|un)\s+(?!(?:\p{L}+\s+){0,2}?(?:entrevistas?|charla|conversación|llamada|videollamada|reunión|prueba|dinámica|conocerte|conocernos)(?![\p{L}]))(?!(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|mañana|tarde|día|fecha|hora)(?![\p{L}]))\p{L}{4,}`,
        example: 'Le confirmamos su cita para la renovación del DNI el martes 3 de junio a las 10:00.',
      },
      {
        // The reader greeted as a customer, a patient, a parent, a member, a tenant or a colleague (fx403): "Estimado
        // cliente:", "Estimadas familias:", "Hola a todos:".
        pattern: String.raw`(?:Estimad[oa]s?|Querid[oa]s?|Apreciad[oa]s?)\s+(?:client[ea]s?|pacientes?|soci[oa]s?|usuari[oa]s?|familias|padres|colegas|compañer[oa]s|vecin[oa]s|inquilin[oa]s|afiliad[oa]s?|alumn[oa]s|estudiantes|asegurad[oa]s?)(?![\p{L}])|Hola\s+(?:equipo|a\s+todos|a\s+todas|chicos|chicas|gente)`,
        example: 'Estimado cliente: su pedido sale hoy.',
      },
      {
        // A customer's or patient's account: "número de pedido", "su póliza", "su factura".
        // (and a journey's ticket, round 324c's twin: "Coche 5, plaza 8A", "Localizador")
        pattern: String.raw`localizador|tarjeta\s+de\s+embarque|coche\s+\d{1,2},\s+plaza|número\s+de\s+(?:cliente|socio|pedido|póliza|expediente|afiliado)|área\s+de\s+clientes|pedido|envío\s+n\p{L}*|factura|póliza|paquete|repartidor|afiliad[oa]s?|donar\s+sangre|donación\s+de\s+sangre|donante`,
        example: 'Su pedido llegará el martes entre las 9 y las 14.',
      },
      {
        // A practice, a garage, a flat, a school, an office of the state (rounds 302–309b); a practice's appointment card,
        // by its fields for the practitioner or the treatment (round 323b: "Te recordamos tu cita:\n\nEspecialista: Dra.
        // Mariana Quiroz (Ortodoncia)"). Not a practice's name, which signs a job's mail too ("Consultorio Dental Sonríe").
        pattern: String.raw`cita\s+con\s+(?:el|la|su|tu)\s+(?:doctor|doctora|Dr|Dra|médico|médica|dentista|odontólog\p{L}*|traumatólog\p{L}*|pediatra|veterinari\p{L}*)|(?:Especialista|Tratamiento|Odontólog[oa]|Paciente)\s?:|vacuna\p{L}*|vehículo|matrícula|placa|ITV|revisión\s+técnica|neumáticos|inmueble|visita\s+al\s+(?:piso|departamento|inmueble)|guardería|jardín\s+(?:de\s+infantes|infantil)|alumn[oa]s?|tutoría|examen\s+(?:final|parcial)|parciales|tesis|reserva`,
        example: 'Le recordamos su cita con la dentista el lunes a las 17:30.',
      },
      {
        // The reader as an employee, or a bank's or an adviser's customer: "tu evaluación de desempeño", "su asesor".
        pattern: String.raw`evaluación\s+de\s+desempeño|reconocimiento\s+médico|liquidación\s+de\s+sueldos|nómina|capacitación|(?:su|tu)\s+asesor(?:a)?`,
        example: 'Tu evaluación de desempeño será el jueves a las 10.',
      },
      {
        // A notary's or an estate agent's client, a landlord's (rounds 313b, 314b): "La firma de la escritura de compraventa
        // … en la Notaría", "la dueña del depto … Vi tu mensaje en Zonaprop … podemos hacer la visita".
        pattern: String.raw`notarí\p{L}*|notari[oa]s?|escritura\s+de\s+\p{L}+|compraventa|inmobiliaria|dueñ[oa]\s+del\s+(?:depto|departamento|piso|inmueble|local)|depto|Zonaprop|Idealista|Fotocasa|Argenprop|Portal\s+Inmobiliario|Metrocuadrado|Inmuebles24`,
        example: 'La firma en la notaría quedó para el viernes 14 a las 12:00.',
      },
    ],
    casedOtherRelations: [
      {
        // The reader greeted by a role in lower case, no name (fx418): "Estimado usuario:", "Estimada propietaria:",
        // "Querido donante,". A name or a title takes a capital ("Estimado Ulises", "Estimada Sra. Ruiz"), a candidate is
        // one.
        pattern: String.raw`(?:Estimad[oa]s?|Querid[oa]s?|Apreciad[oa]s?|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?)(?:/[oa]s?)?\s+(?!(?:señor|señora|señorita|señores|señoras|don|doña|amig[oa]s?|candidat[oa]s?|postulantes?|aspirantes?|doctor|doctora|licenciad[oa]|ingenier[oa]|profesor|profesora|maestr[oa])(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,}(?:/[oa]s?)?(?:\s+(?:y|e|o|u)\s+\p{Ll}[\p{Ll}-]{2,})?[ \t]*[,:!]`,
        example: 'Estimada propietaria:\n\nsu cita es el martes 3 de junio a las 10:00.',
      },
    ],
    otherApplications: [
      {
        // A child's place at a daycare (twin of round 326c's "une place … de notre CPE … entrevue d'accueil": "se liberó
        // un cupo en la sala cuna"). The child's place, not a nursery alone: an educadora applies to one.
        pattern: String.raw`(?:cupo|plaza|lugar)\s+(?:\p{L}+\s+){0,3}?(?:en|para)\s+(?:la\s+|el\s+|nuestra\s+|nuestro\s+)?(?:guardería|sala\s+cuna|jardín\s+infantil|jardín\s+de\s+infantes|jardín\s+maternal|escuela\s+infantil)`,
        example:
          'Se liberó un cupo en la sala cuna del jardín infantil: los esperamos con Tomás el miércoles 28 a las 16:30.',
      },
      {
        // A language certificate's exam (round 324b): "su prueba oral del examen C1 Advanced tendrá lugar el sábado 16 …
        // Los resultados se publicarán en un plazo de cuatro semanas."
        pattern: String.raw`(?:C1|C2|B1|B2)\s+(?:Advanced|Proficiency|First)|Cambridge\s+English|DELE|SIELE|IELTS|TOEFL|examen\s+oficial\s+de\s+\p{L}+`,
        example: 'Su examen oral del DELE B2 será el sábado 16 a las 10:00 en nuestro centro examinador.',
      },
      {
        // An animal adopted from a shelter (fx418, round 316's twin): "su solicitud de adopción de Toby".
        pattern: String.raw`adopci\p{L}*|adoptar|protectora|refugio|albergue`,
        example: 'Le esperamos en el refugio el sábado a las 11:00 para conocer a Toby antes de la adopción.',
      },
      {
        // A flat, a visa, a loan, a grant applied for (round 311c's twin): "su cita para la solicitud de visado", "la
        // visita al departamento con los posibles inquilinos".
        pattern: String.raw`solicitud\s+de\s+(?:visa|visado|alquiler|arriendo|crédito|préstamo|hipoteca|beca|admisión|residencia)|visa|visado|consulado|embajada|contrato\s+de\s+(?:alquiler|arriendo)|inquilin\p{L}*|arrendatari\p{L}*|garante|fiador\p{L}*|préstamo|hipoteca|beca|residencia\s+temporal`,
        example: 'Su cita en el consulado para la solicitud de visado es el lunes 24 a las 9:15.',
      },
      {
        // A place at a university applied for (round 313b's twin): "la entrevista de admisión a la maestría".
        pattern: String.raw`(?:entrevista|proceso|examen|solicitud)\s+de\s+admisi[oó]n|maestría|máster\s+(?:en|universitario)|doctorado|posgrado|pregrado|licenciatura\s+en`,
        example: 'Te esperamos en la entrevista de admisión a la maestría el lunes a las 9:00.',
      },
    ],
    otherInterviews: [
      {
        // The reader's own review as an employee, named anywhere in the message (round 325b: "el proceso de Evaluación de
        // Desempeño 2042 se encuentra abierto. Tu reunión de retroalimentación con tu jefatura directa … quedó agendada").
        pattern: String.raw`(?:evaluación|evaluaciones|revisión|reunión|entrevista)\s+(?:anual\s+)?de\s+(?:desempeño|rendimiento)|retroalimentación\s+con\s+(?:tu|su)\s+(?:jefatura|jefe|jefa|supervisor|supervisora|líder)|autoevaluación`,
        example:
          'El proceso de Evaluación de Desempeño está abierto: tu reunión con tu jefatura quedó agendada para el martes 17 a las 15:30.',
      },
      {
        // A trial session of a club, a gym or a school, a placement test (fx418, round 316b): "Tu prueba de nivel de inglés
        // será el jueves 9 de marzo a las 18:00". A job's trial day is "jornada de prueba" or "día de prueba".
        pattern: String.raw`(?:prueba|examen|test)\s+de\s+(?:nivel|nivelación|ubicación|clasificación)|clases?\s+(?:de\s+prueba|muestra|gratuita|de\s+cortesía)|entrenamiento\s+de\s+prueba|sesión\s+de\s+prueba\s+(?:gratuita|de\s+\p{L}+)`,
        example: 'Tu clase de prueba de salsa es el martes a las 19:00.',
      },
      {
        // The press's interview with the reader as an expert (round 310b): "Solicitud de entrevista – Radio Castilla …
        // una entrevista telefónica en directo".
        pattern: String.raw`periodista|programa\s+(?:de\s+radio|de\s+televisión)|en\s+directo|en\s+vivo|podcast|reportaje`,
        example: 'Soy periodista del diario La Voz y quisiera entrevistarle el lunes.',
      },
      {
        // A survey's interview, a choir's audition, a court's hearing (round 310b): "la Encuesta de Población Activa …
        // una entrevistadora del INE", "citación … en calidad de testigo … Juzgado".
        pattern: String.raw`encuesta|encuestador\p{L}*|entrevistador(?:a)?\s+del|Instituto\s+Nacional\s+de\s+Estadística|INEGI|DANE|estudio\s+de\s+mercado|coro|orquesta|testigo|audiencia|juzgado|tribunal(?!\s+(?:calificador|de\s+selección|del\s+proceso))|citación\s+judicial`,
        example: 'Se le cita como testigo a la audiencia del 3 de junio a las 9:00.',
      },
      {
        // A casting or a show's audition (round 313b): "¡Pasaste la primera etapa del casting de «Cocineros de Barrio»! Te
        // esperamos en la prueba de cámara".
        pattern: String.raw`casting|prueba\s+de\s+cámara|audición|audiciones|concursantes?|reality`,
        example: 'Quedaste seleccionada para el casting del programa: te esperamos el sábado a las 11:00.',
      },
    ],
    jobProcess: JOB_PROCESS,
    ownSlot: [
      {
        // (and "usted … tiene asignada su entrevista el martes 6 de marzo de 2035 a las 11:20" under the turns of all,
        // round 317b)
        // The reader's slot among the days for all (round 315b): "calendario de entrevistas: – Aspirantes n.º 1 a 40: lunes
        // 14 … Usted figura con el número 57 de la lista, por lo que queda convocada el martes 15 … a las 11:20 horas".
        pattern: String.raw`(?:queda|quedas|queda\s+usted|quedará|quedarás)\s+(?:convocad[oa]|citad[oa])|(?:le|te)\s+corresponde\s+(?:el\s+turno\s+)?|(?:su|tu)\s+(?:turno|horario)\s+(?:asignado\s+)?(?:es|será)|(?:tiene|tienes)\s+(?:asignad[oa]|reservad[oa]|programad[oa])\s+(?:su|tu|la|el)\s+(?:entrevista|turno|cita|horario|prueba)`,
        example: 'Por su número de lista, queda convocado el jueves 12 a las 9:40.',
      },
    ],
    // The job itself, no "candidatura" or selection a university also holds (fx410).
    jobItself: [
      {
        pattern: String.raw`vacantes?|puestos?|ofertas?\s+de\s+empleo|reclut\p{L}*|prácticas|pasantía\p{L}*|practicante\p{L}*|becari\p{L}*|cargos?`,
        example: 'Gracias por postularte al puesto de cajero.',
      },
    ],
    notCountedFrom: [
      {
        // A job's start or the office's closing named before "una semana más tarde" (fx401): the window counts from the
        // day of writing. "El puesto empieza el 1 de diciembre. Te respondemos una semana más tarde."
        pattern: String.raw`(?:puesto|trabajo|contrato|empleo)\s+(?:\p{L}+\s+){0,3}?(?:empieza|comienza|inicia|arranca)|fecha\s+de\s+(?:inicio|incorporación)|incorporación|primer\s+día|cerrad[oa]s?|vacaciones`,
        example: 'El puesto empieza el 1 de diciembre.',
      },
    ],
    windowAfter: [
      {
        // "una semana más tarde" after a day named before (round 303's twin): "Su entrevista será el 15 de abril.
        // Recibirá una respuesta una semana más tarde." ("después de …" names its own event and keeps its lead).
        pattern: String.raw`(?:más\s+tarde|después(?!\s+(?:de|del)(?![\p{L}])))`,
        example: 'El comité se reúne el 3 de marzo. Le daremos una respuesta dos semanas más tarde.',
      },
    ],
    units: [
      {
        // Calendar days are days: "en un plazo de diez días naturales".
        pattern: String.raw`días?\s+(?:naturales|corridos|calendario)`,
        unit: 'day',
        example: 'en un plazo de diez días naturales',
      },
      {
        pattern: String.raw`días?\s+(?:hábiles|laborables)`,
        unit: 'business-day',
        example: 'en un plazo de 5 días hábiles',
      },
      { pattern: String.raw`días?`, unit: 'day', example: 'dentro de los próximos diez días' },
      { pattern: String.raw`(?:horas?|horitas)`, unit: 'hour', example: 'Dame 48 horitas y te confirmo.' },
      { pattern: String.raw`semanas?`, unit: 'week', example: 'en un plazo de dos semanas' },
      { pattern: String.raw`mes(?:es)?`, unit: 'month', example: 'en un plazo de un mes' },
    ],
    periods: [
      {
        // The weekday after the day named before (round 242: "Él tiene hasta el viernes 23 de marzo para darnos su
        // concepto, y nosotros te avisamos el lunes siguiente"): the first such weekday after that day, one row a weekday.
        pattern: String.raw`(?:el|al)\s+lunes\s+(?:siguiente|posterior)`,
        period: 'weekday-after',
        weekday: 1,
        fromEvent: true,
        example: 'El comité se reúne el jueves 9 y te escribimos el lunes siguiente.',
      },
      {
        pattern: String.raw`(?:el|al)\s+martes\s+(?:siguiente|posterior)`,
        period: 'weekday-after',
        weekday: 2,
        fromEvent: true,
        example: 'El comité se reúne el jueves 9 y te escribimos el martes siguiente.',
      },
      {
        pattern: String.raw`(?:el|al)\s+mi[ée]rcoles\s+(?:siguiente|posterior)`,
        period: 'weekday-after',
        weekday: 3,
        fromEvent: true,
        example: 'El comité se reúne el jueves 9 y te escribimos el miércoles siguiente.',
      },
      {
        pattern: String.raw`(?:el|al)\s+jueves\s+(?:siguiente|posterior)`,
        period: 'weekday-after',
        weekday: 4,
        fromEvent: true,
        example: 'El comité se reúne el jueves 9 y te escribimos el jueves siguiente.',
      },
      {
        pattern: String.raw`(?:el|al)\s+viernes\s+(?:siguiente|posterior)`,
        period: 'weekday-after',
        weekday: 5,
        fromEvent: true,
        example: 'El comité se reúne el jueves 9 y te escribimos el viernes siguiente.',
      },
      {
        // The week after the day named before: "el cierre está previsto para el viernes 16 de abril; dentro de la
        // semana siguiente nos comunicaremos con usted" (the French "dans la semaine qui suit", round 87).
        pattern: String.raw`(?:dentro\s+de|durante|en|a\s+lo\s+largo\s+de)\s+la\s+semana\s+(?:siguiente|posterior)`,
        period: 'next-week',
        fromEvent: true,
        example:
          'La convocatoria cierra el 16 de abril y durante la semana siguiente le daremos una respuesta.',
      },
      {
        // The day after the day named before: "el comité se reúne el jueves 11 de marzo. Al día siguiente te
        // comunicaremos el resultado" (round 84).
        pattern: String.raw`(?:al|el)\s+día\s+siguiente`,
        period: 'next-day',
        fromEvent: true,
        example: 'El comité se reúne el jueves 11 de marzo. Al día siguiente te comunicaremos el resultado.',
      },
      {
        pattern: String.raw`antes\s+de\s+(?:las\s+fiestas\s+de\s+)?Navidad`,
        period: 'before-christmas',
        example: 'Esperamos darle una respuesta antes de Navidad.',
      },
      {
        // (twin of round 174c's "avant la Toussaint": Spain's 1 November)
        pattern: String.raw`antes\s+(?:de\s+(?:el\s+)?(?:puente\s+de\s+)?|del\s+(?:puente\s+de\s+)?)Todos\s+los\s+Santos`,
        period: 'before-all-saints',
        example: 'Te daremos una respuesta antes del puente de Todos los Santos.',
      },
      {
        pattern: String.raw`(?:el\s+)?(?:final|fin|finales)\s+de(?:l)?\s+(?:este\s+)?mes`,
        period: 'end-of-month',
        example: 'Le informaremos de nuestra decisión antes de final de mes.',
      },
      {
        pattern: String.raw`antes\s+de\s+que\s+(?:termine|acabe|finalice)\s+el\s+mes`,
        period: 'end-of-month',
        example: 'Vamos a tener una respuesta antes de que termine el mes.',
      },
      {
        pattern: String.raw`(?:a\s+)?(?:principios|mediados|comienzos|inicios)\s+de\s+la\s+(?:próxima\s+semana|semana\s+(?:que\s+viene|próxima|entrante))`,
        period: 'early-next-week',
        example: 'Le escribiremos a principios de la próxima semana.',
      },
      {
        pattern: String.raw`(?:para\s+|a\s+)?(?:el\s+)?(?:finales|final|fin)\s+de\s+la\s+(?:próxima\s+semana|semana\s+(?:que\s+viene|próxima|entrante))`,
        period: 'next-week',
        example: 'calculo que para finales de la semana que viene te podré decir algo.',
      },
      {
        // Colombia, Venezuela: "la otra semana" is next week.
        pattern: String.raw`la\s+otra\s+semana`,
        period: 'next-week',
        example: 'regresa el lunes y te aviso la otra semana cómo seguimos.',
      },
      {
        pattern: String.raw`(?:la\s+)?(?:próxima\s+semana|semana\s+(?:que\s+viene|próxima|entrante))`,
        period: 'next-week',
        example: 'Recibirá noticias nuestras la próxima semana.',
      },
      {
        pattern: String.raw`(?:esta\s+semana|(?:el\s+)?(?:final|fin)\s+de\s+(?:esta\s+|la\s+)?semana)`,
        period: 'this-week',
        example: 'Le responderemos antes del fin de semana.',
      },
      {
        // Not "en el transcurso de la semana que viene", next week.
        pattern: String.raw`(?:en\s+el\s+)?(?:transcurso|correr|curso)\s+de\s+(?:esta|la)\s+semana(?!\s+(?:que\s+viene|próxima|entrante))`,
        period: 'this-week',
        example: 'Te contactaremos en el transcurso de la semana.',
      },
      {
        pattern: String.raw`(?:(?:el\s+)?(?:final|fin|finales|fines)\s+de(?:l)?\s+(?:este\s+)?año|(?:antes\s+de\s+que\s+(?:termine|acabe|finalice)\s+el\s+año))`,
        period: 'end-of-year',
        example: 'Esperamos cerrar la contratación antes de fin de año.',
      },
      {
        // (and "a la vuelta de las vacaciones de Navidad", r61's twin)
        pattern: String.raw`(?:después\s+de|pasadas|tras|a\s+la\s+vuelta\s+de)\s+(?:las\s+)?(?:fiestas|vacaciones\s+de\s+Navidad)`,
        period: 'after-holidays',
        example: 'Retomaremos el proceso y te escribiremos después de las fiestas.',
      },
      {
        pattern: String.raw`antes\s+de\s+(?:las\s+)?(?:fiestas|vacaciones\s+de\s+Navidad)`,
        period: 'before-christmas',
        example: 'Te daremos una respuesta antes de las fiestas.',
      },
      {
        pattern: String.raw`en\s+los\s+(?:próximos|siguientes)\s+días`,
        period: 'coming-days',
        example: 'Nos pondremos en contacto en los próximos días.',
      },
      {
        pattern: String.raw`(?:el\s+)?(?:mes\s+que\s+viene|próximo\s+mes)`,
        period: 'next-month',
        example: 'Decidiremos el próximo mes.',
      },
    ],
    weekOf: [
      {
        pattern: String.raw`semana\s+del`,
        example: 'te daremos una respuesta definitiva durante la semana del 23 de noviembre.',
      },
    ],
    midMonth: [
      {
        pattern: String.raw`(?:a\s+)?mediados\s+de`,
        example: 'Tomaremos una decisión a mediados de diciembre.',
      },
      {
        pattern: String.raw`(?:durante\s+|en\s+)?la\s+primera\s+quincena\s+de`,
        example: 'Esperamos resolver el proceso durante la primera quincena de diciembre.',
      },
    ],
    monthParts: [
      {
        pattern: String.raw`(?:en\s+|durante\s+)?la\s+primera\s+semana\s+de`,
        part: 'first-week',
        example: 'Esperamos comunicarte la decisión durante la primera semana de febrero.',
      },
      {
        pattern: String.raw`(?:a|para|hacia)\s+(?:principios|comienzos|inicios)\s+de`,
        part: 'early',
        example: 'Esperamos tomar una decisión a principios de diciembre.',
      },
      {
        pattern: String.raw`(?:(?:a|para|hacia|antes\s+de)\s+(?:finales|fines|fin|final)\s+de|(?:durante\s+|en\s+)?la\s+segunda\s+quincena\s+de)`,
        part: 'end',
        example: 'Le responderemos a finales de noviembre.',
      },
    ],
    bounds: [
      {
        // "hasta que haya pasado el 20 de julio": until after it, contact is welcome the day after (round 96); "haya
        // pasado" there is no past word.
        pattern: String.raw`hasta\s+que\s+(?:haya|hayan)\s+(?:pasado|transcurrido|terminado|finalizado|concluido)(?:\s+(?:el|la))?`,
        bound: 'until-after',
        example: 'Por favor, no nos escribas hasta que haya pasado el 20 de julio.',
      },
      {
        // "contáctenos solo después del 20 de junio": contact is welcome the day after (twin of round 92's "erst nach
        // dem 20. Juni" and French "après le").
        pattern: String.raw`(?:(?:solo|sólo|únicamente)\s+)?después\s+(?:del|de\s+la)`,
        bound: 'until-after',
        example: 'Por favor, contáctenos solo después del 20 de junio.',
      },
      {
        // The event named with its day right after it (fx301's probe: "Revisaremos las candidaturas después del cierre del
        // 25 de octubre; no nos escribas hasta entonces"): the day after the event's, no day of an answer.
        pattern: String.raw`después\s+(?:del|de\s+la)\s+(?:cierre|plazo|fin|final|término|vencimiento|publicación|convocatoria)\s+(?:\p{L}+\s+){0,3}?(?:del|de\s+la|el)`,
        bound: 'until-after',
        example:
          'Revisaremos las candidaturas después del cierre del 25 de octubre; no nos escribas hasta entonces.',
      },
      {
        // The event named first, its day apart after a comma (twin of round 121's "erst nach dem Ende der
        // Bewerbungsfrist am 20. März"): "solo podremos informarle después del cierre del plazo, el 20 de marzo; hasta
        // entonces, …".
        pattern: String.raw`(?:hasta\s+)?después\s+(?:del|de\s+la)\s+(?:\p{L}+,?\s+){1,4}?el`,
        bound: 'until-after',
        example:
          'Solo podremos informarle después del cierre del plazo, el 20 de marzo; hasta entonces, no nos escriba.',
      },
      {
        // (and the day back said with "reincorporarse", round 131: "estoy de vacaciones hasta el 24 y me reincorporo el lunes 27")
        // (or as work taken up again, round 191: "Retomo mis labores el lunes 30 de septiembre", "reanudo mis actividades")
        // (or "a mi regreso" with its day apposed, round 194b: "A mi regreso, el lunes 18, atenderé tu mensaje", and the
        // verbless "De vuelta el lunes 18")
        pattern: String.raw`(?:(?:a|tras)\s+(?:mi|su|nuestro)\s+(?:regreso|vuelta|retorno),?|de\s+(?:vuelta|regreso)|vuelve|vuelvo|volvemos|regresa|regresamos|volverá|regresará|regreso|(?:me|se|nos)\s+reincorpor\p{L}*|(?:me|se|nos)\s+reintegr\p{L}*|(?:me|se|nos)\s+incorpor\p{L}*\s+de\s+nuevo|${RESUME_WORK})(?:\s+a\s+estar\s+disponibles?|\s+a\s+la\s+oficina)?(?:\s+el)?`,
        bound: 'until',
        example: 'La responsable está de vacaciones y vuelve el lunes 16.',
      },
      {
        // The day back said as being back, or in the first person's future (round 172): "Estaré de vuelta en la
        // oficina el lunes 28 de enero", "volveré el 4".
        pattern: String.raw`(?:(?:estaré|estará|estaremos|estoy|está|estamos)\s+de\s+(?:vuelta|regreso)|volveré|regresaré|volveremos|regresaremos)(?:\s+(?:en|a)\s+la\s+oficina|\s+(?:en\s+el|al)\s+trabajo)?(?:\s+el)?`,
        bound: 'until',
        example: 'Estaré de vuelta en la oficina el lunes 28 de enero.',
      },
      {
        pattern: String.raw`(?:a\s+más\s+tardar|como\s+(?:muy\s+)?tarde|no\s+más\s+allá\s+de(?:l)?),?(?:\s+el)?`,
        bound: 'by',
        example: 'Le responderemos a más tardar el 20 de noviembre.',
      },
      {
        // (the article may be read with the day: "hasta pasado el 14 de mayo", round 90)
        pattern: String.raw`hasta\s+(?:pasad[oa]|después\s+de)(?:\s+(?:\p{L}+\s+){0,5}?(?:del|de\s+la|el|la))?`,
        bound: 'until-after',
        example: 'no consulten el estado de su solicitud hasta pasada la fecha de cierre del 4 de diciembre.',
      },
      {
        pattern: String.raw`hasta\s+después\s+del?(?:\s+(?:el|la))?`,
        bound: 'until-after',
        example: 'Por favor, no nos contactes hasta después del 6 de enero.',
      },
      {
        pattern: String.raw`hasta\s+(?:mi|nuestra|su|tu)\s+(?:vuelta|regreso),?(?:\s+el)?`,
        bound: 'until',
        example: 'Te agradeceríamos que no nos escribieras hasta nuestra vuelta, el 7 de enero.',
      },
      {
        pattern: String.raw`a\s+partir\s+(?:del|de\s+la|de)`,
        bound: 'until',
        example: 'Volveré a atender mensajes a partir del lunes 23.',
      },
      {
        pattern: String.raw`(?:para|hasta)\s+el`,
        bound: 'by',
        example: 'Tendrá nuestra respuesta para el viernes.',
      },
      {
        pattern: String.raw`hasta\s+que\s+(?:\p{L}+,?\s+){0,5}?el`,
        bound: 'until',
        example: 'Por favor, no nos escriba hasta que cierre el proceso el 4 de diciembre.',
      },
      {
        pattern: String.raw`antes\s+(?:del|de\s+la|de\s+el|de)`,
        bound: 'before',
        example: 'Nos pondremos en contacto con usted antes del viernes.',
      },
      {
        // "desde el lunes 15": the first day of a span (someone's availability), no slot of its own.
        pattern: String.raw`desde\s+el`,
        bound: 'until',
        example: 'Estoy disponible para una entrevista desde el lunes 15 de marzo.',
      },
    ],
    response: [
      {
        // The reader contacted, in the passive (round 320b): "usted será contactado(a) dentro de los próximos cinco días
        // hábiles", "serás contactada en una semana".
        pattern: String.raw`(?:será|serás|serán|seréis)\s+(?:contactad|llamad|informad|notificad|avisad)[oa]s?(?:\s?\([oa]s?\))?`,
        example: 'Usted será contactado(a) dentro de los próximos diez días hábiles.',
      },
      {
        // The list of those selected published is the answer (round 174b): "Durante los quince días calendario
        // siguientes publicaremos en nuestro portal la lista de personas seleccionadas para entrevista".
        pattern: String.raw`(?:publicaremos|publicará|publicarán|se\s+publicará|se\s+publicarán|será\s+publicad[ao])\s+(?:\p{L}+\s+){0,4}?(?:la\s+lista|el\s+listado|los\s+resultados|la\s+relación|la\s+nómina)|(?:la\s+lista|el\s+listado|los\s+resultados|la\s+relación|la\s+nómina)\s+(?:\p{L}+\s+){0,5}?(?:se\s+publicará|se\s+publicarán|será\s+publicad[ao]|serán\s+publicad[ao]s)`,
        example:
          'Durante los diez días naturales siguientes publicaremos en la web la lista de personas admitidas a la entrevista.',
      },
      {
        // A process's length told as its duration (round 139b): "el proceso de selección tiene una duración aproximada de
        // tres semanas" (twins "l'ensemble du processus a une durée d'environ trois semaines", "das Verfahren hat eine
        // Dauer von etwa drei Wochen").
        pattern: String.raw`(?:proceso|procedimiento|selección)\s+(?:\p{L}+\s+){0,3}?(?:tiene|tendrá)\s+una\s+duración`,
        example: 'El proceso de selección tiene una duración aproximada de tres semanas.',
      },
      {
        // A commitment to answer is the promise (twin of round 94's "nous nous engageons à répondre … sous 10 jours
        // ouvrés"): "Nos comprometemos a responder a todas las candidaturas en un plazo de 10 días hábiles".
        pattern: String.raw`(?:comprometemos|comprometo|compromete|comprometid[oa]s?)\s+a\s+(?:responder|contestar|dar|informar|comunicar|revisar|evaluar|devolver)`,
        example: 'Nos comprometemos a responder a todas las candidaturas en un plazo de 10 días hábiles.',
      },
      {
        // A length to reckon with is the promise (the French "comptez environ trois semaines", round 91).
        pattern: String.raw`(?:calcule|calcula|calculen|cuente|cuenta|cuenten)\s+con\s+(?:unas?|alrededor\s+de|aproximadamente)`,
        example: 'Para la decisión final, cuente con unas dos semanas.',
      },
      {
        // A process said to be done after its usual length (the German "nach zehn Arbeitstagen abgeschlossen", round
        // 83).
        pattern: String.raw`(?:revisión|proceso|evaluación|selección|valoración)\s+(?:\p{L}+\s+){0,6}?(?:terminad[oa]|finalizad[oa]|concluid[oa])`,
        example: 'La evaluación de los perfiles suele estar finalizada en diez días hábiles.',
      },
      {
        // A process decided by a day, in the future of its verb: "el proceso de selección se resolverá antes del 31 de
        // marzo" (round 122); not a process of applying, whose end is a fact.
        pattern: String.raw`(?:proceso|selección|evaluación|valoración)\s+(?!de\s+(?:inscripción|postulación|registro|solicitud))(?:\p{L}+\s+){0,4}?(?:se\s+resolverá|quedará\s+resuelt[oa]|estará\s+resuelt[oa]|se\s+decidirá|finalizará|concluirá|terminará)`,
        example: 'Le informamos de que el proceso de selección se resolverá antes del 31 de marzo.',
      },
      {
        // A process's usual length: "la validación de referencias suele tomar entre cinco y siete días hábiles".
        pattern: String.raw`(?:suele|suelen|puede|pueden)\s+(?:tomar|tardar|demorar|llevar)|(?:toma|tomará|toman|tomarán)`,
        example: 'La revisión de documentos suele tomar unos cinco días hábiles.',
      },
      {
        // A process's length: "el cliente tarda unas dos semanas en definir la terna".
        pattern: String.raw`(?:tarda|tardan|tardará|tardarán|demora|demoran|demorará|demorarán)`,
        example: 'Normalmente el comité tarda unos diez días en revisar todas las candidaturas.',
      },
      {
        pattern: String.raw`esperamos\s+(?:tener|contar\s+con|poder\s+(?:darte|darle|daros|comunicarte|comunicarle))\s+(?:una\s+|alguna\s+)?(?:definición|decisión|respuesta|novedades|noticias)`,
        example: 'Esperamos tener una definición durante la próxima semana.',
      },
      {
        pattern: String.raw`(?:proceso|procedimiento)\s+(?:\p{L}+\s+){0,3}?(?:dura|durar|lleva|llevar|llevarnos|tarda|tardar|toma|tomar|demora|demorar)`,
        example: 'El proceso de revisión suele llevarnos alrededor de una semana.',
      },
      {
        pattern: String.raw`(?:respondemos|contestamos|damos\s+respuesta|solemos\s+responder|suele\s+responder)`,
        example: 'normalmente respondemos en un plazo de 5 a 7 días laborables.',
      },
      {
        pattern: String.raw`(?:te|le|os)\s+(?:podré|podremos|puedo|podemos)\s+decir`,
        example: 'calculo que para finales de la semana que viene te podré decir algo.',
      },
      {
        pattern: String.raw`(?:te|le|os)\s+(?:escribo|aviso|respondo|contesto|llamo)\s+(?:el|este|mañana|pasado|la\s+(?:otra\s+)?semana|en|antes|dentro|a\s+(?:principios|mediados|finales))`,
        example: 'Te escribo el lunes o el martes con la retroalimentación del panel.',
      },
      {
        // A call to set the interview's date is a promise to contact, not the slot, whatever the order of its day and its
        // caller (round 294b, Mexico: "Mañana te marca Rodrigo, del área de Reclutamiento, para agendar tu entrevista";
        // twin "vous appelle demain matin pour fixer … la date de l'entretien"). With a clock time it stays the call's
        // slot (interview).
        pattern: String.raw`(?:te|le|os|les)\s+(?:llama|llamará|llamaremos|llamamos|marca|marcará|marcamos|marcaremos|va\s+a\s+(?:llamar|marcar)|vamos\s+a\s+(?:llamar|marcar))\s+(?:[\p{L}\p{N}.]+,?\s+){0,8}?para\s+(?:agendar|coordinar|cuadrar|concretar|fijar|programar|acordar|definir|organizar|ver)`,
        example: 'Mañana te marca Rodrigo, del área de Reclutamiento, para agendar tu entrevista.',
      },
      {
        // A named colleague who will call or write on a day, in the present for the future (round 292: "Daniela, de
        // nuestro equipo de Talento, te llama el jueves para cuadrar la prueba técnica"; the German "Herr Albers ruft Sie
        // am Freitag an", the French "M. Ndiaye vous appellera mercredi"): a promise to contact, not the slot it sets up.
        pattern: String.raw`(?:te|le|os|les)\s+(?:llama|escribe|contacta|llamará|escribirá|contactará|va\s+a\s+(?:llamar|escribir|contactar))\s+(?:el|este|mañana|pasado|la\s+(?:otra\s+)?semana|en\s+(?:los\s+próximos|el\s+transcurso)|antes|dentro|a\s+(?:principios|mediados|finales))(?![\p{L}])`,
        example: 'Daniela, de nuestro equipo de Talento, te llama el jueves para cuadrar la prueba técnica.',
      },
      {
        pattern: String.raw`(?:te|le|os)\s+(?:confirmo|confirmamos|confirmaremos|digo|diré|diremos|decimos)\s+(?:si|algo|la\s+(?:propuesta|oferta|decisión)|(?:el|los)\s+(?:resultados?|siguientes\s+pasos|próximos\s+pasos))`,
        example: 'Dame 48 horitas y te confirmo si pasas a la siguiente etapa.',
      },
      {
        // The day of the next step still to be told: "te confirmaremos la fecha", and in the present with the window
        // after it, "Te confirmamos la fecha de la segunda entrevista a lo largo de esta semana" (round 93). Told
        // in the present without one ("Te confirmamos la fecha de tu entrevista: martes 15") it is the slot itself.
        // No open word gap: the ReDoS gate's recheck timed out on the whole table with one.
        pattern: String.raw`(?:te|le|os)\s+(?:confirmaremos|diremos|indicaremos|pasaremos|enviaremos)\s+(?:la|el|los)\s+(?:fecha|día|hora|horario|detalles)|(?:te|le|os)\s+(?:confirmamos|confirmo)\s+(?:la|el)\s+(?:fecha|día|hora|horario)\s+(?:de\s+(?:la|tu|su)\s+(?:\p{L}+\s+)?(?:entrevista|reunión|prueba|llamada)\s+(?:técnica\s+|final\s+|grupal\s+)?)?(?:a\s+lo\s+largo|durante|en\s+el\s+transcurso|antes|dentro)`,
        example: 'Te confirmamos la fecha de la segunda entrevista a lo largo de esta semana.',
      },
      {
        // (with the thing as a pronoun: "El contrato definitivo se lo haremos llegar … en los próximos diez días", round
        // 125)
        pattern: String.raw`(?:(?:te|le|os)(?:\s+(?:lo|la|los|las))?|se\s+(?:lo|la|los|las))\s+(?:haremos|hará|harán|haré)\s+llegar`,
        example: 'te haremos llegar el contrato esta semana.',
      },
      {
        pattern: String.raw`(?:te|le|os)\s+llamaremos`,
        example: 'Te llamaremos por teléfono en los próximos días para comentarte el feedback.',
      },
      {
        // Every person of the future: "recibirás la resolución", "recibiréis", "recibirán".
        pattern: String.raw`recibir(?:á|ás|án|éis)`,
        example: 'Recibirá el contrato por correo en un plazo de cinco días hábiles.',
      },
      {
        // (an adverb between the verb and its object, twin of round 138's "nous reviendrons toutefois vers vous": "nos
        // pondremos de todos modos en contacto contigo")
        pattern: String.raw`(?:nos\s+)?pondremos\s+(?:(?:de\s+todos\s+modos|de\s+todas\s+(?:formas|maneras)|de\s+cualquier\s+(?:modo|forma|manera)|en\s+cualquier\s+caso|en\s+todo\s+caso|igualmente|sin\s+falta|nuevamente|entonces),?\s+)?en\s+contacto`,
        example: 'Nos pondremos en contacto con usted antes del viernes.',
      },
      {
        // ("resolución": the decision of a selection process, round 102; the River Plate's "devolución", feedback, with
        // a determiner of its own, not the return of a thing, "la devolución del equipo": "quedaron en darnos una
        // devolución dentro de los próximos diez días hábiles", round 327b)
        pattern: String.raw`(?:(?<!(?:tu|vuestra)\s)(?:respuesta(?!\s+automática)|decisión|resolución)|resultados?|noticias|novedades|retroalimentación|feedback|(?:una|alguna|nuestra|su|tu)\s+devolución)`,
        example: 'Tendrá una respuesta en un plazo de dos semanas.',
      },
      {
        pattern: String.raw`(?:le\s+|te\s+)?(?:informaremos|responderemos|contestaremos|contactaremos|escribiremos|comunicaremos|diremos)`,
        example: 'Le informaremos de nuestra decisión antes de final de mes.',
      },
      { pattern: String.raw`(?:decidiremos|decidir)`, example: 'Decidiremos el próximo mes.' },
      {
        // The present for the future, with a bound after it: "te escribimos antes del viernes 27", "le llamamos a
        // más tardar el lunes" ("te escribimos para …" alone introduces a message, no promise).
        pattern: String.raw`(?:te|le|os|les)\s+(?:escribimos|contactamos|llamamos|respondemos|contestamos|decimos|comunicamos|informamos)\s+(?:\p{L}+\s+){0,3}?(?:antes\s+de(?:l|\s+la|\s+el)?|a\s+más\s+tardar|como\s+(?:muy\s+)?tarde|hasta)`,
        example: 'Vamos a estar definiendo la semana que viene y te escribimos antes del viernes 27.',
      },
      {
        // "te aviso" is "I'll let you know", apart from "te aviso que …" ("I'm telling you that …").
        pattern: String.raw`(?:te|le|os|les)\s+(?:aviso|avisamos)(?!\s+que)`,
        example: 'regresa el lunes y te aviso la otra semana cómo seguimos.',
      },
      {
        // The employer's review done within a window: "validará la información en un máximo de 5 días hábiles".
        pattern: String.raw`(?:validar|revisar|evaluar|analizar|estudiar)(?:á|emos|án)(?!\s+a\s)`,
        example:
          'El área de Personas validará la información en un máximo de 5 días hábiles y te enviará el contrato.',
      },
      {
        pattern: String.raw`(?:te|le|os)\s+(?:llamo|escribo|aviso|respondo|contesto)\s+(?:para\s+(?:contar|contár|comentar|comentár|decir|decír|dar|dár)\p{L}*|con\s+(?:la|el|las|los)\s+(?:respuesta|novedades|feedback|resultados?|decisión))`,
        example: 'mañana por la mañana te llamo para contártelo.',
      },
      {
        // Any future done to the candidate is a promise ("te contactará nuestro equipo", "te mantendremos
        // informada", "volveremos a escribirte"), apart from thanks, which ask something of them.
        pattern: String.raw`(?:(?:te|le|os|les)\s+(?!agradec)\p{L}+(?:[aei]r|dr|br)(?:emos|á|án|é)|\p{L}+(?:aremos|eremos|iremos)\s+a\s+\p{L}+(?:rte|rle|ros)|se\s+pondrán?\s+en\s+contacto)`,
        example: 'Te contactará nuestro equipo de RR. HH. la semana que viene.',
      },
      {
        // The company's or a person's future of contact with the reader after "con" (round 322b): "La empresa ha indicado
        // que contactará contigo en un plazo máximo de 7 días hábiles", "hablaremos con usted antes del viernes".
        pattern: String.raw`(?:contactará|contactarán|contactaremos|contactaré|hablará|hablarán|hablaremos|hablaré|comunicará|comunicarán)\s+con(?:tigo|\s+usted(?:es)?|\s+vosotr[oa]s)(?![\p{L}])`,
        example: 'El equipo de selección contactará con usted antes del viernes 15.',
      },
      {
        pattern: String.raw`(?:(?:estaremos|seguiremos|nos\s+mantendremos|nos\s+pondremos)\s+en|retomaremos\s+el|retomaré\s+el)\s+contacto`,
        example: 'Estaremos en contacto contigo dentro de los próximos 7 a 10 días hábiles.',
      },
      {
        // (not the news told now: "Te contamos que el proceso considera entrevistas durante la primera quincena de
        // julio", round 125)
        pattern: String.raw`(?:te|le|os|les)\s+(?:(?:cuento|comento)\s+algo|contaré|contaremos|contamos(?!\s+que)|comentaré|comentaremos|comentamos(?!\s+que))`,
        example: 'calculo que a principios de la semana que viene te cuento algo.',
      },
      {
        pattern: String.raw`(?:sabremos|sabemos|sepamos|tendremos|tengamos)\s+(?:algo|novedades|noticias|(?:una\s+)?respuesta)`,
        example: 'Calculo que para el viernes ya sabemos algo.',
      },
      {
        pattern: String.raw`(?:esperamos|prevemos|calculamos|estimamos)\s+(?:poder\s+)?(?:resolver|cerrar|finalizar|concluir)`,
        example: 'Esperamos resolver el proceso durante la primera quincena de diciembre.',
      },
      {
        // Latin America's future of a progressive: "nos estaremos comunicando", "te vamos a estar contactando".
        pattern: String.raw`(?:estaremos|vamos\s+a\s+estar)\s+(?:comunicando|contactando|escribiendo|llamando|informando|respondiendo)\p{L}*`,
        example: 'Nos estaremos comunicando contigo en los próximos 5 días hábiles.',
      },
      {
        pattern: String.raw`(?:te|le|les|os|nos)\s+(?:vamos|van|va|voy)\s+a\s+(?:estar\s+)?(?:contact|llam|escrib|avis|respond|contest|confirm|inform|comunic|poner\s+en\s+contacto|dar\s+(?:una\s+)?respuesta)\p{L}*`,
        example: 'Te vamos a estar contactando durante la semana que viene.',
      },
      {
        // The same future of "contar", "comentar", "decir" (round 242: "Te vamos a contar cómo te fue en un plazo de dos
        // semanas"), as "te contaremos" reads; not the news told now ("te voy a contar que …", "te vamos a contar un
        // poco sobre la empresa"): the result follows it.
        pattern: String.raw`(?:te|le|les|os)\s+(?:vamos|van|va|voy)\s+a\s+(?:contar|comentar|decir|dar\s+a\s+conocer)\s+(?:\p{L}+\s+){0,2}?(?:cómo|como|qué|que\s+(?:decidimos|decidió|resolvimos)|el\s+resultado|la\s+(?:decisión|respuesta)|si)`,
        example: 'Te vamos a contar cómo te fue en un plazo de dos semanas.',
      },
      {
        pattern: String.raw`(?:avisaremos|avisaré|haremos\s+saber|haré\s+saber|contactaré|escribiré|llamaré|responderé|confirmaremos|confirmaré|comunicaré|volver(?:emos|é|á)\s+a\s+(?:poner|contactar|escribir|comunicar|llamar)\p{L}*|nos\s+comunicaremos)`,
        example: 'Te avisaremos la semana que viene.',
      },
      {
        // The present tense of a promise in speech: "te comento cómo sigue todo el viernes", "le aviso el lunes",
        // never "te comento que…" or "te escribo para…", which tell rather than promise, and never "te confirmo", which
        // confirms what is set ("te confirmo la entrevista de mañana") (lead's round r26).
        pattern: String.raw`(?:te|le|les|os)\s+(?:comento|cuento|aviso|escribo|digo|contesto|respondo)(?!\s+(?:que|para|porque|con)(?![\p{L}\p{N}]))`,
        example: 'Te comento cómo sigue todo el viernes 11.',
      },
      {
        // The same present in the plural, and "volvemos a escribirte": "os contactamos durante la semana del 14",
        // "te volvemos a escribir el lunes"; never the opening "le contactamos en relación con su candidatura".
        pattern: String.raw`(?:te|le|les|os)\s+(?:contactamos|escribimos|llamamos|avisamos|decimos|contamos|comentamos|respondemos|contestamos|volvemos\s+a\s+(?:escribir|contactar|llamar|comunicar|poner)\p{L}*)(?!\s+(?:que|para|porque|con|por|en\s+relación|en\s+nombre|de\s+parte|tras|después|desde|sobre|respecto|a\s+raíz)(?![\p{L}\p{N}]))`,
        example: 'Os contactamos durante la semana del 14 de junio con la decisión.',
      },
      {
        // The reflexive passive of the same promise, with or without the candidate named: "se le comunicará en un plazo
        // de diez días", "se informará a los candidatos antes del 29" (twin of the German "Sie werden … informiert").
        pattern: String.raw`se\s+(?:(?:te|le|les|os)\s+)?(?:comunicará|comunicarán|informará|informarán|notificará|notificarán|avisará|avisarán|contactará|contactarán|responderá|responderán|dará\s+respuesta|darán\s+respuesta)`,
        example: 'Se le comunicará el resultado en un plazo de diez días hábiles.',
      },
      {
        // Results published to the candidates are news delivered: "publicaremos la lista de candidatos admitidos".
        pattern: String.raw`publicar(?:emos|á|án)?\s+(?:\p{L}+\s+){0,2}?(?:lista|listado|resultados?|relación)`,
        example: 'Dentro de los diez días hábiles siguientes publicaremos la lista de admitidos.',
      },
      {
        // A delivery promised: "te mando la propuesta el lunes", "le envío el contrato mañana", "te reenvío el contrato
        // corregido mañana" (round 96).
        pattern: String.raw`(?:te|le|les|os)\s+(?:mando|envío|mandaré|enviaré|mandamos|enviamos|mandaremos|enviaremos|reenvío|reenviamos|reenviaré|reenviaremos|remito|remitimos|remitiré|remitiremos|hago\s+llegar|haré\s+llegar|hacemos\s+llegar|haremos\s+llegar)`,
        example: 'Te mando la propuesta el lunes para que la revises.',
      },
      {
        // The same delivery told from the reader's side, what "arrives" to them: "El lunes te llega por mail la
        // propuesta formal" (round 234b), "le llegará el contrato antes del viernes"; a hiring paper only ("te llega un
        // recordatorio de la feria" is no answer).
        pattern: String.raw`(?:te|le|les|os)\s+(?:llega|llegan|llegará|llegarán|va\s+a\s+llegar|van\s+a\s+llegar)\s+(?:[\p{L}\p{N}]+\s+){0,4}?(?:propuesta|contrato|oferta|carta|respuesta|resultado|decisión|documentación)|(?:propuesta|contrato|oferta|carta|respuesta|resultado|decisión|documentación)\s+(?:[\p{L}\p{N}]+\s+){0,4}?(?:te|le|les|os)\s+(?:llega|llegan|llegará|llegarán|va\s+a\s+llegar|van\s+a\s+llegar)(?![\p{L}])`,
        example: 'El lunes te llega por mail la propuesta formal con todos los detalles.',
      },
    ],
    interview: [
      {
        // Where the candidate is met makes the slot (twin of round 92's "bei uns im Office", "am Empfang"): "mañana a
        // las 10:00 en nuestras oficinas", "pregunta por mí en recepción".
        pattern: String.raw`(?:en|a)\s+nuestras?\s+(?:oficinas?|sede|instalaciones|tienda)|(?:pregunta|pregunte|preguntá|preséntate|preséntese|presentate|identifícate|identifíquese)\s+(?:\p{L}+\s+){0,3}?(?:en|a)\s+(?:la\s+)?recepción`,
        example: 'Perfecto, entonces mañana a las 10:00 en nuestras oficinas; pregunta por mí en recepción.',
      },
      {
        // A slot kept (the German "dann bleibt es bei Donnerstag, 10 Uhr", round 89): "seguimos entonces con el jueves".
        pattern: String.raw`(?:seguimos|mantenemos)\s+(?:entonces\s+)?(?:con|en)\s+el`,
        example: 'Perfecto, entonces seguimos con el jueves a las 10:00.',
      },
      {
        // A test of the candidate's at a set time: "Tu prueba práctica quedó programada para el martes a las 9:00".
        // (not a psychometric test, a questionnaire with no one met, as in the German and French tables: "la evaluación
        // psicotécnica se realizará el martes 20 de junio", round 125)
        pattern: String.raw`prueba\s+(?:práctica|técnica|de\s+conocimientos)|assessment(?:\s+center)?|evaluación\s+(?:técnica|práctica)`,
        example: 'Te citamos a la prueba técnica el jueves 14 de enero a las 10:00 en nuestra sede.',
      },
      {
        pattern: String.raw`entrevistas?`,
        example: 'Le confirmo la entrevista el jueves 19 de noviembre a las 10:00.',
      },
      {
        pattern: String.raw`(?:reunión|llamada|videollamada|cita)`,
        example: 'La llamada será el lunes a las 9:00.',
      },
      {
        pattern: String.raw`(?:podría|puede|podrías|puedes)\s+venir`,
        example: '¿Podría venir el lunes a las 16:30?',
      },
      { pattern: String.raw`disponibles?`, example: '¿Estaría disponible el martes a las 11:00?' },
      {
        pattern: String.raw`(?:platicamos|platicar|charla|charlar|conversar|conversamos|hablamos|hablar)`,
        example: '¿te late si platicamos el martes a las 11 de la mañana por Meet?',
      },
      {
        pattern: String.raw`invitar(?:le|la|te|los|las)\s+a\s+(?:la\s+|una\s+)?(?:siguiente|próxima|segunda|nueva)\s+(?:fase|etapa|ronda)`,
        example: 'nos complace invitarla a la siguiente fase.',
      },
      {
        pattern: String.raw`nos\s+vemos`,
        example: 'Perfecto, nos vemos entonces el jueves a las 11.',
      },
      {
        pattern: String.raw`(?:te|le|os)\s+(?:espera|esperamos|esperará|esperan)`,
        example: 'Confirmado: el lunes a las 9:30 te espera Kenji Watanabe en recepción.',
      },
      {
        pattern: String.raw`(?:conocerle|conocerte|conocerla)`,
        example: 'Nos gustaría conocerle el jueves a las 12:00.',
      },
      {
        // A slot proposed as a question: "¿Te queda bien el viernes a las 12?", "¿le parece el martes a las 10?".
        pattern: String.raw`(?:te|le|os|les)\s+(?:(?:queda|quedaría|va|iría|viene|vendría)\s+(?:bien|mejor)|acomoda|acomodaría|sirve|serviría|conviene|convendría|parece|parecería|late)`,
        example: '¿Te queda bien el viernes a las 12?',
      },
      {
        pattern: String.raw`(?:vernos|reunirnos|cit(?:arte|arle|arla|arlo|aros)|(?:te|le|la|lo|os|les)\s+(?:citamos|cito|convocamos)|convoc(?:arte|arle|arla|arlo)|presentarte|presentarse|preséntate|preséntese)`,
        example: 'Te citamos el jueves 19 de noviembre a las 17.30 horas.',
      },
      {
        pattern: String.raw`(?:podés|puedes|puede|podrías|podría|podéis|pueden)\s+(?:pasar|acercarte|acercarse|conectarte|conectarse|venir)`,
        example: 'Vos podés venir el miércoles a las 11? Avisame.',
      },
      {
        pattern: String.raw`(?:(?:te|le|los|las|lo|la)\s+(?:agendo|agendamos|agendé|anoto|anotamos)|invitación|dinámica\s+(?:grupal|de\s+grupo)|assessment|jornada\s+de\s+(?:evaluación|selección))`,
        example: 'La dinámica de grupo será el martes 17 a las 10:00 en nuestras oficinas.',
      },
      {
        // A confirmed slot: "quedamos confirmados para el viernes 27 a las 2:00 p. m.".
        pattern: String.raw`(?:quedamos|confirmad[oa]s?|agendad[oa]s?)\s+(?:(?:así|entonces|confirmad[oa]s)\s+)?(?:para|el)`,
        example: 'Perfecto, Sebastián, quedamos confirmados para el viernes 27 a las 2:00 p. m.',
      },
      {
        pattern: String.raw`(?:tenés|tienes|tiene|tendrás|tendrá)\s+(?:la|una|tu|su)\s+(?:técnica|entrevista|charla|llamada|reunión|videollamada|cita)`,
        example: 'el martes 1/12 a las 11 hs tenés la técnica con Leandro (tech lead).',
      },
      {
        // A selection day for a group the candidate is invited to: "la sesión de selección grupal del jueves 21".
        pattern: String.raw`sesión\s+(?:de\s+selección|grupal)`,
        example:
          'Te confirmamos tu participación en la sesión de selección del jueves 21 de enero a las 9:00.',
      },
      {
        // A call set with the candidate: "mañana a las 15 hrs te llamamos por Teams".
        pattern: String.raw`(?:te|le|los|las)\s+(?:llamamos|llamo|llamaremos|llamaré)|(?:por|vía)\s+(?:Teams|Zoom|Google\s+Meet|Meet|Webex)`,
        example: 'Confirmado: mañana a las 15 hrs te llamamos por Teams.',
      },
    ],
    genericInterviews: [
      {
        // Someone named with an article has an interview (round 309b): "la Fran tiene entrevista en Falabella el jueves
        // a las 10"; and the writer's own elsewhere: "tengo una entrevista en Inditex el lunes".
        pattern: String.raw`(?:la|el)\s+\p{L}+\s+(?:tiene|tendrá|va\s+a\s+tener)\s+(?:una\s+|su\s+)?entrevista|tengo\s+(?:una\s+)?entrevista\s+(?:de\s+trabajo\s+)?(?:en|con)\s+(?!ustedes|vos|ti|usted)[\p{L}\p{N}]+`,
        example: 'Oye, el Nico tiene entrevista en Cencosud el martes a las 11, ¿lo reemplazas?',
      },
      {
        // A named person set apart as the candidate is another's interview (round 304b: "¿Te sumas a la entrevista del
        // jueves a las 11:00 con Laura Gómez, la candidata para Finanzas?"), and so is the interview "del señor …".
        pattern: String.raw`entrevista\s+(?:de\s+la|del|a\s+la|al)\s+(?:Sra\.|Sr\.|señora|señor|Srta\.)\s*\p{L}+`,
        example: '¿Puedes hacer tú la entrevista del señor Ibáñez el jueves a las 9:00?',
      },
      {
        // An interview of one candidate named in the third person is the reader's as an interviewer (round 303's twin:
        // "¿Puedes cubrirme en la entrevista del candidato de mañana a las 14:00?").
        pattern: String.raw`entrevista\s+(?:del|de\s+la|con\s+(?:el|la|nuestro|nuestra))\s+(?:\p{L}+\s+)?(?:candidato|candidata|postulante|aspirante)(?![\p{L}])`,
        example: '¿Puedes cubrirme en la entrevista del candidato de mañana a las 14:00?',
      },
      {
        // The interview stage as a whole (round 139b): "Una vez concluida la etapa de entrevistas, el 21 de septiembre".
        pattern: String.raw`(?:etapa|fase|ronda|período|periodo)\s+de\s+entrevistas`,
        example:
          'Una vez concluida la etapa de entrevistas, el 21 de septiembre, comunicaremos los resultados.',
      },
      {
        // A psychometric test is no meeting with the employer: its day is no interview, even at the employer's offices
        // ("la evaluación psicotécnica se realizará el martes 20 de junio en nuestras oficinas", round 125).
        pattern: String.raw`(?:evaluación|evaluaciones|prueba|pruebas|test|tests)\s+psico(?:técnicas?|métricas?|lógicas?)`,
        example:
          'Le recordamos que la evaluación psicotécnica se realizará el martes 20 de junio en nuestras oficinas.',
      },
      {
        // Interviews counted are others': "todavía nos faltan dos entrevistas el jueves".
        // (and the candidate's own other one, elsewhere: "el viernes tengo otra entrevista", round 105; not "te
        // proponemos otra entrevista", the employer's)
        pattern: String.raw`(?:dos|tres|cuatro|cinco|varias|algunas|otras|unas|más)\s+(?:\p{L}+\s+)?entrevistas|(?:tengo|tenga|tendré)\s+(?:\p{L}+\s+){0,2}?otras?\s+entrevistas?`,
        example: 'Esta semana hacemos tres entrevistas más, el miércoles y el jueves.',
      },
      {
        pattern: String.raw`(?:otros|otras|varios|varias|demás|los|todos\s+los|todas\s+las)\s+(?:\p{L}+\s+)?(?:candidat[oa]s|finalistas|postulantes|aspirantes)`,
        example: 'Todavía tenemos entrevistas con otros candidatos el jueves.',
      },
      {
        pattern: String.raw`(?:las|nuestras)\s+(?:\p{L}+\s+)?entrevistas`,
        example: 'las últimas entrevistas son el viernes 20.',
      },
      {
        pattern: String.raw`(?:resto|demás)\s+de\s+(?:los\s+|las\s+)?(?:candidat\p{L}*|finalistas|perfiles)`,
        example: 'estamos entrevistando al resto de candidatos preseleccionados.',
      },
      {
        pattern: String.raw`la\s+semana\s+del`,
        example: 'Los encuentros serán la semana del 23 de noviembre.',
      },
      {
        // A message greeting a group of colleagues is about others' interviews: "Hola equipo:", "Buenos días a todos".
        pattern: String.raw`(?:Hola|Buenos\s+días|Buenas(?:\s+tardes)?)\s+(?:equipo|panel|comité|a\s+todos|a\s+todas|a\s+todos\s+y\s+todas|chicos|compañeros|compañeras)`,
        example: 'Hola equipo: mañana a las 9:00 entrevistamos a la primera candidata.',
      },
      {
        // …or by the group's name alone, opening the message (round 305b: "Equipo:\n\nLa semana próxima hacemos las
        // entrevistas para practicantes. El lunes 20 a las 9:00 arrancamos con el primer grupo.").
        pattern: String.raw`^(?:equipo|chicos|chicas|chiques|compañeros|compañeras|gente)\s*[:,]`,
        example: 'Equipo: mañana a las 9:00 entrevistamos a la primera candidata.',
      },
      {
        // Slots to choose from are no slot yet: "elige el horario que prefieras en el enlace (del 8 al 12 de marzo)".
        pattern: String.raw`(?:elige|elija|escoge|escoja|reserva|reserve|selecciona|seleccione|agenda|agende)\s+(?:\p{L}+\s+){0,3}?(?:horario|franja|espacio|turno)|horarios\s+disponibles`,
        example:
          'Elige el horario que prefieras en el enlace; hay espacios del 8 al 12 de marzo entre las 9:00 y las 12:00.',
      },
      {
        // The process's own interviews, no slot of this candidate's: "La última entrevista del proceso será el 20".
        pattern: String.raw`(?:primera|última|primeras|últimas)\s+entrevistas?\s+del\s+proceso`,
        example: 'La última entrevista del proceso será el 20 de abril.',
      },
    ],
    formalOrThirdHolder: [
      {
        // The writer called or invited for a job, in a familiar message (round 325b: "me llamaron de la consultora por lo
        // del puesto en el banco... la entrevista es el jueves 19 a las 10 … ¿Me prestás el saco azul?"): the writer's own.
        pattern: String.raw`me\s+(?:llamaron|llamó|han\s+llamado|ha\s+llamado|citaron|han\s+citado|convocaron|han\s+convocado|invitaron|han\s+invitado|contactaron|han\s+contactado|escribieron)\s+(?:[\p{L}\p{N}.]+\s+){0,8}?(?:puesto|entrevista|trabajo|laburo|chamba|vacante|búsqueda)`,
        example:
          'Al final me llamaron de la consultora por lo del puesto: la entrevista es el jueves a las 10. ¿Me prestás el saco?',
      },
      {
        // "tiene" holds the interview: "usted" or a third person (round 312b: "Martín tiene una entrevista de trabajo en
        // Mercado Austral el lunes 27 a las 10").
        pattern: String.raw`(?:tiene|tendrá|va\s+a\s+tener)\s+(?:una\s+|su\s+|la\s+)?(?:\p{L}+\s+)?entrevista`,
        example: 'Martín tiene una entrevista de trabajo el lunes a las 10.',
      },
    ],
    familiarAddress: [
      {
        // The reader called "tú" or "vos" (round 312b: "¿Me podés hacer una gauchada? … Si podés, avisame").
        pattern: String.raw`tú|vos|te|tu|tus|contigo|podés|puedes|tienes|tenés|avisame|avísame|avisa|avísanos|escríbeme|escribime`,
        example: '¿Me podés hacer una gauchada? Si podés, avisame.',
      },
    ],
    readerHolder: [
      {
        // The reader's own interview beside a third person's in a familiar message (fx426): "Mi hermano tiene una
        // entrevista el lunes. ¿Y tu entrevista en Bimbo es el jueves 9 a las 10?"
        pattern: String.raw`(?:tu)\s+(?:\p{L}+\s+)?entrevista|(?:tienes|tenés|tendrás|tendrías)\s+(?:una\s+|tu\s+|la\s+)?(?:\p{L}+\s+)?entrevista`,
        example: '¿Y tú? ¿Tienes la entrevista con Bimbo el jueves 9 a las 10?',
      },
    ],
    otherCandidates: [
      {
        // A person set apart as the candidate after "con" (round 324b): "¿Me podrías reemplazar en la entrevista del jueves
        // 14 a las 15:00 con el postulante a bodeguero?"
        pattern: String.raw`con\s+(?:el|la)\s+(?:candidat[oa]|postulante|aspirante)\s+(?:a|al|para|de)(?![\p{L}])`,
        example: '¿Puedes hacer tú la entrevista del jueves a las 15:00 con la candidata a cajera?',
      },
      {
        // A person set apart as "the candidate" anywhere in the sentence (round 304b: "¿Te sumas a la entrevista del
        // jueves a las 11:00 con Laura Gómez, la candidata para Finanzas?").
        // (or without its article, a preposition after: "con Pablo Ruiz, candidato al puesto de cajero", round 307c's
        // twin)
        pattern: String.raw`\p{L}+,\s+(?:(?:el|la)\s+(?:\p{L}+\s+)?(?:candidato|candidata|postulante|aspirante)(?![\p{L}])|(?:candidato|candidata|postulante|aspirante)\s+(?:a|al|para|de)(?![\p{L}]))`,
        example: '¿Te unes a la entrevista del viernes a las 10:00 con Pablo Ruiz, el candidato de Ventas?',
      },
      {
        // A relative's or a friend's interview (fx403): "mi hermano tiene una entrevista de trabajo el jueves 11 a las 10".
        // ("tiene" alone may speak to the reader as "usted": "le recordamos que tiene una entrevista")
        pattern: String.raw`(?:mi|mis|tu|su)\s+(?:hermano|hermana|hijo|hija|marido|esposo|esposa|mujer|pareja|novio|novia|amigo|amiga|primo|prima|compañero|compañera|vecino|vecina|sobrino|sobrina|cuñado|cuñada)\s+(?:[\p{L}\p{N}.:]+\s+){0,6}?(?:tiene|tendrá|va\s+a\s+tener|hace|hará)\s+(?:[\p{L}\p{N}.:]+\s+){0,6}?(?:una\s+|su\s+)?entrevista`,
        example: 'Mi hermano tiene una entrevista de trabajo el jueves 11 a las 10.',
      },
      {
        // The writer's own interview as the subject of its news, told a friend (round 322's twin): "Mi entrevista en
        // Bimbo ya está confirmada: jueves 17 de marzo a las 10". "mi" never speaks to the reader; a recruiter names the
        // reader's ("su", "tu").
        pattern: String.raw`mi\s+(?:\p{L}+\s+)?entrevista\s+(?:[\p{L}\p{N}.]+\s+){0,5}?(?:es|está|será|quedó|queda|fue)(?![\p{L}])`,
        example:
          'Mi entrevista en Mapfre ya está confirmada: jueves 17 de marzo a las 10. ¿Me cuidas al perro?',
      },
    ],
    events: [
      {
        // A car's inspection (round 309b): "Su cita para la revisión técnica del vehículo de placa ABC-123"; a job board's
        // alert listing ads: "Nuevos avisos para vos".
        pattern: String.raw`revisión\s+técnica|inspección\s+técnica|(?:vehículo|auto|carro|coche)\s+(?:de\s+)?(?:placa|matrícula|patente)|(?:nuevos|más)\s+avisos|ver\s+todos\s+los\s+avisos|alertas?\s+de\s+empleo`,
        example: 'Su cita para la revisión técnica de su auto es el lunes 7 de abril a las 9:00.',
      },
      {
        // A student's defence or exam (round 308b): "Tu defensa de tesis del Magíster … quedó agendada para el lunes 25
        // de noviembre a las 15:00".
        pattern: String.raw`defensa\s+(?:(?:de|del)\s+(?:la\s+|tu\s+|su\s+)?)?(?:tesis|TFG|TFM|trabajo\s+(?:de\s+fin|final|de\s+grado|de\s+titulación))|examen\s+(?:de\s+grado|final\s+de\s+(?:la\s+)?asignatura)|Secretaría\s+(?:de\s+)?(?:Postgrado|Posgrado|Pregrado|Académica)`,
        example: 'La defensa de tu TFG será el jueves 18 de octubre a las 10:00 en el aula 3.',
      },
      {
        // A specialist's or a vet's appointment is a patient's, no interview (round 307b: "Recordatorio de su cita con el
        // traumatólogo el lunes 9 de junio a las 11:40"; twins "Tierarzt", "vétérinaire").
        pattern: String.raw`cita\s+(?:con|en)\s+(?:el|la|su)\s+(?:traumatólog[oa]|ginecólog[oa]|oftalmólog[oa]|dermatólog[oa]|cardiólog[oa]|urólog[oa]|neurólog[oa]|otorrino\p{L}*|fisioterapeuta|podólog[oa]|especialista|veterinari[oa])|veterinari[oa]`,
        example: 'Le recordamos su cita con la dermatóloga el martes 15 de octubre a las 10:20.',
      },
      {
        // Signing the contract after a hire is no interview (round 306b: "Has sido seleccionada … Te esperamos el lunes 24
        // de marzo a las 8:00 para firmar el contrato"; twins "zur Vertragsunterzeichnung", "signature du contrat").
        pattern: String.raw`(?:firmar|firma\s+de)\s+(?:el|tu|su|del)\s+contrato|firma\s+del\s+contrato`,
        example: 'Te esperamos el lunes 21 de octubre a las 9:00 para firmar el contrato.',
      },
      {
        // A public health centre's booking is a patient's, no interview (round 304b: "Su cita en el Centro de Salud Las
        // Palmeras: martes 10/09/2030, 9:15 h, consulta 12 (enfermería)"; twins "Zahnreinigung", "contrôle dentaire").
        // Nursing as a consulting room or a visit's, not the word alone: "una entrevista con la jefa de enfermería" is a
        // nurse's job interview (fx410).
        pattern: String.raw`centro\s+de\s+salud|cita\s+previa|consulta\s+\d+\s*\(?enfermería|(?:cita|consulta|turno)\s+(?:de|en|con)\s+enfermería|limpieza\s+dental|revisión\s+dental|vacunación|análisis\s+de\s+sangre|extracción\s+de\s+sangre`,
        example: 'Su cita para la limpieza dental es el miércoles 16 de octubre a las 8:40.',
      },
      {
        // A trial class or a course's session is no interview (round 294b: "tu clase de prueba de inglés con Teacher Mike
        // es el martes 12 a las 19:00 en nuestra academia"; twins "Probestunde", "cours d'essai").
        // (and a gym's class: "Tu clase de spinning del lunes 17 a las 19:00 está confirmada", round 306b)
        pattern: String.raw`clases?\s+(?:de\s+prueba|gratuita|particular|de\s+(?:inglés|idiomas|yoga|pilates|manejo|conducir|spinning|zumba|crossfit|natación|baile|boxeo))|academia\s+de\s+idiomas|autoescuela|gimnasio`,
        example: 'Tu clase de prueba de inglés es el martes 12 a las 19:00 en nuestra academia.',
      },
      {
        // A user-research interview about a product is no job interview (twin of round 294's "Nutzerinterview").
        pattern: String.raw`entrevistas?\s+(?:de|con)\s+usuari[oa]s?|estudio\s+de\s+usuari[oa]s?|investigación\s+de\s+usuari[oa]s?|test\s+de\s+usabilidad`,
        example:
          'Buscamos participantes para una entrevista de usuario sobre nuestra app el miércoles 13 a las 16:00.',
      },
      {
        // The reader's own meetings as an employee are no job interview (round 292: "te agendamos una entrevista de
        // salida con Personas el jueves 22 de noviembre a las 16:00"): the exit interview, the performance review (twins
        // "Mitarbeitergespräch", "entretien annuel").
        pattern: String.raw`entrevistas?\s+de\s+(?:salida|egreso|desvinculación|retiro)|(?:evaluación|revisión|reunión|entrevista)\s+(?:anual\s+)?de\s+(?:desempeño|rendimiento)|proceso\s+de\s+desvinculación`,
        example: 'Te agendamos una entrevista de salida con Personas el jueves 22 de noviembre a las 16:00.',
      },
      {
        // A private service's appointment is no interview (round 292: "su cita en Gestoría Albarracín para la firma de la
        // declaración trimestral el lunes 19 de noviembre a las 10:00 h"): a gestoría's, a notary's, a hairdresser's (twins
        // "Notartermin", "signature de l'acte", "Friseur"). The appointment or the signing, not the word alone: a
        // gestoría hires too.
        pattern: String.raw`cita\s+(?:en|con)\s+(?:la\s+|el\s+|su\s+)?(?:gestoría|notaría|notario|asesoría|peluquería)|firma\s+de\s+(?:la\s+|las\s+)?(?:declaración|declaraciones|escritura|escrituras|hipoteca)|declaración\s+(?:de\s+la\s+renta|trimestral)|peluquería`,
        example: 'Le recordamos su cita en la notaría para la firma de la escritura el lunes 19 a las 10:00.',
      },
      {
        // An interview given to the press is no job interview (round 292: "una periodista de La Voz de Galicia quiere
        // hacerte una entrevista para un reportaje … el miércoles 21 a las 12:00 en la sala de prensa").
        pattern: String.raw`entrevista\s+para\s+(?:el|la|un|una|nuestro|nuestra)\s+(?:\p{L}+\s+)?(?:reportaje|artículo|diario|periódico|revista|programa|pódcast|podcast|boletín)|para\s+(?:un|el|nuestro)\s+(?:\p{L}+\s+)?reportaje|(?:sala|rueda|nota)\s+de\s+prensa`,
        example: 'El diario quiere hacerte una entrevista para un reportaje el miércoles 21 a las 12:00.',
      },
      {
        // A private service's appointment is no interview (twin of round 244's "Werkstatttermin für den Reifenwechsel"):
        // "su cita en el taller para la revisión de su vehículo".
        pattern: String.raw`cita\s+(?:en|para)\s+el\s+taller|revisión\s+de\s+(?:su|tu)\s+(?:vehículo|coche|auto|carro)|cambio\s+de\s+aceite`,
        example:
          'Le confirmamos su cita en el taller el sábado 9 de junio a las 10:00 para la revisión de su vehículo.',
      },
      {
        // A free talk for all comers is an event, no interview (round 244b: "Charla virtual gratuita: “Cómo destacar en tu
        // entrevista por competencias” … Jueves 14 de junio, 6:00 p. m."), and a live show ("en vivo por YouTube").
        pattern: String.raw`charlas?\s+(?:virtual|gratuita|online|abierta|informativa)\p{L}*|(?:en\s+vivo|en\s+directo)\s+(?:por|en|a\s+través\s+de)\s+(?:YouTube|LinkedIn|Instagram|Facebook|Twitch)|cancelar\s+suscripción`,
        example:
          'Charla virtual gratuita: “Cómo destacar en tu entrevista por competencias”, jueves 14 de junio, 6:00 p. m.',
      },
      {
        // A patient's appointment is no interview (twin of round 241's "Termin in der Zahnarztpraxis" and round 243's
        // "rendez-vous avec le Dr Martin"): "Su cita con la Dra. López es el martes 20 a las 9:30", "cita médica".
        // (the article may be left out before a practice's name: "su cita en Clínica Dental Sonríe", round 306b)
        pattern: String.raw`cita\s+(?:médica|odontológica|(?:con|en)\s+(?:(?:el|la|su)\s+)?(?:Dr\.?|Dra\.?|doctora?|médic[oa]|dentista|odontólog[oa]|pediatra|consultorio|clínica\s+dental))|Doctoralia|consulta\s+médica`,
        example: 'Le recordamos su cita con la Dra. López el martes 20 de marzo a las 9:30.',
      },
      {
        // A public competitive exam announced to all its candidates, no slot of the reader's: "El primer ejercicio de
        // la oposición se celebrará el sábado 24 … Los aspirantes deberán presentarse con DNI" (round 232).
        pattern: String.raw`ejercicios?\s+de\s+la\s+(?:fase\s+de\s+)?oposición|lista\s+(?:provisional|definitiva)\s+de\s+(?:personas\s+)?admitid[oa]s|(?:los|las|todos\s+los|todas\s+las)\s+aspirantes\s+(?:\p{L}+\s+){0,2}?deberán`,
        example: 'El primer ejercicio de la oposición se celebrará el sábado 24 de junio a las 10:00 horas.',
      },
      {
        // A service's appointment around an application, no interview (twin of round 139's "Bewerbungsfotos"): a photo
        // session, the medical check before starting.
        pattern: String.raw`sesión\s+de\s+fotos|estudio\s+fotográfico|fotógraf[oa]|examen\s+médico|reconocimiento\s+médico|exámenes\s+(?:médicos|de\s+ingreso)`,
        example: 'Tu examen médico de ingreso es el martes 25 de septiembre a las 8:30.',
      },
      {
        // Practice for an interview, no interview (board4's mock interview, twin of en.ts OTHER_EVENT): "simulacro de
        // entrevista", "entrevista simulada", "taller de preparación de entrevistas" (an adviser alone may arrange a real one).
        pattern: String.raw`simulacros?\s+de\s+entrevistas?|entrevistas?\s+(?:simuladas?|de\s+práctica)|taller\s+de\s+(?:preparación\s+(?:de|para)\s+)?entrevistas?`,
        example:
          'Tu simulacro de entrevista con el servicio de orientación es el lunes 9 de noviembre a las 10:00.',
      },
      {
        // A casting or speed dating for many (twin of round 127's "Lehrlingscasting"): "casting de camareros el sábado
        // 23 de 10:00 a 14:00, con entrevistas en el momento".
        pattern: String.raw`casting|speed\s+(?:dating|recruiting)`,
        example:
          'Casting de camareros el sábado 23 de septiembre de 10:00 a 14:00, con entrevistas en el momento.',
      },
      {
        // A committee's own meeting: "el comité se reúne el martes", "el directorio sesiona el 9".
        pattern: String.raw`(?:comité|jurado|comisión|directorio|panel|junta)\s+(?:de\s+(?:\p{L}+\s+)?\p{L}+\s+)?(?:se\s+reún(?:e|en)|se\s+reunirá(?:n)?|sesiona(?:rá)?|delibera(?:rá)?)|(?:reunión|sesión)\s+(?:del|de\s+la)\s+(?:comité|junta|directorio|comisión|dirección|gerencia)`,
        example: 'El comité de selección se reúne el martes 12 y después te escribimos.',
      },
      {
        // (with the article, "la Feria del Empleo Universitaria", round 322b)
        pattern: String.raw`webinar(?:io)?|(?:feria|foro|encuentro|salón|jornada|expo)\s*(?:de(?:l|\s+la)?\s+)?(?:empleo|trabajo|laboral|talento|carreras)|(?:career|job|open)\s+day|darse\s+de\s+baja|newsletter|jornada\s+de\s+puertas\s+abiertas|evento\s+de\s+(?:reclutamiento|empleabilidad)|meetup|afterwork|open\s+day|job\s?day`,
        example:
          'Participa en nuestro webinario «Cómo preparar tu entrevista» el martes 19 de enero a las 18:00.',
      },
      {
        // A course or a receipt for one: "Recibo de pago. Curso: Prepara tu entrevista". Not a place named so: "en el
        // Edificio Seminario, Vía Hispanidad 20" (round 314b).
        pattern: String.raw`(?<!(?:Edificio|Sala|Aula|Calle|Avenida|Plaza|Colegio|Residencia)\s{1,3})(?:curso|seminario)|recibo\s+de\s+pago|comprobante\s+de\s+pago|gracias\s+por\s+tu\s+compra`,
        example:
          'Comprobante de pago – Curso «Entrevistas por competencias», sesión del 14/01/2027 a las 18:00.',
      },
      {
        // A workshop booked or paid is no slot: "Reserva confirmada: Taller «Supera tu entrevista»". Not the workshop
        // as a place of work, the sentence's end or a place after it (round 325b: "¿Podés venir el lunes 16 a las 9 al
        // taller? Estamos en Pavón 1840"); "al taller virtual gratuito «…»" stays a course.
        pattern: String.raw`(?<!(?:al|en\s+el|en\s+nuestro|nuestro|del|mi|tu|su|el)\s{1,3})taller|taller(?!\s*[?.,;:!)]|\s*$|\s+(?:en|a|con|y)(?![\p{L}]))|importe\s+abonado`,
        example: 'Reserva confirmada: Taller «Supera tu entrevista», jueves 15 de abril, 19:00 h.',
      },
      {
        // A live question session for all comers is an event (twin of round 98's "Live-Q&A"): "sesión de preguntas y
        // respuestas con el equipo de selección".
        pattern: String.raw`sesión\s+de\s+(?:preguntas\s+y\s+respuestas|preguntas|Q&A)|(?:Live\s+)?Q&A`,
        example: 'Sesión de preguntas y respuestas con el equipo de selección el martes 21 a las 17:00.',
      },
      {
        // An appointment at the public employment service is no interview with an employer (twin of round 95's
        // "Beratungsgespräch … Agentur für Arbeit"): "cita en el SEPE", "oficina de empleo".
        pattern: String.raw`SEPE|oficina\s+de\s+empleo|servicio\s+(?:público\s+)?de\s+empleo|cita\s+de\s+orientación`,
        example: 'Tiene una cita de orientación en la oficina de empleo el lunes 12 a las 8:30.',
      },
      {
        // Interviews on the spot for all comers at a stand are an event for many, no slot of the candidate's:
        // "Realizaremos entrevistas in situ a todos los que se acerquen a nuestro stand" (round 93; the Catalan "Fòrum
        // d'Ocupació" too). Twins: "entretiens sur place", "Gespräche direkt am Stand".
        pattern: String.raw`entrevistas?\s+(?:in\s+situ|en\s+el\s+(?:acto|stand|momento))|(?:nuestro|al|el)\s+stand|f[òo]rum\s+d['’]ocupaci[óo]|fira\s+d['’]ocupaci[óo]`,
        example: 'Realizaremos entrevistas in situ a todos los estudiantes que se acerquen a nuestro stand.',
      },
    ],
    absence: [
      {
        // The writer's own day back ("vuelvo a la oficina el lunes 23").
        // (and "a mi regreso, el lunes 18", the verbless "De vuelta el lunes 18" of an out-of-office, round 194b)
        pattern: String.raw`(?:a|tras)\s+(?:mi|nuestro)\s+(?:regreso|vuelta|retorno)|^\s*de\s+(?:vuelta|regreso)(?=\s+(?:el|a\s+partir|desde|en\s+la\s+oficina)\s)|(?:vuelvo|regreso|volvemos|regresamos)\s+(?:a\s+la\s+oficina|al\s+trabajo|a\s+estar\s+disponibles?|el)|(?:me|nos)\s+reincorpor\p{L}*|(?:me|nos)\s+reintegr\p{L}*|(?:me|nos)\s+incorpor\p{L}*\s+de\s+nuevo|${RESUME_WORK}`,
        example: 'Estaré fuera de la oficina hasta el viernes 20 y vuelvo a la oficina el lunes 23.',
      },
      {
        // Being back, or back in the future, is the absence's end, not a request (round 172: "Estaré de vuelta en la
        // oficina el lunes 28 de enero"), so that a promise of the message outranks it and an absence days ahead gives
        // nothing. Not "nos volveremos a poner en contacto", a promise.
        pattern: String.raw`(?:volveré|volveremos(?!\s+a\s+(?:poner|contactar|escribir|comunicar|llamar))|regresaré|regresaremos|(?:estaré|estará|estaremos|estoy|está|estamos)\s+de\s+(?:vuelta|regreso))`,
        example: 'Volveré a atender mensajes a partir del lunes 23.',
      },
      {
        // An absence with its end is a hold-off in other words (issue 13, class 6): "Estaré fuera de la oficina hasta
        // el 18 de enero", "la oficina permanecerá cerrada hasta el 7".
        pattern: String.raw`(?:estoy|estaré|está|estará|estamos|estaremos|me\s+encuentro|se\s+encuentra)\s+(?:\p{L}+\s+){0,2}?(?:fuera(?:\s+de\s+la\s+oficina)?|de\s+vacaciones|de\s+baja|ausentes?|de\s+viaje|de\s+permiso|de\s+licencia|de\s+comisión|sin\s+acceso\s+al\s+correo)|(?:permanecerá|permanecerán|estará|estarán|está|están)\s+cerrad[ao]s?`,
        example: 'Estaré fuera de la oficina hasta el 18 de enero.',
      },
    ],
    holdOff: [
      {
        // The answer put off until the writer is back, its day apposed or not: "A mi regreso, el lunes 18, responderé tu
        // correo" is the hold-off "atenderé" gives (round 194b) and "A mi regreso responderé a tu correo" (lead's
        // round), whatever the verb: the first day to write again, not a promise of news.
        pattern: String.raw`(?:a|tras)\s+(?:mi|nuestro)\s+(?:regreso|vuelta|retorno),?\s+(?:el\s+(?:\p{L}+\s+)?\d{1,2}(?:\s+de\s+\p{L}+)?,?\s+)?(?:(?:te|le|les|os)\s+)?(?:responderé|contestaré|atenderé|responderemos|contestaremos|atenderemos|revisaré|revisaremos|leeré|daré\s+respuesta|daremos\s+respuesta)(?![\p{L}])`,
        example: 'Estoy de vacaciones hasta el 15. A mi regreso, el lunes 18, responderé tu correo.',
      },
      {
        pattern: String.raw`(?:espere|esperar)\s+(?:\p{L}+\s+){0,2}?a\s+su\s+(?:regreso|vuelta)`,
        example: 'le rogamos que espere a su regreso para cualquier consulta.',
      },
      {
        pattern: String.raw`no\s+(?:nos\s+|me\s+)?(?:contacte|contactes|escriba|escribas|llame|llames)\s+(?:\p{L}+\s+){0,10}?(?:antes|hasta)`,
        example: 'Le rogamos que no nos contacte antes del 25 de noviembre.',
      },
      {
        // (for a while to come, round 174b: "que no nos escribas para preguntar por tu candidatura durante las próximas
        // dos semanas")
        pattern: String.raw`no\s+(?:nos\s+|me\s+)?(?:contacte|contactes|escriba|escribas|llame|llames|consultes|consulte)\s+(?:\p{L}+\s+){0,10}?(?:durante|en)\s+(?:los|las)\s+(?:próximos|próximas|siguientes)`,
        example:
          'Te pedimos que no nos escribas para preguntar por el proceso durante las próximas tres semanas.',
      },
      {
        // Its bound said first, pointing back to the day before it: "…, el 20 de marzo; hasta entonces, le rogamos que
        // no nos contacte" (twin of round 121's "bis dahin bitten wir Sie, auf Rückfragen zu verzichten").
        pattern: String.raw`(?:hasta\s+entonces|hasta\s+(?:esa|dicha)\s+fecha|mientras\s+tanto),?\s+(?:\p{L}+\s+){0,4}?no\s+(?:nos\s+|me\s+)?(?:contacte|contactes|escriba|escribas|llame|llames)`,
        example:
          'Solo podremos informarle después del 20 de marzo; hasta entonces, le rogamos que no nos contacte.',
      },
      {
        pattern: String.raw`no\s+(?:nos\s+|me\s+)?(?:contacten|contactéis|contactaras|contactara|escriban|escribáis|escribieras|escribiera|escribieran|llamen|llaméis|llamaras|llamara|consulte|consultes|consulten|pregunte|preguntes|pregunten)\b`,
        example: 'Te agradeceríamos que no nos escribieras para pedir novedades antes del 30 de noviembre.',
      },
      {
        // (the infinitive too: "le solicitamos no enviar correos de seguimiento hasta después del 3", round 105)
        pattern: String.raw`no\s+(?:nos\s+|me\s+)?(?:envíe|envíes|envíen|enviar|enviarnos|mande|mandes|manden|mandar|mandarnos)\s+(?:\p{L}+\s+){0,2}?(?:seguimientos?|recordatorios?|correos|mensajes)`,
        example: 'te pedimos que no envíes seguimientos durante las próximas dos semanas.',
      },
      {
        pattern: String.raw`margen\s+de\s+(?:\p{L}+\s+){1,3}?antes\s+de`,
        example: 'Danos un margen de diez días antes de preguntar por tu candidatura.',
      },
      {
        pattern: String.raw`no\s+(?:podré|podremos|voy\s+a\s+poder)\s+(?:mirar|revisar|leer|consultar|atender)\s+(?:el\s+|mi\s+)?(?:correo|email|mail|mensajes)`,
        example: 'Esta semana estoy en un evento en Lisboa y no podré mirar el correo.',
      },
      {
        pattern: String.raw`(?:retomemos|retomamos|hablamos|lo\s+vemos)\s+(?:\p{L}+\s+){0,2}?a\s+mi\s+(?:vuelta|regreso)`,
        example: 'te pido que lo retomemos a mi vuelta.',
      },
      {
        // (a window of up to six words between: "que esperes al menos diez días hábiles antes de escribirnos", round 125)
        // (and the imperative of "tú" and "vos" before a day: "Por favor, espera hasta el lunes 27 de enero antes de
        // escribirnos", round 305b)
        pattern: String.raw`(?:espere|esperes|esperen|esperéis|esperar|espera|esperá|aguarde|aguardes|aguarden|aguardar|aguarda|aguardá)\s+(?:[\p{L}\p{N}]+\s+){0,6}?antes\s+de`,
        example: 'Le rogamos que espere dos semanas antes de escribirnos.',
      },
      {
        // (and the writer alone: "Te agradecería no escribirme para pedir novedades antes del lunes 30 de mayo", round
        // 327b)
        pattern: String.raw`no\s+(?:escribir(?:nos|me)?|contactar(?:nos|me)?|llamar(?:nos|me)?|consultar(?:nos|me)?|comunicarte|comunicarse|preguntar(?:nos|me)?)`,
        example: 'Te pedimos no escribir consultas sobre tu postulación hasta el lunes 4 de enero.',
      },
      {
        // An invitation to write from a day on: "escríbeme a partir del lunes 25".
        pattern: String.raw`(?:escríbeme|escríbenos|escríbame|escríbanos|llámame|llámanos|contáctame|contáctanos|contácteme|contáctenos)\s+(?:\p{L}+\s+){0,2}?(?:a\s+partir|desde|después)`,
        example: 'Si puedes, escríbeme a partir del lunes 25 y lo vemos con calma.',
      },
      {
        pattern: String.raw`paciencia\s+hasta`,
        example: 'Te pedimos paciencia hasta el 30 de noviembre.',
      },
      {
        pattern: String.raw`no\s+(?:te|se|nos)\s+(?:comuniques|comunique|comuniquen|pongas\s+en\s+contacto|ponga\s+en\s+contacto|pongan\s+en\s+contacto)`,
        example: 'Te pedimos que no te comuniques con nosotros antes del 30 de noviembre.',
      },
      {
        pattern: String.raw`no\s+(?:es\s+necesario|hace\s+falta)\s+que\s+(?:nos\s+|me\s+)?(?:escribas|escriba|escriban|contactes|contacte|contacten|llames|llame|llamen)`,
        example: 'No hace falta que nos escribas antes del 25 de noviembre.',
      },
      {
        // The whole verb with its object, "de" left out after "evitar" and the action named by its noun: "se abstenga de
        // realizar consultas sobre … antes del 25", "evites escribirnos o llamarnos … antes del 25" (round 102's twin
        // of the German "von Nachfragen … abzusehen").
        pattern: String.raw`(?:evita|evite|eviten|evites|absténganse|absténgase|abstente|abstenerse|absteneos|abstenga|abstengas|abstengan|abstengáis)\s+(?:de\s+)?(?:(?:realizar|hacer|enviar|mandar)\s+)?(?:escribir|contactar|llamar|consultar|preguntar|consultas|preguntas|llamadas|correos|seguimientos)\p{L}*\s+(?:\p{L}+\s+){0,10}?(?:antes|hasta)`,
        example: 'Por favor, abstente de contactarnos hasta el 1 de diciembre.',
      },
      {
        // "Le rogamos que no realice consultas sobre su candidatura durante las próximas tres semanas".
        pattern: String.raw`no\s+(?:realice|realices|realicen|realizar|haga|hagas|hagan|hacer|envíe|envíes|envíen|enviar)\s+(?:\p{L}+\s+)?(?:consultas|preguntas|seguimientos?)`,
        example:
          'Le rogamos que no realice consultas sobre su candidatura durante las próximas tres semanas.',
      },
    ],
    candidateDeadline: [
      {
        // The candidate told to follow up is the candidate's task, no promise (twin of round 244c's "relancez le recruteur
        // dans une semaine"): "Consejo: haz seguimiento con la empresa en una semana si no tienes noticias".
        pattern: String.raw`(?:haz|haga|hagan|hacer)\s+(?:un\s+)?seguimiento\s+(?:con|a)\s+(?:la|el)\s+(?:empresa|reclutador|reclutadora|empleador)`,
        example: 'Consejo: haz seguimiento con la empresa en una semana si no tienes noticias.',
      },
      {
        // The writer's own wish for an answer by a day is no promise (twin of rounds 130 and 132): "Le agradecería
        // mucho una respuesta antes del viernes", "me gustaría recibir noticias suyas antes de fin de mes".
        pattern: String.raw`(?:agradecería|agradeceré|agradezco\s+de\s+antemano)\s+(?:\p{L}+\s+){0,4}?(?:respuesta|noticias|contestación|confirmación)|(?:me\s+encantaría|me\s+gustaría)\s+(?:recibir|tener)\s+(?:\p{L}+\s+){0,2}?(?:respuesta|noticias)`,
        example: 'Le agradecería mucho una respuesta antes del viernes.',
      },
      {
        // The candidate's own papers, promised by the candidate (twin of round 129's "je vous transmets mes références
        // d'ici vendredi"): "le envío mis referencias antes del viernes".
        pattern: String.raw`(?:le|te|les)\s+(?:envío|enviaré|mando|mandaré|hago\s+llegar|haré\s+llegar|comparto|compartiré)\s+(?:mis|mi)\s+(?:referencias|CV|currículum|certificados|documentos|portafolio|datos|disponibilidad)`,
        example: 'Como quedamos, le envío mis referencias antes del viernes.',
      },
      {
        // The candidate's answer asked for in the subjunctive: "le agradeceremos que nos comunique su decisión antes del
        // 24" (round 105).
        pattern: String.raw`que\s+nos\s+(?:comunique|comuniques|comuniquen|indique|indiques|confirme|confirmes|haga\s+saber|hagas\s+saber|diga|digas|responda|respondas|conteste|contestes)`,
        example: 'Le agradeceremos que nos comunique su decisión antes del 24 de noviembre.',
      },
      {
        // A link valid until a day is the candidate's deadline (twin of round 104's "Link … bis … gültig"): "el enlace
        // estará activo hasta el 25 de noviembre".
        pattern: String.raw`(?:enlace|link|acceso)\s+(?:\S+\s+){0,4}?(?:estará|está|será|es|seguirá)\s+(?:activo|disponible|vigente|válido|habilitado)\s+hasta|(?:vigente|válido|activo)\s+hasta`,
        example: 'El enlace a la entrevista en diferido estará activo hasta el 25 de noviembre a las 23:59.',
      },
      {
        // The tú register's imperatives, with their pronoun ("confirma" alone may be "el equipo te confirma").
        pattern: String.raw`(?:envíanos|mándanos|confírmanos|devuélvenos|indícanos|súbenos|respóndenos|(?:por\s+favor,?\s+)(?:envía|manda|confirma|responde|sube|completa|rellena))`,
        example: 'Por favor, confírmanos tu disponibilidad antes del jueves.',
      },
      {
        pattern: String.raw`(?:por\s+favor,?\s+)?(?:envíenos|envíe|confírmenos|confirme|firme|devuélvanos|responda|indíquenos|remita)`,
        example: 'Por favor, confírmenos su disponibilidad antes del jueves.',
      },
      {
        // (and the work to hand in, twin of round 130's "bis Mittwoch … hochzuladen": "te pedimos que subas el caso práctico
        // antes del miércoles a las 12:00")
        pattern: String.raw`(?:le|te|os)\s+(?:rogamos|pedimos)\s+que\s+(?:nos\s+)?(?:envíe|envíes|confirme|confirmes|firme|devuelva|responda|indique|suba|subas|entregue|entregues|complete|completes|cargue|cargues)`,
        example: 'Le rogamos que nos envíe la documentación antes del viernes.',
      },
      {
        // Infinitives with "nos": "te agradecemos confirmarnos tu decisión a más tardar el viernes 4".
        pattern: String.raw`(?:confirmarnos|enviarnos|indicarnos|hacernos\s+llegar|remitirnos|mandarnos|responder(?:nos)?\s+(?:antes|a\s+más\s+tardar))`,
        example: 'Te agradecemos confirmarnos tu decisión a más tardar el viernes 4 de diciembre.',
      },
      {
        // The candidate's answer awaited: "necesitamos tu respuesta antes del 20".
        pattern: String.raw`(?:necesitamos|necesitaríamos|esperamos|aguardamos|quedamos\s+a\s+la\s+espera\s+de|agradeceríamos|agradeceremos)\s+(?:tu|su|vuestra)\s+(?:respuesta|confirmación|decisión|aceptación)`,
        example: 'Nos complace hacerte una oferta. Necesitamos tu respuesta antes del 20 de noviembre.',
      },
      {
        // The candidate's time to do something: "Tienes hasta el domingo 17 a las 23:59 para finalizarla".
        pattern: String.raw`(?:tienes|tenés|tiene|tienen|tendrás|tendrá)\s+(?:\p{L}+\s+){0,2}?hasta`,
        example: 'Tienes hasta el domingo 17 de enero a las 23:59 para completar la prueba.',
      },
    ],
    fact: [
      {
        // A public exam's calendar for all its candidates is no promise to the reader (twin of round 244c's "Résultats
        // d'admissibilité : 12 septembre"): "Publicación de resultados del primer ejercicio: 12 de septiembre". Only the
        // calendar's label: a letter's "los resultados del examen se publicarán en diez días" stays a promise.
        pattern: String.raw`resultados\s+(?:del\s+(?:primer|segundo|tercer)\s+ejercicio|de\s+la\s+oposición|del\s+concurso|del\s+examen)\s*:`,
        example: 'Publicación de resultados del primer ejercicio: 12 de septiembre de 2029.',
      },
      {
        // A schedule of interviews sent on is no promise and no slot of the reader's (twin of round 243's "planning des
        // entretiens de jeudi"): "les paso el cronograma de entrevistas del jueves 15".
        pattern: String.raw`(?:cronograma|calendario|agenda|programación|horario|orden)\s+de\s+(?:las\s+)?entrevistas\s+(?:de|del|previstas\s+para\s+el)`,
        example:
          'Les paso el cronograma de entrevistas del jueves 15 de marzo para el puesto de jefe de turno.',
      },
      {
        // A day excepted from someone's availability is no slot (twin of round 97's "à l'exception du mercredi 21"):
        // "Estoy disponible desde el 19 de julio, excepto el miércoles 21".
        pattern: String.raw`a\s+excepción\s+(?:del|de\s+la|de\s+los)|excepto\s+(?:el|la|los)`,
        example: 'Estoy disponible para una entrevista desde el 19 de julio, excepto el miércoles 21.',
      },
      {
        // Notice ahead of an event is no window of an answer: "recibirá una convocatoria con al menos 48 horas de
        // antelación" (round 84).
        pattern: String.raw`(?:de|con)\s+antelación`,
        example: 'Si resulta preseleccionado, recibirá la convocatoria con al menos 48 horas de antelación.',
      },
      {
        // Welcomed into the team from a day: the start, no promise, even beside an answer's words (twin of round 191's
        // "Wir möchten Sie ab dem 1. November … in unserem Team begrüßen"): "queremos darte la bienvenida a nuestro
        // equipo a partir del 4 de noviembre".
        pattern: String.raw`(?:darte|darle|daros|darles|dar)\s+la\s+bienvenida\s+(?:al|a\s+(?:nuestro|nuestra|la|el))\s+(?:equipo|empresa|compañía|plantilla|familia)|(?:recibirte|recibirle|contar\s+contigo|contar\s+con\s+usted)\s+(?:en|dentro\s+de)\s+(?:nuestro|nuestra|el|la)\s+(?:equipo|empresa|compañía|plantilla)`,
        example:
          'Te damos una respuesta positiva: queremos darte la bienvenida a nuestro equipo a partir del 4 de noviembre.',
      },
      {
        // (and the River Plate's "fecha de ingreso el lunes 2 de enero", round 315b)
        pattern: String.raw`(?:incorporación|primer\s+día|fecha\s+de\s+(?:inicio|ingreso)|comienzo)`,
        example: 'Su fecha de incorporación sería el 7 de enero de 2027.',
      },
      {
        pattern: String.raw`(?:plazo\s+de\s+presentación|fecha\s+límite|cierre\s+de\s+(?:la\s+)?convocatoria|candidaturas\s+finaliza)`,
        example: 'El plazo de presentación de candidaturas finaliza el 30 de noviembre.',
      },
      {
        pattern: String.raw`(?:cerrad[oa]s|vacaciones|nómina|periodo\s+de\s+prueba)`,
        example: 'Nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero.',
      },
      {
        // A pay day is a fact ("tu salario se abona el día 30"); the salary as what a promised letter details is not
        // ("Te enviaremos la carta oferta a más tardar el martes 13, con el detalle del salario", round 232).
        pattern: String.raw`(?<!(?:detalle|detalles|información|condiciones)\s{1,3}(?:del|de\s{1,3}(?:tu|su))\s{1,3})salario`,
        example: 'Tu salario se abona el día 30 de cada mes.',
      },
      {
        // An order and its delivery are no slot: "Fecha del pedido: …", "Entrega estimada: 14/01/2027".
        pattern: String.raw`pedido|entrega\s+estimada|desistimiento`,
        example: 'Entrega estimada del pedido: 14/01/2027.',
      },
      {
        // A day things happen before a decision is no promise of one: "el martes y el jueves, antes de tomar una decisión".
        pattern: String.raw`antes\s+de\s+(?:tomar|adoptar)\s+(?:una|la|nuestra)\s+decisión`,
        example: 'Entrevistamos a dos candidatas más el martes y el jueves, antes de tomar una decisión.',
      },
    ],
    reported: [
      {
        // The reader's words reported back, before a "que" clause (twin of round 121's "Sie erwähnten damals, dass …"):
        // "usted comentó que tendrían una respuesta en un par de semanas".
        pattern: String.raw`(?:usted|ustedes|tú|vos)\s+(?:me\s+|nos\s+)?(?:comentó|comentaron|comentaste|dijo|dijeron|dijiste|indicó|indicaron|indicaste|mencionó|mencionaron|mencionaste|prometió|prometieron|prometiste)(?![\p{L}])`,
        example: 'Usted comentó que tendrían una respuesta antes del viernes, pero no he sabido nada.',
      },
    ],
    past: [
      {
        // A thanks continued by "and for", whose clause is as past as the first (round 321c's twin): "gracias por tu
        // llamada y por tus comentarios sobre la entrevista del miércoles".
        pattern: String.raw`y\s+por\s+(?:tu|tus|su|sus|vuestra|vuestro)`,
        example: 'Gracias por tu llamada y por tus comentarios sobre la entrevista del miércoles.',
      },
      {
        // The day a conversation is recalled by: "Como hablamos el lunes, te invitamos …", "como te comenté el martes"
        // (r58's twin: read as next Monday, it made the real slot one of two). "Como quedamos, el lunes a las 10" names
        // the meeting, and a bare "Hablamos el lunes" may look ahead: neither is here.
        pattern: String.raw`como\s+(?:(?:hablamos|conversamos|charlamos|comentamos|platicamos)(?:\s+por\s+teléfono)?|(?:te|le|les)\s+(?:comenté|dije|indiqué|conté|expliqué|mencioné))\s+(?:el|este|esta|ayer)(?![\p{L}\p{N}])`,
        example: 'Como hablamos el lunes, te invitamos a una segunda entrevista.',
      },
      {
        // Thanks for having come (twin of round 132's "merci d'être venu"): "Te agradecemos que hayas venido el martes".
        pattern: String.raw`(?:agradecemos|agradezco|gracias)\s+(?:\p{L}+\s+){0,2}?que\s+(?:hayas|haya|hayan|hayáis)\s+(?:venido|participado|acudido|asistido|pasado)`,
        example: 'Te agradecemos que hayas venido a conocernos el martes.',
      },
      {
        // A promise told before, reported back by the candidate (twin of round 94's "vous m'aviez indiqué un retour
        // sous huit jours"): "me habían dicho que tendría respuesta en una semana", "me comentaron que …".
        pattern: String.raw`(?:me|nos)\s+(?:habían|había|habías|habíais)\s+(?:dicho|indicado|comentado|prometido|asegurado|comunicado)|(?:me|nos)\s+(?:comentaron|dijeron|indicaron|prometieron|aseguraron|comentó|dijo|indicó|prometió|aseguró)`,
        example: 'En la entrevista me habían dicho que tendría una respuesta en una semana.',
      },
      {
        // (not "hasta pasado el 14", a hold-off until after that day, round 90)
        pattern: String.raw`(?:ayer|anteayer|la\s+semana\s+pasada|(?<!hasta\s|haya\s|hayan\s)pasado(?!\s+mañana)|ya\s+(?:la\s+|lo\s+)?(?:hicimos|tuvimos|realizamos|hemos\s+hecho|hemos\s+tenido))`,
        example: 'Gracias por su tiempo durante la entrevista de ayer.',
      },
      {
        pattern: String.raw`(?:gracias|le\s+agradecemos|agradecerle)\s+(?:\p{L}+\s+){0,4}?(?:por)`,
        example: 'Gracias por la entrevista del lunes.',
      },
      {
        // An event told as over: "la entrevista tuvo lugar hoy", "se realizó el lunes".
        pattern: String.raw`tuvo\s+lugar|se\s+(?:realizó|celebró|llevó\s+a\s+cabo)`,
        example: 'Tu entrevista tuvo lugar hoy.',
      },
    ],
    callWelcome: [
      { pattern: String.raw`no\s+dude\s+en`, example: 'No dude en llamarme si tiene alguna pregunta.' },
      { pattern: String.raw`(?:puede|puedes)\s+llamarme`, example: 'Puede llamarme al 600 000 000.' },
    ],
    noCalls: [
      {
        // Information "by phone" as an adjective (round 307b: "no se facilitará información telefónica sobre el proceso").
        pattern: String.raw`no\s+(?:se\s+)?(?:brindará|brindarán|brindamos|brindaremos|brinda|dará|darán|daremos|damos|proporcionará|proporcionaremos|facilitará|facilitaremos|facilita|facilitamos|ofrecerá|ofreceremos)\s+(?:ningún\s+tipo\s+de\s+)?información\s+telefónica`,
        example: 'Le informamos de que no se facilitará información telefónica sobre el proceso.',
      },
      {
        // No news given by phone, the verb before the news (round 244b: "la entidad no brindará información sobre el estado
        // del proceso a través de llamadas telefónicas"; "no se dará información por teléfono").
        pattern: String.raw`no\s+(?:se\s+)?(?:brindará|brindarán|brindamos|brindaremos|brinda|dará|darán|daremos|damos|proporcionará|proporcionaremos|facilitará|facilitaremos|ofrecerá|ofreceremos|entregará|entregaremos|suministrará)\s+(?:ningún\s+tipo\s+de\s+)?(?:información|informes|detalles|respuestas?)\s+(?:\p{L}+\s+){0,8}?(?:a\s+través\s+de\s+(?:llamadas|la\s+línea)(?:\s+telefónicas?)?|por\s+teléfono|telefónicamente|por\s+vía\s+telefónica|vía\s+telefónica)`,
        example:
          'Cabe precisar que la entidad no brindará información sobre el estado del proceso a través de llamadas telefónicas.',
      },
      {
        // The "no" before an aside between commas, the call after it (round 242: "Le rogamos que no, por ningún motivo y
        // en ninguna etapa del proceso, se comunique por teléfono con nuestras sedes"; the French "de ne pas, même en
        // cas d'urgence, contacter nos équipes par téléphone"). Up to three asides, no other punctuation inside.
        pattern: String.raw`que\s+no,(?:[^.;!?,\n]{1,80},){1,3}\s*(?:(?:se|nos|me|te|le|les)\s+)?(?:(?:llam|telefone)\p{L}*|(?:comuni|contact|dirij|escrib)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica|por\s+WhatsApp))`,
        example:
          'Te pedimos que no, ni siquiera en caso de urgencia, llames a nuestras tiendas para preguntar por tu postulación.',
      },
      {
        // (and the switchboard named "central telefónica", not set up for queries, round 174b: "la central telefónica no
        // está habilitada para consultas sobre procesos de selección")
        pattern: String.raw`central\s+(?:telefónica|de\s+llamadas)\s+(?:\p{L}+\s+){0,3}?no\s+(?:\p{L}+\s+){0,3}?(?:atender|atiende|responder|responde|brinda|da|informa|consultas|información)`,
        example:
          'Le recordamos que nuestra central telefónica no está habilitada para atender consultas de postulantes.',
      },
      {
        // The phone line itself unable to answer (twin of round 139's "Service-Hotline kann … keine Fragen … beantworten"):
        // "nuestra centralita no puede atender consultas sobre procesos de selección".
        // (whatever its noun before "telefónica", twin of round 183's "réception téléphonique": "nuestra atención
        // telefónica no puede informar a los candidatos")
        pattern: String.raw`(?:centralita|conmutador|línea\s+de\s+atención|recepción|call\s+center|(?:línea|atención|recepción|asistencia)\s+telefónica|servicio\s+telefónico)\s+(?:\p{L}+\s+){0,3}?no\s+(?:\p{L}+\s+){0,3}?(?:atender|atiende|responder|responde|resolver|brindar|brinda|dar|da|informar|consultas|información)`,
        example:
          'Le informamos que nuestra centralita no puede atender consultas sobre procesos de selección.',
      },
      {
        // News of the application, the phone and a "no" in one clause (twin of round 136's "Auskünfte … am Telefon
        // nicht erteilen"): "el estado de su solicitud no puede consultarse telefónicamente", "la información sobre el
        // proceso no se proporciona vía telefónica".
        pattern: String.raw`(?:información|informes|estado|situación|seguimiento|avance|novedades)\s+(?:\p{L}+\s+){0,8}?no\s+(?:\p{L}+\s+){0,3}?(?:por\s+teléfono|telefónicamente|(?:por\s+)?vía\s+telefónica|de\s+forma\s+telefónica|por\s+llamada)`,
        example: 'Le recordamos que el estado de su solicitud no puede consultarse telefónicamente.',
      },
      {
        // The front desk not allowed to tell candidates by phone (twin of round 135's "n'est pas habilitée à renseigner
        // les candidats par téléphone"): "la recepción no está autorizada para informar a los candidatos por teléfono".
        pattern: String.raw`no\s+(?:está|están|estamos)\s+(?:autorizad[oa]s?|facultad[oa]s?|habilitad[oa]s?)\s+para\s+(?:informar|atender|responder|dar)\s+(?:\p{L}+\s+){0,4}?(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica)`,
        example: 'La recepción no está autorizada para informar a los candidatos por teléfono.',
      },
      {
        // Phone questions refused by an inability (twin of round 129's "pas en mesure de traiter les demandes de suivi
        // par téléphone"): "no podemos tramitar las consultas de seguimiento por teléfono".
        pattern: String.raw`no\s+(?:podemos|podremos|podrán)\s+(?:atender|tramitar|responder|gestionar|contestar)\s+(?:a\s+)?(?:las\s+)?(?:consultas|solicitudes|preguntas)\s+(?:de\s+\p{L}+\s+)?(?:por\s+teléfono|telefónicas)`,
        example: 'Lamentablemente no podemos tramitar las consultas de seguimiento por teléfono.',
      },
      {
        // The phone refused outright, far from the questions it is about (round 125): "las consultas … únicamente se
        // atienden por correo electrónico; en ningún caso por teléfono".
        pattern: String.raw`(?:en\s+ningún\s+caso|nunca|bajo\s+ningún\s+concepto)\s+(?:por\s+(?:teléfono|vía\s+telefónica)|telefónicamente)`,
        example:
          'Las consultas sobre el estado de las candidaturas únicamente se atienden por correo electrónico; en ningún caso por teléfono.',
      },
      {
        // Phone questions said to be impossible to answer (round 122): "no nos es posible atender consultas
        // telefónicas sobre el estado de los procesos".
        // (and "no nos será posible dar respuesta a las llamadas", twin of round 132; an aside between commas: "no nos
        // es posible, por ningún motivo, atender llamadas telefónicas", round 234b)
        pattern: String.raw`no\s+(?:nos\s+|me\s+)?(?:es|será|resulta)\s+posible(?:,?\s+\p{L}+){0,6}?,?\s+(?:llamadas|(?:consultas|preguntas|solicitudes)\s+(?:telefónicas|por\s+teléfono))`,
        example: 'Debido al alto volumen de postulaciones, no nos es posible atender consultas telefónicas.',
      },
      {
        // Calls left unanswered, in the impersonal voice (twin of round 123's "aucune suite ne pourra être donnée aux
        // appels"): "no se dará respuesta a las llamadas telefónicas".
        pattern: String.raw`no\s+se\s+(?:dará|darán|atenderá|atenderán|responderá|responderán|contestará|contestarán)\s+(?:respuesta\s+)?(?:a\s+)?(?:las\s+)?(?:llamadas|consultas\s+telefónicas)`,
        example: 'No se dará respuesta a las llamadas telefónicas sobre el proceso.',
      },
      {
        // Contact that would go round the recruiter, asked not to be made: "nos pidieron que los candidatos no se
        // comuniquen directamente con ellos", "no contactes directamente a la empresa" (lead's round r24).
        pattern: String.raw`no\s+(?:(?:se|te|nos|lo|la|los|las|le|les)\s+)?(?:comuni|contact|llam|escrib|pong)\p{L}*\s+(?:en\s+contacto\s+)?directamente`,
        example: 'El cliente nos pidió que los candidatos no se comuniquen directamente con ellos.',
      },
      {
        // Calls said to count for nothing (twin of round 100's "les appels … ne seront pas pris en compte"): "las
        // llamadas a recepción no serán atendidas".
        // (the calls' purpose may stand between: "las llamadas a nuestros hoteles para preguntar por el estado de las
        // candidaturas no serán atendidas", round 105)
        pattern: String.raw`llamadas\s+(?:telefónicas\s+)?(?:\p{L}+\s+){0,12}?no\s+(?:(?:serán|son|podrán\s+ser)\s+(?:atendidas|tomadas\s+en\s+cuenta|respondidas|contestadas)|se\s+(?:atienden|atenderán|responden|responderán|contestan|contestarán))`,
        example: 'Las llamadas telefónicas a recepción no serán atendidas.',
      },
      {
        // (across an aside between commas, twin of round 173's "Les appels au standard …, quelle que soit l'agence
        // contactée, ne pourront malheureusement pas être pris en compte")
        pattern: String.raw`llamadas\s+(?:telefónicas\s+)?(?:[\p{L}\p{N}]+,?\s+){0,20}?no\s+(?:\p{L}+\s+)?(?:(?:serán|son|podrán\s+ser|pueden\s+ser)\s+(?:atendidas|tomadas\s+en\s+cuenta|respondidas|contestadas)|se\s+(?:atienden|atenderán|responden|responderán|contestan|contestarán))`,
        example:
          'Las llamadas a nuestras tiendas sobre el estado de las candidaturas, sea cual sea la ciudad, lamentablemente no podrán ser atendidas.',
      },
      {
        // Reachable only in writing (round 173's twin: "Notre cellule recrutement n'est joignable que par e-mail"): "el
        // equipo de selección solo está disponible por correo electrónico".
        pattern: String.raw`(?:localizables?|contactables?|disponibles?|accesibles?)\s+(?:solo|solamente|sólo|únicamente|exclusivamente)\s+(?:por|a\s+través\s+del?|vía|mediante)\s+(?:correo|e-?mail|escrito|el\s+portal|el\s+formulario)|(?:solo|solamente|sólo|únicamente|exclusivamente)\s+(?:atendemos|atiende|atienden|respondemos|responde|se\s+atienden|se\s+responden)\s+(?:\p{L}+\s+){0,3}?(?:por|a\s+través\s+del?|vía|mediante)\s+(?:correo|e-?mail|escrito|el\s+portal|el\s+formulario)`,
        example: 'Nuestro equipo de selección está disponible únicamente por correo electrónico.',
      },
      {
        // Any verb of contact, with the telephone after it: "Por favor, no nos contactes por teléfono".
        pattern: String.raw`no\s+(?:nos\s+|me\s+|se\s+)?(?:contactes|contacte|contacten|contactéis|comuniques|comunique|comuniquen|comuniquéis)\s+(?:\p{L}+\s+){0,3}?(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica)`,
        example:
          'Gracias por tu mensaje. Por favor, no nos contactes por teléfono; te escribiremos antes del 18.',
      },
      {
        // Asked with the verb in the infinitive: "te pedimos no llamar a la clínica".
        pattern: String.raw`(?:pedimos|rogamos|solicitamos|pido|ruego|favor\s+de)\s+(?:\p{L}+\s+){0,2}?no\s+(?:llamar|telefonear|marcar(?:nos|le|les)?(?=\s+(?:a|al)\s))`,
        example: 'Les rogamos no llamar a la recepción para consultar por las vacantes.',
      },
      {
        // Said as a capability: "Nuestro equipo no puede atender llamadas sobre el estatus".
        pattern: String.raw`no\s+(?:puede|pueden|podemos|puedo)\s+(?:atender|responder|recibir|contestar)\s+(?:\p{L}+\s+){0,2}?llamadas`,
        example: 'La oficina de personal no puede atender llamadas sobre el estado de las solicitudes.',
      },
      {
        // The negation far from the call: "no reenvíes tu CV ni te comuniques por teléfono con la sucursal".
        pattern: String.raw`ni\s+(?:te\s+|se\s+|nos\s+)?(?:comuniques|comunique|contactes|contacte|llames|llame|telefonees|telefonee)(?:\s+(?:\p{L}+\s+){0,3}?(?:por\s+teléfono|telefónicamente))?`,
        example: 'Por favor, no envíes tu hoja de vida en papel ni llames a la recepción del hotel.',
      },
      {
        // Phone questions asked not to be made (round 182: "le rogamos que … no realice consultas telefónicas sobre el
        // estado del proceso"; twin "ne pas effectuer de demandes téléphoniques").
        pattern: String.raw`no\s+(?:realice|realices|realicen|realizar|haga|hagas|hagan|hacer|efectúe|efectúes|efectúen|efectuar|formule|formules|formulen|formular)\s+(?:\p{L}+\s+)?(?:consultas|llamadas|preguntas|solicitudes|seguimientos?)\s+(?:telefónic[oa]s|por\s+teléfono|por\s+vía\s+telefónica)`,
        example: 'Te pedimos que no hagas consultas telefónicas sobre tu candidatura.',
      },
      {
        pattern: String.raw`no\s+(?:\p{L}+\s+){0,3}?(?:consultas|llamadas|preguntas)\s+(?:\p{L}+\s+){0,1}?por\s+teléfono`,
        example: 'Nuestro equipo no puede atender consultas por teléfono.',
      },
      {
        pattern: String.raw`(?:no\s+(?:nos\s+)?(?:llame|llames|telefonee)|no\s+(?:nos\s+)?(?:marque|marques|marquen)(?=\s+(?:a|al)\s)|(?:evite|evita|eviten)\s+(?:llamar|telefonear))`,
        example: 'Por favor, no llame a la oficina para preguntar por el estado de su candidatura.',
      },
      {
        pattern: String.raw`no\s+se\s+atender(?:án|á)\s+(?:consultas\s+telefónicas|llamadas)`,
        example: 'No se atenderán consultas telefónicas.',
      },
      {
        pattern: String.raw`no\s+(?:\p{L}+\s+){0,2}?(?:responder|atender|contestar|aceptar|aceptamos|atendemos|respondemos|contestamos|responderán|atenderán|contestarán|aceptarán)\s+(?:a\s+)?(?:consultas\s+telefónicas|llamad[oa]s\s+telefónic[oa]s)`,
        example: 'no podremos responder consultas telefónicas ni por WhatsApp sobre el estado del proceso.',
      },
      {
        pattern: String.raw`no\s+(?:podemos|podremos|es\s+posible)\s+atender\s+(?:\p{L}+\s+)?(?:llamadas|consultas\s+telefónicas)`,
        example: 'En este momento no podemos atender llamadas sobre el proceso de selección.',
      },
      {
        // A call asked not to be made: "no realices llamadas a nuestras tiendas" (round 90).
        pattern: String.raw`no\s+(?:realices|realice|realicen|hagas|haga|hagan|efectúes|efectúe|efectúen)\s+llamadas`,
        example: 'Por favor, no realice llamadas a las oficinas para consultar el estado de su candidatura.',
      },
      {
        // No answer given by phone (the French "aucune réponse ne sera donnée par téléphone", round 91).
        // Any follow-up named by its noun (twin of round 103's "aucun suivi … par téléphone"): "ningún seguimiento de
        // candidaturas puede hacerse por teléfono".
        pattern: String.raw`ning[uú]n[ao]?\s+(?:respuesta|información|seguimiento|consulta|pregunta|gestión|trámite|actualización)\s+(?:\p{L}+\s+){0,8}?(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica)`,
        example: 'No se dará ninguna respuesta por teléfono sobre el estado de las candidaturas.',
      },
      { pattern: String.raw`(?:sin|no\s+se\s+aceptan)\s+llamadas`, example: 'Sin llamadas, por favor.' },
      {
        pattern: String.raw`no\s+(?:es\s+posible|podemos|podremos|se\s+puede)\s+atender\s+(?:\p{L}+\s+){0,3}?(?:por\s+(?:vía\s+)?teléfono|por\s+vía\s+telefónica|telefónicamente)`,
        example: 'no es posible atender por vía telefónica ninguna consulta relacionada con esta oferta.',
      },
      {
        // No staff to take the calls: "no contamos con personal para atender consultas por teléfono" (round 87).
        pattern: String.raw`no\s+(?:contamos|cuenta|disponemos|dispone|tenemos|tiene)\s+(?:con\s+|de\s+)?(?:personal|recursos|medios)\s+para\s+(?:atender|responder|contestar)\s+(?:a\s+)?(?:consultas|llamadas|preguntas)\s+(?:\p{L}+\s+){0,3}?(?:por\s+teléfono|telefónicas|telefónicamente)`,
        example: 'Lamentablemente no tenemos personal para responder consultas telefónicas sobre el proceso.',
      },
      {
        // Calls asked not to be made, an aside between commas after the verb (round 294b: "agradecemos no realizar, bajo
        // ninguna circunstancia, llamadas a la planta"; twin of "absténgase, durante todo el proceso, de llamar"). Not
        // with a bound after it: a time-bounded request is a hold-off.
        pattern: String.raw`no\s+(?:realice|realices|realicen|realizar|haga|hagas|hagan|hacer|efectúe|efectúen|efectuar)\s*,(?:[^.;!?,\n]{1,80},){1,3}\s*(?:\p{L}+\s+)?(?:llamadas|consultas\s+telefónicas|consultas\s+por\s+teléfono)(?![^.;!?\n]{0,80}?(?:antes|hasta))`,
        example: 'Agradecemos no realizar, bajo ninguna circunstancia, llamadas a la planta.',
      },
      {
        pattern: String.raw`no\s+(?:dispone|disponemos|tiene|tenemos|contamos|cuenta)\s+(?:de\s+|con\s+)?(?:\p{L}+\s+)?(?:línea|servicio|atención)\s+telefónica`,
        example: 'Nuestro equipo de selección no dispone de línea telefónica para candidatos.',
      },
      {
        // Calls named by their noun after "abstenerse", in the subjunctive too (twin of round 191's "von telefonischen
        // Anfragen … Abstand zu nehmen"): "Le rogamos que se abstenga de realizar llamadas telefónicas". Not with a
        // bound after it ("… antes del 15 de febrero"): a time-bounded request is a hold-off.
        pattern: String.raw`(?:absténganse|abstenerse|absténgase|abstente|absteneos|abstenga|abstengan|abstengas)\s+de\s+(?:(?:realizar|hacer|efectuar)\s+)?(?:llamadas|consultas\s+telefónicas|consultas\s+por\s+teléfono)(?![^.;!?\n]{0,80}?(?:antes|hasta))`,
        example:
          'Le rogamos que se abstenga de realizar llamadas telefónicas para consultar el estado de su candidatura.',
      },
      {
        pattern: String.raw`(?:absténganse|abstenerse|absténgase|abstente|absteneos)\s+de\s+(?:contactar|llamar|telefonear)\p{L}*`,
        example: 'Agencias de selección y headhunters: por favor, absténganse de contactarnos.',
      },
      {
        // The same verb in the subjunctive after "que" (round 292: "Le agradeceremos que, durante todo el proceso y aunque
        // haya pasado tiempo desde su postulación, se abstenga de llamar por teléfono a nuestras sucursales"). Not with a
        // bound after it: a time-bounded request is a hold-off.
        pattern: String.raw`(?:abstenga|abstengan|abstengas|abstengáis)\s+de\s+(?:contactar|llamar|telefonear)\p{L}*(?![^.;!?\n]{0,80}?(?:antes|hasta))`,
        example: 'Le pedimos que se abstenga de llamar a nuestras oficinas; le escribiremos nosotros.',
      },
      {
        // The same with an aside between commas before "de" (round 241's probe, the twin of "ne pas, …, appeler"):
        // "Por favor, absténgase, durante todo el proceso, de llamar a nuestras oficinas". Not with a bound after it: a
        // time-bounded request is a hold-off.
        pattern: String.raw`(?:absténganse|abstenerse|absténgase|abstente|absteneos|abstenga|abstengan|abstengas)\s*,(?:[^.;!?,\n]{1,80},){1,3}\s*de\s+(?:(?:realizar|hacer|efectuar)\s+)?(?:llamadas|llamar\p{L}*|telefonear\p{L}*|consultas\s+telefónicas|consultas\s+por\s+teléfono)(?![^.;!?\n]{0,80}?(?:antes|hasta))`,
        example: 'Por favor, absténgase, durante todo el proceso, de llamar a nuestras oficinas.',
      },
      {
        pattern: String.raw`no\s+(?:damos|facilitamos|podemos\s+dar)\s+información\s+por\s+teléfono`,
        example: 'No damos información por teléfono.',
      },
      {
        // ("seguimiento" as well: "no damos seguimiento a las postulaciones por vía telefónica")
        pattern: String.raw`no\s+(?:da|damos|facilita|facilitamos|brinda|brindamos|ofrece|ofrecemos|proporciona|proporcionamos|hace|hacemos|realiza|realizamos)\s+(?:información|seguimiento|seguimientos)\s+(?:\p{L}+\s+){0,6}?(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica)`,
        example:
          'el área de Gestión del Talento no brinda información sobre el estado de las postulaciones por teléfono.',
      },
      {
        // The same as a capability, the modal before the verb and the channel far after it (round 84).
        pattern: String.raw`no\s+(?:puede|pueden|podemos|podrá|podrán|podremos)\s+(?:dar|facilitar|brindar|ofrecer|proporcionar)\s+información\s+(?:\p{L}+\s+){0,8}?(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica)`,
        example:
          'Por política interna, el equipo no puede facilitar información sobre el avance de cada candidatura por vía telefónica.',
      },
      {
        pattern: String.raw`(?:no|ni)\s+(?:\p{L}+\s+){0,4}?(?:llaméis|llamen|telefoneéis|telefoneen)\s+(?:a|al)`,
        example: 'que ni tú ni tu agencia llaméis a la oficina central para interesaros por el proceso.',
      },
      {
        // "no facilitará, ni por teléfono ni de forma presencial, información": the phone denied as one of the ways.
        pattern: String.raw`ni\s+(?:por\s+(?:vía\s+)?tel[eé]fono|telef[oó]nicamente|por\s+vía\s+telefónica)`,
        example: 'No daremos información sobre el proceso ni por teléfono ni por correo.',
      },
      {
        // The capability denied far from "no": "no tiene la capacidad de atender llamadas ni mensajes".
        pattern: String.raw`no\s+(?:\p{L}+\s+){0,5}?(?:atender|responder|contestar|recibir)\s+(?:\p{L}+\s+)?llamadas`,
        example: 'Nuestro equipo no tiene la capacidad de atender llamadas sobre el proceso.',
      },
      {
        // The way of contact denied with "never": "únicamente por correo electrónico, nunca por teléfono".
        pattern: String.raw`nunca\s+(?:por\s+teléfono|telefónicamente|por\s+vía\s+telefónica)`,
        example: 'Las consultas se atienden únicamente por correo electrónico, nunca por teléfono.',
      },
    ],
    rejection: [
      {
        // The position filled with another person (twin of round 325's "die Stelle mit einer Kandidatin zu besetzen":
        // "hemos decidido cubrir la vacante con una candidata cuyo perfil …").
        pattern: String.raw`(?:cubrir|cubierto|cubierta|ocupar|asignar|asignado|asignada)\s+(?:la\s+vacante|el\s+puesto|el\s+cargo|la\s+plaza|la\s+posición)\s+con\s+(?:un|una|otro|otra|otro\s+candidato|otra\s+candidata)\s*(?:candidato|candidata|persona|perfil|postulante)?(?![\p{L}])`,
        example:
          'Hemos decidido cubrir la vacante con una candidata cuyo perfil se ajusta mejor a lo que buscamos.',
      },
      {
        // No interview granted (r63's twin): "no podemos invitarte a una entrevista para este puesto".
        pattern: String.raw`no\s+(?:podemos|podremos|vamos\s+a\s+poder)\s+(?:\p{L}+\s+)?(?:invitarte|invitarle|citarte|citarle|convocarte|convocarle)\s+a\s+(?:una\s+)?entrevista`,
        example: 'Lamentablemente no podemos invitarte a una entrevista para este puesto.',
      },
      {
        // A favourable answer refused (twin of round 138's "ne pouvoir y réserver une suite favorable"): "lamentamos no
        // poder dar curso favorable a su candidatura", "no podemos darle una respuesta positiva"; in the comparative too,
        // "no poder darle una noticia más positiva" (round 322's twin).
        pattern: String.raw`no\s+(?:\p{L}+\s+){0,4}?(?:(?:un|una)\s+)?(?:curso|respuesta|resolución|contestación|noticia)\s+(?:más\s+)?(?:favorable|positiva)`,
        example: 'Lamentamos no poder dar curso favorable a su candidatura.',
      },
      {
        // Another person kept: "nos vamos a quedar con otra persona para el puesto", "nos quedamos con otro perfil"
        // (round 105).
        pattern: String.raw`(?:quedar(?:nos)?|quedamos|quedaremos|quedado)\s+con\s+otr[oa]s?\s+(?:persona|candidat\p{L}*|perfil(?:es)?|postulantes?)`,
        example: 'Te cuento que finalmente nos vamos a quedar con otra persona para el puesto.',
      },
      {
        // The post filled with an internal candidate (twin of round 95's "die Stelle mit einer internen Kandidatin
        // besetzt"): "hemos cubierto la vacante con una candidata interna".
        pattern: String.raw`(?:cubierto|cubrir|cubrimos|ocupado)\s+(?:el|la)\s+(?:puesto|vacante|plaza|posición)\s+con\s+(?:un|una)\s+(?:candidat[oa]|persona|perfil|profesional)\s+(?:intern[oa]|de\s+la\s+casa|de\s+la\s+empresa)`,
        example: 'Le informamos de que hemos cubierto la vacante con una candidata interna.',
      },
      {
        // The process not continued with the candidate (twin of round 92's "den Prozess mit Ihnen nicht
        // fortzusetzen"): "hemos decidido no continuar el proceso contigo".
        pattern: String.raw`no\s+(?:continuar|seguir|proseguir|avanzar)\s+(?:adelante\s+)?(?:con\s+)?(?:el|este|tu|su)\s+proceso\s+(?:de\s+selección\s+)?(?:contigo|con\s+usted)`,
        example: 'Hemos decidido no continuar el proceso contigo.',
      },
      {
        // The offer words negated: "no podemos ofrecerte el puesto".
        pattern: String.raw`no\s+(?:podemos|podremos|vamos\s+a\s+poder)\s+(?:ofrecerte|ofrecerle|ofrecer(?:te|le)?)\s+(?:el|este|la|esta)\s+(?:puesto|cargo|posición|vacante)`,
        example: 'Lamentablemente, en esta ocasión no podremos ofrecerle el cargo de analista.',
      },
      {
        pattern: String.raw`no\s+(?:continuaremos|seguiremos|avanzaremos)\s+con\s+(?:el|este)\s+proceso(?!\s+hasta)`,
        example:
          'la vacante para la cual se postuló fue cerrada, por lo que no continuaremos con el proceso.',
      },
      {
        pattern: String.raw`(?:no\s+(?:continuarás|continuará|seguirás|seguirá|avanzarás|avanzará)\s+(?:en|con)\s+(?:el|este)\s+proceso|no\s+(?:podremos|podemos|vamos\s+a\s+poder)\s+contar\s+con(?:tigo|\s+usted)|(?:fue|ha\s+sido|hemos|quedó|ha\s+quedado)\s+(?:cubiert[oa]|ocupad[oa]))`,
        example: 'Lamentablemente, en esta ocasión no podremos contar contigo.',
      },
      {
        pattern: String.raw`(?:ya\s+)?(?:ha\s+sido|se\s+ha)\s+cubierto`,
        example: 'El puesto ya ha sido cubierto.',
      },
      {
        // (and without "otros" after a decision: "hemos decidido continuar con candidatos cuyo perfil se ajusta más", round
        // 90; any form of the verb, the process before it or after: "el proceso continuará con otros candidatos",
        // "seguiremos el proceso con otros perfiles", "continuar el proceso con otras personas postulantes", r57)
        pattern: String.raw`(?:continu\p{L}{0,6}|segui\p{L}{0,6}|sigue|siguen|avanz\p{L}{0,6})\s+(?:(?:el|este|nuestro)\s+proceso\s+(?:de\s+selecci\p{L}n\s+)?)?con\s+otr[oa]s?\s+(?:personas?\s+)?(?:candidat\p{L}*|perfil(?:es)?|postulantes?|postulaci\p{L}+|personas?)|(?:decidido|decidimos|optado|optamos)\s+(?:por\s+)?(?:continuar|seguir|avanzar)\s+con\s+(?:l[oa]s\s+)?(?:candidat\p{L}*|perfiles|postulantes)\s+(?:cuy[oa]s?|que)`,
        example: 'Lamentamos informarle que hemos decidido continuar con otros candidatos.',
      },
      {
        // (one other or several, as noun or person: "seguir adelante con otra candidatura", round 102's rules test)
        pattern: String.raw`(?:continuar|seguir|avanzar)\s+adelante\s+con\s+(?:otr[oa]s?\s+)?(?:candidat\p{L}*|perfil(?:es)?|postulantes?|postulaci\p{L}+|persona)`,
        example:
          'hemos decidido seguir adelante con perfiles que se ajustan más a las necesidades del puesto.',
      },
      {
        // The other person chosen, in the infinitive or the participle: "hemos decidido seleccionar a otra persona
        // para el puesto", "hemos contratado a otro candidato" (board2's rule).
        pattern: String.raw`(?:seleccionar|seleccionado|seleccionamos|elegir|elegido|elegimos|contratar|contratado|contratamos|escoger|escogido)\s+a\s+otr[oa]\s+(?:candidat\p{L}*|persona|perfil|postulante)`,
        example:
          'Tras valorar todas las candidaturas, hemos decidido seleccionar a otra persona para el puesto.',
      },
      {
        // The application of someone else kept (twin of the French "retenu la candidature d'une personne", r54).
        pattern: String.raw`(?:seleccionado|elegido|escogido|seleccionar|elegir|optado\s+por)\s+(?:la\s+candidatura|el\s+perfil)\s+de\s+otr[oa]\s+(?:persona|candidat\p{L}*|profesional)`,
        example: 'Finalmente hemos seleccionado la candidatura de otra persona.',
      },
      {
        pattern: String.raw`(?:inclin\p{L}+|decant\p{L}+|decidi\p{L}+|optado|optamos|optó)\s+por\s+otr[oa]\s+(?:candidat\p{L}*|perfil|persona)`,
        example: 'al final el cliente se inclinó por otro candidato con más experiencia en fintech.',
      },
      {
        pattern: String.raw`(?:decidi\p{L}*|optado|optamos|elegido)\s+(?:\p{L}+\s+){0,2}?(?:avanzar|continuar|seguir)\s+con\s+(?:otr[oa]s?|una|un)\s+(?:candidat\p{L}*|perfil(?:es)?|postulantes?|persona)`,
        example:
          'En esta oportunidad decidimos avanzar con una persona que cuenta con mayor experiencia en el sector salud.',
      },
      {
        pattern: String.raw`no\s+(?:ha|has|han|fue|fuiste|fueron)\s+(?:sido\s+|resultado\s+|quedado\s+)?(?:pre)?seleccionad[oa]s?`,
        example: 'Su candidatura no ha sido seleccionada para continuar en el proceso.',
      },
      {
        // The choice made of a profile that fits better (twin of round 94's "fait le choix d'un profil plus en
        // adéquation"): "hemos optado por un perfil más ajustado a las necesidades del puesto".
        pattern: String.raw`(?:optado|optamos|apostado|apostamos|elegido|elegimos)\s+(?:finalmente\s+)?por\s+(?:un|una|otr[oa])\s+(?:perfil|candidat[oa]|persona|postulante)\s+(?:más|que|cuy[oa]|con|mejor)`,
        example: 'Tras valorarlo, hemos optado por un perfil más ajustado a las necesidades del puesto.',
      },
      {
        // Not when the news is a cancelled or moved slot ("lamentamos informarle que la entrevista … queda cancelada").
        pattern: String.raw`(?:lamentamos|sentimos|lamento|siento)\s+(?:informar|comunicar|decir)(?:le|te|os|les)(?![^.;]{0,80}(?:cancelad|suspendid|aplazad|pospuest|reprogramad))`,
        example: 'Lamentamos informarle que …',
      },
      {
        pattern: String.raw`(?:su|tu)\s+perfil\s+no\s+(?:se\s+ajusta|encaja|coincide|cumple|es\s+(?:el|lo)\s+que\s+(?:estamos\s+buscando|buscamos))`,
        example: 'Lamentablemente, su perfil no se ajusta a lo que buscamos en este momento.',
      },
      {
        pattern: String.raw`no\s+(?:continuaremos|seguiremos|avanzaremos|(?:vamos\s+a\s+poder|podemos|podremos|vamos\s+a)\s+(?:continuar|seguir|avanzar)|continuar|seguir|avanzar)\s+(?:adelante\s+)?con\s+(?:su|tu)\s+(?:candidatura|postulación|solicitud|perfil)`,
        example: 'No continuaremos con su candidatura.',
      },
      {
        // The one chosen, with an indefinite article, is someone else: "nos decidimos por una candidata cuyo perfil …";
        // so are several, without one (round 322's twin: "nos hemos decidido por candidatas y candidatos cuyo perfil …").
        pattern: String.raw`(?:decidido|decidimos|decantado|decantamos|inclinado|inclinamos|elegido|elegimos|seleccionado|seleccionamos)\s+(?:por\s+|a\s+)?(?:(?:una|un|unos|unas)\s+)?(?:candidat[oa]s?|postulantes?|aspirantes?|personas?)(?:\s+(?:y|o)\s+(?:candidat[oa]s|postulantes|aspirantes))?\s+(?:cuy[oa]s?|que|con)`,
        example: 'Finalmente nos hemos decidido por una candidata cuyo perfil se ajusta más a la posición.',
      },
      {
        // "no pasas a la siguiente etapa", "no estamos en condiciones de continuar con su candidatura".
        pattern: String.raw`no\s+(?:pasas|pasa|has\s+pasado|ha\s+pasado|avanzas|avanza|continúas|sigues|pasará|pasarás|avanzará|avanzarás|continuará|continuarás|seguirá|seguirás)\s+a\s+la\s+(?:siguiente|próxima)\s+(?:etapa|fase|ronda)|no\s+(?:estamos\s+en\s+(?:condiciones|disposición)\s+de|nos\s+es\s+posible)\s+(?:continuar|seguir|avanzar)\s+con\s+(?:su|tu)\s+(?:candidatura|postulación)`,
        example: 'Esta vez no pasas a la siguiente etapa del proceso.',
      },
    ],
    thatDay: [
      {
        // Only with what the reader is told that day ("ese día te doy novedades"; not "ese día publicaremos la lista",
        // round 131), and not after words that bound a hold-off or start a count ("antes de ese día", "a partir de ese
        // día", backReference and anchorGap).
        pattern: String.raw`(?<!(?:antes\s+de|hasta|desde|después\s+de|a\s+partir\s+de)\s+)ese\s+(?:mismo\s+)?día(?=,?\s+(?:\p{L}+\s+){0,2}?(?:te|le|les|os)\s)`,
        example: 'No me escribas antes del lunes 21; ese día te doy novedades.',
      },
    ],
    alreadyHired: [
      {
        // The first day confirmed, or the induction of a hire (round 329b): "Te confirmamos que tu fecha de ingreso es el
        // miércoles 1 de marzo … para la inducción corporativa".
        pattern: String.raw`(?:te|le|les|os)\s+confirmamos\s+(?:que\s+)?(?:tu|su|vuestra)\s+(?:fecha\s+de\s+(?:ingreso|incorporación|inicio)|primer\s+día)|(?:tu|su)\s+(?:primer\s+día\s+(?:de\s+trabajo\s+)?|fecha\s+de\s+(?:ingreso|incorporación)\s+)(?:es|será)\s+(?:el|este|mañana)|inducción|bienvenid[oa]s?\s+a\s+bordo`,
        example:
          'Te confirmamos que tu primer día será el lunes 3 de marzo; te esperamos a las 9:00 para la inducción.',
      },
    ],
    offerNamed: [
      {
        pattern: String.raw`oferta|propuesta|ofrec\p{L}*|carta\s+de\s+intención`,
        example: 'Te adjuntamos la oferta con las condiciones del puesto.',
      },
    ],
    offer: [
      {
        // An employer's wish to hire the reader (twin of round 325's "Wir wollen dich … einstellen": "queremos
        // contratarte como mecánico", "te queremos contratar", "nos gustaría incorporarlo"); not "no queremos …".
        pattern: String.raw`(?<!no\s{1,3})(?:queremos|quisiéramos|deseamos|vamos\s+a|nos\s+gustaría|nos\s+encantaría|quiero|me\s+gustaría)\s+(?:contrat|incorpor)ar(?:te|le|lo|la|los|las|os)(?![\p{L}])|(?<!no\s{1,3})(?:te|le|lo|la|los|las|os)\s+(?:queremos|quisiéramos|deseamos|vamos\s+a)\s+(?:contratar|incorporar)(?![\p{L}])`,
        example: 'Tu día de prueba salió muy bien y queremos contratarte como soldador a partir del lunes.',
      },
      {
        // A positive answer to the application given today is the offer (twin of round 234c's known French miss "une
        // réponse positive"): "Te damos una respuesta positiva a tu candidatura para el puesto de cajera"; not one
        // about the next step ("una respuesta positiva para la siguiente etapa"), nor one hoped for ("esperamos poder
        // darte una respuesta favorable muy pronto").
        pattern: String.raw`(?:(?:te|le|os|les)\s+(?:damos|doy|comunicamos|trasladamos)|(?:gusto|complace|alegra|placer|satisfacción|encantados|encantadas)\s+(?:de\s+)?(?:darte|darle|daros|comunicarte|comunicarle))\s+(?:una\s+)?respuesta\s+(?:positiva|favorable)(?![^.!?\n]{0,60}?(?:entrevista|etapa|fase|prueba|ronda|proceso))`,
        example: 'Te damos una respuesta positiva a tu candidatura para el puesto de cajera.',
      },
      {
        // The hiring approved (round 139b): "El comité aprobó tu contratación", "se ha aprobado su incorporación".
        pattern: String.raw`(?:aprob[óo]|aprobado|aprobada|autoriz[óo]|autorizado|autorizada|confirm[óo])\s+(?:\p{L}+\s+){0,2}?(?:tu|su)\s+(?:contratación|incorporación|ingreso)`,
        example: '¡Buenas noticias! El comité aprobó tu contratación como ingeniero.',
      },
      {
        // The candidacy chosen, told as a cleft (twin of round 135's "c'est votre candidature que nous avons choisie"):
        // "tu candidatura es la que hemos elegido" (not one kept for an interview or a next step).
        pattern: String.raw`(?:tu|su)\s+candidatura\s+(?:es\s+)?la\s+que\s+(?:hemos|han)\s+(?:elegido|escogido|seleccionado)(?![^.!?\n]{0,30}(?:entrevista|etapa|fase|prueba))`,
        example: '¡Buenas noticias! Tu candidatura es la que hemos elegido para el puesto.',
      },
      {
        // A formal proposal sent (round 131): "Nos complace hacerle llegar una propuesta formal para que se incorpore".
        pattern: String.raw`(?:(?:hacer|enviar|remitir)(?:le|te|os)|(?:te|le|os)\s+(?:haremos|hacemos|haré|hago|enviaremos|enviamos|remitimos|remitiremos))\s+(?:llegar\s+)?(?:una|nuestra)\s+(?:propuesta|oferta)\s+(?:formal|laboral|económica|de\s+(?:trabajo|empleo|contratación|incorporación))`,
        example: 'Nos complace hacerle llegar una propuesta formal para que se incorpore como analista.',
      },
      {
        // The contract sent to sign is the post given (twin of round 132's "un lien DocuSign pour signer votre
        // contrat"): "te enviaremos el enlace para firmar tu contrato".
        pattern: String.raw`(?:firmar|firma\s+de)\s+(?:tu|su)\s+contrato`,
        example: 'Te enviaremos esta semana el enlace para firmar tu contrato.',
      },
      {
        // An offer made in any person and mood (twin of round 106's "on aimerait te faire une offre"): "queremos
        // hacerte una propuesta", "vamos a hacerle una oferta".
        pattern: String.raw`(?:queremos|quisiéramos|nos\s+gustaría|nos\s+encantaría|vamos\s+a|deseamos)\s+(?:hacerte|hacerle|haceros|presentarte|presentarle)\s+(?:una|nuestra)\s+(?:oferta|propuesta)(?:\s+(?:formal|económica|laboral|de\s+(?:trabajo|empleo)))?`,
        example: 'El equipo quedó encantado con tu entrevista y queremos hacerte una propuesta formal.',
      },
      {
        // The post given as the candidate's (twin of round 92's "Ihnen heute die Zusage"): "el puesto es tuyo".
        // (the role named between, round 294b: "el puesto de camarera de pisos es tuyo")
        // (its gender agreeing: "la decisión sobre el puesto de cajero es tuya" is no offer)
        pattern: String.raw`(?:el\s+puesto|el\s+cargo)\s+(?:de\s+(?:[\p{L}-]+\s+){1,4}?)?es\s+(?:tuyo|suyo)(?![\p{L}])|(?:la\s+plaza|la\s+posición|la\s+vacante)\s+(?:de\s+(?:[\p{L}-]+\s+){1,4}?)?es\s+(?:tuya|suya)(?![\p{L}])`,
        example: 'Hola Ana: el puesto es tuyo, ¡enhorabuena!',
      },
      {
        // "Te queremos en el equipo", "la queremos con nosotros".
        pattern: String.raw`(?:te|lo|la|los)\s+queremos\s+(?:en\s+(?:el|nuestro)\s+equipo|con\s+nosotros|a\s+bordo)`,
        example: '¡Buenas noticias, Lucas! Te queremos en nuestro equipo de soporte a partir de enero.',
      },
      {
        // A wish for the candidate to join: "queremos que te sumes al equipo", "nos encantaría que formaras parte".
        // (and the past subjunctive in "-se": "Nos encantaría que te incorporases al equipo", round 305b)
        pattern: String.raw`(?:queremos|nos\s+(?:encantaría|gustaría))\s+que\s+(?:te\s+(?:sumes|unas|incorpores|sumaras|unieras|incorporaras|sumases|unieses|incorporases)|se\s+(?:sume|una|incorpore|sumara|uniera|incorporara|sumase|uniese|incorporase)|formes\s+parte|forme\s+parte|formaras\s+parte|formara\s+parte|formases\s+parte|formase\s+parte)`,
        example:
          '¡Buenas noticias, Tomás! Queremos que te incorpores como desarrollador backend a partir del 11 de enero.',
      },
      {
        // (not a profile shortlisted: "Tu perfil fue seleccionado para la vacante de … Te compartimos los datos de tu
        // entrevista", round 308b)
        pattern: String.raw`(?<!(?:perfil|currículum|CV|hoja\s+de\s+vida)\s+(?:(?:ha|has|fue)\s+)?(?:sido\s+)?)(?:sido\s+)?(?:seleccionad[oa]|elegid[oa])\s+para\s+(?:el\s+(?:puesto|cargo|rol)|la\s+(?:posición|vacante)|ocupar)`,
        example: 'Nos alegra comunicarle que ha sido seleccionada para el puesto de ingeniera de software.',
      },
      {
        // (and "tenemos el gusto de ofrecerle la posición", round 87)
        // (and "el agrado de", "la satisfacción de": "Tenemos el agrado de ofrecerle el puesto", round 125; the job
        // named before by "dicho": "tenemos el agrado de ofrecerle dicho cargo", round 328b)
        // (the job offered, never an interview: "Nos complace ofrecerte una entrevista" invites, r59)
        pattern: String.raw`(?:complace|encantados\s+de|alegra|placer|gusto|agrado|satisfacción)\s+(?:\p{L}+\s+){0,2}?(?:(?:ofrecerle|ofrecerte|ofreceros)(?:\s+(?:formalmente|oficialmente))?\s+(?:(?:el|este|la|esta|nuestra|una?|dicho|dicha|ese|esa)\s+)?(?:puesto|plaza|posición|cargo|vacante|trabajo|empleo|contrato|incorporación|oferta|propuesta)|hacerle\s+una\s+oferta|hacerte\s+una\s+oferta)`,
        example: 'Nos complace ofrecerle el puesto de analista de datos.',
      },
      {
        pattern: String.raw`(?:oferta\s+de\s+(?:empleo|trabajo)|carta\s+de\s+oferta)\s+(?:adjunta|que\s+adjuntamos)`,
        example: 'Le enviamos la carta de oferta adjunta.',
      },
      {
        // (with the verb of sending between: "Adjunto le remito la carta de oferta", round 125)
        pattern: String.raw`(?:adjuntamos|adjunto|te\s+enviamos|le\s+enviamos|le\s+remito|le\s+remitimos|te\s+remito|encontrarás|encontrará)\s+(?:\p{L}+\s+){0,3}?carta\s+(?:de\s+)?oferta`,
        example: 'Adjuntamos la carta oferta con el detalle del salario.',
      },
      {
        // (any wisher, a client's through an agency, or the offer made outright: "mi cliente quiere ofrecerte el puesto",
        // "Te ofrecemos el puesto de Responsable de Compras"; the job offered, never an interview, r59)
        pattern: String.raw`(?:(?:queremos|quisiéramos|nos\s+gustaría|deseamos|quiere|quieren|querría|querrían|desea|desean|le\s+gustaría|les\s+gustaría|ha\s+decidido|han\s+decidido|hemos\s+decidido|decidimos|decidió)\s+(?:ofrecerte|ofrecerle|ofreceros)|(?:te|le|os|les)\s+(?:ofrecemos|ofrece|ofrecen))(?:\s+(?:formalmente|oficialmente))?\s+(?:(?:el|este|la|esta|nuestra|una?|dicho|dicha|ese|esa)\s+)?(?:puesto|plaza|posición|cargo|vacante|trabajo|empleo|contrato|incorporación|oferta|propuesta)|(?:queremos|quisiéramos|nos\s+gustaría|deseamos|quiere|quieren|desea|desean)\s+(?:hacerte|hacerle)\s+una\s+oferta`,
        example: 'Con mucho gusto te informo que queremos ofrecerte el puesto de Contador Senior.',
      },
      {
        pattern: String.raw`(?:ha|hemos|han)\s+aprobado\s+(?:tu|su)\s+(?:contratación|incorporación)`,
        example: 'El comité ha aprobado tu contratación y te haremos llegar el contrato esta semana.',
      },
      {
        pattern: String.raw`(?:queremos|nos\s+encantaría|deseamos)\s+contar\s+con(?:tigo|\s+usted)\s+como`,
        example: 'Es un placer comunicarte que queremos contar contigo como Product Designer.',
      },
      {
        // "Nos complace extenderle una oferta formal".
        pattern: String.raw`extender(?:le|te|les)?\s+una\s+oferta|oferta\s+formal`,
        example: 'Nos complace extenderle una oferta formal para el cargo.',
      },
      {
        // "Nos complace darte la bienvenida al equipo a partir del 1 de julio".
        pattern: String.raw`(?:darte|darle|daros)\s+la\s+bienvenida\s+(?:al\s+equipo|a\s+(?:nuestro|el)\s+equipo|a\s+la\s+empresa)`,
        example: 'Nos complace darte la bienvenida al equipo a partir del 1 de julio.',
      },
      {
        // "el cliente te eligió para el puesto".
        pattern: String.raw`(?:te|le|la|lo)\s+(?:eligió|eligieron|escogió|escogieron|seleccionó|seleccionaron)\s+para\s+(?:el\s+(?:puesto|cargo|rol)|la\s+(?:posición|vacante))`,
        example: 'Te tengo excelentes noticias: el cliente te eligió para el puesto.',
      },
    ],
    answer: [
      {
        pattern: String.raw`(?:su|tu)\s+(?:decisión|respuesta|aceptación|conformidad)`,
        example: 'Le agradeceríamos que nos confirmara su decisión antes del viernes 11 de diciembre.',
      },
      {
        pattern: String.raw`(?:devolvernos|devuélvanos|devuélvenos|enviarnos)\s+(?:\p{L}+\s+){0,3}?firmad[oa]s?`,
        example: 'Te pedimos devolvernos la carta oferta firmada a más tardar el 15 de diciembre.',
      },
      {
        pattern: String.raw`(?:oferta|propuesta)\s+(?:es|será|estará|sigue)\s+(?:\p{L}+\s+){0,1}?(?:válida|vigente)`,
        example: 'La oferta es válida hasta el 18 de diciembre.',
      },
    ],
    condition: [
      {
        pattern: String.raw`(?:si|en\s+caso\s+de(?:\s+que)?|de\s+no)`,
        example: 'Si no tiene noticias nuestras antes del 30, …',
      },
    ],
    continuations: [
      {
        pattern: String.raw`(?:y\s+)?(?:a\s+más\s+tardar|como\s+(?:muy\s+)?tarde)`,
        example: 'Te escribiremos en cuanto tengamos novedades y, a más tardar, el viernes 15 de enero.',
      },
      {
        // "In any case" going on with the promise (twin of round 183's "et en tout état de cause avant …"): "lo antes
        // posible y, en cualquier caso, antes del final de la próxima semana", the window's word right after it.
        pattern: String.raw`(?:(?:y|pero)\s*)?,?\s*(?:en\s+cualquier\s+caso|en\s+todo\s+caso|de\s+todos\s+modos|de\s+todas\s+(?:formas|maneras)),?\s+(?:antes|a\s+más\s+tardar|como\s+(?:muy\s+)?tarde|dentro|en\s+(?:el|un)\s+plazo|durante|hasta)`,
        example:
          'Te responderemos lo antes posible y, en cualquier caso, antes del final de la próxima semana.',
      },
    ],
    clauseBreaks: [
      {
        // Not between the two forms of a noun ("los candidatos y candidatas recibirán …"): one subject; nor in a list
        // of days ("espacios el 8, 9 y 10 de marzo").
        // Nor before a second object that leads straight to the day: "te mando el resumen y los próximos pasos antes
        // del miércoles" is one promise (round 85).
        pattern: String.raw`(?:(?<!\d\s)y(?!\s+(?:l[ao]s\s+)?(?:candidat|postulant|aspirant|seleccionad)\p{L}*)(?!\s+(?:los|las|el|la|tus|tu|sus|su)\s+(?:\p{L}+\s+){1,3}?(?:antes\s+del?|a\s+más\s+tardar)\s)|pero|aunque|porque|ya\s+que|(?<=,\s)(?:así\s+que|por\s+(?:lo\s+que|eso|ello|tanto)|de\s+(?:modo|manera|forma)\s+que|entonces))`,
        example:
          'Todavía tenemos entrevistas con otros candidatos el jueves y le diremos algo a principios de la semana que viene.',
      },
    ],
    cancelled: [
      {
        // A slot that cannot take place: "La entrevista del martes no podrá hacerse; queda para el jueves 16" (round
        // 99; twins "ne pourra pas avoir lieu", "kann nicht stattfinden").
        // (and active: "no podremos realizar la entrevista del jueves como estaba previsto", twin of round 121's "nicht
        // wie geplant durchführen")
        pattern: String.raw`no\s+(?:podrá|podremos|va\s+a\s+poder|vamos\s+a\s+poder|puede)\s+(?:hacerse|realizarse|llevarse\s+a\s+cabo|celebrarse|tener\s+lugar|realizar|mantener|hacer)`,
        example: 'La entrevista del martes no podrá hacerse; queda para el jueves 16.',
      },
      {
        // A slot said to be moved, the new one after "para": "tu entrevista del jueves 10 … queda reprogramada para
        // el lunes 14" (the new day stays, by movedTo).
        pattern: String.raw`(?:reprogramad[ao]s?|reagendad[ao]s?|cambiad[ao]s?|movid[ao]s?|trasladad[ao]s?|aplazad[ao]s?|pospuest[ao]s?|adelantad[ao]s?|adelantar)`,
        example:
          'tu entrevista del jueves 10 de diciembre a las 12:00 queda reprogramada para el lunes 14 de diciembre a las 9:30 hrs.',
      },
      {
        pattern: String.raw`(?:cancelad[ao]s?|anulad[ao]s?|suspendid[ao]s?|cancelar|anular|suspender|cancelamos|suspendimos|anulamos)`,
        example: 'Su entrevista del viernes 13 de noviembre queda cancelada.',
      },
      {
        // The present tense: "la entrevista del jueves se cancela", "anulamos la cita".
        pattern: String.raw`(?:se\s+)?(?:cancela|anula|suspende)n?(?![\p{L}])`,
        example: 'Lamentablemente la entrevista del jueves se cancela por un viaje del director.',
      },
      {
        // The present tense of a move: "la entrevista del viernes 9 se traslada al martes 13" (round 87).
        pattern: String.raw`se\s+(?:traslada|cambia|mueve|aplaza|pospone|reprograma|reagenda|pasa|adelanta)n?(?![\p{L}])`,
        example: 'La reunión del lunes 5 se traslada al miércoles 7 a las 10:00.',
      },
      {
        // The slot a move starts from: "mover la entrevista prevista para el jueves 12" (the new one follows apart).
        // (every person of the verb: "¿Te parece si movemos la entrevista del jueves para el lunes 17?", twin of round
        // 128's "corremos")
        // (and the slot told as the one "we had": "reprogramar la entrevista que teníamos el lunes 6 … La nueva fecha
        // sería el martes 7", round 234b)
        pattern: String.raw`(?:mover|cambiar|trasladar|aplazar|posponer|reprogramar|reagendar|pasar|movemos|cambiamos|trasladamos|aplazamos|posponemos|reprogramamos|reagendamos|pasamos|movamos|cambiemos|pasemos)\s+(?:la|su|tu|nuestra|nuestro)\s+(?:(?:primera|segunda|tercera|última|próxima|siguiente)\s+)?(?:entrevista|cita|reunión|llamada|encuentro)(?:\s+(?!del|de|que)\p{L}+){0,4}?\s+(?:(?:prevista|programada|fijada|agendada)\s+para|del|de|que\s+(?:teníamos|tenemos|habíamos\s+(?:agendado|programado|acordado|fijado)|estaba\s+(?:prevista|programada|agendada)))`,
        example: 'debemos mover la entrevista prevista para el jueves 12 de noviembre a las 9:00.',
      },
      {
        // A move with the slot as a pronoun (twin of round 121's "Wir würden es gern auf Montag … verlegen"): "¿le
        // parece bien si la pasamos al lunes 13?", "tenemos que moverla al viernes".
        pattern: String.raw`(?:la|lo)\s+(?:pasamos|movemos|cambiamos|trasladamos|reprogramamos|pasaríamos|moveríamos|cambiaríamos|pasemos|movamos)|(?:pasar|mover|cambiar|trasladar|reprogramar|aplazar|posponer|adelantar)(?:la|lo)(?![\p{L}])`,
        example:
          'La entrevista del jueves se nos complica; ¿le parece bien si la pasamos al lunes 13 a las 9:30?',
      },
      {
        // "pasa del martes 17 al miércoles 18": the clause without the old day reads "pasa del al".
        pattern: String.raw`(?:pasa|cambia|se\s+mueve|se\s+traslada|movemos|cambiamos|trasladamos)\s+(?:de|del)\s+al`,
        example: 'tu entrevista pasa del al miércoles 18 de noviembre',
      },
      {
        // The interviewer cannot keep the slot: "no podrá atenderte mañana jueves a las 10:00".
        pattern: String.raw`no\s+(?:podrá|podremos|podré|va\s+a\s+poder|vamos\s+a\s+poder|voy\s+a\s+poder)\s+(?:atender(?:te|le|la|lo|os)?|recibir(?:te|le|la|lo|os)|entrevistar(?:te|le|la|lo|os))`,
        example:
          'La gerente no podrá atenderte el jueves a las 10:00; te propongo el viernes a la misma hora.',
      },
      {
        // Meeting each other no longer possible (round 172): "no vamos a poder vernos el lunes 21 como estaba previsto".
        pattern: String.raw`no\s+(?:podrá|podremos|podré|va\s+a\s+poder|vamos\s+a\s+poder|voy\s+a\s+poder|podríamos)\s+(?:vernos|reunirnos|encontrarnos|conversar|platicar|hablar)`,
        example: 'Por un viaje del director no vamos a poder vernos el martes 8 como habíamos quedado.',
      },
      {
        // Mexican "recorrer" (move a meeting): "¿habría chance de recorrer la entrevista de hoy?".
        // (and the Chilean "correr": "tuvimos que correr la entrevista del lunes al miércoles 12", round 90)
        pattern: String.raw`(?:recorrer|recorremos|recorrimos|correr|corremos|corrimos)\s+(?:la|su|tu|nuestra)\s+(?:entrevista|cita|reunión|llamada)`,
        example: '¿Habría chance de recorrer la entrevista de hoy a las 5 pm para mañana?',
      },
    ],
    movedTo: [
      {
        // (twin of round 174c's "il se tiendra finalement le lundi 21"): "tendremos que moverla: será finalmente el
        // martes 22 a las 10:00"
        pattern: String.raw`(?:será|tendrá\s+lugar|se\s+realizará|se\s+hará)\s+(?:finalmente|ahora|entonces)\s+el`,
        example: 'Tenemos que moverla: la entrevista será finalmente el martes 22 a las 10:00.',
      },
      {
        // "queda para el jueves 16": the new day of a slot moved (round 99).
        pattern: String.raw`(?:queda|quedaría|pasa|pasaría)\s+para(?:\s+el)?`,
        example: 'La entrevista del martes no podrá hacerse; queda para el jueves 16 a la misma hora.',
      },
      {
        // "queda reprogramada para el lunes 14": the day after the participle is the new slot.
        pattern: String.raw`(?:reprogramad[ao]s?|reagendad[ao]s?|cambiad[ao]s?|movid[ao]s?|trasladad[ao]s?|aplazad[ao]s?|pospuest[ao]s?)\s+(?:para|a)(?:\s+el)?`,
        example:
          'tu entrevista del jueves 10 de diciembre a las 12:00 queda reprogramada para el lunes 14 de diciembre a las 9:30 hrs.',
      },
      {
        // A move with the slot as a pronoun, before its new day: "le propongo reprogramarla para el lunes 8", "si la
        // pasamos para el lunes".
        pattern: String.raw`(?:(?:pasar|mover|cambiar|trasladar|reprogramar|reagendar|aplazar|posponer|adelantar)(?:la|lo)|(?:la|lo)\s+(?:pasamos|movemos|cambiamos|trasladamos|reprogramamos|pasaríamos|moveríamos|cambiaríamos|pasemos|movamos))\s+(?:para|a)(?:\s+el)?`,
        example: 'Le propongo reprogramarla para el lunes 8 de marzo a las 12:00 hrs.',
      },
      {
        // "pasar la entrevista del jueves 3 al viernes 4": the day after "al" is the new slot.
        pattern: String.raw`al`,
        example:
          '¿Podríamos pasar la entrevista del jueves 3 al viernes 4 de diciembre a la misma hora (11:00)?',
      },
      {
        // The new day after the moved slot's old one: "recorrer la entrevista de hoy a las 5 pm para mañana".
        // (not the old slot's "prevista para el jueves")
        // (every person of the verb: "¿Te parece si corremos la entrevista del viernes para el lunes 11?", round 128)
        pattern: String.raw`(?:recorrer|recorremos|correr|corremos|corramos|pasar|pasamos|pasemos|mover|movemos|movamos|cambiar|cambiamos|trasladar|trasladamos|reprogramar|reprogramamos)\s+(?:\S+\s+){1,8}?(?<!(?:previst|programad|agendad|fijad|pactad|acordad)[ao]\s)para(?:\s+el)?`,
        example: '¿Habría chance de recorrer la entrevista de hoy a las 5 pm para mañana a la misma hora?',
      },
    ],
    anchorBefore: [
      {
        // A return from absence with its day, a window after it (twin of round 294c's "Dès son retour, le lundi 18 février,
        // il vous répondra sous une semaine"): "A su regreso, el lunes 18 de febrero, le responderá en una semana".
        pattern: String.raw`(?:a|desde|tras)\s+(?:su|mi|nuestro)\s+(?:regreso|vuelta|retorno)`,
        example: 'A su regreso, el lunes 18 de febrero, le responderá en un plazo de una semana.',
      },
      {
        pattern: String.raw`una\s+vez`,
        example:
          'Una vez revisadas las referencias, el equipo de RR. HH. te hará llegar la propuesta económica en un plazo de 3 a 4 días laborables.',
      },
      {
        pattern: String.raw`(?:tras|después\s+de)`,
        example:
          'Tras la última entrevista, prevista para el 20 de noviembre, le daremos una respuesta en el plazo de una semana.',
      },
      {
        // (and "en cuanto", twin of round 241's probe "Sobald die Kommission am 20. März getagt hat, …": "En cuanto el
        // comité se reúna, el 20 de marzo, te respondemos en un plazo de una semana")
        pattern: String.raw`(?:en\s+cuanto|tan\s+pronto\s+como)(?=[^,.;!?\n]{0,80}(?:,\s*el\s*)?(?:$|\d))`,
        example:
          'En cuanto el comité se reúna, el 20 de marzo, te daremos una respuesta en un plazo de una semana.',
      },
      {
        // An event's end told as an infinitive (round 139b's twin rows): "al terminar la fase de entrevistas, el 25 de
        // enero, te daremos una respuesta en un plazo de cinco días hábiles".
        pattern: String.raw`al\s+(?:terminar|finalizar|concluir|cerrarse|cierre\s+de|término\s+de|final\s+de)`,
        example:
          'Al terminar la fase de entrevistas, el 25 de enero, te daremos una respuesta en un plazo de cinco días hábiles.',
      },
    ],
    anchorAfter: [
      {
        // A window told as "so long later" after a day of the sentence before (twin of round 174's "etwa eine Woche
        // später"): "El comité se reúne el 24 de octubre. Tendrás nuestra respuesta una semana después."
        // (not "después de …", which names another event)
        pattern: String.raw`(?:después(?!\s+(?:de|del)(?![\p{L}]))|más\s+tarde)`,
        example:
          'El comité se reúne el 3 de marzo. Tendrás nuestra respuesta aproximadamente una semana después.',
      },
      {
        // The event after "at its end" (twin of round 173's "sous 72 heures à l'issue de cette rencontre"): "te
        // daremos una respuesta en un plazo de 72 horas al término de esa reunión".
        pattern: String.raw`(?:al\s+término|al\s+final|al\s+cierre|a\s+la\s+conclusión|a\s+la\s+finalización)\s+(?:de\s+(?:esa|ese|esta|este|dicha|dicho|la|tu|su)\s+|del\s+)\p{L}+`,
        example: 'Te daremos una respuesta en un plazo de 72 horas al término de esa reunión.',
      },
      {
        // The event named by its noun after the window (before the bare "siguientes" below, so that the noun is read):
        // "dentro de los cinco días hábiles siguientes a la jornada" names the day given sentences before (round 83).
        pattern: String.raw`(?:siguientes?|posteriores?)\s+a(?:l|\s+la)\s+\p{L}+`,
        example:
          'Dentro de los cinco días hábiles siguientes a la jornada de puertas abiertas le responderemos.',
      },
      {
        // A window after the event named before it: "dentro de los tres días hábiles siguientes".
        pattern: String.raw`(?:siguientes?|posteriores?)`,
        example:
          'El panel se reúne el lunes 14 y te damos una respuesta dentro de los tres días hábiles siguientes.',
      },
      {
        pattern: String.raw`(?:a\s+partir\s+del|contados\s+(?:a\s+partir\s+del|desde\s+el)|siguientes\s+al|posteriores\s+al|después\s+del)`,
        example: 'Te responderemos dentro de los 10 días hábiles siguientes al 30 de noviembre.',
      },
      {
        pattern: String.raw`siguientes?\s+a\s+(?:esa|dicha|esta)\s+fecha|(?:contad[oa]s\s+)?(?:(?:a\s+partir|después)\s+de|desde)\s+(?:esa|dicha|esta)\s+fecha`,
        example: 'comunicaremos los resultados en las dos semanas siguientes a esa fecha.',
      },
      {
        // "dos semanas tras el cierre": the event named after the window.
        // (and "después de la reunión": "en un plazo de 48 horas después de la reunión", round 91's twin)
        // (and counted "desde esa entrevista": "en un plazo de cinco días hábiles desde esa entrevista le comunicaremos
        // nuestra decisión", round 122)
        // (and plural: "diez días hábiles después de las pruebas", twin of round 126's "après les épreuves")
        // (and the event with its rank, round 244b: "en el plazo de un mes desde la última entrevista, prevista para el 15
        // de junio"; "tras tu entrevista final")
        pattern: String.raw`(?:tras|después\s+de|desde|a\s+partir\s+de)\s+(?:(?:el|la|esa|ese|dicha|dicho|esta|este|tu|su)\s+(?:(?:última|último|primera|primer|segunda|segundo|próxima|próximo)\s+)?(?:cierre|finalización|entrevista|reunión|sesión|jornada|prueba|comité|visita)|(?:las|los|esas|esos|dichas|dichos)\s+(?:pruebas|entrevistas|sesiones|exámenes|evaluaciones))`,
        example: 'Le responderemos dos semanas tras el cierre de la convocatoria.',
      },
    ],
    anchorBack: [
      {
        pattern: String.raw`(?:una\s+vez\s+(?:cerrad[oa]|finalizad[oa]|concluid[oa]|terminad[oa]|pasad[oa])|(?:tras|después\s+de|a\s+partir\s+de|desde)\s+(?:esa|dicha|esta)\s+fecha|(?:a\s+partir\s+de|desde)\s+(?:ese|este|dicho)\s+día|(?:a\s+partir\s+de|desde)\s+ahí)`,
        example:
          'La convocatoria permanece abierta hasta el 27 de noviembre. Una vez cerrada, el comité comunicará su decisión en un plazo de diez días hábiles.',
      },
    ],
    backReference: [
      {
        pattern: String.raw`(?:antes\s+de|hasta)\s+(?:esa|dicha|esta)\s+fecha|(?:antes\s+de|hasta)\s+ese\s+día|hasta\s+entonces`,
        example: 'El comité se reúne el 15 de diciembre; por favor, no nos contactes antes de esa fecha.',
      },
    ],
    backReferenceAfter: [
      {
        // "until after" the end of a period named before (twin of round 191's "bis nach dem Ende der Frist"): "La
        // convocatoria cierra el 4 de octubre. Te pedimos que no nos escribas hasta después del cierre": the 5th.
        pattern: String.raw`después\s+(?:del|de\s+la)\s+(?:cierre|fin|término|vencimiento|fecha\s+(?:límite|de\s+cierre))(?![\p{L}])|después\s+de\s+(?:esa|dicha|esta)\s+fecha(?![\p{L}])`,
        example:
          'La convocatoria cierra el 4 de octubre. Te pedimos que no nos escribas hasta después del cierre.',
      },
    ],
    heldToday: {
      thanks: [
        {
          // Thanks for coming (r33): "Gracias por venir hoy a nuestras oficinas", "gracias por acercarte esta mañana".
          pattern: String.raw`(?:gracias|(?:(?:le|te|les|os)\s+)?agrade(?:cemos|zco))\s+(?:de\s+nuevo\s+|otra\s+vez\s+|nuevamente\s+|mucho\s+)?(?:por\s+)?(?:venir|acudir|asistir|participar|haber\s+venido|haber\s+acudido|haber\s+asistido|haber\s+participado|acercarte|acercarse|pasar(?:te|se)?\s+por|tu\s+visita|su\s+visita|tu\s+tiempo|su\s+tiempo|tu\s+participación|su\s+participación)`,
          example: 'Gracias por venir hoy a nuestras oficinas de Jaén.',
        },
        {
          pattern: String.raw`gracias\s+(?:\p{L}+\s+){0,3}?por\s+(?:la|tu|su|nuestra|el)\s+(?:\p{L}+\s+){0,2}?(?:entrevista|charla|conversación|reunión|visita|llamada)`,
          example: 'Gracias por la entrevista de hoy a las 10.',
        },
        {
          // Thanks with a verb: "Le agradezco la entrevista de esta mañana", "Te agradezco por la charla de hoy".
          pattern: String.raw`(?:(?:le|te|les|os)\s+)?agrade(?:cemos|zco)\s+(?:mucho\s+|sinceramente\s+)?(?:por\s+)?(?:la|tu|su|nuestra|el)\s+(?:\p{L}+\s+){0,2}?(?:entrevista|charla|conversación|reunión|visita|llamada)`,
          example: 'Le agradezco mucho la entrevista de esta mañana.',
        },
        {
          // A second object of the thanks: "por tu interés … así como por la entrevista del 1 de diciembre" (r43's twin).
          pattern: String.raw`(?:gracias|agradezco|agradecemos)\s[^.!?]{0,80}?(?:así\s+como|y)\s+por\s+(?:la|tu|su|nuestra|el)\s+(?:\p{L}+\s+){0,2}?(?:entrevista|reunión)`,
          example: 'Te agradecemos tu interés en la empresa así como por la entrevista del 1 de diciembre.',
        },
      ],
      today: [
        {
          pattern: String.raw`hoy|esta\s+mañana|esta\s+tarde`,
          example: 'Muchas gracias por la charla de esta mañana con el equipo.',
        },
      ],
    },
    zones: [
      {
        pattern: String.raw`(?:hora\s+)?(?:de\s+(?:Madrid|España)|peninsular|española)`,
        zone: 'Europe/Madrid',
        example: 'La entrevista será el jueves a las 9:00 (hora de Madrid).',
      },
      {
        pattern: String.raw`(?:hora\s+)?(?:canaria|de\s+Canarias)`,
        zone: 'Atlantic/Canary',
        example: 'el miércoles 9 a las 10:30 (hora canaria)',
      },
      {
        pattern: String.raw`(?:hora\s+)?de\s+Londres`,
        zone: 'Europe/London',
        example: 'el jueves 19 de noviembre a las 2:30 p. m. (hora de Londres).',
      },
      {
        pattern: String.raw`(?:hora\s+)?de\s+Lisboa`,
        zone: 'Europe/Lisbon',
        example: 'a las 11:00 (hora de Lisboa)',
      },
      {
        pattern: String.raw`hora\s+de\s+Nueva\s+York`,
        zone: 'America/New_York',
        example: 'el viernes 13 a las 10:00 (hora de Nueva York).',
      },
      {
        pattern: String.raw`hora\s+(?:de(?:l)?\s+(?:centro\s+de\s+México|Ciudad\s+de\s+México|CDMX)|del\s+centro)`,
        zone: 'America/Mexico_City',
        example: 'quedamos el miércoles 18 a las 5:30 pm (hora del centro de México).',
      },
      {
        pattern: String.raw`hora\s+(?:de\s+)?(?:Colombia|Bogotá|Perú|Lima)`,
        zone: 'America/Bogota',
        example: 'La llamada será a las 9:00 (hora de Colombia).',
      },
      {
        pattern: String.raw`hora\s+(?:de\s+)?(?:Argentina|Buenos\s+Aires)`,
        zone: 'America/Argentina/Buenos_Aires',
        example: 'La llamada será a las 15:00 (hora de Argentina).',
      },
      {
        pattern: String.raw`hora\s+(?:de\s+)?(?:Chile|Santiago)`,
        zone: 'America/Santiago',
        example: 'Hora: 15:30 (hora de Chile)',
      },
    ],
  },
  SPANISH_SPELLINGS,
);
