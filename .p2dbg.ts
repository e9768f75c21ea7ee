import { findInText } from './src/core/extract/index';
import { HOLD_OFF_CUE, CONTACT_WORD, PAST_CUE, CONDITIONAL_PERMISSION } from './src/core/extract/phrases/en';
const [text, sentAt = '2026-11-10T10:00:00-05:00'] = process.argv.slice(2);
console.log(HOLD_OFF_CUE.exec(text!)?.[0], '|', CONTACT_WORD.exec(text!)?.[0], '|', PAST_CUE.exec(text!)?.[0], '|', CONDITIONAL_PERMISSION.exec(text!)?.[0]);
console.log(JSON.stringify(findInText(text!, sentAt, { tz: 'America/New_York', debug: (l) => console.log('  ', l) })));
