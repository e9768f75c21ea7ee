// Fixtures written in rounds for mail the splitter had never seen (issue 2, accuracy on unseen mail): each
// row's answer was written down before the first run. fixtures.test.ts runs them beside the older ones.
import type { CalendarEvent, Role, Warning } from '../../../src/core/types';

export interface Expected {
  readonly from: string;
  readonly sentAt: string | null;
  readonly zoneStated: boolean;
  readonly quoted: boolean;
  readonly role: Role;
  readonly text: string;
  readonly signature: string | null;
  readonly automatic?: boolean;
  readonly calendar?: readonly CalendarEvent[];
}

export interface Row {
  readonly file: string;
  readonly tz: string;
  readonly candidate: string | null;
  readonly messages: readonly Expected[];
  /** Warning codes expected (none where absent). */
  readonly warnings?: readonly Warning['code'][];
}

const SAM = 'sam.doe@gmail.com';

/** Round 1: Outlook desktop (es, ru, nl HTML), Outlook on the web (fr), Gmail, iPhone, Thunderbird, mbox, OOO. */
export const ROUND_1: readonly Row[] = [
  {
    file: 'outlook-desktop-es-enviado-el-saludos-cordiales.eml',
    tz: 'Europe/Madrid',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.es',
        sentAt: '2026-11-10T15:04:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hola Sam,\n\nGracias por venir hoy. Le daremos una respuesta en un plazo de diez días hábiles.\n\nUn saludo,',
        signature: 'Ada Lee\nResponsable de Selección | Contoso España',
      },
      {
        from: SAM,
        sentAt: '2026-11-10T19:12:03+01:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hola Ada,\n\nMuchas gracias por la entrevista de hoy. Quedo a la espera de sus noticias.\n\nSaludos cordiales,',
        signature: 'Sam Doe\n+34 612 345 678',
      },
    ],
  },
  {
    file: 'outlook-desktop-ru-otpravleno-g.eml',
    tz: 'Europe/Moscow',
    candidate: 'sam.doe@yandex.ru',
    messages: [
      {
        from: 'anna.petrova@contoso.ru',
        sentAt: '2026-11-10T15:04:00+03:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Сэм, добрый день!\n\nЖдём вас сегодня в 16:00 в нашем офисе. Результаты сообщим в течение недели.\n\nАнна Петрова\nМенеджер по подбору персонала',
        signature: null,
      },
      {
        from: 'sam.doe@yandex.ru',
        sentAt: '2026-11-10T18:40:00+03:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Добрый день, Анна!\n\nСпасибо за сегодняшнее собеседование, было очень интересно.\n\nС уважением,',
        signature: 'Сэм Доу',
      },
    ],
  },
  {
    file: 'outlook-web-html-hr-bold-header-fr.eml',
    tz: 'Europe/Paris',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.fr',
        sentAt: '2026-11-10T15:04:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Bonjour Sam,\n\nMerci pour votre candidature. Pourriez-vous venir le jeudi 12 novembre à 10h ?\n\nBien cordialement,',
        signature: 'Ada Lee\nChargée de recrutement',
      },
      {
        from: SAM,
        sentAt: '2026-11-10T16:20:11+01:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Bonjour Ada,\n\nJeudi 10h me convient parfaitement.\n\nCordialement,',
        signature: 'Sam',
      },
    ],
  },
  {
    file: 'gmail-text-attribution-wrapped-two-lines.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-10T15:04:00-05:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        // Revised in round 3: the name under a closing is signature also where a `--` block follows it.
        text: 'Hi Sam,\n\nThanks for coming in today. We will get back to you by Friday, November\n20.\n\nBest,',
        signature: 'Ada\n--\nAda Lee | Talent Partner | Contoso\n+1 (206) 555-0142',
      },
      {
        from: SAM,
        sentAt: '2026-11-10T18:12:40-05:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hi Ada,\n\nThank you again for your time today. I really enjoyed meeting the team.\n\nBest,',
        signature: 'Sam',
      },
    ],
  },
  {
    file: 'apple-iphone-reply-attribution-inside-quote.eml',
    tz: 'Europe/London',
    candidate: 'sam.doe@icloud.com',
    messages: [
      {
        from: 'ada.lee@contoso.co.uk',
        sentAt: '2026-11-10T15:04:00+00:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam,\n\nWe’d like to invite you to a second interview on Thursday 12 November at 11:00.\n\nKind regards,',
        signature: 'Ada',
      },
      {
        from: 'sam.doe@icloud.com',
        sentAt: '2026-11-10T17:45:09+00:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Thanks Ada, see you then.',
        signature: 'Sent from my iPhone',
      },
    ],
  },
  {
    file: 'thunderbird-inline-reply-numeric-attribution.eml',
    tz: 'America/Los_Angeles',
    candidate: 'sam.doe@fastmail.com',
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-10T15:04:00-08:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Could you send me your availability for next week?\n\nAlso, please bring a photo ID.',
        signature: null,
      },
      {
        from: 'sam.doe@fastmail.com',
        sentAt: '2026-11-10T16:30:00-08:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hi Ada,\n\nMonday or Wednesday afternoon both work for me.\n\nWill do.\n\nThanks,',
        signature: 'Sam',
      },
    ],
  },
  {
    file: 'outlook-ooo-de-automatische-antwort.eml',
    tz: 'Europe/Berlin',
    candidate: 'sam.doe@gmx.de',
    messages: [
      {
        from: 'ada.lee@contoso.de',
        sentAt: '2026-11-17T09:02:31+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. November außer Haus und habe keinen Zugriff auf meine E-Mails.',
        signature: null,
      },
    ],
  },
  {
    file: 'auto-reply-es-wording-only.eml',
    tz: 'Europe/Madrid',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.es',
        sentAt: '2026-11-17T09:05:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 23 de noviembre, con acceso limitado al correo electrónico.',
        signature: null,
      },
    ],
  },
  {
    file: 'mbox-reply-quotes-earlier-item.mbox',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-02T09:15:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nYour interview is confirmed for Tuesday, November 10 at 2:00 PM.\nFrom our side, the panel will be Grace and me.\n\nAda',
        signature: null,
      },
      {
        from: SAM,
        sentAt: '2026-11-02T11:40:27-05:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: "Thanks Ada, I'll be there.\n\nSam",
        signature: null,
      },
    ],
  },
  {
    file: 'no-date-header-confidentiality-footer.eml',
    tz: 'Europe/London',
    candidate: SAM,
    warnings: ['missing-date'],
    messages: [
      {
        from: 'ada.lee@contoso.co.uk',
        sentAt: null,
        zoneStated: false,
        quoted: false,
        role: 'employer',
        text: "Hi Sam,\n\nJust confirming we received your references. We'll be in touch by the end of next week.\n\nRegards,",
        signature:
          'Ada Lee\nHR Business Partner\nContoso Ltd.\nT: +44 20 7946 0958\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
      },
    ],
  },
  {
    file: 'outlook-desktop-nl-html-word-border-top.eml',
    tz: 'Europe/Amsterdam',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.nl',
        sentAt: '2026-11-10T15:04:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Beste Sam,\n\nWe nemen binnen tien werkdagen contact met je op.\n\nGroeten,',
        signature: 'Ada Lee\nRecruiter\nContoso Nederland B.V.',
      },
      {
        from: SAM,
        sentAt: '2026-11-10T17:02:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Beste Ada,\n\nHartelijk dank voor het prettige gesprek van vandaag.\n\nMet vriendelijke groet,',
        signature: 'Sam Doe',
      },
    ],
  },
  {
    file: 'apple-mail-begin-forwarded-message.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-09T09:30:00-05:00',
        zoneStated: true,
        quoted: true,
        role: 'employer',
        text: "Hi Grace,\n\nSam's final round is set for Thursday, November 12 from 1 to 4 PM.\n\nThanks,",
        signature: 'Ada',
      },
      {
        from: 'grace@contoso.com',
        sentAt: '2026-11-09T10:12:44-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nForwarding the details from our recruiter.\n\nGrace',
        signature: null,
      },
    ],
  },
];

