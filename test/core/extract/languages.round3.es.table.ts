// The third held-out Spanish round of issue 13 (round 31): whole recruiter messages, ATS templates (Personio,
// Workday, SuccessFactors, Teamtailor, InfoJobs, Talentsoft) and agency mail from Spain, Mexico, Argentina, Colombia
// and Chile, with signatures, footers, quoted messages and typos, written with their answers from
// TIMELINE-CONVENTIONS.md BEFORE the engine read them. The first-run figure is in FIRST_RUN (languages.table.ts).
// Round 35, smaller, was written after round 31's misses had been fixed, again before the engine read it.
import { MAD } from './languages.senders';
import type { PhraseRow } from './phrases.table';

// Thursday 12 November 2026, 16:30 in Mexico City (no summer time since 2022).
const MEX = { sentAt: '2026-11-12T16:30:00-06:00', tz: 'America/Mexico_City' } as const;
// Monday 16 November 2026, 09:15 in Buenos Aires.
const BUE = { sentAt: '2026-11-16T09:15:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Friday 13 November 2026, 11:00 in Bogotá.
const BOG = { sentAt: '2026-11-13T11:00:00-05:00', tz: 'America/Bogota' } as const;
// Tuesday 17 November 2026, 08:40 in Santiago de Chile (summer time, UTC-3).
const SCL = { sentAt: '2026-11-17T08:40:00-03:00', tz: 'America/Santiago' } as const;

/** Round 31: Spanish recruiter mail and ATS templates, third unseen round. */
export const ROUND_31_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: 'Hola Lucía:\n\nGracias por tu interés en Ondara Digital. Nos encantaría conocerte mejor, así que te invitamos a una entrevista con el equipo de producto.\n\nFecha: martes, 24 de noviembre de 2026\nHora: 10:30 - 11:15 (CET)\nLugar: Calle de Príncipe de Vergara 135, 28002 Madrid\n\nSi necesitas cambiar la cita, responde a este correo.\n\nUn saludo,\nMarta Iglesias\nTalent Acquisition | Tel. +34 91 555 12 34',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '10:30' }],
  },
  {
    ...MEX,
    text: '¡Qué tal, Diego! Te confirmo que quedamos el miércoles 18 a las 5:30 pm (hora del centro de México) para la entrevista con Rodrigo, el director de ingeniería. Te mando la liga de Zoom un día antes. Saludos, Fernanda Ruiz · Reclutamiento · Grupo Altavela · Cel. 55 4123 9087',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '17:30' }],
  },
  {
    ...MAD,
    text: 'Buenos días, Sr. Okafor:\nPor un imprevisto de la entrevistadora, debemos mover la entrevista prevista para el jueves 12 de noviembre a las 9:00. La nueva cita es el lunes 16 de noviembre a las 12:30, en el mismo enlace de Teams.\nDisculpe las molestias.\nAtentamente,\nDepartamento de Personas – Lumbre Energía S.L.',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '12:30' }],
  },
  {
    ...BUE,
    text: 'Hola Martina, te escribo porque tuvimos que suspender la entrevista del jueves 19 a las 15 hs. Apenas tengamos nueva fecha te aviso. Perdón por el cambio! Abrazo, Nico\n\nEnviado desde mi celular',
    expect: [],
  },
  {
    ...MAD,
    text: 'Para la segunda fase, elige el hueco que mejor te venga:\n- Lunes 23/11, 10:00\n- Martes 24/11, 16:30\n- Miércoles 25/11, 12:00\nReserva directamente en el enlace de Calendly.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Esta semana y la siguiente estamos entrevistando al resto de candidatos preseleccionados (las últimas entrevistas son el viernes 20), por lo que todavía no podemos darte una respuesta.',
    expect: [],
  },
  {
    ...MAD,
    text: 'InfoJobs – Tu candidatura a «Técnico/a de soporte N2» ha sido vista por la empresa. La empresa realizará las entrevistas entre el 30 de noviembre y el 11 de diciembre. Recuerda mantener tu CV actualizado.\n© 2026 InfoJobs. Todos los derechos reservados. Si no deseas recibir más notificaciones, date de baja aquí.',
    expect: [],
  },
  {
    ...MAD,
    text: 'El proceso de revisión suele llevarnos alrededor de una semana, y después te contactaremos con los próximos pasos.',
    expect: [{ kind: 'response-by', by: '2026-11-18', fuzzy: true }],
  },
  {
    ...MAD,
    text: 'Una vez revisadas las referencias, el equipo de RR. HH. te hará llegar la propuesta económica en un plazo de 3 a 4 días laborables.',
    expect: [],
  },
  {
    ...MAD,
    text: 'La convocatoria permanece abierta hasta el 27 de noviembre. Una vez cerrada, el comité revisará todas las solicitudes y comunicará su decisión en un plazo de diez días hábiles.',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...SCL,
    text: 'Gracias por venir ayer a la entrevista. Como te comenté, después de la reunión del comité del jueves 19 te daremos respuesta en un máximo de dos días hábiles.',
    expect: [{ kind: 'response-by', by: '2026-11-23' }],
  },
  {
    ...MAD,
    text: 'Tu perfil nos ha parecido muy interesante. Si todo va bien y el cliente no cambia las prioridades, que nunca se sabe, calculo que para finales de la semana que viene te podré decir algo.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...MAD,
    text: 'En cuanto tengamos novedades del cliente te lo haremos saber. Mientras tanto, gracias por tu paciencia.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Nuestro equipo se muda a la nueva sede de Torre Glòries el 1 de diciembre; en cuanto nos instalemos retomaremos el proceso.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Te agradeceríamos que no nos escribieras para pedir novedades antes del 30 de noviembre, fecha en que cerramos la primera criba.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-30' }],
  },
  {
    ...MAD,
    text: 'Danos un margen de diez días antes de preguntar por tu candidatura, por favor.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-21' }],
  },
  {
    ...MAD,
    text: 'Les pedimos que no consulten el estado de su solicitud hasta pasada la fecha de cierre del 4 de diciembre.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-05' }],
  },
  {
    ...MAD,
    text: 'Respuesta automática: Estaré fuera de la oficina hasta el 20 de noviembre, sin acceso al correo. Volveré a atender mensajes a partir del lunes 23. Para asuntos urgentes, contacte con Raquel Núñez (rnunez@lumbre-energia.es).',
    expect: [{ kind: 'no-contact-before', by: '2026-11-23' }],
  },
  {
    ...MAD,
    text: 'Ahora mismo estoy de viaje por trabajo hasta el día 25, así que te pido que lo retomemos a mi vuelta.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-25' }],
  },
  {
    ...MAD,
    text: 'Le recordamos que, por el elevado número de candidaturas recibidas y para poder dar a todas un trato justo, no es posible atender por vía telefónica ninguna consulta relacionada con esta oferta.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Nuestro equipo de selección no dispone de línea telefónica para candidatos; cualquier duda, escríbenos a talento@cobaltia.com.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Agencias de selección y headhunters: por favor, absténganse de contactarnos.',
    expect: [{ kind: 'no-calls' }],
  },
  { ...MAD, text: 'Si te surge cualquier duda, llámame sin problema al 612 345 678.', expect: [] },
  {
    ...MAD,
    text: 'Te llamaremos por teléfono en los próximos días para comentarte el feedback.',
    expect: [{ kind: 'response-by', by: '2026-11-16', fuzzy: true }],
  },
  {
    ...MAD,
    text: 'Estimado Sr. Haddad:\nAgradecemos sinceramente el tiempo que nos ha dedicado. Tras valorar detenidamente todas las candidaturas, hemos decidido seguir adelante con perfiles que se ajustan más a las necesidades actuales del puesto. Conservaremos su CV en nuestra base de datos durante 12 meses.\nReciba un cordial saludo,\nEquipo de Talento – Aceros Ibéricos',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BUE,
    text: 'Che Tomi, te cuento que al final el cliente se inclinó por otro candidato con más experiencia en fintech. Una lástima, porque tu entrevista estuvo muy bien. Si aparece algo parecido te aviso.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Querida Valentina:\nEs un placer comunicarte que queremos contar contigo como Product Designer en Nubia Labs. Adjuntamos la carta oferta con el detalle del salario (48.000 € brutos anuales) y la fecha de incorporación prevista, el 11 de enero de 2027. Te pedimos que nos la devuelvas firmada antes del viernes 20 de noviembre.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD,
    text: 'Te propongo una llamada con Jennifer (nuestra CTO, está en Nueva York) el viernes 13 a las 10:00 (hora de Nueva York).',
    expect: [{ kind: 'interview', by: '2026-11-13', time: '16:00' }],
  },
  {
    ...MAD,
    text: 'La videollamada con el equipo de Bogotá será el lunes 16 de noviembre a las 9:00 a. m. (GMT-5).',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '15:00' }],
  },
  {
    ...BOG,
    text: 'Buen día Andrés, quedó agendada tu entrevista con la gerente de tecnología para el martes 17 de noviembre a las 3:00 p.m. Te llegará la invitación de Google Meet al correo.\nCordialmente,\nPaola Restrepo | Talento Humano | PBX (601) 745 0000 ext. 212 | Cra. 7 # 71-21, Bogotá',
    expect: [{ kind: 'interview', by: '2026-11-17', time: '15:00' }],
  },
  {
    ...MAD,
    text: 'Evento\tFecha\tHora\tZona horaria\nEntrevista técnica\t01/12/2026\t09:00\tCET (Madrid)\nPrueba de inglés\t—\t—\t—',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '09:00' }],
  },
  {
    ...MAD,
    text: 'Estado de la solicitud: Entrevista programada · Última actualización: 2026-11-10 17:42 CET · ID de solicitud: 48213',
    expect: [],
  },
  {
    ...MAD,
    text: '¡Hola Camila! Hemos recibido tu candidatura para Customer Success Manager en Grupo Tessera. Nuestro equipo revisa cada solicitud personalmente y normalmente respondemos en un plazo de 5 a 7 días laborables. Mucha suerte 🍀\n\nEste correo se ha enviado automáticamente desde Teamtailor. Por favor, no respondas a este mensaje.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...MAD,
    text: 'Perfecto, nos vemos entonces el jueves a las 11.\n\nEl mar, 10 nov 2026 a las 18:03, Iván Cortés <ivan.cortes@rivaltech.es> escribió:\n> ¿Te viene bien el jueves 12 a las 11:00 o prefieres el viernes 13 a las 9:30?',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '11:00' }],
  },
  {
    ...MAD,
    text: 'Gracias, Sofía. Lo reviso y te digo.\n\n-----Mensaje original-----\nDe: Sofía Benavides\nEnviado el: lunes, 9 de noviembre de 2026 16:20\nPara: rrhh@quintaflor.com\nAsunto: Consulta candidatura',
    expect: [],
  },
  {
    ...MAD,
    text: 'Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos se conservarán durante un plazo de dos años desde la finalización del proceso de selección, salvo que solicite su supresión antes.',
    expect: [],
  },
  {
    ...MAD,
    text: 'La jornada es intensiva los viernes y en julio y agosto (de 8:00 a 15:00), con 23 días laborables de vacaciones.',
    expect: [],
  },
  {
    ...MAD,
    text: '¿Nos podrías mandar tu disponibilidad para la semana del 23 antes del viernes? Así cuadramos agendas con el panel.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Muchas gracias por la entrevista del pasado lunes 9 de noviembre, fue un gusto conversar contigo.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Esperábamos tener una decisión la semana pasada, pero el proceso se ha retrasado.',
    expect: [],
  },
  {
    ...MEX,
    text: 'Te escribo el lunes o el martes con la retroalimentación del panel.',
    expect: [{ kind: 'response-by', by: '2026-11-17' }],
  },
  {
    ...MAD,
    text: 'Os comunicaremos la resolución definitiva no más tarde del 04/12/2026.',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...MAD,
    text: 'Te doy una respuesta a mediados de la semana que viene, como muy tarde.',
    expect: [{ kind: 'response-by', by: '2026-11-18', fuzzy: true }],
  },
  {
    ...BUE,
    text: 'Vamos a tener una respuesta antes de que termine el mes, quedate tranquila.',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...SCL,
    text: 'Dame 48 horitas y te confirmo si pasas a la siguiente etapa.',
    expect: [{ kind: 'response-by', by: '2026-11-19' }],
  },
  {
    ...MAD,
    text: 'Te confimro la entrevista para el jeuves 19 de noviembre a las 13:00h en nuestra oficina de Valencia.',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '13:00' }],
  },
  {
    ...MAD,
    text: '¿Te encaja una videollamada el viernes a las 4 de la tarde con Mateo, el head of data?',
    expect: [{ kind: 'interview', by: '2026-11-13', time: '16:00' }],
  },
  {
    ...SCL,
    text: 'Entrevista final\nFecha: 2026-11-24\nHora: 15:30 (hora de Chile)\nModalidad: presencial, Av. Apoquindo 4501, piso 12, Las Condes',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '15:30' }],
  },
  {
    ...MEX,
    text: 'Para no saturar al equipo, te pedimos que no envíes seguimientos durante las próximas dos semanas.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-26' }],
  },
  {
    ...MAD,
    text: 'Hola Julien,\n\nGracias de nuevo por tu tiempo ayer. Te cuento cómo sigue el proceso: el comité se reúne el martes 17 y, si todo sale según lo previsto, te daremos una respuesta el mismo día o, a más tardar, el jueves 19. La incorporación sería el 7 de enero y el periodo de prueba, de seis meses.\n\nUn abrazo,\nElena',
    expect: [{ kind: 'response-by', by: '2026-11-19' }],
  },
  {
    ...MAD,
    text: 'Confirmado: el lunes a las 9:30 te espera Kenji Watanabe en recepción (Paseo de la Castellana 259D, planta 18).\n\nEnviado desde mi iPhone',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '09:30' }],
  },
  {
    ...MAD,
    text: 'Te invitamos a nuestro Open Day el jueves 26 de noviembre de 18:00 a 20:00 en el campus de Barcelona. Inscripción gratuita.',
    expect: [],
  },
  {
    ...MAD,
    text: 'La entrevista dura aproximadamente 45 minutos y consta de dos partes: una conversación sobre tu experiencia y un caso práctico de 20 minutos.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Nuevas ofertas para ti | Desarrollador/a Java – Sevilla – Publicada hace 2 días | Data Engineer – Remoto – Publicada el 09/11/2026 | Ver todas las ofertas | Darse de baja',
    expect: [],
  },
  {
    ...BOG,
    text: 'Tu hoja de vida quedará en nuestra base de datos por 6 meses para futuras vacantes.',
    expect: [],
  },
  { ...MAD, text: 'Nos alegra decirte que has pasado a la siguiente fase del proceso.', expect: [] },
  {
    ...MAD,
    text: 'No dudes en escribirme por WhatsApp si te surge algo antes de la entrevista.',
    expect: [],
  },
  { ...MAD, text: 'La nómina se abona el último día hábil de cada mes.', expect: [] },
  {
    ...MAD,
    text: 'Completa el test de personalidad en los próximos 3 días; el enlace caduca el 14/11/2026 a las 23:59.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Te recordamos que el aparcamiento del edificio cierra a las 21:00 y que la recepción abre a las 8:00.',
    expect: [],
  },
];

