import { useMemo, useState } from 'react';
import type { OutgoingDraft } from '../../../office/types';
import { draftFor, textToHtml, toneNotes } from '../../lib/drafts';
import type { DraftEditorProps, DraftEditorState } from './DraftEditor.types';
import {
  defaultKind,
  emailKinds,
  fittingKinds,
  moreKinds,
  offeredKinds,
  type EditorKind,
} from './draftKinds';

function subjectFor(subject: string): string {
  return /^re:/i.test(subject.trim()) ? subject.trim() : `Re: ${subject.trim()}`;
}

/** The user's own text, per kind: what they typed is theirs until they undo it or leave the item. */
type Edits = Readonly<Partial<Record<EditorKind, string>>>;

function without(edits: Edits, kind: EditorKind): Edits {
  const { [kind]: _dropped, ...rest } = edits;
  return rest;
}

/**
 * The draft editor's state. The kind and the text shown are derived during render from two things only the
 * user sets: the kind they picked and their edits. No effect copies props into state, because such an effect
 * runs after the pane paints and, when a new analysis arrives (a saved override, a late answer), overwrote a
 * choice the user had made in between (issue 5: "choosing a kind ... kept the follow-up text"). Until the
 * user picks, the kind follows the recommendation; another item mounts a fresh editor (keyed in renderApp).
 */
export function useDraftEditor(props: DraftEditorProps): DraftEditorState {
  const { analysis, subject, mode, myName, busy, canInsertHere, onInsert, onCopy } = props;
  const [picked, setPicked] = useState<EditorKind | null>(null);
  const [edits, setEdits] = useState<Edits>({});

  const kinds = offeredKinds(analysis);
  // A pick the analysis no longer offers (a phone script once a no-calls policy is found) yields to the advice.
  const kind = picked !== null && kinds.includes(picked) ? picked : defaultKind(analysis);
  // The user's own message starts empty: there is no template behind it.
  const base = useMemo(
    () => (kind === 'own' ? null : draftFor(kind, analysis, myName)),
    [kind, analysis, myName],
  );
  const baseText = base?.text ?? '';
  const edit = edits[kind];
  const text = edit ?? baseText;

  // An own message has no kind's length limit; every other tone rule applies to it.
  const tone = useMemo(
    () => (text.trim() === '' ? [] : toneNotes(text, kind === 'own' ? undefined : kind)),
    [text, kind],
  );
  const draft = (): OutgoingDraft => ({
    subject: base?.subject ?? subjectFor(subject),
    text,
    html: textToHtml(text),
    to: base?.to ?? null,
  });

  return {
    kind,
    kinds,
    fitting: fittingKinds(analysis),
    more: moreKinds(analysis),
    setKind: setPicked,
    text,
    // Typing the ready-made text back is no edit: the box then follows the core's draft again.
    setText: (next) => setEdits((e) => (next === baseText ? without(e, kind) : { ...e, [kind]: next })),
    asks: base?.asks ?? [],
    tone,
    canInsert: !busy && canInsertHere && emailKinds.has(kind) && text.trim() !== '',
    insertHere: canInsertHere,
    canCopy: text.trim() !== '',
    // In compose the host inserts into the open message (insertDraft decides by mode): say so on the button.
    insertLabel: mode === 'compose' ? 'Insert at cursor' : 'Insert as reply',
    insert: () => void onInsert(draft()),
    copy: () => void onCopy(text),
    edited: edit !== undefined && edit !== baseText,
    reset: () => setEdits((e) => without(e, kind)),
  };
}
