// Everything the pane may ask of the outside world, in one React context (STYLE.md practice 12): the Outlook
// host, the core's analyze (in a worker where it can be, analyzer/client.ts; injectable so tests can hand in a
// given Analysis) and the clipboard.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Analysis, AnalyzeOptions, ThreadInput } from '../core/types';
import type { AddinHost } from '../office/types';
import { analyzeOffThread } from './analyzer/client';
import { copyToClipboard } from './lib/clipboard';

export interface TaskpaneServices {
  readonly host: AddinHost;
  readonly analyze: (input: ThreadInput, options: AnalyzeOptions) => Promise<Analysis>;
  /** Resolves true when the text reached the clipboard. */
  readonly copyText: (text: string) => Promise<boolean>;
  /** How long the pane waits for Outlook's item or for the analysis before it says so (tests shorten it). */
  readonly waitLimitMs: number;
}

/** The pane's wait for an answer: Outlook's item or the analysis, each. */
export const WAIT_LIMIT_MS = 20_000;

const ServicesContext = createContext<TaskpaneServices | null>(null);

export interface ServicesProviderProps {
  readonly host: AddinHost;
  readonly analyze?: TaskpaneServices['analyze'];
  readonly copyText?: TaskpaneServices['copyText'];
  readonly waitLimitMs?: number;
  readonly children: ReactNode;
}

export function ServicesProvider(props: ServicesProviderProps) {
  const { host, analyze, copyText, waitLimitMs } = props;
  // One value for as long as its parts are the same: a new object on every render (a theme change re-renders
  // Root) would tell every consumer the services changed, and the pane would read the item again (issue 5).
  const value = useMemo<TaskpaneServices>(
    () => ({
      host,
      analyze: analyze ?? analyzeOffThread,
      copyText: copyText ?? copyToClipboard,
      waitLimitMs: waitLimitMs ?? WAIT_LIMIT_MS,
    }),
    [host, analyze, copyText, waitLimitMs],
  );
  return <ServicesContext.Provider value={value}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  // A programmer error (a component rendered outside Root), never a runtime condition.
  if (!services) throw new TypeError('useServices() needs a <ServicesProvider> above it');
  return services;
}
