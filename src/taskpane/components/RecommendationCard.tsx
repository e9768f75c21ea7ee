// The answer the user came for: what to do, when, and why (ADVICE.md "The decision").
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Analysis, Evidence } from '../../core/types';
import { describeRecommendation } from '../lib/format';
import { Section } from './Section';

const useStyles = makeStyles({
  action: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    // The one emphasised block of the pane; a brand-tinted background that follows light, dark and contrast themes.
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
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

export function RecommendationCard({ analysis }: { readonly analysis: Analysis }) {
  const styles = useStyles();
  const r = analysis.recommendation;
  return (
    <Section title="Recommendation">
      <div className={styles.action} data-testid="recommendation" data-action={r.action}>
        <Text size={400} weight="semibold">
          {describeRecommendation(r)}
        </Text>
      </div>
      {r.reasons.length > 0 ? (
        <>
          <Text weight="semibold">Why</Text>
          <ul className={styles.reasons}>
            {r.reasons.map((reason, i) => (
              <li key={i}>
                <Text>{reason}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {needsNoCallsLine(analysis) ? (
        <Text>No phone call: the employer asked candidates not to call.</Text>
      ) : null}
    </Section>
  );
}
