// The small readers of the mail area, each a table: addresses, signatures, HTML to text, calendars,
// who is the candidate, and automatic replies.
import assert from 'node:assert/strict';
import { readAddresses } from '../../../src/core/mail/addresses';
import { isAutomatic, withoutAutoPrefix } from '../../../src/core/mail/automatic';
import { parseThread } from '../../../src/core/mail';
import { htmlToText, splitSignature } from '../../../src/core/mail';
import { readCalendar } from '../../../src/core/mail/calendar';
import { inferCandidate, type Participants } from '../../../src/core/mail/roles';
import type { Address } from '../../../src/core/types';

describe('readAddresses', () => {
  const ROWS: readonly { name: string; raw: string; want: readonly Address[] }[] = [
    {
      name: 'name and angle address',
      raw: 'Ada Lee <ADA@Contoso.com>',
      want: [{ name: 'Ada Lee', address: 'ada@contoso.com' }],
    },
    {
      name: 'quoted name with a comma',
      raw: '"Lee, Ada" <ada@contoso.com>; bob@contoso.com',
      want: [
        { name: 'Lee, Ada', address: 'ada@contoso.com' },
        { name: null, address: 'bob@contoso.com' },
      ],
    },
    {
      name: 'Outlook "Last, First" with one address',
      raw: 'Lee, Ada <ada@contoso.com>',
      want: [{ name: 'Lee, Ada', address: 'ada@contoso.com' }],
    },
    {
      name: 'Outlook [mailto:]',
      raw: 'Ada Lee [mailto:ada@contoso.com]',
      want: [{ name: 'Ada Lee', address: 'ada@contoso.com' }],
    },
    {
      name: 'address echoed in <mailto:>',
      raw: 'someone@hotmail.fr<mailto:someone@hotmail.fr>',
      want: [{ name: null, address: 'someone@hotmail.fr' }],
    },
    {
      name: 'name in parentheses after',
      raw: 'valentino@rudy.be (Valentino Rudy)',
      want: [{ name: 'Valentino Rudy', address: 'valentino@rudy.be' }],
    },
    {
      name: 'Outlook names only',
      raw: 'Sam Doe; Grace Hopper',
      want: [
        { name: 'Sam Doe', address: '' },
        { name: 'Grace Hopper', address: '' },
      ],
    },
    { name: 'empty', raw: '', want: [] },
  ];
  for (const row of ROWS) it(row.name, () => assert.deepEqual(readAddresses(row.raw), row.want));
});

