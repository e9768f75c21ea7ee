// The first screen (issue 12): the advice as one headline, one line of why, and the one action it calls for.
// The first Tab stop is that action; a skip link after it reaches the draft.
import { Button, makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Analysis, Evidence } from '../../core/types';
import type { Headline, PrimaryAction } from '../lib/headline';

const useStyles = makeStyles({
  answer: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    // The one emphasised block of the pane; a brand-tinted background that follows light, dark and contrast themes.
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  title: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // Out of sight until it has focus, then a visible link (WCAG 2.4.1 bypass blocks).
  skip: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    color: tokens.colorBrandForegroundLink,
    ':focus': { position: 'static', width: 'auto', height: 'auto', overflow: 'visible', clipPath: 'none' },
  },
});

const sameEvidence = (a: Evidence, b: Evidence): boolean =>
  a.message === b.message && a.index === b.index && a.detector === b.detector;

/**
 * Whether the pane must say "no phone call" itself: only where the employer asked for none and no reason
 * already cites that request (the core adds one, with its sentence, to the advice that involves contacting
 * them), so the user is not told the same thing twice (issue 5, no-calls sample).
 */
export function needsNoCallsLine(analysis: Analysis): boolean {
  if (!analysis.noCalls) return false;
  const cited = analysis.findings.noCalls.map((f) => f.evidence);
  return !analysis.recommendation.evidence.some((e) => cited.some((c) => sameEvidence(c, e)));
}

export interface RecommendationCardProps {
  readonly analysis: Analysis;
  readonly headline: Headline;
  readonly primary: PrimaryAction;
  readonly busy: boolean;
  readonly onPrimary: () => void;
  /** A second, quieter action (while waiting: prepare the draft anyway). */
  readonly secondary?: { readonly label: string; readonly onClick: () => void } | undefined;
  /** What stands in for a button where the action is a field (the interview date). */
  readonly children?: ReactNode;
  /** The skip link's target, where there is a draft below. */
  readonly draftId?: string | undefined;
  /** data-state for tests and styles: 'advice' or 'not-job'. */
  readonly state?: string;
}

export function RecommendationCard(props: RecommendationCardProps) {
  const styles = useStyles();
  const id = useId('headline-');
  const { analysis, headline, primary } = props;
  return (
    <section
      aria-labelledby={id}
      className={styles.answer}
      data-testid="recommendation"
      data-action={analysis.recommendation.action}
      data-state={props.state ?? 'advice'}
    >
      <Text as="h1" id={id} size={500} weight="semibold" className={styles.title} data-testid="headline">
        {headline.title}
      </Text>
      {headline.why ? <Text data-testid="why">{headline.why}</Text> : null}
      {props.state !== 'not-job' && needsNoCallsLine(analysis) ? (
        <Text>No phone call: the employer asked candidates not to call.</Text>
      ) : null}
      {props.children}
      {primary.kind === 'insert' ||
      primary.kind === 'copy' ||
      primary.kind === 'remind' ||
      props.secondary ? (
        <div className={styles.buttons}>
          {primary.kind === 'insert' || primary.kind === 'copy' || primary.kind === 'remind' ? (
            <Button
              appearance="primary"
              data-testid="primary-action"
              disabled={props.busy}
              onClick={props.onPrimary}
            >
              {primary.label}
            </Button>
          ) : null}
          {props.secondary ? (
            <Button onClick={props.secondary.onClick}>{props.secondary.label}</Button>
          ) : null}
        </div>
      ) : null}
      {props.draftId ? (
        <a className={styles.skip} href={`#${props.draftId}`}>
          Skip to the draft
        </a>
      ) : null}
    </section>
  );
}
