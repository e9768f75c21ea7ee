// The fourth held-out Spanish round of issue 13 (round 36): whole recruiter messages and ATS templates from Spain,
// Mexico, Argentina, Colombia, Peru and Chile (tú, usted and voseo, signatures, quoted replies, label–value
// layouts), written with their answers from TIMELINE-CONVENTIONS.md BEFORE the engine read them. The first-run
// figure is in FIRST_RUN (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Thursday 19 November 2026, 11:20 in Madrid.
const MAD_THU = { sentAt: '2026-11-19T11:20:00+01:00', tz: 'Europe/Madrid' } as const;
// Monday 23 November 2026, 09:40 in Mexico City.
const MEX_MON = { sentAt: '2026-11-23T09:40:00-06:00', tz: 'America/Mexico_City' } as const;
// Wednesday 25 November 2026, 17:05 in Buenos Aires.
const BUE_WED = { sentAt: '2026-11-25T17:05:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Tuesday 24 November 2026, 08:30 in Bogotá.
const BOG_TUE = { sentAt: '2026-11-24T08:30:00-05:00', tz: 'America/Bogota' } as const;
// Friday 27 November 2026, 15:00 in Lima.
const LIM_FRI = { sentAt: '2026-11-27T15:00:00-05:00', tz: 'America/Lima' } as const;
// Thursday 3 December 2026, 10:00 in Santiago de Chile (summer time, UTC-3).
const SCL_THU = { sentAt: '2026-12-03T10:00:00-03:00', tz: 'America/Santiago' } as const;
// Monday 30 November 2026, 08:15 in Barcelona.
const BCN_MON = { sentAt: '2026-11-30T08:15:00+01:00', tz: 'Europe/Madrid' } as const;

/** Round 36: Spanish recruiter mail and ATS templates, fourth unseen round. */
export const ROUND_36_ES: readonly PhraseRow[] = [
  {
    ...MAD_THU,
    text: 'Hola Irene:\n\nGracias por tu interés en Vantia Energía. Nos gustaría invitarte a una entrevista con el equipo de Data.\n\nFecha: lunes, 30 de noviembre de 2026\nHora: 12:30 – 13:15 (hora peninsular)\nLugar: Google Meet (recibirás el enlace por correo)\n\nSi no puedes asistir, responde a este mensaje.\n\nSaludos,\nElena Navarro\nPeople Team',
    expect: [{ kind: 'interview', by: '2026-11-30', time: '12:30' }],
  },
  {
    ...MEX_MON,
    text: 'Buen día Lic. Hernández,\nLe escribo de parte de Grupo Solana para confirmar su entrevista con la Gerente de Finanzas el jueves 26 de noviembre a las 4:30 p.m. en nuestras oficinas de Av. Reforma 250, piso 12.\nFavor de traer identificación oficial.\nSaludos cordiales,\nMariana Vázquez | Atracción de Talento',
    expect: [{ kind: 'interview', by: '2026-11-26', time: '16:30' }],
  },
  {
    ...BUE_WED,
    text: 'Hola Facu! Cómo andás? Te cuento que el martes 1/12 a las 11 hs tenés la técnica con Leandro (tech lead). Te paso el link de Meet más tarde. Abrazo!\nCami',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '11:00' }],
  },
  {
    ...BOG_TUE,
    text: 'Estimado Andrés:\n\nAgradecemos el tiempo que dedicó a nuestro proceso de selección para el cargo de Analista de Riesgos. Después de analizar cuidadosamente todos los perfiles, hemos decidido continuar el proceso con otros candidatos cuya experiencia se ajusta más a los requerimientos del cargo.\n\nConservaremos su hoja de vida en nuestra base de datos.\n\nCordialmente,\nGestión Humana – Banco Andino',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM_FRI,
    text: 'Hola Rosa, gracias por tu tiempo hoy. El comité evaluará a los finalistas la próxima semana y te daremos una respuesta a más tardar el miércoles 9 de diciembre. Saludos, Jorge',
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...SCL_THU,
    text: 'Hola Benjamín:\nTe informo que estaré de vacaciones desde el lunes 7 hasta el viernes 18 de diciembre. Por favor no me escribas sobre el proceso hasta mi regreso, el lunes 21 de diciembre. Cualquier urgencia, escríbele a Daniela.\nSaludos,\nPaula',
    expect: [{ kind: 'no-contact-before', by: '2026-12-21' }],
  },
  {
    ...BCN_MON,
    text: 'Hola Marc,\n¡Has pasado a la siguiente fase! Para la entrevista con el CTO te propongo estos huecos:\n- martes 1 de diciembre, 10:00\n- miércoles 2 de diciembre, 16:30\n- jueves 3 de diciembre, 9:00\nDime cuál te encaja mejor.\nGracias,\nNúria',
    expect: [],
  },
  {
    ...MAD_THU,
    text: 'Buenos días:\nConfirmamos la recepción de su candidatura para la posición de Técnico/a de Mantenimiento. Nuestro equipo la revisará y le daremos una respuesta en un plazo máximo de 15 días hábiles.\nAtentamente,\nDepartamento de RR. HH.',
    expect: [{ kind: 'response-by', by: '2026-12-10' }],
  },
  {
    ...MEX_MON,
    text: 'Hola Daniela, te comento que esta semana seguimos entrevistando a otros candidatos y en cuanto tengamos una decisión te avisamos. ¡Gracias por tu paciencia!',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Hola Valentina,\n\n¡Felicitaciones! Nos complace ofrecerte el cargo de Diseñadora UX Senior en Nodo Digital. Adjunto encontrarás la carta oferta con el detalle de salario y beneficios.\n\nTe agradecemos confirmarnos tu decisión a más tardar el viernes 4 de diciembre.\n\nUn abrazo,\nCarolina Ríos',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIM_FRI,
    text: 'Estimado Sr. Quispe:\nPor motivos de agenda del gerente, nos vemos en la necesidad de reprogramar su entrevista del lunes 30 de noviembre. La nueva fecha es el miércoles 2 de diciembre a las 3:00 p. m., en la misma dirección.\nLe pedimos disculpas por el inconveniente.\nAtte.,\nSelección de Personal – Minera Pacífico',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '15:00' }],
  },
  {
    ...SCL_THU,
    text: 'Importante: por la alta cantidad de postulaciones, no podremos responder consultas telefónicas ni por WhatsApp sobre el estado del proceso. Toda la información se enviará por correo.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BCN_MON,
    text: 'Tu candidatura ha cambiado de estado: En revisión (30/11/2026 08:02). Puedes consultar el estado en cualquier momento desde tu área privada.',
    expect: [],
  },
  {
    ...MAD_THU,
    text: 'Hola Sergio,\nGracias por enviar la prueba técnica. El equipo necesita tiempo para revisarla con calma, así que te pido que esperes al menos diez días antes de preguntar por el resultado.\nUn saludo,\nLucía',
    expect: [{ kind: 'no-contact-before', by: '2026-11-29' }],
  },
  {
    ...MEX_MON,
    text: 'Para continuar con tu proceso, por favor sube tus documentos (INE, comprobante de domicilio y CURP) a la plataforma antes del viernes 27 de noviembre.',
    expect: [],
  },
  {
    ...BUE_WED,
    text: 'Che Lucas, gracias por la buena onda en la entrevista de ayer. El cliente se toma unos días para decidir; calculo que a principios de la semana que viene te cuento algo.',
    expect: [{ kind: 'response-by', by: '2026-12-01', fuzzy: true }],
  },
  {
    ...BOG_TUE,
    text: 'Hola Camilo, la entrevista con el equipo de España será el jueves 26 de noviembre a las 16:00 hora de Madrid (10:00 hora de Colombia). Te llegará la invitación de Teams.',
    expect: [{ kind: 'interview', by: '2026-11-26', time: '10:00' }],
  },
  {
    ...LIM_FRI,
    text: 'Gracias por la entrevista del martes. Te recuerdo que, de ser seleccionado, la fecha de incorporación sería el lunes 4 de enero de 2027.',
    expect: [],
  },
  {
    ...SCL_THU,
    text: 'Estimada Javiera: el proceso se encuentra en etapa final. Esperamos tener una decisión antes de fin de mes y te la comunicaremos por este medio. Saludos cordiales, Equipo de Reclutamiento',
    expect: [{ kind: 'response-by', by: '2026-12-31' }],
  },
  {
    ...BCN_MON,
    text: 'Hola Pau! Perfecto, entonces nos vemos mañana a las 9:30 en la oficina de Poblenou. Pregunta por mí en recepción. Hasta mañana! Marta',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '09:30' }],
  },
  {
    ...BOG_TUE,
    text: 'Buenas tardes, Natalia. Le recordamos que la prueba psicotécnica en línea debe completarse antes del domingo 29 de noviembre a las 23:59. Si tiene inconvenientes técnicos, escríbanos.',
    expect: [],
  },
  {
    ...MEX_MON,
    text: 'Hola Ernesto, muchas gracias por tu tiempo. Estaremos en contacto contigo dentro de los próximos 7 a 10 días hábiles para informarte sobre los siguientes pasos.',
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...BUE_WED,
    text: 'Por favor, no nos llamen ni nos escriban para consultar por el estado de su postulación antes del 10 de diciembre, fecha en que cierra la búsqueda.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-10' }],
  },
  {
    ...LIM_FRI,
    text: 'Hola Diego, gracias por venir el lunes. Ya te contaremos cómo sigue todo, en cuanto el cliente nos dé feedback.',
    expect: [],
  },
  {
    ...SCL_THU,
    text: 'Les recordamos que nuestras oficinas permanecerán cerradas el martes 8 de diciembre por feriado de la Inmaculada Concepción.',
    expect: [],
  },
  {
    ...BCN_MON,
    text: 'Hola Jordi,\nTe escribo porque a Ramón le ha surgido un viaje. ¿Podríamos pasar la entrevista del jueves 3 al viernes 4 de diciembre a la misma hora (11:00)?\nPerdona las molestias,\nSilvia',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '11:00' }],
  },
  {
    ...MAD_THU,
    text: 'Hola Alba,\nMuchas gracias por tu tiempo durante todo el proceso. Lamentablemente, esta vez no vamos a poder seguir adelante con tu candidatura, ya que buscamos un perfil con más experiencia en gestión de equipos.\nTe deseamos mucha suerte,\nEquipo de Talento',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MEX_MON,
    text: 'No hace falta que nos reenvíes tu CV. Te escribiremos el próximo lunes para agendar la segunda entrevista.',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...BOG_TUE,
    text: 'Perfecto, Sebastián, quedamos confirmados para el viernes 27 a las 2:00 p. m.\n\nSaludos,\nLaura Gómez\n\nEl lun, 23 nov 2026 a las 18:12, Sebastián Mora escribió:\n> Hola Laura, ¿podría ser el viernes 27 a las 2 p. m. o el lunes 30 a las 9 a. m.?',
    expect: [{ kind: 'interview', by: '2026-11-27', time: '14:00' }],
  },
  {
    ...MAD_THU,
    text: 'Las entrevistas de la fase final se celebrarán entre el 9 y el 11 de diciembre; recibirás la convocatoria con tu horario concreto.',
    expect: [],
  },
];

