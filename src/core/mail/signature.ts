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
  /^(?:Sent (?:from|via|with) (?:my |Mail |Yahoo |Outlook |the )?\S|Get Outlook for |Envoyé (?:de|depuis) (?:mon )?\S|Von meinem \S.{0,40}gesendet$|Gesendet von \S|Enviado (?:desde|do|de) (?:mi |meu |o )?\S|Inviato da \S|Verzonden (?:vanaf|met) \S|Sendt fra \S|Skickat från \S|Wysłane z \S|Отправлено с \S)/i;

/**
 * Closings after which only a name, a title and contact lines follow.
 * Best regards, / Kind regards, / Thanks, / Cheers, / Sincerely, / Mit freundlichen Grüßen / Viele Grüße /
 * Cordialement, / Bien à vous, / Saludos, / Atentamente, / Atenciosamente, / Cordiali saluti /
 * Met vriendelijke groet, / Med venlig hilsen / Med vennlig hilsen / Med vänliga hälsningar / Pozdrawiam /
 * С уважением,
 */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many)?\s?(?:regards|wishes)|best|thanks(?: again| so much)?|thank you(?: again| so much)?|many thanks|cheers|sincerely(?: yours)?|yours(?: sincerely| truly)?|all the best|talk soon|mit freundlichen grüßen|(?:viele|beste|liebe) grüße|cordialement|bien (?:à vous|cordialement)|salutations|(?:un )?saludo(?:s| cordial)?|atentamente|atenciosamente|abraços|cordiali saluti|distinti saluti|saluti|met vriendelijke groet(?:en)?|groeten|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|med vänliga hälsningar|vänliga hälsningar|hälsningar|pozdrawiam|z poważaniem|с уважением|спасибо)[\s,.!]*$/iu;

/** The standard delimiter, `-- `, and the ones clients write by mistake (`--`, `—`). */
const DELIMITER = /^(?:-- ?|—|__)$/;

/** "-Abhishek Kona": a name signed with a dash, as mailing-list regulars do. */
// No space after the dash: "- Tuesday" is a list item, "-Abhishek" a signature.
const DASH_NAME = /^-\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}$/u;

/** Mailing-list footer rule: `_______________________________________________` above "riak-users mailing list". */
const LIST_FOOTER = /^_{20,}$/;

export interface SignatureSplit {
  readonly text: string;
  readonly signature: string | null;
}

const MAX_SIGNATURE_LINES = 12;

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
      MOBILE_FOOTER.test(t) ||
      (nearEnd && (DASH_NAME.test(t) || LIST_FOOTER.test(t)))
    ) {
      start = i;
      break;
    }
  }
  if (start === -1) {
    // A closing followed by a few short lines (name, title, company, phone) up to the end.
    for (let i = Math.max(0, lines.length - MAX_SIGNATURE_LINES); i < lines.length - 1; i++) {
      const t = (lines[i] ?? '').trim();
      if (!CLOSING.test(t)) continue;
      const rest = lines.slice(i + 1).filter((l) => l.trim() !== '');
      // Name, title, company, phone: short lines that are not sentences ("Thanks\nI'll be there at 2." is text).
      const signatureLike = rest.every((l) => l.trim().length <= 70 && !/[.?!]$/.test(l.trim()));
      const nameFirst = (rest[0] ?? '').trim().split(/\s+/).length <= 5;
      if (rest.length >= 1 && rest.length <= 6 && signatureLike && nameFirst) {
        start = i + 1;
        break;
      }
    }
  }
  if (start === -1) return { text: own, signature: null };
  const text = lines.slice(0, start).join('\n').trim();
  const signature = lines.slice(start).join('\n').trim();
  if (text === '' || signature === '') return { text: own, signature: null };
  return { text, signature };
}