// Sunday 29 November 2026, 19:30 in Madrid ("la semana que viene" is the week that starts the next day).
const MAD_SUN = { sentAt: '2026-11-29T19:30:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 2 December 2026, 14:00 in Lima.
const LIM = { sentAt: '2026-12-02T14:00:00-05:00', tz: 'America/Lima' } as const;
// Friday 4 December 2026, 12:00 in Monterrey.
const MTY = { sentAt: '2026-12-04T12:00:00-06:00', tz: 'America/Monterrey' } as const;
// Monday 7 December 2026, 09:00 in Las Palmas de Gran Canaria (an hour behind the peninsula).
const CAN = { sentAt: '2026-12-07T09:00:00+00:00', tz: 'Atlantic/Canary' } as const;

/** Round 35: Spanish recruiter mail and ATS templates, fourth unseen round (after round 31's fixes). */
export const ROUND_35_ES: readonly PhraseRow[] = [
  {
    ...MAD_SUN,
    text: 'Invitación a entrevista – Analista Financiero/a (REQ-20931)\nEstimada Sra. Lindqvist, nos complace invitarla a la siguiente fase.\nDía: jueves 3 de diciembre de 2026\nHorario: 16:00–17:00 h (hora peninsular)\nFormato: Microsoft Teams (el enlace se enviará por separado)',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '16:00' }],
  },
  {
    ...MAD_SUN,
    text: 'Te escribiremos a lo largo de la semana que viene con una respuesta definitiva.',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...MAD_SUN,
    text: 'Hemos valorado muy positivamente tu trayectoria, pero en esta ocasión no vamos a continuar con tu candidatura.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM,
    text: 'Estimado Luis: para coordinar la entrevista con el gerente general le propongo el viernes 4 o el lunes 7 por la mañana; indíqueme cuál le acomoda más.',
    expect: [],
  },
  {
    ...LIM,
    text: 'Le informamos que el proceso de evaluación puede tomar hasta 15 días calendario.',
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...LIM,
    text: 'Por políticas internas, el área de Gestión del Talento no brinda información sobre el estado de las postulaciones por teléfono.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LIM,
    text: 'Las evaluaciones psicotécnicas se realizarán a todos los postulantes el sábado 12 de diciembre a las 9:00 a.m. en nuestra sede de San Isidro.',
    expect: [],
  },
  {
    ...MTY,
    text: 'Hola Ximena, ¿te late si platicamos el martes a las 11 de la mañana por Meet? Es una charla corta con Héctor, de Finanzas.',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '11:00' }],
  },
  {
    ...MTY,
    text: 'Nos comprometemos a darte retroalimentación a más tardar el 18 de diciembre, pase lo que pase.',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...MTY,
    text: 'Nuestras oficinas estarán cerradas por vacaciones de fin de año del 21 de diciembre al 6 de enero; el proceso se reanudará después.',
    expect: [],
  },
  {
    ...MTY,
    text: 'Ojo: no nos mandes correos preguntando por el resultado antes del 11 de enero, porque el comité no se reúne hasta entonces.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-11' }],
  },
  {
    ...CAN,
    text: 'Quedamos así: entrevista presencial el miércoles 9 a las 10:30 (hora canaria) en Calle Triana 45, Las Palmas de Gran Canaria.',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:30' }],
  },
  {
    ...CAN,
    text: 'La segunda entrevista, con nuestra directora en Madrid, será el viernes 11 de diciembre a las 13:00 hora peninsular.',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '12:00' }],
  },
  {
    ...CAN,
    text: '¡Buenas noticias, Aitor! El comité ha aprobado tu contratación y te haremos llegar el contrato esta semana.',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-11' },
    ],
  },
  {
    ...CAN,
    text: 'Recuerda subir a la plataforma tu titulación y el certificado de antecedentes antes del 14 de diciembre.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Por motivos de agenda del panel, tu entrevista pasa del martes 17 al miércoles 18 de noviembre, misma hora (12:00).',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '12:00' }],
  },
  {
    ...MAD,
    text: 'Hoy y mañana entrevistamos a los últimos finalistas; tu entrevista ya la hicimos el lunes, así que solo queda esperar.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Síguenos en LinkedIn | Política de privacidad | Aviso legal | Grupo Meridiana S.A., C/ Alcalá 21, 28014 Madrid. Inscrita en el Registro Mercantil de Madrid, Tomo 3.412, Folio 88, Hoja M-58123.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Esta semana estoy en un evento en Lisboa y no podré mirar el correo; a partir del martes 17 ya me tienes disponible.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-17' }],
  },
  {
    ...MAD,
    text: 'Te pedimos, por favor, que ni tú ni tu agencia llaméis a la oficina central para interesaros por el proceso.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Para cualquier cosa me puedes llamar al +34 600 112 233 o escribirme por aquí.',
    expect: [],
  },
  {
    ...MAD,
    text: 'La fase de pruebas técnicas termina el 20 de noviembre y, a partir de ese día, tardaremos como máximo una semana en darte respuesta.',
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  {
    ...MAD,
    text: 'Te contestaremos con la mayor brevedad posible, en cuanto el responsable del área revise tu prueba.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Teníamos previsto darte una respuesta antes del viernes pasado, pero se ha retrasado la aprobación del presupuesto.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola!! Ya hablé con el equipo, te confirmo algo antes del jueves 19 sin falta. Saludos',
    expect: [{ kind: 'response-by', by: '2026-11-18' }],
  },
  {
    ...MAD,
    text: 'Tu solicitud (ID 77-AB) cambió de estado a «En proceso» el 2026-11-10T18:22:05Z.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Tu entrevista con el equipo de Londres queda confirmada para el jueves 19 de noviembre a las 2:30 p. m. (hora de Londres).',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '15:30' }],
  },
  {
    ...MAD,
    text: 'Cada entrevista del assessment center dura 30 minutos y habrá descansos de 10 minutos entre una y otra.',
    expect: [],
  },
  {
    ...MAD,
    text: 'El comité de contratación se reúne cada dos semanas, así que cuenta con tener noticias nuestras en un plazo aproximado de quince días.',
    expect: [{ kind: 'response-by', by: '2026-11-26', fuzzy: true }],
  },
];
