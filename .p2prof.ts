import { findInText } from './src/core/extract/index';
import { PHRASE_ROWS } from './test/core/extract/phrases.table';
import { performance } from 'node:perf_hooks';
for (const r of PHRASE_ROWS) findInText(r.text, r.sentAt, { tz: r.tz });
const t0 = performance.now();
for (let i = 0; i < 3; i++) for (const r of PHRASE_ROWS) findInText(r.text, r.sentAt, { tz: r.tz });
console.log(((performance.now() - t0) / (3 * PHRASE_ROWS.length)).toFixed(2), 'ms/phrase');
