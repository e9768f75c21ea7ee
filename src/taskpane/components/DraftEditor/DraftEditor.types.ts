import type { Analysis, Draft, DraftKind } from '../../../core/types';
import type { ToneNote } from '../../lib/drafts';

export interface DraftEditorProps {
  readonly analysis: Analysis;
  /** The open item's subject, for a draft the core did not title. */
  readonly subject: string;
  /** The user's display name, for the sign-off. */
  readonly myName: string | null;
  readonly busy: boolean;
  readonly onInsert: (draft: Draft) => Promise<void>;
  readonly onCopy: (text: string) => Promise<void>;
}

export interface DraftEditorState {
  readonly kind: DraftKind;
  readonly kinds: readonly DraftKind[];
  readonly setKind: (kind: DraftKind) => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  /** Details only the candidate knows that would improve the draft. */
  readonly asks: readonly string[];
  readonly tone: readonly ToneNote[];
  /** Only email kinds go into a reply; a phone script or a note is copied instead. */
  readonly canInsert: boolean;
  readonly canCopy: boolean;
  readonly insert: () => void;
  readonly copy: () => void;
  /** Other ways to reach out, offered beside email (ADVICE.md "Channel and alternatives"). */
  readonly alternatives: readonly DraftKind[];
  readonly edited: boolean;
  readonly reset: () => void;
}
