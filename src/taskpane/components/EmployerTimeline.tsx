// What the employer promised, in their words, with the switch to ignore it (ADVICE.md "Inputs": the user's
// word beats anything detected).
import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Analysis, Overrides, TimelineFinding } from '../../core/types';
import { formatDate } from '../lib/format';
import { Section } from './Section';

const useStyles = makeStyles({
  // The employer's own sentence, set off as a quotation; long mail lines must not widen the pane.
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export interface EmployerTimelineProps {
  readonly analysis: Analysis;
  readonly overrides: Overrides;
  readonly busy: boolean;
  readonly onSave: (next: Overrides, what: string) => Promise<void>;
}

/** The timeline to show: the one the advice used, or, while ignored, the newest one found (so it can be restored). */
function shownTimeline(analysis: Analysis, ignored: boolean): TimelineFinding | null {
  if (!ignored) return analysis.timeline;
  return analysis.findings.timelines[analysis.findings.timelines.length - 1] ?? analysis.timeline;
}

export function EmployerTimeline({ analysis, overrides, busy, onSave }: EmployerTimelineProps) {
  const styles = useStyles();
  const ignored = overrides.ignoreTimeline === true;
  const timeline = shownTimeline(analysis, ignored);
  const toggle = (checked: boolean) => {
    const { ignoreTimeline: _dropped, ...rest } = overrides;
    void onSave(
      checked ? { ...rest, ignoreTimeline: true } : rest,
      checked ? 'Timeline ignored' : 'Timeline restored',
    );
  };
  return (
    <Section title="Employer's timeline">
      {timeline ? (
        <>
          {/* A sentence that reads on its own, starting with who promised: "The employer promised an answer
              by Thu, Nov 26, 2026 (“within two weeks”)." */}
          <Text>
            {ignored ? 'Ignored: the' : 'The'} employer promised an answer by {timeline.fuzzy ? 'about ' : ''}
            <strong>{formatDate(timeline.by)}</strong> (“{timeline.phrase}”).
          </Text>
          <blockquote className={styles.quote}>
            <Text size={200}>{timeline.evidence.text}</Text>
          </blockquote>
          <Checkbox
            label="Ignore this timeline"
            checked={ignored}
            disabled={busy}
            onChange={(_e, d) => toggle(d.checked === true)}
          />
        </>
      ) : (
        <Text>The employer did not say when they would answer.</Text>
      )}
      {analysis.noContactBefore ? (
        <Text>
          They asked not to be contacted before {formatDate(analysis.noContactBefore.by)} (“
          {analysis.noContactBefore.phrase}”).
        </Text>
      ) : null}
    </Section>
  );
}
