/**
 * How mail clients introduce quoted history, per language, as readonly data (STYLE.md practice 19).
 * Every entry shows a real line it matches. Patterns are tested against one short block (at most
 * MAX_ATTRIBUTION_CHARS, limits.ts) so none of them can run long, and none nests quantifiers.
 */

/** An attribution line ("On … wrote:") of one language. */
export interface AttributionRule {
  readonly lang: string;
  /** Words that open the attribution, tried where the line starts mid-sentence ("reply On Wed, … wrote:"). */
  readonly intro: readonly string[];
  /** Tested against the whole block (up to three lines joined by a space), trimmed. */
  readonly pattern: RegExp;
}

/**
 * Attribution lines. A block matches when one pattern matches AND it carries a digit or an `@`
 * (a date or an address): "Something wrote:" alone is prose, not a header.
 */
export const ATTRIBUTIONS: readonly AttributionRule[] = [
  // On Tue, Nov 10, 2026 at 3:04 PM Ada Lee <ada@contoso.com> wrote:
  // On 04/19/2011 07:10 AM, Roman Tkachenko wrote:
  // On 11-Apr-2011, at 6:54 PM, Roman Tkachenko <romant@example.com> sent:
  { lang: 'en', intro: ['On'], pattern: /\b(?:wrote|writes|said)\s*:$|^On\s.{0,300}\bsent\s*:$/i },
  // Am 25.06.2015 um 10:55 schrieb Test user:
  // Test user <test@example.com> schrieb:
  { lang: 'de', intro: ['Am'], pattern: /\bschrieb\b[^:]{0,200}:$/i },
  // Le 19 mars 2014 10:37, Cédric Lombardot <cedric.lombardot@gmail.com> a écrit :
  { lang: 'fr', intro: ['Le'], pattern: /\ba\s+[ée]crit\s*:$/i },
  // El 19/03/2014 11:34, Juan Pérez <juan.perez@mailcatch.com> escribió:
  { lang: 'es', intro: ['El'], pattern: /\bescribi[óo]\s*:$/i },
  // El 19/03/2014 11:34, Juan Pérez <juan.perez@mailcatch.com> ha escrit:
  { lang: 'ca', intro: ['El'], pattern: /\bha\s+escrit\s*:$/i },
  // Em ter., 10 de nov. de 2026 às 15:04, Ana Souza <ana@exemplo.com.br> escreveu:
  { lang: 'pt', intro: ['Em'], pattern: /\bescreveu\s*:$/i },
  // Il giovedì 8 dicembre 2016, Company Questions <questions@mycompany.com> ha scritto:
  { lang: 'it', intro: ['Il'], pattern: /\bha\s+scritto\s*:$/i },
  // Op 12 december 2016 19:05 schreef Company Questions <questions@company.com>:
  // Op 17-feb.-2015, om 13:18 heeft Julius Caesar <pantheon@rome.com> het volgende geschreven:
  { lang: 'nl', intro: ['Op'], pattern: /\b(?:schreef\b[^:]{0,200}|geschreven\s*):$/i },
  // Den 08/06/2015 kl. 21.21 skrev Test user <test@example.com>:
  // tir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com>:
  // På 14 september 2015 på 02:23:18, Valentino Rudy (valentino@rudy.be) skrev:
  { lang: 'da/no/sv', intro: ['Den', 'På'], pattern: /\bskrev\b[^:]{0,200}:$/i },
  // W dniu 7 stycznia 2015 15:24 użytkownik Paweł Brzoski <pbrzoski91@gmail.com> napisał:
  // Dnia 27 grudnia 2016 12:08 Company Questions <questions@company.com> napisał(a):
  // W dniu 2015-01-07 14:23, pbrzoski91@gmail.com pisze:
  { lang: 'pl', intro: ['W dniu', 'Dnia'], pattern: /(?:napisał(?:\(a\))?|napisała|pisze)\s*:$/i },
  // 10 нояб. 2026 г., в 15:04, Анна Петрова <anna@example.ru> написал(а):
  // 29 грудня 2017 р. о 19:09 <support@domain.com> написав:
  // 10.11.2026 15:04, Анна Петрова пишет:
  { lang: 'ru/uk', intro: [], pattern: /(?:написал(?:\(а\))?|написала|написав(?:\(ла\))?|пишет|пише)\s*:$/i },
  // 2013.02.08. 7:31 keltezéssel, "Gyõrvári Eszter" írta:
  { lang: 'hu', intro: [], pattern: /(?<!\p{L})írta\s*:$/iu },
  // Vào 14:24 8 tháng 6, 2017, Hùng Nguyễn <hungnguyen@xxx.com> đã viết:
  { lang: 'vi', intro: ['Vào'], pattern: /đã\s+viết\s*:$/i },
  // 在 2016年11月8日，下午2:23，Test user <test@example.com> 写道：
  { lang: 'zh', intro: ['在'], pattern: /(?:写道|寫道)\s*[:：]$/ },
  // 2016/11/08 14:26、Test user <test@example.com> のメッセージ:
  { lang: 'ja', intro: [], pattern: /(?:のメッセージ|は書きました)\s*[:：]$/ },
  // 2016. 11. 8. 오후 12:39 Test user <test@example.com> 작성:
  { lang: 'ko', intro: [], pattern: /작성\s*[:：]$/ },
];