/** A quoted message and the reply quoting it: the shape of most rows. */
function pair(
  file: string,
  tz: string,
  candidate: string,
  quoted: Omit<Expected, 'quoted' | 'role'> & { readonly role?: Role },
  reply: Omit<Expected, 'quoted' | 'role' | 'zoneStated'> & { readonly role?: Role },
): Row {
  return {
    file,
    tz,
    candidate,
    messages: [
      { ...quoted, quoted: true, role: quoted.role ?? 'employer' },
      { ...reply, zoneStated: true, quoted: false, role: reply.role ?? 'candidate' },
    ],
  };
}

/** Round 2: Gmail HTML (de) and text (sv, en-GB nested), Outlook for Mac/Android/desktop (da, pt-BR, cp1252 QP), Yahoo HTML (fr), forwards, an ATS mail, OOO (nl). */
export const ROUND_2: readonly Row[] = [
  pair(
    'gmail-html-de-gmail-attr-schrieb.eml',
    'Europe/Berlin',
    SAM,
    {
      from: 'ada.lee@contoso.de',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hallo Herr Doe,\n\nwir laden Sie am Donnerstag, 12. November, um 10 Uhr zu einem zweiten Gespräch ein.\n\nMit freundlichen Grüßen',
      signature: 'Ada Lee\nPersonalabteilung',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T17:31:08+01:00',
      text: 'Hallo Frau Lee,\n\nvielen Dank für die Einladung. Der Termin passt mir sehr gut.\n\nViele Grüße',
      signature: 'Sam Doe',
    },
  ),
  pair(
    'outlook-mac-date-at-header-en-gb.eml',
    'Europe/London',
    'sam.doe@outlook.com',
    {
      from: 'ada.lee@contoso.co.uk',
      sentAt: '2026-11-10T15:04:00+00:00',
      zoneStated: false,
      text: 'Hi Sam,\n\nThe panel is still meeting other candidates. We expect to decide by 20 November.\n\nBest wishes,',
      signature: 'Ada',
    },
    {
      from: 'sam.doe@outlook.com',
      sentAt: '2026-11-11T09:12:00+00:00',
      text: 'Hi Ada,\n\nThanks for the update – I’ll wait to hear from you next week.\n\nKind regards,',
      signature: 'Sam',
    },
  ),
  pair(
    'outlook-android-pl-pobierz-rule-line.eml',
    'Europe/Warsaw',
    'sam.doe@wp.pl',
    {
      from: 'ada.lee@contoso.pl',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Dzień dobry,\n\nzapraszamy na rozmowę w czwartek 12 listopada o 10:00.\n\nZ poważaniem',
      signature: 'Ada Lee',
    },
    {
      from: 'sam.doe@wp.pl',
      sentAt: '2026-11-10T16:02:44+01:00',
      text: 'Dziękuję, będę o 10:00.',
      signature: 'Pobierz aplikację Outlook dla systemu Android<https://aka.ms/AAb9ysg>',
    },
  ),
  pair(
    'yahoo-html-fr-a-ecrit-utc-offset.eml',
    'Europe/Paris',
    'samdoe@yahoo.fr',
    {
      from: 'ada.lee@contoso.fr',
      sentAt: '2026-11-10T15:04:05+01:00',
      zoneStated: true,
      text: 'Bonjour Sam,\n\nVotre entretien aura lieu jeudi à 14h.\n\nAda',
      signature: null,
    },
    {
      from: 'samdoe@yahoo.fr',
      sentAt: '2026-11-10T15:40:12+00:00',
      text: "Bonjour Ada,\n\nC'est noté, merci !\n\nSam",
      signature: null,
    },
  ),
  pair(
    'outlook-desktop-da-sendt-tirsdag-den.eml',
    'Europe/Copenhagen',
    SAM,
    {
      from: 'ada.lee@contoso.dk',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hej Sam,\n\nTak for en god samtale. Du hører fra os inden for to uger.\n\nMed venlig hilsen',
      signature: 'Ada Lee\nRekrutteringskonsulent',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T20:05:00+01:00',
      text: 'Hej Ada,\n\nTak for i dag. Jeg glæder mig til at høre fra jer.\n\nVenlig hilsen',
      signature: 'Sam Doe\nTlf. 20 12 34 56',
    },
  ),
  pair(
    'outlook-desktop-pt-br-enviado-att.eml',
    'America/Sao_Paulo',
    SAM,
    {
      from: 'ana.souza@contoso.com.br',
      sentAt: '2026-11-10T15:04:00-03:00',
      zoneStated: false,
      text: 'Olá Sam,\n\nObrigada pela entrevista de hoje. Daremos um retorno até sexta-feira.\n\nAbs,',
      signature: 'Ana',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T17:20:00-03:00',
      text: 'Olá Ana,\n\nObrigado pelo retorno. Fico no aguardo.\n\nAtt.,',
      signature: 'Sam Doe\n(11) 98765-4321',
    },
  ),
  pair(
    'gmail-text-sv-den-kl-skrev.eml',
    'Europe/Stockholm',
    SAM,
    {
      from: 'ada.lee@contoso.se',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hej Sam,\n\nTack för intervjun. Vi återkommer inom två veckor.\n\nVänliga hälsningar',
      signature: 'Ada Lee\nRekryterare, Contoso Sverige AB',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T19:45:30+01:00',
      text: 'Hej Ada,\n\nTack för idag! Jag ser fram emot att höra från er.\n\nMvh',
      signature: 'Sam',
    },
  ),
  pair(
    'gmail-forward-es-de-date-a-las.eml',
    'Europe/Madrid',
    SAM,
    {
      from: 'ada.lee@contoso.es',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Grace, la entrevista final con Sam será el jueves 12 a las 11:00.\n\nAda',
      signature: null,
    },
    {
      from: 'grace.ruiz@contoso.es',
      sentAt: '2026-11-11T09:10:00+01:00',
      role: 'employer',
      text: 'Hola Sam,\n\nTe reenvío los detalles de la entrevista final.\n\nUn saludo,',
      signature: 'Grace',
    },
  ),
  pair(
    'outlook-original-message-qp-soft-break-in-header-cp1252.eml',
    'America/Chicago',
    SAM,
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-10T11:04:00-06:00',
      zoneStated: false,
      text: 'Sam – great chatting today. We’d like you to come in for a final round. What does your availability look like next week?\n\nAda',
      signature: null,
    },
    {
      from: SAM,
      sentAt: '2026-11-10T13:58:21-06:00',
      text: 'Hi Ada,\n\nThanks – I’m free for the “final round” any day next week.\n\nRegards,',
      signature: 'Sam',
    },
  ),
  {
    file: 'ats-html-only-base64-nested-tables-entities.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'no-reply@us.greenhouse-mail.io',
        sentAt: '2026-11-02T14:30:00+00:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nThank you for your interest in the Data Analyst role at Contoso—we’d like to schedule a 30\u2011minute phone screen with you. Please pick a time that works for you using the link below.\n\nSchedule your interview\n\nBest,',
        signature: 'Ada Lee\nTalent Partner, Contoso',
      },
    ],
  },
  {
    file: 'auto-reply-nl-niet-aanwezig-wording-only.eml',
    tz: 'Europe/Amsterdam',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.nl',
        sentAt: '2026-11-17T08:30:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Beste afzender,\n\nBedankt voor je bericht. Ik ben tot en met vrijdag 20 november niet aanwezig. Je e-mail wordt niet doorgestuurd; voor dringende zaken kun je contact opnemen met recruitment@contoso.nl.\n\nMet vriendelijke groet,',
        signature: 'Ada Lee',
      },
    ],
  },
  {
    file: 'gmail-text-uk-nested-two-levels.eml',
    tz: 'Europe/London',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.co.uk',
        sentAt: '2026-11-09T10:30:00+00:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam,\n\nSee you tomorrow at 2pm at our Shoreditch office.\n\nAda',
        signature: null,
      },
      {
        from: SAM,
        sentAt: '2026-11-10T18:30:00+00:00',
        zoneStated: false,
        quoted: true,
        role: 'candidate',
        text: 'Hi Ada,\n\nThank you for meeting with me today.\n\nBest,',
        signature: 'Sam',
      },
      {
        from: 'ada.lee@contoso.co.uk',
        sentAt: '2026-11-11T10:02:00+00:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: "Hi Sam,\n\nLovely to hear from you. You'll hear from us by Friday 20 November at the latest.\n\nAda",
        signature: null,
      },
    ],
  },
];

