import { makeStyles, tokens } from '@fluentui/react-components';

export const useInterviewEditorStyles = makeStyles({
  // Date and time side by side, wrapping under each other when the pane is narrow (320 px).
  fields: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  field: { flexGrow: 1, flexBasis: '130px', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The sentence the date came from, set off as a quotation of the mail.
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
