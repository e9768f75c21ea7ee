import { findInText } from './src/core/extract/index';
import { daysBetween } from './src/core/time';
import { readFileSync } from 'node:fs';
type Row = [string, string, string, string | null, string | null, string | null];
const rows = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Row[];
let ok = 0;
for (const [text, sentAt, tz, kind, by, time] of rows) {
  const f = findInText(text, sentAt, { tz }).filter((x) => x.kind !== 'outcome' || kind === 'outcome');
  const got = f.map((x) => [x.kind, 'by' in x ? x.by : x.kind === 'interview' ? x.date : null, x.kind === 'interview' ? x.time : null]);
  const pass = kind === null ? got.length === 0 : got.length === 1 && got[0]![0] === kind && (by === null || Math.abs(daysBetween(by, got[0]![1] as string)) <= 0) && (time === null || got[0]![2] === time);
  if (pass) ok++; else console.log('MISS', JSON.stringify(text.slice(0, 100)), 'want', kind, by, time, 'got', JSON.stringify(got));
}
console.log(`${ok}/${rows.length}`);
