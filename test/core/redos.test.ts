// The ReDoS gate of STYLE.md practice 18: every regular expression in src/core is checked by recheck (automaton
// analysis, and fuzzing where the automaton cannot model a pattern), one `it` per regex. A regex the checker
// calls super-linear is fixed in the source so it is linear with the same matches; ALLOWED below is only for
// verdicts that do not hold as the core uses the regex (a named budget caps its input), each timed on the
// checker's attack string in bench/robustness.bench.ts.
//
// The collector cannot miss a regex silently: regex literals come from the TypeScript syntax tree of every file,
// regexes built at run time (`new RegExp(…)`) are recorded by a stand-in RegExp constructor while every core
// module is loaded afresh and the fixtures run through analyze(), every `RegExp(` call site must have been seen,
// and every RegExp reachable from a module's exports must be among those checked.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { register } from 'tsx/esm/api';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = path.join(ROOT, 'src', 'core');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/**
 * recheck's parameters. Its time limits are off (null) so a verdict depends on the pattern alone, not on how busy
 * the machine is: with them, FACT_CUE (en.ts) came out "vulnerable" with two checks in flight on this 2-core
 * machine and "safe" with one. Its step limits (defaults) bound the work instead.
 *
 * The automaton checker decides exactly; it takes every regex it can model (no lookaround, NFA small enough):
 * about three in four here. The rest are fuzzed, and the seeder is a trade-off. The static one (recheck's
 * default) found all 32 regexes fixed for this gate when forced to fuzz them, but the gate took 4.5 minutes,
 * nine checks ran past 30 s, and on RESPONSE_CUE it grew to 13 GB. The dynamic one runs the gate in about a
 * minute but is weaker: forced to fuzz, it found 3 of those 32. A fuzzed "safe" is therefore a weak verdict.
 */
const PARAMS: Parameters = {
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  seeder: 'dynamic',
  // The one time limit left: a check still running after this is "unknown", which fails the gate.
  timeout: 30_000,
};

/**
 * Regexes whose bounded repeats (`{1,64}`) exceed recheck's maxRepeatCount (30), which then leaves them to the
 * fuzzer; that timed out after 35 s on EMAIL. Raising the limit lets the automaton unroll the repeats and decide
 * exactly, in milliseconds. Keyed by the regex's source.
 */
const UNROLL_REPEATS: ReadonlySet<string> = new Set([
  String.raw`[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}`,
]);

/**
 * Verdicts that do not hold as the core uses the regex, keyed by `file /source/flags` of its first occurrence:
 * each is polynomial, but only ever reads an input that a named budget caps, so its cost per mail is bounded.
 * bench/robustness.bench.ts (CAPPED_REGEXES) times each on the checker's own attack string up to that budget.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // "[mailto:" many times with no "]": each one scans on to the end. cleanName reads a piece of what
  // readAddresses reads, at most MAX_HEADER_LINE_CHARS × 4 (4,000) characters: 500 starts of 4,000 at worst.
  [String.raw`src/core/mail/addresses.ts /\[mailto:[^\]]*\]|<mailto:[^>]*>|\(mailto:[^)]*\)|[[<(]?\s*mailto:\s*$/gi`]:
    'capped: readAddresses reads at most MAX_HEADER_LINE_CHARS × 4 characters',
  // The same scan in attributionName, whose block is at most three lines of MAX_ATTRIBUTION_CHARS (400).
  [String.raw`src/core/mail/quoteDetect.ts /<[^<>]*>|\[mailto:[^\]]*\]|\([^()@]*@[^()]*\)/g`]:
    'capped: an attribution block of at most 3 × MAX_ATTRIBUTION_CHARS',
};

/** Checks in flight at once: one per core of the 2-core machine (verdicts do not depend on it, see PARAMS). */
const CONCURRENCY = 2;

interface Found {
  readonly source: string;
  readonly flags: string;
  /** `src/core/…/file.ts:line` of each place this regex is written or built. */
  readonly where: string[];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return tsFiles(p);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
    })
    .sort();
}

