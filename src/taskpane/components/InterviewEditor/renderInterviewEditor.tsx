import { Button, Field, Input, Text } from '@fluentui/react-components';
import { Section } from '../Section';
import type { InterviewEditorState } from './InterviewEditor.types';
import { useInterviewEditorStyles } from './useInterviewEditorStyles.styles';

export function renderInterviewEditor(
  state: InterviewEditorState,
  styles: ReturnType<typeof useInterviewEditorStyles>,
  inAnswer = false,
) {
  return (
    <Section title="Interview">
      {state.shown ? (
        <Text weight="semibold">{state.shown}</Text>
      ) : inAnswer ? null : (
        <Text>No interview date was found in this thread. Set it below.</Text>
      )}
      {state.source?.kind === 'override' ? <Text size={200}>You set this date.</Text> : null}
      {state.source?.kind === 'thread' ? (
        <blockquote className={styles.quote}>
          <Text size={200}>{state.source.sentence}</Text>
        </blockquote>
      ) : null}
      {state.elapsed ? <Text>{state.elapsed}</Text> : null}
      <div className={styles.fields}>
        <Field
          className={styles.field}
          label="Interview date"
          {...(state.invalid
            ? { validationState: 'error' as const, validationMessage: 'Enter a real date.' }
            : {})}
        >
          <Input type="date" value={state.date} onChange={(_e, d) => state.setDate(d.value)} />
        </Field>
        <Field className={styles.field} label="Interview time">
          <Input type="time" value={state.time} onChange={(_e, d) => state.setTime(d.value)} />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!state.canSave} onClick={state.save}>
          Save interview date
        </Button>
        {state.canClear ? <Button onClick={state.clear}>Use the date from the thread</Button> : null}
      </div>
    </Section>
  );
}
