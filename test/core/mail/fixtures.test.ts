// Real-shaped .eml / .mbox fixtures (test/fixtures/mail, named for what they prove) through parseThread:
// one `it` per fixture, asserting every recovered message (STYLE.md practices 15 and 17).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
import { parseThread } from '../../../src/core/mail';
import { UNSEEN_ROWS, type Row } from './unseenFixtures';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/mail');

const SAM = 'sam.doe@gmail.com';
const ADA = 'ada.lee@contoso.com';

/** A two-message localized Outlook reply: Ada's quoted message at 15:04 in the reply's own zone, then Sam's. */
function localized(
  file: string,
  quotedText: string,
  quotedSig: string | null,
  ownText: string,
  ownSig: string,
  offset = '+01:00',
): Row {
  return {
    file,
    tz: 'Europe/Berlin',
    candidate: SAM,
    messages: [
      {
        from: ADA,
        sentAt: `2026-11-10T15:04:00${offset}`,
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: quotedText,
        signature: quotedSig,
      },
      {
        from: SAM,
        sentAt: `2026-11-10T18:30:00${offset}`,
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: ownText,
        signature: ownSig,
      },
    ],
  };
}

const ROWS: readonly Row[] = [
  {
    file: 'outlook-desktop-reply-windows-1252-qp.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-02T09:15:00-05:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam,\n\nYour interview is confirmed for Tuesday, November 10 at 2:00 PM EST. We will get back to you within two weeks.\n\nThanks,',
        signature: 'Ada Lee\nRecruiter | Contoso',
      },
      {
        from: SAM,
        sentAt: '2026-11-10T16:45:12-05:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hi Ada,\n\nThank you for meeting with me today. I enjoyed learning about the team’s roadmap – especially the café analytics project.\n\nBest regards,',
        signature: 'Sam Doe',
      },
    ],
  },
  {
    file: 'outlook-web-reply-divrplyfwdmsg-html.eml',
    tz: 'Europe/London',
    candidate: SAM,
    messages: [
      {
        from: SAM,
        sentAt: '2026-11-17T09:02:00+00:00',
        zoneStated: false,
        quoted: true,
        role: 'candidate',
        text: 'Hi Ada,\n\nI wanted to follow up on my interview last Tuesday. Is there any update on the timeline?\n\nBest,',
        signature: 'Sam',
      },
      {
        from: ADA,
        sentAt: '2026-11-17T15:20:44+00:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nThanks for your patience. The panel meets on Friday and we will have an answer for you by end of next week.\n\nKind regards,',
        signature: 'Ada',
      },
    ],
  },
  {
    file: 'gmail-reply-nested-quotes-base64-utf8.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: SAM,
        sentAt: '2026-11-09T10:02:00-05:00',
        zoneStated: false,
        quoted: true,
        role: 'candidate',
        text: 'Hello Grace,\n\nCould you confirm the interview time for tomorrow?\n\nThanks,',
        signature: 'Sam',
      },
      {
        from: 'grace@contoso.com',
        sentAt: '2026-11-09T16:31:00-05:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam,\n\nLooking forward to our chat tomorrow at 2 PM. I’ll send a Teams link.\n\nGrace',
        signature: null,
      },
      {
        from: SAM,
        sentAt: '2026-11-11T08:12:37-05:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hi Grace,\n\nThank you for taking the time to speak with me on Tuesday. I’m very excited about the role — the data platform plans sound great.\n\nBest,',
        signature: 'Sam',
      },
    ],
  },
  {
    file: 'apple-mail-reply-blockquote-cite-html.eml',
    tz: 'America/Los_Angeles',
    candidate: 'sam.doe@icloud.com',
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-03T11:20:00-08:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam,\n\nCould you do a video interview on Thursday, November 5 at 10:30 AM Pacific?\n\nAda',
        signature: null,
      },
      {
        from: 'sam.doe@icloud.com',
        sentAt: '2026-11-03T12:05:09-08:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Hi Ada,\n\nThursday at 10:30 works well for me. See you then!\n\nSam',
        signature: null,
      },
    ],
  },
  {
    file: 'thunderbird-reply-format-flowed.eml',
    tz: 'Europe/Berlin',
    candidate: 'sam.doe@posteo.de',
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-12T16:05:00+01:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam, thank you for interviewing with us. We will be in touch within five business days.\n\nAda',
        signature: null,
      },
      {
        from: 'sam.doe@posteo.de',
        sentAt: '2026-11-12T19:40:02+01:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Thank you, Ada. I look forward to hearing from you and I am happy to send any further information you need.\n\nSam',
        signature: null,
      },
    ],
  },
  localized(
    'outlook-reply-de-gesendet.eml',
    'Hallo Herr Doe,\n\nIhr Gespräch ist für Dienstag um 14 Uhr bestätigt.\n\nViele Grüße',
    'Ada Lee',
    'Hallo Frau Lee,\n\nvielen Dank für das angenehme Gespräch heute.\n\nMit freundlichen Grüßen',
    'Sam Doe',
  ),
  localized(
    'outlook-reply-fr-envoye.eml',
    'Bonjour,\n\nNous reviendrons vers vous sous quinze jours.\n\nCordialement,',
    'Ada Lee',
    "Bonjour Madame Lee,\n\nMerci pour l'entretien de ce matin.\n\nCordialement,",
    'Sam Doe',
  ),
  localized(
    'outlook-reply-it-inviato.eml',
    'Gentile Sam,\n\nle faremo sapere entro due settimane.\n\nAda Lee',
    null,
    'Gentile Ada,\n\ngrazie per il colloquio di oggi.\n\nCordiali saluti',
    'Sam Doe',
  ),
  localized(
    'outlook-reply-nl-verzonden.eml',
    'Beste Sam,\n\nWe laten binnen twee weken iets van ons horen.\n\nAda Lee',
    null,
    'Beste Ada,\n\nBedankt voor het gesprek van vandaag.\n\nMet vriendelijke groet,',
    'Sam Doe',
  ),
  localized(
    'outlook-reply-sv-skickat.eml',
    'Hej Sam,\n\nVi återkommer inom två veckor.\n\nAda Lee',
    null,
    'Hej Ada,\n\nTack för intervjun i dag.\n\nMed vänliga hälsningar',
    'Sam Doe',
  ),
  localized(
    'outlook-reply-no-sendt.eml',
    'Hei Sam,\n\nVi gir deg svar innen to uker.\n\nAda Lee',
    null,
    'Hei Ada,\n\nTakk for intervjuet i dag.\n\nMed vennlig hilsen',
    'Sam Doe',
  ),
  localized(
    'outlook-reply-pl-wyslano.eml',
    'Dzień dobry,\n\nodezwiemy się w ciągu dwóch tygodni.\n\nAda Lee',
    null,
    'Dzień dobry,\n\ndziękuję za dzisiejszą rozmowę.\n\nPozdrawiam',
    'Sam Doe',
  ),
  localized(
    'gmail-reply-es-escribio.eml',
    'Hola Sam,\n\nTe responderemos en un plazo de dos semanas.\n\nAda',
    null,
    'Hola Ada,\n\nGracias por la entrevista de hoy.\n\nSaludos,',
    'Sam',
  ),
  localized(
    'gmail-reply-pt-escreveu.eml',
    'Olá Sam,\n\nDaremos retorno em até duas semanas.\n\nAda',
    null,
    'Olá Ada,\n\nObrigado pela entrevista de hoje.\n\nAtenciosamente,',
    'Sam',
    '-03:00',
  ),
  localized(
    'gmail-reply-da-skrev.eml',
    'Hej Sam,\n\nVi vender tilbage inden for to uger.\n\nAda',
    null,
    'Hej Ada,\n\nTak for samtalen i dag.\n\nMed venlig hilsen',
    'Sam',
  ),
  localized(
    'gmail-reply-ru-napisal.eml',
    'Здравствуйте, Сэм!\n\nМы ответим в течение двух недель.\n\nАда',
    null,
    'Здравствуйте, Ада!\n\nСпасибо за сегодняшнее собеседование.\n\nС уважением,',
    'Сэм',
    '+03:00',
  ),
  {
    file: 'outlook-mobile-reply-get-outlook-for-ios.eml',
    tz: 'America/Los_Angeles',
    candidate: 'sam.doe@outlook.com',
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-12T17:10:22-08:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam, could you send two references by Monday?\n\nAda',
        signature: null,
      },
      {
        from: 'sam.doe@outlook.com',
        sentAt: '2026-11-13T07:55:10-08:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Sure, I will send two references today.',
        signature: 'Get Outlook for iOS<https://aka.ms/o0ukef>',
      },
    ],
  },
  {
    file: 'yahoo-reply-on-wrote-with-zone.eml',
    tz: 'America/New_York',
    candidate: 'samdoe@yahoo.com',
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-09T15:04:05-05:00',
        zoneStated: true,
        quoted: true,
        role: 'employer',
        text: 'Hi Sam,\nPlease come to our office at 2 PM on Tuesday.\nAda',
        signature: null,
      },
      {
        from: 'samdoe@yahoo.com',
        sentAt: '2026-11-10T20:31:00+00:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Thanks Ada, see you on Tuesday.\n\nSam',
        signature: null,
      },
    ],
  },
  {
    file: 'gmail-forward-inside-reply.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-16T10:15:00-05:00',
        zoneStated: false,
        quoted: true,
        role: 'employer',
        text: "Grace, the panel liked Sam. Let's invite him to the final round next week.\n\nAda",
        signature: null,
      },
      {
        from: 'grace@contoso.com',
        sentAt: '2026-11-16T12:00:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: "Hi Sam, forwarding Ada's note below so you have the schedule.\n\nGrace",
        signature: null,
      },
    ],
  },
  {
    file: 'encoded-word-headers-iso-8859-1-qp.eml',
    tz: 'Europe/Paris',
    candidate: SAM,
    messages: [
      {
        from: 'renee.muller@contoso.fr',
        sentAt: '2026-11-05T10:00:00+01:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: "Bonjour Sam,\n\nMerci pour votre intérêt. Nous vous répondrons d'ici la fin de la semaine prochaine.\n\nRenée Müller",
        signature: null,
      },
    ],
  },
  {
    file: 'outlook-calendar-invite-windows-tzid.eml',
    tz: 'Europe/London',
    candidate: SAM,
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-02T09:20:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam, here is the invitation for your interview on Tuesday.',
        signature: null,
        calendar: [
          {
            start: '2026-11-10T14:00:00-05:00',
            end: '2026-11-10T15:00:00-05:00',
            summary: 'Interview: Data Analyst (round 1)',
            cancelled: false,
          },
        ],
      },
    ],
  },
  {
    file: 'google-calendar-cancel-utc-and-all-day.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'grace@contoso.com',
        sentAt: '2026-11-11T10:00:00+00:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'This event has been canceled.',
        signature: null,
        calendar: [
          {
            start: '2026-11-12T12:00:00-05:00',
            end: '2026-11-12T12:45:00-05:00',
            summary: 'Phone screen: Sam Doe',
            cancelled: true,
          },
          { start: '2026-11-20T00:00:00-05:00', end: null, summary: 'Onsite day', cancelled: true },
        ],
      },
    ],
  },
  {
    file: 'auto-reply-out-of-office-header.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-17T09:02:31-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'I am out of the office until Monday, November 23 with limited access to email.',
        signature: null,
      },
    ],
  },
  {
    file: 'application-acknowledgement-wording-only.eml',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: 'no-reply@contoso.com',
        sentAt: '2026-10-23T11:00:00-04:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        automatic: true,
        text: 'Dear Sam,\n\nWe have received your application for the Data Analyst position. Our team will review it carefully.\n\nContoso Talent Acquisition',
        signature: null,
      },
    ],
  },
  {
    file: 'three-message-thread.mbox',
    tz: 'America/New_York',
    candidate: SAM,
    messages: [
      {
        from: ADA,
        sentAt: '2026-11-02T09:15:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Hi Sam,\n\nYour interview is confirmed for Tuesday, November 10 at 2:00 PM EST.\n\nAda',
        signature: null,
      },
      {
        from: SAM,
        sentAt: '2026-11-10T16:45:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'candidate',
        text: 'Thank you for today, Ada.\nFrom my side, everything is clear.\n\nSam',
        signature: null,
      },
      {
        from: ADA,
        sentAt: '2026-11-11T10:00:00-05:00',
        zoneStated: true,
        quoted: false,
        role: 'employer',
        text: 'Thanks Sam, we will be in touch within two weeks.\n\nAda',
        signature: null,
      },
    ],
  },
];

