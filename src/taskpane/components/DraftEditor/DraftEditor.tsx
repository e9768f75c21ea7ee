// The draft, right after the answer (issue 12): its first lines with Insert and Copy, and "Edit" to open the
// rest (the kind, "Make it yours", the tone check). The editor's state lives with the pane (useDraftEditor in
// ReadyView), because the first screen's primary action inserts or copies the same draft.
import { useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { PersonalDetails } from '../../../core/types';
import type { DraftEditorState } from './DraftEditor.types';
import { renderDraftEditor } from './renderDraftEditor';
import { useDraftEditorStyles } from './useDraftEditorStyles.styles';

export interface DraftEditorViewProps {
  readonly editor: DraftEditorState;
  readonly personal: PersonalDetails;
  readonly onPersonal: (personal: PersonalDetails) => void;
  /** Which of the user's own words the draft can take: a topic they enjoyed, the answer they were asked for. */
  readonly asks: { readonly topic: boolean; readonly answer: boolean };
  /** Open from the start: where there is no ready text to preview (the user's own message). */
  readonly startOpen: boolean;
}

export function DraftEditor(props: DraftEditorViewProps) {
  const styles = useDraftEditorStyles();
  const [open, setOpen] = useState(props.startOpen);
  const headingId = useId('draft-heading-');
  return renderDraftEditor({ ...props, open, setOpen, headingId }, styles);
}
