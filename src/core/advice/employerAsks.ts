// Rule 4's test (ADVICE.md fine print): does the employer's own text put a question or a request to the
// candidate? Boilerplate such as "let me know if you have any questions" is not a request.
import { splitSentences } from '../extract';
import type { Message } from '../types';

// Each pattern with a line it matches.
const REQUESTS: readonly RegExp[] = [
  // "Could you send two references?", "Would you be able to share your portfolio"
  /\b(?:could|can|would|will) you\b[^.?!\n]*/i,
  // "Please confirm your notice period", "please send over your salary expectations"
  // Indian and formal English say it with "kindly", "request you to", "you are requested to", and ask for an
  // acknowledgement or a reply with "acknowledge" and "revert": "Kindly acknowledge this mail" (r36).
  /\b(?:please|kindly|(?:I|we) (?:would )?request you to|you are (?:hereby )?requested to) (?:send|confirm|reconfirm|acknowledge|revert|provide|share|complete|fill|sign|reply|respond|return|submit|forward|schedule|book|choose|pick|select|let (?:me|us) know (?:your|whether|if you (?:are|can|would))|advise)\b[^.?!\n]*/i,
  // A text-message scheduler's one-letter answer: "Reply C to confirm or R to reschedule", "Text YES to confirm",
  // "Reply to this email to confirm your attendance"
  /\b(?:[Rr]eply|[Tt]ext|[Rr]espond)\s+(?:(?:with\s+)?["'“]?[A-Z0-9]{1,3}["'”]?|to\s+this\s+(?:e-?mail|message))\s+to\s+(?:confirm|accept|reschedule|book)\b[^.?!\n]*/,
  // A scheduler's link to pick a slot: "Please use the link below to choose a time", "Kindly click the button to
  // book your interview" (board3).
  /\b(?:please|kindly)\s+(?:use|click|follow|open)\s+(?:on\s+)?(?:the|this)\s+(?:[\w-]+\s+)?(?:link|button)\b[^.?!\n]{0,60}?\bto\s+(?:choose|pick|select|book|schedule|confirm|reserve)\b[^.?!\n]*/i,
  // The same through a portal: "Please log in to the candidate portal and select an interview time that works for
  // you" (iCIMS, r60); "Please log in to view details" asks nothing.
  /\b(?:please|kindly)\s+(?:log\s?in|sign\s?in|visit|go)\b[^.?!\n]{0,60}?\b(?:and|to)\s+(?:choose|pick|select|book|schedule|reserve)\s+(?:an?\s+|your\s+|the\s+)?(?:[\w-]+\s+)?(?:time|slot|date|interview)\b[^.?!\n]*/i,
  // "Let me know your availability for a second round", "let us know which slot works"
  /\blet (?:me|us) know (?:your|which|what|when|whether)\b[^.?!\n]*/i,
  // "Are you available Thursday?", "Do you have any questions for us?" is boilerplate, filtered below
  // Anchored on the `?` and read back to the question words: one scan per question, not per "do you".
  /\?(?<=\b(?:are|do|did|have|is) you\b[^.?!\n]*\?)/i,
  // "I'd need your references by Friday", "we need your signed form"
  /\b(?:we|I)(?:'d| would)? need (?:your|you to)\b[^.?!\n]*/i,
  // German: "Bitte bestätige den Termin", "Bitte senden Sie uns Ihre Zeugnisse", "Könnten Sie mir … schicken"
  /\bbitte (?:bestätige|bestätigen Sie|sende|senden Sie|schicke|schicken Sie|teile|teilen Sie|gib|geben Sie|antworte|antworten Sie|nenne|nennen Sie|reiche|reichen Sie)\b[^.?!\n]*/iu,
  /\b(?:könnten|können|würden) Sie\b[^.?!\n]*/iu,
  // A nominal request, Austrian and formal: "Bitte um kurze Rückmeldung bis Dienstag, ob Sie den Termin wahrnehmen
  // können", "Wir bitten um Bestätigung" (r62).
  /(?<![\p{L}\p{N}])(?:bitte|bitten)\s+um\s+(?:(?:eine|Ihre|deine)\s+)?(?:kurze\s+)?(?:Rückmeldung|Bestätigung|Antwort|Zusage)(?![\p{L}\p{N}])[^.?!\n]*/iu,
  // French: "Merci de confirmer votre présence", "Pourriez-vous m'envoyer", "Veuillez nous transmettre"
  /\b(?:merci de (?:bien vouloir )?(?:me |nous )?(?:l['’]|le |la |les )?(?:confirmer|envoyer|transmettre|faire parvenir|indiquer|communiquer|répondre|retourner)|pourriez-vous|pouvez-vous|veuillez (?:me |nous )?(?:confirmer|envoyer|transmettre|faire parvenir|indiquer|retourner|compléter|remplir))\b[^.?!\n]*/iu,
  // Spanish: "Por favor, confirme su asistencia", "¿Podría enviarnos…", "Le agradeceríamos que nos envíe"
  /\b(?:por favor,? (?:confirm[ae]|envíe|envía|indique|indica|respond[ae]|comuníquenos)|podría(?:s)? (?:enviar|confirmar|indicar)|le agradeceríamos que)\b[^.?!\n]*/iu,
  // Polite frames around a verb of answering, in each language: "Le rogamos que nos confirme su asistencia",
  // "te pido que me envíes", "favor de confirmar", "Je vous remercie de bien vouloir me confirmer", "nous vous
  // prions de nous retourner", "Wir bitten Sie, uns den Termin kurz zu bestätigen", "um kurze Rückmeldung wird
  // gebeten". The verb must follow the frame closely: "nous vous prions de ne pas contacter le service" asks for
  // nothing to answer.
  /(?<![\p{L}\p{N}])(?:(?:le|les|te|os)\s+(?:rogamos|ruego|pedimos|pido|agradeceríamos|agradecería|agradeceremos|agradeceré)\s+(?:que\s+)?(?:nos\s+|me\s+)?|(?:rogamos|favor\s+de)\s+(?:nos\s+|me\s+)?)(?:confirm|envi|enví|indiqu|indic|respond|remit|complet|rellen|mand|hag[ae]s?\s+saber)\p{L}*[^.?!\n]*/iu,
  /(?<![\p{L}\p{N}])(?:(?:je|nous)\s+(?:vous|te)\s+(?:remercie|remercions|prie|prions|saurais\s+gré|saurions\s+gré)\s+d[e']\s*|merci\s+de\s+)(?:bien\s+vouloir\s+)?(?:me\s+|nous\s+|m['’]|nous\s+en\s+)?(?:confirmer|envoyer|transmettre|faire\s+(?:parvenir|savoir)|indiquer|communiquer|répondre|retourner|renvoyer|compléter|remplir|préciser)\b[^.?!\n]*/iu,
  /(?<![\p{L}\p{N}])(?:bitten?\s+(?:Sie|dich|euch)\s*,?\s+(?:um\s+(?:eine\s+)?(?:kurze\s+)?(?:Bestätigung|Rückmeldung|Antwort|Zusendung)|(?:[\p{L}-]+\s+){0,6}?(?:zu\s+(?:bestätigen|senden|schicken|nennen|beantworten)|mitzuteilen|zuzusenden|zuzuschicken|einzureichen))|(?:bitte\s+)?um\s+(?:eine\s+)?(?:kurze\s+)?(?:Bestätigung|Rückmeldung|Antwort)\s+(?:\p{L}+\s+){0,5}?(?:wird\s+)?gebeten|(?:gib|gebt|geben\s+Sie|sag|sagt|sagen\s+Sie)\s+(?:mir|uns)\s+(?:(?:bitte|doch|einfach|gerne?|kurz|mal|noch)\s+){0,3}Bescheid)(?![\p{L}\p{N}])[^.?!\n]*/iu,
  // Imperatives with the pronoun attached, and the closing that waits for the answer: "Confírmenos su
  // disponibilidad", "Envíame tu CV actualizado", "Confirmez-moi votre présence", "Dans l'attente de votre
  // confirmation", "Quedamos a la espera de su confirmación".
  /(?<![\p{L}\p{N}])(?:(?:confírm|confirm|envíe|enví|indíqu|indíc|respónd|comuníqu|avís)(?:[ae]n?)?(?:nos|me)|(?:confirmez|envoyez|indiquez|transmettez|retournez|faites)-(?:moi|nous)|dans\s+l['’]attente\s+de\s+(?:votre|ta)\s+confirmation|(?:quedo|quedamos)\s+(?:atent[oa]s?\s+a|a\s+la\s+espera\s+de)\s+(?:su|tu)\s+confirmación)(?![\p{L}\p{N}])[^.?!\n]*/iu,
];

// The same boilerplate in German, French and Spanish: "Bei Fragen können Sie sich jederzeit melden", "Pour toute
// question, n'hésitez pas à me contacter", "Si tienes alguna duda, escríbeme".
const FOREIGN_BOILERPLATE =
  /(?<![\p{L}\p{N}])(?:bei\s+(?:weiteren\s+)?(?:Fragen|Rückfragen)|falls\s+(?:Sie|du)\s+(?:noch\s+)?Fragen|zögern\s+Sie\s+nicht|(?:pour|en\s+cas\s+de)\s+toute\s+question|si\s+vous\s+avez\s+(?:des|la\s+moindre|une)\s+question|n['’]hésitez\s+pas|si\s+tienes?\s+(?:alguna|cualquier)\s+(?:duda|pregunta|consulta)|(?:para|ante)\s+cualquier\s+(?:duda|consulta|pregunta)|no\s+dudes?\s+en)(?![\p{L}\p{N}])/iu;

// A system's "do not reply to this message", in each language, asks for nothing: "Bitte antworten Sie nicht auf
// diese Nachricht", "Merci de ne pas répondre à ce message", "Por favor, no responda a este correo" (r33).
const NO_REPLY =
  /(?<![\p{L}\p{N}])(?:(?:do\s+not|don't|dont)\s+(?:reply|respond)|antworten?\s+(?:Sie\s+|du\s+)?nicht|nicht\s+(?:\p{L}+\s+){0,3}?(?:antworten|beantworten)|ne\s+(?:pas\s+)?(?:y\s+)?r[ée]pond|n['’]y\s+r[ée]pond|no\s+(?:\p{L}+\s+){0,1}?(?:responda|respondas|responder|conteste|contestes))(?![\p{L}\p{N}])/iu;

// "let me know if you have any questions", "feel free to reach out", "do not hesitate to contact me"
const BOILERPLATE =
  /\b(?:if you have (?:any )?(?:further |other |more )?questions|any questions(?: in the meantime)?|feel free to (?:reach out|contact|get in touch)|(?:do not|don't) hesitate|if (?:there is|there's) anything (?:else )?(?:I|we) can)\b/i;

// Small talk that ends in a question mark asks for nothing: "How are you?", "How was your weekend?",
// "Hope you had a good Thanksgiving?", "Isn't the weather lovely?"
const PLEASANTRY =
  /^(?:(?:hi|hello|hey|dear)\b[^?]*?,\s*)?(?:how (?:are|have) you(?: (?:been|doing))?|how(?:'s| is| was) (?:your|the|it|everything|life)\b[^?]*|(?:I )?hope (?:you|all|everything|this)\b[^?]*|(?:isn't|wasn't|what) (?:it|the weather|a)\b[^?]*|all (?:good|well))\s*\??$/i;

// A question that offers help rather than asks: it names what the candidate might need, with no "you" to answer
// for ("Need to make changes to this event?", "Questions about your interview?", "Can't make it?", "Running
// late?", "Want to reschedule?"); schedulers and ATS notices end with one. German, French and Spanish likewise:
// "Sie möchten den Termin verschieben?", "Besoin de modifier votre rendez-vous ?", "¿Necesitas reprogramar?".
const OFFER_OF_HELP =
  /^(?:(?:need|want|wish)\s+to\b|need\s+(?:help|assistance|more\s+time|to)\b|(?:any\s+)?(?:questions|problems|trouble|issues)\b|having\s+(?:trouble|problems|issues)\b|(?:can't|cannot|unable\s+to)\s+(?:make|attend)\b|running\s+late\b|(?:sie|du)\s+(?:möchten|möchtest|wollen|willst)\s+(?:\p{L}+\s+){0,3}(?:verschieben|absagen|ändern)|(?:fragen|probleme)\b|termin\s+verschieben|(?:besoin|envie)\s+d[e']|(?:des\s+)?questions\b|un\s+empêchement|¿?\s*(?:necesitas|necesita|quieres|quiere|desea|deseas)\s+(?:\p{L}+\s+){0,2}?(?:reprogramar|cambiar|cancelar|modificar|ayuda)|¿?\s*(?:dudas|preguntas|algún\s+problema)\b)[^?]*\?$/iu;

// A request that holds only if the candidate wants to change the meeting asks nothing now: "If you need to
// reschedule, please reply to this email", "Should you be unable to attend, let us know", "Reply R to reschedule
// or C to cancel", "Falls Sie den Termin verschieben müssen, antworten Sie bitte auf diese E-Mail", "Si vous devez
// annuler, merci de nous prévenir", "Si necesitas reprogramar, respóndenos". A sentence that also asks for a
// confirmation still asks ("Please confirm, or let us know if you need to reschedule").
const CHANGE_CONDITION =
  /(?<![\p{L}\p{N}])(?:(?:if|should|in\s+case|in\s+the\s+event\s+that)\s+(?:you\s+)?(?:(?:ever\s+|still\s+)?(?:need|want|wish|would\s+like|have|are\s+unable|are\s+not\s+able|unable|can['’]t|cannot|can\s+not|be\s+unable)\s+(?:to\s+)?(?:\p{L}+\s+){0,2}?(?:resched|cancel|chang|mov|withdraw|postpon|rearrang|amend|make\s+(?:it|this|the)|attend|join)\p{L}*|(?:this|the|that)\s+(?:time|slot|date|day)\s+(?:doesn['’]t|does\s+not|no\s+longer|won['’]t|will\s+not)\s+(?:work|suit)|(?:your\s+)?plans\s+change|anything\s+changes)|(?:reply|text)\s+["'“]?[A-Z0-9]{1,3}["'”]?\s+to\s+(?:reschedule|cancel)(?:\s+or\s+["'“]?[A-Z0-9]{1,3}["'”]?\s+to\s+(?:reschedule|cancel))?\b|(?:falls|wenn|sollten)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,4}?(?:verschieben|absagen|ändern|verhindert|nicht\s+(?:teilnehmen|kommen|wahrnehmen))|(?:si|au\s+cas\s+où)\s+(?:vous|tu)\s+(?:\p{L}+\s+){0,3}?(?:modifier|annuler|reporter|décaler|empêché|ne\s+pouv\p{L}*)|en\s+cas\s+d['’](?:empêchement|imprévu)|(?:si|en\s+caso\s+de(?:\s+que)?)\s+(?:\p{L}+\s+){0,3}?(?:reprogramar|cancelar|cambiar|modificar|no\s+pued\p{L}*|imprevisto|inconveniente))(?![\p{L}\p{N}])/iu;
const CONFIRMATION_ASKED = /(?<![\p{L}\p{N}])(?:re)?(?:conf[ií]rm|acknowledg|bestätig)/iu;

// The same small talk in German, French and Spanish, after an optional greeting: "Hola Martín, ¿cómo andás?",
// "Wie geht es Ihnen?", "Comment allez-vous ?", "¿Qué tal todo?", "Ça va ?".
const FOREIGN_PLEASANTRY =
  /^(?:(?:hola|buenas|buenos\s+días|estimad[oa]|querid[oa]|hallo|hi|liebe|lieber|guten\s+(?:tag|morgen)|bonjour|bonsoir|salut|cher|chère)\b[^?¿]{0,60}?,\s*)?¿?\s*(?:cómo\s+(?:estás|está|están|andás|andas|anda|te\s+va|le\s+va|va\s+todo|van\s+las\s+cosas)|qué\s+tal(?:\s+(?:todo|estás|está|el\s+fin\s+de\s+semana))?|wie\s+geht(?:['’]s|\s+es)(?:\s+(?:dir|Ihnen|euch))?|alles\s+gut|comment\s+(?:allez-vous|vas-tu|ça\s+va|se\s+passe\s+\p{L}+)|ça\s+va|tout\s+va\s+bien)\s*\??$/iu;

/** The first name a sentence opens by addressing ("Tom, could you send…"), or null. */
function addressedTo(sentence: string): string | null {
  return /^([A-Z][a-z'’-]+),\s/.exec(sentence)?.[1] ?? null;
}

function firstNameOf(name: string | null): string | null {
  return name?.trim().split(/\s+/)[0]?.replace(/[",]/g, '') ?? null;
}

/**
 * A real question or request is short; a longer "sentence" is a pasted block with no punctuation, and scanning
 * it for every "are you" would cost time quadratic in its length (STYLE.md practice 18).
 */
export const MAX_ASK_SENTENCE_CHARS = 600;

/**
 * The first names of the message's recipients who are not the candidate: "Tom, could you send Sam the benefits
 * overview?" asks a colleague on copy, and "Hana, could you join this panel?" (the candidate on copy) asks the
 * colleague it is addressed to. Where the candidate is unknown, only those on copy count.
 */
function colleagues(message: Message, candidate: string | null): ReadonlySet<string> {
  const me = candidate?.toLowerCase() ?? null;
  const people =
    me === null ? message.cc : [...message.to, ...message.cc].filter((a) => a.address.toLowerCase() !== me);
  const mine = [...message.to, ...message.cc].find((a) => a.address.toLowerCase() === me);
  const myName = firstNameOf(mine?.name ?? null)?.toLowerCase();
  return new Set(
    people
      .map((a) => firstNameOf(a.name)?.toLowerCase())
      .filter((n): n is string => n !== undefined && n !== '' && n !== myName),
  );
}

/** The sentence in which a message asks the candidate something, or null. */
export function askedSentence(
  message: Message,
  candidate: string | null = null,
): { text: string; index: number } | null {
  const text = message.text;
  const copied = colleagues(message, candidate);
  // Sentences as the extract area reads them: a line wrapped at 72 columns ("…a recent manager and a\npeer?")
  // is one sentence, so the request is quoted whole.
  for (const s of splitSentences(text)) {
    const sentence = s.text.replace(/\s+/g, ' ');
    if (
      sentence.length > MAX_ASK_SENTENCE_CHARS ||
      BOILERPLATE.test(sentence) ||
      FOREIGN_BOILERPLATE.test(sentence) ||
      NO_REPLY.test(sentence)
    )
      continue;
    if (PLEASANTRY.test(sentence) || FOREIGN_PLEASANTRY.test(sentence) || OFFER_OF_HELP.test(sentence))
      continue;
    if (CHANGE_CONDITION.test(sentence) && !CONFIRMATION_ASKED.test(sentence)) continue;
    const to = addressedTo(sentence)?.toLowerCase();
    if (to !== undefined && copied.has(to)) continue;
    const asked = sentence.endsWith('?') || REQUESTS.some((re) => re.test(sentence));
    if (asked) return { text: sentence, index: s.index };
  }
  return null;
}