describe('parseThread on real-shaped fixtures', () => {
  for (const row of [...ROWS, ...UNSEEN_ROWS]) {
    it(row.file, async () => {
      const data = new Uint8Array(readFileSync(path.join(dir, row.file)));
      const kind = row.file.endsWith('.mbox') ? 'mbox' : 'mime';
      const thread = await parseThread({ messages: [{ kind, data }] }, { tz: row.tz });
      assert.deepEqual(
        thread.warnings.map((w) => w.code),
        row.warnings ?? [],
      );
      assert.equal(thread.candidate, row.candidate);
      const got = thread.messages.map((m) => ({
        from: m.from?.address,
        sentAt: m.sentAt,
        zoneStated: m.sentAtZoneStated,
        quoted: m.quoted,
        role: m.role,
        text: m.text,
        signature: m.signature,
        automatic: m.automatic,
        calendar: m.calendar,
      }));
      const want = row.messages.map((e) => ({
        ...e,
        automatic: e.automatic ?? false,
        calendar: e.calendar ?? [],
      }));
      assert.deepEqual(got, want);
      assert.deepEqual(
        thread.messages.map((m) => m.index),
        thread.messages.map((_m, i) => i),
      );
    });
  }
});

// Office.js hands over HTML where the .eml also has a text part: both must give the same thread.
describe('the HTML part of a multipart/alternative fixture reads like its text part', () => {
  for (const file of [
    'outlook-desktop-reply-windows-1252-qp.eml',
    'gmail-reply-nested-quotes-base64-utf8.eml',
  ]) {
    it(file, async () => {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      const email = await PostalMime.parse(bytes);
      const fromText = await parseThread(
        { messages: [{ kind: 'mime', data: bytes }] },
        { tz: 'America/New_York' },
      );
      const fromHtml = await parseThread(
        {
          messages: [
            {
              kind: 'fields',
              subject: email.subject ?? '',
              from: fromText.messages.at(-1)?.from ?? null,
              to: [],
              cc: [],
              sentAt: fromText.messages.at(-1)?.sentAt ?? null,
              body: email.html ?? '',
              bodyType: 'html',
            },
          ],
        },
        { tz: 'America/New_York' },
      );
      const view = (t: typeof fromText) =>
        t.messages.map((m) => [m.from?.address, m.sentAt, m.text, m.signature]);
      assert.deepEqual(view(fromHtml), view(fromText));
    });
  }
});