// Round 42, smaller, was written after round 36's misses had been fixed, again before the engine read it.
// Friday 4 December 2026, 13:00 in Madrid.
const MAD_FRI = { sentAt: '2026-12-04T13:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 2 December 2026, 10:00 in Guadalajara.
const GDL_WED = { sentAt: '2026-12-02T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Tuesday 1 December 2026, 12:00 in Buenos Aires.
const BUE_TUE = { sentAt: '2026-12-01T12:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 10 December 2026, 09:00 in Medellín.
const MDE_THU = { sentAt: '2026-12-10T09:00:00-05:00', tz: 'America/Bogota' } as const;
// Monday 7 December 2026, 16:00 in Santiago de Chile.
const SCL_MON = { sentAt: '2026-12-07T16:00:00-03:00', tz: 'America/Santiago' } as const;
// Wednesday 9 December 2026, 11:00 in Lima.
const LIM_WED = { sentAt: '2026-12-09T11:00:00-05:00', tz: 'America/Lima' } as const;
// Tuesday 15 December 2026, 09:30 in Seville.
const SEV_TUE = { sentAt: '2026-12-15T09:30:00+01:00', tz: 'Europe/Madrid' } as const;

/** Round 42: Spanish recruiter mail, a second fresh round after round 36's fixes. */
export const ROUND_42_ES: readonly PhraseRow[] = [
  {
    ...MAD_FRI,
    text: 'Hola Álvaro:\nTe escribo para cerrar la entrevista final con nuestra CEO. ¿Te viene bien el miércoles 9 de diciembre a las 17:00? Sería en nuestra oficina de Chamberí.\nUn saludo,\nBeatriz Molina\nHead of People',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '17:00' }],
  },
  {
    ...GDL_WED,
    text: 'Estimada Ing. Torres:\nLe informamos que el resultado de su evaluación le será notificado por correo electrónico en un plazo no mayor a cinco días hábiles.\nAtentamente,\nCoordinación de Reclutamiento',
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...BUE_TUE,
    text: 'Hola Mica, cómo va? Quedó agendada tu entrevista con Federico para el jueves 3 a las 16 hs por Zoom. Cualquier cosa avisame!\nSaludos,\nFlor',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '16:00' }],
  },
  {
    ...MDE_THU,
    text: 'Buen día, Juliana.\nQueremos informarle que la vacante para la cual se postuló fue cerrada, por lo que no continuaremos con el proceso.\nGracias por su interés en Comfama.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL_MON,
    text: 'Hola Ignacio, para la segunda entrevista tenemos disponibilidad el miércoles 9 a las 10:00 o el jueves 10 a las 15:30. ¿Cuál te acomoda?',
    expect: [],
  },
  {
    ...LIM_WED,
    text: 'Estimado postulante:\nSu evaluación técnica ha sido recibida correctamente. El equipo evaluador revisará su prueba y le comunicará los resultados antes del viernes 18 de diciembre.\nSaludos,\nTalento Humano',
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...SEV_TUE,
    text: 'Hola Rocío,\nCon motivo de las fiestas, el equipo de selección estará de vacaciones del 21 de diciembre al 6 de enero. Te agradeceríamos que no nos escribieras hasta nuestra vuelta, el 7 de enero.\nFelices fiestas,\nEquipo de Selección',
    expect: [{ kind: 'no-contact-before', by: '2027-01-07' }],
  },
  {
    ...MAD_FRI,
    text: 'Gracias por tu paciencia, Raúl. Seguimos pendientes del feedback del cliente y te diremos algo en cuanto lo tengamos.',
    expect: [],
  },
  {
    ...GDL_WED,
    text: '¡Hola Andrea! Me da muchísimo gusto comunicarte que fuiste seleccionada para el puesto de Analista de Datos. Te envío la propuesta económica adjunta; necesitamos tu respuesta a más tardar el lunes 7 de diciembre.\nSaludos,\nRoberto',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BUE_TUE,
    text: 'Por favor, abstenerse de llamar por teléfono a la consultora; todas las novedades se informan por mail.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MDE_THU,
    text: 'Hola Santiago, gracias por presentar la prueba. Esperamos darte una respuesta en el transcurso de la próxima semana.',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...SCL_MON,
    text: 'Fue un gusto conversar contigo el jueves pasado. Te comparto el material que mencionamos durante la entrevista.',
    expect: [],
  },
  {
    ...LIM_WED,
    text: 'Hola Gabriela,\nLamentablemente la gerenta tuvo un imprevisto y debemos posponer la entrevista de mañana. ¿Podrías el lunes 14 de diciembre a las 9:00 a. m.?\nMil disculpas,\nKaren',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '09:00' }],
  },
  {
    ...SEV_TUE,
    text: 'Recuerda que tienes de plazo hasta el viernes 18 de diciembre para subir la documentación a la plataforma.',
    expect: [],
  },
  {
    ...MAD_FRI,
    text: 'Hola a todos: hemos recibido muchísimas candidaturas, así que os pedimos que no nos escribáis para preguntar por el estado del proceso durante las próximas dos semanas.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-18' }],
  },
  {
    ...GDL_WED,
    text: 'Las entrevistas presenciales para todos los finalistas se llevarán a cabo el martes 8 y miércoles 9 de diciembre en el corporativo.',
    expect: [],
  },
  {
    ...BUE_TUE,
    text: 'Che Tomi, el cliente quedó muy conforme. Calculo que en unos diez días te confirmamos la propuesta.',
    expect: [{ kind: 'response-by', by: '2026-12-11', fuzzy: true }],
  },
  {
    ...MDE_THU,
    text: 'Estimado Felipe, por cierre de año el proceso quedó en pausa. Retomaremos el contacto contigo a mediados de enero.',
    expect: [{ kind: 'response-by', by: '2027-01-15', fuzzy: true }],
  },
  {
    ...SCL_MON,
    text: 'Hola Catalina, te confirmo la videollamada con el equipo de Barcelona el martes 15 de diciembre a las 14:00 hora de Madrid.',
    expect: [{ kind: 'interview', by: '2026-12-15', time: '10:00' }],
  },
  {
    ...SEV_TUE,
    text: 'Tu CV quedará en nuestra base de datos durante 12 meses por si surge una vacante que encaje con tu perfil.',
    expect: [],
  },
];

