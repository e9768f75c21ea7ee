// Validates manifest.xml offline (issue 5; OUTLOOK-NOTES.md §3): against the XSD set with xmllint-wasm, then
// with the rules the schema misses (dangling resids, icon files and their pixel sizes, https URLs, unique ids,
// string limits, permission, requirement set, and FunctionName values = the names commands.ts registers;
// for event-based activation, LaunchEvent FunctionNames = the names launchevent.ts registers, and the
// runtime's page and JavaScript file are files the build emits).
// Microsoft's `office-addin-manifest validate` needs its web service, so it runs only with --online and its
// failure to reach the service is reported, not fatal.
//   node scripts/validate-manifest.mjs [manifest.xml] [--online] [--base=https://host/path/ --root=dist]
// (--base/--root check a production manifest, e.g. dist/manifest.xml built with ADDIN_URL, against dist/.)
// The test (test/manifest/manifest.test.ts) imports the same functions.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { validateXML } from 'xmllint-wasm';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..');
const SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'schemas', 'outlook-manifest');
/** Entry schema first; the others are the files it imports, by the names its schemaLocation attributes use. */
const SCHEMA_FILES = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
];

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/** Limits from OfficeAppBasicTypesV1_0.xsd and learn's manifest reference (OUTLOOK-NOTES.md §2). */
export const LIMITS = Object.freeze({ resid: 32, shortString: 125, longString: 250, url: 2048 });
/** The dev base URL: webpack copies assets/ to dist/assets/, and pages sit at the root of dist/. */
export const DEV_BASE = 'https://localhost:3000/';
const REQUIRED_DESKTOP_SIZES = [16, 32, 80];
const REQUIRED_MOBILE = [25, 32, 48].flatMap((size) => [1, 2, 3].map((scale) => ({ size, scale })));
const MAX_DEFAULT_MIN_VERSION = 1.5;

/** Which resource list a resid must resolve to, by the local name of the element that holds it. */
const KIND_BY_ELEMENT = Object.freeze({
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
});

/**
 * Width and height from a PNG's IHDR chunk, or null where the file is missing or not a PNG.
 * @param {string} file
 */
export function readPngSize(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Runs the XSD set over the manifest text; returns one message per schema error. */
export async function validateAgainstSchema(xml, schemaDir = SCHEMA_DIR) {
  const [entry, ...imports] = SCHEMA_FILES.map((fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8'),
  }));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [entry],
    preload: imports,
  });
  return result.valid ? [] : result.errors.map((e) => `schema: ${e.rawMessage}`);
}

const localName = (el) => el.localName;
const all = (doc) => [...doc.getElementsByTagName('*')];

/**
 * The project's own rules (the schema does not catch these).
 * @param {string} xml manifest text
 * @param {{ commandNames: readonly string[], root?: string, base?: string,
 *   pngSize?: (file: string) => ({width:number,height:number}|null),
 *   eventHandlers?: readonly string[] | null, builtFiles?: readonly string[] | null }} options
 *   `base` is the URL that maps to `root` (the dev URL; a production manifest in dist/ passes ADDIN_URL).
 *   `eventHandlers`: the names launchevent.ts registers; `builtFiles`: the files webpack emits (entries'
 *   .js and the pages); either left out skips its check.
 * @returns {string[]} problems, empty when the manifest passes
 */
