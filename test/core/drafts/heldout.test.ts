// Held-out round (issue 11): fresh threads with names, companies and roles from many countries, their expected
// greeting, sign-off, company, role and interviewers written down BEFORE the first run. Misses were fixed by the
// rule behind them, never by the single example.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkTone, draftFacts, toneContextFor } from '../../../src/core/drafts';
import type { Analysis, RawMessage } from '../../../src/core/types';

/** First run, before any fix: threads whose five expectations all held. */
// Misses: a company read as an interviewer ("your interview with Lotus Fintech", "with Andes Mining"); a sign-off
// ("Cheers, Paddy") above a company line; a company cut at "Design" ("Nordkap Design"); a family-first display name
// from an ATS mailbox ("Tan Hui Min <hiring@lever.co>"); an .edu.gh domain.
export const FIRST_RUN = { passed: 16, of: 22 };

interface Mail {
  readonly from: string;
  readonly to: string;
  readonly date: string;
  readonly subject: string;
  readonly body: string;
}

function eml(m: Mail): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Date: ${m.date}`,
    `Subject: ${m.subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body,
  ].join('\r\n');
}

function mbox(mails: readonly Mail[]): string {
  return mails
    .map((m) => `From sender@example.com Mon Jan  1 00:00:00 2026\n${eml(m).replace(/\r\n/g, '\n')}\n`)
    .join('\n');
}

interface Row {
  readonly why: string;
  readonly mails: readonly Mail[];
  readonly now: string;
  readonly tz: string;
  readonly me?: string;
  readonly myName?: string;
  /** The main draft's first line. */
  readonly greeting: string;
  /** The main draft's last line. */
  readonly signOff: string;
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewers: readonly string[];
}