describe('splitSignature', () => {
  const ROWS: readonly { name: string; own: string; text: string; signature: string | null }[] = [
    {
      name: 'the "-- " delimiter',
      own: 'See you then.\n\n-- \nAda Lee\nContoso',
      text: 'See you then.',
      signature: '-- \nAda Lee\nContoso',
    },
    {
      name: 'a closing and a name with a title',
      own: 'See you then.\n\nBest regards,\nAda Lee\nRecruiter, Contoso',
      text: 'See you then.\n\nBest regards,',
      signature: 'Ada Lee\nRecruiter, Contoso',
    },
    {
      name: 'a German closing',
      own: 'Bis Dienstag.\n\nMit freundlichen Grüßen\nAda Lee',
      text: 'Bis Dienstag.\n\nMit freundlichen Grüßen',
      signature: 'Ada Lee',
    },
    {
      name: 'a mobile footer',
      own: 'Sounds good.\n\nSent from my iPhone',
      text: 'Sounds good.',
      signature: 'Sent from my iPhone',
    },
    {
      name: 'a dash-signed name',
      own: 'Having the function would be great.\n\n-Abhishek Kona',
      text: 'Having the function would be great.',
      signature: '-Abhishek Kona',
    },
    {
      name: '"Thanks for the update" is text, not a closing',
      own: 'Thanks for the update\nAda',
      text: 'Thanks for the update\nAda',
      signature: null,
    },
    {
      name: 'a closing with a long paragraph after it is no signature',
      own:
        'Thanks,\n' +
        'This paragraph goes on and on about the role and the team and the next round of interviews.',
      text: 'Thanks,\nThis paragraph goes on and on about the role and the team and the next round of interviews.',
      signature: null,
    },
    {
      name: 'a sentence after "Thanks" is text, not a signature',
      own: "Thanks\nI'll be there at 2 PM on Tuesday.",
      text: "Thanks\nI'll be there at 2 PM on Tuesday.",
      signature: null,
    },
    {
      name: 'a list item "- Tuesday" is not a dash-signed name',
      own: 'I can do:\n- Monday\n- Tuesday',
      text: 'I can do:\n- Monday\n- Tuesday',
      signature: null,
    },
    {
      name: 'a Spanish two-word closing ("Saludos cordiales") with a phone line',
      own: 'Quedo a la espera.\n\nSaludos cordiales,\nSam Doe\n+34 612 345 678',
      text: 'Quedo a la espera.\n\nSaludos cordiales,',
      signature: 'Sam Doe\n+34 612 345 678',
    },
    {
      name: 'two closings joined by a conjunction ("Danke und viele Grüße")',
      own: 'Können Sie mir das schicken?\n\nDanke und viele Grüße\nAda Lee',
      text: 'Können Sie mir das schicken?\n\nDanke und viele Grüße',
      signature: 'Ada Lee',
    },
    {
      name: 'an abbreviated closing ("Att.," in Brazil)',
      own: 'Fico no aguardo.\n\nAtt.,\nSam Doe',
      text: 'Fico no aguardo.\n\nAtt.,',
      signature: 'Sam Doe',
    },
    {
      name: 'a company name ending in "B.V." is no sentence',
      own: 'Tot snel.\n\nGroeten,\nAda Lee\nContoso Nederland B.V.',
      text: 'Tot snel.\n\nGroeten,',
      signature: 'Ada Lee\nContoso Nederland B.V.',
    },
    {
      name: 'a name under the closing, then a "-- " block',
      own: 'See you.\n\nBest,\nSam\n\n-- \nSam Doe\n+1 555 0100',
      text: 'See you.\n\nBest,',
      signature: 'Sam\n\n-- \nSam Doe\n+1 555 0100',
    },
    {
      name: 'a confidentiality footer below the closing block',
      own: 'See you.\n\nRegards,\nAda Lee\n\nThis email is confidential and intended solely for the addressee. Please delete it if received in error.',
      text: 'See you.\n\nRegards,',
      signature:
        'Ada Lee\n\nThis email is confidential and intended solely for the addressee. Please delete it if received in error.',
    },
    {
      name: 'a confidentiality footer with no closing is signature alone',
      own: 'See you Tuesday.\nAda\n\nCONFIDENTIALITY NOTICE: This message may contain privileged information.',
      text: 'See you Tuesday.\nAda',
      signature: 'CONFIDENTIALITY NOTICE: This message may contain privileged information.',
    },
    {
      name: 'a German company registration line in the signature block',
      own: 'Bis bald.\n\nMit freundlichen Grüßen\nAda Lee\nContoso GmbH, Sitz: München, Registergericht: Amtsgericht München HRB 123456, Geschäftsführer: Max Mustermann',
      text: 'Bis bald.\n\nMit freundlichen Grüßen',
      signature:
        'Ada Lee\nContoso GmbH, Sitz: München, Registergericht: Amtsgericht München HRB 123456, Geschäftsführer: Max Mustermann',
    },
    {
      name: "Outlook mobile's footer in Polish",
      own: 'Dziękuję, będę o 10:00.\n\nPobierz aplikację Outlook dla systemu Android<https://aka.ms/AAb9ysg>',
      text: 'Dziękuję, będę o 10:00.',
      signature: 'Pobierz aplikację Outlook dla systemu Android<https://aka.ms/AAb9ysg>',
    },
    {
      name: 'an eight-line corporate signature under the closing',
      own: 'Decision by Friday.\n\nBest regards,\nAda Lee\nSenior Talent Partner\nContoso Ltd.\n1 Main Street\nLondon EC1A 1BB\nT: +44 20 7946 0958\nM: +44 7700 900123\nwww.contoso.com',
      text: 'Decision by Friday.\n\nBest regards,',
      signature:
        'Ada Lee\nSenior Talent Partner\nContoso Ltd.\n1 Main Street\nLondon EC1A 1BB\nT: +44 20 7946 0958\nM: +44 7700 900123\nwww.contoso.com',
    },
    {
      name: 'a time under "Thanks," is text, not a name',
      own: 'See below.\n\nThanks,\n2 PM works for me',
      text: 'See below.\n\nThanks,\n2 PM works for me',
      signature: null,
    },
    {
      name: '"Outlook für iOS beziehen" (German Outlook mobile)',
      own: 'Gerne.\n\nOutlook für iOS beziehen<https://aka.ms/o0ukef>',
      text: 'Gerne.',
      signature: 'Outlook für iOS beziehen<https://aka.ms/o0ukef>',
    },
    {
      name: '"Inviato dal mio iPhone" (Italian)',
      own: 'Va bene.\n\nInviato dal mio iPhone',
      text: 'Va bene.',
      signature: 'Inviato dal mio iPhone',
    },
    {
      name: 'a sentence about Outlook on a phone is text',
      own: 'Thanks.\nI use Outlook on my Android phone',
      text: 'Thanks.\nI use Outlook on my Android phone',
      signature: null,
    },
    {
      name: 'a message that is only a signature stays text',
      own: '-- \nAda',
      text: '-- \nAda',
      signature: null,
    },
  ];
  for (const row of ROWS)
    it(row.name, () =>
      assert.deepEqual(splitSignature(row.own), { text: row.text, signature: row.signature }),
    );
});