export function checkManifestRules(
  xml,
  {
    commandNames,
    root = ROOT,
    pngSize = readPngSize,
    base = DEV_BASE,
    eventHandlers = null,
    builtFiles = null,
  },
) {
  const problems = [];
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ['xml: the manifest is not well-formed XML'];
  const elements = all(doc);

  // Resources: id -> { kind, value }, ids unique across every list.
  const resources = new Map();
  for (const list of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const listEl of doc.getElementsByTagNameNS(NS.bt, list)) {
      for (const item of listEl.children) {
        const id = item.getAttribute('id') ?? '';
        if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
        if (id.length > LIMITS.resid)
          problems.push(`resource id "${id}" is longer than ${LIMITS.resid} characters`);
        const values = [
          item.getAttribute('DefaultValue') ?? '',
          ...[...item.children].map((o) => o.getAttribute('Value') ?? ''),
        ];
        resources.set(id, { kind: list, values, used: false, expectedPixels: new Set() });
        const max =
          list === 'ShortStrings'
            ? LIMITS.shortString
            : list === 'LongStrings'
              ? LIMITS.longString
              : LIMITS.url;
        for (const v of values)
          if (v.length > max) problems.push(`${list} "${id}" is longer than ${max} characters`);
      }
    }
  }

  // Every resid resolves to a resource of the right kind.
  for (const el of elements) {
    const resid = el.getAttribute('resid');
    if (resid === null) continue;
    if (resid.length > LIMITS.resid)
      problems.push(`resid "${resid}" is longer than ${LIMITS.resid} characters`);
    const want = KIND_BY_ELEMENT[localName(el)];
    const res = resources.get(resid);
    if (!res) {
      problems.push(`resid "${resid}" on <${localName(el)}> resolves to no resource`);
      continue;
    }
    res.used = true;
    if (want && res.kind !== want)
      problems.push(`resid "${resid}" on <${localName(el)}> is in ${res.kind}, expected ${want}`);
    if (localName(el) === 'Image') {
      const size = Number(el.getAttribute('size'));
      const scale = Number(el.getAttribute('scale') ?? '1');
      res.expectedPixels.add(size * scale);
    }
  }
  for (const [id, res] of resources) if (!res.used) problems.push(`resource "${id}" is never used`);

  // Icon lists: desktop needs 16/32/80; mobile needs 25/32/48 at scales 1/2/3.
  for (const icon of elements.filter((el) => localName(el) === 'Icon')) {
    const images = [...icon.children].filter((c) => localName(c) === 'Image');
    const control = icon.parentElement?.getAttribute('id') ?? '?';
    const mobile = (icon.getAttributeNS(NS.xsi, 'type') ?? '').endsWith('MobileIconList');
    if (mobile) {
      for (const { size, scale } of REQUIRED_MOBILE) {
        const n = images.filter(
          (i) => i.getAttribute('size') === String(size) && i.getAttribute('scale') === String(scale),
        );
        if (n.length !== 1)
          problems.push(`control "${control}" needs exactly one mobile icon ${size} at scale ${scale}`);
      }
    } else {
      const sizes = images.map((i) => Number(i.getAttribute('size')));
      for (const s of REQUIRED_DESKTOP_SIZES)
        if (!sizes.includes(s)) problems.push(`control "${control}" has no ${s}px icon`);
      if (new Set(sizes).size !== sizes.length)
        problems.push(`control "${control}" lists an icon size twice`);
    }
  }

  // Icon files exist at their sizes (URL -> file under the repo: dist/ mirrors assets/).
  const fileFor = (url) => (url.startsWith(base) ? path.join(root, url.slice(base.length)) : null);
  const checkImage = (label, url, pixels) => {
    const file = fileFor(url);
    if (!file) return problems.push(`${label}: ${url} is not under ${base}`);
    const got = pngSize(file);
    if (!got) return problems.push(`${label}: ${path.relative(root, file)} is missing or not a PNG`);
    if (got.width !== got.height || got.width !== pixels)
      problems.push(
        `${label}: ${path.relative(root, file)} is ${got.width}x${got.height}, expected ${pixels}x${pixels}`,
      );
  };
  for (const [id, res] of resources) {
    if (res.kind !== 'Images') continue;
    if (res.expectedPixels.size > 1)
      problems.push(`image "${id}" is used at several sizes: ${[...res.expectedPixels].join(', ')}`);
    const [pixels] = [...res.expectedPixels];
    if (pixels !== undefined) checkImage(`image "${id}"`, res.values[0] ?? '', pixels);
  }
  const baseIcon = (name, pixels) => {
    const el = doc.getElementsByTagNameNS(NS.app, name)[0];
    if (!el) return problems.push(`<${name}> is missing`);
    checkImage(`<${name}>`, el.getAttribute('DefaultValue') ?? '', pixels);
  };
  baseIcon('IconUrl', 64);
  baseIcon('HighResolutionIconUrl', 128); // "For mail apps, the image must be 128 x 128 pixels"

  // URLs are https.
  const urls = [
    ...[...resources.values()]
      .filter((r) => r.kind === 'Urls' || r.kind === 'Images')
      .flatMap((r) => r.values),
    ...elements
      .filter((el) =>
        ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(localName(el)),
      )
      .map((el) => el.getAttribute('DefaultValue'))
      .filter((v) => v !== null),
    ...elements.filter((el) => localName(el) === 'AppDomain').map((el) => el.textContent?.trim() ?? ''),
  ];
  for (const url of urls) if (!url.startsWith('https://')) problems.push(`URL "${url}" is not https`);

  // Group and control ids are unique (OfficeTab ids such as TabDefault name built-in tabs and repeat by design).
  const seen = new Set();
  for (const el of elements.filter((e) => ['Group', 'Control', 'CustomTab'].includes(localName(e)))) {
    const id = el.getAttribute('id') ?? '';
    if (seen.has(id)) problems.push(`id "${id}" is used twice`);
    seen.add(id);
    if (id.length > 125) problems.push(`id "${id}" is longer than 125 characters`);
  }

  // Least permission that works.
  const permissions = doc.getElementsByTagNameNS(NS.app, 'Permissions')[0]?.textContent?.trim();
  if (permissions !== 'ReadWriteItem')
    problems.push(`Permissions is "${permissions}", expected ReadWriteItem`);

  // Mobile supports Mailbox 1.5 at most: a higher DefaultMinVersion hides the add-in there.
  for (const sets of doc.getElementsByTagNameNS(NS.bt, 'Sets')) {
    const v = Number(sets.getAttribute('DefaultMinVersion') ?? '1.1');
    if (!(v <= MAX_DEFAULT_MIN_VERSION))
      problems.push(`DefaultMinVersion ${v} is above ${MAX_DEFAULT_MIN_VERSION}`);
  }

  // FunctionName values = the names commands.ts registers; a FunctionFile wherever ExecuteFunction is used.
  const fnNames = elements
    .filter((el) => localName(el) === 'FunctionName')
    .map((el) => el.textContent?.trim() ?? '');
  const registered = new Set(commandNames);
  for (const n of new Set(fnNames))
    if (!registered.has(n)) problems.push(`FunctionName "${n}" is not registered by commands.ts`);
  for (const n of registered)
    if (!fnNames.includes(n)) problems.push(`commands.ts registers "${n}" but no button calls it`);
  for (const ff of elements.filter((el) =>
    ['DesktopFormFactor', 'MobileFormFactor'].includes(localName(el)),
  )) {
    const usesFunctions = [...ff.getElementsByTagName('*')].some((el) => localName(el) === 'FunctionName');
    const hasFile = [...ff.children].some((el) => localName(el) === 'FunctionFile');
    if (usesFunctions && !hasFile)
      problems.push(`<${localName(ff)}> has function commands but no FunctionFile`);
  }
  problems.push(...launchEventProblems(elements, resources, { root, base, eventHandlers, builtFiles }));
  return [...new Set(problems)];
}

