// The pane's state, written first (STYLE.md practice 12): every status has something to show, none is blank.
import type { Analysis, Overrides, ReminderProposal } from '../../../core/types';
import type { ItemContext, OutgoingDraft } from '../../../office/types';

/** A failure that stops the pane from showing an analysis, with a sentence the user can act on. */
export interface Problem {
  readonly title: string;
  readonly message: string;
}

/** The outcome of an action (insert, copy, remind, save), shown in the live region. */
export interface Notice {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title: string;
  readonly message: string;
  /** A way forward offered beside a failure. */
  readonly offer?:
    | { readonly kind: 'copy'; readonly text: string }
    | { readonly kind: 'ics'; readonly href: string; readonly filename: string };
}

export type AppState =
  | { readonly status: 'loading' }
  | { readonly status: 'problem'; readonly problem: Problem }
  | {
      readonly status: 'ready';
      readonly item: ItemContext;
      /** Where overrides are stored: the conversation, else the item; null keeps them for this session only. */
      readonly key: string | null;
      readonly overrides: Overrides;
      readonly analysis: Analysis;
      /** Today's date in the analysis's zone, from the host's clock. */
      readonly today: string;
      readonly now: string;
    };

export interface AppActions {
  readonly retry: () => void;
  readonly saveOverrides: (next: Overrides, what: string) => Promise<void>;
  readonly insert: (draft: OutgoingDraft) => Promise<void>;
  readonly copy: (text: string) => Promise<void>;
  readonly remind: (reminder: ReminderProposal) => Promise<void>;
  readonly dismissNotice: () => void;
}

export interface AppViewModel {
  readonly state: AppState;
  readonly notice: Notice | null;
  readonly busy: boolean;
  readonly actions: AppActions;
}