describe('htmlToText', () => {
  const ROWS: readonly { name: string; html: string; text: string }[] = [
    {
      name: 'paragraphs and breaks',
      html: '<p>Hi Sam,</p><p>See you<br>Tuesday.</p>',
      text: 'Hi Sam,\n\nSee you\nTuesday.',
    },
    {
      name: "Word's MsoNormal paragraphs are lines, and an &nbsp; paragraph a blank line",
      html: '<p class=MsoNormal>Hi Sam,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Ada Lee<o:p></o:p></p><p class=MsoNormal>Recruiter<o:p></o:p></p>',
      text: 'Hi Sam,\n\nAda Lee\nRecruiter',
    },
    {
      name: "Exchange's x_MsoNormal (classes prefixed on delivery) are lines too",
      html: '<p class="x_MsoNormal">Ada Lee</p><p class="x_MsoNormal">Recruiter</p>',
      text: 'Ada Lee\nRecruiter',
    },
    {
      name: 'x_x_divRplyFwdMsg (two Exchange hops) opens the history',
      html: '<div>Thanks</div><div id="x_x_divRplyFwdMsg"><b>From:</b> Ada</div><div>Earlier</div>',
      text: 'Thanks\n-----Original Message-----\nFrom: Ada\nEarlier',
    },
    {
      name: 'entities, named and numeric',
      html: '<div>Caf&eacute; &amp; caf&#233; &#x2013; &lt;ok&gt;&nbsp;!</div>',
      text: 'Café & café – <ok> !',
    },
    {
      name: 'blockquote becomes > lines',
      html: '<div>Thanks!</div><blockquote type="cite"><div>Hi</div><blockquote>Older</blockquote></blockquote>',
      text: 'Thanks!\n> Hi\n>> Older',
    },
    {
      name: 'style, script and comments are dropped',
      html: '<style>p{color:red}</style><!-- x --><script>alert(1)</script><p>Hello</p>',
      text: 'Hello',
    },
    {
      name: 'a rule becomes a rule line',
      html: 'Reply<hr><b>From:</b> Ada',
      text: 'Reply\n________________________________\nFrom: Ada',
    },
    {
      name: 'an indent blockquote (margin 0 0 0 40px) is not a quote',
      html: '<blockquote style="margin: 0 0 0 40px; border: none">Indented</blockquote>',
      text: 'Indented',
    },
    { name: 'an unclosed tag is kept as text', html: 'a < b and <div', text: 'a < b and <div' },
  ];
  for (const row of ROWS) it(row.name, () => assert.equal(htmlToText(row.html), row.text));
});