function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** Regex literals and `RegExp(` call sites, read from each file's syntax tree. */
function scanSources(): { literals: { source: string; flags: string; where: string }[]; sites: Set<string> } {
  const literals: { source: string; flags: string; where: string }[] = [];
  const sites = new Set<string>();
  for (const file of tsFiles(CORE)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = (): string =>
        `${rel(file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        // Through the constructor, so `source` reads as the running regex's does.
        const re = new RegExp(node.text.slice(1, slash), node.text.slice(slash + 1));
        literals.push({ source: re.source, flags: re.flags, where: where() });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        sites.add(where());
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, sites };
}

/** Each fixture as analyze() takes it. */
function fixtureInputs(): unknown[] {
  const out: unknown[] = [];
  for (const dir of ['mail', 'threads']) {
    for (const name of readdirSync(path.join(FIXTURES, dir)).sort()) {
      const data = new Uint8Array(readFileSync(path.join(FIXTURES, dir, name)));
      const text = (): string => new TextDecoder().decode(data);
      if (name.endsWith('.txt')) out.push({ kind: 'body', body: text(), bodyType: 'text' });
      else if (name.endsWith('.html')) out.push({ kind: 'body', body: text(), bodyType: 'html' });
      else if (name.endsWith('.mbox')) out.push({ kind: 'mbox', data });
      else if (name.endsWith('.eml')) out.push({ kind: 'mime', data });
    }
  }
  return out;
}

const THIS_FILE = fileURLToPath(import.meta.url);

/** Where the caller of the stand-in constructor is, if it is a core file. */
function coreCaller(stack: string): string | null {
  const frame = stack.split('\n').find((l, i) => i > 0 && !l.includes(THIS_FILE)) ?? '';
  const m = /\(([^()]*):(\d+):\d+\)$/.exec(frame) ?? /at ([^()]*):(\d+):\d+$/.exec(frame);
  if (!m) return null;
  const file = (m[1] ?? '').startsWith('file:') ? fileURLToPath(m[1] ?? '') : (m[1] ?? '');
  return file.startsWith(CORE + path.sep) ? `${rel(file)}:${m[2] ?? ''}` : null;
}

/**
 * Loads every core module in a fresh tsx namespace (so module-level `new RegExp` runs again) with a stand-in
 * RegExp that records what the core builds, runs the fixtures through analyze() to reach the regexes built
 * inside functions, and walks every module's exports for RegExp values.
 */
async function runCore(): Promise<{
  built: { source: string; flags: string; where: string }[];
  exported: { regex: RegExp; where: string }[];
}> {
  const Native = globalThis.RegExp;
  const built = new Map<string, { source: string; flags: string; where: string }>();
  const record = (re: RegExp): RegExp => {
    const where = coreCaller(new Error().stack ?? '');
    if (where !== null)
      built.set(`${where} ${re.flags}/${re.source}`, { source: re.source, flags: re.flags, where });
    return re;
  };
  const StandIn: RegExpConstructor = new Proxy(Native, {
    construct: (target, args: unknown[], newTarget) =>
      record(Reflect.construct(target, args, newTarget === StandIn ? target : newTarget) as RegExp),
    apply: (target, self, args: unknown[]) => record(Reflect.apply(target, self, args) as RegExp),
  });
  const api = register({ namespace: `redos-gate-${process.pid}` });
  const modules: { file: string; exports: Record<string, unknown> }[] = [];
  globalThis.RegExp = StandIn;
  try {
    for (const file of tsFiles(CORE)) {
      const exports = (await api.import(pathToFileURL(file).href, import.meta.url)) as Record<
        string,
        unknown
      >;
      modules.push({ file, exports });
    }
    const core = modules.find((m) => m.file === path.join(CORE, 'index.ts'))?.exports;
    const analyze = core?.['analyze'] as (input: unknown, options: unknown) => Promise<unknown>;
    for (const message of fixtureInputs())
      await analyze({ messages: [message] }, { now: '2026-11-20T12:00:00Z', tz: 'America/New_York' });
  } finally {
    globalThis.RegExp = Native;
    await api.unregister();
  }
  const exported: { regex: RegExp; where: string }[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, where: string, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    if (value instanceof Native) exported.push({ regex: value, where });
    else if (Array.isArray(value)) value.forEach((v) => walk(v, where, depth + 1));
    else if (value instanceof Map) [...value.values()].forEach((v) => walk(v, where, depth + 1));
    else if (Object.getPrototypeOf(value) === Object.prototype)
      Object.values(value).forEach((v) => walk(v, where, depth + 1));
  };
  for (const { file, exports } of modules)
    for (const [name, value] of Object.entries(exports)) walk(value, `${rel(file)} ${name}`, 0);
  return { built: [...built.values()], exported };
}

/** recheck reads `d` (indices) as no flag of its own; the others change what is matched, so they stay. */
function key(source: string, flags: string): string {
  return `${flags.replace('d', '')}/${source}`;
}

const scanned = scanSources();
const ran = await runCore();
const regexes = new Map<string, Found>();
for (const list of [scanned.literals, ran.built]) {
  for (const r of list) {
    const k = key(r.source, r.flags);
    const known = regexes.get(k);
    if (known === undefined)
      regexes.set(k, { source: r.source, flags: r.flags.replace('d', ''), where: [r.where] });
    else if (!known.where.includes(r.where)) known.where.push(r.where);
  }
}
const all = [...regexes.values()];

/** Each regex's verdict, settled by the pool that the suite's `before` starts, CONCURRENCY checks at a time. */
const verdicts = new Map<Found, Promise<Diagnostics>>();
const settle = new Map<Found, (d: Promise<Diagnostics>) => void>();
for (const r of all) verdicts.set(r, new Promise((resolve) => settle.set(r, resolve)));
function startChecks(): void {
  const queue = [...all];
  const worker = async (): Promise<void> => {
    for (let r = queue.shift(); r !== undefined; r = queue.shift()) {
      const params = UNROLL_REPEATS.has(r.source) ? { ...PARAMS, maxRepeatCount: 1_000 } : PARAMS;
      const verdict = check(r.source, r.flags, params);
      settle.get(r)?.(verdict);
      await verdict.catch(() => undefined);
    }
  };
  for (let i = 0; i < CONCURRENCY; i++) void worker();
}

/** ALLOWED's key: the file of the regex's first occurrence, without the line, and the regex. */
function allowKey(r: Found): string {
  return `${(r.where[0] ?? '').replace(/:\d+$/, '')} /${r.source}/${r.flags}`;
}

function excerpt(r: Found): string {
  const s = r.source.length > 50 ? `${r.source.slice(0, 50)}…` : r.source;
  return `/${s}/${r.flags}`;
}

function describeVerdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') {
    const pump = d.attack.pumps.map((p) => JSON.stringify(p.pump)).join(', ');
    return `${d.complexity.summary} (${d.checker}); attack: ${d.attack.pattern.slice(0, 200)} (pumping ${pump})`;
  }
  if (d.status === 'unknown') return `undecided: ${JSON.stringify(d.error)}`;
  return d.status;
}

describe(`ReDoS gate: ${all.length} distinct regexes in src/core (${scanned.literals.length} literals, ${ran.built.length} built at run time) checked by recheck`, function () {
  // Each `it` waits for its check in the pool; the whole gate takes about a minute on an idle 2-core machine.
  this.timeout(300_000);
  before(startChecks);

  it(`reaches every RegExp( call site in src/core (${scanned.sites.size})`, () => {
    const reached = new Set(ran.built.map((b) => b.where));
    const missed = [...scanned.sites].filter((s) => !reached.has(s));
    assert.deepEqual(missed, [], 'no fixture builds these: add one that does, so the gate sees the regex');
  });

  it(`checks every RegExp reachable from the core's exports (${ran.exported.length})`, () => {
    const missed = ran.exported
      .filter((e) => !regexes.has(key(e.regex.source, e.regex.flags)))
      .map((e) => `${e.where}: /${e.regex.source}/${e.regex.flags}`);
    assert.deepEqual(missed, []);
  });

  it(`allows only regexes it checks (${Object.keys(ALLOWED).length} allowed)`, () => {
    const checked = new Set(all.map(allowKey));
    assert.deepEqual(
      Object.keys(ALLOWED).filter((k) => !checked.has(k)),
      [],
      'an entry whose regex changed or went: drop it',
    );
  });

  for (const r of all) {
    const file = (r.where[0] ?? '').replace(/^src\/core\//, '');
    const allowed = ALLOWED[allowKey(r)];
    it(`${file} ${excerpt(r)}`, async () => {
      const d = await verdicts.get(r);
      assert.ok(d !== undefined);
      if (allowed !== undefined) {
        assert.equal(
          d.status,
          'vulnerable',
          `allowed (${allowed}), but the checker now calls it ${d.status}: drop the entry`,
        );
        return;
      }
      assert.equal(d.status, 'safe', `${r.where.join(', ')}: ${describeVerdict(d)}`);
    });
  }
});
