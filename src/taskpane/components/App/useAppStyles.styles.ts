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
    // At 200% zoom the pane is 175 CSS px wide (issue 12): Fluent's fields keep the native control's intrinsic
    // width (a select as wide as its longest option, an input about 200 px), so every field may shrink to fit.
    '& .fui-Field, & .fui-Input, & .fui-Select, & .fui-Textarea, & input, & select, & textarea, & fieldset': {
      minWidth: 0,
      maxWidth: '100%',
      boxSizing: 'border-box',
    },
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  subject: { color: tokens.colorNeutralForeground2 },
  // The result of an action stays in view at the top of the pane, wherever the user scrolled to press the button:
  // a result shown out of sight reads as a button that did nothing. Painted with the pane's background so the
  // content scrolling under it does not show through between bars.
  live: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  loading: { paddingBlock: tokens.spacingVerticalXXL },
});
