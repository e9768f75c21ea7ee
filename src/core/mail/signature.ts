/**
 * Own text -> text and signature. The signature is what stands below the sign-off: the `-- ` block,
 * a mobile footer, a "-Name" line, or the name/title lines under a closing ("Best regards,").
 * Phrase knowledge is data (STYLE.md practice 19), each with a line it matches.
 */

/**
 * Mobile and webmail footers, per language.
 * Sent from my iPhone / Sent from my Wiko RIDGE FAB 4G / Get Outlook for iOS / Sent from Mail for Windows
 * Envoyé de mon iPhone / Von meinem iPhone gesendet / Enviado desde mi iPhone / Enviado do meu iPhone
 * Inviato da iPhone / Verzonden vanaf mijn iPhone / Sendt fra min iPhone / Skickat från min iPhone
 * Wysłane z mojego iPhone'a / Отправлено с iPhone
 */
export const MOBILE_FOOTER =
  /^(?:Sent (?:from|via|with) (?:my |Mail |Yahoo |Outlook |the )?\S|Get Outlook for |Envoyé (?:de|depuis) (?:mon )?\S|Von meinem \S.{0,40}gesendet$|Gesendet von \S|Enviado (?:desde|do|de) (?:mi |meu |o )?\S|Inviato (?:da|dal|dall['’]|dalla) ?\S|(?:Verzonden|Verstuurd) (?:vanaf|met|van) \S|Sendt fra \S|Skickat från \S|Wysłane z \S|Отправлено (?:с|из) \S)/i;

/**
 * Outlook mobile's footer in every interface language: it names Outlook and the platform.
 * Get Outlook for Android / Outlook für iOS herunterladen / Obtenir Outlook pour iOS / Obtener Outlook para
 * Android / Scarica Outlook per iOS / Outlook voor Android downloaden / Hämta Outlook för iOS / Hent Outlook
 * til Android / Pobierz aplikację Outlook dla systemu Android / Скачайте Outlook для Android / Outlook für iOS beziehen
 */
const OUTLOOK_MOBILE_FOOTER =
  /^(?:(?:\p{L}{2,12} ){1,2}(?:o )?)?Outlook (?:for|für|pour|para|per|voor|för|til|dla systemu|для) (?:iOS|Android)(?: herunterladen| downloaden| beziehen)?(?: ?<[^<>\s]{1,200}>)?$/iu;

/** Whether a trimmed line is a mobile client's footer ("Sent from my iPhone", "Get Outlook for Android"). */
export function isMobileFooter(line: string): boolean {
  return line.length <= 120 && (MOBILE_FOOTER.test(line) || OUTLOOK_MOBILE_FOOTER.test(line));
}

/**
 * Closings after which only a name, a title and contact lines follow, per language, lower-case, as written
 * (trailing punctuation is ignored). Each list shows the forms clients' users type.
 */
const CLOSINGS: readonly string[] = [
  // en: Best regards, / Kind regards / Thanks & regards / Warm wishes / All the best / Respectfully
  ...['regards', 'best regards', 'kind regards', 'warm regards', 'warmest regards', 'many regards'],
  ...['with best regards', 'with kind regards', 'thanks and regards', 'thanks & regards', 'thanks, regards'],
  ...['best wishes', 'warm wishes', 'all the best', 'best', 'cheers', 'talk soon', 'respectfully'],
  ...['thanks', 'thanks again', 'thanks so much', 'thank you', 'thank you again', 'thank you so much'],
  ...['many thanks', 'thanks in advance', 'sincerely', 'sincerely yours', 'yours sincerely', 'yours truly'],
  ...['yours', 'take care', 'with thanks', 'kindest regards', 'kind wishes', 'warmest wishes'],
  // Leave-takings that close a short mail the same way: See you then, / Speak soon / Have a great day
  ...['see you then', 'see you soon', 'see you', 'speak soon', 'talk to you soon', 'have a great day'],
  ...['have a nice day', 'have a good day', 'have a great weekend', 'have a good weekend', 'good luck'],
  ...['bis bald', 'bis dann', 'schönen tag', 'schönes wochenende', 'bon week-end', 'bonne soirée'],
  ...['bonne fin de journée', 'hasta pronto', 'nos vemos', 'buen día', 'buona serata', 'tot snel'],
  ...['tot dan', 'fijne dag', 'vi hörs', 'vi ses', 'snakkes', 'do zobaczenia', 'miłego dnia'],
  ...['до встречи', 'хорошего дня', 'até breve', 'até logo'],
  // de: Mit freundlichen Grüßen / Viele Grüße / Beste Grüsse (ch) / Freundliche Grüße / LG / MfG
  ...['mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'freundliche grüsse'],
  ...['viele grüße', 'viele grüsse', 'beste grüße', 'beste grüsse', 'liebe grüße', 'liebe grüsse'],
  ...['herzliche grüße', 'herzliche grüsse', 'mit besten grüßen', 'mit besten grüssen', 'grüße', 'gruß'],
  ...['mfg', 'lg', 'vg', 'danke', 'vielen dank', 'schöne grüße', 'schöne grüsse'],
  // fr: Cordialement / Bien cordialement / Bien à vous / Meilleures salutations / Belle journée
  ...['cordialement', 'bien cordialement', 'très cordialement', 'bien à vous', 'bien à toi', 'salutations'],
  ...['meilleures salutations', 'sincères salutations', 'bonne journée', 'belle journée', 'merci'],
  ...['merci beaucoup', 'merci encore', 'amicalement', 'bien amicalement', 'à bientôt'],
  // es: Saludos cordiales / Un saludo / Un cordial saludo / Atentamente / Un abrazo
  ...[
    'saludos',
    'saludos cordiales',
    'un saludo',
    'un saludo cordial',
    'un cordial saludo',
    'saludo cordial',
  ],
  ...['atentamente', 'cordialmente', 'un abrazo', 'muchas gracias', 'gracias', 'muchos saludos'],
  // pt: Atenciosamente / Cumprimentos / Com os melhores cumprimentos / Abraços / Obrigado
  ...['atenciosamente', 'cumprimentos', 'melhores cumprimentos', 'com os melhores cumprimentos'],
  ...['abraços', 'abraço', 'um abraço', 'obrigado', 'obrigada', 'muito obrigado', 'muito obrigada'],
  // it: Cordiali saluti / Distinti saluti / Un saluto / Grazie / Buona giornata
  ...['cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'un cordiale saluto', 'grazie'],
  ...['grazie mille', 'buona giornata', 'a presto', 'con i migliori saluti'],
  // nl: Met vriendelijke groet(en) / Vriendelijke groet / Hartelijke groet / Groetjes / MVG
  ...['met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'vriendelijke groeten'],
  ...['hartelijke groet', 'hartelijke groeten', 'met hartelijke groet', 'groeten', 'groet', 'groetjes'],
  ...['mvg', 'bedankt', 'alvast bedankt'],
  // Abbreviations: Rgds / BR / Thx / Att. (pt-BR) / Abs / Slds / Cdlt
  ...['rgds', 'br', 'kr', 'thx', 'att', 'atte', 'abs', 'slds', 'cdlt'],
  // da / no / sv: Med venlig hilsen / Med vennlig hilsen / Med vänliga hälsningar / Mvh / Hilsen
  ...['med venlig hilsen', 'venlig hilsen', 'de bedste hilsner', 'bedste hilsner', 'hilsen', 'mvh'],
  ...['med vennlig hilsen', 'vennlig hilsen', 'beste hilsen', 'vennlige hilsener'],
  ...['med vänliga hälsningar', 'vänliga hälsningar', 'med vänlig hälsning', 'vänlig hälsning'],
  ...['bästa hälsningar', 'hälsningar', 'tack', 'tak', 'takk'],
  // pl: Pozdrawiam / Z poważaniem / Z wyrazami szacunku / Serdecznie pozdrawiam
  ...['pozdrawiam', 'pozdrawiam serdecznie', 'serdecznie pozdrawiam', 'z poważaniem'],
  ...['z wyrazami szacunku', 'z pozdrowieniami', 'dziękuję', 'pozdrowienia'],
  // ru: С уважением / Всего доброго / С наилучшими пожеланиями / Спасибо
  ...['с уважением', 'всего доброго', 'всего хорошего', 'с наилучшими пожеланиями', 'спасибо'],
  ...['заранее спасибо', 'благодарю', 'искренне ваш', 'искренне ваша'],
];

const CLOSING_SET: ReadonlySet<string> = new Set(CLOSINGS);

/** Whether a line is a closing: "Best regards," / "Saludos cordiales" / "С уважением," (case and final punctuation ignored). */
function isClosing(line: string): boolean {
  if (line.length > 40) return false;
  const t = line
    .trim()
    .toLowerCase()
    .replace(/(?<![\s,.!;:–-])[\s,.!;:–-]+$/u, '')
    .replace(/\s+/g, ' ');
  // "Danke und viele Grüße" / "Thanks and best regards" / "Merci et bonne journée": closings joined.
  return CLOSING_SET.has(t) || t.split(CONJUNCTION).every((part) => CLOSING_SET.has(part));
}

/** Words joining two closings on one line, per language (and, und, et, y/e, en, og/och, i, и). */
const CONJUNCTION = /,? (?:and|und|et|y|e|en|og|och|i|и|&) /u;

/**
 * Legal and confidentiality footers: the paragraph they open is signature, however long its sentences.
 * "This email and any attachments are confidential…" / "CONFIDENTIALITY NOTICE:" / "Diese E-Mail enthält
 * vertrauliche…" / "Ce message et ses pièces jointes sont confidentiels…" / "Este mensaje es confidencial…"
 */
const DISCLAIMER =
  /^(?:confidential(?:ity)?(?: notice| note)?\b|disclaimer\b|this (?:e-?mail|message|communication|transmission)\b.{0,120}\b(?:confidential|privileged|intended (?:solely |only )?for)|the information (?:contained )?in this (?:e-?mail|message)|if you (?:have received|are not the intended)|diese (?:e-?mail|nachricht)\b.{0,120}\bvertraulich|ce (?:message|courriel|e-?mail)\b.{0,120}\bconfidentiel|este (?:mensaje|correo)\b.{0,120}\bconfidencial|esta mensagem\b.{0,120}\bconfidencia|questo messaggio\b.{0,120}\briservat|dit (?:e-?mail|bericht)\b.{0,120}\bvertrouwelijk|denne e-?(?:post|mail)\b.{0,120}\bfortrolig|detta e-?(?:post|mejl)(?:meddelande)?\b.{0,120}\bkonfidentiell|ta wiadomość\b.{0,120}\bpoufn|это (?:сообщение|письмо)\b.{0,120}\bконфиденциальн)/iu;

/**
 * Company registration lines of a signature, which run long: "Contoso GmbH, Sitz: München, Registergericht:
 * Amtsgericht München HRB 123456" / "Registered in England No. 1234567" / "KvK 12345678" / "SIRET 123 456 789".
 */
const LEGAL_LINE =
  /\b(?:HRB|HRA|Registergericht|Amtsgericht|Sitz der Gesellschaft|Geschäftsführ\p{L}*|USt-?IdNr|Registered (?:office|in|number)|Company (?:registration|number|no)|VAT (?:no|number|reg)|KvK|SIRET|SIREN|RCS|capital social|capitale sociale|P\.?\s?IVA|CNPJ|KRS|NIP|REGON|ИНН|ОГРН|org\.?\s?nr|CVR)\b/iu;

/** A line that may stand in a signature block: short and not a sentence, or a company registration line. */
function signatureLine(line: string): boolean {
  const t = line.trim();
  return (t.length <= 70 && !endsSentence(t)) || (t.length <= 300 && LEGAL_LINE.test(t));
}

/**
 * A line ending a sentence: "I'll be there at 2." is text, but "Contoso Nederland B.V.", "Contoso Ltd." and
 * "Acme Inc." are company names in a signature.
 */
function endsSentence(line: string): boolean {
  const t = line.trim();
  if (!/[.?!]$/.test(t)) return false;
  if (!t.endsWith('.')) return true;
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return !/^(?:(?:\p{L}{1,2}\.){2,4}|(?:ltd|inc|co|corp|llc|llp|plc|pty|ltda|gmbh|ag|sa|srl|oy|ab|as|aps|bv|nv)\.)$/iu.test(
    last,
  );
}

/** The standard delimiter, `-- `, and the ones clients write by mistake (`--`, `—`). */
const DELIMITER = /^(?:-- ?|—|__)$/;

/** "-Abhishek Kona": a name signed with a dash, as mailing-list regulars do. */
// No space after the dash: "- Tuesday" is a list item, "-Abhishek" a signature.
const DASH_NAME = /^-\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}$/u;

/** Mailing-list footer rule: `_______________________________________________` above "riak-users mailing list". */
const LIST_FOOTER = /^_{20,}$/;

/**
 * Whether the lines under a rule are a footer's (a list's name and address, a meeting's links: no sentence), not the
 * message going on below a meeting's block: "____\nMicrosoft Teams meeting … ____\n\nPlease do not call the Human
 * Resources Department to check on the status of your application" (r85).
 */
function footerBelow(lines: readonly string[], rule: number): boolean {
  return lines
    .slice(rule + 1)
    .every(
      (l) =>
        l.trim().split(/\s+/).length < 8 ||
        !/[.!?]$/.test(l.trim()) ||
        /mailing\s+list|unsubscribe|listinfo/i.test(l),
    );
}

export interface SignatureSplit {
  readonly text: string;
  readonly signature: string | null;
}

/** Lines a closing may stand above the end: the closing, then up to 10 (name, title, company, address, phones, web). */
const MAX_SIGNATURE_LINES = 14;

/**
 * The line after a closing that only a signature block follows up to `end` ("Best regards,\nAda Lee\nRecruiter"),
 * or -1.
 */
function closingEnd(lines: readonly string[], end: number): number {
  // The closing nearest the end: "See you then.\n\nBest regards,\nAda" signs off at "Best regards,".
  for (let i = end - 2; i >= Math.max(0, end - MAX_SIGNATURE_LINES); i--) {
    if (!isClosing(lines[i] ?? '')) continue;
    const rest = lines.slice(i + 1, end).filter((l) => l.trim() !== '' && !DELIMITER.test(l.trim()));
    // Name, title, company, phone: short lines that are not sentences ("Thanks\nI'll be there at 2." is text).
    // The first line is a name: a few words and no digits ("Thanks,\n2 PM works" is text).
    const nameFirst = (rest[0] ?? '').trim().split(/\s+/).length <= 5 && !/\d/.test(rest[0] ?? '');
    if (rest.length >= 1 && rest.length <= 10 && rest.every(signatureLine) && nameFirst) return i + 1;
  }
  return -1;
}

/** First line of a legal footer paragraph among the last lines, or -1. */
function disclaimerStart(lines: readonly string[]): number {
  for (let i = Math.max(1, lines.length - 30); i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    // A footer opens a paragraph: the line above is blank or a rule.
    if (t.length < 12 || !/^\s*(?:[-_*=]{2,}\s*)?$/.test(lines[i - 1] ?? '')) continue;
    if (DISCLAIMER.test(t.slice(0, 300))) return i;
  }
  return -1;
}

/**
 * Splits the signature off own text. A whole text that would be all signature is kept as text.
 * @example splitSignature('See you then.\n\nBest regards,\nAda Lee\nRecruiter, Contoso')
 *   // { text: 'See you then.\n\nBest regards,', signature: 'Ada Lee\nRecruiter, Contoso' }
 */
export function splitSignature(own: string): SignatureSplit {
  const lines = own.split('\n');
  let start = -1;
  // Delimiters and footers: the first one in the last lines wins.
  const from = Math.max(0, lines.length - 40);
  for (let i = from; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    const raw = (lines[i] ?? '').trimEnd();
    const nearEnd = i >= lines.length - 12;
    if (
      DELIMITER.test(raw) ||
      DELIMITER.test(t) ||
      isMobileFooter(t) ||
      (nearEnd && (DASH_NAME.test(t) || (LIST_FOOTER.test(t) && footerBelow(lines, i))))
    ) {
      start = i;
      break;
    }
  }
  // A legal footer at the end is signature whatever stands above it; the closing is looked for above it.
  const footer = disclaimerStart(lines);
  const end = footer === -1 ? lines.length : footer;
  if (start === -1) {
    start = closingEnd(lines, end);
  } else {
    // "Best regards,\nSam Doe\n\n-- \nSam Doe\nTel." : the name under the closing is signature too.
    const above = closingEnd(lines, start);
    if (above !== -1) start = above;
  }
  if (start === -1 && footer !== -1) start = footer;
  if (start === -1) return { text: own, signature: null };
  const text = lines.slice(0, start).join('\n').trim();
  const signature = lines.slice(start).join('\n').trim();
  if (text === '' || signature === '') return { text: own, signature: null };
  return { text, signature };
}
