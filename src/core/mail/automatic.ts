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

/**
 * The subject an automatic reply answers, which is the subject of the messages it quotes:
 * "Automatic reply: Re: Interview" → "Re: Interview". Any other subject comes back as it was.
 */
export function withoutAutoPrefix(subject: string): string {
  const t = subject.trim();
  const m = AUTO_SUBJECT.exec(t);
  if (m === null) return subject;
  const colon = /^\s*[:：-]\s*/.exec(t.slice(m[0].length));
  return colon === null ? subject : t.slice(m[0].length + colon[0].length);
}

/**
 * Wording of absence notices, per language. The gap between "I am" and "away" stays in one sentence, though a
 * date's dot ("bis 20. November") may stand in it.
 */
const ABSENCE_WORDING: readonly RegExp[] = [
  // "I am currently out of the office with limited access to email." / "I'm out of office until Monday"
  /\b(?:I am|I'm|I will be)\s+(?:currently\s+)?(?:out of (?:the )?office|away from (?:the office|my desk)|on (?:annual |parental |maternity |paternity |sick )?leave|on vacation|on holiday)\b/i,
  // "with limited (intermittent) access to email" / "checking email intermittently" / "I will respond upon my return" (only absence notices say so)
  /\b(?:(?:with |have )?(?:limited|no|intermittent|sporadic|restricted|minimal) access to (?:my )?e-?mails?|checking (?:my )?e-?mails? (?:intermittently|periodically|occasionally|sporadically)|(?:respond|reply|get back to you) (?:up)?on my return)\b/i,
  // de: "Ich bin bis 10. November nicht im Büro" / "Ich bin bis einschließlich Freitag außer Haus"
  /\b(?:ich bin|ich befinde mich)\b(?:[^.!?\n]|(?<=\d)\.){0,60}?(?:nicht im Büro|außer Haus|abwesend|im Urlaub|nicht erreichbar)/i,
  // fr: "Je suis absent(e) du bureau" / "Je suis actuellement en congés jusqu'au 23 novembre"
  /\bje (?:suis|serai)\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:absente?|en congés?|en vacances|hors du bureau)/i,
  // es: "Estoy fuera de la oficina" / "Me encuentro fuera de la oficina hasta el lunes" / "Estaré de vacaciones"
  /\b(?:estoy|me encuentro|estaré)\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:fuera de la oficina|de vacaciones|ausente)/i,
  // pt: "Estou fora do escritório" / "Encontro-me de férias até dia 23"
  /\b(?:estou|encontro-me|estarei)\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:fora do escritório|de férias|ausente)/i,
  // it: "Sono fuori ufficio fino al 23 novembre" / "Sarò in ferie"
  /\b(?:sono|sarò|mi trovo)\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:fuori (?:ufficio|sede)|in ferie|assente)/i,
  // nl: "Ik ben afwezig tot en met 20 november" / "Ik ben tot en met vrijdag niet aanwezig" / "Ik ben momenteel met vakantie"
  /\bik ben\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:afwezig|niet aanwezig|niet op kantoor|met vakantie|op vakantie|met verlof)/i,
  // pl: "Jestem poza biurem do 23 listopada" / "Jestem na urlopie" / "do 23 listopada przebywam na urlopie"
  /\b(?:jestem|przebywam)\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:poza biurem|na urlopie|na zwolnieniu|nieobecn[ya])/i,
  // ru: "Я нахожусь в отпуске до 23 ноября" / "Я в отпуске" / "отсутствую в офисе"
  /(?:нахожусь в отпуске|я в отпуске|отсутствую|вне офиса)/i,
  // "limited or no access to email" in the other languages, and the Danish/Norwegian "holder ferie":
  // "keinen Zugriff auf meine E-Mails" / "accès limité à mes e-mails" / "acceso limitado al correo" /
  // "accesso limitato alla posta" / "beperkt toegang tot mijn e-mail" / "har ikke adgang til min mail" /
  // "har inte tillgång till e-post" / "ograniczony dostęp do poczty" / "ограниченный доступ к почте"
  /\b(?:kein(?:en)? Zugriff auf (?:meine )?E-?Mails?|(?:sans accès|accès limité) à (?:mes |ma )?(?:e-?mails?|courriels?|messagerie)|acceso limitado a(?:l| mi) correo|accesso limitato (?:alla posta|alle e-?mail)|acesso limitado a(?:o)? (?:e-?mail|correio)|(?:beperkte?|geen) toegang tot (?:mijn )?e-?mail|(?:har )?ikke adgang til (?:min |mine )?(?:e-?mail|mail|e-?post)|inte tillgång till (?:min |mina )?(?:e-?post|mejl|mail)|ograniczony dostęp do (?:poczty|e-?maili)|jeg holder ferie)/iu,
  /(?:ограниченн\p{L}{1,3} доступ\p{L}{0,3} к (?:электронной )?почте|нет доступа к почте)/iu,
  // sv / da / no: "Jag är på semester" / "Jeg er på ferie" / "Jeg er ikke på kontoret"
  /\b(?:jag är|jeg er)\b(?:[^.!?\n]|(?<=\d)\.){0,40}?(?:på semester|ledig|tjänstledig|på ferie|fraværende|ikke på kontoret|inte på kontoret|bortrest)/i,
];