describe('readCalendar', () => {
  const event = (lines: string): string => `BEGIN:VCALENDAR\r\n${lines}\r\nEND:VCALENDAR\r\n`;
  const ROWS: readonly { name: string; ics: string; want: readonly unknown[]; warnings?: number }[] = [
    {
      name: 'IANA TZID',
      ics: event(
        'BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20261110T140000\r\nDTEND;TZID=Europe/Berlin:20261110T150000\r\nSUMMARY:Interview\r\nEND:VEVENT',
      ),
      want: [
        {
          start: '2026-11-10T14:00:00+01:00',
          end: '2026-11-10T15:00:00+01:00',
          summary: 'Interview',
          cancelled: false,
        },
      ],
    },
    {
      name: 'Windows TZID with quotes and a folded summary',
      ics: event(
        'BEGIN:VEVENT\r\nDTSTART;TZID="Pacific Standard Time":20260701T090000\r\nSUMMARY:Inter\r\n view\\, round 2\r\nEND:VEVENT',
      ),
      want: [
        { start: '2026-07-01T09:00:00-07:00', end: null, summary: 'Interview, round 2', cancelled: false },
      ],
    },
    {
      name: 'UTC Z shown in the user zone',
      ics: event('BEGIN:VEVENT\r\nDTSTART:20261110T190000Z\r\nEND:VEVENT'),
      want: [{ start: '2026-11-10T14:00:00-05:00', end: null, summary: null, cancelled: false }],
    },
    {
      name: '"(UTC-05:00) …" zone names are read by their offset',
      ics: event(
        'BEGIN:VEVENT\r\nDTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T140000\r\nEND:VEVENT',
      ),
      want: [{ start: '2026-11-10T14:00:00-05:00', end: null, summary: null, cancelled: false }],
    },
    {
      name: 'STATUS:CANCELLED',
      ics: event('BEGIN:VEVENT\r\nDTSTART:20261110T190000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT'),
      want: [{ start: '2026-11-10T14:00:00-05:00', end: null, summary: null, cancelled: true }],
    },
    {
      name: 'an unknown TZID falls back to the user zone with a warning',
      ics: event('BEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20261110T140000\r\nEND:VEVENT'),
      want: [{ start: '2026-11-10T14:00:00-05:00', end: null, summary: null, cancelled: false }],
      warnings: 1,
    },
    {
      name: 'an event without a start is skipped',
      ics: event('BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT'),
      want: [],
    },
    {
      name: 'alarms inside an event do not end it',
      ics: event(
        'BEGIN:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nDTSTART:20261110T190000Z\r\nEND:VEVENT',
      ),
      want: [{ start: '2026-11-10T14:00:00-05:00', end: null, summary: null, cancelled: false }],
    },
  ];
  for (const row of ROWS) {
    it(row.name, () => {
      const got = readCalendar(row.ics, 'America/New_York');
      assert.deepEqual(got.events, row.want);
      assert.equal(got.warnings.length, row.warnings ?? 0);
    });
  }
});

