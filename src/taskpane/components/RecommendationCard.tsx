// The answer the user came for: what to do, when, and why (ADVICE.md "The decision").
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../core/types';
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
      {analysis.noCalls ? <Text>No phone call: the employer asked candidates not to call.</Text> : null}
    </Section>
  );
}
