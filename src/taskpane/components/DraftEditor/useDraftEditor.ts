import { useEffect, useMemo, useState } from 'react';
import type { Draft, DraftKind } from '../../../core/types';
import { draftFor, textToHtml, toneNotes } from '../../lib/drafts';
import type { DraftEditorProps, DraftEditorState } from './DraftEditor.types';
import { alternativeKinds, defaultKind, emailKinds, offeredKinds } from './draftKinds';

function subjectFor(subject: string): string {
  return /^re:/i.test(subject.trim()) ? subject.trim() : `Re: ${subject.trim()}`;
}

export function useDraftEditor(props: DraftEditorProps): DraftEditorState {
  const { analysis, subject, myName, busy, onInsert, onCopy } = props;
  const [kind, setKindState] = useState<DraftKind>(() => defaultKind(analysis));
  const base = useMemo(() => draftFor(kind, analysis, myName), [kind, analysis, myName]);
  const [text, setText] = useState(base?.text ?? '');

  // A new recommendation (another item, a saved override) starts again from its draft kind; an unchanged one
  // keeps the kind the user picked.
  const recommended = defaultKind(analysis);
  useEffect(() => {
    setKindState(recommended);
  }, [recommended]);
  // Another kind, or a different draft text from the core, replaces the text; an identical re-render keeps edits.
  const baseText = base?.text ?? '';
  useEffect(() => {
    setText(baseText);
  }, [baseText, kind]);

  const tone = useMemo(() => (text.trim() === '' ? [] : toneNotes(text, kind)), [text, kind]);
  const draft = (): Draft => ({
    kind,
    subject: base?.subject ?? subjectFor(subject),
    text,
    html: textToHtml(text),
    to: base?.to ?? null,
    asks: base?.asks ?? [],
  });

  return {
    kind,
    kinds: offeredKinds(analysis),
    setKind: setKindState,
    text,
    setText,
    asks: base?.asks ?? [],
    tone,
    canInsert: !busy && emailKinds.has(kind) && text.trim() !== '',
    canCopy: text.trim() !== '',
    insert: () => void onInsert(draft()),
    copy: () => void onCopy(text),
    alternatives: alternativeKinds(analysis),
    edited: text !== baseText,
    reset: () => setText(baseText),
  };
}
