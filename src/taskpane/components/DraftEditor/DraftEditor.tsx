// The draft: pick its kind, edit it with live tone findings, then insert it as a reply or copy it.
import type { DraftEditorProps } from './DraftEditor.types';
import { renderDraftEditor } from './renderDraftEditor';
import { useDraftEditor } from './useDraftEditor';
import { useDraftEditorStyles } from './useDraftEditorStyles.styles';

export function DraftEditor(props: DraftEditorProps) {
  const state = useDraftEditor(props);
  const styles = useDraftEditorStyles();
  return renderDraftEditor(state, styles);
}
