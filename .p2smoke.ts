import { findInText } from './src/core/extract/index';
const S = '2026-11-10T10:00:00-05:00';
const rows = process.argv.slice(2);
for (const r of rows) {
  const f = findInText(r, S, { tz: 'America/New_York' });
  console.log(JSON.stringify(r), '=>', JSON.stringify(f.map((x) => [x.kind, 'by' in x ? x.by : x.kind === 'interview' ? x.date + ' ' + x.time : '', 'phrase' in x ? x.phrase : x.evidence.detector])));
}