// Round 44, smaller, was written after round 42's misses and the rules from probes had been fixed, again before
// the engine read it.
// Monday 14 December 2026, 10:00 in Valencia.
const VLC_MON = { sentAt: '2026-12-14T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Friday 11 December 2026, 18:00 in Mexico City.
const CDMX_FRI = { sentAt: '2026-12-11T18:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Thursday 10 December 2026, 11:30 in Córdoba (Argentina).
const COR_THU = { sentAt: '2026-12-10T11:30:00-03:00', tz: 'America/Argentina/Cordoba' } as const;
// Wednesday 16 December 2026, 15:10 in Cali.
const CLO_WED = { sentAt: '2026-12-16T15:10:00-05:00', tz: 'America/Bogota' } as const;
// Tuesday 15 December 2026, 09:20 in Arequipa.
const ARE_TUE = { sentAt: '2026-12-15T09:20:00-05:00', tz: 'America/Lima' } as const;
// Friday 18 December 2026, 12:00 in Valparaíso.
const VAL_FRI = { sentAt: '2026-12-18T12:00:00-03:00', tz: 'America/Santiago' } as const;
// Wednesday 9 December 2026, 08:45 in Bilbao.
const BIL_WED = { sentAt: '2026-12-09T08:45:00+01:00', tz: 'Europe/Madrid' } as const;

/** Round 44: Spanish recruiter mail, a third fresh round. */
export const ROUND_44_ES: readonly PhraseRow[] = [
  {
    ...VLC_MON,
    text: 'Hola Nerea,\n\nEncantados de haberte conocido. Queremos que conozcas al equipo en una segunda reunión: ¿puedes el jueves 17 a las 12:30 en nuestras oficinas de Ruzafa?\n\nUn abrazo,\nIván',
    expect: [{ kind: 'interview', by: '2026-12-17', time: '12:30' }],
  },
  {
    ...CDMX_FRI,
    text: 'Estimado Lic. Ortega:\nDerivado de la alta demanda de solicitudes, le compartimos que el proceso de evaluación concluirá el 18 de diciembre y los resultados se publicarán a más tardar el martes 22 de diciembre.\nAtentamente,\nCapital Humano',
    expect: [{ kind: 'response-by', by: '2026-12-22' }],
  },
  {
    ...COR_THU,
    text: 'Hola Agus! Te quería avisar que la entrevista con el gerente pasó para el lunes 14 a las 10 hs, porque el jueves no llega. Saludos!',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '10:00' }],
  },
  {
    ...CLO_WED,
    text: 'Hola Manuela,\nQueremos agradecerte por participar en nuestro proceso. En esta oportunidad decidimos avanzar con una persona que cuenta con mayor experiencia en el sector salud. Te deseamos éxitos en tu búsqueda.\nEquipo de Talento',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ARE_TUE,
    text: 'Te recordamos que el plazo para enviar tu declaración jurada vence el viernes 18 de diciembre.',
    expect: [],
  },
  {
    ...VAL_FRI,
    text: 'Estimada Fernanda: nuestro equipo estará de vacaciones colectivas desde el 21 de diciembre. Te pedimos no escribir consultas sobre tu postulación hasta el lunes 4 de enero, cuando retomamos las actividades.\nSaludos',
    expect: [{ kind: 'no-contact-before', by: '2027-01-04' }],
  },
  {
    ...BIL_WED,
    text: 'Egun on, Jon! Ya tenemos el feedback del panel; mañana por la mañana te llamo para contártelo.',
    expect: [{ kind: 'response-by', by: '2026-12-10' }],
  },
  {
    ...VLC_MON,
    text: 'Para la prueba técnica tenemos tres opciones: martes 15 a las 9:00, miércoles 16 a las 11:00 o jueves 17 a las 16:00. Contéstame con la que prefieras.',
    expect: [],
  },
  {
    ...CDMX_FRI,
    text: 'Hola Ricardo,\nCon mucho gusto te informo que queremos ofrecerte el puesto de Contador Senior. En el adjunto encontrarás los detalles; te pido que nos confirmes si la aceptas antes del miércoles 16 de diciembre.\nSaludos,\nPaola',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...COR_THU,
    text: 'IMPORTANTE: no se responderán llamados telefónicos. Toda comunicación será por correo electrónico.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CLO_WED,
    text: 'Buenas tardes, Andrés. La empresa cliente nos informó que tomará la decisión final antes del 15 de enero; apenas la tengamos te escribimos.',
    expect: [{ kind: 'response-by', by: '2027-01-14' }],
  },
  {
    ...ARE_TUE,
    text: 'Recuerda que tu primer día sería el lunes 4 de enero a las 8:30 a. m. en la sede de Cayma, si todo sale bien con los exámenes médicos.',
    expect: [],
  },
  {
    ...VAL_FRI,
    text: 'Hola Diego, el gerente está revisando los informes; como estamos cerca de fiestas, calculo que te damos respuesta en unas tres semanas.',
    expect: [{ kind: 'response-by', by: '2027-01-08', fuzzy: true }],
  },
  {
    ...BIL_WED,
    text: 'Kaixo Ane, la entrevista con el equipo de Londres queda fijada para el lunes 14 de diciembre a las 9:30 (hora de Londres).',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '10:30' }],
  },
  {
    ...VLC_MON,
    text: 'Gracias por la entrevista del viernes. Seguimos valorando candidaturas y te contaremos algo pronto.',
    expect: [],
  },
  {
    ...CDMX_FRI,
    text: 'Por favor, no nos contactes hasta después del 6 de enero; el equipo estará fuera por vacaciones.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-07' }],
  },
  {
    ...COR_THU,
    text: 'Esta semana y la que viene seguimos con entrevistas a otros postulantes, así que paciencia!',
    expect: [],
  },
  {
    ...CLO_WED,
    text: 'Señor Gómez, le informamos que su hoja de vida no fue preseleccionada para continuar en el proceso. Agradecemos su interés.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ARE_TUE,
    text: 'Estimada Lucía, lamentamos informarle que la entrevista del jueves 17 queda cancelada; en cuanto tengamos nueva fecha se la comunicaremos.',
    expect: [],
  },
  {
    ...VAL_FRI,
    text: 'Recibimos tus documentos. El área de Personas validará la información en un máximo de 5 días hábiles y te enviará el contrato.',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
];

