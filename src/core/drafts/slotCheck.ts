// An employer's request that asks only whether the candidate will come to the interview it has set ("Please
// confirm your attendance", "ob Ihnen der Termin passt", "merci de nous confirmer votre présence", "confirma tu
// asistencia"): the reply can then say yes, for the candidate to send or change, instead of "I will get back to
// you". One row a phrase, each with the sentence it came from (STYLE.md practice 19).
import { eachRow, type PhraseRow } from '../extract/phrases/rows';

export const SLOT_CHECK_ROWS: readonly PhraseRow[] = [
  {
    pattern: String.raw`confirm\s+(?:\w+\s+){0,3}?(?:attendance|availability|the\s+(?:interview|time|date|slot|appointment)|(?:your|this)\s+(?:slot|time|interview))`,
    example: 'Please reply to confirm your attendance.',
  },
  {
    // An acknowledgement of the mail that sets or moves the slot (Indian ATS and agency mail, lead's round r36).
    pattern: String.raw`acknowledge\s+(?:\w+\s+){0,3}?(?:mail|e-?mail|message|invite|invitation|schedule|change)`,
    example:
      'Your interview has been rescheduled to 11/12/2026 at 03:00 PM IST. Kindly acknowledge this mail.',
  },
  {
    pattern: String.raw`(?:(?:this|that|the)\s+(?:time|date|slot|day)\s+(?:works?|suits?)|(?:works?|suits?)\s+for\s+you)`,
    example: 'Let me know if this time works for you.',
  },
  {
    // An answer asked as a confirmation (Indian English, r44).
    pattern: String.raw`(?:revert|reply|respond|get\s+back|write\s+back)\s+(?:back\s+)?(?:to\s+(?:us|me)\s+)?with\s+your\s+(?:confirmation|acceptance)(?!\s+of)|confirm\s+the\s+same`,
    example:
      'Your HR discussion is scheduled on 09-Dec-2026 at 11:30 AM IST. Kindly revert with your confirmation.',
  },
  {
    // The one slot the mail sets, asked as a question: "Would you be available on Tuesday 15 December at 10:00?"
    pattern: String.raw`(?:are|would|will)\s+you\s+(?:still\s+)?(?:be\s+)?(?:available|free)\s+(?:[\p{L}-]+\s+){0,4}?(?:on|at)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?)`,
    example:
      'Unfortunately we have to move your interview. Would you be available on Tuesday 15 December at 10:00?',
  },
  {
    // The same, with the day as the subject: "Would Thursday 16 December at 9:00 am suit you?" (not a choice "or").
    pattern: String.raw`(?:would|does|will|could)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day|tomorrow|\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)(?:(?!\bor\b)[^?.!]){0,60}?\b(?:works?|suits?)`,
    example: 'Would Thursday 16 December at 9:00 am (London time) suit you?',
  },
  {
    // (and "ob Sie den Termin wahrnehmen können", r62)
    pattern: String.raw`(?:(?:Termin|Uhrzeit)\s+(?:\p{L}+\s+){0,3}?(?:passt|bestätigen|zusagen|wahrnehmen)|(?:bestätigen|zusagen)\s+(?:\p{L}+\s+){0,3}?(?:Termin|Teilnahme))`,
    example: 'Bitte teilen Sie uns kurz mit, ob Ihnen der Termin passt.',
  },
  {
    // The one slot asked as a question: "Hätten Sie am Dienstag, 15. Dezember, um 9:30 Uhr Zeit?" (r44), and with
    // the day as the subject: "Passt Ihnen Donnerstag, der 17.12., um 11 Uhr?" (r55's draft).
    pattern: String.raw`(?:(?:passt|ginge|geht|wäre)\s+(?:es\s+)?(?:Ihnen|dir|euch)|(?:hätten|haben)\s+Sie|hättest\s+du)\s+(?:\p{L}+\s+){0,2}?(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag)`,
    example: 'Leider müssen wir verschieben. Hätten Sie am Dienstag, 15. Dezember, um 9:30 Uhr Zeit?',
  },
  {
    pattern: String.raw`confirm(?:er|ez)\s+(?:\p{L}+\s+){0,3}?(?:présence|disponibilité|participation|venue)`,
    example: 'Merci de bien vouloir nous confirmer votre présence par retour de courriel.',
  },
  {
    // The one slot asked as a question: "Seriez-vous disponible le mardi 15 décembre à 9h30 ?" (r44).
    pattern: String.raw`(?:(?:seriez|êtes|etes|serez)[-\s]vous|es[-\s]tu|serais[-\s]tu)\s+disponibles?\s+(?:le|ce)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)|(?:lundi|mardi|mercredi|jeudi|vendredi)\b(?:(?!\bou\b)[^?.!]){0,60}?\b(?:vous|te)\s+(?:conviendrait|convient|irait|va)`,
    example: 'Nous devons reporter votre entretien. Seriez-vous disponible le mardi 15 décembre à 9h30 ?',
  },
  {
    pattern: String.raw`confirm(?:a|as|e|es|en|ar|ad|áis)\s+(?:\p{L}+\s+){0,3}?(?:asistencia|disponibilidad|participación)`,
    example: 'Por favor, confirma tu asistencia respondiendo a este mensaje.',
  },
  {
    // The one slot asked as a question: "¿Estarías disponible el martes 15 de diciembre a las 10:00?" (r44).
    pattern: String.raw`(?:estarías|estaría|estás|está|estarían)\s+(?:usted\s+)?disponibles?\s+(?:el|este|el\s+próximo)\s+(?:lunes|martes|miércoles|jueves|viernes)|(?:te|le|les)\s+(?:(?:viene|vendría|queda|quedaría)\s+bien|acomoda)\s+(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes)`,
    example: 'Tenemos que mover la entrevista. ¿Estarías disponible el martes 15 de diciembre a las 10:00?',
  },
  {
    // The one slot asked with "can you", voseo included: "¿podés el miércoles 9 a las 15 h por Meet?" (r57's draft),
    // "¿Puedes el jueves a las 10?", "Can you do Tuesday 15 December at 10:00?" (not a choice "or").
    pattern: String.raw`(?:podés|podes|puedes|podrías|podria|puede|podría|pueden|podrían)\s+(?:usted\s+)?(?:(?:venir|conectarte|asistir|pasar)\s+)?(?:el|este|el\s+próximo)\s+(?:lunes|martes|miércoles|jueves|viernes)(?:(?!\bo\b)[^?.!]){0,60}?\?|(?:can|could)\s+you\s+(?:do|make|manage)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day|tomorrow)(?:(?!\bor\b)[^?.!]){0,60}?\?`,
    example: 'Nos gustaría conocerte: ¿podés el miércoles 9 a las 15 h por Meet? Avisanos.',
  },
  {
    // The one slot a move proposes, asked as a question (r64's draft): "Could we move your onsite to Friday, December
    // 11 at 10:00 AM instead?", "Can we push it to Thursday at 3pm?", "Could we do Monday at 9 instead?", "How about
    // Friday at 10?" (not a choice "or").
    pattern: String.raw`(?:(?:could|can|may|shall)\s+we\s+(?:(?:move|push|shift|change|reschedule|switch|bring)\s+(?:[\w'-]+\s+){0,3}?(?:forward\s+|back\s+)?to|do)|how\s+about)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day|tomorrow|\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)(?:(?!\bor\b)[^?.!]){0,60}?\?`,
    example:
      'Our director has a conflict on Thursday. Could we move your onsite to Friday, December 11 at 10:00 AM instead?',
  },
  {
    // The slot just proposed, asked about by a pronoun (r45): "Does that work for you?", "Passt Ihnen das?", "Cela
    // vous convient-il ?", "¿Te parece bien?", "¿Te funciona?" (r57's draft) — only as the question itself, not "¿Te
    // parece bien enviarnos…?".
    pattern: String.raw`(?:does|would|will)\s+(?:that|this|it)\s+(?:works?|suits?)|(?:passt|ginge|geht|wäre)\s+(?:Ihnen|dir|euch)\s+(?:das|dies|es)|(?:passt|geht)\s+(?:das|es)\s+(?:bei\s+)?(?:Ihnen|dir|euch)|(?:cela|ça|ceci)\s+(?:vous|te)\s+(?:convient|conviendrait|irait|va)|vous\s+convient[-\s]il|(?:te|le|les)\s+(?:parece\s+bien|viene\s+bien|vendría\s+bien|acomoda|sirve|funciona|queda\s+bien|va\s+bien|cuadra)(?=\s*[?.!]|$)`,
    example: 'Wir schlagen stattdessen Freitag, den 11. Dezember, um 11:00 Uhr vor. Passt Ihnen das?',
  },
];

const SLOT_CHECK: readonly RegExp[] = SLOT_CHECK_ROWS.map((row) => eachRow(row));

/** Whether a request asks only that the candidate confirm the interview set. */
export function asksToConfirmSlot(request: string): boolean {
  return SLOT_CHECK.some((re) => re.test(request));
}