/**
 * Gmail's old date-and-address attribution, with no verb (it is how Gmail wrote replies for non-English
 * interfaces until about 2015). Needs a date and an address.
 * 2014-03-20 8:48 GMT+01:00 Rémi Dolan <do_not_reply@dolan.com>:
 * 2011/4/7 Nathan Nova <support@example.com>
 */
export const DATE_ADDRESS_ATTRIBUTION =
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b[^<>]{0,120}<[^<>@\s]{1,100}@[^<>\s]{1,200}>:?$/;

/**
 * A date with a clock time, then an address and a colon, with no verb (mail.ru, Yandex, webmail).
 * Thu, 26 Jun 2014 14:00:51 +0400 от Alexander L <abc@example.com>:
 * 26.06.2014, 14:41, "Alexander L" <abc@example.com>:
 */
export const DATE_TIME_ADDRESS_ATTRIBUTION =
  /^[^<>]{0,150}\d{1,2}:\d{2}[^<>]{0,150}<[^<>@\s]{1,100}@[^<>\s]{1,200}>\s*:$/;

/**
 * An attribution wrapped in dashes, as Android mail and some webmails write it (no colon, maybe no date).
 * ---- John Smith wrote ----
 * ------On 12/29/1987 17:32 PM, Julius Caesar wrote-----
 */
export const DASHED_ATTRIBUTION =
  /^-{2,}\s?([^-].{0,300}?\b(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev|napisał))\s?-{2,}$/i;

/**
 * Separator lines that start an earlier message with nothing else on them.
 * `-----Original Message-----` (Outlook desktop), `----- Original Message -----` (Yahoo, Zimbra),
 * `---------- Forwarded message ---------` (Gmail), `Begin forwarded message:` (Apple Mail).
 */
