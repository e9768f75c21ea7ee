// The playground's React view of the simulated Outlook: re-renders on every host change.
import { useSyncExternalStore } from 'react';
import type { PlaygroundHost, PlaygroundState } from '../host/playgroundHost';

export function useHostState(host: PlaygroundHost): PlaygroundState {
  return useSyncExternalStore(
    (listener) => host.watch(listener),
    () => host.getState(),
  );
}