describe('inferCandidate', () => {
  const p = (from: string, ...to: string[]): Participants => ({
    from: { name: null, address: from },
    to: to.map((address) => ({ name: null, address })),
    cc: [],
  });
  const ROWS: readonly {
    name: string;
    messages: readonly Participants[];
    me?: string;
    want: string | null;
  }[] = [
    {
      name: '`me` wins, lower-cased',
      messages: [p('a@contoso.com', 'b@contoso.com')],
      me: 'Sam@Example.com',
      want: 'sam@example.com',
    },
    {
      name: 'the one domain apart from the majority',
      messages: [
        p('ada@contoso.com', 'sam@fabrikam.com'),
        p('grace@contoso.com', 'sam@fabrikam.com', 'ada@contoso.com'),
      ],
      want: 'sam@fabrikam.com',
    },
    {
      name: 'a one-to-one tie goes to the personal mailbox',
      messages: [p('ada@contoso.com', 'sam@gmail.com')],
      want: 'sam@gmail.com',
    },
    {
      name: 'a one-to-one tie of company domains is unknown',
      messages: [p('ada@contoso.com', 'sam@fabrikam.com')],
      want: null,
    },
    { name: 'one domain only is unknown', messages: [p('ada@contoso.com', 'grace@contoso.com')], want: null },
    {
      name: 'a scheduling tool beside the candidate: the personal mailbox',
      messages: [
        p('ada@contoso.com', 'sam@gmail.com'),
        p('noreply@greenhouse.io', 'sam@gmail.com'),
        p('grace@contoso.com', 'ada@contoso.com'),
      ],
      want: 'sam@gmail.com',
    },
    { name: 'no messages', messages: [], want: null },
    {
      name: 'a one-to-one tie: a Canadian cable mailbox is a personal one',
      messages: [p('itremblay@groupeboreal.ca', 'emilie.gagnon@videotron.ca')],
      want: 'emilie.gagnon@videotron.ca',
    },
    {
      name: 'a one-to-one tie: a subscriber of a telephone company, not its recruiter (orange.fr, not orange.com)',
      messages: [p('recrutement@orange.com', 'lea.petit@orange.fr')],
      want: 'lea.petit@orange.fr',
    },
    {
      name: 'a one-to-one tie of company domains: the one who writes as an applicant, in French',
      messages: [
        {
          ...p('emilie@gagnon-design.ca', 'itremblay@groupeboreal.ca'),
          text: 'Bonjour Madame Tremblay, je vous confirme ma présence à l’entrevue de mercredi.',
        },
        {
          ...p('itremblay@groupeboreal.ca', 'emilie@gagnon-design.ca'),
          text: 'Bonjour Émilie, nous aimerions vous rencontrer en entrevue le mercredi 9 décembre.',
        },
      ],
      want: 'emilie@gagnon-design.ca',
    },
    {
      name: 'a one-to-one tie of company domains: the one written to as an applicant, in German',
      messages: [
        {
          ...p('hr@aarwerk.ch', 'simone@keller-bau.ch'),
          text: 'Vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne kennenlernen.',
        },
      ],
      want: 'simone@keller-bau.ch',
    },
    {
      name: 'a one-to-one tie of company domains: the one written to as an applicant, in Spanish',
      messages: [
        { ...p('rrhh@altavista.com.mx', 'diego@hdz.mx'), text: 'Hola Diego, te confirmamos tu entrevista.' },
      ],
      want: 'diego@hdz.mx',
    },
    {
      name: 'a one-to-one tie of company domains: the one written to as an applicant',
      messages: [
        { ...p('priya@fabrikam.com', 'sam@samrivera.dev'), text: 'Your interview is confirmed for Tuesday.' },
      ],
      want: 'sam@samrivera.dev',
    },
    {
      name: 'a one-to-one tie of company domains: the one who writes as an applicant',
      messages: [
        { ...p('sam@samrivera.dev', 'priya@fabrikam.com'), text: 'Thank you for meeting with me today.' },
        { ...p('priya@fabrikam.com', 'sam@samrivera.dev'), text: 'Great to meet you too.' },
      ],
      want: 'sam@samrivera.dev',
    },
    {
      name: 'two free-mail domains (a recruiter on gmail.com): the wording decides',
      messages: [
        {
          ...p('recruiter.jo@gmail.com', 'sam@yahoo.com'),
          text: 'Thanks for applying! Could you do Monday?',
        },
        { ...p('sam@yahoo.com', 'recruiter.jo@gmail.com'), text: 'Monday at 3 PM works for me.' },
      ],
      want: 'sam@yahoo.com',
    },
    {
      name: 'everyone on gmail.com (a small business): the wording decides',
      messages: [
        {
          ...p('bakery.owner@gmail.com', 'tyler@gmail.com'),
          text: 'Thanks for applying! Can you come in Friday?',
        },
        { ...p('tyler@gmail.com', 'bakery.owner@gmail.com'), text: 'Thank you for meeting with me today.' },
      ],
      want: 'tyler@gmail.com',
    },
    {
      name: 'one company domain stays unknown',
      messages: [p('ada@contoso.com', 'bo@contoso.com')],
      want: null,
    },
    {
      name: 'wording that says nothing leaves a company tie unknown',
      messages: [{ ...p('ada@contoso.com', 'sam@fabrikam.com'), text: 'See you soon.' }],
      want: null,
    },
  ];
  for (const row of ROWS) it(row.name, () => assert.equal(inferCandidate(row.messages, row.me), row.want));
});

