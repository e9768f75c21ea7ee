import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardStyles = makeStyles({
  tabs: {
    paddingInline: tokens.spacingHorizontalS,
    // At 200% zoom (175 CSS px) the two tabs wrap instead of scrolling the pane sideways (issue 12).
    flexWrap: 'wrap',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minHeight: '100vh',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  due: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  today: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  finished: { color: tokens.colorNeutralForeground3 },
  stage: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    // A label never breaks inside its button: a button that does not fit goes to the next line whole.
    '& > button': { whiteSpace: 'nowrap', flexShrink: 0 },
  },
  // At the row's end, apart from the actions that keep the application.
  remove: { marginInlineStart: 'auto' },
  exports: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});
