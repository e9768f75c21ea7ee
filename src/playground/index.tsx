// Entry of the playground page (dist/index.html): builds the simulated Outlook, fills the mailbox with the
// sample threads and renders it. Query parameters let a link (or a test) open a given state:
// ?sample=<file name without .eml>&now=<ISO instant>&zone=<Windows zone>&theme=dark&pane=open
// &failure=<read-fails|actions-fail|settings-full|never-ready|no-office-js>&host=<an id of Controls' HOSTS: web,
// classic-112, no-alerts, …>
import { createRoot } from 'react-dom/client';
import { publishHost } from './host/bridge';
import { PlaygroundHost, type MailThread } from './host/playgroundHost';
import { ZONES } from './host/zones';
import { emlToItem } from './mailbox/emlItem';
import { sampleId, SAMPLES } from './samples/catalog';
import { SAMPLE_SOURCES } from './samples/index';
import { App } from './ui/App';
import { failureOf, HOSTS } from './ui/Controls';

const host = new PlaygroundHost({ realNow: () => Date.now() });
publishHost(window, host);

/** Opening a sample moves the clock to the day that shows its situation (the catalog's `now`). */
function select(id: string): void {
  const thread = host.getState().threads.find((t) => t.id === id);
  if (thread?.suggestedNow) host.setClock(Date.parse(thread.suggestedNow));
  host.selectThread(id);
}

let dropped = 0;
async function addFiles(files: readonly File[]): Promise<void> {
  for (const file of files) {
    const raw = await file.text();
    dropped += 1;
    const item = await emlToItem(raw, new Date(host.now()).toISOString());
    host.addThread(
      { id: `dropped-${dropped}`, title: `Dropped: ${file.name}`, item, suggestedNow: null },
      true,
    );
  }
}

async function loadSamples(): Promise<void> {
  const threads: MailThread[] = await Promise.all(
    SAMPLES.map(async (sample) => ({
      id: sampleId(sample),
      title: sample.title,
      item: await emlToItem(SAMPLE_SOURCES[sample.file] ?? '', sample.expect.now),
      suggestedNow: sample.expect.now,
    })),
  );
  for (const thread of threads) host.addThread(thread);
}

function applyQuery(params: URLSearchParams): void {
  const zone = params.get('zone');
  if (zone && ZONES.some((z) => z.windows === zone)) host.setZone(zone);
  if (params.get('theme') === 'dark') host.setTheme('dark');
  const failure = failureOf(params.get('failure'));
  if (failure) host.setFailure(failure);
  const outlook = HOSTS.find((h) => h.id === params.get('host'));
  if (outlook) host.setHostProfile(outlook.hostName, outlook.version);
  const sample = params.get('sample');
  if (sample) select(sample);
  const now = params.get('now');
  if (now && !Number.isNaN(Date.parse(now))) host.setClock(Date.parse(now));
}

/**
 * `pane=open`: the pane opens once the playground has painted its mailbox and the message, as in Outlook, where
 * the user opens it beside a message already shown. Opened in the same first render, the pane's page would
 * share its first moments with the playground's own start (both run on one thread here; in Outlook the add-in
 * runs apart from Outlook's page), and every figure of the pane's start would count the playground's as well.
 */
function openPaneAfterFirstPaint(params: URLSearchParams): void {
  if (params.get('pane') !== 'open') return;
  requestAnimationFrame(() => setTimeout(() => host.openPane('read'), 0));
}

async function main(): Promise<void> {
  await loadSamples();
  const params = new URLSearchParams(window.location.search);
  applyQuery(params);
  const container = document.getElementById('root');
  if (container === null) return;
  createRoot(container).render(
    <App
      host={host}
      onSelect={select}
      onFiles={(files) =>
        void addFiles(files).catch((e: unknown) =>
          console.warn('playground: could not read a dropped file', e),
        )
      }
    />,
  );
  openPaneAfterFirstPaint(params);
}

void main();