// Round 46, smaller, was written after round 44's misses had been fixed, again before the engine read it.
// Tuesday 12 January 2027, 09:00 in Madrid.
const MAD_JAN = { sentAt: '2027-01-12T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Thursday 14 January 2027, 11:00 in Monterrey.
const MTY_JAN = { sentAt: '2027-01-14T11:00:00-06:00', tz: 'America/Monterrey' } as const;
// Monday 11 January 2027, 10:30 in Rosario.
const ROS_MON = { sentAt: '2027-01-11T10:30:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Wednesday 13 January 2027, 14:00 in Barranquilla.
const BAQ_WED = { sentAt: '2027-01-13T14:00:00-05:00', tz: 'America/Bogota' } as const;
// Friday 15 January 2027, 16:00 in Quito.
const UIO_FRI = { sentAt: '2027-01-15T16:00:00-05:00', tz: 'America/Guayaquil' } as const;
// Tuesday 19 January 2027, 09:45 in Montevideo.
const MVD_TUE = { sentAt: '2027-01-19T09:45:00-03:00', tz: 'America/Montevideo' } as const;
// Monday 18 January 2027, 12:30 in Zaragoza.
const ZAZ_MON = { sentAt: '2027-01-18T12:30:00+01:00', tz: 'Europe/Madrid' } as const;

/** Round 46: Spanish recruiter mail, a fourth fresh round. */
export const ROUND_46_ES: readonly PhraseRow[] = [
  {
    ...MAD_JAN,
    text: 'Buenos días, Claudia:\n\nDesde el equipo de Selección de Grupo Faro te convocamos a la prueba de inglés y entrevista personal.\n\nDía: viernes 15 de enero\nHora: 9:30 h\nDirección: Paseo de la Castellana 95, planta 14\n\nPor favor, trae tu DNI.\nGracias,',
    expect: [{ kind: 'interview', by: '2027-01-15', time: '09:30' }],
  },
  {
    ...MTY_JAN,
    text: 'Hola Jorge, ya revisamos tu prueba técnica. El líder del área te contactará antes del miércoles 20 para darte retroalimentación. ¡Saludos!',
    expect: [{ kind: 'response-by', by: '2027-01-19' }],
  },
  {
    ...ROS_MON,
    text: 'Hola Juli, te confirmo la entrevista para mañana martes a las 17 hs en Córdoba 1450, 3er piso. Cualquier cosa escribime. Saludos, Vero',
    expect: [{ kind: 'interview', by: '2027-01-12', time: '17:00' }],
  },
  {
    ...BAQ_WED,
    text: 'Apreciada Daniela:\nDe antemano agradecemos tu interés en hacer parte de nuestra compañía. Te informamos que el cargo al que aplicaste ya fue ocupado por otro candidato.\nCordial saludo,\nTalento Humano',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...UIO_FRI,
    text: 'La inducción para todos los nuevos colaboradores se realizará el lunes 1 de febrero a las 8:00.',
    expect: [],
  },
  {
    ...MVD_TUE,
    text: 'Hola Santiago, esta semana estoy con mucho trabajo por el cierre del mes. Si puedes, escríbeme a partir del lunes 25 y lo vemos con calma.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-25' }],
  },
  {
    ...ZAZ_MON,
    text: 'Te propongo dos opciones para la videollamada: miércoles 20 a las 10:00 o jueves 21 a las 17:30. Dime cuál te viene mejor.',
    expect: [],
  },
  {
    ...MAD_JAN,
    text: 'Hola Pablo, gracias por tu interés en Kairos. Revisaremos tu perfil con detenimiento y te diremos algo en un plazo de 10 días.',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...MTY_JAN,
    text: 'Buenas tardes, Sofía. Nos da mucho gusto informarte que la propuesta laboral para el puesto de Ingeniera de Procesos fue aprobada; adjunto encontrarás la carta oferta. Quedo atenta a tu respuesta a más tardar el lunes 18 de enero.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...ROS_MON,
    text: 'Por favor no llamen a la empresa. Las consultas solo se responden por mail.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BAQ_WED,
    text: 'Hola Andrés, el gerente todavía está de vacaciones; regresa el lunes y te aviso la otra semana cómo seguimos.',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...UIO_FRI,
    text: 'Gracias por asistir a la entrevista del miércoles. Te escribiremos cuando tengamos novedades.',
    expect: [],
  },
  {
    ...MVD_TUE,
    text: 'Hola Martina, te pido disculpas pero tengo que cambiar nuestra reunión del jueves. ¿Te sirve el viernes 22 a las 11:00 en el mismo lugar?',
    expect: [{ kind: 'interview', by: '2027-01-22', time: '11:00' }],
  },
  {
    ...ZAZ_MON,
    text: 'Como el proceso acaba de empezar, te agradecería que no me escribieras durante los próximos diez días.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-28' }],
  },
  {
    ...MAD_JAN,
    text: 'Para poder continuar, necesitamos que completes el formulario de datos antes del domingo 17 de enero.',
    expect: [],
  },
  {
    ...MTY_JAN,
    text: 'Ing. Salas, la entrevista con el director regional quedó programada para el lunes 18 de enero a las 9:00 a. m. hora de Colombia.',
    expect: [{ kind: 'interview', by: '2027-01-18', time: '08:00' }],
  },
  {
    ...ROS_MON,
    text: 'Che Nico, el cliente pausó la búsqueda hasta que cierre el presupuesto. Calculo que a fin de mes tenemos novedades.',
    expect: [{ kind: 'response-by', by: '2027-01-31' }],
  },
  {
    ...BAQ_WED,
    text: 'Estamos a la espera de la aprobación del cliente. Apenas tengamos noticias, te contactamos.',
    expect: [],
  },
  {
    ...UIO_FRI,
    text: 'Hola Gabriel, muchas gracias por tu tiempo. Te cuento que el cliente decidió no avanzar con tu perfil en esta oportunidad. ¡Éxitos!',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MVD_TUE,
    text: 'Buenísimo, Lucía. Entonces te espero pasado mañana a las 15:00 en la oficina de Ciudad Vieja para la entrevista con Gerencia.',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '15:00' }],
  },
];

