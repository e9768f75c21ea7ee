// A titled region: a heading and a <section> named by it, so screen-reader users can jump between parts.
import { makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Sections stack in a 320 px pane; spacing comes from tokens so density follows the theme.
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
});

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

export function Section({ title, children }: SectionProps) {
  const styles = useStyles();
  const id = useId('section-');
  return (
    <section aria-labelledby={id} className={styles.root}>
      <Text as="h2" id={id} size={400} weight="semibold">
        {title}
      </Text>
      {children}
    </section>
  );
}
