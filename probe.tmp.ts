import { findInText } from './src/core/extract';
import { DE } from './src/core/extract/phrases/de';
const base="Hey Jonas,\nkurze Info: Unser CTO ist am Dienstag leider krank, daher müssen wir unser Gespräch am 17.11. um 15 Uhr absagen. Passt dir stattdessen Donnerstag, der 19.11., um 16:30?\nLG, Mira";
console.log(JSON.stringify(findInText(base,'2026-11-16T09:00:00+01:00',{tz:'Europe/Vienna',languages:[DE],debug:(l)=>console.log('  ',l.slice(0,200))})));
