import { Button, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { Section } from '../Section';
import type { DraftEditorState } from './DraftEditor.types';
import { draftKindLabels } from './draftKinds';
import { useDraftEditorStyles } from './useDraftEditorStyles.styles';

export function renderDraftEditor(state: DraftEditorState, styles: ReturnType<typeof useDraftEditorStyles>) {
  return (
    <Section title="Draft">
      <Field label="Draft kind">
        {/* A native select (Fluent's Select): a combobox to assistive technology, light in the bundle, and the
            platform's own picker on phones and touch screens. */}
        <Select
          value={state.kind}
          onChange={(_e, d) => {
            const k = state.kinds.find((kind) => kind === d.value);
            if (k) state.setKind(k);
          }}
        >
          {state.kinds.map((k) => (
            <option key={k} value={k}>
              {draftKindLabels[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Draft"
        {...(state.text === ''
          ? {
              hint:
                state.kind === 'own'
                  ? 'Write your message here, in your own words.'
                  : 'No ready-made draft of this kind: write your own here.',
            }
          : {})}
      >
        <Textarea
          data-testid="draft-text"
          className={styles.textarea}
          resize="vertical"
          value={state.text}
          onChange={(_e, d) => state.setText(d.value)}
        />
      </Field>
      {state.asks.length > 0 ? (
        <>
          <Text weight="semibold">Make it yours</Text>
          <ul className={styles.list}>
            {state.asks.map((a, i) => (
              <li key={i}>
                <Text>{a}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div aria-live="polite" data-testid="tone">
        {state.tone.length > 0 ? (
          <>
            <Text weight="semibold">Tone</Text>
            <ul className={styles.list}>
              {state.tone.map((n, i) => (
                <li key={i} className={styles.tone}>
                  <Text>{n.message}</Text>
                </li>
              ))}
            </ul>
          </>
        ) : state.canCopy ? (
          <Text className={styles.toneOk}>Tone: professional and concise.</Text>
        ) : null}
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!state.canInsert} onClick={state.insert}>
          {state.insertLabel}
        </Button>
        <Button disabled={!state.canCopy} onClick={state.copy}>
          Copy
        </Button>
        {state.edited ? <Button onClick={state.reset}>Undo my edits</Button> : null}
      </div>
      {state.alternatives.length > 0 ? (
        <>
          <Text weight="semibold">Other ways to reach out</Text>
          <div className={styles.buttons}>
            {state.alternatives.map((k) => (
              <Button key={k} size="small" appearance="subtle" onClick={() => state.setKind(k)}>
                {draftKindLabels[k]}
              </Button>
            ))}
          </div>
        </>
      ) : null}
    </Section>
  );
}
