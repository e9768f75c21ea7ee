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
    pattern: String.raw`(?:(?:Termin|Uhrzeit)\s+(?:\p{L}+\s+){0,3}?(?:passt|bestätigen|zusagen)|(?:bestätigen|zusagen)\s+(?:\p{L}+\s+){0,3}?Termin)`,
    example: 'Bitte teilen Sie uns kurz mit, ob Ihnen der Termin passt.',
  },
  {
    pattern: String.raw`confirm(?:er|ez)\s+(?:\p{L}+\s+){0,3}?(?:présence|disponibilité|participation|venue)`,
    example: 'Merci de bien vouloir nous confirmer votre présence par retour de courriel.',
  },
  {
    pattern: String.raw`confirm(?:a|as|e|es|en|ar|ad|áis)\s+(?:\p{L}+\s+){0,3}?(?:asistencia|disponibilidad|participación)`,
    example: 'Por favor, confirma tu asistencia respondiendo a este mensaje.',
  },
];

const SLOT_CHECK: readonly RegExp[] = SLOT_CHECK_ROWS.map((row) => eachRow(row));

/** Whether a request asks only that the candidate confirm the interview set. */
export function asksToConfirmSlot(request: string): boolean {
  return SLOT_CHECK.some((re) => re.test(request));
}
