// The quote-header knowledge, one row per client and language: the own text above it, and the sender and
// date read from it (dates without a zone land in the quoting message's zone, here +01:00).
import assert from 'node:assert/strict';
import { parseThread, splitQuotes } from '../../../src/core/mail';

interface Row {
  readonly name: string;
  /** The header lines, between the reply "Thanks!" and the quoted "Earlier text." */
  readonly header: string;
  /** Prefix quoted lines with `> ` (Gmail and friends) or leave them bare (Outlook). */
  readonly prefixed: boolean;
  readonly from: string;
  /** The sender's name, where the row is about reading it. */
  readonly fromName?: string;
  readonly sentAt: string;
}

const ROWS: readonly Row[] = [
  {
    name: 'en Gmail',
    header: 'On Tue, Nov 10, 2026 at 3:04 PM Ada Lee <ada@contoso.com> wrote:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Gmail wrapped over two lines',
    header: 'On Tue, Nov 10, 2026 at 3:04 PM Ada Lee from the Contoso hiring team <\nada@contoso.com> wrote:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Apple Mail',
    header: 'On Nov 10, 2026, at 3:04 PM, Ada Lee <ada@contoso.com> wrote:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Thunderbird',
    header: 'On 11/10/26 3:04 PM, Ada Lee wrote:',
    prefixed: true,
    from: '',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Outlook desktop',
    header:
      'From: Ada Lee <ada@contoso.com>\nSent: Tuesday, November 10, 2026 3:04 PM\nTo: Sam Doe <sam@example.com>\nSubject: Interview',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Outlook -----Original Message-----',
    header:
      '-----Original Message-----\nFrom: Ada Lee [mailto:ada@contoso.com]\nSent: Tuesday, November 10, 2026 3:04 PM\nTo: Sam Doe\nSubject: Interview',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Outlook on the web rule line',
    header:
      '________________________________\nFrom: Ada Lee <ada@contoso.com>\nSent: Tuesday, November 10, 2026 3:04 PM\nTo: Sam Doe <sam@example.com>\nSubject: Interview',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Yahoo with its own zone',
    header: 'On Tuesday, November 10, 2026, 09:04:05 AM EST, Ada Lee <ada@contoso.com> wrote:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T09:04:05-05:00',
  },
  {
    name: 'de Outlook "Gesendet: Dienstag, 10. November 2026 15:04"',
    header:
      'Von: Ada Lee <ada@contoso.com>\nGesendet: Dienstag, 10. November 2026 15:04\nAn: Sam Doe\nBetreff: Vorstellungsgespräch',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'de Gmail "Am … schrieb"',
    header: 'Am Di., 10. Nov. 2026 um 15:04 Uhr schrieb Ada Lee <ada@contoso.com>:',
    prefixed: true,
    from: 'ada@contoso.com',
    // Analyze QA round 8: the clock word after the time ("15:04 Uhr") is no part of the name.
    fromName: 'Ada Lee',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'fr Outlook "Envoyé :"',
    header:
      'De : Ada Lee <ada@contoso.com>\nEnvoyé : mardi 10 novembre 2026 15:04\nÀ : Sam Doe\nObjet : Entretien',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'fr Gmail "Le … a écrit :"',
    header: 'Le mar. 10 nov. 2026 à 15:04, Ada Lee <ada@contoso.com> a écrit :',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'es Outlook "Enviado el:"',
    header:
      'De: Ada Lee <ada@contoso.com>\nEnviado el: martes, 10 de noviembre de 2026 15:04\nPara: Sam Doe\nAsunto: Entrevista',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'es Gmail "El … escribió:"',
    header: 'El mar, 10 nov 2026 a las 15:04, Ada Lee (<ada@contoso.com>) escribió:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pt Outlook "Enviada em:"',
    header:
      'De: Ada Lee <ada@contoso.com>\nEnviada em: terça-feira, 10 de novembro de 2026 15:04\nPara: Sam Doe\nAssunto: Entrevista',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pt Gmail "Em … escreveu:"',
    header: 'Em ter., 10 de nov. de 2026 às 15:04, Ada Lee <ada@contoso.com> escreveu:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'it Outlook "Inviato:"',
    header:
      'Da: Ada Lee <ada@contoso.com>\nInviato: martedì 10 novembre 2026 15:04\nA: Sam Doe\nOggetto: Colloquio',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'it Gmail "Il … ha scritto:"',
    header: 'Il giorno mar 10 nov 2026 alle ore 15:04 Ada Lee <ada@contoso.com> ha scritto:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'nl Outlook "Verzonden:"',
    header:
      'Van: Ada Lee <ada@contoso.com>\nVerzonden: dinsdag 10 november 2026 15:04\nAan: Sam Doe\nOnderwerp: Sollicitatie',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'nl Gmail "Op … schreef"',
    header: 'Op di 10 nov 2026 om 15:04 schreef Ada Lee <ada@contoso.com>:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'da Outlook "Sendt:"',
    header: 'Fra: Ada Lee <ada@contoso.com>\nSendt: 10. november 2026 15:04\nTil: Sam Doe\nEmne: Samtale',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'da Gmail "Den … skrev"',
    header: 'Den tir. 10. nov. 2026 kl. 15.04 skrev Ada Lee <ada@contoso.com>:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'sv Outlook "Skickat:"',
    header:
      'Från: Ada Lee <ada@contoso.com>\nSkickat: den 10 november 2026 15:04\nTill: Sam Doe\nÄmne: Intervju',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'no Gmail "tir. … skrev"',
    header: 'tir. 10. nov. 2026 kl. 15:04 skrev Ada Lee <ada@contoso.com>:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pl Outlook "Wysłano:"',
    header:
      'Od: Ada Lee <ada@contoso.com>\nWysłano: wtorek, 10 listopada 2026 15:04\nDo: Sam Doe\nTemat: Rozmowa',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pl Gmail "W dniu … napisał(a):"',
    header: 'W dniu wt., 10.11.2026 o 15:04 Ada Lee <ada@contoso.com> napisał(a):',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'ru Outlook "Отправлено:"',
    header:
      'От: Ada Lee <ada@contoso.com>\nОтправлено: 10 ноября 2026 г. 15:04\nКому: Sam Doe\nТема: Собеседование',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'ru Thunderbird "пишет:"',
    header: '10.11.2026 15:04, Ada Lee пишет:',
    prefixed: true,
    from: '',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'ru Gmail date and address only',
    header: 'вт, 10 нояб. 2026 г. в 15:04, Ada Lee <ada@contoso.com>:',
    prefixed: true,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en forwarded (Gmail)',
    header:
      '---------- Forwarded message ---------\nFrom: Ada Lee <ada@contoso.com>\nDate: Tue, Nov 10, 2026 at 3:04 PM\nSubject: Interview\nTo: Sam Doe <sam@example.com>',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en forwarded (Apple Mail)',
    header:
      'Begin forwarded message:\n\nFrom: Ada Lee <ada@contoso.com>\nSubject: Interview\nDate: November 10, 2026 at 3:04:00 PM GMT+1\nTo: Sam Doe <sam@example.com>',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'en Outlook meeting forward (-----Original Appointment-----, When:/Where:)',
    header:
      '-----Original Appointment-----\nFrom: Ada Lee <ada@contoso.com>\nSent: Tuesday, November 10, 2026 3:04 PM\nTo: Ada Lee; Sam Doe\nSubject: Final interview\nWhen: Thursday, November 12, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).\nWhere: Microsoft Teams Meeting',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'de GMX webmail (Gesendet: first, "um … Uhr")',
    header:
      'Gesendet: Dienstag, 10. November 2026 um 15:04 Uhr\nVon: "Ada Lee" <ada@contoso.de>\nAn: "Sam Doe" <sam@example.com>\nBetreff: Vorstellungsgespräch',
    prefixed: false,
    from: 'ada@contoso.de',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pt-PT Outlook (Enviada:)',
    header:
      'De: Ana Silva <ana@contoso.pt>\nEnviada: terça-feira, 10 de novembro de 2026 15:04\nPara: Sam Doe <sam@example.com>\nAssunto: Entrevista',
    prefixed: false,
    from: 'ana@contoso.pt',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pl Outlook with a DW: (cc) line',
    header:
      'Od: Ada Lee <ada@contoso.pl>\nWysłano: wtorek, 10 listopada 2026 15:04\nDo: Sam Doe <sam@example.com>\nDW: Jan Nowak <jan@contoso.pl>\nTemat: Rozmowa',
    prefixed: false,
    from: 'ada@contoso.pl',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'fi Outlook (dotted time after the year)',
    header:
      'Lähettäjä: Aino Virtanen <aino@contoso.fi>\nLähetetty: tiistai 10. marraskuuta 2026 15.04\nVastaanottaja: Sam Doe <sam@example.com>\nAihe: Haastattelu',
    prefixed: false,
    from: 'aino@contoso.fi',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'cs Outlook',
    header:
      'Od: Jana Nováková <jana@contoso.cz>\nOdesláno: úterý 10. listopadu 2026 15:04\nKomu: Sam Doe <sam@example.com>\nPředmět: Pohovor',
    prefixed: false,
    from: 'jana@contoso.cz',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'tr Outlook',
    header:
      'Kimden: Ayşe Yılmaz <ayse@contoso.com.tr>\nGönderildi: 10 Kasım 2026 Salı 15:04\nKime: Sam Doe <sam@example.com>\nKonu: Mülakat',
    prefixed: false,
    from: 'ayse@contoso.com.tr',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'uk Outlook',
    header:
      'Від: Олена Коваль <olena@contoso.ua>\nНадіслано: вівторок, 10 листопада 2026 р. 15:04\nКому: Sam Doe <sam@example.com>\nТема: Співбесіда',
    prefixed: false,
    from: 'olena@contoso.ua',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'ru Gmail (date and address, no verb)',
    header: 'вт, 10 нояб. 2026 г. в 15:04, Анна Петрова <anna@contoso.ru>:',
    prefixed: true,
    from: 'anna@contoso.ru',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'it Gmail ("Il giorno … alle ore … ha scritto:")',
    header: 'Il giorno mar 10 nov 2026 alle ore 15:04 Ada Lee <ada@contoso.it> ha\nscritto:',
    prefixed: true,
    from: 'ada@contoso.it',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'pl Gmail ("wt., … o … napisał(a):")',
    header: 'wt., 10 lis 2026 o 15:04 Ada Lee <ada@contoso.pl> napisał(a):',
    prefixed: true,
    from: 'ada@contoso.pl',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
  {
    name: 'Samsung Email (-------- Original message --------, GMT offset)',
    header:
      '-------- Original message --------\nFrom: Ada Lee <ada@contoso.com> \nDate: 11/10/26 3:04 PM (GMT+01:00) \nTo: sam@example.com \nSubject: Interview ',
    prefixed: false,
    from: 'ada@contoso.com',
    sentAt: '2026-11-10T15:04:00+01:00',
  },
];

function body(row: Row): string {
  const quoted = row.prefixed ? '> Earlier text.' : 'Earlier text.';
  return `Thanks!\n\n${row.header}\n\n${quoted}`;
}

describe('quote headers, per client and language', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      const split = splitQuotes(body(row));
      assert.equal(split.own, 'Thanks!');
      assert.equal(split.quoted, 'Earlier text.');
      const thread = await parseThread(
        {
          messages: [
            {
              kind: 'fields',
              subject: 'Re: Interview',
              from: { name: 'Sam Doe', address: 'sam@example.com' },
              to: [],
              cc: [],
              sentAt: '2026-11-10T18:00:00+01:00',
              body: body(row),
              bodyType: 'text',
            },
          ],
        },
        { tz: 'America/New_York' },
      );
      const [quoted, item] = thread.messages;
      assert.equal(item?.text, 'Thanks!');
      assert.equal(quoted?.text, 'Earlier text.');
      assert.equal(quoted?.from?.address, row.from);
      if (row.fromName !== undefined) assert.equal(quoted?.from?.name, row.fromName);
      assert.equal(quoted?.sentAt, row.sentAt);
    });
  }
});

