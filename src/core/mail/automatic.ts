/**
 * Automatic replies (ADVICE.md "Automatic replies"): out-of-office notices and "we received your
 * application" acknowledgements, by header (RFC 3834 Auto-Submitted, Microsoft's X-Autoreply,
 * X-Autorespond, Precedence: auto_reply) or by wording. They are shown but never count as an answer.
 */

/** Subjects clients give automatic replies. */
// Automatic reply: Interview follow-up / Out of Office: … / Réponse automatique : … / Automatische Antwort: …
// Abwesenheitsnotiz: … / Respuesta automática: … / Resposta automática: … / Risposta automatica: …
// Automatisch antwoord: … / Autosvar: … / Automatisk svar: … / Odpowiedź automatyczna: … / Автоматический ответ: …
const AUTO_SUBJECT =
  /^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo\b|réponse automatique|automatische antwort|abwesenheitsnotiz|respuesta automática|resposta automática|risposta automatica|automatisch antwoord|autosvar|automatisk svar|automatiskt svar|odpowiedź automatyczna|автоматический ответ)/i;

/** Wording of acknowledgements and absence notices, per language. */
const AUTO_WORDING: readonly RegExp[] = [
  // "I am currently out of the office with limited access to email." / "I'm out of office until Monday"
  /\b(?:I am|I'm|I will be)\s+(?:currently\s+)?(?:out of (?:the )?office|away from (?:the office|my desk)|on (?:annual )?leave|on vacation|on holiday)\b/i,
  // "This is an automated response." / "This is an automatic reply"
  /\bthis is an? (?:automated|automatic|auto-generated) (?:reply|response|message|e-?mail|notification)\b/i,
  // "We have received your application for the Data Analyst role." / "We've received your message"
  /\bwe(?:'ve| have)?\s+(?:successfully\s+)?received your (?:job\s+)?(?:application|message|e-?mail|inquiry|enquiry|submission|résumé|resume|cv)\b/i,
  // "Thank you for your application. This mailbox is not monitored."
  /\b(?:this (?:mailbox|inbox|email address) is not monitored|please do not reply to this (?:e-?mail|message))\b/i,
  // "Ich bin bis 10. November nicht im Büro" / "Je suis absent(e) du bureau" / "Estoy fuera de la oficina"
  /\b(?:nicht im Büro|je suis absente? du bureau|estoy fuera de la oficina|sono fuori ufficio|ik ben afwezig|jestem poza biurem)\b/i,
  // "Wir haben Ihre Bewerbung erhalten" / "Nous avons bien reçu votre candidature" / "Hemos recibido tu solicitud"
  /\b(?:wir haben Ihre Bewerbung erhalten|nous avons bien reçu votre candidature|hemos recibido (?:tu|su) (?:solicitud|candidatura)|recebemos (?:a sua|sua) candidatura)\b/i,
];

/** A human reply that happens to open with an acknowledgement still invites, schedules or decides. */
const HUMAN_SIGNS =
  /\b(?:invite you|would like to (?:schedule|invite|meet|speak)|are you available|your interview (?:is|has been)|pleased to offer|regret to inform)\b/i;

export interface AutomaticInput {
  readonly subject: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Whether a message is an automatic reply.
 * @example isAutomatic({ subject: 'Automatic reply: Thank you', text: '', headers: {} }) // true
 */
export function isAutomatic(m: AutomaticInput): boolean {
  const h = m.headers;
  const autoSubmitted = (h['auto-submitted'] ?? '').trim().toLowerCase();
  if (autoSubmitted !== '' && !autoSubmitted.startsWith('no')) return true;
  if ((h['x-autoreply'] ?? '').trim() !== '' || (h['x-autorespond'] ?? '').trim() !== '') return true;
  if (/\bauto[_-]reply\b/i.test(h['precedence'] ?? '')) return true;
  if (AUTO_SUBJECT.test(m.subject.trim())) return true;
  const head = m.text.slice(0, 3000);
  return AUTO_WORDING.some((re) => re.test(head)) && !HUMAN_SIGNS.test(head);
}
