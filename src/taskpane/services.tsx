// Everything the pane may ask of the outside world, in one React context (STYLE.md practice 12): the Outlook
// host, the core's analyze (injectable so tests can hand in a given Analysis) and the clipboard.
import { createContext, useContext, type ReactNode } from 'react';
import { analyze as coreAnalyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions, ThreadInput } from '../core/types';
import type { AddinHost } from '../office/types';
import { copyToClipboard } from './lib/clipboard';

export interface TaskpaneServices {
  readonly host: AddinHost;
  readonly analyze: (input: ThreadInput, options: AnalyzeOptions) => Promise<Analysis>;
  /** Resolves true when the text reached the clipboard. */
  readonly copyText: (text: string) => Promise<boolean>;
}

const ServicesContext = createContext<TaskpaneServices | null>(null);

export interface ServicesProviderProps {
  readonly host: AddinHost;
  readonly analyze?: TaskpaneServices['analyze'];
  readonly copyText?: TaskpaneServices['copyText'];
  readonly children: ReactNode;
}

export function ServicesProvider(props: ServicesProviderProps) {
  const value: TaskpaneServices = {
    host: props.host,
    analyze: props.analyze ?? coreAnalyze,
    copyText: props.copyText ?? copyToClipboard,
  };
  return <ServicesContext.Provider value={value}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  // A programmer error (a component rendered outside Root), never a runtime condition.
  if (!services) throw new TypeError('useServices() needs a <ServicesProvider> above it');
  return services;
}
