// News of each recorded thread, from the analyze wrapper (withBoardRecording) to the board, which reloads.
import type { SaveOutcome } from '../../../office/board';
import type { Result } from '../../../office/types';

export interface RecordFeed {
  emit(outcome: Result<SaveOutcome>): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (outcome: Result<SaveOutcome>) => void): () => void;
}

export function createRecordFeed(): RecordFeed {
  const listeners = new Set<(outcome: Result<SaveOutcome>) => void>();
  return {
    emit: (outcome) => {
      for (const listener of [...listeners]) listener(outcome);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
