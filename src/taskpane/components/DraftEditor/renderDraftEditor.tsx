import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import type { PersonalDetails } from '../../../core/types';
import type { DraftEditorViewProps } from './DraftEditor';
import { draftKindLabels } from './draftKinds';
import { useDraftEditorStyles } from './useDraftEditorStyles.styles';

/** The element the skip link and the primary action lead to. */
export const DRAFT_ID = 'draft';

interface RenderProps extends DraftEditorViewProps {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly headingId: string;
}

export function renderDraftEditor(props: RenderProps, styles: ReturnType<typeof useDraftEditorStyles>) {
  const { editor: state, open, setOpen, personal, onPersonal, asks, headingId } = props;
  const set = (patch: PersonalDetails) => onPersonal({ ...personal, ...patch });
  return (
    <section id={DRAFT_ID} tabIndex={-1} aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {`Draft: ${draftKindLabels[state.kind]}`}
      </Text>
      <Field
        label="Draft text"
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
          className={open ? styles.textareaOpen : styles.textarea}
          textarea={{ className: styles.textareaInner }}
          resize="vertical"
          value={state.text}
          onChange={(_e, d) => state.setText(d.value)}
        />
      </Field>
      <div className={styles.buttons}>
        {state.insertHere ? (
          <Button disabled={!state.canInsert} onClick={state.insert}>
            {state.insertLabel}
          </Button>
        ) : null}
        <Button disabled={!state.canCopy} onClick={state.copy}>
          Copy
        </Button>
        <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Fewer options' : 'Edit and other kinds'}
        </Button>
        {state.edited ? <Button onClick={state.reset}>Undo my edits</Button> : null}
      </div>
      {open ? (
        <div className={styles.more}>
          <Field label="Draft kind">
            {/* A native select (Fluent's Select): the kinds that fit the advice first, alternatives included
                (one list), every other kind under "More". */}
            <Select
              value={state.kind}
              onChange={(_e, d) => {
                const k = state.kinds.find((kind) => kind === d.value);
                if (k) state.setKind(k);
              }}
            >
              {state.fitting.map((k) => (
                <option key={k} value={k}>
                  {draftKindLabels[k]}
                </option>
              ))}
              {state.more.length > 0 ? (
                <optgroup label="More">
                  {state.more.map((k) => (
                    <option key={k} value={k}>
                      {draftKindLabels[k]}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </Select>
          </Field>
          {asks.topic || asks.answer ? (
            <fieldset className={styles.fieldset}>
              <legend>
                <Text weight="semibold">Make it yours</Text>
              </legend>
              {asks.topic ? (
                <Field label="A topic from the interview you enjoyed" hint="Optional: the draft mentions it.">
                  <Input value={personal.topic ?? ''} onChange={(_e, d) => set({ topic: d.value })} />
                </Field>
              ) : null}
              {asks.answer ? (
                <Field label="Your answer to what they asked" hint="The reply draft includes it.">
                  <Textarea
                    className={styles.textarea}
                    textarea={{ className: styles.textareaInner }}
                    value={personal.answer ?? ''}
                    onChange={(_e, d) => set({ answer: d.value })}
                  />
                </Field>
              ) : null}
            </fieldset>
          ) : null}
          {state.asks.length > 0 ? (
            <ul className={styles.list} aria-label="What would make it better">
              {state.asks.map((a, i) => (
                <li key={i}>
                  <Text>{a}</Text>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
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
        ) : state.canCopy && open ? (
          <Text className={styles.toneOk}>Tone: professional and concise.</Text>
        ) : null}
      </div>
    </section>
  );
}