export const SEPARATORS: readonly RegExp[] = [
  // -----Original Message----- / ----- Original Message ----- / -----Reply Message----- / -----Original Appointment-----
  /^-{2,}\s*(?:Original|Reply)\s+(?:Message|Appointment)\s*-{2,}$/i,
  // -----Ursprünglicher Termin----- / -----Rendez-vous d'origine----- / -----Cita original----- / -----Oorspronkelijke afspraak-----
  /^-{2,}\s*(?:Ursprünglicher\s+Termin|Rendez-vous\s+d['’]origine|Cita\s+original|Oorspronkelijke\s+afspraak|Appuntamento\s+originale|Compromisso\s+original)\s*-{2,}$/i,
  // -----Ursprüngliche Nachricht----- / -----Antwort Nachricht-----
  /^-{2,}\s*(?:Ursprüngliche|Antwort)\s+Nachricht\s*-{2,}$/i,
  // -----Message d'origine----- / -----Message original-----
  /^-{2,}\s*Message\s+(?:d'origine|d’origine|original)\s*-{2,}$/i,
  // -----Mensaje original-----
  /^-{2,}\s*Mensaje\s+original\s*-{2,}$/i,
  // -----Mensagem original-----
  /^-{2,}\s*Mensagem\s+original\s*-{2,}$/i,
  // -----Messaggio originale-----
  /^-{2,}\s*Messaggio\s+originale\s*-{2,}$/i,
  // -----Oorspronkelijk bericht-----
  /^-{2,}\s*Oorspronkelijk\s+bericht\s*-{2,}$/i,
  // -----Oprindelig meddelelse----- / -----Opprinnelig melding----- / -----Ursprungligt meddelande-----
  /^-{2,}\s*(?:Oprindelig\s+meddelelse|Opprinnelig\s+melding|Ursprungligt\s+meddelande)\s*-{2,}$/i,
  // -----Wiadomość oryginalna----- / -----Oryginalna wiadomość-----
  /^-{2,}\s*(?:Wiadomość\s+oryginalna|Oryginalna\s+wiadomość)\s*-{2,}$/i,
  // -----Исходное сообщение----- / -----Original Message----- in Russian Outlook
  /^-{2,}\s*Исходное\s+сообщение\s*-{2,}$/i,
  // ---------- Forwarded message --------- (Gmail) / ----- Forwarded Message ----- (Yahoo)
  /^-{2,}\s*Forwarded\s+message\s*-{2,}$/i,
  // ---------- Weitergeleitete Nachricht ---------- / ---------- Message transféré ---------
  /^-{2,}\s*(?:Weitergeleitete\s+Nachricht|Message\s+transf[ée]r[ée]|Mensaje\s+reenviado|Mensagem\s+encaminhada|Messaggio\s+inoltrato|Doorgestuurd\s+bericht|Videresendt\s+(?:meddelelse|melding)|Vidarebefordrat\s+meddelande|Przekazana\s+wiadomość|Пересылаемое\s+сообщение)\s*-{2,}$/i,
  // Begin forwarded message: (Apple Mail) / Anfang der weitergeleiteten Nachricht: / Début du message réexpédié :
  /^(?:Begin\s+forwarded\s+message|Anfang\s+der\s+weitergeleiteten\s+Nachricht|Début\s+du\s+message\s+réexpédié)\s*:$/i,
];

/** The field of a header block a name stands for. */
export type HeaderField = 'from' | 'sent' | 'to' | 'cc' | 'subject';

/**
 * Header names of quoted header blocks (Outlook desktop and web, Yahoo, Thunderbird's "forward inline"),
 * per field and language, lower-case. A block needs a `from` name and one other field next to it.
 */
export const HEADER_NAMES: Readonly<Record<HeaderField, readonly string[]>> = {
  from: [
    'from', // From: Ada Lee <ada@contoso.com>
    'von', // Von: somebody@example.com
    'de', // De : Brendan xxx [mailto:brendan.xxx@xxx.com]  (fr, es, pt)
    'van', // Van: Company Questions [mailto:questions@company.com]
    'da', // Da: Company Questions<mailto:questions@company.com>
    'fra', // Fra: somebody@example.com  (da, no)
    'från', // Från: Anno Sportel [mailto:anno.spoel@hsbcssad.com]
    'od', // Od: Jan Kowalski <jan@example.pl>
    'от', // От: Анна Петрова <anna@example.ru>
    'feladó', // Feladó: Kiss Péter <peter@example.hu>
    '发件人', // 发件人: Company Questions <questions@company.com>
    '寄件者', // 寄件者: Company Questions <questions@company.com>
    '差出人', // 差出人: Test user <test@example.com>
    'від', // Від: Анна Петрenko <anna@example.ua>
    'kimden', // Kimden: Ayşe Yılmaz <ayse@example.com.tr>
    'lähettäjä', // Lähettäjä: Aino Virtanen <aino@example.fi>
  ],
  sent: [
    'sent', // Sent: Tuesday, November 10, 2026 3:04 PM
    'date', // Date: Tue, Sep 4, 2012 at 1:35 PM
    'gesendet', // Gesendet: Dienstag, 10. November 2026 15:04
    'datum', // Datum: Dienstag, 10. November 2026 um 15:04 Uhr  (de, nl, sv)
    'envoyé', // Envoyé : vendredi 23 janvier 2015 16:39
    'envoyé le', // Envoyé le :jeudi 15 décembre 2016 09:35
    'message du', // Message du : 12/12/2016 13:20
    'enviado', // Enviado: martes, 10 de noviembre de 2026 15:04  (es, pt)
    'enviado el', // Enviado el: martes, 10 de noviembre de 2026 15:04
    'enviada em', // Enviada em: terça-feira, 10 de novembro de 2026 15:04
    'enviada', // Enviada: terça-feira, 10 de novembro de 2026 15:04  (pt-PT)
    'enviado em', // Enviado em: terça-feira, 10 de novembro de 2026 15:04  (pt-BR web)
    'dato', // Dato: 10. november 2026 kl. 15.04  (da, no)
    'надіслано', // Надіслано: 10 листопада 2026 р. 15:04
    'odesláno', // Odesláno: úterý 10. listopadu 2026 15:04
    'gönderildi', // Gönderildi: 10 Kasım 2026 Salı 15:04
    'lähetetty', // Lähetetty: tiistai 10. marraskuuta 2026 15.04
    'fecha', // Fecha: martes, 10 de noviembre de 2026 15:04
    'data', // Data: martedì 10 novembre 2026 15:04  (it, pt, pl)
    'inviato', // Inviato: martedì 3 gennaio 2017 10:35
    'verzonden', // Verzonden: maandag 5 december 2016 17:00
    'sendt', // Sendt: 19. march 2011 12:10  (da, no)
    'skickat', // Skickat: den 26 augusti 2015 14:45
    'wysłano', // Wysłano: wtorek, 10 listopada 2026 15:04
    'wysłane', // Wysłane: wtorek, 10 listopada 2026 15:04
    'отправлено', // Отправлено: 10 ноября 2026 г. 15:04
    'дата', // Дата: 10 ноября 2026 г. 15:04
    'elküldve', // Elküldve: 2026. november 10. 15:04
    '发送时间', // 发送时间: 2017年8月2日 15:37
    '日期', // 日期: 2017年8月2日 15:37
    '送信日時', // 送信日時: 2016年11月8日 14:26
  ],
  to: [
    'to', // To: John Doer - SIU <jd@example.com>
    'an', // An: Somebody
    'à', // À : someone@hotmail.fr<mailto:someone@hotmail.fr>
    'a', // A: someone@hotmail.it<mailto:someone@hotmail.it>  (it, es, fr)
    'para', // Para: Ana Souza <ana@exemplo.com.br>  (es, pt)
    'aan', // Aan: someone@hotmail.fr
    'til', // Til: Somebody  (da, no)
    'till', // Till: Isacson Leiff
    'do', // Do: Jan Kowalski <jan@example.pl>
    'кому', // Кому: Анна Петрова <anna@example.ru>
    'komu', // Komu: Jan Novák <jan@example.cz>
    'kime', // Kime: Ayşe Yılmaz
    'vastaanottaja', // Vastaanottaja: Aino Virtanen
    'címzett', // Címzett: Kiss Péter
    '收件人', // 收件人: Sylvie
    '宛先', // 宛先: Test user
  ],
  cc: [
    'cc', // Cc: Grace Hopper <grace@contoso.com>
    'kopie', // Kopie: …  (de, nl)
    'copie à', // Copie à :
    'cci', // Cci :
    'kopia', // Kopia: …  (pl, sv)
    'копия', // Копия: …
    'dw', // DW: Jan Kowalski <jan@example.pl>  (pl: do wiadomości)
    'kopi', // Kopi: …  (no)
    '抄送', // 抄送: …
  ],
  subject: [
    'subject', // Subject: RE: Claim # 5551188-1
    'betreff', // Betreff: The manager has commented on your Loop
    'objet', // Objet : Follow Up
    'asunto', // Asunto: Entrevista
    'assunto', // Assunto: Entrevista
    'oggetto', // Oggetto: Curabitur dictum aliquet mollis.
    'onderwerp', // Onderwerp: Curabitur dictum aliquet mollis.
    'emne', // Emne: The manager has commented on your Loop  (da, no)
    'ämne', // Ämne: RE: Week 36
    'temat', // Temat: Rozmowa kwalifikacyjna
    'тема', // Тема: Собеседование
    'předmět', // Předmět: Pohovor
    'konu', // Konu: Mülakat
    'aihe', // Aihe: Haastattelu
    'tárgy', // Tárgy: Interjú
    '主题', // 主题: Company France - China
    '主旨', // 主旨: …
    '件名', // 件名: …
  ],
};

/**
 * Fields a header block may carry beyond the five it is read for, taken into the block so they are not read as
 * the quoted text: a meeting's When:/Where: (Outlook's "-----Original Appointment-----"), Importance:, Attachments:.
 */
export const EXTRA_HEADER_NAMES: ReadonlySet<string> = new Set([
  'when', // When: Thursday, November 12, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
  'where', // Where: Microsoft Teams Meeting
  'importance', // Importance: High
  'attachments', // Attachments: cv.pdf
  'bcc', // Bcc: …
  'reply-to', // Reply-To: …
  'wann', // Wann: Donnerstag, 12. November 2026 10:00-11:00.
  'wo', // Wo: Microsoft Teams-Besprechung
  'ort', // Ort: Raum 4.12
  'wichtigkeit', // Wichtigkeit: Hoch
  'anlagen', // Anlagen: Lebenslauf.pdf
  'quand', // Quand : jeudi 12 novembre 2026 10:00-11:00.
  'où', // Où : Réunion Microsoft Teams
  'emplacement', // Emplacement : Salle 3
  'pièces jointes', // Pièces jointes : cv.pdf
  'cuándo', // Cuándo: jueves, 12 de noviembre de 2026 10:00-11:00.
  'dónde', // Dónde: Reunión de Microsoft Teams
  'ubicación', // Ubicación: Sala 2
  'importancia', // Importancia: Alta
  'datos adjuntos', // Datos adjuntos: cv.pdf
  'quando', // Quando: giovedì 12 novembre 2026 10:00-11:00.  (it, pt)
  'dove', // Dove: Riunione di Microsoft Teams
  'onde', // Onde: Reunião do Microsoft Teams
  'wanneer', // Wanneer: donderdag 12 november 2026 10:00-11:00.
  'waar', // Waar: Microsoft Teams-vergadering
  'urgenza', // Urgenza: Alta
  'priorytet', // Priorytet: Wysoki
  'kiedy', // Kiedy: czwartek, 12 listopada 2026 10:00-11:00.
  'gdzie', // Gdzie: Spotkanie w aplikacji Microsoft Teams
  'когда', // Когда: четверг, 12 ноября 2026 г. 10:00-11:00.
  'где', // Где: Собрание в Microsoft Teams
  'важность', // Важность: Высокая
]);

/** Lines that Outlook on the web and new Outlook put above a header block: a bare rule. */
// ________________________________  (Outlook on the web, 32 underscores)
export const RULE_LINE = /^(?:[-_=*~─━]\s?){5,}$/;