/** Event names Outlook knows (learn "Configure your Outlook add-in for event-based activation"). */
export const LAUNCH_EVENT_TYPES = Object.freeze([
  'OnNewMessageCompose',
  'OnNewAppointmentOrganizer',
  'OnMessageAttachmentsChanged',
  'OnAppointmentAttachmentsChanged',
  'OnMessageRecipientsChanged',
  'OnAppointmentAttendeesChanged',
  'OnAppointmentTimeChanged',
  'OnAppointmentRecurrenceChanged',
  'OnInfoBarDismissClicked',
  'OnMessageSend',
  'OnAppointmentSend',
  'OnMessageCompose',
  'OnAppointmentOrganizer',
  'OnMessageFromChanged',
  'OnAppointmentFromChanged',
  'OnSensitivityLabelChanged',
  'OnMessageReadWithCustomAttachment',
  'OnMessageReadWithCustomHeader',
  'OnMessageDecrypt',
]);

/**
 * Event-based activation (issue 16), what the schema cannot see: event names spelled as Outlook knows them,
 * send events that let the user send anyway (PromptUser), every handler registered by launchevent.ts and
 * every registered handler wired, the extension point on the runtime's page, and the runtime's page and
 * JavaScript file among the files the build emits (or on disk under `root`, for a built dist/).
 */