// Yahoo Mail for Android runs the quoted body on after the attribution on the same line.
describe('an attribution sharing its line with the quoted text', () => {
  it('Yahoo mobile: "… wrote:   Hi Sam,"', () => {
    const split = splitQuotes(
      'Thanks!\n\nSent from Yahoo Mail on Android\n\n  On Tue, Nov 10, 2026 at 3:04 PM, Ada Lee<ada@contoso.com> wrote:   Hi Sam,\nSee you at 2.',
    );
    assert.equal(split.own, 'Thanks!\n\nSent from Yahoo Mail on Android');
    const inner = splitQuotes(split.quoted ?? '');
    assert.equal(inner.header?.from?.address, 'ada@contoso.com');
    assert.equal(inner.quoted, 'Hi Sam,\nSee you at 2.');
  });

  it('a field line with spaces after its colon is no attribution', () => {
    const text = 'Agenda:   intro, tech round, lunch\nSee you at 2.';
    assert.deepEqual(splitQuotes(text), { own: text, header: null, quoted: null });
  });
});

describe('lines that look like quote headers but are not', () => {
  const NOT_HEADERS: readonly { name: string; text: string }[] = [
    { name: 'a sentence starting with "On"', text: 'On Thursday, I get proper rendering.\n\nThanks' },
    {
      name: '"Something wrote:" with no date or address',
      text: 'Fusce bibendum.\n\nSomething wrote:\nDuis ut libero eu lectus.',
    },
    {
      name: 'an interview invitation with Date:/Time: lines',
      text: 'Invitation for an interview:\n\nDate: Wednesday 3, October 2011\nTime: 7 : 00am\nAddress: 130 Fox St\n\nPlease bring your ID.',
    },
    {
      name: 'a lone ">" line between own lines',
      text: 'Visit us now for assistance...\n>>> >>>  http://www.domain.com <<<\nVisit our site by clicking the link above',
    },
    {
      name: 'a dashed banner that is not a separator',
      text: 'Please enter your feedback below.\n\n----- Enter Feedback Below -----\n\nGreat service.',
    },
  ];
  for (const row of NOT_HEADERS) {
    it(row.name, () => {
      const split = splitQuotes(row.text);
      assert.equal(split.own, row.text);
      assert.equal(split.quoted, null);
    });
  }
});

