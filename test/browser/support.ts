// What every browser test needs: the Chromium that scripts/test-browser.mjs found, the playground it serves,
// and a page whose requests and console messages are all recorded (issue 6).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Page,
} from 'playwright-core';
import type { SampleCase } from '../../src/playground/samples/catalog';
import { sampleId } from '../../src/playground/samples/catalog';

/** Set by scripts/test-browser.mjs. */
export const PLAYGROUND_URL = process.env['PLAYGROUND_URL'] ?? 'http://localhost:3000/';
const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results', 'screenshots');

/**
 * The flags that keep Chromium quiet on a machine with no network: no background fetches, no component
 * updates, no sync, no QUIC probing (each otherwise shows up as refused connections). playwright-core
 * starts every launch with a new, empty --user-data-dir of its own.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS] });
}

export interface RecordedRequest {
  readonly url: string;
  /** URL of the frame that made it ('' where unknown, as for a service worker). */
  readonly frameUrl: string;
  readonly resourceType: string;
}

export interface RecordedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: RecordedRequest[];
  /** Console errors and uncaught page errors, from every frame. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // A request without a frame (a worker): keep it, its URL is what is checked.
    }
    requests.push({ url: request.url(), frameUrl, resourceType: request.resourceType() });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, context, requests, errors, close: () => context.close() };
}

/** Opens the playground, optionally at a given state (index.tsx reads these parameters). */
export async function gotoPlayground(page: Page, query: Record<string, string> = {}): Promise<void> {
  const url = new URL(PLAYGROUND_URL);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  await page.goto(url.toString());
  await page.getByRole('navigation', { name: 'Mailbox' }).waitFor();
}

export function taskpane(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="taskpane-frame"]');
}

/** Selects a sample in the mailbox (which moves the clock to its day) and opens the coach from the ribbon. */
export async function openSampleInCoach(page: Page, sample: SampleCase): Promise<FrameLocator> {
  await page.locator(`[data-thread-id="${sampleId(sample)}"]`).click();
  await page
    .getByRole('toolbar', { name: 'Follow-up Coach (reading)' })
    .getByRole('button', { name: 'Open coach' })
    .click();
  const pane = taskpane(page);
  await pane.getByTestId('recommendation').waitFor({ timeout: 30_000 });
  return pane;
}

/** Sets the simulated clock through the playground's control, as a user would. */
export async function setClock(page: Page, iso: string, zoneIana: string): Promise<void> {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zoneIana,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(' ', 'T');
  const input = page.getByTestId('clock-input');
  await input.fill(local);
  await input.press('Enter');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The calendar date of an instant in a zone. */
export function dateIn(iso: string, zoneIana: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zoneIana,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/**
 * For a describe(): one Chromium for its tests and a fresh recorded page for each; a failed test leaves a
 * screenshot, and a passing one must have logged no console error. Returns the current page's record.
 */
export function usePages(open?: (page: Page) => Promise<void>): () => RecordedPage {
  let browser: Browser | undefined;
  let rec: RecordedPage | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async function () {
    if (browser === undefined) throw new Error('Chromium did not start');
    rec = await openPage(browser);
    await open?.(rec.page);
  });
  afterEach(async function () {
    if (rec === undefined) return;
    const failed = this.currentTest?.state === 'failed';
    if (failed)
      await screenshot(
        rec.page,
        `FAILED ${this.currentTest?.fullTitle() ?? ''}`.replace(/[^\w.-]+/g, '_').slice(0, 120),
      );
    const errors = [...rec.errors];
    await rec.close();
    if (!failed) assert.deepEqual(errors, [], 'the console shows no error');
  });
  return () => {
    if (rec === undefined) throw new Error('no page: call inside a test');
    return rec;
  };
}

/**
 * Tabster's focus guards (Fluent's TabList, Menu…) are aria-hidden on purpose and focusable on purpose: they only
 * hand focus on. axe reports them under aria-hidden-focus; Fluent lists this as a known false positive
 * (microsoft/fluentui#27517, "By Design") and Accessibility Insights suppresses exactly these nodes. So do we,
 * and nothing else: any other node of that rule still fails.
 */
function isTabsterGuard(ruleId: string, node: { readonly html: string }): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(node.html);
}

const AXE = path.resolve('node_modules', 'axe-core', 'axe.min.js');

/** One axe-core violation: its rule, impact, help text and the selectors of the nodes that break it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** axe-core's violations in a frame, Tabster's focus guards set aside (isTabsterGuard), nothing else. */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  await frame.addScriptTag({ path: AXE });
  const found = await frame.evaluate(async () => {
    interface Raw {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; html: string }[];
    }
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Raw[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return found
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterGuard(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
