// The pane's state, written first (STYLE.md practice 12): every status has something to show, none is blank.
import type { Analysis, Overrides, PersonalDetails, ReminderProposal } from '../../../core/types';
import type { ItemContext, OutgoingDraft } from '../../../office/types';

/** A failure that stops the pane from showing an analysis, with a sentence the user can act on. */
export interface Problem {
  readonly title: string;
  readonly message: string;
  /** Codes and Outlook's own words, for a details line (never the message itself). */
  readonly details?: string;
}

/** The outcome of an action (insert, copy, remind, save), shown in the live region. */
export interface Notice {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title: string;
  readonly message: string;
  /** Codes and Outlook's own words, for a details line. */
  readonly details?: string;
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
      /** What the user typed under "Make it yours". */
      readonly personal: PersonalDetails;
    };

export interface AppActions {
  readonly retry: () => void;
  readonly saveOverrides: (next: Overrides, what: string) => Promise<void>;
  readonly insert: (draft: OutgoingDraft) => Promise<void>;
  readonly copy: (text: string) => Promise<void>;
  readonly remind: (reminder: ReminderProposal) => Promise<void>;
  readonly dismissNotice: () => void;
  /** "Make it yours": the user's own words for the drafts, re-analysed as they type. */
  readonly setPersonal: (personal: PersonalDetails) => void;
}

export interface AppViewModel {
  readonly state: AppState;
  readonly notice: Notice | null;
  readonly busy: boolean;
  readonly actions: AppActions;
}
