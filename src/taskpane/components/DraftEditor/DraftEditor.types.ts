import type { Analysis } from '../../../core/types';
import type { OutgoingDraft } from '../../../office/types';
import type { ToneNote } from '../../lib/drafts';
import type { EditorKind } from './draftKinds';

export interface DraftEditorProps {
  readonly analysis: Analysis;
  /** The open item's subject, for a draft the core did not title. */
  readonly subject: string;
  /** Read: the draft goes into a reply form; compose: into the message being written, at the cursor. */
  readonly mode: 'read' | 'compose';
  /** The user's display name, for the sign-off. */
  readonly myName: string | null;
  readonly busy: boolean;
  /** Whether this Outlook can take the draft (no reply form on a phone): else Copy is the way. */
  readonly canInsertHere: boolean;
  readonly onInsert: (draft: OutgoingDraft) => Promise<void>;
  readonly onCopy: (text: string) => Promise<void>;
}

export interface DraftEditorState {
  readonly kind: EditorKind;
  /** Every kind offered: those that fit the advice, then the rest (shown under "More"). */
  readonly kinds: readonly EditorKind[];
  readonly fitting: readonly EditorKind[];
  readonly more: readonly EditorKind[];
  readonly setKind: (kind: EditorKind) => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  /** Details only the candidate knows that would improve the draft. */
  readonly asks: readonly string[];
  readonly tone: readonly ToneNote[];
  /** Only email kinds go into a reply; a phone script or a note is copied instead. */
  readonly canInsert: boolean;
  /** What the insert button says it does, by surface: "Insert as reply" or "Insert at cursor". */
  readonly insertLabel: string;
  readonly canCopy: boolean;
  readonly insert: () => void;
  readonly copy: () => void;
  /** Whether this Outlook can take the draft at all (Outlook on a phone opens no reply form). */
  readonly insertHere: boolean;
  readonly edited: boolean;
  readonly reset: () => void;
}
