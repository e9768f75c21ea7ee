import { findInText } from './src/core/extract/index';
const rows: [string, string, string][] = JSON.parse(process.argv[2]!);
for (const [text, sentAt, tz] of rows) {
  const f = findInText(text, sentAt, { tz });
  console.log(JSON.stringify(text.slice(0, 90)), '=>', JSON.stringify(f.map((x) => [x.kind, 'by' in x ? x.by : x.kind === 'interview' ? x.date + ' ' + x.time : '', 'phrase' in x ? x.phrase : ''])));
}