/** Round 3: Gmail text in it/nl/pl/fr, Apple Mail HTML (de), new Outlook HTML (it), Outlook de three deep, Samsung, mbox across zones, no Date, OOO (ru), legal footer (de). */
export const ROUND_3: readonly Row[] = [
  pair(
    'new-outlook-html-it-da-inviato-cc.eml',
    'Europe/Rome',
    'sam.doe@libero.it',
    {
      from: 'ada.lee@contoso.it',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Buongiorno Sam,\n\nla invitiamo a un colloquio tecnico giovedì 12 novembre alle 9:30 presso la nostra sede di Milano.\n\nUn saluto,',
      signature: 'Ada Lee\nHR Specialist',
    },
    {
      from: 'sam.doe@libero.it',
      sentAt: '2026-11-10T18:05:27+01:00',
      text: "Gentile Ada,\n\ngrazie per l'opportunità. Confermo la mia presenza giovedì alle 9:30.\n\nCordiali saluti,",
      signature: 'Sam Doe',
    },
  ),
  {
    file: 'outlook-de-urspruengliche-nachricht-three-levels.eml',
    tz: 'Europe/Berlin',
    candidate: 'sam.doe@web.de',
    messages: [
      {
        from: 'sam.doe@web.de',
        sentAt: '2026-11-02T09:12:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'candidate',
        text: 'Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Bewerbungsunterlagen.\n\nMit freundlichen Grüßen',
        signature: 'Sam Doe',
      },
      {
        from: 'ada.lee@contoso.de',
        sentAt: '2026-11-03T16:20:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Gespräch einladen. Passt Ihnen Dienstag, der 10. November, um 14 Uhr?\n\nViele Grüße',
        signature: 'Ada Lee',
      },
      {
        from: 'sam.doe@web.de',
        sentAt: '2026-11-04T08:47:12+01:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Sehr geehrte Frau Lee,\n\nder Termin am 10. November um 14 Uhr passt mir gut. Ich freue mich auf das Gespräch.\n\nMit freundlichen Grüßen',
        signature: 'Sam Doe\n\n-- \nSam Doe\nTel. 0151 23456789',
      },
    ],
  },
  pair(
    'gmail-text-it-il-giorno-alle-ore.eml',
    'Europe/Rome',
    SAM,
    {
      from: 'ada.lee@contoso.it',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Gentile Sam,\n\nle faremo sapere l’esito entro venerdì 20 novembre.\n\nAda',
      signature: null,
    },
    {
      from: SAM,
      sentAt: '2026-11-10T19:02:11+01:00',
      text: 'Buonasera Ada,\n\ngrazie ancora per il colloquio di oggi.\n\nCordiali saluti',
      signature: 'Sam',
    },
  ),
  pair(
    'gmail-text-nl-op-om-schreef.eml',
    'Europe/Amsterdam',
    SAM,
    {
      from: 'ada.lee@contoso.nl',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hoi Sam,\n\nJe tweede gesprek staat gepland op donderdag 12 november om 11:00.\n\nGroet,',
      signature: 'Ada',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T21:14:00+01:00',
      text: 'Hoi Ada,\n\nDank je wel, tot donderdag!\n\nGroetjes,',
      signature: 'Sam',
    },
  ),
  pair(
    'gmail-text-pl-wt-o-napisal-a.eml',
    'Europe/Warsaw',
    SAM,
    {
      from: 'ada.lee@contoso.pl',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Dzień dobry,\n\nzapraszamy na drugi etap rekrutacji w czwartek o 11:00.\n\nAda Lee',
      signature: null,
    },
    {
      from: SAM,
      sentAt: '2026-11-10T17:50:00+01:00',
      text: 'Dzień dobry,\n\npotwierdzam, będę w czwartek.\n\nPozdrawiam serdecznie',
      signature: 'Sam Doe',
    },
  ),
  pair(
    'gmail-text-fr-le-mar-a-ecrit.eml',
    'Europe/Paris',
    SAM,
    {
      from: 'ada.lee@contoso.fr',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Bonjour Sam,\n\nNous vous attendons jeudi 12 novembre à 11h dans nos locaux.\n\nBien à vous,',
      signature: 'Ada',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T16:45:00+01:00',
      text: 'Bonjour Ada,\n\nMerci, je serai présent jeudi.\n\nBelle journée,',
      signature: 'Sam',
    },
  ),
  pair(
    'apple-mail-html-de-am-um-schrieb-cite.eml',
    'Europe/Berlin',
    'sam.doe@icloud.com',
    {
      from: 'ada.lee@contoso.de',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hallo Sam,\n\npasst dir Donnerstag um 10 Uhr für das zweite Gespräch?\n\nAda',
      signature: null,
    },
    {
      from: 'sam.doe@icloud.com',
      sentAt: '2026-11-10T18:22:41+01:00',
      text: 'Hallo Ada,\n\nvielen Dank, ich bin am Donnerstag um 10 Uhr da.\n\nLiebe Grüße',
      signature: 'Sam',
    },
  ),
  {
    file: 'auto-reply-ru-avtootvet-v-otpuske.eml',
    tz: 'Europe/Moscow',
    candidate: 'sam.doe@yandex.ru',
    messages: [
      {
        from: 'anna.petrova@contoso.ru',
        sentAt: '2026-11-17T10:00:00+03:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Здравствуйте!\n\nЯ в отпуске до 23 ноября. По срочным вопросам пишите hr@contoso.ru.\n\nС уважением,',
        signature: 'Анна Петрова',
      },
    ],
  },
  {
    file: 'mbox-outlook-quote-in-replier-zone-repeats-item.mbox',
    tz: 'Europe/Berlin',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-10T06:04:00-08:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nCould we have a quick call on Friday about next steps?\n\nThanks,',
        signature: 'Ada',
      },
      {
        from: SAM,
        sentAt: '2026-11-10T18:30:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hi Ada,\n\nFriday works. Any time after 5 PM my time.\n\nBest,',
        signature: 'Sam',
      },
    ],
  },
  {
    file: 'no-date-header-gmail-quote-below.eml',
    tz: 'America/Chicago',
    candidate: SAM,
    warnings: ['missing-date'],
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-10T15:04:00-06:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Would Thursday at 10 AM work for a second interview?',
        signature: null,
      },
      {
        from: SAM,
        sentAt: null,
        zoneStated: false,
        quoted: false,
        role: 'candidate',
        text: 'Works for me, thanks!',
        signature: null,
      },
    ],
  },
  {
    file: 'outlook-de-signature-impressum-vertraulich.eml',
    tz: 'Europe/Berlin',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.de',
        sentAt: '2026-11-12T11:30:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hallo Herr Doe,\n\nvielen Dank für das Gespräch. Wir melden uns bis Ende nächster Woche bei Ihnen.\n\nMit freundlichen Grüßen',
        signature:
          'Ada Lee\nSenior Recruiterin\nContoso Deutschland GmbH\nTel.: +49 89 1234567\n\nContoso Deutschland GmbH, Sitz: München, Registergericht: Amtsgericht München HRB 123456, Geschäftsführer: Max Mustermann\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.',
      },
    ],
  },
  pair(
    'samsung-email-original-message-gmt-offset.eml',
    'America/New_York',
    SAM,
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-10T15:04:00-05:00',
      zoneStated: true,
      text: 'Hi Sam, does 2 PM on Thursday work for the onsite?\n\nAda',
      signature: null,
    },
    {
      from: SAM,
      sentAt: '2026-11-10T16:11:03-05:00',
      text: 'Perfect, see you at 2.',
      signature: 'Sent from my Samsung Galaxy smartphone.',
    },
  ),
];

