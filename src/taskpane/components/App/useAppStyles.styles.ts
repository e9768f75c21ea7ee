import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  // The pane is as narrow as 320 px: one column, no horizontal scrolling, long mail text wraps.
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minHeight: '100vh',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  subject: { color: tokens.colorNeutralForeground2 },
  live: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  loading: { paddingBlock: tokens.spacingVerticalXXL },
});