const ROWS: readonly Row[] = [
  {
    why: 'Lagos: "Last, First" display, signs with first name only',
    mails: [
      {
        from: '"Adebayo, Chinonso" <c.adebayo@zenithpay.ng>',
        to: 'Tolu Bankole <tolu.bankole@gmail.com>',
        date: 'Mon, 9 Nov 2026 09:00:00 +0100',
        subject: 'Interview for the Backend Engineer role',
        body: 'Hi Tolu,\n\nThanks for applying. Your interview is confirmed for Wednesday, November 11 at 2:00 PM. You will meet with me and Ifeoma Okafor, our engineering manager.\n\nBest,\nChinonso\nTalent Partner, ZenithPay',
      },
    ],
    now: '2026-11-11T18:00:00+01:00',
    tz: 'Africa/Lagos',
    greeting: 'Hi Chinonso,',
    signOff: 'Tolu Bankole',
    company: 'ZenithPay',
    role: 'Backend Engineer',
    interviewers: ['Chinonso Adebayo', 'Ifeoma Okafor'],
  },
  {
    why: 'Bengaluru: formal "Dear", a Dr. who signs with the title',
    mails: [
      {
        from: 'Ananya Krishnan <ananya.krishnan@infosphere.in>',
        to: 'Rahul Verma <rahul.verma@outlook.com>',
        date: 'Tue, 10 Nov 2026 10:00:00 +0530',
        subject: 'Interview invitation: Senior Data Scientist',
        body: 'Dear Rahul,\n\nThank you for your application. Your interview is scheduled for Thursday, November 12 at 11:00 AM IST.\n\nKind regards,\n\nDr. Ananya Krishnan\nHead of Data Science, InfoSphere Analytics',
      },
    ],
    now: '2026-11-12T17:00:00+05:30',
    tz: 'Asia/Kolkata',
    greeting: 'Dear Dr. Krishnan,',
    signOff: 'Rahul Verma',
    company: 'InfoSphere Analytics',
    role: 'Senior Data Scientist',
    interviewers: ['Ananya Krishnan'],
  },
  {
    why: 'São Paulo: accents, agency recruiter with the client named',
    mails: [
      {
        from: 'João Conceição <joao@talentoprime.com.br>',
        to: 'Letícia Araújo <leticia.araujo@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 -0300',
        subject: 'Entrevista - Product Manager',
        body: 'Hi Letícia,\n\nMy client, Natura Digital, would like to interview you for the Product Manager role on Wednesday, November 18 at 3:00 PM. You will meet with Beatriz Gonçalves, Head of Product.\n\nCheers,\nJoão\nSenior Consultant | Talento Prime Recruitment',
      },
    ],
    now: '2026-11-18T19:00:00-03:00',
    tz: 'America/Sao_Paulo',
    greeting: 'Hi Beatriz,',
    signOff: 'Letícia Araújo',
    company: 'Natura Digital',
    role: 'Product Manager',
    interviewers: ['Beatriz Gonçalves'],
  },
  {
    why: 'Tokyo: family name in capitals first, ATS domain',
    mails: [
      {
        from: 'SATO Haruki <no-reply@greenhouse.io>',
        to: 'Emily Carter <emily.carter@gmail.com>',
        date: 'Mon, 16 Nov 2026 10:00:00 +0900',
        subject: 'Interview Confirmation: Localization Specialist (Req 4471)',
        body: 'Hello Emily,\n\nThank you for your interest in Rakuten Games. Your interview is confirmed for Wednesday, November 18 at 10:00 AM JST with SATO Haruki.\n\nBest regards,\nHaruki',
      },
    ],
    now: '2026-11-18T18:00:00+09:00',
    tz: 'Asia/Tokyo',
    greeting: 'Hi Haruki,',
    signOff: 'Emily Carter',
    company: 'Rakuten Games',
    role: 'Localization Specialist',
    interviewers: ['Haruki Sato'],
  },
  {
    why: 'Munich: German umlauts, "LAST, First", a degree after the name',
    mails: [
      {
        from: '"MÜLLER, Jürgen" <juergen.mueller@bayerwerk.de>',
        to: 'Sofia Romano <sofia.romano@gmx.de>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0100',
        subject: 'Interview: Process Engineer',
        body: 'Hi Sofia,\n\nyour interview is confirmed for Wednesday, November 18 at 10:00 AM.\n\nBest regards,\nJürgen Müller, PhD\nBayerwerk Chemie',
      },
    ],
    now: '2026-11-18T18:00:00+01:00',
    tz: 'Europe/Berlin',
    greeting: 'Hi Jürgen,',
    signOff: 'Sofia Romano',
    company: 'Bayerwerk Chemie',
    role: 'Process Engineer',
    interviewers: ['Jürgen Müller'],
  },
  {
    why: 'Lyon: a hyphenated first name, a company written whole',
    mails: [
      {
        from: 'Jean-Baptiste Lefèvre <jb.lefevre@rhonelogistique.fr>',
        to: 'Amélie Petit <amelie.petit@orange.fr>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0100',
        subject: 'Supply Chain Analyst interview - Rhône Logistique',
        body: 'Hello Amélie,\n\nI am confirming your interview on Wednesday, November 18 at 2:00 PM.\n\nBest,\nJean-Baptiste\nRhône Logistique',
      },
    ],
    now: '2026-11-18T18:00:00+01:00',
    tz: 'Europe/Paris',
    greeting: 'Hi Jean-Baptiste,',
    signOff: 'Amélie Petit',
    company: 'Rhône Logistique',
    role: 'Supply Chain Analyst',
    interviewers: ['Jean-Baptiste Lefèvre'],
  },
  {
    why: 'Warsaw: Polish letters, a panel with roles',
    mails: [
      {
        from: 'Małgorzata Wiśniewska <m.wisniewska@vistula-bank.pl>',
        to: 'Piotr Zieliński <piotr.zielinski@wp.pl>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0100',
        subject: 'Interview for the Risk Analyst position',
        body: 'Hi Piotr,\n\nYour interview is confirmed for Wednesday, November 18 at 11:00 AM. Your panel: Łukasz Nowak (Head of Risk), Zofia Kowalczyk (Senior Analyst).\n\nKind regards,\nMałgorzata Wiśniewska\nHR Partner, Vistula Bank',
      },
    ],
    now: '2026-11-18T18:00:00+01:00',
    tz: 'Europe/Warsaw',
    greeting: 'Hi Łukasz,',
    signOff: 'Piotr Zieliński',
    company: 'Vistula Bank',
    role: 'Risk Analyst',
    interviewers: ['Łukasz Nowak', 'Zofia Kowalczyk'],
  },
  {
    why: 'Hanoi: Vietnamese diacritics, sign-off on one line',
    mails: [
      {
        from: 'Trần Minh Anh <anh.tran@lotusfintech.vn>',
        to: 'David Kim <david.kim@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0700',
        subject: '[EXTERNAL] Mobile Developer interview',
        body: 'Hi David,\n\nYour interview with Lotus Fintech is confirmed for Wednesday, November 18 at 3:00 PM.\n\nThanks, Minh Anh',
      },
    ],
    now: '2026-11-18T19:00:00+07:00',
    tz: 'Asia/Ho_Chi_Minh',
    greeting: 'Hi Minh Anh,',
    signOff: 'David Kim',
    company: 'Lotus Fintech',
    role: 'Mobile Developer',
    interviewers: ['Trần Minh Anh'],
  },
  {
    why: 'Dublin: Irish name with a fada, "Cheers" sign-off nickname',
    mails: [
      {
        from: 'Pádraig Ó Súilleabháin <padraig.osullivan@emeraldsoft.ie>',
        to: 'Niamh Byrne <niamh.byrne@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0000',
        subject: 'Interview - QA Engineer',
        body: 'Hi Niamh,\n\nLooking forward to speaking with you on Wednesday, November 18 at 10:00 AM.\n\nCheers, Paddy\nEmeraldSoft',
      },
    ],
    now: '2026-11-18T17:00:00+00:00',
    tz: 'Europe/Dublin',
    greeting: 'Hi Paddy,',
    signOff: 'Niamh Byrne',
    company: 'EmeraldSoft',
    role: 'QA Engineer',
    interviewers: ['Pádraig Ó Súilleabháin'],
  },
  {
    why: 'Mexico City: two surnames, a requisition id, Workday sender',
    mails: [
      {
        from: 'María José Hernández García <mariajose.hernandez@myworkday.com>',
        to: 'Carlos Ruiz <carlos.ruiz@hotmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 -0600',
        subject: 'JR40991 - Financial Planning Analyst interview',
        body: 'Hola Carlos,\n\nThank you for applying to Cemex. Your interview is confirmed for Wednesday, November 18 at 12:00 PM.\n\nSaludos,\nMaría José',
      },
    ],
    now: '2026-11-18T18:00:00-06:00',
    tz: 'America/Mexico_City',
    greeting: 'Hi María José,',
    signOff: 'Carlos Ruiz',
    company: 'Cemex',
    role: 'Financial Planning Analyst',
    interviewers: ['María José Hernández García'],
  },
  {
    why: 'Seoul: a one-syllable family name first in capitals',
    mails: [
      {
        from: 'PARK Ji-won <jiwon.park@hanriver.kr>',
        to: 'Lucas Meyer <lucas.meyer@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0900',
        subject: 'Interview for Hardware Test Engineer',
        body: 'Hi Lucas,\n\nYour interview is confirmed for Wednesday, November 18 at 2:00 PM KST.\n\nBest regards,\nJi-won Park\nHan River Electronics',
      },
    ],
    now: '2026-11-18T19:00:00+09:00',
    tz: 'Asia/Seoul',
    greeting: 'Hi Ji-won,',
    signOff: 'Lucas Meyer',
    company: 'Han River Electronics',
    role: 'Hardware Test Engineer',
    interviewers: ['Ji-won Park'],
  },
  {
    why: 'Nairobi: "Mr." in the display name, formal mail',
    mails: [
      {
        from: 'Mr. Otieno Odhiambo <otieno@savannahenergy.co.ke>',
        to: 'Wanjiru Kamau <wanjiru.kamau@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0300',
        subject: 'Interview for the Solar Field Technician position',
        body: 'Dear Wanjiru,\n\nWe are pleased to invite you to an interview on Wednesday, November 18 at 10:00 AM.\n\nYours sincerely,\nOtieno Odhiambo\nOperations Manager, Savannah Energy',
      },
    ],
    now: '2026-11-18T17:00:00+03:00',
    tz: 'Africa/Nairobi',
    greeting: 'Dear Otieno,',
    signOff: 'Wanjiru Kamau',
    company: 'Savannah Energy',
    role: 'Solar Field Technician',
    interviewers: ['Otieno Odhiambo'],
  },
  {
    why: 'Stockholm: å/ö, the candidate signs their own message',
    mails: [
      {
        from: 'Åsa Lindström <asa.lindstrom@nordkap.se>',
        to: 'Björn Eklund <bjorn.eklund@telia.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0100',
        subject: 'UX Designer interview',
        body: 'Hi Björn,\n\nYour interview at Nordkap Design is confirmed for Wednesday, November 18 at 1:00 PM.\n\nVänliga hälsningar,\nÅsa Lindström\nNordkap Design',
      },
      {
        from: 'Björn Eklund <bjorn.eklund@telia.com>',
        to: 'Åsa Lindström <asa.lindstrom@nordkap.se>',
        date: 'Mon, 16 Nov 2026 11:00:00 +0100',
        subject: 'Re: UX Designer interview',
        body: 'Hi Åsa,\n\nThank you, I will be there.\n\nBest regards,\nBjörn Eklund',
      },
    ],
    now: '2026-11-18T18:00:00+01:00',
    tz: 'Europe/Stockholm',
    greeting: 'Hi Åsa,',
    signOff: 'Björn Eklund',
    company: 'Nordkap Design',
    role: 'UX Designer',
    interviewers: ['Åsa Lindström'],
  },
  {
    why: 'Istanbul: Turkish dotless i and ş, scheduler plus interviewer',
    mails: [
      {
        from: 'Elif Şahin <elif.sahin@bosphorusair.com.tr>',
        to: 'Mert Yıldız <mert.yildiz@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0300',
        subject: 'Interview invitation: Flight Operations Analyst – Bosphorus Air',
        body: "Hi Mert,\n\nYour interview is confirmed for Wednesday, November 18 at 11:00 AM. You'll meet Kağan Aydın, our operations director.\n\nBest,\nElif",
      },
    ],
    now: '2026-11-18T18:00:00+03:00',
    tz: 'Europe/Istanbul',
    greeting: 'Hi Kağan,',
    signOff: 'Mert Yıldız',
    company: 'Bosphorus Air',
    role: 'Flight Operations Analyst',
    interviewers: ['Kağan Aydın'],
  },
  {
    why: 'Cairo: Arabic-origin names with "El-", SmartRecruiters',
    mails: [
      {
        from: 'Nour El-Sayed <noreply@smartrecruiters.com>',
        to: 'Omar Farouk <omar.farouk@yahoo.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0200',
        subject: 'Interview - Civil Engineer - Orascom Build',
        body: 'Dear Omar,\n\nYour interview is confirmed for Wednesday, November 18 at 10:00 AM. You will meet with Nour El-Sayed and Karim Mansour.\n\nBest regards,\nNour El-Sayed\nOrascom Build',
      },
    ],
    now: '2026-11-18T17:00:00+02:00',
    tz: 'Africa/Cairo',
    greeting: 'Dear Nour,',
    signOff: 'Omar Farouk',
    company: 'Orascom Build',
    role: 'Civil Engineer',
    interviewers: ['Nour El-Sayed', 'Karim Mansour'],
  },
  {
    why: 'Santiago: Ñ, a "Sr." suffix that is no first name',
    mails: [
      {
        from: 'Ignacio Muñoz Sr. <imunoz@andesmining.cl>',
        to: 'Valentina Rojas <valentina.rojas@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 -0300',
        subject: 'Interview for the Geologist position',
        body: 'Hi Valentina,\n\nYour interview with Andes Mining is confirmed for Wednesday, November 18 at 9:00 AM.\n\nRegards,\nIgnacio Muñoz',
      },
    ],
    now: '2026-11-18T18:00:00-03:00',
    tz: 'America/Santiago',
    greeting: 'Hi Ignacio,',
    signOff: 'Valentina Rojas',
    company: 'Andes Mining',
    role: 'Geologist',
    interviewers: ['Ignacio Muñoz'],
  },
  {
    why: 'Singapore: "Hui Min" as signed, Lever platform',
    mails: [
      {
        from: 'Tan Hui Min <hiring@lever.co>',
        to: 'Arjun Nair <arjun.nair@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0800',
        subject: 'Interview: Compliance Officer',
        body: 'Hi Arjun,\n\nThank you for your interest in Straits Capital. Your interview is confirmed for Wednesday, November 18 at 2:00 PM.\n\nBest regards,\nHui Min',
      },
    ],
    now: '2026-11-18T19:00:00+08:00',
    tz: 'Asia/Singapore',
    greeting: 'Hi Hui Min,',
    signOff: 'Arjun Nair',
    company: 'Straits Capital',
    role: 'Compliance Officer',
    // Written before the run as 'Hui Min Tan'; corrected to the order the owner writes (ADVICE.md "Drafts").
    interviewers: ['Tan Hui Min'],
  },
  {
    why: 'Montréal: Québécois names, --my-name given',
    mails: [
      {
        from: 'Geneviève Tremblay <genevieve.tremblay@erabledigital.ca>',
        to: 'Alex Morgan <alex.morgan@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 -0500',
        subject: 'Interview for the Frontend Developer role',
        body: 'Hi Alex,\n\nYour interview is confirmed for Wednesday, November 18 at 10:00 AM.\n\nMerci,\nGeneviève Tremblay\nÉrable Digital',
      },
    ],
    now: '2026-11-18T17:00:00-05:00',
    tz: 'America/Toronto',
    myName: 'Alexandre Morgan-Côté',
    greeting: 'Hi Geneviève,',
    signOff: 'Alexandre Morgan-Côté',
    company: 'Érable Digital',
    role: 'Frontend Developer',
    interviewers: ['Geneviève Tremblay'],
  },
  {
    why: 'Madrid: "de la" particle, company from the signature whole',
    mails: [
      {
        from: 'Lucía de la Fuente <lucia.delafuente@iberiasalud.es>',
        to: 'Pablo Navarro <pablo.navarro@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0100',
        subject: 'Interview - Clinical Data Manager',
        body: 'Hi Pablo,\n\nYour interview is confirmed for Wednesday, November 18 at 4:00 PM.\n\nUn saludo,\nLucía de la Fuente\nIberia Salud Group',
      },
    ],
    now: '2026-11-18T19:00:00+01:00',
    tz: 'Europe/Madrid',
    greeting: 'Hi Lucía,',
    signOff: 'Pablo Navarro',
    company: 'Iberia Salud Group',
    role: 'Clinical Data Manager',
    interviewers: ['Lucía de la Fuente'],
  },
  {
    why: 'Amsterdam: "van" particle, onmicrosoft tenant domain',
    mails: [
      {
        from: 'Sanne van der Berg <sanne@tulipworks.onmicrosoft.com>',
        to: 'Daan de Vries <daan.devries@ziggo.nl>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0100',
        subject: 'Interview for the Data Engineer position',
        body: 'Hi Daan,\n\nYour interview is confirmed for Wednesday, November 18 at 10:00 AM.\n\nGroeten,\nSanne',
      },
    ],
    now: '2026-11-18T17:00:00+01:00',
    tz: 'Europe/Amsterdam',
    greeting: 'Hi Sanne,',
    signOff: 'Daan de Vries',
    company: null,
    role: 'Data Engineer',
    interviewers: ['Sanne van der Berg'],
  },
  {
    why: 'Accra: Prof. title in the signature, formal mail',
    mails: [
      {
        from: 'Kwabena Boateng <k.boateng@goldcoastuniversity.edu.gh>',
        to: 'Efua Mensah <efua.mensah@gmail.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +0000',
        subject: 'Interview for the Research Assistant position',
        body: 'Dear Efua,\n\nYour interview is confirmed for Wednesday, November 18 at 10:00 AM.\n\nYours sincerely,\nProf. Kwabena Boateng\nGold Coast University',
      },
    ],
    now: '2026-11-18T17:00:00+00:00',
    tz: 'Africa/Accra',
    greeting: 'Dear Prof. Boateng,',
    signOff: 'Efua Mensah',
    company: 'Gold Coast University',
    role: 'Research Assistant',
    interviewers: ['Kwabena Boateng'],
  },
  {
    why: 'Sydney: a recruiter who only arranged a panel',
    mails: [
      {
        from: 'Chloe Nguyen <chloe.nguyen@wattlehealth.com.au>',
        to: 'Liam O’Brien <liam.obrien@bigpond.com>',
        date: 'Mon, 16 Nov 2026 09:00:00 +1100',
        subject: 'Interview for the Health Data Analyst role',
        body: 'Hi Liam,\n\nYour interview is confirmed for Wednesday, November 18 at 10:00 AM. You will meet with Aroha Ngata (Analytics Lead) and Raj Malhotra (Clinical Informatics).\n\nCheers,\nChloe\nTalent Coordinator, Wattle Health',
      },
    ],
    now: '2026-11-18T17:00:00+11:00',
    tz: 'Australia/Sydney',
    greeting: 'Hi Aroha,',
    signOff: 'Liam O’Brien',
    company: 'Wattle Health',
    role: 'Health Data Analyst',
    interviewers: ['Aroha Ngata', 'Raj Malhotra'],
  },
];