// Round 48, smaller, was written after round 46's misses had been fixed, again before the engine read it.
// Monday 8 February 2027, 10:00 in Seville.
const SVQ_MON = { sentAt: '2027-02-08T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 3 February 2027, 13:00 in Guadalajara.
const GDL_FEB = { sentAt: '2027-02-03T13:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Thursday 4 February 2027, 11:40 in Buenos Aires.
const BUE_FEB = { sentAt: '2027-02-04T11:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Tuesday 9 February 2027, 15:30 in Lima.
const LIM_FEB = { sentAt: '2027-02-09T15:30:00-05:00', tz: 'America/Lima' } as const;
// Friday 5 February 2027, 10:15 in Santiago de Chile.
const SCL_FEB = { sentAt: '2027-02-05T10:15:00-03:00', tz: 'America/Santiago' } as const;

/** Round 48: Spanish recruiter mail, a fifth fresh round. */
export const ROUND_48_ES: readonly PhraseRow[] = [
  {
    ...SVQ_MON,
    text: 'Hola Marina:\nTras revisar tu CV, nos gustaría mantener una primera entrevista telefónica contigo. ¿Tendrías disponibilidad este miércoles 10 a las 11:30?\nSaludos cordiales,\nLorena Gil\nResponsable de Selección',
    expect: [{ kind: 'interview', by: '2027-02-10', time: '11:30' }],
  },
  {
    ...GDL_FEB,
    text: 'Hola Emilio, gracias por tu paciencia. El director sigue de viaje y calculo que te damos una respuesta a mediados de la próxima semana.',
    expect: [{ kind: 'response-by', by: '2027-02-10', fuzzy: true }],
  },
  {
    ...BUE_FEB,
    text: 'Estimado Martín: lamentablemente el puesto para el que te postulaste quedó cubierto internamente. Te agradecemos mucho tu interés.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM_FEB,
    text: 'El horario de atención de nuestra área de Recursos Humanos es de lunes a viernes de 9:00 a 18:00.',
    expect: [],
  },
  {
    ...SCL_FEB,
    text: 'Hola Valentina, estamos en pleno cierre de proceso. Por favor, no me escribas hasta el miércoles 10, que estoy cerrando otro proceso.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-10' }],
  },
  {
    ...SVQ_MON,
    text: 'Te paso los huecos libres de la directora: jueves 11 a las 9:00, jueves 11 a las 13:00 y viernes 12 a las 10:00.',
    expect: [],
  },
  {
    ...GDL_FEB,
    text: '¡Felicidades, Karla! Te comparto que fuiste seleccionada para ocupar la vacante de Coordinadora de Logística. En breve te enviaremos la oferta formal por correo.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BUE_FEB,
    text: 'Hola Caro, recibimos tu postulación. Vamos a estar revisando los perfiles y te respondemos en 10 días hábiles como máximo.',
    expect: [{ kind: 'response-by', by: '2027-02-18' }],
  },
  {
    ...LIM_FEB,
    text: 'Estimado Sr. Rojas, le confirmamos su entrevista con el Gerente de Operaciones para el jueves 11 de febrero a las 3 de la tarde, en Av. Javier Prado Este 4200.',
    expect: [{ kind: 'interview', by: '2027-02-11', time: '15:00' }],
  },
  {
    ...SCL_FEB,
    text: 'Estamos esperando la validación de la gerencia; te aviso en cuanto tenga novedades.',
    expect: [],
  },
  {
    ...SVQ_MON,
    text: 'Te rogamos que no llames a la centralita para preguntar por el proceso; todas las comunicaciones se harán por email.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...GDL_FEB,
    text: 'Hola Paco, te agradecemos tu participación. Por el momento tu perfil no es el que estamos buscando para esta posición.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BUE_FEB,
    text: 'El martes terminamos las entrevistas con los otros candidatos; ahora el cliente está evaluando.',
    expect: [],
  },
  {
    ...LIM_FEB,
    text: 'Hola Diana, el comité se reúne mañana; a más tardar el viernes te damos una respuesta.',
    expect: [{ kind: 'response-by', by: '2027-02-12' }],
  },
  {
    ...SCL_FEB,
    text: 'Hola Tomás, por un tema de agenda movimos tu entrevista al lunes 8 de febrero a las 16:00. ¡Nos vemos!',
    expect: [{ kind: 'interview', by: '2027-02-08', time: '16:00' }],
  },
];