function launchEventProblems(elements, resources, { root, base, eventHandlers, builtFiles }) {
  const problems = [];
  const events = elements.filter((el) => localName(el) === 'LaunchEvent');
  const runtimes = elements.filter((el) => localName(el) === 'Runtime');
  for (const ev of events) {
    const type = ev.getAttribute('Type') ?? '';
    if (!LAUNCH_EVENT_TYPES.includes(type)) problems.push(`LaunchEvent Type "${type}" is no Outlook event`);
    if (/Send$/.test(type) && ev.getAttribute('SendMode') !== 'PromptUser')
      problems.push(`LaunchEvent ${type} must use SendMode="PromptUser": the user can always send anyway`);
  }
  if (eventHandlers !== null) {
    const wired = events.map((ev) => ev.getAttribute('FunctionName') ?? '');
    for (const n of new Set(wired))
      if (!eventHandlers.includes(n))
        problems.push(`LaunchEvent FunctionName "${n}" is not registered by launchevent.ts`);
    for (const n of eventHandlers)
      if (!wired.includes(n)) problems.push(`launchevent.ts registers "${n}" but no LaunchEvent calls it`);
  }
  if (events.length > 0 && runtimes.length === 0) problems.push('LaunchEvent needs a <Runtimes> element');
  const runtimeIds = runtimes.map((r) => r.getAttribute('resid'));
  for (const point of elements.filter(
    (el) => localName(el) === 'ExtensionPoint' && (el.getAttributeNS(NS.xsi, 'type') ?? '') === 'LaunchEvent',
  )) {
    const source = [...point.children].find((c) => localName(c) === 'SourceLocation')?.getAttribute('resid');
    if (!runtimeIds.includes(source ?? null))
      problems.push(`the LaunchEvent extension point's SourceLocation "${source}" is not the Runtime's page`);
  }
  const fileOf = (resid) => {
    const url = resources.get(resid ?? '')?.values[0] ?? '';
    return url.startsWith(base) ? url.slice(base.length) : null;
  };
  const emitted = (file) =>
    file !== null && ((builtFiles ?? []).includes(file) || fs.existsSync(path.join(root, file)));
  for (const runtime of runtimes) {
    const page = fileOf(runtime.getAttribute('resid'));
    if (builtFiles !== null && !emitted(page))
      problems.push(`the Runtime's page "${page}" is not a file the build emits`);
    for (const override of [...runtime.children].filter((c) => localName(c) === 'Override')) {
      const js = fileOf(override.getAttribute('resid'));
      if (js === null || !js.endsWith('.js'))
        problems.push(`the Runtime's javascript Override "${js}" is not a .js file under ${base}`);
      else if (builtFiles !== null && !emitted(js))
        problems.push(`the Runtime's javascript Override "${js}" is not a file the build emits`);
    }
  }
  return problems;
}

/** The event handler names launchevent.ts registers (src/launchevent/names.ts, through tsx). */
export async function loadEventHandlerNames() {
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport('../src/launchevent/names.ts', import.meta.url);
  return [mod.SEND_HANDLER_NAME];
}

/** The files a production build emits at the root of dist/: each entry's .js and each page (webpack.config.js). */
export async function loadBuiltFiles() {
  const { default: configure } = await import('../webpack.config.js');
  // The development configuration emits the same entries and pages as production; production itself needs
  // ADDIN_URL (and exits without it), which a check of file names does not.
  // Several compilations (the pages', and launchevent.js's own) write into the same folder.
  const configs = [configure({}, { mode: 'development' })].flat();
  return configs.flatMap((config) => [
    ...Object.keys(config.entry).map((name) => `${name}.js`),
    ...config.plugins.map((p) => p.userOptions?.filename).filter((f) => typeof f === 'string'),
  ]);
}

/** Loads the command names from src/commands/names.ts through tsx (a dependency), so this script stays plain JS. */
export async function loadCommandNames() {
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport('../src/commands/names.ts', import.meta.url);
  return mod.COMMAND_NAMES;
}

/** Microsoft's service check: returns a line to print; `failed` only when the service answered with errors. */
export function runOnlineCheck(manifestPath) {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
  const run = spawnSync(bin, ['validate', manifestPath], { encoding: 'utf8', timeout: 60_000 });
  const out = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.error?.code === 'ENOENT')
    return { failed: false, line: 'online: office-addin-manifest is not installed: skipped' };
  if (run.error || /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed/i.test(out))
    return { failed: false, line: 'online: the validation service could not be reached (offline?): skipped' };
  return {
    failed: run.status !== 0,
    line: `online: office-addin-manifest validate exited ${run.status}\n${out.trim()}`,
  };
}

async function main(argv) {
  const online = argv.includes('--online');
  const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const base = flag('base') ?? DEV_BASE;
  const root = path.resolve(flag('root') ?? ROOT);
  const manifestPath = path.resolve(argv.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'manifest.xml'));
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const problems = [
    ...(await validateAgainstSchema(xml)),
    ...checkManifestRules(xml, {
      commandNames: await loadCommandNames(),
      eventHandlers: await loadEventHandlerNames(),
      builtFiles: await loadBuiltFiles(),
      base,
      root,
    }),
  ];
  for (const p of problems) console.error(`✗ ${p}`);
  console.log(
    problems.length === 0
      ? `✓ ${path.relative(process.cwd(), manifestPath)}: schema and project rules pass`
      : `${problems.length} problem(s)`,
  );
  let failed = problems.length > 0;
  if (online) {
    const result = runOnlineCheck(manifestPath);
    console.log(result.line);
    failed ||= result.failed;
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
