import { makeStyles, tokens } from '@fluentui/react-components';

export const useDraftEditorStyles = makeStyles({
  // Buttons wrap under each other in a 320 px pane instead of overflowing it.
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  textarea: { minHeight: '160px' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // Tone findings are warnings about the user's own words: warning colour text, not an alarming block.
  tone: { color: tokens.colorPaletteDarkOrangeForeground1 },
  toneOk: { color: tokens.colorPaletteGreenForeground1 },
});