/** Round 4: Word HTML with a table signature (no), Outlook web nested x_ ids, Outlook mobile HTML and text (es), Gmail mobile, Yahoo Android, Outlook 2010 en-GB, a French forward, Thunderbird (de), Apple iPad, OOO by header and by Danish wording. */
export const ROUND_4: readonly Row[] = [
  {
    file: 'outlook-desktop-no-html-word-sendt-table-signature.eml',
    tz: 'Europe/Oslo',
    candidate: SAM,
    messages: [
      {
        from: SAM,
        sentAt: '2026-11-10T15:04:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'candidate',
        text: 'Hei Ada,\n\nTakk for intervjuet i dag. Når kan jeg forvente et svar?\n\nHilsen Sam',
        signature: null,
      },
      {
        from: 'ada.lee@contoso.no',
        sentAt: '2026-11-11T09:30:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hei Sam,\n\nTakk for svaret. Vi gir deg beskjed innen fredag 20. november.\n\nMed vennlig hilsen',
        signature: 'Ada Lee\nRekrutterer\nContoso Norge AS\n+47 22 12 34 56',
      },
    ],
  },
  {
    file: 'outlook-web-html-x-divrplyfwdmsg-nested.eml',
    tz: 'America/Los_Angeles',
    candidate: 'sam.doe@outlook.com',
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-11T16:02:00-08:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam, what does your availability look like next week for the final round?\nAda',
        signature: null,
      },
      {
        from: 'sam.doe@outlook.com',
        sentAt: '2026-11-11T20:40:00-08:00',
        zoneStated: false,
        quoted: true,
        role: 'candidate',
        text: "Monday afternoon works best for me & I'm flexible on the time.\nSam",
        signature: null,
      },
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-12T10:15:00-08:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: "Great, you're booked for Monday 11/16 at 1:00 PM PT. I'll send the Teams link shortly.\n\nAda",
        signature: null,
      },
    ],
  },
  pair(
    'gmail-mobile-on-date-comma-wrote.eml',
    'America/Chicago',
    SAM,
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-10T15:04:00-06:00',
      zoneStated: false,
      text: 'Hi Sam, just a reminder that parking is in lot B.',
      signature: null,
    },
    { from: SAM, sentAt: '2026-11-10T15:31:44-06:00', text: 'Got it, thank you!', signature: null },
  ),
  pair(
    'yahoo-text-on-weekday-pst-sent-from-yahoo-android.eml',
    'America/Los_Angeles',
    'sam_doe@yahoo.com',
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-10T15:04:00+00:00',
      zoneStated: false,
      text: "Hi Sam,\nWe're excited to share the offer letter attached. Please let us know by Friday.\nAda",
      signature: null,
    },
    {
      from: 'sam_doe@yahoo.com',
      sentAt: '2026-11-11T01:10:55+00:00',
      text: "Thank you so much, Ada! I'll review it tonight.",
      signature: 'Sent from Yahoo Mail on Android',
    },
  ),
  pair(
    'outlook-2010-en-gb-mailto-sent-day-month.eml',
    'Europe/London',
    SAM,
    {
      from: 'ada.lee@contoso.co.uk',
      sentAt: '2026-11-10T15:04:00+00:00',
      zoneStated: false,
      text: 'Dear Sam,\n\nPlease confirm you can attend our assessment centre on Tuesday 17 November at 09:30.\n\nKind regards',
      signature: 'Ada Lee\nGraduate Recruitment',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T16:40:00+00:00',
      text: 'Dear Ada,\n\nThank you, I confirm my attendance on 17 November.\n\nYours sincerely,',
      signature: 'Sam Doe',
    },
  ),
  pair(
    'outlook-forward-fr-tr-to-wrapped.eml',
    'Europe/Paris',
    'sam.doe@orange.fr',
    {
      from: 'ada.lee@contoso.fr',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Grace, Paul,\n\nTrès bon entretien avec Sam ce matin. Je propose de le faire venir pour le dernier tour la semaine prochaine.\n\nAda',
      signature: null,
    },
    {
      from: 'grace.martin@contoso.fr',
      sentAt: '2026-11-11T10:05:00+01:00',
      role: 'employer',
      text: "Bonjour Sam,\n\nJe vous transfère le retour d'Ada ci-dessous.\n\nBien cordialement,",
      signature: 'Grace Martin',
    },
  ),
  pair(
    'thunderbird-de-am-um-schrieb-flowed.eml',
    'Europe/Berlin',
    'sam.doe@posteo.de',
    {
      from: 'ada.lee@contoso.de',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hallo Herr Doe,\n\nwir würden Sie gern am Donnerstag, 12. November, um 10 Uhr zu einem zweiten Gespräch einladen.\n\nViele Grüße',
      signature: 'Ada Lee',
    },
    {
      from: 'sam.doe@posteo.de',
      sentAt: '2026-11-10T20:12:00+01:00',
      text: 'Hallo Frau Lee,\n\nvielen Dank, der Donnerstag passt mir sehr gut. Ich bringe meine Zeugnisse mit.\n\nBeste Grüße',
      signature: 'Sam Doe',
    },
  ),
  {
    file: 'gmail-vacation-responder-auto-submitted-header.eml',
    tz: 'America/Los_Angeles',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-17T08:01:12-08:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: "Hi! Thanks for reaching out. I'm at a conference until Nov 20 and checking email intermittently.",
        signature: null,
      },
    ],
  },
  {
    file: 'auto-reply-da-holder-ferie-wording-only.eml',
    tz: 'Europe/Copenhagen',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.dk',
        sentAt: '2026-11-17T08:15:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Tak for din mail. Jeg holder ferie frem til den 23. november og har ikke adgang til min mail i perioden.\n\nVenlig hilsen',
        signature: 'Ada Lee',
      },
    ],
  },
  pair(
    'outlook-ios-html-get-outlook-link-divrplyfwdmsg.eml',
    'America/New_York',
    'sam.doe@hotmail.com',
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-11T17:30:12-05:00',
      zoneStated: false,
      text: 'Hi Sam,\n\nPlease complete the background check form and send two references.\n\nThanks,',
      signature: 'Ada',
    },
    {
      from: 'sam.doe@hotmail.com',
      sentAt: '2026-11-12T07:55:10-05:00',
      text: 'Done – I submitted the form & both references this morning.',
      signature: 'Get Outlook for iOS',
    },
  ),
  pair(
    'outlook-android-es-obtener-outlook-para.eml',
    'Europe/Madrid',
    'sam.doe@hotmail.es',
    {
      from: 'ada.lee@contoso.es',
      sentAt: '2026-11-11T18:20:00+01:00',
      zoneStated: false,
      text: 'Hola Sam,\n\nTe envío la prueba técnica. Tienes hasta el viernes para entregarla.\n\nSaludos,',
      signature: 'Ada',
    },
    {
      from: 'sam.doe@hotmail.es',
      sentAt: '2026-11-12T09:14:00+01:00',
      text: 'Perfecto, la envío antes del viernes.',
      signature: 'Obtener Outlook para Android<https://aka.ms/AAb9ysg>',
    },
  ),
  pair(
    'apple-mail-text-us-on-at-wrote-ipad.eml',
    'America/New_York',
    'sam.doe@me.com',
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-10T15:04:00-05:00',
      zoneStated: false,
      text: "Hi Sam,\n\nThanks for your time today. We'll be in touch within 5 business days.\n\nAda",
      signature: null,
    },
    {
      from: 'sam.doe@me.com',
      sentAt: '2026-11-10T18:02:00-05:00',
      text: 'Hi Ada,\n\nThanks for organizing today. Could you share the names of the panelists so I can send thank-you notes?\n\nSam',
      signature: 'Sent from my iPad',
    },
  ),
];