function rawOf(row: Row): RawMessage {
  return row.mails.length === 1
    ? { kind: 'mime', data: eml(row.mails[0] as Mail) }
    : { kind: 'mbox', data: mbox(row.mails) };
}

async function run(
  row: Row,
): Promise<{ a: Analysis; got: Omit<Row, 'why' | 'mails' | 'now' | 'tz' | 'me' | 'myName'> }> {
  const a = await analyze(
    { messages: [rawOf(row)] },
    { now: row.now, tz: row.tz, ...(row.myName !== undefined ? { myName: row.myName } : {}) },
  );
  const facts = draftFacts(
    { messages: a.messages, candidate: a.candidate, warnings: a.warnings },
    { interview: a.interview, tz: a.tz },
  );
  const lines = a.draft?.text.split('\n') ?? [];
  return {
    a,
    got: {
      greeting: lines[0] ?? '',
      signOff: lines[lines.length - 1] ?? '',
      company: facts.company,
      role: facts.role,
      interviewers: facts.interviewers.map((p) => p.name),
    },
  };
}

describe(`held-out round (issue 11): ${ROWS.length} fresh threads; first run ${FIRST_RUN.passed}/${FIRST_RUN.of}`, () => {
  for (const row of ROWS)
    it(row.why, async () => {
      const { a, got } = await run(row);
      assert.deepEqual(got, {
        greeting: row.greeting,
        signOff: row.signOff,
        company: row.company,
        role: row.role,
        interviewers: row.interviewers,
      });
      // Nothing the rules forbid, in any draft or alternative.
      const thread = { messages: a.messages, candidate: a.candidate, warnings: a.warnings };
      const facts = draftFacts(thread, { interview: a.interview, tz: a.tz });
      for (const d of [a.draft, ...(a.drafts ?? [])]) {
        if (d === null) continue;
        assert.deepEqual(checkTone(d.text, d.kind, toneContextFor(thread, facts, d.to)), [], d.text);
        assert.doesNotMatch(d.text, /\[|\]|undefined|null|confident my experience|do not hesitate/u, d.text);
      }
    });
});
