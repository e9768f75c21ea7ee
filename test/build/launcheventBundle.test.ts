// The built launchevent.js as classic Outlook on Windows runs it (issue 16): one file, alone, in a JavaScript-only
// runtime (no DOM, no `window`, no script tags), which cannot load a chunk. The core loads the German, French and
// Spanish tables on demand (loadLanguage): a launchevent.js without them inside reads such threads with the
// English tables only, and lets a follow-up go before the date the employer gave in its own language. This builds
// the entry with webpack.config.js's own settings, runs the file in a bare vm context with the fake Office, and
// sends a follow-up in each language's thread.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import vm from 'node:vm';
import type webpack from 'webpack';
import { installFakeOffice, type FakeOffice } from '../office/fakeOffice';
import { send as fireSend } from '../launchevent/sendEvent';
import type { Built } from './launcheventBuild';

const root = path.resolve('.');
/** The clock inside the vm: Thursday 12 November 2026, 10:00 UTC, a week after the interview. */
const NOW = Date.UTC(2026, 10, 12, 10, 0);

/**
 * Builds in a child process (launcheventBuild.ts): webpack, ts-loader and terser in the test process left a CLI
 * test later in the suite short of stack on an 8 MB body.
 */
function build(out: string): Built {
  const helper = path.join(root, 'test', 'build', 'launcheventBuild.ts');
  const json = path.join(out, 'built.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', helper, out, json], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  return JSON.parse(readFileSync(json, 'utf8')) as Built;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A follow-up that asks for news and proposes a call, written in English as many candidates abroad write. */
const FOLLOW_UP =
  "Hi,\n\nI wanted to follow up on my application. Is there any update? I'll give you a call tomorrow morning.\n\nBest,\n";

interface Case {
  readonly language: string;
  readonly tz: string;
  readonly me: { readonly name: string; readonly address: string };
  readonly employer: { readonly name: string; readonly address: string };
  /** The quoted thread under the reply, as Outlook writes it in that user's language. */
  readonly quoted: string;
  /** The employer's words the alert must quote (its date, in its language). */
  readonly words: RegExp;
}

const CASES: readonly Case[] = [
  {
    language: 'German',
    tz: 'Europe/Berlin',
    me: { name: 'Lena Brandt', address: 'lena.brandt@example.com' },
    employer: { name: 'Karin Weber', address: 'k.weber@stadtwerke-example.de' },
    quoted: [
      '-----Ursprüngliche Nachricht-----',
      'Von: Karin Weber <k.weber@stadtwerke-example.de>',
      'Gesendet: Freitag, 6. November 2026 09:12',
      'An: Lena Brandt',
      'Betreff: AW: Ihr Vorstellungsgespräch',
      '',
      'Sehr geehrte Frau Brandt,',
      '',
      'vielen Dank für das Gespräch am Donnerstag. Wir melden uns bis zum 20. November bei Ihnen. Bitte sehen Sie von telefonischen Rückfragen ab.',
      '',
      'Mit freundlichen Grüßen',
      'Karin Weber',
    ].join('\n'),
    words: /Wir melden uns bis zum 20\. November/,
  },
  {
    language: 'French',
    tz: 'Europe/Paris',
    me: { name: 'Camille Roux', address: 'camille.roux@example.com' },
    employer: { name: 'Sophie Martin', address: 'recrutement@atelier-example.fr' },
    quoted: [
      '-----Original Message-----',
      'From: Sophie Martin <recrutement@atelier-example.fr>',
      'Sent: Friday, November 6, 2026 9:12 AM',
      'To: Camille Roux',
      'Subject: RE: Entretien',
      '',
      'Madame Roux,',
      '',
      "Merci pour notre entretien de jeudi. Nous reviendrons vers vous d'ici le 20 novembre. Merci de ne pas nous appeler.",
      '',
      'Cordialement,',
      'Sophie Martin',
    ].join('\n'),
    words: /Nous reviendrons vers vous d'ici le 20 novembre/,
  },
  {
    language: 'Spanish',
    tz: 'Europe/Madrid',
    me: { name: 'Lucía Gómez', address: 'lucia.gomez@example.com' },
    employer: { name: 'Marta Ruiz', address: 'seleccion@logistica-example.es' },
    quoted: [
      '-----Original Message-----',
      'From: Marta Ruiz <seleccion@logistica-example.es>',
      'Sent: Friday, November 6, 2026 9:12 AM',
      'To: Lucía Gómez',
      'Subject: RE: Entrevista',
      '',
      'Estimada Lucía:',
      '',
      'Gracias por la entrevista del jueves. Le responderemos antes del 20 de noviembre. Por favor, no nos llame.',
      '',
      'Un saludo,',
      'Marta Ruiz',
    ].join('\n'),
    words: /Le responderemos antes del 20 de noviembre/,
  },
];

/** Runs launchevent.js in a fresh context holding only what the JavaScript-only runtime has, and sends. */
async function send(code: string, c: Case): Promise<Office.SmartAlertsEventCompletedOptions[]> {
  const text = `${FOLLOW_UP}${c.me.name.split(' ')[0]}\n\n${c.quoted}`;
  const fake: FakeOffice = installFakeOffice({
    mode: 'compose',
    mailbox: '1.14',
    subject: 'RE: Interview',
    to: [{ displayName: c.employer.name, emailAddress: c.employer.address }],
    from: { displayName: c.me.name, emailAddress: c.me.address },
    html: `<div>${escape(text).replace(/\n/g, '<br>')}</div>`,
    composeFormat: 'html',
    user: { emailAddress: c.me.address, displayName: c.me.name, timeZone: c.tz },
  });
  try {
    const context = vm.createContext({
      Office: (globalThis as unknown as { Office: unknown }).Office,
      setTimeout,
      clearTimeout,
      console,
    });
    vm.runInContext(
      `(() => { const D = Date; globalThis.Date = class extends D { constructor(...a) { super(...(a.length > 0 ? a : [${NOW}])); } static now() { return ${NOW}; } }; })();`,
      context,
    );
    vm.runInContext(code, context, { filename: 'launchevent.js' });
    return await fireSend(fake);
  } finally {
    fake.restore();
  }
}

describe('the built launchevent.js reads German, French and Spanish threads (no chunk loading)', () => {
  let out = '';
  let stats: webpack.StatsCompilation;
  let files: readonly string[] = [];
  let code = '';
  before(function () {
    this.timeout(240_000);
    out = mkdtempSync(path.join(os.tmpdir(), 'launchevent-'));
    ({ stats, files } = build(out));
    code = readFileSync(path.join(out, 'launchevent.js'), 'utf8');
  });
  after(() => {
    if (out !== '') rmSync(out, { recursive: true, force: true });
  });

  it('is one chunk that loads nothing on demand', () => {
    const entry = stats.entrypoints?.['launchevent'];
    assert.deepEqual(
      entry?.assets?.map((a) => a.name),
      ['launchevent.js'],
    );
    const chunk = stats.chunks?.find((c) => c.names?.includes('launchevent'));
    assert.ok(chunk);
    assert.deepEqual(chunk.children, [], 'launchevent.js would load chunks on demand');
    assert.ok(readdirSync(out).includes('launchevent.js'));
  });

  it('holds the de/fr/es tables and the calendar reader, and no MIME reader (Outlook hands it fields)', () => {
    const has = (file: string) => files.some((f) => f.startsWith(file));
    for (const file of [
      'src/core/extract/phrases/de.ts',
      'src/core/extract/phrases/fr.ts',
      'src/core/extract/phrases/es.ts',
      'src/core/mail/calendar.ts',
      'src/launchevent/noMime.ts',
    ])
      assert.ok(has(file), `${file} is not in launchevent.js`);
    for (const file of ['src/core/mail/mimeItems.ts', 'node_modules/postal-mime/'])
      assert.ok(!has(file), `${file} is in launchevent.js`);
  });

  for (const c of CASES)
    it(`stops a follow-up before the date a ${c.language} employer gave, quoting its words`, async () => {
      const [options, ...more] = await send(code, c);
      assert.deepEqual(more, []);
      assert.equal(options?.allowEvent, false, JSON.stringify(options));
      assert.match(options?.errorMessage ?? '', c.words);
    });
});