/** Round 5: Outlook pt-PT and Mac (de), Gmail ru (no verb) and HTML signature, an indented agenda, iPhone (de), cp1252 HTML (es), Apple forward (fr), an mbox of three, OOO wording (en). */
export const ROUND_5: readonly Row[] = [
  pair(
    'outlook-desktop-pt-pt-enviada.eml',
    'Europe/Lisbon',
    SAM,
    {
      from: 'ana.silva@contoso.pt',
      sentAt: '2026-11-10T15:04:00+00:00',
      zoneStated: false,
      text: 'Olá Sam,\n\nConfirmamos a entrevista para hoje às 16h nas nossas instalações em Lisboa.\n\nCumprimentos,',
      signature: 'Ana Silva',
    },
    {
      from: SAM,
      sentAt: '2026-11-10T17:30:00+00:00',
      text: 'Boa tarde Ana,\n\nMuito obrigado pela entrevista. Fico a aguardar notícias.\n\nCom os melhores cumprimentos,',
      signature: 'Sam Doe',
    },
  ),
  pair(
    'gmail-text-ru-date-address-no-verb.eml',
    'Europe/Moscow',
    SAM,
    {
      from: 'anna.petrova@contoso.ru',
      sentAt: '2026-11-10T15:04:00+03:00',
      zoneStated: false,
      text: 'Сэм, приглашаем вас на второй этап в четверг в 11:00.\n\nАнна',
      signature: null,
    },
    {
      from: SAM,
      sentAt: '2026-11-10T19:05:00+03:00',
      text: 'Анна, спасибо! Буду в четверг.',
      signature: null,
    },
  ),
  pair(
    'outlook-mac-de-datum-um.eml',
    'Europe/Berlin',
    'sam.doe@gmx.de',
    {
      from: 'ada.lee@contoso.de',
      sentAt: '2026-11-10T15:04:00+01:00',
      zoneStated: false,
      text: 'Hallo Herr Doe,\n\nkönnten Sie uns noch Ihre Gehaltsvorstellung mitteilen?\n\nDanke und viele Grüße',
      signature: 'Ada Lee',
    },
    {
      from: 'sam.doe@gmx.de',
      sentAt: '2026-11-10T17:00:00+01:00',
      text: 'Liebe Frau Lee,\n\nmeine Gehaltsvorstellung liegt bei 65.000 Euro brutto im Jahr.\n\nBeste Grüße',
      signature: 'Sam Doe',
    },
  ),
  pair(
    'gmail-html-en-gmail-signature-prefix.eml',
    'America/New_York',
    SAM,
    {
      from: 'ada.lee@contoso.com',
      sentAt: '2026-11-09T11:20:00-05:00',
      zoneStated: false,
      text: 'Hi Sam,\n\nPlease send the exercise back by Wednesday.\n\nAda',
      signature: null,
    },
    {
      from: SAM,
      sentAt: '2026-11-10T18:00:00-05:00',
      text: "Hi Ada,\n\nI've attached my solution to the take-home exercise.\n\nThanks,",
      signature: 'Sam\n\n--\nSam Doe\nData Analyst\n+1 555 010 0199',
    },
  ),
  {
    file: 'outlook-html-indented-agenda-not-a-quote.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-09T11:00:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nHere is the agenda for Thursday:\n10:00 Team intro\n11:00 Technical interview\n12:00 Lunch with the team\n\nSee you then,',
        signature: 'Ada',
      },
    ],
  },
  pair(
    'iphone-de-von-meinem-iphone-gesendet.eml',
    'Europe/Berlin',
    'sam.doe@icloud.com',
    {
      from: 'ada.lee@contoso.de',
      sentAt: '2026-11-18T10:15:00+01:00',
      zoneStated: false,
      text: 'Hallo Herr Doe,\n\nwir freuen uns, Ihnen die Stelle anbieten zu können.\n\nViele Grüße',
      signature: 'Ada Lee',
    },
    {
      from: 'sam.doe@icloud.com',
      sentAt: '2026-11-18T12:01:00+01:00',
      text: 'Vielen Dank, ich freue mich sehr! Den Vertrag schicke ich bis Freitag unterschrieben zurück.',
      signature: 'Von meinem iPhone gesendet',
    },
  ),
  {
    file: 'auto-reply-en-intermittent-access-wording-only.eml',
    tz: 'America/Los_Angeles',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-17T06:12:00-08:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Hello,\n\nThank you for your email. I am travelling until November 23 with intermittent access to email, and will respond as soon as possible.\n\nBest regards,',
        signature: 'Ada Lee',
      },
    ],
  },
  pair(
    'outlook-html-only-windows-1252-8bit-es.eml',
    'Europe/Madrid',
    SAM,
    {
      from: 'ada.lee@contoso.es',
      sentAt: '2026-11-09T12:30:00+01:00',
      zoneStated: false,
      text: 'Hola Sam,\n\nNuestra oficina está en la calle Alcalá 45, 3º piso.\n\nSaludos,',
      signature: 'Ada',
    },
    {
      from: SAM,
      sentAt: '2026-11-09T13:10:00+01:00',
      text: 'Hola Ada,\n\nGracias por la información. “Perfecto”, allí estaré.\n\nUn saludo,',
      signature: 'Sam',
    },
  ),
  pair(
    'apple-mail-fr-debut-du-message-reexpedie.eml',
    'Europe/Paris',
    'sam.doe@free.fr',
    {
      from: 'ada.lee@contoso.fr',
      sentAt: '2026-11-09T09:30:00+01:00',
      zoneStated: true,
      text: 'Grace,\n\nLe dernier entretien de Sam aura lieu jeudi 12 novembre de 14h à 17h.\n\nAda',
      signature: null,
    },
    {
      from: 'grace.martin@contoso.fr',
      sentAt: '2026-11-09T10:20:00+01:00',
      role: 'employer',
      text: 'Bonjour Sam,\n\nVoici le planning transmis par Ada.\n\nGrace',
      signature: null,
    },
  ),
  {
    file: 'mbox-three-items-outlook-quotes-both.mbox',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-02T09:00:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam, are you free for a phone screen on Wednesday at 11?\n\nAda',
        signature: null,
      },
      {
        from: SAM,
        sentAt: '2026-11-02T10:10:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Yes, Wednesday at 11 works.\n\nSam',
        signature: null,
      },
      {
        from: 'ada.lee@contoso.com',
        sentAt: '2026-11-02T11:00:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: "Great, I'll call you then.\n\nAda",
        signature: null,
      },
    ],
  },
];

export const UNSEEN_ROWS: readonly Row[] = [...ROUND_1, ...ROUND_2, ...ROUND_3, ...ROUND_4, ...ROUND_5];
