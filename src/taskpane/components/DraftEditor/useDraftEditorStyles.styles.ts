import { makeStyles, tokens } from '@fluentui/react-components';

export const useDraftEditorStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
    // The skip link's target: focus shows where it landed without a box around the whole card.
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Buttons wrap under each other in a narrow pane instead of overflowing it.
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Collapsed, the box shows the draft's first lines; open, room to edit.
  // Fluent's Textarea keeps the native textarea's intrinsic width (about 200 px): at 200% zoom the pane is
  // 175 px wide, so both the root and the inner textarea are told to fit it.
  textarea: { minHeight: '104px', width: '100%', minWidth: 0, boxSizing: 'border-box' },
  textareaOpen: { minHeight: '200px', width: '100%', minWidth: 0, boxSizing: 'border-box' },
  textareaInner: { minWidth: 0, width: '100%' },
  more: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // Tone findings are warnings about the user's own words: warning colour text, not an alarming block.
  tone: { color: tokens.colorPaletteDarkOrangeForeground1 },
  toneOk: { color: tokens.colorPaletteGreenForeground1 },
});
