import { splitForeignSentences } from './src/core/extract/foreign';
console.log(splitForeignSentences('La entrevista del lunes 11 de marzo a las 9:00 hrs. se cambia al martes 12 de marzo, a la misma hora.'));