describe('isAutomatic', () => {
  const ROWS: readonly {
    name: string;
    subject?: string;
    text?: string;
    headers?: Record<string, string>;
    want: boolean;
  }[] = [
    { name: 'Auto-Submitted: auto-replied', headers: { 'auto-submitted': 'auto-replied' }, want: true },
    {
      name: 'Auto-Submitted: no is a person',
      headers: { 'auto-submitted': 'no' },
      text: 'See you Tuesday.',
      want: false,
    },
    { name: 'X-Autoreply', headers: { 'x-autoreply': 'yes' }, want: true },
    { name: 'X-Autorespond', headers: { 'x-autorespond': 'Vacation' }, want: true },
    { name: 'Precedence: auto_reply', headers: { precedence: 'auto_reply' }, want: true },
    { name: 'Outlook subject "Automatic reply:"', subject: 'Automatic reply: Interview', want: true },
    {
      name: 'German subject "Abwesenheitsnotiz:"',
      subject: 'Abwesenheitsnotiz: Vorstellungsgespräch',
      want: true,
    },
    { name: 'out-of-office wording', text: "I'm currently out of the office until Monday.", want: true },
    {
      name: 'application acknowledgement',
      text: 'We have received your application for the Analyst role.',
      want: true,
    },
    {
      name: 'an acknowledgement that invites is a person',
      text: 'We have received your application and would like to invite you to an interview.',
      want: false,
    },
    { name: 'a plain reply', subject: 'Re: Interview', text: 'Tuesday at 2 works.', want: false },
    {
      name: 'Spanish absence wording ("Me encuentro fuera de la oficina")',
      text: 'Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 23 de noviembre.',
      want: true,
    },
    {
      name: 'German absence wording ("Ich bin bis … außer Haus")',
      text: 'Ich bin bis einschließlich 20. November außer Haus.',
      want: true,
    },
    {
      name: 'Dutch absence wording ("Ik ben tot en met … niet aanwezig")',
      text: 'Ik ben tot en met vrijdag 20 november niet aanwezig.',
      want: true,
    },
    {
      name: 'Danish absence wording ("Jeg holder ferie", "ikke adgang til min mail")',
      text: 'Jeg holder ferie frem til den 23. november og har ikke adgang til min mail.',
      want: true,
    },
    {
      name: 'Polish absence wording ("przebywam na urlopie")',
      text: 'Do 23 listopada przebywam na urlopie.',
      want: true,
    },
    { name: 'Russian absence wording ("Я в отпуске")', text: 'Я в отпуске до 23 ноября.', want: true },
    {
      name: '"intermittent access to email"',
      text: 'I am travelling until November 23 with intermittent access to email.',
      want: true,
    },
    {
      name: 'a German receipt confirmation ("bestätigen wir den Eingang")',
      text: 'Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen.',
      want: true,
    },
    {
      name: 'asking the candidate to confirm receipt is a person',
      text: 'Please confirm receipt of your contract by Friday.',
      want: false,
    },
    {
      // r33: an applicant tracking system's decision is the employer's, whatever its footer says.
      name: 'an ATS rejection under "This is an automated message" decides: no automatic reply',
      text: 'After careful consideration, we have decided to pursue other candidates whose experience more closely matches the role.\n\nThis is an automated message. Please do not reply to this email.',
      want: false,
    },
    {
      name: 'an ATS offer under "please do not reply" decides: no automatic reply',
      text: 'We are delighted to extend to you an offer of employment as Store Manager.\n\nPlease do not reply to this email.',
      want: false,
    },
    {
      name: 'an ATS receipt under "This is an automated message" stays one',
      text: 'Thank you for applying. This is an automated message: we will review your application and be in touch if there is a match.',
      want: true,
    },
    {
      name: 'a person away next week is no automatic reply',
      text: "I'm away next week, so could we do the 20th instead?",
      want: false,
    },
  ];
  for (const row of ROWS) {
    it(row.name, () =>
      assert.equal(
        isAutomatic({ subject: row.subject ?? '', text: row.text ?? '', headers: row.headers ?? {} }),
        row.want,
      ),
    );
  }
});

// An automatic reply quotes the real thread; the quoted messages answer to the subject it answers.
const AUTO_PREFIXES: readonly [string, string][] = [
  ['Automatic reply: Re: Backend Engineer interview', 'Re: Backend Engineer interview'],
  ['Out of Office: Interview follow-up', 'Interview follow-up'],
  ['Réponse automatique : Entretien', 'Entretien'],
  ['Automatische Antwort: AW: Vorstellungsgespräch', 'AW: Vorstellungsgespräch'],
  ['Re: Backend Engineer interview', 'Re: Backend Engineer interview'],
  ['Out of office next week?', 'Out of office next week?'],
];

describe('withoutAutoPrefix', () => {
  for (const [subject, want] of AUTO_PREFIXES)
    it(`${JSON.stringify(subject)} → ${JSON.stringify(want)}`, () =>
      assert.equal(withoutAutoPrefix(subject), want));

  it('messages quoted under an automatic reply keep the thread subject, not "Automatic reply:"', async () => {
    const eml = [
      'From: Sam Patel <sam@northwind.example>',
      'To: Grace <grace@example.com>',
      'Subject: Automatic reply: Re: Backend Engineer interview',
      'Date: Mon, 30 Nov 2026 09:00:05 -0500',
      'Auto-Submitted: auto-replied',
      '',
      'I am out of the office until Monday.',
      '',
      'On Mon, Nov 30, 2026 at 9:00 AM Grace <grace@example.com> wrote:',
      '> Hi Sam, is there any update on the timeline?',
      '',
    ].join('\r\n');
    const thread = await parseThread({ messages: [{ kind: 'mime', data: eml }] }, { tz: 'America/New_York' });
    const quoted = thread.messages.filter((m) => m.quoted);
    assert.equal(quoted.length, 1);
    assert.equal(quoted[0]?.subject, 'Backend Engineer interview');
    assert.equal(quoted[0]?.automatic, false);
  });
});
