import { readFileSync } from 'node:fs';
import { findInText } from './src/core/extract';
import { DE } from './src/core/extract/phrases/de';
import { ES } from './src/core/extract/phrases/es';
import { FR } from './src/core/extract/phrases/fr';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim());
const verbose = process.argv[3] === '-v';
for (const l of lines) {
  const [sentAt, tz, text] = l.split('\t');
  const trace: string[] = [];
  const f = findInText(text!.replace(/\\n/g, '\n'), sentAt!, { tz: tz!, languages: [DE, FR, ES], debug: (x) => trace.push(x) });
  console.log(JSON.stringify(f.map((x) => [x.kind, 'by' in x ? x.by : 'date' in x ? (x as {date:string}).date : '', 'time' in x ? x.time : '', 'outcome' in x ? x.outcome : ''])), '<=', text!.slice(0, 110));
  if (verbose) console.log(trace.join('\n'));
}
