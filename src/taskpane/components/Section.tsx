// A titled region: a heading and a <section> named by it, so screen-reader users can jump between parts.
// Inside a disclosure (the Details accordion) the accordion's header already names the part: no second heading.
import { makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';

const useStyles = makeStyles({
  // Sections stack in a narrow pane; spacing comes from tokens so density follows the theme.
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  bare: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

/** True inside an AccordionPanel, whose header is the section's heading. */
export const InDisclosure = createContext(false);

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

export function Section({ title, children }: SectionProps) {
  const styles = useStyles();
  const id = useId('section-');
  const inDisclosure = useContext(InDisclosure);
  if (inDisclosure) return <div className={styles.bare}>{children}</div>;
  return (
    <section aria-labelledby={id} className={styles.root}>
      <Text as="h2" id={id} size={400} weight="semibold">
        {title}
      </Text>
      {children}
    </section>
  );
}