// Two attributions one after the other at the same level, each over its own `>` block (lead's round r28): the
// second is the older message the first quoted one answered, never more of its text.
describe('sequential attributions at one level', () => {
  const text = [
    'Gracias a ti, Lucía. Esperamos darte una respuesta antes de Navidad.',
    '',
    'El mar, 1 dic 2026 a las 20:15, Lucía Herrera (<lucia@example.com>) escribió:',
    '> Muchas gracias por la entrevista de esta tarde.',
    '',
    'El vie, 27 nov 2026 a las 9:00, Álvaro Méndez (<alvaro@example.es>) escribió:',
    '> Te esperamos el martes 1 de diciembre a las 17:00.',
  ].join('\n');
  it('splits into three messages, each with its own text', () => {
    const first = splitQuotes(text);
    assert.equal(first.header?.from?.address, 'lucia@example.com');
    const second = splitQuotes(first.quoted ?? '');
    assert.equal(second.own, 'Muchas gracias por la entrevista de esta tarde.');
    assert.equal(second.header?.from?.address, 'alvaro@example.es');
    assert.equal(second.quoted, 'Te esperamos el martes 1 de diciembre a las 17:00.');
  });
  it('the same in English', () => {
    const en = splitQuotes(
      'Thanks!\n\nOn Tue, Dec 1, 2026 at 8:15 PM Sam <sam@example.com> wrote:\n> Thank you for today.\n\nOn Fri, Nov 27, 2026 at 9:00 AM Ada <ada@example.com> wrote:\n> See you Tuesday at 5.',
    );
    const inner = splitQuotes(en.quoted ?? '');
    assert.equal(inner.own, 'Thank you for today.');
    assert.equal(inner.header?.from?.address, 'ada@example.com');
  });
});
