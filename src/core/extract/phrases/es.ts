/**
 * Spanish phrase knowledge (issue 13): the same meanings as phrases/en.ts, one phrase a row, each with the line it
 * was taken from. Loaded on demand with chrono-node's Spanish parser (languages/load.ts).
 */
import * as es from 'chrono-node/es';
import { readForeign } from '../foreign';
import type { LanguageTables } from './language';

export const ES: LanguageTables = {
  code: 'es',
  read: readForeign,
  chrono: es.casual,
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
  },
  dayWords: [
    {
      pattern: String.raw`(?:hoy|mañana|pasado\s+mañana)`,
      example: 'Le espero mañana a las 10:00 para la entrevista.',
    },
  ],
  windowLeads: [
    {
      pattern: String.raw`en\s+(?:los|las)`,
      example: 'comunicaremos los resultados en las dos semanas siguientes a esa fecha.',
    },
    {
      pattern: String.raw`(?:unos|unas|aproximadamente|al\s+menos)`,
      example: 'El proceso de selección suele durar unas tres semanas.',
    },
    {
      pattern: String.raw`dentro\s+de(?:\s+los\s+próximos|\s+las\s+próximas)?`,
      example: 'Le daremos una respuesta dentro de los próximos diez días.',
    },
    {
      pattern: String.raw`en\s+(?:un|el)\s+plazo\s+(?:máximo\s+)?de`,
      example: 'Tendrá una respuesta en un plazo de dos semanas.',
    },
    {
      pattern: String.raw`en\s+(?:los\s+próximos|las\s+próximas)`,
      example: 'Le contactaremos en los próximos 10 días.',
    },
    {
      pattern: String.raw`en\s+(?:unos|unas|aproximadamente)`,
      example: 'Le responderemos en unos diez días.',
    },
  ],
  units: [
    {
      pattern: String.raw`días?\s+(?:hábiles|laborables)`,
      unit: 'business-day',
      example: 'en un plazo de 5 días hábiles',
    },
    { pattern: String.raw`días?`, unit: 'day', example: 'dentro de los próximos diez días' },
    { pattern: String.raw`semanas?`, unit: 'week', example: 'en un plazo de dos semanas' },
    { pattern: String.raw`mes(?:es)?`, unit: 'month', example: 'en un plazo de un mes' },
  ],
  periods: [
    {
      pattern: String.raw`antes\s+de\s+(?:las\s+fiestas\s+de\s+)?Navidad`,
      period: 'before-christmas',
      example: 'Esperamos darle una respuesta antes de Navidad.',
    },
    {
      pattern: String.raw`(?:el\s+)?(?:final|fin|finales)\s+de(?:l)?\s+(?:este\s+)?mes`,
      period: 'end-of-month',
      example: 'Le informaremos de nuestra decisión antes de final de mes.',
    },
    {
      pattern: String.raw`(?:a\s+)?principios\s+de\s+la\s+(?:próxima\s+semana|semana\s+que\s+viene)`,
      period: 'early-next-week',
      example: 'Le escribiremos a principios de la próxima semana.',
    },
    {
      pattern: String.raw`(?:la\s+)?(?:próxima\s+semana|semana\s+que\s+viene)`,
      period: 'next-week',
      example: 'Recibirá noticias nuestras la próxima semana.',
    },
    {
      pattern: String.raw`(?:esta\s+semana|(?:el\s+)?(?:final|fin)\s+de\s+(?:esta\s+|la\s+)?semana)`,
      period: 'this-week',
      example: 'Le responderemos antes del fin de semana.',
    },
    {
      pattern: String.raw`en\s+los\s+próximos\s+días`,
      period: 'coming-days',
      example: 'Nos pondremos en contacto en los próximos días.',
    },
    {
      pattern: String.raw`(?:el\s+)?(?:mes\s+que\s+viene|próximo\s+mes)`,
      period: 'next-month',
      example: 'Decidiremos el próximo mes.',
    },
  ],
  midMonth: [
    {
      pattern: String.raw`(?:a\s+)?mediados\s+de`,
      example: 'Tomaremos una decisión a mediados de diciembre.',
    },
  ],
  bounds: [
    {
      pattern: String.raw`(?:vuelve|regresa|volverá|regresará|regreso)(?:\s+el)?`,
      bound: 'until',
      example: 'La responsable está de vacaciones y vuelve el lunes 16.',
    },
    {
      pattern: String.raw`a\s+más\s+tardar(?:\s+el)?`,
      bound: 'by',
      example: 'Le responderemos a más tardar el 20 de noviembre.',
    },
    {
      pattern: String.raw`(?:para|hasta)\s+el`,
      bound: 'by',
      example: 'Tendrá nuestra respuesta para el viernes.',
    },
    {
      pattern: String.raw`hasta\s+que\s+(?:\p{L}+\s+){0,4}?el`,
      bound: 'until',
      example: 'Por favor, no nos escriba hasta que cierre el proceso el 4 de diciembre.',
    },
    {
      pattern: String.raw`antes\s+(?:del|de\s+la|de\s+el|de)`,
      bound: 'before',
      example: 'Nos pondremos en contacto con usted antes del viernes.',
    },
  ],
  response: [
    {
      pattern: String.raw`(?:proceso|procedimiento)\s+(?:\p{L}+\s+){0,3}?(?:dura|durar|lleva|tarda)`,
      example: 'El proceso de selección suele durar unas tres semanas.',
    },
    {
      pattern: String.raw`recibirá`,
      example: 'Recibirá el contrato por correo en un plazo de cinco días hábiles.',
    },
    {
      pattern: String.raw`(?:nos\s+)?pondremos\s+en\s+contacto`,
      example: 'Nos pondremos en contacto con usted antes del viernes.',
    },
    {
      pattern: String.raw`(?:respuesta|noticias|decisión|novedades)`,
      example: 'Tendrá una respuesta en un plazo de dos semanas.',
    },
    {
      pattern: String.raw`(?:le\s+|te\s+)?(?:informaremos|responderemos|contestaremos|contactaremos|escribiremos|comunicaremos|diremos)`,
      example: 'Le informaremos de nuestra decisión antes de final de mes.',
    },
    { pattern: String.raw`(?:decidiremos|decidir)`, example: 'Decidiremos el próximo mes.' },
  ],
  interview: [
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
      pattern: String.raw`(?:conocerle|conocerte|conocerla)`,
      example: 'Nos gustaría conocerle el jueves a las 12:00.',
    },
  ],
  genericInterviews: [
    {
      pattern: String.raw`(?:otros|otras|varios|varias|demás|los)\s+(?:candidat[oa]s|finalistas)`,
      example: 'Todavía tenemos entrevistas con otros candidatos el jueves.',
    },
    {
      pattern: String.raw`(?:las|nuestras)\s+entrevistas`,
      example: 'Las entrevistas se realizarán durante la semana del 23 de noviembre.',
    },
    {
      pattern: String.raw`la\s+semana\s+del`,
      example: 'Los encuentros serán la semana del 23 de noviembre.',
    },
  ],
  holdOff: [
    {
      pattern: String.raw`(?:espere|esperar)\s+(?:\p{L}+\s+){0,2}?a\s+su\s+(?:regreso|vuelta)`,
      example: 'le rogamos que espere a su regreso para cualquier consulta.',
    },
    {
      pattern: String.raw`no\s+(?:nos\s+|me\s+)?(?:contacte|contactes|escriba|escribas|llame|llames)\s+(?:\p{L}+\s+){0,6}?(?:antes|hasta)`,
      example: 'Le rogamos que no nos contacte antes del 25 de noviembre.',
    },
    {
      pattern: String.raw`(?:espere|esperar)\s+(?:\p{L}+\s+){0,4}?antes\s+de`,
      example: 'Le rogamos que espere dos semanas antes de escribirnos.',
    },
  ],
  candidateDeadline: [
    {
      pattern: String.raw`(?:por\s+favor,?\s+)?(?:envíenos|envíe|confírmenos|confirme|firme|devuélvanos|responda|indíquenos|remita)`,
      example: 'Por favor, confírmenos su disponibilidad antes del jueves.',
    },
    {
      pattern: String.raw`(?:le\s+rogamos|le\s+pedimos)\s+que\s+(?:nos\s+)?(?:envíe|confirme|firme|devuelva|responda|indique)`,
      example: 'Le rogamos que nos envíe la documentación antes del viernes.',
    },
  ],
  fact: [
    {
      pattern: String.raw`(?:incorporación|primer\s+día|fecha\s+de\s+inicio|comienzo)`,
      example: 'Su fecha de incorporación sería el 7 de enero de 2027.',
    },
    {
      pattern: String.raw`(?:plazo\s+de\s+presentación|fecha\s+límite|cierre\s+de\s+(?:la\s+)?convocatoria|candidaturas\s+finaliza)`,
      example: 'El plazo de presentación de candidaturas finaliza el 30 de noviembre.',
    },
    {
      pattern: String.raw`(?:cerrad[oa]s|vacaciones|salario|nómina|periodo\s+de\s+prueba)`,
      example: 'Nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero.',
    },
  ],
  past: [
    {
      pattern: String.raw`(?:ayer|anteayer|la\s+semana\s+pasada|pasado)`,
      example: 'Gracias por su tiempo durante la entrevista de ayer.',
    },
    {
      pattern: String.raw`(?:gracias|le\s+agradecemos|agradecerle)\s+(?:\p{L}+\s+){0,4}?(?:por)`,
      example: 'Gracias por la entrevista del lunes.',
    },
  ],
  callWelcome: [
    { pattern: String.raw`no\s+dude\s+en`, example: 'No dude en llamarme si tiene alguna pregunta.' },
    { pattern: String.raw`(?:puede|puedes)\s+llamarme`, example: 'Puede llamarme al 600 000 000.' },
  ],
  noCalls: [
    {
      pattern: String.raw`no\s+(?:\p{L}+\s+){0,3}?(?:consultas|llamadas|preguntas)\s+(?:\p{L}+\s+){0,1}?por\s+teléfono`,
      example: 'Nuestro equipo no puede atender consultas por teléfono.',
    },
    {
      pattern: String.raw`no\s+(?:nos\s+)?(?:llame|llames|telefonee)`,
      example: 'Por favor, no llame a la oficina para preguntar por el estado de su candidatura.',
    },
    {
      pattern: String.raw`no\s+se\s+atender(?:án|á)\s+(?:consultas\s+telefónicas|llamadas)`,
      example: 'No se atenderán consultas telefónicas.',
    },
    {
      pattern: String.raw`no\s+(?:podemos|podremos|es\s+posible)\s+atender\s+(?:\p{L}+\s+)?(?:llamadas|consultas\s+telefónicas)`,
      example: 'En este momento no podemos atender llamadas sobre el proceso de selección.',
    },
    { pattern: String.raw`(?:sin|no\s+se\s+aceptan)\s+llamadas`, example: 'Sin llamadas, por favor.' },
    {
      pattern: String.raw`no\s+(?:damos|facilitamos|podemos\s+dar)\s+información\s+por\s+teléfono`,
      example: 'No damos información por teléfono.',
    },
  ],
  rejection: [
    {
      pattern: String.raw`(?:ya\s+)?(?:ha\s+sido|se\s+ha)\s+cubierto`,
      example: 'El puesto ya ha sido cubierto.',
    },
    {
      pattern: String.raw`(?:continuar|seguir|avanzar)\s+con\s+otr[oa]s\s+(?:candidat\p{L}*|perfiles)`,
      example: 'Lamentamos informarle que hemos decidido continuar con otros candidatos.',
    },
    {
      pattern: String.raw`no\s+ha\s+sido\s+seleccionad[oa]`,
      example: 'Su candidatura no ha sido seleccionada para continuar en el proceso.',
    },
    {
      pattern: String.raw`(?:lamentamos|sentimos)\s+(?:informarle|comunicarle|decirle)`,
      example: 'Lamentamos informarle que …',
    },
    {
      pattern: String.raw`(?:su|tu)\s+perfil\s+no\s+se\s+ajusta`,
      example: 'Lamentablemente, su perfil no se ajusta a lo que buscamos en este momento.',
    },
    {
      pattern: String.raw`no\s+(?:continuaremos|seguiremos|avanzaremos)\s+con\s+su\s+candidatura`,
      example: 'No continuaremos con su candidatura.',
    },
  ],
  offer: [
    {
      pattern: String.raw`(?:sido\s+)?seleccionad[oa]\s+para\s+el\s+puesto`,
      example: 'Nos alegra comunicarle que ha sido seleccionada para el puesto de ingeniera de software.',
    },
    {
      pattern: String.raw`(?:complace|encantados\s+de|alegra|placer)\s+(?:\p{L}+\s+){0,2}?(?:ofrecerle|ofrecerte|hacerle\s+una\s+oferta|hacerte\s+una\s+oferta)`,
      example: 'Nos complace ofrecerle el puesto de analista de datos.',
    },
    {
      pattern: String.raw`(?:oferta\s+de\s+(?:empleo|trabajo)|carta\s+de\s+oferta)\s+(?:adjunta|que\s+adjuntamos)`,
      example: 'Le enviamos la carta de oferta adjunta.',
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
      pattern: String.raw`(?:si|en\s+caso\s+de\s+que)`,
      example: 'Si no tiene noticias nuestras antes del 30, …',
    },
  ],
  clauseBreaks: [
    {
      pattern: String.raw`(?:y|pero|aunque)`,
      example:
        'Todavía tenemos entrevistas con otros candidatos el jueves y le diremos algo a principios de la semana que viene.',
    },
  ],
  cancelled: [
    {
      pattern: String.raw`(?:cancelad[ao]s?|anulad[ao]s?|suspendid[ao]s?)`,
      example: 'Su entrevista del viernes 13 de noviembre queda cancelada.',
    },
  ],
  anchorBefore: [
    {
      pattern: String.raw`(?:tras|después\s+de)`,
      example:
        'Tras la última entrevista, prevista para el 20 de noviembre, le daremos una respuesta en el plazo de una semana.',
    },
  ],
  anchorAfter: [
    {
      pattern: String.raw`siguientes\s+a\s+(?:esa|dicha|esta)\s+fecha|(?:a\s+partir|después)\s+de\s+(?:esa|dicha|esta)\s+fecha`,
      example: 'comunicaremos los resultados en las dos semanas siguientes a esa fecha.',
    },
  ],
  zones: [
    {
      pattern: String.raw`hora\s+(?:de\s+Madrid|peninsular|española)`,
      zone: 'Europe/Madrid',
      example: 'La entrevista será el jueves a las 9:00 (hora de Madrid).',
    },
  ],
};
