// The pane's first script, taskpane-boot.js (webpack.config.js), also imported first by the pane's entry
// (index.tsx): the worker that analyses the thread starts loading now, while the pane's own bundle still
// downloads and compiles (issue 12, speed).
import { startAnalyzer } from './analyzer/client';

startAnalyzer();
