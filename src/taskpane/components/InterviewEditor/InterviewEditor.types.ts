import type { Analysis, Overrides } from '../../../core/types';

export interface InterviewEditorProps {
  readonly analysis: Analysis;
  readonly overrides: Overrides;
  /** Today's date in the analysis's zone. */
  readonly today: string;
  readonly busy: boolean;
  readonly onSave: (next: Overrides, what: string) => Promise<void>;
  /** Shown as the first screen's action (issue 12): the headline already asks, so no heading or lead line. */
  readonly inAnswer?: boolean;
}

export interface InterviewEditorState {
  /** `YYYY-MM-DD` as typed; empty while unset. */
  readonly date: string;
  /** `HH:MM` as typed; empty means 09:00. */
  readonly time: string;
  readonly setDate: (date: string) => void;
  readonly setTime: (time: string) => void;
  /** The interview as the pane shows it, in words, or null where none is known. */
  readonly shown: string | null;
  /** Where the shown interview came from: the user's own entry or the sentence in the thread. */
  readonly source:
    { readonly kind: 'override' } | { readonly kind: 'thread'; readonly sentence: string } | null;
  /** "5 days since the interview", or null without one. */
  readonly elapsed: string | null;
  readonly canSave: boolean;
  readonly save: () => void;
  readonly canClear: boolean;
  readonly clear: () => void;
  readonly invalid: boolean;
}