/** Wording of acknowledgements and other automatic messages, per language. */
const ACK_WORDING: readonly RegExp[] = [
  // "This is an automated response." / "This is an automatic reply"
  /\bthis is an? (?:automated|automatic|auto-generated) (?:reply|response|message|e-?mail|notification)\b/i,
  // "We have received your application for the Data Analyst role." / "We've received your message"
  /\bwe(?:'ve| have)?\s+(?:successfully\s+)?received your (?:job\s+)?(?:application|message|e-?mail|inquiry|enquiry|submission|résumé|resume|cv)\b/i,
  // "Thank you for your application. This mailbox is not monitored."
  /\b(?:this (?:mailbox|inbox|email address) is not monitored|please do not reply to this (?:e-?mail|message))\b/i,
  // "Wir haben Ihre Bewerbung erhalten" / "Nous avons bien reçu votre candidature" / "Hemos recibido tu solicitud"
  /\b(?:wir haben Ihre Bewerbung erhalten|nous avons bien reçu votre candidature|hemos recibido (?:tu|su) (?:solicitud|candidatura)|recebemos (?:a sua|sua) candidatura)\b/i,
  // Receipt confirmations: "Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen" / "we confirm receipt of
  // your application" / "nous accusons réception de votre candidature" / "confirmamos la recepción de su solicitud" /
  // "abbiamo ricevuto la sua candidatura" / "we hebben je sollicitatie ontvangen" / "vi har modtaget din ansøgning" /
  // "vi har mottatt din søknad" / "vi har tagit emot din ansökan" / "potwierdzamy otrzymanie zgłoszenia" /
  // "мы получили ваше резюме" / "confirmamos o recebimento da sua candidatura"
  /\b(?:bestätigen wir (?:Ihnen )?den Eingang|Eingangsbestätigung|(?:we (?:hereby )?confirm|this (?:e-?mail|message) confirms) (?:the )?receipt of your|accusons (?:bonne )?réception de votre|confirmamos (?:la recepción|el recibo|o recebimento) de (?:tu|su|sua)|abbiamo ricevuto (?:la )?(?:sua|tua) candidatura|confermiamo la ricezione|(?:hebben|heb) (?:je|uw) sollicitatie (?:in goede orde )?ontvangen|vi har (?:modtaget|mottatt|mottagit|tagit emot) din (?:ansøgning|søknad|ansökan)|potwierdzamy otrzymanie)/iu,
  /(?:мы получили (?:ваше|твое|ваш|твой) (?:резюме|отклик|заявку))/iu,
];

const AUTO_WORDING: readonly RegExp[] = [...ABSENCE_WORDING, ...ACK_WORDING];

/**
 * Whether a text is an absence notice ("I am out of the office until 14 December"): its return day is no window of
 * the hiring, where an acknowledgement's "within two weeks" is (extract/index.ts).
 */
export function isAbsenceNotice(text: string): boolean {
  const head = text.slice(0, 3000);
  return ABSENCE_WORDING.some((re) => re.test(head));
}

/**
 * A human reply that happens to open with an acknowledgement still invites, schedules or decides; so does a
 * system's decision under "This is an automated message. Please do not reply" (an ATS rejection or offer, r33):
 * the employer's decision, no automatic reply.
 */
const HUMAN_SIGNS =
  /\b(?:invite you|would like to (?:schedule|invite|meet|speak)|are you available|your interview (?:is|has been)|pleased to offer|regret to inform|decided (?:to (?:pursue|move forward with|proceed with|progress with|go with|continue with) (?:other|another)|not to (?:progress|proceed|move forward|continue))|(?:will|shall) not be (?:progressing|proceeding|moving forward)|unsuccessful on this occasion|offer of employment|(?:extend|make) (?:to )?you (?:an? |our )?(?:conditional |formal |written )?offer)\b/i;

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
