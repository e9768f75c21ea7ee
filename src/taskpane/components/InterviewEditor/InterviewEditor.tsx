// The interview: when it was (or is), how long ago, where that came from, and a way to correct it.
import type { InterviewEditorProps } from './InterviewEditor.types';
import { renderInterviewEditor } from './renderInterviewEditor';
import { useInterviewEditor } from './useInterviewEditor';
import { useInterviewEditorStyles } from './useInterviewEditorStyles.styles';

export function InterviewEditor(props: InterviewEditorProps) {
  const state = useInterviewEditor(props);
  const styles = useInterviewEditorStyles();
  return renderInterviewEditor(state, styles, props.inAnswer === true);
}
